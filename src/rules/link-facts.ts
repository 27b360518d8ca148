/**
 * Link facts for rule conditions: how many links, which registrable domains, how many @mentions.
 */
import type { TextAnalysis } from '../text/analysis.js';
import { findLinks } from '../text/links.js';

/** Link facts of one comment. */
export interface LinkFacts {
  count: number;
  /** Links per word (0 without words). */
  ratio: number;
  /** Registrable domains (`example.co.uk`), each once, lower case. */
  domains: string[];
  mentions: number;
}

const MENTION = /(?:^|[^\p{L}\p{N}_@])@[\p{L}\p{N}_]{2,}/gu;

/**
 * Computed once per comment and shared.
 *
 * @example
 * linkFacts(analysis).domains; // ['example.org']
 */
export function linkFacts(analysis: TextAnalysis): LinkFacts {
  return analysis.shared('rule-link-facts', () => {
    const links = findLinks(analysis).filter((link) => link.kind !== 'email');
    const domains = [...new Set(links.map((link) => link.domain).filter((domain): domain is string => domain !== undefined))];
    return { count: links.length, ratio: analysis.words === 0 ? 0 : links.length / analysis.words, domains, mentions: analysis.text.match(MENTION)?.length ?? 0 };
  });
}
