/**
 * @module stages/published/infer — an undated article's publication date, from its text.
 *
 * Evidence comes in as clues, each an interval the publication day must lie in, with a
 * reason and the span it was read from:
 * - roles held only during known periods ("Secretary of State Antony Blinken": from the
 *   knowledge base; "former …" means after the term ended);
 * - known events ("since Hamas' October 7 attack" is after 2023-10-07);
 * - dates the text mentions: an article is not older than the latest past event it
 *   reports. Dates without a year ("November 22") get the year that puts them closest
 *   to the date the narrative last anchored (HeidelTime's strategy for underspecified
 *   dates), inside the interval the other clues allow; dates said in the future tense
 *   bound nothing.
 * - eras (an ongoing war the text evokes) and references to known events, from ./eras and
 *   ./event-refs.
 * The allowed days are the intersection of the clues, kept as a set of periods (a role
 * with several terms keeps the parts that fit), capped by the reference date (an article
 * is not from the future); clues that would empty it are reported and dropped, weakest
 * first. The best value is the latest past date the text mentions (at its own precision)
 * when there is one, else the middle of the interval (see `bestValue`).
 */
import type { EvidenceSpan, Precision, Published } from '../../pipeline/document.js';

/** A constraint on the publication day. Either end may be open. */
export interface Clue {
  readonly earliest: string | null;
  readonly latest: string | null;
  /** Why: shown in `evidence`. */
  readonly reason: string;
  readonly span: EvidenceSpan | null;
  /**
   * Roles and events are strong; eras (an ongoing war) come next; mentions of dates and
   * relative references are weaker (they may be misread or belong to another clause).
   */
  readonly strength: 'strong' | 'era' | 'weak';
  /**
   * Alternative periods when the clue is not one interval (a prime minister with several
   * terms); `earliest`/`latest` are then their hull. The parts of the periods that fit
   * the other evidence are kept (inference works on a set of periods, not their hull).
   */
  readonly periods?: readonly { readonly earliest: string | null; readonly latest: string | null }[];
  /** The knowledge-base person whose title gave the clue, if one did. */
  readonly person?: string;
  /** The title, when the clue is of a past one ("former Secretary of State …"): that office is over, the person's others are not. */
  readonly pastTitle?: string;
  /**
   * The day of the known event the text names, when the clue is that the article is not
   * older than it ("the killing of Haniyeh"): like a day the text mentions, a candidate for
   * the best value when nothing closes the interval (see `bestValue`).
   */
  readonly eventDay?: string;
}

/**
 * A person the text names without a title that dates it, and the periods of all their roles
 * in the knowledge base: people in the news are mostly people in office (or running for
 * it), so these only choose the best value inside the interval; they bound nothing.
 */
export interface Activity {
  readonly name: string;
  readonly span: EvidenceSpan;
  readonly periods: readonly Period[];
}

/** A date the text mentions, as the time tagger read it. */
export interface DateMention {
  readonly span: EvidenceSpan;
  /** Known year, or null when the text gives none ("November 22", "early April"). */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly tense: 'past' | 'future' | 'unknown';
  /**
   * The start of something still going on, told as background (`the war, which erupted in
   * April 2023, has killed …`, `fighting since April 2023`): the article is after it, but
   * not from then, so it bounds the date without being the best value (`onset`); likewise a
   * date that names an earlier event as a modifier (`the October 7, 2023 attack`, `the 2014
   * war`: `event`).
   */
  readonly background?: 'onset' | 'event';
  /** A date a plan aims at (`moved to March 20`, `until June 1`): it bounds nothing. */
  readonly target?: true;
}

/** A weekday the text mentions (ISO 1 = Monday … 7 = Sunday), with its tense. */
export interface WeekdayMention {
  readonly day: number;
  readonly tense: 'past' | 'future';
  /** Offset of the mention in the text, when known. */
  readonly start?: number;
  /** `the weekend`: Saturday or Sunday (`day` is 6). */
  readonly weekend?: true;
}

