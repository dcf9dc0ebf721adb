/**
 * @module pipeline/stage — the contract every pipeline stage fulfils.
 *
 * A stage is small and documented: a name, the layers it requires, the layers it
 * produces, and `run`. Inside, it proposes candidates with several small proposers and
 * cleans them with refiners (see CONVENTIONS.md). It returns new annotations; it never
 * changes what earlier stages produced.
 */
import type { Annotation } from './annotation.js';
import type { RunContext } from './context.js';
import type { SourceDocument } from './document.js';

/** Read-only view of the layers produced so far for one document. */
export interface Layers {
  get<V = unknown>(layer: string): readonly Annotation<V>[];
  has(layer: string): boolean;
}

/** What a stage hands back: annotations grouped by layer (each must be in `produces`). */
export type StageOutput = Readonly<Record<string, readonly Annotation[]>>;

/** A pipeline stage. */
export interface Stage {
  /** Kebab-case, unique, used in provenance and status (`sentences`). */
  readonly name: string;
  /** One sentence: what it does. */
  readonly description: string;
  /** Layers that must exist before it runs. */
  readonly requires: readonly string[];
  /** Layers it produces. */
  readonly produces: readonly string[];
  /** Analyzes one document. Throwing marks the stage `error` for that document only. */
  run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput;
}

/** Outcome of one stage on one document (stored and shown). */
export interface StageStatus {
  readonly stage: string;
  readonly status: 'ok' | 'error' | 'skipped';
  /** Why it failed or was skipped; null when ok. */
  readonly reason: string | null;
  readonly ms: number;
}
