/**
 * Links in a comment: URLs and bare domains (linkify-it), HTML hrefs, and obfuscated forms people
 * use to slip links past filters ("example dot com", "example[.]com", "hxxp://"), each with its
 * registrable domain (tldts, public suffix list) and its span in the analysis text.
 */
import { LinkifyIt } from 'linkify-it';
import { getDomain, getPublicSuffix } from 'tldts';
import type { TextAnalysis } from './analysis.js';

/** One link. */
export interface Link {
  url: string;
  /** Registrable domain, lower case (`example.co.uk`), when it has one. */
  domain?: string;
  /** Public suffix (`co.uk`, `xyz`). */
  suffix?: string;
  /** Span in the analysis text; HTML hrefs have none (they are not text). */
  start?: number;
  end?: number;
  /** `href`, `url`, `email` or `obfuscated`. */
  kind: 'href' | 'url' | 'email' | 'obfuscated';
}

// Popular generic top-level domains beyond linkify-it's defaults, so "bestdeals.xyz" is a link.
const EXTRA_TLDS = ['xyz', 'top', 'club', 'online', 'site', 'store', 'app', 'dev', 'io', 'ly', 'me', 'tv', 'co', 'ru', 'click', 'link', 'live', 'news', 'blog', 'shop', 'art', 'icu', 'vip', 'win', 'bet', 'loan', 'casino', 'tk', 'ml', 'ga', 'cf', 'gq', 'su', 'cn', 'in', 'us', 'uk', 'ca', 'de', 'fr'];

let linkify: LinkifyIt | undefined;

/** The configured linkify-it instance, made on first use. */
export function matcher(): LinkifyIt {
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true }).tlds(EXTRA_TLDS, true);
  return linkify;
}

// "example dot com", "example[.]com", "example (dot) com", with hxxp for http.
const OBFUSCATED = /\b((?:h[tx]{2}ps?:\/\/)?[a-z0-9][a-z0-9-]{1,62})\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\s+dot\s+)\s*(com|net|org|info|biz|ru|xyz|top|shop|online|site|io|co|me|tk|us|uk|de)\b/giu;
// "kidsmediausa . com": a spaced dot, only before a lower-case top-level domain that ends the word
// ("It. Co-workers" and "the org. Net profit" are sentences).
const SPACED = /\b([a-z0-9][a-z0-9-]{2,62})(?:\s+\.\s*|\s*\.\s+)(com|net|org|info|biz|ru|xyz|top|shop|online|site|io)(?=$|[\s/])/gu;
// Every link linkify-it can find holds `//` (a scheme's, or a protocol-relative link's), `mailto:`, `www.`, `@`
// (its e-mail hosts are lax), or a dot between a host character and a top-level domain of two letters
// or more (its host characters include symbols such as `|`).
const LINK_TRIGGER = /\/\/|mailto:|www\.|@|[^\p{Z}\p{Cc}.]\.\p{L}{2}/giu;
// Links never span white space (linkify-it's own boundary: separators and control characters).
const SPACE = /[\p{Z}\p{Cc}]/u;
const HXXP = /\bhxxps?:\/\/[^\s<>"']+/giu;
// The costly patterns of obfuscated links, each after a cheap look that says whether it could match.
const OBFUSCATIONS = [
  [HXXP, /hxxp/i],
  [OBFUSCATED, /\[\.\]|\(\.\)|\{\.\}|dot/i],
  [SPACED, /\.\s*(?:com|net|org|info|biz|ru|xyz|top|shop|online|site|io)(?=$|[\s/])/],
] as const;

/**
 * linkify-it's matches, found by asking it only about the white-space-delimited stretches that hold a
 * trigger: its fuzzy search costs time in proportion to the text it scans, and a stretch reads the
 * same to it as the whole text (white space and the text's ends are the same boundary to it).
 *
 * @example
 * linkifyMatches('read gao.gov today').map((match) => [match.index, match.url]); // [[5, 'http://gao.gov']]
 */
export function linkifyMatches(text: string): { index: number; lastIndex: number; url: string; schema: string }[] {
  const matches: { index: number; lastIndex: number; url: string; schema: string }[] = [];
  LINK_TRIGGER.lastIndex = 0;
  for (let trigger = LINK_TRIGGER.exec(text); trigger !== null; trigger = LINK_TRIGGER.exec(text)) {
    let start = trigger.index;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    let end = trigger.index + trigger[0].length;
    while (end < text.length && !SPACE.test(text[end] as string)) end++;
    for (const match of matcher().match(text.slice(start, end)) ?? []) {
      matches.push({ index: match.index + start, lastIndex: match.lastIndex + start, url: match.url, schema: match.schema });
    }
    // The next stretch starts after this one's closing white space.
    LINK_TRIGGER.lastIndex = end;
  }
  return matches;
}

function describe(url: string): Pick<Link, 'domain' | 'suffix'> {
  const host = url.replace(/^[a-z]+:\/\//i, '').replace(/^mailto:/i, '').replace(/^[^@/]*@/, '');
  const domain = getDomain(host) ?? undefined;
  const suffix = getPublicSuffix(host) ?? undefined;
  return { ...(domain === undefined ? {} : { domain: domain.toLowerCase() }), ...(suffix === undefined ? {} : { suffix: suffix.toLowerCase() }) };
}

/**
 * Every link of a comment, computed once per comment and shared (classifiers and rules).
 *
 * @example
 * findLinks(analysis).map((link) => link.domain); // ['gao.gov']
 */
export function findLinks(analysis: TextAnalysis): Link[] {
  return analysis.shared('links', () => {
    const links: Link[] = analysis.htmlLinks.map((link) => ({ url: link.url, kind: 'href' as const, ...describe(link.url) }));
    const text = analysis.text;
    const covered: [number, number][] = [];
    for (const match of linkifyMatches(text)) {
      const kind = match.schema === 'mailto:' ? 'email' : 'url';
      links.push({ url: match.url, kind, start: match.index, end: match.lastIndex, ...describe(match.url) });
      covered.push([match.index, match.lastIndex]);
    }
    const inside = (start: number) => covered.some(([from, to]) => start >= from && start < to);
    for (const [expression, precheck] of OBFUSCATIONS) {
      if (!precheck.test(text)) continue;
      expression.lastIndex = 0;
      for (let match = expression.exec(text); match !== null; match = expression.exec(text)) {
        if (inside(match.index)) continue;
        const url = expression === HXXP ? match[0].replace(/^hxxp/i, 'http') : `http://${(match[1] as string).replace(/^h[tx]{2}ps?:\/\//i, '')}.${(match[2] as string).toLowerCase()}`;
        links.push({ url, kind: 'obfuscated', start: match.index, end: match.index + match[0].length, ...describe(url) });
        covered.push([match.index, match.index + match[0].length]);
      }
    }
    return links;
  });
}
