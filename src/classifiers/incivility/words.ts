/**
 * The normalized words of a comment as the incivility grammar reads them: the word sets (each a bit),
 * the reader of words, and the small look-ups every template shares.
 */
import type { LexiconMatch, Span } from '../../lexicon/index.js';
import { isWordCode } from '../../lexicon/readings.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { PHRASE_ONLY_PICTOGRAPHS } from '../../text/confusables.js';
import { BRACKETS } from '../../text/leet.js';
import { breakSplits, MAY_BE_PICTOGRAPH, smallAsciiRun, whiteSpaceOnly } from '../../text/source-looks.js';
import { capitalIWordEntry, GLUED_LONGEST, GLUED_SHORTEST, gluedWordBounds, hiddenLetterEntry, LEET_CHARACTER, leetReadText, leetWordEntry, MASKED, maskedWordEntry, SLIP_SHORTEST, slipEntry, stretchedWordEntry, swappedWordEntry, WEAK_SLIP, weakSlipEntry } from './word-entries.js';
import { WordTable } from '../../text/word-table.js';
import { capitalizedWord, gluedPair, PAIR_LONGEST, PAIR_SHORTEST, writtenAsGlued } from './glued-pairs.js';
import type { Term } from './glued-words.js';
import { reversedTerm } from './reversed-terms.js';
import { splitTerm } from './split-terms.js';
import { COMMON_WORDS } from '../../lexicon/spellings.js';
import { ADVISING, DEAD_AS_ADVERB, BROKEN, DONE_TO_PARTS, CALLING_CONTEMPT, METHOD_VERBS, CUT_PARTS, PILLS, INSIDES, GUN_PLACES, HEIGHTS, BENDING, DEADLY, SICKNESSES, GETTING, EATING, HOME_PLACES, UNDRESSED, SEEING_WANTED, DREAMING, RUNNING, SEXUAL_DOING, TRACKS, VEHICLES, BETTER, BONES, BREAKING, STRUCK_PARTS, WEAPONS, CELEBRATING, FAILING, GROWING, ILLNESSES, JAILS, ORGANS, OWNERS, ADJECTIVAL_GROUPS, ADMIRING, APPRECIATION, BODY_ACTS, DESIRED_PARTS, INTIMATE_PARTS, SEXUAL_ACTS, SPREADING, ARSON_COMMANDS, CARE, DOES_WELL, GROUP_PLACES, KILL_COMMANDS, KILLABLE, KIN, OVERCOMING, QUANTIFIERS, READERS_WORDS, COMMAND_LEADS, CONDITIONALS, DEHUMANIZING, DEHUMANIZING_NOUNS, DESCRIPTIONS, EXCLUSION, FUTURE, GROUP_ATTRIBUTES, GROUP_FOLLOWERS, GROUP_TERMS, HARM_COMMANDS, HARM_OUTCOMES, HARM_VERBS, HOMELANDS, INTENSIFIERS, NEGATING_SUBJECTS, NEGATORS, OPINIONS, OUR_PLACES, PASSIVE_HELPERS, PASSIVE_YOU, PERSON_NOUNS, POINTERS, READERS_THINGS, REPORTED_OBJECTS, REPORTING, ROLES, SECOND_PERSON, STANCE_VERBS, THREAT_MODALS, THREAT_SUBJECTS, THREAT_TARGETS, VIOLENCE_DONE, WARNING, WHOLE, WISH_WORDS, WRITER } from './grammar.js';
import type { IncivilityCategory, IncivilitySignal } from './signals.js';

const YOU = new Set(['you', 'u', 'ya', 'yall']);
const TREATMENT = new Set(['treated', 'treating', 'treat', 'treats', 'treatment', 'handled', 'killed', 'slaughtered', 'hunted', 'kept', 'caged', 'herded']);
const BE = new Set(['are', 'r', 're', 'were', 'is']);
// ("u're" normalizes to "ure".)
const YOU_ARE = new Set(['youre', 'yer', 'ure', 'yure']);
// "you are a", "you're such a", "you are nothing but": a noun said of the reader, the shape of most insults.
const DETERMINERS = new Set(['a', 'an', 'such', 'the', 'one', 'nothing', 'just', 'another', 'total', 'complete', 'real', 'no', 'so', 'such', 'pathetic', 'little']);
const PEOPLE = new Set(['you', 'u', 'ya', 'he', 'she', 'they', 'him', 'her', 'them', 'yall', 'hes', 'shes', 'theyre', 'youre', 'ure', 'someone', 'somebody']);

