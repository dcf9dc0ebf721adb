/**
 * @module stages/quotes/model/decode — the two decoders: cue tagging and span picking.
 *
 * 1. **Cue tagger**: left to right over each sentence, every token that may anchor a cue
 *    gets O, B-CUE or I-CUE (greedy, with the previous tag as a feature; I only after B or
 *    I). Training anchors each gold cue on one token (train.ts `anchorOf`), so a cue is
 *    mostly one B. A run B I* is one cue.
 * 2. **Span picker**, for each cue: four rankers score candidate positions as content
 *    start, content end, source start and source end — the cue sentence's tokens within
 *    {@link WINDOW} of the cue, the first and last tokens of up to {@link AHEAD} following
 *    sentences (a content may open or end there) and the first tokens of {@link BEHIND}
 *    earlier sentences of the paragraph. The content is chosen jointly: the pairs start ≤
 *    end of the {@link TOP_K} best starts and ends (not the cue alone: PolNeAR's contents
 *    may run over their cue, split quotes, `X, he said, Y`) are scored as their two
 *    boundaries plus a fifth class over pair features (features.ts `pairFeatures`: length,
 *    sentences crossed, how it ends, cues and quotation marks inside), which no single
 *    boundary sees. The source is the best pair of at most {@link MAX_SOURCE} tokens in the
 *    window, clear of the cue and of quoted words, or none when the "no source" choice
 *    scores higher.
 * Both take an optional trainer: a perceptron updated where the prediction differs from the
 * gold (the cue tagger on its own predicted history; the span picker given the gold cue,
 * each boundary ranker on its own best choice, the pair class toward the scored pair
 * closest to the gold content).
 */
import type { AveragedPerceptron, Scorer } from '../../entities/ner/perceptron.js';
import { IntSet } from './int-set.js';
import { MAX_CUE_FEATURES, PAIR_FEATURES, SPAN_FEATURES, cueFeatures, nullFeatures, pairFeatures, prevFeatures, sourceGuesses, spanFeatures, type CueSpan, type TokenTable } from './features.js';

export const TAG_O = 0;
export const TAG_B = 1;
export const TAG_I = 2;

/** Following sentences whose ends a content may reach. */
export const AHEAD = 3;
/** Earlier sentences of the paragraph whose first token may open a content. */
export const BEHIND = 2;
/** Longest source span, in tokens. */
export const MAX_SOURCE = 24;
/** Tokens of the cue's sentence on either side of the cue that are candidates. */
export const WINDOW = 40;

/** Best content starts and ends whose pairs the joint choice scores. */
export const TOP_K = 5;

/** Ranker classes of the span table, and the class whose weights score content pairs. */
const CONTENT_START = 0;
const CONTENT_END = 1;
const SOURCE_START = 2;
const SOURCE_END = 3;
const PAIR = 4;

/**
 * Per anchor set, a 2^16-bit filter of its word hashes (bit `h & 0xffff`): most words of a
 * document fail it, and only the rest are looked up in the set (a lookup per word of the
 * document was a noticeable part of the tagger). Built on first use; an anchor set is not
 * changed once the tagger has used it.
 */
const anchorFilters = new WeakMap<ReadonlySet<number>, AnchorFilter>();

/** An anchor set as the tagger reads it: the bit filter, then the words in an {@link IntSet}. */
interface AnchorFilter {
  readonly bits: Uint32Array;
  readonly words: IntSet;
}