const MIN_DAY = '1900-01-01';
/** An interval at most this many days long is narrow enough for weekdays to pick the day. */
const NARROW_DAYS = 10;

/** A closed interval of ISO days. */
export interface Period {
  readonly earliest: string;
  readonly latest: string;
}

/** What inference found: the `published` value and the periods the evidence allows. */
export interface Inference {
  readonly published: Published;
  /** Disjoint, in order; `published.earliest`..`published.latest` is their hull. */
  readonly periods: readonly Period[];
}

/** Infers `published` from clues and mentions; `reference` is today (ISO day). */
export function inferPublished(clues: readonly Clue[], mentions: readonly DateMention[], reference: string, weekdays: readonly WeekdayMention[] = [], activity: readonly Activity[] = []): Published | null {
  return infer(clues, mentions, reference, weekdays, activity)?.published ?? null;
}

/** Order in which clues are applied: a clue that would empty the set is dropped. */
const RANK: Readonly<Record<Clue['strength'], number>> = { strong: 0, era: 1, weak: 2 };

/** Like `inferPublished`, with the set of periods the evidence allows. */
export function infer(clues: readonly Clue[], mentions: readonly DateMention[], reference: string, weekdays: readonly WeekdayMention[] = [], activity: readonly Activity[] = []): Inference | null {
  const kept: Clue[] = [];
  const dropped: string[] = [];
  let allowed: Period[] = [{ earliest: MIN_DAY, latest: reference }];
  // strong clues first, so that a misread mention cannot overrule a role; eras after roles
  // and events, which are more specific; within a rank, text order
  for (const c of [...clues].sort((a, b) => RANK[a.strength] - RANK[b.strength])) {
    const next = restrict(allowed, c.periods ?? [c]);
    if (next) { allowed = next; kept.push(c); } else dropped.push(`${c.reason} (conflicts with stronger evidence; ignored)`);
  }
  const resolved = anchorMentions(mentions, hull(allowed));
  let latestDay: Resolved | null = null;
  let latestOther: Resolved | null = null;
  for (const m of resolved) {
    if (m.target === true) continue;
    if (bounds(m)) {
      const narrowed = restrict(allowed, [{ earliest: m.start, latest: null }]);
      if (!narrowed) { dropped.push(`${m.span.text} (${m.value}) is after the latest possible date; ignored`); continue; }
      allowed = narrowed;
      kept.push({ earliest: m.start, latest: null, reason: m.background === 'onset' ? `mentions ${m.value} as the start of something still going on (a bound, not the date)` : m.background === 'event' ? `mentions ${m.value} naming an earlier event (a bound, not the date)` : `mentions ${m.value} as past`, span: m.span, strength: 'weak' });
    } else if (!m.yearless || m.tense !== 'unknown') continue;
    // a year-less day of unknown tense ("on March 3") bounds nothing (it may be ahead) but, inside
    // the interval, is still the likeliest news day
    if (m.background !== undefined) continue;
    if (m.precision === 'day') { if (!latestDay || m.start >= latestDay.start) latestDay = m; } else if (!latestOther || m.start >= latestOther.start) latestOther = m;
  }
  if (kept.length === 0) return null;
  const interval = hull(allowed);
  // a candidate that bounded nothing may lie before a bound that came after it
  if (latestDay !== null && latestDay.start < interval.earliest) latestDay = null;
  if (latestOther !== null && latestOther.start < interval.earliest) latestOther = null;
  const named = kept.reduce<Clue | null>((a, c) => (c.eventDay !== undefined && (a === null || c.eventDay > a.eventDay!) ? c : a), null);
  const value = bestValue(allowed, latestDay, latestOther, reference, weekdays, activity, named);
  const evidence: (EvidenceSpan | string)[] = [];
  for (const c of kept) evidence.push(c.span ? { ...c.span } : c.reason, ...(c.span ? [c.reason] : []));
  if (allowed.length > 1) evidence.push(`possible: ${allowed.map((p) => `${p.earliest}..${p.latest}`).join(' or ')}`);
  evidence.push(...(value.spans ?? []), value.reason, ...dropped);
  if (interval.latest === reference) evidence.push(`not after ${reference} (the reference date)`);
  return { published: { value: value.value, precision: value.precision, method: 'inferred', earliest: interval.earliest, latest: interval.latest, evidence }, periods: allowed };
}

