/**
 * @module stages/claims/06-terms — pass 6: each proposal's terms and the parties' stances,
 * and the article's proposals assembled.
 *
 * Grouping: named mentions of one article that `sameProposal` finds compatible with every
 * mention of a proposal (no phase count, duration or origin differs) are that proposal; an anaphor ("the
 * proposal", "this framework") is a reference to the last proposal named before it (or,
 * before any, the first named after it).
 * Terms are read from the sentences that name or refer to a proposal, the sentences right after
 * them in the same paragraph that go on spelling out terms ("would", "calls for", "the first
 * stage"; the first that does not, or whose only cue is a party's reported "would", ends them),
 * and the list items after a paragraph ending in a colon: phases, phase counts, durations
 * (from the time layer), counts of hostages or prisoners with their qualifier, and
 * conditions (withdrawal, disarmament, …; lexicon `conditions`). A term takes the phase its
 * sentence names.
 * Stances: a stance cue (accept, reject, counter, positive, pending) in a sentence that
 * refers to a proposal; the party is the one after "by"/"from"/"awaits", else the nearest
 * entity before the cue in the sentence. A negated acceptance ("has not accepted") is
 * `pending`; other negated stances are dropped. Event-layer responses add stances.
 */
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { MentionValue } from '../entities/link/index.js';
import { SpanIndex, firstWhere } from '../../util/span-index.js';
import type { DatedSpan } from './02-date.js';
import { numberOf, partyOf, sameProposal, type ProposalMention } from './05-proposals.js';
import type { ProposalLexicon } from './lexicon.js';
import { allMatches } from './matches.js';
import { SentenceGates } from './proposal-gates.js';
import type { ClaimDate, PartyRef, ProposalClaimValue, Stance, StanceValue, TermValue } from './types.js';

/** Inputs of the pass. */
export interface TermsInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly mentions: readonly Annotation<MentionValue>[];
  readonly times: readonly DatedSpan[];
  /** The date of a sentence (its own, else the reliable publication date), or null. */
  readonly dateOf: (sentence: Span, at: Span) => ClaimDate | null;
  readonly negation: RegExp;
  /** `response` events of the event layer, when the pipeline has one. */
  readonly responses?: readonly { readonly span: Span; readonly stance: Stance; readonly agents: readonly string[] }[];
  /** The document's sentence gates, shared with pass 5 (made here when absent). */
  readonly gates?: SentenceGates;
}

/** One proposal of the article with the span that names it. */
export interface DocProposal extends Span {
  readonly value: ProposalClaimValue;
}

interface Group {
  mentions: ProposalMention[];
  references: Span[];
}

/** A sentence that speaks of a response may hold a stance on a proposal (its gate is in `proposal-gates.ts`). */
const RESPONSE = /\b(?:response|reply|answer)\b/i;
const PHASE_WORDS: Readonly<Record<string, number | null>> = { first: 1, initial: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, final: null, last: null };
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, 'a third': 1 / 3, 'a quarter': 0.25, all: 1 };
const QUALIFIERS: Readonly<Record<string, TermValue['qualifier']>> = { 'up to': 'at_most', 'as many as': 'at_most', 'at least': 'at_least', 'more than': 'at_least', 'no fewer than': 'at_least', about: 'about', around: 'about', nearly: 'about', almost: 'about', roughly: 'about', some: 'about', 'a total of': 'exact' };
const DURATION = /^P(\d+)([DWMY])$/;
/** Words every percentage term holds one of. */
const PERCENT_GATE = /percent|per cent|%/i;
const DURATION_DAYS: Readonly<Record<string, number>> = { D: 1, W: 7, M: 30, Y: 365 };

/**
 * Groups mentions into proposals; anaphors become references. A proposal named as the ground
 * of another ("The proposal builds on a three-phase plan") does not become the one a later "the
 * proposal" refers to (lexicon `background`).
 */
