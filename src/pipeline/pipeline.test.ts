import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../config.js';
import { annotate } from './annotation.js';
import { createContext } from './context.js';
import type { SourceDocument } from './document.js';
import { analyzeDocument, buildPipeline, persistedAnnotations, withoutStages } from './pipeline.js';
import type { Stage } from './stage.js';

const doc: SourceDocument = { id: 'd_1', source: 't', format: 'text', text: 'Talks resumed. Then paused.', meta: { title: null, outlet: null, byline: null, url: null, published: null } };
const ctx = createContext({ ...DEFAULTS, referenceDate: '2024-05-01' });
const stage = (name: string, requires: string[], produces: string[], run: Stage['run'] = () => ({})): Stage => ({ name, description: name, requires, produces, run });

describe('buildPipeline', () => {
  it('refuses a stage whose required layer no earlier stage produces', () => {
    assert.throws(() => buildPipeline([stage('b', ['x'], ['y']), stage('a', [], ['x'])]), /PIPELINE_INVALID: b: .*requires layer "x"/);
  });
  it('refuses duplicate names and duplicate producers', () => {
    assert.throws(() => buildPipeline([stage('a', [], ['x']), stage('a', [], ['y'])]), /two stages share/);
    assert.throws(() => buildPipeline([stage('a', [], ['x']), stage('b', [], ['x'])]), /already produced by a/);
  });
});

describe('withoutStages', () => {
  const a = stage('a', [], ['x']);
  const b = stage('b', ['x'], ['y']);
  const c = stage('c', [], ['z']);
  const d = stage('d', ['y', 'z'], ['w']);
  it('drops the named stage and, transitively, the stages that need its layers', () => {
    assert.deepEqual(withoutStages(['a'], [a, b, c, d]).map((s) => s.name), ['c']);
    assert.deepEqual(withoutStages(['c'], [a, b, c, d]).map((s) => s.name), ['a', 'b']);
    assert.deepEqual(withoutStages([], [a, b, c, d]).map((s) => s.name), ['a', 'b', 'c', 'd']);
  });
  it('refuses an unknown stage name', () => assert.throws(() => withoutStages(['nope'], [a]), /PIPELINE_INVALID: nope: .*no such stage/));
});

describe('analyzeDocument', () => {
  const ok = stage('first', [], ['word', 'scratch'], (_c, d) => ({ word: [annotate('word', d.text, 0, 5, null, 'first/w')], scratch: [] }));
  const boom = stage('second', ['word'], ['thing'], () => { throw new Error('kaboom'); });
  const after = stage('third', ['thing'], ['other']);
  const independent = stage('fourth', ['word'], ['more'], (_c, d, layers) => ({ more: [annotate('more', d.text, 6, 13, layers.get('word').length, 'fourth/m')] }));

  it('records ok, error and skipped stages and goes on with independent ones', () => {
    const p = buildPipeline([ok, boom, after, independent]);
    const a = analyzeDocument(p, ctx, doc);
    assert.deepEqual(a.status.map((s) => [s.stage, s.status]), [['first', 'ok'], ['second', 'error'], ['third', 'skipped'], ['fourth', 'ok']]);
    assert.equal(a.status[1]!.reason, 'kaboom');
    assert.match(a.status[2]!.reason ?? '', /needs "thing" from failed stage second/);
    assert.equal(a.layers.get('more')?.[0]?.value, 1);
    assert.equal(a.layers.get('more')?.[0]?.text, 'resumed');
  });
  it('marks a stage that returns an undeclared layer as failed', () => {
    const sneaky = stage('sneaky', [], ['a'], (_c, d) => ({ a: [], b: [annotate('b', d.text, 0, 1, null, 's')] }));
    assert.equal(analyzeDocument(buildPipeline([sneaky]), ctx, doc).status[0]!.status, 'error');
  });
  it('does not persist transient layers', () => {
    const p = buildPipeline([ok], ['scratch', 'word']);
    assert.deepEqual(persistedAnnotations(p, analyzeDocument(p, ctx, doc)), []);
  });
  it('annotations are frozen', () => {
    const a = annotate('x', doc.text, 0, 5, { v: 1 }, 't');
    assert.throws(() => { (a as { start: number }).start = 3; });
    assert.throws(() => annotate('x', doc.text, 5, 999, null, 't'), RangeError);
  });
});
