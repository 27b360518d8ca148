/**
 * A term that ends a token glued from two words or more: "whatthefuck", "thisisshit",
 * "gotohellyouidiot" (aimed: a word for the reader stands right before it), "shutupnigger".
 */
import { builtinLexiconEntries } from '../../lexicon/index.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';
import glueWords from '../../../rules/words/glue-words.json';
import { WordTable } from '../../text/word-table.js';
import { everydayWords, fewestPieces, INTENSIFIERS, PHRASE, tables, termOf, termOrPlural, type Term } from './glued-words.js';

let termEnds: Uint8Array | undefined;
let joined: Map<string, Term> | undefined;

/**
 * The incivility lexicons' phrases written as one word, by that word ("deservetodie",
 * "dieinafire", "shutthefuckup"): a phrase may end a glued token after one word ("youdeservetodie",
 * "godieinafire"), as a term after two.
 */
function joinedPhrases(): Map<string, Term> {
  if (joined === undefined) {
    joined = new Map();
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
      const phrase = entry.term.toLowerCase();
      if (!PHRASE.test(phrase)) continue;
      const key = phrase.replaceAll(' ', '');
      if (!joined.has(key)) joined.set(key, termOf(entry));
    }
  }
  return joined;
}

/** The last four letters at `to` as one number (26 to the 4th), or -1 where one is no small letter. */
function endKey(text: string, to: number): number {
  let key = 0;
  for (let index = to - 4; index < to; index++) {
    const letter = text.charCodeAt(index) - 97;
    if (letter < 0 || letter > 25) return -1;
    key = key * 26 + letter;
  }
  return key;
}

/**
 * A table of the four-letter keys (see endKey) of `words` of four letters or more: their last four
 * letters and their last three with an s (`ends`), or their first four.
 */
function fourLetterTable(words: Iterable<string>, ends: boolean): Uint8Array {
  const table = new Uint8Array(26 ** 4);
  for (const word of words) {
    if (word.length < 4) continue;
    for (const piece of ends ? [word.slice(-4), `${word.slice(-3)}s`] : [word.slice(0, 4)]) {
      const at = endKey(piece, 4);
      if (at >= 0) table[at] = 1;
    }
  }
  return table;
}

/** Whether the four letters of `text` before `to` are in `table` (see fourLetterTable): a look-up, no string made. */
function inTable(table: Uint8Array, text: string, to: number): boolean {
  const at = endKey(text, to);
  return at >= 0 && table[at] === 1;
}

/**
 * Whether the token ending at `to` in `text` ends with the last four letters of a term of four letters
 * or more (or its last three and an s): a table look-up, no string made.
 */
export function endsWithTerm(text: string, to: number): boolean {
  termEnds ??= fourLetterTable([...tables().terms.keys(), ...joinedPhrases().keys()], true);
  return inTable(termEnds, text, to);
}

/** Words for the reader right before a term that ends a glued token: the term is aimed ("gotohellyouidiot"). */
const READER_PIECES = new Set(['you', 'u', 'ya', 'ur', 'your']);

/**
 * English words (the `word-list` package, 274,000) that would read as words glued to a term, all
 * rare: left alone. `npm run check:lexicons` lists any other (see {@link endedByTerm}).
 */
export const GLUED_LOOKALIKES = new Set([
  'apartmental', 'goloshoes', 'inhearse', 'inhearses', 'lineamental', 'managemental', 'meacocks', 'taradiddle', 'taradiddles', 'testamental', 'thereamong', 'verbascum', 'verbascums',
  // With SCOWL's everyday words (glue-words.json) among the pieces.
  'firmamental', 'fundamental', 'fundamentals', 'intergovernmental', 'intertestamental', 'temperamental',
  // And words that hold a term (heldTerm): of word-list, Debian's English and Polish lists.
  'incontrollable', 'heraclitus', 'domofonowa', 'domofonowano', 'domofonowe', 'domofonowego', 'foodpornowego', 'topornawe', 'topornawego', 'tryliardowe', 'tryliardowego', 'wittenberka',
  // Polish words of Debian's list (2.1 million ASCII words) that read so.
  'logopedo', 'metodego', 'ortopedo',
  // (With "rag" of "rag head" a phrase's word: "rag" + "a" + "muff" + "in".)
  'ragamuffin',
  // (Ending in "fing", fucking abbreviated: "tariff" + "ing" is no "tarif" + "fing".)
  'bedwarfing', 'loafings', 'sheafing', 'tariffing',
]);

