/**
 * Reading a comment for incivility: lexicon matches placed among the normalized words, each judged
 * by what surrounds it (addressed to the reader? negated? reported? a group term?), then turned into
 * findings with evidence and into the features the score combines.
 */
import { keepLongest, type LexiconMatch, type Span } from '../../lexicon/index.js';
import { isWordCode } from '../../lexicon/readings.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { BRACKETS, LEET } from '../../text/leet.js';
import { WordTable } from '../../text/word-table.js';
import { gluedMatches } from './glued.js';
import {
  COMMAND_LEADS, CONDITIONALS, DEHUMANIZING_NOUNS, EXCLUSION, HOMELANDS, OUR_PLACES, POINTERS,
  DEHUMANIZING, HARM_COMMANDS, HARM_OUTCOMES, WISH_WORDS, GROUP_TERMS, HARM_VERBS, NEGATORS, isQuoteMark, REPORTED_OBJECTS, REPORTING, ROLES, SECOND_PERSON, STANCE_VERBS, DESCRIPTIONS,
  THREAT_MODALS, THREAT_SUBJECTS, THREAT_TARGETS, APPRECIATION, OPINIONS, NEGATING_SUBJECTS, INTENSIFIERS,
  ADJECTIVAL_GROUPS, PERSON_NOUNS, GROUP_FOLLOWERS, CALLING, DISEASES,
} from './grammar.js';

/** Incivility categories, each a label `incivility.<category>`. */
export type IncivilityCategory = 'insult' | 'threat' | 'identity-attack' | 'harassment' | 'shouting';

/** One finding: what, where (analysis-text offsets), how strong. */
export interface IncivilitySignal {
  category: IncivilityCategory | 'profanity';
  messageId: string;
  term: string;
  spans: { start: number; end: number }[];
  /** 1-4, from the lexicon severity and the context. */
  severity: number;
}

/** Everything the score and the findings need. */
export interface Reading {
  signals: IncivilitySignal[];
  features: number[];
  /** Words that raised the score without making a finding of their own (unaimed insults; with hostile content, also the words addressing the reader). */
  cues: { start: number; end: number; term: string }[];
  /** True when something besides addressing the reader raised the score (an insult, a vulgar word, "you are a ..."). */
  hostileContent: boolean;
}

/** Names of the features, in order (the weights file uses the same order). */
export const FEATURES = [
  'targeted insult severity', 'targeted insults', 'untargeted insult severity', 'dismissal', 'threat', 'identity attack', 'harassment',
  'profanity', 'profanity aimed', 'second person share', 'shouting', 'negated or reported', 'exclamations', 'short comment',
  'you are a', 'what a ... you are',
] as const;

const YOU = new Set(['you', 'u', 'ya', 'yall']);
const TREATMENT = new Set(['treated', 'treating', 'treat', 'treats', 'treatment', 'handled', 'killed', 'slaughtered', 'hunted', 'kept', 'caged', 'herded']);
const BE = new Set(['are', 'r', 're', 'were', 'is']);
const YOU_ARE = new Set(['youre', 'yer']);
// "you are a", "you're such a", "you are nothing but": a noun said of the reader, the shape of most insults.
const DETERMINERS = new Set(['a', 'an', 'such', 'the', 'one', 'nothing', 'just', 'another', 'total', 'complete', 'real', 'no', 'so', 'such', 'pathetic', 'little']);
const PEOPLE = new Set(['you', 'u', 'ya', 'he', 'she', 'they', 'him', 'her', 'them', 'yall', 'hes', 'shes', 'theyre', 'youre', 'someone', 'somebody']);

// Each word set is a bit. A word is looked up once (Words.read) and carries the bits of every set it is
// in, so the templates below test bits rather than hash the same words again for every set they ask.
const SECOND = 1 << 0;
const NEGATOR = 1 << 1;
const REPORTER = 1 << 2;
const REPORTED = 1 << 3;
const SUBJECT = 1 << 4;
const CONDITIONAL = 1 << 5;
const MODAL = 1 << 6;
const HARM_VERB = 1 << 7;
const TARGET = 1 << 8;
const GROUP = 1 << 9;
const DEHUMANIZER = 1 << 10;
const HARM_OUTCOME = 1 << 11;
const EXCLUDER = 1 << 12;
const HARM_COMMAND = 1 << 13;
const COMMAND_LEAD = 1 << 14;
const WISH = 1 << 15;
const HOMELAND = 1 << 16;
const OUR_PLACE = 1 << 17;
const DEHUMANIZING_NOUN = 1 << 18;
const POINTER = 1 << 19;
const YOU_WORD = 1 << 20;
const TREATMENT_WORD = 1 << 21;
const BE_WORD = 1 << 22;
const YOU_ARE_WORD = 1 << 23;
const DETERMINER = 1 << 24;
const PERSON = 1 << 25;
const PRAISE = 1 << 26;
const OPINION = 1 << 27;
const NEGATING_SUBJECT = 1 << 28;
const INTENSIFIER = 1 << 29;
const ADJECTIVAL = 1 << 30;
// (The last bit, the sign bit: both sets say the same of an adjectival group word before them.)
const NAMES_PEOPLE = 1 << 31;
// Words the templates below name one by one (`words.known(i) === 'back'`): in the table, so that a word's
// known text is its text exactly when it is one of them.
const LITERALS = ['what', 'a', 'an', 'back', 'to', 'your', 'their', 'ur', 'where', 'came', 'send', 'them', 'em', 'home', 'get', 'out', 'of', 'our', 'my', 'people', 'all', 'like', ...ROLES, ...STANCE_VERBS, ...DESCRIPTIONS];
const WORDS = WordTable.ofSets([
  [SECOND_PERSON, SECOND], [NEGATORS, NEGATOR], [REPORTING, REPORTER], [REPORTED_OBJECTS, REPORTED], [THREAT_SUBJECTS, SUBJECT],
  [CONDITIONALS, CONDITIONAL], [THREAT_MODALS, MODAL], [HARM_VERBS, HARM_VERB], [THREAT_TARGETS, TARGET], [GROUP_TERMS, GROUP],
  [DEHUMANIZING, DEHUMANIZER], [HARM_OUTCOMES, HARM_OUTCOME], [EXCLUSION, EXCLUDER], [HARM_COMMANDS, HARM_COMMAND], [COMMAND_LEADS, COMMAND_LEAD],
  [WISH_WORDS, WISH], [HOMELANDS, HOMELAND], [OUR_PLACES, OUR_PLACE], [DEHUMANIZING_NOUNS, DEHUMANIZING_NOUN], [POINTERS, POINTER],
  [YOU, YOU_WORD], [TREATMENT, TREATMENT_WORD], [BE, BE_WORD], [YOU_ARE, YOU_ARE_WORD], [DETERMINERS, DETERMINER], [PEOPLE, PERSON],
  [APPRECIATION, PRAISE], [OPINIONS, OPINION], [NEGATING_SUBJECTS, NEGATING_SUBJECT], [INTENSIFIERS, INTENSIFIER],
  [ADJECTIVAL_GROUPS, ADJECTIVAL], [PERSON_NOUNS, NAMES_PEOPLE], [GROUP_FOLLOWERS, NAMES_PEOPLE], [LITERALS, 0],
]);

