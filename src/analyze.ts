/**
 * @module analyze — the library function behind `parley analyze` and `parley annotate`.
 *
 * Data flow per input: discover → read and normalize (ingest) → skip exact duplicates
 * (content-hash id already stored or seen in this run) → run the pipeline → look for a
 * near duplicate (corpus/near-duplicates: LSH candidates from the store and from this
 * batch, verified by shingle containment) → add to the batch. Every `batchSize`
 * documents, the batch is written in one transaction. An abort signal (Ctrl-C) stops
 * after the current document and writes what is complete, so the store never holds a
 * partial document.
 */
import fs from 'node:fs';
import type { ParleyConfig } from './config.js';
import { formatMessage, type Problem } from './errors.js';
import { containment, estimateContainment, shingles as shinglesOf, type Fingerprint } from './corpus/near-duplicates.js';
import { discover, readInputItems, type Input } from './ingest/index.js';
import { kbRoleHolders } from './stages/published/index.js';
import { CrashError, createAnalyzer, type DocumentResult } from './pipeline/analyzer.js';
import type { SourceDocument } from './pipeline/document.js';
import type { Pipeline } from './pipeline/pipeline.js';
import type { DocumentRecord, RunRecord, Store } from './store/store.js';
import { stableId } from './util/hash.js';

/** Progress after each input. */
export interface Progress {
  readonly inputsDone: number;
  readonly inputsTotal: number;
  readonly bytesDone: number;
  readonly documents: number;
}

/** What a run did. */
export interface AnalyzeSummary {
  /** Inputs (files, stdin) found. */
  inputs: number;
  /** Documents read from them. */
  documents: number;
  /** Newly stored. */
  stored: number;
  /** Same text as a stored document under the same source: a re-run. */
  alreadyStored: number;
  /** Same text as a stored document under another source: not stored again. */
  exactDuplicates: number;
  /** Stored, with `duplicateOf` set. */
  nearDuplicates: number;
  /** Inputs or records that could not be read. */
  failed: number;
  /** Documents stored with at least one failed stage. */
  stageErrors: number;
  /** Files in folders that were passed over (unsupported format, folder docs). */
  passedOver: number;
  problems: Problem[];
  /** Ids of the first documents stored by this run (at most 25), for the summary. */
  newIds: string[];
  /** Annotations of the newly stored documents, by layer (`quote`, `event`, …). */
  found: Record<string, number>;
  interrupted: boolean;
  seconds: number;
}

/** Options of a run. */
export interface AnalyzeOptions {
  readonly config: ParleyConfig;
  readonly store: Store;
  /** A custom pipeline (runs in this thread). Default: the default pipeline, on workers per `config.workers`. */
  readonly pipeline?: Pipeline;
  readonly command?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
  /** Called for each problem as it happens (the CLI prints them). */
  readonly onProblem?: (p: Problem) => void;
  /** Receives debug lines when `config.debug` is set; defaults to standard error. */
  readonly debugSink?: (line: string) => void;
  /** Bytes of `-` (tests); defaults to reading standard input. */
  readonly stdin?: () => Uint8Array;
  /** Size of each input for progress; defaults to the file size. */
  readonly sizeOf?: (input: Input) => number;
}

/** Stored candidates verified per document: the ones sharing the most LSH keys. */
const MAX_CANDIDATES = 8;

/** How far below the threshold a sketch estimate may fall and still be checked exactly. */
const SCREEN_MARGIN = 0.2;

/** Documents between two yields to the event loop. */
const YIELD_EVERY = 25;

interface Pending {
  readonly rec: DocumentRecord;
  /** Shingles, computed only if an exact containment check needs them. */
  shingles?: Set<number>;
}

/** Documents in flight in the analyzer at most, per worker thread. */
const WINDOW = 64;

/** Adds the counts of a stored document's packed layers to `into` (the summary's `found`). */
function countLayers(into: Record<string, number>, layers: readonly { readonly layer: string; readonly count: number }[]): void {
  for (const l of layers) into[l.layer] = (into[l.layer] ?? 0) + l.count;
}

