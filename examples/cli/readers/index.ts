/**
 * Streaming readers of comment dumps: JSON array, JSON Lines, CSV, WordPress WXR, Disqus XML.
 * Every record comes out in file order, either as a comment or as a reason it could not be read.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCsv } from './csv.js';
import { readJsonArray, readJsonLines } from './json.js';
import { automaticMap, mapRecord } from './map.js';
import { readDisqus, readWordPress } from './xml.js';

export { parseMap } from './map.js';

export type DumpFormat = 'json' | 'jsonl' | 'csv' | 'wxr' | 'disqus';

/** Where a record sits in its file: its number (1-based) and, when known, the line it starts on. */
export interface DumpPosition {
  record: number;
  line?: number;
}

/** A record as a format reader yields it, before mapping. */
export interface RawRecord {
  position: DumpPosition;
  value?: unknown;
  error?: string;
}

/** A readable comment (with its source record, for label fields), or why a record is unreadable. */
export type DumpItem =
  | { ok: true; comment: Record<string, unknown>; position: DumpPosition; raw?: Record<string, unknown> }
  | { ok: false; position: DumpPosition; why: string };

export interface ReadOptions {
  format?: DumpFormat | 'auto';
  /** Comment field (dotted) → source column or key; CSV without a map uses common column names. */
  map?: Record<string, string>;
  /** CSV field delimiter (default: sniffed from the header row, `,` without one; tab-separated files are read without quote handling). */
  delimiter?: string;
  /** CSV column names, for files without a header row. */
  columns?: string[];
}

const FORMATS: Record<string, DumpFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv' };

/**
 * The format of a dump: by extension; for `.xml`, by the root element (`<rss>` WordPress WXR,
 * `<disqus>` Disqus).
 *
 * @example
 * await detectFormat('export.xml'); // 'wxr'
 */
export async function detectFormat(path: string): Promise<DumpFormat> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xml') {
    const handle = await open(path);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
      const root = /<([A-Za-z_][\w:.-]*)/.exec(head)?.[1];
      if (root === 'rss') return 'wxr';
      if (root === 'disqus') return 'disqus';
      throw new Error(`${path}: the XML root element \`${root ?? 'none'}\` is neither WordPress WXR (<rss>) nor Disqus (<disqus>); pass --format wxr or --format disqus`);
    } finally {
      await handle.close();
    }
  }
  const format = FORMATS[extension];
  if (format === undefined) throw new Error(`${path}: cannot tell the format from \`${extension || 'no extension'}\`; pass --format json, jsonl, csv, wxr or disqus`);
  return format;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A record as a comment: records that cannot be read, are not objects, or have no text `body` after
 * mapping become `{ ok: false, why }` with their place. `explicitMap` says the map came from `--map`
 * (which changes the hint for a missing body).
 *
 * @example
 * toItem({ position: { record: 1, line: 1 }, value: { body: 'hi' } }, 'jsonl'); // { ok: true, comment: { body: 'hi' }, ... }
 */
export function toItem(record: RawRecord, format: DumpFormat, map?: Record<string, string>, explicitMap = map !== undefined): DumpItem {
  if (record.error !== undefined) return { ok: false, position: record.position, why: record.error };
  if (!isRecord(record.value)) {
    return { ok: false, position: record.position, why: `not a comment object (${Array.isArray(record.value) ? 'an array' : typeof record.value})` };
  }
  // JSON records mapped with --map keep their own fields too; CSV rows become just the mapped comment.
  const comment = map === undefined ? record.value : format === 'csv' ? mapRecord(record.value, map) : { ...record.value, ...mapRecord(record.value, map) };
  if (typeof comment.body !== 'string') {
    const hint = format === 'csv' || explicitMap ? 'map one with --map body=COLUMN' : 'each record needs a text `body`';
    return { ok: false, position: record.position, why: `no text \`body\` field (${comment.body === undefined ? 'missing' : typeof comment.body}); ${hint}` };
  }
  return { ok: true, comment, position: record.position, raw: record.value };
}

/**
 * Reads a dump record by record, mapping each to a comment (see toItem).
 *
 * @example
 * for await (const item of readDump('comments.csv', { map: { body: 'CONTENT' } })) if (item.ok) console.log(item.comment.body);
 */
export async function* readDump(path: string, options: ReadOptions = {}): AsyncGenerator<DumpItem> {
  const format = options.format === undefined || options.format === 'auto' ? await detectFormat(path) : options.format;
  const source =
    format === 'jsonl' ? readJsonLines(path)
    : format === 'json' ? readJsonArray(path)
    : format === 'csv' ? readCsv(path, { delimiter: options.delimiter, columns: options.columns })
    : format === 'wxr' ? readWordPress(path)
    : readDisqus(path);
  let map = options.map;
  for await (const record of source) {
    // CSV rows need a mapping: without --map, the first row's column names choose one.
    if (map === undefined && format === 'csv' && record.error === undefined && isRecord(record.value)) map = automaticMap(Object.keys(record.value));
    yield toItem(record, format, map, options.map !== undefined);
  }
}
