/**
 * @module stages/entities/ner/lattice — Viterbi and forward-backward over one sentence's BILOU tags.
 *
 * The valid transitions (tags.ts `canFollow`) have two kinds only:
 * - a *closed* tag (`O`, `L-*`, `U-*`) is followed by an *opener* (`O`, `B-*`, `U-*`);
 * - an open tag (`B-x`, `I-x`) is followed by `I-x` or `L-x`;
 * and at a sentence's last token only closing tags (`O`, `L-*`, `U-*`) may stand. So
 * every step is a dense 9 × 9 block (closed → opener) plus four 2 × 2 blocks (inside
 * each type). The kernels read the closed tags' scores of the previous token once per
 * token into nine locals (the 9 × 9 loops written out, so that the values stay in
 * registers instead of being read back from a scratch array at every product) and the
 * 9 × 9 transition block from a small contiguous copy, instead of walking a predecessor
 * list for each of the 17 tags. They add, multiply and compare the same numbers in the
 * same order as the plain loops over `canFollow` lists (lattice.test.ts runs both on
 * random scores and requires bit-identical results).
 */
import { TAG_COUNT, TAG_O, canFollow } from './tags.js';

const K = TAG_COUNT;

/** Closed tags, ascending: `O`, then `L` and `U` of each type (the predecessors of every opener). */
export const CLOSED = Uint8Array.of(0, 3, 4, 7, 8, 11, 12, 15, 16);

/**
 * Openers, ascending: `O`, then `B` and `U` of each type (the successors of every closed
 * tag). The `B` tags are at the odd indices, so stepping by 2 skips them (at a last token).
 */
export const OPENERS = Uint8Array.of(0, 1, 4, 5, 8, 9, 12, 13, 16);

/** Number of closed tags (= number of openers). */
const C = 9;

/** Number of entity types: `B` of type `x` is `1 + 4x`, then `I`, `L`, `U`. */
const TYPES = (K - 1) / 4;

/** Whether a sentence may start with each tag (`START[last][tag]`). */
const START: readonly Uint8Array[] = [0, 1].map((last) => Uint8Array.from({ length: K }, (_, t) => (canFollow(TAG_O, t, last === 1) ? 1 : 0)));

/** Entries of the {@link cachedExp} table (a power of two). */
const EXP_SLOTS = 1 << 12;

/** `[value, exp(value)]` pairs, direct-mapped by the value's bits (NaN: empty, never equal). */
const expTable = new Float64Array(EXP_SLOTS * 2).fill(NaN);
const expBits = new Float64Array(1);
const expWords = new Int32Array(expBits.buffer);

/**
 * `Math.exp(x)`, remembered: forward-backward exponentiates scaled differences of
 * quantized weight sums, of which only a few thousand distinct values ever occur (2,808
 * in 3.6 million calls over 300 bench documents), so a small table keyed by the value
 * answers about nine calls in ten. A hit returns what `Math.exp` returned for an equal
 * value (equal doubles are the same number, or ±0, both of which give 1).
 */
export function cachedExp(x: number): number {
  expBits[0] = x;
  const slot = (Math.imul(expWords[0]! ^ expWords[1]!, 0x9e3779b1) >>> 20) * 2;
  if (expTable[slot] === x) return expTable[slot + 1]!;
  const v = Math.exp(x);
  expTable[slot] = x;
  expTable[slot + 1] = v;
  return v;
}

