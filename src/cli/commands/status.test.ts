/**
 * @module cli/commands/status.test — `parley status`, `parley conflicts` and the view formats
 * of `parley export` on a store analyzed from small original articles.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { main } from '../main.js';
import { parseAsOf } from './status.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (c: string) => { stdout += c; return true; } },
    stderr: { write: (c: string) => { stderr += c; return true; } },
    env: { PARLEY_WORKERS: '0' },
  });
  return { code, stdout, stderr };
}

const ARTICLES: Record<string, string> = {
  'truce.txt': 'title: Truce takes hold\npublished: 2023-11-24\n---\nA four-day truce between the two sides took effect on Friday morning, mediators said.\n',
  'ended.txt': 'title: Truce ends\npublished: 2023-12-01\n---\nThe truce ended on Friday and fighting resumed across the territory.\n',
  'talks.txt': 'title: Talks resume\npublished: 2024-02-02\n---\nNegotiators met in Cairo on Friday. The group has yet to respond to the latest offer.\n',
  'spun.txt': 'title: Spun copy\npublished: 2024-03-05\n---\nA mediator said the talks were nearing an impasse and called the round the closest in months.\n',
};

let db = '';
before(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-status-'));
  for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
  db = path.join(dir, 'parley.db');
  const r = await cli(['analyze', '--db', db, dir]);
  assert.equal(r.code, 0, r.stderr);
});

describe('parley status', () => {
  it('the state on a day, with the evidence and its document', async () => {
    const r = await cli(['status', '--db', db, '--as-of', '2023-11-27']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^As of 2023-11-27: ceasefire in effect \(2023-11-24 to 2023-12-01\)/);
    assert.match(r.stdout, /took effect on Friday morning.*— Truce takes hold \(2023-11-24\)/);
  });
  it('the whole timeline', async () => {
    const r = await cli(['status', '--db', db]);
    assert.deepEqual(r.stdout.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' | ')), [
      '2023-11-24 | 2023-12-01 | ceasefire in effect', '2023-12-01 | 2024-02-02 | ceasefire ended', '2024-02-02 | 2024-03-05 | proposal pending', '2024-03-05 | … | talks',
    ]);
  });
  it('before the first report', async () => {
    assert.match((await cli(['status', '--db', db, '--as-of', '2020-01-01'])).stdout, /No known state on 2020-01-01/);
  });
  it('refuses a day that is not one', async () => {
    assert.throws(() => parseAsOf('2024-02-30'), /USAGE: --as-of/);
    assert.equal((await cli(['status', '--db', db, '--as-of', 'yesterday'])).code, 2);
  });
});

describe('parley conflicts', () => {
  it('lists the internal contradiction with both sides', async () => {
    const r = await cli(['conflicts', '--db', db, '--kind', 'internal']);
    assert.match(r.stdout, /^\[internal\] /);
    assert.match(r.stdout, /“nearing an impasse” \[stalled\] — Spun copy \(2024-03-05\)/);
    assert.match(r.stdout, /“the closest in months” \[near deal\]/);
  });
  it('says when a kind has none', async () => {
    assert.equal((await cli(['conflicts', '--db', db, '--kind', 'attribution'])).stdout, 'No attribution conflicts found.\n');
  });
});

describe('parley export views', () => {
  it('timelinejs', async () => {
    const r = await cli(['export', '--db', db, '--format', 'timelinejs']);
    const tl = JSON.parse(r.stdout) as { events: { group: string }[]; eras: unknown[] };
    assert.ok(tl.events.some((e) => e.group === 'status'));
    assert.equal(tl.eras.length, 4);
  });
  it('markdown', async () => {
    const r = await cli(['export', '--db', db, '--format', 'markdown']);
    assert.match(r.stdout, /^# Negotiation briefing/);
    assert.match(r.stdout, /## Conflicts\n\n- \*\*internal\*\*/);
  });
  it('refuses an unknown format', async () => {
    assert.equal((await cli(['export', '--db', db, '--format', 'pdf'])).code, 2);
  });
});
