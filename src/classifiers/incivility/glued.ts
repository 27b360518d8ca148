/**
 * Insults glued to the words that aim them: "youareanidiot", "uridiot", "youfuckingidiot",
 * "idiotyou". Word semantics keep a term from matching inside a word (the Scunthorpe rule), so a
 * token is read this way only when it starts with a word for the reader ("you", "your", "ur", "u")
 * or ends with "you", and the rest splits into common English words and insults, slurs
 * or vulgar words, with one of those last (first before a trailing "you") and nothing left over:
 * "youth", "urban", "menu", "thankyou" and "unutterable" do not. An insult or slur glued to a word
 * of contempt ("dirtywhore", "stupidcunt") is read too, not aimed by itself. And a phrase said to
 * the reader glued to more words ("iwillkillyou", "IKnowWhereYouLive" as "i know where you live"),
 * where the token splits into common words and the phrases' words with nothing left over.
 */
import commonEnglish from '../../../rules/words/common-english.json';
import { builtinLexiconEntries, type LexiconMatch } from '../../lexicon/index.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';

/** Words for the reader a glued token may start with, longest first. */
const LEADING = ['youare', 'youre', 'your', 'you', 'ur', 'u'];
/** ... or end with ("u" alone would read Polish "cocktailu", a case ending, as "cock" + "tail" + "u"). */
const TRAILING = ['you'];
/**
 * Words between the reader and the insult that the common-word list lacks ("youRsuch", "uRa"), and
 * words of degree and contempt before an insult ("youabsolutecretin", "youpatheticloser").
 */
const LINKS = ['r', 're', 'ar', 'sooo', 'soo', 'absolute', 'complete', 'utter', 'total', 'fucking', 'little', 'pathetic', 'stupid', 'dumb', 'ugly', 'fat'];
/** Contractions written without their apostrophe, among the words of a glued phrase ("illstabyou", "imgoingtohurtyou"). */
const CONTRACTIONS = ['ill', 'im', 'ima', 'imma', 'gonna', 'wanna', 'gotta', 'youre', 'youll', 'ive', 'dont', 'wont', 'cant'];
const CATEGORIES = new Set(['insult', 'profanity', 'identity-attack']);
/**
 * Words of contempt an insult is glued to with no word for the reader ("dirtywhore", "stupidcunt",
 * "bigasshole"): the rest of the token must be one insult or slur of four letters or more.
 */
const INTENSIFIERS = ['dirty', 'stupid', 'big', 'fat', 'ugly', 'dumb', 'bloody', 'filthy', 'lying', 'worthless', 'total', 'sucha'];
/** Insult and slur categories, which an intensifier may be glued to (not vulgar words: "bigcock", "totalshit"). */
const INTENSIFIED = new Set(['insult', 'identity-attack']);
/** Tokens shorter than this hold no reader and a term; longer ones are left alone (bounded work). */
const SHORTEST = 5;
const LONGEST = 40;

interface Term {
  id: string;
  term: string;
  category: string;
  severity: number;
}

let terms: Map<string, Term> | undefined;
let common: Set<string> | undefined;

/** One-word terms of the incivility lexicons by key (three letters or more), and the common words. */
function tables(): { terms: Map<string, Term>; common: Set<string> } {
  if (terms === undefined || common === undefined) {
    terms = new Map();
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
      const key = entry.term.toLowerCase();
      if (!CATEGORIES.has(entry.category) || !/^[a-z]{3,}$/.test(key) || terms.has(key)) continue;
      terms.set(key, { id: `${entry.category}:${entry.term}`, term: entry.term, category: entry.category, severity: entry.severity });
    }
    common = new Set([...commonEnglish.words, ...LINKS]);
  }
  return { terms, common };
}

/** A phrase said to the reader ("kill you", "know where you live", "hang yourself"). */
const SAID_TO_READER = /\b(?:you|your|yours|yourself|yourselves)\b/;
/** The most pieces a glued token is read in (bounded work). */
const MOST_PIECES = 12;

