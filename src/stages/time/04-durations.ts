/**
 * @module stages/time/04-durations — proposers for durations and sets: `six weeks`, `the past
 * three years`, `a 60-day ceasefire` (`60-day`), `half an hour`, `for years`, `every day`,
 * `daily`, `twice a week`, `Mondays`.
 *
 * A duration's value is ISO 8601 (`P60D`, `PT2H`, `P2Y6M`, `PXY` when the count is vague).
 * TimeML spans keep the determiner and the `past`/`next` words (`the past three years`) and
 * leave out the noun a hyphenated duration modifies (`60-day`).
 */
import { EVERY, HALF, HYPHEN_UNIT, PLURAL_UNIT, RATE, UNIT as F_UNIT } from './01-triggers.js';
import {
  COUNT, HYPHEN_COUNT, MONTH_FULL, UNIT, UNIT_SINGULAR, WEEKDAY, atSentenceStart, capitalized, countOf, durationValue, isPlural, monthOf, pad,
  rawWordAfter, rawWordBefore, unitOf, weekdayOf, wordBefore,
} from './patterns.js';
import { known, whole, type Rule } from './rule.js';

/** Words after which `a year` is a rate (`$5 billion a year`, `twice a day`): a set, not a duration. */
const RATE_BEFORE = /(?:\d|million|billion|trillion|thousand|hundred|percent|%|times|once|twice|thrice|dollars|euros|pounds|people|each|more|less|shekels|calories|hours|miles|kilometers|tons|barrels|doses|meals)$/i;

/**
 * Guards: an age (`52 years old`), a fraction (`a quarter of the market`, but not the vague
 * `several quarters of losses`), an ordinal (`a
 * second group`) and a capitalised unit inside a name (`60 Minutes`) are not durations.
 */
function notADuration(text: string, start: number, end: number, unitRaw: string, countLower: string): boolean {
  const after = text.slice(end, end + 12).toLowerCase();
  if (/^\s+old\b|^-old\b/.test(after)) return true;
  if (/^quarters?$/i.test(unitRaw) && /^\s+of\s/.test(after) && countOf(countLower) !== null) return true;
  if ((countLower === 'a' || countLower === 'one') && /^second$/i.test(unitRaw)) {
    // `for a second day of talks`, `in a second round`: an ordinal before its noun, whatever precedes it
    if (ORDINAL_NOUN_AFTER.test(text.slice(end, end + 24))) return true;
    if (!/^(?:for|in|within|than|about|half|just|only)$/.test(wordBefore(text, start))) return true;
  }
  return capitalized(unitRaw) && !atSentenceStart(text, start) && /[a-z]/.test(unitRaw);
}

/**
 * A noun after `a second` that makes it an ordinal (`for a second day`, `a second straight
 * week`, `in a second round of talks`): what comes in a series. Any other word leaves the
 * unit of time (`for a second before`, `flickered for a second during the ceremony`).
 */
const ORDINAL_NOUN_AFTER = /^\s+(?:(?:straight|consecutive|successive|full|major|new|separate|possible|final)\s+)?(?:day|days|night|week|weekend|month|year|round|rounds|time|phase|stage|term|session|sitting|meeting|visit|trip|attempt|batch|group|wave|convoy|delegation|deal|truce|ceasefire|exchange|swap|release|vote|ballot|draft|proposal|offer|plan|strike|walkout|deadline|extension|team|envoy)\b/i;

/** A quantity a few words before `a day` makes it a rate (`200 trucks of aid a day`). */
const QUANTITY_BEFORE = /(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|dozens?)\s+(?:[a-z]+\s+){0,3}$/i;

