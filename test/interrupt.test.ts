/**
 * End-to-end, in a child process: Ctrl-C and a hard kill halfway through a batch leave
 * the store with complete documents only, and a re-run completes it without duplicates.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { defaultPipeline } from '../src/pipeline/default.js';
import { article, cli, CLI, tmp } from './helpers.js';

const DOCS = 3000;

function corpus(dir: string): string {
  const file = path.join(dir, 'many.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) lines.push(JSON.stringify({ id: `doc-${i}`, text: article(1000 + i, 24) }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function storedCount(db: string): number {
  if (!fs.existsSync(db)) return 0;
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    d.close();
  }
}

/** Starts analyze, waits until some documents are committed, then sends `signal`. */
async function interruptHalfway(db: string, input: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'analyze', '--db', db, input], { env: { PARLEY_BATCH_SIZE: '50' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  for (let i = 0; i < 400 && storedCount(db) === 0; i++) await new Promise((r) => setTimeout(r, 25));
  child.kill(signal);
  return { ...(await done), stderr };
}

function checkIntegrity(db: string): void {
  const d = new Database(db, { readonly: true });
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const partial = d.prepare('SELECT count(*) AS n FROM documents WHERE json_array_length(stages) <> ?').get(defaultPipeline().stages.length) as { n: number };
    assert.equal(partial.n, 0, 'every stored document has all its stage results');
    const dupes = d.prepare('SELECT count(*) AS n FROM (SELECT source FROM documents GROUP BY source HAVING count(*) > 1)').get() as { n: number };
    assert.equal(dupes.n, 0);
  } finally {
    d.close();
  }
}

describe('interruption', () => {
  const dir = tmp();
  const input = corpus(dir);

  it('Ctrl-C keeps the completed documents, exits 130, and a re-run finishes the job', async () => {
    const db = path.join(dir, 'int.db');
    const r = await interruptHalfway(db, input, 'SIGINT');
    const kept = storedCount(db);
    assert.ok(kept > 0 && kept < DOCS, `expected a partial store, got ${kept}`);
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /interrupted/);
    checkIntegrity(db);
    const again = await cli(['analyze', '--db', db, input]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(storedCount(db), DOCS);
    checkIntegrity(db);
  });

  it('a hard kill loses at most the open batch, never leaves half a document, and a re-run completes', async () => {
    const db = path.join(dir, 'kill.db');
    const r = await interruptHalfway(db, input, 'SIGKILL');
    assert.equal(r.signal, 'SIGKILL');
    const kept = storedCount(db);
    assert.ok(kept < DOCS);
    checkIntegrity(db);
    const again = await cli(['analyze', '--db', db, input]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(storedCount(db), DOCS);
    checkIntegrity(db);
  });
});
