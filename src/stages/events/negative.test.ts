/**
 * @module stages/events/negative.test — sentences that report no negotiation event.
 *
 * Each names a trigger word in another sense: a report or an album "released", an
 * "attack" that is criticism, "talks about his childhood", "aided by", a labour strike, a
 * heart attack, a charm offensive, demand for oil, a storm warning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectEvents, findEventsIn } from './testing.js';

const none = (text: string): void => expectEvents(text, '2024-05-01', []);

/** No talks event in `text` (other events may be there). */
function noTalks(text: string): void {
  const talks = findEventsIn(text, '2024-05-01').events.filter((e) => e.value.type === 'talks');
  assert.deepEqual(talks.map((e) => e.text), []);
}

describe('events: not events', () => {
  it('a company announcing a plan outside any negotiation puts no proposal forward', () => none('The company announced a new plan to cut 500 jobs at its Ohio plant.'));
  it('a plan being considered by a board outside any negotiation is no pending response', () => none('The city council said the zoning plan was being considered by the planning board.'));
  it('talks named in why a source is unnamed', () => expectEvents('Talks resumed in Cairo. The officials spoke on condition of anonymity because they were not authorized to discuss the negotiations publicly.', '2024-05-01', [['talks', 'asserted', '2024-05', null]]));
  it('a round of anything but talks is no round of talks', () => {
    const base = 'Israeli and Hamas negotiators held talks in Doha on Monday, mediators said. ';
    for (const s of ['A new round of protests erupted in Tel Aviv on Wednesday.', 'Washington announced a fresh round of tariffs on Thursday.']) {
      const talks = findEventsIn(base + s, '2024-05-01').events.filter((e) => e.value.type === 'talks' && e.start >= base.length);
      assert.deepEqual(talks.map((e) => e.text), [], s);
    }
  });
  it('an album released', () => none('The band will release its new album on Friday.'));
  it('a report released', () => none('The ministry released a report on Tuesday about the economy.'));
  it('names released', () => none('Police released the names of the victims on Monday.'));
  it('earnings released', () => none('The company will release its quarterly earnings next week.'));
  it('a film release', () => none("The film's release was delayed until the summer."));
  it('a film released in theaters', () => none('The studio will release the film in theaters in June.'));
  it('a statement released', () => none('The minister released a statement praising the volunteers.'));
  it('"attacked the plan": criticism', () => none('Critics attacked the plan as unworkable.'));
  it('"attacked the government over": criticism', () => none('The opposition leader attacked the government over its handling of the economy.'));
  it('a heart attack', () => none('He suffered a heart attack on Sunday.'));
  it('"ends the threat of a second strike": a danger removed, no threat made', () => none('The new contract ends the threat of a second strike at the ports.'));
  it('the talks that describe a source after the cue', () => noTalks('Hamas would free 33 hostages in exchange for prisoners. Israeli forces would withdraw from the towns, according to two officials briefed on the talks.'));
  it('the negotiations that describe a source the speaker span leaves out', () => noTalks('Hamas would free 33 hostages in exchange for prisoners. Troops would leave the corridor, according to three diplomats familiar with the ongoing negotiations.'));
  it('a charm offensive', () => none('The company launched a charm offensive to win over investors.'));
  it('"talks about her childhood"', () => none('She talks about her childhood in Gaza in the new film.'));
  it('"talks to reporters"', () => none('The spokesman talks to reporters every morning.'));
  it('a talk about history', () => none('The teacher gave a talk about the history of the region.'));
  it('"aided by"', () => none('The project was aided by volunteers from the town.'));
  it('"with the aid of"', () => none('With the aid of a map, the hikers found the trail.'));
  it('aid workers', () => none('Aid workers said the situation was dire.'));
  it('"responded with strikes" is no response', () => assert.deepEqual(findEventsIn('Negotiators met in Cairo. Israel responded with heavy artillery fire on Rafah.', '2024-05-01').events.filter((e) => e.value.type === 'response').map((e) => e.text), []));
  it('"the plan was considered to be a failure", "the case is being reviewed" are no response', () => { none('The plan was considered to be a failure by many experts.'); none('The case is being reviewed by the court.'); });
  it('"the agreement, which Qatar announced" is no proposal', () => assert.deepEqual(findEventsIn('The agreement, which Qatar announced on Wednesday, takes effect on Sunday.', '2024-05-01').events.filter((e) => e.value.type === 'proposal').map((e) => e.text), []));
  it('"free entry" is no release', () => none('The museum offered free entry to children on Sunday.'));
  it('"free over the holidays", "release them in exchange for a fee": no release', () => { none('Entry to the museum is free over the holidays.'); none('The firm would release them in exchange for a fee.'); });
  it('demand for oil', () => none('Demand for oil rose sharply in the first quarter.'));
  it('a storm warning', () => none('The weather service issued a storm warning for the coast.'));
  it('a private visit', () => none('The singer visited her grandmother in the hospital.'));
  it('a world tour', () => none("The band's world tour opens in Berlin in May."));
  it('a law that took effect', () => none('The new law took effect on January 1.'));
  it('"met the deadline"', () => none('The committee met the deadline for the report.'));
  it('"meet the union\'s demands" and "its demands were met" are no meetings', () => {
    noTalks('Envoys have pressed both sides for a deal. The union threatened to strike if the employers did not meet the union\'s demands.');
    noTalks('Envoys have pressed both sides for a deal. Moscow would return to the deal only if its demands were met.');
    noTalks('Envoys have pressed both sides for a deal. Moscow would return to the grain deal only if its demands on food and fertilizer exports were met.');
  });
  it('a workers\' strike is no attack', () => none('Workers went on strike at the port on Monday.'));
  it('an appeal rejected', () => none('The court rejected the appeal on Tuesday.'));
  it('a marriage proposal', () => none('He proposed to his girlfriend in Paris.'));
  it('welcoming a result', () => none('The crowd welcomed the result with loud applause.'));
  it('an exchange rate', () => none('The exchange rate fell to a record low.'));
  it('returns on investment', () => none('The returns on the investment were disappointing.'));
  it('a response from critics', () => none('Her remarks drew a sharp response from critics.'));
  it('a threatened walkout is no attack or release', () => none('Nurses threatened a walkout over pay, but no date was set.'));
  it('power lines that broke down', () => none('The storm broke down power lines across the city.'));
  it('"the agreement, which was brokered by …, calls for" is a term, no demand', () => none('Envoys have pressed both sides for months. The agreement, which was brokered by the United States and Qatar, calls for the withdrawal of troops within 90 days.'));
  it('"fired its chief executive" and "was killed in a crash" are no attacks', () => {
    none('The company fired its chief executive on Monday.');
    none('A teacher was killed in a car crash on Monday.');
  });
  it('a withdrawal is not one of the event types', () => none('Israeli officials said troops would withdraw from populated areas under the deal.'));
  it('quitting an agreement that is no truce has no event type ("pulled out of the grain deal")', () => none('Envoys have pressed both sides for months. Russia pulled out of the grain deal in July.'));
  it('troops pulling out of a city, or a party leaving truce talks, end no truce', () => {
    none('Israeli troops pulled out of the city overnight.');
    assert.deepEqual(findEventsIn('Envoys have pressed both sides for months. Hamas withdrew from the ceasefire talks on Tuesday.', '2024-05-10').events.filter((e) => e.value.type === 'ceasefire_end').length, 0);
  });
  it('"had met all its obligations" is no meeting, "Economists had warned" no warning of a party, "asked for comment" no demand', () => {
    noTalks('Envoys have pressed both sides for months. Israel said it had met all its obligations under the truce.');
    none('Economists had warned that a second port strike could cost the economy up to $5 billion a day.');
    none('Envoys have pressed both sides for months. Reporters asked for comment.');
  });
  it('session 12: no round of talks in a session of parliament or a round of sanctions; no demand in "asked not to be named"; no incident in "violations of international law"', () => {
    none('Envoys have pressed both sides for months. The first session of parliament opened on Monday. A new round of sanctions was announced.');
    none('Envoys have pressed both sides for months. The officials asked not to be named. Reporters asked him to comment.');
    none('Envoys have pressed both sides for months. Both sides traded accusations of violations of international law during the truce.');
  });
  it('a relative clause with "seized" is no attack unless a place or its city follows the verb', () => {
    none('The coast guard, which seized a tanker off Gibraltar on Friday, said the crew was safe.');
    none('Police, who seized weapons in Nablus on Monday, said three men were arrested.');
    none('Hamas, which seized control of Gaza in 2007, said it was ready.');
  });
});
