/**
 * @module stages/entities/ner/gazetteer — known names as hashed phrases, matched over tokens.
 *
 * A phrase is stored as the chained hash of its words' lower-cased forms, with a bit
 * mask of the types it was seen with; no text is kept (the lists are built from the
 * training data, which must not be copied into the project). Matching tries every
 * phrase of one to {@link MAX_PHRASE} words that starts at a capitalized token and
 * marks each covered token with the type and its position in the phrase (B, I, L, U).
 * Training builds one gazetteer per fold from the other folds (jackknifing), so the
 * model learns how far a gazetteer hit can be trusted on names it has not seen.
 */
import { NER_TYPES, POS_B, POS_I, POS_L, POS_U } from './tags.js';
import { CAP_MIXED, CAP_TITLE, CAP_UPPER, combine, type WordInfo } from './word.js';

/** Longest phrase looked up, in words. */
export const MAX_PHRASE = 6;

/** A phrase of words and the type it names. */
export interface GazetteerPhrase {
  readonly words: readonly WordInfo[];
  readonly type: number;
}

/** Whether a word of capitalization class `cap` may start a name. */
function startsName(cap: number): boolean {
  return cap === CAP_TITLE || cap === CAP_UPPER || cap === CAP_MIXED;
}

/** Hash of a phrase: the chained hashes of its lower-cased words. */
export function phraseKey(words: readonly WordInfo[], from = 0, to: number = words.length): number {
  let h = words[from]!.lower;
  for (let i = from + 1; i < to; i++) h = combine(h, words[i]!.lower);
  return h;
}

/** Hashed phrases with the types they name. */
export class Gazetteer {
  private readonly entries: Map<number, number>;
  /** The entries again as an open-addressing table, for {@link match} (built on first use). */
  private table: PhraseTable | null = null;

  private constructor(entries: Map<number, number>) {
    this.entries = entries;
  }

  /** Builds a gazetteer from phrases (those not starting with a capital are skipped). */
  static build(phrases: Iterable<GazetteerPhrase>): Gazetteer {
    const entries = new Map<number, number>();
    for (const p of phrases) {
      if (p.words.length === 0 || p.words.length > MAX_PHRASE || !startsName(p.words[0]!.cap)) continue;
      const key = phraseKey(p.words);
      entries.set(key, (entries.get(key) ?? 0) | (1 << p.type));
    }
    return new Gazetteer(entries);
  }

  /** Restores a gazetteer from {@link toPairs} output. */
  static fromPairs(pairs: Uint32Array): Gazetteer {
    const entries = new Map<number, number>();
    for (let i = 0; i + 1 < pairs.length; i += 2) entries.set(pairs[i]! | 0, pairs[i + 1]!);
    return new Gazetteer(entries);
  }

  /** An empty gazetteer. */
  static empty(): Gazetteer {
    return new Gazetteer(new Map());
  }

  /** A new gazetteer with `phrases` added to these. */
  extend(phrases: Iterable<GazetteerPhrase>): Gazetteer {
    const entries = new Map(this.entries);
    for (const [key, mask] of Gazetteer.build(phrases).entries) entries.set(key, (entries.get(key) ?? 0) | mask);
    return new Gazetteer(entries);
  }

  /** Number of phrases. */
  get size(): number {
    return this.entries.size;
  }

  /** `[key, mask, key, mask, …]` sorted by key (deterministic bytes). */
  toPairs(): Uint32Array {
    const keys = [...this.entries.keys()].map((k) => k >>> 0).sort((a, b) => a - b);
    const out = new Uint32Array(keys.length * 2);
    keys.forEach((k, i) => {
      out[2 * i] = k;
      out[2 * i + 1] = this.entries.get(k | 0)!;
    });
    return out;
  }

  /** Type mask of a phrase, 0 when unknown. */
  lookup(words: readonly WordInfo[]): number {
    return this.entries.get(phraseKey(words)) ?? 0;
  }

