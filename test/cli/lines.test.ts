import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRecord } from '../../examples/cli/readers/index.js';
import { countLines, readLineChunks, recordsOf } from '../../examples/cli/readers/lines.js';
import { LineBuffer } from '../../examples/cli/output.js';

const temp = mkdtempSync(join(tmpdir(), 'lines-'));

async function viaChunks(path: string, size: number): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const chunk of readLineChunks(path, size)) {
    records.push(...recordsOf(chunk));
    // As when it moves to a worker thread: the reader must not keep using the chunk's buffer.
    structuredClone(chunk.bytes.buffer, { transfer: [chunk.bytes.buffer as ArrayBuffer] });
  }
  return records;
}

/** The definition the chunked reader must keep: split at \n, skip blank lines, parse the rest. */
function reference(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let record = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    record++;
    try {
      records.push({ position: { record, line: index + 1 }, value: JSON.parse(line) });
    } catch {
      records.push({ position: { record, line: index + 1 }, error: 'not valid JSON' });
    }
  });
  return records;
}

const simplified = (records: RawRecord[]) => records.map((record) => ({ ...record, error: record.error === undefined ? undefined : 'not valid JSON' }));

test('JSONL read in chunks of any size gives every record with its line and record number', async () => {
  const line = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.record({ id: fc.integer(), body: fc.string({ unit: 'binary' }) }).map((value) => JSON.stringify(value)),
    fc.constantFrom('', '   ', '\t', '\u00a0', '\ufeff', '\r', '{"body": "cut', '[1, 2', '{"body":"crlf"}\r', 'not json'),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 25 }), fc.boolean(), fc.integer({ min: 1, max: 64 }), async (lines, trailing, size) => {
      const text = lines.join('\n') + (trailing ? '\n' : '');
      const path = join(temp, 'lines.jsonl');
      writeFileSync(path, text);
      assert.equal(simplified(await viaChunks(path, size)), simplified(reference(text)));
    }),
    { numRuns: 300 },
  );
});

test('chunks end on line breaks, carry their first line and record, and count what they hold', async () => {
  const path = join(temp, 'counted.jsonl');
  writeFileSync(path, '\ufeff{"body":"a"}\n\n{"body":"a much longer line than the chunk"}\n  \n{"body":"c"}');
  const chunks = [];
  for await (const chunk of readLineChunks(path, 8)) chunks.push({ text: Buffer.from(chunk.bytes).toString('utf8'), line: chunk.line, record: chunk.record });
  // The byte order mark is dropped; a line longer than the chunk size makes a larger chunk.
  assert.equal(chunks, [
    { text: '{"body":"a"}\n\n', line: 1, record: 0 },
    { text: '{"body":"a much longer line than the chunk"}\n  \n', line: 3, record: 1 },
    { text: '{"body":"c"}', line: 5, record: 2 },
  ]);
  assert.equal(countLines(new TextEncoder().encode('{"a":1}\n\u00a0\n \u3000 \n{}\n')), { lines: 4, records: 2 });
});

test('a line buffer holds UTF-8 lines, grows as needed and cuts segments at marks', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean())), (lines) => {
      const output = new LineBuffer(1);
      const expected: string[] = [''];
      for (const [line, mark] of lines) {
        output.writeLine(line);
        expected[expected.length - 1] += `${line}\n`;
        if (mark) {
          output.mark();
          expected.push('');
        }
      }
      // (ignoreBOM keeps a line that starts with a byte order mark as written: by default the decoder
      // drops it, and a random "\ufeff" line failed the comparison, not the buffer.)
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      assert.equal(output.segments().map((segment) => decoder.decode(segment)), expected.map((segment) => Buffer.from(segment).toString('utf8')));
    }),
    { numRuns: 300 },
  );
});

test.run();
