/**
 * Threat templates and harm wishes, and what makes a threat phrase no threat (an idiom, a reported
 * attempt, a thing for subject).
 */
import { leetRead } from './word-entries.js';
import { capitalized, notDying } from './commands.js';
import { LIFE_GEAR, BETTER, BONES, BREAKING, BROKEN, DONE_TO_PARTS, CELEBRATING, DEADLY, EATING, GETTING, HOME_PLACES, RUNNING, SICKNESSES, STRUCK_PARTS, VEHICLES, WEAPONS, FAILING, FUTURE, GROWING, HARM_VERBS, ILLNESSES, JAILS, KIN, ORGANS, OVERCOMING, OWNERS, PASSIVE_HELPERS, PASSIVE_YOU, READERS_THINGS, VIOLENCE_DONE, WARNING, WHOLE, WRITER } from './grammar.js';
import { CONDITIONAL, GROUP, HARM_OUTCOME, HARM_VERB, MODAL, NAMES_PEOPLE, NEGATING_SUBJECT, NEGATOR, PERSON, SUBJECT, TARGET, WISH, Words, anyIn, anyKnown, clauseBetween, intentBefore, sentenceBetween, severe, small, clauseEndsAfter, openedBefore, startsSentence, wordIs, writerBefore } from './words.js';
import type { IncivilitySignal } from './signals.js';
import { builtinLexiconEntries, type LexiconMatch } from '../../lexicon/index.js';
import { INCIVILITY_LEXICONS } from '../bundled-lexicon.js';
import { PHRASE, termOf, type Term } from './glued-words.js';
import { HARMED_OBJECTS, POINTING, pointedPerson, relativeSubject } from './people.js';

/**
 * A first person or someone + a modal + a harm verb + a target, in that order within a few words.
 *
 * @example
 * threatTemplates(words, text); // one threat for "I will hurt you"
 */
export function threatTemplates(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let verb = 0; verb < words.length; verb++) {
    // (Or its -ing form after "be" or "be the one": "I'll be bashing your head in", "I'll be the one
    // bashing your head in"; the modal stands before "be".)
    // (Or "blow up", a harm only done to a place: "we're going to blow up the stadium".)
    // (Or running the person over, by the writer: "I'll run you over"; "someone should run him over"
    // is a harm wished, read below.)
    const ranOver = !words.has(verb, HARM_VERB) && runOver(words, verb);
    const be = words.has(verb, HARM_VERB) || placeHarm(words, verb) || ranOver ? verb : progressiveBe(words, verb);
    if (be < 0) continue;
    // ("I'd" right before the verb is a subject and a modal at once: "I'd punch him in the face";
    // not "I'd love to destroy him", said of a game as often.)
    let modal = anyIn(words, be - 3, be - 1, MODAL);
    if (modal < 0 && wordIs(words, be - 1, 'id')) modal = be - 1;
    // (Or "going to" a word further back: "I'm going to put a bomb under your car".)
    if (modal < 0 && small(words, be - 3) === 'to' && words.has(be - 4, MODAL)) modal = be - 4;
    // (So is "we'll", written with its apostrophe, said of a person or what is the reader's: "we'll
    // hang him", "we'll bomb your office"; not "well" alone, nor a team: "we'll destroy them on Saturday".)
    if (modal < 0 && wordIs(words, be - 1, 'well') && (HARMED_OBJECTS.has(small(words, verb + 1)) || small(words, verb + 1) === 'your' || small(words, verb + 1) === 'ur' || placeAttacked(words, verb) >= 0) && /['’]/.test(text.slice(words.start[be - 1] as number, words.end[be - 1] as number))) modal = be - 1;
    // (Or the writer's own future further back, the harm after "to" or "and": "I'll be waiting outside
    // to smash your skull in", "I'll wait at stage door and smash her face in".)
    // (Not after a desire, "I'd love to destroy him", said of a game as often as of a fight.)
    if (modal < 0 && (small(words, be - 1) === 'to' || small(words, be - 1) === 'and') && !WANTING_TO.has(small(words, be - 2))) modal = writerWillBefore(words, be - 2, text);
    const subject = modal < 0 ? -1 : anyIn(words, modal - 2, modal, SUBJECT);
    // (Or, by the writer, a person pointed at: "I would punch that reporter", "I'll hurt this guy";
    // "someone should kill that senator" is a command to kill, commands.ts.)
    // (A harm "for" something is wanted, not done: "I would kill for their sticky toffee pudding", "I'd kill for your job".)
    let target = small(words, verb + 1) === 'for' ? -1 : anyIn(words, verb + 1, verb + 3, TARGET);
    // (Or after "the life out of": "I'll choke the life out of you", "beat the living daylights out of him".)
    if (target < 0) target = outOf(words, verb);
    // (Or a part of the body of every one: "I'll break every finger on your hands", "both bones in your arm".)
    if (target < 0 && EVERY_ONE.has(small(words, verb + 1)) && EVERY_PART.has(small(words, verb + 2)) && (small(words, verb + 3) === 'on' || small(words, verb + 3) === 'in' || small(words, verb + 3) === 'of')) target = anyIn(words, verb + 4, verb + 4, TARGET);
    // (Or every one of them: "I will shoot every one of you", "every last one of them", "every single one of you".)
    if (target < 0 && small(words, verb + 1) === 'every') {
      const one = small(words, verb + 2) === 'last' || small(words, verb + 2) === 'single' ? verb + 3 : verb + 2;
      if (small(words, one) === 'one' && small(words, one + 1) === 'of') target = anyIn(words, one + 2, one + 2, TARGET);
      // (Or of people pointed at, by the writer: "I'll kill every one of those judges".)
      if (target < 0 && small(words, one) === 'one' && small(words, one + 1) === 'of' && subject >= 0 && FIRST_PERSON.has(words.known(subject) ?? '')) target = pointedPerson(words, one + 3, one + 4);
    }
    // (Or, by the writer, a place where people gather, shot up, bombed or burned down: "I'm gonna
    // shoot up the school"; "somebody should bomb that mosque" is a harm wish, read below.)
    if (target < 0 && subject >= 0 && FIRST_PERSON.has(words.known(subject) ?? '') && small(words, verb + 1) !== 'for') {
      target = placeAttacked(words, verb);
      if (target < 0 && !OTHERS_GONNA.has(small(words, subject - 1))) target = pointedPerson(words, verb + 2, verb + 3);
    }
    if (modal < 0 || subject < 0 || target < 0 || anyIn(words, subject, verb, NEGATOR) >= 0 || harmlessIdiom(words, verb, target)) continue;
    if (ranOver && !FIRST_PERSON.has(words.known(subject) ?? '')) continue;
    // "I am sorry it hurt you": the verb has a subject of its own after the modal.
    if (ownSubjectBetween(words, modal + 1, verb - 1)) continue;
    // "if we should inadvertently kill your son": a hypothesis, not a threat.
    if (anyIn(words, subject - 3, subject - 1, CONDITIONAL) >= 0) continue;
    // "We need to destroy them in the second half": a team beaten, in talk of a game.
    if (beatenInPlay(words, verb, target)) continue;
    found.push(severe(words, subject, target, 'threat', 'threat', words.text(verb)));
  }
  return found;
}

/** Verbs of the writer on their way, after "I'm": "I'm coming over to ...", "I'm going round to ...". */
const COMING = new Set(['coming', 'going', 'heading', 'driving', 'flying', 'waiting', 'gonna']);
/** Verbs of desire before "to" and a harm: "I'd love to destroy him". */
const WANTING_TO = new Set(['love', 'like', 'want', 'wanna', 'hate', 'prefer', 'try', 'need']);
/** Other people as a subject, who end the search for the writer's future ("I'll tell him to ..."). */
const SUBJECTS_BETWEEN = new Set(['you', 'u', 'he', 'she', 'they', 'we', 'him', 'her', 'them', 'hes', 'shes', 'theyre', 'youre', 'hell', 'shell', 'theyll', 'youll', 'someone', 'somebody', 'people']);

/**
 * The writer's future (WRITER_WILL: "I'll", "I'd", "imma") up to six words back from `from` in its sentence, with
 * no other subject nor a negation between; -1 for none.
 */
function writerWillBefore(words: Words, from: number, text: string): number {
  for (let at = from; at >= Math.max(0, from - 6); at--) {
    const word = small(words, at);
    if (WRITER_WILL.has(word)) return at;
    // (Or "I'm" or "we're" coming or going: "I'm coming over to murder you tonight".)
    if ((word === 'im' || word === 'were') && COMING.has(small(words, at + 1))) return at;
    if (SUBJECTS_BETWEEN.has(word) || words.has(at, NEGATOR) || startsSentence(words, at, text)) return -1;
  }
  return -1;
}

/** Words after "run you over" that make it a lift: "I'll run you over to the station". */
const LIFTED = new Set(['to', 'there', 'here', 'later', 'tomorrow', 'now']);

/** Whether the verb at `verb` runs someone over as vehicleHarm reads it ("I'll run you over in the car park"; not "run you over to the station", a lift). */
function runOver(words: Words, verb: number): boolean {
  if (!RUNNING.has(words.known(verb) ?? '')) return false;
  const over = vehicleHarm(words, verb);
  return over >= 0 && !LIFTED.has(small(words, over + 1));
}

/** Words that take every one of someone's parts: "every finger on your hands". */
const EVERY_ONE = new Set(['every', 'both', 'all', 'each']);
/** Those parts. */
const EVERY_PART = new Set([...BONES, ...STRUCK_PARTS, 'finger', 'fingers', 'bone', 'bones', 'tooth', 'teeth', 'toe', 'toes', 'rib', 'knuckle', 'knuckles']);

/** What a harm beats or chokes out of someone: "the life out of you", "the living daylights out of him". */
const BEATEN_OUT = new Set(['life', 'daylights', 'shit', 'crap', 'hell', 'fuck', 'piss', 'snot', 'stuffing', 'tar', 'breath']);

/**
 * The target after "the life out of" (or another of BEATEN_OUT) right after the harm verb at `verb`
 * ("choke the life out of you"), or -1.
 */
function outOf(words: Words, verb: number): number {
  if (small(words, verb + 1) !== 'the') return -1;
  const what = small(words, verb + 2) === 'living' ? verb + 3 : verb + 2;
  // (Its word as the grammar reads it, in leet too: "beat the sh1t out of you".)
  if (!BEATEN_OUT.has(words.known(what) ?? leetRead(small(words, what))) || small(words, what + 1) !== 'out' || small(words, what + 2) !== 'of') return -1;
  return anyIn(words, what + 3, what + 3, TARGET);
}

/** The reader as a subject, and with a future joined to it ("you'll", "you're" going to). */
const READER_SUBJECTS = new Set(['you', 'u', 'ya', 'yall']);
/**
 * The reader as the subject of a future right before word `head`: "you will", "you'll", "you're
 * going to", "you're gonna", "you won't", "you'll never" (and, `conditional`, "you'd", "you would"):
 * the subject's index (-1 where there is none) and whether the future is denied.
 *
 * @example
 * readerFuture(words, 2).subject; // 0 in "you will die tonight"
 */
export function readerFuture(words: Words, head: number, conditional = false): { subject: number; negated: boolean } {
  let future = head - 1;
  let negated = false;
  if (small(words, future) === 'not' || small(words, future) === 'never') {
    negated = true;
    future--;
  }
  if (small(words, future) === 'to' && small(words, future - 1) === 'going') future--;
  const modal = small(words, future);
  if (modal === 'wont') negated = true;
  const before = small(words, future - 1);
  let subject = -1;
  if (modal === 'youll' || modal === 'youre' || (conditional && modal === 'youd')) subject = future;
  else if (modal === 'going' && (before === 'youre' || before === 'ur')) subject = future - 1;
  else if (modal === 'going' && before === 'are' && READER_SUBJECTS.has(small(words, future - 2))) subject = future - 2;
  else if ((modal === 'will' || modal === 'wont' || modal === 'gonna' || modal === 'shall' || (conditional && modal === 'would')) && READER_SUBJECTS.has(before)) subject = future - 1;
  else if (modal === 'gonna' && (before === 'youre' || before === 'ure')) subject = future - 1;
  return { subject, negated };
}

/** A time soon: "you will die tonight", "you won't live to see tomorrow". */
const SOON = new Set(['tonight', 'tonite', 'today', 'tomorrow', 'tmrw', 'tmr', 'soon', 'shortly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas']);
/** The stretch a time soon names after "this" or "next": "you'll be dead by this weekend". */
const STRETCHES = new Set(['week', 'weekend', 'month', 'year']);

/** Whether words from `at` (within three) name a time soon: "tonight", "by this weekend", "before next week". */
function soonAfter(words: Words, at: number): boolean {
  for (let index = at; index < at + 3 && index < words.length; index++) {
    const word = small(words, index);
    if (SOON.has(word)) return true;
    if ((word === 'this' || word === 'next') && STRETCHES.has(small(words, index + 1))) return true;
  }
  return false;
}

/** Words of the writer's promise after a threat: "I promise", "I swear", "mark my words", "count on it", "that's a promise". */
const PROMISING = new Set(['promise', 'swear', 'guarantee', 'mark', 'count']);

/** Whether the writer promises it in the `reach` words from `from`: "..., I promise you", "Mark my words.", "count on it", "that's a promise". */
function promisedAfter(words: Words, from: number, reach: number): boolean {
  for (let at = from; at < from + reach && at < words.length; at++) {
    const word = small(words, at);
    if (!PROMISING.has(word)) continue;
    const before = small(words, at - 1);
    if ((word === 'promise' || word === 'swear' || word === 'guarantee') && (before === 'i' || before === 'thats' || before === 'a')) return true;
    if (word === 'mark' && small(words, at + 1) === 'my' && small(words, at + 2) === 'words') return true;
    if (word === 'count' && small(words, at + 1) === 'on' && small(words, at + 2) === 'it') return true;
  }
  return false;
}

/** Whether the death at word `end` ends its clause or goes on to when ("die, I promise", "dead before graduation"; not "die happy", "die one day"). */
function deathUnqualified(words: Words, end: number, text: string): boolean {
  return clauseEndsAfter(words, end, text) || small(words, end + 1) === 'before' || small(words, end + 1) === 'by';
}

/** Whether a condition of the writer's own follows the death at word `end` within five words ("die screaming when I find you", "dead if I see you again"). */
function writersConditionAfter(words: Words, end: number): boolean {
  for (let at = end + 1; at <= end + 5 && at < words.length; at++) {
    if (!words.has(at, CONDITIONAL) && small(words, at) !== 'when') continue;
    return WRITERS_OWN.has(small(words, at + 1)) || WRITERS_OWN.has(small(words, at + 2));
  }
  return false;
}

/** Whether the death at word `end` is for what the reader did: "die for what you did", "pay for this". */
function forWhatDone(words: Words, end: number): boolean {
  if (small(words, end + 1) !== 'for') return false;
  const what = small(words, end + 2);
  return (what === 'what' && (small(words, end + 3) === 'you' || small(words, end + 3) === 'u') && DONE_TO_OTHERS.has(small(words, end + 4))) || what === 'this' || what === 'that';
}

/** What the reader did that a death is for: "for what you did", "for what you said", "for what you've done". */
const DONE_TO_OTHERS = new Set(['did', 'done', 'said', 'wrote', 'posted', 'published', 'have', 've', 'put', 'made']);

/** The reader's kin as the subject of "is going to" or "will" before word `head`: "your whole family is going to", "your kids will"; -1 for none. */
function kinFuture(words: Words, head: number): number {
  let helper = head - 1;
  if (small(words, helper) === 'to' && small(words, helper - 1) === 'going') {
    helper -= 2;
    if (small(words, helper) !== 'is' && small(words, helper) !== 'are') return -1;
  } else if (small(words, helper) !== 'will' && small(words, helper) !== 'gonna') return -1;
  const kin = ownedKin(words, helper - 1, helper - 1);
  if (kin < 0) return -1;
  const owner = small(words, kin - 1) === 'whole' ? small(words, kin - 2) : small(words, kin - 1);
  return owner === 'your' || owner === 'ur' ? kin : -1;
}

/**
 * The reader's death foretold for a time soon: "You will die tonight", "you're going to die
 * tomorrow", "you'll be dead by this weekend", "you won't live to see tomorrow". Not without a time
 * soon ("you will die one day, like all of us", "you'll die laughing"), not after a condition ("if you
 * drive like that you'll die tonight": a warning), not denied ("you won't die tonight").
 *
 * @example
 * deathForetold(words, text); // one threat for "You will die tonight"
 */
export function deathForetold(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let verb = 1; verb < words.length; verb++) {
    // (A word of the grammar's table: the others are passed at one look, no text cut out.)
    const word = words.known(verb);
    if (word !== 'die' && word !== 'dead' && word !== 'live') continue;
    let head = -1;
    let denied = false;
    if (word === 'die') head = verb;
    else if (word === 'dead' && small(words, verb - 1) === 'be') head = verb - 1;
    else if (word === 'live' && small(words, verb + 1) === 'to' && small(words, verb + 2) === 'see') {
      head = verb;
      denied = true;
    }
    if (head < 1) continue;
    let { subject, negated } = readerFuture(words, head);
    // (Or the reader's kin: "Your whole family is going to die, I promise you".)
    if (subject < 0 && !denied) subject = kinFuture(words, head);
    if (subject < 0 || negated !== denied) continue;
    const end = denied ? verb + 2 : verb;
    // (A time soon, or the writer's promise: "You'll be dead before graduation, I promise you that".)
    // (Nor a condition after it: "you will die soon if you keep smoking"; unless the condition is the
    // writer's: "You'll be dead by Friday if you post my address again".)
    // (Or under the writer's own condition, "... going to die screaming when I find you", or for what
    // the reader did, "You will DIE for what you did to this country".)
    const foretold = soonAfter(words, end + 1) || (deathUnqualified(words, end, text) && promisedAfter(words, end + 1, 4)) || writersConditionAfter(words, end) || forWhatDone(words, end);
    if (!foretold || !conditionIsWriters(words, subject, end, text)) continue;
    found.push(severe(words, subject, end, 'threat', 'threat', `${words.text(subject)} … ${words.text(verb)}`));
  }
  return found;
}

