/**
 * Checks every lexicon in rules/lexicons/: required fields, known categories, severities 1-4,
 * duplicates, entries that are common English words without a note saying why they are kept, and
 * respellings that do not name a term of the same category and severity; and English words (the
 * `word-list` package) that read as a term once a doubled letter of DOUBLES_READ_AS_ONE is read as one,
 * as words glued to a term that ends them (src/classifiers/incivility/glued-ends.ts), or as a term
 * they are not in any reading of the pipeline's lexicon (leet, letters drawn alike, typos); and allow-list
 * entries (rules/words/allowed.json) without a reason, duplicated, or holding no term to allow; and
 * everyday senses (rules/words/senses.json) that cannot allow what they name.
 * Each problem says how to fix the entry. Exit 1 when there are problems. Run: `npm run check:lexicons`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { compileLexicon, normalizeTerm, type CompiledLexicon } from '../src/lexicon/index.js';
import { incivilityLexiconInput } from '../src/classifiers/bundled-lexicon.js';
import { DOUBLES_READ_AS_ONE } from '../src/lexicon/readings.js';
import { endedByTerm, GLUED_LOOKALIKES, heldTerm } from '../src/classifiers/incivility/glued-ends.js';

const CATEGORIES = new Set(['profanity', 'insult', 'identity-attack', 'sexual', 'threat', 'self-harm', 'spam-phrase']);
const MODES = new Set(['word', 'prefix', 'suffix', 'substring']);
const STANDS = new Set(['after', 'alone', 'noun', 'state']);
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
      if (entry.vulgar !== undefined && (entry.vulgar !== true || entry.category !== 'insult')) problems.push(`${where}: \`vulgar\` marks an insult that is a vulgar word too; write \`"vulgar": true\` on an insult entry, or remove it`);
      if (entry.stands !== undefined && !STANDS.has(entry.stands as string)) problems.push(`${where}: stands \`${String(entry.stands)}\` is unknown; use after (ends a clause after a word: "cold af"), alone (a clause of its own: "ffs") or noun ("a real pos")`);
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
  // (Respellings too: a doubled letter of DOUBLES_READ_AS_ONE reads as one in them as well, "fuuk".)
  const spellings = new Map(terms);
  for (const [, data] of lexicons) for (const entry of data.entries ?? []) if (typeof entry.term === 'string' && entry.respelling !== undefined) spellings.set(entry.term, entry);
  // (The pipeline's lexicon, compiled once for the checks that read with it.)
  const pipeline = compileLexicon(incivilityLexiconInput());
  problems.push(...doubledLetterReadings(spellings), ...gluedLookalikes(), ...englishReadings(pipeline), ...allowListProblems(), ...senseProblems(undefined, pipeline), ...foreignWordProblems(undefined, pipeline));
  return problems;
}

/**
 * The entries of rules/words/allowed.json that cannot do their job: a missing word or reason, a
 * duplicate (as the matcher reads it), or a word in which the lexicons, without the allow list, match
 * nothing (an entry only overrides the deny matches it holds).
 *
 * @example
 * allowListProblems({ words: [{ word: 'coon dog' }] }); // ['rules/words/allowed.json: entry 0 ("coon dog"): `reason` is missing; ...']
 */
export function allowListProblems(data: { words?: Record<string, unknown>[] } = JSON.parse(readFileSync(new URL('../rules/words/allowed.json', import.meta.url), 'utf8'))): string[] {
  const file = 'rules/words/allowed.json';
  if (!Array.isArray(data.words)) return [`${file}: no \`words\` array; write { "words": [ { "word", "reason" } ] }`];
  const denying = compileLexicon({ ...incivilityLexiconInput(), allow: [] });
  const problems: string[] = [];
  const seen = new Map<string, number>();
  data.words.forEach((entry, index) => {
    const where = `${file}: entry ${index} (${JSON.stringify(entry.word)})`;
    if (typeof entry.word !== 'string' || normalizeTerm(entry.word) === '') return problems.push(`${where}: \`word\` is missing; add the word or phrase to allow`);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') problems.push(`${where}: \`reason\` is missing; say what the word means that is not the term it holds`);
    const key = normalizeTerm(entry.word);
    const before = seen.get(key);
    if (before !== undefined) problems.push(`${where}: duplicate of entry ${before}; keep one entry`);
    else seen.set(key, index);
    if (denying.match(entry.word).length === 0) problems.push(`${where}: no lexicon term matches inside it, so it allows nothing; remove it, or correct its spelling`);
  });
  return problems;
}

