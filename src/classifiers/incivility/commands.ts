/**
 * Commands to kill a person or to burn a group's places ("Kill Trump.", "Lynch him.", "Hang the
 * traitors", "Death to Biden", "Burn down every mosque"), and "the only good X is a dead X".
 */
import { ADVISING, ARSON_COMMANDS, GROUP_PLACES, KILL_COMMANDS, KILLABLE, PERSON_NOUNS, METHOD_VERBS, QUANTIFIERS, ROLES, VEHICLES, CUT_PARTS, PILLS, INSIDES, GUN_PLACES, HEIGHTS, TRACKS } from './grammar.js';
import { BE_WORD, GROUP, MODAL, NEGATING_SUBJECT, NEGATOR, SECOND, SUBJECT, Words, anyIn, clauseEndsAfter, openedBefore, opensAfterStop, severe, small, startsSentence, stopAfter, tableMarks, wordIs } from './words.js';
import type { IncivilitySignal } from './signals.js';
import { builtinLexiconEntries } from '../../lexicon/index.js';
import { pointedPerson } from './people.js';

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
    // ("Kill the Bill protesters marched": the protest's name, not people to kill.)
    if (word === 'the' && words.text(start) === 'bill') return -1;
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

/** The places of GROUP_PLACES that lodge people rather than a group's worship ("the migrant hotels"). */
const LODGINGS = new Set(['hotel', 'hotels', 'camps', 'shelters']);
/** Places of worship: all of a group's destroyed is an attack on it. */
const WORSHIP = new Set([...GROUP_PLACES].filter((place) => !LODGINGS.has(place)));
/** What is called done to such places: "should be bulldozed", "burned down". */
const DESTROYED = new Set(['burned', 'burnt', 'bulldozed', 'bombed', 'torched', 'razed', 'flattened', 'destroyed', 'demolished', 'blown', 'nuked', 'firebombed']);

/**
 * The last word of a call to destroy every place of worship of a group from word `place`: "Every
 * mosque in this country should be bulldozed", "all synagogues must be burned", "mosques should be
 * torched" (all, every, their, or a plural opening its sentence; then "should", "must" or "need
 * to" be, within six words); -1 for none ("the old church should be demolished and replaced with
 * flats", "Empty churches should be demolished": buildings).
 */
function placeDestroyed(words: Words, place: number, text: string): number {
  const before = small(words, place - 1);
  const plural = small(words, place).endsWith('s');
  if (!(before === 'every' || before === 'all' || before === 'their' || (plural && startsSentence(words, place, text)))) return -1;
  for (let at = place + 1; at <= place + 6 && at + 2 < words.length; at++) {
    const modal = small(words, at);
    if (!(modal === 'should' || modal === 'must' || modal === 'need' || modal === 'needs')) continue;
    const be = small(words, at + 1) === 'to' ? at + 2 : at + 1;
    if (small(words, be) !== 'be' || !DESTROYED.has(small(words, be + 1))) return -1;
    return be + 1;
  }
  return -1;
}

/**
 * The place of worship or of refuge a command to burn names from word `first`: "(down) (the|every)
 * mosque(s)", "the migrant hotels", "every asylum hotel"; -1 for anything else ("burn the
 * mortgage", "torch the old hotel").
 */
