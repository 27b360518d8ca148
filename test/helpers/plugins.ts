import type { Classifier } from '../../src/index.js';

/** Reports every occurrence of a word in the analysis text, with evidence. */
export function wordFinder(word: string): Classifier<Record<string, never>> {
  return {
    id: 'word-finder',
    meta: { kind: 'lexical', description: `Finds \`${word}\`.`, category: 'test', messages: { found: 'Found `{{term}}`.' } },
    create: () => (context) => {
      for (let index = context.text.indexOf(word); index !== -1; index = context.text.indexOf(word, index + 1)) {
        context.report({ messageId: 'found', evidence: [{ start: index, end: index + word.length }], action: 'flag' });
      }
    },
  };
}

/** An async classifier that waits `delayMs` (or forever) and then reports, or throws. */
export function delayed(id: string, delayMs: number | 'never', behaviour: 'report' | 'throw' | 'nothing' = 'report'): Classifier {
  return {
    id,
    meta: { kind: 'external', description: 'A slow test classifier.', category: 'test', async: true, messages: { late: 'Reported after {{delay}} ms.' } },
    create: () => async (context) => {
      if (delayMs === 'never') return new Promise<void>(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (behaviour === 'throw') throw new Error('service unavailable');
      if (behaviour === 'report') context.report({ messageId: 'late', data: { delay: delayMs }, action: 'hold' });
    },
  };
}

/** A synchronous classifier that throws. */
export const throwing: Classifier = {
  id: 'throwing',
  meta: { kind: 'heuristic', description: 'Always throws.', messages: { never: 'never' } },
  create: () => () => {
    throw new Error('boom');
  },
};