/** Whether the comment says something is what the reader is ("you are a ...", "what a ... you are"). */
function youAreA(words: Words, text: string): [number, number] {
  let predicative = 0;
  let exclamative = 0;
  for (let index = 0; index < words.length; index++) {
    const next = words.known(index + 1);
    const afterBe = words.has(index, YOU_WORD) && words.has(index + 1, BE_WORD) ? index + 2 : words.has(index, YOU_ARE_WORD) ? index + 1 : -1;
    // Not where praise or a plain description follows ("you are a wonderful inspiration", "a true fan").
    // ("you're just teasing me" says what the reader does, not what they are.)
    const doing = words.known(afterBe) === 'just' && afterBe + 1 < words.length && words.text(afterBe + 1).endsWith('ing');
    const described = DESCRIPTIONS.has(words.known(afterBe + 1) ?? '');
    if (afterBe >= 0 && words.has(afterBe, DETERMINER) && !doing && !described && anyIn(words, afterBe + 1, afterBe + 3, PRAISE) < 0 && !negatedOpinion(words, index, 3, text)) predicative = 1;
    if (words.known(index) === 'what' && (next === 'a' || next === 'an') && anyIn(words, index + 2, index + 5, YOU_WORD) >= 0) exclamative = 1;
  }
  return [predicative, exclamative];
}

/**
 * Whether a negated opinion or saying stands up to `reach` words before word `index`, in its clause:
 * "I don't think | you're an idiot", "nobody is saying | you are a ..." ("don't say that, you idiot"
 * is an insult).
 */
function negatedOpinion(words: Words, index: number, reach: number, text: string): boolean {
  const opinion = anyIn(words, index - reach, index - 1, OPINION);
  return opinion >= 0 && anyIn(words, opinion - 3, opinion - 1, NEGATOR | NEGATING_SUBJECT) >= 0 && !clauseBetween(words, opinion, index, text);
}

/**
 * The normalized words of the comment being read, as parallel arrays: one set for the process, reused
 * for every comment (reading is synchronous and reads one comment at a time; what a reading returns
 * copies what it needs). A word per object was a quarter of the pipeline's allocations.
 */
class Words {
  length = 0;
  /** Offsets of each word in the analysis text. */
  start: Int32Array = new Int32Array(256);
  end: Int32Array = new Int32Array(256);
  /** The bits of the word sets each word is in. */
  bits: Int32Array = new Int32Array(256);
  /** Each word's entry in WORDS, or -1. */
  entry: Int32Array = new Int32Array(256);
  /** Each word's span in the normalized text, to cut its text out when asked for. */
  from: Int32Array = new Int32Array(256);
  to: Int32Array = new Int32Array(256);
  normalized = '';

  /**
   * Reads the normalized words of a comment, with their analysis-text spans. Letters spaced out are
   * one word where they spell a term of `spelled` ("f u c k") or a word of the grammar ("H A T E
   * W O M E N"), else the letters they are ("u r a loser": normalization joins "u r a").
   */
  read(analysis: TextAnalysis, spelled: readonly LexiconMatch[]): this {
    const { text, start, end } = analysis.normalized;
    this.length = 0;
    this.normalized = text;
    let from = -1;
    // Whether the word being read holds a leet character (most hold none, and are looked up once).
    let leet = false;
    for (let index = 0; index <= text.length; index++) {
      const code = index === text.length ? 32 : text.charCodeAt(index);
      const boundary = code === 32;
      if (!boundary && from < 0) {
        from = index;
        leet = false;
      }
      if (!boundary) leet ||= code < 128 && LEET_CODES[code] === 1;
      if (boundary && from >= 0) {
        // Trailing symbols ("idiot!!") and opening brackets ("(you") are not part of the word; other
        // leading symbols are ("@white" is a user name, not a group).
        let to = index;
        while (to > from && !isWordCode(text.charCodeAt(to - 1))) to--;
        let at = from;
        while (at < to && BRACKET_CODES[text.charCodeAt(at)] === 1) at++;
        let entry = WORDS.find(text, at, to);
        if (entry < 0 && spacedOut(start, end, from, index) && !spelled.some((match) => match.start < (end[index - 1] as number) && (start[from] as number) < match.end)) {
          for (let letter = from; letter < index; letter++) this.add(start[letter] as number, end[letter] as number, WORDS.find(text, letter, letter + 1), letter, letter + 1);
          from = -1;
          continue;
        }
        if (entry < 0 && leet) entry = leetWordEntry(text, at, to);
        this.add(start[from] as number, end[index - 1] as number, entry, at, to);
        from = -1;
      }
    }
    return this;
  }

  private add(start: number, end: number, entry: number, from: number, to: number): void {
    if (this.length === this.start.length) this.grow();
    const at = this.length++;
    this.start[at] = start;
    this.end[at] = end;
    this.bits[at] = entry < 0 ? 0 : WORDS.bits(entry);
    this.entry[at] = entry;
    this.from[at] = from;
    this.to[at] = to;
  }

  private grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      const copy = new Int32Array(array.length * 2);
      copy.set(array);
      return copy;
    };
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.bits = grown(this.bits);
    this.entry = grown(this.entry);
    this.from = grown(this.from);
    this.to = grown(this.to);
  }

  /** Whether word `index` (none past either end) is in the sets of `bit`. */
  has(index: number, bit: number): boolean {
    return index >= 0 && index < this.length && ((this.bits[index] as number) & bit) !== 0;
  }

  /** The text of word `index` when it is in a word set or is one of the LITERALS, else undefined. */
  known(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const entry = this.entry[index] as number;
    return entry < 0 ? undefined : WORDS.word(entry);
  }

  /** The text of word `index`. */
  text(index: number): string {
    return this.known(index) ?? this.normalized.slice(this.from[index] as number, this.to[index] as number);
  }
}

/**
 * Whether the normalized word [from, to) was joined from letters spaced out: a gap in the source
 * between two of its characters (what normalization drops inside a word, invisible characters, an
 * apostrophe, a stretched letter, is covered by the character before it).
 */
