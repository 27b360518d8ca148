import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { displayForm } from '../../src/text/display.js';
import { TextAnalysis } from '../../src/text/analysis.js';
import { createModerator } from '../../src/index.js';

const RLO = '\u202e';
const PDF = '\u202c';

test('a right-to-left override shows its letters in reverse, up to its pop mark or the line end', () => {
  assert.is(displayForm(`${RLO}uoy kcuf${PDF}`)?.text, 'fuck you');
  assert.is(displayForm(`well ${RLO}tihs${PDF} happens`)?.text, 'well shit happens');
  assert.is(displayForm(`${RLO}ab\ncd`)?.text, 'ba\ncd');
  // Each displayed character keeps the span of the stored one.
  const form = displayForm(`${RLO}ab${PDF}`)!;
  assert.equal([...form.starts], [2, 1]);
  assert.equal([...form.ends], [3, 2]);
});

test('upside-down text is turned back: reversed as generators write, in place where that spells common words', () => {
  assert.is(displayForm('ʞɔnɟ')?.text, 'fuck');
  assert.is(displayForm('ɹǝsol noʎ')?.text, 'you loser');
  assert.is(displayForm('sʇᴉʇ ɹnoʎ ǝɯ ʍoɥs')?.text, 'show me your tits');
  assert.is(displayForm('ᴉ ʍᴉll ʞᴉll ʎon')?.text, 'i will kill you');
  assert.is(displayForm('ʎon ɹǝʇɐɹp')?.text, 'you retard');
  // One word turned among plain ones; one turned-only character where every character turns.
  assert.is(displayForm('you ɥɔʇᴉq')?.text, 'you bitch');
  assert.is(displayForm('I know ǝɹǝɥʍ you ǝʌᴉl')?.text, 'I know where you live');
  assert.is(displayForm('ʇnls')?.text, 'slut');
});

test('a line written backwards, with "you" backwards in it, is read in reverse where that spells more common words', () => {
  assert.is(displayForm('uoy llik lliw I')?.text, 'I will kill you');
  assert.is(displayForm('toidi uoy\nthanks')?.text, 'you idiot\nthanks');
  assert.is(displayForm('diputs era uoY')?.text, 'You are stupid');
  // Each displayed character keeps the span of the stored one.
  const form = displayForm('ba uoy')!;
  assert.equal([...form.starts], [5, 4, 3, 2, 1, 0]);
  // Not without "you" backwards, nor where the line reads better as written.
  for (const text of ['lleh ot og', 'the duo sang about you', 'uoy is a word I do not know, you see']) assert.is(displayForm(text), undefined, text);
});

test('a long turned run is read whole (no call whose arguments grow with the text)', () => {
  const form = displayForm('ʞɔnɟ '.repeat(60_000))!;
  assert.is(form.text.length, 300_000);
  assert.is(form.text.slice(0, 5), 'fuck ');
});

test('text that reads as it is stored has no display form', () => {
  for (const text of ['hello', 'The ɔ in Twi is open', 'ɐ', '¡Hola! ¿Qué tal?', 'İstanbul', 'ʌp', 'A ∩ B', 'Ǝ=mc2', 'Λ is lambda', `${'x'.repeat(50)}`]) {
    assert.is(displayForm(text), undefined, text);
  }
});

// Turned and overridden pieces among plain ones, astral characters and unpaired surrogates.
const pieces = fc.constantFrom(RLO, PDF, '\u2069', '\n', ' ', 'ʞɔnɟ', 'ɹǝsol', 'noʎ', 'ʇ', 'nls', 'ɐ', 'ǝ', 'you', 'kcuf', '😀', '𝐟', '\ud800', 'dpqb', '(', ')');
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 25 }).map((parts) => parts.join('')));

