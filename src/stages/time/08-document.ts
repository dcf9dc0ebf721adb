/**
 * @module stages/time/08-document — refiners that need the whole document: the reported
 * quarter of an earnings report.
 *
 * "The quarter ended Sept. 30" is the quarter that holds that day. In a report about a
 * quarter (the numbered quarter it names most often), "the quarter", "the latest period"
 * and "the 1988 period" are that quarter (of the year named), and a comparison with "a year ago", "a year
 * earlier" or "year-earlier" means the same quarter a year before
 * (TimeBank annotates them so). A document without a numbered quarter is left alone.
 */
import { addDays, addMonths, formatDay, formatWeek, parseDay } from './calendar.js';
import { daysInMonth, pad } from './patterns.js';
import type { Candidate, RelativeValue, TimexValue, Unit } from './types.js';

/**
 * The reported quarter: the quarter number the document names most often (the first on a
 * tie), as written without a year when it is (the year-less mention is the report's own).
 */
function reportedQuarter(candidates: readonly Candidate[]): TimexValue | null {
  const counts = new Map<string, { value: TimexValue; n: number }>();
  for (const c of candidates) {
    const v = c.value;
    let key: string | null = null;
    if (v.op === 'quarter' && (v.yearShift === undefined || v.yearShift === 0) && v.yearsBack === undefined && v.shift === 0) key = `Q${v.which}`;
    else if (v.op === 'known' && /^\d{4}-Q[1-4]$/.test(v.value)) key = v.value.slice(5);
    if (key === null) continue;
    const seen = counts.get(key);
    if (seen === undefined) counts.set(key, { value: v, n: 1 });
    else {
      seen.n++;
      if (seen.value.op === 'known' && v.op !== 'known') seen.value = v;
    }
  }
  let best: { value: TimexValue; n: number } | null = null;
  for (const e of counts.values()) if (best === null || e.n > best.n) best = e;
  return best === null ? null : best.value;
}

const ENDED = /^\s+(?:ended|ending|that\s+ended|which\s+ended)\s+$/i;

/**
 * The calendar quarter of a three-month period ending on day `d` of month `m` of `y`: the
 * quarter holding its middle month (a fiscal quarter ended July 31 is mostly the second).
 */
function quarterEnding(y: number, m: number, d: number): { y: number; q: number } {
  const back = d >= 15 ? 1 : 2;
  const middle = m - back;
  return middle >= 1 ? { y, q: Math.ceil(middle / 3) } : { y: y - 1, q: Math.ceil((middle + 12) / 3) };
}

/** `the quarter ended Sept. 30` is the quarter that ends on Sept. 30 (`the quarter ended July 31`, a fiscal one, the second). */
function quarterEnded(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    if (next === undefined || c.rule !== 'reporting-period' || !/^(?:the\s+)?(?:latest\s+|fiscal\s+)?quarter$/i.test(text.slice(c.start, c.end)) || !ENDED.test(text.slice(c.end, next.start))) return c;
    const v = next.value;
    if (v.op === 'month-day') return { ...c, value: { op: 'quarter', which: quarterEnding(2000, v.month, v.day).q, tense: v.tense, shift: 0 }, rule: `${c.rule}+quarter-ended` };
    if (v.op === 'known' && /^\d{4}-\d{2}-\d{2}$/.test(v.value)) {
      const e = quarterEnding(Number(v.value.slice(0, 4)), Number(v.value.slice(5, 7)), Number(v.value.slice(8, 10)));
      return { ...c, value: { op: 'known', value: `${pad(e.y, 4)}-Q${e.q}` }, rule: `${c.rule}+quarter-ended` };
    }
    return c;
  });
}

/** Words that make the comparison about a longer period than the quarter (`the first nine months … a year earlier`). */
const LONGER_PERIOD = /\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\b(?:fiscal|full)\s+year\b|\bfor\s+the\s+year\b|\bannual\b/i;

/** The text of the sentence around `at` (up to the sentence ends or a line break, at most 300 characters each way). */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), at - 300);
  let stop = Math.min(text.length, at + 300);
  const period = text.indexOf('. ', at);
  const line = text.indexOf('\n', at);
  if (period >= 0 && period < stop) stop = period;
  if (line >= 0 && line < stop) stop = line;
  return text.slice(Math.max(0, from), stop);
}

