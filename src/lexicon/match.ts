/**
 * Walking the trie over normalized text. From each word start the walk follows the text; where a
 * character is ambiguous it tries each reading: a leet character as itself or as each letter it can
 * stand for, a mask as any letter, a doubled letter as one. A budget per start keeps the worst case
 * linear in the text length.
 */
import { breakSplits, dashMaskAt, droppedPictographAfter, MAY_BE_PICTOGRAPH, pictographSplits, stretchedSpan, writtenSmall } from '../text/source-looks.js';
import { PLURAL_ES, PLURAL_S, PLURAL_SS, PLURAL_Z, SPACE_SYMBOL, type Trie } from './compile.js';
import { CAPITAL_I_LETTER, capitalIBesideSmall, isSwapCode, PAIR_LETTER, PAIR_SECOND, readingContinues, swapIsPlain } from './drawn-alike.js';
import { BRANCHES, BUDGET_PER_START, leetAboveAscii, DOUBLE_READS_AS_ONE, doubledLetterReads, isLetterCode, isMaskAt, isWordCode, LEET_SYMBOL, leetAt, isStandIn, LONG_SYMBOL_RUN, matchEnd, MAX_WORD, pruneInnerPrefixes, rawMatch, REACH, disguised, SPELLED_OUT, splitOverMask, readsAsWord, readsAsWritten, runAfterLetter, spanBits, weaker, type RawMatch, type Reading } from './readings.js';

const SPACE = 32;
/** `*`, what a dash hiding a letter is read as. */
const MASK = 42;
/** A character of normalized text that is neither a space nor part of a word: leet, masks, punctuation kept inside words. */
function isSymbolCode(code: number): boolean {
  return code !== SPACE && !isWordCode(code);
}

/** The index of the first letter at or after `position`, or the text's length. */
function letterAtOrAfter(text: string, position: number): number {
  let index = position;
  while (index < text.length && !isLetterCode(text.charCodeAt(index))) index++;
  return index;
}

/** Whether normalized text [start, end), read through leet or masks, still reads as a word (readings.ts readsAsWord). */
function spanReadsAsWord(text: string, start: number, end: number): boolean {
  let bits = 0;
  for (let index = start; index < end; index++) bits |= spanBits(text.charCodeAt(index));
  return readsAsWord(bits);
}

// A run of symbols longer than LONG_SYMBOL_RUN gets a table of where each position's run ends, built once
// per text; shorter runs are scanned, so most texts allocate nothing.
let boundaryTable = new Int32Array(1024);

/**
 * The state of one walk over one text. One walker serves every call (walks are synchronous), so a
 * comment allocates no closures and no tables.
 */
class Walker {
  trie!: Trie;
  text = '';
  matches: RawMatch[] = [];
  stats: { steps: number } | undefined;
  /** Source spans of the normalized characters, to tell a stretched letter from a doubled one. */
  starts: ArrayLike<number> | undefined;
  ends: ArrayLike<number> | undefined;
  /** The source text, where a capital I may be drawn for an l. */
  source: string | undefined;
  /** Whether the source may hold a pictograph that normalization dropped inside a word (see hiddenLetterBefore). */
  hides = false;
  origin = 0;
  // The trie's tables, read once per text rather than once per visit.
  // (A 16-bit table first: the common kind, so the walks see one kind unless a trie outgrows it.)
  transitions: Uint16Array | Int32Array = new Uint16Array(0);
  alphabetSize = 0;
  terminalOf: Int32Array = new Int32Array(0);
  asciiSymbols: Int8Array = new Int8Array(0);
  /** The last symbol run scanned: positions [runFrom, runTo) end a word when `runEndsWord`. */
  runFrom = -1;
  runTo = -1;
  runEndsWord = false;
  /** Whether `boundaryTable` holds this text's run ends. */
  tableBuilt = false;
  /** The steps of the walk so far that read a letter as another (see readsAsWritten). */
  letterReads = 0;

