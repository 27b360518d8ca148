/**
 * Threats that name what the harm leaves behind or what it is done with, not the harm verb: a weapon
 * taken to someone ("I'll take a bat to your knees"), a harm the writer will make sure of ("I'll make
 * sure you're crippled for life"), the reader found dead ("you'll be found in a ditch") or left
 * maimed ("you'll be eating through a straw").
 */
import { BONES, HARM_VERBS, STRUCK_PARTS, WEAPONS } from './grammar.js';
import { anyWritten, attemptReported, NO_BODILY_HARM, readerFuture, saidByWriter } from './threats.js';
import { CONDITIONAL, HARM_OUTCOME, NEGATOR, Words, anyIn, severe, small, startsSentence, wordIs } from './words.js';
import type { IncivilitySignal } from './signals.js';

/** What is taken to someone in a beating: "take a bat to", "take a machete to", "take my belt to". */
const TAKEN_TO = new Set([...WEAPONS, 'bat', 'hammer', 'sledgehammer', 'crowbar', 'pipe', 'belt', 'chainsaw', 'blowtorch', 'brick', 'wrench', 'spanner', 'cleaver', 'club', 'iron', 'poker', 'golf']);
/** Words before it: "a bat", "my belt" (not "the", "this": "take the hammer to your dad" hands it over). */
const TAKEN_DETERMINERS = new Set(['a', 'an', 'my', 'me']);
/** The person it is taken to. */
const TAKEN_PEOPLE = new Set(['you', 'u', 'ya', 'yall', 'him', 'them', 'em']);
/** Whose body part it is taken to ("your knees", "his skull"). */
const TAKEN_OWNERS = new Set(['your', 'ur', 'yer', 'his', 'her', 'their']);
/** The parts of the body a weapon is taken to. */
const TAKEN_PARTS = new Set([...STRUCK_PARTS, ...BONES, 'knees', 'knee', 'hands', 'hand', 'fingers', 'teeth', 'body', 'back', 'shins', 'kneecap']);

/**
 * A weapon taken to a person or to a part of their body: "I'll take a bat to your knees", "someone
 * should take a machete to him", "Take a belt to them". Not taken to a thing ("take a hammer to the
 * budget", "take an axe to your kitchen"), not the weapon handed over ("take the knife to him"), not
 * denied, reported as tried or after "if" ("I would never take a belt to my kids", "he tried to take
 * a knife to her"), nor in the past ("took").
 *
 * @example
 * weaponTakenTo(words); // one threat for "I'll take a bat to your knees"
 */
export function weaponTakenTo(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let verb = 0; verb + 4 < words.length; verb++) {
    if (!wordIs(words, verb, 'take') && !wordIs(words, verb, 'taking')) continue;
    if (!TAKEN_DETERMINERS.has(small(words, verb + 1))) continue;
    // (One word may stand before the weapon: "a baseball bat", "a rusty pipe", "my cricket bat".)
    const weapon = TAKEN_TO.has(small(words, verb + 2)) && small(words, verb + 3) === 'to' ? verb + 2 : TAKEN_TO.has(small(words, verb + 3)) && small(words, verb + 4) === 'to' ? verb + 3 : -1;
    if (weapon < 0) continue;
    const to = weapon + 2;
    let last = TAKEN_PEOPLE.has(small(words, to)) ? to : -1;
    if (last < 0 && TAKEN_OWNERS.has(small(words, to))) last = TAKEN_PARTS.has(small(words, to + 1)) ? to + 1 : TAKEN_PARTS.has(small(words, to + 2)) ? to + 2 : -1;
    if (last < 0 || anyIn(words, verb - 4, verb - 1, NEGATOR) >= 0 || anyIn(words, verb - 3, verb - 1, CONDITIONAL) >= 0 || attemptReported(words, verb)) continue;
    found.push(severe(words, verb, last, 'threat', 'threat', `take … ${small(words, weapon)} to`));
  }
  return found;
}