/** Reads, analyzes and stores `paths`. Never throws for bad input; store failures do throw. */
export async function analyzePaths(paths: readonly string[], opts: AnalyzeOptions): Promise<AnalyzeSummary> {
  const t0 = performance.now();
  const { config, store } = opts;
  // An invalid knowledge base ends the command before any document is read (KB_INVALID).
  kbRoleHolders(config.kbDirs);
  const found = discover(paths);
  const summary: AnalyzeSummary = {
    inputs: found.inputs.length, documents: 0, stored: 0, alreadyStored: 0, exactDuplicates: 0, nearDuplicates: 0,
    failed: 0, stageErrors: 0, passedOver: found.passedOver.length, problems: [], newIds: [], found: {}, interrupted: false, seconds: 0,
  };
  const startedAt = new Date().toISOString();
  const run: RunRecord = { id: stableId('r', startedAt, process.pid, Math.random()), startedAt, command: opts.command ?? 'analyze' };
  const report = (p: Problem): void => { summary.problems.push(p); opts.onProblem?.(p); };
  let problems: Problem[] = [];
  for (const p of found.problems) { report(p); problems.push(p); summary.failed++; }

  let batch: Pending[] = [];
  const batchIndex = new Map<number, string[]>();
  const seenThisRun = new Set<string>();
  const flush = async (): Promise<void> => {
    if (batch.length === 0 && problems.length === 0) return;
    await store.writeBatch({ run, documents: batch.map((b) => b.rec), problems, seenAgain: [] });
    summary.stored += batch.length;
    for (const b of batch) countLayers(summary.found, b.rec.layers);
    batch = [];
    batchIndex.clear();
    problems = [];
  };

  // Each input's size, read once: for the progress bar, and so that small runs stay in this
  // thread (no worker start-up); stdin's size is unknown.
  const sizes = new Map(found.inputs.map((i) => [i, (opts.sizeOf ?? defaultSize)(i)]));
  const expectedBytes = found.inputs.some((i) => i.kind !== 'file') ? null : [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const analyzer = createAnalyzer(config, opts.pipeline ?? null, expectedBytes, opts.debugSink);
  const inFlight: { doc: SourceDocument; result: Promise<DocumentResult> }[] = [];
  const settle = async (): Promise<void> => {
    const next = inFlight.shift()!;
    let result: DocumentResult;
    try {
      result = await next.result;
    } catch (err) {
      // The worker died on this document: report it and go on with the batch.
      if (!(err instanceof CrashError)) throw err;
      const p: Problem = { code: 'ANALYSIS_CRASHED', where: next.doc.source, message: formatMessage('ANALYSIS_CRASHED', next.doc.source, err.message) };
      report(p);
      problems.push(p);
      summary.failed++;
      seenThisRun.delete(next.doc.id);
      return;
    }
    const pending = await toPending(next.doc, result, opts, batch, batchIndex);
    if (pending.rec.doc.duplicateOf) summary.nearDuplicates++;
    if (pending.rec.status.some((s) => s.status === 'error')) summary.stageErrors++;
    batch.push(pending);
    if (summary.newIds.length < 25) summary.newIds.push(next.doc.id);
    for (const k of pending.rec.fingerprint.keys) {
      const ids = batchIndex.get(k);
      if (ids) ids.push(next.doc.id); else batchIndex.set(k, [next.doc.id]);
    }
    if (batch.length >= config.batchSize) await flush();
  };

  let bytesDone = 0;
  let inputsDone = 0;
  try {
    for (const input of found.inputs) {
      if (opts.signal?.aborted) { summary.interrupted = true; break; }
      for (const item of readInputItems(input, config, opts.stdin)) {
        if ('problem' in item) { report(item.problem); problems.push(item.problem); summary.failed++; continue; }
        const doc = item.doc;
        summary.documents++;
        const stored = seenThisRun.has(doc.id) ? false : (await store.existing([doc.id])).has(doc.id);
        if (stored || seenThisRun.has(doc.id)) {
          const sources = stored ? await store.sources(doc.id) : [];
          if (sources.includes(doc.source)) summary.alreadyStored++;
          else {
            summary.exactDuplicates++;
            if (stored) await store.writeBatch({ run, documents: [], problems: [], seenAgain: [{ id: doc.id, source: doc.source }] });
          }
          continue;
        }
        seenThisRun.add(doc.id);
        const result = analyzer.analyze(doc);
        // settled in input order later; a crash of this document must not count as unhandled meanwhile
        result.catch(() => {});
        inFlight.push({ doc, result });
        if (inFlight.length >= WINDOW) await settle();
        // Let signal handlers (Ctrl-C) and the progress bar run: the loop itself may never yield.
        if (summary.documents % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
        if (opts.signal?.aborted) { summary.interrupted = true; break; }
      }
      // In-flight documents are not awaited here: with one document per file, waiting
      // would leave the workers idle between files.
      inputsDone++;
      bytesDone += sizes.get(input) ?? 0;
      opts.onProgress?.({ inputsDone, inputsTotal: found.inputs.length, bytesDone, documents: summary.documents });
      if (summary.interrupted) break;
    }
    // Documents already being analyzed when Ctrl-C came are finished and kept.
    while (inFlight.length > 0) await settle();
  } finally {
    await analyzer.close();
  }
  await flush();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

async function toPending(doc: SourceDocument, result: DocumentResult, opts: AnalyzeOptions, batch: Pending[], batchIndex: Map<number, string[]>): Promise<Pending> {
  const duplicateOf = await findNearDuplicate(doc.text, result.fingerprint, opts, batch, batchIndex);
  return {
    rec: {
      doc: {
        id: doc.id, source: doc.source, format: doc.format, title: doc.meta.title, outlet: doc.meta.outlet,
        byline: doc.meta.byline, url: doc.meta.url, text: doc.text, published: result.published, duplicateOf,
      },
      layers: result.layers,
      status: result.status,
      fingerprint: result.fingerprint,
    },
  };
}

/**
 * The stored or batched document that this text nearly duplicates, or null. Candidates
 * come from the LSH index; their sketches screen them (estimated containment within
 * SCREEN_MARGIN of the threshold); the survivors are checked exactly on their shingles.
 */
async function findNearDuplicate(text: string, fp: Fingerprint, opts: AnalyzeOptions, batch: Pending[], batchIndex: Map<number, string[]>): Promise<string | null> {
  if (fp.keys.length === 0) return null;
  let own: Set<number> | null = null;
  const shingles = (): Set<number> => (own ??= shinglesOf(text));
  const threshold = opts.config.nearDuplicateContainment;
  const screened = (await opts.store.candidates(fp.keys, MAX_CANDIDATES))
    .filter((c) => estimateContainment(fp, c.fingerprint) >= threshold - SCREEN_MARGIN);
  if (screened.length > 0) {
    const stored = await opts.store.texts(screened.map((c) => c.id));
    let best: { id: string; score: number } | null = null;
    for (const c of screened) {
      const other = stored.get(c.id);
      const score = other === undefined ? 0 : containment(shingles(), shinglesOf(other));
      if (score >= threshold && (!best || score > best.score)) best = { id: c.id, score };
    }
    if (best) return best.id;
  }
  const local = new Set<string>();
  for (const k of fp.keys) for (const id of batchIndex.get(k) ?? []) local.add(id);
  for (const p of batch) {
    if (!local.has(p.rec.doc.id) || estimateContainment(fp, p.rec.fingerprint) < threshold - SCREEN_MARGIN) continue;
    p.shingles ??= shinglesOf(p.rec.doc.text);
    if (containment(shingles(), p.shingles) >= threshold) return p.rec.doc.id;
  }
  return null;
}

function defaultSize(input: Input): number {
  return input.kind === 'file' ? safeSize(input.path) : 0;
}

function safeSize(p: string): number {
  try { return fs.statSync(p).size; } catch { return 0; }
}
