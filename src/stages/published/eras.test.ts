import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eraClues, knownEras } from './eras.js';

const eras = (text: string): Array<[string | null, string | null, string]> => eraClues(text, 'd').map((c) => [c.earliest, c.latest, c.span!.text]);

describe('eraClues', () => {
  it('"the ongoing conflict in Gaza" is after the October 7 attacks', () => assert.deepEqual(eras('Envoys discussed the ongoing conflict in Gaza.'), [['2023-10-07', null, 'conflict in Gaza']]));
  it('Hamas-held hostages: between the attacks and the return of the last hostage', () => assert.deepEqual(eras('Families of Hamas-held hostages marched.'), [['2023-10-07', '2026-01-26', 'Hamas-held hostages']]));
  it('one clue per era, at its first phrase', () => assert.deepEqual(eras('The Gaza war went on. The war in Gaza, they said, must end.'), [['2023-10-07', null, 'Gaza war']]));
  it('two eras from one sentence', () => assert.deepEqual(eras('A hostage deal could end the war in Gaza, Hamas said.').map((c) => c[2]), ['war in Gaza', 'hostage deal']));
  it('the full-scale invasion of Ukraine', () => assert.deepEqual(eras('Since the full-scale invasion, Kyiv has rebuilt its grid.'), [['2022-02-24', null, 'full-scale invasion']]));
  it('Sudan with the RSF named', () => assert.deepEqual(eras('The war in Sudan has displaced millions, the RSF said.'), [['2023-04-15', null, 'war in Sudan']]));
  it('"bring the hostages home" with Gaza named', () => assert.deepEqual(eras('Blinken said the deal could bring the hostages home from Gaza.'), [['2023-10-07', '2026-01-26', 'bring the hostages home']]));
  it('relatives of hostages rallying, with Hamas named', () => assert.deepEqual(eras('Relatives of hostages rallied as Hamas studied the plan.'), [['2023-10-07', '2026-01-26', 'Relatives of hostages']]));
  it('Israeli troops in the Philadelphi corridor during hostage talks', () => assert.deepEqual(eras('Hamas wants the withdrawal of Israeli troops from the Philadelphi corridor before hostages are freed.').map((c) => [c[0], c[2]]), [['2024-05-29', 'troops from the Philadelphi corridor']]));
  it('Sudan\'s warring sides with the RSF named', () => assert.deepEqual(eras('Sudan\'s warring sides, the army and the RSF, met in Jeddah.'), [['2023-04-15', null, 'Sudan\'s warring sides']]));
  it('an era may need a word of a second list too (alsoContext)', () => {
    const two = [{ name: 'x', from: '2020-01-01', until: null, source: 's', phrases: ['blue army'], context: ['red force'], alsoContext: ['fighting'] }];
    assert.equal(eraClues('The blue army and the red force met.', 'd', two).length, 0);
    assert.equal(eraClues('Fighting between the blue army and the red force went on.', 'd', two).length, 1);
  });
  it('Sudan\'s army with the RSF and fighting is the war; without fighting it dates nothing', () => {
    assert.deepEqual(eras('The RSF shelled a market in Omdurman as fighting with the Sudanese army went on.'), [['2023-04-15', null, 'Sudanese army']]);
    assert.deepEqual(eras('Sudan\'s army and the RSF signed a framework deal with civilian parties.'), []);
  });
  it('the shipped data loads and is ordered', () => assert.ok(knownEras().every((e) => e.until === null || e.from <= e.until)));
});
