/**
 * Turning --format, --map, --delimiter and --columns into a streaming reader of the dump.
 */
import { access } from 'node:fs/promises';
import { UsageError, type Arguments } from './args.js';
import { detectFormat, parseMap, readDump, type DumpFormat, type DumpItem, type ReadOptions } from './readers/index.js';

const FORMATS = ['auto', 'json', 'jsonl', 'csv', 'wxr', 'disqus'];

/** A dump ready to read: its format (detected when `auto`), the reading options, and its items. */
export interface OpenedDump {
  path: string;
  format: DumpFormat;
  options: ReadOptions;
  items(): AsyncGenerator<DumpItem>;
}

/**
 * Opens a dump for reading, checking the options and telling the format first (usage errors exit 2
 * before any output).
 *
 * @example
 * const dump = await openDump('comments.csv', { map: 'body=CONTENT' });
 * for await (const item of dump.items()) console.log(item.ok);
 */
export async function openDump(path: string, values: Arguments['values']): Promise<OpenedDump> {
  const format = values.format ?? 'auto';
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not \`${format}\``);
  try {
    await access(path);
  } catch {
    throw new UsageError(`cannot read the dump \`${path}\``);
  }
  const options: ReadOptions = { format: format as ReadOptions['format'] };
  try {
    if (values.map !== undefined) options.map = parseMap(values.map);
  } catch (error) {
    throw new UsageError(`--map: ${(error as Error).message}`);
  }
  if (values.delimiter !== undefined) options.delimiter = values.delimiter === '\\t' ? '\t' : values.delimiter;
  if (values.columns !== undefined) options.columns = values.columns.split(',').map((column) => column.trim());
  const resolved = format === 'auto' ? await detectFormat(path) : (format as DumpFormat);
  options.format = resolved;
  return { path, format: resolved, options, items: () => readDump(path, options) };
}
