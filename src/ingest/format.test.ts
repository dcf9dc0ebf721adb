import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { discover } from './discover.js';
import { formatFromName, sniffFormat } from './format.js';

describe('format', () => {
  const names: Array<[string, string | null]> = [['a.TXT', 'text'], ['b.md', 'markdown'], ['c.htm', 'html'], ['d.rss', 'feed'], ['e.atom', 'feed'], ['f.xml', 'feed'], ['g.json', 'json'], ['h.ndjson', 'jsonl'], ['i.pdf', null], ['noext', null]];
  for (const [name, kind] of names) it(`${name} → ${kind}`, () => assert.equal(formatFromName(name), kind));
  const sniffs: Array<[string, string]> = [
    ['<?xml version="1.0"?><rss version="2.0">', 'feed'], ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<!DOCTYPE html><html>', 'html'], ['  <html lang="en">', 'html'], ['[{"text":"a"}]', 'json'],
    ['{"text":"a"}\n{"text":"b"}\n', 'jsonl'], ['{"text":\n"a"}', 'json'], ['Plain words here.', 'text'],
  ];
  for (const [head, kind] of sniffs) it(`sniffs ${JSON.stringify(head.slice(0, 20))} as ${kind}`, () => assert.equal(sniffFormat(head), kind));
});

describe('discover', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-disc-'));
  for (const f of ['b/2.txt', 'a.md', 'b/1.html', '.hidden.txt', 'README.md', 'notes.pdf', 'node_modules/x.txt']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  it('walks folders in sorted order and passes over what it does not read', () => {
    const d = discover([dir]);
    assert.deepEqual(d.inputs.map((i) => path.relative(dir, i.path)), ['a.md', 'b/1.html', 'b/2.txt']);
    assert.deepEqual(d.passedOver.map((p) => path.basename(p)).sort(), ['README.md', 'notes.pdf']);
  });
  it('reads a file named explicitly whatever its name, once, and reports missing paths', () => {
    const d = discover([path.join(dir, 'README.md'), path.join(dir, 'README.md'), '-', path.join(dir, 'nope.txt')]);
    assert.deepEqual(d.inputs.map((i) => i.kind), ['file', 'stdin']);
    assert.match(d.problems[0]!.message, /^INPUT_NOT_FOUND: .*nope\.txt/);
  });
});
