/**
 * @module stages/entities/ner/conll.test — reading CoNLL text and benchmark-style scoring.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanScore, goldSpans, groupDocuments, parseConll, prf } from './conll.js';

const SAMPLE = 'Alpha B-ORG\nsaid O\n\n-DOCSTART- -X- O O\n\nBeta NNP B-PER\nGamma NNP I-PER\nvisited O\nDelta B-LOC\n\n';

test('parses tokens and their last-column tags, sentence by sentence', () => {
  const s = parseConll(SAMPLE);
  assert.deepEqual(s.map((x) => x.tokens), [['Alpha', 'said'], ['Beta', 'Gamma', 'visited', 'Delta']]);
  assert.deepEqual(goldSpans(s[1]!), [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }]);
});

test('groups sentences into documents of 30', () => {
  assert.deepEqual(groupDocuments([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
});

test('scores exact spans, ignores MISC and predictions overlapping gold MISC or in lower case', () => {
  const score = new SpanScore();
  const tokens = ['Beta', 'Gamma', 'at', 'Euro', '96', 'in', 'Delta', 'said', 'Omega'];
  const gold = [{ start: 0, end: 2, type: 0 }, { start: 3, end: 5, type: 3 }, { start: 6, end: 7, type: 2 }];
  score.add(tokens, gold, [
    { start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 1 }, { start: 6, end: 7, type: 1 }, { start: 7, end: 8, type: 0 }, { start: 8, end: 9, type: 3 },
  ]);
  assert.deepEqual(score.total(), { tp: 1, predicted: 2, gold: 2 });
  assert.deepEqual(prf(score.total()), { p: 0.5, r: 0.5, f: 0.5 });
  assert.match(score.report(), /^PER {2}P 100\.00 R 100\.00 F1 100\.00$/m);
});
