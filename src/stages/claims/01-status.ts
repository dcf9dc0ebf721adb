/**
 * @module stages/claims/01-status — pass 1: status claims, proposed by the lexicon's rules
 * sentence by sentence and qualified by the cues of the clause before each match.
 *
 * Proposer: every rule of data/lexicons/status.json over every sentence that passes the
 * prefilter and contains the rule's word family (`anchor`) and trigger words (`needs`), all
 * answered in one pass over the sentence (`word-gate.ts`); questions say nothing and are
 * skipped. Qualifiers, from the words of the
 * claim's clause before the match (at most `windowWords` words, never across a clause
 * break): a hypothetical cue drops the claim, and so does a modal right after it ("the
 * collapse of the talks would …"); a past-reference cue ("past agreements")
 * drops it; a planned cue makes it `planned`; a negation makes it `negative` unless the
 * rule fixes the polarity; a past perfect makes it `past`, unless a reporting verb before
 * it makes it the backshifted news ("Qatar said that the sides had agreed"). Refiner: of two overlapping
 * claims of one state the longer stays; an agreement in principle absorbs a plain
 * agreement it overlaps. Dating is pass 2 (`02-date.ts`).
 */
import type { Span } from '../../pipeline/annotation.js';
import type { StatusLexicon, StatusRule } from './lexicon.js';
import { allMatches } from './matches.js';
import { addStatusGates, type SentenceGates, type StatusGateIds } from './proposal-gates.js';
import type { ClaimModality, ClaimState, ClaimTime, Polarity } from './types.js';
import { WordGates, type GateHits } from './word-gate.js';

/** A status claim before dating. */
export interface ProposedClaim extends Span {
  readonly text: string;
  readonly state: ClaimState;
  readonly polarity: Polarity;
  readonly modality: ClaimModality;
  /** `past` for a past perfect; `present` otherwise until pass 2 finds a date. */
  readonly time: Exclude<ClaimTime, 'dated'>;
  readonly sentence: Span;
  readonly rule: StatusRule;
}

