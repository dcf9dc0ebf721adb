/** `compoundsIn` finds exactly what the `DEMONYM_COMPOUND` pattern finds over a whole text, from the hyphens alone. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compoundsIn, DEMONYM_COMPOUND } from './index.js';

const byPattern = (text: string): [number, string][] => {
  const re = new RegExp(DEMONYM_COMPOUND.source, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
};
const byHyphens = (text: string): [number, string][] => [...compoundsIn(text)].map((m) => [m.index, m[0]]);

describe('link: country compounds found from the hyphens', () => {
  const texts = [
    'Egyptian-Qatari mediators met U.S.-Israeli negotiators.',
    'An x-Egyptian-Qatari plan, a 3-Egyptian-Qatari one, and Qatari-Egyptian-American talks.',
    'Mid-October, the so-called Israeli-Palestinian conflict and pro-Russian-Ukrainian ties.',
    'Guinea-Bissau, Al-Sisi, ex-President Trump and then-Secretary Kerry - a dash - and -Egyptian.',
    'Hyphen at the end Egyptian-', '-', '', 'A-B-C-D e-F G-h',
  ];
  for (const t of texts) it(JSON.stringify(t), () => assert.deepEqual(byHyphens(t), byPattern(t)));
});
