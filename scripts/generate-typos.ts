/**
 * Generates rules/words/typos.json: misspellings of the bundled incivility words that people type
 * or use to slip a word past filters, two letters swapped ("fcuk", "idoit", "btich") or one letter
 * dropped: in words of seven letters or more any ("motherfuker", "bulshit"), in shorter ones a vowel
 * ("ngger", "rtard", "wnker"). The first letter stays.
 *
 * Of the words of five letters or more of the hand-written lexicons (insult, identity-attack, sexual,
 * profanity-roots, profanity-extra) and of the cuss profanity of ten letters or fewer that starts
 * with a common root (listed below), and of nine strong four-letter words, every such misspelling of
 * four letters or more that is not an English word (the
 * `word-list` package, 274,000 words, and rules/words/common-english.json) nor a term of any bundled
 * lexicon. Deletions in shorter words made names, foreign words and brands the word list lacks
 * ("murat", "cetin", "polak", "numpy"). Also a long insult with one vowel inside it written as
 * another ("imbicile", "dispicable") and a consonant written twice between a vowel and a vowel or
 * the word's end ("morron", "shitt").
 * Compiled as spellings of their word (src/lexicon/spellings.ts): matched only as written. Run:
 * `npm run generate`; a test fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { foreignWords } from './foreign-words.js';
import promotion from '../rules/lexicons/spam-promotion.json';
import { BUILTIN_LEXICONS } from '../src/lexicon/builtin.js';
import { grammarWords } from '../src/classifiers/incivility/words.js';
import { BONES, BREAKING, HARM_COMMANDS, HARM_OUTCOMES, HARM_VERBS, ILLNESSES, KILL_COMMANDS, ORGANS, RUNNING, STRUCK_PARTS, VEHICLES, VIOLENCE_DONE, WEAPONS } from '../src/classifiers/incivility/grammar.js';
import { COMMON_WORDS } from '../src/lexicon/spellings.js';

const HAND_WRITTEN = ['insult', 'identity-attack', 'sexual', 'profanity-roots', 'profanity-extra'];
const ALL = [...HAND_WRITTEN, 'profanity', 'threat', 'self-harm', 'respellings', 'spam-promotion'];
/** The lexicons whose phrases' words get misspellings inside the phrase. */
const PHRASES = ['threat', 'self-harm', 'sexual', 'insult'];
/** Roots of the cuss profanity whose words get misspellings: the common ones, not its many rare compounds. */
const PROFANITY_ROOTS = ['fuck', 'shit', 'piss', 'crap', 'damn', 'dick', 'cock', 'twat', 'wank', 'bollock', 'motherfuck', 'bullshit', 'goddam'];
/**
 * Words of four letters with misspellings: the strong ones. Of the others, the swaps were names and
 * brands ("D'Man" as damn, "Double Stuf" as stfu).
 */
const FOUR_LETTER_WORDS = ['fuck', 'shit', 'piss', 'dick', 'cock', 'cunt', 'twat', 'wank', 'slut',
  // Insults and slurs whose swaps are no word, name or abbreviation of word-list, Debian's English and
  // Polish lists, nor among the 1.65 million tokens of ../shared/data ("jrek", "dmub", "kkie"; "prev",
  // "booz", "stuf", "brek" left out with their words).
  'jerk', 'scum', 'dumb', 'twit', 'simp', 'turd', 'wimp', 'pedo', 'kike', 'dyke', 'rape', 'cuck', 'ugly', 'spaz'];
const MIN_LENGTH = 4;
/** The shortest piece of a word split in two here ("stu pid"); shorter pieces are split at compile time. */
const SPLIT_PIECE = 3;
/**
 * Pieces of split words that are abbreviations, names or words of other languages the word list
 * lacks, written here one by one.
 */
const NOT_SPLIT_PIECES = new Set<string>([]);
const SWAP_MIN_LENGTH = 5;
const DROP_MIN_LENGTH = 7;
const PROFANITY_MAX_LENGTH = 10;

