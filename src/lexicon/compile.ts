/**
 * Compiling every term of every active lexicon and rule list into one trie over normalized text,
 * stored as a dense transition table in typed arrays. Matches start only where words start, so the
 * walk needs no failure links and its cost per comment does not grow with the number of terms.
 */
import { normalize, type NormalizeOptions } from '../text/normalize.js';
import { MASK_LETTERS, maskRank } from './masked-words.js';
import { spellingPaths } from './spellings.js';

/** Lexicon categories the bundled lexicons use; rule lists and sites may add their own. */
export type LexiconCategory = 'profanity' | 'insult' | 'identity-attack' | 'sexual' | 'threat' | 'self-harm' | 'spam-phrase' | (string & {});

/**
 * One lexicon entry. Severity: 1 mild (crude but common: "crap"), 2 moderate ("bullshit", "idiot"),
 * 3 strong ("fuck", "moron" aimed at someone), 4 severe (slurs, threats of violence).
 */
export interface LexiconEntry {
  term: string;
  category: LexiconCategory;
  severity: 1 | 2 | 3 | 4;
  /** `word` (default): whole words (and their plural); `prefix` / `suffix`: start / end of a word; `substring`: anywhere. */
  match?: 'word' | 'prefix' | 'suffix' | 'substring';
  note?: string;
  /** Stable id; defaults to `<category>:<term>`. */
  id?: string;
  /**
   * The term this entry respells ("fck" respells "fuck"). A respelling is a disguise already: it
   * matches only as written (any case, letters spaced out), not through leet, masks or stretched
   * letters, which would read other words as it.
   */
  respelling?: string;
  /**
   * An insult that is a vulgar word too ("asshole", "bitch"): the incivility classifier finds a
   * vulgar word there as well, aimed or said of someone else (not where it is denied or reported).
   * Read from the bundled insult lexicon.
   */
  vulgar?: boolean;
  /**
   * An abbreviation of a phrase that is other things too ("af": as fuck, and a heart rhythm): the
   * incivility classifier reads it only where it stands as its phrase would, `after` a word ending
   * its clause ("cold af"), `alone` as a clause ("on a Saturday, FFS"), as a `noun` ("a real POS") or
   * as a `state` said of someone or something ("she's dtf", "that's bs", "cut the BS").
   * Read from the bundled lexicons (src/classifiers/incivility/abbreviations.ts). Like a respelling,
   * it matches only as written: leet or masks on two or three letters would read other words as it.
   */
  stands?: 'after' | 'alone' | 'noun' | 'state';
}

/** What {@link compileLexicon} takes: deny entries, and allow-list phrases that override them. */
export interface LexiconInput {
  entries: readonly LexiconEntry[];
  /** Words and phrases whose matches cancel every deny match inside them ("shut up and take my money"). */
  allow?: readonly string[];
  /**
   * Categories whose phrases also match written as one word ("killyourself", "#sendnudes", "shutup"),
   * unless an allow phrase or an entry of the phrase's category spells that word itself. None by
   * default: a site's phrase may be a word joined ("check out" is not "checkout").
   */
  joinPhrases?: readonly LexiconCategory[];
  /**
   * Categories whose words also match in spellings derived from them (src/lexicon/spellings.ts):
   * split once by a space ("fu ck", "bu llshit"), a vowel written as punctuation ("f.ck"), vowels
   * dropped ("fckng"), "ph" for "f" ("phucker"); where no piece or result is a common English word
   * (rules/words/common-english.json) or a term, so "pen is" and "an us" stay two words. None by
   * default.
   */
  derivedSpellings?: readonly LexiconCategory[];
  /**
   * Categories whose phrases also match with the informal spellings of second-person words in
   * place of the words (rules/words/second-person.json: "kill ur self", "hope u die"). None by default.
   */
  informalSpellings?: readonly LexiconCategory[];
  /**
   * Terms that are also names ("dick", "pollock"): not matched where they are part of one, in Title
   * Case next to another capitalized word that is not a common English word ("Dick Cheney",
   * "Jackson Pollock"; src/lexicon/names.ts). None by default.
   */
  names?: readonly string[];
}