/** True when the candidate compares with the same quarter a year before. */
function comparesYearBack(c: Candidate, text: string): boolean {
  const s = text.slice(c.start, c.end).toLowerCase();
  if (LONGER_PERIOD.test(sentenceAround(text, c.start))) return false;
  if (c.rule === 'ago' && /^an? year (?:ago|earlier)$/.test(s)) return true;
  return c.rule === 'reporting-period' && /year-(?:ago|earlier)|prior-year|a year (?:ago|earlier)|last year|(?:previous|prior) year/.test(s);
}

/** True when the candidate names the reported period itself. */
function namesReportedPeriod(c: Candidate, text: string): boolean {
  const s = text.slice(c.start, c.end).toLowerCase();
  return (c.rule === 'reporting-period' && /^the (?:latest |most recent )?(?:quarter|period)$/.test(s)) || (c.rule === 'relative-unit' && /^the (?:latest|most recent) quarter$/.test(s));
}

function yearBack(q: TimexValue): TimexValue {
  if (q.op === 'known') return { op: 'known', value: `${Number(q.value.slice(0, 4)) - 1}${q.value.slice(4)}` };
  return { ...q, yearsBack: 1 } as TimexValue;
}

/** Rewrites comparisons and references to the reported quarter of an earnings report. */
export function reportedPeriods(all: readonly Candidate[], text: string): Candidate[] {
  if (!all.some((c) => c.rule === 'reporting-period' || c.rule === 'reporting-year-period' || c.rule === 'quarter' || c.rule === 'quarter-code')) return [...all];
  const candidates = quarterEnded(all, text);
  const quarter = reportedQuarter(candidates);
  if (quarter === null) return candidates.filter((c) => !(c.rule === 'reporting-period' && /period\b/i.test(text.slice(c.start, c.end))));
  const q = quarter.op === 'known' ? quarter.value.slice(5) : `Q${(quarter as { which: number }).which}`;
  return candidates.map((c) => {
    if (comparesYearBack(c, text)) return { ...c, value: yearBack(quarter), rule: `${c.rule}+reported-quarter` };
    if (namesReportedPeriod(c, text) && !c.rule.endsWith('+quarter-ended')) return { ...c, value: quarter, rule: `${c.rule}+reported-quarter` };
    if (c.rule === 'reporting-year-period' && c.value.op === 'known' && !LONGER_PERIOD.test(sentenceAround(text, c.start))) return { ...c, value: { op: 'known', value: `${c.value.value}-${q}` }, rule: `${c.rule}+reported-quarter` };
    return c;
  });
}

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`. */
function isCalendarValue(v: string): boolean {
  return (v.length === 4 || v.length === 7 || v.length === 10) && /^\d{4}(?:(?:-\d{2}){0,2}|-Q[1-4])$/.test(v);
}

const ANAPHORIC = /^the (following|previous|preceding) (day|week|month|year)$|^the (next) (day)$|^the (day|week|month|year) (before|after)$/i;

/** A comparison with the same time a year back: `fell 21% in April from a year earlier`, `higher than a year ago`. */
const COMPARED_YEAR_BACK = /\b(?:from|than|over|with|versus|vs\.?)\s+an?\s+year\s+(?:earlier|ago|before)$/i;

/**
 * The month written last in the sentence, a year back (`April` → the same reading a year
 * before, `2024-03` → `2023-03`); null when the last date is no month.
 */
function monthYearBack(last: string | null, lastRelative: TimexValue | null): TimexValue | null {
  if (last !== null) return /^\d{4}-\d{2}$/.test(last) ? { op: 'known', value: `${pad(Number(last.slice(0, 4)) - 1, 4)}${last.slice(4)}` } : null;
  if (lastRelative === null || lastRelative.op !== 'month' || lastRelative.shift !== 0) return null;
  return { ...lastRelative, yearsBack: (lastRelative.yearsBack ?? 0) + 1 };
}

/** A known value moved by `n` units, at the unit's precision, or null when it is too coarse. */
function shiftKnown(value: string, unit: Unit, n: number): string | null {
  const day = parseDay(value);
  if (unit === 'year' && /^\d{4}/.test(value)) return pad(Number(value.slice(0, 4)) + n, 4);
  if (unit === 'quarter' && n === 0) {
    if (/^\d{4}-Q[1-4]$/.test(value)) return value;
    if (/^\d{4}-\d{2}/.test(value)) return `${value.slice(0, 4)}-Q${Math.ceil(Number(value.slice(5, 7)) / 3)}`;
    return null;
  }
  if (unit === 'month' && /^\d{4}-\d{2}/.test(value)) {
    const t = addMonths(Number(value.slice(0, 4)), Number(value.slice(5, 7)), n);
    return `${pad(t.y, 4)}-${pad(t.m)}`;
  }
  if (day === null) return null;
  if (unit === 'week') return formatWeek(addDays(day, 7 * n));
  if (unit === 'day') return formatDay(addDays(day, n));
  return null;
}

/**
 * `the following year`, `the previous month`, `the next day`, `that year`, `later that day`:
 * counted from the last date written before it in the document (narrative time), not from
 * the publication date. Left as they are when no earlier date is precise enough ("that
 * year" is dropped: it is no time expression Parley can place).
 */
export function narrativeTime(candidates: readonly Candidate[], text: string): Candidate[] {
  let last: string | null = null;
  let lastRelative: TimexValue | null = null;
  let lastEnd = -1;
  // a day named without a calendar date after the last one (`met on Monday and again the
  // following day`): `the next day` counts from it, resolved with it (`{ op: 'day', from }`)
  let lastDay: RelativeValue | null = null;
  let lastDayEnd = -1;
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.value.op === 'day-of-month' && c.value.monthShift === undefined && lastEnd >= 0 && sameSentence(text, lastEnd, c.start)) {
      const value = dayInMonthOf(last, lastRelative, c.value.day);
      if (value !== null) {
        out.push({ ...c, value, rule: `${c.rule}+narrative-month` });
        continue;
      }
    }
    if (c.rule === 'that-period' || c.rule === 'that-part-of-day') {
      const unit = (c.value as { unit: Unit }).unit;
      const part = c.value.part;
      // `on Wednesday … later that day`, `… That evening`: the weekday named after the last calendar date
      if (unit === 'day' && lastDay !== null && lastDayEnd > lastEnd) {
        out.push({ ...c, value: (part === undefined ? { op: 'day', n: 0, from: lastDay } : { op: 'day', n: 0, from: lastDay, part }) as TimexValue, rule: `${c.rule}+narrative-time` });
        continue;
      }
      if (part !== undefined) {
        const day = calendarDay(last);
        if (day !== null) out.push({ ...c, value: { op: 'known', value: `${day}T${part}` }, rule: `${c.rule}+narrative-time` });
        else if (lastRelative !== null && lastRelative.op === 'month-day') out.push({ ...c, value: { ...lastRelative, part } as TimexValue, rule: `${c.rule}+narrative-time` });
        continue;
      }
      const shifted = last === null ? null : shiftKnown(last, unit, 0);
      const relative = lastRelative === null ? null : shiftRelative(lastRelative, unit, 0);
      if (shifted !== null) out.push({ ...c, value: { op: 'known', value: shifted }, rule: `${c.rule}+narrative-time` });
      else if (relative !== null) out.push({ ...c, value: relative, rule: `${c.rule}+narrative-time` });
      continue;
    }
    if (c.rule === 'ago' && lastEnd >= 0 && sameSentence(text, lastEnd, c.start) && COMPARED_YEAR_BACK.test(text.slice(Math.max(0, c.start - 16), c.end))) {
      const back = monthYearBack(last, lastRelative);
      if (back !== null) {
        out.push({ ...c, value: back, rule: `${c.rule}+narrative-year-back` });
        continue;
      }
    }
    const m = c.rule === 'relative-unit' || c.rule === 'unit-before-after' ? ANAPHORIC.exec(text.slice(c.start, c.end).replace(/\s+/g, ' ')) : null;
    const unit = m === null ? null : ((m[2] ?? m[4] ?? m[5])!.toLowerCase() as Unit);
    const n = m === null ? 0 : /^(?:following|next|after)$/i.test(m[1] ?? m[3] ?? m[6]!) ? 1 : -1;
    if (unit === 'day' && lastDay !== null && lastDayEnd > lastEnd) {
      const value: RelativeValue = { op: 'day', n, from: lastDay };
      out.push({ ...c, value, rule: `${c.rule}+narrative-time` });
      // `met on Monday; the following day …, and the next day …`: the next counts from this one
      lastDay = value;
      lastDayEnd = c.end;
      continue;
    }
    const shifted: string | null = unit === null || last === null ? null : shiftKnown(last, unit, n);
    if (shifted !== null) {
      out.push({ ...c, value: { op: 'known', value: shifted }, rule: `${c.rule}+narrative-time` });
      if (unit === 'day') {
        last = shifted;
        lastEnd = c.end;
      }
      continue;
    }
    const relative = unit === null || lastRelative === null ? null : shiftRelative(lastRelative, unit, n);
    if (relative !== null) {
      out.push({ ...c, value: relative, rule: `${c.rule}+narrative-time` });
      continue;
    }
    // `The truce took effect on Wednesday. By midday, the RSF had shelled …`: a clock time alone in
    // a past clause, no day in its own sentence, soon after a day the text named: that day's
    if (isBareClock(c) && c.value.op === 'day' && c.value.time !== '00:00' && c.value.tense === 'past') {
      const time = c.value.time!;
      // (`… on March 3, 2024. Since then, Israel had struck Gaza. At noon, …`: the story has moved on)
      const movedOn = (from: number): boolean => MOVED_ON.test(text.slice(from, c.start));
      // (a day said ahead, `is due to meet Trump on Tuesday`, is no day of the story told in the past)
      if (lastDay !== null && lastDayEnd > lastEnd && c.start - lastDayEnd <= NARRATIVE_CLOCK_REACH && !movedOn(lastDayEnd) && (lastDay as { tense?: string }).tense !== 'future') {
        out.push({ ...c, value: { op: 'day', n: 0, from: lastDay, time }, rule: `${c.rule}+narrative-time` });
        continue;
      }
      const day = calendarDay(last);
      if (day !== null && c.start - lastEnd <= NARRATIVE_CLOCK_REACH && !movedOn(lastEnd)) {
        out.push({ ...c, value: { op: 'known', value: `${day}T${time}` }, rule: `${c.rule}+narrative-time` });
        continue;
      }
    }
    const day = c.role === 'day' ? namedDay(c.value) : null;
    if (day !== null) {
      lastDay = day;
      lastDayEnd = c.end;
    }
    if (c.type === 'date' && c.value.op === 'known' && isCalendarValue(c.value.value)) {
      last = c.value.value;
      lastRelative = null;
      lastEnd = c.end;
    } else if (c.type === 'date' && (c.value.op === 'month' || c.value.op === 'month-day') && c.value.mod === undefined) {
      lastRelative = c.value;
      last = null;
      lastEnd = c.end;
    }
    out.push(c);
  }
  return out;
}

