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
import { APOSTROPHES, CHARACTER_KIND, DEFAULT_OPTIONS, foldWith, isPictograph, isWordCode, leetSequenceAt, pastModifiers, SEQUENCE_START, SPACE, tablesFor, wordFollows, type NormalizeOptions } from './characters.js';
import { breaksRun, camelHashtagEnd, emphasisEnd, hyphenatedBreakEnd, inlineTagsEnd, innerEmphasisClose, letterReferenceAt, startsCamelWord, strokedLIsL } from './source-looks.js';
import { joinSingleLetters, joinsRun, NO_KIND, settleSingles } from './join-singles.js';

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
/** "ł" read as an l (see strokedLIsL), as folded units. */
const SMALL_L: readonly number[] = [(Kind.Word << 16) | 108];
const CAPITAL_L: readonly number[] = [(Kind.Word << 16) | 76];
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
  const length = out.length;
  const start = pooledSpans(length);
  start.set(out.starts.subarray(0, length));
  const end = pooledSpans(length);
  end.set(out.ends.subarray(0, length));
  return { text: normalizedString(out), start, end };
}

/** Units of the shared block the span maps of normalize's results are cut from. */
const POOL_UNITS = 16_384;
let pool = new ArrayBuffer(0);
let pooled = 0;

/**
 * A fresh `Int32Array` of `length` cut from a shared block, as Node's `Buffer` pool does: a typed
 * array with its own buffer costs an allocation outside the heap, which was an eighth of
 * normalize's time on comments of a few hundred characters. A block lives while a result cut from it
 * does; long texts get their own.
 */
