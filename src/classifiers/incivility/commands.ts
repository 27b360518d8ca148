/**
 * Commands to kill a person or to burn a group's places ("Kill Trump.", "Lynch him.", "Hang the
 * traitors", "Death to Biden", "Burn down every mosque"), and "the only good X is a dead X".
 */
import { ARSON_COMMANDS, GROUP_PLACES, KILL_COMMANDS, KILLABLE, PERSON_NOUNS, QUANTIFIERS, ROLES } from './grammar.js';
import { BE_WORD, GROUP, MODAL, Words, clauseEndsAfter, severe, startsSentence } from './words.js';
import type { IncivilitySignal } from './signals.js';

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
/** Verbs that open a command a kill verb may follow after "and": "Hunt them down and kill them". */
const CHASE_COMMANDS = new Set(['hunt', 'find', 'track', 'round', 'grab', 'drag', 'catch', 'gather', 'line', 'tie', 'string', 'take']);

/**
 * Whether the verb at `verb` follows "and" in a sentence that opens with a command to chase or seize
 * ("Hunt them down and kill them", "Round up the illegals and shoot them"): the same command goes on.
 */
function chainedCommand(words: Words, verb: number, text: string): boolean {
  if (words.text(verb - 1) !== 'and') return false;
  for (let start = verb - 2; start >= Math.max(0, verb - 8); start--) {
    if (startsSentence(words, start, text)) return CHASE_COMMANDS.has(words.text(start));
  }
  return false;
}

/** Pronouns a command to kill may name. */
const PRONOUNS = new Set(['him', 'her', 'them', 'em']);
/** Words after a pronoun that keep the command: "kill them all", "hang him now" (not "kill them with kindness"). */
const AFTER_PRONOUN = new Set(['all', 'already', 'now', 'too', 'today', 'tonight', 'dead']);

/**
 * Whether word `index` starts with an ASCII capital in the text: a name after a command ("Kill
 * Trump") or before a wish ("Trump should be executed").
 *
 * @example
 * capitalized(words, 1, 'Kill Trump.'); // true
 */
export function capitalized(words: Words, index: number, text: string): boolean {
  if (index < 0 || index >= words.length) return false;
  const code = text.charCodeAt(words.start[index] as number);
  return code >= 65 && code <= 90;
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
 * KILL_COMMANDS opening its clause, or after "just", "please", "let's", "someone should", or after
 * "and" in a command to chase ("Hunt them down and kill them"), with a
 * person or people after it (see killTarget); "Death to ..." opening its clause ("death to" a group
 * is an identity attack); "Die, <vocative>."; a command to burn a group's place of worship or
 * refuge. A verb inside its sentence is no command ("He wanted to kill him", "protesters chanted
 * death to ..."); what quotation marks hold is dropped by the caller.
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
    const opened = startsSentence(words, verb, text) || someoneShould || (!death && (COMMAND_OPENERS.has(words.known(verb - 1) ?? '') || chainedCommand(words, verb, text)));
    if (!opened) continue;
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