/** Words of a loss regretted in a veiled threat: "it would be a shame if ...", "a pity if ...". */
const SHAME = new Set(['shame', 'pity']);
/** What may befall the reader's things in such a threat: "if something happened to it", "if your shop caught fire". */
const MISFORTUNES = new Set(['happened', 'happen', 'happens', 'missing', 'fire', 'burned', 'burnt', 'burn', 'ended', 'hurt', 'damaged', 'broke', 'broken', 'disappeared', 'vanished', 'accident', 'smashed', 'vandalised', 'vandalized', 'flooded', 'leaked']);
/** Who or what the misfortune befalls: something of the reader's, or "something", "it". */
const BEFALLEN = new Set(['something', 'anything', 'it', 'your', 'ur', 'yer', 'you']);
/** What one will regret that is the act the writer objects to: "you'll regret writing this", "... saying that". */
const REGRETTED_ACTS = new Set(['writing', 'saying', 'posting', 'publishing', 'printing', 'talking', 'crossing', 'messing', 'this', 'it', 'that', 'what']);

/**
 * Veiled threats: a misfortune to the reader's things hinted as a pity ("It would be a shame if your
 * little shop caught fire one night", "Nice dog you've got, be a shame if it went missing"; not "it
 * would be a shame if the park closed"), and the reader told they will regret what they wrote or
 * said, or wish they never had ("you'll regret writing this article", "You will regret this.",
 * "you'll wish you never picked up a pen"; not "you'll regret not buying that stock", "you'll regret
 * this haircut").
 *
 * @example
 * veiledThreats(words, text); // one threat for "It would be a shame if your little shop caught fire one night"
 */
export function veiledThreats(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index < words.length; index++) {
    // (Words of the grammar's table: the others are passed at one look, no text cut out.)
    const word = words.known(index);
    if (word === undefined) continue;
    if (SHAME.has(word) && small(words, index + 1) === 'if') {
      let befallen = -1;
      for (let at = index + 2; at <= index + 7 && at < words.length; at++) {
        if (startsSentence(words, at, text) && at > index + 2) break;
        if (befallen < 0 && BEFALLEN.has(small(words, at))) befallen = at;
        else if (befallen >= 0 && MISFORTUNES.has(small(words, at))) {
          found.push({ ...severe(words, index, at, 'threat', 'threat', `${word} if … ${small(words, at)}`), severity: 3, always: true });
          break;
        }
      }
    } else if ((word === 'regret' || word === 'wish') && !words.has(index - 1, NEGATOR)) {
      // "you'll regret", "you will regret", "you're going to regret"; "you'll wish you never ...".
      const future = small(words, index - 1);
      const reader = future === 'youll' ? index - 1 : (future === 'will' || future === 'gonna') && (small(words, index - 2) === 'you' || small(words, index - 2) === 'u') ? index - 2 : -1;
      if (reader < 0) continue;
      const next = small(words, index + 1);
      const regretted = word === 'regret' ? REGRETTED_ACTS.has(next) && ((next !== 'this' && next !== 'it' && next !== 'that') || clauseEndsAfter(words, index + 1, text)) : (next === 'you' || next === 'u') && (small(words, index + 2) === 'never' || small(words, index + 2) === 'hadnt');
      // (Not after a condition ("if", "unless", "when") in its clause, eight words back at most: "If
      // you skip leg day you'll regret it".)
      if (!regretted || openedBefore(words, reader, text, 8, (at) => words.has(at, CONDITIONAL))) continue;
      found.push({ ...severe(words, reader, index + 1, 'threat', 'threat', `${words.text(reader)} … ${word}`), severity: 3, always: true });
    }
  }
  return found;
}


/** Places where people gather, the targets of a mass attack ("shoot up the school", "bomb your office"). */
// (Not "class", "bar" nor "club": "I'm going to bomb this class", "the bar exam", a club beaten.)
const GATHERING_PLACES = new Set(['school', 'schools', 'college', 'campus', 'university', 'classroom', 'mall', 'church', 'mosque', 'synagogue', 'temple',
  'office', 'offices', 'newsroom', 'studio', 'stadium', 'arena', 'concert', 'festival', 'parade', 'rally', 'station', 'airport', 'parliament', 'capitol',
  'embassy', 'headquarters', 'hq', 'building', 'clinic', 'hospital', 'store', 'shop', 'supermarket', 'restaurant',
  'venue', 'hall', 'chapel', 'cathedral', 'centre', 'center', 'zone', 'meetup', 'convention', 'con', 'plane', 'bus', 'train', 'bakery', 'cafe', 'pub', 'gym',
  'library', 'theatre', 'theater', 'cinema', 'factory', 'warehouse', 'courthouse', 'museum', 'terminal', 'depot', 'garage', 'salon', 'surgery']);

/** Words before a place that make it where a thing goes or is, not what is attacked. */
const BEFORE_PLACES = new Set(['to', 'at', 'in', 'into', 'from', 'for', 'on', 'onto', 'towards', 'toward', 'near', 'by', 'outside']);

/** The verbs of a harm done to a place, by their forms. */
const PLACE_HARMS = new Map([['blow', 'blow'], ['blowing', 'blow'], ['shoot', 'shoot'], ['shooting', 'shoot'], ['burn', 'burn']]);

/** Whether word `verb` is a harm done to a place only, as a phrase: "blow up", "shoot up" (also a harm verb alone), "burn down". */
function placeHarm(words: Words, verb: number): boolean {
  // (Words of the grammar's table: asked of every word, so no text is cut out of the others.)
  // (Or their -ing forms after "I'm": "I'm blowing up the plane".)
  const word = PLACE_HARMS.get(words.known(verb) ?? '');
  if (word === undefined) return false;
  const wanted = word === 'burn' ? 'down' : 'up';
  if (small(words, verb + 1) === wanted) return true;
  // (Or after the place it attacks: "I'll blow this building up", "burn that bakery down".)
  for (let at = verb + 2; at <= verb + 3 && at + 1 < words.length; at++) if (GATHERING_PLACES.has(small(words, at)) && small(words, at + 1) === wanted) return true;
  return false;
}

/**
 * The place a harm verb attacks within three words after it, where the verb is one of a mass attack
 * on it ("shoot up the school", "blow up the stadium", "bomb your office", "burn down the mosque"),
 * else -1 ("shoot the breeze at the office" names a place, but no attack on it).
 */
