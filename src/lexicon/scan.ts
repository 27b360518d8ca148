/**
 * The fused scan: the trie walk of match.ts fed straight from the source text, each character
 * normalized only when the scan or a walk reaches it, so no normalized copy of the text and no
 * offset map are built. Most of a text is never normalized: past a word's first character the scan
 * only looks for where the next word starts.
 *
 * It reads characters exactly as normalize.ts writes them (the same tables, the same apostrophe,
 * invisible-character and repeated-letter rules) and walks exactly as match.ts walks, in source
 * offsets. What it does not do, it declines (returns undefined) and the caller takes the two-pass
 * path: a character that folds to several (ligatures, "ß"), a run of spaced-out single letters (which
 * normalization joins), options other than the defaults, and tries with suffix, substring or very
 * long entries. The property test in test/lexicon/scan.test.ts and `npm run digest` check that both
 * paths give the same matches.
 */
import { isApostrophe, isWordCode as isSourceWordCode } from '../text/characters.js';
import type { Trie } from './compile.js';
import { BUDGET_PER_START, BRANCHES, IS_MASK, isLetterCode, LEET_BY_CODE, MAX_WORD, REACH, type RawMatch } from './match.js';
import { asciiCode, asciiKind, DECLINE, foldAt, isWalkWordCode, PLAIN_LETTER, plainLetterAt, SEPARATOR, SourceReader, SPACE, VANISHED, widthAt, WORD } from './source-reader.js';

/** No character written yet (the start of the text). */
const NONE = -1;

/**
 * Whether the fused scan can stand in for the two-pass path with this trie: default normalization,
 * walks from word starts only, and entries short enough that no walk reaches the step limit (the
 * limit counts normalized characters, which the scan does not number).
 *
 * @example
 * const scannable = canScan(compileTrie({ entries })); // true for the bundled lexicons
 */
export function canScan(trie: Trie): boolean {
  if (trie.innerStarts || Object.keys(trie.normalizeOptions).length > 0) return false;
  // A walk takes at most three normalized characters per trie level (doubled letters read as one
  // stay on a level), so entries up to 46 characters never reach the limit.
  return trie.entries.every((entry) => entry.key.length * 3 + 3 <= MAX_WORD * 3);
}

/** The walk over a source text: the trie, the walk's origin, what it found. */
class SourceScan extends SourceReader {
  trie!: Trie;
  transitions: Int32Array = new Int32Array(0);
  alphabetSize = 0;
  terminalOf: Int32Array = new Int32Array(0);
  asciiSymbols: Int8Array = new Int8Array(0);
  origin = 0;
  /** How far from the origin the walk read plain letters without a break, for the scan to skip. */
  reach = 0;
  matches: RawMatch[] = [];

  reset(trie: Trie, source: string): void {
    this.startReading(source);
    this.trie = trie;
    this.transitions = trie.transitions;
    this.alphabetSize = trie.alphabetSize;
    this.terminalOf = trie.terminalOf;
    this.asciiSymbols = trie.asciiSymbols;
    // A text with no match (most) allocates no list.
    if (this.matches.length > 0) this.matches = [];
  }

