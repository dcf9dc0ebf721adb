/**
 * @module store/store-suite — the one test suite every Store backend must pass.
 *
 * Each backend's test file calls `storeSuite(name, open)`; the cases here are the
 * contract: atomic batches, arrival order, duplicate refusal, LSH lookups, annotations
 * read back with their text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../pipeline/annotation.js';
import type { Published } from '../pipeline/document.js';
import { packLayers } from './packed.js';
import type { BatchWrite, DocumentRecord, Store } from './store.js';

const DATE: Published = { value: '2024-05-01', precision: 'day', method: 'header', earliest: '2024-05-01', latest: '2024-05-01', evidence: ['header:published: 2024-05-01'] };

/** A document record for tests. */
export function record(id: string, text: string, extra: Partial<DocumentRecord['doc']> = {}, keys: number[] = []): DocumentRecord {
  return {
    doc: { id, source: `${id}.txt`, format: 'text', title: null, outlet: null, byline: null, url: null, text, published: DATE, duplicateOf: null, ...extra },
    layers: packLayers([annotate('sentence', text, 0, Math.min(5, text.length), { index: 0 }, 'test/sentence')]),
    status: [{ stage: 'sentences', status: 'ok', reason: null, ms: 0.1 }],
    fingerprint: { keys, sketch: Uint32Array.from([keys.length, 7, 9]), size: 40 + keys.length },
  };
}

const batch = (documents: DocumentRecord[], extra: Partial<BatchWrite> = {}): BatchWrite => ({
  run: { id: 'r_test', startedAt: '2026-01-01T00:00:00Z', command: 'test' }, documents, problems: [], seenAgain: [], ...extra,
});

