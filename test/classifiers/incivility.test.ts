import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc } from '../helpers/property.js';
import { ClassifierTester, createModerator, incivilityClassifier } from '../../src/index.js';
import { BASE_TERMS, EVASIONS } from '../fixtures/evasions.js';
import { quotePositions } from '../../src/classifiers/incivility/setting.js';
import { tableMarks, wordIs, Words } from '../../src/classifiers/incivility/words.js';
import { TextAnalysis } from '../../src/text/analysis.js';
import { leetReadTokens } from '../../src/classifiers/incivility/word-entries.js';

/** Asserts that a reason of the decision on `body` (of reason code `code`, when given) holds a span whose text is `evidence`. */
function assertEvidence(moderator: Awaited<ReturnType<typeof createModerator>>, body: string, evidence: string, code?: string): void {
  const decision = moderator.moderateSync({ body });
  assert.ok(decision.reasons.some((reason) => (code === undefined || reason.code === code) && reason.evidence?.some((span) => span.text === evidence)), `${body}: ${JSON.stringify(decision.reasons)}`);
}

/** Asserts that the decision on each of `bodies` holds a reason of code `code`. */
function assertFound(moderator: Awaited<ReturnType<typeof createModerator>>, code: string, bodies: readonly string[]): void {
  for (const body of bodies) assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
}

/** Asserts that the decision on each of `bodies` holds no reason of code `code`. */
function assertNotFound(moderator: Awaited<ReturnType<typeof createModerator>>, code: string, bodies: readonly string[]): void {
  for (const body of bodies) assert.not.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
}

/** Asserts that the decision on each of `bodies` is `action`. */
function assertAction(moderator: Awaited<ReturnType<typeof createModerator>>, action: string, bodies: readonly string[]): void {
  for (const body of bodies) assert.is(moderator.moderateSync({ body }).action, action, body);
}

new ClassifierTester({ test }).run(incivilityClassifier, {
  valid: [
    'Thanks for the thoughtful article.',
    // A harm not wished: denied, of a thing, or justice.
    "I hope you don't suffer. I hope the market crashes. I hope he rots in prison for what he did.",
    'I had to eat through a straw after my jaw surgery; my grandmother spent a week in hospital.',
    'The drone strike killed the general.',
    'This is political theatre.',
    'You are not an idiot, you just disagree with me.',
    'He called me an idiot yesterday, which was rude.',
    'The murder sprees in the novel are chilling.',
    'I will kill the bill in committee.',
    'If we should inadvertently kill your argument, apologies.',
    'Scunthorpe and Penistone are towns; the cockpit was cramped.',
    'I am a gay black woman and proud of it.',
    '(um, I liked it) and (rap music too) <3',
    'Watched the final of the cup #U #S #A',
    'Bigotry and totalitarian regimes; Dumbledore was no fathead.',
    'The 1488 bus route was cancelled. In 1488 Dias rounded the Cape. Population: 1488',
    'It cost $14.88, or 1,488 pennies :((( ((((so sad))))',
    // Words in single quotes are quoted as in double quotes; apostrophes inside words are no quotes.
    "The word 'moron' was once a medical term, and 'kill them all' a film's line.",
    // Compounds of one word and a term, and rare English words that would read so, stay words.
    'A sentimental peacock, a therapist, a familiar cocktail; rehearse the taradiddle.',
    // Idioms of the threat template's verbs, and a verb with a subject of its own after the modal.
    "I'll beat you to the next story! I'll find you a better source. They will find you guilty. I am sorry it hurt you.",
    // A threat template that runs into a quotation is the writer's words and a quote's, not a threat.
    "A neighbour heard somebody yell 'I'm going to kill you' in the night.",
    // "a" before a term in one word that was not spaced out stays a word.
    'he is amoral, aloser',
    // Words that start with a term, or hold one in three pieces, or a word and a term, stay words.
    'a woodpecker, the backslapper, an inflamer',
    'psychometry, homologous, a cockatoo, controllable, fundamental, temperamental',
    // Tokens that hold "you" and split into no phrase said to the reader stay words.
    'youtube yourselves thankyou bayou youngster #killyourdarlings #TellYourFriends',
  ],
  invalid: [
    { comment: 'You are an idiot.', reasons: [{ messageId: 'insult', category: 'incivility.insult', action: 'hold', evidence: ['idiot'] }] },
    // An opening bracket is no part of the word it opens (it stays in normalized words, for "fu(k").
    { comment: '(you are an idiot)', reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    // A hashtag's mark is no part of its first word: "#YouAreAnIdiot" is "you are an idiot".
    { comment: 'lol #YouAreAnIdiot', reasons: [{ messageId: 'insult', evidence: ['Idiot'] }] },
    // A phrase said to the reader glued to more words, in capitals or camel case too.
    { comment: 'iwillkillyou', reasons: [{ messageId: 'threat', evidence: ['killyou'] }] },
    { comment: 'IKnowWhereYouLive', reasons: [{ messageId: 'threat', evidence: ['KnowWhereYouLive'] }] },
    // (As "GO HANG YOURSELF" is, read by the lexicon and by the grammar's templates.)
    { comment: 'GOHANGYOURSELF', reasons: [{ messageId: 'self-harm', evidence: ['HANGYOURSELF'] }, { messageId: 'threat', evidence: ['HANGYOURSELF'] }] },
    // An apostrophe inside a word, or closing none ("the teachers' union"), quotes nothing.
    { comment: "You're an idiot, don't you know it's true", reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    { comment: "The teachers' union thinks you're an idiot", reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    // Words of degree before a glued insult, contractions without their apostrophe in a glued phrase.
    { comment: 'YouAbsoluteCretin', reasons: [{ messageId: 'insult', evidence: ['Cretin'] }] },
    { comment: 'imgoingtohurtyou', reasons: [{ messageId: 'threat', evidence: ['imgoingtohurtyou'] }] },
    // A term that ends a token glued from two words or more; aimed after a word for the reader.
    { comment: 'gotohellyouidiot', reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    { comment: 'shutupnigger', reasons: [{ messageId: 'slur', evidence: ['nigger'] }] },
    // A masked word of the grammar, where every word it may hide carries the same sets ("h**t" is
    // hurt or hunt, both harm verbs).
    { comment: "mark my words: I'm going to h**t you", reasons: [{ messageId: 'threat', evidence: ["I'm going to h**t you"] }] },
    // Contractions without their apostrophe among the words of a glued token; "your" aims the term after it.
    { comment: 'lol #thatshitdoesntlookgood', reasons: [{ messageId: 'vulgar', evidence: ['shit'] }] },
    { comment: 'sendmepicsofyourtits', reasons: [{ messageId: 'vulgar', evidence: ['tits'] }, { messageId: 'hostile' }] },
    // ... and a pictograph dropped inside a word of the grammar, as a mask there.
    { comment: "I'll f😂nd where you l😂ve", reasons: [{ messageId: 'threat' }] },
    // A spaced-out insult joined to the article before it ("what aloser" after normalization).
    { comment: 'what a l o s e r', reasons: [{ messageId: 'insult', evidence: ['l o s e r'] }] },
    // A term inside a token of four pieces or more, everyday words among them (SCOWL's).
    { comment: 'youbastardyouruinedthewholething', reasons: [{ messageId: 'insult', evidence: ['bastard'] }] },
    // The grammar reads a long token written as one as its words ("i hope your family dies").
    { comment: 'ihopeyourfamilydies', reasons: [{ messageId: 'harm-wish' }] },
    // A phrase written as one counts as its words before a term that ends the token; chat words are words.
    { comment: 'screwyouasshole', reasons: [{ messageId: 'insult', evidence: ['asshole'] }, { messageId: 'vulgar', category: 'profanity' }] },
    { comment: 'lmaolookatthisretard', reasons: [{ messageId: 'insult', evidence: ['retard'] }] },
    // A strong word glued to one other word, written in small letters or in capitals: a name is capitalized.
    { comment: 'stupidfagget', reasons: [{ messageId: 'slur', evidence: ['fagget'] }] },
    { comment: 'SELFISH DEVIOUSBITCH', reasons: [{ messageId: 'insult', evidence: ['BITCH'] }, { messageId: 'vulgar', category: 'profanity', evidence: ['BITCH'] }] },
    { comment: 'lol allmuslimsareterrorists', reasons: [{ messageId: 'group-attack' }] },
    // (And "go away", read word by word as the phrase, as it is written apart: "go away you miserable cunt".)
    { comment: 'goawayyoumiserablecunt', reasons: [{ messageId: 'insult', evidence: ['cunt'] }, { messageId: 'vulgar', category: 'profanity' }, { messageId: 'insult', evidence: ['goaway'] }] },
    // A lexicon phrase ending a token after one word or more.
    { comment: 'godieinafire', reasons: [{ messageId: 'threat', evidence: ['dieinafire'] }, { messageId: 'threat', evidence: ['godie'] }] },
    // A threat in a mathematical font, its contraction's apostrophe inside the word.
    { comment: "𝗜'𝗹𝗹 𝗳𝗶𝗻𝗱 𝘄𝗵𝗲𝗿𝗲 𝘆𝗼𝘂 𝗹𝗶𝘃𝗲", reasons: [{ messageId: 'threat' }] },
    { comment: 'lol youdeservetodie', reasons: [{ messageId: 'harm-wish' }] },
    // A phrase written as one word says the vulgar words it holds, as written apart; a one-word term
    // keeps its own labels ("dumbass" is an insult, though "dumb ass" holds a vulgar word).
    { comment: 'shutthefuckup', reasons: [{ messageId: 'insult', evidence: ['shutthefuckup'] }, { messageId: 'vulgar', evidence: ['shutthefuckup'] }] },
    { comment: 'you dumbass', reasons: [{ messageId: 'insult', evidence: ['dumbass'] }, { messageId: 'vulgar', category: 'profanity' }] },
    // The grammar reads stretched words with their stretched letters as one.
    { comment: "I'll fiiiiind where you liiiiive", reasons: [{ messageId: 'threat' }] },
    { comment: 'I will bbeeaatt you up', reasons: [{ messageId: 'threat' }] },
    // A word split by one dash, dot or underscore is read whole too.
    { comment: 'you ret-ard', reasons: [{ messageId: 'insult', evidence: ['ret-ard'] }] },
    // Laughter ends no exclamation and is no word of a comment that is nothing but an insult.
    { comment: 'what a loser lol', reasons: [{ messageId: 'insult', evidence: ['loser'] }] },
    { comment: 'lmao what an idiot', reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    // An insult alone in a comment is one in any spelling that spans more words ("lo-ser").
    { comment: 'what a lo-ser', reasons: [{ messageId: 'insult', evidence: ['lo-ser'] }] },
    // ... and so is a word of the grammar's templates, where neither piece is one.
    { comment: "I'm going to hu-rt you, I'll fi.nd where you live", reasons: [{ messageId: 'threat', evidence: ["I'm going to hu-rt you"] }, { messageId: 'threat' }] },
    // A one-letter word in a tag ("I", "A") before a capitalized word is a word of its own.
    { comment: 'lol #IKnowWhereYouLive', reasons: [{ messageId: 'threat', evidence: ['KnowWhereYouLive'] }] },
    { comment: 'what the fu(k', reasons: [{ messageId: 'vulgar', category: 'profanity', evidence: ['fu(k'] }] },
    { comment: 'you are a f4cking m0r0n', reasons: [{ messageId: 'vulgar', category: 'profanity', evidence: ['f4cking'] }, { messageId: 'insult', evidence: ['m0r0n'] }] },
    { comment: 'Shut up, nobody asked you.', reasons: [{ messageId: 'insult', evidence: ['Shut up'] }, { messageId: 'insult', evidence: ['nobody asked you'] }] },
    { comment: 'Idiots like you ruin everything.', reasons: [{ messageId: 'insult', evidence: ['Idiots like you'] }] },
    // A whole threat (speaker, modal, harm verb, target) stands over the lexicon phrase it holds.
    { comment: 'I will find you and I know where you live.', reasons: [{ messageId: 'threat', evidence: ['know where you live'] }, { messageId: 'threat', category: 'incivility.threat', evidence: ['I will find you'] }] },
    // So it counts in a longer comment, where the score alone would not reach the threshold.
    { comment: "Keep talking like that and I'm going to hurt you", reasons: [{ messageId: 'threat', evidence: ["I'm going to hurt you"] }] },
    { comment: 'Someone should shoot him.', reasons: [{ messageId: 'threat', evidence: ['Someone should shoot him'] }] },
    { comment: 'You deserve to be beaten.', reasons: [{ messageId: 'threat', evidence: ['deserve to be beaten'] }] },
    { comment: 'Go back to your country, you kike.', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', action: 'reject', evidence: ['kike'] }, { messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['back to your country'] }] },
    // A slur in quotation marks is as often mentioned as used: held for a moderator, not rejected.
    { comment: 'Using the word "faggot" got him suspended.', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold', evidence: ['faggot'] }] },
    { comment: 'you “faggot”', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold', evidence: ['faggot'] }] },
    { comment: 'He used the n****r word on air.', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold', evidence: ['n****r'] }] },
    { comment: 'Bundles of sticks called faggots were burned.', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold', evidence: ['faggots'] }] },
    { comment: 'Being called a faggot at school nearly broke me.', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold', evidence: ['faggot'] }] },
    // The slur respelled is the slur: rejected alone, as "nigger" is, and disguised alike.
    { comment: 'nigga please', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', action: 'reject', evidence: ['nigga'] }] },
    { comment: 'wassup my n1gga', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', action: 'reject', evidence: ['n1gga'] }] },
    { comment: 'Go back to where you came from.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['back to where you came from'] }] },
    { comment: 'Deport them all, send them back.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Deport them'] }, { messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['send them back'] }] },
    { comment: 'Those cockroaches ruin everything.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Those cockroaches'] }] },
    // People named by a role are insulted, not attacked for who they are.
    { comment: 'These politicians are scum.', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['These politicians are scum'] }] },
    // (A vulgar insult is a vulgar word too, aimed or not.)
    { comment: 'Those bastards lie about everything.', reasons: [{ messageId: 'vulgar', category: 'profanity' }, { messageId: 'insult', category: 'incivility.insult', action: 'hold', evidence: ['Those bastards'] }] },
    { comment: 'Christians are all demonic.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Christians are all demonic'] }] },
    { comment: 'Immigrants are vermin.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Immigrants are vermin'] }] },
    { comment: 'Men are garbage.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Men are garbage'] }] },
    { comment: 'kys', reasons: [{ messageId: 'self-harm', category: 'incivility.harassment', evidence: ['kys'] }] },
    { comment: 'Just go k.i.l.l yourself', reasons: [{ messageId: 'self-harm', evidence: ['go k.i.l.l yourself'] }] },
    // "Why don't you ..." suggests; a "no" that answers something else negates nothing after its comma.
    { comment: "why don't you just go kill yourself", reasons: [{ messageId: 'self-harm', category: 'incivility.harassment', evidence: ['go kill yourself'] }] },
    { comment: 'no, kys', reasons: [{ messageId: 'self-harm', category: 'incivility.harassment', evidence: ['kys'] }] },
    { comment: 'I hope she gets raped.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment' }] },
    { comment: 'I hope someone shoots you.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment' }] },
    // The reader's family is wished harm as the reader is.
    { comment: 'I hope your family dies.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment', evidence: ['hope your family dies'] }] },
    { comment: 'hope ur kids get cancer', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment', evidence: ['hope ur kids get cancer'] }] },
    { comment: "I'll put you in hospital, you'll be eating through a straw.", reasons: [{ messageId: 'threat', category: 'incivility.threat' }, { messageId: 'threat', category: 'incivility.threat' }] },
    // Suffering and illness wished, and wishes said as hoping, praying, deserved.
    { comment: 'I hope you drown.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment' }] },
    { comment: 'Praying you get dementia.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment' }] },
    { comment: 'He deserved to be stabbed, honestly.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment' }] },
    { comment: "You'll be sleeping with the fishes.", reasons: [{ messageId: 'threat', category: 'incivility.threat', action: 'hold', evidence: ['sleeping with the fishes'] }] },
    { comment: 'Sleep with one eye open.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Sleep with one eye open'] }] },
    { comment: "I'll make you pay for this.", reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ["I'll make you pay"] }] },
    { comment: "I'll end you.", reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ["I'll end you"] }] },
    { comment: 'I hope your whole family dies.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment', evidence: ['hope your whole family dies'] }] },
    { comment: 'I hope you get run over by a bus.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['hope you get run over'] }] },
    { comment: 'you should commit suicide', reasons: [{ messageId: 'self-harm', category: 'incivility.harassment', evidence: ['you should commit suicide'] }] },
    { comment: 'please just die', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['please just die'] }] },
    { comment: "I'll make your life a living hell.", reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['make your life a living hell'] }] },
    { comment: "Your kids aren't safe.", reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ["Your kids aren't safe"] }] },
    { comment: 'I hope your house burns down.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['hope your house burns'] }] },
    { comment: 'I can hurt you.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['hurt you'] }] },
    { comment: 'I will end you.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['I will end you'] }] },
    // An insult exclaimed ("what a/an ..."), words before it or not, ends its sentence.
    { comment: 'What an absolute moron.', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['moron'] }] },
    // A sexual demand is an order to the reader, "you" or not.
    { comment: 'Send nudes.', reasons: [{ messageId: 'sexual', category: 'incivility.harassment', evidence: ['Send nudes'] }] },
    // A run of marks is one exclamation: "bitch!!!!!" is held as "bitch!!!!" and "bitch" are.
    { comment: '!!!you idiot!!!', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['idiot'] }] },
    { comment: 'bitch!!!!!', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['bitch'] }, { messageId: 'vulgar', category: 'profanity' }] },
    // Emphasis around a word inside a phrase is punctuation.
    { comment: 'I will *find* you', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['I will *find* you'] }] },
    { comment: '(kill) (yourself)', reasons: [{ messageId: 'self-harm', category: 'incivility.harassment', evidence: ['kill) (yourself'] }] },
    { comment: 'you 🤡', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['🤡'] }] },
    // Commands to kill a named person, a pronoun or people who are no group; "death to" a group.
    { comment: 'Kill Trump.', reasons: [{ messageId: 'threat', category: 'incivility.threat', action: 'hold', evidence: ['Kill Trump'] }] },
    { comment: 'Lynch him.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Lynch him'] }] },
    { comment: 'Hang the traitors. All of them.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Hang the traitors'] }] },
    { comment: 'Kill all Tories.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Kill all Tories'] }] },
    // After "and", in a command to chase: the same command goes on.
    { comment: 'Hunt them down and kill them.', reasons: [{ messageId: 'threat', evidence: ['kill them'] }] },
    { comment: 'Death to all Jews.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', action: 'reject', evidence: ['Death to all Jews'] }] },
    // A death wished on a name, over the milder lexicon threat it holds; "the only good X is a dead X".
    { comment: 'Trump should be executed for treason.', reasons: [{ messageId: 'harm-wish', category: 'incivility.harassment', evidence: ['Trump should be executed'] }] },
    { comment: 'The only good Muslim is a dead Muslim.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', action: 'reject' }] },
    { comment: 'Biden deserves a bullet.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['deserves a bullet'] }] },
    { comment: 'Die, commie.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Die, commie'] }] },
    { comment: 'Someone should unalive that senator.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['unalive that senator'] }] },
    { comment: 'Kill every abortion doctor.', reasons: [{ messageId: 'threat', category: 'incivility.threat', evidence: ['Kill every abortion doctor'] }] },
    { comment: 'Burn down every mosque in the country.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Burn down every mosque'] }] },
    // A vocative set off by a comma at the end of its sentence, anywhere in the comment.
    { comment: 'Sit down, clown. Adults are talking.', reasons: [{ messageId: 'insult', evidence: ['Sit down'] }, { messageId: 'insult', evidence: ['clown'] }] },
    { comment: 'Hey dipshit, read the article before commenting.', reasons: [{ messageId: 'insult', evidence: ['dipshit'] }, { messageId: 'vulgar', category: 'profanity' }] },
    { comment: 'You must have been dropped on your head as a baby.', reasons: [{ messageId: 'insult', evidence: ['dropped on your head'] }] },
    // A comment that is nothing but an insult answers someone.
    { comment: 'Idiot.', reasons: [{ messageId: 'insult', evidence: ['Idiot'] }] },
    { comment: 'Total loser!', reasons: [{ messageId: 'insult', evidence: ['loser'] }] },
    // Said of the article's writer or a commenter: participants, as the reader is.
    { comment: 'The author is an idiot.', reasons: [{ messageId: 'insult', evidence: ['idiot'] }] },
    { comment: 'OP is a moron', reasons: [{ messageId: 'insult', evidence: ['moron'] }] },
    { comment: 'The writer of that piece is a moron', reasons: [{ messageId: 'insult', evidence: ['moron'] }] },
    // The writer's own words, attributed after a comma, are still the writer's.
    { comment: 'I will kill you, I said.', reasons: [{ messageId: 'threat', evidence: ['kill you'] }] },
    // Every word capitalized, or a hashtag's words, is no title.
    { comment: 'I Know Where You Live', reasons: [{ messageId: 'threat', evidence: ['Know Where You Live'] }] },
    { comment: 'lol #IWillKillYou', reasons: [{ messageId: 'threat', evidence: ['KillYou'] }] },
    // Title case is no title where a template reads a threat ("I will ... you").
    { comment: 'I swear I will Kill You', reasons: [{ messageId: 'threat', evidence: ['I will Kill You'] }] },
    // Said to the one a command tells to stop being it.
    { comment: 'Stop acting like a bitch. He was a kid.', reasons: [{ messageId: 'insult', evidence: ['bitch'] }, { messageId: 'vulgar', category: 'profanity' }] },
    // Peoples named by the nation, and faiths.
    { comment: 'The Irish are drunken animals.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Irish are drunken animals'] }] },
    { comment: 'Evangelicals are inbred morons.', reasons: [{ messageId: 'group-attack', evidence: ['Evangelicals are inbred'] }] },
    // Stereotypes said of a whole group; "less than human".
    { comment: 'All Mexicans are drug dealers.', reasons: [{ messageId: 'group-attack', evidence: ['Mexicans are drug dealers'] }] },
    { comment: 'These migrants are less than human.', reasons: [{ messageId: 'group-attack', evidence: ['migrants are less than human'] }] },
    // The writer's own journey to harm is no report.
    { comment: 'We went there to kill all the Muslims.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['kill all the Muslims'] }] },
    { comment: 'Torch the migrant hotels with them inside.', reasons: [{ messageId: 'group-attack', category: 'incivility.identity-attack', evidence: ['Torch the migrant hotels'] }] },
    { comment: 'These people are animals, not refugees.', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['These people are animals'] }] },
    // Nazi slogans used are attacks; chanted or quoted, they are reported; a slur chanted is held as a mention.
    { comment: 'Sieg heil.', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', action: 'reject' }] },
    { comment: 'Jews will not replace us.', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', action: 'reject' }] },
    { comment: 'Fans chanted nigger at the player.', reasons: [{ messageId: 'slur-mention', category: 'incivility.identity-attack', action: 'hold' }] },
    { comment: 'You dummy.', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['dummy'] }] },
    // Insults glued to a word for the reader: the evidence is the insult inside the token.
    { comment: 'youareanidiot', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['idiot'] }] },
    { comment: 'Whatever, uridiot.', reasons: [{ messageId: 'insult', category: 'incivility.insult', evidence: ['idiot'] }] },
    // After a hashtag's mark too, the longest insult ("you" + "retard", not "youre" + "tard"); a
    // phrase said to the reader written as one word addresses the reader.
    { comment: 'lol #youretard', reasons: [{ messageId: 'insult', evidence: ['retard'] }] },
    { comment: 'YOUSUCK', reasons: [{ messageId: 'insult', evidence: ['YOUSUCK'] }] },
    // An insult or slur glued to a word of contempt, with no word for the reader.
    { comment: 'what a dirtywhore', reasons: [{ messageId: 'insult', evidence: ['whore'] }, { messageId: 'vulgar', category: 'profanity' }] },
    { comment: 'dirtyfaggot', reasons: [{ messageId: 'slur', category: 'incivility.identity-attack', evidence: ['faggot'] }] },
    // A word of "fuck" after one word ("goatfuckers"); before another term one word is a compound.
    { comment: 'Goatfuckers.', reasons: [{ messageId: 'vulgar', evidence: ['fuckers'] }] },
    // ... and a vulgar word glued to one, as it is written apart.
    { comment: 'holyshit', reasons: [{ messageId: 'vulgar', evidence: ['shit'] }] },
    // Hate symbols in punctuation and numbers, held for review (they are discussed too).
    { comment: '(((They))) will be chased out', reasons: [{ messageId: 'coded-hate', category: 'incivility.identity-attack', action: 'hold', evidence: ['(((They)))'] }] },
    { comment: 'Before they turn the world into a slum. 1488', reasons: [{ messageId: 'coded-hate', action: 'hold', evidence: ['1488'] }] },
    { comment: 'This is fucking great reporting.', reasons: [{ messageId: 'vulgar', category: 'profanity', action: 'flag', evidence: ['fucking'] }] },
    { comment: 'YOU ARE A TOTAL IDIOT AND EVERYONE KNOWS IT', reasons: [{ messageId: 'insult' }, { messageId: 'shouting', category: 'incivility.shouting' }] },
  ],
});

