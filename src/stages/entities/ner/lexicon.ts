/**
 * @module stages/entities/ner/lexicon — word lists and patterns the news-form refiners use.
 *
 * Compiled by hand for this project from AP Stylebook conventions on titles and
 * photo credits and from common English demonyms and group names; all lower-case
 * (lookups lower-case the token, curly apostrophes straightened). Each list says which
 * refiner reads it.
 */

/**
 * Title words (`leading-title`): a run of these, with {@link TITLE_JOINERS} inside, right
 * before a person's name is that person's title ("Secretary of State", "Prime Minister",
 * "Foreign Minister", "Lt. Gen.").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'secretary-general', 'undersecretary', 'under', 'deputy', 'assistant',
  'acting', 'interim', 'former', 'state', 'foreign', 'defense', 'defence', 'interior', 'finance', 'treasury', 'justice', 'health',
  'energy', 'trade', 'commerce', 'affairs', 'national', 'security', 'strategic', 'adviser', 'advisor', 'chief', 'staff', 'special', 'envoy',
  'ambassador', 'representative', 'senator', 'sen.', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'speaker', 'chancellor', 'premier', 'king', 'queen', 'crown', 'prince', 'princess', 'emir', 'ruler', 'sultan', 'sheikh', 'sheik',
  'general', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'cpl.', 'adm.', 'brig.', 'cmdr.', 'lieutenant', 'colonel', 'major',
  'captain', 'sergeant', 'admiral', 'brigadier', 'commander', 'field', 'marshal', 'army', 'military', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'head', 'leader', 'negotiator', 'mediator',
  'judge', 'attorney', 'prosecutor', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'grand',
  'supreme', 'coordinator', 'commissioner', 'high', 'ceo', 'executive', 'officer', 'official', 'politburo', 'political', 'bureau', 'member',
  'press', 'intelligence', 'labor', 'labour', 'federal', 'aide', 'presidential', 'operating', 'financial',
]);

/** Words that join title words inside a title (`leading-title`). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '-']);

/**
 * Honorifics (`leading-title`): stripped from the start of a person's name with the
 * titles, but not part of the title annotation ("Sheikh Mohammed" → "Mohammed").
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'sheikha', 'hajj', 'haj', 'mullah']);

/**
 * Name particles (`name-particles`): inside Arabic (and some European) names they join
 * the parts of one name ("Mohammed bin Abdulrahman Al Thani", "Abu Obeida").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben', 'abu', 'abou', 'abd', 'al', 'el', 'umm', 'abdel', 'abdul']);

/** Particles that may open a name before a person span (`name-particles`): "Abu Mohammed". */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(['abu', 'abou', 'abd', 'umm', 'bin', 'ibn']);

/** Particles of European surnames (`name-particles`): "von der Leyen", "de Mistura", "van Hollen". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'ter', 'zu']);

/** Determiners: a lone lower-case particle after one is a word of the sentence ("a van"), not a surname's. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each', 'one']);

/** A hyphenated Arabic article-name (`al-Sisi`, `el-Sheikh`, `as-Sudani`): part of the name before it. */
export const ARTICLE_NAME = /^(?:al|el|Al|El|as|ash|ad|an|ar|az|at)-\p{Lu}/u;

/** Possessive tokens left outside every name (`possessive-outside`). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "'"]);

/**
 * Plural demonyms and group names that name actors (`demonym-group`): "Palestinians",
 * "Israelis", "Houthis". Lower-case, plural; forms that are also adjectives ("Chinese",
 * "Lebanese", "Druze") are left out, since "Chinese officials" names no group.
 */
export const GROUP_NAMES: ReadonlySet<string> = new Set([
  'palestinians', 'israelis', 'americans', 'iranians', 'iraqis', 'egyptians', 'qataris', 'saudis', 'emiratis', 'jordanians',
  'syrians', 'turks', 'russians', 'ukrainians', 'britons', 'germans', 'italians', 'spaniards', 'europeans', 'africans',
  'asians', 'arabs', 'kurds', 'jews', 'muslims', 'christians', 'catholics', 'protestants', 'shiites', 'shias', 'sunnis',
  'alawites', 'bedouins', 'yazidis', 'copts', 'hindus', 'sikhs', 'buddhists', 'gazans', 'yemenis', 'libyans',
  'somalis', 'afghans', 'pakistanis', 'indians', 'koreans', 'armenians',
  'azerbaijanis', 'georgians', 'belarusians', 'poles', 'canadians', 'mexicans', 'venezuelans', 'cubans', 'republicans', 'democrats',
  'houthis', 'settlers', 'zionists', 'evangelicals', 'latinos', 'latinas', 'hispanics', 'african-americans', 'mormons',
]);

