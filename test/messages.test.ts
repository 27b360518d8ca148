import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderTemplate } from '../src/messages.js';

test('placeholders are filled from the data, numbers to two decimals, missing ones left visible', () => {
  assert.is(renderTemplate('Insult aimed at a person: `{{term}}`', { term: 'moron' }), 'Insult aimed at a person: `moron`');
  assert.is(renderTemplate('{{ score }} of {{count}}: {{missing}}!', { score: 0.876, count: 3 }), '0.88 of 3: {{missing}}!');
  assert.is(renderTemplate('no placeholders', { term: 'x' }), 'no placeholders');
  // The same template again (cut once, then reused) with other data.
  assert.is(renderTemplate('Insult aimed at a person: `{{term}}`', { term: 'idiot' }), 'Insult aimed at a person: `idiot`');
  assert.is(renderTemplate('{{a}}{{a}}', { a: null }), '{{a}}{{a}}');
});

test.run();
