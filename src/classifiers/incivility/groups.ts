/**
 * Attacks on groups: a group term joined to something hateful said of it, commands to harm a group,
 * exclusion ("go back to your country"). What makes such words a report instead is in group-reports.ts.
 */
import type { Span } from '../../lexicon/index.js';
import { DISEASES, GROUP_ATTRIBUTES, PERSON_NOUNS, ROLES, STANCE_VERBS } from './grammar.js';
import { ADJECTIVAL, BE_WORD, COMMAND_LEAD, CONDITIONAL, DEHUMANIZER, DEHUMANIZING_NOUN, DETERMINER, EXCLUDER, GROUP, HARM_COMMAND, HARM_OUTCOME, HOMELAND, INTENSIFIER, NAMES_PEOPLE, NEGATOR, OUR_PLACE, PERSON, POINTER, TREATMENT_WORD, VULGAR, WISH, Words, anyIn, anyKnown, clauseBetween, clauseEndsAfter, insideAny, sentenceBetween, severe, small, startsSentence, textOf } from './words.js';
import type { IncivilitySignal } from './signals.js';
import { hatesGroup, intentReported, objectOfPreposition, saidOf, sayingReported } from './group-reports.js';


/** Singular verbs a plural group word cannot be the subject of. */
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does', 'isnt', 'wasnt', 'hasnt', 'doesnt']);
/** Group adjectives that also name a language ("English is hard to learn"). */
const LANGUAGES = new Set(['english', 'french', 'chinese', 'japanese', 'vietnamese', 'irish', 'welsh']);
/** Prepositions whose object a group word is ("about migrants", "of Muslims"). */
const PREPOSITIONS = new Set(['about', 'of', 'against', 'toward', 'towards', 'for', 'on', 'with', 'to', 'among', 'from', 'around']);
/**
 * Whether the group word at `index` names people: a group noun always; an adjective ("black",
 * "gay") only before a word for people or a plural, another group word, something said of them, a
 * word that goes on the sentence, or at the end of a clause ("black coffee", "the White House" are
 * things).
 */
function namesPeople(words: Words, index: number, hateful: Set<number>, text: string): boolean {
  if (COLOURED_THINGS.has(words.text(index)) && thingsInSentence(words, index, text)) return false;
  if (!words.has(index, ADJECTIVAL)) return true;
  const next = index + 1;
  if (next >= words.length || clauseBetween(words, index, next, text)) return true;
  // (A plural after it is mostly people: "jewish bankers", "black athletes"; "white lies" is not.)
  const following = words.text(next);
  // (Not a thing or an organization: "Mexican cartels", "Chinese exports", "gay bashing"; nor a
  // language before a singular verb: "English is hard to learn".)
  if ((LANGUAGES.has(words.text(index)) && SINGULAR_VERBS.has(following)) || NOT_PEOPLE.has(following) || (following.endsWith('ing') && !words.has(next, NAMES_PEOPLE))) return false;
  if (words.has(next, NAMES_PEOPLE | GROUP | DEHUMANIZER) || hateful.has(next) || following.endsWith('s') || following.endsWith('ist')) return true;
  // A person named a few words on: "asian tan ass snitch", "white racist ass people", "white terrorist".
  for (let after = next + 1; after <= Math.min(words.length - 1, index + 3) && !startsSentence(words, after, text); after++) {
    if (hateful.has(after) || PERSON_NOUNS.has(words.text(after)) || GROUP_ATTRIBUTES.has(words.text(after)) || /ists?$/.test(words.text(after))) return true;
  }
  return false;
}

/** Group words that name things by their colour too: egg whites, cricket whites, a wash of whites. */
const COLOURED_THINGS = new Set(['whites', 'blacks']);
/** Words of the kitchen, the laundry and sports kit, in whose sentence "whites" are things ("Beat the egg whites to stiff peaks"). */
const THINGS_COLOURED = new Set(['egg', 'eggs', 'yolk', 'yolks', 'meringue', 'meringues', 'peaks', 'whisk', 'whisked', 'whisking', 'souffle', 'laundry', 'wash', 'washing', 'washed', 'bleach', 'detergent', 'cricket', 'tennis', 'wimbledon']);

