/**
 * The fused scan: the trie walk of match.ts fed straight from the source text, each character
 * normalized only when the scan or a walk reaches it, so no normalized copy of the text and no
 * offset map are built. Most of a text is never normalized: past a word's first character the scan
 * only looks for where the next word starts.
 *
 * It reads characters exactly as normalize.ts writes them (the same tables, the same apostrophe,
 * invisible-character and repeated-letter rules) and walks exactly as match.ts walks, in source
 * offsets. What it does not do, it declines (returns undefined) and the caller takes the two-pass
 * path: a character that folds to several (ligatures, "ß"), a run of single letters split by
 * separators or symbols (which normalization may join: "f u c k", "f*u*c*k", "f!u!c!k"), a
 * pictograph between word characters (which it may drop: "fu🙂ck"), options other than the defaults, and tries with suffix,
 * substring or very long entries. The property test in test/lexicon/scan.test.ts and `npm run digest` check that both
 * paths give the same matches.
 *
 * Plain text goes faster still: the lane (laneScan, its automaton in lane.ts) passes ASCII letters
 * and plain separators two table look-ups each and walks only from the words a term may start at
 * and end at (about one word in forty on the bench corpus); it hands every other character to the
 * full scan (walkSource) for the words around it, and takes over again at the next word start.
 *
 * One file, above the size the style asks for: with the character reader split out as a base class
 * the scan ran at 87 MB/s instead of 98 in most processes (measured, bundled and under tsx).
 */
import { CHARACTER_KIND, defaultCharacterTables, isApostrophe, isPictograph, isWordCode as isSourceWordCode, leetSequenceAt, pastModifiers, SEQUENCE_START, wordFollows } from '../text/characters.js';
import { breakSplits, breaksRun, isAsciiDigit, isAsciiLetter, isBreakUnit, camelHashtagEnd, dashMaskAt, emphasisEnd, hyphenatedBreakEnd, inlineTagsEnd, innerEmphasisClose, letterReferenceAt, stretchedSpan, writtenSmall } from '../text/source-looks.js';
import { PLURAL_ES, PLURAL_S, PLURAL_SS, PLURAL_Z, SPACE_SYMBOL, type Trie } from './compile.js';
import { BOUNDARY, CLASS_COUNT, DASH_COLUMN, DASH_TRAP, LANE_COLUMN, LANE_COLUMNS, laneAutomaton, REPORTS, SINGLES, SPECIAL, SPECIAL_COLUMN, SPECIAL_TRAP, START_ROW, type LaneAutomaton } from './lane.js';
import { CAPITAL_I_LETTER, capitalIBesideSmall, IS_SWAP, isSwapCode, PAIR_LETTER, PAIR_SECOND, readingContinues, swapIsPlain, swapLetters } from './drawn-alike.js';
import { BRANCHES, BUDGET_PER_START, leetAboveAscii, DOUBLE_READS_AS_ONE, doubledLetterReads, isLetterCode, isMaskAt, isWordCode, LEET_SYMBOL, leetAt, isStandIn, LONG_SYMBOL_RUN, matchEnd, MAX_WORD, pruneInnerPrefixes, rawMatch, REACH, disguised, SPELLED_OUT, splitOverMask, readsAsWord, readsAsWritten, runAfterLetter, spanBits, weaker, type RawMatch, type Reading } from './readings.js';

const SPACE = 32;
/** `*`, what a dash hiding a letter is read as. */
const MASK = 42;
const SEPARATOR: number = CHARACTER_KIND.separator;
const WORD: number = CHARACTER_KIND.word;
const SYMBOL: number = CHARACTER_KIND.symbol;
/** No character written yet (the start of the text). */
const NONE = -1;

/** Thrown inside a walk when the text needs the two-pass path. */
const DECLINE = Symbol('decline');

const { asciiCode, asciiKind, fold } = defaultCharacterTables();

/** Per ASCII unit: the letter (0-25) it normalizes to, or -1 for anything else (digits, symbols, separators). */
const PLAIN_LETTER = new Int8Array(128).fill(-1);
/**
 * Per ASCII unit: for a letter that may read as another ("l" as i, "v" as u or "vv" as w, a capital
 * I as l), one bit naming the letters it may stand for; 0 for any other unit. A node's entry in
 * {@link otherReadingsOf} has the bit where the trie continues with one of those letters: elsewhere
 * the letter is a plain step, decided by one look-up.
 */
const READS_OTHERWISE = new Uint8Array(128);
/** Per ASCII unit: its trie symbol (a letter's 0-25, SPACE_SYMBOL) where it reads only as itself (a letter, a separator as the space), else -1. */
const FOLLOWING_SYMBOL = new Int8Array(128).fill(-1);
/** The letters (0-25) behind each bit of READS_OTHERWISE. */
const OTHER_LETTERS: number[][] = [];
for (let unit = 0; unit < 128; unit++) {
  const code = asciiCode[unit] as number;
  if (asciiKind[unit] === SEPARATOR && unit !== 39 && unit !== 96) FOLLOWING_SYMBOL[unit] = SPACE_SYMBOL;
  if (asciiKind[unit] !== WORD || code < 97 || code > 122) continue;
  const otherwise = unit === 73 || isSwapCode(code);
  // A leet letter branches: it takes the general step. So does a letter written for others where
  // its other reading leads anywhere (the steps look at READS_OTHERWISE only where PLAIN_LETTER has -1).
  if (BRANCHES[code] === 0 && !otherwise) PLAIN_LETTER[unit] = code - 97;
  if (otherwise) {
    const letters = unit === 73 ? [CAPITAL_I_LETTER] : swapLetters(code);
    let bit = OTHER_LETTERS.findIndex((known) => known.join() === letters.join());
    if (bit < 0) bit = OTHER_LETTERS.push(letters) - 1;
    READS_OTHERWISE[unit] = 1 << bit;
  } else if (BRANCHES[code] === 0) {
    FOLLOWING_SYMBOL[unit] = code - 97;
  }
}

const otherReadingsCache = new WeakMap<Trie, Uint8Array>();

