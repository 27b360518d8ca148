/**
 * Classifier options: defaults merged with the rule file's values, then checked against the
 * classifier's JSON Schema once, at `createModerator` time.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Classifier } from './classifier.js';
import { precompiledValidators } from './generated/validators.js';
import { didYouMean, type ConfigProblem } from './rules/errors.js';

type Validate = ((data: unknown) => boolean) & { errors?: Partial<ErrorObject>[] | null };

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The validator for a classifier's schema. Built-in classifiers use validators compiled at build
 * time (edge runtimes forbid `new Function`); a third-party schema is compiled here, once.
 */
function validatorFor(classifier: Classifier, builtin: boolean): Validate | undefined {
  const schema = classifier.meta.schema;
  if (schema === undefined) return undefined;
  if (builtin) {
    const precompiled = precompiledValidators[classifier.id] as Validate | undefined;
    if (precompiled !== undefined) return precompiled;
  }
  let validate = compiled.get(schema);
  if (validate === undefined) {
    ajv ??= new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Deep-merges plain objects (arrays and other values are replaced), so a rule file can change one
 * action without restating the others.
 *
 * @example
 * mergeOptions({ actions: { a: 'flag', b: 'hold' } }, { actions: { b: 'reject' } }); // { actions: { a: 'flag', b: 'reject' } }
 */
export function mergeOptions<T>(defaults: T, overrides: unknown): T {
  if (!isPlainObject(defaults) || !isPlainObject(overrides)) return (overrides === undefined ? defaults : overrides) as T;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    merged[key] = mergeOptions(merged[key], value);
  }
  return merged as T;
}

/**
 * Merges and validates one classifier's options; problems are returned, not thrown, so every
 * problem of a configuration can be reported at once.
 *
 * @example
 * const { options, problems } = resolveOptions(lengthClassifier, { maxCharacters: 500 }, '/classifiers/length', true);
 */
export function resolveOptions(
  classifier: Classifier,
  overrides: unknown,
  pointer: string,
  builtin: boolean,
): { options: Record<string, unknown>; problems: ConfigProblem[] } {
  const options = mergeOptions<Record<string, unknown>>({ ...(classifier.meta.defaultOptions ?? {}) }, overrides ?? {});
  const validate = validatorFor(classifier, builtin);
  if (validate === undefined || validate(options)) return { options, problems: [] };
  const problems = (validate.errors ?? []).map((error) => problemFromAjv(error, pointer, classifier.meta.schema));
  return { options, problems };
}

/**
 * Turns an ajv error into a problem that names the place, the bad value and the fix.
 *
 * @example
 * problemFromAjv(ajvError, '/classifiers/length', schema);
 */
export function problemFromAjv(error: Partial<ErrorObject>, base: string, schema: unknown): ConfigProblem {
  const pointer = `${base}${error.instancePath ?? ''}`;
  const params = (error.params ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      // ajv's verbose mode gives the schema that holds the properties; the schema path is relative to a $ref.
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? propertiesAt(schema, error.schemaPath ?? ''));
      const guess = didYouMean(key, known);
      return {
        pointer: `${pointer}/${escapePointer(key)}`,
        message: `unknown key \`${key}\``,
        fix: guess === undefined ? `remove it (known keys: ${known.map((k) => `\`${k}\``).join(', ')})` : `did you mean \`${guess}\`?`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      const value = valueAt(error);
      const guess = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
      return {
        pointer,
        message: `\`${JSON.stringify(value)}\` is not allowed`,
        fix: guess === undefined ? `use one of ${allowed.map((v) => `\`${String(v)}\``).join(', ')}` : `did you mean \`${guess}\`?`,
      };
    }
    case 'required':
      return { pointer, message: `\`${String(params.missingProperty)}\` is missing`, fix: `add \`${String(params.missingProperty)}\`` };
    default:
      return { pointer, message: `${JSON.stringify(valueAt(error)) ?? 'the value'} ${error.message ?? 'is invalid'}`, fix: fixFor(error) };
  }
}

function fixFor(error: Partial<ErrorObject>): string {
  const params = (error.params ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `use a value of type ${String(params.type)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `use a number ${String(params.comparison)} ${String(params.limit)}`;
    default:
      return 'see the schema (comment-moderation/schema.json) for what is allowed here';
  }
}

function valueAt(error: Partial<ErrorObject>): unknown {
  return (error as { data?: unknown }).data;
}

function propertiesAt(schema: unknown, schemaPath: string): Record<string, unknown> {
  // schemaPath looks like "#/properties/actions/additionalProperties": walk to the object holding it.
  const steps = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const step of steps) node = isPlainObject(node) ? node[step.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isPlainObject(node) && isPlainObject(node.properties) ? node.properties : {};
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
