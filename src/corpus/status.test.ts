import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusLexicon, type StatusState } from '../stages/claims/index.js';
import { eventState, firstDay, statusAsOf, statusSpans, type Observation, type StatusSpan } from './status.js';

const lex = statusLexicon();

/** An observation of `state` on `when` in document `doc`. */
function obs(when: string, state: StatusState, doc = 'd1'): Observation {
  return { when, state, doc, evidence: { doc, start: 0, end: 4, text: 'text' }, via: 'claim' };
}

/** `from..to state` of each span. */
const show = (spans: readonly StatusSpan[]): string[] => spans.map((s) => `${s.from}..${s.to ?? ''} ${s.state}`);

describe('statusSpans', () => {
  it('one span per change of state, each ending where the next begins', () => {
    assert.deepEqual(show(statusSpans([obs('2023-11-22', 'agreed'), obs('2023-11-24', 'ceasefire_in_effect'), obs('2023-11-26', 'ceasefire_in_effect'), obs('2023-12-01', 'ceasefire_ended')], lex)),
      ['2023-11-22..2023-11-24 agreed', '2023-11-24..2023-12-01 ceasefire_in_effect', '2023-12-01.. ceasefire_ended']);
  });
  it('the state most documents report wins a day', () => {
    assert.deepEqual(show(statusSpans([obs('2024-02-02', 'talks', 'a'), obs('2024-02-02', 'talks', 'b'), obs('2024-02-02', 'proposal_pending', 'c')], lex)), ['2024-02-02.. talks']);
  });
  it('a tie goes to the later state of the lexicon rank', () => {
    assert.deepEqual(show(statusSpans([obs('2024-02-02', 'talks', 'a'), obs('2024-02-02', 'proposal_pending', 'b')], lex)), ['2024-02-02.. proposal_pending']);
  });
  it('talks during a truce do not end it; its end does', () => {
    assert.deepEqual(show(statusSpans([obs('2025-01-19', 'ceasefire_in_effect'), obs('2025-02-03', 'talks'), obs('2025-03-18', 'ceasefire_ended')], lex)),
      ['2025-01-19..2025-03-18 ceasefire_in_effect', '2025-03-18.. ceasefire_ended']);
  });
  it('a truce not reported for longer than its hold gives way', () => {
    assert.deepEqual(show(statusSpans([obs('2024-06-01', 'ceasefire_in_effect'), obs('2024-09-01', 'talks')], lex)), ['2024-06-01..2024-09-01 ceasefire_in_effect', '2024-09-01.. talks']);
  });
  it('a month counts only when no day of it is known', () => {
    assert.deepEqual(show(statusSpans([obs('2024-04', 'talks'), obs('2024-05', 'proposal_pending'), obs('2024-05-20', 'talks')], lex)), ['2024-04.. talks']);
  });
  it('lists the evidence of each document once first', () => {
    const [s] = statusSpans([obs('2024-02-02', 'talks', 'a'), obs('2024-02-03', 'talks', 'a'), obs('2024-02-04', 'talks', 'b')].map((o, i) => ({ ...o, evidence: { ...o.evidence, start: i * 10, end: i * 10 + 4 } })), lex);
    assert.deepEqual(s?.evidence.map((e) => e.doc), ['a', 'b', 'a']);
    assert.equal(s?.documents, 2);
  });
});

describe('statusAsOf', () => {
  const spans = statusSpans([obs('2023-11-22', 'agreed'), obs('2023-11-24', 'ceasefire_in_effect'), obs('2023-12-01', 'ceasefire_ended'), obs('2024-02-02', 'proposal_pending')], lex);
  it('the span in force that day', () => assert.equal(statusAsOf(spans, '2023-11-27')?.state, 'ceasefire_in_effect'));
  it('the first day of a span', () => assert.equal(statusAsOf(spans, '2023-12-01')?.state, 'ceasefire_ended'));
  it('after the last change', () => assert.equal(statusAsOf(spans, '2024-05-01')?.state, 'proposal_pending'));
  it('the day itself', () => assert.equal(statusAsOf(spans, '2024-02-02')?.state, 'proposal_pending'));
  it('nothing before the first report', () => assert.equal(statusAsOf(spans, '2023-11-01'), null));
  it('a month span from its first day', () => {
    const m = statusSpans([obs('2024-04', 'talks')], lex);
    assert.equal(statusAsOf(m, '2024-04-01')?.state, 'talks');
    assert.equal(firstDay('2024-04'), '2024-04-01');
  });
});

