import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { ClassifierTester, createModerator, lengthClassifier } from '../../src/index.js';

new ClassifierTester({ test }).run(lengthClassifier, {
  valid: [
    'A normal comment about the article.',
    { comment: 'ok', name: 'two characters with no minimum set' },
    { comment: 'short but fine', options: { minCharacters: 5, minWords: 3 } },
    { comment: '<p>Two</p><p>paragraphs</p>', options: { maxLines: 3 }, name: 'html body' },
    { comment: { body: '<p>one</p><p>two</p><p>three</p>', format: 'html' }, options: { maxLines: 4 } },
  ],
  invalid: [
    { comment: '', reasons: [{ messageId: 'empty', action: 'reject' }] },
    { comment: ' \n\t\u00a0 ', reasons: [{ messageId: 'empty', action: 'reject' }], name: 'white space only' },
    { comment: { body: '<p> </p>', format: 'html' }, reasons: [{ messageId: 'empty' }], name: 'html with no text' },
    { comment: 'hi', options: { minCharacters: 3, actions: { tooShort: 'hold' } }, reasons: [{ messageId: 'too-short', action: 'hold' }] },
    { comment: 'one two', options: { minWords: 3 }, reasons: [{ messageId: 'too-short', action: 'flag' }] },
    { comment: '😀😀😀😀', options: { maxCharacters: 3 }, reasons: [{ messageId: 'too-long', action: 'hold' }], name: 'emoji count once each' },
    { comment: 'a b c d', options: { maxWords: 3, maxCharacters: 5 }, reasons: [{ messageId: 'too-long' }, { messageId: 'too-long' }] },
    { comment: 'a\nb\nc', options: { maxLines: 2 }, reasons: [{ messageId: 'too-many-lines', action: 'flag' }] },
    { comment: 'a\n\n\nb', options: { maxLines: 3 }, reasons: [{ messageId: 'too-many-lines' }], name: 'blank lines inside count' },
  ],
});

// Short texts are not counted (n code units hold at most n characters and n + 1 lines): the findings
// must be those of a plain count, whatever the text and the limits.
test('length findings equal a plain count of characters and lines', async () => {
  const pieces = fc.constantFrom('a', ' ', '\n', '😀', 'é', '\t');
  await fc.assert(
    fc.asyncProperty(fc.array(pieces, { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), async (parts, maxCharacters, maxLines) => {
      const body = parts.join('');
      const classifiers = { length: { maxCharacters, maxLines }, language: { enabled: false }, incivility: { enabled: false }, spam: { enabled: false } };
      const moderator = await createModerator({ rules: { name: 'length', version: 1, classifiers } });
      const codes = moderator.moderateSync({ body }).reasons.map((reason) => reason.code);
      const trimmed = body.trim();
      const expected: string[] = [];
      if (trimmed === '') expected.push('length.empty');
      else {
        if ([...body].length > maxCharacters) expected.push('length.too-long');
        if (trimmed.split('\n').length > maxLines) expected.push('length.too-many-lines');
      }
      assert.equal(codes, expected);
    }),
    { numRuns: 300 },
  );
});

test.run();
