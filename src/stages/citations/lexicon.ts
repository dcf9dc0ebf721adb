/**
 * @module stages/citations/lexicon — the word lists and cue patterns of the citations stage.
 *
 * Rules are data: each has an `id` (it becomes the annotation's provenance,
 * `citations/<id>`), the pattern, how much it lets through (`accepts`) and a `reason`
 * shown in debug output. Outlet names themselves are not here: they live in
 * `data/sources` (the registry), with their source named.
 */

/**
 * How much a context lets through, weakest first:
 * - `known-outlet`: only registry outlets, agencies and references ("Reuters said");
 * - `outlet`: also unknown names that look like outlets ("the Judetean Times reported");
 * - `source`: also registry bodies ("according to the Health Ministry");
 * - `list`: also unknown names that look like official bodies: the context says it is a
 *   source list ("Sources: A and B", "X (+11) | Y (+6)"). A name that looks like neither an
 *   outlet nor a body (a person, a place) is never taken.
 */
export type Acceptance = 'known-outlet' | 'outlet' | 'source' | 'list';

/** Order of the {@link Acceptance} levels. */
export const ACCEPTANCE_RANK: Readonly<Record<Acceptance, number>> = { 'known-outlet': 1, outlet: 2, source: 3, list: 4 };

/** A cue that comes before or after a source name. */
export interface CueRule {
  readonly id: string;
  /** Regular-expression source; see {@link CUES_BEFORE} and {@link CUES_AFTER} for how it is anchored. */
  readonly pattern: string;
  readonly accepts: Acceptance;
  readonly reason: string;
}

/** Nouns that say the next (or previous) name is a news organization: "broadcaster Kan", "the Daily Foo newspaper". */
export const DESCRIPTORS =
  '(?:news agency|news site|news website|news outlet|news channel|news network|wire service|newspaper|daily|weekly|broadcaster|channel|network|outlet|television|TV|radio|station|agency|website|paper|publication|magazine|tabloid)';

/**
 * Cues before a name. Each pattern is followed by optional filler — an article, up to two
 * capitalized qualifiers ("Israel's", "Saudi-owned"), up to two lower-case words and a
 * {@link DESCRIPTORS} noun ("Palestinian news agency") — and must end right where the name starts.
 */
export const CUES_BEFORE: readonly CueRule[] = [
  {
    id: 'according-to',
    pattern: String.raw`\b[Aa]ccording to(?: (?:an? |the )?(?:[a-z][a-z-]* ){0,3}(?:from|by|in|of|on|with|to))?`,
    accepts: 'source',
    reason: '"according to X" and "according to a report by X" attribute a claim to X; bodies count, people do not',
  },
  {
    id: 'told',
    pattern: String.raw`\b(?:told|tells|telling|informed|informing|confirmed to|said to|speaking to|spoke to|spoke with|speaking with|talking to|talked to|(?:in )?an? (?:[a-z-]+ )?interview with|interviewed by|in remarks to|in comments to|in a statement to)`,
    accepts: 'outlet',
    reason: '"told Reuters" names the outlet that gathered the statement; "told Blinken" is a person and does not count',
  },
  {
    id: 'citing',
    pattern: String.raw`\b(?:[Cc]iting|[Qq]uoting|cited by|quoted by|quoted in|attributed to|reported by|reported in|reported on|published by|published in|carried by|broadcast by|broadcast on|aired by|aired on|first reported by|as reported by|confirmed by|announced by|released by|issued by|posted by|reports? (?:by|in|from|on)|[Ww]riting in|wrote in|obtained by|seen by|reviewed by|courtesy of|sourced from)`,
    accepts: 'source',
    reason: 'the verb says the text relays what X published or said',
  },
  {
    id: 'in-piece',
    pattern: String.raw`\b(?:in|on) (?:an?|the|its|his|her|their) (?:[a-z-]+ ){0,2}(?:interview|op-ed|opinion piece|article|column|report|story|piece|post|broadcast|podcast|programme|program|show|segment|editorial|documentary)(?: (?:published|aired|broadcast))? (?:in|on|with|by|for)`,
    accepts: 'outlet',
    reason: '"in an interview with CNN", "in an op-ed in The Washington Post" place the statement in an outlet',
  },
  {
    id: 'per-via',
    pattern: String.raw`(?:^|[\s(])(?:[Pp]er|[Vv]ia)`,
    accepts: 'known-outlet',
    reason: '"per Axios", "via Reuters": short credits, trusted only for names the registry knows',
  },
  {
    id: 'inverted',
    pattern: String.raw`[,”"’] (?:reports|reported|writes|wrote|notes|noted|says|said|adds|added)`,
    accepts: 'outlet',
    reason: '"…, reports USA Today.", "…,” said the Washington Examiner": the attribution after the claim',
  },
  {
    id: 'label',
    pattern: String.raw`(?:\b(?:[Ss]ources?|SOURCES?|[Ss]ource\(s\)|[Rr]eferences?|[Rr]ead more|READ MORE|[Rr]ead|[Mm]ore at|[Ss]ee also)|\b[Ff]or more(?: information)?,? (?:read|see|visit))\s*:`,
    accepts: 'list',
    reason: '"Sources:", "For more, read:" introduce a list of sources: every name in it is one',
  },
];

