/**
 * Configuration, checked once: the rule set loaded and compiled, each classifier's settings split
 * from its options, options validated, plug-ins checked. Every problem is collected.
 */
import type { Classifier, ClassifierRunPolicy } from './classifier.js';
import { builtinClassifiers } from './classifiers/index.js';
import { resolveOptions } from './options.js';
import type { ActiveClassifier } from './pipeline.js';
import type { ConfigProblem } from './rules/errors.js';
import { resolveRules, type LoadedRules, type RuleHost } from './rules/load.js';
import type { ClassifierSettings, RuleSet } from './rules/types.js';

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
 * Loads the rule set and prepares every classifier; problems carry file, line and column when the
 * rule set came from a file.
 *
 * @example
 * const { loaded, classifiers, problems } = await configure(host, './moderation.json', []);
 */
export async function configure(
  host: RuleHost,
  rules: string | RuleSet | undefined,
  pluginInput: readonly Classifier[],
): Promise<{ loaded?: LoadedRules; classifiers: ActiveClassifier[]; problems: ConfigProblem[] }> {
  const { loaded, problems } = await resolveRules(host, rules);
  const plugins = pluginInput.filter((plugin, index) => checkPlugin(plugin, index, problems));
  if (loaded === undefined) return { classifiers: [], problems };
  const { ruleSet } = loaded;
  const optionProblems: ConfigProblem[] = [];
  const all = [...builtinClassifiers.map((classifier) => ({ classifier, builtin: true })), ...plugins.map((classifier) => ({ classifier, builtin: false }))];
  const seen = new Set<string>();
  const classifiers: ActiveClassifier[] = [];
  for (const { classifier, builtin } of all) {
    if (seen.has(classifier.id)) {
      problems.push({ pointer: 'classifiers', message: `two classifiers have the id \`${classifier.id}\``, fix: 'give each plug-in its own id' });
      continue;
    }
    seen.add(classifier.id);
    const pointer = `/classifiers/${classifier.id}`;
    const { settings, options: overrides } = splitSettings(ruleSet.classifiers?.[classifier.id]);
    const policy = checkPolicy(settings, pointer, optionProblems);
    const resolved = resolveOptions(classifier, overrides, pointer, builtin);
    optionProblems.push(...resolved.problems);
    if (settings.enabled === false || resolved.problems.length > 0) continue;
    classifiers.push({ classifier, classify: classifier.create(resolved.options), options: resolved.options, policy, source: `classifier:${classifier.id}` });
  }
  for (const id of Object.keys(ruleSet.classifiers ?? {})) {
    if (!seen.has(id)) optionProblems.push({ pointer: `/classifiers/${id}`, message: `no classifier has the id \`${id}\``, fix: 'check the spelling, or pass the plug-in in `classifiers`' });
  }
  problems.push(...optionProblems.map(loaded.place));
  return { loaded, classifiers, problems };
}