/** Whether a word of THINGS_COLOURED stands in the sentence of word `index`. */
function thingsInSentence(words: Words, index: number, text: string): boolean {
  let first = index;
  while (first > 0 && !startsSentence(words, first, text)) first--;
  for (let at = first; at < words.length && (at <= index || !startsSentence(words, at, text)); at++) if (THINGS_COLOURED.has(words.text(at))) return true;
  return false;
}

/** Verbs of fondness or keeping before an animal ("love dogs", "we keep pigs"): the animal is the object, not what the group is. */
const FONDNESS = new Set(['love', 'loves', 'adore', 'adores', 'keep', 'keeps', 'own', 'owns', 'walk', 'walks', 'feed', 'feeds', 'rescue', 'rescues', 'foster', 'fosters']);

/** Plurals after a group adjective that name things or organizations, not people. */
const NOT_PEOPLE = new Set([
  'cartels', 'companies', 'firms', 'banks', 'markets', 'products', 'goods', 'exports', 'imports', 'stocks', 'shares', 'restaurants', 'dishes', 'foods',
  'cars', 'elections', 'laws', 'policies', 'courts', 'governments', 'regimes', 'forces', 'troops', 'militias', 'authorities', 'media', 'outlets',
  'schools', 'churches', 'mosques', 'synagogues', 'temples', 'neighborhoods', 'neighbourhoods', 'districts', 'cities', 'states', 'countries', 'nations',
]);

/** Modals that deny, as one word or before "not" / "never". */
const DENYING = new Set(['shouldnt', 'mustnt', 'cant', 'cannot', 'wont']);
const DENIABLE = new Set(['should', 'must', 'can', 'will', 'shall']);
/** What a group is denied: the vote, marriage, children, a life here ("to vote", "near kids"). */
const RIGHTS = new Set(['vote', 'adopt', 'marry', 'live', 'exist', 'breed', 'teach', 'work', 'reproduce', 'procreate', 'worship', 'pray']);
/** Groups whose rights are argued as policy or politics ("immigrants shouldn't be allowed to vote until they are citizens"): no attack by this rule. */
const STATUS_GROUPS = new Set(['immigrants', 'immigrant', 'migrants', 'migrant', 'refugees', 'refugee', 'foreigners', 'illegals', 'boomers', 'feminists', 'feminist', 'elderly']);
const NEAR = new Set(['near', 'around', 'with']);
const CHILDREN = new Set(['kids', 'children', 'kid', 'child', 'schools', 'minors']);

/**
 * The last word of a right denied to a group, from word `from` right after the group term: "shouldn't
 * be allowed to vote", "should not be allowed anywhere near kids", "must never be allowed to adopt",
 * "should be banned from marrying" is another rule's; -1 for none ("should not be allowed to suffer",
 * "shouldn't be allowed in women's sports": no right of RIGHTS, no children).
 */
function rightDenied(words: Words, from: number): number {
  let at = from;
  if (small(words, at) === 'really' || small(words, at) === 'simply') at++;
  if (DENYING.has(small(words, at))) at++;
  else if (DENIABLE.has(small(words, at)) && (small(words, at + 1) === 'not' || small(words, at + 1) === 'never')) at += 2;
  else return -1;
  if (small(words, at) === 'ever' || small(words, at) === 'even') at++;
  if (small(words, at) !== 'be' || !(small(words, at + 1) === 'allowed' || small(words, at + 1) === 'permitted')) return -1;
  at += 2;
  if (small(words, at) === 'to') return RIGHTS.has(small(words, at + 1)) ? at + 1 : -1;
  if (small(words, at) === 'anywhere') at++;
  if (!NEAR.has(small(words, at))) return -1;
  if (small(words, at + 1) === 'our' || small(words, at + 1) === 'the' || small(words, at + 1) === 'your') at++;
  return CHILDREN.has(small(words, at + 1)) ? at + 1 : -1;
}

