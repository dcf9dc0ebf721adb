/**
 * @module store/sqlite/migrations — numbered schema migrations, plain `up`/`down` objects.
 *
 * The schema version lives in `PRAGMA user_version`. Never edit a migration that has
 * shipped: add the next number.
 */

/** The narrow slice of the driver a migration needs. */
export interface MigrationDb {
  exec(sql: string): unknown;
}

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: MigrationDb): void;
  down(db: MigrationDb): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents with stage status, layers, near-duplicate index, runs and problems',
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          source TEXT NOT NULL,
          format TEXT NOT NULL,
          title TEXT, outlet TEXT, byline TEXT, url TEXT,
          text TEXT NOT NULL,
          published TEXT NOT NULL,
          duplicate_of TEXT REFERENCES documents(id),
          shingles INTEGER NOT NULL,
          sketch BLOB NOT NULL,
          -- JSON array of { stage, status, reason, ms }: one per pipeline stage
          stages TEXT NOT NULL,
          run_id TEXT NOT NULL
        );
        CREATE TABLE document_sources (
          doc_id TEXT NOT NULL REFERENCES documents(id),
          source TEXT NOT NULL,
          UNIQUE (doc_id, source)
        );
        -- one row per document and layer: a JSON array of [start, end, value, source]
        -- (a row per annotation made storing the slowest part of a run)
        CREATE TABLE layers (
          doc_id TEXT NOT NULL REFERENCES documents(id),
          layer TEXT NOT NULL,
          count INTEGER NOT NULL,
          data TEXT NOT NULL,
          PRIMARY KEY (doc_id, layer)
        ) WITHOUT ROWID;
        -- near-duplicate index: LSH key → document seq (integers keep the B-tree small)
        CREATE TABLE lsh (
          key INTEGER NOT NULL,
          seq INTEGER NOT NULL REFERENCES documents(seq),
          PRIMARY KEY (key, seq)
        ) WITHOUT ROWID;
        CREATE TABLE runs (
          id TEXT PRIMARY KEY,
          started_at TEXT NOT NULL,
          command TEXT NOT NULL
        );
        CREATE TABLE problems (
          run_id TEXT NOT NULL REFERENCES runs(id),
          code TEXT NOT NULL,
          place TEXT,
          message TEXT NOT NULL
        );
      `);
    },
    down(db) {
      db.exec(`DROP TABLE problems; DROP TABLE runs; DROP TABLE lsh; DROP TABLE layers; DROP TABLE document_sources; DROP TABLE documents;`);
    },
  },
  {
    version: 2,
    // A WITHOUT ROWID table keeps each row inside its primary-key B-tree, which SQLite
    // advises against for rows larger than a few hundred bytes: a layer is a few KB of
    // JSON, so every insert split and rewrote interior pages. A rowid table with a unique
    // index on (doc_id, layer) keeps the large rows out of the key's B-tree (storing 2,000
    // bench documents: 1.3 → 0.9 ms per document).
    name: 'layers in a rowid table (large rows out of the key B-tree)',
    up(db) {
      db.exec(`
        CREATE TABLE layers_rowid (
          doc_id TEXT NOT NULL REFERENCES documents(id),
          layer TEXT NOT NULL,
          count INTEGER NOT NULL,
          data TEXT NOT NULL,
          UNIQUE (doc_id, layer)
        );
        INSERT INTO layers_rowid (doc_id, layer, count, data) SELECT doc_id, layer, count, data FROM layers;
        DROP TABLE layers;
        ALTER TABLE layers_rowid RENAME TO layers;
      `);
    },
    down(db) {
      db.exec(`
        CREATE TABLE layers_keyed (
          doc_id TEXT NOT NULL REFERENCES documents(id),
          layer TEXT NOT NULL,
          count INTEGER NOT NULL,
          data TEXT NOT NULL,
          PRIMARY KEY (doc_id, layer)
        ) WITHOUT ROWID;
        INSERT INTO layers_keyed (doc_id, layer, count, data) SELECT doc_id, layer, count, data FROM layers;
        DROP TABLE layers;
        ALTER TABLE layers_keyed RENAME TO layers;
      `);
    },
  },
  {
    version: 3,
    // `parley reanalyze` marks each document it replaced with its run, and the run as finished at
    // its end: a run cut off (a crash, Ctrl-C) is resumed where it stopped instead of redone
    name: 'reanalysis progress: the run that last replaced a document, and when a run finished',
    up(db) {
      db.exec(`
        ALTER TABLE documents ADD COLUMN reanalyzed_by TEXT;
        CREATE INDEX documents_reanalyzed_by ON documents (reanalyzed_by);
        ALTER TABLE runs ADD COLUMN finished_at TEXT;
      `);
    },
    down(db) {
      db.exec(`
        DROP INDEX documents_reanalyzed_by;
        ALTER TABLE documents DROP COLUMN reanalyzed_by;
        ALTER TABLE runs DROP COLUMN finished_at;
      `);
    },
  },
];

/** The version a fully migrated store has. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
