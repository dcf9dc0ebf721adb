/**
 * @module stages/citations/testing — one-line helpers for the citations tests.
 *
 * A citation is written `name/kind` (known to the registry) or `name/kind?` (unknown):
 * `Reuters/agency`, `Judetean Times/outlet?`, `sources familiar with the talks/anonymous?`.
 */
import assert from 'node:assert/strict';
import { findCitations, type FindOptions } from './index.js';
import { loadSourceRegistry } from './load.js';
import type { SourceRegistry } from './registry.js';

let registry: SourceRegistry | null = null;

/** The built-in registry, loaded once for all tests. */
export function testRegistry(): SourceRegistry {
  registry ??= loadSourceRegistry();
  return registry;
}

/** The citations of `text`, each written `name/kind` or `name/kind?`. */
export function citationsOf(text: string, opts: FindOptions = {}): string[] {
  return findCitations(text, testRegistry(), opts).citations.map((c) => `${c.name}/${c.kind}${c.known ? '' : '?'}`);
}

/** The citations of `text` are exactly `expected`, in text order. */
export function expectCitations(text: string, expected: readonly string[], opts: FindOptions = {}): void {
  assert.deepEqual(citationsOf(text, opts), expected, text);
}

/** `text` cites nothing. */
export function expectNone(text: string): void {
  expectCitations(text, []);
}

/** The texts of the citations of `text` (what the spans cover). */
export function citedSpans(text: string): string[] {
  return findCitations(text, testRegistry()).citations.map((c) => text.slice(c.start, c.end));
}
