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

/** The source of one `\\b(...)\\b` regex over the first `count` terms of the bundled lexicons. */
export async function regexSource(count: number): Promise<string> {
  const { builtinLexiconEntries } = await import('../src/lexicon/index.js');
  const terms = builtinLexiconEntries().slice(0, count).map((entry) => escape(entry.term));
  return `\\b(?:${terms.join('|')})\\b`;
}

async function regexOver(count: number): Promise<(text: string) => boolean> {
  const expression = new RegExp(await regexSource(count), 'i');
  return (text) => expression.test(text);
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
  // V8 leaves a regular expression of more than 20 KB of source unoptimized: over our whole list
  // (about 21,000 characters) the regex runs 7-10× slower than over its first 1,540 terms (the
  // baseline the text-engine issue quotes, about 15,500 characters).
  'one \\b(...)\\b regex over our list': async () => regexOver(Infinity),
  'one \\b(...)\\b regex over 1,540 of our terms': async () => regexOver(1_540),
};
