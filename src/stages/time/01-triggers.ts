/**
 * @module stages/time/01-triggers — the prefilter: which families of rules a sentence can need.
 *
 * One pass over the sentence's tokens: each token's text is classified once (cached by its
 * exact spelling) into a bit mask of families — a month, a weekday, a unit, a four-digit
 * number, a clock time, … A sentence whose mask is 0 is never matched against a regular
 * expression, and a rule runs only when the mask has one of the families it `needs` and
 * all of those it `requires` (see `rule.ts`). Most sentences of a news text run no rule or
 * two or three.
 */
import { HOLIDAYS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, ZONES } from './lexicon.js';

/** A digit anywhere in a token. */
export const DIGIT = 1 << 0;
/** A month name or abbreviation. */
export const MONTH = 1 << 1;
/** A weekday. */
export const WEEKDAY = 1 << 2;
/** A calendar or clock unit (`days`, `60-day`, `third-quarter`). */
export const UNIT = 1 << 3;
/** A deictic day word or a part of the day (`today`, `tonight`, `morning`, `noon`). */
export const DEICTIC = 1 << 4;
/** A general reference to present, past or future (`now`, `recently`, `future`). */
export const REF = 1 << 5;
/** A season. */
export const SEASON = 1 << 6;
/** `every` or `each`. */
export const EVERY = 1 << 7;
/** A holiday name. */
export const HOLIDAY = 1 << 8;
/** A number word that can start a spoken year or decade (`nineteen`, `nineties`). */
export const NUMWORD = 1 << 9;
/** A four-digit number (a possible year). */
export const YEAR = 1 << 10;
/** A clock time or its parts: `10:30`, `a.m.`, `9pm`, a zone. */
export const CLOCK = 1 << 11;
/** An ISO day (`2024-02-02`) or a slashed date. */
export const NUMERIC_DATE = 1 << 12;
/** A decade written with digits (`1990s`, `90s`). */
export const DECADE = 1 << 13;
/** A word that moves a unit: last, next, this, past, coming, previous, following, … */
export const SHIFT = 1 << 14;
/** A word that counts from the anchor: ago, earlier, later, hence, before, after. */
export const AGO = 1 << 15;
/** `quarter`, `half`, `period` or a quarter code (`Q3`). */
export const QUARTER = 1 << 16;
/** A frequency adverb (`daily`) or a rate word (`once`, `twice`, `times`, `per`). */
export const RATE = 1 << 17;
/** A hyphenated word with a unit or `-long` (`60-day`, `year-long`). */
export const HYPHEN_UNIT = 1 << 18;
/** A plural unit (`years`, `days`). */
export const PLURAL_UNIT = 1 << 19;
/** A word for an edge of a period (`end`, `beginning`, `year-end`) or `week` in `the week of`. */
export const EDGE = 1 << 20;
/** `century` and ordinal century words. */
export const CENTURY = 1 << 21;
/** `half`. */
export const HALF = 1 << 22;
/** `weekend`. */
export const WEEKEND = 1 << 23;
/**
 * A word that can begin an expression before its anchor (`the`, `last`, `early`, `about`, a
 * number word): the engine tries a pattern before the anchor only at such tokens (and at
 * digits, weekdays and months). Not an anchor of any rule.
 */
export const STARTER = 1 << 24;

/*
 * Word families: one word (or a few) that every match of a rule contains as a token, for
 * the rule's `requires`. A sentence without the word does not run the rule at all, though
 * it has the rule's anchors (`the day` has a unit, but `that day` needs `that`). A token
 * has a word family when its leading letters, or those of one of its hyphen-separated
 * parts, are the word (`that`, `That`, `mid-that`, `year2`): a match starts at a token
 * start or after a hyphen, and the words inside a pattern follow white space, so every
 * token a match can hold the word in gets the family. Not anchors of any rule.
 */
/** `year` (every match of `fiscal-year`). */
export const YEAR_WORD = 1 << 25;
/** `that` (`that-period`). */
export const THAT_WORD = 1 << 26;
/** `today`, `tonight`, `yesterday`, `tomorrow` (`deictic-day`). */
export const DAY_WORD = 1 << 27;
/** `this`, `last`, `overnight` (`deictic-part-of-day`). */
export const PART_LEAD = 1 << 28;
/** `noon`, `midday`, `midnight` (`clock-named`). */
export const NOON_WORD = 1 << 29;
/** Every word family. */
const WORD_FAMILIES = YEAR_WORD | THAT_WORD | DAY_WORD | PART_LEAD | NOON_WORD;


