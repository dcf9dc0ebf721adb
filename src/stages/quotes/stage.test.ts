/**
 * @module stages/quotes/stage.test — the stage in a pipeline: layers, exact offsets,
 * provenance, evidence spans and the pieces of a split quote.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS } from '../../config.js';
import type { Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import { analyzeDocument, buildPipeline } from '../../pipeline/pipeline.js';
import { nerStage } from '../entities/ner/index.js';
import { sentencesStage } from '../sentences/index.js';
import { quotesStage, type QuoteValue } from './index.js';

const TEXT = 'Talks resume in Doha\n\nDOHA, Qatar (Reuters) – Qatari Prime Minister Mohammed Al Thani said on Sunday that the gaps had narrowed.\n\n“The text is ready,” he said, “but the maps are not.”\n\nA senior Hamas official told Reuters the group was studying the offer.';

function quotes(withNer: boolean, debug: string[] = []): Annotation<QuoteValue>[] {
  const ctx: RunContext = { config: { ...DEFAULTS, debug: true }, referenceDate: '2024-05-05', debug: (m) => debug.push(m()) };
  const pipeline = buildPipeline(withNer ? [sentencesStage, nerStage, quotesStage] : [sentencesStage, quotesStage]);
  const doc = { id: 'd_0000000000000000', source: 'test', format: 'text' as const, text: TEXT, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
  const out = analyzeDocument(pipeline, ctx, doc);
  assert.ok(out.status.every((s) => s.status === 'ok'), JSON.stringify(out.status));
  return out.layers.get('quote') as Annotation<QuoteValue>[];
}

test('stage contract', () => {
  assert.equal(quotesStage.name, 'quotes');
  assert.deepEqual(quotesStage.produces, ['quote']);
  assert.deepEqual([...quotesStage.requires].sort(), ['paragraph', 'sentence', 'token']);
});

test('every quote, cue, speaker and evidence span repeats its text, with quotes/ provenance', () => {
  const found = quotes(true);
  assert.equal(found.length, 3);
  for (const q of found) {
    assert.equal(TEXT.slice(q.start, q.end), q.text);
    assert.match(q.source, /^quotes\/[a-z-]+$/);
    assert.ok(Object.isFrozen(q) && Object.isFrozen(q.value));
    const v = q.value;
    if (v.cueSpan) assert.equal(TEXT.slice(v.cueSpan.start, v.cueSpan.end), v.cue);
    if (v.speakerSpan) assert.equal(TEXT.slice(v.speakerSpan.start, v.speakerSpan.end), v.speakerText);
    for (const s of [q, v.cueSpan, v.speakerSpan]) if (s) assert.ok(v.evidence.start <= s.start && s.end <= v.evidence.end);
  }
});

test('a split quote is one quote with its two pieces, and its pronoun is resolved', () => {
  const split = quotes(true).find((q) => q.source === 'quotes/direct-split')!;
  assert.deepEqual(split.value.parts?.map((p) => TEXT.slice(p.start, p.end)), ['The text is ready,', 'but the maps are not.']);
  assert.equal(split.value.speakerText, 'he');
  assert.equal(split.value.antecedent?.text, 'Mohammed Al Thani');
});

test('without the ner layer the quotes are the same, the speakers unresolved', () => {
  const a = quotes(true);
  const b = quotes(false);
  assert.deepEqual(b.map((q) => [q.start, q.end, q.value.speakerText]), a.map((q) => [q.start, q.end, q.value.speakerText]));
  assert.ok(b.every((q) => q.value.antecedent === undefined));
});

test('debug output lists the quotes', () => {
  const lines: string[] = [];
  quotes(true, lines);
  assert.ok(lines.some((l) => l.startsWith('quotes: ') && l.includes('direct-split')));
});