function group(mentions: readonly ProposalMention[], text: string, lex: ProposalLexicon): Group[] {
  const groups: Group[] = [];
  const pending: Span[] = [];
  let last: Group | null = null;
  for (const m of mentions) {
    if (!m.named) {
      const to = last === null ? null : sameNounGroup(groups, last, m) ?? last;
      if (to) to.references.push(m.sentence); else pending.push(m.sentence);
      continue;
    }
    const g = groups.find((x) => x.mentions.every((y) => sameProposal(y, m, true)));
    if (g) g.mentions.push(m); else groups.push({ mentions: [m], references: [] });
    const here = g ?? groups[groups.length - 1]!;
    here.references.push(m.sentence);
    if (last !== null && last !== here && lex.background.test(text.slice(Math.max(m.sentence.start, m.start - 40), m.start))) continue;
    last = here;
    if (pending.length > 0) { last.references.unshift(...pending.splice(0)); }
  }
  return groups;
}

/** Proposal nouns too general to tell which of two proposals an anaphor means ("the proposal", "the offer"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['proposal', 'offer', 'counterproposal', 'counter-proposal']);

/** The head noun of a mention, folded ("May framework" → "framework"). */
function headNoun(m: ProposalMention): string {
  return (m.text.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/s$/, '');
}

/**
 * "The United States presented a new bridging proposal …, replacing the framework that Biden outlined
 * in May. … The May framework had proposed a six-week truce": an anaphor whose own noun (not a generic
 * one) names no mention of the last proposal but names an earlier one refers to that earlier one.
 */
function sameNounGroup(groups: readonly Group[], last: Group, m: ProposalMention): Group | null {
  const noun = headNoun(m);
  if (GENERIC_HEADS.has(noun) || last.mentions.some((x) => headNoun(x) === noun)) return null;
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i] !== last && groups[i]!.mentions.some((x) => headNoun(x) === noun)) return groups[i]!;
  return null;
}

