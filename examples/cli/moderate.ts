/**
 * `comment-moderation moderate`: JSONL decisions on stdout (or --out), summary on stderr.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { UsageError, wholeNumber, type Arguments } from './args.js';
import { openDump } from './input.js';
import { writeReport, ReportExamples } from './report.js';
import { runModeration } from './run.js';
import { RunSummary } from './summary.js';

/** What a command hands back to main: its exit code. */
export type ExitCode = 0 | 1 | 2;

/** Writes a line, waiting when the stream asks for it (memory stays bounded on slow consumers). */
export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, 'drain');
}

/** Reports an unreadable record on stderr the way the API contract says: `line N: why` or `record N: why`. */
export function describePosition(position: { line?: number; record: number }): string {
  return position.line === undefined ? `record ${position.record}` : `line ${position.line}`;
}

/**
 * Runs `moderate`.
 *
 * @example
 * process.exitCode = await moderateCommand(parseArguments(['moderate', 'dump.jsonl']));
 */
export async function moderateCommand(args: Arguments): Promise<ExitCode> {
  const [dump, ...extra] = args.positionals;
  if (dump === undefined) throw new UsageError('moderate needs a dump file', 'moderate');
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``, 'moderate');
  if (args.values.model !== undefined) throw new UsageError('--model is not built yet (learned models come later)', 'moderate');
  const workers = wholeNumber(args.values.workers, '--workers', 1, 1);
  const items = await openDump(dump, args.values);
  const out: Writable = args.values.out === undefined ? process.stdout : createWriteStream(args.values.out);
  const summary = new RunSummary();
  const examples = args.values.report === undefined ? undefined : new ReportExamples();
  const bar = process.stderr.isTTY && args.values.quiet !== true
    ? new cliProgress.SingleBar({ format: 'moderating | {value} comments | {rate}/s', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(0, 0, { rate: 0 });
  for await (const outcome of runModeration(items, { rules: [args.values.rules], workers })) {
    if (!outcome.ok) {
      summary.unreadable++;
      bar?.stop();
      process.stderr.write(`${describePosition(outcome.position)}: ${outcome.why}\n`);
      if (args.values.strict === true) {
        process.stderr.write('stopped: --strict makes an unreadable record fatal\n');
        return 2;
      }
      continue;
    }
    const decision = outcome.decisions[0]!;
    const line = { commentId: decision.commentId ?? outcome.position.record, ...decision };
    await writeLine(out, JSON.stringify(line));
    summary.record(decision);
    examples?.consider(outcome.comment, decision);
    if (bar !== undefined && summary.moderated % 500 === 0) bar.update(summary.moderated, { rate: Math.round(summary.moderated / summary.seconds) });
  }
  bar?.stop();
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  if (args.values.report !== undefined && examples !== undefined) await writeReport(args.values.report, dump, summary, examples);
  if (args.values.quiet !== true) process.stderr.write(`${summary.format()}\n`);
  return summary.unreadable > 0 ? 1 : 0;
}
