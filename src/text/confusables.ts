/**
 * Look-alike characters folded to the Latin letters they imitate, written here entry by entry.
 * Only characters that Unicode compatibility decomposition (NFKD) leaves alone are listed: NFKD
 * already folds fullwidth, mathematical, circled and ligature forms.
 */

/** Lower-case look-alike → Latin letters. */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic letters that look like Latin ones (after lower-casing).
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ь: 'b', п: 'n', г: 'r', и: 'u', ш: 'w',
  ғ: 'f', ѡ: 'w', ү: 'y',
  // Greek letters that look like Latin ones.
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
  μ: 'u', ς: 'c', ϲ: 'c', ϳ: 'j', σ: 'o',
  // Small capitals and other phonetic letters used as "fonts".
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɑ: 'a', ɡ: 'g', ɩ: 'i',
  // Armenian letters that look like Latin ones.
  ս: 'u', օ: 'o', ց: 'g', հ: 'h', ո: 'n', զ: 'q',
  // Yi syllables as one "fancy text" font spells a-z (the generated look-alikes lack most of them).
  ꍏ: 'a', ꌃ: 'b', ꉓ: 'c', ꀸ: 'd', ꍟ: 'e', ꎇ: 'f', ꁅ: 'g', ꃅ: 'h', ꀤ: 'i', ꀭ: 'j', ꀘ: 'k', '꒒': 'l', ꂵ: 'm', ꈤ: 'n',
  ꂦ: 'o', ꉣ: 'p', ꆰ: 'q', ꋪ: 'r', ꌗ: 's', '꓄': 't', ꀎ: 'u', ꃴ: 'v', ꅏ: 'w', ꊼ: 'x', ꌩ: 'y', ꁴ: 'z',
  // The Lisu letter that imitates a capital I (the generated look-alikes have the rest of the Lisu
  // alphabet, A to Z, but the package lists no letter for this one).
  'ꓲ': 'i',
  // Letters of a "currency" font the generated look-alikes lack (the rest of it, ₳ ฿ ₵ ₣ ₲ ₭ ₥ ₦ ₱ ₩, they have).
  ɽ: 'r', '₴': 's', '₮': 't', ӿ: 'x',
  // Latin letters NFKD does not decompose. "ł" is i: the "currency" font writes i with it ("₴Ⱨł₮")
  // and L with "Ⱡ"; read as l, Polish "łez" (tears) and "Słutowo" (a village) were slurs, as i no
  // word of a 4.3-million-word Polish list with ł matches (read as "1", i or l like leet, 8 did).
  // Normalization reads it as l in a word with letters marked as Polish never marks them ("łöšéř":
  // see strokedLIsL in source-looks.ts).
  ı: 'i', ł: 'i', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ƀ: 'b', ɨ: 'i', ʉ: 'u', ƶ: 'z', ß: 'ss', æ: 'ae', œ: 'oe', ƒ: 'f', ŧ: 't',
  // The infinity sign drawn for a double o ("b∞bs").
  '∞': 'oo',
};

/**
 * Capitals that imitate another Latin letter than their lower case does, folded before case folding:
 * Greek capital mu, nu, eta, upsilon and zeta look like M, N, H, Y and Z ("ΜΟRΟΝ" is moron), while
 * their small letters look like u, v, n and u (μ, ν, η, υ, above).
 */
export const CAPITAL_CONFUSABLES: Readonly<Record<string, string>> = {
  Μ: 'm', Ν: 'n', Η: 'h', Υ: 'y', Ζ: 'z',
};

/**
 * Pictographs that stand for a word of abuse, read as that word between spaces: "you 🤡", "🖕 you",
 * "eat 💩", "you 🐍". Only pictographs whose word is what they say when aimed at someone; "🐵" and
 * "🙈" are play, and the animals' words are insults only when said of the reader. (Not weapons, 🔫 or
 * 🔪: read as words here they would stop a walk reading them as nothing between two words, "go
 * kill🔫yourself"; the incivility grammar reads them as verbs where they stand alone, words.ts's
 * WEAPON_PICTOGRAPHS.)
 */
export const PICTOGRAPH_WORDS: Readonly<Record<string, string>> = {
  '🤡': 'clown', '💩': 'shit', '🖕': 'fuck', '🐍': 'snake', '🐀': 'rat', '🐷': 'pig', '🐖': 'pig', '🐒': 'monkey',
  // And things a phrase of self-harm names, read as their plain words ("jump off a 🌉", "go 🪢
  // yourself"): anywhere else the word says no more than the picture ("🌉 at sunset").
  '🌉': 'bridge', '🪢': 'rope',
  // And the aubergine and the rooster drawn for a penis inside a sexual or abusive phrase ("suck my
  // 🍆", "sit on my 🐓") and the peach for an arse ("kiss my 🍑", "tap that 🍑"): only there
  // (PHRASE_ONLY_PICTOGRAPHS): alone they are the vegetable, the bird and the fruit. (Not the duck for
  // the word it rhymes with: "feed the 🦆 off the bridge" would read "fuck off".)
  '🍆': 'dick', '🐓': 'cock', '🍑': 'ass',
};

/**
 * The pictographs of PICTOGRAPH_WORDS that read as their word only inside a phrase: a match of their
 * word alone is dropped ("🍆 parmigiana", "the 🐓 crowed").
 */
export const PHRASE_ONLY_PICTOGRAPHS = /^(?:🍆|🐓|🍑)\ufe0f?$/u;

/**
 * First code points of runs of 26 symbols that spell the letters a-z one by one, which NFKD leaves
 * alone: regional indicators (🇦-🇿), negative circled capitals (🅐-🅩), negative squared capitals (🅰-🆉).
 */
export const LETTER_RUNS: readonly number[] = [0x1f1e6, 0x1f150, 0x1f170];
