/**
 * @module stages/time/stage.test — the `timex` and `time` stages in a pipeline, the anchor
 * policy, and the `times` section of the export.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS } from '../../config.js';
import { buildExport } from '../../export/export.js';
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import { createContext } from '../../pipeline/context.js';
import type { Published, SourceDocument } from '../../pipeline/document.js';
import { analyzeDocument, buildPipeline, persistedAnnotations } from '../../pipeline/pipeline.js';
import type { Stage } from '../../pipeline/stage.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import { packLayers } from '../../store/packed.js';
import { sentencesStage } from '../sentences/index.js';
import { anchorOf, timeStage, timexStage, type ResolvedTime, type TimexAnnotationValue } from './index.js';

const TEXT = 'Envoys met on Monday in Doha.\n\nThe memo dated 2024-02-02 set a 60-day pause, and talks resumed last year.';

function doc(text: string): SourceDocument {
  return { id: 'd_0000000000000001', source: 'test', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
}

/** A publication-date stage that always says `published`. */
function fixedDate(published: Published): Stage {
  return { name: 'published', description: 'fixed', requires: [], produces: ['published'], run: (_c, d) => ({ published: [annotate('published', d.text, 0, 0, published, 'test/fixed')] }) };
}

const day = (value: string): Published => ({ value, precision: 'day', method: 'metadata', earliest: value, latest: value, evidence: [] });
const UNKNOWN: Published = { value: null, precision: 'unknown', method: 'unknown', earliest: null, latest: null, evidence: [] };

function times(published: Published, referenceDate: string | null = null): Annotation<ResolvedTime>[] {
  const pipeline = buildPipeline([sentencesStage, timexStage, fixedDate(published), timeStage]);
  const analysis = analyzeDocument(pipeline, createContext({ ...DEFAULTS, referenceDate }), doc(TEXT));
  return analysis.layers.get('time') as Annotation<ResolvedTime>[];
}

test('stage contracts', () => {
  assert.deepEqual([timexStage.name, timexStage.requires, timexStage.produces], ['timex', ['sentence', 'token', 'dateline'], ['timex']]);
  assert.deepEqual([timeStage.name, timeStage.requires, timeStage.produces], ['time', ['timex', 'published'], ['time']]);
});

test('timex annotations: exact spans, provenance, absolute flag', () => {
  const pipeline = buildPipeline([sentencesStage, timexStage]);
  const out = analyzeDocument(pipeline, createContext({ ...DEFAULTS }), doc(TEXT)).layers.get('timex') as Annotation<TimexAnnotationValue>[];
  assert.deepEqual(out.map((a) => [a.text, a.value.absolute, a.value.known]), [['Monday', false, null], ['2024-02-02', true, '2024-02-02'], ['60-day', true, 'P60D'], ['last year', false, null]]);
  for (const a of out) {
    assert.equal(TEXT.slice(a.start, a.end), a.text);
    assert.match(a.source, /^time\/[a-z-]+/);
    assert.ok(Object.isFrozen(a));
  }
  assert.equal(out[0]!.value.tense, 'past');
});

test('time values on a publication day', () => {
  assert.deepEqual(times(day('2024-05-01')).map((a) => [a.text, a.value.value, a.value.type, a.value.precision]), [
    ['Monday', '2024-04-29', 'date', 'day'], ['2024-02-02', '2024-02-02', 'date', 'day'], ['60-day', 'P60D', 'duration', 'unknown'], ['last year', '2023', 'date', 'year'],
  ]);
});

test('no publication date: relative values stay unresolved, absolute ones are kept', () => {
  assert.deepEqual(times(UNKNOWN).map((a) => [a.text, a.value.value, a.value.precision]), [['Monday', null, 'unknown'], ['2024-02-02', '2024-02-02', 'day'], ['60-day', 'P60D', 'unknown'], ['last year', null, 'unknown']]);
});

test('a configured reference date anchors a document without a date', () => {
  assert.equal(times(UNKNOWN, '2024-05-01')[0]!.value.value, '2024-04-29');
});