// Each word set is a bit. A word is looked up once (Words.read) and carries the bits of every set it is
// in, so the templates below test bits rather than hash the same words again for every set they ask.
export const SECOND = 1 << 0;
export const NEGATOR = 1 << 1;
export const REPORTER = 1 << 2;
export const REPORTED = 1 << 3;
export const SUBJECT = 1 << 4;
export const CONDITIONAL = 1 << 5;
export const MODAL = 1 << 6;
export const HARM_VERB = 1 << 7;
export const TARGET = 1 << 8;
export const GROUP = 1 << 9;
export const DEHUMANIZER = 1 << 10;
export const HARM_OUTCOME = 1 << 11;
export const EXCLUDER = 1 << 12;
export const HARM_COMMAND = 1 << 13;
export const COMMAND_LEAD = 1 << 14;
export const WISH = 1 << 15;
export const HOMELAND = 1 << 16;
export const OUR_PLACE = 1 << 17;
export const DEHUMANIZING_NOUN = 1 << 18;
export const POINTER = 1 << 19;
export const YOU_WORD = 1 << 20;
export const TREATMENT_WORD = 1 << 21;
export const BE_WORD = 1 << 22;
export const YOU_ARE_WORD = 1 << 23;
export const DETERMINER = 1 << 24;
export const PERSON = 1 << 25;
export const PRAISE = 1 << 26;
export const OPINION = 1 << 27;
export const NEGATING_SUBJECT = 1 << 28;
export const INTENSIFIER = 1 << 29;
export const ADJECTIVAL = 1 << 30;
// (The last bit, the sign bit: both sets say the same of an adjectival group word before them.)
export const NAMES_PEOPLE = 1 << 31;
/** The sets whose words a token of two glued words is read for ("tostrangle", "aremonkeys", "yousuffer"). */
const ACTED_ON = HARM_VERB | HARM_OUTCOME | HARM_COMMAND | DEHUMANIZER | DEHUMANIZING_NOUN;
// Words the templates below name one by one (`words.known(i) === 'back'`): in the table, so that a word's
// known text is its text exactly when it is one of them.
const LITERALS = ['what', 'why', 'death', 'only', 'good', 'him', 'em', 'down', 'migrant', 'asylum', 'refugee', ...ARSON_COMMANDS, ...GROUP_PLACES, ...KILL_COMMANDS, ...KILLABLE, ...QUANTIFIERS, ...READERS_WORDS, 'a', 'an', 'back', 'to', 'your', 'their', 'ur', 'where', 'came', 'send', 'them', 'em', 'home', 'get', 'out', 'of', 'our', 'my', 'people', 'all', 'like', ...KIN, ...OVERCOMING, ...ROLES, ...STANCE_VERBS, ...DESCRIPTIONS,
  ...READERS_THINGS, ...VIOLENCE_DONE, ...PASSIVE_HELPERS, ...PASSIVE_YOU, ...FUTURE, ...WARNING, ...WHOLE, ...WRITER,
  // (sexual.ts's words: read in leet, masks and slips as the grammar's other words are.)
  ...INTIMATE_PARTS, ...DESIRED_PARTS, ...BODY_ACTS, ...SEXUAL_ACTS, ...SEXUAL_DOING, ...DREAMING, ...BENDING, ...ADVISING, ...SPREADING, 'legs', ...ADMIRING, 'rack', ...UNDRESSED, ...SEEING_WANTED,
  // (threats.ts's harm-wish words: "Hope your l*v*r fails", "a painful str*ke".)
  ...ILLNESSES, ...GROWING, ...JAILS, ...ORGANS, ...FAILING, ...OWNERS, ...CELEBRATING, ...BETTER, ...BONES, ...BREAKING, ...WEAPONS, ...STRUCK_PARTS, ...VEHICLES, ...RUNNING, ...SICKNESSES, ...GETTING, ...EATING, ...HOME_PLACES, ...DEADLY, 'over', 'died', 'breathing', 'stopped', 'attack', 'attacks', 'himself', 'herself', 'themselves', 'themself', 'throw', 'fingers', 'crossed', 'justice', 'watching', 'seeing', 'struck',
  // (threats.ts's and commands.ts's: "bl0w up the stadium", "you won't l1ve to see", "c0mmit su1c1de",
  // "3nd your l1fe".)
  'blow', 'blowing', 'shooting', 'live', 'commit', 'suicide', 'end', 'life', 'shame', 'pity', 'regret', 'dying', 'rope', ...METHOD_VERBS.keys(), ...CUT_PARTS, ...PILLS, ...INSIDES, ...GUN_PLACES, ...HEIGHTS, ...BROKEN, ...CALLING_CONTEMPT,
  // (And the other words the templates name by their text, `small(words, i) === 'tracks'`: "lie on
  // the tr4cks", "step in fr0nt of a bus", "should not be all0wed".)
  ...TRACKS, 'railway', 'rail', 'subway', 'tube', 'front', 'under', 'onto', 'moving', 'oncoming', 'speeding', 'allowed', 'permitted', 'living',
  // (commands.ts's self-harm verbs and selves, read in leet too: "jump 0ff the r00f", "Thr0w y0urself
  // 0ff the balcony", "she should just 0ff herself", "a whole b0ttle of p1lls".)
  'off', 'kill', 'hang', 'drown', 'shoot', 'stab', 'cut', 'burn', 'poison', 'choke', 'strangle', 'starve', 'gas', 'neck', 'unalive', 'delete', 'slit', 'suffocate', 'electrocute',
  'yourself', 'yourselves', 'urself', 'yerself', 'yaself', 'yoself', 'himself', 'herself', 'themselves', 'bottle', 'whole', 'from', 'jus',
  // (harmGot's parts harmed: "your sku11 c@v3d in".)
  ...DONE_TO_PARTS];
const WORDS = WordTable.ofSets([
  [SECOND_PERSON, SECOND], [NEGATORS, NEGATOR], [REPORTING, REPORTER], [REPORTED_OBJECTS, REPORTED], [THREAT_SUBJECTS, SUBJECT],
  [CONDITIONALS, CONDITIONAL], [THREAT_MODALS, MODAL], [HARM_VERBS, HARM_VERB], [THREAT_TARGETS, TARGET], [GROUP_TERMS, GROUP],
  [DEHUMANIZING, DEHUMANIZER], [HARM_OUTCOMES, HARM_OUTCOME], [EXCLUSION, EXCLUDER], [HARM_COMMANDS, HARM_COMMAND], [COMMAND_LEADS, COMMAND_LEAD],
  [WISH_WORDS, WISH], [HOMELANDS, HOMELAND], [OUR_PLACES, OUR_PLACE], [DEHUMANIZING_NOUNS, DEHUMANIZING_NOUN], [POINTERS, POINTER],
  [YOU, YOU_WORD], [TREATMENT, TREATMENT_WORD], [BE, BE_WORD], [YOU_ARE, YOU_ARE_WORD], [DETERMINERS, DETERMINER], [PEOPLE, PERSON],
  [APPRECIATION, PRAISE], [OPINIONS, OPINION], [NEGATING_SUBJECTS, NEGATING_SUBJECT], [INTENSIFIERS, INTENSIFIER],
  [ADJECTIVAL_GROUPS, ADJECTIVAL], [PERSON_NOUNS, NAMES_PEOPLE], [GROUP_ATTRIBUTES, NAMES_PEOPLE], [GROUP_FOLLOWERS, NAMES_PEOPLE], [LITERALS, 0],
]);

/**
 * The words of the grammar's table (the generator of rules/words/typos.json writes their slips).
 *
 * @example
 * grammarWords().includes('muslims'); // true
 */
export function grammarWords(): readonly string[] {
  return WORDS.words();
}

/** Words that open a sentence glued to the next word ("Theseretards", "Justoverdose", "Sameshitty", "Whatshit"). */
const OPENING_PIECES = WordTable.ofSets([[['this', 'these', 'those', 'that', 'the', 'a', 'i', 'you', 'he', 'she', 'we', 'they', 'my', 'your', 'just', 'so', 'go', 'all', 'im', 'ill', 'id', 'what', 'how', 'why', 'who', 'same'], 1]]);

/** Whether a span of `spans` (matches, readings) overlaps the analysis-text span [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && start < span.end) return true;
  return false;
}

/**
 * Whether `word` (small letters) reads as two words glued together (glued-pairs.ts) with the
 * grammar's words, `everyday` as the everyday words and `lookalikes` left alone: for the generator of
 * glue-words.json's `pairLookalikes`.
 *
 * @example
 * readsAsGluedPair('cockfight', new Set(), everydayWords()); // true
 */
