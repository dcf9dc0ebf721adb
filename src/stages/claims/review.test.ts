/** Regressions a review of session 13 found in status claims, with sentences written for the test. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, layer } from './testing.js';
import type { StatusClaimValue } from './types.js';

const claims = (text: string) => layer<StatusClaimValue>(analyze(text, '2025-11-21'), 'status-claim').map((x) => [x.value.state, x.value.time, x.value.date?.value ?? null]);

describe('status claims: only a fronted earlier year sets the sentence in that year (earlierYear)', () => {
  it('"Talks that began in 2023 are at an impasse": a present claim of the article\'s day', () => {
    const c = claims('Talks that began in 2023 are at an impasse, officials said.');
    assert.ok(c.length > 0);
    assert.deepEqual(c.map((x) => x[2]), c.map(() => '2025-11-21'));
  });
  it('"Back in 2023, the union reached a deal": the fronted year still undates the claim', () => {
    const c = claims('Back in 2023, the union reached a deal with the province.');
    assert.deepEqual(c.map((x) => x[2]), c.map(() => null));
  });
});
