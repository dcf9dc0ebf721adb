/**
 * @module stages/time/02-calendar — proposers for calendar dates: days, months, years,
 * decades, centuries, quarters, halves, seasons, holidays and weekdays.
 *
 * A date written with its year is `known`; one without (`October 7`, `April`, `Monday`,
 * `the third quarter`) is relative and gets its year (or week) from the anchor day and the
 * tense (pass 05). Guards keep numbers that are not years out (`Resolution 2735`, `2000
 * prisoners`) and month and weekday words that are names (`Theresa May`, `Sunday Times`).
 */
import { CENTURY, DECADE, DIGIT, HOLIDAY, MONTH as F_MONTH, NUMERIC_DATE, NUMWORD, QUARTER, SEASON as F_SEASON, WEEKDAY as F_WEEKDAY, YEAR } from './01-triggers.js';
import { COUNT_NOUNS, HOLIDAY_NAMED, HOLIDAYS, NUMBER_NOUNS, SEASONS } from './lexicon.js';
import {
  DAY, MONTH, MONTH_FULL, ORDINAL, WEEKDAY, WEEKDAY_ANY, atSentenceStart, capitalized, daysInMonth, monthOf, ordinalOf, pad,
  rawWordAfter, rawWordBefore, weekdayOf, wordBefore,
} from './patterns.js';
import { holidayDay } from './calendar.js';
import { known, whole, type Proposal, type Rule } from './rule.js';
import type { Mod, Season, Shift, TimexValue } from './types.js';

const NUMBER_NOUN_SET: ReadonlySet<string> = new Set(NUMBER_NOUNS);
const COUNT_NOUN_SET: ReadonlySet<string> = new Set(COUNT_NOUNS);
/** Determiners after which `the 1967 lines` is a year even before a plural noun. */
const YEAR_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'pre', 'post', 'pre-', 'post-', 'since', 'in', 'by', 'of', 'from', 'until', 'before', 'after', 'during']);
/** Capitalised words a year may follow (`In 1990`, `Fiscal 1989`); after any other (`Orion 1980`, `Windows 2000`) it is part of a name. */
const YEAR_NAMES_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'from', 'of', 'for', 'during', 'after', 'before', 'through', 'fiscal', 'year', 'early', 'late', 'mid',
  'summer', 'spring', 'fall', 'autumn', 'winter', 'christmas', 'easter', 'and', 'or', 'between', 'circa', 'around', 'about', 'also',
  'but', 'then', 'as', 'at', 'on', 'to', 'like', 'unlike', 'because', 'when', 'while', 'yet', 'so', 'still', 'only', 'even',
]);

/** Words before a bare `May` or `March` that make it a month. */
const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'mid-', 'of', 'from', 'to', 'through',
  'during', 'before', 'after', 'between', 'and', 'or', 'every', 'each', 'past', 'coming', 'on', 'around', 'throughout', 'end',
  'start', 'beginning', 'middle', 'the', 'that', 'whole', 'entire', 'into', 'for', 'late-', 'early-', 'as', 'than',
]);
/** Words before a weekday that make it part of a name or a holiday (`Bloody Sunday`, `Super Tuesday`). */
const WEEKDAY_NAME_BEFORE: ReadonlySet<string> = new Set(['bloody', 'black', 'cyber', 'super', 'ash', 'good', 'holy', 'palm', 'easter', 'maundy', 'shrove', 'whit', 'giving', 'manic', 'blue', 'mad', 'freaky', 'casual', 'great', 'low']);
/** Words after a weekday that make it part of a name (`Sunday Times`, `Monday Night Football`). */
const WEEKDAY_NAME_AFTER: ReadonlySet<string> = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'star', 'observer', 'independent', 'mail', 'people', 'sport', 'tribune', 'football', 'school', 'club', 'prayer', 'magazine', 'edition', 'review', 'globe', 'world', 'business', 'show', 'briefing', 'night football']);

/** Century of a two-digit year: `'90s` are the 1990s, `'20s` the 2020s. */
function century(twoDigits: number): number {
  return twoDigits >= 30 ? 1900 : 2000;
}

function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(m, y)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function dayNumber(s: string): number {
  return Number.parseInt(s, 10);
}

/** A month-day value: known when the year is written, else relative. */
function monthDayValue(month: number, d: number, year: string | undefined, weekday: string | undefined): TimexValue | null {
  if (month === 0 || d < 1 || d > daysInMonth(month)) return null;
  if (year !== undefined) {
    const v = day(Number(year), month, d);
    return v === null ? null : known(v);
  }
  const wd = weekday === undefined ? 0 : weekdayOf(weekday);
  return wd ? { op: 'month-day', month, day: d, tense: 'unknown', weekday: wd } : { op: 'month-day', month, day: d, tense: 'unknown' };
}

