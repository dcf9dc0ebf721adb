/**
 * @module stages/quotes/model/weights — the shipped attribution model: two quantized tables and their file.
 *
 * The model has two weight tables over hashed features (features.ts): the **cue table**
 * (3 classes: O, B-CUE, I-CUE) and the **span table** (5 classes: one per span boundary,
 * content start, content end, source start, source end, and one scoring whole content
 * pairs). Averaged perceptron weights are
 * quantized to 8-bit integers with one scale per table, set by a high quantile of the
 * magnitudes: a handful of bias-like weights grow far larger than the rest and are clipped
 * rather than flattening every other weight to zero. Small tables keep the scoring in cache
 * (`spanBits` 17 is 512 KB). On disk
 * (`data/models/attribution.bin`, gzip) only rows with a non-zero weight are written:
 *
 * ```
 * "PATT" · u32 header length · header JSON (AttributionMeta)
 * per table (cue, then span): u32 rows · u32 row-id deltas[rows] · int8 weights[rows × classes]
 * u32 anchors · u32 anchor word hashes[anchors] (ascending)
 * ```
 * Integers little-endian; the bytes are a function of the weights alone, so re-training
 * with the same data and seed writes the same file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataDir } from '../../../util/paths.js';
import type { Scorer } from '../../entities/ner/perceptron.js';
import { FEATURE_VERSION } from './features.js';

/** Format tag written in the header. */
export const ATTRIBUTION_FORMAT = 'parley-attribution/1';

/** Quantile of the non-zero weight magnitudes that maps to 127 (the rare larger ones are clipped). */
export const CLIP_QUANTILE = 0.999;

/** Classes of the cue table. */
export const CUE_CLASSES = 3;
/** Classes of the span table: content start, content end, source start, source end, content pair. */
export const SPAN_CLASSES = 5;

/** The header of a model file. */
export interface AttributionMeta {
  readonly format: typeof ATTRIBUTION_FORMAT;
  readonly featureVersion: number;
  /** Hash-table sizes: `2^cueBits` and `2^spanBits` rows. */
  readonly cueBits: number;
  readonly spanBits: number;
  /** A stored integer times the scale is the weight. */
  readonly cueScale: number;
  readonly spanScale: number;
  /** Added to the O score of the cue tagger (tuned on dev; positive = fewer cues). */
  readonly cueBias: number;
  /** The same for tokens whose cue the rules read (they need less evidence). */
  readonly ruleCueBias: number;
  /**
   * Fewest words a content the span picker chose may have (tuned on dev; absent in older
   * files: 1): a pick of one or two words (`basically`, `them`, `in detail`) matches a gold
   * content far less often than a longer one.
   */
  readonly minWords?: number;
  /** How it was trained: corpus, epochs, seed, dev figures. */
  readonly training: Readonly<Record<string, string | number>>;
}

/** One quantized table, scored like the training perceptron. */
export class QuantizedTable implements Scorer {
  readonly classes: number;
  readonly bits: number;
  readonly scale: number;
  readonly weights: Int8Array;
  private readonly mask: number;

  constructor(weights: Int8Array, bits: number, classes: number, scale: number) {
    if (weights.length !== (1 << bits) * classes) throw new Error(`attribution weights: expected ${(1 << bits) * classes}, got ${weights.length}`);
    this.weights = weights;
    this.bits = bits;
    this.classes = classes;
    this.scale = scale;
    this.mask = (1 << bits) - 1;
  }

  /**
   * Sums the rows of `features[from, to)` and scales them. The shipped tables' class
   * counts (3 and 5) have their own loops, summing in integers held in registers (the
   * generic loop read and wrote `out` for every weight; the tables are scored thousands of
   * times per document). The sums are exact integers either way, so the scores are the same.
   */
  score(features: Int32Array, from: number, to: number, out: Float64Array): void {
    if (this.classes === 3) return this.score3(features, from, to, out);
    if (this.classes === 5) return this.score5(features, from, to, out);
    const k = this.classes;
    const w = this.weights;
    out.fill(0, 0, k);
    for (let f = from; f < to; f++) {
      const row = (features[f]! & this.mask) * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c]!;
    }
    for (let c = 0; c < k; c++) out[c] *= this.scale;
  }

  private score3(features: Int32Array, from: number, to: number, out: Float64Array): void {
    const w = this.weights;
    const mask = this.mask;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = from; f < to; f++) {
      const row = (features[f]! & mask) * 3;
      a += w[row]!;
      b += w[row + 1]!;
      c += w[row + 2]!;
    }
    const s = this.scale;
    out[0] = a * s;
    out[1] = b * s;
    out[2] = c * s;
  }

  private score5(features: Int32Array, from: number, to: number, out: Float64Array): void {
    const w = this.weights;
    const mask = this.mask;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let e = 0;
    for (let f = from; f < to; f++) {
      const row = (features[f]! & mask) * 5;
      a += w[row]!;
      b += w[row + 1]!;
      c += w[row + 2]!;
      d += w[row + 3]!;
      e += w[row + 4]!;
    }
    const s = this.scale;
    out[0] = a * s;
    out[1] = b * s;
    out[2] = c * s;
    out[3] = d * s;
    out[4] = e * s;
  }

  /** Quantizes float weights to 8 bits; the scale puts the {@link CLIP_QUANTILE} quantile of the magnitudes at 127 and clips the few above. */
  static quantize(weights: Float32Array, bits: number, classes: number): QuantizedTable {
    const magnitudes: number[] = [];
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) magnitudes.push(Math.abs(weights[i]!));
    magnitudes.sort((a, b) => a - b);
    const top = magnitudes.length === 0 ? 0 : magnitudes[Math.min(magnitudes.length - 1, Math.floor(CLIP_QUANTILE * magnitudes.length))]!;
    const scale = top > 0 ? top / 127 : 1;
    const q = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
    return new QuantizedTable(q, bits, classes, scale);
  }
}