  reset(trie: Trie, text: string, stats: { steps: number } | undefined, starts: ArrayLike<number> | undefined, ends: ArrayLike<number> | undefined, source: string | undefined): void {
    this.source = source;
    // (One look per text for a character a pictograph may be, rather than a look at every step.)
    this.hides = source !== undefined && starts !== undefined && MAY_BE_PICTOGRAPH.test(source);
    this.trie = trie;
    this.transitions = trie.transitions;
    this.alphabetSize = trie.alphabetSize;
    this.terminalOf = trie.terminalOf;
    this.asciiSymbols = trie.asciiSymbols;
    this.text = text;
    this.matches = [];
    this.stats = stats;
    this.starts = starts;
    this.ends = ends;
    this.runFrom = -1;
    this.runTo = -1;
    this.tableBuilt = false;
    this.letterReads = 0;
  }

  /**
   * Whether a word may end at `position`: at a space, at the end, or before trailing symbols only
   * ("idiot!!"). Each answer costs O(1) amortized: short symbol runs are scanned and remembered,
   * long ones read from a table built once per text (a scan per check would make them quadratic).
   */
  wordEndsAt(position: number): boolean {
    const text = this.text;
    if (position >= text.length) return true;
    const code = text.charCodeAt(position);
    if (code === SPACE) return true;
    if (isWordCode(code)) return false;
    if (position >= this.runFrom && position < this.runTo) return this.runEndsWord;
    let boundary: number;
    if (this.tableBuilt) {
      boundary = boundaryTable[position] as number;
    } else {
      boundary = position + 1;
      while (boundary < text.length && boundary - position <= LONG_SYMBOL_RUN && isSymbolCode(text.charCodeAt(boundary))) boundary++;
      if (boundary - position > LONG_SYMBOL_RUN) {
        this.buildBoundaryTable();
        boundary = boundaryTable[position] as number;
      }
    }
    this.runFrom = position;
    this.runTo = boundary;
    this.runEndsWord = boundary === text.length || text.charCodeAt(boundary) === SPACE;
    return this.runEndsWord;
  }

  /** boundaryTable[p]: the first index ≥ p holding a space or a word character (text length if none). */
  private buildBoundaryTable(): void {
    const text = this.text;
    if (boundaryTable.length <= text.length) boundaryTable = new Int32Array(text.length * 2 + 1);
    boundaryTable[text.length] = text.length;
    for (let index = text.length - 1; index >= 0; index--) {
      boundaryTable[index] = isSymbolCode(text.charCodeAt(index)) ? (boundaryTable[index + 1] as number) : index;
    }
    this.tableBuilt = true;
  }

  /** Where a word match ends, allowing the plural endings of the term (`s`, `ss`, `z`, `es`: "idiots", "dickss", "idiotz", "bitches"); -1 when none. */
  wordEnd(position: number, endings: number, reading: Reading): number {
    if (this.wordEndsAt(position)) return position;
    const code = this.text.charCodeAt(position);
    // (The plural s may be written twice, "dickss", "coonss", after a term read with no weak step
    // ("gl*ss" is no "git"), and not after an e: "-ess" and "-less" are English endings, "duchess".)
    if (code === 115) return (endings & PLURAL_S) === 0 ? -1 : this.wordEndsAt(position + 1) ? position + 1 : (endings & PLURAL_SS) !== 0 && reading <= 1 && this.text.charCodeAt(position + 1) === 115 && this.text.charCodeAt(position - 1) !== 101 && this.wordEndsAt(position + 2) ? position + 2 : -1;
    // (A plural written with z, "idiotz", "clownz": see PLURAL_Z.)
    if (code === 122) return (endings & PLURAL_Z) !== 0 && reading <= 1 && this.wordEndsAt(position + 1) ? position + 1 : -1;
    return code === 101 && (endings & PLURAL_ES) !== 0 && this.text.charCodeAt(position + 1) === 115 && this.wordEndsAt(position + 2) ? position + 2 : -1;
  }

