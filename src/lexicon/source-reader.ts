/**
 * Reading a source text one normalized character at a time, exactly as normalize.ts writes it (the
 * same tables, the same apostrophe, invisible-character and repeated-letter rules), for the fused
 * scan (scan.ts), which normalizes only the characters its walks reach. Also the word-end and
 * letter checks of match.ts, in source offsets.
 */
import { CHARACTER_KIND, defaultCharacterTables, isApostrophe, isWordCode as isSourceWordCode } from '../text/characters.js';

export const SPACE = 32;
export const SEPARATOR: number = CHARACTER_KIND.separator;
export const WORD: number = CHARACTER_KIND.word;
/** Thrown when the text needs the two-pass path (a character that folds to several). */
export const DECLINE = Symbol('decline');

const tables = defaultCharacterTables();
/** Per ASCII unit: its normalized code and its kind (normalize.ts's tables for the default options). */
export const { asciiCode, asciiKind } = tables;
const fold = tables.fold;

/** Per ASCII unit: the letter (0-25) it normalizes to, or -1 for anything else (digits, symbols, separators). */
export const PLAIN_LETTER = new Int8Array(128).fill(-1);
for (let unit = 0; unit < 128; unit++) {
  const code = asciiCode[unit] as number;
  if (asciiKind[unit] === WORD && code >= 97 && code <= 122) PLAIN_LETTER[unit] = code - 97;
}

/**
 * The letter (0-25) at `position` when reading it is one plain step: an ASCII letter that is not a
 * doubled letter (which may branch), followed by a plain ASCII character that does not fold into
 * it. -1 otherwise, and the walk takes the general step. Most steps are plain.
 */
export function plainLetterAt(source: string, position: number, written: number, previous: number): number {
  const unit = source.charCodeAt(position);
  const letter = unit < 128 ? (PLAIN_LETTER[unit] as number) : -1;
  if (letter < 0 || letter + 97 === previous) return -1;
  // (A space past the end: reading past a string's end is slow, and nothing follows there.)
  const following = position + 1 < source.length ? source.charCodeAt(position + 1) : SPACE;
  if (following >= 128 || following === 39 || following === 96 || (written === letter + 97 && PLAIN_LETTER[following] === letter)) return -1;
  return letter;
}

/** A normalized character's code as the walk reads it: letters, digits and anything above ASCII are word characters. */
export function isWalkWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

// Symbol runs longer than this get a table of where each run ends, built once per text.
const LONG_SYMBOL_RUN = 32;
let boundaryTable = new Int32Array(1024);
let readStarts = new Int32Array(1024);

/** A source text and what the last read found. */
export class SourceReader {
  source = '';
  /** Characters read through `read` for this text (the work the linear-time test counts). */
  reads = 0;
  /** The last run of symbols checked: positions [runFrom, runTo) end a word when `runEndsWord`. */
  runFrom = -1;
  runTo = -1;
  runEndsWord = false;
  /** Whether `boundaryTable` holds this text's runs. */
  tableBuilt = false;
  // What the last read found: the normalized character's code and kind, and where the next one starts.
  code = 0;
  kind = 0;
  next = 0;

  /** Starts reading a new text. */
  protected startReading(source: string): void {
    this.source = source;
    this.runFrom = -1;
    this.runTo = -1;
    this.tableBuilt = false;
    this.reads = 0;
  }

  /**
   * Reads the normalized character that starts at `position` (never a vanishing or joined
   * character: reads and the scan skip those), setting `code`, `kind` and `next`. `written` is the
   * code of the normalized character before it, for the repeated-letter rule. A separator run reads
   * as one space.
   */
  read(position: number, written: number): void {
    this.reads++;
    const source = this.source;
    const length = source.length;
    let code: number;
    let kind: number;
    let index = position;
    const unit = source.charCodeAt(index);
    if (unit < 128) {
      code = asciiCode[unit] as number;
      kind = asciiKind[unit] as number;
      index++;
    } else {
      const packed = foldAt(source, index);
      code = packed & 0xffff;
      kind = packed >>> 16;
      index += widthAt(source, index);
    }
    if (kind === SEPARATOR) {
      // Separators, apostrophes (after a separator they never join a word) and vanishing characters.
      while (index < length) {
        const following = source.charCodeAt(index);
        if (following < 128) {
          if (asciiKind[following] !== SEPARATOR) break;
          index++;
          continue;
        }
        const packed = foldAt(source, index);
        if (packed !== VANISHED && packed >>> 16 !== SEPARATOR) break;
        index += widthAt(source, index);
      }
      this.code = SPACE;
      this.kind = SEPARATOR;
      this.next = index;
      return;
    }
    // What normalization folds into this character: apostrophes inside a word, vanishing
    // characters, and a letter repeated past two.
    while (index < length) {
      const following = source.charCodeAt(index);
      if (following < 128) {
        if ((following === 39 || following === 96) && kind === WORD && isSourceWordCode(source.charCodeAt(index + 1))) {
          index++;
          continue;
        }
        if (written === code && code >= 97 && code <= 122 && asciiCode[following] === code && asciiKind[following] === WORD) {
          index++;
          continue;
        }
        break;
      }
      const width = widthAt(source, index);
      if (isApostrophe(source.codePointAt(index) as number) && kind === WORD && isSourceWordCode(source.charCodeAt(index + width))) {
        index += width;
        continue;
      }
      const packed = foldAt(source, index);
      if (packed === VANISHED || (written === code && code >= 97 && code <= 122 && packed === ((WORD << 16) | code))) {
        index += width;
        continue;
      }
      break;
    }
    this.code = code;
    this.kind = kind;
    this.next = index;
  }

