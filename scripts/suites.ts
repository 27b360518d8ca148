/**
 * `npm run suites`: the comment suites helpers wrote without seeing the code (test/fixtures/suites),
 * run through the default pipeline. A measuring tool, not a test.
 *
 * - evasion18.jsonl (development): 300 disguised abusive comments, each with its plain form, and 120
 *   innocent ones. A disguised comment is caught when it gets every label (`profanity`,
 *   `incivility`) its plain form gets; plain forms that get none are counted apart.
 * - evasion19-held-out.jsonl (held out): the same shape, 240 and 120, news and sports voices.
 *   Totals only: its failures are not printed, so it stays a measure of what the engine does on
 *   disguises nobody tuned it for (one innocent was read, the round that took the z plural back).
 * - evasion21.jsonl (development): 300 disguised comments of video, stream, forum and review voices
 *   (50 per category, 108 with two disguises in one word) and 150 innocent ones.
 * - evasion22-odd-lines-held-out.jsonl: 240 disguised comments of news-reader voices and 120 innocent
 *   ones. Its even lines are development (failures shown with `--show`), its odd lines held out
 *   (totals only, never printed).
 * - evasion29-odd-lines-held-out.jsonl: 240 disguised comments of newspaper, blog, forum, review,
 *   sports and neighbourhood voices (40 per category; a third with two disguises in one word, many
 *   of them Unicode styles and scripts the earlier suites seldom use: Cherokee, Armenian, fraktur,
 *   negative squared letters, small Roman numerals) and 120 innocent ones. Even lines development,
 *   odd lines held out (totals only, never printed).
 * - evasion30-odd-lines-held-out.jsonl: 240 disguised comments in the voices of a regional
 *   newspaper, a parenting forum, a game-streaming chat, a music fan site and a council consultation
 *   (40 per category, 79 with two disguises in one word; vowels dropped, look-alike emoji and symbols,
 *   apostrophes inside words, words split by a line break or a slash) and 120 innocent ones. Even
 *   lines development, odd lines held out (totals only, never printed).
 * - evasion31-odd-lines-held-out.jsonl: 240 disguised comments of news, blog, forum, chat and video
 *   voices (40 per category, 80 with two disguises in one word; leet, look-alike scripts, masks,
 *   repeats, spacing, separators, zero-width characters, phonetic respellings, fonts, superscripts,
 *   words split in two or with a slash, plurals with z) and 120 innocent ones. Even lines
 *   development, odd lines held out (totals only, never printed).
 * - evasion32-odd-lines-held-out.jsonl: 240 disguised comments of a local radio station's page, a
 *   city forum, a fan forum, a review site, a gaming chat, a newspaper's opinion column, a parents'
 *   group and a student paper (40 per category, 78 with two disguises in one word; disguises named
 *   by the writer: symbol swaps, leet, Cyrillic and Greek letters, accents, stretched letters,
 *   invisible characters, masks...) and 120 innocent ones. Even lines development, odd lines held
 *   out (totals only, never printed).
 * - evasion34-odd-lines-held-out.jsonl: 240 disguised comments of American, Australian, Canadian,
 *   Irish and British news and sports voices, a game-stream chat, a video thread and a parenting
 *   forum (40 per category, 74 with two disguises in one word; symbol swaps, masks, look-alike
 *   letters, emoji letters, Unicode fonts, upside-down text...) and 120 innocent ones. Even lines
 *   development, odd lines held out (totals only, never printed).
 * - evasion36-odd-lines-held-out.jsonl: 240 disguised comments of a gossip site, a crypto forum, a
 *   football fan page, a cooking blog, a political live blog, a dating-app thread, a music video and
 *   a relationship-advice thread (40 per category, 76 with two disguises in one word; symbol swaps,
 *   sound-alike spellings, leet, accents, look-alike letters, emoji words...) and 120 innocent ones.
 *   Even lines development, odd lines held out (totals only, never printed).
 * - evasion38-odd-lines-held-out.jsonl: 240 disguised comments of a school board's livestream chat, a
 *   hiking forum, a tech-support forum, a sports-betting chat, a beauty channel, a true-crime podcast
 *   community, a car forum and a pet owners' group (40 per category, 120 with two disguises or more
 *   in one word; leet, look-alike letters of Cyrillic, Armenian, Cherokee and Lisu, styled letters,
 *   invisible characters, respellings, separators, emoji for words, masks...) and 120 innocent ones.
 *   Even lines development, odd lines held out (totals only, never printed).
 * - evasion40-odd-lines-held-out.jsonl: 240 disguised comments of a local election live blog, a
 *   fishing forum, a K-pop fan community, a DIY forum, a landlord and tenant board, a cricket thread,
 *   a mobile game's chat and a wedding-planning forum (40 per category, 97 with two disguises or more
 *   in one word; leet, look-alike letters, accents, respellings, invisible characters, emoji for
 *   words, styled letters, separators, acronyms...) and 120 innocent ones. Even lines development,
 *   odd lines held out (totals only, never printed).
 * - evasion42-odd-lines-held-out.jsonl: 240 disguised comments of a university admissions forum, a
 *   horse-riding community, a hip-hop lyrics site, a motorbike forum, a parish newsletter, a trading
 *   chat, a camping forum and a talent-show chat (40 per category, 83 with two disguises or more in
 *   one word; look-alike letters, styled letters, invisible characters, separators, respellings,
 *   emoji, abbreviations, euphemisms, rhyming slang...) and 120 innocent ones. Even lines
 *   development, odd lines held out (totals only, never printed).
 * - evasion44-odd-lines-held-out.jsonl: 240 disguised comments of a football supporters' forum, a
 *   crafts group, a gig drivers' forum, a celebrity news site, an allotment society, an esports chat,
 *   a property listings thread and a science news site (40 per category, 101 with two disguises or
 *   more in one word; leet, look-alike letters of many scripts, invisible characters, separators,
 *   styled letters, accents, respellings, emoji, acronyms, masks...) and 120 innocent ones. Even
 *   lines development, odd lines held out (totals only, never printed).
 * - evasion46-odd-lines-held-out.jsonl: 240 disguised comments of a farming news site, a tabletop
 *   role-playing forum, a classical music review site, a commuter rail page, a skincare forum, a youth
 *   football parents' group, a home-brewing forum and a radio phone-in's page (40 per category, 78 with
 *   two disguises or more in one word; leet, look-alike letters, repeats, accents, separators,
 *   invisible characters, masks, emoji, acronyms, markdown, reversed words...) and 120 innocent ones.
 *   Even lines development, odd lines held out (totals only, never printed). Its writer was given a
 *   list of disguises to use (markdown and reversed words among them), as the next two writers were.
 * - evasion48-odd-lines-held-out.jsonl: 240 disguised comments of a weather forum, a theatre review
 *   site, a mountain-biking club, a personal finance forum, a language-learning community, a wildlife
 *   photography group, a marketplace Q&A and a council meeting's chat (40 per category, 79 with two
 *   disguises or more in one word; leet, stretched letters, invisible characters, look-alike letters,
 *   respellings, masks, algospeak, markup, mirrored and upside-down letters...) and 120 innocent ones.
 *   Even lines development, odd lines held out (totals only, never printed).
 * - evasion50-odd-lines-held-out.jsonl: 240 disguised comments of a sailing club, a podcast's page, a
 *   bakery's reviews, a parents' group, a book club, a fantasy football chat, a cycling campaign and a
 *   retro computing forum (40 per category, 79 with two disguises or more in one word; leet, stretched
 *   letters, separators, words written backwards, HTML and markdown markup, mirrored text...) and 120
 *   innocent ones, written after the thirty-third round's readings were named to its writer as
 *   disguises to use (not the code). Even lines development, odd lines held out (totals only).
 * - evasion52-odd-lines-held-out.jsonl: 240 disguised comments of a hospital's feedback page, a
 *   skateboarding forum, a chess club chat, a planning objections page, a food delivery app's reviews,
 *   an astronomy forum, a dog-walking group and a festival's comment wall (40 per category, 81 with two
 *   disguises or more in one word, chosen by the writer with no list given: leet and symbol swaps
 *   above all, look-alike letters, masks, repeats, respellings, accents, spacing...) and 120 innocent
 *   ones. Even lines development, odd lines held out (totals only, never printed).
 * - evasion54-odd-lines-held-out.jsonl: 240 disguised comments of a regional paper's sports and music
 *   pages (football, rugby, cricket, boxing, cycling, gigs, festivals, album reviews, fan forums; 40
 *   per category, disguises of the writer's choosing: leet, look-alike letters, respellings, spacing,
 *   emoji, zero-width characters, masks...) and 120 innocent ones. Even lines development, odd lines
 *   held out (totals only, never printed).
 * - evasion56-odd-lines-held-out.jsonl: 240 disguised comments of a game's community hub, a stream
 *   chat, a tech review site, a programming Q&A forum, a crypto forum and a dating app's profile
 *   comments (40 per category, disguises of the writer's choosing: leet above all, masks, look-alike
 *   letters, spacing, zero-width characters, punctuation, misspellings, abbreviations, algospeak...)
 *   and 120 innocent ones. Even lines development, odd lines held out (totals only, never printed).
 * - evasion58-odd-lines-held-out.jsonl: 240 disguised comments of a local news site, a neighbourhood
 *   app, a pet owners' forum, a DIY forum and a travel review site, written towards the harder end
 *   (half with two disguises or more: leet above all, Cyrillic, Armenian and Greek look-alikes,
 *   zero-width characters, accents, small capitals, dotless i, bidi overrides, Roman numerals...) and
 *   120 innocent ones. Even lines development, odd lines held out (totals only, never printed).
 * - evasion60-odd-lines-held-out.jsonl: 240 disguised comments of a student forum, a gym app's
 *   community, a farming forum, a faith discussion board and a fashion blog (40 per category,
 *   disguises of the writer's choosing: leet, symbol swaps, masks, sounds, look-alike letters,
 *   zero-width characters, maths fonts, emoji, algospeak, abbreviations...) and 120 innocent ones.
 *   Even lines development, odd lines held out (totals only, never printed).
 * - evasion62-odd-lines-held-out.jsonl: 240 disguised comments of a national news site's live blogs,
 *   comment sections and letters page (politics, immigration, crime, health, royals, celebrities; 40
 *   per category, the mix its writer expected of a year of real filter-dodging: masks, leet,
 *   misspellings, look-alike letters, punctuation and spacing, dropped vowels...) and 120 innocent
 *   ones. Even lines development, odd lines held out (totals only, never printed).
 * - evasion64-odd-lines-held-out.jsonl: 240 disguised comments as the young type them on phones under
 *   short videos and streams, on a school's social app and in a mobile game's chat (leet and symbols
 *   above all, emoji, sound-alike spellings, spacing, abbreviations...) and 120 innocent ones. Even
 *   lines development, odd lines held out (totals only, never printed).
 * - evasion66-odd-lines-held-out.jsonl: 240 disguised comments of review sites (restaurants, hotels,
 *   tradespeople), a workplace review site, a renting forum and a dating app's profile comments (40
 *   per category, the widest mix of disguises of any suite: 64 labels, leet, symbols, zero-width
 *   characters, look-alike letters of three scripts, maths fonts, right-to-left overrides...) and 120
 *   innocent ones. Even lines development, odd lines held out (totals only, never printed).
 * - evasion68-odd-lines-held-out.jsonl: 240 disguised comments of a science and environment site, a
 *   running and cycling club, a parenting app, a religion debate forum and a festival's app (40 per
 *   category, disguises of the writer's choosing: leet, symbols, Cyrillic look-alikes, sounds, spacing,
 *   accents...) and 120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion70-odd-lines-held-out.jsonl: 240 disguised comments of a sports-betting forum, a recipe
 *   site, a classic-car forum, a K-pop fan community and a seniors' board (40 per category, 27
 *   disguise labels: Cyrillic look-alikes, asterisks, sounds, leet, invisible characters, accents,
 *   styled letters...) and 120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion72-odd-lines-held-out.jsonl: 240 disguised comments of a crime and courts site, a hiking
 *   forum, a student-loans forum, a game-modding site and a gardening club (30 disguise labels) and
 *   120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion74-odd-lines-held-out.jsonl: 240 disguised comments of an anime forum, a horse-racing tips
 *   site, property listings, a bodybuilding Q and A and a small-town community page (67 disguise
 *   labels, leet digits above all) and 120 innocent ones. Even lines development, odd lines held out.
 * - evasion76-odd-lines-held-out.jsonl: 240 disguised comments of a radio phone-in page, an angling
 *   forum, a care workers' group, a crypto trading channel and a theatre fans' forum (leet digits,
 *   symbols and disguises on several words above all) and 120 innocent ones. Even lines development,
 *   odd lines held out (totals only).
 * - evasion78-odd-lines-held-out.jsonl: 240 disguised comments of a wedding forum, a motorcycle club,
 *   a homeschooling group, an esports chat and a paper's letters page (32 disguise labels) and 120
 *   innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion80-odd-lines-held-out.jsonl: 240 disguised comments of a university sports society, a
 *   vintage clothing marketplace, a local politics group, a cat rescue forum and a phone repair forum
 *   (27 disguise labels: leet, sounds, asterisks, accents, invisible characters, styled letters...)
 *   and 120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion82-odd-lines-held-out.jsonl: 240 disguised comments of a truck drivers' forum, a reality-TV
 *   recap site, a genealogy forum, a speedrunning chat and a housing tenants' page (leet and symbols
 *   above all, disguises on several words) and 120 innocent ones. Even lines development, odd lines
 *   held out (totals only).
 * - evasion84-odd-lines-held-out.jsonl: 240 disguised comments of a comic-book forum, a surfing
 *   community, a tattoo studio's reviews, a football referees' forum and a nurses' union page (33
 *   disguise labels) and 120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion86-odd-lines-held-out.jsonl: 240 disguised comments of an MMA fan forum, a baking contest,
 *   a hunting forum, a streaming service's show discussion and a school alumni group (31 disguise
 *   labels) and 120 innocent ones. Even lines development, odd lines held out (totals only).
 * - evasion88-odd-lines-held-out.jsonl: 240 disguised comments of an airline's complaints page, a
 *   horror-fiction writers' forum, a rural village group, a basketball fan forum and a vegan cooking
 *   blog (33 disguise labels) and 120 innocent ones. Even lines development, odd lines held out.
 * - innocent33-odd-lines-held-out.jsonl: 300 innocent comments that careless or over-eager filters
 *   flag (15 traps, 20 each: rude-looking place, brand and personal names, rude substrings, news of
 *   violence, violent idioms, game and sport talk, identity terms, clinical terms, animal and food
 *   names, leet-looking codes, stylised and foreign text, civil disagreement, mental-health support,
 *   words discussed as words, aggressive-sounding compliments). Even lines development, odd lines
 *   held out (totals only, never printed).
 * - innocent35-odd-lines-held-out.jsonl: 300 more innocent comments, written against a filter that
 *   catches disguises (15 traps, 20 each: digits beside words, innocent asterisks and symbols,
 *   usernames, stretched letters, spaced or dotted letters, foreign look-alike words, other scripts,
 *   fonts and emoji, rude-looking names, words split by a hyphen, slash or line break, reversals and
 *   puns, violent or medical words in context, strong titles, affectionate intensifiers, sharp but
 *   civil criticism). Even lines development, odd lines held out (totals only, never printed).
 * - innocent39-odd-lines-held-out.jsonl: 300 more innocent comments in the voices of a local paper,
 *   a cycling club, a parenting group, a game forum, a gardening blog, a student paper, a music review
 *   site and a neighbourhood network (15 traps, 20 each: digits and symbols in codes, rude substrings,
 *   rude-looking names, styled fonts, other languages, spaced or dotted letters, stretched letters,
 *   glued hashtags and user names, violent words meant literally, violent idioms, medical and
 *   sexual-health terms, identity terms, abuse reported, harsh criticism aimed at no one, animal,
 *   food and dialect words). Even lines development, odd lines held out (totals only, never printed).
 * - innocent45-odd-lines-held-out.jsonl: 300 more innocent comments, written against a filter that
 *   reads through disguises, in the voices of a regional paper, a running club, a new-parents forum,
 *   a retro game forum, a cooking channel, a local history society, a pharmacy Q&A board and a
 *   neighbourhood watch group (15 traps, 20 each: words split by a space or a line break whose pieces
 *   joined look rude, rude substrings, rude-looking names, acronyms that collide with rude ones,
 *   codes with digits and symbols, emoji in their everyday sense, styled and upside-down text,
 *   stretched or spaced letters, violent words meant literally, violent idioms, health terms,
 *   identity terms, abuse reported, harsh criticism, other languages). Even lines development, odd
 *   lines held out (totals only, never printed).
 * - innocent49-odd-lines-held-out.jsonl: 300 more innocent comments, written against the thirty-third
 *   round's readings (named to the writer, not the code), in the voices of a local paper, a
 *   home-brewing forum, a linguistics forum, a rail group, a web developers' Q&A, a travel review site,
 *   a gaming chat and a gardening club (15 traps, 20 each: markdown and HTML tags inside words, words
 *   hyphenated or split across lines, words rude backwards, mirrored and upside-down text, brand and
 *   place names, codes, roman numerals, leet-looking text, spaced and stretched letters, rude
 *   substrings, violent or sexual words meant literally, harsh but civil criticism). Even lines
 *   development, odd lines held out (totals only, never printed).
 * - innocent53-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of the writer's own
 *   choosing (told only what kinds of disguise the filter reads), in the voices of a regional paper,
 *   a knitting forum, a motorsport site, a pharmacy Q&A, a history society, a game chat, a property
 *   forum and a school parents' group (rude substrings, words joined across a space, place names,
 *   names and brands, clinical words, double meanings, one letter off, leet-looking codes, loaded
 *   numbers, words rude backwards, spaced letters, markup inside words, joined hashtags and handles,
 *   innocent masks, foreign words). Even lines development, odd lines held out (totals only).
 * - innocent55-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of the writer's own
 *   choosing, in the voices of a news site, a cooking blog, a gardening forum, a gaming forum and a
 *   community page (rude substrings, names and places, words glued or reversed, codes, spaced or dotted
 *   letters, stretched letters, violent idioms, news of crime and war, medical talk, identity terms,
 *   quoting to criticise, animals, plants and food, foreign words, banter, Unicode, emoji and markdown).
 *   Even lines development, odd lines held out (totals only).
 * - innocent57-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of meaning more than
 *   spelling (civil politics, harsh criticism of work, abuse reported in the news, history and war,
 *   friendly trash talk, self-harm discussed supportively, sex education, identity terms, advice that
 *   sounds like commands, fiction, idioms, abbreviations that collide with vulgar ones, places and
 *   surnames, literal animal and food words, praise in the grammar of attacks), in the voices of a
 *   national paper, a parenting forum, a church newsletter, a history society, a programming forum and
 *   a book club. Even lines development, odd lines held out (totals only).
 * - innocent59-odd-lines-held-out.jsonl: 300 more innocent comments that look like disguises on the
 *   surface (product codes, plates and postcodes, prices and scores, handles, passwords and hashes,
 *   formulas and units, redactions and ratings, words spelled out, stretched words, other alphabets,
 *   fancy Unicode, emoji meant literally, words rude backwards, glued or split words, initialisms of
 *   organisations), in the voices of a tech forum, a shop's reviews, a parents' group, a sports
 *   club, a recipe site, a music fan site and a local news site. Even lines development, odd lines
 *   held out (totals only).
 * - innocent61-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of the writer's choosing
 *   (rude substrings, names of people, places, pubs and brands, food, plants and breeds, foreign
 *   words, livestock breeding, sexual health, scripture, old literature, court reports quoting abuse,
 *   identity terms reclaimed, harsh criticism, violent slang, dark humour, emoji, acronyms), in the
 *   voices of a student forum, a gym app, a farming forum, a faith board, a fashion blog and a local
 *   news site. Even lines development, odd lines held out (totals only).
 * - innocent67-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of the writer's choosing
 *   (place names, personal names, business names, food, animals and plants, foreign words, medical
 *   words, trade jargon, rude substrings, abuse reported, harsh but fair reviews, violent idioms,
 *   fiction, emoji and styled text, codes and abbreviations, harmless "yourself" phrases), in the
 *   voices of review sites, a workplace review site, a renting forum, a dating app and a local news
 *   site. Even lines development, odd lines held out (totals only).
 * - innocent69-odd-lines-held-out.jsonl: 300 more innocent comments, 15 traps of the writer's choosing
 *   (rude substrings, places, personal names, foreign words, anatomy, animals, food, sport jargon,
 *   violent idioms, reported speech, harsh criticism, titles, religion, identity terms, codes and
 *   styling), in the same voices as evasion68. Even lines development, odd lines held out (totals only).
 * - innocent71-odd-lines-held-out.jsonl: 300 innocent comments of medicine, nursing, veterinary and
 *   farm life and of trades whose jargon sounds rude (breeding, castration, anatomy, bodily functions,
 *   plumbing, electrics, carpentry, machining, culling, safety warnings...). Even lines development,
 *   odd lines held out (totals only).
 * - innocent73-odd-lines-held-out.jsonl: 300 innocent comments in the language of violence and insult
 *   used innocently (sport, games, kitchens, markets, reviews, war history, crime fiction, banter,
 *   self-mockery, threats to objects...). Even lines development, odd lines held out (totals only).
 * - innocent75-odd-lines-held-out.jsonl: 300 innocent comments by and about people of many identities
 *   written respectfully, reclaimed terms, offensive words discussed as words (etymology, moderation
 *   policy, court reports), and rude-looking names of people, places and products. Even lines
 *   development, odd lines held out (totals only).
 * - innocent77-odd-lines-held-out.jsonl: 300 innocent comments of combat sports, cricket, darts,
 *   hunting and shooting, veterans, police, fire and ambulance crews, true crime and suicide
 *   prevention, whose talk is full of violence, death and weapons. Even lines development, odd lines
 *   held out (totals only).
 * - innocent79-odd-lines-held-out.jsonl: 300 innocent comments of odd-looking harmless text: handles,
 *   product codes, formulas, code, hashtags, emoji, other languages and scripts, transliterated names,
 *   lyrics, initialisms, stretched words, and rude-looking names of foods, bands, games and places.
 *   Even lines development, odd lines held out (totals only).
 * - innocent81-odd-lines-held-out.jsonl: 300 innocent comments of British, Irish, Australian and
 *   American slang, dialect and regional words that sound or look rude (food, places, tools, birds,
 *   plants, surnames, old meanings). Even lines development, odd lines held out (totals only).
 * - innocent83-odd-lines-held-out.jsonl: 300 innocent comments of sports and games commentary,
 *   fantasy leagues, betting tips and heated fan arguments full of killing, destroying and shooting in
 *   their sporting senses. Even lines development, odd lines held out (totals only).
 * - innocent85-odd-lines-held-out.jsonl: 300 innocent comments of parenting, pregnancy,
 *   breastfeeding, puberty, sex education, toilet training, periods and menopause, written frankly.
 *   Even lines development, odd lines held out (totals only).
 * - innocent87-odd-lines-held-out.jsonl: 300 innocent comments of history, literature and religion:
 *   scripture and old texts quoted, rude-looking names of people and places, insults' etymology, wars
 *   and executions described. Even lines development, odd lines held out (totals only).
 * - innocent89-odd-lines-held-out.jsonl: 300 innocent comments of online and technical text: code,
 *   shell commands, handles, URLs, file names, hashes, versions, emoji, redactions with asterisks,
 *   spaced letters. Even lines development, odd lines held out (totals only).
 * - probe23-odd-lines-held-out.jsonl: 200 plain abusive comments phrased the ways angry people
 *   write (threats, self-harm urged, insults, attacks on groups; 50 each, no disguises) and 200
 *   innocent ones of the same vocabulary. Per category, even lines development, odd lines held out
 *   (never printed).
 * - probe30-odd-lines-held-out.jsonl: 200 plain abusive comments (threats, self-harm urged, insults,
 *   identity attacks, sexual harassment; 40 each, no disguises) and 200 innocent ones of the same
 *   vocabulary (news, idioms, heated debate, identity, game and sport talk), in the voices of a
 *   regional paper, a national news site, a football forum, a streaming chat and a parenting forum.
 *   Per category, even lines development, odd lines held out (never printed).
 * - probe47-odd-lines-held-out.jsonl: a third probe of the same shape as probe30 (200 plain abusive,
 *   200 innocent of the same vocabulary), in the voices of a city paper, a politics site, a rugby
 *   forum, a streaming chat, a dating-app safety forum, a neighbourhood noticeboard, a fitness forum
 *   and a student forum. Per category, even lines development, odd lines held out (never printed).
 * - probe20.jsonl (development): 80 sexual harassment and 80 veiled threats without explicit words,
 *   160 innocent comments of the same shapes; caught when `incivility` is a label, innocent when no
 *   `incivility` nor `profanity` label is. Split in halves per category (even lines, odd lines) to see
 *   whether rules written from one half hold on the other.
 *
 * `npm run suites -- --show <category>` prints the failures of a category of the development suites.
 */