  /**
   * A doubled letter reads as one only where the writer stretched it: its span covers more than one
   * character, and (where the source is known) the letter again, not only vanished characters.
   */
  stretched(position: number): boolean {
    const { starts, ends, source } = this;
    if (starts === undefined || ends === undefined) return true;
    const start = starts[position] as number;
    const end = ends[position] as number;
    return end - start > 1 && (source === undefined || stretchedSpan(source, start, end, this.text.charCodeAt(position)));
  }

  /** Whether the normalized character at `position` is a capital I beside a small letter in the source ("sIut"). */
  capitalIAt(position: number): boolean {
    const { source, starts, ends } = this;
    return source !== undefined && starts !== undefined && ends !== undefined && capitalIBesideSmall(source, starts[position] as number, ends[position] as number);
  }

  /**
   * The number of letters the space at `position` hides where its source is a run of dashes inside a
   * word ("f--k": 2, see dashMaskAt); 0 elsewhere.
   */
  dashesAt(position: number): number {
    const { source, starts, ends } = this;
    if (source === undefined || starts === undefined || ends === undefined) return 0;
    const start = starts[position] as number;
    const dashes = dashMaskAt(source, start);
    return dashes > 0 && (ends[position] as number) - start === dashes ? dashes : 0;
  }

  /** Whether the character at `position` and the word character after it were apart in the source (the separator-joining step joined them). */
  joinedAfter(position: number): boolean {
    const { text, starts, ends } = this;
    return starts !== undefined && ends !== undefined && position + 1 < text.length && isWordCode(text.charCodeAt(position + 1)) && (starts[position + 1] as number) > (ends[position] as number);
  }

  /**
   * Whether the walk may go on past the space at `position` into the same word: dashes hiding
   * letters ("f--k") or a pictograph or one break splitting it ("ret🔥ard", "ret-ard"). Most spaces
   * are white space, told at one look.
   */
  joinsAt(position: number): boolean {
    const { source, starts } = this;
    if (source === undefined || starts === undefined || source.charCodeAt(starts[position] as number) === 32) return false;
    return this.dashesAt(position) > 0 || this.splitAt(position);
  }

  /**
   * Whether the space at `position` splits a word in the source, which a walk may read as nothing:
   * a pictograph ("ret🔥ard") or one dash, dot or underscore between letters ("ret-ard").
   */
  splitAt(position: number): boolean {
    const { source, starts, ends } = this;
    if (source === undefined || starts === undefined || ends === undefined) return false;
    const start = starts[position] as number;
    const unit = source.charCodeAt(start);
    if (unit < 128) return ends[position] === start + 1 && breakSplits(source, start);
    // (No pictograph is below U+00A9, ©.)
    return unit >= 0xa9 && pictographSplits(source, start, ends[position] as number);
  }

  /**
   * Whether normalization dropped a pictograph right before the normalized character at `position`
   * (inside a word: "k🔥ll", "n✨des"), where it may stand for a letter as a mask does. The dropped
   * pictograph is in the span of the character before. (Asked only where `hides` is set.)
   */
  hiddenLetterBefore(position: number): boolean {
    const { source, starts, ends } = this;
    if (source === undefined || starts === undefined || ends === undefined || position === 0) return false;
    return droppedPictographAfter(source, starts[position - 1] as number, ends[position - 1] as number);
  }

  /** Reads `count` masks from `node` (each any letter the trie goes on with), then walks on from `position`. */
  visitMasks(node: number, count: number, position: number, reading: Reading, budget: number): number {
    if (count === 0) return this.visit(node, position, MASK, reading, budget);
    const { writtenOnlyFrom, maskChildStarts, maskChildren } = this.trie;
    for (let at = maskChildStarts[node] as number, last = maskChildStarts[node + 1] as number; at < last && budget > 0; at++) {
      const child = (maskChildren[at] as number) >>> 5;
      // (Not into the nodes only spellings matched as written reach: a masked reading ends nothing
      // there, and each would cost a step of the budget: "r____d" ran out of it before "retard".)
      if (child < writtenOnlyFrom) budget = this.visitMasks(child, count - 1, position, weaker(reading), budget - 1);
    }
    return budget;
  }

