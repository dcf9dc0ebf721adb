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
/** Character classes of the automaton: 0 any other character, 1–127 ASCII (folded), 128 the right single quote. */
const CLASSES = 129;
const RIGHT_QUOTE = 0x2019;

/** The answers for one sentence. */
export interface GateHits {
  /** Whether gate `i` (its position in the list the gates were built from) matches the sentence. */
  has(i: number): boolean;
}

/** A compiled set of gates. */
export class WordGates {
  private readonly next: Int32Array;
  /** The word-list gates that end at each state (with those of its suffixes), or null. */
  private readonly ends: (Int32Array | null)[];
  /** Per gate: answered by the automaton (and its regular expression's `u` flag), or by its regular expression. */
  private readonly byAutomaton: boolean[];
  private readonly unicode: boolean[];

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
          const c = classOf(ch.charCodeAt(0));
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
    this.next = new Int32Array(go.length * CLASSES);
    for (let state = 0; state < go.length; state++) {
      for (let c = 0; c < CLASSES; c++) {
        let f = state;
        while (f !== 0 && !go[f]!.has(c)) f = fail[f]!;
        this.next[state * CLASSES + c] = go[f]!.get(c) ?? 0;
      }
    }
    this.ends = ends.map((e) => (e.size > 0 ? Int32Array.from(e) : null));
  }

  /** Answers every gate for `s` (regular-expression gates lazily, once each). */
  scan(s: string): GateHits {
    const hit = new Uint8Array(this.gates.length);
    let exotic = false;
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code >= 128 && FOLDS_TO_ASCII.has(code)) exotic = true;
      state = this.next[state * CLASSES + classOf(code)]!;
      const e = this.ends[state];
      if (e) for (let k = 0; k < e.length; k++) hit[e[k]!] = 1;
    }
    // per gate: 1 found by the automaton; 0 unknown yet for a regular-expression gate; 2 known absent
    return {
      has: (g: number): boolean => {
        if (hit[g] === 1) return true;
        if (hit[g] === 2) return false;
        if (this.byAutomaton[g] && !(exotic && this.unicode[g])) return false;
        hit[g] = this.gates[g]!.test(s) ? 1 : 2;
        return hit[g] === 1;
      },
    };
  }
}

function classOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return code === RIGHT_QUOTE ? 128 : 0;
}
