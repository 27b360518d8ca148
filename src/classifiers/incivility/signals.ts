/**
 * Reading a comment for incivility: lexicon matches placed among the normalized words, each judged
 * by what surrounds it (addressed to the reader? negated? reported? a group term?), then turned into
 * findings with evidence and into the features the score combines.
 */
import { appendAll } from '../../append.js';
import { BUILTIN_LEXICONS, type LexiconMatch, type Span, keepLongest } from '../../lexicon/index.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { codedHate } from './coded.js';
import { sayingReported } from './group-reports.js';
import { sexualAdvances } from './sexual.js';
import { harmMadeSure, readerFoundMaimed, smugnessEnded, weaponTakenTo } from './promised.js';
import { POINTED_PEOPLE } from './people.js';
import { gluedMatches } from './glued.js';
import { misspeltPhrases } from './phrase-words.js';
import { vulgarWordsOf } from './glued-words.js';
import { SPAM_PHRASE } from '../bundled-lexicon.js';
import { adjectival, calledNames, delightedShutUp, exclaimedInsult, insideQuotes, insultAlone, insultOpens, quotePositions, titled } from './setting.js';
import { DEAD_AS_ADVERB, DESCRIPTIONS, WRITER } from './grammar.js';
import { exclusions, groupAttacks } from './groups.js';
import { advisedSelfHarm, dieInPhrase, everydayReflexive, killCommands, methodCommands, notDying, onlyGoodDead, othersSelfHarm, selfHarmCommands, toldTo } from './commands.js';
import { attributedAfter, calledBefore, chantedBefore, masked, namedAsWord, negatedBefore, negatedOpinion, participantBefore, placement, readerDoesIt, toldToStop, vocative, weakAimed, writerNamedAfter, imaginedBeing } from './placement.js';
import { armedThreats, deathForetold, harmGot, stalkingThreats, veiledThreats, attemptReported, toldToOthers, calledForPassives, harmWishes, harmlessIdiom, passiveThreats, peacefulDeath, saidByWriter, thingAsSubject, threatTemplates, weaponThreats, whereaboutsKnown, wishedBefore } from './threats.js';
import { BE_WORD, DETERMINER, GROUP, HATEFUL, INTENSIFIER, NEGATING_SUBJECT, NEGATOR, PERSON, PRAISE, SECOND, VULGAR, Words, YOU_ARE_WORD, YOU_WORD, small, anyIn, clauseEndsAfter, overlapsAny, sentenceBetween, severe, startsSentence, wordAt, writerBefore } from './words.js';

/** Whether the sentence of word `index` ends in a question mark. */
function asked(words: Words, index: number, text: string): boolean {
  let end = index;
  while (end + 1 < words.length && !startsSentence(words, end + 1, text)) end++;
  const after = text.slice(words.start[end] as number, end + 1 < words.length ? (words.start[end + 1] as number) : text.length);
  return after.includes('?');
}

/** Sexual words that name a crime, a topic of the news as often as harassment ("the rape trial"). */
const SEXUAL_CRIMES = new Set(['rape', 'raped', 'raping', 'rapist', 'grope', 'molest']);
/** The writer as a subject ("I had to", "I'm", "wanna come"); not "my", which may own another subject ("my cat"). */
const WRITER_SUBJECTS = new Set(['i', 'im', 'ill', 'id', 'ive', 'imma', 'ima', 'wanna']);

/**
 * The bundled insults that are vulgar words too (`vulgar` in rules/lexicons/insult.json), and the
 * insults respelling them ("azzhole", "biatch": rules/lexicons/respellings.json).
 */
const VULGAR_INSULTS: ReadonlySet<string> = (() => {
  const vulgar = new Set(BUILTIN_LEXICONS.insult!.filter((entry) => entry.vulgar === true).map((entry) => entry.term));
  for (const entry of BUILTIN_LEXICONS.respellings!) if (entry.category === 'insult' && entry.respelling !== undefined && vulgar.has(entry.respelling)) vulgar.add(entry.term);
  return vulgar;
})();

const LETTER = /\p{L}/u;

/**
 * Whether an insult match is a vulgar insult written as a whole word: not a prefix entry's start of
 * a longer word (Swedish "slutpris", the town Bitche).
 */
function vulgarInsult(match: LexiconMatch, text: string): boolean {
  return VULGAR_INSULTS.has(match.term) && !LETTER.test(text.charAt(match.end));
}

/** The finding of a vulgar word at the match's span. */
function vulgarWord(match: LexiconMatch, spans: Span[]): IncivilitySignal {
  return { category: 'profanity', messageId: 'vulgar', term: match.term, spans, severity: match.severity };
}

/**
 * Insult phrases that are an insult word written in two ordinary words ("brain dead", "low life",
 * "a hole"; "ahole" is a respelling): that word, aimed only as it is, not a phrase said to someone
 * ("declared brain dead", "a hole in the road"). Not where a word of it is a term itself ("dumb
 * ass", "dick head"), which no ordinary sentence holds.
 */
const WRITTEN_IN_TWO = ((): Set<string> => {
  const entries = Object.values(BUILTIN_LEXICONS).flat();
  const words = new Set(entries.filter((entry) => !entry.term.includes(' ')).map((entry) => entry.term));
  const insults = entries.filter((entry) => entry.category === 'insult');
  const insultWords = new Set(insults.filter((entry) => !entry.term.includes(' ')).map((entry) => entry.term));
  return new Set(insults.map((entry) => entry.term).filter((term) => term.includes(' ') && insultWords.has(term.replaceAll(' ', '')) && term.split(' ').every((word) => !words.has(word))));
})();

/**
 * Whether the insult at word `first` is predicated ("is a moron", "are such pompous pricks", "what
 * a moron", "he's a total arsehole"), not negated.
 */
