/**
 * @module stages/time/testing — one-line assertion helpers for the time tests.
 *
 * `findTimes` runs the sentences passes and the timex passes over a text and resolves every
 * expression on an explicit anchor day, as the two stages do in the pipeline.
 */
import assert from 'node:assert/strict';
import { segment } from '../sentences/index.js';
import { extractCandidates, type TokenSpan } from './extract.js';
import { resolveOn, timexValue } from './index.js';
import type { ResolvedTime } from './types.js';

/** One time expression found in a text, resolved. */
export interface FoundTime extends ResolvedTime {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** Every time expression of `text`, resolved on `anchorDay` (null: no anchor). */
export function findTimes(text: string, anchorDay: string | null): FoundTime[] {
  const seg = segment(text);
  const tokens: TokenSpan[] = [];
  for (let i = 0; i < seg.tokens.length; i++) tokens.push({ start: seg.tokens.starts[i]!, end: seg.tokens.ends[i]!, text: seg.tokens.text(i) });
  const segments = seg.dateline === null ? seg.sentences : [seg.dateline, ...seg.sentences];
  const anchor = anchorDay === null ? null : { day: anchorDay, precision: 'day' as const };
  return extractCandidates(text, segments, tokens).map((c) => ({
    ...resolveOn(timexValue(c), anchor),
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    rule: c.rule,
  }));
}

/** The expressions of `text` on `anchorDay` are exactly `expected`, as `[span text, value]`. */
export function expectTimes(text: string, anchorDay: string, expected: readonly (readonly [string, string | null])[]): void {
  assert.deepEqual(
    findTimes(text, anchorDay).map((t) => [t.text, t.value]),
    expected.map(([s, v]) => [s, v]),
  );
}

/** Like `expectTimes`, with the TIMEX3 type too: `[span text, value, type]`. */
export function expectTypedTimes(text: string, anchorDay: string, expected: readonly (readonly [string, string | null, string])[]): void {
  assert.deepEqual(
    findTimes(text, anchorDay).map((t) => [t.text, t.value, t.type]),
    expected.map(([s, v, ty]) => [s, v, ty]),
  );
}

/** `text` holds no time expression at all. */
export function expectNoTimes(text: string, anchorDay = '2024-05-01'): void {
  assert.deepEqual(findTimes(text, anchorDay).map((t) => t.text), []);
}

/** The only expressions of `text` are `spans` (texts), whatever their values. */
export function expectOnlySpans(text: string, spans: readonly string[], anchorDay = '2024-05-01'): void {
  assert.deepEqual(findTimes(text, anchorDay).map((t) => t.text), [...spans]);
}
