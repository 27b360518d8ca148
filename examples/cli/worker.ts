/**
 * A worker thread of `--workers N`: keeps one moderator per rule file and runs batches. A `moderate`
 * batch's output bytes are transferred to the main thread, not copied.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { decideBatch, moderateBatch, type DecideResult, type DecideTask, type ModerateResult, type ModerateTask, type ModeratorCache } from './run.js';

const cache: ModeratorCache = new Map();

/** Piscina calls the default export once per task. */
export default async function runTask(task: ModerateTask | DecideTask): Promise<ModerateResult | DecideResult> {
  if (task.kind === 'decide') return decideBatch(cache, task);
  const result = await moderateBatch(cache, task);
  // The segments are views of one buffer: it is transferred once.
  const buffers = [...new Set(result.segments.map((segment) => segment.buffer))];
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return result;
    },
  }) as unknown as ModerateResult;
}
