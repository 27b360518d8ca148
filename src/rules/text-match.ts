/**
 * Text matches of rule conditions: terms (with a match mode) or a regular expression, compiled once.
 */
import safeRegex from 'safe-regex2';

/** How terms match. */
export type MatchMode = 'word' | 'phrase' | 'substring' | 'prefix' | 'suffix' | 'exact' | 'regex';

/** A compiled text match: the spans of `text` it finds. */
export type TextMatcher = (text: string) => { start: number; end: number }[];

// Letters, digits and combining marks make words; anything else is a boundary ("Scunthorpe" is one word).
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

function escapeTerm(term: string): string {
  // Runs of white space in a term match any white space, so "click  here" and "click\nhere" both count.
  return term.trim().replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * Checks a user regular expression: it must compile (with the `u` flag) and have no nested
 * quantifiers that could backtrack catastrophically (`(a+)+$`). Returns what is wrong, or undefined.
 *
 * @example
 * unsafePatternReason('(a+)+$'); // 'it can take exponential time ...'
 */
export function unsafePatternReason(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `it does not compile (${(error as Error).message})`;
  }
  if (!safeRegex(pattern)) {
    return 'it can take exponential time on some inputs (nested or overlapping repetition such as `(a+)+`)';
  }
  return undefined;
}

/**
 * Compiles terms and a mode, or a regex pattern, into one matcher.
 *
 * @example
 * const match = compileTextMatcher({ terms: ['press'], mode: 'word', caseSensitive: false });
 * match('WordPress is fine; press here'); // [{ start: 19, end: 24 }]
 */
export function compileTextMatcher(spec: { terms?: readonly string[]; pattern?: string; mode: MatchMode; caseSensitive: boolean }): TextMatcher {
  const flags = spec.caseSensitive ? 'gu' : 'giu';
  if (spec.mode === 'exact') {
    const wanted = new Set((spec.terms ?? []).map((term) => (spec.caseSensitive ? term.trim() : term.trim().toLowerCase())));
    return (text) => {
      const trimmed = text.trim();
      if (!wanted.has(spec.caseSensitive ? trimmed : trimmed.toLowerCase())) return [];
      const start = text.indexOf(trimmed);
      return [{ start, end: start + trimmed.length }];
    };
  }
  if (spec.mode === 'prefix' || spec.mode === 'suffix') return affixMatcher(spec.terms ?? [], spec.mode, spec.caseSensitive);
  let source: string;
  if (spec.mode === 'regex') {
    source = spec.pattern ?? '(?!)';
  } else {
    // Longest first, so "click here now" wins over "click here" at the same place.
    const alternatives = [...new Set(spec.terms ?? [])].filter((term) => term.trim() !== '').sort((a, b) => b.length - a.length).map(escapeTerm);
    if (alternatives.length === 0) return () => [];
    const body = `(?:${alternatives.join('|')})`;
    source = spec.mode === 'substring' ? body : `${BEFORE}${body}${AFTER}`;
  }
  const expression = new RegExp(source, flags);
  return (text) => {
    const spans: { start: number; end: number }[] = [];
    expression.lastIndex = 0;
    for (let match = expression.exec(text); match !== null; match = expression.exec(text)) {
      if (match[0].length === 0) {
        expression.lastIndex++;
        continue;
      }
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
    return spans;
  };
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Prefix and suffix modes test each word once (a regex with a free word part would backtrack quadratically). */
function affixMatcher(terms: readonly string[], mode: 'prefix' | 'suffix', caseSensitive: boolean): TextMatcher {
  const wanted = terms.map((term) => (caseSensitive ? term.trim() : term.trim().toLowerCase())).filter((term) => term !== '');
  return (text) => {
    const spans: { start: number; end: number }[] = [];
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
      const word = caseSensitive ? match[0] : match[0].toLowerCase();
      const hit = wanted.some((term) => (mode === 'prefix' ? word.startsWith(term) : word.endsWith(term)));
      if (hit) spans.push({ start: match.index, end: match.index + match[0].length });
    }
    return spans;
  };
}
