/**
 * createModerator: validate and compile everything once, then moderate comments one by one, many at
 * once, or as a stream.
 */
import type { Classifier, ClassifierRunPolicy } from './classifier.js';
import { builtinClassifiers } from './classifiers/index.js';
import type { Comment } from './comment.js';
import type { Decision } from './decision.js';
import { createLibraryLog, type Logger } from './logger.js';
import { resolveOptions } from './options.js';
import { runComment, type ActiveClassifier, type Pipeline } from './pipeline.js';
import { RuleConfigError, type ConfigProblem } from './rules/errors.js';
import { loadRulesWith, type RuleHost } from './rules/load.js';
import type { ClassifierSettings, RuleSet, RuleSetIdentity } from './rules/types.js';
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

const DEFAULT_POLICY: ClassifierRunPolicy = { timeoutMs: 500, onError: 'flag' };
const CLASSIFIER_ID = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/;
const SETTINGS_KEYS = new Set(['enabled', 'timeoutMs', 'onError']);

function checkPlugin(value: unknown, index: number, problems: ConfigProblem[]): value is Classifier {
  const pointer = `classifiers[${index}]`;
  const plugin = value as Partial<Classifier> | null;
  const fail = (message: string, fix: string): false => {
    problems.push({ pointer, message, fix });
    return false;
  };
  if (typeof plugin !== 'object' || plugin === null) return fail('a classifier must be an object', 'pass `{ id, meta, create }`');
  if (typeof plugin.id !== 'string' || !CLASSIFIER_ID.test(plugin.id)) {
    return fail(`classifier id \`${String(plugin.id)}\` is not valid`, 'use lower-case letters, digits and dashes, e.g. `my-classifier`');
  }
  if (typeof plugin.meta !== 'object' || plugin.meta === null || typeof plugin.meta.messages !== 'object') {
    return fail(`classifier \`${plugin.id}\` has no \`meta.messages\``, 'add `meta: { kind, description, messages: { id: "template" } }`');
  }
  if (typeof plugin.create !== 'function') return fail(`classifier \`${plugin.id}\` has no \`create\` function`, 'add `create(options) { return (context) => { ... } }`');
  return true;
}

function splitSettings(value: ClassifierSettings | boolean | undefined): { settings: ClassifierSettings; options: Record<string, unknown> } {
  if (typeof value === 'boolean') return { settings: { enabled: value }, options: {} };
  const settings: ClassifierSettings = {};
  const options: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(value ?? {})) (SETTINGS_KEYS.has(key) ? settings : options)[key] = option;
  return { settings, options };
}

function checkPolicy(settings: ClassifierSettings, pointer: string, problems: ConfigProblem[]): ClassifierRunPolicy {
  const policy = { ...DEFAULT_POLICY };
  if (settings.timeoutMs !== undefined) {
    if (typeof settings.timeoutMs === 'number' && Number.isFinite(settings.timeoutMs) && settings.timeoutMs > 0) policy.timeoutMs = settings.timeoutMs;
    else problems.push({ pointer: `${pointer}/timeoutMs`, message: `\`${JSON.stringify(settings.timeoutMs)}\` is not a time limit`, fix: 'use a number of milliseconds above 0, e.g. 500' });
  }
  if (settings.onError !== undefined) {
    if (settings.onError === 'ignore' || settings.onError === 'flag' || settings.onError === 'hold') policy.onError = settings.onError;
    else problems.push({ pointer: `${pointer}/onError`, message: `\`${JSON.stringify(settings.onError)}\` is not a failure policy`, fix: 'use `ignore`, `flag` or `hold`' });
  }
  if (settings.enabled !== undefined && typeof settings.enabled !== 'boolean') {
    problems.push({ pointer: `${pointer}/enabled`, message: '`enabled` must be true or false', fix: 'use `true` or `false`' });
  }
  return policy;
}

/**
 * Builds a moderator for a host (Node reads rule files; other runtimes take objects). The public
 * `createModerator` of each entry point calls this with its host.
 *
 * @example
 * const moderator = await createModeratorWith({}, { rules: { name: 'site', version: 1 } });
 */
export async function createModeratorWith(host: RuleHost, options: ModeratorOptions = {}): Promise<Moderator> {
  const ruleSet = await loadRulesWith(host, options.rules);
  const problems: ConfigProblem[] = [];
  const plugins = (options.classifiers ?? []).filter((plugin, index) => checkPlugin(plugin, index, problems));
  const all = [...builtinClassifiers.map((classifier) => ({ classifier, builtin: true })), ...plugins.map((classifier) => ({ classifier, builtin: false }))];
  const seen = new Set<string>();
  const classifiers: ActiveClassifier[] = [];
  for (const { classifier, builtin } of all) {
    if (seen.has(classifier.id)) {
      problems.push({ pointer: `classifiers`, message: `two classifiers have the id \`${classifier.id}\``, fix: 'give each plug-in its own id' });
      continue;
    }
    seen.add(classifier.id);
    const pointer = `/classifiers/${classifier.id}`;
    const { settings, options: overrides } = splitSettings(ruleSet.classifiers?.[classifier.id]);
    const policy = checkPolicy(settings, pointer, problems);
    const resolved = resolveOptions(classifier, overrides, pointer, builtin);
    problems.push(...resolved.problems);
    if (settings.enabled === false || resolved.problems.length > 0) continue;
    classifiers.push({ classifier, classify: classifier.create(resolved.options), options: resolved.options, policy, source: `classifier:${classifier.id}` });
  }
  for (const id of Object.keys(ruleSet.classifiers ?? {})) {
    if (!seen.has(id)) problems.push({ pointer: `/classifiers/${id}`, message: `no classifier has the id \`${id}\``, fix: `check the spelling, or pass the plug-in in \`classifiers\`` });
  }
  const maxBodyLength = options.limits?.maxBodyLength ?? 20_000;
  if (!Number.isInteger(maxBodyLength) || maxBodyLength < 1) {
    problems.push({ pointer: 'limits.maxBodyLength', message: `\`${String(maxBodyLength)}\` is not a length`, fix: 'use a whole number of characters above 0' });
  }
  if (problems.length > 0) throw new RuleConfigError(problems);

  const pipeline: Pipeline = {
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
