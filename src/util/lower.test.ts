/** @module util/lower.test — the remembered lower-case form is the text's own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowerOf } from './lower.js';

test('lowerOf is toLowerCase, for a text asked again after others', () => {
  const doc = 'The İstanbul TALKS ended.';
  assert.equal(lowerOf(doc), doc.toLowerCase());
  assert.equal(lowerOf('A sentence.'), 'a sentence.');
  assert.equal(lowerOf(doc), doc.toLowerCase());
  assert.equal(lowerOf('B'), 'b');
  assert.equal(lowerOf('C'), 'c');
  assert.equal(lowerOf(doc), doc.toLowerCase());
});
