/**
 * @module bench/run — end-to-end throughput and memory of the real CLI, next to reference passes.
 *
 * `npm run bench` (or `node dist/bench/run.js [options]` after `npx tsc -p .`) generates
 * the corpus (bench/corpus), then runs each case and prints a table, a Markdown table
 * for docs/quality.md, and writes everything to `bench/out/results.json`:
 * - a. `parley analyze` from the JSONL file into a fresh SQLite file;
 * - b. `parley analyze` from the folder of `.txt` files into a fresh SQLite file;
 * - c. `parley annotate --format jsonl` from the JSONL file, stdout drained by this
 *   process (which counts bytes and document lines);
 * - d. wink-nlp tokenization alone, then tokens plus sentence boundaries (reference);
 * - e. Parley's own tokenizer, then its sentence splitter (stages/sentences);
 * - f. the NER tagger (stages/entities/ner) over tokens and sentences segmented
 *   beforehand: tokens tagged per second on one core (target ≥ 100,000).
 * a–c run `node dist/src/cli/main.js` as a child; wall time runs from spawn to exit, so
 * it includes start-up. d–f each run in a child (bench/passes) that times its own loop.
 * Peak RSS comes from bench/rss-probe, preloaded into every child with `--import`.
 *
 * Options: `--docs N` (env BENCH_DOCS, default 10,000), `--seed S`, `--vary R` (see
 * bench/corpus), `--only a,b,c,d,e,f`, `--no-files` (no `.txt` files, no case b),
 * `--profile` (re-run case a under `--cpu-prof` and summarize the hot spots), `--keep`
 * (keep the corpus folder), `--timeout S` (per child, default 900).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_DEFAULTS, VARY_DEFAULT, docsFrom, repoRoot, writeCorpus, type CorpusManifest } from './corpus.js';
import { PASSES, type PassName, type PassResult } from './passes.js';
import { profileMarkdown, summarizeProfile, type ProfileSummary } from './profile.js';
import type { ThreadCpu } from './rss-probe.js';

/** The figures the project aims for (docs/quality.md). */
/**
 * Stages left out for the foundation case: time, entities, quotes and citations (and all
 * that needs them), leaving ingest, segmentation, repeated paragraphs, duplicates, the store.
 */
const FOUNDATION_SKIP = 'timex,ner,quotes,citations';

export const TARGETS = {
  /** `analyze` throughput of the foundation (ingest, segmentation, duplicates, store), documents per second. */
  analyzeDocsPerSecond: 2000,
  /** `analyze` throughput of the whole pipeline, documents per second. */
  pipelineDocsPerSecond: 300,
  /** Peak resident set size of a CLI run over 10,000 documents, MiB. */
  peakRssMiB: 500,
  /** Document count the RSS target is stated for. */
  rssTargetDocs: 10_000,
  /** NER tagger throughput on one core, tokens per second. */
  nerTokensPerSecond: 100_000,
} as const;

/** One measured row. */
export interface CaseResult {
  readonly id: string;
  readonly label: string;
  readonly kind: 'cli' | 'in-process';
  /** The command or pass description. */
  readonly command: string;
  readonly docs: number;
  /** Bytes read: the input files for CLI cases, the texts alone for in-process passes. */
  readonly inputBytes: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  /** Input megabytes (10^6 bytes) per second. */
  readonly mbPerSecond: number;
  /** Peak RSS of the child in MiB, or null when the probe wrote nothing. */
  readonly peakRssMiB: number | null;
  readonly exitCode: number | null;
  /** Target checks, e.g. `docs/s ≥ 2000: no`. */
  readonly targets: readonly { readonly what: string; readonly met: boolean }[];
  /** Anything else measured (CLI summary figures, token counts, output size). */
  readonly details: Readonly<Record<string, number | string | null>>;
  /** Set when the case did not complete. */
  readonly error: string | null;
}