/** `, citing a high-level source,` between an outlet and its verb (`Al-Qahera News, citing …, said`; abbreviations' dots inside: `citing U.S. officials`). */
const CITING_ASIDE = String.raw`, (?:citing|quoting) (?:[^,;.!?]|(?<=\p{Lu})\.){1,60},`;

/**
 * Cues right after a name (after its list and count markers), anchored at the name's end.
 * `(?<desc>…)` marks a descriptor that makes an unknown name look like an outlet.
 */
export const CUES_AFTER: readonly CueRule[] = [
  {
    id: 'reported',
    pattern: String.raw`^(?: and others)?(?:${CITING_ASIDE})?,?(?: (?<desc>${DESCRIPTORS}))?(?: (?:has|had|have|was|were|also|all|both|first|earlier|later|previously|separately|exclusively|again|initially|originally|last (?:week|month|year|night)|this (?:week|month|year)|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))){0,3} (?:reported|reports|report|reporting|wrote|writes|cited|quoted|revealed|broadcast|aired|published|said in a report|said in an article|said on its website|learned|has learned|obtained|first reported)\b`,
    accepts: 'source',
    reason: '"Axios reported", "X, Y and Z all report": the text relays what they published',
  },
  {
    id: 'outlet-said',
    pattern: String.raw`^(?:${CITING_ASIDE})?,?(?: (?<desc>${DESCRIPTORS}))?(?: (?:also|first|has|had|have|later|recently|previously|initially|originally|then|even))? (?:said|says|added|noted|notes|announced|confirmed|found|finds|discovered|identified|claimed|declared|estimated|estimates|counted|counts|lists|listed|puts|responded|suggested|learned|obtained|calculated|tallied|projected|called)\b`,
    accepts: 'known-outlet',
    reason: '"Reuters said", "NBC announced", "a USA Today investigation found": an outlet the registry knows, as the subject of a reporting verb; "Hamas said" is a party speaking, left to the quotes stage',
  },
  {
    id: 'possessive',
    pattern: String.raw`^['’]s?(?: own)? (?:report|reporting|reports|story|article|investigation|analysis|coverage|correspondent|reporter|journalists?|sources|interview|broadcast|website|tally|count|figures|data|statement)\b`,
    accepts: 'source',
    reason: '"CNN\'s reporting", "the Health Ministry\'s tally" cite the owner',
  },
];

/** Last words that make an unknown name look like a news outlet ("Judetean Times", "Foo News"). */
export const OUTLET_SUFFIXES: ReadonlySet<string> = new Set([
  'news', 'tv', 'television', 'radio', 'times', 'post', 'press', 'herald', 'tribune', 'journal', 'gazette', 'daily',
  'network', 'channel', 'monitor', 'observer', 'telegraph', 'chronicle', 'express', 'dispatch', 'wire', 'media',
  'broadcasting', 'courier', 'review', 'reporter', 'reporters', 'insider', 'today', 'online', 'weekly', 'magazine',
  'newsroom', 'bulletin', 'standard', 'sentinel', 'examiner', 'mail', 'star', 'voice', 'ajansi', 'ajansı', 'presse',
  'info', 'fm', 'newspaper', 'agency',
]);

/** First words that make an unknown name look like a news outlet ("Radio Foo", "Agence Bar"). */
export const OUTLET_PREFIXES: ReadonlySet<string> = new Set(['radio', 'channel', 'agence', 'agencia', 'agência', 'agenzia']);

