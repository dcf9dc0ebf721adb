import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { storeSuite, record } from '../store-suite.js';
import { LATEST_VERSION } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-sqlite-'));
let n = 0;
storeSuite('sqlite', () => openSqliteStore(path.join(tmp, `s${++n}.db`)));

describe('SQLite store specifics', () => {
  it('migrates a new file to the latest schema and uses WAL', async () => {
    const file = path.join(tmp, 'fresh.db');
    const s = openSqliteStore(file);
    await s.close();
    const db = new Database(file);
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('keeps data across reopen', async () => {
    const file = path.join(tmp, 'reopen.db');
    const a = openSqliteStore(file);
    await a.writeBatch({ run: { id: 'r1', startedAt: 'x', command: 't' }, documents: [record('d_1', 'Kept text.')], problems: [], seenAgain: [] });
    await a.close();
    const b = openSqliteStore(file);
    assert.equal((await b.document('d_1'))?.text, 'Kept text.');
    await b.close();
  });

  it('refuses a store written by a newer schema', () => {
    const file = path.join(tmp, 'newer.db');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(file), /STORE_NEWER_SCHEMA/);
  });

  it('refuses a file that is not a SQLite database', () => {
    const file = path.join(tmp, 'not-a-db.db');
    fs.writeFileSync(file, 'this is plain text, not a database file at all, padded to be long enough '.repeat(20));
    assert.throws(() => openSqliteStore(file), /STORE_OPEN_FAILED/);
  });
});
