/**
 * People a comment points at or does something to: the nouns of people pointed at ("this guy", "that
 * smug celebrity chef"), the words that point, and whom a harm is done to. Shared by the threat, harm
 * wish, self-harm and sexual grammars.
 */
import { GROUP, OPINION, PERSON, REPORTER, SUBJECT, startsSentence, small, type Words } from './words.js';

/**
 * Whom such a harm is done to: the reader or a person spoken of (also whom a threat of "we'll" is made
 * to, not "them", a team as often, and whom sexual.ts bends over).
 */
export const HARMED_OBJECTS = new Set(['you', 'u', 'ya', 'him', 'her']);

/**
 * Nouns of a person or people pointed at in a harm wish ("hope this guy gets mugged"): fewer than
 * grammar.ts PERSON_NOUNS, which also names peoples and cultures ("I hope the culture of secrecy dies").
 */
export const POINTED_PEOPLE = new Set([
  'guy', 'guys', 'man', 'men', 'woman', 'women', 'dude', 'dudes', 'lady', 'person', 'people', 'kid', 'kids', 'boy', 'girl', 'idiot', 'clown', 'moron', 'loser',
  // People in the news or on the thread ("I hope the mayor gets hit by a bus").
  'mayor', 'councillor', 'councilor', 'minister', 'president', 'senator', 'governor', 'judge', 'cop', 'officer', 'reporter', 'journalist', 'author', 'writer', 'ref', 'referee', 'boss', 'neighbour', 'neighbor', 'landlord', 'politician', 'bastard', 'prick', 'scumbag', 'jerk', 'bitch',
  'ceo', 'chairman', 'owner', 'manager', 'coach', 'player', 'singer', 'actor', 'actress', 'presenter', 'host', 'editor', 'columnist', 'priest', 'teacher',
  'striker', 'keeper', 'goalkeeper', 'goalie', 'captain', 'umpire', 'linesman', 'pundit', 'commentator', 'anchor', 'rapper', 'comedian', 'influencer', 'streamer', 'candidate', 'mp', 'king', 'queen', 'prince', 'princess',
  // (More roles and trades: "I hope the reviewer falls", "that smug celebrity chef deserves to burn".)
  'chef', 'reviewer', 'critic', 'cyclist', 'driver', 'motorist', 'pilot', 'developer', 'builder', 'contractor', 'plumber', 'mechanic', 'scammer', 'fraudster', 'thief', 'burglar', 'crook', 'vet', 'doctor', 'nurse', 'surgeon', 'dentist', 'lawyer', 'solicitor', 'banker',
  'landlady', 'tenant', 'councilwoman', 'councilman', 'congressman', 'congresswoman', 'sheriff', 'chancellor', 'spokesman', 'spokeswoman', 'founder', 'billionaire', 'millionaire', 'director', 'executive', 'producer', 'broadcaster', 'newsreader', 'blogger', 'vlogger', 'youtuber', 'moderator', 'mod', 'admin', 'troll', 'commenter', 'poster',
  'quarterback', 'pitcher', 'defender', 'midfielder', 'winger', 'chairwoman', 'official', 'policeman', 'soldier', 'protester', 'protestor', 'activist', 'celebrity', 'star', 'popstar', 'fella', 'bloke', 'lad', 'chap', 'teenager', 'customer', 'seller', 'employer', 'cashier', 'waiter', 'waitress', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex',
  'cow', 'witch', 'creep', 'pervert', 'rapist', 'paedo', 'pedo', 'murderer', 'killer', 'terrorist', 'criminal', 'dealer',
  // (Roles met at work, in a service, a venue or a sport: "I'm going to kill the superintendent", "I will kill the first agent I see".)
  'superintendent', 'supervisor', 'foreman', 'agent', 'inspector', 'bailiff', 'steward', 'warden', 'guard', 'bouncer', 'doorman', 'receptionist', 'clerk', 'technician', 'engineer', 'electrician', 'landowner', 'farmer', 'gamekeeper',
  'principal', 'headteacher', 'headmaster', 'headmistress', 'lecturer', 'professor', 'tutor', 'instructor', 'trainer', 'examiner', 'invigilator', 'dean', 'registrar',
  'barrister', 'magistrate', 'prosecutor', 'witness', 'juror', 'vicar', 'pastor', 'imam', 'rabbi', 'bishop', 'preacher',
  'jockey', 'trainer', 'rider', 'cabbie', 'courier', 'postman', 'bartender', 'barman', 'barmaid', 'publican', 'caretaker', 'janitor', 'cleaner', 'paramedic', 'pharmacist', 'therapist', 'midwife', 'carer',
  'dj', 'contestant', 'judge', 'understudy', 'performer', 'drummer', 'guitarist', 'dancer', 'comic', 'organiser', 'organizer', 'promoter',
  'rambler', 'walker', 'jogger', 'runner', 'surfer', 'skater', 'biker', 'hunter', 'poacher', 'saboteur', 'angler', 'buyer', 'client', 'passenger', 'attendant', 'conductor', 'cyclist', 'neighbour', 'snitch', 'grass', 'traitor', 'apostate', 'heretic',
]);
/** Words that point at the person named after them ("this", "those", "every"). */
export const POINTING = new Set(['this', 'that', 'the', 'these', 'those', 'every']);
/** Words between a pointer and its noun that the pointer still points through ("the next bailiff who"). */
const ORDINALS = new Set(['next', 'first', 'last', 'other', 'only']);
/** Sides beaten in play, which "who" may follow too ("we'll destroy the team who beat us"). */
const SIDES = new Set(['team', 'teams', 'side', 'sides', 'club', 'clubs', 'squad', 'squads', 'lot', 'crew', 'outfit', 'opposition', 'opponents', 'opponent']);
/** "any" and "every", before a noun "who" follows ("any journalist who"). */
const ANY = new Set(['any', 'every']);