function spacedOut(start: ArrayLike<number>, end: ArrayLike<number>, from: number, to: number): boolean {
  // (Most words span as many source units as they have characters.)
  if (to - from < 2 || (end[to - 1] as number) - (start[from] as number) === to - from) return false;
  for (let index = from + 1; index < to; index++) if ((start[index] as number) > (end[index - 1] as number)) return true;
  return false;
}

/** `(` and `<` (leet.ts's BRACKETS): kept in normalized words for the leet they may be ("fu(k"), brackets where they open one. */
const BRACKET_CODES = new Uint8Array(128);
for (const bracket of BRACKETS) BRACKET_CODES[bracket.charCodeAt(0)] = 1;

/** Leet characters (leet.ts's first letters) as the letters a word of the table may hold: "y0u", "th3m", "h1m". */
const LEET_LETTERS = new Map([...'013457@$!'].map((character) => [character.charCodeAt(0), (LEET[character] as string)[0] as string]));
const LEET_CODES = new Uint8Array(128);
for (const code of LEET_LETTERS.keys()) LEET_CODES[code] = 1;

/**
 * The WORDS entry of normalized text [from, to) read with its leet characters as letters, for a
 * word of letters and leet characters ("y0u are an 1d10t": normalization keeps leet where it makes
 * no term), or -1. A word without a letter ("4", "2024") is a number, not "a".
 *
 * @example
 * leetWordEntry('y0u', 0, 3); // the entry of "you"
 */
function leetWordEntry(text: string, from: number, to: number): number {
  // (Most words hold no leet character: they are read once and left.)
  let leet = false;
  let letter = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) letter = true;
    else if (LEET_LETTERS.has(code)) leet = true;
    else return -1;
  }
  if (!leet || !letter) return -1;
  let letters = '';
  for (let index = from; index < to; index++) letters += LEET_LETTERS.get(text.charCodeAt(index)) ?? text[index];
  return WORDS.find(letters, 0, letters.length);
}

const words = new Words();
/** Indexes of the words that are insults or vulgar, for the comment being read (reused, like `words`). */
const HATEFUL = new Set<number>();
/** Of those, the vulgar ones. */
const VULGAR = new Set<number>();
const NO_QUOTES: readonly number[] = [];

/** Index of the word holding a text offset (binary search). */
function wordAt(words: Words, offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((words.start[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first of the words from `from` to `to` (both included) in the sets of `bit`, or -1. */
function anyIn(words: Words, from: number, to: number, bit: number): number {
  for (let index = Math.max(0, from); index <= Math.min(words.length - 1, to); index++) if (((words.bits[index] as number) & bit) !== 0) return index;
  return -1;
}

/** The texts of the words from `from` to `to` (both included), joined by spaces. */
function textOf(words: Words, from: number, to: number): string {
  let text = words.text(from);
  for (let index = from + 1; index <= to; index++) text += ` ${words.text(index)}`;
  return text;
}

/** How an insult is placed: aimed at the reader, negated, reported, or unaimed. */
function placement(words: Words, first: number, last: number, text: string): 'aimed' | 'negated' | 'reported' | 'unaimed' {
  const you = anyIn(words, first - 5, last + 3, SECOND);
  const negator = anyIn(words, first - 3, first - 1, NEGATOR);
  const reporter = anyIn(words, first - 4, first - 1, REPORTER);
  if (reporter >= 0 && anyIn(words, reporter + 1, reporter + 2, REPORTED) >= 0) return 'reported';
  if (you >= 0 && negator >= 0 && negator > Math.min(you, first)) return 'negated';
  if (you >= 0 && negatedOpinion(words, first, 5, text)) return 'negated';
  if (you >= 0) return 'aimed';
  // Vocative: "Idiot." / "Chavez is 5 for 21, dumbass." / "Moron, read it again": an insult that is
  // the whole comment, or set off by a comma at its start or end.
  if (words.length <= 3) return 'aimed';
  const before = text.slice(Math.max(0, (words.start[first] as number) - 3), (words.start[first] as number));
  if (last >= words.length - 2 && /[,:;!-]\s*$/.test(before)) return 'aimed';
  const after = text.slice((words.end[last] as number), (words.end[last] as number) + 2);
  if (first === 0 && /^\s*[,:!]/.test(after)) return 'aimed';
  return 'unaimed';
}

/** Whether a negator stands up to three words before word `index` ("I won't kill you", "never kill yourself"). */
function negatedBefore(words: Words, index: number): boolean {
  return anyIn(words, index - 3, index - 1, NEGATOR) >= 0;
}

/**
 * Whether a weak insult word at `index` ("crazy", "sick", "fat", "nobody": severity 1, ordinary words
 * as often as insults) is said of the reader: predicated ("you are so clueless", "you're a nobody",
 * "u r sick") or a vocative that ends its clause ("you liar!", "shut up, you hypocrite."). Near "you"
 * is not enough: "Are you sick of the traffic?", "you must be crazy busy", "Nobody knows what you mean".
 */
function weakAimed(words: Words, index: number, text: string): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 4); before--) {
    if (words.has(before, YOU_ARE_WORD)) return true;
    // "you are", "you really are"
    if (words.has(before, BE_WORD) && (words.has(before - 1, YOU_WORD) || (words.has(before - 1, INTENSIFIER) && words.has(before - 2, YOU_WORD)))) return true;
    if (!words.has(before, DETERMINER | INTENSIFIER)) break;
  }
  return words.has(index - 1, YOU_WORD) && (index === words.length - 1 || startsSentence(words, index + 1, text));
}

/** Offsets of the quotation marks of a text, found once per comment. */
function quotePositions(text: string): number[] {
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) if (isQuoteMark(text.charCodeAt(index))) positions.push(index);
  // Quotes around the whole comment (some exports wrap every body in them) quote nothing.
  const first = text.search(/\S/);
  let last = text.length - 1;
  while (last > 0 && /\s/.test(text[last] as string)) last--;
  if (positions.length >= 2 && positions[0] === first && positions[positions.length - 1] === last) return positions.slice(1, -1);
  return positions;
}

function categoryOf(match: LexiconMatch): string {
  return match.category;
}

function insideQuotes(quotes: readonly number[], offset: number): boolean {
  let count = 0;
  for (const position of quotes) if (position < offset) count++;
  return count % 2 === 1;
}

/** A severe finding (always reported) spanning the words from `first` to `last`. */
function severe(words: Words, first: number, last: number, category: IncivilityCategory, messageId: string, term: string): IncivilitySignal {
  return { category, messageId, term, spans: [{ start: (words.start[first] as number), end: (words.end[last] as number) }], severity: 4 };
}

