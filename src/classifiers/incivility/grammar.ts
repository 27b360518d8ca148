/**
 * Word classes the incivility classifier reads around lexicon matches: who is addressed, what
 * negates or reports, who threatens whom, and which groups are attacked. Written here; all entries
 * are in normalized form (lower case, apostrophes dropped: "you're" → "youre").
 */

/** Words that address the reader: an insult near them is aimed at a person. */
export const SECOND_PERSON = new Set(['you', 'your', 'youre', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', 'thou', 'thee', 'ye', 'youve', 'youll', 'youd', 'yer', 'ure', 'yure']);

/** Words that negate what follows ("you are not an idiot"). */
export const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'arent', 'isnt', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'aint', 'hardly', 'neither', 'cant', 'wont', 'wouldnt', 'shouldnt']);

/** Verbs that report someone else's words ("he called me an idiot"). */
export const REPORTING = new Set(['called', 'calling', 'call', 'calls', 'said', 'says', 'say', 'told', 'named', 'labeled', 'labelled', 'accused', 'accusing', 'wrote', 'claimed', 'claims']);

/** Objects of reporting verbs that are not the reader. */
export const REPORTED_OBJECTS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'myself', 'yourself', 'yourselves', 'people', 'everyone', 'someone', 'somebody', 'anyone']);

/** Subjects that make a threat ("I will", "someone should"). */
export const THREAT_SUBJECTS = new Set(['i', 'ill', 'im', 'id', 'we', 'well', 'were', 'someone', 'somebody', 'they', 'people', 'gonna', 'imma']);

/** Words that make what follows a hypothesis, not a threat. */
export const CONDITIONALS = new Set(['if', 'unless', 'when', 'whether', 'suppose', 'imagine']);

/** Future and modal words of a threat. */
export const THREAT_MODALS = new Set(['will', 'ill', 'gonna', 'going', 'shall', 'should', 'must', 'gotta', 'would', 'could', 'wanna', 'want', 'need', 'needs', 'ought', 'im', 'am', 'deserve', 'deserves']);

/** Verbs of bodily harm (news vocabulary alone: only a threat with a subject, a modal and a target). */
export const HARM_VERBS = new Set([
  'kill', 'murder', 'shoot', 'stab', 'strangle', 'choke', 'hang', 'lynch', 'beat', 'punch', 'slap', 'kick', 'hurt', 'smash', 'burn', 'bury',
  'rape', 'torture', 'behead', 'execute', 'gas', 'exterminate', 'butcher', 'slaughter', 'destroy', 'find', 'hunt', 'break', 'cut', 'bash', 'strike', 'hit', 'end', 'gut', 'maim', 'drown', 'murk',
  'assassinate', 'unalive', 'poison', 'decapitate', 'stomp', 'torch',
  // British and street words for an assault ("I'll glass you", "I'll deck him").
  'glass', 'throttle', 'firebomb', 'batter', 'pummel', 'headbutt', 'kneecap', 'knife', 'shank', 'deck', 'thump', 'clobber',
  // (Maiming: "I'll gouge your eyes out", "I'll cripple you".)
  'gouge', 'mutilate', 'dismember', 'disfigure', 'cripple',
  // (Cutting a throat: "I'm going to slash his throat"; threats.ts harmlessIdiom keeps prices and bills.)
  'slash', 'slit',
  // (Taking or bombing: "I'll kidnap your kids", "we'll bomb your office".)
  'kidnap', 'abduct', 'bomb',
  // ("I'll pound your face in", "gonna curbstomp you".)
  'pound', 'curbstomp',
  // ("I'm going to cave your skull in"; threats.ts harmlessIdiom keeps "cave to your demands".)
  'cave',
  // (Blades and butchery: "I'll chop you up", "I'll carve you up", "I'll slice you open".)
  'chop', 'carve', 'slice', 'bludgeon',
]);

/** Targets of a threat. */
export const THREAT_TARGETS = new Set(['you', 'u', 'ya', 'him', 'her', 'them', 'yall', 'your', 'ur', 'his', 'their']);

