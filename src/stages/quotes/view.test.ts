/**
 * @module stages/quotes/view.test — the view reads the same words whether or not the
 * tokens come numbered by the ner stage (util/token-numbering.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Annotation } from '../../pipeline/annotation.js';
import { newGeneration, shareTokenNumbering } from '../../util/token-numbering.js';
import { segment, toAnnotations, type TokenKind } from '../sentences/index.js';
import { findCues } from './02-cues.js';
import { fnvRange } from '../../util/hash.js';
import { DocView, type ViewInput } from './view.js';

const TEXT = 'UN Chief Says “Talks Resume”\n\nThe minister SAID on Sunday that Talks resume, and Smith said so.';

function input(text: string): ViewInput {
  const layers = toAnnotations(segment(text));
  return { text, tokens: layers['token'] as Annotation<{ readonly kind: TokenKind }>[], sentences: layers['sentence']!, paragraphs: layers['paragraph']! };
}

/** Numbers the tokens by their texts, as the ner stage's word table does. */
function numberTokens(inp: ViewInput, generation: number, ids: Map<string, number>): void {
  const types = Int32Array.from(inp.tokens, (t) => {
    if (!ids.has(t.text)) ids.set(t.text, ids.size);
    return ids.get(t.text)!;
  });
  shareTokenNumbering(inp.tokens, { types, count: ids.size, generation });
}

test('numbered tokens give the same lower forms, hashes and cues as plain ones', () => {
  const plain = new DocView(input(TEXT));
  const generation = newGeneration();
  const ids = new Map<string, number>();
  for (let round = 0; round < 2; round++) {
    // the second round reads the facts kept for the first one's numbers
    const inp = input(TEXT);
    numberTokens(inp, generation, ids);
    const view = new DocView(inp);
    assert.notEqual(view.numbered, null);
    assert.deepEqual(view.tokens.map((t) => t.lower), plain.tokens.map((t) => t.lower));
    assert.deepEqual([...view.lowerHash], plain.tokens.map((t) => fnvRange(t.lower, 0, t.lower.length)));
    const quoted = new Uint8Array(view.tokens.length);
    assert.deepEqual(findCues(view, quoted), findCues(plain, quoted));
  }
});

test('a new generation forgets the facts kept for the old numbers', () => {
  const first = input('Smith said so.');
  numberTokens(first, newGeneration(), new Map());
  assert.equal(new DocView(first).tokens[1]!.lower, 'said');
  // the same numbers now name other texts
  const second = input('JONES SAYS NO.');
  numberTokens(second, newGeneration(), new Map());
  const view = new DocView(second);
  assert.deepEqual(view.tokens.map((t) => t.lower), ['jones', 'says', 'no', '.']);
  const quoted = new Uint8Array(view.tokens.length);
  assert.deepEqual(findCues(view, quoted), findCues(new DocView(input('JONES SAYS NO.')), quoted));
});

test('a numbering that does not cover every token is not used', () => {
  const inp = input('Smith said so.');
  shareTokenNumbering(inp.tokens, { types: new Int32Array(1), count: 1, generation: newGeneration() });
  assert.equal(new DocView(inp).numbered, null);
});

test('a view whose numbering is no longer the kept one still reads its own cues', () => {
  const older = input(TEXT);
  numberTokens(older, newGeneration(), new Map());
  const view = new DocView(older);
  const other = input('JONES SAYS NO.');
  numberTokens(other, newGeneration(), new Map());
  new DocView(other);
  const quoted = new Uint8Array(view.tokens.length);
  assert.deepEqual(findCues(view, quoted), findCues(new DocView(input(TEXT)), quoted));
});