/** A first person or someone + a modal + a harm verb + a target, in that order within a few words. */
function threatTemplates(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let verb = 0; verb < words.length; verb++) {
    if (!words.has(verb, HARM_VERB)) continue;
    const modal = anyIn(words, verb - 3, verb - 1, MODAL);
    const subject = modal < 0 ? -1 : anyIn(words, modal - 2, modal, SUBJECT);
    const target = anyIn(words, verb + 1, verb + 3, TARGET);
    if (modal < 0 || subject < 0 || target < 0 || anyIn(words, subject, verb, NEGATOR) >= 0 || harmlessIdiom(words, verb, target)) continue;
    // "if we should inadvertently kill your son": a hypothesis, not a threat.
    if (anyIn(words, subject - 3, subject - 1, CONDITIONAL) >= 0) continue;
    found.push(severe(words, subject, target, 'threat', 'threat', words.text(verb)));
  }
  return found;
}

/** What one shoots a person that is no shot ("I'll shoot you an email"). */
const MESSAGES = new Set(['email', 'mail', 'message', 'text', 'note', 'line', 'dm', 'pm', 'call', 'invite', 'link']);

/**
 * Whether the harm verb at `verb`, aimed at the word `target`, is an idiom of no harm: "I'll hit you
 * up tomorrow", "I'm going to shoot you an email later".
 */
function harmlessIdiom(words: Words, verb: number, target: number): boolean {
  const next = words.text(target + 1);
  if (next === 'up' && words.text(verb) === 'hit') return true;
  return words.text(verb) === 'shoot' && (next === 'a' || next === 'an' || next === 'quick') && (MESSAGES.has(words.text(target + 2)) || MESSAGES.has(words.text(target + 3)));
}

/** Verbs that report a harm tried or planned in the past ("The Nazis tried to exterminate them"). */
const ATTEMPTS = new Set(['tried', 'attempted', 'plotted', 'planned', 'conspired', 'sought']);

/** Whether "<attempt> to" stands right before word `index`: a report, not a threat. */
function attemptReported(words: Words, index: number): boolean {
  return words.text(index - 1) === 'to' && ATTEMPTS.has(words.text(index - 2));
}

/** Subjects that are things: "it", "that", or an -ing word ("Smoking will kill you"). */
const THING_SUBJECTS = new Set(['it', 'that', 'this', 'which', 'what', 'nothing', 'something']);

/**
 * Whether the harm at word `index` has a thing for its subject, before a modal: "Smoking will kill
 * you", "The heat will kill you", "This job will kill you"; not "I will kill you" nor "my brother
 * will kill you" (a person, or a word not known to be a thing).
 */
function thingAsSubject(words: Words, index: number): boolean {
  if (!words.has(index - 1, MODAL)) return false;
  const subject = words.text(index - 2);
  if (THING_SUBJECTS.has(subject) || (subject.endsWith('ing') && subject.length > 4)) return true;
  // "the heat", "this job": a noun after an article that names no person.
  return (words.text(index - 3) === 'the' || words.text(index - 3) === 'this' || words.text(index - 3) === 'that') && !words.has(index - 2, NAMES_PEOPLE | GROUP | SUBJECT) && !FAMILY.has(subject);
}

/** People a writer may threaten with ("my brother will kill you"). */
const FAMILY = new Set(['brother', 'sister', 'dad', 'father', 'mom', 'mum', 'mother', 'husband', 'wife', 'son', 'cousin', 'uncle', 'boys', 'friends', 'gang', 'boyfriend', 'girlfriend']);

/** Whether a word opens its clause (the comment's start, or after . ! ? , ; :), where a verb is a command. */
function startsSentence(words: Words, index: number, text: string): boolean {
  return index === 0 || /[.!?,;:]\s*$/.test(text.slice((words.end[index - 1] as number), (words.start[index] as number)));
}

/**
 * Whether a sentence ends between words `first` and `last`: a full stop between two of them, or a
 * word that ends in "!" or "?" (a word keeps its trailing marks).
 */
function sentenceBetween(words: Words, first: number, last: number, text: string): boolean {
  for (let index = first + 1; index <= last; index++) {
    if (/[.!?]/.test(text.slice(words.end[index - 1] as number, words.start[index] as number))) return true;
    if (/[!?]$/.test(text.slice(words.start[index - 1] as number, words.end[index - 1] as number))) return true;
  }
  return false;
}

/** Whether a clause ends between words `first` and `last` (a comma, semicolon, colon or a sentence end). */
function clauseBetween(words: Words, first: number, last: number, text: string): boolean {
  for (let index = first + 1; index <= last; index++) if (startsSentence(words, index, text)) return true;
  return sentenceBetween(words, first, last, text);
}

/**
 * Whether the group word at `index` names people: a group noun always; an adjective ("black",
 * "gay") only before a word for people or a plural, another group word, something said of them, a
 * word that goes on the sentence, or at the end of a clause ("black coffee", "the White House" are
 * things).
 */
function namesPeople(words: Words, index: number, hateful: Set<number>, text: string): boolean {
  if (!words.has(index, ADJECTIVAL)) return true;
  const next = index + 1;
  if (next >= words.length || clauseBetween(words, index, next, text)) return true;
  // (A plural after it is mostly people: "jewish bankers", "black athletes"; "white lies" is not.)
  const following = words.text(next);
  // (Not a thing or an organization: "Mexican cartels", "Chinese exports", "gay bashing".)
  if (NOT_PEOPLE.has(following) || (following.endsWith('ing') && !words.has(next, NAMES_PEOPLE))) return false;
  if (words.has(next, NAMES_PEOPLE | GROUP | DEHUMANIZER) || hateful.has(next) || following.endsWith('s') || following.endsWith('ist')) return true;
  // A person named a few words on: "asian tan ass snitch", "white racist ass people", "white terrorist".
  for (let after = next + 1; after <= Math.min(words.length - 1, index + 3) && !startsSentence(words, after, text); after++) {
    if (hateful.has(after) || PERSON_NOUNS.has(words.text(after)) || /ists?$/.test(words.text(after))) return true;
  }
  return false;
}

/** What a saying is called by a writer who rejects it ("It's a myth that immigrants are criminals"). */
const FALSEHOODS = new Set(['myth', 'lie', 'lies', 'false', 'untrue', 'nonsense', 'wrong', 'stereotype', 'rumor', 'rumour']);