/** The entries of a bundled lexicon (rules/lexicons/<name>.json). */
function entriesOf(name: string): readonly { term: string }[] {
  return name === 'spam-promotion' ? promotion.entries : (BUILTIN_LEXICONS[name] as readonly { term: string }[]);
}

/**
 * Misspellings that are something else the word list lacks, each with what it is: written here one
 * by one, after reading the vowel drops of shorter words and the words written backwards.
 */
const NOT_MISSPELLINGS: Record<string, string> = {
  incl: 'short for "including"',
  whre: 'a typo of "where"',
  bener: 'Indonesian and Malay for "right"',
  baner: 'a district of Pune',
  shep: 'a name (Shep Smith)',
  paks: 'a town in Hungary',
  idit: 'a Hebrew name',
  sikap: 'Indonesian and Malay for "attitude" (pakis written backwards)',
  dyckman: 'a surname and a Manhattan street',
  sipc: 'an abbreviation (Securities Investor Protection Corporation)',
  sipm: 'an abbreviation (silicon photomultiplier)',
  trud: 'a name (a surname, a Russian newspaper)',
  drut: 'Polish for "wire" (turd written backwards)',
  epar: 'an abbreviation (rape written backwards)',
  pmis: 'an abbreviation, "PMIs" (simp written backwards)',
  spyk: 'a surname, and "spik" is an English word',
  twitt: 'a surname, and in Debian\'s Polish word list',
  planker: 'one who planks (a photo craze)',
  panhead: 'a Harley-Davidson engine',
  hypocrate: 'Hippocrates in French',
  rednick: 'a surname',
  twatt: 'a village in Orkney and one in Shetland',
  bich: 'a Vietnamese given name (Bích)',
  shitole: 'an Indian (Marathi) surname ("the Shitole family")',
  // Slips read in small letters only (smallLetters), found in ../shared/data/dev:
  pissy: 'an English word ("in a pissy mood")',
  dokey: 'in "okey dokey"',
  leser: 'Norwegian, Danish and German for "reader"',
  moest: 'Dutch for "had to"',
  sessy: 'a given name, and "sexy" in chat',
  shotty: 'slang for a shotgun',
  pokis: 'in "hokis pokis" (hocus pocus)',
  willy: 'in "willy-nilly"',
  inbed: '"in bed" run together',
  sholl: 'Southern US for "sure" ("it sholl is")',
  thicke: 'a surname (Robin Thicke)',
  numpy: 'a Python library',
  murat: 'a Turkish given name',
  cetin: 'a Turkish given name and surname (Çetin)',
  polak: 'Polish for a Pole',
  chonk: 'slang for a fat animal ("what a chonk")',
  chonky: 'slang for fat ("a chonky cat")',
  scammy: 'slang for "like a scam"',
  sussy: 'slang for "suspicious"',
  spacs: 'special-purpose acquisition companies',
  nitter: 'a Twitter front end',
  cappy: 'a nickname (Cappy), and "captain"',
  shetty: 'an Indian surname',
  terp: 'short for terpene, a Terrapin',
  waco: 'a city in Texas',
  hoky: 'in "hoky poky" (hokey pokey)',
  munger: 'a surname',
  samo: 'a surname and a graffiti tag (SAMO)',
};

/** Words of English that weakSlips would read as a harm, and what they say instead: verbs done to a person. */
const NOT_WEAK: Readonly<Record<string, string>> = {
  bet: '"I\'ll bet you a fiver" (beat)',
  shut: '"I\'ll shut you up" (shoot)',
  shuts: '"she shuts him out" (shoots)',
};

/**
 * Ways people spell a word as it sounds ("fuk", "dyck", "motherfucka", "nudez", "jurk", "fook"): each
 * a written part and what it is written as, tried at every place it stands. A final "er" is "a" or
 * "ah" only after four letters: in shorter words that made Spanish ("losa", "loza" of loser).
 */
