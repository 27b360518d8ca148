/**
 * Abbreviations of vulgar phrases that are other things too: "af" (as fuck; "AF" a heart rhythm and a
 * camera's autofocus, "af" a Dutch word), "ffs" (for fuck's sake; "FFS" a surgery), "BJ" (blowjob;
 * initials), "POS" (piece of shit; a shop's till). An entry marked `stands` in rules/lexicons is read
 * only where it stands as its phrase would:
 * - `after`: after a word, ending its clause ("this drop goes hard af", "cold AF lol"; not "chronic AF",
 *   "the AF is fast", "het is af");
 * - `alone`: a clause of its own ("on a Saturday, FFS", "FFS people."; not "she had FFS last year");
 * - `noun`: a noun after an article, a word pointing, "you" or a verb of giving or getting, a word or
 *   two before it ("a real POS", "gives great BJs"; not "the POS system", "BJ Thomas");
 * - `state`: a state or a verdict said of someone or something, after a subject, a verb of being or a
 *   word of degree (or opening its clause), before the clause's end or a word that may follow a noun
 *   ("she's dtf", "Any girls dtf tonight?", "that's bs", "cut the BS, Brandon"; not "DTF printing",
 *   "a BS in chemistry").
 * And an initialism spelled out by its words is their acronym, and dotted initials before a name or a
 * number are a name's or a date's ("F.U. Berlin", "A.S.S. 1823"), whatever they spell.
 */
import { BUILTIN_LEXICONS, type LexiconMatch } from '../../lexicon/index.js';
import type { TextAnalysis } from '../../text/analysis.js';
import { readsAsEnglish } from '../language.js';

type Stands = 'after' | 'alone' | 'noun' | 'state';

/** Per abbreviation term of the bundled lexicons, where it stands. */
const STANDS: ReadonlyMap<string, Stands> = new Map(Object.values(BUILTIN_LEXICONS).flat().flatMap((entry) => (entry.stands === undefined ? [] : [[entry.term, entry.stands] as const])));

/** Words that an intensifier "af" does not follow: it ends what an adjective or a verb said ("is af" is Dutch). */
const NOT_INTENSIFIED = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'no', 'not', 'as', 'het', 'de', 'en', 'op', 'er', 'ik',
  // Kinds of AF: of atrial fibrillation and of autofocus ("paroxysmal AF", "Eye AF").
  'paroxysmal', 'persistent', 'permanent', 'chronic', 'lone', 'valvular', 'recurrent', 'onset', 'eye', 'face', 'phase', 'contrast', 'hybrid', 'continuous', 'single', 'servo', 'tracking', 'animal', 'manual',
]);
/** Words that end a clause as punctuation does in chat ("cold af lol", "FFS people"). */
const CLOSING = new Set(['lol', 'lmao', 'lmfao', 'haha', 'tbh', 'ngl', 'rn', 'fr', 'tho', 'though', 'but', 'and', 'bro', 'man', 'dude', 'mate', 'people', 'guys', 'lads', 'folks', 'everyone', 'honestly']);
/** A word before an interjection that leaves it alone, and what stands between ("oh ffs", "omg, FFS"). */
const EXCLAIMED = /(?:^|[^\p{L}])(?:oh|ohh|omg|ugh|god|jesus|christ|honestly|seriously|jeez)[ \t,]+$/iu;
/** Words a noun abbreviation follows, a word or two after them ("a real POS", "you POS", "gives great BJs"). */
const NOUN_AFTER = new Set(['a', 'an', 'this', 'that', 'another', 'such', 'you', 'u', 'ur', 'your', 'his', 'her', 'my', 'their', 'give', 'gives', 'gave', 'giving', 'get', 'gets', 'got', 'getting', 'need', 'needs', 'want', 'wants']);
/** Words that may follow a noun abbreviation: it is no noun's modifier there ("a POS and a thief"; not "a POS system"). */
const AFTER_NOUN = new Set(['and', 'or', 'who', 'that', 'with', 'like', 'to', 'for', 'from', 'in', 'on', 'at', 'under', 'after', 'before', 'behind', 'during', 'is', 'was', 'lol', 'but', 'of', 'again', 'ever', 'then', 'so', 'if', 'i', 'you', 'he', 'she', 'they', 'we', 'it', 'off', 'out', 'tonight', 'now', 'later', 'please', 'too']);

