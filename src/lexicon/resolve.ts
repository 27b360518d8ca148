/**
 * From a walk's raw matches to the matches a lexicon reports: the longest per entry and start, the
 * literal reading of a span over disguised ones, allow-list phrases cancelling what they contain, one
 * reading per span (and category, where the span is spelled out).
 */
import type { Trie } from './compile.js';
import type { RawMatch } from './readings.js';

/**
 * Keeps, per entry and start, the longest match; where the text spells some term literally, drops
 * the other readings of that span ("zq1x" is not also "zqix"); drops deny matches inside an allow
 * match. Offsets may be normalized or source offsets: only their order matters.
 *
 * @example
 * const kept = resolveMatches(trie, walkTrie(trie, text));
 */
export function resolveMatches(trie: Trie, raw: RawMatch[]): RawMatch[] {
  if (raw.length === 0) return raw;
  // The common case, one match: nothing to compare it with.
  if (raw.length === 1) return trie.entries[raw[0]!.entry]!.allow ? [] : raw;
  if (startsApart(trie, raw)) return raw;
  // Numbers as keys (entry and start; start and end), exact far beyond any text's length.
  const entries = trie.entries.length;
  let width = 1;
  for (const match of raw) if (match.end >= width) width = match.end + 1;
  const best = new Map<number, RawMatch>();
  for (const match of raw) {
    const key = match.start * entries + match.entry;
    const seen = best.get(key);
    // The longest; of the same length, the strongest reading (fewest weak steps).
    if (seen === undefined || match.end > seen.end || (match.end === seen.end && match.weak < seen.weak)) best.set(key, match);
  }
  const literal = new Set<number>();
  for (const match of best.values()) if (match.literal) literal.add(match.start * width + match.end);
  const kept: RawMatch[] = [];
  for (const match of best.values()) if (match.literal || !literal.has(match.start * width + match.end)) kept.push(match);
  const allows: RawMatch[] = [];
  const denied: RawMatch[] = [];
  for (const match of kept) (trie.entries[match.entry]!.allow ? allows : denied).push(match);
  const standing = allows.length === 0 ? denied : denied.filter((match) => !allows.some((allow) => allow.start <= match.start && allow.end >= match.end && strength(allow) >= strength(match)));
  return oneReadingPerSpan(trie, sortedBySpan(standing));
}

/** By start, then the longest first. */
function bySpan(one: RawMatch, other: RawMatch): number {
  return one.start - other.start || other.end - one.end;
}

/**
 * Sorts `matches` in place by span (bySpan). A few (most texts) by insertion, stable as
 * Array#sort: its set-up cost more than the comparisons where a comment has two readings.
 */
function sortedBySpan(matches: RawMatch[]): RawMatch[] {
  if (matches.length > 16) return matches.sort(bySpan);
  for (let index = 1; index < matches.length; index++) {
    const match = matches[index]!;
    let at = index;
    while (at > 0 && bySpan(matches[at - 1]!, match) > 0) {
      matches[at] = matches[at - 1]!;
      at--;
    }
    matches[at] = match;
  }
  return matches;
}

/**
 * How plainly a match reads its span: spelled out beats disguised, and of disguised readings the one
 * with fewer weak steps. An allow phrase cancels only the deny matches it reads at least as plainly:
 * "plss" (please) keeps its l from reading as i, but "p1ss" is "piss", not "plss" with 1 as l.
 */
function strength(match: RawMatch): number {
  return match.literal ? 1 : -match.weak;
}

/**
 * Of two disguised readings of one span, whether `match` is the one to keep over `chosen`: the
 * stronger reading (fewer weak steps), then the word more often hidden (masked-words.ts: "f***" is
 * "fuck", not "fool"; "f***ing" is "fucking"; "n****r" the slur every reader reads, not "nutter"),
 * then a term's own spelling over a respelling or derived misspelling ("dumb4ss" is "dumbass", not
 * "dumber"), then one that is no slur (a hidden word is not taken for an identity attack where
 * another word fits: "k***" is not "kike"), then the lower severity.
 */