/**
 * Telling people they do not belong: "go back to your country", "back to Asia", "send them back",
 * "get out of our land". Going back to work or to one's point is not it: the place must be a homeland.
 *
 * @example
 * exclusions(words, text); // one attack for "go back to your country"
 */
export function exclusions(words: Words, text: string): IncivilitySignal[] {
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
    } else if (words.has(index, GROUP)) {
      // "Queers shouldn't be allowed anywhere near kids", "muslims should not be allowed to vote".
      // (Not reported nor denied: "People who say gays shouldn't be allowed to adopt are bigots".)
      end = rightDenied(words, index + 1);
      if (end >= 0 && !STATUS_GROUPS.has(words.known(index) ?? '') && anyIn(words, index - 3, index - 1, NEGATOR | CONDITIONAL) < 0 && !sayingReported(words, index, text)) {
        found.push(severe(words, index, end, 'identity-attack', 'group-attack', textOf(words, index, end)));
        index = end;
      }
      continue;
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

/** Words after "those" that name people by what they did, not a group: "those involved", "those responsible", "those who". */
const BY_DEEDS = new Set(['involved', 'responsible', 'who', 'that', 'guilty', 'convicted', 'found', 'caught', 'behind', 'arrested', 'charged', 'accused', 'concerned', 'implicated', 'complicit']);

/**
 * A group term joined to something hateful within a few words: a dehumanizing word, an insult or a
 * vulgar word said of it ("stupid black women", "the jewish race is a plague"), or a wish for harm
 * ("gays should be killed", "kill them all"). A group term alone is never a finding.
 *
 * @example
 * groupAttacks(words, HATEFUL, text, []); // one attack for "Immigrants are vermin"
 */
export function groupAttacks(words: Words, hateful: Set<number>, text: string, allowed: readonly Span[]): IncivilitySignal[] {
  const found: IncivilitySignal[] = [];
  for (let group = 0; group < words.length; group++) {
    // Words of an allow-list phrase name no group ("garbage men" are workers).
    if (allowed.length > 0 && insideAny(allowed, words, group)) continue;
    const named = words.has(group, GROUP);
    if (!named && (words.has(group, POINTER) || (words.known(group) === 'them' && words.known(group + 1) === 'all'))) {
      // "those cunts", "these leeches", "these people are fucking animals": a pointed-at group and a
      // dehumanizing noun or an insult within a few words.
      // (Not a word of an allow-list phrase: "those trash cans" are bins.)
      let noun = anyIn(words, group + 1, group + 3, DEHUMANIZING_NOUN);
      if (noun >= 0 && allowed.length > 0 && insideAny(allowed, words, noun)) noun = -1;
      let insult = -1;
      for (let index = group + 1; index <= Math.min(words.length - 1, group + 5) && insult < 0; index++) if (hateful.has(index)) insult = index;
      // An insult right after the pointer must be a plural noun ("those bastards", "those bastardz",
      // not "these are ugly").
      const plural = insult >= 0 && insult <= group + 2 && /[sz]$/.test(words.text(insult));
      const pointed = noun >= 0 ? noun : words.known(group + 1) === 'people' || plural ? (insult >= 0 ? insult : saidOfPeople(words, group + 1, text)) : -1;
      // "kill those ...", "deport them all": a command to harm whoever is pointed at.
      // (Not those named by what they did: "ban those involved", "jail those responsible".)
      const command = group >= 1 && words.has(group - 1, HARM_COMMAND) && (startsSentence(words, group - 1, text) || anyIn(words, group - 3, group - 2, COMMAND_LEAD) >= 0) && !intentReported(words, group - 1) && !BY_DEEDS.has(small(words, group + 1)) ? group - 1 : -1;
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
    // A plural group after a preposition and before a singular verb is no subject of it: "the
    // rhetoric about migrants is dangerous", "the number of Muslims is rising". What follows is said
    // of something else. ("Jews is evil", with no preposition, stays an attack.)
    // Nor is the object of a gerund that opens the clause: "Blaming migrants for the housing crisis
    // is lazy politics" says what blaming them is.
    const notSubject = (group > 0 && group + 1 < words.length && words.text(group).endsWith('s') && SINGULAR_VERBS.has(words.text(group + 1)) && PREPOSITIONS.has(words.text(group - 1))) || gerundObject(words, group, text);
    for (let index = Math.max(0, group - 3); index <= Math.min(words.length - 1, group + 6) && predicate < 0; index++) {
      if (index === group || (allowed.length > 0 && insideAny(allowed, words, index)) || (notSubject && index > group)) continue;
      // "treated like animals" tells how a group was wronged, not what it is.
      if (words.known(index - 1) === 'like' && anyIn(words, index - 4, index - 2, TREATMENT_WORD) >= 0) continue;
      // Nor is an animal one loves or keeps ("Bisexual, love dogs, looking for something serious").
      if (index > group && FONDNESS.has(words.text(index - 1)) && words.has(index, DEHUMANIZER)) continue;
      // A dehumanizing word (a disease only said of something), an insult, or a vulgar word in the
      // sentence that names the group: "beautiful women. Shit, maybe..." is no attack. Hatred is
      // contempt for the group when someone hates it ("I hate gays"), not the hate it meets ("Muslims
      // face rising hate", "hate crimes against gay people").
      if (words.has(index, DEHUMANIZER) && HATRED.has(words.text(index))) {
        if (index < group ? hatesGroup(words, index, group) : CREEDS_OF_HATE.has(words.text(index - 2)) && words.known(index - 1) === 'of') predicate = index;
      } else if (words.has(index, DEHUMANIZER) && COMPLEMENTS.has(words.text(index))) {
        // Words said of people as often as of what is done to them ("violent crime against Black
        // men"): what the group is only right after its copula ("Jews are greedy", "Black men are
        // violent", "Roma is a criminal", "immigrants are an invasion").
        if (index > group && complementOf(words, group, index)) predicate = index;
      } else if (words.has(index, DEHUMANIZER) && STEREOTYPES.has(words.text(index))) {
        // Nouns for people who act in the news ("Jews from the Nazis", "terrorists attacked Jews"):
        // a stereotype only when said of the group ("Muslims are terrorists").
        // Not of a part of the group a relative clause picks out: "men who are child molesters".
        if (index > group && copulaBetween(words, group + 1, index - 1) && !RELATIVES.has(words.text(group + 1))) predicate = index;
      } else if (words.has(index, DEHUMANIZER) && index < group && (words.has(index + 1, BE_WORD) || (BEFORE_BE.has(words.text(index + 1)) && words.text(index + 2) === 'be'))) {
        // The subject of its own sentence, the group after its copula: "The Church of Satan is mostly
        // atheists", "animals can be autistic too".
      } else if (words.has(index, DEHUMANIZER) && (!DISEASES.has(words.text(index)) || (index > group ? saidOf(words, index) : words.known(index + 1) === 'of'))) predicate = index;
      else if (hateful.has(index) && !(VULGAR.has(index) && sentenceBetween(words, Math.min(group, index), Math.max(group, index), text)) && (index > group || epithetBefore(words, index, group, hateful))) predicate = index;
      else if (words.has(index, HARM_OUTCOME) && anyIn(words, index - 3, index - 1, WISH) >= 0 && !lawfulRemoval(words, index, group)) predicate = index;
      // A command to harm the group: "kill the gays", "let's go beat these ...". A verb in a report
      // ("they killed three immigrants") is not a command: it has a subject before it.
      else if (index < group && words.has(index, HARM_COMMAND) && (startsSentence(words, index, text) || anyIn(words, index - 2, index - 1, COMMAND_LEAD) >= 0) && !intentReported(words, index) && !lawfulRemoval(words, index, group)) predicate = index;
      // The conspiracy said of a people: "Jews run the banks and the media", "Jews control the world".
      // (The antisemitic trope only: "women run the world" is a song, "immigrants run the economy" a claim.)
      else if (index > group && index <= group + 2 && CONSPIRED.has(words.text(group)) && CONTROLLING.has(small(words, index)) && (index === group + 1 || small(words, group + 1) === 'all' || small(words, group + 1) === 'people')) predicate = controlled(words, index);
    }
    // "migrants are not welcome here", "gays don't belong": exclusion, said with a negator.
    const excluded = anyIn(words, group + 1, group + 5, EXCLUDER);
    // And "less than human": "these migrants are less than human" ("no less than human" is not).
    const lessThan = excluded >= 0 && words.text(excluded - 1) === 'than' && words.text(excluded - 2) === 'less';
    if (predicate < 0 && excluded >= 0 && (lessThan ? !words.has(excluded - 3, NEGATOR) : anyIn(words, group + 1, excluded - 1, NEGATOR) >= 0)) predicate = excluded;
    else if (predicate < 0) continue;
    const low = Math.min(group, predicate);
    const high = Math.max(group, predicate);
    // (A negator inside a relative clause after the group is the clause's: "Women who don't have
    // children are worthless" says what those women are.)
    const negatedFrom = predicate > group && RELATIVES.has(words.text(group + 1)) ? lastCopula(words, group + 2, predicate - 1) : low + 1;
    if (predicate !== excluded && anyIn(words, negatedFrom, high - 1, NEGATOR) >= 0) continue;
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
    if ((hypothesis >= 0 && words.text(hypothesis) !== 'when' && !proposal) || sayingReported(words, low, text)) continue;
    found.push(severe(words, low, high, 'identity-attack', 'group-attack', `${words.text(group)} … ${words.text(predicate)}`));
    group = high;
  }
  return found;
}

/** Words that open a clause before a gerund that is its subject ("..., but blaming migrants for it is lazy politics"). */
const GERUND_CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'because', 'though', 'although', 'while', 'whereas', 'or']);

