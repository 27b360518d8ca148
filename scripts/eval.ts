/**
 * `npm run eval`: quality on the labelled dev sets in ../shared/data/dev, at the default
 * configuration: precision, recall, F1 and ROC AUC per set (and per YouTube video), with obscenity
 * and @2toad/profanity as baselines (flagged = any match) in the same run. Prints a Markdown table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profanity } from '@2toad/profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { computeMetrics, rate, type Scored } from '../examples/cli/metrics.js';
import { createModerator } from '../src/node.js';

interface Row {
  id: string;
  body: string;
  threadId?: string;
  gold: Record<string, boolean>;
}

const folder = fileURLToPath(new URL('../../shared/data/dev/', import.meta.url));
if (!existsSync(folder)) {
  console.error(`eval: the dev data is not at ${folder}; it is read from ../shared/data/dev beside the repository`);
  process.exit(2);
}

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const moderator = await createModerator();
const lines: string[] = ['| set | label | n | positives | precision | recall | F1 | ROC AUC | obscenity F1 | @2toad/profanity F1 |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];

function row(name: string, label: string, ours: Scored[], baselines?: [Scored[], Scored[]]): string {
  const metrics = computeMetrics(ours);
  const baseline = baselines === undefined ? ['', ''] : baselines.map((items) => rate(computeMetrics(items).f1));
  return `| ${name} | ${label} | ${metrics.n} | ${metrics.positives} | ${rate(metrics.precision)} | ${rate(metrics.recall)} | ${rate(metrics.f1)} | ${rate(metrics.auc)} | ${baseline[0]} | ${baseline[1]} |`;
}

for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
  const rows = readFileSync(`${folder}${file}`, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row);
  const label = rows[0]?.gold.spam !== undefined ? 'spam' : 'incivility';
  const ours: Scored[] = [];
  const obscenityItems: Scored[] = [];
  const toadItems: Scored[] = [];
  const byThread = new Map<string, Scored[]>();
  for (const record of rows) {
    const decision = moderator.moderateSync({ id: record.id, body: record.body });
    const gold = record.gold[label] === true;
    const item = { gold, predicted: decision.labels.includes(label), score: decision.scores[label] ?? 0 };
    ours.push(item);
    if (record.threadId !== undefined) byThread.set(record.threadId, [...(byThread.get(record.threadId) ?? []), item]);
    if (label === 'incivility') {
      const flaggedByObscenity = obscenity.hasMatch(record.body);
      const flaggedByToad = profanity.exists(record.body);
      obscenityItems.push({ gold, predicted: flaggedByObscenity, score: flaggedByObscenity ? 1 : 0 });
      toadItems.push({ gold, predicted: flaggedByToad, score: flaggedByToad ? 1 : 0 });
    }
  }
  const name = file.replace(/\.jsonl$/, '');
  lines.push(row(name, label, ours, label === 'incivility' ? [obscenityItems, toadItems] : undefined));
  if (byThread.size > 1) for (const [thread, items] of byThread) lines.push(row(`${name} · ${thread}`, label, items));
}
console.log(lines.join('\n'));
