/**
 * What makes words about a group a report or no attack on it: a saying the writer reports or
 * rejects, someone else's intent, a disease suffered rather than said of the group, the hate a group
 * meets rather than hate of it, a group named as the object of a preposition.
 */
import { CALLING } from './grammar.js';
import { BE_WORD, DETERMINER, GROUP, ADJECTIVAL, NEGATING_SUBJECT, NEGATOR, OPINION, REPORTER, Words, anyIn, intentBefore, startsSentence } from './words.js';

/** What a saying is called by a writer who rejects it ("It's a myth that immigrants are criminals"). */
const FALSEHOODS = new Set(['myth', 'lie', 'lies', 'false', 'untrue', 'nonsense', 'wrong', 'stereotype', 'rumor', 'rumour']);

/** Nouns for a saying put forward, not asserted: "the idea that migrants are dangerous has been debunked". */
const PROPOSITIONS = new Set(['idea', 'claim', 'claims', 'notion', 'narrative', 'trope', 'assumption', 'suggestion', 'rhetoric']);

/**
 * Whether what starts at word `index` is a saying the writer reports or rejects rather than makes: a
 * saying or opinion verb up to three words before it whose subject is someone else ("I'm sick of
 * people claiming Mexicans are lazy", "Anyone who thinks Muslims are terrorists", "Stop saying trans
 * people are mentally ill", "The propaganda portrayed Japanese people as monkeys"), or one negated
 * or called wrong ("It's wrong to say that...", "Nobody should say women are inferior"), or a
 * myth or a lie "that" it is, or a verb of calling whoever calls ("calling all black people
 * criminals"). "I think Muslims are ..." and "I say ..." are the writer's own.
 *
 * @example
 * sayingReported(words, 5, text); // true for "Mexicans" in "I'm sick of people claiming Mexicans are lazy"
 */
export function sayingReported(words: Words, index: number, text: string): boolean {
  for (let before = Math.max(0, index - 3); before < index; before++) if (words.has(before, REPORTER) && CALLING.has(words.text(before))) return true;
  if (words.text(index - 1) === 'that' && (FALSEHOODS.has(words.text(index - 2)) || PROPOSITIONS.has(words.text(index - 2)))) return true;
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
 * Whether the harm verb at `index` follows "<intent> to", or is the purpose of a journey ("drove ten
 * hours to kill"), with someone else for subject: a report ("Hitler wanted to exterminate the
 * Jews", "the administration plans to deport millions of immigrants", "he was convicted of
 * threatening to kill Black church members"), not the writer's own call ("I want to kill all ...",
 * "we need to deport them all").
 *
 * @example
 * intentReported(words, 3); // true for "exterminate" in "Hitler wanted to exterminate the Jews"
 */
export function intentReported(words: Words, index: number): boolean {
  const verb = intentBefore(words, index, INTENTS) >= 0 ? index - 2 : purposeOfJourney(words, index);
  return verb >= 0 && !FIRST_PERSON.has(words.text(verb - 1)) && !FIRST_PERSON.has(words.text(verb - 2));
}

/** Past tenses of going somewhere, whose "to" may give the purpose of the journey. */
const JOURNEYS = new Set(['drove', 'went', 'came', 'travelled', 'traveled', 'flew', 'walked', 'ran', 'rode', 'returned', 'headed', 'sailed', 'marched', 'crossed', 'moved']);

/**
 * The index of a past journey the harm verb at `index` is the purpose of, up to five words before
 * its "to" ("The shooter drove ten hours to kill Hispanics"): a report of what someone did; -1 where
 * there is none.
 */
function purposeOfJourney(words: Words, index: number): number {
  if (words.text(index - 1) !== 'to') return -1;
  for (let verb = index - 2; verb >= Math.max(0, index - 6); verb--) if (JOURNEYS.has(words.text(verb))) return verb;
  return -1;
}

/** Verbs of depicting a group as something ("portrayed Japanese people as monkeys"). */
const PORTRAYING = new Set(['portrayed', 'portrays', 'portray', 'depicted', 'depicts', 'depict', 'painted', 'paints', 'cast', 'casts']);

/**
 * Whether a disease word at `index` is said of something ("are", "is", "a", "the" or "like" up to
 * three words before it: "Muslims are a cancer", "a mental illness", "the LGBT cancer") rather than
 * suffered ("women battling cancer", "men with cancer").
 *
 * @example
 * saidOf(words, 3); // true for "cancer" in "Muslims are a cancer", false in "women battling cancer"
 */
export function saidOf(words: Words, index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 3); before--) {
    if (words.known(before) === 'like' || words.has(before, BE_WORD | DETERMINER)) return true;
  }
  return false;
}

/** Nouns "hate" names a kind of ("hate crimes", "hate speech"): then it is no verb. */
const HATE_NOUNS = new Set(['crime', 'crimes', 'speech', 'group', 'groups', 'campaign', 'campaigns', 'preacher', 'preachers', 'mail', 'incident', 'incidents', 'rhetoric', 'movement', 'site', 'sites', 'ideology', 'law', 'laws', 'watch', 'figures', 'attack', 'attacks', 'comments', 'messages']);

/**
 * Whether "hate" at `index` is a verb aimed at the group word at `group` after it: "I hate gays",
 * "even god hates dominicans", "H A T E  W O M E N"; not a noun naming a kind of thing ("hate
 * crimes against gay people") nor the hate a group meets ("hate against Muslims").
 *
 * @example
 * hatesGroup(words, 1, 2); // true in "I hate gays"; false for "hate" in "hate crimes against gay people"
 */
export function hatesGroup(words: Words, index: number, group: number): boolean {
  if (HATE_NOUNS.has(words.text(index + 1))) return false;
  for (let between = index + 1; between < group; between++) if (GROUP_PREPOSITIONS.has(words.text(between))) return false;
  return true;
}

/** Prepositions that make a group word the object of what comes before ("violence against women"). */
const GROUP_PREPOSITIONS = new Set(['against', 'toward', 'towards', 'targeting', 'on']);

/**
 * Whether the group word at `index` is the object of a preposition (up to two words before it,
 * determiners or other group words between: "against black people", "toward the gay community").
 *
 * @example
 * objectOfPreposition(words, 2); // true for "black" in "racism against black people"
 */
export function objectOfPreposition(words: Words, index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 3); before--) {
    if (GROUP_PREPOSITIONS.has(words.text(before))) return true;
    if (!words.has(before, DETERMINER | GROUP | ADJECTIVAL)) return false;
  }
  return false;
}
