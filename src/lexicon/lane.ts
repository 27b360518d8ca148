/**
 * The plain lane's automaton: an Aho-Corasick automaton over the trie's terms read coarsely, so the
 * fused scan can pass over plain text (ASCII letters and plain separators) one table step a
 * character and walk only from the words that may start a match.
 *
 * Coarse reading: letters that may read as one another share a class ("l" and "i"; "v", "u" and
 * "w", as "vv" reads as w), a run of one class counts once ("fuuuck" as "fuck", and "ass" as "as"),
 * and every term starts with a boundary. Whatever a walk reads over plain characters it reads in
 * those classes, so a walk that matches reads one of the automaton's patterns: where the automaton
 * reports none, no walk from those words can match, and the scan skips them. The reverse does not
 * hold ("as" and "hello" contain patterns), which costs walks, never matches.
 */
import { CHARACTER_KIND, defaultCharacterTables, SEQUENCE_START } from '../text/characters.js';
import type { Trie } from './compile.js';
import { CAPITAL_I_LETTER, swapLetters } from './drawn-alike.js';

/** The lane class of a plain separator: a space, a comma, a closing bracket... */
export const BOUNDARY = 0;
/** The lane class of `-`, `.` and `_`: a separator unless a letter or another of them follows (where they may hide or split letters). */
export const DASH = 254;
/** The lane class of every character the lane leaves to the full scan: digits, symbols, apostrophes, anything not ASCII. */
export const SPECIAL = 255;

const { asciiCode, asciiKind } = defaultCharacterTables();

/** Per letter (0-25): its class (1 and up), one for all the letters a walk may read it as. */
const LETTER_CLASS: number[] = (() => {
  const parent = Array.from({ length: 26 }, (_, letter) => letter);
  const find = (letter: number): number => (parent[letter] === letter ? letter : (parent[letter] = find(parent[letter] as number)));
  // The letters drawn alike (drawn-alike.ts): "l" for i, "v" for u and "vv" for w, a capital I for l.
  for (let letter = 0; letter < 26; letter++) for (const reading of swapLetters(letter + 97)) parent[find(letter)] = find(reading);
  parent[find('i'.charCodeAt(0) - 97)] = find(CAPITAL_I_LETTER);
  const roots = [...new Set(parent.map((_, letter) => find(letter)))];
  return parent.map((_, letter) => 1 + roots.indexOf(find(letter)));
})();

/** The number of classes: the boundary and the letter classes. */
export const CLASS_COUNT = Math.max(...LETTER_CLASS) + 1;

/** Per ASCII unit: its lane class (see {@link BOUNDARY}, {@link DASH}, {@link SPECIAL}). */
export const LANE_CLASS = new Uint8Array(128).fill(SPECIAL);
for (let unit = 0; unit < 128; unit++) {
  const code = asciiCode[unit] as number;
  if (asciiKind[unit] === CHARACTER_KIND.word && code >= 97 && code <= 122) LANE_CLASS[unit] = LETTER_CLASS[code - 97] as number;
  // (Not an apostrophe, which may join a word, nor the first character of a letter drawn with several: "|_|".)
  else if (asciiKind[unit] === CHARACTER_KIND.separator && unit !== 39 && unit !== 96 && SEQUENCE_START[unit] !== 1) LANE_CLASS[unit] = unit === 45 || unit === 46 || unit === 95 ? DASH : BOUNDARY;
}

/** The lane's automaton for one trie. */
export interface LaneAutomaton {
  /** next[state * CLASS_COUNT + class]: the state after reading that class (failures folded in). */
  next: Uint16Array | Int32Array;
  /** The states from this one on report: a pattern ends there or at a state its failures lead to. */
  firstReporting: number;
  /**
   * Per state, the number of words the longest pattern start it stands for has begun: the words a
   * walk may still match from.
   */
  liveWords: Uint8Array;
}

/** The state that stands for nothing read. */
export const ROOT = 0;
/** The state after the boundary that starts the text. */
export const START = 1;

const automatonCache = new WeakMap<Trie, LaneAutomaton>();

/**
 * How many classes of a pattern the automaton reads (the boundary first; one fewer before a
 * boundary); a longer pattern reports there, and the walks read the rest. In full, the bundled
 * lexicons and their derived spellings made 149,279 states (a 32-bit table of 14 MB, 0.38 s to
 * build); cut, 56,213 states (16-bit, 2.7 MB, ~0.13 s) for 13 % more walks from the pipeline's
 * lexicon on the bench corpus and 35 % more on the Impermium comments.
 */
const PATTERN_CLASSES = 9;

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}

/**
 * The automaton of the trie's terms in lane classes, built on first use and kept for the trie.
 *
 * @example
 * const automaton = laneAutomaton(compileTrie({ entries })); // "idiot" reads as the classes ␣ i d i o t
 */