/** Group nouns: never a finding by themselves; a finding only with a dehumanizing or hateful predicate. */
export const GROUP_TERMS = new Set([
  'women', 'woman', 'men', 'girls', 'females', 'males', 'muslims', 'muslim', 'islam', 'jews', 'jew', 'jewish', 'christians', 'christian', 'catholics', 'hindus', 'atheists',
  'blacks', 'whites', 'black', 'white', 'asians', 'asian', 'africans', 'african', 'arabs', 'arab', 'mexicans', 'mexican', 'latinos', 'hispanics', 'indians', 'chinese', 'gypsies', 'roma',
  'immigrants', 'immigrant', 'migrants', 'migrant', 'refugees', 'refugee', 'foreigners', 'illegals',
  'gays', 'gay', 'lesbians', 'lesbian', 'homosexuals', 'homosexual', 'trans', 'transgender', 'transgenders', 'lgbt', 'lgbtq', 'queers', 'bisexuals',
  'feminists', 'disabled', 'autistic', 'deaf', 'elderly', 'boomers', 'queer', 'fags',
  'americans', 'koreans', 'japanese', 'russians', 'germans', 'pakistanis', 'somalis', 'nigerians', 'palestinians', 'israelis', 'turks', 'iranians', 'albanians', 'gypsy', 'natives',
  'romanians', 'bulgarians', 'aborigines', 'aboriginals',
  // Singulars and adjectives of the groups above, and more groups: a group word is never a finding alone.
  // Nationality adjectives are left out: "Russian policy" is not a people.
  'feminist', 'female', 'male', 'hindu', 'hispanic', 'latino', 'latina',
  'caucasian', 'caucasians', 'europeans', 'swedes', 'canadians', 'dominicans', 'haitians', 'filipinos', 'vietnamese', 'brits', 'french', 'aboriginal',
  'buddhists', 'buddhism', 'christianity', 'judaism', 'priests', 'sikhs', 'catholic', 'mormons',
  'homosexuality', 'transgenderism', 'gayness', 'feminism', 'catholicism', 'autists', 'transsexuals', 'bisexual', 'genders', 'gender',
  'handicapped', 'paraplegic', 'paraplegics', 'dyslexic', 'autistics', 'cripples',
  // Peoples named by the nation ("the Irish are drunken animals"; as adjectives they name no people:
  // "Irish whiskey"), and more peoples and faiths of Europe's news. Not "English" (a language, a
  // school subject), "British" (said of one person: "that British skank") nor "Poles" (sticks).
  'irish', 'scots', 'scottish', 'welsh', 'romanians', 'ukrainians', 'afghans', 'syrians', 'iraqis', 'eritreans',
  'evangelicals', 'protestants', 'polish',
]);

/** Words that dehumanize or demean when said of a group ("immigrants are vermin"). */
export const DEHUMANIZING = new Set([
  'animals', 'animal', 'vermin', 'rats', 'parasites', 'parasite', 'cockroaches', 'roaches', 'insects', 'pigs', 'apes', 'monkeys', 'monkey', 'beasts', 'savages', 'savage',
  'subhuman', 'subhumans', 'inferior', 'filth', 'filthy', 'scum', 'trash', 'garbage', 'disease', 'cancer', 'plague', 'virus', 'infestation', 'invaders', 'barbarians',
  'disgusting', 'evil', 'worthless', 'useless', 'sick', 'perverts', 'abomination', 'sinful', 'unnatural', 'freaks', 'primitive', 'backward', 'dirty', 'stink', 'smell',
  // Stereotypes said of a whole group ("immigrants are criminals") and open contempt ("I hate gays").
  'terrorists', 'criminals', 'rapists', 'pedophiles', 'hate', 'hates', 'retards', 'inbred', 'lazy', 'joke', 'mentally',
  'illness', 'perversion', 'leeches', 'cows', 'snakes', 'psychos', 'satanic', 'devolving', 'property', 'subordinate', 'superior', 'dumb', 'stupid', 'ugly',
  'degenerates', 'hypocrites', 'dangerous', 'nazis', 'pigs', 'shithole',
  // Crimes and vices pinned on a whole group ("Nigerians are all scammers", "Romanians are a nation of pickpockets").
  'scammers', 'pickpockets', 'crooks', 'liars', 'cheats', 'cheaters', 'beggars', 'freeloaders', 'spongers', 'scroungers', 'thugs',
  'demonic', 'devil', 'devils', 'demons', 'satan', 'annoying', 'abnormal', 'weird', 'degeneracy', 'extinct', 'extinction', 'extinguished', 'dogs', 'hogs',
  'groomers', 'paedophiles', 'predators', 'molesters', 'dealers', 'thieves', 'murderers', 'drunks',
  'paedos', 'pedos', 'nonces', 'sickness', 'breeders', 'drunkards',
  // Only as the complement of the group's copula (groups.ts COMPLEMENTS): "Jews are greedy".
  'greedy', 'violent', 'criminal', 'drain', 'burden', 'invasion', 'slobs',
]);

