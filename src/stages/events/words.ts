/**
 * @module stages/events/words — token words as small integers, and answers about a word kept by its number.
 *
 * The passes ask the same questions about the same words over and over ("is `talks` in the
 * set `negotiation`?", "which rules start with `released`?"): as string lookups they were a
 * fifth of the stage. Every distinct token text gets a number once per process (a lookup
 * per token in an open-addressing table of its own, which also replaces lower-casing every
 * token of every document), and an answer about a word is computed once and then read from
 * an array by that number.
 *
 * The numbering is shared by every document and bounded: when it holds `MAX_WORDS` texts it
 * starts afresh before the next document (`wordIds`), and every cached answer and every
 * view numbered before that falls back to the string lookups it stands for
 * (`numberingCurrent`). A cached answer is a pure function of the word, so an answer read
 * from the cache is always the one the string lookup gives.
 */
/** Distinct token texts kept before the numbering starts afresh (about 10 MiB per worker when full; a day of news fills it). */
const MAX_WORDS = 100_000;

/**
 * Raw token text → its number: an open-addressing table (linear probing) of `SLOT` entries per
 * slot: number + 1 (0 for an empty slot), the text's hash, and where its characters sit in
 * `chars` (offset, length); its slot count a power of two, kept above twice the count. Every
 * token of every document is looked up here: a `Map` keyed by the fresh token strings cost
 * half again as much, and comparing against the numbered string objects waited on memory
 * (the slot, then the array of strings, then the string); one slot holds all a lookup
 * needs but the characters, which sit side by side in one array.
 */
const SLOT = 4;
let slots = new Int32Array(SLOT << 12);
/** The characters of every numbered text, one after the other (UTF-16 code units). */
let chars = new Uint16Array(1 << 16);
/** Code units of `chars` in use. */
let charsUsed = 0;
/** Number → raw token text. */
const raws: string[] = [];
/** Number → the word the passes match: lower case, with ’ read as '. */
const lowers: string[] = [];
/** Bumped whenever the numbering starts afresh. */
let generation = 0;
/**
 * The current generation as a live binding (the number `numberingCurrent()` returns):
 * `EventView.is` and `wordValue` read it without a call.
 */
export { generation as numberingGeneration };

/** The word the passes match for a token text: lower case, with ’ read as '. */
export function matchWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The numbers of `tokens`' texts (numbering new texts; starting afresh first when the numbering is full). */
export function wordIds(tokens: readonly { readonly text: string }[]): Int32Array {
  if (raws.length >= MAX_WORDS) {
    slots.fill(0);
    charsUsed = 0;
    raws.length = 0;
    lowers.length = 0;
    generation++;
  }
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = numberOf(tokens[i]!.text);
  return out;
}

/** The number of a raw token text, numbering it when new. */
function numberOf(raw: string): number {
  const h = hashText(raw);
  const n = raw.length;
  const mask = (slots.length / SLOT) - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    const e = slots[at]!;
    if (e === 0) return numberNew(raw, h, at);
    if (slots[at + 1] === h && slots[at + 3] === n && sameChars(raw, slots[at + 2]!)) return e - 1;
  }
}

/** Whether `raw` is the text whose characters start at `offset` of `chars` (its length already compared). */
function sameChars(raw: string, offset: number): boolean {
  for (let k = 0; k < raw.length; k++) if (chars[offset + k] !== raw.charCodeAt(k)) return false;
  return true;
}

/** Numbers `raw` (hash `h`) in the empty slot entry `at`. */
function numberNew(raw: string, h: number, at: number): number {
  const id = raws.length;
  raws.push(raw);
  lowers.push(matchWord(raw));
  if (charsUsed + raw.length > chars.length) {
    const grown = new Uint16Array(Math.max(chars.length * 2, charsUsed + raw.length));
    grown.set(chars.subarray(0, charsUsed));
    chars = grown;
  }
  for (let k = 0; k < raw.length; k++) chars[charsUsed + k] = raw.charCodeAt(k);
  slots[at] = id + 1;
  slots[at + 1] = h;
  slots[at + 2] = charsUsed;
  slots[at + 3] = raw.length;
  charsUsed += raw.length;
  if (raws.length * 2 > slots.length / SLOT) rehash((slots.length / SLOT) * 2);
  return id;
}

/** Rebuilds the table with `size` slots. */
function rehash(size: number): void {
  const old = slots;
  slots = new Int32Array(size * SLOT);
  const mask = size - 1;
  for (let from = 0; from < old.length; from += SLOT) {
    if (old[from] === 0) continue;
    let slot = old[from + 1]! & mask;
    while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(from, from + SLOT), slot * SLOT);
  }
}

/** FNV-1a over the UTF-16 code units of `s`. */
function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
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
  /**
   * 0: not asked yet, 1: yes, 2: no; by word number, valid for the numbering's generation
   * `generation`. `EventView.is` reads a known answer in place; only this class writes them.
   */
  bits: Uint8Array = new Uint8Array(0);
  generation = -1;

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
  /**
   * By word number; kept packed (filled with undefined) so that it stays a fast array. With
   * `known` (1: computed) and `generation` (the numbering's they are valid for), read in place
   * by `EventView.wordValue`; only this class writes them.
   */
  values: (V | undefined)[] = [];
  known: Uint8Array = new Uint8Array(0);
  generation = -1;

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
