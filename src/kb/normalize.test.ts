import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSurface as n, plainSpellings } from './normalize.js';

test('case and accents', () => assert.equal(n('ERDOĞAN'), n('Erdogan')));
test('Portuguese accents', () => assert.equal(n('António Guterres'), 'antonio guterres'));
test('apostrophes of transliteration', () => assert.equal(n('Sa’ar'), n("Saar")));
test('possessives', () => assert.deepEqual([n("Hamas's"), n('Hamas’'), n("Netanyahu's")], ['hamas', 'hamas', 'netanyahu']));
test('hyphens and spaces', () => assert.equal(n('Ben-Gvir'), n('Ben Gvir')));
test('dotted abbreviations', () => assert.deepEqual([n('U.S.'), n('US'), n('C.I.A.')], ['us', 'us', 'cia']));
test('a lone initial stays', () => assert.equal(n('Antony J. Blinken'), 'antony j blinken'));
test('al- and Al variants meet', () => assert.deepEqual(new Set([n('Khalil al-Hayya'), n('Khalil Al Hayya'), n('Khalil Hayya')]).size, 1));
test('el- and al- meet', () => assert.equal(n('Abdel Fattah el-Sisi'), n('Abdel Fattah al-Sisi')));
test('a lone article is kept', () => assert.equal(n('al'), 'al'));
test('ibn is bin', () => assert.equal(n('Tamim ibn Hamad'), n('Tamim bin Hamad')));
test('Abd al- is Abdel', () => assert.equal(n('Abd al-Fattah'), n('Abdel Fattah')));
test('Muhammad spellings fold', () => assert.equal(new Set(['Muhammad bin Salman', 'Mohammad bin Salman', 'Mohammed bin Salman'].map(n)).size, 1));
test('whitespace collapses', () => assert.equal(n('  Antony \n Blinken  '), 'antony blinken'));
test('punctuation only is empty', () => assert.equal(n(' — '), ''));

test('plain words take the fast path with the same folds', () => {
  assert.equal(n('Muhammad'), 'mohammed');
  assert.equal(n('Hamas'), 'hamas');
  assert.equal(n('constructor'), 'constructor');
  assert.equal(n('toString'), 'tostring');
});

test('plain spellings are every ASCII word with that key', () => {
  assert.deepEqual(new Set(plainSpellings('mohammed')), new Set(['mohammed', 'muhammad', 'mohammad', 'mohamed', 'muhammed', 'mohamad']));
  assert.deepEqual(plainSpellings('bin'), ['bin', 'ibn']);
  assert.deepEqual(plainSpellings('president'), ['president']);
  for (const key of ['mohammed', 'bin', 'abdel']) for (const s of plainSpellings(key)) assert.equal(n(s), key);
});
