/**
 * The separator-joining pass of normalization (step 8 of normalize.ts): runs of three or more single
 * letters split by the same separator are joined ("f.u.c.k", "f u c k", "f*u*c*k" → "fuck"), and a
 * pair of single letters beside such a run, split alike, joins too ("s h u t   u p"). It runs in
 * place on normalize.ts's output buffers, and only when the one pass counted such a run.
 */
import { CHARACTER_KIND } from './characters.js';

const SEPARATOR: number = CHARACTER_KIND.separator;
const WORD: number = CHARACTER_KIND.word;
const SYMBOL: number = CHARACTER_KIND.symbol;

/** The output of normalize.ts's pass: per character its code, kind and source span, up to `length`. */
export interface JoinBuffers {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Scratch marks per character (contents not kept between calls). */
  marks: Uint8Array;
  length: number;
}

const WHITE_SPACE = /\s/;

/** No character (before the text's first), as {@link settleSingles}' `before`. */
export const NO_KIND = -1;
/** The low byte of settleSingles' packed state: the run ending at the last settled character. */
const LAST_RUN = 0xff;

/**
 * Settles whether a character of kind `last` is single now that one of `kind` follows it (a
 * separator past the text's end), `before` the kind of the character before it (NO_KIND at the
 * start), as {@link isSingle} reads the output: a word character with no word character on either
 * side, or a symbol with separators (or the text's ends) on both ("s h ! t"). This pass joins runs of
 * singles one character apart, so `runs` counts them: it packs the run ending at the last settled
 * character (low byte, at most 3) and at the one before it (next byte). Every run the pass could join
 * reaches three ({@link joinsRun}): normalize.ts counts with it as it writes, to know whether to run
 * the pass, and the fused scan (lexicon/scan.ts, a copy kept for speed) to decline the texts the pass
 * would change (fast-check once found a run an earlier count missed: "é👍🏽＊v!1/＊" was joined only
 * after a letter).
 *
 * @example
 * settleSingles(CHARACTER_KIND.word, NO_KIND, CHARACTER_KIND.separator, 0); // 1: "f" of "f.u.c.k" is single
 */
export function settleSingles(last: number, before: number, kind: number, runs: number): number {
  const single = last === WORD ? before !== WORD && kind !== WORD : last === SYMBOL && (before === SEPARATOR || before === NO_KIND) && kind === SEPARATOR;
  const run = single ? Math.min(3, (runs >> 8) + 1) : 0;
  return ((runs & LAST_RUN) << 8) | run;
}

/** Whether settled runs (see settleSingles) hold three singles one character apart: something this pass may join. */
export function joinsRun(runs: number): boolean {
  return (runs & LAST_RUN) >= 3;
}

/**
 * Joins runs of 3+ single word characters split by the same separator ("f.u.c.k", "f . u . c . k",
 * "f*u*c*k"), in place on normalize.ts's output (`repeats`: cut letters spaced out more than twice
 * in a row to two, as the repeated-letter step does).
 *
 * @example
 * joinSingleLetters('f u c k', buffers, true); // buffers now hold "fuck", spanning source 0-7
 */
export function joinSingleLetters(source: string, out: JoinBuffers, repeats: boolean): void {
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
    // The symbol of the run, and whether white space splits it.
    let symbol: string | undefined;
    // Whether a second symbol stands in the run ("i*d*i*o|t"): only in runs of four letters or more.
    let mixed = false;
    let spacedOut = false;
    while (isSingle(out, cursor) && cursor + 2 < out.length && out.kinds[cursor + 1] !== WORD && isSingle(out, cursor + 2)) {
      const star = out.kinds[cursor + 1] === SYMBOL;
      const text = source.slice(out.starts[cursor + 1] as number, out.ends[cursor + 1] as number);
      const white = WHITE_SPACE.test(text);
      // A run of three has one symbol at most ("a*b!c" is not "abc"), a longer one may have more
      // ("i*d*i*o|t", "c-o*c|k"); none mixes symbols with white space ("f u*c" is not "fuc"), with
      // punctuation they may ("b.i-t_c*h").
      if (star && symbol !== undefined && text !== symbol) {
        if (spacedOut) break;
        mixed = true;
      }
      if (count > 1 && (star ? spacedOut : white && starred)) break;
      // The same separator between every two letters, of one character or more ("f.u.c.k",
      // "f...u...c...k", "f . u . c . k"), or punctuation without white space, mixed ("f.u-c_k").
      // White space that changes ends the run ("f u c k   y o u" is two words).
      if (!star && separator !== undefined && text !== separator && (white || WHITE_SPACE.test(separator))) break;
      if (star) symbol = text;
      starred ||= star;
      spacedOut ||= white;
      if (isVowelCode(out.codes[cursor + 2] as number)) vowel = true;
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
    } else if (spaced && cursor + 2 < out.length && out.kinds[cursor + 1] === SYMBOL && out.kinds[cursor + 2] === WORD) {
      // "u r a b!tch", "u r a f@g": the last letter is the start of a masked or leet word, not one
      // more single letter of the spaced-out run.
      cursor -= 2;
      count--;
    }
    // And not the last letter of one before it ("f@g r u a").
    let first = index;
    if (spaced && index >= 2 && out.kinds[index - 1] === SYMBOL && out.kinds[index - 2] === WORD) {
      first += 2;
      count--;
    }
    if (count >= (mixed ? 4 : 3) && (vowel || !starred)) {
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
    if (keep[read] === 2 && repeats && write >= 2 && code >= 97 && code <= 122 && out.codes[write - 1] === code && out.codes[write - 2] === code && out.kinds[write - 1] === WORD) {
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
function splitAlike(source: string, out: JoinBuffers, run: Split | undefined, gap: number, pair: Split): boolean {
  if (run === undefined || out.kinds[gap] !== SEPARATOR) return false;
  const between = source.slice(out.starts[gap] as number, out.ends[gap] as number);
  if (between.trim() !== '' || run.starred !== pair.starred) return false;
  if (pair.starred) return run.separator === pair.separator;
  const white = pair.separator.trim() === '';
  return white ? run.separator.trim() === '' && between.length > pair.separator.length : run.separator.trim() !== '';
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
function isSingle(out: JoinBuffers, index: number): boolean {
  const kind = out.kinds[index];
  if (kind === WORD) return (index === 0 || out.kinds[index - 1] !== WORD) && (index + 1 >= out.length || out.kinds[index + 1] !== WORD);
  return kind === SYMBOL && (index === 0 || out.kinds[index - 1] === SEPARATOR) && (index + 1 >= out.length || out.kinds[index + 1] === SEPARATOR);
}

/**
 * Whether the singles of a run (at `first`, `first + 2`, ... `last`) are three letters or more with
 * one same symbol between every two ("f * u * c * k"; in "f @ g" the symbol is a letter).
 */
function symbolBetweenLetters(out: JoinBuffers, first: number, last: number): boolean {
  if ((last - first) % 4 !== 0 || last - first < 8) return false;
  const symbol = out.codes[first + 2];
  for (let at = first; at <= last; at += 2) {
    const between = (at - first) % 4 === 2;
    if (between ? out.kinds[at] !== SYMBOL || out.codes[at] !== symbol : out.kinds[at] !== WORD) return false;
  }
  return true;
}
