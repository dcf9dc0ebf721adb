import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dataDir } from '../../../util/paths.js';
import { isCommonWord } from '../../../util/common-words.js';
import { commonWords } from './common-words.js';

test('a word is common when written in lower case inside sentences often enough, and more than capitalized', () => {
  const texts = [
    'The video was shared widely. Officials said the video was real. A second video surfaced.',
    'Then a video appeared. Smith met Brown in Cairo. Brown said brown paper was used. Brown and Smith left.',
    'A video. Another video. Brown spoke to Brown and Brown.',
  ];
  assert.deepEqual(commonWords(texts, [['Talks', 'on', 'the', 'video', 'resumed']]).filter((w) => w === 'video' || w === 'brown'), ['video']);
  // the first word of a sentence counts for neither side: counted as capitalized, the four
  // openings would outweigh the three lower-case uses
  const text = 'Harsh words. Harsh words. Harsh words. Harsh words. They were harsh. It was harsh. So harsh.';
  assert.equal(commonWords([text], []).includes('harsh'), true);
});

test('the shipped list has the words news writes in lower case and not the surnames it capitalizes', () => {
  for (const w of ['well', 'look', 'people', 'video', 'harsh']) assert.equal(isCommonWord(w), true, w);
  for (const w of ['brown', 'rice', 'bush', 'graham', 'blinken']) assert.equal(isCommonWord(w), false, w);
  const lines = fs.readFileSync(path.join(dataDir('lexicons'), 'common-words.txt'), 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(lines, [...lines].sort(), 'sorted, as the build writes it');
});
