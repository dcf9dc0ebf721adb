/**
 * @module pipeline/analyzer — runs the pipeline on documents, in this thread or in workers.
 *
 * `analyzeForStore` is the pure per-document step (pipeline, publication date, persisted
 * layers, near-duplicate fingerprint). An Analyzer runs it either in-process or on a pool
 * of worker threads; the caller awaits results in input order, so everything that
 * depends on order (ids, near-duplicate decisions, storage) stays deterministic.
 * Small runs never pay for threads: with `workers: 'auto'`, inputs known to total less
 * than `SMALL_RUN_BYTES` are analyzed in-process. Larger runs send every document to the
 * pool, so the main thread never loads the models (a pipeline per thread costs about
 * 150–230 MB).
 */
import os from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ParleyConfig } from '../config.js';
import { fingerprintOnly, type Fingerprint } from '../corpus/near-duplicates.js';
import { packLayers, type PackedLayer } from '../store/packed.js';
import { createContext, stderrSink, type RunContext } from './context.js';
import { defaultPipeline } from './default.js';
import type { Published, SourceDocument } from './document.js';
import { analyzeDocument, persistedAnnotations, type Pipeline } from './pipeline.js';
import type { StageStatus } from './stage.js';

/** What the store needs from the analysis of one document. */
export interface DocumentResult {
  readonly published: Published;
  /** The persisted layers, packed here so that only strings cross the thread boundary. */
  readonly layers: readonly PackedLayer[];
  readonly status: readonly StageStatus[];
  readonly fingerprint: Fingerprint;
}

const UNKNOWN_DATE: Published = { value: null, precision: 'unknown', method: 'unknown', earliest: null, latest: null, evidence: ['the published stage did not run'] };

/** Runs the pipeline on one document and packs what the store keeps. */
export function analyzeForStore(pipeline: Pipeline, ctx: RunContext, doc: SourceDocument): DocumentResult {
  const analysis = analyzeDocument(pipeline, ctx, doc);
  const published = (analysis.layers.get('published')?.[0]?.value as Published | undefined) ?? UNKNOWN_DATE;
  return { published, layers: packLayers(persistedAnnotations(pipeline, analysis)), status: analysis.status, fingerprint: fingerprintOnly(doc.text) };
}

/** Analyzes documents; results may be awaited in any order. */
export interface Analyzer {
  analyze(doc: SourceDocument): Promise<DocumentResult>;
  close(): Promise<void>;
}

/**
 * Young-generation size of each worker, MB (see WorkerPool). 24, not 32: over 10,000 bench
 * documents (case a, two alternated pairs, session 12) peak RSS 455 and 470 MiB against 492–513
 * with 32, at the same rate (169, 176 against 176, 173 docs/s) and total CPU within ±3 %; 16
 * had cost 18 % more CPU.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * Old-generation limit of a regular worker, MB. V8 grows heaps lazily when memory is
 * plentiful, so without a limit a worker's RSS drifts to several times its live size (the
 * live heap is 40–60 MB after thousands of articles) on long runs: over 2,000 bench
 * documents in one thread, peak RSS was 325 MB uncapped and 205 MB capped at 256, at the
 * same CPU time; over 3,000 documents with two workers, the whole process peaked at 516 MiB
 * with 256 and 474 MiB with 128, again at the same CPU time (a young generation of 16
 * instead of 32 MB saved 40 MiB more but cost 18 % more CPU). Documents up to
 * {@link LARGE_DOCUMENT_CHARS} analyze within 128 MB (measured with a 990,000-character
 * article); longer ones, and any document a regular worker dies on, go to the
 * large-document worker.
 */
const OLD_GENERATION_MB = 128;

/**
 * Old-generation limit of the large-document worker, MB: the largest accepted document
 * (5 MB of text) analyzes within 384 MB (measured). That worker exists only while it has
 * work, so its heap never stays resident.
 */
const LARGE_OLD_GENERATION_MB = 512;