function placeOfGroup(words: Words, first: number): number {
  let at = words.known(first) === 'down' ? first + 1 : first;
  // ("burn their churches": the group's, named before.)
  if (QUANTIFIERS.has(words.known(at) ?? '') || words.known(at) === 'their') at++;
  const place = words.known(at) ?? '';
  const who = words.known(at) === 'migrant' || words.known(at) === 'asylum' || words.known(at) === 'refugee' || words.has(at, GROUP);
  if (who && GROUP_PLACES.has(words.known(at + 1) ?? '')) return at + 1;
  return WORSHIP.has(place) ? at : -1;
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
    // "Every mosque in this country should be bulldozed", "mosques should be burned".
    if (WORSHIP.has(word)) {
      const end = placeDestroyed(words, verb, text);
      if (end >= 0) {
        found.push(severe(words, verb, end, 'identity-attack', 'group-attack', `${word} … ${words.text(end)}`));
        verb = end;
      }
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

/** Harms a person may be told to do to themselves ("drown yourself"); "die" and "overdose" need no object. */
const SELF_HARMS = new Set(['kill', 'hang', 'drown', 'shoot', 'stab', 'cut', 'burn', 'poison', 'choke', 'strangle', 'starve', 'gas', 'end', 'off', 'unalive', 'neck', 'rope', 'delete', 'top', 'slit', 'hurt', 'harm', 'suffocate', 'electrocute']);
/** The reader's self. */
const REFLEXIVES = new Set(['yourself', 'yourselves', 'urself', 'yourselfs', 'yerself', 'yaself', 'yoself', 'yourslef']);
/** The words a self-harm command turns on: "die", "overdose", "life", "suicide" and the reflexives. */
const SELF_HARM_WORDS = ['die', 'life', 'overdose', 'suicide', ...REFLEXIVES];
const SELF_HARM_SET: ReadonlySet<string> = new Set(SELF_HARM_WORDS);
/** Which of SELF_HARM_WORDS word `index` is, if any. */
function selfHarmWord(words: Words, index: number, text: string): string | undefined {
  // (A word the grammar's table read in leet, masks or a slip: "overd*se", "ov3rdos3".)
  const known = words.known(index);
  if (known !== undefined && SELF_HARM_SET.has(known)) return known;
  // (And "OD", written in capitals or with a zero, the abbreviation: "you should OD", "go 0D".)
  const opening = text.charCodeAt(words.start[index] as number);
  if ((opening === 79 || opening === 48) && (words.end[index] as number) - (words.start[index] as number) <= 4 && OVERDOSE_ABBREVIATION.test(text.slice(words.start[index] as number, words.end[index] as number))) return 'overdose';
  // (Most words are told apart by their first letter: d, l, o, u or y; "suicide" is a word of the table.)
  const first = words.normalized.charCodeAt(words.from[index] as number);
  if (first !== 100 && first !== 108 && first !== 111 && first !== 117 && first !== 121) return undefined;
  for (const candidate of SELF_HARM_WORDS) if (wordIs(words, index, candidate)) return candidate;
  return undefined;
}

/** "OD" or "0D", with or without dots: overdose (not "od", "Od", a word or a name of other languages). */
const OVERDOSE_ABBREVIATION = /^[O0]\.?D\.?$/;

/** Words after a reflexive where the template leaves the reading to the lexicon's phrases ("shoot yourself in the foot" is an idiom; "kill yourself in a ditch" is a lexicon match). */
const REFLEXIVE_PHRASES = new Set(['from', 'into', 'in', 'on', 'off', 'with']);
/** Water one is told to drown oneself in ("Go drown yourself in the canal"), not work or sorrow. */
const WATERS = new Set(['canal', 'river', 'lake', 'sea', 'ocean', 'bath', 'bathtub', 'pond', 'toilet', 'ditch', 'puddle', 'sewer', 'well', 'pool']);

/** Words before what one drowns in: "in your own", "in a big". */
const DROWNING_OPENERS = new Set(['the', 'a', 'an', 'your', 'ur', 'my', 'some', 'this', 'that', 'own', 'big', 'nearest', 'local', 'deep', 'cold']);
/** What one drowns oneself in every day: work, books, coffee, sorrow. */
const DROWNED_IN_EVERYDAY = new Set(['work', 'paperwork', 'homework', 'revision', 'study', 'studies', 'books', 'book', 'reading', 'music', 'coffee', 'tea', 'caffeine', 'love', 'sorrow', 'sorrows', 'tears', 'pity', 'selfpity', 'debt', 'details', 'data', 'information', 'research', 'content', 'podcasts', 'netflix', 'tv', 'games', 'hobbies', 'projects', 'tasks', 'emails', 'noise', 'distractions', 'luxury', 'bubbles', 'compliments', 'praise', 'blankets', 'sweat', 'perfume', 'cologne', 'sauce', 'gravy', 'ketchup', 'glitter', 'sunscreen', 'moisturiser', 'moisturizer', 'lotion', 'layers', 'self', 'good', 'great', 'new']);

/** Words that open a tool after "with" ("with a rope", "with your curling iron"). */
const TOOL_OPENERS = new Set(['a', 'an', 'the', 'your', 'ur', 'my', 'some', 'this', 'that']);

/**
 * Whether the reflexive at `index` goes on into water after "drown" ("drown yourself in the canal",
 * "in a river") or with a tool ("Burn yourself with your curling iron", "hang yourself with a rope";
 * not "kill yourself with laughing", "with work").
 */
function intoWater(words: Words, index: number): boolean {
  const into = small(words, index + 1);
  const article = small(words, index + 2);
  if (into === 'with') return TOOL_OPENERS.has(article);
  if (small(words, index - 1) !== 'drown' || (into !== 'in' && into !== 'into')) return false;
  // (Anything one drowns in but what one is buried in every day: "drown yourself in the duck pond",
  // "in your own buttercream", "in the Liffey"; not "drown yourself in work", "in a good book".)
  for (let at = index + 2; at <= index + 5 && at < words.length; at++) {
    const word = small(words, at);
    if (WATERS.has(word)) return true;
    if (DROWNING_OPENERS.has(word)) continue;
    return !DROWNED_IN_EVERYDAY.has(word);
  }
  return false;
}
/** Words after "die" that say it is "dye" misspelt ("you should die your hair"). */
const DYE_OBJECTS = new Set(['your', 'ur', 'my', 'her', 'his', 'the', 'it', 'them', 'hair', 'their']);

/**
 * Whether the "die" at word `index` is "dye" misspelt ("You should die your hair red") or a title's
 * or another language's article before a capitalized word ("Die Hard", "Die Zeit").
 *
 * @example
 * notDying(words, 2, 'You should die your hair'); // true
 */
export function notDying(words: Words, index: number, text: string): boolean {
  // (What the next sentence opens with is no object: "Just die. The team is better without you.")
  if (index + 1 >= words.length || startsSentence(words, index + 1, text)) return false;
  return DYE_OBJECTS.has(small(words, index + 1)) || capitalized(words, index + 1, text);
}

/**
 * Whether the reflexive at word `index` opens an everyday phrase in its clause ("cut yourself some slack", "kill
 * yourself laughing", "burn yourself out"): no harm urged.
 */
export function everydayReflexive(words: Words, index: number, text: string): boolean {
  if (!REFLEXIVES.has(small(words, index)) || startsSentence(words, index + 1, text)) return false;
  const next = small(words, index + 1);
  // ("Cut yourself a break", "burn yourself a copy"; not "kill yourself a thousand times".)
  if (EVERYDAY_AFTER_REFLEXIVE.has(next) || ((next === 'a' || next === 'an') && GIVING_ONESELF.has(small(words, index - 1)))) return true;
  // ("Shoot yourself in the foot", the idiom, and a mishap warned of, "you'll shoot yourself in the
  // hand"; not "shoot yourself in the head", nor "go stab yourself in the leg".)
  if (next !== 'in' || !(small(words, index + 2) === 'the' || small(words, index + 2) === 'your')) return false;
  const limb = small(words, index + 3);
  return (small(words, index - 1) === 'shoot' && (limb === 'foot' || limb === 'feet')) || (LIMBS.has(limb) && MISHAP_MODALS.has(small(words, index - 2)));
}

/** Modals of a mishap warned of before a harm to oneself ("you'll shoot yourself in the hand", "you could cut yourself in the finger"). */
const MISHAP_MODALS = new Set(['youll', 'will', 'could', 'might', 'may', 'can', 'youd', 'would', 'gonna']);
/** Where a harm done to oneself is a mishap, not a death. */
const LIMBS = new Set(['foot', 'feet', 'hand', 'hands', 'leg', 'legs', 'knee', 'knees', 'toe', 'toes', 'finger', 'fingers', 'thumb', 'thumbs', 'arm', 'arms', 'ankle', 'ankles', 'shin', 'shins', 'elbow', 'elbows', 'butt', 'bum', 'backside']);

/** Verbs that give oneself something after "yourself a": "cut yourself a break", "burn yourself a copy". */
const GIVING_ONESELF = new Set(['cut', 'burn', 'shoot', 'top']);

/** Words after a reflexive that make an everyday phrase of it ("cut yourself some slack", "burn yourself out"). */
const EVERYDAY_AFTER_REFLEXIVE = new Set(['some', 'slack', 'free', 'loose', 'short', 'out', 'laughing', 'silly', 'stupid', 'up']);
/** Words a command to self-harm may open with or pass over: "just", "go", "do us all a favour and", "give up and". */
const COMMAND_FILLERS = new Set(['just', 'jus', 'lol', 'lmao', 'go', 'please', 'pls', 'plz', 'now', 'so', 'already', 'simply', 'and', 'then', 'quietly', 'give', 'up', 'all', 'do', 'a', 'favour', 'favor', 'us', 'everyone', 'world', 'the', 'to', 'really', 'seriously', 'honestly']);
/** Words after "your life" that make another phrase of it ("take your life back", "end your life savings"). */
const LIFE_GOES_ON = new Set(['back', 'savings', 'insurance', 'into', 'in', 'story', 'with', 'for']);
/**
 * Whether word `index` is "die" in a phrase of its own ("Go die-hard fans!", "die young"): a
 * lexicon phrase ending in it ("go die") is none.
 *
 * @example
 * dieInPhrase(words, 1); // true in "Go die-hard fans!"
 */
export function dieInPhrase(words: Words, index: number): boolean {
  return small(words, index) === 'die' && DYING_PHRASES.has(small(words, index + 1));
}

/** Words after "die" that make a phrase of its own: "die-hard", "die cast", "die young", "die for", "die out", "die laughing". */
const DYING_PHRASES = new Set(['hard', 'cast', 'young', 'for', 'of', 'out', 'down', 'off', 'laughing', 'trying', 'happy', 'old', 'rich', 'free', 'with', 'standing', 'on']);
/** What a bare command to die goes on with: "Die now", "die in a fire", "die slowly", "die bitch". */
const BARE_DEATH_COMMANDS = new Set(['and', 'now', 'already', 'in', 'slowly', 'slow', 'painfully', 'horribly', 'quickly', 'alone', 'twice', 'asap', 'pls', 'plz', 'please', 'you', 'u', 'bitch', 'loser', 'idiot', 'moron', 'scum', 'then', 'lol', 'irl', 'mate', 'bro', 'again']);
/** Modals that tell the reader what to do ("you should", "you need to"). */
const TELLING = new Set(['should', 'need', 'needs', 'must', 'gotta', 'oughta', 'ought']);

/**
 * Self-harm urged on the reader: a harm done to "yourself", "die" or "overdose" ("take an overdose"
 * too), told as a command ("Go drown yourself", "Just die already", "do us all a favour and die",
 * "Take an overdose and save the NHS the bother"), after "you should" or
 * "you need to" ("you should just give up and die", "you should end your life"), or asked "why
 * don't you" ("why don't you just die"). Not negated ("don't cut yourself"), not everyday phrases
 * ("cut yourself some slack", "burn yourself out", "die your hair", "Die Hard").
 *
 * @example
 * selfHarmCommands(words, 'Go drown yourself'); // one self-harm finding, "Go drown yourself"
 */
export function selfHarmCommands(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index < words.length; index++) {
    // (Told from their characters: no string is made for the other words.)
    const word = selfHarmWord(words, index, text);
    if (word === undefined) continue;
    let verb = -1;
    if (REFLEXIVES.has(word)) {
      if (SELF_HARMS.has(small(words, index - 1)) && (!REFLEXIVE_PHRASES.has(small(words, index + 1)) || intoWater(words, index)) && !everydayReflexive(words, index, text)) verb = index - 1;
      // ("Throw yourself off the balcony", "under the next train"; not "throw yourself into the
      // role", "at the problem"; "in front of a bus" is methodCommands'.)
      else if (small(words, index - 1) === 'throw' && THROWN_TO_DEATH.has(small(words, index + 1)) && small(words, index + 2) !== 'balance') verb = index - 1;
    } else if (word === 'overdose' && (small(words, index - 1) === 'an' || small(words, index - 1) === 'a') && small(words, index - 2) === 'take') {
      // "Take an overdose and save the NHS the bother": the noun taken as the verb is.
      verb = index - 2;
    } else if (word === 'die' || word === 'overdose') {
      if (!notDying(words, index, text)) verb = index;
    } else if (word === 'life') {
      // "end your life", "take your own life".
      const owner = small(words, index - 1) === 'own' ? index - 2 : index - 1;
      const act = small(words, owner - 1);
      // (Not "take your life back", "take your life into your own hands".)
      if ((small(words, owner) === 'your' || small(words, owner) === 'ur') && (act === 'end' || act === 'take') && !LIFE_GOES_ON.has(small(words, index + 1))) verb = owner - 1;
    } else if (small(words, index - 1) === 'commit') {
      // "Please commit suicide", "just commit suicide already" (not "veterans commit suicide": no command).
      verb = index - 1;
    }
    if (verb < 0) continue;
    const told = toldToReader(words, verb, text);
    if (told === undefined) continue;
    if (verb === index) {
      // "die" and "overdose": not in a phrase of their own ("die-hard fans", "die young", "die for
      // your country"); told as a bare command, only with a filler before it ("just die.") or what
      // such a command goes on with in its clause ("Die now", "die in a fire", "die slowly"; not
      // "Die cast models", nor "Die..." alone, an exclamation of dismay in Singlish).
      const ends = clauseEndsAfter(words, index, text);
      const next = ends ? '' : small(words, index + 1);
      const bare = !(ends && verb > told.opens) && !BARE_DEATH_COMMANDS.has(next) && !(word === 'overdose' && next === 'on');
      if (dieInPhrase(words, index) || (!told.advised && bare)) continue;
    }
    found.push(severe(words, told.opens, index, 'harassment', 'self-harm', verb === index ? word : `${small(words, verb)} … ${word}`));
  }
  return found;
}

/** The self-harm lexicon's phrases by the -ing form of their first word ("drinking" → ["bleach"], "slitting" → ["your", "wrists"]), built on first use. */
let advisedHarms: Map<string, string[][]> | undefined;

/** The -ing form of a verb: "drink" → "drinking", "overdose" → "overdosing", "slit" → "slitting" (a short verb closed by one vowel and a consonant doubles it). */
function ingForm(verb: string): string {
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) ? `${verb}${verb.at(-1) as string}ing` : `${verb}ing`;
}

