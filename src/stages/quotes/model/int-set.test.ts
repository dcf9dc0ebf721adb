/**
 * @module stages/quotes/model/int-set.test — the integer set answers as a `Set` does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntSet } from './int-set.js';

test('IntSet answers as a Set of the same integers', () => {
  let x = 12345;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) | 0);
  const values: number[] = [0, -1, 1, 0x7fffffff, -0x80000000];
  for (let k = 0; k < 3000; k++) values.push(next());
  values.push(values[7]!, values[8]!);
  const set = new Set(values);
  const ints = new IntSet(values);
  assert.equal(ints.size, set.size);
  for (const v of values) assert.equal(ints.has(v), true, String(v));
  for (let k = 0; k < 20000; k++) {
    const v = next();
    assert.equal(ints.has(v), set.has(v), String(v));
  }
  const empty = new IntSet([]);
  assert.equal(empty.has(0), false);
  assert.equal(empty.has(7), false);
});