  /**
   * Whether a word may end at `position`: at a space, at the end, or before trailing symbols only.
   * Each answer costs O(1) amortized, as in match.ts: the last run of symbols scanned is remembered,
   * and a run longer than {@link LONG_SYMBOL_RUN} characters has the whole text's runs put in a table
   * (a scan per check made "*" repeated 20,000 times take minutes).
   */
  wordEndsAt(position: number, written: number): boolean {
    const length = this.source.length;
    if (position >= length) return true;
    if (position >= this.runFrom && position < this.runTo) return this.runEndsWord;
    if (this.tableBuilt) {
      const entry = boundaryTable[position] as number;
      if (entry >= 0) return this.remember(position, entry >> 1, (entry & 1) === 1);
    }
    let at = position;
    let before = written;
    for (let symbols = 0; ; symbols++) {
      if (at >= length) return symbols === 0 || this.remember(position, length, true);
      this.read(at, before);
      if (this.kind === SEPARATOR) return symbols === 0 || this.remember(position, at, true);
      if (isWalkWordCode(this.code)) return symbols > 0 && this.remember(position, at, false);
      if (symbols === LONG_SYMBOL_RUN && !this.tableBuilt) {
        this.buildBoundaryTable();
        return this.wordEndsAt(position, written);
      }
      before = this.code;
      at = this.next;
    }
  }

  /** Remembers that the symbols from `position` up to `boundary` end a word exactly when `endsWord`. */
  private remember(position: number, boundary: number, endsWord: boolean): boolean {
    this.runFrom = position;
    this.runTo = boundary;
    this.runEndsWord = endsWord;
    return endsWord;
  }

  /**
   * boundaryTable[p], for each position p where a symbol's normalized character starts: the start of
   * the first space or word character after its run, times two, plus one when that is a space or the
   * end. -1 elsewhere.
   */
  private buildBoundaryTable(): void {
    const source = this.source;
    const length = source.length;
    if (boundaryTable.length < length + 1) boundaryTable = new Int32Array(length * 2 + 1);
    if (readStarts.length < length + 1) readStarts = new Int32Array(length * 2 + 1);
    boundaryTable.fill(-1, 0, length + 1);
    // The characters as the walk reads them: where each starts, and whether it is a symbol.
    let count = 0;
    let before = SPACE;
    for (let at = 0; at < length; ) {
      this.read(at, before);
      const symbol = this.kind !== SEPARATOR && !isWalkWordCode(this.code);
      readStarts[count++] = symbol ? at : -(at + 1);
      before = this.kind === SEPARATOR ? SPACE : this.code;
      at = this.next;
    }
    let boundary = length * 2 + 1;
    for (let index = count - 1; index >= 0; index--) {
      const start = readStarts[index] as number;
      if (start >= 0) {
        boundaryTable[start] = boundary;
      } else {
        const at = -start - 1;
        this.read(at, SPACE);
        boundary = at * 2 + (this.kind === SEPARATOR ? 1 : 0);
      }
    }
    this.tableBuilt = true;
  }

  /** Where a word match ends, allowing a plural `s` / `es`; -1 when none. */
  wordEnd(position: number, written: number): number {
    if (this.wordEndsAt(position, written)) return position;
    this.read(position, written);
    const first = this.code;
    const afterFirst = this.next;
    if (first === 115) return this.wordEndsAt(afterFirst, first) ? afterFirst : -1;
    if (first !== 101 || afterFirst >= this.source.length) return -1;
    this.read(afterFirst, first);
    if (this.code !== 115) return -1;
    const afterSecond = this.next;
    return this.wordEndsAt(afterSecond, 115) ? afterSecond : -1;
  }

  /** Whether the span holds a letter, where it holds leet or masks ("455" is a number, not "ass"). */
  readsAsWord(start: number, end: number): boolean {
    let letters = 0;
    let disguised = 0;
    let written = SPACE;
    for (let at = start; at < end; ) {
      this.read(at, written);
      const code = this.code;
      if ((code >= 97 && code <= 122) || code > 127) letters++;
      else if (code !== SPACE) disguised++;
      written = code;
      at = this.next;
    }
    return disguised === 0 || letters > 0;
  }

  /** Whether the normalized character at `position` is a space (overwrites the read state). */
  protected separatorAt(position: number, written: number): boolean {
    this.read(position, written);
    return this.kind === SEPARATOR;
  }
}

/** What a non-ASCII character folds to, packed as `kind << 16 | code`, or VANISHED. */
export const VANISHED = -1;

/**
 * What the non-ASCII character at `index` folds to: one packed unit, VANISHED, or a separator for an
 * emoji kept as it is; a character that folds to several declines the text.
 *
 * @example
 * foldAt('é', 0) & 0xffff; // 101 ('e')
 */
export function foldAt(source: string, index: number): number {
  const units = fold(source.codePointAt(index) as number);
  if (units.length === 1) return units[0] as number;
  if (units.length === 0) return VANISHED;
  // An astral character kept as it is (an emoji): two units of one kind; as separators they read as one.
  if (units.every((unit) => unit >>> 16 === SEPARATOR)) return (SEPARATOR << 16) | SPACE;
  throw DECLINE;
}

/**
 * Code units of the character at `index`: 2 for a surrogate pair, else 1.
 *
 * @example
 * widthAt('😀', 0); // 2
 */
export function widthAt(source: string, index: number): number {
  const unit = source.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && index + 1 < source.length && (source.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
