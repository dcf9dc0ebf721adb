/**
 * @module store/sqlite/sqlite-store — the default store: one SQLite file via better-sqlite3.
 *
 * WAL journal, foreign keys on, one transaction per batch. Opening a store runs pending
 * migrations; a store written by a newer Parley is refused rather than damaged.
 */
import Database from 'better-sqlite3';
import { ParleyError } from '../../errors.js';
import type { Annotation } from '../../pipeline/annotation.js';
import type { StageStatus } from '../../pipeline/stage.js';
import type { BatchWrite, Store, StoreStats, StoredDocument } from '../store.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;
const CHUNK = 400; // bound on `IN (…)` parameters per query

/** Opens (creating and migrating as needed) the SQLite store at `file` (`:memory:` works). */
export function openSqliteStore(file: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new ParleyError('STORE_OPEN_FAILED', file, (err as Error).message, { cause: err });
  }
  migrate(db, file);
  return new SqliteStore(db, file);
}

/** Applies pending migrations, each in its own transaction. */
export function migrate(db: Database.Database, file: string, target = LATEST_VERSION): void {
  let current: number;
  try {
    current = db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new ParleyError('STORE_OPEN_FAILED', file, (err as Error).message, { cause: err });
  }
  if (current > LATEST_VERSION) {
    throw new ParleyError('STORE_NEWER_SCHEMA', file, `schema ${current}, this Parley knows up to ${LATEST_VERSION}`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** The SQLite implementation of Store. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly q;

  constructor(private readonly db: Database.Database, readonly file: string) {
    this.q = {
      insertDoc: db.prepare(`INSERT INTO documents (id, source, format, title, outlet, byline, url, text, published, duplicate_of, run_id)
        VALUES (@id, @source, @format, @title, @outlet, @byline, @url, @text, @published, @duplicateOf, @runId)`),
      insertSource: db.prepare('INSERT OR IGNORE INTO document_sources (doc_id, source) VALUES (?, ?)'),
      insertAnn: db.prepare('INSERT INTO annotations (doc_id, layer, start, end, value, source) VALUES (?, ?, ?, ?, ?, ?)'),
      insertStatus: db.prepare('INSERT INTO stage_status (doc_id, stage, status, reason, ms) VALUES (?, ?, ?, ?, ?)'),
      insertLsh: db.prepare('INSERT OR IGNORE INTO lsh (key, doc_id) VALUES (?, ?)'),
      insertRun: db.prepare('INSERT OR IGNORE INTO runs (id, started_at, command) VALUES (?, ?, ?)'),
      insertProblem: db.prepare('INSERT INTO problems (run_id, code, place, message) VALUES (?, ?, ?, ?)'),
      doc: db.prepare('SELECT * FROM documents WHERE id = ?'),
      allDocs: db.prepare('SELECT * FROM documents ORDER BY seq'),
      anns: db.prepare('SELECT layer, start, end, value, source FROM annotations WHERE doc_id = ? ORDER BY start, end DESC, rowid'),
      status: db.prepare('SELECT stage, status, reason, ms FROM stage_status WHERE doc_id = ? ORDER BY rowid'),
      sources: db.prepare('SELECT source FROM document_sources WHERE doc_id = ? ORDER BY rowid'),
    };
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks(ids)) {
      const rows = this.db.prepare(`SELECT id FROM documents WHERE id IN (${marks(part.length)})`).all(...part) as Row[];
      for (const r of rows) out.add(r['id'] as string);
    }
    return out;
  }

  async candidates(keys: readonly number[]): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunks(keys)) {
      const rows = this.db.prepare(`SELECT DISTINCT doc_id FROM lsh WHERE key IN (${marks(part.length)})`).all(...part) as Row[];
      for (const r of rows) out.add(r['doc_id'] as string);
    }
    return [...out];
  }

  async texts(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(ids)) {
      const rows = this.db.prepare(`SELECT id, text FROM documents WHERE id IN (${marks(part.length)})`).all(...part) as Row[];
      for (const r of rows) out.set(r['id'] as string, r['text'] as string);
    }
    return out;
  }

  async writeBatch(batch: BatchWrite): Promise<void> {
    const q = this.q;
    const write = this.db.transaction((b: BatchWrite) => {
      q.insertRun.run(b.run.id, b.run.startedAt, b.run.command);
      for (const { doc, annotations, status, lshKeys } of b.documents) {
        q.insertDoc.run({ ...doc, published: JSON.stringify(doc.published), runId: b.run.id });
        q.insertSource.run(doc.id, doc.source);
        for (const a of annotations) q.insertAnn.run(doc.id, a.layer, a.start, a.end, JSON.stringify(a.value ?? null), a.source);
        for (const s of status) q.insertStatus.run(doc.id, s.stage, s.status, s.reason, s.ms);
        for (const k of lshKeys) q.insertLsh.run(k, doc.id);
      }
      for (const s of b.seenAgain) q.insertSource.run(s.id, s.source);
      for (const p of b.problems) q.insertProblem.run(b.run.id, p.code, p.where, p.message);
    });
    try {
      write(batch);
    } catch (err) {
      throw new ParleyError('STORE_WRITE_FAILED', this.file, (err as Error).message, { cause: err });
    }
  }

  async *documents(): AsyncIterable<StoredDocument> {
    // Rows are read in pages so that a large store is never held in memory at once.
    const page = this.db.prepare('SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT 200');
    let after = 0;
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield toDocument(r);
      after = rows[rows.length - 1]!['seq'] as number;
    }
  }

  async document(id: string): Promise<StoredDocument | null> {
    const r = this.q.doc.get(id) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  async annotations(docId: string, layers?: readonly string[]): Promise<Annotation[]> {
    const doc = this.q.doc.get(docId) as Row | undefined;
    if (!doc) return [];
    const text = doc['text'] as string;
    const want = layers ? new Set(layers) : null;
    const rows = this.q.anns.all(docId) as Row[];
    return rows
      .filter((r) => !want || want.has(r['layer'] as string))
      .map((r) => {
        const start = r['start'] as number;
        const end = r['end'] as number;
        return Object.freeze({
          layer: r['layer'] as string, start, end, text: text.slice(start, end),
          value: JSON.parse(r['value'] as string) as unknown, source: r['source'] as string,
        });
      });
  }

  async stageStatus(docId: string): Promise<StageStatus[]> {
    return (this.q.status.all(docId) as Row[]).map((r) => ({
      stage: r['stage'] as string, status: r['status'] as StageStatus['status'], reason: (r['reason'] as string | null) ?? null, ms: r['ms'] as number,
    }));
  }

  async sources(docId: string): Promise<string[]> {
    const first = (this.q.doc.get(docId) as Row | undefined)?.['source'] as string | undefined;
    const rest = (this.q.sources.all(docId) as Row[]).map((r) => r['source'] as string).filter((s) => s !== first);
    return first ? [first, ...rest] : rest;
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one('SELECT count(*) AS n FROM documents'),
      nearDuplicates: one('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
      annotations: one('SELECT count(*) AS n FROM annotations'),
      stageErrors: one("SELECT count(*) AS n FROM stage_status WHERE status = 'error'"),
      problems: one('SELECT count(*) AS n FROM problems'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toDocument(r: Row): StoredDocument {
  return {
    id: r['id'] as string,
    source: r['source'] as string,
    format: r['format'] as StoredDocument['format'],
    title: (r['title'] as string | null) ?? null,
    outlet: (r['outlet'] as string | null) ?? null,
    byline: (r['byline'] as string | null) ?? null,
    url: (r['url'] as string | null) ?? null,
    text: r['text'] as string,
    published: JSON.parse(r['published'] as string) as StoredDocument['published'],
    duplicateOf: (r['duplicate_of'] as string | null) ?? null,
    seq: r['seq'] as number,
  };
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

function marks(n: number): string {
  return new Array(n).fill('?').join(',');
}
