/**
 * @module stages/published/event-refs — "the killing of Haniyeh last month" dates an article.
 *
 * Known events (data/events/events.json) may list `refs`, the ways articles name the event
 * itself ("killing of * Haniyeh", "named * Sinwar"). A ref found in the text gives:
 * - an **after** clue: the article is not older than the event (strong);
 * - a **relative** clue when a relative time expression of the time tagger stands next to
 *   the ref in the same sentence ("… Haniyeh in Tehran last month", "Hamas last week named
 *   Yahya Sinwar", "… was killed on Wednesday"): the publication days on which that
 *   expression, anchored there, would cover the event's day, found by resolving it on
 *   every candidate day with the time stage's own resolver, widened by a small tolerance
 *   (weak: a ref may sit next to a time that belongs to another clause);
 * - a **days-after** clue for "a day after <ref>", "two days after <ref>": the article is at
 *   least that long after the event (weak).
 */
import type { EvidenceSpan } from '../../pipeline/document.js';
import { epochDay, formatDay, formatWeek, fromEpochDay, isoWeekday, parseDay } from '../time/calendar.js';
import { resolveTimex } from '../time/resolve.js';
import type { Tense, TimexType, TimexValue } from '../time/types.js';
import { knownEvents, type KnownEvent } from './clues.js';
import type { Clue } from './infer.js';
import { aboutOther, hasAnyWordWithin, learnPhrases, lowerOf, matchPhrase } from './phrases.js';

/** A relative time expression of the time tagger (absolute offsets into the text). */
export interface RelativeTime {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: TimexValue;
  readonly tense: Tense | null;
}

/** Words a ref may span for `*`. */
const GAP = 6;
/** How far (in characters) a relative time may stand from its ref. */
const NEAR = 40;
/** How far after the event a relative expression is tried (days). */
const HORIZON = 3 * 366;
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "a day after", "two weeks after", "hours after", then up to three capitalized words of a name. */
const DAYS_AFTER = /\b(?:(a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)|hours)\s+after\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/iu;

/** What, before "two weeks after", makes the count a most, not a least: "less than two weeks after", "within days of". */
const UP_TO = /\b(?:less\s+than|fewer\s+than|under|within|barely|no\s+more\s+than|at\s+most|up\s+to)\s*$/i;

/**
 * What, right before a ref, puts it at another event of the same name: "the 2005 Sharm
 * el-Sheikh summit", "the previous 60-day truce", "an earlier famine declaration".
 */
const NOT_THIS_EVENT = /(?:\b\d{4}|\b(?:previous|earlier|first|former|past))\s*$/i;

/** Every ref phrase and context word of a list of known events, one list per list of events. */
const refPhrases = new WeakMap<readonly KnownEvent[], readonly string[]>();
function refsOf(events: readonly KnownEvent[]): readonly string[] {
  let all = refPhrases.get(events);
  if (all === undefined) refPhrases.set(events, (all = events.flatMap((e) => [...(e.refs ?? []), ...e.context, ...(e.refContext ?? []), ...(e.refExclude ?? [])])));
  return all;
}

/** Clues from the refs to known events in `text`; `sentences` bound where a ref's time may stand. */
export function eventRefClues(text: string, doc: string, sentences: readonly { start: number; end: number }[], times: readonly RelativeTime[], events: readonly KnownEvent[] = knownEvents()): Clue[] {
  return eventRefs(text, doc, sentences, times, events).clues;
}

/**
 * The clues of {@link eventRefClues} and the spans of every ref found: a date inside a ref
 * ("in January" in "the ceasefire that took effect in January") belongs to the known event,
 * whose own date the ref already gives; it is not a second, year-less mention.
 */
export function eventRefs(text: string, doc: string, sentences: readonly { start: number; end: number }[], times: readonly RelativeTime[], events: readonly KnownEvent[] = knownEvents()): { clues: Clue[]; spans: { start: number; end: number }[] } {
  const out: Clue[] = [];
  const spans: { start: number; end: number }[] = [];
  learnPhrases(refsOf(events));
  const lower = lowerOf(text);
  for (const event of events) {
    if (!event.refs || event.refs.length === 0) continue;
    const found = refsIn(text, lower, sentences, event);
    if (found.length === 0) continue;
    const first = found[0]!;
    for (const ref of found) spans.push({ start: ref.start, end: ref.end });
    out.push({ earliest: event.date, latest: null, strength: 'strong', span: spanOf(text, doc, first.start, first.end), reason: `names ${event.name}, ${event.date}: not earlier`, eventDay: event.date });
    const seen = new Set<string>();
    for (const ref of found) {
      for (const clue of [daysAfter(text, doc, event, ref), relative(text, doc, event, ref, times)]) {
        if (!clue || seen.has(`${clue.earliest}|${clue.latest}`)) continue;
        seen.add(`${clue.earliest}|${clue.latest}`);
        out.push(clue);
      }
    }
  }
  return { clues: out, spans };
}

interface Ref { readonly start: number; readonly end: number; readonly sentence: { start: number; end: number } }

