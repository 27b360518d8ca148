/**
 * How words are set in a comment, which changes what they say: inside quotation marks (reported),
 * as a title ("Eminem's Kill You"), or alone (a comment that is nothing but an insult).
 */
import { CALLING_CONTEMPT, isQuoteMark } from './grammar.js';
import type { LexiconMatch } from '../../lexicon/index.js';
import { clauseEndsAfter, LAUGHTER, PRAISE, sentenceBetween, small, startsSentence, stopAfter, tableMarks, type Words } from './words.js';

/**
 * Offsets of the quotation marks of a text, found once per comment.
 *
 * @example
 * quotePositions('he said "go" twice'); // [8, 11]
 */
export function quotePositions(text: string): number[] {
  let positions: number[] = [];
  let singles: number[] | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isQuoteMark(code)) positions.push(index);
    else if (code === 0x27 || code === 0x2018 || code === 0x2019) (singles ??= []).push(index);
  }
  // Quotes around the whole comment (some exports wrap every body in them) quote nothing.
  const first = text.search(/\S/);
  let last = text.length - 1;
  while (last > 0 && /\s/.test(text[last] as string)) last--;
  if (positions.length >= 2 && positions[0] === first && positions[positions.length - 1] === last) positions = positions.slice(1, -1);
  return singles === undefined ? positions : withSingleQuotes(text, positions, singles);
}

/**
 * The quote marks `positions` (ascending) with the pairs of the single quotes of `text` (at `singles`,
 * ascending) among them, in order: an opening one after white space, a bracket or the start and before a letter, closed by the
 * next one after a letter or punctuation and before anything but a letter ("the word 'retarded' is",
 * "shout 'I'll kill you' before"). An apostrophe inside a word ("I'll") is none; a closing one with
 * none open ("the teachers' union") and one open at a line's end are left; so are pairs inside double
 * quotes (their parity would undo the double quotes').
 */