/** Per trie node: the READS_OTHERWISE bits of the letters the trie continues with there. */
function otherReadingsOf(trie: Trie): Uint8Array {
  let table = otherReadingsCache.get(trie);
  if (table !== undefined) return table;
  const { transitions, alphabetSize } = trie;
  const nodes = transitions.length / alphabetSize;
  table = new Uint8Array(nodes);
  for (let node = 0; node < nodes; node++) {
    for (let bit = 0; bit < OTHER_LETTERS.length; bit++) {
      if ((OTHER_LETTERS[bit] as number[]).some((letter) => transitions[node * alphabetSize + letter] !== 0)) table[node] = (table[node] as number) | (1 << bit);
    }
  }
  otherReadingsCache.set(trie, table);
  return table;
}

const wordsOnlyCache = new WeakMap<Trie, Uint8Array>();

/** Per terminal list of the trie, 1 where every entry is a word (no prefix): none ends before a letter but a plural's. */
function wordsOnlyOf(trie: Trie): Uint8Array {
  let table = wordsOnlyCache.get(trie);
  if (table === undefined) {
    table = Uint8Array.from(trie.terminalLists, (list) => (list.every((entry) => trie.entries[entry]!.mode === 'word') ? 1 : 0));
    wordsOnlyCache.set(trie, table);
  }
  return table;
}

/**
 * The letter (0-25) at `position` when reading it is one plain step: an ASCII letter that is not a
 * doubled letter (which may branch), followed by a plain ASCII character that does not fold into
 * it, and that reads as no other letter at trie node `node`. -1 otherwise, and the walk takes the
 * general step. Most steps are plain.
 */
function plainLetterAt(source: string, position: number, written: number, previous: number, node: number): number {
  const unit = source.charCodeAt(position);
  let letter = unit < 128 ? (PLAIN_LETTER[unit] as number) : -1;
  if (letter < 0) {
    if (unit >= 128 || READS_OTHERWISE[unit] === 0) return -1;
    if (((READS_OTHERWISE[unit] as number) & (scan.otherReadings[node] as number)) !== 0 && scan.readsOtherwise(node, position, position + 1, unit, asciiCode[unit] as number)) return -1;
    letter = (asciiCode[unit] as number) - 97;
  }
  if (letter + 97 === previous) return -1;
  // (A space past the end: reading past a string's end is slow, and nothing follows there.)
  const following = position + 1 < source.length ? source.charCodeAt(position + 1) : SPACE;
  if (following >= 128 || following === 39 || following === 96 || (written === letter + 97 && asciiCode[following] === written && asciiKind[following] === WORD)) return -1;
  return letter;
}

/**
 * The trie symbol a walk reads at `position`, after a mask written `mask`, in one plain step whatever
 * the trie node: a letter that reads as no other (not "l", "v", a capital I...) or a space; else -1.
 * A mask branches into every letter the trie goes on with, and most of those branches end here.
 */
function stepAfterMask(source: string, position: number, mask: number): number {
  if (position >= source.length) return -1;
  const unit = source.charCodeAt(position);
  if (unit === SPACE) return SPACE_SYMBOL;
  const letter = unit < 128 ? (PLAIN_LETTER[unit] as number) : -1;
  if (letter < 0 || letter + 97 === mask) return -1;
  const following = position + 1 < source.length ? source.charCodeAt(position + 1) : SPACE;
  return following >= 128 || following === 39 || following === 96 ? -1 : letter;
}

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
  // stay on a level), so paths up to 46 characters never reach the limit.
  return trie.longestPath * 3 + 3 <= MAX_WORD * 3;
}

// Symbol runs longer than LONG_SYMBOL_RUN get a table of where each run ends, built once per text.
let boundaryTable = new Int32Array(1024);
let readStarts = new Int32Array(1024);

/** The source, read one normalized character at a time. */
class SourceScan {
  source = '';
  trie!: Trie;
  // (A 16-bit table first: the common kind, so the walks see one kind unless a trie outgrows it.)
  transitions: Uint16Array | Int32Array = new Uint16Array(0);
  alphabetSize = 0;
  terminalOf: Int32Array = new Int32Array(0);
  asciiSymbols: Int8Array = new Int8Array(0);
  otherReadings: Uint8Array = new Uint8Array(0);
  /** Per terminal list, 1 where every entry is a word (see wordsOnlyOf). */
  wordsOnly: Uint8Array = new Uint8Array(0);
  origin = 0;
  /** How far from the origin the walk read plain letters without a break, for the scan to skip. */
  reach = 0;
  /** Characters read through `read` for this text (the work the linear-time test counts). */
  reads = 0;
  matches: RawMatch[] = [];
  /** The last run of symbols checked: positions [runFrom, runTo) end a word when `runEndsWord`. */
  runFrom = -1;
  runTo = -1;
  runEndsWord = false;
  /** Whether `boundaryTable` holds this text's runs. */
  tableBuilt = false;
  /** The steps of the walk so far that read a letter as another (see readsAsWritten). */
  letterReads = 0;
  // What the last read found: the normalized character's code and kind, and where the next one starts.
  code = 0;
  kind = 0;
  next = 0;

  lane!: LaneAutomaton;

