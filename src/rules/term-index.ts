/**
 * The terms of every rule text condition, compiled into one lexicon so a comment is normalized and
 * walked once for all of them, whatever the number of rules and lists.
 */
import { compileLexicon, type CompiledLexicon, type LexiconEntry } from '../lexicon/index.js';
import type { TextAnalysis } from '../text/analysis.js';

/** Spans by condition key. */
export type TermHits = Map<string, { start: number; end: number }[]>;

/** Collects terms while rules compile, then compiles them once. */
export class TermIndex {
  private readonly entries: LexiconEntry[] = [];
  private lexicon: CompiledLexicon | undefined;
  private conditions = 0;
  private readonly memoKey = `rule-terms:${Math.random().toString(36).slice(2)}`;

  /**
   * Registers a condition's terms; returns the key its hits are filed under.
   *
   * @example
   * const key = index.add(['click here'], 'word');
   */
  add(terms: readonly string[], mode: 'word' | 'prefix' | 'suffix' | 'substring'): string {
    const key = `c${this.conditions++}`;
    for (const term of terms) this.entries.push({ term, category: key, severity: 1, match: mode, id: `${key}:${term}` });
    return key;
  }

  /** Compiles the collected terms; call once, after every rule is compiled. */
  compile(): void {
    this.lexicon = compileLexicon({ entries: this.entries });
  }

  /** Hits in the comment body (analysis-text offsets), computed once per comment. */
  bodyHits(analysis: TextAnalysis): TermHits {
    return analysis.shared(this.memoKey, () => this.group(this.lexicon?.matchNormalized(analysis.text, analysis.normalized) ?? []));
  }

  /** Hits in another field's value (author name, URL...). */
  valueHits(value: string): TermHits {
    return this.group(this.lexicon?.match(value) ?? []);
  }

  private group(matches: { category: string; start: number; end: number }[]): TermHits {
    const hits: TermHits = new Map();
    for (const match of matches) {
      const list = hits.get(match.category) ?? [];
      list.push({ start: match.start, end: match.end });
      hits.set(match.category, list);
    }
    return hits;
  }
}