/** `June 10`, `Oct. 7, 2023`, `Tuesday, Oct. 26`, `June 10-12, 2024`. */
const monthDay: Rule = {
  id: 'month-day',
  reason: 'a month name or abbreviation followed by a day number, with an optional weekday before and year after; a day range gives two dates',
  needs: F_MONTH,
  reach: 3,
  requires: DIGIT,
  pattern: new RegExp(`\\b(?:(${WEEKDAY_ANY}),?\\s+)?(${MONTH})\\s+(${DAY})(?!\\d|[:.,]\\d|\\s*%)(?:\\s*[-–]\\s*(${DAY})(?!\\d|[:.,]\\d|\\s*%)|\\s+(?:to|through|until|and)\\s+(${DAY})(?!\\d|[:.,]\\d|\\s*%|\\s+[a-z])|((?:,\\s*${DAY}(?!\\d|[:.]\\d|\\s*%)){1,5}),?\\s+and\\s+(${DAY})(?!\\d|[:.,]\\d|\\s*%|\\s+[a-z]))?(?:,?\\s+('?\\d{4}|'\\d\\d)(?!\\d|[,:.]\\d))?`, 'gi'),
  build(m) {
    const [all, wd, mon, d1, dash2, word2, listMid, listLast, yearRaw] = m;
    if (listMid !== undefined) return dayList(m, all!, wd, mon!, d1!, listMid, listLast!, yearRaw);
    const d2 = dash2 ?? word2;
    if (!capitalized(mon!) || (wd !== undefined && !capitalized(wd))) return null;
    const month = monthOf(mon!);
    const year = yearRaw === undefined ? undefined : yearRaw.startsWith("'") ? String(century(Number(yearRaw.slice(1))) + Number(yearRaw.slice(1))) : yearRaw;
    if (year !== undefined && (Number(year) < 1000 || Number(year) > 2199)) return null;
    const first = monthDayValue(month, dayNumber(d1!), year, wd);
    if (first === null) return null;
    if (d2 === undefined) return whole(m, 'date', first, 'day');
    const second = monthDayValue(month, dayNumber(d2), year, undefined);
    if (second === null || dayNumber(d2) <= dayNumber(d1!)) return null;
    const firstEnd = m.index + all!.indexOf(d1!, (wd?.length ?? 0) + mon!.length) + d1!.length;
    const secondStart = m.index + all!.lastIndexOf(d2, yearRaw === undefined ? all!.length : all!.length - yearRaw.length - 1);
    return [
      { start: m.index, end: firstEnd, type: 'date', value: first, role: 'day' },
      { start: secondStart, end: m.index + all!.length, type: 'date', value: second, role: 'day', rule: 'month-day-range-end' },
    ];
  },
};

/**
 * `Jan. 14, 16 and 18` (optionally with a year after the last): one date per day, each
 * spanning its own number (the first with the month), in increasing order; else null.
 */
function dayList(m: RegExpExecArray, all: string, wd: string | undefined, mon: string, d1: string, listMid: string, listLast: string, yearRaw: string | undefined): Proposal[] | null {
  if (!capitalized(mon) || (wd !== undefined && !capitalized(wd))) return null;
  if (yearRaw !== undefined && yearRaw.startsWith("'")) return null;
  if (yearRaw !== undefined && (Number(yearRaw) < 1000 || Number(yearRaw) > 2199)) return null;
  const month = monthOf(mon);
  const days = [d1, ...listMid.split(',').map((x) => x.trim()).filter((x) => x !== ''), listLast];
  const numbers = days.map(dayNumber);
  for (let i = 1; i < numbers.length; i++) if (numbers[i]! <= numbers[i - 1]!) return null;
  const out: Proposal[] = [];
  let from = all.indexOf(d1, (wd?.length ?? 0) + mon.length);
  for (let i = 0; i < days.length; i++) {
    const value = monthDayValue(month, numbers[i]!, yearRaw, i === 0 ? wd : undefined);
    if (value === null) return null;
    const at = i === 0 ? from : all.indexOf(days[i]!, from);
    const end = m.index + at + days[i]!.length;
    out.push({ start: i === 0 ? m.index : m.index + at, end: i === days.length - 1 && yearRaw !== undefined ? m.index + all.length : end, type: 'date', value, role: 'day', rule: i === 0 ? 'month-day' : 'month-day-list' });
    from = at + days[i]!.length;
  }
  return out;
}

