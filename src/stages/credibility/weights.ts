/**
 * @module stages/credibility/weights — the signals, their weights and why (data, not code).
 *
 * The score is `1 − Σ penalty`, clamped to 0..1 and rounded to two decimals, where each
 * signal found contributes `penalty = weight × strength`:
 * - a *count* signal has `strength = min(1, n / saturation)` (n = what it counts);
 * - a *share* signal applies only when its share reaches `threshold` (and at least
 *   `minCount` items back it), with `strength = share`.
 * A document with no signal scores 1. The weights are set so that one strong sign of
 * machine-spun copy (citation spam) and one invented source bring a text below 0.5, while
 * the ordinary weaknesses of real reporting (some unnamed sources, some background stated
 * without attribution, a repeated paragraph) each cost at most 0.2.
 */

/** Every signal code, in the order they are reported. */
export const SIGNAL_CODES = ['citation_spam', 'unknown_outlet', 'internal_contradiction', 'anachronism', 'anonymous_sourcing', 'unattributed_claims', 'repeated_text'] as const;
/** A credibility signal code (EXPORT.md `documents[].credibility.signals[].code`). */
export type SignalCode = (typeof SIGNAL_CODES)[number];

/** How one signal is weighed. */
export type SignalRule =
  | { readonly kind: 'count'; readonly weight: number; readonly saturation: number; readonly reason: string }
  | { readonly kind: 'share'; readonly weight: number; readonly threshold: number; readonly minCount: number; readonly reason: string };

/** The weights. Changing one changes every score: re-measure docs/quality.md. */
export const SIGNAL_RULES = {
  citation_spam: {
    kind: 'count', weight: 0.45, saturation: 3,
    reason: 'count chips ("Reuters +9"), Wikipedia cited as a news source and piles of outlets in one bracket are pasted from search results or generated answers; edited news copy has none, so one is a strong sign and three make it certain',
  },
  unknown_outlet: {
    kind: 'count', weight: 0.3, saturation: 2,
    reason: 'a cited outlet or body that no registry lists is a registry gap or an invented source ("Judetean State Department"); one may be a gap, two are a pattern',
  },
  internal_contradiction: {
    kind: 'count', weight: 0.3, saturation: 1,
    reason: 'a text that contradicts itself (a deal reached and not reached) was not edited; fed by the events work through the `contradiction` layer',
  },
  anachronism: {
    kind: 'count', weight: 0.3, saturation: 1,
    reason: 'a role or fact that does not fit the date (a Secretary of State out of office) means recycled or invented copy; fed by the events work through the `anachronism` layer',
  },
  anonymous_sourcing: {
    kind: 'share', weight: 0.15, threshold: 0.3, minCount: 2,
    reason: 'unnamed sources are normal in diplomatic reporting, but a text resting mostly on them cannot be checked; weak, and only from two unnamed sources up',
  },
  unattributed_claims: {
    kind: 'share', weight: 0.2, threshold: 0.7, minCount: 5,
    reason: 'wire copy attributes most factual sentences; a text where most name no source asks to be believed; background sentences are normal, so the threshold is high',
  },
  repeated_text: {
    kind: 'count', weight: 0.15, saturation: 2,
    reason: 'a paragraph said twice is a publishing glitch or a spun rewrite padding the text; weak alone',
  },
} as const satisfies Record<SignalCode, SignalRule>;

/** Layers of later stages that feed a signal when the pipeline has them (each annotation is one piece of evidence). */
export const SIGNAL_FEEDS: readonly { readonly code: SignalCode; readonly layer: string }[] = [
  { code: 'internal_contradiction', layer: 'contradiction' },
  { code: 'anachronism', layer: 'anachronism' },
];
