/**
 * @module util/phrases.test — the phrase matcher finds what the equivalent alternation regex finds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseMatcher } from './phrases.js';

function viaRegex(phrases: string[], text: string): [string, number][] {
  const alt = [...phrases].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m[0], m.index]);
}

function viaMatcher(phrases: string[], text: string): [string, number][] {
  return [...new PhraseMatcher(phrases).matches(text)].map((m) => [m.phrase, m.index]);
}

const PHRASES = ['anna berg', 'berg', 'anna berg-holm', 'j. r. smith jr.', "omar 'the elder' said", 'al-masri', 'u.s. envoy', 'élise durand', '(the) council'];

test('longest phrase at the leftmost word start, no overlaps', () => {
  assert.deepEqual(viaMatcher(PHRASES, 'anna berg-holm met anna berg and berg.'), [['anna berg-holm', 0], ['anna berg', 19], ['berg', 33]]);
});

test('no match inside a word or followed by a letter', () => {
  assert.deepEqual(viaMatcher(PHRASES, 'goldberg bergman anna bergson'), []);
});

test('phrases with dots, quotes, hyphens, accents and a leading bracket', () => {
  const text = "J. R. Smith Jr. said; omar 'the elder' said al-masri, the u.s. envoy, élise durand and (the) council agreed";
  assert.deepEqual(viaMatcher(PHRASES, text.toLowerCase()), viaRegex(PHRASES, text.toLowerCase()));
  assert.equal(viaMatcher(PHRASES, text.toLowerCase()).length, 6);
});

test('agrees with the regex on mixed text', () => {
  const words = ['anna', 'berg', 'holm', '-', ' ', ',', '.', 'u.s.', 'envoy', 'al', 'masri', 'x', 'élise', 'durand', '(the)', 'council'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += words[next() % words.length] + (next() % 3 === 0 ? '' : ' ');
    assert.deepEqual(viaMatcher(PHRASES, text), viaRegex(PHRASES, text), text);
  }
});

test('agrees with the regex on accents, signs and letters outside the BMP', () => {
  const phrases = [...PHRASES, '𝐚𝐛 c', 'ǆemal', 'zoë', '·x', 'ab𝟏'];
  const words = ['anna', 'berg', 'zoë', 'ǆemal', '𝐚𝐛', 'c', '·x', '·', 'ab𝟏', 'ab', '𝟏', '–', '’', 'é', '\u0301', ' ', '(the)', 'council', '\ud800'];
  let seed = 3;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += words[next() % words.length] + (next() % 3 === 0 ? '' : ' ');
    assert.deepEqual(viaMatcher(phrases, text), viaRegex(phrases, text), text);
  }
});

test('no phrases, no matches', () => {
  assert.deepEqual(viaMatcher([], 'anything at all'), []);
});