/** Sentences that spell out a proposal's terms, from the sentences that refer to it. */
function termSentences(refs: readonly Span[], input: TermsInput, lex: ProposalLexicon): Span[] {
  const out = new Map<number, Span>();
  const { text, sentences, paragraphs } = input;
  for (const r of refs) {
    out.set(r.start, r);
    const pi = SpanIndex.of(paragraphs).holding(r.start);
    const para = paragraphs[pi];
    const idx = SpanIndex.of(sentences).startingAt(r.start);
    // the description goes on while each next sentence spells out terms: a sentence on something
    // else, or a party's own reported "would" ("Netanyahu said Israel would keep fighting"), ends it
    for (let i = idx + 1; i >= 1 && i < sentences.length; i++) {
      const s = sentences[i]!;
      if (!para || s.start >= para.end) break;
      const st = text.slice(s.start, s.end);
      if (!lex.termCue.test(st) || lex.termReported.test(st)) break;
      out.set(s.start, s);
    }
    // list items after a lead-in ending with a colon ("This proposal involves:")
    if (para && r.end >= para.end - 2 && /:\s*$/.test(text.slice(Math.max(para.start, para.end - 4), para.end))) {
      for (let k = pi + 1; k < paragraphs.length && k <= pi + 8; k++) {
        const p = paragraphs[k]!;
        const words = text.slice(p.start, p.end).split(/\s+/).length;
        if (words > 40) break;
        for (const s of SpanIndex.of(sentences).within(p.start, p.end)) out.set(s.start, s);
      }
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** The terms of one sentence. */
export function termsIn(sentence: Span, input: TermsInput, lex: ProposalLexicon): TermValue[] {
  const { text } = input;
  const gates = input.gates ?? new SentenceGates(text, lex);
  const { ids } = gates;
  const hits = gates.of(sentence);
  const s = text.slice(sentence.start, sentence.end);
  const bare: Span = { start: sentence.start, end: sentence.end };
  const out: TermValue[] = [];
  const at = (i: number, len: number, rest: Omit<TermValue, 'start' | 'end' | 'text' | 'sentence' | 'phase'>): void => {
    const start = sentence.start + i;
    out.push({ start, end: start + len, text: text.slice(start, start + len), sentence: bare, phase: null, ...rest });
  };
  // a sentence without a phase or part word names no phase
  const phased = hits.has(ids.phaseOrPart);
  for (const m of phased ? allMatches(lex.phaseTerm, s) : []) {
    const n = PHASE_WORDS[m[1]!.toLowerCase()] ?? null;
    const clauseEnd = s.slice(m.index).search(/[;]|$/);
    const len = Math.min(clauseEnd, 200);
    at(m.index, len, { kind: 'phase', value: n, unit: 'phase', qualifier: null });
  }
  for (const m of phased ? allMatches(lex.phasesTerm, s) : []) at(m.index, m[0].length, { kind: 'phase', value: numberOf(m[1]!), unit: 'phases', qualifier: null });
  for (const t of SpanIndex.of(input.times).within(sentence.start, sentence.end)) {
    if (t.type !== 'duration' || !t.value) continue;
    const d = DURATION.exec(t.value);
    // "a day" is a figure of speech far more often than a one-day truce; "two days of talks" is how long something else took
    if (!d || (d[1] === '1' && d[2] === 'D') || lex.durationNotTerm.test(text.slice(t.end, t.end + 40))) continue;
    at(t.start - sentence.start, t.end - t.start, { kind: 'duration', value: Number(d[1]) * DURATION_DAYS[d[2]!]!, unit: 'days', qualifier: null });
  }
  for (const m of hits.has(ids.count) ? allMatches(lex.countTerm, s) : []) {
    const q = m[1]?.toLowerCase();
    const word = m[2]!.toLowerCase();
    const fraction = FRACTIONS[word];
    const value = fraction ?? numberOf(word);
    if (value === null) continue;
    at(m.index, m[0].length, { kind: 'count', value, unit: m[3]!.toLowerCase(), qualifier: fraction !== undefined ? 'fraction' : q ? QUALIFIERS[q] ?? 'exact' : 'exact' });
  }
  for (const m of PERCENT_GATE.test(s) ? allMatches(lex.percentTerm, s) : []) {
    const q = m[1]?.toLowerCase();
    at(m.index, m[0].length, { kind: 'other', value: Number(m[2]!.replace(/,/g, '')), unit: 'percent', qualifier: q ? QUALIFIERS[q] ?? 'exact' : 'exact' });
  }
  for (let i = 0; i < lex.conditions.length; i++) {
    const c = lex.conditions[i]!;
    if (!hits.has(ids.conditions[i]!)) continue;
    c.re.lastIndex = 0;
    const m = c.re.exec(s);
    if (m) at(m.index, m[0].length, { kind: 'condition', value: null, unit: c.value, qualifier: null });
  }
  // a term belongs to the phase named before it in the sentence
  const phases = out.filter((t) => t.kind === 'phase' && t.unit === 'phase' && t.value !== null);
  if (phases.length === 0) return out.sort((a, b) => a.start - b.start);
  return out.map((t) => {
    const p = phases.findLast((x) => x.start <= t.start);
    return p && t !== p ? { ...t, phase: p.value } : t.kind === 'phase' && t.unit === 'phase' ? { ...t, phase: t.value } : t;
  }).sort((a, b) => a.start - b.start);
}

/** The stances of one sentence. */
export function stancesIn(sentence: Span, input: TermsInput, lex: ProposalLexicon): StanceValue[] {
  const { text, mentions } = input;
  const gates = input.gates ?? new SentenceGates(text, lex);
  const hits = gates.of(sentence);
  const s = text.slice(sentence.start, sentence.end);
  const bare: Span = { start: sentence.start, end: sentence.end };
  const out: StanceValue[] = [];
  for (let i = 0; i < lex.stances.length; i++) {
    const rule = lex.stances[i]!;
    if (!hits.has(gates.ids.stances[i]!)) continue;
    for (const m of allMatches(rule.re, s)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const before = s.slice(Math.max(0, m.index - 30), m.index);
      if (lex.stanceDrop.test(before) || lex.stanceObject.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      let stance: Stance = rule.kind;
      if (rule.kind !== 'pending' && input.negation.test(before.split(/[,;]/).pop() ?? '')) {
        if (rule.kind !== 'accept' && rule.kind !== 'accept_in_principle') continue;
        stance = 'pending';
      }
      const party = partyFor(text, sentence, start, end, mentions, lex);
      if (!party) continue;
      out.push({ start, end, text: m[0], party, stance, date: input.dateOf(sentence, { start, end }), sentence: bare });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A relative clause with a subject of its own right before a stance cue ("Brightwell had offered a
 * 12% raise in May, which the union rejected"): the cue is that subject's, not a party named before.
 */
const RELATIVE_SUBJECT = /,\s+(?:which|that|whom)\s+(?:the|its|their|his|her)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:had\s+|has\s+|have\s+)?$/iu;

/** "rejected by Egypt", "was turned down on Monday by Hamas": the party after a passive stance cue. */
const PASSIVE_BY = /^\s+(?:\S+\s+){0,3}?(?:by|from)\s+(?:the\s+)?$/u;

/** "rejected a ceasefire proposal by Egypt": "by" after the cue's object names who proposed, not who answered. */
const OBJECT_BY = /^\s+(?:a|an|the|its|their|this|that|his|her)\s/iu;

/** The party of a stance cue at [start, end). */
function partyFor(text: string, sentence: Span, start: number, end: number, mentions: readonly Annotation<MentionValue>[], lex: ProposalLexicon): PartyRef | null {
  const inSentence = SpanIndex.of(mentions).within(sentence.start, sentence.end).filter((m) => m.value.via !== 'pronoun');
  const after = inSentence.find((m) => m.start >= end && m.start - end <= 40 && (lex.partyAfter.test(text.slice(end, m.start)) || (PASSIVE_BY.test(text.slice(end, m.start)) && !OBJECT_BY.test(text.slice(end, m.start)))));
  if (after) return partyOf(after);
  if (/^(?:awaits|awaiting|await|waiting for)\b/i.test(text.slice(start, end))) {
    const next = inSentence.find((m) => m.start >= start);
    return next ? partyOf(next) : null;
  }
  // not the outlet a source spoke to ("told Reuters"), nor a speaker who reports someone else's stance ("X said the mediators were studying it")
  const prior = inSentence.filter((m) => m.end <= start && !lex.partySkipBefore.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))
    && !lex.partyReportsOther.test(text.slice(m.end, start)) && !RELATIVE_SUBJECT.test(text.slice(m.end, start)));
  const best = [...prior].reverse().find((m) => m.value.type !== 'place' || !/^\s*(?:in|at|to|from)\s*$/.test(text.slice(Math.max(sentence.start, m.start - 4), m.start)));
  return best ? partyOf(best) : null;
}

/** The article's proposals, each with its terms and stances. */
export function assemble(mentions: readonly ProposalMention[], given: TermsInput, lex: ProposalLexicon): DocProposal[] {
  const gates = given.gates ?? new SentenceGates(given.text, lex);
  const input: TermsInput = given.gates ? given : { ...given, gates };
  const groups = group(mentions, input.text, lex);
  const lastBefore = lastNamed(groups);
  phaseReferences(input, gates, lex, lastBefore, groups);
  const refSentence = new Map<number, Group>();
  for (const g of groups) for (const r of g.references) if (!refSentence.has(r.start)) refSentence.set(r.start, g);
  // stance sentences: a proposal is referred to, or the cue is about a response to one
  const unnamed: Group = { mentions: [], references: [] };
  // the group a stance sentence speaks of: the one it refers to, else the last named, else the first, else none named
  const groupOf = (s: Span): Group => refSentence.get(s.start) ?? lastBefore(s.start) ?? groups[0] ?? unnamed;
  const stances = cueStances(input, gates, lex, refSentence, groupOf, unnamed);
  responseStances(input, lex, stances, groupOf);
  const all = unnamed.references.length > 0 ? [...groups, unnamed] : groups;
  const termsOf = new Map<number, TermValue[]>();
  return all.map((g) => proposalOf(g, groups, input, lex, stances, termsOf)).filter((p) => p.value.named || p.value.stances.length > 0);
}

/**
 * A sentence that spells out a phase ("In the second stage, the parties would …") refers
 * to the last proposal named, unless it already refers to one ("The May framework had proposed
 * a six-week truce in its first phase" is that framework's).
 */
function phaseReferences(input: TermsInput, gates: SentenceGates, lex: ProposalLexicon, lastBefore: (offset: number) => Group | undefined, groups: readonly Group[]): void {
  const { text, sentences } = input;
  for (const s of sentences) {
    if (!gates.of(s).has(gates.ids.phase)) continue;
    const st = text.slice(s.start, s.end);
    lex.phaseTerm.lastIndex = 0;
    if (!lex.phaseTerm.test(st) || !lex.termCue.test(st)) continue;
    if (groups.some((x) => x.references.some((r) => r.start === s.start))) continue;
    const g = lastBefore(s.start);
    if (g) g.references.push(s);
  }
}

/** The stances of the stance cues, by the group each speaks of (an unreferred sentence is `unnamed`'s reference). */
function cueStances(input: TermsInput, gates: SentenceGates, lex: ProposalLexicon, refSentence: ReadonlyMap<number, Group>, groupOf: (s: Span) => Group, unnamed: Group): Map<Group, StanceValue[]> {
  const { text, sentences } = input;
  const { ids } = gates;
  const stances = new Map<Group, StanceValue[]>();
  for (const s of sentences) {
    const hits = gates.of(s);
    if (!hits.has(ids.stanceFilter)) continue;
    const st = text.slice(s.start, s.end);
    const refers = refSentence.has(s.start) || (hits.has(ids.anaphor) && lex.anaphor.test(st)) || (hits.has(ids.response) && RESPONSE.test(st));
    if (!refers) continue;
    const found = stancesIn(s, input, lex);
    if (found.length === 0) continue;
    const g = groupOf(s);
    if (g === unnamed && !unnamed.references.some((r) => r.start === s.start)) unnamed.references.push(s);
    stances.set(g, [...(stances.get(g) ?? []), ...found]);
  }
  return stances;
}

/** Event-layer responses add stances, in sentences where the stance cues found nothing. */
function responseStances(input: TermsInput, lex: ProposalLexicon, stances: Map<Group, StanceValue[]>, groupOf: (s: Span) => Group): void {
  const { text, sentences } = input;
  const withStance = new Set([...stances.values()].flat().map((x) => x.sentence.start));
  for (const r of input.responses ?? []) {
    const s = sentences[SpanIndex.of(sentences).holding(r.span.start)];
    // an agent named in the sentence (not as the outlet a source spoke to), or anywhere when the sentence is unknown
    const named = s ? SpanIndex.of(input.mentions).within(s.start, s.end).filter((m) => !lex.partySkipBefore.test(text.slice(Math.max(s.start, m.start - 20), m.start))) : input.mentions;
    const party = r.agents.map((k) => named.find((m) => m.value.key === k)).find((m) => m !== undefined);
    if (!s || !party || withStance.has(s.start) || lex.stanceObject.test(text.slice(r.span.end, r.span.end + 40))) continue;
    const g = groupOf(s);
    const list = stances.get(g) ?? [];
    if (list.some((x) => x.party.key === party.value.key && x.stance === r.stance)) continue;
    list.push({ start: r.span.start, end: r.span.end, text: text.slice(r.span.start, r.span.end), party: partyOf(party), stance: r.stance, date: input.dateOf(s, r.span), sentence: { start: s.start, end: s.end } });
    stances.set(g, list);
  }
}

/** One group as the proposal claim it makes: its terms (read once per sentence, `termsOf`), features, proposers, date and stances. */
function proposalOf(g: Group, groups: readonly Group[], input: TermsInput, lex: ProposalLexicon, stances: ReadonlyMap<Group, StanceValue[]>, termsOf: Map<number, TermValue[]>): DocProposal {
  const first = g.mentions[0];
  const terms: TermValue[] = [];
  // "The proposal builds on a three-phase plan": words that name another proposal are that one's, not terms of this one
  const others = groups.filter((x) => x !== g).flatMap((x) => x.mentions);
  for (const s of termSentences(g.references, input, lex)) {
    let found = termsOf.get(s.start);
    if (!found) { found = termsIn(s, input, lex); termsOf.set(s.start, found); }
    for (const t of found) {
      if (others.some((m) => m.start <= t.start && t.end <= m.end)) continue;
      if (!terms.some((x) => x.kind === t.kind && x.unit === t.unit && x.value === t.value && x.phase === t.phase)) terms.push(t);
    }
  }
  const features = first ? mergeFeatures(g.mentions) : { phases: null, days: null, origin: null, bridging: false };
  const proposer: PartyRef[] = [];
  for (const m of g.mentions) for (const p of m.proposer) if (!proposer.some((x) => x.key === p.key)) proposer.push(p);
  const dates = g.mentions.map((m) => input.dateOf(m.sentence, m)).filter((d): d is ClaimDate => d !== null).sort((a, b) => a.value.localeCompare(b.value));
  const ownStances = dedupeStances(stances.get(g) ?? []);
  const span = first ?? ownStances[0] ?? { start: g.references[0]!.start, end: g.references[0]!.end };
  const label = first ? bestLabel(g.mentions) : 'proposal';
  return {
    start: span.start,
    end: span.end,
    value: { label, named: first !== undefined, features, proposer, date: dates[0] ?? null, terms, stances: ownStances, references: g.references.map((r) => ({ start: r.start, end: r.end })) },
  };
}

/**
 * The group of the proposal named last at or before an offset (of two named at the same
 * offset, the earlier group's). The mentions are sorted once: a long document asks for
 * every sentence with a stance or a phase.
 */
function lastNamed(groups: readonly Group[]): (at: number) => Group | undefined {
  const named = groups.flatMap((g) => g.mentions.map((m) => ({ start: m.start, g })));
  // stable: of equal starts, the first in group order comes first
  named.sort((a, b) => a.start - b.start);
  return (at) => {
    let k = firstWhere(named.length, (i) => named[i]!.start > at) - 1;
    if (k < 0) return undefined;
    while (k > 0 && named[k - 1]!.start === named[k]!.start) k--;
    return named[k]!.g;
  };
}

function mergeFeatures(ms: readonly ProposalMention[]): ProposalClaimValue['features'] {
  return {
    phases: ms.find((m) => m.features.phases !== null)?.features.phases ?? null,
    days: ms.find((m) => m.features.days !== null)?.features.days ?? null,
    origin: ms.find((m) => m.features.origin !== null)?.features.origin ?? null,
    bridging: ms.some((m) => m.features.bridging),
  };
}

/** The label with the most words (the most specific), ties to the first. */
export function bestLabel(ms: readonly { label: string }[]): string {
  return ms.reduce((best, m) => (m.label.split(' ').length > best.split(' ').length ? m.label : best), ms[0]?.label ?? 'proposal');
}

function dedupeStances(list: readonly StanceValue[]): StanceValue[] {
  const out: StanceValue[] = [];
  for (const s of [...list].sort((a, b) => a.start - b.start)) if (!out.some((x) => x.party.key === s.party.key && x.stance === s.stance && x.date?.value === s.date?.value)) out.push(s);
  return out;
}