function predicated(words: Words, first: number, last: number, text: string, vulgar: boolean): boolean {
  // "is/are/what", then "a"/"an" and up to two words ("a pompous", "such a useless"), or nothing.
  for (let index = first - 1; index >= Math.max(0, first - 4); index--) {
    const word = words.text(index);
    // ("What a moron would say ..." asks what someone would say: an exclamation ends or names whom.)
    if (word === 'what' && !clauseEndsAfter(words, last, text) && !EXCLAIMED_OF.has(words.text(last + 1))) return false;
    // ("such a worthless cretin" exclaims as "what a" does; not a vulgar insult, said of the writer
    // or a thing as often: "I've been such a bitch", "Monday was such a bitch".)
    const such = word === 'such' && !vulgar && (words.text(index + 1) === 'a' || words.text(index + 1) === 'an');
    if (words.has(index, BE_WORD) || IS_CONTRACTED.has(word) || word === 'what' || such) {
      if (index < first - 1 && anyIn(words, index + 1, first - 1, DETERMINER) < 0) return false;
      return !words.has(index - 1, NEGATOR) && !words.has(index + 1, NEGATOR);
    }
    if (words.has(index, NEGATOR)) return false;
  }
  return false;
}

/** What is wished before "is" ("All I want for my birthday is ..."): no person is described. */
const WISHING = new Set(['want', 'wanted', 'need', 'wish']);

/**
 * Whether the "is" of the words up to four before word `first` has a thing for its subject ("that is
 * one ugly animal", "it's a joke") or a wish ("All I want for my birthday is a big booty hoe").
 */
function thingPredicated(words: Words, first: number): boolean {
  for (let index = first - 1; index >= Math.max(0, first - 4); index--) {
    if (words.has(index, BE_WORD)) {
      if (PREDICATED_THINGS.has(words.text(index - 1))) return true;
      for (let before = index - 1; before >= Math.max(0, index - 5); before--) if (WISHING.has(small(words, before))) return true;
      return false;
    }
    if (IS_CONTRACTED.has(words.text(index))) return THING_SUBJECTS.has(words.text(index));
  }
  return false;
}

/**
 * Slurs that name things or people no slur is meant for as often ("That goal was a cracker", "he is
 * a spook" who worked for MI6, "a redskin potato", "the mongrels" of a dog rescue, "Haji" a pilgrim's
 * title, "Moslem" an old spelling, "gringo" a foreigner in Latin America): said of someone, they are
 * not read as an attack by that alone.
 */
const NOT_ONLY_PEOPLE = new Set(['cracker', 'spook', 'redskin', 'haji', 'kraut', 'shylock', 'moslem', 'mongrels', 'negro', 'gringo']);
/** Subjects that are things: "it's a cracker" (a fine thing), "it's wop sided" (lopsided), "that's a bit gay". */
const THING_SUBJECTS = new Set(['it', 'its', 'that', 'thats', 'this', 'which', 'what', 'whats']);
/** Those, and one written as said, as subjects of "is" before a stacked insult ("dat is one ugly animal"). */
const PREDICATED_THINGS = new Set([...THING_SUBJECTS, 'dat']);

/**
 * Whether the slur at words [first, last] is said of someone: "is", "was" or "'s" and "a" (with
 * determiners, intensifiers and hateful words between: "is a total dyke", "she's a fucking poof",
 * "the drummer's a poof") right before it, or the noun of a person right after it ("ugly halfbreed
 * kid"). Not of a thing ("it's a cracker"), nor of the writer ("I was a dyke long before
 * it was cool"), nor denied ("he's not a poof"; "he's no poof" has no "a").
 */
function slurSaidOf(words: Words, first: number, last: number, text: string): boolean {
  // A slur before the noun of a person it is said of: "ugly halfbreed kid", "that poof teacher".
  if (POINTED_PEOPLE.has(words.text(last + 1)) && !words.has(first - 1, NEGATOR)) return true;
  let index = first - 1;
  let article = false;
  while (index >= Math.max(0, first - 3) && (words.has(index, DETERMINER) || words.has(index, INTENSIFIER) || HATEFUL.has(index))) {
    const word = words.text(index);
    if (word === 'a' || word === 'an') article = true;
    index--;
  }
  if (!article) return false;
  const be = words.text(index);
  // (A noun with "'s" for "is": "the drummer's a poof", "my mate's a dyke".)
  const nounIs = index >= 0 && /\p{L}['’]s$/u.test(text.slice(words.start[index] as number, words.end[index] as number));
  if (!(words.has(index, BE_WORD) || IS_CONTRACTED.has(be) || be === 'was' || nounIs) || THING_SUBJECTS.has(be) || THING_SUBJECTS.has(words.text(index - 1))) return false;
  return !words.has(index - 1, NEGATOR) && !words.has(index + 1, NEGATOR) && !saidOfWriter(words, first);
}

/** Words after a person pointed at by an insult ("ban this scum, ...", "that moron should resign", "that dyke with her buzz cut", "another libtard who ..."). */
const AFTER_POINTED = new Set(['is', 'was', 'has', 'had', 'should', 'needs', 'deserves', 'who', 'will', 'can', 'cant', 'couldnt', 'wont', 'doesnt', 'didnt', 'does', 'did', 'just', 'with', 'keeps', 'thinks', 'wants', 'already', 'now', 'please', 'immediately', 'permanently', 'forever', 'from', 'off', 'out', 'in', 'on', 'at', 'over', 'again', 'here', 'there', 'back', 'up', 'down', 'to']);

/**
 * Whether the insult or slur at words [first, last] names a person pointed at: "this", "that" or
 * "another" right before it (or before one hateful word before it: "that stupid cretin"), the noun phrase
 * ending with it ("ban this scum.", "that moron should resign", "This spastic can't even install a
 * mod"; not "this swine flu", "that bitch of a commute"). A slur for `people` only is pointed at by
 * "some" too, and by what the person does or has after it ("some dyke with a buzzcut", "Another poof
 * trying to lecture normal people", "that poof isn't even kicking the ball": AFTER_SLUR_POINTED).
 */
function pointedAt(words: Words, first: number, last: number, text: string, hateful: ReadonlySet<number>, people = false): boolean {
  const before = hateful.has(first - 1) && first - 1 !== last ? first - 2 : first - 1;
  const pointer = words.text(before);
  if (pointer !== 'this' && pointer !== 'that' && pointer !== 'another' && !(people && pointer === 'some')) return false;
  return clauseEndsAfter(words, last, text) || (people ? AFTER_SLUR_POINTED : AFTER_POINTED).has(words.text(last + 1));
}

/** Words after a person a slur points at, besides AFTER_POINTED's: "another poof trying to lecture us", "that dyke isn't". */
const AFTER_SLUR_POINTED = new Set([...AFTER_POINTED, 'trying', 'tries', 'isnt', 'got', 'gets', 'walks', 'talks', 'acting', 'screaming', 'crying', 'whining']);

/** The group term within six words before word `first`, in its sentence ("women should get back in the kitchen"), or -1. */
function groupBefore(words: Words, first: number, text: string): number {
  const group = anyIn(words, first - 6, first - 1, GROUP);
  return group >= 0 && !sentenceBetween(words, group, first, text) ? group : -1;
}

/**
 * Whether the insult ending at word `last` is said "of a" person named after it: "a brainless clown
 * of a referee", "that idiot of a mayor" (not "a bitch of a commute", "a nightmare of a day").
 */
function ofAPerson(words: Words, last: number): boolean {
  if (words.text(last + 1) !== 'of' || (words.text(last + 2) !== 'a' && words.text(last + 2) !== 'an')) return false;
  return POINTED_PEOPLE.has(words.text(last + 3)) || POINTED_PEOPLE.has(words.text(last + 4));
}

/**
 * Love declared to the reader: "love you" opening a clause or after "I", "we", "still", "and"...
 * ("Love you anyway", "I love you so much", "love ya xx"), a heart, a kiss; not love supposed or
 * denied ("so I can love you", "will she love you", "nobody will ever love you").
 */
const AFFECTION = /(?:^|[.,!?;:)]\s*|\b(?:i|we|and|still|really|but|tho|though|lol|haha|anyway)\s+)(?:love|luv)\s+(?:you|ya|u)\b|\bily\b|[\u2764\u{1f495}\u{1f496}\u{1f497}\u{1f618}\u{1f970}]|\bxx+$/iu;