  /**
   * The trie symbol of the character at `position` where it reads only as itself (a letter
   * written for no other, a space), for the look ahead of {@link readingContinues}; -1 otherwise.
   */
  plainSymbolAt(position: number): number {
    const code = this.text.charCodeAt(position);
    if (code === SPACE) return SPACE_SYMBOL;
    if (!(code >= 97 && code <= 122) || BRANCHES[code] === 1 || (code === 105 && this.capitalIAt(position))) return -1;
    return code - 97;
  }

  /**
   * Whether the letter `code` at `position` may read as another at trie node `node`: a letter
   * written for others ("l" as i) or a capital I beside a small letter (as l), where that reading
   * leads anywhere. Most do not, and take the plain step.
   */
  readsOtherwise(node: number, position: number, code: number): boolean {
    if (code === 105) return this.capitalIAt(position) && readingContinues(this.transitions, this.alphabetSize, this.terminalOf, node, CAPITAL_I_LETTER, this.plainSymbolAt(position + 1));
    return isSwapCode(code) && !swapIsPlain(this.transitions, this.alphabetSize, this.terminalOf, node, code, this.plainSymbolAt(position + 1));
  }

  /**
   * Follows the text from `position` at trie node `node`, with `budget` steps left for this start;
   * returns the steps left. Plain letters advance in the loop; only ambiguous characters (leet,
   * masks, doubled letters) branch into recursive calls.
   */
  visit(node: number, position: number, previous: number, reading: Reading, budget: number): number {
    const { transitions, alphabetSize, terminalOf, asciiSymbols } = this;
    const text = this.text;
    const origin = this.origin;
    const writtenOnlyFrom = this.trie.writtenOnlyFrom;
    for (;;) {
      // Below here only spellings matched as written end: a disguised reading finds nothing.
      if (node >= writtenOnlyFrom && !readsAsWritten(reading, this.letterReads)) return budget;
      if (budget-- <= 0) return 0;
      if (this.stats !== undefined) this.stats.steps++;
      const terminal = terminalOf[node] as number;
      if (terminal >= 0 && position > origin) this.report(terminal, position, reading);
      if (position >= text.length || position - origin > MAX_WORD * 3) return budget;
      // A pictograph dropped inside the word may hide a letter ("k🔥ll"; once: the walk goes on from
      // here after the mask).
      if (this.hides && position > origin && previous !== MASK && this.hiddenLetterBefore(position)) budget = this.visitMasks(node, 1, position, weaker(reading), budget);
      const code = text.charCodeAt(position);
      if (code === SPACE) {
        // Dashes hiding the rest of a word ("f--k"): as many masks.
        const dashes = this.dashesAt(position);
        if (dashes > 0) budget = this.visitMasks(node, dashes, position + 1, reading, budget);
        // A pictograph or a break splitting a word ("ret🔥ard", "ret-ard"): the word read whole too.
        if (position > origin && position + 1 < text.length && this.splitAt(position)) budget = this.visit(node, position + 1, previous, dashes > 0 ? splitOverMask(reading) : disguised(reading), budget);
        const child = transitions[node * alphabetSize + SPACE_SYMBOL] as number;
        if (child === 0 || position + 1 >= text.length) return budget;
        node = child;
        position++;
        previous = SPACE;
        continue;
      }
      const symbol = code < 128 ? (asciiSymbols[code] as number) : symbolOf(this.trie, code);
      const child = symbol >= 0 ? (transitions[node * alphabetSize + symbol] as number) : 0;
      // Only a repeated letter, a leet character or a mask can branch; the common plain character is
      // decided by one table look-up. (Above ASCII only the leet symbols € £ ¥ © ¡ branch.)
      let doubled = false;
      let stretched = false;
      let leet: number[] | undefined;
      let mask = false;
      let pair = -1;
      // (A letter that may read as another, "l" as i, branches only where that reading leads anywhere.)
      const swap = isSwapCode(code);
      const otherwise = (code === 105 || swap) && this.readsOtherwise(node, position, code);
      const capitalI = otherwise && code === 105;
      const above = code >= 128 ? leetAboveAscii(code) : undefined;
      if (code === previous || capitalI || (code < 128 && BRANCHES[code] === 1 && (!swap || otherwise)) || above !== undefined) {
        // A doubled letter reads as one only where the writer stretched the word ("fuuuck"), not in
        // ordinary spellings ("rappers" is not "rapers"), except a letter whose doubling turns no
        // English word into a term ("shiit", "fucck"; not without the repeats step).
        // So does any doubled letter after a word's first letter or where only a phrase can follow
        // (compile.ts's doublesReadAsOne: "sshutt the ffuucckk up").
        stretched = code === previous && code >= 97 && code <= 122 && this.stretched(position);
        doubled = stretched || (code === previous && code >= 97 && code <= 122 && (DOUBLE_READS_AS_ONE[code] === 1 || this.trie.doublesReadAsOne[node] === 1) && this.trie.normalizeOptions.repeats !== false);
        // A symbol in the run that ends a word is punctuation ("shit!" is not "shite", "fuck??" not
        // "fucks"), except `$` and `*`, which people put there for letters ("a$$", "fu**"), and a
        // symbol right before them ("dumb@$$").
        const punctuation = code < 128 && !isStandIn(code) && !isWordCode(code) && this.wordEndsAt(position) && !isStandIn(text.charCodeAt(position + 1));
        leet = code < 128 ? (punctuation ? undefined : leetAt(code, position === origin)) : above;
        // (A leet symbol hides any letter before a letter or a mask: "f$ck", and in a run of symbols,
        // "f#@%ing".)
        mask = code < 128 && !punctuation && (isMaskAt(code, position === origin) || (leet !== undefined && LEET_SYMBOL[code] === 1 && position !== origin && (isLetterCode(text.charCodeAt(position + 1)) || isMaskAt(text.charCodeAt(position + 1), false))));
        // Two letters drawn like one ("vvhore").
        if (code < 128 && PAIR_SECOND[code] === text.charCodeAt(position + 1)) pair = PAIR_LETTER[code] as number;
      }
      if (!doubled && leet === undefined && !mask && pair < 0 && !capitalI) {
        if (child === 0) return budget;
        node = child;
        position++;
        previous = code;
        continue;
      }
      // The plain reading first: a term spelled as written is found before any disguised reading of it.
      if (child !== 0) budget = this.visit(child, position + 1, code, reading, budget);
      // A doubled letter may stand for one ("fuuck" → "fuck", "asss" → "ass"). (Letters read as
      // others are counted, see readsAsWritten: doubledLetterReads.)
      if (doubled) budget = this.readLetter(doubledLetterReads(stretched, code, text.charCodeAt(position - 1)), node, position + 1, code, disguised(reading), budget);
      // A leet symbol written again stretches the letter it was read as ("sh!!!t", "a$$$hole"), as a
      // letter written again does: the walk reads it both ways. So does a leet digit the writer
      // stretched ("l000ser": normalization left two, the second spanning the rest; the fused scan
      // leaves such tokens to this walk).
      if (leet !== undefined && text.charCodeAt(position - 1) === code && (LEET_SYMBOL[code] === 1 || (code >= 48 && code <= 57 && this.stretched(position))) && runAfterLetter(text, position, origin, isLetterCode)) budget = this.readLetter(0, node, position + 1, previous, disguised(reading), budget);
      if (leet !== undefined) {
        // A leet character's first letter is its strong reading ("1" as i); the others are weak.
        for (let index = 0; index < leet.length; index++) {
          const letter = leet[index] as number;
          const next = transitions[node * alphabetSize + letter] as number;
          if (next !== 0) budget = this.readLetter(code >= 97 && code <= 122 ? 1 : 0, next, position + 1, swap ? code : letter + 97, index === 0 ? disguised(reading) : weaker(reading), budget);
        }
      }
      // A mask stands for any letter; a leet symbol also for the letters it does not read as ("f$ck").
      if (mask) {
        const { maskChildStarts, maskChildren } = this.trie;
        for (let at = maskChildStarts[node] as number, last = maskChildStarts[node + 1] as number; at < last; at++) {
          const packed = maskChildren[at] as number;
          if (leet !== undefined && leet.includes(packed & 31)) continue;
          budget = this.visit(packed >>> 5, position + 1, code, weaker(reading), budget);
        }
      }
      if (pair >= 0) {
        const next = transitions[node * alphabetSize + pair] as number;
        if (next !== 0) budget = this.readLetter(1, next, position + 2, pair + 97, disguised(reading), budget);
      }
      if (capitalI) {
        const next = transitions[node * alphabetSize + CAPITAL_I_LETTER] as number;
        if (next !== 0) budget = this.readLetter(1, next, position + 1, code, disguised(reading), budget);
      }
      return budget;
    }
  }

