/**
 * Moderating a dump: in this thread, or in a pool of worker threads with batched tasks. Either way
 * results come back in input order, so the output and any later cross-comment check (which will run
 * here, in the main thread, in input order, on what each batch sends back) see the same sequence.
 *
 * Two kinds of task:
 * - `moderate` tasks carry raw JSONL bytes (transferred, not copied: the worker decodes, parses, maps,
 *   moderates and writes the output lines) or comments another reader parsed; they return the output
 *   text and the summary's counts, so the main thread only reads the file and writes the output.
 * - `decide` tasks carry comments and return whole decisions, for `evaluate`, which needs them.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { createModerator, type Decision, type Moderator } from 'comment-moderation';
import { toItem, type DumpItem, type DumpPosition } from './readers/index.js';
import { recordsOf, type LineChunk } from './readers/lines.js';
import { ReportExamples, type ReportExample } from './report.js';
import { LineBuffer } from './output.js';
import { DecisionCounts } from './summary.js';

/** Moderators by rule file ('' for the bundled default), created once per thread and reused. */
export type ModeratorCache = Map<string, Promise<Moderator>>;

/** A batch for `moderate`: raw JSONL lines, or items another reader parsed. */
export interface ModerateTask {
  kind: 'moderate';
  rules: string | undefined;
  /** `--map`, applied to JSONL records in the worker. */
  map?: Record<string, string>;
  /** Keep the first few comments of each action for the HTML report. */
  examples: boolean;
  chunk?: LineChunk;
  items?: DumpItem[];
}

/** An unreadable record of a batch (or a comment the moderator refused), reported in input order. */
export interface Failure {
  position: DumpPosition;
  why: string;
}

/**
 * What a `moderate` batch gives back. The output (UTF-8 lines) is cut where records failed:
 * `failures[i]` comes after `segments[i]`, so the decisions before a failure reach the output before
 * it is reported. A worker transfers the segments' buffer to the main thread.
 */
export interface ModerateResult {
  segments: Uint8Array[];
  failures: Failure[];
  counts: DecisionCounts;
  examples: ReportExample[];
}

/** A batch for `evaluate`: comments, each decided under every rule file. */
export interface DecideTask {
  kind: 'decide';
  rules: (string | undefined)[];
  comments: unknown[];
}
export type DecideResult = ({ decisions: Decision[] } | { error: string })[];

/** One input record's outcome, for `evaluate`. */
export type Outcome =
  | { ok: true; position: DumpPosition; raw?: Record<string, unknown>; comment: Record<string, unknown>; decisions: Decision[] }
  | { ok: false; position: DumpPosition; why: string };

function moderatorFor(cache: ModeratorCache, rules: string | undefined): Promise<Moderator> {
  const key = rules ?? '';
  let moderator = cache.get(key);
  if (moderator === undefined) {
    moderator = createModerator(rules === undefined ? {} : { rules });
    cache.set(key, moderator);
  }
  return moderator;
}

/**
 * Moderates one `moderate` batch: one output line per readable comment (with `commentId`, the record
 * number when the comment has no id), the counts, and (when asked) report examples.
 *
 * @example
 * const result = await moderateBatch(new Map(), { kind: 'moderate', rules: undefined, examples: false, items });
 */
