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

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_FROM_MARCH_0 = 719_468;
/** Days in 400 Gregorian years. */
const DAYS_PER_ERA = 146_097;
/** The most days from 1970-01-01 a `Date` holds (its time value is within ±8.64e15 ms). */
const MAX_DAYS = 100_000_000;

/*
 * epochDay and fromEpochDay count in whole days with integers (H. Hinnant's
 * days_from_civil and civil_from_days): the time stage resolves every expression through
 * them, and the publication-date stage tries up to three years of anchor days per event
 * reference, where a `Date` and its field getters per day were most of the cost. They give
 * what `Date.UTC` and the UTC getters give, quirks included (a year from 0 to 99 is one
 * of 1900–1999, months and days overflow into the next; past a `Date`'s range, NaN);
 * anything but integers goes through `Date` itself. calendar.test.ts holds them to `Date`.
 */

/** Days since 1970-01-01 (what `Date.UTC(y, m - 1, d)` gives, in days). */
export function epochDay(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
  const month0 = m - 1;
  // Date.UTC: a year from 0 to 99 is 1900 + year; months past December roll into later years
  const year = (y >= 0 && y <= 99 ? 1900 + y : y) + Math.floor(month0 / 12);
  const month = (((month0 % 12) + 12) % 12) + 1;
  // from March: the leap day ends the counting year
  const yy = month <= 2 ? year - 1 : year;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_MARCH_0 + d - 1;
  return Math.abs(days) > MAX_DAYS ? Number.NaN : days;
}

/** The day `n` days after 1970-01-01 (the UTC fields of `new Date(n * DAY_MS)`). */
export function fromEpochDay(n: number): Ymd {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_DAYS) {
    const dt = new Date(n * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  const z = n + EPOCH_FROM_MARCH_0;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

/** `day` moved by `n` days. */
export function addDays(day: Ymd, n: number): Ymd {
  return fromEpochDay(epochDay(day.y, day.m, day.d) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (NaN for a day a `Date` cannot hold). */
export function isoWeekday(day: Ymd): number {
  // 1970-01-01 was a Thursday
  return ((((epochDay(day.y, day.m, day.d) + 3) % 7) + 7) % 7) + 1;
}

/** The last day of month `m` of year `y` (what `new Date(Date.UTC(y, m, 0)).getUTCDate()` gives). */
export function lastDayOfMonth(y: number, m: number): number {
  return fromEpochDay(epochDay(y, m + 1, 0)).d;
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
  const lastDay = lastDayOfMonth(y, m);
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

/** Orthodox Easter Sunday in the Gregorian calendar (Meeus's Julian algorithm, 13 days added: right for 1900–2099). */
function orthodoxEaster(y: number): Ymd {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays({ y, m: month, d: day }, 13);
}

/**
 * Holidays of lunar calendars: `[holiday, month, day]`, the month as ICU numbers it in the
 * Islamic Umm al-Qura calendar (the Saudi official one; where the new moon is sighted, a day
 * later is common) or names it in the Hebrew calendar (Israel's days: Simchat Torah on 22
 * Tishri). Purim is in Adar, or Adar II in a leap year.
 */
const ISLAMIC: readonly (readonly [Holiday, string, number])[] = [['ramadan', '9', 1], ['eid-al-fitr', '10', 1], ['eid-al-adha', '12', 10]];
const HEBREW: readonly (readonly [Holiday, string, number])[] = [
  ['passover', 'Nisan', 15], ['rosh-hashanah', 'Tishri', 1], ['yom-kippur', 'Tishri', 10], ['sukkot', 'Tishri', 15],
  ['simchat-torah', 'Tishri', 22], ['hanukkah', 'Kislev', 25], ['purim', 'Adar', 14], ['purim', 'Adar II', 14],
];

let islamicFormat: Intl.DateTimeFormat | null = null;
let hebrewFormat: Intl.DateTimeFormat | null = null;
const lunarYears = new Map<number, ReadonlyMap<Holiday, readonly Ymd[]>>();

/** Every day of Gregorian year `y` on which a lunar holiday falls, read off ICU's calendars once per year. */
function lunarHolidays(y: number): ReadonlyMap<Holiday, readonly Ymd[]> {
  const cached = lunarYears.get(y);
  if (cached !== undefined) return cached;
  islamicFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  hebrewFormat ??= new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' });
  const found = new Map<Holiday, Ymd[]>();
  const add = (h: Holiday, day: Ymd): void => { const list = found.get(h); if (list) list.push(day); else found.set(h, [day]); };
  const first = epochDay(y, 1, 1);
  const days = epochDay(y + 1, 1, 1) - first;
  for (let n = 0; n < days; n++) {
    const date = new Date((first + n) * DAY_MS);
    const day = fromEpochDay(first + n);
    for (const [fmt, table] of [[islamicFormat, ISLAMIC], [hebrewFormat, HEBREW]] as const) {
      let month = '';
      let dayOfMonth = 0;
      for (const part of fmt.formatToParts(date)) {
        if (part.type === 'month') month = part.value;
        else if (part.type === 'day') dayOfMonth = Number(part.value);
      }
      for (const [h, m, d] of table) if (m === month && d === dayOfMonth) add(h, day);
    }
  }
  if (lunarYears.size > 64) lunarYears.clear();
  lunarYears.set(y, found);
  return found;
}

/**
 * Every day of a holiday in Gregorian year `y`, in order: one for most, none or two for a
 * holiday of a lunar calendar (Eid al-Fitr fell twice in 2000), both Eids for `eid`.
 */
export function holidayDays(which: Holiday, y: number): Ymd[] {
  switch (which) {
    case 'eid': return [...holidayDays('eid-al-fitr', y), ...holidayDays('eid-al-adha', y)].sort((a, b) => epochDay(a.y, a.m, a.d) - epochDay(b.y, b.m, b.d));
    case 'eid-al-fitr': case 'eid-al-adha': case 'ramadan': case 'passover': case 'rosh-hashanah': case 'yom-kippur': case 'sukkot': case 'simchat-torah': case 'hanukkah': case 'purim':
      return [...(lunarHolidays(y).get(which) ?? [])];
    default: return [holidayYmd(which, y)];
  }
}

/** The day of a holiday in year `y` (the first, for a holiday of a lunar calendar; January 1 if it falls in none of its days). */
export function holidayYmd(which: Holiday, y: number): Ymd {
  switch (which) {
    case 'orthodox-christmas': return { y, m: 1, d: 7 };
    case 'orthodox-easter': return orthodoxEaster(y);
    case 'eid': case 'eid-al-fitr': case 'eid-al-adha': case 'ramadan': case 'passover': case 'rosh-hashanah': case 'yom-kippur': case 'sukkot': case 'simchat-torah': case 'hanukkah': case 'purim':
      return holidayDays(which, y)[0] ?? { y, m: 1, d: 1 };
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
