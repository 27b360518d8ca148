/**
 * Actions, reasons and decisions: how the findings of every source combine into one verdict.
 */
import { topCategory } from './categories.js';

/**
 * What to do with a comment. Severity grows left to right:
 * `approve` < `flag` < `hold` < `reject` < `spam`.
 *
 * @example
 * const action: Action = 'hold';
 */
export type Action = 'approve' | 'flag' | 'hold' | 'reject' | 'spam';

/** Every action, least severe first. */
export const ACTIONS: readonly Action[] = ['approve', 'flag', 'hold', 'reject', 'spam'];

const SEVERITY: Record<Action, number> = { approve: 0, flag: 1, hold: 2, reject: 3, spam: 4 };

/**
 * The severity rank of an action (0 for `approve` up to 4 for `spam`).
 *
 * @example
 * actionSeverity('hold') > actionSeverity('flag'); // true
 */
export function actionSeverity(action: Action): number {
  return SEVERITY[action];
}

/**
 * The more severe of two actions.
 *
 * @example
 * mostSevere('flag', 'reject'); // 'reject'
 */
export function mostSevere(a: Action, b: Action): Action {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * Whether a value is one of the five actions.
 *
 * @example
 * isAction('hold'); // true
 */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(SEVERITY, value);
}

/** One span of the original body that supports a reason. */
export interface Evidence {
  /** UTF-16 offset into the ORIGINAL `comment.body`. */
  start: number;
  /** UTF-16 offset into the ORIGINAL `comment.body` (exclusive); `body.slice(start, end) === text`. */
  end: number;
  text: string;
  /** The lexicon term or pattern that matched, when it differs from `text` (an evasion, a mask). */
  term?: string;
  category?: string;
}

/**
 * One finding of one source (classifier, rule, exemption, store). Every source reports this same shape.
 *
 * @example
 * const reason: Reason = {
 *   code: 'length.empty', source: 'classifier:length', category: 'length', action: 'reject',
 *   message: 'The comment is empty.',
 * };
 */
export interface Reason {
  /** Stable machine code, e.g. `incivility.insult`, `length.empty`, `rule.match`, `classifier.error`. */
  code: string;
  /** Who reported it: `classifier:<id>`, `rule:<id>`, `exempt:<id>`. */
  source: string;
  /** The top-level label this reason supports (`spam`, `incivility`, `profanity`, `length`, ...). */
  category?: string;
  /** What this reason alone asks for. */
  action: Action;
  /** For moderators: what was found and where. */
  message: string;
  /** For the author, when the source gives one. */
  publicMessage?: string;
  score?: number;
  evidence?: Evidence[];
  /** Set when an allow rule or an exemption overrides this reason: the source of the override. */
  overriddenBy?: string;
  /** Data the message was rendered from (term, counts, limits), for reporters that re-render messages. */
  data?: Record<string, unknown>;
}

/**
 * The verdict on one comment.
 *
 * @example
 * if (decision.action !== 'approve') console.log(decision.reasons.map((reason) => reason.message));
 */
export interface Decision {
  commentId?: string | number;
  /** The most severe action among the reasons that are not overridden. */
  action: Action;
  /** Every finding, none dropped after the first hit. */
  reasons: Reason[];
  /** Each in [0, 1]; `spam`, `incivility` and `profanity` are always present. */
  scores: Scores;
  /** Top-level labels first (`spam`, `incivility`, ...), then details (`incivility.insult`). */
  labels: string[];
  /** The body with matched terms masked, when a rule asks for it. */
  censored?: string;
  /** Tags of the rules that fired. */
  tags?: string[];
  /** Which configuration decided. */
  ruleSet?: { name: string; version: string | number };
}

/** Scores by name, each in [0, 1]. */
export interface Scores {
  spam: number;
  incivility: number;
  profanity: number;
  [name: string]: number;
}

/** Reason codes that an allow rule or an exemption never overrides: a failure must stay visible. */
const NEVER_OVERRIDDEN = new Set(['classifier.error', 'classifier.timeout', 'store.unavailable']);

/**
 * Whether an override (allow rule, exemption) may silence this reason.
 *
 * @example
 * isOverridable({ code: 'classifier.error', source: 'classifier:x', action: 'flag', message: '' }); // false
 */
export function isOverridable(reason: Reason): boolean {
  return !NEVER_OVERRIDDEN.has(reason.code) && reason.action !== 'approve';
}

/**
 * Clamps a score into [0, 1]; anything that is not a finite number becomes 0.
 *
 * @example
 * clampScore(1.7); // 1
 */
export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** Everything {@link buildDecision} needs besides the reasons. */
export interface DecisionParts {
  commentId?: string | number;
  reasons: Reason[];
  scores: Record<string, number>;
  tags?: string[];
  censored?: string;
  ruleSet?: { name: string; version: string | number };
}

/**
 * Combines reasons into a decision: the action is the most severe among reasons not overridden; a
 * top-level label is present exactly when a non-overridden reason of that category asks for more
 * than `approve`; its code adds a detail label when the code starts with the category.
 *
 * @example
 * buildDecision({ reasons: [], scores: {} }).action; // 'approve'
 */
export function buildDecision(parts: DecisionParts): Decision {
  let action: Action = 'approve';
  const topLabels: string[] = [];
  const detailLabels: string[] = [];
  const scores: Scores = { spam: 0, incivility: 0, profanity: 0 };
  for (const name in parts.scores) scores[name] = clampScore(parts.scores[name] as number);
  for (const reason of parts.reasons) {
    if (reason.category !== undefined && reason.score !== undefined) {
      const top = topCategory(reason.category);
      scores[top] = Math.max(scores[top] ?? 0, clampScore(reason.score));
    }
    if (reason.overriddenBy !== undefined) continue;
    action = mostSevere(action, reason.action);
    const category = reason.category;
    if (category === undefined || reason.action === 'approve') continue;
    const top = topCategory(category);
    if (!topLabels.includes(top)) topLabels.push(top);
    const detail = category.includes('.') ? category : reason.code.startsWith(`${top}.`) ? reason.code : undefined;
    if (detail !== undefined && !detailLabels.includes(detail)) detailLabels.push(detail);
  }
  const decision: Decision = { action, reasons: parts.reasons, scores, labels: topLabels.concat(detailLabels) };
  if (parts.commentId !== undefined) decision.commentId = parts.commentId;
  if (parts.censored !== undefined) decision.censored = parts.censored;
  if (parts.tags !== undefined && parts.tags.length > 0) decision.tags = parts.tags;
  if (parts.ruleSet !== undefined) decision.ruleSet = parts.ruleSet;
  return decision;
}
