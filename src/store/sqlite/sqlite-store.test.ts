import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { storeSuite, record } from '../store-suite.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';
import { SqliteStore, migrate, openSqliteStore } from './sqlite-store.js';

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

  it('moves a version-1 store\'s layers into the rowid table without losing any', async () => {
    const file = path.join(tmp, 'v1.db');
    const old = new Database(file);
    migrate(old, file, 1);
    const v1 = new SqliteStore(old, file);
    await v1.writeBatch({ run: { id: 'r1', startedAt: 'x', command: 't' }, documents: [record('d_1', 'First text.'), record('d_2', 'Second text.')], problems: [], seenAgain: [] });
    await v1.close();
    const s = openSqliteStore(file);
    assert.deepEqual((await s.annotations('d_2')).map((a) => [a.layer, a.start, a.end]), [['sentence', 0, 5]]);
    await s.close();
    const db = new Database(file);
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'layers'").get() as { sql: string }).sql;
    assert.doesNotMatch(sql, /WITHOUT ROWID/);
    assert.equal((db.prepare('SELECT count(*) AS n FROM layers').get() as { n: number }).n, 2);
    MIGRATIONS.find((m) => m.version === 2)!.down(db);
    assert.match((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'layers'").get() as { sql: string }).sql, /WITHOUT ROWID/);
    assert.equal((db.prepare('SELECT count(*) AS n FROM layers').get() as { n: number }).n, 2);
    db.close();
  });

  it('gives a new file 8 KiB pages', async () => {
    const file = path.join(tmp, 'pages.db');
    await openSqliteStore(file).close();
    const db = new Database(file);
    assert.equal(db.pragma('page_size', { simple: true }), 8192);
    db.close();
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
