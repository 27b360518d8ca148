/**
 * CSV (and tab-separated) dumps with csv-parse, streamed, with line numbers for every problem.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { RawRecord } from './index.js';

/** CSV options: the field delimiter, and column names for files without a header row. */
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
  const delimiter = options.delimiter ?? ',';
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
