/**
 * How the engine generalises beyond its own evasion suite: the suite's base terms
 * (test/fixtures/evasions.ts) under 28 disguises the suite does not use, matched by the incivility
 * lexicons as the pipeline compiles them. A disguised term counts as caught when it gives a category
 * its plain form gives. Then the suite's own disguises over 40 terms it does not use, caught when
 * they give every category the plain term gives (these terms found the misses fixed in the round
 * that added them, so they are no longer unseen). Prints caught / tried per disguise with a few
 * misses. A measuring tool, not a test: `npm run evasions`.
 */
import { incivilityLexiconInput } from '../src/classifiers/bundled-lexicon.js';
import { compileLexicon } from '../src/lexicon/index.js';
import { BASE_TERMS, changeLongestWord, EVASIONS } from '../test/fixtures/evasions.js';

const lexicon = compileLexicon(incivilityLexiconInput());
const terms = Object.values(BASE_TERMS).flat();

const SUPERSCRIPT: Record<string, string> = { a: 'ᵃ', b: 'ᵇ', d: 'ᵈ', e: 'ᵉ', f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ', s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ' };
const letters = (term: string, each: (character: string) => string): string => [...term].map((character) => (/[a-z]/.test(character) ? each(character) : character)).join('');
const words = (term: string, each: (word: string) => string, joiner = ' '): string => term.split(' ').map(each).join(joiner);

const DISGUISES: Record<string, (term: string) => string> = {
  'mixed separators': (term) => words(term, (word) => [...word].map((character, index) => (index === 0 ? character : '.-_'[index % 3] + character)).join(''), '  '),
  'double space letters': (term) => words(term, (word) => [...word].join('  '), '    '),
  'split word': (term) => words(term, (word) => (word.length > 3 ? `${word.slice(0, 2)} ${word.slice(2)}` : word)),
  'caret for vowel': (term) => term.replace(/[aeiou]/, '^'),
  'apostrophe inside': (term) => term.replace(/^(\w)/, "$1'"),
  'all vowels masked': (term) => term.replace(/[aeiou]/g, '*'),
  'vowels dropped': (term) => words(term, (word) => (word.length > 3 ? word[0] + word.slice(1).replace(/[aeiou]/g, '') : word)),
  superscript: (term) => letters(term, (character) => SUPERSCRIPT[character] ?? character),
  parenthesized: (term) => letters(term, (character) => String.fromCodePoint(0x249c + character.charCodeAt(0) - 97)),
  circled: (term) => letters(term, (character) => String.fromCodePoint(0x24d0 + character.charCodeAt(0) - 97)),
  'full leet': (term) => term.replace(/a/g, '@').replace(/e/g, '3').replace(/i/g, '!').replace(/o/g, '0').replace(/s/g, '$').replace(/t/g, '7'),
  'emoji inside': (term) => term.replace(/^(\w\w)/, '$1🙂'),
  hashtag: (term) => `#${term.replace(/ /g, '')}`,
  'v for u': (term) => term.replace(/u/g, 'v'),
  'ph for f': (term) => term.replace(/f/g, 'ph'),
  'dots between, trailing dot': (term) => words(term, (word) => `${[...word].join('.')}.`),
  'asterisks between': (term) => words(term, (word) => [...word].join('*')),
  'upper with spaces': (term) => words(term.toUpperCase(), (word) => [...word].join(' '), '   '),
  'quotes around': (term) => `"${term}"`,
  'in a domain': (term) => `${term.replace(/ /g, '')}.com`,
  'plural and punctuation': (term) => `${term}s!!!`,
  'Greek and Cyrillic mix': (term) => term.replace(/o/g, 'ο').replace(/a/g, 'а').replace(/e/g, 'е'),
  strikethrough: (term) => [...term].map((character) => `${character}\u0336`).join(''),
  'zero-width non-joiners': (term) => [...term].join('\u200c'),
  'one letter per line': (term) => [...term.replace(/ /g, '')].join('\n'),
  // Misspellings of the longest word (added with rules/words/typos.json; the suite swaps two middle letters).
  'last two letters swapped': (term) => changeLongestWord(term, (word) => word.slice(0, -2) + word.slice(-1) + word.slice(-2, -1)),
  'middle letter dropped': (term) => changeLongestWord(term, (word) => word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1)),
  'last letter dropped': (term) => changeLongestWord(term, (word) => word.slice(0, -1)),
};

/**
 * Runs each disguise over the terms and prints caught / tried per disguise (only those with misses
 * where `onlyMisses`), with a few misses, and returns the totals. A disguised term is caught when it
 * gives a category of its plain form (`every`: every category; terms that match nothing are left out).
 */
function measure(disguises: Record<string, (term: string) => string>, terms: readonly string[], every: boolean, onlyMisses: boolean): { caught: number; tried: number } {
  let caught = 0;
  let tried = 0;
  for (const [name, disguise] of Object.entries(disguises)) {
    let hits = 0;
    let count = 0;
    const misses: string[] = [];
    for (const term of terms) {
      const text = disguise(term);
      const plain = new Set(lexicon.match(term).map((match) => match.category));
      if (text === term || (every && plain.size === 0)) continue;
      count++;
      const found = new Set(lexicon.match(text).map((match) => match.category));
      if (every ? [...plain].every((category) => found.has(category)) : [...plain].some((category) => found.has(category))) hits++;
      else if (misses.length < 4) misses.push(JSON.stringify(text));
    }
    caught += hits;
    tried += count;
    if (!onlyMisses || hits < count) console.log(`${name.padEnd(28)} ${hits}/${count}  ${misses.join(' ')}`);
  }
  return { caught, tried };
}

const wide = measure(DISGUISES, terms, false, false);
console.log(`all: ${wide.caught}/${wide.tried} (${((wide.caught / wide.tried) * 100).toFixed(1)} %)`);

// Terms of every category that the suite does not use.
const OTHER_TERMS = [
  'bitch', 'cunt', 'dick', 'whore', 'slut', 'bastard', 'nigger', 'retard', 'pussy', 'cock', 'twat', 'wanker', 'douchebag', 'jackass',
  'dipshit', 'piss off', 'shut up', 'dumb bitch', 'fag', 'dyke', 'tranny', 'wetback', 'beaner', 'gook', 'cocksucker', 'shithead',
  'dickhead', 'prick', 'scum', 'pathetic', 'clown', 'troll', 'i will kill you', 'slit your throat', 'go die', 'rape you', 'cum',
  'blowjob', 'tits', 'nazi',
];
console.log(`\nthe suite's ${Object.keys(EVASIONS).length} disguises over ${OTHER_TERMS.length} terms it does not use:`);
const other = measure(EVASIONS, OTHER_TERMS, true, true);
console.log(`all: ${other.caught}/${other.tried} (${((other.caught / other.tried) * 100).toFixed(1)} %; disguises not listed caught every term)`);
