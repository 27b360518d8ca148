import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileTrie, normalizeTerm } from '../../src/lexicon/compile.js';
import { builtinLexiconEntries } from '../../src/lexicon/index.js';
import { BOUNDARY, DASH, DASH_COLUMN, DASH_TRAP, LANE_CLASS, LANE_COLUMN, LANE_COLUMNS, laneAutomaton, REPORTS, SINGLES, SPECIAL_TRAP, START_ROW } from '../../src/lexicon/lane.js';

const entries = builtinLexiconEntries();
const automaton = laneAutomaton(compileTrie({ entries }));

/** Whether the automaton reports a pattern anywhere in `text`, read as the lane reads plain text (the text's end a boundary). */
function reports(text: string): boolean {
  let state = START_ROW;
  for (const character of `${text} `) {
    const column = LANE_COLUMN[character.charCodeAt(0)] as number;
    assert.ok(column < DASH_COLUMN, `${JSON.stringify(text)} is plain text`);
    state = automaton.next[state + column] as number;
    if (state >= automaton.firstStop && ((automaton.events[state / LANE_COLUMNS] as number) & REPORTS) !== 0) return true;
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

test('a word\'s term reads as a pattern only where its word ends or a plural\'s letters follow; a prefix anywhere', () => {
  // (So "ho" in "however", "evil" in "evidence", "cow" in "county" and "cock" in "cockpit" start no walk.)
  for (const text of ['a hoe', 'so evil', 'an evil man', 'evils', 'the cow', 'cows', 'a cock', 'cockss']) assert.ok(reports(text), text);
  for (const text of ['however', 'housing', 'the evidence', 'county council', 'the cockpit', 'a city']) assert.not.ok(reports(text), text);
  assert.ok(reports('fuckery'), 'fuck is a prefix: any letters may follow');
});

test('the dash and special columns lead every state to a trap; a class read again stays put', () => {
  const { next, firstStop, events } = automaton;
  let state = START_ROW;
  for (const character of ' idi') state = next[state + (LANE_COLUMN[character.charCodeAt(0)] as number)] as number;
  assert.ok(state < firstStop);
  assert.is(next[state + (LANE_COLUMN['i'.charCodeAt(0)] as number)], state, 'a run of one class reads once');
  assert.is(events[(next[state + (LANE_COLUMN['-'.charCodeAt(0)] as number)] as number) / LANE_COLUMNS], DASH_TRAP);
  for (const character of ['1', '$', "'", 'é', '😀']) assert.is(events[(next[state + (LANE_COLUMN[character.charCodeAt(0)] as number)] as number) / LANE_COLUMNS], SPECIAL_TRAP, character);
});

test('two single-letter words in a row stop the lane at the boundary after them', () => {
  const { next, firstStop, events } = automaton;
  const stopsForSingles = (text: string): boolean => {
    let state = START_ROW;
    for (const character of text) {
      state = next[state + (LANE_COLUMN[character.charCodeAt(0)] as number)] as number;
      if (state >= firstStop && ((events[state / LANE_COLUMNS] as number) & SINGLES) !== 0) return true;
    }
    return false;
  };
  assert.ok(stopsForSingles('so f u c'));
  assert.ok(stopsForSingles('a b '));
  assert.not.ok(stopsForSingles('so fu ck'));
  assert.not.ok(stopsForSingles('a bc d'));
});

test.run();
