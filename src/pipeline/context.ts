/**
 * @module pipeline/context — the one context object of a run.
 */
import type { ParleyConfig } from '../config.js';

/** Shared by every stage for a run: configuration, a reference date, lazy debug output. */
export interface RunContext {
  readonly config: ParleyConfig;
  /** Reference "now" for anything relative when a document has no date (ISO day). */
  readonly referenceDate: string;
  /** Costs nothing when debugging is off: the message is built only when it is on. */
  debug(message: () => string): void;
}

/** The default destination of debug lines: one per line on standard error. */
export const stderrSink = (line: string): void => { process.stderr.write(`${line}\n`); };

/** The run's reference day: the configured one (`referenceDate`, `PARLEY_REFERENCE_DATE`), else today (ISO day). */
export function referenceDay(config: Pick<ParleyConfig, 'referenceDate'>): string {
  return config.referenceDate ?? new Date().toISOString().slice(0, 10);
}

/** Builds a run context; `debugSink` receives messages only when `config.debug` is set. */
export function createContext(config: ParleyConfig, debugSink: (line: string) => void = stderrSink): RunContext {
  const referenceDate = referenceDay(config);
  return {
    config,
    referenceDate,
    debug: config.debug ? (message) => debugSink(`[debug] ${message()}`) : () => {},
  };
}
