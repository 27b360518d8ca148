import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat, parseMap, readDump, type DumpItem, type ReadOptions } from '../../examples/cli/readers/index.js';
import { sniffDelimiter } from '../../examples/cli/readers/csv.js';

const temp = mkdtempSync(join(tmpdir(), 'readers-'));

async function all(path: string, options?: ReadOptions): Promise<DumpItem[]> {
  const items: DumpItem[] = [];
  for await (const item of readDump(path, options)) items.push(item);
  return items;
}

const bodies = (items: DumpItem[]) => items.map((item) => (item.ok ? String(item.comment.body) : `!${item.why}`));

test('JSONL, JSON, CSV, WXR and Disqus example dumps each read every comment', async () => {
  const jsonl = await all('examples/dumps/comments.jsonl');
  assert.is(jsonl.length, 12);
  assert.ok(jsonl.every((item) => item.ok));
  assert.equal(bodies(await all('examples/dumps/comments.json')), bodies(jsonl));
  const csv = await all('examples/dumps/comments.csv');
  assert.equal(bodies(csv), bodies(jsonl));
  const first = csv[0] as Extract<DumpItem, { ok: true }>;
  assert.equal(first.comment, { id: 'c1', body: jsonl[0]!.ok ? (jsonl[0] as Extract<DumpItem, { ok: true }>).comment.body : '', 'author': { name: 'Mara Lind' }, createdAt: '2026-03-02T08:15:00Z' });
  const wxr = await all('examples/dumps/wordpress.xml');
  assert.is(wxr.length, 8);
  const fourth = (wxr[3] as Extract<DumpItem, { ok: true }>).comment as Record<string, any>;
  assert.equal([fourth.id, fourth.format, fourth.threadId, fourth.parentId, fourth.author.ip, fourth.createdAt, fourth.meta.approved], ['4', 'html', '101', '1', '203.0.113.4', '2026-03-02T04:00:00Z', '1']);
  assert.match(String(fourth.body), /^<p>You are a complete idiot/);
  const disqus = await all('examples/dumps/disqus.xml');
  assert.is(disqus.length, 8);
  const third = (disqus[2] as Extract<DumpItem, { ok: true }>).comment as Record<string, any>;
  assert.equal([third.id, third.threadId, third.parentId, third.author.name], ['9003', '5001', '9001', 'Priya S']);
});

test('--format auto tells WordPress WXR from Disqus XML by the root element', async () => {
  assert.is(await detectFormat('examples/dumps/wordpress.xml'), 'wxr');
  assert.is(await detectFormat('examples/dumps/disqus.xml'), 'disqus');
  const other = join(temp, 'other.xml');
  writeFileSync(other, '<?xml version="1.0"?><feed></feed>');
  try {
    await detectFormat(other);
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, /root element `feed` is neither/);
  }
});

test('broken JSONL lines are reported with their numbers and every readable record still comes out', async () => {
  const items = await all('test/fixtures/cli/broken.jsonl');
  assert.equal(items.map((item) => [item.ok, item.position.line]), [[true, 1], [true, 2], [false, 3], [false, 4], [false, 6], [true, 7], [true, 8], [true, 9]]);
  assert.match(bodies(items)[2]!, /not valid JSON/);
  assert.match(bodies(items)[3]!, /no text `body` field \(number\)/);
  assert.match(bodies(items)[4]!, /not a comment object \(an array\)/);
});

test('a JSON array is streamed element by element and equals JSON.parse, broken elements aside', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ body: fc.string(), id: fc.integer(), extra: fc.jsonValue() }), { maxLength: 8 }), async (records) => {
      const path = join(temp, 'array.json');
      writeFileSync(path, JSON.stringify(records, null, records.length % 2 === 0 ? 2 : 0));
      const items = await all(path);
      assert.equal(items.map((item) => (item.ok ? item.comment : item.why)), JSON.parse(JSON.stringify(records)));
    }),
    { numRuns: 60 },
  );
  const broken = join(temp, 'broken.json');
  writeFileSync(broken, '[{"body": "one"},\n {"body": tw},\n {"body": "three"}]');
  assert.equal(bodies(await all(broken)).map((text) => text.slice(0, 15)), ['one', '!not valid JSON', 'three']);
});

