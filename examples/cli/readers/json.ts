/**
 * JSON Lines and JSON arrays, streamed: memory stays bounded whatever the file size.
 */
import { createReadStream } from 'node:fs';
import type { RawRecord } from './index.js';
import { readLineChunks, recordsOf } from './lines.js';

/**
 * One record per non-blank line; a line that is not JSON is reported with its number. The file is
 * read in chunks of whole lines (readers/lines.ts), the same chunks `moderate` hands to its workers.
 *
 * @example
 * for await (const record of readJsonLines('dump.jsonl')) console.log(record.position.line);
 */
export async function* readJsonLines(path: string): AsyncGenerator<RawRecord> {
  for await (const chunk of readLineChunks(path)) yield* recordsOf(chunk);
}

/**
 * Splits a top-level JSON array into its elements as text arrives, tracking strings, escapes and
 * depth; each element is parsed on its own, so one broken element does not lose the others.
 *
 * @example
 * for await (const record of readJsonArray('dump.json')) console.log(record.value);
 */
export async function* readJsonArray(path: string): AsyncGenerator<RawRecord> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let element = '';
  let line = 1;
  let elementLine = 1;
  let record = 0;
  const finish = (): RawRecord | undefined => {
    const text = element.trim();
    element = '';
    if (text === '') return undefined;
    record++;
    try {
      return { position: { record, line: elementLine }, value: JSON.parse(text) };
    } catch (error) {
      return { position: { record, line: elementLine }, error: `not valid JSON (${(error as Error).message})` };
    }
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const out: RawRecord[] = [];
    for (const character of chunk as string) {
      if (character === '\n') line++;
      if (!started) {
        if (character === '[') started = true;
        else if (!/\s|\ufeff/.test(character)) throw new Error(`${path} is not a JSON array (it starts with \`${character}\`); use --format jsonl for one object per line`);
        continue;
      }
      if (inString) {
        element += character;
        if (escaped) escaped = false;
        else if (character === '\\') escaped = true;
        else if (character === '"') inString = false;
        continue;
      }
      if (depth === 0 && (character === ',' || character === ']')) {
        const result = finish();
        if (result !== undefined) out.push(result);
        if (character === ']') started = false;
        continue;
      }
      if (element.trim() === '' && !/\s/.test(character)) elementLine = line;
      if (character === '"') inString = true;
      else if (character === '{' || character === '[') depth++;
      else if (character === '}' || character === ']') depth--;
      element += character;
    }
    yield* out;
  }
  const rest = finish();
  if (rest !== undefined) yield { position: rest.position, error: 'the array is not closed: the file ends inside an element' };
}
