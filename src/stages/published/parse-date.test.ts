import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bounds, parseMetadataDate } from './parse-date.js';

const cases: Array<[string, string | null, string?]> = [
  ['2024-05-01', '2024-05-01'],
  ['2024-05-01T09:30:00Z', '2024-05-01'],
  ['2024-04-30T23:30:00-04:00', '2024-04-30'],
  ['2024-04-30 23:30', '2024-04-30'],
  ['20240501', '2024-05-01'],
  ['2024/5/1', '2024-05-01'],
  ['Tue, 30 Apr 2024 14:00:00 GMT', '2024-04-30'],
  ['30 April 2024', '2024-04-30'],
  ['April 30, 2024', '2024-04-30'],
  ['Apr. 30 2024', '2024-04-30'],
  ['Sept. 5, 2023', '2023-09-05'],
  ['Tuesday, April 30, 2024 10:00 AM', '2024-04-30'],
  ['2024-05', '2024-05', 'month'],
  ['May 2024', '2024-05', 'month'],
  ['2024', '2024', 'year'],
  ['2024-02-30', null],
  ['yesterday', null],
  ['13/05/2024', '2024-05-13'],
  ['05/13/2024 14:00', '2024-05-13'],
  ['05/03/2024', null],
  ['30.04.2024', '2024-04-30'],
  ['2024-5-1', '2024-05-01'],
  ['1714435200', '2024-04-30'],
  ['1714435200000', '2024-04-30'],
  ['', null],
];

describe('parseMetadataDate', () => {
  for (const [raw, value, precision] of cases) {
    it(`${JSON.stringify(raw)} → ${value}`, () => {
      const p = parseMetadataDate(raw);
      assert.equal(p?.value ?? null, value);
      if (p) assert.equal(p.precision, precision ?? 'day');
    });
  }
});

describe('bounds', () => {
  it('a month spans its days', () => assert.deepEqual(bounds({ value: '2024-02', precision: 'month' }), { earliest: '2024-02-01', latest: '2024-02-29' }));
  it('a year spans its days', () => assert.deepEqual(bounds({ value: '2023', precision: 'year' }), { earliest: '2023-01-01', latest: '2023-12-31' }));
  it('a day is itself', () => assert.deepEqual(bounds({ value: '2023-11-24', precision: 'day' }), { earliest: '2023-11-24', latest: '2023-11-24' }));
});