function advisedHarmPhrases(): Map<string, string[][]> {
  if (advisedHarms !== undefined) return advisedHarms;
  advisedHarms = new Map();
  for (const entry of builtinLexiconEntries(['self-harm'])) {
    const [verb, ...rest] = entry.term.toLowerCase().split(' ');
    if (verb === undefined || rest.length === 0 || !/^[a-z]+$/.test(verb) || verb === 'go') continue;
    const list = advisedHarms.get(ingForm(verb)) ?? [];
    list.push(rest);
    advisedHarms.set(ingForm(verb), list);
  }
  return advisedHarms;
}

/**
 * Self-harm advised in the -ing form of a self-harm phrase of the lexicon: "Have you considered
 * drinking bleach?", "try jumping off a bridge", "I suggest slitting your wrists". Not negated ("don't
 * try drinking bleach"), and only after a word of advice: "died after drinking bleach" is a report.
 *
 * @example
 * advisedSelfHarm(words, text); // one self-harm finding for "Have you considered drinking bleach?"
 */
export function advisedSelfHarm(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    if (!ADVISING.has(words.known(index) ?? '') || words.has(index - 1, NEGATOR) || words.has(index - 2, NEGATOR) || !advisedToReader(words, index, text)) continue;
    // (Or one's death by name, said aloud too: "Have you considered suicide?", "you should consider
    // suicide", "Have you considered sewerslide?".)
    const named = small(words, index + 1) === 'suicide' || small(words, index + 1) === 'sewerslide' ? index + 1 : small(words, index + 1) === 'sewer' && small(words, index + 2) === 'slide' ? index + 2 : -1;
    if (named >= 0) {
      found.push(severe(words, index, named, 'harassment', 'self-harm', `${small(words, index)} suicide`));
      continue;
    }
    const phrases = index + 2 < words.length ? advisedHarmPhrases().get(small(words, index + 1)) : undefined;
    if (phrases === undefined) continue;
    for (const rest of phrases) {
      if (!rest.every((word, at) => small(words, index + 2 + at) === word)) continue;
      found.push(severe(words, index, index + 1 + rest.length, 'harassment', 'self-harm', `${small(words, index + 1)} ${rest.join(' ')}`));
      break;
    }
  }
  return found;
}

