import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a } from './hash.js';
import { wordHashes } from './words.js';

const reference = (t: string): number[] => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);

describe('wordHashes', () => {
  for (const t of [
    'Talks in DOHA resumed on Monday, officials said.',
    'Qatar’s prime minister — Sheikh Mohammed — met Égypt’s envoy at 10:30 a.m.',
    'Ünïcödé wörds, 1,000 prisoners; 60-day truce',
    'Emoji 🙂 between words and 𝐌𝐚𝐭𝐡 letters',
    '',
    '   ...   ',
  ]) {
    it(JSON.stringify(t), () => assert.deepEqual(wordHashes(t), reference(t)));
  }
});