  reset(trie: Trie, source: string): void {
    if (trie !== this.trie) {
      this.otherReadings = otherReadingsOf(trie);
      this.wordsOnly = wordsOnlyOf(trie);
      this.lane = laneAutomaton(trie);
    }
    this.trie = trie;
    this.source = source;
    this.transitions = trie.transitions;
    this.alphabetSize = trie.alphabetSize;
    this.terminalOf = trie.terminalOf;
    this.asciiSymbols = trie.asciiSymbols;
    // A text with no match (most) allocates no list.
    if (this.matches.length > 0) this.matches = [];
    this.runFrom = -1;
    this.runTo = -1;
    this.tableBuilt = false;
    // (A scan that declined mid-walk, by a throw, left its count: each text starts from none.)
    this.letterReads = 0;
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
        if ((following === 39 || following === 96) && kind === WORD && wordFollows(source, index + 1)) {
          index++;
          continue;
        }
        if (written === code && code >= 97 && code <= 122 && asciiCode[following] === code && asciiKind[following] === WORD && !breaksRun(source, index, following)) {
          index++;
          continue;
        }
        break;
      }
      const width = widthAt(source, index);
      if (isApostrophe(source.codePointAt(index) as number) && kind === WORD && wordFollows(source, index + width)) {
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
      if (isWordCode(this.code)) return symbols > 0 && this.remember(position, at, false);
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
      const symbol = this.kind !== SEPARATOR && !isWordCode(this.code);
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

  /** Where a word match ends, allowing the plural endings of the term (`s`, `ss`, `z`, `es`); -1 when none. */
  wordEnd(position: number, written: number, endings: number, reading: Reading): number {
    if (this.wordEndsAt(position, written)) return position;
    this.read(position, written);
    const first = this.code;
    const afterFirst = this.next;
    if (first === 115) {
      if ((endings & PLURAL_S) === 0) return -1;
      if (this.wordEndsAt(afterFirst, first)) return afterFirst;
      // (The plural s may be written twice, "dickss", "coonss", after a term read with no weak step
      // ("gl*ss" is no "git"), and not after an e: "-ess" and "-less" are English endings, "duchess".)
      if ((endings & PLURAL_SS) === 0 || reading > 1 || written === 101 || afterFirst >= this.source.length) return -1;
      this.read(afterFirst, first);
      if (this.code !== 115) return -1;
      const afterSecond = this.next;
      return this.wordEndsAt(afterSecond, 115) ? afterSecond : -1;
    }
    // (A plural written with z, "idiotz", "clownz": see PLURAL_Z.)
    if (first === 122) return (endings & PLURAL_Z) !== 0 && reading <= 1 && this.wordEndsAt(afterFirst, first) ? afterFirst : -1;
    if (first !== 101 || (endings & PLURAL_ES) === 0 || afterFirst >= this.source.length) return -1;
    this.read(afterFirst, first);
    if (this.code !== 115) return -1;
    const afterSecond = this.next;
    return this.wordEndsAt(afterSecond, 115) ? afterSecond : -1;
  }

  /** Whether the span, read through leet or masks, still reads as a word (readings.ts readsAsWord); asked of disguised readings only. */
  readsAsWord(start: number, end: number): boolean {
    let bits = 0;
    let written = SPACE;
    for (let at = start; at < end; ) {
      this.read(at, written);
      bits |= spanBits(this.code);
      written = this.code;
      at = this.next;
    }
    return readsAsWord(bits);
  }

  /**
   * The walk of match.ts in source offsets: `position` is where the next normalized character
   * starts, `written` the code of the one before it, `previous` the letter the walk read it as.
   */
  visit(node: number, position: number, written: number, previous: number, reading: Reading, budget: number): number {
    const { transitions, alphabetSize, terminalOf, asciiSymbols } = this;
    const source = this.source;
    const length = source.length;
    const origin = this.origin;
    const writtenOnlyFrom = this.trie.writtenOnlyFrom;
    for (;;) {
      // Below here only spellings matched as written end: a disguised reading finds nothing.
      if (node >= writtenOnlyFrom && !readsAsWritten(reading, this.letterReads)) return budget;
      if (budget-- <= 0) return 0;
      const terminal = terminalOf[node] as number;
      if (terminal >= 0 && position > origin) this.report(terminal, position, written, reading);
      if (position >= length) return budget;
      const letter = plainLetterAt(source, position, written, previous, node);
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
        // Dashes hiding the rest of a word ("f--k"): as many masks (as in match.ts).
        const dashes = unit === 45 || unit === 46 || unit === 95 ? dashMaskAt(source, position) : 0;
        if (dashes > 0 && next - position === dashes) budget = this.visitMasks(node, dashes, next, reading, budget);
        // One dash, dot or underscore splitting a word ("ret-ard"): the word read whole too.
        if (next === position + 1 && position > origin && breakSplits(source, position)) budget = this.visit(node, next, SPACE, previous, dashes > 0 ? splitOverMask(reading) : disguised(reading), budget);
        const child = transitions[node * alphabetSize + SPACE_SYMBOL] as number;
        if (child === 0 || next >= length) return budget;
        node = child;
        position = next;
        written = SPACE;
        previous = SPACE;
        continue;
      }
      const symbol = code < 128 ? (asciiSymbols[code] as number) : (this.trie.extraSymbols.get(code) ?? -1);
      const child = symbol >= 0 ? (transitions[node * alphabetSize + symbol] as number) : 0;
      let doubled = false;
      let stretched = false;
      let leet: number[] | undefined;
      let mask = false;
      let pair = -1;
      let pairEnd = next;
      // (As in match.ts: a letter that may read as another branches only where that reading leads anywhere.)
      const swap = code < 128 && IS_SWAP[code] === 1;
      const otherwise = (unit === 73 || swap) && this.readsOtherwise(node, position, next, unit, code);
      const capitalI = otherwise && unit === 73;
      const above = code >= 128 ? leetAboveAscii(code) : undefined;
      if (code === previous || capitalI || (code < 128 && BRANCHES[code] === 1 && (!swap || otherwise)) || above !== undefined) {
        // The same readings as match.ts: a doubled letter where the writer stretched it (its span
        // holds the letter again) or one of DOUBLE_READS_AS_ONE, leet and masks, a symbol in the run that
        // ends a word is punctuation (but `$`, `*` and a symbol right before them).
        stretched = code === previous && code >= 97 && code <= 122 && next - position > 1 && stretchedSpan(source, position, next, code);
        doubled = stretched || (code === previous && code >= 97 && code <= 122 && (DOUBLE_READS_AS_ONE[code] === 1 || this.trie.doublesReadAsOne[node] === 1));
        const punctuation = code < 128 && !isStandIn(code) && !isWordCode(code) && this.wordEndsAt(position, written) && !this.standInAt(next, code);
        leet = code < 128 ? (punctuation ? undefined : leetAt(code, position === origin)) : above;
        mask = code < 128 && !punctuation && (isMaskAt(code, position === origin) || (leet !== undefined && LEET_SYMBOL[code] === 1 && position !== origin && next < length && this.letterOrMaskAt(next, code)));
        // Two letters drawn like one ("vvhore").
        if (code < 128 && (PAIR_SECOND[code] as number) >= 0 && next < length) {
          this.read(next, code);
          if (this.code === PAIR_SECOND[code]) {
            pair = PAIR_LETTER[code] as number;
            pairEnd = this.next;
          }
        }
      }
      if (!doubled && leet === undefined && !mask && pair < 0 && !capitalI) {
        if (child === 0) return budget;
        node = child;
        position = next;
        written = code;
        previous = code;
        continue;
      }
      if (child !== 0) budget = this.visit(child, next, code, code, reading, budget);
      if (doubled) budget = this.readLetter(doubledLetterReads(stretched, code, written), node, next, code, code, disguised(reading), budget);
      // A leet symbol written again stretches the letter it was read as ("sh!!!t", "a$$$hole"), as a
      // letter written again does: the walk reads it both ways.
      if (leet !== undefined && code === written && LEET_SYMBOL[code] === 1 && runAfterLetter(source, position, origin, isSourceLetter)) budget = this.readLetter(0, node, next, code, previous, disguised(reading), budget);
      if (leet !== undefined) {
        for (let index = 0; index < leet.length; index++) {
          const letter = leet[index] as number;
          const branch = transitions[node * alphabetSize + letter] as number;
          if (branch !== 0) budget = this.readLetter(code >= 97 && code <= 122 ? 1 : 0, branch, next, code, swap ? code : letter + 97, index === 0 ? disguised(reading) : weaker(reading), budget);
        }
      }
      // A mask stands for any letter; a leet symbol also for the letters it does not read as ("f$ck").
      if (mask) {
        const { maskChildStarts, maskChildren } = this.trie;
        const masked = weaker(reading);
        // What the walk reads after the mask, where that is one plain step (see stepAfterMask): a
        // child that ends no term and does not go on with it is a dead end.
        const after = stepAfterMask(source, next, code);
        const asWritten = readsAsWritten(masked, this.letterReads);
        for (let at = maskChildStarts[node] as number, last = maskChildStarts[node + 1] as number; at < last; at++) {
          const packed = maskChildren[at] as number;
          if (leet !== undefined && leet.includes(packed & 31)) continue;
          const child = packed >>> 5;
          if (after >= 0 && (terminalOf[child] as number) < 0 && transitions[child * alphabetSize + after] === 0 && next !== this.reach) {
            // What the visit would have done there: leave the budget (a node only spellings as written
            // reach, under a disguise) or take one step of it.
            if (child < writtenOnlyFrom || asWritten) budget = budget <= 0 ? 0 : budget - 1;
            continue;
          }
          budget = this.visit(child, next, code, code, masked, budget);
        }
      }
      if (pair >= 0) {
        const branch = transitions[node * alphabetSize + pair] as number;
        if (branch !== 0) budget = this.readLetter(1, branch, pairEnd, PAIR_SECOND[code] as number, pair + 97, disguised(reading), budget);
      }
      if (capitalI) {
        const branch = transitions[node * alphabetSize + CAPITAL_I_LETTER] as number;
        if (branch !== 0) budget = this.readLetter(1, branch, next, code, code, disguised(reading), budget);
      }
      return budget;
    }
  }

