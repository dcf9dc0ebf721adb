/**
 * @module stages/time/03-relative — proposers for expressions relative to the anchor day and
 * for the generic references: `today`, `last week`, `this year`, `two days ago`, `the end of
 * the month`, `the quarter`, `now`, `recently`, `the coming days`.
 */
import { AGO, DAY_WORD, DEICTIC, EDGE, PART_LEAD, QUARTER, REF, SHIFT, THAT_WORD, UNIT as F_UNIT, WEEKEND, YEAR, YEAR_WORD } from './01-triggers.js';
import { COUNT, UNIT, atSentenceStart, capitalized, countOf, durationValue, rawWordBefore, unitOf, wordBefore } from './patterns.js';
import { known, whole, type Rule } from './rule.js';
import type { Mod, PartOfDay, TimexValue, Unit } from './types.js';
import { PARTS_OF_DAY, type DurationUnit } from './lexicon.js';

const DAY_WORDS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** `today`, `yesterday`, `tomorrow`, `tonight`, `the day before yesterday`. */
const deicticDay: Rule = {
  id: 'deictic-day',
  reason: 'a day named relative to the day of writing; "Today" after a capitalised word is a name (USA Today)',
  needs: DEICTIC,
  reach: 4,
  requires: DAY_WORD,
  pattern: /\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|tonight|yesterday|tomorrow))(?![a-z-])/gi,
  build(m, text) {
    if (m[1] !== undefined) return whole(m, 'date', { op: 'day', n: m[1].toLowerCase().startsWith('before') ? -2 : 2 }, 'day');
    const w = m[2]!.toLowerCase();
    if (capitalized(m[2]!) && !atSentenceStart(text, m.index) && capitalized(rawWordBefore(text, m.index))) return null;
    if (w === 'tonight') return whole(m, 'time', { op: 'day', n: 0, part: 'NI' }, 'day');
    return whole(m, 'date', { op: 'day', n: DAY_WORDS[w]! }, 'day');
  },
};

const PARTS: Readonly<Record<string, PartOfDay>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** `this morning`, `this afternoon`, `last night`, `overnight`. */
const deicticPart: Rule = {
  id: 'deictic-part-of-day',
  reason: 'a part of the day of writing (this morning) or of the night before it (last night, overnight)',
  needs: DEICTIC,
  reach: 1,
  requires: PART_LEAD,
  pattern: /\b(?:(this|last)\s+(morning|afternoon|evening|night)|(overnight))(?![a-z-])/gi,
  build(m) {
    if (m[3] !== undefined) return whole(m, 'time', { op: 'day', n: -1, part: 'NI' }, 'day');
    const last = m[1]!.toLowerCase() === 'last';
    const part = PARTS[m[2]!.toLowerCase()]!;
    if (last && part !== 'NI') return null;
    return whole(m, 'time', { op: 'day', n: last ? -1 : 0, part }, 'day');
  },
};

const SHIFT_WORDS: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, preceding: -1, next: 1, coming: 1, following: 1, this: 0, current: 0, present: 0,
  'this past': -1, 'this coming': 1, 'the last': -1, 'the past': -1, 'the previous': -1, 'the next': 1, 'the coming': 1,
  'the following': 1, 'the current': 0, 'the present': 0, 'the preceding': -1, 'the latest': -1, 'the most recent': -1,
  'the same': 0,
};