/**
 * English words that may, with a doubled letter read as one, spell a term they are not, and are
 * known to be right (besides the allow-list's words): spellings of the term itself, and one name the doubled a has read since before.
 */
const DOUBLED_AND_KNOWN = new Set(['golliwogg', 'golliwoggs', 'jaap', 'jaaps']);
/** The words of rules/words/allowed.json: an allow-list entry keeps them from reading as a term ("aff", Scots for off). */
const ALLOWED = new Set((JSON.parse(readFileSync(new URL('../rules/words/allowed.json', import.meta.url), 'utf8')) as { words: { word: string }[] }).words.map((entry) => entry.word));

/**
 * English words that read as a term they are not (nor its plural) once one or more of their doubled
 * letters of DOUBLES_READ_AS_ONE are read as one ("assess" would be "asses" with s in the set).
 */
function doubledLetterReadings(terms: Map<string, Record<string, unknown>>): string[] {
  const isTerm = (word: string): boolean => terms.has(word) || (word.endsWith('s') && terms.has(word.slice(0, -1))) || (word.endsWith('es') && terms.has(word.slice(0, -2)));
  const problems: string[] = [];
  for (const word of readFileSync(wordListPath, 'utf8').split('\n')) {
    // Where each doubled letter of the set stands (its second letter).
    const doubles: number[] = [];
    for (let index = 1; index < word.length; index++) if (word[index] === word[index - 1] && word[index - 2] !== word[index] && DOUBLES_READ_AS_ONE.includes(word[index]!)) doubles.push(index);
    if (doubles.length === 0 || isTerm(word) || DOUBLED_AND_KNOWN.has(word) || ALLOWED.has(word)) continue;
    for (let subset = 1; subset < 1 << Math.min(doubles.length, 8); subset++) {
      const dropped = new Set(doubles.filter((_, bit) => (subset & (1 << bit)) !== 0));
      const reading = [...word].filter((_, index) => !dropped.has(index)).join('');
      if (!isTerm(reading)) continue;
      problems.push(`word-list: \`${word}\` reads as the term \`${reading}\` with a doubled letter read as one; take that letter out of DOUBLES_READ_AS_ONE (src/lexicon/readings.ts), or remove the term`);
      break;
    }
  }
  return problems;
}

/**
 * English words the pipeline's lexicon reads as another word's spelling, known to be right: spellings
 * of the term itself ("golliwogg", "huzzy", "piccaninnies") and one name its doubled a has read since
 * before ("jaap").
 */
const SPELLINGS_OF_THE_TERM = new Set([...DOUBLED_AND_KNOWN, 'huzzy', 'piccaninnies']);

/**
 * English words (the `word-list` package) that the incivility lexicons as the pipeline compiles them
 * (every reading: leet, letters drawn alike, doubled letters, spellings, typos with their plurals)
 * read as a term other than the word itself, its plural or its words written as one ("darkle" read
 * as darkie through its l, "shies" as a typo of shite with an s).
 */
function englishReadings(lexicon: CompiledLexicon): string[] {
  const problems: string[] = [];
  for (const word of readFileSync(wordListPath, 'utf8').split('\n')) {
    if (word === '' || SPELLINGS_OF_THE_TERM.has(word)) continue;
    for (const match of lexicon.match(word)) {
      const term = match.term.toLowerCase().replaceAll(' ', '');
      const text = match.text.toLowerCase();
      if (text === term || text === `${term}s` || text === `${term}es` || text === term.replace(/y$/, 'ies')) continue;
      problems.push(`word-list: \`${word}\` reads as the term \`${match.term}\` (${match.category}); add it to rules/words/allowed.json with the reason, or remove the spelling that reads so (rules/words/typos.json is generated by scripts/generate-typos.ts)`);
      break;
    }
  }
  return problems;
}

/** English words (the `word-list` package) that would read as words glued to a term ending them or inside them, beyond the known ones. */
function gluedLookalikes(): string[] {
  const problems: string[] = [];
  for (const word of readFileSync(wordListPath, 'utf8').split('\n')) {
    if (word.length < 8 || !/^[a-z]+$/.test(word) || GLUED_LOOKALIKES.has(word)) continue;
    const ended = endedByTerm(word, new Set()) ?? heldTerm(word, new Set());
    if (ended !== undefined) problems.push(`word-list: \`${word}\` reads as words glued to the term \`${ended.term.term}\`; add it to GLUED_LOOKALIKES (src/classifiers/incivility/glued-ends.ts)`);
  }
  return problems;
}

