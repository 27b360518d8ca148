#!/usr/bin/env node
/**
 * The `comment-moderation` command: moderate, evaluate and validate over comment dumps, using the
 * package's public API only.
 */
import { setFlagsFromString } from 'node:v8';
import { formatProblem, RuleConfigError, validateRules } from 'comment-moderation';
import { parseArguments, USAGE, UsageError, type Arguments } from './args.js';
import { evaluateCommand } from './evaluate.js';
import { moderateCommand, type ExitCode } from './moderate.js';

async function validateCommand(args: Arguments): Promise<ExitCode> {
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('validate takes one rule file', 'validate');
  const { valid, problems } = await validateRules(file);
  if (valid) {
    process.stdout.write(`${file}: valid\n`);
    return 0;
  }
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  return 2;
}

async function main(argv: string[]): Promise<ExitCode> {
  let args: Arguments | undefined;
  try {
    args = parseArguments(argv);
    if (args.command === 'help') {
      process.stdout.write(USAGE.main as string);
      return 0;
    }
    if (args.values.help === true) {
      process.stdout.write(USAGE[args.command] as string);
      return 0;
    }
    switch (args.command) {
      case 'moderate':
        return await moderateCommand(args);
      case 'evaluate':
        return await evaluateCommand(args);
      case 'validate':
        return await validateCommand(args);
      default:
        process.stderr.write(USAGE.train as string);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`comment-moderation: ${error.message}\n\n${USAGE[error.command ?? args?.command ?? 'main'] ?? USAGE.main}`);
      return 2;
    }
    if (error instanceof RuleConfigError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      return 2;
    }
    process.stderr.write(`comment-moderation: ${(error as Error).message}\n`);
    return 2;
  }
}

// V8 "pretenures" objects made where earlier ones lived long: it allocates them straight in the old
// generation. Over a dump it misjudges the comment's short-lived objects (reasons, evidence, matches
// were found allocated old after a few thousand comments), so they pile up until a full collection:
// the heap grows by about 1 MB per young-generation collection instead of 0.2. Turned off before any
// comment is read (a heuristic switch, read at each collection; worker threads inherit it), a 1 GB dump
// runs in less memory and the threads spend less time collecting (bench/cli-throughput.ts).
setFlagsFromString('--no-allocation-site-pretenuring');

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
