/**
 * @module reanalyze — the library function behind `parley reanalyze`: every stored document
 * analysed again by this Parley's pipeline, its analysis replaced in place.
 *
 * `analyze` never analyses a stored document twice (running it again adds nothing), so a
 * store keeps the readings of the Parley that first read each document. After an upgrade,
 * or a change to the knowledge base or the lexicons, `reanalyze` runs the pipeline over the
 * stored texts and replaces each document's publication date, layers and stage outcomes,
 * one transaction per batch; the texts, sources, ids and near-duplicate marks stay. A
 * document whose analysis crashes keeps its old analysis and is reported; Ctrl-C stops after
 * the batch in hand, whose documents are written, so no document is ever half replaced.
 * A crash is recorded as a `REANALYSIS_CRASHED` problem of the run, in the store's problems
 * table beside those of `analyze`.
 *
 * A run that was cut off (the process killed, Ctrl-C, a failed batch) is resumed by the next one:
 * the store marks each document with the run that replaced it and the run as finished at its
 * end, so the next `reanalyze` goes on with the documents that run had not reached (a crashed
 * document included), under the same run. `restart` starts over instead (the cut-off run is
 * closed).
 */
import type { ParleyConfig } from './config.js';
import { formatMessage, type Problem } from './errors.js';
import { CrashError, createAnalyzer } from './pipeline/analyzer.js';
import type { DocumentMeta, SourceDocument } from './pipeline/document.js';
import type { Reanalysis, RunRecord, Store, StoredDocument } from './store/store.js';
import { stableId } from './util/hash.js';

/** What a reanalysis did. */
export interface ReanalyzeSummary {
  /** Documents in the store when the run began. */
  documents: number;
  /** Documents whose analysis was replaced. */
  reanalyzed: number;
  /** Documents whose analysis crashed (their old analysis kept). */
  failed: number;
  /** Replaced documents with a stage that did not end ok. */
  stageErrors: number;
  seconds: number;
  interrupted: boolean;
  /** When this run resumed one that was cut off: when that one started and how many documents it had replaced. */
  resumed: { readonly startedAt: string; readonly done: number } | null;
  problems: Problem[];
}

/** Options of {@link reanalyzeStore}. */
export interface ReanalyzeOptions {
  readonly config: ParleyConfig;
  readonly store: Store;
  readonly command: string;
  readonly signal?: AbortSignal;
  /** Documents analysed per transaction (default 100). */
  readonly batchSize?: number;
  /** Start over even when an earlier reanalysis was cut off (default: resume it). */
  readonly restart?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly onProblem?: (p: Problem) => void;
  readonly debugSink?: (line: string) => void;
}

/**
 * The metadata a stored document was read with, as far as the store keeps it: title,
 * outlet, byline and URL as stored; a publication date taken from metadata or a header is
 * given again as that raw date (a dateline or an inferred date is the pipeline's own
 * reading, worked out again).
 */
export function metaOfStored(d: StoredDocument): DocumentMeta {
  const p = d.published;
  if ((p.method !== 'metadata' && p.method !== 'header') || p.value === null) return { title: d.title, outlet: d.outlet, byline: d.byline, url: d.url, published: null };
  // the published stage's evidence for such a date is `<from>: <raw>` (`header:published: 2025-03-14`)
  const first = p.evidence[0];
  const cut = typeof first === 'string' ? first.indexOf(': ') : -1;
  const published = cut > 0 ? { raw: (first as string).slice(cut + 2), method: p.method, from: (first as string).slice(0, cut) } : { raw: p.value, method: p.method, from: `stored ${p.method} date` };
  return { title: d.title, outlet: d.outlet, byline: d.byline, url: d.url, published };
}

/** Analyses every stored document again and replaces its analysis (see the module comment). */
export async function reanalyzeStore(opts: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const t0 = performance.now();
  const { config, store } = opts;
  const total = (await store.stats()).documents;
  const summary: ReanalyzeSummary = { documents: total, reanalyzed: 0, failed: 0, stageErrors: 0, seconds: 0, interrupted: false, resumed: null, problems: [] };
  if (total === 0) return summary;
  // (a cut-off run that had replaced every document was cut off only before it said so: nothing to resume)
  const cutOff = await store.unfinishedReanalysis();
  if (cutOff !== null && (opts.restart || cutOff.done >= total)) await store.finishReanalysis(cutOff.run.id);
  const resume = cutOff !== null && !opts.restart && cutOff.done < total ? cutOff : null;
  const startedAt = new Date().toISOString();
  const run: RunRecord = resume?.run ?? { id: stableId('r', `${startedAt}\n${opts.command}\n${process.pid}`), startedAt, command: opts.command };
  if (resume !== null) summary.resumed = { startedAt: resume.run.startedAt, done: resume.done };
  const batchSize = Math.max(1, opts.batchSize ?? 100);
  // about 5 KB of text per article decides between workers and one thread, as in analyze
  const analyzer = createAnalyzer(config, null, total * 5_000, opts.debugSink);
  let done = resume?.done ?? 0;
  try {
    let batch: StoredDocument[] = [];
    const flush = async (): Promise<void> => {
      const docs = batch;
      batch = [];
      const crashed: Problem[] = [];
      const results = await Promise.all(docs.map(async (d): Promise<Reanalysis | null> => {
        const source: SourceDocument = { id: d.id, source: d.source, format: d.format, text: d.text, meta: metaOfStored(d) };
        try {
          const r = await analyzer.analyze(source);
          return { id: d.id, published: r.published, layers: r.layers, status: r.status };
        } catch (err) {
          if (!(err instanceof CrashError)) throw err;
          const p: Problem = { code: 'REANALYSIS_CRASHED', where: d.source, message: formatMessage('REANALYSIS_CRASHED', d.source, err.message) };
          opts.onProblem?.(p);
          crashed.push(p);
          return null;
        }
      }));
      const replaced = results.filter((r): r is Reanalysis => r !== null);
      await store.replaceAnalyses(run, replaced, crashed);
      summary.problems.push(...crashed);
      summary.failed += crashed.length;
      summary.reanalyzed += replaced.length;
      summary.stageErrors += replaced.filter((r) => r.status.some((s) => s.status === 'error')).length;
      done += docs.length;
      opts.onProgress?.(done, total);
    };
    // documents() reads the store in pages, so a large store is never held in memory; a
    // document stored while this runs (by another process) may or may not be reached
    for await (const d of store.documents(resume !== null ? { skipReplacedBy: run.id } : {})) {
      if (opts.signal?.aborted) { summary.interrupted = true; break; }
      batch.push(d);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    if (!summary.interrupted) await store.finishReanalysis(run.id);
  } finally {
    await analyzer.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
