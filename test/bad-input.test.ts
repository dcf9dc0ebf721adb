/**
 * End-to-end: every kind of bad input gets one clear line naming the file and a stable
 * code, the rest of the batch is stored, and nothing is stored twice.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { article, cli, tmp, writeFiles } from './helpers.js';

const GOOD_HTML = `<html><head><title>Talks | Example</title></head><body><article><p>${article(7, 6)}</p></article></body></html>`;
const item = (n: number): string => `<item><title>Item ${n}</title><link>https://example.org/${n}</link><description>${article(20 + n, 5)}</description></item>`;

/** A folder with one bad file of each kind and two good ones. */
function badBatch(): string {
  const dir = tmp();
  writeFiles(dir, {
    'good-1.txt': article(1),
    'good-2.html': GOOD_HTML,
    'photo.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'latin1.txt': Uint8Array.from([...new TextEncoder().encode('Talks in Doha resumed, the caf'), 0xe9, ...new TextEncoder().encode(' owner said.')]),
    'empty.txt': '',
    'blank.md': '   \n\n  \n',
    'nav-only.html': '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© Example</footer></body></html>',
    'cut.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${item(1)}${item(2)}<item><title>Item 3</title><link>https://example.org/3</link><descr`,
    'garbage.rss': 'this is not xml at all, just words',
    'broken.json': '[{"id": "x", "text": "unfinished',
    'lines.jsonl': `{"id":"ok-line","text":${JSON.stringify(article(9))}}\n{not json}\n{"id":"no-text"}\n`,
    'broken.html': `<div><p>${article(11, 8)}<p>unclosed <b>bold <i>and italics</div></span>`,
  });
  fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  fs.symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
  fs.symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
  return dir;
}

describe('bad input', () => {
  it('reports each bad file on one line with its code and stores the rest', async () => {
    const dir = badBatch();
    const db = path.join(dir, 'p.db');
    const r = await cli(['analyze', '--db', db, dir, path.join(dir, 'missing.txt')]);
    assert.equal(r.code, 3, 'exit 3: some inputs could not be read');
    const lines = r.stderr.trim().split('\n');
    const expect: Array<[string, RegExp]> = [
      ['INPUT_BINARY', /photo\.txt/],
      ['INPUT_NOT_UTF8', /latin1\.txt.*byte 30/],
      ['INPUT_EMPTY', /empty\.txt/],
      ['INPUT_EMPTY', /blank\.md/],
      ['HTML_NO_ARTICLE', /nav-only\.html/],
      ['FEED_TRUNCATED', /cut\.xml.*2/],
      ['FEED_MALFORMED', /garbage\.rss/],
      ['JSON_MALFORMED', /broken\.json/],
      ['JSON_MALFORMED', /lines\.jsonl:2/],
      ['JSON_RECORD_INVALID', /no-text/],
      ['INPUT_TOO_LARGE', /huge\.txt.*50\.0 MB/],
      ['INPUT_NOT_FOUND', /missing\.txt/],
      ['INPUT_UNREADABLE', /loop-a\.txt/],
    ];
    for (const [code, where] of expect) {
      assert.ok(lines.some((l) => l.startsWith(`parley: ${code}: `) && where.test(l)), `no ${code} line for ${where}:\n${r.stderr}`);
    }
    for (const l of lines) assert.match(l, /^parley: [A-Z0-9_]+: \S/, 'every message is one line with a code and a place');
    // good-1, good-2, broken.html, the ok JSONL line, and the two complete feed items
    assert.match(r.stdout, /new, stored\s+6\n/);
    const again = await cli(['analyze', '--db', db, dir]);
    assert.match(again.stdout, /new, stored\s+0\n/);
    assert.match(again.stdout, /already stored\s+6\s/);
  });

  it('an invalid knowledge-base folder stops the run with exit 6, naming file and entry', async () => {
    const kb = writeFiles(tmp(), { 'people/mine.json': JSON.stringify([{ key: 'x', id: null, type: 'person', name: '', aliases: [], roles: [], source: 'https://example.org' }]) });
    const dir = writeFiles(tmp(), { 'a.txt': article(40) });
    const r = await cli(['analyze', '--db', path.join(dir, 'p.db'), dir], { env: { PARLEY_KB_DIRS: kb } });
    assert.equal(r.code, 6, r.stderr);
    assert.match(r.stderr, /KB_INVALID: .*mine\.json/);
    assert.match(r.stderr, /#1 \(x\)/);
  });

  it('reads broken HTML rather than refusing it', async () => {
    const dir = writeFiles(tmp(), { 'broken.html': `<div><p>${article(11, 8)}<p>tail <b>bold</div></span>` });
    const r = await cli(['annotate', dir]);
    const ex = JSON.parse(r.stdout) as { documents: { text: string }[] };
    assert.equal(ex.documents.length, 1);
    assert.match(ex.documents[0]!.text, /item 11-0\./);
  });

  it('annotate exits 3 only when nothing at all could be read', async () => {
    const dir = writeFiles(tmp(), { 'empty.txt': '' });
    assert.equal((await cli(['annotate', dir])).code, 3);
    writeFiles(dir, { 'good.txt': article(4) });
    assert.equal((await cli(['annotate', dir])).code, 0);
  });

  it('a stage failure is recorded per document and the batch goes on', async () => {
    // A document of only a dateline-like line and nothing else is odd but must not crash anything.
    const dir = writeFiles(tmp(), { 'odd.txt': 'CAIRO —', 'ok.txt': article(5) });
    const r = await cli(['annotate', dir]);
    const ex = JSON.parse(r.stdout) as { documents: { stages: { status: string }[] }[] };
    assert.equal(ex.documents.length, 2);
    for (const d of ex.documents) assert.ok(d.stages.every((s) => s.status === 'ok'));
  });
});