/** Reusable buffers for one sentence of up to `capacity` tokens, and the transition scores. */
export class Lattice {
  capacity = 0;
  /** Emission scores, `TAG_COUNT` per token (the caller fills them). */
  emit = new Float64Array(0);
  delta = new Float64Array(0);
  beta = new Float64Array(0);
  emitExp = new Float64Array(0);
  back = new Uint8Array(0);
  /** Transition scores `trans[prev * TAG_COUNT + tag]`; call {@link transitionsSet} after writing them. */
  readonly trans = new Float64Array(K * K);
  /** Transition potentials of {@link marginals} (see {@link expTransitions}). */
  readonly transExp = new Float64Array(K * K);
  /** `trans` closed → opener: `[m * 9 + j]` is `CLOSED[j]` → `OPENERS[m]`. */
  private readonly openFrom = new Float64Array(C * C);
  /**
   * By how much the best closed tag's score must exceed every other closed tag's for it
   * to be the best predecessor of every opener ({@link viterbiStep}): the spread of
   * `openFrom` (largest minus smallest), plus a margin far above the rounding error of the
   * sums compared (the rest of the margin is relative to the scores, added there).
   */
  private openLead = Infinity;
  /** The same block of `transExp`, by opener then closed tag. */
  private readonly openFromExp = new Float64Array(C * C);
  /** The same block of `transExp`, by closed tag then opener: `[j * 9 + m]`. */
  private readonly closedToExp = new Float64Array(C * C);

  /** Makes room for a sentence of `n` tokens. */
  ensure(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.max(n, this.capacity * 2, 64);
    this.emit = new Float64Array(this.capacity * K);
    this.delta = new Float64Array(this.capacity * K);
    this.beta = new Float64Array(this.capacity * K);
    this.emitExp = new Float64Array(this.capacity * K);
    this.back = new Uint8Array(this.capacity * K);
    this.grown(this.capacity);
  }

  /** Called when the buffers grow to `capacity` tokens (subclasses keep their own per-token buffers). */
  protected grown(capacity: number): void {
    void capacity;
  }

  /** Takes note of new transition scores in `trans`. */
  transitionsSet(): void {
    const T = this.openFrom;
    copyBlock(this.trans, T, false);
    let max = -Infinity;
    let min = Infinity;
    for (let j = 0; j < C * C; j++) {
      max = Math.max(max, T[j]!);
      min = Math.min(min, T[j]!);
    }
    this.openLead = max - min + 1e-9 * (1 + Math.abs(max) + Math.abs(min));
  }

  /**
   * The transition potentials of {@link marginals}: `exp((score − max) / temperature)`.
   * They depend on the transition weights alone, so they are computed once per document
   * (the weights do not change while a document is decoded without training), not once per
   * sentence: that was 289 `Math.exp` calls per sentence, as many as its emissions take.
   */
  expTransitions(temperature: number): void {
    const { trans, transExp: tr } = this;
    let tmax = -Infinity;
    for (let j = 0; j < K * K; j++) tmax = Math.max(tmax, trans[j]!);
    const inv = 1 / temperature;
    for (let j = 0; j < K * K; j++) tr[j] = Math.exp((trans[j]! - tmax) * inv);
    copyBlock(tr, this.openFromExp, false);
    copyBlock(tr, this.closedToExp, true);
  }

  /** Best valid tag sequence of `n` tokens (scores in `emit`) into `out[at, at + n)`. */
  viterbi(n: number, out: Uint8Array, at: number): void {
    const { emit, delta, back, trans } = this;
    const first = START[n === 1 ? 1 : 0]!;
    for (let t = 0; t < K; t++) {
      delta[t] = (first[t] === 1 ? trans[TAG_O * K + t]! : -Infinity) + emit[t]!;
      back[t] = 0;
    }
    for (let i = 1; i < n; i++) this.viterbiStep(i, i === n - 1);
    let tag = 0;
    for (let t = 1; t < K; t++) if (delta[(n - 1) * K + t]! > delta[(n - 1) * K + tag]!) tag = t;
    for (let i = n - 1; i >= 0; i--) {
      out[at + i] = tag;
      tag = back[i * K + tag]!;
    }
  }

