import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { builtinLexiconEntries, compileLexicon } from '../../src/lexicon/index.js';
import { compileTrie } from '../../src/lexicon/compile.js';
import { walkTrie } from '../../src/lexicon/match.js';
import { normalize } from '../../src/text/normalize.js';
import { lettersReferenced } from '../../src/text/source-looks.js';
import { incivilityLexiconInput } from '../../src/classifiers/bundled-lexicon.js';

const lexicon = compileLexicon({ entries: builtinLexiconEntries() });
const trie = compileTrie({ entries: builtinLexiconEntries() });
// As the pipeline compiles the incivility lexicons: with split, doubled and informal spellings.
const pipelineTrie = compileTrie(incivilityLexiconInput());

// Strings that stress the normalizer: astral characters, marks, invisibles, leet, masks, separators.
const tricky = fc.array(
  fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('f', 'u', 'c', 'k', ' ', '.', '-', '_', '*', '$', '@', '0', '1', '4', '\u200b', '\u0301', '\u00ad', '😀', '𝐟', 'ｆ', 'ѕ', 'ᴍ', "'", '’', 'idiot', 'moron', 'kill yourself', '\ud800', '\udc00'),
    // The readings of letters drawn alike, dashes, hashtags in capitalized words, lone symbols.
    fc.constantFrom('#', 'You', 'aB', 'I', 'II', 'l', 'L', 'vv', '--', '__', '!', '?', '\u0000', 's h', 'ldiot', 'sIut'),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

test('normalization never throws and never loses or reorders original positions', () => {
  fc.assert(
    fc.property(tricky, (source) => {
      const { text, start, end } = normalize(source);
      assert.is(start.length, text.length);
      assert.is(end.length, text.length);
      for (let index = 0; index < text.length; index++) {
        const from = start[index] as number;
        const to = end[index] as number;
        assert.ok(from >= 0 && from < to && to <= source.length, `span ${from}-${to} of ${source.length}`);
        if (index > 0) {
          assert.ok(from >= (start[index - 1] as number), 'starts never go backwards');
          assert.ok(to >= (end[index - 1] as number), 'ends never go backwards');
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('every evidence span is the exact slice of the source', () => {
  fc.assert(
    fc.property(tricky, tricky, (before, after) => {
      const source = `${before} you m0r0n ${after} f.u.c.k`;
      for (const match of lexicon.match(source)) assert.is(source.slice(match.start, match.end), match.text);
    }),
    { numRuns: 1000 },
  );
});

test('matching a text and matching its shared normalization give the same matches', () => {
  fc.assert(
    fc.property(tricky, (source) => {
      assert.equal(lexicon.match(source), lexicon.matchNormalized(source, normalize(source)));
    }),
    { numRuns: 2000 },
  );
});

test('the matcher does work linear in the text on adversarial input', () => {
  const shapes = ['*', '4', 'a', 'f*', 's5', ' .', 'fu', '\u0301a', '😀', 'fu ', 'ff', 'f.', 'a!', '|_|', '()', 'u '];
  for (const [shape, of] of shapes.flatMap((shape) => [[shape, trie], [shape, pipelineTrie]] as const)) {
    const steps = (length: number): number => {
      const stats = { steps: 0 };
      walkTrie(of, normalize(shape.repeat(length)).text, stats);
      return stats.steps;
    };
    const small = steps(2_000);
    const large = steps(20_000);
    assert.ok(large <= small * 12 + 1000, `${JSON.stringify(shape)}: ${small} steps for 2k, ${large} for 20k`);
    assert.ok(large <= 20_000 * shape.length * 300, `${JSON.stringify(shape)}: bounded per character`);
  }
});

test('walks start only within reach of a letter: 20,000 masks cost what 200 do', () => {
  const steps = (text: string): number => {
    const stats = { steps: 0 };
    walkTrie(trie, normalize(text).text, stats);
    return stats.steps;
  };
  assert.is(steps('*'.repeat(20_000)), steps('*'.repeat(200)));
  // Near a letter the masks are still read ("****ing" is a disguised word).
  const ids = (text: string) => lexicon.match(text).map((match) => `${match.id} ${match.text}`);
  assert.ok(ids('f***ing').length > 0);
  assert.equal(ids(`${'#'.repeat(5_000)} f***ing`), ids('f***ing'));
});

test('normalization output grows linearly with adversarial input', () => {
  for (const shape of ['f . ', 'a\u0301\u0301\u0301', '\u200b', 'ﬃ', '𝐟 ', '- - ', 'a!', '|_|', '/\\']) {
    const small = normalize(shape.repeat(2_000)).text.length;
    const large = normalize(shape.repeat(20_000)).text.length;
    assert.ok(large <= small * 10 + 10, `${JSON.stringify(shape)}: ${small} → ${large}`);
  }
});

test('each result keeps its own offset map, however many texts are normalized after it', () => {
  const first = normalize('you m0r0n');
  const copy = { start: [...first.start], end: [...first.end] };
  const long = 'ab '.repeat(30_000);
  for (const text of ['another text', long, 'f.u.c.k', ...Array.from({ length: 3000 }, (_, index) => `text number ${index}`)]) {
    const result = normalize(text);
    assert.is(result.start.length, result.text.length);
    assert.is(result.end.length, result.text.length);
  }
  assert.equal([...first.start], copy.start);
  assert.equal([...first.end], copy.end);
  assert.is(normalize(long).text, long);
});

test('the documented steps, one by one', () => {
  assert.is(normalize('ＦＵＬＬ 𝐛𝐨𝐥𝐝 ⓒⓘⓡⓒⓛⓔ').text, 'full bold circle');
  // An apostrophe between letters of such fonts keeps the word whole, as between plain letters.
  assert.is(normalize("𝗜'𝗹𝗹 𝘆𝗼𝘂’𝗿𝗲 Ｉ＇ｌｌ I'll").text, 'ill youre ill ill');
  // Parenthesized letters are the letters (their brackets are no leet c).
  assert.is(normalize('⒡⒰⒞⒦ ⒤⒟⒤⒪⒯').text, 'fuck idiot');
  assert.is(normalize('ѕһіт ᴍᴏʀᴏɴ').text, 'shit moron');
  assert.is(normalize('mσron ғuck ѡhore ðick').text, 'moron fuck whore dick', 'Greek sigma, Cyrillic ghe with stroke and omega, eth');
  assert.is(normalize('КҮЅ, үou').text, 'kys you', 'Cyrillic straight u, capital and small');
  // Greek capitals look like the Latin capitals, their small letters like other letters (μ u, ν v).
  assert.is(normalize('YOU ΜΟRΟΝ, ΥΟU ΜUΡΡΕΤ, ΖΗ').text, 'you moron you muppet zh');
  assert.is(normalize('μν ην').text, 'uv nv');
  assert.is(normalize('ƀad ɨt ʉp ƶoo').text, 'bad it up zoo', 'Latin letters with a stroke NFKD leaves alone');
  // A pictograph that stands for a word of abuse is that word; other pictographs stay separators.
  assert.is(normalize('you 🤡, 🖕 you, eat 💩, nice 😀 day').text, 'you clown fuck you eat shit nice day');
  // A word wrapped in emphasis keeps its letters and loses its marks; masks and leet inside words stay.
  assert.is(normalize('go to *hell* or **hell** or ***hell*** (kill) f*ck* (unt').text, 'go to hell or hell or hell kill f*ck* (unt');
  // So do a few words wrapped in stars, single spaces between; a star that closes nothing stays a mask.
  assert.is(normalize('a *blue tit* and **great tits** *a s s* b*tch *uck you').text, 'a blue tit and great tits ass b*tch *uck you');
  // A leet digit stretched after a letter is shortened as a stretched letter is; a number is not.
  assert.is(normalize('l000ser b333at 1000 x1000').text, 'l00ser b33at 1000 x1000');
  // Bold inside a word loses its marks, as markdown shows the word; the marks' span goes to the letter
  // before them. One letter between is a mask ("f**k**"); so are marks with no letter beside them.
  const bold = normalize('Fu**ck**ing k**il**l **un**real f**k** 2**10');
  assert.is(bold.text, 'fucking kill unreal f**k** 2**10');
  assert.equal([bold.start[1], bold.end[1], bold.start[2], bold.end[2]], [1, 4, 4, 5]);
  assert.is(normalize('Fu**ck**ing', { separators: false }).text, 'fu**ck**ing', 'not without the separator step');
  // One letter or leet digit between the marks is bold where letters stand on both sides.
  assert.is(normalize('sh**i**t t**1**ts f**k** x**2').text, 'shit t1ts f**k** x**2');
  // Inline HTML tags inside a word vanish; between words they stay punctuation, and "<" alone a leet c.
  const tagged = normalize('wh<b>o</b>re dumb<b></b>ass a <b>bold</b> word f<ck x<div>y');
  assert.is(tagged.text, 'whore dumbass a <b bold< b word f<ck x<div y');
  assert.equal([tagged.start[2], tagged.end[1], tagged.end[2]], [5, 5, 10]);
  // A numeric character reference for a letter inside a word is the letter; other references stay.
  const referenced = normalize('b&#101;aners f&#x75;ck Q&#38;A &amp; &#101; now');
  assert.is(referenced.text, 'beaners fuck q #38 a amp #101 now');
  assert.equal([referenced.start[1], referenced.end[1]], [1, 7]);
  assert.is(normalize('b&#101;aners', { compatibility: false }).text, 'b #101 aners', 'not without the compatibility step');
  assert.is(lettersReferenced('b&#101;aners &#8230; &#x75;'), 'beaners &#8230; u');
  // A word hyphenated across a line break is one word; a hyphen before a break elsewhere stays a separator.
  const hyphenated = normalize('cock-\ntail c-\r\nunt well -\nknown one-\nTwo');
  assert.is(hyphenated.text, 'cocktail cunt well known one two');
  assert.equal([hyphenated.start[3], hyphenated.end[3], hyphenated.start[4]], [3, 6, 6]);
  // A hashtag in capitalized words is split into its words (each space spans the capital after it).
  const tag = normalize('#YouAreAnIdiot #USA a#BcD');
  assert.is(tag.text, '#you are an idiot #usa a#bcd');
  assert.equal([...tag.start.slice(4, 6)], [4, 4]);
  // The last capital of a run starts the next word ("I" and "A" are words; so is an acronym).
  assert.is(normalize('#IKnowWhereYouLive #DieInAFire #BLMProtest #USAToday').text, '#i know where you live #die in a fire #blm protest #usa today');
  // Armenian look-alikes; letters spelled by regional indicators, negative circled and squared capitals.
  assert.is(normalize('fսck 🇫🇺🇨🇰 🅵🆄🅲🅺 🅘🅓🅘🅞🅣').text, 'fuck fuck fuck idiot');
  // "Fancy text" fonts: Canadian syllabics, Cherokee, Lisu, hooked Latin and currency signs (the
  // generated look-alikes), and Yi syllables (written here).
  assert.is(normalize('ᖴᑌᑕK ᗷITᑕᕼ ꓝꓴꓚꓗ ʄuck fᥙck ƒυ¢к ₣Ʉ₵₭ ꌗꃅꀤ꓄').text, 'fuck bitch fuck fuck fuck fuck fuck shit');
  // "ł" is i (the currency font's i; read as l, Polish "łez", tears, was a slur).
  assert.is(normalize('₴Ⱨł₮ łez').text, 'shit iez');
  // Among letters with marks Polish never uses, it is an l: a word dressed in marks.
  assert.is(normalize('łöšéř ķíłł ŁÖŠÉŘ Słutowo').text, 'loser kill loser siutowo');
  // Not the letters of scripts with many readers (their words would read as Latin), nor prices.
  assert.is(normalize('七乃 был שלום £5 €3').text, '七乃 был שלום £5 €3');
  // An emoji that is a letter stays a letter between letters (pictographs inside words are dropped).
  assert.is(normalize('b🅾🅾st fu🙂ck').text, 'boost fuck');
  assert.is(normalize('café naïve').text, 'cafe naive');
  assert.is(normalize('f\u200bu\u00adc\u200dk\ufeff').text, 'fuck');
  assert.is(normalize('fu\u3164ck i\uffa0d\u115fiot').text, 'fuck idiot', 'Hangul fillers are letters by category that show nothing');
  assert.is(normalize('fuuuuuck').text, 'fuuck');
  // A run of i or l is cut only in one case: a capital I or a small l may be the other letter.
  assert.is(normalize('kiII KlLL kiiii KILLL').text, 'kiii klll kii kill');
  assert.is(normalize('f.u.c.k f u c k f-u-c-k f_u_c_k').text, 'fuck fuck fuck fuck');
  assert.is(normalize('in 2024 a b').text, 'in 2024 a b', 'two single letters are not joined');
  // Unless they stand beside a joined run split alike: a short word of a spaced-out phrase.
  assert.is(normalize('s h u t   u p, g o   d i e, s-h-u-t u-p, s*h*u*t u*p').text, 'shut up go die shut up shut up');
  assert.is(normalize('f-u-c-k a b, x y f*u*c*k').text, 'fuck a b x y fuck', 'not beside a run split otherwise');
  // A separator of several characters joins too, when it is the same between every two letters.
  assert.is(normalize('f...u...c...k f . u . c . k s..t..f..u').text, 'fuck fuck stfu');
  assert.is(normalize('f.u-c_k').text, 'fuck', 'punctuation without white space may change');
  assert.is(normalize('b.i-t_c*h a.s-s_h*o.l-e').text, 'bitch asshole', 'and may have one symbol among it');
  assert.is(normalize('f u*c k').text, 'f u*c k', 'not among white space');
  assert.is(normalize('m o o o o r o n, f-u-u-u-c-k').text, 'mooron fuuck', 'a letter spaced out more than twice in a row is cut to two');
  // Leet and mask symbols between single letters join them like asterisks: the same symbol throughout,
  // a vowel among the letters.
  assert.is(normalize('f!u!c!k f|u|c|k f+u+c+k f(u(c(k s$h$i$t').text, 'fuck fuck fuck fuck shit');
  assert.is(normalize('a*b!c m|r|n').text, 'a*b!c m|r|n', 'mixed symbols in three letters, or no vowel among the letters');
  assert.is(normalize('i*d*i*o|t c-o*c|k, a*b|c').text, 'idiot cock a*b|c', 'four letters or more may mix symbols');
  assert.is(normalize('f u.c k').text, 'f u c k', 'a change to or from white space ends the run');
  // The run is found as characters are written, whatever follows it and whatever script the text is in.
  assert.is(normalize('f u k! now').text, 'fuk! now');
  assert.is(normalize('é f u k! now').text, 'efuk! now');
  assert.is(normalize('a! b! c!').text, 'a! b! c!', 'letters followed by symbols are not single-letter runs');
  // A symbol standing alone (here a mask at the end) is one of the run's single characters: joined
  // whatever stands before the run (it was joined only after a letter that started an earlier count).
  assert.is(normalize('＊v!1/＊').text, '*v1*');
  assert.is(normalize('é👍🏽＊v!1/＊').text, 'e *v1*');
  assert.is(normalize('s h ! t, a $ $ h o l e').text, 'sh!t a$$hole');
  // A spaced-out run does not take the first letter of a masked or leet word that follows it.
  assert.is(normalize('u r a b!tch u r a f@g r u a c*nt').text, 'ura b!tch ura f@g rua c*nt');
  assert.is(normalize('MOTHER F U C K E R!').text, 'mother fucker!', 'a symbol that ends the text is no word');
  // Letters drawn with several characters are those letters.
  assert.is(normalize('f|_|ck |<ike |\\/|oron \\/\\/hore |3itch |2etard |_oser /-\\sshole }{o').text, 'fuck kike moron whore bitch retard loser asshole ho');
  assert.is(normalize('f|_|ck', { leet: false }).text, 'f ck', 'not without the leet step');
  assert.is(normalize("don't").text, 'dont');
  // Invisible characters beside an apostrophe do not split the word it joins.
  assert.is(normalize("Y\u200bo\u200bu\u200b'\u200br\u200be I\u200b’\u200bll").text, 'youre ill');
  assert.is(normalize('m0r0n f**k').text, 'm0r0n f**k', 'leet and masks stay for the matcher to read');
  assert.is(normalize('ＦＵＬＬ', { compatibility: false, caseFold: false }).text, 'ＦＵＬＬ');
  assert.is(normalize('A.B.C.D', { separators: false }).text, 'a b c d');
});

test('the Lisu letter that imitates a capital I is an i ("kꓲll")', () => {
  assert.is(normalize('go ꓗꓲꓡꓡ YOURSELF').text, 'go kill yourself');
});

test.run();