export async function moderateBatch(cache: ModeratorCache, task: ModerateTask): Promise<ModerateResult> {
  const moderator = await moderatorFor(cache, task.rules);
  const counts = new DecisionCounts();
  const examples = task.examples ? new ReportExamples() : undefined;
  // Output lines take about the bytes of their records (flagged comments more, approved less); the
  // buffer grows when they take more. Its whole size travels to the main thread and lives there until
  // a full collection, so it is not sized for the worst case (4× was 10-15 MB of the peak RSS).
  const output = new LineBuffer(task.chunk === undefined ? 1 << 16 : Math.ceil(task.chunk.bytes.length * 1.25));
  const failures: Failure[] = [];
  for (const item of itemsOf(task)) {
    let why: string;
    if (item.ok) {
      try {
        const decision = await moderator.moderate(item.comment as never);
        output.writeLine(JSON.stringify({ commentId: decision.commentId ?? item.position.record, ...decision }));
        counts.record(decision);
        examples?.consider({ body: String(item.comment.body), decision });
        continue;
      } catch (error) {
        // Only malformed comments reject (moderate never rejects for content).
        why = (error as Error).message;
      }
    } else {
      why = item.why;
    }
    output.mark();
    failures.push({ position: item.position, why });
  }
  return { segments: output.segments(), failures, counts, examples: examples?.list() ?? [] };
}

/** A batch's items one at a time: JSONL lines are parsed only as their turn comes. */
function* itemsOf(task: ModerateTask): Generator<DumpItem> {
  if (task.chunk === undefined) {
    yield* task.items ?? [];
    return;
  }
  for (const record of recordsOf(task.chunk)) yield toItem(record, 'jsonl', task.map);
}

/**
 * Decides one `evaluate` batch under every rule file.
 *
 * @example
 * const [result] = await decideBatch(new Map(), { kind: 'decide', rules: [undefined], comments: [{ body: 'hi' }] });
 */
export async function decideBatch(cache: ModeratorCache, task: DecideTask): Promise<DecideResult> {
  const moderators = await Promise.all(task.rules.map((rules) => moderatorFor(cache, rules)));
  const results: DecideResult = [];
  for (const comment of task.comments) {
    try {
      results.push({ decisions: await Promise.all(moderators.map((moderator) => moderator.moderate(comment as never))) });
    } catch (error) {
      results.push({ error: (error as Error).message });
    }
  }
  return results;
}

/**
 * Heap sizes of a worker thread. V8 sizes each thread's heap as if it had the machine to itself; a
 * moderator and a batch live in a few tens of megabytes, and a worker that outgrows the old generation
 * fails the run. The young generation: 24 MB (8 MB semi-spaces). With allocation-site pretenuring off
 * (main.ts) a comment's short-lived objects die young in it: two threads on a 300 MB dump took the
 * same time as with 48 MB (18.9 s) in 11 MB less memory; with pretenuring on, 24 MB was 5 % slower.
 * 12 MB made V8's collector threads do twice the work. (1 GB: bench/cli-throughput.ts.)
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 192 };

function workerFile(): { filename: string; execArgv: string[] } {
  const here = new URL(import.meta.url);
  // From sources (tests, tsx) the worker is TypeScript and needs tsx's loader; built, it is plain JS.
  if (here.pathname.endsWith('.ts')) return { filename: new URL('./worker.ts', here).href, execArgv: ['--import', 'tsx'] };
  return { filename: new URL('./cli-worker.js', here).href, execArgv: [] };
}

/**
 * Runs tasks on `workers` threads: this one and `workers - 1` worker threads. Worker threads get
 * tasks while they have fewer than two each (one running, one waiting in their port, so they never
 * wait for this thread); when they are all busy, this thread moderates the task itself. This thread
 * is otherwise idle (reading and writing are a few percent of the work), and one thread fewer saves
 * a JavaScript heap and its compiled code: the memory that lets the worker threads have a young
 * generation large enough for a comment's short-lived objects to die young.
 */
export class TaskRunner {
  private readonly pool: Piscina | undefined;
  private inPool = 0;

  private constructor(readonly workers: number, private readonly cache: ModeratorCache) {
    const threads = Math.min(workers, availableParallelism() * 2) - 1;
    this.pool = threads > 0 ? new Piscina({ ...workerFile(), maxThreads: threads, minThreads: threads, concurrentTasksPerWorker: 2, resourceLimits: WORKER_HEAP }) : undefined;
    // A worker that dies (out of memory, say) rejects the task it was running, which fails the run with
    // its reason; the pool's own report of it is the same error and must not crash the process unheard.
    this.pool?.on('error', () => undefined);
  }