  /**
   * One Viterbi step into token `i`: for each tag the best predecessor (the first of the
   * best in ascending tag order) and its score; tags that cannot stand there get −∞ and
   * predecessor 0, as an empty predecessor list gives.
   *
   * The openers' predecessors are the nine closed tags. Mostly one of them (`O`, after a
   * word that is plainly no name) is ahead of the others by more than the transition
   * scores can make up: then it is every opener's best predecessor, the only one of the
   * nine whose sum is the largest, and the 9 × 9 comparisons are skipped (96 % of the
   * steps over the bench documents). The margin ({@link openLead}, and a part relative to
   * the scores here) keeps this exact: the sums passed over are smaller by far more than
   * their rounding error, so the full comparison could not have chosen another one, even
   * by a tie.
   */
  private viterbiStep(i: number, last: boolean): void {
    const { emit, delta, back, trans, openFrom: T } = this;
    const prev = (i - 1) * K;
    const row = i * K;
    // the previous token's scores at the closed tags (CLOSED order)
    const c0 = delta[prev]!, c1 = delta[prev + 3]!, c2 = delta[prev + 4]!, c3 = delta[prev + 7]!, c4 = delta[prev + 8]!;
    const c5 = delta[prev + 11]!, c6 = delta[prev + 12]!, c7 = delta[prev + 15]!, c8 = delta[prev + 16]!;
    // the best of them (the first of the best, by index in CLOSED) and the runner-up's score
    let lead = 0, top = c0, second = -Infinity;
    if (c1 > top) { second = top; top = c1; lead = 1; } else if (c1 > second) second = c1;
    if (c2 > top) { second = top; top = c2; lead = 2; } else if (c2 > second) second = c2;
    if (c3 > top) { second = top; top = c3; lead = 3; } else if (c3 > second) second = c3;
    if (c4 > top) { second = top; top = c4; lead = 4; } else if (c4 > second) second = c4;
    if (c5 > top) { second = top; top = c5; lead = 5; } else if (c5 > second) second = c5;
    if (c6 > top) { second = top; top = c6; lead = 6; } else if (c6 > second) second = c6;
    if (c7 > top) { second = top; top = c7; lead = 7; } else if (c7 > second) second = c7;
    if (c8 > top) { second = top; top = c8; lead = 8; } else if (c8 > second) second = c8;
    // (when all nine are −∞, −∞ − −∞ is NaN, which is not ahead: the full comparison runs)
    if (top - second > this.openLead + 1e-9 * Math.abs(top)) {
      const arg = CLOSED[lead]!;
      for (let m = 0; m < C; m++) {
        const t = OPENERS[m]!;
        const open = !last || (m & 1) === 0;
        delta[row + t] = (open ? top + T[m * C + lead]! : -Infinity) + emit[row + t]!;
        back[row + t] = open ? arg : 0;
      }
    } else {
      this.openersFrom(row, last, c0, c1, c2, c3, c4, c5, c6, c7, c8);
    }
    for (let x = 0; x < TYPES; x++) {
      const b = 1 + 4 * x;
      const dB = delta[prev + b]!;
      const dI = delta[prev + b + 1]!;
      for (let t = b + 1; t <= b + 2; t++) {
        let best = -Infinity;
        let arg = 0;
        if (!last || t === b + 2) {
          const vB = dB + trans[b * K + t]!;
          if (vB > best) {
            best = vB;
            arg = b;
          }
          const vI = dI + trans[(b + 1) * K + t]!;
          if (vI > best) {
            best = vI;
            arg = b + 1;
          }
        }
        delta[row + t] = best + emit[row + t]!;
        back[row + t] = arg;
      }
    }
  }

