/**
 * Checking a rule set against the published JSON Schema, with problems that name the fix.
 */
import type { ErrorObject } from 'ajv';
import { precompiledValidators } from '../generated/validators.js';
import { problemFromAjv } from '../options.js';
import schema from '../../schema/rules.schema.json';
import type { ConfigProblem } from './errors.js';

type Validate = ((data: unknown) => boolean) & { errors?: Partial<ErrorObject>[] | null };

// Conditions get their own, more precise checks (unknown fields, mixed tests, unsafe patterns).
const CONDITION = /^\/rules\/\d+\/when(\/|$)/;

/**
 * The schema problems of one rule file (before merging). `name` and `version` are required only
 * of the file that is loaded, not of the files it extends.
 *
 * @example
 * schemaProblems({ name: 'site', version: 1, rules: [{ id: 'x' }] }, true); // problems for `when` and `action`
 */
export function schemaProblems(value: unknown, root: boolean): ConfigProblem[] {
  const validate = precompiledValidators['rule-set'] as Validate;
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const oneOfPaths = errors.filter((error) => error.keyword === 'oneOf').map((error) => error.schemaPath ?? '');
  const problems: ConfigProblem[] = [];
  for (const error of errors) {
    const path = error.instancePath ?? '';
    if (CONDITION.test(path)) continue;
    if (!root && error.keyword === 'required' && path === '') continue;
    // Errors inside the branches of a oneOf say the same thing several times: keep the oneOf's own.
    if (oneOfPaths.some((oneOf) => error.keyword !== 'oneOf' && (error.schemaPath ?? '').startsWith(`${oneOf}/`))) continue;
    if (error.keyword === 'oneOf') {
      problems.push({ pointer: path, message: `${JSON.stringify((error as { data?: unknown }).data)} does not fit here`, fix: describeAt(error.parentSchema) });
      continue;
    }
    problems.push(problemFromAjv(error, '', schema));
  }
  return problems;
}

function describeAt(parentSchema: unknown): string {
  const description = typeof parentSchema === 'object' && parentSchema !== null ? (parentSchema as { description?: unknown }).description : undefined;
  return typeof description === 'string' ? `expected: ${description}` : 'see comment-moderation/schema.json';
}
