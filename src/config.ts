/**
 * @module config — configuration resolved once: defaults < file < environment < flags.
 *
 * Nothing deeper in the code reads `process.env` or a config file; commands call
 * `resolveConfig` and pass the result down (CONVENTIONS 9).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ParleyError } from './errors.js';

/** Every setting Parley has. */
export interface ParleyConfig {
  /** SQLite store file. */
  readonly db: string;
  /** A single-article file (.txt, .md, .html) or record larger than this is refused (INPUT_TOO_LARGE). */
  readonly maxDocumentBytes: number;
  /** A container file (feed, .json, .jsonl) larger than this is refused (INPUT_TOO_LARGE). */
  readonly maxInputBytes: number;
  /** Pipeline worker threads: a number (0 = analyze in the main thread) or `auto` (one per core). */
  readonly workers: number | 'auto';
  /**
   * Documents written per store transaction. 100 (not 500): the batch is most of the main
   * thread's live heap, and V8 grows that heap to a multiple of it (10,000 bench
   * documents: main heap 190 → 134 MB, whole process 588 → 558 MiB, same speed).
   */
  readonly batchSize: number;
  /** Near-duplicate threshold: share of the shorter text's shingles found in the other. */
  readonly nearDuplicateContainment: number;
  /** Reference date for relative dates when a document has none (ISO day); null = today. */
  readonly referenceDate: string | null;
  /** Pipeline stages to leave out (with every stage that needs them), e.g. ["ner"]. */
  readonly skipStages: readonly string[];
  /** Extra knowledge-base folders, read after `data/kb` (same format; see data/kb/README.md). */
  readonly kbDirs: readonly string[];
  /** Extra source-registry folders, read after `data/sources` (same format; see data/sources/README.md). */
  readonly sourceDirs: readonly string[];
  /** Show the progress bar: `auto` = only on a terminal for long runs. */
  readonly progress: 'auto' | 'always' | 'never';
  readonly debug: boolean;
}

/** Built-in defaults. */
export const DEFAULTS = {
  db: 'parley.db',
  maxDocumentBytes: 5 * 1024 * 1024,
  maxInputBytes: 512 * 1024 * 1024,
  workers: 'auto',
  batchSize: 100,
  nearDuplicateContainment: 0.8,
  referenceDate: null,
  kbDirs: [],
  sourceDirs: [],
  skipStages: [],
  progress: 'auto',
  debug: false,
} as const satisfies ParleyConfig;

/** Default config file name looked for in the working folder. */
export const CONFIG_FILE = 'parley.config.json';

/** Environment variables Parley understands, and the setting each maps to. */
const ENV: Record<string, keyof ParleyConfig> = {
  PARLEY_DB: 'db',
  PARLEY_MAX_DOCUMENT_BYTES: 'maxDocumentBytes',
  PARLEY_MAX_INPUT_BYTES: 'maxInputBytes',
  PARLEY_BATCH_SIZE: 'batchSize',
  PARLEY_WORKERS: 'workers',
  PARLEY_REFERENCE_DATE: 'referenceDate',
  PARLEY_PROGRESS: 'progress',
  PARLEY_DEBUG: 'debug',
  PARLEY_KB_DIRS: 'kbDirs',
  PARLEY_SOURCE_DIRS: 'sourceDirs',
  PARLEY_SKIP_STAGES: 'skipStages',
};

type Partial_ = { -readonly [K in keyof ParleyConfig]?: ParleyConfig[K] };

/**
 * Resolves the configuration. `flags` come from the command line (already parsed),
 * `env` defaults to `process.env` and `configFile` to `./parley.config.json` when it exists.
 */
export function resolveConfig(
  flags: Partial_ = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
  configFile: string | null = null,
): ParleyConfig {
  const fromFile = readConfigFile(configFile);
  const fromEnv: Partial_ = {};
  for (const [name, key] of Object.entries(ENV)) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') Object.assign(fromEnv, { [key]: coerce(key, raw, name) });
  }
  const merged = { ...DEFAULTS, ...fromFile, ...fromEnv, ...stripUndefined(flags) } satisfies ParleyConfig;
  validate(merged);
  return Object.freeze(merged);
}

function readConfigFile(file: string | null): Partial_ {
  const p = file ?? path.resolve(CONFIG_FILE);
  if (!fs.existsSync(p)) {
    if (file) throw new ParleyError('USAGE', file, 'config file not found');
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(p, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    const out: Partial_ = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (!(k in DEFAULTS)) throw new Error(`unknown setting "${k}"`);
      Object.assign(out, { [k]: v });
    }
    return out;
  } catch (err) {
    throw new ParleyError('USAGE', p, `bad config file: ${(err as Error).message}`);
  }
}

function coerce(key: keyof ParleyConfig, raw: string, name: string): unknown {
  if (key === 'workers') return raw === 'auto' ? raw : Number(raw);
  if (key === 'kbDirs' || key === 'sourceDirs') return raw.split(path.delimiter).filter(Boolean);
  if (key === 'skipStages') return raw.split(',').map((x) => x.trim()).filter(Boolean);
  switch (typeof DEFAULTS[key]) {
    case 'number': {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new ParleyError('USAGE', name, `expected a number, got "${raw}"`);
      return n;
    }
    case 'boolean':
      return raw === '1' || raw.toLowerCase() === 'true';
    default:
      return raw;
  }
}

function stripUndefined(o: Partial_): Partial_ {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial_;
}

function validate(c: ParleyConfig): void {
  if (!(c.maxInputBytes > 0)) throw new ParleyError('USAGE', 'maxInputBytes', 'must be positive');
  if (!(c.maxDocumentBytes > 0)) throw new ParleyError('USAGE', 'maxDocumentBytes', 'must be positive');
  if (c.workers !== 'auto' && !(Number.isInteger(c.workers) && c.workers >= 0)) throw new ParleyError('USAGE', 'workers', 'must be auto or a whole number ≥ 0');
  if (!(c.batchSize >= 1)) throw new ParleyError('USAGE', 'batchSize', 'must be at least 1');
  if (!Array.isArray(c.skipStages) || c.skipStages.some((d) => typeof d !== 'string')) throw new ParleyError('USAGE', 'skipStages', 'must be a list of stage names');
  if (!Array.isArray(c.kbDirs) || c.kbDirs.some((d) => typeof d !== 'string')) throw new ParleyError('USAGE', 'kbDirs', 'must be a list of folders');
  if (!Array.isArray(c.sourceDirs) || c.sourceDirs.some((d) => typeof d !== 'string')) throw new ParleyError('USAGE', 'sourceDirs', 'must be a list of folders');
  if (!['auto', 'always', 'never'].includes(c.progress)) throw new ParleyError('USAGE', 'progress', 'must be auto, always or never');
  if (c.referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(c.referenceDate)) {
    throw new ParleyError('USAGE', 'referenceDate', 'must be an ISO day such as 2024-05-01');
  }
}
