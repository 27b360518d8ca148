/**
 * Sexual advances aimed at a person, read from the grammar's words (so every spelling the grammar
 * reads, leet, masks or slips, reads here too): an intimate part of the reader's body wanted
 * ("I want to see your tits", "show me your boobs", "I'd grab your ass"), a sexual act wanted of the
 * reader ("I'd bang you", "I want to undress you"), or a remark on an intimate part ("nice tits").
 * The lexicon's sexual phrases are fixed wordings; these are their grammar.
 */
import { ADMIRING, BENDING, BODY_ACTS, DESIRED_PARTS, DREAMING, INTIMATE_PARTS, SEEING_WANTED, SEXUAL_ACTS, SEXUAL_DOING, SEXUAL_TOUCHES, SPREADING, UNDRESSED } from './grammar.js';
import { NEGATOR, Words, clauseEndsAfter, severe, small, startsSentence, tableMarks, writerBefore } from './words.js';
import type { IncivilitySignal } from './signals.js';
import { HARMED_OBJECTS, POINTED_PEOPLE, pointedPerson } from './people.js';

/** Whose part it is: the reader's, or a woman's spoken of ("grab her tits"), or "those" pointed at. */
const POSSESSORS = new Set(['your', 'ur', 'yer', 'her', 'those', 'them', 'dem']);
/** Whom a sexual act is wanted on: the reader, or a woman spoken of ("I want to undress her"). */
const READER = new Set(['you', 'u', 'ya', 'her']);
/** The writer, wanting ("I want to", "I'd", "let me", "lemme"). */
const WANTING = new Set(['i', 'id', 'ill', 'im', 'ima', 'imma', 'me', 'lemme', 'wanna', 'gonna']);
/** Words before a command that keep it one ("now show me your tits"). */
const OPENERS = new Set(['now', 'please', 'pls', 'plz', 'go', 'just', 'come', 'on', 'cmon']);
/** Words that may stand between an act and its part: "show me your", "send us pics of your", "see all of your". */
const BETWEEN = new Set(['me', 'us', 'pics', 'pictures', 'photos', 'pic', 'picture', 'photo', 'a', 'of', 'some', 'all', 'more', 'you', 'u', 'in']);
/** Parts a remark may admire: the intimate and desired ones, and "rack" ("nice rack"; not "a nice rack of lamb"). */
const REMARKED = new Set([...INTIMATE_PARTS, ...DESIRED_PARTS, 'rack']);
/** The writer's own ("my juicy ..."): no remark on someone else. */
const OWN = new Set(['my', 'our', 'mine']);
/** Words a remark on a part may end with: whom it addresses ("nice tits, love"). */
const ADDRESSED = new Set(['you', 'u', 'girl', 'baby', 'babe', 'love', 'honey', 'sweetie', 'darling', 'lady', 'there', 'sweetheart', 'hun']);

const PART = 1;
const DESIRED = 2;
const ACT = 4;
const SEXUAL_ACT = 8;
const ADMIRER = 16;
const REMARKABLE = 32;
const TOUCH = 64;
const SPREAD = 128;
const DOING = 256;
const DREAMER = 512;
const BEND = 1024;
const UNDRESS = 2048;
const SEEING = 4096;
/** Each table word's kinds here, told by one look-up (most words are none). */
const KINDS = tableMarks([[INTIMATE_PARTS, PART], [DESIRED_PARTS, DESIRED], [BODY_ACTS, ACT], [SEXUAL_ACTS, SEXUAL_ACT], [ADMIRING, ADMIRER], [REMARKED, REMARKABLE], [SEXUAL_TOUCHES, TOUCH], [SPREADING, SPREAD], [SEXUAL_DOING, DOING], [DREAMING, DREAMER], [BENDING, BEND], [UNDRESSED, UNDRESS], [SEEING_WANTED, SEEING]]);
/** What follows legs spread in a workout or a pose: "spread your legs shoulder-width apart". */
const POSED = new Set(['apart', 'shoulder', 'shoulders', 'hip', 'hips', 'width', 'slightly', 'and', 'to', 'as', 'into', 'while', 'on']);
/** What follows a sexual act wanted that makes it something else: "screw you over", "ride you to the station", "bang you up". */
const NOT_SEXUAL_AFTER = new Set(['up', 'over', 'to', 'into', 'home', 'out', 'off', 'around']);

/**
 * The sexual advances of a comment's words.
 *
 * @example
 * sexualAdvances(words, text); // one finding for "I want to see your tits"
 */
