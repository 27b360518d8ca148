/**
 * Letters drawn alike, as the walks read them (match.ts over normalized text, the fused scan over the
 * source): a letter written for others ("l" for i, "v" for u), a pair drawn as one letter ("vv" for
 * w), a capital I drawn as a small l. Each reading is tried after the plain one, and only where the
 * trie goes on with the other letter (and, where the next character reads only as itself, with it).
 */
import { CAPITAL_I_READS_AS, LETTER_PAIRS, LETTER_SWAPS } from '../text/leet.js';
import { isAsciiDigit, isSmallAscii } from '../text/source-looks.js';

// Per letter code: the letters (0-25) a letter written for others may stand for.
const SWAP_TARGETS: number[][] = Array.from({ length: 128 }, (_, code) => [...(LETTER_SWAPS[String.fromCharCode(code)] ?? '')].map((letter) => letter.charCodeAt(0) - 97));

/** For a code that starts a pair of letters drawn like one, the second code and the letter (0-25) the pair reads as; -1 for none. */
export const PAIR_SECOND = new Int16Array(128).fill(-1);
export const PAIR_LETTER = new Int8Array(128).fill(-1);
for (const [pair, letter] of Object.entries(LETTER_PAIRS)) {
  PAIR_SECOND[pair.charCodeAt(0)] = pair.charCodeAt(1);
  PAIR_LETTER[pair.charCodeAt(0)] = letter.charCodeAt(0) - 97;
}

/** Per ASCII code: 1 for a letter written for others ("l", "v"), alone or as the first of a pair. */
export const IS_SWAP = new Uint8Array(128);
for (let code = 0; code < 128; code++) IS_SWAP[code] = (SWAP_TARGETS[code] as number[]).length > 0 || (PAIR_LETTER[code] as number) >= 0 ? 1 : 0;

/**
 * Whether `code` is a letter written for others ("l", "v"), alone or as the first of a pair.
 *
 * @example
 * isSwapCode('l'.charCodeAt(0)); // true
 */
export function isSwapCode(code: number): boolean {
  return code < 128 && IS_SWAP[code] === 1;
}

/**
 * The letters (0-25) a letter written for others (`code`) may stand for, alone or as a pair's first letter.
 *
 * @example
 * swapLetters('v'.charCodeAt(0)); // [20, 22]: u, and w for "vv"
 */
export function swapLetters(code: number): number[] {
  const pair = PAIR_LETTER[code] as number;
  return pair >= 0 ? [...(SWAP_TARGETS[code] as number[]), pair] : [...(SWAP_TARGETS[code] as number[])];
}

/**
 * Whether reading a character as `letter` (0-25) at trie node `node` may lead to a match: the trie
 * continues with that letter, and there either ends a term or continues with `following`, the
 * symbol of the next character where that character reads only as itself, -1 where it may
 * read otherwise. The look one character ahead lets most "l"s and capital Is take plain steps.
 *
 * @example
 * readingContinues(trie.transitions, trie.alphabetSize, trie.terminalOf, 0, 8, 3); // "i" then "d" ("idiot"): true
 */
export function readingContinues(transitions: ArrayLike<number>, alphabetSize: number, terminalOf: ArrayLike<number>, node: number, letter: number, following: number): boolean {
  const child = transitions[node * alphabetSize + letter] as number;
  if (child === 0) return false;
  if (following < 0 || following === letter || (terminalOf[child] as number) >= 0) return true;
  return transitions[child * alphabetSize + following] !== 0;
}

/**
 * Whether a letter written for others (`code`: "l", "v") takes a plain step at trie node `node`: no
 * letter it may stand for leads anywhere there (see {@link readingContinues}; `following` as there),
 * nor does a pair it may start ("vv").
 *
 * @example
 * swapIsPlain(trie.transitions, trie.alphabetSize, trie.terminalOf, node, 'l'.charCodeAt(0), 4); // true where no "i" then "e" goes on from node
 */
export function swapIsPlain(transitions: ArrayLike<number>, alphabetSize: number, terminalOf: ArrayLike<number>, node: number, code: number, following: number): boolean {
  const targets = SWAP_TARGETS[code] as number[];
  for (let index = 0; index < targets.length; index++) {
    if (readingContinues(transitions, alphabetSize, terminalOf, node, targets[index] as number, following)) return false;
  }
  const pair = PAIR_LETTER[code] as number;
  if (pair >= 0 && (following < 0 || following + 97 === PAIR_SECOND[code]) && transitions[node * alphabetSize + pair] !== 0) return false;
  return targets.length > 0 || pair >= 0;
}

/** The letter (0-25) a capital I beside a small letter may also stand for. */
export const CAPITAL_I_LETTER = CAPITAL_I_READS_AS.charCodeAt(0) - 97;

/**
 * Whether the source holds at `start` (its span ending at `end`) a capital I that may be drawn for
 * an l: in a run of capital Is beside a small ASCII letter ("sIut", "BuIIshit", "troII", "Ioser"),
 * or after a digit that follows one ("k1II"),
 * and not where a word written in capitalized parts starts a part ("DoIt", "McIntyre": one I, a
 * small letter on both sides of it, a capital letter earlier in the word). Each look is as long as
 * the run or the word part before it, so all of a text's looks are linear in its length.
 *
 * @example
 * capitalIBesideSmall('sIut', 1, 2); // true
 * capitalIBesideSmall('JustDoIt', 6, 7); // false
 */
export function capitalIBesideSmall(source: string, start: number, end: number): boolean {
  if (source.charCodeAt(start) !== 73) return false;
  let first = start;
  while (first > 0 && source.charCodeAt(first - 1) === 73) first--;
  let last = end;
  while (last < source.length && source.charCodeAt(last) === 73) last++;
  const before = first > 0 ? source.charCodeAt(first - 1) : 0;
  const after = last < source.length ? source.charCodeAt(last) : 0;
  // (A leet digit after a small letter stands for one: "k1II".)
  if (isAsciiDigit(before) && first > 1 && isSmallAscii(source.charCodeAt(first - 2))) return true;
  if (!isSmallAscii(before)) return isSmallAscii(after);
  if (!isSmallAscii(after) || last - first > 1) return true;
  for (let index = first - 1; index >= 0; index--) {
    const unit = source.charCodeAt(index);
    if (unit >= 65 && unit <= 90) return false;
    if (!isSmallAscii(unit)) return true;
  }
  return true;
}
