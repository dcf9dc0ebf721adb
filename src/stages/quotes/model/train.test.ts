/**
 * @module stages/quotes/model/train.test — the pieces of training that need no corpus.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meanOf, splitHeld } from './train.js';

describe('bagged weights (--bag)', () => {
  it('a bag of one is its own table, unchanged', () => {
    const only = Float32Array.from([1, -2, 0.5]);
    assert.equal(meanOf([only]), only);
  });
  it('several tables average element by element', () => {
    const got = meanOf([Float32Array.from([2, 0, -4]), Float32Array.from([4, 1, 0]), Float32Array.from([0, 2, 1])]);
    assert.deepEqual([...got], [2, 1, -1]);
  });
});

describe('held-out documents (--hold, --hold-every)', () => {
  const docs = Array.from({ length: 12 }, (_, i) => i);
  it('--hold N keeps the last N out of training', () => {
    assert.deepEqual(splitHeld(docs, 3, 0), { train: [0, 1, 2, 3, 4, 5, 6, 7, 8], held: [9, 10, 11] });
  });
  it('--hold-every K keeps every K-th out, across the whole list', () => {
    assert.deepEqual(splitHeld(docs, 0, 4), { train: [0, 1, 2, 4, 5, 6, 8, 9, 10], held: [3, 7, 11] });
  });
  it('neither holds nothing out; both at once are refused', () => {
    assert.deepEqual(splitHeld(docs, 0, 0), { train: docs, held: [] });
    assert.throws(() => splitHeld(docs, 3, 4), /exclude each other/);
  });
});
