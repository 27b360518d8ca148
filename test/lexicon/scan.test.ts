import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { compileTrie } from '../../src/lexicon/compile.js';
import { builtinLexiconEntries, compileLexicon, type LexiconEntry } from '../../src/lexicon/index.js';
import { canScan, scanSource } from '../../src/lexicon/scan.js';
import { BOUNDARY, LANE_COLUMN, SPECIAL_COLUMN } from '../../src/lexicon/lane.js';
import { normalize } from '../../src/text/normalize.js';
import { bundledLexicon } from '../../src/classifiers/bundled-lexicon.js';
import { EVASIONS, BASE_TERMS, INNOCENTS } from '../fixtures/evasions.js';

// Every match mode the scan takes (word, prefix), an allow list, split and doubled spellings.
const entries: LexiconEntry[] = [...builtinLexiconEntries(), { term: 'ass', category: 'test', severity: 1, match: 'prefix' }];
const input = { entries, allow: ['shut up and take my money', 'kill time'], derivedSpellings: ['profanity', 'insult'] };
const lexicon = compileLexicon(input);
const trie = compileTrie(input);

/** The two-pass path: normalize the whole text, then walk it. */
function twoPass(source: string): ReturnType<typeof lexicon.match> {
  return lexicon.matchNormalized(source, normalize(source));
}

// Words and the characters that normalization folds into them or splits them at: case, apostrophes
// (ASCII and typographic) inside and outside words, stretched letters, invisible characters,
// combining marks, emoji, leet, masks, separators, astral letters.
const pieces = fc.constantFrom(
  'you', 'YOU', 'Y0U', 'idiot', 'IdIoT', 'id1ot', 'moron', 'm0r0n', 'fuck', 'f**k', 'fuuuuck', 'FUUUCK', 'sh!t', 'ass', 'a$$', 'asss',
  'shut up', 'kill time', 'kill yourself', 'don', "'", '’', '`', "'t", '’s', ' ', '  ', '. ', '!', '?', '#', '*', '-', '_', '\u200b', '\u00ad',
  '\u0301', 'é', '😀', '👍🏽', '—', '“', 'ѕ', '𝐟', 'ｆ', 'ss', 'SS', 'oo', 'ooo', 'x', 'a', 'I', '1', '4', '0', '$', '@', '\ud800', 'ﬃ', 'ß',
  // Word pieces that asterisks, pictographs and roots join or extend ("f*u*c*k", "fu🙂ck", "fuckboy").
  'fu', 'ck', 'k', '❤', '＊', 'fck', 'bitch', 'boy', 'niggers',
  // And pieces of split and doubled spellings ("fu ck", "id iot", "ffuucckk").
  'id', 'iot', 'ffuu', 'cckk', 'FFUU',
  // And letters drawn with several characters ("f|_|ck", "|<ike"), and their pieces.
  '|_|', '|<', '/\\', '\\/', '()', '|', '/', '\\',
  // And letters drawn alike ("ldiot", "sIut", "BlTCH", "vvhore"), where a look ahead decides the step.
  'l', 'L', 'll', 'II', 'v', 'vv', 'ldiot', 'sIut', 'BlTCH', 'DoIt', 'slick', 'hore', 'Ioser',
  // And dashes that may hide letters ("f--k", "sh__t").
  '--', '__', '----', 'f--k', 'sh__t', '@',
  // And slips read in small letters only ("morun"; not "Morun", "@x_morun"), and a capital one
  // that hides no shorter term ("Fucken" is "fuck" + en).
  'morun', 'Morun', 'stipid', 'sTipid', 'fucken', 'Fucken', '@x_',
  // And plain words the lane passes over, some holding the start of a term ("as", "council", "city"),
  // so stretches of plain text lie between the characters it hands to the full scan.
  'the', 'as', 'council', 'city', 'hello', 'evidence', ' the ', ' a ', ' I ', ', ', 'you are a', 'shut', 'up',
  // And phrases longer than the lane's patterns (cut after nine classes), allowed and denied, and
  // one cut at a single letter that a run of single letters goes on from ("kiss my a s s").
  'weather cock', 'suck my cock', 'kill ur self', 'I hope u die', 'kiss my a', ' s', ' s s',
  // And marks and slashes the lane reads as boundaries where they end a word or draw no letter
  // ("idiot!", "and/or", a link), and where they do not ("sh!t", "/\\/").
  'idiot!', 'why?', '!?', 'and/or', 'https://x.org/', 'sh!t', '!diot', 'f?ck', '/\\/',
  // And apostrophes the lane reads inside a word ("don't", "c’unt", "I'm a"), and where it does not.
  "don't", 'I’m', "he'll", "x'", "c'unt", 'c’unt', "'s", "I'm a", "u'r", "a'b",
  // And leet symbols beyond ASCII ("b€llend", "d¥ke", "£12"), plurals with z ("idiotz", "co.nz"),
  // words split by a slash or a break before a letter beyond ASCII ("dick/head", "hard-օn"), and an
  // article joined to a spaced-out word ("a m 0 r 0 n").
  '€', '£', '¥', '©', '¡', 'b€llend', 'd¥ke', '£12', 'z', 'idiotz', 'co.nz', 'dick/head', 'hard-', 'օn', 'a m 0 r 0 n', ' m o r o n',
  // And letters bracketed inside words ("dipsh[i]t", "f{u}ck").
  '[', ']', '{', '}', 'sh[i]t', '[i]', 'f{u}ck',
  // And a break before or after a leet digit ("h4rd-0n", "sh1-t"; "covid-19").
  'h4rd-', '0n', '-0', 'sh1-t', 'covid-19', '4-0',
);
// (And a few characters of any kind between them: control characters, astral letters, marks.)
const texts = fc.array(fc.oneof({ arbitrary: pieces, weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 }), { maxLength: 30 }).map((parts) => parts.join(''));

