/**
 * @module cli/command — what every CLI command module exports.
 *
 * Each command lives in `cli/commands/<name>.ts` and has a build step (`parse`: turn argv
 * into checked options, throwing USAGE) separate from its run step, so tests can call
 * either without spawning a process.
 */
import fs from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';

/** Where a command writes: the real streams, or buffers in tests. */
export interface CliIo {
  readonly stdout: { write(chunk: string): boolean; once?(event: 'drain', cb: () => void): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(chunk: string): boolean; readonly isTTY?: boolean };
  /** Bytes for `-` inputs. */
  readonly stdin?: () => Uint8Array;
  /** Aborted on Ctrl-C. */
  readonly signal?: AbortSignal;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A CLI command. */
export interface Command {
  readonly name: string;
  /** One line for `parley --help`. */
  readonly summary: string;
  /** Full usage text for `parley help <name>`. */
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Runs with parsed values and positionals; resolves to the exit code. */
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIo): Promise<number>;
}

/** Options every store-using command shares. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  config: { type: 'string' },
  debug: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * The store a reading command works on: STORE_OPEN_FAILED when the file does not exist, so
 * that a mistyped `--db` is reported instead of creating an empty store (`:memory:` opens).
 */
export function existingStore(db: string): Store {
  if (db !== ':memory:' && !fs.existsSync(db)) throw new ParleyError('STORE_OPEN_FAILED', db, 'no such store; run `parley analyze` first');
  return openStore(db);
}
