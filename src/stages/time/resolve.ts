/**
 * @module stages/time/resolve — turns a proposed time expression into a TIMEX3 value on an
 * anchor day. Pure: the same candidate and anchor always give the same value.
 *
 * How each relative operation picks its day (see README.md, "Resolution"):
 * - `weekday`: past or unknown tense → the latest such weekday on or before the anchor (news
 *   reports the day's events, so "said Tuesday" on a Tuesday is that day); future → the first
 *   on or after it; `last`/`next` → strictly before/after.
 * - `month-day`, `month`, `holiday`: the nearest occurrence, one against the tense counting
 *   four times its distance (a future one twice when the tense is unknown); `day-of-month`
 *   (`the 15th`) the same among the anchor's month and its neighbours.
 * - `quarter`, `half`, `season`: the current one, else the nearest, weighted by tense the
 *   same way (months instead of days).
 * - `offset`: the anchor's unit moved by n, written at the unit's precision.
 */
import type { Precision } from '../../pipeline/document.js';
import { addDays, addMonths, epochDay, formatDay, formatWeek, holidayDays, isoWeekday, lastDayOfMonth, nthWeekday, parseDay, type Ymd } from './calendar.js';
import { pad } from './patterns.js';
import type { Holiday, RelativeValue, ResolvedTime, Season, Tense, TimexType, TimexValue, UnitOffset, YearPartValue } from './types.js';

/** What `resolveTimex` needs of a candidate. */
export interface Resolvable {
  readonly type: TimexType;
  readonly value: TimexValue;
}

