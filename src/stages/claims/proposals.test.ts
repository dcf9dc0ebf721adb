import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../../config.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { OriginIndex, proposalMentions, sameProposal } from './05-proposals.js';
import { proposalLexicon } from './lexicon.js';
import { analyze, layer } from './testing.js';
import type { ProposalClaimValue } from './types.js';

const origins = new OriginIndex(loadKnowledgeBase(undefined, DEFAULTS.kbDirs));

/** `label` of each proposal mention of a one-sentence text (no entities), `~` for anaphors. */
function mentions(text: string): string[] {
  return proposalMentions({ text, sentences: [{ start: 0, end: text.length }], mentions: [] }, proposalLexicon(), origins).map((m) => (m.named ? m.label : `~${m.label}`));
}

function proposals(text: string, published = '2024-04-28'): ProposalClaimValue[] {
  return layer<ProposalClaimValue>(analyze(text, published), 'proposal-claim').map((p) => p.value);
}

describe('proposal mentions', () => {
  it('phases', () => assert.deepEqual(mentions('Mediators discussed the three-phase plan.'), ['three-phase plan']));
  it('a duration and a kind', () => assert.deepEqual(mentions('They back a 60-day ceasefire framework.'), ['60-day ceasefire framework']));
  it('an origin', () => assert.deepEqual(mentions('The Egyptian framework was discussed.'), ['Egyptian framework']));
  it('a compound origin', () => assert.deepEqual(mentions('Hamas proposed changes to a U.S.-backed plan.'), ['U.S.-backed plan']));
  it('bridging', () => assert.deepEqual(mentions('Washington tabled a bridging proposal.'), ['bridging proposal']));
  it('terms for a ceasefire of a set length', () => assert.deepEqual(mentions('Negotiators worked on terms for a 60-day ceasefire.'), ['60-day ceasefire']));
  it('an anaphor', () => assert.deepEqual(mentions('The group is studying the robust proposal.'), ['~proposal']));
  it('a country before a verb is no origin', () => assert.deepEqual(mentions('Israel plans to send a delegation.'), []));
});

describe('sameProposal', () => {
  const p = (label: string, phases: number | null, days: number | null, origin: string | null, date: string | null = null) => ({ label, features: { phases, days, origin, bridging: false }, date });
  it('shares the phase count', () => assert.ok(sameProposal(p('three-phase plan', 3, null, null), p('three-phase proposal', 3, null, 'United States'))));
  it('differs in the phase count', () => assert.ok(!sameProposal(p('two-phase plan', 2, null, null), p('three-phase plan', 3, null, null))));
  it('differs in origin', () => assert.ok(!sameProposal(p('Egyptian framework', null, null, 'Egypt'), p('Qatari framework', null, null, 'Qatar'))));
  it('too far apart in time', () => assert.ok(!sameProposal(p('three-phase plan', 3, null, null, '2024-05-31'), p('three-phase plan', 3, null, null, '2025-01-15'))));
  it('nothing shared across articles, but compatible inside one', () => {
    assert.ok(!sameProposal(p('plan', null, null, null), p('three-phase plan', 3, null, null)));
    assert.ok(sameProposal(p("Joe Biden's proposal", null, null, 'Joe Biden'), p('three-phase plan', 3, null, null), true));
  });
});

