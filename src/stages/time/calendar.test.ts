/**
 * @module stages/time/calendar.test — the integer day arithmetic gives what `Date` gives,
 * its quirks included (years 0–99, months and days that overflow, days past its range).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { epochDay, fromEpochDay, isoWeekday, lastDayOfMonth } from './calendar.js';

const DAY_MS = 86_400_000;

/** The `Date` forms the integer ones replaced. */
const byDate = {
  epochDay: (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS),
  fromEpochDay: (n: number) => {
    const dt = new Date(n * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  },
  isoWeekday: (y: number, m: number, d: number): number => {
    const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return w === 0 ? 7 : w;
  },
  lastDayOfMonth: (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate(),
};

const YEARS = [-271_821, -100_001, -4001, -401, -400, -1, 0, 1, 50, 99, 100, 399, 400, 1582, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 2400, 9999, 275_760, 300_000];
const MONTHS = [-13, -1, 0, 1, 2, 3, 6, 11, 12, 13, 25];
const DAYS = [-400, -1, 0, 1, 15, 28, 29, 30, 31, 32, 366];

describe('calendar arithmetic', () => {
  it('epochDay, isoWeekday and lastDayOfMonth agree with Date', () => {
    for (const y of YEARS) {
      for (const m of MONTHS) {
        assert.deepEqual(lastDayOfMonth(y, m), byDate.lastDayOfMonth(y, m), `${y}-${m}`);
        for (const d of DAYS) {
          assert.deepEqual(epochDay(y, m, d), byDate.epochDay(y, m, d), `${y}-${m}-${d}`);
          assert.deepEqual(isoWeekday({ y, m, d }), byDate.isoWeekday(y, m, d), `${y}-${m}-${d}`);
        }
      }
    }
  });

  it('fromEpochDay agrees with Date, every day of four centuries and at the edges', () => {
    const days: number[] = [];
    for (let n = epochDay(1800, 1, 1) - 1; n <= epochDay(2200, 12, 31) + 1; n++) days.push(n);
    days.push(-100_000_001, -100_000_000, -99_999_999, -719_468, 99_999_999, 100_000_000, 100_000_001, 0.5, -0.5, Number.NaN);
    for (const n of days) assert.deepEqual(fromEpochDay(n), byDate.fromEpochDay(n), String(n));
  });

  it('round-trips a day', () => {
    assert.deepEqual(fromEpochDay(epochDay(2024, 2, 29)), { y: 2024, m: 2, d: 29 });
    assert.equal(epochDay(1970, 1, 1), 0);
    assert.equal(isoWeekday({ y: 2024, m: 4, d: 29 }), 1);
  });

  it('falls back to Date for what is not an integer', () => {
    assert.deepEqual(epochDay(2024, 1, 1.5), byDate.epochDay(2024, 1, 1.5));
    assert.ok(Number.isNaN(epochDay(Number.NaN, 1, 1)));
  });
});
