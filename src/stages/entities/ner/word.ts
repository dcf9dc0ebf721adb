/**
 * @module stages/entities/ner/word — what the tagger knows about one word type, computed once.
 *
 * A token's text is normalized so that Parley's tokens and CoNLL's look alike (curly
 * quotes and apostrophes become straight ones, any dash becomes `-`), then described by
 * 32-bit hashes: the form, the lower-cased form with digits as `0`, the shape (`Xxxx`,
 * `X.X.`, `dddd-dd`), the short shape (runs collapsed: `Xx`), and its own features
 * (prefixes and suffixes 1–4, capitalization by length). Descriptions are cached per
 * distinct text, so a document costs one Map lookup per token.
 */
import { fnv1a } from '../../../util/hash.js';

/** Capitalization classes. */
export const CAP_NONE = 0;
export const CAP_LOWER = 1;
export const CAP_TITLE = 2;
export const CAP_UPPER = 3;
export const CAP_MIXED = 4;
/** Padding beyond a sentence edge. */
export const CAP_EDGE = 5;

/** Mixes two 32-bit values into a well-spread 32-bit hash (murmur3 finalizer). */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Feature template ids of the word's own features (see {@link describeWord}). */
export const OWN = {
  word: 1, lower: 2, shape: 3, short: 4, prefix: 10, suffix: 20, capLength: 30,
} as const;

/** A word type as the features see it. */
export interface WordInfo {
  /** The normalized text. */
  readonly text: string;
  /** Hash of the normalized form (case kept). */
  readonly word: number;
  /** Hash of the lower-cased form, digits as `0`. */
  readonly lower: number;
  /** Hash of the long shape. */
  readonly shape: number;
  /** Hash of the short shape. */
  readonly short: number;
  /** Capitalization class (CAP_*). */
  readonly cap: number;
  /** The word's own features, ready to use. */
  readonly own: Int32Array;
}

const QUOTE_MAP: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‹': "'", '›': "'", '``': '"', "''": '"' };
const DASH_ONLY = /^[-‐‑‒–—―]+$/u;
const CURLY = /[’‘‛“”„«»‹›]/gu;

/**
 * Whether `text` is ASCII without quotes, apostrophes or backticks: then normalization
 * changes nothing unless it is all hyphens (every other dash, quote and map key has one
 * of those characters or is not ASCII). Most tokens and mentions are; no regex needed.
 */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x22 || c === 0x27 || c === 0x60) return false;
  }
  return true;
}

/** The form features use: straight quotes and apostrophes, dashes as `-`. */
export function normalizeToken(text: string): string {
  if (plainAscii(text)) return text.charCodeAt(0) === 0x2d && DASH_ONLY.test(text) ? '-' : text;
  if (DASH_ONLY.test(text)) return '-';
  // own keys only: "constructor" or "toString" must not find Object.prototype's functions
  const mapped = Object.hasOwn(QUOTE_MAP, text) ? QUOTE_MAP[text] : undefined;
  if (mapped !== undefined) return mapped;
  return text.replace(CURLY, (c) => QUOTE_MAP[c] ?? c);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (isDigit(c)) return 'd';
  if (isUpper(ch)) return 'X';
  if (isLower(ch)) return 'x';
  return ch;
}

/** Long shape (runs capped at four) and short shape (runs collapsed) of a word. */
export function shapes(text: string): { readonly shape: string; readonly short: string } {
  let shape = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of text) {
    const k = charClass(ch);
    run = k === prev ? run + 1 : 1;
    if (run <= 4) shape += k;
    if (run === 1) short += k;
    prev = k;
  }
  return { shape, short };
}

/** Capitalization class of a word. */
export function capClass(text: string): number {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let first = true;
  for (const ch of text) {
    if (isUpper(ch)) {
      upper++;
      if (first) firstUpper = true;
    } else if (isLower(ch)) lower++;
    first = false;
  }
  if (upper === 0 && lower === 0) return CAP_NONE;
  if (upper === 0) return CAP_LOWER;
  if (lower === 0) return CAP_UPPER;
  if (firstUpper && upper === 1) return CAP_TITLE;
  return CAP_MIXED;
}

function lengthBucket(n: number): number {
  return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7;
}

/** Describes one normalized word (uncached; see {@link wordInfo}). */
export function describeWord(text: string): WordInfo {
  const lowerText = text.toLowerCase().replace(/[0-9]/g, '0');
  const { shape, short } = shapes(text);
  const cap = capClass(text);
  const word = fnv1a(text) | 0;
  const lower = fnv1a(lowerText) | 0;
  const shapeHash = fnv1a(shape) | 0;
  const shortHash = fnv1a(short) | 0;
  const own: number[] = [
    combine(OWN.word, word),
    combine(OWN.lower, lower),
    combine(OWN.shape, shapeHash),
    combine(OWN.short, shortHash),
    combine(OWN.capLength, cap * 8 + lengthBucket(text.length)),
  ];
  const chars = [...lowerText];
  const max = Math.min(4, chars.length);
  for (let k = 1; k <= max; k++) {
    own.push(combine(OWN.prefix + k, fnv1a(chars.slice(0, k).join(''))));
    own.push(combine(OWN.suffix + k, fnv1a(chars.slice(chars.length - k).join(''))));
  }
  return { text, word, lower, shape: shapeHash, short: shortHash, cap, own: Int32Array.from(own) };
}

/** The description used for positions beyond a sentence edge. */
export const EDGE: WordInfo = { ...describeWord('<s>'), cap: CAP_EDGE };

const CACHE_LIMIT = 50_000;
const cache = new Map<string, WordInfo>();

/** The cached description of a raw token text (normalized first). */
export function wordInfo(raw: string): WordInfo {
  let info = cache.get(raw);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = describeWord(normalizeToken(raw));
    cache.set(raw, info);
  }
  return info;
}