/** Everything `bench/out/results.json` holds. */
export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly cpu: string; readonly cores: number; readonly memoryGiB: number; readonly node: string; readonly platform: string; readonly loadAverageAtStart: readonly number[] };
  readonly corpus: Omit<CorpusManifest, 'dir' | 'jsonl' | 'txtDir'> & { readonly generateSeconds: number };
  readonly targets: typeof TARGETS;
  readonly cases: readonly CaseResult[];
  readonly profile: ProfileSummary | null;
  readonly totalSeconds: number;
}

interface ChildRun {
  readonly seconds: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly peakRssMiB: number | null;
  /** CPU seconds by kind of thread (bench/rss-probe), or null off Linux. */
  readonly cpu: ThreadCpu | null;
  readonly stdoutBytes: number;
  /** Stdout, unless it was drained (`keepStdout: false`); then the empty string. */
  readonly stdout: string;
  /** Lines of stdout that start with `countPrefix`. */
  readonly countedLines: number;
  readonly stderrTail: string;
  readonly timedOut: boolean;
}

interface ChildOptions {
  readonly cwd: string;
  /** Extra environment for the child (e.g. PARLEY_SKIP_STAGES). */
  readonly env?: Readonly<Record<string, string>>;
  readonly nodeFlags?: readonly string[];
  readonly keepStdout: boolean;
  readonly countPrefix?: string;
  readonly timeoutSeconds: number;
}

const ROOT = repoRoot();
const CLI = path.join(ROOT, 'dist/src/cli/main.js');
const PASSES_JS = path.join(ROOT, 'dist/bench/passes.js');
const PROBE = pathToFileURL(path.join(ROOT, 'dist/bench/rss-probe.js')).href;
const OUT = path.join(ROOT, 'bench/out');
const MB = 1e6;
const MIB = 1024 * 1024;

/** Runs `node [flags] script args…` with the RSS probe preloaded, and measures it. */
function runChild(script: string, args: readonly string[], opts: ChildOptions): Promise<ChildRun> {
  const rssFile = path.join(opts.cwd, `rss-${process.pid}-${Date.now()}.json`);
  const env: NodeJS.ProcessEnv = { BENCH_RSS_FILE: rssFile };
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PARLEY_') && k !== 'NODE_OPTIONS') env[k] = v;
  Object.assign(env, opts.env ?? {});
  const argv = ['--import', PROBE, ...(opts.nodeFlags ?? []), script, ...args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    const kept: Buffer[] = [];
    let stderr = '';
    const counter = lineCounter(opts.countPrefix ?? '');
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeoutSeconds * 1000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (opts.keepStdout) kept.push(chunk);
      if (opts.countPrefix) counter.feed(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-4000); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      let peakRssMiB: number | null = null;
      let cpu: ThreadCpu | null = null;
      try {
        const probe = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpu?: ThreadCpu | null };
        peakRssMiB = probe.maxRssKb / 1024;
        cpu = probe.cpu ?? null;
        fs.rmSync(rssFile);
      } catch {
        peakRssMiB = null;
      }
      resolve({
        seconds, exitCode: code, signal, peakRssMiB, cpu, stdoutBytes, stdout: Buffer.concat(kept).toString('utf8'),
        countedLines: counter.count(), stderrTail: stderr.trim().split('\n').slice(-5).join('\n'), timedOut,
      });
    });
  });
}

/** Counts lines that start with `prefix` in a byte stream fed chunk by chunk. */
function lineCounter(prefix: string): { feed: (chunk: Buffer) => void; count: () => number } {
  const want = Buffer.from(prefix);
  let head = Buffer.alloc(0);
  let count = 0;
  return {
    feed(chunk) {
      let pos = 0;
      while (pos <= chunk.length) {
        const nl = chunk.indexOf(10, pos);
        const lineEnd = nl === -1 ? chunk.length : nl;
        if (head.length < want.length) head = Buffer.concat([head, chunk.subarray(pos, Math.min(lineEnd, pos + want.length - head.length))]);
        if (nl === -1) break;
        if (head.length >= want.length && head.subarray(0, want.length).equals(want)) count++;
        head = Buffer.alloc(0);
        pos = nl + 1;
      }
    },
    count: () => count,
  };
}

