/**
 * @module stages/citations/names.test — the hand-written checks of pass 1 agree with the
 * patterns they replace: the possessive strip with `/['’]s?$/u`, and no name break is
 * empty (a word is skipped when its first character starts no break).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutPossessive } from './01-names.js';
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
  it('no name break is empty', () => {
    assert.ok(![...NAME_BREAKS].includes(''));
  });
});
