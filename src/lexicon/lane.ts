/**
 * The plain lane's automaton: an Aho-Corasick automaton over the trie's terms read coarsely, so the
 * fused scan can pass over plain text (ASCII letters and plain separators) two look-ups a character
 * with no branch but one rarely taken, and walk only from the words that may start a match.
 *
 * Coarse reading: letters that may read as one another share a class ("l" and "i"; "v", "u" and
 * "w", as "vv" reads as w), a run of one class counts once ("fuuuck" as "fuck", and "ass" as "as"),
 * every term starts with a boundary, and a word's term (not a prefix) ends before a boundary or the
 * first letter of a plural ("s", "e", "z"). Whatever a walk reads over plain characters it reads in those
 * classes, so a walk that matches reads one of the automaton's patterns: where the automaton reports
 * none, no walk from those words can match, and the scan skips them. The reverse does not hold ("as"
 * holds the pattern of "ass"), which costs walks, never matches.
 *
 * The table folds in what the lane would otherwise test per character: a class read again leaves
 * the state where it is (the runs), and the columns of dashes and of the characters the lane leaves
 * to the full scan lead every state to a trap. The states the lane must stop at (a report, two
 * single-letter words in a row, a trap) are numbered last, and each entry is the next state's row
 * offset, so a step is `state = next[state + column]` and a stop is `state >= firstStop`.
 */
import { CHARACTER_KIND, defaultCharacterTables, SEQUENCE_START } from '../text/characters.js';
import { isBreakUnit } from '../text/source-looks.js';
import { SPACE_SYMBOL, type Trie } from './compile.js';
import { CAPITAL_I_LETTER, swapLetters } from './drawn-alike.js';

/** The lane class of a plain separator: a space, a comma, a closing bracket... */
export const BOUNDARY = 0;
/** The lane class of `-`, `.`, `_`, `[`, `]` and `{` (source-looks.ts's isBreakUnit; `/` and `}` start letters drawn with several and go to the full scan): a separator unless a letter or another of them follows (where they may hide or split letters). */
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
  else if (asciiKind[unit] === CHARACTER_KIND.separator && unit !== 39 && unit !== 96 && SEQUENCE_START[unit] !== 1) LANE_CLASS[unit] = isBreakUnit(unit) ? DASH : BOUNDARY;
}

/** The column of the DASH class in the lane's table (see {@link DASH}): every state goes to a trap there. */
export const DASH_COLUMN = CLASS_COUNT;
/** The column of the characters the lane leaves to the full scan (see {@link SPECIAL}): every state goes to a trap there. */
export const SPECIAL_COLUMN = CLASS_COUNT + 1;
/** The columns of the lane's table: the classes, the dash column and the special column. */
export const LANE_COLUMNS = CLASS_COUNT + 2;

/**
 * Per UTF-16 code unit: its column in the lane's table (a class, {@link DASH_COLUMN} or
 * {@link SPECIAL_COLUMN}), so the lane steps every character by two look-ups and no branch.
 */
export const LANE_COLUMN = new Uint8Array(65536).fill(SPECIAL_COLUMN);
for (let unit = 0; unit < 128; unit++) LANE_COLUMN[unit] = LANE_CLASS[unit] === DASH ? DASH_COLUMN : LANE_CLASS[unit] === SPECIAL ? SPECIAL_COLUMN : (LANE_CLASS[unit] as number);

/** An event bit: a pattern ends here (walk from the words it spans). */
export const REPORTS = 1;
/** An event bit: two single-letter words read in a row, at the boundary after them (a third may follow). */
export const SINGLES = 2;
/** An event bit: the trap for a character left to the full scan. */
export const SPECIAL_TRAP = 4;
/** An event bit: the trap for a dash, dot or underscore (a boundary or left to the full scan, by what follows). */
export const DASH_TRAP = 8;

/** The lane's automaton for one trie. */
export interface LaneAutomaton {
  /**
   * next[row + column]: the row of the state after reading that column, where a state's row is its
   * number times LANE_COLUMNS (failures folded in, the class just read again stays put, the dash and
   * special columns lead to traps).
   */
  next: Int32Array;
  /** The rows from this one on stop the lane: a pattern ends there (or at a state its failures lead to), two single letters were read, or a trap. */
  firstStop: number;
  /**
   * Per state, the number of words the longest pattern start it stands for has begun: the words a
   * walk may still match from.
   */
  liveWords: Uint8Array;
  /** Per state number, what stopping there means: {@link REPORTS}, {@link SINGLES}, {@link SPECIAL_TRAP}, {@link DASH_TRAP}. */
  events: Uint8Array;
}

/** The state that stands for nothing read (its row is 0 too). */
export const ROOT = 0;
/** The state after the boundary that starts the text. */
export const START = 1;
/** The start's row in the lane's table. */
export const START_ROW = START * LANE_COLUMNS;

const automatonCache = new WeakMap<Trie, LaneAutomaton>();

/** The classes a word's term may end before: a boundary, and the first letters of its plurals (s, es, z). */
const WORD_FOLLOWERS = [BOUNDARY, LETTER_CLASS[18] as number, LETTER_CLASS[4] as number, LETTER_CLASS[25] as number];

