/**
 * Normalization: one pass over a text that folds away the disguises people use to slip words past
 * filters, keeping for every output character the span of the source it came from.
 *
 * Steps, in order (each can be switched off):
 * 1. `compatibility`: Unicode compatibility folding (NFKD): fullwidth, mathematical, circled letters, ligatures.
 * 2. `confusables`: Cyrillic, Greek, Armenian and small-capital look-alikes → Latin letters; regional
 *    indicators, negative circled and negative squared capitals → letters.
 * 3. `diacritics`: combining marks dropped (é → e, z̶a̶l̶g̶o̶ → zalgo).
 * 4. `invisibles`: zero-width characters, BOM, soft hyphen, bidi controls, variation selectors, Hangul fillers removed.
 * 5. `caseFold`: lower case.
 * 6. `leet`: leet digits and symbols are kept inside words, for the matcher to read as letters
 *    only where that makes a known term (so "2024" stays a number).
 * 7. `repeats`: runs of one letter longer than two are cut to two ("fuuuuck" → "fuuck"; the matcher
 *    reads a doubled letter as one where that makes a term, and a trie compiled with this step holds
 *    each term with every letter doubled: "ffuucckk").
 * 8. `separators`: runs of three or more single letters split by the same separator are joined
 *    ("f.u.c.k", "f u c k", "f-u-c-k", "f_u_c_k", "f . u . c . k" → "fuck"); an asterisk or another
 *    leet or mask symbol between single letters is such a separator too, when it is the same
 *    throughout and a vowel stands among them ("f*u*c*k", "f!u!c!k" → "fuck"; "m*r*n" keeps its
 *    masks, read as the vowels they hide; inside words it stays a mask); a
 *    pictograph inside a word, with one or two letters on a side, is dropped ("fu🙂ck" → "fuck";
 *    "kill🔪you" stays two words); a hashtag in capitalized words is split into them
 *    ("#YouAreAnIdiot" → "#you are an idiot").
 * Everything else that is not a letter, digit, leet or mask character becomes one space.
 */
import { APOSTROPHES, CHARACTER_KIND, DEFAULT_OPTIONS, foldWith, isPictograph, isWordCode, leetSequenceAt, SEQUENCE_START, SPACE, tablesFor, type NormalizeOptions } from './characters.js';
import { breaksRun, camelHashtagEnd, loneSymbolBesideSingle } from './source-looks.js';

export { CHARACTER_KIND, defaultCharacterTables, isApostrophe, isWordCode, type FoldedUnits, type NormalizeOptions } from './characters.js';

/**
 * The kinds of characters.ts, declared here again so the loop below reads them as constants (a
 * const enum from another module is an object lookup when files are compiled one by one, as tsx
 * does: 6 % of the loop). Checked against characters.ts when this module loads.
 */
const enum Kind {
  Separator = 0,
  Word = 1,
  /** Leet and mask characters: inside words read as letters, between single letters a separator ("f*u*c*k", "f!u!c!k"). */
  Symbol = 2,
}
if ((CHARACTER_KIND.separator as number) !== Kind.Separator || (CHARACTER_KIND.word as number) !== Kind.Word || (CHARACTER_KIND.symbol as number) !== Kind.Symbol) {
  throw new Error('normalize.ts and characters.ts disagree on character kinds');
}

/** Normalized text and, for each of its characters i, the source span [start[i], end[i]). */
export interface NormalizedText {
  text: string;
  /**
   * Views of one copy of the scratch buffers (start, then end): half the memory of plain arrays, and
   * one allocation outside the heap per text rather than two.
   */
  start: Int32Array;
  end: Int32Array;
}

/** Growable output buffers: typed arrays, since this loop is most of the cost of matching. */
class Output {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Scratch marks per character for the joining pass (contents not kept between calls). */
  marks: Uint8Array;
  length = 0;
  /** Makes room for at least `capacity` characters, keeping the buffers when they are large enough. */
  reset(capacity: number): this {
    this.length = 0;
    while (this.codes.length < capacity) this.grow();
    return this;
  }
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.marks = new Uint8Array(capacity);
  }
  grow(): void {
    const capacity = this.codes.length * 2 + 16;
    const codes = new Uint16Array(capacity);
    codes.set(this.codes);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.marks = new Uint8Array(capacity);
  }
}

const scratch = new Output(4096);
// UTF-16 code units straight into a string; faster than String.fromCharCode over the codes.
const decoder = new TextDecoder('utf-16le');

