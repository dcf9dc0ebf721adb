/**
 * @module export/timelinejs — `parley export --format timelinejs`: the corpus as a Knight
 * Lab TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html).
 *
 * Slides: every dated event (`group` = its type; headline = type and figure; text = the
 * sentence it was read from, its modality, how many documents report it and where; an event
 * known only by a bound, "collapsed before Ramadan", stands at its latest day, "(by …)"), and
 * the start of every status span (`group` = `status`). Eras: the status spans, so the
 * negotiation's state shades the time axis. Dates keep their precision: a month-precision
 * event has no `day`. Text is HTML, escaped.
 */
import type { Store } from '../store/store.js';
import { context, readCorpusViews, words, type CitedDocument, type CorpusViews } from './markdown.js';

/** A TimelineJS date: year always, month and day when known. */
export interface TlDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A TimelineJS slide. */
export interface TlEvent {
  readonly start_date: TlDate;
  readonly end_date?: TlDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group: string;
  readonly unique_id: string;
}

/** A TimelineJS era. */
export interface TlEra {
  readonly start_date: TlDate;
  readonly end_date: TlDate;
  readonly text: { readonly headline: string; readonly text?: string };
}

/** The TimelineJS3 JSON document. */
export interface TimelineJs {
  readonly title: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: TlEvent[];
  readonly eras: TlEra[];
}

/** A TIMEX3 day, month or year value as a TimelineJS date, or null for anything else. */
export function tlDate(value: string | null): TlDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m || (value!.length > 4 && m[2] === undefined)) return null;
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/** HTML-escapes text. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function source(d: CitedDocument | undefined, id: string): string {
  if (!d) return escapeHtml(id);
  return `${escapeHtml(d.title ?? d.source)}${d.outlet ? `, ${escapeHtml(d.outlet)}` : ''}${d.published ? ` (${d.published.slice(0, 10)})` : ''}`;
}

/** The timeline of the views. */
export function toTimelineJs(v: CorpusViews): TimelineJs {
  const docs = new Map(v.documents.map((d) => [d.id, d]));
  const events: TlEvent[] = [];
  for (const e of v.events) {
    // an event known only by a bound ("collapsed before Ramadan") stands at its latest day, headed "by"
    const bound = e.date.value === null && e.date.latest !== undefined;
    const start = tlDate(e.date.value ?? e.date.latest ?? null);
    const ev = e.evidence[0];
    if (!start || !ev) continue;
    const q = e.quantity ? `: ${e.quantity.qualifier === 'exact' ? '' : `${words(e.quantity.qualifier)} `}${e.quantity.value}${e.quantity.unit ? ` ${e.quantity.unit}` : ''}` : '';
    events.push({
      start_date: start,
      text: {
        headline: escapeHtml(`${words(e.type)}${e.subtype ? ` (${words(e.subtype)})` : ''}${q}${bound ? ` (by ${e.date.latest})` : ''}`),
        text: `<p>“${escapeHtml(context(docs.get(ev.doc), ev))}”</p><p>${escapeHtml(e.modality)}; reported by ${e.corroboration ?? 1} document(s): ${e.evidence.slice(0, 3).map((x) => source(docs.get(x.doc), x.doc)).join('; ')}</p>`,
      },
      group: e.type,
      unique_id: e.id,
    });
  }
  const eras: TlEra[] = [];
  const lastDay = [...v.status.map((s) => s.from), ...v.events.map((e) => e.date.value ?? '')].filter((x) => x).sort().pop() ?? null;
  v.status.forEach((s, i) => {
    const start = tlDate(s.from);
    if (!start) return;
    const ev = s.evidence[0];
    events.push({
      start_date: start,
      text: {
        headline: escapeHtml(`Status${s.negotiation ? ` (${s.negotiation.label})` : ''}: ${words(s.state)}`),
        text: `<p>${ev ? `“${escapeHtml(context(docs.get(ev.doc), ev))}”` : ''}</p><p>${s.documents} document(s): ${s.evidence.slice(0, 3).map((x) => source(docs.get(x.doc), x.doc)).join('; ')}</p>`,
      },
      group: 'status',
      unique_id: `status-${i}-${s.from}`,
    });
    const end = tlDate(s.to ?? lastDay);
    if (end) eras.push({ start_date: start, end_date: end, text: { headline: escapeHtml(`${s.negotiation ? `${s.negotiation.label}: ` : ''}${words(s.state)}`) } });
  });
  return {
    title: { text: { headline: 'Negotiation timeline', text: `<p>${v.documents.length} document(s); events, status and sources read by Parley.</p>` } },
    events,
    eras,
  };
}

/** Writes the TimelineJS3 JSON of the store through `write`. */
export async function writeTimelineJs(store: Store, write: (chunk: string) => void | Promise<void>, kbDirs: readonly string[] = []): Promise<void> {
  await write(`${JSON.stringify(toTimelineJs(await readCorpusViews(store, kbDirs)), null, 1)}\n`);
}
