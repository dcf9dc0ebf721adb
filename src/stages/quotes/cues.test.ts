/**
 * @module stages/quotes/cues.test — the cue lexicon's lookup: `cueRuleOf` answers as the map does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUE_BY_FORM, cueRuleOf } from './cues.js';

test('cueRuleOf finds every form of the lexicon', () => {
  for (const [form, rule] of CUE_BY_FORM) assert.equal(cueRuleOf(form), rule, form);
});

test('cueRuleOf finds nothing for other words', () => {
  for (const w of ['', 'the', 'and', 'ceasefire', 'étude', 'x', 'sayings', 'saidd', '’s']) assert.equal(cueRuleOf(w), CUE_BY_FORM.get(w), w);
  assert.equal(cueRuleOf('the'), undefined);
});