/** The words of "what kind of <insult>" ("what sort of moron ..."). */
const KINDS = new Set(['kind', 'sort', 'type']);
/** The writer right after such an insult ("what kind of idiot I was"). */
const WRITER_AFTER = new Set(['i', 'im', 'id', 'ive', 'ill', 'am', 'we', 'were']);

/** Verbs after "only a(n) <insult>": "Only an idiot would ...", "only a moron believes ...". */
const ONLY_ONE_DOES = new Set(['would', 'could', 'believes', 'thinks', 'writes', 'says', 'votes', 'buys', 'falls', 'defends']);

/**
 * Whether the insult at words [first, last] is said of whoever does something: "Only a brain-dead
 * loser would write ...", "only an absolute moron believes this" (up to two words between "a" and the insult).
 */
function onlyOneWould(words: Words, first: number, last: number): boolean {
  if (!ONLY_ONE_DOES.has(words.text(last + 1))) return false;
  for (let article = first - 1; article >= Math.max(1, first - 3); article--) {
    const word = words.text(article);
    if (word === 'a' || word === 'an') return words.text(article - 1) === 'only';
  }
  return false;
}

/** Who an exclamation names after its insult ("what a moron he is", "what a prat that man is"). */
const EXCLAIMED_OF = new Set(['he', 'she', 'they', 'that', 'this', 'the', 'you', 'ur', 'u', 'is', 'was', 'hes', 'shes']);

/** A subject and "is" written as one ("he's a ...", "that's a ..."). */
const IS_CONTRACTED = new Set(['hes', 'shes', 'thats', 'theyre', 'whos', 'its']);

/** Whether the writer is the subject of the insult at word `first` (within the four words before it). */
function saidOfWriter(words: Words, first: number): boolean {
  for (let index = Math.max(0, first - 4); index < first; index++) if (WRITER.has(words.known(index) ?? '')) return true;
  return false;
}

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
  /** The most severe action the finding asks for, whatever its category asks ("hold" for a quoted slur). */
  atMost?: 'hold';
  /** Reported whatever the score, as severity 4 findings are (a strong insult said of someone). */
  always?: true;
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

/** Words that open a place after "at" ("at this club", "at the back") or say everything ("a failure at life"), where a skill would stand bare ("at trivia"). */
const PLACE_LEADS = new Set(['the', 'this', 'that', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'every', 'each', 'work', 'home', 'school', 'everything', 'anything', 'life', 'all', 'it']);

/** Whether the comment says something is what the reader is ("you are a ...", "what a ... you are"). */
function youAreA(words: Words, text: string, hateful: ReadonlySet<number>): [number, number] {
  let predicative = 0;
  let exclamative = 0;
  for (let index = 0; index < words.length; index++) {
    const next = words.known(index + 1);
    const afterBe = words.has(index, YOU_WORD) && words.has(index + 1, BE_WORD) ? index + 2 : words.has(index, YOU_ARE_WORD) ? index + 1 : -1;
    if (afterBe >= 0 && words.has(afterBe, DETERMINER) && saysWhatReaderIs(words, index, afterBe, text, hateful)) predicative = 1;
    if (words.known(index) === 'what' && (next === 'a' || next === 'an') && anyIn(words, index + 2, index + 5, YOU_WORD) >= 0) exclamative = 1;
  }
  return [predicative, exclamative];
}

/**
 * Whether "you are" + a determiner at word `afterBe` says what the reader is: not where praise or a
 * plain description follows ("you are a wonderful inspiration", "a true fan"), nor what the reader
 * does ("you're just teasing me"), an insult denied ("You're no idiot"; not "you're no match for
 * me"), a supposition ("If you were a tribute in The Hunger Games"), a skill ("You're a monster at
 * trivia", "an absolute demon at darts"; not a place, "a disgrace at this club") or an opinion negated.
 */
function saysWhatReaderIs(words: Words, index: number, afterBe: number, text: string, hateful: ReadonlySet<number>): boolean {
  if (words.known(afterBe) === 'just' && afterBe + 1 < words.length && words.text(afterBe + 1).endsWith('ing')) return false;
  if (DESCRIPTIONS.has(words.known(afterBe + 1) ?? '') || (words.known(afterBe) === 'no' && hateful.has(afterBe + 1))) return false;
  if (words.known(index - 1) === 'if') return false;
  const at = words.text(afterBe + 2) === 'at' ? afterBe + 2 : words.text(afterBe + 3) === 'at' ? afterBe + 3 : -1;
  if (at >= 0 && at + 1 < words.length && !PLACE_LEADS.has(words.text(at + 1))) return false;
  return anyIn(words, afterBe + 1, afterBe + 3, PRAISE) < 0 && !negatedOpinion(words, index, 3, text);
}

