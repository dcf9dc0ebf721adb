/**
 * @module stages/time/extract — runs the passes over one document: prefilter, proposers,
 * refiners, tense. Pure: text and token spans in, candidates out.
 *
 * After the tense pass, days of reported speech and `N days after <day>` are counted from the
 * day they name (`anchored.ts`); document-level refiners (08) run last, over every segment's candidates.
 *
 * The proposer list is assembled here, in one place; the order is the priority among
 * readings of equal length (the overlap refiner keeps the earlier rule's):
 * 1. calendar (02) before everything: a written date is the most specific reading;
 * 2. clock times (05) before relative words: `noon Thursday` is a time first;
 * 3. relative expressions (03) before durations (04): `two days ago` is a date, not `two days`.
 */
import { DIGIT, MONTH, STARTER, WEEKDAY, familiesAt } from './01-triggers.js';
import { CALENDAR_RULES } from './02-calendar.js';
import { RELATIVE_RULES } from './03-relative.js';
import { DURATION_RULES } from './04-durations.js';
import { CLOCK_RULES } from './05-clock.js';
import { REFINERS, type SentenceScope } from './06-refine.js';
import { anchorOnDays } from './anchored.js';
import { governingTense, namesPastEvent, tenseAround } from './07-tense.js';
import { isBareClock, narrativeTime, reportedPeriods } from './08-document.js';
import type { Proposal, Rule } from './rule.js';
import type { Candidate, Tense, TimexValue } from './types.js';

/** Every proposer, in priority order. */
export const RULES: readonly Rule[] = [...CALENDAR_RULES, ...CLOCK_RULES, ...RELATIVE_RULES, ...DURATION_RULES];

/** A span of text to search (a sentence or the dateline) and the token spans inside it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** A token's bounds and text (`text` is the document text from `start` to `end`). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Optional tracing of every proposal and refinement (debug output). */
export type Trace = (line: string) => void;

/** Families some rule is anchored on: a segment with none of them is skipped at once. */
const ANCHORS = RULES.reduce((m, r) => m | r.needs, 0);

const NO_RULES: readonly Rule[] = [];
/** The rules a segment mask makes applicable, by mask (masks repeat a lot). */
const RULES_BY_MASK = new Map<number, readonly Rule[]>();

/** The rules whose families a segment has: one of those they need and all those they require. */
function rulesFor(mask: number): readonly Rule[] {
  let rules = RULES_BY_MASK.get(mask);
  if (rules === undefined) {
    rules = RULES.filter((r) => (r.needs & mask) !== 0 && ((r.requires ?? 0) & mask) === (r.requires ?? 0));
    if (RULES_BY_MASK.size > 50_000) RULES_BY_MASK.clear();
    RULES_BY_MASK.set(mask, rules);
  }
  return rules;
}

