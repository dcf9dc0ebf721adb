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

function startsName(info: WordInfo): boolean {
  return info.cap === CAP_TITLE || info.cap === CAP_UPPER || info.cap === CAP_MIXED;
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

  private constructor(entries: Map<number, number>) {
    this.entries = entries;
  }

  /** Builds a gazetteer from phrases (those not starting with a capital are skipped). */
  static build(phrases: Iterable<GazetteerPhrase>): Gazetteer {
    const entries = new Map<number, number>();
    for (const p of phrases) {
      if (p.words.length === 0 || p.words.length > MAX_PHRASE || !startsName(p.words[0]!)) continue;
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
    if (this.entries.size === 0) return;
    for (let i = from; i < to; i++) {
      if (!startsName(words[i]!)) continue;
      let h = words[i]!.lower;
      const last = Math.min(to, i + MAX_PHRASE);
      for (let j = i; j < last; j++) {
        if (j > i) h = combine(h, words[j]!.lower);
        const mask = this.entries.get(h);
        if (mask !== undefined) mark(out, i, j + 1, mask);
      }
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
