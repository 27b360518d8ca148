/**
 * The Node entry: like the universal one, and rule sets may also be file paths.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createModeratorWith, type Moderator, type ModeratorOptions } from '../moderator.js';
import type { Classifier } from '../classifier.js';
import { configure } from '../configure.js';
import { loadRulesWith, type RuleHost } from '../rules/load.js';
import type { ConfigProblem } from '../rules/errors.js';
import type { RuleSet } from '../rules/types.js';

const nodeHost: RuleHost = {
  readFile: (path) => readFile(path, 'utf8'),
  resolve: (from, relative) => resolve(dirname(from), relative),
};

/**
 * Creates a moderator: validates and compiles the configuration once. Throws `RuleConfigError`
 * listing every problem. `rules` may be a path to a JSON rule file.
 *
 * @example
 * const moderator = await createModerator({ rules: './moderation.json', logger: pino() });
 * const decision = await moderator.moderate({ body: 'First!' });
 */
export function createModerator(options: ModeratorOptions = {}): Promise<Moderator> {
  return createModeratorWith(nodeHost, options);
}

/**
 * Loads and checks a rule set from a file or an object, merging what it extends.
 *
 * @example
 * const ruleSet = await loadRules('./moderation.json');
 */
export function loadRules(input: string | RuleSet): Promise<RuleSet> {
  return loadRulesWith(nodeHost, input);
}

/**
 * Checks a rule set (and the options of the built-in classifiers and of any plug-ins passed) without
 * throwing: every problem, each with file, line and column where the rule
 * set came from a file.
 *
 * @example
 * const { valid, problems } = await validateRules('./moderation.json');
 * for (const problem of problems) console.error(formatProblem(problem));
 */
export async function validateRules(input: string | RuleSet, options: { classifiers?: Classifier[] } = {}): Promise<{ valid: boolean; problems: ConfigProblem[] }> {
  const { problems } = await configure(nodeHost, input, options.classifiers ?? []);
  return { valid: problems.length === 0, problems };
}
