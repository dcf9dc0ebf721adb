/**
 * @module export/csv.test — RFC 4180 quoting and the events CSV of a small store.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzePaths } from '../analyze.js';
import { resolveConfig } from '../config.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import { csvField, csvRow, EVENT_COLUMNS, writeCsv } from './csv.js';

/** Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return rows;
}

describe('csv', () => {
  it('quotes fields with commas, quotes or line breaks, and nothing else', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('Qatar, Egypt'), '"Qatar, Egypt"');
    assert.equal(csvField('say "yes"'), '"say ""yes"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(null), '');
    assert.equal(csvField(3), '3');
    assert.equal(csvRow(['a', 'b,c', null]), 'a,"b,c",\r\n');
  });

  it('writes one merged event per row under the analysts\' columns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-csv-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'published: 2023-11-25\n---\nHamas released 24 hostages on Friday, Qatari officials said, in a deal mediated by Qatar, Egypt and the United States.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'published: 2023-11-25\n---\nOn Friday, Hamas freed 24 hostages held in Gaza, according to the "mediators".\n');
    const store = new MemoryStore();
    await analyzePaths([dir], { config: resolveConfig({ db: ':memory:', workers: 0 }, {}, null), store });
    let out = '';
    await writeCsv(store, (c) => { out += c; });
    const rows = parseCsv(out);
    assert.deepEqual(rows[0], [...EVENT_COLUMNS]);
    const release = rows.slice(1).filter((r) => r[2] === 'release');
    assert.equal(release.length, 1, out);
    const r = release[0]!;
    const col = (name: (typeof EVENT_COLUMNS)[number]): string => r[EVENT_COLUMNS.indexOf(name)]!;
    assert.equal(col('date'), '2023-11-24');
    assert.equal(col('precision'), 'day');
    assert.equal(col('modality'), 'asserted');
    assert.equal(col('agent'), 'Hamas');
    assert.equal(col('quantity'), '24 hostages (exact)');
    assert.equal(col('corroboration'), '2');
    assert.match(col('mediator'), /Qatar; Egypt; United States/);
    assert.match(col('evidence'), /Hamas released 24 hostages on Friday, Qatari officials said.* \| On Friday, Hamas freed 24 hostages held in Gaza, according to the "mediators"\./);
    for (const row of rows) assert.equal(row.length, EVENT_COLUMNS.length);
  });
});
