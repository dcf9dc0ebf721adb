/**
 * @module util/own-slice.test — copies equal what they copy, at every length around the bound.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { own, ownSlice, SLICE_VIEW_MIN } from './own-slice.js';

test('ownSlice and own give the same characters as slice, below, at and above the view length', () => {
  const text = 'Mohammed bin Abdulrahman Al Thani met the envoys in Doha.';
  for (let n = 1; n <= SLICE_VIEW_MIN + 3; n++) {
    assert.equal(ownSlice(text, 4, 4 + n), text.slice(4, 4 + n));
    assert.equal(own(text.slice(2, 2 + n)), text.slice(2, 2 + n));
  }
  assert.equal(ownSlice(text, 5, 5), '');
});
