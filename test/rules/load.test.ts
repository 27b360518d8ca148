import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModerator, formatProblem, loadRules, PRESETS, RuleConfigError, validateRules } from '../../src/node.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function problemsOf(input: string | object): Promise<string[]> {
  const { problems } = await validateRules(input as never);
  return problems.map(formatProblem);
}

test('a file with five different mistakes reports all five, each with line and column', async () => {
  const text = `{
  "name": "site",
  "version": 1,
  "classifiers": { "length": { "maxCharacters": "many" } },
  "lists": { "brands": ["acme"] },
  "rules": [
    { "id": "a", "when": { "field": "body", "terms": ["x"] }, "action": "rejct" },
    { "id": "a", "when": { "field": "body", "list": "brandz" }, "action": "flag" },
    { "id": "b", "when": { "field": "autor.name", "terms": ["x"] }, "action": "hold" },
    { "id": "c", "when": { "field": "body", "pattern": "(a+)+$" }, "action": "hold" }
  ]
}`;
  const dir = folder({ 'rules.json': text });
  const file = join(dir, 'rules.json');
  const lines = await problemsOf(file);
  const expected = [
    `${file}:7:73: /rules/0/action: \`"rejct"\` is not allowed; did you mean \`reject\`?`,
    `${file}:8:13: /rules/1/id: the rule id \`a\` is already used by rule 0; give every rule its own id`,
    `${file}:9:37: /rules/2/when/field: unknown field \`autor.name\`; did you mean \`author.name\`?`,
    `${file}:10:56: /rules/3/when/pattern: the pattern \`(a+)+$\` is refused`,
    `${file}:4:49: /classifiers/length/maxCharacters: "many" must be integer; use a value of type integer`,
  ];
  assert.is(lines.length, 5, lines.join('\n'));
  for (const want of expected) assert.ok(lines.some((line) => line.startsWith(want)), `missing: ${want}\n got:\n${lines.join('\n')}`);
});

test('an unknown list reference is reported with a suggestion', async () => {
  const lines = await problemsOf({ name: 's', version: 1, lists: { brands: ['acme'] }, rules: [{ id: 'r', when: { field: 'body', list: 'brandz' }, action: 'flag' }] });
  assert.equal(lines, ['/rules/0/when/list: unknown list `brandz`; did you mean `brands`?']);
});

test('a misspelt key gets "did you mean"', async () => {
  const lines = await problemsOf({ name: 's', version: 1, rules: [{ id: 'r', when: { field: 'body', trems: ['x'] }, action: 'flag', tag: ['x'] }] });
  assert.ok(lines.includes('/rules/0/tag: unknown key `tag`; did you mean `tags`?'), lines.join('\n'));
  assert.ok(lines.includes('/rules/0/when/trems: unknown key `trems` in a condition; did you mean `terms`?'), lines.join('\n'));
});

test('(a+)+$ is refused at load, naming the rule and the pattern', async () => {
  try {
    await createModerator({ rules: { name: 's', version: 1, rules: [{ id: 'greedy', when: { field: 'body', pattern: '(a+)+$' }, action: 'hold' }] } });
    assert.unreachable();
  } catch (error) {
    assert.instance(error, RuleConfigError);
    assert.match((error as Error).message, /\/rules\/0\/when\/pattern: the pattern `\(a\+\)\+\$` is refused: it can take exponential time/);
  }
  const lines = await problemsOf({ name: 's', version: 1, rules: [{ id: 'bad', when: { field: 'body', pattern: '(' }, action: 'hold' }] });
  assert.match(lines[0] ?? '', /does not compile/);
});

test('__proto__, constructor and prototype keys are refused in files and in objects', async () => {
  const dir = folder({ 'p.json': '{ "name": "s", "version": 1, "lists": { "__proto__": ["x"] } }' });
  const lines = await problemsOf(join(dir, 'p.json'));
  assert.ok(lines.some((line) => line.includes(':1:41: /lists/__proto__: the key `__proto__` is not allowed')), lines.join('\n'));
  const object = JSON.parse('{ "name": "s", "version": 1, "messages": { "constructor": "x" } }');
  assert.ok((await problemsOf(object)).some((line) => line.startsWith('/messages/constructor: the key `constructor` is not allowed')));
  assert.is(({} as Record<string, unknown>).x, undefined, 'nothing was polluted');
});