/** A compiled entry as the matcher sees it. */
export interface CompiledEntry {
  id: string;
  term: string;
  category: string;
  severity: number;
  mode: 'word' | 'prefix' | 'suffix' | 'substring';
  allow: boolean;
  /** Matches only as written (a respelling). */
  asWritten: boolean;
  /**
   * Matches only where written in small letters, outside handles (source-looks.ts writtenSmall): a
   * misspelling one letter away from the word may be a name ("morun", not "Morun" nor "@x_morun").
   */
  smallLetters?: boolean;
  /** The normalized term, as the trie holds it. */
  key: string;
  /**
   * The plural endings that may follow (PLURAL_S, PLURAL_SS, PLURAL_Z, PLURAL_ES): those English gives the key (see
   * {@link pluralEndings}), none for informal spellings ("people like u" + s is "people like us").
   */
  endings: number;
  /** A term that is also a name (LexiconInput.names): no match where it is part of one. */
  name: boolean;
  /** Its place among the words most often hidden (masked-words.ts), read first where a disguise ties. */
  maskRank: number;
}

/** A plural ending `s` may follow. */
export const PLURAL_S = 1;
/** A plural ending `es` may follow. */
export const PLURAL_ES = 2;
/** The plural `s` may be written twice ("dickss"): keys of three letters or more ("hoss" is no "hos"). */
export const PLURAL_SS = 4;
/**
 * A plural written with z may follow ("idiotz", "clownz"): keys of three letters or more ("hoz" is
 * Spanish), of terms, not of spellings matched as written ("co n" of coon is no "co.nz").
 */
export const PLURAL_Z = 8;

/**
 * The plural endings of a key: `es` after ss, us, is, x, z, ch, sh and o ("asses", "ignoramuses",
 * "bitches", "hoes"), `s` after anything but s, none after another s (a plural already, "tits", or
 * an abbreviation, "pos": "poses" is a word). So "assess" is not "asses" + s, nor "rates" "rat" + es,
 * "prices" "pric" + es or "spices" a slur + es. After a key of three letters or more the s may be
 * written twice (PLURAL_SS: "dickss"; not "hoss") or be a z (PLURAL_Z: "idiotz").
 *
 * @example
 * pluralEndings('bitch'); // PLURAL_S | PLURAL_SS | PLURAL_Z | PLURAL_ES
 */
export function pluralEndings(key: string): number {
  if (key.endsWith('s')) return /(?:ss|us|is)$/.test(key) ? PLURAL_ES : 0;
  const s = key.length >= 3 ? PLURAL_S | PLURAL_SS | PLURAL_Z : PLURAL_S;
  return /(?:[xzo]|ch|sh)$/.test(key) ? s | PLURAL_ES : s;
}

/** The trie and everything the matcher needs. */
export interface Trie {
  /**
   * transitions[node * alphabetSize + symbol] = child node, 0 for none (the root is never a child).
   * 16-bit while the node numbers fit (the bundled lexicons: half the memory), else 32-bit.
   */
  transitions: Uint16Array | Int32Array;
  alphabetSize: number;
  /** Symbol of an ASCII code (-1 when none); non-ASCII letters are looked up in `extraSymbols`. */
  asciiSymbols: Int8Array;
  extraSymbols: Map<number, number>;
  /** Entries ending at each node: `terminalLists[terminalOf[node]]`, or none when `terminalOf[node]` is -1. */
  terminalOf: Int32Array;
  terminalLists: number[][];
  entries: CompiledEntry[];
  /** True when some entry needs walks from inside words (suffix, substring). */
  innerStarts: boolean;
  normalizeOptions: NormalizeOptions;
  /** Symbols of the letters a-z (for masks). */
  letterSymbols: number[];
  /** True when some entry is a prefix. */
  prefixes: boolean;
  /** The length of the longest path into the trie (a key, a joined phrase, a doubled spelling). */
  longestPath: number;
  /** The number of entries compiled (deny and allow); `entries` also holds copies that only spellings reach. */
  size: number;
  /**
   * The first node that only the spellings reach (numbered after all others): every match below it is
   * as written, so a walk that has read a disguise (a mask, leet, a stretched letter) goes no further.
   */
  writtenOnlyFrom: number;
  /** Per node, 1 where any doubled letter reads as one (a word's second letter, or only a phrase ahead). */
  doublesReadAsOne: Uint8Array;
  /**
   * The children a mask may read, per node: `maskChildren[maskChildStarts[node]]` up to
   * `maskChildren[maskChildStarts[node + 1]]`, each `child << 5 | letter` (0-25), in the order of
   * MASK_LETTERS (masked-words.ts). A mask's walk reads these few instead of all 26 letters.
   */
  maskChildStarts: Int32Array;
  maskChildren: Int32Array;
}

