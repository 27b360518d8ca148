/**
 * Threat templates and harm wishes, and what makes a threat phrase no threat (an idiom, a reported
 * attempt, a thing for subject).
 */
import { ARSON_COMMANDS, GROUP_PLACES, KILL_COMMANDS, KILLABLE, KIN, OVERCOMING, PERSON_NOUNS, QUANTIFIERS, ROLES } from './grammar.js';
import { BE_WORD, CONDITIONAL, GROUP, HARM_OUTCOME, HARM_VERB, MODAL, NAMES_PEOPLE, NEGATOR, PERSON, SUBJECT, TARGET, WISH, Words, anyIn, anyKnown, intentBefore, severe, startsSentence } from './words.js';
import type { IncivilitySignal } from './signals.js';

/**
 * A first person or someone + a modal + a harm verb + a target, in that order within a few words.
 *
 * @example
 * threatTemplates(words); // one threat for "I will hurt you"
 */
export function threatTemplates(words: Words): IncivilitySignal[] {
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
 *
 * @example
 * harmlessIdiom(words, 1, 2); // true in "I'll hit you up tomorrow"
 */
export function harmlessIdiom(words: Words, verb: number, target: number): boolean {
  const next = words.text(target + 1);
  if (next === 'up' && words.text(verb) === 'hit') return true;
  return words.text(verb) === 'shoot' && (next === 'a' || next === 'an' || next === 'quick') && (MESSAGES.has(words.text(target + 2)) || MESSAGES.has(words.text(target + 3)));
}

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

/** Subjects that are things: "it", "that", or an -ing word ("Smoking will kill you"). */
const THING_SUBJECTS = new Set(['it', 'that', 'this', 'which', 'what', 'nothing', 'something']);

/** Modals of what may happen: with them a harm states a risk ("Cholesterol can kill you"). */
const POSSIBILITY = new Set(['can', 'may', 'might']);

/**
 * Whether the harm at word `index` has a thing for its subject, before a modal: "Smoking will kill
 * you", "The heat will kill you", "This job will kill you"; not "I will kill you" nor "my brother
 * will kill you" (a person, or a word not known to be a thing). After "can", "may" or "might" the
 * harm is a risk stated unless the writer, "they" or "someone" is its subject ("Cholesterol can kill
 * you", "A fall may hurt you"; not "I can hurt you").
 *
 * @example
 * thingAsSubject(words, 2); // true for "kill" in "Smoking will kill you"
 */
export function thingAsSubject(words: Words, index: number): boolean {
  if (POSSIBILITY.has(words.text(index - 1))) return index >= 2 && !words.has(index - 2, SUBJECT);
  if (!words.has(index - 1, MODAL)) return false;
  const subject = words.text(index - 2);
  if (THING_SUBJECTS.has(subject) || (subject.endsWith('ing') && subject.length > 4)) return true;
  // "the heat", "this job": a noun after an article that names no person.
  return ARTICLES.has(words.text(index - 3)) && !words.has(index - 2, NAMES_PEOPLE | GROUP | SUBJECT) && !FAMILY.has(subject);
}

/** Words before a noun that make it a thing named ("the heat", "this job"). */
const ARTICLES = new Set(['the', 'this', 'that']);

/** People a writer may threaten with ("my brother will kill you"). */
const FAMILY = new Set(['brother', 'sister', 'dad', 'father', 'mom', 'mum', 'mother', 'husband', 'wife', 'son', 'cousin', 'uncle', 'boys', 'friends', 'gang', 'boyfriend', 'girlfriend']);

/**
 * A person, a wish and a harm ("I hope she gets raped", "they should all be shot").
 *
 * @example
 * harmWishes(words, text); // one harm wish for "I hope she gets raped"
 */
export function harmWishes(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let harm = 0; harm < words.length; harm++) {
    if (!words.has(harm, HARM_OUTCOME)) continue;
    const wish = anyIn(words, harm - 4, harm - 1, WISH);
    let person = wish < 0 ? -1 : anyIn(words, wish - 2, harm - 1, PERSON);
    if (wish >= 0 && person < 0) person = readersKin(words, wish + 1, harm - 1);
    // A name right before the wish, and a death: "Trump should be executed", "Pelosi should be hanged".
    // (A name: a capitalized word the grammar does not know, so not "I" nor a group word.)
    if (wish >= 1 && person < 0 && LETHAL.has(words.known(harm) ?? '') && capitalized(words, wish - 1, text) && words.known(wish - 1) === undefined && passiveBetween(words, wish, harm)) person = wish - 1;
    if (wish < 0 || person < 0 || anyIn(words, Math.min(person, wish), harm, NEGATOR) >= 0) continue;
    // "I hope he beats cancer": an illness someone overcomes is no harm wished; nor is a peaceful death.
    if (anyKnown(words, person + 1, harm - 1, OVERCOMING) || peacefulDeath(words, harm)) continue;
    if (anyIn(words, Math.min(person, wish) - 3, Math.min(person, wish) - 1, CONDITIONAL) >= 0) continue;
    found.push(severe(words, Math.min(person, wish), harm, 'harassment', 'harm-wish', words.text(harm)));
  }
  return found;
}

