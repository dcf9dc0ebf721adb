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
import type { Problem } from './errors.js';
import { containment, estimateContainment, fingerprint as fingerprintOf, shingles as shinglesOf, type Fingerprint } from './corpus/near-duplicates.js';
import { discover, readInput, type Input } from './ingest/index.js';
import { createContext } from './pipeline/context.js';
import type { Published, SourceDocument } from './pipeline/document.js';
import { analyzeDocument, persistedAnnotations, type Pipeline } from './pipeline/pipeline.js';
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
  interrupted: boolean;
  seconds: number;
}

/** Options of a run. */
export interface AnalyzeOptions {
  readonly config: ParleyConfig;
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly command?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
  /** Called for each problem as it happens (the CLI prints them). */
  readonly onProblem?: (p: Problem) => void;
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
  readonly shingles: Set<number>;
}

/** Reads, analyzes and stores `paths`. Never throws for bad input; store failures do throw. */
export async function analyzePaths(paths: readonly string[], opts: AnalyzeOptions): Promise<AnalyzeSummary> {
  const t0 = performance.now();
  const { config, store } = opts;
  const ctx = createContext(config);
  const found = discover(paths);
  const summary: AnalyzeSummary = {
    inputs: found.inputs.length, documents: 0, stored: 0, alreadyStored: 0, exactDuplicates: 0, nearDuplicates: 0,
    failed: 0, stageErrors: 0, passedOver: found.passedOver.length, problems: [], newIds: [], interrupted: false, seconds: 0,
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
    batch = [];
    batchIndex.clear();
    problems = [];
  };

  const sizeOf = opts.sizeOf ?? defaultSize;
  let bytesDone = 0;
  let inputsDone = 0;
  for (const input of found.inputs) {
    if (opts.signal?.aborted) { summary.interrupted = true; break; }
    const read = readInput(input, config, opts.stdin);
    for (const p of read.problems) { report(p); problems.push(p); summary.failed++; }
    const stored = await store.existing(read.docs.map((d) => d.id));
    for (const doc of read.docs) {
      summary.documents++;
      if (stored.has(doc.id) || seenThisRun.has(doc.id)) {
        const sources = stored.has(doc.id) ? await store.sources(doc.id) : [];
        if (sources.includes(doc.source)) summary.alreadyStored++;
        else {
          summary.exactDuplicates++;
          if (stored.has(doc.id)) await store.writeBatch({ run, documents: [], problems: [], seenAgain: [{ id: doc.id, source: doc.source }] });
        }
        continue;
      }
      seenThisRun.add(doc.id);
      const pending = await analyzeOne(doc, opts, ctx, batch, batchIndex);
      if (pending.rec.doc.duplicateOf) summary.nearDuplicates++;
      if (pending.rec.status.some((s) => s.status === 'error')) summary.stageErrors++;
      batch.push(pending);
      if (summary.newIds.length < 25) summary.newIds.push(doc.id);
      for (const k of pending.rec.fingerprint.keys) {
        const ids = batchIndex.get(k);
        if (ids) ids.push(doc.id); else batchIndex.set(k, [doc.id]);
      }
      if (batch.length >= config.batchSize) await flush();
      // Let signal handlers (Ctrl-C) and the progress bar run: the loop itself never yields.
      if (summary.documents % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (opts.signal?.aborted) { summary.interrupted = true; break; }
    }
    inputsDone++;
    bytesDone += sizeOf(input);
    opts.onProgress?.({ inputsDone, inputsTotal: found.inputs.length, bytesDone, documents: summary.documents });
    if (summary.interrupted) break;
  }
  await flush();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

async function analyzeOne(doc: SourceDocument, opts: AnalyzeOptions, ctx: ReturnType<typeof createContext>, batch: readonly Pending[], batchIndex: Map<number, string[]>): Promise<Pending> {
  const analysis = analyzeDocument(opts.pipeline, ctx, doc);
  const published = (analysis.layers.get('published')?.[0]?.value as Published | undefined) ?? UNKNOWN_DATE;
  const { fingerprint, shingles } = fingerprintOf(doc.text);
  const duplicateOf = await findNearDuplicate(shingles, fingerprint, opts, batch, batchIndex);
  return {
    shingles,
    rec: {
      doc: {
        id: doc.id, source: doc.source, format: doc.format, title: doc.meta.title, outlet: doc.meta.outlet,
        byline: doc.meta.byline, url: doc.meta.url, text: doc.text, published, duplicateOf,
      },
      annotations: persistedAnnotations(opts.pipeline, analysis),
      status: analysis.status,
      fingerprint,
    },
  };
}

/**
 * The stored or batched document that this text nearly duplicates, or null. Candidates
 * come from the LSH index; their sketches screen them (estimated containment within
 * SCREEN_MARGIN of the threshold); the survivors are checked exactly on their shingles.
 */
async function findNearDuplicate(shingles: Set<number>, fp: Fingerprint, opts: AnalyzeOptions, batch: readonly Pending[], batchIndex: Map<number, string[]>): Promise<string | null> {
  if (fp.keys.length === 0) return null;
  const threshold = opts.config.nearDuplicateContainment;
  const screened = (await opts.store.candidates(fp.keys, MAX_CANDIDATES))
    .filter((c) => estimateContainment(fp, c.fingerprint) >= threshold - SCREEN_MARGIN);
  if (screened.length > 0) {
    const texts = await opts.store.texts(screened.map((c) => c.id));
    let best: { id: string; score: number } | null = null;
    for (const c of screened) {
      const text = texts.get(c.id);
      const score = text === undefined ? 0 : containment(shingles, shinglesOf(text));
      if (score >= threshold && (!best || score > best.score)) best = { id: c.id, score };
    }
    if (best) return best.id;
  }
  const local = new Set<string>();
  for (const k of fp.keys) for (const id of batchIndex.get(k) ?? []) local.add(id);
  for (const p of batch) {
    if (!local.has(p.rec.doc.id) || estimateContainment(fp, p.rec.fingerprint) < threshold - SCREEN_MARGIN) continue;
    if (containment(shingles, p.shingles) >= threshold) return p.rec.doc.id;
  }
  return null;
}

const UNKNOWN_DATE: Published = { value: null, precision: 'unknown', method: 'unknown', earliest: null, latest: null, evidence: ['the published stage did not run'] };

function defaultSize(input: Input): number {
  return input.kind === 'file' ? safeSize(input.path) : 0;
}

function safeSize(p: string): number {
  try { return fs.statSync(p).size; } catch { return 0; }
}
