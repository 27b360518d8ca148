/**
 * The text as a reader sees it, where that differs from the order and shape of its characters:
 *
 * 1. Inside a right-to-left override (U+202E up to U+202C, U+2069, a line break or the end), Latin
 *    letters are shown in reverse: "\u202Euoy kcuf\u202C" is displayed, and read here, as "fuck you".
 * 2. Text written upside down ("ʞɔnɟ", "ɹǝsol noʎ", "you ɥɔʇᴉq") is turned right side up: a run of
 *    words holding characters that stand for turned letters (ɐ ǝ ɹ ʇ ʎ ...) is read with each
 *    character turned back, in reverse (as flipping generators write), or in place where that spells
 *    more common English words.
 *
 * 3. A line written backwards in plain letters ("uoy llik lliw I", "toidi uoy") is read in reverse: a
 *    text holding "you" written backwards ("uoy", "ruoy", "flesruoy") has each line read in reverse
 *    where that spells more common English words than it does as written.
 *
 * Every character of the result keeps the span of the source it came from, so evidence found in
 * the display form maps back to the body (where a run was reversed, to the span it covers).
 * Normalization then reads the display form; it never reorders anything itself.
 */

import commonEnglish from '../../rules/words/common-english.json';
import glueWords from '../../rules/words/glue-words.json';
import { builtinLexiconEntries } from '../lexicon/builtin.js';

/** A turned character → the character it is turned from (rotated 180°). */
const TURNED: Readonly<Record<string, string>> = {
  ɐ: 'a', q: 'b', ɔ: 'c', p: 'd', ǝ: 'e', ɟ: 'f', ƃ: 'g', ᵷ: 'g', ɥ: 'h', ᴉ: 'i', ı: 'i', ɾ: 'j', ʞ: 'k', l: 'l', ꞁ: 'l',
  ɯ: 'm', u: 'n', o: 'o', d: 'p', b: 'q', ɹ: 'r', s: 's', ʇ: 't', n: 'u', ʌ: 'v', ʍ: 'w', x: 'x', ʎ: 'y', z: 'z',
  '∀': 'A', ꓭ: 'B', ᗺ: 'B', Ɔ: 'C', ᗡ: 'D', Ǝ: 'E', Ⅎ: 'F', '⅁': 'G', H: 'H', I: 'I', ſ: 'J', ꓘ: 'K', '˥': 'L', W: 'M',
  N: 'N', O: 'O', Ԁ: 'P', ᴚ: 'R', ꓤ: 'R', S: 'S', '⊥': 'T', ꓕ: 'T', '∩': 'U', Λ: 'V', M: 'W', X: 'X', '⅄': 'Y', Z: 'Z',
  Ɩ: '1', ᄅ: '2', Ɛ: '3', ㄣ: '4', ϛ: '5', '9': '6', ㄥ: '7', '8': '8', '6': '9', '0': '0',
  '¡': '!', '¿': '?', '˙': '.', "'": ',', ',': "'", '‾': '_', '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{',
  '<': '>', '>': '<', '„': '“', '⅋': '&',
};

/**
 * Characters that stand for turned letters and are not otherwise written in English text: a run
 * of words needs two of them to be read turned, or one where all of it turns (see turnRuns). (Not
 * "¡" and "¿", which are Spanish, nor "ı", "ſ", "Λ", which are letters of other languages.)
 */
const TURNED_ONLY = new Set(Array.from('ɐɔǝɟƃᵷɥᴉɾʞꞁɯɹʇʌʍʎ∀ꓭᗺƆᗡƎℲ⅁ꓘ˥ԀᴚꓤꓕƖᄅㄣㄥ'));

/** Characters that read the same or as another letter turned, and may stand in a turned word. */
const TURNS_PLAINLY = new Set(Array.from("bdlnopqsuxzHINOSXZ089'(),"));

/**
 * A mirrored character → the character it mirrors (flipped left to right), and the letters that
 * read the same mirrored. Mirroring generators write "slut" as "TU⅃Ƨ": each letter mirrored, the
 * word in reverse.
 */
