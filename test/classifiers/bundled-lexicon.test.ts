import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bundledMatches, SPAM_PHRASE } from '../../src/classifiers/bundled-lexicon.js';
import { createModerator } from '../../src/index.js';
import { TextAnalysis } from '../../src/text/analysis.js';

test('one walk finds the phrases of both classifiers, once per comment', () => {
  const analysis = new TextAnalysis({ body: 'You idiot, check out my channel' }, 20_000);
  const matches = bundledMatches(analysis);
  assert.equal([...new Set(matches.map((match) => match.category))].sort(), ['insult', SPAM_PHRASE]);
  assert.is(bundledMatches(analysis), matches, 'the second classifier reads the first one\'s walk');
  const insult = matches.find((match) => match.category === 'insult');
  assert.is(insult?.text, 'idiot');
});

test('each classifier reads its own categories of the shared walk', async () => {
  const moderator = await createModerator();
  const decision = moderator.moderateSync({ body: 'You idiot, check out my channel' });
  const sources = new Map(decision.reasons.map((reason) => [reason.category, reason.source]));
  assert.is(sources.get('incivility.insult'), 'classifier:incivility');
  assert.is(sources.get('spam.promotion'), 'classifier:spam');
  // A promotion phrase is no vulgar word, and an insult no advertisement.
  assert.not.ok(decision.reasons.some((reason) => reason.source === 'classifier:incivility' && reason.evidence?.some((span) => span.text === 'check out my')));
  assert.not.ok(decision.reasons.some((reason) => reason.source === 'classifier:spam' && reason.evidence?.some((span) => span.text === 'idiot')));
});

test('author names are still read for promotion phrases alone', async () => {
  const moderator = await createModerator();
  const decision = moderator.moderateSync({ body: 'Nice article', author: { name: 'check out my deals' } });
  assert.ok(decision.reasons.some((reason) => reason.category === 'spam.author'), JSON.stringify(decision.reasons));
});

test('incivility phrases match written as one word (hashtags); promotion phrases do not', async () => {
  const moderator = await createModerator();
  const joined = moderator.moderateSync({ body: 'lol #killyourself' });
  assert.ok(joined.reasons.some((reason) => reason.code === 'incivility.self-harm' && reason.evidence?.[0]?.text === 'killyourself'), JSON.stringify(joined.reasons));
  const checkout = moderator.moderateSync({ body: 'The queue at the checkout was long.' });
  assert.is(checkout.action, 'approve');
  // A phrase joined into a word that a profanity entry also spells is read both ways, as written apart.
  for (const body of ['fuckyou', 'lol #gotohell', 'pissoff']) {
    const decision = moderator.moderateSync({ body });
    assert.ok(decision.labels.includes('incivility.insult') && decision.labels.includes('profanity.vulgar'), `${body}: ${decision.labels.join(',')}`);
  }
});

test.run();