/** The first word from `from` to `to` that names the reader's kin ("your family", "ur kids", "your whole family"), or -1. */
function readersKin(words: Words, from: number, to: number): number {
  for (let index = Math.max(1, from); index <= Math.min(words.length - 1, to); index++) {
    if (!KIN.has(words.known(index) ?? '')) continue;
    const owner = WHOLE.has(words.text(index - 1)) ? index - 2 : index - 1;
    if (words.known(owner) === 'your' || words.known(owner) === 'ur') return index;
  }
  return -1;
}

/** Words between "your" and the kin it names: "your whole family". */
const WHOLE = new Set(['whole', 'entire', 'little', 'poor']);

/** How a death is wished in mercy, not harm ("I hope he dies peacefully, he's suffered enough"). */
const PEACEFULLY = new Set(['peacefully', 'painlessly', 'comfortably']);

/**
 * Whether the dying at word `index` (its last word) is wished in mercy: "dies peacefully", "die
 * without pain", "dies in peace".
 *
 * @example
 * peacefulDeath(words, 3); // true for "dies" in "I hope he dies peacefully"
 */
export function peacefulDeath(words: Words, index: number): boolean {
  const next = words.text(index + 1);
  if (PEACEFULLY.has(next)) return true;
  return (next === 'without' && words.text(index + 2) === 'pain') || (next === 'in' && words.text(index + 2) === 'peace');
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

/**
 * "The only good <X> is a dead <X>" (or "a dead one"): a threat, an identity attack when X is a
 * group ("The only good Muslim is a dead Muslim").
 *
 * @example
 * onlyGoodDead(words); // one identity attack for "The only good Jew is a dead Jew"
 */
export function onlyGoodDead(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index + 6 < words.length; index++) {
    if (words.known(index) !== 'only' || words.known(index + 1) !== 'good' || words.known(index + 4) !== 'a' || words.known(index + 5) !== 'dead') continue;
    // (The same word again, or "one", after "dead": "a dead Muslim", "a dead one"; not "a dead battery".)
    const again = words.text(index + 6);
    if (!words.has(index + 3, BE_WORD) || (again !== 'one' && again !== words.text(index + 2) && again !== `${words.text(index + 2)}s`)) continue;
    const group = words.has(index + 2, GROUP);
    const last = index + 6;
    found.push(severe(words, index, last, group ? 'identity-attack' : 'threat', group ? 'group-attack' : 'threat', `the only good ${words.text(index + 2)} is a dead …`));
    index = last;
  }
  return found;
}

/** Words before a command that keep it one: "just kill him", "please hang them". */
const COMMAND_OPENERS = new Set(['just', 'please', 'lets', 'go', 'now', 'so']);
/** Pronouns a command to kill may name. */
const PRONOUNS = new Set(['him', 'her', 'them', 'em']);
/** Words after a pronoun that keep the command: "kill them all", "hang him now" (not "kill them with kindness"). */
const AFTER_PRONOUN = new Set(['all', 'already', 'now', 'too', 'today', 'tonight', 'dead']);

/** Whether word `index` starts with an ASCII capital in the text: a name after a command ("Kill Trump"). */
function capitalized(words: Words, index: number, text: string): boolean {
  const code = text.charCodeAt(words.start[index] as number);
  return index < words.length && code >= 65 && code <= 90;
}

/** Whether the clause ends right after word `index` (the comment's end or punctuation). */
function clauseEndsAfter(words: Words, index: number, text: string): boolean {
  return index === words.length - 1 || startsSentence(words, index + 1, text);
}

/**
 * The last word of the person or people word `first` names, for a command to kill or "death to": a
 * pronoun ending its clause or before "all", "now" ("Lynch him.", "kill them all"), a name of one or
 * two capitalized words ending its clause ("Kill Trump.", "Hang Mike Pence!"), or people after "the",
 * "all", "every" ("Hang the traitors", "Shoot every cop you see", "Kill all Tories"); -1 for anything
 * else ("Kill the bill", "kill them with kindness", "Kill Bill was a great film"). Group words are the
 * group rules' (groups.ts).
 */
