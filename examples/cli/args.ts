/**
 * Command-line arguments: one parser for every command, usage text per command, exit code 2 for
 * usage mistakes.
 */
import { parseArgs } from 'node:util';

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

export const USAGE: Record<string, string> = {
  main: `Usage: comment-moderation <command> [options]

Commands:
  moderate <dump>             moderate every comment of a dump; JSONL decisions on stdout
  evaluate <dump> --label F   precision, recall, F1 and ROC AUC against a labelled dump
  validate <rules.json>       check a rule file; exit 0 when valid
  train                       (later) learn a model from a labelled dump

Run \`comment-moderation <command> --help\` for a command's options.
Exit codes: 0 done, 1 done with unreadable records, 2 usage or configuration error.
`,
  moderate: `Usage: comment-moderation moderate <dump> [options]

Reads a comment dump and writes one JSON decision per line, in input order, for every readable comment.
Unreadable records get no line: each is reported on stderr as \`line N: why\` (or \`record N: why\`).

Options:
  --rules F         rule file (default: the bundled default rules)
  --format X        auto (default: by extension; .xml by root element), json, jsonl, csv, wxr, disqus
  --map SPEC        CSV/JSON column mapping, e.g. body=CONTENT,author.name=AUTHOR,id=COMMENT_ID
  --delimiter C     CSV field delimiter (default: the comma, semicolon, tab or bar the header row
                    holds most; a comma without one); use '\\t' for tab-separated files
  --columns LIST    CSV column names for files without a header row, e.g. label,body
  --out F           write decisions to F instead of stdout
  --workers N       moderate on N threads: this one and N-1 workers (same output, same order)
  --report F.html   also write a self-contained HTML report
  --strict          stop at the first unreadable record (exit 2)
  --quiet           no summary on stderr
  --model F         (later) add a learned model
Exit codes: 0 done, 1 done with unreadable records, 2 usage or configuration error.
`,
  evaluate: `Usage: comment-moderation evaluate <dump> --label FIELD [options]

Compares decisions with a labelled dump: precision, recall, F1, ROC AUC, confusion matrix,
per-rule hits and precision, and the worst false positives and negatives with their reasons.

Options:
  --label FIELD     dotted path of the gold label in each record, e.g. gold.spam or CLASS (true/false, 1/0)
  --predict LABEL   the decision label that means "positive" (default: the last part of --label
                    when it is spam, incivility, profanity or length)
  --positive LIST   raw label values that mean positive, e.g. --positive 0,1 for a class column
                    (default: true/1/yes/spam, and numbers of at least 0.5)
  --rules F         rule file (default: the bundled default rules)
  --compare F       a second rule file: how decisions change from --rules to --compare (backtesting)
  --format, --map, --delimiter, --columns, --workers, --strict   as for moderate
  --examples N      how many worst examples to show (default 5)
  --model F         (later) add a learned model
`,
  validate: `Usage: comment-moderation validate <rules.json>

Checks a rule file and the files it extends. Exit 0 when valid; otherwise every problem as
file:line:column: pointer: what is wrong; how to fix, and exit 2.
`,
  train: `Usage: comment-moderation train <dump> --label FIELD --name NAME --out MODEL.json

Not built yet: learned models come with later work. Exit 2.
`,
};

const OPTIONS = {
  rules: { type: 'string' },
  format: { type: 'string' },
  map: { type: 'string' },
  delimiter: { type: 'string' },
  columns: { type: 'string' },
  out: { type: 'string' },
  workers: { type: 'string' },
  report: { type: 'string' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean' },
  label: { type: 'string' },
  predict: { type: 'string' },
  positive: { type: 'string' },
  compare: { type: 'string' },
  examples: { type: 'string' },
  model: { type: 'string', multiple: true },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parsed command line. */
export interface Arguments {
  command: string;
  positionals: string[];
  values: {
    rules?: string;
    format?: string;
    map?: string;
    delimiter?: string;
    columns?: string;
    out?: string;
    workers?: string;
    report?: string;
    strict?: boolean;
    quiet?: boolean;
    label?: string;
    predict?: string;
    positive?: string;
    compare?: string;
    examples?: string;
    model?: string[];
    name?: string;
    help?: boolean;
  };
}

/**
 * Parses `argv` (without node and the script); throws {@link UsageError} for unknown options.
 *
 * @example
 * parseArguments(['moderate', 'dump.jsonl', '--workers', '2']);
 */
export function parseArguments(argv: string[]): Arguments {
  const [command = 'help', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', positionals: [], values: {} };
  if (!Object.hasOwn(USAGE, command) || command === 'main') throw new UsageError(`unknown command \`${command}\``);
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    return { command, positionals, values: values as Arguments['values'] };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''), command);
  }
}

/**
 * A whole number of at least `min` from an option, or the default.
 *
 * @example
 * wholeNumber('4', '--workers', 1, 1); // 4
 */
export function wholeNumber(value: string | undefined, option: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${option} takes a whole number of at least ${min}, not \`${value}\``);
  return number;
}