/** Periods longer than this get their middle at month precision: a day would overstate it. */
const DAY_PRECISION_MAX_DAYS = 3 * 366;

/**
 * The best single value inside the allowed periods: news reports recent events, so the
 * latest past day mentioned; else, in a narrow interval, the day the weekdays said in the
 * past point to; else the latest month (or year) mentioned; else the middle of the allowed
 * days ({@link middleDay}: for one period, its middle, the guess with the least worst-case
 * error; across gaps, the day with as many allowed days before as after), at day precision when they span at most three years and at
 * month precision beyond. An interval open towards today ends at the reference date.
 */
function bestValue(allowed: readonly Period[], day: Resolved | null, other: Resolved | null, reference: string, weekdays: readonly WeekdayMention[], activity: readonly Activity[], named: Clue | null = null): { value: string; precision: Precision; reason: string; spans?: EvidenceSpan[] } {
  const interval = hull(allowed);
  if (day && day.start >= interval.earliest) return { value: day.value, precision: 'day', reason: `best value: the latest past day mentioned, ${day.value}` };
  const byWeekday = weekdayDay(interval, weekdays);
  if (byWeekday) return { value: byWeekday, precision: 'day', reason: `best value: the first day of ${interval.earliest}..${interval.latest} on which every weekday the text says happened already has (${weekdays.map((w) => `${WEEKDAYS[w.day - 1]} ${w.tense}`).join(', ')})` };
  // nothing closes the interval: news tells of recent events, so the latest known event the text
  // names is the likeliest day, as a day it mentions would be (session 17)
  const event = named?.eventDay !== undefined && interval.latest === reference && named.eventDay >= interval.earliest && (!other || startOf(other.value) <= named.eventDay) ? named.eventDay : null;
  if (event !== null) return { value: event, precision: 'day', reason: `best value: the day of the latest known event named, ${event} (nothing else closes the interval)`, ...(named!.span ? { spans: [{ ...named!.span }] } : {}) };
  if (other && endOf(other.value) >= interval.earliest) {
    if (other.precision === 'month' || interval.latest === reference) return { value: other.value, precision: other.precision, reason: `best value: the latest past ${other.precision} mentioned, ${other.value}` };
  }
  // across far-apart periods, the one in which the most people named held a role, else all the allowed days
  const busy = busiest(allowed, activity);
  const pool = busy === null ? allowed : [busy.period];
  const span = hull(pool);
  const mid = middleDay(pool);
  const long = (Date.parse(span.latest) - Date.parse(span.earliest)) / 864e5 > DAY_PRECISION_MAX_DAYS;
  let what: string;
  let spans: EvidenceSpan[] | undefined;
  if (busy !== null) {
    what = `${span.earliest}..${span.latest}, the one of the periods the evidence allows in which the most people the text names held a role (${busy.people.join(', ')}; no recent date mentioned)`;
    spans = activity.filter((a) => busy.people.includes(a.name)).map((a) => ({ ...a.span }));
  } else {
    const open = interval.latest === reference ? ' (the reference date)' : '';
    what = `${allowed.length > 1 ? `the days the evidence allows in ${interval.earliest}..${interval.latest}` : `${interval.earliest}..${interval.latest}`}${open} (no recent date mentioned${long ? '; the interval is long' : ''})`;
  }
  return long
    ? { value: mid.slice(0, 7), precision: 'month', reason: `best value: the month in the middle of ${what}`, ...(spans ? { spans } : {}) }
    : { value: mid, precision: 'day', reason: `best value: the middle of ${what}`, ...(spans ? { spans } : {}) };
}

