/**
 * WordPress WXR and Disqus XML exports, streamed with saxes: each comment comes out as soon as its
 * element closes, so memory stays bounded.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import type { RawRecord } from './index.js';

type Fields = Record<string, string>;

/** Streams elements named `recordName` as flat records of their child texts (and attributes). */
async function* readElements(path: string, recordName: string, onParent?: (name: string, fields: Fields) => void): AsyncGenerator<RawRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const out: RawRecord[] = [];
  const stack: string[] = [];
  let current: Fields | undefined;
  let currentLine = 0;
  let record = 0;
  let text = '';
  let parent: Fields = {};
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    if (tag.name === recordName && current === undefined) {
      current = {};
      currentLine = parser.line;
      for (const [key, value] of Object.entries(tag.attributes)) current[`@${key}`] = String(value);
    } else if (current !== undefined) {
      for (const [key, value] of Object.entries(tag.attributes)) current[`${tag.name}@${key}`] = String(value);
    } else {
      for (const [key, value] of Object.entries(tag.attributes)) parent[`${tag.name}@${key}`] = String(value);
    }
  });
  parser.on('text', (value) => (text += value));
  parser.on('cdata', (value) => (text += value));
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === recordName && current !== undefined && !stack.includes(recordName)) {
      record++;
      out.push({ position: { record, line: currentLine }, value: { ...parent, ...current } });
      current = undefined;
    } else if (current !== undefined) {
      const path = stack.slice(stack.lastIndexOf(recordName) + 1).concat(tag.name).join('/');
      current[path] = text;
    } else {
      parent[tag.name] = text;
      onParent?.(tag.name, parent);
      if (tag.name === 'item' || tag.name === 'thread') parent = {};
    }
    text = '';
  });
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
      parser.write(chunk as string);
      yield* out.splice(0);
    }
    parser.close();
  } catch (error) {
    // Broken XML cannot be resynchronized: report where it broke and stop; what was read stays.
    yield* out.splice(0);
    yield { position: { record: record + 1, line: parser.line }, error: `the XML breaks here (${(error as Error).message.split('\n')[0]}); the rest of the file is not read` };
    return;
  }
  yield* out.splice(0);
}

const nonEmpty = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * WordPress WXR: every `<wp:comment>`, with the post it belongs to as its thread.
 *
 * @example
 * for await (const record of readWordPress('export.xml')) console.log(record.value);
 */
export async function* readWordPress(path: string): AsyncGenerator<RawRecord> {
  for await (const item of readElements(path, 'wp:comment')) {
    if (item.value === undefined) {
      yield item;
      continue;
    }
    const fields = item.value as Fields;
    const date = nonEmpty(fields['wp:comment_date_gmt']);
    const parent = nonEmpty(fields['wp:comment_parent']);
    yield {
      position: item.position,
      value: {
        id: nonEmpty(fields['wp:comment_id']),
        body: fields['wp:comment_content'] ?? '',
        format: 'html',
        author: {
          name: nonEmpty(fields['wp:comment_author']),
          email: nonEmpty(fields['wp:comment_author_email']),
          url: nonEmpty(fields['wp:comment_author_url']),
          ip: nonEmpty(fields['wp:comment_author_IP']),
        },
        createdAt: date === undefined || date.startsWith('0000') ? undefined : `${date.replace(' ', 'T')}Z`,
        parentId: parent === undefined || parent === '0' ? undefined : parent,
        threadId: nonEmpty(fields['wp:post_id']) ?? nonEmpty(fields.link),
        meta: { approved: fields['wp:comment_approved'], type: nonEmpty(fields['wp:comment_type']) ?? 'comment', post: nonEmpty(fields.title) },
      },
    };
  }
}

/**
 * Disqus XML export: every `<post>`, with its thread and parent ids.
 *
 * @example
 * for await (const record of readDisqus('disqus.xml')) console.log(record.value);
 */
export async function* readDisqus(path: string): AsyncGenerator<RawRecord> {
  for await (const item of readElements(path, 'post')) {
    if (item.value === undefined) {
      yield item;
      continue;
    }
    const fields = item.value as Fields;
    yield {
      position: item.position,
      value: {
        id: nonEmpty(fields['@dsq:id']) ?? nonEmpty(fields.id),
        body: fields.message ?? '',
        format: 'html',
        author: { name: nonEmpty(fields['author/name']), email: nonEmpty(fields['author/email']), id: nonEmpty(fields['author/username']) },
        createdAt: nonEmpty(fields.createdAt),
        threadId: nonEmpty(fields['thread@dsq:id']),
        parentId: nonEmpty(fields['parent@dsq:id']),
        meta: { isSpam: fields.isSpam === 'true', isDeleted: fields.isDeleted === 'true' },
      },
    };
  }
}
