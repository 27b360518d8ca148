/**
 * A worker thread of `--workers N`: keeps one moderator per rule file and moderates batches.
 */
import type { Moderator } from 'comment-moderation';
import { moderateBatch, type BatchResult, type BatchTask } from './run.js';

const cache = new Map<string, Promise<Moderator>>();

/** Piscina calls the default export once per task. */
export default function moderateTask(task: BatchTask): Promise<BatchResult> {
  return moderateBatch(cache, task);
}