describe('proposals of an article', () => {
  it('proposer, terms and stances', () => {
    const [f] = proposals('Egypt put forward a new framework on Monday. The framework calls for the release of up to 33 hostages in exchange for a halt in the fighting. Hamas has yet to respond to the framework.');
    assert.equal(f?.label, 'Egyptian framework');
    assert.deepEqual(f?.proposer.map((x) => x.name), ['Egypt']);
    assert.equal(f?.date?.value, '2024-04-22');
    assert.deepEqual(f?.terms.map((t) => [t.kind, t.value, t.unit, t.qualifier]), [['count', 33, 'hostages', 'at_most'], ['condition', null, 'halt_in_fighting', null]]);
    assert.deepEqual(f?.stances.map((s) => [s.party.name, s.stance]), [['Hamas', 'pending']]);
  });
  it('phases and the terms of each phase', () => {
    const [f] = proposals('Officials described a two-stage framework. The first stage would see a pause in the fighting in exchange for the release of 40 hostages.\n\nIn the second stage, the parties would agree on a 30-day period of talks.');
    assert.equal(f?.label, 'two-stage framework');
    const phase = (n: number): string[] => f!.terms.filter((t) => t.phase === n && t.kind !== 'phase').map((t) => `${t.kind}:${t.unit}`);
    assert.deepEqual(phase(1), ['condition:halt_in_fighting', 'condition:prisoner_exchange', 'count:hostages']);
    assert.deepEqual(phase(2), ['duration:days']);
  });
  it('a stance urged on a party is no stance', () => {
    const [f] = proposals('The three-phase plan was set out last week. Blinken urged Hamas to accept the plan.');
    assert.deepEqual(f?.stances, []);
  });
  it('a speaker who reports what others do is not the party', () => {
    const [f] = proposals('Qatar presented a bridging proposal on Sunday. Spokesman Majed al-Ansari said earlier that the mediators were studying the proposal.');
    assert.deepEqual(f?.stances, []);
  });
  it('accepting "a ceasefire proposal" is a stance (the proposal is no deal already reached), and both proposers of a pair are kept', () => {
    const [f] = proposals('Hamas said on Monday that it had accepted a ceasefire proposal put forward by Egypt and Qatar.', '2024-05-08');
    assert.deepEqual(f?.proposer.map((x) => x.name), ['Egypt', 'Qatar']);
    assert.deepEqual(f?.stances.map((s) => [s.party.name, s.stance]), [['Hamas', 'accept']]);
  });
  it('welcoming a deal already reached is no stance on a proposal', () => {
    const found = proposals('Egypt presented a proposal on Sunday. Hamas welcomed the ceasefire deal reached on Monday.', '2024-05-08');
    assert.deepEqual(found.flatMap((f) => f.stances), []);
  });
  it('a rejection', () => {
    const [f] = proposals('Qatar presented a bridging proposal on Sunday. Hamas rejected the proposal on Monday.');
    assert.deepEqual(f?.stances.map((s) => [s.party.name, s.stance]), [['Hamas', 'reject']]);
  });
});

describe('proposal terms come from the sentences that describe the proposal', () => {
  const kinds = (f: ProposalClaimValue | undefined): string[] => (f?.terms ?? []).map((t) => `${t.kind}:${t.text}`);
  it('a party\'s statement after the plan ("Netanyahu said Israel would keep fighting until all hostages …") adds no term', () => {
    const [f] = proposals('Mediators presented a three-phase plan on Monday. It calls for a six-week ceasefire. Netanyahu said Israel would keep fighting until all hostages were home.');
    assert.deepEqual(kinds(f), ['phase:three-phase', 'duration:six-week']);
  });
  it('a sentence on something else ends the description: a later "will" is not the plan\'s', () => {
    const [f] = proposals('Egypt presented a three-phase plan on Monday. Fighting raged in Rafah overnight. Israel will release 50 prisoners next week.');
    assert.deepEqual(kinds(f), ['phase:three-phase']);
  });
});

describe('terms that belong to something else', () => {
  const kinds = (f: ProposalClaimValue | undefined): string[] => (f?.terms ?? []).map((t) => `${t.kind}:${t.text}`);
  it('"two days of talks" is no duration term, and "builds on a three-phase plan" gives the bridging proposal no phase count', () => {
    const found = proposals('Qatar presented a bridging proposal on Friday at the end of two days of talks in Doha. The proposal builds on a three-phase plan outlined by Joe Biden in May.', '2024-08-16');
    const bridging = found.find((p) => p.label.includes('bridging'));
    assert.deepEqual(kinds(bridging), []);
    assert.deepEqual(kinds(found.find((p) => p.label.includes('three-phase'))), ['phase:three-phase']);
  });
});

describe('proposers listed as subjects', () => {
  it('"The United States, Egypt and Qatar presented a bridging proposal": all three propose', () => {
    const [f] = proposals('The United States, Egypt and Qatar presented a bridging proposal to Israel and Hamas on Friday.', '2024-08-16');
    assert.deepEqual(f?.proposer.map((x) => x.name).sort(), ['Egypt', 'Qatar', 'United States']);
  });
  it('"Egypt and Qatar tabled a new proposal": both', () => {
    const [f] = proposals('Egypt and Qatar tabled a new proposal on Friday.', '2024-08-16');
    assert.deepEqual(f?.proposer.map((x) => x.name).sort(), ['Egypt', 'Qatar']);
  });
});