const FIRST_C = /^c(?=[lr])/g;
const SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/ck/g, 'k'], [/ck/g, 'kk'], [/ck$/g, 'c'], [/c(?=[aou])/g, 'k'], [/k$/g, 'c'], [/cks$/g, 'x'], [/ks$/g, 'x'],
  [/(?<=[a-z]{4})er$/g, 'a'], [/(?<=[a-z]{4})er$/g, 'ah'], [/er$/g, 'ur'], [/er$/g, 'r'], [/er(?=[a-z])/g, 'ur'],
  [/s$/g, 'z'], [/(?<=[aeiou])s(?=[aeiou])/g, 'z'],
  [/(?<=[a-z])i(?=[^aeiou])/g, 'y'], [/(?<=[^aeiou])y$/g, 'i'], [/(?<=[^aeiou])y$/g, 'ee'], [/(?<=[^aeiou])y$/g, 'ie'],
  [/u/g, 'oo'], [/oo/g, 'u'], [/ore$/g, 'oar'], [/^wh/g, 'h'], [/tch/g, 'ch'], [/ph/g, 'f'], [/(?<=[a-z])e(?=[^aeiour])/g, 'ee'],
  [/(?<=[aeiou])c$/g, 'k'], [/(?<=i)d$/g, 't'],
  // (A first "c" before "l" or "r" as "k": "klown", "kretin", "krap"; the one rule that changes the
  // first letter; only there, as people write it.)
  [FIRST_C, 'k'],
];

/** A first "c" before a, o or u as "k" ("kancer", "koward"), and silent first letters dropped ("nife", "rists"). */
const FIRST_SOUNDS = [/^c(?=[aou])/g, /^kn/g, /^wr/g];
/**
 * More ways people write a word as they say it, matched in small letters only (in capitals they made
 * names and titles: "Freek", "Kuck"): a first "c" as "k" and silent first letters, a long vowel
 * written the other common way ("stroak", "groap", "mone", "throte", "trane", "raip"), "ea" said as
 * "e" ("deth", "thret"), a final "le" or "tal" as said ("incurabul", "hospitle"), an "o" said as "u"
 * ("sumthing", "frunt"), a final "ow" as "o" ("sho"), a final "ed" without its "e" ("fukd"), a "t"
 * said as "d" before a final "ed" or "er" ("reporder"), a long "oo" or "u" written the other way
 * ("shute", "noods"), "ey" as "ie" ("monkies"), a final "ing" without its "g" ("bashin"), an "or"
 * or "ar" without its r ("hawny", "retawd"), "ock" as "awk" ("cawk"), "oo" as "ew" ("shewt").
 */
const SAID: readonly (readonly [RegExp, string])[] = [
  [FIRST_SOUNDS[0]!, 'k'], [FIRST_SOUNDS[1]!, 'n'], [FIRST_SOUNDS[2]!, 'r'],
  // (Not before every consonant: "come", "gone", "those", "garbage", "face", "please" sound otherwise.)
  [/o([bdgklpt])e$/g, 'oa$1'], [/oa([^aeiou])$/g, 'o$1e'], [/ai([^aeiou])$/g, 'a$1e'], [/a([bdfklmnprtvz])e$/g, 'ai$1'],
  [/ea/g, 'e'], [/(?<=[^aeiou])le$/g, 'ul'], [/(?<=[a-z]{2})tal$/g, 'tle'],
  // ("some" and "come" only: "home", "boomers", "customer" say their "o" otherwise.)
  [/(?<=[sc])ome(?!r)/g, 'um'], [/o(?=nt)/g, 'u'], [/(?<=[a-z]{2})ow$/g, 'o'], [/(?<=[^aeiou])ed$/g, 'd'], [/(?<=[aeiour])t(?=e[dr]$)/g, 'd'],
  // (A long "oo" or "u" written the other way, "shute", "noods"; "ey" as "ie", "monkies"; a final
  // "ing" without its "g", "bashin".)
  [/oo([dkmnpt])$/g, 'u$1e'], [/u([bdkmnt])e(?=s?$)/g, 'oo$1'], [/(?<=[a-z]{3})ey(?=s?$)/g, 'ie'], [/(?<=[aeiouy][a-z]*[a-z])ing$/g, 'in'],
  // (A final "ie" as "ye", "dye"; "eak" as "ake", "brake"; "er" closing a short word as "a", "ova":
  // each an English word in the words it was written for, read only where it makes a harm, weakSlips.)
  [/ie(?=[ds]?$)/g, 'ye'], [/eak(?=s?$)/g, 'ake'], [/(?<=^[a-z]{2})er$/g, 'a'],
  // (An "or" or "ar" before a consonant said without its r, "aw": "hawny", "retawd"; "ock" the same,
  // "cawk"; a long "oo" as "ew", "shewt".)
  [/or(?=[^aeiouy])/g, 'aw'], [/ar(?=[^aeiouy])/g, 'aw'], [/ock/g, 'awk'], [/oo/g, 'ew'],
];
/** Both sets of sound rules, for the spellings read in small letters or inside phrases only. */
const ALL_SOUNDS = [...SOUNDS, ...SAID];

