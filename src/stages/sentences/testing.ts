/**
 * @module stages/sentences/testing — one-line assertion helpers for the sentences tests.
 */
import assert from 'node:assert/strict';
import { findDateline, findParagraphs, splitSentences, tokenize } from './index.js';
import type { Dateline, TokenKind } from './types.js';

/** The sentence texts of `text` are exactly `expected`. */
export function expectSentences(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    expected,
  );
}

/** The token texts of `text` are exactly `expected`. */
export function expectTokens(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    tokenize(text).map((t) => t.text),
    expected,
  );
}

/** The tokens of `text` are exactly `expected`, each written `text/kind`. */
export function expectKinds(text: string, expected: readonly `${string}/${TokenKind}`[]): void {
  assert.deepEqual(
    tokenize(text).map((t) => `${t.text}/${t.kind}`),
    expected,
  );
}

/** The paragraph texts of `text` are exactly `expected`. */
export function expectParagraphs(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    findParagraphs(text).map((p) => p.text),
    expected,
  );
}

/** The dateline of `text` has these fields (and `text` when given), or there is none. */
export function expectDateline(text: string, expected: (Omit<Dateline, 'start' | 'end' | 'text'> & { readonly text?: string }) | null): void {
  const found = findDateline(text);
  if (expected === null) {
    assert.equal(found, null, `unexpected dateline ${JSON.stringify(found?.text)}`);
    return;
  }
  assert.ok(found !== null, 'no dateline found');
  assert.equal(text.slice(found.start, found.end), found.text);
  const { start: _s, end: _e, text: foundText, ...fields } = found;
  const { text: wantText, ...want } = expected;
  assert.deepEqual(fields, want);
  if (wantText !== undefined) assert.equal(foundText, wantText);
}