/** A weekday or a day counted in days (`Monday`, `yesterday`), without its time of day: a day `the next day` may count from. */
function namedDay(v: TimexValue): RelativeValue | null {
  if (v.op !== 'weekday' && !(v.op === 'day' && (v.n !== 0 || v.from !== undefined))) return null;
  if (v.asWeek !== undefined || v.asWeekend !== undefined) return null;
  const { time: _time, part: _part, mod: _mod, ...day } = v;
  return day as RelativeValue;
}

/** A clock time with no day of its own in its sentence (`By midday, …`): the tense pass gives it its clause's tense, and in a past clause it may take the day named before (`narrativeTime`). */
export function isBareClock(c: Candidate): boolean {
  return c.role === 'clock' && c.value.op === 'day' && c.value.n === 0 && c.value.from === undefined && c.value.time !== undefined && c.value.time !== '24:00';
}

/** The last calendar date written, when it is a whole day (`2024-03-03`, not a month or a year), else null. */
function calendarDay(last: string | null): string | null {
  return last !== null && /^\d{4}-\d{2}-\d{2}$/.test(last) ? last : null;
}

/** How far (characters) a bare clock time may stand after the day it takes (about two sentences). */
const NARRATIVE_CLOCK_REACH = 300;
/** Words between a day and a bare clock time that move the story past that day. */
const MOVED_ON = /\b(?:since|afterwards?|subsequently|now|currently)\b/i;

