/**
 * What the walks share: the match they record, their limits, and how they may read a character
 * (the letters a leet character may stand for, masks). Used by the walk over normalized text
 * (match.ts) and the fused scan over the source (scan.ts).
 */
import { LEET, LETTER_SWAPS, MASKS, NOT_OPENING } from '../text/leet.js';
import type { CompiledEntry, Trie } from './compile.js';

/** A match of one entry, in normalized-text offsets (source offsets from the fused scan). */
export interface RawMatch {
  entry: number;
  start: number;
  end: number;
  /** Whether the text spells the entry's term as written (plural `s` / `es` allowed): no leet, mask or stretched-letter reading. */
  literal: boolean;
  /** Weak steps of the reading: masks read as letters, leet characters read as other than their first letter. */
  weak: number;
}

/**
 * How a walk has read a span so far, to choose among the readings of one span: 0 spelled out as
 * written; 1 disguised by strong steps only (a stretched letter, a leet character as its first
 * letter: "sh1t" as shit); every weak step (a mask, a leet character as another of its letters:
 * "sh1t" as shat) adds one.
 */
export type Reading = number;
export const SPELLED_OUT: Reading = 0;

/**
 * The reading after strong steps only ("sh1t", "fuuuck"). A spelling matched as written is read so
 * too where every step was a digit or symbol read as its first letter or a letter the writer
 * stretched ("shyyyt", "$hit5ho") or doubled where doubling turns no English word into a term
 * (DOUBLES_READ_AS_ONE: "fuuk"): the walks count the other strong steps (a letter read as another,
 * "l" as i, or another doubled letter), which read ordinary words as spellings ("puzzle" as
 * "puzzie").
 */
export const STRONG: Reading = 1;

/**
 * The letter reads (0 or 1, see {@link readsAsWritten}) of a doubled letter read as one: none where
 * the writer stretched it, or wrote a letter of DOUBLES_READ_AS_ONE twice (`writtenBefore`, the
 * character written before it, is the same: "fuuk" is the respelling "fuk"); one otherwise
 * ("pollack" is no respelling of "polack", and "f<ck", a leet c before a c, no "fck").
 */
export function doubledLetterReads(stretched: boolean, code: number, writtenBefore: number): number {
  return stretched || (DOUBLE_READS_AS_ONE[code] === 1 && writtenBefore === code) ? 0 : 1;
}

/** Whether a walk that read `reading`, `letterReads` of its steps a letter read as another, may end in a spelling matched as written. */
export function readsAsWritten(reading: Reading, letterReads: number): boolean {
  return reading === SPELLED_OUT || (reading === STRONG && letterReads === 0);
}

/** The reading after a strong disguised step. */
export function disguised(reading: Reading): Reading {
  return reading === SPELLED_OUT ? 1 : reading;
}

/** The reading after a weak step. */
export function weaker(reading: Reading): Reading {
  return disguised(reading) + 1;
}

/**
 * The reading after a split over an underscore that may hide a letter instead ("d_ie" is "die", but
 * "fa_got" is "faggot" more than "fagot"): two weak steps, so the mask's reading of the span wins.
 */
export function splitOverMask(reading: Reading): Reading {
  return weaker(weaker(reading));
}

/**
 * Where a match of `entry` ends when a walk reaches the end of its term at `position` having read it
 * as `reading`; `wordEnd` is where the word ends from there (plural included), -1 where it does not.
 * -1: no match. What every walk accepts:
 * - a respelling only as written (or through digits, symbols and stretched letters, see
 *   {@link STRONG}): it is a disguise already, and a disguised reading of it is some other word's
 *   disguise ("fu**" is fuck, not the respelling fucc);
 * - a plural ending only where the entry takes one (`wordEnd` reads only the entry's endings);
 * - a substring anywhere; a word where the word ends;
 * - a prefix that ends the word where a word would; one that ends inside a word ("fuckboy") with no
 *   weak step: masks or leet guesses would read the start of any word as the term ("******E" is not
 *   "asshole...").
 */
export function matchEnd(entry: CompiledEntry, reading: Reading, letterReads: number, position: number, wordEnd: number): number {
  if (entry.asWritten && !readsAsWritten(reading, letterReads)) return -1;
  if (entry.mode === 'substring') return position;
  if (entry.mode !== 'prefix' || wordEnd >= 0) return wordEnd;
  // No weak step: spelled out, or disguised by strong steps only.
  return reading <= 1 ? position : -1;
}

