import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../../config.js';
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import { createContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import { repeatsStage, type RepeatValue } from './index.js';

const ctx = createContext({ ...DEFAULTS, referenceDate: '2024-05-01' });

/** Runs the stage on paragraphs separated by blank lines. */
function repeats(paragraphs: string[]): Annotation<RepeatValue>[] {
  const text = paragraphs.join('\n\n');
  const paras: Annotation[] = [];
  let pos = 0;
  paragraphs.forEach((p, index) => { paras.push(annotate('paragraph', text, pos, pos + p.length, { index }, 'test')); pos += p.length + 2; });
  const doc: SourceDocument = { id: 'd', source: 's', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
  const out = repeatsStage.run(ctx, doc, { get: <V>(l: string) => (l === 'paragraph' ? paras : []) as Annotation<V>[], has: () => true });
  return out['repeat'] as Annotation<RepeatValue>[];
}

const A = 'Union negotiators and the port operators met for nine hours on Monday without reaching agreement on pay and shift patterns for the coming year.';
const A2 = 'Port operators and union negotiators met for nine hours on Monday and failed to reach an agreement on pay and shift patterns for next year.';
const B = 'Shipping lines have begun diverting some vessels to other harbours along the coast, and freight rates on the route rose sharply this week.';
const C = 'The mayor said the town could not afford a long stoppage and urged both sides to return to the table before the weekend deadline expires.';

describe('repeats stage', () => {
  it('marks a verbatim repeated paragraph as exact, pointing at the first copy', () => {
    const r = repeats([A, B, A]);
    assert.equal(r.length, 1);
    assert.equal(r[0]!.value.kind, 'exact');
    assert.equal(r[0]!.text, A);
    assert.deepEqual(r[0]!.value.of, { start: 0, end: A.length });
  });
  it('marks a reworded repeat as near', () => {
    const r = repeats([A, A2, B]);
    assert.equal(r.length, 1);
    assert.equal(r[0]!.value.kind, 'near');
    assert.equal(r[0]!.text, A2);
  });
  it('does not mark different paragraphs on the same topic', () => assert.deepEqual(repeats([A, B, C]), []));
  it('ignores short lines such as repeated bylines', () => assert.deepEqual(repeats(['By a staff writer', A, 'By a staff writer']), []));
});
