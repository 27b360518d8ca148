import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkComment, InvalidCommentError, parseDate } from '../src/comment.js';

function rejects(value: unknown, field: string, expected: RegExp): void {
  try {
    checkComment(value);
  } catch (error) {
    assert.instance(error, InvalidCommentError);
    assert.is((error as InvalidCommentError).field, field);
    assert.match((error as Error).message, expected);
    return;
  }
  assert.unreachable(`expected ${JSON.stringify(value)} to be refused`);
}

test('a comment that is not an object is refused', () => {
  rejects(null, 'comment', /`comment` is null; expected an object/);
  rejects('hello', 'comment', /a string \("hello"\)/);
  rejects([{ body: 'x' }], 'comment', /an array/);
});

test('a missing or non-string body is refused with its type', () => {
  rejects({}, 'body', /`body` is missing; expected a string/);
  rejects({ body: 42 }, 'body', /`body` is a number \(42\); expected a string/);
  rejects({ body: null }, 'body', /null/);
});

test('each wrong-typed known field is named with what is expected', () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ id: {} }, 'id', /a string or a finite number/],
    [{ id: Number.NaN }, 'id', /a string or a finite number/],
    [{ format: 'pdf' }, 'format', /'text', 'html' or 'markdown'/],
    [{ createdAt: true }, 'createdAt', /ISO 8601/],
    [{ threadId: 7 }, 'threadId', /a string/],
    [{ parentId: 7 }, 'parentId', /a string/],
    [{ permalink: 7 }, 'permalink', /a string/],
    [{ lang: 7 }, 'lang', /a string/],
    [{ meta: 'x' }, 'meta', /an object/],
    [{ author: 'bob' }, 'author', /an object/],
    [{ author: { id: 1 } }, 'author.id', /a string/],
    [{ author: { name: 1 } }, 'author.name', /a string/],
    [{ author: { email: 1 } }, 'author.email', /a string/],
    [{ author: { url: 1 } }, 'author.url', /a string/],
    [{ author: { ip: 1 } }, 'author.ip', /a string/],
    [{ author: { userAgent: 1 } }, 'author.userAgent', /a string/],
    [{ author: { createdAt: {} } }, 'author.createdAt', /ISO 8601/],
    [{ author: { approvedCount: -1 } }, 'author.approvedCount', /a whole number of 0 or more/],
    [{ author: { approvedCount: '3' } }, 'author.approvedCount', /a string \("3"\)/],
    [{ author: { roles: 'admin' } }, 'author.roles', /an array of strings/],
    [{ author: { roles: ['admin', 3] } }, 'author.roles[1]', /a number \(3\)/],
    [{ author: { trusted: 'yes' } }, 'author.trusted', /true or false/],
  ];
  for (const [fields, field, expected] of cases) rejects({ body: 'ok', ...fields }, field, expected);
});

test('unknown fields and fields set to undefined are accepted', () => {
  const comment = checkComment({ body: 'ok', CONTENT: 'x', extra: [1], author: { name: undefined, karma: 5 }, threadId: undefined });
  assert.is(comment.body, 'ok');
});

test('dates parse in ISO, compact and epoch forms; nonsense is ignored, not an error', () => {
  assert.is(parseDate('20120618192155Z')?.toISOString(), '2012-06-18T19:21:55.000Z');
  assert.is(parseDate('2013-11-07T06:20:48Z')?.toISOString(), '2013-11-07T06:20:48.000Z');
  assert.is(parseDate(0)?.toISOString(), '1970-01-01T00:00:00.000Z');
  assert.is(parseDate('not a date'), undefined);
  checkComment({ body: 'ok', createdAt: 'not a date' });
});

test.run();
