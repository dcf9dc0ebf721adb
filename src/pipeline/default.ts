/**
 * @module pipeline/default — the default pipeline, assembled in one place.
 *
 * Order matters and each position says why:
 * 1. sentences — paragraphs, sentences, tokens and the dateline: every later stage reads them.
 * 2. published — the publication date: every relative time expression is anchored on it.
 * 3. repeats — repeated paragraphs, from the paragraph layer; credibility reads them later.
 */
import { publishedStage } from '../stages/published/index.js';
import { repeatsStage } from '../stages/repeats/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { buildPipeline, type Pipeline } from './pipeline.js';

/**
 * Layers computed for every document but not stored: large and cheap to recompute (the
 * sentences stage runs at about 60 MB/s), or stored elsewhere (`published` is a column).
 * Storing sentences and paragraphs made writing the slowest part of a run.
 */
export const TRANSIENT_LAYERS = ['token', 'sentence', 'paragraph', 'published'] as const;

/** Builds the default pipeline (validated once, before any document is read). */
export function defaultPipeline(): Pipeline {
  return buildPipeline([sentencesStage, publishedStage, repeatsStage], TRANSIENT_LAYERS);
}