test('CSV: automatic mapping of common columns, --map, delimiters and files without a header', async () => {
  const path = join(temp, 'site.csv');
  writeFileSync(path, 'comment_id;Author Name;Comment Text;approved\n7;Ana;"Hello; world";3\n8;Bo;"Multi\nline";x\n');
  // The delimiter is sniffed from the header row when not given.
  const items = await all(path);
  assert.equal(sniffDelimiter('comment;isHate'), ';');
  assert.equal(sniffDelimiter('"a,b";c;d'), ';', 'quoted commas do not count');
  assert.equal(sniffDelimiter('body'), ',');
  assert.equal(items.map((item) => (item.ok ? item.comment : item.why)), [
    { id: '7', 'author': { name: 'Ana' }, body: 'Hello; world' },
    { id: '8', 'author': { name: 'Bo' }, body: 'Multi\nline' },
  ]);
  const mapped = await all(path, { delimiter: ';', map: parseMap('body=Comment Text,author.approvedCount=approved') });
  assert.equal((mapped[0] as Extract<DumpItem, { ok: true }>).comment, { body: 'Hello; world', author: { approvedCount: 3 } });
  assert.equal((mapped[1] as Extract<DumpItem, { ok: true }>).comment, { body: 'Multi\nline', author: { approvedCount: 'x' } }, 'left for the comment check to name');
  const tsv = join(temp, 'plain.tsv');
  writeFileSync(tsv, 'ham\tSee you "soon\nspam\tWIN a prize now\n');
  const rows = await all(tsv, { delimiter: '\t', columns: ['label', 'body'] });
  assert.equal(rows.map((item) => (item.ok ? [item.raw?.label, item.comment.body] : item.why)), [['ham', 'See you "soon'], ['spam', 'WIN a prize now']]);
});

test('--map is checked: malformed pairs and unknown fields are refused with a hint', () => {
  assert.throws(() => parseMap('body'), /not field=COLUMN/);
  assert.throws(() => parseMap('autor.name=AUTHOR'), /did you mean `author.name`\?/);
  assert.equal(parseMap('body=CONTENT, meta.section=SECTION'), { body: 'CONTENT', 'meta.section': 'SECTION' });
});

test('broken XML is reported where it breaks; what came before is kept', async () => {
  const path = join(temp, 'broken.xml');
  writeFileSync(path, '<disqus><post dsq:id="1"><message>ok</message></post>\n<post dsq:id="2"><message>unclosed</post></disqus>');
  const items = await all(path);
  assert.is(items[0]?.ok, true);
  assert.match(bodies(items)[1]!, /^!the XML breaks here/);
});

test('every raw file in ../shared/data/raw is readable with its documented options', async () => {
  const raw = '../shared/data/raw';
  if (!existsSync(raw)) {
    console.log('  (skipped: ../shared/data/raw is not there)');
    return;
  }
  const cases: [string, ReadOptions, number][] = [
    ['youtube-spam/Youtube01-Psy.csv', {}, 350],
    ['impermium-insults/train.csv', {}, 3947],
    ['sms-spam/SMSSpamCollection', { format: 'csv', delimiter: '\t', columns: ['label', 'body'] }, 5574],
    ['ethos-hate-speech/Ethos_Dataset_Binary.csv', {}, 998],
    ['davidson-hate-offensive/labeled_data.csv', {}, 24783],
  ];
  for (const [file, options, expected] of cases) {
    const items = await all(join(raw, file), options);
    const readable = items.filter((item) => item.ok).length;
    assert.is(readable, expected, `${file}: ${readable} readable of ${items.length}; first problem: ${items.find((item) => !item.ok && 'why' in item)?.ok === false ? (items.find((item) => !item.ok) as { why: string }).why : 'none'}`);
  }
});

test.run();