/** `10 June 2024`, `7th of October`, `Tuesday 5 March`, `from 20 to 23 June`. */
const dayMonth: Rule = {
  id: 'day-month',
  reason: 'a day number before a month name (British and military order), with optional weekday and year',
  needs: F_MONTH,
  reach: 4,
  requires: DIGIT,
  pattern: new RegExp(`(?<![\\d.,:$])\\b(?:(${WEEKDAY_ANY}),?\\s+)?(${DAY})(?:\\s*[-–]\\s*(${DAY})|\\s+(?:to|and|until|through)\\s+(${DAY}))?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|[,:.]\\d))?`, 'gi'),
  build(m, text) {
    const [all, wd, d1, dash2, word2, mon, year] = m;
    const d2 = dash2 ?? word2;
    if (!capitalized(mon!) || (wd !== undefined && !capitalized(wd))) return null;
    if (/\bof\s/i.test(all!) && !/(?:st|nd|rd|th)$/i.test(d1!) && d2 === undefined) return null;
    const month = monthOf(mon!);
    const secondStart = d2 === undefined ? -1 : m.index + all!.indexOf(d2, all!.indexOf(d1!) + d1!.length);
    // `from 20 to 23 June`, `on 22 and 23 June`: a range in words only after from/between/on; else the first number is a count, not a day
    if (word2 !== undefined && !/^(?:from|between|on)$/.test(wordBefore(text, m.index))) {
      const only = monthDayValue(month, dayNumber(word2), year, undefined);
      return only === null ? null : { start: secondStart, end: m.index + all!.length, type: 'date', value: only, role: 'day' };
    }
    const first = monthDayValue(month, dayNumber(d1!), year, wd);
    if (first === null) return null;
    if (d2 === undefined) return whole(m, 'date', first, 'day');
    const second = monthDayValue(month, dayNumber(d2), year, undefined);
    if (second === null || dayNumber(d2) <= dayNumber(d1!)) return null;
    const firstEnd = m.index + all!.indexOf(d1!) + d1!.length;
    return [
      { start: m.index, end: firstEnd, type: 'date', value: first, role: 'day' },
      { start: secondStart, end: m.index + all!.length, type: 'date', value: second, role: 'day', rule: 'day-month-range-end' },
    ];
  },
};

/** Words before `the 15th` that make it a day: prepositions of time (`until the 15th`, `on the 7th`). */
const DAY_OF_MONTH_BEFORE: ReadonlySet<string> = new Set([
  'on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'through', 'to', 'and', 'or', 'between', 'starting', 'beginning',
  'effective', 'of', 'for',
]);
/** Lower-case words that may follow `the 15th` when it is a day (`on the 7th and the 9th`); any other word makes it an ordinal (`the 15th round`). */
const DAY_OF_MONTH_AFTER: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'at', 'in', 'when', 'while', 'if', 'but', 'after', 'before', 'until', 'till', 'through', 'unless', 'because', 'as',
  // a verb's auxiliary: the ordinal ends its noun phrase (`the vote on the 15th was cancelled`)
  'was', 'were', 'had', 'has', 'is', 'will', 'would', 'could', 'should', 'might', 'must',
]);

/** Words that join `the 3rd` to another ordinal: then that one must be a day too (`from the 3rd to the 5th position` is no day). */
const DAY_RANGE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till']);
const NEXT_ORDINAL = /^\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])/i;
const OF_MONTH = new RegExp(`^\\s+of\\s+(?:${MONTH}|(?:this|next|last|the)\\s+month(?![\\w-]))`, 'i');

/**
 * True when what follows an ordinal at `end` lets it be a day: punctuation or the end, a
 * conjunction or preposition, or — after `and`/`to`/… — another ordinal that is a day itself
 * (`from the 1st to the 15th.`, `the 3rd to the 5th of January`).
 */
function endsDay(text: string, end: number, depth = 0): boolean {
  const next = /^\s*(\S)/.exec(text.slice(end, end + 3));
  if (next === null || !/[\p{L}\d]/u.test(next[1]!)) return true;
  const word = rawWordAfter(text, end);
  if (!DAY_OF_MONTH_AFTER.has(word)) return false;
  if (!DAY_RANGE_WORDS.has(word)) return true;
  const after = end + text.slice(end).indexOf(word) + word.length;
  const other = NEXT_ORDINAL.exec(text.slice(after, after + 12));
  if (other === null) return !/^\s+(?:the\s+)?\d/i.test(text.slice(after, after + 8));
  const otherEnd = after + other[0].length;
  return depth < 1 && (OF_MONTH.test(text.slice(otherEnd, otherEnd + 20)) || endsDay(text, otherEnd, depth + 1));
}

/** `until the 15th`, `on the 7th`, `the 1st of next month`. */
const dayOfMonth: Rule = {
  id: 'day-of-month',
  reason: 'an ordinal day with no month after a preposition of time ("until the 15th"): a day of the anchor\'s month or a neighbour, by tense; not before a noun ("the 15th round") or a name ("the 15th Amendment")',
  needs: CENTURY,
  requires: DIGIT,
  reach: 1,
  pattern: /\bthe\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?:\s+of\s+(this|next|last|the)\s+month(?![\w-]))?/gi,
  build(m, text) {
    const [all, d, which] = m;
    const n = dayNumber(d!);
    const suffix = /(\d)(st|nd|rd|th)/i.exec(all!)!;
    const expected = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    if (suffix[2]!.toLowerCase() !== expected) return null;
    if (!DAY_OF_MONTH_BEFORE.has(wordBefore(text, m.index))) return null;
    const end = m.index + all!.length;
    if (which === undefined) {
      if (!endsDay(text, end)) return null;
      return whole(m, 'date', { op: 'day-of-month', day: n, tense: 'unknown' }, 'day');
    }
    const w = which.toLowerCase();
    const monthShift = w === 'next' ? 1 : w === 'last' ? -1 : 0;
    return whole(m, 'date', { op: 'day-of-month', day: n, tense: 'unknown', monthShift }, 'day');
  },
};

