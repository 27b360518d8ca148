/**
 * Two words written as one: "tostrangle", "willmurder", "ashit", "aremonkeys", "uselessprick". A
 * token that is no word of the glue vocabulary itself (everyday words, the grammar's words, the
 * incivility lexicons' one-word terms, the last word also as a plural) splits into two of its words, one of them a word the readings
 * act on: a word of the grammar's harm and contempt sets (the `bits` the caller names) or a term of
 * severity 2 or more. The grammar then reads the two words as written apart ("I'm going to strangle
 * you"), and a term among them is matched where it stands.
 *
 * English words that read so ("cockfight", "bloodshot", "backstab", "breakout") are generated into
 * glue-words.json (`pairLookalikes`, from the word-list package and the words of five other
 * languages) and left alone; so are names (a capital inside a sentence, "Ashford") and tokens with
 * anything but letters.
 */
import glueWords from '../../../rules/words/glue-words.json';
import { opensSentenceAt, smallAsciiRun } from '../../text/source-looks.js';
import { WordTable } from '../../text/word-table.js';
import { builtinLexiconEntries } from '../../lexicon/builtin.js';
import { everydayWords, glueVocabulary, tables, termOf, type Term } from './glued-words.js';

/** Token lengths read as two words glued (bounded work; longer tokens are readSplit's). */
export const PAIR_SHORTEST = 5;
export const PAIR_LONGEST = 24;
/** The shortest piece that is the word acted on ("kys" of "justkys", "cut"). */
const SHORTEST_ACTED_ON = 3;

/** English words and words of other languages that read as two glued words, left alone (generated). */
export const PAIR_LOOKALIKES: ReadonlySet<string> = new Set(glueWords.pairLookalikes.split(' '));

/** Words of two letters that may stand glued before another word: those before a noun or a verb. */
const TWO_LETTERS_FIRST = WordTable.ofSets([[['by', 'of', 'my', 'do', 'go', 'no', 'so', 'to', 'he', 'we', 'ur'], 1]]);

/** What a token glued from two words is: where the second starts, and the term among them. */
export interface GluedPair {
  /** The offset of the second word in the token. */
  cut: number;
  /** The one-word terms of the incivility lexicons (severity 2 or more) that the pieces are, with their offsets in the token. */
  terms: { start: number; end: number; term: Term }[];
}

interface PairTables {
  vocabulary: WordTable;
  /** Terms of severity 2 or more, by entry: the index into `terms`. */
  strong: WordTable;
  terms: Term[];
}

const pairTables = new WeakMap<WordTable, PairTables>();
let otherEveryday: readonly string[] | undefined;
let otherTables: PairTables | undefined;

function tablesFor(grammar: WordTable, everyday: readonly string[]): PairTables {
  const { terms } = tables();
  const vocabulary = new WordTable(new Map(glueVocabulary(grammar.words(), everyday).map((word) => [word, 0])));
  // (And the sexual lexicon's one-word terms: "togrope you", "tomolest".)
  const sexual = builtinLexiconEntries(['sexual']).filter((entry) => /^[a-z]{3,}$/.test(entry.term) && !terms.has(entry.term)).map(termOf);
  const strongTerms = [...terms.values(), ...sexual].filter((term) => term.severity >= 2);
  return { vocabulary, strong: new WordTable(new Map(strongTerms.map((term, index) => [term.term, index]))), terms: strongTerms };
}

/**
 * The two words token [from, to) of normalized `text` is glued from (see the module comment), or
 * undefined. `grammar` is the grammar's word table and `bits` the sets whose words are acted on. Of
 * several readings, the one whose acted-on word is longest ("a|shit", "to|kill").
 *
 * @example
 * gluedPair(WORDS, HARM_VERB, 'tostrangle', 0, 10); // { cut: 2, terms: [] }
 * gluedPair(WORDS, HARM_VERB, 'ashit', 0, 5); // { cut: 1, terms: [{ start: 1, end: 5, term: shit }] }
 */