/** Words that may open advice before its verb: "maybe try ...", "just consider ...". */
const ADVICE_OPENERS = new Set(['maybe', 'just', 'perhaps', 'go', 'please', 'pls', 'plz', 'seriously', 'honestly', 'then', 'so']);

/**
 * Whether the advice at word `index` is given to the reader: the reader within the three words before
 * it ("Have you considered ...", "you should try ...", "why don't you consider ..."), the writer
 * suggesting ("I suggest ...", "I'd recommend ..."), or the verb opening its sentence, a command ("Try
 * jumping off a bridge", "Maybe consider suicide"); not a report ("he considered drinking bleach",
 * "I considered suicide once").
 */
function advisedToReader(words: Words, index: number, text: string): boolean {
  if (anyIn(words, index - 3, index - 1, SECOND) >= 0) return true;
  const verb = small(words, index);
  if ((verb === 'suggest' || verb === 'recommend') && (small(words, index - 1) === 'i' || small(words, index - 1) === 'id' || small(words, index - 1) === 'would')) return true;
  let at = index;
  while (at > 0 && !startsSentence(words, at, text) && ADVICE_OPENERS.has(small(words, at - 1))) at--;
  return startsSentence(words, at, text);
}

/** Quantities of pills taken to die ("a bottle of pills", "a handful of"). */
const PILL_LOADS = new Set(['bottle', 'handful', 'box', 'pack', 'packet']);
/** What follows pills taken to die: "and sleep forever", "and never wake up", "and end it". */
const PILLS_THEN = new Set(['die', 'sleep', 'never', 'end', 'dont', 'not', 'stop']);
/** The things a rope is got for: "get a rope and end it", "grab a rope and hang". */
const ROPE_THEN = new Set(['end', 'hang', 'use', 'finish', 'do', 'off']);
/** What one's death is called the reader's best way ("suicide is your best option"). */
const WAYS_OUT = new Set(['option', 'options', 'answer', 'choice', 'bet', 'move', 'way', 'solution', 'exit']);