function placeAttacked(words: Words, verb: number): number {
  const word = words.known(verb) ?? '';
  if (!placeHarm(words, verb) && word !== 'bomb' && word !== 'firebomb' && word !== 'torch') return -1;
  for (let at = verb + 1; at <= verb + 4 && at < words.length; at++) {
    if (GATHERING_PLACES.has(small(words, at))) return at;
    // (The place attacked, not one the harm goes to: "gonna bomb this one to center" is a batter's hit.)
    if (BEFORE_PLACES.has(small(words, at))) return -1;
  }
  return -1;
}

/** Words that make a weapon in the body a likeness: "it feels like a knife in your chest". */
const LIKENESS = new Set(['like', 'as', 'feels', 'felt', 'feel']);
/** Words between a weapon and the body: "a knife in your ribs", "a bullet through your skull". */
const INTO = new Set(['in', 'into', 'through', 'between']);

/** Verbs of putting a weapon into someone: "put a knife in", "stick a blade between". */
const PUTTING = new Set(['put', 'stick', 'shove', 'plant', 'sink', 'drive', 'ram']);

/**
 * The body part owned from word `owner`: "your ribs", "his head", "the ref's ribs" (a possessive in
 * the text), or -1.
 */
function partOwned(words: Words, owner: number, text: string): number {
  const word = small(words, owner);
  if (OWNERS.has(word)) return owner + 1;
  if ((word === 'the' || word === 'that' || word === 'this') && owner + 2 < words.length && /['’]s$/.test(text.slice(words.start[owner + 1] as number, words.end[owner + 1] as number))) return owner + 2;
  return -1;
}

/**
 * A weapon put into the reader's body: "Do you want a knife in your ribs?", "a bullet through your
 * skull"; or into another's by the writer, "I'd love to put a knife in the ref's ribs". Not a
 * likeness ("it feels like a knife in your chest"), not negated, not "a knife in your back"
 * (betrayal).
 *
 * @example
 * weaponThreats(words, text); // one threat for "Do you want a knife in your ribs?"
 */
export function weaponThreats(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let weapon = 0; weapon < words.length - 3; weapon++) {
    if (!WEAPONS.has(words.known(weapon) ?? '') || !INTO.has(small(words, weapon + 1))) continue;
    const part = partOwned(words, weapon + 2, text);
    if (part < 0 || !STRUCK_PARTS.has(words.known(part) ?? '')) continue;
    // (Another's body only where the writer puts it there: "I'd love to put a knife in the ref's ribs".)
    if (part !== weapon + 3 || !(small(words, weapon + 2) === 'your' || small(words, weapon + 2) === 'ur')) {
      const verb = PUTTING.has(small(words, weapon - 1)) ? weapon - 1 : WEAPON_DETERMINERS.has(small(words, weapon - 1)) && PUTTING.has(small(words, weapon - 2)) ? weapon - 2 : -1;
      if (verb < 0 || !saidByWriter(words, verb, text)) continue;
    }
    let likened = false;
    for (let before = weapon - 1; before >= Math.max(0, weapon - 3) && !likened; before--) {
      if (LIKENESS.has(small(words, before)) || words.has(before, NEGATOR)) likened = true;
      if (startsSentence(words, before, text)) break;
    }
    if (!likened) found.push(severe(words, weapon, part, 'threat', 'threat', `${words.known(weapon) as string} ${words.text(weapon + 1)} … ${words.known(part) as string}`));
  }
  return found;
}

/** Words after which "with" arms the writer's coming: "I'll be waiting with a machete", "I'll pay you a visit with a crowbar". */
const ARMED_AFTER = new Set(['waiting', 'wait', 'visit', 'coming', 'come', 'round', 'over', 'outside', 'there', 'ready', 'back', 'up']);
/** Verbs of bringing a weapon along or readying it: "I'm bringing a knife", "I'm loading the shotgun". */
const BRINGING = new Set(['bringing', 'bring', 'packing', 'carrying', 'loading', 'sharpening']);
/** Words between such a verb and the weapon. */
const WEAPON_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'me']);
/** Words near a weapon that give it an everyday use: "bring a knife to cut the cake", "going hunting, I'm bringing my rifle", "come round with a hammer and fix that shelf". */
const EVERYDAY_USE = new Set(['cut', 'slice', 'carve', 'chop', 'peel', 'open', 'cake', 'bread', 'hunting', 'range', 'club', 'lesson', 'lessons', 'licence', 'license', 'permit', 'safe', 'deer', 'rabbits', 'pigeons', 'fix', 'fixing', 'repair', 'mend', 'shelf', 'shelves', 'nail', 'nails', 'fence', 'door', 'build', 'building', 'hang', 'picture', 'tools', 'toolbox', 'diy', 'shed']);

/**
 * The writer saying they will come armed: "I'll be waiting with a machete", "because I'm bringing a
 * knife", "I'm loading the shotgun now". Said by the writer (saidByWriter: not negated, not after
 * "if"), not an everyday use of the weapon near it ("I'm bringing a knife to cut the cake").
 *
 * @example
 * armedThreats(words, text); // one threat for "Post that again and I'll be waiting with a machete"
 */
export function armedThreats(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let weapon = 2; weapon < words.length; weapon++) {
    // (A weapon is a word of the grammar's table: the others are passed at one look.)
    if ((words.entry[weapon] as number) < 0 || !WEAPONS.has(words.known(weapon) ?? '')) continue;
    const at = WEAPON_DETERMINERS.has(small(words, weapon - 1)) ? weapon - 1 : weapon;
    const armed = small(words, at - 1) === 'with' ? armedComing(words, at - 2) : BRINGING.has(small(words, at - 1)) ? at - 1 : -1;
    if (armed < 0 || !saidByWriter(words, armed, text) || anyWritten(words, armed - 6, weapon + 4, EVERYDAY_USE)) continue;
    found.push(severe(words, armed, weapon, 'threat', 'threat', `${small(words, armed)} … ${words.known(weapon) as string}`));
  }
  return found;
}

/**
 * The word of the writer's coming that "with" (after word `last`) arms, or -1: right before it ("I'll
 * be waiting with a machete") or before a place it names in up to four words ("I'll be waiting at the
 * staff entrance with a hammer", "I'm coming to the station with a shotgun").
 */
function armedComing(words: Words, last: number): number {
  if (ARMED_AFTER.has(small(words, last))) return last;
  for (let place = last - 1; place >= Math.max(0, last - 4); place--) {
    if (!PLACE_OPENERS.has(small(words, place))) continue;
    return ARMED_AFTER.has(small(words, place - 1)) ? place - 1 : -1;
  }
  return -1;
}

/** Words that open a place after a coming ("waiting at the gate", "coming to the station"). */
const PLACE_OPENERS = new Set(['at', 'by', 'outside', 'to', 'near', 'behind', 'in']);

/** Words of lying in wait for someone: "watching your house", "outside your office", "waiting outside your gym". */
const LURKING = new Set(['watching', 'outside', 'waiting', 'parked', 'standing', 'sitting', 'lurking', 'stalking']);
/** Where someone lies in wait by a place: "waiting at your door", "waiting by your car". */
const LURKING_AT = new Set(['at', 'in', 'by', 'near', 'behind', 'beside']);
/** Verbs of having found where someone is: "I already have your address", "I've already found your address". */
const FOUND_OUT = new Set(['have', 'got', 'found', 'tracked', 'traced']);
/** The writer as the one lying in wait or finding out ("I've been watching", "we've got", "me and the lads are waiting"). */
const STALKERS = new Set(['i', 'im', 'ive', 'ill', 'id', 'we', 'weve', 'were', 'well', 'me']);

/**
 * The writer lying in wait for someone or having found where they live: "I've been watching your
 * house all week", "I'm outside your office right now", "I already have your workplace address". The
 * writer up to six words before, in the sentence, not negated nor past; the place someone's (your,
 * his, her, their), one word between at most ("your front door"); an address only found "already"
 * or had with a weapon ("I have a gun and your address").
 *
 * @example
 * stalkingThreats(words, text); // one threat for "I've been watching your house all week"
 */
export function stalkingThreats(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let place = 2; place < words.length; place++) {
    if ((words.entry[place] as number) < 0 || !HOME_PLACES.has(words.known(place) ?? '')) continue;
    const owner = OWNERS.has(small(words, place - 1)) ? place - 1 : OWNERS.has(small(words, place - 2)) ? place - 2 : -1;
    if (owner < 1) continue;
    let act = -1;
    const before = small(words, owner - 1);
    // (Lying in wait, with no purpose after it: not "waiting outside your office for the interview",
    // "waiting by your car to give you the keys".)
    if (LURKING.has(before) || (LURKING_AT.has(before) && LURKING.has(small(words, owner - 2)))) act = small(words, place + 1) === 'for' || small(words, place + 1) === 'to' ? -1 : LURKING_AT.has(before) ? owner - 2 : owner - 1;
    // (The address found already: "I already have your address"; not "We've got your address from the order form".)
    else if (words.known(place) === 'address' && FOUND_OUT.has(before) && ALREADY.has(small(words, owner - 2))) act = owner - 2;
    else if (words.known(place) === 'address' && FOUND_OUT.has(small(words, owner - 2)) && ALREADY.has(before)) act = owner - 1;
    // (Or had with a weapon: "I have a gun and your address".)
    else if (words.known(place) === 'address' && before === 'and') act = armedWith(words, owner - 2);
    if (act < 0 || writerBefore(words, act, text, STALKERS, 6, PAST) < 0) continue;
    found.push(severe(words, act, place, 'threat', 'threat', `${small(words, act)} … ${small(words, place)}`));
  }
  return found;
}

/** The writer as the one who knows: "I know", "we know", "we've found out". */
const KNOWERS = new Set(['i', 'we', 'ive', 'weve', 'me']);
/** What someone does where the writer says they know it: "where you live", "what time you leave". */
const WHEREABOUTS_DONE = new Set(['live', 'lives', 'work', 'works', 'sleep', 'sleeps', 'park', 'parks', 'drink', 'drinks', 'train', 'trains', 'shop', 'shops', 'stay', 'stays', 'go', 'goes', 'leave', 'leaves', 'finish', 'finishes', 'start', 'starts', 'get', 'gets', 'walk', 'walks', 'drive', 'drives', 'jog', 'jogs', 'run', 'runs']);
/** The reader or their kin as the one whose whereabouts are known ("where you live", "where your kids go to school"). */
const WHOSE_WHEREABOUTS = new Set(['you', 'u', 'ya', 'your', 'ur']);

/**
 * The writer saying they know where the reader or their family live, work or go, when they leave, or
 * what they look like: "we know what time you leave", "I know when you leave the house", "we know
 * what you look like now", "we know where your kids go to school". Not which place is theirs ("I
 * know which car is yours, the red one in the photo? lovely restoration"), not denied ("I don't know where you
 * live"), not what the reader means or thinks ("I know what you mean", "I know where you're coming
 * from": no whereabouts), not how they look in something ("I know what you look like in that
 * dress"), nor after "if".
 *
 * @example
 * whereaboutsKnown(words, text); // one threat for "we know what time you leave"
 */
export function whereaboutsKnown(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let know = 1; know + 2 < words.length; know++) {
    if (!wordIs(words, know, 'know')) continue;
    let writer = know - 1;
    if (wordIs(words, writer, 'all') || wordIs(words, writer, 'already') || wordIs(words, writer, 'now')) writer--;
    if (!KNOWERS.has(small(words, writer)) || anyIn(words, writer - 3, writer - 1, CONDITIONAL) >= 0) continue;
    const what = small(words, know + 1);
    let last = -1;
    // "where you live", "where your kids go", "what time you leave", "when you leave"
    const timed = what === 'what' && small(words, know + 2) === 'time' ? know + 3 : what === 'where' || what === 'when' ? know + 2 : -1;
    if (timed >= 0 && WHOSE_WHEREABOUTS.has(small(words, timed))) {
      const done = small(words, timed) === 'your' || small(words, timed) === 'ur' ? timed + 2 : timed + 1;
      if (WHEREABOUTS_DONE.has(small(words, done))) last = done;
    }
    // "what you look like" (said and done: not "what you look like in that dress")
    if (what === 'what' && WHOSE_WHEREABOUTS.has(small(words, know + 2)) && small(words, know + 3) === 'look' && small(words, know + 4) === 'like' && (clauseEndsAfter(words, know + 4, text) || small(words, know + 5) === 'now')) last = know + 4;
    if (last < 0) continue;
    found.push(severe(words, writer, last, 'threat', 'threat', `${small(words, writer)} know … ${small(words, last)}`));
  }
  return found;
}

