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

/**
 * What a run decided, counted: actions, labels, the rules and classifiers whose reasons took effect,
 * and matched terms (lower case). A worker counts its batches and the main thread merges the counts,
 * so no decision crosses threads for the summary's sake.
 */
export class DecisionCounts {
  readonly actions = new Tally();
  readonly labels = new Tally();
  readonly sources = new Tally();
  readonly terms = new Tally();
  moderated = 0;

  /**
   * Counts one decision.
   *
   * @example
   * counts.record(decision); // counts.terms.counts.get('idiot') === 1
   */
  record(decision: Decision): void {
    this.moderated++;
    this.actions.add(decision.action);
    for (const label of decision.labels) this.labels.add(label);
    for (const reason of decision.reasons) {
      if (reason.overriddenBy !== undefined || reason.action === 'approve') continue;
      this.sources.add(reason.source);
      for (const evidence of reason.evidence ?? []) this.terms.add((evidence.term ?? evidence.text).toLowerCase());
    }
  }

  /**
   * Adds counts made elsewhere (a worker's, which arrive as plain objects holding the same maps).
   *
   * @example
   * summary.merge(result.counts);
   */
  merge(other: Pick<DecisionCounts, 'actions' | 'labels' | 'sources' | 'terms' | 'moderated'>): void {
    this.moderated += other.moderated;
    for (const name of ['actions', 'labels', 'sources', 'terms'] as const) {
      for (const [key, count] of other[name].counts) this[name].add(key, count);
    }
  }
}

/** Everything the summary and the HTML report show. */
export class RunSummary extends DecisionCounts {
  unreadable = 0;
  readonly started = performance.now();

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
