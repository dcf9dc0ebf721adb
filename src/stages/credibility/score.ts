/**
 * @module stages/credibility/score — the documented 0..1 score from a list of signals.
 *
 * Pure and shared: the credibility stage scores what it found, and any later step that
 * adds a signal (for example conflicts found across documents) rescores with the same
 * function, so a score is always `1 − Σ weight × strength` over the signals it lists.
 */
import { SIGNAL_CODES, SIGNAL_RULES, type SignalCode } from './weights.js';

/** A span of evidence within the document. */
export interface SpanEvidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a signal measured before weighing: a count, or a share with the count behind it. */
export type Measure = { readonly count: number } | { readonly share: number; readonly count: number };

/** One signal as stored and exported: what was found, the evidence, and what it cost. */
export interface Signal {
  readonly code: SignalCode;
  /** One sentence a reader understands: what was found and how much. */
  readonly detail: string;
  readonly evidence: readonly SpanEvidence[];
  readonly weight: number;
  /** 0..1: how strongly the signal is present. */
  readonly strength: number;
  /** weight × strength, rounded to three decimals: what it took off the score. */
  readonly penalty: number;
}

/** The value of the document-level `credibility` annotation. */
export interface CredibilityValue {
  /** 1 − Σ penalty, clamped to 0..1, two decimals. */
  readonly score: number;
  readonly signals: readonly Signal[];
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The strength of a signal from what it measured, or 0 when it does not apply (a share
 * under its threshold or backed by too few items, a count of zero).
 */
export function strengthOf(code: SignalCode, measure: Measure): number {
  const rule = SIGNAL_RULES[code];
  if (rule.kind === 'count') return Math.min(1, measure.count / rule.saturation);
  if (!('share' in measure)) return 0;
  return measure.count >= rule.minCount && measure.share >= rule.threshold ? Math.min(1, measure.share) : 0;
}

/** Builds a signal from its measure; null when the strength is 0. */
export function signal(code: SignalCode, measure: Measure, detail: string, evidence: readonly SpanEvidence[]): Signal | null {
  const strength = strengthOf(code, measure);
  if (strength <= 0) return null;
  const weight = SIGNAL_RULES[code].weight;
  return { code, detail, evidence, weight, strength: round(strength, 3), penalty: round(weight * strength, 3) };
}

/** The score of a list of signals, and the list in reporting order. */
export function score(signals: readonly Signal[]): CredibilityValue {
  const ordered = [...signals].sort((a, b) => SIGNAL_CODES.indexOf(a.code) - SIGNAL_CODES.indexOf(b.code));
  const total = ordered.reduce((sum, s) => sum + s.penalty, 0);
  return { score: round(Math.min(1, Math.max(0, 1 - total)), 2), signals: ordered };
}

/** "1 − 0.45 citation_spam − 0.15 unknown_outlet = 0.40": how a score was computed. */
export function explainScore(value: Pick<CredibilityValue, 'score'> & { readonly signals: readonly { readonly code: string; readonly penalty?: number }[] }): string {
  const parts = value.signals.filter((s) => s.penalty !== undefined).map((s) => ` − ${s.penalty!.toFixed(3).replace(/0+$/, '').replace(/\.$/, '')} ${s.code}`);
  return `1${parts.join('')} = ${value.score.toFixed(2)}`;
}
