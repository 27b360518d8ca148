/**
 * Where a lexicon match stands among the words around it: aimed at the reader, negated, reported or
 * unaimed (insults), said of the reader's words, exclaimed, a slur mentioned rather than used
 * (masked, chanted, after "called a"), a threat negated or with the reader for subject.
 */
import { HIDING } from '../../text/leet.js';
import { lettersReferenced } from '../../text/source-looks.js';
import { CALLING, READERS_WORDS } from './grammar.js';
import { adjectival, insideQuotes } from './setting.js';
import { relativeSubject } from './people.js';
import { BE_WORD, DETERMINER, INTENSIFIER, LAUGHTER, MODAL, NEGATING_SUBJECT, NEGATOR, OPINION, REPORTED, REPORTER, SECOND, Words, YOU_ARE_WORD, YOU_WORD, anyIn, clauseBetween, clauseEndsAfter, sentenceBetween, small, startsSentence, wordIs } from './words.js';

/**
 * Whether a negated opinion or saying stands up to `reach` words before word `index`, in its clause:
 * "I don't think | you're an idiot", "nobody is saying | you are a ..." ("don't say that, you idiot"
 * is an insult).
 *
 * @example
 * negatedOpinion(words, 4, 3, "I don't think you're an idiot"); // true
 */
export function negatedOpinion(words: Words, index: number, reach: number, text: string): boolean {
  const opinion = anyIn(words, index - reach, index - 1, OPINION);
  return opinion >= 0 && anyIn(words, opinion - 3, opinion - 1, NEGATOR | NEGATING_SUBJECT) >= 0 && !clauseBetween(words, opinion, index, text);
}

/**
 * Whether the insult at word `first` is said of the reader's words, not the reader: "your" (the only
 * word for the reader near it, at `you`), one of READERS_WORDS, a copula and the insult ("Your
 * argument is idiotic and ignores every study").
 */
function saidOfReadersWords(words: Words, you: number, first: number): boolean {
  if (words.known(you) !== 'your' && words.known(you) !== 'ur') return false;
  if (!READERS_WORDS.has(words.known(you + 1) ?? '') || !words.has(you + 2, BE_WORD)) return false;
  if (first !== you + 3 && !(first === you + 4 && words.has(you + 3, INTENSIFIER | DETERMINER))) return false;
  return anyIn(words, you + 1, first + 5, SECOND) < 0 && anyIn(words, first - 5, you - 1, SECOND) < 0;
}

/**
 * Whether the insult at word `first` is said of words pointed at, after a copula, with no word for
 * the reader from the pointer on: "Don't let anyone tell you that question was dumb", "you know the
 * argument is stupid".
 */
function saidOfWordsPointedAt(words: Words, first: number): boolean {
  const be = words.has(first - 1, INTENSIFIER | DETERMINER) ? first - 2 : first - 1;
  if (!(words.has(be, BE_WORD) || wordIs(words, be, 'was')) || !READERS_WORDS.has(words.known(be - 1) ?? '')) return false;
  const pointer = small(words, be - 2);
  return (pointer === 'that' || pointer === 'this' || pointer === 'the') && anyIn(words, be - 2, first + 3, SECOND) < 0;
}

/**
 * Whether a threat phrase aimed at the reader (a word for the reader inside it) has the reader for
 * its subject, "you" right before it: "Do you know where you live relative to the flood zone?".
 *
 * @example
 * readerDoesIt(words, 2, 5); // true for "know where you live" in "Do you know where you live?"
 */
export function readerDoesIt(words: Words, first: number, last: number): boolean {
  return words.has(first - 1, YOU_WORD) && anyIn(words, first, last, SECOND) >= 0;
}

/**
 * Whether a match's text holds a character that hides a letter (leet.ts's HIDING): "n****r",
 * "f--got"; not inside a numeric reference that spells the letter ("b&#101;aners").
 *
 * @example
 * masked('n****r'); // true
 */
export function masked(text: string): boolean {
  const shown = lettersReferenced(text);
  for (let index = 0; index < shown.length; index++) if (HIDING.includes(shown.charAt(index))) return true;
  return false;
}

/** Verbs of chanting, shouting or writing words down: what follows them is reported ("Fans chanted sieg heil"). */
const CHANTING = new Set(['chanted', 'chanting', 'chant', 'chants', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'sang', 'singing', 'wrote', 'painted', 'scrawled', 'sprayed', 'daubed', 'tweeted', 'posted', 'graffiti']);

