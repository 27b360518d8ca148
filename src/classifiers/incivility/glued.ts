/**
 * Insults glued to the words that aim them: "youareanidiot", "uridiot", "youfuckingidiot",
 * "idiotyou". Word semantics keep a term from matching inside a word (the Scunthorpe rule), so a
 * token is read this way only when it starts with a word for the reader ("you", "your", "ur", "u")
 * or ends with "you", and the rest splits into common English words and insults, slurs
 * or vulgar words, with one of those last (first before a trailing "you") and nothing left over:
 * "youth", "urban", "menu", "thankyou" and "unutterable" do not. An insult or slur glued to a word
 * of contempt ("dirtywhore", "stupidcunt") is read too, not aimed by itself; so are phrases said to
 * the reader glued to more words (glued-phrases.ts: "iwillkillyou"), a term that ends a token
 * glued from two words or more (glued-ends.ts: "whatthefuck", "gotohellyouidiot") and a strong word
 * glued to one other word in a token written in small letters or capitals ("stupidfagget"), in one
 * pass over the comment's tokens.
 */
import type { LexiconMatch } from '../../lexicon/index.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { endedByTerm, endsWithTerm, everydayToken, heldTerm, holdsTermStart, mayHoldStrongTerm, pairedTerm } from './glued-ends.js';
import { gluedPhrases, holdsYou } from './glued-phrases.js';
import { capitalizedWord, opensSentence } from './glued-pairs.js';
import { INTENSIFIERS, letterToken, tables, termOrPlural, type Term } from './glued-words.js';
import { leetReadText } from './word-entries.js';

/** Words for the reader a glued token may start with, longest first. */
const LEADING = ['youare', 'youre', 'your', 'you', 'ur', 'u'];
/** ... or end with ("u" alone would read Polish "cocktailu", a case ending, as "cock" + "tail" + "u"). */
const TRAILING = ['you'];
/** Insults, slurs and vulgar words, which an intensifier may be glued to ("dirtywhore", "totalshit", "holyshit"). */
const INTENSIFIED = new Set(['insult', 'identity-attack', 'profanity']);
/** Tokens shorter than this hold no reader and a term; longer ones are left alone (bounded work). */
const SHORTEST = 5;
const LONGEST = 40;

/**
 * The pieces `text` splits into, each a common word or a term (a term may take a plural s), with at
 * least one term: the terms' offsets in `text`, or undefined. The split with the fewest pieces wins.
 */
