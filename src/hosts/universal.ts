/**
 * The entry for browsers, Deno, Bun and edge runtimes: rule sets are objects, never file paths.
 */
import { createModeratorWith, type Moderator, type ModeratorOptions } from '../moderator.js';
import type { Classifier } from '../classifier.js';
import { configure } from '../configure.js';
import { loadRulesWith } from '../rules/load.js';
import type { ConfigProblem } from '../rules/errors.js';
import type { RuleSet } from '../rules/types.js';

/**
 * Creates a moderator: validates and compiles the configuration once. Throws `RuleConfigError`
 * listing every problem. Here `rules` must be an object; file paths need the Node entry.
 *
 * @example
 * const moderator = await createModerator({ rules: { name: 'site', version: 1, extends: 'default' } });
 * const decision = await moderator.moderate({ body: 'First!' });
 */
export function createModerator(options: ModeratorOptions = {}): Promise<Moderator> {
  return createModeratorWith({}, options);
}

/**
 * Loads and checks a rule set, merging what it extends.
 *
 * @example
 * const ruleSet = await loadRules({ name: 'site', version: 1, extends: 'strict' });
 */
export function loadRules(input: string | RuleSet): Promise<RuleSet> {
  return loadRulesWith({}, input);
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
  const { problems } = await configure({}, input, options.classifiers ?? []);
  return { valid: problems.length === 0, problems };
}
