/**
 * @module stages/time/06-refine — refiners: each takes the candidates of one sentence and
 * returns a new list (overlaps removed, neighbours merged, spans widened).
 *
 * Order (see `REFINERS`): overlaps first, so that later refiners see one reading of each
 * span; then a part of day or a clock time joins the day beside it; then modifiers
 * widen the span to the left (`early April`, `about two years ago`); then a clock time
 * still alone takes the day named earlier in its sentence; last, the start of a range takes
 * the year written at its end.
 */
import { formatWeek, nthWeekday } from './calendar.js';
import { PARTS_OF_DAY } from './lexicon.js';
import { pad, rawWordAfter, wordBefore } from './patterns.js';
import { TELLING, TOLD_ON } from './anchored.js';
import type { Candidate, Mod, TimexValue } from './types.js';

/** The sentence the refiners work in: the document text and the sentence's bounds. */
export interface SentenceScope {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One refiner, as data. */
export interface Refiner {
  readonly id: string;
  readonly reason: string;
  refine(candidates: readonly Candidate[], scope: SentenceScope): Candidate[];
}

const length = (c: Candidate): number => c.end - c.start;

/**
 * Longest first; among equals the one proposed first (rules are listed by priority). Works
 * cluster by cluster (runs of overlapping candidates), so a long sentence stays linear.
 */
const resolveOverlaps: Refiner = {
  id: 'overlaps',
  reason: 'two readings of overlapping text cannot both be right: the longer one wins, then the higher-priority rule',
  refine(candidates) {
    if (candidates.length < 2 || apart(candidates)) return [...candidates];
    const byStart = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.i - b.i);
    const kept: Candidate[] = [];
    let cluster: { c: Candidate; i: number }[] = [];
    let clusterEnd = -1;
    for (const item of byStart) {
      if (item.c.start >= clusterEnd && cluster.length > 0) {
        keepLongest(cluster, kept);
        cluster = [];
      }
      cluster.push(item);
      clusterEnd = Math.max(clusterEnd, item.c.end);
    }
    keepLongest(cluster, kept);
    return kept.sort((a, b) => a.start - b.start);
  },
};

/**
 * True when the candidates are in text order and none overlaps an earlier one (each starts
 * at or after every earlier end): every cluster is one candidate, kept in this order, so
 * there is nothing to sort (the usual sentence).
 */
function apart(candidates: readonly Candidate[]): boolean {
  let end = candidates[0]!.end;
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.start < end) return false;
    end = Math.max(end, c.end);
  }
  return true;
}

function keepLongest(cluster: { c: Candidate; i: number }[], kept: Candidate[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]!.c);
    return;
  }
  const chosen: Candidate[] = [];
  for (const { c } of cluster.sort((a, b) => length(b.c) - length(a.c) || a.i - b.i)) {
    if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
  }
  kept.push(...chosen);
}

const PART_AFTER = /^\s+(morning|afternoon|evening|night|overnight)(?![a-z])/i;
const PART_WORDS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** A day value that can take a time of day. */
function takesTime(c: Candidate): boolean {
  if (c.role !== 'day') return false;
  const v = c.value;
  if (v.time !== undefined || v.part !== undefined) return false;
  return v.op === 'weekday' || v.op === 'month-day' || v.op === 'day-of-month' || v.op === 'day' || v.op === 'holiday' || (v.op === 'known' && /^\d{4}-\d{2}-\d{2}$/.test(v.value));
}

/** `Tuesday morning`, `yesterday afternoon`, `Oct. 7 evening`. */
const partOfDay: Refiner = {
  id: 'part-of-day',
  reason: 'a part of the day right after a day belongs to it (TIMEX3 2024-04-30TMO)',
  refine(candidates, scope) {
    return candidates.map((c, i) => {
      if (!takesTime(c) || !PART_WORDS.has(rawWordAfter(scope.text, c.end).toLowerCase().replace(/\.+$/, ''))) return c;
      const m = PART_AFTER.exec(scope.text.slice(c.end, Math.min(scope.end, c.end + 14)));
      if (!m) return c;
      const next = candidates[i + 1];
      if (next !== undefined && next.start < c.end + m[0].length) return c;
      const part = PARTS_OF_DAY[m[1]!.toLowerCase()]!;
      return { ...c, end: c.end + m[0].length, type: 'time', value: { ...c.value, part }, rule: `${c.rule}+part-of-day` };
    });
  },
};