function anchorFilter(anchors: ReadonlySet<number>): AnchorFilter {
  let filter = anchorFilters.get(anchors);
  if (filter === undefined) {
    const bits = new Uint32Array(1 << 11);
    for (const h of anchors) bits[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
    filter = { bits, words: new IntSet(anchors) };
    anchorFilters.set(anchors, filter);
  }
  return filter;
}

/** Whether word hash `h` is one of the anchors `filter` was built from. */
function isAnchor(h: number, filter: AnchorFilter): boolean {
  return (filter.bits[(h & 0xffff) >>> 5]! & (1 << (h & 31))) !== 0 && filter.words.has(h);
}

const cueBuffer = new Int32Array(MAX_CUE_FEATURES + 4);
const cueScores = new Float64Array(3);

/**
 * Tags every sentence token of the document; `train` updates a perceptron toward `gold`.
 * `oBias` is added to the O score of a token, `ruleBias` instead where the rules read a cue.
 * Only tokens that may anchor a cue are scored: not a function word, not inside quotation
 * marks (the speaker's own words), and either a lexicon cue or one of the `anchors` words.
 */
export function tagCues(t: TokenTable, scorer: Scorer, oBias: number, ruleBias: number, anchors: ReadonlySet<number>, train?: { readonly gold: Uint8Array; readonly perceptron: AveragedPerceptron }): Uint8Array {
  const tags = new Uint8Array(t.n);
  const filter = anchorFilter(anchors);
  for (const s of t.view.sentences) {
    let prev = TAG_O;
    for (let i = s.first; i <= s.last; i++) {
      if ((t.skip[i] === 1 || t.quoted[i] === 1 || (t.lexicon[i] === 0 && !isAnchor(t.lower[i]!, filter))) && (train === undefined || train.gold[i] === TAG_O)) {
        prev = TAG_O;
        continue;
      }
      let n = cueFeatures(t, i, s.first, s.last, cueBuffer, 0);
      n = prevFeatures(t, i, prev, cueBuffer, n);
      scorer.score(cueBuffer, 0, n, cueScores);
      cueScores[TAG_O] += t.ruleIndex[i]! >= 0 ? ruleBias : oBias;
      let best = cueScores[TAG_B]! > cueScores[TAG_O]! ? TAG_B : TAG_O;
      if (prev !== TAG_O && cueScores[TAG_I]! > cueScores[best]!) best = TAG_I;
      if (train) {
        const gold = train.gold[i]!;
        if (gold !== best) train.perceptron.update(cueBuffer, n, gold, best);
        train.perceptron.tick();
      }
      tags[i] = best;
      prev = best;
    }
  }
  return tags;
}

/** The cues of a tag sequence: runs of B I*. */
export function cuesOfTags(tags: Uint8Array): CueSpan[] {
  const out: CueSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== TAG_B) continue;
    let last = i;
    while (last + 1 < tags.length && tags[last + 1] === TAG_I) last++;
    out.push({ first: i, last });
    i = last;
  }
  return out;
}

/** What the span picker chose for one cue (token indices, inclusive; source -1 when none). */
export interface Picked {
  readonly contentFirst: number;
  readonly contentLast: number;
  readonly sourceFirst: number;
  readonly sourceLast: number;
}

/** Gold boundaries for training the span picker (-1 source when none). */
export type GoldSpans = Picked;

let spanBuffer = new Int32Array(128 * SPAN_FEATURES);
let spanScores = new Float64Array(128 * 4);
const one = new Float64Array(5);
/** The scored content pairs of the current cue: features, start and end candidates. */
const pairBuffer = new Int32Array((TOP_K + 2) * (TOP_K + 1) * PAIR_FEATURES);
const pairStart = new Int32Array((TOP_K + 2) * (TOP_K + 1));
const pairEnd = new Int32Array((TOP_K + 2) * (TOP_K + 1));
const topStarts = new Int32Array(TOP_K + 2);
const topEnds = new Int32Array(TOP_K + 2);
let positions = new Int32Array(128);
let role = new Uint8Array(128);
const START = 1;
const END = 2;
const guess = new Int32Array(6);

/** Adds candidate position `p` with `role` and its features; returns the new count. */
function addCandidate(t: TokenTable, cue: CueSpan, count: number, p: number, r: number, first: number, last: number, ahead: number): number {
  positions[count] = p;
  role[count] = r;
  spanFeatures(t, cue, guess, p, first, last, ahead, spanBuffer, count * SPAN_FEATURES);
  return count + 1;
}

/**
 * Writes into `out` the candidates of role `r` with the {@link TOP_K} best scores of class
 * `cls` (best first), then `must` and `also` (the sweep's choices; -1 for none) when not
 * among them; returns the count.
 */
function topOf(count: number, r: number, cls: number, must: number, also: number, out: Int32Array): number {
  let n = 0;
  for (let c = 0; c < count; c++) {
    if ((role[c]! & r) === 0) continue;
    const v = spanScores[c * 4 + cls]!;
    let k = Math.min(n, TOP_K - 1);
    if (n >= TOP_K && v <= spanScores[out[k]! * 4 + cls]!) continue;
    while (k > 0 && spanScores[out[k - 1]! * 4 + cls]! < v) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = c;
    if (n < TOP_K) n++;
  }
  for (const x of [must, also]) {
    if (x < 0) continue;
    let found = false;
    for (let k = 0; k < n; k++) if (out[k] === x) found = true;
    if (!found) out[n++] = x;
  }
  return n;
}

