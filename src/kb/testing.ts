/**
 * @module kb/testing — helpers shared by the knowledge-base tests: the built-in knowledge
 * base loaded once, and temporary folders of fixture files.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeBase } from './knowledge-base.js';
import { loadKnowledgeBase } from './load.js';

let cached: KnowledgeBase | null = null;

/** The built-in knowledge base (`data/kb`), loaded once per test process. */
export function builtIn(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}

/** Names of the entities `holdersOf` returns, for one-line assertions. */
export function holderNames(title: string, of: string, day: string): string[] {
  return builtIn().holdersOf(title, of, day).map((h) => h.entity.name);
}

/** Titles of the roles `rolesAt` returns for an entity key. */
export function roleTitlesAt(key: string, day: string): string[] {
  return builtIn().rolesAt(key, day).map((r) => `${r.title}, ${r.of}`);
}

/** Keys of the entities `findByAlias` returns. */
export function aliasKeys(surface: string): string[] {
  return builtIn().findByAlias(surface).map((e) => e.key);
}

/** A fresh temporary folder holding `files` (relative path → JSON value or raw text). */
export function fixtureDir(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-kb-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A valid minimal person entry, to be spread and broken by tests. */
export function person(key: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key, id: null, type: 'person', name, aliases: [], source: 'https://example.org/' + key,
    roles: [{ title: 'Minister of Tests', of: 'Testland', ofId: null, from: '2020-01-01', to: '2021-12-31', source: 'https://example.org/role' }],
    ...extra,
  };
}