  /** The openers of the Viterbi step into `row`, each from the best of the closed tags' scores `c0 … c8` (CLOSED order). */
  private openersFrom(row: number, last: boolean, c0: number, c1: number, c2: number, c3: number, c4: number, c5: number, c6: number, c7: number, c8: number): void {
    const { emit, delta, back, openFrom: T } = this;
    for (let m = 0; m < C; m++) {
      const t = OPENERS[m]!;
      let best = -Infinity;
      let arg = 0;
      if (!last || (m & 1) === 0) {
        // the first best closed predecessor, in CLOSED order
        const base = m * C;
        let v = c0 + T[base]!;
        if (v > best) { best = v; arg = 0; }
        v = c1 + T[base + 1]!;
        if (v > best) { best = v; arg = 3; }
        v = c2 + T[base + 2]!;
        if (v > best) { best = v; arg = 4; }
        v = c3 + T[base + 3]!;
        if (v > best) { best = v; arg = 7; }
        v = c4 + T[base + 4]!;
        if (v > best) { best = v; arg = 8; }
        v = c5 + T[base + 5]!;
        if (v > best) { best = v; arg = 11; }
        v = c6 + T[base + 6]!;
        if (v > best) { best = v; arg = 12; }
        v = c7 + T[base + 7]!;
        if (v > best) { best = v; arg = 15; }
        v = c8 + T[base + 8]!;
        if (v > best) { best = v; arg = 16; }
      }
      delta[row + t] = best + emit[row + t]!;
      back[row + t] = arg;
    }
  }

  /**
   * Marginal probability of each chosen tag (forward-backward over valid sequences, scores
   * divided by `temperature` read as log-potentials), in probability space with per-step
   * scaling. The temperature is fitted on dev at training time so that the probabilities
   * are roughly calibrated (perceptron margins alone are overconfident). Reads the
   * transition potentials {@link expTransitions} left in `transExp`.
   *
   * Only the tokens `[from, to]` get a confidence: the forward pass stops at `to` and the
   * backward pass at `from` (each step depends only on the steps before it in its own
   * direction, so the values there are the same as over the whole sentence).
   */
  marginals(n: number, tags: Uint8Array, at: number, out: Float32Array, temperature: number, from = 0, to = n - 1): void {
    const { emit, emitExp: ex, delta: alpha, beta, transExp: tr } = this;
    const inv = 1 / temperature;
    for (let i = 0; i < n; i++) {
      const row = i * K;
      let emax = -Infinity;
      for (let t = 0; t < K; t++) emax = Math.max(emax, emit[row + t]!);
      for (let t = 0; t < K; t++) ex[row + t] = cachedExp((emit[row + t]! - emax) * inv);
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
      this.forwardStep(i, i === n - 1);
      normalize(alpha, i * K, rowSum(alpha, i * K));
    }
    // backward, scaled the same way
    for (let t = 0; t < K; t++) beta[(n - 1) * K + t] = 1;
    for (let i = n - 2; i >= from; i--) {
      this.backwardStep(i, i + 1 === n - 1);
      normalize(beta, i * K, rowSum(beta, i * K));
    }
    for (let i = from; i <= to; i++) {
      const row = i * K;
      let z = 0;
      for (let t = 0; t < K; t++) z += alpha[row + t]! * beta[row + t]!;
      const chosen = tags[at + i]!;
      out[at + i] = z > 0 ? (alpha[row + chosen]! * beta[row + chosen]!) / z : 0;
    }
  }

  /** Unnormalized forward values of token `i`: for each tag, Σ over its predecessors `p` (ascending) of α(p) · T(p → tag), times its emission. */
  private forwardStep(i: number, last: boolean): void {
    const { emitExp: ex, delta: alpha, transExp: tr, openFromExp: T } = this;
    const prev = (i - 1) * K;
    const row = i * K;
    // the previous token's values at the closed tags (CLOSED order)
    const c0 = alpha[prev]!, c1 = alpha[prev + 3]!, c2 = alpha[prev + 4]!, c3 = alpha[prev + 7]!, c4 = alpha[prev + 8]!;
    const c5 = alpha[prev + 11]!, c6 = alpha[prev + 12]!, c7 = alpha[prev + 15]!, c8 = alpha[prev + 16]!;
    for (let m = 0; m < C; m++) {
      let v = 0;
      if (!last || (m & 1) === 0) {
        const base = m * C;
        v += c0 * T[base]!;
        v += c1 * T[base + 1]!;
        v += c2 * T[base + 2]!;
        v += c3 * T[base + 3]!;
        v += c4 * T[base + 4]!;
        v += c5 * T[base + 5]!;
        v += c6 * T[base + 6]!;
        v += c7 * T[base + 7]!;
        v += c8 * T[base + 8]!;
      }
      const t = OPENERS[m]!;
      alpha[row + t] = v * ex[row + t]!;
    }
    for (let x = 0; x < TYPES; x++) {
      const b = 1 + 4 * x;
      const aB = alpha[prev + b]!;
      const aI = alpha[prev + b + 1]!;
      for (let t = b + 1; t <= b + 2; t++) {
        let v = 0;
        if (!last || t === b + 2) {
          v += aB * tr[b * K + t]!;
          v += aI * tr[(b + 1) * K + t]!;
        }
        alpha[row + t] = v * ex[row + t]!;
      }
    }
  }

