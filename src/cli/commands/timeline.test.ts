/**
 * @module cli/commands/timeline.test — `parley timeline` on a small store: order, filters, usage errors.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzedStore, runCli, type CliResult } from '../testing.js';
import { highEnd, lowEnd } from './timeline.js';

const run = (args: string[]): Promise<CliResult> => runCli(args);

describe('parley timeline', () => {
  let db = '';

  before(async () => {
    ({ db } = await analyzedStore('parley-timeline-', {
      'one.txt': 'published: 2023-11-25\n---\nA four-day truce between Israel and Hamas took effect on Friday. Hamas released 24 hostages on Friday afternoon, Qatari officials said.\n',
      'two.txt': 'published: 2023-12-02\n---\nThe truce collapsed on Friday as fighting resumed in Gaza. Talks on a new truce will resume in Doha next week.\n',
      'three.txt': 'published: 2023-11-25\n---\nOn Friday, Hamas freed 24 hostages, according to Egypt. Israel and Hamas reached a deal on Wednesday for a four-day truce.\n',
    }));
  });

  it('prints the dated events in date order, with modality, corroboration and sources', async () => {
    const r = await run(['timeline', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l));
    const dates = lines.map((l) => l.slice(0, 10).trim());
    assert.deepEqual(dates, [...dates].sort(), r.stdout);
    const release = lines.find((l) => /\brelease/.test(l));
    assert.ok(release, r.stdout);
    assert.match(release, /^2023-11-24\S* +\(day\)/);
    assert.match(release, /asserted/);
    assert.match(release, /24 hostages/);
    assert.match(release, /2 docs/);
    assert.match(release, /per .*Qatari officials/);
    assert.ok(lines.some((l) => /^2023-11-22 .*agreement .*asserted .*Israel, Hamas/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /^2023-12-01 .*ceasefire_end/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /talks .*planned/.test(l)), r.stdout);
    assert.match(r.stdout, /\n {4}“Hamas released 24 hostages on Friday afternoon, Qatari officials said\.” \(\+1 more\)/);
  });

  it('filters by date range, type and entity', async () => {
    const november = await run(['timeline', '--db', db, '--from', '2023-11-23', '--to', '2023-11-30']);
    assert.doesNotMatch(november.stdout, /2023-11-22|2023-12/);
    assert.match(november.stdout, /2023-11-24/);
    const releases = await run(['timeline', '--db', db, '--type', 'release,agreement']);
    const kinds = releases.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => /\b(release|agreement)\b/.exec(l)?.[1]);
    assert.ok(kinds.length >= 2 && kinds.every(Boolean), releases.stdout);
    const hamas = await run(['timeline', '--db', db, '--entity', 'hamas']);
    assert.ok(hamas.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).every((l) => /Hamas/.test(l)), hamas.stdout);
  });

  it('refuses unknown types and malformed dates with exit 2', async () => {
    assert.equal((await run(['timeline', '--db', db, '--type', 'parade'])).code, 2);
    assert.equal((await run(['timeline', '--db', db, '--from', 'last week'])).code, 2);
  });

  it('reads a TIMEX value as the days it may mean', () => {
    assert.equal(lowEnd('2024-04'), '2024-04-01');
    assert.equal(highEnd('2024-04'), '2024-04-31');
    assert.equal(lowEnd('2024-W05'), '2024-01-29');
    assert.equal(highEnd('2024-W05'), '2024-02-04');
    assert.equal(lowEnd('2023-11-24T07:00'), '2023-11-24');
    assert.equal(lowEnd('PRESENT_REF'), null);
  });
});
