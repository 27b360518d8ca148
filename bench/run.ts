/**
 * `npm run bench`: times every contender over the same seeded corpus, each in a fresh process, in
 * one sitting, and prints MB/s, comments/s, peak RSS and ratios. Numbers drift 30-50 % between runs
 * on shared machines: compare the ratios of one run. Nothing here is asserted.
 * `BENCH_CORPUS=dev npm run bench`: the same over the real comments of ../shared/data/dev.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONTENDERS } from './contenders.js';
import { DEV_DATA, devCorpus, generateCorpus } from './corpus.js';

const COUNT = Number(process.env.BENCH_COMMENTS ?? 20_000);
// The seeded synthetic corpus (the issue's benchmark), or `dev`: the development sets' real comments.
const CORPUS = process.env.BENCH_CORPUS ?? 'synthetic';
if (CORPUS !== 'synthetic' && CORPUS !== 'dev') throw new Error(`BENCH_CORPUS is ${JSON.stringify(CORPUS)}: use synthetic (the default) or dev.`);
const corpusOf = (): string[] => (CORPUS === 'dev' ? devCorpus() : generateCorpus(COUNT));
// Single rounds on this 2-core machine swing by up to 2× within one process (the machine, not the
// code: a bare loop swings as much), so each contender runs several rounds; the best is its speed.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function measure(name: string): Promise<void> {
  const corpus = corpusOf();
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const check = await (CONTENDERS[name] as () => Promise<(text: string) => boolean>)();
  for (const text of corpus.slice(0, 2000)) check(text);
  const seconds: number[] = [];
  let flagged = 0;
  for (let round = 0; round < ROUNDS; round++) {
    flagged = 0;
    const started = performance.now();
    for (const text of corpus) if (check(text)) flagged++;
    seconds.push((performance.now() - started) / 1000);
  }
  seconds.sort((a, b) => a - b);
  const best = seconds[0] as number;
  const median = seconds[Math.floor(seconds.length / 2)] as number;
  const result = { name, megabytesPerSecond: bytes / 1e6 / best, medianMegabytesPerSecond: bytes / 1e6 / median, commentsPerSecond: corpus.length / best, peakRssMb: process.resourceUsage().maxRSS / 1024, flagged, bytes };
  process.stdout.write(JSON.stringify(result));
}

if (process.argv[2] === '--one') {
  await measure(process.argv[3] as string);
} else {
  const script = fileURLToPath(import.meta.url);
  const results = Object.keys(CONTENDERS).map((name) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, '--one', name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(output) as { name: string; megabytesPerSecond: number; medianMegabytesPerSecond: number; commentsPerSecond: number; peakRssMb: number; flagged: number; bytes: number };
  });
  const obscenity = results.find((result) => result.name.startsWith('obscenity'))?.megabytesPerSecond ?? NaN;
  const described = CORPUS === 'dev' ? `the development sets' real comments (${DEV_DATA})` : `${COUNT} comments (seeded)`;
  console.log(`corpus: ${described}, ${(results[0]!.bytes / 1e6).toFixed(1)} MB; best and median of ${ROUNDS} rounds; node ${process.version}`);
  console.log('| contender | MB/s | median MB/s | comments/s | peak RSS MB | flagged | × obscenity |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const result of results) {
    console.log(`| ${result.name} | ${result.megabytesPerSecond.toFixed(1)} | ${result.medianMegabytesPerSecond.toFixed(1)} | ${Math.round(result.commentsPerSecond)} | ${Math.round(result.peakRssMb)} | ${result.flagged} | ${(result.megabytesPerSecond / obscenity).toFixed(1)} |`);
  }
  const at = (prefix: string) => results.find((result) => result.name.startsWith(prefix))?.megabytesPerSecond ?? NaN;
  console.log(`\ncost with 20,000 extra terms / cost with 1,000 extra terms: ${(at('ours: matcher, +1,000') / at('ours: matcher, +20,000')).toFixed(2)}×`);
}
