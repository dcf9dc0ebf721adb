/**
 * @module stages/entities/ner/perceptron — a multiclass averaged perceptron over hashed features.
 *
 * Weights live in one dense table: feature hash `h` owns the row `h & (2^bits − 1)`, one
 * weight per class. Averaging uses the usual trick (Daumé 2006): besides the weights `w`
 * keep `u`, the updates weighted by the number `c` of instances finished before them; the
 * mean of the weights after each of `N` instances is then `w − u / N`, with no per-weight
 * timestamps.
 */

/** Anything that scores features for every class. */
export interface Scorer {
  /** Number of classes (the length of `out`). */
  readonly classes: number;
  /** Sets `out[k]` to the summed weight of `features[from, to)` for class `k`. */
  score(features: Int32Array, from: number, to: number, out: Float64Array): void;
}

/** The trainable perceptron. */
export class AveragedPerceptron implements Scorer {
  readonly bits: number;
  readonly classes: number;
  readonly weights: Float32Array;
  private readonly mask: number;
  private readonly weighted: Float64Array;
  /** Training instances seen so far. */
  private step = 0;

  constructor(bits: number, classes: number) {
    this.bits = bits;
    this.classes = classes;
    this.mask = (1 << bits) - 1;
    this.weights = new Float32Array((1 << bits) * classes);
    this.weighted = new Float64Array((1 << bits) * classes);
  }

  score(features: Int32Array, from: number, to: number, out: Float64Array): void {
    const k = this.classes;
    const w = this.weights;
    out.fill(0);
    for (let f = from; f < to; f++) {
      const row = (features[f]! & this.mask) * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c]!;
    }
  }

  /** Adds `amount` to the weight of class `cls` for every feature in `features[0, count)`. */
  add(features: Int32Array, count: number, cls: number, amount: number): void {
    const k = this.classes;
    const w = this.weights;
    const u = this.weighted;
    const c = this.step * amount;
    for (let f = 0; f < count; f++) {
      const j = (features[f]! & this.mask) * k + cls;
      w[j] += amount;
      u[j] += c;
    }
  }

  /** Moves weight from `predicted` to `gold` for every feature (nothing when equal). */
  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    if (gold === predicted) return;
    this.add(features, count, gold, 1);
    this.add(features, count, predicted, -1);
  }

  /** Advances the averaging clock by one training instance. */
  tick(): void {
    this.step++;
  }

  /** The mean of the weights after each training instance so far. */
  averaged(): Float32Array {
    const c = this.step;
    if (c === 0) return Float32Array.from(this.weights);
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i]! - this.weighted[i]! / c;
    return out;
  }
}

/** Scores with a fixed float weight table (an averaged snapshot during training). */
export class FloatScorer implements Scorer {
  readonly classes: number;
  private readonly weights: Float32Array;
  private readonly mask: number;

  constructor(weights: Float32Array, bits: number, classes: number) {
    this.weights = weights;
    this.classes = classes;
    this.mask = (1 << bits) - 1;
  }

  score(features: Int32Array, from: number, to: number, out: Float64Array): void {
    const k = this.classes;
    const w = this.weights;
    out.fill(0);
    for (let f = from; f < to; f++) {
      const row = (features[f]! & this.mask) * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c]!;
    }
  }
}
