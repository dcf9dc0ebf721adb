/**
 * @module stages/entities/ner/decode — Viterbi tagging of a document, sentence by sentence.
 *
 * A sentence's score is the sum over its tokens of the weights of the token's features
 * for its tag (features.ts, plus the label its word — capitalized — got last time earlier
 * in the document) and of the transition feature (previous tag → tag). Viterbi finds the
 * best tag sequence among valid BILOU sequences only (tags.ts `canFollow`; a sentence
 * ends on a closing tag), so the output always turns into spans without repair.
 * The same loop trains the structured perceptron: given a {@link Learner}, it moves
 * weight from the predicted to the gold sequence wherever they differ, and goes on with
 * its own prediction (so the document history at training time looks like run time's).
 */
import type { PartScorer, PreparedDoc, ScoredDoc } from './features.js';
import type { Scorer } from './perceptron.js';
import { TAG_COUNT, TAG_O, canFollow, typeOfTag } from './tags.js';
import { CAP_TITLE, combine } from './word.js';

/** Template ids of the features that read predictions. */
export const DYN = { prev: 90, history: 94 } as const;

/** Largest number of features one token may have. */
const MAX_FEATURES = 256;

/** What decoding found: one tag and its confidence per token. */
export interface Decoded {
  readonly tags: Uint8Array;
  /** Marginal probability of the chosen tag (forward-backward over the sentence). */
  readonly confidence: Float32Array;
}

/** Training hooks: the gold tags and an additive update. */
export interface Learner {
  readonly gold: Uint8Array;
  /** Adds `amount` to the weight of class `cls` for every feature in `features[0, count)`. */
  add(features: Int32Array, count: number, cls: number, amount: number): void;
  /** One token seen (the averaging clock). */
  tick(): void;
}

/**
 * For every tag `t`, a list of tags in ascending order, flattened: the list of `t` is
 * `tags[from[t], from[t + 1])` (one typed array instead of an array of arrays keeps the
 * inner loops of Viterbi and forward-backward free of indirections).
 */
interface TagLists {
  readonly from: Uint16Array;
  readonly tags: Uint8Array;
}

function tagLists(related: (t: number, other: number) => boolean): TagLists {
  const from = new Uint16Array(TAG_COUNT + 1);
  const tags: number[] = [];
  for (let t = 0; t < TAG_COUNT; t++) {
    from[t] = tags.length;
    for (let o = 0; o < TAG_COUNT; o++) if (related(t, o)) tags.push(o);
  }
  from[TAG_COUNT] = tags.length;
  return { from, tags: Uint8Array.from(tags) };
}

/** `PREDECESSORS[last]`: the tags that may come before each tag (`last`: at a sentence's final token). */
const PREDECESSORS: readonly TagLists[] = [0, 1].map((last) => tagLists((t, p) => canFollow(p, t, last === 1)));

/** `SUCCESSORS[last]`: the tags that may follow each tag (`last`: the following token ends the sentence). */
const SUCCESSORS: readonly TagLists[] = [0, 1].map((last) => tagLists((p, t) => canFollow(p, t, last === 1)));

/** Whether a sentence may start with each tag (`START[last][tag]`). */
const START: readonly Uint8Array[] = [0, 1].map((last) => Uint8Array.from({ length: TAG_COUNT }, (_, t) => (canFollow(TAG_O, t, last === 1) ? 1 : 0)));

/** The transition features, one per previous tag. */
const PREV_FEATURES = Int32Array.from({ length: TAG_COUNT }, (_, p) => combine(DYN.prev, p));

/**
 * The label each lower form (by its number in the document, features.ts `LowerForms`) got
 * the last time it was capitalized: {@link UNSEEN}, or 1 + the feature value (0 for `O`,
 * 1 + type index otherwise).
 */
type History = Uint8Array;

/** A lower form not seen capitalized yet in the document. */
const UNSEEN = 0;

/** Reusable buffers for one sentence of up to `capacity` tokens. */
class Workspace {
  capacity = 0;
  emit = new Float64Array(0);
  delta = new Float64Array(0);
  beta = new Float64Array(0);
  emitExp = new Float64Array(0);
  back = new Uint8Array(0);
  feats = new Int32Array(0);
  featStart = new Int32Array(0);
  readonly trans = new Float64Array(TAG_COUNT * TAG_COUNT);
  readonly transExp = new Float64Array(TAG_COUNT * TAG_COUNT);
  readonly scores = new Float64Array(TAG_COUNT);
  readonly acc = new Int32Array(TAG_COUNT);
  readonly one = new Int32Array(1);

