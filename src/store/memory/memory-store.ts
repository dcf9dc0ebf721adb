/**
 * @module store/memory/memory-store — an in-memory Store for `annotate` and tests.
 *
 * Same contract as the SQLite store, including all-or-nothing batches: a batch is
 * validated completely before anything is applied.
 */
import { ParleyError, type Problem } from '../../errors.js';
import { bySpan, type Annotation } from '../../pipeline/annotation.js';
import type { StageStatus } from '../../pipeline/stage.js';
import { unpackLayer } from '../packed.js';
import type { BatchWrite, Candidate, DocumentRecord, Reanalysis, RunRecord, Store, StoreStats, StoredDocument } from '../store.js';

/** The in-memory implementation of Store. */
export class MemoryStore implements Store {
  readonly kind = 'memory';
  private readonly docs = new Map<string, { doc: StoredDocument; rec: DocumentRecord; sources: string[]; reanalyzedBy?: string }>();
  /** Reanalysis runs that replaced documents, and whether each finished. */
  private readonly reanalyses = new Map<string, { run: RunRecord; finished: boolean }>();
  private readonly lsh = new Map<number, Set<string>>();
  private problems = 0;
  private seq = 0;

  async existing(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.docs.has(id)));
  }

  async candidates(keys: readonly number[], limit: number): Promise<Candidate[]> {
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of this.lsh.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const seq = (id: string): number => this.docs.get(id)!.doc.seq;
    return [...shared].sort((a, b) => b[1] - a[1] || seq(a[0]) - seq(b[0])).slice(0, limit)
      .map(([id]) => ({ id, fingerprint: this.docs.get(id)!.rec.fingerprint }));
  }

  async texts(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const d = this.docs.get(id);
      if (d) out.set(id, d.doc.text);
    }
    return out;
  }

  async writeBatch(batch: BatchWrite): Promise<void> {
    const ids = new Set<string>();
    for (const r of batch.documents) {
      if (this.docs.has(r.doc.id) || ids.has(r.doc.id)) {
        throw new ParleyError('STORE_WRITE_FAILED', 'memory', `document ${r.doc.id} is already stored`);
      }
      ids.add(r.doc.id);
    }
    for (const rec of batch.documents) {
      const doc: StoredDocument = { ...rec.doc, seq: ++this.seq };
      this.docs.set(doc.id, { doc, rec, sources: [doc.source] });
      for (const k of rec.fingerprint.keys) {
        if (!this.lsh.has(k)) this.lsh.set(k, new Set());
        this.lsh.get(k)!.add(doc.id);
      }
    }
    for (const s of batch.seenAgain) {
      const d = this.docs.get(s.id);
      if (d && !d.sources.includes(s.source)) d.sources.push(s.source);
    }
    this.problems += batch.problems.length;
  }

  async replaceAnalyses(run: RunRecord, documents: readonly Reanalysis[], problems: readonly Problem[] = []): Promise<void> {
    for (const d of documents) {
      if (!this.docs.has(d.id)) throw new ParleyError('STORE_WRITE_FAILED', 'memory', `document ${d.id} is not stored`);
    }
    if (!this.reanalyses.has(run.id)) this.reanalyses.set(run.id, { run, finished: false });
    for (const d of documents) {
      const e = this.docs.get(d.id)!;
      e.doc = { ...e.doc, published: d.published };
      e.rec = { ...e.rec, doc: { ...e.rec.doc, published: d.published }, layers: d.layers, status: d.status };
      e.reanalyzedBy = run.id;
    }
    this.problems += problems.length;
  }

  async unfinishedReanalysis(): Promise<{ run: RunRecord; done: number } | null> {
    let latest: { run: RunRecord; done: number } | null = null;
    for (const { run, finished } of this.reanalyses.values()) {
      if (finished) continue;
      let done = 0;
      for (const d of this.docs.values()) if (d.reanalyzedBy === run.id) done++;
      if (done > 0 && (latest === null || run.startedAt >= latest.run.startedAt)) latest = { run, done };
    }
    return latest;
  }

  async finishReanalysis(runId: string): Promise<void> {
    const r = this.reanalyses.get(runId);
    if (r) r.finished = true;
  }

  async *documents(options: { readonly skipReplacedBy?: string } = {}): AsyncIterable<StoredDocument> {
    for (const d of this.docs.values()) if (options.skipReplacedBy === undefined || d.reanalyzedBy !== options.skipReplacedBy) yield d.doc;
  }

  async document(id: string): Promise<StoredDocument | null> {
    return this.docs.get(id)?.doc ?? null;
  }

  async annotations(docId: string, layers?: readonly string[]): Promise<Annotation[]> {
    const d = this.docs.get(docId);
    if (!d) return [];
    const want = layers ? new Set(layers) : null;
    return bySpan(d.rec.layers.filter((l) => !want || want.has(l.layer)).flatMap((l) => unpackLayer(d.doc.text, l.layer, l.data)));
  }

  async stageStatus(docId: string): Promise<StageStatus[]> {
    return [...(this.docs.get(docId)?.rec.status ?? [])];
  }

  async sources(docId: string): Promise<string[]> {
    return [...(this.docs.get(docId)?.sources ?? [])];
  }

  async stats(): Promise<StoreStats> {
    let nearDuplicates = 0;
    let annotations = 0;
    let stageErrors = 0;
    for (const { doc, rec } of this.docs.values()) {
      if (doc.duplicateOf) nearDuplicates++;
      for (const l of rec.layers) annotations += l.count;
      stageErrors += rec.status.filter((s) => s.status === 'error').length;
    }
    return { documents: this.docs.size, nearDuplicates, annotations, stageErrors, problems: this.problems };
  }

  async close(): Promise<void> {}
}
