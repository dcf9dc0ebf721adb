/**
 * @module util/span-index.test — the indexes answer exactly as a scan of every span.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../pipeline/annotation.js';
import { seededRandom } from './random.js';
import { SpanIndex, firstWhere, rangeCover } from './span-index.js';

/** `count` random spans (some empty, some nested, some repeated) within `[0, 200)`. */
function randomSpans(seed: number, count: number): Span[] {
  const random = seededRandom(seed);
  const out: Span[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * 200);
    out.push(random() < 0.1 && out.length > 0 ? out[Math.floor(random() * out.length)]! : { start, end: start + Math.floor(random() * random() * 60) });
  }
  return out;
}

/** Overlap as the index defines it: an empty span overlaps what strictly contains its offset. */
const overlaps = (q: Span, d: Span): boolean => d.start < q.end && q.start < d.end;

describe('firstWhere', () => {
  it('finds the first index where a monotone test holds', () => assert.equal(firstWhere(10, (i) => i >= 4), 4));
  it('n when it never holds', () => assert.equal(firstWhere(3, () => false), 3));
  it('0 on an empty range', () => assert.equal(firstWhere(0, () => true), 0));
  it('searches from a start when given one', () => assert.equal(firstWhere(10, (i) => i >= 2, 5), 5));
  it('n when the range from the start is empty', () => assert.equal(firstWhere(4, () => true, 4), 4));
});

describe('SpanIndex', () => {
  it('overlapping: the scan’s answer, in input order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomSpans(seed, 60);
      for (const index of [SpanIndex.of(items), new SpanIndex(items.slice(0, 20), (s) => s)]) {
        const list = index === SpanIndex.of(items) ? items : items.slice(0, 20);
        for (const q of randomSpans(seed + 100, 40)) assert.deepEqual(index.overlapping(q.start, q.end), list.filter((d) => overlaps(q, d)));
      }
    }
  });
  it('someOverlapping: the scan’s answer, with and without a test, short lists included', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomSpans(seed, 60);
      for (const [index, list] of [[SpanIndex.of(items), items], [new SpanIndex(items.slice(0, 20), (s) => s), items.slice(0, 20)]] as const) {
        for (const q of randomSpans(seed + 400, 40)) {
          const long = (d: Span): boolean => d.end - d.start > 10;
          assert.equal(index.someOverlapping(q.start, q.end), list.some((d) => overlaps(q, d)));
          assert.equal(index.someOverlapping(q.start, q.end, long), list.some((d) => overlaps(q, d) && long(d)));
        }
      }
    }
  });
  it('someStartingIn: the scan’s answer, short lists included', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomSpans(seed, 60);
      for (const [index, list] of [[SpanIndex.of(items), items], [new SpanIndex(items.slice(0, 20), (s) => s), items.slice(0, 20)]] as const) {
        for (const q of randomSpans(seed + 200, 40)) {
          const inside = (d: Span): boolean => d.start >= q.start && d.end <= q.end;
          assert.equal(index.someStartingIn(q.start, q.end, inside), list.some(inside));
        }
      }
    }
  });
  it('holding, within, startingIn, startingAt: the scan’s answers, short lists included', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = randomSpans(seed, 60);
      for (const [index, items] of [[SpanIndex.of(all), all], [new SpanIndex(all.slice(0, 20), (s) => s), all.slice(0, 20)]] as const) {
        for (const q of randomSpans(seed + 300, 40)) {
          assert.equal(index.holding(q.start), items.findIndex((d) => d.start <= q.start && q.start < d.end));
          assert.deepEqual(index.within(q.start, q.end), items.filter((d) => d.start >= q.start && d.end <= q.end));
          assert.deepEqual(index.startingIn(q.start, q.end), items.filter((d) => d.start >= q.start && d.start <= q.end));
          assert.equal(index.startingAt(q.start), items.findIndex((d) => d.start === q.start));
        }
      }
    }
  });
  it('an empty index finds nothing', () => assert.deepEqual(SpanIndex.of([]).overlapping(0, 5), []));
});

describe('rangeCover', () => {
  it('the scan’s answer', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const ranges = randomSpans(seed, 30).map((s) => ({ first: s.start, last: s.end }));
      const within = rangeCover(ranges);
      for (const q of randomSpans(seed + 300, 40)) assert.equal(within(q.start, q.end), ranges.some((r) => q.start >= r.first && q.end <= r.last));
    }
  });
  it('nothing covers anything when there are no ranges', () => assert.equal(rangeCover([])(0, 0), false));
});
