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
import { rowOf, type PartScorer, type PreparedDoc, type ScoredDoc } from './features.js';
import type { Scorer } from './perceptron.js';
import { Lattice } from './lattice.js';
import { TAG_COUNT, TAG_O, typeOfTag } from './tags.js';
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

/** The lattice's buffers plus the feature lists training updates. */
class Workspace extends Lattice {
  feats = new Int32Array(0);
  featStart = new Int32Array(0);
  readonly scores = new Float64Array(TAG_COUNT);
  readonly one = new Int32Array(1);
  /**
   * The model whose transition scores (and their potentials, at {@link expTemperature})
   * the lattice holds, when its weights never change (a loaded {@link NerModel}; not a
   * model being trained): the next document decoded with it reuses them.
   */
  transitionsOf: Scorer | null = null;
  /** The temperature of the transition potentials held for {@link transitionsOf} (NaN: none). */
  expTemperature = NaN;

  protected override grown(capacity: number): void {
    this.feats = new Int32Array(capacity * MAX_FEATURES);
    this.featStart = new Int32Array(capacity + 1);
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
    const cap = doc.caps[i]!;
    if (cap >= CAP_TITLE) {
      const seen = history[doc.forms.ids[i]!]!;
      if (seen !== UNSEEN) ws.feats[at++] = combine(DYN.history, historyValue(seen, cap));
    }
    scorer.score(ws.feats, from, at, ws.scores);
    ws.emit.set(ws.scores, k * TAG_COUNT);
  }
  ws.featStart[end - start] = at;
}

/** The value of the history feature of a word of capitalization `cap` last labelled `seen` (see {@link History}). */
function historyValue(seen: number, cap: number): number {
  return (seen - 1) * 8 + cap;
}

/** Number of distinct {@link historyValue} values (`seen` 1–5, `cap` 0–7). */
const HISTORY_VALUES = 5 * 8;

/** Per model, the integer weights of the history feature by {@link historyValue}, `classes` per value. */
const historyTables = new WeakMap<PartScorer, Int32Array>();

function historyTable(model: PartScorer): Int32Array {
  let table = historyTables.get(model);
  if (table === undefined) {
    table = new Int32Array(HISTORY_VALUES * model.classes);
    for (let v = 0; v < HISTORY_VALUES; v++) table.set(rowOf(model, [combine(DYN.history, v)]), v * model.classes);
    historyTables.set(model, table);
  }
  return table;
}

/**
 * Emission scores from a scored document: its static sums plus the history feature (from a
 * table, as integers). The history value each token used is read from `history` and, when
 * `seenOf` is given, recorded there; with `history` null it is read back from `seenOf`
 * (the put-off confidences of {@link decodeDeferred} make the same emissions again).
 */
function scoredEmissions(doc: ScoredDoc, start: number, end: number, model: PartScorer & { readonly meta: { readonly scale: number } }, history: History | null, ws: Workspace, seenOf: Uint8Array | null = null): void {
  const k = TAG_COUNT;
  const { emit } = ws;
  const scores = doc.staticScores;
  const scale = model.meta.scale;
  const rows = historyTable(model);
  for (let i = start; i < end; i++) {
    const from = i * k;
    const row = (i - start) * k;
    const cap = doc.caps[i]!;
    let seen: number;
    if (history === null) seen = seenOf![i]!;
    else {
      seen = cap >= CAP_TITLE ? history[doc.forms.ids[i]!]! : UNSEEN;
      if (seenOf !== null) seenOf[i] = seen;
    }
    if (seen !== UNSEEN) {
      for (let c = 0, h = historyValue(seen, cap) * k; c < k; c++) emit[row + c] = (scores[from + c]! + rows[h + c]!) * scale;
    } else {
      for (let c = 0; c < k; c++) emit[row + c] = scores[from + c]! * scale;
    }
  }
}

function transitions(scorer: Scorer, ws: Workspace): void {
  for (let p = 0; p < TAG_COUNT; p++) {
    ws.one[0] = PREV_FEATURES[p]!;
    scorer.score(ws.one, 0, 1, ws.scores);
    ws.trans.set(ws.scores, p * TAG_COUNT);
  }
  ws.transitionsSet();
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
  for (let i = start; i < end; i++) if (doc.caps[i]! >= CAP_TITLE) history[doc.forms.ids[i]!] = typeOfTag(tags[i]!) + 2;
}

const shared = new Workspace();

/**
 * Tags every sentence of `doc`; with `learner`, trains on it at the same time (and leaves
 * confidences at 0); otherwise confidences are marginals at `temperature`.
 */
export function decode(doc: PreparedDoc, scorer: Scorer, learner?: Learner, temperature = 1): Decoded {
  return run(doc, scorer, (start, end, history, ws) => emissions(doc, start, end, scorer, history, ws), learner, temperature, true, false);
}

/**
 * Tags a document scored by {@link scoreTypes} (no feature lists, so no training): the
 * same tags as {@link decode} over `prepareWords` with the same model, and the same
 * confidences for every token from the first to the last entity token of each sentence;
 * the other tokens get no confidence (0), since only entity spans are scored
 * (forward-backward is the dearest part of tagging). The model's weights must not change
 * from one call to the next: its transition scores are kept for the next document.
 */
