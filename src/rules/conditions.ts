/**
 * Compiling `when` conditions into closures once, with precise problems for every mistake.
 */
import { appendAll } from '../append.js';
import ipaddr from 'ipaddr.js';
import { didYouMean, type ConfigProblem } from './errors.js';
import { fieldReader, FIELD_NAMES, TEXT_FIELDS, type RuleEnvironment } from './fields.js';
import { TermIndex } from './term-index.js';
import { compileTextMatcher, unsafePatternReason, type MatchMode, type TextMatcher } from './text-match.js';

/** A span of the analysis text that made a condition hold. */
export interface Span {
  start: number;
  end: number;
}

/** What a compiled condition says about one comment. */
export interface ConditionResult {
  holds: boolean;
  /** Spans of the analysis text (body matches only). */
  spans: readonly Span[];
  /** The text or value that matched, for `{{match}}`. */
  match?: string;
  /** The field that matched, for `{{field}}`. */
  field?: string;
}

/** A compiled condition. */
export type Condition = (environment: RuleEnvironment) => ConditionResult;

/** What compiling needs: the named lists, and where to put problems. */
export interface CompileContext {
  lists: Readonly<Record<string, readonly string[]>>;
  problems: ConfigProblem[];
  /** Where term conditions register their terms, to be matched in one walk over normalized text. */
  terms: TermIndex;
}

const NO: ConditionResult = Object.freeze({ holds: false, spans: [] as Span[] });
const TEXT_KEYS = ['terms', 'list', 'pattern', 'mode', 'caseSensitive', 'raw'];
const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'];
const OPERATOR_GROUPS: Record<string, string[]> = { text: TEXT_KEYS, range: RANGE_KEYS, equals: ['equals'], in: ['in'], contains: ['contains'], exists: ['exists'], cidr: ['cidr'] };
const ALL_KEYS = ['all', 'any', 'not', 'field', ...Object.values(OPERATOR_GROUPS).flat()];
const NUMERIC_FIELDS = new Set(['words', 'characters', 'lines', 'links', 'linkRatio', 'mentions', 'capsRatio', 'author.approvedCount', 'author.accountAgeDays']);
const LIST_FIELDS = new Set(['author.roles', 'labels', 'reasons', 'domains', 'author.domains']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compiles one condition; returns undefined (with problems added) when it is wrong.
 *
 * @example
 * const condition = compileCondition({ field: 'author.approvedCount', lte: 0 }, '/rules/0/when', { lists: {}, problems });
 */
export function compileCondition(node: unknown, pointer: string, context: CompileContext): Condition | undefined {
  const problem = (message: string, fix: string, at = pointer): undefined => {
    context.problems.push({ pointer: at, message, fix });
    return undefined;
  };
  if (!isRecord(node)) return problem('a condition must be an object', 'use `{ "field": "body", "terms": ["..."] }`, or `all` / `any` / `not`');
  for (const key of Object.keys(node)) {
    if (!ALL_KEYS.includes(key)) {
      const guess = didYouMean(key, ALL_KEYS);
      problem(`unknown key \`${key}\` in a condition`, guess === undefined ? `use one of ${ALL_KEYS.map((k) => `\`${k}\``).join(', ')}` : `did you mean \`${guess}\`?`, `${pointer}/${key}`);
    }
  }
  const combinators = ['all', 'any', 'not', 'field'].filter((key) => key in node);
  if (combinators.length !== 1) {
    return problem(
      combinators.length === 0 ? 'a condition needs `all`, `any`, `not` or `field`' : `a condition has ${combinators.map((k) => `\`${k}\``).join(' and ')}; it takes one`,
      'nest them: `{ "all": [ {...}, {...} ] }`',
    );
  }
  if ('not' in node) {
    const inner = compileCondition(node.not, `${pointer}/not`, context);
    return inner && ((environment) => (inner(environment).holds ? NO : { holds: true, spans: [] }));
  }
  if ('all' in node || 'any' in node) {
    const key = 'all' in node ? 'all' : 'any';
    const items = node[key];
    if (!Array.isArray(items) || items.length === 0) return problem(`\`${key}\` must be a non-empty array of conditions`, `write \`"${key}": [ { "field": ... } ]\``, `${pointer}/${key}`);
    const children = items.map((item, index) => compileCondition(item, `${pointer}/${key}/${index}`, context));
    if (children.some((child) => child === undefined)) return undefined;
    return key === 'all' ? allOf(children as Condition[]) : anyOf(children as Condition[]);
  }
  return compileLeaf(node, pointer, context, problem);
}

