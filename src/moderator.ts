/**
 * createModerator: validate and compile everything once, then moderate comments one by one, many at
 * once, or as a stream.
 */
import type { Classifier } from './classifier.js';
import type { Comment } from './comment.js';
import { configure } from './configure.js';
import type { Decision } from './decision.js';
import { createLibraryLog, type Logger } from './logger.js';
import { runComment, type Pipeline } from './pipeline.js';
import { RuleConfigError } from './rules/errors.js';
import type { RuleHost } from './rules/load.js';
import type { RuleSet, RuleSetIdentity } from './rules/types.js';
import { moderateInOrder, type ModerationFailure, type StreamOptions } from './stream.js';

/** What `createModerator` takes; everything is optional. */
export interface ModeratorOptions {
  /** A rule-set object, or (Node) a path to a JSON rule file; default: the bundled `rules/default.json`. */
  rules?: string | RuleSet;
  /** Extra classifier plug-ins, run after the built-ins; configured under `classifiers.<id>` in the rule set. */
  classifiers?: Classifier[];
  /** A pino logger (or one of its shape); the library logs through one child of it and is silent without it. */
  logger?: Logger;
  limits?: {
    /** UTF-16 code units analysed per comment (default 20,000); longer bodies are cut and get a length reason. */
    maxBodyLength?: number;
  };
}

/** Per-call options of `moderate`. */
export interface ModerateOptions {
  /** Decide without remembering anything (for live previews); nothing is remembered yet in any case. */
  dryRun?: boolean;
}

/**
 * A configured moderator.
 *
 * @example
 * const decision = await moderator.moderate({ body: 'Nice article!' });
 */
export interface Moderator {
  /** Never rejects for content; rejects with `InvalidCommentError` for a malformed comment. */
  moderate(comment: Comment, options?: ModerateOptions): Promise<Decision>;
  /** Same result as `moderate`; throws if an asynchronous classifier is configured. */
  moderateSync(comment: Comment, options?: ModerateOptions): Decision;
  /** Decisions in input order; a malformed item becomes a {@link ModerationFailure} in its slot. */
  moderateMany(comments: Iterable<unknown> | AsyncIterable<unknown>): Promise<(Decision | ModerationFailure)[]>;
  /** Decisions in input order as they are ready, with bounded memory; stops when `signal` aborts. */
  moderateStream(comments: Iterable<unknown> | AsyncIterable<unknown>, options?: StreamOptions): AsyncGenerator<Decision | ModerationFailure>;
  /** The rule set in force. */
  readonly ruleSet: RuleSetIdentity;
  /** Releases what the moderator opened (nothing yet; stores will). */
  close(): Promise<void>;
}

/**
 * Builds a moderator for a host (Node reads rule files; other runtimes take objects). The public
 * `createModerator` of each entry point calls this with its host.
 *
 * @example
 * const moderator = await createModeratorWith({}, { rules: { name: 'site', version: 1 } });
 */
export async function createModeratorWith(host: RuleHost, options: ModeratorOptions = {}): Promise<Moderator> {
  const { loaded, classifiers, problems } = await configure(host, options.rules, options.classifiers ?? []);
  const maxBodyLength = options.limits?.maxBodyLength ?? 20_000;
  if (!Number.isInteger(maxBodyLength) || maxBodyLength < 1) {
    problems.push({ pointer: 'limits.maxBodyLength', message: `\`${String(maxBodyLength)}\` is not a length`, fix: 'use a whole number of characters above 0' });
  }
  if (problems.length > 0 || loaded === undefined) throw new RuleConfigError(problems);
  const { ruleSet } = loaded;

  const pipeline: Pipeline = {
    rules: loaded.engine,
    classifiers,
    exemptions: ruleSet.exempt ?? [],
    messages: ruleSet.messages ?? {},
    publicMessages: ruleSet.publicMessages ?? {},
    ruleSet: { name: ruleSet.name, version: ruleSet.version },
    maxBodyLength,
    log: createLibraryLog(options.logger),
  };
  const moderate = async (comment: Comment): Promise<Decision> => runComment(pipeline, comment, false);
  return {
    moderate,
    moderateSync: (comment) => runComment(pipeline, comment, true) as Decision,
    moderateMany: async (comments) => {
      const results: (Decision | ModerationFailure)[] = [];
      for await (const result of moderateInOrder(moderate, comments, {})) results.push(result);
      return results;
    },
    moderateStream: (comments, streamOptions = {}) => moderateInOrder(moderate, comments, streamOptions),
    ruleSet: pipeline.ruleSet,
    close: async () => undefined,
  };
}