let phrases: { byText: Map<string, Term>; words: Set<string> } | undefined;

/**
 * Phrases of the incivility lexicons said to the reader, by their words joined with one space, and
 * every word a token may split into around them: common words and the phrases' own words.
 */
function phraseTables(): { byText: Map<string, Term>; words: Set<string> } {
  if (phrases === undefined) {
    const byText = new Map<string, Term>();
    const words = new Set([...tables().common, ...CONTRACTIONS]);
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
      const key = entry.term.toLowerCase();
      if (!/^[a-z]+(?: [a-z]+)+$/.test(key) || !SAID_TO_READER.test(key) || byText.has(key)) continue;
      byText.set(key, { id: `${entry.category}:${entry.term}`, term: entry.term, category: entry.category, severity: entry.severity });
      for (const word of key.split(' ')) words.add(word);
    }
    phrases = { byText, words };
  }
  return phrases;
}

/**
 * The phrases said to the reader in a token glued from more words ("iwillkillyou" is "i will kill
 * you", "gohangyourself", "iknowwhereyoulive"): the token splits into common words and the phrases'
 * words with nothing left over, fewest pieces first, and a run of two pieces or more is a phrase.
 * Offsets in `word`.
 */
function gluedPhrases(word: string): { start: number; end: number; term: Term }[] | undefined {
  const { byText, words } = phraseTables();
  // pieces[i]: the fewest words covering word[0, i); from[i]: where the last of them starts.
  const pieces = new Int32Array(word.length + 1).fill(-1);
  const from = new Int32Array(word.length + 1).fill(-1);
  pieces[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const count = (pieces[start] as number) + 1;
      if (count === 0 || count > MOST_PIECES || ((pieces[end] as number) >= 0 && count >= (pieces[end] as number)) || !words.has(word.slice(start, end))) continue;
      pieces[end] = count;
      from[end] = start;
    }
  }
  if ((pieces[word.length] as number) < 2) return undefined;
  const bounds: number[] = [word.length];
  for (let end = word.length; end > 0; end = from[end] as number) bounds.unshift(from[end] as number);
  let found: { start: number; end: number; term: Term }[] | undefined;
  for (let first = 0; first < bounds.length - 1; first++) {
    for (let last = first + 2; last < bounds.length; last++) {
      const text = [];
      for (let index = first; index < last; index++) text.push(word.slice(bounds[index], bounds[index + 1]));
      const term = byText.get(text.join(' '));
      if (term !== undefined) (found ??= []).push({ start: bounds[first] as number, end: bounds[last] as number, term });
    }
  }
  return found;
}

/**
 * The pieces `text` splits into, each a common word or a term (a term may take a plural s), with at
 * least one term: the terms' offsets in `text`, or undefined. The split with the fewest pieces wins.
 */
function split(text: string): { start: number; end: number; term: Term }[] | undefined {
  const { terms: byKey, common: words } = tables();
  // best[i]: the fewest pieces covering text[0, i), with how many terms and where the last came from.
  const pieces = new Int32Array(text.length + 1).fill(-1);
  const from = new Int32Array(text.length + 1).fill(-1);
  const termAt = new Array<Term | undefined>(text.length + 1);
  const termsSoFar = new Int32Array(text.length + 1);
  pieces[0] = 0;
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      if ((pieces[start] as number) < 0) continue;
      const piece = text.slice(start, end);
      const term = byKey.get(piece) ?? (piece.endsWith('s') ? byKey.get(piece.slice(0, -1)) : undefined);
      if (term === undefined && !words.has(piece)) continue;
      const count = (pieces[start] as number) + 1;
      const found = (termsSoFar[start] as number) + (term === undefined ? 0 : 1);
      if ((pieces[end] as number) < 0 || count < (pieces[end] as number) || (count === pieces[end] && found > (termsSoFar[end] as number))) {
        pieces[end] = count;
        from[end] = start;
        termAt[end] = term;
        termsSoFar[end] = found;
      }
    }
  }
  if ((pieces[text.length] as number) < 0 || termsSoFar[text.length] === 0) return undefined;
  const found: { start: number; end: number; term: Term }[] = [];
  for (let end = text.length; end > 0; end = from[end] as number) {
    const term = termAt[end];
    if (term !== undefined) found.unshift({ start: from[end] as number, end, term });
  }
  return found;
}

