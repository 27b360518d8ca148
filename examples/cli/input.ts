/**
 * Turning --format, --map, --delimiter and --columns into a streaming reader of the dump.
 */
import { access } from 'node:fs/promises';
import { UsageError, type Arguments } from './args.js';
import { parseMap, readDump, type DumpItem, type ReadOptions } from './readers/index.js';

const FORMATS = ['auto', 'json', 'jsonl', 'csv', 'wxr', 'disqus'];

/**
 * Opens a dump for reading, checking the options first (usage errors exit 2 before any output).
 *
 * @example
 * const items = await openDump('comments.csv', { map: 'body=CONTENT' });
 */
export async function openDump(path: string, values: Arguments['values']): Promise<AsyncIterable<DumpItem>> {
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
  return readDump(path, options);
}