/** Whether an entry ending at trie node `node` may end inside a word (a prefix, suffix or substring). */
function endsInsideWords(trie: Trie, node: number): boolean {
  return (trie.terminalLists[trie.terminalOf[node] as number] as number[]).some((entry) => trie.entries[entry]!.mode !== 'word');
}

/**
 * How many classes of a pattern the automaton reads (the boundary first; one fewer before a
 * boundary); a longer pattern reports there, and the walks read the rest. Cut so, the pipeline's
 * lexicon (bundled lexicons and derived spellings) makes 97,202 states (a table of 10 MB, about
 * 0.2 s to build), the bundled lexicons alone 8,928.
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
  symbolClass[SPACE_SYMBOL] = BOUNDARY;
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
    if (node !== 0 && (terminalOf[node] as number) >= 0) {
      if (endsInsideWords(trie, node)) {
        ends[state] = REPORTS;
      } else {
        // A word's term ends before a boundary or a plural's first letter (the walk reads the rest):
        // its pattern goes on with them, so "ho" in "however" and "evil" in "evidence" walk from nothing.
        for (const classOf of WORD_FOLLOWERS) {
          if (classOf === last) continue; // (the same letter again: the run already reads it)
          if ((depth[state] as number) >= PATTERN_CLASSES - (classOf === BOUNDARY ? 1 : 0)) {
            ends[state] = REPORTS;
          } else {
            // (The child first: childOf may grow `ends`, and `ends[childOf(...)]` would write to the old one.)
            const follower = childOf(state, classOf);
            ends[follower] = REPORTS;
          }
        }
      }
    }
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
        // A pattern cut short reports where it is cut, after a letter: the walks read the rest.
        ends[state] = REPORTS;
      } else {
        pending.push(child, childOf(state, classOf), classOf);
      }
    }
  }
  // Two single-letter words in a row ("␣x␣y␣"): where a third follows, normalization joins them
  // ("f u c k"), which only the two-pass path does; the lane looks there (see {@link SINGLES}).
  for (let first = 1; first < CLASS_COUNT; first++) {
    const between = childOf(childOf(START, first), BOUNDARY);
    for (let second = 1; second < CLASS_COUNT; second++) {
      const after = childOf(childOf(between, second), BOUNDARY);
      ends[after] = (ends[after] as number) | SINGLES;
    }
  }
  const failure = new Int32Array(states);
  // Per state, what the lane stops for there: its own ends and those its failures lead to.
  const stops = new Uint8Array(states);
  // Boundaries read on the way to each state, and the last class read (BOUNDARY for the start).
  const boundaries = new Uint8Array(states);
  const lastClass = new Uint8Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let classOf = 0; classOf < CLASS_COUNT; classOf++) if (table[classOf] !== ROOT) queue[tail++] = table[classOf] as number;
  boundaries[START] = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    stops[state] = (ends[state] as number) | (stops[failure[state] as number] as number);
    for (let classOf = 0; classOf < CLASS_COUNT; classOf++) {
      const child = table[state * CLASS_COUNT + classOf] as number;
      const fallback = table[(failure[state] as number) * CLASS_COUNT + classOf] as number;
      if (child === 0) {
        table[state * CLASS_COUNT + classOf] = fallback;
      } else {
        failure[child] = fallback;
        boundaries[child] = (boundaries[state] as number) + (classOf === BOUNDARY ? 1 : 0);
        lastClass[child] = classOf;
        queue[tail++] = child;
      }
    }
  }
  // Numbered again with the states the lane must stop at last, so the lane tells them by one
  // comparison (the root and the start keep their numbers), and after them the two traps.
  const numbers = new Int32Array(states);
  let count = 0;
  for (const stopping of [false, true]) for (let state = 0; state < states; state++) if ((stops[state] !== 0) === stopping) numbers[state] = count++;
  const firstStop = stops.reduce((sum, stop) => sum - (stop !== 0 ? 1 : 0), states);
  const total = states + 2;
  // (Each entry the row's offset, the state's number times LANE_COLUMNS: no multiplication on the
  // lane's chain of look-ups, 1.5× as fast as numbers in 16 bits in a loop of steps alone.)
  const next = new Int32Array(total * LANE_COLUMNS);
  const liveWords = new Uint8Array(total);
  const events = new Uint8Array(total);
  for (let state = 0; state < states; state++) {
    const number = numbers[state] as number;
    const row = number * LANE_COLUMNS;
    for (let classOf = 0; classOf < CLASS_COUNT; classOf++) next[row + classOf] = (numbers[table[state * CLASS_COUNT + classOf] as number] as number) * LANE_COLUMNS;
    // A run of one class reads once ("fuuuck" as "fuck"): the class just read again stays put.
    if (state !== ROOT) next[row + (lastClass[state] as number)] = row;
    next[row + DASH_COLUMN] = (states + 1) * LANE_COLUMNS;
    next[row + SPECIAL_COLUMN] = states * LANE_COLUMNS;
    liveWords[number] = (boundaries[state] as number) - (lastClass[state] === BOUNDARY ? 1 : 0);
    events[number] = stops[state] as number;
  }
  events[states] = SPECIAL_TRAP;
  events[states + 1] = DASH_TRAP;
  const automaton = { next, firstStop: firstStop * LANE_COLUMNS, liveWords, events };
  automatonCache.set(trie, automaton);
  return automaton;
}