/** Figures from the `parley analyze` summary table. */
function parseAnalyzeSummary(stdout: string): Record<string, number | null> {
  const num = (label: string): number | null => {
    const m = new RegExp(`^\\s*${label}\\s+([\\d.]+)`, 'm').exec(stdout);
    return m ? Number(m[1]) : null;
  };
  return {
    documentsRead: num('documents read'), stored: num('new, stored'), nearDuplicates: num('near duplicates'),
    failed: num('failed'), stageErrors: num('stage errors'), cliSeconds: num('seconds'),
  };
}

function targetChecks(kind: 'analyze' | 'foundation' | 'cli' | 'none', docsPerSecond: number, peakRssMiB: number | null, docs: number): CaseResult['targets'] {
  const out: { what: string; met: boolean }[] = [];
  if (kind === 'foundation') out.push({ what: `docs/s ≥ ${TARGETS.analyzeDocsPerSecond}`, met: docsPerSecond >= TARGETS.analyzeDocsPerSecond });
  if (kind === 'analyze') out.push({ what: `docs/s ≥ ${TARGETS.pipelineDocsPerSecond} (whole pipeline)`, met: docsPerSecond >= TARGETS.pipelineDocsPerSecond });
  if (kind !== 'none' && peakRssMiB !== null) {
    const scaled = docs === TARGETS.rssTargetDocs ? '' : ` (target stated for ${TARGETS.rssTargetDocs.toLocaleString('en-US')} docs)`;
    out.push({ what: `RSS < ${TARGETS.peakRssMiB} MiB${scaled}`, met: peakRssMiB < TARGETS.peakRssMiB });
  }
  return out;
}

function failure(run: ChildRun): string | null {
  if (run.timedOut) return 'timed out (killed)';
  if (run.exitCode === 0 || run.exitCode === 4) return null;
  return `exit ${run.exitCode ?? run.signal}: ${run.stderrTail || '(no stderr)'}`;
}

function nerTarget(tokensPerSecond: number): CaseResult['targets'] {
  return [{ what: `tokens/s ≥ ${TARGETS.nerTokensPerSecond.toLocaleString('en-US')}`, met: tokensPerSecond >= TARGETS.nerTokensPerSecond }];
}

/**
 * CPU seconds of a CLI child by thread: the main thread, the pipeline workers, and V8's
 * background threads (TurboFan compiles and concurrent GC for every isolate), which the
 * workers' own CPU does not show.
 */
function cpuDetails(cpu: ThreadCpu | null): Record<string, number | null> {
  return { cpuMainS: cpu?.main ?? null, cpuWorkersS: cpu?.workers ?? null, cpuV8BackgroundS: cpu?.background ?? null };
}

