/**
 * @module stages/time/lexicon — the words of English time expressions, as data.
 *
 * Compiled by hand from the TimeML TIMEX3 annotation guidelines (TimeML 1.2.1) and the
 * AP Stylebook's month and weekday abbreviations. Regular-expression fragments are built
 * from these lists in `patterns.ts`; the prefilter (`01-triggers.ts`) reads them too.
 */
import type { Holiday, PartOfDay, Season, Unit } from './types.js';

/** Month names and AP abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full month names (a bare month must be written in full). */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Weekday names and abbreviations → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Full weekday names. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Calendar units by their singular and plural spellings. */
export const UNITS: Readonly<Record<string, Unit | 'hour' | 'minute' | 'second' | 'fortnight'>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend', fortnight: 'fortnight',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

/** A duration unit (calendar units plus clock units). */
export type DurationUnit = Unit | 'hour' | 'minute' | 'second' | 'fortnight';

/** ISO 8601 duration letters and factor per unit (`fortnight` is two weeks, `decade` ten years). */
export const DURATION_CODES: Readonly<Record<DurationUnit, { readonly letter: string; readonly clock: boolean; readonly factor: number }>> = {
  second: { letter: 'S', clock: true, factor: 1 },
  minute: { letter: 'M', clock: true, factor: 1 },
  hour: { letter: 'H', clock: true, factor: 1 },
  day: { letter: 'D', clock: false, factor: 1 },
  weekend: { letter: 'D', clock: false, factor: 2 },
  week: { letter: 'W', clock: false, factor: 1 },
  fortnight: { letter: 'W', clock: false, factor: 2 },
  month: { letter: 'M', clock: false, factor: 1 },
  quarter: { letter: 'Q', clock: false, factor: 1 },
  half: { letter: 'M', clock: false, factor: 6 },
  year: { letter: 'Y', clock: false, factor: 1 },
  decade: { letter: 'Y', clock: false, factor: 10 },
  century: { letter: 'Y', clock: false, factor: 100 },
};

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, couple: 2, single: 1,
};

/** Ordinals → value (quarters, halves, centuries, days of a month). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
  last: 4, final: 4,
};

/** Words for an unspecified count (`several days` is `PXD`). */
export const VAGUE_COUNTS = ['a few', 'few', 'several', 'a number of', 'many', 'some', 'dozens of', 'hundreds of', 'a couple of', 'a couple', 'couple of'] as const;

/** Parts of the day. */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', daytime: 'DT',
};

/** Seasons. */
export const SEASONS: Readonly<Record<string, Season>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Holidays by their written names (lower case, straight apostrophe). */
export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  "new year's day": 'new-year', "new year's eve": 'new-year-eve', 'christmas day': 'christmas', christmas: 'christmas',
  'christmas eve': 'christmas-eve', 'independence day': 'independence-day', 'fourth of july': 'independence-day',
  halloween: 'halloween', "valentine's day": 'valentine', 'thanksgiving day': 'thanksgiving', thanksgiving: 'thanksgiving',
  'labor day': 'labor-day', 'memorial day': 'memorial-day', 'easter sunday': 'easter', easter: 'easter',
  'good friday': 'good-friday', 'election day': 'election-day',
  'orthodox christmas': 'orthodox-christmas', 'orthodox easter': 'orthodox-easter',
  'eid al-fitr': 'eid-al-fitr', 'eid al fitr': 'eid-al-fitr', 'eid ul-fitr': 'eid-al-fitr', 'eid-al-fitr': 'eid-al-fitr', 'eid el-fitr': 'eid-al-fitr',
  'eid al-adha': 'eid-al-adha', 'eid al adha': 'eid-al-adha', 'eid ul-adha': 'eid-al-adha', 'eid-al-adha': 'eid-al-adha', 'eid el-adha': 'eid-al-adha',
  eid: 'eid', ramadan: 'ramadan', passover: 'passover', pesach: 'passover', 'rosh hashanah': 'rosh-hashanah', 'rosh hashana': 'rosh-hashanah',
  'yom kippur': 'yom-kippur', sukkot: 'sukkot', 'simchat torah': 'simchat-torah', 'simhat torah': 'simchat-torah',
  hanukkah: 'hanukkah', chanukah: 'hanukkah', hanukah: 'hanukkah', purim: 'purim',
};

/** Words after a holiday that make it part of a name (`the Yom Kippur War`, `the Good Friday Agreement`, `the Easter Rising`). */
export const HOLIDAY_NAMED: ReadonlySet<string> = new Set(['war', 'offensive', 'agreement', 'accord', 'accords', 'rising', 'uprising', 'massacre', 'bombing']);

/** Time-zone names that may follow a clock time (upper case as written). */
export const ZONES = ['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'IST', 'IDT', 'JST', 'AST', 'ET', 'PT', 'CT', 'MT', 'Z'] as const;

/** Words that make a four-digit number a count or an identifier, not a year, when they come before it. */
export const NUMBER_NOUNS = [
  'resolution', 'resolutions', 'no', 'no.', 'nos', 'nos.', 'number', 'numbers', 'article', 'art', 'art.', 'flight', 'room', 'route',
  'highway', 'chapter', 'section', 'page', 'pages', 'p', 'p.', 'pp', 'pp.', 'suite', 'unit', 'apartment', 'apt', 'apt.', 'building', 'gate',
  'platform', 'channel', 'model', 'boeing', 'airbus', 'windows', 'version', 'v', 'v.', 'bill', 'law', 'decree', 'code',
  'item', 'items', 'box', 'lot', 'bus', 'train', 'road', 'street', 'avenue', 'ave', 'ave.', 'st', 'st.', 'hill', 'km', 'mile', 'kilometre', 'kilometer',
  'rule', 'act', 'paragraph', 'clause', 'case', 'file', 'docket', 'motion', 'order', 'vote', 'votes', 'ballot', 'team', 'squad',
  'about', 'nearly', 'almost', 'some', 'than', 'least', 'roughly', 'approximately', 'estimated',
  'top', 'tally', 'total', 'count', 'toll', 'score', 'index', 'dow', 'nasdaq', 's&p', 'ftse', 'dax', 'nikkei',
] as const;

/** Words that make a preceding four-digit number a quantity when they follow it. */
export const COUNT_NOUNS = [
  'percent', 'per', 'people', 'persons', 'hostages', 'prisoners', 'detainees', 'soldiers', 'troops', 'civilians', 'children',
  'women', 'men', 'dollars', 'euros', 'pounds', 'shekels', 'rupees', 'yuan', 'yen', 'km', 'kilometers', 'kilometres', 'miles',
  'meters', 'metres', 'feet', 'tons', 'tonnes', 'points', 'votes', 'seats', 'members', 'trucks', 'lorries', 'homes', 'houses',
  'rockets', 'missiles', 'drones', 'shells', 'bombs', 'residents', 'refugees', 'patients', 'workers', 'employees', 'jobs',
  'shares', 'barrels', 'units', 'cars', 'times', 'others', 'more', 'fewer', 'less', 'gmt', 'utc', 'hours', 'hrs', 'h',
  'calories', 'words', 'pages', 'acres', 'hectares', 'sq', 'square', 'cases', 'deaths', 'dead', 'killed', 'wounded', 'injured',
] as const;
