/**
 * A fixed set of words, each carrying bits, looked up straight from a text's code units: reading a
 * comment's words no longer cuts every word out as a string and hashes it (that was most of the cost
 * of reading words, and most words are in no set).
 */

/**
 * An open-addressing hash table over the code units of its words.
 *
 * @example
 * const table = new WordTable(new Map([['you', 1], ['are', 2]]));
 * const entry = table.find('so you are', 3, 6);
 * table.word(entry); // 'you'
 * table.bits(entry); // 1
 */
export class WordTable {
  /** Entry index + 1 per slot; 0 is an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #words: string[];
  readonly #bits: Int32Array;

  constructor(entries: ReadonlyMap<string, number>) {
    this.#words = [...entries.keys()];
    this.#bits = Int32Array.from(entries.values());
    // At most a quarter full: a missing word (most words) usually ends at its first, empty slot.
    let size = 16;
    while (size < this.#words.length * 4) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    this.#words.forEach((word, entry) => {
      let slot = hashOf(word, 0, word.length) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = entry + 1;
    });
  }

  /** The entry of `text.slice(from, to)`, or -1 when it is not in the table. */
  find(text: string, from: number, to: number): number {
    const length = to - from;
    for (let slot = hashOf(text, from, to) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = (this.#slots[slot] as number) - 1;
      if (entry < 0) return -1;
      const word = this.#words[entry] as string;
      if (word.length === length && sameUnits(word, text, from, length)) return entry;
    }
  }

  /**
   * The entry of the word that `text.slice(from, to)` and `text.slice(after, end)` make written as
   * one, or -1: no string made.
   *
   * @example
   * table.findPair('mus lims', 0, 3, 4, 8); // the entry of "muslims"
   */
  findPair(text: string, from: number, to: number, after: number, end: number): number {
    const first = to - from;
    const length = first + end - after;
    for (let slot = hashOfPair(text, from, to, after, end) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = (this.#slots[slot] as number) - 1;
      if (entry < 0) return -1;
      const word = this.#words[entry] as string;
      if (word.length === length && sameUnits(word, text, from, first) && sameUnitsFrom(word, first, text, after, length - first)) return entry;
    }
  }

  /**
   * The entry of `text.slice(from, to)` with the code unit `unit` after it ("comin" + "g"), or -1:
   * no string made.
   *
   * @example
   * table.findWithUnit('so comin', 3, 8, 103); // the entry of "coming"
   */
  findWithUnit(text: string, from: number, to: number, unit: number): number {
    const length = to - from + 1;
    let hash = 0x811c9dc5 ^ length;
    for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    hash = Math.imul(hash ^ unit, 0x01000193);
    for (let slot = ((hash ^ (hash >>> 15)) & 0x3fffffff) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = (this.#slots[slot] as number) - 1;
      if (entry < 0) return -1;
      const word = this.#words[entry] as string;
      if (word.length === length && word.charCodeAt(length - 1) === unit && sameUnits(word, text, from, length - 1)) return entry;
    }
  }

  /**
   * The pieces `words` may start with: `shortest` letters or more, `shortest` or more left after
   * them (the first pieces of a word split in two).
   *
   * @example
   * WordTable.ofStarts(['moron'], 2).find('mor', 0, 3); // an entry: "mor" + "on"
   */
  static ofStarts(words: Iterable<string>, shortest: number): WordTable {
    const starts: string[] = [];
    for (const word of words) for (let cut = shortest; cut + shortest <= word.length; cut++) starts.push(word.slice(0, cut));
    return WordTable.ofSets([[starts, 1]]);
  }

  /**
   * A table of word sets, each with its bit: a word in several sets carries all their bits (a set
   * with bit 0 puts its words in the table without bits).
   *
   * @example
   * const table = WordTable.ofSets([[new Set(['you', 'u']), 1], [['are', 'is'], 2]]);
   */
  static ofSets(sets: Iterable<readonly [Iterable<string>, number]>): WordTable {
    const bits = new Map<string, number>();
    for (const [words, bit] of sets) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
    return new WordTable(bits);
  }

  /** Every word of the table, in entry order. */
  words(): readonly string[] {
    return this.#words;
  }

  /** The word of an entry (the same string object every time). */
  word(entry: number): string {
    return this.#words[entry] as string;
  }

  /** The bits of an entry. */
  bits(entry: number): number {
    return this.#bits[entry] as number;
  }
}

/** FNV-1a over the code units, kept to 30 bits: a small integer, never a boxed number when returned. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 ^ (to - from);
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash ^ (hash >>> 15)) & 0x3fffffff;
}

/** {@link hashOf} of the two ranges read as one. */
function hashOfPair(text: string, from: number, to: number, after: number, end: number): number {
  let hash = 0x811c9dc5 ^ (to - from + end - after);
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  for (let index = after; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash ^ (hash >>> 15)) & 0x3fffffff;
}

/** Whether the `length` code units of `text` from `from` are those of `word` from `offset`. */
function sameUnitsFrom(word: string, offset: number, text: string, from: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (word.charCodeAt(offset + index) !== text.charCodeAt(from + index)) return false;
  return true;
}

/**
 * Whether the `length` code units of `text` from `from` are the first `length` of `word`.
 *
 * @example
 * sameUnits('you', 'so you are', 3, 3); // true
 */
export function sameUnits(word: string, text: string, from: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (word.charCodeAt(index) !== text.charCodeAt(from + index)) return false;
  return true;
}