const GROUPS = ['women', 'men', 'Muslims', 'Jews', 'Christians', 'Hindus', 'Black people', 'white people', 'Asians', 'Mexicans', 'Arabs', 'immigrants', 'refugees', 'gay people', 'lesbians', 'trans people', 'transgender people', 'disabled people', 'deaf people', 'atheists', 'Africans', 'Indians', 'Chinese people', 'Latinos', 'feminists', 'queer women'];
const TEMPLATES = ['I am one of the {g}.', '{g} are my neighbours.', 'Many {g} live in this city.', 'I love {g}.', '{g} deserve equal rights.', 'The article interviews {g} about the budget.', 'My best friends are {g}.', '{g} are welcome here.', 'I stand with {g}.', 'As one of the {g}, I disagree with the policy.', 'Proud to be one of the {g}.', 'Support for {g} grew this year.'];

test('bias suite: identity terms in neutral and positive sentences give no finding at all', async () => {
  const moderator = await createModerator();
  const findings: string[] = [];
  for (const group of GROUPS) {
    for (const template of TEMPLATES) {
      const body = template.replace('{g}', group);
      const decision = await moderator.moderate({ body: body[0]!.toUpperCase() + body.slice(1) });
      const found = decision.reasons.filter((reason) => reason.source === 'classifier:incivility');
      if (found.length > 0) findings.push(`${body}: ${found.map((reason) => reason.message).join('; ')}`);
    }
  }
  assert.is(GROUPS.length * TEMPLATES.length, 312);
  assert.equal(findings, []);
});

test('news vocabulary gives no incivility finding', async () => {
  const moderator = await createModerator();
  const sentences = [
    'The strike killed three soldiers near the border.', 'Police say the murder sprees ended in 2019.', 'The bombing campaign lasted a month.', 'This is political theatre.',
    'This policy is a disaster.', 'The general was shot during the coup.', 'Protesters were beaten by riot police, witnesses said.', 'Terrorists attacked the embassy.',
    'The court heard the rape case on Monday.', 'Immigrants were killed in the fire, officials said.', 'The senator called the bill a disaster.', 'Critics say the plan will kill jobs.',
    'The army will strike back, the minister warned.', 'Hang the picture in the hall.', 'The jury found him guilty of assault.', 'Stocks crashed and investors took a beating.',
    'Refugees were treated like animals in the camps, the report says.', 'The players went back to the dressing room.', 'Get out of the way of the storm.', 'These people deserve our help.',
    'These animals at the zoo are lovely.', 'Those criminals should be jailed.', 'I hate Russian policy.', 'The Senate should send them back to committee.', "Let's go back to the topic.", 'Russians are dying in this war.', 'What do the owners want to get out of us this season?',
    'Prisoners were kept in subhuman conditions.', 'The refugees live in sub-human conditions.', 'My heart goes out to all those women battling cancer.', 'The White House is evil.',
    // Allow-list phrases name no group: the garbage men are refuse collectors.
    'The garbage men went on strike today.', 'Thank your trash man.',
    "I hope he dies peacefully, he's suffered enough.", 'My grandad is in hospice; I hope he dies without pain.', "What a moron would say about this bill is anyone's guess, but the vote was fair.", 'Your argument is idiotic and ignores every study done on minimum wage.', 'The testicular cancer charity wants men to check monthly.', 'The Chinese property developer Evergrande was ordered to liquidate.', 'The Church of Satan is mostly atheists with a theatrical streak.', 'Do you know where you live relative to the flood zone?', 'A chink of light came through the curtains.', 'Retard the ignition timing by two degrees.', 'This album will blow me away.', "Well, blow me down!", "I don't send nudes, obviously.", 'I will end this debate now.', 'Kill the bill.', 'Kill them with kindness.', 'Kill Bill was a great film.', "Kill 'Em All is still Metallica's best album.", 'Execute the plan.', 'Burn the mortgage papers.', 'Fans chanted sieg heil at the match.', 'White supremacists at Charlottesville chanted "Jews will not replace us."', 'Sieg Heil salutes were seen at the rally.', 'Blood and soil was a Nazi slogan.', 'These people are animal lovers.', 'These people are dangerous, police warned.', 'Torch the old hotel for insurance money, the police allege.', 'The mob tried to burn the church in 1921.', 'Die Hard is my favourite Christmas film.', 'Kill this bill before it reaches the floor.', 'So kill all you can, the game rewards it.', 'Bryan should have a legit shot at the title.', 'The only good thing about it is a dead battery warning.', 'The contractor should have finished the job by May.', 'Smoking should be banned in parks.',
    "Illegal immigrants should be deported. That's what the law says.", "Deport all illegal immigrants who commit violent crimes, that's common sense.", 'Protesters chanted death to America outside the embassy.', 'We will end poverty in a generation.', 'I hope he beats cancer.', 'I hope your mom recovers from cancer soon.', 'They make you pay for this privilege twice.', 'I hope your family is well.',
    'I hope she kills it tonight.', 'They used a crash test dummy.', 'Pussy Riot members were jailed again.',
    // Hate a group meets, what a group condemns, a group after a preposition, things a group adjective
    // names, sayings the writer rejects: no attack on the group.
    'Muslims face rising hate in Europe, a new report says.', 'Hate crimes against gay people rose 10%.', 'Stop Asian Hate rallies were held in 20 cities.',
    'As a gay man, I hate this policy.', 'Racism against Black people is evil.', 'Muslim leaders condemned the disgusting attack.',
    'Black players were subjected to monkey chants, and the club banned the fans.', 'Christian leaders called the ruling disgusting.',
    'Women are no less than human.', 'Muslims who are terrorists should be jailed like anyone else.', 'Drug dealers targeted Mexican families.',
    'Police will hunt you down if you skip bail, the sheriff warned.', 'He should be shot for treason, one congressman said in 1950.',
    "Eminem's Kill You is from the Marshall Mathers LP.", 'You crazy genius, how did you find this data?', 'Trump is an idiot.', 'Gammon, egg and chips for dinner.', 'Call the dog groomer, she is great.', 'Look, idiots are everywhere in politics.', 'The author of this book is an idiot, the critic wrote', 'The author is not an idiot, just wrong.', 'Police told him to stop acting like an idiot.', 'Stop talking about the idiot in the White House.', "The author's point is idiotic.",
    "WHAT IS THIS? Disgusting! Absolutely disappointed in today's America.", 'Pancakes trash', 'Irish whiskey is evil stuff.', 'Find the documents and kill the bill.', 'They found him and shot him, police said.', 'Scottish independence is a joke.', 'Chinese is a hard language and English is a disgusting one to spell.',
    'Mexican cartels are dangerous.', 'Gay bashing is disgusting.', 'The "invasion" rhetoric about migrants is dangerous and has inspired shooters.', "It's wrong to say that Muslims are terrorists.", 'Nobody should say women are inferior.',
    // Harm said of things, idioms, past attempts, quoted threats and exclusions: reports, not threats.
    "No, I won't kill you.", "Don't ever kill yourself.", 'Smoking will kill you.', 'Cholesterol can kill you slowly.', 'A fall may hurt you badly, so use the handrail.', "The heat will kill you if you don't drink water.", "I'm going to shoot you an email later.", "I'll hit you up tomorrow.",
    'The Vietnamese dong fell against the dollar.', 'Coon Rapids, Minnesota, approved the budget.', 'He popped out for a fag during the break.',
    'The Cessna, registration N169A, crashed near Reno.', 'Take the A55 to Holyhead.',
    'The Nazis tried to exterminate them.', 'Schindler saved over a thousand Jews from the Nazis.', 'The Nazis hated gay people too.',
    'Hitler wanted to exterminate the Jews.', 'The administration plans to deport millions of immigrants starting in January.', 'The El Paso shooter drove ten hours to kill Hispanics.',
    "It's a myth that immigrants are criminals; crime data says otherwise.", 'The idea that migrants are dangerous has been debunked by criminologists.', 'Critics say the claim that immigrants are criminals is false.', "I'm sick of people claiming Mexicans are lazy.",
    'Stop saying trans people are mentally ill; the APA disagrees.', 'The propaganda portrayed Japanese people as monkeys during WWII.',
    'The faggots and peas at the pub in Wolverhampton were the best.', 'The teen was charged after posting a threat to kill Jewish students.',
    'The pimp trafficked girls as young as 14 out of a motel on Route 9.', 'Jewish leaders say antisemitism is a disease that must be eradicated.', 'The defendant told the victim "I will kill you", the court heard.', 'She was told to "go back to Africa" by a stranger, police said.',
    // Words that start or end like one for the reader: no glued insult.
    'The youth of today.', 'Urban planning is unutterable boredom.', 'Thankyou for the menu.', 'Watch it on youtube yourself.', 'Police hope someone who saw the stabbing comes forward.', 'The man who murdered her was jailed.',
  ];
  for (const body of sentences) {
    const decision = await moderator.moderate({ body });
    assert.not.ok(decision.labels.includes('incivility'), `${body}: ${decision.reasons.map((reason) => reason.message).join('; ')}`);
  }
});

test('an evasion gives the same top-level label as the plain term, with the default configuration', async () => {
  const moderator = await createModerator();
  let total = 0;
  let same = 0;
  const differing: string[] = [];
  for (const terms of Object.values(BASE_TERMS)) {
    for (const term of terms) {
      const plain = (await moderator.moderate({ body: `you ${term}` })).labels.filter((label) => !label.includes('.'));
      for (const disguise of Object.values(EVASIONS)) {
        const text = disguise(term);
        if (text === term) continue;
        total++;
        const labels = (await moderator.moderate({ body: `you ${text}` })).labels.filter((label) => !label.includes('.'));
        if (plain.every((label) => labels.includes(label))) same++;
        else differing.push(`${text}: ${labels.join(',')} vs ${plain.join(',')}`);
      }
    }
  }
  assert.ok(same / total >= 0.95, `${same}/${total}:\n${differing.join('\n')}`);
});

test('scores rank: an insult scores above a civil comment; profanity has its own score', async () => {
  const moderator = await createModerator();
  const insult = await moderator.moderate({ body: 'you are a pathetic moron' });
  const civil = await moderator.moderate({ body: 'you are right about the budget' });
  assert.ok(insult.scores.incivility > civil.scores.incivility);
  assert.ok(insult.scores.incivility > 0.5);
  assert.ok((await moderator.moderate({ body: 'this is shit' })).scores.profanity > 0);
});

test('"you are a ..." followed by praise or a plain description is no insult; with anything else it still raises the score', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["You're a lucky man to have such a clever wife.", 'You are a wonderful inspiration! Thank you for sharing your story.', 'And you\'re a baseball fan?', 'YOU ARE A BEAUTIFUL FLOWER AND DON\'T YOU FORGET IT!!!', "You're one of my favorite commenters.", "Now you're just teasing me.", 'Thank you, AGuyCommenting, for your kind response.', 'You are a genius!', 'You are the voice of reason.', "You're a saint.", "You're a nurse, so you must see this every day.", 'If you\'re a student, the discount applies.', 'You are a victim of fraud, call your bank.', 'You are a breath of fresh air.', "You're a beast on the court.", "You're the GOAT.", "You're a Democrat, I'm a Republican, and we can still talk.", 'You are an expert on this, please explain.']);
  assertAction(moderator, 'hold', ['you are a disgrace']);
  // A description counts right after the article only: an adjective before it says the rest.
  assertAction(moderator, 'hold', ['You are a horrible little person.']);
  assertAction(moderator, 'hold', ["you're a terrible writer"]);
  assert.equal(moderator.moderateSync({ body: 'You are a good for nothing.' }).reasons[0]?.evidence?.[0]?.text, 'good for nothing');
});

test('threats, incitement, coded hate and insults people write that the lexicons lacked', async () => {
  const moderator = await createModerator();
  const expect = {
    'incivility.threat': ["I'll put you in the ground.", 'gonna end you', 'We know your address.', 'Nice family you have. Shame if something happened to them.', "You won't be safe."],
    'incivility.harassment': ['go rope', 'go jump off a cliff', 'do the world a favor and die', 'kill urslf', 'kil yourself', 'I hope you choke.', "I'd love to bend you over, sweetheart."],
    'incivility.identity-attack': ['oven dodger', 'holohoax', 'Hitler was right.', 'okc nigguh', 'Women belong in the kitchen.', 'Jews control the media.', 'gas chamber for you', "Six million wasn't enough.", 'Gays are groomers.'],
    'incivility.insult': ['you mongoloid', 'you spastic', 'Can you even read, dumbo?', 'You disgust me.', 'go f yourself', 'fk u', 'go fk urself', 'effing idiot', 'you basterd', 'you retart', 'u r a loser', 'Your mother should have aborted you.', 'You sad little man.', 'you waste of air', 'eff you', 'f off', 'you feminazi', 'you utter tosspot', 'you knuckle-dragger', 'you silly old cow', 'nobody wants you here', 'foad', 'you snake', 'you 🐍'],
  };
  for (const [label, bodies] of Object.entries(expect)) {
    for (const body of bodies) assert.ok(moderator.moderateSync({ body }).labels.includes(label), `${body}: ${label}`);
  }
  for (const body of ['My doctor says I have a spastic colon.', 'Old anthropology books describe mongoloid features.', 'Disney is remaking Dumbo.', 'Moby-Dick is a great American novel.', 'She ordered spotted dick for dessert.', 'Kaffir lime leaves add flavour.', 'Hoes and rakes are on sale at the garden centre.', "Uncle Tom's Cabin changed public opinion.", "Nobody thinks you're an idiot for asking.", "You're not an idiot, you're just misinformed.",
    // Allow-list phrases of a helper's civil probe: birds, soups, guns, a team's old name, a town, names after titles.
    'Blue-footed boobies perform a hilarious mating dance.', 'Cock-a-leekie soup is perfect for this weather.', 'Cocks crow at dawn.', 'Cock the hammer, then squeeze the trigger.',
    'The Washington Redskins finally changed their name.', 'Our cocks and hens are laying well.', 'Horny toads are common in Texas.', 'The Mau Mau uprising is a dark chapter of colonial history.', 'Cock Lane is in London.', 'Wild asses are endangered in Mongolia.', 'The ball cock in the cistern needs replacing.', 'The town of Dildo, Newfoundland has a rich fishing history.', 'Medieval peasants used faggots of wood to heat their homes.', 'I ate a faggot with gravy, a traditional dish in Wales.',
    'Condolences to Mrs. Hooker and the whole family.', "Philip K. Dick's novels inspired Blade Runner.", 'I visit my mother at the nursing home every Sunday.', 'Daycare costs $1,800 a month here.', 'Neanderthal DNA is found in most people outside Africa.', 'The fraud trial opens on Monday.', 'The cow and the donkey shared a field.', 'The snake bit the hiker.', 'Monkey business at city hall.']) {
    assert.is(moderator.moderateSync({ body }).action, 'approve', body);
  }
});

test('threats by a person stay threats', async () => {
  const moderator = await createModerator();
  for (const body of ['I will kill you', 'my brother will kill you', "I'll shoot you", 'I will hit you', 'we will exterminate them', 'Jews are the worst nation and they must be annihilated']) {
    assert.ok(moderator.moderateSync({ body }).labels.some((label) => label === 'incivility.threat' || label === 'incivility.harassment'), body);
  }
});

test('hating a group, a creed of hate, and what is said of a group stay attacks', async () => {
  const moderator = await createModerator();
  for (const body of ['I hate gays', 'even god hates dominicans', 'Islam is a religion of hate.', 'Muslims are terrorists', 'Mexicans are dangerous', 'gay men are disgusting', 'I think Muslims are terrorists', 'Believe me, whites are superior to them', 'I want to kill all jews', 'jews are nazis', 'fucking muslims', 'stupid black women']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.identity-attack'), body);
  }
});

test('a group term next to a disease it suffers, or a vulgar word in another sentence, is no attack on it', async () => {
  const moderator = await createModerator();
  const labels = (body: string) => moderator.moderateSync({ body }).labels;
  assert.equal(labels('My heart goes out to all those women battling cancer and their families.'), []);
  assert.equal(labels('38% of women get cancer and 19% die from it.'), []);
  assert.not.ok(labels('It comes to impossibly beautiful women. Shit, maybe she can\'t act.').includes('incivility.identity-attack'));
  assert.not.ok(labels('Gay. Straight. Homo. Lesbian. How about people? Love you all!').includes('incivility.identity-attack'));
  // Said of a group, a disease is an attack; so is a vulgar word in the same sentence, or an insult or
  // a dehumanizing word in the next.
  for (const body of ['Muslims are a cancer.', 'Feminism is a very terrible disease', 'stupid fucking immigrants', 'transgenders need help...they are sick in the head']) {
    assert.ok(labels(body).includes('incivility.identity-attack'), body);
  }
});

test('no attack in a hypothesis, in what others are called, nor in telling someone not to harm themselves', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['if god hates lgbt members so much why did he make them?', "Calling all black people criminals, it's all the same.", "Don't ever kill yourself, no matter what people say.", 'please never kill yourself']);
  for (const body of ['I say Muslims are terrorists', 'what if we send all the immigrants to mars', 'When you blacks take a shit does it come out purple?', 'go kill yourself']) {
    assert.is.not(moderator.moderateSync({ body }).action, 'approve', body);
  }
});

test('a group word that is also an adjective names people only before people, a plural or what is said of them', async () => {
  const moderator = await createModerator();
  const labels = (body: string) => moderator.moderateSync({ body }).labels;
  for (const body of ['I hate black coffee.', 'The White House is evil.', 'I hate white flour and white sugar.', 'Gay marriage was legalised in 2015.']) {
    assert.not.ok(labels(body).includes('incivility.identity-attack'), body);
  }
  for (const body of ['black people are criminals', 'jewish bankers are evil', 'Muslim scum', 'stupid black women', 'I hate gay men', 'that african american monkey']) {
    assert.ok(labels(body).includes('incivility.identity-attack'), body);
  }
});

test('a weak word ("sick", "crazy", "fat", "nobody", "trash") is an insult only when said of the reader', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Are you sick of the traffic too?', 'You must be crazy busy this week.', 'Did you see the fat cat on the roof?', 'Have you read about mental health funding?', 'Nobody knows what you mean.', 'As a man you should always take the trash out.', 'bought a pack of fags', 'I have a 2008 motor and tranny']);
  // (A mask of underscores over a long word reads it whatever spellings share its first letter.)
  for (const body of ['Get a job you dropkick', 'you pleb', 'you chump', 'Pathetic excuse for a human being.', 'shut your gob, you twerp', 'you r____d']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  assertAction(moderator, 'approve', ['The clod of earth fell', 'Chump change', 'the lapdog of the government', 'I bet 10K you lose']);
  for (const body of ['you are so clueless', 'You are either very ignorant or terrible at sarcasm', 'you fuckstick', "you're brainwashed", 'You liar!', 'you really are a dense little dude', 'you are a nobody', 'fucking idiot!', 'you are trash', 'you bozo', 'you eejit', 'you dumdum']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
});

test('a word of the grammar written in leet is that word ("y0u", "th3m"); a number is not one', async () => {
  const moderator = await createModerator();
  assert.is(moderator.moderateSync({ body: 'y0u 1d10t' }).action, 'hold', 'as "you idiot" is');
  assert.ok(moderator.moderateSync({ body: 'y0u are such an idiot' }).labels.includes('incivility.insult'));
  assert.is(moderator.moderateSync({ body: 'Some idiot parked in my spot' }).action, 'approve', 'aimed at no one, as before');
  assert.is(moderator.moderateSync({ body: 'We have 4 idiots on the council, 2024 data says.' }).action, 'approve', '"4" is no "a"');
});

test('the strongest insults (severity 4: slurs of disability, "cunt") count aimed at no one too', async () => {
  const moderator = await createModerator();
  assert.ok(moderator.moderateSync({ body: 'He talks like a retard' }).labels.includes('incivility.insult'));
  assertAction(moderator, 'approve', ['the fire retardant worked']);
});

test('an insult that is a vulgar word is profanity too, aimed or said of someone else; reported or in a name it is neither', async () => {
  const moderator = await createModerator();
  for (const body of ['the wanker next door', 'that bitch from accounts again', 'Ignore him, the arsehole.']) {
    const decision = moderator.moderateSync({ body });
    assert.equal([decision.action, decision.labels.filter((label) => !label.includes('.'))], ['flag', ['profanity']], body);
  }
  // Said of someone as what they are, a strong insult is an attack too (see the test below).
  for (const body of ['she is a stupid bitch', 'my neighbour is a total asshole', 'what a twat he is', 'my boss is such an asshole!']) {
    assert.equal(moderator.moderateSync({ body }).labels.filter((label) => !label.includes('.')), ['incivility', 'profanity'], body);
  }
  assert.equal(moderator.moderateSync({ body: 'you asshole' }).labels, ['incivility', 'profanity', 'incivility.insult', 'profanity.vulgar'], 'aimed, an insult and a vulgar word, as "you fucking idiot"');
  assertAction(moderator, 'approve', ['He called me a "stupid bitch" in the car park.', 'The pussy willows are blooming.', 'The bastard son of the king inherited nothing.', 'the sign said slutpris, the final price', 'Bitche is a small town in Moselle', 'The bastard sword was used in the late Middle Ages.', 'A bastard file is the right tool for the burrs on that hinge.', 'Twatt is a village in Orkney.', 'Some idiot parked in my spot']);
});

test('an insult word written in two ("brain dead", "a hole", "low life") is aimed only as the word is', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['The patient was declared brain dead after the crash.', 'the low life expectancy in the region', 'I dug a hole in the garden', 'The soy boy meme is old', 'People like you and me pay taxes']);
  for (const body of ['you a-hole', 'you brain dead idiot', 'what a low life', 'people like you are the problem', 'shut up']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
});

