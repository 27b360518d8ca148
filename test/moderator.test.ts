import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AsyncClassifierError,
  createModerator,
  InvalidCommentError,
  isModerationFailure,
  RuleConfigError,
  type Decision,
} from '../src/index.js';
import { delayed, throwing, wordFinder } from './helpers/plugins.js';

const base = { name: 'test', version: 1 };

test('createModerator compiles the bundled lexicon where a classifier reads it, so no comment waits for it', () => {
  // In a fresh process (this one compiled it long ago): before, after a rule set without the
  // classifiers that read it, and after the default rules.
  const script = `
    const { createModerator } = await import('./src/index.ts');
    const { bundledLexiconCompiled } = await import('./src/classifiers/bundled-lexicon.ts');
    const seen = [bundledLexiconCompiled()];
    await createModerator({ rules: { name: 'lengths only', version: 1, classifiers: { incivility: { enabled: false }, spam: { enabled: false } } } });
    seen.push(bundledLexiconCompiled());
    await createModerator();
    seen.push(bundledLexiconCompiled());
    console.log(JSON.stringify(seen));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.is(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout.trim()), [false, false, true]);
});

test('a long comment flooded with findings is decided: no stack overflow, a bounded number of template findings', async () => {
  const moderator = await createModerator({ limits: { maxBodyLength: 2_000_000 } });
  // 150,000 insults: their reasons were spread as call arguments, which overflowed the stack.
  const insults = moderator.moderateSync({ body: 'you idiot '.repeat(150_000) });
  assert.is(insults.action, 'hold');
  assert.ok(insults.reasons.filter((reason) => reason.code === 'incivility.insult').length > 100_000);
  // A command to kill repeated: at most 200 findings of the template (each is compared with those before it).
  const threats = moderator.moderateSync({ body: 'Kill them. '.repeat(5_000) });
  assert.is(threats.reasons.filter((reason) => reason.code === 'incivility.threat').length, 200);
});

test('a plug-in that throws gives a classifier.error reason that flags, never a rejection', async () => {
  const moderator = await createModerator({ rules: base, classifiers: [throwing] });
  const decision = await moderator.moderate({ body: 'hello there' });
  const reason = decision.reasons.find((r) => r.code === 'classifier.error');
  assert.ok(reason);
  assert.is(reason.source, 'classifier:throwing');
  assert.is(reason.action, 'flag');
  assert.match(reason.message, /`throwing` failed \(boom\)/);
  assert.is(decision.action, 'flag');
  assert.equal(decision.labels, [], 'a failure is not a label: it never looks like a match');
});

test('an async plug-in that rejects gives classifier.error with its failure policy', async () => {
  const rules = { ...base, classifiers: { failing: { onError: 'hold' as const } } };
  const moderator = await createModerator({ rules, classifiers: [delayed('failing', 5, 'throw')] });
  const decision = await moderator.moderate({ body: 'hello there' });
  assert.is(decision.reasons[0]?.code, 'classifier.error');
  assert.is(decision.action, 'hold');
});

test('a plug-in that times out gives classifier.timeout and the decision still resolves', async () => {
  const rules = { ...base, classifiers: { stuck: { timeoutMs: 30 } } };
  const moderator = await createModerator({ rules, classifiers: [delayed('stuck', 'never')] });
  const started = Date.now();
  const decision = await moderator.moderate({ body: 'hello there' });
  assert.ok(Date.now() - started < 2000);
  const reason = decision.reasons.find((r) => r.code === 'classifier.timeout');
  assert.ok(reason);
  assert.is(reason.source, 'classifier:stuck');
  assert.is(decision.action, 'flag');
});

test('a late report after the timeout is dropped', async () => {
  const rules = { ...base, classifiers: { late: { timeoutMs: 10 } } };
  const moderator = await createModerator({ rules, classifiers: [delayed('late', 60)] });
  const decision = await moderator.moderate({ body: 'x' });
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(decision.reasons.map((r) => r.code), ['classifier.timeout']);
});

test('onError ignore records the failure with action approve', async () => {
  const rules = { ...base, classifiers: { stuck: { timeoutMs: 10, onError: 'ignore' as const } } };
  const moderator = await createModerator({ rules, classifiers: [delayed('stuck', 'never')] });
  const decision = await moderator.moderate({ body: 'x' });
  assert.is(decision.reasons[0]?.code, 'classifier.timeout');
  assert.is(decision.action, 'approve');
});

test('a slow plug-in that answers in time reports normally', async () => {
  const rules = { ...base, classifiers: { slow: { timeoutMs: 500 } } };
  const moderator = await createModerator({ rules, classifiers: [delayed('slow', 40)] });
  const decision = await moderator.moderate({ body: 'x' });
  assert.equal(decision.reasons.map((r) => r.code), ['test.late']);
  assert.is(decision.reasons[0]?.message, 'Reported after 40 ms.');
  assert.is(decision.action, 'hold');
  assert.equal(decision.labels, ['test', 'test.late']);
});

test('a plug-in may take report, score and signal out of its context', async () => {
  let signal: AbortSignal | undefined;
  const destructuring = {
    id: 'destructuring',
    meta: { kind: 'heuristic' as const, description: 'Reports through functions taken out of the context.', category: 'test', messages: { seen: 'Seen {{word}}.' } },
    create: () => (context: { report: (finding: { messageId: string; data?: Record<string, unknown> }) => void; score: (name: string, value: number) => void; signal: AbortSignal }) => {
      const { report, score } = context;
      signal = context.signal;
      report({ messageId: 'seen', data: { word: 'hello' } });
      score('test', 0.4);
    },
  };
  const moderator = await createModerator({ rules: base, classifiers: [destructuring as never] });
  const decision = moderator.moderateSync({ body: 'hello' });
  assert.equal(decision.reasons.map((reason) => reason.message), ['Seen hello.']);
  assert.is(decision.scores.test, 0.4);
  assert.ok(signal instanceof AbortSignal && !signal.aborted);
});

test('moderateSync throws a clear error when an async plug-in is configured', async () => {
  const moderator = await createModerator({ rules: base, classifiers: [delayed('slow', 1)] });
  assert.throws(() => moderator.moderateSync({ body: 'x' }), (error: Error) => error instanceof AsyncClassifierError && /use `await moderator.moderate/.test(error.message));
});

