/**
 * The text analysis every classifier shares: computed once per comment, the costly parts lazily.
 */
import type { Comment } from '../comment.js';
import type { Evidence } from '../decision.js';
import { displayForm } from './display.js';
import { htmlToText, type HtmlLink } from './html.js';
import { normalize, type NormalizedText } from './normalize.js';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const NOT_BLANK = /\S/;

// Classes of one UTF-16 code unit, filled in as units are first seen (a regular expression per
// non-ASCII character cost more than the rest of the count): a letter or number, a letter, a capital.
const KNOWN = 1;
const WORD_UNIT = 2;
const LETTER_UNIT = 4;
const UPPER_UNIT = 8;
const unitClasses = new Uint8Array(0x10000);
const astralWords = new Map<number, boolean>();

function classesOf(code: number): number {
  let classes = unitClasses[code] as number;
  if (classes === 0) {
    const character = String.fromCharCode(code);
    classes = KNOWN | (LETTER_OR_NUMBER.test(character) ? WORD_UNIT : 0) | (LETTER.test(character) ? LETTER_UNIT : 0) | (UPPER.test(character) ? UPPER_UNIT : 0);
    unitClasses[code] = classes;
  }
  return classes;
}

/** Whether the code point at `index` is a letter or a number (any script). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
    const codePoint = text.codePointAt(index) as number;
    let word = astralWords.get(codePoint);
    if (word === undefined) {
      word = LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
      astralWords.set(codePoint, word);
    }
    return word;
  }
  return (classesOf(code) & WORD_UNIT) !== 0;
}

/**
 * Facts about one comment's text. `text` is what classifiers read: the body, or for HTML bodies the
 * visible text with entities decoded, cut at `limits.maxBodyLength`, as a reader sees it (right-to-left
 * overrides applied, upside-down text turned: see display.ts). Offsets that classifiers report are
 * offsets into `text`; {@link TextAnalysis.evidence} maps them back to the original body.
 *
 * @example
 * const analysis = new TextAnalysis({ body: '<b>Hi</b> there', format: 'html' }, 20_000);
 * analysis.text; // 'Hi there'
 * analysis.evidence(0, 2); // { start: 3, end: 5, text: 'Hi' }
 */
export class TextAnalysis {
  readonly body: string;
  readonly text: string;
  /** True when the body was longer than the analysis limit and only its start was analysed. */
  readonly truncated: boolean;
  /** The analysis limit in UTF-16 code units (`limits.maxBodyLength`). */
  readonly limit: number;
  /** Links from `href` attributes of an HTML body (with body offsets of the attribute value). */
  readonly htmlLinks: readonly HtmlLink[];
  private readonly starts: Int32Array | undefined;
  private readonly ends: Int32Array | undefined;
  /** Whether `starts` / `ends` may go backwards (text displayed in another order than stored). */
  private readonly reordered: boolean = false;
  private readonly memo = new Map<string, unknown>();
  private wordCount = -1; // -1 until counted
  private capitals = 0; // the caps ratio, counted with the words

  constructor(comment: Pick<Comment, 'body' | 'format'>, maxBodyLength: number) {
    this.body = comment.body;
    this.limit = maxBodyLength;
    let text = comment.body;
    if (comment.format === 'html' && (text.includes('<') || text.includes('&'))) {
      const html = htmlToText(text);
      text = html.text;
      this.starts = html.start;
      this.ends = html.end;
      this.htmlLinks = html.links;
    } else {
      this.htmlLinks = [];
    }
    this.truncated = text.length > maxBodyLength;
    if (this.truncated) {
      // Never cut a surrogate pair in half: evidence must stay well-formed.
      const cut = isHighSurrogate(text.charCodeAt(maxBodyLength - 1)) ? maxBodyLength - 1 : maxBodyLength;
      text = text.slice(0, cut);
    }
    const display = displayForm(text);
    if (display !== undefined) {
      // Through the HTML map where there is one: display → visible text → body.
      const { starts, ends } = this;
      this.starts = starts === undefined ? display.starts : display.starts.map((at) => starts[at] as number);
      this.ends = ends === undefined ? display.ends : display.ends.map((at) => ends[at - 1] as number);
      this.reordered = true;
      text = display.text;
    }
    this.text = text;
  }