test('a reply opening with an insult as its own sentence is said to whoever it answers; not about the writer, a third person, nor an adjective', async () => {
  const moderator = await createModerator();
  for (const body of ['Imbecile. The NHS was founded in 1948, not 1958.', 'Idiot. Read the article before you comment.', 'Absolute moron. Read it again.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  assertAction(moderator, 'approve', ['Idiot. I locked myself out again.', "What a berk. He's been wrong about everything.", 'Stupid. The game was stupid.', "Idiot. That's what he called me."]);
});

test('incitement to self-harm and injury threats in idioms, sexual harassment, and crimes pinned on a whole group', async () => {
  const moderator = await createModerator();
  for (const body of ['Eat a bullet.', 'Go throw yourself under a bus.', 'Gas yourself.', "I'll put you in hospital", 'I will knock your teeth out', 'Nigerians are all scammers.', 'Romanians are a nation of pickpockets.']) {
    assert.not.equal(moderator.moderateSync({ body }).action, 'approve', body);
  }
  for (const body of ["Next time I see you at the game y0u'r3 g3771ng $74bb3d.", "I'll make sure you never walk again.", "Can't wait to dance on your grave.", "I can't wait to kill you", 'you will be shot', "Next time I see you at the match you're getting stabbed.", "I'll glass you", 'I swear I will deck him']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.threat'), body);
  }
  assertAction(moderator, 'approve', ['Be careful or you\'ll get shot', 'If you go there you\'ll get shot', 'You won\'t be shot', 'Will you be shot?', 'We will deck the halls', 'Let me glass you a drink', "I won't kill you", 'The vet had to put the dog out of its misery', 'Our defence got a good kicking on Saturday', 'He died a slow and painful death from cancer.']);
  for (const body of ['Pikeys nicked the lead off the church roof.', 'Jungle bunnies everywhere now.', 'Kaffirs running the country.', 'Aboriginal people are lazy drunks.', 'Jews are greedy, that\'s just a fact.', 'Black men are violent by nature.', 'Every single Roma is a criminal.', 'Disabled people are a drain on society.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.identity-attack'), body);
  }
  for (const body of ['What a shitshow of a budget.', 'Shitloads of cars parked on the pavement.', "Well that's a pisstake"]) assert.ok(moderator.moderateSync({ body }).labels.includes('profanity'), body);
  for (const body of ['Add two kaffir lime leaves to the curry', 'Aboriginal art is stunning', 'The shops, what time do they open on Sunday?']) assert.is(moderator.moderateSync({ body }).action, 'approve', body);
  for (const body of ['you leftard', 'you rightard']) assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  for (const body of ["I'd tap that, politics or no politics.", 'Take your top off next time, love', "I'd bend her over that news desk.", 'Lol she needs a good dicking to calm down.', 'You look like you give great head.', "I'd make you my sex slave."]) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.harassment'), body);
  }
  assertAction(moderator, 'approve', ['The fans are gagging for it after the break.', 'My cat likes to sit on my lap', 'The nurse said take your clothes off and put on the gown']);
  assertAction(moderator, 'approve', ["Don't step in front of a train, folks", 'Scammers target Nigerians and Americans alike.', 'Greedy landlords exploit migrants.', 'Telegraph poles were down after the storm.', 'Black men are victims of violent crime.', 'Muslims suffered violent attacks', 'Women are a majority of criminal justice graduates.']);
});

test('a strong word glued to one everyday word is read; English words, names and weaker words so glued are not', async () => {
  const moderator = await createModerator();
  for (const body of ['honkyteacher failed my kid', 'bunch of greedysluts', 'what aslut', '#whitebitch']) assert.not.equal(moderator.moderateSync({ body }).action, 'approve', body);
  assertAction(moderator, 'approve', ['Hitchcock directed it', 'the woodcock is a bird', 'a pussycat', 'homosexual couples', 'I love cocktails', 'among us', 'a homograph', 'squarely in the middle', 'Penistone station', 'Cockburn said', '#crazycats']);
});

test('harm wished on what is the reader\'s; a harm someone does to no one named is no wish; slurs strong alone; no people in "the power"', async () => {
  const moderator = await createModerator();
  for (const body of ['I pray you die', 'H0p3 y0ur pl4n3 cr4$h3$.', 'I w1$h y0ur wh0l3 f4m1ly d13$.', 'I hope your dog dies.', 'Hope your plane crashes.', 'Somebody should bomb that mosque.', 'you should shoot yourself', 'I hope someone shoots you.', 'Take a bath with your toaster.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.harassment'), body);
  }
  for (const body of ['Dumb polack can\'t even speak English.', 'Japs make cheap junk.', 'Some drunk squaw was screaming outside the casino.', 'Honky teacher failed my kid on purpose.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.identity-attack'), body);
  }
  for (const body of [
    'You should definitely shoot in RAW if you want to edit later.', 'Kill the power at the fuse box before you touch those wires, seriously.', 'I hope your dog gets better soon',
    "I hope the stock market doesn't crash", 'We danced at a honky-tonk in Nashville', 'I love doo-wop music from the fifties', 'We skied at Squaw Valley in 2019', 'What a chonky cat!',
    'he needs to go away, gas can!', 'This app lets you send free messages', 'I pray she beats cancer', 'Black people should get covid vaccines as early as possible',
  ]) {
    assert.is(moderator.moderateSync({ body }).action, 'approve', body);
  }
});

test('the grammar reads its words with a letter slipped, swapped or dropped, in small letters only', async () => {
  const moderator = await createModerator();
  for (const body of ['all mslims are violent', 'muslimms should be banned from this country.', 'gypsis are thieves', 'dsiabled people are a drain on society.', 'Black men are viloent by nature.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.identity-attack'), body);
  }
  // A capital makes it a name; a piece of a dashed word is no word of its own; a dehumanizing word
  // that is the subject of its own copula says nothing of the group after it ("can be autistic").
  for (const body of ['All Mslims are viloent', 'congratu-fuckin-lations to all the pitbull owners', 'He made aware that animals can be autistic too.']) {
    assert.not.ok(moderator.moderateSync({ body }).labels.includes('incivility.identity-attack'), body);
  }
});

test('a strong insult said of someone as what they are is an attack on them; a weak one, the writer, a negation or a thing is not', async () => {
  const moderator = await createModerator();
  for (const body of ['he is a moron', 'what a moron that councillor is', 'The councillor is a useless cunt', "he's a total arsehole", 'they are scumbags']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  for (const body of ['Trump is an idiot', 'He is not a moron', "he isn't a moron", 'we were such morons', 'w3 w3r3 such total arseholes', "It's a moronic idea", "That's a bitch of a commute.", 'NFTs are mostly worthless jpegs.', 'What a moron would say about this bill is anyone\'s guess.']) {
    assert.not.ok(moderator.moderateSync({ body }).labels.includes('incivility'), body);
  }
});

test('a negated opinion or saying reaches the insult after it, within its clause', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["Look man, I don't think you're an idiot, your statement didn't make sense.", "I don't think you are stupid.", "Nobody is saying you're an idiot.", "I'm not calling you an idiot", 'I never said you were dumb']);
  for (const body of ['I think you are an idiot', "don't say that, you idiot", "I don't think so, you moron"]) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
});

test('the templates never fail, wherever a comment ends (a phrase cut short at the end was a classifier error)', async () => {
  const moderator = await createModerator();
  const cut = moderator.moderateSync({ body: 'go back to where they came' });
  assert.equal(cut.reasons.map((reason) => reason.code), ['incivility.group-attack']);
  assert.is(cut.reasons[0]?.evidence?.[0]?.text, 'back to where they came');
  // Sentences made of the words the templates look for, in any order, cut anywhere.
  const words = fc.constantFrom('go', 'back', 'to', 'where', 'you', 'they', 'came', 'from', 'send', 'them', 'em', 'home', 'get', 'out', 'of', 'our', 'my',
    'country', 'these', 'those', 'people', 'all', 'kill', 'should', 'be', 'killed', 'i', 'will', 'hope', 'he', 'dies', 'what', 'a', 'an', 'are', 'idiot',
    'immigrants', 'vermin', 'not', 'like', 'treated', 'animals', 'welcome', 'lets', 'nuke', 'if', '.', ',', '"');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 14 }), (sentence) => {
      const decision = moderator.moderateSync({ body: sentence.join(' ') });
      assert.not.ok(decision.reasons.some((reason) => reason.code === 'classifier.error'), `${sentence.join(' ')}: ${JSON.stringify(decision.reasons)}`);
      for (const reason of decision.reasons) for (const span of reason.evidence ?? []) assert.ok(span.end > span.start || span.text === '', JSON.stringify(span));
    }),
    { numRuns: 3000 },
  );
});

test('a quoted slur asks at most for hold: a site that flags identity attacks still only flags it', async () => {
  const moderator = await createModerator({ rules: { name: 'site', version: 1, classifiers: { incivility: { actions: { 'identity-attack': 'flag' } } } } });
  const decision = await moderator.moderate({ body: 'Using the word "faggot" got him suspended.' });
  assert.is(decision.action, 'flag');
});

test('quote marks: double ones, and pairs of single ones on one line; apostrophes inside words none', () => {
  assert.equal(quotePositions(`say 'hi' and "bye"\n'open line\nthen 'x' it's the teachers' union`), [4, 7, 13, 17, 35, 37]);
  // Many single quotes, no line break: every one looked at once (a look for the line's end per quote
  // made this quadratic in a draft).
  assert.is(quotePositions(" 'x".repeat(200_000)).length, 0);
  assert.is(quotePositions("a 'b' ".repeat(100_000)).length, 200_000);
});


test('a threat or self-harm phrase wished on someone is a harm wish; not denied, not on the writer, not being found', async () => {
  const moderator = await createModerator();
  const reasons = (body: string) => moderator.moderateSync({ body }).reasons.map((reason) => reason.code);
  // The reader breaking their own neck is no threat (no one threatens it), but wished it is a harm wish.
  // (A threat wished on the reader from someone else is a harm wish too, as "I hope someone shoots you" is.)
  for (const body of ['Hope you break your neck.', 'Wish this reporter would just drop dead.', 'I hope you take a long walk off a short pier', 'Honestly I wish someone would put you out of your misery.']) {
    assert.ok(reasons(body).includes('incivility.harm-wish'), body);
  }
  for (const body of ["I hope you don't break your neck on those stairs.", 'I hope I never wake up, I wish I could drop dead', "I wouldn't wish you'd break your neck", 'I hope they find you soon.', 'I hope nobody breaks their neck', 'If you hope to break your neck, ski there.']) {
    assert.not.ok(reasons(body).includes('incivility.harm-wish'), body);
  }
  // A warning to the reader stays softened, as before.
  assertAction(moderator, 'approve', ['Careful, you break your neck on those stairs.']);
});

test('harm wished on a person pointed at, and harm-wish idioms of the lexicons', async () => {
  const moderator = await createModerator();
  for (const body of ['Honestly hope this guy gets mugged, he deserves it.', 'I hope you never wake up.', 'Hope you step on a landmine.', "I'd pay to watch you burn.", 'The world would be better if you died tomorrow.']) {
    assert.not.equal(moderator.moderateSync({ body }).action, 'approve', body);
  }
  // An idiom of a wished death said of the writer's morning is no finding alone (counted with the score only).
  assertAction(moderator, 'approve', ['I never wake up before nine.', 'I hope these people get the help they need.', 'I hope the culture of secrecy dies.']);
});

test('a phrase read word by word: several words misspelt, or one split in two, within one clause', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ['Go jupm off a brideg.', 'jupm off a brideg'],
    ['Just klil yousrelf already.', 'klil yousrelf'],
    ['Go drink   ble ach.', 'drink   ble ach'],
    ['Go slit ur   wri sts, emo.', 'slit ur   wri sts'],
    // A four-letter word with a letter slipped, beside another misspelt word (typos.json phraseSlips).
    ['Hpe yoir houso burnss down with you in it.', 'Hpe yoir houso burnss'],
    // In a phrase of three words or more, one word slipped is enough: the other two leave it no other reading.
    ['Hpe you die alone.', 'Hpe you die'],
  ] as const) {
    assertEvidence(moderator, body, evidence);
  }
  // Two common words are not one split ("be at" is no "beat"); a phrase's spelling that is a word of its own,
  // alone, is left to the lexicon ("your dead" is not "you're dead"); nor across a clause.
  assertAction(moderator, 'approve', ['I will be at you know where.', 'Bring out your dead.', 'Go jupm, off a brideg we go', 'Hpe, you die alone in that game.']);
});

test('a grammar word split in two by a space reads as the word ("Mus lims", "peo ple"), not two common words; a word of "ing" with its g dropped ("disgustin")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'reject', ['Mus lims should be banned from this country.', 'All imm igrants r  criminals.', 'Black peo ple are genetically inferior.', "Gays are disgustin'."]);
  // Two common words are no split word ("some one", "any one"), a piece with a mark after it is its own word.
  assertAction(moderator, 'approve', ['Some one told me muslims are kind.', 'Mus, lims and other dogs should be banned from the park.', 'Any one of us can help.']);
});

test('a strong word glued between two words, or after "by", "of" and the like, is read; words of English and of five other languages so glued are not', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [['Only aretardwould write this article.', 'retard'], ["You're acuntand a half.", 'cunt'], ['Nobody wants to hear from aniggalike you.', 'nigga'], ['This whole channel is run byfaggots.', 'faggots']] as const) {
    assertEvidence(moderator, body, evidence);
  }
  // dotard and foursquarely are English, considerarmos Portuguese, abastardare Italian (glue-words.json pairedLookalikes); "indago" starts with "in", no word of BEFORE_TERM.
  assertAction(moderator, 'approve', ['The old dotard forgot his keys.', 'He stood foursquarely behind the plan.', 'Precisamos considerarmos isso.', 'Non vogliamo abastardare la lingua.', 'Enfin indago sur le sujet.']);
});

test('"u\'re" and "yure" are "you\'re" for the lexicon\'s phrases and the grammar alike; "you sux" is "you suck", "bich" is "bitch"', async () => {
  const moderator = await createModerator();
  for (const body of ["u're an idiot", "u're dead", "u're a disgrace", "Next time I see you at the game u're getting stabbed.", 'yure an idiot', 'you sux', 'u suk', 'shut up bich']) {
    assert.not.equal(moderator.moderateSync({ body }).action, 'approve', body);
  }
  for (const body of ["Call me when u're done...", "U're welcome!", 'The River Ure flooded.', 'Marcel Bich founded the company.']) assert.is(moderator.moderateSync({ body }).action, 'approve', body);
});

test('a passive harm called for after another passive reads as the lexicon\'s phrase ("should be lined up and shot" as should be shot)', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [['They should be lined up and shot.', 'should be lined up and shot'], ['The mayor should be dragged out into the street and shot.', 'should be dragged out into the street and shot'], ['These traitors should be rounded up and then hanged.', 'should be rounded up and then hanged']] as const) {
    assertEvidence(moderator, body, evidence);
  }
  // Not a report, a denial, another harm, a new sentence, nor a harm too far from "be".
  assertAction(moderator, 'approve', ['The soldiers were lined up and shot by the regime.', 'They should not be lined up and shot.', 'The suspects should be arrested and charged.', 'They should be arrested. Then the rest of them were shot in the war.', 'He should be taken to the clinic in the town near the farm where the horse was kept and shot.']);
});

test('sexual propositions aimed at someone are harassment; the same words about others or in advice are not', async () => {
  const moderator = await createModerator();
  for (const body of ["you'd look better naked", 'I want to see you naked', 'give me head', "I'd like to have sex with you", 'what color are your panties', "I bet you're good in bed", 'spread your legs for me', 'get on your knees for me', 'suck me off', 'send me a naked pic', 'get naked for me', 'you make me so hard', "I'd rail you", 'I want you in my bed', "you'd look better on your knees", 'I want to smell your panties', "I'll pay you for sex", 'I bet you like it rough']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.harassment'), body);
  }
  assertAction(moderator, 'approve', ['The study asked people how often they have sex with their partners.', "She won't have sex with me, the song goes.", 'Spread your legs shoulder-width apart and bend your knees.', 'Get on your knees to check under the sink.', 'Show me your body of work, says the editor.']);
});

test('more ways of telling someone to die or wishing it', async () => {
  const moderator = await createModerator();
  for (const body of ['go jump in front of a train', 'overdose already', 'take a bottle of pills', "you'd do everyone a favor if you died", 'everyone would be happier if you were dead', 'the world would be a better place without you', 'your family would be better off without you', 'the world is better off without you', "you'd be better off dead", 'no one would notice if you were gone', 'why are you even alive', "you don't deserve to live", 'crawl into a hole and die', 'go an hero', 'I hope you get hit by a car', "I wish you'd die", 'I hope you get covid and die', 'I hope someone kills you', 'I hope you starve', 'I hope you bleed out', 'I hope you get hit by a train', 'I hope you fall down the stairs', 'I wish you had never been born']) {
    assert.not.equal(moderator.moderateSync({ body }).action, 'approve', body);
  }
  assertAction(moderator, 'approve', ['I hope nobody gets covid this winter.', 'I hope the vaccine kills the virus.', "I'd be better off dead than in that job, honestly.", 'He tried to jump in front of a train last year; a stranger stopped him.', 'She attempted to overdose twice before getting help.', 'I hope the children do not starve this winter.', 'I hope nobody starves.', 'Now you will probably wish you had never been born.']);
});

test('self-harm someone else told another to do is reported ("someone keeps telling me to kys"); the reader told, or the writer telling, is not', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Mods, someone in my DMs keeps telling me to kys, can you ban them please?', 'he told her to kys', 'stop telling people to kys', 'people keep telling him to go kill himself']);
  assertFound(moderator, 'incivility.self-harm', ["I'm telling you to kys", 'I told him to kys', 'kys']);
});

test('threats of beating, suffering and death; "beat you to it" stays a race', async () => {
  const moderator = await createModerator();
  for (const body of ["I'll beat you to death", "I'll beat you to a pulp", "I'll make you suffer", "I'll make sure you suffer", "I'll break every bone in your body", "I'll blow your head off", "you're a dead man", "I'll snap your neck", "I'll poison you", "I'll decapitate you", "I'll stomp your face", "I'll torch your car", "I'll skin you alive", "I'll knock your lights out"]) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.threat'), body);
  }
  assertAction(moderator, 'approve', ["I'll beat you to it.", "I'll beat you to the punch.", 'These prices make you suffer.', 'This song will blow your head off.', "Don't worry, I'll run you over to the station.", 'That movie will knock you out.', 'This tea will poison you.', "We'll stomp the competition."]);
});

test('the grammar of sexual advances: a part of the body or an act wanted of someone, or a remark on a part, in any spelling the grammar reads', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ['I want to see your boobs', 'I want to see your boobs'],
    ['show me ur t1ts', 'show me ur t1ts'],
    ['Now flash your boobies for the camera', 'flash your boobies'],
    ['send me pics of your nipples', 'send me pics of your nipples'],
    ["I'd grab your ass so hard", "I'd grab your ass"],
    ['lemme squeeze those thighs', 'lemme squeeze those thighs'],
    ['Can I see your panties?', 'I see your panties?'],
    ['I want to see you in your underwear', 'I want to see you in your underwear'],
    ["I'd bang you", "I'd bang you"],
    ['i wanna undress u', 'wanna undress u'],
    ['nice rack, show us more', 'nice rack'],
    ['Sexy ass babe', 'Sexy ass'],
  ] as const) {
    assertEvidence(moderator, body, evidence, 'incivility.sexual');
  }
  assertNotFound(moderator, 'incivility.sexual', ['A nice rack of lamb with rosemary.', 'Squeeze your thighs together at the top of the lift.', 'Feel your thighs burn on the last climb.', 'They will bang you up for years for that.', "I don't want to see your underwear, pull your trousers up.", 'Show me your work on question three.', 'Grab your coat, we are leaving.', 'He grabbed her breasts, the court heard.', 'Touch your toes ten times.', 'my juicy peach']);
});

test('harm wished without a wish word: "may", "can\'t wait", "want to see", "the sooner ... the better"; on someone after it; by a vehicle; on a person named by role', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ['May you die slowly', 'May you die'],
    ['may your family suffer', 'may your family suffer'],
    ["Can't wait for you to die", 'wait for you to die'],
    ['I want to see you suffer', 'see you suffer'],
    ["I'd love to see him hang", 'see him hang'],
    ["The sooner he's dead the better", "sooner he's dead"],
    ['I wish cancer on you', 'wish cancer on you'],
    ['I hope someone runs you over', 'hope someone runs you over'],
    ['I hope the mayor gets hit by a truck', 'hope the mayor gets hit by a truck'],
    ['You deserve to be run over', 'You deserve to be run over'],
    ['Hopefully someone shoots him', 'Hopefully someone shoots'],
    ['I hope the councillor gets stabbed', 'hope the councillor gets stabbed'],
  ] as const) {
    assertEvidence(moderator, body, evidence, 'incivility.harm-wish');
  }
  assertAction(moderator, 'approve', ['I hope they ban him.', 'They should ban him from the forum.', 'Hopefully they deport him.', "I don't want to see you suffer.", "I can't wait to see you win.", 'May the best team win.', 'May you live long.', 'I hope he runs over the details again.', 'I hope the doctor kills the infection.', 'The sooner the better.', "I'd love to see you kill it tonight.", "I can't wait for this season to die down.", 'I want to see the bill die in committee.', 'I hope he gets hit by a pitch.', 'I wish death on nobody.']);
});

test('self-harm urged on the reader: a harm to "yourself", "die" or "overdose" as a command, after "you should", or asked "why don\'t you"; not dye, titles, dismay or everyday phrases', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ["why don't you just die", "why don't you just die"],
    ['you should end your life', 'you should end your life'],
    ['you should just give up and die', 'you should just give up and die'],
    ['Go drown yourself', 'Go drown yourself'],
    ['Honestly just die', 'Honestly just die'],
    ['go starve yourself', 'go starve yourself'],
    ['overdose on your pills', 'overdose'],
    ['you need to electrocute yourself', 'you need to electrocute yourself'],
    ['you should take your own life', 'you should take your own life'],
  ] as const) {
    assertEvidence(moderator, body, evidence, 'incivility.self-harm');
  }
  assertAction(moderator, 'approve', ['You should die your hair red.', 'Die Hard is my favourite film.', 'Die Zeit reported it first.', 'Cut yourself some slack.', "You'll kill yourself laughing.", "Don't kill yourself working so hard.", 'Burn yourself out and you will be no use to anyone.', 'Never give up and die.', 'Die... Now I have a short fringe again.', 'Take your time.', 'If you overdose, call 911.', 'You should end your subscription.', 'Go easy on yourself.']);
});

test('"shoot yourself in the foot" is the idiom, and a harm to a hand or a leg one is warned of a mishap; in the head it is urged', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Raising fees now would be to shoot yourself in the foot.', "Hold the nail gun like that and you'll shoot yourself in the hand.", 'careful, you could cut yourself in the finger with that blade']);
  assertFound(moderator, 'incivility.self-harm', ['go shoot yourself in the head', 'you should shoot yourself', 'shoot yourself in the face']);
});