  /** {@link visit} after a disguised step, `letter` 1 where it read a letter as another (counted in letterReads on the way). */
  readLetter(letter: number, node: number, position: number, previous: number, reading: Reading, budget: number): number {
    this.letterReads += letter;
    const left = this.visit(node, position, previous, reading, budget);
    this.letterReads -= letter;
    return left;
  }

  /**
   * Whether the match from the origin to `end` is written in small letters (see writtenSmall): a
   * walk without the source (no case to tell) takes it as written so.
   */
  private writtenSmall(end: number): boolean {
    const { source, starts, ends } = this;
    return source === undefined || starts === undefined || ends === undefined || writtenSmall(source, starts[this.origin] as number, ends[end - 1] as number);
  }

  /** Records the entries ending at a node reached at `position`, where their match mode allows. */
  private report(terminal: number, position: number, reading: Reading): void {
    // Right after a break a walk read a word whole over ("bitch-dat"), a term ended before the
    // break, and was reported there: not again with the break in its span (a prefix, "bitch-").
    if (this.text.charCodeAt(position - 1) === SPACE) return;
    const entries = this.trie.entries;
    for (const entryIndex of this.trie.terminalLists[terminal] as number[]) {
      const entry = entries[entryIndex]!;
      const end = matchEnd(entry, reading, this.letterReads, position, entry.mode === 'substring' ? position : this.wordEnd(position, entry.endings, reading));
      if (end >= 0 && (reading === SPELLED_OUT || spanReadsAsWord(this.text, this.origin, position)) && (entry.smallLetters !== true || this.writtenSmall(end))) this.matches.push(rawMatch(entryIndex, this.origin, end, reading));
    }
  }
}

