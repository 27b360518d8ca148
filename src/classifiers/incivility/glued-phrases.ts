/**
 * Phrases said to the reader glued to more words: "iwillkillyou", "IKnowWhereYouLive" (read as "i
 * know where you live"), "gohangyourself". A token that holds "you" and splits into common words and
 * the phrases' own words with nothing left over is read for the phrases of the incivility lexicons.
 */
import { builtinLexiconEntries } from '../../lexicon/index.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';
import { CONTRACTIONS, fewestPieces, PHRASE, tables, termOf, type Term } from './glued-words.js';

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
      if (!PHRASE.test(key) || !SAID_TO_READER.test(key) || byText.has(key)) continue;
      byText.set(key, termOf(entry));
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
export function gluedPhrases(word: string): { start: number; end: number; term: Term }[] | undefined {
  const { byText, words } = phraseTables();
  const bounds = fewestPieces(word, (start, end) => words.has(word.slice(start, end)), MOST_PIECES);
  if (bounds === undefined || bounds.length < 3) return undefined;
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

/** Whether the token [from, to) of `text` holds "you" (a look within the token only). */
export function holdsYou(text: string, from: number, to: number): boolean {
  for (let index = from; index + 3 <= to; index++) {
    if (text.charCodeAt(index) === 121 && text.charCodeAt(index + 1) === 111 && text.charCodeAt(index + 2) === 117) return true;
  }
  return false;
}
