/**
 * CSV (and tab-separated) dumps with csv-parse, streamed, with line numbers for every problem.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { RawRecord } from './index.js';

/** CSV options: the field delimiter (sniffed from the header row when not given), and column names for files without a header row. */
export interface CsvOptions {
  delimiter?: string;
  columns?: string[];
}

/**
 * Rows as objects keyed by column name. A malformed row is reported with its line and skipped.
 *
 * @example
 * for await (const record of readCsv('comments.csv', {})) console.log(record.value);
 */
export async function* readCsv(path: string, options: CsvOptions): AsyncGenerator<RawRecord> {
  // (Sniffed only from a header row: a first row of data may hold more commas than delimiters.)
  const delimiter = options.delimiter ?? (options.columns === undefined ? sniffDelimiter(firstLine(path)) : ',');
  const skipped: RawRecord[] = [];
  let record = 0;
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter,
      columns: options.columns ?? true,
      // Tab-separated exports (the SMS collection, spreadsheets) do not quote fields: a quote is text.
      quote: delimiter === '\t' ? false : '"',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error) => {
        record++;
        const line = (error as { lines?: number }).lines;
        skipped.push({ position: line === undefined ? { record } : { record, line }, error: `unreadable CSV row (${error?.message ?? 'malformed'})` });
      },
    }),
  );
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* skipped.splice(0);
    record++;
    yield { position: { record, line: row.info.lines }, value: row.record };
  }
  yield* skipped.splice(0);
}

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * The delimiter of a CSV file's first line when none is given: of comma, semicolon, tab and bar, the
 * one it holds most outside quotes; a comma when it holds none ("comment;isHate" is semicolons).
 *
 * @example
 * sniffDelimiter('comment;isHate'); // ';'
 */
export function sniffDelimiter(line: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.includes(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best = ',';
  for (const candidate of CANDIDATES) if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  return best;
}

/** The first line of a file (up to 64 KB of it). */
function firstLine(path: string): string {
  const buffer = Buffer.alloc(65_536);
  const file = openSync(path, 'r');
  try {
    const read = readSync(file, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(file);
  }
}