function split(text: string): { start: number; end: number; term: Term }[] | undefined {
  const { common: words } = tables();
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
      const term = termOrPlural(piece);
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

/** Readings to fill, made where a token holds the first. */
function emptyReadings(): GluedReadings {
  return { aimed: [], intensified: [], phrases: [] };
}

/**
 * The insults glued to other words in the comment's normalized tokens, as matches in analysis-text
 * offsets, in one pass over the tokens.
 *
 * @example
 * gluedMatches(analysisOf('youareanidiot')).aimed; // [{ term: 'idiot', start: 8, end: 13, ... }]
 * gluedMatches(analysisOf('what a dirtywhore')).intensified; // [{ term: 'whore', start: 12, end: 17, ... }]
 */
export function gluedMatches(analysis: TextAnalysis): GluedReadings {
  const { start, end } = analysis.normalized;
  const text = leetReadText(analysis);
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
      const word = letterToken(text, from, to);
      glued = word === undefined ? undefined : gluedPieces(word);
      if (glued !== undefined) for (const piece of glued.pieces) (found ??= emptyReadings()).aimed.push(matchOf(analysis.text, start, end, from + glued.offset + piece.start, from + glued.offset + piece.end, piece.term));
    }
    // (A phrase said to the reader holds "you": a look for it cuts out most tokens.)
    let phrased: ReturnType<typeof gluedPhrases>;
    if (glued === undefined && length >= 7 && length <= LONGEST && holdsYou(text, from, to)) {
      const word = letterToken(text, from, to);
      phrased = word === undefined ? undefined : gluedPhrases(word);
      if (phrased !== undefined) for (const phrase of phrased) (found ??= emptyReadings()).phrases.push(matchOf(analysis.text, start, end, from + phrase.start, from + phrase.end, phrase.term));
    }
    let intensified = false;
    if (glued === undefined && length >= 7 && length <= LONGEST && first < 128 && FIRST_LETTERS[first] === 1) {
      const hit = intensifiedTerm(text, from, to);
      if (hit !== undefined) (found ??= emptyReadings()).intensified.push(matchOf(analysis.text, start, end, to - hit.length, to, hit.term));
      intensified = hit !== undefined;
    }
    // A spaced-out insult that normalization joined to the article before it ("what a l o s e r" is
    // "what aloser"): the letters after the "a".
    if (glued === undefined && !intensified && first === 97 && length >= 5 && length <= LONGEST && (end[to - 1] as number) - (start[from] as number) >= 2 * length - 1) {
      const rest = letterToken(text, from + 1, to);
      const term = rest === undefined ? undefined : tables().terms.get(rest);
      if (term !== undefined && INTENSIFIED.has(term.category)) {
        (found ??= emptyReadings()).intensified.push(matchOf(analysis.text, start, end, from + 1, to, term));
        intensified = true;
      }
    }
    // (A token that ends with a term, or holds one: a look at its letters first, most hold none.)
    let ended: ReturnType<typeof heldTerm>;
    if (glued === undefined && phrased === undefined && !intensified && length >= 8 && length <= LONGEST && endsWithTerm(text, to)) {
      const word = letterToken(text, from, to);
      const last = word === undefined ? undefined : endedByTerm(word);
      if (last !== undefined) ended = { ...last, end: length };
    }
    if (glued === undefined && phrased === undefined && !intensified && ended === undefined && length >= 9 && length <= LONGEST && holdsTermStart(text, from, to)) {
      const word = letterToken(text, from, to);
      ended = word === undefined ? undefined : heldTerm(word);
    }
    // A strong word glued to one other word ("stupidfagget", "honkyteacher"), written in small letters
    // or all in capitals, or, a slur, capitalized as a sentence's first word is ("Chinksbrought the
    // virus"): a name glued so is capitalized inside a sentence ("Hitchcock", "Penistone").
    if (glued === undefined && phrased === undefined && !intensified && ended === undefined && length >= 5 && length <= LONGEST && mayHoldStrongTerm(text, from, to) && !everydayToken(text, from, to)) {
      const capitalized = capitalizedWord(analysis.text, start[from] as number, end[to - 1] as number);
      const word = !capitalized || opensSentence(analysis.text, start[from] as number, end[to - 1] as number) ? letterToken(text, from, to) : undefined;
      ended = word === undefined ? undefined : pairedTerm(word);
      // (Capitalized, a slur only: a place glued from a vulgar word opens sentences too, "Crapstone in Devon".)
      if (capitalized && ended !== undefined && ended.term.category !== 'identity-attack') ended = undefined;
    }
    if (ended !== undefined) (ended.aimed ? (found ??= emptyReadings()).aimed : (found ??= emptyReadings()).intensified).push(matchOf(analysis.text, start, end, from + ended.start, from + ended.end, ended.term));
    next = to + 1;
  }
  return found ?? NOTHING_GLUED;
}

/** The insult or slur glued to a word of contempt that token [from, to) of `text` is, with its length there. */
function intensifiedTerm(text: string, from: number, to: number): { term: Term; length: number } | undefined {
  for (const intensifier of INTENSIFIERS_BY_LETTER[text.charCodeAt(from)] ?? []) {
    if (!text.startsWith(intensifier, from)) continue;
    const rest = text.slice(from + intensifier.length, to);
    if (rest.length < 4 || !/^[a-z]+$/.test(rest)) return undefined;
    const term = termOrPlural(rest);
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
