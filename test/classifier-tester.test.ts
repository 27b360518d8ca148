import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClassifierTester, lengthClassifier, type Classifier } from '../src/index.js';
import { throwing, wordFinder } from './helpers/plugins.js';

async function failure(run: () => Promise<void>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return assert.unreachable('expected the tester to fail') as never;
}

test('the tester passes matching valid and invalid cases of a plug-in', async () => {
  await new ClassifierTester().run(wordFinder('bad'), {
    valid: ['all good'],
    invalid: [{ comment: 'bad and bad', reasons: [{ messageId: 'found', evidence: ['bad'] }, { messageId: 'found' }] }],
  });
});

test('the tester refuses an unknown messageId', async () => {
  const message = await failure(() => new ClassifierTester().run(lengthClassifier, { valid: [], invalid: [{ comment: '', reasons: [{ messageId: 'blank' }] }] }));
  assert.match(message, /unknown messageId `blank`/);
});

test('the tester fails a valid case that reports something', async () => {
  const message = await failure(() => new ClassifierTester().run(wordFinder('bad'), { valid: ['bad'], invalid: [] }));
  assert.match(message, /expected findings \[\], got \[found\]/);
});

test('the tester fails an invalid case that reports nothing or expects nothing', async () => {
  assert.match(await failure(() => new ClassifierTester().run(wordFinder('bad'), { valid: [], invalid: [{ comment: 'fine', reasons: [{ messageId: 'found' }] }] })), /expected findings \[found\], got \[\]/);
  assert.match(await failure(() => new ClassifierTester().run(wordFinder('bad'), { valid: [], invalid: [{ comment: 'bad', reasons: [] }] })), /at least one reason/);
});

test('the tester fails on empty messages and on failures of the classifier', async () => {
  const silent: Classifier = { id: 'silent', meta: { kind: 'heuristic', description: 'x', messages: { empty: '  ' } }, create: () => (context) => context.report({ messageId: 'empty' }) };
  assert.match(await failure(() => new ClassifierTester().run(silent, { valid: [], invalid: [{ comment: 'x', reasons: [{ messageId: 'empty' }] }] })), /empty message/);
  assert.match(await failure(() => new ClassifierTester().run(throwing, { valid: ['x'], invalid: [] })), /`throwing` failed \(boom\)/);
});

test('the tester fails on evidence outside the body and on a wrong action', async () => {
  const offset: Classifier = { id: 'offset', meta: { kind: 'heuristic', description: 'x', messages: { m: 'm' } }, create: () => (context) => context.report({ messageId: 'm', evidence: [{ start: 0, end: 2 }], action: 'hold' }) };
  assert.match(await failure(() => new ClassifierTester().run(offset, { valid: [], invalid: [{ comment: 'xy', reasons: [{ messageId: 'm', action: 'flag' }] }] })), /expected action `flag`, got `hold`/);
});

test.run();
