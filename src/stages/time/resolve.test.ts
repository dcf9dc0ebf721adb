/**
 * @module stages/time/resolve.test — `resolveTimex` on explicit anchor days, one case per line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorNeeded, precisionOf, resolveTimex, unresolved } from './resolve.js';
import type { TimexType, TimexValue } from './types.js';

const resolve = (value: TimexValue, anchor: string, type: TimexType = 'date'): string => resolveTimex({ type, value }, anchor).value;
const W = '2024-05-01'; // a Wednesday

test('known values pass through', () => assert.equal(resolve({ op: 'known', value: 'P60D' }, W, 'duration'), 'P60D'));
test('day offset', () => assert.equal(resolve({ op: 'day', n: -1 }, W), '2024-04-30'));
test('day offset across a month', () => assert.equal(resolve({ op: 'day', n: 1 }, '2024-02-29'), '2024-03-01'));
test('clock time on the anchor day', () => assert.equal(resolve({ op: 'day', n: 0, time: '10:30' }, W, 'time'), '2024-05-01T10:30'));
test('part of day', () => assert.equal(resolve({ op: 'day', n: -1, part: 'NI' }, W, 'time'), '2024-04-30TNI'));
test('past weekday', () => assert.equal(resolve({ op: 'weekday', day: 1, tense: 'past', shift: 0 }, W), '2024-04-29'));
test('past weekday on the same day', () => assert.equal(resolve({ op: 'weekday', day: 3, tense: 'past', shift: 0 }, W), '2024-05-01'));
test('unknown tense weekday is past', () => assert.equal(resolve({ op: 'weekday', day: 4, tense: 'unknown', shift: 0 }, W), '2024-04-25'));
test('future weekday', () => assert.equal(resolve({ op: 'weekday', day: 4, tense: 'future', shift: 0 }, W), '2024-05-02'));
test('future weekday on the same day', () => assert.equal(resolve({ op: 'weekday', day: 3, tense: 'future', shift: 0 }, W), '2024-05-01'));
test('last weekday is strictly before', () => assert.equal(resolve({ op: 'weekday', day: 3, tense: 'unknown', shift: -1 }, W), '2024-04-24'));
test('next weekday is strictly after', () => assert.equal(resolve({ op: 'weekday', day: 3, tense: 'unknown', shift: 1 }, W), '2024-05-08'));
test('the weekend before', () => assert.equal(resolve({ op: 'weekday', day: 6, tense: 'past', shift: 0, asWeekend: true }, W), '2024-W17-WE'));
test('month day, nearer past', () => assert.equal(resolve({ op: 'month-day', month: 10, day: 7, tense: 'unknown' }, W), '2023-10-07'));
test('month day, near future', () => assert.equal(resolve({ op: 'month-day', month: 5, day: 20, tense: 'unknown' }, W), '2024-05-20'));
test('month day, future tense', () => assert.equal(resolve({ op: 'month-day', month: 11, day: 24, tense: 'future' }, W), '2024-11-24'));
test('month day, past tense', () => assert.equal(resolve({ op: 'month-day', month: 11, day: 22, tense: 'past' }, W), '2023-11-22'));
test('past verb with a close coming date', () => assert.equal(resolve({ op: 'month-day', month: 5, day: 20, tense: 'past' }, W), '2024-05-20'));
test('month day across new year', () => assert.equal(resolve({ op: 'month-day', month: 1, day: 3, tense: 'unknown' }, '2024-12-28'), '2025-01-03'));
test('month day with its weekday', () => assert.equal(resolve({ op: 'month-day', month: 10, day: 26, tense: 'unknown', weekday: 1 }, '2026-01-05'), '2026-10-26'));
test('month day last year', () => assert.equal(resolve({ op: 'month-day', month: 6, day: 1, tense: 'unknown', yearShift: -1 }, W), '2023-06-01'));
test('29 February only in leap years', () => assert.equal(resolve({ op: 'month-day', month: 2, day: 29, tense: 'past' }, '2025-03-10'), '2024-02-29'));
test('bare month, same month', () => assert.equal(resolve({ op: 'month', which: 5, tense: 'past', shift: 0 }, W), '2024-05'));
test('bare month, past', () => assert.equal(resolve({ op: 'month', which: 11, tense: 'past', shift: 0 }, W), '2023-11'));
test('last month name', () => assert.equal(resolve({ op: 'month', which: 5, tense: 'unknown', shift: -1 }, W), '2023-05'));
test('next month name', () => assert.equal(resolve({ op: 'month', which: 4, tense: 'unknown', shift: 1 }, W), '2025-04'));
test('offset week', () => assert.equal(resolve({ op: 'offset', unit: 'week', n: -1 }, W), '2024-W17'));
test('offset week, ISO year', () => assert.equal(resolve({ op: 'offset', unit: 'week', n: 0 }, '2027-01-01'), '2026-W53'));
test('offset month across a year', () => assert.equal(resolve({ op: 'offset', unit: 'month', n: -5 }, W), '2023-12'));
test('offset quarter', () => assert.equal(resolve({ op: 'offset', unit: 'quarter', n: -2 }, W), '2023-Q4'));
test('offset half', () => assert.equal(resolve({ op: 'offset', unit: 'half', n: 1 }, W), '2024-H2'));
test('offset year', () => assert.equal(resolve({ op: 'offset', unit: 'year', n: 1 }, W), '2025'));
test('offset decade', () => assert.equal(resolve({ op: 'offset', unit: 'decade', n: 0 }, W), '202'));
test('offset century', () => assert.equal(resolve({ op: 'offset', unit: 'century', n: 0 }, W), '20'));
test('offset months at year grain', () => assert.equal(resolve({ op: 'offset', unit: 'month', n: -18, grain: 'year' }, W), '2022'));
test('quarter that has begun', () => assert.equal(resolve({ op: 'quarter', which: 2, tense: 'unknown', shift: 0 }, W), '2024-Q2'));
test('quarter just ended', () => assert.equal(resolve({ op: 'quarter', which: 4, tense: 'unknown', shift: 0 }, '2025-02-10'), '2024-Q4'));
test('coming quarter with future tense', () => assert.equal(resolve({ op: 'quarter', which: 3, tense: 'future', shift: 0 }, W), '2024-Q3'));
test('quarter a year back', () => assert.equal(resolve({ op: 'quarter', which: 1, tense: 'unknown', shift: 0, yearsBack: 1 }, W), '2023-Q1'));
test('season last', () => assert.equal(resolve({ op: 'season', which: 'SU', tense: 'unknown', shift: -1 }, W), '2023-SU'));
test('season now', () => assert.equal(resolve({ op: 'season', which: 'SP', tense: 'unknown', shift: 0 }, W), '2024-SP'));
test('winter in January', () => assert.equal(resolve({ op: 'season', which: 'WI', tense: 'unknown', shift: 0 }, '2024-01-15'), '2024-WI'));
test('Easter', () => assert.equal(resolve({ op: 'holiday', which: 'easter', tense: 'past', shift: 0 }, W), '2024-03-31'));
test('Thanksgiving', () => assert.equal(resolve({ op: 'holiday', which: 'thanksgiving', tense: 'future', shift: 0 }, W), '2024-11-28'));
test('US Election Day', () => assert.equal(resolve({ op: 'holiday', which: 'election-day', tense: 'future', shift: 0 }, W), '2024-11-05'));
test('the week of a day', () => assert.equal(resolve({ op: 'month-day', month: 3, day: 6, tense: 'unknown', asWeek: true }, '2024-03-01'), '2024-W10'));
test('precision of values', () => assert.deepEqual(['2024', '2024-05', '2024-Q1', '2024-W05', '2024-05-01', '2024-05-01TMO', '2024-05-01T10:30', 'P3D', '199'].map(precisionOf), ['year', 'month', 'year', 'week', 'day', 'day', 'time', 'unknown', 'unknown']));
test('resolved precision', () => assert.equal(resolveTimex({ type: 'date', value: { op: 'offset', unit: 'week', n: 0 } }, W).precision, 'week'));
test('anchor needed', () => assert.deepEqual([anchorNeeded({ op: 'offset', unit: 'year', n: -1 }), anchorNeeded({ op: 'weekday', day: 1, tense: 'past', shift: 0 }), anchorNeeded({ op: 'known', value: '2024' })], ['year', 'day', 'unknown']));
test('unresolved relative value', () => assert.deepEqual(unresolved({ type: 'date', value: { op: 'day', n: 0 } }), { type: 'date', value: null, precision: 'unknown' }));
test('a malformed anchor throws', () => assert.throws(() => resolveTimex({ type: 'date', value: { op: 'day', n: 0 } }, 'May 1'), /not YYYY-MM-DD/));
