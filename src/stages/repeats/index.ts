/**
 * @module stages/repeats — paragraphs an article repeats (CMS glitches, spun rewrites).
 *
 * Passes:
 * 1. fingerprint: each paragraph of at least 12 words becomes the hashes of its words
 *    truncated to five letters (a cheap stem; stop words dropped) and of its word bigrams;
 * 2. exact: a paragraph whose words equal an earlier one's is a repeat (kind `exact`);
 * 3. near: a paragraph that shares at least 25% of content words (Jaccard) with an earlier
 *    one, and whose Jaccard plus bigram containment (in the shorter) reaches 0.55, is a
 *    reworded repeat (kind `near`): topic words alone are not a repeat, shared phrasing is.
 * Produces a `repeat` annotation over the later copy; `value.of` is the earlier span.
 *
 * The word sets are sorted arrays of distinct hashes, shared words counted by merging two
 * of them: hash sets cost a hash probe per word and were most of the stage's time.
 */
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { Stage } from '../../pipeline/stage.js';
import { fnv1a } from '../../util/hash.js';

/** What a repeat annotation says. */
export interface RepeatValue {
  readonly of: { readonly start: number; readonly end: number };
  readonly kind: 'exact' | 'near';
  readonly similarity: number;
}

const MIN_WORDS = 12;
const NEAR_JACCARD = 0.25;
const NEAR_COMBINED = 0.55;
const STOP = new Set(('a an the of to and or in on at for with as by from into about over after before than that this these those it its ' +
  'is are was were be been being has have had will would could should can may might do does did not no but if so their there they ' +
  'them he she his her we our you your i which who whom whose what when where while also more most such').split(' '));

interface Print {
  readonly start: number;
  readonly end: number;
  /** Hash of the whole word sequence (exact repeats). */
  readonly key: number;
  readonly stems: Int32Array;
  /** The content words' stems, distinct, ascending. */
  readonly content: Int32Array;
}

export const repeatsStage: Stage = {
  name: 'repeats',
  description: 'Marks paragraphs that repeat an earlier paragraph of the same article, verbatim or reworded.',
  requires: ['paragraph'],
  produces: ['repeat'],
  run(_ctx, doc, layers) {
    const prints: Print[] = [];
    for (const p of layers.get('paragraph')) {
      const print = fingerprint(doc.text, p.start, p.end);
      if (print !== null) prints.push(print);
    }
    const out: Annotation<RepeatValue>[] = [];
    for (let i = 1; i < prints.length; i++) {
      const b = prints[i]!;
      for (let j = 0; j < i; j++) {
        const a = prints[j]!;
        const found = compare(a, b);
        if (found) {
          out.push(annotate('repeat', doc.text, b.start, b.end, { of: { start: a.start, end: a.end }, ...found }, `repeats/${found.kind}`));
          break;
        }
      }
    }
    return { repeat: out };
  },
};

function compare(a: Print, b: Print): { kind: 'exact' | 'near'; similarity: number } | null {
  if (a.key === b.key && a.stems.length === b.stems.length) return { kind: 'exact', similarity: 1 };
  // The Jaccard index is at most the smaller set's size over the larger's: most pairs
  // are decided here without reading the sets.
  if (Math.min(a.content.length, b.content.length) < NEAR_JACCARD * Math.max(a.content.length, b.content.length)) return null;
  const jaccard = overlap(a.content, b.content, 'union');
  if (jaccard < NEAR_JACCARD) return null;
  // bigrams only for the few pairs that share enough words
  const bigrams = overlap(bigramsOf(a.stems), bigramsOf(b.stems), 'smaller');
  return jaccard + bigrams >= NEAR_COMBINED ? { kind: 'near', similarity: Math.round(jaccard * 100) / 100 } : null;
}

/**
 * Hashes of each word (whole) and of its first five letters, a truncation stem that
 * matches "secure"/"securing" and "talks"/"talk" without building strings. Reads the
 * paragraph `text[start, end)` in place; a paragraph too short to compare costs no allocation.
 */
function fingerprint(text: string, start: number, end: number): Print | null {
  const n = wordAndStemHashes(text, start, end);
  if (n < MIN_WORDS) return null;
  const words = wordScratch;
  const stems = stemScratch.slice(0, n);
  let key = 0x811c9dc5;
  const content = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    key = Math.imul(key ^ words[i]!, 0x01000193);
    if (!isStopHash(words[i]!)) content[k++] = stems[i]!;
  }
  return { start, end, key: key | 0, stems, content: distinctSorted(content.subarray(0, k)) };
}

const STEM_LENGTH = 5;

