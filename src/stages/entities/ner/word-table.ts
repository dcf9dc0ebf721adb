/**
 * @module stages/entities/ner/word-table — the word types a model tags, numbered, with their facts in flat arrays.
 *
 * Scoring a token reads what its word type (its raw text) determines: capitalization,
 * the lower-form and short-shape hashes (word.ts) and the summed weights of the features
 * the type gives wherever it stands (features.ts `wordParts`: its own, and as the −2, −1,
 * +1, +2 neighbour). Kept as objects per type that is a description, its own-feature
 * array and a sums array, scattered over the heap; a document reads them at every token
 * after the other stages have pushed them out of the processor's caches, and those
 * reads were the stage's largest cost. Here a type is a small number given the first
 * time its raw text is seen (one hash-table lookup per token), and its facts live in typed
 * arrays indexed by that number, the sums `PARTS × classes` consecutive integers (16-bit
 * for an 8-bit model: a part has at most 14 features, so its sum stays within ±1,778;
 * half the bytes to read per token).
 *
 * The same numbers give each distinct lower form a process-wide number, so that a
 * document numbers its lower forms (features.ts `LowerForms`) with an array stamp
 * instead of a `Map` per document.
 *
 * A type keeps no description object: its facts are in the arrays, its raw text's
 * characters in one `Uint16Array` (a lookup compares them there, without reading a string
 * object elsewhere on the heap), and its normalized text (for {@link WordTable.lowerText}).
 * Holding word.ts `wordInfo` descriptions (an object and an `Int32Array` of own features
 * each, and the entry of `wordInfo`'s own cache) took about 280 bytes more per type: 14 MB
 * per pipeline at the limit.
 *
 * The table is bounded: a document that starts with more than {@link WORD_TABLE_LIMIT}
 * types held empties it first (numbers are only meaningful within one document, and no
 * caller keeps them longer). Type 0 is always the padding beyond a sentence edge
 * (word.ts `EDGE`), which no raw text maps to.
 */
import { newGeneration } from '../../../util/token-numbering.js';
import type { LowerForms } from './features.js';
import { EDGE, describeWord, normalizeToken, type WordInfo } from './word.js';

/** Types held before the table starts over (at the start of a document). */
export const WORD_TABLE_LIMIT = 50_000;

/** Number of part sums per type: own features (with the bias), as the −2, −1, +1, +2 neighbour. */
export const PARTS = 5;

/** The type number of the sentence-edge padding. */
export const EDGE_TYPE = 0;

/** Sums the weights of a word type's parts into `out[at, at + PARTS × classes)` (features.ts `PartScorer.partSums`). */
export type PartSums = (w: WordInfo, out: Int32Array, at: number) => void;

/**
 * A well-spread 32-bit hash of a token text (FNV-1a over its UTF-16 units, then mixed). A
 * `Map` keyed by the text would hash it too, but each token's text is a new string whose
 * hash the engine computes through a call out of compiled code; this loop stays inline.
 */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Numbered word types and their facts (see the module comment). */
export class WordTable {
  /** Number of types held (type numbers are `0 … count − 1`). */
  count = 0;
  /** Number of distinct lower forms held. */
  lowerCount = 0;
  /**
   * Changes each time the table starts over (util/token-numbering.ts): type numbers of one
   * generation name the same raw texts in every document.
   */
  generation = 0;
  /** Per type: capitalization class (word.ts `CAP_*`). */
  cap = new Uint8Array(0);
  /** Per type: hash of the lower form. */
  lower = new Int32Array(0);
  /** Per type: hash of the short shape. */
  short = new Int32Array(0);
  /** Per type: process-wide number of its lower form (`0 … lowerCount − 1`). */
  lowerId = new Int32Array(0);
  /** Per type: `PARTS × classes` part sums, at `type × PARTS × classes`. */
  parts: Int16Array | Int32Array;
  /** Per type: the normalized text (word.ts `normalizeToken` of the raw text; EDGE: `<s>`). */
  readonly texts: string[] = [];
  /** Per type: the lower-cased normalized text, once asked ({@link lowerText}). */
  private readonly lowerTexts: (string | undefined)[] = [];
  /**
   * Open addressing over {@link textHash}: per slot the hash, the type number + 1 (0 when
   * empty), and where the raw text's characters sit in {@link chars} (offset, length), side
   * by side so that a probe reads one place. The padding has no slot.
   */
  private slots = new Int32Array(0);
  /** The raw texts' characters (UTF-16 code units), type after type. */
  private chars = new Uint16Array(0);
  private charsUsed = 0;
  private readonly lowerIds = new Map<number, number>();
  /** Per lower form: the document it was last numbered in ({@link lowerForms}), and its number there. */
  private stamp = new Int32Array(0);
  private local = new Int32Array(0);
  private epoch = 0;
  private readonly width: number;
  private readonly sums: PartSums;
  /** One type's part sums, before they are stored. */
  private readonly scratch: Int32Array;
  private readonly wide: boolean;
  private readonly limit: number;

  /**
   * `sums` fills a type's part sums, `classes` integers per part; `wide` keeps them as
   * 32-bit integers (a model of 16-bit weights), else as 16-bit ones; `limit` is the
   * number of types held before the table starts over.
   */
  constructor(classes: number, sums: PartSums, wide: boolean, limit: number = WORD_TABLE_LIMIT) {
    this.limit = limit;
    this.width = PARTS * classes;
    this.sums = sums;
    this.scratch = new Int32Array(this.width);
    this.wide = wide;
    this.parts = wide ? new Int32Array(0) : new Int16Array(0);
    this.clear();
  }

