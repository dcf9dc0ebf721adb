/**
 * @module stages/events/02-overlaps — the first refiner: one trigger per stretch of words.
 *
 * Two matches that share a token name one event: the longer match wins ("struck a deal"
 * over "struck", "launched rocket attacks" over "attacks", "a humanitarian pause was
 * reached" over "humanitarian pause"); on equal length the rule listed first in the
 * lexicon wins. A noun trigger inside the words that name a quote's speaker ("sources
 * familiar with the negotiations", "those close to the talks") describes the source, not
 * an event: it is dropped.
 */
import type { EventLexicon } from './lexicon.js';
import type { Candidate } from './types.js';
import type { EventView } from './view.js';

/** Drops candidates inside a quote's speaker span. */
export function dropSpeakerWords(view: EventView, candidates: readonly Candidate[], log?: (line: string) => void): Candidate[] {
  return candidates.filter((c) => {
    if (c.pos !== 'noun') return true;
    const a = view.starts[c.first]!;
    const q = view.quotesIn(c.sentence).find((x) => x.value.speakerSpan !== null && x.value.speakerSpan.start <= a && a < x.value.speakerSpan.end);
    if (q) log?.(`speaker words: ${c.rule} "${view.text.slice(a, view.ends[c.last]!)}" names the source "${q.value.speakerText}"`);
    return !q;
  });
}

const ruleOrders = new WeakMap<EventLexicon, ReadonlyMap<string, number>>();

/** Drops candidates that overlap a longer (or earlier-listed) one. */
export function resolveOverlaps(candidates: readonly Candidate[], lex: EventLexicon, log?: (line: string) => void): Candidate[] {
  let order = ruleOrders.get(lex);
  if (order === undefined) {
    order = new Map(lex.triggers.map((r) => [r.id, r.order]));
    ruleOrders.set(lex, order);
  }
  const ranked = [...candidates].sort((a, b) => (b.last - b.first) - (a.last - a.first) || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.first - b.first);
  const kept: Candidate[] = [];
  // the kept candidate covering each token (candidates are token ranges; a long document has thousands)
  const owner = new Map<number, Candidate>();
  for (const c of ranked) {
    let clash: Candidate | undefined;
    for (let t = c.first; t <= c.last && !clash; t++) clash = owner.get(t);
    if (clash) {
      log?.(`overlap: ${c.rule} [${c.first}-${c.last}] gives way to ${clash.rule} [${clash.first}-${clash.last}]`);
      continue;
    }
    kept.push(c);
    for (let t = c.first; t <= c.last; t++) owner.set(t, c);
  }
  return kept.sort((a, b) => a.first - b.first);
}