const MIRRORED: Readonly<Record<string, string>> = {
  ɒ: 'a', d: 'b', ɔ: 'c', ↄ: 'c', b: 'd', ɘ: 'e', ꟻ: 'F', ᴎ: 'N', ꟼ: 'P', q: 'p', p: 'q', ᴙ: 'R', ɿ: 'r', Ƨ: 'S', ƨ: 's', Ꙅ: 'S', ꙅ: 's',
  '⅃': 'L', Ↄ: 'C', Ǝ: 'E', ᗡ: 'D', ᗺ: 'B', ƚ: 't', ʜ: 'h',
  ...Object.fromEntries(Array.from('AHIMOTUVWXYilmnouvwx08', (character) => [character, character])),
};

/** Characters that stand for mirrored letters and are not otherwise written in English text (as TURNED_ONLY). */
const MIRRORED_ONLY = new Set(Array.from('ɒɘꟻᴎꟼᴙɿƧƨꙄꙅ⅃Ↄↄƚ'));

/** Characters that read the same or as another letter mirrored, and may stand in a mirrored word. */
const MIRRORS_PLAINLY = new Set(Array.from("AHIMOTUVWXYilmnouvwxbdpqʜ08'"));

/** A way of flipping letters: what each character is flipped back to, and which characters show it. */
interface Flip {
  table: Readonly<Record<string, string>>;
  only: ReadonlySet<string>;
  plainly: ReadonlySet<string>;
}

const TURNING: Flip = { table: TURNED, only: TURNED_ONLY, plainly: TURNS_PLAINLY };
const MIRRORING: Flip = { table: MIRRORED, only: MIRRORED_ONLY, plainly: MIRRORS_PLAINLY };

const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
/** Characters that end an override's reach: pop directional formatting, pop isolate, line breaks. */
const OVERRIDE_ENDS = new Set(['\u202c', '\u2069', '\n', '\r', '\u2029']);
const WHITE_SPACE = /^\s$/u;
const LETTER = /^\p{L}$/u;
/** Per UTF-16 unit: 1 for an override and the turned-only characters (all in the BMP, from U+0180 up). */
const MAY_DIFFER = new Uint8Array(0x10000);
for (const character of [RIGHT_TO_LEFT_OVERRIDE, ...TURNED_ONLY, ...MIRRORED_ONLY]) MAY_DIFFER[character.charCodeAt(0)] = 1;

/** Characters beyond Latin-1, among which every override and turned-only character is. */
const BEYOND_LATIN1 = /[^\0-\xff]/;

/**
 * Whether a text may read otherwise when displayed: a look for any character beyond Latin-1 first
 * (most texts have none), then a loop over its units (a regular expression for the characters
 * themselves cost a quarter more).
 */
function mayDiffer(text: string): boolean {
  if (!BEYOND_LATIN1.test(text)) return false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x180 && MAY_DIFFER[unit] === 1) return true;
  }
  return false;
}

// Common English words, to tell a turned run read in place from one read in reverse.
const WORDS = new Set('i a an you your u ur the to and or is in on at it its my me of for with are was be will no not so we he she they this that what go get all just have do here there now up out'.split(' '));

/** The display form: its text and, per UTF-16 unit, the source span it came from. */
export interface DisplayForm {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** One code point of the text being rebuilt, with its source span. */
interface Piece {
  character: string;
  start: number;
  end: number;
}

/**
 * The text as displayed, or undefined when it reads as it is stored (nearly every text).
 *
 * @example
 * displayForm('\u202Euoy kcuf\u202C')?.text; // 'fuck you'
 * displayForm('ɹǝsol noʎ')?.text; // 'you loser'
 * displayForm('hello'); // undefined
 */
export function displayForm(text: string): DisplayForm | undefined {
  const differs = mayDiffer(text);
  const backwards = mayBeBackwards(text);
  if (!differs && !backwards) return undefined;
  const pieces: Piece[] = [];
  for (let index = 0; index < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(index) as number);
    pieces.push({ character, start: index, end: index + character.length });
    index += character.length;
  }
  const overridden = differs ? applyOverrides(pieces) : pieces;
  // (Turned first, then mirrored: a run of turned letters read back holds no mirrored-only one.)
  const turned = differs && turnRuns(overridden, TURNING);
  const mirrored = differs && turnRuns(overridden, MIRRORING);
  const reversed = backwards && reverseLines(overridden);
  if (overridden === pieces && !turned && !mirrored && !reversed) return undefined;
  return build(overridden);
}