  /** Unnormalized backward values of token `i`: for each tag `p`, Σ over its successors `t` (ascending) of T(p → t) · e(t) · β(t) at token `i + 1`. */
  private backwardStep(i: number, nextLast: boolean): void {
    const { emitExp: ex, beta, transExp: tr, closedToExp: T } = this;
    const row = i * K;
    const next = (i + 1) * K;
    // the next token's emission potentials and backward values at the openers (OPENERS order)
    const e0 = ex[next]!, e1 = ex[next + 1]!, e2 = ex[next + 4]!, e3 = ex[next + 5]!, e4 = ex[next + 8]!;
    const e5 = ex[next + 9]!, e6 = ex[next + 12]!, e7 = ex[next + 13]!, e8 = ex[next + 16]!;
    const b0 = beta[next]!, b1 = beta[next + 1]!, b2 = beta[next + 4]!, b3 = beta[next + 5]!, b4 = beta[next + 8]!;
    const b5 = beta[next + 9]!, b6 = beta[next + 12]!, b7 = beta[next + 13]!, b8 = beta[next + 16]!;
    for (let j = 0; j < C; j++) {
      const base = j * C;
      let v = 0;
      v += T[base]! * e0 * b0;
      // at a last token only closing tags stand: no B (the odd openers)
      if (!nextLast) v += T[base + 1]! * e1 * b1;
      v += T[base + 2]! * e2 * b2;
      if (!nextLast) v += T[base + 3]! * e3 * b3;
      v += T[base + 4]! * e4 * b4;
      if (!nextLast) v += T[base + 5]! * e5 * b5;
      v += T[base + 6]! * e6 * b6;
      if (!nextLast) v += T[base + 7]! * e7 * b7;
      v += T[base + 8]! * e8 * b8;
      beta[row + CLOSED[j]!] = v;
    }
    for (let x = 0; x < TYPES; x++) {
      const b = 1 + 4 * x;
      for (let p = b; p <= b + 1; p++) {
        let v = 0;
        if (!nextLast) v += tr[p * K + b + 1]! * ex[next + b + 1]! * beta[next + b + 1]!;
        v += tr[p * K + b + 2]! * ex[next + b + 2]! * beta[next + b + 2]!;
        beta[row + p] = v;
      }
    }
  }
}

/** Copies the closed → opener block of a `TAG_COUNT`² table, by opener then closed tag (or by closed tag then opener). */
function copyBlock(table: Float64Array, into: Float64Array, byClosed: boolean): void {
  for (let m = 0; m < C; m++) {
    for (let j = 0; j < C; j++) into[byClosed ? j * C + m : m * C + j] = table[CLOSED[j]! * K + OPENERS[m]!]!;
  }
}

/** Sum of the `TAG_COUNT` values at `row`, in tag order. */
function rowSum(values: Float64Array, row: number): number {
  let sum = 0;
  for (let t = 0; t < K; t++) sum += values[row + t]!;
  return sum;
}

/** Divides the `TAG_COUNT` values at `row` by their `sum` (leaves zeros when it is 0). */
function normalize(values: Float64Array, row: number, sum: number): void {
  const norm = sum > 0 ? 1 / sum : 0;
  for (let t = 0; t < K; t++) values[row + t] = values[row + t]! * norm;
}
