/**
 * Appends every item of `items` to `target`, one push at a time: `target.push(...items)` passes each
 * item as an argument, and a long list (a comment of a million characters with a finding every few
 * words) overflows the call stack.
 *
 * @example
 * appendAll(reasons, context.reasons);
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let index = 0; index < items.length; index++) target.push(items[index] as T);
}
