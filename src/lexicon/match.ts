/**
 * Walking the trie over normalized text. From each word start the walk follows the text; where a
 * character is ambiguous it tries each reading: a leet character as itself or as each letter it can
 * stand for, a mask as any letter, a doubled letter as one. A budget per start keeps the worst case
 * linear in the text length.
 */
import { LEET, MASKS } from '../text/leet.js';
import type { NormalizedText } from '../text/normalize.js';
import type { Trie } from './compile.js';

/** A match of one entry, in normalized-text offsets. */
export interface RawMatch {
  entry: number;
  start: number;
  end: number;
}

const SPACE = 32;
// Enough for every reading of a heavily disguised word; bounds work on adversarial input.
const BUDGET_PER_START = 256;
const MAX_WORD = 48;

const VOWELS = 'aeiou';
// A leet character that stands for a vowel often stands for whichever vowel the word needs ("f4cking").
const LEET_SYMBOLS = new Map<number, number[]>(
  Object.entries(LEET).map(([character, letters]) => {
    const readings = [...letters].some((letter) => VOWELS.includes(letter)) ? [...new Set([...letters, ...VOWELS])] : [...letters];
    return [character.charCodeAt(0), readings.map((letter) => letter.charCodeAt(0) - 97)];
  }),
);
// Per ASCII code, for the hot loop: the letters a leet character may stand for, and masks.
const LEET_BY_CODE: (number[] | undefined)[] = Array.from({ length: 128 }, (_, code) => LEET_SYMBOLS.get(code));
const IS_MASK = new Uint8Array(128);
for (const character of MASKS) IS_MASK[character.charCodeAt(0)] = 1;
// ASCII codes that may branch (leet or mask): every other ASCII code takes the plain step.
const BRANCHES = new Uint8Array(128);
for (let code = 0; code < 128; code++) BRANCHES[code] = LEET_BY_CODE[code] !== undefined || IS_MASK[code] === 1 ? 1 : 0;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/**
 * Where word matches may end: at a space, at the end, or before trailing symbols only ("idiot!!").
 * Built once per text, right to left, so checking an end costs O(1) (a scan per check would make
 * runs of symbols quadratic).
 */
class WordEnds {
  private next: number[] | undefined;
  constructor(private readonly text: string) {}
  /** Whether a word may end at `position`. */
  at(position: number): boolean {
    if (this.next === undefined) {
      // next[p]: the first index ≥ p holding a space or a word character (text.length if none).
      const next = new Array<number>(this.text.length + 1);
      next[this.text.length] = this.text.length;
      for (let index = this.text.length - 1; index >= 0; index--) {
        const code = this.text.charCodeAt(index);
        next[index] = code === SPACE || isWordCode(code) ? index : (next[index + 1] as number);
      }
      this.next = next;
    }
    if (position >= this.text.length) return true;
    const boundary = this.next[position] as number;
    return boundary === this.text.length || this.text.charCodeAt(boundary) === SPACE;
  }
  /** Where a word match ends, allowing a plural `s` / `es` ("idiots", "bitches"); -1 when none. */
  endAt(position: number): number {
    if (this.at(position)) return position;
    const code = this.text.charCodeAt(position);
    if (code === 115 && this.at(position + 1)) return position + 1;
    return code === 101 && this.text.charCodeAt(position + 1) === 115 && this.at(position + 2) ? position + 2 : -1;
  }
}

/**
 * A span read through leet or masks must still hold a letter: "455" is a number, not "ass"; "****"
 * names no word. Plain spans always qualify.
 */
function readsAsWord(text: string, start: number, end: number): boolean {
  let letters = 0;
  let disguised = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 97 && code <= 122) || code > 127) letters++;
    else if (code !== SPACE) disguised++;
  }
  return disguised === 0 || letters > 0;
}

function symbolOf(trie: Trie, code: number): number {
  return code < 128 ? (trie.asciiSymbols[code] as number) : (trie.extraSymbols.get(code) ?? -1);
}

/**
 * Every match of the trie's entries in a normalized text (deny and allow entries alike).
 *
 * @example
 * walkTrie(trie, normalize('you m0r0n').text);
 */