/**
 * The trie symbol of the space between a phrase's words; the letters a-z are 0-25, and the digits
 * and letters outside ASCII that the keys use get 27 and up, so a trie whose terms hold no digit has
 * no column for them (the pipeline's: 29 columns rather than 37).
 */
export const SPACE_SYMBOL = 26;

/**
 * The normalized form of a term: what the text must normalize to for the term to match.
 *
 * @example
 * normalizeTerm('Shut  Up!'); // 'shut up'
 */
export function normalizeTerm(term: string, options: NormalizeOptions = {}): string {
  // Terms are written plainly: no leet reading, no joining, so "a b c" in a list stays three words.
  return normalize(term, { ...options, leet: false, separators: false, repeats: false }).text.trim();
}

/**
 * Compiles entries (and allow-list phrases) into one trie.
 *
 * @example
 * const trie = compileTrie({ entries: [{ term: 'moron', category: 'insult', severity: 3 }] });
 */
export function compileTrie(input: LexiconInput, normalizeOptions: NormalizeOptions = {}): Trie {
  const asciiSymbols = new Int8Array(128).fill(-1);
  for (let code = 97; code <= 122; code++) asciiSymbols[code] = code - 97;
  asciiSymbols[32] = SPACE_SYMBOL;
  const extraSymbols = new Map<number, number>();
  let alphabetSize = SPACE_SYMBOL + 1;
  const entries: CompiledEntry[] = [];
  const keys: string[] = [];
  const names = new Set((input.names ?? []).map((name) => normalizeTerm(name, normalizeOptions)));
  const add = (term: string, entry: Omit<CompiledEntry, 'term' | 'key' | 'endings' | 'name' | 'maskRank'>, original: string): void => {
    const key = normalizeTerm(term, normalizeOptions);
    if (key === '') return;
    entries.push({ ...entry, term: original, key, endings: entry.asWritten ? pluralEndings(key) & ~PLURAL_Z : pluralEndings(key), name: !entry.allow && names.has(key), maskRank: maskRank(key) });
    keys.push(key);
  };
  for (const entry of input.entries) {
    add(entry.term, { id: entry.id ?? `${entry.category}:${entry.term}`, category: entry.category, severity: entry.severity, mode: entry.match ?? 'word', allow: false, asWritten: entry.respelling !== undefined || entry.stands !== undefined }, entry.term);
  }
  for (const phrase of input.allow ?? []) add(phrase, { id: `allow:${phrase}`, category: 'allow', severity: 0, mode: 'word', allow: true, asWritten: false }, phrase);
  let nodes = 1;
  const terminals = new Map<number, number[]>();
  // Each entry's key leads to it; so does a phrase's key without its spaces, where asked for.
  const paths = keys.map((key, entryIndex) => [key, entryIndex] as const);
  const joinable = new Set<string>(input.joinPhrases ?? []);
  // Per key, the categories that spell it ('allow' for allow-list phrases): a phrase joins into a word
  // unless an allow phrase or an entry of its own category spells that word; beside an entry of
  // another category it is read both ways ("fuckyou" is the profanity `fuckyou` and the insult `fuck you`).
  const spelled = new Map<string, Set<string>>();
  entries.forEach((entry, entryIndex) => {
    const categories = spelled.get(keys[entryIndex] as string) ?? new Set<string>();
    categories.add(entry.allow ? 'allow' : entry.category);
    spelled.set(keys[entryIndex] as string, categories);
  });
  entries.forEach((entry, entryIndex) => {
    const joined = entry.key.replaceAll(' ', '');
    const spelledBy = spelled.get(joined);
    if (entry.allow || entry.mode !== 'word' || !joinable.has(entry.category) || joined === entry.key || spelledBy?.has('allow') || spelledBy?.has(entry.category)) return;
    // The first phrase to join into a word keeps it ("kill yourself", not also "kill your self").
    spelled.set(joined, new Set([...(spelledBy ?? []), entry.category]));
    paths.push([joined, entryIndex]);
  });
  // The spellings of spellings.ts (split, vowel-dropped, ph, doubled, informal), each to a copy of
  // its entry that matches only as written.
  const compiledEntries = entries.length;
  const spellingsFrom = paths.length;
  // The one-word respellings of each word ("fuck": "fck", "fuk"), for the phrases that hold it.
  const respelled = new Map<string, string[]>();
  for (const entry of input.entries) {
    if (entry.respelling === undefined || !(input.derivedSpellings ?? []).includes(entry.category as LexiconCategory)) continue;
    const word = normalizeTerm(entry.respelling, normalizeOptions);
    const spelling = normalizeTerm(entry.term, normalizeOptions);
    if (word.includes(' ') || spelling.includes(' ') || spelling === '') continue;
    respelled.set(word, [...(respelled.get(word) ?? []), spelling]);
  }
  paths.push(...spellingPaths(entries, new Set(spelled.keys()), { derived: new Set(input.derivedSpellings ?? []), informal: new Set(input.informalSpellings ?? []), doubling: normalizeOptions.repeats !== false, respelled }));
  // A symbol for each digit and each letter outside ASCII that a path holds, in the order they come.
  for (const [key] of paths) {
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index);
      if (code >= 48 && code <= 57 && asciiSymbols[code] === -1) asciiSymbols[code] = alphabetSize++;
      else if (code >= 128 && !extraSymbols.has(code)) extraSymbols.set(code, alphabetSize++);
    }
  }
  // Nodes made for the spellings come after the others (see the numbering below).
  let hotNodes = -1;
  // The trie as it grows: each node's parent, the symbol that leads to it, its first child and next
  // sibling (the root's children by symbol), so neither the insertion nor the passes below read every
  // symbol of every node (the pipeline's trie has 323,632 nodes, 37 symbols each in the final table).
  let parentOf = new Int32Array(1024);
  let symbolOf = new Int32Array(1024);
  let firstChild = new Int32Array(1024);
  let nextSibling = new Int32Array(1024);
  const rootChild = new Int32Array(alphabetSize);
  paths.forEach(([key, entryIndex], pathIndex) => {
    if (pathIndex === spellingsFrom) hotNodes = nodes;
    let node = 0;
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index);
      const symbol = code < 128 ? (asciiSymbols[code] as number) : (extraSymbols.get(code) as number);
      if (symbol < 0) continue;
      let child = node === 0 ? (rootChild[symbol] as number) : (firstChild[node] as number);
      if (node !== 0) while (child !== 0 && symbolOf[child] !== symbol) child = nextSibling[child] as number;
      if (child === 0) {
        child = nodes++;
        if (child >= parentOf.length) {
          parentOf = grownInt32(parentOf, child * 2);
          symbolOf = grownInt32(symbolOf, child * 2);
          firstChild = grownInt32(firstChild, child * 2);
          nextSibling = grownInt32(nextSibling, child * 2);
        }
        parentOf[child] = node;
        symbolOf[child] = symbol;
        if (node === 0) {
          rootChild[symbol] = child;
        } else {
          nextSibling[child] = firstChild[node] as number;
          firstChild[node] = child;
        }
      }
      node = child;
    }
    const list = terminals.get(node) ?? [];
    list.push(entryIndex);
    terminals.set(node, list);
  });
  // Nodes numbered breadth first: the shallow nodes that every walk passes through sit together in
  // memory instead of spread over a table larger than the processor's caches. The nodes only the
  // spellings reach ("ff" of "ffuucckk") come after all the others: among them, they made ordinary
  // walks about 2 % slower.
  if (hotNodes < 0) hotNodes = nodes;
  // (Node 0, the root, has no parent: the edges are those into nodes 1 and up.)
  const children = childLists(parentOf.subarray(1, nodes), symbolOf.subarray(1, nodes), Int32Array.from({ length: nodes - 1 }, (_, index) => index + 1), nodes);
  const order = [0];
  const renumber = new Int32Array(nodes);
  let writtenOnlyFrom = nodes;
  for (const cold of [false, true]) {
    if (cold) writtenOnlyFrom = order.length;
    for (let index = 0; index < order.length; index++) {
      const node = order[index] as number;
      for (let at = children.starts[node] as number; at < (children.starts[node + 1] as number); at++) {
        const child = children.nodes[at] as number;
        if (child >= hotNodes !== cold) continue;
        renumber[child] = order.length;
        order.push(child);
      }
    }
  }
  const table = nodes <= 0xffff ? new Uint16Array(nodes * alphabetSize) : new Int32Array(nodes * alphabetSize);
  // Every edge in the new numbering: into the table, and the child lists for the passes below.
  const edgeParents = new Int32Array(nodes - 1);
  const edgeChildren = new Int32Array(nodes - 1);
  for (let at = 0; at < nodes - 1; at++) {
    const child = children.nodes[at] as number;
    edgeParents[at] = renumber[parentOf[child] as number] as number;
    edgeChildren[at] = renumber[child] as number;
    table[(edgeParents[at] as number) * alphabetSize + (children.symbols[at] as number)] = edgeChildren[at] as number;
  }
  const renumbered = childLists(edgeParents, children.symbols, edgeChildren, nodes);
  const terminalOf = new Int32Array(nodes).fill(-1);
  const terminalLists: number[][] = [];
  for (const [node, list] of terminals) {
    terminalOf[renumber[node] as number] = terminalLists.length;
    terminalLists.push(list);
  }
  const wordEnds = new Uint8Array(nodes);
  for (const [node, list] of terminals) if (list.some((entry) => !(entries[entry] as CompiledEntry).key.includes(' '))) wordEnds[renumber[node] as number] = 1;
  const doublesReadAsOne = doublesReadAsOneAt(renumbered, wordEnds);
  const { maskChildStarts, maskChildren } = letterChildren(renumbered);
  return {
    transitions: table,
    alphabetSize,
    asciiSymbols,
    extraSymbols,
    terminalOf,
    terminalLists,
    entries,
    innerStarts: entries.some((entry) => entry.mode === 'suffix' || entry.mode === 'substring'),
    normalizeOptions,
    letterSymbols: Array.from({ length: 26 }, (_, index) => index),
    prefixes: entries.some((entry) => entry.mode === 'prefix'),
    longestPath: paths.reduce((longest, [key]) => Math.max(longest, key.length), 0),
    writtenOnlyFrom,
    doublesReadAsOne,
    maskChildStarts,
    maskChildren,
    size: compiledEntries,
  };
}