function allOf(children: Condition[]): Condition {
  return (environment) => {
    const spans: Span[] = [];
    let first: ConditionResult | undefined;
    for (const child of children) {
      const result = child(environment);
      if (!result.holds) return NO;
      appendAll(spans, result.spans);
      if (first === undefined && result.match !== undefined) first = result;
    }
    return { holds: true, spans, match: first?.match, field: first?.field };
  };
}

function anyOf(children: Condition[]): Condition {
  return (environment) => {
    const spans: Span[] = [];
    let first: ConditionResult | undefined;
    for (const child of children) {
      const result = child(environment);
      if (!result.holds) continue;
      appendAll(spans, result.spans);
      first ??= result;
    }
    return first === undefined ? NO : { holds: true, spans, match: first.match, field: first.field };
  };
}

function compileLeaf(node: Record<string, unknown>, pointer: string, context: CompileContext, problem: (message: string, fix: string, at?: string) => undefined): Condition | undefined {
  const field = node.field;
  if (typeof field !== 'string') return problem('`field` must be a string', 'name a field such as `body` or `author.name`', `${pointer}/field`);
  const read = fieldReader(field);
  if (read === undefined) {
    const guess = didYouMean(field, FIELD_NAMES);
    return problem(`unknown field \`${field}\``, guess === undefined ? 'use a comment field, a fact, `meta.<key>` or `scores.<name>` (see the README)' : `did you mean \`${guess}\`?`, `${pointer}/field`);
  }
  const groups = Object.entries(OPERATOR_GROUPS).filter(([, keys]) => keys.some((key) => key in node)).map(([name]) => name);
  if (groups.length !== 1) {
    return problem(
      groups.length === 0 ? `the condition on \`${field}\` has no test` : `the condition on \`${field}\` mixes ${groups.join(' and ')} tests`,
      groups.length === 0 ? 'add one, e.g. `"terms": [...]`, `"equals": ...`, `"gte": 1` or `"exists": true`' : 'split them with `all`',
    );
  }
  const group = groups[0] as string;
  if (group === 'text') return compileText(node, field, pointer, context, problem);
  if (group === 'range') {
    if (!NUMERIC_FIELDS.has(field) && !field.startsWith('scores.') && !field.startsWith('meta.')) return problem(`\`${field}\` is not a number`, 'compare numbers only: counts, `capsRatio`, `scores.*`, `author.approvedCount`, `author.accountAgeDays`');
    const bounds = RANGE_KEYS.filter((key) => key in node).map((key) => [key, node[key]] as const);
    for (const [key, value] of bounds) if (typeof value !== 'number') return problem(`\`${key}\` must be a number`, `write \`"${key}": 1\``, `${pointer}/${key}`);
    return (environment) => {
      const value = read(environment);
      if (typeof value !== 'number') return NO;
      const holds = bounds.every(([key, bound]) => (key === 'gt' ? value > (bound as number) : key === 'gte' ? value >= (bound as number) : key === 'lt' ? value < (bound as number) : value <= (bound as number)));
      return holds ? { holds, spans: [], match: String(value), field } : NO;
    };
  }
  if (group === 'cidr') return compileCidr(node.cidr, field, pointer, problem, read);
  if (group === 'exists') {
    const wanted = node.exists === true;
    return (environment) => ((read(environment) !== undefined) === wanted ? { holds: true, spans: [], field } : NO);
  }
  if (group === 'contains') {
    const wanted = node.contains;
    return (environment) => {
      const value = read(environment);
      return Array.isArray(value) && value.some((item) => item === wanted) ? { holds: true, spans: [], match: String(wanted), field } : NO;
    };
  }
  const choices = group === 'in' ? node.in : [node.equals];
  if (!Array.isArray(choices)) return problem('`in` must be an array of values', 'write `"in": ["a", "b"]`', `${pointer}/in`);
  if (LIST_FIELDS.has(field)) return problem(`\`${field}\` is a list`, 'use `contains` to test for one of its items');
  return (environment) => {
    const value = read(environment);
    return choices.some((choice) => choice === value) ? { holds: true, spans: [], match: String(value), field } : NO;
  };
}

