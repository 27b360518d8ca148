/**
 * Loading rule sets: from an object anywhere, from a file where the host can read files; `extends`
 * merged; every problem collected with its file, line and column.
 */
import defaultPreset from '../../rules/default.json';
import permissivePreset from '../../rules/permissive.json';
import strictPreset from '../../rules/strict.json';
import { compileRules, type RuleEngine } from './engine.js';
import { RuleConfigError, type ConfigProblem } from './errors.js';
import { forbiddenKeyProblems, parseJsonSource, type Locate } from './json-source.js';
import { schemaProblems } from './validate.js';
import type { RuleSet } from './types.js';

/** What loading needs from the runtime: Node reads files, browsers and edge runtimes cannot. */
export interface RuleHost {
  /** Reads a rule file; absent where there is no file system. */
  readFile?(path: string): Promise<string>;
  /** Resolves `relative` against the folder of the file `from`. */
  resolve?(from: string, relative: string): string;
}

/** The bundled presets, by name. */
export const PRESETS: Readonly<Record<string, RuleSet>> = {
  default: defaultPreset as RuleSet,
  strict: strictPreset as RuleSet,
  permissive: permissivePreset as RuleSet,
};

/** Where a part of the merged rule set came from. */
interface Origin {
  file?: string;
  locate?: Locate;
}

/** A loaded rule set with the compiled rules and a way to place problems in their files. */
export interface LoadedRules {
  ruleSet: RuleSet;
  engine: RuleEngine;
  /** Adds file, line and column to a problem whose pointer refers to the merged rule set. */
  place(problem: ConfigProblem): ConfigProblem;
}

interface Layer {
  ruleSet: RuleSet;
  /** Origins of the merged `rules`, by index, with each rule's pointer in its own file. */
  ruleOrigins: { origin: Origin; pointer: string }[];
  /** Every source, the file named first (most specific) first. */
  origins: Origin[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function withPlace(problem: ConfigProblem, origin: Origin, pointer = problem.pointer, at: 'key' | 'value' = 'value'): ConfigProblem {
  if (origin.file === undefined || problem.file !== undefined) return problem;
  return { file: origin.file, ...origin.locate?.(pointer, at), ...problem };
}

async function readLayer(host: RuleHost, input: string | RuleSet, from: Origin | undefined, chain: string[], problems: ConfigProblem[], root: boolean): Promise<Layer | undefined> {
  let value: unknown;
  let origin: Origin = {};
  let key: string;
  if (typeof input !== 'string') {
    key = '(object)';
    value = input;
    problems.push(...forbiddenKeyProblems(input));
  } else if (Object.hasOwn(PRESETS, input)) {
    key = `preset:${input}`;
    value = PRESETS[input];
  } else {
    if (host.readFile === undefined || (!root && host.resolve === undefined)) {
      problems.push({ pointer: root ? '' : '/extends', message: `cannot read \`${input}\` here`, fix: 'file paths need Node; pass the rule-set object instead' });
      return undefined;
    }
    const path = root || from?.file === undefined ? input : (host.resolve as NonNullable<RuleHost['resolve']>)(from.file, input);
    key = path;
    let text: string;
    try {
      text = await host.readFile(path);
    } catch (error) {
      problems.push({ file: path, line: 1, column: 1, pointer: '', message: `cannot read the file (${(error as Error).message})`, fix: 'check the path' });
      return undefined;
    }
    const source = parseJsonSource(text, path);
    origin = { file: path, locate: source.locate };
    problems.push(...source.problems);
    if (source.problems.length > 0) return undefined;
    value = source.value;
  }
  if (chain.includes(key)) {
    problems.push({ pointer: '/extends', message: `\`extends\` makes a cycle: ${[...chain, key].join(' → ')}`, fix: 'remove one of the `extends` in the cycle' });
    return undefined;
  }
  const own = schemaProblems(value, root).map((problem) => withPlace(problem, origin, problem.pointer, problem.message.startsWith('unknown key') ? 'key' : 'value'));
  problems.push(...own);
  if (!isRecord(value) || own.some((problem) => problem.pointer === '' || problem.pointer === '/extends')) return undefined;
  const ruleSet = value as unknown as RuleSet;
  let merged: Layer | undefined;
  const parents = ruleSet.extends === undefined ? [] : Array.isArray(ruleSet.extends) ? ruleSet.extends : [ruleSet.extends];
  for (const [index, parent] of parents.entries()) {
    const pointer = Array.isArray(ruleSet.extends) ? `/extends/${index}` : '/extends';
    const refused = refuseExtends(parent, origin);
    if (refused !== undefined) {
      problems.push(withPlace({ pointer, ...refused }, origin));
      continue;
    }
    const before = problems.length;
    const layer = await readLayer(host, parent, origin, [...chain, key], problems, false);
    for (let at = before; at < problems.length; at++) {
      const problem = problems[at] as ConfigProblem;
      if (problem.file === undefined && problem.pointer === '/extends') problems[at] = withPlace({ ...problem, pointer }, origin);
    }
    if (layer !== undefined) merged = merged === undefined ? layer : mergeLayers(merged, layer);
  }
  const self: Layer = {
    ruleSet,
    ruleOrigins: (ruleSet.rules ?? []).map((_, index) => ({ origin, pointer: `/rules/${index}` })),
    origins: [origin],
  };
  return merged === undefined ? self : mergeLayers(merged, self);
}

function refuseExtends(parent: string, origin: Origin): Omit<ConfigProblem, 'pointer'> | undefined {
  if (Object.hasOwn(PRESETS, parent)) return undefined;
  if (!parent.startsWith('./') && !/\.json$/i.test(parent)) {
    return { message: `\`${parent}\` is neither a bundled preset nor a relative path`, fix: `use ${Object.keys(PRESETS).map((name) => `\`${name}\``).join(', ')} or a path like \`./base.json\`` };
  }
  if (parent.startsWith('/') || /^[A-Za-z]:[\\/]/.test(parent) || parent.split(/[\\/]/).includes('..')) {
    return { message: `\`${parent}\` leaves the folder of the file that names it`, fix: 'extend files in the same folder or below it (no absolute paths, no `..`)' };
  }
  if (origin.file === undefined) return { message: `\`${parent}\` is a path, but this rule set is not a file`, fix: 'extend a bundled preset, or load the rule set from its file' };
  return undefined;
}