/** A word spelled as it sounds, by one or two of `rules` (`twice`; the first letter kept but for a first "c" as "k" and silent first letters). */
function soundAlikes(word: string, twice = true, rules = SOUNDS): string[] {
  const found = new Set<string>();
  const once = (from: string): string[] => {
    const out: string[] = [];
    for (const [written, as] of rules) {
      for (const match of from.matchAll(written)) {
        const at = match.index;
        // (`$1` in a rule's spelling is the letter its pattern caught: "o$1e".)
        const spelling = from.slice(0, at) + as.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '') + from.slice(at + match[0].length);
        if ((spelling[0] === word[0] || written === FIRST_C || FIRST_SOUNDS.includes(written)) && spelling !== word) out.push(spelling);
      }
    }
    return out;
  };
  for (const first of once(word)) {
    found.add(first);
    if (twice) for (const second of once(first)) found.add(second);
  }
  found.delete(word);
  // (Two rules on one letter make a letter thrice, "jeeerk": no one's spelling.)
  return [...found].filter((spelling) => !/([a-z])\1\1/.test(spelling));
}

/** Vowels a writer drops ("ngger", "rtard"): in shorter words only these, as other drops made names. */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * A word's misspellings: adjacent letters swapped, and one letter dropped, the first letter kept: in
 * long words any letter but the last, or a silent e at the end ("imbecil", "deserv"), in words of
 * five or six letters (and the strong four-letter ones) a vowel. A shorter word of a phrase
 * (`inPhrase`) keeps its last letter and, below five letters, every letter: a short word's drops
 * were other words ("hol" of "hole" in 'said a "Hol it down"').
 */
function misspellings(word: string, inPhrase = false): string[] {
  const found = new Set<string>();
  for (let at = 1; at + 1 < word.length; at++) if (word[at] !== word[at + 1]) found.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  if (inPhrase && word.length < SWAP_MIN_LENGTH) return [...found];
  for (let at = 1; at < word.length; at++) {
    if (word[at] === word[at - 1]) continue;
    const last = at === word.length - 1;
    // (In a long word the last letter only as a silent e after a consonant: "imbecil", "degenerat".)
    const silentE = last && word[at] === 'e' && !VOWELS.has(word[at - 1]!);
    if (word.length >= DROP_MIN_LENGTH ? !last || silentE : VOWELS.has(word[at]!) && !(inPhrase && last)) found.add(word.slice(0, at) + word.slice(at + 1));
  }
  return [...found];
}

/** The vowels a writer puts for another in the middle of a long word ("imbicile", "ignorent", "despicible"). */
const VOWEL_SLIPS: Readonly<Record<string, string>> = { a: 'ei', e: 'ia', i: 'ea', o: 'a' };
/** Insults at least this long get vowel slips: in shorter words they made names ("Cretan" of cretin). */
const SLIP_MIN_LENGTH = 7;

/**
 * A long insult with one vowel written as another as people mishear it: a vowel standing alone
 * between consonants, not the first letter nor the last (a last vowel changed made Spanish and
 * Italian words: "parasita", "lunatica").
 */
