/**
 * @module stages/entities/ner/testing — one-line assertion helpers for the NER tests.
 */
import assert from 'node:assert/strict';
import { tokenize } from '../../sentences/index.js';
import { recognizeText } from './index.js';
import { refine, type Mention, type MentionType, type RefineInput } from './refiners.js';

/** `type:text` of every mention the stage finds in `text`. */
export function mentionsOf(text: string): string[] {
  return recognizeText(text).ner.map((a) => `${a.value.type}:${a.text}`);
}

/** The stage finds at least these mentions (`type:text`) in `text`. */
export function expectMentions(text: string, expected: readonly string[]): void {
  const found = mentionsOf(text);
  for (const e of expected) assert.ok(found.includes(e), `expected ${e} in [${found.join(', ')}]`);
}

/** The stage finds none of these mentions (`type:text`, or `*:text` for any type) in `text`. */
export function expectNoMentions(text: string, unexpected: readonly string[]): void {
  const found = mentionsOf(text);
  for (const u of unexpected) {
    const hit = u.startsWith('*:') ? found.find((f) => f.slice(f.indexOf(':') + 1) === u.slice(2)) : found.find((f) => f === u);
    assert.equal(hit, undefined, `unexpected ${hit} in [${found.join(', ')}]`);
  }
}

/** The stage finds exactly these titles (`title→person`) in `text`. */
export function expectTitles(text: string, expected: readonly string[]): void {
  assert.deepEqual(recognizeText(text).title.map((t) => `${t.text}→${t.value.person}`), expected);
}

/** A refiner input over Parley's tokens of `text` (no dateline). */
export function inputOf(text: string, dateline: RefineInput['dateline'] = null): RefineInput {
  return { text, tokens: tokenize(text), dateline };
}

/** The mention of type `type` over the first tokens that spell `words` (space-separated). */
export function mentionAt(input: RefineInput, words: string, type: MentionType): Mention {
  const want = words.split(' ');
  for (let i = 0; i + want.length <= input.tokens.length; i++) {
    if (want.every((w, k) => input.tokens[i + k]!.text === w)) return { start: i, end: i + want.length, type, score: 0.9, source: 'ner/perceptron' };
  }
  throw new Error(`"${words}" is not a token sequence of the text`);
}

/** Runs the refiners over `mentions` (`type:tokens` strings) and returns `type:text` of the result. */
export function refined(text: string, mentions: readonly string[], dateline: RefineInput['dateline'] = null): string[] {
  const input = inputOf(text, dateline);
  const proposed = mentions.map((m) => mentionAt(input, m.slice(m.indexOf(':') + 1), m.slice(0, m.indexOf(':')) as MentionType));
  return refine(proposed, input).mentions.map((m) => `${m.type}:${text.slice(input.tokens[m.start]!.start, input.tokens[m.end - 1]!.end)}`);
}
