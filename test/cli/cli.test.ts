import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const temp = mkdtempSync(join(tmpdir(), 'cli-'));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'examples/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const decisionsOf = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { commentId: unknown; action: string; labels: string[] });

test('moderate writes one decision per readable line in input order and reports broken lines by number', () => {
  const { status, stdout, stderr } = cli('moderate', 'test/fixtures/cli/broken.jsonl');
  assert.is(status, 1, stderr);
  assert.equal(decisionsOf(stdout).map((d) => d.commentId), ['a1', 'a2', 'a5', 'a7']);
  assert.match(stderr, /^line 3: /m);
  assert.match(stderr, /^line 4: .*body/m);
  assert.match(stderr, /^line 6: /m);
  assert.match(stderr, /^line 8: .*author\.approvedCount/m);
  assert.match(stderr, /unreadable records: 4/);
  assert.match(stderr, /actions: approve 3, reject 1/);
});

test('--strict makes an unreadable record fatal', () => {
  const { status, stdout } = cli('moderate', 'test/fixtures/cli/broken.jsonl', '--strict', '--quiet');
  assert.is(status, 2);
  assert.equal(decisionsOf(stdout).map((d) => d.commentId), ['a1', 'a2']);
});

test('two workers give exactly the same output and summary as one', () => {
  const dump = join(temp, 'many.jsonl');
  const bodies = ['Fine comment number', '   ', 'Too long? '.repeat(1200), '<p>html <b>comment</b></p>', 'ok 😀', 'you idiot, buy at cheap-pills.shop'];
  // Every seventh comment has no id: its commentId is its record number, in workers too.
  const lines = Array.from({ length: 1500 }, (_, n) => JSON.stringify({ ...(n % 7 === 0 ? {} : { id: `c${n}` }), body: `${bodies[n % bodies.length]} ${n}`, format: n % 5 === 3 ? 'html' : 'text' }));
  writeFileSync(dump, `${lines.join('\n')}\n`);
  const one = cli('moderate', dump);
  const two = cli('moderate', dump, '--workers', '2');
  assert.is(one.status, 0, one.stderr);
  assert.is(two.status, 0, two.stderr);
  const decisions = decisionsOf(one.stdout);
  assert.is(decisions.length, 1500);
  assert.equal([decisions[0]?.commentId, decisions[1]?.commentId, decisions[7]?.commentId], [1, 'c1', 8]);
  assert.ok(one.stdout === two.stdout, 'worker output differs from single-thread output');
  // The summary's counts (all but its first line, which has the timing) are the same too.
  const counts = (stderr: string) => stderr.trim().split('\n').slice(1);
  assert.match(counts(one.stderr).join('\n'), /top terms: .*idiot/);
  assert.equal(counts(two.stderr), counts(one.stderr));
});

test('more threads give the same output, unreadable-record reports, report page and evaluation as one', () => {
  const many = join(temp, 'mixed.jsonl');
  const broken = readFileSync('test/fixtures/cli/broken.jsonl', 'utf8');
  // Broken lines in several chunks (a chunk is 64 KB), so some are read in a worker thread.
  const filler = Array.from({ length: 400 }, (_, n) => JSON.stringify({ id: `f${n}`, body: `A comment of some length to fill the chunk, number ${n}, idiot `.repeat(3) }));
  writeFileSync(many, [broken, filler.join('\n'), broken, filler.join('\n'), broken].join('\n'));
  const one = cli('moderate', many);
  const three = cli('moderate', many, '--workers', '3');
  assert.is(one.status, 1);
  assert.is(three.status, 1);
  assert.ok(one.stdout === three.stdout, 'worker output differs');
  assert.equal(three.stderr.split('\n').filter((line) => line.startsWith('line ')), one.stderr.split('\n').filter((line) => line.startsWith('line ')));
  assert.is(one.stderr.split('\n').filter((line) => line.startsWith('line ')).length, 12);
  const strict = cli('moderate', many, '--workers', '2', '--strict', '--quiet');
  assert.is(strict.status, 2);
  assert.equal(decisionsOf(strict.stdout).map((d) => d.commentId), ['a1', 'a2']);
  // A CSV dump goes to the workers as parsed comments.
  assert.ok(cli('moderate', 'examples/dumps/comments.csv', '--workers', '2').stdout === cli('moderate', 'examples/dumps/comments.csv').stdout);
  const report = (workers: string) => {
    const path = join(temp, `report-${workers}.html`);
    cli('moderate', many, '--workers', workers, '--report', path, '--quiet');
    return readFileSync(path, 'utf8').replace(/ in [\d.]+ s\./, '');
  };
  assert.is(report('2'), report('1'));
  const evaluate = (workers: string) => cli('evaluate', 'test/fixtures/cli/labelled.jsonl', '--label', 'gold.spam', '--compare', 'test/fixtures/cli/spam-rules.json', '--workers', workers).stdout;
  assert.is(evaluate('2'), evaluate('1'));
});

