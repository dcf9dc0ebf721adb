/**
 * @module util/memo.test — answers kept by argument, the store starting over at its bound.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from './memo.js';

test('an answer is worked out once per argument, and again after the store started over', () => {
  const calls: string[] = [];
  const upper = boundedMemo(2, (s) => { calls.push(s); return s.toUpperCase(); });
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('b'), 'B');
  assert.deepEqual(calls, ['a', 'b']);
  assert.equal(upper('c'), 'C'); // the bound reached: the store starts over with `c`
  assert.equal(upper('a'), 'A');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});

test('a null answer is kept too', () => {
  let calls = 0;
  const none = boundedMemo<string | null>(10, () => { calls++; return null; });
  assert.equal(none('x'), null);
  assert.equal(none('x'), null);
  assert.equal(calls, 1);
});
