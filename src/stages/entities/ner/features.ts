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
import { CAP_EDGE, CAP_LOWER, CAP_NONE, CAP_TITLE, EDGE, combine, wordInfo, type WordInfo } from './word.js';
import { EDGE_TYPE, PARTS, type WordTable } from './word-table.js';

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
  /** Capitalization class of every token (`words[i].cap`). */
  readonly caps: Uint8Array;
  /** `[start0, end0, start1, end1, …]`: token ranges of the sentences, in order. */
  readonly sentences: Int32Array;
  /** Static features of token `i` are `features[offsets[i], offsets[i + 1])`. */
  readonly features: Int32Array;
  readonly offsets: Int32Array;
  /** The numbered lower forms of `words` (for the label history). */
  readonly forms: LowerForms;
}

/**
 * The distinct lower forms of a document, numbered (in order of first use, or by the
 * word table's stamps): the document evidence and the label history (decode.ts) count and
 * remember per lower form, and a dense number per form lets them use arrays instead of a
 * hash map each.
 */
export interface LowerForms {
  /** Number of the lower form of token `i` (0 … `count` − 1). */
  readonly ids: Int32Array;
  readonly count: number;
}

/** Numbers the lower forms of `words` (see {@link LowerForms}). */
export function lowerForms(words: readonly WordInfo[]): LowerForms {
  const ids = new Int32Array(words.length);
  const seen = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    let id = seen.get(lower);
    if (id === undefined) {
      id = seen.size;
      seen.set(lower, id);
    }
    ids[i] = id;
  }
  return { ids, count: seen.size };
}

/** Per-document counts of how each word (lower form, by {@link LowerForms} number) is written. */
interface DocStats {
  readonly lowerUses: Int32Array;
  readonly capitalMidUses: Int32Array;
}

/** Marks tokens that start their sentence: nothing but punctuation, quotes or numbers before. */
function initialFlags(caps: Uint8Array, sentences: Int32Array): Uint8Array {
  const flags = new Uint8Array(caps.length);
  for (let s = 0; s < sentences.length; s += 2) {
    for (let i = sentences[s]!; i < sentences[s + 1]!; i++) {
      flags[i] = 1;
      if (caps[i] !== CAP_NONE) break;
    }
  }
  return flags;
}

/** How each lower form is written over the whole document (tokens outside sentences too). */
function docStats(caps: Uint8Array, initial: Uint8Array, forms: LowerForms): DocStats {
  const lowerUses = new Int32Array(forms.count);
  const capitalMidUses = new Int32Array(forms.count);
  for (let i = 0; i < caps.length; i++) {
    const cap = caps[i]!;
    if (cap === CAP_LOWER) lowerUses[forms.ids[i]!]++;
    else if (cap === CAP_TITLE && initial[i] === 0) capitalMidUses[forms.ids[i]!]++;
  }
  return { lowerUses, capitalMidUses };
}

/**
 * The value of the document feature of token `i` of capitalization `cap` (see the module
 * comment: sentence start, capitalization, capitalized or lower case elsewhere; 5 bits),
 * or −1 for none (a word that is not capitalized).
 */
function docValue(cap: number, i: number, facts: DocFacts): number {
  if (cap <= CAP_LOWER) return -1;
  const initial = facts.initial[i]!;
  const form = facts.forms.ids[i]!;
  const self = cap === CAP_TITLE && initial === 0 ? 1 : 0;
  const capitalElsewhere = facts.stats.capitalMidUses[form]! - self > 0 ? 1 : 0;
  const lowerElsewhere = facts.stats.lowerUses[form]! > 0 ? 1 : 0;
  return initial | ((cap - CAP_TITLE) << 1) | (capitalElsewhere << 3) | (lowerElsewhere << 4);
}

/** Number of distinct {@link docValue} values. */
const DOC_VALUES = 32;

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

/**
 * The features that read the token's words together with its neighbours': the short-shape
 * trigram, the lower-form bigrams (from the short-shape and lower-form hashes of the
 * −1 neighbour, the token and the +1 neighbour).
 */
