/**
 * Turning a source record (a CSV row, a JSON object) into a comment: `--map` or automatic mapping of
 * common column names, with values converted to the types the comment contract expects.
 */
import { didYouMean } from 'comment-moderation';

/** Comment fields a record may map to. */
export const COMMENT_FIELDS = [
  'id', 'body', 'format', 'createdAt', 'threadId', 'parentId', 'permalink', 'lang',
  'author.id', 'author.name', 'author.email', 'author.url', 'author.ip', 'author.userAgent', 'author.createdAt',
  'author.approvedCount', 'author.roles', 'author.trusted',
];

// Column names (lower case, without spaces, dashes and underscores) that mean a comment field.
const AUTOMATIC: Record<string, string> = {
  body: 'body', content: 'body', comment: 'body', commentcontent: 'body', commenttext: 'body', text: 'body', message: 'body', tweet: 'body',
  id: 'id', commentid: 'id',
  author: 'author.name', authorname: 'author.name', name: 'author.name', user: 'author.name', username: 'author.name', commentauthor: 'author.name',
  email: 'author.email', authoremail: 'author.email', commentauthoremail: 'author.email',
  url: 'author.url', authorurl: 'author.url', commentauthorurl: 'author.url', website: 'author.url',
  ip: 'author.ip', authorip: 'author.ip', commentauthorip: 'author.ip',
  useragent: 'author.userAgent',
  date: 'createdAt', createdat: 'createdAt', created: 'createdAt', timestamp: 'createdAt', time: 'createdAt', commentdate: 'createdAt', commentdategmt: 'createdAt',
  thread: 'threadId', threadid: 'threadId', postid: 'threadId',
  parent: 'parentId', parentid: 'parentId', commentparent: 'parentId',
};

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The automatic mapping for a header: comment field → column.
 *
 * @example
 * automaticMap(['COMMENT_ID', 'AUTHOR', 'DATE', 'CONTENT', 'CLASS']); // { id: 'COMMENT_ID', 'author.name': 'AUTHOR', createdAt: 'DATE', body: 'CONTENT' }
 */
export function automaticMap(columns: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const column of columns) {
    const field = AUTOMATIC[squash(column)];
    if (field !== undefined && map[field] === undefined) map[field] = column;
  }
  return map;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  inner[tail] = value;
}

/** Converts a text value to what the field expects; leaves values it cannot convert for the checker to name. */
function convert(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'author.approvedCount') return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  if (field === 'author.trusted') return /^(true|1|yes)$/i.test(value.trim()) ? true : /^(false|0|no|)$/i.test(value.trim()) ? false : value;
  if (field === 'author.roles') return value.split(/[;,]/).map((role) => role.trim()).filter(Boolean);
  return value;
}

/**
 * Builds a comment from a record with a mapping (comment field → record key). Empty values are
 * left out, so an empty `author.email` cell is no error.
 *
 * @example
 * mapRecord({ CONTENT: 'hi', AUTHOR: 'Ana' }, { body: 'CONTENT', 'author.name': 'AUTHOR' }); // { body: 'hi', author: { name: 'Ana' } }
 */
export function mapRecord(record: Record<string, unknown>, map: Record<string, string>): Record<string, unknown> {
  const comment: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(map)) {
    const value = record[key];
    if (value === undefined || value === null || (value === '' && field !== 'body')) continue;
    setPath(comment, field, convert(field, value));
  }
  return comment;
}

/**
 * Parses `--map body=CONTENT,author.name=AUTHOR`; throws for malformed pairs and unknown fields.
 *
 * @example
 * parseMap('body=CONTENT,id=COMMENT_ID'); // { body: 'CONTENT', id: 'COMMENT_ID' }
 */
export function parseMap(spec: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const equals = pair.indexOf('=');
    if (equals <= 0 || equals === pair.length - 1) throw new Error(`\`${pair}\` is not field=COLUMN; write e.g. body=CONTENT`);
    const field = pair.slice(0, equals).trim();
    if (!COMMENT_FIELDS.includes(field) && !(field.startsWith('meta.') && field.length > 5)) {
      const guess = didYouMean(field, COMMENT_FIELDS);
      throw new Error(`\`${field}\` is not a comment field${guess === undefined ? ` (fields: ${COMMENT_FIELDS.join(', ')})` : `; did you mean \`${guess}\`?`}`);
    }
    map[field] = pair.slice(equals + 1).trim();
  }
  return map;
}
