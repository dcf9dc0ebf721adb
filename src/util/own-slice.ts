/**
 * @module util/own-slice — strings kept across documents without keeping their documents.
 *
 * From {@link SLICE_VIEW_MIN} characters V8 makes `slice` a view of the whole string (a
 * "sliced string", which keeps its parent alive) instead of a copy. A cache that keeps such a
 * word or name from one article keeps the whole article: the stages' word caches once pinned
 * 1,562 documents (14 MB of text) per worker over 5,000 bench documents.
 */

/** Length from which V8 makes `slice` a view of the whole string (V8's `SlicedString::kMinLength`). */
export const SLICE_VIEW_MIN = 13;

/** `text.slice(start, end)` as a string of its own. Joining two pieces builds a flat string. */
export function ownSlice(text: string, start: number, end: number): string {
  return end - start < SLICE_VIEW_MIN ? text.slice(start, end) : [text.slice(start, start + 1), text.slice(start + 1, end)].join('');
}

/** `s` as a string of its own (a copy when it may be a view of a longer string). */
export function own(s: string): string {
  return s.length < SLICE_VIEW_MIN ? s : ownSlice(s, 0, s.length);
}