/**
 * Whether what starts at word `index` is a saying the writer reports or rejects rather than makes: a
 * saying or opinion verb up to three words before it whose subject is someone else ("I'm sick of
 * people claiming Mexicans are lazy", "Anyone who thinks Muslims are terrorists", "Stop saying trans
 * people are mentally ill", "The propaganda portrayed Japanese people as monkeys"), or one negated
 * or called wrong ("It's wrong to say that...", "Nobody should say women are inferior"), or a
 * myth or a lie "that" it is. "I think Muslims are ..." and "I say ..." are the writer's own.
 */
function sayingReported(words: Words, index: number, text: string): boolean {
  if (words.text(index - 1) === 'that' && FALSEHOODS.has(words.text(index - 2))) return true;
  const saying = anyIn(words, index - 3, index - 1, REPORTER | OPINION);
  if (saying < 0 && !PORTRAYING.has(words.text(index - 1)) && !PORTRAYING.has(words.text(index - 2))) return false;
  if (saying < 0) return true;
  // "Believe me, ...", "trust me": the writer's own assertion.
  if (words.text(saying + 1) === 'me') return false;
  for (let before = Math.max(0, saying - 3); before < saying; before++) if (FALSEHOODS.has(words.text(before)) || words.has(before, NEGATOR | NEGATING_SUBJECT)) return true;
  if (startsSentence(words, saying, text)) return true;
  return !FIRST_PERSON.has(words.text(saying - 1));
}

/** Verbs of an intent or attempt that someone else had: "Hitler wanted to exterminate the Jews". */
const INTENTS = new Set([
  'wanted', 'wants', 'want', 'planned', 'plans', 'plan', 'tried', 'tries', 'attempted', 'plotted', 'promised', 'promises', 'threatened',
  'threatening', 'vowed', 'vows', 'sought', 'seeks', 'conspired', 'intended', 'intends', 'aimed', 'ordered', 'hoped', 'pledged', 'pledges', 'urged',
  'threat', 'threats', 'plot', 'plots', 'attempt', 'attempts', 'calls', 'call',
]);
/** The writer and those speaking with the writer: their intent is the comment's. */
const FIRST_PERSON = new Set(['i', 'we', 'im', 'ive', 'id', 'ill', 'wed', 'well', 'lets', 'us']);

/**
 * Whether the harm verb at `index` follows "<intent> to" with someone else for subject: a report
 * ("Hitler wanted to exterminate the Jews", "the administration plans to deport millions of
 * immigrants", "he was convicted of threatening to kill Black church members"), not the writer's
 * own call ("I want to kill all ...", "we need to deport them all").
 */
function intentReported(words: Words, index: number): boolean {
  if (words.text(index - 1) !== 'to' || !INTENTS.has(words.text(index - 2))) return false;
  return !FIRST_PERSON.has(words.text(index - 3)) && !FIRST_PERSON.has(words.text(index - 4));
}

/** Plurals after a group adjective that name things or organizations, not people. */
const NOT_PEOPLE = new Set([
  'cartels', 'companies', 'firms', 'banks', 'markets', 'products', 'goods', 'exports', 'imports', 'stocks', 'shares', 'restaurants', 'dishes', 'foods',
  'cars', 'elections', 'laws', 'policies', 'courts', 'governments', 'regimes', 'forces', 'troops', 'militias', 'authorities', 'media', 'outlets',
  'schools', 'churches', 'mosques', 'synagogues', 'temples', 'neighborhoods', 'neighbourhoods', 'districts', 'cities', 'states', 'countries', 'nations',
]);

/** Verbs of depicting a group as something ("portrayed Japanese people as monkeys"). */
const PORTRAYING = new Set(['portrayed', 'portrays', 'portray', 'depicted', 'depicts', 'depict', 'painted', 'paints', 'cast', 'casts']);

/** Whether a verb of calling (a reporting verb of CALLING) stands up to three words before word `index`. */
function callingBefore(words: Words, index: number): boolean {
  for (let before = Math.max(0, index - 3); before < index; before++) if (words.has(before, REPORTER) && CALLING.has(words.text(before))) return true;
  return false;
}

/**
 * Whether a disease word at `index` is said of something ("are", "is", "a", "the" or "like" up to
 * three words before it: "Muslims are a cancer", "a mental illness", "the LGBT cancer") rather than
 * suffered ("women battling cancer", "men with cancer").
 */
function saidOf(words: Words, index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 3); before--) {
    if (words.known(before) === 'like' || words.has(before, BE_WORD | DETERMINER)) return true;
  }
  return false;
}

/**
 * Telling people they do not belong: "go back to your country", "back to Asia", "send them back",
 * "get out of our land". Going back to work or to one's point is not it: the place must be a homeland.
 */
function exclusions(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words.known(index);
    let end = -1;
    if (word === 'back' && words.known(index + 1) === 'to') {
      // "back to [your|their|the] homeland", "go back to where you came from"
      const place = anyIn(words, index + 2, index + 4, HOMELAND);
      const owner = words.known(index + 2);
      if (place >= 0 && (place === index + 2 || owner === 'your' || owner === 'their' || owner === 'ur')) end = place;
      else if (owner === 'where' && words.known(index + 4) === 'came' && words.has(index + 3, PERSON)) end = Math.min(index + 5, words.length - 1);
    } else if (word === 'send' && (words.known(index + 1) === 'them' || words.known(index + 1) === 'em') && words.known(index + 2) === 'back') {
      // "send them back", "send them back home"; "send them back to committee" is procedure.
      const next = words.known(index + 3);
      if (index + 3 >= words.length || next === 'home' || next === 'where' || startsSentence(words, index + 3, text)) end = next === 'home' ? index + 3 : index + 2;
      else if (next === 'to') end = anyIn(words, index + 4, index + 6, HOMELAND);
    } else if (word === 'get' && words.known(index + 1) === 'out' && words.known(index + 2) === 'of') {
      const place = anyIn(words, index + 3, index + 4, OUR_PLACE);
      if (place >= 0 && (place === index + 3 || words.known(index + 3) === 'our' || words.known(index + 3) === 'my')) end = place;
    }
    if (end < 0 || anyIn(words, index - 3, index - 1, NEGATOR | CONDITIONAL) >= 0) continue;
    found.push(severe(words, index, end, 'identity-attack', 'group-attack', textOf(words, index, end)));
    index = end;
  }
  return found;
}

/**
 * A group term joined to something hateful within a few words: a dehumanizing word, an insult or a
 * vulgar word said of it ("stupid black women", "the jewish race is a plague"), or a wish for harm
 * ("gays should be killed", "kill them all"). A group term alone is never a finding.
 */
