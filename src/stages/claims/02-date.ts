/**
 * @module stages/claims/02-date — pass 2: the day or month each claim is about.
 *
 * A claim takes the date of its sentence: the day- or month-precision date expression
 * nearest to it (for "lasted until", the first one after it), passing over dates that only
 * bound it ("since October", "before the war", see the lexicon's `dating`). Without one, a
 * claim in the present takes the publication date when that date is reliable: read from
 * metadata, a header or a dateline, or inferred within a month. A past-perfect claim (dated
 * only by a date of its own sentence) and
 * a claim of an article of unknown date stay undated.
 */
import type { Span } from '../../pipeline/annotation.js';
import type { Published } from '../../pipeline/document.js';
import { SpanIndex } from '../../util/span-index.js';
import type { ClaimDate } from './types.js';

/** A resolved time expression, as the `time` layer gives it. */
export interface DatedSpan extends Span {
  readonly type: string;
  readonly value: string | null;
  readonly precision: string;
}

/** A second reported clause ("… and that …") between a claim and a date after it. */
const SECOND_REPORT = /\band that\b/i;

const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
const DAY_MS = 86_400_000;

/** The publication date as a claim date, when it is reliable enough to date a claim. */
export function reliablePublished(p: Published | undefined): ClaimDate | null {
  if (!p?.value) return null;
  if (p.method === 'inferred') {
    if (!p.earliest || !p.latest || (Date.parse(p.latest) - Date.parse(p.earliest)) / DAY_MS > 31) return null;
  }
  if (p.precision === 'day' || p.precision === 'time') return { value: p.value.slice(0, 10), precision: 'day', from: 'published', span: null };
  if (p.precision === 'month') return { value: p.value.slice(0, 7), precision: 'month', from: 'published', span: null };
  return null;
}

/**
 * The date of the sentence nearest to `claim` (or the first after it when `after`), or
 * null. `excludeBefore` matches the words right before a date that only bounds the claim.
 */
export function sentenceDate(text: string, claim: Span, sentence: Span, times: readonly DatedSpan[], excludeBefore: RegExp, after = false): ClaimDate | null {
  let best: DatedSpan | null = null;
  let bestGap = Infinity;
  for (const t of SpanIndex.of(times).within(sentence.start, sentence.end)) {
    if (t.type !== 'date' || t.value === null || !DAY_OR_MONTH.test(t.value)) continue;
    if (t.precision !== 'day' && t.precision !== 'month') continue;
    if (excludeBefore.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))) continue;
    if (after && t.start < claim.end) continue;
    // "pleased to have reached a fair agreement and that all procedures would resume by Monday": a second reported clause's date is its own
    if (t.start >= claim.end && SECOND_REPORT.test(text.slice(claim.end, t.start))) continue;
    // "Truce deal reached; first hostages to be freed Sunday": a date past a semicolon is the other clause's
    if (text.slice(Math.min(claim.end, t.end), Math.max(claim.start, t.start)).includes(';')) continue;
    const gap = t.start >= claim.end ? t.start - claim.end : claim.start >= t.end ? claim.start - t.end : 0;
    if (gap < bestGap) { best = t; bestGap = gap; }
  }
  if (!best) return null;
  return { value: best.value!, precision: best.precision as 'day' | 'month', from: 'sentence', span: { start: best.start, end: best.end } };
}

/**
 * Whether `sentence` opens with a year-precision date before the year `publishedYear` and a comma
 * ("In 2023, the union reached a deal"), not one that only bounds a claim ("since 2023"): the sentence tells of
 * that year, so its claims are no report of the article's present.
 */
export function earlierYear(text: string, sentence: Span, times: readonly DatedSpan[], excludeBefore: RegExp, publishedYear: string): boolean {
  for (const t of SpanIndex.of(times).within(sentence.start, sentence.end)) {
    if (t.type !== 'date' || t.value === null || !/^\d{4}$/.test(t.value) || t.value >= publishedYear) continue;
    if (excludeBefore.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))) continue;
    // fronted only, as the events stage's frontedDate: "In 2023, …" sets the sentence; "Talks that began in 2023 are at an impasse" does not
    if (!FRONTED_LEAD.test(text.slice(sentence.start, t.start)) || !/^\s*,/.test(text.slice(t.end, t.end + 3))) continue;
    return true;
  }
  return false;
}

/** What may come before a fronted year: up to two words at the sentence's start ("In", "Back in", "In early"). */
const FRONTED_LEAD = /^\W*(?:[\w'’-]+\s+){0,2}$/;
