/**
 * @module test/helpers — one-line helpers for the end-to-end tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the checkout (read-only; always present in CI). */
export const SHARED = path.resolve(ROOT, '../shared');
export const EXAMPLES = path.join(ROOT, 'examples');
export const CLI = path.join(ROOT, 'dist/src/cli/main.js');

export { runCli as cli, type CliResult } from '../src/cli/testing.js';

/** A fresh temporary folder. */
export function tmp(prefix = 'parley-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files `{ relativePath: content }` under `dir` and returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** An original article body of about `sentences` sentences, varied by `seed`. */
export function article(seed: number, sentences = 12): string {
  const subjects = ['Mediators', 'The delegations', 'Officials in Doha', 'Negotiators in Cairo', 'Union leaders', 'The port authority', 'Diplomats', 'Aid agencies'];
  const verbs = ['discussed', 'rejected', 'welcomed', 'revised', 'questioned', 'studied', 'postponed', 'endorsed'];
  const objects = ['the draft text', 'a phased plan', 'the prisoner lists', 'the withdrawal map', 'the aid schedule', 'a six-week pause', 'the monitoring terms', 'the final wording'];
  const whens = ['on Monday', 'late on Tuesday', 'this week', 'after midnight', 'on Thursday morning', 'last month', 'over the weekend', 'in the afternoon'];
  const out: string[] = [];
  let x = seed * 2654435761 >>> 0;
  const next = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  for (let i = 0; i < sentences; i++) {
    out.push(`${subjects[next(8)]} ${verbs[next(8)]} ${objects[next(8)]} ${whens[next(8)]}, item ${seed}-${i}.`);
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}
