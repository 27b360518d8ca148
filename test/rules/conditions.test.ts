import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createModerator, type Comment, type Decision } from '../../src/index.js';

async function fires(when: unknown, comment: Comment, extra: Record<string, unknown> = {}): Promise<Decision & { fired: boolean }> {
  const rules = { name: 't', version: 1, classifiers: { length: false, language: false, incivility: false }, rules: [{ id: 'r', when, action: 'flag', category: 'test' }], ...extra };
  const moderator = await createModerator({ rules: rules as never });
  const decision = await moderator.moderate(comment);
  return { ...decision, fired: decision.reasons.some((reason) => reason.source === 'rule:r') };
}

const body = (text: string): Comment => ({ body: text });

test('word mode matches whole words only: "press" does not match inside "WordPress"', async () => {
  const when = { field: 'body', terms: ['press'] };
  assert.not.ok((await fires(when, body('I love WordPress and pressure'))).fired);
  const decision = await fires(when, body('Stop the Press now'));
  assert.ok(decision.fired);
  assert.equal(decision.reasons[0]?.evidence, [{ start: 9, end: 14, text: 'Press' }]);
});

test('phrase mode matches words in sequence across any white space', async () => {
  const when = { field: 'body', terms: ['click here'], mode: 'phrase' };
  assert.ok((await fires(when, body('please click\n  here'))).fired);
  assert.not.ok((await fires(when, body('click somewhere here'))).fired);
});

test('substring, prefix and suffix modes', async () => {
  assert.ok((await fires({ field: 'body', terms: ['casino'], mode: 'substring' }, body('bestcasinoever.example'))).fired);
  const prefix = await fires({ field: 'body', terms: ['crypto'], mode: 'prefix' }, body('cryptocurrency tips'));
  assert.equal(prefix.reasons[0]?.evidence?.[0]?.text, 'crypto', 'evidence is the matched part of the word');
  assert.not.ok((await fires({ field: 'body', terms: ['crypto'], mode: 'prefix' }, body('encrypto'))).fired);
  const suffix = await fires({ field: 'body', terms: ['coin'], mode: 'suffix' }, body('buy moonCOIN now'));
  assert.equal(suffix.reasons[0]?.evidence?.[0]?.text, 'COIN');
});

test('exact mode compares the whole field, ignoring case unless caseSensitive', async () => {
  assert.ok((await fires({ field: 'body', terms: ['first!'], mode: 'exact' }, body('  FIRST!  '))).fired);
  assert.not.ok((await fires({ field: 'body', terms: ['first!'], mode: 'exact' }, body('first! again'))).fired);
  assert.not.ok((await fires({ field: 'body', terms: ['first!'], mode: 'exact', caseSensitive: true }, body('FIRST!'))).fired);
});

test('regex mode runs a checked pattern and reports its spans', async () => {
  const decision = await fires({ field: 'body', pattern: '\\b\\d{3}-\\d{4}\\b', mode: 'regex' }, body('call 555-1234 today'));
  assert.equal(decision.reasons[0]?.evidence, [{ start: 5, end: 13, text: '555-1234' }]);
});

test('caseSensitive word matching', async () => {
  assert.not.ok((await fires({ field: 'body', terms: ['NASA'], caseSensitive: true }, body('nasa says'))).fired);
  assert.ok((await fires({ field: 'body', terms: ['NASA'], caseSensitive: true }, body('NASA says'))).fired);
});

test('lists are referenced by name', async () => {
  const decision = await fires({ field: 'body', list: 'competitors' }, body('Try Rival Times instead'), { lists: { competitors: ['rival times', 'other post'] } });
  assert.ok(decision.fired);
  assert.equal(decision.reasons[0]?.evidence?.[0]?.text, 'Rival Times');
});

test('text matches on author fields, without evidence spans in the body', async () => {
  const decision = await fires({ field: 'author.name', terms: ['casino'], mode: 'substring' }, { body: 'hi', author: { name: 'BestCasino24' } });
  assert.ok(decision.fired);
  assert.is(decision.reasons[0]?.evidence, undefined);
  assert.match(decision.reasons[0]?.message ?? '', /Casino/);
  assert.ok((await fires({ field: 'author.email', pattern: '@mailinator\\.com$' }, { body: 'x', author: { email: 'a@mailinator.com' } })).fired);
  assert.ok((await fires({ field: 'author.url', terms: ['.ru'], mode: 'substring' }, { body: 'x', author: { url: 'http://spam.ru/x' } })).fired);
});

test('all, any and not combine conditions', async () => {
  const when = { all: [{ field: 'body', terms: ['deal'] }, { any: [{ field: 'links', gte: 1 }, { field: 'body', terms: ['dm me'] }] }, { not: { field: 'author.trusted', equals: true } }] };
  assert.ok((await fires(when, body('great deal, dm me'))).fired);
  assert.not.ok((await fires(when, body('great deal'))).fired);
  assert.not.ok((await fires(when, { body: 'great deal, dm me', author: { trusted: true } })).fired);
});