/** `six weeks`, `15 months`, `the past three years`, `a few days`, `the next two weeks`, `a year and a half`. */
const countedUnits: Rule = {
  id: 'counted-units',
  reason: 'a count (or a range of counts: PXW) and a unit; TimeML keeps "the past/next/first" in the span; a unit after a rate ("a year" in "$5 a year"), an age, a fraction or a title is not a duration',
  needs: F_UNIT,
  reach: 6,
  pattern: new RegExp(`\\b(?:((?:the\\s+)?(?:first|past|next|coming|previous|following|latest|final|remaining|initial|preceding)|the\\s+last|the)\\s+)?(${COUNT})(?:\\s*(?:to|-|–)\\s*(${COUNT}))?\\s+(?:(?:more|additional|full|long|straight|consecutive|whole|extra|further|successive|trading|business|working|calendar|solid|short|hard|busy|grueling|tense|difficult|intense|frantic|critical|agonizing|painful|bloody)\\s+)?(${UNIT})(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?(?![a-z-])`, 'gi'),
  build(m, text) {
    const [all, lead, countRaw, upperRaw, unitRaw] = m;
    const unit = unitOf(unitRaw!);
    if (unit === null) return null;
    const countLower = countRaw!.toLowerCase();
    const plural = isPlural(unitRaw!);
    let count = upperRaw === undefined ? countOf(countRaw!) : null;
    if (upperRaw !== undefined && (countOf(countRaw!) === null || countOf(upperRaw) === null || countOf(upperRaw)! <= countOf(countRaw!)!)) return null;
    if (count !== null && /\band\s+a\s+half(?:\s+or\s+so)?$/i.test(all!)) count += 0.5;
    if (count === 1 && plural && !/and a half/i.test(all!)) return null;
    if ((countLower === 'a' || countLower === 'an') && plural && upperRaw === undefined) return null;
    if (count === null && !plural && upperRaw === undefined) return null;
    const start = m.index;
    if (lead === undefined && (countLower === 'a' || countLower === 'an' || countLower === 'one') && !plural) {
      const before = wordBefore(text, start);
      if (RATE_BEFORE.test(before) || before === 'per' || QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
    }
    if (unit === 'hour' && /^\d{4}$/.test(countRaw!)) return null;
    if (notADuration(text, m.index, m.index + all!.length, unitRaw!, countLower)) return null;
    return whole(m, 'duration', known(durationValue(count, unit)), 'duration');
  },
};

/** `half an hour`, `half a century`, `half-hour`. */
const halfUnit: Rule = {
  id: 'half-unit',
  reason: 'half of a unit, written out',
  needs: HALF,
  reach: 2,
  pattern: /\b(?:half\s+an?\s+(hour|day|year|decade|century)|(?:a\s+)?half[-\s](hour|day|year|century)(?!s))(?![a-z-])/gi,
  build(m) {
    const unit = unitOf((m[1] ?? m[2])!);
    return unit === null ? null : whole(m, 'duration', known(durationValue(0.5, unit)), 'duration');
  },
};

/** `60-day`, `two-year`, `42-day`, `24-hour`, `year-long`, `months-long`, `several-year` (PXY). */
const hyphenated: Rule = {
  id: 'hyphenated-duration',
  reason: 'a count joined to a unit by a hyphen modifies a noun ("a 60-day ceasefire"); the span is the hyphenated word alone. Ages (-year-old) are left out',
  needs: HYPHEN_UNIT,
  reach: 0,
  pattern: new RegExp(`\\b(?:(${HYPHEN_COUNT}|several|multi|many)-(${UNIT_SINGULAR})(?:-long)?|(${UNIT})-long|(year|week|day|month)long)(?![a-z]|-old)`, 'gi'),
  build(m) {
    const [, countRaw, unitRaw, longUnit, closedLong] = m;
    if (countRaw !== undefined && /^(?:several|multi|many)$/i.test(countRaw)) {
      const unit = unitOf(unitRaw!);
      return unit === null ? null : whole(m, 'duration', known(durationValue(null, unit)), 'duration');
    }
    if (countRaw !== undefined) {
      const count = countRaw.toLowerCase() === 'half' ? 0.5 : countOf(countRaw.replace(/-and-a-half$/i, ' and a half').replace(/-/g, ' '));
      const unit = unitOf(unitRaw!);
      if (count === null || unit === null) return null;
      return whole(m, 'duration', known(durationValue(count, unit)), 'duration');
    }
    const unit = unitOf((longUnit ?? closedLong)!);
    if (unit === null) return null;
    return whole(m, 'duration', known(durationValue(isPlural((longUnit ?? closedLong)!) ? null : 1, unit)), 'duration');
  },
};

/** `for years`, `within days`, `after months of talks`: a bare plural unit after a preposition. */
const bareUnits: Rule = {
  id: 'bare-units',
  reason: 'a plural unit with no count after for/in/over/within/after/took is an unspecified duration (PXY)',
  needs: PLURAL_UNIT,
  reach: 0,
  pattern: /(?<=\b(?:for|in|over|within|after|took|take|takes|taken|lasted|last|lasting|spent|spend|wait|waited|than)\s+)(years|months|weeks|days|hours|minutes|decades|centuries)(?![a-z-])(?!\s+(?:ago|earlier|later|old)\b)/gi,
  build(m) {
    const unit = unitOf(m[1]!);
    return unit === null ? null : whole(m, 'duration', known(durationValue(null, unit)), 'duration');
  },
};

const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', nightly: 'XXXX-XX-XXTNI',
  biweekly: 'P2W', fortnightly: 'P2W',
};

