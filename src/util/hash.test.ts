/**
 * @module util/hash.test — the FNV-1a hashes against the published reference values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a, fnvRange } from './hash.js';

describe('fnv1a and fnvRange', () => {
  it('give the reference FNV-1a values (unsigned and signed)', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
    assert.equal(fnvRange('foobar', 0, 6), 0xbf9cf968 | 0);
  });
  it('a range hashes as its slice', () => {
    const s = 'Ceasefire talks résumé';
    for (let from = 0; from <= s.length; from++) for (let to = from; to <= s.length; to++) assert.equal(fnvRange(s, from, to) >>> 0, fnv1a(s.slice(from, to)));
  });
});