test('the fused scan finds exactly what normalizing the whole text and walking it finds', () => {
  fc.assert(
    fc.property(texts, (source) => {
      assert.equal(lexicon.match(source), twoPass(source));
    }),
    { numRuns: Number(process.env.SCAN_RUNS ?? 5000) },
  );
});

test('texts fast-check once found the two paths reading apart', () => {
  for (const source of ['f**k//#-l', '?’s—f**k', 'f**k----#----x', '𝐟\u0000#\u0000\u{1ccd8}\u0000s', '|’ｆ-f**k', '@’s—a$$ｆ', 'f\u0000😀ff', "f--k'❤𝐟ｆ", 'é👍🏽＊v!1/＊',
    // (A scan that declined mid-walk left its count of letters read as others to the next text.)
    'BlTCHß?\\ßѕ', '*1iot',
    // (The lane, started again after a pattern cut at a single letter, lost the single letters before it.)
    'kiss my a s s', 'Honestly the mayor can kiss my a s s, she shut the library.', 'kiss my a s s s', 'x kiss my a s',
    // (A slash the lane reads as a boundary draws no letter; one before a backslash may: "/\\/" is n.)
    'you /\\/igger, and/or m0ron!', 'idiot!, and/or moron?',
    // (A dash before a letter beyond ASCII the lane read as a boundary, where a walk reads the word whole: "hard-օn".)
    'a hard-օn x', 'hard-օn', 'you b€llend, a d¥ke, £12', 'dick/head co.nz idiotz', 'is a m 0 r 0 n',
    // (A slash a walk may read a word whole over ended the walk's first plain steps: "a/ass".)
    ' s/suck my cock', 'youkiss my a/asss', 'a/ass',
    // (A dash before a leet digit the lane read as a boundary, where a walk reads the word whole: "h4rd-0n".)
    'a h4rd-0n x', 'a hard-0n x', 'sh1-t', 'covid-19']) {
    assert.equal(lexicon.match(source), twoPass(source), JSON.stringify(source));
  }
});

