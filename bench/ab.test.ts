import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './corpus.js';
import { compareBuilds, formatAb } from './ab.js';
import { readDocuments } from './stages.js';

test('comparing a build with itself times every stage and finds the same output', async () => {
  const docs = readDocuments([path.join(repoRoot(), 'examples')]).slice(0, 3);
  const r = await compareBuilds(repoRoot(), docs, 1, 2);
  assert.equal(r.docs, 3);
  assert.equal(r.roundTotals.length, 2);
  assert.equal(r.digests.base, r.digests.next);
  assert.ok(r.stages.some((s) => s.stage === 'ner' && s.base > 0 && s.next > 0), 'ner timed in both builds');
  assert.match(formatAb(r), /\(same output\)/);
});

test('the report flags builds that store different things', () => {
  const text = formatAb({ docs: 1, rounds: 1, stages: [{ stage: 'ner', base: 2, next: 1, baseThread: 1.5, nextThread: 1 }], roundTotals: [{ base: 2, next: 1 }], digests: { base: 'a', next: 'b' } });
  assert.match(text, /OUTPUT DIFFERS/);
  assert.match(text, /-50\.0 %/);
  assert.match(text, /-33\.3 %/, 'main-thread change');
  assert.match(text, /median new\/base 0\.500/);
});
