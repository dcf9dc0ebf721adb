/**
 * Session 17 (events): sentence shapes of wire reports on a truce and its phases, found by reading
 * six invented probe articles (not committed). Each sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectEvents, findEventsIn } from './testing.js';

const DAY = '2025-03-12';

describe('events: session 17, agents', () => {
  it('"…, but rejected a proposal": the verb after "but" shares the subject told before it', () =>
    expectEvents('Hamas said on Monday it was ready to resume talks, but rejected a Turkish proposal to extend the truce.', DAY, [
      ['talks', 'hypothetical', null, null, ['Hamas']],
      ['response', 'asserted', '2025-03-10', null, ['Hamas']],
      ['proposal', 'asserted', '2025-03-10', null],
    ]));
  it('"launched a wave of deadly strikes …, killing more than 40 Palestinians": the light verb past a count of the noun, and the dead counted', () => {
    const found = findEventsIn('Israel launched a wave of deadly strikes on Rafah on Tuesday, killing more than 40 Palestinians.', DAY);
    assert.equal(found.events.length, 1);
    const v = found.events[0]!.value;
    assert.equal(v.type, 'attack');
    assert.deepEqual(v.agent.map(found.name), ['Israel']);
    assert.deepEqual(v.quantity && [v.quantity.value, v.quantity.qualifier], [40, 'at_least']);
  });
});

describe('events: session 17, modality', () => {
  it('"said it had agreed to free all the remaining hostages": planned, not a bare infinitive', () =>
    expectEvents('The group said on Tuesday it had agreed to free all the remaining hostages.', DAY, [['release', 'planned', null, 1]]));
  it('"had planned to" keeps its own reading', () =>
    expectEvents('Israel had planned to release 600 prisoners on Saturday.', DAY, [['release', 'planned', '2025-03-08', 600, ['Israel']]]));
  it('"a proposal to extend the truce in return for the release of 10 hostages": the release is a term of the proposal', () =>
    expectEvents('Hamas rejected a proposal to extend the truce in return for the release of 10 hostages.', DAY, [
      ['response', 'asserted', '2025-03', null, ['Hamas']],
      ['proposal', 'asserted', '2025-03', null],
      ['release', 'proposed', null, 10],
    ]));
  it('"have proposed that the two sides hold talks in Cairo next week": a proposal of this month, talks proposed for next week', () =>
    expectEvents('Mediators have proposed that the two sides hold talks in Cairo next week.', DAY, [
      ['proposal', 'asserted', '2025-03', null],
      ['talks', 'proposed', '2025-W12', null],
    ]));
  it('"has yet to travel to the region": a trip not made', () =>
    expectEvents('Steve Witkoff has yet to travel to the region for the talks.', DAY, [['visit', 'negated', null, null, ['Steve Witkoff']]]));
  it('"Life has returned to the region" is no trip', () => expectEvents('Life has returned to the region since the truce.', DAY, []));
});

describe('events: session 17, agreements', () => {
  it('"No deal on the prisoner exchange has been reached": a negated agreement', () =>
    expectEvents('No deal on the prisoner exchange has been reached, officials said.', DAY, [['agreement', 'negated', null, null]]));
  it('"where he signed a document on the truce": a signed agreement, of the day of the trip it ends', () =>
    expectEvents('The president flew to Geneva on Monday, where he signed a document on the truce with the leaders of both sides.', DAY, [
      ['visit', 'asserted', '2025-03-10', null],
      ['agreement', 'asserted', '2025-03-10', null],
    ]));
  it('"The agreement, which was reached in Doha on Friday, will take effect on Sunday": the deal of Friday', () =>
    expectEvents('The agreement, which was reached in Doha on Friday, will take effect on Sunday.', DAY, [['agreement', 'asserted', '2025-03-07', null]]));
  it('"Under the agreement, which was announced on Wednesday, …": the announced deal of Wednesday', () =>
    expectEvents('Under the agreement, which was announced in Doha on Wednesday by the emir, 33 hostages are to be released.', '2025-01-19', [
      ['agreement', 'asserted', '2025-01-15', null],
      ['release', 'planned', null, 33],
    ]));
});

describe('events: session 17, dates of joined clauses', () => {
  it('"took effect on Sunday, and the rebels released five soldiers": the same day\'s news', () =>
    expectEvents('The ceasefire took effect in the city on Sunday, and the rebels released five soldiers.', DAY, [
      ['ceasefire_start', 'asserted', '2025-03-09', null],
      ['release', 'asserted', '2025-03-09', 5],
    ]));
  it('"…, and Hamas has freed 13 hostages": a perfect keeps the month', () =>
    expectEvents('Israel released 39 prisoners on Friday, and Hamas has freed 13 hostages.', DAY, [
      ['release', 'asserted', '2025-03-07', 39],
      ['release', 'asserted', '2025-03', 13],
    ]));
  it('a day more than a week before publication is no news to join', () =>
    expectEvents('The ceasefire took effect in the city on January 5, and the rebels released five soldiers.', DAY, [
      ['ceasefire_start', 'asserted', '2025-01-05', null],
      ['release', 'asserted', '2025-03', 5],
    ]));
});

describe('events: session 17, talks a trip is made for', () => {
  it('"will travel to Doha on Thursday for a new round of ceasefire talks": the talks are planned that day, in Doha', () => {
    const found = findEventsIn('Burns will travel to Doha on Thursday for a new round of ceasefire talks.', DAY);
    const talks = found.events.find((e) => e.value.type === 'talks')!.value;
    assert.deepEqual([talks.modality, talks.date.value, talks.location && found.name(talks.location)], ['planned', '2025-03-13', 'Doha']);
  });
  it('"sent a delegation to Cairo on Tuesday for talks": the talks held on the trip\'s day, in Cairo', () => {
    const found = findEventsIn('Israel sent a delegation to Cairo on Tuesday for talks on the next stage of the truce.', DAY);
    const talks = found.events.find((e) => e.value.type === 'talks')!.value;
    assert.deepEqual([talks.modality, talks.date.value, talks.location && found.name(talks.location)], ['asserted', '2025-03-11', 'Cairo']);
  });
});

describe('events: session 17, "hours after" a named event', () => {
  it('"Hours after the Hamas response, …": not the day of the plan told before (the response has no day)', () =>
    expectEvents('Trump unveiled the peace plan on Monday, and mediators passed it to Hamas negotiators. Hours after the Hamas response, Trump called on Israel to halt the strikes.', '2025-10-04', [
      ['proposal', 'asserted', '2025-09-29', null, ['Donald Trump']],
      ['response', 'asserted', '2025-10', null, ['Hamas']],
      ['demand', 'asserted', '2025-10', null, ['Donald Trump']],
      ['ceasefire_start', 'hypothetical', null, null],
    ]));
  it('"Hours after the Hamas response" when the response has a day: that day', () => {
    const found = findEventsIn('Trump unveiled the peace plan on Monday. Hamas delivered its response on Friday evening. Hours after the Hamas response, Trump called on Israel to halt the strikes.', '2025-10-04');
    assert.equal(found.events.find((e) => e.value.type === 'demand')!.value.date.value, '2025-10-03TEV');
  });
});

describe('events: session 17, leftovers of session 16', () => {
  const MAY = '2025-05-14';
  it('"have agreed to a ceasefire, Qatar announced on Wednesday": one agreement, of the day of the attribution', () =>
    expectEvents('Israel and Hamas have agreed to a ceasefire, Qatar announced on Wednesday.', MAY, [['agreement', 'asserted', '2025-05-14', null, ['Israel', 'Hamas']]]));
  it('"The truce, which began on Sunday": still a start', () =>
    expectEvents('The truce, which began on Sunday, is holding.', MAY, [['ceasefire_start', 'asserted', '2025-05-11', null]]));
  it('"The Doha talks ended": held in Doha, not by Qatar', () => {
    const found = findEventsIn('Hamas and Israel resumed indirect negotiations. The Doha talks ended on Tuesday without a deal.', MAY);
    const talks = found.events[1]!.value;
    assert.deepEqual([talks.type, talks.agent, talks.location && found.name(talks.location)], ['talks', [], 'Qatar']);
  });
  it('"Gaza truce talks, held in secret for weeks, collapsed": the talks ended, not the truce', () =>
    expectEvents('Gaza truce talks, held in secret for weeks, collapsed on Sunday.', MAY, [['talks', 'asserted', '2025-05-11', null]]));
  it('"Gaza truce talks collapsed on Sunday": no truce end', () =>
    expectEvents('Gaza truce talks collapsed on Sunday.', MAY, [['talks', 'asserted', '2025-05-11', null]]));
  it('"The truce collapsed on Sunday": a truce end', () =>
    expectEvents('The truce collapsed on Sunday.', MAY, [['ceasefire_end', 'asserted', '2025-05-11', null]]));
  it('"talks had collapsed over the release of hostages": the release is disputed, not done', () =>
    expectEvents('Hostage talks had collapsed over the release of hostages.', MAY, [['talks', 'asserted', '2025-05', null], ['release', 'hypothetical', null, null]]));
  it('"Hamas released 50 hostages over the weekend": done', () =>
    expectEvents('Hamas released 50 hostages over the weekend.', MAY, [['release', 'asserted', '2025-W19-WE', 50, ['Hamas']]]));
});