function shortTrigram(p1: number, w: number, n1: number): number {
  return combine(combine(CTX.shortTrigram, p1), combine(w, n1));
}
function lowerBigramLeft(p1: number, w: number): number {
  return combine(combine(CTX.lowerBigramLeft, p1), w);
}
function lowerBigramRight(w: number, n1: number): number {
  return combine(combine(CTX.lowerBigramRight, w), n1);
}

/** The features that read capitalization classes only: the bigrams with each neighbour, sentence start × capitalization. */
function capBigramLeft(p1: number, cap: number): number {
  return combine(CTX.capBigramLeft, p1 * 8 + cap);
}
function capBigramRight(cap: number, n1: number): number {
  return combine(CTX.capBigramRight, cap * 8 + n1);
}
function initialFeature(initial: number, cap: number): number {
  return combine(CTX.initial, initial * 8 + cap);
}

/** Appends the features that read the token together with a neighbour (bigrams, trigram). */
function pushPairs(out: number[], p1: WordInfo, w: WordInfo, n1: WordInfo): void {
  out.push(shortTrigram(p1.short, w.short, n1.short), lowerBigramLeft(p1.lower, w.lower), lowerBigramRight(w.lower, n1.lower), capBigramLeft(p1.cap, w.cap), capBigramRight(w.cap, n1.cap));
}

function pushGazetteer(out: number[], mask: number): void {
  if (mask === 0) return;
  out.push(combine(CTX.gazetteerSet, mask));
  for (let b = 0; b < 16; b++) if ((mask & (1 << b)) !== 0) out.push(combine(CTX.gazetteer, b));
}

/** The document-level facts every token's features read. */
interface DocFacts {
  /** 1 for a token that starts its sentence ({@link initialFlags}). */
  readonly initial: Uint8Array;
  readonly forms: LowerForms;
  readonly stats: DocStats;
  /** Gazetteer hits per token (bit `type * 4 + pos`, see gazetteer.ts). */
  readonly gaz: Uint16Array;
}

/**
 * The document-level facts every token's features read: sentence starts, case statistics,
 * gazetteer hits; from every token's capitalization class and lower-form hash.
 */
function docFacts(caps: Uint8Array, lowers: Int32Array, forms: LowerForms, sentences: Int32Array, gazetteer: Gazetteer): DocFacts {
  const initial = initialFlags(caps, sentences);
  const stats = docStats(caps, initial, forms);
  const gaz = new Uint16Array(caps.length);
  for (let s = 0; s < sentences.length; s += 2) gazetteer.matchHashes(lowers, caps, sentences[s]!, sentences[s + 1]!, gaz);
  return { initial, forms, stats, gaz };
}

/** Appends the features of token `i` that no single word type determines (pairs, sentence start, document, gazetteer). */
function pushTokenOnly(out: number[], words: readonly WordInfo[], i: number, start: number, end: number, facts: DocFacts): void {
  const w = words[i]!;
  pushPairs(out, at(words, i - 1, start, end), w, at(words, i + 1, start, end));
  out.push(initialFeature(facts.initial[i]!, w.cap));
  const doc = docValue(w.cap, i, facts);
  if (doc >= 0) out.push(combine(CTX.doc, doc));
  pushGazetteer(out, facts.gaz[i]!);
}

/**
 * Prepares a document given as word descriptions and sentence ranges (ascending, not
 * overlapping); words outside every sentence get no features and are never tagged.
 */
export function prepareWords(words: readonly WordInfo[], sentences: Int32Array, gazetteer: Gazetteer): PreparedDoc {
  const caps = Uint8Array.from(words, (w) => w.cap);
  const forms = lowerForms(words);
  const facts = docFacts(caps, Int32Array.from(words, (w) => w.lower), forms, sentences, gazetteer);
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
  return { words, caps, sentences, features: Int32Array.from(out), offsets, forms };
}

/** Sums integer weights of features into `acc` (one slot per class): what {@link scoreTypes} needs of a model. */
export interface PartScorer {
  readonly classes: number;
  /** Adds the weights of `features[from, to)` to `acc[at, at + classes)` (`at` 0 when left out). */
  addInt(features: Int32Array, from: number, to: number, acc: Int32Array, at?: number): void;
}

