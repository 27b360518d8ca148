/**
 * Looks at the source text that normalization (normalize.ts) and the fused scan
 * (lexicon/scan.ts) both take, so that they read a text alike: runs of i and l in two cases, dashes
 * that hide letters, hashtags in capitalized words, symbols standing alone among single letters,
 * stretched letters. Each look is bounded or linear in the text.
 */
import { DEFAULT_OPTIONS, foldWith, isPictograph, isWordAt, isWordCode, Kind, pastModifiers, tablesFor } from './characters.js';

/**
 * Whether a code unit is an ASCII letter.
 *
 * @example
 * isAsciiLetter('Q'.charCodeAt(0)); // true
 */
export function isAsciiLetter(unit: number): boolean {
  return (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
}

/** Whether a code unit is an ASCII digit. */
export function isAsciiDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

/** Whether a code unit is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(unit: number): boolean {
  return isAsciiLetter(unit) || isAsciiDigit(unit);
}

/**
 * Whether a code unit is a small ASCII letter.
 *
 * @example
 * isSmallAscii('q'.charCodeAt(0)); // true
 */
export function isSmallAscii(unit: number): boolean {
  return unit >= 97 && unit <= 122;
}

/**
 * Whether [from, to) of `text` holds small ASCII letters only.
 *
 * @example
 * smallAsciiRun('you idiot', 4, 9); // true
 */
export function smallAsciiRun(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSmallAscii(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Whether source [from, to) holds white space only (nothing between two words but spaces or line
 * breaks).
 *
 * @example
 * whiteSpaceOnly('mor on', 3, 4); // true
 */
export function whiteSpaceOnly(source: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!WHITE_SPACE.test(source.charAt(index))) return false;
  return true;
}

const WHITE_SPACE = /\s/;

/**
 * Whether source position `from` opens the text or a sentence: nothing but white space before it,
 * or ".", "!" or "?" and white space.
 *
 * @example
 * opensSentenceAt('Done. Fuck that', 6); // true
 */
export function opensSentenceAt(source: string, from: number): boolean {
  let before = from - 1;
  while (before >= 0 && (source.charCodeAt(before) === 32 || source.charCodeAt(before) === 10 || source.charCodeAt(before) === 13 || source.charCodeAt(before) === 9)) before--;
  if (before < 0) return true;
  const mark = source.charCodeAt(before);
  return before < from - 1 && (mark === 46 || mark === 33 || mark === 63);
}

/**
 * Whether the source span [start, end) is one pictograph, with its modifiers, right between two
 * letters or digits: a word may be split by it ("ret🔥ard", "wan⭐ker"; a piece of one or two letters
 * normalization joins itself, "fu🙂ck"), or two words ("kill🔪you").
 *
 * @example
 * pictographSplits('ret🔥ard', 3, 5); // true
 */
export function pictographSplits(source: string, start: number, end: number): boolean {
  if (start === 0 || end >= source.length || !isWordCode(source.charCodeAt(start - 1)) || !isWordCode(source.charCodeAt(end))) return false;
  const codePoint = source.codePointAt(start) as number;
  return isPictograph(codePoint) && pastModifiers(source, start + (codePoint > 0xffff ? 2 : 1)) === end;
}

/** Polish letters with marks (and ł itself): a word of them may be Polish. */
const POLISH_MARKED = new Set(Array.from('ąćęńóśźżĄĆĘŃÓŚŹŻłŁ', (character) => character.charCodeAt(0)));

/** A Latin letter with a mark (Latin-1 to Latin Extended-B, and Latin Extended Additional: "ö", "ƀ", "ṽ"). */
function markedLatin(unit: number): boolean {
  return (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7) || (unit >= 0x1e00 && unit <= 0x1eff);
}

/** A Latin letter with a mark that Polish does not use ("ö", "š", "é", "ř", "ƀ", "ṽ"). */
function markedNotPolish(unit: number): boolean {
  return markedLatin(unit) && !POLISH_MARKED.has(unit);
}

/** A unit that may be part of a word for {@link strokedLIsL}: an ASCII letter or a Latin letter with a mark. */
function latinLetter(unit: number): boolean {
  return isAsciiLetter(unit) || markedLatin(unit);
}

/**
 * Whether the "ł" at `index` stands in a word with a letter marked as Polish never marks one
 * ("łöšéř", "ķíłł", "ƀüłłšĥíţ"): a word dressed in marks, where ł is an l. Elsewhere it is an i (the
 * "currency" font writes i with it, "₴Ⱨł₮"; read as l, Polish "łez", tears, was a slur). Looks at
 * most 30 letters each way.
 *
 * @example
 * strokedLIsL('you łöšéř', 4); // true
 */
export function strokedLIsL(source: string, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 30; at--) {
    const unit = source.charCodeAt(at);
    if (!latinLetter(unit)) break;
    if (markedNotPolish(unit)) return true;
  }
  for (let at = index + 1; at < source.length && at <= index + 30; at++) {
    const unit = source.charCodeAt(at);
    if (!latinLetter(unit)) break;
    if (markedNotPolish(unit)) return true;
  }
  return false;
}

/**
 * Whether the source character at `start` is one dash, dot, underscore, slash or square or curly
 * bracket right between two letters, which may split a word ("ret-ard", "sh.it", "wan_ker",
 * "dick/head", "dipsh[i]t"; a leet digit with a letter beyond it counts as a letter, "h4rd-0n") as well as join
 * two ("e-mail", "well-known", "and/or"): a walk reads the word whole too. An underscore may also hide a letter ("fu_k",
 * see dashMaskAt): a walk reads that too, and a split over it only where no mask reading fits
 * (readings.ts's splitOverMask).
 *
 * @example
 * breakSplits('ret-ard', 3); // true
 */
export function breakSplits(source: string, start: number): boolean {
  const unit = source.charCodeAt(start);
  if (!(isBreakUnit(unit) && start > 0 && letterSide(source, start - 1, -1) && letterSide(source, start + 1, 1))) return false;
  return unit !== 47 || !inPath(source, start);
}

/**
 * Whether `unit` is a character that may split a word between two letters: a dash, dot, underscore
 * or slash, or a square or curly bracket (a letter bracketed inside a word, "dipsh[i]t", "f{u}ck").
 */
export function isBreakUnit(unit: number): boolean {
  return unit === 45 || unit === 46 || unit === 95 || unit === 47 || unit === 91 || unit === 93 || unit === 123 || unit === 125;
}

/** How far {@link inPath} looks from a slash, each way: a bound, so a text costs linear time. */
const PATH_REACH = 32;

/**
 * Whether the slash at `slash` is part of a path or a link: another slash, or a dot or colon inside
 * a link, in its token within PATH_REACH characters ("avaaz.org/en/petition", "r/news/top"), not a
 * word split by it ("dick/head", "d33p/thr0at.", "and/or").
 */
function inPath(source: string, slash: number): boolean {
  for (let index = slash - 1; index >= 0 && index >= slash - PATH_REACH; index--) {
    const unit = source.charCodeAt(index);
    if (unit === 47 || pathMark(source, index)) return true;
    if (unit === 32 || unit === 10 || unit === 9) break;
  }
  for (let index = slash + 1; index < source.length && index <= slash + PATH_REACH; index++) {
    const unit = source.charCodeAt(index);
    if (unit === 47 || pathMark(source, index)) return true;
    if (unit === 32 || unit === 10 || unit === 9) break;
  }
  return false;
}

/** A dot or colon inside a link ("avaaz.org", "http:"), a letter, digit or slash after it; not a full stop ending a sentence. */
function pathMark(source: string, index: number): boolean {
  const unit = source.charCodeAt(index);
  if (unit !== 46 && unit !== 58) return false;
  const next = source.charCodeAt(index + 1);
  return next === 47 || isAsciiLetter(next) || (next >= 48 && next <= 57);
}

const LETTER = /\p{L}/u;

/**
 * Whether the character at `index` is a letter, or a digit leet reads as one with a letter beyond
 * it (`step` -1 before a break, 1 after it: "h4rd-0n", "sh1-t"; not "covid-19").
 */
function letterSide(source: string, index: number, step: number): boolean {
  const unit = source.charCodeAt(index);
  if (isLetterUnit(unit)) return true;
  return unit >= 48 && unit <= 57 && unit !== 50 && unit !== 54 && isLetterUnit(source.charCodeAt(index + step));
}

/** An ASCII letter, or a letter of the Basic Multilingual Plane beyond ASCII ("hard-օn", Armenian o). */
function isLetterUnit(unit: number): boolean {
  return isAsciiLetter(unit) || (unit >= 128 && LETTER.test(String.fromCharCode(unit)));
}

/**
 * The length of a run of dashes, dots or underscores at `index` that hides the letters of a word
 * ("f--k", "f..k", "f...ing", "sh__t", "n----r", "f--king", "fu_k"): two to four dashes or dots, or
 * one to four underscores (one only in a word of four letters or more: "T_T" is a face), right after
 * the one or two ASCII letters that start a word (not inside a handle or a tag: "@Get__Em__Craig")
 * and right before an ASCII letter; 0 elsewhere ("well--known", "so -- on", and one dash, "f-ck",
 * which split spellings read, as "e-mail" is a word; an ellipsis between two words, "so...what", is
 * read as masks too, and reads no term). Every look is bounded: a text costs linear time.
 *
 * @example
 * dashMaskAt('f--k', 1); // 2
 */
export function dashMaskAt(source: string, index: number): number {
  const dash = source.charCodeAt(index);
  if ((dash !== 45 && dash !== 46 && dash !== 95) || !isAsciiLetter(source.charCodeAt(index - 1))) return 0;
  let end = index + 1;
  while (end < source.length && end - index <= 4 && source.charCodeAt(end) === dash) end++;
  const run = end - index;
  if (run < (dash === 95 ? 1 : 2) || run > 4 || !isAsciiLetter(source.charCodeAt(end))) return 0;
  // Dots between a letter and the same letter are a stutter or text-speak ("K..k", "ok, ok"; "S....s"), not a word hidden.
  if (dash === 46 && (source.charCodeAt(index - 1) | 32) === (source.charCodeAt(end) | 32)) return 0;
  const first = isAsciiLetter(source.charCodeAt(index - 2)) ? index - 2 : index - 1;
  if (first === index - 2 && isAsciiLetter(source.charCodeAt(index - 3))) return 0;
  // A word of its own: not the middle of a longer word, a handle or a tag ("@Get__Em__Craig").
  const before = first > 0 ? source.charCodeAt(first - 1) : 32;
  if (isWordCode(before) || before === 45 || before === 95 || before === 64 || before === 35) return 0;
  // One underscore hides a letter of a word of four letters or more: "T_T", "o_O" are faces. (The
  // letters after it are counted up to two: enough to tell.)
  const lettersAfter = isAsciiLetter(source.charCodeAt(end + 1)) ? 2 : 1;
  if (run === 1 && index - first + run + lettersAfter < 4) return 0;
  return run;
}

/**
 * Where a hashtag written in capitalized words starts at `index` ("#YouAreAnIdiot", after white
 * space or at the start; "#BLMProtest" too), the end of its letters and digits; 0 for any other
 * text ("#idiot", "#USA", "a#B"). Normalization splits such a tag into its words; the fused scan leaves it to normalization.
 *
 * @example
 * camelHashtagEnd('#YouAreAnIdiot', 0); // 14
 */
export function camelHashtagEnd(source: string, index: number): number {
  if (source.charCodeAt(index) !== 35) return 0;
  const before = index > 0 ? source.charCodeAt(index - 1) : 32;
  if (!(before === 32 || (before >= 9 && before <= 13))) return 0;
  let camel = false;
  let end = index + 1;
  for (; end < source.length; end++) {
    const unit = source.charCodeAt(end);
    const digit = unit >= 48 && unit <= 57;
    if (!isAsciiLetter(unit) && !digit) break;
    if (unit >= 65 && unit <= 90 && end > index + 1 && startsCamelWord(source, end)) camel = true;
  }
  return camel ? end : 0;
}

/**
 * Whether the capital at `index`, inside a hashtag in capitalized words, starts a word: after a
 * small letter, or after a capital when a small letter follows (the last capital of a run starts the
 * next word: "IKnow", "AFire", "USAToday").
 *
 * @example
 * startsCamelWord('#IKnow', 2); // true
 */
export function startsCamelWord(source: string, index: number): boolean {
  const previous = source.charCodeAt(index - 1);
  if (isSmallAscii(previous)) return true;
  return previous >= 65 && previous <= 90 && isSmallAscii(source.charCodeAt(index + 1));
}

/** The kinds of ASCII units under the default options (made on first use). */
let defaultKinds: Uint8Array | undefined;

function kindOf(unit: number): number {
  defaultKinds ??= tablesFor(DEFAULT_OPTIONS).asciiKind;
  return defaultKinds[unit] as number;
}

/** Whether the code unit at `at` is an ASCII separator (white space, punctuation). */
function asciiSeparatorAt(source: string, at: number): boolean {
  const unit = source.charCodeAt(at);
  return unit < 128 && kindOf(unit) === Kind.Separator;
}

/** The most characters emphasis may wrap: a few words ("*blue tit*", "**not as good as it was**"). */
const EMPHASIS_MOST = 60;

/**
 * Where a word or a few words wrapped in emphasis end, when one starts at `index`: `*word*`,
 * `**word**`, `***word***` or `(word)`, and `*a few words*` (stars only), ASCII letters between (two or more;
 * single spaces and apostrophes between words, not first or last), white space, punctuation or
 * the text's ends outside. -1 elsewhere: "f*ck*", "*ucking", "(unt" are masks and leet, not
 * emphasis, and so is a run of stars that closes nothing ("*blue tit" alone).
 *
 * @example
 * emphasisEnd('go to *hell*', 6); // 12
 * emphasisEnd('a *blue tit* today', 2); // 12
 * emphasisEnd('f**k', 1); // -1
 */
export function emphasisEnd(source: string, index: number): number {
  const open = source.charCodeAt(index);
  if ((open !== 42 && open !== 40) || (index > 0 && !asciiSeparatorAt(source, index - 1))) return -1;
  let run = 1;
  while (open === 42 && run < 3 && source.charCodeAt(index + run) === 42) run++;
  const close = open === 40 ? 41 : 42;
  let at = index + run;
  const from = at;
  let letters = 0;
  for (; at < source.length && at - from <= EMPHASIS_MOST; at++) {
    const unit = source.charCodeAt(at);
    if (isAsciiLetter(unit)) letters++;
    // (Between words of starred emphasis only: a space or an apostrophe with a letter on each side.)
    else if (open !== 42 || !(unit === 32 || unit === 39) || !isAsciiLetter(source.charCodeAt(at - 1)) || !isAsciiLetter(source.charCodeAt(at + 1))) break;
  }
  if (letters < 2 || !isAsciiLetter(source.charCodeAt(at - 1))) return -1;
  for (let mark = 0; mark < run; mark++, at++) if (source.charCodeAt(at) !== close) return -1;
  return at >= source.length || asciiSeparatorAt(source, at) ? at : -1;
}

/**
 * Where the closing marks of bold inside a word stand, when its opening marks are at `index`: `**`,
 * ASCII letters (or leet digits), `**`, with a letter just before the opening or just after the
 * closing marks where two letters or more stand between ("Fu**ck**ing", "k**il**l",
 * "**un**believable"), on both sides where one does ("sh**i**t", "t**1**ts"). Markdown shows the
 * word whole, set partly in bold, so the marks are no mask. -1 elsewhere: a whole word in bold is
 * {@link emphasisEnd}'s, and "f**k", "f**k**" are masks.
 *
 * @example
 * innerEmphasisClose('Fu**ck**ing', 2); // 6
 * innerEmphasisClose('f**k**', 1); // -1
 */
export function innerEmphasisClose(source: string, index: number): number {
  if (source.charCodeAt(index) !== 42 || source.charCodeAt(index + 1) !== 42) return -1;
  let at = index + 2;
  // (A leet digit may stand between: "t**1**ts".)
  while (at < source.length && isAsciiLetterOrDigit(source.charCodeAt(at))) at++;
  const inner = at - index - 2;
  if (inner < 1 || source.charCodeAt(at) !== 42 || source.charCodeAt(at + 1) !== 42) return -1;
  const before = index > 0 && isAsciiLetter(source.charCodeAt(index - 1));
  const after = isAsciiLetter(source.charCodeAt(at + 2));
  return (inner >= 2 && (before || after)) || (before && after) ? at : -1;
}

/** An inline HTML tag that sets letters in a style, without attributes: `<b>`, `</i>`, `<strong>`... */
const INLINE_TAG = /<\/?(?:b|i|u|s|em|strong|del|ins|mark|small|span|sub|sup)>/iy;

/**
 * Where inline HTML tags inside a word end, when the first starts at `index`: one or more in a row
 * (`<b>`, `</b>`, `<em>`...) with an ASCII letter just before and a letter or digit just after
 * ("wh<b>o</b>re", "dumb<b></b>ass"). A page shows the word whole, so the tags are no part of it,
 * as bold marks are not ({@link innerEmphasisClose}). -1 elsewhere ("a <b>bold</b> word": the tags
 * stand between words).
 *
 * @example
 * inlineTagsEnd('wh<b>o</b>re', 2); // 5
 */
export function inlineTagsEnd(source: string, index: number): number {
  if (index === 0 || !isAsciiLetter(source.charCodeAt(index - 1))) return -1;
  let at = index;
  for (;;) {
    INLINE_TAG.lastIndex = at;
    if (!INLINE_TAG.test(source)) break;
    at = INLINE_TAG.lastIndex;
  }
  return at > index && isAsciiLetterOrDigit(source.charCodeAt(at)) ? at : -1;
}

/** A numeric character reference for an ASCII letter's range: two or three decimal digits, or two hex. */
const LETTER_REFERENCE = /&#(?:(\d{2,3})|[xX]([\da-fA-F]{2}));/y;
const LETTER_REFERENCES = /&#(?:(\d{2,3})|[xX]([\da-fA-F]{2}));/g;

/**
 * The ASCII letter a numeric HTML character reference at `index` stands for inside a word
 * ("b&#101;aners", "f&#x75;ck": a letter just before or after it), packed as `length << 8 | unit`
 * (the reference's length in code units, the letter's code unit); 0 elsewhere ("&amp;", "&#8230;",
 * "Q&#38;A", and a reference between spaces). A comment stored as plain text shows it as written;
 * a page that renders it shows the letter, which is what the writer meant.
 *
 * @example
 * letterReferenceAt('b&#101;aners', 1); // 6 << 8 | 101
 */
export function letterReferenceAt(source: string, index: number): number {
  LETTER_REFERENCE.lastIndex = index;
  const match = LETTER_REFERENCE.exec(source);
  if (match === null) return 0;
  const unit = match[1] !== undefined ? Number(match[1]) : Number.parseInt(match[2] as string, 16);
  if (!isAsciiLetter(unit)) return 0;
  const end = index + match[0].length;
  if (!(index > 0 && isAsciiLetter(source.charCodeAt(index - 1))) && !isAsciiLetter(source.charCodeAt(end))) return 0;
  return (match[0].length << 8) | unit;
}

/**
 * `text` with its numeric references for ASCII letters read as the letters, wherever they stand
 * (for a match's text, which holds only the word: "b&#101;aners" is "beaners").
 *
 * @example
 * lettersReferenced('b&#101;aners'); // 'beaners'
 */
export function lettersReferenced(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(LETTER_REFERENCES, (reference: string, decimal?: string, hex?: string) => {
    const unit = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    return isAsciiLetter(unit) ? String.fromCharCode(unit) : reference;
  });
}

/**
 * Where a word hyphenated across a line break goes on, when its hyphen is at `index`: a letter
 * before, "-" and one line break ("\n", "\r\n"), a small letter after ("cock-\ntail"). The hyphen
 * and the break join the word's pieces, as the reader reads them. -1 elsewhere ("well -\nknown",
 * "Part one-\nPart two").
 *
 * @example
 * hyphenatedBreakEnd('cock-\ntail', 4); // 6
 */
export function hyphenatedBreakEnd(source: string, index: number): number {
  if (source.charCodeAt(index) !== 45 || index === 0 || !isAsciiLetter(source.charCodeAt(index - 1))) return -1;
  let at = index + 1;
  if (source.charCodeAt(at) === 13) at++;
  if (source.charCodeAt(at) !== 10) return -1;
  return isSmallAscii(source.charCodeAt(at + 1)) ? at + 1 : -1;
}

/**
 * Whether the span [start, end) of a normalized letter `letter` (97-122) holds that letter again
 * after its first character: the writer stretched it ("fuuuck": the third u folds into the second),
 * rather than only characters that vanish into it ("f\u200bg\u200bg": zero-width spaces).
 *
 * @example
 * stretchedSpan('fuuuck', 2, 4, 117); // true
 */
export function stretchedSpan(source: string, start: number, end: number, letter: number): boolean {
  // Past the first character (two units where it is astral: "𝐟").
  for (let at = start + ((source.codePointAt(start) as number) > 0xffff ? 2 : 1); at < end; ) {
    const unit = source.charCodeAt(at);
    if (unit < 128) {
      if ((unit | 0x20) === letter) return true;
      at++;
      continue;
    }
    const codePoint = source.codePointAt(at) as number;
    const units = foldWith(tablesFor(DEFAULT_OPTIONS), codePoint);
    if (units.length === 1 && ((units[0] as number) & 0xffff) === letter) return true;
    at += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}

/** ASCII units of the letters drawn alike, i, I, l and L: a run of them is one letter only in one case. */
const LOOK_ALIKE = new Uint8Array(128);
for (const letter of 'iIlL') LOOK_ALIKE[letter.charCodeAt(0)] = 1;

/**
 * Whether the ASCII unit `unit` at `index` is kept out of the run of its letter before it, which the
 * repeated-letter step would cut: an i or l that differs in case from either of the two units before
 * it ("kiII", "KlLL": a capital I or a small l may be the other letter, see LETTER_SWAPS).
 *
 * @example
 * breaksRun('kiII', 3, 73); // true
 */
export function breaksRun(source: string, index: number, unit: number): boolean {
  return LOOK_ALIKE[unit] === 1 && (source.charCodeAt(index - 1) !== unit || source.charCodeAt(index - 2) !== unit);
}

/**
 * Whether a text may hold a pictograph: a unit one may start with, ©, ®, U+203C to U+3299 (‼ ™ ⌚ ☀ ✨
 * ⭐ 〰 ㊙...) and the high surrogates of the emoji planes; not curly quotes, dashes or accented
 * letters, which most texts hold. One look per text.
 */
export const MAY_BE_PICTOGRAPH = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83e]/;

/**
 * Whether the source span [start, end) of one normalized character holds a pictograph after it: one
 * that normalization dropped inside a word ("k🔥ll", "f😂nd"), where it may stand for a letter. Only
 * a word character's span: a run of separators kept as a space may hold one too ("f--k ❤ff"), and no
 * word holds that.
 *
 * @example
 * droppedPictographAfter('k🔥ll', 0, 3); // true
 */
export function droppedPictographAfter(source: string, start: number, end: number): boolean {
  if (end - start < 2 || !isWordAt(source, start)) return false;
  const after = start + ((source.codePointAt(start) as number) > 0xffff ? 2 : 1);
  return after < end && isPictograph(source.codePointAt(after) as number);
}

/**
 * Whether a word at source [start, end) is written as a slip of the hand is read (spellings matched
 * in small letters only): in small letters and not inside a handle ("@dani_crocker"). "so stipid"
 * is; "Mr Morun", "Murat spoke" and "@dani_morun" are not (a capital even where a sentence starts:
 * names start sentences).
 *
 * @example
 * writtenSmall('so stipid', 3, 9); // true
 * writtenSmall('Mr Morun', 3, 8); // false
 */
export function writtenSmall(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isCapital(source.charCodeAt(index))) return false;
  return !inHandle(source, start);
}

/**
 * Whether source offset `start` is inside a handle ("@dani_crocker"): letters, digits and
 * underscores back to an `@`. Handles are names, often in small letters.
 */
function inHandle(source: string, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before <= 40) {
    const unit = source.charCodeAt(before);
    if (unit === 64) return true;
    if (!(isAsciiLetter(unit) || (unit >= 48 && unit <= 57) || unit === 95)) return false;
    before--;
  }
  return false;
}

/** Whether a code unit is a capital letter (ASCII or not: "É"). */
function isCapital(unit: number): boolean {
  return unit < 128 ? unit >= 65 && unit <= 90 : String.fromCharCode(unit) !== String.fromCharCode(unit).toLowerCase();
}