export function readsAsGluedPair(word: string, lookalikes: ReadonlySet<string>, everyday: readonly string[]): boolean {
  return gluedPair(WORDS, ACTED_ON, word, 0, word.length, lookalikes, everyday) !== undefined;
}

/**
 * The normalized words of the comment being read, as parallel arrays: one set for the process, reused
 * for every comment (reading is synchronous and reads one comment at a time; what a reading returns
 * copies what it needs). A word per object was a quarter of the pipeline's allocations.
 *
 * @example
 * const reading = new Words().read(analysis, matches); // reading.text(0): the first word
 */
export class Words {
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
  /** Terms that a token of two words glued together holds ("ashit"), in analysis-text offsets: matched where they stand. */
  gluedTerms: LexiconMatch[] = [];
  /** The span of the token each of `gluedTerms` is in. */
  gluedTokens: Span[] = [];
  /**
   * Terms the reader found where the lexicon did not: split in two by white space ("idi ots",
   * "arse\nhole": split-terms.ts), as matches over both pieces, and written backwards ("norom":
   * reversed-terms.ts).
   */
  readTerms: LexiconMatch[] = [];
  /** Whether to read the weak slips of the grammar's harm words as them ("dye" as die, "nek" as neck: word-entries.ts). */
  weakReading = false;
  /** How many words of the text are weak slips (read as written unless `weakReading`). */
  weakSlips = 0;
  /** The words read as weak slips, where `weakReading`. */
  weakAt: number[] = [];
  /** The matches of `spelled` that are phrases, by their start: built by readPhrase once a read. */
  private phrasesByStart: Map<number, LexiconMatch[]> | undefined;

  /**
   * Reads the normalized words of a comment, with their analysis-text spans. Letters spaced out are
   * one word where they spell a term of `spelled` ("f u c k") or a word of the grammar ("H A T E
   * W O M E N"), else the letters they are ("u r a loser": normalization joins "u r a").
   */
  read(analysis: TextAnalysis, spelled: readonly LexiconMatch[]): this {
    const { text, start, end } = analysis.normalized;
    this.length = 0;
    this.normalized = text;
    this.weakSlips = 0;
    this.phrasesByStart = undefined;
    if (this.weakAt.length > 0) this.weakAt = [];
    if (this.gluedTerms.length > 0) {
      this.gluedTerms = [];
      this.gluedTokens = [];
    }
    if (this.readTerms.length > 0) this.readTerms = [];
    // Words are read in leet only in a text that holds a leet character (most hold none). Words are
    // found with indexOf: a loop over every character here cost 5 % of the pipeline.
    const leet = LEET_CHARACTER.test(text);
    // (Masked words likewise, only in a text with a mask.)
    const masks = text.includes('*') || text.includes('#');
    // (And a "v" written for a "u", "rvn", in a text that holds one.)
    const swaps = text.includes('v');
    // (And a capital I written for an l, "sIit", in a text that holds one beside a small letter.)
    const capitalI = CAPITAL_I_INSIDE.test(analysis.text);
    const pictographs = MAY_BE_PICTOGRAPH.test(analysis.text);
    for (let from = 0; from < text.length; ) {
      let index = text.indexOf(' ', from);
      if (index < 0) index = text.length;
      if (index === from) {
        from++;
        continue;
      }
      // (A pictograph of a weapon or a harm standing alone between words is the word it draws: readPictograph.)
      if (pictographs) this.readPictograph(analysis, from);
      // Trailing symbols ("idiot!!"), opening brackets ("(you") and the mark of a hashtag ("#you are
      // an idiot", split from "#YouAreAnIdiot"; not of a one-letter tag, "#U #S #A") are not part of
      // the word; other leading symbols are ("@white" is a user name, not a group).
      let to = index;
      while (to > from && !isWordCode(text.charCodeAt(to - 1))) to--;
      let at = from;
      while (at < to && BRACKET_CODES[text.charCodeAt(at)] === 1) at++;
      if (text.charCodeAt(at) === 35 && to - at > 2) at++;
      let entry = WORDS.find(text, at, to);
      // (A pictograph read as its word only inside a lexicon phrase is no word of the grammar: "nice 🍆".)
      if (entry >= 0 && (end[to - 1] as number) - (start[at] as number) < to - at && PHRASE_ONLY_PICTOGRAPHS.test(analysis.text.slice(start[at] as number, end[to - 1] as number))) entry = -1;
      // A run of exclamation marks before a word ("!!!you") is punctuation; one may be an i ("!diot").
      if (entry < 0 && text.charCodeAt(at) === 33 && text.charCodeAt(at + 1) === 33) {
        while (at < to && text.charCodeAt(at) === 33) at++;
        entry = WORDS.find(text, at, to);
      }
      // A grammar word and the piece after a break that is none, one word together ("over-dose").
      if (entry >= 0 && index + 1 < text.length && BREAKS[analysis.text.charCodeAt(start[index] as number)] === 1) {
        const next = this.readBreak(analysis, from, at, to, index);
        if (next >= 0) {
          from = next;
          continue;
        }
      }
      // A word split by one dash, dot or underscore, or words written as one (readSplit).
      if (entry < 0 && ((index + 1 < text.length && BREAKS[analysis.text.charCodeAt(start[index] as number)] === 1) || (to - at >= GLUED_SHORTEST && to - at <= GLUED_LONGEST))) {
        const next = this.readSplit(analysis, from, at, to, index);
        if (next >= 0) {
          from = next;
          continue;
        }
      }
      // A term split in two by a space ("idi ots", "pus sy", after a grammar word "bit ch") or written
      // backwards ("norom"), kept to be matched too, and a grammar word split so ("Mus lims", "peo
      // ple"): readUnknown.
      if (entry < 0) {
        const next = this.readUnknown(analysis, from, at, to, index);
        if (next >= 0) {
          from = next;
          continue;
        }
      }
      const spacedToken = entry < 0 && spacedOut(start, end, from, index);
      // (A spaced-out word read in leet is that word: "f i n g 3 r her".)
      if (spacedToken && leet) entry = leetWordEntry(WORDS, text, at, to);
      const spaced = spacedToken && entry < 0;
      const spelledOver = spaced && spelled.some((match) => match.start < (end[index - 1] as number) && (start[from] as number) < match.end);
      // The article before a spaced-out word, joined to it by normalization, is a word of its own:
      // before a grammar word ("a g u n", in leet "a t r a 1 n"), before five letters or more ("you're
      // a d i s g r a c e"), and before a term spelled from its second letter ("is a d y k e").
      const opensArticle = spaced && index - from >= 4 && (text.charCodeAt(from) === 97 || text.charCodeAt(from) === 105);
      let afterArticle = opensArticle ? WORDS.find(text, from + 1, to) : -1;
      if (afterArticle < 0 && opensArticle && !spelledOver && leet) afterArticle = leetWordEntry(WORDS, text, from + 1, to);
      const article = opensArticle && (spelledOver ? spelledAfterArticle(start, spelled, from) : afterArticle >= 0 || to - from - 1 >= SPACED_WORD_SHORTEST);
      if (article) {
        this.add(start[from] as number, end[from] as number, WORDS.find(text, from, from + 1), from, from + 1);
        this.add(start[from + 1] as number, end[index - 1] as number, afterArticle, from + 1, to);
      } else if (spaced && !spelledOver && to - at >= SPACED_WORD_SHORTEST) {
        // Five letters or more spaced out are one word ("you're a d i s g r a c e", "B R E A K I N G"),
        // not five words: fewer may be short words spaced out together ("u r a", "i a m").
        this.add(start[from] as number, end[index - 1] as number, -1, at, to);
      } else if (spaced && !spelledOver) {
        for (let letter = from; letter < index; letter++) this.add(start[letter] as number, end[letter] as number, WORDS.find(text, letter, letter + 1), letter, letter + 1);
      } else {
        if (entry < 0 && leet) entry = leetWordEntry(WORDS, text, at, to);
        // (A "$" after the word's letters may be its s, as the lexicon reads it: "d13$", "cr4$h3$".)
        if (entry < 0 && leet && text.charCodeAt(to) === 36 && to + 1 <= index) {
          const read = leetWordEntry(WORDS, text, at, to + 1);
          if (read >= 0) {
            entry = read;
            to++;
          }
        }
        if (entry < 0 && swaps) entry = swappedWordEntry(WORDS, text, at, to);
        // (And a capital I beside a small letter written for an l: "I'll sIit your throat".)
        if (entry < 0 && capitalI) entry = capitalIWordEntry(WORDS, text, analysis.text, start, at, to);
        if (entry < 0 && masks && to - at >= 3 && MASKED.test(text.slice(at, to))) {
          entry = maskedWordEntry(WORDS, text, at, to);
          // (Stretched too: "h#rrrt yourself", "b#shhh your skull in" are "h#rt", "b#sh".)
          if (entry < 0 && REPEATED_LETTER.test(text.slice(at, to))) {
            const collapsed = text.slice(at, to).replace(REPEATED_LETTERS, '$1');
            entry = maskedWordEntry(WORDS, collapsed, 0, collapsed.length);
          }
        }
        // (And a pictograph dropped inside a word as a mask: "I'll f😂nd where you live".)
        if (entry < 0 && pictographs && to - at >= 2) entry = hiddenLetterEntry(WORDS, text, analysis.text, start, end, at, to);
        // (Only a word that starts with a doubled letter or spans more of the text than its letters,
        // where a run was cut, may be stretched: told without a look at its letters.)
        if (entry < 0 && to - at >= 4 && (text.charCodeAt(at) === text.charCodeAt(at + 1) || (end[to - 1] as number) - (start[at] as number) > to - at)) entry = stretchedWordEntry(WORDS, text, start, end, at, to);
        // (And a grammar word ending in "ing" written with its g dropped, as said: "disgustin", "comin".)
        if (entry < 0 && to - at >= 4 && text.charCodeAt(to - 1) === 110 && text.charCodeAt(to - 2) === 105) entry = WORDS.findWithUnit(text, at, to, 103);
        // (And a grammar word with a letter slipped, written in small letters: "mslims", "viloent".)
        if (entry < 0 && to - at >= SLIP_SHORTEST) {
          entry = slipEntry(WORDS, text, analysis.text, start, end, at, to);
          // (A weak slip, an English word, "dye", is read only by a reading asked to: weakReading.)
          if (entry <= WEAK_SLIP) {
            this.weakSlips++;
            if (this.weakReading) {
              entry = weakSlipEntry(entry);
              this.weakAt.push(this.length);
            } else entry = -1;
          }
        }
        // (And two words written as one, "tostrangle", "ashit": glued-pairs.ts. Not a hashtag, glued on
        // purpose, "#hornymen", nor a token a term of the lexicons spans, "niglets".)
        if (entry < 0 && to - at >= PAIR_SHORTEST && to - at <= PAIR_LONGEST && text.charCodeAt(from) !== 35 && (this.readPhrase(analysis, spelled, from, at, to, index) || this.readPair(analysis, spelled, from, at, to, index))) {
          from = index + 1;
          continue;
        }
        this.add(start[from] as number, end[index - 1] as number, entry, at, to);
      }
      from = index + 1;
    }
    this.unharm();
    return this;
  }

