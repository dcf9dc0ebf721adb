/**
 * @module cli/commands/timeline — `parley timeline`: the dated events of the corpus, in order.
 *
 * One line per merged event with a date (or, known only by a bound, "by" its latest day:
 * "collapsed before Ramadan"): the date and its precision, the type, the
 * modality, who did it to whom (and with which mediators), where, how many, how many
 * independent documents report it and on whose word; then the first evidence sentence.
 * `--from`/`--to` keep events whose date overlaps the range (a month overlaps every day in
 * it), `--type` keeps some types, `--entity` keeps events where an actor's name contains
 * the text (or is the entity id).
 */
import fs from 'node:fs';
import { resolveConfig } from '../../config.js';
import { corpusEvents, type MergedEvent } from '../../corpus/events.js';
import { ParleyError } from '../../errors.js';
import { corpusEntityIds } from '../../export/export.js';
import { oneLine } from '../../export/markdown.js';
import { EVENT_TYPES, type EventType } from '../../stages/events/index.js';
import { openStore } from '../../store/index.js';
import { STORE_OPTIONS, type CliIo, type Command } from '../command.js';

/** Checked options of the command. */
export interface TimelineOptions {
  readonly from: string | null;
  readonly to: string | null;
  readonly types: ReadonlySet<EventType> | null;
  readonly entity: string | null;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function parseDate(v: unknown, flag: string): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !DATE.test(v)) throw new ParleyError('USAGE', flag, `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${String(v)}"`);
  return v;
}

/** Checks the flags. */
export function parseTimelineOptions(values: Record<string, unknown>): TimelineOptions {
  const typeArg = values['type'];
  let types: Set<EventType> | null = null;
  if (typeof typeArg === 'string') {
    types = new Set();
    for (const t of typeArg.split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new ParleyError('USAGE', '--type', `unknown event type "${t}"; expected one of ${EVENT_TYPES.join(', ')}`);
      types.add(t as EventType);
    }
  }
  const entity = typeof values['entity'] === 'string' && values['entity'].trim() !== '' ? values['entity'].trim() : null;
  const from = parseDate(values['from'], '--from');
  const to = parseDate(values['to'], '--to');
  return { from: from === null ? null : lowEnd(from), to: to === null ? null : highEnd(to), types, entity };
}

/** The first day a TIMEX date value can mean (`2024-04` → `2024-04-01`), or null for non-dates. */
export function lowEnd(value: string): string | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) return isoWeekMonday(Number(week[1]), Number(week[2]));
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The last day a TIMEX date value can mean (`2024-04` → `2024-04-31`: compared as text, so every day of the month sorts before it). */
export function highEnd(value: string): string | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const monday = new Date(`${isoWeekMonday(Number(week[1]), Number(week[2]))}T00:00:00Z`);
    return new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
}