describe('a proposal named as the ground of another', () => {
  it('"The proposal builds on a three-phase plan": a later "the new proposal" and its stances stay with the bridging proposal', () => {
    const found = proposals('Qatar presented a bridging proposal on Friday. The proposal builds on a three-phase plan outlined by Joe Biden in May. Hamas rejected the new proposal on Saturday.', '2024-08-18');
    const stances = (label: string): string[] => (found.find((p) => p.label.includes(label))?.stances ?? []).map((s) => `${s.party.name}:${s.stance}`);
    assert.deepEqual([stances('bridging'), stances('three-phase')], [['Hamas:reject'], []]);
  });
});

describe('a deadline is no proposal date', () => {
  it('"hoped to present a bridging proposal by Friday": dated by the article, not by the Friday', () => {
    const [f] = proposals('U.S. officials said on Thursday they hoped to present a bridging proposal by Friday.', '2024-08-15');
    assert.equal(f?.date?.value, '2024-08-15');
  });
});

describe('labour offers and demands with a figure', () => {
  it('an offer named by its percentage', () => assert.deepEqual(mentions('The hospital group said it had offered a pay rise of about 12 percent over three years.'), ['pay rise of about 12 percent']));
  it('a demand named by its percentage', () => assert.deepEqual(mentions('The nurses wanted a 30 percent raise and limits on overtime.'), ['30 percent raise']));
  it('an offer noun with its figure', () => assert.deepEqual(mentions('The carriers said their latest offer of a 4 percent pay rise was final.'), ['4 percent pay rise']));
  it('a figure that is not put forward is no offer', () => assert.deepEqual(mentions('Prices rose by 3 percent in March.'), []));
  it('two offers of one article with different figures stay apart, with their parties and terms', () => {
    const ps = proposals('The Regional Nurses Union wanted a 30 percent raise over four years and a ban on automated scheduling. The Northfield Hospital Group said it had offered an increase of 14 percent.', '2024-04-28');
    assert.deepEqual(ps.map((p) => [p.label, p.proposer.map((x) => x.name)]), [['30 percent raise', ['Regional Nurses Union']], ['increase of 14 percent', ['Northfield Hospital Group']]]);
    assert.deepEqual(ps[0]!.terms.map((t) => [t.kind, t.unit, t.value]), [['other', 'percent', 30], ['duration', 'days', 1460], ['condition', 'automation_limits', null]]);
  });
});

describe('proposals: session 13, a relative clause with its own subject', () => {
  it('"Acme had offered a 4% rise in March, which the workers rejected": Acme is not the one who rejected', () => {
    const found = proposals('Talks between Acme Corp and the workers stalled this week. Acme Corp had offered a 4% rise in March, which the workers rejected.', '2025-05-12');
    assert.deepEqual(found.flatMap((f) => f.stances).filter((s) => s.stance === 'reject').map((s) => s.party.name), []);
  });
  it('"Sudan\'s army rejected the truce plan from Egypt": "from" after the object names the proposer, not who answered', () => {
    const found = proposals("Talks between the two rival generals stalled in Jeddah. Earlier this month Sudan's army rejected the truce plan from Egypt.", '2025-05-14');
    assert.deepEqual(found.flatMap((f) => f.stances).map((s) => [s.party.name, s.stance]), [['Sudanese Armed Forces', 'reject']]);
  });
});

describe('session 16: terms and stances go to the proposal the sentence names', () => {
  it('"Kenya unveiled a new roadmap …, replacing the framework that Ethiopia drafted in June. … The June framework had proposed a 90-day truce in its first phase": the framework\'s terms and stance are its own', () => {
    const text = 'New Kenyan roadmap replaces June framework in Sudan talks\n\nKenya unveiled a new roadmap to the Sudanese army and the Rapid Support Forces on Monday, replacing the framework that Ethiopia drafted in June.\n\nThe Kenyan roadmap calls for a 60-day ceasefire and the release of 200 detainees.\n\nThe June framework had proposed a 90-day truce in its first phase.\n\nTalks in Jeddah had collapsed after the army rejected the June framework.\n';
    const found = proposals(text, '2025-09-03');
    const terms = (label: RegExp) => found.filter((f) => label.test(f.label)).flatMap((f) => f.terms.map((t) => t.text));
    assert.deepEqual(terms(/roadmap/).sort(), ['200 detainees', '60-day']);
    assert.deepEqual(terms(/framework/).sort(), ['90-day', 'first phase.']);
    assert.deepEqual(found.filter((f) => /framework/.test(f.label)).flatMap((f) => f.stances.map((s) => s.stance)), ['reject']);
  });
});