  /**
   * A runner for these rule files; a bad rule file fails here, before any input is read or any
   * worker starts.
   *
   * @example
   * const runner = await TaskRunner.start(2, [undefined]);
   */
  static async start(workers: number, rules: (string | undefined)[]): Promise<TaskRunner> {
    const cache: ModeratorCache = new Map();
    await Promise.all(rules.map((each) => moderatorFor(cache, each)));
    return new TaskRunner(workers, cache);
  }

  /** How many tasks to keep in flight: a few per thread keeps every thread busy. */
  get window(): number {
    return Math.max(2, this.workers * 4);
  }

  private toPool<Result>(task: ModerateTask | DecideTask, transferList: ArrayBuffer[]): Promise<Result> | undefined {
    const pool = this.pool;
    if (pool === undefined || this.inPool >= pool.threads.length * 2) return undefined;
    this.inPool++;
    return (pool.run(task, { transferList }) as Promise<Result>).finally(() => this.inPool--);
  }

  moderate(task: ModerateTask): Promise<ModerateResult> {
    // A chunk's buffer moves to the worker: this thread never touches it again.
    return this.toPool<ModerateResult>(task, task.chunk === undefined ? [] : [task.chunk.bytes.buffer as ArrayBuffer]) ?? moderateBatch(this.cache, task);
  }

  decide(task: DecideTask): Promise<DecideResult> {
    return this.toPool<DecideResult>(task, []) ?? decideBatch(this.cache, task);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

/**
 * Runs tasks a few at a time per worker and yields their results in task order: at most `limit`
 * are in flight, which bounds memory whatever the input size.
 *
 * @example
 * for await (const result of inOrder(tasks(), (task) => runner.moderate(task), 8)) write(result);
 */
export async function* inOrder<Task, Result>(tasks: AsyncIterable<Task>, run: (task: Task) => Promise<Result>, limit: number): AsyncGenerator<Result> {
  const window: Promise<Result>[] = [];
  try {
    for await (const task of tasks) {
      window.push(run(task));
      if (window.length >= limit) yield await (window.shift() as Promise<Result>);
    }
    while (window.length > 0) yield await (window.shift() as Promise<Result>);
  } finally {
    // Stopping early (--strict) leaves results nobody waits for; their failures are not news.
    for (const pending of window) pending.catch(() => undefined);
  }
}

/**
 * Groups items into arrays of `size`.
 *
 * @example
 * for await (const batch of batches(readDump('dump.csv'), 64)) console.log(batch.length);
 */
export async function* batches<Item>(items: AsyncIterable<Item>, size: number): AsyncGenerator<Item[]> {
  let batch: Item[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}

/**
 * Decides every readable item under each rule file, in input order; unreadable items pass through
 * as failures. A bad rule file fails before any input is read.
 *
 * @example
 * for await (const outcome of decideAll(readDump('dump.jsonl'), [undefined], 2)) console.log(outcome);
 */
export async function* decideAll(items: AsyncIterable<DumpItem>, rules: (string | undefined)[], workers: number): AsyncGenerator<Outcome> {
  const runner = await TaskRunner.start(workers, rules);
  const decided = (batch: DumpItem[]): Promise<Outcome[]> => {
    const readable = batch.flatMap((item) => (item.ok ? [item.comment] : []));
    return runner.decide({ kind: 'decide', rules, comments: readable }).then((results) => {
      let next = 0;
      return batch.map((item): Outcome => {
        if (!item.ok) return item;
        const result = results[next++] as DecideResult[number];
        if ('error' in result) return { ok: false, position: item.position, why: result.error };
        return { ok: true, position: item.position, raw: item.raw, comment: item.comment, decisions: result.decisions };
      });
    });
  };
  try {
    for await (const outcomes of inOrder(batches(items, 64), decided, runner.window)) yield* outcomes;
  } finally {
    await runner.close();
  }
}