/** Per node, its children by a letter in MASK_LETTERS order (see Trie.maskChildren). */
function letterChildren(children: ChildLists): { maskChildStarts: Int32Array; maskChildren: Int32Array } {
  const nodes = children.starts.length - 1;
  const maskChildStarts = new Int32Array(nodes + 1);
  const maskChildren = new Int32Array(children.nodes.length);
  let written = 0;
  for (let node = 0; node < nodes; node++) {
    maskChildStarts[node] = written;
    const first = written;
    for (let at = children.starts[node] as number; at < (children.starts[node + 1] as number); at++) {
      const letter = children.symbols[at] as number;
      if (letter >= 26) continue;
      // Into place by the letter's rank (a node has a few children).
      let into = written++;
      while (into > first && (MASK_RANK[(maskChildren[into - 1] as number) & 31] as number) > (MASK_RANK[letter] as number)) {
        maskChildren[into] = maskChildren[into - 1] as number;
        into--;
      }
      maskChildren[into] = ((children.nodes[at] as number) << 5) | letter;
    }
  }
  maskChildStarts[nodes] = written;
  return { maskChildStarts, maskChildren: maskChildren.slice(0, written) };
}

/** Per letter (0-25), its place in MASK_LETTERS. */
const MASK_RANK = (() => {
  const rank = new Uint8Array(26);
  MASK_LETTERS.forEach((letter, index) => (rank[letter] = index));
  return rank;
})();

