/**
 * @module stages/quotes/statements — the same quote reported by several documents is one statement.
 *
 * Two quotes are the same statement when their words overlap enough: each quote's text is
 * cut into shingles of four normalized words (letters and digits, lower case, quotation
 * marks and punctuation dropped), and two quotes from different documents are joined when
 * the shingles they share cover at least half of the shorter one's (so a wire story that
 * quotes one sentence of a longer quote joins it). Quotes shorter than six words are never
 * joined: "a lot of progress" is a phrase many speakers use. Groups are closed under
 * joining (union-find). Cross-document work: meant for `src/corpus` once that folder takes
 * statements; kept here beside the quotes it reads.
 */

/** A quote as the grouping sees it. */
export interface StatementInput {
  /** Stable id of the quote (export `quotes[].id`). */
  readonly id: string;
  readonly doc: string;
  readonly text: string;
}

/** Words per shingle. */
const SHINGLE = 4;
/** Fewest words a quote needs to be joined with another. */
const MIN_WORDS = 6;
/** Share of the shorter quote's shingles the two must share. */
const MIN_SHARED = 0.5;
/** Quotes sharing one shingle beyond which it is too common to index (a stock phrase). */
const MAX_POSTINGS = 50;

/** The normalized words of a quote. */
export function statementWords(text: string): string[] {
  return text.normalize('NFKD').toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The distinct shingles of a quote, or none when it is too short to compare. */
export function shingles(text: string): Set<string> {
  const words = statementWords(text);
  const out = new Set<string>();
  if (words.length < MIN_WORDS) return out;
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Groups quotes into statements. Returns, for every quote that shares its statement with a
 * quote of another document, the ids of the other quotes of the statement (in input order).
 */
export function groupStatements(quotes: readonly StatementInput[]): Map<string, string[]> {
  const sets = quotes.map((q) => shingles(q.text));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const sh of set) {
      const list = index.get(sh) ?? [];
      if (list.length <= MAX_POSTINGS) list.push(i);
      index.set(sh, list);
    }
  });
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const sh of set) {
      const list = index.get(sh)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j < i && quotes[j]!.doc !== quotes[i]!.doc) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) if (n >= MIN_SHARED * Math.min(set.size, sets[j]!.size)) parent[find(i)] = find(j);
  });
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const out = new Map<string, string[]>();
  for (const members of groups.values()) {
    if (new Set(members.map((i) => quotes[i]!.doc)).size < 2) continue;
    for (const i of members) out.set(quotes[i]!.id, members.filter((j) => j !== i).map((j) => quotes[j]!.id));
  }
  return out;
}
