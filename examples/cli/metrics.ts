/**
 * Quality figures for a binary label: confusion matrix, precision, recall, F1 and ROC AUC.
 */

/** One labelled prediction. */
export interface Scored {
  gold: boolean;
  predicted: boolean;
  score: number;
}

/** Counts and rates; a rate with an empty denominator is NaN (printed as "n/a"). */
export interface Metrics {
  n: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  auc: number;
}

/**
 * ROC AUC as the probability that a random positive scores above a random negative, ties counting
 * one half (the Mann-Whitney statistic), computed from ranks in O(n log n).
 *
 * @example
 * rocAuc([{ gold: true, predicted: true, score: 0.9 }, { gold: false, predicted: false, score: 0.1 }]); // 1
 */
export function rocAuc(items: readonly Scored[]): number {
  const positives = items.filter((item) => item.gold).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.score === sorted[start]!.score) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (sorted[index]!.gold) rankSum += averageRank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Every figure for a list of labelled predictions.
 *
 * @example
 * computeMetrics(items).f1;
 */
export function computeMetrics(items: readonly Scored[]): Metrics {
  let truePositives = 0;
  let falsePositives = 0;
  let trueNegatives = 0;
  let falseNegatives = 0;
  for (const item of items) {
    if (item.predicted) item.gold ? truePositives++ : falsePositives++;
    else item.gold ? falseNegatives++ : trueNegatives++;
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return {
    n: items.length,
    positives: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    trueNegatives,
    falseNegatives,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    auc: rocAuc(items),
  };
}

/**
 * A rate with three decimals, or `n/a`.
 *
 * @example
 * rate(0.91234); // '0.912'
 */
export function rate(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : 'n/a';
}

/**
 * Reads a gold label: booleans, numbers (≥ 0.5 is positive: 1/0 flags and annotator fractions),
 * "true"/"false", "yes"/"no", "spam"/"ham"; or, with `positive`, whether the raw value is one of
 * those values (`--positive 0,1` for a class column). Undefined when there is no usable value.
 *
 * @example
 * goldValue('1'); // true
 */
export function goldValue(value: unknown, positive?: readonly string[]): boolean | undefined {
  if (positive !== undefined) return value === undefined || value === null ? undefined : positive.includes(String(value).trim());
  if (typeof value === 'boolean') return value;
  // Numbers are fractions of annotators or 0/1 flags: at least one half means positive.
  if (typeof value === 'number') return Number.isFinite(value) ? value >= 0.5 : undefined;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (['true', 'yes', 'spam'].includes(text)) return true;
    if (['false', 'no', 'ham'].includes(text)) return false;
    if (text !== '' && Number.isFinite(Number(text))) return Number(text) >= 0.5;
  }
  return undefined;
}
