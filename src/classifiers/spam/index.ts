/**
 * Spam: self-promotion, links, contact details, money and crypto, shape and author fields, decided
 * locally, with every signal as evidence.
 */
import type { Classifier } from '../../classifier.js';
import type { Action } from '../../decision.js';
import { bundledLexicon, bundledMatches, promotionLexicon, SPAM_PHRASE } from '../bundled-lexicon.js';
import { combineWeights, spamSignals, type SpamKind } from './signals.js';

/** Options of the spam classifier. */
export interface SpamOptions {
  /** `scores.spam` at or above this makes the signals reasons. */
  threshold: number;
  /** Score at or above which the action is `actions.spam`, else `actions.suspect`. */
  spamThreshold: number;
  actions: { spam: Action; suspect: Action; firstTimeLink: Action };
  /** Registrable domains that are never a spam signal (the site's own, its partners). */
  allowDomains: string[];
  /** Registrable domains that are always spam. */
  denyDomains: string[];
}

const MESSAGES: Record<SpamKind | 'first-time-link', string> = {
  promotion: 'Self-promotion or a call to action: `{{term}}`',
  link: 'Link to `{{term}}`',
  shortener: 'Link through the URL shortener `{{term}}`',
  'obfuscated-link': 'Disguised link to `{{term}}`',
  'link-only': 'The comment is little more than a link.',
  'praise-link': 'Generic praise followed by a link.',
  contact: 'Contact details: `{{term}}`',
  money: 'Money offer: `{{term}}`',
  crypto: 'Cryptocurrency wallet address: `{{term}}`',
  shape: 'Spam-like shape: {{term}}',
  author: 'Author field: {{term}}',
  'denied-domain': 'Link to the denied domain `{{term}}`',
  'first-time-link': 'A link from an author with no approved comment yet: `{{term}}`',
};

const actionSchema = { enum: ['approve', 'flag', 'hold', 'reject', 'spam'] };

/**
 * The spam classifier.
 *
 * @example
 * const moderator = await createModerator({ rules: { name: 'site', version: 1, classifiers: { spam: { allowDomains: ['dailycourier.example'] } } } });
 */
export const spamClassifier: Classifier<SpamOptions> = {
  id: 'spam',
  meta: {
    kind: 'heuristic',
    description: 'Finds comment spam: self-promotion, links, contact details, money and crypto offers, spam-like shape and author fields.',
    category: 'spam',
    messages: MESSAGES,
    publicMessages: { promotion: 'Your comment looks like an advertisement.', 'first-time-link': 'Links from new commenters wait for a moderator.' },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1 },
        spamThreshold: { type: 'number', minimum: 0, maximum: 1 },
        actions: { type: 'object', additionalProperties: false, properties: { spam: actionSchema, suspect: actionSchema, firstTimeLink: actionSchema } },
        allowDomains: { type: 'array', items: { type: 'string' } },
        denyDomains: { type: 'array', items: { type: 'string' } },
      },
    },
    defaultOptions: { threshold: 0.4, spamThreshold: 0.8, actions: { spam: 'spam', suspect: 'hold', firstTimeLink: 'hold' }, allowDomains: [], denyDomains: [] },
  },
  create: (options) => {
    // The lexicon compiled now, in createModerator, not at the first comment.
    bundledLexicon();
    return (context) => {
      const phrases = bundledMatches(context.analysis).filter((match) => match.category === SPAM_PHRASE);
      const signals = spamSignals(context.comment, context.analysis, phrases, promotionLexicon, options);
      const score = combineWeights(signals.map((signal) => signal.weight));
      context.score('spam', score);
      if (score >= options.threshold) {
        const action = score >= options.spamThreshold ? options.actions.spam : options.actions.suspect;
        for (const signal of signals) {
          const evidence = signal.spans.map((span) => ({ ...span, term: signal.term, category: `spam.${signal.kind}` }));
          context.report({ messageId: signal.kind, category: `spam.${signal.kind}`, data: { term: signal.term }, evidence, action, score: signal.weight });
        }
        return;
      }
      // One link from an unknown first-time author waits for a moderator, whatever the score.
      if (context.comment.author?.approvedCount === 0) {
        const link = signals.find((signal) => ['link', 'shortener', 'obfuscated-link'].includes(signal.kind));
        if (link !== undefined) {
          const evidence = link.spans.map((span) => ({ ...span, term: link.term }));
          context.report({ messageId: 'first-time-link', category: 'spam.first-time-link', data: { term: link.term }, evidence, action: options.actions.firstTimeLink, score });
        }
      }
    };
  },
};
