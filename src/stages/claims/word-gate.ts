/**
 * @module stages/claims/word-gate — many gates (a lexicon's `prefilter`, word families and
 * `needs`) answered for one sentence in one pass over its characters, instead of one
 * case-insensitive regular expression per gate.
 *
 * A gate whose pattern is a plain list of lowercase words ("talk|negotiat|peace process")
 * joins an Aho–Corasick automaton over ASCII-folded characters; any other gate
 * ("\\bnot\\b") keeps its regular expression, run only when asked. The answers are exactly
 * the regular expressions' own: with the `i` flag alone an ASCII letter matches only its
 * ASCII case pair, which is the fold used here; with `iu` two more characters fold to
 * ASCII letters (ſ to s, the Kelvin sign to k), and a sentence holding one of them answers
 * those gates by their regular expressions.
 */

/** A plain list of words: lowercase ASCII letters, digits, spaces, hyphens and apostrophes. */
const WORD_LIST = /^[a-z0-9 ’'-]+(?:\|[a-z0-9 ’'-]+)*$/;
/** Characters that Unicode case folding (flag `u`) maps to an ASCII letter. */
const FOLDS_TO_ASCII = new Set([0x017f, 0x212a]);
/** Raw character classes: 0 any other character, 1–127 ASCII (folded), 128 the right single quote. */
const RAW_CLASSES = 129;
const RIGHT_QUOTE = 0x2019;
/** Bytes of one block of answers (`WordGates.block`): some hundreds of sentences. */
const BLOCK_BYTES = 1 << 15;

/** The answers for one sentence. */
export interface GateHits {
  /** Whether gate `i` (its position in the list the gates were built from) matches the sentence. */
  has(i: number): boolean;
}

/**
 * A compiled set of gates.
 *
 * The automaton's alphabet is only the characters its words use (about thirty classes, every
 * other character one class), so that its transition table stays small enough to sit in
 * the processor's cache: over all 129 raw classes it took a third of a megabyte for the
 * status lexicon, and the scan waited on memory at nearly every character. For the same
 * reason the entries are 16-bit when every state's offset fits (the status and proposal
 * gates together: about a thousand states of some thirty classes), 32-bit otherwise.
 */
export class WordGates {
  /**
   * Transitions, `stride` entries per state: the target state's first entry (its number
   * times `stride`), bitwise negated when gates end at the target (a rare case, so the scan
   * tests one sign instead of looking each state up).
   */
  private readonly next: Int16Array | Int32Array;
  private readonly stride: number;
  /** The class of each ASCII character (case folded) and of the right single quote; 0 for characters no word uses. */
  private readonly asciiClass: Uint8Array;
  private readonly quoteClass: number;
  /** The word-list gates that end at state `q` (with those of its suffixes): `endGates[endFrom[q] .. endFrom[q + 1])`. */
  private readonly endFrom: Int32Array;
  private readonly endGates: Int32Array;
  /** Per gate: answered by the automaton (and its regular expression's `u` flag), or by its regular expression. */
  private readonly byAutomaton: boolean[];
  private readonly unicode: boolean[];

  /**
   * The answers of the sentences scanned so far, `gates.length` bytes per sentence, handed out
   * from one shared block: a typed array of its own per sentence (a hundred bytes or so) is
   * allocated outside the JavaScript heap, and cost more than the scan. A full block is
   * replaced by a fresh one, never reused, so that answers already handed out stay as they are.
   */
  private block: Uint8Array = new Uint8Array(0);
  private blockUsed = 0;

