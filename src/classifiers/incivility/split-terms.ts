/**
 * A term split in two by white space ("idi ots", "idi\nots", "mor on", "bit ch"), read by the
 * incivility grammar's words reader where a word it does not know stands beside another (words.ts):
 * the term is reported as glued terms are, aimed only as any term is.
 */
import glueWords from '../../../rules/words/glue-words.json';
import type { TextAnalysis } from '../../text/analysis.js';
import { isAsciiLetter, isSmallAscii, smallAsciiRun, whiteSpaceOnly } from '../../text/source-looks.js';
import { WordTable } from '../../text/word-table.js';
import { readsAsEnglish } from '../language.js';
import { everydayToken } from './glued-ends.js';
import { tables, termOrPlural, type Term } from './glued-words.js';

/**
 * A split term's pieces: two letters or more each, five letters or more together; four split by a
 * line break alone ("tw\nat": no one breaks a line there).
 */
const SPLIT_PIECE = 2;
const SPLIT_SHORTEST = 5;
const BROKEN_SHORTEST = 4;
let splitTable: WordTable | undefined;
let splitStartTable: WordTable | undefined;

/** The terms of four letters or more, built on first use. */
function splitTerms(): WordTable {
  splitTable ??= WordTable.ofSets([[[...tables().terms.keys()].filter((key) => key.length >= BROKEN_SHORTEST), 1]]);
  return splitTable;
}

/** The pieces such a term may start with: two letters or more, two or more left after them. */
function splitStarts(): WordTable {
  splitStartTable ??= WordTable.ofStarts(splitTerms().words(), SPLIT_PIECE);
  return splitStartTable;
}

/**
 * The term that token [from, to) of the normalized text and the next make together, split by white
 * space only in the comment ("idi\nots", "mor on"), with where it ends: both pieces small letters of
 * two or more, not two English words split by a space ("wet backs", "pen is": splitLookalikes),
 * the second no term, in an English comment. A term's plural counts ("idi ots").
 */
export function splitTerm(analysis: TextAnalysis, from: number, to: number): { term: Term; end: number } | undefined {
  const { text, start, end } = analysis.normalized;
  // (Most words start no term: one look-up, no string made; a piece found is small letters of two or more.)
  if (splitStarts().find(text, from, to) < 0) return undefined;
  const after = to + 1;
  let last = text.indexOf(' ', after);
  if (last < 0) last = text.length;
  while (last > after && !isSmallAscii(text.charCodeAt(last - 1))) last--;
  if (last - after < SPLIT_PIECE || !smallAsciiRun(text, after, last)) return undefined;
  const table = splitTerms();
  let entry = table.findPair(text, from, to, after, last);
  if (entry < 0 && text.charCodeAt(last - 1) === 115 && last - 1 - after >= SPLIT_PIECE) entry = table.findPair(text, from, to, after, last - 1);
  if (entry < 0 || termOrPlural(text.slice(after, last)) !== undefined) return undefined;
  // (Two English words, "wet backs", are read as written; split by a line break alone, as no one
  // writes them, they are the term: "arse\nhole", "wet\nbacks".)
  // (Nor a term of its own before an everyday word: "my nig or", "fuck er right"; "nig nog" is one.)
  const brokenLine = lineBreakBetween(analysis.text, end[to - 1] as number, start[after] as number);
  if (!brokenLine && to - from + last - after < SPLIT_SHORTEST) return undefined;
  if (!brokenLine && (splitLookalikes().has(`${text.slice(from, to)} ${text.slice(after, last)}`) || (termOrPlural(text.slice(from, to)) !== undefined && everydayToken(text, after, last)))) return undefined;
  // (Not before a capitalized word, a name or a sentence's first: "released in Jun 2024" is no "injun".)
  const second = start[after] as number;
  const opening = analysis.text.charCodeAt(second);
  if (isAsciiLetter(opening) && !isSmallAscii(opening) && isSmallAscii(analysis.text.charCodeAt(second + 1))) return undefined;
  // (Each piece written as its letters, nothing stretched or inside: "Shhhhhhh it's" is no "shhit" + "s".)
  if ((end[to - 1] as number) - (start[from] as number) !== to - from || (end[last - 1] as number) - (start[after] as number) !== last - after) return undefined;
  if (!whiteSpaceOnly(analysis.text, end[to - 1] as number, start[after] as number)) return undefined;
  // (Nor where a third short piece that is no word follows: "hon ky tonk", "in jun ior".)
  if (last < text.length && text.charCodeAt(last) === 32 && continuedSplit(analysis, last + 1)) return undefined;
  // (In English: "non ce" in an Italian comment is no "nonce".)
  const term = tables().terms.get(table.word(entry));
  return term === undefined || !readsAsEnglish(analysis) ? undefined : { term, end: last };
}


/** Whether source [from, to) is one line break, "\n" or "\r\n". */
function lineBreakBetween(source: string, from: number, to: number): boolean {
  return (to - from === 1 && source.charCodeAt(from) === 10) || (to - from === 2 && source.charCodeAt(from) === 13 && source.charCodeAt(from + 1) === 10);
}

/** Whether the normalized token at `from` is a short piece of small letters and no word, after white space only (see splitTerm). */
function continuedSplit(analysis: TextAnalysis, from: number): boolean {
  const { text, start, end } = analysis.normalized;
  let to = text.indexOf(' ', from);
  if (to < 0) to = text.length;
  if (to - from < 1 || to - from > 4 || !smallAsciiRun(text, from, to) || (end[to - 1] as number) - (start[from] as number) !== to - from) return false;
  if (!whiteSpaceOnly(analysis.text, end[from - 2] as number, start[from] as number)) return false;
  return !everydayToken(text, from, to);
}

let splitLookalikeSet: Set<string> | undefined;

/** The terms split into two English words ("wet backs", "pen is"): glue-words.json's splitLookalikes. */
function splitLookalikes(): Set<string> {
  splitLookalikeSet ??= new Set(glueWords.splitLookalikes.split('|'));
  return splitLookalikeSet;
}
