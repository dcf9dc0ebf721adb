import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKbDay, parseKbDate, spanContains } from './dates.js';

test('a year covers the whole year', () => assert.deepEqual(parseKbDate('2024'), { first: '2024-01-01', last: '2024-12-31', precision: 'year' }));
test('a month covers its days, leap years included', () => assert.deepEqual(parseKbDate('2024-02'), { first: '2024-02-01', last: '2024-02-29', precision: 'month' }));
test('a day is itself', () => assert.deepEqual(parseKbDate('2021-01-26'), { first: '2021-01-26', last: '2021-01-26', precision: 'day' }));
test('impossible days are refused', () => assert.equal(parseKbDate('2023-02-29'), null));
test('month 13 is refused', () => assert.equal(parseKbDate('2024-13'), null));
test('unpadded parts are refused', () => assert.equal(parseKbDate('2024-1-05'), null));
test('other formats are refused', () => assert.equal(parseKbDate('26 January 2021'), null));
test('two-digit years are refused', () => assert.equal(parseKbDate('24'), null));
test('isKbDay wants a full day', () => assert.deepEqual([isKbDay('2024-05-01'), isKbDay('2024-05'), isKbDay('2024-02-30')], [true, false, false]));
test('bounds are inclusive', () => assert.deepEqual([spanContains('2021-01-26', '2025-01-20', '2021-01-26'), spanContains('2021-01-26', '2025-01-20', '2025-01-20')], [true, true]));
test('outside the span', () => assert.deepEqual([spanContains('2021-01-26', '2025-01-20', '2021-01-25'), spanContains('2021-01-26', '2025-01-20', '2025-01-21')], [false, false]));
test('a month-precision end covers the whole month', () => assert.equal(spanContains('2022-12-29', '2024-11', '2024-11-30'), true));
test('open ends are open', () => assert.deepEqual([spanContains(null, '2020', '1900-01-01'), spanContains('2020', null, '2999-01-01')], [true, true]));