/** The match a walk records for a reading. */
export function rawMatch(entry: number, start: number, end: number, reading: Reading): RawMatch {
  return { entry, start, end, literal: reading === SPELLED_OUT, weak: reading === SPELLED_OUT ? 0 : reading - 1 };
}

/**
 * Drops, among the matches one walk recorded (from index `from` on, all from one start), a prefix
 * match that a literal match of its category reaching further contains: in "fucking" the root `fuck`
 * adds nothing to the word `fucking`. In place, so the common one-match comment stays one match.
 */
export function pruneInnerPrefixes(trie: Trie, matches: RawMatch[], from: number): void {
  let write = from;
  for (let read = from; read < matches.length; read++) {
    const match = matches[read]!;
    const entry = trie.entries[match.entry]!;
    let contained = false;
    if (entry.mode === 'prefix') {
      for (let other = from; other < matches.length && !contained; other++) {
        const longer = matches[other]!;
        contained = longer.literal && longer.end > match.end && trie.entries[longer.entry]!.category === entry.category;
      }
    }
    if (!contained) matches[write++] = match;
  }
  // (Only where one was dropped: setting an array's length costs even when it stays the same.)
  if (write < matches.length) matches.length = write;
}

/**
 * Whether the run of the character at `position` in `text` (the same character written again before
 * it) follows a letter after `origin`, `isLetter` telling the text's letters: a leet symbol written
 * again inside a word ("sh!!!t"), not marks before one ("!!!idiot"). The walks of match.ts (on the
 * normalized text) and scan.ts (on the source) ask it.
 *
 * @example
 * runAfterLetter('sh!!!t', 4, 0, isLetterCode); // true
 */
export function runAfterLetter(text: string, position: number, origin: number, isLetter: (code: number) => boolean): boolean {
  const code = text.charCodeAt(position);
  let at = position;
  while (at > origin && text.charCodeAt(at - 1) === code) at--;
  return at > origin && isLetter(text.charCodeAt(at - 1));
}

// Enough for every reading of a heavily disguised word; bounds work on adversarial input.
export const BUDGET_PER_START = 512;
export const MAX_WORD = 48;

const VOWELS = 'aeiou';
// A leet character that stands for a vowel often stands for whichever vowel the word needs ("f4cking").
const LEET_SYMBOLS = new Map<number, number[]>(
  Object.entries(LEET).map(([character, letters]) => {
    const readings = [...letters].some((letter) => VOWELS.includes(letter)) ? [...new Set([...letters, ...VOWELS])] : [...letters];
    return [character.charCodeAt(0), readings.map((letter) => letter.charCodeAt(0) - 97)];
  }),
);
// Letters written for other letters read as exactly those ("fvck"); the plain letter is tried first.
for (const [character, letters] of Object.entries(LETTER_SWAPS)) LEET_SYMBOLS.set(character.charCodeAt(0), [...letters].map((letter) => letter.charCodeAt(0) - 97));
// Per ASCII code, for the hot loop: the letters a leet character may stand for, and masks.
const LEET_BY_CODE: (number[] | undefined)[] = Array.from({ length: 128 }, (_, code) => LEET_SYMBOLS.get(code));
const IS_MASK = new Uint8Array(128);
for (const character of MASKS) IS_MASK[character.charCodeAt(0)] = 1;
/**
 * Per ASCII code, 1 for the leet symbols ($ @ ! | + ( <): inside a word, before a letter, each may
 * also hide any letter, as a mask does ("f$ck", "f+ck", "stu@id"); opening a word or before a
 * digit or another symbol it does not ("$10K", "@1D", "+pics", "A+++").
 */
export const LEET_SYMBOL = new Uint8Array(128);
for (const character of Object.keys(LEET)) if (character.charCodeAt(0) < 128 && !/[\p{L}\p{N}]/u.test(character)) LEET_SYMBOL[character.charCodeAt(0)] = 1;
// ASCII codes that may branch (leet, letter swaps or masks): every other ASCII code takes the plain step.
export const BRANCHES = new Uint8Array(128);
for (let code = 0; code < 128; code++) BRANCHES[code] = LEET_BY_CODE[code] !== undefined || IS_MASK[code] === 1 ? 1 : 0;

/**
 * Letters that, written twice, may stand for one even where the writer did not stretch them
 * ("shiit", "biitch", "fuucckk", "ddiicckk"): no English word of the `word-list` package (274,000)
 * with one of these doubled is a term with it written once (`npm run check:lexicons` checks it),
 * while a doubled e, l, m, o, p, s or t is ordinary spelling that would read as one ("looser",
 * "inbreed", "pollack", "hommos", "rapped", "assess", "Pratt"), and a doubled n is in names
 * ("Bonner").
 */