export function decodeScored(doc: ScoredDoc, model: Scorer & PartScorer & { readonly meta: { readonly scale: number } }, temperature = 1): Decoded {
  return run(doc, model, (start, end, history, ws) => scoredEmissions(doc, start, end, model, history, ws), undefined, temperature, false, true);
}

/** What {@link decodeDeferred} found: the tags now, their confidences when first asked. */
export interface DeferredDecoded {
  readonly tags: Uint8Array;
  /** The confidences {@link decodeScored} gives, worked out on the first call (the same array after). */
  readonly confidence: () => Float32Array;
}

/**
 * {@link decodeScored}, with forward-backward put off until a confidence is asked for:
 * the sentences with an entity are listed, with the history value each token's emission
 * used, and the first call of `confidence` makes their emissions again and runs the same
 * marginals over them, giving the same numbers (they depend on the emissions, the tags,
 * the model's transitions and the temperature alone). A run
 * whose stored results never read the `ner` layer's scores (`analyze`: the layer is not
 * stored and the stages after read spans and types) skips the dearest part of tagging.
 */
export function decodeDeferred(doc: ScoredDoc, model: Scorer & PartScorer & { readonly meta: { readonly scale: number } }, temperature = 1): DeferredDecoded {
  const pending: Pending[] = [];
  const seenOf = new Uint8Array(doc.caps.length);
  const { tags } = run(doc, model, (start, end, history, ws) => scoredEmissions(doc, start, end, model, history, ws, seenOf), undefined, temperature, false, true, pending);
  let confidence: Float32Array | null = null;
  return {
    tags,
    confidence: () => (confidence ??= marginalsOf(doc, seenOf, pending, tags, model, temperature)),
  };
}

/** A sentence `[start, end)` whose confidences are put off: its entity tokens run from `first` to `last`. */
interface Pending {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The confidences of the put-off sentences, as {@link run} would have worked them out: the
 * emissions made again from the document's static sums and the history values its tokens
 * had (`seenOf`), the same integers times the same scale.
 */
function marginalsOf(doc: ScoredDoc, seenOf: Uint8Array, pending: readonly Pending[], tags: Uint8Array, model: Scorer & PartScorer & { readonly meta: { readonly scale: number } }, temperature: number): Float32Array {
  const confidence = new Float32Array(tags.length);
  const ws = shared;
  useTransitions(model, ws, true);
  for (const p of pending) {
    ws.ensure(p.end - p.start);
    scoredEmissions(doc, p.start, p.end, model, null, ws, seenOf);
    if (ws.expTemperature !== temperature) ws.expTransitions(temperature);
    ws.expTemperature = temperature;
    ws.marginals(p.end - p.start, tags, p.start, confidence, temperature, p.first - p.start, p.last - p.start);
  }
  return confidence;
}

/** Makes `ws` hold `scorer`'s transition scores (kept from the last document when its weights are fixed). */
function useTransitions(scorer: Scorer, ws: Workspace, fixedWeights: boolean): void {
  if (!fixedWeights || ws.transitionsOf !== scorer) {
    transitions(scorer, ws);
    ws.transitionsOf = fixedWeights ? scorer : null;
    ws.expTemperature = NaN;
  }
}

type Emit = (start: number, end: number, history: History, ws: Workspace) => void;

/** Index of the first token in `[from, to)` (stepping by `step`, −1 backwards) that is in an entity, or −1. */
function firstEntity(tags: Uint8Array, from: number, to: number, step: 1 | -1): number {
  for (let i = from; i !== to; i += step) if (tags[i] !== TAG_O) return i;
  return -1;
}

/**
 * Decodes `doc`; `fixedWeights` when the scorer's weights never change (see
 * {@link Workspace.transitionsOf}). With `defer`, sentences with an entity are listed
 * there instead of getting their confidences ({@link decodeDeferred}).
 */
function run(doc: PreparedDoc | ScoredDoc, scorer: Scorer, emit: Emit, learner: Learner | undefined, temperature: number, allConfidences: boolean, fixedWeights: boolean, defer?: Pending[]): Decoded {
  const n = doc.caps.length;
  const tags = new Uint8Array(n);
  const confidence = new Float32Array(n);
  const history: History = new Uint8Array(doc.forms.count);
  const ws = shared;
  const { sentences } = doc;
  // a fixed model's transitions are the same for every document: worked out once
  useTransitions(scorer, ws, fixedWeights);
  for (let s = 0; s < sentences.length; s += 2) {
    const start = sentences[s]!;
    const end = sentences[s + 1]!;
    if (end <= start) continue;
    ws.ensure(end - start);
    emit(start, end, history, ws);
    if (learner) transitions(scorer, ws);
    ws.viterbi(end - start, tags, start);
    if (learner) learn(end - start, ws, tags, start, learner);
    else {
      const first = allConfidences ? start : firstEntity(tags, start, end, 1);
      if (first >= 0) {
        const last = allConfidences ? end - 1 : firstEntity(tags, end - 1, start - 1, -1);
        if (defer !== undefined) defer.push({ start, end, first, last });
        else {
          if (ws.expTemperature !== temperature) ws.expTransitions(temperature);
          ws.expTemperature = temperature;
          ws.marginals(end - start, tags, start, confidence, temperature, first - start, last - start);
        }
      }
    }
    remember(doc, tags, start, end, history);
  }
  return { tags, confidence };
}
