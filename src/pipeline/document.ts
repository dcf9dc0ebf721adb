/**
 * @module pipeline/document — the document as ingest hands it to the pipeline.
 */
import type { Span } from './annotation.js';

/** How the publication date was obtained (EXPORT.md `documents[].published.method`). */
export type DateMethod = 'metadata' | 'header' | 'dateline' | 'inferred' | 'unknown';

/** TIMEX3 precision. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'year' | 'unknown';

/** A span of evidence inside one document, as exported. */
export interface EvidenceSpan extends Span {
  readonly doc: string;
  readonly text: string;
}

/** `documents[].published`. */
export interface Published {
  readonly value: string | null;
  readonly precision: Precision;
  readonly method: DateMethod;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly evidence: readonly (EvidenceSpan | string)[];
}

/** Metadata found by the reader of the input format, before any text analysis. */
export interface DocumentMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly url: string | null;
  /** Raw publication date string from metadata, and where it came from. */
  readonly published: { readonly raw: string; readonly method: 'metadata' | 'header'; readonly from: string } | null;
}

/** Which reader produced a document. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'json' | 'jsonl';

/** One document ready for the pipeline: normalized text plus metadata. */
export interface SourceDocument {
  /** Stable id from the content hash of `text` (`d_` + 16 hex). */
  readonly id: string;
  /** Path as given, record id/url, or `FILE#N`. */
  readonly source: string;
  readonly format: InputFormat;
  /** Normalized body; every offset refers to it. */
  readonly text: string;
  readonly meta: DocumentMeta;
}
