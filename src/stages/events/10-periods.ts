/**
 * @module stages/events/10-periods — counts over a whole period, not one day.
 *
 * "During that pause, 105 hostages were freed" and "from November 24 to December 1, 2023,
 * when 110 hostages were released" are totals for the truce; "24 hostages were freed on
 * Friday" is one day's count. Only totals of the same period can contradict each other
 * (corpus/conflicts), so a counted event of a type the lexicon lists (`periods.types`)
 * gets a `period` from, in order:
 * 1. range: two day dates in its sentence joined as "from|between X to|until|and Y";
 * 2. anaphora: a cue of `periods.anaphora` in its sentence ("during that pause", "a total
 *    of", "in all"), no day of its own ("on Friday, during the truce" is that Friday's
 *    count), and a truce the article reported before it: the latest earlier
 *    asserted ceasefire start and end dated to a day; an "N-day truce" that ended on a day
 *    started N days before.
 * An event so counted and dated only by tense, not at all, or by an end of its own range
 * takes the month of the period's first known day (basis `anaphora`).
 */
import { inSet, type EventLexicon } from './lexicon.js';
import type { Candidate, Period } from './types.js';
import { latestBefore, type EventView, type TimeAt } from './view.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;
const N_DAY = /^(\w+)-day$/;
const DAY_MS = 86_400_000;

/** The day of a time expression's value, or null. */
function dayOf(t: TimeAt): string | null {
  const v = t.ann.value.value;
  return v !== null && t.ann.value.type === 'date' && DAY.test(v) ? v.slice(0, 10) : null;
}

/** "from X to Y" in sentence `si`: the two days, and the words from the opening word to the end of Y. */
function rangeIn(view: EventView, lex: EventLexicon, si: number): Period | null {
  const s = view.sentences[si]!;
  const times = view.timesStartingIn(s.first, s.last).filter((t) => t.last <= s.last);
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1]!;
    if (a.first - 1 < s.first || !view.is(lex.periods.rangeOpen, a.first - 1)) continue;
    let joined = b.first - a.last > 1 && b.first - a.last <= 3;
    for (let k = a.last + 1; k < b.first && joined; k++) joined = view.is(lex.periods.rangeJoin, k);
    const from = dayOf(a);
    const to = dayOf(b);
    if (!joined || from === null || to === null || from > to) continue;
    return { from, to, cue: view.text.slice(view.starts[a.first - 1]!, view.ends[b.last]!), basis: 'range' };
  }
  return null;
}

/** A cue of `periods.anaphora` anywhere in sentence `si`: its words, or null. */
function anaphoraIn(view: EventView, lex: EventLexicon, si: number): string | null {
  const s = view.sentences[si]!;
  for (let k = s.first; k <= s.last; k++) {
    for (const a of lex.periods.anaphora) {
      const m = view.matchAt(a.pattern, k, s.last, null);
      if (m) return view.text.slice(view.starts[k]!, view.ends[m.last]!);
    }
  }
  return null;
}

/** "a seven-day truce": the number of days a truce candidate's sentence gives it, or null. */
function truceDays(view: EventView, lex: EventLexicon, c: Candidate): number | null {
  const s = view.sentences[c.sentence]!;
  for (let k = s.first; k < s.last; k++) {
    const m = N_DAY.exec(view.words[k]!);
    const truce = lex.sets.get('ceasefireNoun');
    if (!m || !truce || !view.words.slice(k + 1, k + 3).some((w) => inSet(truce, w))) continue;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (lex.numbers.get(m[1]!) ?? null);
    if (n !== null && n > 0) return n;
  }
  return null;
}

/** The truce the article reported before `events[before]` (events are in text order): its first and last known days. */
function truceBefore(view: EventView, lex: EventLexicon, events: readonly Candidate[], before: number): { from: string | null; to: string | null } | null {
  const dated = (type: string): Candidate | undefined => latestBefore(events, before, (e) => e.type === type && e.modality === 'asserted' && e.date.value !== null && DAY.test(e.date.value));
  const start = dated('ceasefire_start');
  const end = dated('ceasefire_end');
  let from = start ? start.date.value!.slice(0, 10) : null;
  const to = end ? end.date.value!.slice(0, 10) : null;
  if (from !== null && to !== null && from > to) from = null;
  if (from === null && to !== null && end) {
    const n = truceDays(view, lex, end);
    if (n !== null) from = new Date(Date.parse(to) - n * DAY_MS).toISOString().slice(0, 10);
  }
  return from === null && to === null ? null : { from, to };
}

/** Sets `period` on the counted events that cover a whole period. */
export function attachPeriods(view: EventView, lex: EventLexicon, events: readonly Candidate[], log?: (line: string) => void): void {
  for (let ci = 0; ci < events.length; ci++) {
    const c = events[ci]!;
    if (!lex.periods.types.has(c.type) || c.quantity === null || c.modality !== 'asserted') continue;
    let period = rangeIn(view, lex, c.sentence);
    // a count dated to a day of its own ("24 hostages on Friday, during the truce") is that day's
    const ownDay = c.date.basis === 'time' && c.date.value !== null && DAY.test(c.date.value);
    if (period === null && !ownDay) {
      const cue = anaphoraIn(view, lex, c.sentence);
      const truce = cue === null ? null : truceBefore(view, lex, events, ci);
      if (cue !== null && truce !== null) period = { ...truce, cue, basis: 'anaphora' };
    }
    if (period === null) continue;
    c.period = period;
    const first = period.from ?? period.to!;
    // dated by one end of its own range ("… to December 1, when 110 were released"): the period's, not that day's
    const byRange = period.basis === 'range' && c.date.span !== null && view.text.slice(c.date.span.start, c.date.span.end).length > 0 && period.cue.includes(view.text.slice(c.date.span.start, c.date.span.end));
    if (c.date.basis === 'tense' || c.date.basis === 'none' || byRange) c.date = { value: first.slice(0, 7), precision: 'month', basis: 'anaphora', span: null };
    log?.(`period ${c.type} "${view.text.slice(view.starts[c.first]!, view.ends[c.last]!)}": ${period.from ?? '…'} to ${period.to ?? '…'} (${period.basis}: "${period.cue}")`);
  }
}
