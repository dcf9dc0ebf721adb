/**
 * @module stages/quotes/model/weights.test — quantization and the model file: round trip, refusals, the shipped file.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features.js';
import { ATTRIBUTION_FORMAT, CUE_CLASSES, QuantizedTable, SPAN_CLASSES, decodeModel, defaultModelFile, encodeModel, loadAttributionModel, type AttributionMeta } from './weights.js';

function table(bits: number, classes: number, seed: number): QuantizedTable {
  const w = new Float32Array((1 << bits) * classes);
  let x = seed;
  for (let i = 0; i < w.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    if (x % 7 === 0) w[i] = ((x >>> 8) % 2000) / 100 - 10;
  }
  return QuantizedTable.quantize(w, bits, classes);
}

const meta: AttributionMeta = {
  format: ATTRIBUTION_FORMAT, featureVersion: FEATURE_VERSION, cueBits: 6, spanBits: 7, cueScale: 0, spanScale: 0, cueBias: 2, ruleCueBias: -1, training: { corpus: 'toy' },
};

test('a model round-trips through its file format, byte for byte', () => {
  const cue = table(6, CUE_CLASSES, 1);
  const span = table(7, SPAN_CLASSES, 2);
  const m = { ...meta, cueScale: cue.scale, spanScale: span.scale };
  const bytes = encodeModel(m, cue, span, new Set([5, -3, 77]));
  assert.deepEqual(encodeModel(m, cue, span, new Set([77, -3, 5])), bytes);
  const back = decodeModel(bytes);
  assert.deepEqual(back.meta, m);
  assert.deepEqual([...back.anchors].sort((a, b) => a - b), [-3, 5, 77]);
  const features = Int32Array.of(1, 99, -12345, 7);
  for (const [a, b, k] of [[back.cue, cue, CUE_CLASSES], [back.span, span, SPAN_CLASSES]] as const) {
    const x = new Float64Array(k);
    const y = new Float64Array(k);
    a.score(features, 0, features.length, x);
    b.score(features, 0, features.length, y);
    assert.deepEqual([...x], [...y]);
  }
});

test('8-bit quantization clips the rare outlier so that ordinary weights keep their precision', () => {
  const w = new Float32Array(2048);
  for (let i = 0; i < 2000; i++) w[i] = (i % 100) / 10;
  w[2000] = 5000;
  const q = QuantizedTable.quantize(w, 11, 1);
  const score = (row: number): number => {
    const out = new Float64Array(1);
    q.score(Int32Array.of(row), 0, 1, out);
    return out[0]!;
  };
  assert.ok(Math.abs(score(5) - 0.5) < 0.05, String(score(5)));
  assert.ok(score(2000) > 9 && score(2000) < 11, String(score(2000)));
});

test('a file of other features or another format is refused', () => {
  const cue = table(6, CUE_CLASSES, 3);
  const span = table(7, SPAN_CLASSES, 4);
  const raw = gunzipSync(encodeModel(meta, cue, span, new Set()));
  const patch = (from: string, to: string): Buffer => gzipSync(Buffer.from(raw.toString('latin1').replace(from, to), 'latin1'));
  // another version of as many digits (the header's length is fixed in the file)
  const other = String(FEATURE_VERSION + 1).length === String(FEATURE_VERSION).length ? FEATURE_VERSION + 1 : FEATURE_VERSION - 1;
  assert.throws(() => decodeModel(patch(`"featureVersion":${FEATURE_VERSION}`, `"featureVersion":${other}`)), /retrain with npm run train:attribution/);
  assert.throws(() => decodeModel(patch('PATT', 'NOPE')), /bad magic/);
});

test('the shipped model is compact, loaded once per process, and says how it was trained', () => {
  const file = defaultModelFile();
  assert.ok(fs.statSync(file).size < 3 * 1024 * 1024);
  const model = loadAttributionModel();
  assert.ok(model !== null);
  assert.equal(loadAttributionModel(), model);
  assert.equal(model.meta.format, ATTRIBUTION_FORMAT);
  assert.match(String(model.meta.training['corpus']), /PolNeAR/);
  assert.ok(model.anchors.size > 100);
});

test('a missing model file leaves the stage to its rules', () => {
  assert.equal(loadAttributionModel('/nonexistent/attribution.bin'), null);
});

test('the 3- and 5-class score loops give what summing every weight gives', () => {
  for (const classes of [CUE_CLASSES, SPAN_CLASSES, 4]) {
    const t = table(6, classes, 7 + classes);
    const features = Int32Array.from([3, -17, 64 + 3, 1 << 20, 0, 99, -1]);
    const out = new Float64Array(classes);
    t.score(features, 1, features.length, out);
    for (let c = 0; c < classes; c++) {
      let sum = 0;
      for (let f = 1; f < features.length; f++) sum += t.weights[(features[f]! & 63) * classes + c]!;
      assert.equal(out[c], sum * t.scale);
    }
  }
});
