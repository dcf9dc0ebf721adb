/**
 * @module stages/entities/ner/features — the features of every token that do not depend on predictions.
 *
 * For token `i` of a sentence (templates in {@link CTX}):
 * - its own word features ({@link WordInfo.own}: form, lower form, shapes, prefixes and
 *   suffixes 1–4, capitalization by length);
 * - the lower forms of the words at −2…+2, the forms at −1 and +1, the short shapes at
 *   −2…+2, the short-shape trigram, the lower-form bigrams with each neighbour and the
 *   capitalization bigrams;
 * - whether it starts the sentence (only punctuation before it), with its capitalization;
 * - document evidence for a capitalized word: is the same word written in lower case
 *   elsewhere in the document, is it capitalized in mid-sentence elsewhere (so an
 *   all-caps headline or sentence-initial word borrows what the body says of it);
 * - gazetteer hits: every (type, B/I/L/U) a known phrase gives it, and their set.
 * Features that read earlier predictions (previous tags, the label the word got earlier
 * in the document) are added while decoding (see decode.ts). Every feature is a 32-bit
 * hash of its template id and value.
 */
import type { Gazetteer } from './gazetteer.js';
import { CAP_LOWER, CAP_NONE, CAP_TITLE, EDGE, combine, wordInfo, type WordInfo } from './word.js';

/** Version of the feature templates; a model trained on another version is refused. */
export const FEATURE_VERSION = 1;

/** Template ids of the context, document and gazetteer features (own features use 1–39). */
export const CTX = {
  lowerAt: 40, wordAt: 50, shortAt: 60, shortTrigram: 70, lowerBigramLeft: 71, lowerBigramRight: 72, capBigramLeft: 73,
  capBigramRight: 74, initial: 75, doc: 76, gazetteer: 77, gazetteerSet: 78, bias: 79,
} as const;

/** A document ready to decode: its words, sentence ranges and static features. */
export interface PreparedDoc {
  readonly words: readonly WordInfo[];
  /** `[start0, end0, start1, end1, …]`: token ranges of the sentences, in order. */
  readonly sentences: Int32Array;
  /** Static features of token `i` are `features[offsets[i], offsets[i + 1])`. */
  readonly features: Int32Array;
  readonly offsets: Int32Array;
}

/** Per-document counts of how each word (lower form) is written. */
interface DocStats {
  readonly lowerUses: Map<number, number>;
  readonly capitalMidUses: Map<number, number>;
}

function increment(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Marks tokens that start their sentence: nothing but punctuation, quotes or numbers before. */
function initialFlags(words: readonly WordInfo[], sentences: Int32Array): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (let s = 0; s < sentences.length; s += 2) {
    for (let i = sentences[s]!; i < sentences[s + 1]!; i++) {
      flags[i] = 1;
      if (words[i]!.cap !== CAP_NONE) break;
    }
  }
  return flags;
}

function docStats(words: readonly WordInfo[], initial: Uint8Array): DocStats {
  const lowerUses = new Map<number, number>();
  const capitalMidUses = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.cap === CAP_LOWER) increment(lowerUses, w.lower);
    else if (w.cap === CAP_TITLE && initial[i] === 0) increment(capitalMidUses, w.lower);
  }
  return { lowerUses, capitalMidUses };
}

/** The document feature of a capitalized word (see the module comment), or 0 for none. */
function docFeature(w: WordInfo, initial: number, stats: DocStats): number {
  if (w.cap <= CAP_LOWER) return 0;
  const self = w.cap === CAP_TITLE && initial === 0 ? 1 : 0;
  const capitalElsewhere = (stats.capitalMidUses.get(w.lower) ?? 0) - self > 0 ? 1 : 0;
  const lowerElsewhere = stats.lowerUses.has(w.lower) ? 1 : 0;
  return combine(CTX.doc, initial | ((w.cap - CAP_TITLE) << 1) | (capitalElsewhere << 3) | (lowerElsewhere << 4));
}

