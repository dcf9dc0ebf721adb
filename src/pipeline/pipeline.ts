/**
 * @module pipeline/pipeline — runs an ordered list of stages over one document.
 *
 * `buildPipeline` checks the list once, before any document is read: names are unique
 * and every layer a stage requires is produced by an earlier stage. `analyzeDocument`
 * runs the stages in order; a stage that throws is recorded as `error` for that document,
 * and every later stage that needs one of its layers is `skipped` with the reason.
 * A failure is data, never a crash of the batch.
 */
import { ParleyError } from '../errors.js';
import type { Annotation } from './annotation.js';
import type { RunContext } from './context.js';
import type { SourceDocument } from './document.js';
import type { Layers, Stage, StageStatus } from './stage.js';

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Layers that are computed but not stored (large and cheap to recompute, e.g. tokens). */
  readonly transient: ReadonlySet<string>;
}

/** The result of analyzing one document. */
export interface DocumentAnalysis {
  readonly doc: SourceDocument;
  readonly layers: ReadonlyMap<string, readonly Annotation[]>;
  readonly status: readonly StageStatus[];
}

/** Validates the stage list; throws PIPELINE_INVALID naming the first problem. */
export function buildPipeline(stages: readonly Stage[], transient: readonly string[] = []): Pipeline {
  const names = new Set<string>();
  const produced = new Map<string, string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new ParleyError('PIPELINE_INVALID', s.name, 'two stages share this name');
    names.add(s.name);
    for (const need of s.requires) {
      if (!produced.has(need)) throw new ParleyError('PIPELINE_INVALID', s.name, `requires layer "${need}" that no earlier stage produces`);
    }
    for (const layer of s.produces) {
      const other = produced.get(layer);
      if (other) throw new ParleyError('PIPELINE_INVALID', s.name, `produces layer "${layer}" already produced by ${other}`);
      produced.set(layer, s.name);
    }
  }
  return Object.freeze({ stages: Object.freeze([...stages]), transient: new Set(transient) });
}

/**
 * The stages minus those named in `skip` and, transitively, every stage that requires a
 * layer only a removed stage produces. Unknown names are refused (PIPELINE_INVALID).
 */
export function withoutStages(skip: readonly string[], stages: readonly Stage[]): Stage[] {
  const unknown = skip.find((n) => !stages.some((s) => s.name === n));
  if (unknown) throw new ParleyError('PIPELINE_INVALID', unknown, `no such stage; stages are: ${stages.map((s) => s.name).join(', ')}`);
  const removed = new Set<string>();
  const kept: Stage[] = [];
  for (const s of stages) {
    if (skip.includes(s.name) || s.requires.some((l) => removed.has(l))) { for (const l of s.produces) removed.add(l); continue; }
    kept.push(s);
  }
  return kept;
}

/** Runs every stage on `doc`. Never throws for a stage failure. */
export function analyzeDocument(pipeline: Pipeline, ctx: RunContext, doc: SourceDocument): DocumentAnalysis {
  const layers = new Map<string, readonly Annotation[]>();
  const failedLayers = new Map<string, string>();
  const status: StageStatus[] = [];
  const view: Layers = {
    get: <V>(layer: string) => (layers.get(layer) ?? []) as readonly Annotation<V>[],
    has: (layer: string) => layers.has(layer),
  };
  for (const stage of pipeline.stages) {
    const missing = stage.requires.find((l) => failedLayers.has(l));
    if (missing) {
      status.push({ stage: stage.name, status: 'skipped', reason: `needs "${missing}" from failed stage ${failedLayers.get(missing)}`, ms: 0 });
      for (const l of stage.produces) failedLayers.set(l, stage.name);
      continue;
    }
    const t0 = performance.now();
    try {
      const out = stage.run(ctx, doc, view);
      for (const layer of stage.produces) layers.set(layer, out[layer] ?? []);
      for (const layer of Object.keys(out)) {
        if (!stage.produces.includes(layer)) throw new Error(`returned layer "${layer}" it does not declare`);
      }
      status.push({ stage: stage.name, status: 'ok', reason: null, ms: performance.now() - t0 });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      ctx.debug(() => `${doc.source}: stage ${stage.name} failed: ${err instanceof Error ? err.stack : reason}`);
      status.push({ stage: stage.name, status: 'error', reason, ms: performance.now() - t0 });
      for (const l of stage.produces) { layers.delete(l); failedLayers.set(l, stage.name); }
    }
  }
  return { doc, layers, status };
}

/** The annotations to store: every layer except the transient ones. */
export function persistedAnnotations(pipeline: Pipeline, analysis: DocumentAnalysis): Annotation[] {
  const out: Annotation[] = [];
  for (const [layer, anns] of analysis.layers) if (!pipeline.transient.has(layer)) out.push(...anns);
  return out;
}
