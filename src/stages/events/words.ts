/**
 * @module stages/events/words — token words as small integers, and answers about a word kept by its number.
 *
 * The passes ask the same questions about the same words over and over ("is `talks` in the
 * set `negotiation`?", "which rules start with `released`?"): as string lookups they were a
 * fifth of the stage. Every distinct token text gets a number once per process (a map
 * lookup per token, which also replaces lower-casing every token of every document), and
 * an answer about a word is computed once and then read from an array by that number.
 *
 * The numbering is shared by every document and bounded: when it holds `MAX_WORDS` texts it
 * starts afresh before the next document (`wordIds`), and every cached answer and every
 * view numbered before that falls back to the string lookups it stands for
 * (`numberingCurrent`). A cached answer is a pure function of the word, so an answer read
 * from the cache is always the one the string lookup gives.
 */
/** Distinct token texts kept before the numbering starts afresh. */
const MAX_WORDS = 200_000;

/** Raw token text → its number. */
const numbers = new Map<string, number>();
/** Number → raw token text. */
const raws: string[] = [];
/** Number → the word the passes match: lower case, with ’ read as '. */
const lowers: string[] = [];
/** Bumped whenever the numbering starts afresh. */
let generation = 0;

/** The word the passes match for a token text: lower case, with ’ read as '. */
export function matchWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The numbers of `tokens`' texts (numbering new texts; starting afresh first when the numbering is full). */
export function wordIds(tokens: readonly { readonly text: string }[]): Int32Array {
  if (numbers.size >= MAX_WORDS) {
    numbers.clear();
    raws.length = 0;
    lowers.length = 0;
    generation++;
  }
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.text;
    let id = numbers.get(raw);
    if (id === undefined) {
      id = lowers.length;
      numbers.set(raw, id);
      raws.push(raw);
      lowers.push(matchWord(raw));
    }
    out[i] = id;
  }
  return out;
}

/** The current numbering's generation: numbers taken in another generation mean nothing now. */
export function numberingCurrent(): number {
  return generation;
}

/** The match word of number `id` (current generation). */
export function wordOf(id: number): string {
  return lowers[id]!;
}

/**
 * A yes/no question about a word (`test(word, raw)`), answered once per word number.
 * Ask only with numbers of the current generation.
 */
export class WordFlags {
  /** 0: not asked yet, 1: yes, 2: no; by word number. */
  private bits: Uint8Array = new Uint8Array(0);
  private generation = -1;

  constructor(private readonly test: (word: string, raw: string) => boolean) {}

  /** The answer for word number `id`. */
  has(id: number): boolean {
    let bits = this.bits;
    if (this.generation !== generation || id >= bits.length) bits = this.grow(id);
    const b = bits[id]!;
    if (b !== 0) return b === 1;
    const yes = this.test(lowers[id]!, raws[id]!);
    bits[id] = yes ? 1 : 2;
    return yes;
  }

  private grow(id: number): Uint8Array {
    const fresh = this.generation !== generation;
    const bits = new Uint8Array(Math.max(1024, lowers.length, id + 1, fresh ? 0 : this.bits.length * 2));
    if (!fresh) bits.set(this.bits);
    this.bits = bits;
    this.generation = generation;
    return bits;
  }
}

/**
 * A value computed from a word (`compute(word)`), once per word number.
 * Ask only with numbers of the current generation.
 */
export class WordTable<V> {
  /** By word number; kept packed (filled with undefined) so that it stays a fast array. */
  private values: (V | undefined)[] = [];
  private known: Uint8Array = new Uint8Array(0);
  private generation = -1;

  constructor(private readonly compute: (word: string) => V) {}

  /** The value for a word, without the cache (for a word numbered in an earlier generation). */
  of(word: string): V {
    return this.compute(word);
  }

  /** The value for word number `id`. */
  get(id: number): V {
    if (this.generation !== generation || id >= this.known.length) this.grow(id);
    if (this.known[id] === 1) return this.values[id] as V;
    const v = this.compute(lowers[id]!);
    this.values[id] = v;
    this.known[id] = 1;
    return v;
  }

  private grow(id: number): void {
    const fresh = this.generation !== generation;
    const known = new Uint8Array(Math.max(1024, lowers.length, id + 1, fresh ? 0 : this.known.length * 2));
    if (fresh) this.values = [];
    else known.set(this.known);
    while (this.values.length < known.length) this.values.push(undefined);
    this.known = known;
    this.generation = generation;
  }
}