/**
 * When the evidence allows several periods far apart (Trump as the Republican nominee: 2016
 * or 2024), the one in which the most people of `activity` held a role, with their names;
 * null when there is one period, or no single period has the most.
 */
export function busiest(allowed: readonly Period[], activity: readonly Activity[]): { period: Period; people: string[] } | null {
  if (allowed.length < 2 || activity.length === 0) return null;
  const support = allowed.map((p) => activity.filter((a) => a.periods.some((r) => r.earliest <= p.latest && r.latest >= p.earliest)).map((a) => a.name));
  const most = Math.max(...support.map((s) => s.length));
  if (most === 0 || support.filter((s) => s.length === most).length > 1) return null;
  const i = support.findIndex((s) => s.length === most);
  return { period: allowed[i]!, people: support[i]! };
}

/**
 * The middle of the allowed days: half of them lie before it, half after, so a short
 * period the evidence barely allows (Netanyahu's 2021 months beside his term from
 * 2022-12-29) does not pull the value into or towards the gap between periods.
 */
export function middleDay(allowed: readonly Period[]): string {
  const length = (p: Period): number => (Date.parse(p.latest) - Date.parse(p.earliest)) / 864e5;
  let rest = allowed.reduce((sum, p) => sum + length(p), 0) / 2;
  for (const p of allowed) {
    if (rest <= length(p)) return new Date(Date.parse(p.earliest) + Math.floor(rest) * 864e5).toISOString().slice(0, 10);
    rest -= length(p);
  }
  return allowed[allowed.length - 1]!.latest;
}

/** Earliest and latest day of the periods. */
function hull(allowed: readonly Period[]): Period {
  return { earliest: allowed[0]!.earliest, latest: allowed[allowed.length - 1]!.latest };
}

/**
 * The periods of `allowed` that also lie in one of `periods` (either end of which may be
 * open), merged and in order; null when nothing is left.
 */
function restrict(allowed: readonly Period[], periods: readonly { readonly earliest: string | null; readonly latest: string | null }[]): Period[] | null {
  const parts: Period[] = [];
  for (const a of allowed) for (const p of periods) { const x = intersect(a, p); if (x) parts.push(x); }
  if (parts.length === 0) return null;
  parts.sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0));
  const merged: Period[] = [parts[0]!];
  for (const p of parts.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (p.earliest <= last.latest) merged[merged.length - 1] = { earliest: last.earliest, latest: p.latest > last.latest ? p.latest : last.latest };
    else merged.push(p);
  }
  return merged;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * In a narrow interval, the first day D such that every weekday mentioned in the past
 * tense fell within the interval on or before D, and no weekday mentioned in the future
 * tense is D itself. Null when the interval is wide, no past weekday is mentioned, or no
 * day fits.
 */
