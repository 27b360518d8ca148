/**
 * Lexicon matching: terms compiled once, matched over normalized text, evidence in source offsets.
 */
import { isApostrophe, normalizedString, normalizeToScratch, type NormalizedText, type NormalizeOptions } from '../text/normalize.js';
import { HIDING } from '../text/leet.js';
import { compileTrie, type LexiconInput, type Trie } from './compile.js';
import { walkTrie } from './match.js';
import { afterTitle, partOfBrand, partOfName, partOfPlace } from './names.js';
import { PHRASE_ONLY_PICTOGRAPHS } from '../text/confusables.js';
import type { RawMatch } from './readings.js';
import { resolveMatches } from './resolve.js';
import { canScan, scanSource } from './scan.js';

export type { LexiconCategory, LexiconEntry, LexiconInput } from './compile.js';
export { normalizeTerm } from './compile.js';

/** One match, with offsets into the source text given to `match`. */
export interface LexiconMatch {
  id: string;
  term: string;
  category: string;
  severity: number;
  /** UTF-16 offsets into the source; `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** A span of a source text. */
export interface Span {
  start: number;
  end: number;
}

/** A compiled lexicon. */
export interface CompiledLexicon {
  /**
   * Normalizes `source` and matches it. With `allowed`, the source spans of the allow-list entries
   * the text holds are added to it.
   */
  match(source: string, allowed?: Span[]): LexiconMatch[];
  /**
   * Matches a text normalized once for several lexicons (with this lexicon's normalize options).
   * With `allowed`, the source spans of the allow-list entries the text holds are added to it.
   */
  matchNormalized(source: string, normalized: NormalizedText, allowed?: Span[]): LexiconMatch[];
  /** Number of compiled entries (allow phrases included). */
  readonly size: number;
  readonly normalizeOptions: NormalizeOptions;
}

/**
 * Endings after an apostrophe that make a term of a word: `'s` ("Niger's") and `'re` ("who're").
 * The others make none (`'t`: "cant", `'ll`: "hell" and "shell" are no terms, nor `'d`, `'m`, `'ve`
 * words), and an apostrophe before a term's last letters is a disguise there ("shi't", "retar'd").
 */
const CONTRACTIONS = ['s', 're'];

/**
 * Whether the match of `key` over `source` [start, end) reads a contraction or a possessive as the
 * end of its term: "Niger's" is Niger's, not the slur "nigers", and "who're" is not "whore"
 * (normalization drops apostrophes inside words). A term that does not end so takes a possessive
 * `s` as a plural ending and stays ("idiot's", "fck's sake"), and so does one whose s comes before
 * the apostrophe ("ass's"), unless it is a spelling matched only as written (`asWritten`).
 *
 * @example
 * possessiveMisread('nigers', "Niger's", 0, 7); // true
 */
export function possessiveMisread(key: string, source: string, start: number, end: number, asWritten = false): boolean {
  // Most matches end in neither: an apostrophe two or three characters from the end is rare.
  if (!isApostrophe(source.charCodeAt(end - 2)) && !isApostrophe(source.charCodeAt(end - 3))) return false;
  for (const ending of CONTRACTIONS) {
    const apostrophe = end - ending.length - 1;
    if (apostrophe <= start || !isApostrophe(source.charCodeAt(apostrophe)) || source.slice(apostrophe + 1, end).toLowerCase() !== ending) continue;
    // An s before the apostrophe ends a term ("ass's"), but not a spelling matched only as written
    // (a misspelling, a split word): "Dumas's" is not the misspelling "dumass" of dumbass.
    if (ending === 's' && (source[apostrophe - 1] as string).toLowerCase() === 's') return asWritten;
    return key.endsWith(ending);
  }
  return false;
}

/**
 * A capital, then digits: three or more, or two or more ending the word (N169A, N1664, A55, M25),
 * after digits or none (a train's headcode, 1A55); or hours and minutes (5h17).
 */
const CODE = /^\d*[A-Z](?:\d{3,}[A-Z\d]*|\d{2,})$|^\d{1,2}h\d{2}$/;

/**
 * Whether source [start, end) is a code (a registration, a part number, a road), which disguised
 * readings leave alone: "N169A" is no leet slur, "the A55" and "1A55" no "ass". Leet in capitals keeps its
 * letters among the digits ("N1GG4", "SH1T", "1D10T").
 *
 * @example
 * codeLike('registration N169A', 13, 18); // true
 */
export function codeLike(source: string, start: number, end: number): boolean {
  return end - start <= 12 && CODE.test(source.slice(start, end));
}

/**
 * Whether the capitals at source [start, end) open a part or order number, a dash and digits after
 * them ("ASS-14 stainless bolts", "the DIK-4 rail kit", "Order #CUM-88213"): a code written as
 * itself, which no reader takes for the word.
 *
 * @example
 * partNumber('the ASS-14 bolts', 4, 7); // true
 */
export function partNumber(source: string, start: number, end: number): boolean {
  if (!/^[A-Z]{2,}$/.test(source.slice(start, end)) || (start > 0 && /[A-Za-z0-9]/.test(source.charAt(start - 1)))) return false;
  return /^-\d/.test(source.slice(end, end + 2));
}

/** An owner or a word of admiring a body right before a pictograph: "my 🍆", "your 🍑", "nice 🍑". */
const PART_OWNER = /(?:^|[^\p{L}])(?:my|your|ur|her|his|nice|that|naked|tight|juicy|fat)\s+$/iu;
/** What may follow a part of the body: the clause's end or a word that no noun's modifier is ("in her mouth", "properly", "all night"). */
const AFTER_PART = /^\ufe0f?[\p{Emoji_Modifier}]?(?:\s*(?:$|[.,!?;:)…])|\s+(?:in|on|into|onto|all|properly|instead|anytime|tonight|and|or|with|for|lol|off|out|please|pls|rn|now|again|every|too|so|up|over|any|then|is|looks|look|than)\b)/iu;

