/**
 * @module stages/quotes/testing — one-line assertion helpers for the quotes tests.
 *
 * `expectQuotes`, `expectNoQuotes` and `quotesWithMentions` test the rule passes 01–07
 * (the attribution model off); `modelQuotes` runs the stage as it ships, model included.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../pipeline/annotation.js';
import { recognizeText } from '../entities/ner/index.js';
import { quotesOfText, type QuoteKind, type QuoteValue } from './index.js';

/** The rule passes alone. */
const RULES = { model: null } as const;

/** One expected quote: its content, the words naming the speaker, the cue and the kind. */
export type ExpectedQuote = readonly [content: string, speakerText: string | null, cue: string | null, kind: QuoteKind];

/** The quotes of `text` (no entity mentions) are exactly `expected`, in text order. */
export function expectQuotes(text: string, expected: readonly ExpectedQuote[]): void {
  const got = quotesOfText(text, [], RULES).map((q) => [q.text, q.value.speakerText, q.value.cue, q.value.kind]);
  assert.deepEqual(got, expected);
}

/** `text` has no quote at all. */
export function expectNoQuotes(text: string): void {
  const got = quotesOfText(text, [], RULES).map((q) => `${q.source}: ${q.text}`);
  assert.deepEqual(got, []);
}

/** The quotes of `text` with the entity mentions the NER stage finds in it. */
export function quotesWithMentions(text: string): Annotation<QuoteValue>[] {
  return quotesOfText(text, recognizeText(text).ner, RULES);
}

/** The quotes of `text` as the stage finds them: rules and the shipped model, with the NER mentions. */
export function modelQuotes(text: string): Annotation<QuoteValue>[] {
  return quotesOfText(text, recognizeText(text).ner);
}
