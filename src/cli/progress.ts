/**
 * @module cli/progress — a one-line progress bar with rate and ETA.
 *
 * Shown only when the output is a terminal and the run is long: it appears once a run
 * has taken more than a second, redraws at most ten times a second, and clears itself
 * at the end so that the summary table is what stays on screen.
 */
import type { Progress } from '../analyze.js';
import { resolveConfig, type ParleyConfig } from '../config.js';
import type { CliIo } from './command.js';

/** A progress renderer; `update` is cheap to call after every input. */
export interface ProgressBar {
  update(p: Progress): void;
  done(): void;
}

/** Builds a bar writing to `out`, or a no-op when `enabled` is false. */
export function progressBar(out: { write(s: string): boolean; readonly columns?: number }, enabled: boolean, now: () => number = () => performance.now()): ProgressBar {
  if (!enabled) return { update() {}, done() {} };
  const t0 = now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const t = now();
      if (t - t0 < 1000 || t - last < 100) return;
      last = t;
      shown = true;
      out.write(`\r${renderProgress(p, (t - t0) / 1000, out.columns ?? 80)}`);
    },
    done() {
      if (shown) out.write(`\r${' '.repeat((out.columns ?? 80) - 1)}\r`);
    },
  };
}

/** The bar's text for a state after `seconds` (pure, for tests). */
export function renderProgress(p: Progress, seconds: number, columns = 80): string {
  const share = p.inputsTotal ? p.inputsDone / p.inputsTotal : 0;
  const rate = seconds > 0 ? p.documents / seconds : 0;
  const eta = share > 0 ? (seconds / share) * (1 - share) : NaN;
  const tail = ` ${p.inputsDone}/${p.inputsTotal} files  ${p.documents} docs  ${rate.toFixed(0)} docs/s  ETA ${formatEta(eta)}`;
  const width = Math.max(10, Math.min(40, columns - tail.length - 4));
  const full = Math.round(share * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]${tail}`.slice(0, columns - 1);
}

function formatEta(s: number): string {
  if (!Number.isFinite(s)) return '--';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/**
 * The configuration of a long run (`analyze`, `reanalyze`) from its `--db`, `--progress`,
 * `--debug` and `--config` options, and its progress bar: on when asked, or on a terminal.
 */
export function longRun(values: Record<string, string | boolean | string[] | undefined>, io: CliIo): { config: ParleyConfig; bar: ProgressBar } {
  const config = resolveConfig(
    { db: values['db'] as string | undefined, progress: values['progress'] as ParleyConfig['progress'] | undefined, debug: values['debug'] as boolean | undefined },
    io.env,
    (values['config'] as string | undefined) ?? null,
  );
  return { config, bar: progressBar(io.stdout, config.progress === 'always' || (config.progress === 'auto' && io.stdout.isTTY === true)) };
}