  /**
   * The walk of match.ts in source offsets: `position` is where the next normalized character
   * starts, `written` the code of the one before it, `previous` the letter the walk read it as.
   */
  visit(node: number, position: number, written: number, previous: number, plain: boolean, budget: number): number {
    const { transitions, alphabetSize, terminalOf, asciiSymbols } = this;
    const source = this.source;
    const length = source.length;
    const origin = this.origin;
    for (;;) {
      if (budget-- <= 0) return 0;
      const terminal = terminalOf[node] as number;
      if (terminal >= 0 && position > origin) this.report(terminal, position, written, plain);
      if (position >= length) return budget;
      const letter = plainLetterAt(source, position, written, previous);
      if (letter >= 0) {
        if (position === this.reach) this.reach = position + 1;
        const child = transitions[node * alphabetSize + letter] as number;
        if (child === 0) return budget;
        node = child;
        position++;
        written = letter + 97;
        previous = written;
        continue;
      }
      const unit = source.charCodeAt(position);
      // (A space past the end: reading past a string's end is slow, and nothing follows there.)
      const following = position + 1 < length ? source.charCodeAt(position + 1) : SPACE;
      let code: number;
      let next: number;
      if (unit < 128 && asciiKind[unit] !== SEPARATOR && following < 128 && following !== 39 && following !== 96 && !(written === asciiCode[unit] && asciiCode[following] === written)) {
        code = asciiCode[unit] as number;
        next = position + 1;
      } else {
        this.read(position, written);
        code = this.code;
        next = this.next;
      }
      if (code === SPACE) {
        const child = transitions[node * alphabetSize + 36] as number;
        if (child === 0 || next >= length) return budget;
        node = child;
        position = next;
        written = SPACE;
        previous = SPACE;
        continue;
      }
      const symbol = code < 128 ? (asciiSymbols[code] as number) : (this.trie.extraSymbols.get(code) ?? -1);
      const child = symbol >= 0 ? (transitions[node * alphabetSize + symbol] as number) : 0;
      const branchable = code === previous || (code < 128 && BRANCHES[code] === 1);
      if (!branchable) {
        if (child === 0) return budget;
        node = child;
        position = next;
        written = code;
        previous = code;
        continue;
      }
      // The same readings as match.ts: a doubled letter where the writer stretched it (its span
      // covers more than one character), leet and masks, a symbol that ends a word is punctuation.
      const doubled = code === previous && code >= 97 && code <= 122 && next - position > 1;
      const trailing = next >= length || this.separatorAt(next, code);
      const leet = code < 128 && !(trailing && code > 57 && code !== 36) ? LEET_BY_CODE[code] : undefined;
      const mask = code < 128 && IS_MASK[code] === 1;
      if (!doubled && leet === undefined && !mask) {
        if (child === 0) return budget;
        node = child;
        position = next;
        written = code;
        previous = code;
        continue;
      }
      if (child !== 0) budget = this.visit(child, next, code, code, plain, budget);
      if (doubled) budget = this.visit(node, next, code, code, false, budget);
      if (leet !== undefined) {
        for (const letter of leet) {
          const branch = transitions[node * alphabetSize + letter] as number;
          if (branch !== 0) budget = this.visit(branch, next, code, letter + 97, false, budget);
        }
      } else if (mask) {
        for (let letter = 0; letter < 26; letter++) {
          const branch = transitions[node * alphabetSize + letter] as number;
          if (branch !== 0) budget = this.visit(branch, next, code, code, false, budget);
        }
      }
      return budget;
    }
  }

  private report(terminal: number, position: number, written: number, plain: boolean): void {
    const entries = this.trie.entries;
    for (const entryIndex of this.trie.terminalLists[terminal] as number[]) {
      const mode = entries[entryIndex]!.mode;
      const end = mode === 'prefix' ? position : this.wordEnd(position, written);
      if (end >= 0 && this.readsAsWord(this.origin, position)) this.matches.push({ entry: entryIndex, start: this.origin, end, literal: plain });
    }
  }
}

const scan = new SourceScan();
const NO_MATCHES: RawMatch[] = [];

/**
 * Every match of the trie's entries in `source`, in source offsets, or undefined when the text
 * needs the two-pass path (see the module comment). Only for tries that {@link canScan} accepts.
 *
 * @example
 * const raw = scanSource(trie, 'you m0r0n') ?? twoPass();
 */
export function scanSource(trie: Trie, source: string, stats?: { reads: number }): RawMatch[] | undefined {
  scan.reset(trie, source);
  const declined = walkOrDecline(source);
  if (stats !== undefined) stats.reads = scan.reads;
  if (declined) return undefined;
  const matches = scan.matches;
  if (matches.length === 0) return NO_MATCHES;
  scan.matches = [];
  return matches;
}

/** Runs the scan; true when the text needs the two-pass path. */
function walkOrDecline(source: string): boolean {
  try {
    walkSource(source);
    return false;
  } catch (error) {
    if (error === DECLINE) return true;
    throw error;
  }
}

/**
 * The scan over the whole text: finds where words start (and the leading symbols before them) and
 * walks from there, keeping track of single letters in a row as normalization does.
 */
