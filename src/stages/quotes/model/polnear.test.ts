/**
 * @module stages/quotes/model/polnear.test — reading BRAT attribution files (files written here, not corpus text).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseAnn, readSplit } from './polnear.js';

const TEXT = 'Mayor Ruiz said the bridge would reopen in May. Residents doubt it.';
const ANN = [
  'T1\tSource 0 10\tMayor Ruiz',
  'T2\tCue 11 15\tsaid',
  'T3\tContent 16 46\tthe bridge would reopen in May',
  'T4\tAttribution 11 15\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tSource 48 57\tResidents',
  'T6\tCue 58 63\tdoubt',
  'T7\tContent 64 66;66 67\tit.',
  'E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7',
  'E3\tAttribution:T6 Cue:T6',
].join('\n');

test('each event with a Content is one attribution; discontinuous spans run first to last', () => {
  assert.deepEqual(parseAnn(ANN), [
    { content: { start: 16, end: 46 }, cue: { start: 11, end: 15 }, source: { start: 0, end: 10 } },
    { content: { start: 64, end: 67 }, cue: { start: 58, end: 63 }, source: { start: 48, end: 57 } },
  ]);
});

test('a split folder: texts with their first annotation file, in name order', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-polnear-'));
  fs.mkdirSync(path.join(dir, 'text'));
  fs.mkdirSync(path.join(dir, 'attributions'));
  fs.writeFileSync(path.join(dir, 'text', 'b_doc.txt'), TEXT);
  fs.writeFileSync(path.join(dir, 'text', 'a_doc.txt'), TEXT);
  fs.writeFileSync(path.join(dir, 'text', 'c_unannotated.txt'), TEXT);
  fs.writeFileSync(path.join(dir, 'attributions', 'b_doc_x.ann'), ANN);
  fs.writeFileSync(path.join(dir, 'attributions', 'b_doc_y.ann'), '');
  fs.writeFileSync(path.join(dir, 'attributions', 'a_doc_x.ann'), '');
  const docs = readSplit(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(docs.map((d) => [d.name, d.attributions.length]), [['a_doc', 0], ['b_doc', 2]]);
});