/** The precision of a TIMEX3 value string (by its shape, without regular expressions). */
export function precisionOf(value: string): Precision {
  const n = value.length;
  if (n < 4 || !isDigits(value, 0, 4)) return 'unknown';
  if (n === 4) return 'year';
  if (value[4] !== '-') return 'unknown';
  if (n === 7) return isDigits(value, 5, 7) ? 'month' : /^-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$/.test(value.slice(4, 7)) ? 'year' : 'unknown';
  if (value[5] === 'W') return /^W\d{2}(?:-WE)?$/.test(value.slice(5)) ? 'week' : 'unknown';
  if (n < 10 || !isDigits(value, 5, 7) || value[7] !== '-' || !isDigits(value, 8, 10)) return 'unknown';
  if (n === 10) return 'day';
  if (value[10] !== 'T') return 'unknown';
  return isDigits(value, 11, 12) ? 'time' : n === 13 ? 'day' : 'unknown';
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when the value is final without an anchor. */
export function isAbsolute(value: TimexValue): boolean {
  return value.op === 'known';
}

/** The finest precision of anchor an operation needs to be resolved. */
export function anchorNeeded(value: TimexValue): Precision {
  switch (value.op) {
    case 'known': return 'unknown';
    case 'offset': return value.unit === 'year' || value.unit === 'decade' || value.unit === 'century' ? 'year' : value.unit === 'month' || value.unit === 'quarter' || value.unit === 'half' ? 'month' : 'day';
    case 'month':
    case 'quarter':
    case 'half':
    case 'season':
      return value.yearShift !== undefined ? 'year' : 'month';
    case 'month-day':
    case 'holiday':
      return value.op === 'month-day' && value.yearShift !== undefined ? 'year' : 'month';
    default: return 'day';
  }
}

/** The anchor parsed last: a document resolves all its expressions on one anchor. */
let lastAnchor: { day: string; ymd: Ymd | null } = { day: '', ymd: null };

/**
 * Resolves `candidate` on `anchorDay` (`YYYY-MM-DD`). Absolute values come back as they
 * are; every relative operation is computed from the anchor. Throws on a malformed anchor.
 */
export function resolveTimex(candidate: Resolvable, anchorDay: string): { value: string; precision: Precision; type: TimexType } {
  const anchor = anchorDay === lastAnchor.day ? lastAnchor.ymd : parseDay(anchorDay);
  if (anchor !== null) lastAnchor = { day: anchorDay, ymd: anchor };
  if (anchor === null) throw new RangeError(`anchor day "${anchorDay}" is not YYYY-MM-DD`);
  const v = candidate.value;
  const base = v.op === 'known' ? v.value : relative(v, anchor);
  const value = refine(base, v);
  return { value, precision: precisionOf(value), type: candidate.type };
}

/** A resolved time without an anchor: the value when absolute, else null. */
export function unresolved(candidate: Resolvable): ResolvedTime {
  if (candidate.value.op === 'known') return { type: candidate.type, value: candidate.value.value, precision: precisionOf(candidate.value.value) };
  return { type: candidate.type, value: null, precision: 'unknown' };
}

/** Appends a clock time or part of day to a day value. */
function refine(base: string, v: TimexValue): string {
  if (v.time === undefined && v.part === undefined && v.asWeek === undefined && v.asWeekend === undefined && v.weekOfMonth === undefined) return base;
  if (v.weekOfMonth !== undefined) return base.length === 7 && precisionOf(base) === 'month' ? formatWeek(nthWeekday(Number(base.slice(0, 4)), Number(base.slice(5, 7)), 4, v.weekOfMonth)) : base;
  if (base.length !== 10 || precisionOf(base) !== 'day') return base;
  if (v.asWeek === true) return formatWeek(parseDay(base)!);
  if (v.asWeekend === true) return `${formatWeek(parseDay(base)!)}-WE`;
  if (v.time !== undefined) return `${base}T${v.time}`;
  if (v.part !== undefined) return `${base}T${v.part}`;
  return base;
}

function relative(v: RelativeValue, anchor: Ymd): string {
  switch (v.op) {
    case 'day': return formatDay(addDays(v.from === undefined ? anchor : dayOf(v.from, anchor), v.n));
    case 'offset': return offset(v, anchor);
    case 'weekday': return formatDay(v.week === undefined ? weekday(v.day, v.tense, v.shift, anchor) : addDays(anchor, 7 * v.week + v.day - isoWeekday(anchor)));
    case 'month-day': return monthDay(v.month, v.day, v.tense, v.yearShift, v.weekday, anchor, v.over === true, v.firm === true);
    case 'day-of-month': return v.rangeFrom === undefined ? dayOfMonth(v.day, v.tense, v.monthShift, anchor) : rangeEndDay(v.rangeFrom, v.day, v.tense, anchor);
    case 'month': return month(v, anchor);
    case 'quarter':
    case 'half':
    case 'season':
      return yearPart(v, anchor);
    case 'holiday': return holiday(v, anchor);
  }
}

/** The day a relative value names on the anchor (the anchor itself when it names no single day). */
function dayOf(v: RelativeValue, anchor: Ymd): Ymd {
  const day = relative(v, anchor);
  return (day.length === 10 && parseDay(day)) || anchor;
}

function offset(v: UnitOffset, a: Ymd): string {
  const grain = v.grain ?? v.unit;
  switch (v.unit) {
    case 'day': return formatDay(addDays(a, v.n));
    case 'week': return formatWeek(addDays(a, 7 * v.n));
    case 'weekend': return `${formatWeek(addDays(a, 7 * v.n))}-WE`;
    case 'month': {
      const t = addMonths(a.y, a.m, v.n);
      return grain === 'year' ? pad(t.y, 4) : `${pad(t.y, 4)}-${pad(t.m)}`;
    }
    case 'quarter': {
      const q = Math.floor((a.m - 1) / 3) + v.n;
      const y = a.y + Math.floor(q / 4);
      return `${pad(y, 4)}-Q${(q % 4 + 4) % 4 + 1}`;
    }
    case 'half': {
      const h = Math.floor((a.m - 1) / 6) + v.n;
      return `${pad(a.y + Math.floor(h / 2), 4)}-H${(h % 2 + 2) % 2 + 1}`;
    }
    case 'year': return pad(a.y + v.n, 4);
    case 'decade': return String(Math.floor(a.y / 10) + v.n);
    case 'century': return pad(Math.floor(a.y / 100) + v.n);
  }
}

function weekday(day: number, tense: Tense, shift: number, a: Ymd): Ymd {
  const today = isoWeekday(a);
  if (shift < 0) return addDays(a, -(((today - day + 6) % 7) + 1));
  if (shift > 0) return addDays(a, ((day - today + 6) % 7) + 1);
  if (tense === 'future') return addDays(a, (day - today + 7) % 7);
  return addDays(a, -((today - day + 7) % 7));
}

/**
 * Picks among the same day in the anchor's year and its neighbours: the nearest, where a
 * day on the side the tense does not point to counts four times its distance (twice for a
 * future day when the tense is unknown). A past verb does not make a date past ("extended
 * to Nov. 20"), it only makes a future reading less likely.
 */
function pickYear(candidates: readonly Ymd[], tense: Tense, a: Ymd): Ymd {
  const at = epochDay(a.y, a.m, a.d);
  const cost = (d: Ymd): number => {
    const dist = epochDay(d.y, d.m, d.d) - at;
    if (dist === 0) return 0;
    if (dist > 0) return dist * (tense === 'past' ? 4 : tense === 'future' ? 1 : 2);
    return -dist * (tense === 'future' ? 4 : 1);
  };
  return [...candidates].sort((x, y) => cost(x) - cost(y))[0]!;
}

function monthDay(m: number, d: number, tense: Tense, yearShift: number | undefined, wd: number | undefined, a: Ymd, over = false, firm = false): string {
  if (yearShift !== undefined) return formatDay({ y: a.y + yearShift, m, d });
  const all = [a.y - 1, a.y, a.y + 1].map((y) => ({ y, m, d })).filter((x) => x.d <= lastDayOfMonth(x.y, x.m));
  const years = onSide(all, over ? 'past' : firm ? tense : 'unknown', a);
  if (wd !== undefined) {
    const matching = years.filter((x) => isoWeekday(x) === wd);
    if (matching.length > 0) return formatDay(pickYear(matching, 'unknown', a));
  }
  return formatDay(pickYear(years, tense, a));
}

/**
 * The days of `days` on the side of the anchor `tense` points to (the anchor day on both),
 * or all of them when none is: for a tense a verb governing the date decides ("ended on
 * June 3", "will resume in November"), or a day that names an event that is over.
 */
function onSide(days: readonly Ymd[], tense: Tense, a: Ymd): Ymd[] {
  if (tense === 'unknown') return [...days];
  const at = epochDay(a.y, a.m, a.d);
  const kept = days.filter((x) => (tense === 'past' ? epochDay(x.y, x.m, x.d) <= at : epochDay(x.y, x.m, x.d) >= at));
  return kept.length > 0 ? kept : [...days];
}

/**
 * `the 15th`: in the month `monthShift` from the anchor's when written, else the nearest of
 * the day in the anchor's month and its neighbours on the side the tense points to (either
 * side, a coming one counting twice, when the tense is unknown): "until the 15th" on October
 * 14 is October 15, "since the 1st" October 1, "will resume on the 2nd" November 2.
 */
function dayOfMonth(d: number, tense: Tense, monthShift: number | undefined, a: Ymd): string {
  const inMonth = (n: number): Ymd | null => {
    const t = addMonths(a.y, a.m, n);
    return d <= lastDayOfMonth(t.y, t.m) ? { y: t.y, m: t.m, d } : null;
  };
  if (monthShift !== undefined) {
    const t = addMonths(a.y, a.m, monthShift);
    return formatDay({ y: t.y, m: t.m, d: Math.min(d, lastDayOfMonth(t.y, t.m)) });
  }
  const days = [-1, 0, 1].map(inMonth).filter((x): x is Ymd => x !== null);
  // within two months a tense is decisive: "will resume on the 2nd" is ahead, "began on the 28th" behind
  const at = epochDay(a.y, a.m, a.d);
  const side = tense === 'future' ? days.filter((x) => epochDay(x.y, x.m, x.d) >= at) : tense === 'past' ? days.filter((x) => epochDay(x.y, x.m, x.d) <= at) : days;
  return formatDay(pickYear(side.length > 0 ? side : days, tense, a));
}

/** The end of `from the 1st to the 15th`: the first day `d` on or after the start's day, resolved as `dayOfMonth`. */
function rangeEndDay(from: number, d: number, tense: Tense, a: Ymd): string {
  const start = parseDay(dayOfMonth(from, tense, undefined, a))!;
  for (let n = 0; n < 3; n++) {
    const t = addMonths(start.y, start.m, n);
    if (d <= lastDayOfMonth(t.y, t.m) && (n > 0 || d >= start.d)) return formatDay({ y: t.y, m: t.m, d });
  }
  return dayOfMonth(d, tense, undefined, a);
}

function month(v: YearPartValue, a: Ymd): string {
  if (v.yearsBack !== undefined && v.yearsBack !== 0) {
    const base = month({ ...v, yearsBack: 0 }, a);
    return `${pad(Number(base.slice(0, 4)) - v.yearsBack, 4)}${base.slice(4)}`;
  }
  const m = v.which as number;
  if (v.yearShift !== undefined) return `${pad(a.y + v.yearShift, 4)}-${pad(m)}`;
  if (v.shift < 0) return `${pad(m < a.m ? a.y : a.y - 1, 4)}-${pad(m)}`;
  if (v.shift > 0) return `${pad(m > a.m ? a.y : a.y + 1, 4)}-${pad(m)}`;
  if (m === a.m) return `${pad(a.y, 4)}-${pad(m)}`;
  // the 15th stands for the month; a firm tense keeps the months wholly on its side
  const months = [a.y - 1, a.y, a.y + 1].map((y) => ({ y, m, d: 15 })).filter((x) => v.firm !== true || (v.tense === 'past' ? x.y * 12 + x.m < a.y * 12 + a.m : x.y * 12 + x.m > a.y * 12 + a.m));
  const chosen = pickYear(months.length > 0 ? months : [a.y - 1, a.y, a.y + 1].map((y) => ({ y, m, d: 15 })), v.tense, a);
  return `${pad(chosen.y, 4)}-${pad(m)}`;
}

const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Start month, length in months and code of a quarter, half or season. */
function partOfYear(v: YearPartValue): { start: number; months: number; code: string } {
  if (v.op === 'quarter') return { start: ((v.which as number) - 1) * 3 + 1, months: 3, code: `Q${v.which}` };
  if (v.op === 'half') return { start: (v.which as number) === 1 ? 1 : 7, months: 6, code: `H${v.which}` };
  return { start: SEASON_START[v.which as Season], months: 3, code: v.which as string };
}

function yearPart(v: YearPartValue, a: Ymd): string {
  const { start, months, code } = partOfYear(v);
  const back = v.yearsBack ?? 0;
  if (v.yearShift !== undefined) return `${pad(a.y + v.yearShift - back, 4)}-${code}`;
  const index = a.y * 12 + a.m - 1;
  const first = (y: number): number => y * 12 + start - 1;
  const begun = first(a.y) <= index ? a.y : a.y - 1;
  const current = index < first(begun) + months;
  let y: number;
  if (v.shift < 0) y = current ? begun - 1 : begun;
  else if (v.shift > 0) y = begun + 1;
  else {
    // a firm tense keeps the periods that have begun (past) or not yet ended (future)
    const years = [begun - 1, begun, begun + 1];
    const sided = v.firm !== true ? years : years.filter((p) => (v.tense === 'past' ? first(p) <= index : first(p) + months - 1 >= index));
    y = (sided.length > 0 ? sided : years).sort((p, q) => periodCost(first(p), months, index, v.tense) - periodCost(first(q), months, index, v.tense))[0]!;
  }
  if (code === 'WI' && a.m <= 2 && v.shift === 0 && y === begun) y = a.y;
  return `${pad(y - back, 4)}-${code}`;
}

/**
 * Distance in months from the anchor's month to a period, weighted against the tense as in
 * `pickYear`, except that a coming period counts four times even when the tense is unknown:
 * news names quarters and seasons mostly when they are over ("third-quarter earnings").
 */
function periodCost(startIndex: number, months: number, index: number, tense: Tense): number {
  if (index >= startIndex && index < startIndex + months) return 0;
  if (index < startIndex) return (startIndex - index) * (tense === 'future' ? 1 : 4);
  return (index - (startIndex + months - 1)) * (tense === 'future' ? 4 : 1);
}

function holiday(v: YearPartValue, a: Ymd): string {
  const which = v.which as Holiday;
  const at = epochDay(a.y, a.m, a.d);
  const days = [a.y - 1, a.y, a.y + 1].flatMap((y) => holidayDays(which, y));
  if (v.shift < 0) return formatDay(days.filter((d) => epochDay(d.y, d.m, d.d) < at).pop()!);
  if (v.shift > 0) return formatDay(days.find((d) => epochDay(d.y, d.m, d.d) > at)!);
  return formatDay(pickYear(v.firm === true ? onSide(days, v.tense, a) : days, v.tense, a));
}
