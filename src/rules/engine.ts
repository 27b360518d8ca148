/**
 * The rule engine: rules compiled once at load, evaluated per comment after the classifiers.
 */
import { topCategory } from '../categories.js';
import { parseDate, type Comment } from '../comment.js';
import { isOverridable, type Action, type Evidence, type Reason } from '../decision.js';
import { renderTemplate } from '../messages.js';
import type { TextAnalysis } from '../text/analysis.js';
import { compileCondition, type Condition } from './conditions.js';
import { TermIndex } from './term-index.js';
import type { ConfigProblem } from './errors.js';
import type { RuleAction, RuleSet } from './types.js';

/** A rule as written in a rule file. */
export interface Rule {
  id: string;
  description?: string;
  when: unknown;
  action: RuleAction;
  category?: string;
  overrides?: string[];
  message?: string;
  publicMessage?: string;
  priority?: number;
  enabled?: boolean;
  tags?: string[];
  censor?: boolean;
}

interface CompiledRule {
  rule: Rule;
  condition: Condition;
  priority: number;
  source: string;
}

/** The compiled rules of a rule set. */
export interface RuleEngine {
  /** Adds one reason per firing rule to `reasons` and applies `allow` rules; returns tags and censored text. */
  evaluate(comment: Comment, analysis: TextAnalysis, reasons: Reason[], scores: Readonly<Record<string, number>>): { tags: string[]; censored?: string };
}

/**
 * Compiles the rules of a (merged) rule set; problems are added to `problems`, with pointers.
 *
 * @example
 * const engine = compileRules(ruleSet, problems);
 */
export function compileRules(ruleSet: RuleSet, problems: ConfigProblem[], messages: Readonly<Record<string, string>> = {}): RuleEngine {
  const compiled: CompiledRule[] = [];
  const seen = new Map<string, number>();
  const terms = new TermIndex();
  ((ruleSet.rules ?? []) as Rule[]).forEach((rule, index) => {
    const pointer = `/rules/${index}`;
    const first = seen.get(rule.id);
    if (first !== undefined) {
      problems.push({ pointer: `${pointer}/id`, message: `the rule id \`${rule.id}\` is already used by rule ${first}`, fix: 'give every rule its own id' });
      return;
    }
    seen.set(rule.id, index);
    const condition = compileCondition(rule.when, `${pointer}/when`, { lists: ruleSet.lists ?? {}, problems, terms });
    if (condition === undefined || rule.enabled === false) return;
    compiled.push({ rule, condition, priority: rule.priority ?? 0, source: `rule:${rule.id}` });
  });
  terms.compile();
  // Higher priority first; equal priorities keep file order (Array.prototype.sort is stable).
  compiled.sort((a, b) => b.priority - a.priority);
  return { evaluate: (comment, analysis, reasons, scores) => evaluate(compiled, messages, comment, analysis, reasons, scores) };
}

function currentLabels(reasons: readonly Reason[]): string[] {
  const labels = new Set<string>();
  for (const reason of reasons) {
    if (reason.category === undefined || reason.action === 'approve' || reason.overriddenBy !== undefined) continue;
    labels.add(topCategory(reason.category));
    labels.add(reason.category.includes('.') ? reason.category : reason.code);
  }
  return [...labels];
}

function evaluate(
  rules: readonly CompiledRule[],
  messages: Readonly<Record<string, string>>,
  comment: Comment,
  analysis: TextAnalysis,
  reasons: Reason[],
  scores: Readonly<Record<string, number>>,
): { tags: string[]; censored?: string } {
  if (rules.length === 0) return { tags: [] };
  // Account age is measured at the comment's own time when it has one, so replaying a dump works.
  const now = parseDate(comment.createdAt) ?? new Date();
  const environment = { comment, analysis, scores, labels: currentLabels(reasons), reasons: [...reasons], now };
  const tags: string[] = [];
  const censorSpans: Evidence[] = [];
  const fired: { reason: Reason; rule: CompiledRule }[] = [];
  for (const compiled of rules) {
    const result = compiled.condition(environment);
    if (!result.holds) continue;
    const { rule } = compiled;
    const evidence = dedupe(result.spans).map((span) => analysis.evidence(span.start, span.end));
    const category = rule.category ?? 'rule';
    const scoreField = result.field?.startsWith('scores.') ? result.field.slice(7) : topCategory(category);
    const data: Record<string, unknown> = { rule: rule.id, match: result.match, field: result.field, score: scores[scoreField] };
    const allow = rule.action === 'allow';
    const code = allow ? 'rule.allow' : 'rule.match';
    const fallback = rule.description === undefined ? `Rule \`{{rule}}\` matched` : `${rule.description.replace(/\.$/, '')}`;
    const template = rule.message ?? messages[code] ?? (result.match === undefined ? `${fallback}.` : `${fallback}: \`{{match}}\`.`);
    const reason: Reason = { code, source: compiled.source, category, action: allow ? 'approve' : (rule.action as Action), message: renderTemplate(template, data), data };
    if (rule.publicMessage !== undefined) reason.publicMessage = renderTemplate(rule.publicMessage, data);
    if (evidence.length > 0) reason.evidence = evidence;
    reasons.push(reason);
    fired.push({ reason, rule: compiled });
    for (const tag of rule.tags ?? []) if (!tags.includes(tag)) tags.push(tag);
    if (rule.censor === true) censorSpans.push(...evidence);
  }
  for (const { reason, rule } of fired) if (rule.rule.action === 'allow') applyAllow(rule, reason, reasons, fired);
  const censored = censorSpans.length === 0 ? undefined : censor(comment.body, censorSpans);
  return censored === undefined ? { tags } : { tags, censored };
}

/** An allow rule overrides classifier findings and the findings of rules of lower priority. */
function applyAllow(allow: CompiledRule, allowReason: Reason, reasons: Reason[], fired: { reason: Reason; rule: CompiledRule }[]): void {
  const ruleOf = new Map(fired.map(({ reason, rule }) => [reason, rule]));
  for (const reason of reasons) {
    if (reason === allowReason || reason.overriddenBy !== undefined || !isOverridable(reason)) continue;
    const rule = ruleOf.get(reason);
    if (rule !== undefined && rule.priority >= allow.priority) continue;
    const top = reason.category === undefined ? undefined : topCategory(reason.category);
    if (allow.rule.overrides !== undefined && (top === undefined || !allow.rule.overrides.includes(top))) continue;
    reason.overriddenBy = allow.source;
  }
}

function dedupe(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Masks the letters and digits inside each span with `*`, one per UTF-16 unit, so the length,
 * the spaces and any emoji stay as they were.
 *
 * @example
 * censor('you idiot 😀', [{ start: 4, end: 9, text: 'idiot' }]); // 'you ***** 😀'
 */
export function censor(body: string, spans: readonly Evidence[]): string {
  const characters = body.split('');
  for (const span of spans) {
    for (let index = span.start; index < span.end; index++) {
      const code = body.charCodeAt(index);
      const isSurrogate = code >= 0xd800 && code <= 0xdfff;
      if (!isSurrogate && /[\p{L}\p{N}]/u.test(body[index] as string)) characters[index] = '*';
    }
  }
  return characters.join('');
}