export function walkTrie(trie: Trie, text: string, stats?: { steps: number }, elongated?: (position: number) => boolean): RawMatch[] {
  const matches: RawMatch[] = [];
  const { transitions, alphabetSize, terminalOf, terminalLists, entries, asciiSymbols } = trie;
  let budget = 0;
  let origin = 0;
  const wordEnds = new WordEnds(text);

  const visit = (node: number, position: number, previous: number): void => {
    // Plain letters advance in this loop; only ambiguous characters (leet, masks, doubled letters)
    // branch into recursive calls.
    for (;;) {
      if (budget-- <= 0) return;
      if (stats !== undefined) stats.steps++;
      const terminal = terminalOf[node] as number;
      if (terminal >= 0 && position > origin) {
        for (const entryIndex of terminalLists[terminal] as number[]) {
          const mode = entries[entryIndex]!.mode;
          const end = mode === 'prefix' || mode === 'substring' ? position : wordEnds.endAt(position);
          if (end >= 0 && readsAsWord(text, origin, position)) matches.push({ entry: entryIndex, start: origin, end });
        }
      }
      if (position >= text.length || position - origin > MAX_WORD * 3) return;
      const code = text.charCodeAt(position);
      if (code === SPACE) {
        const child = transitions[node * alphabetSize + 36] as number;
        if (child === 0 || position + 1 >= text.length) return;
        node = child;
        position++;
        previous = SPACE;
        continue;
      }
      const symbol = code < 128 ? (asciiSymbols[code] as number) : symbolOf(trie, code);
      const child = symbol >= 0 ? (transitions[node * alphabetSize + symbol] as number) : 0;
      // Only a repeated letter, a leet character or a mask can branch; the common plain character is
      // decided by one table look-up. (Non-ASCII characters never branch.)
      const branchable = code === previous || (code < 128 && BRANCHES[code] === 1);
      // A doubled letter reads as one only where the writer stretched the word ("fuuuck"), not in
      // ordinary spellings ("rappers" is not "rapers").
      const doubled = branchable && code === previous && code >= 97 && code <= 122 && (elongated === undefined || elongated(position));
      // A symbol that ends a word is punctuation ("shit!" is not "shite").
      const trailing = branchable && (position + 1 >= text.length || text.charCodeAt(position + 1) === SPACE);
      const leet = branchable && code < 128 && !(trailing && code > 57 && code !== 36) ? LEET_BY_CODE[code] : undefined;
      const mask = branchable && code < 128 && IS_MASK[code] === 1;
      if (!doubled && leet === undefined && !mask) {
        if (child === 0) return;
        node = child;
        position++;
        previous = code;
        continue;
      }
      if (child !== 0) visit(child, position + 1, code);
      // A doubled letter may stand for one ("fuuck" → "fuck", "asss" → "ass").
      if (doubled) visit(node, position + 1, code);
      if (leet !== undefined) {
        for (const letter of leet) {
          const next = transitions[node * alphabetSize + letter] as number;
          if (next !== 0) visit(next, position + 1, letter + 97);
        }
      } else if (mask) {
        for (let letter = 0; letter < 26; letter++) {
          const next = transitions[node * alphabetSize + letter] as number;
          if (next !== 0) visit(next, position + 1, code);
        }
      }
      return;
    }
  };

  let tokenStart = true;
  let leadingSymbols = true;
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position);
    if (code === SPACE) {
      tokenStart = true;
      leadingSymbols = true;
      continue;
    }
    const word = isWordCode(code);
    // Walks start where a word starts, after leading symbols ("#idiot", "(you"), and inside words
    // only when a suffix or substring entry asks for it.
    if (tokenStart || leadingSymbols || trie.innerStarts) {
      origin = position;
      budget = BUDGET_PER_START;
      visit(0, position, SPACE);
    }
    tokenStart = false;
    if (word) leadingSymbols = false;
    // Past a word's first character no walk starts until the next space (unless inner starts are
    // asked for): skip there at once.
    if (!leadingSymbols && !trie.innerStarts) {
      const space = text.indexOf(' ', position + 1);
      if (space < 0) break;
      position = space - 1;
    }
  }
  return keepInnerModes(trie, text, matches);
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

/**
 * Keeps, per entry and start, the longest match; drops deny matches inside an allow match.
 *
 * @example
 * const kept = resolveMatches(trie, raw);
 */
export function resolveMatches(trie: Trie, text: string, raw: RawMatch[]): RawMatch[] {
  if (raw.length === 0) return raw;
  const best = new Map<string, RawMatch>();
  for (const match of raw) {
    const key = `${match.entry}:${match.start}`;
    const seen = best.get(key);
    if (seen === undefined || match.end > seen.end) best.set(key, match);
  }
  // Where the text spells a term literally, other readings of the same span are dropped ("zq1x" is
  // not also "zqix").
  const literal = new Set<string>();
  for (const match of best.values()) {
    const written = text.slice(match.start, match.end);
    const key = trie.entries[match.entry]!.key;
    if (written === key || written === `${key}s` || written === `${key}es`) literal.add(`${match.start}:${match.end}`);
  }
  const kept = [...best.values()].filter((match) => {
    if (!literal.has(`${match.start}:${match.end}`)) return true;
    const written = text.slice(match.start, match.end);
    const key = trie.entries[match.entry]!.key;
    return written === key || written === `${key}s` || written === `${key}es`;
  });
  const allows = kept.filter((match) => trie.entries[match.entry]!.allow);
  return kept
    .filter((match) => !trie.entries[match.entry]!.allow)
    .filter((match) => !allows.some((allow) => allow.start <= match.start && allow.end >= match.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Maps a normalized span to the source span it came from. */
export function toSource(normalized: NormalizedText, start: number, end: number): [number, number] {
  return [normalized.start[start] as number, normalized.end[end - 1] as number];
}