/**
 * Normalizes a text in one pass. Never throws; output length is at most a small multiple of the input.
 *
 * @example
 * const { text, start, end } = normalize('Ｙｏｕ ａｒｅ ａ m0r0n!!');
 * // text: 'you are a m0r0n!!'
 */
export function normalize(source: string, options: NormalizeOptions = DEFAULT_OPTIONS): NormalizedText {
  const out = normalizeToScratch(source, options);
  const spans = new Int32Array(out.length * 2);
  spans.set(out.starts.subarray(0, out.length));
  spans.set(out.ends.subarray(0, out.length), out.length);
  return { text: normalizedString(out), start: spans.subarray(0, out.length), end: spans.subarray(out.length) };
}

/**
 * The normalized text of a scratch result, as a string.
 *
 * @example
 * normalizedString(normalizeToScratch('Ｙｏｕ')); // 'you'
 */
export function normalizedString(out: ScratchText): string {
  return decoder.decode(out.codes.subarray(0, out.length));
}

/** A normalization in the shared scratch buffers: `codes`, `starts`, `ends` up to `length`. */
export type ScratchText = Pick<Output, 'codes' | 'starts' | 'ends' | 'length'>;

/**
 * {@link normalize} without building its result: the normalized code units and source spans stay in
 * buffers shared by every call, valid until the next call. For matchers that only need the text for
 * a moment (most comments hold no match, and copying the offset map was a third of the cost).
 *
 * @example
 * const out = normalizeToScratch('you m0r0n');
 * out.length; // 9
 */
