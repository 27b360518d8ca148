import { test } from 'uvu';
import { ClassifierTester, lengthClassifier } from '../../src/index.js';

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
  ],
});

test.run();
