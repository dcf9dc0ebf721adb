/**
 * @module stages/claims/word-gate.test — the one-pass gates answer exactly as their regular
 * expressions do.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposalLexicon, statusLexicon } from './lexicon.js';
import { WordGates } from './word-gate.js';

const GATES = [/talk|negotiat|peace process/i, /agree|end of/iu, /\bnot\b/i, /’|'/iu, /day of/i, /cease/iu];

/** Each gate's answers from `WordGates`, beside the regular expressions' own. */
function answers(gates: readonly RegExp[], s: string): { got: boolean[]; want: boolean[] } {
  const hits = new WordGates(gates).scan(s);
  return { got: gates.map((_, i) => hits.has(i)), want: gates.map((g) => g.test(s)) };
}

const expectSame = (s: string, gates: readonly RegExp[] = GATES): void => {
  const { got, want } = answers(gates, s);
  assert.deepEqual(got, want, s);
};

describe('word gates', () => {
  it('plain sentences', () => {
    for (const s of ['Talks resumed.', 'NEGOTIATIONS went on', 'They did not agree.', 'Notably the end.', 'Egypt’s plan', "Egypt's plan", 'On the first day of the ceasefire', 'nothing here', '']) expectSame(s);
  });
  it('overlapping words and words inside words', () => expectSame('the peace processes ended; a negotiator agreed', [/peace process|process|ace/i, /negotiator|gotiat|tor a/i, /agreed|greed|reed|d$/i]));
  it('letters that fold to ASCII only with the u flag', () => {
    expectSame('talſ of a ceaſe', [/cease/iu, /cease/i, /talſ/iu]);
    expectSame('TAL\u212A', [/talk/iu, /talk/i]);
    expectSame('\u0130nitial', [/initial/i, /initial/iu]);
  });
  it('every character folds as the regular expressions fold it', () => {
    const gates = [/a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|’|'|-| /i, /a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|’|'|-| /iu];
    for (let c = 0; c < 0x10000; c++) expectSame(String.fromCharCode(c), gates);
  });
  it('answers handed out earlier stay as they were, over many blocks of answers', () => {
    const gates = new WordGates(GATES);
    const texts = ['Talks resumed.', 'They did not agree.', 'nothing here', 'On the first day of the ceasefire'];
    const kept = Array.from({ length: 12_000 }, (_, i) => ({ s: texts[i % texts.length]!, hits: gates.scan(texts[i % texts.length]!) }));
    for (const { s, hits } of kept) assert.deepEqual(GATES.map((_, g) => hits.has(g)), GATES.map((g) => g.test(s)), s);
  });
  it('the lexicons’ gates over their own reasons', () => {
    const status = statusLexicon();
    const proposals = proposalLexicon();
    const gates = [status.prefilter, ...status.anchors.values(), ...status.rules.map((r) => r.needs), proposals.stanceFilter, ...proposals.stances.map((r) => r.needs), ...proposals.proposer.map((r) => r.needs)];
    for (const r of status.rules) expectSame(r.reason, gates);
    for (const r of proposals.stances) expectSame(r.reason, gates);
  });
});
