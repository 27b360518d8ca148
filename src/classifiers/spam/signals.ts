/**
 * Spam signals of one comment, each with a weight in [0, 1] and evidence: promotion phrases, links
 * (shorteners, suspicious top-level domains, obfuscation), contact details, money and crypto, shape,
 * and the author's fields. Weights are set by hand, not learned.
 */
import { appendAll } from '../../append.js';
import type { Comment } from '../../comment.js';
import { keepLongest, type CompiledLexicon, type LexiconMatch } from '../../lexicon/index.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { findLinks, type Link } from '../../text/links.js';
import reputable from '../../../rules/domains/reputable.json';
import shorteners from '../../../rules/domains/shorteners.json';
import suspicious from '../../../rules/domains/suspicious-tlds.json';

/** The kinds of spam signal; each is a label `spam.<kind>`. */
export type SpamKind = 'promotion' | 'link' | 'shortener' | 'obfuscated-link' | 'link-only' | 'praise-link' | 'contact' | 'money' | 'crypto' | 'shape' | 'author' | 'denied-domain';

/** One signal. */
export interface SpamSignal {
  kind: SpamKind;
  weight: number;
  /** What was found, for the message. */
  term: string;
  spans: { start: number; end: number }[];
}

/** Site settings the signals read. */
export interface SpamContext {
  allowDomains: readonly string[];
  denyDomains: readonly string[];
}

const SEVERITY_WEIGHT = [0, 0.15, 0.3, 0.5, 0.7];
const SHORTENERS = new Set(shorteners.domains);
const REPUTABLE = new Set(reputable.domains);
const REPUTABLE_SUFFIXES = reputable.suffixes;
const SUSPICIOUS = suspicious.tlds as Record<string, number>;
const PLATFORMS = reputable.platforms as Record<string, number>;

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]?\d{3,4}(?:[\s.-]?\d{2,4})?/g;
// A handle is an @name, a name with a digit, an underscore or a dot in it ("quickcash_support",
// "john.doe88"), or any name after a colon ("telegram: cryptoking"): a plain word after an app's
// name is what the app is used for ("a WhatsApp message", "the Telegram founder", "a Snapchat post").
const HANDLE = /\b(?:whats\s?app|telegram|tg|kik|skype|snap(?:chat)?|discord|wechat|signal|viber|line id)\b(?:\s*[:@]\s*@?[\w.-]{3,}|[\s-]*(?:me\s*)?(?:at\s*|on\s*)?(?:\+?\d[\d\s().-]{6,}\d|@[\w.-]{3,}|(?=[\w.-]*[\d_.])[\w.-]{3,}))/giu;
const WALLET = /\b(?:(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}|0x[a-fA-F0-9]{40})\b/g;
// "if I get 100 subscribers", "goal 100 subs", "I have 3000 subscribers": campaigns for an audience.
const AUDIENCE = /\b(?:if\s+i\s+(?:get|reach|hit)|goal|i\s+(?:have|got)(?:\s+over)?|help\s+me\s+(?:get|reach))\s*:?\s*\d[\d,.]*k?\s*(?:subs|subscribers|followers|likes|views)\b/giu;
// "Subscribe!", "Come subscribe", "please subscribe": the imperative, not "I subscribe to the paper".
// Misspelt as often as not; each spelling's start (without "be") is the cheap look before the pattern.
const SUBSCRIBE_SPELLINGS = ['subscribe', 'subscrib', 'suscribe', 'sucscribe', 'subcribe', 'subscibe', 'subsribe'];
const SUBSCRIBE = new RegExp(
  `(?<!\\b(?:i|we|you|u|they|he|she|who|to|not|never|also|would|will|did|do|does|can|could|cannot|cant|dont|didnt|should|might|must|im|ive|youre|and i)\\s+)\\b(?:${SUBSCRIBE_SPELLINGS.join('|')})\\b(?!\\s+to\\s+(?:the|our|this|a|an|their|his|her|it)\\b)`,
  'giu',
);
// A video link or id pasted without its site ("watch?v=vtaRGgvGtWQ").
const VIDEO_ID = /\bwatch\?v=[\w-]{6,}/gu;
const MONEY = /(?:[$€£]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?(?:dollars|usd|euros?|bucks))\b[^.!?\n]{0,30}?\b(?:a|per|every|each|\/)\s?(?:day|week|month|hour|hr|wk)\b|\bearn(?:ing)?\s+(?:up\s+to\s+)?[$€£]\s?\d[\d,.]*k?/giu;
// Cheap looks before the patterns above. Phone numbers, audience counts, money and wallets cannot
// match without a digit, and most comments hold none: one look for a digit skips all four. Then
// each has a word it cannot match without: an audience ("subs", "followers", "likes", "views"); a
// time unit ("a day", "per week") or "earn".
const DIGIT = /\d/;
const AUDIENCE_WORDS = /subs|followers|likes|views/i;
const MONEY_WORDS = /day|week|month|hour|hr|wk|earn/i;
// And before the others: a messaging app's name, three digits, "subscri" (or a misspelling), a video id, a wallet's
// start, a run of marks or a pictograph. (Made once: a pattern written in a function is a new object
// at every call.)
const HANDLE_WORDS = /whats|telegram|tg|kik|skype|snap|discord|wechat|signal|viber|line id/i;
const THREE_DIGITS = /\d{3}/;
const SUBSCRIBE_WORDS = new RegExp([...new Set(SUBSCRIBE_SPELLINGS.map((spelling) => spelling.replace(/be?$/, '')))].join('|'), 'i');
const VIDEO_ID_WORDS = /watch\?v=/;
const WALLET_STARTS = /[13]|bc1|0x/;
// (Eight pictographs are eight code units from U+00A9 up with white space at most between: a look
// without Unicode properties, a third faster, that a comment with an emoji or two passes.)
const FLOOD_STARTS = /([!?$*])\1{4}|[^\0-\xa8](?:\s*[^\0-\xa8]){7}/;
const FLOOD = /([!?$*])\1{4,}|(?:\p{Extended_Pictographic}\s*){8,}/gu;
const PRAISE = /^\s*(?:great|nice|awesome|cool|good|amazing|wow|love it|thanks|thank you|excellent)(?:\s+(?:post|article|video|blog|site|read|work|job|one|info|stuff|content))?[\s.!:,]*$/iu;

