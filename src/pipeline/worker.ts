/**
 * @module pipeline/worker — a pipeline worker thread (see pipeline/analyzer).
 *
 * Builds the default pipeline once, then answers `{ id, doc }` with `{ id, result }`
 * or `{ id, error }`. Stage failures are already data inside `result`; `error` means the
 * analysis itself broke.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParleyConfig } from '../config.js';
import { analyzeForStore } from './analyzer.js';
import { createContext } from './context.js';
import { defaultPipeline } from './default.js';
import type { SourceDocument } from './document.js';

const { config, large } = workerData as { config: ParleyConfig; large: boolean };
const pipeline = defaultPipeline(config.skipStages, config.sourceDirs);
const ctx = createContext(config);
/**
 * Fault injection for tests only (test/crash.test.ts): a document containing the marker
 * `PARLEY_FAULT_CRASH=MARKER` ends the worker as an out-of-memory or native crash would;
 * `MARKER@regular` ends regular workers only (the large-document worker analyzes it).
 */
const [crashMarker, crashWhere] = (process.env['PARLEY_FAULT_CRASH'] || '').split('@');
const crashHere = crashMarker ? crashWhere !== 'regular' || !large : false;

parentPort?.on('message', ({ id, doc }: { id: number; doc: SourceDocument }) => {
  if (crashHere && doc.text.includes(crashMarker!)) process.exit(70);
  try {
    parentPort!.postMessage({ id, result: analyzeForStore(pipeline, ctx, doc) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
