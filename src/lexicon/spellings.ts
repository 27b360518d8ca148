/**
 * Spellings of lexicon terms that the trie holds as paths of their own, because normalization cannot
 * derive them from the text: a word split once by a space ("fu ck", "f.ck", "f uck"; "stu pid" from
 * rules/words/typos.json), vowels dropped
 * ("fckng"), "ph" for "f" ("phucker"), "zz" for "ss" ("azz"), "cc" for "ck" ("dicc"), "in" for
 * "ing" ("dickin"), a vowel written "x" ("bxtch"), misspelt
 * ("fcuk", "idoit", a phrase's word "klil you"; rules/words/typos.json), spelled as they sound ("fook",
 * "dyck"), written backwards ("kcuf"), every letter written twice ("ffuucckk"), informal
 * second-person words in phrases ("kill ur self"). Each leads to a copy of its entry that matches
 * only as written.
 */
import commonEnglish from '../../rules/words/common-english.json';
import secondPerson from '../../rules/words/second-person.json';
import typos from '../../rules/words/typos.json';
import { PLURAL_Z, type CompiledEntry } from './compile.js';

/** Which spellings {@link spellingPaths} adds. */
export interface Spellings {
  /** Categories whose words match split once ("fu ck", "f.ck"), with vowels dropped ("fckng"), "ph" for "f", "zz" for "ss" and "cc" for "ck". */
  derived: ReadonlySet<string>;
  /** Categories whose phrases match with informal second-person words ("kill ur self"). */
  informal: ReadonlySet<string>;
  /** Every letter written twice ("ffuucckk"; normalization cuts longer runs). */
  doubling: boolean;
  /**
   * Per word, the respellings of it (entries with `respelling`: "fuck" → "fck", "fuk"): a phrase of a
   * `derived` category also matches with one of its words respelled ("fck off", "shut the fuk up").
   */
  respelled?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The paths of spellings that are disguises or informal already, each to a copy of its entry that
 * matches only as written (as a respelling does: leet or masks on top would read other words as it:
 * "* v" is not "f u"). Adds the copies to `entries`; takes each spelling it uses into `spelled`.
 *
 * @example
 * paths.push(...spellingPaths(entries, spelled, { derived: new Set(['insult']), informal: new Set(), doubling: true }));
 */
export function spellingPaths(entries: CompiledEntry[], spelled: Set<string>, { derived, informal, doubling, respelled }: Spellings): (readonly [string, number])[] {
  const paths: (readonly [string, number])[] = [];
  // Copies by entry, with and without a plural ending. A copy matches whole words only, even of a
  // prefix root: a root's compounds are its own, not its misspellings' ("sult" of slut is no prefix
  // of "sultan").
  const copies = new Map<number, number>();
  const writtenOnly = (entryIndex: number, plural: boolean, smallLetters: boolean): number => {
    const key = entryIndex * 4 + (plural ? 1 : 0) + (smallLetters ? 2 : 0);
    let copy = copies.get(key);
    if (copy === undefined) {
      copy = entries.length;
      const entry = entries[entryIndex]!;
      entries.push({ ...entry, mode: entry.mode === 'prefix' ? 'word' : entry.mode, asWritten: true, endings: plural ? entry.endings & ~PLURAL_Z : 0, ...(smallLetters ? { smallLetters } : {}) });
      copies.set(key, copy);
    }
    return copy;
  };
  const count = entries.length;
  // (Derived spellings, misspellings and slips are of the deny entries of a category that asks for
  // them, matched as words or prefixes.)
  const derives = (entry: CompiledEntry): boolean => !entry.allow && (entry.mode === 'word' || entry.mode === 'prefix') && derived.has(entry.category);
  // A piece that is a term itself makes two words, not a split one ("dumb bitch", "nasty ho").
  const terms = new Set<string>();
  for (let entryIndex = 0; entryIndex < count; entryIndex++) if (!entries[entryIndex]!.allow) terms.add(entries[entryIndex]!.key);
  // A spelling several terms of one category share ("sh t": shit and shat; "ffuucckk": fuck and
  // fucck) goes to the mildest, then the shortest: as with masks, the writer hid the word, so the
  // matcher does not pick the worst it could be.
  const chosen = new Map<string, { spelling: string; entryIndex: number; plural: boolean; smallLetters: boolean }>();
  const offer = (spelling: string, entryIndex: number, plural = true, smallLetters = false): void => {
    if (spelled.has(spelling) || spelling.length > SPELLING_MAX_LENGTH) return;
    const entry = entries[entryIndex]!;
    const key = spellingKey(spelling, entry.category, plural);
    const held = chosen.get(key);
    const other = held === undefined ? undefined : entries[held.entryIndex]!;
    if (other === undefined || entry.severity < other.severity || (entry.severity === other.severity && entry.key.length < other.key.length)) chosen.set(key, { spelling, entryIndex, plural, smallLetters });
  };
  for (let entryIndex = 0; entryIndex < count; entryIndex++) {
    const entry = entries[entryIndex]!;
    if (entry.allow) continue;
    if (derives(entry)) {
      for (const split of splitSpellings(entry.key, terms)) offer(split, entryIndex);
      const vowelless = vowellessSpelling(entry.key, terms);
      if (vowelless !== undefined) offer(vowelless, entryIndex);
      const sounded = phSpelling(entry.key, terms);
      if (sounded !== undefined) offer(sounded, entryIndex);
      const buzzed = zzSpelling(entry.key, terms);
      if (buzzed !== undefined) offer(buzzed, entryIndex);
      const clipped = ccSpelling(entry.key, terms);
      if (clipped !== undefined) offer(clipped, entryIndex);
      const dropped = droppedGSpelling(entry.key, terms);
      if (dropped !== undefined) offer(dropped, entryIndex);
      for (const crossed of xSpellings(entry.key, terms)) offer(crossed, entryIndex);
    }
    if (entry.mode === 'word' && informal.has(entry.category)) for (const variant of informalVariants(entry.key)) offer(variant, entryIndex, false);
    if (respelled !== undefined && derives(entry) && !entry.asWritten) for (const variant of wordVariants(entry.key, respelled)) offer(variant, entryIndex, false);
    // (Not of a respelling: it is a disguise already, and its doubled spelling would take the term's:
    // "kkiillll" is "kill", cut to "kkiill", not the respelling "kil".)
    const doubled = doubling && !entry.asWritten ? doubledSpelling(entry.key) : undefined;
    if (doubled !== undefined) offer(doubled, entryIndex);
  }
  // A letter split off and the misspellings go last, to spellings no term of the category has
  // already: "f cking" stays the vowel-dropped "fucking", not "fcking" with its "f" split off.
  // (Which keys the late spellings took, rather than a copy of every key taken before them.)
  const late = new Set<string>();
  for (let entryIndex = 0; entryIndex < count; entryIndex++) {
    const entry = entries[entryIndex]!;
    if (!derives(entry)) continue;
    const backwards = REVERSED.get(entry.key);
    for (const spelling of [...letterSplitSpellings(entry.key, terms), ...(SPLITS.get(entry.key) ?? []), ...(TYPOS.get(entry.key) ?? []), ...(SOUNDED.get(entry.key) ?? []), ...phraseTypos(entry.key, terms), ...phraseVowelless(entry.key, terms), ...(backwards === undefined ? [] : [backwards])]) {
      const key = spellingKey(spelling, entry.category, true);
      if (chosen.has(key) && !late.has(key)) continue;
      late.add(key);
      offer(spelling, entryIndex);
    }
  }
  // Last, one letter slipped, read in small letters only, where no other spelling took the key.
  for (let entryIndex = 0; entryIndex < count; entryIndex++) {
    const entry = entries[entryIndex]!;
    if (!derives(entry)) continue;
    for (const spelling of SLIPS.get(entry.key) ?? []) if (!chosen.has(spellingKey(spelling, entry.category, true))) offer(spelling, entryIndex, true, true);
  }
  for (const { spelling, entryIndex, plural, smallLetters } of chosen.values()) paths.push([spelling, writtenOnly(entryIndex, plural, smallLetters)]);
  return paths;
}

/** A spelling's key among the chosen ones: one spelling per category, with and without plural endings. */
function spellingKey(spelling: string, category: string, plural: boolean): string {
  return `${spelling}\u0000${category}\u0000${plural}`;
}

/**
 * No spelling is longer than this: walks stop at MAX_WORD * 3 characters, and the fused scan takes
 * only tries whose paths stay within 46 (see canScan).
 */
const SPELLING_MAX_LENGTH = 40;
/** The common English words of rules/words/common-english.json: no piece of a split word nor a derived spelling is one. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonEnglish.words);
/** Misspellings of the bundled incivility words (rules/words/typos.json, generated): "fcuk", "idoit". */
const TYPOS = new Map<string, readonly string[]>(Object.entries(typos.typos));
const INFORMAL = new Map<string, readonly string[]>(Object.entries(secondPerson.spellings));
/** The bundled incivility words spelled as they sound (rules/words/typos.json, generated): "fook", "dyck", "wankah". */
const SOUNDED = new Map<string, readonly string[]>(Object.entries(typos.sounds));
/** The bundled incivility words written backwards, where that is no word (rules/words/typos.json): "kcuf", "hctib". */
const REVERSED = new Map<string, string>(Object.entries(typos.reversed));
/** The bundled incivility words split in two pieces of three letters or more that are no English word pair (rules/words/typos.json): "stu pid". */
const SPLITS = new Map<string, readonly string[]>(Object.entries(typos.splits));
/**
 * The bundled incivility words of five letters or more with one letter slipped (rules/words/typos.json):
 * "stipid", "stuid", "sttupid", matched in small letters only.
 */
const SLIPS = new Map<string, readonly string[]>(Object.entries(typos.smallLetters));
/** Misspellings of the words of phrases, matched inside their phrases only (rules/words/typos.json): "klil" in "klil you". */
const PHRASE_WORD_TYPOS = new Map<string, readonly string[]>(Object.entries(typos.phraseWords));

/**
 * A phrase with one of its words misspelt or spelled as it sounds (rules/words/typos.json) or split
 * once as a word of its own would be (see splitSpellings, letterSplitSpellings), for each word and
 * spelling: "klil you", "kill yourslef", "kil you", "send nudez", "kil l you". None for a word alone.
 *
 * @example
 * phraseTypos('kill you'); // ['klil you', 'kll you', ...]
 */
export function phraseTypos(key: string, terms: ReadonlySet<string> = new Set()): string[] {
  if (!key.includes(' ')) return [];
  const words = key.split(' ');
  const variants: string[] = [];
  words.forEach((word, index) => {
    // Misspelt, or split once as a word of its own would be ("kil l you", "h urt you", "hu rt you").
    // (A term of its own spelled as it sounds or written backwards too: "send nudez", "send sedun".)
    const backwards = REVERSED.get(word);
    const spellings = [...(PHRASE_WORD_TYPOS.get(word) ?? [...(TYPOS.get(word) ?? []), ...(SLIPS.get(word) ?? [])]), ...(SOUNDED.get(word) ?? []), ...(backwards === undefined ? [] : [backwards]), ...(/^[a-z]{4,}$/.test(word) ? [...splitSpellings(word, terms), ...letterSplitSpellings(word, terms), ...xSpellings(word, terms)] : [])];
    for (const spelling of spellings) variants.push(withWordAt(words, index, spelling));
  });
  return variants;
}

/** The phrase of `words` with word `index` written as `spelling` (one word or more). */
function withWordAt(words: readonly string[], index: number, spelling: string): string {
  return [...words.slice(0, index), spelling, ...words.slice(index + 1)].join(' ');
}

/**
 * A phrase with one of its second-person words in an informal spelling, for each such word and
 * spelling.
 *
 * @example
 * informalVariants('hope you die'); // ['hope u die', 'hope ya die', ...]
 */
export function informalVariants(key: string): string[] {
  return wordVariants(key, INFORMAL);
}

/**
 * A phrase's key with one of its words written in another spelling of `spellings` (none for a
 * one-word key).
 *
 * @example
 * wordVariants('fuck off', new Map([['fuck', ['fck']]])); // ['fck off']
 */
export function wordVariants(key: string, spellings: ReadonlyMap<string, readonly string[]>): string[] {
  const words = key.split(' ');
  const variants: string[] = [];
  if (words.length < 2) return variants;
  words.forEach((word, index) => {
    for (const spelling of spellings.get(word) ?? []) variants.push(withWordAt(words, index, spelling));
  });
  return variants;
}

/** Letters that are words of their own, in English or in chat ("a", "I", "u" for you, "o"). */
const LETTER_WORDS = new Set(['a', 'i', 'u', 'o']);
/** Contraction endings written apart ("it s wine", "don t", "I m", "I d"): no word is split after them. */
const CONTRACTION_ENDS = new Set(['s', 't', 'd', 'm']);
/** A vowel (y included): a piece without one is no word ("ck", "nts"). */
const VOWEL = /[aeiouy]/;
/** The vowels punctuation stands for inside a word ("f.ck", "sh-t") and that writers drop ("fckng"). */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * A one-word key split once by a space: at each place where both pieces have two characters or more
 * ("fu ck"), and at each vowel inside it, the vowel lost, for keys of four letters or more ("f ck":
 * what "f.ck", "f-ck", "f_ck" and "f&ck" normalize to: punctuation for a vowel). Neither piece may be a
 * common English word nor one of `terms`, and the first piece must be of one or two characters or one
 * piece without a vowel: "fu ck", "bu llshit", "fucki ng", "sh t". Longer pieces with vowels are often
 * two words ("dumb bitch", "gang bang" are not the compounds some lexicons list; "que eres" is
 * Spanish, not "queer" split and made plural).
 *
 * @example
 * splitSpellings('fuck'); // ['fu ck', 'f ck']
 */
export function splitSpellings(key: string, terms: ReadonlySet<string> = new Set()): string[] {
  const words = key.split(' ');
  const splits: string[] = [];
  words.forEach((word, index) => {
    if (!/^[a-z]+$/.test(word)) return;
    const add = (before: string, after: string, lost: boolean): void => {
      if (COMMON_WORDS.has(before) || COMMON_WORDS.has(after) || terms.has(before) || terms.has(after)) return;
      if (!lost && before.length > 2 && VOWEL.test(before) && VOWEL.test(after)) return;
      splits.push(withWordAt(words, index, `${before} ${after}`));
    };
    for (let at = 2; at <= word.length - 2; at++) add(word.slice(0, at), word.slice(at), false);
    if (word.length >= 4) for (let at = 1; at < word.length - 1; at++) if (VOWELS.has(word[at] as string)) add(word.slice(0, at), word.slice(at + 1), true);
  });
  return splits;
}

/**
 * A one-word key of four letters or more with its first or its last letter split off ("f uck",
 * "fuc k"), when that letter is not a word of its own ("a nus"), a first letter is not the end of a
 * contraction written apart ("it s wine" is not "swine") and the rest is neither a common English
 * word ("bi tch" yes, "s hit" no) nor one of `terms`.
 *
 * @example
 * letterSplitSpellings('fuck'); // ['f uck', 'fuc k']
 */
export function letterSplitSpellings(key: string, terms: ReadonlySet<string> = new Set()): string[] {
  if (!/^[a-z]{4,}$/.test(key)) return [];
  const splits: string[] = [];
  const add = (letter: string, rest: string, spelling: string): void => {
    if (!LETTER_WORDS.has(letter) && !COMMON_WORDS.has(rest) && !terms.has(rest)) splits.push(spelling);
  };
  if (!CONTRACTION_ENDS.has(key[0] as string)) add(key.slice(0, 1), key.slice(1), `${key.slice(0, 1)} ${key.slice(1)}`);
  add(key.slice(-1), key.slice(0, -1), `${key.slice(0, -1)} ${key.slice(-1)}`);
  return splits;
}

/**
 * A key of four letters or more with every "f" written "ph" ("motherphucker", "kill yourselph"), or
 * undefined when it has no "f", fewer letters (`fat` → `phat` is praise), or the result is a common
 * word or one of `terms`.
 *
 * @example
 * phSpelling('fucker'); // 'phucker'
 */
export function phSpelling(key: string, terms: ReadonlySet<string> = new Set()): string | undefined {
  return replacedSpelling(key, 'f', 'ph', terms, 4);
}

/**
 * A key with every "ss" written "zz" ("azz", "dumbazz", "puzzy", "pizzed"), or undefined when it has
 * no "ss" or the result is a common word or one of `terms`. Only the doubled letter: a single z for
 * s would read Polish "pisz" (write) and "puszy" as piss and pussy.
 *
 * @example
 * zzSpelling('jackass'); // 'jackazz'
 */
export function zzSpelling(key: string, terms: ReadonlySet<string> = new Set()): string | undefined {
  return replacedSpelling(key, 'ss', 'zz', terms, 0);
}

/**
 * A key of four letters or more with every "ck" written "cc" ("dicc", "fuccing", "fucced"), or
 * undefined when it has no "ck", fewer letters (`fck` → `fcc` is the regulator), or the result is a
 * common word or one of `terms`.
 *
 * @example
 * ccSpelling('fucking'); // 'fuccing'
 */
export function ccSpelling(key: string, terms: ReadonlySet<string> = new Set()): string | undefined {
  return replacedSpelling(key, 'ck', 'cc', terms, 4);
}

/**
 * A key of six letters or more whose words ending in "ing" drop their g, as they are said ("dickin",
 * "fuckin", "rapin", "killin you"), or undefined when it has none or the result is a common word or
 * one of `terms` (the apostrophe of "dickin'" is dropped by normalization).
 *
 * @example
 * droppedGSpelling('dicking'); // 'dickin'
 */
export function droppedGSpelling(key: string, terms: ReadonlySet<string> = new Set()): string | undefined {
  if (!/^[a-z ]+$/.test(key) || key.replaceAll(' ', '').length < 6 || !/ing(?: |$)/.test(key)) return undefined;
  const spelling = key.replace(/ing(?= |$)/g, 'in');
  return spelling.split(' ').some((word) => COMMON_WORDS.has(word) && !key.split(' ').includes(word)) || terms.has(spelling) ? undefined : spelling;
}

/**
 * A key with every `written` spelled `as`, or undefined when it has no `written`, fewer than
 * `minLetters` letters, or the result is a common word or one of `terms`.
 */
function replacedSpelling(key: string, written: string, as: string, terms: ReadonlySet<string>, minLetters: number): string | undefined {
  if (!/^[a-z ]+$/.test(key) || !key.includes(written) || key.replaceAll(' ', '').length < minLetters) return undefined;
  const spelling = key.replaceAll(written, as);
  return COMMON_WORDS.has(spelling) || terms.has(spelling) ? undefined : spelling;
}

/** Vowel-dropped spellings shorter than this could be any abbreviation ("mrn", "idt", "dns"). */
const VOWELLESS_MIN_LENGTH = 4;
/** With one vowel dropped, the spelling is often a word ("psycho" → "psych", "armos" → "arms"). */
const VOWELLESS_MIN_DROPPED = 2;

/**
 * A one-word key with the vowels after its first letter dropped ("fucking" → "fckng", "asshole" →
 * "asshl"), or undefined when fewer than two are dropped, the result is shorter than four letters, or
 * it is a common English word or one of `terms`.
 *
 * @example
 * vowellessSpelling('bullshit'); // 'bllsht'
 */
export function vowellessSpelling(key: string, terms: ReadonlySet<string> = new Set()): string | undefined {
  if (!/^[a-z]+$/.test(key)) return undefined;
  const spelling = withoutVowels(key);
  if (key.length - spelling.length < VOWELLESS_MIN_DROPPED || spelling.length < VOWELLESS_MIN_LENGTH || COMMON_WORDS.has(spelling) || terms.has(spelling)) return undefined;
  return spelling;
}

/**
 * A one-word key of four letters or more (not a plural of three) with one vowel after its first
 * letter written "x", as people hide one ("bxtch", "cxnt", "kxll", "rxtard"), for each such vowel,
 * where the result is no common English word nor one of `terms`.
 *
 * @example
 * xSpellings('bitch'); // ['bxtch']
 */
export function xSpellings(key: string, terms: ReadonlySet<string> = new Set()): string[] {
  // (A plural of a shorter word is left: "tits" written "txts" is "texts".)
  if (!/^[a-z]{4,}$/.test(key) || (key.length === 4 && key.endsWith('s'))) return [];
  const spellings: string[] = [];
  for (let index = 1; index < key.length; index++) {
    if (!VOWELS.has(key[index] as string)) continue;
    const spelling = `${key.slice(0, index)}x${key.slice(index + 1)}`;
    if (!COMMON_WORDS.has(spelling) && !terms.has(spelling)) spellings.push(spelling);
  }
  return spellings;
}

/** `word` with the vowels after its first letter dropped ("fucking" → "fckng"). */
function withoutVowels(word: string): string {
  return word[0] + [...word.slice(1)].filter((letter) => !VOWELS.has(letter)).join('');
}

/**
 * A phrase with the vowels after the first letter of its words dropped: each word alone, and all
 * at once ("kill yourself" → "kll yourself", "kill yrslf", "kll yrslf"). A word is dropped to three
 * letters at least, and not to a common word or a term ("live" stays: "lv"). None for a word alone.
 *
 * @example
 * phraseVowelless('kill yourself'); // ['kll yourself', 'kill yrslf', 'kll yrslf']
 */
export function phraseVowelless(key: string, terms: ReadonlySet<string> = new Set()): string[] {
  if (!/^[a-z]+(?: [a-z]+)+$/.test(key)) return [];
  const words = key.split(' ');
  const dropped = words.map((word) => {
    const spelling = withoutVowels(word);
    return spelling.length >= 3 && spelling !== word && !COMMON_WORDS.has(spelling) && !terms.has(spelling) ? spelling : undefined;
  });
  const variants: string[] = [];
  dropped.forEach((spelling, index) => {
    if (spelling !== undefined) variants.push(withWordAt(words, index, spelling));
  });
  if (variants.length >= 2) variants.push(words.map((word, index) => dropped[index] ?? word).join(' '));
  return variants;
}

/** Terms shorter than this have no doubled spelling: "aa" or "oopp" could be anything. */
const DOUBLED_MIN_LETTERS = 3;

/**
 * A key of letters (and spaces) with every letter written twice, as normalization leaves it (runs of
 * one letter cut to two: "bullshit" → "bbuullsshhiitt"), or undefined for keys too short or too long
 * and keys with digits or other characters.
 *
 * @example
 * doubledSpelling('fuck'); // 'ffuucckk'
 */
export function doubledSpelling(key: string): string | undefined {
  if (!/^[a-z ]+$/.test(key)) return undefined;
  let letters = 0;
  let doubled = '';
  for (const character of key) {
    if (character === ' ') {
      doubled += ' ';
      continue;
    }
    letters++;
    // A letter the key already doubles ("ll") stays two: normalization cuts "llll" to "ll".
    if (!doubled.endsWith(character + character)) doubled += character + character;
  }
  return letters < DOUBLED_MIN_LETTERS || doubled.length > SPELLING_MAX_LENGTH ? undefined : doubled;
}
