/**
 * @module corpus/status — the negotiation's state over time (EXPORT.md `status[]`) and the
 * state on a given day (`parley status --as-of`).
 *
 * Observations: every asserted, positive status claim dated to a day or a month (its
 * state mapped to the export's states by data/lexicons/status.json `exportState`), and
 * every asserted event of the event layer that says what state the talks are in (talks,
 * proposal, agreement, ceasefire start and end), dated by a time expression, or by the
 * article's date when that date is reliable (stages/claims `reliablePublished`). A month observation counts only for a
 * month without day observations, from its first day.
 * Each observation belongs to a negotiation track (corpus/negotiations: the track of its
 * sentence, given the event's actors), and each track gets its own timeline; observations
 * of documents that name no party form a timeline of their own (`negotiation: null`).
 * Evidence is the whole sentence of the claim or event, so it starts and ends at words. A plain
 * agreement event (not `final`) that a document reports on the day of its own agreement in
 * principle is part of that deal: it does not make the day `agreed`.
 * Timeline: day by day, the state most documents report wins (ties: the later state of the
 * lexicon's `rank`); a state in the lexicon's `holds` stays until one of its `until` states
 * is reported (talks on phase two do not end a truce in force), or until `maxDays` pass
 * without a new report of it. Consecutive days of one
 * state make one span; a span ends where the next begins (`to`), the last is open (`null`).
 */
import type { EvidenceSpan } from '../pipeline/document.js';
import { reliablePublished, type StatusLexicon, type StatusState } from '../stages/claims/index.js';
import type { DocFacts, FactEvent } from './conflicts.js';
import { findNegotiations, negotiationRef, type NegotiationIndex, type NegotiationRef } from './negotiations.js';

/** One dated report of a state. */
export interface Observation {
  /** `YYYY-MM-DD`, or `YYYY-MM` for a month. */
  readonly when: string;
  readonly state: StatusState;
  readonly doc: string;
  readonly evidence: EvidenceSpan;
  readonly via: 'claim' | 'event';
  /** Id of the negotiation track, null when none. */
  readonly negotiation?: string | null;
  /** A plain agreement event (neither in principle nor final), while observations are collected. */
  readonly plain?: boolean;
  /** A plain agreement claim dated only by the article's own day, while observations are collected. */
  readonly restated?: boolean;
  /** A party's acceptance of the deal itself ("Union members approved the deal"), while observations are collected. */
  readonly ratifies?: boolean;
}

/** EXPORT.md `status[]`, plus `negotiation`, `precision` and the number of documents behind it. */
export interface StatusSpan {
  /** The negotiation this span is the state of (null: documents that name no party). */
  readonly negotiation: NegotiationRef | null;
  readonly from: string;
  readonly to: string | null;
  readonly state: StatusState;
  readonly precision: 'day' | 'month';
  readonly evidence: EvidenceSpan[];
  readonly documents: number;
}

/** Most evidence spans one status span lists (one per document first). */
export const MAX_STATUS_EVIDENCE = 12;

/**
 * Rules whose agreements were on one act before events carried `scope` (session 13): a store
 * analysed earlier has the rule id and no scope, and documents are not analysed again.
 */
const LEGACY_ACT_RULES: ReadonlySet<string> = new Set(['events/agreement/agreed-to-act']);

/**
 * The export state an event says the talks are in, or null. An agreement on one act (the
 * events stage's `scope: 'act'`: `agreed to meet again`, `agreed to take part in a humanitarian
 * initiative`, `captives were swapped in a deal brokered by the UAE`) says no deal was reached:
 * it leaves the state as it was.
 */
export function eventState(e: Pick<FactEvent, 'type' | 'subtype' | 'scope' | 'rule'>): StatusState | null {
  switch (e.type) {
    case 'talks': return 'talks';
    case 'proposal': return 'proposal_pending';
    case 'agreement': return e.scope === 'act' || (e.scope == null && e.rule != null && LEGACY_ACT_RULES.has(e.rule)) ? null : e.subtype === 'in_principle' ? 'agreed_in_principle' : 'agreed';
    case 'ceasefire_start': return 'ceasefire_in_effect';
    case 'ceasefire_end': return 'ceasefire_ended';
    default: return null;
  }
}

/** Words that make an agreement final: a claim saying them never restates an agreement in principle ("have now reached a final deal"). */
const FINAL_DEAL = /\b(?:final|finali[sz]ed|ratified|ratify|ratifies|signed|approved)\b/i;

/**
 * An acceptance of a deal, not of a proposal: "Union members approved the deal", "the union ratified
 * the new contract". It reads `agreed` when its track reached an agreement in principle at most
 * RATIFY_DAYS before: a party of the track accepting the deal its negotiators struck.
 */
const ACCEPTS_DEAL = /\b(?:accepted|accepts|approved|approves|ratified|ratifies|endorsed|endorses|backed|backs)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|accord|settlement)\b/i;
const RATIFY_DAYS = 45;

const WHEN = /^\d{4}-\d{2}(?:-\d{2})?$/;
const DAY_MS = 86_400_000;