/**
 * The senses of rules/words/senses.json that cannot do their job: no sense or context, a word the
 * lexicons do not match as itself (its sense would allow nothing), a word in two senses, or a
 * context word that is itself a term (the sense would be read next to the abuse it should not pass).
 *
 * @example
 * senseProblems({ senses: [{ words: ['fag'], sense: 'a cigarette', context: [] }] }); // ['rules/words/senses.json: sense 0 (fag): `context` is empty; ...']
 */
export function senseProblems(data: { senses?: { words?: unknown; sense?: unknown; context?: unknown }[] } = JSON.parse(readFileSync(new URL('../rules/words/senses.json', import.meta.url), 'utf8')), lexicon: CompiledLexicon = compileLexicon(incivilityLexiconInput())): string[] {
  const file = 'rules/words/senses.json';
  if (!Array.isArray(data.senses)) return [`${file}: no \`senses\` array; write { "senses": [ { "words", "sense", "context" } ] }`];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  data.senses.forEach((entry, index) => {
    const words = Array.isArray(entry.words) ? entry.words.filter((word): word is string => typeof word === 'string') : [];
    const where = `${file}: sense ${index} (${words.join(', ')})`;
    if (words.length === 0) return problems.push(`${where}: \`words\` is empty; list the terms this sense reads`);
    if (typeof entry.sense !== 'string' || entry.sense.trim() === '') problems.push(`${where}: \`sense\` is missing; say what the words mean in it`);
    const context = Array.isArray(entry.context) ? entry.context.filter((word): word is string => typeof word === 'string') : [];
    if (context.length === 0) problems.push(`${where}: \`context\` is empty; list the words that stand near the everyday sense`);
    for (const word of words) {
      const before = seen.get(word);
      if (before !== undefined) problems.push(`${where}: \`${word}\` is in sense ${before} too; keep it in one`);
      else seen.set(word, index);
      if (!lexicon.match(word).some((match) => match.text === word)) problems.push(`${where}: the lexicons do not match \`${word}\` as itself, so its sense allows nothing; remove it`);
    }
    for (const word of context) if (lexicon.match(word).length > 0) problems.push(`${where}: context word \`${word}\` is itself a term; remove it`);
  });
  return problems;
}

/**
 * The entries of rules/words/foreign-words.json that cannot do their job: a language that is no ISO
 * 639-1 code, a missing word or meaning, a word twice in one language, or a word the lexicons do not
 * match as itself (its entry would excuse nothing).
 *
 * @example
 * foreignWordProblems({ languages: { de: [{ word: 'dick' }] } }); // ['rules/words/foreign-words.json: de entry 0 ("dick"): `meaning` is missing; ...']
 */
export function foreignWordProblems(data: { languages?: Record<string, { word?: unknown; meaning?: unknown }[]> } = JSON.parse(readFileSync(new URL('../rules/words/foreign-words.json', import.meta.url), 'utf8')), lexicon: CompiledLexicon = compileLexicon(incivilityLexiconInput())): string[] {
  const file = 'rules/words/foreign-words.json';
  if (data.languages === undefined || typeof data.languages !== 'object') return [`${file}: no \`languages\` object; write { "languages": { "de": [ { "word", "meaning" } ] } }`];
  const problems: string[] = [];
  for (const [language, entries] of Object.entries(data.languages)) {
    if (!/^[a-z]{2}$/.test(language)) problems.push(`${file}: \`${language}\` is no ISO 639-1 code (two small letters, as the detector names languages: "de", "sv")`);
    const seen = new Set<string>();
    (Array.isArray(entries) ? entries : []).forEach((entry, index) => {
      const where = `${file}: ${language} entry ${index} (${JSON.stringify(entry.word)})`;
      if (typeof entry.word !== 'string' || entry.word.trim() === '') return problems.push(`${where}: \`word\` is missing; add the word as the language writes it`);
      if (typeof entry.meaning !== 'string' || entry.meaning.trim() === '') problems.push(`${where}: \`meaning\` is missing; say what the word means in ${language}`);
      if (seen.has(entry.word)) problems.push(`${where}: twice in ${language}; keep one entry`);
      seen.add(entry.word);
      if (!lexicon.match(entry.word).some((match) => match.text === entry.word)) problems.push(`${where}: the lexicons do not match \`${entry.word}\` as itself, so the entry excuses nothing; remove it`);
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
