/**
 * @module stages/published/parse-date — publication dates written in metadata.
 *
 * Reads the forms that headers, feeds, JSON records and HTML meta tags use: ISO 8601
 * (with or without time and zone), RFC 822 (`Tue, 30 Apr 2024 14:00:00 GMT`), written
 * English dates (`April 30, 2024`, `30 April 2024`, `Apr. 30 2024`), slashed dates whose
 * order the numbers settle (`04/30/2024`, `30/04/2024`; not `04/05/2024`), dotted European ones
 * (`30.04.2024`) and Unix time (`1714435200`, seconds or milliseconds: the UTC day). The day is
 * the day as written, in the writer's own zone: `2024-04-30T23:30:00-04:00` is 30 April.
 */
import type { Precision } from '../../pipeline/document.js';

/** A parsed calendar value. */
export interface ParsedDate {
  readonly value: string;
  readonly precision: Precision;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Each proposer reads one form; the first that matches wins. */
const PROPOSERS: ReadonlyArray<{ readonly reason: string; readonly re: RegExp; readonly read: (m: RegExpExecArray) => ParsedDate | null }> = [
  { reason: 'ISO 8601 day or date-time', re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { reason: 'ISO 8601 basic day', re: /^(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?$/, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { reason: 'slashed year-first day', re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { reason: 'ISO 8601 day without zero padding', re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$/, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { reason: 'slashed day whose order the numbers settle (05/30/2024, 30/05/2024, 05/05/2024); 05/03/2024 is read neither way', re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+\d{1,2}:\d{2}.*)?$/, read: (m) => slashed(+m[1]!, +m[2]!, +m[3]!) },
  { reason: 'dotted day, European order (day.month.year)', re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2}.*)?$/, read: (m) => day(+m[3]!, +m[2]!, +m[1]!) },
  { reason: 'Unix time in seconds or milliseconds (the UTC day)', re: /^(\d{10}|\d{13})$/, read: (m) => fromEpoch(m[1]!.length === 13 ? +m[1]! : +m[1]! * 1000) },
  { reason: 'ISO 8601 month', re: /^(\d{4})-(\d{2})$/, read: (m) => month(+m[1]!, +m[2]!) },
  { reason: 'a year', re: /^(\d{4})$/, read: (m) => year(+m[1]!) },
  { reason: 'RFC 822 / day month year', re: new RegExp(`^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => day(+m[3]!, monthNumber(m[2]!), +m[1]!) },
  { reason: 'month day, year', re: new RegExp(`^(?:[a-z]{3,9},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => day(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  { reason: 'month year', re: new RegExp(`^${MONTH},?\\s+(\\d{4})$`, 'i'), read: (m) => month(+m[2]!, monthNumber(m[1]!)) },
];

/** Parses a metadata date string, or returns null when it is not a date Parley can read. */
export function parseMetadataDate(raw: string): ParsedDate | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  for (const p of PROPOSERS) {
    const m = p.re.exec(s);
    if (m) return p.read(m);
  }
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function day(y: number, m: number, d: number): ParsedDate | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

/** `a/b/y` when only one order makes a date (or both give the same day); null when US and European order differ. */
function slashed(a: number, b: number, y: number): ParsedDate | null {
  if (a > 12) return day(y, b, a);
  if (b > 12 || a === b) return day(y, a, b);
  return null;
}

function fromEpoch(ms: number): ParsedDate | null {
  const d = new Date(ms);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function month(y: number, m: number): ParsedDate | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12) return null;
  return { value: `${pad(y, 4)}-${pad(m)}`, precision: 'month' };
}

function year(y: number): ParsedDate | null {
  return y < 1800 || y > 2200 ? null : { value: pad(y, 4), precision: 'year' };
}

/** First and last ISO day covered by a value of any precision. */
export function bounds(p: ParsedDate): { earliest: string; latest: string } {
  if (p.precision === 'year') return { earliest: `${p.value}-01-01`, latest: `${p.value}-12-31` };
  if (p.precision === 'month') {
    const [y, m] = p.value.split('-').map(Number) as [number, number];
    return { earliest: `${p.value}-01`, latest: `${p.value}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}` };
  }
  const d = p.value.slice(0, 10);
  return { earliest: d, latest: d };
}