/** `daily`, `weekly`, `annually` ("quarterly" is left out: in TimeBank it is mostly not tagged). */
const frequencyWord: Rule = {
  id: 'frequency-word',
  reason: 'an adverb or adjective of frequency is a set; a capitalised one inside a name (the Daily Telegraph, the Levant Daily) is not',
  needs: RATE,
  reach: 0,
  pattern: /\b(daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|fortnightly)(?![a-z-])/gi,
  build(m, text) {
    if (capitalized(m[1]!) && m.index > 0 && (capitalized(rawWordAfter(text, m.index + m[0].length)) || capitalized(rawWordBefore(text, m.index)))) return null;
    return whole(m, 'set', known(FREQUENCY_WORDS[m[1]!.toLowerCase()]!), 'set');
  },
};

/** `every day`, `each year`, `every two weeks`, `every other day`, `every Monday`, `each July`, `every morning`. */
const everyUnit: Rule = {
  id: 'every',
  reason: 'every/each with a unit, weekday, month or part of day is a set',
  needs: EVERY,
  reach: 0,
  pattern: new RegExp(`\\b(?:every|each)\\s+(?:(other)\\s+|(${COUNT})\\s+)?(?:(${UNIT})|(${WEEKDAY})|(${MONTH_FULL})|(morning|afternoon|evening|night))(?![a-z-])`, 'gi'),
  build(m) {
    const [, other, countRaw, unitRaw, wd, mon, part] = m;
    if (unitRaw !== undefined) {
      const unit = unitOf(unitRaw);
      if (unit === null) return null;
      const n = other !== undefined ? 2 : countRaw === undefined ? 1 : countOf(countRaw);
      if (n === null) return null;
      return whole(m, 'set', known(durationValue(n, unit)), 'set');
    }
    if (wd !== undefined) return whole(m, 'set', known(`XXXX-WXX-${weekdayOf(wd)}`), 'set');
    if (mon !== undefined) return capitalized(mon) ? whole(m, 'set', known(`XXXX-${pad(monthOf(mon))}`), 'set') : null;
    const codes: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
    return whole(m, 'set', known(`XXXX-XX-XXT${codes[part!.toLowerCase()]}`), 'set');
  },
};

/** `twice a week`, `three times a year`, `once a month`, `per year`. */
const rate: Rule = {
  id: 'rate',
  reason: 'a number of times per unit, or "per unit" after a quantity, is a set',
  needs: RATE,
  reach: 5,
  requires: F_UNIT,
  pattern: new RegExp(`\\b(?:(?:once|twice|thrice|(?:${COUNT})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_SINGULAR})|per\\s+(day|week|month|year|hour|annum))(?![a-z-])`, 'gi'),
  build(m, text) {
    if (m[2] !== undefined && !RATE_BEFORE.test(wordBefore(text, m.index))) return null;
    const w = (m[1] ?? m[2])!.toLowerCase();
    const unit = unitOf(w === 'annum' ? 'year' : w);
    return unit === null ? null : whole(m, 'set', known(durationValue(1, unit)), 'set');
  },
};

/** The duration and set proposers, in priority order. */
export const DURATION_RULES: readonly Rule[] = [everyUnit, rate, frequencyWord, countedUnits, halfUnit, hyphenated, bareUnits];