/** Sticky copies of the rule patterns, tried at token starts only. */
const STICKY: ReadonlyMap<Rule, RegExp> = new Map(RULES.map((r) => [r, new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`)]));

/** The tokens of one segment, read in place: prefilter masks and anchors, offsets computed on demand. */
interface SegmentTokens {
  readonly tokens: readonly TokenSpan[];
  /** Index of the segment's first token in `tokens`. */
  readonly from: number;
  /** Offset of the segment text in the document. */
  readonly offset: number;
  /** Mask of every token of the segment, by position in the segment (the first entries). */
  readonly masks: Int32Array;
  /** Positions of the tokens some rule is anchored on: the first `anchorCount` entries. */
  readonly anchors: Int32Array;
  readonly anchorCount: number;
}

/** Masks and anchors of the segment being read (reused, grown for a longer segment: no allocation per sentence). */
let maskScratch: Int32Array = new Int32Array(256);
let anchorScratch: Int32Array = new Int32Array(256);

/** `a` with twice the room, its contents kept. */
function doubled(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The time expressions of `text`, searched segment by segment. `tokens` must be in text
 * order and cover the segments (tokens outside every segment are skipped).
 */
export function extractCandidates(text: string, segments: readonly Segment[], tokens: readonly TokenSpan[], trace?: Trace): Candidate[] {
  const out: Candidate[] = [];
  let ti = 0;
  for (const seg of segments) {
    while (ti < tokens.length && tokens[ti]!.start < seg.start) ti++;
    let tj = ti;
    let mask = 0;
    let anchorCount = 0;
    while (tj < tokens.length && tokens[tj]!.end <= seg.end) {
      const t = tokens[tj]!;
      const f = familiesAt(text, t.start, t.end, t.text);
      const k = tj - ti;
      if ((f & ANCHORS) !== 0) {
        if (anchorCount === anchorScratch.length) anchorScratch = doubled(anchorScratch);
        anchorScratch[anchorCount++] = k;
      }
      if (k === maskScratch.length) maskScratch = doubled(maskScratch);
      maskScratch[k] = f;
      mask |= f;
      tj++;
    }
    const rules = (mask & ANCHORS) === 0 ? NO_RULES : rulesFor(mask);
    if (rules.length > 0) {
      const found = inSegment(text, seg, rules, { tokens, from: ti, offset: seg.start, masks: maskScratch, anchors: anchorScratch, anchorCount }, trace);
      if (found.length > 0) out.push(...anchorOnDays(withTense(text, found, tokens, ti, tj), { text, start: seg.start, end: seg.end }));
    }
    ti = tj;
  }
  return out.length === 0 ? out : narrativeTime(reportedPeriods(out, text), text);
}

/**
 * Runs every rule whose families the segment has, at the token starts from `reach` tokens
 * before each anchor token up to the anchor; the first match that covers the anchor wins.
 */
function inSegment(text: string, seg: Segment, rules: readonly Rule[], toks: SegmentTokens, trace: Trace | undefined): Candidate[] {
  const s = text.slice(seg.start, seg.end);
  let found: Candidate[] = [];
  for (const rule of rules) {
    const re = STICKY.get(rule)!;
    let lastEnd = 0;
    for (let a = 0; a < toks.anchorCount; a++) {
      const k = toks.anchors[a]!;
      if ((toks.masks[k]! & rule.needs) === 0 || startOf(toks, k) < lastEnd) continue;
      const m = matchCovering(re, s, toks, Math.max(0, k - rule.reach), k, lastEnd, rule.needs | BEFORE_ANCHOR);
      if (m === null) continue;
      lastEnd = m.index + m[0].length;
      const built = rule.build(m, s);
      if (built === null) continue;
      for (const p of Array.isArray(built) ? (built as readonly Proposal[]) : [built as Proposal]) {
        const c: Candidate = { start: seg.start + p.start, end: seg.start + p.end, type: p.type, value: p.value, role: p.role, rule: p.rule ?? rule.id };
        trace?.(`propose ${c.rule} ${JSON.stringify(text.slice(c.start, c.end))} (${rule.reason})`);
        found.push(c);
      }
    }
  }
  if (found.length === 0) return found;
  const scope: SentenceScope = { text, start: seg.start, end: seg.end };
  for (const refiner of REFINERS) {
    found = refiner.refine(found, scope);
    trace?.(`${refiner.id}: ${found.map((c) => `${c.rule} ${JSON.stringify(text.slice(c.start, c.end))}`).join(', ')}`);
  }
  return found;
}

/** Families a token before the anchor must have for a match to start there (with the rule's own). */
const BEFORE_ANCHOR = STARTER | DIGIT | WEEKDAY | MONTH;

/** Offset of the segment's token `j` in the segment text. */
function startOf(toks: SegmentTokens, j: number): number {
  return toks.tokens[toks.from + j]!.start - toks.offset;
}

/**
 * The first sticky match starting at a token start in `[from, k]` (or just after a hyphen
 * inside the token: `pre-1967`, `mid-April`) that reaches into token `k`.
 */
function matchCovering(re: RegExp, s: string, toks: SegmentTokens, from: number, k: number, notBefore: number, starts: number): RegExpExecArray | null {
  const anchor = startOf(toks, k);
  for (let j = from; j <= k; j++) {
    const at = startOf(toks, j);
    if (j < k && (toks.masks[j]! & starts) === 0) continue;
    if (at >= notBefore) {
      const m = stickyAt(re, s, at);
      if (m !== null && m.index + m[0].length > anchor) return m;
    }
    const word = toks.tokens[toks.from + j]!.text;
    if (toks.masks[j] === 0 || word.length < 4) continue;
    // after a hyphen inside the token, also when an earlier match ended inside it (`10 a.m.-2 p.m.`)
    for (let h = word.indexOf('-'); h > 0 && h < word.length - 1; h = word.indexOf('-', h + 1)) {
      if (at + h + 1 < notBefore) continue;
      const n = stickyAt(re, s, at + h + 1);
      if (n !== null && n.index + n[0].length > anchor) return n;
    }
  }
  return null;
}

function stickyAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m !== null && m[0].length > 0 ? m : null;
}

/** `midnight` alone: the anchor day's end, with no other day it counts from. */
function isBareMidnight(v: TimexValue): boolean {
  return v.op === 'day' && v.n === 0 && v.from === undefined && v.time === '24:00';
}

/** True when the value's year or week depends on the tense of its clause. */
function needsTense(v: TimexValue): boolean {
  if (v.op === 'weekday') return v.shift === 0 && v.tense === 'unknown' && v.week === undefined;
  if (v.op === 'month-day') return v.yearShift === undefined && v.weekday === undefined;
  if (v.op === 'day-of-month') return v.monthShift === undefined;
  if (v.op === 'month' || v.op === 'quarter' || v.op === 'half' || v.op === 'season' || v.op === 'holiday') return v.shift === 0 && v.yearShift === undefined;
  return false;
}

/** Operations whose side of the anchor a governing verb decides (weekdays and days of the month already follow their tense). */
const FIRM_OPS: ReadonlySet<TimexValue['op']> = new Set(['month-day', 'month', 'holiday', 'season', 'quarter', 'half']);

const RANGE_GAP = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;

/** Sets the tense of every candidate that needs one; the end of a range takes its start's. */
function withTense(text: string, found: readonly Candidate[], tokens: readonly TokenSpan[], from: number, to: number): Candidate[] {
  const lower: (string | undefined)[] = [];
  const word = (i: number): string => (i < 0 || from + i >= to ? '' : (lower[i] ??= tokens[from + i]!.text.toLowerCase()));
  const out: Candidate[] = [];
  let previous: { c: Candidate; tense: Tense } | null = null;
  let first = 0;
  for (const c of found) {
    if (isBareMidnight(c.value)) {
      out.push(pastMidnight(c));
      previous = null;
      continue;
    }
    if (isBareClock(c)) {
      const last = lastTokenOf(c);
      out.push({ start: c.start, end: c.end, type: c.type, value: { ...c.value, tense: tenseAround(word, to - from, first, last, false) } as TimexValue, role: c.role, rule: c.rule });
      previous = null;
      continue;
    }
    if (!needsTense(c.value)) {
      out.push(c.value.op === 'known' && c.type === 'date' && DATED.test(c.value.value) ? withKnownTense(c) : c);
      previous = null;
      continue;
    }
    let tense: Tense;
    let over = false;
    let firm = false;
    let rangeFrom: number | undefined;
    if (previous !== null && c.start - previous.c.end < 12 && RANGE_GAP.test(text.slice(previous.c.end, c.start))) {
      tense = previous.tense;
      if (c.value.op === 'day-of-month' && previous.c.value.op === 'day-of-month') rangeFrom = previous.c.value.day;
    }
    else {
      const last = lastTokenOf(c);
      over = c.value.op === 'month-day' && namesPastEvent(word, to - from, first, last);
      const governed = FIRM_OPS.has(c.value.op) && !over ? governingTense(word, to - from, first, last) : null;
      firm = governed !== null && governed !== 'unknown';
      tense = governed ?? tenseAround(word, to - from, first, last, c.value.op === 'weekday' || c.value.op === 'month-day');
      // "hoped to reach a deal before Christmas": a holiday something should come before, no verb
      // governing it ("the truce collapsed before Christmas"), is a deadline, the coming one
      if (!firm && c.value.op === 'holiday' && c.value.mod === 'BEFORE') { tense = 'future'; firm = true; }
    }
    const value = (over ? { ...c.value, tense, over } : rangeFrom !== undefined ? { ...c.value, tense, rangeFrom } : firm ? { ...c.value, tense, firm: true } : { ...c.value, tense }) as TimexValue;
    // one literal, not a spread: the refiners build candidates with their keys in several orders
    const next: Candidate = { start: c.start, end: c.end, type: c.type, value, role: c.role, rule: c.rule };
    out.push(next);
    previous = { c: next, tense };
  }
  return out;

  /** Moves `first` to the first token of `c` (candidates come in text order) and returns its last token, both relative to `from`. */
  function lastTokenOf(c: Candidate): number {
    while (from + first < to && tokens[from + first]!.end <= c.start) first++;
    let last = first;
    while (from + last + 1 < to && tokens[from + last + 1]!.start < c.end) last++;
    return last;
  }

  /**
   * `The contract expired at midnight`: in a past clause a bare midnight is the one that
   * opened the anchor day (T00:00), which no past clause can place at the day's end
   * (T24:00, kept for `faces a midnight deadline` and clauses of unknown tense).
   */
  function pastMidnight(c: Candidate): Candidate {
    const last = lastTokenOf(c);
    if (tenseAround(word, to - from, first, last, false) !== 'past') return c;
    return { start: c.start, end: c.end, type: c.type, value: { ...c.value, time: '00:00' } as TimexValue, role: c.role, rule: c.rule };
  }

  /** A calendar date with the tense of its clause (see KnownValue.tense). */
  function withKnownTense(c: Candidate): Candidate {
    const last = lastTokenOf(c);
    const tense = governingTense(word, to - from, first, last) ?? tenseAround(word, to - from, first, last, false);
    return { start: c.start, end: c.end, type: c.type, value: { ...c.value, tense } as TimexValue, role: c.role, rule: c.rule };
  }
}

/** Values of calendar dates: a year, a month or a day (`2016`, `2016-11`, `2016-11-08`). */
const DATED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