/**
 * Demonyms as adjectives (`demonym-adjective`): a person, organization or place mention
 * that is only one of these ("Qatari officials", "Israeli strikes") is CoNLL MISC.
 */
export const DEMONYM_ADJECTIVES: ReadonlySet<string> = new Set([
  'palestinian', 'israeli', 'american', 'iranian', 'iraqi', 'egyptian', 'qatari', 'saudi', 'emirati', 'jordanian', 'lebanese',
  'syrian', 'turkish', 'russian', 'ukrainian', 'british', 'german', 'french', 'italian', 'spanish', 'european', 'african',
  'asian', 'arab', 'kurdish', 'jewish', 'muslim', 'christian', 'druze', 'shiite', 'sunni', 'yemeni', 'libyan', 'sudanese',
  'somali', 'afghan', 'pakistani', 'indian', 'chinese', 'japanese', 'korean', 'taiwanese', 'armenian', 'azerbaijani',
  'georgian', 'belarusian', 'polish', 'canadian', 'mexican', 'venezuelan', 'cuban', 'houthi', 'gazan', 'omani', 'bahraini',
  'kuwaiti', 'algerian', 'moroccan', 'tunisian', 'ethiopian', 'eritrean', 'chadian', 'israeli-palestinian', 'western', 'filipino',
  'thai', 'vietnamese', 'indonesian', 'malaysian', 'australian', 'brazilian', 'argentine', 'nigerian', 'kenyan', 'dutch', 'swedish',
]);

/** Plural demonym endings (`demonym-group`) for a single-token MISC mention: "Tunisians", "Iraqis". */
export const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans|is|ites)$/u;

/**
 * Photo-credit patterns (`photo-credit`): names inside are credits, not news mentions.
 * `needs` is a cheap test the text must pass before the pattern (which is slow) runs.
 */