  /**
   * Takes the harm out of words that name none where they stand: an illness before a word of care
   * ("covid vaccines", "cancer screening"), a harm before "it" that says someone does well ("she
   * kills it"), "dead" before a word it makes stronger ("dead serious", "dead drunk"); and the
   * denial out of "can't wait", which is eager.
   */
  private unharm(): void {
    for (let index = 0; index + 1 < this.length; index++) {
      // ("can't wait" is eager, no denial: "can't wait to see you dead".)
      if (((this.bits[index] as number) & NEGATOR) !== 0 && wordIs(this, index + 1, 'wait') && (wordIs(this, index, 'cant') || wordIs(this, index, 'couldnt'))) this.bits[index] = (this.bits[index] as number) & ~NEGATOR;
      if (((this.bits[index] as number) & HARM_OUTCOME) === 0) continue;
      const after = this.text(index + 1);
      if (CARE.has(after) || (after === 'it' && DOES_WELL.has(this.known(index) ?? '')) || (DEAD_AS_ADVERB.has(after) && this.known(index) === 'dead')) this.bits[index] = (this.bits[index] as number) & ~HARM_OUTCOME;
    }
  }


  /**
   * Reads an unknown word [at, to) (its token [from, index)) that may be one with the next token or
   * several: a word split by one dash, dot or underscore (normalization splits it; the lexicon's walk
   * reads it whole too), one word where neither piece is a word of the grammar and both together are
   * ("hu-rt", "fi.nd", "d_ie"; not "U.S", whose "u" is one); words written as one
   * ("ihopeyourfamilydies", "#gobacktoafrica"), their pieces, where one of them is a word of the
   * grammar's sets. Returns where reading goes on, or -1 where neither is. (Apart from read, which
   * V8 optimizes better small.)
   */
  private readSplit(analysis: TextAnalysis, from: number, at: number, to: number, index: number): number {
    const { text, start, end } = analysis.normalized;
    const joined = this.readBreak(analysis, from, at, to, index);
    if (joined >= 0) return joined;
    if (to - at < GLUED_SHORTEST || to - at > GLUED_LONGEST) return -1;
    const bounds = gluedWordBounds(WORDS, text, at, to);
    if (bounds === undefined) return -1;
    for (let piece = 0; piece + 1 < bounds.length; piece++) {
      const first = at + (bounds[piece] as number);
      const last = at + (bounds[piece + 1] as number);
      this.add(start[first] as number, end[last - 1] as number, WORDS.find(text, first, last), first, last);
    }
    return index + 1;
  }

