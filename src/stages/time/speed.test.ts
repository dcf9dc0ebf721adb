/**
 * @module stages/time/speed.test — inputs that could make a pattern or a loop go superlinear.
 *
 * Not a benchmark (throughput is measured by `npm run bench`): each case must finish well
 * inside a generous timeout. The inputs repeat the words the rules anchor on, so that every
 * rule is tried at every position.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from './testing.js';

for (const [name, unit] of [
  ['month words', 'May March June '],
  ['years', '1999 2000 '],
  ['counts and units', 'the past two and a half '],
  ['unit words', 'days weeks years '],
  ['clock digits', '10:30 a.m. '],
  ['hyphen chain', '60-day-'],
  ['digits and commas', '1,2,'],
  ['weekdays', 'Monday, Tuesday '],
  ['modifiers', 'early late mid about around '],
  ['one long sentence of dates', 'on June 10, 2024 and '],
] as const) {
  test(`finishes on 100 KB of ${name}`, { timeout: 20_000 }, () => {
    const text = `${unit.repeat(Math.ceil(1e5 / unit.length))}.`;
    const started = performance.now();
    const found = findTimes(text, '2024-05-01');
    assert.ok(performance.now() - started < 15_000);
    assert.ok(found.every((t, i) => i === 0 || t.start >= found[i - 1]!.end), 'expressions are in order and do not overlap');
  });
}
