import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, expectClaims, layer } from './testing.js';
import type { StatusClaimValue } from './types.js';

describe('status claims: talks going on', () => {
  it('resumed', () => expectClaims('Ceasefire talks resumed in Doha on Sunday.', ['talks']));
  it('continued', () => expectClaims('Negotiations continued late into the night in Cairo.', ['talks']));
  it('ongoing', () => expectClaims('The talks are ongoing, a diplomat said.', ['talks']));
  it('held talks', () => expectClaims('Delegations from both sides held indirect talks in the Qatari capital.', ['talks']));
  it('a new round', () => expectClaims('A new round of negotiations opened in Cairo on Monday.', ['talks']));
  it('negotiators met', () => expectClaims('Negotiators met in Paris to narrow the gaps.', ['talks']));
  it('envoys in a venue', () => expectClaims('The envoys are in Doha this week.', ['talks']));
  it('progress reported', () => expectClaims('Mediators reported progress on the prisoner lists.', ['talks']));
  it('planned', () => expectClaims('Mediators are expected to resume the talks next week.', ['talks@planned']));
});

describe('status claims: stalled and collapsed', () => {
  it('stalled', () => expectClaims('The talks have stalled over the sequencing of releases.', ['stalled']));
  it('deadlocked', () => expectClaims('The negotiations remain deadlocked over the withdrawal map.', ['stalled']));
  it('an impasse', () => expectClaims('The process has reached an impasse, two officials said.', ['stalled']));
  it('near collapse is in crisis, not broken off', () => expectClaims('Talks between the army and the rebels are nearing collapse, mediators said.', ['stalled']));
  it('on the brink of collapse', () => expectClaims('The negotiations were on the brink of collapse on Tuesday.', ['stalled']));
  it('closer than ever to a deal', () => expectClaims('The negotiators are closer than ever to a final deal, a diplomat said.', ['near_deal']));
  it('a standstill', () => expectClaims('Mediators admitted the negotiations were at a standstill.', ['stalled']));
  it('a snag', () => expectClaims('The talks hit a snag on Thursday.', ['stalled']));
  it('a deadlock in', () => expectClaims('There is a deadlock in the ceasefire negotiations.', ['stalled']));
  it('at zero', () => expectClaims('One negotiator said the negotiations are at zero.', ['stalled']));
  it('a past perfect', () => expectClaims('By then the talks had stalled.', ['stalled@past']));
  it('collapsed', () => expectClaims('The talks collapsed on Friday after a dispute over prisoner lists.', ['collapsed']));
  it('broke down', () => expectClaims('Negotiations broke down in the early hours.', ['collapsed']));
  it('broke off, the parties between noun and verb', () => expectClaims('Negotiations between the union and the port operators broke off on Tuesday.', ['collapsed']));
  it('walked out', () => expectClaims('The delegation walked out of the talks.', ['collapsed']));
  it('suspended its participation in the talks', () => expectClaims('The union suspended its participation in the talks on Friday.', ['collapsed']));
  it('a party quits an agreement', () => expectClaims('The government said it was halting its participation in the shipping initiative.', ['collapsed']));
  it('pulled out of the accord', () => expectClaims('The rebels pulled out of the accord after the shelling.', ['collapsed']));
  it('called off', () => expectClaims('The negotiations were called off after the strike.', ['collapsed']));
  it('not collapsed', () => expectClaims('The talks have not collapsed, a mediator insisted.', ['collapsed-']));
});

describe('status claims: near a deal, pending, agreed', () => {
  it('close to a deal', () => expectClaims('Diplomats said the sides were close to a deal.', ['near_deal']));
  it('close to reaching', () => expectClaims('Both sides are close to reaching a ceasefire agreement.', ['near_deal']));
  it('within reach', () => expectClaims('An official said a deal was within reach.', ['near_deal']));
  it('on the verge', () => expectClaims('The parties are on the verge of a truce.', ['near_deal']));
  it('closest in months', () => expectClaims('A diplomat called the round the closest in months.', ['near_deal']));
  it('closest the sides have been', () => expectClaims('It was the closest the two sides have been in months.', ['near_deal']));
  it('imminent', () => expectClaims('Mediators say the agreement is imminent.', ['near_deal']));
  it('yet to respond', () => expectClaims('The group has yet to respond to the offer.', ['proposal_pending']));
  it('awaiting a reply', () => expectClaims("Israel is awaiting the group's reply.", ['proposal_pending']));
  it('studying a proposal', () => expectClaims('The group is studying the new proposal.', ['proposal_pending']));
  it('in principle', () => expectClaims('Both sides agreed in principle to a phased exchange.', ['agreed_in_principle']));
  it('tentative agreement', () => expectClaims('A tentative agreement was reached early on Saturday.', ['agreed_in_principle']));
  it('reached a tentative agreement (active): in principle, pending ratification', () => expectClaims('The nurses\' union and the hospital group reached a tentative agreement on staffing on Friday.', ['agreed_in_principle']));
  it('struck a preliminary deal', () => expectClaims('The carriers struck a preliminary wage deal with the pilots.', ['agreed_in_principle']));
  it('deal reached', () => expectClaims('A ceasefire deal was reached on Wednesday.', ['agreed']));
  it('"no deal had yet been finalized": denied', () => expectClaims('The office said that no deal had yet been finalized with Hamas.', ['agreed-']));
  it('signed', () => expectClaims('The two governments signed the agreement in Doha.', ['agreed']));
  it('agreed to a truce', () => expectClaims('The two sides agreed to a four-day truce.', ['agreed']));
  it('backshifted past perfect', () => expectClaims('Qatar said the two sides had agreed to extend the truce.', ['agreed']));
  it('no deal', () => expectClaims('There is still no deal, a Qatari official said.', ['agreed-']));
  it('no agreement reached', () => expectClaims('No agreement has been reached, the spokesman said.', ['agreed-']));
  it('failed to reach', () => expectClaims('The delegations failed to reach a ceasefire agreement.', ['agreed-']));
});

