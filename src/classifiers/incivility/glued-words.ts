/**
 * The words glued tokens are read in (glued.ts, glued-phrases.ts, glued-ends.ts): the one-word terms
 * of the incivility lexicons, common English words and the few words between a reader and an insult
 * that the common-word list lacks.
 */
import commonEnglish from '../../../rules/words/common-english.json';
import glueWords from '../../../rules/words/glue-words.json';
import { builtinLexiconEntries } from '../../lexicon/index.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';

/**
 * Words between the reader and the insult that the common-word list lacks ("youRsuch", "uRa"), and
 * words of degree and contempt before an insult ("youabsolutecretin", "youpatheticloser").
 */
const LINKS = ['r', 're', 'ar', 'sooo', 'soo', 'absolute', 'complete', 'utter', 'total', 'fucking', 'little', 'pathetic', 'stupid', 'dumb', 'ugly', 'fat'];
/** Contractions written without their apostrophe, among the words of a glued token ("illstabyou", "imgoingtohurtyou", "holyfuckthatsbad"). */
export const CONTRACTIONS = ['ill', 'im', 'ima', 'imma', 'gonna', 'wanna', 'gotta', 'youre', 'youll', 'ive', 'dont', 'wont', 'cant',
  'thats', 'whats', 'hes', 'shes', 'theyre', 'isnt', 'doesnt', 'didnt', 'wasnt', 'arent', 'werent', 'couldnt', 'wouldnt', 'shouldnt', 'youve', 'theyve', 'weve', 'youd', 'theres', 'whos', 'aint', 'havent'];
/** Chat words a glued token may start with ("lmaolookatthisretard"), which no word list holds. */
const CHAT = ['lol', 'lmao', 'lmfao', 'omg', 'smh', 'tbh', 'bruh', 'rofl'];
const CATEGORIES = new Set(['insult', 'profanity', 'identity-attack']);
/**
 * Words of contempt an insult, slur or vulgar word is glued to with no word for the reader
 * ("dirtywhore", "stupidcunt", "bigasshole", "holyshit"): the rest of the token must be one term of
 * four letters or more.
 */
export const INTENSIFIERS = ['dirty', 'stupid', 'big', 'fat', 'ugly', 'dumb', 'bloody', 'filthy', 'lying', 'worthless', 'total', 'sucha', 'holy'];
export interface Term {
  id: string;
  term: string;
  category: string;
  severity: number;
}

/** A lexicon entry as a glued reading reports it. */
export function termOf(entry: { term: string; category: string; severity: number }): Term {
  return { id: `${entry.category}:${entry.term}`, term: entry.term, category: entry.category, severity: entry.severity };
}

/** A phrase of lower-case words, one space between each ("kill you", "die in a fire"). */
export const PHRASE = /^[a-z]+(?: [a-z]+)+$/;

let terms: Map<string, Term> | undefined;
let common: Set<string> | undefined;

/**
 * One-word terms of the incivility lexicons by key (three letters or more), and the words a token
 * may split into: common-english.json, SCOWL's everyday words (glue-words.json) and LINKS.
 */
export function tables(): { terms: Map<string, Term>; common: Set<string> } {
  if (terms === undefined || common === undefined) {
    terms = new Map();
    for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
      const key = entry.term.toLowerCase();
      if (!CATEGORIES.has(entry.category) || !/^[a-z]{3,}$/.test(key) || terms.has(key)) continue;
      terms.set(key, termOf(entry));
    }
    common = commonWords();
  }
  return { terms, common };
}

/** The one-word term `key` is, or whose plural it is ("idiots"); undefined for any other. */
export function termOrPlural(key: string): Term | undefined {
  // (The map itself once built: tables() makes an object, and the splits ask for every piece.)
  const byKey = terms ?? tables().terms;
  return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
}

/** The token [from, to) of `text` where it is lower-case letters only ("youareanidiot"), else undefined. */
export function letterToken(text: string, from: number, to: number): string | undefined {
  const word = text.slice(from, to);
  return /^[a-z]+$/.test(word) ? word : undefined;
}

