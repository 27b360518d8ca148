/**
 * The bundled incivility phrases read word by word, each word in any spelling the bundled data gives
 * a phrase's word (rules/words/typos.json `phraseWords`, `phraseSlips` and `typos`: misspelt;
 * rules/words/second-person.json: informal), as the grammar reads it, or split in two by a space, so
 * that a phrase with several words misspelt or split still reads: "Go jupm off a brideg", "Just klil
 * yousrelf", "slit ur wri sts". The lexicon's trie holds a phrase with one word misspelt (spellings.ts
 * phraseTypos); every combination would not fit in it.
 */
import secondPerson from '../../../rules/words/second-person.json';
import typos from '../../../rules/words/typos.json';
import { normalizeTerm } from '../../lexicon/compile.js';
import { builtinLexiconEntries, type LexiconMatch } from '../../lexicon/index.js';
import { COMMON_WORDS } from '../../lexicon/spellings.js';
import { sameUnits, WordTable } from '../../text/word-table.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';
import { termOf, type Term } from './glued-words.js';
import { clauseBetween, grammarWords, type Words } from './words.js';

/** A word of a phrase read so far: the words that may follow, and the phrases that end here. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** The words that may follow by their length and first letter ({@link shapeOf}), for reading two pieces as one without joining them. */
  byShape: Map<number, [string, PhraseNode][]>;
  ends: Term[];
}

interface PhraseReader {
  root: PhraseNode;
  /** Every spelling of every phrase word; `readings[entry]` are the phrase words a spelling may be. */
  spellings: WordTable;
  readings: string[][];
  /** Per spelling, 1 where it may be the first word of a phrase. */
  opens: Uint8Array;
  /** Per word of the grammar's table, its spelling entry or -1: most words of a text are read from there with no look-up. */
  ofGrammarWord: Int32Array;
}

let reader: PhraseReader | undefined;

/** The phrases of the bundled incivility lexicons as a tree of words, and their words' spellings (built on first use). */
function phraseReader(): PhraseReader {
  if (reader !== undefined) return reader;
  const root: PhraseNode = { next: new Map(), byShape: new Map(), ends: [] };
  const phraseWords = new Set<string>();
  for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
    const words = normalizeTerm(entry.term).split(' ');
    if (words.length < 2) continue;
    let node = root;
    for (const word of words) {
      phraseWords.add(word);
      let next = node.next.get(word);
      if (next === undefined) {
        node.next.set(word, (next = { next: new Map(), byShape: new Map(), ends: [] }));
        const sameShape = node.byShape.get(shapeOf(word.length, word.charCodeAt(0))) ?? [];
        sameShape.push([word, next]);
        node.byShape.set(shapeOf(word.length, word.charCodeAt(0)), sameShape);
      }
      node = next;
    }
    node.ends.push(termOf(entry));
  }
  const readingsOf = new Map<string, Set<string>>();
  const add = (spelling: string, word: string): void => {
    const readings = readingsOf.get(spelling) ?? new Set<string>();
    readings.add(word);
    readingsOf.set(spelling, readings);
  };
  const informal: Record<string, readonly string[]> = secondPerson.spellings;
  for (const word of phraseWords) {
    add(word, word);
    const spellings = [...((typos.phraseWords as Record<string, string[]>)[word] ?? []), ...((typos.phraseSlips as Record<string, string[]>)[word] ?? []), ...((typos.typos as Record<string, string[]>)[word] ?? []), ...(informal[word] ?? [])];
    // (An informal spelling of two words, "ur self", is read as the two words joined.)
    for (const spelling of spellings) add(spelling.replaceAll(' ', ''), word);
  }
  const spellings = new WordTable(new Map([...readingsOf.keys()].map((spelling) => [spelling, 0])));
  const readings = spellings.words().map((spelling) => [...(readingsOf.get(spelling) as Set<string>)]);
  const opens = Uint8Array.from(readings, (words) => (words.some((word) => root.next.has(word)) ? 1 : 0));
  const ofGrammarWord = Int32Array.from(grammarWords(), (word) => spellings.find(word, 0, word.length));
  reader = { root, spellings, readings, opens, ofGrammarWord };
  return reader;
}

/**
 * What a word split in two counts towards the two words written otherwise a match needs: the lexicon
 * reads a phrase with one word misspelt, and deliberately not with some spellings that are words
 * ("your dead" is not "you're dead": "Bring out your dead").
 */
const SPLIT = 2;

/**
 * The words of a phrase from which one word written otherwise is enough ("Hpe you die alone"): the
 * lexicon's trie holds no four-letter slips (phraseSlips), and two words written as the phrase has
 * them leave the third no other reading. In a phrase of two, one word written otherwise is left to
 * the lexicon ("your dead" is not "you're dead").
 */
const LONG_PHRASE = 3;

/** The most words a phrase match may span (a phrase's words, some split in two). */
const MOST_WORDS = 16;

/** Per word of the comment being read, its entry in the reader's spellings or -1 (reused, as Words is). */
let spellingOf = new Int32Array(256);
/**
 * Per word, what it counts towards the words written otherwise: 1 where the grammar read it as a
 * word it is not written as ("yousrelf" as yourself), SPLIT where it is a piece of two words written
 * as one ("tostab" as "to stab"), else 0.
 */
let readOtherwise = new Uint8Array(256);

/**
 * The bundled incivility phrases in the words read, each word written as the phrase has it or in a
 * spelling of it (see the module comment), in one clause, with two words or more written otherwise
 * than the phrase has them, one split in two, or one in a phrase of three words or more (the lexicon
 * reads the rest). Matches in
 * analysis-text offsets.
 *
 * @example
 * misspeltPhrases(words.read(analysis, matches), analysis.text); // "jump off a bridge" in "Go jupm off a brideg."
 */
