/**
 * One comment's road: analysis once → classifiers report → rules → exemptions → decision.
 */
import { appendAll } from './append.js';
import type { Classifier, ClassifierContext, ClassifierRunPolicy, Classify, Finding } from './classifier.js';
import { checkComment, type Comment } from './comment.js';
import { buildDecision, clampScore, type Decision, type Reason } from './decision.js';
import type { LibraryLog } from './logger.js';
import { renderTemplate } from './messages.js';
import type { RuleEngine } from './rules/engine.js';
import { applyExemptions } from './rules/exempt.js';
import type { Exemption, RuleSetIdentity } from './rules/types.js';
import { TextAnalysis } from './text/analysis.js';
import { topCategory } from './categories.js';

/** A classifier ready to run: created once with validated options. */
export interface ActiveClassifier {
  classifier: Classifier;
  classify: Classify;
  options: Record<string, unknown>;
  policy: ClassifierRunPolicy;
  /** `classifier:<id>`, the source of its reasons. */
  source: string;
}

/** Everything compiled at `createModerator` time that a comment's run reads. */
export interface Pipeline {
  classifiers: ActiveClassifier[];
  rules: RuleEngine;
  exemptions: readonly Exemption[];
  messages: Readonly<Record<string, string>>;
  publicMessages: Readonly<Record<string, string>>;
  ruleSet: RuleSetIdentity;
  maxBodyLength: number;
  log: LibraryLog;
}

/** Thrown by `moderateSync` when a classifier turns out to be asynchronous. */
export class AsyncClassifierError extends Error {
  override name = 'AsyncClassifierError';
  constructor(id: string) {
    super(`moderateSync cannot run the asynchronous classifier \`${id}\`; use \`await moderator.moderate(comment)\` instead.`);
  }
}

function isThenable(value: unknown): value is PromiseLike<void> {
  return typeof value === 'object' && value !== null && typeof (value as PromiseLike<void>).then === 'function';
}

function failureReason(active: ActiveClassifier, code: 'classifier.error' | 'classifier.timeout', detail: string): Reason {
  const id = active.classifier.id;
  const message =
    code === 'classifier.timeout'
      ? `Classifier \`${id}\` did not answer within ${active.policy.timeoutMs} ms; its findings are missing.`
      : `Classifier \`${id}\` failed (${detail}); its findings are missing.`;
  const action = active.policy.onError === 'ignore' ? 'approve' : active.policy.onError;
  return { code, source: active.source, action, message, data: { classifier: id, detail } };
}

/**
 * Runs every classifier on one comment. Returns the decision directly when all classifiers were
 * synchronous, else a promise; `sync` makes an asynchronous classifier an error.
 *
 * @example
 * const result = runComment(pipeline, { body: 'hello' }, false);
 */
export function runComment(pipeline: Pipeline, input: unknown, sync: boolean): Decision | Promise<Decision> {
  const comment = checkComment(input);
  const analysis = new TextAnalysis(comment, pipeline.maxBodyLength);
  const scores: Record<string, number> = {};
  // One context per classifier, holding its findings: reasons come out in classifier order whatever the timing.
  const contexts: RunContext[] = [];
  const pending: Promise<void>[] = [];
  for (const active of pipeline.classifiers) {
    if (sync && active.classifier.meta.async === true) throw new AsyncClassifierError(active.classifier.id);
    const context = new RunContext(pipeline, active, comment, analysis, scores);
    contexts.push(context);
    let result: unknown;
    try {
      result = active.classify(context);
    } catch (error) {
      context.add(failureReason(active, 'classifier.error', errorText(error)));
      logFailure(pipeline, active, comment, error);
      continue;
    }
    if (!isThenable(result)) continue;
    if (sync) {
      // Swallow the orphaned promise's outcome: the caller gets the clear error below instead.
      Promise.resolve(result).catch(() => undefined);
      throw new AsyncClassifierError(active.classifier.id);
    }
    pending.push(settleWithin(pipeline, active, comment, result, context));
  }
  const finish = (): Decision => decide(pipeline, comment, analysis, contexts, scores);
  return pending.length === 0 ? finish() : Promise.all(pending).then(finish);
}

function settleWithin(pipeline: Pipeline, active: ActiveClassifier, comment: Comment, result: PromiseLike<void>, context: RunContext): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      context.close(failureReason(active, 'classifier.timeout', `${active.policy.timeoutMs} ms`));
      context.abort(new Error(`timed out after ${active.policy.timeoutMs} ms`));
      resolve();
    }, active.policy.timeoutMs);
    Promise.resolve(result).then(
      () => {
        if (context.closed) return;
        clearTimeout(timer);
        context.close();
        resolve();
      },
      (error: unknown) => {
        if (context.closed) return;
        clearTimeout(timer);
        context.close(failureReason(active, 'classifier.error', errorText(error)));
        logFailure(pipeline, active, comment, error);
        resolve();
      },
    );
  });
}