const TRIGGERS = new Map<string, number>();
function add(words: Iterable<string>, family: number): void {
  for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | family);
}
add(Object.keys(MONTHS), MONTH);
add(Object.keys(WEEKDAYS), WEEKDAY);
add(Object.keys(WEEKDAYS).map((w) => `${w}s`), WEEKDAY);
add(Object.keys(UNITS), UNIT);
add(Object.keys(UNITS).filter((u) => u.endsWith('s')), PLURAL_UNIT);
add(['yearlong', 'weeklong', 'daylong', 'monthlong', 'midyear', 'year-end', 'yearend', 'mid-year', 'midweek', 'mid-week', 'midmonth', 'mid-month'], UNIT);
add(['today', 'tonight', 'yesterday', 'tomorrow', 'noon', 'midnight', 'midday', 'overnight', ...Object.keys(PARTS_OF_DAY)], DEICTIC);
add([
  'now', 'currently', 'presently', 'present', 'nowadays', 'recently', 'recent', 'lately', 'past', 'future', 'coming', 'ahead',
  'term', 'these', 'time',
], REF);
add(Object.keys(SEASONS), SEASON);
add(['every', 'each'], EVERY);
add(['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'biweekly', 'fortnightly', 'once', 'twice', 'thrice', 'times', 'per'], RATE);
add(new Set(Object.keys(HOLIDAYS).flatMap((h) => h.split(' ').filter((w) => !['day', 'eve', 'of', 'sunday', 'friday', 'al', 'ul', 'el'].includes(w)))), HOLIDAY);
add(['good'], HOLIDAY);
add(['nineteen', 'thousand', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'], NUMWORD);
add(['century', 'centuries', 'nineteenth', 'twentieth', 'twenty-first', 'eighteenth', 'seventeenth', 'sixteenth'], CENTURY);
add(['last', 'next', 'this', 'past', 'coming', 'previous', 'preceding', 'following', 'current', 'present', 'latest', 'recent', 'same'], SHIFT);
add(['ago', 'earlier', 'later', 'hence', 'before', 'after', 'now'], AGO);
add(['quarter', 'quarters', 'half', 'period', 'year-earlier', 'year-ago'], QUARTER);
add(['half'], HALF);
add(['end', 'close', 'beginning', 'start', 'middle', 'turn', 'year-end', 'yearend', 'midyear', 'mid-year', 'midweek', 'mid-week', 'midmonth', 'mid-month'], EDGE);
add(['weekend'], WEEKEND);
add(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'hrs', 'local', "o'clock", 'o’clock', ...ZONES.map((z) => z.toLowerCase())], CLOCK);
add([
  'the', 'a', 'an', 'its', 'their', 'this', 'last', 'next', 'past', 'coming', 'previous', 'preceding', 'following', 'current', 'present',
  'latest', 'most', 'same', 'early', 'mid', 'late', 'earlier', 'later', 'fiscal', 'fy', 'calendar', 'first', 'second', 'third',
  'fourth', 'final', 'latter', 'right', 'these', 'recent', 'once', 'twice', 'thrice', 'per', 'half', 'several', 'few', 'many',
  'dozens', 'hundreds', 'couple', 'number', 'dozen', 'year', 'day', 'nineteen', 'every', 'each', 'at', 'for', 'in', 'about', 'that',
  ...Object.keys(NUMBER_WORDS), '1st', '2nd', '3rd', '4th',
], STARTER);
add(['year'], YEAR_WORD);
add(['that'], THAT_WORD);
add(['today', 'tonight', 'yesterday', 'tomorrow'], DAY_WORD);
add(['this', 'last', 'overnight'], PART_LEAD);
add(['noon', 'midday', 'midnight'], NOON_WORD);

/** Spellings seen so far and their masks; cleared when it grows past `CACHE_LIMIT`. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** Index of a letter (either case) from 0 to 25, or -1. */
function letter(c: number): number {
  const l = (c | 32) - 97;
  return l >= 0 && l < 26 ? l : -1;
}

/**
 * A Bloom-like table: for each (first, second, last letter) of a trigger word, a bit per
 * length (up to 31). A plain word whose entry lacks its length bit triggers nothing: most
 * tokens are rejected by one array read, without lower-casing or hashing.
 */
const SHAPES = new Int32Array(26 * 26 * 26);
for (const w of TRIGGERS.keys()) {
  for (const form of [w, `${w}.`]) {
    const a = letter(form.charCodeAt(0));
    const b = letter(form.charCodeAt(1));
    const z = letter(form.charCodeAt(form.length - 1));
    if (a >= 0 && b >= 0 && z >= 0) SHAPES[(a * 26 + b) * 26 + z]! |= 1 << Math.min(form.length, 31);
  }
}

/**
 * True when `text[start, end)` is letters only and no trigger word has its shape. Reads the
 * characters from the document text (one string, already in cache) rather than from each
 * token's own string.
 */
function surelyPlain(text: string, start: number, end: number): boolean {
  const n = end - start;
  const c0 = text.charCodeAt(start);
  if (n < 2) return (c0 < 48 || c0 > 57) && c0 !== 97 && c0 !== 65;
  const a = ((c0 | 32) - 97) >>> 0;
  const b = ((text.charCodeAt(start + 1) | 32) - 97) >>> 0;
  const z = ((text.charCodeAt(end - 1) | 32) - 97) >>> 0;
  if (a > 25 || b > 25 || z > 25 || n > 31) return false;
  if ((SHAPES[(a * 26 + b) * 26 + z]! & (1 << n)) !== 0) return false;
  if (n < 6) return true;
  for (let i = start + 2; i < end - 1; i++) if (text.charCodeAt(i) === 45) return false;
  return true;
}

/** The families a token's text triggers (0 for most words). */
export function familiesOf(token: string): number {
  return familiesAt(token, 0, token.length, token);
}

/**
 * {@link familiesOf} of the token `spelling`, which is `text.slice(start, end)`: most tokens
 * are rejected from `text` without reading `spelling`.
 */
export function familiesAt(text: string, start: number, end: number, spelling: string): number {
  if (surelyPlain(text, start, end)) return 0;
  switch (spelling) {
    case 'the': case 'The': case 'a': case 'A': case 'in': case 'In': case 'for': case 'at': case 'an': case 'its':
      return STARTER;
    case 'that':
      return STARTER | THAT_WORD;
  }
  const hit = cache.get(spelling);
  if (hit !== undefined) return hit;
  const mask = classify(spelling);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(spelling, mask);
  return mask;
}

function classify(token: string): number {
  const lower = token.toLowerCase();
  let mask = TRIGGERS.get(lower) ?? TRIGGERS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower) ?? 0;
  if (/\d/.test(token)) mask |= DIGIT | numberFamilies(lower);
  // a hyphenated token with digits but no family of its own is read by its parts (`a.m.-2` in `10 a.m.-2 p.m.`)
  if (lower.includes('-') && (mask & ~DIGIT) === 0) {
    for (const part of lower.split('-')) mask |= TRIGGERS.get(part) ?? 0;
    if ((mask & UNIT) !== 0 || lower.endsWith('-long')) mask |= HYPHEN_UNIT;
    mask &= ~PLURAL_UNIT;
  }
  if (lower.endsWith('long') && UNITS[lower.slice(0, -4).replace(/-$/, '')] !== undefined) mask |= HYPHEN_UNIT | UNIT;
  if (/^q[1-4]$|^[1-4]q$/.test(lower)) mask |= QUARTER;
  return mask | wordFamilies(lower);
}

const LEADING_LETTERS = /^[a-z]+/;

/** The word families of a lower-cased token: those of its leading letters and of each hyphen-separated part's. */
function wordFamilies(lower: string): number {
  let mask = 0;
  for (const part of lower.split('-')) {
    const letters = LEADING_LETTERS.exec(part);
    if (letters !== null) mask |= (TRIGGERS.get(letters[0]) ?? 0) & WORD_FAMILIES;
  }
  return mask;
}

function numberFamilies(lower: string): number {
  let mask = 0;
  if (/(?:^|[^\d])\d{4}(?:$|[^\d])/.test(lower)) mask |= YEAR;
  if (/\d:\d|\d(?:am|pm|a\.m|p\.m|h|gmt|utc)/.test(lower)) mask |= CLOCK;
  if (/^\d{4}-\d{2}-\d{2}|\d\/\d/.test(lower)) mask |= NUMERIC_DATE;
  if (/\d0s$/.test(lower)) mask |= DECADE;
  if (/\d(?:st|nd|rd|th)$/.test(lower)) mask |= CENTURY;
  if (/^\d+-[a-z]/.test(lower)) mask |= HYPHEN_UNIT | UNIT;
  if (/\d½|^\d\/2$/.test(lower)) mask |= HALF;
  return mask;
}
