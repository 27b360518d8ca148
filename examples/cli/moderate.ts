/**
 * `comment-moderation moderate`: JSONL decisions on stdout (or --out), summary on stderr.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { UsageError, wholeNumber, type Arguments } from './args.js';
import { openDump, type OpenedDump } from './input.js';
import { readLineChunks } from './readers/lines.js';
import { writeReport, ReportExamples } from './report.js';
import { batches, inOrder, TaskRunner, type ModerateTask } from './run.js';
import { RunSummary } from './summary.js';

/** What a command hands back to main: its exit code. */
export type ExitCode = 0 | 1 | 2;

/** Writes a piece of output, waiting when the stream asks for it, so memory stays bounded on slow consumers. */
async function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * The batches of a dump: JSONL as chunks of raw lines (a worker parses them: the main thread only
 * reads and counts lines), other formats as the items their reader parsed, 64 a batch.
 */
async function* tasksOf(dump: OpenedDump, rules: string | undefined, examples: boolean): AsyncGenerator<ModerateTask> {
  if (dump.format === 'jsonl') {
    for await (const chunk of readLineChunks(dump.path)) yield { kind: 'moderate', rules, examples, map: dump.options.map, chunk };
    return;
  }
  for await (const batch of batches(dump.items(), 64)) {
    // The source record (kept for evaluate's label fields) need not travel to a worker.
    yield { kind: 'moderate', rules, examples, items: batch.map((item) => (item.ok ? { ok: true, comment: item.comment, position: item.position } : item)) };
  }
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
  const opened = await openDump(dump, args.values);
  const runner = await TaskRunner.start(workers, [args.values.rules]);
  const out: Writable = args.values.out === undefined ? process.stdout : createWriteStream(args.values.out);
  const summary = new RunSummary();
  const examples = args.values.report === undefined ? undefined : new ReportExamples();
  const bar = process.stderr.isTTY && args.values.quiet !== true
    ? new cliProgress.SingleBar({ format: 'moderating | {value} comments | {rate}/s', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(0, 0, { rate: 0 });
  try {
    const tasks = tasksOf(opened, args.values.rules, examples !== undefined);
    for await (const result of inOrder(tasks, (task) => runner.moderate(task), runner.window)) {
      summary.merge(result.counts);
      for (const example of result.examples) examples?.consider(example);
      for (const [index, segment] of result.segments.entries()) {
        await write(out, segment);
        const failure = result.failures[index];
        if (failure === undefined) continue;
        // Decisions before an unreadable record reach the output before it is reported.
        summary.unreadable++;
        bar?.stop();
        process.stderr.write(`${describePosition(failure.position)}: ${failure.why}\n`);
        if (args.values.strict === true) {
          process.stderr.write('stopped: --strict makes an unreadable record fatal\n');
          return 2;
        }
      }
      bar?.update(summary.moderated, { rate: Math.round(summary.moderated / summary.seconds) });
    }
  } finally {
    await runner.close();
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