/**
 * Whether a verb of chanting or writing stands up to three words before word `index` ("Fans chanted sieg heil at the match").
 *
 * @example
 * chantedBefore(words, 2); // true for "sieg" in "Fans chanted sieg heil"
 */
export function chantedBefore(words: Words, index: number): boolean {
  for (let before = Math.max(0, index - 3); before < index; before++) if (CHANTING.has(words.text(before))) return true;
  return false;
}

/** Whom someone is called a name ("called me a ...", "calling him a ..."). */
const CALLED_OBJECTS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'my', 'his', 'the']);
/** People named with a word in the plural, no article between ("calling people faggots"). */
const CALLED_PEOPLE = new Set(['people', 'them', 'us', 'others', 'folks', 'kids', 'women', 'men', 'players', 'fans']);
/** Words that name the word after them as a word ("the word retard", "the slur faggot"): mentioned, not used. */
const NAMING = new Set(['word', 'term', 'slur', 'insult', 'epithet']);

/**
 * Whether the term at word `index` is named as a word: "the word retard", "the slur faggot".
 *
 * @example
 * namedAsWord(words, 2); // true for "retard" in "The word retard is offensive"
 */
export function namedAsWord(words: Words, index: number): boolean {
  return NAMING.has(small(words, index - 1)) && small(words, index - 2) === 'the';
}

/**
 * Whether "called (someone) a/an" or "called" stands right before word `index`: "was called a
 * ...", "they called him a ...", "calling the victim a ..." (the person named by "the" one word),
 * "sticks called faggots".
 *
 * @example
 * calledBefore(words, 3); // true for "faggot" in "Being called a faggot"
 */
export function calledBefore(words: Words, index: number): boolean {
  // "Bundles of sticks called faggots": a name given, in the plural, without an article.
  if (CALLING.has(words.text(index - 1))) return true;
  // "Calling people faggots", "they called them idiots": people named so, in the plural.
  if (CALLING.has(words.text(index - 2)) && CALLED_PEOPLE.has(words.text(index - 1))) return true;
  if (words.known(index - 1) !== 'a' && words.known(index - 1) !== 'an') return false;
  if (CALLING.has(words.text(index - 2))) return true;
  if (CALLING.has(words.text(index - 3)) && CALLED_OBJECTS.has(words.text(index - 2))) return true;
  return CALLING.has(words.text(index - 4)) && CALLED_OBJECTS.has(words.text(index - 3));
}

/**
 * Whether the insult at words `first`-`last` is exclaimed of someone: "what a/an" up to three words
 * before it, in its sentence, which it ends, laughter aside ("What an absolute moron.", "what a
 * spineless weasel", "what a loser lol"; not "what a moron would say is ...").
 */
function exclaimed(words: Words, first: number, last: number, text: string): boolean {
  // (Laughter after it ends nothing: "what a loser lol".)
  let end = last;
  while (end + 1 < words.length && LAUGHTER.test(words.text(end + 1)) && !startsSentence(words, end + 1, text)) end++;
  if (!clauseEndsAfter(words, end, text)) return false;
  for (let what = first - 2; what >= Math.max(0, first - 5); what--) {
    if (words.known(what) === 'what' && (words.known(what + 1) === 'a' || words.known(what + 1) === 'an')) return !clauseBetween(words, what, first, text);
  }
  return false;
}

/**
 * Whether "imagine being" stands before the insult at `first`, with only determiners and words of
 * degree between: "Imagine being this stupid", "imagine being such a loser" (said to the reader
 * without naming them).
 */
export function imaginedBeing(words: Words, first: number): boolean {
  for (let index = first - 1; index >= Math.max(1, first - 4); index--) {
    if (small(words, index) === 'being') return small(words, index - 1) === 'imagine';
    if (!words.has(index, DETERMINER | INTENSIFIER) && !DEGREE.has(small(words, index)) && small(words, index) !== 'such') return false;
  }
  return false;
}

/**
 * How an insult is placed: aimed at the reader, negated, reported, or unaimed.
 *
 * @example
 * placement(words, 3, 3, 'you are an idiot'); // 'aimed'
 */
