/**
 * @module stages/sentences/speed.test — inputs that could make a regex or loop go superlinear.
 *
 * Not a benchmark (throughput is measured by `npm run bench`): each case must simply
 * finish, well inside a generous timeout, and still segment its input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './index.js';

for (const [name, unit] of [
  ['dotted run without @', 'ab.'],
  ['dots', '.'],
  ['apostrophes', "x'"],
  ['hyphen chain', 'a-'],
  ['caps words', 'CAIRO '],
  ['quotes', '“”'],
  ['digits and commas', '1,'],
  ['one long line of short sentences', 'Go. '],
] as const) {
  test(`finishes on 200 KB of ${name}`, { timeout: 20_000 }, () => {
    const text = unit.repeat(Math.ceil(2e5 / unit.length));
    const seg = segment(text);
    const tokens = seg.tokens.toTokens();
    assert.ok(tokens.length > 0);
    assert.ok(tokens.every((t, i) => i === 0 || t.start >= tokens[i - 1]!.end), 'tokens are in order and do not overlap');
  });
}
