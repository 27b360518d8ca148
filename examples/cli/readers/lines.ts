/**
 * JSON Lines read as byte chunks that end on a line break. The thread that reads the file only counts
 * lines and records in each chunk (so every chunk knows its first line and record number); decoding,
 * splitting and JSON parsing happen where the chunk is moderated, a worker thread under `--workers N`.
 * One definition of a line and of a record serves the workers and the main-thread reader: a line ends
 * at `\n` (a `\r` before it is whitespace to JSON), and a record is a line that is not blank, as
 * `String.prototype.trim` sees blank.
 */
import { open } from 'node:fs/promises';
import type { RawRecord } from './index.js';

/** Whole lines of a JSONL file, with where they start. */
export interface LineChunk {
  /** The lines' UTF-8 bytes, ending with `\n` except for a last line without one. */
  bytes: Uint8Array;
  /** The 1-based number of the chunk's first line. */
  line: number;
  /** How many records (non-blank lines) come before the chunk. */
  record: number;
}

const NEWLINE = 0x0a;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether `bytes[start, end)` holds more than whitespace: ASCII decides at once, other bytes are decoded. */
function hasContent(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index] as number;
    // Space, tab, line feed, vertical tab, form feed, carriage return.
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) continue;
    if (byte < 0x80) return true;
    // No-break spaces, the byte order mark and other Unicode spaces are blank, as String.prototype.trim has it.
    return utf8.decode(bytes.subarray(index, end)).trim() !== '';
  }
  return false;
}

/**
 * How many lines and records a chunk of whole lines holds.
 *
 * @example
 * countLines(new TextEncoder().encode('{"body":"a"}\n\n{"body":"b"}\n')); // { lines: 3, records: 2 }
 */
export function countLines(bytes: Uint8Array): { lines: number; records: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lines = 0;
  let records = 0;
  let start = 0;
  while (start < view.length) {
    let end = view.indexOf(NEWLINE, start);
    if (end === -1) end = view.length;
    lines++;
    if (hasContent(view, start, end)) records++;
    start = end + 1;
  }
  return { lines, records };
}

/**
 * Reads a JSONL file as chunks of whole lines of about `size` bytes (a longer line makes a larger
 * chunk). Each chunk has its own buffer, so it can be transferred to a worker thread without a copy.
 * A UTF-8 byte order mark at the start of the file is dropped.
 *
 * @example
 * for await (const chunk of readLineChunks('dump.jsonl')) pool.run({ chunk }, { transferList: [chunk.bytes.buffer] });
 */
export async function* readLineChunks(path: string, size = 1 << 16): AsyncGenerator<LineChunk> {
  const handle = await open(path);
  try {
    let carried = new Uint8Array(0);
    let line = 1;
    let record = 0;
    let first = true;
    for (;;) {
      // A line longer than the buffer doubles it until the line fits.
      const buffer = new Uint8Array(Math.max(size, carried.length * 2));
      buffer.set(carried);
      const { bytesRead } = await handle.read(buffer, carried.length, buffer.length - carried.length, null);
      const filled = carried.length + bytesRead;
      const start = first && BYTE_ORDER_MARK.every((byte, index) => buffer[index] === byte) ? 3 : 0;
      first = false;
      const end = bytesRead === 0 ? filled : buffer.lastIndexOf(NEWLINE, filled - 1) + 1;
      if (end <= start) {
        if (bytesRead === 0) return;
        carried = buffer.slice(start, filled);
        continue;
      }
      // The partial last line is copied out before the chunk is handed on (and perhaps transferred).
      carried = buffer.slice(end, filled);
      const bytes = buffer.subarray(start, end);
      const counted = countLines(bytes);
      yield { bytes, line, record };
      line += counted.lines;
      record += counted.records;
    }
  } finally {
    await handle.close();
  }
}

/**
 * The records of a chunk: each non-blank line parsed, or why it is not JSON, with its line and record
 * numbers. Lines are decoded one at a time, so nothing outlives its record (a batch's whole text kept
 * alive would be copied by every young-generation collection until promoted).
 *
 * @example
 * [...recordsOf({ bytes: new TextEncoder().encode('{"body":"hi"}\n'), line: 1, record: 0 })]; // [{ position: { record: 1, line: 1 }, value: { body: 'hi' } }]
 */
export function* recordsOf(chunk: LineChunk): Generator<RawRecord> {
  const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
  let line = chunk.line - 1;
  let record = chunk.record;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    const from = start;
    start = end + 1;
    line++;
    if (!hasContent(bytes, from, end)) continue;
    record++;
    try {
      yield { position: { record, line }, value: JSON.parse(bytes.toString('utf8', from, end)) };
    } catch (error) {
      yield { position: { record, line }, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}