function milder(trie: Trie, match: RawMatch, chosen: RawMatch): boolean {
  if (match.weak !== chosen.weak) return match.weak < chosen.weak;
  const entry = trie.entries[match.entry]!;
  const other = trie.entries[chosen.entry]!;
  // (With nothing hidden, of two terms that tell differently, the reading that takes more of the
  // span's letters as its term's: "J@ps" is "japs", not "jap" and a plural ending; "ph4ggot" is
  // "phaggot", not "fagot" read through its "ph" and a doubled g. Two spellings that tell the same
  // keep the shorter: "ffucckk" is "fuck".)
  if (match.weak === 0 && entry.key.length !== other.key.length && (entry.category !== other.category || entry.severity !== other.severity)) return entry.key.length > other.key.length;
  if (entry.maskRank !== other.maskRank) return entry.maskRank < other.maskRank;
  // (A term read from its own letters over one read through a spelling of another that is a disguise
  // already, a respelling or a derived misspelling: "dumb4ss" is "dumbass", not "dumber" by its
  // spoken spelling "dumba" with a stretched s.)
  if (entry.asWritten !== other.asWritten) return !entry.asWritten;
  const slur = entry.category === IDENTITY_ATTACK ? 1 : 0;
  const otherSlur = other.category === IDENTITY_ATTACK ? 1 : 0;
  return slur !== otherSlur ? slur < otherSlur : entry.severity < other.severity;
}

/** The category of slurs and group attacks. */
const IDENTITY_ATTACK = 'identity-attack';

/**
 * Whether the matches start at increasing offsets and none is an allow phrase (the walks report
 * them in start order): then no rule above has two matches to compare and the list stands as it is.
 * Most texts with several matches.
 */
function startsApart(trie: Trie, raw: RawMatch[]): boolean {
  for (let index = 0; index < raw.length; index++) {
    const match = raw[index]!;
    if (trie.entries[match.entry]!.allow || (index > 0 && match.start <= raw[index - 1]!.start)) return false;
  }
  return true;
}

/**
 * Of the readings of one span (sorted matches with the same start and end, adjacent), keeps:
 * - where the span is spelled out (literal readings), per category the longest term: "niggers" is
 *   the entry `niggers`, not also `nigger` with a plural ending;
 * - where only disguised readings reach it (masks, leet, stretched letters), the strongest reading
 *   (fewest weak steps: "n1gger" reads "1" as i, its first letter, not as l), and of equally strong
 *   ones the mildest (the lowest severity, then the first found): the writer hid the word, so the
 *   matcher does not pick the worst word it could be ("c***" is not taken for a slur); and with it,
 *   the same word (or its plural) where another category lists it too ("y1ds": `yid` and `yids`).
 * Readings of different spans all stay (the classifiers choose between overlapping spans).
 */
function oneReadingPerSpan(trie: Trie, matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  const kept: RawMatch[] = [];
  for (let from = 0; from < matches.length; ) {
    const first = matches[from]!;
    let to = from + 1;
    while (to < matches.length && matches[to]!.start === first.start && matches[to]!.end === first.end) to++;
    if (to - from === 1) {
      kept.push(first);
    } else if (first.literal) {
      // The literal rule above left only literal readings here.
      const longest = new Map<string, RawMatch>();
      for (let index = from; index < to; index++) {
        const match = matches[index]!;
        const category = trie.entries[match.entry]!.category;
        const seen = longest.get(category);
        if (seen === undefined || trie.entries[match.entry]!.key.length > trie.entries[seen.entry]!.key.length) longest.set(category, match);
      }
      for (let index = from; index < to; index++) if (longest.get(trie.entries[matches[index]!.entry]!.category) === matches[index]) kept.push(matches[index]!);
    } else {
      let chosen = first;
      for (let index = from + 1; index < to; index++) if (milder(trie, matches[index]!, chosen)) chosen = matches[index]!;
      kept.push(chosen);
      // The same word listed in another category too reads as it does spelled out: "y1ds" is the
      // slur `yid` with its plural and cuss's `yids`, as "yids" is (no other word it could be).
      for (let index = from; index < to; index++) {
        const match = matches[index]!;
        if (match !== chosen && match.weak === chosen.weak && trie.entries[match.entry]!.category !== trie.entries[chosen.entry]!.category && sameWord(trie.entries[match.entry]!.key, trie.entries[chosen.entry]!.key) && !kept.some((other) => other.start === match.start && other.end === match.end && trie.entries[other.entry]!.category === trie.entries[match.entry]!.category)) kept.push(match);
      }
    }
    from = to;
  }
  return kept;
}

/** Whether two terms' keys are one word, or one word and its plural ("yid" and "yids"). */
function sameWord(one: string, other: string): boolean {
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  if (shorter === longer) return true;
  const ending = longer.slice(shorter.length);
  return longer.startsWith(shorter) && (ending === 's' || ending === 'es');
}