export function normalizeToScratch(source: string, options: NormalizeOptions = DEFAULT_OPTIONS): ScratchText {
  const tables = tablesFor(options);
  const { asciiCode, asciiKind, options: resolved } = tables;
  // One scratch buffer for every call (normalize is synchronous): allocating typed arrays per
  // comment cost more than the normalization itself. The hot loop keeps them in locals.
  const out = scratch.reset(source.length + 16);
  let { codes, starts, ends, kinds } = out;
  let length = 0;
  // Single word characters (no word character on either side) in a row, each after a separator or
  // a symbol: three of them ("f.u.c.k", "f*u*c*k") call for separator joining. Counted as characters are
  // written, in the order a scan of the output would count them, so no second pass is needed.
  let singles = 0;
  let singleRun = false;
  const repeats = resolved.repeats;
  const sequences = resolved.leet;
  const separators = resolved.separators;
  // The end of a hashtag in capitalized words being read ("#YouAreAnIdiot"), split into its words.
  let camelUntil = 0;
  for (let index = 0; index < source.length; ) {
    const unit = source.charCodeAt(index);
    let next = index + 1;
    if (unit < 128) {
      let kind = asciiKind[unit] as number;
      let code = asciiCode[unit] as number;
      if (unit === 35 && separators) {
        camelUntil = camelHashtagEnd(source, index);
        // (Room for a space before each capital of the tag, past the one output character per unit.)
        while (camelUntil > 0 && codes.length < length + 2 * (source.length - index) + 16) {
          out.length = length;
          out.grow();
          ({ codes, starts, ends, kinds } = out);
        }
      }
      // A capital after a small letter in such a tag starts a word: a space before it, spanning it too.
      if (index < camelUntil && unit >= 65 && unit <= 90) {
        const previous = source.charCodeAt(index - 1);
        if (previous >= 97 && previous <= 122) {
          singles = countSingles(kinds, length, Kind.Separator, singles);
          singleRun ||= singles >= 3;
          codes[length] = SPACE;
          starts[length] = index;
          ends[length] = index + 1;
          kinds[length++] = Kind.Separator;
        }
      }
      // A letter drawn with several characters ("|_|" for u, "|<" for k) is that letter (none starts
      // with a letter or digit, so those are not looked at).
      if (sequences && kind !== Kind.Word && SEQUENCE_START[unit] === 1) {
        const letter = leetSequenceAt(source, index);
        if (letter !== 0) {
          kind = Kind.Word;
          code = letter & 0xff;
          next = index + (letter >> 8);
        }
      }
      if (kind === Kind.Separator) {
        if (length === 0) {
          // Leading separators produce nothing.
        } else if ((unit === 39 || unit === 96) && kinds[length - 1] === Kind.Word && isWordCode(source.charCodeAt(next))) {
          ends[length - 1] = next;
        } else if (kinds[length - 1] === Kind.Separator) {
          ends[length - 1] = next;
        } else {
          singles = countSingles(kinds, length, Kind.Separator, singles);
          singleRun ||= singles >= 3;
          codes[length] = SPACE;
          starts[length] = index;
          ends[length] = next;
          kinds[length++] = Kind.Separator;
        }
      } else {
        if (repeats && length >= 2 && code >= 97 && code <= 122 && codes[length - 1] === code && codes[length - 2] === code && !breaksRun(source, index, unit)) {
          ends[length - 1] = next;
        } else {
          // A symbol alone beside single letters may be a letter of a spaced-out word ("s h ! t").
          if (kind === Kind.Symbol && !singleRun && separators && (length === 0 || kinds[length - 1] === Kind.Separator)) singleRun = loneSymbolBesideSingle(source, index, next - index);
          singles = countSingles(kinds, length, kind, singles);
          singleRun ||= singles >= 3;
          codes[length] = code;
          starts[length] = index;
          ends[length] = next;
          kinds[length++] = kind;
        }
      }
      index = next;
      continue;
    }
    const codePoint = source.codePointAt(index) as number;
    next = index + (codePoint > 0xffff ? 2 : 1);
    if (APOSTROPHES.has(codePoint) && length > 0 && kinds[length - 1] === Kind.Word && isWordCode(source.charCodeAt(next))) {
      ends[length - 1] = next;
      index = next;
      continue;
    }
    const folded = foldWith(tables, codePoint);
    // Invisible characters and lone marks vanish, and so does a pictograph inside a word ("fu🙂ck"),
    // but the span of the character before covers them.
    const betweenLetters = resolved.separators && length > 0 && kinds[length - 1] === Kind.Word && isWordCode(source.charCodeAt(next));
    if (folded.length === 0 || (betweenLetters && (folded[0] as number) >>> 16 === Kind.Separator && splitsWord(kinds, length, source, next) && isPictograph(codePoint))) {
      if (length > 0 && kinds[length - 1] !== Kind.Separator) ends[length - 1] = next;
      index = next;
      continue;
    }
    for (const packed of folded) {
      const kind = packed >>> 16;
      const partCode = packed & 0xffff;
      if (kind === Kind.Separator && length > 0 && kinds[length - 1] === Kind.Separator) {
        ends[length - 1] = next;
        continue;
      }
      if (kind === Kind.Separator && length === 0) continue;
      if (repeats && kind === Kind.Word && length >= 2 && partCode >= 97 && partCode <= 122 && codes[length - 1] === partCode && codes[length - 2] === partCode) {
        ends[length - 1] = next;
        continue;
      }
      if (length === codes.length) {
        out.length = length;
        out.grow();
        ({ codes, starts, ends, kinds } = out);
      }
      singles = countSingles(kinds, length, kind, singles);
      singleRun ||= singles >= 3;
      codes[length] = kind === Kind.Separator ? SPACE : partCode;
      starts[length] = index;
      ends[length] = next;
      kinds[length++] = kind;
    }
    // A folded character can expand ("ﬃ" → "ffi"): keep room for the rest of the source.
    if (codes.length - length < source.length - next + 16) {
      out.length = length;
      out.grow();
      ({ codes, starts, ends, kinds } = out);
    }
    index = next;
  }
  out.length = length;
  // The last character has no right-hand neighbour: count it as if a separator followed.
  if (length > 0) singleRun ||= countSingles(kinds, length, Kind.Separator, singles) >= 3;
  if (resolved.separators && singleRun) joinSingleLetters(source, out, repeats);
  return out;
}


/**
 * Counts single word characters in a row as a character of `kind` is written at `length`: writing
 * it settles whether the character before is single. A single character continues the count when
 * a separator precedes it; any other word character ends the count.
 */
function countSingles(kinds: Uint8Array, length: number, kind: number, singles: number): number {
  if (length === 0 || kinds[length - 1] !== Kind.Word) return singles;
  const before = length >= 2 ? (kinds[length - 2] as number) : Kind.Separator;
  if (kind === Kind.Word || before === Kind.Word) return 0;
  return length >= 2 && before !== Kind.Word && singles > 0 ? singles + 1 : 1;
}

const WHITE_SPACE = /\s/;

/**
 * Joins runs of 3+ single word characters split by the same separator ("f.u.c.k", "f . u . c . k",
 * "f*u*c*k").
 * Works in place on the output; runs only when such a run exists.
 */