/**
 * The refs to `event`, in text order, each inside one sentence whose words fit `refContext`,
 * not right after a year or a word that makes it another event ({@link NOT_THIS_EVENT}), and
 * not about another event by `refExclude`.
 */
function refsIn(text: string, lower: string, sentences: readonly { start: number; end: number }[], event: KnownEvent): Ref[] {
  const all = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const out: Ref[] = [];
  for (const phrase of event.refs ?? []) {
    for (const m of matchPhrase(text, lower, phrase, GAP)) {
      const end = m.index + m[0].length;
      const sentence = all.find((s) => s.start <= m.index && end <= s.end);
      if (!sentence) continue;
      if (event.refContext && !hasAnyWordWithin(text, sentence.start, sentence.end, event.refContext)) continue;
      if (NOT_THIS_EVENT.test(text.slice(Math.max(sentence.start, m.index - 20), m.index))) continue;
      if (aboutOther(text, m.index, end, sentence.start, sentence.end, event.refExclude, event.refContext ?? [])) continue;
      if (!out.some((r) => r.start < end && m.index < r.end)) out.push({ start: m.index, end, sentence });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function daysAfter(text: string, doc: string, event: KnownEvent, ref: Ref): Clue | null {
  const before = text.slice(Math.max(ref.sentence.start, ref.start - 80), ref.start);
  const m = DAYS_AFTER.exec(before);
  if (!m) return null;
  // "less than two weeks after <ref>" is an upper bound on narrative time, not a lower one on the article
  if (UP_TO.test(before.slice(0, m.index))) return null;
  const n = m[1] ? (COUNTS[m[1].toLowerCase()] ?? Number(m[1])) * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1) : 0;
  const start = ref.start - m[0].length;
  const earliest = shift(event.date, n);
  return { earliest, latest: null, strength: 'weak', span: spanOf(text, doc, start, ref.end), reason: `${m[1] ? `${m[1]} ${m[2]}` : 'hours'} after ${event.name} (${event.date}): not before ${earliest}`, eventDay: earliest };
}

/** The relative time nearest the ref in its sentence, and the publication days it allows. */
function relative(text: string, doc: string, event: KnownEvent, ref: Ref, times: readonly RelativeTime[]): Clue | null {
  let best: RelativeTime | null = null;
  let bestGap = NEAR + 1;
  for (const t of times) {
    if (t.start < ref.sentence.start || t.end > ref.sentence.end || t.tense === 'future' || t.type !== 'date') continue;
    if (t.value.op !== 'day' && t.value.op !== 'offset' && t.value.op !== 'weekday') continue;
    const gap = t.start >= ref.end ? t.start - ref.end : ref.start >= t.end ? ref.start - t.end : 0;
    if (gap < bestGap) { best = t; bestGap = gap; }
  }
  if (!best) return null;
  const days = publicationDays(best, event.date);
  if (!days) return null;
  const start = Math.min(best.start, ref.start);
  const end = Math.max(best.end, ref.end);
  const words = text.slice(best.start, best.end);
  return { earliest: days.earliest, latest: days.latest, strength: 'weak', span: spanOf(text, doc, start, end), reason: `"${words}" next to ${event.name} (${event.date}): published ${days.earliest} to ${days.latest}` };
}

/**
 * The days on which `t`, anchored there, covers `eventDay`: the first run of such days
 * after the event, widened by a tolerance (a day late for a day; two days either way for a
 * week or month, since "last week" is said loosely on a weekend; a week for a year), never
 * before the event. Null when no day in the horizon fits.
 */
export function publicationDays(t: Pick<RelativeTime, 'type' | 'value'>, eventDay: string): { earliest: string; latest: string } | null {
  const e = parseDay(eventDay);
  if (!e) return null;
  const first = epochDay(e.y, e.m, e.d);
  let from: number | null = null;
  let to: number | null = null;
  let precision = 'day';
  for (let d = first; d <= first + HORIZON; d++) {
    const value = resolveTimex(t, formatDay(fromEpochDay(d))).value;
    if (covers(value, eventDay)) {
      if (from === null) { from = d; precision = precisionOfValue(value); }
      to = d;
    } else if (from !== null) break;
  }
  if (from === null || to === null) return null;
  const [before, after] = precision === 'day' ? [0, 1] : precision === 'year' ? [7, 7] : [2, 2];
  return { earliest: formatDay(fromEpochDay(Math.max(first, from - before))), latest: formatDay(fromEpochDay(to + after)) };
}

function precisionOfValue(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/** Whether a TIMEX3 day, week, weekend, month or year value contains `day`. */
export function covers(value: string, day: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10) === day;
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return day.startsWith(value);
  const week = /^(\d{4}-W\d{2})(-WE)?$/.exec(value);
  if (week) {
    const ymd = parseDay(day)!;
    return formatWeek(ymd) === week[1] && (!week[2] || isoWeekday(ymd) >= 6);
  }
  return false;
}

function shift(day: string, n: number): string {
  const d = parseDay(day)!;
  return formatDay(fromEpochDay(epochDay(d.y, d.m, d.d) + n));
}

function spanOf(text: string, doc: string, start: number, end: number): EvidenceSpan {
  return { doc, start, end, text: text.slice(start, end) };
}
