/**
 * Link facts for rule conditions: how many links, which registrable domains, how many @mentions.
 */
import { getDomain } from 'tldts';
import type { TextAnalysis } from '../text/analysis.js';

/** Link facts of one comment. */
export interface LinkFacts {
  count: number;
  /** Registrable domains (`example.co.uk`), each once, lower case. */
  domains: string[];
  mentions: number;
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu;
const MENTION = /(?:^|[^\p{L}\p{N}_@])@[\p{L}\p{N}_]{2,}/gu;

/**
 * Computed once per comment and shared (`analysis.shared('rule-link-facts')`).
 *
 * @example
 * linkFacts(analysis).domains; // ['example.org']
 */
export function linkFacts(analysis: TextAnalysis): LinkFacts {
  return analysis.shared('rule-link-facts', () => {
    const urls = [...analysis.htmlLinks.map((link) => link.url), ...(analysis.text.match(URL_LIKE) ?? [])];
    const domains = new Set<string>();
    for (const url of urls) {
      const domain = getDomain(url);
      if (domain !== null) domains.add(domain.toLowerCase());
    }
    return { count: urls.length, domains: [...domains], mentions: analysis.text.match(MENTION)?.length ?? 0 };
  });
}