/**
 * Last words that make an unknown name look like an official body ("Judetean State
 * Department"). "Agency" counts as a body unless "News", "Press" or "Information" precede it.
 */
export const OFFICIAL_SUFFIXES: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'council', 'authority', 'commission', 'command', 'forces', 'agency', 'directorate', 'bureau',
]);

/** Words after a known name that leave it the same source: "CNN Arabic", "Reuters TV". */
export const GENERIC_TRAILERS: ReadonlySet<string> = new Set([
  'english', 'arabic', 'persian', 'turkish', 'russian', 'ukrainian', 'french', 'spanish', 'hebrew', 'online', 'digital',
  'international', 'live', 'tv', 'television', 'news', 'radio', 'network', 'channel', 'website', 'newspaper', 'agency',
  'service', 'daily', 'politics',
]);

/**
 * Bare outlet words that stand for an outlet named before ("the Post", "the Times", "TV"):
 * resolved to the last registry outlet whose name ends in the word, else dropped.
 */
export const SHORT_FORMS: ReadonlySet<string> = new Set(['post', 'times', 'journal', 'globe', 'herald', 'tribune', 'news', 'tv', 'radio', 'press', 'media', 'daily', 'gazette', 'telegraph', 'chronicle', 'observer', 'monitor', 'courier', 'express', 'mail', 'star', 'sun', 'examiner', 'network', 'channel', 'agency', 'paper', 'newspaper', 'magazine']);

/** Words that make a name a picture credit, not a source ("AP Photo/Jane Doe", "Getty Images"). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['photo', 'photos', 'photograph', 'image', 'images', 'video', 'pool', 'illustration', 'graphic', 'file']);

/**
 * Lower-case words after a name that may complete it for the registry: "Tasnim news
 * agency", "Qatar's foreign ministry", "the Israeli military". Tried before the bare name.
 */
export const CONTINUATION = new RegExp(
  String.raw`^ ((?:foreign|defen[cs]e|health|interior|justice|information) ministry|ministry of (?:foreign affairs|defen[cs]e|health|interior|justice)|military|army|government|authorities|presidency|cabinet|security cabinet|embassy|armed forces|general staff|air force|navy|news agency|news|newspaper|daily|television|tv|radio|broadcaster|channel|agency)\b`,
);

/** Capitalized sentence starters and function words that never begin a source name ("Meanwhile Reuters reported"). */
export const LEADING_STOP: ReadonlySet<string> = new Set(
  ('However Meanwhile But And In On At As After Before While When Since Despite Also Then Earlier Later Separately Still Yet So ' +
    'According Both All Some Many Most This That These Those Its Their His Her Our It He She They We I A An If Although Though ' +
    'Unlike Like For From With Without By To Under Over During Amid Following Last Next Asked Speaking Citing Quoting Per Via ' +
    'Read Sources Source Reporting Writing Editing Additional Reports Report Photo Even Only Just Now Today Yesterday Tomorrow ' +
    'Here There Where What Who Why How Which Whose Instead Indeed Still Further Finally First Second Third Wiki-style').split(' '),
);

/** Words that end a name: days and months ("told CNN Sunday"). */
export const NAME_BREAKS: ReadonlySet<string> = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec').split(' '),
);

/** A first word that qualifies what follows without being a place: "Saudi-owned", "Hamas-run", "Spanish-language". */
export const QUALIFIER_FORM = /^[\p{L}]+-(?:owned|run|backed|based|led|funded|controlled|affiliated|aligned|linked|language|speaking)$/u;

/**
 * An anonymous-source rule, anchored on a noun: the noun is found with `indexOf`, then
 * `before` must end right at it and `after` must start right after it. The citation spans
 * the `before` match from its `lead` group (or its start), the noun, and the `keep` group
 * of `after` (or nothing of it).
 */
export interface AnonymousRule {
  readonly id: string;
  /** Literal nouns (each also tried with a capital first letter), matched as whole words. */
  readonly nouns: readonly string[];
  /** Regular-expression source matched against the text before the noun, anchored at its end. */
  readonly before: string;
  /** Regular-expression source matched right after the noun (sticky). */
  readonly after: string;
  /** When true, the sentence must also attribute something ("said", "according to"…): the phrase alone is not sourcing. */
  readonly needsReportingVerb?: boolean;
  readonly reason: string;
}