/**
 * The first word from `from` to `to` that names a person pointed at ("this guy", "that woman", "these
 * people"; with up to two words the grammar does not know between, "that smug celebrity chef"; any
 * noun "who" follows, "the next bailiff who knocks", "any inspector who"), or -1.
 */
export function pointedPerson(words: Words, from: number, to: number): number {
  for (let index = Math.max(1, from); index <= Math.min(words.length - 1, to); index++) {
    // (Or many of them: "hope the protesters get beaten".)
    const word = words.text(index);
    // (Or any noun "who" follows: "the next bailiff who knocks", "any tax inspector who comes here".)
    const relative = index + 1 < words.length && (words.text(index + 1) === 'who' || words.text(index + 1) === 'whom') && !SIDES.has(word);
    if (!relative && !POINTED_PEOPLE.has(word) && !(word.endsWith('s') && POINTED_PEOPLE.has(word.slice(0, -1)))) continue;
    for (let pointer = index - 1; pointer >= Math.max(0, index - 3); pointer--) {
      if (POINTING.has(words.text(pointer)) || (relative && pointer < index - 1 && ANY.has(words.text(pointer)))) return index;
      // ("the next bailiff", "the first idiot", "any other journalist".)
      if (ORDINALS.has(words.text(pointer))) continue;
      if (words.known(pointer) !== undefined) break;
    }
  }
  return -1;
}

/**
 * The subject a relative clause names, opening it up to `reach` words before word `index` in its
 * sentence: "whoever" ("Whoever built this app should die", "Whoever parked across the school gates
 * is ...") or a word of `openers` before "who" ("Anyone who spoils the finale deserves to get shot");
 * -1 for none. Not "who" asked ("Who should die next?"); where what follows may be said or thought by
 * the clause's own subject (`saying`: a wish), not past a subject, a group, a person or a verb of
 * saying or thinking ("the same people who think gays should be executed").
 *
 * @example
 * relativeSubject(words, 5, text, new Set(['anyone']), 12, true); // 0 in "Whoever built this app should die"
 */
export function relativeSubject(words: Words, index: number, text: string, openers: ReadonlySet<string>, reach: number, saying: boolean): number {
  for (let at = index - 1; at >= Math.max(0, index - reach); at--) {
    const word = small(words, at);
    if (word === 'whoever') return at;
    if (word === 'who' && at > 0 && openers.has(small(words, at - 1))) return at - 1;
    if (saying && (words.has(at, REPORTER) || words.has(at, OPINION) || words.has(at, GROUP) || words.has(at, PERSON) || words.has(at, SUBJECT))) return -1;
    if (startsSentence(words, at, text)) return -1;
  }
  return -1;
}
