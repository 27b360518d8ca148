/**
 * The bundled lexicons of the incivility and spam classifiers compiled into one matcher, so a
 * comment is read once for both classifiers (a second walk of a second trie was about a twentieth of
 * the pipeline's time). Compiled on first use, once per process.
 */
import { builtinLexiconEntries, compileLexicon, type CompiledLexicon, type LexiconEntry, type LexiconInput, type LexiconMatch, type Span } from '../lexicon/index.js';
import type { TextAnalysis } from '../text/analysis.js';
import promotion from '../../rules/lexicons/spam-promotion.json';
import allowed from '../../rules/words/allowed.json';
import names from '../../rules/words/names.json';
import senses from '../../rules/words/senses.json';
import { MASKED_WORDS } from '../lexicon/masked-words.js';

/** The category of the spam classifier's promotion phrases; every other category is incivility's. */
export const SPAM_PHRASE = 'spam-phrase';

/** The categories of the incivility classifier's lexicon entries. */
export const INCIVILITY_CATEGORIES = ['profanity', 'insult', 'identity-attack', 'sexual', 'threat', 'self-harm'] as const;

/** The lexicons the incivility classifier reads: one per category, profanity cuss lacks, the profanity roots, and the respellings of their terms. */
export const INCIVILITY_LEXICONS = [...INCIVILITY_CATEGORIES, 'profanity-extra', 'profanity-roots', 'respellings'] as const;

/**
 * The incivility lexicons as the pipeline compiles them: their phrases also match written as one
 * word ("killyourself", "#shutup") and with informal second-person words ("kill ur self"), their
 * words split once ("fu ck", "f.ck"); promotion phrases do none of it ("check out" is not "checkout").
 * The words of rules/words/allowed.json are allow-list entries ("shiite" is not "shite"); those of
 * rules/words/names.json do not match as part of a name ("Dick Cheney").
 *
 * @example
 * const lexicon = compileLexicon(incivilityLexiconInput());
 */
export function incivilityLexiconInput(): LexiconInput {
  return {
    entries: builtinLexiconEntries(INCIVILITY_LEXICONS),
    allow: allowed.words.map((entry) => entry.word),
    names: names.words.map((entry) => entry.word),
    joinPhrases: INCIVILITY_CATEGORIES,
    derivedSpellings: INCIVILITY_CATEGORIES,
    informalSpellings: INCIVILITY_CATEGORIES,
  };
}

let bundled: CompiledLexicon | undefined;
let promotions: CompiledLexicon | undefined;

/**
 * Every bundled lexicon match of a comment (incivility categories and `spam-phrase`), computed once
 * per comment and shared.
 *
 * @example
 * const insults = bundledMatches(analysis).filter((match) => match.category === 'insult');
 */
export function bundledMatches(analysis: TextAnalysis): readonly LexiconMatch[] {
  return bundledReading(analysis).matches;
}

/**
 * The spans of the comment that allow-list words hold ("garbage men"), read with the bundled matches:
 * the incivility grammar reads no group attack in them.
 *
 * @example
 * bundledAllowed(analysisOf('The garbage men came late')); // [{ start: 4, end: 15 }]
 */
export function bundledAllowed(analysis: TextAnalysis): readonly Span[] {
  return bundledReading(analysis).allowed;
}

/**
 * The bundled lexicon (incivility categories and promotion phrases), compiled on first use with the
 * scan's tables, once per process: about 0.4 s of work, which the classifiers that read it ask for
 * when they are created, so `createModerator` does it and no comment waits for it.
 *
 * @example
 * bundledLexicon(); // compiled now, or already
 */
export function bundledLexicon(): CompiledLexicon {
  if (bundled === undefined) {
    const incivility = incivilityLexiconInput();
    bundled = compileLexicon({ ...incivility, entries: [...incivility.entries, ...(promotion.entries as LexiconEntry[])] });
    // (A first text builds the scan's automaton for the trie: laneAutomaton.)
    bundled.match('');
  }
  return bundled;
}

/** Whether the bundled lexicon is compiled in this process (for the test that createModerator compiles it). */
export function bundledLexiconCompiled(): boolean {
  return bundled !== undefined;
}

function bundledReading(analysis: TextAnalysis): { matches: LexiconMatch[]; allowed: Span[] } {
  return analysis.shared('bundled-lexicon-matches', () => {
    const spans: Span[] = [];
    // The fused scan (the two-pass path where it declines), not a walk of analysis.normalized: on
    // the bench corpus the scan took about two thirds of the walk's time.
    const matches = bundledLexicon().match(analysis.text, spans);
    return { matches: heavyMasksRead(inEverydaySense(analysis.text, matches, spans)), allowed: spans };
  });
}