function at(words: readonly WordInfo[], i: number, start: number, end: number): WordInfo {
  return i >= start && i < end ? words[i]! : EDGE;
}

/**
 * Where a neighbour sits relative to the token, as the offset added to the `lowerAt`,
 * `wordAt` and `shortAt` template ids: −2, −1, +1, +2 (2 would be the token itself).
 */
export const ROLES = [0, 1, 3, 4] as const;
export type Role = (typeof ROLES)[number];

/** Appends the features word `w` gives the token it is the `role` neighbour of. */
export function pushRole(out: number[], w: WordInfo, role: Role): void {
  out.push(combine(CTX.lowerAt + role, w.lower));
  if (role === 1 || role === 3) out.push(combine(CTX.wordAt + role, w.word));
  out.push(combine(CTX.shortAt + role, w.short));
}

/** Appends the features that read the token together with a neighbour (bigrams, trigram). */
function pushPairs(out: number[], p1: WordInfo, w: WordInfo, n1: WordInfo): void {
  out.push(
    combine(combine(CTX.shortTrigram, p1.short), combine(w.short, n1.short)),
    combine(combine(CTX.lowerBigramLeft, p1.lower), w.lower), combine(combine(CTX.lowerBigramRight, w.lower), n1.lower),
    combine(CTX.capBigramLeft, p1.cap * 8 + w.cap), combine(CTX.capBigramRight, w.cap * 8 + n1.cap),
  );
}

function pushGazetteer(out: number[], mask: number): void {
  if (mask === 0) return;
  out.push(combine(CTX.gazetteerSet, mask));
  for (let b = 0; b < 16; b++) if ((mask & (1 << b)) !== 0) out.push(combine(CTX.gazetteer, b));
}

/** The document-level facts every token's features read: sentence starts, case statistics, gazetteer hits. */
function docFacts(words: readonly WordInfo[], sentences: Int32Array, gazetteer: Gazetteer): { initial: Uint8Array; stats: DocStats; gaz: Uint16Array } {
  const initial = initialFlags(words, sentences);
  const stats = docStats(words, initial);
  const gaz = new Uint16Array(words.length);
  for (let s = 0; s < sentences.length; s += 2) gazetteer.match(words, sentences[s]!, sentences[s + 1]!, gaz);
  return { initial, stats, gaz };
}

/** Appends the features of token `i` that no single word type determines (pairs, sentence start, document, gazetteer). */
function pushTokenOnly(out: number[], words: readonly WordInfo[], i: number, start: number, end: number, facts: ReturnType<typeof docFacts>): void {
  const w = words[i]!;
  pushPairs(out, at(words, i - 1, start, end), w, at(words, i + 1, start, end));
  out.push(combine(CTX.initial, facts.initial[i]! * 8 + w.cap));
  const doc = docFeature(w, facts.initial[i]!, facts.stats);
  if (doc !== 0) out.push(doc);
  pushGazetteer(out, facts.gaz[i]!);
}

/**
 * Prepares a document given as word descriptions and sentence ranges (ascending, not
 * overlapping); words outside every sentence get no features and are never tagged.
 */
export function prepareWords(words: readonly WordInfo[], sentences: Int32Array, gazetteer: Gazetteer): PreparedDoc {
  const facts = docFacts(words, sentences, gazetteer);
  const out: number[] = [];
  const offsets = new Int32Array(words.length + 1);
  let next = 0;
  for (let s = 0; s < sentences.length; s += 2) {
    const start = sentences[s]!;
    const end = sentences[s + 1]!;
    for (; next < start; next++) offsets[next] = out.length;
    next = end;
    for (let i = start; i < end; i++) {
      offsets[i] = out.length;
      const w = words[i]!;
      for (let k = 0; k < w.own.length; k++) out.push(w.own[k]!);
      out.push(CTX.bias);
      for (const role of ROLES) pushRole(out, at(words, i + role - 2, start, end), role);
      pushTokenOnly(out, words, i, start, end, facts);
    }
  }
  for (; next <= words.length; next++) offsets[next] = out.length;
  return { words, sentences, features: Int32Array.from(out), offsets };
}