  /**
   * Reads word [at, to) (its token [from, index)) and the next token as one word where one dash,
   * dot or underscore splits them, the next is no word of the grammar and both together are ("hu-rt",
   * "over-dose"), in leet too ("0ver-dose"). Returns where reading goes on, or -1.
   */
  private readBreak(analysis: TextAnalysis, from: number, at: number, to: number, index: number): number {
    const { text, start, end } = analysis.normalized;
    if (index + 1 >= text.length || BREAKS[analysis.text.charCodeAt(start[index] as number)] !== 1 || !breakSplits(analysis.text, start[index] as number)) return -1;
    let next = text.indexOf(' ', index + 1);
    if (next < 0) next = text.length;
    let last = next;
    while (last > index + 1 && !isWordCode(text.charCodeAt(last - 1))) last--;
    if (last <= index + 1 || WORDS.find(text, index + 1, last) >= 0) return -1;
    const whole = text.slice(at, to) + text.slice(index + 1, last);
    let joined = WORDS.find(whole, 0, whole.length);
    if (joined < 0 && LEET_CHARACTER.test(whole)) joined = leetWordEntry(WORDS, whole, 0, whole.length);
    if (joined < 0) return -1;
    this.add(start[from] as number, end[next - 1] as number, joined, at, last);
    return next + 1;
  }

  /**
   * Reads the unknown word [at, to) (its token [from, index)) as the words of a lexicon phrase where
   * a match of `spelled` is the phrase written as one, letter for letter ("dropdead" as "drop dead"),
   * so the grammar reads what the plain phrase says ("Can't wait for him to dropdead"). Returns
   * whether it was.
   */
  private readPhrase(analysis: TextAnalysis, spelled: readonly LexiconMatch[], from: number, at: number, to: number, index: number): boolean {
    const { text, start, end } = analysis.normalized;
    // (The phrases by their start, gathered once a read: a look through every match for every word
    // took minutes on a comment of 150,000 insults.)
    if (this.phrasesByStart === undefined) {
      this.phrasesByStart = new Map();
      for (const match of spelled) {
        if (!match.term.includes(' ')) continue;
        const list = this.phrasesByStart.get(match.start);
        if (list === undefined) this.phrasesByStart.set(match.start, [match]);
        else list.push(match);
      }
    }
    for (const match of this.phrasesByStart.get(start[at] as number) ?? []) {
      if (match.end !== end[to - 1]) continue;
      const pieces = match.term.split(' ');
      if (pieces.join('') !== text.slice(at, to)) continue;
      let first = at;
      for (const word of pieces) {
        const last = first + word.length;
        this.add(start[first === at ? from : first] as number, end[(last === to ? index : last) - 1] as number, WORDS.find(text, first, last), first, last);
        first = last;
      }
      return true;
    }
    return false;
  }

  /**
   * Reads the unknown word [at, to) (its token [from, index)) as two words glued together where it is
   * one (glued-pairs.ts), written in small letters, in capitals or capitalized opening its sentence,
   * where no match of `spelled` spans it, keeping the terms among them to be matched. Returns whether
   * it was.
   */
  private readPair(analysis: TextAnalysis, spelled: readonly LexiconMatch[], from: number, at: number, to: number, index: number): boolean {
    const { start, end } = analysis.normalized;
    // (In leet too, "d1ckmove": the text read so is as long, its offsets the same.)
    const text = smallAsciiRun(analysis.normalized.text, at, to) ? analysis.normalized.text : leetReadText(analysis);
    const pair = gluedPair(WORDS, ACTED_ON, text, at, to);
    // (The matches looked at only for a token that reads so: most tokens do not.)
    if (pair === undefined || !writtenAsGlued(analysis.text, start[at] as number, end[to - 1] as number) || overlapsAny(spelled, start[at] as number, end[to - 1] as number)) return false;
    // (Capitalized, only after a word that opens a sentence: "Theseretards", "Justoverdose"; a name
    // glued so is capitalized, "Cockburn", "Ashford".)
    if (capitalizedWord(analysis.text, start[at] as number, end[to - 1] as number) && OPENING_PIECES.find(text, at, at + pair.cut) < 0) return false;
    const cut = at + pair.cut;
    this.add(start[from] as number, end[cut - 1] as number, WORDS.find(text, at, cut), at, cut);
    this.add(start[cut] as number, end[index - 1] as number, WORDS.find(text, cut, to), cut, to);
    for (const piece of pair.terms) {
      const { term } = piece;
      const first = start[at + piece.start] as number;
      const last = end[at + piece.end - 1] as number;
      this.gluedTerms.push({ id: term.id, term: term.term, category: term.category, severity: term.severity as LexiconMatch['severity'], start: first, end: last, text: analysis.text.slice(first, last) });
      this.gluedTokens.push({ start: start[at] as number, end: end[to - 1] as number });
    }
    return true;
  }

  /**
   * Reads the unknown word [from, index) with the next token as one grammar word split by a space
   * ("Imm igrants", "Mus lims", "peo ple", "dis gusting"): both pieces of two letters or more, only
   * white space between them in the comment, the second no grammar word either, and not both common
   * English words ("be at" is no "beat", "some one" no "someone"). Returns where reading goes on,
   * or -1.
   */
  private readSpaced(analysis: TextAnalysis, from: number, index: number): number {
    const { text, start, end } = analysis.normalized;
    // (Most words are no grammar word's first piece: one look-up, no string made.)
    if (index - from < 2 || index - from > SPACED_LONGEST - 2 || FIRST_PIECES.find(text, from, index) < 0) return -1;
    const after = index + 1;
    let next = text.indexOf(' ', after);
    if (next < 0) next = text.length;
    let last = next;
    while (last > after && !isWordCode(text.charCodeAt(last - 1))) last--;
    const length = index - from + last - after;
    if (last - after < 2 || length < SPACED_SHORTEST || length > SPACED_LONGEST || !smallAsciiRun(text, from, index) || !smallAsciiRun(text, after, last)) return -1;
    const joined = WORDS.findPair(text, from, index, after, last);
    if (joined < 0 || WORDS.find(text, after, last) >= 0) return -1;
    if (COMMON_WORDS.has(text.slice(from, index)) && COMMON_WORDS.has(text.slice(after, last))) return -1;
    // (Only white space between the pieces: not "peo.ple" nor "Mus, lims", which other readings take.)
    if (!whiteSpaceOnly(analysis.text, end[index - 1] as number, start[after] as number)) return -1;
    this.add(start[from] as number, end[next - 1] as number, joined, from, last);
    return next + 1;
  }

