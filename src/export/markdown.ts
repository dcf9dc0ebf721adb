/**
 * @module export/markdown — `parley export --format markdown`: a dated briefing.
 *
 * Sections: where things stand (the last status span), the status timeline, events by
 * date (type, modality, how many documents report them; one known only by a bound, "collapsed
 * before Ramadan", under "by" its latest day), proposals with their terms and
 * each party's stances, and conflicts. Every statement carries a footnote that quotes its
 * evidence span and names the document (title, outlet, publication date, source). The
 * briefing is built from the same views as the JSON export (`readCorpusViews`).
 */
import { findConflicts, type ExportConflict } from '../corpus/conflicts.js';
import { findNegotiations } from '../corpus/negotiations.js';
import { mergeProposals, type ExportProposal } from '../corpus/proposals.js';
import { byNegotiation, statusTimeline, type StatusSpan } from '../corpus/status.js';
import type { EvidenceSpan } from '../pipeline/document.js';
import { statusLexicon } from '../stages/claims/index.js';
import { splitSentences } from '../stages/sentences/index.js';
import type { Store } from '../store/store.js';
import { corpusEntityIds, corpusFacts, sectionItems } from './export.js';

/** A document as the briefings cite it. */
export interface CitedDocument {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly text: string;
}

/** An exported event (EXPORT.md `events[]`), as the briefings read it. */
export interface BriefEvent {
  readonly id: string;
  readonly type: string;
  readonly subtype?: string | null;
  readonly modality: string;
  /** `latest`: the last day it can fall on when only a bound is known ("before Ramadan"). */
  readonly date: { readonly value: string | null; readonly precision: string; readonly latest?: string };
  readonly quantity?: { readonly value: number; readonly unit: string | null; readonly qualifier: string } | null;
  readonly evidence: readonly EvidenceSpan[];
  readonly corroboration?: number;
}

/** Everything a briefing shows. */
export interface CorpusViews {
  readonly documents: readonly CitedDocument[];
  readonly events: readonly BriefEvent[];
  readonly status: readonly StatusSpan[];
  readonly proposals: readonly ExportProposal[];
  readonly conflicts: readonly ExportConflict[];
}

/** Reads the views of the store (documents, events, status, proposals, conflicts); `kbDirs`: the run's extra knowledge-base folders. */
export async function readCorpusViews(store: Store, kbDirs: readonly string[] = []): Promise<CorpusViews> {
  const documents: CitedDocument[] = [];
  for await (const d of store.documents()) documents.push({ id: d.id, source: d.source, title: d.title, outlet: d.outlet, published: d.published.value, text: d.text });
  const ids = await corpusEntityIds(store);
  const events: BriefEvent[] = [];
  for await (const e of sectionItems(store, 'events', { ids: Promise.resolve(ids) })) events.push(e as BriefEvent);
  const facts = await corpusFacts(store, ids);
  const lex = statusLexicon();
  const tracks = findNegotiations(facts, kbDirs);
  return { documents, events, status: statusTimeline(facts, lex, tracks), proposals: mergeProposals(facts, tracks), conflicts: findConflicts(facts, lex, tracks) };
}

/** The words of a state or type: `ceasefire_in_effect` → `ceasefire in effect`. */
export function words(code: string): string {
  return code.replace(/_/g, ' ');
}

/** Footnotes: one per distinct evidence span, numbered in order of first use. */
export class Footnotes {
  private readonly notes: { key: string; line: string }[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly docs: ReadonlyMap<string, CitedDocument>) {}

  /** `[^n]` for an evidence span (the same span always gets the same number). */
  cite(e: EvidenceSpan): string {
    const key = `${e.doc}:${e.start}:${e.end}`;
    let n = this.index.get(key);
    if (n === undefined) {
      n = this.notes.length + 1;
      this.index.set(key, n);
      this.notes.push({ key, line: `[^${n}]: “${oneLine(e.text, 240)}” — ${describeDoc(this.docs.get(e.doc), e.doc)}` });
    }
    return `[^${n}]`;
  }

  /** Citations of up to `max` spans. */
  citeAll(es: readonly EvidenceSpan[], max = 3): string {
    return es.slice(0, max).map((e) => this.cite(e)).join('');
  }

  /** The footnote lines. */
  lines(): string[] {
    return this.notes.map((n) => n.line);
  }
}