function groupAttacks(words: Words, hateful: Set<number>, text: string, allowed: readonly Span[]): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let group = 0; group < words.length; group++) {
    // Words of an allow-list phrase name no group ("garbage men" are workers).
    if (allowed.length > 0 && insideAny(allowed, words, group)) continue;
    const named = words.has(group, GROUP);
    if (!named && (words.has(group, POINTER) || (words.known(group) === 'them' && words.known(group + 1) === 'all'))) {
      // "those cunts", "these leeches", "these people are fucking animals": a pointed-at group and a
      // dehumanizing noun or an insult within a few words.
      const noun = anyIn(words, group + 1, group + 3, DEHUMANIZING_NOUN);
      let insult = -1;
      for (let index = group + 1; index <= Math.min(words.length - 1, group + 5) && insult < 0; index++) if (hateful.has(index)) insult = index;
      // An insult right after the pointer must be a plural noun ("those bastards", not "these are ugly").
      const plural = insult >= 0 && insult <= group + 2 && words.text(insult).endsWith('s');
      const pointed = noun >= 0 ? noun : words.known(group + 1) === 'people' || plural ? insult : -1;
      // "kill those ...", "deport them all": a command to harm whoever is pointed at.
      const command = group >= 1 && words.has(group - 1, HARM_COMMAND) && (startsSentence(words, group - 1, text) || anyIn(words, group - 3, group - 2, COMMAND_LEAD) >= 0) && !intentReported(words, group - 1) ? group - 1 : -1;
      if (command >= 0 && pointed < 0) {
        found.push(severe(words, command, group, 'identity-attack', 'group-attack', `${words.text(command)} ${words.text(group)}`));
        continue;
      }
      if (pointed < 0 || anyIn(words, group + 1, pointed - 1, NEGATOR) >= 0) continue;
      // Dehumanizing a group is an attack on it; calling people "those bastards" is name-calling, and
      // so is dehumanizing people named by a role ("these politicians are scum").
      const term = `${words.text(group)} … ${words.text(pointed)}`;
      const role = pointed === noun && anyKnown(words, group + 1, pointed - 1, ROLES);
      found.push(pointed === noun && !role ? severe(words, group, pointed, 'identity-attack', 'group-attack', term) : severe(words, group, pointed, 'insult', 'insult', term));
      group = pointed;
      continue;
    }
    if (!named || !namesPeople(words, group, hateful, text)) continue;
    let predicate = -1;
    for (let index = Math.max(0, group - 3); index <= Math.min(words.length - 1, group + 6) && predicate < 0; index++) {
      if (index === group || (allowed.length > 0 && insideAny(allowed, words, index))) continue;
      // "treated like animals" tells how a group was wronged, not what it is.
      if (words.known(index - 1) === 'like' && anyIn(words, index - 4, index - 2, TREATMENT_WORD) >= 0) continue;
      // A dehumanizing word (a disease only said of something), an insult, or a vulgar word in the
      // sentence that names the group: "beautiful women. Shit, maybe..." is no attack. Hatred is
      // contempt for the group when someone hates it ("I hate gays"), not the hate it meets ("Muslims
      // face rising hate", "hate crimes against gay people").
      if (words.has(index, DEHUMANIZER) && HATRED.has(words.text(index))) {
        if (index < group ? hatesGroup(words, index, group) : CREEDS_OF_HATE.has(words.text(index - 2)) && words.known(index - 1) === 'of') predicate = index;
      } else if (words.has(index, DEHUMANIZER) && STEREOTYPES.has(words.text(index))) {
        // Nouns for people who act in the news ("Jews from the Nazis", "terrorists attacked Jews"):
        // a stereotype only when said of the group ("Muslims are terrorists").
        if (index > group && anyIn(words, group + 1, index - 1, BE_WORD) >= 0) predicate = index;
      } else if (words.has(index, DEHUMANIZER) && (!DISEASES.has(words.text(index)) || saidOf(words, index))) predicate = index;
      else if (hateful.has(index) && !(VULGAR.has(index) && sentenceBetween(words, Math.min(group, index), Math.max(group, index), text)) && (index > group || epithetBefore(words, index, group, hateful))) predicate = index;
      else if (words.has(index, HARM_OUTCOME) && anyIn(words, index - 3, index - 1, WISH) >= 0) predicate = index;
      // A command to harm the group: "kill the gays", "let's go beat these ...". A verb in a report
      // ("they killed three immigrants") is not a command: it has a subject before it.
      else if (index < group && words.has(index, HARM_COMMAND) && (startsSentence(words, index, text) || anyIn(words, index - 2, index - 1, COMMAND_LEAD) >= 0) && !intentReported(words, index)) predicate = index;
    }
    // "migrants are not welcome here", "gays don't belong": exclusion, said with a negator.
    const excluded = anyIn(words, group + 1, group + 5, EXCLUDER);
    if (predicate < 0 && excluded >= 0 && anyIn(words, group + 1, excluded - 1, NEGATOR) >= 0) predicate = excluded;
    else if (predicate < 0) continue;
    const low = Math.min(group, predicate);
    const high = Math.max(group, predicate);
    if (predicate !== excluded && anyIn(words, low + 1, high - 1, NEGATOR) >= 0) continue;
    // A group after a preposition names whom something is done to; what follows is said of that
    // ("racism against black people is evil", "violence toward women is disgusting").
    if (predicate > group && objectOfPreposition(words, group)) continue;
    // What a group says or meets, not what is said of it: "Muslim leaders condemned the disgusting
    // attack", "Black players were subjected to monkey chants", "Christian leaders called the ruling
    // disgusting".
    if (predicate > group && anyKnown(words, group + 1, predicate - 1, STANCE_VERBS)) continue;
    // A hypothesis, or a report of what others call them: "if god hates lgbt members...", "calling
    // all black people criminals, it's all the same" (not "I say Muslims are ..."; "when" is as often
    // a time: "When you blacks take a ...").
    const hypothesis = anyIn(words, low - 3, low - 1, CONDITIONAL);
    const proposal = words.known(hypothesis - 1) === 'what'; // "what if we send every ... to mars"
    if ((hypothesis >= 0 && words.text(hypothesis) !== 'when' && !proposal) || callingBefore(words, low) || sayingReported(words, low, text)) continue;
    found.push(severe(words, low, high, 'identity-attack', 'group-attack', `${words.text(group)} … ${words.text(predicate)}`));
    group = high;
  }
  return found;
}

/**
 * Whether the insult or vulgar word at `index`, before the group word at `group`, is an epithet of
 * the group: only other epithets, group words, adjectives of groups, intensifiers and determiners
 * between ("fucking muslims", "stupid black women"), not a verb ("The pimp trafficked girls").
 */
