/**
 * `comment-moderation moderate`: JSONL decisions on stdout (or --out), summary on stderr.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Decision } from 'comment-moderation';
import cliProgress from 'cli-progress';
import { UsageError, wholeNumber, type Arguments } from './args.js';
import { openDump } from './input.js';
import { writeReport, ReportExamples } from './report.js';
import { runModeration } from './run.js';
import { RunSummary } from './summary.js';

/** What a command hands back to main: its exit code. */
export type ExitCode = 0 | 1 | 2;

/**
 * Collects output lines and writes them in chunks of about 64 KB (one write per line costs more than
 * the line), waiting when the stream asks for it, so memory stays bounded on slow consumers.
 */
class ChunkedWriter {
  private chunk = '';
  constructor(private readonly stream: Writable) {}
  async add(line: string): Promise<void> {
    this.chunk += `${line}\n`;
    if (this.chunk.length >= 65_536) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.chunk === '') return;
    const chunk = this.chunk;
    this.chunk = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
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
  const items = await openDump(dump, args.values);
  const out: Writable = args.values.out === undefined ? process.stdout : createWriteStream(args.values.out);
  const summary = new RunSummary();
  const examples = args.values.report === undefined ? undefined : new ReportExamples();
  const bar = process.stderr.isTTY && args.values.quiet !== true
    ? new cliProgress.SingleBar({ format: 'moderating | {value} comments | {rate}/s', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(0, 0, { rate: 0 });
  const writer = new ChunkedWriter(out);
  for await (const outcome of runModeration(items, { rules: [args.values.rules], workers, output: 'lines' })) {
    if (!outcome.ok) {
      summary.unreadable++;
      // Decisions before an unreadable record reach the output before it is reported.
      await writer.flush();
      bar?.stop();
      process.stderr.write(`${describePosition(outcome.position)}: ${outcome.why}\n`);
      if (args.values.strict === true) {
        process.stderr.write('stopped: --strict makes an unreadable record fatal\n');
        return 2;
      }
      continue;
    }
    if (!('lines' in outcome)) throw new Error('moderate asked for output lines');
    const { line, digest } = outcome.lines[0]!;
    await writer.add(line);
    summary.record(digest);
    examples?.consider(outcome.comment, digest.action, () => JSON.parse(line) as Decision);
    if (bar !== undefined && summary.moderated % 500 === 0) bar.update(summary.moderated, { rate: Math.round(summary.moderated / summary.seconds) });
  }
  await writer.flush();
  bar?.stop();
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  if (args.values.report !== undefined && examples !== undefined) await writeReport(args.values.report, dump, summary, examples);
  if (args.values.quiet !== true) process.stderr.write(`${summary.format()}\n`);
  return summary.unreadable > 0 ? 1 : 0;
}
