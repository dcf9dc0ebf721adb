/**
 * @module test/crash.test — a worker that dies on one document fails that document only.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { article, cli, tmp, writeFiles } from './helpers.js';

describe('a pipeline worker crash', () => {
  it('reports the document it died on, stores every other one, and a second run retries it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`a${String(i).padStart(2, '0')}.txt`] = article(100 + i);
    files['poison.txt'] = `${article(200)}\nMARKER-7F3A\n`;
    const dir = writeFiles(tmp(), files);
    const db = path.join(tmp(), 'crash.db');
    // the workers read the fault marker from the process environment (they inherit it)
    process.env['PARLEY_FAULT_CRASH'] = 'MARKER-7F3A';
    let first;
    try {
      first = await cli(['analyze', dir, '--db', db], { env: { PARLEY_WORKERS: '2' } });
    } finally {
      delete process.env['PARLEY_FAULT_CRASH'];
    }
    assert.equal(first.code, 3, first.stderr);
    assert.match(first.stderr, /ANALYSIS_CRASHED: .*poison\.txt/);
    const status = await cli(['export', '--db', db]);
    const stored = (JSON.parse(status.stdout) as { documents: { source: string }[] }).documents.map((d) => path.basename(d.source)).sort();
    assert.deepEqual(stored, Object.keys(files).filter((f) => f !== 'poison.txt').sort());
    // without the fault, the same command stores the missing document and nothing twice
    const second = await cli(['analyze', dir, '--db', db], { env: { PARLEY_WORKERS: '2' } });
    assert.equal(second.code, 0, second.stderr);
    const after = (JSON.parse((await cli(['export', '--db', db])).stdout) as { documents: { source: string }[] }).documents;
    assert.equal(after.length, 13);
  });

  it('analyzes a document a regular worker died on again in the large-document worker', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`b${i}.txt`] = article(300 + i);
    files['heavy.txt'] = `${article(400)}\nMARKER-51C2\n`;
    const dir = writeFiles(tmp(), files);
    const db = path.join(tmp(), 'retry.db');
    process.env['PARLEY_FAULT_CRASH'] = 'MARKER-51C2@regular';
    let run;
    try {
      run = await cli(['analyze', dir, '--db', db, '--debug'], { env: { PARLEY_WORKERS: '2' } });
    } finally {
      delete process.env['PARLEY_FAULT_CRASH'];
    }
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /ANALYSIS_CRASHED/);
    assert.match(run.stderr, /heavy\.txt: a pipeline worker died on it .*large-document worker/);
    const stored = (JSON.parse((await cli(['export', '--db', db])).stdout) as { documents: { source: string }[] }).documents;
    assert.deepEqual(stored.map((d) => path.basename(d.source)).sort(), Object.keys(files).sort());
  });

  it('in reanalyze, keeps the old analysis of the document it died on and records the problem in the store', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`c${i}.txt`] = article(500 + i);
    files['poison.txt'] = `${article(600)}\nMARKER-9D1E\n`;
    const dir = writeFiles(tmp(), files);
    const db = path.join(tmp(), 'again.db');
    const first = await cli(['analyze', dir, '--db', db], { env: { PARLEY_WORKERS: '2' } });
    assert.equal(first.code, 0, first.stderr);
    const before = (JSON.parse((await cli(['export', '--db', db])).stdout) as { documents: { source: string; sentences?: unknown }[] }).documents;
    process.env['PARLEY_FAULT_CRASH'] = 'MARKER-9D1E';
    let again;
    try {
      again = await cli(['reanalyze', '--db', db], { env: { PARLEY_WORKERS: '2' } });
    } finally {
      delete process.env['PARLEY_FAULT_CRASH'];
    }
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /poison\.txt.*keeps its previous analysis/);
    const after = (JSON.parse((await cli(['export', '--db', db])).stdout) as { documents: { source: string }[] }).documents;
    const poison = (docs: { source: string }[]) => JSON.stringify(docs.find((d) => d.source.endsWith('poison.txt')));
    assert.equal(poison(after), poison(before));
    const sql = new Database(db, { readonly: true });
    try {
      const rows = sql.prepare(`SELECT p.code, p.place, r.command FROM problems p JOIN runs r ON r.id = p.run_id`).all() as { code: string; place: string; command: string }[];
      assert.deepEqual(rows.map((r) => [r.code, path.basename(r.place), r.command]), [['REANALYSIS_CRASHED', 'poison.txt', 'reanalyze']]);
    } finally {
      sql.close();
    }
  });
});