test('tableMarks names a word the grammar\'s table lacks; wordIs tells a word from its characters', async () => {
  assert.throws(() => tableMarks([[['zzqxnotaword'], 1]]), /"zzqxnotaword" is no word of the grammar's table; add it to LITERALS/);
  const marks = tableMarks([[['boobs'], 1]]);
  const analysis = new TextAnalysis({ body: 'show me your boobs, run' }, 10_000);
  const words = new Words().read(analysis, []);
  assert.equal([0, 1, 2, 3, 4].map((index) => words.marked(index, marks)), [0, 0, 0, 1, 0]);
  assert.ok(wordIs(words, 4, 'run') && !wordIs(words, 4, 'ru') && !wordIs(words, 3, 'run') && !wordIs(words, 9, 'run'));
});

test('a slur glued to another word in a sentence\'s capitalized first word, and after "i" opening a glued token; names glued so inside a sentence stay names', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'reject', ['Chinksbrought the virus here.', 'Fine. Kikescontrol the media.', 'ihateniggers']);
  assertAction(moderator, 'approve', ['I love Hitchcock films.', 'Cockburn wrote the column.', 'We drove to Penistone. Hitchcock was playing.', 'imissyou', 'ithinkso', 'Crapstone in Devon is a tiny village.', 'Shitterton is in Dorset.']);
});

test('insults of the mind ("you have the IQ of a potato", "do you even have a brain", "a pathetic excuse for a journalist") and veiled threats ("you won\'t see it coming", "keep talking and see what happens")', async () => {
  const moderator = await createModerator();
  for (const body of ['You have the IQ of a potato.', 'He has the IQ of an ant.', 'You clearly have the reading comprehension of a toddler.', 'Do you even have a brain?', 'What a pathetic excuse for a journalist.', 'you sorry excuse for a man']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  for (const body of ["You won't see it coming", "I'll wipe that smile off your face", 'Keep talking and see what happens', 'Say that to my face and see what happens', "I'll have you killed"]) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.threat'), body);
  }
  assertAction(moderator, 'approve', ['The IQ of a typical voter has risen.', 'Do you have a brain scan booked?', 'Have you killed a deer before?', "The goalkeeper won't see it coming, that free kick was perfect.", 'That news will wipe that smile off your face, sorry.', 'He would never say that to my face.']);
});

test('a term named as a word ("the word retard", "the slur faggot") is mentioned; people called a slur in the plural ("calling people faggots") are a mention, held, not rejected', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['The word retard is offensive, stop using it.', "We've used the word cunt three times in this thread.", 'Is the term redneck fair?']);
  for (const body of ['Calling people faggots is never okay.', 'He used the slur faggot twice.']) {
    const decision = moderator.moderateSync({ body });
    assert.is(decision.action, 'hold', body);
    assert.ok(decision.reasons.some((reason) => reason.code === 'incivility.slur-mention'), body);
  }
  assertAction(moderator, 'hold', ['you are a retard']);
});

test('threats from "I\'d" and at a person pointed at; harm wished five words on; games and feelings are no harm; groups bred like rats or called a burden', async () => {
  const moderator = await createModerator();
  for (const body of ["I'd punch him in the face", 'I would punch that reporter', 'Keep writing this garbage and see what happens to your kids.', 'You deserve a good beating.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.threat'), body);
  }
  assert.ok(moderator.moderateSync({ body: 'I hope your whole family gets cancer.' }).labels.includes('incivility.harassment'));
  assertAction(moderator, 'reject', ['These people breed like rats.', 'Disabled people are a burden on the rest of us.']);
  assert.ok(moderator.moderateSync({ body: 'Shut your mouth, you old hag.' }).labels.includes('incivility.insult'));
  assertAction(moderator, 'approve', ['I will beat you at chess.', "I'll hurt your feelings if I tell the truth.", "I'd kill for a coffee.", "I'd hit him up later.", 'Student loans are a burden on young people.', 'I hope they find a cure for cancer.', 'Why should Putin deal?  He just murders those of differing opinion.', 'I hope your whole family has a lovely Christmas.', "I'd love to destroy him but I need tech support."]);
});

test('the antisemitic conspiracy trope said of Jews is an attack; the same verbs of other groups, or the trope reported as a lie, are not', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'reject', ['Jews run the banks and the media, wake up.', 'The Jews own Hollywood.', 'Jewish people control the world.']);
  assertAction(moderator, 'approve', ['Women run the world!', 'Immigrants run the economy in this town.', 'Jews run the deli on my street.', 'Democrats control the Senate.', 'The claim that Jews control the media is an antisemitic lie.', "It's a myth that Jews run the banks."]);
});

test('insults denied ("no", "anything but", "far from"), called of oneself, or in "idiot-proof" are none; an insult said to "you" after what someone called the writer is', async () => {
  const moderator = await createModerator();
  for (const body of ["You're no idiot, you clearly did your homework.", "You're anything but pathetic.", "Far from a loser, you're the best player we have.", "Stop calling yourself ugly, you're beautiful.", 'Your idiot-proof guide saved me.', "I'll never call her a hoe, bitch or slut."]) {
    assert.not.ok(moderator.moderateSync({ body }).labels.includes('incivility'), body);
  }
  for (const body of ['Stop calling me names, you moron.', "you're anything but smart, idiot", "you're no better than a pig"]) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
});

test('harm wished as choking, rotting, an overdose, a stroke, a failing organ or a growing illness; by "fingers crossed", a party thrown "if", or a world "better if" someone died', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ['I hope he chokes on a fishbone', 'hope he chokes'],
    ['I pray she rots in a ditch somewhere', 'pray she rots'],
    ["Can't wait for that judge to drop dead", 'wait for that judge to drop dead'],
    ["We'd throw a party if the mayor got hit by a bus", 'if the mayor got hit by a bus'],
    ["I'd laugh if you got run over", 'if you got run over'],
    ['Wishing the coach a massive stroke', 'Wishing the coach a massive stroke'],
    ['Hope his kidneys fail', 'Hope his kidneys fail'],
    ['I hope the cancer spreads to his brain', 'hope the cancer'],
    ['Fingers crossed the striker overdoses', 'crossed the striker overdoses'],
    ['I hope your dog catches something incurable', 'hope your dog catches something incurable'],
    ['Everyone would be happier if you died', 'if you died'],
  ] as const) {
    assertEvidence(moderator, body, evidence, 'incivility.harm-wish');
  }
  assertAction(moderator, 'approve', ['I hope they choke in the final again.', 'I hope he rots in jail.', 'Wishing you a stroke of luck.', 'I hope her heart stops aching soon.', 'I hope the cancer spreads no further.', 'Fingers crossed the team does well.', "We'll celebrate when the bill dies in committee.", 'The world would be better if we killed the virus.', 'I hope the tumour shrinks.', 'Slow that stroke down on the second length.', 'I always laugh when the villain gets shot in the film.']);
});

test('drowning oneself in water is self-harm; threats and advances the writer says they will carry out count in a long comment; a weapon "with your name on it"', async () => {
  const moderator = await createModerator();
  assertEvidence(moderator, 'Go drown yourself in the river, nobody will miss you.', 'Go drown yourself', 'incivility.self-harm');
  assertAction(moderator, 'approve', ['Drown yourself in work if you must, but rest on Sundays.']);
  for (const [body, code] of [
    ["Tonight I'm putting a brick through your window, and your neighbours will watch it happen.", 'incivility.threat'],
    ['There is a bullet with your name on it, keep writing.', 'incivility.threat'],
    ["Keep printing lies and you'll be picking your teeth up off the floor.", 'incivility.threat'],
    ["Next time we meet I'll make you moan, sweetheart, whether you like it or not.", 'incivility.sexual'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
  assertAction(moderator, 'approve', ["I'm sorry someone put a brick through your window last night, that's awful news.", 'This album will make you moan with pleasure, the bass lines are that good.', 'I bought a mug with your name on it for the office party.']);
  // A weaker phrase the writer says, overlapped by a stronger one, adds no second finding.
  assert.is(moderator.moderateSync({ body: "I'll make you pay for this." }).reasons.length, 1);
});

test('a strong insult for a person pointed at ("ban this scumbag") or after "such a", and any insult after "only a ... would", is said of someone; a vulgar one pointed at is not, nor a thing', async () => {
  const moderator = await createModerator();
  for (const body of ['Somebody ban this scumbag already.', 'Why does anyone still listen to that moron?', 'Another libtard who cannot read a graph, spare us the lecture on economics.', 'How did the paper hire such a spineless imbecile as editor?', 'Only an absolute moron would vote for this budget.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  assert.ok(moderator.moderateSync({ body: 'Get that dyke off my screen, nobody wants to watch her.' }).labels.includes('incivility.identity-attack'));
  for (const body of ['This swine flu season is the worst in years.', 'It is chilly in this bitch tonight.', 'Monday was such a bitch today.', 'I have been such a bitch to my sister lately.']) {
    assert.not.ok(moderator.moderateSync({ body }).labels.includes('incivility'), body);
  }
});

test('names someone else calls the reader, or the writer takes back, are reported; a group after an opening gerund is its object, not what is said of it', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["Anyone who calls you a loser hasn't seen you play.", 'Sorry for calling you an idiot yesterday, I was out of line.', 'Blaming refugees for the crime rate is lazy journalism.']);
  assert.ok(moderator.moderateSync({ body: 'I call you an idiot because you are one.' }).labels.includes('incivility.insult'));
  assert.ok(moderator.moderateSync({ body: 'Who told you that, stupid? Nobody asked.' }).labels.includes('incivility'));
  assertAction(moderator, 'reject', ['Refugees are lazy.']);
});

test('a harm verb in its -ing form after "be" or "be the one" is a threat; games and messages stay harmless; a word for the reader inside quotation marks aims no insult outside them; an insult said of a question pointed at is not said of the reader', async () => {
  const moderator = await createModerator();
  for (const [body, evidence] of [
    ["Come near my house and I'll be the one strangling you.", "I'll be the one strangling you"],
    ["We're going to be stabbing him before the night is out.", "We're going to be stabbing him"],
  ] as const) {
    assertEvidence(moderator, body, evidence, 'incivility.threat');
  }
  assertAction(moderator, 'approve', ["I'll be hitting you up after the match.", "I'll be shooting you an email tomorrow.", "I'll be beating you at chess again.", 'I will be killing it on stage tonight.', 'Trolls told the widow to "kill yourself", which is beyond disgusting.', "Don't let anyone tell you that question was dumb."]);
  assert.ok(moderator.moderateSync({ body: 'You "expert" are a disgusting liar.' }).labels.includes('incivility.insult'));
});

test('two words glued together are read as written apart: threats, insults, vulgar words, attacks on groups and harm wishes; English words, names, hashtags, stretched cheers and other languages so glued are not', async () => {
  const moderator = await createModerator();
  for (const [body, code] of [
    ["I'm going tostrangle you when I find you.", 'incivility.threat'],
    ['I willmurder him if he shows his face here.', 'incivility.threat'],
    ['What a spinelessidiot you are.', 'incivility.insult'],
    ['Refugees arecockroaches, nothing more.', 'incivility.group-attack'],
    ['I hope yousuffer for every word of this.', 'incivility.harm-wish'],
    ['Thesemorons should never have been elected.', 'incivility.insult'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
  assert.ok(moderator.moderateSync({ body: "I don't give ashit what the council says." }).labels.includes('profanity'));
  assertAction(moderator, 'approve', ['The cockfight ring was shut down.', 'His eyes were bloodshot after the night shift.', 'Cockburn wrote the column.', 'Ashford won the cup.', 'Great night out #hornymen', 'People who say "YAAAASSSS QUEEN" annoy me.', 'Regeringen fattade ett beslut om skatten.', 'The pornographic material was seized by police.']);
});

test('the harm-wish and self-harm words read in leet, masks and slips as the grammar\'s other words do', async () => {
  const moderator = await createModerator();
  for (const [body, code] of [
    ['Hope your liv3r fa!ls and no donor is ever found.', 'incivility.harm-wish'],
    ['I hope the tum0ur spreads.', 'incivility.harm-wish'],
    ['Just overd*se on your pills.', 'incivility.self-harm'],
    ['Just ov3rdos3 on your pills.', 'incivility.self-harm'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
});

test('a negator inside a relative clause after a group is the clause\'s: what follows its copula is still said of the group', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'reject', ["Women who don't vote are lazy."]);
  assertAction(moderator, 'approve', ["Muslims who don't pray are not lazy.", 'Women are not allowed to drive there, the report says.', 'Biological males should not be allowed to compete against women in athletics.']);
});

test('a first "c" before "l" or "r" written as "k" spells the word ("klown", "kretin", "krap"); English words so written stay words', async () => {
  const moderator = await createModerator();
  for (const body of ['The author is a klown who has never set foot in a hospital.', 'Read it again, you kretin.']) {
    assert.ok(moderator.moderateSync({ body }).labels.includes('incivility.insult'), body);
  }
  assert.ok(moderator.moderateSync({ body: 'What a load of krap.' }).labels.includes('profanity'));
  assertAction(moderator, 'approve', ['Krakow and the Klondike are far apart; krill live in cold seas.']);
});

test('the grammar reads its words spelled as they sound, in small letters ("murda", "livr", "crashez")', async () => {
  const moderator = await createModerator();
  for (const [body, code] of [
    ['I will murda him if he prints my name.', 'incivility.threat'],
    ['Hope your livr fails and no donor is ever found.', 'incivility.harm-wish'],
    ['Hope your plane crashez on the way home.', 'incivility.harm-wish'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
  assertAction(moderator, 'approve', ['Murda is a town in the story, and Livr a river.']);
});

test('words written as they are said read in small letters: silent letters dropped, long vowels and endings spelled otherwise ("rists", "stroak", "groap", "incurabul", "shitsho", "sufer", "ded", "noods"); capitals stay names', async () => {
  const moderator = await createModerator();
  for (const [body, code] of [
    ['Hope the mayor has a stroak live on air.', 'incivility.harm-wish'],
    ['Hope you catch sumthing incurabul.', 'incivility.harm-wish'],
    ['Hope you sufer every day.', 'incivility.harm-wish'],
    ['Hope your kids get kancer.', 'incivility.harm-wish'],
    ['Slit ur rists and spare us.', 'incivility.self-harm'],
    ['Go step in frunt of a trane, nobody would notice.', 'incivility.self-harm'],
    ["Next time I see you I'll groap you whether you like it or not.", 'incivility.sexual'],
    ['Your reporter is a despicabul koward.', 'incivility.insult'],
    ['That meeting was a total shitsho.', 'profanity.vulgar'],
    ["Can't wait for the mayor to drop ded.", 'incivility.harm-wish'],
    ['Send noods or I post your address.', 'incivility.sexual'],
    ['Those people are monkies.', 'incivility.insult'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
  for (const body of ['The Trane album and Freek Vonk, Groap Street and the Shitsho Bar.', 'The Monkies played Shute Park.']) assert.is(moderator.moderateSync({ body }).action, 'approve', body);
});

test('a phrase with a word written glued to the next reads as the phrase ("coming round tostab you", "cutyour throat")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Post my address again and I'm coming round tostab you.", 'I will cutyour throat.']);
  assertAction(moderator, 'approve', ['The chef will stab your steak to check it.']);
});

test('a lexicon phrase written as one word is read by the grammar as its words ("to dropdead"); a sentence opened by "same" or "what" glued to a vulgar word reads ("Sameshitty")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ["Can't wait for that senator to dropdead, seriously."]);
  assert.ok(moderator.moderateSync({ body: 'Sameshitty excuses from the airline every summer.' }).labels.includes('profanity'));
  assertAction(moderator, 'approve', ['Sameshima and Whatcom county met Howell.']);
});

test('the grammar reads a slip of its words through leet or stretched letters ("murd4", "str04k", "chooooookez")', async () => {
  const moderator = await createModerator();
  for (const [body, code] of [
    ['I will murd4 your whole family.', 'incivility.threat'],
    ['Wishing the referee a painful str04k before half time.', 'incivility.harm-wish'],
    ['Honestly hope he chooooookez on his dinner.', 'incivility.harm-wish'],
  ] as const) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === code), body);
  }
  assertAction(moderator, 'approve', ['Flight 4 to Murd4 and the str04 code.']);
});

test('harm wishes: a deadly harm something named does to a person ("I hope a drunk driver kills you"), a harm after "and" another verb ("gets deported and dies")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['I hope a drunk driver kills you.', 'I hope a shark kills your kids.', 'Hope your whole family gets deported and dies in the desert.']);
  assertAction(moderator, 'approve', ['I hope the Lakers beat them.', 'I hope the new law kills this bill.', 'I hope the next act kills it on stage.', 'Hope the storm kills your soca sunday plans.']);
});

test('sexual advances: legs spread or opened told or wanted ("Stop complaining and spread your legs"), more acts wanted ("I want to breed you", "I would ride you"); not a pose nor "screw you over"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['Stop complaining and spread your legs like a good girl.', 'I want you to open your legs.', 'I want to breed you.', "I'd ride you all night."]);
  assertNotFound(moderator, 'incivility.sexual', ['Spread your legs shoulder-width apart and bend your knees.', 'Stand up and spread your legs to stretch.', 'The dancers spread their legs.', 'They will screw you over on the price.', "I'll ride you to the station."]);
});

test('insult idioms of the lexicon: "village idiot", "two brain cells", "talentless hack", "useful as a chocolate teapot"', async () => {
  const moderator = await createModerator();
  for (const [body, term] of [['You have two brain cells and both are fighting.', 'two brain cells'], ["You're as useful as a chocolate teapot.", 'useful as a chocolate teapot'], ['You spam like the village idiot you are.', 'village idiot'], ['You are a talentless hack.', 'talentless hack']] as const) {
    const decision = moderator.moderateSync({ body });
    assert.ok(decision.reasons.some((reason) => reason.code === 'incivility.insult' && (reason.evidence ?? []).some((evidence) => evidence.term === term)), body);
  }
  assertAction(moderator, 'approve', ['The study counted two brain cells firing at once.']);
});

test('an insult "of a" person named after it is said of that person ("a brainless clown of a referee"); not of a thing ("a bitch of a commute")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Absolute brainless clown of a referee.', 'That idiot of a mayor cut the bus routes.']);
  assertNotFound(moderator, 'incivility.insult', ['What a bitch of a commute.', 'It was a nightmare of a day for the keeper.', 'He is a giant of a man.']);
});

test('two words written as one read with a term of the sexual lexicon ("going togrope you"); English words that read so stay words ("therapist")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["Next party I'm going togrope you whether you like it or not."]);
  assertAction(moderator, 'approve', ['My therapist said the grapes were fine.']);
});

test('harm wishes: owned things and bones ("Hope his plane crashes", "Here is hoping he breaks his neck"), an illness that comes back, a person pointed at before the wish, "happier than watching", "if there is any justice", "a better place if you died"', async () => {
  const moderator = await createModerator();
  for (const body of ['Hope his plane crashes on the way to the summit.', "I'm praying his tumour comes back.", "Here's hoping he breaks his neck on the next jump.", 'The CEO deserves a slow painful death for what he did.', 'Nothing would make me happier than watching you rot in a hospital bed.', "If there's any justice, that pundit gets hit by a bus.", 'Honestly the world would be a better place if you just died in your sleep.', 'The influencer who scammed her followers should kill herself.']) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === 'incivility.harm-wish' || reason.code === 'incivility.self-harm'), body);
  }
  assertAction(moderator, 'approve', ['I hope his team crashes out of the cup.', 'This man deserved a dignified death.', 'I hope he gets the death penalty.', "If there's no justice he walks free and dies rich.", 'I hope he breaks his back for the team this season.', "I'm praying his tumour doesn't come back.", 'I hope he breaks the record.']);
});

test('threats: a weapon put into the reader\'s body ("Do you want a knife in your ribs?"), "we\'ll" with its apostrophe as a modal ("we\'ll hang him"); not a likeness, a negation, "a knife in your back" nor "well" alone', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Do you want a knife in your ribs? Because that's how you get one, mate.", 'Keep talking and you get a bullet through your skull.', "When we find the judge who let him walk, we'll hang him from the nearest lamppost."]);
  assertAction(moderator, 'approve', ['It feels like a knife in your chest when they lose.', 'I would never put a knife in your ribs.', 'That vote was a knife in your back from your own party.', 'Keep a knife in your kitchen drawer.', 'Oh well hang him up on the wall then, the portrait I mean.', 'That tune keeps going round in your head.', "We'll destroy them on Saturday, no doubt."]);
});

test('self-harm and sexual lexicon entries: "neck herself", "set yourself on fire", "what you taste like", "a body made for sex"; a sexual act imagined ("imagine licking you all over")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['The influencer who scammed her followers should neck herself.', 'Seriously mate, set yourself on fire outside parliament.']);
  assertFound(moderator, 'incivility.sexual', ['I wonder what you taste like, you have been in my head all week.', "You've got a body made for sex.", 'mmm imagine licking you all over after a sweaty match', 'I dream about banging her.']);
  assertAction(moderator, 'approve', ['The monk set himself on fire in protest in 1963.', 'Imagine screwing you over like that.', "I don't fancy fondling you.", 'Imagine beating you at chess.', 'I love how you taste in music.']);
});

test('harm wishes read in disguise: a vehicle, running over and dying as the grammar knows them ("gets h17 by a 8u5", "rvn h!m 0v3r", "if you just d13d"); a v written for a u', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['if there is any justice that pundit gets h17 by a 8u5 on his way home', 'Someone should rvn h!m 0v3r, honestly.', 'Honestly the world would be a better place if you just d13d in your sleep.', 'if there is any justice that pundit gets h.i.t by a b.u.s on his way home']);
  assertAction(moderator, 'approve', ['I hope the 8u5 runs on time.', 'Vote for him, he will run over the details with you.', 'The van ran over the kerb.']);
});

test('weak slips: an English word written for a harm word ("dye", "nek", "nife", "ova", "brake") is read as it only where that makes a harm that holds it', async () => {
  const moderator = await createModerator();
  for (const body of ['Here is hoping he brakes his nek on the next jump.', 'Someone should run him ova, honestly.', 'Do you want a nife in your ribs?', 'Honestly the world would be a better place if you just dyed in your sleep.', 'Tomorrow night ill brake your legs in your own car park.']) {
    assert.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === 'incivility.harm-wish' || reason.code === 'incivility.threat'), body);
  }
  assertAction(moderator, 'approve', ['She dyed her hair and it looks great.', 'I hope you dye your hair pink for the match.', "I'll bet you a fiver he scores.", 'Hit the brake before the bend.', 'Game ova, see you next season.']);
});

