/**
 * Leet-speak: digits and symbols that stand for letters inside words. A character may stand for
 * several letters ("1" for i or l); the matcher tries each, so only readings that make a known
 * term count ("m0r0n" → moron, while "2024" and "B2B" stay as they are).
 */

/** Character → the letters it can stand for. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'il',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'gb',
  '7': 't',
  '8': 'b',
  '9': 'g',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'il',
  '+': 't',
  '€': 'e',
  '£': 'le',
  '¥': 'y',
  '©': 'c',
  '¡': 'i',
  // Inside a word only ("fu(k"): opening a word they are brackets ("(um", "(rap" are not terms).
  '(': 'c',
  '<': 'c',
};

/**
 * Letters drawn with several characters ("f|_|ck", "|<ike", "|\/|oron"): each sequence is read as
 * its one letter, wherever it stands.
 */
export const LEET_SEQUENCES: Readonly<Record<string, string>> = {
  '|_|': 'u',
  '(_)': 'u',
  '|\\/|': 'm',
  '/\\/\\': 'm',
  '|\\|': 'n',
  '/\\/': 'n',
  '\\/\\/': 'w',
  '|-|': 'h',
  '|<': 'k',
  '|3': 'b',
  '|2': 'r',
  '|_': 'l',
  '}{': 'h',
  '/-\\': 'a',
  '|)': 'd',
  '()': 'o',
  '/\\': 'a',
  '\\/': 'v',
};

/** Leet characters that are brackets where they open a word ("(um", "<3"). */
export const BRACKETS = '(<';

/** Leet characters that stand for no letter where they open a word (a bracket, a hashtag). */
export const NOT_OPENING = `${BRACKETS}#`;

/**
 * Letters written for other letters: "fvck" (v for u), "ldiot", "BlTCH" (a small l drawn like a
 * capital I). Read like leet, each as exactly these letters (no other vowels), after the plain
 * letter: "vulva" is read as written.
 */
export const LETTER_SWAPS: Readonly<Record<string, string>> = {
  v: 'u',
  l: 'i',
};

/** Pairs of letters drawn like one ("vvhore": vv for w), read as that letter after the plain reading. */
export const LETTER_PAIRS: Readonly<Record<string, string>> = {
  vv: 'w',
};

/**
 * A capital I drawn like a small l ("sIut", "BuIIshit", "Ioser") also reads as l where a small
 * letter stands beside it: in all-capital words and the word "I" it is the letter i.
 */
export const CAPITAL_I_READS_AS = 'l';

/** Characters that hide letters ("f**k", "sh#t", "f^ck"): each stands for any one letter. */
export const MASKS = '*#%?^';

/** Every character that may hide a letter in a word: the masks, and dashes and underscores in runs ("f--k", "fu_k"). */
export const HIDING = `${MASKS}-_`;
