/**
 * @module stages/entities/ner/tags.test — BILOU tags: transitions, spans ↔ tags, IOB2 input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALLOWED, POS_B, POS_I, POS_L, POS_U, TAG_COUNT, TAG_O, canFollow, iobToSpans, spansToTags, tagName, tagOf, tagsToSpans } from './tags.js';

const PER = 0;
const LOC = 2;

test('tag ids and names', () => {
  assert.equal(TAG_COUNT, 17);
  assert.equal(tagName(TAG_O), 'O');
  assert.equal(tagName(tagOf(PER, POS_B)), 'B-PER');
  assert.equal(tagName(tagOf(LOC, POS_U)), 'U-LOC');
});

test('an open span continues with I or L of its type only', () => {
  const b = tagOf(PER, POS_B);
  assert.ok(canFollow(b, tagOf(PER, POS_I), false));
  assert.ok(canFollow(b, tagOf(PER, POS_L), true));
  assert.ok(!canFollow(b, TAG_O, false));
  assert.ok(!canFollow(b, tagOf(LOC, POS_L), false));
  assert.ok(!canFollow(b, tagOf(PER, POS_B), false));
});

test('outside a span only O, B and U may come; the last token closes', () => {
  assert.ok(canFollow(TAG_O, tagOf(PER, POS_B), false));
  assert.ok(!canFollow(TAG_O, tagOf(PER, POS_B), true));
  assert.ok(!canFollow(TAG_O, tagOf(PER, POS_I), false));
  assert.ok(canFollow(tagOf(PER, POS_U), tagOf(LOC, POS_U), true));
  assert.deepEqual([...ALLOWED[TAG_O * 2 + 1]!].map(tagName), ['O', 'U-PER', 'U-ORG', 'U-LOC', 'U-MISC']);
});

test('spans round-trip through tags', () => {
  const spans = [{ start: 0, end: 2, type: PER }, { start: 3, end: 4, type: LOC }, { start: 5, end: 8, type: 1 }];
  assert.deepEqual(tagsToSpans(spansToTags(8, spans)), spans);
});

test('tagsToSpans is lenient with broken sequences', () => {
  const i = tagOf(PER, POS_I);
  assert.deepEqual(tagsToSpans([TAG_O, i, i, TAG_O]), [{ start: 1, end: 3, type: PER }]);
  assert.deepEqual(tagsToSpans([tagOf(PER, POS_B)]), [{ start: 0, end: 1, type: PER }]);
});

test('IOB2 strings become spans as the benchmark reads them', () => {
  assert.deepEqual(iobToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: PER }, { start: 3, end: 4, type: LOC }, { start: 4, end: 5, type: LOC }, { start: 5, end: 6, type: 1 },
  ]);
  assert.throws(() => iobToSpans(['B-XYZ']), /unknown entity type/);
});