/** The verb of having of "have a gun" ending at word `weapon` ("have a gun", "got a knife"), or -1. */
function armedWith(words: Words, weapon: number): number {
  if (!WEAPONS.has(words.known(weapon) ?? '')) return -1;
  const at = WEAPON_DETERMINERS.has(small(words, weapon - 1)) ? weapon - 1 : weapon;
  return FOUND_OUT.has(small(words, at - 1)) ? at - 1 : -1;
}

/** Words between having and what is had: "already have", "just found". */
const ALREADY = new Set(['already', 'just', 'now', 'finally']);

/** The past, which halts a writer lying in wait: "I was watching your house while you were away". */
const PAST = new Set(['was']);

/**
 * The reader told violence will be done to them, in the passive: "you will be shot", "you're
 * getting stabbed", "you'll get glassed". Not negated, not a warning or a hypothesis ("or you'll get
 * shot", "if you go there you'll get shot", "you'll get shot if ...").
 *
 * @example
 * passiveThreats(words); // one threat for "Next time I see you, you're getting stabbed"
 */
export function passiveThreats(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let harm = 2; harm < words.length; harm++) {
    // (A bit look first: most words are no harm, and reading a word's text may copy it.)
    if (!words.has(harm, HARM_OUTCOME) || !VIOLENCE_DONE.has(words.known(harm) ?? '')) continue;
    // (Not "shot at": fired at, "you're getting shot at by the whole lobby".)
    if (small(words, harm + 1) === 'at') continue;
    // (The words as the grammar's table knows them, so leet reads too: "y0u'r3 g3771ng $74bb3d".)
    if (!PASSIVE_HELPERS.has(words.known(harm - 1) ?? '')) continue;
    let you = -1;
    for (let index = harm - 2; index >= Math.max(0, harm - 5) && you < 0; index--) if (PASSIVE_YOU.has(words.known(index) ?? '')) you = index;
    if (you < 0) continue;
    let future = false;
    for (let index = you; index < harm; index++) if (FUTURE.has(words.known(index) ?? '')) future = true;
    if (!future || anyIn(words, you, harm, NEGATOR) >= 0) continue;
    let warned = false;
    for (let index = Math.max(0, you - 4); index < you; index++) if (WARNING.has(words.known(index) ?? '')) warned = true;
    for (let index = harm + 1; index <= Math.min(words.length - 1, harm + 3); index++) if (WARNING.has(words.known(index) ?? '')) warned = true;
    if (!warned) found.push(severe(words, you, harm, 'threat', 'threat', words.text(harm)));
  }
  return found;
}