  /**
   * Reads a pictograph of a weapon or a harm that stands alone before normalized token `from`, white
   * space on both sides in the comment, as the word it draws ("someone should 🔫 the board" is
   * "shoot", "I'm going to 🔪 you" "stab", "beat you to 💀 with my hands" "death"): normalization
   * drops pictographs. Not one glued to a word ("go kill🔫yourself", where it reads as nothing).
   */
  private readPictograph(analysis: TextAnalysis, from: number): void {
    const { start, end } = analysis.normalized;
    const gapStart = from >= 2 ? (end[from - 2] as number) : 0;
    const gapEnd = start[from] as number;
    if (gapEnd - gapStart < 3) return;
    const gap = analysis.text.slice(gapStart, gapEnd);
    const drawn = STANDING_PICTOGRAPH.exec(gap);
    if (drawn === null || (gapStart > 0 && !/^\s/.test(gap))) return;
    // (After an article or an owner it is the thing drawn: "you'll get a 🔪 in your ribs" is a knife.)
    // (After "get" or "be" it is what is done: "you're getting 🔫" is shot.)
    const previous = this.length > 0 ? this.text(this.length - 1) : '';
    const read = WEAPON_OWNERS.has(previous) ? WEAPON_NOUNS[drawn[1] as string] : PASSIVE_HELPERS.has(previous) ? WEAPON_DONE[drawn[1] as string] : undefined;
    const verb = read ?? (WEAPON_PICTOGRAPHS[drawn[1] as string] as string);
    const entry = WORDS.find(verb, 0, verb.length);
    const at = gapStart + (drawn.index as number) + drawn[0].indexOf(drawn[1] as string);
    this.add(at, at + (drawn[1] as string).length, entry, from, from);
  }

  /**
   * Reads the unknown word [at, to) (its token [from, index)) as the second piece of a term split by
   * white space after the word read last ("bit ch"), or with the next token as a term split so ("idi
   * ots"), as a term written backwards ("norom"), or with the next token as a grammar word split so
   * (readSpaced). Returns where reading goes on, or -1. (Apart from read, which V8 optimizes better
   * small.)
   */
  private readUnknown(analysis: TextAnalysis, from: number, at: number, to: number, index: number): number {
    const text = analysis.normalized.text;
    if (at === from && this.length > 0 && this.to[this.length - 1] === from - 1) {
      const back = this.length - 1;
      const term = this.readSplitTerm(analysis, this.from[back] as number, from - 1, back);
      if (term >= 0) return term;
    }
    if (at === from && to === index) {
      const reversed = reversedTerm(analysis, from, index);
      if (reversed !== undefined) {
        this.addReadTerm(analysis, reversed, from, index);
        return index + 1;
      }
    }
    if (to !== index || index + 1 >= text.length) return -1;
    const term = this.readSplitTerm(analysis, from, index);
    return term >= 0 ? term : this.readSpaced(analysis, from, index);
  }

  /**
   * Reads the word [from, index) with the next token as one term split by white space
   * (split-terms.ts), kept to be matched (`readTerms`): an unknown word and the next, or the
   * word read last (`replacing`, its place) and an unknown word after it. Returns where reading goes
   * on, or -1.
   */
  private readSplitTerm(analysis: TextAnalysis, from: number, index: number, replacing = -1): number {
    const split = splitTerm(analysis, from, index);
    if (split === undefined) return -1;
    // (The word read before, "bit" of "bit ch", is read again as the term's first piece.)
    if (replacing >= 0) this.length = replacing;
    this.addReadTerm(analysis, split.term, from, split.end);
    const next = analysis.normalized.text.indexOf(' ', split.end);
    return next < 0 ? analysis.normalized.text.length : next + 1;
  }