  /**
   * Marks matches inside `words[from, to)`: `out[i]` gets bit `type * 4 + pos` for every
   * phrase covering token `i` (pos: B, I, L or U).
   */
  match(words: readonly WordInfo[], from: number, to: number, out: Uint16Array): void {
    this.matchHashes(Int32Array.from(words, (w) => w.lower), Uint8Array.from(words, (w) => w.cap), from, to, out);
  }

  /** {@link match} over tokens given by their lower-form hashes and capitalization classes. */
  matchHashes(lowers: Int32Array, caps: Uint8Array, from: number, to: number, out: Uint16Array): void {
    if (this.entries.size === 0) return;
    const table = (this.table ??= new PhraseTable(this.entries));
    for (let i = from; i < to; i++) {
      if (!startsName(caps[i]!)) continue;
      let h = lowers[i]!;
      const last = Math.min(to, i + MAX_PHRASE);
      for (let j = i; j < last; j++) {
        if (j > i) h = combine(h, lowers[j]!);
        const mask = table.get(h);
        if (mask !== 0) mark(out, i, j + 1, mask);
      }
    }
  }
}

/**
 * Phrase keys and type masks in two typed arrays with linear probing. Matching looks up
 * up to {@link MAX_PHRASE} keys at every capitalized token, and almost all of them miss;
 * on a table of a few hundred thousand phrases a miss here costs a fraction of a `Map`
 * lookup. A mask is never 0 (a phrase has a type), so 0 marks an empty slot. A bit set
 * of about eight bits per phrase (16 KiB for the shipped model's ten thousand), which
 * stays in a core's cache where the slots do not, answers most misses without them.
 */
class PhraseTable {
  private readonly keys: Int32Array;
  private readonly masks: Uint16Array;
  private readonly slotMask: number;
  /** Bit {@link bitOf} of every key held. */
  private readonly held: Int32Array;
  private readonly heldShift: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let size = 1024;
    while (size < entries.size * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.masks = new Uint16Array(size);
    this.slotMask = size - 1;
    // 2^bits bits, at least eight per entry (and at least 1024)
    let bits = 10;
    while (1 << bits < entries.size * 8) bits++;
    this.held = new Int32Array(1 << (bits - 5));
    this.heldShift = 32 - bits;
    for (const [key, mask] of entries) {
      if (mask === 0) continue;
      const bit = PhraseTable.bitOf(key, this.heldShift);
      this.held[bit >>> 5]! |= 1 << (bit & 31);
      let s = PhraseTable.slotOf(key) & this.slotMask;
      while (this.masks[s] !== 0) s = (s + 1) & this.slotMask;
      this.keys[s] = key;
      this.masks[s] = mask;
    }
  }

  /** Spreads keys over the slots (keys are hashes, but their low bits are all we keep). */
  private static slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 12;
  }

  /** The bit of `key` in the held set (another mix of the key than {@link slotOf}'s). */
  private static bitOf(key: number, shift: number): number {
    return Math.imul(key, 0x85ebca6b) >>> shift;
  }

  /** The type mask of phrase key `key`, 0 when unknown. */
  get(key: number): number {
    const bit = PhraseTable.bitOf(key, this.heldShift);
    if ((this.held[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    const { keys, masks, slotMask } = this;
    for (let s = PhraseTable.slotOf(key) & slotMask; ; s = (s + 1) & slotMask) {
      const mask = masks[s]!;
      if (mask === 0 || keys[s] === key) return mask;
    }
  }
}

function mark(out: Uint16Array, start: number, end: number, mask: number): void {
  for (let t = 0; t < NER_TYPES.length; t++) {
    if ((mask & (1 << t)) === 0) continue;
    if (end - start === 1) {
      out[start] |= 1 << (t * 4 + POS_U);
      continue;
    }
    out[start] |= 1 << (t * 4 + POS_B);
    for (let i = start + 1; i < end - 1; i++) out[i] |= 1 << (t * 4 + POS_I);
    out[end - 1] |= 1 << (t * 4 + POS_L);
  }
}