  ensure(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.max(n, this.capacity * 2, 64);
    this.emit = new Float64Array(this.capacity * TAG_COUNT);
    this.delta = new Float64Array(this.capacity * TAG_COUNT);
    this.beta = new Float64Array(this.capacity * TAG_COUNT);
    this.emitExp = new Float64Array(this.capacity * TAG_COUNT);
    this.back = new Uint8Array(this.capacity * TAG_COUNT);
    this.feats = new Int32Array(this.capacity * MAX_FEATURES);
    this.featStart = new Int32Array(this.capacity + 1);
  }
}

/** Gathers token features (static + history) and their emission scores. */
function emissions(doc: PreparedDoc, start: number, end: number, scorer: Scorer, history: History, ws: Workspace): void {
  const { features, offsets } = doc;
  let at = 0;
  for (let i = start; i < end; i++) {
    const k = i - start;
    ws.featStart[k] = at;
    const from = at;
    const to = Math.min(offsets[i + 1]!, offsets[i]! + MAX_FEATURES - 1);
    for (let f = offsets[i]!; f < to; f++) ws.feats[at++] = features[f]!;
    const w = doc.words[i]!;
    if (w.cap >= CAP_TITLE) {
      const seen = history[doc.forms.ids[i]!]!;
      if (seen !== UNSEEN) ws.feats[at++] = combine(DYN.history, (seen - 1) * 8 + w.cap);
    }
    scorer.score(ws.feats, from, at, ws.scores);
    ws.emit.set(ws.scores, k * TAG_COUNT);
  }
  ws.featStart[end - start] = at;
}

/** Emission scores from a scored document: its static sums plus the history feature. */
function scoredEmissions(doc: ScoredDoc, start: number, end: number, model: PartScorer & { readonly meta: { readonly scale: number } }, history: History, ws: Workspace): void {
  const k = TAG_COUNT;
  const { acc, emit } = ws;
  const scores = doc.staticScores;
  const scale = model.meta.scale;
  for (let i = start; i < end; i++) {
    for (let c = 0; c < k; c++) acc[c] = scores[i * k + c]!;
    const w = doc.words[i]!;
    if (w.cap >= CAP_TITLE) {
      const seen = history[doc.forms.ids[i]!]!;
      if (seen !== UNSEEN) {
        ws.one[0] = combine(DYN.history, (seen - 1) * 8 + w.cap);
        model.addInt(ws.one, 0, 1, acc);
      }
    }
    const row = (i - start) * k;
    for (let c = 0; c < k; c++) emit[row + c] = acc[c]! * scale;
  }
}

function transitions(scorer: Scorer, ws: Workspace): void {
  for (let p = 0; p < TAG_COUNT; p++) {
    ws.one[0] = PREV_FEATURES[p]!;
    scorer.score(ws.one, 0, 1, ws.scores);
    ws.trans.set(ws.scores, p * TAG_COUNT);
  }
}

/** Best valid tag sequence of `n` tokens into `out[at, at + n)`. */
function viterbi(n: number, ws: Workspace, out: Uint8Array, at: number): void {
  const K = TAG_COUNT;
  const { emit, delta, back, trans } = ws;
  const first = START[n === 1 ? 1 : 0]!;
  for (let t = 0; t < K; t++) {
    delta[t] = (first[t] === 1 ? trans[TAG_O * K + t]! : -Infinity) + emit[t]!;
    back[t] = 0;
  }
  for (let i = 1; i < n; i++) {
    const { from, tags: preds } = PREDECESSORS[i === n - 1 ? 1 : 0]!;
    const prev = (i - 1) * K;
    const row = i * K;
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = from[t]!, e = from[t + 1]!; j < e; j++) {
        const p = preds[j]!;
        const v = delta[prev + p]! + trans[p * K + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[row + t] = best + emit[row + t]!;
      back[row + t] = arg;
    }
  }
  let tag = 0;
  for (let t = 1; t < K; t++) if (delta[(n - 1) * K + t]! > delta[(n - 1) * K + tag]!) tag = t;
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = tag;
    tag = back[i * K + tag]!;
  }
}

