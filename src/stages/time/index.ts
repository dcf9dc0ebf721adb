/**
 * @module stages/time — time expressions (TIMEX3): the `timex` stage proposes them with
 * exact TimeML spans and values that may still need an anchor; the `time` stage anchors
 * them on the publication date.
 *
 * Passes (see README.md): 01 prefilter, 02 calendar, 03 relative, 04 durations and sets,
 * 05 clock times, 06 refiners, 07 tense, 08 document-level refiners; `resolve.ts` computes
 * values on an anchor day.
 */
import type { Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { Precision, Published } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { extractCandidates, type Segment, type TokenSpan } from './extract.js';
import { anchorNeeded, isAbsolute, resolveTimex, unresolved } from './resolve.js';
import type { Candidate, ResolvedTime, TimexAnnotationValue, TimexValue } from './types.js';
import { addDays, formatDay, parseDay } from './calendar.js';

export { RULES, extractCandidates } from './extract.js';
export { REFINERS } from './06-refine.js';
export { tenseAround } from './07-tense.js';
export { anchorNeeded, isAbsolute, precisionOf, resolveTimex, unresolved } from './resolve.js';
export type {
  Candidate, Holiday, KnownValue, Mod, PartOfDay, RelativeValue, ResolvedTime, Season, Shift, Tense, TimexAnnotationValue,
  TimexType, TimexValue, Unit,
} from './types.js';

function record<V>(layer: string, text: string, start: number, end: number, value: V, source: string): Annotation<V> {
  return Object.freeze({ layer, start, end, text: text.slice(start, end), value, source });
}

/** The `timex` annotation value of a candidate. */
export function timexValue(c: Pick<Candidate, 'type' | 'value'>): TimexAnnotationValue {
  const v = c.value;
  const tense = 'tense' in v ? v.tense ?? null : null;
  return Object.freeze({ type: c.type, value: v, absolute: isAbsolute(v), known: v.op === 'known' ? v.value : null, tense });
}

/**
 * Segments to search: the dateline (when there is one) and every sentence, in text order.
 * Both lists are in text order already: merged (the dateline first at an equal start, as a
 * stable sort of the dateline, then the sentences, by start would put it) without a copy to sort.
 */
function segmentsOf(sentences: readonly Segment[], dateline: readonly Segment[]): readonly Segment[] {
  if (dateline.length === 0) return sentences;
  const out: Segment[] = [];
  let i = 0;
  for (const d of dateline) {
    while (i < sentences.length && sentences[i]!.start < d.start) out.push(sentences[i++]!);
    out.push(d);
  }
  while (i < sentences.length) out.push(sentences[i++]!);
  return out;
}

const SOURCES = new Map<string, string>();

/** Provenance of a rule (`time/weekday`), built once per rule chain. */
function sourceOf(rule: string): string {
  let s = SOURCES.get(rule);
  if (s === undefined) {
    s = `time/${rule}`;
    SOURCES.set(rule, s);
  }
  return s;
}

/** The `timex` stage: time expressions with TimeML spans and unanchored values. */
export const timexStage: Stage = {
  name: 'timex',
  description: 'Finds time expressions (dates, times, durations, sets) with TimeML spans; relative values wait for an anchor.',
  requires: ['sentence', 'token', 'dateline'],
  produces: ['timex'],
  run(ctx, doc, layers) {
    const segments = segmentsOf(layers.get('sentence'), layers.get('dateline'));
    const tokens = layers.get('token') as readonly TokenSpan[];
    const trace = ctx.config.debug ? (line: string) => ctx.debug(() => `timex: ${doc.id} ${line}`) : undefined;
    const found = extractCandidates(doc.text, segments, tokens, trace);
    return { timex: found.map((c) => record('timex', doc.text, c.start, c.end, timexValue(c), sourceOf(c.rule))) };
  },
};

const RANK: Readonly<Record<Precision, number>> = { unknown: 0, year: 1, month: 2, week: 3, day: 4, time: 5 };

/** The day relative values are anchored on, and how precise it is; null when there is none. */
export interface Anchor {
  readonly day: string;
  readonly precision: Precision;
}

/**
 * The anchor of a document: the publication date (a month or a year anchors only what needs
 * no finer anchor, taking its middle day: "last year" and "October 7" in a text dated
 * 2024-05 are 2023 and 2023-10-07, "Monday" and "last week" stay unknown);
 * without one, the configured reference date when the user set one; otherwise none, and
 * relative values stay unresolved (value null) instead of being guessed from today.
 */
export function anchorOf(published: Published | undefined, referenceDate: string | null): Anchor | null {
  const v = published?.value ?? null;
  if (v !== null && published !== undefined) {
    if (published.precision === 'day' || published.precision === 'time') return { day: v.slice(0, 10), precision: 'day' };
    if (published.precision === 'month' && /^\d{4}-\d{2}/.test(v)) return { day: `${v.slice(0, 7)}-15`, precision: 'month' };
    if (published.precision === 'year' && /^\d{4}/.test(v)) return { day: `${v.slice(0, 4)}-07-01`, precision: 'year' };
  }
  return referenceDate === null ? null : { day: referenceDate, precision: 'day' };
}

/** Resolves one timex value on an anchor (or leaves it unresolved when the anchor is too coarse). */
export function resolveOn(t: Pick<TimexAnnotationValue, 'type' | 'value'>, anchor: Anchor | null): ResolvedTime {
  const value: TimexValue = t.value;
  if (isAbsolute(value) || anchor === null || RANK[anchor.precision] < RANK[anchorNeeded(value)]) return unresolved(t);
  const r = resolveTimex(t, anchor.day);
  return { type: r.type, value: r.value, precision: r.precision };
}

/** "the next day", "the following day", "the previous day": one day after or before another. */
const NEXT_DAY = /^the\s+(?:(next|following|previous|preceding)\s+day|day\s+(before|after))$/i;

/** How far back (characters) the day a "next day" counts from may stand. */
const NEXT_DAY_REACH = 300;

/**
 * "Late Sunday, the army withdrew; the next day, hostages were freed": a next or previous day
 * that the timex stage could only count from the publication date (the day before it was a
 * weekday, resolved only here) counts from the last day resolved before it, when one stands
 * within {@link NEXT_DAY_REACH} characters. One counted from a calendar date was already
 * moved by the timex stage (`narrative-time`) and is left alone.
 */
function afterResolvedDays(time: Annotation<ResolvedTime>[]): Annotation<ResolvedTime>[] {
  let out: Annotation<ResolvedTime>[] | null = null;
  for (let i = 1; i < time.length; i++) {
    const t = time[i]!;
    if (t.source.includes('narrative-time') || !NEXT_DAY.test(t.text)) continue;
    let prev: Annotation<ResolvedTime> | undefined;
    for (let j = i - 1; j >= 0 && t.start - time[j]!.end <= NEXT_DAY_REACH; j--) {
      // a day, or a time of a day (`late Sunday night`, `10 a.m. Tuesday`)
      const v = time[j]!.value;
      if ((v.type === 'date' || v.type === 'time') && v.value !== null && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(v.value)) { prev = time[j]; break; }
    }
    if (prev === undefined) continue;
    const day = parseDay(prev.value.value!.slice(0, 10))!;
    const n = /next|following|after/i.test(t.text) ? 1 : -1;
    out ??= [...time];
    out[i] = Object.freeze({ ...t, value: Object.freeze({ ...t.value, value: formatDay(addDays(day, n)), precision: 'day' as const }), source: `${t.source}+after-day` });
  }
  return out ?? time;
}

/** The `time` stage: every timex resolved against the document's publication date. */
export const timeStage: Stage = {
  name: 'time',
  description: 'Resolves time expressions against the publication date (TIMEX3 values, export times[]).',
  requires: ['timex', 'published'],
  produces: ['time'],
  run(ctx: RunContext, doc, layers) {
    const published = layers.get<Published>('published')[0]?.value;
    const anchor = anchorOf(published, ctx.config.referenceDate);
    ctx.debug(() => `time: ${doc.id} anchor ${anchor === null ? 'none' : `${anchor.day} (${anchor.precision})`}`);
    // the timex's own text: the same span of the document, already sliced once
    const time = layers.get<TimexAnnotationValue>('timex').map((t) => Object.freeze({ layer: 'time', start: t.start, end: t.end, text: t.text, value: Object.freeze(resolveOn(t.value, anchor)), source: t.source }));
    return { time: afterResolvedDays(time) };
  },
};
