/**
 * @module stages/quotes/lexicon — closed word lists the source finders and resolvers read.
 *
 * Source: written by hand for Parley from English grammar (pronouns, determiners,
 * auxiliaries, subordinators) and from news style (words for officials, bodies and
 * unnamed sources). Lower case throughout; the finders compare lower-cased tokens.
 */

/** Subject pronouns that can name a speaker, with what they can refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'person' | 'body' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'body'], ['it', 'body'], ['i', 'self'], ['we', 'self'], ['you', 'self'],
  ['who', 'person'], ['which', 'body'],
]);

/** Words that sit between a speaker and the cue without being part of either (`has also said`). */
export const BETWEEN_SOURCE_AND_CUE: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'then', 'repeatedly', 'recently', 'once', 'again', 'just', 'now',
  'already', 'often', 'frequently', 'publicly', 'privately', 'reportedly', 'earlier', 'initially', 'quickly', 'first',
  'openly', 'explicitly', 'specifically', 'directly', 'formally', 'officially', 'firmly', 'strongly', 'flatly', 'bluntly',
  'angrily', 'sharply', 'loudly', 'quietly', 'simply', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do',
  'is', 'was', 'were', 'are', 'being', 'been', 'be', 'not', 'never', 'still', 'even', 'further', 'subsequently',
  'famously', 'memorably', 'long', 'consistently', 'always', 'usually', 'last', 'ultimately', 'eventually', 'finally',
  'immediately', 'separately', 'similarly', 'likewise', 'too', 'herself', 'himself', 'themselves', 'itself', 'personally',
  "n't", 'n’t', 'indeed', 'apparently', 'allegedly', 'essentially', 'basically', 'effectively', 'so', 'only', 'all',
]);

/** Auxiliaries that may follow a subject pronoun before the cue; `’s`/`'s` after a pronoun is `has`/`is`. */
export const AUXILIARY: ReadonlySet<string> = new Set(["'s", '’s', "'ve", '’ve', "'d", '’d', "'ll", '’ll']);

/**
 * Words that cannot be inside a speaker's noun phrase: they end the backward scan from the
 * cue. Verbs of being, subordinators, conjunctions, relative pronouns, and prepositions that
 * do not build descriptions (`in`, `on`, `after` start adverbials, not speakers).
 */
export const NP_STOPS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'but', 'while', 'when', 'where', 'if', 'as', 'although', 'though',
  'after', 'before', 'since', 'until', 'unless', 'whether', 'so', 'than', 'or', 'nor', 'yet', 'is', 'was', 'are', 'were',
  'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'say', 'told', 'in', 'on', 'at', 'by',
  'during', 'into', 'onto', 'upon', 'over', 'under', 'against', 'about', 'through', 'between', 'among', 'without', 'within',
  'like', 'unlike', 'despite', 'amid', 'across', 'toward', 'towards', 'per', 'via', 'what', 'how', 'why', 'then', 'there',
  'here', 'not', 'also', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'to', 'it', 'this',
  'these', 'those', 'him', 'her', 'them', 'me', 'us', 'i', 'we', 'you', 'they', 'he', 'she', 'its', 'and', 'however',
  'according', 'thus', 'therefore', 'meanwhile', 'instead', 'even', 'just', 'only', 'still', 'again', 'now', 'later',
]);

/** Forms of `be` that make a participle passive (`was criticized`, `was quoted … as saying`). */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Prepositions allowed inside a speaker description (`spokesman for the ministry`, `sources close to the talks`). */
export const NP_INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'with', 'from', 'close', 'familiar', 'at', 'in', 'to', 'on']);

/** Determiners and quantifiers that may open a speaker description. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'another', 'other',
  'some', 'several', 'many', 'most', 'few', 'both', 'all', 'each', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'dozens', 'hundreds', 'numerous', 'various', 'multiple', 'no', 'any', 'such', 'more', 'fewer',
]);

/** Determiners that make a description indefinite (`a senior official`, `some diplomats`). */
export const INDEFINITE: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'other', 'some', 'several', 'many', 'most', 'few', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'numerous', 'various', 'multiple', 'more',
]);