/**
 * The everyday words a glued token may split into: common-english.json, SCOWL's (`glue`, by default
 * glue-words.json's), contractions of five letters or more without their apostrophe and chat words.
 */
export function everydayWords(glue: readonly string[] = glueWords.words.split(' ')): string[] {
  // (Of the contractions the shorter are pieces of words: "a|dumb|rat|ive".)
  return [...commonEnglish.words, ...glue, ...CONTRACTIONS.filter((word) => word.length >= 5), ...CHAT];
}

/**
 * The words a token of words written as one splits into, with the grammar's words `grammar`: the
 * everyday words (`everyday`), the one-word terms, the contractions and the grammar's words (read by
 * words.ts's readSplit and by glued-pairs.ts).
 */
export function glueVocabulary(grammar: readonly string[], everyday: readonly string[] = everydayWords()): string[] {
  return [...everyday, ...tables().terms.keys(), ...CONTRACTIONS, ...grammar];
}

/** The everyday words and the words between a reader and an insult: what {@link tables} calls `common` (`glue` as for everydayWords). */
export function commonWords(glue?: readonly string[]): Set<string> {
  return new Set([...everydayWords(glue), ...LINKS]);
}

/** The longest piece a glued token is split into. */
const LONGEST_PIECE = 20;

/**
 * Where the fewest pieces that cover `word` start, and its end ([0, ..., word.length]), each piece
 * one that `isPiece(start, end)` accepts, at most `most` of them; undefined where none cover it. Of
 * splits with as few pieces, the one whose last piece starts earliest wins.
 *
 * @example
 * fewestPieces('iwillkillyou', (start, end) => words.has('iwillkillyou'.slice(start, end))); // [0, 1, 5, 9, 12]
 */
export function fewestPieces(word: string, isPiece: (start: number, end: number) => boolean, most = Number.MAX_SAFE_INTEGER): number[] | undefined {
  // pieces[i]: the fewest pieces covering word[0, i); from[i]: where the last of them starts.
  const pieces = new Int32Array(word.length + 1).fill(-1);
  const from = new Int32Array(word.length + 1).fill(-1);
  pieces[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - LONGEST_PIECE); start < end; start++) {
      const count = (pieces[start] as number) + 1;
      if (count === 0 || count > most || ((pieces[end] as number) >= 0 && count >= (pieces[end] as number)) || !isPiece(start, end)) continue;
      pieces[end] = count;
      from[end] = start;
    }
  }
  if ((pieces[word.length] as number) < 0) return undefined;
  const bounds: number[] = [word.length];
  for (let end = word.length; end > 0; end = from[end] as number) bounds.unshift(from[end] as number);
  return bounds;
}

let vulgarByJoined: Map<string, Term[]> | undefined;

/**
 * The vulgar words of the incivility lexicons' phrases, by the phrase written as one word: "shut the
 * fuck up" holds "fuck", so "shutthefuckup" does; the one-word term "pieceofshit" holds "shit" as
 * "piece of shit" does. Written apart, the lexicon matches those words by themselves; written as one
 * word, word semantics keep them from matching, so the reading adds them (signals.ts).
 *
 * @example
 * vulgarWordsOf('shut the fuck up'); // [{ term: 'fuck', category: 'profanity', ... }]
 */
export function vulgarWordsOf(term: string): readonly Term[] | undefined {
  if (vulgarByJoined === undefined) {
    vulgarByJoined = new Map();
    const vulgar = new Map<string, Term>();
    const entries = builtinLexiconEntries(INCIVILITY_LEXICONS);
    for (const entry of entries) {
      const key = entry.term.toLowerCase();
      if (entry.category === 'profanity' && /^[a-z]+$/.test(key) && !vulgar.has(key)) vulgar.set(key, termOf(entry));
    }
    for (const entry of entries) {
      const phrase = entry.term.toLowerCase();
      if (entry.category === 'profanity' || !PHRASE.test(phrase)) continue;
      const held = phrase.split(' ').flatMap((word) => vulgar.get(word) ?? []);
      if (held.length > 0) vulgarByJoined.set(phrase.replaceAll(' ', ''), held);
    }
  }
  return vulgarByJoined.get(term.toLowerCase().replaceAll(' ', ''));
}
