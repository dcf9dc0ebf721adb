/**
 * @module stages/credibility/signals.test — the hand-written scans of `isFactual` agree
 * with the regular expressions they replace, on sentences and on generated text full of
 * the characters where they could differ (spaces of every kind, quotes, astral letters,
 * non-ASCII digits and capitals, lone surrogates).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsStatement, hasWords, isFactual, isSpaceCode, namesOrFigures } from './signals.js';

const ENDS_STATEMENT = /[.!]["”’)\]]*\s*$/u;
const HAS_NAME_OR_FIGURE = /\d|\s["“‘(]?\p{Lu}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;

const ALPHABET = [
  'a', 'Z', 'é', 'É', 'ß', '7', '٣', '²', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u200b', '\u180e', '\u0085',
  '.', '!', '?', '"', '”', '“', '’', '‘', "'", '(', ')', ']', '[', '-', '—', ',', '𝐀', '𝐚', '𝟙', '😀', '\ud835', '\udc00', 'Ǆ', 'ǅ', 'Ⅻ',
];

/** A deterministic stream of strings over {@link ALPHABET}. */
function* generated(count: number): Generator<string> {
  let seed = 20260101;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let k = 0; k < count; k++) {
    let s = '';
    const len = next(24);
    for (let i = 0; i < len; i++) s += next(4) === 0 ? ' ' : ALPHABET[next(ALPHABET.length)]!;
    yield s;
  }
}

const SENTENCES = [
  'The ministry said 12 people were killed in the strike on Tuesday.',
  'Officials in Cairo confirmed the talks would resume next week, sources said.”',
  'what happens next is anyone’s guess, really, for the people of the region!)  ',
  'Is this a question?',
  'Short one.',
  'A rock-’n’-roll band — the “Beatles” — played in the town of old york for hours.',
  '',
  '   ',
];

describe('isFactual scans', () => {
  it('isSpaceCode is \\s for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
  it('agree with the patterns on sentences and generated text', () => {
    for (const s of [...SENTENCES, ...generated(200_000)]) {
      assert.equal(endsStatement(s), ENDS_STATEMENT.test(s), `ends ${JSON.stringify(s)}`);
      assert.equal(namesOrFigures(s), HAS_NAME_OR_FIGURE.test(s), `names ${JSON.stringify(s)}`);
      for (const min of [1, 2, 3, 8]) assert.equal(hasWords(s, min), wordCount(s) >= min, `words ${min} ${JSON.stringify(s)}`);
    }
  });
  it('isFactual keeps its meaning', () => {
    assert.equal(isFactual(SENTENCES[0]!), true);
    assert.equal(isFactual(SENTENCES[1]!), true);
    assert.equal(isFactual(SENTENCES[3]!), false);
    assert.equal(isFactual(SENTENCES[4]!), false);
  });
});