/** The sentence around a span when known (claims and events store theirs), else the span itself. */
function sentenceOf(d: DocFacts, span: { start: number; end: number }, sentence: { start: number; end: number } | null | undefined): EvidenceSpan {
  const s = sentence && sentence.start <= span.start && sentence.end >= span.end && sentence.end <= d.text.length ? sentence : span;
  return { doc: d.id, start: s.start, end: s.end, text: d.text.slice(s.start, s.end) };
}

/** The dated observations of the corpus, each with its negotiation when `tracks` is given. */
export function observations(facts: readonly DocFacts[], lex: StatusLexicon, tracks?: NegotiationIndex): Observation[] {
  const out: Observation[] = [];
  for (const d of facts) {
    if (d.duplicateOf !== null) continue; // a duplicate repeats its original's reports
    for (const c of d.claims) {
      const v = c.value;
      if (v.modality !== 'asserted' || v.polarity !== 'positive' || v.time === 'past' || !v.date) continue;
      const evidence = sentenceOf(d, c, v.sentence);
      const negotiation = tracks ? tracks.ofSpan(d.id, evidence.start, evidence.end)?.id ?? null : null;
      const state = lex.exportState[v.state];
      out.push({ when: v.date.value, state, doc: d.id, evidence, via: 'claim', negotiation, restated: state === 'agreed' && v.date.from === 'published' && !FINAL_DEAL.test(evidence.text) });
    }
    // an event dated only by the article's own date (tense, or a coarse time) counts when that date is reliable
    const reliable = reliablePublished(d.published) !== null;
    for (const e of d.events) {
      const ratifies = e.type === 'response' && e.subtype === 'accept' && ACCEPTS_DEAL.test(e.evidence.text);
      const state = ratifies ? 'agreed' : eventState(e);
      if (!reliable && e.date?.basis !== 'time' && e.date?.basis !== 'anaphora') continue;
      const value = e.date?.value;
      if (!state || e.modality !== 'asserted' || !value || !WHEN.test(value.slice(0, 10)) || (e.date!.precision !== 'day' && e.date!.precision !== 'month')) continue;
      const negotiation = tracks ? tracks.ofEvent(e)?.id ?? null : null;
      // an agent of the acceptance must be a party of its track ("a party of a known track"): "Commuter groups backed the deal" ratifies nothing
      if (ratifies && (negotiation === null || !e.agents.some((a) => tracks!.negotiations.find((n) => n.id === negotiation)?.parties.includes(a)))) continue;
      out.push({ when: e.date!.precision === 'day' ? value.slice(0, 10) : value.slice(0, 7), state, doc: d.id, evidence: sentenceOf(d, e.evidence, e.sentence), via: 'event', negotiation, plain: state === 'agreed' && e.subtype !== 'final' && !ratifies, ...(ratifies ? { ratifies } : {}) });
    }
  }
  // "reached a tentative agreement on Thursday … The two sides agreed to extend their old contract": a plain
  // agreement the same document reports on the day of its agreement in principle is part of that deal, not a final one;
  // so is a plain agreement claim dated only by the article's day ("The deal was struck after 14 hours of talks")
  // in a document whose agreement in principle is of that day or the week before
  const inPrinciple = new Set(out.filter((o) => o.state === 'agreed_in_principle').map((o) => `${o.doc}\u0000${o.when}`));
  const principleDays = new Map<string, string[]>();
  for (const o of out) if (o.state === 'agreed_in_principle' && o.when.length === 10) principleDays.set(o.doc, [...(principleDays.get(o.doc) ?? []), o.when]);
  const restatesPrinciple = (o: Observation): boolean => o.restated === true && o.when.length === 10
    && (principleDays.get(o.doc) ?? []).some((day) => day <= o.when && Date.parse(o.when) - Date.parse(day) <= 7 * DAY_MS);
  // a deal accepted by a party is agreed only after its track's agreement in principle (RATIFY_DAYS at most before)
  const principleOf = new Map<string, string[]>();
  for (const o of out) if (o.state === 'agreed_in_principle' && o.negotiation) principleOf.set(o.negotiation, [...(principleOf.get(o.negotiation) ?? []), firstDay(o.when)]);
  const ratified = (o: Observation): boolean => o.negotiation != null
    && (principleOf.get(o.negotiation) ?? []).some((day) => day <= firstDay(o.when) && Date.parse(firstDay(o.when)) - Date.parse(day) <= RATIFY_DAYS * DAY_MS);
  return out.filter((o) => !(o.plain === true && inPrinciple.has(`${o.doc}\u0000${o.when}`)) && !restatesPrinciple(o) && (o.ratifies !== true || ratified(o)))
    .map(({ plain: _plain, restated: _restated, ratifies: _ratifies, ...o }) => o);
}

/** The first day a `YYYY-MM-DD` or `YYYY-MM` value covers. */
export function firstDay(when: string): string {
  return when.length === 7 ? `${when}-01` : when.slice(0, 10);
}

