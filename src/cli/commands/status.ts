/**
 * @module cli/commands/status — `parley status`: where the negotiation stood, over time or
 * on one day, with the evidence and its sources.
 */
import fs from 'node:fs';
import { resolveConfig } from '../../config.js';
import type { DocFacts } from '../../corpus/conflicts.js';
import { statusAsOf, statusTimeline, type StatusSpan } from '../../corpus/status.js';
import { ParleyError } from '../../errors.js';
import { corpusFacts } from '../../export/export.js';
import { context, words } from '../../export/markdown.js';
import { statusLexicon } from '../../stages/claims/index.js';
import { openStore } from '../../store/index.js';
import { STORE_OPTIONS, type CliIo, type Command } from '../command.js';

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

/** Writes the state on `day`, or the whole timeline. */
export function writeStatus(io: CliIo, spans: readonly StatusSpan[], docs: ReadonlyMap<string, DocFacts>, day: string | null): void {
  if (day !== null) {
    const s = statusAsOf(spans, day);
    if (!s) {
      io.stdout.write(spans.length ? `No known state on ${day}: the first dated report is of ${spans[0]!.from}.\n` : 'No dated report of the state of the talks in the store.\n');
      return;
    }
    io.stdout.write(`As of ${day}: ${words(s.state)} (${period(s)}), reported by ${s.documents} document(s).\n`);
    for (const l of evidenceLines(s, docs, 6)) io.stdout.write(`${l}\n`);
    return;
  }
  if (spans.length === 0) { io.stdout.write('No dated report of the state of the talks in the store.\n'); return; }
  for (const s of spans) {
    io.stdout.write(`${s.from.padEnd(10)}  ${(s.to ?? '…').padEnd(10)}  ${words(s.state).padEnd(20)}  ${s.documents} document(s)\n`);
    for (const l of evidenceLines(s, docs, 2)) io.stdout.write(`${l}\n`);
  }
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'the state of the negotiation over time, or on one day (--as-of), with evidence',
  usage: `parley status [--db FILE] [--as-of YYYY-MM-DD] [--json]

Without --as-of: the status timeline, one line per period (from, to, state, documents)
and the sentences behind it. With --as-of: the state in force that day, since when, and
the evidence with its sources. States: talks, proposal pending, agreed in principle,
agreed, ceasefire in effect, ceasefire ended, collapsed. --json prints the spans
(EXPORT.md status[]) instead.`,
  options: { ...STORE_OPTIONS, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const day = parseAsOf(values['as-of']);
    const config = resolveConfig({ db: values['db'] as string | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    if (config.db !== ':memory:' && !fs.existsSync(config.db)) throw new ParleyError('STORE_OPEN_FAILED', config.db, 'no such store; run `parley analyze` first');
    const store = openStore(config.db);
    try {
      const facts = await corpusFacts(store);
      const spans = statusTimeline(facts, statusLexicon());
      if (values['json']) {
        const out = day === null ? spans : statusAsOf(spans, day);
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
