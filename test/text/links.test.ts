import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TextAnalysis } from '../../src/text/analysis.js';
import { fc } from '../helpers/property.js';
import { findLinks, linkifyMatches, matcher } from '../../src/text/links.js';

const links = (body: string, format?: 'html') => findLinks(new TextAnalysis({ body, format }, 20_000)).map((link) => [link.kind, link.domain, link.start === undefined ? undefined : body.slice(link.start, link.end)]);

test('URLs, bare domains and e-mail addresses, with registrable domains from the public suffix list', () => {
  assert.equal(links('see https://a.b.example.co.uk/x, cheap-pills.shop and me@mail.example.org'), [
    ['url', 'example.co.uk', 'https://a.b.example.co.uk/x'],
    ['url', 'cheap-pills.shop', 'cheap-pills.shop'],
    ['email', 'example.org', 'me@mail.example.org'],
  ]);
});

test('obfuscated links: dot words, bracketed dots, spaced dots, hxxp', () => {
  assert.equal(links('go to example dot com or casino[.]ru or kidsmedia . com or hxxp://bad.example/x'), [
    ['obfuscated', 'bad.example', 'hxxp://bad.example/x'],
    ['obfuscated', 'example.com', 'example dot com'],
    ['obfuscated', 'casino.ru', 'casino[.]ru'],
    ['obfuscated', 'kidsmedia.com', 'kidsmedia . com'],
  ]);
});

test('sentences are not links: "It. Co-workers", "the org. Net profit", version numbers, file names', () => {
  assert.equal(links('It. Co-workers agreed. The org. Net profit rose 5.5 percent, see report.pdf and node.js'), []);
});

test('HTML hrefs count as links', () => {
  assert.equal(links('<a href="https://www.gao.gov/x">report</a>', 'html'), [['href', 'gao.gov', undefined]]);
});


test('asking linkify-it about the stretches around triggers finds what asking about the whole text finds', () => {
  const piece = fc.oneof(
    fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u200b', '\ufeff', '|', '$', '~', '😀', ',', '.', '(', ')', '"', '<', '>', '@', ':', '/', '//', '://', '-', '_', 'www.', 'http://', 'https://', 'mailto:', 'ftp://'),
    fc.constantFrom('example', 'gao', 'me', 'a', 'mail', 'x1', 'пример', 'com', 'org', 'gov', 'co', 'uk', 'shop', 'xyz', 'io', 'рф', 'localhost', '8080', 'path?q=1#f', 'The', 'it'),
    fc.string({ maxLength: 3 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const whole = (matcher().match(text) ?? []).map((match) => [match.index, match.lastIndex, match.url]);
      assert.equal(linkifyMatches(text).map((match) => [match.index, match.lastIndex, match.url]), whole, text);
    }),
    { numRuns: 3000 },
  );
});

test.run();