export function sexualAdvances(words: Words, text: string): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let index = 0; index < words.length; index++) {
    const kinds = words.marked(index, KINDS);
    if ((kinds & (REMARKABLE | SEXUAL_ACT | SPREAD | DOING | BEND | UNDRESS)) === 0) continue;
    // Someone undressed, wanted by the writer: "I'd rather see the reporter naked", "I'd love to see
    // her in a bikini" (not "I saw her naked in the film", "I'd hate to see you in lingerie").
    if ((kinds & UNDRESS) !== 0) {
      const wanted = undressedWanted(words, index, text);
      if (wanted !== undefined) {
        found.push(severe(words, wanted.writer, index, 'harassment', 'sexual', `${words.known(wanted.verb) as string} … ${words.known(index) as string}`));
        continue;
      }
      if ((kinds & REMARKABLE) === 0) continue;
    }
    // Legs spread or opened for someone: told ("Stop complaining and spread your legs"), or wanted
    // ("I want you to spread your legs"), not posed ("spread your legs shoulder-width apart").
    if ((kinds & SPREAD) !== 0) {
      if (POSSESSORS.has(small(words, index + 1)) && small(words, index + 2) === 'legs' && !POSED.has(small(words, index + 3)) && !POSED.has(small(words, index + 4))) {
        const wanter = wanterBefore(words, index, text);
        if (wanter >= 0 || commanded(words, index, text) || toldAfter(words, index, text)) found.push(severe(words, wanter >= 0 ? wanter : index, index + 2, 'harassment', 'sexual', `${words.known(index) as string} ${words.text(index + 1)} legs`));
      }
      continue;
    }
    const word = words.known(index) as string;
    // Someone bent over, wanted by the writer: "I'd bend that tennis player over the net", "I'd bend
    // u ova that desk" (a person or a word for the reader, then "over" within four words).
    if ((kinds & BEND) !== 0) {
      const over = bentOver(words, index);
      const wanter = over < 0 ? -1 : wanterBefore(words, index, text);
      if (wanter >= 0) found.push(severe(words, wanter, over, 'harassment', 'sexual', `bend … over`));
      continue;
    }
    // A sexual act imagined or dreamt of, done to the reader or a woman: "imagine licking you all
    // over", "I dream about banging her" (not "imagine screwing you over", "imagine riding her to school").
    if ((kinds & DOING) !== 0) {
      if (READER.has(small(words, index + 1)) && !NOT_SEXUAL_AFTER.has(small(words, index + 2))) {
        const dreamer = dreamerBefore(words, index, text);
        if (dreamer >= 0) found.push(severe(words, dreamer, index + 1, 'harassment', 'sexual', `${word} ${words.text(index + 1)}`));
      }
      continue;
    }
    // A remark: "nice tits", "sexy ass!", "nice rack, show us more" (not "a nice rack of lamb"):
    // said to someone, whatever the score.
    if ((kinds & REMARKABLE) !== 0 && (words.marked(index - 1, KINDS) & ADMIRER) !== 0 && !OWN.has(small(words, index - 2)) && (clauseEndsAfter(words, index, text) || ADDRESSED.has(small(words, index + 1)))) {
      found.push({ ...severe(words, index - 1, index, 'harassment', 'sexual', `${words.known(index - 1) as string} ${word}`), severity: 3, always: true });
      continue;
    }
    // Or said of someone who has them: "That ring girl has great tits", "has a lovely pair of knockers
    // on her" (not the writer's own, "I have great boobs", nor a thing's, "the garden has great tits"
    // where the songbird's sense stands).
    if ((kinds & PART) !== 0) {
      const having = remarkedHaving(words, index, text);
      if (having >= 0) {
        found.push({ ...severe(words, having, index, 'harassment', 'sexual', `${small(words, having)} … ${word}`), severity: 3, always: true });
        continue;
      }
    }
    if ((kinds & (PART | DESIRED)) !== 0) {
      const intimate = (kinds & PART) !== 0;
      // The part's owner right before it, or one word before ("your big tits").
      const owner = POSSESSORS.has(small(words, index - 1)) ? index - 1 : POSSESSORS.has(small(words, index - 2)) ? index - 2 : -1;
      if (owner < 0) continue;
      const act = actBefore(words, owner);
      if (act < 0 || (!intimate && (words.marked(act, KINDS) & TOUCH) === 0)) continue;
      const wanter = wanterBefore(words, act, text);
      // Wanted by the writer; or, for an intimate part, commanded ("Show me your tits").
      if (wanter >= 0 || (intimate && commanded(words, act, text))) found.push(severe(words, wanter >= 0 ? wanter : act, index, 'harassment', 'sexual', `${words.known(act) as string} … ${word}`));
    } else if ((kinds & SEXUAL_ACT) !== 0 && small(words, index + 1) === 'me' && !NOT_SEXUAL_AFTER.has(small(words, index + 2))) {
      // A sexual act the writer would let someone do to them: "I'd let the barista rail me", "I'd
      // still let you ride me all night" (not "let him ride me home").
      const letting = letBefore(words, index, text);
      if (letting >= 0) found.push(severe(words, letting, index + 1, 'harassment', 'sexual', `${word} me`));
    } else if ((kinds & SEXUAL_ACT) !== 0 && READER.has(small(words, index + 1))) {
      // A sexual act: "I'd bang you", "I want to undress her" (not "they'll bang you up", jail, "screw
      // you over", "ride you to the station").
      if (NOT_SEXUAL_AFTER.has(small(words, index + 2))) continue;
      const wanter = wanterBefore(words, index, text);
      if (wanter >= 0) found.push(severe(words, wanter, index + 1, 'harassment', 'sexual', `${word} ${words.text(index + 1)}`));
    }
  }
  return found;
}

