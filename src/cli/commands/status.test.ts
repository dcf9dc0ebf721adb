/**
 * @module cli/commands/status.test — `parley status`, `parley conflicts` and the view formats
 * of `parley export` on a store analyzed from small original articles.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzedStore, runCli, type CliResult } from '../testing.js';

/** In-process pipeline, as before the size rule existed. */
const ENV = { PARLEY_WORKERS: '0' };
import { parseAsOf } from './status.js';

const cli = (args: string[]): Promise<CliResult> => runCli(args, { env: ENV });

const ARTICLES: Record<string, string> = {
  'truce.txt': 'title: Truce takes hold\npublished: 2023-11-24\n---\nA four-day truce between Israel and Hamas took effect on Friday morning, mediators said.\n',
  'ended.txt': 'title: Truce ends\npublished: 2023-12-01\n---\nThe truce between Israel and Hamas ended on Friday and fighting resumed across the territory.\n',
  'talks.txt': 'title: Talks resume\npublished: 2024-02-02\n---\nNegotiators met in Cairo on Friday. Hamas has yet to respond to the latest offer from Israel.\n',
  'grain.txt': 'title: Grain deal signed\npublished: 2022-07-22\n---\nRussia and Ukraine signed a deal on Friday to reopen three Black Sea ports. Russia said the deal would hold.\n',
  'spun.txt': 'title: Spun copy\npublished: 2024-03-05\n---\nA mediator said the talks were nearing an impasse and called the round the closest in months.\n',
};

let db = '';
before(async () => {
  ({ db } = await analyzedStore('parley-status-', ARTICLES, { env: ENV }));
});

/** The timeline lines of `parley status` output, `from | to | state`, under their `== negotiation` headings. */
const timeline = (stdout: string): string[] => stdout.split('\n').filter((l) => /^(\d|==)/.test(l)).map((l) => (l.startsWith('==') ? l.replace(/ \(\d+ document\(s\)\)$/, '') : l.split(/\s{2,}/).slice(0, 3).join(' | ')));

describe('parley status', () => {
  it('the state of each negotiation on a day, with the evidence and its document', async () => {
    const r = await cli(['status', '--db', db, '--as-of', '2023-11-27']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^As of 2023-11-27:\n/);
    assert.match(r.stdout, /\n(Hamas – Israel|Israel – Hamas): ceasefire in effect \(2023-11-24 to 2023-12-01\)/);
    assert.match(r.stdout, /took effect on Friday morning.*— Truce takes hold \(2023-11-24\)/);
    assert.match(r.stdout, /\n(Ukraine – Russia|Russia – Ukraine): agreed \(since 2022-07-22\)/);
  });
  it('one timeline per negotiation, documents that name no party last', async () => {
    const r = await cli(['status', '--db', db]);
    const lines = timeline(r.stdout).map((l) => l.replace('Israel – Hamas', 'Hamas – Israel').replace('Russia – Ukraine', 'Ukraine – Russia'));
    assert.deepEqual(lines, [
      '== Hamas – Israel', '2023-11-24 | 2023-12-01 | ceasefire in effect', '2023-12-01 | 2024-02-02 | ceasefire ended', '2024-02-02 | … | proposal pending',
      '== Ukraine – Russia', '2022-07-22 | … | agreed',
      '== Reports that name no party', '2024-03-05 | … | talks',
    ], r.stdout);
  });
  it('--negotiation keeps the negotiations a party name matches', async () => {
    const r = await cli(['status', '--db', db, '--negotiation', 'ukraine']);
    assert.deepEqual(timeline(r.stdout).slice(1), ['2022-07-22 | … | agreed']);
    assert.match((await cli(['status', '--db', db, '--negotiation', 'Atlantis'])).stdout, /No negotiation matches "Atlantis"/);
    const json = JSON.parse((await cli(['status', '--db', db, '--negotiation', 'hamas', '--as-of', '2023-12-05', '--json'])).stdout) as { negotiation: { label: string }; span: { state: string } }[];
    assert.deepEqual(json.map((x) => x.span.state), ['ceasefire_ended']);
  });
  it('before the first report', async () => {
    assert.match((await cli(['status', '--db', db, '--as-of', '2020-01-01'])).stdout, /no known state \(the first dated report is of 2023-11-24\)/);
  });
  it('refuses a day that is not one', async () => {
    assert.throws(() => parseAsOf('2024-02-30'), /USAGE: --as-of/);
    assert.equal((await cli(['status', '--db', db, '--as-of', 'yesterday'])).code, 2);
  });
});

describe('parley conflicts', () => {
  it('lists the internal contradiction with both sides', async () => {
    const r = await cli(['conflicts', '--db', db, '--kind', 'internal']);
    assert.match(r.stdout, /^\[internal\] /);
    assert.match(r.stdout, /“nearing an impasse” \[stalled\] — Spun copy \(2024-03-05\)/);
    assert.match(r.stdout, /“the closest in months” \[near deal\]/);
  });
  it('says when a kind has none', async () => {
    assert.equal((await cli(['conflicts', '--db', db, '--kind', 'attribution'])).stdout, 'No attribution conflicts found.\n');
  });
});

describe('parley export views', () => {
  it('timelinejs', async () => {
    const r = await cli(['export', '--db', db, '--format', 'timelinejs']);
    const tl = JSON.parse(r.stdout) as { events: { group: string }[]; eras: unknown[] };
    assert.ok(tl.events.some((e) => e.group === 'status'));
    assert.equal(tl.eras.length, 5);
  });
  it('markdown', async () => {
    const r = await cli(['export', '--db', db, '--format', 'markdown']);
    assert.match(r.stdout, /^# Negotiation briefing/);
    assert.match(r.stdout, /## Conflicts\n\n- \*\*internal\*\*/);
  });
  it('refuses an unknown format', async () => {
    assert.equal((await cli(['export', '--db', db, '--format', 'pdf'])).code, 2);
  });
});
