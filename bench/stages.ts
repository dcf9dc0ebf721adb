/**
 * @module bench/stages — per-stage cost of the default pipeline in one thread, and a digest
 * of what it stores.
 *
 * `node dist/bench/stages.js [--docs N] [--warm N] [--digest FILE] [INPUT…]` analyzes
 * documents in-process, one at a time, and prints each stage's mean milliseconds per
 * document (from the pipeline's own stage timings) and the CPU time of the whole loop
 * (user + system, which a loaded machine disturbs less than wall time).
 * Without INPUT it reads the first N documents (default 500) of the benchmark corpus
 * (bench/corpus, generated with the default seed); with INPUT (files or folders, any
 * format `parley analyze` reads) it reads those. The first `--warm` documents (default
 * 100, taken again from the start) run once untimed so that JIT warm-up is not counted.
 *
 * The digest is a SHA-256 over every document's stored result (publication date and
 * packed layers, in input order): two builds that store the same thing print the same
 * digest, so a speed change can prove it changed nothing. `--digest FILE` also writes one
 * line per document (`id digest`) so that a changed document can be found with `diff`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.js';
import { discover, readInput } from '../src/ingest/index.js';
import { analyzeForStore, type DocumentResult } from '../src/pipeline/analyzer.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { SourceDocument } from '../src/pipeline/document.js';
import { isMainModule } from '../src/util/paths.js';
import { CORPUS_DEFAULTS, VARY_DEFAULT, repoRoot, writeCorpus } from './corpus.js';

/** What one run measured. */
export interface StageCosts {
  readonly docs: number;
  readonly textBytes: number;
  /** Mean ms per document by stage, in pipeline order. */
  readonly perStage: readonly { readonly stage: string; readonly ms: number }[];
  /** Mean ms per document of the whole loop, wall clock. */
  readonly wallMs: number;
  /** Mean ms per document of CPU time (user + system) of this process, GC threads included. */
  readonly cpuMs: number;
  /** SHA-256 over every document's stored result. */
  readonly digest: string;
  /** Per-document digests, in input order. */
  readonly docDigests: readonly { readonly id: string; readonly digest: string }[];
}

/** The digest of one stored result (publication date and packed layers): equal results, equal digests. */
export function resultDigest(r: DocumentResult): string {
  const h = crypto.createHash('sha256').update(JSON.stringify(r.published));
  for (const layer of r.layers) h.update(JSON.stringify(layer));
  return h.digest('hex').slice(0, 16);
}

/** Runs the default pipeline over `docs` (after warming up on the first `warm`) and measures it. */
export function measureStages(docs: readonly SourceDocument[], warm: number): StageCosts {
  const config = resolveConfig({ referenceDate: '2026-01-01' }, {});
  const ctx = createContext(config);
  const pipeline = defaultPipeline([], config.sourceDirs);
  for (const doc of docs.slice(0, warm)) analyzeForStore(pipeline, ctx, doc);
  const perStage = new Map<string, number>();
  for (const s of pipeline.stages) perStage.set(s.name, 0);
  const all = crypto.createHash('sha256');
  const docDigests: { id: string; digest: string }[] = [];
  let textBytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const doc of docs) {
    const r = analyzeForStore(pipeline, ctx, doc);
    textBytes += Buffer.byteLength(doc.text);
    for (const s of r.status) perStage.set(s.stage, (perStage.get(s.stage) ?? 0) + s.ms);
    const digest = resultDigest(r);
    all.update(digest);
    docDigests.push({ id: doc.id, digest });
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const n = Math.max(docs.length, 1);
  return {
    docs: docs.length,
    textBytes,
    perStage: [...perStage].map(([stage, ms]) => ({ stage, ms: ms / n })),
    wallMs: wall / n,
    cpuMs: (cpu.user + cpu.system) / 1000 / n,
    digest: all.digest('hex').slice(0, 16),
    docDigests,
  };
}

/** Reads every document of `paths` (files or folders), in discovery order. */
export function readDocuments(paths: readonly string[]): SourceDocument[] {
  const config = resolveConfig({}, {});
  const { inputs } = discover(paths);
  const docs: SourceDocument[] = [];
  for (const input of inputs) docs.push(...readInput(input, config).docs);
  return docs;
}

/** The JSONL file of the first `count` benchmark-corpus documents (default seed), generated once. */
export function benchCorpus(count: number): string {
  const dir = path.join(os.tmpdir(), `parley-stages-${CORPUS_DEFAULTS.seed}-${count}`);
  const jsonl = path.join(dir, 'corpus.jsonl');
  if (!fs.existsSync(jsonl)) {
    writeCorpus({ docs: count, seed: CORPUS_DEFAULTS.seed, dir, files: false, examples: path.join(repoRoot(), 'examples'), vary: VARY_DEFAULT });
  }
  return jsonl;
}

if (isMainModule(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { docs: { type: 'string' }, warm: { type: 'string' }, digest: { type: 'string' } },
  });
  const count = values.docs ? Number(values.docs) : 500;
  const warm = values.warm ? Number(values.warm) : 100;
  const docs = readDocuments(positionals.length ? positionals : [benchCorpus(count)]).slice(0, positionals.length ? undefined : count);
  const r = measureStages(docs, warm);
  const kb = r.textBytes / r.docs / 1024;
  process.stdout.write(`${r.docs} documents, ${kb.toFixed(1)} KiB each; ms per document, one thread:\n`);
  for (const s of [...r.perStage].sort((a, b) => b.ms - a.ms)) process.stdout.write(`  ${s.stage.padEnd(12)} ${s.ms.toFixed(2)}\n`);
  const staged = r.perStage.reduce((t, s) => t + s.ms, 0);
  process.stdout.write(`  ${'stages'.padEnd(12)} ${staged.toFixed(2)}\n  ${'wall'.padEnd(12)} ${r.wallMs.toFixed(2)}\n  ${'cpu'.padEnd(12)} ${r.cpuMs.toFixed(2)}\n`);
  process.stdout.write(`digest ${r.digest}\n`);
  if (values.digest) fs.writeFileSync(values.digest, r.docDigests.map((d) => `${d.id} ${d.digest}\n`).join(''));
}
