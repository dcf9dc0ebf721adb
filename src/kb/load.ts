/**
 * @module kb/load — reads every `*.json` file under the knowledge-base folders, validates
 * all entries (per file, then across files) and builds the {@link KnowledgeBase}.
 *
 * Loading is all-or-nothing: any problem in any file throws one {@link KbError} listing
 * every issue with its file, entry and field, so a broken entry is never silently skipped
 * and a user fixing their data sees all mistakes in one run.
 */

import { KnowledgeBase } from './knowledge-base.js';
import { normalizeSurface } from './normalize.js';
import { ParleyError, type ErrorCode } from '../errors.js';
import { dataDir, readJsonFolders } from '../util/paths.js';
import type { KbEntity, KbIssue } from './types.js';
import { validateFile } from './validate.js';

/** Stable codes for knowledge-base failures (from the registry in `src/errors.ts`). */
export type KbErrorCode = Extract<ErrorCode, 'KB_UNREADABLE' | 'KB_INVALID'>;

/** The one error the loader throws; `issues` lists every problem found, one per line. */
export class KbError extends ParleyError {
  readonly issues: readonly KbIssue[];

  constructor(code: KbErrorCode, issues: readonly KbIssue[]) {
    super(code, issues[0]?.file ?? null, `${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'KbError';
    this.issues = issues;
  }
}

/** `data/kb/people/us.json: #3 (antony-blinken): roles[0].from: 2025-02-01 is after to 2025-01-20` */
export function formatIssue(issue: KbIssue): string {
  return [issue.file, issue.entry, issue.field, issue.message].filter((part) => part !== null).join(': ');
}

/** The built-in knowledge base folder, `<repo>/data/kb`. */
export const DEFAULT_KB_DIR: string = dataDir('kb');


/** Path shown in messages: relative to the working directory when inside it. */
/** Checks that need every file: unique keys and ids, references, alias collisions. */
function crossCheck(entities: readonly KbEntity[]): KbIssue[] {
  const issues: KbIssue[] = [];
  const label = (e: KbEntity): string => `${e.key}`;
  const byKey = new Map<string, KbEntity>();
  const byId = new Map<string, KbEntity>();
  for (const e of entities) {
    const sameKey = byKey.get(e.key);
    if (sameKey) issues.push({ file: e.file, entry: label(e), field: 'key', message: `duplicate key, also used in ${sameKey.file}` });
    else byKey.set(e.key, e);
    if (e.id !== null) {
      const sameId = byId.get(e.id);
      if (sameId) issues.push({ file: e.file, entry: label(e), field: 'id', message: `duplicate id ${e.id}, also used by ${sameId.key} in ${sameId.file}` });
      else byId.set(e.id, e);
    }
  }
  const owners = new Map<string, KbEntity>();
  for (const e of entities) {
    if (e.partOf !== undefined && !byKey.has(e.partOf)) {
      issues.push({ file: e.file, entry: label(e), field: 'partOf', message: `no entry has the key "${e.partOf}"` });
    }
    e.roles.forEach((role, i) => {
      if (role.ofKey !== undefined && !byKey.has(role.ofKey)) {
        issues.push({ file: e.file, entry: label(e), field: `roles[${i}].ofKey`, message: `no entry has the key "${role.ofKey}"` });
      }
    });
    for (const surface of new Set([e.name, ...e.aliases].map(normalizeSurface))) {
      if (surface === '') continue;
      const owner = owners.get(surface);
      if (owner && owner !== e) {
        issues.push({
          file: e.file, entry: label(e), field: 'aliases',
          message: `"${surface}" also names ${owner.key} (${owner.file}); names and aliases must identify one entity — move it to shortNames`,
        });
      } else {
        owners.set(surface, e);
      }
    }
  }
  return issues;
}

/**
 * Loads the knowledge base from `dir` (default `<repo>/data/kb`) plus the user folders
 * `kbDirs`, read in that order. Every `*.json` file below each folder is one array of
 * entries (format: `data/kb/README.md`). Throws {@link KbError} when a folder or file
 * cannot be read or any entry is invalid.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR, kbDirs: readonly string[] = []): KnowledgeBase {
  const issues: KbIssue[] = [];
  const entities: KbEntity[] = [];
  const unreadable = (issue: KbIssue): never => { throw new KbError('KB_UNREADABLE', [issue]); };
  for (const { shown, content } of readJsonFolders([dir, ...kbDirs], issues, unreadable)) {
    const result = validateFile(shown, content);
    issues.push(...result.issues);
    entities.push(...result.entities);
  }
  issues.push(...crossCheck(entities));
  if (issues.length > 0) throw new KbError('KB_INVALID', issues);
  return new KnowledgeBase(entities);
}
