/**
 * @module stages/claims/03-contradictions — pass 3: an article that contradicts itself.
 *
 * Two asserted status claims of one article contradict each other when an
 * incompatibility of the lexicon with `document` scope covers their states and polarities
 * and they are about the same time: both in the article's present (no date of their own),
 * or both dated to the same day or month, and the article states both on one word (its own, or
 * the same source's). Past-perfect and planned claims are narrative or
 * intention, not the state of the talks, and are never compared. For each incompatibility
 * the closest pair is reported once, with both sides' spans.
 */
import type { Incompatibility, ClaimSide, StatusLexicon } from './lexicon.js';
import type { ConflictItem, ContradictionValue, StatusClaimValue } from './types.js';

/** A dated status claim with its span. */
export interface ClaimSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: StatusClaimValue;
}

/** True when `c` is the claim side `s` describes. */
export function fits(c: Pick<StatusClaimValue, 'state' | 'polarity'>, s: ClaimSide): boolean {
  return c.state === s.state && c.polarity === s.polarity;
}

/** The incompatibility (of `scope`) that two claims fall under, if any. */
export function incompatibility(a: Pick<StatusClaimValue, 'state' | 'polarity'>, b: Pick<StatusClaimValue, 'state' | 'polarity'>, lex: StatusLexicon, scope: 'document' | 'corpus'): Incompatibility | null {
  for (const rule of lex.incompatible) {
    if (!rule.scope.includes(scope)) continue;
    if ((fits(a, rule.a) && fits(b, rule.b)) || (fits(a, rule.b) && fits(b, rule.a))) return rule;
  }
  return null;
}

/** Words for a claim: `stalled`, `no agreed` reads badly, so negatives say "not …". */
export function describeClaim(c: Pick<StatusClaimValue, 'state' | 'polarity'>): string {
  const words = c.state.replace(/_/g, ' ');
  return c.polarity === 'negative' ? `not ${words}` : words;
}

function sameTime(a: StatusClaimValue, b: StatusClaimValue): boolean {
  if (a.time === 'present' && b.time === 'present') return true;
  // a present claim dated by the publication day and a claim dated that day by its sentence
  return a.time !== 'past' && b.time !== 'past' && a.date !== null && b.date !== null && a.date.value === b.date.value;
}

/**
 * The document's internal contradictions. `voice` tells on whose word the article states a
 * claim (`voices.ts`): only claims of one voice can contradict each other — two sources the
 * article quotes disagreeing (Hamas says the talks collapsed, Israel says a deal is close) is
 * the article reporting a dispute, not contradicting itself. Without it, every claim is the
 * narrator's.
 */
export function contradictions(claims: readonly ClaimSpan[], lex: StatusLexicon, voice: (c: ClaimSpan) => string = () => ''): ContradictionValue[] {
  const asserted = claims.filter((c) => c.value.modality === 'asserted' && c.value.time !== 'past');
  const voices = asserted.map(voice);
  const best = new Map<Incompatibility, { a: ClaimSpan; b: ClaimSpan; gap: number }>();
  for (let i = 0; i < asserted.length; i++) {
    for (let j = i + 1; j < asserted.length; j++) {
      const a = asserted[i]!;
      const b = asserted[j]!;
      if (voices[i] !== voices[j] || !sameTime(a.value, b.value)) continue;
      const rule = incompatibility(a.value, b.value, lex, 'document');
      if (!rule) continue;
      const gap = Math.abs(b.start - a.end);
      const prev = best.get(rule);
      if (!prev || gap < prev.gap) best.set(rule, { a, b, gap });
    }
  }
  return [...best.entries()].map(([rule, { a, b }]): ContradictionValue => {
    const items: ConflictItem[] = [a, b].sort((x, y) => x.start - y.start).map((c) => ({ start: c.start, end: c.end, text: c.text, claim: describeClaim(c.value) }));
    const when = a.value.time === 'dated' ? `of ${a.value.date!.value}` : 'of the same time';
    return {
      kind: 'internal',
      detail: `The article says "${items[0]!.text}" (${items[0]!.claim}) and "${items[1]!.text}" (${items[1]!.claim}) ${when}: ${rule.reason}.`,
      items,
      reason: rule.reason,
    };
  }).sort((x, y) => x.items[0]!.start - y.items[0]!.start);
}