/** What one pass over a comment's tokens finds glued together. */
export interface GluedReadings {
  /** Insults glued to a word for the reader ("youareanidiot"): aimed at the reader. */
  aimed: LexiconMatch[];
  /** Insults and slurs glued to a word of contempt ("dirtywhore", "bigretards"): not aimed by themselves. */
  intensified: LexiconMatch[];
  /** Phrases said to the reader inside a token glued from more words ("iwillkillyou"). */
  phrases: LexiconMatch[];
}

const NOTHING_GLUED: GluedReadings = { aimed: [], intensified: [], phrases: [] };

/**
 * The insults glued to other words in the comment's normalized tokens, as matches in analysis-text
 * offsets, in one pass over the tokens.
 *
 * @example
 * gluedMatches(analysisOf('youareanidiot')).aimed; // [{ term: 'idiot', start: 8, end: 13, ... }]
 * gluedMatches(analysisOf('what a dirtywhore')).intensified; // [{ term: 'whore', start: 12, end: 17, ... }]
 */
export function gluedMatches(analysis: TextAnalysis): GluedReadings {
  const { text, start, end } = analysis.normalized;
  let found: GluedReadings | undefined;
  for (let next = 0; next < text.length; ) {
    let to = text.indexOf(' ', next);
    if (to < 0) to = text.length;
    // (A hashtag's mark is no part of the token: "#youloser".)
    const from = text.charCodeAt(next) === 35 ? next + 1 : next;
    const length = to - from;
    // (Only a token that starts with y or u or ends with u can hold a word for the reader, and only
    // one that starts with an intensifier's letter a word of contempt: most are cut out here.)
    const first = text.charCodeAt(from);
    let glued: ReturnType<typeof gluedPieces>;
    if (length >= SHORTEST && length <= LONGEST && (first === 121 || first === 117 || text.charCodeAt(to - 1) === 117)) {
      const word = text.slice(from, to);
      glued = /^[a-z]+$/.test(word) ? gluedPieces(word) : undefined;
      if (glued !== undefined) for (const piece of glued.pieces) (found ??= { aimed: [], intensified: [], phrases: [] }).aimed.push(matchOf(analysis.text, start, end, from + glued.offset + piece.start, from + glued.offset + piece.end, piece.term));
    }
    // (A phrase said to the reader holds "you": a look for it cuts out most tokens.)
    if (glued === undefined && length >= 7 && length <= LONGEST && holdsYou(text, from, to)) {
      const word = text.slice(from, to);
      const phrased = /^[a-z]+$/.test(word) ? gluedPhrases(word) : undefined;
      if (phrased !== undefined) for (const phrase of phrased) (found ??= { aimed: [], intensified: [], phrases: [] }).phrases.push(matchOf(analysis.text, start, end, from + phrase.start, from + phrase.end, phrase.term));
    }
    let intensified = false;
    if (glued === undefined && length >= 7 && length <= LONGEST && first < 128 && FIRST_LETTERS[first] === 1) {
      const hit = intensifiedTerm(text, from, to);
      if (hit !== undefined) (found ??= { aimed: [], intensified: [], phrases: [] }).intensified.push(matchOf(analysis.text, start, end, to - hit.length, to, hit.term));
      intensified = hit !== undefined;
    }
    // (A token that ends with a term: a look at its last letters first, most end with none.)
    if (glued === undefined && !intensified && length >= 8 && length <= LONGEST && endsWithTerm(text, to)) {
      const word = text.slice(from, to);
      const ended = /^[a-z]+$/.test(word) ? endedByTerm(word) : undefined;
      if (ended !== undefined) {
        const match = matchOf(analysis.text, start, end, from + ended.start, to, ended.term);
        const readings = (found ??= { aimed: [], intensified: [], phrases: [] });
        (ended.aimed ? readings.aimed : readings.intensified).push(match);
      }
    }
    next = to + 1;
  }
  return found ?? NOTHING_GLUED;
}

