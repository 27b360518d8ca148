import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { WordTable } from '../../src/text/word-table.js';

const WORDS = new Map([['you', 1], ['your', 2], ['u', 4], ['a', 0], ['an', 8], ['youre', 3], ['é', 16]]);
const table = new WordTable(WORDS);

test('finds a word from its code units, with its bits and the same string each time', () => {
  const entry = table.find('so your idea', 3, 7);
  assert.is(table.word(entry), 'your');
  assert.is(table.bits(entry), 2);
  assert.is(table.find('your', 0, 4), entry);
  assert.is(table.find('so your idea', 3, 6), table.find('you', 0, 3));
  assert.is(table.bits(table.find('a', 0, 1)), 0, 'a word with no bits is still a word of the table');
});

test('a missing word, an empty span or a longer or shorter word is not found', () => {
  assert.is(table.find('yours', 0, 5), -1);
  assert.is(table.find('yo', 0, 2), -1);
  assert.is(table.find('you', 1, 1), -1);
  assert.is(table.find('YOU', 0, 3), -1, 'the table compares code units: the caller normalizes case');
});

test('finding any span of any text agrees with looking its slice up in a Map', () => {
  const text = fc.array(fc.constantFrom('you', 'your', 'u', 'a', 'an', 'youre', 'é', 'x', ' ', 'yo', 'e\u0301'), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
      const from = Math.min(a, b) % (value.length + 1);
      const to = Math.min(value.length, from + (Math.max(a, b) % 7));
      const entry = table.find(value, from, to);
      const slice = value.slice(from, to);
      if (WORDS.has(slice)) {
        assert.is(table.word(entry), slice);
        assert.is(table.bits(entry), WORDS.get(slice));
      } else {
        assert.is(entry, -1, JSON.stringify(slice));
      }
    }),
    { numRuns: 3000 },
  );
});

test('a table of many words still finds each of them', () => {
  const many = new Map(Array.from({ length: 5000 }, (_, index) => [`w${index.toString(36)}`, index] as [string, number]));
  const big = new WordTable(many);
  for (const [word, bits] of many) assert.is(big.bits(big.find(word, 0, word.length)), bits);
  assert.is(big.find('w-1', 0, 3), -1);
});

test('a table of word sets gives each word the bits of every set it is in', () => {
  const sets = WordTable.ofSets([[new Set(['you', 'u']), 1], [['you', 'are'], 2], [['what'], 0]]);
  assert.is(sets.bits(sets.find('you', 0, 3)), 3);
  assert.is(sets.bits(sets.find('are', 0, 3)), 2);
  assert.is(sets.word(sets.find('what', 0, 4)), 'what', 'a set with bit 0 still puts its words in the table');
  assert.is(sets.find('who', 0, 3), -1);
});

test('two spans of a text read as one word agree with looking their joined slices up in a Map', () => {
  assert.is(table.word(table.findPair('yo ure', 0, 2, 3, 6)), 'youre');
  assert.is(table.word(table.findPair('yo ure', 0, 2, 3, 5)), 'your');
  assert.is(table.findPair('yo ure', 0, 2, 4, 6), -1);
  const text = fc.array(fc.constantFrom('you', 'yo', 'u', 'r', 're', 'a', 'n', 'é', ' '), { maxLength: 10 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (value, a, b, c, d) => {
      const [from, to, after, end] = [a, b, c, d].map((n) => n % (value.length + 1)).sort((x, y) => x - y) as [number, number, number, number];
      const joined = value.slice(from, to) + value.slice(after, end);
      const entry = table.findPair(value, from, to, after, end);
      if (WORDS.has(joined)) assert.is(table.word(entry), joined);
      else assert.is(entry, -1, JSON.stringify(joined));
    }),
    { numRuns: 3000 },
  );
});

test('a span with one code unit after it is found as the word they make', () => {
  assert.is(table.word(table.findWithUnit('so you', 3, 5, 117)), 'you');
  assert.is(table.word(table.findWithUnit('a', 0, 1, 110)), 'an');
  assert.is(table.findWithUnit('so you', 3, 5, 120), -1);
  assert.is(table.findWithUnit('so you', 3, 6, 117), -1);
});

test('ofStarts holds the first pieces a word splits into, each piece and the rest at least that long', () => {
  const table = WordTable.ofStarts(['moron', 'idiot'], 2);
  assert.equal([...table.words()].sort(), ['id', 'idi', 'mo', 'mor']);
  assert.ok(table.find('a mor on', 2, 5) >= 0);
  assert.is(table.find('moro', 0, 4), -1);
});

test.run();