/** Whom a harm is made sure of: "make sure you're crippled", "make sure he never walks again". */
const MADE_SURE_OF = new Set(['you', 'u', 'ya', 'youre', 'ure', 'ur', 'yall', 'he', 'hes', 'she', 'shes', 'they', 'theyre']);
/** Outcomes of a beating (besides the grammar's HARM_OUTCOMES): "crippled for life", "hurt", "bleeding". */
const MAIMED = new Set(['crippled', 'maimed', 'paralysed', 'paralyzed', 'hospitalised', 'hospitalized', 'bedridden', 'disfigured', 'blinded', 'hurt', 'suffer', 'bleed', 'bleeding']);
/** Places a beating leaves someone in, only where they end up there: "ends up in hospital", "lands in a wheelchair". */
const MAIMED_IN = new Set(['hospital', 'wheelchair', 'intensive', 'icu', 'morgue', 'coma']);
/** Verbs of ending up somewhere: "end up in hospital" (not "get to hospital", the way there). */
const ENDING_UP = new Set(['end', 'ends', 'ending', 'wind', 'winds', 'land', 'lands']);
/** Words after a verb that make what follows its object, a thing: "make sure you shoot the ball", "bleed the brakes". */
const THING_OBJECTS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'ur', 'his', 'its', 'our', 'their', 'some', 'it', 'up', 'down', 'off', 'out']);

/**
 * The writer saying they will make sure of a bodily harm to someone: "I'll make sure you're crippled
 * for life", "we'll see to it that he ends up in hospital", "I will make sure you die slowly". Not
 * denied ("I'll make sure you don't get hurt"), not a harm that is no bodily one ("I'll make sure
 * you're banned"), not one done to a thing ("I'll make sure you shoot the ball straight"), not the
 * way to a hospital ("I'll make sure he gets to the hospital in time"), within the sentence.
 *
 * @example
 * harmMadeSure(words, text); // one threat for "I'll make sure you're crippled for life"
 */
export function harmMadeSure(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let sure = 1; sure + 2 < words.length; sure++) {
    // "make sure", "see to it"
    let lead = -1;
    if (wordIs(words, sure, 'sure') && (wordIs(words, sure - 1, 'make') || wordIs(words, sure - 1, 'making'))) lead = sure - 1;
    else if (wordIs(words, sure, 'it') && wordIs(words, sure - 1, 'to') && wordIs(words, sure - 2, 'see')) lead = sure - 2;
    if (lead < 0 || !saidByWriter(words, lead, text)) continue;
    const person = wordIs(words, sure + 1, 'that') ? sure + 2 : sure + 1;
    if (!MADE_SURE_OF.has(small(words, person))) continue;
    let endingUp = false;
    for (let outcome = person + 1; outcome <= person + 5 && outcome < words.length; outcome++) {
      if (startsSentence(words, outcome, text) || words.has(outcome, NEGATOR)) break;
      const word = small(words, outcome);
      if (ENDING_UP.has(word)) endingUp = true;
      // (A harm done to a thing is none: "make sure you shoot the ball straight", "bleed the brakes".)
      // (Nor one that is no bodily harm: "make sure you're banned", "... kicked off the forum".)
      const done = ((words.has(outcome, HARM_OUTCOME) && !NO_BODILY_HARM.has(word) && word !== 'kicked') || MAIMED.has(word)) && !THING_OBJECTS.has(small(words, outcome + 1));
      if (done || (endingUp && MAIMED_IN.has(word))) {
        found.push(severe(words, lead, outcome, 'threat', 'threat', `make sure … ${word}`));
        break;
      }
    }
  }
  return found;
}

/** Where the reader is found after a killing: "in a ditch", "in the river", "in a shallow grave". */
const DUMPED_IN = new Set(['ditch', 'river', 'canal', 'grave', 'morgue', 'skip', 'dumpster', 'pieces', 'boot', 'trunk', 'bag', 'bags', 'suitcase', 'freezer']);
/** Words of a treatment that leaves someone eating through a straw: "after your jaw surgery you'll be eating through a straw". */
const TREATED = new Set(['surgery', 'operation', 'op', 'jaw', 'wired', 'dentist', 'dental', 'braces', 'extraction', 'wisdom', 'recovery', 'procedure', 'implant', 'implants']);
/** What the reader will be doing, maimed: "eating through a straw", "picking your teeth up", "pissing blood". */
const MAIMED_DOING: readonly (readonly string[])[] = [['eating', 'through', 'a', 'straw'], ['drinking', 'through', 'a', 'straw'], ['eating', 'from', 'a', 'straw'], ['picking', 'your', 'teeth'], ['picking', 'up', 'your', 'teeth'], ['pissing', 'blood'], ['shitting', 'blood']];