const SENTENCE_BREAK = /\n|[.!?]["”’)]*\s+["“‘(]?[A-Z]/;

/** True when no sentence ends between `from` and `to` (a rough test, for nearby expressions). */
function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= 200 && !SENTENCE_BREAK.test(text.slice(from, to));
}

/**
 * `the 15th` in the month of the date written before it in its sentence ("talks began on
 * March 3 and ended on the 15th"): a known day when that date has a year, else a day of the
 * same year-less month; null when the date names no month or the month has no such day.
 */
function dayInMonthOf(last: string | null, lastRelative: TimexValue | null, day: number): TimexValue | null {
  if (last !== null) {
    if (!/^\d{4}-\d{2}/.test(last)) return null;
    const y = Number(last.slice(0, 4));
    const m = Number(last.slice(5, 7));
    return day > daysInMonth(m, y) ? null : { op: 'known', value: `${last.slice(0, 7)}-${pad(day)}` };
  }
  if (lastRelative === null || (lastRelative.op !== 'month' && lastRelative.op !== 'month-day')) return null;
  if (lastRelative.op === 'month' && lastRelative.shift !== 0) return null;
  const month = lastRelative.op === 'month-day' ? lastRelative.month : (lastRelative.which as number);
  if (day > daysInMonth(month)) return null;
  const { tense, yearShift } = lastRelative;
  return yearShift === undefined ? { op: 'month-day', month, day, tense } : { op: 'month-day', month, day, tense, yearShift };
}

