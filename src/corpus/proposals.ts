/**
 * @module corpus/proposals — one record per proposal across the corpus (EXPORT.md
 * `proposals[]`), merged from the `proposal-claim` annotations of every document.
 *
 * Proposals of different negotiations (corpus/negotiations: the track of the words that
 * name it, given its proposers) never merge, and each record says its `negotiation`.
 * Named proposals of different documents merge when `sameProposal` (stages/claims) holds
 * between the newcomer and every mention already in the group: no phase count, duration
 * or origin differs, one of them is shared (or the labels are equal), and the dates, when
 * known, are within 120 days. An unnamed proposal (an article that reports stances on
 * "the proposal" without naming it) stays on its own. The merged record takes the most
 * specific label, every proposer, the earliest date, the terms (one per kind, unit, value
 * and phase, each with all its evidence) and every party's stances over time.
 */
import type { EvidenceSpan } from '../pipeline/document.js';
import { bestLabel, middleDay, sameProposal, type ClaimDate, type ProposalClaimValue, type Stance, type TermKind } from '../stages/claims/index.js';
import { stableId } from '../util/hash.js';
import type { DocFacts } from './conflicts.js';
import { findNegotiations, negotiationRef, type NegotiationIndex, type NegotiationRef } from './negotiations.js';

/** EXPORT.md `proposals[].terms[]`, plus the count qualifier. */
export interface ExportTerm {
  readonly kind: TermKind;
  readonly text: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly qualifier: string | null;
  readonly phase: number | null;
  readonly evidence: EvidenceSpan[];
}

/** EXPORT.md `proposals[].stances[]`, plus the party's name. */
export interface ExportStance {
  readonly party: string;
  readonly partyName: string;
  readonly stance: Stance;
  readonly date: string | null;
  readonly evidence: EvidenceSpan[];
}

/** EXPORT.md `proposals[]`, plus `evidence` (the spans that name it) and `documents`. */
export interface ExportProposal {
  readonly id: string;
  /** The negotiation it belongs to (null: its document names no party). */
  readonly negotiation: NegotiationRef | null;
  readonly label: string;
  readonly proposer: string[];
  readonly proposerNames: string[];
  readonly date: { readonly value: string | null; readonly precision: 'day' | 'month' | 'unknown' };
  readonly terms: ExportTerm[];
  readonly stances: ExportStance[];
  readonly evidence: EvidenceSpan[];
  readonly documents: number;
}

interface Member {
  readonly d: DocFacts;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: ProposalClaimValue;
  readonly negotiation: NegotiationRef | null;
}

function ev(d: DocFacts, s: { start: number; end: number }): EvidenceSpan {
  return { doc: d.id, start: s.start, end: s.end, text: d.text.slice(s.start, s.end) };
}

/** Orders dates (day or month values), unknown last. */
function byDate(a: ClaimDate | null, b: ClaimDate | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return middleDay(a.value).localeCompare(middleDay(b.value));
}

/** Groups the proposal claims of every document into proposals, never across negotiations. */
export function groupProposals(facts: readonly DocFacts[], tracks: NegotiationIndex = findNegotiations(facts)): Member[][] {
  const groups: Member[][] = [];
  for (const d of facts) {
    for (const p of d.proposals) {
      const negotiation = negotiationRef(tracks.ofSpan(d.id, p.start, p.end, p.value.proposer.map((x) => d.entityOf(x))));
      const m: Member = { d, start: p.start, end: p.end, text: p.text, value: p.value, negotiation };
      const key = (x: Member): { label: string; features: ProposalClaimValue['features']; date: string | null } => ({ label: x.value.label, features: x.value.features, date: x.value.date?.value ?? null });
      const g = m.value.named ? groups.find((members) => members[0]!.value.named && (members[0]!.negotiation?.id ?? null) === (negotiation?.id ?? null) && members.every((x) => sameProposal(key(x), key(m)))) : undefined;
      if (g) g.push(m); else groups.push([m]);
    }
  }
  return groups;
}

/** One merged proposal. */
export function mergeGroup(members: readonly Member[]): ExportProposal {
  const first = members[0]!;
  const proposer = new Map<string, string>();
  const terms = new Map<string, ExportTerm>();
  const stances = new Map<string, ExportStance>();
  let date: ClaimDate | null = null;
  for (const m of members) {
    for (const p of m.value.proposer) proposer.set(m.d.entityOf(p), p.name);
    if (byDate(m.value.date, date) < 0) date = m.value.date;
    for (const t of m.value.terms) {
      const k = `${t.kind}|${t.unit ?? ''}|${t.value ?? ''}|${t.phase ?? ''}`;
      const term = terms.get(k) ?? { kind: t.kind, text: t.text, value: t.value, unit: t.unit, qualifier: t.qualifier, phase: t.phase, evidence: [] };
      term.evidence.push(ev(m.d, t));
      terms.set(k, term);
    }
    for (const s of m.value.stances) {
      const party = m.d.entityOf(s.party);
      const k = `${party}|${s.stance}|${s.date?.value ?? ''}`;
      const st = stances.get(k) ?? { party, partyName: s.party.name, stance: s.stance, date: s.date?.value ?? null, evidence: [] };
      st.evidence.push(ev(m.d, s));
      stances.set(k, st);
    }
  }
  const evidence = members.map((m) => ev(m.d, m));
  return {
    id: stableId('p', first.d.id, first.start, first.end),
    negotiation: first.negotiation,
    label: first.value.named ? bestLabel(members.map((m) => m.value)) : 'proposal (unnamed)',
    proposer: [...proposer.keys()],
    proposerNames: [...proposer.values()],
    date: date ? { value: date.value, precision: date.precision } : { value: null, precision: 'unknown' },
    terms: [...terms.values()].sort((a, b) => (a.phase ?? 0) - (b.phase ?? 0) || a.kind.localeCompare(b.kind)),
    stances: [...stances.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.partyName.localeCompare(b.partyName)),
    evidence,
    documents: new Set(members.map((m) => m.d.id)).size,
  };
}

/** Every proposal of the corpus, the earliest first (undated last). */
export function mergeProposals(facts: readonly DocFacts[], tracks?: NegotiationIndex): ExportProposal[] {
  return groupProposals(facts, tracks).map(mergeGroup).sort((a, b) => (a.date.value ? middleDay(a.date.value) : '9999').localeCompare(b.date.value ? middleDay(b.date.value) : '9999'));
}