/** A run of four mask characters or more. */
const HEAVY_MASK = /[*#]{4,}/;
/** Per length, the bundled terms of one word that hold a word people hide most often (masked-words.ts), built on first use. */
let hiddenTerms: Map<number, string[]> | undefined;

/**
 * `matches` without those of a word masked most of the way (four mask characters in a row or more)
 * that no term holding a word people hide most often fits, its length and its shown letters: such a
 * mask leaves a reader only a length and an end letter, which they read as "fucked", "asshole",
 * "motherfucker", no rarer term ("s****r" is no "sloper", "the k****r was the gardener" no "kuffar",
 * "b****r (burger)" no "bufter": some word of the writer's).
 *
 * @example
 * heavyMasksRead(lexicon.match('the k****r was the gardener')); // []
 */
export function heavyMasksRead(matches: LexiconMatch[]): LexiconMatch[] {
  let kept: LexiconMatch[] | undefined;
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index] as LexiconMatch;
    const dropped = HEAVY_MASK.test(match.text) && !fitsHiddenTerm(match.text);
    if (dropped) kept ??= matches.slice(0, index);
    else kept?.push(match);
  }
  return kept ?? matches;
}

/** Whether a masked word ("f****d") fits a bundled term that holds a word people hide most often: its length, and its letters where shown. */
function fitsHiddenTerm(written: string): boolean {
  if (hiddenTerms === undefined) {
    hiddenTerms = new Map();
    for (const entry of incivilityLexiconInput().entries) {
      const term = entry.term.toLowerCase();
      if (!/^[a-z]+$/.test(term) || !MASKED_WORDS.some((word) => term.includes(word))) continue;
      hiddenTerms.set(term.length, [...(hiddenTerms.get(term.length) ?? []), term]);
    }
  }
  const letters = written.toLowerCase().replace(/[^a-z*#]/g, '');
  return (hiddenTerms.get(letters.length) ?? []).some((term) => [...letters].every((unit, at) => unit === '*' || unit === '#' || unit === term[at]));
}

/** Per word of rules/words/senses.json, the words of its everyday sense's context. */
const SENSE_CONTEXTS = new Map(senses.senses.flatMap((sense) => sense.words.map((word) => [word, new Set(sense.context)] as const)));
/** The words of rules/words/senses.json whose everyday sense is a verb ("prick the pastry"): not after an article. */
const VERB_SENSES = new Set(senses.senses.flatMap((sense) => ('verb' in sense && sense.verb === true ? sense.words : [])));
/** An article or a word of pointing right before a word: a noun, not a verb ("a prick", "what a retard", "that prick"). */
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|such|what|total|complete|absolute|little|fucking)\s+$/iu;
/** A possessive ending, "'s" or "’s". */
const POSSESSIVE = /['’]s$/u;
/** How far from a word its context may stand, in code units either side. */
const SENSE_REACH = 150;
const LETTERS = /\p{L}+/gu;
/** "you", "your", "you're a", "you a" right before a word: the word is called someone ("you bitch", "you a faggot"). */
const ADDRESSED = /(?:^|[^\p{L}])(?:you|u|ya|yo|your|ur)(?:['’]re|\s+are|\s+r)?(?:\s+(?:a|an|such\s+a|fucking|little|dirty|stupid))?\s+$/iu;

/**
 * `matches` without those that are a word of rules/words/senses.json written plainly with a word of
 * its everyday sense near ("our bitch had her litter", "out for a fag and a lighter"), whose spans
 * join `allowed` as an allow-list entry's would. A disguised spelling keeps its match ("b1tch"), and
 * so does a word called someone ("you bitch") and a verb's word used as a noun ("a prick").
 *
 * @example
 * inEverydaySense('Our bitch had her litter', lexicon.match('Our bitch had her litter'), []); // []
 */
export function inEverydaySense(text: string, matches: LexiconMatch[], allowed: Span[]): LexiconMatch[] {
  let kept: LexiconMatch[] | undefined;
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index] as LexiconMatch;
    // (A possessive is the word's: "the hooker's throw at the lineout".)
    const context = SENSE_CONTEXTS.get(match.text.toLowerCase().replace(POSSESSIVE, ''));
    // (Not a word called someone: "you faggot, eat your peas" is no dish.)
    const before = context === undefined ? '' : text.slice(Math.max(0, match.start - 24), match.start);
    const near = context !== undefined && !ADDRESSED.test(before) && !(VERB_SENSES.has(match.text.toLowerCase()) && NOUN_BEFORE.test(before)) && (text.slice(Math.max(0, match.start - SENSE_REACH), match.start) + ' ' + text.slice(match.end, match.end + SENSE_REACH)).toLowerCase().match(LETTERS)?.some((word) => context.has(word)) === true;
    if (near) {
      kept ??= matches.slice(0, index);
      allowed.push({ start: match.start, end: match.end });
    } else kept?.push(match);
  }
  return kept ?? matches;
}

/**
 * The promotion phrases alone, for texts outside the comment body (author names).
 *
 * @example
 * promotionLexicon().match('Best SEO deals'); // [...]
 */
export function promotionLexicon(): CompiledLexicon {
  promotions ??= compileLexicon({ entries: promotion.entries as LexiconEntry[] });
  return promotions;
}
