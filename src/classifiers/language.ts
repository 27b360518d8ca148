/**
 * Language: a visible note on comments written in a language the lexicons do not cover, so a
 * comment the other classifiers cannot read never gets a silent clean bill.
 */
import { detect } from 'tinyld/light';
import type { Classifier } from '../classifier.js';
import type { Action } from '../decision.js';
import type { TextAnalysis } from '../text/analysis.js';
import { WordTable } from '../text/word-table.js';
import { glueVocabulary } from './incivility/glued-words.js';

/** Options of the language classifier. */
export interface LanguageOptions {
  /** ISO 639-1 codes the lexicons cover. */
  supported: string[];
  /** Comments with fewer words are too short to judge. */
  minWords: number;
  /** What an unsupported language asks for; `approve` records the note without a label. */
  action: Action;
}

// Frequent English function words: when enough of a comment is made of them it is English, and the
// detector (which misreads short informal English, "u r so dumb") is not asked.
const ENGLISH = new Set(
  ('the a an and or but of to in on at for with is are was were be been it this that you your i me my we our they he she not no so do ' +
    'does did have has had will would can just what who how if as by from about all any get got like love lol please go one out up ' +
    'more some them there their then than when why make know think good great new now only people really see time want way well ' +
    'here also back even very much need its im dont thats cant its u ur r yes ok oh hey thanks thank song video stupid ugly fucking shit die').split(' '),
);
const DETECT_LENGTH = 2_000;
// Pieces of links and of markup left in tweets ("RT", "&amp;", "t.co"): not language.
const LINK_WORDS = new Set(['http', 'https', 'www', 'com', 'org', 'net', 'html', 'php', 'rt', 'co', 'amp', 'gt', 'lt', 'quot', 'nbsp']);
const ENGLISH_WORD = 1;
const LINK_WORD = 2;
const VOCABULARY_WORD = 4;
// A comment most of whose words are English words is English whatever its function words: the
// detector misreads short English without them ("Michael Jackson sick man and sick fans" as German,
// "Too little too late bitch ass nigga" as German); foreign text shares fewer words with English.
const VOCABULARY_SHARE = 0.6;
// The sets in one table looked up from the text's code units: no word is cut out to be hashed.
// Made on first use: the vocabulary is the incivility grammar's (common-english.json, SCOWL's everyday
// words, the lexicons' one-word terms, contractions and chat words).
let wordSets: WordTable | undefined;
function wordTable(): WordTable {
  wordSets ??= WordTable.ofSets([[ENGLISH, ENGLISH_WORD], [LINK_WORDS, LINK_WORD], [glueVocabulary([]), VOCABULARY_WORD]]);
  return wordSets;
}
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b\S+\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru)\b\S*/gi;

/** Whether a word holds a digit, `/`, `.` or `:` (a piece of a link, a number, a time). */
function linkLike(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 58) || code === 46 || code === 47) return true;
  }
  return false;
}

/** Whether the word at `start` is a handle or a hashtag ("@newser", "#tcot"): names, not language. */
function named(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return code === 64 || code === 35;
}

/**
 * The language a comment is written in as the detector reads it (an ISO 639-1 code), or '' where the
 * comment is too short to judge (fewer than `minWords` words), reads as English (with `english`: a
 * share of English function words, or mostly words of the grammar's vocabulary), or the detector
 * cannot tell. Computed once per comment and option set, shared by the language classifier and the
 * incivility reading (which reads foreign homographs with it: rules/words/foreign-words.json).
 *
 * @example
 * commentLanguage(analysisOf('Das Buch ist ziemlich dick, aber jede Seite lohnt sich.')); // 'de'
 */
export function commentLanguage(analysis: TextAnalysis, minWords = 6, english = true): string {
  return analysis.shared(`language:${minWords}:${english}`, () => readLanguage(analysis, minWords, english));
}

/**
 * Whether a comment reads as English or too short to tell (see {@link commentLanguage}): the
 * incivility readings that would take foreign words for disguised terms ask it ("non ce" in Italian).
 *
 * @example
 * readsAsEnglish(analysisOf('the ref is a norom, honestly a disgrace to the game')); // true
 */
export function readsAsEnglish(analysis: TextAnalysis): boolean {
  const language = commentLanguage(analysis);
  return language === '' || language === 'en';
}

function readLanguage(analysis: TextAnalysis, minWords: number, englishSupported: boolean): string {
  if (analysis.words < minWords) return '';
  // The normalized words are already lower case and split by single spaces; links are not
  // language (their pieces would read as foreign words), so link-like words are not counted. The
  // first 80 words are enough to tell.
  const text = analysis.normalized.text;
  const table = wordTable();
  let words = 0;
  let english = 0;
  let vocabulary = 0;
  // 12 English words settle it: with at most 80 words read, the share cannot fall below 0.15.
  for (let start = 0; start < text.length && words < 80 && !(english >= 12 && words >= minWords); ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end > start && !linkLike(text, start, end) && !named(text, start)) {
      const entry = table.find(text, start, end);
      const bits = entry < 0 ? 0 : table.bits(entry);
      if ((bits & LINK_WORD) === 0) {
        words++;
        if ((bits & ENGLISH_WORD) !== 0) english++;
        if ((bits & (ENGLISH_WORD | VOCABULARY_WORD)) !== 0) vocabulary++;
      }
    }
    start = end + 1;
  }
  if (words < minWords) return '';
  if (englishSupported && (english / words >= 0.15 || vocabulary / words >= VOCABULARY_SHARE)) return '';
  // The detector's cost grows with the text; its first 2,000 characters are as telling as the rest.
  return detect(analysis.text.slice(0, DETECT_LENGTH).replace(URL_LIKE, ' '));
}

/**
 * The language classifier.
 *
 * @example
 * const moderator = await createModerator({ rules: { name: 'site', version: 1, classifiers: { language: { supported: ['en'], action: 'flag' } } } });
 */
export const languageClassifier: Classifier<LanguageOptions> = {
  id: 'language',
  meta: {
    kind: 'heuristic',
    description: 'Notes comments in a language the lexicons do not cover (tinyld), so they are not silently approved.',
    category: 'language',
    messages: { unsupported: 'Written in a language the lexicons do not cover (detected: `{{language}}`); only its English words and the language-independent checks were read.' },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        supported: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
        minWords: { type: 'integer', minimum: 1 },
        action: { enum: ['approve', 'flag', 'hold', 'reject', 'spam'] },
      },
    },
    defaultOptions: { supported: ['en'], minWords: 6, action: 'approve' },
  },
  create: (options) => (context) => {
    const language = commentLanguage(context.analysis, options.minWords, options.supported.includes('en'));
    if (language === '' || options.supported.includes(language)) return;
    context.report({ messageId: 'unsupported', data: { language }, action: options.action });
  },
};
