/**
 * Counting what a run decided: actions, labels, rules and terms, unreadable records, speed.
 */
import type { Decision } from 'comment-moderation';

/** Counts by key, most frequent first when listed. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

/** What the summary counts of one decision: small enough to send from a worker cheaply. */
export interface Digest {
  action: string;
  labels: string[];
  /** Rules and classifiers whose reasons took effect. */
  sources: string[];
  /** Matched terms, lower case. */
  terms: string[];
}

/**
 * The summary's view of a decision.
 *
 * @example
 * digestOf(decision); // { action: 'reject', labels: ['incivility'], sources: ['incivility'], terms: ['idiot'] }
 */
export function digestOf(decision: Decision): Digest {
  const sources: string[] = [];
  const terms: string[] = [];
  for (const reason of decision.reasons) {
    if (reason.overriddenBy !== undefined || reason.action === 'approve') continue;
    sources.push(reason.source);
    for (const evidence of reason.evidence ?? []) terms.push((evidence.term ?? evidence.text).toLowerCase());
  }
  return { action: decision.action, labels: decision.labels, sources, terms };
}

/** Everything the summary and the HTML report show. */
export class RunSummary {
  readonly actions = new Tally();
  readonly labels = new Tally();
  readonly sources = new Tally();
  readonly terms = new Tally();
  moderated = 0;
  unreadable = 0;
  readonly started = performance.now();

  record(digest: Digest): void {
    this.moderated++;
    this.actions.add(digest.action);
    for (const label of digest.labels) this.labels.add(label);
    for (const source of digest.sources) this.sources.add(source);
    for (const term of digest.terms) this.terms.add(term);
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** The summary printed on stderr. */
  format(): string {
    const rate = this.moderated / Math.max(this.seconds, 1e-9);
    const list = (tally: Tally, limit: number) => tally.top(limit).map(([key, count]) => `${key} ${count}`).join(', ') || 'none';
    return [
      `moderated ${this.moderated} comments in ${this.seconds.toFixed(2)} s (${Math.round(rate)} comments/s); unreadable records: ${this.unreadable}`,
      `actions: ${list(this.actions, 5)}`,
      `labels: ${list(this.labels, 12)}`,
      `top rules and classifiers: ${list(this.sources, 8)}`,
      `top terms: ${list(this.terms, 10)}`,
    ].join('\n');
  }
}