function joinSingleLetters(source: string, out: Output, repeats: boolean): void {
  // Per character: 0 dropped, 1 kept, 2 kept as a letter of a joined run.
  const keep = out.marks.fill(1, 0, out.length);
  // Spaced-out runs joined (their first and last letters, with their separator), and pairs of single
  // letters split by white space, for the pass after the loop.
  const runStarts = new Map<number, Split>();
  const runEnds = new Map<number, Split>();
  const pairs: [number, Split][] = [];
  let index = 0;
  while (index < out.length) {
    let separator: string | undefined;
    let cursor = index;
    let count = 1;
    // Symbols (asterisks, leet characters) join only letters among which a vowel stands: with none,
    // they are the vowels, masked ("m*r*n" is moron, "f*u*c*k" and "f!u!c!k" are fuck).
    let starred = false;
    let vowel = false;
    while (isSingle(out, cursor) && cursor + 2 < out.length && out.kinds[cursor + 1] !== Kind.Word && isSingle(out, cursor + 2)) {
      // A run is all of one symbol or has none ("f.u*c" is not "fuc", "a*b!c" not "abc").
      const star = out.kinds[cursor + 1] === Kind.Symbol;
      if (count > 1 && star !== starred) break;
      starred = star;
      if (isVowelCode(out.codes[cursor + 2] as number)) vowel = true;
      // The same separator between every two letters, of one character or more ("f.u.c.k",
      // "f...u...c...k", "f . u . c . k"), or punctuation without white space, mixed ("f.u-c_k").
      // White space that changes ends the run ("f u c k   y o u" is two words).
      const text = source.slice(out.starts[cursor + 1] as number, out.ends[cursor + 1] as number);
      if (separator !== undefined && text !== separator && (star || WHITE_SPACE.test(text) || WHITE_SPACE.test(separator))) break;
      separator = text;
      count++;
      cursor += 2;
    }
    // No two singles in a row here (most characters): nothing to join or pair.
    if (count === 1) {
      index++;
      continue;
    }
    if (isVowelCode(out.codes[index] as number)) vowel = true;
    // "f u c k f-u-c-k": a space-separated run swallowed the first letter of a run joined by
    // another separator; give it back (the word boundary is likelier at the space).
    const following = cursor + 1 < out.length ? source.slice(out.starts[cursor + 1] as number, out.ends[cursor + 1] as number) : undefined;
    const afterNext = cursor + 3 < out.length ? source.slice(out.starts[cursor + 3] as number, out.ends[cursor + 3] as number) : undefined;
    const spaced = separator !== undefined && /\s/.test(separator);
    if (count > 3 && spaced && following !== undefined && following.length === 1 && !/\s/.test(following) && following === afterNext && isSingle(out, cursor + 2)) {
      cursor -= 2;
      count--;
    } else if (spaced && cursor + 2 < out.length && out.kinds[cursor + 1] === Kind.Symbol && out.kinds[cursor + 2] === Kind.Word) {
      // "u r a b!tch", "u r a f@g": the last letter is the start of a masked or leet word, not one
      // more single letter of the spaced-out run.
      cursor -= 2;
      count--;
    }
    // And not the last letter of one before it ("f@g r u a").
    let first = index;
    if (spaced && index >= 2 && out.kinds[index - 1] === Kind.Symbol && out.kinds[index - 2] === Kind.Word) {
      first += 2;
      count--;
    }
    if (count >= 3 && (vowel || !starred)) {
      for (let at = first + 1; at < cursor; at += 2) keep[at] = 0;
      // (2: a letter of a joined run, where the repeated-letter step applies again: "m o o o o r o n".)
      for (let at = first; at <= cursor; at += 2) keep[at] = 2;
      // Symbols standing alone in the run are letters ("s h ! t", "a $ $ h o l e"), unless one symbol
      // stands between every two letters: then it splits them as the spaces do ("f * u * c * k").
      if (symbolBetweenLetters(out, first, cursor)) for (let at = first + 2; at < cursor; at += 4) keep[at] = 0;
      runStarts.set(first, { separator: separator!, starred });
      runEnds.set(cursor, { separator: separator!, starred });
      index = cursor + 1;
    } else {
      if (count === 2 && first === index) pairs.push([index, { separator: separator!, starred }]);
      index++;
    }
  }
  // A pair of single letters beside a joined run split alike, across a gap of white space, is a short
  // word of the same phrase: "s h u t   u p" (the gap wider than the separator), "g o   d i e",
  // "s-h-u-t u-p", "s-h_u.t u-p", "s*h*u*t u*p".
  for (const [at, split] of pairs) {
    if (splitAlike(source, out, runEnds.get(at - 2), at - 1, split) || splitAlike(source, out, runStarts.get(at + 4), at + 3, split)) keep[at + 1] = 0;
  }
  let write = 0;
  for (let read = 0; read < out.length; read++) {
    if (keep[read] === 0) continue;
    const code = out.codes[read] as number;
    // A letter spaced out more than twice in a row is cut to two, as unspaced ones are.
    if (keep[read] === 2 && repeats && write >= 2 && code >= 97 && code <= 122 && out.codes[write - 1] === code && out.codes[write - 2] === code && out.kinds[write - 1] === Kind.Word) {
      out.ends[write - 1] = out.ends[read] as number;
      continue;
    }
    out.codes[write] = out.codes[read] as number;
    out.starts[write] = out.starts[read] as number;
    out.ends[write] = out.ends[read] as number;
    out.kinds[write] = out.kinds[read] as number;
    write++;
  }
  out.length = write;
}

