/** Cases that must not date anything, or must not date it this way. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eraClues } from './eras.js';
import { eventRefClues } from './event-refs.js';
import { phrasePattern } from './phrases.js';
import { namesEarlierEvent } from './mentions.js';
import { roleClues, type RoleHolder } from './roles.js';
import { dating, publishedOf } from './testing.js';

const noEra = (text: string) => it(JSON.stringify(text), () => assert.deepEqual(eraClues(text, 'd'), []));
const noRef = (text: string) => it(JSON.stringify(text), () => assert.deepEqual(eventRefClues(text, 'd', [{ start: 0, end: text.length }], []), []));

describe('no era', () => {
  noEra('Veterans of the 2014 Gaza war met in Ashkelon.');
  noEra('The previous war in Gaza ended in a truce.');
  noEra('Shelling continued in the war in eastern Ukraine.');
  noEra('The war in Sudan ended with the 2005 peace accord.');
  noEra('Hostages were freed in a bank robbery in Ohio.');
  noEra('The warning in Gaza City came at dawn.');
  noEra('Gaza warfare experts spoke.');
  noEra('Netanyahu said the Philadelphi corridor must be in Israel\'s hands, as Hamas held the hostages.');
  noEra('Israeli troops left the Philadelphi corridor in 2005 as settlers were evacuated from Gaza.');
  noEra('Gilad Shalit was held captive in Gaza by Hamas for five years.');
});

describe('no event ref', () => {
  noRef('Israel named Yahya Sinwar in an indictment.');
  noRef('Mohammed Sinwar was killed in Khan Younis.');
  noRef('Haniyeh.\nKilled in action were two soldiers.');
});

describe('no role clue', () => {
  const BLINKEN: RoleHolder[] = [{ name: 'Antony Blinken', aliases: [], roles: [{ title: 'Secretary of State', of: 'United States', from: '2021-01-26', to: '2025-01-20' }] }];
  it('"the deputy <title>, <name>" is another title', () => assert.deepEqual(roleClues('He met the deputy secretary of state, Antony Blinken, twice.', 'd', BLINKEN), []));
  it('a title that is not right before the comma dates nothing', () => assert.deepEqual(roleClues('They called the secretary of state a liar, Antony Blinken said.', 'd', BLINKEN), []));
  it('a title inside a sentence without "the" before a comma and a name', () => assert.deepEqual(roleClues('Critics called him secretary of state, Antony Blinken said.', 'd', BLINKEN), []));
  it('"former" before another person\'s words is no past title of the next name ("the former minister met with Mike Pence")', () => assert.equal(publishedOf('The former minister met with Mike Pence, and Republican nominee Donald Trump attacked them both.').value, '2016-08-05'));
  it('"a" before a title after a name is no past title without "former" ("Antony Blinken, a secretary of state")', () => assert.deepEqual(roleClues('Antony Blinken, a secretary of state, wrote.', 'd', BLINKEN), []));
  it('only a country\'s possessive opens the sentence ("Trump\'s secretary of state" may be a former one)', () => assert.deepEqual(roleClues('Ties frayed. Biden\'s secretary of state, Antony Blinken, flew in.', 'd', BLINKEN), []));
  it('"the killing of the <title>, <name>" dates nothing', () => assert.deepEqual(roleClues('Crowds recalled the killing of the secretary of state, Antony Blinken, in the novel.', 'd', BLINKEN), []));
  it('a hypothetical government ("a Netanyahu government") dates nothing', () => assert.deepEqual(roleClues('Critics fear what a Netanyahu government would do.', 'd', [{ name: 'Benjamin Netanyahu', aliases: [], roles: [{ title: 'Prime Minister', of: 'Israel', from: '2009-03-31', to: '2021-06-13' }] }]), []));
});

describe('no lower bound', () => {
  it('a full date said in the future bounds nothing', () => assert.equal(dating('Secretary of State Marco Rubio said on Monday that the successor would take office in January 2026.', '2026-11-21')[2], '2025-01-21'));
});

describe('no match', () => {
  it('a phrase does not match inside a word', () => assert.equal(phrasePattern('Gaza war', 3).exec('the Gaza warplane'), null));
});

describe('no dateline year from a weekday not said in the past', () => {
  // June 13 was a Monday in 2022: a weekday said in the future must not pick that year over the latest, 2024
  it('a future weekday in the lead picks no year', () => assert.equal(dating('AMMAN, June 13 (Reuters) - Secretary of State Antony Blinken will meet King Abdullah on Monday.')[0], '2024-06-13'));
  it('no evidence: no year from the text, only the guess', () => assert.match(JSON.stringify(publishedOf('AMMAN, June 10 (Reuters) - The king met envoys on Monday.').evidence), /nothing else in the text bounds the year/));
});

describe('not background', () => {
  it('"the Nov. 8 presidential election" names no earlier event', () => assert.equal(namesEarlierEvent('before the Nov. 8 presidential election', 11, 17), false));
});

describe('no dateline year from a target', () => {
  it('"by the end of 2017" does not pick the dateline year', () => assert.notEqual(dating('LONDON, Jan. 9 (Reuters) - Rail workers will strike, the union said on Monday. Operators proposed closing ticket offices by the end of 2017.')[0], '2018-01-09'));
});

describe('no deadline from a holiday gone by', () => {
  it('a holiday deadline does not override a dateline\'s month and day (`CAIRO, May 6 … a truce before Christmas` is May 6)', () => assert.equal(publishedOf('CAIRO, May 6 (Reuters) - Mediators said they hope for a truce before Christmas.').value?.slice(5), '05-06'));
  it('"the truce collapsed before Ramadan" does not put the article before a Ramadan', () => assert.ok(!publishedOf('Secretary of State Antony Blinken said the truce in Gaza collapsed before Ramadan.').evidence.some((e) => typeof e === 'string' && e.includes('ahead of the holiday'))));
});

describe('session 17: no milestone', () => {
  it('a 60-day ceasefire in Lebanon is not the Gaza proposal', () => assert.deepEqual(eventRefClues('The 60-day ceasefire between Israel and Hezbollah took effect in Lebanon.', 'd', [{ start: 0, end: 73 }], []), []));
  it('talks in Jeddah on Ukraine without the 2025 truce or its US officials are not the 2025 round', () => assert.deepEqual(eventRefClues('Yermak led Ukraine\'s delegation at talks in Jeddah on the peace formula.', 'd', [{ start: 0, end: 72 }], []), []));
  it('freeing "the 20 living hostages" ahead is not their release', () => assert.deepEqual(eventRefClues('The plan calls on Hamas to free the 20 living hostages within 72 hours.', 'd', [{ start: 0, end: 70 }], []), []));
  it('a past extension of the four-day truce told later is not the truce era when a year precedes it', () => assert.deepEqual(eraClues('The 2023 four-day truce was extended twice before it collapsed in Gaza under Hamas fire.', 'd').filter((c) => c.latest === '2023-12-01'), []));
  it('famine confirmed in Sudan is not the Gaza famine', () => assert.deepEqual(eventRefClues('Experts confirmed famine in the Zamzam camp in Sudan.', 'd', [{ start: 0, end: 53 }], []), []));
  it('the RSF taking the presidential palace in 2023 is not its recapture', () => assert.deepEqual(eventRefClues('The RSF took control of the presidential palace in Khartoum.', 'd', [{ start: 0, end: 60 }], []), []));
  it('OPEC+ talks in Riyadh with Russia are not the 2025 US–Russia meeting', () => assert.deepEqual(eventRefClues('Russian officials held talks in Riyadh on oil output with Saudi ministers.', 'd', [{ start: 0, end: 73 }], []), []));
  it('the second round of direct talks of 2022, in Belarus, is not the 2025 Istanbul round', () => assert.deepEqual(eventRefClues('Russia and Ukraine held a second round of direct talks in Belarus.', 'd', [{ start: 0, end: 66 }], []), []));
  it('a Lebanon 60-day ceasefire beside Gaza is not the Witkoff proposal', () => assert.deepEqual(eventRefClues('The 60-day ceasefire in Lebanon does not cover Gaza.', 'd', [{ start: 0, end: 52 }], []), []));
  it('the International Stabilisation Force in Timor-Leste is not Gaza\'s', () => assert.deepEqual(eventRefClues('Australian troops led the International Stabilisation Force in Timor-Leste.', 'd', [{ start: 0, end: 75 }], []), []));
  it('"the last 20 living hostages" is no era of living hostages', () => assert.deepEqual(eraClues('Hamas freed the last 20 living hostages in Gaza.', 'd').filter((c) => c.latest === '2025-10-12'), []));
});
