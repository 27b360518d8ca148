import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createModerator, type RuleSet } from '../../src/index.js';
import { censor } from '../../src/rules/engine.js';

const ruleSet = (rules: unknown[], extra: Partial<RuleSet> = {}): RuleSet => ({ name: 'site', version: '2024-06', rules, ...extra });

test('each firing rule adds one reason with its id, category, message and evidence; the decision records the rule set', async () => {
  const moderator = await createModerator({
    rules: ruleSet([
      { id: 'competitors', category: 'spam', when: { field: 'body', list: 'rivals' }, action: 'hold', message: 'Mentions a competitor: `{{match}}` in {{field}}', publicMessage: 'Links to other outlets wait for review.', tags: ['promo'] },
      { id: 'never', when: { field: 'body', terms: ['zzz'] }, action: 'reject' },
    ], { lists: { rivals: ['Daily Rival'] } }),
  });
  const decision = await moderator.moderate({ id: 9, body: 'Read the Daily Rival instead' });
  assert.is(decision.action, 'hold');
  assert.equal(decision.labels, ['spam']);
  assert.equal(decision.tags, ['promo']);
  assert.equal(decision.ruleSet, { name: 'site', version: '2024-06' });
  const reason = decision.reasons.find((r) => r.source === 'rule:competitors');
  assert.ok(reason);
  assert.is(reason.code, 'rule.match');
  assert.is(reason.message, 'Mentions a competitor: `Daily Rival` in body');
  assert.is(reason.publicMessage, 'Links to other outlets wait for review.');
  assert.equal(reason.evidence, [{ start: 9, end: 20, text: 'Daily Rival' }]);
});

test('a rule category with a detail gives both labels', async () => {
  const moderator = await createModerator({ rules: ruleSet([{ id: 't', category: 'incivility.threat', when: { field: 'body', terms: ['i will find you'] }, action: 'hold' }]) });
  assert.equal((await moderator.moderate({ body: 'I will find you.' })).labels, ['incivility', 'incivility.threat']);
});

test('an allow rule overrides classifier findings and lower-priority rules, visibly, but not higher-priority ones', async () => {
  const moderator = await createModerator({
    rules: ruleSet([
      { id: 'block-word', category: 'profanity', when: { field: 'body', terms: ['darn'] }, action: 'reject', priority: 0 },
      { id: 'block-urgent', category: 'spam', when: { field: 'body', terms: ['buy'] }, action: 'spam', priority: 10 },
      { id: 'editors', when: { field: 'author.roles', contains: 'editor' }, action: 'allow', priority: 5 },
    ], { classifiers: { length: { maxCharacters: 5 } } }),
  });
  const darn = await moderator.moderate({ body: 'darn it all', author: { roles: ['editor'] } });
  assert.is(darn.action, 'approve');
  assert.equal(darn.labels, []);
  const allow = darn.reasons.find((r) => r.code === 'rule.allow');
  assert.ok(allow);
  assert.is(allow.source, 'rule:editors');
  assert.ok(darn.reasons.filter((r) => r.code !== 'rule.allow').every((r) => r.overriddenBy === 'rule:editors'), 'the length finding and the lower rule');
  const buy = await moderator.moderate({ body: 'buy', author: { roles: ['editor'] } });
  assert.is(buy.action, 'spam', 'a higher-priority rule is not overridden');
});

test('an allow rule can be limited to categories', async () => {
  const moderator = await createModerator({
    rules: ruleSet([
      { id: 'p', category: 'profanity', when: { field: 'body', terms: ['darn'] }, action: 'flag' },
      { id: 's', category: 'spam', when: { field: 'body', terms: ['buy'] }, action: 'hold' },
      { id: 'ok-profanity', when: { field: 'threadId', equals: 'comedy' }, action: 'allow', priority: 1, overrides: ['profanity'] },
    ]),
  });
  const decision = await moderator.moderate({ body: 'darn, buy', threadId: 'comedy' });
  assert.is(decision.action, 'hold');
  assert.equal(decision.labels, ['spam']);
});

test('censor masks matched words in the original body, keeping length, spaces and emoji', async () => {
  const moderator = await createModerator({ rules: ruleSet([{ id: 'mask', category: 'profanity', when: { field: 'body', terms: ['darn', 'heck'] }, action: 'flag', censor: true }]) });
  const body = '😀 <b>Darn</b> it, what the heck 🙃';
  const decision = await moderator.moderate({ body, format: 'html' });
  assert.is(decision.censored, '😀 <b>****</b> it, what the **** 🙃');
  assert.is(decision.censored?.length, body.length);
  assert.is(censor('a-b c', [{ start: 0, end: 3, text: 'a-b' }]), '*-* c');
});

test('rule evidence spans are exact in the original text with HTML entities and astral characters', async () => {
  const moderator = await createModerator({ rules: ruleSet([{ id: 'w', when: { field: 'body', terms: ['café', 'bad deal'] }, action: 'flag' }]) });
  const body = '<p>𝔸 caf&eacute; 👍🏽 — a <i>bad</i> deal</p>';
  const decision = await moderator.moderate({ body, format: 'html' });
  const evidence = decision.reasons[0]?.evidence ?? [];
  assert.equal(evidence.map((e) => e.text), ['caf&eacute;', 'bad</i> deal']);
  for (const e of evidence) assert.is(body.slice(e.start, e.end), e.text);
});

test('{{score}} renders the score the rule tested', async () => {
  const plugin = {
    id: 'scorer',
    meta: { kind: 'heuristic' as const, description: 'Sets a spam score.', messages: { none: 'none' } },
    create: () => (context: { score: (name: string, value: number) => void }) => context.score('spam', 0.875),
  };
  const moderator = await createModerator({ rules: ruleSet([{ id: 'high', category: 'spam', when: { field: 'scores.spam', gte: 0.8 }, action: 'spam', message: 'Spam score {{score}}' }]), classifiers: [plugin as never] });
  const decision = await moderator.moderate({ body: 'x' });
  assert.is(decision.reasons.find((r) => r.source === 'rule:high')?.message, 'Spam score 0.88');
  assert.is(decision.action, 'spam');
});

test('disabled rules do not run', async () => {
  const moderator = await createModerator({ rules: ruleSet([{ id: 'off', enabled: false, when: { field: 'body', terms: ['x'] }, action: 'reject' }]) });
  assert.is((await moderator.moderate({ body: 'x' })).action, 'approve');
});

test('regex patterns run on text capped at the analysis limit', async () => {
  const moderator = await createModerator({ rules: ruleSet([{ id: 'r', when: { field: 'body', pattern: 'a+!' }, action: 'flag' }]), limits: { maxBodyLength: 1000 } });
  const decision = await moderator.moderate({ body: `${'a'.repeat(50_000)}!` });
  assert.not.ok(decision.reasons.some((r) => r.source === 'rule:r'), 'the `!` lies beyond the limit');
  assert.ok(decision.reasons.some((r) => r.code === 'length.over-limit'));
});

test.run();