test('harm wishes: a desire twelve words back in its clause, people pointed at by more roles and with words between ("that smug celebrity chef"), more harms (burning alive, a deadly illness, a heart attack, bones snapped), "wish X on the ...", "pay to watch"; not a harm reported of the one the wish is for', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['I pray every night that the judge who freed him gets stabbed in a dark alley.', "Here's hoping the reviewer falls down a flight of stairs and breaks her neck.", 'That smug celebrity chef deserves to burn alive in his own kitchen fire.', 'I wish cancer on the whole board of directors.', 'Wishing a long, agonising illness on the scumbag who runs this chain of care homes.', "I'd pay money to watch this striker snap both his legs in the next match.", 'Your whole family deserves to rot in a hospital bed.', 'Hope the protesters get beaten senseless by the police.', 'Somebody needs to run that cyclist over.']);
  for (const body of ['I hope the man who was shot recovers.', 'I hope the boy who got stabbed is ok.', 'I hope they catch the man who stabbed her.', 'Time to come out about Michael and they choose to tell after he dies.', 'You must smoke spice because you sound brain dead.', 'Hope you know that when you do that you are one inch away from death.', 'I hope you burn the midnight oil and pass.', "She's gonna torture the murderer in the final chapter.", "I'd pay to see them play live."]) {
    assert.not.ok(moderator.moderateSync({ body }).reasons.some((reason) => reason.code === 'incivility.harm-wish' || reason.code === 'incivility.threat'), body);
  }
});

test('sexual advances: a sexual act the writer would let someone do to them ("I would let the barista rail me"), someone bent over ("I would bend that tennis player over the net"); more lexicon phrases ("dm me your nudes", "send feet pics", "bet you moan")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["Honestly I'd let the barista rail me in the stockroom, she's fit.", "You play like a girl, but I'd still let you ride me all night.", "I'd bend that tennis player over the net and show her a real rally.", 'dm me your nudes babe', 'Send feet pics or I am unsubscribing.', 'Bet you moan loudly. Prove me wrong.', 'u seem lonely, want me to come warm up your bed?']);
  assertNotFound(moderator, 'incivility.sexual', ["I'd let him ride me home after the game.", "I won't let you screw me over on the price.", "I'd bend the rules over and over for a friend.", "I'd bend over backwards for you.", "I put 'I touch myself' on the playlist."]);
});

test('self-harm urged on someone else ("the coach should just off himself", "Somebody tell that influencer to kill herself") and "if I were you I would slit my wrists"; not a report nor an everyday phrase; threat and self-harm lexicon phrases', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Honestly the coach should just off himself after that performance.', 'Somebody tell that influencer to kill herself before she posts another selfie.', 'She should just throw herself off her balcony.', 'Tell your friend in the comments to unalive himself.', "If I were you I'd slit my wrists after writing something this stupid.", 'You should end it all.', 'Uninstall the game, then uninstall yourself.']);
  assertFound(moderator, 'incivility.threat', ['Say that to my face and I will break every bone in your hand.', "Let's see how brave you are when I've got my hands around your throat.", "I'll make you bleed."]);
  assertNotFound(moderator, 'incivility.self-harm', ['Reporting this thread because someone upthread told a teenager to kill herself. Mods please act.', 'Someone keeps telling people to kill themselves, mods please check.', 'She tried to kill herself last year and is doing well now.', "He shouldn't kill himself over this.", 'She should throw herself into the role.', "If I were you I'd kill myself laughing at that.", 'Tell the kids in the comments to enjoy themselves.']);
});

test('group attacks: more stereotypes said of a whole group ("Catholic priests are all paedos", "Homosexuality is a sickness", "oppressed breeders")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.group-attack', ['Catholic priests are all paedos, that whole religion is a child abuse ring.', 'Homosexuality is a sickness and those people need to be cured.', 'Muslim women in headscarves are oppressed breeders trying to outnumber us.']);
  assertAction(moderator, 'approve', ['Dog breeders are great people.']);
});

test('threats: a team beaten in talk of a game is no threat ("We need to destroy them in the second half"); a threat phrase said of no one ("Nobody deserves to be shot") is none', async () => {
  const moderator = await createModerator();
  assertNotFound(moderator, 'incivility.threat', ['We need to destroy them in the second half, press high from the first whistle.', "Bring on the derby, we're going to bury them.", "We're going to destroy them on Saturday, their defence is made of paper.", 'Condolences to the family. Nobody deserves to be shot in their own driveway.']);
  assertFound(moderator, 'incivility.threat', ['We will kill them after the match.', 'I will destroy him.', 'He deserves to be shot.']);
});

test('harm wishes: a wish reported of others is none ("Comments wishing death on the minister are vile")', async () => {
  const moderator = await createModerator();
  assertNotFound(moderator, 'incivility.harm-wish', ['Comments wishing death on the minister are vile.', 'People hoping he dies are sick in the head.']);
  assertFound(moderator, 'incivility.harm-wish', ['I wish death on the minister.']);
});

test('self-harm advised in the -ing form of a lexicon phrase ("Have you considered drinking bleach?", "try jumping off a bridge"); not a report nor negated', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Have you considered drinking bleach? It would improve this thread.', 'You should try jumping off a bridge.', 'Consider slitting your wrists.']);
  assertNotFound(moderator, 'incivility.self-harm', ['The child died after drinking bleach.', "Don't try drinking bleach, kids.", 'Try jumping rope for cardio.']);
});

test('identity-attack lexicon: sexist kitchen phrases ("get back in the kitchen") count with the score, not alone ("Go back to the kitchen and check the oven")', async () => {
  const moderator = await createModerator();
  assert.ok(moderator.moderateSync({ body: 'You are just a mouthy cow. Now get back in the kitchen and make me a sandwich!' }).reasons.some((reason) => reason.category === 'incivility.identity-attack'));
  assertAction(moderator, 'approve', ['Go back to the kitchen and check the oven after ten minutes.', 'The toaster belongs in the kitchen.']);
});

test('insults: one that names the writer by what they did is said of a participant ("the moron who posted this"); not someone else ("an idiot who wrote this kind of stuff")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The moron who posted this should be banned.']);
  assertAction(moderator, 'approve', ['I once met a moron who wrote this kind of stuff for a living.']);
});

test('harm wishes: an illness got, an organ bursting, a pointed person\'s bone broken, "should have died", breathing stopped; not a jab, pride, nor a death at home', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['hope ur kids get the same disease u keep mocking in ur videos', 'May you get food poisoning so bad you never leave the toilet again.', 'I hope your appendix bursts and the ambulance takes three hours to arrive.', "Really hope someone breaks that troll's jaw so he can't talk rubbish ever again.", 'He should have died in that car crash last year, shame the airbags worked.', 'It would be nice if you stopped breathing.', 'I hope you stop breathing.']);
  assertAction(moderator, 'approve', ['I hope you get the flu jab soon.', 'Hope you get over the flu quickly.', 'I hope they get the virus under control.', "I wish you'd stop breathing down my neck.", 'I hope his heart bursts with pride.', 'It would be lovely if he died at home surrounded by family.', 'It would be nice if you stopped talking.']);
});

test('threats: the writer coming armed ("I\'ll be waiting with a machete", "I\'m bringing a knife"); not negated, not a weapon\'s everyday use', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Post one more photo of my shop and I'll be waiting with a machete.", "Better hope we never meet at the stadium, because I'm bringing a knife.", "I'm loading the shotgun now, tell your landlord he's got until Friday."]);
  assertAction(moderator, 'approve', ["I'm bringing a knife to cut the cake.", "I won't be coming with a gun.", "We're going hunting and I'm bringing my rifle."]);
});

test('self-harm: "if I were" someone pointed at, jumping off a height; a phrase of three words told to the reader counts whatever the score', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ["If I were the mayor I'd just shoot myself out of shame, and he should do exactly that.", "After that own goal, if I were him I'd jump off the stadium roof, and he should.", "Take a long walk off a short pier, and don't bother swimming.", 'Jump off a cliff.']);
  assertAction(moderator, 'approve', ["If I were the coach I'd jump off the bench and shout.", 'He said he would jump off a cliff for her.', 'The right to end your own life should be law.']);
});

test('insults aimed without "you": the writer named by what they did, whoever made what is read, "imagine being", asked to a degree, compared with the reader', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The idiot who posted this should be banned.', 'Whoever edited this video is a useless halfwit, fire them.', 'this youtuber is a talentless hack and a fraud, unsubscribed', 'Imagine being this stupid and still managing to find the keyboard.', 'Are you really this thick or just pretending?', 'Some of you must think our enemies are as gullible as you are.']);
  assertNotFound(moderator, 'incivility.insult', ['I once met an idiot who wrote this kind of stuff for a living.', 'Imagine being a nurse and dealing with idiots all day.', "I'm as crazy as you about this band."]);
});

test('threats: a throat slashed or slit ("I\'m going to slash his throat"), everyone hunted ("hunt down every moderator"); not prices slashed', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'm going to slash his throat.", "When I find out which neighbour reported me, I'm going to slash their tyres and then their throat.", 'We will hunt down every moderator on this forum and make them bleed.', 'My roommate is eating so obnoxiously I wanna fucking slit his throat']);
  assertAction(moderator, 'approve', ["We're going to slash your bills by half.", 'We will slash their budget.', 'We will find every bargain for you.']);
});

test('sexual remarks of no crime the writer makes in a comment that speaks to or of someone count whatever the score; not said by another subject, nor a crime in the news', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['Your voice on the podcast is so sexy I had to touch myself halfway through.', 'Wanna come sit on my lap and tell me more about your little blog, darling?', "Ladies, if your husband can't satisfy you, my inbox is open, I'm hung like a horse.", "She's got that innocent look, I bet she's a freak in the bedroom."]);
  assertAction(moderator, 'approve', ['My cat loves to sit on my lap while I read your articles.', 'Have you read about the rape case?', 'How much for an hour of tutoring?', "I can't touch myself without pain since the surgery, thank you for asking."]);
});

test('self-harm told with a tool ("Burn yourself with your curling iron", "hang yourself with a rope"); not negated, not "with" an everyday thing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Burn yourself with your curling iron until you learn to stop talking rubbish.', 'Go hang yourself with a rope.']);
  assertAction(moderator, 'approve', ["Don't burn yourself with the iron.", 'Be careful not to cut yourself with the knife.', 'Treat yourself with a nice dinner.']);
});

test('group attacks: a group taken up again by "they\'re" ("Sikhs, Muslims, whatever, they\'re all terrorists"), Polish people; not the verb "polish"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.group-attack', ["Sikhs, Muslims, whatever, they're all terrorists.", 'Polish workers are dirty and lazy.', "Muslims, they're all greedy."]);
  assertAction(moderator, 'approve', ['Polish the car until it shines, they are dirty.', 'Polish people are lovely.', "I polish shoes for a living, they're all dirty."]);
});

test('harm wishes: eaten by an animal, a heart attack asked of anyone, "you\'ll" after "if there\'s any justice"; not a person eating, a group eating, nor a heart attack warned of', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['Hope a shark eats you.', 'I hope the lions eat him.', 'Somebody please give this man a heart attack.', "If there's any justice you'll die screaming."]);
  assertAction(moderator, 'approve', ['I hope he eats well.', 'Immigrants should eat British food.', 'I hope they eat you alive in the debate.', "Don't give him a heart attack!", "You'll give him a heart attack with that news."]);
});

test('insult lexicon: more words written here ("gormless", "twonk", "sleazeball", "witless", "dimwitted", "blowhard") aimed at the reader; not said of a thing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['you gormless twonk', "You're a sleazeball and a charlatan.", 'Shut up, you witless blowhard.', "you're an egoistic dimwitted cunt."]);
  assertAction(moderator, 'approve', ['The gasbag minister droned on for an hour.']);
});

test('sexual: someone undressed the writer wants to see ("I\'d rather see the reporter naked", "I\'d love to see her in a bikini"); not seen, negated, hated, nor a thing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["Forget the news, I'd rather see the reporter naked.", "I'd love to see her in a bikini.", "I'd love to see the weather girl in her underwear."]);
  assertAction(moderator, 'approve', ['I saw her naked in the film.', "I'd hate to see you in lingerie.", "I wouldn't want to see him naked.", 'I want to buy my wife lingerie.', 'Police found him naked on the floor.', "I'd like to see the manager in a bikini competition lol"]);
});

test('threats: the writer lying in wait or having found where someone lives ("I\'ve been watching your house all week", "I already have your workplace address"); not a purpose, the past, negated, nor an address given', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I've been watching your house all week. Lovely garden. Shame about what's coming.", 'Keep talking. I already have your workplace address and a lot of free time.', "I'm outside your office right now. Come out.", 'Me and the lads are waiting outside your gym tomorrow.']);
  assertNotFound(moderator, 'incivility.threat', ["I'm waiting outside your office for the interview.", "We've got your address from the order form.", 'I have your house keys.', 'I was watching your house while you were away, all fine.']);
});

test('a weak word near "you" not said of the reader, in a question, is no hostile content ("Are you sick of the traffic?"); said of the reader it still counts', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Are you sick of the traffic?', 'Lol u still feeling sick?', 'You got called a tool?']);
  assertAction(moderator, 'hold', ['You are completely clueless.', 'Are you really this thick or just pretending?']);
});

test('harm wishes: a harm after "and" another verb sixteen words after the wish ("Let\'s all hope the CEO gets trapped in one of his own faulty lifts and suffocates")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ["Let's all hope the CEO gets trapped in one of his own faulty lifts and suffocates."]);
  assertAction(moderator, 'approve', ['I hope the new manager gets the team playing good football again and the fans stop the abuse and nobody dies.']);
});

test('insults of the writer named by what they made ("The person who wrote this is a complete idiot", "the guy who made this video is a clown"); not praise, nor someone else', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The person who wrote this is a complete idiot.', 'the guy who made this video is a clown']);
  assertAction(moderator, 'approve', ['The man who wrote this is a hero.', 'The person who wrote this kind of stuff is an idiot.']);
});

test('harm wishes of failing gear, of lightning, of "you\'ll be dead"; lying in wait at a shop, a studio or work', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['Hope your brakes fail on the motorway tonight.', 'May your parachute fail.', "Here's hoping the mods all get struck by lightning this weekend.", "If there's any justice you'll be dead before Christmas."]);
  assertAction(moderator, 'approve', ["I hope your brakes don't fail on that hill.", 'My brakes failed on the motorway once.', 'Lightning struck the old barn last night.', 'The man who got struck by lightning survived.', "If there's any justice you'll be promoted before Christmas."]);
  assertFound(moderator, 'incivility.threat', ["Me and the boys are waiting outside your shop. Come out whenever you're ready.", "I'm waiting outside your work right now."]);
  assertAction(moderator, 'approve', ['I was waiting outside your shop for an hour, are you open on Sundays?', "We're waiting outside your studio for the interview."]);
});

test('a group that is the object of a gerund opening its clause is no subject of what follows ("..., but blaming migrants for it is lazy politics")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Blaming migrants for the housing crisis is lazy politics.', 'Immigration policy here is a mess, but blaming migrants for it is lazy politics.', 'The economy is bad and demonising immigrants is stupid.']);
  assertFound(moderator, 'incivility.group-attack', ['The economy is bad but immigrants are lazy.', 'Migrants are lazy and blaming them is right.']);
});

test('self-harm urged on others, not where a negating subject says it should not be ("Nobody should ever be told to kill themselves")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Nobody should ever be told to kill themselves online. Report those comments, it matters.', 'No one should ever be told to kill themselves.']);
  assertFound(moderator, 'incivility.self-harm', ['Someone should tell him to kill himself.', 'He should kill himself.']);
});

test('threats of how the reader will leave or bleed ("you\'ll leave on a stretcher", "you\'ll bleed for what you printed"); not the news of an injury', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["ref, show your face near the ground again and you'll leave on a stretcher", 'Mark my words, reporter, you\'ll bleed for what you printed today.', 'Keep talking and I\'ll make sure you never walk properly again.']);
  assertAction(moderator, 'approve', ['He had to leave on a stretcher after the tackle.', 'We gave them a proper kicking on Saturday, 4-0.']);
});

test('respellings of vulgar insults are vulgar too ("what an azzhole"); a masked slur pointed at a person is used ("look at that d*ke"), one named or called stays a mention', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ['what an azzhole, unbelievable', 'biatch please, you wish']);
  assertFound(moderator, 'incivility.insult', ['what an azzhole, unbelievable', 'fck off mate nobody asked', 'fuk off mate nobody asked']);
  assertAction(moderator, 'approve', ['Marcel Bich founded the company.']);
  assertFound(moderator, 'incivility.slur', ['look at that d*ke with the haircut']);
  assertFound(moderator, 'incivility.slur-mention', ['the word f****t got him banned', 'he called me a f****t at school']);
});

test('threats of a mass attack on a place, of taking or bombing ("I\'m gonna shoot up the school", "I\'ll kidnap your kids"); the reader\'s death foretold for a time soon', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'm gonna shoot up the school friday", "we're going to blow up the stadium", "I'll kidnap your kids", 'We will bomb your office', "we'll bomb your office", "We'll smash your windows"]);
  assertAction(moderator, 'approve', ["We'll destroy your team on Saturday", "We'll beat your record next year", "I will kill your vibe lol", 'I will destroy your argument', 'I will bomb this exam', "I'm gonna bomb the bar exam", "I'm going to bomb this class", "we'll torch their club on Saturday", 'The band will blow up the stadium tonight', "I'm going to shoot the breeze at the office", 'They are going to blow up the old bridge next week']);
  assertFound(moderator, 'incivility.threat', ['You will die tonight', "you won't live to see tomorrow", "you're going to die tomorrow", "you'll be dead by this weekend", 'u gonna die tonight']);
  assertAction(moderator, 'approve', ['You will die one day, like all of us', "you'll die laughing at this tonight", "if you drive like that you'll die tonight", "you won't die tonight, the doctor said", 'you will die soon if you keep smoking']);
});

test('self-harm told to the reader with "commit suicide" or a death "and" what it spares ("please commit suicide", "just die and save us the trouble"); not news of suicide nor advice against it', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['please commit suicide', 'just commit suicide already', 'do us a favour and commit suicide', 'just die and save us the trouble', 'just overdose and save us the trouble']);
  assertAction(moderator, 'approve', ['Many veterans commit suicide each year', 'he tried to commit suicide', 'Never commit suicide, call a helpline', "Don't commit suicide, please get help", 'Soldiers die and their families grieve']);
});

test('an insult exclaimed at whoever the comment answers ("what an idiot, wow", "Cripes, what a loser."); not an adjective of a thing, the writer\'s own, nor of a third person', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['what an idiot, wow', 'Cripes, what a loser.', 'what a freak, stay away from kids', 'What an absolute moron. Read the article.']);
  assertAction(moderator, 'approve', ['what a stupid idea', 'what an idiot I am', 'what a fool I was to trust them', 'what a clown show this was', "I can't believe what a moron I've been", 'what a clown this guy is', 'What a loser he is', "What a berk. He's been wrong about everything."]);
});

test('veiled threats: a misfortune to the reader\'s things hinted as a pity, the reader told they will regret what they wrote; not a pity of anything else, nor advice', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ['It would be a shame if your little shop caught fire one night', "Nice dog you've got, be a shame if it went missing", "you'll regret writing this article, believe me", 'You will regret this.', "Delete this or you'll regret it"]);
  assertAction(moderator, 'approve', ['it would be a shame if the park closed', "you'll regret not buying that stock", "you'll regret this haircut lol", 'Shame if it rains on Saturday', "If you skip leg day you'll regret it", "You won't regret it, the food is great"]);
});

test('self-harm by a way to die told to the reader ("slash your wrists", "jump off the roof", "step in front of a bus", "get a rope and end it", "suicide is your best option"); not play, care, idioms nor reports', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['slash your wrists and stop streaming', 'slit ur wrists', 'jump off the roof, no one will cry', 'leap off a tall building', 'you should jump off the roof', 'step in front of a bus please', 'lie down in front of a train', "why don't you run in front of a bus", 'you need to step in front of a truck', 'swallow a handful of pills', 'take all the pills and sleep forever', 'chug some bleach', 'bleach your insides, it helps', 'put a gun to your head and do us a favor', 'get a rope and end it', 'grab a rope.', 'suicide is your best option honestly', 'death is your only way out']);
  assertAction(moderator, 'approve', ['jump off the roof into the pool', 'Dive off the rocks into the sea, it\'s lovely', 'take all your pills even if you feel better', 'Take a handful of nuts before the run', 'Take a bottle of water with you', 'he tried to jump off the bridge', 'Police say the man jumped in front of a train', "don't jump off the roof", 'Never put a gun to your head, even unloaded', 'get a rope for the tent', 'Get a rope and tie the kayak down', 'open your arms to the refugees', 'cut your own throat by voting for him', 'Walk in front of the camera and smile', 'Step under the shower and relax', 'Slash your costs with our plan', 'Suicide is never the answer']);
});

test('threats with "pound" and "curbstomp" ("I\'ll pound your face in", "gonna curbstomp you")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["i'll pound your face in", 'gonna curbstomp you when we meet', "I'm going to pound you into the ground"]);
  assertAction(moderator, 'approve', ["I'll pound the pavement tomorrow looking for work", 'pound the garlic into a paste']);
});

test('an insult right after a command of two words opening its sentence is said to the one told ("calm down crybaby, it\'s just a game", "Sit down idiots"); not an object, nor a thing named', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ["calm down crybaby, it's just a game", 'sit down idiots, the trailer clearly said 2025', 'grow up loser', 'Calm down idiot', 'move on loser']);
  assertAction(moderator, 'approve', ['calm down clown show', 'we need to calm down idiots like him', 'Sit down clown shoes are back in fashion']);
});

test('"shut up" said in delight is no dismissal ("shut up, no way, congrats on 1M!!"); "no one asked" is one; the surname Cummings alone is no vulgar word', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['shut up, no way, congrats on 1M!!', 'shut up omg this is real?', 'Shut up, no way you got tickets', 'Cummings had a great game at fullback', 'No one asked for this sequel', 'no one asked me about the budget']);
  assertFound(moderator, 'incivility.insult', ["shut up, you're wrong", 'shut up no one asked', 'no one asked', 'shut up, idiot, no way']);
});

test('an insult set off by commas between two clauses is a vocative ("Read the article again, dimwit, it says the opposite"); not an item of a list, nor an adjective', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Read the article again, dimwit, it says the exact opposite.', 'You missed the point again, moron, read it slowly']);
  assertAction(moderator, 'approve', ['The crowd was drunks, idiots, and thugs', 'Loud, stupid, stubborn, and proud of it', 'My neighbour, a total idiot, parked on my lawn', 'the whole, clown, circus, thing is over']);
});

test('threats with "the life out of you" and "cave your skull in"; a bone broken wished ("needs his legs broken"); not giving in, nor a report', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'll choke the life out of you", "I'll beat the living daylights out of him", "I'm going to cave your skull in with a bat.", 'I personally will slap the shit out of you']);
  assertFound(moderator, 'incivility.harm-wish', ['The referee needs his legs broken before he ruins another game.', 'he deserves to have his legs broken', 'The referee needs his legs br#ken']);
  assertAction(moderator, 'approve', ['I will cave to your demands', 'We will never cave to your pressure', 'this job will suck the life out of you', 'that movie scared the hell out of me', 'He had both his legs broken in the crash', 'she got her nose broken in the fight last year']);
});

test('a right denied to a group ("Queers shouldn\'t be allowed anywhere near kids", "muslims shouldn\'t be allowed to vote"); not reported, not a status argued as policy, not a sport', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.group-attack', ["Queers shouldn't be allowed anywhere near kids.", "muslims shouldn't be allowed to vote", 'I think gays should not be allowed to adopt', "women shouldn't be allowed to work", 'Jews must never be allowed to live here']);
  assertAction(moderator, 'approve', ["People who say gays shouldn't be allowed to adopt are bigots", "It's absurd to claim jews shouldn't be allowed to vote", 'immigrants should not be allowed to vote until they are citizens', "Russians shouldn't be allowed to compete", 'Muslims should be allowed to pray', "I don't think gays should not be allowed to marry"]);
});