export function placement(words: Words, first: number, last: number, text: string, quotes: readonly number[] = []): 'aimed' | 'negated' | 'reported' | 'unaimed' {
  const you = readerOutsideQuotes(words, first - 5, last + 3, quotes);
  const negator = anyIn(words, first - 3, first - 1, NEGATOR);
  const reporter = anyIn(words, first - 4, first - 1, REPORTER);
  // ("Stop calling me names, you moron": an insult said to "you" after the clause is the writer's
  // own; "call her a hoe, bitch, slut" is a list of what was called.)
  if (reporter >= 0 && anyIn(words, reporter + 1, reporter + 2, REPORTED) >= 0 && !(clauseBetween(words, reporter, first, text) && anyIn(words, reporter + 3, first - 1, SECOND) >= 0)) return 'reported';
  if (reporter >= 0 && calledByOthers(words, reporter)) return 'reported';
  // ("Reporting a user who called my son a retard", "she called his mum a cow": someone named by
  // whose they are; not the reader's, "calling your mum a slag".)
  if (reporter >= 0 && CALLING.has(small(words, reporter)) && OTHERS_OWN.has(small(words, reporter + 1)) && reporter + 3 <= first && ARTICLE.has(small(words, reporter + 3))) return 'reported';
  if (you >= 0 && negator >= 0 && negator > Math.min(you, first)) return 'negated';
  // "You're anything but pathetic", "Far from a loser, you're ...": denied as a negator denies it.
  if (deniedBefore(words, first)) return 'negated';
  if (you >= 0 && negatedOpinion(words, first, 5, text)) return 'negated';
  if (you >= 0 && (saidOfReadersWords(words, you, first) || saidOfWordsPointedAt(words, first))) return 'unaimed';
  if (you >= 0) return 'aimed';
  if (toldToStop(words, first, text) >= 0) return 'aimed';
  const participant = participantBefore(words, first, text);
  if (participant >= 0) return negator > participant ? 'negated' : 'aimed';
  if (writerNamedAfter(words, last, text)) return negator >= 0 ? 'negated' : 'aimed';
  if (exclaimed(words, first, last, text) || imaginedBeing(words, first)) return 'aimed';
  if (words.length <= 3 || vocative(words, first, last, text)) return 'aimed';
  return 'unaimed';
}

/** Whose someone called a name is, not the reader's: "called my son a ...", "calling his wife a ...". */
const OTHERS_OWN = new Set(['my', 'his', 'her', 'their', 'our', 'the', 'this', 'that']);
const ARTICLE = new Set(['a', 'an']);

/** Who may call the reader names, not the writer ("anyone who calls you a loser", "they call you ..."). */
const OTHER_CALLERS = new Set(['who', 'he', 'she', 'they', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'everyone', 'others', 'trolls']);
/** Words of an apology for what was said ("Sorry for calling you an idiot"). */
const APOLOGIES = new Set(['sorry', 'apologise', 'apologize', 'apologies', 'apology', 'regret']);

/**
 * Whether the reporting verb at `reporter`, said to the reader ("calls you a ..."), reports someone
 * else calling them so, or the writer taking it back: "Anyone who calls you a loser hasn't seen your
 * garden", "Sorry for calling you an idiot"; not "I call you a moron", "you moron".
 */
function calledByOthers(words: Words, reporter: number): boolean {
  // (A verb of calling a name: not "who told you that ...".)
  if (!CALLING.has(small(words, reporter))) return false;
  const object = small(words, reporter + 1);
  if (object !== 'you' && object !== 'u') return false;
  if (OTHER_CALLERS.has(small(words, reporter - 1))) return true;
  for (let index = reporter - 1; index >= Math.max(0, reporter - 5); index--) if (APOLOGIES.has(small(words, index))) return true;
  return false;
}

/**
 * The first word for the reader from `from` to `to`, or -1; not one inside quotation marks (`quotes`,
 * quotePositions), which is said to someone else ('Trolls told her to "kill yourself", which is
 * disgusting').
 */
function readerOutsideQuotes(words: Words, from: number, to: number, quotes: readonly number[]): number {
  let you = anyIn(words, from, to, SECOND);
  while (you >= 0 && quotes.length > 0 && insideQuotes(quotes, words.start[you] as number)) you = anyIn(words, you + 1, to, SECOND);
  return you;
}

/**
 * Whether "anything but" or "far from (a)" stands right before word `first`: the word is denied
 * ("You're anything but pathetic", "Far from a loser, you're the best we have").
 */