function vowelSlips(word: string): string[] {
  const found: string[] = [];
  if (word.length < SLIP_MIN_LENGTH) return found;
  for (let at = 1; at + 1 < word.length; at++) {
    const slips = VOWEL_SLIPS[word[at]!];
    if (slips === undefined || VOWELS.has(word[at - 1]!) || VOWELS.has(word[at + 1]!)) continue;
    for (const vowel of slips) found.push(word.slice(0, at) + vowel + word.slice(at + 1));
  }
  return found;
}

/** Consonants people write twice after a short vowel (not c, h, w, x, y, j, q: "blocckhead", "clowwn"). */
const DOUBLING = new Set([...'bdfgklmnprstvz']);

/**
 * A word with a consonant written twice where it stands between a vowel and a vowel or the word's
 * end, as people double a letter they hear stressed ("morron", "stuppid", "shitt", "cretinn").
 */
function doubledLetters(word: string): string[] {
  const found: string[] = [];
  for (let at = 1; at < word.length; at++) {
    const after = word[at + 1];
    if (!DOUBLING.has(word[at]!) || !VOWELS.has(word[at - 1]!) || (after !== undefined && !VOWELS.has(after))) continue;
    found.push(word.slice(0, at + 1) + word.slice(at));
  }
  return found;
}

/** A word with one of its doubled letters written once ("kill" → "kil", "hell" → "hel"). */
function singledLetters(word: string): string[] {
  const found: string[] = [];
  for (let at = 1; at < word.length; at++) if (word[at] === word[at - 1]) found.push(word.slice(0, at) + word.slice(at + 1));
  return found;
}

/**
 * A word with one letter after the first changed as hurried typing does: a vowel written as another
 * ("stipid", "morun"), a letter but the last dropped ("stuid", "mupet") or one written twice
 * ("sttupid", "dumbestt").
 * Matched in small letters only (see `smallLetters` in generateTypos).
 */
function slips(word: string): string[] {
  const found = new Set<string>();
  for (let at = 1; at < word.length; at++) {
    const letter = word[at]!;
    if (VOWELS.has(letter)) for (const vowel of VOWELS) found.add(word.slice(0, at) + vowel + word.slice(at + 1));
    if (letter === word[at - 1]) continue;
    // (Not the last letter dropped: that made names and other words, "moroni" of moronic, "thicke".)
    if (at + 1 < word.length) found.add(word.slice(0, at) + word.slice(at + 1));
    if (letter !== word[at + 1]) found.add(word.slice(0, at + 1) + word.slice(at));
  }
  found.delete(word);
  return [...found];
}