test('lexicon entries written this round: taig, lezzer and boong are slurs, spacker an insult, pornhub, hentai, bukkake, blowie and the respelling pr0n vulgar', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['Another taig bleating about the border again.', 'the boongs are at it again', 'look at that lezzer']);
  assertFound(moderator, 'incivility.insult', ['you absolute spacker', 'Suck my balls, councillor, and then resign.', 'suck my nuts lol']);
  assertFound(moderator, 'profanity.vulgar', ["who's watching pr0n instead of studying lol", 'who else found this on pornhub', 'post more hentai like this please', 'bukkake in the comments lmao', "Give us a blowie and I'll drop the complaint."]);
});

test('a masked grammar word stretched reads as the word ("h#rrrt yourself", "b#shhh your skull in")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Go and h#rrrt yourself, you deserve every bit of it.']);
  assertFound(moderator, 'incivility.threat', ["i'll b#shhh your skull in with a bat"]);
  assertAction(moderator, 'approve', ['a gr##ss field', 'the b##ss was great']);
});

test('spelled as said without the r or with "ew" for "oo" ("retawd", "pillawk", "shewt"); not English words of those letters', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['everyone in chat is a retawd today apparently', 'what a gawmless pillawk']);
  assertFound(moderator, 'incivility.threat', ["i'm gonna shewt up your next meetup"]);
  assertAction(moderator, 'approve', ['the hawk flew over a new pawn shop at dawn, a tawdry crew of hawkers gawk at sewn lawns', 'Dawkins and Hawking, Bewley and Rawlings']);
});

test('an address had with a weapon is a threat ("i have a gun and your address"); not a form nor a licence', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ['i have a gun and your address', "I've got a knife and his address"]);
  assertAction(moderator, 'approve', ['We have a form and your address', 'I have a gun and a licence', "we've got your address from the order form"]);
});

test('a masked word that may hide only one of the templates\' own words reads as it ("jump off the r#Of", "p*lls", "sk*ll")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['jump off the r#Of, no one will cry', 'take all the p*lls and sleep forever']);
  assertFound(moderator, 'incivility.threat', ["I'm going to cave your sk*ll in with a bat."]);
  assertAction(moderator, 'approve', ['the r**f of the house leaks', 'th*s is great, take a p*ll for the headache']);
});

test('a weapon put into another\'s body by the writer ("I\'d love to put a knife in the ref\'s ribs"); not a report nor a surgeon', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'd love to put a knife in the ref's ribs after that display.", 'Do you want a knife in your ribs?', "I'll put a bullet through his skull"]);
  assertAction(moderator, 'approve', ['the surgeon put a needle in his arm', "Someone put a knife in the victim's chest, police said", 'it feels like a knife in his chest']);
});

test('a name called the reader after "you absolute" is an insult, any word ("you absolute walnut", "You absolute knob, ..."); not praise', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['dumbest take ive read all year, you absolute walnut', "You absolute knob, that's not even what the article says", 'you utter spanner']);
  assertAction(moderator, 'approve', ['you absolute legend', 'you absolute unit', 'thank you absolute legend', 'you utter genius', 'you absolute madman, you did it', 'you absolute star', 'you absolute gem of a human', 'thank you absolute beauty']);
});

test('self-harm told by lying on the train tracks, a long walk off a short cliff, putting yourself out of your misery; threats of knowing where you park; not a walk on the line', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Honest advice: go lie down on the train tracks and wait', 'lie down on the railway line', 'Have you considered a long walk off a short cliff? Genuinely, try it.', 'Put yourself out of your misery, pills are cheap', 'just finish yourself off']);
  assertFound(moderator, 'incivility.threat', ['Keep running your mouth, mate. I know where you park.', 'we know where you sleep']);
  assertAction(moderator, 'approve', ['lie on the line and wait for the signal', 'step on the track to see the view', 'walk on the tracks is illegal', 'I know where you parked the car, it is by the gate']);
  // The words the templates name by their text are read in leet as their other words are.
  assertFound(moderator, 'incivility.self-harm', ['Go lie on the tr4cks, it would be the first time you were right', 'go lay on the r4ilway line', 'step in fr0nt of a bus']);
});

test('a call to destroy every place of worship of a group ("Every mosque in this country should be bulldozed", "burn their churches"); not one building', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.group-attack', ['Every mosque in this country should be bulldozed with them inside', 'Catholics are child abusers the lot of them, burn their churches', 'mosques should be burned', 'all synagogues need to be torched']);
  assertAction(moderator, 'approve', ['the old church should be demolished and replaced with flats', 'Empty churches should be demolished', 'Two churches should be demolished, the council said', 'all synagogues must be protected', 'their church should be restored']);
});

test('threats to every one of the reader\'s parts ("I\'ll break every finger on your hands"); not records', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["i'll break every finger on your hands so you can never type garbage like this again", "I'll break both bones in your arm"]);
  assertAction(moderator, 'approve', ['I will break every record in your book', "we'll beat every team in your league"]);
});

test('a weak insult imagined to a degree is said to the reader ("imagine being this dense"); not a feeling about something', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['imagine being this dense', 'imagine being this thick', 'imagine being so clueless']);
  assertAction(moderator, 'approve', ['imagine being this crazy about football', 'imagine being this lucky', 'Imagine being this slow at a game']);
});

test('an insult noun ending in "y" opens a reply as any noun does ("Utter numpty. Learn to count."); an adjective may judge a thing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Utter numpty. Learn to count before commenting on stats.', 'Numpty. Read it again.']);
  assertAction(moderator, 'approve', ['Dummy. The game was a dummy run', 'Stupid. The game was stupid.']);
});

test('threats with a blade ("I\'ll chop you up", "carve your face") and "take an overdose" told to the reader; not cooking, budgets or reports', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'm coming round tonight with a machete and I'll chop you up.", "You wanna talk shit I'll carve your face.", 'I will slice you open']);
  assertFound(moderator, 'incivility.self-harm', ['Take an overdose and save the NHS the bother.', 'go take an overdose']);
  assertAction(moderator, 'approve', ['I will chop the onions', 'we will slice the budget', 'I will carve the turkey', 'patients who take an overdose need help', 'did she take an overdose?']);
});

test('a bullet put in or through someone is a threat; a bullet point or journal put in a list is not', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ['someone should put a bullet in him', 'put a bullet between his eyes', "I'll put a bullet through his skull"]);
  assertAction(moderator, 'approve', ['put a bullet point here', 'I put a bullet journal on my list', 'put a bullet in front of each item']);
});

test('bins are no group called trash: "those trash cans", "the black trash bag"; people called trash still are', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["I wouldn't share a wave with those trash cans", 'put those trash bags out', 'the black trash bag is full', 'these garbage trucks are loud', 'these trash pandas raided my bins']);
  assertFound(moderator, 'incivility.group-attack', ['those immigrants are trash', 'black people are trash']);
});

test('threats by what a harm leaves or is done with: a weapon taken to someone, a harm made sure of, the reader found dead or maimed', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', [
    "I'll take a bat to your knees", 'someone should take a machete to him', "I'm taking my belt to you tonight", "I'll take a baseball bat to his skull",
    "You've made an enemy today. I'll make sure you're crippled for life.", 'we will see to it that he ends up in hospital', 'I will make sure you die slowly',
    "you'll be found in a ditch by the end of the month", "you're going to be found face down in the canal", "you'd be eating through a straw for a year", "you'll be picking your teeth up off the floor",
  ]);
  assertAction(moderator, 'approve', [
    'The chancellor will take an axe to the budget', 'take a hammer to the kitchen tiles', 'Can you take the knife to him? He is carving.', 'I would never take a belt to them', 'He tried to take a knife to him',
    "I'll make sure you're not hurt", "I'll make sure you're banned", 'make sure you are hydrated', "I'll make sure you get home safe",
    "I'll make sure he gets to the hospital in time", 'I will make sure you get to hospital safely', "I'll make sure you shoot the ball straight", 'I will make sure they bleed the brakes properly',
    "If you hike there alone you'll be found dead", "you'll be found in the garden if you need me", 'The body was found in a ditch', "after the jaw surgery you'll be eating through a straw if the wires stay in",
    "After your jaw surgery you'll be eating through a straw for six weeks", "you'll be found in the woods by the search party", "Don't worry, you'll be found in pieces of the puzzle",
  ]);
});

test('"kunt" is the insult it respells ("what a kunt" as "what a cunt"), not in Dutch beside a pronoun ("Kunt u mij helpen?")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['what a kunt, seriously', 'absolute kunt of a referee']);
  assertFound(moderator, 'profanity.vulgar', ['what a kunt, seriously']);
  assertAction(moderator, 'approve', ['Kunt u mij helpen met de bestelling?', 'Jij kunt het!', 'Stefan Kuntz named the under-21 squad']);
});

test('a respelling is read by the grammar as the word it respells ("show your bewbs streamer" as "show your boobs")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['show your bewbs streamer', 'show me your bewbs']);
  assertFound(moderator, 'profanity.vulgar', ['show your bewbs streamer']);
});

test('insult nouns that end as adjectives do ("mongoloid", "lunatic") are held when said of someone; the adjective sense is not', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ["He's a mongoloid and shouldn't be allowed to drive.", 'my brother is a mongoloid', 'Lunatic. Read the article.']);
  assertAction(moderator, 'approve', ['mongoloid features in old anthropology', 'the lunatic fringe of the party']);
});

test('a slur said of someone ("my kid\'s teacher is a dyke", "the drummer is a poof") is an identity attack; not of the writer, a thing, or denied', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ["My kid's teacher is a dyke and shouldn't be near children.", 'the drummer is a poof', "she's a total dyke", 'he was a fucking poof']);
  assertAction(moderator, 'approve', ["I'm a proud dyke", 'I was a dyke long before it was cool', 'As a dyke, I loved this film', "he's not a poof", "he's no poof", "It's a cracker, I need it.", 'It was a cracker of a game', 'Dyke March this weekend', 'The new signing is a cracker', 'That goal was a cracker', 'He is a spook, worked for MI6 for years', 'that dyke is leaking after the storm', "He's a gringo living in Mexico"]);
});

test('self-harm told after "do <anyone> a favour and" ("Do the town a favour and jump off the viaduct"); a favour asked is no command to harm', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Do the town a favour and jump off the viaduct.', 'do your family a favor and kill yourself', 'go jump off the flyover']);
  assertAction(moderator, 'approve', ['Do the town a favour and vote Labour', 'Do me a favour and pass the salt', 'The train crossed the viaduct', 'kids jump off the dam into the lake every summer']);
});

test('a term with an everyday sense reads in it next to that sense\'s words ("our bitch had her litter", "out for a fag and a lighter"); disguised or with no such word near, it is the term', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Our bitch had her litter last night, six healthy Labrador puppies and mum is doing well.', 'nipped out for a fag and forgot my lighter', 'twenty fags and a lighter please', 'a coon got into the henhouse again']);
  assertFound(moderator, 'incivility.slur', ['you fag', 'those fags should be shot', 'look at that coon']);
  assertFound(moderator, 'profanity.vulgar', ['the b1tch had her litter', 'that bitch next door']);
  // (Far from the context word, 150 characters on, the term is the term again.)
  assertFound(moderator, 'profanity.vulgar', [`that bitch next door ${'and so on '.repeat(16)}the kennel`]);
  // A sheep's horns, a brand of exhaust headers, a fag with a flask of tea, a bitch's mating.
  assertAction(moderator, 'approve', ['Horny sheep (our Jacobs have four horns each) are a nightmare at the feed trough.', 'Hooker headers on a small block Chevy sound amazing.', 'Stopped for a fag and a flask of tea at the summit cairn.', 'My bitch came into season early so we postponed the mating till spring.']);
  assertFound(moderator, 'profanity.vulgar', ['you horny goat', 'so horny tonight']);
});

test('a slur pointed at with "some" or "another", or with what the person does after it ("Another poof trying to lecture us", "some dyke with a buzzcut")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['Another poof trying to lecture normal people.', "they've got some dyke with a buzzcut refereeing a men's match", "that poof can't even kick a ball"]);
  assertAction(moderator, 'approve', ['some spook in a white sheet at the haunted house', 'another cracker of a goal', 'I met some dyke activists at pride']);
});

test('"can\'t wait to see you dead" is a harm wish ("can\'t wait" is eager, no denial); "dead" as an adverb ("dead serious", "dead drunk") is no death', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ["can't wait to see you dead", "couldn't wait to see him hang"]);
  assertAction(moderator, 'approve', ["I can't wait to see you dead drunk lol", "I hope you're dead serious", 'hope you are dead set on it', 'you are dead right about that', "I can't hurt you", "can't wait to see you on stage"]);
  assertFound(moderator, 'incivility.threat', ["you're dead", "you're dead meat"]);
});

test('the writer knowing the reader\'s whereabouts ("we know what time you leave", "I know when you leave the house") or lying in wait by their car is a threat; knowing what they mean is not', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ['we know what time you leave', 'we know what you look like now', 'I know when you leave the house', "see you at the next game, I'll be waiting by your car"]);
  assertAction(moderator, 'approve', ['I know what you mean', "I know where you're coming from", "I don't know where you live", 'if I knew where you live', 'I know what you look like in that dress, gorgeous', "I'll be waiting by your car to give you the keys", 'I was waiting by your car for ages yesterday', 'I know which car is yours, the red one in the photo? lovely restoration']);
});

test('a group-attack phrase said of a group named before it ("women should get back in the kitchen") is held whatever the score; reported or alone, it is scored', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['women should get back in the kitchen', 'Honestly, women need to get back in the kitchen']);
  assertAction(moderator, 'approve', ['The claim that women should get back in the kitchen is outdated', "I'm sick of people saying women belong in the kitchen", 'get back in the kitchen', 'Women are great. Get back in the kitchen and finish the pudding, chef said']);
});

test('plain abuse read off probe30\'s development half: running someone over, sterilised, "nobody will find your body", drowning and suffocation told, "what colour knickers"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Print one more story about my brother and I'll run you over in the car park.", 'after Sunday nobody will find your body', "they'll never find your body"]);
  assertFound(moderator, 'incivility.group-attack', ['Autistic people should be sterilised']);
  assertFound(moderator, 'incivility.self-harm', ['Tie a brick to your ankle and jump in the canal, please.', 'You should put a plastic bag over your head and keep it there.', 'go lie down in the middle of the road']);
  assertFound(moderator, 'incivility.sexual', ['What colour knickers are you wearing right now?']);
  assertAction(moderator, 'approve', ["I'll run you over to the station later", 'The protesters will lie down in the middle of the road at noon', 'Never put a plastic bag over your head, kids']);
});

test('the reader\'s smugness ended by the writer\'s harm or a blow ("you won\'t be laughing when I kick your door in"); no harm, no threat', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["You won't be laughing when I kick your door in at 3am.", "Bet you won't feel so clever with a hammer coming down on your kneecaps", 'you will not be smiling once I punch you']);
  assertAction(moderator, 'approve', ["you won't be laughing when you see the bill", "you won't be so cocky when the exam results come out", 'You will be laughing when I punch the air']);
});

test('the reader beaten in the play named right after ("I\'m going to destroy you next match") is game talk; after the match or outside the ground it is a threat', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["I'm going to destroy you next match, get ready.", "I'll smash you in the final"]);
  assertFound(moderator, 'incivility.threat', ["I'll smash you after the match", "I'll batter you outside the ground after the game", "I'm going to destroy you"]);
});

test('innocent81\'s development half: a possessive is its word in its everyday sense; songbird tits, seabird boobies, spunk as courage, a bib cock; but not called someone', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["The hooker's throw at the lineout was spot on all game.", 'Long-tailed tits go round in little gangs at the feeder.', 'Boobies and frigatebirds everywhere on the island. Birdwatching heaven.', "Grandad said she had a lot of spunk, meaning she had courage.", 'The tap on the water butt is called a bib cock, said the plumber.', 'Bastard toadflax grows on chalk downland.', 'Bastard feudalism is on the A-level syllabus.', 'Keep your pecker up, lad!']);
  assertFound(moderator, 'profanity.vulgar', ['nice tits love, fancy a drink', 'show me your boobies', 'swallow my spunk', 'you hooker, the lineout is that way', 'suck my cock, plumber']);
});

test('threats read off the plain rows of the thirty-sixth round\'s suites: people of a role the writer points at, every one of those, places attacked with the particle after them or by "I\'m" and an -ing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'm going to kill the superintendent if he cuts the bus routes", 'I will kill the first agent I see.', "I'll kill every one of those judges", "Evict me and I'll blow this building up, I'm not joking.", "Vote her off or I'll burn that bakery down with her inside", "Lose again and I'm shooting up the team bus.", "Delay me one more time and I'm blowing up the plane.", "We'll bomb the count centre if the result goes their way.", 'If he wins on the cards I\'ll bomb the venue.']);
  assertAction(moderator, 'approve', ["I'd kill for that agent's job", "I'll shoot every one of those pigeons", 'Pujols is gonna bomb this one to Center. Book it!', "We're going to burn the house down tonight, best party ever", "I'm shooting up the rankings", "I'll blow up the balloons for the party", "I'm burning down the gym with this workout lol"]);
});

test('self-harm read off the plain rows of the thirty-sixth round\'s suites: drowned in anything but everyday things, thrown off or under, urged on others past a favour, commands joined by "and", a relative clause\'s subject wished harm', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.harm-wish', ['Whoever built this app should die', 'Anyone who does that should die']);
  assertFound(moderator, 'incivility.self-harm', ['Go drown yourself in the Liffey ya sap', 'Do everyone a favour and drown yourself in the duck pond.', 'Drown yourself in your own buttercream', 'Throw yourself off the balcony and save us the noise complaints.', 'Go throw yourself under the 4:15 to Norwich, nobody would notice.', 'Go throw yourself in front of the next train', 'Jump off the footbridge at Clapham, nobody will care.', 'Mr. Dunmore should do us all a favor and kill himself.', 'Anyone who photoshops their astro images should just commit suicide.', 'Paddle out in the storm and drown yourself, kook.', 'Crash your car into a wall and die, do us all a favour.', 'If you love animals so much go feed yourself to the sharks and die.', 'If the delays bother you that much go jump in front of the train.', 'Stick your head in the oven and turn on the gas', "Write your suicide note, it'll be your best work.", 'Just end it all mate', 'Lost it all on options? Commit suicide.', 'Just die. The team is better without you.']);
  assertAction(moderator, 'approve', ['drown yourself in work, it helps', 'Just drown yourself in a good book this winter', 'Throw yourself into the role', 'Throw yourself off balance', 'throw yourself in front of the camera and smile', 'should I commit suicide?', 'Why should anyone commit suicide over exams', 'Veterans commit suicide at twice the rate', 'Nobody should commit suicide', 'These are the same people who think gays should be executed', 'Who should die next in the show?', 'You go out and die', 'Come to the gig and die laughing', 'jump off the pier in summer, it\'s great fun', "Don't stick your head in the oven to check the roast", 'You should die your hair red']);
});

test('harm someone will get, by the writer\'s word: violence done to a third person, a weapon in a part of the body, a part harmed; a condition the writer\'s own keeps a death foretold', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["He'll get stabbed.", 'The returning officer is going to get stabbed, count on it.', 'Next customer who calls me that gets stabbed, I swear.', "Their number 9 better watch himself, he's getting stabbed after the match.", 'That Deliveroo rider who keyed my car is getting his legs broken.', 'Next rambler who leaves my gate open gets gunned down.', "you'll get a bullet in the head", "you'll get your skull caved in", "Whoever ran over my cat, you're getting your throat cut the day I find out who you are.", 'The next person to nick from my allotment is getting a pitchfork through the chest.', "You'll be dead by Friday if you post my address again"]);
  assertAction(moderator, 'approve', ["If he keeps driving like that he'll get shot", "Kids are getting stabbed in London every week, it's a tragedy", 'In the film he gets shot in the head', "She's getting stabbed in every single season of this show lol", "Be careful or he'll get stabbed", "you'll get your heart broken", 'The boxer is getting his nose broken every fight', 'he will get caught', "You're getting shot at by the whole lobby", 'you will die soon if you keep smoking', "If you drive like that you'll die tonight"]);
});

test('threat phrases and deaths foretold read off the thirty-sixth round\'s plain rows: a throat ripped out, a fist through the teeth, acid; the reader\'s kin dying, a death the writer promises', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'll rip your throat out if I see you at the gym", "I'll put my fist through your teeth, meet me there.", "I'll throw acid in your face", 'Your whole family is going to die, I promise you.', "You'll be dead before graduation, I promise you that.", 'Your kids will die tonight']);
  assertAction(moderator, 'approve', ['the dentist had to knock his teeth out', 'He tried to throw acid in her face', 'This song will rip your heart out', 'your family is going to die of laughter', 'You will die one day, I promise you, we all do', "You'll die happy, I promise", "Your grandparents will die eventually, that's life", 'Your plants will die tonight if you leave them out']);
});

test('evasion82\'s development half: self-harm verbs, selves and a bottle read in leet as the grammar\'s other words are', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ["If you can't pay rent just jump 0ff the r00f and save us all the trouble.", 'She should just 0ff herself after that edit.', 'Do everyone a favor and take a whole b0ttle of p1lls tonight.', 'Thr0w y0urself 0ff the balcony and save us the noise complaints.']);
  assertAction(moderator, 'approve', ['Take 0ff the lid and drink the whole b0ttle, it is lemonade', 'jump 0ff the r00f into the pool, best summer ever']);
});

test('evasion84\'s development half: a knife or gun pictograph after an article or an owner is the weapon ("you\'ll get a 🔪 in your ribs"), after "getting" what is done', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Keep snaking my waves and you'll get a 🔪 in your ribs", "I'll 🔪 you", "you're getting 🔫 tonight"]);
  assertAction(moderator, 'approve', ['I bought a 🔪 for the kitchen', 'getting 🔫 in fortnite all day lol']);
});

test('evasion78 to 88\'s development halves: an aubergine or a peach after an owner or "nice" with no noun after it is a part of someone\'s body', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ["@RedR1Rider bet you'd love riding my 🍆 instead of that bike", 'Nice 🍑, wanna ride something other than waves?', 'Make sure you clean my 🍆 properly', "I'd eat that 🍑 all night", 'Bet she\'d love my 🍆 in her mouth.']);
  assertAction(moderator, 'approve', ['my 🍆 plants are thriving this year', 'your 🍑 cobbler recipe is amazing', 'look at my 🍆 harvest 😂', 'Grew my first 🍆!', 'nice 🍆 you grew']);
});

test('self-harm commands after "lol" or "jus", and dialect selves ("hang yerself")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Your work is trash, jus dye already.', 'lol just die, you ruin every match', 'hang yerself', 'neck yaself']);
  assertAction(moderator, 'approve', ['lol i just die every time in that level', 'lol just dye it blue']);
});

test('innocent89\'s development half: a word masked most of the way reads only as a term that holds a word people hide most often ("f****d", "a******"), not a rarer one ("s****r", "the k****r was the gardener")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['My s****r borrowed my charger AGAIN (sister, obviously)', 'the k****r was the gardener all along.', 'Tried the new b****r place downtown (burger, calm down)', "The s-word in our office is 'synergy'. S*****y.", "We don't say the C-word until December. C*******s."]);
  assertFound(moderator, 'profanity.vulgar', ['you f*****g idiot', 'what a b*****d', 'get f****d', 'm**********r', 'p****']);
  assertFound(moderator, 'incivility.insult', ['you a******', 'you r*****']);
});