export function laneAutomaton(trie: Trie): LaneAutomaton {
  const cached = automatonCache.get(trie);
  if (cached !== undefined) return cached;
  const { transitions, alphabetSize, terminalOf } = trie;
  const symbolClass = new Int16Array(alphabetSize).fill(-1);
  for (let code = 97; code <= 122; code++) symbolClass[trie.asciiSymbols[code] as number] = LETTER_CLASS[code - 97] as number;
  symbolClass[36] = BOUNDARY;
  // The patterns' trie, then the automaton in place: state 0 the root, state 1 the boundary every
  // pattern starts with; table[state * CLASS_COUNT + class] a child (0 for none) until the failures fold in.
  let table = new Int32Array(4096 * CLASS_COUNT);
  let ends = new Uint8Array(4096);
  let depth = new Uint8Array(4096);
  let states = 2;
  table[BOUNDARY] = START;
  depth[START] = 1;
  const childOf = (state: number, classOf: number): number => {
    const existing = table[state * CLASS_COUNT + classOf] as number;
    if (existing !== 0) return existing;
    if (states === ends.length) {
      table = grown(table, states * 2 * CLASS_COUNT);
      ends = grown(ends, states * 2);
      depth = grown(depth, states * 2);
    }
    table[state * CLASS_COUNT + classOf] = states;
    depth[states] = (depth[state] as number) + 1;
    return states++;
  };
  // Every trie node with its pattern state and the class read last (a trie reaches each node once).
  const pending: number[] = [0, START, BOUNDARY];
  while (pending.length > 0) {
    const last = pending.pop() as number;
    const state = pending.pop() as number;
    const node = pending.pop() as number;
    if (node !== 0 && (terminalOf[node] as number) >= 0) ends[state] = 1;
    for (let symbol = 0; symbol < alphabetSize; symbol++) {
      const child = transitions[node * alphabetSize + symbol] as number;
      if (child === 0) continue;
      const classOf = symbolClass[symbol] as number;
      // (A digit or a letter outside ASCII: the lane leaves it to the full scan, which walks from
      // every word still read into a pattern there, so the pattern needs go no further.)
      if (classOf < 0) continue;
      if (classOf === last) {
        pending.push(child, state, classOf);
      } else if ((depth[state] as number) >= PATTERN_CLASSES - (classOf === BOUNDARY ? 1 : 0)) {
        // A pattern cut short reports where it is cut, always after a letter (so the lane looks for
        // reports after letters only): the walks then read the rest.
        ends[state] = 1;
      } else {
        pending.push(child, childOf(state, classOf), classOf);
      }
    }
  }
  const failure = new Int32Array(states);
  const reports = new Uint8Array(states);
  // Boundaries read on the way to each state, and whether the last class read was one.
  const boundaries = new Uint8Array(states);
  const afterBoundary = new Uint8Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let classOf = 0; classOf < CLASS_COUNT; classOf++) if (table[classOf] !== ROOT) queue[tail++] = table[classOf] as number;
  boundaries[START] = 1;
  afterBoundary[START] = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    reports[state] = (ends[state] as number) | (reports[failure[state] as number] as number);
    for (let classOf = 0; classOf < CLASS_COUNT; classOf++) {
      const child = table[state * CLASS_COUNT + classOf] as number;
      const fallback = table[(failure[state] as number) * CLASS_COUNT + classOf] as number;
      if (child === 0) {
        table[state * CLASS_COUNT + classOf] = fallback;
      } else {
        failure[child] = fallback;
        boundaries[child] = (boundaries[state] as number) + (classOf === BOUNDARY ? 1 : 0);
        afterBoundary[child] = classOf === BOUNDARY ? 1 : 0;
        queue[tail++] = child;
      }
    }
  }
  // Numbered again with the reporting states last, so the lane tells them by one comparison (the
  // root and the start report nothing and keep their numbers).
  const numbers = new Int32Array(states);
  let count = 0;
  for (const reporting of [0, 1]) for (let state = 0; state < states; state++) if (reports[state] === reporting) numbers[state] = count++;
  const next = states <= 65536 ? new Uint16Array(states * CLASS_COUNT) : new Int32Array(states * CLASS_COUNT);
  const liveWords = new Uint8Array(states);
  for (let state = 0; state < states; state++) {
    const number = numbers[state] as number;
    for (let classOf = 0; classOf < CLASS_COUNT; classOf++) next[number * CLASS_COUNT + classOf] = numbers[table[state * CLASS_COUNT + classOf] as number] as number;
    liveWords[number] = (boundaries[state] as number) - (afterBoundary[state] as number);
  }
  for (let state = 0; state < states; state++) if (reports[state] === 1 && afterBoundary[state] === 1) throw new Error('The lane automaton reports after a boundary, where the lane does not look: a bug in laneAutomaton.');
  const firstReporting = states - reports.reduce((sum, reporting) => sum + reporting, 0);
  const automaton = { next, firstReporting, liveWords };
  automatonCache.set(trie, automaton);
  return automaton;
}