export const DOUBLES_READ_AS_ONE = 'abcdfghijkqruvwxyz';
/** Per ASCII code: 1 for the letters of {@link DOUBLES_READ_AS_ONE}. */
export const DOUBLE_READS_AS_ONE = new Uint8Array(128);
for (const letter of DOUBLES_READ_AS_ONE) DOUBLE_READS_AS_ONE[letter.charCodeAt(0)] = 1;

/** How far a walk reaches from its start: it stops past MAX_WORD * 3 characters. */
export const REACH = MAX_WORD * 3 + 1;

const OPENERS = new Uint8Array(128);
for (const character of NOT_OPENING) OPENERS[character.charCodeAt(0)] = 1;

/**
 * Whether a mask character (`code` < 128) stands for a letter where a walk reads it: a `#` that opens
 * the walk is a hashtag, not a hidden letter ("#hit" is not "shit").
 */
export function isMaskAt(code: number, opensWalk: boolean): boolean {
  return IS_MASK[code] === 1 && !(opensWalk && OPENERS[code] === 1);
}

/**
 * The letters a leet character (`code` < 128) may stand for where a walk reads it, or undefined: a
 * bracket that opens the walk is a bracket ("(um" is not "cum"), inside a word a letter ("fu(k").
 *
 * @example
 * leetAt('('.charCodeAt(0), false); // [2] (c)
 */
export function leetAt(code: number, opensWalk: boolean): number[] | undefined {
  return opensWalk && OPENERS[code] === 1 ? undefined : LEET_BY_CODE[code];
}

// Leet symbols above ASCII (€ £ ¥ © ¡): rare in text, so a map, looked up only for them.
const LEET_ABOVE_ASCII = new Map([...LEET_SYMBOLS].filter(([code]) => code >= 128));

/**
 * The letters a leet symbol above ASCII (`code` >= 128) may stand for ("b€llend", "d¥ke"), or
 * undefined for every other character.
 *
 * @example
 * leetAboveAscii('€'.charCodeAt(0)); // [4, 0, 8, 14, 20] (e, then any vowel)
 */
export function leetAboveAscii(code: number): number[] | undefined {
  return LEET_ABOVE_ASCII.get(code);
}

/** `$`, `*`, `+` and `|`: symbols people write for letters even at the end of a word ("a$$", "fu**", "1d10+", "ki||"). */
export function isStandIn(code: number): boolean {
  return code === 36 || code === 42 || code === 43 || code === 124;
}

/** A letter of normalized text (digits, leet and masks are not, nor `€` or `£`: "£12" is a price, not "lez"). */
export function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && !LEET_ABOVE_ASCII.has(code));
}

/** What a code of a span adds to its tally for {@link readsAsWord}: a letter, an at sign, a digit, another disguise (bits). */
const SPAN_LETTER = 1;
const SPAN_AT_SIGN = 2;
const SPAN_DIGIT = 4;
const SPAN_DISGUISE = 8;

/**
 * The tally bits of one code of a span (a space adds none), to be or-ed together and read by {@link readsAsWord}.
 *
 * @example
 * spanBits('@'.charCodeAt(0)); // an at sign and a disguise
 */
export function spanBits(code: number): number {
  if (isLetterCode(code)) return SPAN_LETTER;
  if (code === 32) return 0;
  return SPAN_DISGUISE | (code === 64 ? SPAN_AT_SIGN : code >= 48 && code <= 57 ? SPAN_DIGIT : 0);
}

/**
 * Whether a span read through leet or masks, tallied by {@link spanBits}, still reads as a word: it
 * holds a letter ("455" is a number, not "ass"; "****" names no word), or an at sign and no digit,
 * which stands for a letter as plainly as a letter does ("@$$" is "ass"; money is "$$$", prices hold
 * digits). A span with no disguise always does. The walks of match.ts and scan.ts both ask it.
 */
export function readsAsWord(bits: number): boolean {
  return (bits & SPAN_DISGUISE) === 0 || (bits & SPAN_LETTER) !== 0 || ((bits & SPAN_AT_SIGN) !== 0 && (bits & SPAN_DIGIT) === 0);
}

/** A word character of normalized text, as the walks read it: letters, digits, anything above ASCII. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/** Symbol runs longer than this get a table of where each run ends, built once per text. */
export const LONG_SYMBOL_RUN = 32;
