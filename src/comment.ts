/**
 * The comment a site hands in, and the one check it goes through per call.
 */

/** How `body` is written. `html`: tags are stripped for analysis and `href`s count as links. */
export type CommentFormat = 'text' | 'html' | 'markdown';

/** A date as a site stores it: ISO 8601 (also compact `20120618192155Z`), epoch milliseconds, or a Date. */
export type DateInput = string | number | Date;

/** Who wrote the comment, as far as the site knows. */
export interface CommentAuthor {
  id?: string;
  name?: string;
  email?: string;
  url?: string;
  ip?: string;
  userAgent?: string;
  createdAt?: DateInput;
  approvedCount?: number;
  roles?: string[];
  trusted?: boolean;
}

/**
 * A comment to moderate. Only `body` is required; unknown top-level fields are ignored.
 *
 * @example
 * const comment: Comment = { id: 42, body: 'Great piece, thanks!', author: { name: 'Ana', approvedCount: 3 } };
 */
export interface Comment {
  id?: string | number;
  body: string;
  format?: CommentFormat;
  author?: CommentAuthor;
  createdAt?: DateInput;
  threadId?: string;
  parentId?: string;
  permalink?: string;
  lang?: string;
  meta?: Record<string, unknown>;
}

/**
 * Thrown (or, from `moderate`, rejected with) when a comment is malformed. The message names the
 * field, the type of the bad value, and what is expected.
 *
 * @example
 * try { moderator.moderateSync({ body: 5 } as never); }
 * catch (error) { if (error instanceof InvalidCommentError) console.log(error.field); } // 'body'
 */
export class InvalidCommentError extends TypeError {
  override name = 'InvalidCommentError';
  /** Dotted path of the bad field (`body`, `author.roles[1]`), or `comment` for the whole value. */
  readonly field: string;
  constructor(field: string, received: unknown, expected: string) {
    super(`Invalid comment: \`${field}\` is ${describeValue(received)}; expected ${expected}.`);
    this.field = field;
  }
}

/**
 * A short description of a value's type for error messages: `a number (5)`, `null`, `an array`.
 *
 * @example
 * describeValue(5); // 'a number (5)'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

type FieldCheck = (value: unknown, field: string) => void;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const string: FieldCheck = (value, field) => {
  if (typeof value !== 'string') throw new InvalidCommentError(field, value, 'a string');
};
const boolean: FieldCheck = (value, field) => {
  if (typeof value !== 'boolean') throw new InvalidCommentError(field, value, 'true or false');
};
const id: FieldCheck = (value, field) => {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
  throw new InvalidCommentError(field, value, 'a string or a finite number');
};
const count: FieldCheck = (value, field) => {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return;
  throw new InvalidCommentError(field, value, 'a whole number of 0 or more');
};
// A date string that cannot be parsed is not an error (API.md): time-based checks ignore it.
const date: FieldCheck = (value, field) => {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
  if (value instanceof Date) return;
  throw new InvalidCommentError(field, value, 'an ISO 8601 string, epoch milliseconds or a Date');
};
const format: FieldCheck = (value, field) => {
  if (value === 'text' || value === 'html' || value === 'markdown') return;
  throw new InvalidCommentError(field, value, "'text', 'html' or 'markdown'");
};
const stringList: FieldCheck = (value, field) => {
  if (!Array.isArray(value)) throw new InvalidCommentError(field, value, 'an array of strings');
  value.forEach((item, index) => string(item, `${field}[${index}]`));
};
const object: FieldCheck = (value, field) => {
  if (!isPlainObject(value)) throw new InvalidCommentError(field, value, 'an object');
};

/** Field checks as a list, made once: every comment is checked against it. */
type FieldChecks = readonly (readonly [string, FieldCheck])[];

function fieldChecks(checks: Record<string, FieldCheck>): FieldChecks {
  return Object.entries(checks);
}

const AUTHOR_FIELDS: FieldChecks = fieldChecks({
  id: string,
  name: string,
  email: string,
  url: string,
  ip: string,
  userAgent: string,
  createdAt: date,
  approvedCount: count,
  roles: stringList,
  trusted: boolean,
});

const COMMENT_FIELDS: FieldChecks = fieldChecks({
  id,
  format,
  createdAt: date,
  threadId: string,
  parentId: string,
  permalink: string,
  lang: string,
  meta: object,
  author: (value, field) => {
    object(value, field);
    checkKnownFields(value as Record<string, unknown>, AUTHOR_FIELDS, `${field}.`);
  },
});

function checkKnownFields(value: Record<string, unknown>, checks: FieldChecks, prefix: string): void {
  for (const [name, check] of checks) {
    const field = value[name];
    // A field set to `undefined` counts as absent (API.md).
    if (field !== undefined) check(field, `${prefix}${name}`);
  }
}

/**
 * Checks a comment once per call and returns it typed; throws {@link InvalidCommentError} naming the
 * first bad field. Unknown fields are ignored.
 *
 * @example
 * const comment = checkComment(JSON.parse(line));
 */
export function checkComment(value: unknown): Comment {
  if (!isPlainObject(value)) throw new InvalidCommentError('comment', value, 'an object with a string `body`');
  if (typeof value.body !== 'string') throw new InvalidCommentError('body', value.body, 'a string');
  checkKnownFields(value, COMMENT_FIELDS, '');
  return value as unknown as Comment;
}

/**
 * Parses a comment date; `undefined` when absent or unparseable (time-based checks then skip it).
 * Accepts the compact form `20120618192155Z` used by some dumps.
 *
 * @example
 * parseDate('20120618192155Z')?.toISOString(); // '2012-06-18T19:21:55.000Z'
 */
export function parseDate(value: DateInput | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return new Date(value);
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const parsed = compact
    ? new Date(Date.UTC(+compact[1]!, +compact[2]! - 1, +compact[3]!, +compact[4]!, +compact[5]!, +compact[6]!))
    : new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