const walker = new Walker();

function symbolOf(trie: Trie, code: number): number {
  return code < 128 ? (trie.asciiSymbols[code] as number) : (trie.extraSymbols.get(code) ?? -1);
}

/**
 * Every match of the trie's entries in a normalized text (deny and allow entries alike). `starts` /
 * `ends` are the source spans of the text's characters; without them every doubled letter may read
 * as one. With them and the `source`, a capital I beside a small letter may also read as l.
 *
 * @example
 * const { text, start, end } = normalize('you m0r0n');
 * walkTrie(trie, text, undefined, start, end);
 */
export function walkTrie(trie: Trie, text: string, stats?: { steps: number }, starts?: ArrayLike<number>, ends?: ArrayLike<number>, source?: string): RawMatch[] {
  walker.reset(trie, text, stats, starts, ends, source);
  let tokenStart = true;
  let leadingSymbols = true;
  let nextLetter = -1;
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position);
    if (code === SPACE) {
      tokenStart = true;
      leadingSymbols = true;
      continue;
    }
    // Walks start where a word starts, after leading symbols ("#idiot", "(you"), and inside words
    // only when a suffix or substring entry asks for it.
    // (Not from a symbol repeated inside a run of leading symbols: "****" is one word of masks, not
    // four, and "!!!" one run of marks.)
    if (tokenStart || trie.innerStarts || (leadingSymbols && code !== text.charCodeAt(position - 1))) {
      // A match must hold a letter (see readsAsWord) within a walk's reach: from farther away, as
      // in a long run of masks ("****...", every position a start), no walk can find one.
      if (nextLetter < position) nextLetter = letterAtOrAfter(text, position);
      if (nextLetter - position <= REACH) walkFrom(trie, text, position);
      // A spaced-out word joined with the article before it ("is a m 0 r 0 n" is "am0r0n"): a walk
      // from its second letter too, where the source had a separator between the two.
      if (tokenStart && (code === 97 || code === 105) && walker.joinedAfter(position)) walkFrom(trie, text, position + 1);
    }
    tokenStart = false;
    if (isWordCode(code)) leadingSymbols = false;
    // Past a word's first character no walk starts until the next space (unless inner starts are
    // asked for): skip there at once.
    // (A plain loop: most words are short, and indexOf costs more per call than it saves.)
    if (!leadingSymbols && !trie.innerStarts) {
      while (position + 1 < text.length && text.charCodeAt(position + 1) !== SPACE) position++;
    }
  }
  const matches = walker.matches;
  walker.matches = [];
  return keepInnerModes(trie, text, matches);
}