/** Words a state abbreviation follows ("she's dtf": "s" of "she's"; "that's bs", "total bs", "full of bs", "you dtf?"; not "the": "the BS in Environmental Science"). */
const STATE_AFTER = new Set(['s', 'you', 'u', 'ur', 'youre', 're', 'she', 'he', 'girls', 'guys', 'anyone', 'anybody', 'always', 'be', 'being', 'is', 'are', 'was', 'were', 'total', 'complete', 'utter', 'pure', 'absolute', 'such', 'of', 'more', 'so', 'just', 'still', 'also', 'not', 'm']);

/** A digit or a leet symbol in an abbreviation's match ("8s"): not written in letters, plain or styled ("BS", "b.s.", "aⒻ"). */
const LEET_WRITTEN = /[\p{N}$@!|+<(]/u;

const WORD_BEFORE = /(\p{L}+)[^\p{L}\p{N}\n]*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}]*?(\p{L}+)/u;
/** A clause ends right after: the text's end, a line's, clause punctuation, a pictograph. */
const CLAUSE_ENDS = /^\s*(?:$|[\n.,!?;:)\]…"”'’]|\p{Extended_Pictographic})/u;
/** A clause starts right before: the text's start, a line's, clause punctuation. */
const CLAUSE_STARTS = /(?:^|[\n.,!?;:(\-–—…"“])\s*$/u;

/**
 * `matches` without the abbreviations that do not stand where their phrase would.
 *
 * @example
 * abbreviationsInPlace(analysisOf('The POS system is down'), matches); // without the match of "POS"
 */
export function abbreviationsInPlace(analysis: TextAnalysis, matches: readonly LexiconMatch[]): readonly LexiconMatch[] {
  // The initialisms the comment spells out somewhere: every use of one is the acronym ("The World
  // Taekwondo Federation (WTF) ... still carry the WTF logo").
  let acronyms: Set<string> | undefined;
  for (const match of matches) if (spelledOut(analysis.text, match)) (acronyms ??= new Set()).add(lettersOf(match.text));
  let kept: LexiconMatch[] | undefined;
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index] as LexiconMatch;
    const stands = STANDS.get(match.term);
    // (Written in letters, styled ones too: normalization's leet reads "8s" of "the under-8s" as "bs".)
    const held = (stands === undefined || (!LEET_WRITTEN.test(match.text) && standsInPlace(analysis, match, stands))) && !(acronyms !== undefined && INITIALISM.test(match.text) && acronyms.has(lettersOf(match.text))) && !namingInitials(analysis.text, match);
    if (!held) kept ??= matches.slice(0, index);
    else kept?.push(match);
  }
  return kept ?? matches;
}

/** Capitals with full stops between ("F.U", "A.S.S": the match ends before the last stop). */
const DOTTED = /^\p{Lu}(?:\.\p{Lu}){1,5}$/u;
/** A capitalized word or a number after dotted initials and their stop ("F.U. Berlin", "A.S.S. 1823", "H.M.S. Belfast"). */
const NAME_AFTER = /^\.?[ \t]+(?:\p{Lu}\p{Ll}|\p{N})/u;

/**
 * Whether the match is dotted initials before a capitalized word or a number: a name's or a
 * date's ("F.U. Berlin", the Free University; "A.S.S. 1823" stitched on a sampler), not a word
 * spelled out.
 */
function namingInitials(text: string, match: LexiconMatch): boolean {
  if (!DOTTED.test(match.text)) return false;
  const after = text.slice(match.end, match.end + 20);
  return NAME_AFTER.test(after) && !SENTENCE_WORDS.has(WORD_AFTER.exec(after)?.[1]?.toLowerCase() ?? '');
}

/** Words that open a new sentence after initials more often than they go on a name ("F.U. You know what you did"). */
const SENTENCE_WORDS = new Set(['you', 'i', 'he', 'she', 'it', 'we', 'they', 'the', 'a', 'an', 'and', 'now', 'just', 'go', 'get', 'this', 'that', 'my', 'your', 'so', 'no', 'yes']);

/** An initialism's letters, small ("W.T.F." is "wtf"). */
function lettersOf(initialism: string): string {
  return initialism.replaceAll('.', '').toLowerCase();
}

/** An initialism as written: two to six capitals, each with or without a full stop after it ("WTF", "W.T.F."). */
const INITIALISM = /^(?:\p{Lu}\.?){2,6}$/u;
/** Words between an initialism and its words spelled out ("W.T.F. for Walk The Fells", "KYS (Keep Your Smile)"). */
const SPELLING_OUT = /^[.]?\s*(?:\(|:|=|-|–|—|,|\s(?:stands\s+for|is\s+short\s+for|short\s+for|meaning|means|for|as\s+in))\s*/u;

/**
 * Whether the match is an initialism its own words spell out right after it ("W.T.F. for Walk The
 * Fells", "KYS (Keep Your Smile)", "WTF, the Williamstown Theatre Festival", "ASS (Advanced
 * SubStation Alpha)") or right before it ("Walk The Fells (WTF)"): an acronym of something else,
 * whatever it spells.
 */
function spelledOut(text: string, match: LexiconMatch): boolean {
  if (!INITIALISM.test(match.text)) return false;
  const letters = lettersOf(match.text);
  const after = text.slice(match.end, match.end + 120);
  const lead = SPELLING_OUT.exec(after);
  if (lead !== null) {
    const spelled = wordsOf(after.slice(lead[0].length));
    // ("WTF, the Williamstown Theatre Festival": "the" is no letter of it.)
    if (spelled[0]?.toLowerCase() === 'the') spelled.shift();
    if (initials(spelled.slice(0, letters.length)) === letters) return true;
  }
  const before = text.slice(Math.max(0, match.start - 120), match.start);
  if (!/\(\s*$/.test(before)) return false;
  return initials(wordsOf(before.slice(0, before.lastIndexOf('('))).slice(-letters.length)) === letters;
}

/** The words of a text, a word in capitalized parts split into them ("SubStation": "Sub", "Station"). */
function wordsOf(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).flatMap((word) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u));
}

function initials(words: readonly string[]): string {
  return words.map((word) => word.charAt(0).toLowerCase()).join('');
}

function standsInPlace(analysis: TextAnalysis, match: LexiconMatch, stands: Stands): boolean {
  const text = analysis.text;
  const before = text.slice(Math.max(0, match.start - 40), match.start);
  const after = text.slice(match.end, match.end + 40);
  const previous = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  const ends = CLAUSE_ENDS.test(after) || (next !== undefined && CLOSING.has(next) && /^\s+\p{L}/u.test(after));
  switch (stands) {
    case 'after':
      return previous !== undefined && !NOT_INTENSIFIED.has(previous) && /[ \t]$/.test(before) && ends && readsAsEnglish(analysis);
    case 'alone':
      return (CLAUSE_STARTS.test(before) || EXCLAIMED.test(before)) && ends && readsAsEnglish(analysis);
    case 'state':
      return (CLAUSE_STARTS.test(before) || (previous !== undefined && STATE_AFTER.has(previous) && /[ \t]$/.test(before))) && (ends || (next !== undefined && AFTER_NOUN.has(next))) && readsAsEnglish(analysis);
    case 'noun': {
      const words = before.toLowerCase().match(/\p{L}+/gu) ?? [];
      const anchored = words.slice(-3).some((word) => NOUN_AFTER.has(word));
      return anchored && (CLAUSE_ENDS.test(after) || (next !== undefined && AFTER_NOUN.has(next)));
    }
  }
}
