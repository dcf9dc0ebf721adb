/**
 * @module stages/quotes/model/int-set — a fixed set of 32-bit integers (word hashes), answered
 * without a `Set` lookup.
 *
 * The cue tagger asks, for every word of a document, whether its hash is a function word
 * (`NEVER_CUE`) or an anchor word (about 2,500); `Set.has` on a number hashes and probes a
 * generic table. This one is open addressing over an `Int32Array` at most a quarter full
 * (Fibonacci hashing, linear probing): a lookup is a multiply and, mostly, one or two reads.
 * Built once; it never changes.
 */
export class IntSet {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;
  readonly size: number;

  constructor(values: Iterable<number>) {
    const distinct = [...new Set(Array.from(values, (v) => v | 0))];
    let bits = 4;
    while (1 << bits < 4 * distinct.length) bits++;
    this.keys = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.size = distinct.length;
    for (const v of distinct) {
      let i = Math.imul(v, 0x9e3779b1) >>> this.shift;
      while (this.used[i] === 1) i = (i + 1) & this.mask;
      this.keys[i] = v;
      this.used[i] = 1;
    }
  }

  /** Whether `v` (a 32-bit integer) is in the set. */
  has(v: number): boolean {
    const keys = this.keys;
    const used = this.used;
    let i = Math.imul(v, 0x9e3779b1) >>> this.shift;
    while (used[i] === 1) {
      if (keys[i] === v) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}
