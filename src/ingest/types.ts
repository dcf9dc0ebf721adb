/**
 * @module ingest/types — what the format readers return.
 *
 * A reader turns one decoded input (a file's text, or stdin) into zero or more raw
 * documents plus problems. Readers do not normalize text or compute ids: `ingest/index`
 * does that once for every format, so offsets always refer to the normalized text.
 */
import type { Problem } from '../errors.js';
import type { DocumentMeta, InputFormat } from '../pipeline/document.js';

/** A document as a reader found it: body text (not yet normalized) and metadata. */
export interface RawDocument {
  /** Path as given, record id or url, feed item link, or `FILE#N` (N counts from 1). */
  readonly source: string;
  readonly format: InputFormat;
  /** Plain body text; paragraphs separated by a blank line. */
  readonly text: string;
  readonly meta: DocumentMeta;
}

/** What one reader call yields: documents, and problems that did not stop it. */
export interface ReadResult {
  readonly docs: readonly RawDocument[];
  readonly problems: readonly Problem[];
}

/** Metadata with every field unknown. */
export const EMPTY_META: DocumentMeta = Object.freeze({ title: null, outlet: null, byline: null, url: null, published: null });
