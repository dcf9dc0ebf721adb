/**
 * @module stages/entities/ner/model — the shipped tagger model: quantized weights, gazetteer, file format.
 *
 * The averaged weights are quantized to 8- or 16-bit integers with one scale. On disk
 * (`data/models/ner.bin`, gzip) only the rows that have a non-zero weight are written:
 *
 * ```
 * "PNER" · u32 header length · header JSON (ModelMeta)
 * u32 rows · u32 row-id deltas[rows] · int8|int16 weights[rows × classes]
 * u32 gazetteer entries · u32 [key, type mask][entries]
 * ```
 * All integers little-endian (typed arrays are written as they are in memory, so a
 * big-endian host is refused). The output is a function of the weights alone (no dates),
 * so re-training with the same data and seed writes the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION, partSums, type PartScorer } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { Scorer } from './perceptron.js';
import { NER_TYPES, TAG_COUNT } from './tags.js';
import { WordTable } from './word-table.js';

/** Format tag written in the header. */
export const MODEL_FORMAT = 'parley-ner/1';

/** The header of a model file. */
export interface ModelMeta {
  readonly format: typeof MODEL_FORMAT;
  /** Feature-hash table size is `2^bits` rows. */
  readonly bits: number;
  readonly classes: number;
  readonly types: readonly string[];
  /** Bits per stored weight. */
  readonly precision: 8 | 16;
  /** A stored integer times `scale` is the weight. */
  readonly scale: number;
  /** Divides scores before they are read as probabilities (fitted on dev; decode.ts). */
  readonly temperature: number;
  /** Version of the feature templates the weights belong to (features.ts). */
  readonly featureVersion: number;
  /** How it was trained: corpus, epochs, seed, dev F1, … */
  readonly training: Readonly<Record<string, string | number>>;
}

/** Where the shipped model lives (`data/models/ner.bin` at the repository root). */
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../../../../../data/models/ner.bin', import.meta.url));

const MAGIC = 'PNER';

function assertLittleEndian(): void {
  if (os.endianness() !== 'LE') throw new Error('NER model files are little-endian; this host is not');
}

/** A copy of `model` with another temperature (shares the weights). */
export function withTemperature(model: NerModel, temperature: number): NerModel {
  return new NerModel({ ...model.meta, temperature }, model.rows, model.gazetteer);
}

/**
 * Number of set bits of a 32-bit integer (the classic SWAR count: JavaScript has no
 * population-count instruction to call).
 */
export function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The non-zero rows of a dense weight table, found by rank in a bit set. The dense table
 * (2^bits rows) is several megabytes and every feature lookup in it is a cache miss; the
 * packed rows of a trained model (tens of thousands) are a fraction of that. Their row
 * ids are ascending, so the weights of row `r` are the `rank(r)`-th packed row, where
 * `rank(r)` is the number of rows held below `r`. The bit set answers both questions a
 * lookup asks, from one place: one bit per dense row, and per 32-bit word the number of
 * rows held in the words before it, side by side (128 KiB for 2^19 rows, which stays in
 * a core's cache). Most features a token looks up have no row (four in five lower-form
 * bigrams) and cost that one read; a held row costs a count of the bits below it in its
 * word and the read of its weights, with no hash table to probe in between. Scores are
 * identical.
 */
export class PackedRows {
  /**
   * Per 32-bit word `w` of the bit set: `[2w]` its bits (bit `r & 31` of word `r >>> 5`
   * for row `r`), `[2w + 1]` the number of rows held in words `0 … w − 1`.
   */
  private readonly ranks: Int32Array;
  private readonly packed: Int8Array | Int16Array;
  private readonly rowMask: number;
  private readonly classes: number;
  /** Integer accumulator, one per class. */
  private readonly acc: Int32Array;

  /** Row ids (ascending) of the rows in `packed`, `classes` weights each. */
  readonly rowIds: Uint32Array;
  readonly bits: number;

  /** `packed` holds the weights of rows `rowIds` (strictly ascending, below 2^bits), `classes` each. */
  constructor(rowIds: Uint32Array, packed: Int8Array | Int16Array, classes: number, bits: number) {
    this.rowIds = rowIds;
    this.bits = bits;
    this.packed = packed;
    this.rowMask = (1 << bits) - 1;
    this.classes = classes;
    this.acc = new Int32Array(classes);
    const words = Math.max(1, (1 << bits) >>> 5);
    const ranks = new Int32Array(2 * words);
    rowIds.forEach((r, i) => {
      if (r > this.rowMask || (i > 0 && r <= rowIds[i - 1]!)) throw new Error(`model rows: row ${r} at ${i} is out of order or beyond 2^${bits}`);
      ranks[2 * (r >>> 5)]! |= 1 << (r & 31);
    });
    for (let w = 1; w < words; w++) ranks[2 * w + 1] = ranks[2 * w - 1]! + popCount(ranks[2 * w - 2]!);
    this.ranks = ranks;
  }

