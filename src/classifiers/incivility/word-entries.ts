/**
 * The grammar's readings of a word its table lacks as written (words.ts's reader asks them): through
 * leet ("y0u"), stretched ("fiiiind"), masked ("h**t"), and a token of words written as one
 * ("ihopeyourfamilydies"). Each takes the grammar's word table.
 */
import typos from '../../../rules/words/typos.json';
import { LEET } from '../../text/leet.js';
import { MASKED_WORDS } from '../../lexicon/masked-words.js';
import { capitalIBesideSmall } from '../../lexicon/drawn-alike.js';
import { droppedPictographAfter, isSmallAscii, writtenSmall } from '../../text/source-looks.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { WordTable } from '../../text/word-table.js';
import { GLUED_LOOKALIKES } from './glued-ends.js';
import { fewestPieces, glueVocabulary, tables } from './glued-words.js';

/**
 * Per ASCII code, the letter a leet character of the table's words stands for (leet.ts's first
 * reading: "y0u", "th3m", "h1m"), 0 for none.
 */
const LEET_LETTER = new Uint8Array(128);
for (const character of '01345789@$!') LEET_LETTER[character.charCodeAt(0)] = (LEET[character] as string).charCodeAt(0);
export const LEET_CHARACTER = /[01345789@$!]/;

/**
 * `word` with each leet character read as its first letter ("sh1t" is "shit", "y0u" is "you"), for
 * the templates that read a word outside the grammar's table; a word with none comes back as it is.
 *
 * @example
 * leetRead('sh1t'); // 'shit'
 */
export function leetRead(word: string): string {
  if (!LEET_CHARACTER.test(word)) return word;
  let read = '';
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    read += code < 128 && LEET_LETTER[code] !== 0 ? String.fromCharCode(LEET_LETTER[code] as number) : word[index];
  }
  return read;
}

/**
 * `text` with its glued tokens read as letters, the same length, so offsets hold: each leet
 * character as its first letter ("d1ckmove" is "dickmove", "$hitbag" "shitbag"; a "!" only before a
 * letter, "idiot!" stays), and the masks of a token longer than the masked word, glued to another,
 * as that word where one of the words most often masked fits them at the token's start or end
 * ("f*ckingidiot" is "fuckingidiot", "stupidf*ck" "stupidfuck"). Not a user name ("@crappyfacts").
 * Normalization keeps leet and masks where they make no term as written, and a glued token is no
 * term. Text with neither comes back as it is.
 *
 * @example
 * leetReadTokens('total d1ckmove'); // 'total dickmove'
 */
export function leetReadTokens(text: string): string {
  let read = '';
  let copied = 0;
  // (Only the tokens that hold a leet character or a mask are looked at: most hold none.)
  HIDING_CHARACTER.lastIndex = 0;
  for (let hit = HIDING_CHARACTER.exec(text); hit !== null; hit = HIDING_CHARACTER.exec(text)) {
    const from = text.lastIndexOf(' ', hit.index) + 1;
    let to = text.indexOf(' ', hit.index);
    if (to < 0) to = text.length;
    HIDING_CHARACTER.lastIndex = to;
    let letters = 0;
    let hidden = 0;
    // (Not a user name: "@WetShoesClassic".)
    for (let index = text.charCodeAt(from) === 64 ? to : from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code >= 97 && code <= 122) letters++;
      else if ((code < 128 && LEET_LETTER[code] !== 0 && (code !== 33 || isSmallAscii(text.charCodeAt(index + 1)))) || code === 42) hidden++;
      else if (code !== 33) {
        letters = 0;
        break;
      }
    }
    // (Two letters or more: "4u" and "b4" are chat words, not glued ones.)
    const token = hidden > 0 && letters >= 2 ? lettersOf(text, from, to) : undefined;
    if (token !== undefined) {
      read += text.slice(copied, from) + token;
      copied = to;
    }
  }
  return copied === 0 ? text : read + text.slice(copied);
}

/** A leet character of the table's words or a mask (see leetReadTokens). */
const HIDING_CHARACTER = /[01345789@$!*]/g;