/** Verbs of having a part: "has great tits", "she's got a lovely pair of knockers". */
const HAVING = new Set(['has', 'have', 'got']);
/** Words that admire a part someone has, besides the grammar's ADMIRING: "has great tits", "a lovely pair of", "cracking knockers". */
const HAD_ADMIRING = new Set(['great', 'lovely', 'cracking', 'big', 'massive', 'huge', 'amazing', 'perfect', 'gorgeous', 'incredible', 'fantastic', 'banging', 'decent', 'firm', 'sweet']);
/** Third persons who have a part remarked on ("she has", "she's got"). */
const HAVERS = new Set(['she', 'shes', 'he', 'hes', 'they', 'theyve']);

/**
 * The verb of having that a remark on the intimate part at `part` opens with: "has great tits", "has
 * a lovely pair of knockers", "has cracking knockers"; an admiring word before the part, "a pair of"
 * between; had by a third person or one pointed at; the clause ending after the part or after "on
 * her"; -1 for none.
 */
function remarkedHaving(words: Words, part: number, text: string): number {
  let at = part - 1;
  if (small(words, at) === 'of' && small(words, at - 1) === 'pair') at -= 2;
  if ((words.marked(at, KINDS) & ADMIRER) === 0 && !HAD_ADMIRING.has(small(words, at))) return -1;
  at--;
  if (small(words, at) === 'a') at--;
  // (Had by a person: "she has", "That ring girl has", "The new councillor has"; not "Our garden has
  // great tits", "The Victorian door has a lovely pair of knockers".)
  if (!HAVING.has(small(words, at)) || !(HAVERS.has(small(words, at - 1)) || POINTED_PEOPLE.has(small(words, at - 1)) || pointedPerson(words, at - 3, at - 1) >= 0)) return -1;
  const end = small(words, part + 1) === 'on' && (small(words, part + 2) === 'her' || small(words, part + 2) === 'him') ? part + 2 : part;
  return clauseEndsAfter(words, end, text) ? at : -1;
}

/** Words after an undress that make it a thing, not what someone wears: "a bikini competition", "the underwear brand". */
const NOT_WORN = new Set(['competition', 'competitions', 'contest', 'contests', 'line', 'wax', 'body', 'season', 'model', 'models', 'shop', 'store', 'brand', 'sale', 'range', 'photos', 'scene', 'scenes', 'beach', 'beaches']);
/** Who may be seen undressed: the reader or someone spoken of ("see you naked", "see her in a bikini"). */
const SEEN = new Set(['you', 'u', 'ya', 'her', 'him', 'them']);
/** Words between a person and their undress ("her in a bikini", "you in your underwear", "you completely naked"). */
const DRESSED_IN = new Set(['in', 'a', 'an', 'your', 'ur', 'her', 'his', 'some', 'that', 'those', 'just', 'only', 'completely', 'totally', 'fully', 'all', 'stark', 'tiny', 'skimpy', 'little']);

/**
 * Where the writer's wanting to see someone undressed opens, and its verb ("I'd love to see her in a
 * bikini", "I'd rather see the reporter naked"): a person (SEEN, or one pointed at) up to four words
 * before the undress at `undress` with only DRESSED_IN between, and a verb of wanting (SEEING_WANTED)
 * up to eight words before the person, in its sentence, after the writer (wanterBefore), not negated;
 * not a thing named by the undress ("a bikini competition"); undefined for none.
 */
