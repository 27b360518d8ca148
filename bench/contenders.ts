/**
 * The contenders, each a function from a comment to "flagged or not", built over the same words
 * where a library takes a list.
 */
// Each contender imports its own code when it is built: a process that times one contender loads
// no other (loading the whole library and every peer cost the matcher about 4 % in its process).

export type Contender = () => Promise<(text: string) => boolean>;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Builds a lexicon of `extra` additional synthetic terms (English-like when `englishLike`). */
function extraTerms(extra: number): { term: string; category: string; severity: 1 }[] {
  const syllables = ['ka', 'lo', 'mi', 'ter', 'son', 'ba', 're', 'di', 'ven', 'tor', 'ing', 'al', 'pe', 'ro', 'chi'];
  return Array.from({ length: extra }, (_, index) => {
    let term = '';
    for (let value = index + 7; term.length < 9; value = Math.floor(value / syllables.length) + 3) term += syllables[value % syllables.length];
    return { term: `${term}${index}`, category: 'bench', severity: 1 as const };
  });
}

export const CONTENDERS: Record<string, Contender> = {
  'ours: matcher (normalize + lexicon)': async () => {
    const { builtinLexiconEntries, compileLexicon } = await import('../src/lexicon/index.js');
    const lexicon = compileLexicon({ entries: builtinLexiconEntries() });
    return (text) => lexicon.match(text).length > 0;
  },
  'ours: matcher, +1,000 terms': async () => {
    const { builtinLexiconEntries, compileLexicon } = await import('../src/lexicon/index.js');
    const lexicon = compileLexicon({ entries: [...builtinLexiconEntries(), ...extraTerms(1_000)] });
    return (text) => lexicon.match(text).length > 0;
  },
  'ours: matcher, +20,000 terms': async () => {
    const { builtinLexiconEntries, compileLexicon } = await import('../src/lexicon/index.js');
    const lexicon = compileLexicon({ entries: [...builtinLexiconEntries(), ...extraTerms(20_000)] });
    return (text) => lexicon.match(text).length > 0;
  },
  'ours: full default pipeline (moderateSync)': async () => {
    const { createModerator } = await import('../src/index.js');
    const moderator = await createModerator();
    return (text) => moderator.moderateSync({ body: text }).action !== 'approve';
  },
  'obscenity hasMatch': async () => {
    const { englishDataset, englishRecommendedTransformers, RegExpMatcher } = await import('obscenity');
    const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
    return (text) => matcher.hasMatch(text);
  },
  '@2toad/profanity exists': async () => {
    const { profanity } = await import('@2toad/profanity');
    return (text) => profanity.exists(text);
  },
  'leo-profanity check': async () => {
    const { default: leo } = await import('leo-profanity');
    return (text) => leo.check(text);
  },
  'bad-words isProfane': async () => {
    const { Filter } = await import('bad-words');
    const filter = new Filter();
    return (text) => filter.isProfane(text);
  },
  'one \\b(...)\\b regex over our list': async () => {
    const { builtinLexiconEntries } = await import('../src/lexicon/index.js');
    const terms = builtinLexiconEntries().map((entry) => escape(entry.term));
    const expression = new RegExp(`\\b(?:${terms.join('|')})\\b`, 'i');
    return (text) => expression.test(text);
  },
};
