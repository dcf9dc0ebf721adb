import { describe, it } from 'node:test';
import { expectNoClaims } from './testing.js';

describe('status claims: words of the lexicon used otherwise', () => {
  it('a building collapsed', () => expectNoClaims('The building collapsed after the strike.'));
  it('someone talks', () => expectNoClaims('She talks about her family every day.'));
  it('a great deal of', () => expectNoClaims('A great deal of aid is still waiting at the crossing.'));
  it('nodded in agreement', () => expectNoClaims('The minister nodded in agreement.'));
  it('a car stalled', () => expectNoClaims('The car stalled on the bridge.'));
  it('broke down in tears', () => expectNoClaims('He broke down in tears at the funeral.'));
  it('close to the border', () => expectNoClaims('The shelter is close to the border.'));
  it('flights resumed', () => expectNoClaims('Flights resumed at the airport on Monday.'));
  it('signed a petition', () => expectNoClaims('The patients signed a petition.'));
  it('reached a city', () => expectNoClaims('The army reached the outskirts of the city.'));
  it('a ceasefire line', () => expectNoClaims('The ceasefire line runs along the river.'));
  it('holding hostages', () => expectNoClaims('Holding hostages is a war crime.'));
  it('the closest ally in years', () => expectNoClaims('He called the visit a sign of the closest ally in years.'));
  it('a pause button', () => expectNoClaims('The pause button was pressed twice.'));
  it('the talks to resume', () => expectNoClaims('Mediators pushed for the talks to resume.'));
  it('quit a job', () => expectNoClaims('He quit his job at the port in May.'));
  it('pulled out of a city', () => expectNoClaims('The troops pulled out of the city overnight.'));
});

describe('status claims: conditions, wishes, questions and the past', () => {
  it('if the talks collapse', () => expectNoClaims('If the talks collapse, fighting will resume.'));
  it('should the talks collapse', () => expectNoClaims('Should the talks collapse, the region could see a wider war.'));
  it('a deal could be announced', () => expectNoClaims('A deal could be announced within days.'));
  it('hope a deal is within reach', () => expectNoClaims('Officials hope a deal is within reach.'));
  it('pressure to agree', () => expectNoClaims('Washington is raising pressure on the group to agree to a ceasefire.'));
  it('a demand that a party agree', () => expectNoClaims('European leaders demanded that Russia agree to an unconditional 30-day ceasefire.'));
  it('a call on a party to agree', () => expectNoClaims('The envoy called on both sides to agree to a truce.'));
  it('a question', () => expectNoClaims('Is a deal close to being reached?'));
  it('a previous truce', () => expectNoClaims('A previous ceasefire collapsed within hours.'));
  it('a collapse that would', () => expectNoClaims('A collapse of the talks would prolong the crisis.'));
  it('rather than new rounds', () => expectNoClaims('The group wants a plan for the framework, rather than hold new rounds of negotiations.'));
});