  /** {@link visit} after a disguised step, `letter` 1 where it read a letter as another (as match.ts counts). */
  readLetter(letter: number, node: number, position: number, written: number, previous: number, reading: Reading, budget: number): number {
    this.letterReads += letter;
    const left = this.visit(node, position, written, previous, reading, budget);
    this.letterReads -= letter;
    return left;
  }

  /**
   * match.ts's readsOtherwise on the source: whether the letter at `position` (source unit `unit`,
   * normalized `code`, the next character at `next`) may read as another at trie node `node`, where
   * that reading leads anywhere.
   */
  readsOtherwise(node: number, position: number, next: number, unit: number, code: number): boolean {
    const source = this.source;
    const after = next < source.length ? source.charCodeAt(next) : SPACE;
    const symbol = after < 128 ? (FOLLOWING_SYMBOL[after] as number) : -1;
    if (unit === 73) return capitalIBesideSmall(source, position, next) && readingContinues(this.transitions, this.alphabetSize, this.terminalOf, node, CAPITAL_I_LETTER, symbol);
    return !swapIsPlain(this.transitions, this.alphabetSize, this.terminalOf, node, code, symbol);
  }

  /** Reads `count` masks from `node` (each any letter the trie goes on with), then walks on from `position` (match.ts's visitMasks). */
  visitMasks(node: number, count: number, position: number, reading: Reading, budget: number): number {
    if (count === 0) return this.visit(node, position, MASK, MASK, reading, budget);
    const { writtenOnlyFrom, maskChildStarts, maskChildren } = this.trie;
    for (let at = maskChildStarts[node] as number, last = maskChildStarts[node + 1] as number; at < last && budget > 0; at++) {
      const child = (maskChildren[at] as number) >>> 5;
      // (Not into the nodes only spellings matched as written reach: a masked reading ends nothing
      // there, and each would cost a step of the budget: "r____d" ran out of it before "retard".)
      if (child < writtenOnlyFrom) budget = this.visitMasks(child, count - 1, position, weaker(reading), budget - 1);
    }
    return budget;
  }

  /** Whether the normalized character at `position` is `$` or `*` (overwrites the read state). */
  private standInAt(position: number, written: number): boolean {
    if (position >= this.source.length) return false;
    this.read(position, written);
    return isStandIn(this.code);
  }

  /** Whether the normalized character at `position` (after `written`) is a letter or a mask (match.ts's test for a leet symbol's mask). */
  private letterOrMaskAt(position: number, written: number): boolean {
    this.read(position, written);
    return isLetterCode(this.code) || (this.code < 128 && isMaskAt(this.code, false));
  }

