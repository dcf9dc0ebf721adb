/**
 * @module stages/published/mentions — the dates a text mentions, for dating the text.
 *
 * Reads the time tagger's `timex` layer (before it is anchored on the publication date):
 * calendar dates with a year are dated mentions; month-days and months without a year
 * ("November 22", "early April") are year-less mentions that inference anchors. Known
 * events ("October 7" in an article about Hamas) replace the year-less reading of the
 * same words. Anything else (weekdays, "last month", durations) says nothing about the
 * publication date until that date is known.
 */
import type { Annotation } from '../../pipeline/annotation.js';
import type { TimexAnnotationValue } from '../time/types.js';
import type { RelativeTime } from './event-refs.js';
import type { DateMention, WeekdayMention } from './infer.js';

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The words before a date that make it the start of something still going on, told as
 * background: `since`, or a relative clause of onset (`which began on`, `that erupted in`,
 * `which broke out in`). Read on the 40 characters before the date.
 */
const BACKGROUND_BEFORE = /(?:\bsince(?:\s+the)?|\b(?:which|that)\s+(?:first\s+)?(?:began|begun|started|erupted|broke\s+out|was\s+launched|were\s+launched)(?:\s+(?:on|in))?)\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$/i;

/**
 * A verb of onset earlier in the clause: the date is when something began (`Hezbollah began
 * firing at Israel on Oct. 8, 2023`, `the strike began at midnight on Sept. 15`). `launched`
 * is left out: "launched a raid on Tuesday" is the news itself.
 */
const ONSET_BEFORE = /\b(?:began|begun|started|erupted|broke\s+out)\b[^.;!?\n]{0,40}?\b(?:on|in|at)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * A date inside a clause opened by `since` (`Since the truce took effect on Jan. 19, Hamas has
 * released 33 hostages`): the clause tells when a count or a state began, well before the news
 * (a lower bound, not the article's day). The clause runs to its comma.
 */
const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:the|a|an|its|their|his|her|[A-Z][\w’'-]*)\s[^.;:!?\n,]{0,60}?\b(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/** Whether the date at `start` of `text` opens something still going on (see BACKGROUND_BEFORE, ONSET_BEFORE, SINCE_CLAUSE_BEFORE). */
export function backgroundDate(text: string, start: number): boolean {
  return BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || ONSET_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}

/** `the last strike …, in October 2019`, `a previous truce in late November`: a date of an earlier round of what the news is about. */
const EARLIER_ROUND_BEFORE = /\b(?:the|a|its|their)\s+(?:last|previous|prior|earlier)\s+[^.;!?\n]{0,60}$/i;

/**
 * A date after `to`, `until`, `till`, `through` or `by` is a target or a bound that a plan
 * sets (`moved to March 20`, `extended until June 1`), not an event the article reports.
 */
const TARGET_BEFORE = /\b(?:to|until|till|through|by)\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end|middle)\s+of)[\s-]+)?$/i;

/** Whether the date at `start` of `text` is one a plan aims at (see TARGET_BEFORE). */
export function aimedAt(text: string, start: number): boolean {
  return TARGET_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** A determiner before a date used as a modifier (`the 2014 war`, `Hamas's October 7 attack`). */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s?)\s+$/i;
/**
 * After the date: up to two capitalised words, then a lower-case noun (`the 2014 Gaza war`,
 * `the January 2025 ceasefire`, `the October 7, 2023 attack`). Words that carry on a clause
 * rather than name a thing (`the 2014 to 2016 talks` aside) are left out.
 */
