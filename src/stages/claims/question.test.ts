/**
 * @module stages/claims/question.test — `isQuestion` answers as the expression it replaces, `\?["”’)\]]*\s*$`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isQuestion } from './01-status.js';

const QUESTION = /\?["”’)\]]*\s*$/u;

describe('isQuestion', () => {
  const cases = ['Will the truce hold?', 'Is it over?” ', 'He asked: “Why?”)\n', 'Why?\u00a0\u2028', 'Talks resumed.', '?', '', ' ', 'a?b', 'Done?”.', 'What? ] ', '“?', 'x?\u200b', 'x?\ufeff'];
  for (const s of cases) it(JSON.stringify(s), () => assert.equal(isQuestion(s), QUESTION.test(s)));
  it('agrees on every one-character tail', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `Why?${String.fromCharCode(c)}`;
      assert.equal(isQuestion(s), QUESTION.test(s), `U+${c.toString(16)}`);
    }
  });
});
