/**
 * Terms that are also names ("Dick Cheney", "Jackson Pollock", "Ho Chi Minh"): written in Title Case
 * next to another capitalized word that is not a common English word, they are part of a name. "You
 * Dick", "What A Dick" and "DICK" still match: the word beside them is common, or the case is not
 * Title Case.
 */
import { COMMON_WORDS } from './spellings.js';
import { isAsciiLetter, opensSentenceAt } from '../text/source-looks.js';

/** Whether source [start, end) is one word in Title Case: an ASCII capital, then lower-case letters. */
function isTitleWord(source: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = source.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let index = start + 1; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Whether source [start, end) is one word of three ASCII capitals or more ("FCUK"). */
function isCapitalsWord(source: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** Whether source [start, end) is a capitalized word that is not a common English word. */
function isNameWord(source: string, start: number, end: number): boolean {
  return isTitleWord(source, start, end) && !COMMON_WORDS.has(source.slice(start, end).toLowerCase());
}

/** The words that give a name before it: "goes by", "known as", "called", "named", "nicknamed", "name is". */
const NAMING_BEFORE = /(?:^|[^\p{L}])(?:go(?:es)? by|went by|known as|called|(?:nick)?named|name is|name's)\s$/iu;

/** Titles written before a name with a full stop ("Mrs. Hooker"), in lower case. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'rev', 'fr', 'sen', 'rep', 'gov', 'pres', 'prof', 'sgt', 'capt', 'col', 'gen', 'lt', 'cpl', 'st', 'hon', 'atty', 'supt', 'insp', 'det']);

/** Whether source [start, end) is a title ("Mrs", "Dr"). */
function isTitle(source: string, start: number, end: number): boolean {
  return isTitleWord(source, start, end) && TITLES.has(source.slice(start, end).toLowerCase());
}

/** Whether source [start, end) is a title ("Mrs", "Dr") or one capital letter (an initial, "K"). */
function isTitleOrInitial(source: string, start: number, end: number): boolean {
  if (end - start === 1) return source.charCodeAt(start) >= 65 && source.charCodeAt(start) <= 90;
  return isTitle(source, start, end);
}

/** Where the run of ASCII letters that ends at `end` (exclusive) starts (`end` where none does). */
function wordBefore(source: string, end: number): number {
  let start = end;
  while (start > 0 && isAsciiLetter(source.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the run of ASCII letters that starts at `start` ends (`start` where none does). */
function wordAfter(source: string, start: number): number {
  let end = start;
  while (end < source.length && isAsciiLetter(source.charCodeAt(end))) end++;
  return end;
}

const POSSESSIVE_APOSTROPHES = new Set([0x27, 0x2019]);

/**
 * Whether the match at source [start, end) is part of a name: Title Case (a possessive or plural
 * `s` after it allowed: "Pollock's", "Cummings"), with the word right before or after it (one space
 * apart) a capitalized word that is not a common English word, or after words that give a name
 * ("a Richard who goes by Dick", "known as Dick"), or before a description of the person after a
 * comma ("Bich, the hotel manager").
 *
 * @example
 * partOfName('Dick Cheney said', 0, 4); // true
 * partOfName('You Dick', 4, 8); // false ("You" is a common word)
 */
export function partOfName(source: string, start: number, end: number): boolean {
  // The name itself, without a possessive or plural s ("Pollock's", "Cummings").
  let wordEnd = end;
  if (source.charCodeAt(wordEnd - 1) === 115) wordEnd--;
  if (wordEnd < end && POSSESSIVE_APOSTROPHES.has(source.charCodeAt(wordEnd - 1))) wordEnd--;
  if (!isTitleWord(source, start, end) && !isTitleWord(source, start, wordEnd)) return false;
  if (start >= 2 && source.charCodeAt(start - 1) === 32) {
    // Named so: "a Richard who goes by Dick", "my uncle, known as Dick", "his name is Dick".
    if (NAMING_BEFORE.test(source.slice(Math.max(0, start - 24), start))) return true;
    // A title or an initial with its full stop before it: "Ms. Hooker", "Dr. Hooker", "Philip K. Dick".
    const stop = source.charCodeAt(start - 2) === 46 ? 1 : 0;
    const before = wordBefore(source, start - 1 - stop);
    if (stop === 0 ? isNameWord(source, before, start - 1) : isTitleOrInitial(source, before, start - 2)) return true;
  }
  // Or a person described right after it, set off by a comma: "Bich, the hotel manager, upgraded us".
  // (Not one called so: "you Dick, the nerve of it".)
  if (APPOSITIVE.test(source.slice(end, end + 8)) && !CALLED.test(source.slice(Math.max(0, start - 6), start))) return true;
  return source.charCodeAt(end) === 32 && isNameWord(source, end + 1, wordAfter(source, end + 1));
}

/**
 * Whether the match at source [start, end) is a surname after a title ("Mrs. Fuk Yee Wong", "Dr.
 * Cox", "Mr Dick"): in Title Case, one space after a title written with its full stop or without.
 * Any term so written is a name, not only the names list's.
 *
 * @example
 * afterTitle('Mrs. Fuk Yee Wong runs it', 5, 8); // true
 */
export function afterTitle(source: string, start: number, end: number): boolean {
  if (start < 3 || source.charCodeAt(start - 1) !== 32 || !isTitleWord(source, start, end)) return false;
  const stop = source.charCodeAt(start - 2) === 46 ? 1 : 0;
  return end - start >= 2 && isTitle(source, wordBefore(source, start - 1 - stop), start - 1 - stop);
}

/** A description of the person named before it, after a comma: ", the manager", ", our host", ", my cousin". */
const APPOSITIVE = /^, (?:the|our|my|his|her|their) [a-z]/;
/** A word for the reader right before a word, calling them it ("you Dick"). */
const CALLED = /(?:^|[^a-z])(?:you|u|ya|ur|your) $/i;

/** Words that end place names ("Booty Lane", "Horny Hill", "Bell End", "the Cumming exit"), in lower case. */
const PLACE_WORDS = new Set(['exit', 'junction', 'station', 'airport', 'bridge', 'mall', 'interchange', 'lane', 'road', 'street', 'hill', 'hills', 'mount', 'avenue', 'close', 'way', 'drive', 'green', 'common', 'bottom', 'end', 'cross', 'park', 'wood', 'woods', 'farm', 'bay', 'beach', 'point', 'island', 'creek', 'river', 'valley', 'brook', 'hall', 'court', 'place', 'square', 'gardens', 'grove', 'row', 'terrace', 'crescent', 'field', 'fields', 'moor', 'heath', 'marsh', 'hollow', 'lake', 'pond', 'springs', 'falls', 'ridge', 'village', 'town', 'city', 'county']);

/**
 * Words of pubs, drinks, their makers and shops and clothes sold under a name ("the Cock Inn",
 * "Arrogant Bastard Ale", "Fat Bastard chardonnay", "the FCUK shop"), in lower case: a name before
 * one is a brand's (see {@link partOfBrand}).
 */
const PRODUCT_WORDS = new Set(['inn', 'tavern', 'arms', 'pub', 'ale', 'lager', 'beer', 'stout', 'porter', 'ipa', 'pilsner', 'bitter', 'cider', 'wine', 'chardonnay', 'merlot', 'shiraz', 'sauvignon', 'pinot', 'riesling', 'prosecco', 'gin', 'vodka', 'whisky', 'whiskey', 'rum', 'brandy', 'bourbon', 'tequila', 'liqueur', 'brewing', 'brewery', 'brewers', 'distillery', 'distillers', 'winery', 'vineyard', 'vineyards', 'cidery', 'shop', 'store', 'outlet', 'boutique', 'jacket', 'coat', 'shirt', 'hoodie', 'jumper', 'dress', 'jeans', 'trainers', 'blush', 'lipstick', 'gloss', 'palette', 'mascara', 'eyeliner', 'bronzer', 'highlighter', 'perfume', 'fragrance', 'cologne']);

/** Words that open place names in Title Case ("Mount Buggery", "Port Fairy"), in lower case. */
const PLACES_BEFORE = new Set(['mount', 'mt', 'lake', 'port', 'fort', 'cape', 'glen', 'loch', 'isle', 'point', 'camp', 'bay', 'river', 'lough', 'ben']);

/** Words before a place, in lower case as prose writes them ("Residents of Bell End", "drove through Muff"). */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'to', 'through', 'near', 'at', 'via', 'outside', 'around', 'into', 'towards', 'toward']);



/**
 * Whether the match at source [start, end), every word of it in Title Case, is a place's name: a
 * place word follows it, in any case ("Booty Lane", "Horny Hill", "Dicks Mount", "the Cumming
 * exit"), a Title Case one opens it ("Mount Buggery"), or a preposition of place in small letters
 * stands right before it ("Residents of Bell End", "we drove through Muff"; "of" only before a name
 * of two words or more or after a place word, "the village of Fucking": "full of Shit" is no
 * place), or a place is given after it, after a comma or not ("Bell End, near Belbroughton", "Muff
 * in County Donegal", "Muff in Donegal", "Cumming, Georgia": a region of REGIONS; not after an
 * interjection, "Shit, Georgia lost again"). "you Bell End", "BELL END" and "Of Bell End" in a title-cased line are no places.
 *
 * @example
 * partOfPlace('Residents of Bell End voted', 13, 21); // true
 * partOfPlace('shut up you Bell End', 12, 20); // false
 */
export function partOfPlace(source: string, start: number, end: number): boolean {
  // Every word of the match in Title Case (a plural or possessive s after it allowed: "Dicks Mount").
  let from = start;
  for (let index = start; index <= end; index++) {
    if (index < end && isAsciiLetter(source.charCodeAt(index))) continue;
    let last = index;
    if (index === end && last - from > 2 && source.charCodeAt(last - 1) === 115 && !isTitleWord(source, from, last)) last--;
    if (!isTitleWord(source, from, last)) return false;
    if (index < end && source.charCodeAt(index) !== 32) return false;
    from = index + 1;
  }
  // A place given after it, a comma between or none: "Bell End, near Belbroughton", "Muff in County Donegal".
  // (Not an interjection before a region named: "Shit, Georgia lost again", "Fuck in Texas it's hot".)
  if (((source.charCodeAt(end) === 44 && placeGivenAfter(source, end + 1)) || placeGivenAfter(source, end)) && !INTERJECTIONS.has(source.slice(start, end).toLowerCase())) return true;
  // A place word after it, in small letters too ("the Cumming exit"), or in Title Case after one or
  // two more Title Case words ("Dildo Run Provincial Park", "Bell End Farm Road"; not after a word that
  // opens a sentence, capitalized there anyway: "Fuck Staten Island").
  if (setWordAfter(source, end, PLACE_WORDS, !opensSentenceAt(source, start), false)) return true;
  if (start >= 2 && source.charCodeAt(start - 1) === 32) {
    const before = wordBefore(source, start - 1);
    const previous = source.slice(before, start - 1);
    // A Title Case place word before it: "Mount Buggery", "Lake Titicaca".
    if (isTitleWord(source, before, start - 1) && PLACES_BEFORE.has(previous.toLowerCase())) return true;
    // Or a preposition of place ("of" only before a name of two words or more, or after a place word:
    // "piece of Shit" is no place, "the village of Fucking" is).
    if (PLACE_PREPOSITIONS.has(previous) && (previous !== 'of' || source.slice(start, end).includes(' ') || placeWordBefore(source, before))) return true;
  }
  return false;
}

/** Whether a place word in small letters ends right before `at`, one space apart ("village" in "the village of"). */
function placeWordBefore(source: string, at: number): boolean {
  if (at < 2 || source.charCodeAt(at - 1) !== 32) return false;
  const before = wordBefore(source, at - 1);
  return PLACE_WORDS.has(source.slice(before, at - 1));
}

/**
 * Whether the match at source [start, end), one word in Title Case or capitals, is part of a brand's
 * name: a word of a pub, a drink, its maker, a shop or clothes follows it, in any case, right after it or
 * after one or two more Title Case words ("the Cock Inn", "Arrogant Bastard Ale", "Fat Bastard
 * chardonnay", "Horny Goat Brewing's", "a navy FCUK jacket"; not "you Bastard", "bastard ale" in small
 * letters), or a Title Case word is joined to it by an ampersand ("the Cock & Bull", "Kum & Go").
 *
 * @example
 * partOfBrand('an Arrogant Bastard Ale clone', 12, 19); // true
 */
export function partOfBrand(source: string, start: number, end: number): boolean {
  if (!isTitleWord(source, start, end) && !isCapitalsWord(source, start, end)) return false;
  // (The drink's word right after it, or after one or two more Title Case words: "Horny Goat Brewing's";
  // a sentence's first word before a word in small letters is capitalized as the sentence's:
  // "Fucking lipstick everywhere".)
  const opening = opensSentenceAt(source, start) && !isCapitalsWord(source, start, end);
  if (!(opening && !isTitleWord(source, end + 1, wordAfter(source, end + 1))) && setWordAfter(source, end, PRODUCT_WORDS, true, true)) return true;
  // (Or a Title Case word joined to it by an ampersand, as the names of pubs, shops and double acts
  // are: "the Cock & Bull", "Kum & Go", "Dick & Dom"; in a plain-text comment "&amp;" too.)
  const after = AMPERSAND_AFTER.exec(source.slice(end, end + 12));
  if (after !== null && isTitleWord(source, end + after[0].length, wordAfter(source, end + after[0].length))) return true;
  const before = AMPERSAND_BEFORE.exec(source.slice(Math.max(0, start - 12), start));
  return before !== null && start - before[0].length >= 2 && isTitleWord(source, wordBefore(source, start - before[0].length), start - before[0].length);
}

const AMPERSAND_AFTER = /^ &(?:amp;)? /;
const AMPERSAND_BEFORE = / &(?:amp;)? $/;

/**
 * Whether a word of `words` (told in lower case) follows source offset `end`, one space apart:
 * right after it in any case, or, where `further`, after one or two Title Case words, itself in
 * Title Case unless `anyCase` ("Booty Lane"; "Dildo Run Provincial Park", "Horny Goat Brewing's").
 */
function setWordAfter(source: string, end: number, words: ReadonlySet<string>, further: boolean, anyCase: boolean): boolean {
  for (let at = end, word = 0; word < 3 && source.charCodeAt(at) === 32; word++) {
    const after = wordAfter(source, at + 1);
    const title = isTitleWord(source, at + 1, after);
    if ((word === 0 || anyCase || title) && words.has(source.slice(at + 1, after).toLowerCase())) return true;
    if (!further || !title) return false;
    at = after;
  }
  return false;
}

/**
 * Whether a place is given from `at` (after a comma or right after the name): " near " or " outside "
 * and a Title Case word ("near Belbroughton"), or " in " and a Title Case place word ("in County Donegal").
 */
function placeGivenAfter(source: string, at: number): boolean {
  const match = /^ (near|outside|in) ([A-Z][a-z]+)/.exec(source.slice(at, at + 40));
  if (match !== null) return match[1] !== 'in' || PLACE_WORDS.has((match[2] as string).toLowerCase()) || REGIONS.has(match[2] as string);
  // Or a region right after a comma's space: "Cumming, Georgia", "Muff, Donegal".
  const region = source.charCodeAt(at - 1) === 44 ? /^ ([A-Z][a-z]+)/.exec(source.slice(at, at + 24)) : null;
  return region !== null && REGIONS.has(region[1] as string);
}

/** Vulgar words said as interjections, which a region after them does not make a place's name. */
const INTERJECTIONS = new Set(['fuck', 'shit', 'damn', 'crap', 'hell', 'bollocks', 'bugger', 'piss', 'christ', 'bloody', 'bastard', 'shite', 'feck', 'fuckin']);

/**
 * Regions a place is given in ("Muff in Donegal", "Cumming, Georgia", "Fucking in Austria"): the
 * states of the United States and Australia, Canada's provinces, the counties of Ireland and
 * Britain's larger ones, and countries, written here one by one (single words only).
 */
const REGIONS = new Set([
  // States of the United States.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'Wisconsin', 'Wyoming',
  // Australia's states, Canada's provinces.
  'Queensland', 'Victoria', 'Tasmania', 'Ontario', 'Quebec', 'Alberta', 'Manitoba', 'Saskatchewan', 'Newfoundland',
  // Ireland's counties.
  'Antrim', 'Armagh', 'Carlow', 'Cavan', 'Clare', 'Cork', 'Donegal', 'Down', 'Dublin', 'Fermanagh', 'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim', 'Limerick', 'Longford', 'Louth', 'Mayo', 'Meath', 'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Tyrone', 'Waterford', 'Westmeath', 'Wexford', 'Wicklow',
  // Britain's nations and larger counties.
  'England', 'Scotland', 'Wales', 'Cornwall', 'Devon', 'Dorset', 'Somerset', 'Wiltshire', 'Hampshire', 'Kent', 'Sussex', 'Surrey', 'Essex', 'Suffolk', 'Norfolk', 'Lincolnshire', 'Yorkshire', 'Lancashire', 'Cumbria', 'Northumberland', 'Durham', 'Cheshire', 'Derbyshire', 'Staffordshire', 'Shropshire', 'Worcestershire', 'Herefordshire', 'Gloucestershire', 'Oxfordshire', 'Buckinghamshire', 'Berkshire', 'Hertfordshire', 'Cambridgeshire', 'Northamptonshire', 'Leicestershire', 'Nottinghamshire', 'Warwickshire', 'Bedfordshire', 'Rutland', 'Fife', 'Perthshire', 'Aberdeenshire', 'Argyll', 'Ayrshire', 'Powys', 'Gwynedd', 'Pembrokeshire', 'Anglesey',
  // Countries.
  'Austria', 'Germany', 'France', 'Belgium', 'Netherlands', 'Holland', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland', 'Switzerland', 'Italy', 'Spain', 'Portugal', 'Greece', 'Poland', 'Hungary', 'Czechia', 'Slovakia', 'Slovenia', 'Croatia', 'Romania', 'Bulgaria', 'Ireland', 'Canada', 'Mexico', 'Australia', 'Zealand', 'China', 'Japan', 'Korea', 'Vietnam', 'Thailand', 'India', 'Pakistan', 'Bangladesh', 'Nepal', 'Turkey', 'Egypt', 'Morocco', 'Kenya', 'Nigeria', 'Ghana', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Philippines', 'Indonesia', 'Malaysia',
]);
