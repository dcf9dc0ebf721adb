/**
 * @module util/span-index — the spans of a list that overlap a range, without scanning the list.
 *
 * A long document has thousands of mentions, times, quotes, citations and quote candidates;
 * asking "which of them overlap these words" once per event or candidate by scanning them
 * all made the events, claims and quotes stages quadratic (a 1 MB document spent seconds
 * there). The index sorts the spans by start once and
 * answers from the few whose start can reach the range. Answers keep the list's own order,
 * so `find`, `some` and "the first one" mean exactly what they meant over the list.
 * `SpanIndex.of` keeps one index per list (the claims stage asks about the same sentence,
 * mention and time lists many times per document).
 */
import type { Span } from '../pipeline/annotation.js';

/** Lists up to this long are scanned rather than sorted. */
const SHORT_LIST = 32;
const EMPTY = new Int32Array(0);

/** The items of a list of spans, searchable by overlap and containment. */
export class SpanIndex<T> {
  /** Item positions in the list, by start (stable); null for a short list, which is scanned instead. */
  private readonly order: Int32Array | null = null;
  /** The start of each item, in `order`. */
  private readonly starts: Float64Array | null = null;
  /** Positions gathered by a query of a long list (reused; no query calls out while it is filled). */
  private readonly scratch: Int32Array = EMPTY;
  /** The longest item: no item that starts more than this before a range can reach it. */
  private readonly longest: number;

  private static readonly cache = new WeakMap<readonly Span[], unknown>();

  /** The index of a list of spans, built on first use; the list must not change afterwards. */
  static of<S extends Span>(items: readonly S[]): SpanIndex<S> {
    let index = SpanIndex.cache.get(items) as SpanIndex<S> | undefined;
    if (index === undefined) {
      index = new SpanIndex(items, (x) => x);
      SpanIndex.cache.set(items, index);
    }
    return index;
  }

