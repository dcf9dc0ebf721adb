/**
 * @module bench/ab — two builds of the pipeline in one process, timed by CPU time per stage.
 *
 * `node dist/bench/ab.js (--ref REF | --base DIR) [--docs N] [--warm N] [--rounds R] [INPUT…]`
 *
 * A speed change is only worth keeping when it is measured, and on a shared or throttled
 * machine wall time between two separate runs is mostly noise. This tool loads this
 * checkout's build ("new") and a base build ("base") into the same process, warms both,
 * then runs every document through both, one after the other, the order alternating from
 * one document to the next and from round to round, so that a slow patch of the machine
 * and each build's effect on the other's caches hit both alike. Each stage is timed two
 * ways around its `run`: the process's CPU time (`process.cpuUsage`, user + system), which
 * counts the background threads too (GC, the optimizing compiler: part of what a stage
 * costs, and noisy), and, on Linux, the main thread's own CPU time
 * (`/proc/thread-self/schedstat`), which is steadier.
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
 * checkout) still shows a few per cent on the total and up to ±20 % on a small stage in
 * process CPU (less in main-thread CPU).
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
import { benchCorpus, readDocuments, resultDigest } from './stages.js';

/** One build loaded for timing. */
interface Build {
  readonly label: string;
  readonly root: string;
  readonly pipeline: Pipeline;
  readonly ctx: RunContext;
  readonly analyze: (pipeline: Pipeline, ctx: RunContext, doc: SourceDocument) => DocumentResult;
  /** Accumulated process CPU microseconds per stage, in pipeline order. */
  readonly cpu: Map<string, number>;
  /** Accumulated main-thread CPU microseconds per stage (0 where the thread clock is unavailable). */
  readonly thread: Map<string, number>;
}

/** What one comparison measured. */
export interface AbResult {
  readonly docs: number;
  readonly rounds: number;
  /** Stage, base and new mean CPU ms per document (process), and main-thread CPU ms (0 when unavailable). */
  readonly stages: readonly { readonly stage: string; readonly base: number; readonly next: number; readonly baseThread: number; readonly nextThread: number }[];
  /** Per round, the whole loop's CPU ms per document of each build. */
  readonly roundTotals: readonly { readonly base: number; readonly next: number }[];
  readonly digests: { readonly base: string; readonly next: string };
}

/** Nanoseconds this thread has run (Linux `/proc/thread-self/schedstat`), or null where unavailable. */
const threadClock = ((): (() => number) | null => {
  try {
    const fd = fs.openSync('/proc/thread-self/schedstat', 'r');
    const buf = Buffer.alloc(96);
    const read = (): number => {
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      return Number(buf.toString('latin1', 0, n).split(' ')[0]);
    };
    return Number.isFinite(read()) ? read : null;
  } catch {
    return null;
  }
})();

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
  const thread = new Map<string, number>();
  const stages = plain.stages.map((stage): Stage => {
    cpu.set(stage.name, 0);
    thread.set(stage.name, 0);
    return Object.assign(Object.create(stage) as Stage, {
      run: (ctx: RunContext, doc: SourceDocument, layers: Parameters<Stage['run']>[2]) => {
        const t0 = threadClock?.() ?? 0;
        const c0 = process.cpuUsage();
        try {
          return stage.run(ctx, doc, layers);
        } finally {
          const c = process.cpuUsage(c0);
          cpu.set(stage.name, cpu.get(stage.name)! + c.user + c.system);
          if (threadClock) thread.set(stage.name, thread.get(stage.name)! + (threadClock() - t0) / 1000);
        }
      },
    });
  });
  return { label, root, pipeline: { stages, transient: plain.transient }, ctx: createContext(config), analyze: analyzeForStore, cpu, thread };
}

/** Runs every document through `b`; returns the digest of what it stores. */
function digestOf(b: Build, docs: readonly SourceDocument[]): string {
  const all = crypto.createHash('sha256');
  for (const doc of docs) all.update(resultDigest(b.analyze(b.pipeline, b.ctx, doc)));
  return all.digest('hex').slice(0, 16);
}

