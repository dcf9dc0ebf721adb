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

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Surrogate pairs: test the whole code point.
  const cp = text.codePointAt(i)!;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** The leading run of letters and digits of `s` from `at` ('' when `s[at]` is not one). */
function wordAt(s: string, at: number): string {
  let end = at;
  while (end < s.length && isWordChar(s, end)) end++;
  return s.slice(at, end);
}

/** Exact phrases (compared as given: fold case and accents beforehand when needed). */
export class PhraseMatcher {
  /** First word → phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, string[]>();
  /** Phrases that do not start with a letter or digit, longest first. */
  private readonly other: string[] = [];

  constructor(phrases: Iterable<string>) {
    for (const p of new Set(phrases)) {
      if (p.length === 0) continue;
      const first = wordAt(p, 0);
      if (first === '') { this.other.push(p); continue; }
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push(p);
    }
    const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    for (const list of this.byFirst.values()) list.sort(longestFirst);
    this.other.sort(longestFirst);
  }

  /** Every match in `text`, left to right. */
  *matches(text: string): Generator<PhraseMatch> {
    let i = 0;
    while (i < text.length) {
      if (isWordChar(text, i - 1)) { i++; continue; }
      let found: string | null = null;
      if (isWordChar(text, i)) {
        const word = wordAt(text, i);
        const list = this.byFirst.get(word);
        if (list) found = this.longestAt(text, i, list);
        if (found === null && this.other.length === 0) { i += Math.max(1, word.length); continue; }
      } else if (this.other.length > 0) found = this.longestAt(text, i, this.other);
      if (found !== null) {
        yield { phrase: found, index: i };
        i += found.length;
      } else i++;
    }
  }

  private longestAt(text: string, at: number, list: readonly string[]): string | null {
    for (const p of list) if (text.startsWith(p, at) && !isWordChar(text, at + p.length)) return p;
    return null;
  }
}