let endVocabulary: Set<string> | undefined;

/** The words a token may split into before the term that ends it: everyday words, terms ("youmiserablecunt") and the lexicons' phrases' words. */
function endWords(): Set<string> {
  if (endVocabulary === undefined) {
    endVocabulary = new Set([...everydayWords(), ...INTENSIFIERS, ...tables().terms.keys()]);
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) if (PHRASE.test(entry.term)) for (const word of entry.term.split(' ')) endVocabulary.add(word);
  }
  return endVocabulary;
}

/**
 * The insult, slur or vulgar word of four letters or more that ends `word` after two words or more
 * ("whatthefuck", "thisisshit", "gotohellyouidiot", "shutupnigger"), or the lexicons' phrase or a
 * word of "fuck" longer than it that ends it after one word or more ("youdeservetodie",
 * "godieinafire", "goatfuckers"), with where it starts, and
 * whether a word for the reader stands right before it; undefined for any other word. The words
 * before it are common words or words of the lexicons' phrases, fewest first; one word before
 * a term is a compound as often ("peacock", "therapist"), and English words that read so anyway
 * are {@link GLUED_LOOKALIKES}.
 */
export function endedByTerm(word: string, lookalikes: ReadonlySet<string> = GLUED_LOOKALIKES): { start: number; term: Term; aimed: boolean } | undefined {
  const { terms: byKey } = tables();
  // (A term itself is read as one: "motherfucker" is not "mother" + "fucker".)
  if (lookalikes.has(word) || byKey.has(word) || (word.endsWith('s') && byKey.has(word.slice(0, -1)))) return undefined;
  const phrases = joinedPhrases();
  const vocabulary = endWords();
  for (let cut = word.length - 4; cut >= 2; cut--) {
    const last = word.slice(cut);
    const phrase = phrases.get(last);
    const term = byKey.get(last) ?? phrase ?? termOrPlural(last);
    if (term === undefined || term.term.length < 4) continue;
    // (A letter alone is "a" only, or "i" opening the token, "i|hate|...": "f", "u", "i" split
    // English words, "f|am|i|liar".)
    const bounds = fewestPieces(word.slice(0, cut), (start, end) => (start === 0 && end === 1 && word.charCodeAt(0) === 105) || ((end - start > 1 || word.charCodeAt(start) === 97) && vocabulary.has(word.slice(start, end))));
    // (One word before a phrase, or a word of "fuck" longer than it: "goatfuckers"; before another
    // term a compound as often: "peacock", "woodpecker", "bootlicker".)
    const oneWordBefore = phrase === term || (term.category === 'profanity' && term.term.length > 4 && term.term.startsWith('fuck'));
    if (bounds === undefined || wordsIn(word, bounds, phrases) < (oneWordBefore ? 1 : 2)) continue;
    return { start: cut, term, aimed: READER_PIECES.has(word.slice(bounds[bounds.length - 2] as number, cut)) };
  }
  return undefined;
}

/** How many words the pieces of `word` at `bounds` are, a phrase of the lexicons written as one counting as its words ("screwyou|asshole"). */
function wordsIn(word: string, bounds: readonly number[], phrases: ReadonlyMap<string, Term>): number {
  let words = 0;
  for (let index = 0; index + 1 < bounds.length; index++) {
    const piece = word.slice(bounds[index], bounds[index + 1]);
    words += phrases.has(piece) ? 2 : 1;
  }
  return words;
}

let termStarts: Uint8Array | undefined;

