/**
 * @module stages/entities/ner/perceptron.test — updates, averaging and learning on a toy problem.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AveragedPerceptron, FloatScorer } from './perceptron.js';

const f = (...xs: number[]): Int32Array => Int32Array.from(xs);

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
}

test('an update moves weight from the predicted to the gold class', () => {
  const p = new AveragedPerceptron(8, 3);
  p.update(f(7, 9), 2, 2, 0);
  const out = new Float64Array(3);
  p.score(f(7), 0, 1, out);
  assert.deepEqual([...out], [-1, 0, 1]);
  p.score(f(7, 9), 0, 2, out);
  assert.deepEqual([...out], [-2, 0, 2]);
  p.update(f(7), 1, 1, 1);
  p.score(f(7), 0, 1, out);
  assert.deepEqual([...out], [-1, 0, 1]);
});

test('features hash into rows by their low bits', () => {
  const p = new AveragedPerceptron(4, 2);
  p.update(f(3), 1, 1, 0);
  const out = new Float64Array(2);
  p.score(f(3 + 16), 0, 1, out);
  assert.deepEqual([...out], [-1, 1]);
});

test('averaging equals the mean of the weights after each instance', () => {
  const p = new AveragedPerceptron(4, 2);
  const snapshots: number[] = [];
  const plan = [[1, 0], [0, 0], [0, 1], [1, 0], [0, 0]];
  for (const [gold, pred] of plan) {
    p.update(f(5), 1, gold!, pred!);
    p.tick();
    snapshots.push(p.weights[5 * 2 + 1]!);
  }
  const mean = snapshots.reduce((a, b) => a + b, 0) / snapshots.length;
  assert.ok(Math.abs(p.averaged()[5 * 2 + 1]! - mean) < 1e-6, `${p.averaged()[5 * 2 + 1]} vs ${mean}`);
});

test('learns a toy problem, and the averaged weights classify it', () => {
  // class 0: feature 1 with 3 or 4; class 1: feature 2 with 3 or 4; feature 3/4 are noise.
  const data: [Int32Array, number][] = [[f(1, 3), 0], [f(2, 3), 1], [f(1, 4), 0], [f(2, 4), 1], [f(1), 0], [f(2), 1]];
  const p = new AveragedPerceptron(6, 2);
  const out = new Float64Array(2);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [x, y] of data) {
      p.score(x, 0, x.length, out);
      p.update(x, x.length, y, argmax(out));
      p.tick();
    }
  }
  const avg = new FloatScorer(p.averaged(), 6, 2);
  for (const [x, y] of data) {
    avg.score(x, 0, x.length, out);
    assert.equal(argmax(out), y);
  }
});