/** Verbs of getting what is done to one: "get stabbed", "getting a knife in his gut", "catch a bullet". */
const GOT = new Set(['get', 'gets', 'getting', 'gettin', 'catch', 'catches', 'catching']);
/** Third persons joined to a future or a progressive: "he'll", "she's", "they're". */
const THIRD_FUTURES = new Set(['hell', 'shell', 'theyll', 'hes', 'shes', 'theyre']);
/** Third persons as a subject: "he", "she", "they". */
const THIRD_SUBJECTS = new Set(['he', 'she', 'they']);
/** Words of a future or a progressive before "get": "will get", "is getting", "going to get". */
const FUTURE_HELPERS = new Set(['will', 'is', 'are', 'gonna', 'to', 'gon']);
/** What the writer says of themselves in a condition that makes it a threat's: "if you post my address", "if I see you". */
const WRITERS_OWN = new Set(['i', 'im', 'ive', 'ill', 'id', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);

/**
 * Harm that someone will get, by the writer's word: violence done ("He'll get stabbed", "is going to
 * get stabbed, count on it", "Next customer who calls me that gets stabbed"), a weapon in a part of
 * the body ("you'll get a bullet in the head", "is getting a shotgun to the face", "catch a bullet
 * between the eyes") or a part harmed ("you'll get your skull caved in", "is getting his legs
 * broken"); to the reader or a third person, in a future or a progressive. Not denied, not after
 * "or", "otherwise", "else" (a warning: "be careful or he'll get shot"), not before or after a
 * condition that is not about the writer ("if he keeps driving like that he'll get shot"; but "if you
 * post my address again", "if I see you" are the writer's), not "your heart broken". The reader's
 * violence done alone is passiveThreats'.
 *
 * @example
 * harmGot(words, text); // one threat for "He'll get stabbed."
 */
export function harmGot(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  let fiction: boolean | undefined;
  for (let got = 1; got + 1 < words.length; got++) {
    // (A word of the grammar's table: the others are passed at one look.)
    if ((words.entry[got] as number) < 0 || !GOT.has(words.known(got) ?? '')) continue;
    const last = harmAfterGot(words, got, text);
    if (last < 0) continue;
    const subject = futureSubject(words, got);
    // (The reader's violence done alone is passiveThreats'.)
    if (subject < 0 || (last === got + 1 && PASSIVE_YOU.has(small(words, subject)))) continue;
    if (anyIn(words, subject, got, NEGATOR) >= 0 || anyKnown(words, subject - 3, subject - 1, ALERTING) || !conditionIsWriters(words, subject, last, text)) continue;
    // (A third person in a story told: "she's getting stabbed in the finale", "in the next episode he gets shot".)
    if (!PASSIVE_YOU.has(small(words, subject)) && (fiction ??= storyTold(words))) continue;
    found.push(severe(words, subject, last, 'threat', 'threat', `${small(words, got)} … ${small(words, last)}`));
  }
  return found;
}

/** Words of a story told on screen, on the page or in a game. */
const STORY_WORDS = new Set(['episode', 'episodes', 'season', 'series', 'finale', 'film', 'movie', 'show', 'book', 'novel', 'chapter', 'scene', 'character', 'characters', 'spoiler', 'spoilers', 'plot', 'sequel', 'trailer', 'game', 'level', 'mission', 'cutscene', 'storyline']);

/** Whether a word of a story told stands in the comment. */
function storyTold(words: Words): boolean {
  for (let index = 0; index < words.length; index++) if (STORY_WORDS.has(small(words, index))) return true;
  return false;
}

/** Words that make a future a warning: "or he'll get shot", "otherwise you'll get a knife in the back". */
const ALERTING = new Set(['or', 'otherwise', 'else']);

/** The last word of the harm got at `got`: violence done, a weapon in a part of the body, a part harmed; -1 for none. */
function harmAfterGot(words: Words, got: number, text: string): number {
  const next = got + 1;
  // (Not "shot at": fired at, in a game or a war.)
  if (words.has(next, HARM_OUTCOME) && VIOLENCE_DONE.has(words.known(next) ?? '')) return small(words, next + 1) === 'at' ? -1 : next;
  // ("gets gunned down", "get curb stomped".)
  if (small(words, next) === 'gunned' && small(words, next + 1) === 'down') return next + 1;
  if (small(words, next) === 'curb' && (small(words, next + 1) === 'stomped' || small(words, next + 1) === 'stamped')) return next + 1;
  // A weapon in a part: "a bullet in the head", "buckshot to the face", "a knife in his gut".
  const weapon = WEAPON_DETERMINERS.has(small(words, next)) || small(words, next) === 'some' ? next + 1 : next;
  if (WEAPONS.has(words.known(weapon) ?? '') && (INTO.has(small(words, weapon + 1)) || small(words, weapon + 1) === 'to')) {
    const owner = small(words, weapon + 2);
    const part = OWNERS.has(owner) || owner === 'the' ? weapon + 3 : partOwned(words, weapon + 2, text);
    if (part > weapon && STRUCK_PARTS.has(words.known(part) ?? '')) return part;
  }
  // A part harmed: "your skull caved in", "his legs broken" (not "your heart broken").
  if (OWNERS.has(small(words, next)) && STRUCK_PARTS.has(words.known(next + 1) ?? '') && small(words, next + 1) !== 'heart' && DONE_TO_PARTS.has(small(words, next + 2))) return next + 2;
  return -1;
}

/**
 * The subject of a future or a progressive before the "get" at `got`: the reader ("you'll get",
 * "you're getting"), a third person ("he'll get", "she's getting", "he is going to get", "they will
 * get"), or a person named before the helper ("The returning officer is going to get", "Any hunt
 * saboteur on my land is getting"), or "who" a next or any one names before a present "gets" ("Next
 * customer who calls me that gets stabbed"); -1 for none.
 */
function futureSubject(words: Words, got: number): number {
  const before = small(words, got - 1);
  const reader = readerFuture(words, got).subject;
  if (reader >= 0) return reader;
  if ((before === 'youre' || before === 'ur') && small(words, got) === 'getting') return got - 1;
  if (THIRD_FUTURES.has(before)) return got - 1;
  let helper = got - 1;
  if (before === 'to' && small(words, got - 2) === 'going') helper = got - 2;
  if (helper !== got - 1 || FUTURE_HELPERS.has(before) || small(words, helper) === 'going') {
    const be = helper === got - 2 ? small(words, helper - 1) : before;
    // ("he is going to get", "they will get".)
    const at = helper === got - 2 ? helper - 1 : helper;
    if (THIRD_SUBJECTS.has(small(words, at - 1)) || THIRD_FUTURES.has(be)) return at - 1;
    if (be === 'youre' || be === 'ur') return at;
    // (A person named in the six words before the helper: "The returning officer is", "That Deliveroo rider who keyed my car is".)
    const person = pointedPerson(words, at - 6, at - 1);
    if (person >= 0) return person;
  }
  // ("Next customer who calls me that gets stabbed", "Any rambler who leaves my gate open gets gunned down".)
  if (small(words, got) === 'gets') {
    for (let at = got - 1; at >= Math.max(1, got - 10); at--) if (small(words, at) === 'who' && (ORDERED.has(small(words, at - 2)) || ORDERED.has(small(words, at - 3)))) return at - 1;
  }
  return -1;
}

/** Words that pick out whoever does a thing next: "Next customer who", "any rambler who", "the first one who". */
const ORDERED = new Set(['next', 'any', 'first', 'every']);

/**
 * Whether the threat from `subject` to `last` stands outside any condition but the writer's own: no
 * "if", "unless" or "when" opening the subject's clause or in the five words after the harm, or one that
 * holds a word of the writer's ("if you post my address again", "if I see you at the gym").
 */
function conditionIsWriters(words: Words, subject: number, last: number, text: string): boolean {
  let condition = -1;
  // (Opening the subject's clause: "If he keeps driving like that he'll get shot".)
  for (let at = subject - 1; at >= Math.max(0, subject - 10) && condition < 0; at--) {
    if (words.has(at, CONDITIONAL) || small(words, at) === 'when') condition = at;
    if (startsSentence(words, at, text)) break;
  }
  for (let at = last + 1; at <= last + 5 && at < words.length && condition < 0; at++) if (words.has(at, CONDITIONAL) || small(words, at) === 'when') condition = at;
  if (condition < 0) return true;
  for (let at = condition + 1; at <= condition + 8 && at < words.length; at++) {
    if (WRITERS_OWN.has(small(words, at))) return true;
    if (at > condition + 1 && startsSentence(words, at, text)) break;
  }
  return false;
}

/** Verbs of beating a team soundly ("destroy them", "bury them"), not of killing. */
const TROUNCING = new Set(['destroy', 'bury', 'smash', 'batter', 'hammer', 'crush', 'thrash', 'annihilate', 'demolish', 'wreck', 'beat', 'murder']);
/** Words of a game or a match. */
const PLAY = new Set(['half', 'match', 'game', 'games', 'derby', 'season', 'final', 'finals', 'league', 'cup', 'pitch', 'whistle', 'goal', 'goals', 'points', 'kickoff', 'tournament', 'playoffs', 'innings', 'quarter', 'fixture', 'semi', 'semis', 'leg', 'rematch', 'scoreboard', 'ranked', 'lobby', 'raid',
  'defence', 'defense', 'midfield', 'striker', 'keeper', 'goalkeeper', 'stadium', 'saturday', 'sunday', 'weekend', 'opponents', 'squad', 'rivals',
  'round', 'rounds', 'map', 'frame', 'court', 'gg']);
/** Games one beats someone at or in ("I'll destroy you at chess", "I'll smash you in FIFA tonight"). */
const GAMES = new Set(['chess', 'checkers', 'draughts', 'fifa', 'fortnite', 'cod', 'halo', 'tekken', 'mariokart', 'kart', 'smash', 'poker', 'scrabble', 'monopoly', 'cards', 'darts', 'pool', 'snooker', 'tennis', 'golf', 'squash', 'badminton', 'bowling', 'pingpong', 'quiz', 'trivia', 'wordle', 'madden', 'nba2k', '2k', 'rocket', 'overwatch', 'valorant', 'warzone', 'apex', 'minecraft', 'mario']);

/**
 * Whether the harm verb at `verb` done to "them" at `target` beats a team in a comment that talks of
 * a game ("We need to destroy them in the second half", "Bring on the derby, we're going to bury
 * them"), or done to the reader in the play named right after it ("I'm going to destroy you next
 * match"); not "kill them", nor a person ("destroy him"), nor the reader after the game.
 */
function beatenInPlay(words: Words, verb: number, target: number): boolean {
  const done = small(words, target);
  if (!TROUNCING.has(words.known(verb) ?? '')) return false;
  // (The reader beaten in the play named right after: "I'm going to destroy you next match", "I'll
  // smash you in the final"; not "after the match", "outside the ground", where no play is.)
  if (done === 'you' || done === 'u' || done === 'ya') {
    for (let index = target + 1; index <= target + 3 && index < words.length; index++) {
      // (A game named after "at" or "in" is the play: "at chess", "in Mario Kart".)
      if ((small(words, index) === 'at' || small(words, index) === 'in') && GAMES.has(small(words, index + 1))) return true;
      if (AWAY_FROM_PLAY.has(small(words, index))) return false;
      if (PLAY.has(small(words, index))) return true;
    }
    return false;
  }
  if (done !== 'them' && done !== 'em') return false;
  for (let index = 0; index < words.length; index++) if (PLAY.has(small(words, index))) return true;
  return false;
}

/** Words that put a beating outside the play: "after the match", "outside the ground". */
const AWAY_FROM_PLAY = new Set(['after', 'outside', 'before', 'behind', 'near', 'at']);

/** Subjects of another before "gonna", which is no writer's then: "she's gonna torture the murderer". */
const OTHERS_GONNA = new Set(['he', 'hes', 'she', 'shes', 'they', 'theyre', 'it', 'its', 'you', 'youre', 'u', 'ur']);

/** The writer as a threat's subject ("I'll", "we'd"): only they threaten a person they point at. */
const FIRST_PERSON = new Set(['i', 'ill', 'im', 'id', 'we', 'well', 'were', 'imma', 'ima', 'gonna']);

/** The harm verb an -ing form is of ("bashing", "strangling", "stabbing"), or undefined. */
function harmVerbOf(word: string): string | undefined {
  if (word.length < 6 || !word.endsWith('ing')) return undefined;
  const stem = word.slice(0, -3);
  if (HARM_VERBS.has(stem)) return stem;
  if (HARM_VERBS.has(`${stem}e`)) return `${stem}e`;
  return stem.at(-1) === stem.at(-2) && HARM_VERBS.has(stem.slice(0, -1)) ? stem.slice(0, -1) : undefined;
}

/**
 * Where "be" stands before the -ing form of a harm verb at `verb` ("be bashing", "be the one
 * stabbing"), or -1.
 */
function progressiveBe(words: Words, verb: number): number {
  if (harmVerbOf(words.text(verb)) === undefined) return -1;
  if (small(words, verb - 1) === 'be') return verb - 1;
  return small(words, verb - 1) === 'one' && small(words, verb - 2) === 'the' && small(words, verb - 3) === 'be' ? verb - 3 : -1;
}

/** The writer and what they will do, in one word ("I'll", "I'd", "imma"; "I'm" before an -ing word: "I'm putting"). */
const WRITER_WILL = new Set(['ill', 'id', 'imma', 'ima']);
/** What follows "I" or "we" in a statement of what the writer will do ("I will", "we are going to"; "am" and "are" before an -ing word). */
const WILL = new Set(['will', 'shall', 'would', 'gonna', 'wanna']);

/** Whether word `index` is "I'm" or "I am", "we are" before an -ing word ("I'm putting", "we are coming"). */
function writerDoing(words: Words, index: number): boolean {
  const word = small(words, index);
  const be = word === 'im' ? index : (word === 'i' && small(words, index + 1) === 'am') || (word === 'we' && small(words, index + 1) === 'are') ? index + 1 : -1;
  return be >= 0 && (small(words, be + 1).endsWith('ing') || small(words, be + 1) === 'gonna');
}

/**
 * Whether the writer says they will do what the phrase at word `first` says, in its clause: "I'm
 * putting a brick through your window", "I'll make you moan"; not "I'm sorry someone put a brick
 * through your window" (another subject between), nor "I won't ..." (negated).
 *
 * @example
 * saidByWriter(words, 3, "I'm putting a brick through your window"); // true
 */
export function saidByWriter(words: Words, first: number, text: string): boolean {
  for (let index = first - 1; index >= Math.max(0, first - 5); index--) {
    const word = small(words, index);
    if (WRITER_WILL.has(word) || ((word === 'i' || word === 'we') && WILL.has(small(words, index + 1))) || writerDoing(words, index)) {
      for (let between = index + 1; between < first; between++) if (OTHER_SUBJECTS.has(small(words, between))) return false;
      return anyIn(words, index, first - 1, NEGATOR) < 0 && anyIn(words, index - 3, index - 1, CONDITIONAL) < 0;
    }
    if (startsSentence(words, index, text)) return false;
  }
  return false;
}

/** Subjects of a verb of their own, between a modal and the harm verb: "sorry it hurt you", "afraid they will". */
const OWN_SUBJECTS = new Set(['it', 'that', 'this', 'he', 'she', 'they', 'which', 'who', 'nothing', 'something']);
/** Those and people, between the writer and a phrase they do not say they will carry out ("I'm sure someone will put a brick through your window"). */
const OTHER_SUBJECTS = new Set([...OWN_SUBJECTS, 'someone', 'somebody', 'anyone', 'anybody', 'you', 'u', 'people']);

/** Whether a word of OWN_SUBJECTS stands among words [from, to]. */
function ownSubjectBetween(words: Words, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (OWN_SUBJECTS.has(words.text(index))) return true;
  return false;
}

/** Words after "find you" that make it finding something for the reader, or a verdict: "find you a seat", "find you guilty". */
const FOUND_FOR = new Set(['a', 'an', 'the', 'some', 'another', 'one', 'something', 'someone', 'somewhere', 'work', 'help', 'more', 'guilty', 'innocent', 'liable', 'responsible']);

/** What "beat you to" goes on with in a beating, not a race ("to death", "to a pulp"). */
const BEATEN_TO = new Set(['death', 'a', 'pulp', 'within']);

/** What is slashed in a threat besides the body (STRUCK_PARTS): "I'll slash your tyres". */
const SLASHED = new Set(['tyres', 'tires', 'wrists', 'wrist']);

/** What one shoots a person that is no shot ("I'll shoot you an email"). */
const MESSAGES = new Set(['email', 'mail', 'message', 'text', 'note', 'line', 'dm', 'pm', 'call', 'invite', 'link']);

/**
 * Whether the harm verb at `verb`, aimed at the word `target`, is an idiom of no harm: "I'll hit you
 * up tomorrow", "I'm going to shoot you an email later", "I'll beat you to it", "I'll beat you at
 * chess", "I'll hurt your feelings", "I'll find you a seat", "we'll slash your bills".
 *
 * @example
 * harmlessIdiom(words, 1, 2); // true in "I'll hit you up tomorrow"
 */
export function harmlessIdiom(words: Words, verb: number, target: number): boolean {
  const next = words.text(target + 1);
  // (The verb as its -ing form too: "I'll be hitting you up".)
  const said = harmVerbOf(words.text(verb)) ?? words.text(verb);
  if (next === 'up' && said === 'hit') return true;
  // "I'll beat you to it" (a race; not "to death", "to a pulp"); "I'll find you a better source",
  // "they will find you guilty".
  if (next === 'to' && said === 'beat') return !BEATEN_TO.has(words.text(target + 2));
  // "I'll beat you at chess": a game; "I'll hurt your feelings": no body hurt.
  if (next === 'at' && said === 'beat') return true;
  if (next === 'feelings' && said === 'hurt') return true;
  // "We'll beat your record", "I'll kill your vibe", "we'll destroy your team on Saturday": what is
  // the reader's but no body nor property harmed.
  if (OWNERS.has(words.text(target)) && UNHARMED_THINGS.has(next)) return true;
  if (said === 'find' && FOUND_FOR.has(next)) return true;
  // "We'll slash your bills": a cut is only of a throat, a wrist, tyres.
  if ((said === 'slash' || said === 'slit') && OWNERS.has(words.text(target))) return !STRUCK_PARTS.has(words.known(target + 1) ?? '') && !SLASHED.has(next);
  // "I'll cave your skull in": a head or face only ("I will cave to your demands" gives in).
  if (said === 'cave') return !(OWNERS.has(words.text(target)) && STRUCK_PARTS.has(words.known(target + 1) ?? ''));
  return said === 'shoot' && (next === 'a' || next === 'an' || next === 'quick') && (MESSAGES.has(words.text(target + 2)) || MESSAGES.has(words.text(target + 3)));
}

/** The reader's things a harm verb does no harm to: records, moods, arguments, a team in a game. */
const UNHARMED_THINGS = new Set(['record', 'records', 'vibe', 'vibes', 'mood', 'buzz', 'argument', 'arguments', 'chances', 'score', 'scores', 'streak', 'team', 'side', 'squad', 'lap', 'time', 'theory', 'logic', 'point', 'points', 'excuse', 'excuses', 'narrative']);

/** Verbs that report a harm tried or planned in the past ("The Nazis tried to exterminate them"). */
const ATTEMPTS = new Set(['tried', 'attempted', 'plotted', 'planned', 'conspired', 'sought']);

/**
 * Whether "<attempt> to" stands right before word `index`: a report, not a threat.
 *
 * @example
 * attemptReported(words, 4); // true for "exterminate" in "The Nazis tried to exterminate them"
 */
export function attemptReported(words: Words, index: number): boolean {
  return intentBefore(words, index, ATTEMPTS) >= 0;
}

/** Verbs of telling someone to do a thing ("keeps telling me to kys"). */
const TELLING = new Set(['tell', 'tells', 'telling', 'told', 'urge', 'urges', 'urging', 'urged', 'encourage', 'encourages', 'encouraging', 'encouraged']);
/** Whom someone is told to do it, the reader not among them. */
const TOLD_OTHERS = new Set(['me', 'him', 'her', 'them', 'us', 'people', 'someone', 'somebody', 'anyone', 'anybody', 'others', 'everyone', 'everybody', 'kids', 'users', 'strangers']);
/** The writer as the one who tells ("I told him to ...", "we keep telling them to ..."). */
const WRITER_TELLING = new Set(['i', 'im', 'ive', 'id', 'ill', 'we', 'were', 'weve']);

/**
 * Whether self-harm at word `index` is what someone other than the writer told another to do:
 * "someone keeps telling me to kys", "stop telling people to kill themselves", "he told her to go
 * die", "If anyone tells you to kys, report it" are reports of it; not "I'm telling you to kys" (the
 * writer telling the reader) nor "I told him to kys" (the writer's own words).
 *
 * @example
 * toldToOthers(words, 6); // true for "kys" in "someone keeps telling me to kys"
 */
export function toldToOthers(words: Words, index: number): boolean {
  const to = words.text(index - 1) === 'go' ? index - 2 : index - 1;
  if (words.text(to) !== 'to' || !TELLING.has(words.text(to - 2))) return false;
  // (The reader told by someone else, supposed: "If anyone tells you to kys on here, screenshot it";
  // not "people keep telling you to kys and they're right".)
  const told = words.text(to - 1);
  if (told === 'you' || told === 'u') {
    const teller = OTHER_TELLERS.has(words.text(to - 3)) ? to - 3 : OTHER_TELLERS.has(words.text(to - 4)) ? to - 4 : -1;
    return teller >= 0 && SUPPOSING.has(words.text(teller - 1));
  }
  return TOLD_OTHERS.has(told) && !WRITER_TELLING.has(words.text(to - 3)) && !WRITER_TELLING.has(words.text(to - 4));
}

/** Others who may tell the reader to do it ("if anyone tells you to"). */
const OTHER_TELLERS = new Set(['anyone', 'anybody', 'someone', 'somebody', 'people', 'they', 'he', 'she', 'others', 'trolls']);
/** Words that suppose what follows ("if anyone tells you to ..."). */
const SUPPOSING = new Set(['if', 'when', 'whenever']);

/** Subjects that are things: "it", "that", or an -ing word ("Smoking will kill you"). */
const THING_SUBJECTS = new Set(['it', 'that', 'this', 'which', 'what', 'nothing', 'something']);

/** Modals of what may happen: with them a harm states a risk ("Cholesterol can kill you"). */
const POSSIBILITY = new Set(['can', 'may', 'might']);

/**
 * Whether the harm at word `index` has a thing for its subject, before a modal: "Smoking will kill
 * you", "The heat will kill you", "This job will kill you", "That chilli sauce will blow your head
 * off"; not "I will kill you" nor "my brother will kill you" (a person, or a word not known to be a
 * thing). After "can", "may" or "might" the
 * harm is a risk stated unless the writer, "they" or "someone" is its subject ("Cholesterol can kill
 * you", "A fall may hurt you"; not "I can hurt you").
 *
 * @example
 * thingAsSubject(words, 2); // true for "kill" in "Smoking will kill you"
 */
export function thingAsSubject(words: Words, index: number): boolean {
  if (POSSIBILITY.has(words.text(index - 1))) return index >= 2 && !words.has(index - 2, SUBJECT);
  if (!words.has(index - 1, MODAL)) return false;
  // (A modal joined to its subject has it already: "I'll" in "Say that. I'll put you in hospital" is
  // the writer's, whatever stands before it; "it'll", "that'll" a thing's.)
  const joined = JOINED_SUBJECTS.get(words.text(index - 1));
  if (joined !== undefined) return joined;
  const subject = words.text(index - 2);
  if (THING_SUBJECTS.has(subject) || (subject.endsWith('ing') && subject.length > 4)) return true;
  // "the heat", "this job", "that chilli sauce": a noun (and a word before it) after an article that names no person.
  const thing = (at: number): boolean => !words.has(at, NAMES_PEOPLE | GROUP | SUBJECT) && !FAMILY.has(words.text(at));
  return thing(index - 2) && (ARTICLES.has(words.text(index - 3)) || (index >= 4 && ARTICLES.has(words.text(index - 4)) && thing(index - 3)));
}

/** Modals written with their subject ("I'll", "it'll"), normalized: true where the subject is a thing. */
const JOINED_SUBJECTS = new Map([['ill', false], ['youll', false], ['hell', false], ['shell', false], ['theyll', false], ['well', false], ['id', false], ['youd', false], ['hed', false], ['theyd', false], ['wed', false], ['itll', true], ['thatll', true], ['thisll', true]]);

/** Words before a noun that make it a thing named ("the heat", "this job"). */
const ARTICLES = new Set(['the', 'this', 'that']);

/** People a writer may threaten with ("my brother will kill you"). */
const FAMILY = new Set(['brother', 'sister', 'dad', 'father', 'mom', 'mum', 'mother', 'husband', 'wife', 'son', 'cousin', 'uncle', 'boys', 'friends', 'gang', 'boyfriend', 'girlfriend']);

/**
 * A person, a wish and a harm ("I hope she gets raped", "they should all be shot", "May you die
 * slowly", "I want to see you suffer", "Can't wait for you to die", "I wish cancer on you"); the harm
 * may be a vehicle's ("I hope the mayor gets hit by a bus", "I hope someone runs you over").
 *
 * @example
 * harmWishes(words, text); // one harm wish for "I hope she gets raped"
 */
export function harmWishes(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let harm = 0; harm < words.length; harm++) {
    // (Every harm below is a word of the grammar's table: the others are passed at one look.)
    if ((words.entry[harm] as number) < 0) continue;
    let harmed = words.has(harm, HARM_OUTCOME) ? (harmMeant(words, harm, text) ? harm : -1) : vehicleHarm(words, harm);
    // A body failing ("hope your liver fails"): whose body it is names the person.
    const owner = harmed < 0 ? failingBody(words, harm) : -1;
    if (owner >= 0) harmed = harm;
    // A bone broken ("Here's hoping he breaks his neck"), an illness wished deadly ("a long, agonising
    // illness"), a heart attack.
    // (Or an illness got: "hope ur kids get the same disease", "May you get food poisoning".)
    if (harmed < 0 && (brokenBone(words, harm) || deadlyIllness(words, harm) || gotIllness(words, harm) || heartAttack(words, harm) || breathingStopped(words, harm) || eaten(words, harm))) harmed = harm;
    // Dying where a wish that the world were better without someone stands ("we'd all be happier if
    // you died"), or that it had happened ("He should have died in that crash").
    if (harmed < 0 && words.known(harm) === 'died' && (betterIf(words, harm) >= 0 || shouldHave(words, harm))) harmed = harm;
    if (harmed < 0) continue;
    // (A call against a group may ban or send back; wished on a person, they do no bodily harm: "they should ban him".)
    if (NO_BODILY_HARM.has(words.known(harm) ?? '') || (words.known(harm) === 'kicked' && KICKED_AWAY.has(small(words, harm + 1)))) continue;
    // ("You should die your hair": dye.)
    if (words.known(harm) === 'die' && notDying(words, harm, text)) continue;
    // (Five words back: "I hope your whole family gets cancer"; nine where the harm follows "and"
    // after another verb, "Hope your whole family gets deported and dies in the desert".)
    let wish = anyIn(words, harm - 5, harm - 1, WISH);
    if (wish < 0 && (small(words, harm - 1) === 'and' || small(words, harm - 2) === 'and')) wish = anyIn(words, harm - 9, harm - 6, WISH);
    // (A verb of desire twelve words back in the harm's clause, with no word between that opens
    // another: "I pray every night that the judge who freed him gets stabbed", "Here's hoping the
    // reviewer falls down a flight of stairs and breaks her neck"; not "time to come out ... after he dies".)
    // (Sixteen where the harm follows "and" another verb: "Let's all hope the CEO gets trapped in one of
    // his own faulty lifts and suffocates".)
    if (wish < 0) wish = desiredFar(words, harm, text, small(words, harm - 1) === 'and' ? 16 : 12);
    // (Not a harm reported of someone the wish is for: "I hope the man who was shot recovers".)
    if (wish >= 0 && reportedHarm(words, wish, harm)) continue;
    // (In the harm's sentence: not "Why should Putin deal? He just murders ...".)
    if (wish >= 0 && sentenceBetween(words, wish, harm, text)) wish = -1;
    if (wish < 0) wish = wishPhrase(words, harm, text);
    // (Not a wish reported of others: "Comments wishing death on the minister are vile".)
    if (wish >= 0 && REPORTED_WISHERS.has(small(words, wish - 1))) continue;
    let person = wish < 0 ? -1 : owner >= 0 && owner > wish ? owner : anyIn(words, wish - 2, harm - 1, PERSON);
    if (wish >= 0 && person < 0) person = ownedKin(words, wish + 1, harm - 1);
    // (Or before the wish: "Your whole family deserves to rot in a hospital bed".)
    if (wish >= 0 && person < 0) person = ownedKin(words, wish - 3, wish - 1);
    // (A person pointed at before the wish or after it: "The CEO deserves a slow painful death", "hope this guy gets mugged".)
    if (wish >= 0 && person < 0) person = pointedPerson(words, wish - 2, harm - 1);
    // (Or whoever a relative clause before the wish names: "Whoever built this app should die",
    // "Anyone who does that deserves to be shot".)
    if (wish >= 0 && person < 0) person = relativeSubject(words, wish, text, WISHED_RELATIVES, 12, true);
    // (Or the reader told what will be: "If there's any justice you'll die screaming", "you'll be dead".)
    if (wish >= 0 && person < 0) person = small(words, harm - 1) === 'youll' ? harm - 1 : small(words, harm - 1) === 'be' && small(words, harm - 2) === 'youll' ? harm - 2 : -1;
    // A name right before the wish, and a death: "Trump should be executed", "Pelosi should be hanged".
    // (A name: a capitalized word the grammar does not know, so not "I" nor a group word.)
    if (wish >= 1 && person < 0 && LETHAL.has(words.known(harm) ?? '') && capitalized(words, wish - 1, text) && words.known(wish - 1) === undefined && passiveBetween(words, wish, harm)) person = wish - 1;
    // A harm wished on someone after it: "I wish cancer on you", "wishing death on him".
    // (Or on people named: "I wish cancer on the whole board of directors".)
    if (wish >= 0 && person < 0 && harmed === harm && small(words, harm + 1) === 'on' && (words.has(harm + 2, PERSON) || POINTING.has(small(words, harm + 2)))) person = harm + 2;
    // A harm done to someone by whatever the wish names: "I hope a drunk driver kills you", "hope the
    // next one shoots him" (not "hope the Lakers beat them": a few deadly verbs, a person after).
    if (wish >= 0 && person < 0 && harmed === harm && DEADLY_DONE.has(words.known(harm) ?? '') && namedSubject(words, wish + 1, harm - 1) && harmedAfter(words, harm)) person = harm + 1;
    // An illness that grows is someone's: "I hope the tumour spreads".
    // (Not "spreads no further".)
    // (Or comes back: "praying his tumour comes back".)
    if (wish >= 0 && person < 0 && ILLNESSES.has(words.known(harm) ?? '') && (GROWING.has(words.known(harm + 1) ?? '') ? small(words, harm + 2) !== 'no' : RETURNING.has(small(words, harm + 1)) && small(words, harm + 2) === 'back')) person = harm;
    if (wish < 0 || person < 0 || anyIn(words, Math.min(person, wish), harm, NEGATOR) >= 0) continue;
    // "I hope he beats cancer": an illness someone overcomes is no harm wished; nor is a peaceful death.
    if (anyKnown(words, person + 1, harm - 1, OVERCOMING) || peacefulDeath(words, harm)) continue;
    if (anyIn(words, Math.min(person, wish) - 3, Math.min(person, wish) - 1, CONDITIONAL) >= 0) continue;
    if (doneByPerson(words, person, harm)) continue;
    found.push(severe(words, Math.min(person, wish), Math.max(harmed, person), 'harassment', 'harm-wish', words.text(harm)));
  }
  return found;
}


