/**
 * @module stages/time/calendar — proleptic Gregorian day arithmetic in whole days (UTC,
 * no clock, no time zone): ISO weeks, weekdays, holidays.
 */
import { pad } from './patterns.js';
import type { Holiday } from './types.js';

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

/** Reads `YYYY-MM-DD` (anything after the day is ignored), or null. */
export function parseDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Days since 1970-01-01. */
export function epochDay(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The day `n` days after 1970-01-01. */
export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** `day` moved by `n` days. */
export function addDays(day: Ymd, n: number): Ymd {
  return fromEpochDay(epochDay(day.y, day.m, day.d) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Ymd): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** ISO 8601 week of a day: `YYYY-Www` (the week-year may differ from the calendar year). */
export function formatWeek(day: Ymd): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const week = Math.floor((epochDay(thursday.y, thursday.m, thursday.d) - epochDay(thursday.y, 1, 1)) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Month `m` of year `y` moved by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

/** The `n`th `weekday` (ISO) of a month; `n` = -1 is the last one. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = isoWeekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = isoWeekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - weekday + 7) % 7) };
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The day of a holiday in year `y`. */
export function holidayYmd(which: Holiday, y: number): Ymd {
  switch (which) {
    case 'new-year': return { y, m: 1, d: 1 };
    case 'new-year-eve': return { y, m: 12, d: 31 };
    case 'christmas': return { y, m: 12, d: 25 };
    case 'christmas-eve': return { y, m: 12, d: 24 };
    case 'independence-day': return { y, m: 7, d: 4 };
    case 'halloween': return { y, m: 10, d: 31 };
    case 'valentine': return { y, m: 2, d: 14 };
    case 'thanksgiving': return nthWeekday(y, 11, 4, 4);
    case 'labor-day': return nthWeekday(y, 9, 1, 1);
    case 'memorial-day': return nthWeekday(y, 5, 1, -1);
    case 'easter': return easter(y);
    case 'good-friday': return addDays(easter(y), -2);
    case 'election-day': return addDays(nthWeekday(y, 11, 1, 1), 1);
  }
}

/** The day of a holiday in year `y`, as `YYYY-MM-DD`. */
export function holidayDay(which: Holiday, y: number): string {
  return formatDay(holidayYmd(which, y));
}