function isReputable(link: Link, context: SpamContext): boolean {
  const domain = link.domain;
  if (domain === undefined) return false;
  if (context.allowDomains.includes(domain) || REPUTABLE.has(domain)) return true;
  return link.suffix !== undefined && REPUTABLE_SUFFIXES.some((suffix) => link.suffix === suffix || link.suffix!.endsWith(`.${suffix}`));
}

function linkSignals(analysis: TextAnalysis, context: SpamContext): SpamSignal[] {
  const signals: SpamSignal[] = [];
  const links = findLinks(analysis).filter((link) => link.kind !== 'email');
  let covered = 0;
  const seen = new Set<string>();
  let repeated = 0;
  for (const link of links) {
    // The same link twice (an href and its text, or pasted again) is one link; pasting one link
    // again and again is a shape of its own.
    const key = link.url.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
    if (seen.has(key)) {
      if (link.kind !== 'href') repeated++;
      continue;
    }
    seen.add(key);
    const spans = link.start === undefined || link.end === undefined ? [] : [{ start: link.start, end: link.end }];
    covered += spans.reduce((sum, span) => sum + span.end - span.start, 0);
    const domain = link.domain ?? link.url;
    if (link.domain !== undefined && context.denyDomains.includes(link.domain)) {
      signals.push({ kind: 'denied-domain', weight: 0.95, term: domain, spans });
    } else if (isReputable(link, context)) {
      continue;
    } else if (link.domain !== undefined && SHORTENERS.has(link.domain)) {
      signals.push({ kind: 'shortener', weight: 0.7, term: domain, spans });
    } else if (link.domain !== undefined && PLATFORMS[link.domain] !== undefined) {
      signals.push({ kind: 'link', weight: PLATFORMS[link.domain] as number, term: domain, spans });
    } else if (link.kind === 'obfuscated') {
      signals.push({ kind: 'obfuscated-link', weight: 0.75, term: domain, spans });
    } else {
      const tld = link.suffix?.split('.').pop() ?? '';
      // An unknown link alone reaches the default threshold as a suspect (held, not marked spam);
      // reputable sources and the site's allowed domains are no signal at all.
      signals.push({ kind: 'link', weight: Math.min(0.9, 0.5 + (SUSPICIOUS[tld] ?? 0)), term: domain, spans });
    }
  }
  if (repeated >= 2) signals.push({ kind: 'shape', weight: 0.2, term: `the same link ${repeated + 1} times`, spans: [] });
  if (signals.length > 0) {
    const visible = visibleLength(analysis.text);
    const rest = blankedOut(analysis.text, links);
    // A comment that is nothing but a link (two words beside it at most: a link in a sentence, "See
    // https://... for the setup steps", is not, however long the link), or empty praise before one
    // ("Great post! http://...").
    const only = visible > 0 && covered / visible >= 0.6 && wordsIn(rest, LINK_ONLY_WORDS + 1) <= LINK_ONLY_WORDS;
    if (only) signals.push({ kind: 'link-only', weight: 0.4, term: 'the comment is only a link', spans: [] });
    if (PRAISE.test(rest) && !only) signals.push({ kind: 'praise-link', weight: 0.4, term: 'generic praise before a link', spans: [] });
  }
  return signals;
}

