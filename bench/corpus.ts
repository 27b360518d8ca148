/**
 * A deterministic synthetic comment corpus: seeded, realistic length distribution (median ~200
 * characters, long tail to 5,000), with some URLs, emoji, curly quotes, insults and disguises; and
 * the real comments of the development sets, for a second measure (devCorpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small seeded generator (mulberry32), so every run measures the same text. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

// Function words make up close to half of running English text; without them the corpus would not
// read as English to anything that checks.
const FUNCTION_WORDS = 'the of and to a in is it you that for on was with as I be at this have not but are they we his from or by so if what all about'.split(' ');
const WORDS = ('the council vote budget policy report article thanks for writing this is a really good point but I think you are wrong about ' +
  'the numbers and the mayor said housing transport schools taxes people city county election campaign debate reader comment ' +
  'agree disagree because however although evidence data source story journalist weather season team game match win lose').split(' ');
const EXTRAS = ['https://www.example.org/report/2026', 'www.city.gov/budget', '😀', '👍🏽', '“quoted”', '’s', '—', 'idiot', 'm0r0n', 'f**k', 'sh1t', 'shut up', 'Scunthorpe', 'cockpit', '!!!', '?'];

/** Text length: log-normal around 200 characters, capped at 5,000. */
function length(random: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  return Math.max(10, Math.min(5000, Math.round(Math.exp(Math.log(200) + 0.8 * normal))));
}

/**
 * `count` comments from `seed`.
 *
 * @example
 * const corpus = generateCorpus(20_000, 42);
 */
export function generateCorpus(count: number, seed = 42): string[] {
  const random = seeded(seed);
  const comments: string[] = [];
  for (let index = 0; index < count; index++) {
    const target = length(random);
    let text = '';
    while (text.length < target) {
      const pick = random();
      const word = pick < 0.04 ? (EXTRAS[Math.floor(random() * EXTRAS.length)] as string)
        : pick < 0.45 ? (FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] as string)
        : (WORDS[Math.floor(random() * WORDS.length)] as string);
      text += (text === '' ? '' : random() < 0.08 ? '. ' : ' ') + (text === '' || random() < 0.05 ? word[0]!.toUpperCase() + word.slice(1) : word);
    }
    // Flat strings, as JSON.parse gives them: a string built by += is a rope that every reader
    // would first have to flatten, which no real comment needs.
    comments.push(JSON.parse(JSON.stringify(text)) as string);
  }
  return comments;
}

/** Where the development sets lie: `../shared/data/dev` beside the project (BENCH_DATA overrides). */
export const DEV_DATA = process.env.BENCH_DATA ?? fileURLToPath(new URL('../../shared/data/dev/', import.meta.url));

/**
 * The bodies of every comment in the development sets (`*.jsonl` under `folder`), in file order:
 * real comments, tweets and messages, with their entities, mentions, links and profanity as written.
 *
 * @example
 * const corpus = devCorpus(); // 36,440 comments from ../shared/data/dev
 */
export function devCorpus(folder = DEV_DATA): string[] {
  if (!existsSync(folder)) throw new Error(`BENCH_CORPUS=dev reads the development sets' *.jsonl files, and ${folder} does not exist: put ../shared beside the project, or set BENCH_DATA to the folder that holds them.`);
  const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`BENCH_CORPUS=dev found no *.jsonl file in ${folder}: set BENCH_DATA to the folder of the development sets.`);
  return files.flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { body: string }).body));
}
