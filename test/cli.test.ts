/**
 * End-to-end: the CLI on the bundled examples and on ../shared/corpus/seeds.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, EXAMPLES, SHARED, tmp, writeFiles, article } from './helpers.js';
import { validateExport } from './schema.js';
import { defaultPipeline } from '../src/pipeline/default.js';

interface Doc { id: string; source: string; text: string; duplicateOf: string | null; repeatedSpans: { doc: string; start: number; end: number; text: string }[]; published: { value: string | null; method: string }; stages: { stage: string; status: string }[] }
type Export = { format: string; documents: Doc[] } & Record<string, unknown>;

async function exportOf(db: string, format = 'json'): Promise<string> {
  const r = await cli(['export', '--db', db, '--format', format]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

describe('parley CLI', () => {
  it('prints its version and help, and refuses unknown commands with exit 2', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(EXAMPLES, '../package.json'), 'utf8')) as { version: string };
    assert.equal((await cli(['--version'])).stdout.trim(), pkg.version);
    const help = await cli(['--help']);
    assert.match(help.stdout, /analyze .*\n.*annotate .*\n.*export /);
    assert.match(help.stdout, /Exit codes/);
    const bad = await cli(['frobnicate']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /USAGE: frobnicate/);
    assert.equal((await cli(['analyze'])).code, 2);
    assert.equal((await cli(['export', '--format', 'xml', '--db', 'x.db'])).code, 2);
  });

  it('is runnable as `npx parley` (the built entry point is executable)', () => {
    const r = spawnSync('npx', ['--no-install', 'parley', '--version'], { cwd: path.join(EXAMPLES, '..'), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout.trim(), /^\d+\.\d+\.\d+$/);
  });

  it('analyzes the examples, and a second run adds nothing', async () => {
    const db = path.join(tmp(), 'p.db');
    const first = await cli(['analyze', '--db', db, EXAMPLES]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /new, stored\s+(\d+)/);
    const stored = Number(/new, stored\s+(\d+)/.exec(first.stdout)![1]);
    assert.ok(stored >= 8, `only ${stored} documents`);
    const before = await exportOf(db);
    const second = await cli(['analyze', '--db', db, EXAMPLES]);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /new, stored\s+0\n/);
    assert.match(second.stdout, new RegExp(`already stored\\s+${/documents read\s+(\d+)/.exec(first.stdout)![1]}\\s`));
    const after = JSON.parse(await exportOf(db)) as Export;
    assert.deepEqual(after.documents.map((d) => d.id), (JSON.parse(before) as Export).documents.map((d) => d.id));
  });

  it('prints what it found: counts of the new documents and the store\'s merged views, matching the export', async () => {
    const db = path.join(tmp(), 'p.db');
    const r = await cli(['analyze', '--db', db, path.join(EXAMPLES, 'articles')]);
    assert.equal(r.code, 0, r.stderr);
    const ex = JSON.parse(await exportOf(db)) as Export & Record<'quotes' | 'mentions' | 'events' | 'conflicts' | 'proposals', unknown[]>;
    const count = (label: string): number => Number(new RegExp(`\\n  ${label}\\s+(\\d+)`).exec(r.stdout)?.[1] ?? NaN);
    assert.match(r.stdout, /Found in the \d+ new document\(s\):/);
    assert.equal(count('quotes'), ex.quotes.length);
    assert.equal(count('entity mentions'), ex.mentions.length);
    assert.match(r.stdout, /Across the store \(\d+ document\(s\)\):/);
    assert.equal(Number(/\n  events\s+(\d+)  /.exec(r.stdout)?.[1]), ex.events.length);
    assert.equal(Number(/\n  conflicts\s+(\d+)/.exec(r.stdout)?.[1]), ex.conflicts.length);
    assert.equal(Number(/\n  proposals\s+(\d+)/.exec(r.stdout)?.[1]), ex.proposals.length);
    assert.match(r.stdout, /latest state\n    .+: [a-z ]+ since \d{4}-\d{2}/);
    // each new document's line says what it holds, and a headline-first text file has its headline as title
    assert.match(r.stdout, /Talks on second phase of Gaza truce due to start[^\n]*\(\d+ quote\(s\), \d+ event\(s\)\)/);
    const again = await cli(['analyze', '--db', db, path.join(EXAMPLES, 'articles')]);
    assert.doesNotMatch(again.stdout, /Found in the/);
  });

  it('exports the contract: valid against the shared schema and ours, offsets consistent, ids stable across stores', async () => {
    const dir = tmp();
    await cli(['analyze', '--db', path.join(dir, 'a.db'), EXAMPLES]);
    await cli(['analyze', '--db', path.join(dir, 'b.db'), EXAMPLES]);
    const a = JSON.parse(await exportOf(path.join(dir, 'a.db'))) as Export;
    const b = JSON.parse(await exportOf(path.join(dir, 'b.db'))) as Export;
    validateExport(a);
    assert.deepEqual(a.documents.map((d) => d.id).sort(), b.documents.map((d) => d.id).sort());
    for (const d of a.documents) {
      for (const s of d.repeatedSpans) assert.equal(d.text.slice(s.start, s.end), s.text);
      assert.deepEqual(d.stages.map((s) => s.stage), defaultPipeline().stages.map((s) => s.name));
      assert.ok(d.stages.every((s) => s.status === 'ok'), `${d.source}: ${JSON.stringify(d.stages)}`);
    }
  });

  it('finds the syndicated copy in the examples as a near duplicate of its original', async () => {
    const r = await cli(['annotate', EXAMPLES]);
    const ex = JSON.parse(r.stdout) as Export;
    const copy = ex.documents.find((d) => d.source.includes('syndicated'));
    assert.ok(copy?.duplicateOf, 'the syndicated copy was not marked');
    const original = ex.documents.find((d) => d.id === copy.duplicateOf)!;
    assert.ok(!original.source.includes('syndicated'));
    assert.equal(ex.documents.filter((d) => d.duplicateOf).length, 1, 'only the syndicated copy is a near duplicate');
  });

  it('finds the repeated paragraphs of the examples, verbatim and reworded, and no others', async () => {
    const ex = JSON.parse((await cli(['annotate', EXAMPLES])).stdout) as Export;
    const withRepeats = ex.documents.filter((d) => d.repeatedSpans.length > 0).map((d) => path.basename(d.source)).sort();
    assert.deepEqual(withRepeats, ['2023-05-21-sudan-jeddah-week-long-ceasefire.txt', '2024-10-08-port-ellery-strike-notice.txt']);
  });

  it('does not store an exact duplicate twice, even under another name, and reports it', async () => {
    const dir = writeFiles(tmp(), { 'a.txt': article(1), 'copy/b.txt': article(1), 'c.txt': article(2) });
    const db = path.join(dir, 'p.db');
    const r = await cli(['analyze', '--db', db, dir]);
    assert.match(r.stdout, /new, stored\s+2\n/);
    assert.match(r.stdout, /exact duplicates\s+1/);
    assert.equal((JSON.parse(await exportOf(db)) as Export).documents.length, 2);
  });

  it('reads standard input with -', async () => {
    const r = await cli(['annotate', '-'], { stdin: `title: From stdin\n---\n${article(3)}` });
    assert.equal(r.code, 0, r.stderr);
    const ex = JSON.parse(r.stdout) as Export;
    assert.equal(ex.documents[0]!.source, '-');
  });

  it('writes jsonl: a header line, then one item per line', async () => {
    const db = path.join(tmp(), 'p.db');
    await cli(['analyze', '--db', db, path.join(EXAMPLES, 'records')]);
    const lines = (await exportOf(db, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { section: string; format?: string; item?: Doc });
    assert.deepEqual([lines[0]!.section, lines[0]!.format], ['header', 'parley-export/1']);
    const docs = lines.filter((l) => l.section === 'documents');
    assert.equal(docs.length, 5);
    assert.ok(docs.every((l) => typeof l.item?.id === 'string'));
  });

  it('annotates the shared seeds into a valid export with the dated seed dated and the repeated opening found', async () => {
    const r = await cli(['annotate', path.join(SHARED, 'corpus/seeds')]);
    assert.equal(r.code, 0, r.stderr);
    const ex = JSON.parse(r.stdout) as Export;
    validateExport(ex);
    assert.equal(ex.documents.length, 5);
    const rewritten = ex.documents.find((d) => d.source.includes('002_'))!;
    assert.ok(rewritten.repeatedSpans.length >= 1, 'seed 002 repeats its opening');
    assert.ok(rewritten.repeatedSpans[0]!.start < 1500, 'the repeat found is the opening');
  });

  it('gives the same export whether the pipeline runs in worker threads or in-process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`a${String(i).padStart(2, '0')}.txt`] = article(500 + i);
    files['copy.txt'] = `New headline\n\n${article(510)}`;
    const dir = writeFiles(tmp(), files);
    const strip = (out: string): unknown => ({ ...(JSON.parse(out) as object), generatedAt: null });
    const threads = await cli(['annotate', dir], { env: { PARLEY_WORKERS: '2' } });
    const inline = await cli(['annotate', dir], { env: { PARLEY_WORKERS: '0' } });
    assert.equal(threads.code, 0, threads.stderr);
    assert.deepEqual(strip(threads.stdout), strip(inline.stdout));
    const ex = JSON.parse(threads.stdout) as Export;
    assert.equal(ex.documents.length, 81);
    assert.equal(ex.documents.filter((d) => d.duplicateOf).length, 1, 'the copy with a new headline is a near duplicate');
  });

  it('refuses to export a store that does not exist', async () => {
    const r = await cli(['export', '--db', path.join(tmp(), 'none.db')]);
    assert.equal(r.code, 5);
    assert.match(r.stderr, /STORE_OPEN_FAILED: .*none\.db/);
  });
});