/** The most words beside its links a comment that is only a link has. */
const LINK_ONLY_WORDS = 2;

/** How many words (runs of letters or digits) `text` holds, counted up to `most`. */
function wordsIn(text: string, most: number): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length && count < most; index++) {
    const code = text.charCodeAt(index);
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/**
 * The text with every link's span written as spaces, built in one pass over the spans in text order
 * (a string rebuilt per link took quadratic time on a comment of thousands of links).
 *
 * @example
 * blankedOut('see http://a.b now', [{ start: 4, end: 14 }]); // 'see            now'
 */
function blankedOut(text: string, links: readonly { start?: number; end?: number }[]): string {
  const spans = sortedSpans(links);
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    pieces.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * The number of code units of a text that are not white space (`\s`): what is left after
 * `text.replace(/\s+/g, '')`, without building that string.
 *
 * @example
 * visibleLength(' a b\u00a0'); // 2
 */
export function visibleLength(text: string): number {
  let visible = 0;
  for (let index = 0; index < text.length; index++) if (!isWhiteSpace(text.charCodeAt(index))) visible++;
  return visible;
}

/** `\s` of a regular expression, for one code unit. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function patternSignals(text: string, expression: RegExp, kind: SpamKind, weight: number, accept: (match: string, at: number) => boolean = () => true, precheck?: RegExp): SpamSignal[] {
  // A cheap look first: most comments hold no digits run, no "subscribe", no messaging app name.
  if (precheck !== undefined && !precheck.test(text)) return [];
  const spans: { start: number; end: number }[] = [];
  let term = '';
  expression.lastIndex = 0;
  for (let match = expression.exec(text); match !== null; match = expression.exec(text)) {
    if (!accept(match[0], match.index)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
    term ||= match[0];
  }
  return spans.length === 0 ? [] : [{ kind, weight, term: term.trim(), spans }];
}

// Words of gain in a text with a sum "a day" / "per week": a claim of income or a prize offered
// ("earn $500 a day", "I made $300 per week", "WIN a £200 shopping spree ... £1.50/wk"), not a
// price ("Daycare costs $1,800 a month").
const GAIN = /\b(?:earn(?:s|ed|ing|ings)?|mak(?:e|es|ing)|made|income|profits?|paid|payouts?|cash|win|won|winner|prizes?|free|bonus|rewards?|guaranteed)\b/i;

/**
 * Sums of money "a day", "per week", or "earn $...": in a text with a word of gain, weight 0.6;
 * else a price or a cost, weight 0.25 (a signal beside others, not a reason alone).
 */
function moneySignals(text: string): SpamSignal[] {
  const found = patternSignals(text, MONEY, 'money', 0.6, undefined, MONEY_WORDS);
  const signal = found[0];
  if (signal === undefined || GAIN.test(text)) return found;
  return [{ ...signal, weight: 0.25 }];
}

/** Digits enough for a phone number, and not a year, a price or a count. */
function looksLikePhone(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 15 && /[\s.()+-]/.test(match.trim());
}

function authorSignals(comment: Comment, lexicon: () => CompiledLexicon, context: SpamContext): SpamSignal[] {
  const name = comment.author?.name;
  const signals: SpamSignal[] = [];
  if (name !== undefined) {
    if (/(?:https?:\/\/|www\.|\.(?:com|net|org|info|biz|ru|xyz|shop|online)\b)/i.test(name)) signals.push({ kind: 'author', weight: 0.5, term: `author name \`${name}\` is a web address`, spans: [] });
    else if (lexicon().match(name).length > 0 || /\b(?:casino|loans?|seo|deals?|cheap|pills|bitcoin|crypto|forex|viagra|escort|promo)\b/i.test(name)) signals.push({ kind: 'author', weight: 0.4, term: `author name \`${name}\` is a keyword`, spans: [] });
  }
  const url = comment.author?.url;
  if (url !== undefined) {
    const denied = context.denyDomains.some((domain) => url.toLowerCase().includes(domain));
    const tld = /\.([a-z]{2,})(?:[/:?#]|$)/i.exec(url.replace(/^[a-z]+:\/\//i, ''))?.[1]?.toLowerCase() ?? '';
    if (denied) signals.push({ kind: 'author', weight: 0.8, term: `author URL \`${url}\` is on a denied domain`, spans: [] });
    else if ((SUSPICIOUS[tld] ?? 0) >= 0.2) signals.push({ kind: 'author', weight: 0.25, term: `author URL \`${url}\` is on a suspicious domain`, spans: [] });
  }
  return signals;
}

/** The [start, end) spans of the links that have one in the text, by start. */
function sortedSpans(links: readonly { start?: number; end?: number }[]): (readonly [number, number])[] {
  return links.flatMap((link) => (link.start === undefined ? [] : [[link.start, link.end ?? link.start] as const])).sort((a, b) => a[0] - b[0]);
}

/** A test that an offset is outside every link's span (none made for a comment without links, most). */
function outsideLinks(links: readonly { start?: number; end?: number }[]): ((match: string, at: number) => boolean) | undefined {
  if (links.length === 0) return undefined;
  const spans = sortedSpans(links);
  const starts = spans.map((span) => span[0]);
  let furthest = 0;
  const reach = spans.map((span) => (furthest = Math.max(furthest, span[1])));
  return (_, at) => !insideSpans(starts, reach, at);
}

/**
 * Whether `at` falls inside one of the spans: `starts` ascending, `reach[i]` the furthest end of the
 * spans up to i (spans may nest). A binary search, as a comment may hold thousands of links.
 */
function insideSpans(starts: readonly number[], reach: readonly number[], at: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low > 0 && at < (reach[low - 1] as number);
}

/**
 * Every spam signal of a comment.
 *
 * @example
 * const signals = spamSignals(comment, analysis, phrases, promotionLexicon, { allowDomains: [], denyDomains: [] });
 */
export function spamSignals(comment: Comment, analysis: TextAnalysis, phrases: readonly LexiconMatch[], lexicon: () => CompiledLexicon, context: SpamContext): SpamSignal[] {
  const text = analysis.text;
  const signals: SpamSignal[] = [];
  // Of overlapping phrases keep the longest ("check out my" over "check out").
  const kept = keepLongest(phrases);
  for (const match of kept) {
    signals.push({ kind: 'promotion', weight: SEVERITY_WEIGHT[match.severity] ?? 0.3, term: match.term, spans: [{ start: match.start, end: match.end }] });
  }
  appendAll(signals, linkSignals(analysis, context));
  const digits = DIGIT.test(text);
  appendAll(signals, patternSignals(text, HANDLE, 'contact', 0.45, undefined, HANDLE_WORDS));
  if (digits) appendAll(signals, patternSignals(text, PHONE, 'contact', 0.35, looksLikePhone, THREE_DIGITS));
  const emails = findLinks(analysis).filter((link) => link.kind === 'email');
  if (emails.length > 0) signals.push({ kind: 'contact', weight: 0.3, term: emails[0]!.url.replace(/^mailto:/, ''), spans: emails.flatMap((link) => (link.start === undefined ? [] : [{ start: link.start, end: link.end! }])) });
  if (digits) appendAll(signals, patternSignals(text, AUDIENCE, 'promotion', 0.6, undefined, AUDIENCE_WORDS));
  appendAll(signals, patternSignals(text, SUBSCRIBE, 'promotion', 0.55, undefined, SUBSCRIBE_WORDS));
  // (The look first here, then the links' spans: sorting them for every comment with a link cost 1 %.)
  if (VIDEO_ID_WORDS.test(text)) appendAll(signals, patternSignals(text, VIDEO_ID, 'link', 0.5, outsideLinks(findLinks(analysis))));
  if (digits) appendAll(signals, patternSignals(text, WALLET, 'crypto', 0.6, undefined, WALLET_STARTS));
  if (digits) appendAll(signals, moneySignals(text));
  appendAll(signals, patternSignals(text, FLOOD, 'shape', 0.1, undefined, FLOOD_STARTS));
  if (analysis.words >= 5 && analysis.capsRatio >= 0.8) signals.push({ kind: 'shape', weight: 0.1, term: 'written in capitals', spans: [] });
  appendAll(signals, authorSignals(comment, lexicon, context));
  return signals;
}

/**
 * Combines signal weights as independent pieces of evidence: 1 − Π(1 − w).
 *
 * @example
 * combineWeights([0.5, 0.5]); // 0.75
 */
export function combineWeights(weights: readonly number[]): number {
  return 1 - weights.reduce((product, weight) => product * (1 - weight), 1);
}