const words = new Words();
const NO_QUOTES: readonly number[] = [];
/**
 * The most findings one template (threats, commands, harm wishes, group attacks) reports in a
 * comment: each is compared with the findings before it, so an unbounded number made a comment
 * flooded with "kill them." take minutes (150,000 of them: 373 s).
 */
const FINDINGS_PER_TEMPLATE = 200;
/** Words after "nobody cares" or "who cares" that make it reassurance ("nobody cares if you're late"). */
const CONDITIONS = new Set(['if', 'whether']);

/** Words that introduce what was said or written, right before the words said ("messages saying she 'should be raped'"): not the grammar's REPORTING, words of calling. */
const QUOTING = new Set(['saying', 'said', 'says', 'told', 'telling', 'wrote', 'writing', 'texted', 'tweeted', 'posted', 'messaged', 'shouted', 'shouting', 'screamed', 'screaming', 'threatened', 'threatening', 'claiming', 'claimed']);

/** A lexicon phrase that holds a word for the reader ("you suck", "kill yourself", "shut your mouth"). */
const SAID_TO_READER = /\b(?:you|your|yours|yourself|yourselves|u|ur|ya)\b/;

function categoryOf(match: LexiconMatch): string {
  return match.category;
}

/**
 * Reads one comment: findings and features.
 *
 * @example
 * const allowed: Span[] = [];
 * const { signals, features } = readIncivility(analysis, lexicon.matchNormalized(analysis.text, analysis.normalized, allowed), allowed);
 */
export function readIncivility(analysis: TextAnalysis, all: readonly LexiconMatch[], allowed: readonly Span[]): Reading {
  const reading = readWords(analysis, all, allowed);
  // A weak slip of a harm word, an English word written for it ("dye" for die, "nek" for neck, "nife"
  // for knife), is read as the harm word only where the comment, read so, holds a threat or a harm
  // that holds it ("hope you dye in your sleep"; not "she dyed her hair"). Read again only for a
  // comment with one and no such finding (most have none).
  if (words.weakSlips === 0 || reading.signals.some(harmFound)) return reading;
  words.weakReading = true;
  const weak = readWords(analysis, all, allowed);
  words.weakReading = false;
  // (Not "dye" before what is dyed: "I hope you dye your hair pink".)
  const held = (index: number): boolean => !(words.known(index)?.startsWith('die') === true && notDying(words, index, analysis.text));
  return weak.signals.some((signal) => harmFound(signal) && words.weakAt.some((index) => held(index) && signal.spans.some((span) => span.start <= (words.start[index] as number) && (words.end[index] as number) <= span.end))) ? weak : reading;
}

/** A finding of the grammar's threats and harms (severity 4: a threat, a harm wished, self-harm urged, a sexual advance). */
function harmFound(signal: IncivilitySignal): boolean {
  return signal.severity >= 4 && (signal.category === 'threat' || signal.category === 'harassment');
}