/** `overnight Tuesday`, `overnight on Friday`: the night of that day (TIMEX3 …TNI), one expression. */
const overnightDay: Refiner = {
  id: 'overnight-day',
  reason: '"overnight" right before a day is that day\'s night, not the night before the anchor',
  refine(candidates, scope) {
    return joinAdjacent(candidates, (a, b) => a.rule === 'deictic-part-of-day' && takesTime(b) && /^overnight$/i.test(scope.text.slice(a.start, a.end)) && /^\s+(?:on\s+)?$/i.test(scope.text.slice(a.end, b.start))
      ? { start: a.start, end: b.end, type: 'time', value: { ...b.value, part: 'NI' }, rule: `${b.rule}+overnight`, role: 'day' }
      : null);
  },
};

/** Each candidate joined with the next where `join` makes one expression of the pair; the others as they are. */
function joinAdjacent(candidates: readonly Candidate[], join: (a: Candidate, b: Candidate) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const joined = b === undefined ? null : join(a, b);
    if (joined === null) {
      out.push(a);
    } else {
      out.push(joined);
      i++;
    }
  }
  return out;
}

const CLOCK_DAY_GAP = /^(?:\s*,\s*|\s+)(?:on\s+)?$/i;
const DAY_CLOCK_GAP = /^(?:\s*,\s*|\s+)$/;

/** `10 a.m. Tuesday`, `5 p.m. EST, Nov. 6`, `noon Thursday`, `Tuesday, 10 a.m.`. */
const clockWithDay: Refiner = {
  id: 'clock-with-day',
  reason: 'a clock time written right next to a day is that day\'s time: one expression',
  refine(candidates, scope) {
    return joinAdjacent(candidates, (a, b) => {
      if (a.role === 'clock' && takesTime(b) && CLOCK_DAY_GAP.test(scope.text.slice(a.end, b.start)) && !/\son\s*$/i.test(scope.text.slice(a.end, b.start))) {
        return { start: a.start, end: b.end, type: 'time', value: { ...b.value, time: a.value.time! }, rule: `${b.rule}+clock`, role: 'day' };
      }
      if (b.role === 'clock' && takesTime(a) && DAY_CLOCK_GAP.test(scope.text.slice(a.end, b.start))) {
        return { start: a.start, end: b.end, type: 'time', value: { ...a.value, time: b.value.time! }, rule: `${a.rule}+clock`, role: 'day' };
      }
      return null;
    });
  },
};

interface ModifierRule {
  readonly re: RegExp;
  readonly roles: ReadonlySet<Candidate['role']>;
  /** True when it applies to amounts of time (durations, `two years ago`), false for dates. */
  readonly amount: boolean;
  readonly mod: (word: string) => Mod;
}

const DATE_ROLES: ReadonlySet<Candidate['role']> = new Set(['day', 'period', 'year']);
const AMOUNT_ROLES: ReadonlySet<Candidate['role']> = new Set(['duration', 'period', 'day']);
const AROUND_ROLES: ReadonlySet<Candidate['role']> = new Set(['day', 'period', 'year', 'clock']);

const APPROX: Readonly<Record<string, Mod>> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'LESS_THAN', almost: 'LESS_THAN',
  'more than': 'MORE_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS', 'not more than': 'EQUAL_OR_LESS',
};

/**
 * Words before a date or an amount of time that belong to the expression, with their TIMEX3
 * mod. "over" is left out: before a count it is mostly a preposition ("over the past 20
 * years"), and TimeML leaves prepositions out.
 */