  /** Adds `term`, read from normalized [from, to), as a word and as one of `readTerms`. */
  private addReadTerm(analysis: TextAnalysis, term: Term, from: number, to: number): void {
    const { start, end } = analysis.normalized;
    const first = start[from] as number;
    const last = end[to - 1] as number;
    this.add(first, last, WORDS.find(term.term, 0, term.term.length), from, to);
    this.readTerms.push({ id: term.id, term: term.term, category: term.category, severity: term.severity as LexiconMatch['severity'], start: first, end: last, text: analysis.text.slice(first, last) });
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

  /** Puts word `index` in the sets of `bit` too (a word read as one for the reader: "youareanidiot"). */
  mark(index: number, bit: number): void {
    this.bits[index] = (this.bits[index] as number) | bit;
  }

  /** The marks of `marks` (tableMarks) of word `index`: 0 for a word the table does not hold, and past either end. */
  marked(index: number, marks: Uint16Array): number {
    return index < 0 || index >= this.length ? 0 : (marks[(this.entry[index] as number) + 1] as number);
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
 * The pictographs of weapons and harms read as the words they draw where they stand alone between
 * words: 🔫 shoot, 🔪 stab, 💣 bomb, 💀 death, 💊 pills (the lexicon reads other pictographs as
 * words: text/confusables.ts's PICTOGRAPH_WORDS).
 */
const WEAPON_PICTOGRAPHS: Readonly<Record<string, string>> = { '\u{1f52b}': 'shoot', '\u{1f52a}': 'stab', '\u{1f4a3}': 'bomb', '\u{1f480}': 'death', '\u{1f48a}': 'pills' };
/** The things those pictographs draw, read after an article or an owner ("a 🔪", "my 🔫"). */
const WEAPON_NOUNS: Readonly<Record<string, string>> = { '\u{1f52b}': 'gun', '\u{1f52a}': 'knife' };
/** What those pictographs do, read after "get" or "be" ("you're getting 🔫"). */
const WEAPON_DONE: Readonly<Record<string, string>> = { '\u{1f52b}': 'shot', '\u{1f52a}': 'stabbed' };
/** Words before a pictograph that make it the thing it draws. */
const WEAPON_OWNERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that']);
/** A gap of white space holding one of them alone (a variation selector may follow it). */
const STANDING_PICTOGRAPH = /(?:^|\s)(\u{1f52b}|\u{1f52a}|\u{1f4a3}|\u{1f480}|\u{1f48a})\ufe0f?\s+$/u;

/** A letter written twice or more in a row, and every such run (for a masked word stretched). */
const REPEATED_LETTER = /([a-z])\1/;
const REPEATED_LETTERS = /([a-z])\1+/g;

/** The shortest and longest grammar word read from two pieces split by a space. */
const SPACED_SHORTEST = 5;
const SPACED_LONGEST = 16;
/** The first pieces a grammar word may be split into by a space: each word's first two letters or more, leaving two or more. */
const FIRST_PIECES = WordTable.ofStarts(WORDS.words().filter((word) => word.length >= SPACED_SHORTEST && word.length <= SPACED_LONGEST && /^[a-z]+$/.test(word)), 2);

/**
 * Whether the normalized word [from, to) was joined from letters spaced out: a gap in the source
 * between two of its characters (what normalization drops inside a word, invisible characters, an
 * apostrophe, a stretched letter, is covered by the character before it).
 *
 * @example
 * spacedOut(start, end, 0, 3); // true for "ura", joined from "u r a"
 */
function spacedOut(start: ArrayLike<number>, end: ArrayLike<number>, from: number, to: number): boolean {
  // (Most words span as many source units as they have characters.)
  if (to - from < 2 || (end[to - 1] as number) - (start[from] as number) === to - from) return false;
  for (let index = from + 1; index < to; index++) if ((start[index] as number) > (end[index - 1] as number)) return true;
  return false;
}

/** A capital I beside a small letter ("sIit", "kiII" has none beside a small one after the i). */
const CAPITAL_I_INSIDE = /[a-z]I|I[a-z]/;

/** The fewest letters of a spaced-out token read as one word rather than as its letters. */
const SPACED_WORD_SHORTEST = 5;

/**
 * Whether the terms spelled over a spaced-out token that opens with an article leave the article out
 * ("a d y k e" joined as "adyke", the term "dyke" from its second letter; the lexicon's walk reads it
 * so too, match.ts's joinedAfter).
 */
function spelledAfterArticle(start: ArrayLike<number>, spelled: readonly LexiconMatch[], from: number): boolean {
  const second = start[from + 1] as number;
  return spelled.every((match) => match.end <= (start[from] as number) || match.start >= second);
}

/** Words of laughter, which end no exclamation and stand beside an insult alone ("what a loser lol", "idiot hahaha"). */
export const LAUGHTER = /^(?:lo+l|lmf?ao+|rofl|haha(?:ha)*h?|hehe(?:he)*|smh|xd)$/;

/**
 * Per ASCII code, 1 for the dash, dot and underscore that may split a word of the grammar. Not the
 * slash, which splits the lexicon's words (source-looks.ts's breakSplits, "dick/head"): between
 * letters it is an abbreviation far more often ("s/o", "w/o", "b/c"), and "so" is a word here.
 */
const BREAKS = new Uint8Array(128);
for (const mark of '-._') BREAKS[mark.charCodeAt(0)] = 1;

/** `(` and `<` (leet.ts's BRACKETS): kept in normalized words for the leet they may be ("fu(k"), brackets where they open one. */
const BRACKET_CODES = new Uint8Array(128);
for (const bracket of BRACKETS) BRACKET_CODES[bracket.charCodeAt(0)] = 1;

/**
 * The index of the verb of `verbs` in "<verb> to" right before word `index`, or -1: "tried to
 * exterminate", "wants to kill" (the threat and group templates read such harm as a report).
 *
 * @example
 * intentBefore(words, 3, new Set(['tried'])); // 1 in "Nazis tried to exterminate them"
 */
export function intentBefore(words: Words, index: number, verbs: ReadonlySet<string>): number {
  return words.text(index - 1) === 'to' && verbs.has(words.text(index - 2)) ? index - 2 : -1;
}

/** Indexes of the words that are insults or vulgar, for the comment being read (reused, like `words`). */
export const HATEFUL = new Set<number>();
/** Of those, the vulgar ones. */
export const VULGAR = new Set<number>();
/**
 * Index of the word holding a text offset (binary search).
 *
 * @example
 * wordAt(words, match.start); // the index of the word the match starts in
 */
export function wordAt(words: Words, offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((words.start[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** No words: a writerBefore with nothing but a negator to halt it. */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Where the writer (a word of `writers`: "I", "I'd", "wanna"...) stands as a subject up to `reach`
 * words before word `index`, in its sentence; -1 for none, or where a negator or a word of `halts`
 * ("was": "I was watching your house") comes first.
 *
 * @example
 * writerBefore(words, 3, 'I want to undress her', new Set(['i']), 4); // 0
 */
export function writerBefore(words: Words, index: number, text: string, writers: ReadonlySet<string>, reach: number, halts: ReadonlySet<string> = NO_WORDS): number {
  for (let before = index - 1; before >= Math.max(0, index - reach); before--) {
    if (words.has(before, NEGATOR) || halts.has(small(words, before))) return -1;
    if (writers.has(small(words, before))) return before;
    if (startsSentence(words, before, text)) return -1;
  }
  return -1;
}

/**
 * The first of the words from `from` to `to` (both included) in the sets of `bit`, or -1.
 *
 * @example
 * anyIn(words, index - 3, index - 1, NEGATOR); // the first negator up to three words before, or -1
 */
export function anyIn(words: Words, from: number, to: number, bit: number): number {
  for (let index = Math.max(0, from); index <= Math.min(words.length - 1, to); index++) if (((words.bits[index] as number) & bit) !== 0) return index;
  return -1;
}

/**
 * The texts of the words from `from` to `to` (both included), joined by spaces.
 *
 * @example
 * textOf(words, 0, 2); // 'go back to' in "go back to your country"
 */
export function textOf(words: Words, from: number, to: number): string {
  let text = words.text(from);
  for (let index = from + 1; index <= to; index++) text += ` ${words.text(index)}`;
  return text;
}

/**
 * A severe finding (always reported) spanning the words from `first` to `last`.
 *
 * @example
 * severe(words, 0, 3, 'threat', 'threat', 'hurt'); // severity 4, spanning words 0 to 3
 */
export function severe(words: Words, first: number, last: number, category: IncivilityCategory, messageId: string, term: string): IncivilitySignal {
  return { category, messageId, term, spans: [{ start: (words.start[first] as number), end: (words.end[last] as number) }], severity: 4 };
}

/**
 * Marks per entry of the grammar's table: `marks[entry]` holds the mark of every set its word is in,
 * so a template tells its words by one array look-up a word (as the sets' bits do), not by hashing
 * each known word into several sets. Every word of the sets must be a word of the table.
 *
 * @example
 * const KINDS = tableMarks([[INTIMATE_PARTS, 1], [BODY_ACTS, 2]]); // words.marked(i, KINDS) & 1: a part
 */
export function tableMarks(sets: readonly (readonly [Iterable<string>, number])[]): Uint16Array {
  const marks = new Uint16Array(WORDS.words().length + 1);
  for (const [set, mark] of sets) {
    for (const word of set) {
      const entry = WORDS.find(word, 0, word.length);
      if (entry < 0) throw new Error(`tableMarks: "${word}" is no word of the grammar's table; add it to LITERALS in words.ts`);
      // (At entry + 1: an unknown word's entry, -1, reads the 0 at the start.)
      marks[entry + 1] = (marks[entry + 1] as number) | mark;
    }
  }
  return marks;
}

/**
 * Whether word `index` is exactly `literal` (small letters), told from its characters, with no
 * string made (for words the grammar's table does not hold).
 *
 * @example
 * wordIs(words, 0, 'run'); // true in "run him over"
 */
export function wordIs(words: Words, index: number, literal: string): boolean {
  if (index < 0 || index >= words.length) return false;
  const from = words.from[index] as number;
  if ((words.to[index] as number) - from !== literal.length) return false;
  for (let at = 0; at < literal.length; at++) if (words.normalized.charCodeAt(from + at) !== literal.charCodeAt(at)) return false;
  return true;
}

/**
 * The text of word `index` when it is a short word (twelve letters at most), else '' (and '' past
 * either end): for the small words a template names ("your", "on", "may"), with no long word's text
 * cut out.
 *
 * @example
 * small(words, -1); // ''
 */
export function small(words: Words, index: number): string {
  if (index < 0 || index >= words.length || (words.to[index] as number) - (words.from[index] as number) > 12) return '';
  return words.text(index);
}

/**
 * Whether a word opens its clause (the comment's start, or after . ! ? , ; :), where a verb is a command.
 *
 * @example
 * startsSentence(words, 2, 'Look, you idiot'); // false; true for word 1 ("you", after a comma)
 */
export function startsSentence(words: Words, index: number, text: string): boolean {
  return index === 0 || /[.!?,;:]\s*$/.test(text.slice((words.end[index - 1] as number), (words.start[index] as number)));
}

/**
 * Whether word `index` opens a sentence as startsSentence says, or after a "?" or "!" that the word
 * before kept (as its leet letter may be) and white space: "Options? Commit suicide." (Only where a
 * command is looked for: read everywhere, it moved insults and vocatives too.)
 */
export function opensAfterStop(words: Words, index: number, text: string): boolean {
  if (startsSentence(words, index, text)) return true;
  const end = words.end[index - 1] as number;
  return KEPT_STOP.test(text.charAt(end - 1)) && /^\s+$/.test(text.slice(end, words.start[index] as number));
}

/** A sentence's last mark that a word may keep in it ("wait?", "go!"). */
const KEPT_STOP = /[!?]/;

/**
 * Whether a word `opens` accepts stands among the `reach` words before word `index`, in its clause
 * (the search stops at a word opening a sentence or clause): a condition before a threat or a
 * command ("If you skip leg day you'll regret it").
 *
 * @example
 * openedBefore(words, 5, text, 8, (at) => words.has(at, CONDITIONAL));
 */
export function openedBefore(words: Words, index: number, text: string, reach: number, opens: (at: number) => boolean): boolean {
  for (let at = index - 1; at >= Math.max(0, index - reach); at--) {
    if (opens(at)) return true;
    if (startsSentence(words, at, text)) return false;
  }
  return false;
}

/**
 * Whether the clause ends right after word `index`: the comment's last word, or punctuation after it.
 *
 * @example
 * clauseEndsAfter(words, 1, 'Kill Trump. Now'); // true
 */
export function clauseEndsAfter(words: Words, index: number, text: string): boolean {
  return index === words.length - 1 || startsSentence(words, index + 1, text);
}

/**
 * Whether a full stop, "!" or "?" stands between word `index` and the next (not the marks a word keeps).
 *
 * @example
 * stopAfter(words, 1, 'beautiful women. Shit'); // true
 */
export function stopAfter(words: Words, index: number, text: string): boolean {
  return /[.!?]/.test(text.slice(words.end[index] as number, words.start[index + 1] as number));
}

/**
 * Whether a sentence ends between words `first` and `last`: a full stop between two of them, or a
 * word that ends in "!" or "?" (a word keeps its trailing marks).
 *
 * @example
 * sentenceBetween(words, 1, 2, 'beautiful women. Shit, maybe'); // true
 */
export function sentenceBetween(words: Words, first: number, last: number, text: string): boolean {
  for (let index = first + 1; index <= last; index++) {
    if (stopAfter(words, index - 1, text)) return true;
    if (/[!?]$/.test(text.slice(words.start[index - 1] as number, words.end[index - 1] as number))) return true;
  }
  return false;
}

/**
 * Whether a clause ends between words `first` and `last` (a comma, semicolon, colon or a sentence end).
 *
 * @example
 * clauseBetween(words, 0, 1, 'Look, you'); // true (a comma)
 */
export function clauseBetween(words: Words, first: number, last: number, text: string): boolean {
  for (let index = first + 1; index <= last; index++) if (startsSentence(words, index, text)) return true;
  return sentenceBetween(words, first, last, text);
}

/**
 * Whether a word from `from` to `to` (inclusive) is one of `set` (its words among the LITERALS).
 *
 * @example
 * anyKnown(words, 1, 1, ROLES); // true in "these politicians are scum"
 */
export function anyKnown(words: Words, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index <= Math.min(words.length - 1, to); index++) if (set.has(words.known(index) ?? '')) return true;
  return false;
}

/**
 * Whether word `index` lies inside one of the spans.
 *
 * @example
 * insideAny(allowed, words, 1); // true for "garbage" in "the garbage men" (an allow phrase)
 */
export function insideAny(spans: readonly Span[], words: Words, index: number): boolean {
  const start = words.start[index] as number;
  const end = words.end[index] as number;
  return spans.some((span) => span.start <= start && end <= span.end);
}
