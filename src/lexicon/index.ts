/**
 * Lexicon matching: terms compiled once, matched over normalized text, evidence in source offsets.
 */
import { normalizedString, normalizeToScratch, type NormalizedText, type NormalizeOptions } from '../text/normalize.js';
import { compileTrie, type LexiconInput } from './compile.js';
import { walkTrie } from './match.js';
import type { RawMatch } from './readings.js';
import { resolveMatches } from './resolve.js';
import { canScan, scanSource } from './scan.js';

export type { LexiconCategory, LexiconEntry, LexiconInput } from './compile.js';
export { normalizeTerm } from './compile.js';

/** One match, with offsets into the source text given to `match`. */
export interface LexiconMatch {
  id: string;
  term: string;
  category: string;
  severity: number;
  /** UTF-16 offsets into the source; `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** A compiled lexicon. */
export interface CompiledLexicon {
  /** Normalizes `source` and matches it. */
  match(source: string): LexiconMatch[];
  /** Matches a text normalized once for several lexicons (with this lexicon's normalize options). */
  matchNormalized(source: string, normalized: NormalizedText): LexiconMatch[];
  /** Number of compiled entries (allow phrases included). */
  readonly size: number;
  readonly normalizeOptions: NormalizeOptions;
}

/**
 * Compiles entries and allow-list phrases into one matcher.
 *
 * @example
 * const lexicon = compileLexicon({ entries: [{ term: 'moron', category: 'insult', severity: 3 }] });
 * lexicon.match('you m0r0n!!'); // [{ id: 'insult:moron', term: 'moron', start: 4, end: 9, text: 'm0r0n', ... }]
 */
export function compileLexicon(input: LexiconInput, options: { normalize?: NormalizeOptions } = {}): CompiledLexicon {
  const normalizeOptions = options.normalize ?? {};
  const trie = compileTrie(input, normalizeOptions);
  const toMatch = (source: string, raw: RawMatch, start: number, end: number): LexiconMatch => {
    const entry = trie.entries[raw.entry]!;
    return { id: entry.id, term: entry.term, category: entry.category, severity: entry.severity, start, end, text: source.slice(start, end) };
  };
  // Two passes: normalize, then walk the normalized text; `starts` / `ends` give each normalized
  // character's source span.
  const matchText = (source: string, text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): LexiconMatch[] => {
    const raw = walkTrie(trie, text, undefined, starts, ends);
    if (raw.length === 0) return [];
    return resolveMatches(trie, raw).map((match) => toMatch(source, match, starts[match.start] as number, ends[match.end - 1] as number));
  };
  const matchNormalized = (source: string, normalized: NormalizedText): LexiconMatch[] => matchText(source, normalized.text, normalized.start, normalized.end);
  const scannable = canScan(trie);
  const match = (source: string): LexiconMatch[] => {
    // The fused scan where it can (most texts): no normalized copy, no offset map.
    const scanned = scannable ? scanSource(trie, source) : undefined;
    if (scanned !== undefined) return scanned.length === 0 ? [] : resolveMatches(trie, scanned).map((raw) => toMatch(source, raw, raw.start, raw.end));
    const out = normalizeToScratch(source, normalizeOptions);
    return matchText(source, normalizedString(out), out.starts, out.ends);
  };
  return {
    match,
    matchNormalized,
    size: trie.size,
    normalizeOptions,
  };
}

/**
 * Of overlapping matches keeps the longest: drops every match that a longer match of the same group
 * contains ("nobody asked you" over "nobody"). Matches with the same span all stay. Input order is
 * kept; the cost is O(m log m), so a comment with thousands of matches stays cheap.
 *
 * @example
 * keepLongest(lexicon.match('check out my channel'), (match) => match.category);
 */
export function keepLongest<T extends { start: number; end: number }>(matches: readonly T[], group: (match: T) => string = () => ''): T[] {
  if (matches.length < 2) return [...matches];
  const dropped = new Set<T>();
  const byGroup = new Map<string, T[]>();
  for (const match of matches) {
    const key = group(match);
    const list = byGroup.get(key);
    if (list === undefined) byGroup.set(key, [match]);
    else list.push(match);
  }
  for (const list of byGroup.values()) {
    // By start, longest first: whatever contains a match comes before it.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reachBefore = -1; // the farthest end of the matches starting before the current start
    let groupStart = -1;
    let groupEnd = -1; // the end of the longest match at the current start
    for (const match of list) {
      if (match.start !== groupStart) {
        reachBefore = Math.max(reachBefore, groupEnd);
        groupStart = match.start;
        groupEnd = match.end;
      }
      if (reachBefore >= match.end || groupEnd > match.end) dropped.add(match);
    }
  }
  return matches.filter((match) => !dropped.has(match));
}

export { BUILTIN_LEXICONS, builtinLexiconEntries } from './builtin.js';