export const PHOTO_CREDITS: readonly { readonly id: string; readonly reason: string; readonly pattern: RegExp; readonly needs: RegExp; readonly lastLines?: number }[] = [
  {
    id: 'photo-slash-name',
    needs: /\//,
    reason: 'AP style credit "AP Photo/Fatima Shbair", "Reuters Photo/…": the agency, a photo word, a slash, the photographer',
    pattern: /(?:[\p{Lu}][\p{L}.&'-]*\s+){0,3}(?:Photos?|Photographs?|Images?|Pictures?|Pool|Video)\s*\/\s*[^\n()]{1,80}?(?=\)|\n|$|\.\s|;)/gu,
  },
  {
    id: 'name-slash-agency',
    needs: /\//,
    reason: 'a parenthesised "(Fatima Shbair/AFP via Getty Images)" is a credit whatever names it holds',
    pattern: /\((?:[^()\n]{1,80})\/\s*(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|Xinhua|UPI|Pool|Flash90|SOPA Images|Sipa|NurPhoto|WAFA|Bloomberg)[^()\n]{0,40}\)/gu,
  },
  {
    id: 'photo-colon',
    needs: /Photo|Image|Picture|Credit/,
    reason: '"Photo: Fatima Shbair/AP", "Photograph by …", "Credit: …" introduce a credit line',
    pattern: /\b(?:Photos?|Photographs?|Images?|Pictures?|Credit)(?: credit)?\s*(?::|by\b)\s*[^\n()]{1,80}?(?=\)|\n|$|\.\s|;)/gu,
  },
  {
    id: 'reporting-by',
    // (the pattern's words and its " by" together: the words alone are in most news texts, and the
    // pattern, whose look-behind is tried at every position, then ran over the whole text)
    needs: /(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ww]ritten)(?: and (?:[Ee]diting|[Ww]riting))? by\s/,
    reason: 'a wire sign-off "Reporting by …; Editing by …", "(Additional reporting by …)", "Writing by …" names the newsroom, not actors in the news; only at a line\'s or bracket\'s start or after ";"',
    pattern: /(?<=^|\n|\(|;[ \t]*)(?:Additional |Writing and |Reporting and )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ww]ritten)(?: and (?:[Ee]diting|[Ww]riting))? by\s+[^\n();]{1,120}/gu,
  },
  {
    id: 'byline-line',
    needs: /(?:^|\n)By /,
    reason: 'a line of its own "By Jane Roe" (or "By Jane Roe and John Doe") at the body\'s start is the byline, not a person in the news',
    pattern: /(?<=^|\n)By (?:\p{Lu}[\p{L}.'’-]*(?: |(?=\n|$)))+(?:(?:and|,) ?(?:\p{Lu}[\p{L}.'’-]*(?: |(?=\n|$)))+)*(?=\n|$)/gu,
  },
  {
    id: 'reporter-line',
    needs: /reporter|correspondent|contributed (?:reporting|to this)/,
    reason: 'a line "Jane Roe contributed reporting." or "Jane Roe is a health reporter for …" names the newsroom; only a line of its own, up to 160 characters',
    pattern: /(?<=^|\n|\()[^\n()]{1,80}?(?: contributed (?:reporting|to this (?:report|story))| (?:is|was) (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}(?:reporter|correspondent|writer|editor) (?:for|at|with|based))[^\n()]{0,80}(?=\n|$|\))/gu,
  },
  {
    id: 'contributed-line',
    needs: /contributed/,
    // (a sentence "…, and the United States also contributed." or "U.S. envoy Steve Witkoff contributed from
    // Washington by phone." is news: only names before the verb, a place at most after it, and a closing line)
    reason: 'a closing line "Jane Roe contributed from Kyiv.", "Jane Roe and John Doe in Kyiv contributed." names the newsroom: a line of its own, names only (after a newsroom role: "Associated Press writer Jane Roe") before "contributed", among the last lines',
    lastLines: 3,
    pattern: /(?<=^|\n|\()(?:(?:\p{Lu}[\p{L}.'’-]* ){0,2}(?:writer|reporter|correspondent|photographer|journalist|producer|researcher)s? )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,| and|, and) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}){0,2}(?: (?:in|from) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})? contributed(?: (?:reporting|research))?(?: (?:from|in) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,2})?\.?(?=[ \t]*(?:\n|$|\)))/gu,
  },
  {
    id: 'contributing-line',
    needs: /Contribut/,
    reason: 'a closing line "Contributing: Jane Roe in Kyiv." or "Contributors: …" names the newsroom; only at a line\'s start',
    pattern: /(?<=^|\n|\()(?:Contributing(?: reporters?| writers?| reporting)?|Contributors?)\s*:\s*[^\n()]{1,160}/gu,
  },
];

/**
 * Newsroom roles that a byline names instead of a person ("By Staff Writer", "By Our
 * Correspondent", "Reuters Staff"): a "person" made only of these (and titles) is no one.
 */
export const BYLINE_ROLES: ReadonlySet<string> = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'desk', 'team', 'bureau', 'contributor', 'contributors', 'columnist', 'our', 'own', 'newsroom', 'wire', 'wires',
]);

/**
 * World regions a title covers after its owner ("U.S. Middle East envoy", "the EU's Horn of Africa
 * representative"): places, lower case, that no country or KB entry names.
 */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  'middle east', 'near east', 'horn of africa', 'great lakes', 'gulf', 'persian gulf', 'sahel', 'balkans', 'western balkans', 'caucasus', 'south caucasus',
  'central asia', 'east africa', 'west africa', 'north africa', 'southern africa', 'latin america', 'indo-pacific', 'asia-pacific', 'southeast asia', 'arctic', 'western hemisphere', 'africa', 'europe', 'asia',
]);

/**
 * Nouns that make the name before them a place ("the Karabakh region", "the Kursk oblast",
 * "North Kordofan state"): the `place-noun` refiner retypes a person so followed.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'region', 'regions', 'province', 'provinces', 'oblast', 'governorate', 'district', 'districts', 'enclave', 'territory',
  'valley', 'peninsula', 'county', 'prefecture', 'canton', 'municipality', 'neighbourhood', 'neighborhood',
]);

/**
 * Verbs and prepositions whose object is ground, not a person ("Azerbaijan retook Karabakh",
 * "the army recaptured Wad Madani", "aid entered through Kerem Shalom"): the `place-noun`
 * refiner retypes a person right after them.
 */
