import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMatches } from './matches.js';

/** What `matchAll` gives: index and text of each match. */
const viaMatchAll = (re: RegExp, s: string): [number, string][] => [...s.matchAll(re)].map((m) => [m.index, m[0]]);
const viaAll = (re: RegExp, s: string): [number, string][] => allMatches(re, s).map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/\b(?:plans?|proposals?)\b/gi, 'The plan and two Proposals, plans.'],
    [/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu, 'U.S.-backed 60-day truce’s terms'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\d+/g, 'no digits'],
  ];
  for (const [re, s] of cases) {
    it(`lists what matchAll lists for ${re}`, () => {
      assert.deepEqual(viaAll(re, s), viaMatchAll(re, s));
      assert.equal(re.lastIndex, 0);
    });
  }
  it('starts from the beginning whatever lastIndex was', () => {
    const re = /a/g;
    re.lastIndex = 3;
    assert.deepEqual(viaAll(re, 'abca'), [[0, 'a'], [3, 'a']]);
  });
});