/**
 * V8 flags set (process-wide) before the first pipeline worker starts. TurboFan compiles on
 * V8's background threads, which the workers' own CPU does not show, and it never stops:
 * the stages' large functions keep deopting ("wrong map", "insufficient type feedback")
 * and are recompiled all run long, in each worker. Over 3,000 bench documents with two
 * workers (CPU by thread from /proc, as bench/rss-probe reports it), the default spent
 * 24–26 s on those threads against 37–39 s in the workers, and 8.4–9.4 s against 18–20 s in
 * the second half of the run. Without TurboFan inlining, optimized code is a little slower
 * (workers +2–4 s) but compiles far faster (background 16–17 s): total CPU 63.0, 63.9 s with
 * the command-line flag and 63.4, 62.2 s set here, against 66.4, 68.7, 67.6, 69.9, 70.5 s
 * for the default (−8 %); second half 25.1–25.6 s against 26.6–28.9 s. Tried and not kept:
 * --interrupt-budget ×2 and ×4 (fewer compiles at the start only), with or without this
 * flag; --max-inlined-bytecode-size-cumulative=460; --max-optimized-bytecode-size=4096;
 * --single-threaded-gc. The shared VM's wall times (161–315 s) swung too much to show it.
 *
 * `--no-allocation-site-pretenuring` (session 13): V8 watches where objects are allocated
 * and, when most objects of one site survive a scavenge, allocates that site's objects in the
 * old generation from then on. A document's token annotations, sentence records and early
 * layers live through the whole pipeline of that document, so V8 pretenured them: about
 * 90 KB per document went straight to the old generation and died there (the same 360 MB
 * over 4,000 documents whatever the semi-space size, 8 to 32 MB, in one thread). Each worker
 * then ran a full mark-compact every 50–60 documents, and every one also threw away the
 * optimized code of the closures created per call (a feedback vector holds optimized code
 * weakly), which TurboFan compiled again: over 4,000 bench documents with two workers,
 * 71 mark-compacts and 7,969 TurboFan compiles with pretenuring, 29 and 5,054 without, at a
 * lower peak RSS (402 against 417 MiB), and 12–15 % less CPU in total (workers and V8's
 * threads, alternated runs).
 *
 * `--interrupt-budget=270336` (session 15, four times V8's default): a function is sent to
 * TurboFan only after four times as much of its bytecode has run. Presumably fewer lukewarm
 * functions get compiled, and compiled again; the compiles were not counted. Session 12 had
 * found no gain from it, but that was while
 * the mark-compacts that pretenuring caused kept dropping optimized code. In one process with the
 * workers' heap limits and flags, the process CPU (V8's threads included) over bench documents
 * 501–2,500, with the variants run side by side on a loaded machine: 19.62 and 20.41 ms per
 * document against 23.46 and 23.65 with the default (−16 %, −14 %), ×2 21.17 (−10 %); docs/quality.md
 * "Session 15 (speed)".
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--no-turbo-inlining', '--no-allocation-site-pretenuring', '--interrupt-budget=270336'];

let v8FlagsSet = false;

/** Sets WORKER_V8_FLAGS once; isolates created afterwards (the workers) compile with them. */
function setWorkerV8Flags(): void {
  if (v8FlagsSet) return;
  v8FlagsSet = true;
  for (const flag of WORKER_V8_FLAGS) v8.setFlagsFromString(flag);
}

/** Documents longer than this (characters of text) are analyzed by the large-document worker. */
export const LARGE_DOCUMENT_CHARS = 1_000_000;

/** Input size below which `workers: 'auto'` analyzes in-process (about 50 articles). */
export const SMALL_RUN_BYTES = 256 * 1024;

/** Worker threads for `workers: 'auto'`: one per core, at most 8. */
export function autoWorkers(): number {
  return Math.min(8, Math.max(1, os.availableParallelism()));
}

/**
 * An analyzer for `config`: in-process when `workers` is 0, when a custom `pipeline` is
 * given (workers always build the default pipeline), or when `workers` is 'auto' and the
 * inputs are known (`expectedBytes`) to be small; else a pool of worker threads.
 */
export function createAnalyzer(
  config: ParleyConfig,
  pipeline: Pipeline | null,
  expectedBytes: number | null = null,
  debugSink: (line: string) => void = stderrSink,
): Analyzer {
  const n = config.workers === 'auto' ? autoWorkers() : config.workers;
  const small = config.workers === 'auto' && expectedBytes !== null && expectedBytes < SMALL_RUN_BYTES;
  if (pipeline !== null || n === 0 || small) {
    const ctx = createContext(config, debugSink);
    const local = pipeline ?? defaultPipeline(config.skipStages, config.sourceDirs);
    return { analyze: async (doc) => analyzeForStore(local, ctx, doc), close: async () => {} };
  }
  let pool: WorkerPool | null = null;
  return {
    analyze(doc) {
      pool ??= new WorkerPool(n, config, debugSink);
      return pool.run(doc);
    },
    async close() {
      await pool?.close();
    },
  };
}

interface Job {
  readonly doc: SourceDocument;
  readonly resolve: (r: DocumentResult) => void;
  readonly reject: (e: Error) => void;
}

/** The analysis of a document ended with its worker (the document is reported, not stored). */
export class CrashError extends Error {}

/** Worker restarts allowed per run after crashes (a document that kills every worker stops there). */
const MAX_RESTARTS = 8;

