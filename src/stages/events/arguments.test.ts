/**
 * @module stages/events/arguments.test — the string helpers of pass 5 answer as the regular expressions they replace.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstWord, isWhite } from './05-arguments.js';

describe('firstWord and isWhite', () => {
  it('read white space as \\s does, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhite(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
  it('give what split(/\\s+/)[0] gives', () => {
    for (const s of ['said', 'told reporters', ' leading', '', 'a\u00a0b', 'x\ty', 'x\u2028y']) assert.equal(firstWord(s), s.split(/\s+/)[0]);
  });
});
