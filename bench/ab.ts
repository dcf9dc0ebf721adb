/**
 * @module bench/ab — two builds of the pipeline in one process, timed by CPU time per stage.
 *
 * `node dist/bench/ab.js (--ref REF | --base DIR) [--docs N] [--warm N] [--rounds R] [INPUT…]`
 *
 * A speed change is only worth keeping when it is measured, and on a shared or throttled
 * machine wall time between two separate runs is mostly noise. This tool loads this
 * checkout's build ("new") and a base build ("base") into the same process, warms both,
 * then runs the same documents through each in alternating rounds (base first in odd
 * rounds, new first in even ones), so that a slow patch of the machine hits both alike.
 * Each stage's cost is its CPU time (`process.cpuUsage`, user + system, around the
 * stage's `run`); that counts this process's background threads too (GC, the optimizing
 * compiler), which are part of what a stage costs.
 *
 * - `--base DIR`: a checkout whose `dist/` is built (it needs `data/` and `package.json`
 *   beside `dist/`, as a git worktree has);
 * - `--ref REF`: a commit; a worktree of it is made under the system temporary folder
 *   (`parley-ab-<sha>`, reused), `node_modules` linked to this checkout's, and built.
 *
 * Documents come from INPUT (files or folders `parley analyze` reads) or from the first N
 * of the benchmark corpus (bench/corpus, default seed), as in bench/stages. It prints the
 * per-stage mean ms per document of each build, the change, the totals of every round and
 * the stored-output digest of each build (bench/stages' digest: equal digests mean the two
 * builds store the same thing). Exit code 0, or 3 when `--same` is given and the digests
 * differ.
 *
 * Noise: two copies of the same code are not compiled alike (the optimizing compiler's
 * choices depend on when feedback arrived), so an A/A run (`--ref HEAD` on a clean
 * checkout) still shows a few per cent on the total and up to ±20 % on a small stage.
 * Trust a change that beats that, or that repeats across separate runs.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ParleyConfig } from '../src/config.js';
import type { DocumentResult } from '../src/pipeline/analyzer.js';
import type { RunContext } from '../src/pipeline/context.js';
import type { SourceDocument } from '../src/pipeline/document.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { isMainModule } from '../src/util/paths.js';
import { repoRoot } from './corpus.js';
import { benchCorpus, readDocuments } from './stages.js';

/** One build loaded for timing. */
interface Build {
  readonly label: string;
  readonly root: string;
  readonly pipeline: Pipeline;
  readonly ctx: RunContext;
  readonly analyze: (pipeline: Pipeline, ctx: RunContext, doc: SourceDocument) => DocumentResult;
  /** Accumulated CPU microseconds per stage, in pipeline order. */
  readonly cpu: Map<string, number>;
}

/** What one comparison measured. */
export interface AbResult {
  readonly docs: number;
  readonly rounds: number;
  /** Stage, base and new mean CPU ms per document. */
  readonly stages: readonly { readonly stage: string; readonly base: number; readonly next: number }[];
  /** Per round, the whole loop's CPU ms per document of each build. */
  readonly roundTotals: readonly { readonly base: number; readonly next: number }[];
  readonly digests: { readonly base: string; readonly next: string };
}

/** Makes (or reuses) a built worktree of `ref`; returns its folder. */
export function worktreeOf(ref: string, here: string = repoRoot()): string {
  const sha = execFileSync('git', ['-C', here, 'rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = path.join(os.tmpdir(), `parley-ab-${sha.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'dist', 'src', 'pipeline', 'default.js'))) {
    if (!fs.existsSync(dir)) execFileSync('git', ['-C', here, 'worktree', 'add', '--detach', '-q', dir, sha], { stdio: 'inherit' });
    const modules = path.join(dir, 'node_modules');
    if (!fs.existsSync(modules)) fs.symlinkSync(path.join(here, 'node_modules'), modules);
    execFileSync(process.execPath, [path.join(here, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dir, 'tsconfig.json')], { stdio: 'inherit' });
  }
  return dir;
}

/** Loads the pipeline of the build under `root` with every stage wrapped in a CPU timer. */
async function loadBuild(label: string, root: string): Promise<Build> {
  const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(path.join(root, 'dist', 'src', rel)).href)) as T;
  const { resolveConfig } = await load<{ resolveConfig: (o: object, env: object) => ParleyConfig }>('config.js');
  const { createContext } = await load<{ createContext: (c: ParleyConfig) => RunContext }>('pipeline/context.js');
  const { defaultPipeline } = await load<{ defaultPipeline: (skip: readonly string[], dirs: readonly string[]) => Pipeline }>('pipeline/default.js');
  const { analyzeForStore } = await load<{ analyzeForStore: Build['analyze'] }>('pipeline/analyzer.js');
  const config = resolveConfig({ referenceDate: '2026-01-01' }, {});
  const plain = defaultPipeline([], config.sourceDirs);
  const cpu = new Map<string, number>();
  const stages = plain.stages.map((stage): Stage => {
    cpu.set(stage.name, 0);
    return Object.assign(Object.create(stage) as Stage, {
      run: (ctx: RunContext, doc: SourceDocument, layers: Parameters<Stage['run']>[2]) => {
        const c0 = process.cpuUsage();
        try {
          return stage.run(ctx, doc, layers);
        } finally {
          const c = process.cpuUsage(c0);
          cpu.set(stage.name, cpu.get(stage.name)! + c.user + c.system);
        }
      },
    });
  });
  return { label, root, pipeline: { stages, transient: plain.transient }, ctx: createContext(config), analyze: analyzeForStore, cpu };
}

