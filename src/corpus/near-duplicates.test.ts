import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containment, shingles, textKeys } from './near-duplicates.js';

const base = [
  'Mediators from Qatar and Egypt presented a revised draft to both delegations late on Monday evening.',
  'The draft sets out a first phase of six weeks during which fighting would stop and aid trucks would enter.',
  'Officials on both sides said gaps remained over the sequencing of releases and the final withdrawal lines.',
  'A further round is expected in Cairo once the delegations have consulted their leaderships at home.',
  'Relief agencies said the crossings had handled more trucks this week than at any point in the past month.',
  'Families of the captives gathered outside the defence ministry to urge the government to accept the terms.',
].join('\n\n');
const shared = (a: string, b: string): number => {
  const x = textKeys(a).keys;
  const y = new Set(textKeys(b).keys);
  return x.filter((k) => y.has(k)).length;
};

describe('near-duplicate detection', () => {
  it('ignores case and punctuation when shingling', () => {
    assert.equal(containment(shingles('Talks in Doha resumed on Monday, officials said.'), shingles('talks in doha resumed on monday officials said')), 1);
  });
  it('a copy with a new headline and a trimmed tail shares LSH keys and high containment', () => {
    const copy = `Qatar, Egypt table new draft\n\n${base.split('\n\n').slice(0, 4).join('\n\n')}`;
    assert.ok(shared(base, copy) > 0, 'no shared LSH key');
    assert.ok(containment(textKeys(base).shingles, textKeys(copy).shingles) >= 0.8);
  });
  it('a different article on the same topic shares no key and has low containment', () => {
    const other = [
      'Delegations left Cairo without a deal after two days of meetings that officials described as difficult.',
      'The sticking points, according to people briefed on the talks, were the length of the pause and the order of releases.',
      'A spokesperson for the mediators said contacts would continue by telephone through the weekend.',
      'Aid groups warned that the number of trucks entering the territory had fallen again this week.',
    ].join('\n\n');
    assert.equal(shared(base, other), 0);
    assert.ok(containment(textKeys(base).shingles, textKeys(other).shingles) < 0.2);
  });
  it('gives no keys to texts too short to compare', () => {
    assert.deepEqual(textKeys('Talks resumed.').keys, []);
  });
  it('keys are stable across calls', () => {
    assert.deepEqual(textKeys(base).keys, textKeys(base).keys);
  });
});