/**
 * Marginal probability of each chosen tag (forward-backward over valid sequences, scores
 * divided by `temperature` read as log-potentials), in probability space with per-step
 * scaling. The temperature is fitted on dev at training time so that the probabilities
 * are roughly calibrated (perceptron margins alone are overconfident). Reads the
 * transition potentials {@link expTransitions} left in `ws.transExp`.
 *
 * Only the tokens `[from, to]` get a confidence: the forward pass stops at `to` and the
 * backward pass at `from` (each step depends only on the steps before it in its own
 * direction, so the values there are the same as over the whole sentence).
 */
function marginals(n: number, ws: Workspace, tags: Uint8Array, at: number, out: Float32Array, temperature: number, from = 0, to = n - 1): void {
  const K = TAG_COUNT;
  const { emit, emitExp: ex, delta: alpha, beta, transExp: tr } = ws;
  const inv = 1 / temperature;
  for (let i = 0; i < n; i++) {
    const row = i * K;
    let emax = -Infinity;
    for (let t = 0; t < K; t++) emax = Math.max(emax, emit[row + t]!);
    for (let t = 0; t < K; t++) ex[row + t] = Math.exp((emit[row + t]! - emax) * inv);
  }
  // forward, scaled to sum 1 at every token
  const first = START[n === 1 ? 1 : 0]!;
  let sum = 0;
  for (let t = 0; t < K; t++) {
    const v = (first[t] === 1 ? tr[TAG_O * K + t]! : 0) * ex[t]!;
    alpha[t] = v;
    sum += v;
  }
  normalize(alpha, 0, sum);
  for (let i = 1; i <= to; i++) {
    const { from, tags: preds } = PREDECESSORS[i === n - 1 ? 1 : 0]!;
    const prev = (i - 1) * K;
    const row = i * K;
    sum = 0;
    for (let t = 0; t < K; t++) {
      let v = 0;
      for (let j = from[t]!, e = from[t + 1]!; j < e; j++) v += alpha[prev + preds[j]!]! * tr[preds[j]! * K + t]!;
      v *= ex[row + t]!;
      alpha[row + t] = v;
      sum += v;
    }
    normalize(alpha, row, sum);
  }
  // backward, scaled the same way
  for (let t = 0; t < K; t++) beta[(n - 1) * K + t] = 1;
  for (let i = n - 2; i >= from; i--) {
    const { from: first, tags: succs } = SUCCESSORS[i + 1 === n - 1 ? 1 : 0]!;
    const row = i * K;
    const next = (i + 1) * K;
    sum = 0;
    for (let p = 0; p < K; p++) {
      let v = 0;
      for (let j = first[p]!, e = first[p + 1]!; j < e; j++) {
        const t = succs[j]!;
        v += tr[p * K + t]! * ex[next + t]! * beta[next + t]!;
      }
      beta[row + p] = v;
      sum += v;
    }
    normalize(beta, row, sum);
  }
  for (let i = from; i <= to; i++) {
    const row = i * K;
    let z = 0;
    for (let t = 0; t < K; t++) z += alpha[row + t]! * beta[row + t]!;
    const chosen = tags[at + i]!;
    out[at + i] = z > 0 ? (alpha[row + chosen]! * beta[row + chosen]!) / z : 0;
  }
}

/** Divides the `TAG_COUNT` values at `row` by their `sum` (leaves zeros when it is 0). */
function normalize(values: Float64Array, row: number, sum: number): void {
  const norm = sum > 0 ? 1 / sum : 0;
  for (let t = 0; t < TAG_COUNT; t++) values[row + t] = values[row + t]! * norm;
}

/**
 * The transition potentials of {@link marginals}: `exp((score − max) / temperature)`.
 * They depend on the transition weights alone, so they are computed once per document
 * (the weights do not change while a document is decoded without training), not once per
 * sentence: that was 289 `Math.exp` calls per sentence, as many as its emissions take.
 */
function expTransitions(ws: Workspace, temperature: number): void {
  const K = TAG_COUNT;
  const { trans, transExp: tr } = ws;
  let tmax = -Infinity;
  for (let j = 0; j < K * K; j++) tmax = Math.max(tmax, trans[j]!);
  const inv = 1 / temperature;
  for (let j = 0; j < K * K; j++) tr[j] = Math.exp((trans[j]! - tmax) * inv);
}

