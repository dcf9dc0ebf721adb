/** A status claim's date comes from its own clause (session 16): invented headlines. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, layer } from './testing.js';
import type { StatusClaimValue } from './types.js';

const dates = (text: string, published: string): (string | null)[] => layer<StatusClaimValue>(analyze(text, published), 'status-claim').map((c) => c.value.date?.value ?? null);

describe('status claims: a date past a semicolon is the other clause\'s', () => {
  it('"Truce deal reached; first hostages to be freed Sunday": the deal is of the publication day, not of a Sunday', () =>
    assert.deepEqual(dates('Truce deal reached; first hostages to be freed Sunday\n\nThe text follows.', '2025-01-15'), ['2025-01-15']));
  it('"A truce deal was reached on Sunday; hostages will be freed next week": the clause\'s own Sunday', () =>
    assert.deepEqual(dates('A truce deal was reached on Sunday; hostages will be freed next week.', '2025-01-15'), ['2025-01-12']));
});
