/**
 * Lexicon matching: terms compiled once, matched over normalized text, evidence in source offsets.
 */
import { normalize, type NormalizedText, type NormalizeOptions } from '../text/normalize.js';
import { compileTrie, type LexiconInput } from './compile.js';
import { resolveMatches, toSource, walkTrie } from './match.js';

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
  const matchNormalized = (source: string, normalized: NormalizedText): LexiconMatch[] =>
    resolveMatches(trie, normalized.text, walkTrie(trie, normalized.text, undefined, (position) => (normalized.end[position] as number) - (normalized.start[position] as number) > 1)).map((raw) => {
      const entry = trie.entries[raw.entry]!;
      const [start, end] = toSource(normalized, raw.start, raw.end);
      return { id: entry.id, term: entry.term, category: entry.category, severity: entry.severity, start, end, text: source.slice(start, end) };
    });
  return {
    match: (source) => matchNormalized(source, normalize(source, normalizeOptions)),
    matchNormalized,
    size: trie.entries.length,
    normalizeOptions,
  };
}

export { BUILTIN_LEXICONS, builtinLexiconEntries } from './builtin.js';
