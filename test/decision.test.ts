import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { topCategory } from '../src/categories.js';
import { buildDecision, mostSevere, type Reason } from '../src/decision.js';

const reason = (fields: Partial<Reason>): Reason => ({ code: 'x.y', source: 'classifier:x', action: 'flag', message: 'm', ...fields });

test('mostSevere follows approve < flag < hold < reject < spam', () => {
  assert.is(mostSevere('flag', 'reject'), 'reject');
  assert.is(mostSevere('spam', 'hold'), 'spam');
  assert.is(mostSevere('approve', 'approve'), 'approve');
});

test('the action is the most severe reason and every reason is kept', () => {
  const reasons = [reason({ action: 'flag' }), reason({ action: 'spam', code: 'spam.link', category: 'spam' }), reason({ action: 'hold' })];
  const decision = buildDecision({ reasons, scores: {} });
  assert.is(decision.action, 'spam');
  assert.is(decision.reasons.length, 3);
});

test('labels: top level first, details after, only for reasons above approve that are not overridden', () => {
  const decision = buildDecision({
    reasons: [
      reason({ code: 'incivility.insult', category: 'incivility', action: 'hold' }),
      reason({ code: 'spam.link', category: 'spam', action: 'hold' }),
      reason({ code: 'rule.match', category: 'incivility.threat', action: 'hold' }),
      reason({ code: 'profanity.vulgar', category: 'profanity', action: 'approve' }),
      reason({ code: 'length.too-long', category: 'length', action: 'reject', overriddenBy: 'rule:allow-long' }),
    ],
    scores: {},
  });
  assert.equal(decision.labels, ['incivility', 'spam', 'incivility.insult', 'spam.link', 'incivility.threat']);
  assert.is(decision.action, 'hold');
});

test('scores always hold spam, incivility and profanity, clamped to [0, 1], and reason scores count for their category', () => {
  const decision = buildDecision({ reasons: [reason({ category: 'spam', score: 0.7 })], scores: { incivility: 3, custom: -1, profanity: Number.NaN } });
  assert.equal(decision.scores, { spam: 0.7, incivility: 1, profanity: 0, custom: 0 });
});

test('the top-level category is the part before the first dot', () => {
  assert.equal(['spam.link', 'incivility.insult.aimed', 'length', 'rule'].map(topCategory), ['spam', 'incivility', 'length', 'rule']);
});

test.run();
