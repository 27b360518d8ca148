import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The suites `npm run suites` measures (test/fixtures/suites): written once by helpers without the
// code; a change to them changes every figure measured on them, so their shape is held here.
function rows(file: string): { kind?: string; plain?: string; text: string; category: string; expect?: string }[] {
  return readFileSync(new URL(`fixtures/suites/${file}`, import.meta.url), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
}

function counts(list: { category: string }[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const row of list) result[row.category] = (result[row.category] ?? 0) + 1;
  return result;
}

const FORTY_EACH = { profanity: 40, insult: 40, slur: 40, sexual: 40, threat: 40, 'self-harm': 40, innocent: 120 };
const FORTY_EACH_UNDERSCORED = { profanity: 40, insult: 40, slur: 40, sexual: 40, threat: 40, self_harm: 40, innocent: 120 };

test('the evasion suites: each disguised comment with its plain form, no text twice, the counts written down', () => {
  const suites: (readonly [string, Record<string, number>])[] = [
    ['evasion18.jsonl', { profanity: 70, insult: 70, slur: 40, sexual: 40, threat: 50, 'self-harm': 30, innocent: 120 }],
    ['evasion19-held-out.jsonl', { profanity: 50, insult: 60, slur: 30, sexual: 30, threat: 45, 'self-harm': 25, innocent: 120 }],
    ['evasion21.jsonl', { profanity: 50, insult: 50, slur: 50, sexual: 50, threat: 50, 'self-harm': 50, innocent: 150 }],
    // From evasion22 on, 40 per category and 120 innocent (the writers from evasion46 on spelled self_harm).
    ...[22, 29, 30, 31, 32, 34, 36, 38, 40, 42, 44].map((suite) => [`evasion${suite}-odd-lines-held-out.jsonl`, FORTY_EACH] as const),
    ...[46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88].map((suite) => [`evasion${suite}-odd-lines-held-out.jsonl`, FORTY_EACH_UNDERSCORED] as const),
  ];
  for (const [file, expected] of suites) {
    const list = rows(file);
    assert.equal(counts(list), expected, file);
    for (const row of list) if (row.kind === 'evasion') assert.ok(typeof row.plain === 'string' && row.plain !== row.text, `${file}: ${row.text}`);
    assert.is(new Set(list.map((row) => row.text)).size, list.length, `${file}: a text twice`);
  }
});

test('the innocent traps: 300 innocent comments each, 20 per trap, no text twice', () => {
  for (const file of ['innocent33-odd-lines-held-out.jsonl', 'innocent35-odd-lines-held-out.jsonl', 'innocent39-odd-lines-held-out.jsonl', 'innocent45-odd-lines-held-out.jsonl', 'innocent49-odd-lines-held-out.jsonl', 'innocent53-odd-lines-held-out.jsonl', 'innocent55-odd-lines-held-out.jsonl', 'innocent57-odd-lines-held-out.jsonl', 'innocent59-odd-lines-held-out.jsonl', 'innocent61-odd-lines-held-out.jsonl', 'innocent67-odd-lines-held-out.jsonl', 'innocent69-odd-lines-held-out.jsonl', 'innocent71-odd-lines-held-out.jsonl', 'innocent73-odd-lines-held-out.jsonl', 'innocent75-odd-lines-held-out.jsonl', 'innocent77-odd-lines-held-out.jsonl', 'innocent79-odd-lines-held-out.jsonl', 'innocent81-odd-lines-held-out.jsonl', 'innocent83-odd-lines-held-out.jsonl', 'innocent85-odd-lines-held-out.jsonl', 'innocent87-odd-lines-held-out.jsonl', 'innocent89-odd-lines-held-out.jsonl']) {
    const list = rows(file);
    assert.equal(counts(list), { innocent: 300 }, file);
    assert.is(new Set(list.map((row) => (row as { disguise?: string }).disguise)).size, 15, file);
    assert.is(new Set(list.map((row) => row.text)).size, list.length, file);
  }
});

test('the probe of abuse without explicit words: 160 abusive, 160 innocent of the same shapes', () => {
  const list = rows('probe20.jsonl');
  assert.equal(counts(list), { sexual_harassment: 80, veiled_threat: 80, compliment: 50, dating_talk: 30, consequences: 50, news: 30 });
  assert.is(list.filter((row) => row.expect === 'abusive').length, 160);
  assert.is(new Set(list.map((row) => row.text)).size, list.length);
});

test('the probe of plain abuse phrased as angry people write it: 200 abusive, 200 innocent', () => {
  const list = rows('probe23-odd-lines-held-out.jsonl');
  assert.equal(counts(list), { threat: 50, self_harm: 50, insult: 50, identity_attack: 50, innocent_news: 35, innocent_idiom: 35, innocent_debate: 35, innocent_gaming: 35, innocent_identity: 30, innocent_support: 30 });
  assert.is(list.filter((row) => row.expect === 'abusive').length, 200);
  assert.is(new Set(list.map((row) => row.text)).size, list.length);
});

test('the second and third probes of plain abuse: 200 abusive in five categories, 200 innocent of the same vocabulary', () => {
  for (const file of ['probe30-odd-lines-held-out.jsonl', 'probe47-odd-lines-held-out.jsonl']) {
    const list = rows(file);
    assert.equal(counts(list), { threat: 40, self_harm: 40, insult: 40, identity_attack: 40, sexual_harassment: 40, innocent_news: 40, innocent_idiom: 40, innocent_debate: 40, innocent_identity: 40, innocent_gaming_sport: 40 }, file);
    assert.is(list.filter((row) => row.expect === 'abusive').length, 200, file);
    assert.is(new Set(list.map((row) => row.text)).size, list.length, file);
  }
});

test.run();
