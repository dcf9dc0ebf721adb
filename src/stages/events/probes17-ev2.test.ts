/**
 * Session 17 (events, round 2): sentence shapes of wire reports on aid crossings, casualty counts,
 * prisoner exchanges and truce proposals, found by reading five invented probe articles (not
 * committed). Each sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectEvents, findEventsIn } from './testing.js';

const DAY = '2025-03-05';

describe('events: session 17 round 2, aid and crossings', () => {
  it('"airdropped about 40 tonnes of food": the goods past their measure', () => {
    const found = findEventsIn('Jordan and Egypt airdropped about 40 tonnes of food over northern Gaza on Monday.', DAY);
    assert.deepEqual(found.events.map((e) => [e.value.type, e.value.modality, e.value.date.value, e.value.quantity?.value ?? null, e.value.quantity?.qualifier ?? null]), [['aid', 'asserted', '2025-03-03', 40, 'about']]);
    assert.deepEqual(found.events[0]!.value.agent.map(found.name), ['Jordan', 'Egypt']);
  });
  it('"shipped 3 million tonnes of grain" is no aid', () => expectEvents('Ukraine shipped 3 million tonnes of grain through the corridor.', DAY, []));
  it('"planned to send 60 more trucks into Gaza", in an article about aid: planned aid', () =>
    expectEvents('Aid agencies say food and medicine are running out. The World Food Programme said it planned to send 60 more trucks into Gaza on Thursday.', DAY, [
      ['aid', 'planned', '2025-03-06', 60, ['World Food Programme']],
    ]));
  it('"Israel closed the Kerem Shalom crossing on Sunday": the crossing\'s aid, negated, by Israel', () =>
    expectEvents('Israel closed the Kerem Shalom crossing on Sunday, the military said.', DAY, [['aid', 'negated', '2025-03-02', null, ['Israel']]]));
  it('"closed the deal" is no crossing', () => expectEvents('The two firms closed the deal on Sunday.', DAY, []));
});

describe('events: session 17 round 2, proposals', () => {
  it('"proposed on Friday a three-month humanitarian truce": the truce is proposed, past the day between', () =>
    expectEvents('The United States and Egypt proposed on Friday a three-month humanitarian truce in Sudan.', '2025-09-13', [
      ['proposal', 'asserted', '2025-09-12', null, ['United States', 'Egypt']],
      ['ceasefire_start', 'proposed', null, null],
    ]));
});

describe('events: session 17 round 2, arguments', () => {
  it('"officials warned that Hamas would pay a heavy price": Hamas is the target', () => {
    const found = findEventsIn('Israeli officials warned that Hamas would pay a heavy price.', DAY);
    const w = found.events.find((e) => e.value.type === 'warning')!;
    assert.deepEqual([w.value.agent.map(found.name), w.value.target.map(found.name)], [['Israel'], ['Hamas']]);
  });
  it('"Hamas warned that it would …": no target', () => {
    const found = findEventsIn('Hamas warned that it would walk away from the talks.', DAY);
    assert.deepEqual(found.events.find((e) => e.value.type === 'warning')!.value.target, []);
  });
  it('"received the bodies of 909 fallen soldiers from Russia": the giver past a longer object', () => {
    const found = findEventsIn('Russia and Ukraine held talks on prisoners. Ukraine also received the bodies of 909 fallen soldiers from Russia on Friday.', '2025-04-20');
    const r = found.events.find((e) => e.value.type === 'release')!;
    assert.deepEqual([r.value.agent.map(found.name), r.value.target.map(found.name), r.value.quantity?.value], [['Russia'], ['Ukraine'], 909]);
  });
  it('"the release of 250 Palestinians … in exchange for the hostages", in an article on Palestinian prisoners: prisoners', () => {
    const found = findEventsIn('Hamas still holds 20 hostages. Israel agreed to the release of 250 Palestinians serving life sentences in exchange for the hostages. About 1,700 Palestinian detainees will also be freed.', DAY);
    assert.deepEqual(found.events.filter((e) => e.value.type === 'release').map((e) => [e.value.quantity?.value, e.value.subtype]), [[250, 'prisoners'], [1700, 'prisoners']]);
  });
});

describe('events: session 17 round 2, counts', () => {
  it('"the release of 250 prisoners and the return of 20 living hostages": each noun its own count', () =>
    expectEvents('The deal includes the release of 250 prisoners and the return of 20 living hostages.', DAY, [
      ['release', 'proposed', null, 250],
      ['release', 'proposed', null, 20],
    ]));
});