const resetTimers = (b: Build): void => {
  for (const k of b.cpu.keys()) b.cpu.set(k, 0);
  for (const k of b.thread.keys()) b.thread.set(k, 0);
};

/** Compares the build under `baseRoot` with this checkout's on `docs`. */
export async function compareBuilds(baseRoot: string, docs: readonly SourceDocument[], warm: number, rounds: number): Promise<AbResult> {
  const base = await loadBuild('base', baseRoot);
  const next = await loadBuild('new', repoRoot());
  for (const doc of docs.slice(0, warm)) for (const b of [base, next]) b.analyze(b.pipeline, b.ctx, doc);
  const digests = { base: digestOf(base, docs), next: digestOf(next, docs) };
  resetTimers(base);
  resetTimers(next);
  const roundTotals: { base: number; next: number }[] = [];
  const n = Math.max(docs.length, 1);
  for (let r = 0; r < rounds; r++) {
    let tBase = 0;
    let tNext = 0;
    docs.forEach((doc, i) => {
      for (const b of (i + r) % 2 === 0 ? [base, next] : [next, base]) {
        const c0 = process.cpuUsage();
        b.analyze(b.pipeline, b.ctx, doc);
        const c = process.cpuUsage(c0);
        if (b === base) tBase += c.user + c.system; else tNext += c.user + c.system;
      }
    });
    roundTotals.push({ base: tBase / 1000 / n, next: tNext / 1000 / n });
  }
  const names = [...new Set([...base.cpu.keys(), ...next.cpu.keys()])];
  const per = (m: ReadonlyMap<string, number>, s: string): number => (m.get(s) ?? 0) / 1000 / n / Math.max(rounds, 1);
  return {
    docs: docs.length,
    rounds,
    stages: names.map((s) => ({ stage: s, base: per(base.cpu, s), next: per(next.cpu, s), baseThread: per(base.thread, s), nextThread: per(next.thread, s) })),
    roundTotals,
    digests,
  };
}

/** The report as text lines. */
export function formatAb(r: AbResult): string {
  const pct = (a: number, b: number): string => (a > 0 ? `${(((b - a) / a) * 100).toFixed(1).padStart(6)} %` : '');
  const threads = r.stages.some((s) => s.baseThread > 0);
  const cols = (base: number, next: number, bt: number, nt: number): string =>
    `${base.toFixed(3).padStart(7)} ${next.toFixed(3).padStart(7)} ${pct(base, next).padStart(8)}${threads ? ` | ${bt.toFixed(3).padStart(7)} ${nt.toFixed(3).padStart(7)} ${pct(bt, nt).padStart(8)}` : ''}`;
  const lines = [
    `${r.docs} documents × ${r.rounds} rounds, alternating per document; ms per document: process CPU${threads ? ' | main-thread CPU' : ''}`,
    `  ${'stage'.padEnd(12)} ${'base'.padStart(7)} ${'new'.padStart(7)} ${'change'.padStart(8)}${threads ? ` | ${'base'.padStart(7)} ${'new'.padStart(7)} ${'change'.padStart(8)}` : ''}`,
  ];
  for (const s of [...r.stages].sort((a, b) => b.base - a.base)) lines.push(`  ${s.stage.padEnd(12)} ${cols(s.base, s.next, s.baseThread, s.nextThread)}`);
  const sum = (f: (x: AbResult['stages'][number]) => number): number => r.stages.reduce((t, s) => t + f(s), 0);
  lines.push(`  ${'stages'.padEnd(12)} ${cols(sum((s) => s.base), sum((s) => s.next), sum((s) => s.baseThread), sum((s) => s.nextThread))}`);
  const ratios = r.roundTotals.map((t) => t.next / t.base).sort((a, b) => a - b);
  lines.push(`  rounds (whole documents, process CPU, base → new): ${r.roundTotals.map((t) => `${t.base.toFixed(2)}→${t.next.toFixed(2)}`).join(', ')}`);
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
