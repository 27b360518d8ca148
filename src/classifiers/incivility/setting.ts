/**
 * How words are set in a comment, which changes what they say: inside quotation marks (reported),
 * as a title ("Eminem's Kill You"), or alone (a comment that is nothing but an insult).
 */
import { isQuoteMark } from './grammar.js';
import { sentenceBetween, startsSentence, type Words } from './words.js';

/**
 * Offsets of the quotation marks of a text, found once per comment.
 *
 * @example
 * quotePositions('he said "go" twice'); // [8, 11]
 */
export function quotePositions(text: string): number[] {
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) if (isQuoteMark(text.charCodeAt(index))) positions.push(index);
  // Quotes around the whole comment (some exports wrap every body in them) quote nothing.
  const first = text.search(/\S/);
  let last = text.length - 1;
  while (last > 0 && /\s/.test(text[last] as string)) last--;
  if (positions.length >= 2 && positions[0] === first && positions[positions.length - 1] === last) return positions.slice(1, -1);
  return positions;
}

/**
 * Whether an odd number of the quote marks at `quotes` (ascending) stand before `offset`: a binary
 * search, as a comment may hold thousands.
 *
 * @example
 * insideQuotes([8, 11], 9); // true
 */
export function insideQuotes(quotes: readonly number[], offset: number): boolean {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((quotes[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
}

/**
 * Whether words [first, last] are a title inside a sentence: two words or more, each capitalized,
 * written apart, the first not opening its sentence, small letters after the capitals, and a word
 * of the sentence in lower case ("Eminem's Kill You is from the Marshall Mathers LP", a song; not
 * "I said KILL YOU", shouted, "I Know Where You Live", every word capitalized, nor a hashtag's
 * words, "lol #IKnowWhereYouLive").
 *
 * @example
 * titled(words, 1, 2, "Eminem's Kill You is from the Marshall Mathers LP"); // true
 */
export function titled(words: Words, first: number, last: number, text: string): boolean {
  if (last === first || startsSentence(words, first, text)) return false;
  for (let index = first; index <= last; index++) {
    const code = text.charCodeAt(words.start[index] as number);
    if (code < 65 || code > 90) return false;
    if (index > first && !/\s/.test(text.slice(words.end[index - 1] as number, words.start[index] as number))) return false;
  }
  // (Shouting is all capitals: a title's words have small letters after their first.)
  const second = text.charCodeAt((words.start[first] as number) + 1);
  if (second < 97 || second > 122) return false;
  // A word of the same sentence in lower case: the sentence is not written in capitalized words.
  for (let index = first - 1; index >= 0 && !sentenceBetween(words, index, index + 1, text); index--) if (lowerCaseAt(words, index, text)) return true;
  for (let index = last + 1; index < words.length && !sentenceBetween(words, index - 1, index, text); index++) if (lowerCaseAt(words, index, text)) return true;
  return false;
}

function lowerCaseAt(words: Words, index: number, text: string): boolean {
  const code = text.charCodeAt(words.start[index] as number);
  return code >= 97 && code <= 122;
}

/** Words that may stand beside an insult in a comment that is nothing but the insult ("what a", "total"). */
const BESIDE_ALONE = new Set(['what', 'a', 'an', 'total', 'complete', 'absolute', 'utter', 'such', 'big', 'little', 'lil', 'bloody']);

/**
 * Whether the comment is nothing but the insult at words [first, last]: three words at most, the
 * others insults, vulgar words or words of contempt ("Idiot.", "Total loser!", "Stupid clown").
 *
 * @example
 * insultAlone(words, 1, 1, hateful); // true for "loser" in "Total loser!"
 */
export function insultAlone(words: Words, first: number, last: number, hateful: ReadonlySet<number>): boolean {
  if (words.length > 3) return false;
  for (let index = 0; index < words.length; index++) {
    if ((index < first || index > last) && !hateful.has(index) && !BESIDE_ALONE.has(words.text(index))) return false;
  }
  return true;
}