function weekdayDay(interval: { earliest: string; latest: string }, weekdays: readonly WeekdayMention[]): string | null {
  const past = weekdays.filter((w) => w.tense === 'past');
  if (past.length === 0) return null;
  const first = Date.parse(interval.earliest);
  const last = Date.parse(interval.latest);
  if ((last - first) / 864e5 > NARROW_DAYS) return null;
  for (let t = first; t <= last; t += 864e5) {
    const isoDay = ((new Date(t).getUTCDay() + 6) % 7) + 1;
    const pastOk = past.every((w) => {
      for (let u = t; u >= first && t - u < 7 * 864e5; u -= 864e5) if (isDay(((new Date(u).getUTCDay() + 6) % 7) + 1, w)) return true;
      return false;
    });
    const futureOk = weekdays.every((w) => w.tense !== 'future' || !isDay(isoDay, w));
    if (pastOk && futureOk) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

/** Whether the ISO weekday `isoDay` is the mentioned day (for `the weekend`, Saturday or Sunday). */
export function isDay(isoDay: number, w: WeekdayMention): boolean {
  return isoDay === w.day || (w.weekend === true && isoDay === 7);
}

/**
 * Whether a mention bounds the publication date from below: a past mention does; so does
 * a month or day of unknown tense written with its year (the time stage does not trust its
 * past tense that far); a bare year of unknown tense does not ("by 2025", "the 2030 target"
 * are often ahead), nor does a year-less month or day of unknown tense ("talks on March 3":
 * the tense does not say on which side of the article it lies).
 */
function bounds(m: Resolved): boolean {
  if (m.tense === 'future') return false;
  return m.tense === 'past' || (m.precision !== 'year' && !m.yearless);
}

/** A mention with a resolved value. */
interface Resolved {
  readonly span: EvidenceSpan;
  readonly value: string;
  readonly precision: Precision;
  readonly start: string;
  readonly tense: DateMention['tense'];
  readonly background: DateMention['background'];
  readonly target: boolean;
  /** Whether the text gave no year (the year was picked to fit the interval). */
  readonly yearless: boolean;
}

/**
 * Gives every mention a full value, in text order. A year-less mention takes the year that
 * puts it inside `interval` and closest to the last anchored date (or, before any anchor,
 * the only year that fits when the interval is at most a year long).
 */
export function anchorMentions(mentions: readonly DateMention[], interval: { earliest: string; latest: string }): Resolved[] {
  const out: Resolved[] = [];
  let anchor: string | null = null;
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    if (m.month === null && m.year === null) continue;
    let year = m.year;
    if (year === null) year = pickYear(m, interval, anchor);
    if (year === null) continue;
    const value = format(year, m.month, m.day);
    const start = startOf(value);
    if (start > interval.latest && m.tense !== 'future' && m.year === null) continue;
    out.push({ span: m.span, value, precision: m.day !== null ? 'day' : m.month !== null ? 'month' : 'year', start, tense: m.tense, background: m.background, target: m.target === true, yearless: m.year === null });
    anchor = start;
  }
  return out;
}

function pickYear(m: DateMention, interval: { earliest: string; latest: string }, anchor: string | null): number | null {
  const first = Number(interval.earliest.slice(0, 4));
  const last = Number(interval.latest.slice(0, 4));
  if (last - first > 60) return null;
  const fits: { year: number; start: string }[] = [];
  for (let y = first; y <= last; y++) {
    const start = startOf(format(y, m.month, m.day));
    const end = endOf(format(y, m.month, m.day));
    // a past mention must have started by the latest possible publication day
    if (end < interval.earliest && m.tense !== 'past') continue;
    if (m.tense !== 'future' && start > interval.latest) continue;
    fits.push({ year: y, start });
  }
  if (fits.length === 0) return null;
  if (anchor) {
    const distance = (s: string): number => Math.abs(Date.parse(s) - Date.parse(anchor));
    return fits.reduce((a, b) => (distance(b.start) < distance(a.start) ? b : a)).year;
  }
  if (m.tense === 'past' || m.tense === 'unknown') {
    const inside = fits.filter((f) => f.start >= interval.earliest);
    if (inside.length === 1) return inside[0]!.year;
  }
  return null;
}

function intersect(a: { earliest: string; latest: string }, c: { earliest: string | null; latest: string | null }): { earliest: string; latest: string } | null {
  const earliest = c.earliest && c.earliest > a.earliest ? c.earliest : a.earliest;
  const latest = c.latest && c.latest < a.latest ? c.latest : a.latest;
  return earliest <= latest ? { earliest, latest } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function format(year: number, month: number | null, day: number | null): string {
  return month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** First ISO day of a value of any precision. */
export function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value.slice(0, 10);
}

/** Last ISO day of a value of any precision. */
export function endOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${value}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  }
  return value.slice(0, 10);
}
