/**
 * `npm run digest -- [file]` (default `.tmp/match-digest.txt`, git-ignored): the matches and decisions of the current code over a fixed set of texts
 * (the bench corpus, every dev set in ../shared/data/dev, 30,000 seeded random strings full of
 * disguises), written one line per text, with short hashes printed. Run it before and after a change
 * to the normalizer or the matcher and compare the files (`cmp`, or a diff of the lines) to see every
 * text whose matches or decision moved. A tool for rewrites, not a test: it reads data outside the repo.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateCorpus, seeded } from '../bench/corpus.js';
import { builtinLexiconEntries, compileLexicon } from '../src/lexicon/index.js';
import { createModerator } from '../src/node.js';

const DEV = '../shared/data/dev';
const DEV_SETS = ['hate-ethos', 'incivility-impermium-train', 'offensive-davidson-tweets', 'spam-sms', 'spam-youtube'];
// Pieces that stress every normalization step and every reading of the walk.
const PIECES = ['f', 'u', 'c', 'k', 'i', 'd', 'o', 't', 's', 'h', 'a', ' ', '  ', '.', '-', '_', '*', '$', '@', '0', '1', '3', '4', '5', '!', '#', '\u200b', '\u0301', '\u00ad', '😀', '𝐟', 'ｆ', 'ѕ', 'ᴍ', "'", '’', '`', 'idiot', 'moron', 'shut up', 'kill yourself', 'ass', 'Scunthorpe', 'é', 'ß', 'ﬃ', 'İ', '\ud800', 'ａ', 'Ⓕ', '🇺', 'you', 'are', 'a', 'x', 'uu', 'kk', 'SS', 'ck'];

function texts(): string[] {
  const all = [...generateCorpus(20_000)];
  for (const set of DEV_SETS) {
    const path = `${DEV}/${set}.jsonl`;
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line !== '') all.push((JSON.parse(line) as { body: string }).body);
  }
  const random = seeded(7);
  for (let index = 0; index < 30_000; index++) {
    let text = '';
    const pieces = Math.floor(random() * 25);
    for (let piece = 0; piece < pieces; piece++) text += PIECES[Math.floor(random() * PIECES.length)];
    all.push(text);
  }
  return all;
}

const builtin = compileLexicon({ entries: builtinLexiconEntries() });
// Every match mode and an allow list, which the bundled lexicons do not use.
const withModes = compileLexicon({
  entries: [
    ...builtinLexiconEntries(),
    { term: 'ass', category: 'test', severity: 1, match: 'prefix' },
    { term: 'hole', category: 'test', severity: 1, match: 'suffix' },
    { term: 'diot', category: 'test', severity: 1, match: 'substring' },
  ],
  allow: ['shut up and take my money', 'kill time'],
});
const moderator = await createModerator();
const hashes = [createHash('sha256'), createHash('sha256'), createHash('sha256')];
const lines: string[] = [];
const all = texts();
for (const text of all) {
  const decision = moderator.moderateSync({ body: text });
  const parts = [
    JSON.stringify(builtin.match(text)),
    JSON.stringify(withModes.match(text)),
    JSON.stringify([decision.action, decision.labels, decision.scores, decision.reasons.map((reason) => [reason.code, reason.evidence])]),
  ];
  parts.forEach((part, index) => hashes[index]!.update(part));
  lines.push(parts.join('\t'));
}
const file = process.argv[2] ?? '.tmp/match-digest.txt';
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${lines.join('\n')}\n`);
const [lexicon, modes, decisions] = hashes.map((hash) => hash.digest('hex').slice(0, 12));
console.log(`${all.length} texts → ${file}; lexicon ${lexicon}, match modes ${modes}, decisions ${decisions}`);
