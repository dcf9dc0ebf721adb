/**
 * @module stages/entities/ner/features.test — word descriptions, token normalization and static features.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../sentences/index.js';
import { CTX, prepareSentences, prepareWords } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { CAP_LOWER, CAP_MIXED, CAP_NONE, CAP_TITLE, CAP_UPPER, capClass, combine, describeWord, normalizeToken, shapes, wordInfo } from './word.js';

function featuresOf(sentences: string[][], token: number, gazetteer = Gazetteer.empty()): number[] {
  const doc = prepareSentences(sentences, gazetteer);
  return [...doc.features.subarray(doc.offsets[token]!, doc.offsets[token + 1]!)];
}

test('normalization makes Parley tokens look like CoNLL tokens', () => {
  assert.equal(normalizeToken('’s'), "'s");
  assert.equal(normalizeToken('“'), '"');
  assert.equal(normalizeToken('—'), '-');
  assert.equal(normalizeToken('--'), '-');
  assert.equal(normalizeToken('O’Brien'), "O'Brien");
  assert.equal(normalizeToken('-'), '-');
  assert.equal(normalizeToken("''"), '"');
  assert.equal(normalizeToken('``'), '"');
  assert.equal(normalizeToken('al-Sisi'), 'al-Sisi');
  assert.equal(normalizeToken(''), '');
  assert.equal(wordInfo('’s'), wordInfo('’s'));
  assert.equal(wordInfo('’s').word, wordInfo("'s").word);
});

test("words that are also Object.prototype's names normalize to themselves", () => {
  for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) assert.equal(normalizeToken(w), w);
});

test('shapes', () => {
  assert.deepEqual(shapes('Reuters'), { shape: 'Xxxxx', short: 'Xx' });
  assert.deepEqual(shapes('U.S.'), { shape: 'X.X.', short: 'X.X.' });
  assert.deepEqual(shapes('1996-08-22'), { shape: 'dddd-dd-dd', short: 'd-d-d' });
  assert.deepEqual(shapes('al-Sisi'), { shape: 'xx-Xxxx', short: 'x-Xx' });
});

test('capitalization classes', () => {
  assert.equal(capClass('Gaza'), CAP_TITLE);
  assert.equal(capClass('GAZA'), CAP_UPPER);
  assert.equal(capClass('gaza'), CAP_LOWER);
  assert.equal(capClass('McDonald'), CAP_MIXED);
  assert.equal(capClass('1,000'), CAP_NONE);
  assert.equal(capClass('Ürümqi'), CAP_TITLE);
});

test('own features: form, lower form, shapes, affixes 1–4, capitalization by length', () => {
  const w = describeWord('Hamas');
  assert.equal(w.own.length, 5 + 2 * 4);
  assert.equal(describeWord('al').own.length, 5 + 2 * 2);
  assert.equal(describeWord('HAMAS').lower, w.lower);
  assert.notEqual(describeWord('HAMAS').word, w.word);
  assert.equal(describeWord('1997').lower, describeWord('2024').lower);
});

test('a token has its own, context, initial features and a bias', () => {
  const f = featuresOf([['Israel', "'s", 'army', 'said']], 0);
  assert.ok(f.includes(CTX.bias));
  for (const own of wordInfo('Israel').own) assert.ok(f.includes(own));
  assert.ok(f.includes(combine(CTX.lowerAt + 3, wordInfo("'s").lower)));
  assert.ok(f.includes(combine(CTX.initial, 1 * 8 + CAP_TITLE)));
});

test("Parley's tokens of Israel's give the features CoNLL's tokens give", () => {
  const parley = tokenize('Israel’s army said').map((t) => t.text);
  assert.deepEqual(featuresOf([parley], 0), featuresOf([['Israel', "'s", 'army', 'said']], 0));
});

test('sentence-initial means only punctuation before the word', () => {
  const f = featuresOf([['"', 'Hamas', 'said']], 1);
  assert.ok(f.includes(combine(CTX.initial, 8 + CAP_TITLE)));
  assert.ok(!featuresOf([['Hamas', 'said']], 1).includes(combine(CTX.initial, 8 + CAP_LOWER)));
});

test('document evidence: a capitalized word seen in lower case elsewhere differs', () => {
  const alone = featuresOf([['Turkey', 'talks'], ['It', 'ended']], 0);
  const withLower = featuresOf([['Turkey', 'talks'], ['a', 'turkey', 'ended']], 0);
  assert.notDeepEqual(alone, withLower);
  assert.equal(alone.length, withLower.length);
});

test('gazetteer hits add type-and-position features', () => {
  const gaz = Gazetteer.build([{ words: ['Gaza', 'Strip'].map(wordInfo), type: 2 }]);
  const sentence = [['in', 'the', 'Gaza', 'Strip', 'today']];
  const plain = featuresOf(sentence, 2);
  const hit = featuresOf(sentence, 2, gaz);
  assert.ok(hit.includes(combine(CTX.gazetteer, 2 * 4 + 0)));
  assert.ok(featuresOf(sentence, 3, gaz).includes(combine(CTX.gazetteer, 2 * 4 + 2)));
  assert.equal(hit.length, plain.length + 2);
});

test('tokens outside every sentence get no features', () => {
  const doc = prepareWords(['TEL', 'AVIV', 'Hamas', 'said'].map(wordInfo), Int32Array.of(2, 4), Gazetteer.empty());
  assert.equal(doc.offsets[0], 0);
  assert.equal(doc.offsets[2], 0);
  assert.ok(doc.offsets[3]! > 0);
  assert.equal(doc.offsets[4], doc.features.length);
});
