/**
 * Moderating a dump: in this thread, or in a pool of worker threads with batched tasks. Either way
 * the outcomes come out in input order, so the output and any later cross-comment check (which will
 * run here, in the main thread, in input order) see the same sequence.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { createModerator, type Decision, type Moderator } from 'comment-moderation';
import type { DumpItem, DumpPosition } from './readers/index.js';

/** One input record's outcome. */
export type Outcome =
  | { ok: true; position: DumpPosition; raw?: Record<string, unknown>; comment: Record<string, unknown>; decisions: Decision[] }
  | { ok: false; position: DumpPosition; why: string };

/** How to run. */
export interface RunOptions {
  /** Rule files (or undefined for the bundled default), one decision per comment for each. */
  rules: (string | undefined)[];
  workers: number;
  /** Comments per worker task: large enough to amortise messaging, small enough to keep order cheap. */
  batchSize?: number;
}

/** What a worker task carries and returns. */
export interface BatchTask {
  rules: (string | undefined)[];
  comments: unknown[];
}
export type BatchResult = ({ decisions: Decision[] } | { error: string })[];

/**
 * Moderates one batch with one moderator per rule file, created once and reused.
 *
 * @example
 * const results = await moderateBatch(cache, { rules: [undefined], comments: [{ body: 'hi' }] });
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
  for (const comment of task.comments) {
    try {
      results.push({ decisions: await Promise.all(moderators.map((moderator) => moderator.moderate(comment as never))) });
    } catch (error) {
      // Only malformed comments reject (moderate never rejects for content).
      results.push({ error: (error as Error).message });
    }
  }
  return results;
}

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
  await Promise.all(options.rules.map((rules) => moderateBatch(cache, { rules: [rules], comments: [] })));
  const pool = options.workers > 1 ? new Piscina({ ...workerFile(), maxThreads: Math.min(options.workers, availableParallelism() * 2), minThreads: options.workers }) : undefined;
  const window: Promise<Outcome[]>[] = [];
  const limit = Math.max(2, options.workers * 4);
  let batch: DumpItem[] = [];
  const submit = (items: DumpItem[]): void => {
    const readable = items.filter((item): item is Extract<DumpItem, { ok: true }> => item.ok);
    const task: BatchTask = { rules: options.rules, comments: readable.map((item) => item.comment) };
    const running: Promise<BatchResult> = pool === undefined ? moderateBatch(cache, task) : pool.run(task);
    window.push(running.then((results) => {
      let next = 0;
      return items.map((item): Outcome => {
        if (!item.ok) return item;
        const result = results[next++] as BatchResult[number];
        if ('error' in result) return { ok: false, position: item.position, why: result.error };
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