/**
 * A month or a day without a year (`March`, `Oct. 7`) moved by `n` months, weeks or days
 * within its year or month (`In March … the following month` is April of the same reading,
 * `On March 3 … the following week` the week of March 10), or null.
 */
function shiftRelative(v: TimexValue, unit: Unit, n: number): TimexValue | null {
  if (v.op === 'month' && v.shift === 0 && (unit === 'month' || (unit === 'quarter' && n === 0))) {
    const which = (v.which as number) + n;
    if (which < 1 || which > 12) return null;
    const moved = unit === 'quarter' ? { op: 'quarter' as const, which: Math.ceil(which / 3) } : { op: 'month' as const, which };
    return v.yearShift === undefined ? { ...moved, tense: v.tense, shift: 0 } : { ...moved, tense: v.tense, shift: 0, yearShift: v.yearShift };
  }
  if (v.op === 'month-day' && unit === 'week' && v.asWeek === undefined) {
    // `the following week` after `March 3`: the week of March 10
    let day = v.day + 7 * n;
    let month = v.month;
    if (day > daysInMonth(month)) day -= daysInMonth(month++);
    else if (day < 1) day += daysInMonth(--month === 0 ? 12 : month);
    if (month < 1 || month > 12) return null;
    const base = { op: 'month-day' as const, month, day, tense: v.tense, asWeek: true as const };
    return v.yearShift === undefined ? base : { ...base, yearShift: v.yearShift };
  }
  if (v.op === 'month-day' && (unit === 'day' || (unit === 'month' && n === 0))) {
    if (unit === 'month') return v.yearShift === undefined ? { op: 'month', which: v.month, tense: v.tense, shift: 0 } : { op: 'month', which: v.month, tense: v.tense, shift: 0, yearShift: v.yearShift };
    const day = v.day + n;
    if (day < 1 || day > daysInMonth(v.month)) return null;
    return v.yearShift === undefined ? { op: 'month-day', month: v.month, day, tense: v.tense } : { op: 'month-day', month: v.month, day, tense: v.tense, yearShift: v.yearShift };
  }
  return null;
}