/**
 * Walks from `position`. The first plain letters (not a letter read twice, which may be a stretched
 * one) are stepped here, where most walks end, so most words cost no call; the walk proper goes on
 * from where they stop, with what is left of the budget.
 */
function walkFrom(trie: Trie, text: string, position: number): void {
  const { transitions, alphabetSize, terminalOf } = trie;
  let node = 0;
  let at = position;
  let previous = SPACE;
  // (In a text that may hide a letter behind a pictograph, the walk proper takes every step.)
  if (!walker.hides) for (;;) {
    if ((terminalOf[node] as number) >= 0 && at > position) break;
    if (at >= text.length) break;
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122 || code === previous || (BRANCHES[code] === 1 && !isSwapCode(code)) || ((code === 105 || isSwapCode(code)) && walker.readsOtherwise(node, at, code))) {
      // A word read to its end: the walk goes on only into a phrase (or past dashes hiding letters,
      // or a pictograph or a break splitting the word).
      if (code === SPACE && transitions[node * alphabetSize + SPACE_SYMBOL] === 0 && !walker.joinsAt(at)) return countSteps(at - position + 1);
      break;
    }
    node = transitions[node * alphabetSize + code - 97] as number;
    if (node === 0) return countSteps(at - position + 1);
    at++;
    previous = code;
  }
  countSteps(at - position);
  walker.origin = position;
  const before = walker.matches.length;
  walker.visit(node, at, previous, SPELLED_OUT, BUDGET_PER_START - (at - position));
  if (trie.prefixes && walker.matches.length - before >= 2) pruneInnerPrefixes(trie, walker.matches, before);
}

/** Counts steps taken outside `visit`, for the linear-time test. */
function countSteps(steps: number): void {
  if (walker.stats !== undefined) walker.stats.steps += steps;
}

/** Matches that started inside a word are only kept for suffix and substring entries. */
function keepInnerModes(trie: Trie, text: string, matches: RawMatch[]): RawMatch[] {
  if (!trie.innerStarts) return matches;
  return matches.filter((match) => {
    const mode = trie.entries[match.entry]!.mode;
    if (mode === 'suffix' || mode === 'substring') return true;
    for (let index = match.start - 1; index >= 0; index--) {
      const code = text.charCodeAt(index);
      if (code === SPACE) return true;
      if (isWordCode(code)) return false;
    }
    return true;
  });
}
