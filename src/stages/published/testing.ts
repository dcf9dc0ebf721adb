/**
 * @module stages/published/testing — one-line helpers for the published tests: the stage
 * on a plain undated text (sentences, time tagger, published only), with an explicit
 * reference date.
 */
import { DEFAULTS } from '../../config.js';
import { prepare } from '../../ingest/index.js';
import { createContext } from '../../pipeline/context.js';
import type { Published } from '../../pipeline/document.js';
import { analyzeDocument, buildPipeline } from '../../pipeline/pipeline.js';
import { sentencesStage } from '../sentences/index.js';
import { timexStage } from '../time/index.js';
import { publishedStage } from './index.js';

const pipeline = buildPipeline([sentencesStage, timexStage, publishedStage]);

/** The `published` value of the undated `text`, on `reference` (today). */
export function publishedOf(text: string, reference = '2026-11-21'): Published {
  const ctx = createContext({ ...DEFAULTS, referenceDate: reference });
  const doc = prepare({ source: 't.txt', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } });
  const a = analyzeDocument(pipeline, ctx, doc);
  return (a.layers.get('published')![0]!.value) as Published;
}

/** `[value, method, earliest, latest]` of `publishedOf`, for one-line assertions. */
export function dating(text: string, reference?: string): [string | null, string, string | null, string | null] {
  const p = publishedOf(text, reference);
  return [p.value, p.method, p.earliest, p.latest];
}