/** What the proposer dropped and why (debug output). */
export interface DroppedClaim {
  readonly text: string;
  readonly rule: string;
  readonly why: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** The words of the claim's clause before `at` (an offset into `sentence`), at most `max` words. */
export function clauseBefore(sentence: string, at: number, lex: StatusLexicon): string {
  const before = sentence.slice(0, at);
  let from = 0;
  const re = lex.cues.clauseBreak.re;
  re.lastIndex = 0;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  const clause = before.slice(from);
  const words = allMatches(WORD, clause);
  const max = lex.cues.windowWords;
  return words.length <= max ? clause : clause.slice(words[words.length - max]!.index);
}

/** The words of the claim's clause after `at` (an offset into `sentence`), up to the next clause break. */
export function clauseAfter(sentence: string, at: number, lex: StatusLexicon): string {
  const after = sentence.slice(at);
  const re = lex.cues.clauseBreak.re;
  re.lastIndex = 0;
  const m = re.exec(after);
  return m === null ? after : after.slice(0, m.index);
}

/**
 * The lexicon's gates alone in one `WordGates` (`addStatusGates`: the prefilter, each word
 * family, each rule's `needs`), for a caller without the document's `SentenceGates`.
 */
interface StatusGates {
  readonly gates: WordGates;
  readonly ids: StatusGateIds;
}

const gatesOf = new WeakMap<StatusLexicon, StatusGates>();

function statusGates(lex: StatusLexicon): StatusGates {
  let g = gatesOf.get(lex);
  if (g === undefined) {
    const list: RegExp[] = [];
    const ids = addStatusGates(lex, list);
    g = { gates: new WordGates(list), ids };
    gatesOf.set(lex, g);
  }
  return g;
}

/** Whether `s` is a question: a question mark, then only closing quotes or brackets, then only white space (`\?["”’)\]]*\s*$`). */
export function isQuestion(s: string): boolean {
  let i = s.length;
  while (i > 0 && WHITE.test(s[i - 1]!)) i--;
  while (i > 0 && CLOSERS.includes(s[i - 1]!)) i--;
  return i > 0 && s.charCodeAt(i - 1) === 63;
}

const WHITE = /^\s$/u;
const CLOSERS = '"”’)]';

/**
 * Proposes the status claims of one sentence. `gates`, the document's sentence gates built
 * with this lexicon (`SentenceGates` with `statusLex`), answers the rules' gates from the
 * scan passes 5 and 6 share; without it the sentence is scanned here.
 */
export function proposeInSentence(text: string, sentence: Span, lex: StatusLexicon, dropped?: DroppedClaim[], gates?: SentenceGates): ProposedClaim[] {
  const s = text.slice(sentence.start, sentence.end);
  let hits: GateHits;
  let ids: StatusGateIds;
  if (gates !== undefined && gates.status !== null && gates.answersStatus(text, lex)) {
    hits = gates.of(sentence);
    ids = gates.status;
  } else {
    const own = statusGates(lex);
    hits = own.gates.scan(s);
    ids = own.ids;
  }
  const { familyGate, needsGate } = ids;
  if (!hits.has(ids.prefilter) || isQuestion(s)) return [];
  const out: ProposedClaim[] = [];
  for (let r = 0; r < lex.rules.length; r++) {
    const rule = lex.rules[r]!;
    if (!hits.has(familyGate[r]!) || !hits.has(needsGate[r]!)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m !== null; m = rule.re.exec(s)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      const claim = qualify(s, m, sentence, rule, lex, dropped);
      if (claim !== null) out.push(claim);
    }
  }
  // nothing to refine in a sentence with one claim or none (most sentences that pass the prefilter)
  return out.length > 1 ? refineOverlaps(out) : out;
}

/**
 * The claim of one match of `rule` in the sentence text `s`, qualified by the cues of its clause,
 * or null when a cue drops it (a function of its own: matches are rare, and out of line this
 * code does not weigh on the compile of the loop over the rules).
 */
function qualify(s: string, m: RegExpExecArray, sentence: Span, rule: StatusRule, lex: StatusLexicon, dropped: DroppedClaim[] | undefined): ProposedClaim | null {
  const matched = m[0].replace(/\s+$/u, '');
  const window = clauseBefore(s, m.index, lex);
  const drop = (why: string): null => { dropped?.push({ text: matched, rule: rule.id, why }); return null; };
  if (lex.cues.hypothetical.re.test(window)) return drop(`hypothetical: "${window.trim()}"`);
  const next = clauseAfter(s, m.index + matched.length, lex);
  if (lex.cues.hypotheticalAfter.re.test(next)) return drop(`hypothetical after: "${next.trim()}"`);
  if (lex.cues.pastReference.re.test(window)) return drop(`past reference: "${window.trim()}"`);
  const polarity: Polarity = rule.fixedPolarity ?? (lex.cues.negation.re.test(window) || lex.cues.negation.re.test(matched) ? 'negative' : 'positive');
  const modality: ClaimModality = lex.cues.planned.re.test(window) ? 'planned' : 'asserted';
  const pastPerfect = lex.cues.pastPerfect.re.test(window) || /\bhad\b/i.test(matched);
  const time = pastPerfect && !lex.cues.reportedSpeech.re.test(s.slice(0, m.index)) ? 'past' : 'present';
  const start = sentence.start + m.index;
  return { start, end: start + matched.length, text: matched, state: rule.state, polarity, modality, time, sentence, rule };
}

/** Of overlapping claims of one state the longer stays; in principle beats a plain agreement. */
export function refineOverlaps(claims: readonly ProposedClaim[]): ProposedClaim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: ProposedClaim[] = [];
  for (const c of sorted) {
    const clash = kept.findIndex((k) => k.start < c.end && c.start < k.end && (k.state === c.state || absorbs(k.state, c.state) || absorbs(c.state, k.state)));
    if (clash < 0) { kept.push(c); continue; }
    const k = kept[clash]!;
    if (absorbs(c.state, k.state) || (k.state === c.state && c.end - c.start > k.end - k.start)) kept[clash] = c;
  }
  return kept.sort((a, b) => a.start - b.start);
}

function absorbs(a: ClaimState, b: ClaimState): boolean {
  return a === 'agreed_in_principle' && b === 'agreed';
}
