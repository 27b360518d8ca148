import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClassifierTester, languageClassifier } from '../../src/index.js';
import { readsAsEnglish } from '../../src/classifiers/language.js';
import { TextAnalysis } from '../../src/text/analysis.js';

new ClassifierTester({ test }).run(languageClassifier, {
  valid: [
    'Thanks for the clear explanation of the budget vote.',
    'lol u r so dumb and so wrong',
    'ok',
    'Merci beaucoup',
    // English without its function words, which the detector reads as German or Polish: most of the
    // words are English words. Handles, hashtags and tweet markup are not words of any language.
    'Sick man, sick fans, sad story',
    'RT @someone: lazy greedy bankers again &amp; again #politics',
    { comment: 'Merci pour cet article très clair sur le budget municipal', options: { supported: ['en', 'fr'] } },
  ],
  invalid: [
    { comment: 'Merci pour cet article très clair sur le budget municipal', reasons: [{ messageId: 'unsupported', action: 'approve' }] },
    { comment: 'Gracias por el articulo, muy interesante y bien escrito', reasons: [{ messageId: 'unsupported' }] },
    { comment: 'Это очень хорошая статья о бюджете города', options: { action: 'flag' }, reasons: [{ messageId: 'unsupported', action: 'flag' }] },
    // A long comment is judged by its start (the detector reads the first 2,000 characters).
    { comment: 'Merci pour cet article très clair sur le budget municipal. '.repeat(200), reasons: [{ messageId: 'unsupported' }] },
  ],
});

test('readsAsEnglish: English or too short to tell, for the readings that would take foreign words for terms', () => {
  const reads = (body: string): boolean => readsAsEnglish(new TextAnalysis({ body }, 20_000));
  assert.ok(reads('the ref is a norom, honestly a disgrace to the whole game'));
  assert.ok(reads('non ce'));
  assert.not.ok(reads('Non ce la faccio più, domani torno a casa con il treno delle sette'));
});

test.run();
