/**
 * @module stages/quotes/span-index — find the spans near a span without scanning them all.
 *
 * Refiners and the combine step compare candidates pairwise (does this reported speech
 * overlap a direct quote, does this model reading cover a rule quote, does this cue lie
 * inside a speaker phrase). Done as a scan of every other candidate that is quadratic, and
 * a multi-megabyte document has thousands of candidates. These indexes sort the spans once
 * by start and keep the running maximum of their ends, so each question reads only the
 * spans that can answer it; every answer is the one the scan gave.
 */
import type { Span } from '../../pipeline/annotation.js';

/** The first index in `[0, n)` where `past` holds (n when none), for a `past` that stays true once true. */
export function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Spans sorted by start, with the running maximum of their ends. */
export class SpanIndex<T extends Span> {
  private readonly items: readonly T[];
  /** Indices into `items`, by start. */
  private readonly order: Int32Array;
  /** `reach[k]`: the largest end among `order[0..k]`. */
  private readonly reach: Float64Array;

  constructor(items: readonly T[]) {
    this.items = items;
    this.order = Int32Array.from(items.keys()).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.reach = new Float64Array(items.length);
    let far = -Infinity;
    this.order.forEach((i, k) => {
      far = Math.max(far, items[i]!.end);
      this.reach[k] = far;
    });
  }

  /** The items that share at least one offset with `span` (overlap > 0), in the order given to the constructor. */
  overlapping(span: Span): T[] {
    const { items, order } = this;
    // Items before `lo` end by `span.start`; items from `hi` on start at or after `span.end`.
    const lo = firstWhere(order.length, (k) => this.reach[k]! > span.start);
    const hi = firstWhere(order.length, (k) => items[order[k]!]!.start >= span.end);
    const found: number[] = [];
    for (let k = lo; k < hi; k++) {
      const item = items[order[k]!]!;
      if (Math.min(span.end, item.end) - Math.max(span.start, item.start) > 0) found.push(order[k]!);
    }
    return found.sort((a, b) => a - b).map((i) => items[i]!);
  }

  /** Whether an item starting in `[from, to]` satisfies `ok`. */
  someStartingIn(from: number, to: number, ok: (item: T) => boolean): boolean {
    const { items, order } = this;
    for (let k = firstWhere(order.length, (j) => items[order[j]!]!.start >= from); k < order.length; k++) {
      const item = items[order[k]!]!;
      if (item.start > to) return false;
      if (ok(item)) return true;
    }
    return false;
  }
}

/**
 * Whether a token range `[first, last]` lies inside one of `ranges`: sorted by `first`,
 * the running maximum of `last` over the ranges starting at or before `first` decides.
 */
export function rangeCover(ranges: readonly { readonly first: number; readonly last: number }[]): (first: number, last: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  const starts = Int32Array.from(sorted, (r) => r.first);
  const reach = new Int32Array(sorted.length);
  let far = -1;
  sorted.forEach((r, i) => {
    far = Math.max(far, r.last);
    reach[i] = far;
  });
  return (first, last) => {
    const at = firstWhere(sorted.length, (k) => starts[k]! > first);
    return at > 0 && reach[at - 1]! >= last;
  };
}
