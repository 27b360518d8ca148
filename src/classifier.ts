/**
 * The plug-in shape every classifier has, built-in or third-party.
 */
import type { Comment } from './comment.js';
import type { Action, Evidence } from './decision.js';
import type { TextAnalysis } from './text/analysis.js';

/** What a classifier does, for documentation and reporters. */
export type ClassifierKind = 'lexical' | 'heuristic' | 'learned' | 'external' | 'state';

/** A JSON Schema (draft-07) object. */
export type JsonSchema = Record<string, unknown>;

/**
 * Describes a classifier: its messages (templates keyed by id, with `{{placeholders}}`), the schema
 * its options must satisfy, and their defaults.
 */
export interface ClassifierMeta<Options = Record<string, unknown>> {
  kind: ClassifierKind;
  description: string;
  /** Moderator-facing message templates by message id: `'insult': 'Insult aimed at a person: {{term}}'`. */
  messages: Record<string, string>;
  /** Optional author-facing templates by message id. */
  publicMessages?: Record<string, string>;
  /** The top-level label its findings support, unless a report names another; defaults to the id. */
  category?: string;
  /** Draft-07 JSON Schema for the options; checked at `createModerator` time. */
  schema?: JsonSchema;
  defaultOptions?: Partial<Options>;
  /** Set for a classifier whose `classify` returns promises, so `moderateSync` can refuse it up front. */
  async?: boolean;
}

/** One finding, as a classifier reports it. Offsets are into `ctx.text`. */
export interface Finding {
  /** A key of `meta.messages`; the reason code is `<category>.<messageId>`. */
  messageId: string;
  /** Values for the message placeholders. */
  data?: Record<string, unknown>;
  /** Spans of `ctx.text` (`start`/`end`); the moderator maps them to the original body. */
  evidence?: { start: number; end: number; term?: string; category?: string }[];
  /** How strongly this finding holds, in [0, 1]. */
  score?: number;
  /** What this finding asks for; default `flag`. */
  action?: Action;
  /** The top-level label (or `label.detail`) it supports; default `meta.category`, else the classifier id. */
  category?: string;
}

/** What `classify` receives: the comment, the shared analysis and a way to report. */
export interface ClassifierContext<Options = Record<string, unknown>> {
  readonly comment: Readonly<Comment>;
  /** The text to analyse: the body, HTML stripped, cut at the analysis limit. */
  readonly text: string;
  readonly analysis: TextAnalysis;
  /** Validated options: defaults merged with the rule file's. */
  readonly options: Readonly<Options>;
  /** Aborted when the classifier's time is up; async classifiers should pass it on. */
  readonly signal: AbortSignal;
  /** Reports one finding; each becomes a reason. */
  report(finding: Finding): void;
  /** Sets a decision score (e.g. `spam`), in [0, 1]; the highest value reported wins. */
  score(name: string, value: number): void;
}

/** Inspects one comment; may be sync or async. */
export type Classify<Options = Record<string, unknown>> = (context: ClassifierContext<Options>) => void | Promise<void>;

/**
 * A classifier plug-in: a plain object. Third-party classifiers have exactly the shape of the built-ins.
 *
 * @example
 * const noShouting: Classifier<{ ratio: number }> = {
 *   id: 'no-shouting',
 *   meta: {
 *     kind: 'heuristic',
 *     description: 'Flags comments written mostly in capitals.',
 *     messages: { shouting: 'Mostly capitals ({{percent}} %).' },
 *     schema: { type: 'object', properties: { ratio: { type: 'number', minimum: 0, maximum: 1 } } },
 *     defaultOptions: { ratio: 0.8 },
 *   },
 *   create: (options) => (context) => {
 *     if (context.analysis.words >= 3 && context.analysis.capsRatio >= options.ratio) {
 *       context.report({ messageId: 'shouting', data: { percent: Math.round(context.analysis.capsRatio * 100) } });
 *     }
 *   },
 * };
 */
export interface Classifier<Options = any> {
  /** Unique id: letters, digits and dashes (`length`, `spam`, `my-site-rules`). */
  id: string;
  meta: ClassifierMeta<Options>;
  create(options: Options): Classify<Options>;
}

/** How a classifier runs inside a moderator: its time limit and what a failure asks for. */
export interface ClassifierRunPolicy {
  /** Milliseconds an async classifier may take; default 500. */
  timeoutMs: number;
  /** What a thrown error or a timeout asks for; default `flag`. */
  onError: 'ignore' | 'flag' | 'hold';
}
