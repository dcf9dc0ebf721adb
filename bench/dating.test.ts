import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datingRow, summarize } from './dating.js';

const pub = (value: string | null, earliest: string | null, latest: string | null) => ({ value, method: 'inferred', earliest, latest, evidence: ['a clue'] });

test('a row says whether the interval holds the day and how far the value is, a month counting as its 15th', () => {
  const r = datingRow('x_2016-06-09_y.txt', '2016-06-09', pub('2016-06', '2016-05-03', '2016-11-08'));
  assert.deepEqual([r.holds, r.within7, r.errorDays], [true, false, 6]);
  const day = datingRow('x', '2016-06-09', pub('2016-06-12', '2016-06-12', '2016-06-12'));
  assert.deepEqual([day.holds, day.within7, day.errorDays], [false, true, 3]);
  assert.equal(datingRow('x', '2016-06-09', pub('2016', '2015-01-01', '2016')).holds, true);
});

test('the summary counts only articles given a value', () => {
  const rows = [datingRow('a', '2016-06-09', pub('2016-06-10', '2016-06-01', '2016-06-30')), datingRow('b', '2016-06-09', undefined), datingRow('c', '2016-06-09', pub('2016-06-29', null, null))];
  assert.equal(summarize(rows), 'articles 3, values given 2, interval holds the day 2, within 7 days 1, error of the values: mean 11 days, median 10.5 days');
});