/** readIncivility's one reading of the comment's words (the weak slips as `words.weakReading` says). */
function readWords(analysis: TextAnalysis, all: readonly LexiconMatch[], allowed: readonly Span[]): Reading {
  words.read(analysis, all);
  // Insults glued to a word for the reader ("youareanidiot"), where no match is: that word is one
  // for the reader, so they are aimed.
  const readings = gluedMatches(analysis);
  const glued = readings.aimed.length === 0 ? readings.aimed : readings.aimed.filter((match) => unmatched(all, match));
  for (const match of glued) {
    const index = wordAt(words, match.start);
    words.mark(index, SECOND);
  }
  // So is a phrase said to the reader written as one word ("yousuck", "#killyourself"), or glued to
  // more words ("iwillkillyou").
  const phrases = readings.phrases.length === 0 ? readings.phrases : readings.phrases.filter((match) => unmatched(all, match));
  for (const match of phrases.length === 0 ? all : [...all, ...phrases]) {
    if (!match.term.includes(' ') || !SAID_TO_READER.test(match.term)) continue;
    const index = wordAt(words, match.start);
    if (words.length > 0 && index === wordAt(words, match.end - 1)) words.mark(index, SECOND);
  }
  // And insults glued to a word of contempt ("dirtywhore"), aimed only as any insult is.
  let intensified = readings.intensified.length === 0 ? readings.intensified : readings.intensified.filter((match) => unmatched(all, match));
  // And a term glued to one other word ("ashit", "uselessprick"; the words reader split them), aimed
  // only as any term is.
  if (words.gluedTerms.length > 0) {
    // (Not where another reading took the token: "stupidfagget" is a slur made stronger, not an insult and a slur.)
    const pairs = words.gluedTerms.filter((_, index) => { const token = words.gluedTokens[index]!; return unmatched(all, token) && unmatched(intensified, token) && unmatched(glued, token) && unmatched(phrases, token); });
    if (pairs.length > 0) intensified = [...intensified, ...pairs];
  }
  // And a term split in two by white space ("idi ots", "arse\nhole") or written backwards ("norom"),
  // aimed only as any term is, where no match spans it whole (a match of one piece, "arse", does not).
  if (words.readTerms.length > 0) {
    const splits = words.readTerms.filter((split) => !all.some((match) => match.start <= split.start && split.end <= match.end));
    if (splits.length > 0) intensified = [...intensified, ...splits];
  }
  // And phrases with several words misspelt or split ("Go jupm off a brideg").
  // (Where no match already holds the phrase whole: a vulgar word inside it, "dikk" of "sukk my dikk",
  // is a match of its own beside it.)
  const misspelt = misspeltPhrases(words, analysis.text).filter((match) => !all.some((other) => other.start <= match.start && match.end <= other.end) && unmatched(phrases, match));
  // And a passive harm called for after another passive ("should be lined up and shot"), and names
  // called the reader after "you absolute" ("you absolute walnut").
  const called = calledForPassives(words, analysis.text);
  const named = calledNames(words, analysis.text).filter((match) => unmatched(all, match) && unmatched(glued, match) && unmatched(intensified, match) && unmatched(phrases, match) && unmatched(misspelt, match));
  if (named.length > 0) called.push(...named);
  // Of overlapping matches of one category keep the longest ("nobody asked you" over "nobody").
  const lexiconOnly = glued.length === 0 && intensified.length === 0 && phrases.length === 0 && misspelt.length === 0 && called.length === 0;
  const matches = withVulgarInside(keepLongest(lexiconOnly ? all : [...all, ...glued, ...intensified, ...phrases, ...misspelt, ...called], categoryOf));
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
  // Whether the comment says it loves the reader (AFFECTION), looked at once, at the first mild insult.
  let loved: boolean | undefined;
  for (const match of matches) {
    if (words.length === 0) break;
    const first = wordAt(words, match.start);
    const last = wordAt(words, Math.max(match.start, match.end - 1));
    if ((match.category === 'insult' && match.severity >= 2) || match.category === 'profanity') for (let index = first; index <= last; index++) hateful.add(index);
    if (match.category === 'profanity') for (let index = first; index <= last; index++) VULGAR.add(index);
    const span = [{ start: match.start, end: match.end }];
    // (A term named as a word, "the word retard", is mentioned as a quoted one is.)
    const quoted = insideQuotes(quotes, match.start) || namedAsWord(words, first);
    switch (match.category) {
      case 'insult': {
        const phrase = (match.term.includes(' ') && !WRITTEN_IN_TWO.has(match.term)) || (match.term.length <= 4 && /^(stfu|gtfo)$/.test(match.term));
        // A comment that is nothing but the insult ("Idiot.", "Total loser!") is said to whoever it
        // answers: it addresses the reader as "you idiot" does (not a weak word: "trash" alone is a
        // verdict on a thing as often).
        // (Two weak insults, an adjective and a noun, opening the comment as its verdict are as strong:
        // "Clueless donkey. Stick to commenting on cat videos.")
        const alone = !quoted && ((match.severity >= 2 && (insultAlone(words, first, last, hateful) || insultOpens(words, first, last, hateful, analysis.text, match.term) || exclaimedInsult(words, first, last, analysis.text, match.term))) || (match.severity === 1 && first === 1 && weakPairOpens(matches, words, last, analysis.text, match.term)));
        if (alone) words.mark(first, SECOND);
        const where = quoted ? 'reported' : alone ? 'aimed' : placement(words, first, last, analysis.text, quotes);
        // ("shut up, no way, congrats!": delight, not a dismissal.)
        // ("Nobody cares if you get the steps wrong", "who cares whether it's raining": reassurance.)
        if (where === 'negated' || where === 'reported' || (phrase && (delightedShutUp(words, first, last) || (match.term.endsWith('cares') && CONDITIONS.has(words.text(last + 1)))))) {
          softened++;
          continue;
        }
        // A mild word said to the reader in a comment that says it loves them is banter ("You absolute
        // muppet, you forgot my birthday AGAIN. Love you anyway ❤️"; not "love you too, moron").
        if (where === 'aimed' && match.severity <= 2 && !phrase && !VULGAR_INSULTS.has(match.term) && (loved ??= AFFECTION.test(analysis.text))) {
          softened++;
          continue;
        }
        if (phrase && match.severity >= 2) dismissal = Math.max(dismissal, match.severity);
        // A weak word before praise is praise ("You crazy genius", "you mad legend").
        if (match.severity === 1 && !phrase && words.has(last + 1, PRAISE)) continue;
        // A weak word near "you" is aimed only when said of the reader; else it counts as unaimed.
        const weak = where === 'aimed' && !phrase && match.severity === 1 && !weakAimed(words, first, analysis.text) && !alone;
        // ("Nobody" not said of the reader is the pronoun: "Nobody knows what you mean".)
        if (weak && words.has(first, NEGATING_SUBJECT)) continue;
        if ((where === 'aimed' && !weak) || phrase || match.severity >= 4) {
          // Said of the article's writer or a commenter ("the author is an idiot"), to the one told to
          // stop being it ("Stop acting like a bitch") or to the one a vocative calls ("Sit down,
          // clown."), named by what they wrote ("the idiot who wrote this article") or told to imagine
          // being it ("Imagine being this stupid"): a participant, as the reader is. (Only an insult
          // counted as aimed: a weak word at the start of a list, "Gammon, egg and chips", addresses no one.)
          const addressee = where !== 'aimed' || alone ? -1 : Math.max(participantBefore(words, first, analysis.text), toldToStop(words, first, analysis.text), vocative(words, first, last, analysis.text) || writerNamedAfter(words, last, analysis.text) || imaginedBeing(words, first) ? first : -1);
          if (addressee >= 0) words.mark(addressee, SECOND);
          aimedSeverity = Math.max(aimedSeverity, match.severity);
          aimedCount++;
          // (A strong phrase said of someone else, "Caller Dave is a complete waste of oxygen", is held
          // as a strong word said of them is, below.)
          // (Not a vulgar one, said in admiration as often: "the toughest son of a bitch I've ever known".)
          const phraseSaidOf = phrase && where !== 'aimed' && match.severity >= 3 && !VULGAR_INSULTS.has(match.term) && !vulgarInsult(match, analysis.text) && predicated(words, first, last, analysis.text, false) && !saidOfWriter(words, first) && !thingPredicated(words, first);
          signals.push({ category: 'insult', messageId: 'insult', term: match.term, spans: span, severity: match.severity, ...(phraseSaidOf ? { always: true as const } : {}) });
          // Aimed, a vulgar insult is a vulgar word too ("you stupid bitch"), as "you fucking idiot"
          // holds one (the score's features count it as the insult only).
          if (vulgarInsult(match, analysis.text)) signals.push(vulgarWord(match, span));
        } else {
          unaimedSeverity = Math.max(unaimedSeverity, match.severity);
          // (A weak word near "you" not said of the reader, in a question, is no hostile content by
          // itself: "Are you sick of the traffic?", "You got called a tool?" are asked, whatever the score.)
          if (!(weak && asked(words, last, analysis.text))) cues.push({ start: match.start, end: match.end, term: match.term });
          // A strong insult said of someone else ("the minister is a pompous prick", "what a moron
          // that councillor is") attacks a person as one said to the reader does: held whatever the
          // score. Weaker words ("Trump is an idiot") stay an opinion, counted by the score only; nor
          // is the writer ("I'm a moron") nor a thing ("that's a bitch of a commute").
          // So is one pointed at ("ban this scum", "that moron should resign"), and whoever does what
          // "only a <insult>" would do ("Only a brain-dead loser would write ...", of any strength
          // but the weakest).
          // (Not a vulgar insult pointed at: "in this bitch" is a place, "fuck that bitch" a thing as often;
          // it is reported as a vulgar word all the same.)
          const pointed = !VULGAR_INSULTS.has(match.term) && pointedAt(words, first, last, analysis.text, hateful);
          const ofPerson = match.severity >= 2 && !phrase && ofAPerson(words, last);
          // So is a weaker one stacked on another insult or vulgar word said of someone ("the new charge
          // nurse is the most useless cow", "This presenter is a gormless muppet"): two verdicts on a
          // person, held as one strong word is; "Trump is an idiot" alone stays an opinion.
          // (Not of a thing: "dat is one ugly animal".)
          const stacked = !phrase && !adjectival(match.term) && hateful.has(first - 1) && predicated(words, first, last, analysis.text, VULGAR_INSULTS.has(match.term)) && !thingPredicated(words, first);
          // So is whoever "what kind of <insult>" asks about ("What kind of idiot sells a matching-numbers
          // GTO to a flipper?"), as "only an idiot would" names them.
          // (Not the writer, "I wonder what kind of idiot I was back then", nor a thing described, "What
          // kind of bitch ass throw was that".)
          const whatKind = match.severity >= 2 && !phrase && !adjectival(match.term) && words.text(first - 1) === 'of' && KINDS.has(words.text(first - 2)) && words.text(first - 3) === 'what' && !WRITER_AFTER.has(words.text(last + 1)) && !matches.some((other) => (other.category === 'profanity' || other.category === 'insult') && wordAt(words, other.start) === last + 1);
          const saidOf = (match.severity >= 3 && !phrase && !adjectival(match.term) && (predicated(words, first, last, analysis.text, VULGAR_INSULTS.has(match.term)) || pointed)) || stacked || whatKind || (match.severity >= 2 && onlyOneWould(words, first, last)) || ofPerson;
          if (saidOf && !saidOfWriter(words, first) && (words.text(last + 1) !== 'of' || ofPerson)) {
            signals.push({ category: 'insult', messageId: 'insult', term: match.term, spans: span, severity: match.severity, always: true });
          }
          // An insult that is a vulgar word ("asshole", "bitch") said of someone else is still a
          // vulgar word ("my neighbour is a total asshole"); denied or reported it is neither, and
          // nor is a prefix of a longer word (Swedish "slutpris", the town Bitche).
          if (vulgarInsult(match, analysis.text)) {
            profanity++;
            unaimedVulgarEnd = Math.max(unaimedVulgarEnd, last);
            signals.push(vulgarWord(match, span));
          }
        }
        break;
      }
      case 'threat':
      case 'self-harm': {
        // ("You're dead serious", "hope you're dead set on it": "dead" an adverb, no death.)
        if (match.term.endsWith('dead') && DEAD_AS_ADVERB.has(words.text(last + 1))) {
          softened++;
          continue;
        }
        // A threat or self-harm phrase wished on someone is a harm wish, whoever would do it: "Hope you
        // break your neck" (no threat: the reader would do it), "Wish this reporter would just drop dead".
        const wish = quoted ? -1 : wishedBefore(words, first, analysis.text);
        if (wish >= 0) {
          signals.push(severe(words, wish, last, 'harassment', 'harm-wish', match.term));
          break;
        }
        if (match.category === 'self-harm') {
          // "Don't ever kill yourself", "never kill yourself": the opposite of incitement; "he tried to
          // jump in front of a train": a report.
          if (quoted || negatedBefore(words, first, analysis.text) || attemptReported(words, first) || toldToOthers(words, first) || everydayReflexive(words, last, analysis.text)) {
            softened++;
            continue;
          }
          // (A phrase of three words or more told to the reader counts whatever the score: "Take a long
          // walk off a short pier", "Jump off a cliff"; not two, "cut yourself" told as "Cut yourself a slice".)
          const told = match.severity === 3 && match.term.split(' ').length >= 3 && toldTo(words, first, analysis.text);
          signals.push({ category: 'harassment', messageId: 'self-harm', term: match.term, spans: span, severity: match.severity, ...(told ? { always: true as const } : {}) });
          break;
        }
        // (Nor said of no one: "Nobody deserves to be shot in their own driveway".)
        if (quoted || dieInPhrase(words, last) || titled(words, first, last, analysis.text) || attributedAfter(words, last, analysis.text) || negatedBefore(words, first, analysis.text) || anyIn(words, first - 2, first - 1, NEGATING_SUBJECT) >= 0 || harmlessIdiom(words, first, last) || attemptReported(words, first) || thingAsSubject(words, first) || peacefulDeath(words, last) || readerDoesIt(words, first, last)) {
          softened++;
          continue;
        }
        // Said by the writer of what they will do, a threat is one whatever the score ("I'm putting a
        // brick through your window"), unless a stronger one overlaps it, which says it already ("I'll
        // make you pay" in "I'll make you pay for this").
        const threat: IncivilitySignal = { category: 'threat', messageId: 'threat', term: match.term, spans: span, severity: match.severity };
        if (match.severity < 4 && saidByWriter(words, first, analysis.text) && !matches.some((other) => other.category === 'threat' && other.severity > match.severity && other.start < match.end && match.start < other.end)) threat.always = true;
        signals.push(threat);
        break;
      }
      case 'identity-attack': {
        // A slur in quotation marks, masked or after "called (me) a" is mentioned as often as used
        // ('the word "faggot" got him suspended', "the n****r word", "Being called a faggot at school
        // nearly broke me"): held for a person to read, not rejected.
        const chanted = chantedBefore(words, first);
        // A slogan chanted (a phrase, not a word) or quoted (three words or more) is reported:
        // 'Marchers chanted "Jews will not replace us"', "Fans chanted sieg heil". A quoted word or
        // pair may be aimed at someone (you "faggot", "ching chong"), so it is held.
        const phraseWords = match.term.split(' ').length;
        // So is a saying about a group that the writer reports or rejects ("The claim that Jews control
        // the media is a lie"), as the group rules read it (group-reports.ts).
        if ((chanted && phraseWords >= 2) || (quoted && phraseWords >= 3) || (phraseWords >= 3 && sayingReported(words, first, analysis.text))) {
          softened++;
          continue;
        }
        // (A slur for a person pointed at is used, whatever the score: "Look at that dyke with her buzz
        // cut"; masked too, "look at that d*ke": the mask hides it from filters, not from the person.)
        const named = quoted || chanted || calledBefore(words, first);
        // (And a slur for the reader's kind, "Poofs like you are why this forum went to hell".)
        const pointed = !named && (pointedAt(words, first, last, analysis.text, hateful, !NOT_ONLY_PEOPLE.has(match.term)) || (words.text(last + 1) === 'like' && words.has(last + 2, SECOND)));
        const mentioned = named || (masked(match.text) && !pointed);
        // (And one said of someone, as a strong insult is: "My kid's teacher is a dyke", "the drummer
        // is a poof"; not of the writer, "I'm a proud dyke", nor denied, "he's not a poof".)
        const saidOf = !named && !pointed && !NOT_ONLY_PEOPLE.has(match.term) && slurSaidOf(words, first, last, analysis.text);
        // (And a phrase said of a group named before it in its sentence, "women should get back in the
        // kitchen"; not a saying reported, "The claim that women should get back in the kitchen is outdated".)
        const group = named || phraseWords < 2 ? -1 : groupBefore(words, first, analysis.text);
        const aimedPhrase = group >= 0 && !sayingReported(words, group, analysis.text);
        signals.push({ category: 'identity-attack', messageId: mentioned ? 'slur-mention' : 'slur', term: match.term, spans: span, severity: match.severity, ...(mentioned ? { atMost: 'hold' as const } : {}), ...(pointed || saidOf || aimedPhrase ? { always: true as const } : {}) });
        break;
      }
      case 'sexual': {
        // "I don't send nudes", a demand in quotation marks: no demand made.
        if (quoted || negatedBefore(words, first, analysis.text)) {
          softened++;
          continue;
        }
        // "rape" in a news comment is a topic; aimed at the reader (or explicit) it is harassment.
        const aimed = anyIn(words, first - 4, last + 3, SECOND) >= 0;
        // A remark of no crime ("touch myself", "sit on my lap", "a freak in bed") the writer makes in a
        // comment that speaks to or of someone anywhere ("Your voice on the podcast is so sexy I had to
        // touch myself", "Wanna come sit on my lap and tell me more about your little blog?", "I bet
        // she's a freak in the bedroom"; not "My cat loves to sit on my lap while I read your articles")
        // is harassment whatever the score, as is one said by the writer of what they will do to the
        // reader ("I'll make you moan").
        const addressed = match.severity >= 3 && !SEXUAL_CRIMES.has(match.term) && writerBefore(words, first, analysis.text, WRITER_SUBJECTS, 4) >= 0 && anyIn(words, 0, words.length - 1, SECOND | PERSON) >= 0;
        if (aimed || addressed || match.severity >= 4) signals.push({ category: 'harassment', messageId: 'sexual', term: match.term, spans: span, severity: match.severity, ...(addressed || (aimed && saidByWriter(words, first, analysis.text)) ? { always: true as const } : {}) });
        break;
      }
      default: {
        profanity++;
        const aimed = anyIn(words, first - 2, last + 2, SECOND) >= 0;
        if (aimed) profanityAimed++;
        else unaimedVulgarEnd = Math.max(unaimedVulgarEnd, last);
        signals.push(vulgarWord(match, span));
      }
    }
  }
  // A vulgar word right before an insult aimed at someone is aimed with it: "fucking idiot!".
  if (unaimedVulgarEnd >= 0 && signals.some((signal) => signal.category === 'insult' && wordAt(words, signal.spans[0]!.start) === unaimedVulgarEnd + 1)) profanityAimed++;
  // The templates' findings in the writer's own words (each template's filtered only when it has
  // some: most comments have none). What they find inside quotation marks, or attributed to someone
  // after a comma ("..., the sheriff warned."), is reported speech, as for the lexicon's matches
  // ('The defendant told the victim "I will kill you"', 'She was told to "go back to Africa"'). At
  // most FINDINGS_PER_TEMPLATE of each: each is checked against every finding before it, and a comment
  // flooded with one threat thousands of times needs no more to be decided.
  const ownWords = (found: IncivilitySignal[], intoQuote = true): IncivilitySignal[] => {
    if (found.length === 0) return found;
    const marks = matches.length === 0 ? quotePositions(analysis.text) : quotes;
    // (A threat that runs into a quotation is none either: "someone shout 'I'll kill you'" is the
    // writer's words and a quote's. An attack may end in scare quotes: 'all girls are "psycho bitches"'.)
    // (Nor one that runs into a quotation right after a word reporting what was said: "messages saying
    // she 'should be raped'".)
    const unquoted = marks.length === 0 ? found : found.filter((signal) => {
      if (insideQuotes(marks, signal.spans[0]?.start ?? 0)) return false;
      const endsQuoted = insideQuotes(marks, Math.max(0, (signal.spans[signal.spans.length - 1]?.end ?? 1) - 1));
      return !endsQuoted || (intoQuote && !QUOTING.has(words.text(wordAt(words, signal.spans[0]?.start ?? 0) - 1)));
    });
    const kept = unquoted.filter((signal) => signal.spans.length === 0 || !attributedAfter(words, wordAt(words, Math.max(0, signal.spans[signal.spans.length - 1]!.end - 1)), analysis.text));
    return kept.length > FINDINGS_PER_TEMPLATE ? kept.slice(0, FINDINGS_PER_TEMPLATE) : kept;
  };
  // A whole threat ("I will hurt you": a speaker, a modal, a harm verb, a target) stands over the
  // milder lexicon threat it holds ("hurt you").
  for (const found of ownWords([...threatTemplates(words, analysis.text), ...passiveThreats(words), ...weaponThreats(words, analysis.text), ...armedThreats(words, analysis.text), ...stalkingThreats(words, analysis.text), ...deathForetold(words, analysis.text), ...veiledThreats(words, analysis.text), ...weaponTakenTo(words), ...harmMadeSure(words, analysis.text), ...readerFoundMaimed(words, analysis.text), ...whereaboutsKnown(words, analysis.text), ...smugnessEnded(words), ...harmGot(words, analysis.text)], false)) standOver(signals, found, ['threat']);
  // A command to kill stands over a milder lexicon threat it holds ("kill all" of "Kill all Tories").
  for (const found of ownWords([...killCommands(words, analysis.text), ...onlyGoodDead(words)])) standOver(signals, found, ['threat', found.category]);
  const attacks = ownWords(groupAttacks(words, hateful, analysis.text, allowed));
  const excluding = ownWords(exclusions(words, analysis.text));
  if (excluding.length > 0) appendAll(attacks, excluding.filter((found) => !attacks.some((attack) => overlaps(attack, found))));
  if (attacks.length > 0) {
    // An insult inside a group attack is part of the attack, not a second finding.
    for (let index = signals.length - 1; index >= 0; index--) if (signals[index]!.category === 'insult' && attacks.some((attack) => overlaps(attack, signals[index]!))) signals.splice(index, 1);
    appendAll(signals, attacks);
  }
  // A harm wish stands beside the threats and harassment already found, or over milder ones it
  // overlaps ("should be executed", a lexicon threat of severity 3, in "Trump should be executed").
  // Self-harm urged on the reader stands over the lexicon's self-harm phrase it holds ("go drown yourself"), and gives way to its threat ("please just die"); read before harm wishes, it names what "you should just give up and die" urges.
  for (const found of ownWords([...selfHarmCommands(words, analysis.text), ...othersSelfHarm(words, analysis.text), ...advisedSelfHarm(words, analysis.text), ...methodCommands(words, analysis.text)])) standOver(signals, found, ['harassment', 'threat']);
  for (const found of ownWords(harmWishes(words, analysis.text))) standOver(signals, found, ['threat', 'harassment']);
  // A sexual advance stands over the lexicon's sexual phrase it holds ("show me your tits").
  for (const found of ownWords(sexualAdvances(words, analysis.text))) standOver(signals, found, ['harassment']);
  // Hate symbols in punctuation and numbers ("(((They)))", "1488"), which no word spells.
  appendAll(signals, codedHate(analysis.text));
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
    ...youAreA(words, analysis.text, hateful),
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

/**
 * `matches` and the vulgar words inside the phrases written as one word among them
 * ("shutthefuckup", "youpieceofshit": the comment says "fuck", "shit" as the phrase written apart
 * does), each over the phrase's span, where no vulgar word matched there. A one-word term keeps its
 * own labels ("dumbass" is an insult, though "dumb ass" holds a vulgar word).
 */
function withVulgarInside(matches: LexiconMatch[]): LexiconMatch[] {
  let added: LexiconMatch[] | undefined;
  for (const match of matches) {
    // (A phrase's match only: a one-word term keeps its own labels, "dumbass" is an insult.)
    if (match.category === 'profanity' || match.category === SPAM_PHRASE || !match.term.includes(' ')) continue;
    const held = vulgarWordsOf(match.term);
    if (held === undefined || matches.some((other) => other.category === 'profanity' && other.start < match.end && match.start < other.end)) continue;
    for (const word of held) (added ??= []).push({ id: word.id, term: word.term, category: word.category, severity: word.severity as LexiconMatch['severity'], start: match.start, end: match.end, text: match.text });
  }
  return added === undefined ? matches : [...matches, ...added];
}

/**
 * Whether the comment opens with a sentence of two insults, an adjective before the noun insult
 * ending at word `last` ("Clueless donkey. Stick to ..."), and goes on (insultOpens).
 */
function weakPairOpens(matches: readonly LexiconMatch[], words: Words, last: number, text: string, term: string): boolean {
  const before = matches.find((other) => other.category === 'insult' && wordAt(words, other.start) === 0 && wordAt(words, Math.max(other.start, other.end - 1)) === 0);
  if (before === undefined || !adjectival(before.term) || adjectival(term)) return false;
  PAIR.clear();
  PAIR.add(0);
  return insultOpens(words, 1, last, PAIR, text, term);
}

/** A scratch set for weakPairOpens: the words insultOpens may take for insults (the pair's adjective). */
const PAIR = new Set<number>();

/** Whether no match of `all` overlaps `match` (a glued reading stands only where the lexicon found nothing). */
function unmatched(all: readonly LexiconMatch[], match: Span): boolean {
  return !overlapsAny(all, match.start, match.end);
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
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A run of marks ("!!!!!", "?!?!") is one.
    if (code === 33 && previous !== 33 && previous !== 63) exclamations++;
    else if (code === 63 && previous !== 33 && previous !== 63) questions++;
    previous = code;
  }
  return exclamations + questions / 2;
}

/**
 * Adds a template's finding unless a finding of `categories` as strong or stronger overlaps it; the
 * milder ones of those categories it overlaps go (a lexicon phrase of severity 3 inside a severity-4
 * reading of the whole: "kill all" in "Kill all Tories").
 */
function standOver(signals: IncivilitySignal[], found: IncivilitySignal, categories: readonly string[]): void {
  const overlapping = (signal: IncivilitySignal): boolean => categories.includes(signal.category) && overlaps(signal, found);
  if (signals.some((signal) => overlapping(signal) && signal.severity >= found.severity)) return;
  for (let index = signals.length - 1; index >= 0; index--) if (overlapping(signals[index]!)) signals.splice(index, 1);
  signals.push(found);
}

function overlaps(a: IncivilitySignal, b: IncivilitySignal): boolean {
  return a.spans.some((x) => b.spans.some((y) => x.start < y.end && y.start < x.end));
}
