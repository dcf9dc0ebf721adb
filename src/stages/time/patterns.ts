/**
 * @module stages/time/patterns — regular-expression fragments shared by the proposers, and
 * the small readers (numbers, months, weekdays) their builders use.
 *
 * Every fragment is a flat alternation of literals or a bounded repetition: no nested
 * quantifiers, so matching stays linear in the sentence length.
 */
import { DURATION_CODES, MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS, type DurationUnit, UNITS } from './lexicon.js';

/** A month name or abbreviation (with its dot), not followed by a letter. */
export const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)(?![a-z])';
/** A full month name. */
export const MONTH_FULL = '(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])';
/** A full weekday name. */
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** A weekday name or a dotted abbreviation (only used before a date). */
export const WEEKDAY_ANY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.|tues?\\.|wed\\.|thu(?:rs?)?\\.|fri\\.|sat\\.|sun\\.)';
/** A day of the month, with an optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number written in words, up to the hundreds (`twenty-four`, `forty five`, `two hundred`). */
export const WORD_NUMBER = `(?:(?:${ONES}|a)[- ]hundred|(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES})`;
/** A written number in digits: `60`, `2.5`, `1,000`. */
export const DIGIT_NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
/** A count of units, exact or vague (`a`, `two`, `15`, `a few`, `several`, `a couple of`). */
export const COUNT = `(?:\\d+\\s+1/2|\\d+½|${DIGIT_NUMBER}|${WORD_NUMBER}(?:\\s+and\\s+a\\s+half)?|a\\s+dozen|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|few|several|a\\s+number\\s+of|many|dozens\\s+of|hundreds\\s+of|an?(?:\\s+and\\s+a\\s+half)?)`;
/** A count that can stand before a hyphenated unit (`60-day`, `two-year`): no articles, nothing vague. */
export const HYPHEN_COUNT = `(?:\\d+(?:\\.\\d+)?|${WORD_NUMBER}|half|one-and-a-half|two-and-a-half)`;
/** A calendar or clock unit, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?![a-z])';
/** A calendar or clock unit, singular. */
export const UNIT_SINGULAR = '(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)(?![a-z])';
/** Ordinals for quarters and halves. */
export const ORDINAL = '(?:first|second|third|fourth|final|1st|2nd|3rd|4th)';

/** The unit a spelling names (`days` → `day`). */
export function unitOf(word: string): DurationUnit | null {
  return UNITS[word.toLowerCase()] ?? null;
}

/** True when a unit word is plural. */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('s') || w === 'centuries';
}

/** Month number of a name or abbreviation (`Sept.` → 9), or 0. */
export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** ISO weekday of a name or abbreviation (`Tues.` → 2), or 0. */
export function weekdayOf(word: string): number {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Value of an ordinal word or `3rd`, or 0. */
export function ordinalOf(word: string): number {
  return ORDINALS[word.toLowerCase()] ?? 0;
}

/**
 * Value of a written count: digits (`1,000`, `2.5`), words (`twenty-four`, `two hundred`,
 * `one and a half`), `a`/`an` (1), `a couple of` (2); null for vague counts (`several`).
 */
export function countOf(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const fraction = /^(\d+)(?: 1\/2|½)$/.exec(s);
  if (fraction !== null) return Number(fraction[1]) + 0.5;
  const half = / and a half$/.test(s) ? 0.5 : 0;
  const core = half ? s.slice(0, -' and a half'.length) : s;
  if (/^[\d,.]+$/.test(core)) {
    const n = Number(core.replace(/,/g, ''));
    return Number.isFinite(n) ? n + half : null;
  }
  if (/^(?:a |)couple(?: of)?$|^a dozen$/.test(core)) return core.endsWith('dozen') ? 12 : 2;
  let total = 0;
  for (const part of core.split(/[- ]/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return null;
    if (n === 100) total = Math.max(total, 1) * 100;
    else total += n;
  }
  return total + half;
}

/** True when a word starts with a capital letter. */
export function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * An ISO 8601 duration for `n` units (`P60D`, `PT2H`, `P2Y6M`), or `PXD`-style when the
 * count is unknown. A half unit becomes the next smaller unit when it can (`P1Y6M`).
 */
export function durationValue(n: number | null, unit: DurationUnit): string {
  const code = DURATION_CODES[unit];
  const t = code.clock ? 'T' : '';
  if (n === null) return `P${t}X${code.letter}`;
  const total = n * code.factor;
  if (Number.isInteger(total)) return `P${t}${total}${code.letter}`;
  const whole = Math.floor(total);
  const frac = total - whole;
  const smaller = halfInSmaller(code.letter, code.clock, frac);
  if (smaller === null) return `P${t}${Number(total.toFixed(2))}${code.letter}`;
  return `P${t}${whole > 0 ? `${whole}${code.letter}` : ''}${smaller}`;
}

function halfInSmaller(letter: string, clock: boolean, frac: number): string | null {
  if (clock && letter === 'H') return Number.isInteger(frac * 60) ? `${frac * 60}M` : null;
  if (clock && letter === 'M') return Number.isInteger(frac * 60) ? `${frac * 60}S` : null;
  if (letter === 'Y') return Number.isInteger(frac * 12) ? `${frac * 12}M` : null;
  if (letter === 'D') return Number.isInteger(frac * 24) ? `T${frac * 24}H` : null;
  return null;
}

/** Days in a month (February has 29 when the year is unknown). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The lower-cased word just before `index` in `text` (skipping spaces and one comma), or ''. */
export function wordBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i--;
  let j = i;
  while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

/** The word just before `index`, as written (case kept), or ''. */
export function rawWordBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i--;
  let j = i;
  while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
  return text.slice(j + 1, i + 1);
}

/** The word just after `index` (skipping spaces), as written, or ''. */
export function rawWordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i++;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** True when only spaces separate `index` from the start of `text`, or a quote or bracket does. */
export function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '"' || c === '“' || c === '(' || c === '‘' || c === "'" || c === '\n') continue;
    return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 38 || c === 45 || c > 191;
}