/** Words that a relative "who" after them makes someone a harm is wished on ("anyone who", "people who"). */
const WISHED_RELATIVES = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'people', 'those']);

/**
 * Whether the harm outcome at `harm` names a harm where it stands: choking on something or to death
 * ("hope he chokes on his dinner"; not "I hope they choke in the final", a team failing), rotting
 * anywhere but in prison ("I hope he rots in prison" wishes a sentence), "a stroke" that is no
 * "stroke of luck".
 */
function harmMeant(words: Words, harm: number, text: string): boolean {
  const word = small(words, harm);
  const next = small(words, harm + 1);
  if (word === 'choke' || word === 'chokes' || word === 'choked') return next === 'on' || next === 'to' || clauseEndsAfter(words, harm, text);
  if (word === 'rot' || word === 'rots') return !(next === 'in' && (JAILS.has(words.known(harm + 2) ?? '') || JAILS.has(words.known(harm + 3) ?? '')));
  // (The illness, "a (painful) stroke"; not "slow that stroke down".)
  if (word === 'stroke') return next !== 'of' && (small(words, harm - 1) === 'a' || small(words, harm - 2) === 'a' || small(words, harm - 1) === 'another');
  // (Not a death wished in mercy: "he deserves a dignified death".)
  // (Nor a sentence: "I hope he gets the death penalty", as "rots in prison".)
  // (Nor one escaped: "away from death", "saved from death".)
  if (word === 'death') return !MERCIFUL.has(small(words, harm - 1)) && !SENTENCES.has(next) && small(words, harm - 1) !== 'from';
  // (Not "brain dead", an insult.)
  if (word === 'dead') return small(words, harm - 1) !== 'brain';
  // (Burning alive, to death, in something, down, or as the clause ends: not "burn the midnight oil".)
  if (word === 'burn' || word === 'burns') return BURNING.has(next) || clauseEndsAfter(words, harm, text);
  // (Not "crashes out of the cup", a team knocked out.)
  if (word === 'crash' || word === 'crashes') return next !== 'out';
  return true;
}


/**
 * Where the owner of the organ before the failing at `index` stands ("your liver fails": "your"), or
 * -1. A heart stops beating or working, not hurting or racing ("I hope her heart stops aching"); an
 * organ bursts, not with pride or into song.
 */