test('moderateSync gives the same decision as moderate', async () => {
  const moderator = await createModerator({ rules: base, classifiers: [wordFinder('bad')] });
  const comment = { id: 'c1', body: 'a bad, bad day' };
  assert.equal(moderator.moderateSync(comment), await moderator.moderate(comment));
});

test('moderate rejects with InvalidCommentError for a malformed comment', async () => {
  const moderator = await createModerator({ rules: base });
  try {
    await moderator.moderate({ body: 12 } as never);
    assert.unreachable();
  } catch (error) {
    assert.instance(error, InvalidCommentError);
  }
});

test('moderateMany keeps input order with async classifiers of varying speed and reports bad items in their slot', async () => {
  const slowForOdd = {
    id: 'jitter',
    meta: { kind: 'external' as const, description: 'Waits longer for earlier comments.', messages: { seen: 'seen {{n}}' } },
    create: () => async (context: { comment: { body: string }; report: (f: { messageId: string; data: object }) => void }) => {
      const n = Number(context.comment.body);
      await new Promise((resolve) => setTimeout(resolve, (40 - n) % 7));
      context.report({ messageId: 'seen', data: { n } });
    },
  };
  const moderator = await createModerator({ rules: base, classifiers: [slowForOdd as never] });
  const items: unknown[] = Array.from({ length: 40 }, (_, n) => ({ id: n, body: String(n) }));
  items.splice(7, 0, { id: 'broken', body: 7 });
  items.splice(20, 0, 'not a comment');
  const results = await moderator.moderateMany(items);
  assert.is(results.length, 42);
  const failures = results.filter(isModerationFailure);
  assert.equal(failures.map((f) => [f.index, f.commentId]), [[7, 'broken'], [20, undefined]]);
  assert.match(failures[0]!.error.message, /`body` is a number/);
  const decisions = results.filter((r): r is Decision => !isModerationFailure(r));
  assert.equal(decisions.map((d) => d.commentId), Array.from({ length: 40 }, (_, n) => n));
  assert.equal(decisions.map((d) => d.reasons[0]?.message), Array.from({ length: 40 }, (_, n) => `seen ${n}`));
});

test('moderateMany takes async iterables', async () => {
  const moderator = await createModerator({ rules: base });
  async function* source() {
    yield { id: 1, body: 'one' };
    yield { id: 2, body: '' };
  }
  const results = (await moderator.moderateMany(source())) as Decision[];
  assert.equal(results.map((d) => [d.commentId, d.action]), [[1, 'approve'], [2, 'reject']]);
});

