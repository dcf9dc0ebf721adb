/**
 * @module corpus/testing — fixtures for the corpus tests: documents analyzed into a memory
 * store, and hand-made document facts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzePaths } from '../analyze.js';
import { resolveConfig } from '../config.js';
import { corpusFacts } from '../export/export.js';
import type { Annotation } from '../pipeline/annotation.js';
import type { Published } from '../pipeline/document.js';
import type { PartyRef } from '../stages/claims/index.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import type { DocFacts, FactEvent } from './conflicts.js';

/** A memory store holding `files` (name → text with an optional header block), analyzed (with the user's knowledge-base folders `kbDirs`). */
export async function storeOf(files: Record<string, string>, kbDirs: readonly string[] = []): Promise<MemoryStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-corpus-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const store = new MemoryStore();
  await analyzePaths([dir], { config: resolveConfig({ db: ':memory:', workers: 0, kbDirs: [...kbDirs] }, {}, null), store, command: 'test' });
  return store;
}

/** The facts of analyzed `files`. */
export async function factsOf(files: Record<string, string>, kbDirs: readonly string[] = []): Promise<DocFacts[]> {
  return corpusFacts(await storeOf(files, kbDirs));
}

const published = (value: string | null): Published => ({ value, precision: value ? 'day' : 'unknown', method: value ? 'metadata' : 'unknown', earliest: value, latest: value, evidence: [] });

/** An annotation over the first occurrence of `words` in `text`. */
export function over<V>(layer: string, text: string, words: string, value: V): Annotation<V> {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { layer, start, end: start + words.length, text: words, value, source: 'test' };
}

/** Hand-made facts of one document. */
export function fact(id: string, text: string, parts: Partial<Pick<DocFacts, 'claims' | 'proposals' | 'events' | 'quotes' | 'duplicateOf'>> & { published?: string | null } = {}): DocFacts {
  return {
    id, source: `${id}.txt`, title: null, text, published: published(parts.published ?? null), duplicateOf: parts.duplicateOf ?? null,
    claims: parts.claims ?? [], proposals: parts.proposals ?? [], contradictions: [], anachronisms: [], events: parts.events ?? [], quotes: parts.quotes ?? [],
    entityOf: (p: PartyRef) => `e_${p.key}`,
  };
}

/** A release event over `words` of `text`. */
export function release(doc: string, text: string, words: string, day: string, value: number, agents: string[] = ['e_hamas'], qualifier = 'exact'): FactEvent {
  const a = over('event', text, words, null);
  return { type: 'release', subtype: 'hostages', modality: 'asserted', date: { value: day, precision: 'day', basis: 'time' }, agents, quantity: { value, unit: 'hostages', qualifier }, evidence: { doc, start: a.start, end: a.end, text: a.text } };
}