/**
 * The last word of the way to die that word `verb` opens (its shape from METHOD_VERBS), or -1: a part
 * cut ("slash your wrists"), a height jumped off ("jump off the roof"; not "into the pool"), a
 * vehicle stepped in front of or under ("step in front of a bus"), a bottle of pills or pills taken
 * "and sleep forever", bleach drunk or insides bleached, a gun put to one's head or in one's mouth, a
 * rope got at the clause's end or before "and end it".
 */
function methodEnd(words: Words, verb: number, shape: string, text: string): number {
  const next = small(words, verb + 1);
  const mine = next === 'your' || next === 'ur' ? (small(words, verb + 2) === 'own' ? verb + 3 : verb + 2) : -1;
  switch (shape) {
    case 'part': {
      const cutting = small(words, verb) !== 'open';
      // (Not the idiom "cut your own throat", harming one's own cause.)
      if (small(words, verb) === 'cut' && small(words, mine - 1) === 'own') return -1;
      return mine >= 0 && (CUT_PARTS.has(small(words, mine)) || (cutting && small(words, mine) === 'arms')) ? mine : -1;
    }
    case 'height': {
      if (next === 'off' || next === 'from') {
        const height = heightAfter(words, verb + 2);
        return height >= 0 && !THROWN_INTO.has(small(words, height + 1)) ? height : -1;
      }
      return vehicleAhead(words, verb + 1);
    }
    case 'front':
      // ("lie down in front of a train", "throw yourself in front of a train".)
      return vehicleAhead(words, next === 'down' || REFLEXIVES.has(next) ? verb + 2 : verb + 1);
    case 'pills': {
      // "take a bottle of pills", "swallow all your pills and sleep forever", "... at once" (not "take
      // all your pills, even if you feel better").
      let at = verb + 1;
      if (small(words, at) === 'a' || small(words, at) === 'the' || small(words, at) === 'whole') at++;
      if (small(words, at) === 'whole') at++;
      const load = PILL_LOADS.has(small(words, at)) && small(words, at + 1) === 'of';
      const all = !load && small(words, at) === 'all';
      if (load) at += 2;
      else if (all) at++;
      if (TOOL_OPENERS.has(small(words, at)) || small(words, at) === 'those') at++;
      if (!PILLS.has(small(words, at))) return -1;
      const end = small(words, at) === 'sleeping' && small(words, at + 1) === 'pills' ? at + 1 : at;
      if (load && small(words, at) !== 'sleeping') return end;
      // (Or all of them at once: "swallow all your pills at once"; not "take your pills at once", now.)
      if (all && small(words, end + 1) === 'at' && small(words, end + 2) === 'once') return end + 2;
      return small(words, end + 1) === 'and' && PILLS_THEN.has(small(words, end + 2)) ? end + 2 : -1;
    }
    case 'bleach':
      if (small(words, verb) === 'bleach') return mine >= 0 && INSIDES.has(small(words, mine)) ? mine : -1;
      return small(words, verb + 1) === 'bleach' ? verb + 1 : small(words, verb + 1) === 'some' && small(words, verb + 2) === 'bleach' ? verb + 2 : -1;
    case 'gun': {
      const article = small(words, verb + 1);
      const weapon = small(words, verb + 2);
      const to = small(words, verb + 3);
      if (!TOOL_OPENERS.has(article) || !(weapon === 'gun' || weapon === 'pistol' || weapon === 'shotgun' || weapon === 'barrel' || weapon === 'revolver') || !(to === 'to' || to === 'in' || to === 'against')) return -1;
      const owner = small(words, verb + 4);
      return (owner === 'your' || owner === 'ur') && GUN_PLACES.has(small(words, verb + 5)) ? verb + 5 : -1;
    }
    default: {
      // "get a rope." or "get a rope and end it" (not "get a rope for the tent").
      if (!(next === 'a' || next === 'some') || small(words, verb + 2) !== 'rope') return -1;
      if (clauseEndsAfter(words, verb + 2, text)) return verb + 2;
      return small(words, verb + 3) === 'and' && ROPE_THEN.has(small(words, verb + 4)) ? verb + 4 : -1;
    }
  }
}

/** Words after a height that make a jump a play ("jump off the roof into the pool"). */
const THROWN_INTO = new Set(['into', 'onto', 'in', 'on', 'with']);

