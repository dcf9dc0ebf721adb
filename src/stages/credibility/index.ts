/**
 * @module stages/credibility — one document-level credibility annotation: a 0..1 score
 * that explains itself, with each signal's detail, evidence and cost.
 *
 * Passes (see README.md): read the citations, count markers, repeats (not a lead restating the
 * headline) and sentences once;
 * compute each signal (./signals); score them with the weights of ./weights (./score).
 * Signals of later stages arrive through their layers (`SIGNAL_FEEDS`): when the pipeline
 * has a `contradiction` or `anachronism` stage before this one, its annotations become
 * evidence of `internal_contradiction` / `anachronism`. A `quote` layer, when present,
 * marks the sentences of its direct and mixed quotes as attributed, in addition to the
 * reporting-verb cue; its indirect quotes are not used: the cue already sees their verbs,
 * and a wrongly found one would hide an unattributed claim.
 */
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { SourceDocument } from '../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../pipeline/stage.js';
import type { CitationValue } from '../citations/types.js';
import { score, type CredibilityValue, type Signal, type SpanEvidence } from './score.js';
import type { RepeatValue } from '../repeats/index.js';
import { anonymousSourcing, citationSpam, fedSignal, repeatedText, restatesHeadline, sentenceFacts, unattributedClaims, unknownOutlet, type Found } from './signals.js';
import { SIGNAL_FEEDS } from './weights.js';

export { explainScore, score, signal, strengthOf } from './score.js';
export type { CredibilityValue, Measure, Signal, SpanEvidence } from './score.js';
export { SIGNAL_CODES, SIGNAL_FEEDS, SIGNAL_RULES } from './weights.js';
export type { SignalCode, SignalRule } from './weights.js';

/** What the assessment reads: plain spans, so it runs without a pipeline too. */
export interface CredibilityInputs {
  readonly text: string;
  readonly sentences: readonly SpanEvidence[];
  readonly citations: readonly Found<CitationValue>[];
  readonly markers: readonly SpanEvidence[];
  readonly repeats: readonly SpanEvidence[];
  /** Spans of reported speech from a quotes stage, when the pipeline has one. */
  readonly quotes?: readonly SpanEvidence[];
  /** Findings of later checks by signal code (`internal_contradiction`, `anachronism`). */
  readonly fed?: Readonly<Partial<Record<string, readonly Found<unknown>[]>>>;
}

/** Every signal of a document, scored. */
export function assess(inputs: CredibilityInputs): CredibilityValue {
  const facts = sentenceFacts(inputs.sentences, inputs.citations, inputs.quotes ?? []);
  const found: (Signal | null)[] = [
    citationSpam(inputs.text, inputs.citations, inputs.markers),
    unknownOutlet(inputs.citations),
    anonymousSourcing(facts, inputs.citations),
    unattributedClaims(facts),
    repeatedText(inputs.repeats),
    ...SIGNAL_FEEDS.map((f) => fedSignal(f.code, inputs.fed?.[f.code] ?? [])),
  ];
  return score(found.filter((s): s is Signal => s !== null));
}

/** The annotations as findings: they have the fields already, and every signal copies the span fields it keeps. */
function spans<V>(anns: readonly Annotation<V>[]): readonly Found<V>[] {
  return anns;
}

/** The `credibility` stage: one annotation over the empty span at 0 (like `published`). */
export const credibilityStage: Stage = {
  name: 'credibility',
  description: 'Scores how well the article sources what it says (0..1) from citation spam, unknown outlets, anonymous and unattributed claims and repeated text, with the evidence of each.',
  requires: ['sentence', 'citation', 'citation-marker', 'repeat'],
  produces: ['credibility'],
  run(ctx, doc: SourceDocument, layers: Layers): StageOutput {
    const fed: Record<string, readonly Found<unknown>[]> = {};
    for (const f of SIGNAL_FEEDS) if (layers.has(f.layer)) fed[f.code] = spans(layers.get(f.layer));
    const value = assess({
      text: doc.text,
      sentences: spans(layers.get('sentence')),
      citations: spans(layers.get<CitationValue>('citation')),
      markers: spans(layers.get('citation-marker')),
      repeats: spans(layers.get<RepeatValue>('repeat').filter((r) => !restatesHeadline(doc.text, r))),
      quotes: layers.has('quote') ? spans(layers.get<{ kind?: string }>('quote').filter((q) => q.value.kind !== 'indirect')) : [],
      fed,
    });
    ctx.debug(() => `credibility: ${doc.id} score ${value.score}${value.signals.map((s) => `\n  ${s.code} −${s.penalty}: ${s.detail}`).join('')}`);
    return { credibility: [annotate<CredibilityValue>('credibility', doc.text, 0, 0, value, 'credibility/score')] };
  },
};
