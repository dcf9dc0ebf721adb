/**
 * @module bench/profile — summarizes a V8 `.cpuprofile` (from `node --cpu-prof`).
 *
 * Self time of a function is the time of the samples taken while it was on top of the
 * stack; total time counts every sample it was anywhere on the stack (once per sample,
 * so recursion is not double-counted). Functions are keyed by name and position, and
 * positions in compiled `dist/**.js` files are mapped back to the TypeScript source
 * through the `.js.map` beside them when there is one.
 *
 * Run alone: `node dist/bench/profile.js FILE.cpuprofile [TOP]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './corpus.js';
import { isMainModule } from '../src/util/paths.js';

/** One function's share of a profile. */
export interface HotSpot {
  readonly name: string;
  /** `file:line` in the repository (TypeScript source when mapped), or a V8 pseudo-location. */
  readonly where: string;
  readonly selfMs: number;
  readonly selfPercent: number;
  readonly totalMs: number;
  readonly totalPercent: number;
}

/** A profile's summary: top functions by self time and by total time. */
export interface ProfileSummary {
  readonly file: string;
  readonly sampledMs: number;
  readonly bySelf: readonly HotSpot[];
  readonly byTotal: readonly HotSpot[];
}

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Frames that are bookkeeping rather than work, left out of the total-time ranking. */
const NOT_WORK = new Set(['(root)', '(program)', '(idle)']);

/** Reads and summarizes a `.cpuprofile`, keeping the `top` functions of each ranking. */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const locate = locator();
  const keyOf = new Map<number, string>();
  const info = new Map<string, { name: string; where: string }>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const name = functionName || (url ? '(anonymous)' : '(native)');
    const where = url ? locate(url, lineNumber, columnNumber) : '';
    const key = `${name}@${where}`;
    keyOf.set(n.id, key);
    if (!info.has(key)) info.set(key, { name, where });
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    sampled += dt;
    const k = keyOf.get(id)!;
    self.set(k, (self.get(k) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) onStack.add(keyOf.get(cur)!);
    for (const s of onStack) total.set(s, (total.get(s) ?? 0) + dt);
  });
  const spot = (key: string): HotSpot => {
    const { name, where } = info.get(key)!;
    const s = self.get(key) ?? 0;
    const t = total.get(key) ?? 0;
    return {
      name, where, selfMs: s / 1000, selfPercent: (100 * s) / sampled, totalMs: t / 1000, totalPercent: (100 * t) / sampled,
    };
  };
  const rank = (m: Map<string, number>, skip: (k: string) => boolean): HotSpot[] =>
    [...m].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k]) => spot(k));
  return {
    file,
    sampledMs: sampled / 1000,
    bySelf: rank(self, () => false),
    byTotal: rank(total, (k) => NOT_WORK.has(info.get(k)!.name) || info.get(k)!.where === ''),
  };
}

/**
 * Maps a profile position (0-based line and column in `url`) to a repository-relative
 * `file:line`, through the file's source map when it has one.
 */
function locator(): (url: string, line: number, column: number) => string {
  const root = repoRoot();
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (file: string): SourceMap | null => {
    if (!maps.has(file)) {
      let map: SourceMap | null = null;
      try {
        map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
      } catch {
        map = null;
      }
      maps.set(file, map);
    }
    return maps.get(file)!;
  };
  return (url, line, column) => {
    if (!url.startsWith('file://')) return `${url}:${line + 1}`;
    const file = fileURLToPath(url);
    const map = mapFor(file);
    if (map) {
      const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
      if (entry.originalSource !== undefined && entry.originalLine !== undefined) {
        const source = entry.originalSource.startsWith('file://')
          ? fileURLToPath(entry.originalSource)
          : path.resolve(path.dirname(file), entry.originalSource);
        return `${display(root, source)}:${entry.originalLine + 1}`;
      }
    }
    return `${display(root, file)}:${line + 1}`;
  };
}

/** A path relative to the repository, or from `node_modules/` on for linked dependencies. */
function display(root: string, file: string): string {
  const rel = path.relative(root, file);
  const at = rel.lastIndexOf('node_modules/');
  return rel.startsWith('..') && at >= 0 ? rel.slice(at) : rel;
}

/** The summary as two Markdown tables. */
export function profileMarkdown(s: ProfileSummary): string {
  const table = (title: string, rows: readonly HotSpot[]): string => [
    `${title}\n`,
    '| # | function | where | self ms | self % | total ms | total % |',
    '|--:|---|---|--:|--:|--:|--:|',
    ...rows.map((r, i) => `| ${i + 1} | \`${r.name}\` | ${r.where ? `\`${r.where}\`` : '—'} | ${r.selfMs.toFixed(0)} | ${r.selfPercent.toFixed(1)} | ${r.totalMs.toFixed(0)} | ${r.totalPercent.toFixed(1)} |`),
  ].join('\n');
  return `${table(`Top self time (${(s.sampledMs / 1000).toFixed(1)} s sampled)`, s.bySelf)}\n\n${table('Top total time (inclusive)', s.byTotal)}\n`;
}

if (isMainModule(import.meta.url)) {
  const [file, top] = process.argv.slice(2);
  if (file === undefined) {
    process.stderr.write('usage: node dist/bench/profile.js FILE.cpuprofile [TOP]\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(profileMarkdown(summarizeProfile(file, top ? Number(top) : 15)));
  }
}
