/**
 * Parsing a rule file with positions, so every problem can name its line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigProblem } from './errors.js';

/** Keys refused anywhere in a rule file: they could pollute prototypes in code that merges objects. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a JSON pointer sits in a source file. */
export type Locate = (pointer: string, at?: 'key' | 'value', exact?: boolean) => { line: number; column: number } | undefined;

/** A parsed rule file: its value, problems found while parsing, and a way to locate pointers. */
export interface JsonSource {
  value: unknown;
  problems: ConfigProblem[];
  locate: Locate;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/**
 * Splits a JSON pointer into path segments (`/rules/0/id` → `['rules', 0, 'id']`).
 *
 * @example
 * pointerSegments('/rules/0/id'); // ['rules', 0, 'id']
 */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Parses JSON text strictly (no comments, no trailing commas), collecting every syntax error, every
 * duplicate key and every forbidden key with its line and column.
 *
 * @example
 * const { value, problems, locate } = parseJsonSource(text, 'rules.json');
 */
export function parseJsonSource(text: string, file: string): JsonSource {
  const starts = lineStarts(text);
  const at = (offset: number) => position(starts, offset);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: ConfigProblem[] = errors.map((error) => ({
    file,
    ...at(error.offset),
    pointer: '',
    message: `JSON syntax error: ${describeParseError(printParseErrorCode(error.error))}`,
    fix: 'fix the JSON syntax at this place (no comments or trailing commas)',
  }));
  if (root !== undefined) walk(root, '', (node, pointer) => checkKeys(node, pointer, file, at, problems));
  const value = problems.length === 0 && root !== undefined ? JSON.parse(text) : undefined;
  const locate: Locate = (pointer, where = 'value', exact = false) => {
    if (root === undefined) return undefined;
    const segments = pointerSegments(pointer);
    // Walk up to the nearest existing node, so a missing key points at its parent object.
    for (let length = segments.length; length >= (exact ? segments.length : 0); length--) {
      const node = findNodeAtLocation(root, segments.slice(0, length));
      if (node === undefined) continue;
      const target = where === 'key' && length === segments.length && node.parent?.type === 'property' ? node.parent : node;
      return at(target.offset);
    }
    return undefined;
  };
  return { value, problems, locate };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function walk(node: Node, pointer: string, visit: (node: Node, pointer: string) => void): void {
  visit(node, pointer);
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key === undefined || value === undefined) continue;
      walk(value, `${pointer}/${String(key.value).replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => walk(child, `${pointer}/${index}`, visit));
  }
}

function checkKeys(node: Node, pointer: string, file: string, at: (offset: number) => { line: number; column: number }, problems: ConfigProblem[]): void {
  if (node.type !== 'object') return;
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key === undefined) continue;
    const name = String(key.value);
    const keyPointer = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (FORBIDDEN_KEYS.has(name)) {
      problems.push({ file, ...at(key.offset), pointer: keyPointer, message: `the key \`${name}\` is not allowed`, fix: 'rename or remove it (it could change object prototypes)' });
    } else if (seen.has(name)) {
      problems.push({ file, ...at(key.offset), pointer: keyPointer, message: `the key \`${name}\` appears twice in this object`, fix: 'keep one of them' });
    }
    seen.add(name);
  }
}

/**
 * Finds forbidden keys in a rule-set object that did not come from a file.
 *
 * @example
 * forbiddenKeyProblems(JSON.parse('{"__proto__": {}}')); // one problem at /__proto__
 */
export function forbiddenKeyProblems(value: unknown, pointer = ''): ConfigProblem[] {
  if (typeof value !== 'object' || value === null) return [];
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(value)) {
    const keyPointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ pointer: keyPointer, message: `the key \`${key}\` is not allowed`, fix: 'rename or remove it (it could change object prototypes)' });
      continue;
    }
    problems.push(...forbiddenKeyProblems((value as Record<string, unknown>)[key], keyPointer));
  }
  return problems;
}
