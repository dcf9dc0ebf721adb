/**
 * @module store — picks a backend. Today: a SQLite file, or memory.
 */
import { MemoryStore } from './memory/memory-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { Store, StoredDocument, DocumentRecord, BatchWrite, StoreStats } from './store.js';

/** Opens the store named by `db`: `:memory:` gives a MemoryStore, anything else a SQLite file. */
export function openStore(db: string): Store {
  return db === ':memory:' ? new MemoryStore() : openSqliteStore(db);
}