/**
 * Nouns that describe a speaker without naming them. `anonymous`: an unnamed source stays
 * unnamed (`a senior Hamas official`, `sources familiar with the talks`); with `the` it
 * refers back to one (`the official`) and is still anonymous when no name precedes.
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'people', 'person', 'insider', 'insiders',
  'aide', 'aides', 'observers', 'analysts', 'experts', 'critics', 'supporters', 'witnesses', 'residents', 'activists',
  'negotiators', 'mediators', 'lawmakers', 'members', 'staffers', 'advisers', 'advisors', 'someone', 'others', 'many',
  'some', 'several', 'officers', 'investigators', 'authorities', 'leaders', 'democrats', 'republicans', 'voters',
]);

/** Phrases that mark a description as an unnamed source wherever they occur in it. */
export const ANONYMOUS_MARKERS: readonly RegExp[] = [
  /\bfamiliar with\b/i, /\bclose to\b/i, /\bcondition of anonymity\b/i, /\bnot authori[sz]ed\b/i, /\bdeclined to be (named|identified)\b/i,
  /\basked not to be (named|identified)\b/i, /\bspeaking anonymously\b/i, /\bbriefed on\b/i, /\bwith knowledge of\b/i,
  /\b(requested|asked for|sought|granted|given) anonymity\b/i,
];

/** Role nouns that stand for one person (`the top US diplomat`, `the governor`): resolved to a person. */
export const PERSON_ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador',
  'governor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mayor', 'chairman', 'chairwoman', 'chair', 'leader',
  'candidate', 'nominee', 'premier', 'chancellor', 'king', 'prince', 'emir', 'general', 'commander', 'chief', 'director',
  'negotiator', 'mediator', 'adviser', 'advisor', 'founder', 'ceo', 'executive', 'representative', 'speaker', 'frontrunner',
  'front-runner', 'billionaire', 'businessman', 'businesswoman', 'mogul', 'democrat', 'republican', 'politician', 'official',
  'man', 'woman', 'father', 'mother', 'author', 'reporter', 'correspondent', 'columnist', 'host', 'anchor', 'strategist',
  'pollster', 'manager', 'veteran', 'head', 'justice', 'judge', 'attorney', 'lawyer', 'prosecutor', 'sheriff', 'officer',
  'professor', 'economist', 'analyst', 'expert', 'activist', 'pastor', 'bishop', 'pope', 'cleric', 'commentator',
  'secretary-general', 'coordinator', 'commissioner', 'rapporteur',
]);

/**
 * Nouns for one person of a crowd or a house (`One MP said`, `a protester told Channel 12`,
 * `a resident said`): after an indefinite determiner, an unnamed source. Not person roles:
 * `the resident` is not resolved to the last person named.
 */
export const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'mp', 'protester', 'protestor', 'demonstrator', 'resident', 'witness', 'doctor', 'nurse', 'medic', 'worker', 'soldier',
  'survivor', 'relative', 'student', 'teacher', 'farmer', 'shopkeeper', 'driver', 'villager', 'passenger', 'member',
  'legislator', 'parliamentarian', 'backbencher', 'voter', 'participant', 'attendee', 'delegate', 'employee', 'staffer',
  'insider', 'observer', 'bystander', 'refugee', 'fighter', 'commander', 'officer', 'guard',
]);