/** `2024-02-02`, `2024-02-02T10:30`. */
const isoDate: Rule = {
  id: 'iso-date',
  reason: 'an ISO 8601 day, optionally with a clock time',
  needs: NUMERIC_DATE,
  reach: 0,
  pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
  build(m) {
    const v = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v === null) return null;
    if (m[4] !== undefined) return whole(m, 'time', known(`${v}T${m[4]}:${m[5]}`), 'clock');
    return whole(m, 'date', known(v), 'day');
  },
};

/** `10/7/2023` (US order unless the first number cannot be a month), `2024/02/02`. */
const slashedDate: Rule = {
  id: 'slashed-date',
  reason: 'a date written with slashes and a year: month/day/year (US order), day/month/year when the first number is over 12, or year/month/day',
  needs: NUMERIC_DATE,
  reach: 0,
  pattern: /(?<![\d/])(\d{1,4})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
  build(m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const c = Number(m[3]);
    if (m[1]!.length === 4) {
      const v = m[3]!.length <= 2 ? day(a, b, c) : null;
      return v === null ? null : whole(m, 'date', known(v), 'day');
    }
    if (m[1]!.length > 2) return null;
    const y = m[3]!.length === 2 ? century(c) + c : c;
    const v = a > 12 ? day(y, b, a) : day(y, a, b);
    return v === null ? null : whole(m, 'date', known(v), 'day');
  },
};

/** `October 2023`, `Oct. 2023`, `October of 2023`. */
const monthYear: Rule = {
  id: 'month-year',
  reason: 'a month name followed by a four-digit year',
  needs: F_MONTH,
  reach: 0,
  requires: YEAR,
  pattern: new RegExp(`\\b(${MONTH}),?\\s+(?:of\\s+)?(\\d{4})(?!\\d|[,:.]\\d)`, 'gi'),
  build(m) {
    if (!capitalized(m[1]!)) return null;
    const y = Number(m[2]);
    if (y < 1000 || y > 2199) return null;
    return whole(m, 'date', known(`${m[2]}-${pad(monthOf(m[1]!))}`), 'period');
  },
};

/** A bare month name: `April`, `last April`, `April last year`. */
const bareMonth: Rule = {
  id: 'month',
  reason: 'a month name written in full; May and March only after a word that introduces a date (in, since, by, early, last …)',
  needs: F_MONTH,
  reach: 3,
  pattern: new RegExp(`\\b(?:(last|next|this(?:\\s+past|\\s+coming)?)\\s+)?(${MONTH_FULL})(?:\\s+(last|this|next)\\s+year(?![a-z']))?`, 'gi'),
  build(m, text) {
    const [all, shiftWord, mon, yearWord] = m;
    const monStart = m.index + all!.indexOf(mon!, shiftWord?.length ?? 0);
    if (!capitalized(mon!)) return null;
    const lower = mon!.toLowerCase();
    const before = wordBefore(text, monStart);
    const prevRaw = rawWordBefore(text, monStart);
    const introduced = shiftWord !== undefined || yearWord !== undefined || MONTH_CONTEXT.has(before);
    if ((lower === 'may' || lower === 'march') && !introduced) return null;
    if (!introduced && prevRaw !== '' && capitalized(prevRaw) && !atSentenceStart(text, m.index + all!.indexOf(prevRaw))) return null;
    if (!introduced && capitalized(rawWordAfter(text, m.index + all!.length)) && lower !== 'december' && lower !== 'november' && lower !== 'october') {
      const after = rawWordAfter(text, m.index + all!.length);
      if (/^[A-Z][a-z]+$/.test(after) && !atSentenceStart(text, m.index)) return null;
    }
    const month = monthOf(mon!);
    const yearShift = yearWord === undefined ? undefined : yearWord.toLowerCase() === 'last' ? -1 : yearWord.toLowerCase() === 'next' ? 1 : 0;
    const shift = shiftOf(shiftWord);
    const thisMonth = shiftWord !== undefined && /^this$/i.test(shiftWord);
    const value: TimexValue = yearShift === undefined && !thisMonth
      ? { op: 'month', which: month, tense: 'unknown', shift }
      : { op: 'month', which: month, tense: 'unknown', shift: 0, yearShift: yearShift ?? 0 };
    return whole(m, 'date', value, 'period');
  },
};