/** Token [from, to) of `text` with its leet read and its masks filled (see leetReadTokens), or undefined where a mask stays. */
function lettersOf(text: string, from: number, to: number): string | undefined {
  let token = '';
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    token += code < 128 && LEET_LETTER[code] !== 0 && (code !== 33 || isSmallAscii(text.charCodeAt(index + 1))) ? String.fromCharCode(LEET_LETTER[code] as number) : text[index];
  }
  if (!token.includes('*')) return token;
  const first = token.indexOf('*');
  const last = token.lastIndexOf('*');
  for (const word of MASKED_WORDS) {
    if (word.length >= token.length) continue;
    let filled: string | undefined;
    if (last < word.length && fitsMask(token, 0, word)) filled = word + token.slice(word.length);
    else if (first >= token.length - word.length && fitsMask(token, token.length - word.length, word)) filled = token.slice(0, -word.length) + word;
    // (Not where an everyday word fits the masks: "p*ssword" is "password", not "piss" + "word".)
    if (filled !== undefined) return everydayFits(token) ? undefined : filled;
  }
  return undefined;
}

/** The everyday words by length, for {@link everydayFits}. */
let everydayByLength: Map<number, string[]> | undefined;

/** Whether an everyday word fits masked `token` whole ("p*ssword", "m*nday"). */
function everydayFits(token: string): boolean {
  if (everydayByLength === undefined) {
    everydayByLength = new Map();
    for (const word of tables().common) {
      const list = everydayByLength.get(word.length);
      if (list === undefined) everydayByLength.set(word.length, [word]);
      else list.push(word);
    }
  }
  for (const word of everydayByLength.get(token.length) ?? []) if (masksHide(token, 0, word)) return true;
  return false;
}

/** Whether `text` from `from` is `word` with some of its letters masked ("*" or "#"), others maybe in leet ("d3c*pitate"). */
function masksHide(text: string, from: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(from + index);
    if (code !== 42 && code !== 35 && code !== word.charCodeAt(index) && !(code < 97 && LEET[text.charAt(from + index)]?.includes(word.charAt(index)) === true)) return false;
  }
  return true;
}

/**
 * Whether `word` fits `token` from `at`, a mask standing for any letter, with its first letter
 * shown and another ("f*ck", "sh*t"; not "*sshut", "f***").
 */
function fitsMask(token: string, at: number, word: string): boolean {
  if (token.charCodeAt(at) !== word.charCodeAt(0)) return false;
  let shown = 0;
  for (let index = 0; index < word.length; index++) {
    const code = token.charCodeAt(at + index);
    if (code === word.charCodeAt(index)) shown++;
    else if (code !== 42) return false;
  }
  return shown >= 2;
}

/** The comment's normalized text read through {@link leetReadTokens}, once per comment. */
export function leetReadText(analysis: TextAnalysis): string {
  return analysis.shared('leet-read-tokens', () => leetReadTokens(analysis.normalized.text));
}

/**
 * The `table` entry of normalized text [from, to) read with its leet characters as letters, for a
 * word of letters and leet characters ("y0u are an 1d10t": normalization keeps leet where it makes
 * no term), or -1. A word without a letter ("4", "2024") is a number, not "a".
 *
 * @example
 * leetWordEntry(WORDS, 'y0u', 0, 3); // the entry of "you"
 */
export function leetWordEntry(table: WordTable, text: string, from: number, to: number): number {
  // (Most words of a text with leet hold none: they are read once and left.)
  let leet = false;
  let letter = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) letter = true;
    else if (code < 128 && LEET_LETTER[code] !== 0) leet = true;
    else return -1;
  }
  if (!leet || !letter) return -1;
  const letters = leetRead(text.slice(from, to));
  // (Or a slip of one read through leet: "murd4" is "murda", "str04k" "stroak".)
  const entry = table.find(letters, 0, letters.length);
  return entry >= 0 ? entry : Math.max(-1, slipOf(table, letters));
}