/** Structured perceptron update toward `gold` where the prediction differs. */
function learn(n: number, ws: Workspace, tags: Uint8Array, at: number, learner: Learner): void {
  for (let i = 0; i < n; i++) {
    const gold = learner.gold[at + i]!;
    const pred = tags[at + i]!;
    const goldPrev = i === 0 ? TAG_O : learner.gold[at + i - 1]!;
    const predPrev = i === 0 ? TAG_O : tags[at + i - 1]!;
    if (gold !== pred) {
      const feats = ws.feats.subarray(ws.featStart[i]!, ws.featStart[i + 1]!);
      learner.add(feats, feats.length, gold, 1);
      learner.add(feats, feats.length, pred, -1);
    }
    if (gold !== pred || goldPrev !== predPrev) {
      ws.one[0] = PREV_FEATURES[goldPrev]!;
      learner.add(ws.one, 1, gold, 1);
      ws.one[0] = PREV_FEATURES[predPrev]!;
      learner.add(ws.one, 1, pred, -1);
    }
    learner.tick();
  }
}

/** Records the labels of a decoded sentence's capitalized words for later sentences. */
function remember(doc: PreparedDoc | ScoredDoc, tags: Uint8Array, start: number, end: number, history: History): void {
  for (let i = start; i < end; i++) {
    const w = doc.words[i]!;
    if (w.cap >= CAP_TITLE) history[doc.forms.ids[i]!] = typeOfTag(tags[i]!) + 2;
  }
}

const shared = new Workspace();

/**
 * Tags every sentence of `doc`; with `learner`, trains on it at the same time (and leaves
 * confidences at 0); otherwise confidences are marginals at `temperature`.
 */
export function decode(doc: PreparedDoc, scorer: Scorer, learner?: Learner, temperature = 1): Decoded {
  return run(doc, scorer, (start, end, history, ws) => emissions(doc, start, end, scorer, history, ws), learner, temperature, true);
}

/**
 * Tags a document scored by {@link scoreWords} (no feature lists, so no training): the
 * same tags as {@link decode} over `prepareWords` with the same model, and the same
 * confidences for every token from the first to the last entity token of each sentence;
 * the other tokens get no confidence (0), since only entity spans are scored
 * (forward-backward is the dearest part of tagging).
 */
export function decodeScored(doc: ScoredDoc, model: Scorer & PartScorer & { readonly meta: { readonly scale: number } }, temperature = 1): Decoded {
  return run(doc, model, (start, end, history, ws) => scoredEmissions(doc, start, end, model, history, ws), undefined, temperature, false);
}

type Emit = (start: number, end: number, history: History, ws: Workspace) => void;

/** Index of the first token in `[from, to)` (stepping by `step`, −1 backwards) that is in an entity, or −1. */
function firstEntity(tags: Uint8Array, from: number, to: number, step: 1 | -1): number {
  for (let i = from; i !== to; i += step) if (tags[i] !== TAG_O) return i;
  return -1;
}

function run(doc: PreparedDoc | ScoredDoc, scorer: Scorer, emit: Emit, learner: Learner | undefined, temperature: number, allConfidences: boolean): Decoded {
  const n = doc.words.length;
  const tags = new Uint8Array(n);
  const confidence = new Float32Array(n);
  const history: History = new Uint8Array(doc.forms.count);
  const ws = shared;
  const { sentences } = doc;
  transitions(scorer, ws);
  let transExpReady = false;
  for (let s = 0; s < sentences.length; s += 2) {
    const start = sentences[s]!;
    const end = sentences[s + 1]!;
    if (end <= start) continue;
    ws.ensure(end - start);
    emit(start, end, history, ws);
    if (learner) transitions(scorer, ws);
    viterbi(end - start, ws, tags, start);
    if (learner) learn(end - start, ws, tags, start, learner);
    else {
      const first = allConfidences ? start : firstEntity(tags, start, end, 1);
      if (first >= 0) {
        const last = allConfidences ? end - 1 : firstEntity(tags, end - 1, start - 1, -1);
        if (!transExpReady) expTransitions(ws, temperature);
        transExpReady = true;
        marginals(end - start, ws, tags, start, confidence, temperature, first - start, last - start);
      }
    }
    remember(doc, tags, start, end, history);
  }
  return { tags, confidence };
}
