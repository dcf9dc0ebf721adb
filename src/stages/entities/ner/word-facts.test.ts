import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_NAME, DEMONYM_PLURAL, GROUP_NAMES, HONORIFICS, POSSESSIVES, TITLE_WORDS } from './lexicon.js';
import { normalizeToken } from './word.js';
import { countryNamed, countryOfDemonym } from '../../../kb/places.js';
import {
  ACRONYM, ARTICLE_JOINED, CAPITAL_WORD, COMPANY_SHAPE, COUNTRY, DEMONYM_PLURAL_SHAPE, GROUP, HONORIFIC, KNOWN, LETTER_FIRST, NAME_WORD, POSSESSIVE,
  SPEAKER_SHAPE, TITLE, UPPER, WORD_CHAR, WordFactsCache, startsUpper, wordFacts,
} from './word-facts.js';

/** Each bit with the test it stands for, as the refiners asked it before. */
const BITS: readonly [string, number, (text: string) => boolean][] = [
  ['UPPER', UPPER, (t) => /^\p{Lu}/u.test(t)],
  ['WORD_CHAR', WORD_CHAR, (t) => /[\p{L}\p{N}]/u.test(t)],
  ['LETTER_FIRST', LETTER_FIRST, (t) => /^\p{L}/u.test(t)],
  ['NAME_WORD', NAME_WORD, (t) => /^\p{L}[\p{L}'’-]*$/u.test(t)],
  ['COMPANY_SHAPE', COMPANY_SHAPE, (t) => /^\p{Lu}[\p{L}&-]+$/u.test(t)],
  ['ACRONYM', ACRONYM, (t) => /^\p{Lu}{2,6}$/u.test(t)],
  ['CAPITAL_WORD', CAPITAL_WORD, (t) => /^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(t)],
  ['SPEAKER_SHAPE', SPEAKER_SHAPE, (t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t)],
  ['DEMONYM_PLURAL_SHAPE', DEMONYM_PLURAL_SHAPE, (t) => DEMONYM_PLURAL.test(t)],
  ['ARTICLE_JOINED', ARTICLE_JOINED, (t) => ARTICLE_NAME.test(t)],
  ['TITLE', TITLE, (t) => TITLE_WORDS.has(normalizeToken(t).toLowerCase())],
  ['HONORIFIC', HONORIFIC, (t) => HONORIFICS.has(normalizeToken(t).toLowerCase())],
  ['GROUP', GROUP, (t) => GROUP_NAMES.has(normalizeToken(t).toLowerCase())],
  ['POSSESSIVE', POSSESSIVE, (t) => POSSESSIVES.has(normalizeToken(t).toLowerCase())],
  ['COUNTRY', COUNTRY, (t) => countryOfDemonym(t) !== undefined || countryNamed(t) !== undefined],
];

const WORDS = [
  'Peskov', 'said', 'USMX', 'AT&T', 'Stellantis', 'Palestinians', 'al-Sisi', 'Al', "O'Brien", 'O’Brien', 'Erdoğan', 'Ölberg', 'ÉLAN', 'x',
  'President', 'president', 'Mr.', 'Sheikh', 'Houthis', 'Hamas', "'s", '’s', "'", '’', ',', '(', ')', '—', '--', '751', '4B', 'Coca-Cola',
  'McDonald', 'iPhone', 'U.S.', 'UAW', 'ABCDEFG', '', 'Ça', 'ß', 'Δ', '“', 'Kerem', 'IAM', 'de', 'Von', 'German', 'Qatar', 'Israeli', 'Côte', 'Curaçaoan', 'Egypt', 'DPRK',
];

test('each fact is the test it replaces, for every kind of token text', () => {
  for (const w of WORDS) {
    const facts = wordFacts(w);
    assert.equal(facts & KNOWN, KNOWN, w);
    for (const [name, bit, holds] of BITS) assert.equal((facts & bit) !== 0, holds(w), `${name} of ${JSON.stringify(w)}`);
    assert.equal(startsUpper(w), (facts & UPPER) !== 0, w);
  }
});

test('the cache gives each word type its text\'s facts, and starts over with a new numbering', () => {
  const cache = new WordFactsCache();
  const first = { types: Int32Array.from([1, 2, 1]), count: 3, generation: 1 };
  assert.equal(cache.of('Peskov', 1, first), wordFacts('Peskov'));
  assert.equal(cache.of('said', 2, first), wordFacts('said'));
  assert.equal(cache.of('Peskov', 1, first), wordFacts('Peskov'));
  // a new generation gives number 1 to another text
  const next = { types: Int32Array.from([1]), count: 2, generation: 2 };
  assert.equal(cache.of('president', 1, next), wordFacts('president'));
  // a number beyond what the cache holds grows it
  assert.equal(cache.of('USMX', 5000, { types: Int32Array.from([5000]), count: 5001, generation: 2 }), wordFacts('USMX'));
});
