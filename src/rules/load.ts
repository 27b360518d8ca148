/**
 * Loading rule sets: from an object anywhere, from a file where the host can read files.
 */
import defaultPreset from '../../rules/default.json';
import { RuleConfigError, type ConfigProblem } from './errors.js';
import type { RuleSet } from './types.js';

/** What loading needs from the runtime: Node reads files, browsers and edge runtimes cannot. */
export interface RuleHost {
  /** Reads a rule file; absent where there is no file system. */
  readFile?(path: string): Promise<string>;
  /** Resolves `relative` against the folder of the file `from`. */
  resolve?(from: string, relative: string): string;
}

/** The bundled presets, by name. */
export const PRESETS: Readonly<Record<string, RuleSet>> = { default: defaultPreset as RuleSet };

/**
 * Loads a rule set from a path (Node) or an object, merging what it extends, and checks it.
 * Throws {@link RuleConfigError} listing every problem.
 *
 * @example
 * const ruleSet = await loadRulesWith({}, { name: 'site', version: 1, extends: 'default' });
 */
export async function loadRulesWith(host: RuleHost, input: string | RuleSet | undefined): Promise<RuleSet> {
  if (input === undefined) return PRESETS.default as RuleSet;
  if (typeof input === 'string') {
    if (host.readFile === undefined) {
      throw new RuleConfigError([{ pointer: '', message: `cannot read \`${input}\` here`, fix: 'file paths need Node; pass the rule-set object instead' }]);
    }
    const text = await host.readFile(input).catch((error: Error) => {
      throw new RuleConfigError([{ file: input, pointer: '', message: `cannot read the file (${error.message})`, fix: 'check the path' }]);
    });
    return checkShape(parseJson(text, input), input);
  }
  return checkShape(input, undefined);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RuleConfigError([{ file, pointer: '', message: `not valid JSON (${(error as Error).message})`, fix: 'fix the JSON syntax' }]);
  }
}

function checkShape(value: unknown, file: string | undefined): RuleSet {
  const problems: ConfigProblem[] = [];
  const at = (problem: ConfigProblem): void => {
    problems.push(file === undefined ? problem : { file, ...problem });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    at({ pointer: '', message: 'a rule set must be a JSON object', fix: 'start from `{ "name": "my-site", "version": 1 }`' });
    throw new RuleConfigError(problems);
  }
  const ruleSet = value as Record<string, unknown>;
  if (typeof ruleSet.name !== 'string') at({ pointer: '/name', message: '`name` is missing or not a string', fix: 'add `"name": "my-site"`' });
  if (typeof ruleSet.version !== 'string' && typeof ruleSet.version !== 'number') {
    at({ pointer: '/version', message: '`version` is missing', fix: 'add `"version": 1`' });
  }
  if (problems.length > 0) throw new RuleConfigError(problems);
  return value as RuleSet;
}
