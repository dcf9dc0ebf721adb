/**
 * @module util/phrases — finds known phrases in a text without a giant regular expression.
 *
 * An alternation of hundreds of names (`(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])`)
 * makes the regex engine try every name at every character; on news text that cost
 * milliseconds per document. A {@link PhraseMatcher} indexes phrases by their first word
 * and tries only the phrases that start with the word found at each word start, longest
 * first. Its matches are those of that regex: leftmost, then longest, not overlapping,
 * with no letter or digit right before or right after a match.
 */

/** One match: the phrase as given and where it starts in the searched text. */
export interface PhraseMatch {
  readonly phrase: string;
  readonly index: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether each code unit below 0x10000 outside the surrogates is a letter or digit: 0 not known yet, 1 no, 2 yes. */
const WORD_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_UNITS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 1;

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  const known = WORD_UNITS[c]!;
  if (known !== 0) return known === 2;
  // Surrogate pairs: test the whole code point.
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c >= 0xdc00 && i > 0) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1)!));
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  }
  const word = WORD_CHAR.test(String.fromCharCode(c));
  WORD_UNITS[c] = word ? 2 : 1;
  return word;
}

/** The end of the run of letters and digits of `s` from `at` (`at` when `s[at]` is not one). */
function wordEnd(s: string, at: number): number {
  let end = at;
  while (isWordChar(s, end)) end++;
  return end;
}

/** Bits kept of a word hash: 16, a small integer for the map and an index into the bit table. */
const HASH_MASK = 0xffff;

/** A hash of `s[from, to)`, to look a word up without slicing it out (`matches` computes it inline). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/** Exact phrases (compared as given: fold case and accents beforehand when needed). */
export class PhraseMatcher {
  /**
   * Hash of the first word → phrases starting with a word of that hash, longest first. Words
   * that share a hash share a list: a phrase found at a word start begins with that very word.
   */
  private readonly byFirst = new Map<number, string[]>();
  /** One bit per hash (modulo 2^16) of the first words: most words of a text have none set. */
  private readonly firstBits = new Uint32Array(1 << 11);
  /** Phrases that do not start with a letter or digit, longest first. */
  private readonly other: string[] = [];

  constructor(phrases: Iterable<string>) {
    for (const p of new Set(phrases)) {
      if (p.length === 0) continue;
      const first = wordEnd(p, 0);
      if (first === 0) { this.other.push(p); continue; }
      const h = hashOf(p, 0, first);
      this.firstBits[h >>> 5]! |= 1 << (h & 31);
      let list = this.byFirst.get(h);
      if (!list) this.byFirst.set(h, (list = []));
      list.push(p);
    }
    const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    for (const list of this.byFirst.values()) list.sort(longestFirst);
    this.other.sort(longestFirst);
  }

  /**
   * Every match in `text`, left to right. Only word starts are tried (and, when some phrase
   * starts with a sign, the places after a non-word character); a word is looked up by its
   * hash, without copying it out of the text, and most words are turned away by one bit.
   */
  matches(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = text.length;
    // invariant: the character before `i` is not a letter or digit
    let i = 0;
    while (i < n) {
      let found: string | null = null;
      if (isWordChar(text, i)) {
        let end = i;
        let h = 0;
        do h = (Math.imul(h, 31) + text.charCodeAt(end++)) | 0; while (isWordChar(text, end));
        h &= HASH_MASK;
        const list = (this.firstBits[h >>> 5]! & (1 << (h & 31))) !== 0 ? this.byFirst.get(h) : undefined;
        if (list) found = this.longestAt(text, i, list);
        // no match: the next place to try is past the word and the character after it
        if (found === null) { i = end + 1; continue; }
      } else if (this.other.length > 0) found = this.longestAt(text, i, this.other);
      if (found !== null) {
        out.push({ phrase: found, index: i });
        i += found.length;
        if (isWordChar(text, i - 1)) i++; // the character at i is none (longestAt checked)
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, at: number, list: readonly string[]): string | null {
    for (const p of list) if (text.startsWith(p, at) && !isWordChar(text, at + p.length)) return p;
    return null;
  }
}