function epithetBefore(words: Words, index: number, group: number, hateful: Set<number>): boolean {
  for (let between = index + 1; between < group; between++) {
    if (!hateful.has(between) && !words.has(between, GROUP | ADJECTIVAL | INTENSIFIER | DETERMINER | DEHUMANIZER)) return false;
  }
  return true;
}

/** Dehumanizing nouns for people who also act in the news: a stereotype only after a copula. */
const STEREOTYPES = new Set(['nazis', 'terrorists', 'criminals', 'rapists', 'pedophiles']);

/** Words of hatred, an attack only as a verb aimed at the group (see hatesGroup). */
const HATRED = new Set(['hate', 'hates']);
/** Nouns "hate" names a kind of ("hate crimes", "hate speech"): then it is no verb. */
const HATE_NOUNS = new Set(['crime', 'crimes', 'speech', 'group', 'groups', 'campaign', 'campaigns', 'preacher', 'preachers', 'mail', 'incident', 'incidents', 'rhetoric', 'movement', 'site', 'sites', 'ideology', 'law', 'laws', 'watch', 'figures', 'attack', 'attacks', 'comments', 'messages']);

/** What a group is called when it is said to be made of hatred ("Islam is a religion of hate"). */
const CREEDS_OF_HATE = new Set(['religion', 'cult', 'ideology', 'culture', 'faith', 'book']);

/**
 * Whether "hate" at `index` is a verb aimed at the group word at `group` after it: "I hate gays",
 * "even god hates dominicans", "H A T E  W O M E N"; not a noun naming a kind of thing ("hate
 * crimes against gay people") nor the hate a group meets ("hate against Muslims").
 */
function hatesGroup(words: Words, index: number, group: number): boolean {
  if (HATE_NOUNS.has(words.text(index + 1))) return false;
  for (let between = index + 1; between < group; between++) if (GROUP_PREPOSITIONS.has(words.text(between))) return false;
  return true;
}

/** Prepositions that make a group word the object of what comes before ("violence against women"). */
const GROUP_PREPOSITIONS = new Set(['against', 'toward', 'towards', 'targeting', 'on']);

/**
 * Whether the group word at `index` is the object of a preposition (up to two words before it,
 * determiners or other group words between: "against black people", "toward the gay community").
 */
function objectOfPreposition(words: Words, index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 3); before--) {
    if (GROUP_PREPOSITIONS.has(words.text(before))) return true;
    if (!words.has(before, DETERMINER | GROUP | ADJECTIVAL)) return false;
  }
  return false;
}

/** A person, a wish and a harm ("I hope she gets raped", "they should all be shot"). */
function harmWishes(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let harm = 0; harm < words.length; harm++) {
    if (!words.has(harm, HARM_OUTCOME)) continue;
    const wish = anyIn(words, harm - 4, harm - 1, WISH);
    const person = wish < 0 ? -1 : anyIn(words, wish - 2, harm - 1, PERSON);
    if (wish < 0 || person < 0 || anyIn(words, Math.min(person, wish), harm, NEGATOR) >= 0) continue;
    if (anyIn(words, Math.min(person, wish) - 3, Math.min(person, wish) - 1, CONDITIONAL) >= 0) continue;
    found.push(severe(words, Math.min(person, wish), harm, 'harassment', 'harm-wish', words.text(harm)));
  }
  return found;
}

/** Whether a word from `from` to `to` (inclusive) is one of `set` (its words among the LITERALS). */
function anyKnown(words: Words, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index <= Math.min(words.length - 1, to); index++) if (set.has(words.known(index) ?? '')) return true;
  return false;
}

/** Whether word `index` lies inside one of the spans. */
function insideAny(spans: readonly Span[], words: Words, index: number): boolean {
  const start = words.start[index] as number;
  const end = words.end[index] as number;
  return spans.some((span) => span.start <= start && end <= span.end);
}

/**
 * Reads one comment: findings and features.
 *
 * @example
 * const allowed: Span[] = [];
 * const { signals, features } = readIncivility(analysis, lexicon.matchNormalized(analysis.text, analysis.normalized, allowed), allowed);
 */