/** Case a or b: analyze `input` into a fresh store. */
async function analyzeCase(id: string, label: string, input: string, inputBytes: number, docs: number, dir: string, timeoutSeconds: number, skipStages: string | null = null): Promise<CaseResult> {
  const db = path.join(dir, `bench-${id}.db`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  const args = ['analyze', '--db', db, '--progress', 'never', input];
  const run = await runChild(CLI, args, { cwd: dir, keepStdout: true, timeoutSeconds, env: skipStages ? { PARLEY_SKIP_STAGES: skipStages } : {} });
  const summary = parseAnalyzeSummary(run.stdout);
  const dbBytes = ['', '-wal'].reduce((n, s) => n + (fs.existsSync(db + s) ? fs.statSync(db + s).size : 0), 0);
  const docsPerSecond = docs / run.seconds;
  const error = failure(run) ?? (summary.stored !== null && summary.stored !== docs ? `stored ${summary.stored} of ${docs} documents` : null);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  return {
    id, label, kind: 'cli', command: `${skipStages ? `PARLEY_SKIP_STAGES=${skipStages} ` : ''}parley ${args.map((a) => (a === db ? '<fresh.db>' : a === input ? path.basename(input) : a)).join(' ')}`,
    docs, inputBytes, seconds: run.seconds, docsPerSecond, mbPerSecond: inputBytes / MB / run.seconds, peakRssMiB: run.peakRssMiB,
    exitCode: run.exitCode, targets: targetChecks(skipStages ? 'foundation' : 'analyze', docsPerSecond, run.peakRssMiB, docs),
    details: { ...summary, storeMiB: dbBytes / MIB, ...cpuDetails(run.cpu) }, error,
  };
}

/** Case c: annotate the JSONL, export drained and counted here. */
async function annotateCase(manifest: CorpusManifest, timeoutSeconds: number): Promise<CaseResult> {
  const args = ['annotate', '--format', 'jsonl', manifest.jsonl];
  const run = await runChild(CLI, args, { cwd: manifest.dir, keepStdout: false, countPrefix: '{"section":"documents"', timeoutSeconds });
  const docsPerSecond = manifest.docs / run.seconds;
  const error = failure(run) ?? (run.countedLines !== manifest.docs ? `exported ${run.countedLines} of ${manifest.docs} documents` : null);
  return {
    id: 'c', label: 'annotate JSONL → stdout', kind: 'cli', command: `parley annotate --format jsonl ${path.basename(manifest.jsonl)} > sink`,
    docs: manifest.docs, inputBytes: manifest.jsonlBytes, seconds: run.seconds, docsPerSecond, mbPerSecond: manifest.jsonlBytes / MB / run.seconds,
    peakRssMiB: run.peakRssMiB, exitCode: run.exitCode, targets: targetChecks('cli', docsPerSecond, run.peakRssMiB, manifest.docs),
    details: { exportedDocuments: run.countedLines, outputMiB: run.stdoutBytes / MIB }, error,
  };
}

/** Cases d and e: one in-process pass in its own child. */
async function passCase(id: string, label: string, pass: PassName, manifest: CorpusManifest, timeoutSeconds: number): Promise<CaseResult> {
  // The NER pass claims a one-core figure, so its child gets no parallel GC threads either.
  const nodeFlags = pass === 'parley-ner' ? ['--single-threaded-gc'] : [];
  const run = await runChild(PASSES_JS, [pass, manifest.jsonl], { cwd: manifest.dir, nodeFlags, keepStdout: true, timeoutSeconds });
  const error = failure(run);
  let r: PassResult | null = null;
  try {
    r = JSON.parse(run.stdout) as PassResult;
  } catch {
    r = null;
  }
  const seconds = r?.seconds ?? run.seconds;
  const bytes = r?.textBytes ?? manifest.textBytes;
  return {
    id, label, kind: 'in-process', command: PASSES[pass], docs: r?.docs ?? manifest.docs, inputBytes: bytes, seconds,
    docsPerSecond: (r?.docs ?? manifest.docs) / seconds, mbPerSecond: bytes / MB / seconds, peakRssMiB: run.peakRssMiB,
    exitCode: run.exitCode, targets: pass === 'parley-ner' && r?.tokens != null ? nerTarget(r.tokens / r.seconds) : [],
    details: {
      tokens: r?.tokens ?? null, sentences: r?.sentences ?? null, tokensPerSecond: r?.tokens != null ? r.tokens / r.seconds : null,
      setupSeconds: r?.setupSeconds ?? null, childWallSeconds: run.seconds,
    },
    error: error ?? (r ? null : 'no result on stdout'),
  };
}

/** Re-runs case a under `--cpu-prof` and summarizes the profile. */
async function profileAnalyze(manifest: CorpusManifest, timeoutSeconds: number): Promise<{ summary: ProfileSummary; seconds: number; file: string }> {
  const dir = path.join(OUT, 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const db = path.join(manifest.dir, 'bench-profile.db');
  const run = await runChild(CLI, ['analyze', '--db', db, '--progress', 'never', '--quiet', manifest.jsonl], {
    cwd: manifest.dir, nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', 'analyze.cpuprofile'], keepStdout: false, timeoutSeconds,
  });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  const file = path.join(dir, 'analyze.cpuprofile');
  if (!fs.existsSync(file)) throw new Error(`no profile written (${failure(run) ?? 'exit 0'})`);
  return { summary: summarizeProfile(file, 15), seconds: run.seconds, file };
}

function fmt(n: number | null, digits: number): string {
  return n === null || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function targetText(c: CaseResult): string {
  if (c.error) return `FAILED: ${c.error.split('\n')[0]}`;
  return c.targets.map((t) => `${t.met ? '✓' : '✗'} ${t.what}`).join('; ');
}

const HEADERS = ['case', 'docs', 'input MB', 'seconds', 'docs/s', 'MB/s', 'peak RSS MiB', 'target'] as const;

function rows(cases: readonly CaseResult[]): string[][] {
  return cases.map((c) => [
    `${c.id}. ${c.label}`, fmt(c.docs, 0), fmt(c.inputBytes / MB, 1), fmt(c.seconds, 2), fmt(c.docsPerSecond, 0), fmt(c.mbPerSecond, 2),
    fmt(c.peakRssMiB, 0), targetText(c),
  ]);
}

/** A fixed-width table for the terminal. */
export function textTable(cases: readonly CaseResult[]): string {
  const body = rows(cases);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The Markdown table and its notes, ready for docs/quality.md. */
export function markdown(results: BenchResults): string {
  const { corpus, machine } = results;
  const table = [
    `| ${HEADERS.join(' | ')} |`,
    '|---|--:|--:|--:|--:|--:|--:|---|',
    ...rows(results.cases).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const notes = [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${fmt(machine.memoryGiB, 0)} GiB), Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}.`,
    `Corpus: ${corpus.docs.toLocaleString('en-US')} generated articles (bench/corpus, seed ${corpus.seed}, word variation ${corpus.vary}), ${fmt(corpus.minTextBytes / 1024, 1)}–${fmt(corpus.maxTextBytes / 1024, 1)} KiB of text each, ${corpus.dated.toLocaleString('en-US')} with a published date; sentences shuffled from the ${corpus.poolSentences} distinct sentences of examples/articles.`,
    'CLI cases (a–c) run `node dist/src/cli/main.js` as a child process; seconds are wall time from spawn to exit (start-up included) and MB/s is input file bytes (10^6) per second. In-process passes (d–f) time only their loop over texts already in memory; MB/s counts the texts alone. Peak RSS is the child\'s getrusage maxRSS.',
  ];
  return `${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' }, seed: { type: 'string' }, vary: { type: 'string' }, only: { type: 'string' },
      'no-files': { type: 'boolean' }, profile: { type: 'boolean' }, keep: { type: 'boolean' }, timeout: { type: 'string' },
    },
  });
  if (!fs.existsSync(CLI)) {
    log(`${path.relative(ROOT, CLI)} is missing: build first (npx tsc -p .)`);
    return 2;
  }
  const started = performance.now();
  const loadAverageAtStart = os.loadavg();
  const docs = docsFrom(values.docs, process.env['BENCH_DOCS']);
  const only = new Set((values.only ?? 'a0,a,b,c,d,e,f').split(',').map((s) => s.trim().toLowerCase()));
  const files = !values['no-files'] && only.has('b');
  const timeoutSeconds = values.timeout ? Number(values.timeout) : 900;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  try {
    log(`generating ${docs.toLocaleString('en-US')} documents${files ? ' (JSONL and .txt files)' : ' (JSONL)'} in ${dir}`);
    const g0 = performance.now();
    const manifest = writeCorpus({
      docs, seed: values.seed ? Number(values.seed) : CORPUS_DEFAULTS.seed, dir, files,
      examples: path.join(ROOT, 'examples'), vary: values.vary !== undefined ? Number(values.vary) : VARY_DEFAULT,
    });
    const generateSeconds = (performance.now() - g0) / 1000;
    log(`corpus: ${fmt(manifest.jsonlBytes / MB, 1)} MB JSONL, ${fmt(manifest.txtBytes / MB, 1)} MB .txt, ${generateSeconds.toFixed(1)} s`);

    const cases: CaseResult[] = [];
    const record = (c: CaseResult): void => {
      cases.push(c);
      const cpu = typeof c.details['cpuMainS'] === 'number'
        ? `; CPU s: main ${fmt(c.details['cpuMainS'], 1)}, workers ${fmt(c.details['cpuWorkersS'] as number, 1)}, V8 background ${fmt(c.details['cpuV8BackgroundS'] as number, 1)}`
        : '';
      log(`${c.id}. ${c.label}: ${c.seconds.toFixed(2)} s, ${fmt(c.docsPerSecond, 0)} docs/s, RSS ${fmt(c.peakRssMiB, 0)} MiB${cpu}${c.error ? ` — ${c.error}` : ''}`);
    };
    if (only.has('a0')) record(await analyzeCase('a0', 'analyze JSONL → SQLite, foundation stages', manifest.jsonl, manifest.jsonlBytes, manifest.docs, dir, timeoutSeconds, FOUNDATION_SKIP));
    if (only.has('a')) record(await analyzeCase('a', 'analyze JSONL → SQLite, whole pipeline', manifest.jsonl, manifest.jsonlBytes, manifest.docs, dir, timeoutSeconds));
    if (only.has('b') && manifest.txtDir) record(await analyzeCase('b', 'analyze .txt folders → SQLite', manifest.txtDir, manifest.txtBytes, manifest.docs, dir, timeoutSeconds));
    if (only.has('c')) record(await annotateCase(manifest, timeoutSeconds));
    if (only.has('d')) {
      record(await passCase('d1', 'wink-nlp tokens (reference)', 'wink-tokens', manifest, timeoutSeconds));
      record(await passCase('d2', 'wink-nlp tokens + sbd (reference)', 'wink-sentences', manifest, timeoutSeconds));
    }
    if (only.has('e')) {
      record(await passCase('e1', 'Parley tokenize', 'parley-tokenize', manifest, timeoutSeconds));
      record(await passCase('e2', 'Parley splitSentences', 'parley-sentences', manifest, timeoutSeconds));
    }
    if (only.has('f')) record(await passCase('f', 'Parley NER tagger', 'parley-ner', manifest, timeoutSeconds));

    let profile: ProfileSummary | null = null;
    if (values.profile) {
      log('profiling analyze JSONL → SQLite under --cpu-prof');
      const p = await profileAnalyze(manifest, timeoutSeconds);
      profile = p.summary;
      log(`profile: ${p.seconds.toFixed(1)} s, written to ${path.relative(ROOT, p.file)}`);
    }

    const { dir: _dir, jsonl: _jsonl, txtDir: _txtDir, ...corpus } = manifest; // temporary paths, not results
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, memoryGiB: os.totalmem() / 1024 ** 3,
        node: process.versions.node, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart,
      },
      corpus: { ...corpus, generateSeconds },
      targets: TARGETS,
      cases,
      profile,
      totalSeconds: (performance.now() - started) / 1000,
    };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

    process.stdout.write(`\n${textTable(cases)}\n\n`);
    process.stdout.write(`Markdown for docs/quality.md:\n\n${markdown(results)}\n`);
    if (profile) process.stdout.write(`Profile of analyze (case a):\n\n${profileMarkdown(profile)}\n`);
    const slow = cases.find((c) => c.id === 'a' && !c.error && c.docsPerSecond < TARGETS.analyzeDocsPerSecond / 2);
    if (slow && !profile) log('analyze is far below its target: run with --profile to see where the time goes');
    log(`results in ${path.relative(ROOT, path.join(OUT, 'results.json'))}; total ${results.totalSeconds.toFixed(0)} s`);
    return cases.some((c) => c.error) ? 1 : 0;
  } finally {
    if (values.keep) log(`corpus kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