/** The children of every node: `nodes[starts[node]]` up to `nodes[starts[node + 1]]`, by symbol, with `symbols` the symbol to each. */
interface ChildLists {
  starts: Int32Array;
  nodes: Int32Array;
  symbols: Int32Array;
}

/**
 * The child lists of a trie of `count` nodes from its edges: edge `index` leads from `parents[index]`
 * by `symbols[index]` to `children[index]`. Sorted by parent, then symbol.
 */
function childLists(parents: Int32Array, symbols: Int32Array, children: Int32Array, count: number): ChildLists {
  const starts = new Int32Array(count + 1);
  for (const parent of parents) starts[parent + 1] = (starts[parent + 1] as number) + 1;
  for (let node = 0; node < count; node++) starts[node + 1] = (starts[node + 1] as number) + (starts[node] as number);
  const lists: ChildLists = { starts, nodes: new Int32Array(children.length), symbols: new Int32Array(children.length) };
  const filled = starts.slice(0, count);
  for (let index = 0; index < children.length; index++) {
    const parent = parents[index] as number;
    const symbol = symbols[index] as number;
    // By symbol within the parent's few children.
    let into = filled[parent] as number;
    filled[parent] = into + 1;
    while (into > (starts[parent] as number) && (lists.symbols[into - 1] as number) > symbol) {
      lists.nodes[into] = lists.nodes[into - 1] as number;
      lists.symbols[into] = lists.symbols[into - 1] as number;
      into--;
    }
    lists.nodes[into] = children[index] as number;
    lists.symbols[into] = symbol;
  }
  return lists;
}