test('numeric comparisons on counts, caps ratio and approved count', async () => {
  assert.ok((await fires({ field: 'words', gte: 3, lte: 4 }, body('one two three'))).fired);
  assert.not.ok((await fires({ field: 'words', gt: 3 }, body('one two three'))).fired);
  assert.ok((await fires({ field: 'characters', lt: 3 }, body('😀😀'))).fired);
  assert.ok((await fires({ field: 'lines', gte: 2 }, body('a\nb'))).fired);
  assert.ok((await fires({ field: 'capsRatio', gte: 0.9 }, body('STOP THIS NOW'))).fired);
  assert.ok((await fires({ field: 'author.approvedCount', lte: 0 }, { body: 'x', author: { approvedCount: 0 } })).fired);
  assert.not.ok((await fires({ field: 'author.approvedCount', lte: 0 }, body('no author'))).fired, 'a missing number never compares');
});

test('links, domains and mentions are derived facts', async () => {
  const comment = body('see https://www.example.co.uk/a and www.test.org, @editor @desk');
  assert.ok((await fires({ field: 'links', equals: 2 }, comment)).fired);
  assert.ok((await fires({ field: 'domains', contains: 'example.co.uk' }, comment)).fired);
  assert.ok((await fires({ field: 'mentions', gte: 2 }, comment)).fired);
  assert.ok((await fires({ field: 'links', equals: 1 }, { body: '<a href="https://x.test/">here</a>', format: 'html' })).fired);
  assert.ok((await fires({ field: 'linkRatio', gte: 0.1 }, body('see https://a.example/x'))).fired);
  assert.not.ok((await fires({ field: 'linkRatio', gte: 0.1 }, body('a long comment with many words and no link at all'))).fired);
  assert.ok((await fires({ field: 'author.domains', contains: 'cheap-pills.shop' }, { body: 'hi', author: { name: 'Deals at cheap-pills.shop' } })).fired);
  assert.ok((await fires({ field: 'author.domains', contains: 'example.org' }, { body: 'hi', author: { url: 'https://www.example.org/me' } })).fired);
});

test('author account age in days, measured at the comment time', async () => {
  const when = { field: 'author.accountAgeDays', lt: 2 };
  assert.ok((await fires(when, { body: 'x', createdAt: '2024-05-02T00:00:00Z', author: { createdAt: '2024-05-01T00:00:00Z' } })).fired);
  assert.not.ok((await fires(when, { body: 'x', createdAt: '2024-05-20T00:00:00Z', author: { createdAt: '2024-05-01T00:00:00Z' } })).fired);
  assert.not.ok((await fires(when, { body: 'x', author: { createdAt: 'not a date' } })).fired, 'an unparseable date is ignored');
});

test('equals, in, exists and contains on comment fields, roles and meta', async () => {
  assert.ok((await fires({ field: 'threadId', in: ['a', 'b'] }, { body: 'x', threadId: 'b' })).fired);
  assert.ok((await fires({ field: 'threadId', exists: false }, body('x'))).fired);
  assert.ok((await fires({ field: 'author.roles', contains: 'staff' }, { body: 'x', author: { roles: ['staff'] } })).fired);
  assert.ok((await fires({ field: 'meta.section', equals: 'politics' }, { body: 'x', meta: { section: 'politics' } })).fired);
  assert.ok((await fires({ field: 'meta.source.kind', equals: 'app' }, { body: 'x', meta: { source: { kind: 'app' } } })).fired);
  assert.ok((await fires({ field: 'author.trusted', equals: false }, body('x'))).fired);
});

test('CIDR ranges for IPv4, IPv6 and IPv4-mapped addresses', async () => {
  const when = { field: 'author.ip', cidr: ['203.0.113.0/24', '2001:db8::/32'] };
  assert.ok((await fires(when, { body: 'x', author: { ip: '203.0.113.77' } })).fired);
  assert.ok((await fires(when, { body: 'x', author: { ip: '2001:db8::1' } })).fired);
  assert.ok((await fires(when, { body: 'x', author: { ip: '::ffff:203.0.113.9' } })).fired);
  assert.not.ok((await fires(when, { body: 'x', author: { ip: '198.51.100.1' } })).fired);
  assert.not.ok((await fires(when, { body: 'x', author: { ip: 'garbage' } })).fired);
});

test('classifier results: scores, labels and reason codes', async () => {
  const blank = { body: ' ' };
  assert.ok((await fires({ field: 'labels', contains: 'length' }, blank, { classifiers: {} })).fired);
  assert.ok((await fires({ field: 'reasons', contains: 'length.empty' }, blank, { classifiers: {} })).fired);
  assert.ok((await fires({ field: 'scores.spam', lte: 0 }, blank, { classifiers: {} })).fired);
  assert.not.ok((await fires({ field: 'scores.spam', gte: 0.5 }, blank, { classifiers: {} })).fired);
});

test('term matches run on normalized text, so disguises count; raw: true matches the text as written', async () => {
  const when = { field: 'body', terms: ['casino bonus'] };
  const disguised = await fires(when, body('Get your C4S1N0   B.O.N.U.S here'));
  assert.ok(disguised.fired);
  assert.equal(disguised.reasons[0]?.evidence?.map((e) => e.text), ['C4S1N0   B.O.N.U.S']);
  assert.not.ok((await fires({ ...when, raw: true }, body('Get your C4S1N0 bonus'))).fired);
  assert.ok((await fires({ ...when, raw: true }, body('Get your CASINO bonus'))).fired);
});

test.run();
