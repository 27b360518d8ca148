/**
 * Moderating a dump: in this thread, or in a pool of worker threads with batched tasks. Either way
 * the outcomes come out in input order, so the output and any later cross-comment check (which will
 * run here, in the main thread, in input order) see the same sequence.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { createModerator, type Decision, type Moderator } from 'comment-moderation';
import type { DumpItem, DumpPosition } from './readers/index.js';
import { digestOf, type Digest } from './summary.js';

/**
 * One decision as `moderate` writes it: the JSONL output line (with `commentId`, the record number
 * when the comment has no id) and what the summary counts. Made where the decision is made, so a
 * worker sends two strings and a digest rather than the decision's whole object graph.
 */
export interface DecisionLine {
  line: string;
  digest: Digest;
}

/** One input record's outcome. */
export type Outcome =
  | { ok: true; position: DumpPosition; raw?: Record<string, unknown>; comment: Record<string, unknown>; decisions: Decision[] }
  | { ok: true; position: DumpPosition; raw?: Record<string, unknown>; comment: Record<string, unknown>; lines: DecisionLine[] }
  | { ok: false; position: DumpPosition; why: string };

/** How to run. */
export interface RunOptions {
  /** Rule files (or undefined for the bundled default), one decision per comment for each. */
  rules: (string | undefined)[];
  workers: number;
  /** Comments per worker task: large enough to amortise messaging, small enough to keep order cheap. */
  batchSize?: number;
  /** `decisions` (the default) hands back decision objects; `lines` hands back output lines and digests. */
  output?: 'decisions' | 'lines';
}

/** What a worker task carries and returns. */
export interface BatchTask {
  rules: (string | undefined)[];
  comments: unknown[];
  /** Each comment's record number: its `commentId` in output lines when it has no id. */
  records: number[];
  output?: 'decisions' | 'lines';
}
export type BatchResult = ({ decisions: Decision[] } | { lines: DecisionLine[] } | { error: string })[];

/**
 * A decision as its output line and digest.
 *
 * @example
 * toLine(decision, 7).line; // '{"commentId":7,"action":"approve",...}'
 */
export function toLine(decision: Decision, record: number): DecisionLine {
  return { line: JSON.stringify({ commentId: decision.commentId ?? record, ...decision }), digest: digestOf(decision) };
}

/**
 * Moderates one batch with one moderator per rule file, created once and reused.
 *
 * @example
 * const results = await moderateBatch(cache, { rules: [undefined], comments: [{ body: 'hi' }], records: [1] });
 */
export async function moderateBatch(cache: Map<string, Promise<Moderator>>, task: BatchTask): Promise<BatchResult> {
  const moderators = await Promise.all(
    task.rules.map((rules) => {
      const key = rules ?? '';
      let moderator = cache.get(key);
      if (moderator === undefined) {
        moderator = createModerator(rules === undefined ? {} : { rules });
        cache.set(key, moderator);
      }
      return moderator;
    }),
  );
  const results: BatchResult = [];
  for (const [index, comment] of task.comments.entries()) {
    try {
      const decisions = await Promise.all(moderators.map((moderator) => moderator.moderate(comment as never)));
      results.push(task.output === 'lines' ? { lines: decisions.map((decision) => toLine(decision, task.records[index] as number)) } : { decisions });
    } catch (error) {
      // Only malformed comments reject (moderate never rejects for content).
      results.push({ error: (error as Error).message });
    }
  }
  return results;
}

/**
 * Heap sizes of a worker thread. V8 sizes each thread's heap as if it had the machine to itself, so
 * two workers and the main thread together reached 370 MB of resident memory on a 40 MB dump. A
 * moderator and a batch live in a few tens of megabytes; a worker that outgrows the old generation
 * fails the run. The young generation: 12 MB keeps two workers near 225 MB on a 100 MB dump, at the
 * speed of 24 MB (246-248 MB), now that a comment's objects die young (bench/cli-throughput.ts).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 192 };

function workerFile(): { filename: string; execArgv: string[] } {
  const here = new URL(import.meta.url);
  // From sources (tests, tsx) the worker is TypeScript and needs tsx's loader; built, it is plain JS.
  if (here.pathname.endsWith('.ts')) return { filename: new URL('./worker.ts', here).href, execArgv: ['--import', 'tsx'] };
  return { filename: new URL('./cli-worker.js', here).href, execArgv: [] };
}

/**
 * Moderates every readable item, in input order; unreadable items pass through as failures.
 *
 * @example
 * for await (const outcome of runModeration(readDump('dump.jsonl'), { rules: [undefined], workers: 2 })) write(outcome);
 */
export async function* runModeration(items: AsyncIterable<DumpItem>, options: RunOptions): AsyncGenerator<Outcome> {
  const batchSize = options.batchSize ?? 64;
  const cache = new Map<string, Promise<Moderator>>();
  // Fail fast on a bad rule file, before any input is read.
  await Promise.all(options.rules.map((rules) => moderateBatch(cache, { rules: [rules], comments: [], records: [] })));
  const pool = options.workers > 1 ? new Piscina({ ...workerFile(), maxThreads: Math.min(options.workers, availableParallelism() * 2), minThreads: options.workers, resourceLimits: WORKER_HEAP }) : undefined;
  // A worker that dies (out of memory, say) rejects the task it was running, which fails the run with
  // its reason; the pool's own report of it is the same error and must not crash the process unheard.
  pool?.on('error', () => undefined);
  const window: Promise<Outcome[]>[] = [];
  const limit = Math.max(2, options.workers * 4);
  let batch: DumpItem[] = [];
  const submit = (items: DumpItem[]): void => {
    const readable = items.filter((item): item is Extract<DumpItem, { ok: true }> => item.ok);
    const task: BatchTask = { rules: options.rules, comments: readable.map((item) => item.comment), records: readable.map((item) => item.position.record), output: options.output ?? 'decisions' };
    const running: Promise<BatchResult> = pool === undefined ? moderateBatch(cache, task) : pool.run(task);
    window.push(running.then((results) => {
      let next = 0;
      return items.map((item): Outcome => {
        if (!item.ok) return item;
        const result = results[next++] as BatchResult[number];
        if ('error' in result) return { ok: false, position: item.position, why: result.error };
        if ('lines' in result) return { ok: true, position: item.position, raw: item.raw, comment: item.comment, lines: result.lines };
        return { ok: true, position: item.position, raw: item.raw, comment: item.comment, decisions: result.decisions };
      });
    }));
  };
  try {
    for await (const item of items) {
      batch.push(item);
      if (batch.length < batchSize) continue;
      submit(batch);
      batch = [];
      if (window.length >= limit) yield* await (window.shift() as Promise<Outcome[]>);
    }
    if (batch.length > 0) submit(batch);
    while (window.length > 0) yield* await (window.shift() as Promise<Outcome[]>);
  } finally {
    for (const pending of window) pending.catch(() => undefined);
    await pool?.destroy();
  }
}
