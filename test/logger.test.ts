import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createModerator } from '../src/index.js';
import { throwing } from './helpers/plugins.js';

function capture(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { lines, stream };
}

test('without a logger nothing is written to stdout or stderr, even when a classifier fails', async () => {
  const written: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const moderator = await createModerator({ rules: { name: 't', version: 1 }, classifiers: [throwing] });
    await moderator.moderate({ body: 'hello' });
    await moderator.moderateMany([{ body: '' }, { body: 3 }]);
    moderator.moderateSync({ body: 'x' });
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  assert.equal(written, []);
});

test('with a pino logger the library logs through one child, nests untrusted fields and respects the level', async () => {
  const { lines, stream } = capture();
  const logger = pino({ level: 'debug' }, stream);
  const moderator = await createModerator({ rules: { name: 't', version: 1 }, classifiers: [throwing], logger });
  await moderator.moderate({ id: 'c-1', body: 'hello', author: { name: 'x' } });
  await new Promise((resolve) => setImmediate(resolve));
  const warn = lines.find((line) => line.msg === 'classifier failed');
  assert.ok(warn);
  assert.is(warn.lib, 'comment-moderation');
  assert.equal(warn.comment, { id: 'c-1' });
  assert.is(warn.classifier, 'throwing');
  const debug = lines.find((line) => line.msg === 'moderated');
  assert.ok(debug);
  assert.equal(debug.comment, { id: 'c-1' });

  const quiet = capture();
  const warnOnly = await createModerator({ rules: { name: 't', version: 1 }, logger: pino({ level: 'warn' }, quiet.stream) });
  await warnOnly.moderate({ id: 2, body: 'fine' });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(quiet.lines, [], 'debug lines are not built when the level is off');
});

test.run();