/**
 * Whether the group at word `group` is the object of an -ing word that opens its clause ("Blaming
 * migrants ...", "Demonising Muslims ...", "The policy is a mess, but blaming migrants for it is lazy").
 */
function gerundObject(words: Words, group: number, text: string): boolean {
  const verb = words.known(group - 1) === 'the' ? group - 2 : group - 1;
  const word = small(words, verb);
  return word.length > 5 && word.endsWith('ing') && (startsSentence(words, verb, text) || GERUND_CLAUSE_OPENERS.has(small(words, verb - 1)));
}

/** Where the last copula from `from` to `to` stands ("who don't have children | are worthless"), or `from`. */
function lastCopula(words: Words, from: number, to: number): number {
  for (let index = to; index >= from; index--) if (words.has(index, BE_WORD)) return index;
  return from;
}

/**
 * The dehumanizing word said of "people" at word `people` ("These people are animals", "those people
 * are rats, not refugees"): right after its copula (or "all"), ending its clause; -1 otherwise ("these
 * people are animal lovers").
 */
function saidOfPeople(words: Words, people: number, text: string): number {
  if (!words.has(people + 1, BE_WORD)) return -1;
  const at = words.known(people + 2) === 'all' || words.known(people + 2) === 'just' ? people + 3 : people + 2;
  const dehumanizing = words.has(at, DEHUMANIZING_NOUN) || ANIMALS.has(words.known(at) ?? '');
  return dehumanizing && clauseEndsAfter(words, at, text) ? at : -1;
}