test('a mask reads the same on both paths where the scan passes over its dead branches', () => {
  // (The scan skips the letters a mask may stand for that lead nowhere before the plain letter or
  // space after it; one that ends a term there, "fa*" as fat, still reports.)
  for (const source of ['you fa* you', 'you f** you', 'you c** sucker', 'a di*k', 'f*g boy', 'you fuc* off', 'a** hat', 'what a d*ck head', 'x * u', 'the ? word', 'f**k', 'f***ing', 'n****r', '*diot', 'a**hole']) {
    assert.equal(lexicon.match(source), twoPass(source), source);
  }
  assert.equal(lexicon.match('you fa* you').map((match) => match.text), ['fa*']);
  // (A leet symbol in a run of masks hides a letter as they do: "f#@%ing", "f*@*ing".)
  for (const source of ['this f#@%ing thing', 'this f*@*ing thing', 'a$#é', 'sh@*t']) assert.equal(lexicon.match(source), twoPass(source), source);
  assert.equal(lexicon.match('this f#@%ing thing').map((match) => match.term), ['fucking']);
  // (A branch passed over costs the walk's budget what visiting it would have: long runs of masks,
  // over the pipeline's lexicon with its derived spellings, spend it all.)
  const bundled = bundledLexicon();
  for (const source of ['x b*********er y', 'x b******k y', 'x b?????????er', 'c###########kk', 's######ss']) {
    assert.equal(bundled.match(source), bundled.matchNormalized(source, normalize(source, bundled.normalizeOptions)), source);
  }
});

test('the fused scan takes the texts it can and declines the rest', () => {
  assert.ok(canScan(trie));
  assert.ok(scanSource(trie, 'You are a m0r0n 😀, don’t you think?') !== undefined, 'ASCII, emoji and a typographic apostrophe');
  assert.ok(scanSource(trie, 'the o\u0301ffice') !== undefined, 'a combining mark vanishes into its letter');
  assert.ok(scanSource(trie, 'you idiot😀') !== undefined, 'a pictograph that ends the text after a word');
  assert.is(scanSource(trie, 'you fu🙂ck'), undefined, 'a pictograph inside a word: normalization may drop it');
  // Normalization turns these into several characters or joins them: only the two-pass path does.
  assert.is(scanSource(trie, 'the ﬃ ligature'), undefined);
  assert.is(scanSource(trie, 'Straße'), undefined);
  assert.is(scanSource(trie, 'you f u c k'), undefined);
  assert.is(scanSource(trie, 'you f!u!c!k'), undefined, 'symbols between single letters');
  assert.is(scanSource(trie, 'so #YouAreAnIdiot'), undefined, 'a hashtag in capitalized words, which normalization splits');
  assert.equal(lexicon.match('so #YouAreAnIdiot').map((match) => match.text), ['Idiot']);
  assert.ok(scanSource(trie, 'I f**k it, ab ! cd') !== undefined, 'two symbols in a row, or a separator and a symbol, end a run');
  assert.is(scanSource(trie, 'you s h ! t'), undefined, 'a symbol alone beside single letters may be a letter of a spaced-out word');
  assert.equal(lexicon.match('you f u c k').map((match) => match.text), ['f u c k']);
});

test('the evasion suite and the innocent texts give the same matches on both paths', () => {
  for (const terms of Object.values(BASE_TERMS)) {
    for (const term of terms) {
      for (const disguise of Object.values(EVASIONS)) {
        const text = `well, ${disguise(term)}!`;
        assert.equal(lexicon.match(text), twoPass(text), text);
      }
    }
  }
  for (const text of INNOCENTS) assert.equal(lexicon.match(text), twoPass(text), text);
});