test('a month anchors what needs no day', () => {
  const month: Published = { value: '2024-05', precision: 'month', method: 'inferred', earliest: '2024-05-01', latest: '2024-05-31', evidence: [] };
  assert.deepEqual(times(month).map((a) => a.value.value), [null, '2024-02-02', 'P60D', '2023']);
});

test('anchor policy', () => {
  assert.deepEqual(anchorOf(day('2024-05-01'), null), { day: '2024-05-01', precision: 'day' });
  assert.deepEqual(anchorOf({ ...UNKNOWN, value: '2024', precision: 'year' }, null), { day: '2024-07-01', precision: 'year' });
  assert.equal(anchorOf(UNKNOWN, null), null);
  assert.deepEqual(anchorOf(undefined, '2024-01-02'), { day: '2024-01-02', precision: 'day' });
});

test('the export lists every time of every document, text exactly the covered slice', async () => {
  const store = new MemoryStore();
  const pipeline = buildPipeline([sentencesStage, timexStage, fixedDate(day('2024-05-01')), timeStage], ['token', 'sentence', 'paragraph', 'published', 'timex']);
  const d = doc(TEXT);
  const analysis = analyzeDocument(pipeline, createContext({ ...DEFAULTS }), d);
  const record = {
    doc: { id: d.id, source: d.source, format: d.format, title: null, outlet: null, byline: null, url: null, text: d.text, published: day('2024-05-01'), duplicateOf: null },
    layers: packLayers(persistedAnnotations(pipeline, analysis)),
    status: analysis.status,
    fingerprint: { keys: [], sketch: new Uint32Array(0), size: 0 },
  };
  await store.writeBatch({ run: { id: 'r', startedAt: '2024-05-01T00:00:00Z', command: 'test' }, documents: [record], problems: [], seenAgain: [] });
  const exported = (await buildExport(store, '2024-05-01T00:00:00Z'))['times'] as { doc: string; start: number; end: number; text: string; type: string; value: string | null; precision: string }[];
  assert.deepEqual(exported.map((t) => [t.text, t.value, t.type, t.precision]), [['Monday', '2024-04-29', 'date', 'day'], ['2024-02-02', '2024-02-02', 'date', 'day'], ['60-day', 'P60D', 'duration', 'unknown'], ['last year', '2023', 'date', 'year']]);
  for (const t of exported) assert.equal(TEXT.slice(t.start, t.end), t.text);
  assert.equal(exported[0]!.doc, d.id);
});

test('"the next day" after a weekday counts from that weekday, not from the publication date', async () => {
  const { defaultPipeline } = await import('../../pipeline/default.js');
  const { prepare } = await import('../../ingest/index.js');
  const text = 'Late Sunday, the army withdrew from the town; the next day, the first hostages were freed.';
  const doc = prepare({ source: 't.txt', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2025-01-29', method: 'metadata', from: 'test' } } });
  const a = analyzeDocument(defaultPipeline(), createContext({ ...DEFAULTS }), doc);
  const times = (a.layers.get('time') ?? []).map((t) => [t.text, (t.value as { value: string | null }).value]);
  assert.deepEqual(times, [['Late Sunday', '2025-01-26'], ['the next day', '2025-01-27']]);
});

test('"the previous day" after a weekday with a part of day counts from that weekday', async () => {
  const { defaultPipeline } = await import('../../pipeline/default.js');
  const { prepare } = await import('../../ingest/index.js');
  const text = 'The first phase would begin on the 1st. Hamas said late Sunday night that it had no proposal. The previous day, its officials met mediators.';
  const doc = prepare({ source: 't.txt', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2024-10-14', method: 'metadata', from: 'test' } } });
  const a = analyzeDocument(defaultPipeline(), createContext({ ...DEFAULTS }), doc);
  const times = (a.layers.get('time') ?? []).map((t) => [t.text, (t.value as { value: string | null }).value]);
  assert.deepEqual(times, [['the 1st', '2024-11-01'], ['late Sunday night', '2024-10-13TNI'], ['The previous day', '2024-10-12']]);
});
