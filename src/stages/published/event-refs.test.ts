import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimexValue } from '../time/types.js';
import type { KnownEvent } from './clues.js';
import { covers, eventRefClues, publicationDays, type RelativeTime } from './event-refs.js';

const date = (value: TimexValue) => ({ type: 'date' as const, value });
const days = (value: TimexValue, event: string): [string, string] | null => { const d = publicationDays(date(value), event); return d ? [d.earliest, d.latest] : null; };

describe('publicationDays', () => {
  it('"last month": the month after, two days either way', () => assert.deepEqual(days({ op: 'offset', unit: 'month', n: -1 }, '2024-07-31'), ['2024-07-31', '2024-09-02']));
  it('"last week": the week after, two days either way', () => assert.deepEqual(days({ op: 'offset', unit: 'week', n: -1 }, '2024-08-06'), ['2024-08-10', '2024-08-20']));
  it('"yesterday": the day after, or one more', () => assert.deepEqual(days({ op: 'day', n: -1 }, '2024-06-09'), ['2024-06-10', '2024-06-11']));
  it('"on Wednesday" (past): within the week after', () => assert.deepEqual(days({ op: 'weekday', day: 3, tense: 'past', shift: 0 }, '2024-07-31'), ['2024-07-31', '2024-08-07']));
  it('"last year": the year after, a week either way', () => assert.deepEqual(days({ op: 'offset', unit: 'year', n: -1 }, '2023-10-07'), ['2023-12-25', '2025-01-07']));
  it('a weekday that is not the event\'s: none', () => assert.equal(days({ op: 'weekday', day: 1, tense: 'past', shift: 0 }, '2024-07-31'), null));
});

describe('covers', () => {
  const cases: Array<[string, string, boolean]> = [
    ['2024-07-31', '2024-07-31', true], ['2024-07', '2024-07-31', true], ['2024', '2024-07-31', true],
    ['2024-W31', '2024-07-31', true], ['2024-W32', '2024-07-31', false], ['2024-W31-WE', '2024-08-03', true],
    ['2024-W31-WE', '2024-07-31', false], ['2024-Q3', '2024-07-31', false],
  ];
  for (const [value, day, expected] of cases) it(`${value} ∋ ${day}: ${expected}`, () => assert.equal(covers(value, day), expected));
});

describe('eventRefClues', () => {
  const events: KnownEvent[] = [{ name: 'the signing', date: '2024-03-12', source: 'test', mentions: [], context: [], war: false, refs: ['signed * accord', 'signing of * accord'], refContext: ['ports'] }];
  const text = 'The unions last week signed the ports accord, officials said.';
  const lastWeek: RelativeTime = { start: 11, end: 20, type: 'date', value: { op: 'offset', unit: 'week', n: -1 }, tense: 'past' };
  const clues = (t: string, times: RelativeTime[] = []) => eventRefClues(t, 'd', [{ start: 0, end: t.length }], times, events).map((c) => [c.earliest, c.latest, c.span!.text]);
  it('a ref alone: not before the event', () => assert.deepEqual(clues(text), [['2024-03-12', null, 'signed the ports accord']]));
  it('with "last week" next to it: the week after', () => assert.deepEqual(clues(text, [lastWeek]), [['2024-03-12', null, 'signed the ports accord'], ['2024-03-16', '2024-03-26', 'last week signed the ports accord']]));
  it('"a day after" a ref', () => assert.deepEqual(clues('Talks resumed a day after the signing of the ports accord.')[1], ['2024-03-13', null, 'a day after the signing of the ports accord']));
});