function isoWeekMonday(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * The date an event is placed by: its value, or for an event known only by a bound
 * ("collapsed before Ramadan", `date.latest`) that last day; null when neither is known.
 */
export function placedAt(e: Pick<MergedEvent, 'date'>): string | null {
  return e.date.value ?? e.date.latest ?? null;
}

/** Whether an event passes the filters (it must have a calendar date, or a latest day). */
export function keep(e: MergedEvent, o: TimelineOptions, name: (id: string) => string): boolean {
  const at = placedAt(e);
  const lo = at === null ? null : lowEnd(at);
  const hi = at === null ? null : highEnd(at);
  if (lo === null || hi === null) return false;
  if (o.from !== null && hi < o.from) return false;
  if (o.to !== null && lo > o.to) return false;
  if (o.types !== null && !o.types.has(e.type)) return false;
  if (o.entity !== null) {
    const needle = o.entity.toLowerCase();
    const ids = [...e.actors.agent, ...e.actors.target, ...e.actors.mediator, ...(e.location ? [e.location] : [])];
    if (!ids.some((id) => id === o.entity || name(id).toLowerCase().includes(needle))) return false;
  }
  return true;
}

/** The lines the command prints for `events` (dated, filtered, in date order). */
export function timelineLines(events: readonly MergedEvent[], names: ReadonlyMap<string, string>, o: TimelineOptions): string[] {
  const name = (id: string): string => names.get(id) ?? id;
  const kept = events.filter((e) => keep(e, o, name)).sort((a, b) => (lowEnd(placedAt(a)!) ?? '').localeCompare(lowEnd(placedAt(b)!) ?? '') || placedAt(a)!.localeCompare(placedAt(b)!) || a.id.localeCompare(b.id));
  const lines: string[] = [];
  for (const e of kept) {
    const who = e.actors.agent.map(name).join(', ');
    const whom = e.actors.target.map(name).join(', ');
    const parts = [
      e.date.value !== null ? `${e.date.value.padEnd(10)} ${`(${e.date.precision})`.padEnd(8)}` : `by ${e.date.latest!}`.padEnd(19),
      `${e.type}${e.subtype ? `/${e.subtype}` : ''}`.padEnd(26),
      e.modality.padEnd(12),
      who || whom ? `${who || '?'}${whom ? ` → ${whom}` : ''}` : '',
      e.actors.mediator.length ? `mediated by ${e.actors.mediator.map(name).join(', ')}` : '',
      e.location ? `in ${name(e.location)}` : '',
      e.quantity ? `${e.quantity.qualifier === 'exact' ? '' : `${e.quantity.qualifier.replace('_', ' ')} `}${e.quantity.value}${e.quantity.unit ? ` ${e.quantity.unit}` : ''}` : '',
      `${e.corroboration} doc${e.corroboration === 1 ? '' : 's'}`,
      e.sources.length ? `per ${e.sources.join('; ')}` : '',
    ].filter(Boolean);
    lines.push(parts.join('  ').trimEnd());
    const ev = e.evidence[0]!;
    lines.push(`    “${oneLine(ev.text, 150)}”${e.evidence.length > 1 ? ` (+${e.evidence.length - 1} more)` : ''}`);
  }
  const undated = events.filter((e) => placedAt(e) === null || lowEnd(placedAt(e)!) === null).length;
  if (kept.length === 0) lines.push('No dated events match.');
  if (undated > 0) lines.push(`(${undated} event(s) without a date are not shown; \`parley export --format csv\` lists every event.)`);
  return lines;
}

/** Prints the timeline of a store. */
async function run(values: Record<string, string | boolean | string[] | undefined>, io: CliIo): Promise<number> {
  const options = parseTimelineOptions(values);
  const config = resolveConfig({ db: values['db'] as string | undefined }, io.env, (values['config'] as string | undefined) ?? null);
  if (!fs.existsSync(config.db)) throw new ParleyError('STORE_OPEN_FAILED', config.db, 'no such store; run `parley analyze` first');
  const store = openStore(config.db);
  try {
    const { events, names } = await corpusEvents(store, await corpusEntityIds(store));
    for (const line of timelineLines(events, names, options)) io.stdout.write(`${line}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `parley timeline`: build (`parseTimelineOptions`) and run, like every command module. */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'list the dated events (talks, proposals, truces, releases, …) in date order',
  usage: `parley timeline [--db FILE] [--from DATE] [--to DATE] [--type TYPE[,TYPE…]] [--entity TEXT]

One line per event merged across documents: date (precision), type/subtype, modality
(asserted, planned, proposed, hypothetical, negated), agent → target, mediators, place,
quantity, how many independent documents report it and on whose word; then the first
sentence it was read from. An event known only by a bound ("collapsed before Ramadan")
is listed "by" the last day it can fall on. DATE is YYYY, YYYY-MM or YYYY-MM-DD; an event
dated to a month is kept when the month overlaps the range. Types: ${EVENT_TYPES.join(', ')}.
--entity keeps events whose agent, target, mediator or place name contains TEXT.`,
  options: { ...STORE_OPTIONS, from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' }, entity: { type: 'string' } },
  run: (values, _positionals, io) => run(values, io),
};