function deniedBefore(words: Words, first: number): boolean {
  if (small(words, first - 2) === 'anything' && small(words, first - 1) === 'but') return true;
  const from = small(words, first - 1) === 'a' || small(words, first - 1) === 'an' ? first - 2 : first - 1;
  return small(words, from) === 'from' && small(words, from - 1) === 'far';
}

/** Words that call someone before naming them: "Hey dipshit", "Listen, moron", "Oi idiot". */
const CALLING_OUT = new Set(['hey', 'oi', 'yo', 'listen', 'look', 'ok', 'okay', 'dear']);

/**
 * Whether the word or words [first, last] stand between two clauses of two words or more each, the
 * second opening as a clause does (the words before and after are no items of a list: "Read the
 * article again, dimwit, it says ..."; not "Loud, stupid, stubborn", "She a hoe, slut, o…").
 */
function inClauses(words: Words, first: number, last: number, text: string): boolean {
  return first >= 2 && last + 2 < words.length && !clauseBetween(words, first - 2, first - 1, text) && !clauseBetween(words, last + 1, last + 2, text) && CLAUSE_OPENERS.has(small(words, last + 1));
}

/** Words that open the clause after a vocative: "..., dimwit, it says ...", "..., idiot, read it again". */
const CLAUSE_OPENERS = new Set(['it', 'you', 'u', 'i', 'we', 'they', 'he', 'she', 'this', 'that', 'there', 'your', 'ur', 'read', 'go', 'get', 'stop', 'learn', 'try', 'look', 'please', 'just', 'do', 'dont', 'nobody', 'no', 'leave', 'who', 'what', 'why', 'how', 'shut', 'grow', 'move', 'keep']);

/** Words that go on with a list after a comma ("drunks, idiots, and thugs"). */
const LISTING = new Set(['and', 'or', 'nor', 'etc', 'plus']);

/** Commands of two words a vocative may follow with no comma: "calm down crybaby", "grow up loser". */
const TOLD_OFF = new Set(['calm down', 'sit down', 'settle down', 'simmer down', 'shut up', 'grow up', 'wake up', 'man up', 'get lost', 'go away', 'back off', 'chill out', 'cry more', 'piss off', 'bugger off', 'sod off', 'clear off', 'move on', 'get over']);

/**
 * Whether the insult at words [first, last] is a vocative set off by a comma at the start or end of
 * its sentence, or after a word that calls someone: said to someone ("Chavez is 5 for 21, dumbass.",
 * "Moron, read it again", "Sit down, clown. Adults are talking.", "Hey dipshit, read it").
 *
 * @example
 * vocative(words, 2, 2, 'Sit down, clown. Adults are talking.'); // true
 */
export function vocative(words: Words, first: number, last: number, text: string): boolean {
  const after = text.slice((words.end[last] as number), (words.end[last] as number) + 2);
  // After a word that calls someone, opening its sentence, and set off after: "Hey dipshit, read the
  // article" (not "Look, idiots are everywhere").
  if (first >= 1 && CALLING_OUT.has(words.text(first - 1)) && (first === 1 || sentenceBetween(words, first - 2, first - 1, text)) && (last === words.length - 1 || /^\s*[,.!?:;]/.test(after))) return true;
  // Right after a command of two words opening its sentence, the insult ending its clause: "calm down
  // crybaby, it's just a game", "Sit down idiots", "grow up loser" (not "calm down clown show").
  if (first >= 2 && TOLD_OFF.has(`${small(words, first - 2)} ${small(words, first - 1)}`) && startsSentence(words, first - 2, text) && clauseEndsAfter(words, last, text)) return true;
  const before = text.slice(Math.max(0, (words.start[first] as number) - 3), (words.start[first] as number));
  // (A mark that ends the sentence before counts only at the comment's end: "Disgusting! Absolutely
  // disgusted" holds no vocative.)
  if (last >= words.length - 2 ? /[,:;!-]\s*$/.test(before) : sentenceBetween(words, last, last + 1, text) && /[,:;-]\s*$/.test(before)) return true;
  // Set off by commas in the middle of a sentence, one word and no list: "Read the article again,
  // dimwit, it says the opposite" (not "drunks, idiots, and thugs", "liars, idiots, cowards").
  if (first === last && /,\s*$/.test(before) && /^\s*,/.test(after) && !LISTING.has(small(words, last + 1)) && text.charCodeAt((words.end[last] as number) - 1) !== 115 && inClauses(words, first, last, text) && !adjectival(words.text(first))) return true;
  // (An exclamation mark after it only at the comment's start: in the middle of a comment, a word
  // and "!" are said of a thing as often. Not an adjective before a clause: "Vile, and I hope they
  // find whoever sent them" exclaims at what was told, it calls no one; "Stupid, smug and useless."
  // lists what someone is.)
  if (first === last && adjectival(words.text(first)) && EXCLAIMED_BEFORE.has(small(words, last + 1))) return false;
  if (first === 0) return /^\s*[,:!]/.test(after);
  return sentenceBetween(words, first - 1, first, text) && /^\s*[,:]/.test(after);
}