const MODIFIERS: readonly ModifierRule[] = [
  {
    re: /(?:^|[^a-z])(early|late|mid|earlier|later)[\s-]$/i,
    roles: DATE_ROLES,
    amount: false,
    mod: (w) => (/^(?:early|earlier)$/i.test(w) ? 'START' : /^mid$/i.test(w) ? 'MID' : 'END'),
  },
  {
    re: /(?:^|[^a-z])(the\s+(?:very\s+)?(?:end|close|beginning|start|middle|turn)\s+of)\s$/i,
    roles: new Set(['period', 'year']),
    amount: false,
    mod: (w) => (/end|close/i.test(w) ? 'END' : /middle/i.test(w) ? 'MID' : 'START'),
  },
  {
    re: /(?:^|[^a-z])(around|about|approximately|roughly)\s$/i,
    roles: AROUND_ROLES,
    amount: false,
    mod: () => 'APPROX',
  },
  {
    re: /(?:^|[^a-z])(about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|(?:just\s+)?under|at\s+least|no\s+less\s+than|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than)\s$/i,
    roles: AMOUNT_ROLES,
    amount: true,
    mod: (w) => APPROX[w.toLowerCase().replace(/\s+/g, ' ')] ?? 'APPROX',
  },
];

/** The last word of every modifier: a candidate preceded by anything else keeps its span without a regular expression. */
const MODIFIER_ENDS: ReadonlySet<string> = new Set([
  'early', 'late', 'mid', 'earlier', 'later', 'of', 'around', 'about', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'than',
  'under', 'least', 'most', 'to',
]);

/** True when a candidate counts an amount of time (a duration, or `two years ago`). */
function isAmount(c: Candidate): boolean {
  return c.role === 'duration' || c.rule === 'ago';
}

/** `early April`, `mid-2024`, `late Tuesday`, `earlier this year`, `the end of 1990`, `about two years ago`. */
const modifiers: Refiner = {
  id: 'modifiers',
  reason: 'early/mid/late, the start/end of, and approximators (about, more than, at least) are part of the expression and set its mod',
  refine(candidates, scope) {
    return candidates.map((c, i) => {
      if (c.value.mod !== undefined && !isAmount(c)) return c;
      const w = wordBefore(scope.text, c.start);
      if (!MODIFIER_ENDS.has(w.endsWith('-') ? w.slice(0, -1) : w)) return c;
      const floor = Math.max(scope.start, i > 0 ? candidates[i - 1]!.end : scope.start, c.start - 40);
      const before = scope.text.slice(floor, c.start);
      for (const rule of MODIFIERS) {
        if (!rule.roles.has(c.role) || rule.amount !== isAmount(c)) continue;
        const m = rule.re.exec(before);
        if (!m) continue;
        const start = c.start - (before.length - before.lastIndexOf(m[1]!));
        const value: TimexValue = { ...c.value, mod: rule.mod(m[1]!) };
        return { ...c, start, value, rule: `${c.rule}+modifier` };
      }
      return c;
    });
  },
};

const WEEK_OF = /(?:^|[^a-z])(the\s+week\s+of)\s+$/i;

/** `the week of March 6` is that day's ISO week. */
const weekOf: Refiner = {
  id: 'week-of',
  reason: '"the week of" a day names the week that contains it',
  refine(candidates, scope) {
    return candidates.map((c, i) => {
      if (!takesTime(c)) return c;
      if (wordBefore(scope.text, c.start) !== 'of') return c;
      const floor = Math.max(scope.start, i > 0 ? candidates[i - 1]!.end : scope.start, c.start - 20);
      const m = WEEK_OF.exec(scope.text.slice(floor, c.start));
      if (!m) return c;
      return { ...c, start: floor + m.index + m[0].indexOf(m[1]!), value: { ...c.value, asWeek: true }, role: 'period', rule: `${c.rule}+week-of` };
    });
  },
};

