import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineYear } from './dateline.js';
import type { Period, WeekdayMention } from './infer.js';

const BLINKEN: Period[] = [{ earliest: '2021-01-26', latest: '2025-01-20' }];
const MONDAY: WeekdayMention[] = [{ day: 1, tense: 'past' }];
const year = (month: number, day: number, periods: Period[], lead: WeekdayMention[] = []): string | null => datelineYear(month, day, periods, lead).value;

describe('datelineYear', () => {
  it('the only allowed year', () => assert.equal(year(6, 10, [{ earliest: '2023-10-07', latest: '2025-01-20' }]), '2024-06-10'));
  it('several years: the lead\'s weekday is the dateline day', () => assert.equal(year(6, 10, BLINKEN, MONDAY), '2024-06-10'));
  it('several years: the lead\'s weekday is the day before the dateline', () => assert.equal(year(6, 11, BLINKEN, MONDAY), '2024-06-11'));
  it('several years and no weekday: the latest, the interval spanning them', () => assert.deepEqual(((r) => [r.value, r.earliest, r.latest])(datelineYear(6, 10, BLINKEN, [])), ['2024-06-10', '2021-06-10', '2024-06-10']));
  it('a weekday that fits no year is ignored', () => assert.equal(year(6, 10, [{ earliest: '2023-01-01', latest: '2023-12-31' }], MONDAY), '2023-06-10'));
  it('the day must lie in a period, not only in their hull', () => assert.equal(year(6, 10, [{ earliest: '2019-01-01', latest: '2019-03-01' }, { earliest: '2020-01-01', latest: '2020-12-31' }]), '2020-06-10'));
  it('February 29 only in leap years', () => assert.equal(year(2, 29, [{ earliest: '2021-01-01', latest: '2024-12-31' }]), '2024-02-29'));
  it('the weekend in the lead is the Saturday or Sunday before a Monday dateline', () => {
    // March 3 was a Monday in 2025 only among 2022..2025
    const lead: WeekdayMention[] = [{ day: 1, tense: 'past' }, { day: 6, tense: 'past', weekend: true }];
    assert.equal(year(3, 3, [{ earliest: '2022-01-01', latest: '2025-12-31' }], lead), '2025-03-03');
  });
  it('says which years fit and why the latest', () => assert.match(datelineYear(6, 10, BLINKEN, []).reason, /June 10 fits 2021, 2022, 2023, 2024 .*the latest, 2024/));
});

describe('datelineYear: the latest date the text gives with its year', () => {
  const ALL: Period[] = [{ earliest: '2016-01-01', latest: '2026-11-21' }];
  it('an open year takes the first that follows the latest dated mention within a year', () => {
    const r = datelineYear(9, 28, ALL, [], { start: '2016-09-27', end: '2016-09-27' });
    assert.deepEqual([r.value, r.earliest, r.latest], ['2016-09-28', '2016-09-28', '2026-09-28']);
    assert.match(r.reason, /latest date the text gives with its year/);
  });
  it('a dated mention more than a year before every candidate decides nothing: the latest year', () => assert.equal(datelineYear(9, 28, [{ earliest: '2019-01-01', latest: '2026-11-21' }], [], { start: '2012-01-01', end: '2012-12-31' }).value, '2026-09-28'));
});