let termEnds: Uint8Array | undefined;

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
 * Whether the token ending at `to` in `text` ends with the last four letters of a term of four letters
 * or more (or its last three and an s): a table look-up, no string made.
 */
function endsWithTerm(text: string, to: number): boolean {
  if (termEnds === undefined) {
    termEnds = new Uint8Array(26 ** 4);
    for (const key of tables().terms.keys()) {
      if (key.length < 4) continue;
      for (const end of [key.slice(-4), `${key.slice(-3)}s`]) {
        const at = endKey(end, 4);
        if (at >= 0) termEnds[at] = 1;
      }
    }
  }
  const at = endKey(text, to);
  return at >= 0 && termEnds[at] === 1;
}

/** Words for the reader right before a term that ends a glued token: the term is aimed ("gotohellyouidiot"). */
const READER_PIECES = new Set(['you', 'u', 'ya', 'ur']);

/**
 * English words (the `word-list` package, 274,000) that would read as words glued to a term, all
 * rare: left alone. `npm run check:lexicons` lists any other (see {@link endedByTerm}).
 */
export const GLUED_LOOKALIKES = new Set([
  'apartmental', 'goloshoes', 'inhearse', 'inhearses', 'lineamental', 'managemental', 'meacocks', 'taradiddle', 'taradiddles', 'testamental', 'thereamong', 'verbascum', 'verbascums',
  // Polish words of Debian's list (2.1 million ASCII words) that read so.
  'logopedo', 'metodego', 'ortopedo',
]);

let endVocabulary: Set<string> | undefined;

/** The words a token may split into before the term that ends it: common words and the lexicons' phrases' words. */
function endWords(): Set<string> {
  if (endVocabulary === undefined) {
    endVocabulary = new Set([...commonEnglish.words, ...INTENSIFIERS]);
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) if (/^[a-z]+(?: [a-z]+)+$/.test(entry.term)) for (const word of entry.term.split(' ')) endVocabulary.add(word);
  }
  return endVocabulary;
}

/**
 * The insult, slur or vulgar word of four letters or more that ends `word` after two words or more
 * ("whatthefuck", "thisisshit", "gotohellyouidiot", "shutupnigger"), with where it starts, and
 * whether a word for the reader stands right before it; undefined for any other word. The words
 * before it are common words or words of the lexicons' phrases, fewest first; one word before
 * a term is a compound as often ("peacock", "therapist"), and English words that read so anyway
 * are {@link GLUED_LOOKALIKES}.
 */
export function endedByTerm(word: string, lookalikes: ReadonlySet<string> = GLUED_LOOKALIKES): { start: number; term: Term; aimed: boolean } | undefined {
  if (lookalikes.has(word)) return undefined;
  const { terms: byKey } = tables();
  const vocabulary = endWords();
  for (let cut = word.length - 4; cut >= 2; cut--) {
    const last = word.slice(cut);
    const term = byKey.get(last) ?? (last.endsWith('s') ? byKey.get(last.slice(0, -1)) : undefined);
    if (term === undefined || term.term.length < 4) continue;
    // fewest[i]: the fewest words covering word[0, i); from[i]: where the last of them starts.
    const fewest = new Int32Array(cut + 1).fill(-1);
    const from = new Int32Array(cut + 1).fill(-1);
    fewest[0] = 0;
    for (let end = 1; end <= cut; end++) {
      for (let start = Math.max(0, end - 20); start < end; start++) {
        const count = (fewest[start] as number) + 1;
        // (A letter alone is "a" only: "f", "u", "i" split English words, "f|am|i|liar".)
        if (count === 0 || ((fewest[end] as number) >= 0 && count >= (fewest[end] as number)) || (end - start === 1 && word.charCodeAt(start) !== 97) || !vocabulary.has(word.slice(start, end))) continue;
        fewest[end] = count;
        from[end] = start;
      }
    }
    if ((fewest[cut] as number) < 2) continue;
    return { start: cut, term, aimed: READER_PIECES.has(word.slice(from[cut] as number, cut)) };
  }
  return undefined;
}

