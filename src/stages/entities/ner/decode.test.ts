/**
 * @module stages/entities/ner/decode.test — Viterbi decoding: valid BILOU, optimal, trainable.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DYN, decode, decodeDeferred, decodeScored } from './decode.js';
import { prepareSentences, scoreTypes, type ScoredDoc } from './features.js';
import { loadModel, withTemperature } from './model.js';
import { Gazetteer } from './gazetteer.js';
import { AveragedPerceptron, FloatScorer } from './perceptron.js';
import { TAG_COUNT, TAG_O, canFollow, iobToSpans, spansToTags, tagName } from './tags.js';
import { seededRandom } from '../../../util/random.js';
import { combine } from './word.js';

const BITS = 10;

function randomScorer(seed: number): FloatScorer {
  const random = seededRandom(seed);
  const w = new Float32Array((1 << BITS) * TAG_COUNT);
  for (let i = 0; i < w.length; i++) w[i] = (random() - 0.5) * 4;
  return new FloatScorer(w, BITS, TAG_COUNT);
}

const SENTENCES = [['Hamas', 'and', 'Israel', 'met', 'in', 'Cairo', '.'], ['U.S.', 'envoy', 'Steve', 'Witkoff', 'said'], ['Gaza']];

test('every decoded sentence is a valid BILOU sequence', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const doc = prepareSentences(SENTENCES, Gazetteer.empty());
    const { tags, confidence } = decode(doc, randomScorer(seed));
    for (let s = 0; s < doc.sentences.length; s += 2) {
      let prev = TAG_O;
      for (let i = doc.sentences[s]!; i < doc.sentences[s + 1]!; i++) {
        assert.ok(canFollow(prev, tags[i]!, i === doc.sentences[s + 1]! - 1), `seed ${seed}: ${tagName(prev)} → ${tagName(tags[i]!)}`);
        assert.ok(confidence[i]! > 0 && confidence[i]! <= 1 + 1e-6);
        prev = tags[i]!;
      }
    }
  }
});

test('Viterbi finds the best valid sequence (brute force on three tokens)', () => {
  const scorer = randomScorer(7);
  const doc = prepareSentences([['Abu', 'Obeida', 'said']], Gazetteer.empty());
  const out = new Float64Array(TAG_COUNT);
  const emit = [0, 1, 2].map((i) => {
    scorer.score(doc.features, doc.offsets[i]!, doc.offsets[i + 1]!, out);
    return [...out];
  });
  const trans = Array.from({ length: TAG_COUNT }, (_, p) => {
    scorer.score(Int32Array.of(combine(DYN.prev, p)), 0, 1, out);
    return [...out];
  });
  let best = -Infinity;
  for (let a = 0; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) for (let c = 0; c < TAG_COUNT; c++) {
    if (!canFollow(TAG_O, a, false) || !canFollow(a, b, false) || !canFollow(b, c, true)) continue;
    best = Math.max(best, trans[TAG_O]![a]! + emit[0]![a]! + trans[a]![b]! + emit[1]![b]! + trans[b]![c]! + emit[2]![c]!);
  }
  const { tags } = decode(doc, scorer);
  const [a, b, c] = [tags[0]!, tags[1]!, tags[2]!];
  const got = trans[TAG_O]![a]! + emit[0]![a]! + trans[a]![b]! + emit[1]![b]! + trans[b]![c]! + emit[2]![c]!;
  assert.ok(Math.abs(got - best) < 1e-9, `${got} < ${best}`);
});

test('the structured perceptron learns to tag a toy corpus', () => {
  const corpus: [string[], string[]][] = [
    [['Ali', 'Hassan', 'visited', 'Cairo'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['Cairo', 'hosted', 'Ali', 'Hassan'], ['B-LOC', 'O', 'B-PER', 'I-PER']],
    [['Omar', 'Said', 'left', 'Amman'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['Amman', 'welcomed', 'Omar', 'Said'], ['B-LOC', 'O', 'B-PER', 'I-PER']],
  ];
  const p = new AveragedPerceptron(16, TAG_COUNT);
  const docs = corpus.map(([tokens, tags]) => ({ doc: prepareSentences([tokens], Gazetteer.empty()), gold: spansToTags(tokens.length, iobToSpans(tags)) }));
  for (let epoch = 0; epoch < 10; epoch++) {
    for (const { doc, gold } of docs) decode(doc, p, { gold, add: (f, n, k, a) => p.add(f, n, k, a), tick: () => p.tick() });
  }
  const averaged = new FloatScorer(p.averaged(), 16, TAG_COUNT);
  for (const { doc, gold } of docs) assert.deepEqual([...decode(doc, averaged).tags].map(tagName), [...gold].map(tagName));
});

test('the scored fast path tags exactly as the feature lists do, with the same entity confidences', () => {
  const model = loadModel();
  const sentences = [
    ['Qatari', 'Prime', 'Minister', 'Sheikh', 'Mohammed', 'met', 'envoys', 'in', 'Doha', 'on', 'Sunday', '.'],
    ['The', 'talks', 'went', 'on', 'late', 'into', 'the', 'night', '.'],
    ['Hamas', 'said', 'Israel', 'had', 'not', 'answered', ',', 'according', 'to', 'Reuters', '.'],
    ['NETANYAHU', 'OFFICE', 'SAYS', 'TEAM', 'WILL', 'TRAVEL'],
  ];
  const slow = prepareSentences(sentences, model.gazetteer);
  const table = model.types;
  table.begin();
  const fast = scoreTypes(table, Int32Array.from(sentences.flat(), (t) => table.idOf(t)), slow.sentences, model.gazetteer, model);
  const a = decode(slow, model, undefined, model.meta.temperature);
  const b = decodeScored(fast, model, model.meta.temperature);
  assert.deepEqual([...b.tags], [...a.tags]);
  assert.ok(a.tags.some((t) => t !== TAG_O));
  // same integer sums, same arithmetic: the confidences are equal, not just close
  for (let i = 0; i < a.tags.length; i++) if (a.tags[i] !== TAG_O) assert.equal(b.confidence[i], a.confidence[i], `token ${i}`);
  // The second sentence has no entity: the fast path leaves its confidences at 0.
  const [from, to] = [slow.sentences[2]!, slow.sentences[3]!];
  assert.ok(a.tags.subarray(from, to).every((t) => t === TAG_O));
  assert.ok(b.confidence.subarray(from, to).every((c) => c === 0));
});

test('the scored path reuses a model\'s transitions from one document to the next, and not another model\'s or temperature\'s', () => {
  const model = loadModel();
  const other = withTemperature(model, model.meta.temperature * 2);
  const sentences = [['Hamas', 'said', 'Israel', 'had', 'not', 'answered', ',', 'according', 'to', 'Reuters', '.']];
  const table = model.types;
  const scored = (): ScoredDoc => {
    table.begin();
    const slow = prepareSentences(sentences, model.gazetteer);
    return scoreTypes(table, Int32Array.from(sentences.flat(), (t) => table.idOf(t)), slow.sentences, model.gazetteer, model);
  };
  const first = decodeScored(scored(), model, model.meta.temperature);
  // decoding with a trained scorer in between leaves other transitions in the shared lattice
  decode(prepareSentences(sentences, Gazetteer.empty()), randomScorer(3));
  const again = decodeScored(scored(), model, model.meta.temperature);
  const hotter = decodeScored(scored(), other, other.meta.temperature);
  const back = decodeScored(scored(), model, model.meta.temperature);
  assert.deepEqual(again, first);
  assert.deepEqual(back, first);
  assert.notDeepEqual([...hotter.confidence], [...first.confidence]);
  // the same weights at the other temperature: the potentials are made again
  assert.deepEqual(decodeScored(scored(), model, other.meta.temperature), hotter);
});

test('put-off confidences are those of the scored path, bit for bit, even when other decoding ran in between', () => {
  const model = loadModel();
  const other = withTemperature(model, model.meta.temperature * 2);
  const docs = [
    [['Qatari', 'Prime', 'Minister', 'Sheikh', 'Mohammed', 'met', 'envoys', 'in', 'Doha', 'on', 'Sunday', '.'], ['The', 'talks', 'went', 'on', '.'], ['Hamas', 'said', 'Israel', 'had', 'not', 'answered', ',', 'according', 'to', 'Reuters', '.']],
    [['NETANYAHU', 'OFFICE', 'SAYS', 'TEAM', 'WILL', 'TRAVEL'], ['Gaza']],
  ];
  const table = model.types;
  const scored = (sentences: string[][]): ScoredDoc => {
    table.begin();
    const slow = prepareSentences(sentences, model.gazetteer);
    return scoreTypes(table, Int32Array.from(sentences.flat(), (t) => table.idOf(t)), slow.sentences, model.gazetteer, model);
  };
  const deferred = docs.map((d) => decodeDeferred(scored(d), model, model.meta.temperature));
  // the shared lattice holds other transitions and potentials before the confidences are asked for
  decode(prepareSentences(docs[0]!, Gazetteer.empty()), randomScorer(5));
  decodeScored(scored(docs[1]!), other, other.meta.temperature);
  docs.forEach((d, k) => {
    const want = decodeScored(scored(d), model, model.meta.temperature);
    assert.deepEqual([...deferred[k]!.tags], [...want.tags]);
    assert.ok(want.tags.some((t) => t !== TAG_O));
    const got = deferred[k]!.confidence();
    assert.deepEqual([...got], [...want.confidence]);
    assert.equal(deferred[k]!.confidence(), got, 'worked out once');
  });
});