test('the plain lane walks from the words a pattern may start at and hands everything else to the full scan', () => {
  const cases: [string, string[]][] = [
    ['the council said hello', []],
    ['as the city grew, evidence of it', []],
    ['oh shut up', ['shut up']],
    ['oh shut, up', ['shut, up']],
    // A phrase still being read when a character for the full scan comes: the full scan starts before it.
    ['oh shut “up”', ['shut “up']],
    ['you are a total m0r0n', ['m0r0n']],
    ['the idiot’s dog and the idiot', ['idiot’s', 'idiot']],
    // Dashes, dots and underscores: separators unless a letter follows (where they may hide or split letters).
    ['what an idiot. really - and idiot- so', ['idiot', 'idiot']],
    ['you ret-ard and f--k and sh__t', ['ret-ard', 'f--k', 'sh__t']],
    // Letters the full scan reads otherwise: "l" as i, stretched letters, a capital I as l.
    ['you ldiot, fuuuck, sIut', ['ldiot', 'fuuuck', 'sIut']],
    // Phrases longer than the lane's patterns (this lexicon allows no "weather cock": the bundled
    // one does, test/lexicon/lexicon.test.ts).
    ['A weather cock on the roof.', ['cock']],
    ['so suck my cock', ['suck my cock', 'cock']],
    // Where the full scan hands back, the lane reads on.
    ['😀 you idiot and 2026 shut up', ['idiot', 'shut up']],
    // Separators outside ASCII, which the lane learns as boundaries at first sight.
    ['you—idiot… “shut up” said the council', ['idiot', 'shut up']],
    ['the\u00a0county\u3000council', []],
  ];
  for (const [text, found] of cases) {
    assert.equal(lexicon.match(text), twoPass(text), text);
    assert.equal(lexicon.match(text).filter((match) => match.category !== 'test').map((match) => match.text), found, text);
  }
  // Single letters in a row: a third one goes to the two-pass path, which joins them.
  assert.is(scanSource(trie, 'you f u c k'), undefined);
  assert.ok(scanSource(trie, 'a b and c d') !== undefined, 'a word of two letters ends a run');
  assert.is(scanSource(trie, 'I I I. no'), undefined);
  assert.is(scanSource(trie, 'you f“u“c“k'), undefined, 'single letters between separators outside ASCII');
  assert.equal(lexicon.match('you f“u“c“k').map((match) => match.text), ['f“u“c“k']);
  // A separator outside ASCII is a boundary in the lane's columns once seen; an apostrophe or a
  // pictograph never.
  assert.is(LANE_COLUMN['—'.charCodeAt(0)], BOUNDARY);
  assert.is(LANE_COLUMN['’'.charCodeAt(0)], SPECIAL_COLUMN);
  lexicon.match('so ’ and ❤ here');
  assert.is(LANE_COLUMN['’'.charCodeAt(0)], SPECIAL_COLUMN);
  assert.is(LANE_COLUMN['❤'.charCodeAt(0)], SPECIAL_COLUMN);
});

test('the scan does work linear in the text on adversarial input', () => {
  // Runs of masks and symbols (every position starts a walk), stretched letters, apostrophes,
  // invisible characters and marks that fold into the character before.
  // And letters drawn alike (a capital I beside small letters, runs of them, l and L, vv).
  // And what the plain lane hands to the full scan again and again (a pattern in every word, a
  // character for the full scan after a phrase, after single letters).
  for (const shape of ['*', '!', '**** ', 'sh*t ', '$$$', "a'", 'a\u200b', '\u0301a', 'idiot!!!! ', 'fuuu', '#@!', 'aIa ', 'Ia', 'IIa', 'lL', 'vv', 'sIut', 'as ', 'shut “', 'a b “', 'ab “', 'you are a ']) {
    const reads = (length: number): number => {
      const stats = { reads: 0 };
      scanSource(trie, shape.repeat(length), stats);
      return stats.reads;
    };
    const small = reads(2_000);
    const large = reads(20_000);
    assert.ok(large <= small * 12 + 1000, `${JSON.stringify(shape)}: ${small} reads for 2k, ${large} for 20k`);
  }
});

test('tries the scan cannot serve take the two-pass path', () => {
  assert.not.ok(canScan(compileTrie({ entries: [{ term: 'hole', category: 'test', severity: 1, match: 'suffix' }] })), 'walks from inside words');
  // Spellings longer than the walk's reach are left out, so they never cost a trie its scan.
  assert.ok(canScan(compileTrie({ entries: [{ term: 'fluffy fluffy fluffy fluffy fluffy', category: 'test', severity: 1 }], derivedSpellings: ['test'] })), 'a long phrase with "ph" for "f"');
  assert.not.ok(canScan(compileTrie({ entries: [{ term: 'idiot', category: 'test', severity: 1 }] }, { leet: false })), 'other normalization');
  const term = 'abcdefghijklmnopqrstuvwxyz'.repeat(3).slice(0, 60);
  assert.not.ok(canScan(compileTrie({ entries: [{ term, category: 'test', severity: 1 }] })), 'a term longer than the walk limit');
  assert.is(compileLexicon({ entries: [{ term, category: 'test', severity: 1 }] }).match(`x ${term} y`).length, 1);
});

test.run();
