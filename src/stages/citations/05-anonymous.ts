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

/** Every noun of every rule, in one pass (ASCII word boundaries; the nouns are ASCII). */
const NOUNS = new RegExp(`(?<![A-Za-z])(?:${[...BY_NOUN.keys()].sort((a, b) => b.length - a.length).map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${escape(n.slice(1))}`).join('|')})(?![A-Za-z])`, 'g');

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
