/**
 * @module stages/entities/ner/model.test — quantization and the model file: round trip, determinism, refusals.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer } from './gazetteer.js';
import { DEFAULT_MODEL_FILE, PackedRows, decodeModel, encodeModel, loadModel, popCount, quantize, saveModel, withTemperature } from './model.js';
import { seededRandom } from '../../../util/random.js';
import { TAG_COUNT } from './tags.js';
import { wordInfo } from './word.js';

function randomWeights(bits: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const w = new Float32Array((1 << bits) * TAG_COUNT);
  for (let i = 0; i < w.length; i++) if (random() < 0.1) w[i] = (random() - 0.5) * 20;
  return w;
}

const gazetteer = Gazetteer.build([{ words: ['Gaza', 'Strip'].map(wordInfo), type: 2 }, { words: [wordInfo('Hamas')], type: 1 }]);

for (const precision of [8, 16] as const) {
  test(`a ${precision}-bit model round-trips through its file format`, () => {
    const model = withTemperature(quantize(randomWeights(8, precision), 8, precision, gazetteer, { corpus: 'toy' }), 3);
    const back = decodeModel(encodeModel(model));
    assert.deepEqual(back.meta, model.meta);
    assert.deepEqual([...back.weights], [...model.weights]);
    assert.deepEqual([...back.gazetteer.toPairs()], [...gazetteer.toPairs()]);
    const feats = Int32Array.of(1, 2, 3, 77, 1 << 20);
    const a = new Float64Array(TAG_COUNT);
    const b = new Float64Array(TAG_COUNT);
    model.score(feats, 0, feats.length, a);
    back.score(feats, 0, feats.length, b);
    assert.deepEqual([...a], [...b]);
  });
}

test('popCount counts the set bits of any 32-bit integer', () => {
  for (const [x, n] of [[0, 0], [1, 1], [-1, 32], [0x80000000 | 0, 1], [0x7fffffff, 31], [0xf0f0, 8], [0x55555555, 16]] as const) assert.equal(popCount(x), n);
});

for (const bits of [3, 5, 8] as const) {
  test(`packed rows of ${2 ** bits} dense rows add the same weights as the dense table`, () => {
    const k = 3;
    const random = seededRandom(bits);
    const dense = new Int8Array((1 << bits) * k);
    // every row of the last word held (bit 31 included), and random rows elsewhere
    for (let r = 0; r < 1 << bits; r++) if (r >= (1 << bits) - 32 || random() < 0.3) for (let c = 0; c < k; c++) dense[r * k + c] = Math.floor(random() * 255) - 127 || 1;
    const rows = PackedRows.fromDense(dense, k, bits);
    assert.deepEqual([...rows.toDense()], [...dense]);
    const features = Int32Array.from({ length: 200 }, () => Math.floor(random() * 2 ** 32) | 0);
    const acc = new Int32Array(k);
    rows.addInt(features, 0, features.length, acc);
    const expected = new Int32Array(k);
    for (const f of features) for (let c = 0; c < k; c++) expected[c] += dense[(f & ((1 << bits) - 1)) * k + c]!;
    assert.deepEqual([...acc], [...expected]);
  });
}

test('packed rows refuse row ids out of order', () => {
  assert.throws(() => new PackedRows(Uint32Array.of(4, 2), new Int8Array(2), 1, 4), /out of order/);
});

test('quantization keeps every weight within half a step', () => {
  const w = randomWeights(6, 9);
  const model = quantize(w, 6, 16, Gazetteer.empty(), {});
  for (let i = 0; i < w.length; i++) assert.ok(Math.abs(model.weights[i]! * model.meta.scale - w[i]!) <= model.meta.scale / 2 + 1e-6);
});

test('the same weights write the same bytes', () => {
  const make = () => encodeModel(quantize(randomWeights(8, 1), 8, 8, gazetteer, { seed: 1 }));
  assert.deepEqual(make(), make());
});

test('a file that is not a model, or of other features, is refused', () => {
  assert.throws(() => decodeModel(gzipSync(Buffer.from('NOPE....'))), /bad magic/);
  const raw = gunzipSync(encodeModel(quantize(randomWeights(4, 2), 4, 8, Gazetteer.empty(), {})));
  const text = raw.toString('latin1').replace(/"featureVersion":\d+/, '"featureVersion":0');
  assert.throws(() => decodeModel(gzipSync(Buffer.from(text, 'latin1'))), /retrain/);
});

test('saves and loads once per file', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-ner-')), 'models/ner.bin');
  saveModel(quantize(randomWeights(6, 3), 6, 8, gazetteer, {}), file);
  assert.equal(loadModel(file), loadModel(file));
  assert.throws(() => loadModel(`${file}.missing`), /npm run train:ner/);
});

test('the shipped model is compact and decodes', () => {
  assert.ok(fs.statSync(DEFAULT_MODEL_FILE).size < 15 * 1024 * 1024);
  const model = decodeModel(fs.readFileSync(DEFAULT_MODEL_FILE));
  assert.equal(model.classes, TAG_COUNT);
  assert.ok(model.gazetteer.size > 1000);
});
