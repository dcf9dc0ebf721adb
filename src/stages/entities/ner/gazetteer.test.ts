/**
 * @module stages/entities/ner/gazetteer.test — hashed phrases: build, match, serialize.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from './gazetteer.js';
import { wordInfo } from './word.js';

const words = (s: string) => s.split(' ').map(wordInfo);

test('matches case-insensitively at a capitalized token, with B/I/L/U positions', () => {
  const gaz = Gazetteer.build([{ words: words('European Commission'), type: 1 }, { words: words('Brussels'), type: 2 }]);
  const sentence = words('The EUROPEAN COMMISSION met in Brussels');
  const out = new Uint16Array(sentence.length);
  gaz.match(sentence, 0, sentence.length, out);
  assert.deepEqual([...out], [0, 1 << (1 * 4 + 0), 1 << (1 * 4 + 2), 0, 0, 1 << (2 * 4 + 3)]);
});

test('a phrase starting in lower case is neither stored nor matched', () => {
  const gaz = Gazetteer.build([{ words: words('de Gaulle'), type: 0 }]);
  assert.equal(gaz.size, 0);
  const built = Gazetteer.build([{ words: words('Paris'), type: 2 }]);
  const out = new Uint16Array(1);
  built.match(words('paris'), 0, 1, out);
  assert.equal(out[0], 0);
});

test('one phrase may name several types', () => {
  const gaz = Gazetteer.build([{ words: words('Washington'), type: 0 }, { words: words('Washington'), type: 2 }]);
  assert.equal(gaz.lookup(words('Washington')), 0b101);
});

test('round-trips through pairs, deterministically ordered', () => {
  const gaz = Gazetteer.build([{ words: words('Gaza'), type: 2 }, { words: words('Hamas'), type: 1 }, { words: words('Hamas'), type: 3 }]);
  const pairs = gaz.toPairs();
  assert.deepEqual([...Gazetteer.fromPairs(pairs).toPairs()], [...pairs]);
  assert.equal(Gazetteer.fromPairs(pairs).lookup(words('hamas')), 0b1010);
  assert.ok(pairs[0]! < pairs[2]!);
});

test('extending adds phrases and keeps the old ones', () => {
  const gaz = Gazetteer.build([{ words: words('Hamas'), type: 1 }]);
  const more = gaz.extend([{ words: words('Hamas'), type: 3 }, { words: words('Khan Younis'), type: 2 }]);
  assert.equal(more.lookup(words('Hamas')), 0b1010);
  assert.equal(more.lookup(words('Khan Younis')), 0b100);
  assert.equal(gaz.size, 1);
});