export function readIncivility(analysis: TextAnalysis, all: readonly LexiconMatch[], allowed: readonly Span[]): Reading {
  words.read(analysis, all);
  // Insults glued to a word for the reader ("youareanidiot"), where no match is: that word is one
  // for the reader, so they are aimed.
  const glued = gluedMatches(analysis).filter((match) => !all.some((other) => other.start < match.end && match.start < other.end));
  for (const match of glued) {
    const index = wordAt(words, match.start);
    words.bits[index] = (words.bits[index] as number) | SECOND;
  }
  // Of overlapping matches of one category keep the longest ("nobody asked you" over "nobody").
  const matches = keepLongest(glued.length === 0 ? all : [...all, ...glued], categoryOf);
  const signals: IncivilitySignal[] = [];
  let aimedSeverity = 0;
  let aimedCount = 0;
  let unaimedSeverity = 0;
  let dismissal = 0;
  let profanity = 0;
  let profanityAimed = 0;
  let unaimedVulgarEnd = -1; // the last word of the last vulgar word not aimed at anyone
  let softened = 0;
  // Words that are insults or vulgar, wherever they stand: next to a group term they make an attack.
  const hateful = HATEFUL;
  hateful.clear();
  VULGAR.clear();
  const quotes = matches.length === 0 ? NO_QUOTES : quotePositions(analysis.text);
  const cues: Reading['cues'] = [];
  for (const match of matches) {
    if (words.length === 0) break;
    const first = wordAt(words, match.start);
    const last = wordAt(words, Math.max(match.start, match.end - 1));
    if ((match.category === 'insult' && match.severity >= 2) || match.category === 'profanity') for (let index = first; index <= last; index++) hateful.add(index);
    if (match.category === 'profanity') for (let index = first; index <= last; index++) VULGAR.add(index);
    const span = [{ start: match.start, end: match.end }];
    const quoted = insideQuotes(quotes, match.start);
    switch (match.category) {
      case 'insult': {
        const phrase = match.term.includes(' ') || match.term.length <= 4 && /^(stfu|gtfo)$/.test(match.term);
        const where = quoted ? 'reported' : placement(words, first, last, analysis.text);
        if (where === 'negated' || where === 'reported') {
          softened++;
          continue;
        }
        if (phrase && match.severity >= 2) dismissal = Math.max(dismissal, match.severity);
        // A weak word near "you" is aimed only when said of the reader; else it counts as unaimed.
        const weak = where === 'aimed' && !phrase && match.severity === 1 && !weakAimed(words, first, analysis.text);
        // ("Nobody" not said of the reader is the pronoun: "Nobody knows what you mean".)
        if (weak && words.has(first, NEGATING_SUBJECT)) continue;
        if ((where === 'aimed' && !weak) || phrase || match.severity >= 4) {
          aimedSeverity = Math.max(aimedSeverity, match.severity);
          aimedCount++;
          signals.push({ category: 'insult', messageId: 'insult', term: match.term, spans: span, severity: match.severity });
        } else {
          unaimedSeverity = Math.max(unaimedSeverity, match.severity);
          cues.push({ start: match.start, end: match.end, term: match.term });
        }
        break;
      }
      case 'threat':
        if (quoted || negatedBefore(words, first) || harmlessIdiom(words, first, last) || attemptReported(words, first) || thingAsSubject(words, first)) {
          softened++;
          continue;
        }
        signals.push({ category: 'threat', messageId: 'threat', term: match.term, spans: span, severity: match.severity });
        break;
      case 'identity-attack':
        signals.push({ category: 'identity-attack', messageId: 'slur', term: match.term, spans: span, severity: match.severity });
        break;
      case 'self-harm':
        // "Don't ever kill yourself", "never kill yourself": the opposite of incitement.
        if (quoted || negatedBefore(words, first)) {
          softened++;
          continue;
        }
        signals.push({ category: 'harassment', messageId: 'self-harm', term: match.term, spans: span, severity: match.severity });
        break;
      case 'sexual': {
        // "rape" in a news comment is a topic; aimed at the reader (or explicit) it is harassment.
        const aimed = anyIn(words, first - 4, last + 3, SECOND) >= 0;
        if (aimed || match.severity >= 4) signals.push({ category: 'harassment', messageId: 'sexual', term: match.term, spans: span, severity: match.severity });
        break;
      }
      default: {
        profanity++;
        const aimed = anyIn(words, first - 2, last + 2, SECOND) >= 0;
        if (aimed) profanityAimed++;
        else unaimedVulgarEnd = Math.max(unaimedVulgarEnd, last);
        signals.push({ category: 'profanity', messageId: 'vulgar', term: match.term, spans: span, severity: match.severity });
      }
    }
  }
  // A vulgar word right before an insult aimed at someone is aimed with it: "fucking idiot!".
  if (unaimedVulgarEnd >= 0 && signals.some((signal) => signal.category === 'insult' && wordAt(words, signal.spans[0]!.start) === unaimedVulgarEnd + 1)) profanityAimed++;
  // (Each template's findings are filtered only when there are some: most comments have none.)
  // What the templates find inside quotation marks is reported speech, as for the lexicon's matches
  // ('The defendant told the victim "I will kill you"', 'She was told to "go back to Africa"').
  const unquoted = (found: IncivilitySignal[]): IncivilitySignal[] => {
    if (found.length === 0) return found;
    const marks = matches.length === 0 ? quotePositions(analysis.text) : quotes;
    return marks.length === 0 ? found : found.filter((signal) => !insideQuotes(marks, signal.spans[0]?.start ?? 0));
  };
  const threats = unquoted(threatTemplates(words));
  if (threats.length > 0) signals.push(...threats.filter((found) => !signals.some((signal) => signal.category === 'threat' && overlaps(signal, found))));
  const attacks = unquoted(groupAttacks(words, hateful, analysis.text, allowed));
  const excluding = unquoted(exclusions(words, analysis.text));
  if (excluding.length > 0) attacks.push(...excluding.filter((found) => !attacks.some((attack) => overlaps(attack, found))));
  if (attacks.length > 0) {
    // An insult inside a group attack is part of the attack, not a second finding.
    for (let index = signals.length - 1; index >= 0; index--) if (signals[index]!.category === 'insult' && attacks.some((attack) => overlaps(attack, signals[index]!))) signals.splice(index, 1);
    signals.push(...attacks);
  }
  const wishes = unquoted(harmWishes(words));
  if (wishes.length > 0) {
    const reported = signals.filter((signal) => signal.category === 'threat' || signal.category === 'harassment');
    signals.push(...wishes.filter((found) => !reported.some((signal) => overlaps(signal, found))));
  }
  let secondPerson = 0;
  for (let index = 0; index < words.length; index++) if (words.has(index, SECOND)) secondPerson++;
  const exclamations = marksOf(analysis.text);
  const shouting = analysis.words >= 4 && analysis.capsRatio >= 0.7 ? 1 : 0;
  const features = [
    aimedSeverity / 4,
    Math.min(aimedCount, 3) / 3,
    unaimedSeverity / 4,
    dismissal / 4,
    strongest(signals, 'threat') / 4,
    strongest(signals, 'identity-attack') / 4,
    strongest(signals, 'harassment') / 4,
    Math.min(profanity, 3) / 3,
    Math.min(profanityAimed, 2) / 2,
    Math.min(1, (secondPerson / Math.max(1, words.length)) * 5),
    shouting,
    Math.min(softened, 2) / 2,
    Math.min(exclamations, 5) / 5,
    words.length <= 12 ? 1 : 0,
    ...youAreA(words, analysis.text),
  ];
  if (shouting === 1 && signals.some((signal) => signal.category !== 'profanity')) {
    signals.push({ category: 'shouting', messageId: 'shouting', term: 'capitals', spans: [], severity: 1 });
  }
  const hostileContent = cues.length > 0 || profanity > 0 || (features[14] ?? 0) > 0;
  // Addressing the reader is a cue only beside hostile content (the only case a finding shows cues).
  for (let index = 0; hostileContent && index < words.length && cues.length < 8; index++) {
    if (words.has(index, SECOND)) cues.push({ start: words.start[index] as number, end: words.end[index] as number, term: words.text(index) });
  }
  return { signals, features, cues, hostileContent };
}

/** The highest severity of the signals of a category (0 when there is none). */
function strongest(signals: IncivilitySignal[], category: IncivilitySignal['category']): number {
  let highest = 0;
  for (const signal of signals) if (signal.category === category && signal.severity > highest) highest = signal.severity;
  return highest;
}

/** Exclamation marks, and question marks at half weight, in one pass over the text. */
function marksOf(text: string): number {
  let exclamations = 0;
  let questions = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 33) exclamations++;
    else if (code === 63) questions++;
  }
  return exclamations + questions / 2;
}

function overlaps(a: IncivilitySignal, b: IncivilitySignal): boolean {
  return a.spans.some((x) => b.spans.some((y) => x.start < y.end && y.start < x.end));
}
