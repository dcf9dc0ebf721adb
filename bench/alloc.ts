/**
 * @module bench/alloc — bytes the pipeline allocates per document, by stage and by allocating function.
 *
 * `node dist/bench/alloc.js [--docs N] [--warm N] [--interval BYTES] [--top N]`
 *
 * The garbage collector's threads cost a fifth of the CPU of `analyze`, and what they do
 * grows with what the stages allocate, most of which is garbage within the document. This
 * runs the default pipeline in one thread over the first N documents of the benchmark
 * corpus (bench/corpus, default seed; the first `--warm` run once before, unmeasured)
 * under V8's sampling heap profiler, with the objects the young and old collections free
 * included (the profiler leaves them out by default, which would show only what survives).
 * Each sample is charged to the stage whose `run` is on its stack (the frame right under
 * `analyzeDocument`), or to what `analyzeForStore` calls besides (packing the layers, the
 * near-duplicate fingerprint), and to the function that allocated it. Figures are means
 * per document; sampling makes them estimates (a few per cent between runs).
 */
import inspector from 'node:inspector';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.js';
import { analyzeForStore } from '../src/pipeline/analyzer.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { isMainModule } from '../src/util/paths.js';
import { benchCorpus, readDocuments } from './stages.js';

/** A node of V8's sampling heap profile (`HeapProfiler.SamplingHeapProfileNode`). */
export interface SampleNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SampleNode[];
}

/** Bytes per document, by where they were charged. */
export interface AllocSummary {
  readonly perDocument: number;
  readonly byStage: readonly { readonly where: string; readonly bytes: number }[];
  readonly byFunction: readonly { readonly where: string; readonly bytes: number }[];
}

/** The last two path parts of a script URL (`stages/ner/index.js`), or the URL as it is. */
function shortUrl(url: string): string {
  return url.split('/').slice(-2).join('/');
}

/** Charges every sampled byte of the profile rooted at `head` to a stage and a function, per document of `docs`. */
export function summarize(head: SampleNode, docs: number): AllocSummary {
  const byStage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const stack: SampleNode['callFrame'][] = [];
  const add = (map: Map<string, number>, key: string, bytes: number): void => {
    map.set(key, (map.get(key) ?? 0) + bytes);
  };
  const walk = (node: SampleNode): void => {
    stack.push(node.callFrame);
    if (node.selfSize > 0) {
      total += node.selfSize;
      const doc = stack.findIndex((f) => f.functionName === 'analyzeDocument');
      const store = stack.findIndex((f) => f.functionName === 'analyzeForStore');
      const stage = doc >= 0 ? stack[doc + 1] : undefined;
      const step = store >= 0 ? stack[store + 1] : undefined;
      // a built-in right under analyzeDocument (no script) is its own bookkeeping, not a stage's
      const where = stage !== undefined ? (stage.url === '' ? 'analyzeDocument' : `${stage.functionName} ${shortUrl(stage.url)}`) : step !== undefined && step.functionName !== 'analyzeDocument' ? `analyzeForStore > ${step.functionName}` : '(outside the pipeline)';
      add(byStage, where, node.selfSize);
      const top = node.callFrame;
      add(byFunction, `${top.functionName || '(anonymous)'} ${shortUrl(top.url)}:${top.lineNumber + 1}`, node.selfSize);
    }
    for (const child of node.children) walk(child);
    stack.pop();
  };
  walk(head);
  const n = Math.max(docs, 1);
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([where, bytes]) => ({ where, bytes: bytes / n }));
  return { perDocument: total / n, byStage: sorted(byStage), byFunction: sorted(byFunction) };
}

/** Runs the pipeline over the first `docs` bench documents (after `warm`) under the sampling heap profiler. */
export async function measureAllocation(docs: number, warm: number, interval = 4096): Promise<AllocSummary> {
  const all = readDocuments([benchCorpus(Math.max(docs, warm))]);
  const config = resolveConfig({ referenceDate: '2026-01-01' }, {});
  const ctx = createContext(config);
  const pipeline = defaultPipeline([], config.sourceDirs);
  for (const doc of all.slice(0, warm)) analyzeForStore(pipeline, ctx, doc);
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params?: object): Promise<T> =>
    new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
  try {
    await post('HeapProfiler.enable');
    await post('HeapProfiler.startSampling', { samplingInterval: interval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const measured = all.slice(0, docs);
    for (const doc of measured) analyzeForStore(pipeline, ctx, doc);
    const { profile } = await post<{ profile: { head: SampleNode } }>('HeapProfiler.stopSampling');
    return summarize(profile.head, measured.length);
  } finally {
    session.disconnect();
  }
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, warm: { type: 'string' }, interval: { type: 'string' }, top: { type: 'string' } } });
  const docs = Number(values.docs ?? 300);
  const top = Number(values.top ?? 30);
  const r = await measureAllocation(docs, Number(values.warm ?? 300), Number(values.interval ?? 4096));
  const kb = (b: number): string => (b / 1024).toFixed(1).padStart(8);
  process.stdout.write(`${docs} documents; KB allocated per document: ${kb(r.perDocument).trim()}\nby stage:\n`);
  for (const s of r.byStage) process.stdout.write(`${kb(s.bytes)}  ${s.where}\n`);
  process.stdout.write('by allocating function:\n');
  for (const f of r.byFunction.slice(0, top)) process.stdout.write(`${kb(f.bytes)}  ${f.where}\n`);
}