  /** Indexes `items`, whose spans `span` gives. */
  constructor(private readonly items: readonly T[], private readonly span: (item: T) => Span) {
    let longest = 0;
    for (let i = 0; i < items.length; i++) {
      const s = span(items[i]!);
      longest = Math.max(longest, s.end - s.start);
    }
    this.longest = longest;
    // most documents have a few dozen mentions or times: sorting them costs more than scanning them
    if (items.length <= SHORT_LIST) return;
    const byItem = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) byItem[i] = span(items[i]!).start;
    const order = new Int32Array(items.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => byItem[a]! - byItem[b]! || a - b);
    const starts = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) starts[k] = byItem[order[k]!]!;
    this.order = order;
    this.starts = starts;
    this.scratch = new Int32Array(order.length);
  }

  /** The items that overlap `[start, end)` (item.start < end and start < item.end), in list order. */
  overlapping(start: number, end: number): T[] {
    return this.collect(start - this.longest, end, OVERLAP, start, end);
  }

  /**
   * Whether an item that overlaps `[start, end)` satisfies `ok` (every such item when `ok` is
   * left out): `overlapping(start, end).some(ok)` without building the list.
   */
  someOverlapping(start: number, end: number, ok?: (item: T) => boolean): boolean {
    const lo = start - this.longest;
    if (this.order === null || this.starts === null) {
      for (let i = 0; i < this.items.length; i++) {
        const item = this.items[i]!;
        const s = this.span(item);
        if (s.start >= lo && s.start < end && start < s.end && (ok === undefined || ok(item))) return true;
      }
      return false;
    }
    const starts = this.starts;
    for (let k = lowerBound(starts, lo); k < starts.length && starts[k]! < end; k++) {
      const item = this.items[this.order[k]!]!;
      if (start < this.span(item).end && (ok === undefined || ok(item))) return true;
    }
    return false;
  }

  /** The position in the list of the first item that holds `offset`, or -1. */
  holding(offset: number): number {
    return this.firstPosition(offset - this.longest, offset + 1, HOLDING, offset, offset);
  }

  /** The items that start at or after `start` and end at or before `end`, in list order. */
  within(start: number, end: number): T[] {
    return this.collect(start, end + 1, WITHIN, start, end);
  }

  /** The items that start in `[lo, hi]`, in list order. */
  startingIn(lo: number, hi: number): T[] {
    return this.collect(lo, hi + 1, ANY, 0, 0);
  }

  /** Whether an item that starts in `[lo, hi]` satisfies `ok` (items tried in list order). */
  someStartingIn(lo: number, hi: number, ok: (item: T) => boolean): boolean {
    if (this.order === null) {
      for (let i = 0; i < this.items.length; i++) {
        const item = this.items[i]!;
        const s = this.span(item);
        if (s.start >= lo && s.start < hi + 1 && ok(item)) return true;
      }
      return false;
    }
    return this.collect(lo, hi + 1, ANY, 0, 0).some(ok);
  }

  /** The position in the list of the first item that starts at `start`, or -1. */
  startingAt(start: number): number {
    return this.firstPosition(start, start + 1, ANY, 0, 0);
  }

  /**
   * The items, in list order, whose start is in `[lo, hi)` and that pass test `kind` with
   * `a` and `b` (see {@link passes}). A short list is scanned in order; a long one gathers
   * positions from the sorted starts into {@link scratch}, sorted only when out of order.
   */
  private collect(lo: number, hi: number, kind: Test, a: number, b: number): T[] {
    const out: T[] = [];
    const items = this.items;
    if (this.order === null || this.starts === null) {
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        const s = this.span(item);
        if (s.start >= lo && s.start < hi && passes(kind, s, a, b)) out.push(item);
      }
      return out;
    }
    const starts = this.starts;
    const order = this.order;
    const scratch = this.scratch;
    let n = 0;
    let ascending = true;
    for (let k = lowerBound(starts, lo); k < starts.length && starts[k]! < hi; k++) {
      const i = order[k]!;
      if (passes(kind, this.span(items[i]!), a, b)) {
        if (n > 0 && i < scratch[n - 1]!) ascending = false;
        scratch[n++] = i;
      }
    }
    if (!ascending) scratch.subarray(0, n).sort();
    for (let k = 0; k < n; k++) out.push(items[scratch[k]!]!);
    return out;
  }

  /** The least position of the items {@link collect} would give, or -1. */
  private firstPosition(lo: number, hi: number, kind: Test, a: number, b: number): number {
    const items = this.items;
    if (this.order === null || this.starts === null) {
      for (let i = 0; i < items.length; i++) {
        const s = this.span(items[i]!);
        if (s.start >= lo && s.start < hi && passes(kind, s, a, b)) return i;
      }
      return -1;
    }
    const starts = this.starts;
    const order = this.order;
    let first = -1;
    for (let k = lowerBound(starts, lo); k < starts.length && starts[k]! < hi; k++) {
      const i = order[k]!;
      if ((first === -1 || i < first) && passes(kind, this.span(items[i]!), a, b)) first = i;
    }
    return first;
  }
}

/** The tests {@link SpanIndex} queries apply to a span, by number (no closure per query). */
type Test = typeof OVERLAP | typeof HOLDING | typeof WITHIN | typeof ANY;
/** Overlaps `[a, b)`. */
const OVERLAP = 0;
/** Holds offset `a`. */
const HOLDING = 1;
/** Lies inside `[a, b]`. */
const WITHIN = 2;
/** Any span (the start range alone decides). */
const ANY = 3;

function passes(kind: Test, s: Span, a: number, b: number): boolean {
  switch (kind) {
    case OVERLAP: return s.start < b && a < s.end;
    case HOLDING: return s.start <= a && a < s.end;
    case WITHIN: return s.start >= a && s.end <= b;
    default: return true;
  }
}

/** The first index of ascending `starts` whose value is at least `lo` (`firstWhere` without a closure). */
function lowerBound(starts: Float64Array, lo: number): number {
  let from = 0;
  let to = starts.length;
  while (from < to) {
    const mid = (from + to) >> 1;
    if (starts[mid]! >= lo) to = mid;
    else from = mid + 1;
  }
  return from;
}

/**
 * The first index in `[from, n)` where `past` holds (n when none), for a `past` that stays
 * true once true: the one binary search the stages share.
 */
export function firstWhere(n: number, past: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