function compileText(node: Record<string, unknown>, field: string, pointer: string, context: CompileContext, problem: (message: string, fix: string, at?: string) => undefined): Condition | undefined {
  if (!TEXT_FIELDS.has(field) && !field.startsWith('meta.')) return problem(`\`${field}\` is not text`, `match text only in ${[...TEXT_FIELDS].map((f) => `\`${f}\``).join(', ')} or \`meta.*\``);
  const mode = (node.mode ?? (node.pattern !== undefined ? 'regex' : 'word')) as MatchMode;
  const terms: string[] = [];
  if (node.terms !== undefined) {
    if (!Array.isArray(node.terms) || node.terms.some((term) => typeof term !== 'string')) return problem('`terms` must be an array of strings', 'write `"terms": ["one", "two words"]`', `${pointer}/terms`);
    terms.push(...(node.terms as string[]));
  }
  const listNames = node.list === undefined ? [] : Array.isArray(node.list) ? node.list : [node.list];
  for (const [index, name] of listNames.entries()) {
    const list = typeof name === 'string' && Object.hasOwn(context.lists, name) ? context.lists[name] : undefined;
    if (list === undefined) {
      const guess = typeof name === 'string' ? didYouMean(name, Object.keys(context.lists)) : undefined;
      problem(`unknown list \`${String(name)}\``, guess === undefined ? 'define it under `lists` (here or in a file this one extends)' : `did you mean \`${guess}\`?`, Array.isArray(node.list) ? `${pointer}/list/${index}` : `${pointer}/list`);
      continue;
    }
    terms.push(...list);
  }
  if (mode === 'regex') {
    if (typeof node.pattern !== 'string') return problem('`mode: regex` needs a `pattern`', 'add `"pattern": "..."`', pointer);
    const unsafe = unsafePatternReason(node.pattern);
    if (unsafe !== undefined) return problem(`the pattern \`${node.pattern}\` is refused: ${unsafe}`, 'rewrite it without nested repetition, or use `terms`', `${pointer}/pattern`);
  } else if (node.pattern !== undefined) {
    return problem('`pattern` only works with `mode: regex`', 'set `"mode": "regex"` or use `terms`', `${pointer}/pattern`);
  } else if (terms.length === 0 && listNames.length === 0) {
    return problem('a text match needs `terms`, `list` or `pattern`', 'add `"terms": ["..."]`');
  }
  if ((mode === 'prefix' || mode === 'suffix') && terms.some((term) => /\s/.test(term.trim()))) {
    return problem(`\`${mode}\` terms are single words`, 'use `phrase` for several words', `${pointer}/terms`);
  }
  const read = fieldReader(field) as (environment: RuleEnvironment) => unknown;
  // Term matches run on the normalized text (evasions count) unless the rule asks for the raw text,
  // for case-sensitive matching, or for exact and regex modes, which see the text as written.
  if (mode !== 'regex' && mode !== 'exact' && node.raw !== true && node.caseSensitive !== true) {
    const key = context.terms.add(terms, mode === 'phrase' ? 'word' : mode);
    return (environment) => {
      const value = read(environment);
      if (typeof value !== 'string' && typeof value !== 'number') return NO;
      const isBody = field === 'body';
      const text = isBody ? environment.analysis.text : String(value);
      const spans = (isBody ? context.terms.bodyHits(environment.analysis) : context.terms.valueHits(text)).get(key);
      if (spans === undefined) return NO;
      const first = spans[0] as Span;
      return { holds: true, spans: isBody ? spans : [], match: text.slice(first.start, first.end), field };
    };
  }
  const matcher: TextMatcher = compileTextMatcher({ terms, pattern: node.pattern as string | undefined, mode, caseSensitive: node.caseSensitive === true });
  return (environment) => {
    const value = read(environment);
    if (typeof value !== 'string' && typeof value !== 'number') return NO;
    const text = String(value);
    const spans = matcher(text);
    if (spans.length === 0) return NO;
    const first = spans[0] as Span;
    // Only body matches are evidence: offsets into other fields would not point into the body.
    return { holds: true, spans: field === 'body' ? spans : [], match: text.slice(first.start, first.end), field };
  };
}

function compileCidr(ranges: unknown, field: string, pointer: string, problem: (message: string, fix: string, at?: string) => undefined, read: (environment: RuleEnvironment) => unknown): Condition | undefined {
  if (field !== 'author.ip') return problem('`cidr` only applies to `author.ip`', 'set `"field": "author.ip"`');
  if (!Array.isArray(ranges)) return problem('`cidr` must be an array of ranges', 'write `"cidr": ["203.0.113.0/24"]`', `${pointer}/cidr`);
  const parsed: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  ranges.forEach((range, index) => {
    try {
      parsed.push(ipaddr.parseCIDR(String(range)));
    } catch {
      problem(`\`${String(range)}\` is not a CIDR range`, 'write it as address/prefix, e.g. `203.0.113.0/24` or `2001:db8::/32`', `${pointer}/cidr/${index}`);
    }
  });
  if (parsed.length !== ranges.length) return undefined;
  return (environment) => {
    const value = read(environment);
    if (typeof value !== 'string' || !ipaddr.isValid(value)) return NO;
    let address = ipaddr.parse(value);
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
    const holds = parsed.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
    return holds ? { holds, spans: [], match: value, field } : NO;
  };
}