/** Modals before a copula ("can be", "may be"): its subject is no complement of the group after it. */
const BEFORE_BE = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'must', 'should', 'cannot', 'cant']);

/** Animals people are called when called no people ("these people are animals"). */
const ANIMALS = new Set(['animals', 'rats', 'pigs', 'apes', 'monkeys', 'dogs', 'insects', 'beasts', 'cockroaches', 'roaches', 'snakes', 'hogs', 'cows']);

/** Words before "immigrants" that name a legal status, not who people are. */
const STATUS = new Set(['illegal', 'undocumented', 'unlawful']);
/** Removal by law: the remedy argued for a legal status. */
const REMOVALS = new Set(['deport', 'deported', 'deportation', 'deporting', 'removed']);

/**
 * Whether the harm at word `index` is removal by law of people named by their legal status: a
 * policy argued, not an attack ("Illegal immigrants should be deported", "Deport all illegal
 * immigrants who commit violent crimes"); "Illegal immigrants should be shot" is one.
 */
function lawfulRemoval(words: Words, index: number, group: number): boolean {
  return REMOVALS.has(words.known(index) ?? '') && STATUS.has(words.text(group - 1));
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

/** Dehumanizing nouns for people who also act in the news, and `property` ("Chinese property developers"): a stereotype only after a copula. */
const STEREOTYPES = new Set(['nazis', 'terrorists', 'criminals', 'rapists', 'pedophiles', 'paedophiles', 'predators', 'molesters', 'dealers', 'thieves', 'murderers', 'drunks', 'property',
  'scammers', 'pickpockets', 'crooks', 'liars', 'cheats', 'beggars', 'freeloaders', 'spongers', 'scroungers', 'thugs']);

/** The people the conspiracy tropes name. */
const CONSPIRED = new Set(['jews', 'jew', 'jewish', 'zionists', 'zionist', 'jewry']);
/** Verbs of the conspiracy tropes said of a people ("Jews control the media"). */
const CONTROLLING = new Set(['control', 'controls', 'run', 'runs', 'own', 'owns', 'rule', 'rules']);
/** What a people is said to control in those tropes. */
const CONTROLLED = new Set(['media', 'banks', 'world', 'government', 'governments', 'money', 'hollywood', 'press', 'fed', 'everything', 'finance', 'economy', 'news']);

/** The thing controlled right after the verb at `verb` ("the media", "everything"), or -1. */
function controlled(words: Words, verb: number): number {
  const object = small(words, verb + 1) === 'the' ? verb + 2 : verb + 1;
  return CONTROLLED.has(small(words, object)) ? object : -1;
}

/** Vices and threats pinned on a group as what it is, only as the complement of its copula (see complementOf). */
const COMPLEMENTS = new Set(['greedy', 'violent', 'criminal', 'drain', 'burden', 'invasion', 'slobs']);
/** Words between a copula and its complement ("are all greedy", "is a criminal", "are just so violent"). */
const FILLERS = new Set(['a', 'an', 'all', 'just', 'so', 'very', 'really', 'too', 'naturally', 'inherently', 'always', 'mostly', 'such', 'nothing', 'but']);

/**
 * Whether the word at `index` is what the group at `group` is said to be: a copula (or "they're") at
 * most three words after the group, then at most two FILLERS, then the word.
 */
function complementOf(words: Words, group: number, index: number): boolean {
  let at = index - 1;
  while (at > group && FILLERS.has(words.text(at)) && index - at <= 2) at--;
  return at > group && at - group <= 3 && copula(words, at) && !RELATIVES.has(words.text(group + 1));
}

/** Whether word `index` is a copula, or "they're" taking the group up again ("Sikhs, Muslims, whatever, they're all terrorists"). */
function copula(words: Words, index: number): boolean {
  return words.has(index, BE_WORD) || words.text(index) === 'theyre';
}

/** Whether a copula (copula) stands among words [from, to]. */
function copulaBetween(words: Words, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (copula(words, index)) return true;
  return false;
}

/** Pronouns that open a relative clause after a group word ("men who are ..."). */
const RELATIVES = new Set(['who', 'that', 'which', 'whom']);
/** Words of hatred, an attack only as a verb aimed at the group (see hatesGroup). */
const HATRED = new Set(['hate', 'hates']);
/** What a group is called when it is said to be made of hatred ("Islam is a religion of hate"). */
const CREEDS_OF_HATE = new Set(['religion', 'cult', 'ideology', 'culture', 'faith', 'book']);