test('moderateStream yields in order with a bounded window and stops on abort', async () => {
  const moderator = await createModerator({ rules: base });
  let pulled = 0;
  function* endless() {
    for (let n = 0; ; n++) {
      pulled++;
      yield { id: n, body: `comment ${n}` };
    }
  }
  const controller = new AbortController();
  const seen: unknown[] = [];
  try {
    for await (const decision of moderator.moderateStream(endless(), { signal: controller.signal, concurrency: 4 })) {
      seen.push((decision as Decision).commentId);
      if (seen.length === 10) controller.abort();
    }
    assert.unreachable('the stream should throw the abort reason');
  } catch (error) {
    assert.is((error as Error).name, 'AbortError');
  }
  assert.equal(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.ok(pulled <= 10 + 4 + 1, `pulled ${pulled} items: memory must stay bounded`);
});

test('a trusted author is exempt from findings, and the exemption is itself a reason', async () => {
  const rules = { ...base, extends: undefined, classifiers: {}, exempt: [{ id: 'trusted', trusted: true }] };
  const moderator = await createModerator({ rules, classifiers: [wordFinder('spam')] });
  const trusted = await moderator.moderate({ body: 'spam spam', author: { trusted: true } });
  assert.is(trusted.action, 'approve');
  assert.equal(trusted.labels, []);
  assert.ok(trusted.reasons.filter((r) => r.code === 'test.found').every((r) => r.overriddenBy === 'exempt:trusted'));
  const exemption = trusted.reasons.find((r) => r.code === 'exempt.author');
  assert.ok(exemption);
  assert.match(exemption.message, /trusted author/);
  const stranger = await moderator.moderate({ body: 'spam spam', author: { trusted: false } });
  assert.is(stranger.action, 'flag');
  assert.equal(stranger.labels, ['test', 'test.found']);
});

test('exemptions by role respect their categories and never hide failures', async () => {
  const rules = { ...base, exempt: [{ id: 'staff', roles: ['staff'], categories: ['spam'] }] };
  const moderator = await createModerator({ rules, classifiers: [wordFinder('x'), throwing] });
  const decision = await moderator.moderate({ body: 'x', author: { roles: ['staff'] } });
  assert.is(decision.action, 'flag', 'category `test` is not covered, and classifier.error never is');
  assert.not.ok(decision.reasons.some((r) => r.code === 'exempt.author'));
});

test('the bundled default rules reject blank comments and approve ordinary ones', async () => {
  const moderator = await createModerator();
  assert.equal(moderator.ruleSet, { name: 'default', version: 1 });
  const blank = await moderator.moderate({ id: 'b', body: ' \n\t ' });
  assert.is(blank.action, 'reject');
  assert.equal(blank.labels, ['length', 'length.empty']);
  assert.equal(blank.ruleSet, { name: 'default', version: 1 });
  const fine = await moderator.moderate({ body: 'Thanks for the clear write-up on the budget.' });
  assert.is(fine.action, 'approve');
  assert.equal(Object.keys(fine.scores).sort(), ['incivility', 'profanity', 'spam']);
  assert.ok(fine.scores.incivility < 0.2);
  assert.equal(fine.labels, []);
});

test('bad classifier options are reported all at once with pointers and fixes', async () => {
  const rules = { ...base, classifiers: { length: { maxCharacter: 10, minWords: 0, actions: { empty: 'rejct' } }, lenght: {} } };
  try {
    await createModerator({ rules: rules as never });
    assert.unreachable();
  } catch (error) {
    assert.instance(error, RuleConfigError);
    const lines = (error as RuleConfigError).problems.map((p) => `${p.pointer}: ${p.message}; ${p.fix}`);
    assert.ok(lines.includes('/classifiers/length/maxCharacter: unknown key `maxCharacter`; did you mean `maxCharacters`?'), lines.join('\n'));
    assert.ok(lines.includes('/classifiers/length/actions/empty: `"rejct"` is not allowed; did you mean `reject`?'), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('/classifiers/length/minWords: 0 must be >= 1')), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('/classifiers/lenght: no classifier has the id `lenght`')), lines.join('\n'));
  }
});

test('plug-ins with a bad shape or a duplicate id are refused', async () => {
  try {
    await createModerator({ rules: base, classifiers: [{ id: 'Bad Id' } as never, throwing, throwing] });
    assert.unreachable();
  } catch (error) {
    const messages = (error as RuleConfigError).problems.map((p) => p.message);
    assert.ok(messages.some((m) => m.includes('`Bad Id` is not valid')));
    assert.ok(messages.some((m) => m.includes('two classifiers have the id `throwing`')));
  }
});

test('plug-in options are validated against the plug-in schema', async () => {
  const plugin = {
    ...wordFinder('x'),
    meta: { ...wordFinder('x').meta, schema: { type: 'object', properties: { level: { type: 'integer' } } } },
  };
  try {
    await createModerator({ rules: { ...base, classifiers: { 'word-finder': { level: 'high' } } }, classifiers: [plugin] });
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, /\/classifiers\/word-finder\/level: "high" must be integer/);
  }
});

test('rule-set messages override built-in templates by reason code', async () => {
  const rules = { ...base, messages: { 'length.empty': 'Leeg: {{nothing}}' }, publicMessages: { 'length.empty': 'Schrijf iets.' } };
  const moderator = await createModerator({ rules });
  const decision = await moderator.moderate({ body: '' });
  assert.is(decision.reasons[0]?.message, 'Leeg: {{nothing}}');
  assert.is(decision.reasons[0]?.publicMessage, 'Schrijf iets.');
});

test.run();