/** A loaded model. */
export interface AttributionModel {
  readonly meta: AttributionMeta;
  readonly cue: Scorer;
  readonly span: Scorer;
  /** Hashes of the lower-case words that anchored a cue in training: the only words the tagger scores (besides lexicon cues). */
  readonly anchors: ReadonlySet<number>;
}

/** Where the shipped model lives. */
export function defaultModelFile(): string {
  return path.join(dataDir('models'), 'attribution.bin');
}

/** The shipped model once loaded (`loadAttributionModel` without a file: resolving the path cost more per document than the rest of the lookup). */
let shipped: AttributionModel | null | undefined;

const MAGIC = 'PATT';

function assertLittleEndian(): void {
  if (os.endianness() !== 'LE') throw new Error('attribution model files are little-endian; this host is not');
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function encodeTable(t: QuantizedTable): Buffer[] {
  const k = t.classes;
  const rows: number[] = [];
  for (let r = 0, base = 0; base < t.weights.length; r++, base += k) {
    for (let c = 0; c < k; c++) {
      if (t.weights[base + c] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  const deltas = new Uint32Array(rows.length);
  rows.forEach((r, i) => { deltas[i] = i === 0 ? r : r - rows[i - 1]!; });
  const packed = new Int8Array(rows.length * k);
  rows.forEach((r, i) => packed.set(t.weights.subarray(r * k, (r + 1) * k), i * k));
  return [u32(rows.length), Buffer.from(deltas.buffer), Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)];
}

/** Serializes a model whose tables are quantized (gzip'd bytes). */
export function encodeModel(meta: AttributionMeta, cue: QuantizedTable, span: QuantizedTable, anchors: ReadonlySet<number>): Buffer {
  assertLittleEndian();
  const header = Buffer.from(JSON.stringify(meta), 'utf8');
  const words = Uint32Array.from([...anchors].map((h) => h >>> 0)).sort();
  return gzipSync(Buffer.concat([
    Buffer.from(MAGIC, 'ascii'), u32(header.length), header, ...encodeTable(cue), ...encodeTable(span), u32(words.length), Buffer.from(words.buffer),
  ]), { level: 9 });
}

function decodeTable(raw: Buffer, at: number, bits: number, classes: number, scale: number): { table: QuantizedTable; at: number } {
  const rows = raw.readUInt32LE(at);
  at += 4;
  if (at + rows * (4 + classes) > raw.length) throw new Error('attribution model file is truncated');
  const deltas = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) deltas[i] = raw.readUInt32LE(at + 4 * i);
  at += rows * 4;
  const weights = new Int8Array((1 << bits) * classes);
  let row = 0;
  for (let i = 0; i < rows; i++) {
    row += deltas[i]!;
    for (let c = 0; c < classes; c++) weights[row * classes + c] = raw.readInt8(at + i * classes + c);
  }
  at += rows * classes;
  return { table: new QuantizedTable(weights, bits, classes, scale), at };
}

/** Parses bytes written by {@link encodeModel}. */
export function decodeModel(bytes: Buffer): AttributionModel {
  assertLittleEndian();
  const raw = gunzipSync(bytes);
  if (raw.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a Parley attribution model (bad magic)');
  const headerLength = raw.readUInt32LE(4);
  const meta = JSON.parse(raw.toString('utf8', 8, 8 + headerLength)) as AttributionMeta;
  if (meta.format !== ATTRIBUTION_FORMAT) throw new Error(`unsupported attribution model format "${meta.format}"`);
  if (meta.featureVersion !== FEATURE_VERSION) throw new Error(`attribution model features v${meta.featureVersion}, code expects v${FEATURE_VERSION}: retrain with npm run train:attribution`);
  const cue = decodeTable(raw, 8 + headerLength, meta.cueBits, CUE_CLASSES, meta.cueScale);
  const span = decodeTable(raw, cue.at, meta.spanBits, SPAN_CLASSES, meta.spanScale);
  const count = raw.readUInt32LE(span.at);
  if (span.at + 4 + 4 * count > raw.length) throw new Error('attribution model file is truncated');
  const anchors = new Set<number>();
  for (let i = 0; i < count; i++) anchors.add(raw.readUInt32LE(span.at + 4 + 4 * i) | 0);
  return { meta, cue: cue.table, span: span.table, anchors };
}

/** Writes a model file (creating its folder); returns its size in bytes. */
export function saveModel(file: string, meta: AttributionMeta, cue: QuantizedTable, span: QuantizedTable, anchors: ReadonlySet<number>): number {
  const bytes = encodeModel(meta, cue, span, anchors);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes.length;
}

const loaded = new Map<string, AttributionModel | null>();

/**
 * The model in `file`, loaded once per process; null when the file is missing (the
 * quotes stage then runs its rules alone).
 */
export function loadAttributionModel(file?: string): AttributionModel | null {
  if (file === undefined) return (shipped ??= loadAttributionModel(defaultModelFile()));
  let model = loaded.get(file);
  if (model === undefined) {
    model = fs.existsSync(file) ? decodeModel(fs.readFileSync(file)) : null;
    loaded.set(file, model);
  }
  return model;
}
