/**
 * Hate symbols written with punctuation and numbers, which no lexicon word spells: the triple
 * parentheses (the "echo") put around a name or a pronoun to mark it as Jewish, "(((They))) will be
 * chased out", and the neo-Nazi number 1488 (the "fourteen words" slogan and 88, "Heil Hitler").
 * Both are also discussed ("the (((echo))) is an antisemitic marker"), so a finding is held for a
 * moderator, not rejected. Facts from the Anti-Defamation League's hate symbols database; the
 * patterns are written here. A number is a symbol only where it stands as one (14/88, or 1488 as a
 * sentence of its own), not among words ("the 1488 bus route").
 */
import type { IncivilitySignal } from './signals.js';

/** Three opening brackets (not four), a name of up to 40 characters on one line, three closing ones. */
const ECHO = /(?<!\()\({3}[^()\n]{1,40}\){3}(?!\))/g;
/**
 * 14/88 as a token of its own, or 1488 as a sentence of its own, as a sign-off is ("...a ghetto
 * slum. 1488"): not a number among words ("the 1488 bus", "Population: 1488"), inside a longer
 * number, a price, a handle or a decimal.
 */
const NUMBER = /(?<![\p{L}\p{N}$£€@#_/])(?<!\p{N}[.,])(?:14\/88(?![\p{L}\p{N}%_]|[.,/]\p{N})|(?<=(?:^|[\n.!?])\s*)1488(?=[\s!.?]*(?:$|\n)))/gu;

const NONE: IncivilitySignal[] = [];

/**
 * The coded hate symbols in `text`, as identity attacks held at most.
 *
 * @example
 * codedHate('(((They))) run the banks'); // [{ category: 'identity-attack', messageId: 'coded-hate', term: '(((They)))', ... }]
 */
export function codedHate(text: string): IncivilitySignal[] {
  // (A look for each symbol's characters before its expression: most texts hold neither.)
  const echo = text.includes('(((');
  const number = text.includes('1488') || text.includes('14/88');
  if (!echo && !number) return NONE;
  const found: IncivilitySignal[] = [];
  for (const expression of echo && number ? [ECHO, NUMBER] : echo ? [ECHO] : [NUMBER]) {
    for (const match of text.matchAll(expression)) {
      const start = match.index;
      found.push({ category: 'identity-attack', messageId: 'coded-hate', term: match[0], spans: [{ start, end: start + match[0].length }], severity: 4, atMost: 'hold' });
    }
  }
  return found;
}