/** Nouns for what is claimed, which a relative clause with no `that` may follow (`…, a charge Abu Dhabi denies`). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'account',
  'version', 'figure', 'figures', 'toll', 'characterization', 'characterisation', 'description', 'assessment',
  'phrase', 'word', 'words', 'term', 'remark', 'remarks', 'comment', 'comments', 'line', 'message', 'sentiment', 'view', 'position', 'stance',
]);

/** Head nouns of bodies that speak as one (`the Israeli military said`, `the ministry said`). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'military', 'army', 'ministry', 'department', 'government', 'administration', 'office', 'group', 'movement', 'agency', 'charity',
  'committee', 'campaign', 'party', 'council', 'court', 'cabinet', 'white', 'house', 'kremlin', 'police', 'force', 'forces',
  'company', 'firm', 'organization', 'organisation', 'union', 'commission', 'board', 'bureau', 'service', 'newspaper',
  'network', 'channel', 'broadcaster', 'daily', 'paper', 'report', 'poll', 'survey', 'study', 'statement', 'spokesperson', 'embassy', 'team',
  'foundation', 'institute', 'center', 'centre', 'authority', 'alliance', 'coalition', 'coordinator', 'mission', 'station',
  'outlet', 'agencies', 'governments', 'state', 'states', 'nations', 'country', 'countries', 'website', 'magazine', 'site',
  'blog', 'data', 'analysis', 'figures', 'research', 'memo', 'document', 'documents', 'letter', 'filing', 'indictment', 'side', 'delegation', 'forum',
]);

/** Words that start an adverbial between a cue and its content (`said on Tuesday that`). */
export const ADVERBIAL_STARTS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'late', 'early', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'again', 'also',
  'repeatedly', 'publicly', 'privately', 'previously', 'then', 'once', 'while', 'when', 'shortly',
  'via', 'over', 'through', 'from', 'outside', 'inside', 'aboard', 'to', 'with', 'without', 'flatly', 'firmly', 'bluntly',
  'sharply', 'simply', 'clearly', 'explicitly', 'openly', 'quietly', 'angrily', 'loudly', 'frequently', 'often', 'first',
  'only', 'merely',
]);

/** Objects of `told`, `assured`, `warned` that are addressees, not content (`told reporters`). */
export const ADDRESSEE_WORDS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'supporters', 'lawmakers', 'members', 'voters', 'delegates', 'crowd', 'audience', 'him',
  'her', 'them', 'me', 'us', 'you', 'congress', 'parliament', 'staff', 'students', 'listeners', 'viewers', 'readers',
  'donors', 'colleagues', 'officials', 'investigators', 'the', 'a', 'an', 'his', 'their', 'our',
]);

/**
 * Listeners of `told` that are addressees only before a clause (`told mediators it would
 * accept`); before `to` they are what was urged (`urged mediators to press on` keeps them).
 */
export const LISTENER_WORDS: ReadonlySet<string> = new Set([
  'mediators', 'negotiators', 'diplomats', 'envoys', 'counterparts', 'troops', 'soldiers', 'allies', 'ministers', 'senators',
  'legislators', 'residents', 'families', 'protesters', 'workers',
  // media and occasions told (`told Iranian state TV`, `told a news conference`)
  'tv', 'television', 'radio', 'media', 'broadcaster', 'newspaper', 'agency', 'channel', 'network', 'daily', 'magazine',
  'outlet', 'website', 'podcast', 'conference', 'briefing', 'gathering', 'rally', 'summit', 'meeting', 'session', 'hearing',
  'committee', 'assembly', 'interviewer',
]);

/** Modifiers of a listener (`state TV`, `news conference`, `press briefing`): addressees only before one. */
export const LISTENER_MODIFIERS: ReadonlySet<string> = new Set(['state', 'news', 'press', 'public', 'local', 'national', 'official']);

/** Words that open a clause (content can start here): subject pronouns, determiners, `there`, `it`. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this',
  'these', 'those', 'that', 'some', 'no', 'many', 'most', 'all', 'both', 'any', 'every', 'each', 'if', 'when', 'while',
  'whether', 'what', 'how', 'why', 'who', 'because', 'only', 'nobody', 'nothing', 'everyone', 'everybody', 'anyone',
  'somebody', 'someone', 'none', 'not', 'more', 'fewer', 'such', 'one', 'two',
]);

/** Leading words of a sentence that are not part of a content before its tag (`But`, `And`). */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'or', 'now', 'also', 'meanwhile', 'separately', 'moreover', 'furthermore', 'additionally']);