/**
 * Whether a term of four letters or more may start somewhere in token [from, to) of `text`: a table
 * look-up of the four letters at each place, no string made.
 */
export function holdsTermStart(text: string, from: number, to: number): boolean {
  termStarts ??= fourLetterTable(tables().terms.keys(), false);
  for (let at = from + 4; at <= to; at++) if (inTable(termStarts, text, at)) return true;
  return false;
}

/** The most pieces a token is read in for a term inside it (bounded work). */
const MOST_PIECES = 12;

/**
 * The insult, slur or vulgar word of four letters or more inside `word`, which splits into four
 * pieces or more, each an everyday word, a word of the lexicons' phrases or a term, fewest first
 * ("youbastardyouruinedit", "cheersmuppetgreatpoint"): the last such term after the first piece,
 * where it stands, and whether a word for the reader stands right before it; undefined for any other
 * word. (A term first is a Greek or Latin root as often, "psychometry", "homologous", "cockatoo";
 * in three pieces a word and an ending, "con|troll|able".) English words that read so anyway are
 * {@link GLUED_LOOKALIKES}.
 */
export function heldTerm(word: string, lookalikes: ReadonlySet<string> = GLUED_LOOKALIKES): { start: number; end: number; term: Term; aimed: boolean } | undefined {
  const vocabulary = endWords();
  // (Most long tokens are one everyday word: no split to look for.)
  if (lookalikes.has(word) || vocabulary.has(word)) return undefined;
  const termAt = (start: number, end: number): Term | undefined => termOrPlural(word.slice(start, end));
  // (A letter alone is "a" only, as for a term ending the token.)
  const bounds = fewestPieces(word, (start, end) => (end - start > 1 || word.charCodeAt(start) === 97) && (vocabulary.has(word.slice(start, end)) || termAt(start, end) !== undefined), MOST_PIECES);
  if (bounds === undefined || bounds.length < 5) return undefined;
  for (let index = bounds.length - 2; index >= 1; index--) {
    const start = bounds[index] as number;
    const end = bounds[index + 1] as number;
    const term = termAt(start, end);
    if (term !== undefined && term.term.length >= 4) return { start, end, term, aimed: READER_PIECES.has(word.slice(bounds[index - 1] as number, start)) };
  }
  return undefined;
}

/**
 * English words (the `word-list` package, 274,000) and words of five other languages that
 * {@link pairedTerm} would read as a strong word glued to others ("pussycat", "homograph",
 * "squarely", Portuguese "considerarmos"): left alone (everyday words, "among", are never read so).
 * Generated into rules/words/glue-words.json by scripts/generate-glue-words.ts.
 */
export const PAIRED_LOOKALIKES: ReadonlySet<string> = new Set(glueWords.pairedLookalikes.split(' '));

/** The categories of the strong words a pair may hold. */
const PAIRED_CATEGORIES = new Set(['insult', 'identity-attack', 'profanity']);

/** A strong word of the lexicons (an insult, slur or vulgar word of four letters or more, severity 3 or more), or undefined. */
function strongTerm(piece: string): Term | undefined {
  const term = termOrPlural(piece);
  return term !== undefined && term.term.length >= 4 && term.severity >= 3 && PAIRED_CATEGORIES.has(term.category) ? term : undefined;
}

/**
 * Words of two letters that may stand glued before a strong word ("byfaggots", "ofdicks"): those
 * that come before a noun or a verb. Not "am", "an", "as", "in", "is", "or", "us"...: they start
 * words of other languages as often ("indago", "ordago", "asquim").
 */
const BEFORE_TERM = new Set(['by', 'of', 'my', 'do', 'go', 'no', 'so', 'to']);

/** Whether the first `to` letters of `word` are "a", a word of BEFORE_TERM, or an everyday word of three letters or more. */
function gluePiece(word: string, to: number, everyday: ReadonlySet<string>): boolean {
  if (to === 1) return word.charCodeAt(0) === 97;
  const piece = word.slice(0, to);
  return to === 2 ? BEFORE_TERM.has(piece) : everyday.has(piece);
}

