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