/** Registers the shared cases for one backend. `open` returns a fresh, empty store. */
export function storeSuite(name: string, open: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    it('replaces the analysis of stored documents and nothing else', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_a', 'Alpha text here.'), record('d_b', 'Bravo text here.')]));
      const published: Published = { value: '2024-06-02', precision: 'day', method: 'inferred', earliest: '2024-06-01', latest: '2024-06-03', evidence: ['again'] };
      const layers = packLayers([annotate('sentence', 'Alpha text here.', 0, 16, { index: 0 }, 'test/again'), annotate('token', 'Alpha text here.', 0, 5, { kind: 'word' }, 'test/again')]);
      await s.replaceAnalyses({ id: 'r_again', startedAt: '2026-01-02T00:00:00Z', command: 'reanalyze' }, [{ id: 'd_a', published, layers, status: [{ stage: 'sentences', status: 'error', reason: 'x', ms: 1 }] }]);
      const a = await s.document('d_a');
      assert.deepEqual(a?.published, published);
      assert.equal(a?.text, 'Alpha text here.');
      assert.deepEqual((await s.annotations('d_a')).map((x) => [x.layer, x.text, x.source]), [['sentence', 'Alpha text here.', 'test/again'], ['token', 'Alpha', 'test/again']]);
      assert.deepEqual((await s.stageStatus('d_a')).map((x) => x.status), ['error']);
      // the other document and the store's counts are as they were
      assert.deepEqual((await s.annotations('d_b')).map((x) => x.source), ['test/sentence']);
      assert.deepEqual((await s.document('d_b'))?.published, DATE);
      assert.equal((await s.stats()).documents, 2);
      assert.equal((await s.stats()).annotations, 3);
      const ids: string[] = [];
      for await (const d of s.documents()) ids.push(d.id);
      assert.deepEqual(ids, ['d_a', 'd_b']);
    });

    it('records the problems of a reanalysis with its analyses, and none when the batch fails', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_a', 'Alpha text here.')]));
      const again = { published: DATE, layers: [], status: [] };
      const run = { id: 'r_again', startedAt: '2026-01-02T00:00:00Z', command: 'reanalyze' };
      const crashed = { code: 'ANALYSIS_CRASHED' as const, where: 'b.txt', message: 'b.txt: the analysis crashed' };
      await s.replaceAnalyses(run, [{ id: 'd_a', ...again }], [crashed]);
      assert.equal((await s.stats()).problems, 1);
      await assert.rejects(s.replaceAnalyses(run, [{ id: 'd_missing', ...again }], [crashed]), /not stored/);
      assert.equal((await s.stats()).problems, 1);
    });

    it('keeps a reanalysis\'s progress: the documents it replaced, until it is finished', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_a', 'Alpha text here.'), record('d_b', 'Bravo text here.'), record('d_c', 'Charlie text here.')]));
      assert.equal(await s.unfinishedReanalysis(), null);
      const again = { published: DATE, layers: [], status: [] };
      const run = { id: 'r_cut', startedAt: '2026-01-02T00:00:00Z', command: 'reanalyze' };
      await s.replaceAnalyses(run, [{ id: 'd_a', ...again }, { id: 'd_c', ...again }]);
      assert.deepEqual(await s.unfinishedReanalysis(), { run, done: 2 });
      const left: string[] = [];
      for await (const d of s.documents({ skipReplacedBy: 'r_cut' })) left.push(d.id);
      assert.deepEqual(left, ['d_b']);
      const all: string[] = [];
      for await (const d of s.documents()) all.push(d.id);
      assert.deepEqual(all, ['d_a', 'd_b', 'd_c']);
      // a later run's documents are no longer the cut-off run's
      await s.finishReanalysis('r_cut');
      assert.equal(await s.unfinishedReanalysis(), null);
      await s.replaceAnalyses({ id: 'r_next', startedAt: '2026-01-03T00:00:00Z', command: 'reanalyze' }, [{ id: 'd_a', ...again }]);
      assert.deepEqual((await s.unfinishedReanalysis())?.done, 1);
      const notNext: string[] = [];
      for await (const d of s.documents({ skipReplacedBy: 'r_next' })) notNext.push(d.id);
      assert.deepEqual(notNext, ['d_b', 'd_c']);
    });

    it('replaces no analysis when one id of the batch is not stored', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_a', 'Alpha text here.')]));
      const again = { published: DATE, layers: [], status: [] };
      await assert.rejects(s.replaceAnalyses({ id: 'r_again', startedAt: '2026-01-02T00:00:00Z', command: 'reanalyze' }, [{ id: 'd_a', ...again }, { id: 'd_missing', ...again }]), /not stored/);
      assert.deepEqual((await s.annotations('d_a')).map((x) => x.source), ['test/sentence']);
    });

    it('stores documents and returns them in arrival order with their fields', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_b', 'Second text here.', { title: 'B' }), record('d_a', 'First text here.')]));
      const ids: string[] = [];
      for await (const d of s.documents()) ids.push(d.id);
      assert.deepEqual(ids, ['d_b', 'd_a']);
      const b = await s.document('d_b');
      assert.equal(b?.title, 'B');
      assert.deepEqual(b?.published, DATE);
      assert.equal(await s.document('d_zzz'), null);
      await s.close();
    });

    it('reports which ids exist', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'One.')]));
      assert.deepEqual([...(await s.existing(['d_1', 'd_2']))], ['d_1']);
      await s.close();
    });

    it('refuses a batch with an already stored id and keeps nothing of that batch', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'One.')]));
      await assert.rejects(s.writeBatch(batch([record('d_2', 'Two.'), record('d_1', 'One.')])), /STORE_WRITE_FAILED/);
      assert.deepEqual([...(await s.existing(['d_1', 'd_2']))], ['d_1']);
      assert.equal((await s.stats()).documents, 1);
      await s.close();
    });

    it('finds near-duplicate candidates by LSH key', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'One.', {}, [11, 12]), record('d_2', 'Two.', {}, [12, 13]), record('d_3', 'Three.', {}, [14])]));
      const ids = async (keys: number[], limit: number): Promise<string[]> => (await s.candidates(keys, limit)).map((c) => c.id);
      assert.deepEqual(await ids([12], 10), ['d_1', 'd_2']);
      assert.deepEqual(await ids([12, 13], 10), ['d_2', 'd_1'], 'most shared keys first');
      assert.deepEqual(await ids([11, 12, 13, 14], 2), ['d_1', 'd_2'], 'ties: the earlier stored first, limited');
      assert.deepEqual(await ids([99], 10), []);
      const [c] = await s.candidates([14], 1);
      assert.deepEqual([...c!.fingerprint.sketch], [1, 7, 9], 'the sketch comes back intact');
      assert.equal(c!.fingerprint.size, 41);
      assert.equal((await s.texts(['d_3'])).get('d_3'), 'Three.');
      await s.close();
    });

    it('returns annotations with their covered text and stage status', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'Hello world.')]));
      const anns = await s.annotations('d_1');
      assert.equal(anns.length, 1);
      assert.equal(anns[0]!.text, 'Hello');
      assert.deepEqual(anns[0]!.value, { index: 0 });
      assert.deepEqual(await s.annotations('d_1', ['time']), []);
      assert.equal((await s.stageStatus('d_1'))[0]!.status, 'ok');
      await s.close();
    });

    it('records other sources of the same text and counts problems', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'One.')]));
      await s.writeBatch(batch([], { seenAgain: [{ id: 'd_1', source: 'copy.txt' }], problems: [{ code: 'INPUT_EMPTY', where: 'e.txt', message: 'INPUT_EMPTY: e.txt: is empty' }] }));
      assert.deepEqual(await s.sources('d_1'), ['d_1.txt', 'copy.txt']);
      assert.equal((await s.stats()).problems, 1);
      await s.close();
    });

    it('counts near duplicates', async () => {
      const s = open();
      await s.writeBatch(batch([record('d_1', 'One.'), record('d_2', 'One again.', { duplicateOf: 'd_1' })]));
      assert.equal((await s.stats()).nearDuplicates, 1);
      await s.close();
    });
  });
}