/** The scored pair whose characters overlap the gold content best (F1), or -1 when none overlaps. */
function closestPair(t: TokenTable, pairs: number, gold: GoldSpans): number {
  const tk = t.view.tokens;
  const g0 = tk[gold.contentFirst]!.start;
  const g1 = tk[gold.contentLast]!.end;
  let target = -1;
  let bestF = 0;
  for (let k = 0; k < pairs; k++) {
    const x = tk[positions[pairStart[k]!]!]!.start;
    const y = tk[positions[pairEnd[k]!]!]!.end;
    const o = Math.max(0, Math.min(y, g1) - Math.max(x, g0));
    const f = (2 * o) / (y - x + g1 - g0);
    if (f > bestF) {
      bestF = f;
      target = k;
    }
  }
  return target;
}

/** Picks content and source for `cue`; null when the cue lies outside every sentence. */
export function pickSpans(t: TokenTable, cue: CueSpan, scorer: Scorer, train?: { readonly gold: GoldSpans; readonly perceptron: AveragedPerceptron }): Picked | null {
  const { view } = t;
  const si = view.sentenceOf[cue.first]!;
  if (si < 0) return null;
  const sentence = view.sentences[si]!;
  const { first, last } = sentence;
  // Candidates, in text order: the first tokens of the two sentences before in the
  // paragraph (`“A. B,” he said.`); the sentence's tokens up to WINDOW from the cue; for
  // each following sentence its first token (a content may open there: `Smith said:` + a
  // quoted paragraph) and its last.
  const from = Math.max(first, cue.first - WINDOW);
  const to = Math.min(last, cue.last + WINDOW);
  const ahead = Math.min(AHEAD, view.sentences.length - 1 - si);
  const total = BEHIND + (to - from + 1) + 2 * ahead + 1;
  if (spanBuffer.length < total * SPAN_FEATURES) {
    spanBuffer = new Int32Array(total * 2 * SPAN_FEATURES);
    spanScores = new Float64Array(total * 2 * 4);
    positions = new Int32Array(total * 2);
    role = new Uint8Array(total * 2);
  }
  sourceGuesses(t, cue, guess);
  let count = 0;
  for (let k = BEHIND; k >= 1; k--) {
    const s = view.sentences[si - k];
    if (s === undefined || s.paragraph !== sentence.paragraph || view.sentences[si - k + 1]!.paragraph !== sentence.paragraph) continue;
    count = addCandidate(t, cue, count, s.first, START, s.first, s.last, 8 + k);
  }
  const base = count;
  for (let p = from; p <= to; p++) count = addCandidate(t, cue, count, p, START | END, first, last, 0);
  const inWindow = count;
  for (let k = 1; k <= ahead; k++) {
    const s = view.sentences[si + k]!;
    const crossed = s.paragraph !== sentence.paragraph ? 4 : 0;
    count = addCandidate(t, cue, count, s.first, (k <= 2 ? START : 0) | (s.first === s.last ? END : 0), s.first, s.last, k + crossed);
    if (s.last !== s.first) count = addCandidate(t, cue, count, s.last, END, s.first, s.last, k + crossed);
  }
  nullFeatures(t, cue, guess, first, spanBuffer, count * SPAN_FEATURES);
  for (let c = 0; c <= count; c++) {
    scorer.score(spanBuffer, c * SPAN_FEATURES, (c + 1) * SPAN_FEATURES, one);
    for (let k = 0; k < 4; k++) spanScores[c * 4 + k] = one[k]!;
  }
  // Content, boundaries alone (what the boundary rankers learn from): one sweep in text
  // order keeps the best start so far (and the best before the cue, for ends inside the
  // cue: a content is never the cue alone). PolNeAR's contents often run over their cue
  // (`The deal, he said, is close`, split quotes), so that is allowed.
  let cs = -1;
  let ce = -1;
  let best = -Infinity;
  let bestStart = -1;
  let bestBefore = -1;
  const better = (c: number, than: number): boolean => than < 0 || spanScores[c * 4 + CONTENT_START]! > spanScores[than * 4 + CONTENT_START]!;
  for (let c = 0; c < count; c++) {
    const p = positions[c]!;
    if ((role[c]! & START) !== 0) {
      if (better(c, bestStart)) bestStart = c;
      if (p < cue.first && better(c, bestBefore)) bestBefore = c;
    }
    if ((role[c]! & END) === 0) continue;
    const s = p >= cue.first && p <= cue.last ? bestBefore : bestStart;
    if (s < 0) continue;
    const v = spanScores[s * 4 + CONTENT_START]! + spanScores[c * 4 + CONTENT_END]!;
    if (v > best) {
      best = v;
      cs = s;
      ce = c;
    }
  }
  if (cs < 0) return null;
  // Joint choice: the pairs of the best starts and ends (the sweep's among them), each
  // scored as its two boundaries plus the pair features.
  const nStarts = topOf(count, START, CONTENT_START, cs, bestBefore, topStarts);
  const nEnds = topOf(count, END, CONTENT_END, ce, -1, topEnds);
  let js = cs;
  let je = ce;
  let chosen = -1;
  let pairs = 0;
  best = -Infinity;
  for (let a = 0; a < nStarts; a++) {
    const s = topStarts[a]!;
    const ps = positions[s]!;
    for (let b = 0; b < nEnds; b++) {
      const e = topEnds[b]!;
      const pe = positions[e]!;
      if (pe < ps || (pe >= cue.first && pe <= cue.last && ps >= cue.first)) continue;
      const at = pairs * PAIR_FEATURES;
      pairFeatures(t, cue, guess, ps, pe, Math.min(a, 7) * 8 + Math.min(b, 7), pairBuffer, at);
      scorer.score(pairBuffer, at, at + PAIR_FEATURES, one);
      const v = spanScores[s * 4 + CONTENT_START]! + spanScores[e * 4 + CONTENT_END]! + one[PAIR]!;
      if (v > best) {
        best = v;
        js = s;
        je = e;
        chosen = pairs;
      }
      pairStart[pairs] = s;
      pairEnd[pairs] = e;
      pairs++;
    }
  }
  const gold = train?.gold;
  const indexOf = (p: number, asStart: boolean): number => {
    for (let c = 0; c < count; c++) if (positions[c] === p && (role[c]! & (asStart ? START : END)) !== 0) return c;
    return -1;
  };
  // Source: the best pair in the window clear of the cue and of quotation marks, or none.
  let ss = count;
  let se = count;
  best = spanScores[count * 4 + SOURCE_START]! + spanScores[count * 4 + SOURCE_END]!;
  for (let a = base; a < inWindow; a++) {
    const pa = positions[a]!;
    if ((pa >= cue.first && pa <= cue.last) || t.quoted[pa] === 1 || t.mark[pa] !== 0) continue;
    const sa = spanScores[a * 4 + SOURCE_START]!;
    for (let b = a; b < inWindow && b - a < MAX_SOURCE; b++) {
      const pb = positions[b]!;
      if ((pb >= cue.first && pb <= cue.last) || t.quoted[pb] === 1 || t.mark[pb] !== 0) break;
      const v = sa + spanScores[b * 4 + SOURCE_END]!;
      if (v > best) {
        best = v;
        ss = a;
        se = b;
      }
    }
  }
  if (train && gold) {
    const { perceptron } = train;
    const update = (goldIndex: number, predicted: number, cls: number): void => {
      if (goldIndex < 0 || goldIndex === predicted) return;
      perceptron.add(spanBuffer.subarray(goldIndex * SPAN_FEATURES), SPAN_FEATURES, cls, 1);
      perceptron.add(spanBuffer.subarray(predicted * SPAN_FEATURES), SPAN_FEATURES, cls, -1);
    };
    const gcs = indexOf(gold.contentFirst, true);
    const gce = indexOf(gold.contentLast, false);
    update(gcs, cs, CONTENT_START);
    update(gce, ce, CONTENT_END);
    // The pair class learns toward the scored pair closest to the gold content (the gold
    // pair itself is often not among them; the closest one is what the benchmark rewards).
    const target = closestPair(t, pairs, gold);
    if (target >= 0 && chosen >= 0 && target !== chosen) {
      perceptron.add(pairBuffer.subarray(target * PAIR_FEATURES), PAIR_FEATURES, PAIR, 1);
      perceptron.add(pairBuffer.subarray(chosen * PAIR_FEATURES), PAIR_FEATURES, PAIR, -1);
    }
    const inside = (p: number): number => (p >= from && p <= to ? base + p - from : -1);
    const gss = gold.sourceFirst < 0 ? count : inside(gold.sourceFirst);
    const gse = gold.sourceLast < 0 ? count : inside(gold.sourceLast);
    if (gss >= 0 && gse >= 0) {
      update(gss, ss, SOURCE_START);
      update(gse, se, SOURCE_END);
    }
    perceptron.tick();
  }
  return {
    contentFirst: positions[js]!,
    contentLast: positions[je]!,
    sourceFirst: ss === count ? -1 : positions[ss]!,
    sourceLast: se === count ? -1 : positions[se]!,
  };
}
