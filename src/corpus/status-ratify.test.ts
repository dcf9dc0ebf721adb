/** Session 16: states the status timeline missed on invented probe articles (a deal accepted by a party's members, a deal agreed to). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** `from state` of the spans `parley status` prints for `files`. */
async function spansOf(prefix: string, files: Record<string, string>): Promise<string[]> {
  const { analyzedStore, runCli } = await import('../cli/testing.js');
  const { db } = await analyzedStore(prefix, files);
  const r = await runCli(['status', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/)).map((p) => `${p[0]} ${p[2]}`);
}

describe('status: session 16', () => {
  it('"Union members approved the deal" after a tentative agreement: agreed from that day', async () => {
    const spans = await spansOf('parley-status-members-', {
      'a.txt': 'published: 2025-11-14\n---\nThe Amalgamated Transit Union reached a tentative agreement with Metro Rail on Monday, ending a week of talks.\n\nUnion members approved the deal on Thursday, the union said.\n',
    });
    assert.deepEqual(spans, ['2025-11-10 agreed in principle', '2025-11-13 agreed']);
  });
  it('an acceptance of a proposal, or of a deal with no agreement in principle before it, is no agreement', async () => {
    const spans = await spansOf('parley-status-accept-', {
      'a.txt': 'published: 2025-11-14\n---\nThe Amalgamated Transit Union rejected an offer from Metro Rail on Monday, and talks went on.\n\nThe union accepted the deal on Thursday, a spokesman said.\n',
    });
    assert.ok(!spans.some((s) => s.endsWith(' agreed')), spans.join('; '));
  });
  it('"X and Y agreed on Monday to a ten-day truce": the deal agreed, not one act', async () => {
    const spans = await spansOf('parley-status-agreed-to-', {
      'a.txt': 'published: 2025-09-03\n---\nTruce talks went on in Jeddah.\n\nThe Sudanese army and the Rapid Support Forces agreed on Monday to a ten-day truce, mediators said.\n',
    });
    assert.deepEqual(spans.at(-1), '2025-09-01 agreed');
  });
});

describe('status: an acceptance by no party of the track (review, session 16)', () => {
  it('"Commuter groups backed the deal on Thursday" after a tentative agreement: still agreed in principle', async () => {
    const spans = await spansOf('parley-status-commuters-', {
      'a.txt': 'published: 2025-03-14\n---\nThe Amalgamated Transit Union and Metrolink reached a tentative agreement on Sunday, ending a week of talks.\n\nCommuter groups backed the deal on Thursday, saying service would return.\n',
    });
    assert.ok(!spans.some((s) => s.endsWith(' agreed')), spans.join('; '));
  });
});