function failingBody(words: Words, index: number): number {
  const word = words.known(index) ?? '';
  if (!FAILING.has(word) || !(ORGANS.has(words.known(index - 1) ?? '') || LIFE_GEAR.has(small(words, index - 1)))) return -1;
  const next = small(words, index + 1);
  if ((word === 'stop' || word === 'stops') && next.endsWith('ing') && next !== 'beating' && next !== 'working') return -1;
  // (Nor bursting with pride or into song.)
  if ((word === 'bursts' || word === 'burst') && (next === 'with' || next === 'into')) return -1;
  return OWNERS.has(small(words, index - 2)) ? index - 2 : -1;
}


/** Words that open a clause of their own between a wish and a harm ("hope you know that when you ..., you ..."). */
const OTHER_CLAUSE = new Set(['because', 'cause', 'cuz', 'when', 'wen', 'after', 'before', 'until', 'since', 'if', 'unless', 'while', 'though', 'although', 'but', 'so']);

/** A verb of desire (DESIRES) six to `reach` words before the harm at `harm`, in its clause with no word of OTHER_CLAUSE between; -1 for none. */
function desiredFar(words: Words, harm: number, text: string, reach: number): number {
  for (let index = harm - 1; index >= Math.max(0, harm - reach); index--) {
    if (OTHER_CLAUSE.has(small(words, index))) return -1;
    if (index <= harm - 6 && DESIRES.has(words.known(index) ?? '')) return clauseBetween(words, index, harm, text) ? -1 : index;
  }
  return -1;
}

/** Those whose wishing a comment reports ("comments wishing death on ...", "people hoping he dies"). */
const REPORTED_WISHERS = new Set(['comments', 'posts', 'tweets', 'messages', 'replies', 'people', 'trolls', 'users', 'accounts', 'fans', 'those', 'anyone', 'protesters', 'crowds', 'mobs']);

/** Words that open a clause saying who someone is ("the man who was shot"). */
const RELATIVES = new Set(['who', 'that', 'which', 'whom', 'whose']);
/** Words that report a harm done ("who was shot", "who got stabbed"). */
const REPORTING_HARM = new Set(['was', 'were', 'got', 'had', 'has', 'have', 'is', 'are', 'been']);
/** Words after a harm that wish the harmed well ("who was shot recovers", "is ok"). */
const RECOVERING = new Set(['recovers', 'recover', 'recovered', 'survives', 'survive', 'survived', 'heals', 'ok', 'okay', 'safe', 'alright']);

/**
 * Whether the harm at `harm` is reported of someone the wish at `wish` names, not wished on them:
 * "who was shot", "who got stabbed" between them, or a word of recovery (or "gets justice") after it
 * ("I hope the man who was shot recovers", "I hope the boy who got stabbed is ok").
 */
function reportedHarm(words: Words, wish: number, harm: number): boolean {
  if (REPORTING_HARM.has(small(words, harm - 1)) && anyWritten(words, wish + 1, harm - 2, RELATIVES)) return true;
  // ("I hope they catch the man who stabbed her".)
  if (RELATIVES.has(small(words, harm - 1))) return true;
  for (let after = harm + 1; after <= Math.min(words.length - 1, harm + 4); after++) {
    if (RECOVERING.has(small(words, after)) || (small(words, after) === 'justice' && SUFFERED.has(small(words, after - 1)))) return true;
  }
  return false;
}

/** Whether a word from `from` to `to` is one of `set` as written. */
export function anyWritten(words: Words, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index <= Math.min(words.length - 1, to); index++) if (set.has(small(words, index))) return true;
  return false;
}

/** Deadly harms something may do to a person wished ("I hope a shark kills you"). */
const DEADLY_DONE = new Set(['kills', 'stabs', 'shoots', 'rapes', 'murders', 'eats', 'eat']);

/** Whether a person the harm at `harm` is done to follows it: "kills you", "kills your kids" (not "kills your soca sunday"). */
function harmedAfter(words: Words, harm: number): boolean {
  return HARMED_OBJECTS.has(small(words, harm + 1)) || ownedKin(words, harm + 2, harm + 3) >= 0;
}
/** Words that open a thing or person named as a subject ("a drunk driver", "the next one"). */
const SUBJECT_OPENERS = new Set(['a', 'an', 'the', 'some', 'another', 'that', 'this']);

/** Whether words [from, to] name a subject: two to four words, the first a determiner, no person nor negation among them. */
function namedSubject(words: Words, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !SUBJECT_OPENERS.has(small(words, from))) return false;
  return anyIn(words, from, to, PERSON) < 0 && anyIn(words, from, to, NEGATOR) < 0;
}

/** Outcomes of a call against a group that do a person no bodily harm ("they should ban him", "hope they send him home"). */
export const NO_BODILY_HARM = new Set(['ban', 'banned', 'removed', 'send', 'deport', 'deported']);
/** "Kicked out", "kicked off": sent away, not hurt. */
const KICKED_AWAY = new Set(['out', 'off']);


/**
 * The last word of a harm done by a vehicle at word `index`: "hit by a bus", "get run over", "runs
 * you over" (not "runs over the details", a reading); -1 when there is none.
 */
function vehicleHarm(words: Words, index: number): number {
  // (Or struck: "get struck by lightning".)
  if (((words.has(index, HARM_VERB) && words.known(index) === 'hit') || words.known(index) === 'struck') && small(words, index + 1) === 'by') {
    for (let vehicle = index + 2; vehicle <= index + 4; vehicle++) if (VEHICLES.has(words.known(vehicle) ?? '')) return vehicle;
    return -1;
  }
  // (The words as the grammar's table knows them, so disguises read: "rvn h!m 0v3r".)
  if (!RUNNING.has(words.known(index) ?? '')) return -1;
  if (words.known(index + 1) === 'over' && SUFFERED.has(small(words, index - 1))) return index + 1;
  if (words.has(index + 1, PERSON)) return words.known(index + 2) === 'over' ? index + 2 : -1;
  // (Or a person pointed at: "run that cyclist over".)
  const person = pointedPerson(words, index + 2, index + 4);
  return person >= 0 && words.known(person + 1) === 'over' ? person + 1 : -1;
}

/** Verbs of wanting before "to see" ("I want to see you suffer", "I'd love to see him hang"). */
const WANT_TO_SEE = new Set(['want', 'wanna', 'love', 'like', 'wait']);

/**
 * A wish for the harm at `harm` said otherwise than with a wish word, up to four words before it in
 * its clause: "may" opening the clause ("May you die slowly"), "can't wait" ("Can't wait for you to
 * die"), "want to see" ("I want to see you suffer", "I'd love to see him hang"), "the sooner ... the
 * better" ("The sooner he's dead the better"). Not negated ("I don't want to see you suffer"). The
 * wish's last word, or -1.
 */
function wishPhrase(words: Words, harm: number, text: string): number {
  for (let index = harm - 1; index >= Math.max(0, harm - 6); index--) {
    const word = small(words, index);
    // (Six words back: "Can't wait for that senator to drop dead", "I'd throw a party if the CEO got run over";
    // the rest four.)
    const near = harm - index <= 4;
    let wish = -1;
    if (word === 'may' && near && startsSentence(words, index, text)) wish = index;
    else if (word === 'wait' && CANNOT.has(small(words, index - 1))) wish = index;
    else if (word === 'see' && near && (small(words, index - 1) === 'to' ? WANT_TO_SEE.has(small(words, index - 2)) : small(words, index - 1) === 'wanna')) wish = index;
    // ("I'd pay money to watch this striker snap both his legs", six words back.)
    else if ((word === 'watch' || word === 'see') && small(words, index - 1) === 'to' && paidToSee(words, index - 2)) wish = index;
    else if (word === 'sooner' && near && small(words, index - 1) === 'the' && small(words, harm + 1) === 'the' && small(words, harm + 2) === 'better') wish = index;
    else if (word === 'crossed' && near && small(words, index - 1) === 'fingers') wish = index;
    // "Nothing would make me happier than watching you rot".
    else if ((word === 'watching' || word === 'seeing') && near && small(words, index - 1) === 'than' && BETTER.has(words.known(index - 2) ?? '')) wish = index;
    else if ((word === 'if' || word === 'when') && celebrated(words, index)) wish = index;
    // A harm asked of anyone: "Somebody please give this man a heart attack" (opening its sentence).
    else if (word === 'give' && (startsSentence(words, index, text) || GIVERS.has(small(words, index - 1)))) wish = index;
    else if (word === 'if' && LETHAL_OR_DIED.has(small(words, harm)) && betterIf(words, harm) === index) wish = index;
    if (wish >= 0) return anyIn(words, wish - 4, wish - (word === 'wait' ? 2 : 1), NEGATOR) >= 0 || clauseBetween(words, wish, harm, text) ? -1 : wish;
    if (word === 'justice' || startsSentence(words, index, text)) return justiceWished(words, word === 'justice' ? index : index - 1);
  }
  return -1;
}


/** Whether a word of celebrating stands up to four words before the "if" or "when" at `index` ("I'd throw a party if"). */
function celebrated(words: Words, index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 4); before--) if (CELEBRATING.has(words.known(before) ?? '')) return true;
  return false;
}

/** Deaths a world "better if" wishes. */
const LETHAL_OR_DIED = new Set(['died', 'dead', 'killed', 'die', 'breathing']);

/** Where the "if" after a word of BETTER stands, up to five words before the dying at `harm` ("better off if you died"), or -1. */
function betterIf(words: Words, harm: number): number {
  for (let index = harm - 1; index >= Math.max(1, harm - 5); index--) {
    if (small(words, index) !== 'if') continue;
    // ("better off if", "a better place if".)
    const before = small(words, index - 1) === 'off' || small(words, index - 1) === 'place' ? index - 2 : index - 1;
    return BETTER.has(words.known(before) ?? '') ? index : -1;
  }
  return -1;
}

/**
 * Where "if" stands in "if there's any justice" ("if there is any justice") ending at word `index`,
 * not negated: the condition wishes what its sentence goes on to ("If there's any justice, that
 * pundit gets hit by a bus"). -1 when there is none.
 */
function justiceWished(words: Words, index: number): number {
  if (small(words, index) !== 'justice' || small(words, index - 1) !== 'any') return -1;
  const condition = small(words, index - 2) === 'theres' ? index - 3 : small(words, index - 2) === 'is' && small(words, index - 3) === 'there' ? index - 4 : -1;
  return condition >= 0 && small(words, condition) === 'if' && anyIn(words, condition - 3, index, NEGATOR) < 0 ? condition : -1;
}

/** Whether "pay" or "pay money" ends at word `index`, before "to see" or "to watch": a price the writer would pay to see a harm. */
function paidToSee(words: Words, index: number): boolean {
  return small(words, index) === 'pay' || (small(words, index - 1) === 'pay' && (small(words, index) === 'money' || small(words, index) === 'good'));
}

/** Who is asked to give a harm ("Somebody please give ...", "universe, give ..."). */
const GIVERS = new Set(['someone', 'somebody', 'please', 'pls', 'plz', 'universe', 'god', 'lord', 'and', 'just']);

/** "Can't", "cannot" before "wait": eager, not negated. */
const CANNOT = new Set(['cant', 'cannot']);

/** Harms that are done to someone, where the person before them may be the one doing them ("you should shoot"). */
const DONE_TO = new Set(['kill', 'shoot', 'deport', 'gas', 'exterminate', 'nuke', 'bomb', 'wipe', 'send', 'ban', 'stone', 'annihilate', 'kills', 'shoots']);
/** Words that make the harm after them one suffered ("should be shot", "gets shot", "gets run over"). */
const SUFFERED = new Set(['be', 'been', 'being', 'get', 'gets', 'got', 'getting', 'gettin']);

/** People a call for harm goes out to ("somebody should bomb that mosque"): the harm is the call's, not theirs to suffer. */
const ANYONE = new Set(['someone', 'somebody']);

/**
 * Whether the person at `person` does the harm at `harm` to no one named ("you should definitely
 * shoot in RAW", "they should nuke it"): a harm done to someone, with no word of suffering between
 * them and no person after it ("someone should shoot him", "you should kill yourself" stay wishes),
 * said by a person, not called for from anyone ("somebody should bomb that mosque").
 */
function doneByPerson(words: Words, person: number, harm: number): boolean {
  if (!DONE_TO.has(words.known(harm) ?? '') || person > harm || ANYONE.has(words.text(person))) return false;
  for (let index = person + 1; index < harm; index++) if (SUFFERED.has(words.text(index))) return false;
  const object = words.text(harm + 1);
  return !words.has(harm + 1, PERSON) && !object.endsWith('self') && !object.endsWith('selves');
}

