/**
 * What a rule condition can test: comment fields, derived facts, and classifier results.
 */
import { parseDate, type Comment } from '../comment.js';
import type { Reason } from '../decision.js';
import type { TextAnalysis } from '../text/analysis.js';
import { getDomain } from 'tldts';
import { linkFacts } from './link-facts.js';

/** Everything a condition reads for one comment. */
export interface RuleEnvironment {
  comment: Comment;
  analysis: TextAnalysis;
  /** Scores reported by the classifiers. */
  scores: Readonly<Record<string, number>>;
  /** Labels the classifiers' reasons support so far. */
  labels: readonly string[];
  /** The classifiers' reasons. */
  reasons: readonly Reason[];
  /** When the comment was made (its `createdAt`, else now), for account age. */
  now: Date;
}

/** Reads one field's value for a comment. */
export type FieldReader = (environment: RuleEnvironment) => unknown;

const DAY_MS = 86_400_000;

const author = (name: keyof NonNullable<Comment['author']>): FieldReader => (environment) => environment.comment.author?.[name];

/** Fields by name. `meta.<key>` and `scores.<name>` are resolved by prefix. */
const FIELDS: Record<string, FieldReader> = {
  body: (environment) => environment.analysis.text,
  id: (environment) => environment.comment.id,
  format: (environment) => environment.comment.format ?? 'text',
  threadId: (environment) => environment.comment.threadId,
  parentId: (environment) => environment.comment.parentId,
  permalink: (environment) => environment.comment.permalink,
  lang: (environment) => environment.comment.lang,
  'author.id': author('id'),
  'author.name': author('name'),
  'author.email': author('email'),
  'author.url': author('url'),
  'author.ip': author('ip'),
  'author.userAgent': author('userAgent'),
  'author.roles': (environment) => environment.comment.author?.roles ?? [],
  'author.trusted': (environment) => environment.comment.author?.trusted === true,
  'author.approvedCount': author('approvedCount'),
  'author.accountAgeDays': (environment) => {
    const created = parseDate(environment.comment.author?.createdAt);
    return created === undefined ? undefined : (environment.now.getTime() - created.getTime()) / DAY_MS;
  },
  words: (environment) => environment.analysis.words,
  characters: (environment) => environment.analysis.characters,
  lines: (environment) => environment.analysis.lines,
  capsRatio: (environment) => environment.analysis.capsRatio,
  links: (environment) => linkFacts(environment.analysis).count,
  linkRatio: (environment) => linkFacts(environment.analysis).ratio,
  'author.domains': (environment) => authorDomains(environment.comment),
  domains: (environment) => linkFacts(environment.analysis).domains,
  mentions: (environment) => linkFacts(environment.analysis).mentions,
  labels: (environment) => environment.labels,
  reasons: (environment) => environment.reasons.map((reason) => reason.code),
};

const DOMAIN_IN_TEXT = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}/gu;

/** Registrable domains named in the author's name or URL ("Best Deals cheap-pills.shop"). */
function authorDomains(comment: Comment): string[] {
  const found = new Set<string>();
  for (const value of [comment.author?.name, comment.author?.url]) {
    for (const candidate of value?.match(DOMAIN_IN_TEXT) ?? []) {
      const domain = getDomain(candidate);
      if (domain !== null) found.add(domain.toLowerCase());
    }
  }
  return [...found];
}

/** Field names a rule may use (for "did you mean"), besides the `meta.*` and `scores.*` families. */
export const FIELD_NAMES: readonly string[] = Object.keys(FIELDS);

/** Fields holding free text, which text matches (`terms`, `list`, `pattern`) apply to. */
export const TEXT_FIELDS = new Set(['body', 'author.name', 'author.email', 'author.url', 'author.userAgent', 'threadId', 'permalink', 'lang', 'id']);

/**
 * The reader of a field, or undefined for an unknown field.
 *
 * @example
 * fieldReader('author.approvedCount')?.(environment); // 0
 */
export function fieldReader(field: string): FieldReader | undefined {
  const known = FIELDS[field];
  if (known !== undefined) return known;
  if (field.startsWith('meta.') && field.length > 5) {
    const path = field.slice(5).split('.');
    return (environment) => path.reduce<unknown>((value, key) => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined), environment.comment.meta);
  }
  if (field.startsWith('scores.') && field.length > 7) {
    const name = field.slice(7);
    return (environment) => environment.scores[name] ?? 0;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