  /** The non-zero rows of a dense table. */
  static fromDense(weights: Int8Array | Int16Array, classes: number, bits: number): PackedRows {
    const rows = nonZeroRows(weights, classes);
    const packed = weights instanceof Int8Array ? new Int8Array(rows.length * classes) : new Int16Array(rows.length * classes);
    rows.forEach((r, i) => packed.set(weights.subarray(r * classes, (r + 1) * classes), i * classes));
    return new PackedRows(Uint32Array.from(rows), packed, classes, bits);
  }

  /** The dense table again (2^bits rows; for training tools and the file writer). */
  toDense(): Int8Array | Int16Array {
    const k = this.classes;
    const dense = this.packed instanceof Int8Array ? new Int8Array((1 << this.bits) * k) : new Int16Array((1 << this.bits) * k);
    this.rowIds.forEach((r, i) => dense.set(this.packed.subarray(i * k, (i + 1) * k), r * k));
    return dense;
  }

  score(features: Int32Array, from: number, to: number, out: Float64Array, scale: number): void {
    const k = this.classes;
    const acc = this.acc;
    acc.fill(0);
    this.addInt(features, from, to, acc);
    for (let c = 0; c < k; c++) out[c] = acc[c]! * scale;
  }

  /** Adds the integer weights of `features[from, to)` to `acc[at, at + classes)`. */
  addInt(features: Int32Array, from: number, to: number, acc: Int32Array, at = 0): void {
    const k = this.classes;
    const { ranks, packed, rowMask } = this;
    for (let f = from; f < to; f++) {
      const row = features[f]! & rowMask;
      const word = 2 * (row >>> 5);
      const bits = ranks[word]!;
      const shift = row & 31;
      if ((bits & (1 << shift)) === 0) continue;
      // the rows held below this one: those of the words before, and this word's lower bits
      const weights = (ranks[word + 1]! + popCount(bits & ~(-1 << shift))) * k;
      for (let c = 0; c < k; c++) acc[at + c] += packed[weights + c]!;
    }
  }
}

/** A loaded model: scores features with its integer weights. */
export class NerModel implements Scorer, PartScorer {
  readonly meta: ModelMeta;
  readonly classes: number;
  readonly gazetteer: Gazetteer;
  /** The weights; a loaded model keeps only these (the dense table is 8.5 MiB). */
  readonly rows: PackedRows;
  private dense: Int8Array | Int16Array | null;
  private table: WordTable | null = null;

  /** `weights`: the packed rows, or a dense table of 2^bits rows (packed here). */
  constructor(meta: ModelMeta, weights: PackedRows | Int8Array | Int16Array, gazetteer: Gazetteer) {
    this.meta = meta;
    this.classes = meta.classes;
    this.gazetteer = gazetteer;
    if (weights instanceof PackedRows) {
      this.rows = weights;
      this.dense = null;
    } else {
      if (weights.length !== (1 << meta.bits) * meta.classes) throw new Error(`model weights: expected ${(1 << meta.bits) * meta.classes}, got ${weights.length}`);
      this.rows = PackedRows.fromDense(weights, meta.classes, meta.bits);
      this.dense = weights;
    }
  }

  /** The dense weight table (rebuilt from the packed rows when the model was loaded from a file). */
  get weights(): Int8Array | Int16Array {
    return (this.dense ??= this.rows.toDense());
  }

  /**
   * The word types this model has tagged, with their part sums under its weights
   * (word-table.ts; one table per model, filled as documents are tagged).
   */
  get types(): WordTable {
    return (this.table ??= new WordTable(this.classes, (w, out, at) => partSums(this, w, out, at), this.meta.precision !== 8));
  }

  score(features: Int32Array, from: number, to: number, out: Float64Array): void {
    this.rows.score(features, from, to, out, this.meta.scale);
  }

  addInt(features: Int32Array, from: number, to: number, acc: Int32Array, at = 0): void {
    this.rows.addInt(features, from, to, acc, at);
  }
}