/**
 * Writes the summed weights a word type contributes wherever it occurs into
 * `out[at, at + PARTS × classes)`: `[own features + bias, as the −2 neighbour, −1, +1, +2]`,
 * `classes` integers each (what the word table keeps per type).
 */
export function partSums(model: PartScorer, w: WordInfo, out: Int32Array, at: number): void {
  // the features of wordParts, part by part, in one reused buffer: this runs for every new
  // word type of a document (the word table's misses), and the arrays wordParts makes cost
  // more than the sums
  const k = model.classes;
  const own = w.own.length;
  if (partBuffer.length < own + 1) partBuffer = new Int32Array(2 * (own + 1));
  partBuffer.set(w.own);
  partBuffer[own] = CTX.bias;
  model.addInt(partBuffer, 0, own + 1, out, at);
  for (let r = 0; r < ROLES.length; r++) {
    roleBuffer.length = 0;
    pushRole(roleBuffer, w, ROLES[r]!);
    for (let f = 0; f < roleBuffer.length; f++) partBuffer[f] = roleBuffer[f]!;
    model.addInt(partBuffer, 0, roleBuffer.length, out, at + (r + 1) * k);
  }
}

/** The features of one part being summed by {@link partSums} (grown when a word has more). */
let partBuffer = new Int32Array(64);
/** One role's features, as {@link pushRole} appends them. */
const roleBuffer: number[] = [];

/** A document scored for decoding without its feature lists (the fast path of {@link prepareWords}). */
export interface ScoredDoc {
  /** Capitalization class of every token. */
  readonly caps: Uint8Array;
  readonly sentences: Int32Array;
  /** Integer sums of the static features' weights, `classes` per token (0 outside sentences). */
  readonly staticScores: Int32Array;
  /** The numbered lower forms of the tokens (for the label history). */
  readonly forms: LowerForms;
}

/** Number of capitalization classes a neighbour can have (CAP_NONE … CAP_EDGE). */
const CAPS = CAP_EDGE + 1;

/**
 * The summed weights of the token features whose values come from small sets, so that
 * scoring a token reads a row of a table instead of hashing and looking up each feature:
 * - `capContext`: both capitalization bigrams and sentence start × capitalization, by
 *   `((cap of −1 · CAPS + cap) · CAPS + cap of +1) · 2 + initial`;
 * - `doc`: the document feature, by its {@link docValue};
 * - `gazetteer`: the gazetteer features of a hit mask (filled as masks occur).
 * Built once per model (its weights never change), `classes` integers per row.
 */
interface TokenTables {
  readonly capContext: Int32Array;
  readonly doc: Int32Array;
  readonly gazetteer: Map<number, Int32Array>;
}

const tables = new WeakMap<PartScorer, TokenTables>();

/** The integer sums of `features` for every class. */
export function rowOf(model: PartScorer, features: readonly number[]): Int32Array {
  const row = new Int32Array(model.classes);
  model.addInt(Int32Array.from(features), 0, features.length, row);
  return row;
}

function tokenTables(model: PartScorer): TokenTables {
  let t = tables.get(model);
  if (t === undefined) {
    const k = model.classes;
    const capContext = new Int32Array(CAPS * CAPS * CAPS * 2 * k);
    for (let p1 = 0; p1 < CAPS; p1++) {
      for (let cap = 0; cap < CAPS; cap++) {
        for (let n1 = 0; n1 < CAPS; n1++) {
          for (let initial = 0; initial < 2; initial++) {
            const row = rowOf(model, [capBigramLeft(p1, cap), capBigramRight(cap, n1), initialFeature(initial, cap)]);
            capContext.set(row, (((p1 * CAPS + cap) * CAPS + n1) * 2 + initial) * k);
          }
        }
      }
    }
    const doc = new Int32Array(DOC_VALUES * k);
    for (let v = 0; v < DOC_VALUES; v++) doc.set(rowOf(model, [combine(CTX.doc, v)]), v * k);
    t = { capContext, doc, gazetteer: new Map() };
    tables.set(model, t);
  }
  return t;
}