/** The generated file's text. */
export function generateTypos(): string {
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const terms = new Set(ALL.flatMap(entriesOf).map((entry) => entry.term.toLowerCase()));
  // (A respelling is a term, and a spelling of the word it respells all the same: the grammar reads
  // "bewbs" as boobs, as it did before "bewbs" was a term. Phrases get the respellings of their words
  // where the lexicon is compiled.)
  const respelled = new Map(ALL.flatMap(entriesOf).flatMap((entry) => { const { respelling } = entry as { respelling?: string }; return respelling === undefined ? [] : [[entry.term.toLowerCase(), respelling.toLowerCase()] as const]; }));
  /**
   * Whether a spelling is something else: an English word, a common word, a term (other than a
   * respelling of `word`, where one is named), or listed as another thing.
   */
  const somethingElse = (spelling: string, word?: string): boolean => dictionary.has(spelling) || COMMON_WORDS.has(spelling) || (terms.has(spelling) && (word === undefined || respelled.get(spelling) !== word)) || NOT_MISSPELLINGS[spelling] !== undefined;
  /**
   * Whether a spelling of `word` that the lexicon compiles reads an English word once the plural s
   * it allows is added, other than `word`'s own forms: "shie" of shite would read "shies", "crep" of
   * creep "creps" ("worthles" reads "worthless", "crazi" "crazies": the word's own).
   */
  const pluralElse = (spelling: string, word: string): boolean => {
    const forms = new Set([word, `${word}s`, `${word}es`, word.replace(/y$/, 'ies')]);
    return [`${spelling}s`, `${spelling}es`].some((plural) => dictionary.has(plural) && !forms.has(plural));
  };
  const words = [
    ...HAND_WRITTEN.flatMap(entriesOf).map((entry) => entry.term),
    ...entriesOf('profanity').map((entry) => entry.term).filter((term) => term.length <= PROFANITY_MAX_LENGTH && PROFANITY_ROOTS.some((root) => term.startsWith(root))),
  ].filter((term) => /^[a-z]+$/.test(term) && (term.length >= SWAP_MIN_LENGTH || FOUR_LETTER_WORDS.includes(term)));
  const insults = new Set(entriesOf('insult').map((entry) => entry.term));
  const taken = new Set<string>();
  const typos: Record<string, string[]> = {};
  for (const word of [...new Set(words)].sort()) {
    // A misspelling of two words goes to the first in order: one spelling, one reading.
    const own = [...misspellings(word), ...doubledLetters(word), ...(insults.has(word) ? vowelSlips(word) : [])].filter((typo) => typo.length >= MIN_LENGTH && !somethingElse(typo) && !pluralElse(typo, word) && !taken.has(typo));
    for (const typo of own) taken.add(typo);
    if (own.length > 0) typos[word] = own;
  }
  // Each word spelled as it sounds ("fuk", "dyck", "wankah"), where that is no English word.
  const categoryOf = new Map<string, string>();
  for (const entry of ALL.flatMap(entriesOf) as readonly { term: string; category?: string }[]) if (!categoryOf.has(entry.term.toLowerCase())) categoryOf.set(entry.term.toLowerCase(), entry.category ?? '');
  const sounds: Record<string, string[]> = {};
  const soundWords = [...new Set([...words, ...HAND_WRITTEN.flatMap(entriesOf).map((entry) => entry.term).filter((term) => /^[a-z]{4}$/.test(term))])].sort();
  for (const word of soundWords) {
    // (Nor a term of another category once its doubled letters are read as one: "coock", cuck's "u"
    // as "oo", is cock stretched.)
    const own = soundAlikes(word).filter((spelling) => {
      const single = categoryOf.get(spelling.replace(/([a-z])\1/g, '$1'));
      return spelling.length >= MIN_LENGTH && !somethingElse(spelling) && !pluralElse(spelling, word) && (single === undefined || single === categoryOf.get(word)) && !taken.has(spelling);
    });
    for (const spelling of own) taken.add(spelling);
    if (own.length > 0) sounds[word] = own;
  }
  // Each word written backwards ("kcuf", "hctib"), where that is no English word either.
  const reversed: Record<string, string> = {};
  for (const word of [...new Set(words)].sort()) {
    const backwards = [...word].reverse().join('');
    if (backwards === word || somethingElse(backwards) || pluralElse(backwards, word) || taken.has(backwards)) continue;
    // Nor a misspelling of an English word ("tihs" is "this" as often as "shit" backwards), nor one
    // with its final g dropped ("saggin", a slur backwards).
    if (misspellings(backwards).some((near) => dictionary.has(near) || COMMON_WORDS.has(near)) || dictionary.has(`${backwards}g`)) continue;
    reversed[word] = backwards;
    taken.add(backwards);
  }
  // One letter slipped in words of five letters or more, where that is no word of English or of five
  // other languages, matched in small letters only (a capital makes it a name: "Moran", "Morin").
  // Last: every spelling above keeps its reading in any case.
  // (Not of the mildest words, everyday English, "trash", "mental", "sheep", nor of the common words:
  // their slips are everyday typos of other words, "trish", "thock".)
  const foreign = foreignWords();
  const mildest = new Set(ALL.flatMap(entriesOf).filter((entry) => (entry as { severity?: number }).severity === 1).map((entry) => entry.term));
  const smallLetters: Record<string, string[]> = {};
  for (const word of [...new Set(words)].sort()) {
    if (word.length < SWAP_MIN_LENGTH || mildest.has(word) || COMMON_WORDS.has(word)) continue;
    // (And the word written as said by one rule of SAID: "groap", "despicabul".)
    const own = [...new Set([...slips(word), ...soundAlikes(word, false, SAID)])].filter((typo) => typo.length >= MIN_LENGTH && !somethingElse(typo) && !pluralElse(typo, word) && !taken.has(typo) && !foreign.has(typo));
    for (const typo of own) taken.add(typo);
    if (own.length > 0) smallLetters[word] = own;
  }
  // The grammar's words with a letter slipped, swapped or dropped, or spelled as they sound, read by
  // the grammar in small letters only ("mslims", "viloent", "immigrunts", "murda"), where that is no
  // word of English or of the five other languages, no term, nor a spelling above.
  const grammarSlips: Record<string, string[]> = {};
  const grammar = new Set(grammarWords());
  const ordered = [...grammar].filter((word) => /^[a-z]{3,}$/.test(word)).sort();
  const addSlips = (word: string, candidates: string[], shortest: number): void => {
    const own = [...new Set(candidates)].filter((typo) => typo !== word && typo.length >= shortest && !grammar.has(typo) && !somethingElse(typo, word) && !taken.has(typo) && !foreign.has(typo));
    for (const typo of own) taken.add(typo);
    if (own.length > 0) grammarSlips[word] = [...(grammarSlips[word] ?? []), ...own];
  };
  // First each word spelled as it sounds by one rule ("murda", "brik", "crashez", "livr", "kancer"),
  // with a doubled letter written once ("sufer") or, in a word of three or four letters, a last
  // consonant written twice ("gutt"): where a spelling could be two words', it is the one it sounds
  // like ("sufer" is suffer, not a slip of "safer"). Words of three or four letters get only these:
  // their slips were words of other languages and abbreviations.
  for (const word of ordered) addSlips(word, [...soundAlikes(word, false, ALL_SOUNDS), ...singledLetters(word), ...(word.length < SWAP_MIN_LENGTH ? doubledLetters(word) : [])], 3);
  // The same spellings of the grammar's words of harm (what is done, suffered, broken, struck, what
  // strikes) that are words of English or of the five other languages ("dye", "nek", "nife", "brake",
  // "hitt", "buss"): read by the grammar only where the comment, read so, holds a harm that holds
  // them (signals.ts readIncivility's second reading).
  const weakSlips: Record<string, string[]> = {};
  const weakTaken = new Set<string>(Object.keys(NOT_WEAK));
  const harmWords = new Set([...HARM_VERBS, ...HARM_OUTCOMES, ...HARM_COMMANDS, ...KILL_COMMANDS, ...VIOLENCE_DONE, ...BONES, ...BREAKING, ...WEAPONS, ...STRUCK_PARTS, ...VEHICLES, ...RUNNING, ...ILLNESSES, ...ORGANS, 'died', 'over']);
  for (const word of ordered) {
    if (!harmWords.has(word)) continue;
    const candidates = [...soundAlikes(word, false, ALL_SOUNDS), ...singledLetters(word), ...(word.length < SWAP_MIN_LENGTH ? doubledLetters(word) : [])];
    const own = [...new Set(candidates)].filter((typo) => typo !== word && typo.length >= 3 && !grammar.has(typo) && !terms.has(typo) && NOT_MISSPELLINGS[typo] === undefined && !COMMON_WORDS.has(typo) && (dictionary.has(typo) || foreign.has(typo)) && !taken.has(typo) && !weakTaken.has(typo));
    for (const typo of own) weakTaken.add(typo);
    if (own.length > 0) weakSlips[word] = own;
  }
  // Then, in words of five letters or more, a letter slipped, swapped or dropped.
  for (const word of ordered) if (word.length >= SWAP_MIN_LENGTH) addSlips(word, [...misspellings(word), ...slips(word)], MIN_LENGTH);
  // The words of the phrases (four letters or more), misspelt inside their phrases only: "klil
  // you", "kill yourslef" (alone, "klil" could be anything).
  const phraseWords: Record<string, string[]> = {};
  const inPhrases = PHRASES.flatMap(entriesOf).flatMap((entry) => (entry.term.includes(' ') ? entry.term.toLowerCase().split(' ') : []));
  for (const word of [...new Set(inPhrases)].sort()) {
    if (!/^[a-z]{4,}$/.test(word) || typos[word] !== undefined) continue;
    // (Swaps and drops, a doubled letter written once, "kil you", "go to hel", the word spelled as it
    // sounds, "send noodz", "i will fynd you", and written backwards, "i will llik you".)
    const candidates = [...misspellings(word, true), ...singledLetters(word), ...soundAlikes(word, false, ALL_SOUNDS), [...word].reverse().join(''), ...(word.length >= SWAP_MIN_LENGTH ? slips(word) : [])];
    const own = [...new Set(candidates)].filter((typo) => typo !== word && typo.length >= 3 && !somethingElse(typo));
    if (own.length > 0) phraseWords[word] = own;
  }
  // The four-letter words of the phrases with one letter slipped ("hpe", "yoir", "wsh"), read only by
  // the incivility classifier's word-by-word reading of a phrase, which needs another word written
  // otherwise too ("Hpe yoir houso burns") or a phrase of three words or more ("Hpe you die"): in the
  // trie a two-word phrase with one such word would read any typo.
  const phraseSlips: Record<string, string[]> = {};
  for (const word of [...new Set(inPhrases)].sort()) {
    if (!/^[a-z]{4}$/.test(word)) continue;
    const own = slips(word).filter((typo) => typo.length >= 3 && !somethingElse(typo) && !(phraseWords[word] ?? []).includes(typo));
    if (own.length > 0) phraseSlips[word] = own;
  }
  // Each word of five letters or more split once by a space into two pieces of three letters or more
  // ("stu pid", "ret ard"), where neither piece is an English word, a term or an abbreviation: such
  // pieces are no two words of a sentence. (Splits with a piece of one or two letters, "fu ck", are
  // made where the lexicon is compiled: src/lexicon/spellings.ts.)
  // (Of every one-word profanity term, not only those of the common roots: "wig gers", "gol liwog".)
  const splits: Record<string, string[]> = {};
  const splitWords = [...words, ...entriesOf('profanity').map((entry) => entry.term).filter((term) => /^[a-z]+$/.test(term) && term.length >= SWAP_MIN_LENGTH && term.length <= PROFANITY_MAX_LENGTH)];
  for (const word of [...new Set(splitWords)].sort()) {
    const own: string[] = [];
    for (let at = SPLIT_PIECE; at + SPLIT_PIECE <= word.length; at++) {
      const pieces = [word.slice(0, at), word.slice(at)];
      if (pieces.some((piece) => COMMON_WORDS.has(piece) || terms.has(piece) || NOT_SPLIT_PIECES.has(piece)) || pieces.every((piece) => dictionary.has(piece))) continue;
      own.push(pieces.join(' '));
    }
    if (own.length > 0) splits[word] = own;
  }
  const comment = 'Generated by scripts/generate-typos.ts: misspellings (two letters swapped; one letter dropped in words of seven letters or more, one vowel in shorter ones; one vowel of a long insult written as another; a consonant after a vowel written twice) of the bundled incivility words, the words spelled as they sound (one or two of the generator sound rules), the words written backwards, and misspellings of the words of their phrases (matched inside the phrase only; phraseSlips: one letter slipped in their four-letter words, read only with another word of the phrase misspelt or in a phrase of three words or more), that are no English word (word-list package) nor a term, the words split in two pieces of three letters or more that are no English word, term or abbreviation, and (smallLetters) one letter slipped in words of five letters or more, a vowel written as another, a letter but the last dropped or one written twice, that is no word of English, Spanish, Portuguese, French, Italian or German, matched in small letters only, and (grammarSlips) the same slips, swaps and drops of the words of the incivility grammar table, read by the grammar in small letters only, and (weakSlips) the sound spellings and doubled or single letters of its words of harm that are words of English (not of the most common) or of the five other languages, read by the grammar only where a harm found so holds them. Do not edit: change the generator.';
  return `${JSON.stringify({ $comment: comment, typos, sounds, reversed, phraseWords, phraseSlips, splits, smallLetters, grammarSlips, weakSlips }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../rules/words/typos.json', import.meta.url), generateTypos());
  console.log('wrote rules/words/typos.json');
}
