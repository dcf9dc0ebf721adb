/**
 * @module stages/quotes/model/train.test — the pieces of training that need no corpus.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meanOf } from './train.js';

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