export function gluedPair(grammar: WordTable, bits: number, text: string, from: number, to: number, lookalikes: ReadonlySet<string> = PAIR_LOOKALIKES, everyday?: readonly string[]): GluedPair | undefined {
  if (to - from < PAIR_SHORTEST || to - from > PAIR_LONGEST) return undefined;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 97 || code > 122) return undefined;
  }
  // (Tables of another vocabulary, for the generator, kept for the last one asked for.)
  let known = everyday === undefined ? pairTables.get(grammar) : everyday === otherEveryday ? otherTables : undefined;
  if (known === undefined) {
    known = tablesFor(grammar, everyday ?? everydayWords());
    if (everyday === undefined) pairTables.set(grammar, known);
    else [otherEveryday, otherTables] = [everyday, known];
  }
  const { vocabulary, strong, terms } = known;
  if (vocabulary.find(text, from, to) >= 0) return undefined;
  let best = -1;
  let bestLength = 0;
  for (let cut = from + 1; cut + SHORTEST_ACTED_ON <= to; cut++) {
    // (A letter alone only "a" or "i": "s|hit" is no reading; two letters first only a word that
    // comes before a noun or a verb: "be|slut" is Swedish "beslut", "am|ass" no reading.)
    if (cut === from + 1 && text.charCodeAt(from) !== 97 && text.charCodeAt(from) !== 105) continue;
    if (cut === from + 2 && TWO_LETTERS_FIRST.find(text, from, cut) < 0) continue;
    if (vocabulary.find(text, from, cut) < 0 || orSingular(vocabulary, text, cut, to) < 0) continue;
    for (const [start, end] of [[cut, to], [from, cut]] as const) {
      if (end - start < SHORTEST_ACTED_ON || end - start <= bestLength) continue;
      const entry = grammar.find(text, start, end);
      if ((entry < 0 || (grammar.bits(entry) & bits) === 0) && (end < to ? strong.find(text, start, end) : orSingular(strong, text, start, end)) < 0) continue;
      best = cut;
      bestLength = end - start;
    }
  }
  if (best < 0 || lookalikes.has(text.slice(from, to))) return undefined;
  const found: GluedPair['terms'] = [];
  for (const [start, end] of [[from, best], [best, to]] as const) {
    const term = end < to ? strong.find(text, start, end) : orSingular(strong, text, start, end);
    if (term >= 0) found.push({ start: start - from, end: end - from, term: terms[strong.bits(term)] as Term });
  }
  return { cut: best - from, terms: found };
}

/** The entry of word [from, to) of `text` in `table`, or of the word its plural s follows ("morons"), or -1. */
function orSingular(table: WordTable, text: string, from: number, to: number): number {
  const entry = table.find(text, from, to);
  return entry >= 0 || text.charCodeAt(to - 1) !== 115 || to - from < 4 ? entry : table.find(text, from, to - 1);
}

/**
 * Whether the source [from, to) is written as words glued by mistake are: in small letters, all in
 * capitals, or capitalized as the first word of its sentence; not a name capitalized inside a
 * sentence ("Ashford", "McIntyre"), nor with a letter written three times or more.
 */
export function writtenAsGlued(source: string, from: number, to: number): boolean {
  // (Not with a letter stretched: "YAAAASSSS" is a cheer, not "ya" and "ass".)
  for (let index = from + 2; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === source.charCodeAt(index - 1) && code === source.charCodeAt(index - 2)) return false;
  }
  return !capitalizedWord(source, from, to) || opensSentence(source, from, to);
}

/**
 * Whether the source [from, to) is a word capitalized as the first of its sentence: a capital, then
 * small letters only, at the text's start or after ".", "!" or "?" and white space.
 */
export function opensSentence(source: string, from: number, to: number): boolean {
  return smallAsciiRun(source, from + 1, to) && opensSentenceAt(source, from);
}

/** Whether the source [from, to) is written with a capital and small letters both ("Hitchcock", "McIntyre"): a name, not a word in small letters or in capitals. */
export function capitalizedWord(source: string, from: number, to: number): boolean {
  let capitals = false;
  let smalls = false;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code >= 65 && code <= 90) capitals = true;
    else if (code >= 97 && code <= 122) smalls = true;
  }
  return capitals && smalls;
}