/** The vehicle of "in front of a bus" or "under a train", or the tracks of "on the train tracks", from word `from`, or -1. */
function vehicleAhead(words: Words, from: number): number {
  let at = from;
  // ("lie down on the train tracks": lying only, and "line" only a railway's.)
  if (small(words, at) === 'on') {
    const lying = small(words, from - 1) === 'lie' || small(words, from - 1) === 'lay' || small(words, from - 2) === 'lie' || small(words, from - 2) === 'lay';
    at += small(words, at + 1) === 'the' ? 2 : 1;
    const railway = small(words, at) === 'train' || small(words, at) === 'railway' || small(words, at) === 'rail';
    if (railway) at++;
    return lying && (small(words, at) === 'tracks' || (railway && TRACKS.has(small(words, at)))) ? at : -1;
  }
  if (small(words, at) === 'in' && small(words, at + 1) === 'front' && small(words, at + 2) === 'of') at += 3;
  else if (small(words, at) === 'under' || small(words, at) === 'onto') at += 1;
  else return -1;
  if (TOOL_OPENERS.has(small(words, at)) || small(words, at) === 'next' || small(words, at) === 'moving' || small(words, at) === 'oncoming') at++;
  if (small(words, at) === 'next' || small(words, at) === 'moving' || small(words, at) === 'oncoming' || small(words, at) === 'speeding') at++;
  return VEHICLES.has(small(words, at)) || small(words, at) === 'subway' || small(words, at) === 'tube' ? at : -1;
}

/** The marks of methodCommands' words: its verbs, and the deaths called the reader's best way. */
const METHOD_MARKS = tableMarks([[METHOD_VERBS.keys(), 1], [['suicide', 'death', 'dying'], 2]]);

/**
 * Self-harm by a way to die told to the reader as a command or advice (toldToReader): "slash your
 * wrists", "jump off the roof", "step in front of a bus please", "get a rope and end it", "take a
 * bottle of pills", "put a gun to your head", "bleach your insides", "you should jump off the
 * roof"; and one's death called the reader's best way ("suicide is your best option"). Not negated
 * ("don't jump off the roof"), not a report ("he tried to jump off the bridge"), not a play ("jump
 * off the roof into the pool").
 *
 * @example
 * methodCommands(words, 'slash your wrists and stop streaming'); // one self-harm finding
 */
export function methodCommands(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index < words.length; index++) {
    // (One look-up a word: the verbs and death words are marked in the grammar's table.)
    if (words.marked(index, METHOD_MARKS) === 0) continue;
    const word = words.known(index) as string;
    if (word === 'suicide' || word === 'death' || word === 'dying') {
      // "suicide is your best option", "death is your only way out".
      const best = small(words, index + 3);
      if (words.has(index + 1, BE_WORD) && (small(words, index + 2) === 'your' || small(words, index + 2) === 'ur') && (best === 'best' || best === 'only') && WAYS_OUT.has(small(words, index + 4)) && !words.has(index - 1, NEGATOR)) {
        found.push(severe(words, index, index + 4, 'harassment', 'self-harm', `${word} is your ${best} ${small(words, index + 4)}`));
      }
      continue;
    }
    const shape = METHOD_VERBS.get(word);
    if (shape === undefined) continue;
    const end = methodEnd(words, index, shape, text);
    if (end < 0) continue;
    if (toldToReader(words, index, text) === undefined) continue;
    // (The way itself is the evidence, as the lexicon's phrases are: "slit your wrists".)
    found.push(severe(words, index, end, 'harassment', 'self-harm', `${word} … ${small(words, end)}`));
    index = end;
  }
  return found;
}

/** Someone else's self, in self-harm urged on them ("the coach should just off himself"). */
const OTHERS_SELVES = new Set(['himself', 'herself', 'themselves', 'themself']);
/** Words that tell someone else to do a thing, as a command: "tell that influencer to ...", "somebody ask him to ...". */
const TELLING_OTHERS = new Set(['tell', 'ask']);
/** Words before such a command that keep it one ("Somebody tell ...", "Can someone tell ...", "please tell ..."). */
const TELL_OPENERS = new Set(['someone', 'somebody', 'please', 'pls', 'plz', 'just', 'go', 'and', 'can', 'could']);
/** Where the reader is told to throw themselves to their death ("off the balcony", "under the next train"). */
const THROWN_TO_DEATH = new Set(['off', 'under', 'from']);
/** Where someone throws themselves to their death ("throw herself off her balcony", "under a train"). */
const THROWN = new Set(['off', 'under', 'in']);
/** Whom the writer puts themselves in the place of ("if I were you"). */
const IN_PLACE_OF = new Set(['you', 'u', 'him', 'her', 'them']);
/** Words after "myself" that make an everyday phrase: "I'd kill myself laughing", "I'd hurt myself trying". */
const MYSELF_EVERYDAY = new Set(['laughing', 'trying', 'working', 'out', 'up']);
/** What the writer in another's place would do to themselves: "I'd slit my wrists", "I'd shoot myself". */
const OWN_PARTS = new Set(['wrists', 'throat', 'brains']);

/**
 * Self-harm urged on someone else: a harm done to "himself", "herself" or "themselves" after
 * "should", "needs to" or "must", or "tell ... to" ("the coach should just off himself", "Somebody
 * tell that influencer to kill herself", "she should throw herself off her balcony"); and what the
 * writer would do to themselves "if I were you" ("If I were you I'd slit my wrists"). Not negated, not
 * a report ("she tried to kill herself"), not an everyday phrase ("throw herself into the role").
 *
 * @example
 * othersSelfHarm(words, 'The coach should just off himself.'); // one self-harm finding
 */
