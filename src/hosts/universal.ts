/**
 * The entry for browsers, Deno, Bun and edge runtimes: rule sets are objects, never file paths.
 */
import { createModeratorWith, type Moderator, type ModeratorOptions } from '../moderator.js';
import { loadRulesWith } from '../rules/load.js';
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