/** How single letters are split: the (last) separator's text, and whether it is a symbol ("*"). */
interface Split {
  separator: string;
  starred: boolean;
}

/**
 * Whether a pair of single letters split as `pair` and a joined run split as `run` (undefined: no run
 * there) are words of one spaced-out phrase, with the output character at `gap` between them: white
 * space (wider than the separator, where that is white space too), and both split by white space,
 * both by punctuation, or both by one symbol.
 */
function splitAlike(source: string, out: Output, run: Split | undefined, gap: number, pair: Split): boolean {
  if (run === undefined || out.kinds[gap] !== Kind.Separator) return false;
  const between = source.slice(out.starts[gap] as number, out.ends[gap] as number);
  if (between.trim() !== '' || run.starred !== pair.starred) return false;
  if (pair.starred) return run.separator === pair.separator;
  const white = pair.separator.trim() === '';
  return white ? run.separator.trim() === '' && between.length > pair.separator.length : run.separator.trim() !== '';
}

/**
 * Whether a pictograph between two letters splits one word rather than stands between two: a piece
 * of one or two letters on either side ("fu🙂ck", "sh🙂it", "bu🙂llshit"), not two words ("kill🔪you",
 * "check👉out", "love❤you"), which keep it as a space.
 */
function splitsWord(kinds: Uint8Array, length: number, source: string, next: number): boolean {
  if (length < 3 || kinds[length - 3] !== Kind.Word || kinds[length - 2] !== Kind.Word) return true;
  let after = 0;
  while (after < 3 && next + after < source.length && isWordCode(source.charCodeAt(next + after))) after++;
  return after <= 2;
}

/** A vowel, or a digit written for one ("f*0*c*k"). */
function isVowelCode(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121 || code === 48 || code === 49 || code === 51 || code === 52;
}

/**
 * A single letter (a word character with no word character on either side), or a leet or mask symbol
 * standing alone between separators ("s h ! t": the ! is a letter of the spaced-out word; the fused
 * scan leaves texts with such a symbol beside a single letter to normalization).
 */
function isSingle(out: Output, index: number): boolean {
  const kind = out.kinds[index];
  if (kind === Kind.Word) return (index === 0 || out.kinds[index - 1] !== Kind.Word) && (index + 1 >= out.length || out.kinds[index + 1] !== Kind.Word);
  return kind === Kind.Symbol && (index === 0 || out.kinds[index - 1] === Kind.Separator) && (index + 1 >= out.length || out.kinds[index + 1] === Kind.Separator);
}

/**
 * Whether the singles of a run (at `first`, `first + 2`, ... `last`) are three letters or more with
 * one same symbol between every two ("f * u * c * k"; in "f @ g" the symbol is a letter).
 */
function symbolBetweenLetters(out: Output, first: number, last: number): boolean {
  if ((last - first) % 4 !== 0 || last - first < 8) return false;
  const symbol = out.codes[first + 2];
  for (let at = first; at <= last; at += 2) {
    const between = (at - first) % 4 === 2;
    if (between ? out.kinds[at] !== Kind.Symbol || out.codes[at] !== symbol : out.kinds[at] !== Kind.Word) return false;
  }
  return true;
}