test('unreadable files, non-JSON files and duplicate keys are reported with their place', async () => {
  assert.match((await problemsOf('/nonexistent/rules.json'))[0] ?? '', /^\/nonexistent\/rules\.json:1:1: \(root\): cannot read the file/);
  const dir = folder({ 'bad.json': '{\n  "name": "s",\n  "version": 1,\n}', 'dup.json': '{ "name": "s", "version": 1, "name": "t" }' });
  assert.match((await problemsOf(join(dir, 'bad.json')))[0] ?? '', /bad\.json:4:1: \(root\): JSON syntax error/);
  assert.match((await problemsOf(join(dir, 'dup.json')))[0] ?? '', /dup\.json:1:30: \/name: the key `name` appears twice/);
});

test('extends merges presets and relative files: settings deep-merged, rules appended or replaced by id', async () => {
  const dir = folder({
    'base.json': JSON.stringify({ name: 'base', version: 1, extends: 'strict', lists: { words: ['alpha'] }, rules: [{ id: 'alpha', when: { field: 'body', list: 'words' }, action: 'flag' }] }),
    'site.json': JSON.stringify({ name: 'site', version: 2, extends: './base.json', classifiers: { length: { actions: { tooLong: 'flag' } } }, rules: [{ id: 'alpha', when: { field: 'body', terms: ['beta'] }, action: 'hold' }] }),
  });
  const ruleSet = await loadRules(join(dir, 'site.json'));
  assert.is(ruleSet.name, 'site');
  assert.is(ruleSet.version, 2);
  const length = ruleSet.classifiers?.length as Record<string, unknown>;
  assert.equal(length.actions, { empty: 'reject', tooShort: 'flag', tooLong: 'flag', tooManyLines: 'hold', overLimit: 'hold' });
  assert.is(length.maxCharacters, 5000, 'from strict');
  const ids = (ruleSet.rules as { id: string; action: string }[]).map((rule) => `${rule.id}:${rule.action}`);
  assert.equal(ids, ['strict-links-from-new-authors:hold', 'strict-shouting:flag', 'alpha:hold']);
  assert.equal(ruleSet.exempt?.map((exemption) => exemption.id), ['trusted-authors']);
  const moderator = await createModerator({ rules: join(dir, 'site.json') });
  assert.is((await moderator.moderate({ body: 'beta' })).action, 'hold');
  assert.equal(moderator.ruleSet, { name: 'site', version: 2 });
});

test('extends detects cycles and refuses paths outside the folder', async () => {
  const dir = folder({ 'a.json': '{ "name": "a", "version": 1, "extends": "./b.json" }', 'b.json': '{ "name": "b", "version": 1, "extends": "./a.json" }' });
  const lines = await problemsOf(join(dir, 'a.json'));
  assert.ok(lines.some((line) => /b\.json:1:\d+: \/extends: `extends` makes a cycle: .*a\.json → .*b\.json → .*a\.json/.test(line)), lines.join('\n'));
  for (const target of ['../x.json', '/etc/x.json']) {
    const escape = folder({ 's.json': JSON.stringify({ name: 's', version: 1, extends: target }) });
    assert.match((await problemsOf(join(escape, 's.json')))[0] ?? '', /leaves the folder of the file that names it/);
  }
  assert.match((await problemsOf({ name: 's', version: 1, extends: './x.json' }))[0] ?? '', /is a path, but this rule set is not a file/);
  assert.match((await problemsOf({ name: 's', version: 1, extends: 'strictt' }))[0] ?? '', /neither a bundled preset nor a relative path/);
});

test('each bundled preset validates and loads, also by name', async () => {
  for (const name of Object.keys(PRESETS)) {
    assert.equal(await problemsOf(`rules/${name}.json`), [], name);
    const moderator = await createModerator({ rules: name });
    assert.is(moderator.ruleSet.name, name);
  }
});

test('a rule set must name itself', async () => {
  assert.equal(await problemsOf({ version: 1 }), ['(root): `name` is missing; add `name`']);
});

test.run();