/** Whether the token [from, to) of `text` holds "you" (a look within the token only). */
function holdsYou(text: string, from: number, to: number): boolean {
  for (let index = from; index + 3 <= to; index++) {
    if (text.charCodeAt(index) === 121 && text.charCodeAt(index + 1) === 111 && text.charCodeAt(index + 2) === 117) return true;
  }
  return false;
}

/** The insult or slur glued to a word of contempt that token [from, to) of `text` is, with its length there. */
function intensifiedTerm(text: string, from: number, to: number): { term: Term; length: number } | undefined {
  for (const intensifier of INTENSIFIERS_BY_LETTER[text.charCodeAt(from)] ?? []) {
    if (!text.startsWith(intensifier, from)) continue;
    const rest = text.slice(from + intensifier.length, to);
    if (rest.length < 4 || !/^[a-z]+$/.test(rest)) return undefined;
    const { terms: byKey } = tables();
    const term = byKey.get(rest) ?? (rest.endsWith('s') ? byKey.get(rest.slice(0, -1)) : undefined);
    return term !== undefined && INTENSIFIED.has(term.category) ? { term, length: rest.length } : undefined;
  }
  return undefined;
}

/** Per ASCII unit: 1 for the first letters of the intensifiers. */
const FIRST_LETTERS = new Uint8Array(128);
/** The intensifiers by the code of their first letter. */
const INTENSIFIERS_BY_LETTER: string[][] = [];
for (const word of INTENSIFIERS) {
  FIRST_LETTERS[word.charCodeAt(0)] = 1;
  (INTENSIFIERS_BY_LETTER[word.charCodeAt(0)] ??= []).push(word);
}

/**
 * The pieces of `word` past (or before) the word for the reader glued to it, with the offset of the
 * first piece in `word`; undefined where none is glued to it.
 */
function gluedPieces(word: string): { offset: number; pieces: { start: number; end: number; term: Term }[] } | undefined {
  // Of the readings, the one whose insult is longest: "youretard" is "you" + "retard", not "youre" + "tard".
  let best: { offset: number; pieces: { start: number; end: number; term: Term }[] } | undefined;
  for (const reader of LEADING) {
    if (!word.startsWith(reader) || word.length === reader.length) continue;
    const pieces = split(word.slice(reader.length));
    // The insult ends the token: "unutterable" is not "u" + "nutter" + "able".
    if (pieces === undefined || pieces[pieces.length - 1]!.end !== word.length - reader.length) continue;
    const last = pieces[pieces.length - 1]!;
    if (best === undefined || last.end - last.start > best.pieces[best.pieces.length - 1]!.end - best.pieces[best.pieces.length - 1]!.start) best = { offset: reader.length, pieces };
  }
  if (best !== undefined) return best;
  for (const reader of TRAILING) {
    if (!word.endsWith(reader) || word.length === reader.length) continue;
    const pieces = split(word.slice(0, -reader.length));
    // And before a trailing word for the reader, it starts the token ("idiotyou").
    if (pieces !== undefined && pieces[0]!.start === 0) return { offset: 0, pieces };
  }
  return undefined;
}

/** A match of `term` over the normalized characters [from, to), in source offsets. */
function matchOf(source: string, starts: Int32Array, ends: Int32Array, from: number, to: number, term: Term): LexiconMatch {
  const first = starts[from] as number;
  const last = ends[to - 1] as number;
  return { id: term.id, term: term.term, category: term.category, severity: term.severity, start: first, end: last, text: source.slice(first, last) };
}