  private report(terminal: number, position: number, written: number, reading: Reading): void {
    // (As in match.ts: right after a break read over, "bitch-dat", a term was reported before it.)
    if (written === SPACE) return;
    // Words only end here before a boundary or a plural's s, e or z: before any other letter, nothing.
    if (this.wordsOnly[terminal] === 1 && position < this.source.length) {
      const unit = this.source.charCodeAt(position);
      const code = unit < 128 ? (asciiCode[unit] as number) : 0;
      if (code >= 97 && code <= 122 && code !== 115 && code !== 101 && code !== 122) return;
    }
    const entries = this.trie.entries;
    for (const entryIndex of this.trie.terminalLists[terminal] as number[]) {
      // (The scan takes no trie with substring entries: see canScan.)
      const entry = entries[entryIndex]!;
      const end = matchEnd(entry, reading, this.letterReads, position, this.wordEnd(position, written, entry.endings, reading));
      if (end >= 0 && (reading === SPELLED_OUT || this.readsAsWord(this.origin, position)) && (entry.smallLetters !== true || writtenSmall(this.source, this.origin, end))) this.matches.push(rawMatch(entryIndex, this.origin, end, reading));
    }
  }
}

/** What a non-ASCII character folds to, packed as `kind << 16 | code`, or VANISHED. */
const VANISHED = -1;

function foldAt(source: string, index: number): number {
  const units = fold(source.codePointAt(index) as number);
  if (units.length === 1) return units[0] as number;
  if (units.length === 0) return VANISHED;
  // An astral character kept as it is (an emoji): two units of one kind; as separators they read as one.
  if (units.every((unit) => unit >>> 16 === SEPARATOR)) return (SEPARATOR << 16) | SPACE;
  throw DECLINE;
}