import { readFileSync } from 'node:fs';
import { createModerator } from '../src/node.js';

interface Row { kind?: string; plain?: string; text: string; category: string; expect?: string; disguise?: string }

const folder = new URL('../test/fixtures/suites/', import.meta.url);
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const moderator = await createModerator();
const labelsOf = (text: string): string[] => moderator.moderateSync({ body: text }).labels.filter((label) => label === 'profanity' || label === 'incivility');

function rows(file: string): Row[] {
  return readFileSync(new URL(file, folder), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Row);
}

function evasions(file: string, heldOut: boolean, half?: 'even' | 'odd'): void {
  const per = new Map<string, [number, number]>();
  let caught = 0;
  let tried = 0;
  let unlabelled = 0;
  let innocent = 0;
  let innocents = 0;
  for (const row of rows(file).filter((_, index) => half === undefined || index % 2 === (half === 'even' ? 0 : 1))) {
    if (row.kind === 'innocent') {
      innocents++;
      const clean = labelsOf(row.text).length === 0;
      if (clean) innocent++;
      else if (!heldOut && show === 'innocent') console.log(`  innocent: ${row.text}`);
      continue;
    }
    const wanted = labelsOf(row.plain ?? '');
    if (wanted.length === 0) {
      unlabelled++;
      if (!heldOut && show === 'plain') console.log(`  plain gets no label (${row.category}): ${row.plain ?? ''}`);
      continue;
    }
    const got = labelsOf(row.text);
    const ok = wanted.every((label) => got.includes(label));
    tried++;
    if (ok) caught++;
    const count = per.get(row.category) ?? [0, 0];
    per.set(row.category, [count[0] + (ok ? 1 : 0), count[1] + 1]);
    if (!ok && !heldOut && show === row.category) console.log(`  ${row.category} (${row.disguise ?? ''}): ${row.text} [plain: ${wanted.join(', ')}; got: ${got.join(', ') || 'none'}]`);
  }
  // (A suite of innocents only: its innocents alone.)
  const evasionPart = tried + unlabelled === 0 ? '' : `caught ${caught} of ${tried} (${((100 * caught) / tried).toFixed(1)} %; ${unlabelled} whose plain form gets no label left out); `;
  console.log(`${file}${half === undefined ? '' : `, ${half} lines`}: ${evasionPart}innocents clean ${innocent} of ${innocents}`);
  if (!heldOut && tried > 0) console.log(`  ${[...per].map(([category, [ok, all]]) => `${category} ${ok}/${all}`).join(', ')}`);
}