/**
 * The `table` entry of normalized text [from, to) (source spans `starts`) read with each capital I
 * that the lexicon reads as an l (lexicon/drawn-alike.ts's capitalIBesideSmall: "I'll sIit your
 * throat", "kiII"; not "DoIt") read so, for a word of three letters or more; or -1.
 *
 * @example
 * capitalIWordEntry(WORDS, 'siit', 'sIit', [0, 1, 2, 3], 0, 4); // the entry of "slit"
 */
export function capitalIWordEntry(table: WordTable, text: string, source: string, starts: ArrayLike<number>, from: number, to: number): number {
  if (to - from < 3) return -1;
  let read: string | undefined;
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) !== 105) continue;
    const at = starts[index] as number;
    if (!capitalIBesideSmall(source, at, at + 1)) continue;
    read ??= text.slice(from, to);
    read = `${read.slice(0, index - from)}l${read.slice(index - from + 1)}`;
  }
  return read === undefined ? -1 : table.find(read, 0, read.length);
}

/** The letter "v" written for a "u" ("fvck"): text/leet.ts LETTER_SWAPS. */
const V = 118;
const U = 117;

/**
 * The `table` entry of normalized text [from, to) read with its "v"s as "u"s and its leet characters
 * as letters, for a word of three letters or more that holds a "v" ("rvn him 0v3r", "bvrn5"), or -1.
 * Only a word of the table: not a slip of one.
 *
 * @example
 * swappedWordEntry(WORDS, 'rvn', 0, 3); // the entry of "run"
 */
export function swappedWordEntry(table: WordTable, text: string, from: number, to: number): number {
  // (Most words hold no "v": told before any string is made.)
  if (to - from < 3) return -1;
  const v = text.indexOf('v', from);
  if (v < 0 || v >= to) return -1;
  let letters = '';
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== V && !(code >= 97 && code <= 122) && !(code < 128 && LEET_LETTER[code] !== 0)) return -1;
    letters += String.fromCharCode(code === V ? U : code < 128 && LEET_LETTER[code] !== 0 ? (LEET_LETTER[code] as number) : code);
  }
  return table.find(letters, 0, letters.length);
}

/**
 * The entry of a word written stretched, or -1: normalization cut its runs to two letters
 * ("fiiiiind" is "fiind", "ffiinndd" keeps every letter doubled), and the grammar reads it with the
 * doubles that were stretched, or all of them where the word starts with one, read as one letter
 * ("find"; "sshhoott" is "shoot" with a doubled o or e kept, as English doubles them).
 */
export function stretchedWordEntry(table: WordTable, text: string, starts: Int32Array, ends: Int32Array, from: number, to: number): number {
  // (Most words hold no doubled letter: told at one look per letter.)
  let doubled = false;
  for (let index = from + 1; index < to; index++) {
    if (text.charCodeAt(index) === text.charCodeAt(index - 1)) {
      doubled = true;
      break;
    }
  }
  if (!doubled) return -1;
  const everyLetter = text.charCodeAt(from) === text.charCodeAt(from + 1);
  let all = '';
  let keepingVowels = '';
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 97 || code > 122) return -1;
    const again = index > from && code === text.charCodeAt(index - 1);
    const stretched = again && (everyLetter || (ends[index] as number) - (starts[index] as number) > 1 || (ends[index - 1] as number) - (starts[index - 1] as number) > 1);
    if (!stretched) all += String.fromCharCode(code);
    if (!stretched || code === 101 || code === 111) keepingVowels += String.fromCharCode(code);
  }
  const entry = table.find(all, 0, all.length);
  if (entry >= 0) return entry;
  const kept = keepingVowels === all ? -1 : table.find(keepingVowels, 0, keepingVowels.length);
  // (Or a slip of one, stretched: "chooookez" is "chokez".)
  return kept >= 0 ? kept : Math.max(-1, slipOf(table, all));
}