test('innocent81 and 87\'s development halves: a rude place name before a region it is in ("Muff in Donegal", "Cumming, Georgia"), not an interjection before one', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Muff in Donegal is a gorgeous spot right on Lough Foyle', 'Cumming, Georgia is named after Colonel William Cumming.', 'Fucking in Austria renamed itself Fugging in 2021']);
  assertFound(moderator, 'profanity.vulgar', ["Fuck in Texas it's hot", 'Shit, Georgia lost again', 'Muff diving in Donegal']);
});

test('innocent89\'s development half: no term inside code quoted in backticks; words alone in backticks stay', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["`$hit = $_POST['hit_count'];` straight into the query is how you get SQL injection", 'try `head -n 69 file.txt` and see if the weird character is before that line']);
  assertFound(moderator, 'profanity.vulgar', ['`fuck you`', 'this is `shit` code', '$hit = 1; shit happens']);
});

test('sexual remarks on a part a third person has ("That ring girl has great tits", "has a lovely pair of knockers on her"); not a garden\'s songbirds nor a door\'s knockers', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['That ring girl has great tits, get them out, love.', 'That new female pundit has a lovely pair of knockers on her.', "The anchor has cracking knockers, I'd motorboat them all night.", "She's got great tits"]);
  assertAction(moderator, 'approve', ['Our garden has great tits.', 'Great tits nesting in the box again', 'A great tit at the feeder this morning', 'The Victorian door has a lovely pair of knockers', 'The door has lovely brass knockers']);
});

test('an insult said of whoever did a thing or anyone who does, opening the subject ("Whoever parked across the school gates is a complete idiot"); praise so said is none', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Whoever parked across the school gates is a complete idiot.', 'Anyone who rates this album below a nine is a total loser.', 'Whoever designed the new driver app is a clueless idiot.', 'Anyone who trusts a 10-day forecast is an idiot.']);
  assertAction(moderator, 'approve', ['Whoever wins is a genius', 'Anyone who volunteers is a hero', 'Whoever invented the idiot box is a genius', 'The Chancellor is a muppet and always has been']);
});

test('the round\'s development halves: respellings (pykies, gukes, kurry muncher, shagin), "put you 6 ft under", a peach inside "pain in the ass", parts harmed read in leet', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['Pykies camping at the car park again, lock your vans.', 'Bunch of gukes drew this manga-style garbage']);
  assertFound(moderator, 'profanity.vulgar', ['Go back to cooking curry for your own kind, kurry-muncher.', 'Those student nurses look like they need a good shagin', 'the locals here are a pain in the 🍑']);
  assertFound(moderator, 'incivility.threat', ["Block me one more time and I'll put you 6 ft under", "you'll get your skull c@v3d in"]);
  assertAction(moderator, 'approve', ['a 🍑 in the fruit bowl', 'Measure 6 ft under the window for the radiator']);
});

test('threats: the writer\'s future further back before "to" or "and" and the harm ("I\'ll be waiting outside to smash your skull in"); a death under the writer\'s own condition or for what the reader did', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Ref, I'll be waiting outside to smash your skull in.", "I'll wait at stage door and smash her face in", "I'm coming over to mur der you tonight.", 'Your whole family is going to die screaming when I find you.', 'You will DIE for what you did to this country.']);
  assertAction(moderator, 'approve', ["I'd love to destroy him but I am in more need of tech support.", "I'll go to the gym to smash my PR", "I'm going home to kill some time", "I'm heading to the shop to beat the rush", "I'll call you and beat you at chess", "I'll never go there to hurt you", 'Soldiers, you will die for what you believe in', 'you will die when you get old', "you'll die if you eat that"]);
});

test('innocent83\'s development half: the reader beaten at or in a game named ("I\'ll destroy you at chess", "in FIFA tonight") is game talk; at a place it is not', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["I'll destroy you at chess tonight", "I'll destroy you in FIFA tonight, bring your best team", "I'll smash you in Mario Kart"]);
  assertFound(moderator, 'incivility.threat', ["I'll destroy you at the pool tonight", "I'll smash you at the bus stop", "I'll smash you in the mouth"]);
});

test('sexual remarks read off probe30\'s development half: "wanking to your", "moan my name", "rub myself against you"; a price for an hour is asked of plumbers too', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["I'm wanking to your profile picture right now.", 'Moan my name on stream, go on.', "I'm going to rub myself against you next time we're on the 42 bus.", 'how much for a night with you']);
  assertAction(moderator, 'approve', ['How much for an hour with you to fix my boiler?']);
});

test('a vulgar word before a break a walk reads over ("a bitch-douche", "bitch/nigga") is still the vulgar word', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ['always being a bitch-douche to the teacher', 'people who bitch-n-moan all day', 'look at that bitch/nigga']);
});

test('evasion31\'s development half: a spaced-out slur after its article, a plural written with z after "these", "stfu" as vulgar, a shag among seabirds', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['she is a d y k e', 'THE NEW COACH IS A Ｄ Ｙ Ｋ Ｅ AND EVERYONE KNOWS IT']);
  assertFound(moderator, 'incivility.insult', ['is a m 0 r 0 n', 'These bastardz at the energy company doubled my direct debit again']);
  assertFound(moderator, 'profanity.vulgar', ['@gamer_pete stfu about frame rates already', 'gtfo of here', 'fancy a shag tonight love?']);
  assertAction(moderator, 'approve', ['Spotted a shag drying its wings on the harbour wall this morning.']);
});

test('a spaced-out grammar word in leet ("f i n g 3 r her") or after its article ("a g u n"), and a grammar word split by a break ("over-dose", "0ver-dose") are read whole', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["I'd f i n g 3 r her in the back row of the council chamber."]);
  assertFound(moderator, 'incivility.self-harm', ['Take an over-dose and save the NHS the bother.', 'Take an 0ver-dose and save the NHS the bother.']);
  assertAction(moderator, 'approve', ['the up-date is out', 'a 1 b 2 c 3']);
  // A spaced-out grammar word joined with the article before it ("a g u n" normalizes to "agun").
  assertFound(moderator, 'incivility.threat', ['i have a g u n and your address']);
});

test('a command to harm "those" named by what they did is no group attack ("ban those involved", "jail those responsible")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['The homophobic chanting from the away end was disgraceful and the club must ban those involved.', 'jail those responsible']);
  assertFound(moderator, 'incivility.group-attack', ['we must ban those muslims', 'kill those animals']);
});

test('innocent33\'s development half: the wild ass and faggots with mash read in their everyday senses, but not a word called someone; "you crazy diamond" is praise', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['The Somali wild ass is critically endangered, only a few hundred left.', 'Faggots, mash and mushy peas with onion gravy. Proper Black Country tea.', 'You crazy diamond, happy birthday!', 'We got lost somewhere around Mount Buggery in the Alpine National Park.']);
  assertFound(moderator, 'incivility.slur', ['you a faggot if you eat pork chops.', "you're a faggot, eat your peas"]);
  assertFound(moderator, 'incivility.insult', ['you are such a bitch, the litter is yours', 'you crazy idiot']);
});

test('a threat to a person named by "who" ("the next bailiff who knocks") or made after "going to" a word further back ("I\'m going to put a bomb under your car")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'll shoot the next bailiff who knocks on my door.", "I'll shoot any tax inspector who comes here", "I'm going to put a bomb under your car, Dave, see how you like that.", "I'm going to plant a bomb under your car"]);
  assertAction(moderator, 'approve', ["I'll destroy the team who beat us", "I'm going to go to the shop", "I'm going to watch a fight on tv"]);
});

test('a slur said of someone by a noun with "\'s" ("the drummer\'s a poof") or before the noun of a person ("ugly halfbreed kid") is used, not mentioned', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ["The drummer's a poof, always has been.", 'ugly halfbreed kid in the ad']);
  assertAction(moderator, 'approve', ["the biscuit's a cracker", "I'm a proud dyke", "he's not a poof", "Offa's Dyke path"]);
});

test('sexual acts asked of or said to someone, read off the development halves: "jerk me off", "try anal", "spreads her legs", "give her a proper fingering"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['wanna try anal with me', 'Come round later and jerk me off', "Bring your hot sister round, I'll give her a proper fingering.", 'Bet that slag spreads her legs for anyone.']);
  assertAction(moderator, 'approve', ['learn proper fingering for your scales', 'the guitar fingering chart']);
});

test('all the pills at once is an overdose told ("swallow all your pills at once"); "take your pills at once" is now', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['swallow all your pills at once', 'take all your pills at once']);
  assertAction(moderator, 'approve', ["take your pills at once, it's late", 'take all your pills, even if you feel better']);
});

test('an everyday word of the language a comment is written in is that word, not the term (rules/words/foreign-words.json); English swearing in it is still read', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Das Buch ist ziemlich dick, aber jede Seite lohnt sich.', 'Slut på kaffe igen på jobbet, någon borde köpa mer.', 'Puszi mindenkinek, ma 30 fok van a Balatonnál!', "Picked up new boots at DICK'S Sporting Goods, 20% off."]);
  assertFound(moderator, 'profanity.vulgar', ['Das ist so ein fucking Bullshit, echt jetzt', 'what a dick, honestly, he never stops talking about his car']);
  assertFound(moderator, 'incivility.insult', ['what a slut']);
});

test('evasion34\'s development half: "the sh1t out of you" in leet, a spaced word in leet after its article, respellings, the infinity sign for oo, a place word in small letters', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Say that at the rink, I'll b.e.a.t the s.h.1.t out of you", "Say that at the pub, I'll beat the sh1t out of you"]);
  assertFound(moderator, 'incivility.self-harm', ['Go jump in front of a t r a 1 n mate, do us all a favour']);
  assertFound(moderator, 'profanity.vulgar', ['ngl this accent makes me want to jork off', 'Girl in the third row making horni faces at the captain all game', 'Reporter Lisa has the best b∞bs on Channel 5']);
  assertFound(moderator, 'incivility.insult', ['shut up, mfer']);
  assertAction(moderator, 'approve', ['Traffic is backed up at the Cumming exit on GA-400 again, avoid it if you can', 'x → ∞ as n grows']);
});

test('five letters or more spaced out are one word to the grammar, after an article joined to them too ("you\'re a d i s g r a c e"); fewer may be short words ("u r a m o r o n")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.hostile', ["you're a d i s g r a c e to the whole fanbase", "you're a d/i/s/g/r/a/c/e to the whole fanbase"]);
  assertFound(moderator, 'incivility.insult', ['u r a m o r o n']);
  assertAction(moderator, 'approve', ['B R E A K I N G  N E W S: the council resigned', 'T H A N K S everyone']);
});

test('evasion36\'s development half: a capital I for an l in a grammar word, respellings, a break before a leet digit, a name given; a weapon pictograph between two words reads as nothing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Say that again, I'll sIit your throat", 'I will kill🔪you']);
  assertFound(moderator, 'incivility.self-harm', ['go kill🔫yourself']);
  assertFound(moderator, 'profanity.vulgar', ['Their mascot gives me a h4rd-0n', 'I say this is fkd up', 'It is a rigged gawdamn casino', 'wanna suk my dik?']);
  assertFound(moderator, 'incivility.insult', ['He is an arrogant dooshbag who got famous because of his dad']);
  assertAction(moderator, 'approve', ['Matched with a Richard who goes by Dick', 'water 🔫 fight at the park', 'covid-19 cases fell again', 'In Ireland I said hi', 'Dik-diks are tiny antelopes, the one at the zoo is about the size of a cat.']);
});

test('a glued token in leet is read as its letters ("d1ckmove", "$hitbag"), not a user name ("@WetShoesClassic"), nor an "!" closing a word', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ['total d1ckmove by the ref']);
  assertFound(moderator, 'incivility.insult', ['you are a $hitbag', 'y0uareanidi0t']);
  assertAction(moderator, 'approve', ['@WetShoesClassic haha', 'kickoff at 3pm, 4th row, mp3 of the anthem', 'covid19 update: 5pm briefing']);
});

test('a mask in a glued token is read as the word most often masked that fits it at the token\'s start or end ("f*ckingidiot", "stupidf*ck"), not where an everyday word fits the whole token ("p*ssword")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['f*ckingidiot', 'you f*ckingidiot']);
  assertFound(moderator, 'profanity.vulgar', ['stupidf*ck', 'f*ckingidiot']);
  assertAction(moderator, 'approve', ['Never give your p*ssword to anyone claiming to be from the bank', '5*star hotel, **bold** claims', '*sshut the door']);
});

test('allowed: pricking out seedlings, Puss in Boots', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Time to prick out the tomato seedlings into 9cm pots.', "We're doing Puss in Boots for the school panto."]);
  assertFound(moderator, 'profanity.vulgar', ['what a prick, honestly']);
});

test('a term split in two by a space or a line break is read ("idi ots", "mor on", "bit ch"), not two English words ("wet backs", "glazed donuts"), a capitalized second piece, a third piece after, a stretched piece or another language', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['sit down idi ots, the trailer clearly said 2025', 'sit down idi\nots, the trailer clearly said 2025', 'you are a mor on', 'what a bit ch']);
  assertAction(moderator, 'approve', ['The wet backs on the site were soaked', 'I love a glazed donut on a Sunday', 'released in Jun 2024', 'hon ky tonk night at the pub', "Shhhhhhh it's a surprise party", 'the pen is mightier than the sword']);
  assertNotFound(moderator, 'incivility.insult', ['Non sono un influencer e non ho letto l\'intervista, non ce l\'ho fatta']);
});

test('a weapon pictograph standing alone between words reads as the verb it draws (🔫 shoot, 🔪 stab), not one glued to a word', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["whoever keyed my car, I'm going to 🔪 you", "I'll 🔫 you"]);
  assertFound(moderator, 'incivility.self-harm', ['go kill🔫yourself']);
  assertAction(moderator, 'approve', ['water 🔫 fight at the park', "Can't wait to 🔪 into this cake tonight", 'Going to 🔫 some hoops later with the kids', 'my 🔪 is blunt']);
});

test('evasion38\'s development half: "£" for an e in a word ("r£tards"), but not in a price; Lisu and turned look-alikes in order ("kꓲll", "ʞıll")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['it was half full of r£tårds doing donuts']);
  assertFound(moderator, 'incivility.self-harm', ['go ꓗꓲꓡꓡ YOURSELF with your exhaust']);
  assertAction(moderator, 'approve', ['£50 for a ticket, sh£ll out £5 for parking']);
});

test('evasion40\'s development half: "OD" in capitals or with a zero is overdose; a bridge and a rope pictograph are their words; "commit sewer slide"; a round, a map, a court or "gg" is play', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Honestly you should 0D and spare everyone.', "Go OD on something, you'd be doing your mam a favour", 'Do everyone a favour and jump off a 🌉.', 'Dropped three catches, go 🪢 yourself mate.', 'You should just commit sewer slide, honestly.']);
  assertFound(moderator, 'incivility.threat', ["I'm gonna destroy you when I come round"]);
  assertAction(moderator, 'approve', ['you should see the OD about that', 'OD green jacket for sale', 'Golden Gate 🌉 at sunset, what a view', 'Learned a new 🪢 today, the bowline', 'Why do teens commit sewer slide, asks the report', "I'm gonna destroy you next round 😈 gg though", "I'll destroy you on the court tomorrow"]);
});

test('glued, masked and split readings and pictograph words never fail: every evidence span is the body\'s text there, and the leet-read text keeps the length and the spaces', async () => {
  const moderator = await createModerator();
  const pieces = fc.constantFrom('idi', 'ots', 'mor', 'on', 'bit', 'ch', 'd1ck', 'move', 'f*ck', 'ing', 'idiot', '$hit', 'bag', '@user', 'p*ss', 'word', 'OD', '0D', 'you', 'go', 'yourself', '🔫', '🔪', '🌉', '🪢', 'ʞıll', 'ꓲ', '£', 'r£t', 'ards', 'sewer', 'slide', 'commit', '1', '!', '*', ' ', '  ', '\n', '.', 'Jun', 'in');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 16 }), fc.array(fc.constantFrom('', ' '), { maxLength: 16 }), (parts, gaps) => {
      const body = parts.map((part, index) => part + (gaps[index] ?? '')).join('');
      const decision = moderator.moderateSync({ body });
      assert.not.ok(decision.reasons.some((reason) => reason.code === 'classifier.error'), `${JSON.stringify(body)}: ${JSON.stringify(decision.reasons)}`);
      for (const reason of decision.reasons) for (const span of reason.evidence ?? []) assert.is(body.slice(span.start, span.end), span.text, JSON.stringify(body));
      const normalized = new TextAnalysis({ body }, 20_000).normalized.text;
      const read = leetReadTokens(normalized);
      assert.is(read.length, normalized.length, JSON.stringify(body));
      for (let index = 0; index < read.length; index++) assert.is(read[index] === ' ', normalized[index] === ' ', JSON.stringify(body));
    }),
    { numRuns: 2000 },
  );
});

test('evasion42\'s development half: a bomb, a skull and pills standing alone read as bomb, death and pills; a laughing skull stays a laugh', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Come near my yard again and I'll beat you to 💀 with my own hands.", "Durham rejected me so I'm going to 💣 the admissions building"]);
  assertFound(moderator, 'incivility.self-harm', ['Take all your 💊 at once and be done with it']);
  assertAction(moderator, 'approve', ["lmao 💀 you're killing me", "I'm 💀 this is hilarious", 'the new album is the 💣', "don't forget your 💊 today mum", "you're killing me 💀💀💀"]);
});

test('evasion44\'s development half: a split term before a grammar word split so ("pus sy"), in a comment the detector reads as English; two English words split by a line break alone are the term ("arse\\nhole"); a term of its own before an everyday word is no split ("my nig or")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ["I'd eat her pus sy for hours.", 'What an arrogant arse\nhole. Drop him']);
  assertFound(moderator, 'incivility.insult', ['What an arrogant arse\nhole. Drop him', 'what a pus sy']);
  assertNotFound(moderator, 'incivility.insult', ['What an arrogant arse hole? No, a hole in the road']);
  assertEvidence(moderator, 'if u was talkin to my nig or smashed da homies', 'nig');
});

test('evasion42\'s and evasion44\'s development halves: bold inside a word is read as the word markdown shows ("Fu**ck**ing", "k**il**l"), with the marks in the evidence', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["If I see that ref outside the ground I'll k**il**l him."]);
  assertFound(moderator, 'profanity.vulgar', ['Fu**ck**ing brilliant, scraped the new exhaust']);
  assertEvidence(moderator, 'Fu**ck**ing brilliant, scraped the new exhaust', 'Fu**ck**ing');
  assertAction(moderator, 'approve', ['That was **un**believable, well played', 'Raise 2**10 and compare']);
});

test('evasion46\'s and evasion48\'s development halves: one letter or digit in bold inside a word ("sh**i**t", "t**1**ts"); a word hyphenated across a line break is one word ("cock-\\ntail" is no "cock"); a term of four letters split by a line break alone ("tw\\nat")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ['My tutor called my accent charmingly sh**i**t. Thanks, I guess.', 'nobody wants to see your saggy t**1**ts.', 'Host, you are a complete and utter tw\nat.', 'you absolute c-\nunt']);
  assertAction(moderator, 'approve', ['Mixed a hop-infused cock-\ntail for the club social, recipe below.']);
  assertNotFound(moderator, 'profanity.vulgar', ['Host, the tw at the end of the line is a typo']);
});

test('evasion48\'s development half: inline HTML tags inside a word are read as the word a page shows ("wh<b>o</b>re", "dumb<b></b>ass", "k<b>i</b>ll"), with the tags in the evidence', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ["His wife is a wh<b>o</b>re, that's where the money goes.", 'Go back to the beginner course, you clueless dumb<b></b>ass.']);
  assertEvidence(moderator, "His wife is a wh<b>o</b>re, that's where the money goes.", 'wh<b>o</b>re');
  assertFound(moderator, 'incivility.threat', ['Councillors, I will k<b>i</b>ll you all if this passes.']);
  assertAction(moderator, 'approve', ['Run kill -9 <pid> to stop it, then a <b>bold</b> restart']);
});

test('evasion46\'s and evasion48\'s development halves: a term of five letters or more written backwards as one word is the term ("norom", "drater", "resol"), not an English word so read, its plural or "-in\'" ("skips", "saggin"), a handle or a name', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The parent screaming at the ref every week is a norom.', 'Their coach is a drater, no wonder the kids play like that.', 'imagine being such a resol']);
  assertEvidence(moderator, 'imagine being such a resol', 'resol');
  assertFound(moderator, 'incivility.slur', ['what a reggin']);
  assertAction(moderator, 'approve', ['stop snooping, you skips the queue', 'I was huggin and saggin all day', 'Thanks @norom for the tip', 'Norom is a village up the road', 'Stop it, toid']);
});

test('evasion46\'s development half: "cock sucker" and "mother fucker" written apart are the insults, in leet too; "my mother fucked up" is no insult', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The agent who valued my land is a c0ck sucker.', 'Whoever keeps nicking the corner flags is a mother fuck3r.', 'you mother fucker']);
  assertNotFound(moderator, 'incivility.insult', ['my mother fucked up the recipe again']);
});

test('evasion50\'s development half: senses of a Galway hooker, of retarding dough and of pricking pastry; the verbs\' words after an article are nouns, the insults ("he\'s a retard", "what a prick")', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Galway hookers racing in the bay on Saturday, well worth a look.', "We retard the dough overnight in the fridge, that's where the flavour comes from.", 'Prick the pastry base all over with a fork before you blind bake it.']);
  assertFound(moderator, 'incivility.insult', ["he's a retard, the dough is proofing", 'what a prick, pricked my finger on a thorn', 'you prick, fork off']);
});

test('probe47\'s development half: new phrases of harm and advances told to the reader ("put you through a wall", "walk into traffic", "on your knees in front of me")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["You'd look a lot better on your knees in front of me."]);
  assertFound(moderator, 'incivility.threat', ['one more word out of you and I swear I will put you through a wall']);
  assertFound(moderator, 'incivility.self-harm', ['Walk into traffic, nobody on this forum will care.', 'put a bag over your head and tie it tight']);
  assertAction(moderator, 'approve', ["Don't let your dog walk into traffic near the school"]);
});

test('dev halves of evasion36, evasion42 and evasion50: the aubergine and the rooster are a penis inside a phrase ("sit on my 🍆", "suck my 🐓"), with the vulgar word the phrase holds; alone, and to the grammar, they are the vegetable and the bird', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ['Forget the birds and come sit on my 🍆.', 'Saw the woman in the next tent, she can suck my 🐓 any time']);
  assertFound(moderator, 'profanity.vulgar', ['Forget the birds and come sit on my 🍆.', 'bro she can suck my 🍆 fr']);
  assertEvidence(moderator, 'Forget the birds and come sit on my 🍆.', 'sit on my 🍆');
  assertAction(moderator, 'approve', ['🍆 parmigiana tonight, who is in?', 'the 🐓 crowed at 5am again', 'nice 🍆 you grew this year', 'you 🍆']);
});

test('probe47\'s development half: "cheaters" pinned on a whole group, as "cheats" is; not said of players, nor denied', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.group-attack', ['Bisexual people are all cheaters, never date one.']);
  assertAction(moderator, 'approve', ['the cheaters were banned from the server', 'Bisexual people are not cheaters']);
});

