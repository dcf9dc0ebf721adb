import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rewriteBoundaries, withWordLookbehinds } from './word-boundaries.js';

const LB = String.raw`(?<!\w)`;

describe('rewriteBoundaries', () => {
  it('a \\b before a word or a group of words', () => assert.equal(rewriteBoundaries(String.raw`\b(?:truce|cease-fire)\s+held\b`), String.raw`${LB}(?:truce|cease-fire)\s+held\b`));
  it('after an alternation bar too', () => assert.equal(rewriteBoundaries(String.raw`\bhad\b|\bhas\b`), String.raw`${LB}had\b|${LB}has\b`));
  it('nested groups whose alternatives start with words', () => assert.equal(rewriteBoundaries(String.raw`\b(?:(?:first|1st)|second)`), String.raw`${LB}(?:(?:first|1st)|second)`));
  it('a capturing group', () => assert.equal(rewriteBoundaries(String.raw`\b(first|(?:\d+|one))-phase`), String.raw`${LB}(first|(?:\d+|one))-phase`));
  it('an optional word before a word', () => assert.equal(rewriteBoundaries(String.raw`\b(?:(up to|about)\s+)?(\d+|one)|\ba?b|\bx*?y`), String.raw`${LB}(?:(up to|about)\s+)?(\d+|one)|${LB}a?b|${LB}x*?y`));
  it('a digit or an underscore is a word character', () => assert.equal(rewriteBoundaries(String.raw`\b3rd|\b_x|\b\d+th`), String.raw`${LB}3rd|${LB}_x|${LB}\d+th`));
});

describe('rewriteBoundaries: what it leaves alone', () => {
  for (const source of [
    String.raw`\b\s`, String.raw`x\b`, String.raw`\b(?:the|)x`, String.raw`\b(?:a|b)?-c`, String.raw`\ba?\s`, String.raw`\ba*`, String.raw`\ba{0,2}b`, String.raw`\b(?:a|b)??|x`,
    String.raw`\b[\p{L}]+`, String.raw`\b(?:-x|y)`, String.raw`\b(?=x)x`, String.raw`\b(?<n>x)`, String.raw`\b(x|)`, String.raw`[\b]x`, String.raw`\\bx`, String.raw`\b\d?\.`, String.raw`\b\D`, String.raw`\bé`,
  ]) it(source, () => assert.equal(rewriteBoundaries(source), source));
});

describe('withWordLookbehinds: the same matches', () => {
  const subjects = [
    'The truce held. Truce held', 'ſtruce held; \u212Aeep talks', 'xtruce held, _truce held, 9truce held', 'étruce held — truce held', 'truce', '',
    'keep talks; Keep talks; \u212Aeep', 'a 3rd phase, the 3rd phase, x3rd', 'up to 3 hostages, about one keep, xup to 3 hostages, a third hostages, _3 hostages', 'truce’s holding',
  ];
  const patterns = [String.raw`\b(?:truce|keep)\s+(?:held|talks)\b`, String.raw`\btruce\b`, String.raw`\b(?:3rd|third)\s+phase`, String.raw`\bkeep|\btruce`, String.raw`\b(?:s|k)`, String.raw`\b(?:\d+(?:st|rd)|third)\s+phase`, String.raw`\b((?:\d+|one|three))-(?:phase|stage)\b`, String.raw`\b(?:(up to|about)\s+)?(\d+|one|a third)\s+(?:hostages|keep)`];
  for (const flags of ['giu', 'gi', 'gu', 'g']) {
    for (const p of patterns) {
      it(`/${p}/${flags}`, () => {
        const a = new RegExp(p, flags);
        const b = withWordLookbehinds(a);
        assert.notEqual(b.source, a.source);
        assert.equal(b.flags, a.flags);
        for (const s of subjects) assert.deepEqual([...s.matchAll(b)].map((m) => [m.index, m[0]]), [...s.matchAll(a)].map((m) => [m.index, m[0]]), s);
      });
    }
  }
  it('returns the expression itself when nothing is rewritten', () => {
    const re = /\b\s/iu;
    assert.equal(withWordLookbehinds(re), re);
  });
});
