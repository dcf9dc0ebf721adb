/**
 * @module stages/quotes/model/combine.test — joining rule and model candidates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Candidate, QuoteKind } from '../types.js';
import { LABEL_VIA } from '../04-direct.js';
import { combineCandidates, sameContent } from './combine.js';

function cand(start: number, end: number, kind: QuoteKind, cue: number | null, via: string): Candidate {
  return { kind, start, end, cue: cue === null ? null : { first: cue, last: cue }, source: null, via };
}

const ruleDirect = cand(0, 40, 'direct', 10, 'rules');
const ruleIndirect = cand(100, 140, 'indirect', 20, 'rules');
const modelSame = cand(102, 140, 'indirect', 20, 'model');
const modelNew = cand(200, 230, 'indirect', 30, 'model');
const modelOverQuote = cand(0, 100, 'mixed', 5, 'model');
const modelQuoted = cand(300, 320, 'direct', 40, 'model');
const rules = [ruleDirect, ruleIndirect];
const model = [modelSame, modelNew, modelOverQuote, modelQuoted];
const via = (list: readonly Candidate[]): string[] => list.map((c) => `${c.via}:${c.start}`);

test('same content: each covers half of the other', () => {
  assert.ok(sameContent({ start: 0, end: 10 }, { start: 3, end: 12 }));
  assert.ok(!sameContent({ start: 0, end: 10 }, { start: 0, end: 30 }));
});

test('rules, model and union', () => {
  assert.deepEqual(via(combineCandidates(rules, model, 'rules')), ['rules:0', 'rules:100']);
  assert.deepEqual(via(combineCandidates(rules, model, 'model')), ['model:0', 'model:102', 'model:200', 'model:300']);
  assert.deepEqual(via(combineCandidates(rules, model, 'union')), ['model:0', 'rules:0', 'rules:100', 'model:200', 'model:300']);
});

test('direct-rules keeps the rules’ quotations and the model’s reported speech, never a model reading over a quotation', () => {
  assert.deepEqual(via(combineCandidates(rules, model, 'direct-rules')), ['rules:0', 'model:102', 'model:200', 'model:300']);
});

test('direct-rules keeps a model quotation only where the rules read nothing (a tag beyond their reach)', () => {
  const ruleOver = cand(290, 330, 'indirect', 39, 'rules');
  assert.deepEqual(via(combineCandidates([ruleDirect], [modelQuoted], 'direct-rules')), ['rules:0', 'model:300']);
  assert.deepEqual(via(combineCandidates([ruleDirect, ruleOver], [modelQuoted], 'direct-rules')), ['rules:0']);
});

test('fill adds the rules’ reported speech whose cue the model passed over', () => {
  assert.deepEqual(via(combineCandidates(rules, [modelNew], 'fill')), ['rules:0', 'rules:100', 'model:200']);
  assert.deepEqual(via(combineCandidates(rules, [modelSame], 'fill')), ['rules:0', 'model:102']);
});

test('direct-rules keeps a rule tag after its content, an according-to or a said-clause whose cue the model passed over, with a speaker', () => {
  const src = { first: 25, last: 26, head: 26 };
  const tag = { ...cand(400, 440, 'indirect', 27, 'quotes/indirect-tag'), source: src };
  const according = { ...cand(500, 540, 'indirect', 50, 'quotes/indirect-according'), source: src };
  const clause = { ...cand(600, 640, 'indirect', 59, 'quotes/indirect-clause'), source: src, cueRule: 'warn' };
  const said = { ...cand(650, 690, 'indirect', 64, 'quotes/indirect-clause'), source: src, cueRule: 'say' };
  const unsourced = cand(700, 740, 'indirect', 69, 'quotes/indirect-tag');
  const read = { ...cand(800, 840, 'indirect', 79, 'quotes/indirect-tag'), source: src };
  const modelRead = cand(801, 840, 'indirect', 79, 'model');
  assert.deepEqual(via(combineCandidates([tag, according, clause, said, unsourced, read], [modelRead], 'direct-rules')), ['quotes/indirect-tag:400', 'quotes/indirect-according:500', 'quotes/indirect-clause:650', 'model:801']);
});

test('direct-rules reads no model cue inside a speaker-labelled line', () => {
  const label = cand(0, 120, 'direct', 1, LABEL_VIA);
  const inner = cand(60, 90, 'indirect', 12, 'model');
  const after = cand(130, 160, 'indirect', 25, 'model');
  assert.deepEqual(via(combineCandidates([label], [inner, after], 'direct-rules')), [`${LABEL_VIA}:0`, 'model:130']);
});

test('direct-rules keeps a second cue of a kept statement with the very same speaker phrase (`said … and called …`), not one of another speaker', () => {
  const src = { first: 0, last: 1, head: 1 };
  const said: Candidate = { kind: 'indirect', start: 20, end: 50, cue: { first: 2, last: 2 }, source: src, via: 'quotes/indirect-clause', cueRule: 'say' };
  const called: Candidate = { kind: 'indirect', start: 60, end: 90, cue: { first: 12, last: 12 }, source: src, via: 'quotes/indirect-clause', cueRule: 'call' };
  const other: Candidate = { ...called, start: 120, end: 150, cue: { first: 25, last: 25 }, source: { first: 20, last: 21, head: 21 } };
  // the model confirmed `said` (a rule reading it kept) and passed over `called` and the other
  assert.deepEqual(combineCandidates([said, called, other], [said], 'direct-rules').map((c) => c.start), [20, 60]);
});
