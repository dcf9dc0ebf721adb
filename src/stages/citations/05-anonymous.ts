/**
 * @module stages/citations/05-anonymous — pass 5: sources cited without a name.
 *
 * Each rule of `ANONYMOUS_RULES` ("sources familiar with the talks", "a senior Hamas
 * official told", "according to Israeli media reports") is anchored on nouns, all found in
 * one pass; only around them does a rule try its `before` pattern (ending at the noun) and
 * its `after` pattern (starting right after it).
 */
import type { Candidate } from './04-propose.js';
import { ANONYMOUS_RULES, REPORTING, type AnonymousRule } from './lexicon.js';

const BEFORE_WINDOW = 80;

interface Compiled {
  readonly rule: AnonymousRule;
  readonly before: RegExp;
  readonly after: RegExp;
}

const COMPILED: readonly Compiled[] = ANONYMOUS_RULES.map((rule) => ({ rule, before: new RegExp(rule.before, 'u'), after: new RegExp(rule.after, 'uy') }));

/** Rules by noun (lower case). */
const BY_NOUN = new Map<string, Compiled[]>();
for (const c of COMPILED) for (const n of c.rule.nouns) BY_NOUN.set(n, [...(BY_NOUN.get(n) ?? []), c]);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each noun as a pattern (the first letter in either case), longest first: the order the scan tries them in. */
const NOUN_PATTERNS: readonly { readonly first: string; readonly rest: string }[] = [...BY_NOUN.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => ({ first: `[${n[0]!.toUpperCase()}${n[0]}]`, rest: escape(n.slice(1)) }));

/**
 * Every noun of every rule, in one pass (ASCII word boundaries; the nouns are ASCII). The
 * left boundary is checked by {@link proposeAnonymous}, not by a lookbehind, and the nouns
 * are grouped by first letter ("[Oo](?:fficials|fficers|…)"), which V8 scans about 20%
 * faster. Grouping keeps the order in which the nouns are tried at any position, so the
 * matches are those of the flat pattern ({@link flatNouns}); when it would not (two groups
 * share a letter and their nouns interleave in the order), the flat pattern is used.
 */
export const NOUNS = groupedNouns(NOUN_PATTERNS) ?? new RegExp(`(?:${NOUN_PATTERNS.map((p) => p.first + p.rest).join('|')})(?![A-Za-z])`, 'g');

/** The nouns pattern as it was: a lookbehind for the left boundary, one flat alternation (for tests). */
export function flatNouns(): RegExp {
  return new RegExp(`(?<![A-Za-z])(?:${NOUN_PATTERNS.map((p) => p.first + p.rest).join('|')})(?![A-Za-z])`, 'g');
}

function groupedNouns(patterns: typeof NOUN_PATTERNS): RegExp | null {
  const groups = new Map<string, string[]>();
  for (const p of patterns) groups.set(p.first, [...(groups.get(p.first) ?? []), p.rest]);
  // For each letter, the nouns that may start there must come in the same order as in `patterns`.
  const letters = new Set([...groups.keys()].flatMap((f) => [...f.slice(1, -1)]));
  for (const c of letters) {
    const flat = patterns.filter((p) => p.first.includes(c)).map((p) => p.first + p.rest);
    const grouped = [...groups].filter(([f]) => f.includes(c)).flatMap(([f, rests]) => rests.map((r) => f + r));
    if (flat.join('|') !== grouped.join('|')) return null;
  }
  return new RegExp(`(?:${[...groups].map(([f, rests]) => `${f}(?:${rests.join('|')})`).join('|')})(?![A-Za-z])`, 'g');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The text of the sentence around `[start, end)`, cut at sentence-ending punctuation or a line break (at most 200 characters each side). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

/** Anonymous citations of `text`, possibly overlapping one another (the refiners dedupe). */
export function proposeAnonymous(text: string): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  NOUNS.lastIndex = 0;
  for (let n = NOUNS.exec(text); n !== null; n = NOUNS.exec(text)) {
    const at = n.index;
    if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) {
      // Inside a word: go on from the next character, as the lookbehind `(?<![A-Za-z])` would.
      NOUNS.lastIndex = at + 1;
      continue;
    }
    const nounEnd = at + n[0].length;
    const noun = n[0][0]!.toLowerCase() + n[0].slice(1);
    for (const { rule, before, after } of BY_NOUN.get(noun) ?? BY_NOUN.get(n[0]) ?? []) {
      after.lastIndex = nounEnd;
      const a = after.exec(text);
      if (a === null) continue;
      const from = Math.max(0, at - BEFORE_WINDOW);
      const b = before.exec(text.slice(from, at));
      if (b === null) continue;
      const lead = b.groups?.['lead'];
      const start = lead === undefined ? from + b.index : at - lead.length;
      const end = nounEnd + (a.groups?.['keep']?.length ?? 0);
      if (rule.needsReportingVerb === true && !REPORTING.test(sentenceAround(text, start, end))) continue;
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end, name: text.slice(start, end).replace(/\s+/g, ' '), kind: 'anonymous', known: false, outletKey: null, list: null, rule: `citations/anonymous-${rule.id}` });
    }
  }
  return out;
}