function grownInt32(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}

/**
 * Per node (numbered breadth first), 1 where any doubled letter reads as one: right after a word's
 * first letter ("sshut": English words seldom start with one), and where only a phrase can follow,
 * after a space or before any one-word term (`wordEnds`: nodes where one ends; a phrase joined,
 * "shutup", is none): "shutt the fuck up", "the ffuucckk up": the phrase's other words must follow
 * for a match.
 */
function doublesReadAsOneAt(children: ChildLists, wordEnds: Uint8Array): Uint8Array {
  const nodes = wordEnds.length;
  const { starts, nodes: childNodes, symbols } = children;
  const afterSpace = new Uint8Array(nodes);
  for (let node = 0; node < nodes; node++) {
    for (let at = starts[node] as number; at < (starts[node + 1] as number); at++) {
      if (afterSpace[node] === 1 || symbols[at] === SPACE_SYMBOL) afterSpace[childNodes[at] as number] = 1;
    }
  }
  // (Children are numbered after their parent: from the last node back, each child is settled first.)
  const endsAlone = new Uint8Array(nodes);
  for (let node = nodes - 1; node >= 0; node--) {
    endsAlone[node] = wordEnds[node] as number;
    for (let at = starts[node] as number; at < (starts[node + 1] as number) && endsAlone[node] === 0; at++) {
      if (symbols[at] !== SPACE_SYMBOL && endsAlone[childNodes[at] as number] === 1) endsAlone[node] = 1;
    }
  }
  const result = new Uint8Array(nodes);
  for (let node = 1; node < nodes; node++) if (afterSpace[node] === 1 || endsAlone[node] === 0) result[node] = 1;
  // (The root's children: a word's first letter read.)
  for (let at = starts[0] as number; at < (starts[1] as number); at++) if (symbols[at] !== SPACE_SYMBOL) result[childNodes[at] as number] = 1;
  result[0] = 0;
  return result;
}
