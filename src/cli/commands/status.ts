/**
 * @module cli/commands/status — `parley status`: where each negotiation stood, over time or
 * on one day, with the evidence and its sources.
 */
import { resolveConfig } from '../../config.js';
import type { DocFacts } from '../../corpus/conflicts.js';
import { findNegotiations, type NegotiationRef } from '../../corpus/negotiations.js';
import { byNegotiation, statusAsOf, statusTimeline, type StatusSpan } from '../../corpus/status.js';
import { ParleyError } from '../../errors.js';
import { corpusFacts } from '../../export/export.js';
import { context, words } from '../../export/markdown.js';
import { statusLexicon } from '../../stages/claims/index.js';
import { STORE_OPTIONS, existingStore, type CliIo, type Command } from '../command.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks `--as-of`: a real calendar day. */
export function parseAsOf(v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !DAY.test(v) || Number.isNaN(Date.parse(v)) || new Date(v).toISOString().slice(0, 10) !== v) {
    throw new ParleyError('USAGE', '--as-of', `expected a day as YYYY-MM-DD, got "${String(v)}"`);
  }
  return v;
}

function period(s: StatusSpan): string {
  return s.to ? `${s.from} to ${s.to}` : `since ${s.from}`;
}

/** Evidence lines of a span: the sentence and where it is from, each sentence once. */
export function evidenceLines(s: StatusSpan, docs: ReadonlyMap<string, DocFacts>, max: number): string[] {
  const lines = s.evidence.map((e) => {
    const d = docs.get(e.doc);
    const where = d ? `${d.title ?? d.source}${d.published.value ? ` (${d.published.value.slice(0, 10)})` : ''}` : e.doc;
    return `    - “${context(d ? { ...d, published: d.published.value, outlet: null } : undefined, e, 160)}” — ${where}`;
  });
  return [...new Set(lines)].slice(0, max);
}

/** The heading of a negotiation's block. */
export function negotiationName(n: NegotiationRef | null): string {
  return n === null ? 'Reports that name no party' : n.label;
}

/** Keeps the spans of negotiations whose label, a party id or the track id contains `needle` (case-insensitive). */
export function filterNegotiation(spans: readonly StatusSpan[], needle: string | null): StatusSpan[] {
  if (needle === null) return [...spans];
  const n = needle.toLowerCase();
  return spans.filter((s) => s.negotiation !== null && (s.negotiation.label.toLowerCase().includes(n) || s.negotiation.id === needle || s.negotiation.parties.includes(needle)));
}

/** The span in force on `day` in each negotiation (null where nothing is known yet). */
export function asOfEach(spans: readonly StatusSpan[], day: string): { negotiation: NegotiationRef | null; span: StatusSpan | null; first: string }[] {
  return byNegotiation(spans).map((g) => ({ negotiation: g.negotiation, span: statusAsOf(g.spans, day), first: g.spans[0]!.from }));
}

/** Writes the state of each negotiation on `day`, or each negotiation's whole timeline. */
export function writeStatus(io: CliIo, spans: readonly StatusSpan[], docs: ReadonlyMap<string, DocFacts>, day: string | null): void {
  if (spans.length === 0) { io.stdout.write('No dated report of the state of the talks in the store.\n'); return; }
  if (day !== null) {
    io.stdout.write(`As of ${day}:\n`);
    for (const { negotiation, span: s, first } of asOfEach(spans, day)) {
      if (!s) { io.stdout.write(`${negotiationName(negotiation)}: no known state (the first dated report is of ${first}).\n`); continue; }
      io.stdout.write(`${negotiationName(negotiation)}: ${words(s.state)} (${period(s)}), reported by ${s.documents} document(s).\n`);
      for (const l of evidenceLines(s, docs, 6)) io.stdout.write(`${l}\n`);
    }
    return;
  }
  byNegotiation(spans).forEach((g, i) => {
    const documents = new Set(g.spans.flatMap((s) => s.evidence.map((e) => e.doc))).size;
    io.stdout.write(`${i > 0 ? '\n' : ''}== ${negotiationName(g.negotiation)} (${documents} document(s))\n`);
    for (const s of g.spans) {
      io.stdout.write(`${s.from.padEnd(10)}  ${(s.to ?? '…').padEnd(10)}  ${words(s.state).padEnd(20)}  ${s.documents} document(s)\n`);
      for (const l of evidenceLines(s, docs, 2)) io.stdout.write(`${l}\n`);
    }
  });
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'the state of the negotiation over time, or on one day (--as-of), with evidence',
  usage: `parley status [--db FILE] [--as-of YYYY-MM-DD] [--negotiation TEXT] [--json]

One block per negotiation (its parties, found from who acts in the articles; reports of
documents that name no party come last). Without --as-of: each negotiation's status
timeline, one line per period (from, to, state, documents) and the sentences behind it.
With --as-of: for each negotiation, the state in force that day, since when, and the
evidence with its sources. --negotiation keeps the negotiations whose parties' names
contain TEXT (or whose id is TEXT). States: talks, proposal pending, agreed in principle,
agreed, ceasefire in effect, ceasefire ended, collapsed. --json prints the spans
(EXPORT.md status[]) instead, or with --as-of one { negotiation, span } per negotiation.`,
  options: { ...STORE_OPTIONS, 'as-of': { type: 'string' }, negotiation: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const day = parseAsOf(values['as-of']);
    const needle = typeof values['negotiation'] === 'string' && values['negotiation'].trim() !== '' ? values['negotiation'].trim() : null;
    const config = resolveConfig({ db: values['db'] as string | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    const store = existingStore(config.db);
    try {
      const facts = await corpusFacts(store);
      const spans = filterNegotiation(statusTimeline(facts, statusLexicon(), findNegotiations(facts, config.kbDirs)), needle);
      if (needle !== null && spans.length === 0) { io.stdout.write(`No negotiation matches "${needle}".\n`); return 0; }
      if (values['json']) {
        const out = day === null ? spans : asOfEach(spans, day).map(({ negotiation, span }) => ({ negotiation, span }));
        io.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
        return 0;
      }
      writeStatus(io, spans, new Map(facts.map((f) => [f.id, f])), day);
      return 0;
    } finally {
      await store.close();
    }
  },
};
