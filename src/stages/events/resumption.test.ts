/**
 * Talks refused, resumed and sent for, as a report on a war's mediation writes them (session 16,
 * from an invented Sudan probe article): each sentence is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClaims } from '../claims/testing.js';
import { expectEvents, findEventsIn } from './testing.js';

const CONTEXT = 'Mediators have pushed for negotiations and a truce for months. ';

describe('events: two parties named at length agree to an act (agreement/agreed-to-act)', () => {
  it('"The army and the paramilitary Rapid Support Forces have agreed to send delegations back to Jeddah next week"', () =>
    expectEvents(`${CONTEXT}The army and the paramilitary Rapid Support Forces have agreed to send delegations back to Jeddah next week.`, '2025-03-04', [
      ['talks', 'hypothetical', null, null],
      ['agreement', 'asserted', '2025-03', null, ['Rapid Support Forces']],
      ['visit', 'planned', '2025-W11', null, ['Rapid Support Forces']],
    ]));
});

describe('events: delegations sent without a determiner (visit/send)', () => {
  it('"agreed to send delegations to Istanbul next week": the trip is planned for next week', () =>
    expectEvents('Russia and Ukraine agreed to send delegations to Istanbul next week for prisoner talks.', '2025-03-04', [
      ['agreement', 'asserted', '2025-03', null, ['Russia', 'Ukraine']],
      ['visit', 'planned', '2025-W11', null, ['Russia', 'Ukraine']],
      ['talks', 'planned', '2025-W11', null],
    ]));
  it('"sent teams home" goes nowhere the talks are', () =>
    expectEvents(`${CONTEXT}The two sides sent teams home on Friday.`, '2025-03-04', [['talks', 'hypothetical', null, null]]));
});

describe('events: talks rejected or ruled out are not held (rejected-talks)', () => {
  it('"has repeatedly rejected talks while …": negated, of no month', () =>
    expectEvents(`${CONTEXT}The army chief has repeatedly rejected talks while the RSF holds civilian areas.`, '2025-03-04', [
      ['talks', 'hypothetical', null, null],
      ['talks', 'negated', null, null],
    ]));
  it('"ruled out negotiations with Ukraine": negated', () =>
    expectEvents(`${CONTEXT}Russia ruled out negotiations with Ukraine.`, '2025-03-04', [
      ['talks', 'hypothetical', null, null],
      ['talks', 'negated', null, null, ['Russia']],
    ]));
  it('a rejected proposal made at the talks leaves the talks held', () =>
    assert.deepEqual(findEventsIn(`${CONTEXT}At the talks in Jeddah on Monday, the army rejected the proposal.`, '2025-03-04').events
      .filter((e) => e.value.type === 'talks').map((e) => e.value.modality), ['hypothetical', 'asserted']));
});

describe('status claims: talks that collapsed, told in a relative clause', () => {
  it('"The talks, which collapsed in December, had produced a declaration": collapsed', () =>
    expectClaims('The talks, which collapsed in December, had produced a declaration of principles.', ['collapsed']));
  it('"The talks, which resumed in December, …": no collapse', () =>
    expectClaims('The talks, which resumed in December, had produced a declaration of principles.', []));
});

describe('events: an official expected in a place is a trip ahead (visit/expected-in)', () => {
  it('"CIA Director William Burns was expected in the region on Tuesday to continue the talks" in a Monday report: the trip and its talks the coming Tuesday', () =>
    expectEvents(`${CONTEXT}CIA Director William Burns was expected in the region on Tuesday to continue the talks, a U.S. official said.`, '2024-05-06', [
      ['talks', 'hypothetical', null, null],
      ['visit', 'planned', '2024-05-07', null],
      ['talks', 'planned', '2024-05-07', null],
    ]));
  it('"The envoy was due in Doha on Thursday": planned, that coming Thursday', () =>
    expectEvents(`${CONTEXT}The envoy was due in Doha on Thursday.`, '2024-05-06', [
      ['talks', 'hypothetical', null, null],
      ['visit', 'planned', '2024-05-09', null],
    ]));
  it('rain expected in Cairo is no trip', () =>
    expectEvents(`${CONTEXT}Rain is expected in Cairo on Tuesday.`, '2024-05-06', [['talks', 'hypothetical', null, null]]));
  it('a vote that is expected in Cairo is no trip', () =>
    expectEvents(`${CONTEXT}A vote that is expected in Cairo next week could decide it.`, '2024-05-06', [['talks', 'hypothetical', null, null]]));
});

describe('events: an acceptance in a relative clause after what was put forward (response/accept)', () => {
  it('"Russia has rejected the unconditional truce, which Ukraine accepted in March": both answers, each its own month', () =>
    expectEvents(`${CONTEXT}Russia has rejected the unconditional truce, which Ukraine accepted in March.`, '2025-05-23', [
      ['talks', 'hypothetical', null, null],
      ['response', 'asserted', '2025-05', null, ['Russia']],
      ['response', 'asserted', '2025-03', null, ['Ukraine']],
    ]));
  it('"The strikes, which Israel approved on Sunday, …": approving no proposal is no answer', () =>
    assert.deepEqual(findEventsIn(`${CONTEXT}The strikes, which Israel approved on Sunday, killed 12 people.`, '2025-05-23').events.filter((e) => e.value.type === 'response'), []));
});

describe('events: a relative clause whose subject is a titled name still answers the offer', () => {
  it('"offered a 9% raise over two years, which union leader Claus Weselsky rejected": a rejection', () =>
    assert.deepEqual(findEventsIn('The union and the operator have been in negotiations for weeks. The operator offered a 9% raise over two years, which union leader Claus Weselsky rejected as a provocation.', '2024-10-14').events
      .filter((e) => e.value.type === 'response').map((e) => e.value.subtype), ['reject']));
  it('"made an offer on Monday, which the head of the union accepted": an acceptance', () =>
    assert.deepEqual(findEventsIn('The union and the operator have been in negotiations for weeks. The operator made an offer on Monday, which the head of the union accepted.', '2024-10-14').events
      .filter((e) => e.value.type === 'response').map((e) => e.value.subtype), ['accept']));
});

describe('events: talks with a participle aside keep the verb after it (complementEnd, moveToComplementHeads)', () => {
  it('"Talks on a second phase, meant to end the war, are due to begin next month": planned, next month', () =>
    expectEvents('Israel and Hamas have agreed to a ceasefire. Talks on a second phase, meant to end the war, are due to begin next month.', '2025-01-15', [
      ['agreement', 'asserted', '2025-01', null, ['Israel', 'Hamas']],
      ['talks', 'planned', '2025-02', null],
      ['ceasefire_start', 'hypothetical', null, null],
    ]));
  it('"Talks, meant to end the war, are due to begin next month": an irregular participle', () =>
    assert.deepEqual(findEventsIn('Israel and Hamas have agreed to a ceasefire. Talks, meant to end the war, are due to begin next month.', '2025-01-15').events
      .filter((e) => e.value.type === 'talks').map((e) => [e.value.modality, e.value.date.value]), [['planned', '2025-02']]));
  it('a time inside the complement stays with its verb ("Talks on ending the war next month have stalled")', () =>
    assert.deepEqual(findEventsIn('Israel and Hamas have agreed to a ceasefire. Talks on ending the war next month have stalled.', '2025-01-15').events
      .filter((e) => e.value.type === 'ceasefire_start').map((e) => e.value.date.value), ['2025-02']));
});

describe('events: a counted subject before an aside listing its members (memberAsideBefore)', () => {
  const release = (text: string) => findEventsIn(text, '2025-01-15').events.filter((e) => e.value.type === 'release').map((e) => [e.value.subtype, e.value.quantity?.value ?? null]);
  it('"33 Israeli hostages, including women, children and men over 50, will be released": 33 hostages', () =>
    assert.deepEqual(release('Israel and Hamas have agreed to a ceasefire. In the first phase, 33 Israeli hostages, including women, children and men over 50, will be released, he said.'), [['hostages', 33]]));
});

describe('events: a relative clause of time takes the time of the noun before it (duringWhichDate)', () => {
  it('"since a week-long truce in November 2023, during which 105 hostages were released": November 2023', () =>
    assert.deepEqual(findEventsIn('Israel and Hamas have agreed to a ceasefire. Previous talks had stalled repeatedly since a week-long truce in November 2023, during which 105 hostages were released.', '2025-01-15').events
      .filter((e) => e.value.type === 'release').map((e) => e.value.date.value), ['2023-11']));
});

describe('events: who travels and what only arrives (forceSubject, visit/verb)', () => {
  const CTX = 'Mediators have pushed for a truce for weeks. ';
  it('"An Israeli delegation is due to travel to Doha on Monday": Israel\'s trip, past the schedule\'s words', () =>
    expectEvents(`${CTX}An Israeli delegation is due to travel to Doha on Monday.`, '2025-02-08', [['visit', 'planned', '2025-02-10', null, ['Israel']]]));
  it('"Buses carrying some of them arrived in Ramallah": no visit', () =>
    expectEvents(`${CTX}Buses carrying some of them arrived in Ramallah to cheering crowds.`, '2025-02-08', []));
  it('"Aid trucks arrived in Gaza on Monday": aid, on Monday, and no visit', () =>
    expectEvents(`${CTX}Aid trucks arrived in Gaza on Monday.`, '2025-02-08', [['aid', 'asserted', '2025-02-03', null]]));
  it('"The envoy\'s plane landed in Doha on Monday": still a visit', () =>
    expectEvents(`${CTX}The envoy's plane landed in Doha on Monday.`, '2025-02-08', [['visit', 'asserted', '2025-02-03', null]]));
});

describe('events: "the deal would …" after a deal reached tells its schedule (deal-would)', () => {
  it('"Qatar said the deal would take effect on Sunday" after "reached a deal": planned', () =>
    expectEvents('Israel and Hamas reached a deal on Wednesday. Qatar said the deal would take effect on Sunday.', '2025-01-15', [
      ['agreement', 'asserted', '2025-01-15', null, ['Israel', 'Hamas']],
      ['ceasefire_start', 'planned', '2025-01-19', null],
    ]));
  it('"told a news conference that the truce would take effect on Sunday" after an agreement: one planned start, no second truce', () =>
    expectEvents('Israel and Hamas have agreed to a ceasefire. The prime minister told a news conference in Doha that the truce would take effect on Sunday, Jan. 19.', '2025-01-15', [
      ['agreement', 'asserted', '2025-01', null, ['Israel', 'Hamas']],
      ['ceasefire_start', 'planned', '2025-01-19', null],
    ]));
  it('"The deal would see Hamas free 33 hostages" while mediators are still drafting it: proposed', () =>
    expectEvents('Mediators are drafting a deal. The deal would see Hamas free 33 hostages.', '2025-01-15', [['release', 'proposed', null, 33, ['Hamas']]]));
});

describe('events: review fixes (session 16)', () => {
  const types = (text: string, published = '2025-01-15') => findEventsIn(text, published).events.map((e) => [e.value.type, e.value.modality, e.value.date.value, e.value.quantity?.value ?? null]);
  it('rain expected in Gaza after "Israel said" is no trip (the traveller stands right before "was")', () =>
    assert.deepEqual(types('Israel said heavy rain was expected in Gaza on Thursday.'), []));
  it('a past perfect\'s "after" clause ends at ", but": the releases after it keep their month', () =>
    assert.deepEqual(types('The talks had stalled after Israel rejected the offer, but Hamas released three hostages and Israel freed 90 prisoners.').filter((x) => x[0] === 'release').map((x) => x[2]), ['2025-01', '2025-01']));
  it('"agreed on Sunday to free hostages under a deal brokered by Qatar": the brokered deal is an agreement of its own', () =>
    assert.deepEqual(types('Hamas agreed on Sunday to free hostages under a deal brokered by Qatar and Egypt.').map((x) => x[0]), ['release', 'agreement']));
  it('a count in a relative clause is not the count of the main verb ("Hamas, which still holds 98 hostages, many of them soldiers, will release …")', () =>
    assert.deepEqual(types('Hamas, which still holds 98 hostages, many of them soldiers, will release the women first.').map((x) => x[3]), [null]));
  it('"Critics warned that the truce would collapse" after a deal reached is feared, not planned', () =>
    assert.deepEqual(types('Israel and Hamas reached a ceasefire deal in Doha on Wednesday. Critics warned that the truce would collapse within weeks.').filter((x) => x[0] === 'ceasefire_end').map((x) => x[1]), ['hypothetical']));
  it('"Egyptian-Qatari mediators proposed a new truce": both countries propose and mediate', () =>
    assert.deepEqual(findEventsIn('Egyptian-Qatari mediators proposed a new truce to Israel and Hamas on Tuesday.', '2025-01-15').events.filter((e) => e.value.type === 'proposal').map((e) => e.value.mediator.length), [2]));
});

describe('events: round 3 (session 16): a count before the captives freed, a truce put to the sides', () => {
  const rows = (text: string, published = '2025-01-15') => {
    const r = findEventsIn(text, published);
    return r.events.map((e) => [e.value.type, e.value.modality, e.value.quantity?.value ?? null, e.value.subtype, e.value.agent.map(r.name), e.value.location === null ? null : r.name(e.value.location)]);
  };
  it('"Israel would free 300 Palestinian prisoners in exchange for …": a release of 300 prisoners by Israel (release/free)', () =>
    assert.deepEqual(rows('Under the proposal, Israel would free 300 Palestinian prisoners in exchange for the hostages.').filter((x) => x[0] === 'release'), [
      ['release', 'proposed', 300, 'prisoners', ['Israel'], null],
    ]));
  it('"agreed to free 12 Israeli hostages on Sunday", "would free 150 Ukrainian soldiers": the count and its two words are read', () => {
    assert.deepEqual(rows('Hamas agreed to free 12 Israeli hostages on Sunday.').map((x) => x.slice(0, 5)), [['release', 'planned', 12, 'hostages', ['Hamas']]]);
    assert.deepEqual(rows('Russia said it would free 150 Ukrainian soldiers next week.').map((x) => [x[0], x[2]]), [['release', 150]]);
  });
  it('"free up 2 million dollars", "free 300 hospital beds" free no captives', () => {
    assert.deepEqual(rows('The plan would free up 2 million dollars for schools.'), []);
    assert.deepEqual(rows('Officials hope the measure will free 300 hospital beds.'), []);
  });
  it('"proposed a new truce to Israel and Hamas": the sides it is put to are not the truce\'s place', () => {
    assert.deepEqual(rows('Egyptian and Qatari mediators proposed a new truce to Israel and Hamas on Tuesday.').map((x) => [x[0], x[5]]), [['proposal', null], ['ceasefire_start', null]]);
    assert.deepEqual(rows('Turkey proposed a ceasefire to Russia and Ukraine.').map((x) => [x[0], x[5]]), [['proposal', null], ['ceasefire_start', null]]);
  });
  it('a place after "in", or aid sent "to Gaza" after a proposal verb, stays a place', () => {
    assert.deepEqual(rows('Egypt proposed a truce in Gaza on Tuesday.').map((x) => [x[0], x[5]]), [['proposal', null], ['ceasefire_start', 'Gaza']]);
    assert.deepEqual(rows('Egypt proposed sending aid to Gaza.').map((x) => [x[0], x[5]]), [['aid', 'Gaza']]);
  });
});

describe('events: round 3 (session 16): pressing both sides to act is a demand (demand/push-sides)', () => {
  const demands = (text: string) => {
    const r = findEventsIn(text, '2025-01-15');
    return r.events.filter((e) => e.value.type === 'demand').map((e) => [e.value.modality, e.value.target.map(r.name), e.value.mediator.map(r.name)]);
  };
  it('"Mediators in Jeddah are pushing both sides to extend the truce": a demand', () =>
    assert.deepEqual(demands('Mediators in Jeddah are pushing both sides to extend the truce.'), [['asserted', [], []]]));
  it('"Egypt is pushing both sides to extend the truce" after Israel and Hamas agreed: the sides are its targets, Egypt a mediator', () =>
    assert.deepEqual(demands('Israel and Hamas agreed to a truce in January. Egypt is pushing both sides to extend the truce.'), [['asserted', ['Israel', 'Hamas'], ['Egypt']]]));
  it('"pushed both sides to the edge of the square" asks nothing of them, even in an article about a truce', () =>
    assert.deepEqual(demands('The truce is fragile. The crowd pushed both sides to the edge of the square.'), []));
});

describe('events: round 3 (session 16): a compound of a country abbreviation and a demonym names both countries (demonymPairKeys)', () => {
  const agents = (text: string) => {
    const r = findEventsIn(text, '2025-01-15');
    return r.events.map((e) => [e.value.type, e.value.agent.map(r.name)]);
  };
  it('"U.S.-Israeli negotiators met Hamas officials": the United States and Israel meet', () =>
    assert.deepEqual(agents('U.S.-Israeli negotiators met Hamas officials in Doha on Monday.'), [['talks', ['United States', 'Israel']]]));
  it('"A U.S.-Israeli delegation is due to travel to Cairo": both travel', () =>
    assert.deepEqual(agents('A U.S.-Israeli delegation is due to travel to Cairo on Monday.'), [['visit', ['United States', 'Israel']]]));
  it('"The U.S.-brokered truce": one mediator, no agent', () =>
    assert.deepEqual(agents('The U.S.-brokered truce took effect on Sunday.'), [['ceasefire_start', []]]));
});

describe('events: round 3 (session 16): a place before "talks" is their topic when a venue follows (venueOf)', () => {
  const places = (text: string) => {
    const r = findEventsIn(text, '2025-01-15');
    return r.events.filter((e) => e.value.type === 'talks').map((e) => e.value.location === null ? null : r.name(e.value.location));
  };
  const BODY = 'Negotiators from Israel and Hamas resumed indirect talks on Tuesday, Egyptian officials said. Mediators hope a truce can be agreed.';
  it('the headline "Gaza talks resume in Cairo" takes place in Cairo', () =>
    assert.deepEqual(places(`Gaza talks resume in Cairo\n${BODY}`), ['Cairo', null]));
  it('"Gaza ceasefire talks to resume in Doha next week": Doha', () =>
    assert.deepEqual(places('Gaza ceasefire talks to resume in Doha next week. Mediators hope a truce can be agreed on a hostage deal.'), ['Doha']));
  it('with no venue after it, the place before the talks stays their place', () =>
    assert.deepEqual(places('Gaza talks to resume next week. Mediators hope a truce can be agreed on a hostage deal.'), ['Gaza']));
});