test('--out and --report write files; the report holds the counts and escapes comment text', () => {
  const out = join(temp, 'decisions.jsonl');
  const report = join(temp, 'report.html');
  const hostile = join(temp, 'hostile.jsonl');
  writeFileSync(hostile, `${JSON.stringify({ id: 'x', body: '<script>alert(1)</script>' })}\n${JSON.stringify({ id: 'y', body: ' ' })}\n`);
  const { status, stdout } = cli('moderate', hostile, '--out', out, '--report', report, '--quiet');
  assert.is(status, 0);
  assert.is(stdout, '');
  assert.is(decisionsOf(readFileSync(out, 'utf8')).length, 2);
  const html = readFileSync(report, 'utf8');
  assert.match(html, /<p id="counts">2 comments moderated, 0 unreadable records/);
  assert.match(html, /<td>reject<\/td><td class="count">1<\/td>/);
  assert.not.match(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('evaluate prints precision, recall, F1, AUC, the confusion matrix and examples; --compare backtests a rule change', () => {
  const { status, stdout, stderr } = cli('evaluate', 'test/fixtures/cli/labelled.jsonl', '--label', 'gold.spam', '--rules', 'test/fixtures/cli/no-spam.json', '--compare', 'test/fixtures/cli/spam-rules.json');
  assert.is(status, 0, stderr);
  assert.match(stdout, /precision .* recall .* F1 .* ROC AUC/);
  assert.match(stdout, /test\/fixtures\/cli\/spam-rules\.json: n=5, positives=2\n  precision 1\.000  recall 1\.000  F1 1\.000/);
  assert.match(stdout, /backtest: 2 of 5 comments change action/);
  assert.match(stdout, /approve → spam: 2/);
  assert.match(stdout, /confusion matrix/);
});

test('validate exits 0 for a valid file and 2 with file:line:column problems otherwise', () => {
  assert.is(cli('validate', 'rules/strict.json').status, 0);
  const bad = join(temp, 'bad.json');
  writeFileSync(bad, '{\n  "name": "x",\n  "version": 1,\n  "rules": [{ "id": "r", "when": { "field": "body", "terms": ["a"] }, "action": "rejct" }]\n}\n');
  const { status, stderr } = cli('validate', bad);
  assert.is(status, 2);
  assert.match(stderr, /bad\.json:4:\d+: \/rules\/0\/action: .*did you mean `reject`\?/);
});

test('usage mistakes exit 2 with the usage; --help works for every command', () => {
  const unknown = cli('moderate', 'x.jsonl', '--wrokers', '2');
  assert.is(unknown.status, 2);
  assert.match(unknown.stderr, /Usage: comment-moderation moderate/);
  assert.is(cli('frobnicate').status, 2);
  assert.is(cli('moderate').status, 2);
  assert.is(cli('moderate', 'missing.jsonl').status, 2);
  assert.is(cli('evaluate', 'test/fixtures/cli/labelled.jsonl').status, 2);
  assert.is(cli('train').status, 2);
  for (const command of ['moderate', 'evaluate', 'validate', 'train']) {
    const help = cli(command, '--help');
    assert.is(help.status, 0);
    assert.match(help.stdout, new RegExp(`Usage: comment-moderation ${command}`));
  }
  assert.match(cli('--help').stdout, /Commands:/);
});

test('a bad rule file is a configuration error: exit 2 before any output', () => {
  const { status, stdout, stderr } = cli('moderate', 'test/fixtures/cli/labelled.jsonl', '--rules', 'nope.json');
  assert.is(status, 2);
  assert.is(stdout, '');
  assert.match(stderr, /nope\.json:1:1: \(root\): cannot read the file/);
});

test.run();