function probe(file: string, oddHeldOut = false): void {
  const halves = [new Map<string, [number, number]>(), new Map<string, [number, number]>()];
  const seen = new Map<string, number>();
  for (const row of rows(file)) {
    const index = seen.get(row.category) ?? 0;
    seen.set(row.category, index + 1);
    const labels = labelsOf(row.text);
    const ok = row.expect === 'abusive' ? labels.includes('incivility') : labels.length === 0;
    const half = halves[index % 2]!;
    const count = half.get(row.category) ?? [0, 0];
    half.set(row.category, [count[0] + (ok ? 1 : 0), count[1] + 1]);
    if (!ok && show === row.category && !(oddHeldOut && index % 2 === 1)) console.log(`  ${row.category}: ${row.text}`);
  }
  halves.forEach((half, index) => console.log(`${file}, ${index === 0 ? 'even' : oddHeldOut ? 'odd (held out)' : 'odd'} lines: ${[...half].map(([category, [ok, all]]) => `${category} ${ok}/${all}`).join(', ')}`));
}

evasions('evasion18.jsonl', false);
evasions('evasion19-held-out.jsonl', true);
evasions('evasion21.jsonl', false);
// The suites split in halves: even lines development, odd lines held out (totals only).
for (const suite of ['evasion22', 'evasion29', 'evasion30', 'evasion31', 'evasion32', 'evasion34', 'evasion36', 'evasion38', 'evasion40', 'evasion42', 'evasion44', 'evasion46', 'evasion48', 'evasion50', 'evasion52', 'evasion54', 'evasion56', 'evasion58', 'evasion60', 'evasion62', 'evasion64', 'evasion66', 'evasion68', 'evasion70', 'evasion72', 'evasion74', 'evasion76', 'evasion78', 'evasion80', 'evasion82', 'evasion84', 'evasion86', 'evasion88', 'innocent33', 'innocent35', 'innocent39', 'innocent45', 'innocent49', 'innocent53', 'innocent55', 'innocent57', 'innocent59', 'innocent61', 'innocent67', 'innocent69', 'innocent71', 'innocent73', 'innocent75', 'innocent77', 'innocent79', 'innocent81', 'innocent83', 'innocent85', 'innocent87', 'innocent89']) {
  evasions(`${suite}-odd-lines-held-out.jsonl`, false, 'even');
  evasions(`${suite}-odd-lines-held-out.jsonl`, true, 'odd');
}
probe('probe20.jsonl');
probe('probe23-odd-lines-held-out.jsonl', true);
probe('probe30-odd-lines-held-out.jsonl', true);
probe('probe47-odd-lines-held-out.jsonl', true);
