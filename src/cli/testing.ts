/**
 * @module cli/testing — the CLI in tests: run it in-process with captured output, and
 * build a store analyzed from a few texts. Shared by the command tests and test/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main.js';

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output; `env` replaces the environment (empty by default). */
export async function runCli(args: string[], opts: { stdin?: string | Uint8Array; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (c: string) => { stdout += c; return true; } },
    stderr: { write: (c: string) => { stderr += c; return true; } },
    stdin: () => (typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array())),
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/**
 * A fresh temporary folder (named after `prefix`) holding `files`, analyzed into the
 * store `<folder>/parley.db` with `args` added to the `analyze` command; throws with the
 * command's stderr when it does not exit 0.
 */
export async function analyzedStore(prefix: string, files: Readonly<Record<string, string>>, opts: { env?: Record<string, string>; args?: string[] } = {}): Promise<{ dir: string; db: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const db = path.join(dir, 'parley.db');
  const r = await runCli(['analyze', '--db', db, ...(opts.args ?? []), dir], { env: opts.env });
  if (r.code !== 0) throw new Error(`analyze exited ${r.code}: ${r.stderr}`);
  return { dir, db };
}
