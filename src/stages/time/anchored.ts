/**
 * @module stages/time/anchored — days counted from another day of their sentence rather than
 * from the anchor (pass 7b: per sentence, after the tense pass, so that the day counted from
 * already has the tense that picks its week or year).
 *
 * - **told-day**: `today`, `tomorrow`, `yesterday`, `tonight`, `overnight`, `last night`,
 *   `this morning` in what a dated telling reports (`the ministry said on Monday that talks
 *   would resume tomorrow`, `"We meet tomorrow," he said on Monday`, `On Tuesday, the army
 *   said drones struck overnight`) count from the day of the telling, not from the day of
 *   publication.
 * - **days-after**: `a day after March 3`, `two days after Monday's vote`, `a week before the
 *   vote on Sunday`: the count is no duration but a day that far from the day named after
 *   `after`/`before` (TimeBank keeps `N days after <event>` a duration when no day is named).
 */
import { addDays, formatDay, parseDay } from './calendar.js';
import type { SentenceScope } from './06-refine.js';
import type { Candidate, Mod, PartOfDay, RelativeValue, TimexValue } from './types.js';

/**
 * A reporting verb right before a day, or before where and how it was told (`said Tuesday`,
 * `told reporters on Monday`, `said in a statement on Monday`, `told reporters in Moscow on
 * Monday`): the day of the telling, not of the events told.
 */
export const TOLD_ON = /(?:^|[^a-z])(?:said|says|told(?:\s+\w+){0,2}|announced|reported|added|confirmed|stated|wrote|tweeted|posted|declared|insisted|warned)(?:\s+(?:in|at)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
/** A reporting verb between a day and what it reports (`On Tuesday, the air force said drones struck overnight`). */
export const TELLING = /\b(?:said|says|told|announced|reported|added|confirmed|stated|wrote|tweeted|posted|declared|insisted|warned)\b/i;

/** A day-level value another day may count from: its part of day, clock time and mod dropped. */
function baseDay(c: Candidate): RelativeValue | (TimexValue & { op: 'known' }) | null {
  if (c.role !== 'day') return null;
  const { time: _time, part: _part, mod: _mod, ...v } = c.value;
  if (v.asWeek !== undefined || v.asWeekend !== undefined || v.weekOfMonth !== undefined) return null;
  if (v.op === 'known') return /^\d{4}-\d{2}-\d{2}$/.test(v.value) ? v : null;
  if (v.op === 'day' && v.from === undefined && v.n === 0) return null;
  return v.op === 'weekday' || v.op === 'month-day' || v.op === 'day-of-month' || v.op === 'holiday' ? v : null;
}

/** `value` counted `n` days from the day `from` (a written date gives a written date). */
function fromDay(from: NonNullable<ReturnType<typeof baseDay>>, n: number, part: PartOfDay | undefined, mod: Mod | undefined): TimexValue {
  const value: TimexValue = from.op === 'known' ? { op: 'known', value: formatDay(addDays(parseDay(from.value)!, n)) } : { op: 'day', n, from };
  return part === undefined && mod === undefined ? value : { ...value, ...(part === undefined ? {} : { part }), ...(mod === undefined ? {} : { mod }) };
}

/** Deictic days of the writer's frame that reported speech shifts to the teller's. */
function deictic(c: Candidate): boolean {
  const v = c.value;
  return v.op === 'day' && v.from === undefined && v.time === undefined && (c.rule === 'deictic-day' || c.rule === 'deictic-part-of-day' || c.rule === 'deictic-day+part-of-day');
}

/** No clause of another telling or another sentence part between a telling and what it tells. */
const BREAK = /[;:]|\s[–—]\s/;

/** The day of the telling that reports candidate `i`, or null. */
function tellingDay(candidates: readonly Candidate[], i: number, scope: SentenceScope): ReturnType<typeof baseDay> {
  const c = candidates[i]!;
  // a day right after its telling verb, not a possessive (`said Monday's vote was …`)
  const isTold = (d: Candidate): boolean => TOLD_ON.test(scope.text.slice(Math.max(scope.start, d.start - 40), d.start)) && !/^['’]s\b/.test(scope.text.slice(d.end, d.end + 3));
  // `…, the mediator said today`: the deictic day is the telling's own, the writer's
  if (isTold(c)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const d = candidates[j]!;
    const day = baseDay(d);
    if (day === null) continue;
    const between = scope.text.slice(d.end, c.start);
    if (BREAK.test(between)) return null;
    // `said on Monday that …`, `On Monday, the ministry said …`
    return isTold(d) || TELLING.test(between) ? day : null;
  }
  for (let j = i + 1; j < candidates.length; j++) {
    const d = candidates[j]!;
    const day = baseDay(d);
    if (day === null) continue;
    // `"We meet tomorrow," the minister said on Monday.`
    return isTold(d) && !BREAK.test(scope.text.slice(c.end, d.start)) ? day : null;
  }
  return null;
}

/** Between `a day after` and the day it counts from: a few words of the event, no clause break. */
const AFTER_GAP = /^\s+(after|before)\s+(?:(?:the|a|an|its|their|his|her|last|this)\s+)?(?:[a-z][\w'-]*\s+){0,4}?(?:on\s+|of\s+)?$/i;
/** Counts of days or weeks (`P1D`, `P2W`): a count of hours is no day. */
const DAYS = /^P(\d+)([DW])$/;
/** Words before a count that make it a length of time (`for two days after …`, `lasted a week after …`). */
const LASTING = /\b(?:for|lasted|lasting|lasts|last|continued|continuing|spent|spend|within|over|took|take)\s+$/i;
/** A count and a calendar unit only: `eight trading days after Oct. 12` is no calendar day. */
const PLAIN_COUNT = /^[\w-]+\s+(?:days?|weeks?)$/i;

/**
 * Candidates of one sentence with deictic days of reported speech counted from the telling,
 * and `N days after <day>` made the day it names.
 */
export function anchorOnDays(found: readonly Candidate[], scope: SentenceScope): Candidate[] {
  if (found.length < 2) return [...found];
  return found.map((c, i) => {
    if (deictic(c)) {
      const day = tellingDay(found, i, scope);
      if (day === null) return c;
      const v = c.value as TimexValue & { n: number };
      return { ...c, value: fromDay(day, v.n, v.part, v.mod), rule: `${c.rule}+told-day` };
    }
    if (c.role !== 'duration' || c.value.op !== 'known') return c;
    const count = DAYS.exec(c.value.value);
    const next = found[i + 1];
    if (count === null || next === undefined || !PLAIN_COUNT.test(scope.text.slice(c.start, c.end))) return c;
    // `continued for two days after Monday's vote`, `lasted two days after the vote`: a length of time
    if (LASTING.test(scope.text.slice(Math.max(scope.start, c.start - 24), c.start))) return c;
    const gap = AFTER_GAP.exec(scope.text.slice(c.end, next.start));
    const day = baseDay(next);
    if (gap === null || day === null) return c;
    const n = Number(count[1]) * (count[2] === 'W' ? 7 : 1) * (gap[1]!.toLowerCase() === 'after' ? 1 : -1);
    return { ...c, type: 'date', role: 'day', value: fromDay(day, n, undefined, c.value.mod), rule: `${c.rule}+days-after` };
  });
}
