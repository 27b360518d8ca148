/**
 * The bundled lexicons, imported as data so bundlers inline them (no file reading at run time).
 */
import identityAttack from '../../rules/lexicons/identity-attack.json';
import insult from '../../rules/lexicons/insult.json';
import profanity from '../../rules/lexicons/profanity.json';
import profanityExtra from '../../rules/lexicons/profanity-extra.json';
import profanityRoots from '../../rules/lexicons/profanity-roots.json';
import respellings from '../../rules/lexicons/respellings.json';
import selfHarm from '../../rules/lexicons/self-harm.json';
import sexual from '../../rules/lexicons/sexual.json';
import threat from '../../rules/lexicons/threat.json';
import type { LexiconEntry } from './compile.js';

/** The bundled lexicons by name (the file name in rules/lexicons/). */
export const BUILTIN_LEXICONS: Readonly<Record<string, readonly LexiconEntry[]>> = {
  profanity: profanity.entries as LexiconEntry[],
  'profanity-extra': profanityExtra.entries as LexiconEntry[],
  'profanity-roots': profanityRoots.entries as LexiconEntry[],
  insult: insult.entries as LexiconEntry[],
  'identity-attack': identityAttack.entries as LexiconEntry[],
  sexual: sexual.entries as LexiconEntry[],
  threat: threat.entries as LexiconEntry[],
  'self-harm': selfHarm.entries as LexiconEntry[],
  respellings: respellings.entries as LexiconEntry[],
};

/**
 * Every entry of the named bundled lexicons (all of them by default).
 *
 * @example
 * const lexicon = compileLexicon({ entries: builtinLexiconEntries(['insult', 'threat']) });
 */
export function builtinLexiconEntries(names: readonly string[] = Object.keys(BUILTIN_LEXICONS)): LexiconEntry[] {
  return names.flatMap((name) => BUILTIN_LEXICONS[name] ?? []);
}