export const GROUND_VERBS: ReadonlySet<string> = new Set([
  'retook', 'retake', 'retakes', 'retaking', 'recaptured', 'recapture', 'recaptures', 'recapturing', 'annexed', 'annex', 'annexes', 'annexing',
  'overran', 'overrun', 'overruns', 'besieged', 'besiege', 'besieging', 'shelled', 'shelling', 'bombarded', 'bombarding',
  'through', 'via',
]);

/**
 * Nouns of attacks on ground (`place-noun`): a "person" after one and "of"/"on" is a place
 * ("the siege of El Fasher", "an assault on Bakhmut", "the outskirts of Khartoum").
 */
export const GROUND_NOUNS: ReadonlySet<string> = new Set([
  'siege', 'outskirts', 'assault', 'offensive', 'shelling', 'bombardment', 'bombing', 'encirclement', 'blockade',
]);

/**
 * Kinds of settlement before "of" (`place-noun`): a "person" after one is a place ("the town of
 * Sake", "the city of Wad Madani", "the village of Umm Kadada").
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'villages', 'towns', 'cities', 'province', 'region', 'district', 'port', 'hamlet']);

/**
 * Words of fighting and flight before "in", "near" or "around" (`place-noun`): a "person" after
 * them is a place ("its operations in Khan Younis", "families sheltering in Rafah").
 */
export const FIGHTING_WORDS: ReadonlySet<string> = new Set([
  'operations', 'operation', 'fighting', 'clashes', 'battles', 'strikes', 'airstrikes', 'raids', 'shelling', 'offensive',
  'troops', 'displaced', 'sheltering', 'stranded', 'trapped', 'besieged', 'advancing', 'deployed', 'stationed',
]);

/**
 * Nouns that describe a place between commas after its name (`place-noun`): "El Fasher, the
 * last major city in Darfur held by the army,".
 */
export const PLACE_APPOSITIVES: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'capital', 'port', 'province', 'region', 'district', 'neighbourhood', 'neighborhood',
  'suburb', 'enclave', 'camp', 'border', 'crossing', 'island', 'oasis', 'stronghold',
]);

/** Words that may follow such a noun in a place's description ("the last city in Darfur", "a town near the border"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'near', 'north', 'south', 'east', 'west', 'held', 'controlled', 'where', 'that', 'which', 'and']);

/**
 * Last words of organization names ("Alliance", "Authority", "Movement"): a place right before
 * a name ending in one is part of it ("the United States Maritime Alliance"), which the
 * `place-organization` refiner joins into one organization.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'alliance', 'association', 'council', 'federation', 'union', 'authority', 'agency', 'party', 'front', 'movement', 'company',
  'corporation', 'institute', 'bank', 'commission', 'committee', 'forces', 'army', 'guard', 'service', 'ministry', 'department',
  'league', 'coalition', 'organization', 'organisation', 'foundation', 'fund', 'court', 'parliament', 'assembly', 'chamber',
  'board', 'network', 'airlines', 'airways', 'railways', 'university', 'college', 'society', 'trust', 'corps', 'navy', 'congress',
  'conference', 'confederation', 'syndicate', 'exchange', 'command', 'brigades', 'brigade', 'bureau', 'directorate',
]);

/**
 * Generic last words of a company's name that the press drops after naming it once
 * ("Brightwell Health" … "Brightwell", "Maersk Line" … "Maersk", "Sotheby's Holdings" …
 * "Sotheby's"): the shorter name is the same company (link pass 2). Only words that say what
 * kind of business or legal form it is: a body's own part ("political bureau", "Security
 * Council") names another body, and "Hamas" or "United Nations" is its parent, not itself.
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'health', 'healthcare', 'group', 'holdings', 'holding', 'line', 'lines', 'inc', 'inc.', 'corp', 'corp.', 'corporation',
  'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'airlines', 'airways', 'motors',
  'systems', 'bank', 'partners', 'logistics', 'industries', 'technologies', 'shipping', 'pharmaceuticals', 'energy',
  'capital', 'resources', 'international', 'foods', 'brands', 'system',
]);

/**
 * Nouns that describe a company or another body, not a person (`appositive-organization`):
 * "Maersk, the Danish shipping giant," names a company.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'giant', 'conglomerate', 'carrier', 'airline', 'automaker', 'carmaker', 'manufacturer', 'maker', 'retailer',
  'lender', 'insurer', 'operator', 'broadcaster', 'newspaper', 'charity', 'nonprofit', 'non-profit', 'startup', 'subsidiary',
  'corporation', 'multinational', 'utility', 'chain', 'publisher', 'developer', 'supplier', 'contractor', 'exporter', 'importer',
  'group', 'militia', 'movement',
]);

/**
 * Last words of place names ("the Rose Garden", "Tahrir Square", "Queen Alia Airport"): a
 * "person" ending in one is a place (the `place-noun` refiner). Words that are also common
 * surnames (Hall, Park, Street's rarer cousins) are left out.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'garden', 'gardens', 'square', 'palace', 'airport', 'hotel', 'mosque', 'cathedral', 'hospital', 'stadium', 'plaza', 'avenue',
  'boulevard', 'crossing', 'checkpoint', 'bridge', 'strait', 'straits', 'gulf', 'river', 'mountains', 'heights', 'desert',
  'corridor', 'terminal',
]);

/**
 * Nouns a person's name modifies after "the" ("the Trump administration", "the Netanyahu
 * government"): the name is still the person's, not an organization's (`place-noun`).
 */
