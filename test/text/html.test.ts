import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createModerator } from '../../src/index.js';
import { htmlToText } from '../../src/text/html.js';
import { TextAnalysis } from '../../src/text/analysis.js';
import { wordFinder } from '../helpers/plugins.js';

test('tags are stripped, entities decoded, and block tags keep words apart', () => {
  const { text } = htmlToText('<p>One&nbsp;&amp;&#x20;two</p><p>three<br/>four</p><b>fi</b>ve');
  assert.is(text, '\nOne\u00a0& two\nthree\nfour\nfive');
});

test('script and style content is not text, and a bare less-than sign is kept', () => {
  assert.is(htmlToText('a < b <script>var x = "<p>";</script>c<style>p{}</style>').text, 'a < b c');
});

test('hrefs are collected with their offsets in the body', () => {
  const body = `<a href="https://example.org/a?b=1&amp;c=2">x</a> <A HREF='http://two.test'>y</A> <a href=bare.test>z</a>`;
  const { links } = htmlToText(body);
  assert.equal(links.map((link) => link.url), ['https://example.org/a?b=1&c=2', 'http://two.test', 'bare.test']);
  for (const link of links) assert.is(decodeURIComponent(body.slice(link.start, link.end)).replace('&amp;', '&'), link.url);
});

test('evidence offsets on an HTML body point into the original body', async () => {
  const moderator = await createModerator({ rules: { name: 't', version: 1 }, classifiers: [wordFinder('bad')] });
  const body = '<p>This is <b>bad</b> &amp; <i title="bad">very</i> b&#97;d</p>';
  const decision = await moderator.moderate({ body, format: 'html' });
  const evidence = decision.reasons.flatMap((reason) => reason.evidence ?? []);
  assert.is(evidence.length, 2, 'the attribute value is not text');
  assert.equal(evidence[0], { start: body.indexOf('bad'), end: body.indexOf('bad') + 3, text: 'bad' });
  assert.equal(evidence[1]?.text, 'b&#97;d', 'an entity inside a word maps to its whole span');
  for (const item of evidence) assert.is(body.slice(item.start, item.end), item.text);
});

test('evidence offsets are UTF-16 offsets with emoji and other astral characters before the match', async () => {
  const moderator = await createModerator({ rules: { name: 't', version: 1 }, classifiers: [wordFinder('bad')] });
  const body = '😀👍🏽 𝒜 so bad 🇫🇷 bad';
  const decision = await moderator.moderate({ body });
  const evidence = decision.reasons.flatMap((reason) => reason.evidence ?? []);
  assert.equal(evidence.map((e) => [e.start, e.end]), [[13, 16], [22, 25]]);
  for (const item of evidence) assert.is(body.slice(item.start, item.end), 'bad');
});

test('bodies beyond the analysis limit are cut without splitting a surrogate pair', () => {
  const analysis = new TextAnalysis({ body: 'ab😀cd' }, 3);
  assert.ok(analysis.truncated);
  assert.is(analysis.text, 'ab');
  assert.is(analysis.characters, 2);
});

test('counts: characters as code points, words, lines and the caps ratio', () => {
  const analysis = new TextAnalysis({ body: "It's GREAT 👍\nreally great" }, 100);
  assert.is(analysis.characters, 25);
  assert.is(analysis.words, 4);
  assert.is(analysis.lines, 2);
  assert.is(analysis.capsRatio, 6 / 19);
});

test.run();
