/**
 * @module stages/quotes/model/features.test — the token table and the fixed-size feature sets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleCandidates, viewOfText } from '../index.js';
import { MAX_CUE_FEATURES, PAIR_FEATURES, SPAN_FEATURES, cueFeatures, nullFeatures, pairFeatures, sourceGuesses, spanFeatures, tokenTable } from './features.js';

const TEXT = 'The mayor said: “The bridge is safe.” Critics, however, doubt it.';

function table(text: string) {
  const view = viewOfText(text);
  return { view, t: tokenTable(view, ruleCandidates(view)) };
}

const at = (view: ReturnType<typeof viewOfText>, word: string): number => view.tokens.findIndex((x) => x.text === word);

test('per token: quotation marks, quoted words, lexicon cues and the words never scored as cues', () => {
  const { view, t } = table(TEXT);
  const open = at(view, '“');
  const close = at(view, '”');
  assert.deepEqual([t.mark[open], t.mark[close]], [1, 2]);
  assert.equal(t.quoted[at(view, 'bridge')], 1);
  assert.equal(t.quoted[at(view, 'mayor')], 0);
  assert.ok(t.lexicon[at(view, 'said')]! > 0);
  assert.equal(t.lexicon[at(view, 'mayor')], 0);
  assert.deepEqual([t.skip[at(view, 'The')], t.skip[at(view, ',')], t.skip[at(view, ':')], t.skip[at(view, 'mayor')]], [1, 1, 0, 0]);
});

test('the same word gets the same hashes wherever it stands; punctuation keeps its own mark', () => {
  const a = table('Lopez said the port was closed.');
  const b = table('The port, Lopez said, was closed.');
  assert.equal(a.t.lower[at(a.view, 'said')], b.t.lower[at(b.view, 'said')]);
  const dashes = table('It was over ― Ann Lee (@annlee) - yes — no.');
  const hashes = ['―', '-', '—'].map((d) => dashes.t.lower[at(dashes.view, d)]);
  assert.equal(new Set(hashes).size, 3);
});

test('cue features fit their buffer; span features are exactly SPAN_FEATURES per candidate', () => {
  const { view, t } = table(TEXT);
  const s = view.sentences[0]!;
  const out = new Int32Array(MAX_CUE_FEATURES);
  for (let i = s.first; i <= s.last; i++) assert.ok(cueFeatures(t, i, s.first, s.last, out, 0) <= MAX_CUE_FEATURES - 2);
  const cue = { first: at(view, 'said'), last: at(view, 'said') };
  const guess = new Int32Array(6);
  sourceGuesses(t, cue, guess);
  assert.deepEqual([view.slice(guess[0]!, guess[1]!)], ['The mayor']);
  const span = new Int32Array(SPAN_FEATURES + 2).fill(7);
  spanFeatures(t, cue, guess, s.first, s.first, s.last, 0, span, 1);
  assert.deepEqual([span[0], span[SPAN_FEATURES + 1]], [7, 7]);
  const again = new Int32Array(SPAN_FEATURES + 2).fill(7);
  spanFeatures(t, cue, guess, s.first, s.first, s.last, 0, again, 1);
  assert.deepEqual([...again], [...span]);
  nullFeatures(t, cue, guess, s.first, again, 1);
  assert.deepEqual([again[0], again[SPAN_FEATURES + 1]], [7, 7]);
});

test('span features: an end before `, which` and one before `, and` differ in what the content leaves out', () => {
  const ending = (text: string): number[] => {
    const { view, t } = table(text);
    const s = view.sentences[0]!;
    const cue = { first: at(view, 'praised'), last: at(view, 'praised') };
    const guess = new Int32Array(6);
    sourceGuesses(t, cue, guess);
    const out = new Int32Array(SPAN_FEATURES);
    spanFeatures(t, cue, guess, at(view, 'plan'), s.first, s.last, 0, out, 0);
    return [...out];
  };
  const which = ending('Smith praised the plan, which passed.');
  const and = ending('Smith praised the plan, and left.');
  const differ = which.map((f, k) => (f === and[k] ? -1 : k)).filter((k) => k >= 0);
  // the source guesses differ too (16); the words after the end only in the templates that read them (from 18 on)
  assert.ok(differ.some((k) => k >= 18) && differ.every((k) => k === 16 || k >= 18), JSON.stringify(differ));
});

test('pair features: exactly PAIR_FEATURES per content pair, and the length and ending tell pairs apart', () => {
  const { view, t } = table('Lopez said the port was closed, and the ships left.');
  const cue = { first: at(view, 'said'), last: at(view, 'said') };
  const guess = new Int32Array(6);
  sourceGuesses(t, cue, guess);
  const out = new Int32Array(PAIR_FEATURES + 2).fill(7);
  pairFeatures(t, cue, guess, at(view, 'the'), at(view, 'closed'), 0, out, 1);
  assert.deepEqual([out[0], out[PAIR_FEATURES + 1]], [7, 7]);
  const longer = new Int32Array(PAIR_FEATURES + 2).fill(7);
  pairFeatures(t, cue, guess, at(view, 'the'), at(view, 'left'), 0, longer, 1);
  assert.notDeepEqual([...longer], [...out]);
});

test('cue features: inflections of a word share its stem feature; a subject on the left is seen past an adverb', () => {
  const a = table('Lopez attacked the plan.');
  const b = table('Lopez repeatedly attacks the plan.');
  const features = (x: ReturnType<typeof table>, word: string): Set<number> => {
    const s = x.view.sentences[0]!;
    const out = new Int32Array(MAX_CUE_FEATURES);
    const n = cueFeatures(x.t, at(x.view, word), s.first, s.last, out, 0);
    return new Set(out.subarray(0, n));
  };
  const c = table('Lopez repeatedly approves the plan.');
  const shared = (x: Set<number>, y: Set<number>): number => [...x].filter((f) => y.has(f)).length;
  const attacked = features(a, 'attacked');
  assert.ok(shared(attacked, features(b, 'attacks')) >= shared(attacked, features(c, 'approves')) + 2);
});
