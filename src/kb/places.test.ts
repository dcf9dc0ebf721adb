/**
 * @module kb/places.test — the country lookup: one folding, demonyms (shared ones by
 * option), names with or without aliases, and a country's names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryForms, countryNamed, countryNames, countryOfDemonym, foldPlace } from './places.js';

test('foldPlace drops accents, straightens apostrophes, lower-cases and single-spaces', () => {
  assert.equal(foldPlace('Curaçaoan'), 'curacaoan');
  assert.equal(foldPlace('  Côte d’Ivoire '), "cote d'ivoire");
  assert.equal(foldPlace('United\n States'), 'united states');
});

test('a demonym names its country, whatever its case or accents', () => {
  assert.equal(countryOfDemonym('Israeli')?.name, 'Israel');
  assert.equal(countryOfDemonym('egyptian')?.name, 'Egypt');
  assert.equal(countryOfDemonym('Curaçaoan')?.name, 'Curaçao');
  assert.equal(countryOfDemonym('Curacaoan')?.name, 'Curaçao');
  assert.equal(countryOfDemonym('South Korean')?.name, 'South Korea');
});

test('a demonym several countries share gives the first or the last listed', () => {
  const dutch = countryForms('Dutch').filter((f) => f.kind === 'demonym').map((f) => f.country.name);
  assert.ok(dutch.length > 1);
  assert.equal(countryOfDemonym('Dutch')?.name, dutch[0]);
  assert.equal(countryOfDemonym('Dutch', { shared: 'first' })?.name, dutch[0]);
  assert.equal(countryOfDemonym('Dutch', { shared: 'last' })?.name, dutch.at(-1));
  assert.notEqual(dutch[0], dutch.at(-1));
});

test('what is not a demonym gives no country', () => {
  assert.equal(countryOfDemonym('Israel'), undefined);
  assert.equal(countryOfDemonym('minister'), undefined);
  assert.equal(countryOfDemonym(''), undefined);
});

test('a country is named by its common name, and by an alias unless aliases are left out', () => {
  assert.equal(countryNamed('egypt')?.name, 'Egypt');
  assert.equal(countryNamed('Arab Republic of Egypt')?.name, 'Egypt');
  assert.equal(countryNamed('Arab Republic of Egypt', { aliases: false }), undefined);
  assert.equal(countryNamed('Republic of Turkey')?.name, 'Türkiye');
  assert.equal(countryNamed('Republic of Turkey', { aliases: false }), undefined);
  assert.equal(countryNamed('Turkiye', { aliases: false })?.name, 'Türkiye');
});

test('capitals, demonyms and two-letter codes are no country names', () => {
  assert.equal(countryNamed('Paris'), undefined);
  assert.equal(countryNamed('Egyptian'), undefined);
  assert.equal(countryNamed('US'), undefined);
});

test('the forms of a word list a country\'s demonym before its names', () => {
  // "Thai" is Thailand's demonym and one of its other spellings
  const kinds = countryForms('Thai').filter((f) => f.country.name === 'Thailand').map((f) => f.kind);
  assert.equal(kinds[0], 'demonym');
  assert.ok(kinds.includes('alias'));
  assert.deepEqual(countryForms('Paris'), []);
});

test('a country\'s names are its common name, aliases and demonym, folded; another name is itself', () => {
  const egypt = countryNames('Egypt');
  assert.ok(egypt.includes('egypt'));
  assert.ok(egypt.includes('arab republic of egypt'));
  assert.ok(egypt.includes('egyptian'));
  assert.deepEqual(countryNames('Atlantis'), ['atlantis']);
  assert.deepEqual(countryNames('Turkey'), ['turkey']);
});
