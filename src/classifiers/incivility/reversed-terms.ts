/**
 * A term written backwards as one word ("norom", "drater", "toidi"), read by the incivility grammar's
 * words reader where a word it does not know stands (words.ts): the term is reported as split and
 * glued terms are, aimed only as any term is.
 */
import glueWords from '../../../rules/words/glue-words.json';
import type { TextAnalysis } from '../../text/analysis.js';
import { smallAsciiRun } from '../../text/source-looks.js';
import { WordTable } from '../../text/word-table.js';
import { readsAsEnglish } from '../language.js';
import { everydayToken } from './glued-ends.js';
import { tables, type Term } from './glued-words.js';

/**
 * A reversed term has five letters or more: shorter ones are everyday words misspelt or names as
 * often ("tihs" is "this" with two letters swapped, "flim" a film, "gals", "nook", "ssa").
 */
const REVERSED_SHORTEST = 5;
let reversedTable: WordTable | undefined;

/**
 * The terms of five letters or more written backwards, built on first use: not those that read the
 * same, nor those that spell an English word, its plural or its "-ing" with the g dropped
 * ("stressed", "saggin": generated `reversedLookalikes` in glue-words.json).
 */
function reversedTerms(): WordTable {
  if (reversedTable === undefined) {
    const lookalikes = new Set(glueWords.reversedLookalikes.split(' '));
    const backwards = [...tables().terms.keys()].filter((key) => key.length >= REVERSED_SHORTEST).map((key) => [...key].reverse().join('')).filter((key) => !tables().terms.has(key) && !lookalikes.has(key));
    reversedTable = WordTable.ofSets([[backwards, 1]]);
  }
  return reversedTable;
}

/**
 * The term that normalized token [from, to) spells backwards ("norom" is "moron"), where it is no
 * everyday word (nor a word backwards, see reversedTerms), written in small letters as they stand
 * (not a name, "Drater", nor a stretched word), not a handle, tag or part of a link, in an English
 * comment.
 *
 * @example
 * reversedTerm(new TextAnalysis({ body: 'the ref is a norom' }, 20_000), 13, 18)?.term; // 'moron'
 */
export function reversedTerm(analysis: TextAnalysis, from: number, to: number): Term | undefined {
  const { text, start, end } = analysis.normalized;
  // (Most words spell no term backwards: one look-up, no string made.)
  if (to - from < REVERSED_SHORTEST) return undefined;
  const entry = reversedTerms().find(text, from, to);
  if (entry < 0 || everydayToken(text, from, to)) return undefined;
  const first = start[from] as number;
  const last = end[to - 1] as number;
  if (last - first !== to - from || !smallAsciiRun(analysis.text, first, last)) return undefined;
  const before = first > 0 ? analysis.text.charCodeAt(first - 1) : 32;
  // ("@norom", "#drater", "site.com/kcuf": a name or an address.)
  if (before === 64 || before === 35 || before === 47 || before === 46) return undefined;
  if (!readsAsEnglish(analysis)) return undefined;
  return tables().terms.get([...reversedTerms().word(entry)].reverse().join(''));
}