/**
 * "you", "your" and "yourself" written backwards, no words themselves: a text holding one may be
 * written backwards ("uoy llik lliw I", "diputs era uoY").
 */
const BACKWARDS = /\b(?:uoy|ruoy|flesruoy)\b/i;

/**
 * Whether the text may be written backwards: a look for "uo" first (one search for a string costs
 * about 130 ns a comment, the expression on every text about 400; few texts hold "uo"), then the
 * expression.
 */
function mayBeBackwards(text: string): boolean {
  return text.includes('uo') && BACKWARDS.test(text);
}

/**
 * Reverses, in place in `pieces`, each line that spells more common English words read backwards
 * than as written (and one at least); true when one was.
 */
function reverseLines(pieces: Piece[]): boolean {
  let reversed = false;
  for (let from = 0; from < pieces.length; ) {
    let to = from;
    while (to < pieces.length && pieces[to]!.character !== '\n') to++;
    const line = pieces.slice(from, to);
    const backwards = [...line].reverse();
    const read = commonWords(backwards);
    if (read >= 1 && read > commonWords(line)) {
      for (let index = 0; index < backwards.length; index++) pieces[from + index] = backwards[index]!;
      reversed = true;
    }
    from = to + 1;
  }
  return reversed;
}

/** The pieces with every right-to-left override applied (the override marks dropped); the same array when there is none. */
function applyOverrides(pieces: Piece[]): Piece[] {
  if (!pieces.some((piece) => piece.character === RIGHT_TO_LEFT_OVERRIDE)) return pieces;
  const out: Piece[] = [];
  for (let index = 0; index < pieces.length; ) {
    if (pieces[index]!.character !== RIGHT_TO_LEFT_OVERRIDE) {
      out.push(pieces[index++]!);
      continue;
    }
    let end = index + 1;
    while (end < pieces.length && !OVERRIDE_ENDS.has(pieces[end]!.character) && pieces[end]!.character !== RIGHT_TO_LEFT_OVERRIDE) end++;
    for (let at = end - 1; at > index; at--) out.push(pieces[at]!);
    // The pop mark that ends it goes too; a line break stays.
    index = end < pieces.length && (pieces[end]!.character === '\u202c' || pieces[end]!.character === '\u2069') ? end + 1 : end;
  }
  return out;
}

/**
 * Turns every run of turned words right side up (or mirrored words back), in place in `pieces`;
 * true when one was. A run is words holding turned-only characters, with the words between them
 * that turned letters may spell ("noʎ", "sos"); it is read turned when it holds two turned-only
 * characters, or one where it is three characters or more that all have a turned reading ("ʇnls").
 * Mirrored runs alike, by `flip`'s characters ("TU⅃Ƨ").
 */
