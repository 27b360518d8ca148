/**
 * Configuration problems are thrown, all at once, as one typed error (content problems are reasons).
 */

/** One thing wrong with a rule set or with a classifier's options. */
export interface ConfigProblem {
  /** The file the problem is in, when the rule set came from a file. */
  file?: string;
  /** 1-based line and column of the offending value in that file, when known. */
  line?: number;
  column?: number;
  /** JSON pointer to the offending value, e.g. `/rules/2/action`. */
  pointer: string;
  /** What is wrong, with the bad value in backticks. */
  message: string;
  /** How to fix it. */
  fix?: string;
}

/**
 * Formats a problem as `file:line:column: pointer: what is wrong; how to fix`.
 *
 * @example
 * formatProblem({ file: 'rules.json', line: 3, column: 15, pointer: '/rules/0/action', message: 'unknown action `rejct`', fix: 'did you mean `reject`?' });
 * // 'rules.json:3:15: /rules/0/action: unknown action `rejct`; did you mean `reject`?'
 */
export function formatProblem(problem: ConfigProblem): string {
  const place = problem.file === undefined ? '' : `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}: `;
  const pointer = problem.pointer === '' ? '(root)' : problem.pointer;
  return `${place}${pointer}: ${problem.message}${problem.fix === undefined ? '' : `; ${problem.fix}`}`;
}

/**
 * Thrown by `createModerator` and `loadRules` when the configuration is wrong. Lists every problem
 * found, not just the first.
 *
 * @example
 * try { await createModerator({ rules: 'rules.json' }); }
 * catch (error) { if (error instanceof RuleConfigError) for (const p of error.problems) console.error(formatProblem(p)); }
 */
export class RuleConfigError extends Error {
  override name = 'RuleConfigError';
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid moderation configuration (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * The closest candidate to a misspelt word, or undefined when none is close enough.
 *
 * @example
 * didYouMean('rejct', ['approve', 'reject']); // 'reject'
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance, with a transposition counted as one edit ("rejcet"). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[] = new Array(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) table[i * columns] = i;
  for (let j = 0; j < columns; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(table[(i - 1) * columns + j]! + 1, table[i * columns + j - 1]! + 1, table[(i - 1) * columns + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, table[(i - 2) * columns + j - 2]! + 1);
      }
      table[i * columns + j] = value;
    }
  }
  return table[rows * columns - 1]!;
}
