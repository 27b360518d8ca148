/**
 * The words people hide most often behind masks and leet ("f***", "s***", "b****", "f***ing"),
 * written here one at a time, the most often hidden first. Where a disguised span reads as several
 * terms equally well, a term made of one of these words is the reading: a writer who masks "f***"
 * hides the word every reader reads, not "fool" or "find". Every word is a key of the bundled
 * lexicons (a test checks).
 */
export const MASKED_WORDS: readonly string[] = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'motherfucker',
  'shit',
  'bullshit',
  'bitch',
  'ass',
  'asshole',
  'damn',
  'cunt',
  'dick',
  'cock',
  'pussy',
  'whore',
  'slut',
  'bastard',
  'nigger',
  'faggot',
  'piss',
  'crap',
  'twat',
  'wanker',
  'prick',
  'retard',
];

const RANKS = new Map(MASKED_WORDS.map((word, index) => [word, index]));

/** How far down MASKED_WORDS a reading comes when nothing it says is listed. */
const UNLISTED = MASKED_WORDS.length;

/**
 * The rank of a normalized key among the words most often hidden: that of its first listed word
 * ("fuck you" ranks as "fuck"), UNLISTED when it has none.
 *
 * @example
 * maskRank('fuck you'); // 0
 * maskRank('fool'); // UNLISTED
 */
export function maskRank(key: string): number {
  let rank = UNLISTED;
  for (const word of key.split(' ')) rank = Math.min(rank, RANKS.get(word) ?? UNLISTED);
  return rank;
}

/**
 * The letters (0-25) in the order a walk tries them for a mask: as they first come in MASKED_WORDS,
 * most hidden first (f, u, c, k, i, n, g, e, d, r, m, o, t, h, s, ...), then the rest. The walk's
 * budget per start is spent in this order, so where masks open many readings ("****ing", "**** you")
 * the words people hide are read before the budget runs out ("fucking", "fuck you"; not "beat you").
 */
export const MASK_LETTERS: Uint8Array = (() => {
  const order: number[] = [];
  for (const word of MASKED_WORDS) for (const character of word) if (!order.includes(character.charCodeAt(0) - 97)) order.push(character.charCodeAt(0) - 97);
  for (let letter = 0; letter < 26; letter++) if (!order.includes(letter)) order.push(letter);
  return Uint8Array.from(order);
})();