test('a display form loses nothing but override marks and reads every stored character at most once', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const form = displayForm(text);
      if (form === undefined) return;
      const seen = new Set<number>();
      for (let at = 0; at < form.text.length; at++) {
        const start = form.starts[at] as number;
        const end = form.ends[at] as number;
        assert.ok(start >= 0 && start < end && end <= text.length, JSON.stringify(text));
        // The units of one displayed character share its span; no other character has it.
        if (at > 0 && form.starts[at - 1] === start) continue;
        assert.not.ok(seen.has(start), JSON.stringify(text));
        seen.add(start);
      }
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code >= 0xdc00 && code <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) continue;
        if (code === 0x202e || code === 0x202c || code === 0x2069) continue;
        assert.ok(seen.has(at), `${JSON.stringify(text)} lost ${at}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('evidence found in the display form is the stored span it came from, through HTML too', () => {
  fc.assert(
    fc.property(texts, fc.nat(30), fc.nat(30), (text, a, b) => {
      const analysis = new TextAnalysis({ body: text }, 20_000);
      const evidence = analysis.evidence(Math.min(a, b), Math.max(a, b));
      assert.is(evidence.text, text.slice(evidence.start, evidence.end));
      assert.ok(evidence.start <= evidence.end);
    }),
    { numRuns: 2000 },
  );
  const analysis = new TextAnalysis({ body: '<b>ʞɔnɟ</b> &amp; ɟɟo ssᴉd', format: 'html' }, 20_000);
  assert.is(analysis.text, 'fuck & piss off');
  assert.equal(analysis.evidence(0, 4), { start: 3, end: 7, text: 'ʞɔnɟ' });
  assert.equal(analysis.evidence(7, 15), { start: 18, end: 26, text: 'ɟɟo ssᴉd' });
});

test('the moderator reads what a reader sees', async () => {
  const moderator = await createModerator();
  const overridden = moderator.moderateSync({ body: `nice ${RLO}uoy kcuf${PDF}` });
  assert.ok(overridden.labels.includes('profanity'));
  const turned = moderator.moderateSync({ body: 'ɹǝsol noʎ' });
  assert.is(turned.action, 'hold');
  assert.equal(turned.reasons[0]?.evidence?.[0]?.text, 'ɹǝsol');
  assert.is(moderator.moderateSync({ body: 'ɹǝɥʇɐǝʍ ǝɔᴉu' }).action, 'approve');
  const backwards = moderator.moderateSync({ body: 'toidi uoy' });
  assert.is(backwards.action, 'hold');
  assert.equal(backwards.reasons[0]?.evidence?.[0]?.text, 'toidi');
});

test('turned letters written in order, level on common words either way, read in place where that spells more everyday words ("ʞıll" is kill); a flipped word with none either way is reversed', () => {
  assert.is(displayForm('the juror should just ʞıll herself')?.text, 'the juror should just kill herself');
  // Neither spelling an everyday word, the one that spells a lexicon's word; both everyday, reversed.
  assert.is(displayForm('what a miserable ʇʍɐʇ')?.text, 'what a miserable twat');
  assert.is(displayForm('I know ǝɹǝɥʍ you ǝʌᴉl')?.text, 'I know where you live');
  assert.is(displayForm('ʞɔnɟ')?.text, 'fuck');
  assert.is(displayForm('ʇnls')?.text, 'slut');
});

test('mirrored letters (evasion48\'s development half): a run with two mirrored-only characters, or one where every character mirrors, is read mirrored back, in reverse as generators write it unless read in place it spells more words ("ɘɘjit")', async () => {
  assert.is(displayForm('Councillor Hale is a TU⅃Ƨ.')?.text, 'Councillor Hale is a SLUT.');
  assert.is(displayForm('you ɿɘƨol')?.text, 'you loser');
  assert.is(displayForm('This ƚiʜƨ compiler')?.text, 'This shit compiler', 'ƚ for a mirrored t, ʜ an h (evasion50\'s development half)');
  assert.is(displayForm('Some ɘɘjit in a BMW')?.text, 'Some eejit in a BMW');
  // One mirrored-only character among letters that do not mirror is left alone ("the vowel ɘ").
  assert.is(displayForm('the vowel ɘ in the chart'), undefined);
  const moderator = await createModerator();
  const mirrored = moderator.moderateSync({ body: 'Councillor Hale is a TU⅃Ƨ.' });
  assert.ok(mirrored.labels.includes('profanity'));
  assert.equal(mirrored.reasons.find((reason) => reason.code === 'profanity.vulgar')?.evidence?.[0]?.text, 'TU⅃Ƨ');
});

test.run();
