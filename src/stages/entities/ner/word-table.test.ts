/**
 * @module stages/entities/ner/word-table.test — numbered word types: facts, part sums, lower forms, the limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowerForms, partSums, wordParts } from './features.js';
import { loadModel } from './model.js';
import { EDGE, wordInfo } from './word.js';
import { EDGE_TYPE, PARTS, WordTable } from './word-table.js';

const model = loadModel();
const k = model.classes;
const table = (limit?: number): WordTable => new WordTable(k, (w, out, at) => partSums(model, w, out, at), false, limit);

test('a raw text keeps its number; type 0 is the sentence-edge padding', () => {
  const t = table();
  const a = t.idOf('Hamas');
  assert.equal(t.idOf('Hamas'), a);
  assert.notEqual(t.idOf('hamas'), a);
  assert.notEqual(a, EDGE_TYPE);
  assert.equal(t.texts[EDGE_TYPE], EDGE.text);
  assert.equal(t.cap[EDGE_TYPE], EDGE.cap);
  assert.equal(t.cap[a], wordInfo('Hamas').cap);
  assert.equal(t.lower[a], wordInfo('Hamas').lower);
  assert.equal(t.short[a], wordInfo('Hamas').short);
  assert.equal(t.lowerId[a], t.lowerId[t.idOf('HAMAS')]);
  assert.equal(t.lowerText(t.idOf('’Hamas’')), "'hamas'");
});

test('part sums are those of the model, 16-bit', () => {
  const t = table();
  const id = t.idOf('Doha');
  const want = new Int32Array(PARTS * k);
  partSums(model, wordInfo('Doha'), want, 0);
  assert.ok(t.parts instanceof Int16Array);
  assert.deepEqual([...t.parts.subarray(id * PARTS * k, (id + 1) * PARTS * k)], [...want]);
});

test('a document numbers its lower forms as features.ts does, afresh each time', () => {
  const t = table();
  const texts = ['The', 'talks', 'in', 'Doha', ':', 'the', 'TALKS', 'went', 'on'];
  const types = Int32Array.from(texts, (x) => t.idOf(x));
  const want = lowerForms(texts.map(wordInfo));
  for (let round = 0; round < 2; round++) {
    const got = t.lowerForms(types);
    assert.deepEqual([...got.ids], [...want.ids]);
    assert.equal(got.count, want.count);
  }
  assert.deepEqual([...t.lowerForms(types.subarray(3)).ids], [0, 1, 2, 3, 4, 5]);
});

test('past its limit the table starts over, at the start of a document only', () => {
  const t = table(3);
  for (const x of ['a', 'b', 'c', 'd', 'e']) t.idOf(x);
  assert.equal(t.count, 6);
  t.begin();
  assert.equal(t.count, 1);
  const id = t.idOf('Gaza');
  assert.equal(t.texts[id], 'Gaza');
  assert.equal(t.idOf('Gaza'), id);
  assert.deepEqual([...t.lowerForms(Int32Array.of(id, id)).ids], [0, 0]);
});

test('thousands of texts keep their numbers through the slot table growing', () => {
  const t = table();
  const texts = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  const ids = texts.map((x) => t.idOf(x));
  assert.equal(new Set(ids).size, texts.length);
  assert.deepEqual(texts.map((x) => t.idOf(`${x}`)), ids);
  assert.equal(t.count, texts.length + 1);
});

test('texts of one hash and length, or one a prefix of another, keep their own numbers', () => {
  const t = table();
  const texts = ['ab', 'ba', 'abc', 'a', 'Ab', 'ab’', "ab'", 'Gaza', 'Gaza’s'];
  const ids = texts.map((x) => t.idOf(x));
  assert.equal(new Set(ids).size, texts.length);
  assert.deepEqual(texts.map((x) => t.idOf(x)), ids);
  assert.deepEqual(texts.map((_, i) => t.texts[ids[i]!]), ['ab', 'ba', 'abc', 'a', 'Ab', "ab'", "ab'", 'Gaza', "Gaza's"]);
});

test('part sums are the sums of each part of wordParts (own with the bias, then the −2, −1, +1, +2 roles)', () => {
  for (const text of ['Doha', 'the', 'Counter-intelligence', '1,250', '’s', 'al-Balah', 'X']) {
    const w = wordInfo(text);
    const got = new Int32Array(PARTS * k + 3).fill(7);
    partSums(model, w, got, 3);
    const want = new Int32Array(PARTS * k + 3).fill(7);
    wordParts(w).forEach((p, i) => {
      const row = new Int32Array(k);
      model.addInt(p, 0, p.length, row);
      for (let c = 0; c < k; c++) want[3 + i * k + c]! += row[c]!;
    });
    assert.deepEqual(got, want, text);
  }
});
