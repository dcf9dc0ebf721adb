/**
 * @module store/store — the storage interface every backend implements.
 *
 * The analysis loop reads a batch, analyzes it in memory and hands it to `writeBatch`,
 * which stores all of it or nothing (one transaction per batch). Backends: SQLite
 * (`store/sqlite`, the default file store) and memory (`store/memory`, for `annotate`
 * and tests). One shared test suite (`store/store-suite.ts`) runs against each.
 * The interface is asynchronous so that a networked backend (PostgreSQL) fits it too.
 */
import type { Problem } from '../errors.js';
import type { Annotation } from '../pipeline/annotation.js';
import type { InputFormat, Published } from '../pipeline/document.js';
import type { PackedLayer } from './packed.js';
import type { StageStatus } from '../pipeline/stage.js';
import type { Fingerprint } from '../corpus/near-duplicates.js';

/** A document as stored. */
export interface StoredDocument {
  readonly id: string;
  readonly source: string;
  readonly format: InputFormat;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly published: Published;
  /** An exact or near duplicate already in the store, else null. */
  readonly duplicateOf: string | null;
  /** Order of arrival in this store (1, 2, …). */
  readonly seq: number;
}

/** Everything written for one new document. */
export interface DocumentRecord {
  readonly doc: Omit<StoredDocument, 'seq'>;
  /** Annotations of the persisted layers, packed per layer (store/packed). */
  readonly layers: readonly PackedLayer[];
  readonly status: readonly StageStatus[];
  /** Near-duplicate fingerprint (corpus/near-duplicates). */
  readonly fingerprint: Fingerprint;
}

/** A near-duplicate candidate. */
export interface Candidate {
  readonly id: string;
  readonly fingerprint: Fingerprint;
}

/** One run of `analyze`, for the record. */
export interface RunRecord {
  readonly id: string;
  readonly startedAt: string;
  readonly command: string;
}

/** What one transaction writes. */
export interface BatchWrite {
  readonly run: RunRecord;
  readonly documents: readonly DocumentRecord[];
  /** Inputs that failed, stored so that `parley runs`/export can show them. */
  readonly problems: readonly Problem[];
  /** Exact duplicates seen under another source: `{ id, source }`. */
  readonly seenAgain: readonly { readonly id: string; readonly source: string }[];
}

/** Counts for summaries. */
export interface StoreStats {
  readonly documents: number;
  readonly nearDuplicates: number;
  readonly annotations: number;
  readonly stageErrors: number;
  readonly problems: number;
}

/** A stored document analysed again: what replaces its analysis (its text, sources and near-duplicate mark stay). */
export interface Reanalysis {
  readonly id: string;
  readonly published: Published;
  readonly layers: readonly PackedLayer[];
  readonly status: readonly StageStatus[];
}

/** The storage interface. */
export interface Store {
  /** `sqlite`, `memory`, … */
  readonly kind: string;
  /** Which of `ids` are stored already. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Stored documents indexed under any of `keys` with their fingerprints, those sharing
   * the most keys first (ties: the earlier stored first), at most `limit` of them.
   */
  candidates(keys: readonly number[], limit: number): Promise<Candidate[]>;
  /** Texts of stored documents. */
  texts(ids: readonly string[]): Promise<Map<string, string>>;
  /** Writes a batch atomically: all of it, or nothing and a thrown STORE_WRITE_FAILED. */
  writeBatch(batch: BatchWrite): Promise<void>;
  /**
   * Replaces the publication date, layers and stage outcomes of stored documents (`parley
   * reanalyze`), atomically: all of them, or nothing and a thrown STORE_WRITE_FAILED (also
   * for an id that is not stored). `problems` (documents whose new analysis failed) are
   * recorded under `run` in the same transaction, as `writeBatch` records analyze's.
   */
  replaceAnalyses(run: RunRecord, documents: readonly Reanalysis[], problems?: readonly Problem[]): Promise<void>;
  /**
   * The latest reanalysis that replaced documents and did not finish (cut off by a crash or
   * Ctrl-C), with how many documents it replaced; null when there is none.
   */
  unfinishedReanalysis(): Promise<{ readonly run: RunRecord; readonly done: number } | null>;
  /** Marks a reanalysis finished: it will not be resumed. */
  finishReanalysis(runId: string): Promise<void>;
  /**
   * All documents in arrival order (streamed; safe for large stores); with `skipReplacedBy`,
   * those the reanalysis of that run has not replaced yet.
   */
  documents(options?: { readonly skipReplacedBy?: string }): AsyncIterable<StoredDocument>;
  /** One document, or null. */
  document(id: string): Promise<StoredDocument | null>;
  /** Stored annotations of a document, in span order, optionally only some layers. */
  annotations(docId: string, layers?: readonly string[]): Promise<Annotation[]>;
  /** Stage outcomes of a document. */
  stageStatus(docId: string): Promise<StageStatus[]>;
  /** Sources under which a document was seen (first one first). */
  sources(docId: string): Promise<string[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