/** Reporting verbs and phrases that make a described group a source ({@link AnonymousRule.needsReportingVerb}). */
export const REPORTING = /\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|[Aa]ccording to|attribut(?:e|es|ed)|report(?:s|ed)?|confirm(?:s|ed)?|add(?:s|ed)|not(?:e|es|ed)|believ(?:e|es|ed)|expect(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)|caution(?:s|ed)|describ(?:e|es|ed)|reveal(?:s|ed)|indicat(?:e|es|ed)|suggest(?:s|ed)?|claim(?:s|ed)?|acknowledg(?:e|es|ed)|stress(?:es|ed)|explain(?:s|ed)?|stat(?:e|es|ed)|point(?:s|ed)? to|speak(?:s|ing)?|spoke)\b/;

/** Words that describe an unnamed official or source; any capitalized word too ("Qatari", "Hamas", "U.S."). */
const ADJ = String.raw`(?:senior|top|high-ranking|high-level|well-placed|knowledgeable|reliable|credible|ranking|veteran|unnamed|anonymous|unidentified|regional|foreign|local|government|administration|security|military|intelligence|diplomatic|defen[cs]e|political|informed|mediating|ministry|department|army|police|party|union|embassy|palace|presidency|cabinet|campaign|company|industry|border|health|\p{Lu}(?:\.(?:\p{Lu}\.)+|[\p{L}'’\-]*))`;
const COUNT = String.raw`(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]ultiple|[Mm]any|[Nn]umerous|[Vv]arious|[Cc]urrent and former|[Ff]ormer)`;
/** `who asked not to be named`, `who requested anonymity`: to the clause's end (a mark or the reporting verb). */
const WHO_CLAUSE = String.raw`who (?:spoke|asked|requested|declined|was not|were not|are not|is not|did not want)(?: [\p{L}'’\-]+){1,8}?(?=[,.;:)]| (?:said|say|says|told|tell|tells|added|confirmed)(?![\p{L}]))`;
const CLAUSE = String.raw`(?:${WHO_CLAUSE}|speaking on (?:the )?condition of anonymity(?![\p{L}])|(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|privy to|not authori[sz]ed)(?: (?:the|a|an|this|these|his|her|their))? [\p{L}'’\-]+(?: of anonymity)?)`;
const SAY = String.raw`(?:said|told|says|tells|informed|added|confirmed|noted|stated|revealed|cautioned|warned|claimed|explained)(?![\p{L}])`;
const MEDIA_ADJ = String.raw`(?:\p{Lu}[\p{L}’'\-]*|local|state|state-run|state-owned|regional|foreign|international)`;
const PLURAL_PEOPLE = ['officials', 'diplomats', 'people', 'insiders', 'aides', 'negotiators', 'mediators', 'officers', 'official', 'diplomat', 'person', 'insider', 'aide', 'negotiator', 'mediator', 'officer'];
/** One unnamed person; a spokesperson is left out: he speaks for a body the text names. */
const ONE_PERSON = ['official', 'diplomat', 'source', 'negotiator', 'mediator', 'aide', 'insider', 'officer'];
const MEDIA = ['media', 'press', 'news outlets', 'outlets', 'newspapers', 'television', 'TV'];