/** Sums integer weights of features into `acc` (one slot per class): what {@link scoreWords} needs of a model. */
export interface PartScorer {
  readonly classes: number;
  /** Adds the weights of `features[from, to)` to `acc`. */
  addInt(features: Int32Array, from: number, to: number, acc: Int32Array): void;
  /**
   * The summed weights a word type contributes wherever it occurs, cached per word:
   * `[own features + bias, as the −2 neighbour, −1, +1, +2]`, `classes` integers each.
   */
  partsOf(w: WordInfo): Int32Array;
}

/** A document scored for decoding without its feature lists (the fast path of {@link prepareWords}). */
export interface ScoredDoc {
  readonly words: readonly WordInfo[];
  readonly sentences: Int32Array;
  /** Integer sums of the static features' weights, `classes` per token (0 outside sentences). */
  readonly staticScores: Int32Array;
}

/**
 * The static scores of every token: the same features as {@link prepareWords}, but the
 * ones a single word type determines come from `model.partsOf` (cached per word), so only
 * about a quarter of the lookups remain per token. The sums equal those over
 * `prepareWords`' features exactly (integers).
 */
export function scoreWords(words: readonly WordInfo[], sentences: Int32Array, gazetteer: Gazetteer, model: PartScorer): ScoredDoc {
  const facts = docFacts(words, sentences, gazetteer);
  const k = model.classes;
  const scores = new Int32Array(words.length * k);
  const buf: number[] = [];
  const feats = new Int32Array(64);
  const acc = new Int32Array(k);
  const edge = model.partsOf(EDGE);
  const parts: Int32Array[] = new Array<Int32Array>(words.length);
  for (let s = 0; s < sentences.length; s += 2) {
    const start = sentences[s]!;
    const end = sentences[s + 1]!;
    for (let i = start; i < end; i++) parts[i] = model.partsOf(words[i]!);
    for (let i = start; i < end; i++) {
      const own = parts[i]!;
      for (let c = 0; c < k; c++) acc[c] = own[c]!;
      for (let r = 0; r < ROLES.length; r++) {
        const j = i + ROLES[r]! - 2;
        const p = j >= start && j < end ? parts[j]! : edge;
        const base = (r + 1) * k;
        for (let c = 0; c < k; c++) acc[c] += p[base + c]!;
      }
      buf.length = 0;
      pushTokenOnly(buf, words, i, start, end, facts);
      for (let f = 0; f < buf.length; f++) feats[f] = buf[f]!;
      model.addInt(feats, 0, buf.length, acc);
      scores.set(acc, i * k);
    }
  }
  return { words, sentences, staticScores: scores };
}

/** The features of a word type by part, in the order of {@link PartScorer.partsOf}. */
export function wordParts(w: WordInfo): Int32Array[] {
  const own = [...w.own, CTX.bias];
  return [Int32Array.from(own), ...ROLES.map((role) => {
    const out: number[] = [];
    pushRole(out, w, role);
    return Int32Array.from(out);
  })];
}

/** Prepares a document given as sentences of token texts (normalized on the way). */
export function prepareSentences(sentences: readonly (readonly string[])[], gazetteer: Gazetteer): PreparedDoc {
  const words: WordInfo[] = [];
  const ranges = new Int32Array(sentences.length * 2);
  sentences.forEach((tokens, s) => {
    ranges[2 * s] = words.length;
    for (const t of tokens) words.push(wordInfo(t));
    ranges[2 * s + 1] = words.length;
  });
  return prepareWords(words, ranges, gazetteer);
}