/** Words after an illness that make it a thing of care, not the illness wished ("Black people should get covid vaccines", "cancer screening"). */
export const CARE = new Set(['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'jab', 'jabs', 'shot', 'shots', 'booster', 'boosters', 'test', 'tests', 'testing', 'screening', 'screenings', 'treatment', 'treatments', 'care', 'research', 'relief', 'support', 'insurance', 'check', 'checks', 'checkup', 'checkups', 'awareness', 'charity', 'charities', 'survivors', 'patients']);
/** Harms that say someone does well before "it" ("I hope she kills it tonight"). */
/** Words "dead" makes stronger, as an adverb, not a death: "dead serious", "dead drunk", "dead set on it", "dead right". */
export const DEAD_AS_ADVERB = new Set(['serious', 'drunk', 'tired', 'set', 'right', 'wrong', 'certain', 'sure', 'last', 'ahead', 'centre', 'center', 'easy', 'funny', 'good', 'quiet', 'even', 'cheap', 'simple', 'keen', 'lucky', 'boring', 'jealous', 'chuffed', 'posh', 'cute', 'nice', 'proud', 'excited', 'straight']);

export const DOES_WELL = new Set(['kills', 'kill', 'killed', 'shoots', 'shoot', 'murders', 'murdered', 'smashes', 'nails', 'crushes', 'bombs', 'bomb']);

/** Outcomes a call for harm wishes on a group ("should be deported", "must hang"). */
export const HARM_OUTCOMES = new Set([
  'killed', 'shot', 'hanged', 'hung', 'hang', 'deported', 'gassed', 'exterminated', 'eradicated', 'sterilized', 'sterilised', 'burned', 'burnt', 'banned', 'die', 'raped', 'abused', 'beaten',
  'lynched', 'executed', 'removed', 'kicked', 'kill', 'shoot', 'deport', 'gas', 'exterminate', 'nuke', 'bomb', 'wipe', 'send', 'ban', 'stone', 'whipped', 'slapped',
  'death', 'dead', 'cancer', 'aids', 'covid', 'shoots', 'kills', 'stabs', 'stabbed', 'rapes', 'murders', 'murdered', 'annihilated', 'annihilate', 'dies', 'choke', 'unalived', 'assassinated',
  // Suffering and illness wished on someone ("I hope you drown", "hope you get dementia", "hope your plane crashes").
  'drown', 'drowns', 'drowned', 'suffer', 'suffers', 'starve', 'starves', 'bleed', 'mauled', 'paralysed', 'paralyzed', 'dementia', 'aborted', 'crashes', 'crash', 'mugged',
  // ("Hope he chokes on his dinner", "I pray you rot in a hospital bed", "Fingers crossed he overdoses",
  // "wishing him a painful stroke", "hope your kids catch something incurable": harmWishes tells
  // these from "choke in the final", "rot in prison", "a stroke of luck".)
  'chokes', 'choked', 'rot', 'rots', 'overdose', 'overdoses', 'overdosed', 'stroke', 'incurable', 'tumour', 'tumor', 'aneurysm',
  // Violence done, as passive threats say it ("you'll get glassed").
  'glassed', 'knifed', 'shanked', 'kneecapped', 'battered', 'strangled',
  // (More harms and illnesses wished: "deserves to burn alive", "hope his yacht sinks", "catches
  // rabies", "gets trapped and suffocates", "getting electrocuted".)
  'burn', 'burns', 'sink', 'sinks', 'rabies', 'ebola', 'leprosy', 'plague', 'gangrene', 'sepsis', 'suffocate', 'suffocates', 'suffocated', 'electrocuted', 'electrocute',
]);

/** Words of belonging that, negated after a group term, exclude the group ("are not welcome"). */
export const EXCLUSION = new Set(['welcome', 'belong', 'belongs', 'wanted', 'human', 'humans']);

/** Harm verbs in the form of a command ("kill the gays", "let's go beat these ..."). */
export const HARM_COMMANDS = new Set(['kill', 'killing', 'beat', 'nuke', 'shoot', 'gas', 'deport', 'exterminate', 'hang', 'lynch', 'burn', 'bomb', 'punch', 'stab', 'rape', 'send', 'lock', 'ban', 'eliminate', 'destroy', 'wipe', 'assassinate', 'execute', 'behead', 'murder', 'slaughter']);

/** Commands to kill, said of a person ("Kill Trump.", "Lynch him.", "Hang the traitors"): HARM_COMMANDS that only kill. */
export const KILL_COMMANDS = new Set(['kill', 'shoot', 'hang', 'lynch', 'assassinate', 'execute', 'behead', 'stab', 'murder', 'gas', 'exterminate', 'slaughter', 'unalive']);

/** People a command to kill may name, beside ROLES and the words for people ("the traitors", "every cop"). */
export const KILLABLE = new Set(['traitors', 'traitor', 'settlers', 'infidels', 'infidel', 'apostates', 'cop', 'mps', 'senators', 'senator', 'judges', 'judge', 'doctors', 'doctor', 'teachers', 'activists', 'protestors', 'soldiers', 'journalist', 'reporter', 'politician', 'leaders', 'tyrants', 'elites', 'globalists']);

/** Commands to destroy a place ("Burn down every mosque", "Torch the migrant hotels"). */
export const ARSON_COMMANDS = new Set(['burn', 'torch', 'bomb', 'firebomb']);

/** Places a group lives or worships in: destroying them is an attack on the group. */
export const GROUP_PLACES = new Set(['mosque', 'mosques', 'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'gurdwaras', 'hotels', 'hotel', 'camps', 'shelters']);

/** What stands before the people a command names: "the traitors", "all cops", "every journalist". */
export const QUANTIFIERS = new Set(['the', 'all', 'every', 'these', 'those', 'each', 'this', 'that']);

/** Words that make the next verb a command ("let's", "time to", "we should"). */
export const COMMAND_LEADS = new Set(['lets', 'let', 'go', 'gonna', 'should', 'must', 'need', 'time', 'to', 'just', 'please', 'we']);

/** What the reader said or thinks, which an insult may be said of instead of the reader ("your argument is idiotic"). */
export const READERS_WORDS = new Set(['argument', 'arguments', 'point', 'points', 'comment', 'comments', 'post', 'posts', 'logic', 'idea', 'ideas', 'plan', 'take', 'opinion', 'claim', 'reasoning', 'theory', 'statement', 'premise', 'analysis', 'position', 'view', 'views', 'question', 'questions', 'answer', 'answers']);

/** The reader's family, wished harm on as the reader is ("I hope your family dies"). */
export const KIN = new Set(['family', 'kids', 'children', 'child', 'baby', 'son', 'sons', 'daughter', 'daughters', 'mother', 'mom', 'mum', 'father', 'dad', 'parents', 'wife', 'husband', 'brother', 'sister', 'grandma', 'grandmother']);

/** The writer, as the subject of what they call themselves ("I'm a moron", "we're such idiots"). */
export const WRITER = new Set(['i', 'im', 'id', 'ive', 'me', 'myself', 'we', 'were', 'weve', 'us', 'ourselves']);

/** Words between "your" and the kin it names: "your whole family". */
export const WHOLE = new Set(['whole', 'entire', 'little', 'poor']);

/** What else of the reader's a harm may be wished on: "I hope your dog dies", "hope your plane crashes". */
export const READERS_THINGS = new Set(['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'plane', 'flight', 'car', 'house', 'yacht', 'boat', 'ship', 'helicopter', 'jet', 'mansion']);

/** Violence done to someone, said in the passive ("you'll be shot"): not what warnings of accidents say ("hurt", "killed"). */
export const VIOLENCE_DONE = new Set(['shot', 'stabbed', 'glassed', 'knifed', 'lynched', 'hanged', 'strangled', 'shanked', 'kneecapped', 'battered', 'murdered']);
/** The words right before violence done that make it passive ("be shot", "getting stabbed"). */
export const PASSIVE_HELPERS = new Set(['be', 'get', 'getting', 'gettin']);
/** The reader, as a passive threat's subject. */
export const PASSIVE_YOU = new Set(['you', 'youll', 'youre', 'u', 'ur', 'ya', 'ure']);
/** Words that make the future of a passive threat ("will", "gonna", "getting"; "you'll" holds one). */
export const FUTURE = new Set(['will', 'youll', 'gonna', 'going', 'getting', 'gettin', 'shall']);
/** Words before "you" that make what follows a warning or a hypothesis ("be careful or you'll get shot"). */
export const WARNING = new Set(['or', 'otherwise', 'else', 'if', 'unless', 'when']);

/** Verbs of getting over an illness, which wish no harm: "I hope he beats cancer". */
export const OVERCOMING = new Set(['beats', 'beat', 'beating', 'survives', 'survive', 'surviving', 'fights', 'fight', 'fighting', 'battles', 'battling', 'overcomes', 'overcome', 'recovers', 'recover', 'recovering', 'defeats', 'defeat', 'cures', 'cure']);

/** What makes a wish out of a harm outcome ("should", "must", "deserve to", "time to"). */
export const WISH_WORDS = new Set(['should', 'must', 'need', 'needs', 'deserve', 'deserves', 'deserved', 'ought', 'time', 'gotta', 'shall', 'lets', 'hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing']);

/** Whether a code unit is a quotation mark (" “ ” « » „): words between them are someone else's. */
export function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x201e;
}

/** Where people are told to go back to when told they do not belong ("go back to your country"). */
export const HOMELANDS = new Set([
  'country', 'countries', 'homeland', 'homelands', 'land', 'lands', 'continent', 'island', 'jungle', 'cave', 'caves', 'tribe', 'village', 'hut', 'desert', 'planet', 'shithole',
  'africa', 'asia', 'mexico', 'india', 'china', 'pakistan', 'syria', 'somalia', 'arabia', 'iran', 'iraq', 'afghanistan', 'israel', 'poland', 'russia', 'europe', 'turkey', 'nigeria',
]);

/** Places "get out of our ..." claims ("get out of our land", "get out of America"); not "us": "what they get out of us". */
export const OUR_PLACES = new Set(['country', 'land', 'town', 'city', 'neighborhood', 'neighbourhood', 'nation', 'usa', 'america', 'europe', 'britain', 'england', 'uk', 'australia', 'canada']);

/** Nouns that dehumanize whoever "these" or "those" point at ("those cockroaches", "these leeches"). */
export const DEHUMANIZING_NOUNS = new Set([
  // Not animals by name ("these animals at the zoo"), nor criminals ("those criminals were jailed"):
  // words that are literal as often as they are insults.
  'vermin', 'parasites', 'cockroaches', 'roaches', 'savages', 'subhumans', 'scum', 'trash', 'garbage',
  'leeches', 'psychos', 'degenerates', 'invaders', 'barbarians', 'freaks', 'perverts', 'devils', 'demons',
]);

/** Words that point at a group of people without naming it: "these people", "those ...". */
export const POINTERS = new Set(['these', 'those']);

/**
 * Verbs of what a group says of something or meets: a hateful word after one is said of that thing
 * ("Muslim leaders condemned the disgusting attack", "Black players were subjected to monkey chants").
 */
export const STANCE_VERBS = new Set([
  'condemned', 'condemn', 'condemns', 'denounced', 'denounce', 'denounces', 'criticized', 'criticised', 'criticize', 'criticise', 'slammed', 'slam',
  'decried', 'blasted', 'called', 'call', 'calls', 'described', 'labelled', 'labeled', 'subjected', 'faced', 'face', 'faces', 'suffered', 'endured',
  'reported', 'protested', 'rejected', 'opposed', 'fought', 'targeted', 'attacked', 'welcomed', 'praised', 'lost', 'won', 'said', 'says', 'say', 'told',
]);

/**
 * People named by what they do or vote for, not by who they are: dehumanizing them ("these
 * politicians are scum") is an insult, not an identity attack.
 */
export const ROLES = new Set([
  'politicians', 'journalists', 'reporters', 'lawyers', 'bankers', 'cops', 'police', 'officers', 'liberals', 'conservatives', 'democrats',
  'republicans', 'leftists', 'libs', 'trolls', 'commenters', 'commentators', 'posters', 'fans', 'voters', 'supporters', 'protesters', 'rioters',
  'bureaucrats', 'officials', 'executives', 'ceos', 'landlords', 'developers', 'drivers', 'cyclists', 'referees', 'players', 'owners',
]);

/**
 * Words of praise, agreement or plain description said of the reader: "you are a wonderful
 * inspiration", "you're a lucky man", "you are so right", "you are a true fan" are not the shape of an
 * insult. Not "genius", "saint",
 * "special", "expert": said of the reader, they are as often sarcasm.
 */
export const APPRECIATION = new Set([
  'wonderful', 'great', 'good', 'lucky', 'beautiful', 'amazing', 'brilliant', 'awesome', 'fantastic', 'lovely', 'nice', 'kind', 'sweet',
  'smart', 'clever', 'talented', 'gifted', 'wise', 'brave', 'strong', 'true', 'decent', 'honest', 'fine', 'excellent', 'terrific', 'superb',
  'outstanding', 'incredible', 'remarkable', 'blessed', 'proud', 'happy', 'hero', 'heroes', 'inspiration', 'legend', 'star', 'gem', 'treasure',
  'blessing', 'sweetheart', 'darling', 'angel', 'credit', 'asset', 'champ', 'champion', 'trooper', 'gentleman', 'pleasure', 'delight', 'joy',
  'fan', 'citizen', 'friend', 'member', 'reader', 'subscriber', 'fellow', 'natural', 'pro', 'welcome', 'genius',
  // (Praise said to someone, as setting.ts's PRAISED_AS: "you crazy diamond", "you absolute saint".)
  'diamond', 'saint', 'icon', 'godsend', 'lifesaver', 'rockstar', 'wizard', 'stunner', 'beauty',
  // "you are so right", "you are the best", "you are the winner", "you're the man".
  'right', 'correct', 'best', 'winner', 'man', 'only', 'favorite', 'favourite',
  'interesting', 'funny', 'cute', 'gorgeous', 'hilarious', 'adorable', 'inspiring', 'helpful', 'generous', 'thoughtful', 'humble', 'caring',
  // "you are a genius", "you are the voice of reason", "you're a saint", "you are a lifesaver".
  'genius', 'voice', 'saint', 'rock', 'rockstar', 'godsend', 'lifesaver', 'breath', 'better',
  // Slang praise: "you're a beast on the court", "you're a machine", "you're the GOAT", "a wizard with data".
  'beast', 'machine', 'boss', 'wizard', 'goat', 'badass', 'expert', 'unit', 'ace', 'icon', 'master', 'talent',
]);

/**
 * What the reader is, said plainly right after "you are a": "You're a nurse, so you must see this",
 * "If you're a student", "You are a victim of fraud, call your bank". Only right after the article:
 * "you are a horrible little nurse" is still said against the reader. (No "person" or "human":
 * "you are a person who..." leads as often to an insult.)
 */
export const DESCRIPTIONS = new Set([
  'nurse', 'doctor', 'lawyer', 'teacher', 'student', 'veteran', 'victim', 'survivor', 'patient', 'parent', 'mother', 'father', 'mom', 'mum', 'dad',
  'grandmother', 'grandfather', 'writer', 'journalist', 'reporter', 'scientist', 'engineer', 'farmer', 'worker', 'christian', 'muslim', 'catholic',
  'believer', 'voter', 'resident', 'taxpayer', 'customer', 'local', 'native', 'newcomer',
  'democrat', 'republican', 'liberal', 'conservative', 'brit', 'american', 'canadian', 'australian', 'woman', 'man', 'adult', 'bit',
  // Disagreement, not insult: "you're just misinformed", "you are simply mistaken".
  'misinformed', 'mistaken', 'wrong', 'incorrect', 'misguided', 'uninformed',
]);

/** Verbs of opinion or speech that a negation reaches through: "I don't think you're an idiot", "nobody is saying you are stupid". */
export const OPINIONS = new Set(['think', 'thinks', 'believe', 'believes', 'say', 'says', 'saying', 'said', 'mean', 'meant', 'calling', 'call', 'called', 'suggesting', 'implying', 'claiming', 'claim', 'argue', 'argues', 'argued', 'arguing', 'suggest', 'suggests', 'insist', 'insists']);

/** Words that negate as a subject: "nobody is saying ...". */
export const NEGATING_SUBJECTS = new Set(['nobody', 'noone']);

/** Words that may stand between "you are" and what the reader is called: "you are so very clueless", "you're really a nobody". */
export const INTENSIFIERS = new Set(['very', 'really', 'totally', 'truly', 'quite', 'pretty', 'too', 'utterly', 'absolutely', 'being', 'still', 'always', 'such', 'either']);

/**
 * Group words that are also adjectives: they name people only before a word for people ("black
 * people", "gay men"), another group word, something said of them, a word that goes on the sentence
 * ("gays are", "white and", "muslim who") or at the end of a clause; before any other noun they
 * describe a thing ("black coffee", "the White House", "white flour", "gay marriage").
 */
export const ADJECTIVAL_GROUPS = new Set([
  'black', 'white', 'jewish', 'muslim', 'christian', 'asian', 'african', 'arab', 'mexican', 'gay', 'lesbian', 'trans', 'transgender', 'homosexual',
  'queer', 'disabled', 'autistic', 'deaf', 'elderly', 'feminist', 'female', 'male', 'hindu', 'hispanic', 'latino', 'latina', 'catholic', 'bisexual',
  'immigrant', 'migrant', 'refugee', 'caucasian', 'chinese', 'japanese', 'vietnamese', 'french', 'lgbt', 'lgbtq',
  'irish', 'scottish', 'welsh', 'evangelical', 'protestant', 'aboriginal',
  // (Before people only: "Polish workers are dirty and lazy"; "polish the car" is a verb.)
  'polish',
]);

/** Words for people that an adjectival group word may describe. */
export const PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'ppl', 'men', 'man', 'women', 'woman', 'guys', 'guy', 'folks', 'folk', 'kids', 'kid', 'boys', 'boy', 'girls', 'girl',
  'children', 'child', 'babies', 'community', 'communities', 'population', 'race', 'races', 'culture', 'families', 'family', 'students', 'voters',
  'workers', 'lives', 'males', 'females', 'members', 'individuals', 'citizens', 'youth', 'teens', 'dudes', 'dude', 'ladies', 'lady', 'adults',
  'parents', 'mothers', 'fathers', 'couples', 'neighbors', 'neighbours', 'friends', 'american', 'americans', 'britons', 'kind',
]);

/**
 * What is said of a people as a whole, which an adjectival group word may describe as it does people
 * ("white power", "black pride", "jewish supremacy"): no people themselves ("kill the power at the
 * fuse box" names no one to kill).
 */
export const GROUP_ATTRIBUTES = new Set(['power', 'pride', 'supremacy', 'nationalism', 'privilege']);

/** Words after an adjectival group word that go on a sentence about the group itself ("gays are", "white and black"). */
export const GROUP_FOLLOWERS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'and', 'or', 'but', 'who', 'that', 'should', 'must', 'will', 'can', 'cant', 'have', 'has', 'had', 'do',
  'does', 'dont', 'doesnt', 'to', 'in', 'on', 'of', 'for', 'with', 'all', 'like', 'as', 'than', 'so', 'get', 'got', 'need', 'deserve', 'deserves',
  'always', 'never', 'just', 'really', 'also', 'too', 'only', 'ones', 'here', 'there', 'r', 'aint', 'arent', 'isnt',
]);

/** Reporting verbs that name what someone calls a group ("calling all black people criminals"): a report, not an attack. */
export const CALLING = new Set(['call', 'calls', 'calling', 'called', 'accusing', 'accused', 'labeled', 'labelled', 'named']);

/** Dehumanizing words of disease: said of a group ("they are a cancer") an attack, suffered ("battling cancer") not. */
export const DISEASES = new Set(['cancer', 'disease', 'plague', 'virus', 'infestation', 'illness']);

/**
 * Words for the intimate body, its underwear and the genitals: a sexual demand or act when wanted of
 * the reader ("show me your tits", "I want to see your panties"; sexual.ts).
 */
export const INTIMATE_PARTS = new Set(['tits', 'titties', 'titty', 'boobs', 'boobies', 'knockers', 'nipples', 'pussy', 'vagina', 'cock', 'dick', 'penis', 'panties', 'knickers', 'thong', 'lingerie', 'bra', 'underwear', 'tiddies', 'tiddy', 'tatas', 'cooch', 'coochie', 'twat', 'cunt', 'clit', 'schlong']);

/**
 * Parts of the body a sexual act may be wanted on, which other verbs name in idioms ("kick your
 * ass", "squeeze your thighs" in a workout): sexual only with a first person wanting an act of
 * SEXUAL_TOUCHES (sexual.ts).
 */
export const DESIRED_PARTS = new Set(['ass', 'arse', 'booty', 'butt', 'thighs']);

/** Verbs of showing, seeing or touching an intimate part ("show", "grab", "lick"). */
export const BODY_ACTS = new Set(['show', 'flash', 'send', 'see', 'touch', 'grab', 'squeeze', 'lick', 'suck', 'kiss', 'fondle', 'spank', 'feel', 'rub', 'bite', 'finger', 'motorboat', 'slap', 'smack', 'sniff', 'smell', 'play', 'grope', 'taste']);

/** The acts of BODY_ACTS that are sexual on any part of the body: not "show your ass" (behave badly) nor "kiss your ass goodbye". */
export const SEXUAL_TOUCHES = new Set(['grab', 'squeeze', 'lick', 'fondle', 'spank', 'bite', 'finger', 'slap', 'smack', 'rub', 'grope', 'touch', 'feel', 'motorboat']);

/** Verbs of a sexual act done to a person ("I'd bang you", "I want to undress you"). */
export const SEXUAL_ACTS = new Set(['bang', 'shag', 'rail', 'hump', 'fondle', 'finger', 'undress', 'spank', 'ravish', 'bone', 'boink', 'grope', 'lick', 'breed', 'impregnate', 'molest', 'ride', 'screw']);

/** SEXUAL_ACTS as the -ing form, imagined or dreamt of ("imagine licking you all over"). */
export const SEXUAL_DOING = new Set(['banging', 'shagging', 'railing', 'humping', 'fondling', 'fingering', 'undressing', 'spanking', 'ravishing', 'boning', 'groping', 'licking', 'breeding', 'screwing', 'molesting']);

/** Words of someone undressed ("I'd rather see the reporter naked", "I'd love to see her in a bikini"). */
export const UNDRESSED = new Set(['naked', 'nude', 'topless', 'undressed', 'lingerie', 'underwear', 'bikini', 'undies', 'nuddy']);

/** Verbs of wanting to see someone undressed ("I'd love to see her in a bikini", "I'd rather see ..."). */
export const SEEING_WANTED = new Set(['want', 'wanna', 'love', 'like', 'rather', 'wish', 'dream', 'imagine', 'picture', 'fancy', 'pay', 'wait']);

/** Verbs of imagining or fancying an act before its -ing form ("imagine licking you", "I dream about banging her"). */
export const DREAMING = new Set(['imagine', 'imagining', 'fancy', 'dream', 'dreaming', 'dreamt', 'dreamed', 'fantasize', 'fantasise', 'fantasizing', 'fantasising', 'love', 'thinking', 'think']);

/** Words that advise a thing done, before its -ing form ("Have you considered drinking bleach?", "try jumping off a bridge"). */
export const ADVISING = new Set(['try', 'tried', 'consider', 'considered', 'considering', 'recommend', 'suggest', 'start']);

/** Bending someone over, wanted ("I'd bend that tennis player over the net"). */
export const BENDING = new Set(['bend']);

/** Verbs of opening the legs ("spread your legs"), sexual told or wanted of a person, not in a workout ("spread your legs shoulder-width apart"). */
export const SPREADING = new Set(['spread', 'open']);

/** Words of admiration that make a remark of an intimate part said to a person ("nice tits", "sexy ass"). */
export const ADMIRING = new Set(['nice', 'hot', 'sexy', 'juicy', 'perky', 'tasty', 'delicious', 'fine']);

/** Illnesses that may be wished to grow ("I hope the tumour spreads"). */
export const ILLNESSES = new Set(['cancer', 'tumour', 'tumor']);

/** What an illness does as it gets worse. */
export const GROWING = new Set(['spreads', 'grows', 'returns', 'wins', 'kills']);

/** Where one rots as a punishment, not a harm ("I hope he rots in prison"). */
export const JAILS = new Set(['prison', 'jail', 'gaol', 'cell', 'jails', 'prisons']);

/** Organs whose failing may be wished on someone ("hope your liver fails", "I hope his heart stops"). */
export const ORGANS = new Set(['heart', 'liver', 'kidney', 'kidneys', 'lungs', 'lung', 'brain', 'organs', 'appendix', 'spleen', 'bowel', 'bowels']);

/**
 * Gear whose failing wishes a crash or a fall on its owner ("Hope your brakes fail on the motorway"),
 * read as ORGANS are, as written: not words of the table, so "he brakes his nek" is still the slip for "breaks".
 */
export const LIFE_GEAR = new Set(['brakes', 'parachute', 'airbag', 'airbags', 'harness']);

/** What an organ does as it fails. */
export const FAILING = new Set(['fails', 'fail', 'stops', 'stop', 'explodes', 'explode', 'bursts', 'burst', 'ruptures', 'rupture', 'collapses', 'collapse']);

/** Whose an organ is. */
export const OWNERS = new Set(['your', 'ur', 'his', 'her', 'their']);

/** Words of celebrating a thing that would happen ("I'd throw a party if ...", "we'll dance when ...", "I'd laugh if ..."). */
export const CELEBRATING = new Set(['party', 'celebrate', 'celebrating', 'dance', 'dancing', 'cheer', 'cheering', 'champagne', 'rejoice', 'rejoicing', 'laugh', 'laughing', 'smile', 'smiling']);

/** Words of the world being better off, before "if" ("would be happier if you died"). */
export const BETTER = new Set(['better', 'happier', 'safer', 'quieter', 'nicer', 'nice', 'great', 'lovely']);

/** Bones one breaks, wished on someone ("hope he breaks his neck"); not "back", worked hard ("breaks his back for his family"). */
export const BONES = new Set(['neck', 'legs', 'leg', 'spine', 'skull', 'arm', 'arms', 'jaw', 'hip', 'ribs', 'nose', 'ankle', 'ankles', 'wrist', 'wrists', 'collarbone', 'pelvis']);

/** Railway lines one is told to lie on ("on the train tracks"). */
export const TRACKS = new Set(['tracks', 'track', 'rails', 'line', 'lines']);

/** What runs a person over or hits them ("hit by a bus"). */
export const VEHICLES = new Set(['bus', 'truck', 'car', 'train', 'lorry', 'tram', 'van', 'meteor', 'asteroid', 'tractor', 'semi', 'lightning']);

/** Running a person over ("run him over"). */
export const RUNNING = new Set(['run', 'runs', 'ran']);

/** Illnesses wished only as deadly or painful ("a long, agonising illness", "a deadly flu"). */
export const SICKNESSES = new Set(['illness', 'disease', 'flu', 'virus', 'infection', 'death', 'poisoning', 'diarrhoea', 'diarrhea', 'herpes', 'syphilis', 'gonorrhoea', 'gonorrhea', 'chlamydia', 'malaria', 'cholera', 'measles', 'smallpox', 'pneumonia']);

/** Eating a person, an animal's harm wished ("Hope a shark eats you"); not among HARM_OUTCOMES ("Immigrants should eat British food"). */
export const EATING = new Set(['eats', 'eat']);

/** Where someone lives or works, watched or found in a threat ("I've been watching your house"). */
export const HOME_PLACES = new Set(['house', 'home', 'flat', 'door', 'bedroom', 'window', 'windows', 'office', 'workplace', 'gym', 'driveway', 'garden', 'street', 'address', 'shop', 'studio', 'garage', 'school', 'work', 'car']);

/** Verbs of getting an illness ("hope ur kids get the same disease", "may you catch a nasty virus"). */
export const GETTING = new Set(['get', 'gets', 'got', 'getting', 'catch', 'catches', 'caught', 'catching', 'contract', 'contracts', 'contracted', 'develop', 'develops']);

/** What makes an illness one wished on someone. */
export const DEADLY = new Set(['deadly', 'terminal', 'incurable', 'painful', 'agonising', 'agonizing', 'slow', 'fatal', 'horrible', 'horrific', 'nasty', 'lingering', 'debilitating', 'crippling']);

/** Weapons a threat puts into the reader's body ("a knife in your ribs") or the writer brings along ("I'll be waiting with a machete"). */
export const WEAPONS = new Set(['knife', 'blade', 'bullet', 'bullets', 'shiv', 'machete', 'axe', 'hatchet', 'screwdriver', 'slug', 'crowbar', 'shotgun', 'gun', 'rifle', 'pistol', 'glock', 'hammer', 'pitchfork', 'buckshot']);

/** Parts of the body a weapon is put into; not "back" ("a knife in your back", betrayed). */
export const STRUCK_PARTS = new Set(['ribs', 'head', 'skull', 'chest', 'gut', 'guts', 'throat', 'neck', 'face', 'eye', 'eyes', 'heart', 'belly', 'stomach', 'kneecap', 'kneecaps', 'spine', 'brain', 'temple', 'mouth', 'leg', 'legs', 'side', 'kidney', 'kidneys', 'forehead']);

/** Verbs of breaking a bone. */
export const BREAKING = new Set(['break', 'breaks', 'broke', 'snap', 'snaps']);

/** A bone's state after a breaking: "his legs broken" (threats.ts brokenBone). */
/** What is done to a part of someone's body after "get your ...": "get your skull caved in", "getting his legs broken" (threats.ts harmGot). */
export const DONE_TO_PARTS = new Set(['caved', 'kicked', 'smashed', 'bashed', 'broken', 'broke', 'snapped', 'cut', 'slit', 'ripped', 'punched', 'stamped', 'stomped', 'busted', 'cracked', 'blown', 'shattered', 'crushed', 'slashed', 'stoved']);
export const BROKEN = new Set(['broken', 'broke', 'snapped', 'smashed', 'shattered', 'crushed']);

/** Verbs that open a way to one's death the reader is told to take (commands.ts methodCommands), each with the shape it takes. */
export const METHOD_VERBS = new Map<string, 'part' | 'height' | 'front' | 'pills' | 'bleach' | 'gun' | 'rope'>([
  ['slit', 'part'], ['slash', 'part'], ['slice', 'part'], ['cut', 'part'], ['carve', 'part'], ['open', 'part'],
  ['jump', 'height'], ['leap', 'height'], ['dive', 'height'], ['step', 'front'], ['walk', 'front'], ['run', 'front'], ['lie', 'front'], ['lay', 'front'], ['throw', 'front'], ['fling', 'front'],
  ['take', 'pills'], ['swallow', 'pills'], ['down', 'pills'], ['pop', 'pills'], ['drink', 'bleach'], ['chug', 'bleach'], ['gargle', 'bleach'], ['inject', 'bleach'], ['bleach', 'bleach'],
  ['put', 'gun'], ['stick', 'gun'], ['hold', 'gun'], ['get', 'rope'], ['grab', 'rope'], ['buy', 'rope'], ['fetch', 'rope'], ['find', 'rope'],
]);

/** Parts one is told to cut ("slash your wrists"); arms only after the verbs of cutting ("open your arms" is a welcome). */
export const CUT_PARTS = new Set(['wrists', 'wrist', 'veins', 'throat']);
/** Pills, taken to die by the bottle or "and sleep forever". */
export const PILLS = new Set(['pills', 'tablets', 'meds', 'painkillers', 'sleeping', 'pill']);
/** What one is told to bleach ("bleach your insides"). */
export const INSIDES = new Set(['insides', 'lungs', 'stomach', 'guts', 'throat', 'brain', 'veins']);
/** Where a gun is put to die: "to your head", "in your mouth". */
export const GUN_PLACES = new Set(['head', 'mouth', 'temple', 'skull']);
/** Heights one jumps off to one's death ("jump off the stadium roof"). */
export const HEIGHTS = new Set(['roof', 'bridge', 'cliff', 'building', 'balcony', 'tower', 'ledge', 'skyscraper', 'overpass', 'rooftop', 'cliffs', 'viaduct', 'flyover', 'dam', 'crane', 'clifftop', 'footbridge', 'multistorey', 'pier', 'rig', 'scaffolding', 'lighthouse', 'battlements']);

/** Words of contempt between "you" and a name it calls the reader: "you absolute walnut", "you utter knob" (setting.ts calledNames). */
export const CALLING_CONTEMPT = new Set(['absolute', 'utter', 'complete', 'total', 'massive', 'colossal']);
