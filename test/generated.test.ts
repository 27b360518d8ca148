import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { generateGlueWords } from '../scripts/generate-glue-words.js';
import { generateLookalikes } from '../scripts/generate-lookalikes.js';
import { generateTypos } from '../scripts/generate-typos.js';
import { generateValidators } from '../scripts/generate-validators.js';

test('the precompiled validators match the built-in schemas (run `npm run generate` after changing one)', () => {
  const current = readFileSync(new URL('../src/generated/validators.js', import.meta.url), 'utf8');
  assert.ok(current === generateValidators(), 'src/generated/validators.js is out of date: run `npm run generate`');
});

test('the look-alike table matches the confusables package and the generator (run `npm run generate` after changing either)', () => {
  const current = readFileSync(new URL('../src/text/lookalikes.json', import.meta.url), 'utf8');
  assert.ok(current === generateLookalikes(), 'src/text/lookalikes.json is out of date: run `npm run generate`');
});

test('the misspellings match the lexicons, the word list and the generator (run `npm run generate` after changing a lexicon)', () => {
  const current = readFileSync(new URL('../rules/words/typos.json', import.meta.url), 'utf8');
  assert.ok(current === generateTypos(), 'rules/words/typos.json is out of date: run `npm run generate`');
});

test('the glue words match SCOWL, the lexicons and the generator (run `npm run generate` after changing a lexicon)', () => {
  const current = readFileSync(new URL('../rules/words/glue-words.json', import.meta.url), 'utf8');
  assert.ok(current === generateGlueWords(), 'rules/words/glue-words.json is out of date: run `npm run generate`');
});

test.run();