interface Slot {
  worker: Worker;
  readonly jobs: Map<number, Job>;
  /** The large-document worker (bigger heap, ended when it has no work). */
  readonly large: boolean;
  /** Crashed with no restart left. */
  dead: boolean;
  /** Being ended on purpose: its exit is not a crash. */
  retiring: boolean;
}

/**
 * A fixed pool of pipeline workers; each job goes to the least busy worker. Documents
 * longer than LARGE_DOCUMENT_CHARS go to a large-document worker with a bigger heap,
 * started when one arrives and ended when it has none left, so that the regular workers'
 * heaps can stay small. A regular worker that dies (out of memory on a pathological
 * document, a native crash) is replaced; the document it died on is tried once more in
 * the large-document worker, and its other documents go back to the pool. A document
 * the large-document worker dies on is reported (CrashError), and the batch goes on.
 */
class WorkerPool {
  private readonly workers: Slot[] = [];
  private large: Slot | null = null;
  private next = 0;
  private restarts = 0;
  private closing = false;

  constructor(n: number, private readonly config: ParleyConfig, private readonly debugSink: (line: string) => void) {
    setWorkerV8Flags();
    for (let i = 0; i < n; i++) this.workers.push(this.start(this.slot(false)));
  }

  private slot(large: boolean): Slot {
    return { worker: null as unknown as Worker, jobs: new Map<number, Job>(), large, dead: false, retiring: false };
  }

  private start(slot: Slot): Slot {
    const file = new URL('./worker.js', import.meta.url);
    // A larger young generation (V8's default semi-space is small) halves the time the
    // allocation-heavy stages spend in scavenges; it costs a few tens of MB per worker
    // (YOUNG_GENERATION_MB: the size that keeps the whole run under 500 MiB).
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: slot.large ? LARGE_OLD_GENERATION_MB : OLD_GENERATION_MB };
    const worker = new Worker(file, { workerData: { config: this.config, large: slot.large }, resourceLimits });
    slot.worker = worker;
    worker.on('message', (m: { id: number; result?: DocumentResult; error?: string }) => {
      const job = slot.jobs.get(m.id);
      if (!job) return;
      slot.jobs.delete(m.id);
      if (m.result) job.resolve(m.result);
      else job.reject(new Error(m.error ?? 'worker failed'));
      if (slot.large && slot.jobs.size === 0) this.retire(slot);
    });
    let failed = false;
    const fail = (err: Error): void => {
      if (failed || slot.worker !== worker || slot.retiring) return;
      failed = true;
      // A worker analyzes its jobs in order: the first one is the document it died on;
      // the others are handed to the pool again.
      const [culprit, ...rest] = [...slot.jobs.values()];
      slot.jobs.clear();
      if (slot.large) {
        if (this.large === slot) this.large = null;
        culprit?.reject(new CrashError(err.message));
      } else {
        if (!this.closing) {
          if (this.restarts < MAX_RESTARTS) {
            this.restarts++;
            this.start(slot);
          } else slot.dead = true;
        }
        if (culprit && !this.closing) {
          if (this.config.debug) this.debugSink(`[debug] ${culprit.doc.source}: a pipeline worker died on it (${err.message}); analyzing it again in the large-document worker`);
          this.runLarge(culprit.doc).then(culprit.resolve, culprit.reject);
        }
        else culprit?.reject(new CrashError(err.message));
      }
      for (const job of rest) {
        if (this.closing) job.reject(new CrashError(err.message));
        else this.run(job.doc).then(job.resolve, job.reject);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (code !== 0 || !this.closing) fail(new Error(`pipeline worker exited with code ${code}`)); });
    return slot;
  }

  private retire(slot: Slot): void {
    slot.retiring = true;
    if (this.large === slot) this.large = null;
    void slot.worker.terminate();
  }

  run(doc: SourceDocument): Promise<DocumentResult> {
    if (doc.text.length > LARGE_DOCUMENT_CHARS) return this.runLarge(doc);
    const alive = this.workers.filter((w) => !w.dead);
    if (alive.length === 0) return Promise.reject(new CrashError('every pipeline worker crashed'));
    return this.post(alive.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a)), doc);
  }

  private runLarge(doc: SourceDocument): Promise<DocumentResult> {
    this.large ??= this.start(this.slot(true));
    return this.post(this.large, doc);
  }

  private post(slot: Slot, doc: SourceDocument): Promise<DocumentResult> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { doc, resolve, reject });
      slot.worker.postMessage({ id, doc });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers, ...(this.large ? [this.large] : [])].map((w) => w.worker.terminate()));
  }
}