/** Merges a child over its parent: settings deep-merged, lists replaced by name, rules appended (same id replaces). */
function mergeLayers(parent: Layer, child: Layer): Layer {
  const p = parent.ruleSet;
  const c = child.ruleSet;
  const classifiers: Record<string, unknown> = { ...p.classifiers };
  for (const [id, settings] of Object.entries(c.classifiers ?? {})) {
    const before = classifiers[id];
    classifiers[id] = isRecord(before) && isRecord(settings) ? deepMerge(before, settings) : settings;
  }
  const rules = [...(p.rules ?? [])];
  const ruleOrigins = [...parent.ruleOrigins];
  (c.rules ?? []).forEach((rule, index) => {
    const id = isRecord(rule) ? rule.id : undefined;
    const replaced = id === undefined ? -1 : rules.findIndex((existing) => isRecord(existing) && existing.id === id);
    const origin = child.ruleOrigins[index] as Layer['ruleOrigins'][number];
    if (replaced === -1) {
      rules.push(rule);
      ruleOrigins.push(origin);
    } else {
      rules[replaced] = rule;
      ruleOrigins[replaced] = origin;
    }
  });
  const ruleSet: RuleSet = {
    ...p,
    ...c,
    classifiers: classifiers as RuleSet['classifiers'],
    lists: { ...p.lists, ...c.lists },
    rules,
    exempt: [...(p.exempt ?? []), ...(c.exempt ?? [])],
    messages: { ...p.messages, ...c.messages },
    publicMessages: { ...p.publicMessages, ...c.publicMessages },
  };
  delete ruleSet.extends;
  return { ruleSet, ruleOrigins, origins: [...child.origins, ...parent.origins] };
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = merged[key];
    merged[key] = isRecord(before) && isRecord(value) ? deepMerge(before, value) : value;
  }
  return merged;
}

/**
 * Loads, merges and compiles a rule set, collecting every problem. Used by `createModerator`,
 * `loadRules` and `validateRules`.
 *
 * @example
 * const { loaded, problems } = await resolveRules(host, './moderation.json');
 */
export async function resolveRules(host: RuleHost, input: string | RuleSet | undefined): Promise<{ loaded?: LoadedRules; problems: ConfigProblem[] }> {
  const problems: ConfigProblem[] = [];
  const layer = await readLayer(host, input ?? PRESETS.default as RuleSet, undefined, [], problems, true);
  if (layer === undefined) return { problems };
  const place = (problem: ConfigProblem): ConfigProblem => {
    const rule = /^\/rules\/(\d+)(.*)$/.exec(problem.pointer);
    const origin = rule === null ? undefined : layer.ruleOrigins[Number(rule[1])];
    if (rule !== null && origin !== undefined) {
      const pointer = `${origin.pointer}${rule[2]}`;
      return withPlace({ ...problem, pointer }, origin.origin, pointer, problem.message.startsWith('unknown key') ? 'key' : 'value');
    }
    const found = layer.origins.find((candidate) => candidate.locate?.(problem.pointer, 'value', true) !== undefined) ?? layer.origins[0] ?? {};
    return withPlace(problem, found);
  };
  const compileProblems: ConfigProblem[] = [];
  const engine = compileRules(layer.ruleSet, compileProblems, layer.ruleSet.messages);
  problems.push(...compileProblems.map(place));
  return { loaded: { ruleSet: layer.ruleSet, engine, place }, problems };
}

/**
 * Loads a rule set, throwing {@link RuleConfigError} with every problem.
 *
 * @example
 * const ruleSet = await loadRulesWith({}, { name: 'site', version: 1, extends: 'default' });
 */
export async function loadRulesWith(host: RuleHost, input: string | RuleSet | undefined): Promise<RuleSet> {
  const { loaded, problems } = await resolveRules(host, input);
  if (problems.length > 0 || loaded === undefined) throw new RuleConfigError(problems);
  return loaded.ruleSet;
}
