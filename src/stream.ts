/**
 * Moderating many comments in input order with a bounded number in flight.
 */
import { InvalidCommentError } from './comment.js';
import type { Decision } from './decision.js';

/**
 * Stands in the slot of an item that is not a valid comment, so the others are not lost.
 *
 * @example
 * for (const result of await moderator.moderateMany(items)) {
 *   if (isModerationFailure(result)) console.error(`item ${result.index}: ${result.error.message}`);
 * }
 */
export interface ModerationFailure {
  /** 0-based position in the input. */
  index: number;
  /** The item's `id`, when it had a usable one. */
  commentId?: string | number;
  error: InvalidCommentError;
}

/** Options of `moderateStream`. */
export interface StreamOptions {
  /** Stops the stream: the generator throws the abort reason and pulls no more input. */
  signal?: AbortSignal;
  /** Comments in flight at once (default 16): bounds memory, overlaps asynchronous classifiers. */
  concurrency?: number;
}

/**
 * Whether a `moderateMany` / `moderateStream` result is a failure entry rather than a decision.
 *
 * @example
 * const decisions = results.filter((result) => !isModerationFailure(result));
 */
export function isModerationFailure(result: Decision | ModerationFailure): result is ModerationFailure {
  return 'error' in result && (result as ModerationFailure).error instanceof Error;
}

function idOf(item: unknown): string | number | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * Moderates items in order, at most `concurrency` in flight, yielding each result when it and all
 * before it are ready.
 *
 * @example
 * for await (const result of moderateInOrder(moderate, comments, { signal })) write(result);
 */
export async function* moderateInOrder(
  moderate: (comment: never) => Promise<Decision>,
  comments: Iterable<unknown> | AsyncIterable<unknown>,
  options: StreamOptions,
): AsyncGenerator<Decision | ModerationFailure> {
  const { signal } = options;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const window: Promise<Decision | ModerationFailure>[] = [];
  let index = 0;
  const start = (item: unknown): void => {
    const position = index++;
    window.push(
      moderate(item as never).catch((error: unknown) => {
        if (!(error instanceof InvalidCommentError)) throw error;
        const failure: ModerationFailure = { index: position, error };
        const id = idOf(item);
        if (id !== undefined) failure.commentId = id;
        return failure;
      }),
    );
  };
  try {
    signal?.throwIfAborted();
    for await (const item of comments as AsyncIterable<unknown>) {
      signal?.throwIfAborted();
      start(item);
      if (window.length >= concurrency) {
        yield await (window.shift() as Promise<Decision | ModerationFailure>);
        signal?.throwIfAborted();
      }
    }
    while (window.length > 0) {
      signal?.throwIfAborted();
      yield await (window.shift() as Promise<Decision | ModerationFailure>);
    }
  } finally {
    // Results nobody will read (abort, or the consumer stopped early) must not become unhandled rejections.
    for (const pending of window) pending.catch(() => undefined);
  }
}
