/**
 * Checks every lexicon in rules/lexicons/: required fields, known categories, severities 1-4,
 * duplicates, entries that are common English words without a note saying why they are kept, and
 * respellings that do not name a term of the same category and severity.
 * Each problem says how to fix the entry. Exit 1 when there are problems. Run: `npm run check:lexicons`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeTerm } from '../src/lexicon/index.js';

const CATEGORIES = new Set(['profanity', 'insult', 'identity-attack', 'sexual', 'threat', 'self-harm', 'spam-phrase']);
const MODES = new Set(['word', 'prefix', 'suffix', 'substring']);
const folder = new URL('../rules/lexicons/', import.meta.url);

/** Every problem of the lexicon folder, as `file: entry N (term): what is wrong; how to fix`. */
export function checkLexicons(): string[] {
  const common = new Set((JSON.parse(readFileSync(new URL('../rules/words/common-english.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const files = readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'profanity-exclusions.json').sort();
  const lexicons = files.map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { entries?: Record<string, unknown>[] }] as const);
  const terms = new Map<string, Record<string, unknown>>();
  for (const [, data] of lexicons) for (const entry of data.entries ?? []) if (typeof entry.term === 'string' && entry.respelling === undefined) terms.set(entry.term, entry);
  for (const [file, data] of lexicons) {
    if (!Array.isArray(data.entries)) {
      problems.push(`${file}: no \`entries\` array; write { "entries": [ { "term", "category", "severity" } ] }`);
      continue;
    }
    data.entries.forEach((entry, index) => {
      const where = `${file}: entry ${index} (${JSON.stringify(entry.term)})`;
      if (typeof entry.term !== 'string' || entry.term.trim() === '') return problems.push(`${where}: \`term\` is missing; add the word or phrase`);
      if (typeof entry.category !== 'string' || !CATEGORIES.has(entry.category)) problems.push(`${where}: category \`${String(entry.category)}\` is unknown; use one of ${[...CATEGORIES].join(', ')}`);
      if (![1, 2, 3, 4].includes(entry.severity as number)) problems.push(`${where}: severity \`${String(entry.severity)}\` is not 1-4; 1 mild, 2 moderate, 3 strong, 4 severe`);
      if (entry.match !== undefined && !MODES.has(entry.match as string)) problems.push(`${where}: match \`${String(entry.match)}\` is unknown; use word, prefix, suffix or substring`);
      const key = normalizeTerm(entry.term);
      if (key === '') problems.push(`${where}: the term normalizes to nothing; use letters or digits`);
      const before = seen.get(key);
      if (before !== undefined) problems.push(`${where}: duplicate of ${before}; keep one entry (the more specific category)`);
      else seen.set(key, `${file} entry ${index}`);
      if (common.has(key) && typeof entry.note !== 'string') problems.push(`${where}: \`${key}\` is a common English word; add a \`note\` saying why it is kept, or remove it`);
      if (entry.respelling !== undefined) {
        const base = terms.get(String(entry.respelling));
        if (base === undefined) problems.push(`${where}: respells \`${String(entry.respelling)}\`, which no lexicon has; name a bundled term`);
        else if (base.category !== entry.category || base.severity !== entry.severity) problems.push(`${where}: respells \`${String(entry.respelling)}\` (${String(base.category)}, severity ${String(base.severity)}); give it the same category and severity`);
      }
    });
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkLexicons();
  for (const problem of problems) console.error(problem);
  console.error(problems.length === 0 ? 'lexicons: no problems' : `lexicons: ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