/** bench/stages' digest of one stored result. */
function resultDigest(r: DocumentResult): string {
  const h = crypto.createHash('sha256').update(JSON.stringify(r.published));
  for (const layer of r.layers) h.update(JSON.stringify(layer));
  return h.digest('hex').slice(0, 16);
}

/** Runs every document through `b`; returns the CPU µs of the loop and, when asked, the digest. */
function pass(b: Build, docs: readonly SourceDocument[], digest: boolean): { readonly micros: number; readonly digest: string } {
  const all = crypto.createHash('sha256');
  const c0 = process.cpuUsage();
  for (const doc of docs) {
    const r = b.analyze(b.pipeline, b.ctx, doc);
    if (digest) all.update(resultDigest(r));
  }
  const c = process.cpuUsage(c0);
  return { micros: c.user + c.system, digest: digest ? all.digest('hex').slice(0, 16) : '' };
}

/** Compares the build under `baseRoot` with this checkout's on `docs`. */
export async function compareBuilds(baseRoot: string, docs: readonly SourceDocument[], warm: number, rounds: number): Promise<AbResult> {
  const base = await loadBuild('base', baseRoot);
  const next = await loadBuild('new', repoRoot());
  const warmDocs = docs.slice(0, warm);
  for (const b of [base, next]) { pass(b, warmDocs, false); for (const k of b.cpu.keys()) b.cpu.set(k, 0); }
  const digests = { base: pass(base, docs, true).digest, next: pass(next, docs, true).digest };
  for (const b of [base, next]) for (const k of b.cpu.keys()) b.cpu.set(k, 0);
  const roundTotals: { base: number; next: number }[] = [];
  const n = Math.max(docs.length, 1);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [base, next] : [next, base];
    const t = new Map<Build, number>();
    for (const b of order) t.set(b, pass(b, docs, false).micros / 1000 / n);
    roundTotals.push({ base: t.get(base)!, next: t.get(next)! });
  }
  const names = [...new Set([...base.cpu.keys(), ...next.cpu.keys()])];
  const per = (b: Build, s: string): number => (b.cpu.get(s) ?? 0) / 1000 / n / Math.max(rounds, 1);
  return { docs: docs.length, rounds, stages: names.map((s) => ({ stage: s, base: per(base, s), next: per(next, s) })), roundTotals, digests };
}

/** The report as text lines. */
export function formatAb(r: AbResult): string {
  const pct = (a: number, b: number): string => (a > 0 ? `${(((b - a) / a) * 100).toFixed(1).padStart(6)} %` : '');
  const lines = [`${r.docs} documents × ${r.rounds} rounds; CPU ms per document (user + system, this process's threads)`, `  ${'stage'.padEnd(12)} ${'base'.padStart(7)} ${'new'.padStart(7)}  change`];
  for (const s of [...r.stages].sort((a, b) => b.base - a.base)) lines.push(`  ${s.stage.padEnd(12)} ${s.base.toFixed(3).padStart(7)} ${s.next.toFixed(3).padStart(7)} ${pct(s.base, s.next)}`);
  const sum = (f: (x: { base: number; next: number }) => number): number => r.stages.reduce((t, s) => t + f(s), 0);
  lines.push(`  ${'stages'.padEnd(12)} ${sum((s) => s.base).toFixed(3).padStart(7)} ${sum((s) => s.next).toFixed(3).padStart(7)} ${pct(sum((s) => s.base), sum((s) => s.next))}`);
  const ratios = r.roundTotals.map((t) => t.next / t.base).sort((a, b) => a - b);
  lines.push(`  rounds (whole loop, base → new): ${r.roundTotals.map((t) => `${t.base.toFixed(2)}→${t.next.toFixed(2)}`).join(', ')}`);
  if (ratios.length) lines.push(`  median new/base ${ratios[Math.floor(ratios.length / 2)]!.toFixed(3)} (range ${ratios[0]!.toFixed(3)}–${ratios[ratios.length - 1]!.toFixed(3)})`);
  lines.push(`digest base ${r.digests.base} new ${r.digests.next} ${r.digests.base === r.digests.next ? '(same output)' : '(OUTPUT DIFFERS)'}`);
  return lines.join('\n');
}

if (isMainModule(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string' }, ref: { type: 'string' }, docs: { type: 'string' }, warm: { type: 'string' },
      rounds: { type: 'string' }, same: { type: 'boolean' },
    },
  });
  if (!values.base === !values.ref) {
    process.stderr.write('usage: node dist/bench/ab.js (--ref REF | --base DIR) [--docs N] [--warm N] [--rounds R] [--same] [INPUT…]\n');
    process.exit(2);
  }
  const baseRoot = values.base ? path.resolve(values.base) : worktreeOf(values.ref!);
  const count = values.docs ? Number(values.docs) : 300;
  const docs = readDocuments(positionals.length ? positionals : [benchCorpus(count)]).slice(0, positionals.length ? undefined : count);
  const r = await compareBuilds(baseRoot, docs, values.warm ? Number(values.warm) : 200, values.rounds ? Number(values.rounds) : 6);
  process.stdout.write(`${formatAb(r)}\n`);
  if (values.same && r.digests.base !== r.digests.next) process.exit(3);
}
