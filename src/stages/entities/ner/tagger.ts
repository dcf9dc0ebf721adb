/**
 * @module stages/entities/ner/tagger — runs the model over a document's tokens and sentences.
 *
 * The input is Parley's own tokens (stages/sentences) grouped by sentence, as token
 * index ranges; tokens outside every sentence (the dateline) are not tagged. The output
 * is one {@link TaggedSpan} per entity the model found, with the mean confidence of its
 * tokens as the score.
 */
import { decodeDeferred, decodeScored } from './decode.js';
import { scoreTypes } from './features.js';
import type { NerModel } from './model.js';
import { NER_TYPES, tagsToSpans, type NerType } from './tags.js';

/** The text of a token (Parley's token annotations fit). */
export interface TextToken {
  readonly text: string;
}

/** An entity span over token indices `[start, end)`. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
  /** Mean confidence of the tokens' tags (0–1). */
  readonly score: number;
}

/**
 * The word type of every token in `model.types` (word-table.ts), for one document: the
 * numbers stay meaningful until the next document's types are asked for.
 */
export function typesOf(model: NerModel, tokens: readonly TextToken[]): Int32Array {
  const table = model.types;
  table.begin();
  const types = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) types[i] = table.idOf(tokens[i]!.text);
  return types;
}

/**
 * Tags `tokens`; `sentences` is `[start0, end0, start1, end1, …]`, ascending token ranges
 * that do not overlap; `types` are the tokens' word types ({@link typesOf}).
 */
export function tagTokens(model: NerModel, tokens: readonly TextToken[], sentences: Int32Array, types: Int32Array = typesOf(model, tokens)): TaggedSpan[] {
  const doc = scoreTypes(model.types, types, sentences, model.gazetteer, model);
  const { tags, confidence } = decodeScored(doc, model, model.meta.temperature);
  const out: TaggedSpan[] = [];
  for (let s = 0; s < sentences.length; s += 2) {
    for (const span of tagsToSpans(tags, sentences[s]!, sentences[s + 1]!)) {
      let sum = 0;
      for (let i = span.start; i < span.end; i++) sum += confidence[i]!;
      out.push({ start: span.start, end: span.end, type: NER_TYPES[span.type]!, score: sum / (span.end - span.start) });
    }
  }
  return out;
}

/** An entity span over token indices `[start, end)`, its score put off ({@link tagDeferred}). */
export interface UnscoredSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

/** What {@link tagDeferred} found. */
export interface DeferredTagging {
  readonly spans: readonly UnscoredSpan[];
  /**
   * The score {@link tagTokens} gives span `i` (the mean confidence of its tokens); the
   * first call runs forward-backward over the document (decode.ts `decodeDeferred`).
   */
  score(i: number): number;
}

/** {@link tagTokens} with the spans' scores worked out only when asked for. */
export function tagDeferred(model: NerModel, sentences: Int32Array, types: Int32Array): DeferredTagging {
  const doc = scoreTypes(model.types, types, sentences, model.gazetteer, model);
  const { tags, confidence } = decodeDeferred(doc, model, model.meta.temperature);
  const spans: UnscoredSpan[] = [];
  for (let s = 0; s < sentences.length; s += 2) {
    for (const span of tagsToSpans(tags, sentences[s]!, sentences[s + 1]!)) spans.push({ start: span.start, end: span.end, type: NER_TYPES[span.type]! });
  }
  return {
    spans,
    score(i: number): number {
      const span = spans[i]!;
      const c = confidence();
      let sum = 0;
      for (let k = span.start; k < span.end; k++) sum += c[k]!;
      return sum / (span.end - span.start);
    },
  };
}

/** Sentence token ranges of `tokens` (ascending spans) inside `sentences` (ascending spans). */
export function sentenceRanges(tokens: readonly { readonly start: number; readonly end: number }[], sentences: readonly { readonly start: number; readonly end: number }[]): Int32Array {
  const out = new Int32Array(sentences.length * 2);
  let t = 0;
  let k = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    if (t > from) {
      out[k++] = from;
      out[k++] = t;
    }
  }
  return out.subarray(0, k);
}
