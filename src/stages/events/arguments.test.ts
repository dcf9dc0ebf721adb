/**
 * @module stages/events/arguments.test — the string helpers of pass 5 answer as the regular expressions they replace; where an event's place is read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstWord, isWhite } from './05-arguments.js';
import { findEventsIn } from './testing.js';

describe('firstWord and isWhite', () => {
  it('read white space as \\s does, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhite(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
  it('give what split(/\\s+/)[0] gives', () => {
    for (const s of ['said', 'told reporters', ' leading', '', 'a\u00a0b', 'x\ty', 'x\u2028y']) assert.equal(firstWord(s), s.split(/\s+/)[0]);
  });
});

describe('location', () => {
  /** The names of the places of the events of `type` in `text`. */
  function placesOf(text: string, type: string): (string | null)[] {
    const found = findEventsIn(text, '2025-01-15');
    return found.events.filter((e) => e.value.type === type).map((e) => (e.value.location === null ? null : found.name(e.value.location)));
  }
  it('a place of the reporting clause is not the reported event’s', () => {
    assert.deepEqual(placesOf('Hamas freed 33 hostages last week. The minister told a news conference in Doha that the truce would take effect on Sunday.', 'ceasefire_start'), [null]);
  });
  it('a long name between the verb and the place counts as one word', () => {
    assert.deepEqual(placesOf('Hamas freed 33 hostages last week. The envoy met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.', 'talks'), ['Doha']);
  });
  it('a place before the trigger in its own clause still counts', () => {
    assert.deepEqual(placesOf('Hamas freed 33 hostages last week. In Gaza, the truce took effect on Sunday.', 'ceasefire_start'), ['Gaza']);
  });
  it('a place that modifies the noun after it belongs to the subject ("dockworkers at East Coast ports reached")', () => {
    assert.deepEqual(placesOf('Envoys have pressed both sides for months. The union representing dockworkers at East Coast ports reached a tentative agreement on Thursday.', 'agreement'), [null]);
    assert.deepEqual(placesOf('Envoys have pressed both sides for months. Negotiators in Cairo reached a deal on Sunday.', 'agreement'), ['Cairo']);
  });
  it('"in the Saudi city of Jeddah": the city', () => {
    assert.deepEqual(placesOf('Envoys have pressed both sides for months. The two delegations resumed talks in the Saudi city of Jeddah on Sunday.', 'talks'), ['Jeddah']);
  });
});

describe('mediators', () => {
  /** The mediator names of the events of `type` in `text`. */
  function mediatorsOf(text: string, type: string): string[][] {
    const found = findEventsIn(text, '2025-01-15');
    return found.events.filter((e) => e.value.type === type).map((e) => e.value.mediator.map((k) => found.name(k)));
  }
  it('a place after "in" is where talks were, not a mediator ("in Jeddah, mediators say")', () => {
    assert.deepEqual(mediatorsOf('The two sides signed a ceasefire agreement in Jeddah, mediators say.', 'agreement'), [[]]);
  });
  it('"X, mediators said" is a reporting clause, not an apposition', () => {
    assert.deepEqual(mediatorsOf('The deal was signed by Hamas, mediators said.', 'agreement'), [[]]);
  });
  it('"a delegation led by" names a party’s negotiator, not a mediator', () => {
    assert.deepEqual(mediatorsOf("Israel's delegation, led by Mossad chief David Barnea, arrived in Doha for talks on Thursday.", 'talks'), [[]]);
  });
  it('talks "led by" mediators still name them', () => {
    assert.deepEqual(mediatorsOf('Egypt invited both delegations. Israel and Hamas held talks in Cairo led by Egyptian mediators.', 'talks'), [['Egypt']]);
  });
  it('an apposition still names the mediator', () => {
    assert.deepEqual(mediatorsOf('Egypt, acting as a mediator, said the two sides signed a ceasefire agreement on Sunday.', 'agreement'), [['Egypt']]);
  });
});

describe('agent after "by"', () => {
  /** The agent names of the events of `type` in `text`. */
  function agentsOf(text: string, type: string): string[][] {
    const found = findEventsIn(text, '2024-08-15');
    return found.events.filter((e) => e.value.type === type).map((e) => e.value.agent.map((k) => found.name(k)));
  }
  it('a leading title is skipped: "presented by President Joe Biden"', () => {
    assert.deepEqual(agentsOf('The proposal was presented by President Joe Biden on Monday.', 'proposal'), [['Joe Biden']]);
  });
  it('also after a demonym and a modifier: "by Egyptian intelligence chief Abbas Kamel"', () => {
    assert.deepEqual(agentsOf('The proposal was presented by Egyptian intelligence chief Abbas Kamel on Monday.', 'proposal'), [['Abbas Kamel']]);
  });
});

describe('recipients', () => {
  it('"presented a bridging proposal to Israel and Hamas": the two are targets, no place', () => {
    const found = findEventsIn('Talks resumed in Doha. The United States, Egypt and Qatar presented a bridging proposal to Israel and Hamas on Friday.', '2024-08-16');
    const p = found.events.find((e) => e.value.type === 'proposal')!;
    assert.deepEqual([p.value.target.map(found.name), p.value.location], [['Israel', 'Hamas'], null]);
  });
});

describe('mediators named anywhere in the article', () => {
  const roles = (text: string): string[] => {
    const found = findEventsIn(text, '2024-08-15');
    const t = found.events.find((e) => e.value.type === 'talks')!;
    return [t.value.agent.map(found.name).join('+'), t.value.mediator.map(found.name).join('+')];
  };
  it('"Negotiators from Israel, Egypt, Qatar and the United States" with the mediators named in a sentence of no event: Israel acts, three mediate', () => {
    assert.deepEqual(roles('Negotiators from Israel, Egypt, Qatar and the United States resumed talks in Doha on Thursday. Hamas did not attend but was briefed by Egyptian, Qatari and U.S. mediators.'), ['Israel', 'Egypt+Qatar+United States']);
  });
  it('"with U.S., Qatari and Egyptian mediators shuttling between the delegations": the United States mediates too, and the two countries only a demonym names', () => {
    assert.deepEqual(roles('Negotiations between Israel and Hamas began in Doha on Thursday, with U.S., Qatari and Egyptian mediators shuttling between the delegations.')[1], 'Egypt+Qatar+United States');
  });
});