const WEEK_OF_MONTH = /(?:^|[^a-z])(the\s+(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+week\s+of)\s+$/i;
const WEEK_ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

/** A month (`February`, `March 2024`, `last month`) that a week of it can be counted in. */
function isMonth(c: Candidate): boolean {
  const v = c.value;
  if (v.mod !== undefined) return false;
  if (v.op === 'month') return true;
  if (v.op === 'offset') return v.unit === 'month' && v.grain === undefined;
  return v.op === 'known' && v.value.length === 7 && /^\d{4}-\d{2}$/.test(v.value);
}

/** The value of the `n`th week of a month value: a written month's week is known at once. */
function weekOfMonthValue(v: TimexValue, n: number): TimexValue {
  if (v.op !== 'known') return { ...v, weekOfMonth: n };
  return { op: 'known', value: formatWeek(nthWeekday(Number(v.value.slice(0, 4)), Number(v.value.slice(5, 7)), 4, n)), ...(v.tense === undefined ? {} : { tense: v.tense }) };
}

/**
 * `the second week of February`, `the last week of March 2024`: one week of the month, one
 * expression (the `last week` the relative rule read inside `the last week of March` goes).
 */
const weekOfMonth: Refiner = {
  id: 'week-of-month',
  reason: '"the second week of February" is a week, not the month, and its "last week" is not the week before the anchor',
  refine(candidates, scope) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (!isMonth(c) || wordBefore(scope.text, c.start) !== 'of') {
        out.push(c);
        continue;
      }
      const floor = Math.max(scope.start, c.start - 32);
      const m = WEEK_OF_MONTH.exec(scope.text.slice(floor, c.start));
      if (m === null) {
        out.push(c);
        continue;
      }
      const start = floor + m.index + m[0].indexOf(m[1]!);
      while (out.length > 0 && out[out.length - 1]!.end > start) out.pop();
      out.push({ ...c, start, value: weekOfMonthValue(c.value, WEEK_ORDINALS[m[2]!.toLowerCase()]!), role: 'period', rule: `${c.rule}+week-of-month` });
    }
    return out;
  },
};

/** A clock time with no day beside it belongs to the day named last in its sentence. */
/** A day value with a clock time instead of its part of day and mod. */
function atTime(day: Candidate, time: string): TimexValue {
  const { part: _part, mod: _mod, ...rest } = day.value;
  return { ...rest, time } as TimexValue;
}

/** A day that a clock time may borrow (not itself a time). */
function lendsDay(c: Candidate): boolean {
  return c.role === 'day' && c.value.time === undefined && c.rule !== 'deictic-part-of-day';
}

/** Between a clock time and the day it names with `on` (`4 a.m. on Wednesday`, `10 a.m. (0800 GMT) on Oct. 1`). */
const CLOCK_ON_DAY = /^(?:\s*\([^()]{0,24}\))?\s*,?\s*on\s+$/i;

/**
 * A clock time with no day beside it belongs to the day it is said to be on (`at 12:01 a.m.
 * on October 1`), else to the day named last in its sentence, or to one written just after it.
 */
const clockInheritsDay: Refiner = {
  id: 'clock-inherits-day',
  reason: 'in "talks began on Tuesday at 10 a.m." the clock time is Tuesday\'s, in "at 10:35 a.m. (0735 GMT) Friday" Friday\'s, and in "said Tuesday it would strike at 12:01 a.m. on Oct. 1" October 1\'s, not the anchor day\'s',
  refine(candidates, scope) {
    let day: Candidate | null = null;
    return candidates.map((c, i) => {
      if (lendsDay(c)) day = c;
      if (c.role !== 'clock') return c;
      const on = candidates.slice(i + 1, i + 3).find((n) => lendsDay(n) && n.start - c.end <= 40 && CLOCK_ON_DAY.test(scope.text.slice(c.end, n.start)));
      const lender = on ?? day ?? candidates.slice(i + 1, i + 3).find((n) => lendsDay(n) && n.start - c.end <= 25) ?? null;
      return lender === null ? c : { ...c, value: atTime(lender, c.value.time!), rule: `${c.rule}+sentence-day` };
    });
  },
};

/**
 * `talks on Sunday continued overnight`: an `overnight` alone is the night of the day named
 * before it in its sentence, not the night before the anchor; unless that day is the day of
 * a telling (`the army said on Tuesday that drones struck overnight`, also when the reporting
 * verb comes between: `On Tuesday, the air force said drones struck overnight`), where the
 * events told are of the night before the telling (see `anchored.ts`, after the tense pass).
 */