function shiftOf(word: string | undefined): Shift {
  if (word === undefined) return 0;
  const w = word.toLowerCase();
  if (w.startsWith('last') || w.endsWith('past')) return -1;
  if (w.startsWith('next') || w.endsWith('coming')) return 1;
  return 0;
}

/** `Monday`, `last Monday`, `this coming Friday`, `Mondays` (a set). */
const weekday: Rule = {
  id: 'weekday',
  reason: 'a weekday name; its week comes from the tense of the clause (pass 05) or from last/next/this',
  needs: F_WEEKDAY,
  reach: 2,
  pattern: new RegExp(`\\b(?:(last|next|this(?:\\s+past|\\s+coming)?|past|coming)\\s+)?(${WEEKDAY})(s)?(?![a-z])`, 'gi'),
  build(m, text) {
    const [all, shiftWord, name, plural] = m;
    if (!capitalized(name!)) return null;
    const nameStart = m.index + all!.length - name!.length - (plural?.length ?? 0);
    if (WEEKDAY_NAME_BEFORE.has(wordBefore(text, nameStart))) return null;
    const after = rawWordAfter(text, m.index + all!.length);
    if (capitalized(after) && WEEKDAY_NAME_AFTER.has(after.toLowerCase())) return null;
    const d = weekdayOf(name!);
    if (plural !== undefined) return shiftWord === undefined ? whole(m, 'set', known(`XXXX-WXX-${d}`), 'set') : null;
    const shift = shiftOf(shiftWord);
    const value: TimexValue = shiftWord !== undefined && /^this\s/i.test(shiftWord) ? { op: 'weekday', day: d, tense: shift < 0 ? 'past' : 'future', shift: 0 } : { op: 'weekday', day: d, tense: 'unknown', shift };
    return whole(m, 'date', value, 'day');
  },
};

/** Guards for a four-digit number read as a year. */
function plausibleYear(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const rawBefore = rawWordBefore(text, start);
  if (/^[A-Z][a-z]+$/.test(rawBefore) && !atSentenceStart(text, start - rawBefore.length - 1) && !YEAR_NAMES_BEFORE.has(before)) return false;
  if (NUMBER_NOUN_SET.has(before) || NUMBER_NOUN_SET.has(before.replace(/\.$/, ''))) return false;
  if (/^\d[\d,.]*$/.test(before)) return false;
  // a full stop after the word ends the sentence (`freed 2014 people.`)
  const after = rawWordAfter(text, end).replace(/\.+$/, '');
  const lower = after.toLowerCase();
  if (/^\d/.test(after) || COUNT_NOUN_SET.has(lower)) return false;
  if (/^[a-z]{3,}s$/.test(after) && !lower.endsWith('ss') && !YEAR_DETERMINERS.has(before)) return false;
  return true;
}

