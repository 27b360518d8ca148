/**
 * The shape of a rule set: what a site writes in a JSON rule file.
 */
import type { Action } from '../decision.js';

/** Per-classifier settings: switches and failure policy, plus the classifier's own options. */
export interface ClassifierSettings {
  /** Default true. */
  enabled?: boolean;
  /** Milliseconds an async classifier may take; default 500. */
  timeoutMs?: number;
  /** What a failure or a timeout asks for; default `flag`. */
  onError?: 'ignore' | 'flag' | 'hold';
  /** Everything else is the classifier's own options, checked against its schema. */
  [option: string]: unknown;
}

/**
 * Who bypasses which findings. An exemption applies to authors that match any of `trusted`, `roles`
 * or `authors`, and overrides their findings of the given `categories` and `sources` (all when left out).
 */
export interface Exemption {
  id?: string;
  description?: string;
  /** Applies to authors with `author.trusted === true`. */
  trusted?: boolean;
  /** Applies to authors holding any of these roles. */
  roles?: string[];
  /** Applies to these authors, by `author.id`, `author.name` or `author.email` (case-insensitive). */
  authors?: string[];
  /** Only findings of these categories (`spam`, `incivility`, `profanity`, `length`, ...). */
  categories?: string[];
  /** Only findings of these sources (`classifier:spam`, `rule:no-links`). */
  sources?: string[];
}

/**
 * A rule set, as written in a rule file (see the README for the whole format).
 *
 * @example
 * const ruleSet: RuleSet = { name: 'my-site', version: 1, extends: 'default', classifiers: { length: { maxCharacters: 3000 } } };
 */
export interface RuleSet {
  $schema?: string;
  name: string;
  version: string | number;
  description?: string;
  /** A bundled preset name (`default`, `strict`, `permissive`) or a relative path, or several. */
  extends?: string | string[];
  classifiers?: Record<string, ClassifierSettings | boolean>;
  /** Named reusable term lists, referenced from rules. */
  lists?: Record<string, string[]>;
  rules?: unknown[];
  exempt?: Exemption[];
  /** Overrides of moderator-facing message templates, by reason code (`length.too-long`). */
  messages?: Record<string, string>;
  /** Overrides of author-facing message templates, by reason code. */
  publicMessages?: Record<string, string>;
}

/** The rule-set identity a decision records. */
export interface RuleSetIdentity {
  name: string;
  version: string | number;
}

/** An action a rule may ask for: the five decision actions, or `allow` to override. */
export type RuleAction = Action | 'allow';