describe('eventState', () => {
  it('maps event types to states', () => {
    assert.deepEqual(['talks', 'proposal', 'agreement', 'ceasefire_start', 'ceasefire_end', 'release'].map((type) => eventState({ type, subtype: null })), ['talks', 'proposal_pending', 'agreed', 'ceasefire_in_effect', 'ceasefire_ended', null]);
    assert.equal(eventState({ type: 'agreement', subtype: 'in_principle' }), 'agreed_in_principle');
    // an agreement on one act (`the two sides agreed to take part in an aid initiative`) is no deal
    assert.equal(eventState({ type: 'agreement', subtype: null, scope: 'act' }), null);
    assert.equal(eventState({ type: 'agreement', subtype: null, scope: null }), 'agreed');
    // a store analysed before events carried a scope has only the rule id of an agreement on one act
    assert.equal(eventState({ type: 'agreement', subtype: null, rule: 'events/agreement/agreed-to-act' }), null);
    assert.equal(eventState({ type: 'agreement', subtype: null, rule: 'events/agreement/reached' }), 'agreed');
    // session 16: a deal the rule on one act read ("agreed on Monday to a ceasefire") says so
    assert.equal(eventState({ type: 'agreement', subtype: null, rule: 'events/agreement/agreed-to-act', scope: 'deal' }), 'agreed');
  });
});

describe('status from a labour dispute (whole pipeline)', () => {
  it('a tentative agreement and the details agreed with it are agreed in principle; talks that had broken down in a month are collapsed then; ratification is agreed', async () => {
    const { analyzedStore, runCli } = await import('../cli/testing.js');
    const { db } = await analyzedStore('parley-status-labour-', {
      'a.txt': 'published: 2024-06-14\n---\nThe Regional Nurses Union and the Northfield Hospital Group reached a tentative agreement on staffing on Thursday.\n\nThe two sides agreed to extend their current contract until July 31 while members vote.\n',
      'b.txt': 'published: 2024-06-14\n---\nNurses at Northfield hospitals stayed on the wards on Friday. Talks between the Regional Nurses Union and the Northfield Hospital Group had broken down in May over overtime rules.\n',
      'c.txt': 'published: 2024-07-20\n---\nMembers of the Regional Nurses Union voted on Friday to ratify the contract with the Northfield Hospital Group, the two sides said.\n',
    });
    const r = await runCli(['status', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const spans = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' '));
    assert.deepEqual(spans, ['2024-05 2024-06-13 collapsed', '2024-06-13 2024-07-19 agreed in principle', '2024-07-19 … agreed'], r.stdout);
  });
});

describe('status: a deal restated without a day of its own', () => {
  it('"The deal was struck after 14 hours of talks" after a tentative agreement of the night before is that deal, not a final one', async () => {
    const { analyzedStore, runCli } = await import('../cli/testing.js');
    const { db } = await analyzedStore('parley-status-restated-', {
      'a.txt': 'published: 2025-10-09\n---\nThe Rail Workers Union and the Regional Train Operators reached a tentative agreement on Wednesday night that averts a national strike, the union said.\n\nThe deal was struck after 14 hours of talks at the conciliation service, the union said.\n',
    });
    const r = await runCli(['status', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const spans = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' '));
    assert.deepEqual(spans, ['2025-10-08 … agreed in principle'], r.stdout);
  });
});

describe('status: an agreement on one act', () => {
  it('"205 captives were swapped in a deal brokered by the UAE" leaves the state as it was (the event says `scope: act`)', async () => {
    const { analyzedStore, runCli } = await import('../cli/testing.js');
    const { db } = await analyzedStore('parley-status-act-', {
      'a.txt': 'published: 2025-05-20\n---\nDelegations from Russia and Ukraine met for talks in Istanbul on May 2. The two sides exchanged prisoners on May 6, when 205 captives were swapped in a deal brokered by the United Arab Emirates.\n',
    });
    const r = await runCli(['status', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const spans = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' '));
    assert.deepEqual(spans, ['2025-05-02 … talks'], r.stdout);
  });
});