export const PERSON_MODIFIED: ReadonlySet<string> = new Set([
  'administration', 'government', 'campaign', 'family', 'camp', 'team', 'era', 'presidency', 'doctrine', 'plan', 'aides',
  'allies', 'officials', 'cabinet', 'coalition', 'regime', 'years', 'white', 'transition', 'envoy', 'visit', 'trip',
]);

/**
 * Nouns naming a kind of company that stand right before its name ("automaker Stellantis",
 * "planemaker Boeing", `organization-cue`). Only nouns no person is called by: "developer",
 * "publisher" or "contractor" also stand before people's names.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'automaker', 'carmaker', 'planemaker', 'chipmaker', 'drugmaker', 'steelmaker', 'shipbuilder', 'airline', 'carrier', 'retailer',
  'lender', 'insurer', 'conglomerate', 'manufacturer', 'company', 'firm', 'shipper', 'railroad', 'automakers', 'companies',
]);

/**
 * What a company has and a person does not, after its possessive ("Boeing's machinists",
 * "Stellantis' plants", `organization-cue`).
 */
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  'machinists', 'workers', 'employees', 'workforce', 'shareholders', 'shares', 'stock', 'factories', 'factory', 'plants', 'plant',
  'headquarters', 'ceo', 'board', 'jets', 'planes', 'aircraft', 'vehicles', 'dealers', 'unionized', 'subsidiary', 'subsidiaries',
]);

/**
 * People who work for a company, before "at" or "of" and its name ("workers at Boeing", "a
 * walkout at Stellantis", `organization-cue`; not "strike", which can be an air strike).
 */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set([
  'workers', 'employees', 'machinists', 'staffers', 'engineers', 'executives', 'shareholders', 'strikers', 'walkout', 'lockout',
  'layoffs', 'union', 'unions', 'dockworkers', 'longshoremen', 'pilots', 'mechanics',
]);

/**
 * Verbs after ", which" or ", that" that only a body does ("USMX, which represents port
 * employers,", `organization-cue`).
 */
export const BODY_VERBS: ReadonlySet<string> = new Set([
  'represents', 'employs', 'operates', 'owns', 'manufactures', 'builds', 'makes', 'produces', 'sells', 'bargains', 'negotiates',
]);

/**
 * What an investor holds of a company, before "of"/"in" and its name ("shares of Raiffeisen",
 * "a stake in Maersk", `organization-cue`).
 */
export const SHARE_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'stake', 'stakes', 'bonds', 'shareholders', 'shareholder']);

/**
 * What a polling firm puts its name to, after it and an article before it ("a Gallup poll", "the
 * latest Ipsos survey", `organization-cue`). Singular only ("recent Iowa polls" are a state's),
 * and not "polling": "the Democratic polling firm" names the firm after it.
 */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey']);

/** Words before a polling firm's name and its poll ("a Gallup poll", "a new YouGov survey"). */
export const POLL_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'new', 'latest', 'recent', 'another', 'separate', 'fresh', 'monthly', 'weekly', 'annual']);