/** The stop words' hashes in an open-addressing table (a power of two of slots, mostly empty). */
const STOP_SLOTS = 512;
const STOP_TABLE = new Int32Array(STOP_SLOTS);
const STOP_USED = new Uint8Array(STOP_SLOTS);
const stopSlot = (h: number): number => (h ^ (h >>> 9)) & (STOP_SLOTS - 1);
for (const w of STOP) {
  const h = fnv1a(w) | 0;
  let slot = stopSlot(h);
  while (STOP_USED[slot] === 1 && STOP_TABLE[slot] !== h) slot = (slot + 1) & (STOP_SLOTS - 1);
  STOP_TABLE[slot] = h;
  STOP_USED[slot] = 1;
}

/** Whether `h` is the hash of a stop word. */
function isStopHash(h: number): boolean {
  for (let slot = stopSlot(h); STOP_USED[slot] === 1; slot = (slot + 1) & (STOP_SLOTS - 1)) if (STOP_TABLE[slot] === h) return true;
  return false;
}

/** The distinct values of `values` (sorted in place), ascending, in a new array. */
function distinctSorted(values: Int32Array): Int32Array {
  values.sort();
  let k = 0;
  for (let i = 0; i < values.length; i++) if (k === 0 || values[i] !== values[k - 1]) values[k++] = values[i]!;
  return values.slice(0, k);
}

/**
 * For each non-ASCII UTF-16 code unit met so far, its lower-cased first unit when it is a
 * letter or a digit, -1 for anything else, -2 while not asked yet: news text repeats the
 * same few (curly quotes and dashes), and a Unicode regex test on each was most of this pass.
 */
const NON_ASCII = new Int32Array(0x10000).fill(-2);

/** The same for ASCII: a letter lower-cased, a digit as it is, -1 for anything else (one read instead of range tests). */
const ASCII_WORD_UNIT = new Int16Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : -1));

/** {@link NON_ASCII} of `code`, filled on first use. */
function lowerWordUnit(code: number): number {
  let lowered = NON_ASCII[code]!;
  if (lowered === -2) {
    const ch = String.fromCharCode(code);
    lowered = /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
    NON_ASCII[code] = lowered;
  }
  return lowered;
}

/** The word and stem hashes of the paragraph being read (reused, grown when a paragraph has more words). */
let wordScratch = new Int32Array(1024);
let stemScratch = new Int32Array(1024);

/**
 * One pass over `text[start, end)`: FNV-1a of each lower-cased word and of its first letters,
 * into {@link wordScratch} and {@link stemScratch}; returns the number of words. Hashes
 * are kept as signed 32-bit integers; only equality is ever asked of them.
 */
function wordAndStemHashes(text: string, start: number, end: number): number {
  let n = 0;
  let h = 0x811c9dc5;
  let stemHash = 0;
  let len = 0;
  for (let i = start; i <= end; i++) {
    const unit = i < end ? text.charCodeAt(i) : 32;
    const c = unit < 128 ? ASCII_WORD_UNIT[unit]! : lowerWordUnit(unit);
    if (c >= 0) {
      h = Math.imul(h ^ c, 0x01000193);
      if (++len === STEM_LENGTH) stemHash = h;
    } else if (len > 0) {
      if (n === wordScratch.length) grow();
      wordScratch[n] = h;
      stemScratch[n] = len >= STEM_LENGTH ? stemHash : h;
      n++;
      h = 0x811c9dc5;
      len = 0;
    }
  }
  return n;
}

/** Doubles the scratch arrays, keeping their contents. */
function grow(): void {
  const words = new Int32Array(wordScratch.length * 2);
  words.set(wordScratch);
  wordScratch = words;
  const stems = new Int32Array(stemScratch.length * 2);
  stems.set(stemScratch);
  stemScratch = stems;
}

/** The distinct word bigrams' hashes, ascending. */
function bigramsOf(stems: Int32Array): Int32Array {
  const out = new Int32Array(Math.max(0, stems.length - 1));
  for (let i = 1; i < stems.length; i++) out[i - 1] = Math.imul(stems[i - 1]!, 31) ^ stems[i]!;
  return distinctSorted(out);
}

/**
 * Shared values of two ascending distinct arrays over their union's size, or over the smaller's.
 * The merge steps without branching on the values (each comparison is added as 0 or 1): the
 * hashes are random, so a branch per step was mispredicted half the time, and this loop,
 * run for every pair of paragraphs of similar size, was a third of the stage.
 */
function overlap(a: Int32Array, b: Int32Array, base: 'union' | 'smaller'): number {
  let shared = 0;
  const n = a.length;
  const m = b.length;
  for (let i = 0, j = 0; i < n && j < m;) {
    const x = a[i]!;
    const y = b[j]!;
    shared += Number(x === y);
    i += Number(x <= y);
    j += Number(y <= x);
  }
  const denom = base === 'union' ? a.length + b.length - shared : Math.min(a.length, b.length);
  return denom ? shared / denom : 0;
}
