/**
 * @module cli/commands/quotes — `parley quotes`: who said what, when, and where it was reported.
 *
 * One block per quote of the store, in order of the reporting document's publication date
 * (undated documents last): the date, the speaker (the entity's name, else the words
 * that name the speaker, `unnamed` when none), the cue and the kind, then the quote (cut
 * at 160 characters), the document it was read in (title, outlet, source) and the other
 * documents that report the same statement.
 * `--speaker` keeps quotes whose speaker's words, entity name or resolved antecedent
 * contain the text (case-insensitive); `--from`/`--to` keep quotes of documents published
 * in that range (an undated document is dropped when either is given); `--kind` keeps one
 * kind; `--json` prints one JSON object per line instead.
 */
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { corpusEntityIds, entityItems, sectionItems, type ExportQuote } from '../../export/export.js';
import type { QuoteKind } from '../../stages/quotes/index.js';
import type { Store } from '../../store/store.js';
import { STORE_OPTIONS, existingStore, type Command } from '../command.js';
import { bufferedWriter } from '../output.js';
import { highEnd, lowEnd } from './timeline.js';

/** Checked options of the command. */
export interface QuotesOptions {
  /** Lower-cased text the speaker must contain, or null. */
  readonly speaker: string | null;
  /** First and last day (inclusive), ISO, or null. */
  readonly from: string | null;
  readonly to: string | null;
  readonly kind: QuoteKind | null;
  readonly json: boolean;
}

/** One quote as the command shows it. */
export interface QuoteRow {
  readonly date: string | null;
  readonly speaker: string;
  readonly entity: string | null;
  readonly kind: QuoteKind;
  readonly cue: string | null;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly source: string;
  readonly doc: string;
  readonly start: number;
  /** Sources of the other documents that report the same statement. */
  readonly alsoIn: readonly string[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
/** Longest quote text printed, in characters. */
const MAX_TEXT = 160;

function parseDate(v: unknown, flag: string): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !DATE.test(v)) throw new ParleyError('USAGE', flag, `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${String(v)}"`);
  return v;
}

/** Checks the flags. */
export function parseQuotesOptions(values: Record<string, unknown>): QuotesOptions {
  const speaker = typeof values['speaker'] === 'string' && values['speaker'].trim() !== '' ? values['speaker'].trim().toLowerCase() : null;
  const from = parseDate(values['from'], '--from');
  const to = parseDate(values['to'], '--to');
  const kindArg = values['kind'];
  if (kindArg !== undefined && !(KINDS as readonly unknown[]).includes(kindArg)) {
    throw new ParleyError('USAGE', '--kind', `expected one of ${KINDS.join(', ')}, got "${String(kindArg)}"`);
  }
  return { speaker, from: from === null ? null : lowEnd(from), to: to === null ? null : highEnd(to), kind: (kindArg as QuoteKind | undefined) ?? null, json: values['json'] === true };
}

/** Whether a quote passes the speaker and kind filters. */
export function keepQuote(q: ExportQuote, entityName: string | null, o: QuotesOptions): boolean {
  if (o.kind !== null && q.kind !== o.kind) return false;
  if (o.speaker === null) return true;
  return [q.speakerText, entityName, q.antecedent?.text].some((s) => s != null && s.toLowerCase().includes(o.speaker!));
}

/** Whether a publication day passes the date filters (no day fails any date filter). */
export function keepDate(day: string | null, o: QuotesOptions): boolean {
  if (o.from === null && o.to === null) return true;
  if (day === null) return false;
  const lo = lowEnd(day);
  const hi = highEnd(day);
  if (lo === null || hi === null) return false;
  return (o.from === null || hi >= o.from) && (o.to === null || lo <= o.to);
}

/** The quotes of the store that pass the filters, as rows in date order. */
export async function quoteRows(store: Store, o: QuotesOptions): Promise<QuoteRow[]> {
  const names = new Map<string, string>();
  // the corpus's entity ids once for both passes (each would otherwise read every mention layer)
  const ids = await corpusEntityIds(store);
  for await (const e of entityItems(store, ids)) names.set(e.id, e.name);
  const docs = new Map<string, { date: string | null; title: string | null; outlet: string | null; source: string; seq: number }>();
  for await (const d of store.documents()) docs.set(d.id, { date: d.published.value?.slice(0, 10) ?? null, title: d.title, outlet: d.outlet, source: d.source, seq: d.seq });
  const rows: QuoteRow[] = [];
  for await (const item of sectionItems(store, 'quotes', { ids: Promise.resolve(ids) })) {
    const q = item as ExportQuote;
    const doc = docs.get(q.doc);
    const entity = q.speaker === null ? null : names.get(q.speaker) ?? null;
    if (doc === undefined || !keepQuote(q, entity, o) || !keepDate(doc.date, o)) continue;
    rows.push({
      date: doc.date,
      speaker: entity ?? q.antecedent?.text ?? q.speakerText ?? 'unnamed',
      entity: q.speaker,
      kind: q.kind,
      cue: q.cue,
      text: q.text,
      title: doc.title,
      outlet: doc.outlet,
      source: doc.source,
      doc: q.doc,
      start: q.start,
      alsoIn: [...new Set(q.evidence.slice(1).map((e) => docs.get(e.doc)?.source ?? e.doc))],
    });
  }
  const seq = (r: QuoteRow): number => docs.get(r.doc)!.seq;
  return rows.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || seq(a) - seq(b) || a.start - b.start);
}

/** The text block of one row. */
export function formatRow(r: QuoteRow): string {
  const text = r.text.replace(/\s+/g, ' ');
  const shown = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  const where = [r.title, r.outlet].filter((x): x is string => x !== null && x !== '').join(' · ');
  return `${(r.date ?? 'undated').padEnd(10)}  ${r.speaker}  (${r.cue ?? 'no cue'}, ${r.kind})\n` +
    `    “${shown}”\n` +
    `    in ${where ? `${where} — ` : ''}${r.source}\n` +
    (r.alsoIn.length ? `    also reported in ${r.alsoIn.join(', ')}\n` : '');
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'who said what, when, and where it was reported',
  usage: `parley quotes [--db FILE] [--speaker NAME] [--from DATE] [--to DATE] [--kind direct|indirect|mixed] [--json]

Lists the quotes of the store in order of the reporting document's date: the date,
the speaker (entity name, or the words naming the speaker; unnamed sources stay
unnamed), the cue and kind, the quote, the document it was read in and the
other documents that report the same statement.
  --speaker NAME  keep quotes whose speaker text or entity name contains NAME
                  (case-insensitive)
  --from, --to    keep quotes of documents published in the range (YYYY, YYYY-MM
                  or YYYY-MM-DD; undated documents are left out)
  --kind KIND     keep one kind of quote
  --json          one JSON object per line`,
  options: { ...STORE_OPTIONS, speaker: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const options = parseQuotesOptions(values);
    const config = resolveConfig({ db: values['db'] as string | undefined, debug: values['debug'] as boolean | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    const store = existingStore(config.db);
    try {
      const rows = await quoteRows(store, options);
      const out = bufferedWriter(io.stdout);
      for (const r of rows) await out.write(options.json ? `${JSON.stringify(r)}\n` : formatRow(r));
      if (!options.json) await out.write(`${rows.length} quote${rows.length === 1 ? '' : 's'}\n`);
      await out.end();
      return 0;
    } finally {
      await store.close();
    }
  },
};
