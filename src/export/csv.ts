/**
 * @module export/csv — merged events as CSV (RFC 4180), one event per row, for spreadsheets.
 *
 * Columns: date, precision, type, subtype, modality, agent, target, mediator, location,
 * quantity, sources, corroboration, evidence, latest. `latest` (last, so the earlier columns keep
 * their places) is the last day an event with no date can fall on when its reports give only a
 * bound ("collapsed before Ramadan"), else empty. Actors and places are entity names (several
 * joined by "; "), the quantity reads "33 hostages (at_most)", the evidence is every
 * sentence the event was read from, joined by " | ". Fields are quoted when they hold a
 * comma, a quotation mark or a line break (quotes doubled); rows end with CRLF.
 */
import { corpusEvents, type MergedEvent } from '../corpus/events.js';
import type { Store } from '../store/store.js';
import { corpusEntityIds } from './export.js';

/** The columns, in order. */
export const EVENT_COLUMNS = ['date', 'precision', 'type', 'subtype', 'modality', 'agent', 'target', 'mediator', 'location', 'quantity', 'sources', 'corroboration', 'evidence', 'latest'] as const;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (CRLF-terminated). */
export function csvRow(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The row of one merged event; `name` turns an entity id into its name. */
export function eventRow(e: MergedEvent, name: (id: string) => string): (string | number | null)[] {
  const names = (ids: readonly string[]): string => ids.map(name).join('; ');
  const q = e.quantity;
  return [
    e.date.value, e.date.precision, e.type, e.subtype, e.modality,
    names(e.actors.agent), names(e.actors.target), names(e.actors.mediator),
    e.location === null ? null : name(e.location),
    q === null ? null : `${q.value}${q.unit ? ` ${q.unit}` : ''} (${q.qualifier})`,
    e.sources.join('; '), e.corroboration,
    e.evidence.map((x) => x.text.replace(/\s+/g, ' ')).join(' | '),
    e.date.latest ?? null,
  ];
}

/** Writes the store's merged events as CSV through `write`, header first. */
export async function writeCsv(store: Store, write: (chunk: string) => void | Promise<void>): Promise<void> {
  const { events, names } = await corpusEvents(store, await corpusEntityIds(store));
  await write(csvRow(EVENT_COLUMNS));
  const name = (id: string): string => names.get(id) ?? id;
  for (const e of events) await write(csvRow(eventRow(e, name)));
}
