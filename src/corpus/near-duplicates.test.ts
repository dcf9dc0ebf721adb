import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containment, distinctShingles, estimateContainment, fingerprint, fingerprintOnly, shingles } from './near-duplicates.js';

const base = [
  'Mediators from Qatar and Egypt presented a revised draft to both delegations late on Monday evening.',
  'The draft sets out a first phase of six weeks during which fighting would stop and aid trucks would enter.',
  'Officials on both sides said gaps remained over the sequencing of releases and the final withdrawal lines.',
  'A further round is expected in Cairo once the delegations have consulted their leaderships at home.',
  'Relief agencies said the crossings had handled more trucks this week than at any point in the past month.',
  'Families of the captives gathered outside the defence ministry to urge the government to accept the terms.',
].join('\n\n');
const shared = (a: string, b: string): number => {
  const x = fingerprint(a).fingerprint.keys;
  const y = new Set(fingerprint(b).fingerprint.keys);
  return x.filter((k) => y.has(k)).length;
};

describe('near-duplicate detection', () => {
  it('ignores case and punctuation when shingling', () => {
    assert.equal(containment(shingles('Talks in Doha resumed on Monday, officials said.'), shingles('talks in doha resumed on monday officials said')), 1);
  });
  it('a copy with a new headline and a trimmed tail shares LSH keys and high containment', () => {
    const copy = `Qatar, Egypt table new draft\n\n${base.split('\n\n').slice(0, 4).join('\n\n')}`;
    assert.ok(shared(base, copy) > 0, 'no shared LSH key');
    assert.ok(containment(fingerprint(base).shingles, fingerprint(copy).shingles) >= 0.8);
  });
  it('a different article on the same topic shares no key and has low containment', () => {
    const other = [
      'Delegations left Cairo without a deal after two days of meetings that officials described as difficult.',
      'The sticking points, according to people briefed on the talks, were the length of the pause and the order of releases.',
      'A spokesperson for the mediators said contacts would continue by telephone through the weekend.',
      'Aid groups warned that the number of trucks entering the territory had fallen again this week.',
    ].join('\n\n');
    assert.equal(shared(base, other), 0);
    assert.ok(containment(fingerprint(base).shingles, fingerprint(other).shingles) < 0.2);
  });
  it('gives no keys to texts too short to compare', () => {
    assert.deepEqual(fingerprint('Talks resumed.').fingerprint.keys, []);
  });
  it('fingerprintOnly (typed arrays) gives what fingerprint (a set) gives, repeated shingles included', () => {
    for (const text of [base, `${base}\n\n${base}`, 'Talks resumed.', '', 'Ça va. Ça va. Ça va. Ça va. Ça va. Ça va. Ça va. Ça va. Ça va.']) {
      assert.deepEqual(fingerprintOnly(text), fingerprint(text).fingerprint);
      assert.deepEqual([...distinctShingles(text)], [...shingles(text)].sort((a, b) => a - b));
    }
  });
  it('keys are stable across calls', () => {
    assert.deepEqual(fingerprint(base).fingerprint.keys, fingerprint(base).fingerprint.keys);
  });
  it('estimates containment from sketches: high for the trimmed copy, low for another article', () => {
    const copy = base.split('\n\n').slice(0, 5).join('\n\n');
    const other = 'Delegations left Cairo without a deal after two days of meetings that officials described as difficult and tense, '.repeat(1)
      + 'and the sticking points were the length of the pause and the order of releases, people briefed on the talks said on Sunday.';
    const fb = fingerprint(base).fingerprint;
    assert.ok(estimateContainment(fb, fingerprint(copy).fingerprint) >= 0.7);
    assert.ok(estimateContainment(fb, fingerprint(other).fingerprint) < 0.3);
    assert.equal(estimateContainment(fb, fb), 1);
  });
});