/** Words that open a clause after an exclaimed adjective and a comma ("Vile, and I hope ..."). */
const EXCLAIMED_BEFORE = new Set(['and', 'but', 'so', 'i', 'im', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'it', 'its', 'this', 'that', 'thats', 'what', 'how', 'the', 'we', 'who', 'whoever', 'whatever']);

/** Verbs of behaving after "stop" or "quit" in a command: "Stop acting like a bitch". */
const BEHAVING = new Set(['being', 'acting', 'behaving', 'sounding']);

/**
 * The index of the command opening its sentence that tells someone to stop being the insult at
 * `first` ("Stop acting like a bitch.", "Quit being such an idiot"): the insult is said to the one
 * told, as to the reader. Up to four words before the insult; -1 where there is none.
 *
 * @example
 * toldToStop(words, 4, 'Stop acting like a bitch.'); // 0
 */
export function toldToStop(words: Words, first: number, text: string): number {
  for (let at = first - 1; at >= Math.max(1, first - 4); at--) {
    if (!BEHAVING.has(words.text(at))) continue;
    const verb = words.text(at - 1);
    return (verb === 'stop' || verb === 'quit') && startsSentence(words, at - 1, text) ? at - 1 : -1;
  }
  return -1;
}

/** Verbs that attribute what was just written to someone after it: "..., the sheriff warned." */
const ATTRIBUTING = new Set(['said', 'says', 'warned', 'warns', 'joked', 'jokes', 'told', 'wrote', 'writes', 'added', 'claimed', 'claims', 'tweeted', 'posted', 'insisted', 'replied', 'quipped', 'shouted', 'yelled', 'threatened']);
/** Subjects of an attribution that make the words the writer's own ("..., I said."). */
const WRITER = new Set(['i', 'we']);

/**
 * Whether the words up to `last` are attributed to someone else after a comma at the end of their
 * sentence: "Police will hunt you down if you skip bail, the sheriff warned.", "He should be shot
 * for treason, one congressman said in 1950." The attribution is at most five words after the comma,
 * with its verb among them; not the writer's own ("..., I said.").
 *
 * @example
 * attributedAfter(words, 3, 'I will kill you, he said.'); // true (word 3, "you")
 */
export function attributedAfter(words: Words, last: number, text: string): boolean {
  for (let at = last + 1; at < words.length && at <= last + 12; at++) {
    if (sentenceBetween(words, at - 1, at, text)) return false;
    // (startsSentence: after a comma, semicolon or colon too.)
    if (!startsSentence(words, at, text)) continue;
    // The clause after the comma, up to the next clause: it must end the sentence.
    let end = at;
    while (end + 1 < words.length && !startsSentence(words, end + 1, text)) end++;
    if (end + 1 < words.length && !sentenceBetween(words, end, end + 1, text)) continue;
    if (end - at > 4) return false;
    for (let verb = at; verb <= end; verb++) {
      if (ATTRIBUTING.has(words.text(verb))) return !WRITER.has(words.text(verb - 1));
    }
    return false;
  }
  return false;
}

/** What a participant wrote, naming them: "the author of this article", "the writer of that piece". */
const WRITINGS = new Set(['article', 'piece', 'column', 'post', 'story', 'comment', 'blog', 'op-ed', 'editorial', 'rubbish', 'drivel', 'garbage', 'nonsense']);
/** Words for the people taking part in the conversation: the article's writer and the commenters. */
const PARTICIPANTS = new Set(['author', 'authors', 'writer', 'op', 'poster', 'posters', 'commenter', 'commenters', 'columnist', 'editor', 'editors',
  // (Whoever made what the comments are under: "this youtuber is a talentless hack", "the reviewer is clueless".)
  'blogger', 'vlogger', 'youtuber', 'uploader', 'reviewer', 'journalist', 'reporter', 'streamer', 'mods', 'moderators', 'moderator', 'admins']);