/**
 * The first word from `from` to `to` that names someone's kin or what is theirs ("your family", "ur
 * kids", "your whole family", "his plane"), or -1.
 */
function ownedKin(words: Words, from: number, to: number): number {
  for (let index = Math.max(1, from); index <= Math.min(words.length - 1, to); index++) {
    if (!KIN.has(words.known(index) ?? '') && !READERS_THINGS.has(words.known(index) ?? '')) continue;
    const owner = WHOLE.has(words.known(index - 1) ?? '') ? index - 2 : index - 1;
    if (OWNERS.has(words.known(owner) ?? '')) return index;
  }
  return -1;
}

/** What follows a burning that harms: "burn alive", "burn to death", "burn in hell", "burns down". */
const BURNING = new Set(['alive', 'to', 'in', 'down', 'slowly']);

/** How a death is deserved or hoped for in mercy ("a dignified death"). */
const MERCIFUL = new Set(['dignified', 'peaceful', 'painless', 'natural', 'good', 'quiet', 'humane', 'gentle', 'merciful', 'decent', 'happy', 'easy', 'beautiful', 'proper']);

/** Words after "death" that name a sentence or a count, not a death wished ("the death penalty", "the death toll"). */
const SENTENCES = new Set(['penalty', 'sentence', 'row', 'toll', 'certificate']);

/** What an illness does as it returns ("comes back"). */
const RETURNING = new Set(['comes', 'come']);

/**
 * Whether word `index` is a bone someone breaks: "breaks his neck", "break your legs", "snap both his
 * legs", or a person's pointed at: "breaks that troll's jaw" (BONES, BREAKING); or one's bone broken
 * ("needs his legs broken").
 */
function brokenBone(words: Words, index: number): boolean {
  if (!BONES.has(words.known(index) ?? '')) return false;
  // ("needs his legs broken", "deserves to have her jaw smashed": the bone's owner, then its state.)
  const broken = BROKEN.has(small(words, index + 1));
  let before = index - 1;
  if (OWNERS.has(words.known(before) ?? '')) before--;
  else if (pointedPerson(words, before, before) >= 0) {
    // (Back to the word that points at them, which pointedPerson found within three words.)
    before--;
    while (before > 0 && !POINTING.has(words.text(before))) before--;
    before--;
  } else return false;
  if (broken) return true;
  if (small(words, before) === 'both') before--;
  return BREAKING.has(words.known(before) ?? '');
}

/** Words between getting and an illness that keep it the illness got ("the same disease", "food poisoning"). */
const ILLNESS_FILLERS = new Set(['a', 'an', 'the', 'some', 'same', 'that', 'this', 'food', 'bird', 'swine', 'stomach']);
/** Words after an illness that make it no illness got: "get the flu jab", "get the virus under control". */
const NO_ILLNESS_AFTER = new Set(['jab', 'jabs', 'shot', 'shots', 'vaccine', 'vaccines', 'vaccination', 'test', 'tests', 'treatment', 'under', 'sequenced', 'cured', 'season', 'diagnosed']);

/**
 * Whether word `index` is an illness someone gets or catches, with only a determiner or a word of
 * DEADLY between: "get the same disease", "catch a nasty virus", "get food poisoning". Not "get the
 * flu jab", "get over the flu" (a word of its own between), nor death.
 */
function gotIllness(words: Words, index: number): boolean {
  const word = words.known(index);
  if (word === undefined || word === 'death' || !SICKNESSES.has(word) || NO_ILLNESS_AFTER.has(small(words, index + 1))) return false;
  for (let before = index - 1; before >= Math.max(0, index - 4); before--) {
    if (GETTING.has(words.known(before) ?? '')) return true;
    if (!ILLNESS_FILLERS.has(small(words, before)) && !DEADLY.has(words.known(before) ?? '')) return false;
  }
  return false;
}

/** Whether word `index` is the breathing of "stop(s/ped) breathing" (not "stop breathing down my neck"), a death. */
function breathingStopped(words: Words, index: number): boolean {
  if (words.known(index) !== 'breathing' || small(words, index + 1) === 'down') return false;
  const before = words.known(index - 1);
  return before === 'stop' || before === 'stops' || before === 'stopped';
}

/** Whether "should have", "shouldve" or "shoulda" stands right before the dying at `index`: a death wished done. */
function shouldHave(words: Words, index: number): boolean {
  const before = small(words, index - 1);
  return before === 'shouldve' || before === 'shoulda' || (before === 'have' && small(words, index - 2) === 'should');
}

/** Whether word `index` is an illness said deadly or painful up to two words before: "a long, agonising illness", "a deadly flu", "a slow death". */
function deadlyIllness(words: Words, index: number): boolean {
  return SICKNESSES.has(words.known(index) ?? '') && (DEADLY.has(words.known(index - 1) ?? '') || DEADLY.has(words.known(index - 2) ?? ''));
}

/** Whether word `index` eats the reader or someone spoken of, not a person eating ("Hope a shark eats you"; not "I hope he eats well"). */
function eaten(words: Words, index: number): boolean {
  return EATING.has(words.known(index) ?? '') && HARMED_OBJECTS.has(small(words, index + 1)) && !words.has(index - 1, PERSON);
}

/** Whether word `index` is the attack of "a heart attack". */
function heartAttack(words: Words, index: number): boolean {
  const word = words.known(index);
  return (word === 'attack' || word === 'attacks') && words.known(index - 1) === 'heart';
}

/** How a death is wished in mercy, not harm ("I hope he dies peacefully, he's suffered enough"). */
const PEACEFULLY = new Set(['peacefully', 'painlessly', 'comfortably', 'surrounded']);

/**
 * Whether the dying at word `index` (its last word) is wished in mercy: "dies peacefully", "die
 * without pain", "dies in peace", "at home", "surrounded by family" (not "in your sleep": "the world
 * would be a better place if you just died in your sleep").
 *
 * @example
 * peacefulDeath(words, 3); // true for "dies" in "I hope he dies peacefully"
 */
export function peacefulDeath(words: Words, index: number): boolean {
  const next = words.text(index + 1);
  if (PEACEFULLY.has(next)) return true;
  const after = words.text(index + 2);
  return (next === 'without' && after === 'pain') || (next === 'in' && after === 'peace') || (next === 'at' && after === 'home');
}

/** What stands between a wish and a death wished on a name: "should be", "should have been", "deserves to be", "should get". */
const PASSIVE = new Set(['be', 'been', 'have', 'get', 'to', 'all']);

/** Whether only PASSIVE words stand between the wish at `wish` and the harm at `harm` ("Bryan should have a legit shot" has others). */
function passiveBetween(words: Words, wish: number, harm: number): boolean {
  for (let index = wish + 1; index < harm; index++) if (!PASSIVE.has(words.text(index))) return false;
  return true;
}

/** Outcomes that kill, wished on a person named: "Trump should be executed". */
const LETHAL = new Set(['killed', 'shot', 'hanged', 'hung', 'lynched', 'executed', 'gassed', 'exterminated', 'murdered', 'dead', 'die']);

/** Verbs of wanting a thing to happen ("I hope", "wishing", "praying"): a harm after them is wished. */
const DESIRES = new Set(['hope', 'hoping', 'hopefully', 'wish', 'wishing', 'pray', 'praying']);

/** Verbs that open a threat of being found or watched, no harm by itself: "I hope they find you" is said of the missing. */
const APPROACHES = new Set(['find', 'finds', 'come', 'comes', 'coming', 'know', 'knows', 'watch', 'watches', 'see', 'track', 'hunt', 'looking', 'waiting']);

/**
 * Where a verb of desire stands up to five words before word `first` (the start of a threat or
 * self-harm phrase, not one of being found or watched), in the same clause, so that the harm is
 * wished on someone: "Hope you break your neck", "Wish this reporter would just drop dead". -1 when
 * there is none, when it is negated ("I wouldn't wish ... on anyone"), when the harm is denied or
 * wished on no one between ("I hope you don't break your neck", "hope nobody gets hurt"), when the
 * writer wishes it on themselves ("I hope I never wake up") and after a condition ("if you hope to ...").
 *
 * @example
 * wishedBefore(words, 2, 'Hope you break your neck.'); // 0
 */
export function wishedBefore(words: Words, first: number, text: string): number {
  if (APPROACHES.has(words.text(first))) return -1;
  for (let wish = first - 1; wish >= Math.max(0, first - 5); wish--) {
    if (!DESIRES.has(words.known(wish) ?? '')) continue;
    if (clauseBetween(words, wish, first, text) || anyIn(words, wish - 3, wish - 1, NEGATOR | CONDITIONAL) >= 0) return -1;
    if (anyIn(words, wish + 1, first - 1, NEGATOR | NEGATING_SUBJECT) >= 0 || anyKnown(words, wish + 1, first - 1, WRITER)) return -1;
    return wish;
  }
  return -1;
}

/** A lexicon phrase of a passive harm called for ("should be shot", "deserves to be beaten"): the words before "be", by its participle. */
let calledFor: Map<string, { before: string[]; term: Term }[]> | undefined;

/**
 * The bundled phrases "<should | deserve(s) to | need(s) to ...> be <participle>", by participle
 * (built on first use). Only participles the grammar's table knows are read ("you wont be safe" has
 * none).
 */
function calledForPhrases(): Map<string, { before: string[]; term: Term }[]> {
  if (calledFor !== undefined) return calledFor;
  calledFor = new Map();
  for (const entry of builtinLexiconEntries(INCIVILITY_LEXICONS)) {
    const words = entry.term.toLowerCase().split(' ');
    if (words.length < 3 || words.at(-2) !== 'be' || !PHRASE.test(entry.term.toLowerCase())) continue;
    const participle = words.at(-1) as string;
    const list = calledFor.get(participle) ?? [];
    list.push({ before: words.slice(0, -2), term: termOf(entry) });
    calledFor.set(participle, list);
  }
  return calledFor;
}

/** The most words between "be" and the "and" before the harm ("should be dragged out into the street and shot"). */
const MOST_BETWEEN = 8;

/** Participles that do not end in -ed, which a called-for passive may open with ("should be taken out and shot"). */
const IRREGULAR_PARTICIPLES = new Set(['taken', 'strung', 'hung', 'put', 'thrown', 'beaten', 'stood', 'held', 'led', 'brought', 'sent', 'driven', 'dragged']);

/**
 * A passive harm of the lexicon's phrases called for after another passive in the same clause, as one
 * phrase: "The mayor should be dragged out into the street and shot", "They should be lined up and
 * shot", "These traitors should be rounded up and hanged" read as "should be shot", "should be
 * hanged". The words before "be" are the phrase's own, right before it ("should not be ..." is no
 * call); the first passive opens with a participle; only "and" or "and then" stands before the harm.
 * Matches in analysis-text offsets, each its phrase's term.
 *
 * @example
 * calledForPassives(words, 'They should be lined up and shot.'); // "should be lined up and shot" as `should be shot`
 */
export function calledForPassives(words: Words, text: string): LexiconMatch[] {
  let found: LexiconMatch[] | undefined;
  const phrases = calledForPhrases();
  for (let harm = 4; harm < words.length; harm++) {
    // (The grammar's table knows every harm of the phrases, "and" and "be": no word's text is cut out
    // until one is found.)
    const harmWord = words.known(harm);
    const options = harmWord === undefined ? undefined : phrases.get(harmWord);
    if (options === undefined) continue;
    const and = words.text(harm - 1) === 'then' ? harm - 2 : harm - 1;
    if (words.known(and) !== 'and') continue;
    for (let be = and - 2; be >= Math.max(1, and - 1 - MOST_BETWEEN); be--) {
      if (words.known(be) !== 'be') continue;
      const opening = words.text(be + 1);
      if (!opening.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(opening)) break;
      const option = options.find(({ before }) => before.length <= be && before.every((word, index) => words.text(be - before.length + index) === word));
      if (option === undefined || clauseBetween(words, be - option.before.length, harm, text)) break;
      const start = words.start[be - option.before.length] as number;
      const end = words.end[harm] as number;
      (found ??= []).push({ id: option.term.id, term: option.term.term, category: option.term.category, severity: option.term.severity, start, end, text: text.slice(start, end) });
      break;
    }
  }
  return found ?? [];
}
