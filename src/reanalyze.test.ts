/** `reanalyzeStore` resumes a reanalysis that was cut off, or starts over when asked (session 16). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzedStore } from './cli/testing.js';
import { DEFAULTS } from './config.js';
import { reanalyzeStore } from './reanalyze.js';
import { openSqliteStore } from './store/sqlite/sqlite-store.js';

const FILES = {
  'a.txt': 'published: 2025-01-15\n---\nHamas released three hostages on Saturday, officials said.\n',
  'b.txt': 'published: 2025-01-16\n---\nIsrael freed 90 prisoners on Sunday, the army said.\n',
  'c.txt': 'published: 2025-01-17\n---\nMediators met in Doha on Monday to discuss the second phase.\n',
};

/** Reanalyses the store at `db`, aborting after `stopAfter` documents when given. */
async function reanalyze(db: string, opts: { stopAfter?: number; restart?: boolean } = {}) {
  const store = openSqliteStore(db);
  const abort = new AbortController();
  try {
    return await reanalyzeStore({
      config: { ...DEFAULTS, db, workers: 0 }, store, command: 'reanalyze', batchSize: 1, signal: abort.signal, restart: opts.restart,
      onProgress: (done) => { if (opts.stopAfter !== undefined && done >= opts.stopAfter) abort.abort(); },
    });
  } finally {
    await store.close();
  }
}

describe('reanalyze: a run cut off is resumed', () => {
  it('the next run goes on with the documents the cut-off one had not replaced, then finishes', async () => {
    const { db } = await analyzedStore('parley-resume-', FILES);
    const first = await reanalyze(db, { stopAfter: 1 });
    assert.equal(first.interrupted, true);
    assert.equal(first.reanalyzed, 1);
    const second = await reanalyze(db);
    assert.deepEqual([second.resumed?.done, second.reanalyzed, second.interrupted], [1, 2, false]);
    // finished: the next one starts over
    const third = await reanalyze(db);
    assert.deepEqual([third.resumed, third.reanalyzed], [null, 3]);
  });
  it('--restart starts over and closes the cut-off run', async () => {
    const { db } = await analyzedStore('parley-restart-', FILES);
    await reanalyze(db, { stopAfter: 2 });
    const again = await reanalyze(db, { restart: true, stopAfter: 1 });
    assert.deepEqual([again.resumed, again.reanalyzed], [null, 1]);
    // the restarted run is the one resumed now, not the one it closed
    const after = await reanalyze(db);
    assert.deepEqual([after.resumed?.done, after.reanalyzed], [1, 2]);
  });
});

describe('parley reanalyze: resume and --restart on the command line', () => {
  it('says it resumed a cut-off run, and accepts --restart', async () => {
    const { runCli } = await import('./cli/testing.js');
    const { db } = await analyzedStore('parley-resume-cli-', FILES);
    await reanalyze(db, { stopAfter: 1 });
    const resumed = await runCli(['reanalyze', '--db', db]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, /Resumed the reanalysis started .*cut off after 1 document/);
    const restarted = await runCli(['reanalyze', '--restart', '--db', db]);
    assert.equal(restarted.code, 0, restarted.stderr);
    assert.doesNotMatch(restarted.stdout, /Resumed/);
  });
});