/** The summed weights of the gazetteer features of hit mask `mask` (non-zero). */
function gazetteerRow(model: PartScorer, t: TokenTables, mask: number): Int32Array {
  let row = t.gazetteer.get(mask);
  if (row === undefined) {
    const features: number[] = [];
    pushGazetteer(features, mask);
    row = rowOf(model, features);
    t.gazetteer.set(mask, row);
  }
  return row;
}

/**
 * The static scores of every token of a document given as word types of `table`
 * (`types[i]` is token `i`'s): the same features as {@link prepareWords}, but the ones a
 * single word type determines come from the table's part sums and the ones of small value
 * sets from {@link TokenTables}, so only the three that read the neighbours' words (shape
 * trigram, lower-form bigrams) are looked up per token. The sums equal those over
 * `prepareWords`' features exactly (integers).
 */
export function scoreTypes(table: WordTable, types: Int32Array, sentences: Int32Array, gazetteer: Gazetteer, model: PartScorer): ScoredDoc {
  const n = types.length;
  const caps = new Uint8Array(n);
  const lowers = new Int32Array(n);
  const shorts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = types[i]!;
    caps[i] = table.cap[id]!;
    lowers[i] = table.lower[id]!;
    shorts[i] = table.short[id]!;
  }
  const forms = table.lowerForms(types);
  const facts = docFacts(caps, lowers, forms, sentences, gazetteer);
  const t = tokenTables(model);
  const k = model.classes;
  const width = PARTS * k;
  const parts = table.parts;
  const capContext = t.capContext;
  const docRows = t.doc;
  const scores = new Int32Array(n * k);
  const pairs = new Int32Array(3);
  const edgeLower = table.lower[EDGE_TYPE]!;
  const edgeShort = table.short[EDGE_TYPE]!;
  for (let s = 0; s < sentences.length; s += 2) {
    const start = sentences[s]!;
    const end = sentences[s + 1]!;
    for (let i = start; i < end; i++) {
      const cap = caps[i]!;
      const before = i > start;
      const after = i + 1 < end;
      // the word types: the token's own part, and its neighbours' parts as −2, −1, +1, +2
      const own = types[i]! * width;
      const m2 = (i - 2 >= start ? types[i - 2]! : EDGE_TYPE) * width + k;
      const m1 = (before ? types[i - 1]! : EDGE_TYPE) * width + 2 * k;
      const q1 = (after ? types[i + 1]! : EDGE_TYPE) * width + 3 * k;
      const q2 = (i + 2 < end ? types[i + 2]! : EDGE_TYPE) * width + 4 * k;
      const ctx = ((((before ? caps[i - 1]! : CAP_EDGE) * CAPS + cap) * CAPS + (after ? caps[i + 1]! : CAP_EDGE)) * 2 + facts.initial[i]!) * k;
      const at = i * k;
      for (let c = 0; c < k; c++) scores[at + c] = parts[own + c]! + parts[m2 + c]! + parts[m1 + c]! + parts[q1 + c]! + parts[q2 + c]! + capContext[ctx + c]!;
      const doc = docValue(cap, i, facts);
      if (doc >= 0) for (let c = 0, row = doc * k; c < k; c++) scores[at + c] += docRows[row + c]!;
      const mask = facts.gaz[i]!;
      if (mask !== 0) {
        const row = gazetteerRow(model, t, mask);
        for (let c = 0; c < k; c++) scores[at + c] += row[c]!;
      }
      const lower = lowers[i]!;
      const p1Lower = before ? lowers[i - 1]! : edgeLower;
      const n1Lower = after ? lowers[i + 1]! : edgeLower;
      pairs[0] = shortTrigram(before ? shorts[i - 1]! : edgeShort, shorts[i]!, after ? shorts[i + 1]! : edgeShort);
      pairs[1] = lowerBigramLeft(p1Lower, lower);
      pairs[2] = lowerBigramRight(lower, n1Lower);
      model.addInt(pairs, 0, 3, scores, at);
    }
  }
  return { caps, sentences, staticScores: scores, forms };
}

/** The features of a word type by part, in the order of {@link partSums}. */
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
