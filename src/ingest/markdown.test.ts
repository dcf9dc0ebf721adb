import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToText } from './markdown.js';

const cases: Array<[string, string]> = [
  ['# Talks resume in Doha', 'Talks resume in Doha'],
  ['See [the statement](https://example.org/s) here.', 'See the statement here.'],
  ['![photo](x.jpg)Caption-free.', 'Caption-free.'],
  ['A **firm** and _final_ offer.', 'A firm and final offer.'],
  ['- first phase\n- second phase', 'first phase\nsecond phase'],
  ['> quoted line', 'quoted line'],
  ['snake_case_word stays', 'snake_case_word stays'],
  ['a * b * c', 'a * b * c'],
  ['Use `code` here', 'Use code here'],
];

describe('markdownToText', () => {
  for (const [md, text] of cases) it(JSON.stringify(md), () => assert.equal(markdownToText(md), text));
});