  /**
   * Evidence for the text span [start, end), with offsets into the original body.
   *
   * @example
   * analysis.evidence(0, 5, { term: 'idiot', category: 'insult' });
   */
  evidence(start: number, end: number, extra?: Pick<Evidence, 'term' | 'category'>): Evidence {
    const [bodyStart, bodyEnd] = this.toBody(start, end);
    const evidence: Evidence = { start: bodyStart, end: bodyEnd, text: this.body.slice(bodyStart, bodyEnd) };
    if (extra?.term !== undefined) evidence.term = extra.term;
    if (extra?.category !== undefined) evidence.category = extra.category;
    return evidence;
  }

  /**
   * Maps a span of `text` to the span of the original body it came from.
   *
   * @example
   * const [start, end] = analysis.toBody(0, 2);
   */
  toBody(start: number, end: number): [number, number] {
    const length = this.text.length;
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (this.starts === undefined || this.ends === undefined) return [from, to];
    if (from === to) {
      const at = from < length ? (this.starts[from] as number) : length === 0 ? 0 : (this.ends[length - 1] as number);
      return [at, at];
    }
    if (!this.reordered) return [this.starts[from] as number, this.ends[to - 1] as number];
    // Reversed stretches: the span covers every source character of the range.
    let first = this.starts[from] as number;
    let last = this.ends[from] as number;
    for (let at = from + 1; at < to; at++) {
      first = Math.min(first, this.starts[at] as number);
      last = Math.max(last, this.ends[at] as number);
    }
    return [first, last];
  }

  /**
   * The text normalized once per comment (see normalize.ts), shared by every lexicon and rule list.
   *
   * @example
   * analysis.normalized.text; // 'you are a m0r0n'
   */
  get normalized(): NormalizedText {
    this.normalizedText ??= normalize(this.text);
    return this.normalizedText;
  }
  private normalizedText: NormalizedText | undefined;

  /** Number of words (letter or digit runs, apostrophes inside words kept). */
  get words(): number {
    if (this.wordCount < 0) this.count();
    return this.wordCount;
  }

  /** Number of characters (Unicode code points, so an emoji counts once). */
  get characters(): number {
    let count = 0;
    for (let index = 0; index < this.text.length; index++) {
      if (!isHighSurrogate(this.text.charCodeAt(index)) || !isLowSurrogate(this.text.charCodeAt(index + 1))) count++;
    }
    return count;
  }

  /** Number of lines: newlines plus one, ignoring white space at both ends; 0 for a blank text. */
  get lines(): number {
    const text = this.text.trim();
    if (text.length === 0) return 0;
    let count = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
    return count;
  }

  /** Share of letters that are capitals, in [0, 1] (0 when there are no letters). */
  get capsRatio(): number {
    if (this.wordCount < 0) this.count();
    return this.capitals;
  }

  /**
   * Counts words and capitals in one pass over the text. Words are runs of letters and numbers (any
   * script), an apostrophe (' or ’) between two of them keeping the word whole ("it's" is one word).
   * Letters and capitals are counted per UTF-16 unit, so letters outside the Basic Multilingual
   * Plane (mathematical alphanumerics) count in words but not in the caps ratio.
   */
  private count(): void {
    const text = this.text;
    let words = 0;
    let inWord = false;
    let letters = 0;
    let capitals = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // One table look-up per code unit (filled in as units are first seen).
      let classes = unitClasses[code] as number;
      if (classes === 0) classes = classesOf(code);
      letters += (classes >> 2) & 1; // LETTER_UNIT
      capitals += (classes >> 3) & 1; // UPPER_UNIT
      let word: boolean;
      if (code < 0xd800 || code > 0xdfff) {
        word = (classes & WORD_UNIT) !== 0;
      } else {
        // The second half of a surrogate pair was read with the first.
        if (isLowSurrogate(code) && index > 0 && isHighSurrogate(text.charCodeAt(index - 1))) continue;
        word = isWordCharacter(text, index);
      }
      if (word) {
        if (!inWord) words++;
        inWord = true;
      } else {
        inWord = inWord && (code === 39 || code === 0x2019) && index + 1 < text.length && isWordCharacter(text, index + 1);
      }
    }
    this.wordCount = words;
    this.capitals = letters === 0 ? 0 : capitals / letters;
  }

  /** True when the text holds nothing but white space. */
  get isBlank(): boolean {
    return !NOT_BLANK.test(this.text);
  }

  /**
   * A value computed at most once per comment and shared by every classifier and rule that asks
   * for it under the same key (lexicon matches, links, language).
   *
   * @example
   * const links = analysis.shared('links', () => findLinks(analysis.text));
   */
  shared<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
