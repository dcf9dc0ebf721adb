/**
 * @module stages/claims/testing — one-line helpers for the claims tests: status claims of
 * a plain text (sentences only, no pipeline), and the whole pipeline on a dated text.
 */
import assert from 'node:assert/strict';
import { DEFAULTS } from '../../config.js';
import { prepare } from '../../ingest/index.js';
import type { Annotation } from '../../pipeline/annotation.js';
import { createContext } from '../../pipeline/context.js';
import { defaultPipeline } from '../../pipeline/default.js';
import type { SourceDocument } from '../../pipeline/document.js';
import { analyzeDocument, type DocumentAnalysis } from '../../pipeline/pipeline.js';
import { splitSentences } from '../sentences/index.js';
import { proposeInSentence } from './01-status.js';
import { statusLexicon } from './lexicon.js';

/**
 * The status claims of `text` as `state`, `state-` (negative) or `state@planned`/`state@past`
 * (sentences split by the sentences stage; no dates).
 */
export function claimsOf(text: string): string[] {
  const lex = statusLexicon();
  return splitSentences(text).flatMap((s) => proposeInSentence(text, s, lex)).map((c) => `${c.state}${c.polarity === 'negative' ? '-' : ''}${c.modality === 'planned' ? '@planned' : c.time === 'past' ? '@past' : ''}`);
}

/** `text` holds exactly these claims (in text order). */
export function expectClaims(text: string, expected: readonly string[]): void {
  assert.deepEqual(claimsOf(text), expected, text);
}

/** `text` holds no status claim. */
export function expectNoClaims(text: string): void {
  assert.deepEqual(claimsOf(text), [], text);
}

const pipeline = defaultPipeline();
const ctx = createContext({ ...DEFAULTS, referenceDate: '2026-01-01' });

/** A document of `text` published on `published` (metadata), or undated when null. */
export function docOf(text: string, published: string | null, source = 't.txt'): SourceDocument {
  return prepare({ source, format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: published ? { raw: published, method: 'metadata', from: 'test' } : null } });
}

/** The whole pipeline on `text` published on `published`. */
export function analyze(text: string, published: string | null = '2024-05-01'): DocumentAnalysis {
  return analyzeDocument(pipeline, ctx, docOf(text, published));
}

/** The annotations of one layer of the analysis. */
export function layer<V>(a: DocumentAnalysis, name: string): Annotation<V>[] {
  return (a.layers.get(name) ?? []) as Annotation<V>[];
}
