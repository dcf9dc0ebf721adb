/**
 * @module cli/commands/quotes.test — `parley quotes` on a store analyzed from our own articles.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { analyzedStore, runCli, type CliResult } from '../testing.js';

/** In-process pipeline, as before the size rule existed. */
const ENV = { PARLEY_WORKERS: '0' };

const cli = (args: string[]): Promise<CliResult> => runCli(args, { env: ENV });

const MARCH = `title: Mediators report progress
outlet: Harbor Post
published: 2024-03-04
---
Egyptian Foreign Minister Sameh Shoukry said on Monday that the gaps between the two sides had narrowed.

“We are closer than at any point this year,” Shoukry told reporters in Cairo.

A senior Hamas official said the group was still studying the proposal.
`;

const APRIL = `title: Talks stall over the maps
outlet: Valley Courier
published: 2024-04-11
---
Qatari Prime Minister Mohammed Al Thani said the talks had stalled over the withdrawal maps.

“The text is ready,” he said, “but the maps are not.”
`;

const WIRE = `title: Maps hold up the deal
outlet: Wire Desk
published: 2024-04-12
---
Talks in Doha stalled again on Thursday. “The text is ready, but the maps are not,” Qatar's prime minister told reporters.
`;

describe('parley quotes', () => {
  let dir = '';
  let db = '';
  before(async () => {
    ({ dir, db } = await analyzedStore('parley-quotes-', { 'march.txt': MARCH, 'april.txt': APRIL }, { env: ENV, args: ['--quiet'] }));
  });

  it('prints who said what, when and where, in date order', async () => {
    const r = await cli(['quotes', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^2024-03-04 {2}Sameh Shoukry {2}\(said, indirect\)\n {4}“the gaps between the two sides had narrowed”\n {4}in Mediators report progress · Harbor Post — .*march\.txt$/m);
    assert.match(r.stdout, /^2024-03-04 {2}A senior Hamas official {2}\(said, indirect\)$/m);
    assert.match(r.stdout, /^2024-04-11 {2}Mohammed bin Abdulrahman Al Thani {2}\(said, direct\)\n {4}“The text is ready,” he said, “but the maps are not\.”/m);
    assert.ok(r.stdout.indexOf('2024-03-04') < r.stdout.indexOf('2024-04-11'));
    assert.match(r.stdout, /\n5 quotes\n$/);
  });

  it('filters by speaker, case-insensitive, on the entity name or the words', async () => {
    const byName = await cli(['quotes', '--db', db, '--speaker', 'al thani']);
    assert.equal(byName.code, 0, byName.stderr);
    assert.match(byName.stdout, /\n2 quotes\n$/);
    assert.doesNotMatch(byName.stdout, /Shoukry/);
    const anonymous = await cli(['quotes', '--db', db, '--speaker', 'hamas official']);
    assert.match(anonymous.stdout, /A senior Hamas official/);
    assert.match(anonymous.stdout, /\n1 quote\n$/);
  });

  it('filters by the publication date of the reporting document', async () => {
    const april = await cli(['quotes', '--db', db, '--from', '2024-04-01', '--to', '2024-04-30']);
    assert.match(april.stdout, /\n2 quotes\n$/);
    assert.doesNotMatch(april.stdout, /2024-03-04/);
    const march = await cli(['quotes', '--db', db, '--to', '2024-03']);
    assert.match(march.stdout, /\n3 quotes\n$/);
  });

  it('filters by kind and prints JSON lines', async () => {
    const r = await cli(['quotes', '--db', db, '--kind', 'direct', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; speaker: string; date: string });
    assert.deepEqual(rows.map((x) => [x.kind, x.speaker, x.date]), [['direct', 'Sameh Shoukry', '2024-03-04'], ['direct', 'Mohammed bin Abdulrahman Al Thani', '2024-04-11']]);
  });

  it('shows where else the same statement was reported, and exports it as sameAs', async () => {
    const { db: otherDb } = await analyzedStore('parley-quotes-', { 'april.txt': APRIL, 'wire.txt': WIRE }, { env: ENV, args: ['--quiet'] });
    const r = await cli(['quotes', '--db', otherDb, '--kind', 'direct']);
    assert.match(r.stdout, /“The text is ready,” he said, “but the maps are not\.”\n {4}in .*april\.txt\n {4}also reported in .*wire\.txt\n/);
    const ex = JSON.parse((await cli(['export', '--db', otherDb])).stdout) as { quotes: { id: string; sameAs: string[]; speaker: string | null; speakerText: string; evidence: { doc: string }[] }[] };
    const shared = ex.quotes.filter((q) => q.sameAs.length > 0);
    assert.equal(shared.length, 2);
    assert.deepEqual(shared[0]!.sameAs, [shared[1]!.id]);
    assert.equal(new Set(shared[0]!.evidence.map((e) => e.doc)).size, 2);
    // the wire never names Qatar's prime minister: the same statement elsewhere does
    assert.ok(shared.some((q) => q.speakerText === "Qatar's prime minister"));
    assert.ok(shared[0]!.speaker !== null && shared[0]!.speaker === shared[1]!.speaker);
  });

  it('refuses bad dates and kinds, and a missing store', async () => {
    assert.equal((await cli(['quotes', '--db', db, '--from', 'March'])).code, 2);
    assert.equal((await cli(['quotes', '--db', db, '--kind', 'quoted'])).code, 2);
    const missing = await cli(['quotes', '--db', path.join(dir, 'none.db')]);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /no such store/);
  });
});