/**
 * Labels that open a paragraph with a colon without naming a speaker (`UPDATE: …`,
 * `Editor's note: …`, an interview's `Q:`/`A:`): never a transcript speaker, however often
 * they recur. Upper case, as the labels are compared.
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'Q', 'A', 'UPDATE', 'UPDATED', 'CORRECTION', 'CLARIFICATION', 'NOTE', 'EDITOR', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'BREAKING',
  'VIDEO', 'WATCH', 'READ', 'READ MORE', 'RELATED', 'PHOTO', 'PHOTOS', 'EMAIL', 'BYLINE', 'PREVIOUSLY', 'SOURCE', 'SOURCES',
  'LIVE', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'DISCLAIMER', 'WARNING', 'ALSO', 'MORE', 'LISTEN', 'SEE', 'CREDIT', 'DATELINE',
]);

/**
 * Verbs that name an act, not speech: the attribution model (trained on PolNeAR, which
 * counts acts such as signing as attributions) may tag them as cues; a quote here is speech,
 * so a model cue outside the cue lexicon that is one of these is dropped ("the army and the
 * RSF signed a ceasefire agreement" is an agreement, not a statement).
 */
export const ACT_VERBS: ReadonlySet<string> = new Set([
  'sign', 'signs', 'signed', 'signing', 'meet', 'meets', 'met', 'meeting', 'visit', 'visits', 'visited', 'visiting',
  'attend', 'attends', 'attended', 'attending', 'release', 'releases', 'released', 'releasing', 'free', 'frees', 'freed',
  'launch', 'launches', 'launched', 'launching', 'attack', 'attacks', 'attacked', 'attacking', 'kill', 'kills', 'killed',
  'arrest', 'arrests', 'arrested', 'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'send', 'sends', 'sent', 'arrive',
  'arrives', 'arrived', 'travel', 'travels', 'traveled', 'travelled', 'fly', 'flew', 'flown', 'hold', 'holds', 'held',
  'host', 'hosts', 'hosted', 'join', 'joins', 'joined', 'lead', 'leads', 'led', 'head', 'heads', 'headed', 'open', 'opened',
  'broker', 'brokers', 'brokered', 'brokering', 'mediate', 'mediates', 'mediated', 'mediating', 'capture', 'captures', 'captured',
  'seize', 'seizes', 'seized', 'retake', 'retook', 'retaken', 'fight', 'fights', 'fought', 'appear', 'appears', 'appeared', 'parade',
  'paraded', 'parading', 'name', 'names', 'named', 'naming', 'appoint', 'appoints', 'appointed', 'appointing', 'nominate', 'nominates',
  'nominated', 'nominating', 'elect', 'elects', 'elected', 'electing', 'succeed', 'succeeds', 'succeeded', 'succeeding',
]);

/**
 * Participles that name rather than report before "as" ("Mohamed Hamdan Dagalo, known as
 * Hemedti"): the attribution model may read them as cues of knowledge or belief.
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'nicknamed', 'dubbed', 'referred', 'styled', 'billed']);

/**
 * Heads of a source phrase that name an event, which says nothing: "Previous ceasefires
 * announced since fighting erupted … collapsed" has a participle after a noun, not a speaker.
 */
export const EVENT_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'truce', 'truces', 'talks', 'negotiations', 'war', 'wars',
  'fighting', 'attack', 'attacks', 'strike', 'strikes', 'pause', 'pauses', 'offensive', 'invasion', 'bombing', 'shelling',
]);

/** Texts whose wording `read`/`reads` reports (`The statement read: “…”`, `a banner that reads “…”` is left out: `that` stands between). */
export const READ_SUBJECTS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'message', 'note', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'post', 'text',
  'caption', 'headline', 'communique', 'communiqué', 'inscription', 'notice', 'tweet', 'leaflet', 'leaflets', 'poster',
  'posters', 'decree', 'document', 'memo', 'resolution', 'declaration', 'readout', 'order', 'slogan',
]);

/** Words that count a part of a group (`One of them said`, `several of the negotiators`): an unnamed part of it. */
export const PART_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'many', 'both', 'all', 'none', 'each', 'several', 'most', 'either', 'neither', 'another', 'few']);

/** Dashes that set off an aside (`The minister – speaking in Cairo – said`). */
export const DASHES: ReadonlySet<string> = new Set(['\u2013', '\u2014', '--']);