/** `1967`, `in 2024`, `mid-2024`, `fiscal 2024`, `FY2024`, `the year 2000`. */
const year: Rule = {
  id: 'year',
  reason: 'a four-digit number from 1600 to 2099 that no neighbouring word makes a count, an identifier or a clock time',
  needs: YEAR,
  reach: 3,
  pattern: /(?<![\w$€£#.,/:+]|\d[-–])(?:(early|mid|late)[-\s]?|(fiscal(?:\s+year)?\s+|FY\s?)|(the\s+year\s+))?(1[6-9]\d\d|20\d\d)(?![\w%]|[.,:]\d|[-–/]\d{3}|-for-|\s?%)/gi,
  build(m, text) {
    const [all, part, fiscal, theYear, y] = m;
    const yearStart = m.index + all!.length - y!.length;
    if (part === undefined && fiscal === undefined && theYear === undefined && !plausibleYear(text, yearStart, m.index + all!.length)) return null;
    if (part !== undefined && /^\s/.test(all!.slice(part.length)) && !/[-]/.test(all!)) {
      return { start: yearStart, end: m.index + all!.length, type: 'date', value: known(y!), role: 'year' };
    }
    const mod: Mod | undefined = part === undefined ? undefined : modOf(part);
    return whole(m, 'date', mod ? { op: 'known', value: y!, mod } : known(y!), 'year');
  },
};

/** `2014-2016`, `1948–1949`: two years, each its own expression (as TimeML writes a range). */
const yearRange: Rule = {
  id: 'year-range',
  reason: 'two four-digit years joined by a dash, the second later and within a century, that no neighbouring word makes counts or identifiers',
  needs: YEAR,
  reach: 0,
  pattern: /(?<![\w$€£#.,/:+-])(1[6-9]\d\d|20\d\d)\s?[-–]\s?(1[6-9]\d\d|20\d\d)(?![\w%-]|[.,:]\d|\s?%)/g,
  build(m, text) {
    const [all, a, b] = m;
    if (Number(b) <= Number(a) || Number(b) - Number(a) > 100) return null;
    if (!plausibleYear(text, m.index, m.index + all!.length)) return null;
    const second = m.index + all!.length - b!.length;
    return [
      { start: m.index, end: m.index + a!.length, type: 'date', value: known(a!), role: 'year' },
      { start: second, end: m.index + all!.length, type: 'date', value: known(b!), role: 'year', rule: 'year-range-end' },
    ];
  },
};

function modOf(word: string): Mod | undefined {
  const w = word.toLowerCase().replace(/-$/, '');
  if (w === 'early' || w === 'earlier' || w.startsWith('the beginning') || w.startsWith('the start')) return 'START';
  if (w === 'mid' || w.startsWith('the middle')) return 'MID';
  if (w === 'late' || w === 'later' || w.startsWith('the end')) return 'END';
  return undefined;
}

const DECADE_WORDS: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** `the 1990s`, `the late 1970s`, `the '90s`, `the nineties`, `mid-1990s`. */
const decade: Rule = {
  id: 'decade',
  reason: 'a decade written with digits and s, an apostrophe, or in words after "the"; early/mid/late set the mod',
  needs: DECADE | NUMWORD,
  reach: 3,
  pattern: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?(?:(1[0-9]|20)(\d)0s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])/gi,
  build(m) {
    const [all, part, cent, dec, apos, word] = m;
    if (word !== undefined && !/^the\s/i.test(all!)) return null;
    let value: string;
    if (cent !== undefined) value = `${cent}${dec}`;
    else if (apos !== undefined) value = `${century(Number(apos) * 10) / 100}${apos}`;
    else value = `19${DECADE_WORDS[word!.toLowerCase()]}`;
    const mod = part === undefined ? undefined : modOf(part);
    return whole(m, 'date', mod ? { op: 'known', value, mod } : known(value), 'year');
  },
};

const CENTURY_WORDS: Readonly<Record<string, number>> = { nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, eighteenth: 18, seventeenth: 17, sixteenth: 16 };

/** `the 20th century`, `the twenty-first century`. */
const centuryRule: Rule = {
  id: 'century',
  reason: 'an ordinal century; TIMEX3 writes the 20th century as 19',
  needs: CENTURY,
  reach: 3,
  pattern: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty[-\s]first|eighteenth|seventeenth|sixteenth))[-\s]century(?![a-z])/gi,
  build(m) {
    const n = m[2] !== undefined ? Number(m[2]) : CENTURY_WORDS[m[3]!.toLowerCase().replace(/\s/, '-')] ?? 0;
    if (n < 1 || n > 21) return null;
    const mod = m[1] === undefined ? undefined : modOf(m[1]);
    return whole(m, 'date', mod ? { op: 'known', value: pad(n - 1), mod } : known(pad(n - 1)), 'year');
  },
};

/** `the third quarter`, `third-quarter`, `the fourth quarter of 2023`, `the first quarter of next year`, `the first two quarters of 1990` (H1), `Q3 2024`. */
const quarter: Rule = {
  id: 'quarter',
  reason: 'a numbered quarter or half; written with its year it is known, else the year is the latest whose quarter has begun (or the one named). "a/its" and the "the" of an adjective ("the third-quarter loss") stay out of the span',
  needs: QUARTER,
  reach: 7,
  pattern: new RegExp(`\\b(?:(?:the|its|their|a)\\s+)?(?:(\\d{4})\\s+|(this|last|next)\\s+year['’]s\\s+|(?:fiscal|calendar)\\s+)?(?:(?:fiscal|calendar)[-\\s])?(${ORDINAL}|last|latter|(?:first|last)\\s+two)[-\\s](?:fiscal[-\\s])?(quarters?|half)(?![a-z])(?:\\s+of\\s+(?:(?:fiscal\\s+)?(\\d{4})|(this|last|next|the\\s+current|the\\s+previous|the\\s+same)\\s+(?:fiscal\\s+)?year))?`, 'gi'),
  build(m, text) {
    const [all, yearBefore, yearWordBefore, ord, kind, yearAfter, yearWordAfter] = m;
    const twoQuarters = /\stwo$/i.test(ord!);
    if (twoQuarters !== /s$/i.test(kind!)) return null;
    const isHalf = kind!.toLowerCase() === 'half' || twoQuarters;
    const n = twoQuarters ? (/^first/i.test(ord!) ? 1 : 2) : isHalf && /^(?:last|latter|final)$/i.test(ord!) ? 2 : ordinalOf(ord!);
    if (n < 1 || n > (isHalf ? 2 : 4)) return null;
    const explicitYear = yearBefore ?? yearAfter;
    const yearWord = (yearWordBefore ?? yearWordAfter)?.toLowerCase().replace(/^the\s+/, '');
    const hyphenated = /[-]quarter|[-]half/i.test(all!);
    if (twoQuarters && explicitYear === undefined && yearWord === undefined) return null;
    if (isHalf && explicitYear === undefined && yearWord === undefined && !hyphenated) return null;
    if (/^(?:final|last|latter)$|\stwo$/i.test(ord!) && !/^the\s/i.test(all!)) return null;
    if (!hyphenated && explicitYear === undefined && yearWord === undefined && /^\s+of\s+(?:the\s+)?[a-z]/i.test(text.slice(m.index + all!.length, m.index + all!.length + 12)) && !isHalf) {
      const following = rawWordAfter(text, m.index + all!.length + 4);
      if (!/^(?:the|fiscal|this|last|next)$/i.test(following)) return null;
    }
    const code = `${isHalf ? 'H' : 'Q'}${n}`;
    const det = /^(?:(the|its|their|a)\s+)/i.exec(all!);
    const skip = det !== null && (det[1]!.toLowerCase() !== 'the' || (hyphenated && yearBefore === undefined && yearWordBefore === undefined)) ? det[0].length : 0;
    const span = (value: TimexValue): Proposal => ({ ...whole(m, 'date', value, 'period'), start: m.index + skip });
    if (explicitYear !== undefined) return span(known(`${explicitYear}-${code}`));
    const base = { op: isHalf ? 'half' : 'quarter', which: n, tense: 'unknown', shift: 0 } as const;
    if (yearWord === undefined) return span(base);
    const yearShift = yearWord === 'last' || yearWord === 'previous' ? -1 : yearWord === 'next' ? 1 : 0;
    return span({ ...base, yearShift });
  },
};

/** `Q3`, `Q3 2024`, `3Q`. */
const quarterCode: Rule = {
  id: 'quarter-code',
  reason: 'a quarter written as Q1–Q4 (capital Q), with an optional year',
  needs: QUARTER,
  reach: 0,
  pattern: /\b(?:Q([1-4])|([1-4])Q)(?:\s+(\d{4})(?!\d|,\d))?\b/g,
  build(m) {
    const n = Number(m[1] ?? m[2]);
    if (m[3] !== undefined) return whole(m, 'date', known(`${m[3]}-Q${n}`), 'period');
    return whole(m, 'date', { op: 'quarter', which: n, tense: 'unknown', shift: 0 }, 'period');
  },
};

/** `last summer`, `the summer of 2024`, `this fall`, `early spring`, `winter`. */
const season: Rule = {
  id: 'season',
  reason: 'a season; "fall" only after a word that makes it a season, "spring" not after a capitalised name (Arab Spring); "the fall in prices" is no season, "last fall in his home" is',
  needs: F_SEASON,
  reach: 3,
  pattern: /\b(?:(last|next|this(?:\s+past|\s+coming)?|the|(?:the\s+)?(?:early|late|mid)[-\s]?)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})(?!\d|,\d))?(?![a-z])/gi,
  build(m, text) {
    const [all, pre, name, yr] = m;
    const lower = name!.toLowerCase();
    const preLower = pre?.toLowerCase().trim();
    const before = pre === undefined ? wordBefore(text, m.index) : preLower!;
    const prevRaw = rawWordBefore(text, m.index + all!.toLowerCase().indexOf(lower));
    if (capitalized(prevRaw) && /^[A-Z][a-z]+$/.test(prevRaw) && !atSentenceStart(text, m.index + all!.indexOf(prevRaw)) && pre === undefined) return null;
    const after = text.slice(m.index + all!.length, m.index + all!.length + 6).toLowerCase();
    if (yr === undefined && (pre === undefined || preLower === 'the') && /^\s+(?:of|in|from|to)\s/.test(after) && !/^\s+of\s+\d/.test(after)) return null;
    if (lower === 'fall' && pre === undefined) return null;
    if (pre === undefined && !['in', 'during', 'by', 'until', 'since', 'over', 'through', 'this', 'last', 'next', 'early', 'late', 'that', 'before', 'after', 'throughout'].includes(before)) return null;
    const code: Season = SEASONS[lower]!;
    if (yr !== undefined) return whole(m, 'date', known(`${yr}-${code}`), 'period');
    const shift = preLower === undefined || /^the\b/.test(preLower) ? 0 : shiftOf(preLower);
    const mod = preLower === undefined ? undefined : modOf(preLower.replace(/^the\s+/, ''));
    const thisSeason = preLower !== undefined && /^this$/.test(preLower);
    const value: TimexValue = thisSeason
      ? { op: 'season', which: code, tense: 'unknown', shift: 0, yearShift: 0 }
      : { op: 'season', which: code, tense: 'unknown', shift, ...(mod ? { mod } : {}) };
    return whole(m, 'date', value, 'period');
  },
};

