/**
 * Incivility: insults aimed at people, threats, identity attacks, harassment and shouting, scored
 * and explained; vulgar words aimed at no one are `profanity`, a separate label.
 */
import type { Classifier } from '../../classifier.js';
import { actionSeverity, type Action } from '../../decision.js';
import foreignWordList from '../../../rules/words/foreign-words.json';
import type { LexiconMatch } from '../../lexicon/index.js';
import { bundledAllowed, bundledLexicon, bundledMatches, SPAM_PHRASE } from '../bundled-lexicon.js';
import { commentLanguage } from '../language.js';
import { abbreviationsInPlace } from './abbreviations.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { findLinks } from '../../text/links.js';
import { readIncivility, type IncivilityCategory, type Reading } from './signals.js';
import { WEIGHTS } from './weights.js';

/** Options of the incivility classifier. */
export interface IncivilityOptions {
  /** `scores.incivility` at or above this makes the findings reasons (severe ones always are). */
  threshold: number;
  /** What each category asks for. */
  actions: Record<IncivilityCategory | 'profanity', Action>;
}

const actionSchema = { enum: ['approve', 'flag', 'hold', 'reject', 'spam'] };

/**
 * The incivility score: the fitted logistic combination of the reading's features.
 *
 * @example
 * incivilityScore(readComment(analysis)); // 0.93
 */
export function incivilityScore(reading: Reading): number {
  let sum = WEIGHTS.bias;
  reading.features.forEach((value, index) => (sum += value * (WEIGHTS.weights[index] ?? 0)));
  return 1 / (1 + Math.exp(-sum));
}

/**
 * Reads a comment with the bundled lexicons (shared between classifiers and scripts).
 *
 * @example
 * const reading = readComment(analysis);
 */
export function readComment(analysis: TextAnalysis): Reading {
  return analysis.shared('incivility-reading', () => {
    // (Abbreviations that are other things too count only where they stand as their phrase would, and
    // a term that starts a longer word of a link's address is none: "whorepresents.com".)
    // (Nor a term inside code quoted in backticks: "`$hit = $_POST['hit_count'];`", "`head -n 69 file.txt`".)
    const matches = outsideCode(analysis.text, outsideAddresses(analysis, abbreviationsInPlace(analysis, bundledMatches(analysis).filter((match) => match.category !== SPAM_PHRASE))));
    const allowed = bundledAllowed(analysis);
    const foreign = foreignWords(analysis, matches);
    return foreign.length === 0 ? readIncivility(analysis, matches, allowed) : readIncivility(analysis, matches.filter((match) => !foreign.includes(match)), [...allowed, ...foreign]);
  });
}

const LETTER_AFTER = /^\p{L}/u;

/**
 * `matches` without those that end inside a longer word of a link's address (a URL or an email
 * address): a domain is words its owner ran together, and a term that starts one is read only by a
 * prefix entry ("whorepresents.com" is "who represents", "bitchinbakery.com" a bakery). A term that
 * is a whole word of the address stays ("fuck.com"). Links are looked for only where a match ends
 * before a letter (most comments hold none).
 *
 * @example
 * outsideAddresses(analysisOf('see whorepresents.com'), matches); // without the match of "whore"
 */
export function outsideAddresses(analysis: TextAnalysis, matches: readonly LexiconMatch[]): readonly LexiconMatch[] {
  const inWords = new Set(matches.filter((match) => LETTER_AFTER.test(analysis.text.slice(match.end, match.end + 1))));
  if (inWords.size === 0) return matches;
  const links = findLinks(analysis).filter((link) => link.start !== undefined && (link.kind === 'url' || link.kind === 'email'));
  if (links.length === 0) return matches;
  return matches.filter((match) => !(inWords.has(match) && links.some((link) => (link.start as number) <= match.start && match.end <= (link.end as number))));
}

/** Code quoted in backticks on one line, as Markdown writes it. */
const CODE_SPAN = /`([^`\n]{1,200})`/g;
/** What makes a quoted span code and not a word stressed: operators, brackets, sigils, a command-line flag, a call. */
const CODE_MARKS = /[=;(){}[\]<>$]|(?:^|\s)--?[a-z]|\w\.\w+\(|::|->/;

/**
 * `matches` without those inside code quoted in backticks ("`$hit = $_POST['hit_count'];`", "try
 * `head -n 69 file.txt`"): a variable, a flag and a number are no words. Backticks around words
 * alone ("`fuck you`") quote no code, and their matches stay. Looked for only in a text with a
 * backtick.
 *
 * @example
 * outsideCode('try `head -n 69 file.txt`', matches); // without the match of "n 69"
 */
export function outsideCode(text: string, matches: readonly LexiconMatch[]): readonly LexiconMatch[] {
  if (matches.length === 0 || !text.includes('`')) return matches;
  const spans: [number, number][] = [];
  for (const span of text.matchAll(CODE_SPAN)) if (CODE_MARKS.test(span[1] as string)) spans.push([span.index, span.index + span[0].length]);
  return spans.length === 0 ? matches : matches.filter((match) => !spans.some(([from, to]) => from <= match.start && match.end <= to));
}

/** Per word of rules/words/foreign-words.json, the languages it is an everyday word of. */
const FOREIGN = new Map<string, string[]>();
for (const [language, entries] of Object.entries(foreignWordList.languages)) for (const { word } of entries) FOREIGN.set(word, [...(FOREIGN.get(word) ?? []), language]);
const FOREIGN_SHORTEST = Math.min(...[...FOREIGN.keys()].map((word) => word.length));
const FOREIGN_LONGEST = Math.max(...[...FOREIGN.keys()].map((word) => word.length));