/** The status spans of a list of observations (of one negotiation), in time order. */
export function statusSpans(obs: readonly Observation[], lex: StatusLexicon, negotiation: NegotiationRef | null = null): StatusSpan[] {
  const daysWithDays = new Set(obs.filter((o) => o.when.length === 10).map((o) => o.when.slice(0, 7)));
  const kept = obs.filter((o) => o.when.length === 10 || !daysWithDays.has(o.when));
  const byWhen = new Map<string, Observation[]>();
  for (const o of kept) byWhen.set(o.when, [...(byWhen.get(o.when) ?? []), o]);
  const whens = [...byWhen.keys()].sort((a, b) => firstDay(a).localeCompare(firstDay(b)) || b.length - a.length);
  const rank = (s: StatusState): number => lex.rank.indexOf(s);
  const spans: { from: string; state: StatusState; precision: 'day' | 'month'; evidence: Observation[]; last: string }[] = [];
  for (const when of whens) {
    const day = byWhen.get(when)!;
    const docs = new Map<StatusState, Set<string>>();
    for (const o of day) docs.set(o.state, (docs.get(o.state) ?? new Set()).add(o.doc));
    const winner = [...docs.entries()].sort((a, b) => b[1].size - a[1].size || rank(b[0]) - rank(a[0]))[0]![0];
    const current = spans[spans.length - 1];
    const hold = current ? lex.holds.find((h) => h.state === current.state) : undefined;
    const held = hold !== undefined && !hold.until.includes(winner) && (Date.parse(firstDay(when)) - Date.parse(firstDay(current!.last))) / DAY_MS <= hold.maxDays;
    if (current && (winner === current.state || held)) {
      const same = day.filter((o) => o.state === current.state);
      current.evidence.push(...same);
      if (same.length > 0) current.last = when;
      continue;
    }
    spans.push({ from: when, state: winner, precision: when.length === 7 ? 'month' : 'day', evidence: day.filter((o) => o.state === winner), last: when });
  }
  return spans.map((s, i) => ({
    negotiation,
    from: s.from,
    to: spans[i + 1]?.from ?? null,
    state: s.state,
    precision: s.precision,
    evidence: pickEvidence(s.evidence),
    documents: new Set(s.evidence.map((o) => o.doc)).size,
  }));
}

/**
 * Up to MAX_STATUS_EVIDENCE spans, one per document first, in time order; a span that
 * overlaps one already taken (a claim and an event read from one sentence) is left out.
 */
function pickEvidence(obs: readonly Observation[]): EvidenceSpan[] {
  const distinct: Observation[] = [];
  for (const o of obs) if (!distinct.some((x) => x.doc === o.doc && x.evidence.start < o.evidence.end && o.evidence.start < x.evidence.end)) distinct.push(o);
  const first: Observation[] = [];
  const rest: Observation[] = [];
  const seen = new Set<string>();
  for (const o of distinct) (seen.has(o.doc) ? rest : (seen.add(o.doc), first)).push(o);
  return [...first, ...rest].slice(0, MAX_STATUS_EVIDENCE).map((o) => o.evidence);
}

/**
 * The status timeline of every negotiation of the corpus: the tracks in the index's order
 * (most documents first), each in time order, then the spans of documents naming no party.
 */
export function statusTimeline(facts: readonly DocFacts[], lex: StatusLexicon, tracks: NegotiationIndex = findNegotiations(facts)): StatusSpan[] {
  const byTrack = new Map<string | null, Observation[]>();
  for (const o of observations(facts, lex, tracks)) {
    const k = o.negotiation ?? null;
    const list = byTrack.get(k);
    if (list) list.push(o); else byTrack.set(k, [o]);
  }
  const out: StatusSpan[] = [];
  for (const n of tracks.negotiations) {
    const obs = byTrack.get(n.id);
    if (obs) out.push(...statusSpans(obs, lex, negotiationRef(n)));
  }
  const none = byTrack.get(null);
  if (none) out.push(...statusSpans(none, lex, null));
  return out;
}

/** The spans of a timeline grouped by negotiation, in their order. */
export function byNegotiation(spans: readonly StatusSpan[]): { negotiation: NegotiationRef | null; spans: StatusSpan[] }[] {
  const groups: { negotiation: NegotiationRef | null; spans: StatusSpan[] }[] = [];
  for (const s of spans) {
    const last = groups[groups.length - 1];
    if (last && (last.negotiation?.id ?? null) === (s.negotiation?.id ?? null)) last.spans.push(s);
    else groups.push({ negotiation: s.negotiation, spans: [s] });
  }
  return groups;
}

/** The span in force on `day` (`YYYY-MM-DD`) in the spans of one negotiation, or null before the first one. */
export function statusAsOf(spans: readonly StatusSpan[], day: string): StatusSpan | null {
  let hit: StatusSpan | null = null;
  for (const s of spans) {
    if (firstDay(s.from) > day) break;
    if (s.to === null || day < firstDay(s.to)) hit = s;
  }
  return hit;
}