const HOLIDAY_PATTERN = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((h) => h.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

/** Words before a bare `Eid` that make it the holiday (`on Eid`, `the Eid holiday`, `ahead of Eid`). */
const EID_BEFORE = /\b(?:on|before|after|during|for|since|until|over|at|the|of|by|around|till)\s+$/i;
/** What may stand between a lead word and the holiday (`before the holy month of Ramadan`), up to the holiday. */
const HOLIDAY_TAIL = String.raw`\s+(?:the\s+(?:holy\s+)?(?:month\s+of\s+)?)?$`;

/**
 * Words before `Ramadan`, a month-long period, that mean its first day (`before Ramadan`,
 * `ahead of Ramadan`, `until the start of Ramadan`); elsewhere (`during Ramadan`) it is no day
 * and is not tagged. Not `by Ramadan`: the events stage would take such a target for the day a
 * hoped-for deal is reached.
 */
const RAMADAN_START_BEFORE = new RegExp(String.raw`\b(?:before|ahead\s+of|until|till|(?:start|beginning|eve)\s+of)${HOLIDAY_TAIL}`, 'i');
/** `before Christmas`, `ahead of Eid`: the time up to the holiday (mod BEFORE). */
const BEFORE_HOLIDAY = new RegExp(String.raw`\b(?:before|ahead\s+of)${HOLIDAY_TAIL}`, 'i');

/** `Christmas`, `Thanksgiving Day`, `last Easter`, `New Year's Eve`. */
const holiday: Rule = {
  id: 'holiday',
  reason: 'a holiday whose day Parley can compute for any year (fixed days, Easter, US holidays defined by weekday, Orthodox, Islamic and Hebrew holidays); not in a name (`the Yom Kippur War`)',
  needs: HOLIDAY,
  reach: 1,
  pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY_PATTERN})(?![a-z])(?:\\s+(\\d{4})(?!\\d|,\\d))?`, 'gi'),
  build(m) {
    const [, shiftWord, name, yr] = m;
    if (!capitalized(name!)) return null;
    if (HOLIDAY_NAMED.has(/^\s+([A-Za-z]+)/.exec(m.input.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '')) return null;
    const which = HOLIDAYS[name!.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')];
    if (which === undefined) return null;
    // `Eid` alone is also a surname ("Bassem Eid"): a date only after a word that introduces one
    if (which === 'eid' && shiftWord === undefined && !EID_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
    const lead = m.input.slice(Math.max(0, m.index - 40), m.index);
    if (which === 'ramadan' && (shiftWord !== undefined || !RAMADAN_START_BEFORE.test(lead))) return null;
    const before = shiftWord === undefined && BEFORE_HOLIDAY.test(lead);
    if (yr !== undefined) return whole(m, 'date', before ? { ...known(holidayDay(which, Number(yr))), mod: 'BEFORE' } : known(holidayDay(which, Number(yr))), 'day');
    return whole(m, 'date', { op: 'holiday', which, tense: 'unknown', shift: shiftOf(shiftWord), ...(before ? { mod: 'BEFORE' as const } : {}) }, 'day');
  },
};

const SPOKEN_ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN: Readonly<Record<string, number>> = Object.fromEntries(
  [...SPOKEN_ONES.split('|').map((w, i) => [w, i + 1]), ...SPOKEN_TEENS.split('|').map((w, i) => [w, i + 10]), ...SPOKEN_TENS.split('|').map((w, i) => [w, (i + 2) * 10])] as [string, number][],
);

/** `nineteen ninety-six`, `two thousand and one` (broadcast transcripts). */
const spokenYear: Rule = {
  id: 'spoken-year',
  reason: 'a year spelled out as in broadcast transcripts',
  needs: NUMWORD,
  reach: 4,
  pattern: new RegExp(`\\b(?:the\\s+year\\s+)?(?:nineteen\\s+(?:hundred\\s+(?:and\\s+)?)?((?:${SPOKEN_TENS})(?:[-\\s](?:${SPOKEN_ONES}))?|${SPOKEN_TEENS})|two\\s+thousand(?:\\s+(?:and\\s+)?((?:${SPOKEN_TENS})(?:[-\\s](?:${SPOKEN_ONES}))?|${SPOKEN_TEENS}|${SPOKEN_ONES}))?)(?![a-z-])`, 'gi'),
  build(m, text) {
    const spoken = (s: string): number => s.toLowerCase().split(/[-\s]/).reduce((t, w) => t + (SPOKEN[w] ?? 0), 0);
    const rawAfter = rawWordAfter(text, m.index + m[0].length);
    const after = rawAfter.toLowerCase();
    if (COUNT_NOUN_SET.has(after) || /^[a-z]{3,}s$/.test(rawAfter)) return null;
    if (m[1] !== undefined) return whole(m, 'date', known(String(1900 + spoken(m[1]))), 'year');
    const y = 2000 + (m[2] === undefined ? 0 : spoken(m[2]));
    if (m[2] === undefined && !/^the\s+year\s/i.test(m[0])) return null;
    return whole(m, 'date', known(String(y)), 'year');
  },
};

/** The calendar proposers, in priority order (earlier wins ties of equal length). */
export const CALENDAR_RULES: readonly Rule[] = [isoDate, slashedDate, monthDay, dayMonth, dayOfMonth, monthYear, quarter, quarterCode, centuryRule, decade, yearRange, year, spokenYear, holiday, weekday, bareMonth, season];