/** A word with a mask among its letters ("f*nd", "h**t", "k#ll"), and maybe leet digits ("d3c*pitate"). */
export const MASKED = /^[a-z][a-z0-9*#]*[*#][a-z0-9*#]*$/;
/** Per table, the entries of its words of the sets by their length. */
const maskable = new WeakMap<WordTable, Map<number, number[]>>();

/**
 * The `table` entry of a masked word [from, to) of `text` ("f*nd", "h**t": its first letter kept, a
 * mask for each hidden letter), where the grammar's words of its length it may hide all carry the
 * same sets ("h**t" is hurt or hunt, both harm verbs; "l*ve" may be live or love: none), or it may
 * hide only one word of no set, a template's own ("r#of", "p*lls"); else -1.
 *
 * @example
 * maskedWordEntry(WORDS, "ill f*nd where", 4, 8); // the entry of "find"
 */
export function maskedWordEntry(table: WordTable, text: string, from: number, to: number): number {
  let byLength = maskable.get(table);
  if (byLength === undefined) {
    byLength = new Map();
    // (`words()` is in entry order: a word's place is its entry.)
    table.words().forEach((word, entry) => {
      if (!/^[a-z]+$/.test(word)) return;
      const list = byLength!.get(word.length) ?? [];
      list.push(entry);
      byLength!.set(word.length, list);
    });
    maskable.set(table, byLength);
  }
  let found = -1;
  let letters = 0;
  for (let index = from; index < to; index++) if (text.charCodeAt(index) !== 42 && text.charCodeAt(index) !== 35) letters++;
  // (At least two letters shown: "f**" could be anything.)
  if (letters < 2) return -1;
  for (const entry of byLength.get(to - from) ?? []) {
    if (!masksHide(text, from, table.word(entry))) continue;
    // (Two words of no set, the templates' own words, are told apart by the word: "r**f" is roof only if no other.)
    if (found >= 0 && (table.bits(found) !== table.bits(entry) || table.bits(entry) === 0)) return -1;
    if (found < 0) found = entry;
  }
  return found;
}

/**
 * The `table` entry of word [from, to) of normalized `text` with a pictograph dropped inside it
 * ("f😂nd", "l😂ve": the span of the letter before covers it, `starts` / `ends` in `source`), read as
 * a mask where it stands (see maskedWordEntry); else -1.
 *
 * @example
 * hiddenLetterEntry(WORDS, 'fnd', "f😂nd", starts, ends, 0, 3); // the entry of "find"
 */
export function hiddenLetterEntry(table: WordTable, text: string, source: string, starts: Int32Array, ends: Int32Array, from: number, to: number): number {
  // (Most words span as many source units as they have characters: told at one look.)
  if ((ends[to - 1] as number) - (starts[from] as number) === to - from) return -1;
  let pattern = '';
  let hidden = false;
  for (let index = from; index < to; index++) {
    pattern += text[index];
    if (index + 1 < to && droppedPictographAfter(source, starts[index] as number, ends[index] as number)) {
      pattern += '*';
      hidden = true;
    }
  }
  return hidden ? maskedWordEntry(table, pattern, 0, pattern.length) : -1;
}

/** The shortest and longest token read as words written as one. */
export const GLUED_SHORTEST = 12;
export const GLUED_LONGEST = 40;
/** The most words a token written as one is read as (bounded work). */
const GLUED_MOST = 12;
const glueVocabularies = new WeakMap<WordTable, Set<string>>();

/**
 * Where the words of token [from, to) of `text` start, and its end, where it is words written as
 * one: letters only, no word of the vocabulary itself, three words or more of it (everyday words,
 * the grammar's words, terms, the lexicons' phrases' words, contractions without their apostrophe;
 * a letter alone only "a", or "i" first: "confront|at|i|on" is no reading), fewest first, one of
 * them a word of the grammar's sets;
 * else undefined. (A word of the grammar's sets alone, "back" in "throwbackthursday", makes no
 * difference to read.)
 */
export function gluedWordBounds(table: WordTable, text: string, from: number, to: number): number[] | undefined {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 97 || code > 122) return undefined;
  }
  let vocabulary = glueVocabularies.get(table);
  if (vocabulary === undefined) {
    vocabulary = new Set(glueVocabulary(table.words()));
    glueVocabularies.set(table, vocabulary);
  }
  const word = text.slice(from, to);
  if (vocabulary.has(word) || GLUED_LOOKALIKES.has(word)) return undefined;
  const pieces = vocabulary;
  const bounds = fewestPieces(word, (start, end) => (end - start > 1 ? pieces.has(word.slice(start, end)) : word.charCodeAt(start) === 97 || (start === 0 && word.charCodeAt(start) === 105)), GLUED_MOST);
  if (bounds === undefined || bounds.length < 4) return undefined;
  for (let piece = 0; piece + 1 < bounds.length; piece++) {
    const entry = table.find(word, bounds[piece] as number, bounds[piece + 1] as number);
    if (entry >= 0 && table.bits(entry) !== 0) return bounds;
  }
  return undefined;
}