export function misspeltPhrases(words: Words, text: string): LexiconMatch[] {
  const { root, spellings, opens, ofGrammarWord } = phraseReader();
  if (spellingOf.length < words.length) {
    spellingOf = new Int32Array(words.length * 2);
    readOtherwise = new Uint8Array(words.length * 2);
  }
  // Each word looked up once: a word of the grammar's table by its entry there, another straight
  // from the text's units (most words are no phrase word).
  for (let index = 0; index < words.length; index++) {
    const grammar = words.entry[index] as number;
    spellingOf[index] = grammar >= 0 ? (ofGrammarWord[grammar] as number) : spellings.find(words.normalized, words.from[index] as number, words.to[index] as number);
    readOtherwise[index] = gluedToNeighbour(words, index) ? SPLIT : grammar >= 0 && (spellingOf[index] as number) >= 0 && !writtenAs(words, index, words.known(index) as string) ? 1 : 0;
  }
  let found: LexiconMatch[] | undefined;
  const longest: Longest = { last: -1, term: undefined };
  for (let first = 0; first < words.length; first++) {
    const opening = spellingOf[first] as number;
    // (A phrase opens with a phrase word as written or spelled: the first word split in two, "sl it
    // your wrists", is not looked for, as it cost as much again as the rest.)
    if (opening < 0 || opens[opening] === 0) continue;
    // (One match per first word: the longest phrase read from it.)
    longest.last = -1;
    longest.term = undefined;
    follow(words, text, root, first, first, 0, longest);
    // (Set by follow: the compiler still takes it for the undefined set above.)
    const term = longest.term as Term | undefined;
    if (term === undefined) continue;
    const start = words.start[first] as number;
    const end = words.end[longest.last] as number;
    (found ??= []).push({ id: term.id, term: term.term, category: term.category, severity: term.severity, start, end, text: text.slice(start, end) });
    first = longest.last;
  }
  return found ?? [];
}

/** The longest phrase read from a first word: its last word and its term. */
interface Longest {
  last: number;
  term: Term | undefined;
}

/**
 * Reads on from phrase node `node` at word `at` (the phrase started at word `first`), `respelt` of
 * its words so far written otherwise than the phrase has them (a split word counts SPLIT), keeping
 * the longest phrase read in `longest`.
 */
function follow(words: Words, text: string, node: PhraseNode, first: number, at: number, respelt: number, longest: Longest): void {
  if (node.ends.length > 0 && respelt >= (at - first >= LONG_PHRASE ? 1 : 2) && at - 1 > longest.last && !clauseBetween(words, first, at - 1, text)) {
    longest.last = at - 1;
    // (A phrase's first term: the lexicon reports every entry of a key, the rare key two lexicons share.)
    longest.term = node.ends[0];
  }
  if (at >= words.length || at - first >= MOST_WORDS || node.next.size === 0) return;
  const { spellings, readings } = phraseReader();
  const entry = spellingOf[at] as number;
  if (entry >= 0) {
    for (const word of readings[entry] as string[]) {
      const next = node.next.get(word);
      if (next !== undefined) follow(words, text, next, first, at + 1, respelt + (readOtherwise[at] === SPLIT ? SPLIT : word === spellings.word(entry) && readOtherwise[at] === 0 ? 0 : 1), longest);
    }
  }
  // A word of the phrase past its first split in two by a space ("wri sts"), unless both pieces are
  // common words ("be at" is not "beat").
  if (node === phraseReader().root || at + 1 >= words.length) return;
  const joined = (words.to[at] as number) - (words.from[at] as number) + (words.to[at + 1] as number) - (words.from[at + 1] as number);
  for (const [word, next] of node.byShape.get(shapeOf(joined, words.normalized.charCodeAt(words.from[at] as number))) ?? NONE) {
    if (splitAt(words, at, word) && !(COMMON_WORDS.has(words.text(at)) && COMMON_WORDS.has(words.text(at + 1)))) follow(words, text, next, first, at + 2, respelt + SPLIT, longest);
  }
}

const NONE: [string, PhraseNode][] = [];

/** The key of a word's length and first code unit among a node's words. */
function shapeOf(length: number, first: number): number {
  return length * 0x10000 + first;
}

/** Whether word `index` is one of two words written as one: nothing between it and the word before or after it in the comment. */
function gluedToNeighbour(words: Words, index: number): boolean {
  return (index > 0 && words.end[index - 1] === words.start[index]) || (index + 1 < words.length && words.start[index + 1] === words.end[index]);
}

/** Whether word `index` is written, as normalized, as `word`. */
function writtenAs(words: Words, index: number, word: string): boolean {
  const from = words.from[index] as number;
  return (words.to[index] as number) - from === word.length && sameUnits(word, words.normalized, from, word.length);
}

/** Whether words `at` and `at + 1`, as normalized, are `word` split in two (their lengths together are its length: see byShape). */
function splitAt(words: Words, at: number, word: string): boolean {
  const text = words.normalized;
  const from = words.from[at] as number;
  const middle = words.to[at] as number;
  const after = words.from[at + 1] as number;
  const to = words.to[at + 1] as number;
  for (let index = 0; index < word.length; index++) {
    const unit = index < middle - from ? text.charCodeAt(from + index) : text.charCodeAt(after + index - (middle - from));
    if (unit !== word.charCodeAt(index)) return false;
  }
  return true;
}