/**
 * The reader foretold found dead or maimed: "you'll be found in a ditch", "you're going to be found
 * dead", "you'd be eating through a straw for a year", "you'll be picking your teeth up off the
 * floor". Not denied ("you won't be found"), not after or before a condition ("if you walk there at
 * night you'll be found dead": a warning), not after a treatment ("after your jaw surgery you'll be
 * eating through a straw"), not found where the lost are ("in the woods by the search party").
 *
 * @example
 * readerFoundMaimed(words, text); // one threat for "you'll be found in a ditch by the end of the month"
 */
export function readerFoundMaimed(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let be = 1; be + 2 < words.length; be++) {
    if (!wordIs(words, be, 'be')) continue;
    let last = -1;
    if (wordIs(words, be + 1, 'found')) {
      if (wordIs(words, be + 2, 'dead') || wordIs(words, be + 2, 'floating') || (wordIs(words, be + 2, 'face') && wordIs(words, be + 3, 'down'))) last = be + 2;
      else if (wordIs(words, be + 2, 'in')) {
        // (Not "in pieces of the puzzle".)
        for (let place = be + 3; place <= be + 5 && place < words.length && last < 0; place++) if (DUMPED_IN.has(small(words, place)) && small(words, place + 1) !== 'of') last = place;
      }
    } else {
      for (const doing of MAIMED_DOING) if (doing.every((word, at) => wordIs(words, be + 1 + at, word))) last = be + doing.length;
      // (Not after a treatment: "after your jaw surgery you'll be eating through a straw".)
      if (last >= 0 && anyWritten(words, be - 10, last + 6, TREATED)) last = -1;
    }
    if (last < 0) continue;
    const { subject, negated } = readerFuture(words, be, true);
    if (subject < 0 || negated || anyIn(words, subject - 5, subject - 1, CONDITIONAL) >= 0 || anyIn(words, last + 1, last + 5, CONDITIONAL) >= 0) continue;
    found.push(severe(words, subject, last, 'threat', 'threat', `${small(words, subject)} … ${small(words, last)}`));
  }
  return found;
}

/** What the reader will not be for long: "you won't be laughing when ...", "you won't feel so clever with ...". */
const SMUGNESS = new Set(['laughing', 'smiling', 'brave', 'clever', 'smug', 'cocky', 'tough', 'funny', 'gobby', 'mouthy', 'confident']);
/** The writer as the one who will do the harm after "when": "when I kick your door in", "when we find you". */
const DOERS = new Set(['i', 'we', 'me', 'my', 'ill', 'were', 'im']);

/**
 * "You won't be laughing when I kick your door in", "you won't feel so clever with a hammer coming down
 * on your kneecaps": the reader's smugness ended by a harm the writer does, or by a weapon or a blow
 * to the body. Not a harm someone else does ("you won't be so smug when United beat you on Saturday"),
 * nor no harm at all ("you won't be laughing when you see the bill").
 *
 * @example
 * smugnessEnded(words); // one threat for "You won't be laughing when I kick your door in at 3am"
 */
export function smugnessEnded(words: Words): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let smug = 2; smug + 2 < words.length; smug++) {
    if (!SMUGNESS.has(small(words, smug))) continue;
    // "won't be (so) laughing", "won't feel so clever", "will not be laughing"
    let at = smug - 1;
    if (small(words, at) === 'so') at--;
    if (small(words, at) !== 'be' && small(words, at) !== 'feel') continue;
    const denied = small(words, at - 1) === 'wont' || (small(words, at - 1) === 'not' && small(words, at - 2) === 'will');
    if (!denied) continue;
    const when = small(words, smug + 1);
    if (when !== 'when' && when !== 'once' && when !== 'with' && when !== 'after') continue;
    let last = -1;
    // The writer doing a harm: "when I kick your door in", "once we find you and break your legs".
    if (DOERS.has(small(words, smug + 2))) for (let verb = smug + 3; verb <= smug + 5 && last < 0; verb++) if (HARM_VERBS.has(small(words, verb))) last = verb;
    // A weapon or a blow to the body: "with a hammer coming down on your kneecaps".
    for (let index = smug + 2; index <= smug + 9 && index < words.length && last < 0; index++) if (WEAPONS.has(small(words, index)) || (STRUCK_PARTS.has(small(words, index)) && (small(words, index - 1) === 'your' || small(words, index - 1) === 'ur'))) last = index;
    if (last < 0) continue;
    found.push(severe(words, at - 1, last, 'threat', 'threat', `won't be ${small(words, smug)} … ${small(words, last)}`));
  }
  return found;
}
