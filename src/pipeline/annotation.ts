/**
 * @module pipeline/annotation — immutable, serializable records of what a stage found.
 *
 * Every annotation covers `text.slice(start, end)` of the normalized document text, carries
 * a `value` and says where it came from (`source`, e.g. `sentences/abbreviation-merge`).
 * Stages never mutate an annotation; a refiner that changes one returns a new record.
 */

/** A span of the normalized document text. Offsets are UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One finding of a stage. */
export interface Annotation<V = unknown> extends Span {
  /** The layer this belongs to, e.g. `sentence`, `token`, `time`. */
  readonly layer: string;
  /** Exactly `doc.text.slice(start, end)`. */
  readonly text: string;
  /** Layer-specific value (a TIMEX3 value, an entity id, …). */
  readonly value: V;
  /** Provenance: `stage/proposer-or-refiner`. */
  readonly source: string;
}

/** Builds a frozen annotation over `text[start, end)`. */
export function annotate<V>(layer: string, docText: string, start: number, end: number, value: V, source: string): Annotation<V> {
  if (start < 0 || end < start || end > docText.length) {
    throw new RangeError(`annotation ${layer} [${start}, ${end}) is outside a text of length ${docText.length}`);
  }
  return Object.freeze({ layer, start, end, text: docText.slice(start, end), value, source });
}

/** Sorts spans by start, then longer first. Returns a new array. */
export function bySpan<T extends Span>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || b.end - a.end);
}