let everydayTable: WordTable | undefined;

/** Whether token [from, to) of `text` is an everyday word ({@link tables}' common words), told from its code units: no string made. */
export function everydayToken(text: string, from: number, to: number): boolean {
  everydayTable ??= WordTable.ofSets([[tables().common, 1]]);
  return everydayTable.find(text, from, to) >= 0;
}

let strongEnds: Uint8Array | undefined;
let strongStarts: Uint8Array | undefined;

/**
 * Whether token [from, to) of `text` may start or end with a strong word or hold one between two
 * words (see {@link pairedTerm}): table look-ups of its first four letters, its last four and the
 * four from each letter inside, no string made. (The tables of all
 * terms and phrases let two tokens in five through, "debate" and "weather" among them.)
 */
export function mayHoldStrongTerm(text: string, from: number, to: number): boolean {
  if (strongEnds === undefined || strongStarts === undefined) {
    const strong = [...tables().terms.keys()].filter((key) => strongTerm(key) !== undefined);
    strongEnds = fourLetterTable(strong, true);
    strongStarts = fourLetterTable(strong, false);
  }
  if (to - from < 4) return false;
  if (inTable(strongEnds, text, to) || inTable(strongStarts, text, from + 4)) return true;
  // (Or between two words: a strong word's start inside, with three letters or more after it.)
  for (let at = from + 1; at + 7 <= to; at++) if (inTable(strongStarts, text, at + 4)) return true;
  return false;
}

/**
 * The strong insult, slur or vulgar word glued to one everyday word of three letters or more before
 * or after it, to "a" or a word of {@link BEFORE_TERM} before it, or between two such words (the last
 * of three letters or more), that `word` is: "stupidfagget", "honkyteacher", "greedysluts",
 * "niggerfood", "aslut", "byfaggots", "aretardwould"; undefined for any other word, for a term
 * itself and for the words that read so ({@link PAIRED_LOOKALIKES}: "pussycat", "homograph",
 * "squarely") and everyday words ("among", "homosexual"). Not aimed by itself.
 * Glued.ts asks only about tokens written in small letters (or all in capitals): a name glued so is
 * capitalized ("Hitchcock", "Cockburn", "Penistone").
 *
 * @example
 * pairedTerm('stupidfagget'); // { start: 6, end: 12, term: fagget, aimed: false }
 */
export function pairedTerm(word: string, lookalikes: ReadonlySet<string> = PAIRED_LOOKALIKES, everyday: ReadonlySet<string> = tables().common): { start: number; end: number; term: Term; aimed: boolean } | undefined {
  // (Most tokens let through are everyday words themselves: "journalist", "debate".)
  if (everyday.has(word) || lookalikes.has(word) || termOrPlural(word) !== undefined) return undefined;
  // (The strong word has four letters or more, the everyday word three or more, or "a" or a word of
  // BEFORE_TERM before.)
  for (let cut = 1; cut + 4 <= word.length; cut++) {
    const last = strongTerm(word.slice(cut));
    if (last !== undefined && gluePiece(word, cut, everyday)) return { start: cut, end: word.length, term: last, aimed: false };
  }
  for (let cut = 4; cut + 3 <= word.length; cut++) {
    const first = strongTerm(word.slice(0, cut));
    if (first !== undefined && everyday.has(word.slice(cut))) return { start: 0, end: cut, term: first, aimed: false };
  }
  // (Or between two: "aretardwould", "ofshitand".)
  for (let cut = 1; cut + 7 <= word.length; cut++) {
    if (!gluePiece(word, cut, everyday)) continue;
    // (The longest strong word first: "aniggalike" is "a|nigga|like", not "a|nigg|alike".)
    for (let end = word.length - 3; end >= cut + 4; end--) {
      const middle = strongTerm(word.slice(cut, end));
      if (middle !== undefined && everyday.has(word.slice(end))) return { start: cut, end, term: middle, aimed: false };
    }
  }
  return undefined;
}
