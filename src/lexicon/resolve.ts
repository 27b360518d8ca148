/**
 * From a walk's raw matches to the matches a lexicon reports: the longest per entry and start, the
 * literal reading of a span over disguised ones, allow-list phrases cancelling what they contain.
 */
import type { Trie } from './compile.js';
import type { RawMatch } from './readings.js';

/**
 * Keeps, per entry and start, the longest match; where the text spells some term literally, drops
 * the other readings of that span ("zq1x" is not also "zqix"); drops deny matches inside an allow
 * match. Offsets may be normalized or source offsets: only their order matters.
 *
 * @example
 * const kept = resolveMatches(trie, walkTrie(trie, text));
 */
export function resolveMatches(trie: Trie, raw: RawMatch[]): RawMatch[] {
  if (raw.length === 0) return raw;
  // The common case, one match: nothing to compare it with.
  if (raw.length === 1) return trie.entries[raw[0]!.entry]!.allow ? [] : raw;
  // Numbers as keys (entry and start; start and end), exact far beyond any text's length.
  const entries = trie.entries.length;
  let width = 1;
  for (const match of raw) if (match.end >= width) width = match.end + 1;
  const best = new Map<number, RawMatch>();
  for (const match of raw) {
    const key = match.start * entries + match.entry;
    const seen = best.get(key);
    if (seen === undefined || match.end > seen.end) best.set(key, match);
  }
  const literal = new Set<number>();
  for (const match of best.values()) if (match.literal) literal.add(match.start * width + match.end);
  const kept: RawMatch[] = [];
  for (const match of best.values()) if (match.literal || !literal.has(match.start * width + match.end)) kept.push(match);
  const allows = kept.filter((match) => trie.entries[match.entry]!.allow);
  return kept
    .filter((match) => !trie.entries[match.entry]!.allow)
    .filter((match) => !allows.some((allow) => allow.start <= match.start && allow.end >= match.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
