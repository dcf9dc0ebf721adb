/**
 * @module corpus/near-duplicates — syndicated copies found with shingles, MinHash and LSH.
 *
 * A text becomes the set of its 5-word shingles (lower-cased letters and digits only, so
 * punctuation and typography changes do not matter). A one-permutation MinHash
 * sketch of 80 bins summarizes the set; 20 LSH bands of 4 bins each give the keys under
 * which the store indexes a document: a pair with Jaccard 0.6 shares a key with
 * probability 0.94 (0.7: 0.996), a pair of unrelated articles (Jaccard 0.1) 0.002. Two texts sharing one key are candidates; a
 * candidate is a near duplicate when the exact containment of the shorter text's shingles
 * in the other's reaches the configured threshold (default 0.8), which catches copies
 * with a new headline or a trimmed tail that a plain Jaccard test would miss.
 */
import { wordHashes } from '../util/words.js';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
const BANDS = 20;
const ROWS = 4;
const BINS = BANDS * ROWS;
/** Texts with fewer shingles than this are too short to call duplicates. */
export const MIN_SHINGLES = 12;

/** Hashes of the distinct 5-word shingles of `text`. */
export function shingles(text: string): Set<number> {
  const words = wordHashes(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ words[i + k]!, 0x85ebca6b) ^ (h >>> 13);
    out.add(mix(h));
  }
  return out;
}

/**
 * The same hashes as {@link shingles}, sorted, in a typed array: no set of boxed numbers
 * (most hashes are above the small-integer range, so each set entry was a heap number).
 */
export function distinctShingles(text: string): Uint32Array {
  const words = wordHashes(text);
  const n = Math.max(0, words.length - SHINGLE_WORDS + 1);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ words[i + k]!, 0x85ebca6b) ^ (h >>> 13);
    all[i] = mix(h);
  }
  all.sort();
  let size = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i]!;
  return all.subarray(0, size);
}

/** A final avalanche so that bins and minima are evenly spread (murmur3 fmix32). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One-permutation MinHash: each shingle falls into bin `h % BINS` and each bin keeps its
 * smallest value; empty bins borrow from the next non-empty bin (rotation densification),
 * so that similar sets still agree bin by bin.
 */
export function sketch(set: Iterable<number>): Uint32Array {
  const mins = new Uint32Array(BINS).fill(0xffffffff);
  const filled = new Uint8Array(BINS);
  for (const h of set) {
    const bin = h % BINS;
    const v = mix(h ^ 0x5bd1e995);
    if (!filled[bin] || v < mins[bin]!) { mins[bin] = v; filled[bin] = 1; }
  }
  for (let i = 0; i < BINS; i++) {
    if (filled[i]) continue;
    for (let step = 1; step < BINS; step++) {
      const j = (i + step) % BINS;
      if (filled[j]) { mins[i] = mix(mins[j]! + step); break; }
    }
  }
  return mins;
}

/** The LSH keys of a sketch: one integer per band, the band number in the high bits. */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r]!, 0x01000193);
    keys.push(b * 0x100000000 + (mix(h) >>> 0));
  }
  return keys;
}

/** Share of the smaller set's shingles found in the other set. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}

/** What the store keeps of a text to find its near duplicates later. */
export interface Fingerprint {
  /** LSH keys (empty when the text is too short to compare). */
  readonly keys: readonly number[];
  /** The MinHash sketch. */
  readonly sketch: Uint32Array;
  /** Number of distinct shingles. */
  readonly size: number;
}

/** The fingerprint of a text, and its shingles for exact checks. */
export function fingerprint(text: string): { fingerprint: Fingerprint; shingles: Set<number> } {
  const set = shingles(text);
  const sig = sketch(set);
  return { fingerprint: { keys: set.size < MIN_SHINGLES ? [] : lshKeys(sig), sketch: sig, size: set.size }, shingles: set };
}

/** The fingerprint alone (what a worker sends the store), from {@link distinctShingles}: the same as {@link fingerprint}'s. */
export function fingerprintOnly(text: string): Fingerprint {
  const distinct = distinctShingles(text);
  const sig = sketch(distinct);
  return { keys: distinct.length < MIN_SHINGLES ? [] : lshKeys(sig), sketch: sig, size: distinct.length };
}

/**
 * Containment estimated from two sketches, without the texts: the share of agreeing bins
 * estimates the Jaccard index J, and |A∩B| = J(|A|+|B|)/(1+J). Cheap enough to screen
 * every candidate before the exact check.
 */
export function estimateContainment(a: Fingerprint, b: Fingerprint): number {
  let agree = 0;
  for (let i = 0; i < BINS; i++) if (a.sketch[i] === b.sketch[i]) agree++;
  const j = agree / BINS;
  const small = Math.min(a.size, b.size);
  return small === 0 ? 0 : Math.min(1, (j * (a.size + b.size)) / (1 + j) / small);
}