/** The text on one line, cut at the last word boundary before `max` characters (with "…"). */
export function oneLine(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

function describeDoc(d: CitedDocument | undefined, id: string): string {
  if (!d) return id;
  const parts = [d.title ? `*${oneLine(d.title, 120)}*` : `*${d.source}*`];
  if (d.outlet) parts.push(d.outlet);
  parts.push(d.published ? `published ${d.published.slice(0, 10)}` : 'date unknown');
  if (d.title) parts.push(d.source);
  return parts.join(', ');
}

/**
 * The sentence around an evidence span, for a readable quote: the sentences of its
 * paragraph (stages/sentences, so "4 a.m." or "Dr." do not end one) that the span
 * touches. When that is longer than the span plus `max` characters on each side, it is cut
 * at word boundaries, with "…" where words were left out.
 */
export function context(doc: CitedDocument | undefined, e: EvidenceSpan, max = 220): string {
  if (!doc) return oneLine(e.text, max * 2);
  const text = doc.text;
  const p0 = text.lastIndexOf('\n', Math.max(0, e.start - 1)) + 1;
  const nl = text.indexOf('\n', e.end);
  const p1 = nl < 0 ? text.length : nl;
  let start = e.start;
  let end = e.end;
  for (const s of splitSentences(text.slice(p0, p1))) {
    if (p0 + s.end <= e.start || p0 + s.start >= e.end) continue;
    start = Math.min(start, p0 + s.start);
    end = Math.max(end, p0 + s.end);
  }
  let head = '';
  let tail = '';
  if (e.start - start > max) {
    const at = text.indexOf(' ', e.start - max);
    start = at < 0 || at >= e.start ? e.start : at + 1;
    head = '…';
  }
  if (end - e.end > max) {
    const at = text.lastIndexOf(' ', e.end + max);
    end = at <= e.end ? e.end : at;
    tail = '…';
  }
  return `${head}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${tail}`;
}

function range(s: StatusSpan): string {
  return s.to ? `${s.from} – ${s.to}` : `since ${s.from}`;
}

/** The briefing as Markdown. */
export function toMarkdown(v: CorpusViews, generatedAt = new Date().toISOString()): string {
  const docs = new Map(v.documents.map((d) => [d.id, d]));
  const notes = new Footnotes(docs);
  const out: string[] = [];
  const dated = v.documents.map((d) => d.published?.slice(0, 10)).filter((x): x is string => !!x).sort();
  out.push('# Negotiation briefing', '');
  out.push(`Generated ${generatedAt.slice(0, 19).replace('T', ' ')} UTC from ${v.documents.length} document(s)${dated.length ? `, published ${dated[0]} to ${dated[dated.length - 1]}` : ''}. Every statement is footnoted with the words it was read from.`, '');

  const groups = byNegotiation(v.status);
  const heading = (n: StatusSpan['negotiation']): string => (n === null ? 'reports that name no party' : n.label);
  out.push('## Where things stand', '');
  if (groups.length === 0) out.push('No dated report of the state of the talks.', '');
  for (const g of groups) {
    const last = g.spans[g.spans.length - 1]!;
    out.push(`${groups.length > 1 ? `- ${heading(g.negotiation)}: ` : ''}**${words(last.state)}** ${range(last)}, reported by ${last.documents} document(s).${notes.citeAll(last.evidence)}`);
  }
  out.push('');

  out.push('## Status timeline', '');
  if (v.status.length === 0) out.push('No dated status reports.');
  for (const g of groups) {
    if (groups.length > 1) out.push('', `### ${heading(g.negotiation)}`, '');
    for (const s of g.spans) out.push(`- **${range(s)}**: ${words(s.state)} (${s.documents} document(s))${notes.citeAll(s.evidence)}`);
  }
  out.push('');

  out.push('## Events by date', '');
  // an event known only by a bound ("collapsed before Ramadan") is listed under "by" its latest day
  const dayOf = (e: BriefEvent): string => e.date.value ?? `by ${e.date.latest}`;
  const sortKey = (e: BriefEvent): string => e.date.value ?? e.date.latest!;
  const events = [...v.events].filter((e) => e.date.value || e.date.latest).sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || (a.date.value ? 0 : 1) - (b.date.value ? 0 : 1));
  if (events.length === 0) out.push('No dated events.');
  let day = '';
  for (const e of events) {
    if (dayOf(e) !== day) { day = dayOf(e); out.push('', `### ${day}`, ''); }
    const q = e.quantity ? `, ${e.quantity.qualifier === 'exact' ? '' : `${words(e.quantity.qualifier)} `}${e.quantity.value}${e.quantity.unit ? ` ${e.quantity.unit}` : ''}` : '';
    const ev = e.evidence[0];
    out.push(`- ${words(e.type)}${e.subtype ? ` (${words(e.subtype)})` : ''}${q} — ${e.modality}, reported by ${e.corroboration ?? 1} document(s): “${ev ? context(docs.get(ev.doc), ev, 160) : ''}”${notes.citeAll(e.evidence, 2)}`);
  }
  out.push('');

  out.push('## Proposals', '');
  if (v.proposals.length === 0) out.push('No proposals found.', '');
  for (const p of v.proposals) {
    const by = p.proposerNames.length ? ` — proposed by ${p.proposerNames.join(', ')}` : '';
    out.push(`### ${p.label}${by}${p.date.value ? ` (${p.date.value})` : ''}`, '');
    out.push(`Named in ${p.documents} document(s).${notes.citeAll(p.evidence, 2)}`, '');
    if (p.terms.length) {
      out.push('Terms:', '');
      for (const t of p.terms) out.push(`- ${t.phase !== null && t.kind !== 'phase' ? `phase ${t.phase}, ` : ''}${t.kind}${t.unit && t.kind === 'condition' ? ` (${words(t.unit)})` : ''}: “${oneLine(t.text, 160)}”${notes.citeAll(t.evidence, 2)}`);
      out.push('');
    }
    if (p.stances.length) {
      out.push('Stances:', '');
      for (const s of p.stances) out.push(`- ${s.partyName}: ${words(s.stance)}${s.date ? ` (${s.date})` : ''}${notes.citeAll(s.evidence, 2)}`);
      out.push('');
    }
  }

  out.push('## Conflicts', '');
  if (v.conflicts.length === 0) out.push('No conflicting reports found.');
  for (const c of v.conflicts) out.push(`- **${c.kind}**: ${c.summary}${notes.citeAll(c.items, 4)}`);
  out.push('');

  const lines = notes.lines();
  if (lines.length) out.push('## Evidence', '', ...lines, '');
  return `${out.join('\n')}\n`;
}

/** Writes the briefing of the store through `write`. */
export async function writeMarkdown(store: Store, write: (chunk: string) => void | Promise<void>, generatedAt?: string, kbDirs: readonly string[] = []): Promise<void> {
  await write(toMarkdown(await readCorpusViews(store, kbDirs), generatedAt));
}