/**
 * The index of a word for a participant in the conversation that the insult at `index` is said of
 * ("the author is an idiot", "OP is a moron", "these commenters are idiots", "whoever wrote this is
 * a cretin", "whoever edited this video is a halfwit", "the person who wrote this is a moron", "the author of this article is a total idiot"): the subject of a copula up to four words
 * before the insult, in its clause; -1 where
 * there is none. The writer and the commenters take part as the reader does, unlike the people
 * in the news ("Trump is an idiot" stays an opinion of a public figure).
 *
 * @example
 * participantBefore(words, 4, 'the author is an idiot'); // 1
 */
export function participantBefore(words: Words, index: number, text: string): number {
  for (let be = index - 1; be >= Math.max(1, index - 4); be--) {
    if (!words.has(be, BE_WORD)) continue;
    if (clauseBetween(words, be, index, text)) return -1;
    // (The subject may be named with what it wrote: "the author of this article is ...".)
    const subject = be >= 4 && words.text(be - 3) === 'of' && WRITINGS.has(words.text(be - 1)) ? be - 4 : be - 1;
    if (PARTICIPANTS.has(words.text(subject)) && !clauseBetween(words, subject, be, text)) return subject;
    // ("Whoever wrote this is ...", "whoever edited this video is ...".)
    const made = READ.has(words.text(subject)) && (words.text(subject - 1) === 'this' || words.text(subject - 1) === 'that') ? subject - 1 : subject;
    // (Or "the person who wrote this is ...", "the guy who made this video is ...", "The editor who
    // approved that cartoon is ...".)
    const pointer = words.text(made);
    if (made >= 2 && (pointer === 'this' || (pointer === 'that' && made < subject)) && AUTHORING.has(words.text(made - 1)) && (words.text(made - 2) === 'whoever' || (words.text(made - 2) === 'who' && (MAKERS.has(words.text(made - 3)) || PARTICIPANTS.has(words.text(made - 3)))))) return made - 2;
    // (Or whoever did a thing, opening the clause: "Whoever parked across the school gates is a
    // complete idiot", "Anyone who rates this album below a nine is a total loser": someone of the
    // comment's own world, not a figure in the news.)
    return relativeSubject(words, be, text, ANYONE, 10, false);
  }
  return -1;
}

/** Words a relative "who" after them makes anyone at all ("anyone who", "anybody who"). */
const ANYONE = new Set(['anyone', 'anybody']);

/** Whoever is named by what they made: "the person who wrote this", "the guy who made this video". */
const MAKERS = new Set(['person', 'guy', 'man', 'woman', 'lady', 'bloke', 'fella', 'one', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'kid', 'dude']);

/** What a participant did to what is read: "who wrote this", "who posted that". */
const AUTHORING = new Set(['wrote', 'posted', 'published', 'commissioned', 'approved', 'reviewed', 'filmed', 'made', 'edited', 'uploaded', 'produced', 'directed', 'designed', 'runs', 'moderates', 'created', 'coded', 'built']);

/**
 * Whether the insult ending at `last` names the writer of what is read by what they did: "the idiot
 * who wrote this article", "the moron who posted this" (a participant, as "the author" is).
 *
 * @example
 * writerNamedAfter(words, 1, 'the idiot who wrote this article'); // true for "idiot"
 */
export function writerNamedAfter(words: Words, last: number, text: string): boolean {
  if (words.text(last + 1) !== 'who' || !AUTHORING.has(words.text(last + 2))) return false;
  const what = words.text(last + 3);
  if (what !== 'this' && what !== 'that') return false;
  // (This writing, or "this" alone before what is said of its writer: "who posted this should be
  // banned"; not "who wrote this kind of stuff", someone else.)
  const next = last + 4;
  return next >= words.length || clauseEndsAfter(words, last + 3, text) || READ.has(words.text(next)) || words.has(next, BE_WORD | MODAL);
}