/** Anonymous sourcing: who is cited without a name. */
export const ANONYMOUS_RULES: readonly AnonymousRule[] = [
  {
    id: 'sources-qualified',
    nouns: ['sources', 'source'],
    before: String.raw`(?:(?:${COUNT}|${ADJ}) ){0,3}$`,
    after: String.raw`(?<keep> ${CLAUSE}| (?:in|inside|within) (?:the )?[\p{L}\-]+(?:['’]s \p{Lu}[\p{L}\-]+)?)|(?= (?:said|say|says|told|tell|confirmed|indicated|suggested|revealed|added|claimed|reported|believe|expect)(?![\p{L}]))`,
    reason: '"sources familiar with the talks", "diplomatic sources said": sources without a name',
  },
  {
    id: 'officials-qualified',
    nouns: PLURAL_PEOPLE,
    before: String.raw`(?:(?:[Aa]n?|[Oo]ne|${COUNT}) )?(?:${ADJ} ){0,3}$`,
    after: String.raw`(?<keep>,? ${CLAUSE})`,
    needsReportingVerb: true,
    reason: '"officials briefed on the talks said", "a diplomat who spoke on condition of anonymity": a group described by its access, in a sentence that reports what it said',
  },
  {
    id: 'officials-said',
    nouns: ['officials', 'aides', 'diplomats', 'insiders', 'negotiators', 'mediators'],
    before: String.raw`(?:(?:[Tt]he|${COUNT}|${ADJ}) ){0,3}$`,
    after: String.raw` (?:(?:in|from|at) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)? )?(?:(?:have|had|also|privately|publicly|later|previously) )?(?:said|say|says|told|tell|believe|expect|insist|insisted|warned|cautioned|acknowledged|confirmed|stressed|noted|added|described|revealed)(?![\p{L}])`,
    reason: '"Israeli officials said", "aides say", "diplomats in Vienna said": a group speaks, no one in it is named',
  },
  {
    id: 'unnamed',
    nouns: ['unnamed', 'anonymous', 'unidentified'],
    before: '$',
    after: String.raw`(?<keep> (?:[\p{L}.\-]+ ){0,2}(?:officials?|sources?|diplomats?|people|persons?|insiders?|aides?|negotiators?|officers?))(?![\p{L}])`,
    reason: 'the text itself says the source is unnamed',
  },
  {
    id: 'according-to-officials',
    nouns: ['officials', 'diplomats', 'sources'],
    before: String.raw`(?:[Aa]ccording to|[Cc]iting|[Qq]uoting) (?<lead>(?:(?:${COUNT}|${ADJ}) ){0,3})$`,
    after: String.raw`(?![\p{L}])`,
    reason: '"according to officials in Cairo", "citing Israeli officials": officials cited as a group, none named',
  },
  {
    id: 'those-close',
    nouns: ['those', 'people', 'persons'],
    before: '$',
    after: String.raw`(?<keep> (?:close to|familiar with|briefed on|involved in|with knowledge of) (?:the )?[\p{L}\-]+)`,
    needsReportingVerb: true,
    reason: '"those close to the talks", "people familiar with the matter"',
  },
  {
    id: 'official-said',
    nouns: ONE_PERSON,
    before: String.raw`(?:[Aa]n?|[Oo]ne) (?:${ADJ} ){0,3}$`,
    after: String.raw`(?<keep> (?:of|from|in|at|with) (?:the |an? )?[\p{L}.\-]+)? ${SAY}`,
    reason: '"a senior Hamas official told Reuters", "a senior official of the group told": one person, described but not named',
  },
  {
    id: 'according-to-one',
    nouns: ONE_PERSON,
    before: String.raw`(?<![\p{L}])According to (?<lead>(?:an?|one) (?:${ADJ} ){0,3})$`,
    after: String.raw`(?![\p{L}])`,
    reason: '"According to an Egyptian security source, …": the sentence opens with the attribution, so the capital after the comma starts the clause, not the source\'s name',
  },
  {
    id: 'said-official',
    nouns: ONE_PERSON,
    before: String.raw`(?:said|told|according to|citing|quoting) (?<lead>(?:an?|one) (?:${ADJ} ){0,3})$`,
    after: String.raw`(?![\p{L}])(?!,? \p{Lu})`,
    reason: '"…, said a Western diplomat": the same after the verb (not when a name follows)',
  },
  {
    id: 'citing-official',
    nouns: ONE_PERSON,
    before: String.raw`(?<![\p{L}])(?:Citing|Quoting) (?<lead>(?:an?|one) (?:${ADJ} ){0,3})$`,
    after: String.raw`(?![\p{L}])`,
    reason: '"Citing a senior official, Reuters reported …": the subject after the comma is the one citing, not the official\'s name',
  },
  {
    id: 'media-reports',
    nouns: MEDIA,
    before: String.raw`(?:[Aa]ccording to|[Cc]iting|cited by|quoted by|reported by|reported in) (?<lead>${MEDIA_ADJ} )$`,
    after: String.raw`(?<keep> reports?)?(?![\p{L}])`,
    reason: '"according to Israeli media reports": media cited without naming any',
  },
  {
    id: 'media-reported',
    nouns: MEDIA,
    before: String.raw`(?<![\p{L}])${MEDIA_ADJ} $`,
    after: String.raw` (?:reported|said|quoted|cited|say|says|reports)(?![\p{L}])`,
    reason: '"Israeli media reported": the same, as the subject of a reporting verb',
  },
];
