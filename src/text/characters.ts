/**
 * What each character normalizes to: the ASCII tables and the folding of other characters
 * (compatibility, confusables, diacritics, invisibles, case), per option set, built once. The
 * normalization loop (normalize.ts) and the fused scan (src/lexicon/scan.ts) both read them.
 */
import { CAPITAL_CONFUSABLES, CONFUSABLES, LETTER_RUNS, PICTOGRAPH_WORDS } from './confusables.js';
import lookalikes from './lookalikes.json';
import { LEET, LEET_SEQUENCES, MASKS } from './leet.js';

/** Which steps run; all default to true. */
export interface NormalizeOptions {
  compatibility?: boolean;
  confusables?: boolean;
  diacritics?: boolean;
  invisibles?: boolean;
  caseFold?: boolean;
  leet?: boolean;
  repeats?: boolean;
  separators?: boolean;
}

/** The default options, one frozen object, so the tables of the defaults are found without a key. */
export const DEFAULT_OPTIONS: NormalizeOptions = Object.freeze({});

export const SPACE = 32;
export const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0xb4, 0xff07]);
// (With the Hangul fillers, letters by their category that show nothing: "fu\u3164ck".)
const INVISIBLE = /^[\u00ad\u115f\u1160\u3164\uffa0\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe00-\ufe0f\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]$/u;
const MARK = /\p{M}/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SYMBOLS = new Set([...Object.keys(LEET), ...MASKS].filter((character) => !/[\p{L}\p{N}]/u.test(character)).map((character) => character.charCodeAt(0)));

/** The generated look-alikes (src/text/lookalikes.json), character → the letter it imitates. */
const LOOKALIKES = new Map<string, string>();
for (const [letter, characters] of Object.entries(lookalikes.letters)) for (const character of characters) LOOKALIKES.set(character, letter);

/** Character classes of normalized output. */
export const enum Kind {
  Separator = 0,
  Word = 1,
  Symbol = 2,
}

export function resolveOptions(options: NormalizeOptions): Required<NormalizeOptions> {
  return {
    compatibility: options.compatibility ?? true,
    confusables: options.confusables ?? true,
    diacritics: options.diacritics ?? true,
    invisibles: options.invisibles ?? true,
    caseFold: options.caseFold ?? true,
    leet: options.leet ?? true,
    repeats: options.repeats ?? true,
    separators: options.separators ?? true,
  };
}

/** Folds one non-ASCII code point to a string (empty when it vanishes). */
function foldCodePoint(codePoint: number, options: Required<NormalizeOptions>): string {
  const folded = foldBeforeLookalikes(codePoint, options);
  // The generated look-alikes last: they are keyed by what the steps before leave.
  return options.confusables ? Array.from(folded, (part) => LOOKALIKES.get(part) ?? part).join('') : folded;
}

/**
 * Every folding step but the generated look-alikes (scripts/generate-lookalikes.ts asks it what a
 * character folds to without them).
 *
 * @example
 * foldBeforeLookalikes(0x1d41f, resolveOptions({})); // 'f' (mathematical bold f, by NFKD)
 */
export function foldBeforeLookalikes(codePoint: number, options: Required<NormalizeOptions>): string {
  const character = String.fromCodePoint(codePoint);
  if (options.invisibles && INVISIBLE.test(character)) return '';
  if (options.confusables) {
    for (const first of LETTER_RUNS) if (codePoint >= first && codePoint < first + 26) return String.fromCharCode(97 + codePoint - first);
    const word = PICTOGRAPH_WORDS[character];
    if (word !== undefined) return ` ${word} `;
  }
  let folded = options.compatibility ? character.normalize('NFKD') : options.diacritics ? character.normalize('NFD') : character;
  // A parenthesized letter is the letter ("⒡⒰⒞⒦"): its brackets would read as leet c.
  if (options.compatibility && folded.length > 2 && folded.startsWith('(') && folded.endsWith(')')) folded = folded.slice(1, -1);
  if (options.diacritics) folded = folded.replace(MARK, '');
  if (options.confusables) folded = Array.from(folded, (part) => CAPITAL_CONFUSABLES[part] ?? part).join('');
  if (options.caseFold) folded = folded.toLowerCase();
  if (options.confusables) folded = Array.from(folded, (part) => CONFUSABLES[part] ?? part).join('');
  return folded;
}

