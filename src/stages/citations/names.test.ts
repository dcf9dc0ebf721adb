/**
 * @module stages/citations/names.test — the hand-written checks of pass 1 agree with the
 * patterns they replace: the possessive strip with `/['’]s?$/u`, and no name break is
 * empty (a word is skipped when its first character starts no break), and the test of a
 * phrase start is its pattern's class, code unit by code unit; pass 3 skips the
 * count-chip scan of a gap without a digit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { START_CANDIDATE, isStartCandidate, withoutPossessive } from './01-names.js';
import { MARKER_RE } from './03-runs.js';
import { NAME_BREAKS } from './lexicon.js';

const POSSESSIVE_END = /['’]s?$/u;

describe('pass 1 checks', () => {
  it('withoutPossessive is the regex replace', () => {
    const parts = ['', 's', 'S', "'", '’', 'a', 'CNN', "'s", '’s', "s'", '‘', 'x’s’', "''s"];
    for (const a of parts) for (const b of parts) for (const c of parts) {
      const w = a + b + c;
      if (w === '') continue;
      assert.equal(withoutPossessive(w), w.replace(POSSESSIVE_END, ''), JSON.stringify(w));
    }
  });
  it('isStartCandidate is START_CANDIDATE, for every code unit', () => {
    const one = new RegExp(START_CANDIDATE.source);
    for (let c = 0; c < 0x10000; c++) assert.equal(isStartCandidate(c), one.test(String.fromCharCode(c)), c.toString(16));
  });
  it('no name break is empty', () => {
    assert.ok(![...NAME_BREAKS].includes(''));
  });
});

describe('pass 3 checks', () => {
  it('every count-chip alternative holds a digit, so a gap without one has no chip', () => {
    const alternatives = MARKER_RE.source.split('|');
    assert.equal(alternatives.length, 5);
    for (const a of alternatives) assert.match(a, /\\d\{1,3\}/, a);
    assert.equal(MARKER_RE.flags, 'gu');
  });
});
