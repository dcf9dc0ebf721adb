/**
 * @module cli/commands/doc.test — `parley doc` on a store analyzed from our own articles.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzedStore, runCli, type CliResult } from '../testing.js';

/** In-process pipeline, as before the size rule existed. */
const ENV = { PARLEY_WORKERS: '0' };
import { markCitations } from './doc.js';

const cli = (args: string[]): Promise<CliResult> => runCli(args, { env: ENV });

const SPUN = `title: Envoys near a deal
---
Envoys were very close to a historic agreement this week as mediators pushed for a final text (Reuters +9 | Orvan Times | Wikipedia).

The framework covers prisoners and aid corridors over several years, a senior Qatari official told Al Jazeera on Monday.
`;

const CLEAN = `AMMAN, May 2 (Reuters) - Jordan said on Thursday that the border crossing would reopen next week, a government spokesman told reporters.

"The crossing will reopen on Monday," spokesman Omar Haddad said, adding that inspections would be faster.
`;

describe('parley doc', () => {
  let db = '';
  before(async () => {
    ({ db } = await analyzedStore('parley-doc-', { 'spun.txt': SPUN, 'clean.txt': CLEAN }, { env: ENV, args: ['--quiet'] }));
  });

  it('shows the article with its citations marked, the sources and the score explained', async () => {
    const r = await cli(['doc', '--db', db, 'spun.txt']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /title: {5}Envoys near a deal/);
    assert.match(r.stdout, /published: .* by /);
    assert.match(r.stdout, /\(⟦Reuters⟧ \+9 \| ⟦Orvan Times⟧ \| ⟦Wikipedia⟧\)/);
    assert.match(r.stdout, /Orvan Times +outlet +UNKNOWN/);
    assert.match(r.stdout, /Reuters +agency +known/);
    assert.match(r.stdout, /a senior Qatari official +anonymous +unnamed/);
    assert.match(r.stdout, /citation_spam +−0\.\d+ +\(weight 0\.45 × strength/);
    assert.match(r.stdout, /unknown_outlet/);
    assert.match(r.stdout, /score = 1 − [\d.]+ citation_spam − [\d.]+ unknown_outlet.* = 0\.\d\d/);
  });

  it('finds a document by id prefix and shows a clean one with no signal', async () => {
    const exported = JSON.parse((await cli(['export', '--db', db])).stdout) as { documents: { id: string; source: string }[] };
    const clean = exported.documents.find((d) => d.source.endsWith('clean.txt'))!;
    const r = await cli(['doc', '--db', db, clean.id.slice(0, 8)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /AMMAN, May 2 \(⟦Reuters⟧\)/);
    assert.match(r.stdout, /── credibility: 1\.00 ──/);
    assert.match(r.stdout, /score = 1 = 1\.00/);
  });

  it('refuses an id that names no document, with exit 2', async () => {
    const r = await cli(['doc', '--db', db, 'd_ffffffffffff']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /USAGE: d_ffffffffffff: .*no stored document/);
    assert.equal((await cli(['doc', '--db', db])).code, 2);
  });

  it('marks citation spans in text', () => {
    assert.equal(markCitations('told AP and CNN.', [{ start: 12, end: 15 }, { start: 5, end: 7 }]), 'told ⟦AP⟧ and ⟦CNN⟧.');
  });
});