/**
 * A folded code point as the loop consumes it: its output code units, each with its kind, packed
 * as `kind << 16 | unit` (separators keep their own unit here; the loop writes a space). Computed
 * once per code point, so a non-ASCII character costs a map look-up, not a regular expression.
 */
export type FoldedUnits = readonly number[];

function foldedUnits(codePoint: number, options: Required<NormalizeOptions>): FoldedUnits {
  const units: number[] = [];
  for (const part of foldCodePoint(codePoint, options)) {
    const code = part.codePointAt(0) as number;
    const kind = LETTER_OR_DIGIT.test(part) ? Kind.Word : options.leet && SYMBOLS.has(code) ? Kind.Symbol : Kind.Separator;
    for (let index = 0; index < part.length; index++) units.push((kind << 16) | part.charCodeAt(index));
  }
  return units;
}

/** Per option set: ASCII table (output code, kind) and the cache of folded non-ASCII code points. */
export interface Tables {
  asciiCode: Uint16Array;
  asciiKind: Uint8Array;
  folded: Map<number, FoldedUnits>;
  options: Required<NormalizeOptions>;
}

const tablesByKey = new Map<string, Tables>();

let defaultTables: Tables | undefined;

/**
 * The tables of an option set, built once per set.
 *
 * @example
 * tablesFor(DEFAULT_OPTIONS).asciiCode[65]; // 97 ('A' folds to 'a')
 */
export function tablesFor(options: NormalizeOptions): Tables {
  // Most calls use the defaults: skip building a key for them.
  if (defaultTables !== undefined && (options === DEFAULT_OPTIONS || Object.keys(options).length === 0)) return defaultTables;
  const resolved = resolveOptions(options);
  const key = JSON.stringify(resolved);
  let tables = tablesByKey.get(key);
  if (tables !== undefined) return tables;
  const asciiCode = new Uint16Array(128);
  const asciiKind = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    asciiCode[code] = SPACE;
    asciiKind[code] = Kind.Separator;
    if (code >= 65 && code <= 90) {
      asciiCode[code] = resolved.caseFold ? code + 32 : code;
      asciiKind[code] = Kind.Word;
    } else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      asciiCode[code] = code;
      asciiKind[code] = Kind.Word;
    } else if (resolved.leet && SYMBOLS.has(code)) {
      asciiCode[code] = code;
      asciiKind[code] = Kind.Symbol;
    }
  }
  tables = { asciiCode, asciiKind, folded: new Map(), options: resolved };
  tablesByKey.set(key, tables);
  if (Object.keys(options).length === 0) defaultTables = tables;
  return tables;
}

/**
 * The character tables of the default options, for a matcher that normalizes characters as it
 * reaches them (src/lexicon/scan.ts) and must read them exactly as {@link normalize} does.
 *
 * @example
 * const { asciiKind, fold } = defaultCharacterTables();
 */
export function defaultCharacterTables(): { asciiCode: Uint16Array; asciiKind: Uint8Array; fold: (codePoint: number) => FoldedUnits } {
  const tables = tablesFor(DEFAULT_OPTIONS);
  return { asciiCode: tables.asciiCode, asciiKind: tables.asciiKind, fold: (codePoint) => foldWith(tables, codePoint) };
}

/**
 * What a non-ASCII code point folds to under an option set, computed once per code point.
 *
 * @example
 * foldWith(tablesFor(DEFAULT_OPTIONS), 0xe9); // [(Kind.Word << 16) | 101] ('é' → 'e')
 */
export function foldWith(tables: Tables, codePoint: number): FoldedUnits {
  let folded = tables.folded.get(codePoint);
  if (folded === undefined) {
    folded = foldedUnits(codePoint, tables.options);
    tables.folded.set(codePoint, folded);
  }
  return folded;
}

/**
 * Kinds of normalized characters, as {@link defaultCharacterTables} and folded units give them.
 *
 * @example
 * defaultCharacterTables().asciiKind[32] === CHARACTER_KIND.separator; // true
 */
export const CHARACTER_KIND = { separator: Kind.Separator, word: Kind.Word, symbol: Kind.Symbol } as const;

/**
 * Whether a code point is an apostrophe, kept inside a word ("don't" → "dont").
 *
 * @example
 * isApostrophe(0x2019); // true (’)
 */