function undressedWanted(words: Words, undress: number, text: string): { writer: number; verb: number } | undefined {
  if (NOT_WORN.has(small(words, undress + 1))) return undefined;
  let person = -1;
  for (let index = undress - 1; index >= Math.max(0, undress - 4) && person < 0; index--) {
    if (SEEN.has(small(words, index)) || pointedPerson(words, index, index) >= 0) person = index;
    else if (!DRESSED_IN.has(small(words, index)) || startsSentence(words, index + 1, text)) return undefined;
  }
  if (person < 0) return undefined;
  // (Back over a pointed person's words to the one that points: "the reporter".)
  let from = person - 1;
  while (from > 0 && from >= person - 3 && !startsSentence(words, from + 1, text) && words.known(from) === undefined) from--;
  for (let index = from; index >= Math.max(0, person - 8); index--) {
    if (words.has(index, NEGATOR)) return undefined;
    if ((words.marked(index, KINDS) & SEEING) !== 0) {
      const writer = wanterBefore(words, index, text);
      return writer >= 0 ? { writer, verb: index } : undefined;
    }
    if (startsSentence(words, index, text)) return undefined;
  }
  return undefined;
}

/** The act of BODY_ACTS before the owner word `owner`, with at most three words of BETWEEN among them; -1 for none. */
function actBefore(words: Words, owner: number): number {
  for (let index = owner - 1; index >= Math.max(0, owner - 4); index--) {
    if ((words.marked(index, KINDS) & ACT) !== 0) return index;
    if (!BETWEEN.has(small(words, index))) return -1;
  }
  return -1;
}

/** The writer wanting the act at `act`, within four words before it in its clause and not negated ("I want to", "I'd love to", "let me"); -1 for none. */
function wanterBefore(words: Words, act: number, text: string): number {
  return writerBefore(words, act, text, WANTING, 4);
}

/**
 * Where "over" stands after the "bend" at `bend`: right after a word for a person ("bend her over",
 * "bend u ova"), or after a person pointed at ("bend that tennis player over";
 * people.ts pointedPerson), not a thing ("bend the rules over and over"); -1 for none.
 */
function bentOver(words: Words, bend: number): number {
  if (HARMED_OBJECTS.has(small(words, bend + 1))) return words.known(bend + 2) === 'over' ? bend + 2 : -1;
  const person = pointedPerson(words, bend + 2, bend + 3);
  return person >= 0 && words.known(person + 1) === 'over' ? person + 1 : -1;
}

/** Where "let" stands up to four words before the act at `act` in its clause, after the writer ("I'd let", "I would let"), not negated; -1 for none. */
function letBefore(words: Words, act: number, text: string): number {
  for (let index = act - 1; index >= Math.max(1, act - 4); index--) {
    if (startsSentence(words, index + 1, text) && index + 1 < act) return -1;
    if (small(words, index) !== 'let') continue;
    return wanterBefore(words, index, text) >= 0 || small(words, index - 1) === 'would' ? index : -1;
  }
  return -1;
}

/** The word of imagining or fancying right before the act at `act`, or two words before after "about" or "of" ("dream about"), not negated; -1 for none. */
function dreamerBefore(words: Words, act: number, text: string): number {
  const at = (small(words, act - 1) === 'about' || small(words, act - 1) === 'of') && !startsSentence(words, act - 1, text) ? act - 2 : act - 1;
  if (at < 0 || (words.marked(at, KINDS) & DREAMER) === 0 || startsSentence(words, at + 1, text)) return -1;
  return words.has(at - 1, NEGATOR) || words.has(at - 2, NEGATOR) ? -1 : at;
}

/** Words after which a command follows in its clause: "stop complaining and spread ...", "shut up and ...". */
const THEN = new Set(['and', 'then', 'now']);

/**
 * Whether the act at `act` follows "and" or "then" after another command that opens its sentence,
 * within eight words ("Stop complaining and spread your legs", "Shut up and open your legs").
 */
function toldAfter(words: Words, act: number, text: string): boolean {
  if (!THEN.has(small(words, act - 1))) return false;
  for (let index = act - 2; index >= Math.max(0, act - 8); index--) {
    if (words.has(index, NEGATOR)) return false;
    if (startsSentence(words, index, text)) return COMMANDING.has(small(words, index));
  }
  return false;
}

/** Verbs that open a command to the reader before "and" another ("Stop complaining and ..."). */
const COMMANDING = new Set(['stop', 'shut', 'quit', 'come', 'go', 'be', 'get']);

/** Whether the act at `act` is a command: it opens its clause, or follows only words like "now" or "please". */
function commanded(words: Words, act: number, text: string): boolean {
  let index = act;
  while (index > 0 && !startsSentence(words, index, text) && OPENERS.has(small(words, index - 1))) index--;
  return startsSentence(words, index, text);
}