const overnightInheritsDay: Refiner = {
  id: 'overnight-inherits-day',
  reason: 'in "talks on Sunday continued overnight" the night is Sunday\'s, not the one before the article',
  refine(candidates, scope) {
    let day: Candidate | null = null;
    return candidates.map((c) => {
      if (c.rule !== 'deictic-part-of-day' || c.end - c.start !== 9 || !/^overnight$/i.test(scope.text.slice(c.start, c.end))) {
        if (lendsDay(c)) day = c;
        return c;
      }
      if (day === null || TOLD_ON.test(scope.text.slice(Math.max(scope.start, day.start - 40), day.start)) || TELLING.test(scope.text.slice(day.end, c.start))) return c;
      const { mod: _mod, part: _part, ...rest } = day.value;
      return { ...c, value: { ...rest, part: 'NI' } as TimexValue, rule: `${day.rule}+overnight` };
    });
  },
};

const RANGE_GAP = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;

/** `from November 24 to December 1, 2023`: the start of a range takes the year written at its end. */
const rangeYear: Refiner = {
  id: 'range-year',
  reason: 'a year written once at the end of a range belongs to both ends',
  refine(candidates, scope) {
    return candidates.map((c, i) => {
      const end = candidates[i + 1];
      if (end === undefined || c.value.op !== 'month-day' || c.value.yearShift !== undefined || end.value.op !== 'known') return c;
      const written = /^(\d{4})-(\d{2})-\d{2}$/.exec(end.value.value);
      if (written === null || end.start - c.end > 12 || !RANGE_GAP.test(scope.text.slice(c.end, end.start))) return c;
      const year = Number(written[1]) - (c.value.month > Number(written[2]) ? 1 : 0);
      const value = `${year}-${pad(c.value.month)}-${pad(c.value.day)}`;
      return { ...c, value: { op: 'known', value }, rule: `${c.rule}+range-year` };
    });
  },
};

const NAMED_WEEK = /^(last|next|this)\s+week$/i;
const WEEKDAY_LIST_GAP = /^\s*(?:,|to|through|until|till|and|or|-|–|—|,\s*and)\s*$/i;

/**
 * `Monday last week`, `from Monday to Wednesday next week`: a weekday written just before
 * `last/next/this week` (or each weekday of a list or range ending there) is the day of that
 * week, not the one the tense picks.
 */
const weekdayOfWeek: Refiner = {
  id: 'weekday-of-week',
  reason: 'in "they met Monday last week" Monday is the Monday of last week, not the latest Monday',
  refine(candidates, scope) {
    if (candidates.length < 2 || !candidates.some((c) => c.value.op === 'offset' && c.value.unit === 'week')) return [...candidates];
    const out = [...candidates];
    for (let i = 1; i < out.length; i++) {
      const w = out[i]!;
      if (w.value.op !== 'offset' || w.value.unit !== 'week' || w.value.grain !== undefined) continue;
      const named = NAMED_WEEK.exec(scope.text.slice(w.start, w.end));
      if (named === null) continue;
      const week = w.value.n;
      let j = i - 1;
      let gap = /^\s+$/;
      while (j >= 0) {
        const d = out[j]!;
        const after = j + 1 === i ? w : out[j + 1]!;
        if (d.value.op !== 'weekday' || d.value.shift !== 0 || d.value.week !== undefined || !gap.test(scope.text.slice(d.end, after.start))) break;
        out[j] = { ...d, value: { ...d.value, week }, rule: `${d.rule}+week` };
        gap = WEEKDAY_LIST_GAP;
        j--;
      }
    }
    return out;
  },
};

/** The refiners in the order they run. */
export const REFINERS: readonly Refiner[] = [resolveOverlaps, partOfDay, overnightDay, clockWithDay, weekdayOfWeek, weekOf, weekOfMonth, modifiers, clockInheritsDay, overnightInheritsDay, rangeYear];