/**
 * A classifier's view of one comment, and the findings it has made. A class, so that its getters are
 * on the prototype: a getter written in an object literal is made anew for every comment, V8 keeps
 * such getters in its old generation, and through them each comment's short-lived objects outlived
 * young-generation collections (a tenth of the pipeline's time went to copying them). `report` and
 * `score` are functions made on first use (a classifier may take them out of the context), the abort
 * controller too: most classifiers report nothing and never look at the signal, and every object a
 * comment makes is work for the collector.
 */
class RunContext implements ClassifierContext {
  readonly text: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** The findings so far, as reasons (none made until the first). */
  reasons: Reason[] | undefined;
  /** Set when the classifier has settled or timed out: a finding that arrives later is dropped. */
  closed = false;
  #report: ((finding: Finding) => void) | undefined;
  #score: ((name: string, value: number) => void) | undefined;
  #controller: AbortController | undefined;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly active: ActiveClassifier,
    readonly comment: Comment,
    readonly analysis: TextAnalysis,
    private readonly scores: Record<string, number>,
  ) {
    this.text = analysis.text;
    this.options = active.options;
  }

  get report(): (finding: Finding) => void {
    this.#report ??= (finding) => {
      // A finding that arrives after the time limit is dropped: the timeout reason already says so.
      if (!this.closed) this.add(reasonFromFinding(this.pipeline, this.active, this.analysis, finding));
    };
    return this.#report;
  }

  get score(): (name: string, value: number) => void {
    this.#score ??= (name, value) => {
      if (!this.closed) this.scores[name] = Math.max(this.scores[name] ?? 0, clampScore(value));
    };
    return this.#score;
  }

  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    return this.#controller.signal;
  }

  add(reason: Reason): void {
    (this.reasons ??= []).push(reason);
  }

  /** Takes no more findings; `last` (a timeout or failure) is the final one. */
  close(last?: Reason): void {
    this.closed = true;
    if (last !== undefined) this.add(last);
  }

  /** Aborts the signal, if the classifier ever asked for it. */
  abort(reason: Error): void {
    this.#controller?.abort(reason);
  }
}

function reasonFromFinding(pipeline: Pipeline, active: ActiveClassifier, analysis: TextAnalysis, finding: Finding): Reason {
  const { meta, id } = active.classifier;
  const template = meta.messages[finding.messageId];
  if (template === undefined) {
    throw new Error(`classifier \`${id}\` reported the unknown message id \`${finding.messageId}\`; add it to meta.messages`);
  }
  const category = finding.category ?? meta.category ?? id;
  const code = `${topCategory(category)}.${finding.messageId}`;
  const evidence = finding.evidence?.map((span) => analysis.evidence(span.start, span.end, span));
  const data: Record<string, unknown> = { ...finding.data };
  if (data.term === undefined && evidence?.[0] !== undefined) data.term = evidence[0].text;
  const reason: Reason = {
    code,
    source: active.source,
    category,
    action: finding.action ?? 'flag',
    message: renderTemplate(pipeline.messages[code] ?? template, data),
  };
  const publicTemplate = pipeline.publicMessages[code] ?? meta.publicMessages?.[finding.messageId];
  if (publicTemplate !== undefined) reason.publicMessage = renderTemplate(publicTemplate, data);
  if (finding.score !== undefined) reason.score = clampScore(finding.score);
  if (evidence !== undefined && evidence.length > 0) reason.evidence = evidence;
  if (finding.data !== undefined) reason.data = finding.data;
  return reason;
}

function decide(pipeline: Pipeline, comment: Comment, analysis: TextAnalysis, contexts: RunContext[], scores: Record<string, number>): Decision {
  const reasons: Reason[] = [];
  for (const context of contexts) if (context.reasons !== undefined) appendAll(reasons, context.reasons);
  const { tags, censored } = pipeline.rules.evaluate(comment, analysis, reasons, scores);
  applyExemptions(pipeline.exemptions, comment, reasons);
  const decision = buildDecision({ commentId: comment.id, reasons, scores, tags, censored, ruleSet: pipeline.ruleSet });
  if (pipeline.log.enabled('debug')) {
    pipeline.log.logger?.debug({ comment: { id: comment.id }, action: decision.action, labels: decision.labels }, 'moderated');
  }
  return decision;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function logFailure(pipeline: Pipeline, active: ActiveClassifier, comment: Comment, error: unknown): void {
  if (!pipeline.log.enabled('warn')) return;
  pipeline.log.logger?.warn({ classifier: active.classifier.id, comment: { id: comment.id }, err: error }, 'classifier failed');
}