  constructor(private readonly gates: readonly RegExp[]) {
    this.byAutomaton = gates.map((g) => g.flags.includes('i') && !g.flags.includes('g') && !g.flags.includes('y') && WORD_LIST.test(g.source));
    this.unicode = gates.map((g) => g.flags.includes('u') || g.flags.includes('v'));
    const go: Map<number, number>[] = [new Map()];
    const ends: Set<number>[] = [new Set()];
    gates.forEach((g, i) => {
      if (!this.byAutomaton[i]) return;
      for (const word of g.source.split('|')) {
        let state = 0;
        for (const ch of word) {
          const c = rawClassOf(ch.charCodeAt(0));
          let to = go[state]!.get(c);
          if (to === undefined) { to = go.length; go.push(new Map()); ends.push(new Set()); go[state]!.set(c, to); }
          state = to;
        }
        ends[state]!.add(i);
      }
    });
    // failure links, breadth first; a state inherits the gates ending at its failure state
    const fail = new Int32Array(go.length);
    const queue = [...go[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const [c, to] of go[state]!) {
        queue.push(to);
        let f = fail[state]!;
        while (f !== 0 && !go[f]!.has(c)) f = fail[f]!;
        const target = go[f]!.get(c);
        fail[to] = target !== undefined && target !== to ? target : 0;
        for (const g of ends[fail[to]!]!) ends[to]!.add(g);
      }
    }
    // the alphabet: class 0 for every character no word uses (it leads back to the root), then one class per raw class used
    const used = [...new Set(go.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
    const classOfRaw = new Uint8Array(RAW_CLASSES);
    used.forEach((raw, k) => { classOfRaw[raw] = k + 1; });
    this.asciiClass = Uint8Array.from({ length: 128 }, (_, code) => classOfRaw[rawClassOf(code)]!);
    this.quoteClass = classOfRaw[rawClassOf(RIGHT_QUOTE)]!;
    this.stride = used.length + 1;
    // an entry is an offset (below the table's size) or its bitwise negation
    const size = go.length * this.stride;
    this.next = size <= 0x7fff ? new Int16Array(size) : new Int32Array(size);
    for (let state = 0; state < go.length; state++) {
      for (let k = 0; k < used.length; k++) {
        const c = used[k]!;
        let f = state;
        while (f !== 0 && !go[f]!.has(c)) f = fail[f]!;
        const to = go[f]!.get(c) ?? 0;
        this.next[state * this.stride + k + 1] = ends[to]!.size > 0 ? ~(to * this.stride) : to * this.stride;
      }
    }
    this.endFrom = new Int32Array(go.length + 1);
    const flat: number[] = [];
    ends.forEach((e, state) => { flat.push(...e); this.endFrom[state + 1] = flat.length; });
    this.endGates = Int32Array.from(flat);
  }

  /** Answers every gate for `s` (regular-expression gates lazily, once each). */
  scan(s: string): GateHits {
    const size = this.gates.length;
    if (this.blockUsed + size > this.block.length) {
      this.block = new Uint8Array(Math.max(BLOCK_BYTES, size));
      this.blockUsed = 0;
    }
    const hit = this.block;
    const base = this.blockUsed;
    this.blockUsed += size;
    const { next, stride, asciiClass, quoteClass, endFrom, endGates } = this;
    let exotic = false;
    let row = 0;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      let c = 0;
      if (code < 128) c = asciiClass[code]!;
      else if (code === RIGHT_QUOTE) c = quoteClass;
      else if (FOLDS_TO_ASCII.has(code)) exotic = true;
      row = next[row + c]!;
      if (row < 0) {
        row = ~row;
        const state = row / stride;
        for (let k = endFrom[state]!, to = endFrom[state + 1]!; k < to; k++) hit[base + endGates[k]!] = 1;
      }
    }
    // per gate: 1 found by the automaton; 0 unknown yet for a regular-expression gate; 2 known absent
    return {
      has: (g: number): boolean => {
        const h = hit[base + g];
        if (h === 1) return true;
        if (h === 2) return false;
        if (this.byAutomaton[g] && !(exotic && this.unicode[g])) return false;
        const yes = this.gates[g]!.test(s);
        hit[base + g] = yes ? 1 : 2;
        return yes;
      },
    };
  }
}

/** The raw class of a character: ASCII folded to lowercase, the right single quote, or 0. */
function rawClassOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return code === RIGHT_QUOTE ? 128 : 0;
}
