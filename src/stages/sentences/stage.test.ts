/**
 * @module stages/sentences/stage.test — the stage: layers, exact offsets, provenance.
 */
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { test } from 'node:test';
import type { Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import type { Layers } from '../../pipeline/stage.js';
import { DEFAULTS } from '../../config.js';
import { ownSlice, sentencesStage } from './index.js';

const TEXT = 'Envoys near a 60-day truce\n\nKYIV, Ukraine, Sept. 5 (Reuters) – U.S. envoys met Gen. Ortiz at 10 a.m. The talks went on.\n\n“We are ready,” he said. Israel’s reply is due.';

function run(text: string, debug: string[] = []): Record<string, readonly Annotation[]> {
  const ctx: RunContext = { config: { ...DEFAULTS, debug: true }, referenceDate: '2024-09-05', debug: (m) => debug.push(m()) };
  const doc: SourceDocument = { id: 'd_0000000000000000', source: 'test', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
  const layers: Layers = { get: () => [], has: () => false };
  return sentencesStage.run(ctx, doc, layers);
}

test('stage contract', () => {
  assert.equal(sentencesStage.name, 'sentences');
  assert.deepEqual(sentencesStage.requires, []);
  assert.deepEqual([...sentencesStage.produces].sort(), ['dateline', 'paragraph', 'sentence', 'token']);
});

test('every annotation covers its text exactly and is frozen', () => {
  const out = run(TEXT);
  for (const layer of sentencesStage.produces) {
    for (const a of out[layer]!) {
      assert.equal(a.layer, layer);
      assert.equal(TEXT.slice(a.start, a.end), a.text);
      assert.ok(Object.isFrozen(a));
      assert.match(a.source, /^sentences\//);
    }
  }
});

test('layers hold the expected values', () => {
  const out = run(TEXT);
  assert.deepEqual(out['paragraph']!.map((a) => a.value), [{ index: 0 }, { index: 1 }, { index: 2 }]);
  assert.deepEqual(out['sentence']!.map((a) => [a.text, a.value]), [
    ['Envoys near a 60-day truce', { index: 0, paragraph: 0 }],
    ['U.S. envoys met Gen. Ortiz at 10 a.m.', { index: 1, paragraph: 1 }],
    ['The talks went on.', { index: 2, paragraph: 1 }],
    ['“We are ready,” he said.', { index: 3, paragraph: 2 }],
    ['Israel’s reply is due.', { index: 4, paragraph: 2 }],
  ]);
  assert.deepEqual(out['dateline']!.map((a) => [a.text, a.value]), [['KYIV, Ukraine, Sept. 5 (Reuters) –', { place: 'KYIV, Ukraine', date: 'Sept. 5', agency: 'Reuters' }]]);
  const tokens = out['token']!;
  assert.equal(tokens.find((t) => t.text === 'U.S.')?.source, 'sentences/abbreviation');
  assert.equal(tokens.find((t) => t.text === '’s')?.source, 'sentences/clitic');
  assert.deepEqual(tokens.find((t) => t.text === '–')?.value, { kind: 'dash' });
  assert.equal(out['sentence']![1]!.source, 'sentences/time-abbreviation');
});

test('debug output names the deciding rules', () => {
  const lines: string[] = [];
  run(TEXT, lines);
  assert.match(lines.join('\n'), /merge title-abbreviation/);
});

test('empty text gives empty layers', () => {
  const out = run('  \n ');
  for (const layer of sentencesStage.produces) assert.deepEqual(out[layer], []);
});

test('a long token text is a string of its own: kept after its document, it does not keep the document', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const collect = async (): Promise<number> => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    return v8.getHeapStatistics().used_heap_size;
  };
  const before = await collect();
  const keep = (): string => {
    const text = `${'x'.repeat(16 << 20)} counterintelligence-related`;
    return ownSlice(text, text.length - 27, text.length);
  };
  const token = keep();
  const after = await collect();
  assert.equal(token, 'counterintelligence-related');
  assert.ok(after - before < 4 << 20, `${((after - before) / 2 ** 20).toFixed(1)} MiB still held`);
});

test('token texts are the text between their offsets, whatever their length', () => {
  for (const len of [1, 12, 13, 14, 40]) {
    const s = `x${'é😀'.repeat(len)}y`;
    assert.equal(ownSlice(s, 1, 1 + len), s.slice(1, 1 + len));
  }
  const text = 'The counterintelligence-related talks, at https://example.org/a/very/long/path, went on.';
  for (const t of run(text)['token']!) assert.equal(t.text, text.slice(t.start, t.end));
});