const ATTRIBUTIVE_AFTER = /^,?\s+(?:[A-Z][\w’'-]*\s+){0,2}([a-z][a-z-]{2,})\b(?:\s+([a-z][a-z-]{2,})\b)?/;
const NOT_A_HEAD = new Set([
  'and', 'the', 'for', 'with', 'from', 'when', 'that', 'which', 'who', 'was', 'were', 'has', 'had', 'have', 'will', 'would', 'could',
  'should', 'into', 'onto', 'until', 'through', 'after', 'before', 'since', 'than', 'but', 'are', 'not', 'also', 'said', 'says',
  'about', 'against', 'between', 'during', 'over', 'under', 'while', 'where', 'whose', 'last', 'next', 'this', 'year', 'years',
  'month', 'months', 'week', 'weeks', 'day', 'days', 'and', 'deadline', 'elections', 'election', 'vote', 'summit', 'meeting',
  'talks', 'session', 'hearing', 'trial', 'visit', 'budget', 'target', 'goal', 'plan', 'season', 'games', 'olympics', 'cup',
]);

/**
 * Whether the date at `start..end` of `text` names an earlier event as a modifier (`the
 * October 7, 2023 attack`, `the 2014 war`, `the January 2025 ceasefire`): in news a dated
 * event named this way is background; the news itself is told with its day ("on Tuesday").
 * Nouns of what may still be ahead (`the March 3 deadline`, `the 2026 elections`, `the June
 * summit`) are left out: they may be the news.
 */
export function namesEarlierEvent(text: string, start: number, end: number): boolean {
  if (EARLIER_ROUND_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (!ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  // the noun and the word after it: `the Nov. 8 presidential election` is an election
  const m = ATTRIBUTIVE_AFTER.exec(text.slice(end, end + 60));
  return m !== null && !NOT_A_HEAD.has(m[1]!) && (m[2] === undefined || !NOT_A_HEAD.has(m[2]));
}

/** Converts timex annotations to date mentions. */
export function timexMentions(doc: string, timexes: readonly Annotation<TimexAnnotationValue>[]): DateMention[] {
  const out: DateMention[] = [];
  for (const a of timexes) {
    const t = a.value;
    if (t.type !== 'date') continue;
    const span = { doc, start: a.start, end: a.end, text: a.text };
    // a known date bounds the publication date unless it is said in the future; a past tense
    // is not trusted further than before (a year of unknown tense bounds nothing)
    const tense = t.tense === 'future' ? 'future' : 'unknown';
    const v = t.value;
    if (v.op === 'known') {
      const m = DAY.exec(t.known ?? v.value);
      if (m) out.push({ span, year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null, tense });
    } else if (v.op === 'month-day' && v.yearShift === undefined) {
      out.push({ span, year: null, month: v.month, day: v.day, tense: v.tense });
    } else if (v.op === 'month' && v.yearShift === undefined && v.shift === 0 && typeof v.which === 'number') {
      out.push({ span, year: null, month: v.which, day: null, tense: v.tense });
    }
  }
  return out;
}

/** Weekdays the text mentions with the tense they were read in ("said on Monday": past). */
export function timexWeekdays(timexes: readonly Annotation<TimexAnnotationValue>[]): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  for (const a of timexes) {
    const v = a.value.value;
    if (v.op === 'weekday' && v.shift === 0 && v.tense !== 'unknown') out.push(v.asWeekend === true ? { day: v.day, tense: v.tense, start: a.start, weekend: true } : { day: v.day, tense: v.tense, start: a.start });
  }
  return out;
}

/** Relative date expressions ("last month", "on Tuesday", "yesterday"), for ./event-refs. */
export function relativeTimes(timexes: readonly Annotation<TimexAnnotationValue>[]): RelativeTime[] {
  const out: RelativeTime[] = [];
  for (const a of timexes) {
    const op = a.value.value.op;
    if (a.value.type === 'date' && (op === 'day' || op === 'offset' || op === 'weekday')) out.push({ start: a.start, end: a.end, type: a.value.type, value: a.value.value, tense: a.value.tense });
  }
  return out;
}

/**
 * `mentions` with `background` set on those that open something still going on (`onset`,
 * see BACKGROUND_BEFORE, ONSET_BEFORE) or name an earlier event or round (`event`, see
 * namesEarlierEvent), and `target` on those a plan aims at (see TARGET_BEFORE).
 */
export function markBackground(text: string, mentions: readonly DateMention[]): DateMention[] {
  return mentions.map((m) => {
    const marked: DateMention = backgroundDate(text, m.span.start) ? { ...m, background: 'onset' } : namesEarlierEvent(text, m.span.start, m.span.end) ? { ...m, background: 'event' } : m;
    return aimedAt(text, m.span.start) ? { ...marked, target: true } : marked;
  });
}

/** Event mentions win over year-less mentions of the same words. */
export function mergeMentions(fromTimex: readonly DateMention[], fromEvents: readonly DateMention[]): DateMention[] {
  const overlaps = (a: DateMention, b: DateMention): boolean => a.span.start < b.span.end && b.span.start < a.span.end;
  const kept = fromTimex.filter((t) => t.year !== null || !fromEvents.some((e) => overlaps(e, t)));
  const added = fromEvents.filter((e) => !kept.some((t) => t.year !== null && overlaps(e, t)));
  return [...kept, ...added].sort((a, b) => a.span.start - b.span.start);
}