function walkSource(source: string): void {
  const length = source.length;
  // The kinds of the last two normalized characters written (NONE before the first).
  let last = NONE;
  let beforeLast = NONE;
  let singles = 0;
  let tokenStart = true;
  let leadingSymbols = true;
  // Walk starts in a row with no letter among them: a long run of them ("****...") is left to the
  // two-pass path, which skips starts too far from any letter to find a match.
  let letterless = 0;
  for (let index = 0; index < length; ) {
    const unit = source.charCodeAt(index);
    let kind: number;
    let code: number;
    let width = 1;
    if (unit < 128) {
      kind = asciiKind[unit] as number;
      code = asciiCode[unit] as number;
      if (kind === SEPARATOR && (unit === 39 || unit === 96) && last === WORD && isSourceWordCode(source.charCodeAt(index + 1))) {
        index++;
        continue;
      }
    } else {
      width = widthAt(source, index);
      if (isApostrophe(source.codePointAt(index) as number) && last === WORD && isSourceWordCode(source.charCodeAt(index + width))) {
        index += width;
        continue;
      }
      const packed = foldAt(source, index);
      if (packed === VANISHED) {
        index += width;
        continue;
      }
      kind = packed >>> 16;
      code = packed & 0xffff;
    }
    if (kind === SEPARATOR) {
      if (last !== NONE && last !== SEPARATOR) {
        singles = countSingles(last, beforeLast, SEPARATOR, singles);
        if (singles >= 3) return declineJoin();
        beforeLast = last;
        last = SEPARATOR;
      }
      tokenStart = true;
      leadingSymbols = true;
      index += width;
      continue;
    }
    singles = countSingles(last, beforeLast, kind, singles);
    if (singles >= 3) return declineJoin();
    if (isLetterCode(code)) letterless = 0;
    else if ((tokenStart || leadingSymbols) && ++letterless > REACH) throw DECLINE;
    const reach = tokenStart || leadingSymbols ? walkFrom(source, index, unit) : -1;
    tokenStart = false;
    if (isWalkWordCode(code)) leadingSymbols = false;
    beforeLast = last;
    last = kind;
    index += width;
    // The rest of a word: plain ASCII letters and digits start no walk and settle nothing but that
    // no single letter stands here. The letters the walk already read need no second look.
    if (kind === WORD && !leadingSymbols) {
      if (reach > index) {
        index = reach;
        singles = 0;
        beforeLast = WORD;
      }
      const from = index;
      while (index < length) {
        const next = source.charCodeAt(index);
        if (next >= 128 || asciiKind[next] !== WORD) break;
        index++;
      }
      if (index > from) {
        singles = 0;
        beforeLast = WORD;
      }
    }
  }
  if (last !== NONE && countSingles(last, beforeLast, SEPARATOR, singles) >= 3) declineJoin();
}

/**
 * Walks from a word start at `index` (its first code unit `unit`) and returns how far the walk read
 * plain letters without a break. The first plain steps are taken here, where most walks end (so most
 * words cost no call); the walk proper goes on from where they stop. The test is plainLetterAt's,
 * each character read once (here the letter read is the letter written, so a doubled letter also
 * covers the repeated-letter case).
 */
function walkFrom(source: string, index: number, unit: number): number {
  const { transitions, alphabetSize, terminalOf } = scan;
  const length = source.length;
  let node = 0;
  let position = index;
  let written = SPACE;
  let current = unit;
  for (;;) {
    if ((terminalOf[node] as number) >= 0 && position > index) break;
    const letter = current < 128 ? (PLAIN_LETTER[current] as number) : -1;
    if (letter < 0 || letter + 97 === written) {
      // A word read to its end (the next character is a separator, never an apostrophe here): the
      // walk goes on only into a phrase.
      if (current < 128 && asciiKind[current] === SEPARATOR && transitions[node * alphabetSize + 36] === 0) return position;
      break;
    }
    const following = position + 1 < length ? source.charCodeAt(position + 1) : SPACE;
    if (following >= 128 || following === 39 || following === 96) break;
    node = transitions[node * alphabetSize + letter] as number;
    position++;
    written = letter + 97;
    current = following;
    if (node === 0) return position;
  }
  scan.origin = index;
  scan.reach = position;
  scan.visit(node, position, written, written, true, BUDGET_PER_START - (position - index));
  return scan.reach;
}

/** Spaced-out single letters: normalization joins them, which only the two-pass path does. */
function declineJoin(): never {
  throw DECLINE;
}

/** normalize.ts's count of single word characters in a row, on the kinds of the last two characters. */
function countSingles(last: number, beforeLast: number, kind: number, singles: number): number {
  if (last !== WORD) return singles;
  if (kind === WORD || beforeLast === WORD) return 0;
  return beforeLast === SEPARATOR && singles > 0 ? singles + 1 : 1;
}