test('innocent53\'s development half: senses of a cock pheasant, a fuel cock and a cockfight\'s bird, and of the rugby hooker; the insult said to someone stays', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['A cock pheasant was spotted strolling down the high street on Tuesday morning.', "Fuel cock was turned off by mistake, that's why he stopped out on track.", 'The cock-fighting pit behind the inn fell out of use after the 1835 ban.', 'The hooker threw in perfectly at the lineout all afternoon.']);
  assertFound(moderator, 'profanity.vulgar', ['you cock, fuel your own car']);
  assertFound(moderator, 'incivility.sexual', ['suck my cock you chicken']);
});

test('evasion52\'s development half: "kneegrows" and "Jippos", respellings of slurs; a knee that grows is no slur', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['The whole waiting room was full of kneegrows shouting.', 'Jippos will be camped on that field within a week of the road opening.']);
  assertAction(moderator, 'approve', ['my knee grows stiff after a long run']);
});

test('evasion42\'s development half: a numeric character reference for a letter inside a word in a plain-text comment ("b&#101;aners"), with the reference in the evidence', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['the whole loop was overrun by b&#101;aners from the city']);
  assertEvidence(moderator, 'the whole loop was overrun by b&#101;aners from the city', 'b&#101;aners');
  assertAction(moderator, 'approve', ['Q&#38;A tonight &amp; drinks after &#8230;']);
});

test('abbreviations that stand as a state said of someone or something: "dtf" after a subject or a word of being, "bs" as a verdict; not DTF printing, a BS degree, BS initials', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ["She's always DTF after a win, everyone on the team knows", 'Any girls dtf tonight? 22M, Bristol', "she's dtf, everyone on the team knows it", 'DTF? I can come to your place after the game.', 'Cut the BS, Brandon, everyone saw you kiss her on camera.', "that's bs, I was fully behind cover.", '2 BILLION views? BS!']);
  assertAction(moderator, 'approve', ['We offer DTF printing on hoodies', 'the DTF transfers peeled after one wash', 'She has a BS in chemistry', 'BS Johnson was a novelist', 'the BS 1363 plug', 'Congrats on the BS in Environmental Science! So well deserved.', 'Thanks to Mr Cockburn for refereeing the under-8s at short notice!']);
});

test('abbreviations that are other things too read only where they stand as their phrase would: "af" ending a clause after a word, "ffs" as a clause, "BJ" and "POS" as nouns', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ['This drop goes hard af', "I'm tired AF lol", "it's cold asf.", 'Bell ringers practising at 7am on a Saturday, FFS', 'Stop letting your dog off lead near the sheep, ffs.', 'FFS people.', 'Maestro needs a BJ to loosen up.', 'Bet she gives great BJs, that\'s how she got through']);
  assertFound(moderator, 'incivility.insult', ['The buyer who pulled out the day before exchange is a spineless POS.', "you're a pos"]);
  assertFound(moderator, 'profanity.vulgar', ['Our new commodore is a real POS.']);
  assertAction(moderator, 'approve', ['I have paroxysmal AF and take warfarin.', 'The AF is quick on this lens.', 'She had FFS last year and she looks great.', 'FFS surgery is covered now', 'BJ Thomas sang it', 'a BJ Thomas record', 'The POS system is down again', 'we need a POS terminal for the fete', 'tested pos for covid today', 'Get aff my land!']);
  // (Matched only as written: a leet or masked reading of two letters is some other word's.)
  assertFound(moderator, 'incivility.insult', ['you 1af']);
  assertNotFound(moderator, 'profanity.vulgar', ['you 1af']);
  // An initialism spelled out by its words beside it is their acronym, whatever it spells.
  assertAction(moderator, 'approve', ['Our hiking club flyer says W.T.F. for Walk The Fells and nobody noticed until 500 were printed.', 'We back Keep Your Smile (KYS) in every school.']);
  assertFound(moderator, 'profanity.vulgar', ['WTF for real', 'The f-ing tram was cancelled so I missed kick-off.', "you're a f'ing expert"]);
});

test('innocent55\'s and evasion54\'s development halves: a bitch among puppies and greyhounds, an ass in a paddock, jackass penguins, egg whites beaten, black beans in Spanish', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', [
    'Our bitch had her puppies last night, seven healthy labradors and mum is doing great.',
    'The bitch in trap four won by three lengths at the greyhound meeting last night.',
    'Donkey update: the old ass in the paddock has a new friend, a miniature Shetland pony.',
    "Jackass penguins at the aquarium are the loudest birds I've ever heard, they really do bray like donkeys.",
    "Beat the egg whites to stiff peaks, then fold them in gently so you don't knock the air out.",
    "Frijoles negros con arroz, my abuela's recipe: black beans slow-cooked with cumin and garlic.",
  ]);
  assertFound(moderator, 'profanity.vulgar', ['you bitch, I hope your puppies die', 'you jackass, leave the penguins alone']);
  assertFound(moderator, 'incivility.group-attack', ['Whites are vermin', 'kill the whites']);
});

test('the peach drawn for an arse inside a phrase ("kiss my 🍑"), not alone; a pussy bow blouse is clothing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['kiss my 🍑 ref']);
  assertFound(moderator, 'incivility.sexual', ['tap that 🍑']);
  assertAction(moderator, 'approve', ['🍑 crumble for pudding', 'my 🍑 hurts after leg day', 'Pussy bow blouse pattern now available in sizes 8 to 22.']);
});

test('innocent49\'s development half: emphasis around words is punctuation: "*blue tit*" is no "tits" mask, and an allow phrase holds through emphasis marks between its words', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['A blue ***tit*** and two great tits on the feeder this morning!', 'we saw a *blue tit* today', '**blue tit** on the feeder', '*ho* ho ho, merry Christmas']);
  assertFound(moderator, 'profanity.vulgar', ['what a *fucking* joke', 'what a f*ck* joke', 'as $hiiiite']);
});

test('innocent57\'s development half: an initialism spelled out after "the" or in capitalized parts ("WTF, the Williamstown Theatre Festival", "ASS (Advanced SubStation Alpha)"); "if you were a ..." supposes, it says nothing of the reader', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', [
    'We drove up to see a play at WTF, the Williamstown Theatre Festival, last summer.',
    'If you need styled captions, export to ASS (Advanced SubStation Alpha) rather than SRT.',
    'If you were a tribute in The Hunger Games, would you volunteer? Our group was split down the middle.',
  ]);
  assertFound(moderator, 'profanity.vulgar', ['WTF, the ref is blind']);
  assertFound(moderator, 'incivility.insult', ["If you're a Tory you're an idiot"]);
});

test('evasion56\'s development half: a grammar word with a mask and leet digits in it ("d3c*pitate"), and a "toaster bath" urged', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["Touch my account again and I'll d3c*pitate you.", "I'll str4ngl* you"]);
  assertFound(moderator, 'incivility.self-harm', ['Go commit toaster bath, seriously.']);
  assertAction(moderator, 'approve', ['the 3*4 ratio on a 2*2 grid']);
});

test('innocent57\'s development half: "sexed" is news and farming vocabulary ("the sexed-up dossier"), and "sex ed" no split "sexed"', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Our sex ed evening for parents covers puberty and consent.', 'the sexed-up dossier', 'highly sexed characters in a Victorian novel']);
});

test('innocent57\'s development half: "you\'re a monster at trivia" says what the reader is good at; "a disgrace at this club" is still said of them', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["You're a monster at trivia. Seriously, how do you know all the kings of Scotland?", 'you are an absolute demon at darts']);
  assertFound(moderator, 'incivility.hostile', ["you're a disgrace at this club", "you're a monster", "You're a failure at everything, so just go and die quietly somewhere"]);
});

test('innocent57\'s development half: abuse reported in quotation marks after "saying" is reported; an adjective opening a sentence ("Vile, and ...") calls no one', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ["The MP revealed she had received messages saying she 'should be raped' and has passed them to the police. Vile, and I hope they find whoever sent them.", 'Vile, and I hope they find whoever sent them.']);
  assertFound(moderator, 'incivility.harm-wish', ['women like her should be raped']);
  assertFound(moderator, 'incivility.insult', ['Moron, read it again', "Pathetic, you can't even spell", 'Stupid, smug and useless. The trifecta.']);
});

test('evasion40\'s development half: a pirate\'s or a game\'s booty is plunder; shaken, it is vulgar', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Booty chest spawns at the shipwreck every 30 min, free loot.']);
  assertFound(moderator, 'profanity.vulgar', ['shake that booty']);
});

test('evasion58\'s development half: "@$$" is "ass" (an at sign stands for a letter where no digit is), money and numbers are not', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'profanity.vulgar', ["I'd happily p0und that t1ght little @$$ of yours, Jen.", 'kiss my @$$']);
  assertAction(moderator, 'approve', ['a $$$ deal, email me @ 455 Main St']);
});

test('innocent59\'s development half: a term starting a longer word of a link\'s address is none ("whorepresents.com"); an initialism spelled out once is the acronym throughout; the rooster\'s crow, stretched', async () => {
  const moderator = await createModerator();
  assertNotFound(moderator, 'incivility.insult', ['For booking the band, whorepresents.com lists their agent.', 'see bitchinbakery.com for cakes']);
  assertFound(moderator, 'incivility.insult', ['you whoremonger']);
  assertFound(moderator, 'profanity.vulgar', ['see fuck.com']);
  assertAction(moderator, 'approve', [
    'The World Taekwondo Federation (WTF) renamed itself World Taekwondo in 2017, so older grading certificates still carry the WTF logo.',
    "Cooooock-a-doodle-dooooo at 4:45 every morning. I love my neighbour's chickens.",
  ]);
  assertFound(moderator, 'profanity.vulgar', ['WTF is going on', 'as $hiiiite']);
});

test('the probes\' development halves: two weak insults opening a comment as its verdict ("Clueless donkey."), and "the thickest person" said of the reader', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Clueless donkey. Stick to commenting on cat videos.', "You're genuinely the thickest person I've ever seen post on here."]);
  assertAction(moderator, 'approve', ['Big donkey. I love him.', 'that donkey at the sanctuary', 'the thickest fog in years', 'This is the thickest book on the shelf']);
});

test('innocent39\'s and innocent53\'s development halves: dotted initials before a name or a number are a name\'s or a date\'s ("F.U. Berlin", "A.S.S. 1823"); before a sentence, or alone, they spell the word', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['My exchange semester at F.U. Berlin was the best decision I ever made.', "The sampler is stitched 'A.S.S. 1823', the girl's initials and the year."]);
  assertFound(moderator, 'incivility.insult', ['F.U. buddy', 'F.U. You know what you did']);
  assertFound(moderator, 'profanity.vulgar', ["you're an A.S.S."]);
});

test('innocent61\'s development half: pubs and shops named by a term ("the Cock Inn", "the Cock & Bull", "Kum & Go"), Thomas Crapper, horny goat weed', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', [
    'Anyone been to the Cock Inn on the high street since the new landlord took over?',
    'Friday knit night at the Cock &amp; Bull, bring your WIPs!',
    'Kum & Go petrol stations are a real chain in the Midwest.',
    "Fun fact for the plumbing apprentices: Thomas Crapper didn't invent the flushing toilet.",
    'Has anyone grown horny goat weed (epimedium) as ground cover?',
  ]);
  assertFound(moderator, 'profanity.vulgar', ['you cock & balls', 'that was crapper than last week', 'feeling horny tonight']);
});

test('evasion60\'s and evasion58\'s development halves: with nothing hidden, the reading that takes more of the letters as its term ("J@ps" is "japs", "ph@gg0ts" the slur); "nibbas"; "a bj after ..."; booty shorts and boob tape are clothing', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['The J@ps are buying up all the farmland around here.', "Whole team's a bunch of ph@gg0ts, no wonder they lost 5-0.", 'That dancer is such a ph4ggot lol', 'These nibbas always hog the squat rack.']);
  assertFound(moderator, 'profanity.vulgar', ['How much for a bj after the seminar? Asking for real.']);
  assertAction(moderator, 'approve', ['Heads up, the booty shorts from that brand go see-through when wet.', 'Best boob tape for backless dresses?']);
});

test('respellings from the evasion suites\' development halves: "fagit", "dikhed" (a noun, said of someone), "pussay", "hawny"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['Look at this faaaagit in his pink shorts']);
  assertFound(moderator, 'incivility.insult', ['whoever parked across four spaces at the meet is a massive d1khed', 'Show us your pu$$ay love x']);
  assertFound(moderator, 'profanity.vulgar', ['hawny af after this music video', 'Tell that dikhed on the visitors\' pontoon to move his boat.']);
});

test('evasion64\'s development half: "end" and "life" read in leet by the grammar ("3nd your l1fe"); "the end of life care" is no command', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['3nd your l1fe already, no one at school likes you']);
  assertAction(moderator, 'approve', ['the end of life care was wonderful', 'and your life goes on']);
});

test('evasion62\'s development half: the Kill the Bill protesters are no people to kill; "gippos" is the slur', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Kill the Bill protesters marched through Bristol again on Saturday, mostly peacefully.']);
  assertFound(moderator, 'incivility.threat', ['Kill the traitors', 'kill the climate activists']);
  assertFound(moderator, 'incivility.slur', ["The council gave the gippos a new site with electric hook-ups and we can't get a pothole filled."]);
});

test('innocent67\'s development half: a harm "for" something is wanted ("I would kill for their pudding"), a sauce that blows your head off, "nobody cares if ..." reassures, a name described after a comma', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', [
    'I would kill for their sticky toffee pudding. Seriously, it is to die for.',
    'That chilli sauce will blow your head off. Order it anyway.',
    'Throw yourself into the ceilidh, nobody cares if you get the steps wrong.',
    'Bich, the hotel manager, upgraded us when she heard it was our honeymoon.',
  ]);
  assertFound(moderator, 'incivility.threat', ['I will kill you', 'I will blow your head off', 'my big brother will kill you']);
  assertFound(moderator, 'incivility.insult', ['nobody cares what you think', 'nobody cares, loser']);
  assertFound(moderator, 'profanity.vulgar', ['you Dick, the nerve']);
});

test('evasion66\'s development half: "ass hole" written apart, as "dick head" is; an animal loved is no group\'s name ("Bisexual, love dogs")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['The manager at the Elm Street branch is a complete ass hole.']);
  assertAction(moderator, 'approve', ['Bisexual, love dogs, looking for something serious.']);
  assertFound(moderator, 'incivility.group-attack', ['Gays are dogs', "Muslims, they're dogs"]);
});

test('innocent69\'s development half: an ass at a donkey sanctuary; the Mass\'s Latin response', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['The kids groomed a very patient old ass called Jasper at the donkey sanctuary today.', "The response 'et cum spiritu tuo' came back into the English Mass in 2011."]);
  assertFound(moderator, 'profanity.vulgar', ['you ass, get out of the sanctuary']);
});

test('evasion68\'s development half: a phrase read with two words misspelt or respelled, a vulgar word among them ("sukk my dikk"), is the phrase and the vulgar word', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Come sukk my dikk if you disagree with my post, sweetheart.']);
  // (And a cock that crows is the bird.)
  assertAction(moderator, 'approve', ['The farm next to the campsite has a cock that crows at 4am every single day.']);
  assertFound(moderator, 'profanity.vulgar', ['Come sukk my dikk if you disagree with my post, sweetheart.']);
});

test('respellings from evasion72\'s and evasion74\'s development halves: "nicca", "imbesil"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.slur', ['Typical nicca behaviour, robbing a corner shop for 40 quid']);
  assertFound(moderator, 'incivility.insult', ['You are literally an imbesil if you think Goku loses that fight']);
});

test('allow phrases from innocent71\'s and innocent73\'s development halves: a chink in the fence, "cut your losers"; the slur and the insult stay', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Found a chink in the fence where the sheep keep getting out.', 'Cut your losers, let your winners run. Took me two crashes to learn that.', 'a chink in the curtains woke me at five']);
  assertFound(moderator, 'incivility.slur', ['you chink']);
  assertFound(moderator, 'incivility.insult', ['cut your losses, losers']);
});

test('evasion72\'s development half: an advance names the slang of intimate parts too ("Show us your tiddies", "show me your tatas")', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.sexual', ["Show us your tiddies and I'll upload the fixed file", 'show me your tatas', 'I want to lick your clit']);
});

test('threats from the new suites\' plain rows: every one of them, a coffin, and a modal joined to its subject after a sentence ending in "that"', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ['I will shoot every one of you at the next reunion.', 'I will kill every last one of you', "Come to my gym and say that. I'll put you in a coffin", "Do that again. I'll put you in hospital"]);
  assertAction(moderator, 'approve', ['I will shoot every one of these ducks', 'Smoking will kill you', 'the heat will kill you']);
});

test('insults, slurs and self-harm from the new suites\' plain rows: the writer of a recipe or a page, "this spastic can\'t", "poofs like you", a command after its condition, suicide advised to the reader', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['Whoever wrote this recipe is an ignorant buffoon. Two cups of salt??', 'the idiot who runs this site', "This spastic can't even install a mod manager"]);
  assertFound(moderator, 'incivility.slur', ['Poofs like you are why this forum went to hell']);
  assertFound(moderator, 'incivility.self-harm', ['If you cant squat 100kg at your age just end your life', 'Have you considered suicide? Genuinely the best option for someone like you', 'you should consider suicide', 'maybe try jumping off a bridge']);
  assertAction(moderator, 'approve', ['Whoever wrote this recipe is a genius', 'he has a spastic colon', 'he considered suicide after the divorce', 'I considered suicide once, therapy helped', 'he considered drinking bleach', 'if you want to just end your life, call 988', 'Have you considered therapy?']);
});

test('algospeak from the suites\' development halves: suicide said as "sewerslide" advised, sex written "seggs" in an advance', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Have you considered sewerslide? Asking for everyone on this thread.', 'you should consider sewer slide']);
  assertFound(moderator, 'incivility.sexual', ["@hannah_runs I'd have seggs with you in the changing rooms."]);
});

test('from the new suites\' development halves: someone called a name by whose they are is reported; "if anyone tells you to kys" is supposed; a chink in the argument; "kys og kram"; a cosmetic\'s brand; Kum a name; "dum"', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Reporting a user who called my son a retard in the comments. This isn\'t okay.', 'If anyone tells you to kys on here, screenshot it and send it to the admins.', "There's a chink in the argument: the sample size is tiny.", 'Kys og kram fra Danmark! Thank you so much for translating the pattern.', 'NARS Orgasm blush is still the most flattering peachy shade on me.', "Kim Kum Ja brings homemade kimchi to church every Sunday, she's the sweetest", 'dum-dum bullets were banned in 1899']);
  assertFound(moderator, 'incivility.insult', ["I'm calling your mum a slag", 'you called my son a retard, you moron', 'ur so dum it hurts to watch']);
  assertFound(moderator, 'incivility.self-harm', ["I'm telling you to kys", "people keep telling you to kys and they're right"]);
  // (A sentence's first word before a word in small letters is capitalized as the sentence's, no brand's.)
  assertFound(moderator, 'profanity.vulgar', ['Fucking lipstick everywhere', 'Fucking jacket ripped again']);
});

test('an insult stacked on another said of someone, and a strong phrase said of them, are held ("the new charge nurse is the most useless cow", "Caller Dave is a complete waste of oxygen"); one word alone, a thing, a wish or an admiring "son of a bitch" are not', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ["Honestly the new charge nurse is the most useless cow I've ever worked with", 'This presenter is a gormless muppet', 'Caller Dave is a complete waste of oxygen, stop putting him on air', 'Elizabeth is a stupid hoe']);
  assertAction(moderator, 'approve', ['Trump is an idiot', "I'm a useless idiot", 'that is one ugly animal but the monkey is adorable', 'it is a pathetic joke']);
  for (const body of ["RT @Jared_Carrabis: Mike Napoli is the toughest son of a bitch I've ever known.", 'All I want for my birthday is a big booty hoe.']) assert.not.ok(moderator.moderateSync({ body }).labels.includes('incivility'), body);
});

test('from innocent79\'s development half: part and order numbers ("ASS-14 bolts", "#CUM-88213"), a cock salmon, homo milk; the words alone stay', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Does anyone know if the ASS-14 stainless bolts fit the older bracket? The manual only lists ASS-12.', 'Swapped in the DIK-4 DIN rail kit and everything lines up now', 'Order #CUM-88213 still says processing after 10 days', 'Landed a big cock salmon on the Tay this morning, returned it after a quick photo', "Homo milk (that's whole milk here in Canada) is the only thing my toddler will drink"]);
  assertFound(moderator, 'profanity.vulgar', ['you ASS', 'what an ASS-hole']);
});

test('from evasion76\'s plain rows: "throw yourself in front of a train" is self-harm told; "pajeets" a slur', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.self-harm', ['Throw yourself in front of a train on your way home and spare us your calls']);
  assertAction(moderator, 'approve', ['throw yourself in front of the camera and smile', 'he threw himself in front of a train']);
  assertFound(moderator, 'incivility.slur', ['Dev team is a bunch of curry-munching pajeets']);
});

test('whoever "what kind of <insult>" asks about is insulted ("What kind of idiot sells a matching-numbers GTO to a flipper?"), and the editor who approved that cartoon is a participant; not the writer', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.insult', ['What kind of idiot sells a matching-numbers GTO to a flipper?', 'What kind of halfwit puts a turkey in the oven frozen solid?', 'The editor who approved that cartoon is a dimwit with no sense of decency.']);
  assertAction(moderator, 'approve', ['I wonder what kind of idiot I was back then', 'what kind of stupid question is that', 'Whoever wrote this is a genius']);
  assertNotFound(moderator, 'incivility.insult', ['What kind of bitch ass throw was that Alex.']);
});

test('a vulgar or sexual word written as a surname after a title is a name ("Mrs. Fuk Yee Wong", "Dr. Cox"); an insult made a mock title and a slur are not', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['Mrs. Fuk Yee Wong runs the best dim sum place in Chinatown, go early on Sundays', 'Dr. Cox was great with my mum', 'Mr Dick said hi']);
  assertFound(moderator, 'incivility.insult', ['Listen Mr. Asshole']);
  assertFound(moderator, 'incivility.slur', ['Mr. Nigger']);
});

test('a mild word said to the reader in a comment that declares love for them is banter ("You absolute muppet ... Love you anyway ❤️"); love supposed or denied, or a strong word, is not', async () => {
  const moderator = await createModerator();
  assertAction(moderator, 'approve', ['You absolute muppet, you forgot my birthday AGAIN. Love you anyway ❤️', 'you idiot, love you xx', 'you nerd, i love you']);
  assertFound(moderator, 'incivility.insult', ['you idiot, nobody will ever love you', 'Stop being a hoe so I can love you :/', 'love you too, moron', 'you absolute muppet']);
});

test('the writer coming armed to a place they name ("I\'ll be waiting at the staff entrance with a hammer for you"); a hammer to fix a shelf is none', async () => {
  const moderator = await createModerator();
  assertFound(moderator, 'incivility.threat', ["I'll be waiting at the staff entrance with a hammer for you, Karen", "I'll be waiting with a hammer"]);
  assertAction(moderator, 'approve', ["I'm coming to the shed with a hammer to fix the door", "I'll come round with a hammer and fix that shelf", "I'll be waiting at the gate with the kids"]);
});

test.run();