/**
 * Whether the pictograph at source [start, end) is a part of someone's body: after an owner or "nice"
 * and before the clause's end or a word that goes on the clause ("riding my 🍆 instead", "Nice 🍑",
 * "clean my 🍆 properly"); not before a noun it modifies ("my 🍆 plants", "your 🍑 cobbler").
 *
 * @example
 * ownedPart('Nice 🍑, wanna ride?', 5, 7); // true
 */
export function ownedPart(source: string, start: number, end: number): boolean {
  return PART_OWNER.test(source.slice(Math.max(0, start - 12), start)) && AFTER_PART.test(source.slice(end, end + 16));
}

const MARKS_AND_JOINS = /[\p{M}\s'’",.;:!?-]/gu;
/** Emphasis and brackets at a word's edge between words ("a blue *tit*", "**ho** ho ho"): punctuation, as a comma is; inside a word they may be masks. */
const EMPHASIS_BETWEEN = /[*_~()[\]]+(?=\s)|(?<=\s)[*_~()[\]]+/g;
const EMPHASIS_UNITS = /[*_~()[\]]/;

/**
 * Whether source [start, end) writes `key` (an allow-list entry's normalized words) as its words,
 * a plural or possessive ending aside: its letters are the key's (case, accents, white space,
 * apostrophes, hyphens and punctuation between words aside, emphasis marks and brackets at a word's
 * edge between words too), no digit or symbol, no letter
 * stretched. A span disguised so is not the word the entry allows: "$hiite", "shiiiite" are no Shiite.
 *
 * @example
 * writtenPlainly('shiite', 'the Shiites', 4, 11); // true
 * writtenPlainly('shiite', 'as $hiiiite', 3, 11); // false
 */
export function writtenPlainly(key: string, source: string, start: number, end: number): boolean {
  const span = source.slice(start, end);
  const letters = (EMPHASIS_UNITS.test(span) ? span.replace(EMPHASIS_BETWEEN, '') : span).normalize('NFD').replace(MARKS_AND_JOINS, '').toLowerCase();
  const words = key.replaceAll(' ', '');
  return letters === words || letters === `${words}s` || letters === `${words}es`;
}

/** The characters that may hide letters (leet.ts), by code unit. */
const MASK_UNITS = new Set(Array.from(HIDING, (character) => character.charCodeAt(0)));

/**
 * Whether a disguised match at source [start, end) ends inside a run of masks, the run going on
 * after it: "f**" of "f*****" is no word ("fag"), the six characters are.
 *
 * @example
 * endsInsideMasks('I f***** up', 2, 5); // true
 */
export function endsInsideMasks(source: string, start: number, end: number): boolean {
  const last = source.charCodeAt(end - 1);
  return end - start > 1 && MASK_UNITS.has(last) && source.charCodeAt(end) === last;
}

/** Where a raw match starts in the source (`starts` maps normalized offsets; none for the fused scan's source offsets). */
function sourceStart(raw: RawMatch, starts: ArrayLike<number> | undefined): number {
  return starts === undefined ? raw.start : (starts[raw.start] as number);
}

/** Where a raw match ends in the source (`ends` maps normalized offsets; none for source offsets). */
function sourceEnd(raw: RawMatch, ends: ArrayLike<number> | undefined): number {
  return ends === undefined ? raw.end : (ends[raw.end - 1] as number);
}

/**
 * The raw matches less those that read a possessive or a contraction as their term's end, before
 * resolving, so that "nigger's" keeps "nigger" + s where "niggers" is dropped, and with allow-list
 * entries not written as their words weakened. The same array when none is changed (most texts).
 */
function misreadsDropped(trie: Trie, source: string, raws: RawMatch[], starts: ArrayLike<number> | undefined, ends: ArrayLike<number> | undefined): RawMatch[] {
  let kept: RawMatch[] | undefined;
  for (let index = 0; index < raws.length; index++) {
    let raw = raws[index]!;
    const entry = trie.entries[raw.entry]!;
    const start = sourceStart(raw, starts);
    const end = sourceEnd(raw, ends);
    const misread = possessiveMisread(entry.key, source, start, end, entry.asWritten);
    // An allow-list entry not written as its words reads one weak step weaker, so it cancels only a
    // deny reading weaker still: "$hiiiite" and "shiiiite" are "shite", not Shiite, and "p@ss" is
    // "piss" through its mask, not the allow-listed "plss" through the same mask.
    // (A phrase's other words say which it is: "Cooooock-a-doodle-dooooo" is the crow, stretched.)
    const weakened = !misread && entry.allow && !entry.key.includes(' ') && !writtenPlainly(entry.key, source, start, end);
    if (weakened) raw = { ...raw, literal: false, weak: raw.literal ? 1 : raw.weak + 1 };
    if ((misread || weakened) && kept === undefined) kept = raws.slice(0, index);
    if (!misread && kept !== undefined) kept.push(raw);
  }
  return kept ?? raws;
}

/**
 * Compiles entries and allow-list phrases into one matcher.
 *
 * @example
 * const lexicon = compileLexicon({ entries: [{ term: 'moron', category: 'insult', severity: 3 }] });
 * lexicon.match('you m0r0n!!'); // [{ id: 'insult:moron', term: 'moron', start: 4, end: 9, text: 'm0r0n', ... }]
 */
export function compileLexicon(input: LexiconInput, options: { normalize?: NormalizeOptions } = {}): CompiledLexicon {
  const normalizeOptions = options.normalize ?? {};
  const trie = compileTrie(input, normalizeOptions);
  // The resolved matches in source offsets (`starts` / `ends` map normalized offsets to them), less
  // those that read a possessive or a contraction as a term's last letters and names' parts.
  const toMatches = (source: string, raws: RawMatch[], starts: ArrayLike<number> | undefined, ends: ArrayLike<number> | undefined): LexiconMatch[] => {
    const resolved = resolveMatches(trie, misreadsDropped(trie, source, raws, starts, ends));
    const matches: LexiconMatch[] = [];
    for (const raw of resolved) {
      const entry = trie.entries[raw.entry]!;
      const start = sourceStart(raw, starts);
      const end = sourceEnd(raw, ends);
      if (entry.name && partOfName(source, start, end)) continue;
      // (A vulgar or sexual word written as a surname after a title: "Mrs. Fuk Yee Wong", "Dr. Cox";
      // not an insult made a mock title, "Listen, Mr. Asshole".)
      if ((entry.category === 'profanity' || entry.category === 'sexual') && afterTitle(source, start, end)) continue;
      // (A place's name in Title Case, "Booty Lane", "Residents of Bell End": not of slurs or threats,
      // nor a one-word insult, which people capitalize to stress it, "talking to Idiots".)
      if ((entry.category === 'profanity' || entry.category === 'sexual' || (entry.category === 'insult' && entry.term.includes(' '))) && partOfPlace(source, start, end)) continue;
      // (A brand's name before a drink's word, "Fat Bastard chardonnay": of an insult too.)
      if ((entry.category === 'profanity' || entry.category === 'sexual' || entry.category === 'insult') && partOfBrand(source, start, end)) continue;
      if (!raw.literal && (codeLike(source, start, end) || endsInsideMasks(source, start, end))) continue;
      if (partNumber(source, start, end)) continue;
      // (A pictograph read as its word only inside a phrase: "🍆 parmigiana" holds no term.)
      // (Or as a part of someone's body: "riding my 🍆", "Nice 🍑", "clean my 🍆 properly"; not "my 🍆
      // plants", "a 🍑 cobbler".)
      if (end - start <= 3 && !entry.key.includes(' ') && PHRASE_ONLY_PICTOGRAPHS.test(source.slice(start, end)) && !ownedPart(source, start, end)) continue;
      matches.push({ id: entry.id, term: entry.term, category: entry.category, severity: entry.severity, start, end, text: source.slice(start, end) });
    }
    return matches;
  };
  // Two passes: normalize, then walk the normalized text; `starts` / `ends` give each normalized
  // character's source span.
  const matchText = (source: string, text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, allowed?: Span[]): LexiconMatch[] => {
    const raw = walkTrie(trie, text, undefined, starts, ends, source);
    if (allowed !== undefined) for (const match of raw) if (trie.entries[match.entry]!.allow) allowed.push({ start: sourceStart(match, starts), end: sourceEnd(match, ends) });
    return raw.length === 0 ? [] : toMatches(source, raw, starts, ends);
  };
  const matchNormalized = (source: string, normalized: NormalizedText, allowed?: Span[]): LexiconMatch[] => matchText(source, normalized.text, normalized.start, normalized.end, allowed);
  const scannable = canScan(trie);
  const match = (source: string, allowed?: Span[]): LexiconMatch[] => {
    // The fused scan where it can (most texts): no normalized copy, no offset map.
    const scanned = scannable ? scanSource(trie, source) : undefined;
    if (scanned !== undefined) {
      if (allowed !== undefined) for (const raw of scanned) if (trie.entries[raw.entry]!.allow) allowed.push({ start: raw.start, end: raw.end });
      return scanned.length === 0 ? [] : toMatches(source, scanned, undefined, undefined);
    }
    const out = normalizeToScratch(source, normalizeOptions);
    return matchText(source, normalizedString(out), out.starts, out.ends, allowed);
  };
  return {
    match,
    matchNormalized,
    size: trie.size,
    normalizeOptions,
  };
}

/**
 * Of overlapping matches keeps the longest: drops every match that a longer match of the same group
 * contains ("nobody asked you" over "nobody"). Matches with the same span all stay. Input order is
 * kept; the cost is O(m log m), so a comment with thousands of matches stays cheap.
 *
 * @example
 * keepLongest(lexicon.match('check out my channel'), (match) => match.category);
 */
export function keepLongest<T extends { start: number; end: number }>(matches: readonly T[], group: (match: T) => string = () => ''): T[] {
  if (matches.length < 2) return [...matches];
  const dropped = new Set<T>();
  const byGroup = new Map<string, T[]>();
  for (const match of matches) {
    const key = group(match);
    const list = byGroup.get(key);
    if (list === undefined) byGroup.set(key, [match]);
    else list.push(match);
  }
  for (const list of byGroup.values()) {
    // By start, longest first: whatever contains a match comes before it.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reachBefore = -1; // the farthest end of the matches starting before the current start
    let groupStart = -1;
    let groupEnd = -1; // the end of the longest match at the current start
    for (const match of list) {
      if (match.start !== groupStart) {
        reachBefore = Math.max(reachBefore, groupEnd);
        groupStart = match.start;
        groupEnd = match.end;
      }
      if (reachBefore >= match.end || groupEnd > match.end) dropped.add(match);
    }
  }
  return matches.filter((match) => !dropped.has(match));
}

export { BUILTIN_LEXICONS, builtinLexiconEntries } from './builtin.js';
