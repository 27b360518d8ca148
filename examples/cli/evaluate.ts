/**
 * `comment-moderation evaluate`: quality against a labelled dump, and backtesting of a rule change.
 */
import type { Decision } from 'comment-moderation';
import { UsageError, wholeNumber, type Arguments } from './args.js';
import { openDump } from './input.js';
import { computeMetrics, goldValue, rate, type Metrics, type Scored } from './metrics.js';
import { describePosition, type ExitCode } from './moderate.js';
import { decideAll } from './run.js';
import { Tally } from './summary.js';

const TOP_LABELS = ['spam', 'incivility', 'profanity', 'length'];

interface Example {
  id: string;
  score: number;
  body: string;
  why: string;
}

/** Keeps the `limit` examples with the highest `rank`. */
class Worst {
  readonly items: Example[] = [];
  constructor(private readonly limit: number, private readonly rank: (example: Example) => number) {}
  add(example: Example): void {
    this.items.push(example);
    this.items.sort((a, b) => this.rank(b) - this.rank(a));
    if (this.items.length > this.limit) this.items.pop();
  }
}

function readPath(record: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), record);
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}...` : flat;
}

function why(decision: Decision): string {
  const reasons = decision.reasons.filter((reason) => reason.overriddenBy === undefined && reason.action !== 'approve');
  return reasons.map((reason) => `${reason.code} (${reason.source}${reason.evidence?.[0] ? `: ${reason.evidence[0].text}` : ''})`).join('; ') || 'no findings';
}

function metricsBlock(title: string, metrics: Metrics): string {
  return [
    `${title}: n=${metrics.n}, positives=${metrics.positives}`,
    `  precision ${rate(metrics.precision)}  recall ${rate(metrics.recall)}  F1 ${rate(metrics.f1)}  ROC AUC ${rate(metrics.auc)}`,
    '  confusion matrix     predicted+  predicted-',
    `    gold+              ${String(metrics.truePositives).padStart(10)}  ${String(metrics.falseNegatives).padStart(10)}`,
    `    gold-              ${String(metrics.falsePositives).padStart(10)}  ${String(metrics.trueNegatives).padStart(10)}`,
  ].join('\n');
}

/**
 * Runs `evaluate`.
 *
 * @example
 * process.exitCode = await evaluateCommand(parseArguments(['evaluate', 'dump.jsonl', '--label', 'gold.spam']));
 */
export async function evaluateCommand(args: Arguments): Promise<ExitCode> {
  const [dump] = args.positionals;
  const { label, compare } = args.values;
  if (dump === undefined) throw new UsageError('evaluate needs a dump file', 'evaluate');
  if (label === undefined && compare === undefined) throw new UsageError('evaluate needs --label FIELD (or --compare RULES to backtest a change)', 'evaluate');
  if (args.values.model !== undefined) throw new UsageError('--model is not built yet (learned models come later)', 'evaluate');
  const predict = args.values.predict ?? label?.split('.').pop();
  if (label !== undefined && (predict === undefined || (!TOP_LABELS.includes(predict) && args.values.predict === undefined))) {
    throw new UsageError(`which decision label means positive for \`${label}\`? add --predict spam (or incivility, profanity, length)`, 'evaluate');
  }
  const limit = wholeNumber(args.values.examples, '--examples', 5, 0);
  const positive = args.values.positive?.split(',').map((value) => value.trim());
  const workers = wholeNumber(args.values.workers, '--workers', 1, 1);
  const rules = compare === undefined ? [args.values.rules] : [args.values.rules, compare];
  const scored: Scored[][] = rules.map(() => []);
  const perSource = new Tally();
  const perSourceCorrect = new Tally();
  const falsePositives = new Worst(limit, (example) => example.score);
  const falseNegatives = new Worst(limit, (example) => -example.score);
  const transitions = new Tally();
  const transitionExamples = new Map<string, string[]>();
  let unreadable = 0;
  let unlabelled = 0;
  let moderated = 0;
  for await (const outcome of decideAll((await openDump(dump, args.values)).items(), rules, workers)) {
    if (!outcome.ok) {
      unreadable++;
      process.stderr.write(`${describePosition(outcome.position)}: ${outcome.why}\n`);
      if (args.values.strict === true) return 2;
      continue;
    }
    moderated++;
    const [decision, other] = outcome.decisions as [Decision, Decision | undefined];
    const body = String(outcome.comment.body);
    const id = String(decision.commentId ?? outcome.position.record);
    if (other !== undefined && other.action !== decision.action) {
      const key = `${decision.action} → ${other.action}`;
      transitions.add(key);
      const list = transitionExamples.get(key) ?? [];
      if (list.length < 3) list.push(`    ${id}: "${snippet(body)}"\n      before: ${why(decision)}\n      after:  ${why(other)}`);
      transitionExamples.set(key, list);
    }
    if (label === undefined || predict === undefined) continue;
    const gold = goldValue(readPath(outcome.raw ?? outcome.comment, label), positive);
    if (gold === undefined) {
      unlabelled++;
      continue;
    }
    outcome.decisions.forEach((each, index) => {
      scored[index]!.push({ gold, predicted: each.labels.includes(predict), score: each.scores[predict] ?? 0 });
    });
    const predicted = decision.labels.includes(predict);
    for (const source of new Set(decision.reasons.filter((r) => r.overriddenBy === undefined && r.action !== 'approve' && r.category?.split('.')[0] === predict).map((r) => r.source))) {
      perSource.add(source);
      if (gold) perSourceCorrect.add(source);
    }
    const example = { id, score: decision.scores[predict] ?? 0, body: snippet(body), why: why(decision) };
    if (predicted && !gold) falsePositives.add(example);
    if (!predicted && gold) falseNegatives.add(example);
  }
  const lines: string[] = [];
  if (label !== undefined) {
    lines.push(metricsBlock(`${args.values.rules ?? 'default rules'} (positive: label \`${predict}\`)`, computeMetrics(scored[0]!)));
    if (compare !== undefined) lines.push(metricsBlock(`${compare}`, computeMetrics(scored[1]!)));
    lines.push('', 'hits and precision per rule or classifier:');
    for (const [source, hits] of perSource.top(20)) lines.push(`  ${source.padEnd(40)} ${String(hits).padStart(6)} hits  precision ${rate((perSourceCorrect.counts.get(source) ?? 0) / hits)}`);
    lines.push('', 'worst false positives (highest score, gold negative):');
    for (const example of falsePositives.items) lines.push(`  ${example.id} score ${rate(example.score)}: "${example.body}"\n    why: ${example.why}`);
    lines.push('', 'worst false negatives (lowest score, gold positive):');
    for (const example of falseNegatives.items) lines.push(`  ${example.id} score ${rate(example.score)}: "${example.body}"`);
    if (unlabelled > 0) lines.push('', `${unlabelled} records had no usable \`${label}\` value and were left out`);
  }
  if (compare !== undefined) {
    const changed = [...transitions.counts.values()].reduce((sum, count) => sum + count, 0);
    lines.push('', `backtest: ${changed} of ${moderated} comments change action from ${args.values.rules ?? 'default rules'} to ${compare}`);
    for (const [key, count] of transitions.top(20)) lines.push(`  ${key}: ${count}`, ...(transitionExamples.get(key) ?? []));
  }
  if (unreadable > 0) lines.push('', `${unreadable} unreadable records`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return unreadable > 0 ? 1 : 0;
}
