/**
 * CLI throughput on a large generated JSONL dump (default 1 GB): one worker against two, with peak
 * RSS of the whole process tree read from /proc. Usage: `npx tsx bench/cli-throughput.ts [megabytes]`.
 * Build first (`npm run build`): it runs the built CLI as a user would.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { generateCorpus } from './corpus.js';

const megabytes = Number(process.argv[2] ?? 1000);
const path = `/tmp/comment-moderation-${megabytes}mb.jsonl`;

async function generate(): Promise<void> {
  if (existsSync(path) && statSync(path).size >= megabytes * 1e6) return;
  const corpus = generateCorpus(20_000, 7);
  const out = createWriteStream(path);
  let written = 0;
  for (let index = 0; written < megabytes * 1e6; index++) {
    const line = `${JSON.stringify({ id: `c${index}`, body: corpus[index % corpus.length], author: { name: `reader${index % 977}` } })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Peak resident memory of a process and its children, sampled from /proc every 200 ms. */
function treeRss(pid: number): number {
  let total = 0;
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
  return total + children.reduce((sum, child) => sum + treeRss(child), 0);
}

async function run(workers: number): Promise<{ seconds: number; peakRssMb: number; summary: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli.js', 'moderate', path, '--out', '/dev/null', '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), 200);
  await once(child, 'exit');
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peak, summary: stderr.split('\n')[0] ?? '' };
}

await generate();
const size = statSync(path).size / 1e6;
console.log(`dump: ${path}, ${size.toFixed(0)} MB`);
const results = [];
for (const workers of [1, 2]) {
  const result = await run(workers);
  results.push(result);
  console.log(`workers ${workers}: ${result.seconds.toFixed(1)} s, ${(size / result.seconds).toFixed(1)} MB/s, peak RSS ${result.peakRssMb.toFixed(0)} MB — ${result.summary}`);
}
console.log(`2 workers / 1 worker: ${(results[0]!.seconds / results[1]!.seconds).toFixed(2)}×`);