export function othersSelfHarm(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 1; index < words.length; index++) {
    // (The words it turns on are the grammar table's: no string is cut for the others.)
    const word = words.known(index);
    if (word === undefined) continue;
    if (OTHERS_SELVES.has(word)) {
      const verb = small(words, index - 1);
      const harm = SELF_HARMS.has(verb) ? !REFLEXIVE_PHRASES.has(small(words, index + 1)) : verb === 'throw' && THROWN.has(small(words, index + 1));
      if (!harm || everydayReflexive(words, index, text)) continue;
      const urged = urgedOn(words, index - 1, text);
      if (urged >= 0) found.push(severe(words, urged, index, 'harassment', 'self-harm', `${verb} ${word}`));
    } else if (word === 'suicide' && small(words, index - 1) === 'commit') {
      // ("Anyone who photoshops their images should just commit suicide": urged on others as on the
      // reader; not asked, "should I commit suicide?", "why should anyone commit suicide", nor said of
      // veterans in the news, with no "should".)
      const urged = urgedOn(words, index - 1, text);
      if (urged >= 0 && !ASKED_SUBJECTS.has(small(words, urged + 1)) && small(words, urged - 1) !== 'why' && !/^\s*\?/.test(text.slice(words.end[index] as number))) found.push(severe(words, urged, index, 'harassment', 'self-harm', 'commit suicide'));
    } else if (word === 'were' && small(words, index - 1) === 'i' && small(words, index - 2) === 'if') {
      // (In the place of the reader, of him or her, or of someone pointed at: "If I were the mayor I'd ...".)
      const other = IN_PLACE_OF.has(small(words, index + 1)) ? index + 1 : pointedPerson(words, index + 2, index + 4);
      const harm = other < 0 ? -1 : harmedInPlace(words, other + 1, text);
      if (harm >= 0) found.push(severe(words, index - 2, harm, 'harassment', 'self-harm', `if i were ${small(words, other)} … ${small(words, harm)}`));
    }
  }
  return found;
}

/** Subjects a command has none of ("you go out and die" is said of the reader, not told). */
const PRONOUN_SUBJECTS = new Set(['i', 'im', 'ive', 'ill', 'id', 'we', 'you', 'u', 'he', 'she', 'it', 'they', 'people', 'everyone', 'nobody', 'someone', 'anyone']);

/** Words a clause opens with that are no command's verb: pronouns, articles, conjunctions, questions. */
const NO_COMMAND_OPENERS = new Set([...PRONOUN_SUBJECTS, 'its', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'my', 'your', 'ur', 'his', 'her', 'our', 'their', 'if', 'when', 'whenever', 'while', 'because', 'cause', 'cos', 'since', 'as', 'but', 'or', 'so', 'then', 'what', 'why', 'how', 'who', 'where', 'which', 'to', 'in', 'on', 'at', 'after', 'before', 'once', 'until', 'unless', 'dont', 'never', 'lets']);

/**
 * The opening of a command that the word `last` ends, right before "and" and a second command: a
 * clause of up to ten words opening with a word that may be a verb (no pronoun, article or
 * conjunction: NO_COMMAND_OPENERS) and holding no subject, modal or negation ("Paddle out in the
 * storm", "Go feed yourself to the sharks", "Crash your car into a wall"); -1 where there is none
 * ("People paddle out and drown yourself" has its subject; "If you love it so much" is a condition).
 */
function coordinatedCommand(words: Words, last: number, text: string): number {
  for (let index = last; index >= Math.max(0, last - 10); index--) {
    // ("go" opens a command inside a clause, after a condition: "If you love animals so much go feed
    // yourself to the sharks and die"; not "you go", "want to go".)
    if (small(words, index) === 'go' && index > 0 && !PRONOUN_SUBJECTS.has(small(words, index - 1)) && !words.has(index - 1, SUBJECT) && !words.has(index - 1, MODAL) && small(words, index - 1) !== 'to') return index;
    if (PRONOUN_SUBJECTS.has(small(words, index)) || words.has(index, SUBJECT) || words.has(index, MODAL) || words.has(index, NEGATOR)) return -1;
    if (!startsSentence(words, index, text)) continue;
    return NO_COMMAND_OPENERS.has(small(words, index)) || words.has(index, SECOND) ? -1 : index;
  }
  return -1;
}

/** Subjects after "should" that ask ("should I commit suicide", "should anyone"). */
const ASKED_SUBJECTS = new Set(['i', 'we', 'you', 'u', 'he', 'she', 'they', 'anyone', 'anybody', 'someone', 'people']);

/** Whether "favour" or "favor" stands among words `from` to `to`. */
function anyFavour(words: Words, from: number, to: number): boolean {
  for (let index = Math.max(0, from); index <= to; index++) if (small(words, index) === 'favour' || small(words, index) === 'favor') return true;
  return false;
}

/**
 * Where the urging of the harm verb at `verb` opens in its clause: "should", "needs to", "must"
 * (TELLING) up to five words before it, or a command "tell" or "ask" (opening its clause or after
 * "somebody", "please"...) up to eight before the "to" that stands right before the verb ("Tell your
 * friend in the comments to ..."; not "someone told a teenager to ..."); -1 for none or where a
 * negation stands between.
 */