/**
 * The matches that are an everyday word of the language the comment is written in, written plainly
 * (rules/words/foreign-words.json: "Das Buch ist ziemlich dick", "Slut på kaffe igen"). The language
 * is asked of the detector only where such a word matched (most comments hold none).
 *
 * @example
 * foreignWords(analysisOf('Das Buch ist ziemlich dick, aber jede Seite lohnt sich.'), matches); // [the match of "dick"]
 */
export function foreignWords(analysis: TextAnalysis, matches: readonly LexiconMatch[]): LexiconMatch[] {
  let found: LexiconMatch[] | undefined;
  for (const match of matches) {
    // (Most matches are longer or shorter than every foreign word: no lower-cased copy made.)
    if (match.text.length < FOREIGN_SHORTEST || match.text.length > FOREIGN_LONGEST) continue;
    const languages = FOREIGN.get(match.text.toLowerCase());
    if (languages === undefined || !languages.includes(commentLanguage(analysis))) continue;
    (found ??= []).push(match);
  }
  return found ?? [];
}

/**
 * The incivility classifier.
 *
 * @example
 * const moderator = await createModerator({ rules: { name: 'site', version: 1, classifiers: { incivility: { threshold: 0.6 } } } });
 */
export const incivilityClassifier: Classifier<IncivilityOptions> = {
  id: 'incivility',
  meta: {
    kind: 'lexical',
    description: 'Finds insults aimed at people, threats, identity attacks, harassment and shouting; vulgar words aimed at no one are reported as profanity.',
    category: 'incivility',
    messages: {
      insult: 'Insult aimed at a person: `{{term}}`',
      hostile: 'Hostile comment aimed at a person (incivility score {{score}}): {{cues}}',
      threat: 'Threat of violence: `{{term}}`',
      slur: 'Slur against a group: `{{term}}`',
      'slur-mention': 'Slur quoted, masked or reported ("called a ..."), as often a mention as a use (held for review): `{{term}}`',
      'group-attack': 'Attack on a group: `{{term}}`',
      'coded-hate': 'Coded hate symbol, as often discussed as used (held for review): `{{term}}`',
      'self-harm': 'Incitement to self-harm: `{{term}}`',
      sexual: 'Sexual harassment: `{{term}}`',
      'harm-wish': 'Wishes harm on someone: `{{term}}`',
      shouting: 'Written in capitals, with other signs of incivility.',
      vulgar: 'Vulgar word: `{{term}}`',
    },
    publicMessages: {
      insult: 'Please criticise ideas, not people.',
      threat: 'Threats are not allowed here.',
      slur: 'Slurs are not allowed here.',
      'slur-mention': 'Comments that mention slurs are read by a moderator before they appear.',
      'group-attack': 'Attacks on groups of people are not allowed here.',
      'coded-hate': 'Comments with hate symbols are read by a moderator before they appear.',
      'self-harm': 'Telling people to harm themselves is not allowed here.',
      sexual: 'Sexual harassment is not allowed here.',
      'harm-wish': 'Wishing harm on people is not allowed here.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1 },
        actions: {
          type: 'object',
          additionalProperties: false,
          properties: {
            insult: actionSchema, threat: actionSchema, 'identity-attack': actionSchema, harassment: actionSchema, shouting: actionSchema, profanity: actionSchema,
          },
        },
      },
    },
    defaultOptions: {
      threshold: WEIGHTS.threshold,
      actions: { insult: 'hold', threat: 'hold', 'identity-attack': 'reject', harassment: 'hold', shouting: 'flag', profanity: 'flag' },
    },
  },
  create: (options) => {
    // The lexicon compiled now, in createModerator, not at the first comment.
    bundledLexicon();
    return (context) => {
      const reading = readComment(context.analysis);
      const score = incivilityScore(reading);
      context.score('incivility', score);
      let profanity = 0;
      let reported = false;
      for (const signal of reading.signals) {
        // Severe findings (slurs, threats, self-harm) count whatever the score; the rest need it.
        if (signal.category !== 'profanity' && score < options.threshold && signal.severity < 4 && signal.always !== true) continue;
        const evidence = signal.spans.map((span) => ({ ...span, term: signal.term, category: signal.category }));
        if (signal.category === 'profanity') {
          profanity += signal.severity;
          context.report({ messageId: 'vulgar', category: 'profanity', data: { term: signal.term }, evidence, action: options.actions.profanity, score: signal.severity / 4 });
          continue;
        }
        reported = true;
        context.report({
          messageId: signal.messageId,
          category: `incivility.${signal.category}`,
          data: { term: signal.term },
          evidence,
          action: signal.atMost !== undefined && actionSeverity(options.actions[signal.category]) > actionSeverity(signal.atMost) ? signal.atMost : options.actions[signal.category],
          score,
        });
      }
      // Above the threshold with no single finding: the words that added up are the evidence.
      // Addressing the reader is not hostile by itself: something else must have raised the score.
      if (!reported && score >= options.threshold && reading.hostileContent) {
        const cues = reading.cues.map((cue) => `\`${context.text.slice(cue.start, cue.end)}\``).join(', ') || 'tone';
        const evidence = reading.cues.map((cue) => ({ start: cue.start, end: cue.end, term: cue.term, category: 'insult' }));
        context.report({ messageId: 'hostile', category: 'incivility.insult', data: { score, cues }, evidence, action: options.actions.insult, score });
      }
      context.score('profanity', Math.min(1, profanity / 6));
    };
  },
};