function pooledSpans(length: number): Int32Array {
  if (length > POOL_UNITS / 8) return new Int32Array(length);
  if (pooled + length > pool.byteLength / 4) {
    pool = new ArrayBuffer(POOL_UNITS * 4);
    pooled = 0;
  }
  const spans = new Int32Array(pool, pooled * 4, length);
  pooled += length;
  return spans;
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
  // Single characters in a row, one character apart: three of them ("f.u.c.k", "f*u*c*k", "s h ! t")
  // call for separator joining. Counted as characters are written (join-singles.ts settleSingles), so
  // no second pass is needed.
  let runs = 0;
  let singleRun = false;
  const repeats = resolved.repeats;
  const sequences = resolved.leet;
  const separators = resolved.separators;
  // The end of a hashtag in capitalized words being read ("#YouAreAnIdiot"), split into its words.
  let camelUntil = 0;
  // The end of a word wrapped in emphasis being read ("*hell*"), and the closing marks of bold inside
  // a word ("Fu**ck**ing").
  let emphasisTo = 0;
  let innerClose = -1;
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
      // A capital in such a tag starts a word after a small letter, and after a capital when a small
      // letter follows ("#IKnowWhereYouLive", "#DieInAFire", "#USAToday"): a space before it, spanning it too.
      if (index < camelUntil && unit >= 65 && unit <= 90) {
        if (startsCamelWord(source, index)) {
          runs = settleAt(kinds, length, Kind.Separator, runs);
          singleRun ||= joinsRun(runs);
          codes[length] = SPACE;
          starts[length] = index;
          ends[length] = index + 1;
          kinds[length++] = Kind.Separator;
        }
      }
      // Bold inside a word ("Fu**ck**ing", "k**il**l"): its marks vanish, as markdown shows them, and
      // the character before covers them.
      if (unit === 42 && separators && (index === innerClose || (index >= emphasisTo && (innerClose = innerEmphasisClose(source, index)) > 0))) {
        if (index === innerClose) innerClose = -1;
        if (length > 0 && kinds[length - 1] !== Kind.Separator) ends[length - 1] = index + 2;
        index += 2;
        continue;
      }
      // A word hyphenated across a line break ("cock-\ntail"), inline HTML tags inside a word
      // ("wh<b>o</b>re"): the hyphen and the break, the tags vanish.
      if ((unit === 45 || unit === 60) && separators && length > 0 && kinds[length - 1] === Kind.Word) {
        const joined = unit === 45 ? hyphenatedBreakEnd(source, index) : inlineTagsEnd(source, index);
        if (joined > 0) {
          ends[length - 1] = joined;
          index = joined;
          continue;
        }
      }
      // A word wrapped in emphasis ("*hell*", "**hell**", "(kill)"): its marks are punctuation, not
      // masks or leet (every "*" up to the closing one is one of them: only letters stand between).
      if (kind === Kind.Symbol && (unit === 42 || unit === 40)) {
        if (index >= emphasisTo) emphasisTo = Math.max(emphasisTo, emphasisEnd(source, index));
        if (index < emphasisTo) kind = Kind.Separator;
      }
      // A numeric character reference for a letter inside a word ("b&#101;aners") is that letter.
      if (unit === 38 && resolved.compatibility) {
        const reference = letterReferenceAt(source, index);
        if (reference !== 0) {
          kind = asciiKind[reference & 0xff] as number;
          code = asciiCode[reference & 0xff] as number;
          next = index + (reference >> 8);
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
        } else if ((unit === 39 || unit === 96) && kinds[length - 1] === Kind.Word && wordFollows(source, next, options)) {
          ends[length - 1] = next;
        } else if (kinds[length - 1] === Kind.Separator) {
          ends[length - 1] = next;
        } else {
          runs = settleAt(kinds, length, Kind.Separator, runs);
          singleRun ||= joinsRun(runs);
          codes[length] = SPACE;
          starts[length] = index;
          ends[length] = next;
          kinds[length++] = Kind.Separator;
        }
      } else {
        // (A leet digit stretched after a letter too: "l000ser", "b333at"; not a number, "1000".)
        if (repeats && length >= 2 && ((code >= 97 && code <= 122) || (code >= 48 && code <= 57 && length >= 3 && (codes[length - 3] as number) >= 97 && (codes[length - 3] as number) <= 122)) && codes[length - 1] === code && codes[length - 2] === code && !breaksRun(source, index, unit)) {
          ends[length - 1] = next;
        } else {
          runs = settleAt(kinds, length, kind, runs);
          singleRun ||= joinsRun(runs);
          codes[length] = code;
          starts[length] = index;
          ends[length] = next;
          kinds[length++] = kind;
          // The rest of an ASCII word, most of the text: letters and digits written as they come,
          // none of the looks above applying to them (a letter after a letter settles no single),
          // until a third letter in a row or a capital in a hashtag being split.
          if (kind === Kind.Word) {
            const wordFrom = length;
            while (next < source.length) {
              const following = source.charCodeAt(next);
              if (following >= 128 || asciiKind[following] !== Kind.Word) break;
              const followingCode = asciiCode[following] as number;
              if ((repeats && codes[length - 1] === followingCode && codes[length - 2] === followingCode) || (next < camelUntil && following >= 65 && following <= 90)) break;
              codes[length] = followingCode;
              starts[length] = next;
              ends[length] = ++next;
              kinds[length++] = Kind.Word;
            }
            // (Each letter written settles the one before it as no single; past two, the count holds nothing more.)
            for (let settled = Math.min(length - wordFrom, 2); settled > 0; settled--) runs = settleSingles(Kind.Word, Kind.Word, Kind.Word, runs);
          }
        }
      }
      index = next;
      continue;
    }
    const codePoint = source.codePointAt(index) as number;
    next = index + (codePoint > 0xffff ? 2 : 1);
    if (APOSTROPHES.has(codePoint) && length > 0 && kinds[length - 1] === Kind.Word && wordFollows(source, next, options)) {
      ends[length - 1] = next;
      index = next;
      continue;
    }
    // "ł" among letters with other marks is an l ("łöšéř", "ķíłł"); elsewhere an i (see confusables.ts).
    const folded = (codePoint === 0x142 || codePoint === 0x141) && resolved.confusables && strokedLIsL(source, index) ? (codePoint === 0x141 && !resolved.caseFold ? CAPITAL_L : SMALL_L) : foldWith(tables, codePoint);
    // Invisible characters and lone marks vanish, and so does a pictograph inside a word ("fu🙂ck"),
    // but the span of the character before covers them.
    // (A pictograph's skin tone and variation selector go with it: "sh👍🏽it"; looked past only for a
    // separator right after a word character.)
    const afterWord = resolved.separators && folded.length > 0 && length > 0 && kinds[length - 1] === Kind.Word && (folded[0] as number) >>> 16 === Kind.Separator;
    const through = afterWord ? pastModifiers(source, next) : next;
    if (folded.length === 0 || (afterWord && isWordCode(source.charCodeAt(through)) && splitsWord(kinds, length, source, through) && isPictograph(codePoint))) {
      const end = folded.length === 0 ? next : through;
      if (length > 0 && kinds[length - 1] !== Kind.Separator) ends[length - 1] = end;
      index = end;
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
      runs = settleAt(kinds, length, kind, runs);
      singleRun ||= joinsRun(runs);
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
  singleRun ||= joinsRun(settleAt(kinds, length, Kind.Separator, runs));
  if (resolved.separators && singleRun) joinSingleLetters(source, out, repeats);
  return out;
}


/** join-singles.ts's settleSingles for the character at `length - 1` of the output, one of `kind` following it. */
function settleAt(kinds: Uint8Array, length: number, kind: number, runs: number): number {
  return length === 0 ? runs : settleSingles(kinds[length - 1] as number, length >= 2 ? (kinds[length - 2] as number) : NO_KIND, kind, runs);
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