/** What is read, that its writer is named by: "the idiot who wrote this article". */
const READ = new Set([...WRITINGS, 'review', 'video', 'thread', 'headline', 'tweet', 'report', 'game', 'crap', 'trash', 'tripe', 'junk', 'recipe', 'guide', 'page', 'list', 'podcast', 'site', 'website', 'forum', 'channel', 'mod', 'patch', 'update', 'app', 'cartoon', 'letter', 'segment', 'episode']);

/**
 * Whether a negator stands up to three words before word `index`, in its clause ("I won't kill
 * you", "never kill yourself"). Not "why don't you ..." nor "why not ...", which suggest what they
 * seem to negate, and not a negator that answers something else ("No, kys").
 *
 * @example
 * negatedBefore(words, 3, "I won't kill you"); // true for "kill"
 */
export function negatedBefore(words: Words, index: number, text: string): boolean {
  for (let negator = index - 1; negator >= Math.max(0, index - 3); negator--) {
    if (!words.has(negator, NEGATOR)) continue;
    // ("Can't wait to ..." is eagerness, no negation: "can't wait to dance on your grave".)
    return words.known(negator - 1) !== 'why' && words.text(negator + 1) !== 'wait' && !clauseBetween(words, negator, index, text);
  }
  return false;
}

/**
 * Whether a weak insult word at `index` ("crazy", "sick", "fat", "nobody": severity 1, ordinary words
 * as often as insults) is said of the reader: predicated ("you are so clueless", "you're a nobody",
 * "u r sick"), asked to a degree ("Are you really this thick?"), imagined to one ("Imagine being this
 * dense"), compared with the reader ("someone as
 * dense as you") or a vocative that ends its clause ("you liar!", "shut up, you hypocrite."). Near "you"
 * is not enough: "Are you sick of the traffic?", "you must be crazy busy", "Nobody knows what you mean".
 *
 * @example
 * weakAimed(words, 2, 'you are clueless'); // true
 */
export function weakAimed(words: Words, index: number, text: string): boolean {
  if (askedOfReader(words, index) || comparedToReader(words, index)) return true;
  // ("Imagine being this dense", to a degree; not "imagine being so thick about it".)
  if (DEGREE.has(small(words, index - 1)) && imaginedBeing(words, index) && !ABOUT_SOMETHING.has(small(words, index + 1))) return true;
  for (let before = index - 1; before >= Math.max(0, index - 4); before--) {
    if (words.has(before, YOU_ARE_WORD)) return true;
    // "you are", "you really are"
    if (words.has(before, BE_WORD) && (words.has(before - 1, YOU_WORD) || (words.has(before - 1, INTENSIFIER) && words.has(before - 2, YOU_WORD)))) return true;
    if (!words.has(before, DETERMINER | INTENSIFIER)) break;
  }
  return words.has(index - 1, YOU_WORD) && clauseEndsAfter(words, index, text);
}

/** Words after a weak word that make it a feeling about something: "imagine being this crazy about football". */
const ABOUT_SOMETHING = new Set(['about', 'of', 'at', 'with', 'for', 'in', 'on', 'to']);

/** Words of degree before a word asked of the reader: "are you this thick", "are you really so dense". */
const DEGREE = new Set(['this', 'that', 'so']);

/**
 * Whether the word at `index` is asked of the reader to a degree: "are you (really) this/that/so" right
 * before it ("Are you really this thick or just pretending?"); not "Are you sick of the traffic?"
 * (no degree), nor "are you that sick of it" (of something).
 */
function askedOfReader(words: Words, index: number): boolean {
  if (!DEGREE.has(small(words, index - 1)) || small(words, index + 1) === 'of') return false;
  const you = words.has(index - 2, INTENSIFIER) ? index - 3 : index - 2;
  return words.has(you, YOU_WORD) && words.has(you - 1, BE_WORD);
}

/** Writers who compare themselves with the reader ("I'm as crazy as you"), in fun as often. */
const COMPARING_SELF = new Set(['i', 'im', 'me', 'we', 'were', 'us']);

/**
 * Whether the word at `index` is compared with the reader: "as" before it and "as you" after
 * ("someone as dense as you"), not by the writer of themselves ("I'm as crazy as you").
 */
function comparedToReader(words: Words, index: number): boolean {
  return small(words, index - 1) === 'as' && small(words, index + 1) === 'as' && words.has(index + 2, YOU_WORD) && !COMPARING_SELF.has(small(words, index - 2)) && !COMPARING_SELF.has(small(words, index - 3));
}
