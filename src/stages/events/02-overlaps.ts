/**
 * @module stages/events/02-overlaps — the first refiner: one trigger per stretch of words.
 *
 * Two matches that share a token name one event: the longer match wins ("struck a deal"
 * over "struck", "launched rocket attacks" over "attacks", "a humanitarian pause was
 * reached" over "humanitarian pause"); on equal length the rule listed first in the
 * lexicon wins. A noun trigger inside the words that name a quote's speaker ("sources
 * familiar with the negotiations", "those close to the talks") describes the source, not
 * an event: it is dropped, and so is one that ends such a description where the quote's
 * speaker span stops short of it ("according to two officials briefed on the talks").
 */
import { withWordLookbehinds } from '../../util/word-boundaries.js';
import type { EventLexicon } from './lexicon.js';
import type { Candidate } from './types.js';
import type { EventView } from './view.js';

/**
 * The end of a source description before a noun: people who know of it (`officials briefed
 * on the`, `sources familiar with these`, `a person with knowledge of the ongoing`); its
 * leading `\b` run as a look-behind (util/word-boundaries: the same matches, faster).
 */
const SOURCE_DESCRIPTION = withWordLookbehinds(/\b(?:sources?|officials?|people|persons?|diplomats?|negotiators?|insiders?|aides?|advisers?|those|others)\s+(?:[\p{L}-]+\s+){0,2}?(?:familiar with|briefed on|close to|with (?:direct |detailed )?knowledge of|involved in|knowledgeable about|privy to)\s+(?:(?:the|these|those|this|that|ongoing|indirect|direct|ceasefire|truce|hostage|peace|latest|current)\s+)*$/iu);

/** Characters before a trigger read for a source description. */
const DESCRIPTION_WINDOW = 100;

/** Drops noun candidates inside a quote's speaker span or ending a source description. */
export function dropSpeakerWords(view: EventView, candidates: readonly Candidate[], log?: (line: string) => void, lex?: EventLexicon): Candidate[] {
  // "the framework President Joe Biden outlined": a cue that is a light verb of the noun makes its object, not its source
  const lightCue = (cue: { start: number } | null): boolean => lex !== undefined && cue !== null && view.is(lex.lightVerbs, view.tokenAtOrAfter(cue.start));
  return candidates.filter((c) => {
    if (c.pos !== 'noun') return true;
    const a = view.starts[c.first]!;
    const q = view.quotesIn(c.sentence).find((x) => x.value.speakerSpan !== null && x.value.speakerSpan.start <= a && a < x.value.speakerSpan.end && !lightCue(x.value.cueSpan));
    if (q) {
      log?.(`speaker words: ${c.rule} "${view.text.slice(a, view.ends[c.last]!)}" names the source "${q.value.speakerText}"`);
      return false;
    }
    const from = Math.max(view.sentences[c.sentence]?.start ?? 0, a - DESCRIPTION_WINDOW);
    if (SOURCE_DESCRIPTION.test(view.text.slice(from, a))) {
      log?.(`source words: ${c.rule} "${view.text.slice(a, view.ends[c.last]!)}" ends a description of a source`);
      return false;
    }
    return true;
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