function withSingleQuotes(text: string, positions: number[], singles: readonly number[]): number[] {
  const pairs: number[] = [];
  let open = -1;
  // Where the line of the open quote ends: found once per line (linear in the text).
  let lineEnd = -1;
  for (const index of singles) {
    // (One open at a line's end is left.)
    if (open >= 0 && index > lineEnd) open = -1;
    const before = index > 0 ? text.charCodeAt(index - 1) : 32;
    const after = index + 1 < text.length ? text.charCodeAt(index + 1) : 32;
    const letterBefore = isLetter(before);
    const letterAfter = isLetter(after);
    if (open < 0 && !letterBefore && letterAfter && (isSpace(before) || before === 40 || before === 91)) {
      open = index;
      if (lineEnd < index) {
        const lineBreak = text.indexOf('\n', index);
        lineEnd = lineBreak < 0 ? text.length : lineBreak;
      }
    } else if (open >= 0 && !letterAfter && (letterBefore || before === 46 || before === 33 || before === 63)) {
      if (!insideQuotes(positions, open)) pairs.push(open, index);
      open = -1;
    }
  }
  if (pairs.length === 0) return positions;
  return [...positions, ...pairs].sort((a, b) => a - b);
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * Whether an odd number of the quote marks at `quotes` (ascending) stand before `offset`: a binary
 * search, as a comment may hold thousands.
 *
 * @example
 * insideQuotes([8, 11], 9); // true
 */
export function insideQuotes(quotes: readonly number[], offset: number): boolean {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((quotes[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
}

/**
 * Whether words [first, last] are a title inside a sentence: two words or more, each capitalized,
 * written apart, the first not opening its sentence, small letters after the capitals, and a word
 * of the sentence in lower case ("Eminem's Kill You is from the Marshall Mathers LP", a song; not
 * "I said KILL YOU", shouted, "I Know Where You Live", every word capitalized, nor a hashtag's
 * words, "lol #IKnowWhereYouLive").
 *
 * @example
 * titled(words, 1, 2, "Eminem's Kill You is from the Marshall Mathers LP"); // true
 */
export function titled(words: Words, first: number, last: number, text: string): boolean {
  if (last === first || startsSentence(words, first, text)) return false;
  for (let index = first; index <= last; index++) {
    const code = text.charCodeAt(words.start[index] as number);
    if (code < 65 || code > 90) return false;
    if (index > first && !/\s/.test(text.slice(words.end[index - 1] as number, words.start[index] as number))) return false;
  }
  // (Shouting is all capitals: a title's words have small letters after their first.)
  const second = text.charCodeAt((words.start[first] as number) + 1);
  if (second < 97 || second > 122) return false;
  // A word of the same sentence in lower case: the sentence is not written in capitalized words.
  for (let index = first - 1; index >= 0 && !sentenceBetween(words, index, index + 1, text); index--) if (lowerCaseAt(words, index, text)) return true;
  for (let index = last + 1; index < words.length && !sentenceBetween(words, index - 1, index, text); index++) if (lowerCaseAt(words, index, text)) return true;
  return false;
}

function lowerCaseAt(words: Words, index: number, text: string): boolean {
  const code = text.charCodeAt(words.start[index] as number);
  return code >= 97 && code <= 122;
}

/** Words that open a sentence about the writer or report what was said: after them an insult sentence is no reply ("Idiot. I locked myself out"). */
const SELF_OPENERS = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'myself', 'thats', 'that', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'him', 'her', 'called', 'said']);

/** Insults that are adjectives ("stupid", "pathetic", "useless"), told by their endings and a few words. */
const ADJECTIVE = /(?:ic|less|ous|ful|able|ible|ed|ing|ish|id|y|est)$|^(?:dumb|vile|thick|dense|fat|sick|evil|insane|mental)$/;

/**
 * Whether an insult term is an adjective ("stupid", "worthless"): it may judge a thing as well as a
 * person ("Stupid. The game was stupid", "NFTs are worthless jpegs").
 *
 * @example
 * adjectival('worthless'); // true
 */
export function adjectival(term: string): boolean {
  return ADJECTIVE.test(term) && !NOUN_INSULTS.has(term);
}

/**
 * Insults that are nouns though they end as adjectives do: in "y" ("Numpty. Learn to count."; not
 * "pussy", said of things and acts as often), "id", "ic" or "ed" ("my brother-in-law is a
 * mongoloid", "what a lunatic", "this spastic can't even", "you dickweed").
 */
const NOUN_INSULTS = new Set(['numpty', 'dummy', 'ninny', 'wally', 'sissy', 'pansy', 'loony', 'looney', 'crybaby', 'hussy', 'floozy', 'fatty', 'druggy', 'junky', 'hillbilly', 'soyboy', 'donkey', 'monkey', 'mongoloid', 'lunatic', 'spastic', 'dickweed', 'dikhed', 'bastid', 'pric']);

/**
 * Whether the comment's first sentence (ended by ".", "!" or "?") is nothing but the insult at words
 * [first, last], as insultAlone counts words, and the comment goes on with no word about the writer
 * or someone else first: a reply opening with its verdict ("Imbecile. The NHS was founded in 1948",
 * "Moron. Read the article"), said to whoever it answers. Not an adjective (`term`): "Stupid. The
 * game was stupid" may judge a thing.
 *
 * @example
 * insultOpens(words, 0, 0, hateful, 'Imbecile. The NHS was founded in 1948.', 'imbecile'); // true
 */
export function insultOpens(words: Words, first: number, last: number, hateful: ReadonlySet<number>, text: string, term: string): boolean {
  if (adjectival(term)) return false;
  let end = last;
  while (end + 1 < words.length && !stopAfter(words, end, text)) {
    if (++end - first > 4) return false;
  }
  if (end + 1 >= words.length || SELF_OPENERS.has(words.text(end + 1))) return false;
  return onlyBeside(words, end + 1, first, last, hateful, false);
}

/** Words that open a sentence about a third person after an exclaimed insult: "What a berk. He's been wrong". */
const THIRD_PERSON_OPENERS = new Set(['he', 'hes', 'she', 'shes', 'they', 'theyre', 'his', 'her', 'their', 'him', 'them', 'this', 'that']);

/**
 * Whether the insult at words [first, last] is exclaimed at whoever the comment answers: "what a(n)",
 * a word of contempt at most between ("what an absolute idiot"), opening its clause, and the clause
 * ends with the insult ("What an idiot, wow", "Cripes, what a loser."). Not an adjective ("what a
 * stupid idea" judges a thing), not the writer's own ("what an idiot I am"), not of a third person
 * ("What a berk. He's been wrong about everything", "what a clown this guy is": insults of people
 * outside the conversation are not held, as elsewhere).
 *
 * @example
 * exclaimedInsult(words, 2, 2, 'what an idiot, wow', 'idiot'); // true
 */
export function exclaimedInsult(words: Words, first: number, last: number, text: string, term: string): boolean {
  if (adjectival(term) || first < 2) return false;
  const article = words.text(first - 1) === 'a' || words.text(first - 1) === 'an' ? first - 1 : BESIDE_ALONE.has(words.text(first - 1)) && (words.text(first - 2) === 'a' || words.text(first - 2) === 'an') ? first - 2 : -1;
  if (article < 1 || words.text(article - 1) !== 'what' || !startsSentence(words, article - 1, text)) return false;
  return clauseEndsAfter(words, last, text) && !THIRD_PERSON_OPENERS.has(words.text(last + 1));
}

/** Words that may stand beside an insult in a comment that is nothing but the insult ("what a", "total"). */
const BESIDE_ALONE = new Set(['what', 'a', 'an', 'total', 'complete', 'absolute', 'utter', 'such', 'big', 'little', 'lil', 'bloody']);

/**
 * Whether the comment is nothing but the insult at words [first, last]: three words at most (the
 * insult's one, split as "lo-ser" or a phrase; laughter not counted), the others insults, vulgar
 * words or words of contempt ("Idiot.", "Total loser!", "Stupid clown", "what a lo-ser", "what a
 * loser lol").
 *
 * @example
 * insultAlone(words, 1, 1, hateful); // true for "loser" in "Total loser!"
 */
export function insultAlone(words: Words, first: number, last: number, hateful: ReadonlySet<number>): boolean {
  // (A comment of a few words: looked at only then.)
  if (words.length - (last - first) > 6) return false;
  // (Laughter is no word of the comment's: "what a loser lol".)
  return onlyBeside(words, words.length, first, last, hateful, true);
}

/**
 * Whether words [0, to), but the insult's [first, last], are two at most, each an insult, a vulgar
 * word or a word of contempt (BESIDE_ALONE); laughter is left out of the count when `laughter` is set.
 */
function onlyBeside(words: Words, to: number, first: number, last: number, hateful: ReadonlySet<number>, laughter: boolean): boolean {
  let others = 0;
  for (let index = 0; index < to; index++) {
    if (index >= first && index <= last) continue;
    const text = words.text(index);
    if (laughter && LAUGHTER.test(text)) continue;
    if (++others > 2 || (!hateful.has(index) && !BESIDE_ALONE.has(text))) return false;
  }
  return true;
}

/** What follows "shut up" said in delight: "no way", "omg", "congrats", "for real". */
const DELIGHT_AFTER = new Set(['omg', 'omfg', 'wow', 'congrats', 'congratulations', 'yay']);

/**
 * Whether the "shut up" at words [first, last] is said in surprise or delight, as "no way" is:
 * "shut up, no way, congrats on 1M!!", "Shut up omg this is real?" (not "shut up, you're wrong").
 *
 * @example
 * delightedShutUp(words, 0, 1); // true in "shut up, no way!"
 */
export function delightedShutUp(words: Words, first: number, last: number): boolean {
  if (last !== first + 1 || words.text(first) !== 'shut' || words.text(last) !== 'up') return false;
  const next = words.text(last + 1);
  if (next === 'no') return words.text(last + 2) === 'way' || words.text(last + 2) === 'freaking' || words.text(last + 2) === 'fucking';
  if (next === 'for') return words.text(last + 2) === 'real';
  if (next === 'oh') return words.text(last + 2) === 'my';
  return DELIGHT_AFTER.has(next);
}

/** The marks of the words of contempt of calledNames. */
const CONTEMPT_MARKS = tableMarks([[CALLING_CONTEMPT, 1]]);
/** Names "you absolute ..." calls someone in praise, slang among them: "you absolute legend", "you absolute unit". */
const PRAISED_AS = new Set(['unit', 'beast', 'madman', 'madlad', 'lad', 'king', 'queen', 'icon', 'goat', 'boss', 'machine', 'savage', 'sweetie', 'babe', 'cutie', 'saint', 'hero', 'chad', 'baller', 'g', 'stud', 'stunner', 'belter', 'diamond', 'star', 'angel', 'godsend', 'lifesaver', 'mad', 'class', 'mvp', 'wizard', 'genius', 'rockstar', 'champ', 'hoot', 'scream', 'riot', 'delight', 'treasure', 'gem', 'legend', 'mate', 'bro', 'dude', 'man', 'girl', 'beauty', 'doll', 'dream', 'gent', 'love', 'peach', 'sweetheart', 'darling', 'ledge', 'banger', 'tune']);

/**
 * Names called the reader after "you" and a word of contempt, ending their clause: "you absolute
 * walnut", "dumbest take all year, you absolute knob" (a word of no lexicon, as an insult of severity
 * 2). Not praise ("you absolute legend", "you absolute unit", a word of APPRECIATION).
 * Matches in analysis-text offsets.
 *
 * @example
 * calledNames(words, 'you absolute walnut'); // one match, "walnut"
 */
export function calledNames(words: Words, text: string): LexiconMatch[] {
  let found: LexiconMatch[] | undefined;
  for (let index = 2; index < words.length; index++) {
    // (Marked in the grammar's table: one look-up a word.)
    if (words.marked(index - 1, CONTEMPT_MARKS) === 0) continue;
    const you = small(words, index - 2);
    if ((you !== 'you' && you !== 'u' && you !== 'ya') || !clauseEndsAfter(words, index, text) || words.has(index, PRAISE)) continue;
    const word = small(words, index);
    if (word === '' || PRAISED_AS.has(word) || !/^[a-z]{2,}$/.test(word)) continue;
    const start = words.start[index] as number;
    const end = words.end[index] as number;
    (found ??= []).push({ id: 'insult:you-absolute', term: `you ${small(words, index - 1)} …`, category: 'insult', severity: 2, start, end, text: text.slice(start, end) });
  }
  return found ?? [];
}

