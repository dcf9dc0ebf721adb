/**
 * @module cli/commands/reanalyze.test — `parley reanalyze` brings a store's analysis up to
 * this Parley's without adding, losing or re-dating documents.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../../store/index.js';
import type { Reanalysis } from '../../store/store.js';
import { analyzedStore, runCli } from '../testing.js';

const ENV = { PARLEY_WORKERS: '0' };

const ARTICLES: Record<string, string> = {
  'talks.txt': 'title: Talks resume in Cairo\npublished: 2024-02-02\n---\nNegotiators met in Cairo on Friday. Hamas has yet to respond to the latest offer from Israel, an official said.\n',
  'swap.txt': 'KYIV (AP) — Russia and Ukraine exchanged 150 prisoners on Tuesday in a swap brokered by the United Arab Emirates, officials said.\n',
};

/** Every stored document's id, date and annotation count, in store order. */
async function snapshot(db: string): Promise<string[]> {
  const store = openStore(db);
  try {
    const out: string[] = [];
    for await (const d of store.documents()) out.push(`${d.id} ${d.published.value} ${d.published.method} ${(await store.annotations(d.id)).length} ${(await store.sources(d.id)).length}`);
    return out;
  } finally {
    await store.close();
  }
}

describe('parley reanalyze', () => {
  it('restores what an older analysis lacked and keeps ids, dates, sources and counts', async () => {
    const { db } = await analyzedStore('parley-reanalyze-', ARTICLES, { env: ENV });
    const fresh = await snapshot(db);
    // an "older Parley" that found nothing in the documents but their dates
    const store = openStore(db);
    const old: Reanalysis[] = [];
    for await (const d of store.documents()) old.push({ id: d.id, published: d.published, layers: [], status: [] });
    await store.replaceAnalyses({ id: 'r_old', startedAt: '2020-01-01T00:00:00Z', command: 'old' }, old);
    await store.close();
    assert.ok((await snapshot(db)).every((l) => / 0 1$/.test(l)));
    const r = await runCli(['reanalyze', '--db', db], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /analysed again\s+2/);
    assert.deepEqual(await snapshot(db), fresh);
  });

  it('keeps a header date and changes nothing on a store that is up to date', async () => {
    const { db } = await analyzedStore('parley-reanalyze-same-', ARTICLES, { env: ENV });
    const fresh = await snapshot(db);
    const exported = async (): Promise<string> => {
      const e = await runCli(['export', '--db', db], { env: ENV });
      assert.equal(e.code, 0, e.stderr);
      return JSON.stringify({ ...JSON.parse(e.stdout), generatedAt: null });
    };
    const before = await exported();
    const r = await runCli(['reanalyze', '--db', db, '--quiet'], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(await snapshot(db), fresh);
    assert.ok(fresh.some((l) => l.includes(' 2024-02-02 header ')), fresh.join('\n'));
    // the same export, the header date's evidence included
    assert.equal(await exported(), before);
  });

  it('refuses a store that does not exist, and paths', async () => {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-reanalyze-none-')), 'typo.db');
    const r = await runCli(['reanalyze', '--db', db], { env: ENV });
    assert.equal(r.code, 5);
    assert.match(r.stderr, /no such store/);
    assert.equal(fs.existsSync(db), false);
    const p = await runCli(['reanalyze', '--db', db, 'articles/'], { env: ENV });
    assert.equal(p.code, 2);
    assert.match(p.stderr, /takes no paths/);
  });

  it('says so on an empty store', async () => {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-reanalyze-empty-')), 'parley.db');
    await openStore(db).close();
    const r = await runCli(['reanalyze', '--db', db], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /documents in store\s+0/);
  });
});
