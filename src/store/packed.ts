/**
 * @module store/packed — a document's annotations as one JSON string per layer.
 *
 * The pipeline workers pack what they found before sending it to the main thread: a
 * string crosses a thread boundary as a copy of its bytes, where an object graph of
 * hundreds of annotations costs a structured clone on both sides, and the store writes
 * the string as it is. Each layer's `data` is a JSON array of `[start, end, value,
 * source]`; the covered text is restored from the document text when reading.
 */
import type { Annotation } from '../pipeline/annotation.js';

/** One layer of one document, serialized. */
export interface PackedLayer {
  readonly layer: string;
  readonly count: number;
  /** JSON: `[[start, end, value, source], …]`. */
  readonly data: string;
}

/** Packs annotations by layer, keeping each layer's order. */
export function packLayers(annotations: readonly Annotation[]): PackedLayer[] {
  const byLayer = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byLayer.get(a.layer);
    if (list) list.push(a); else byLayer.set(a.layer, [a]);
  }
  return [...byLayer].map(([layer, anns]) => ({ layer, count: anns.length, data: JSON.stringify(anns.map((a) => [a.start, a.end, a.value ?? null, a.source])) }));
}

/** The annotations of a packed layer, their text taken from the document's `text`. */
export function unpackLayer(text: string, layer: string, data: string): Annotation[] {
  return (JSON.parse(data) as [number, number, unknown, string][]).map(([start, end, value, source]) =>
    Object.freeze({ layer, start, end, text: text.slice(start, end), value, source }));
}
