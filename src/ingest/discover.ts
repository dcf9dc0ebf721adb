/**
 * @module ingest/discover — turns command-line paths into the list of inputs to read.
 *
 * `-` is standard input. A folder is walked recursively in sorted order (so runs are
 * repeatable); inside folders, hidden entries, `node_modules`, files with a format Parley
 * does not read and folder documentation (README, LICENSE, CHANGELOG) are passed over and
 * counted. A file named explicitly is always read, whatever its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ParleyError, type Problem } from '../errors.js';
import { formatFromName } from './format.js';

/** One input to read. */
export type Input = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin'; readonly path: '-' };

/** What discovery found. */
export interface Discovery {
  readonly inputs: readonly Input[];
  readonly problems: readonly Problem[];
  /** Files inside folders that were passed over (unsupported or documentation). */
  readonly passedOver: readonly string[];
}

const FOLDER_DOCS = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

/** Expands `paths` into inputs. Never throws for a bad path: it becomes a problem. */
export function discover(paths: readonly string[]): Discovery {
  const inputs: Input[] = [];
  const problems: Problem[] = [];
  const passedOver: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = path.resolve(p);
    if (!seen.has(key)) { seen.add(key); inputs.push({ kind: 'file', path: p }); }
  };
  for (const p of paths) {
    if (p === '-') { inputs.push({ kind: 'stdin', path: '-' }); continue; }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(new ParleyError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', p, code === 'ENOENT' ? null : code ?? null).toJSON());
      continue;
    }
    if (st.isDirectory()) walk(p, add, problems, passedOver);
    else add(p);
  }
  return { inputs, problems, passedOver };
}

function walk(dir: string, add: (p: string) => void, problems: Problem[], passedOver: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(new ParleyError('INPUT_UNREADABLE', dir, (err as NodeJS.ErrnoException).code ?? null).toJSON());
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, add, problems, passedOver);
    else if (FOLDER_DOCS.test(e.name) || formatFromName(e.name) === null) passedOver.push(p);
    else add(p);
  }
}
