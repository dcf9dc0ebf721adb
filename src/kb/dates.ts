/**
 * @module kb/dates — the partial ISO dates the knowledge base uses (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`) and the day span each one covers.
 *
 * A partial date stands for every day it could be: `2024-11` covers 2024-11-01 through
 * 2024-11-30. Lookups treat a role as possibly held on any day between the first day its
 * `from` could be and the last day its `to` could be, so month- or year-precision data
 * never makes a lookup miss the true holder (it may return the neighbour too).
 */

/** How precise a knowledge-base date is. */
export type KbDatePrecision = 'year' | 'month' | 'day';

/** The days a partial date covers, as `YYYY-MM-DD` strings (which sort as dates). */
export interface KbDateSpan {
  readonly first: string;
  readonly last: string;
  readonly precision: KbDatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Spans already read (the same role dates are asked about for every article); bounded, cleared when full. */
const parsed = new Map<string, KbDateSpan | null>();

/** The span of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, or null when it is not one. */
export function parseKbDate(value: string): KbDateSpan | null {
  let span = parsed.get(value);
  if (span === undefined) {
    span = readKbDate(value);
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(value, span);
  }
  return span;
}

function readKbDate(value: string): KbDateSpan | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return Object.freeze({ first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, precision: 'year' });
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return Object.freeze({ first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(last, 2)}`, precision: 'month' });
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return Object.freeze({ first: value, last: value, precision: 'day' });
}

/** True for a complete, real calendar day `YYYY-MM-DD`. */
export function isKbDay(value: string): boolean {
  return DAY.test(value) && parseKbDate(value) !== null;
}

/**
 * Whether `day` can fall inside the period `[from, to]` (both inclusive; null means open).
 * Both bounds must already be valid knowledge-base dates.
 */
export function spanContains(from: string | null, to: string | null, day: string): boolean {
  if (from !== null) {
    const start = parseKbDate(from);
    if (start !== null && day < start.first) return false;
  }
  if (to !== null) {
    const end = parseKbDate(to);
    if (end !== null && day > end.last) return false;
  }
  return true;
}