function urgedOn(words: Words, verb: number, text: string): number {
  const toBefore = small(words, verb - 1) === 'to';
  // (Past a favour done first: "Mr. Dunmore should do us all a favor and kill himself".)
  const favour = small(words, verb - 1) === 'and' && anyFavour(words, verb - 6, verb - 2);
  for (let index = verb - 1; index >= Math.max(0, verb - (toBefore || favour ? 9 : 5)); index--) {
    if (words.has(index, NEGATOR)) return -1;
    const word = small(words, index);
    // (A report is none: "someone told a teenager to kill herself", "keeps telling people to ...".)
    // (Not said by a subject that negates it: "Nobody should ever be told to kill themselves".)
    if ((TELLING.has(word) && index >= verb - (favour ? 9 : 5)) || (toBefore && TELLING_OTHERS.has(word) && (startsSentence(words, index, text) || TELL_OPENERS.has(small(words, index - 1))))) return negatedSubjectBefore(words, index) ? -1 : index;
    if (startsSentence(words, index, text)) return -1;
  }
  return -1;
}

/** Whether "nobody", "noone" or "no one" stands within two words before `index`. */
function negatedSubjectBefore(words: Words, index: number): boolean {
  return words.has(index - 1, NEGATING_SUBJECT) || words.has(index - 2, NEGATING_SUBJECT) || (small(words, index - 2) === 'no' && small(words, index - 1) === 'one');
}


/** Where a height stands within three words from `from` ("the stadium roof", "a tall building"), or -1. */
function heightAfter(words: Words, from: number): number {
  for (let index = from; index <= Math.min(words.length - 1, from + 2); index++) if (HEIGHTS.has(small(words, index))) return index;
  return -1;
}

/**
 * The last word of what the writer says they would do to themselves, within eight words from `from`
 * in the clause after "if I were you": "I'd" or "I would" and a self-harm ("I'd slit my wrists", "I'd
 * shoot myself", "I'd jump off the stadium roof"); -1 for none.
 */
function harmedInPlace(words: Words, from: number, text: string): number {
  for (let index = from; index < Math.min(words.length - 1, from + 8); index++) {
    if (index > from && stopAfter(words, index - 1, text)) return -1;
    if (!(small(words, index) === 'id' || (small(words, index) === 'i' && small(words, index + 1) === 'would'))) continue;
    const verb = small(words, index) === 'id' ? index + 1 : index + 2;
    const act = small(words, verb) === 'just' ? verb + 1 : verb;
    // ("I'd jump off the stadium roof".)
    if (small(words, act) === 'jump' && small(words, act + 1) === 'off') return heightAfter(words, act + 2);
    if (!SELF_HARMS.has(small(words, act))) continue;
    // (Not "I'd kill myself laughing", "wear myself out"; "shoot myself out of shame" is one.)
    if (small(words, act + 1) === 'myself') return MYSELF_EVERYDAY.has(small(words, act + 2)) && !(small(words, act + 2) === 'out' && small(words, act + 3) === 'of') ? -1 : act + 1;
    if (small(words, act + 1) === 'my' && OWN_PARTS.has(small(words, act + 2))) return act + 2;
  }
  return -1;
}

/**
 * Whether the phrase at word `first` is told to the reader as a command or advice ("Take a long walk
 * off a short pier", "you should jump off a cliff"): toldToReader.
 */
export function toldTo(words: Words, first: number, text: string): boolean {
  return toldToReader(words, first, text) !== undefined;
}

/**
 * Where the command or advice that ends in the verb at `verb` opens, and whether it is advice: the
 * clause's start over COMMAND_FILLERS only (a command), "you should" or "you need to", or "why don't
 * you" (advice); undefined where it is none of these (or is negated: "don't", "never").
 */
function toldToReader(words: Words, verb: number, text: string): { opens: number; advised: boolean } | undefined {
  for (let index = verb; index >= Math.max(0, verb - 9); index--) {
    if (index < verb) {
      const word = small(words, index);
      if ((word === 'you' || word === 'u') && small(words, index - 1) === 'dont' && small(words, index - 2) === 'why') return { opens: index - 2, advised: true };
      if (TELLING.has(word) && (small(words, index - 1) === 'you' || small(words, index - 1) === 'u')) return { opens: index - 1, advised: true };
      // ("Do the town a favour and ...", "do your family a favor and ...": whoever it is done for.)
      if ((word === 'favour' || word === 'favor') && small(words, index - 1) === 'a') {
        let done = index - 2;
        while (done > index - 6 && done > 0 && small(words, done) !== 'do') done--;
        if (small(words, done) === 'do') {
          index = done + 1;
          continue;
        }
      }
      if (!COMMAND_FILLERS.has(word)) {
        // ("Paddle out in the storm and drown yourself", "Crash your car into a wall and die": the
        // second of two commands joined by "and".)
        if (small(words, index + 1) === 'and') {
          const first = coordinatedCommand(words, index, text);
          if (first >= 0) return { opens: first, advised: false };
        }
        // ("If you can't squat 100kg at your age just end your life": the command after its condition,
        // with no comma between; not "if you want to just end it, call", whose "just" follows "to".)
        // (Or "go": "If the delays bother you that much go jump in front of the train".)
        const opener = small(words, index + 1);
        return (opener === 'just' || opener === 'go') && openedBefore(words, index + 1, text, 13, (at) => small(words, at) === 'if') ? { opens: index + 1, advised: false } : undefined;
      }
    }
    if (opensAfterStop(words, index, text)) return { opens: index, advised: false };
  }
  return undefined;
}