/** Quantizes float weights into a model. */
export function quantize(weights: Float32Array, bits: number, precision: 8 | 16, gazetteer: Gazetteer, training: ModelMeta['training'], temperature = 1): NerModel {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const levels = precision === 8 ? 127 : 32767;
  const scale = max > 0 ? max / levels : 1;
  const q = precision === 8 ? new Int8Array(weights.length) : new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale);
  const meta: ModelMeta = { format: MODEL_FORMAT, bits, classes: TAG_COUNT, types: [...NER_TYPES], precision, scale, temperature, featureVersion: FEATURE_VERSION, training };
  return new NerModel(meta, q, gazetteer);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function nonZeroRows(weights: Int8Array | Int16Array, classes: number): number[] {
  const rows: number[] = [];
  for (let r = 0, base = 0; base < weights.length; r++, base += classes) {
    for (let c = 0; c < classes; c++) {
      if (weights[base + c] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}

/** Serializes a model (gzip'd bytes). */
export function encodeModel(model: NerModel): Buffer {
  assertLittleEndian();
  const { classes } = model;
  const header = Buffer.from(JSON.stringify(model.meta), 'utf8');
  const rows = nonZeroRows(model.weights, classes);
  const deltas = new Uint32Array(rows.length);
  rows.forEach((r, i) => { deltas[i] = i === 0 ? r : r - rows[i - 1]!; });
  const packed = model.meta.precision === 8 ? new Int8Array(rows.length * classes) : new Int16Array(rows.length * classes);
  rows.forEach((r, i) => packed.set(model.weights.subarray(r * classes, (r + 1) * classes), i * classes));
  const gaz = model.gazetteer.toPairs();
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'ascii'), u32(header.length), header,
    u32(rows.length), Buffer.from(deltas.buffer), Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength),
    u32(gaz.length / 2), Buffer.from(gaz.buffer),
  ]);
  return gzipSync(raw, { level: 9 });
}

/** Reads `n` bytes at `at` into a fresh, aligned ArrayBuffer. */
function slice(raw: Buffer, at: number, n: number): ArrayBuffer {
  if (at + n > raw.length) throw new Error('model file is truncated');
  const out = new ArrayBuffer(n);
  new Uint8Array(out).set(raw.subarray(at, at + n));
  return out;
}

/** Parses bytes written by {@link encodeModel}. */
export function decodeModel(bytes: Buffer): NerModel {
  assertLittleEndian();
  const raw = gunzipSync(bytes);
  if (raw.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a Parley NER model (bad magic)');
  let at = 4;
  const headerLength = raw.readUInt32LE(at);
  const meta = JSON.parse(raw.toString('utf8', at + 4, at + 4 + headerLength)) as ModelMeta;
  at += 4 + headerLength;
  if (meta.format !== MODEL_FORMAT) throw new Error(`unsupported model format "${meta.format}"`);
  if (meta.featureVersion !== FEATURE_VERSION) throw new Error(`model features v${meta.featureVersion}, code expects v${FEATURE_VERSION}: retrain with npm run train:ner`);
  const { classes } = meta;
  const rows = raw.readUInt32LE(at);
  at += 4;
  const deltas = new Uint32Array(slice(raw, at, rows * 4));
  at += rows * 4;
  const width = meta.precision === 8 ? 1 : 2;
  const packedBuffer = slice(raw, at, rows * classes * width);
  at += rows * classes * width;
  const packed = meta.precision === 8 ? new Int8Array(packedBuffer) : new Int16Array(packedBuffer);
  const rowIds = new Uint32Array(rows);
  let row = 0;
  for (let i = 0; i < rows; i++) {
    row += deltas[i]!;
    rowIds[i] = row;
  }
  const entries = raw.readUInt32LE(at);
  at += 4;
  const gazetteer = Gazetteer.fromPairs(new Uint32Array(slice(raw, at, entries * 8)));
  return new NerModel(meta, new PackedRows(rowIds, packed, classes, meta.bits), gazetteer);
}

/** Writes a model file (creating its folder). */
export function saveModel(model: NerModel, file: string = DEFAULT_MODEL_FILE): number {
  const bytes = encodeModel(model);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes.length;
}

const loaded = new Map<string, NerModel>();

/** Loads a model file once per process (later calls return the same model). */
export function loadModel(file: string = DEFAULT_MODEL_FILE): NerModel {
  let model = loaded.get(file);
  if (model === undefined) {
    if (!fs.existsSync(file)) throw new Error(`NER model ${file} is missing: run npm run train:ner`);
    model = decodeModel(fs.readFileSync(file));
    loaded.set(file, model);
  }
  return model;
}
