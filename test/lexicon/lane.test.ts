import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileTrie, normalizeTerm } from '../../src/lexicon/compile.js';
import { builtinLexiconEntries } from '../../src/lexicon/index.js';
import { BOUNDARY, CLASS_COUNT, DASH, LANE_CLASS, laneAutomaton, START } from '../../src/lexicon/lane.js';

const entries = builtinLexiconEntries();
const automaton = laneAutomaton(compileTrie({ entries }));

/** Whether the automaton reports a pattern anywhere in `text`, read as the lane reads plain text. */
function reports(text: string): boolean {
  let state = START;
  let previous = BOUNDARY;
  for (const character of text) {
    const unit = character.charCodeAt(0);
    const classOf = unit < 128 ? (LANE_CLASS[unit] as number) : DASH;
    assert.ok(classOf < DASH, `${JSON.stringify(text)} is plain text`);
    if (classOf === previous) continue;
    previous = classOf;
    state = automaton.next[state * CLASS_COUNT + classOf] as number;
    if (state >= automaton.firstReporting) return true;
  }
  return false;
}

test('every bundled term written plainly reads as a pattern, after any words', () => {
  let checked = 0;
  for (const entry of entries) {
    const term = normalizeTerm(entry.term);
    if (!/^[a-z ]+$/.test(term)) continue;
    assert.ok(reports(`so the ${term} said`), term);
    checked++;
  }
  assert.ok(checked > 1000, `${checked} terms`);
});

test('letters a walk may read as one another share a class, and a run of one class reads once', () => {
  assert.is(LANE_CLASS['l'.charCodeAt(0)], LANE_CLASS['i'.charCodeAt(0)]);
  assert.is(LANE_CLASS['I'.charCodeAt(0)], LANE_CLASS['i'.charCodeAt(0)]);
  assert.is(LANE_CLASS['v'.charCodeAt(0)], LANE_CLASS['u'.charCodeAt(0)]);
  assert.is(LANE_CLASS['v'.charCodeAt(0)], LANE_CLASS['w'.charCodeAt(0)], '"vv" reads as w');
  assert.is.not(LANE_CLASS['a'.charCodeAt(0)], LANE_CLASS['e'.charCodeAt(0)]);
  for (const spelling of ['ldiot', 'fuuuuck', 'vvhore', 'sIut', 'IDIOT']) assert.ok(reports(` ${spelling} `), spelling);
});

test('plain text with no term in it reads no pattern', () => {
  for (const text of ['the budget vote is on tuesday', 'thanks for writing this report', 'the weather today']) assert.not.ok(reports(text), text);
});

test('separators are boundaries; digits, symbols, apostrophes and dashes are not', () => {
  for (const character of [' ', ',', ';', ':', ')', '"', '\n', '\t']) assert.is(LANE_CLASS[character.charCodeAt(0)], BOUNDARY, JSON.stringify(character));
  for (const character of ['-', '.', '_']) assert.is(LANE_CLASS[character.charCodeAt(0)], DASH, character);
  for (const character of ['0', '1', '$', '@', '*', '!', "'", '`', '(', '|', '/']) assert.ok((LANE_CLASS[character.charCodeAt(0)] as number) > DASH, character);
});

test.run();