describe('status claims: the ceasefire', () => {
  it('took effect', () => expectClaims('The ceasefire took effect at 7 a.m.', ['ceasefire_in_effect']));
  it('holding', () => expectClaims('The truce is holding despite sporadic violations.', ['ceasefire_in_effect']));
  it('extended', () => expectClaims('The truce was extended by two days.', ['ceasefire_in_effect']));
  it('the nth day', () => expectClaims('It was the third day of the truce.', ['ceasefire_in_effect']));
  it('collapsed', () => expectClaims('The ceasefire collapsed on Tuesday.', ['ceasefire_ended']));
  it('expired', () => expectClaims('The truce expired at dawn.', ['ceasefire_ended']));
  it('lasted until', () => expectClaims('The truce began on a Friday and lasted until the next Friday.', ['ceasefire_ended', 'ceasefire_in_effect']));
});

describe('status claims: dating a past perfect', () => {
  it('"in May" is the month, not the modal "may"', () => expectClaims('Talks with the hospital group had broken down in May over overtime rules.', ['collapsed@past']));
  it('the modal "may" after a claim still makes it a possibility', () => expectClaims('The collapse of the talks may deepen the crisis.', []));
  it('a past perfect with a date of its own sentence takes that date (the talks broke down then)', () => {
    const c = layer<StatusClaimValue>(analyze('Talks with the rail operator had broken down in March over overtime rules.', '2024-05-10'), 'status-claim');
    assert.deepEqual(c.map((x) => [x.value.state, x.value.time, x.value.date?.value]), [['collapsed', 'dated', '2024-03']]);
  });
  it('a past perfect without a date of its own stays undated', () => {
    const c = layer<StatusClaimValue>(analyze('By then the talks with the rail operator had broken down.', '2024-05-10'), 'status-claim');
    assert.deepEqual(c.map((x) => [x.value.state, x.value.time, x.value.date?.value ?? null]), [['collapsed', 'past', null]]);
  });
});

describe('status claims: a sentence set in an earlier year', () => {
  it('"In 2023, the union reached a deal …" is no report of the article\'s day', () => {
    const c = layer<StatusClaimValue>(analyze('In 2023, the union reached a deal with the province after nine months of talks.', '2025-11-21'), 'status-claim');
    assert.ok(c.length > 0);
    assert.deepEqual(c.map((x) => [x.value.time, x.value.date?.value ?? null]), c.map(() => ['past', null]));
  });
  it('"since 2023" only bounds the claim: the talks are still stalled today', () => {
    const c = layer<StatusClaimValue>(analyze('The talks have stalled since 2023, a mediator said.', '2025-11-21'), 'status-claim');
    assert.deepEqual(c.map((x) => [x.value.state, x.value.date?.value ?? null]), [['stalled', '2025-11-21']]);
  });
});

describe('status claims: session 13, a second reported clause', () => {
  it('"glad to have struck a fair deal and that flights would restart by Thursday": the deal is not dated by the restart', () => {
    const c = layer<StatusClaimValue>(analyze('Pilots ended their walkout. The airline said it was glad to have struck a fair deal with the union and that all flights would restart by Thursday.', '2025-07-08'), 'status-claim');
    assert.ok(c.length > 0);
    assert.ok(c.every((x) => x.value.date?.value !== '2025-07-10'), JSON.stringify(c.map((x) => [x.value.state, x.value.date?.value])));
  });
});

describe('status claims: session 13, an agreement in principle on one element', () => {
  it('"agreed in principle on a customs post but were still split over tariffs" is no agreement in principle on the deal', () => expectClaims('The envoy said both sides had agreed in principle on a shared customs post but were still split over tariffs.', []));
  it('"agreed in principle on a ceasefire" still is', () => expectClaims('The envoy said both sides had agreed in principle on a ceasefire.', ['agreed_in_principle']));
  it('"agreed in principle on a swap while remaining divided over the withdrawal" is no agreement in principle on the deal', () => expectClaims('Both sides agreed in principle on a prisoner exchange on Thursday while remaining divided over the withdrawal.', []));
});

describe('status claims: session 14, agreed in principle to an element or to the deal', () => {
  it('"agreed in principle to a prisoner swap but disagreed over the numbers" is no agreement in principle on the deal', () => expectClaims('Israel and Hamas agreed in principle to a prisoner swap but disagreed over the number of prisoners to be freed.', []));
  it('"agreed in principle to a ceasefire but remain divided over its timing" is the deal in principle', () => expectClaims('Israel and Hamas agreed in principle to a ceasefire but remain divided over its timing.', ['agreed_in_principle']));
  it('"agreed in principle on a six-week truce but were split over the withdrawal" is the deal in principle', () => expectClaims('The envoy said both sides had agreed in principle on a six-week truce but were split over the withdrawal.', ['agreed_in_principle']));
});

describe('status claims: session 15, talks a host offers', () => {
  it('"Turkey has offered to host a new round of direct talks" is no talks state', () => expectClaims('Turkey has offered to host a new round of direct talks in Istanbul next month.', []));
  it('"proposed to hold talks in Cairo" is no talks state', () => expectClaims('Egypt proposed to hold talks in Cairo next week.', []));
  it('"Turkey hosted a new round of direct talks" still is', () => expectClaims('Turkey hosted a new round of direct talks in Istanbul on Monday.', ['talks']));
});