function turnRuns(pieces: Piece[], flip: Flip): boolean {
  let turned = false;
  let runStart = -1; // the first piece of the run, -1 outside one
  let runEnd = -1; // the end of its last word with a turned-only character
  let marks = 0;
  let allTurn = true;
  const close = (): void => {
    if (runStart >= 0 && (marks >= 2 || (marks === 1 && allTurn && runEnd - runStart >= 3))) {
      turnRun(pieces, runStart, runEnd, flip.table);
      turned = true;
    }
    runStart = -1;
    marks = 0;
    allTurn = true;
  };
  for (let index = 0; index < pieces.length; ) {
    if (WHITE_SPACE.test(pieces[index]!.character)) {
      index++;
      continue;
    }
    let end = index;
    let own = 0;
    let plain = true;
    let turns = true;
    // (Where the word's letters and flipped characters end: a full stop after them is the writer's, "TU⅃Ƨ.".)
    let flippedEnd = index;
    while (end < pieces.length && !WHITE_SPACE.test(pieces[end]!.character)) {
      const character = pieces[end]!.character;
      if (flip.only.has(character)) own++;
      else if (!flip.plainly.has(character)) plain = false;
      if (flip.table[character] === undefined) turns = false;
      if (flip.table[character] !== undefined || LETTER.test(character)) flippedEnd = end + 1;
      end++;
    }
    if (own > 0) {
      if (runStart < 0) runStart = index;
      runEnd = flippedEnd;
      marks += own;
      allTurn &&= turns;
    } else if (!plain) {
      close();
    }
    index = end;
  }
  close();
  return turned;
}

/**
 * Turns pieces [from, to) back: in reverse, as flipping generators write, unless read in place it
 * holds more common English words ("ʎon ɹǝʇɐɹp" is "you retard", not "drater uoy").
 */
function turnRun(pieces: Piece[], from: number, to: number, table: Readonly<Record<string, string>>): void {
  const inPlace = pieces.slice(from, to).map((piece) => ({ ...piece, character: table[piece.character] ?? piece.character }));
  const reversed = [...inPlace].reverse();
  // (Level on those, the reading with more everyday English words, and where neither spells one,
  // the one with more words of the bundled lexicons: "ʞıll" and "ʇʍɐʇ", look-alikes written in order,
  // are "kill" and "twat", not "llik" and "tawt"; a word flipped, "ʞɔnɟ", is reversed, "kcuf" being
  // neither, and "ǝʌᴉl" is "live", not "evil", both everyday words.)
  const [placed, back] = [commonWords(inPlace), commonWords(reversed)];
  const [placedEveryday, backEveryday] = placed === back ? [everydayWords(inPlace), everydayWords(reversed)] : [0, 0];
  const inPlaceWins = placed > back || (placed === back && (placedEveryday > backEveryday || (placedEveryday === 0 && backEveryday === 0 && lexiconWords(inPlace) > lexiconWords(reversed))));
  const chosen = inPlaceWins ? inPlace : reversed;
  // (Written over in place: as many pieces as there were, and no splice whose cost grows with the text.)
  for (let index = 0; index < chosen.length; index++) pieces[from + index] = chosen[index]!;
}

/** How many common English words the pieces spell. */
function commonWords(pieces: readonly Piece[]): number {
  return wordsIn(pieces, WORDS);
}

let everyday: Set<string> | undefined;

/** How many everyday English words the pieces spell (common-english.json, glue-words.json). */
function everydayWords(pieces: readonly Piece[]): number {
  everyday ??= new Set([...commonEnglish.words, ...glueWords.words.split(' ')]);
  return wordsIn(pieces, everyday);
}

let lexiconTerms: Set<string> | undefined;

/** How many one-word terms of the bundled lexicons the pieces spell. */
function lexiconWords(pieces: readonly Piece[]): number {
  lexiconTerms ??= new Set(builtinLexiconEntries().map((entry) => entry.term.toLowerCase()).filter((term) => /^[a-z]+$/.test(term)));
  return wordsIn(pieces, lexiconTerms);
}

function wordsIn(pieces: readonly Piece[], words: ReadonlySet<string>): number {
  const text = pieces.map((piece) => piece.character).join('').toLowerCase();
  let count = 0;
  for (const word of text.split(/[^a-z]+/)) if (words.has(word)) count++;
  return count;
}

function build(pieces: readonly Piece[]): DisplayForm {
  const text = pieces.map((piece) => piece.character).join('');
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let at = 0;
  for (const piece of pieces) {
    for (let unit = 0; unit < piece.character.length; unit++, at++) {
      starts[at] = piece.start;
      ends[at] = piece.end;
    }
  }
  return { text, starts, ends };
}
