import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { TextAnalysis } from '../../src/text/analysis.js';

// The definition of a word, as a regular expression: runs of letters and numbers of any script, an
// apostrophe (' or ’) between two of them keeping the word whole.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const pieces = fc.constantFrom('it', "'s", '’s', "'", '’', '`', ' ', '  ', '.', '-', 'É', 'é', 'e\u0301', '日本', '𝐟𝐮', '😀', '٣', 'x2', '\ud800', '\udc00', 'ß', "don't", 'a', '?');
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')));

test('words are counted as the regular-expression definition counts them, in every script', () => {
  fc.assert(
    fc.property(texts, (text) => {
      assert.is(new TextAnalysis({ body: text }, 20_000).words, [...text.matchAll(WORD)].length, JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

const cased = fc.oneof(texts, fc.array(fc.constantFrom('A', 'b', 'É', 'é', 'Ω', 'ω', 'ǅ', 'Ⅻ', '𝐀', '😀', '1', ' ', 'İ', 'ß', '\ud835'), { maxLength: 20 }).map((parts) => parts.join('')));

test('the caps ratio is the share of capitals among letters, read one UTF-16 unit at a time', () => {
  fc.assert(
    fc.property(cased, (text) => {
      const units = Array.from({ length: text.length }, (_, index) => text[index] as string);
      const letters = units.filter((unit) => /\p{L}/u.test(unit)).length;
      const capitals = units.filter((unit) => /\p{Lu}/u.test(unit)).length;
      // Counted together with the words: asking for either first gives the same answers.
      const capsFirst = new TextAnalysis({ body: text }, 20_000);
      const wordsFirst = new TextAnalysis({ body: text }, 20_000);
      assert.is(wordsFirst.words, [...text.matchAll(WORD)].length);
      assert.is(capsFirst.capsRatio, letters === 0 ? 0 : capitals / letters, JSON.stringify(text));
      assert.is(wordsFirst.capsRatio, capsFirst.capsRatio);
      assert.is(capsFirst.words, wordsFirst.words);
    }),
    { numRuns: 3000 },
  );
});

test('an apostrophe inside a word keeps it whole; anywhere else it separates', () => {
  assert.is(new TextAnalysis({ body: "it's what they’re for" }, 100).words, 4);
  assert.is(new TextAnalysis({ body: "the '90s, rock 'n' roll" }, 100).words, 5);
  assert.is(new TextAnalysis({ body: 'naïve café 😀 𝐟𝐮' }, 100).words, 3);
});

test.run();