  /** Starts a document: forgets every type when more than its limit ({@link WORD_TABLE_LIMIT}) are held. */
  begin(): void {
    if (this.count > this.limit) this.clear();
  }

  /** The type number of a raw token text (described and summed on first sight). */
  idOf(raw: string): number {
    const h = textHash(raw);
    const n = raw.length;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let s = h & mask;
    for (let e = slots[4 * s + 1]!; e !== 0; e = slots[4 * s + 1]!) {
      if (slots[4 * s] === h && slots[4 * s + 3] === n && this.sameChars(raw, slots[4 * s + 2]!)) return e - 1;
      s = (s + 1) & mask;
    }
    const added = this.add(describeWord(normalizeToken(raw)));
    slots[4 * s] = h;
    slots[4 * s + 1] = added + 1;
    slots[4 * s + 2] = this.store(raw);
    slots[4 * s + 3] = n;
    // at most half the slots in use, so that a probe meets an empty one soon
    if (this.count * 8 > slots.length) this.rehash(slots.length >> 1);
    return added;
  }

  /** Whether `raw` (its length already compared) is the text whose characters start at `at` of {@link chars}. */
  private sameChars(raw: string, at: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < raw.length; k++) if (chars[at + k] !== raw.charCodeAt(k)) return false;
    return true;
  }

  /** Appends the characters of `raw` to {@link chars}; returns where they start. */
  private store(raw: string): number {
    const at = this.charsUsed;
    if (at + raw.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, at + raw.length, 1024));
      grown.set(this.chars.subarray(0, at));
      this.chars = grown;
    }
    for (let k = 0; k < raw.length; k++) this.chars[at + k] = raw.charCodeAt(k);
    this.charsUsed = at + raw.length;
    return at;
  }

  /**
   * Numbers the lower forms of a document's tokens (`types[i]` is token `i`'s type) in
   * order of first use, as features.ts `lowerForms` does, by stamping the table's lower
   * forms with a document counter instead of filling a `Map`.
   */
  lowerForms(types: Int32Array): LowerForms {
    if (this.stamp.length < this.lowerCount) {
      this.stamp = new Int32Array(Math.max(this.lowerCount, this.stamp.length * 2));
      this.local = new Int32Array(this.stamp.length);
      this.epoch = 0;
    }
    if (this.epoch >= 0x3fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    const { stamp, local, lowerId } = this;
    const ids = new Int32Array(types.length);
    let count = 0;
    for (let i = 0; i < types.length; i++) {
      const form = lowerId[types[i]!]!;
      if (stamp[form] !== epoch) {
        stamp[form] = epoch;
        local[form] = count++;
      }
      ids[i] = local[form]!;
    }
    return { ids, count };
  }

  /** The lower-cased normalized text of type `id` (`normalizeToken(raw).toLowerCase()`). */
  lowerText(id: number): string {
    return (this.lowerTexts[id] ??= this.texts[id]!.toLowerCase());
  }

  private clear(): void {
    this.generation = newGeneration();
    this.count = 0;
    this.lowerCount = 0;
    this.texts.length = 0;
    this.lowerTexts.length = 0;
    this.slots = new Int32Array(4 * 1024);
    this.chars = new Uint16Array(0);
    this.charsUsed = 0;
    this.lowerIds.clear();
    this.stamp = new Int32Array(0);
    this.local = new Int32Array(0);
    this.add(EDGE);
  }

  /** Places every slot of the current table in a new one of `size` slots (a power of two). */
  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size * 4);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 1] === 0) continue;
      let s = old[from]! & mask;
      while (slots[4 * s + 1] !== 0) s = (s + 1) & mask;
      slots.set(old.subarray(from, from + 4), 4 * s);
    }
    this.slots = slots;
  }

  private add(w: WordInfo): number {
    const id = this.count++;
    if (id >= this.cap.length) this.grow(Math.max(1024, this.cap.length * 2));
    let lowerId = this.lowerIds.get(w.lower);
    if (lowerId === undefined) {
      lowerId = this.lowerCount++;
      this.lowerIds.set(w.lower, lowerId);
    }
    this.texts.push(w.text);
    this.lowerTexts.push(undefined);
    this.cap[id] = w.cap;
    this.lower[id] = w.lower;
    this.short[id] = w.short;
    this.lowerId[id] = lowerId;
    this.scratch.fill(0);
    this.sums(w, this.scratch, 0);
    if (!this.wide && this.scratch.some((v) => v !== (v << 16) >> 16)) throw new Error('NER part sums exceed 16 bits: the model is not one of 8-bit weights');
    this.parts.set(this.scratch, id * this.width);
    return id;
  }

  private grow(size: number): void {
    const more = <T extends Uint8Array | Int16Array | Int32Array>(old: T, make: (n: number) => T, per: number): T => {
      const out = make(size * per);
      out.set(old);
      return out;
    };
    this.cap = more(this.cap, (n) => new Uint8Array(n), 1);
    this.lower = more(this.lower, (n) => new Int32Array(n), 1);
    this.short = more(this.short, (n) => new Int32Array(n), 1);
    this.lowerId = more(this.lowerId, (n) => new Int32Array(n), 1);
    this.parts = this.wide ? more(this.parts, (n) => new Int32Array(n), this.width) : more(this.parts, (n) => new Int16Array(n), this.width);
  }
}