/** `last week`, `next month`, `this year`, `the past year`, `the coming week`, `the current quarter`, `this century`. */
const relativeUnit: Rule = {
  id: 'relative-unit',
  reason: 'a calendar unit counted from the anchor: last/past/previous is one back, next/coming/following one on, this/current the anchor\'s own',
  needs: F_UNIT,
  reach: 4,
  requires: SHIFT,
  pattern: /\b((?:the\s+)?(?:last|past|previous|preceding|next|coming|following|current|present|latest|most\s+recent|same)|this(?:\s+past|\s+coming)?)\s+(day|week|weekend|month|quarter|year|decade|century)(\s+and\s+a\s+half)?(?:\s+or\s+so)?(?![a-z-]|['’]s\s+(?:first|second|third|fourth))/gi,
  build(m, text) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const n = SHIFT_WORDS[key];
    if (n === undefined) return null;
    const unit = m[2]!.toLowerCase() as Unit;
    if (capitalized(m[2]!) && !atSentenceStart(text, m.index)) return null;
    if (m[3] !== undefined) {
      // "the past year and a half" is an amount of time, as "the past 18 months" is
      if (n === 0 || unit === 'weekend' || key === 'the same' || key === 'the latest' || key === 'the most recent') return null;
      return whole(m, 'duration', known(durationValue(1.5, unit as DurationUnit)), 'duration');
    }
    if ((key === 'the latest' || key === 'the most recent') && unit !== 'quarter') return null;
    if (unit === 'day' && !/^the (?:following|previous|preceding|next)$/.test(key)) return null;
    if (key === 'the same') return null;
    // "the coming weekend" on a Tuesday is the one four days on, not a week later
    if (unit === 'weekend' && /coming$/.test(key)) return whole(m, 'date', { op: 'weekday', day: 6, tense: 'future', shift: 0, asWeekend: true }, 'period');
    return whole(m, 'date', { op: 'offset', unit, n }, 'period');
  },
};

/** `the fiscal year`, `for the year`, `earlier in the year`, `the year ended Sept. 30` (a duration). */
const fiscalYear: Rule = {
  id: 'fiscal-year',
  reason: 'reports: "the (current/full/fiscal) year" and "for/of/in the year" are the anchor\'s year, "the latest/previous fiscal year" the one before; "the year ended …" is one year long',
  needs: F_UNIT,
  reach: 5,
  requires: YEAR_WORD,
  pattern: /\b(?:(earlier|later)\s+in\s+)?the\s+(?:(current|latest|last|previous|next|full)\s+)?(fiscal\s+)?year(?![a-z-]|['’]|\s+\d|\s+(?:two|nineteen)\b)(?=(\s+(?:ended|ending|that\s+ended|to\s+date)\b)?)/gi,
  build(m, text) {
    const [, edge, which, fiscal, ended] = m;
    if (ended !== undefined && !/to\s+date/i.test(ended) && edge === undefined) return whole(m, 'duration', known('P1Y'), 'duration');
    const w = which?.toLowerCase();
    if (w === 'last') return null;
    if (w === undefined && fiscal === undefined && edge === undefined && !['for', 'of', 'in'].includes(wordBefore(text, m.index))) return null;
    const n = w === 'previous' || w === 'latest' ? -1 : w === 'next' ? 1 : 0;
    const mod = edge === undefined ? undefined : edge.toLowerCase() === 'earlier' ? 'START' : 'END';
    return whole(m, 'date', mod === undefined ? { op: 'offset', unit: 'year', n } : { op: 'offset', unit: 'year', n, mod }, 'period');
  },
};

/** `that year`, `later that year`, `earlier that day`, `that quarter`: the year, quarter or day of the date written before (pass 08). */
const thatPeriod: Rule = {
  id: 'that-period',
  reason: '"that year", "later that day" point back at the last date of the text; dropped when there is none (pass 08)',
  needs: F_UNIT,
  reach: 2,
  requires: THAT_WORD,
  pattern: /\b(?:(earlier|later)\s+)?that\s+(?:same\s+)?(day|month|quarter|year)(?![a-z-])/gi,
  build(m) {
    return whole(m, 'date', { op: 'offset', unit: m[2]!.toLowerCase() as Unit, n: 0 }, 'period');
  },
};

/** Words after which `that evening` is the demonstrative, not a complementizer before a noun (`said that night raids …`). */
const BEFORE_THAT_PART: ReadonlySet<string> = new Set(['', 'later', 'earlier', 'on', 'by', 'until', 'till', 'from', 'since', 'during', 'throughout', 'again']);

/**
 * `that evening`, `later that night`: a part of the day of the date written before (pass 08
 * resolves it and drops it when there is none). `that` must open its clause or follow a
 * preposition or `later`/`earlier`, or the part of day must end the phrase (`met that
 * evening.`): `officials said that night raids would go on` and `said it would advance and
 * that night raids …` are complementizers (`and`/`but` open a second complement clause).
 */
const thatPartOfDay: Rule = {
  id: 'that-part-of-day',
  reason: '"that evening", "later that night" point back at the day of the last date of the text; dropped when there is none (pass 08)',
  needs: DEICTIC,
  reach: 2,
  requires: THAT_WORD,
  pattern: /\b(?:(earlier|later)\s+)?that\s+(?:same\s+)?(morning|afternoon|evening|night)(?![a-z-])/gi,
  build(m, text) {
    const opens = m[1] !== undefined || atSentenceStart(text, m.index) || /[.!?,;:(—–]["”’)]*\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    const before = wordBefore(text, m.index) ?? '';
    const closes = /^\s*[,.;:!?)—–]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (!opens && !closes && !BEFORE_THAT_PART.has(before.toLowerCase())) return null;
    const part = PARTS_OF_DAY[m[2]!.toLowerCase()]!;
    return whole(m, 'date', { op: 'offset', unit: 'day', n: 0, part }, 'period');
  },
};

/** `the weekend`, `over the weekend`: the weekend before or after the anchor, by tense. */
const theWeekend: Rule = {
  id: 'the-weekend',
  reason: '"the weekend" in news is the one just past or the coming one, by the tense of the clause',
  needs: WEEKEND,
  reach: 1,
  pattern: /\bthe\s+weekend(?![a-z-])/gi,
  build(m, text) {
    // a deadline (`a meeting before the weekend`, `by the weekend`) is the coming one, whatever the clause's tense
    const deadline = DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    return whole(m, 'date', { op: 'weekday', day: 6, tense: deadline ? 'future' : 'unknown', shift: 0, asWeekend: true }, 'period');
  },
};

/** Words before `the weekend` that make it a deadline. */
const DEADLINE_BEFORE = /(?:^|[^a-z])(?:before|by|until|till|ahead\s+of)\s+$/i;

/** `the quarter`, `the year-earlier quarter`, `the year-ago period`, `year-earlier`, `the same period last year`, `last year's quarter`. */
const reportingPeriod: Rule = {
  id: 'reporting-period',
  reason: 'earnings reports: "the quarter" is the quarter just ended; "year-earlier"/"year-ago" periods, "the same (corresponding, comparable) period last year", "the quarter a year ago" and "last year\'s quarter" are the same period a year before (one expression); "the period" only counts in a report about a quarter (pass 08)',
  needs: QUARTER,
  reach: 3,
  pattern: /\b(?:(?:the|a|its)\s+)?(?:(comparable|corresponding|same)\s+)?(?:(year-earlier|year-ago|prior-year|latest|most\s+recent)\s+)?(quarter|period)(?:\s+(a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior)\s+year)(?![a-z'’-]))?(?![a-z-])|\blast\s+year['’]s\s+(quarter|period)(?![a-z-])|\b(year-earlier|year-ago)(?![a-z-])/gi,
  build(m) {
    if (m[6] !== undefined) return whole(m, 'date', { op: 'offset', unit: 'year', n: -1 }, 'period');
    if (m[5] !== undefined) return whole(m, 'date', { op: 'offset', unit: 'quarter', n: -5 }, 'period');
    const same = m[1]?.toLowerCase();
    const adj = m[2]?.toLowerCase();
    const what = m[3]!.toLowerCase();
    if (!/^the\s/i.test(m[0])) return null;
    const yearBack = m[4] !== undefined || adj === 'year-earlier' || adj === 'year-ago' || adj === 'prior-year';
    if (yearBack && (adj === undefined || adj === 'year-earlier' || adj === 'year-ago' || adj === 'prior-year')) return whole(m, 'date', { op: 'offset', unit: 'quarter', n: -5 }, 'period');
    if (same !== undefined || yearBack) return null;
    if (adj === undefined || adj === 'latest' || adj.startsWith('most')) return what === 'period' || adj === undefined ? whole(m, 'date', { op: 'offset', unit: 'quarter', n: -1 }, 'period') : null;
    return null;
  },
};

/** `the 1988 period`, `the 1989 quarter`: a year standing for the reported period of that year (pass 08 adds the quarter). */
const reportingYear: Rule = {
  id: 'reporting-year-period',
  reason: 'earnings reports name the same quarter of another year by its year ("the 1988 period")',
  needs: QUARTER,
  reach: 2,
  requires: YEAR,
  pattern: /\bthe\s+(\d{4})\s+(?:period|quarter)(?![a-z-])/gi,
  build(m) {
    return whole(m, 'date', known(m[1]!), 'period');
  },
};

/**
 * `the day before`, `the week after`: the unit before or after the anchor (the narrative time
 * of the document pass and the time stage move it, as `the previous day`), only where nothing
 * follows that the unit would be before or after (`the day before the vote` is no time of its own).
 */
const unitBeforeAfter: Rule = {
  id: 'unit-before-after',
  reason: '"said the day before" is the previous day, as "the previous day" is',
  needs: AGO,
  reach: 3,
  requires: F_UNIT,
  pattern: /\bthe\s+(day|week|month|year)\s+(before|after)(?![a-z])/gi,
  build(m, text) {
    if (!/^\s*(?:[,.;:)]|$|that\s)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    return whole(m, 'date', { op: 'offset', unit: m[1]!.toLowerCase() as Unit, n: m[2]!.toLowerCase() === 'before' ? -1 : 1 }, 'period');
  },
};

/** `two days ago`, `a year earlier`, `six weeks ago`, `three months from now`, `a decade ago`, `a year and a half ago`. */
const ago: Rule = {
  id: 'ago',
  reason: 'a count of units before or after the anchor, written at the unit\'s precision (a decade ago is a year); a vague count is PAST_REF or FUTURE_REF; "N days later" is the duration "N days" (TimeML leaves the signal out)',
  needs: AGO,
  reach: 9,
  requires: F_UNIT,
  pattern: new RegExp(`\\b(${COUNT})\\s+(${UNIT})(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence|before|after)(?![a-z])`, 'gi'),
  build(m, text) {
    const dir = m[4]!.toLowerCase();
    if ((dir === 'before' || dir === 'after') && !/^\s*(?:[,.;:)]|$)/.test(text.slice(m.index + m[0].length))) return null;
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
    const unit = unitOf(m[2]!);
    if (unit === null) return null;
    const written = countOf(m[1]!);
    const count = written === null || m[3] === undefined ? written : written + 0.5;
    if (dir !== 'ago' && !/^from\s/i.test(dir) && dir !== 'hence' && (dir !== 'earlier' || !YEARLY.has(unit))) {
      const end = m.index + m[0].length - m[4]!.length;
      return { start: m.index, end: m.index + text.slice(m.index, end).trimEnd().length, type: 'duration', value: known(durationValue(count, unit)), role: 'duration' };
    }
    if (count === null) return whole(m, 'date', known(sign < 0 ? 'PAST_REF' : 'FUTURE_REF'), 'ref');
    if (unit === 'hour' || unit === 'minute' || unit === 'second') return whole(m, 'time', { op: 'day', n: 0 }, 'day');
    return whole(m, 'date', offsetValue(unit, sign * count), unit === 'day' ? 'day' : 'period');
  },
};

/** Units whose "N earlier" is a date (the same period before: "a year earlier"); for others it is a duration. */
const YEARLY: ReadonlySet<string> = new Set(['year', 'month', 'quarter', 'decade', 'century']);

function offsetValue(unit: Unit | 'fortnight', n: number): TimexValue {
  if (unit === 'fortnight') return { op: 'offset', unit: 'week', n: Math.round(n * 2) };
  if (!Number.isInteger(n)) {
    if (unit === 'year') return { op: 'offset', unit: 'month', n: Math.round(n * 12), grain: 'month' };
    return { op: 'offset', unit, n: Math.round(n) };
  }
  if (unit === 'decade') return { op: 'offset', unit: 'year', n: n * 10, grain: 'year' };
  if (unit === 'century') return { op: 'offset', unit: 'year', n: n * 100, grain: 'year' };
  if (unit === 'weekend') return { op: 'offset', unit: 'weekend', n };
  return { op: 'offset', unit, n };
}

const EDGE_MODS: Readonly<Record<string, Mod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', turn: 'START' };

/** `the end of the year`, `the beginning of the month`, `year-end`, `the year's end`, `by year's end`, `mid-month`, `midweek`. */
const edgeOfPeriod: Rule = {
  id: 'edge-of-period',
  reason: 'the start, middle or end of the anchor\'s own week, month, quarter or year (TIMEX3 mod START/MID/END)',
  needs: EDGE,
  reach: 5,
  requires: F_UNIT,
  pattern: /\b(?:the\s+(end|close|beginning|start|middle|turn)\s+of\s+the\s+(week|month|quarter|year|decade|century)|(year)[-\s](end)|(?:the\s+)?(year|month)['’]s\s+(end)|(mid)-?(week|month|year))(?![a-z-])/gi,
  build(m) {
    const unit = (m[2] ?? m[3] ?? m[5] ?? m[8])!.toLowerCase() as Unit;
    const edge = m[7] !== undefined ? 'middle' : (m[1] ?? m[4] ?? m[6])!.toLowerCase();
    if (m[3] !== undefined && !/^year-end$/i.test(m[0]) && !/^year end$/i.test(m[0])) return null;
    return whole(m, 'date', { op: 'offset', unit, n: 0, mod: EDGE_MODS[edge]! }, 'period');
  },
};

/** Generic references and the vague future and past. */
const GENERIC: ReadonlyArray<{ readonly re: RegExp; readonly value: string }> = [
  { re: /^(?:right\s+)?now$|^currently$|^presently$|^nowadays$|^these\s+days$|^the\s+present$|^the\s+time\s+being$/i, value: 'PRESENT_REF' },
  { re: /^recently$|^lately$|^the\s+past$|^recent\s+times$/i, value: 'PAST_REF' },
  { re: /^the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future$|^future\s+(?:weeks|months|quarters|years)$|^(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years)$|^the\s+(?:days|weeks|months|years)\s+ahead$|^the\s+(?:near|short|long|medium)\s+term$/i, value: 'FUTURE_REF' },
];

/**
 * `now`, `currently`, `recently`, `the past`, `the future`, `in the coming days`, `the weeks
 * ahead`. `in recent weeks` is an unspecified duration (PXW). Left out on purpose: "soon",
 * "previously", "formerly" (TimeBank annotators tag them less often than not).
 */
const genericRef: Rule = {
  id: 'generic-ref',
  reason: 'words that point at the present, the past or the future without a date (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF)',
  needs: REF,
  reach: 3,
  pattern: /\b(?:(?:right\s+)?now|currently|presently|nowadays|these\s+days|(?<=\bat\s)present|(?<=\bfor\s)the\s+time\s+being|recently|lately|(?<=\bin\s)recent\s+(?:days|weeks|months|years|times)|(?<=\b(?:in|over)\s)future\s+(?:weeks|months|quarters|years)|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years)|the\s+(?:days|weeks|months|years)\s+ahead|the\s+(?:near|short|medium)\s+term|(?<=\bin\s)the\s+long\s+term)(?![a-z-])/gi,
  build(m, text) {
    const s = m[0].replace(/\s+/g, ' ');
    if (/^present$/i.test(s)) return whole(m, 'date', known('PRESENT_REF'), 'ref');
    if (/^(?:the\s+)?coming\s/i.test(s) && !/^the\s/i.test(s) && !/\b(?:in|over|during|for|within)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const recent = /^recent\s+(days|weeks|months|years)$/i.exec(s);
    if (recent !== null) return whole(m, 'duration', known(durationValue(null, unitOf(recent[1]!)!)), 'duration');
    for (const g of GENERIC) if (g.re.test(s)) return whole(m, 'date', known(g.value), 'ref');
    return null;
  },
};

/** The relative proposers, in priority order. */
export const RELATIVE_RULES: readonly Rule[] = [deicticDay, deicticPart, relativeUnit, unitBeforeAfter, fiscalYear, thatPeriod, thatPartOfDay, theWeekend, reportingPeriod, reportingYear, ago, edgeOfPeriod, genericRef];