function killTarget(words: Words, first: number, text: string): number {
  if (first >= words.length || words.has(first, GROUP)) return -1;
  const word = words.known(first);
  // (A capitalized pronoun is a title's: "Kill 'Em All is Metallica's best album".)
  if (word !== undefined && PRONOUNS.has(word)) {
    const after = words.known(first + 1) ?? '';
    const onSight = words.known(first + 1) === 'on' && words.text(first + 2) === 'sight';
    return !capitalized(words, first, text) && (clauseEndsAfter(words, first, text) || AFTER_PRONOUN.has(after) || onSight) ? first : -1;
  }
  if (word !== undefined && QUANTIFIERS.has(word)) {
    const start = words.known(first + 1) === 'the' ? first + 2 : first + 1;
    // The people, right after or after one word that says which: "every abortion doctor", "the climate activists".
    for (let noun = start; noun <= start + 1 && noun < words.length; noun++) {
      if (words.has(noun, GROUP)) return -1;
      const known = words.known(noun) ?? '';
      // A capitalized noun names people after "every" ("every Zionist") or in the plural ("all Tories").
      const named = noun === start && capitalized(words, noun, text) && (word === 'every' || word === 'each' || text.charCodeAt((words.end[noun] as number) - 1) === 115);
      if (KILLABLE.has(known) || ROLES.has(known) || PERSON_NOUNS.has(known) || named) return noun;
    }
    return -1;
  }
  if (!capitalized(words, first, text)) return -1;
  if (clauseEndsAfter(words, first, text)) return first;
  return capitalized(words, first + 1, text) && clauseEndsAfter(words, first + 1, text) ? first + 1 : -1;
}

/**
 * The place of worship or of refuge a command to burn names from word `first`: "(down) (the|every)
 * mosque(s)", "the migrant hotels", "every asylum hotel"; -1 for anything else ("burn the
 * mortgage", "torch the old hotel").
 */
function placeOfGroup(words: Words, first: number): number {
  let at = words.known(first) === 'down' ? first + 1 : first;
  if (QUANTIFIERS.has(words.known(at) ?? '')) at++;
  const place = words.known(at) ?? '';
  const who = words.known(at) === 'migrant' || words.known(at) === 'asylum' || words.known(at) === 'refugee' || words.has(at, GROUP);
  if (who && GROUP_PLACES.has(words.known(at + 1) ?? '')) return at + 1;
  const lodging = place === 'hotel' || place === 'hotels' || place === 'camps' || place === 'shelters';
  return GROUP_PLACES.has(place) && !lodging ? at : -1;
}

/**
 * Commands to kill a person or people who are no group (the group rules read those): a verb of
 * KILL_COMMANDS opening its clause, or after "just", "please", "let's", "someone should", with a person or people
 * after it (see killTarget); and "Death to ..." opening its clause. A verb inside its sentence is
 * no command ("He wanted to kill him", "protesters chanted death to ..."); what quotation marks hold
 * is dropped by the caller.
 *
 * @example
 * killCommands(words, 'Kill Trump.'); // one threat, "Kill Trump"
 */
export function killCommands(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let verb = 0; verb < words.length; verb++) {
    const word = words.known(verb);
    if (word === undefined) continue;
    const death = word === 'death' && words.known(verb + 1) === 'to';
    // "Die, commie.": "die" opening its sentence, a vocative after its comma.
    if (word === 'die' && startsSentence(words, verb, text) && verb + 1 < words.length && startsSentence(words, verb + 1, text) && clauseEndsAfter(words, verb + 1, text)) {
      found.push(severe(words, verb, verb + 1, 'threat', 'threat', `die … ${words.text(verb + 1)}`));
      verb++;
      continue;
    }
    if (ARSON_COMMANDS.has(word) && startsSentence(words, verb, text)) {
      const place = placeOfGroup(words, verb + 1);
      if (place >= 0) {
        found.push(severe(words, verb, place, 'identity-attack', 'group-attack', `${word} … ${words.text(place)}`));
        verb = place;
      }
      continue;
    }
    if (!death && !KILL_COMMANDS.has(word)) continue;
    // (Or after "someone should": "Someone should unalive that senator"; the threat templates read it before a pronoun.)
    const someoneShould = words.has(verb - 1, MODAL) && (words.known(verb - 2) === 'someone' || words.known(verb - 2) === 'somebody');
    if (!startsSentence(words, verb, text) && !someoneShould && (death || !COMMAND_OPENERS.has(words.known(verb - 1) ?? ''))) continue;
    // "Death to all Jews": a group (the group rules read commands to kill a group, not this).
    const first = death ? verb + 2 : verb + 1;
    const group = QUANTIFIERS.has(words.known(first) ?? '') ? first + 1 : first;
    if (death && words.has(group, GROUP)) {
      found.push(severe(words, verb, group, 'identity-attack', 'group-attack', `death to … ${words.text(group)}`));
      verb = group;
      continue;
    }
    const target = killTarget(words, first, text);
    if (target < 0) continue;
    found.push(severe(words, verb, target, 'threat', 'threat', `${words.text(verb)} … ${words.text(target)}`));
    verb = target;
  }
  return found;
}
