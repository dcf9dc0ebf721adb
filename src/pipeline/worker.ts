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

const { config } = workerData as { config: ParleyConfig };
const pipeline = defaultPipeline(config.skipStages, config.sourceDirs);
const ctx = createContext(config);
/**
 * Fault injection for tests only (test/crash.test.ts): a document containing this marker
 * ends the worker as an out-of-memory or native crash would.
 */
const crashMarker = process.env['PARLEY_FAULT_CRASH'] || null;

parentPort?.on('message', ({ id, doc }: { id: number; doc: SourceDocument }) => {
  if (crashMarker !== null && doc.text.includes(crashMarker)) process.exit(70);
  try {
    parentPort!.postMessage({ id, result: analyzeForStore(pipeline, ctx, doc) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