/** The grammar words that have slips (rules/words/typos.json `grammarSlips`, generated). */
const SLIPPED_WORDS = [...Object.keys(typos.grammarSlips), ...Object.keys(typos.weakSlips)];
const STRONG_SLIPS = Object.keys(typos.grammarSlips).length;
/**
 * Each slip of a grammar word, looked up straight from the text (no word cut out: most unknown
 * words are no slip), carrying its word's index in SLIPPED_WORDS: the slips of `grammarSlips`
 * first, then the weak ones (`weakSlips`, English words: "dye", "nek"), at STRONG_SLIPS and after.
 */
const GRAMMAR_SLIPS = new WordTable(new Map([...Object.values(typos.grammarSlips), ...Object.values(typos.weakSlips)].flatMap((slips, word) => slips.map((slip) => [slip, word] as const))));

/**
 * What slipEntry returns for a weak slip when weak slips are not read: WEAK_SLIP - entry, the
 * entry of its grammar word told back by weakSlipEntry.
 */
export const WEAK_SLIP = -2;

/** The grammar word's entry that slipEntry's weak return value `read` (WEAK_SLIP or less) stands for. */
export function weakSlipEntry(read: number): number {
  return WEAK_SLIP - read;
}

/**
 * The entry in `table` of the grammar word that [from, to) of `text` is a slip of, or -1; for a weak
 * slip (an English word, "dye"), WEAK_SLIP - its entry. Called for a word read out of a disguise
 * already (leet, stretched letters: no small-letter check, a word so disguised is no name; weak slips
 * not read there), and by slipEntry after its checks.
 */
function slipOf(table: WordTable, text: string, from = 0, to = text.length): number {
  const slip = GRAMMAR_SLIPS.find(text, from, to);
  if (slip < 0) return -1;
  const index = GRAMMAR_SLIPS.bits(slip);
  const word = SLIPPED_WORDS[index] as string;
  const entry = table.find(word, 0, word.length);
  if (index < STRONG_SLIPS || entry < 0) return entry;
  return WEAK_SLIP - entry;
}

/** The shortest slip: words of three or four letters have sound spellings ("ded", "kik"). */
export const SLIP_SHORTEST = 3;

/**
 * The entry of a grammar word written with one letter slipped ("mslims", "muslimms", "viloent",
 * "immigrunts"), or -1 (WEAK_SLIP - the entry for a weak slip, "dye": the caller reads it or not):
 * read only where the word is written in small letters and not in a handle, as the lexicon's slips
 * are (a capital makes it a name), and stands alone, not joined by a dash or an underscore to other
 * pieces.
 *
 * @example
 * slipEntry(WORDS, 'all mslims', 'all mslims', starts, ends, 4, 10); // the entry of "muslims"
 */
export function slipEntry(table: WordTable, text: string, source: string, starts: Int32Array, ends: Int32Array, from: number, to: number): number {
  // (Most unknown words are no slip: that look-up first.)
  const entry = slipOf(table, text, from, to);
  if (entry === -1) return -1;
  const start = starts[from] as number;
  const end = ends[to - 1] as number;
  // (A word of its own: not a piece of a word joined by dashes or underscores, "congratu-fuckin-lations".)
  const before = source.charCodeAt(start - 1);
  const after = source.charCodeAt(end);
  return before === 45 || before === 95 || after === 45 || after === 95 || !writtenSmall(source, start, end) ? -1 : entry;
}
