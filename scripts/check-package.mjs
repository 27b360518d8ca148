// Packaging check: build, import the built package from ESM and from CJS in fresh Node processes,
// run the built CLI, then publint --strict and attw. Exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url);
const run = (command, args, options = {}) => {
  console.log(`$ ${command} ${args.map((arg) => (arg.length > 60 ? '<probe script>' : arg)).join(' ')}`);
  return execFileSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });
};

run('npm', ['run', 'build', '--silent']);

const probe = `
  const names = ['createModerator', 'loadRules', 'InvalidCommentError', 'ClassifierTester', 'RuleConfigError', 'buildDecision'];
  const missing = names.filter((name) => typeof api[name] !== 'function');
  if (missing.length > 0) throw new Error('missing exports: ' + missing.join(', '));
  const moderator = await api.createModerator();
  const decision = await moderator.moderate({ id: 1, body: '   ' });
  if (decision.action !== 'reject' || !decision.labels.includes('length')) throw new Error('unexpected decision ' + JSON.stringify(decision));
  let threw = false;
  try { await moderator.moderate({ body: 5 }); } catch (error) { threw = error instanceof api.InvalidCommentError; }
  if (!threw) throw new Error('InvalidCommentError was not thrown');
  console.log('ok: ' + names.length + ' exports, decision ' + decision.action);
`;
const esm = run('node', ['--input-type=module', '-e', `import * as api from 'comment-moderation';\n${probe}`]);
process.stdout.write(`ESM import: ${esm}`);
const cjs = run('node', ['--input-type=commonjs', '-e', `const api = require('comment-moderation');\n(async () => {${probe}})().catch((error) => { console.error(error); process.exit(1); });`]);
process.stdout.write(`CJS require: ${cjs}`);

// The built bin, as an installed package runs it: usage, then a real run with two workers.
run('node', ['dist/cli.js', '--help']);
const decisions = run('node', ['dist/cli.js', 'moderate', 'examples/dumps/comments.jsonl', '--quiet', '--workers', '2']).trim().split('\n');
if (decisions.length !== 12 || JSON.parse(decisions[0]).commentId !== 'c1') throw new Error(`the built CLI gave ${decisions.length} decisions`);
console.log('built CLI: 12 decisions from the example dump with 2 workers');

process.stdout.write(run('npx', ['publint', '--strict']));
process.stdout.write(run('npx', ['attw', '--pack', '.', '--profile', 'node16']));
console.log('package check: built, imported from ESM and CJS, publint and attw clean');