export function isApostrophe(codePoint: number): boolean {
  return APOSTROPHES.has(codePoint);
}

// The leet sequences, longest first, and the ASCII units they start with.
const SEQUENCES = Object.entries(LEET_SEQUENCES).sort(([a], [b]) => b.length - a.length);
/** 1 for an ASCII unit a leet sequence starts with ("|", "(", "/", "\\"). */
export const SEQUENCE_START = new Uint8Array(128);
// And for the first two units of each (ASCII both), so most looks end at once ("//" of a link).
const SEQUENCE_PAIR = new Uint8Array(128 * 128);
for (const [sequence] of SEQUENCES) {
  SEQUENCE_START[sequence.charCodeAt(0)] = 1;
  SEQUENCE_PAIR[sequence.charCodeAt(0) * 128 + sequence.charCodeAt(1)] = 1;
}

/**
 * The letter drawn by the leet sequence at `index` ("|_|" for u), packed as `length << 8 | code`, or
 * 0 when none starts there. Callers look only where {@link SEQUENCE_START} says one may.
 *
 * @example
 * leetSequenceAt('f|_|ck', 1); // (3 << 8) | 117
 */
export function leetSequenceAt(source: string, index: number): number {
  const second = source.charCodeAt(index + 1);
  if (!(second < 128) || SEQUENCE_PAIR[source.charCodeAt(index) * 128 + second] !== 1) return 0;
  for (const [sequence, letter] of SEQUENCES) if (source.startsWith(sequence, index)) return (sequence.length << 8) | letter.charCodeAt(0);
  return 0;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const pictographs = new Map<number, boolean>();

/**
 * Whether a code point is a pictograph (emoji), remembered per code point: one between two letters
 * hides a word ("fu🙂ck") and is dropped when separators are joined.
 */
export function isPictograph(codePoint: number): boolean {
  let pictograph = pictographs.get(codePoint);
  if (pictograph === undefined) {
    pictograph = codePoint > 127 && PICTOGRAPH.test(String.fromCodePoint(codePoint));
    pictographs.set(codePoint, pictograph);
  }
  return pictograph;
}

/**
 * Where the modifiers of a pictograph that ends at `index` end: skin tones (U+1F3FB-U+1F3FF) and
 * variation selector 16 belong to it ("👍🏽" is one pictograph). `index` when none follows.
 *
 * @example
 * pastModifiers('sh👍🏽it', 4); // 6
 */
export function pastModifiers(source: string, index: number): number {
  let at = index;
  for (;;) {
    const unit = source.charCodeAt(at);
    if (unit === 0xfe0f) at++;
    else if (unit === 0xd83c && source.charCodeAt(at + 1) >= 0xdffb && source.charCodeAt(at + 1) <= 0xdfff) at += 2;
    else return at;
  }
}

/**
 * Whether a UTF-16 code unit is a letter or digit of the source (what an apostrophe must precede to join a word).
 *
 * @example
 * isWordCode('T'.charCodeAt(0)); // true
 */
export function isWordCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(code)));
}

/**
 * Whether a letter or digit stands at `index`, past characters that vanish under `options` (zero-width
 * characters, variation selectors, combining marks): an apostrophe before it joins a word, as it
 * does with nothing between ("you\u200b'\u200bre" is "youre"). Linear: a run of vanishing characters
 * ends at the first that stays.
 *
 * @example
 * wordFollows("'\u200bre", 1); // true
 */
export function wordFollows(source: string, index: number, options: NormalizeOptions = DEFAULT_OPTIONS): boolean {
  for (let at = index; at < source.length; ) {
    const code = source.charCodeAt(at);
    if (code < 128) return isWordCode(code);
    const codePoint = source.codePointAt(at) as number;
    if (foldWith(tablesFor(options), codePoint).length !== 0) return isWordAt(source, at);
    at += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * Whether the character at `index` of `source` is a letter or digit, astral ones too (a
 * mathematical letter: "𝗜'𝗹𝗹" is one word, as "I'll" is).
 *
 * @example
 * isWordAt("𝗜'𝗹𝗹", 3); // true
 */
export function isWordAt(source: string, index: number): boolean {
  const code = source.charCodeAt(index);
  // (Past the end the unit is NaN: no word.)
  if (!(code >= 0xd800 && code <= 0xdbff)) return isWordCode(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(source.codePointAt(index) as number));
}