function widthAt(source: string, index: number): number {
  const unit = source.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && index + 1 < source.length && (source.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
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

/**
 * Whether the separator at `index` is a pictograph between word characters (`last` is the kind
 * before it). Asked of every non-ASCII separator, and both looks taken every time: a call that the
 * first optimization of the scan never saw run deoptimized it, and V8 (Node 20) then often ran the
 * scan from the interpreter into on-stack-replacement code for the rest of the process, 86 MB/s
 * instead of 103.
 */
function pictographInWord(source: string, index: number, width: number, last: number): boolean {
  // (Never read past the end: a read out of bounds deoptimized the scan too.)
  const after = pastModifiers(source, index + width);
  const wordFollows = after < source.length && isSourceWordCode(source.charCodeAt(after));
  const pictograph = isPictograph(source.codePointAt(index) as number);
  return last === WORD && wordFollows && pictograph;
}

/**
 * Whether a letter drawn with several characters starts at `index` ("f|_|ck", "\\/\\/hore"):
 * normalization reads it as one, so the two-pass path takes the text. The scan looks only at
 * separators and symbols (`unit` is the code unit there).
 */
function drawnLetterAt(source: string, index: number, unit: number): boolean {
  return unit < 128 && SEQUENCE_START[unit] === 1 && leetSequenceAt(source, index) !== 0;
}

/** Runs the scan; true when the text needs the two-pass path. */
function walkOrDecline(source: string): boolean {
  try {
    laneScan(source);
    return false;
  } catch (error) {
    if (error === DECLINE) return true;
    throw error;
  }
}

/**
 * The scan's outer loop: plain text (ASCII letters and plain separators) passes through the lane
 * automaton (lane.ts) two look-ups a character and no branch but one rarely taken: a state from
 * `firstStop` on. There it walks from the words a pattern spans; at two single-letter words in a row
 * it looks whether a third follows (normalization joins those, so the text declines); every other
 * character (digits, symbols, apostrophes, anything not ASCII, a dash before a letter) goes to the
 * full scan (walkSource), from a word start before every word the automaton still reads into a
 * pattern, up to the next word start past it, where the lane takes over again.
 */
function laneScan(source: string): void {
  const { next, firstStop, liveWords, events } = scan.lane;
  const length = source.length;
  // The state's row in the lane's table.
  let state = START_ROW;
  // Where the lane (re)started, and the last word start walked from or skipped.
  let segment = 0;
  let walkedUpTo = -1;
  for (let index = 0; index < length; index++) {
    const before = state;
    state = next[state + (LANE_COLUMN[source.charCodeAt(index)] as number)] as number;
    if (state < firstStop) continue;
    let event = events[(state / LANE_COLUMNS) | 0] as number;
    // An apostrophe between letters: normalization joins the word across it ("don't" is "dont").
    if (event === SPECIAL_TRAP && joinedApostrophe(source, index)) {
      state = before;
      continue;
    }
    // A boundary after all: a dash before one, a slash drawing no letter, a mark ending a word, or a
    // separator outside ASCII (learned at its first sight).
    if ((event === DASH_TRAP && dashClass(source, index) === BOUNDARY) || (event === SPECIAL_TRAP && specialBoundary(source, index))) {
      state = next[before + BOUNDARY] as number;
      if (state < firstStop) continue;
      event = events[(state / LANE_COLUMNS) | 0] as number;
    }
    if ((event & (DASH_TRAP | SPECIAL_TRAP)) !== 0) {
      // A character for the full scan, from before every word still read into a pattern.
      const live = liveWords[(before / LANE_COLUMNS) | 0] as number;
      const token = index > segment && laneWordAt(source, index - 1) ? wordsBack(source, index, 1, segment) : index;
      const from = live > 0 ? Math.min(token, wordsBack(source, index, live, segment)) : token;
      const stop = walkSource(source, resumePoint(source, from, segment), index, walkedUpTo);
      segment = stop;
      walkedUpTo = stop - 1;
      state = START_ROW;
      index = stop - 1;
      continue;
    }
    // (Once where the state is entered: a class read again, or the rest of a run of boundaries,
    // stays in it. The state reads on after a stop, so it keeps what it read: "kiss my a s s" is a
    // pattern cut at "a" and single letters around it.)
    if (before === state) continue;
    const atLetter = isLaneLetter(source.charCodeAt(index));
    if ((event & SINGLES) !== 0 && !atLetter && thirdSingle(source, index, segment)) throw DECLINE;
    // A pattern read: walk from every word it may start at, up to this one.
    if ((event & REPORTS) !== 0) walkedUpTo = walkWords(source, index + (atLetter ? 1 : 0), liveWords[(state / LANE_COLUMNS) | 0] as number, segment, walkedUpTo);
  }
  // The text's end is a boundary, where a word's term may end.
  state = next[state + BOUNDARY] as number;
  if (state >= firstStop && ((events[(state / LANE_COLUMNS) | 0] as number) & REPORTS) !== 0) walkWords(source, length, liveWords[(state / LANE_COLUMNS) | 0] as number, segment, walkedUpTo);
}

/** The lane class of the dash, dot, underscore or bracket at `index` (lane.ts's DASH): SPECIAL before a letter, another of them or a character beyond ASCII (which may hide or split letters: dashMaskAt, breakSplits), else BOUNDARY. */
function dashClass(source: string, index: number): number {
  const unit = index + 1 < source.length ? source.charCodeAt(index + 1) : SPACE;
  // (Before a character beyond ASCII, a letter may follow: "hard-օn", with an Armenian o; and before
  // a leet digit, a word may go on: "h4rd-0n".)
  // (Nor before a line break, where a word may be hyphenated across it, which normalization joins:
  // "cock-\ntail"; the full scan looks.)
  if (unit >= 128 || (unit >= 48 && unit <= 57) || unit === 10 || unit === 13) return SPECIAL;
  const following = LANE_COLUMN[unit] as number;
  return following === BOUNDARY || following === SPECIAL_COLUMN ? BOUNDARY : SPECIAL;
}

/**
 * The start of the `count`th word (lane letters) back from `end` (exclusive), not before `segment`.
 * Between `segment` and `end` the lane read only letters and boundaries.
 */
function wordsBack(source: string, end: number, count: number, segment: number): number {
  let at = end;
  for (let word = 0; word < count && at > segment; word++) {
    while (at > segment && !laneWordAt(source, at - 1)) at--;
    while (at > segment && laneWordAt(source, at - 1)) at--;
  }
  return at;
}

/**
 * Walks from the starts of the `count` words before `end` that lie past `walkedUpTo`, first to
 * last, and returns the new `walkedUpTo` (the last one's start).
 */
function walkWords(source: string, end: number, count: number, segment: number, walkedUpTo: number): number {
  let start = wordsBack(source, end, count, segment);
  let last = walkedUpTo;
  while (start < end) {
    if (start > walkedUpTo) {
      walkFrom(source, start, source.charCodeAt(start));
      last = start;
    }
    while (start < end && laneWordAt(source, start)) start++;
    while (start < end && !laneWordAt(source, start)) start++;
  }
  return last;
}

/**
 * At a boundary (`index`) after two words the lane read as single letters: whether a run of single
 * letters of three or more, inside the lane's segment from `segment`, ends here or goes on to a
 * third, a single letter before a boundary or the text's end. Normalization joins such a run ("f u c
 * k"), so the text declines. (A single letter before any other character is the full scan's to count.)
 */
function thirdSingle(source: string, index: number, segment: number): boolean {
  const before = singlesBefore(source, index, segment);
  return before >= 3 || (before === 2 && singleAfter(source, index));
}

/**
 * How many single-letter words stand in a row right before `end` (after the boundaries there),
 * inside the lane's segment from `segment`: what the lane read from `segment` on is letters and
 * boundaries only.
 */
function singlesBefore(source: string, end: number, segment: number): number {
  let count = 0;
  let at = end;
  for (;;) {
    while (at > segment && !laneWordAt(source, at - 1)) at--;
    if (at === segment || (at - 2 >= segment && laneWordAt(source, at - 2))) return count;
    count++;
    at--;
  }
}

/** Whether after the boundaries from `index` comes a single letter before a boundary or the text's end. */
function singleAfter(source: string, index: number): boolean {
  const length = source.length;
  let at = index;
  while (at < length && !laneWordAt(source, at)) {
    if (!boundaryAt(source, at)) return false;
    at++;
  }
  return at < length && (at + 1 === length || boundaryAt(source, at + 1));
}

/** Whether the character at `index` is a boundary to the lane (a plain separator, a dash before one, or a {@link specialBoundary}). */
function boundaryAt(source: string, index: number): boolean {
  const column = LANE_COLUMN[source.charCodeAt(index)] as number;
  return column === BOUNDARY || (column === DASH_COLUMN && dashClass(source, index) === BOUNDARY) || (column === SPECIAL_COLUMN && specialBoundary(source, index));
}

const SLASH = 47;
const BACKSLASH = 92;
const EXCLAMATION = 33;
const QUESTION = 63;

/**
 * Whether a character the lane's table leaves to the full scan reads as a plain boundary there: a
 * slash that starts no letter drawn with several ("/\/" is n; a link's "//" is a boundary) and
 * splits no word (between two letters, "and/or", "dick/head", a walk reads a word whole over it), "!" or "?" between a word's last letter and a boundary (punctuation, not the leet i
 * or a mask, as the full scan reads them: "idiot!"; "sh!t" and "!diot" still go to it), and a
 * separator outside ASCII ({@link plainSeparator}).
 */
function specialBoundary(source: string, index: number): boolean {
  const unit = source.charCodeAt(index);
  const following = index + 1 < source.length ? source.charCodeAt(index + 1) : SPACE;
  // (A slash between two letters may split a word, "dick/head": the full scan reads it.)
  if (unit === SLASH) return following !== BACKSLASH && !breakSplits(source, index);
  if (unit === EXCLAMATION || unit === QUESTION) return index > 0 && isLaneLetter(source.charCodeAt(index - 1)) && LANE_COLUMN[following] === BOUNDARY;
  return plainSeparator(unit);
}

/** Per UTF-16 unit outside ASCII: 1 once {@link plainSeparator} has looked at it. */
const SEPARATORS_LEARNED = new Uint8Array(65536);

/**
 * Whether a code unit the lane leaves to the full scan is a separator outside ASCII that the full
 * scan reads as a plain one ("“", "—", "…", a no-break space): it folds to separators only, and is
 * no apostrophe (which may join a word), no pictograph (which may hide a letter inside one) and no
 * half of a pair. Looked at once per unit; a separator is then a boundary in LANE_COLUMN, so the lane
 * reads it itself from then on (the table only grows faster: the matches are the same either way).
 */
function plainSeparator(unit: number): boolean {
  if (unit < 128 || (unit >= 0xd800 && unit <= 0xdfff) || SEPARATORS_LEARNED[unit] === 1) return false;
  SEPARATORS_LEARNED[unit] = 1;
  const units = fold(unit);
  const separator = units.length > 0 && units.every((packed) => packed >>> 16 === SEPARATOR) && !isApostrophe(unit) && !isPictograph(unit);
  if (separator) LANE_COLUMN[unit] = BOUNDARY;
  return separator;
}

/**
 * The last start at or before `from` (a token's start) where the full scan may take over from the
 * lane: the lane's own start (`segment`), or a token start after separators that follow a word of
 * two characters or more (the scan's state is the same there whatever came before). Everything
 * from `segment` to `from` is letters and separators, as the lane read it.
 */
function resumePoint(source: string, from: number, segment: number): number {
  let start = from;
  while (start > segment) {
    let end = start - 1;
    while (end > segment && !laneWordAt(source, end)) end--;
    let wordFirst = end;
    while (wordFirst > segment && laneWordAt(source, wordFirst - 1)) wordFirst--;
    if (end > wordFirst) return start;
    start = wordFirst;
  }
  return segment;
}

function isLaneLetter(unit: number): boolean {
  // (Letters are the columns 1 to CLASS_COUNT - 1; the boundary's 0 wraps to the largest number.)
  return (((LANE_COLUMN[unit] as number) - 1) >>> 0) < CLASS_COUNT - 1;
}

const RIGHT_QUOTE = 0x2019;

/**
 * Whether the character at `index` is an apostrophe between two lane letters ("'", "`" or "’"):
 * normalization joins the word across it, and the full scan reads it so (`read` folds it into the
 * letter before), so the lane reads on in the same state and takes it for part of the word.
 */
function joinedApostrophe(source: string, index: number): boolean {
  const unit = source.charCodeAt(index);
  return (unit === 39 || unit === 96 || unit === RIGHT_QUOTE) && index > 0 && index + 1 < source.length && isLaneLetter(source.charCodeAt(index - 1)) && isLaneLetter(source.charCodeAt(index + 1));
}

/** Whether the character at `index` is part of a word as the lane reads it: a lane letter or a {@link joinedApostrophe}. */
function laneWordAt(source: string, index: number): boolean {
  return isLaneLetter(source.charCodeAt(index)) || joinedApostrophe(source, index);
}

/**
 * The scan over a stretch of the text from `from`: finds where words start (and the leading symbols
 * before them) and walks from there, keeping track of single letters in a row as normalization
 * does. `from` is the text's start, or a token's start after separators that follow a word of two
 * characters or more (the state is the same there whatever came before). It walks from no start up
 * to `walkedUpTo` (the lane walked or skipped those) and returns at the first word start past
 * `stopAfter` in that state (the text's length when none).
 */
function walkSource(source: string, from: number, stopAfter: number, walkedUpTo: number): number {
  const length = source.length;
  // The kinds of the last two normalized characters written (NONE before the first).
  let last = from === 0 ? NONE : SEPARATOR;
  let beforeLast = from === 0 ? NONE : WORD;
  // Single letters in a row ("f u c k", "s h ! t"): from three on, normalization joins them, which
  // only the two-pass path does, so the scan declines (a `throw` in place: a call here that the first
  // optimization never saw run deoptimized the whole scan). The runs of the last two characters
  // settled, packed (see settleSingles).
  let runs = 0;
  let tokenStart = true;
  let leadingSymbols = true;
  // Walk starts in a row with no letter among them: a long run of them ("****...") is left to the
  // two-pass path, which skips starts too far from any letter to find a match.
  let letterless = 0;
  // The normalized code of the last character read in this token (SPACE after a separator).
  let lastCode = SPACE;
  for (let index = from; index < length; ) {
    const unit = source.charCodeAt(index);
    let kind: number;
    let code: number;
    let width = 1;
    if (unit < 128) {
      kind = asciiKind[unit] as number;
      code = asciiCode[unit] as number;
      if (kind === SEPARATOR && (unit === 39 || unit === 96) && last === WORD && wordFollows(source, index + 1)) {
        index++;
        continue;
      }
      // Inline HTML tags inside a word, which normalization drops ("wh<b>o</b>re"), and a numeric
      // reference for a letter, which it reads as the letter ("b&#101;aners").
      if (unit === 60 && inlineTagsEnd(source, index) > 0) throw DECLINE;
      if (unit === 38 && letterReferenceAt(source, index) !== 0) throw DECLINE;
    } else {
      width = widthAt(source, index);
      if (isApostrophe(source.codePointAt(index) as number) && last === WORD && wordFollows(source, index + width)) {
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
      // ("ł" is an l or an i by the word around it: normalization decides; see strokedLIsL.)
      if (unit === 0x142 || unit === 0x141) throw DECLINE;
      // A pictograph between two word characters: normalization may drop it ("fu🙂ck").
      if (kind === SEPARATOR && pictographInWord(source, index, width, last)) throw DECLINE;
    }
    if (kind === SEPARATOR) {
      // (Not a space: no drawn letter starts with one, and a look at every character cost 3 %.)
      if (unit !== SPACE && drawnLetterAt(source, index, unit)) throw DECLINE;
      // A word hyphenated across a line break, which normalization joins ("cock-\ntail").
      if (unit === 45 && hyphenatedBreakEnd(source, index) > 0) throw DECLINE;
      if (last !== NONE && last !== SEPARATOR) {
        runs = settleSingles(last, beforeLast, SEPARATOR, runs);
        if ((runs & RUN) >= 3) throw DECLINE;
        beforeLast = last;
        last = SEPARATOR;
      }
      tokenStart = true;
      leadingSymbols = true;
      lastCode = SPACE;
      index += width;
      continue;
    }
    // A word start where the lane can take over again.
    if (index > stopAfter && tokenStart && last === SEPARATOR && beforeLast === WORD && runs === 0 && isLaneLetter(unit)) return index;
    if (last !== NONE) runs = settleSingles(last, beforeLast, kind, runs);
    if ((runs & RUN) >= 3) throw DECLINE;
    if (isLetterCode(code)) {
      letterless = 0;
    } else {
      if (drawnLetterAt(source, index, unit)) throw DECLINE;
      // A hashtag in capitalized words, which normalization splits into its words.
      if (unit === 35 && camelHashtagEnd(source, index) > 0) throw DECLINE;
      // A word wrapped in emphasis ("*hell*"), whose marks normalization reads as punctuation, or bold
      // inside a word ("Fu**ck**ing"), whose marks it drops.
      if ((unit === 42 || unit === 40) && (emphasisEnd(source, index) >= 0 || innerEmphasisClose(source, index) >= 0)) throw DECLINE;
      if ((tokenStart || leadingSymbols) && ++letterless > REACH) throw DECLINE;
    }
    // (Not from a symbol repeated inside a run of leading symbols, as match.ts.)
    // A leet digit stretched after a letter in the token, which normalization shortens ("b333at").
    if (tokenStart && stretchedDigitAhead(source, index)) throw DECLINE;
    const reach = (tokenStart || (leadingSymbols && code !== lastCode)) && index > walkedUpTo ? walkFrom(source, index, unit) : -1;
    lastCode = code;
    tokenStart = false;
    if (isWordCode(code)) leadingSymbols = false;
    beforeLast = last;
    last = kind;
    index += width;
    // The rest of a word: plain ASCII letters and digits start no walk and settle nothing but that
    // no single letter stands here. The letters the walk already read need no second look.
    if (kind === WORD && !leadingSymbols) {
      if (reach > index) {
        index = reach;
        runs = 0;
        beforeLast = WORD;
      }
      const from = index;
      while (index < length) {
        const next = source.charCodeAt(index);
        if (next >= 128 || asciiKind[next] !== WORD) break;
        index++;
      }
      if (index > from) {
        runs = 0;
        beforeLast = WORD;
      }
    }
  }
  if (last !== NONE && (settleSingles(last, beforeLast, SEPARATOR, runs) & RUN) >= 3) throw DECLINE;
  return length;
}

/**
 * Walks from a word start at `index` (its first code unit `unit`) and returns how far the walk read
 * plain letters without a break. The first plain steps are taken here, where most walks end (so most
 * words cost no call); the walk proper goes on from where they stop. The test is plainLetterAt's,
 * each character read once (here the letter read is the letter written, so a doubled letter also
 * covers the repeated-letter case).
 */
function walkFrom(source: string, index: number, unit: number): number {
  const { transitions, alphabetSize, terminalOf, otherReadings } = scan;
  const length = source.length;
  let node = 0;
  let position = index;
  let written = SPACE;
  let current = unit;
  for (;;) {
    if ((terminalOf[node] as number) >= 0 && position > index) break;
    let letter = current < 128 ? (PLAIN_LETTER[current] as number) : -1;
    // (A letter that may read as another, where the trie goes on with no letter it may stand for.)
    if (letter < 0 && current < 128 && READS_OTHERWISE[current] !== 0 && ((READS_OTHERWISE[current] as number) & (otherReadings[node] as number)) === 0) letter = (asciiCode[current] as number) - 97;
    if (letter < 0 || letter + 97 === written) {
      // A word read to its end (the next character is a separator, never an apostrophe here): the
      // walk goes on only into a phrase.
      // (Past dashes that may hide letters, "f--k", and a dash, underscore, dot, slash or bracket that
      // may split the word, "ret-ard", "sh.it", "dick/head", "dipsh[i]t", the walk proper goes on.)
      if (current < 128 && asciiKind[current] === SEPARATOR && transitions[node * alphabetSize + SPACE_SYMBOL] === 0 && !isBreakUnit(current)) return position;
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
  return walkOn(index, node, position, written);
}

/**
 * The walk proper from where walkFrom's plain steps stopped (`node` at `position`, `written` the
 * letter before); returns how far it read plain letters. (Apart from walkFrom so that walkFrom stays
 * small enough for V8 to inline into the scan: it ran 12 % slower as a call.)
 */
function walkOn(index: number, node: number, position: number, written: number): number {
  scan.origin = index;
  scan.reach = position;
  const before = scan.matches.length;
  scan.visit(node, position, written, written, SPELLED_OUT, BUDGET_PER_START - (position - index));
  if (scan.trie.prefixes && scan.matches.length - before >= 2) pruneInnerPrefixes(scan.trie, scan.matches, before);
  return scan.reach;
}

/** Whether a source unit is a letter: an ASCII one in any case, or a word character outside ASCII. */
function isSourceLetter(unit: number): boolean {
  return unit < 128 ? isLetterCode(asciiCode[unit] as number) : isSourceWordCode(unit);
}

/** The mask of the last settled character's run in settleSingles' packed state. */
const RUN = 0xff;

/**
 * join-singles.ts's settleSingles, the count normalization keeps, copied here: imported, the call in
 * the scan's loop made the scan 3-4 % slower (alternating runs, under tsx and bundled). The scan and
 * the two passes agreeing (test/lexicon/scan.test.ts) keeps the copies one count.
 */
function settleSingles(last: number, beforeLast: number, kind: number, runs: number): number {
  const single = last === WORD ? beforeLast !== WORD && kind !== WORD : last === SYMBOL && (beforeLast === SEPARATOR || beforeLast === NONE) && kind === SEPARATOR;
  const run = single ? Math.min(3, (runs >> 8) + 1) : 0;
  return ((runs & RUN) << 8) | run;
}

/**
 * Whether the token from `index` holds one digit three times or more in a row after anything but a
 * digit ("b333at", "l000ser"; not "1000"): normalization shortens the run as it does a stretched
 * letter, so the text takes the two-pass path. A look up to the token's end, at most 64 units.
 */
function stretchedDigitAhead(source: string, index: number): boolean {
  // (Over the letters and digits from `index`: most words end within a few, and hold no digit.)
  let run = 0;
  let digit = -1;
  let letterBefore = false;
  for (let at = index; at < source.length && at < index + 64; at++) {
    const unit = source.charCodeAt(at);
    if (isAsciiDigit(unit)) {
      if (unit === digit) {
        if (++run >= 3 && letterBefore) return true;
      } else {
        letterBefore = at > index && !isAsciiDigit(source.charCodeAt(at - 1));
        digit = unit;
        run = 1;
      }
    } else if (isAsciiLetter(unit) || unit >= 128) {
      // (A letter beyond ASCII too, which normalization may fold to one: "ł000ser".)
      digit = -1;
    } else {
      return false;
    }
  }
  return false;
}
