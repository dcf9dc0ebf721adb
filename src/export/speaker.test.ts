/**
 * @module export/speaker.test — which linked mention names a quote's speaker.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../pipeline/annotation.js';
import type { QuoteValue } from '../stages/quotes/index.js';
import type { MentionValue } from '../stages/entities/link/index.js';
import { entityIdOf, exportedSpeakerText, speakerEntity } from './export.js';

const TEXT = "Burhan's deputy, Malik Agar, said the army would not negotiate.";

function mention(name: string, start: number): ReturnType<typeof annotate<MentionValue>> {
  const end = start + TEXT.slice(start).indexOf(name.split(' ').at(-1)!) + name.split(' ').at(-1)!.length;
  const value: MentionValue = { type: 'person', key: `name:person:${name.toLowerCase()}`, name, kb: null, wikidata: null, via: 'name' };
  return annotate('mention', TEXT, start, end, value, 'test');
}

describe('speakerEntity', () => {
  const burhan = mention('Burhan', 0);
  const agar = mention('Malik Agar', TEXT.indexOf('Malik'));
  const speakerText = TEXT.slice(0, TEXT.indexOf(', said'));
  const quote = { speakerKind: 'name', speakerText, speakerSpan: { start: 0, end: speakerText.length }, antecedent: null } as unknown as QuoteValue;

  it('a name before a possessive owns the speaker: the named appositive speaks', () => {
    assert.equal(speakerEntity('d1', quote, [burhan, agar]), entityIdOf('d1', agar.value));
  });
  it('the owner of a person is not that person: `Burhan\'s deputy` alone has no speaker entity', () => {
    assert.equal(speakerEntity('d1', quote, [burhan]), null);
    const nominal = { ...quote, speakerKind: 'nominal', speakerText: "Burhan's deputy", speakerSpan: { start: 0, end: 15 } } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', nominal, [burhan]), null);
  });
  it('an owner speaks through a body of theirs (`Burhan\'s office`)', () => {
    const office = { ...quote, speakerKind: 'organization', speakerText: "Burhan's deputy", speakerSpan: { start: 0, end: 15 } } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', office, [burhan]), entityIdOf('d1', burhan.value));
  });
  it('a name tagged as no person at the speaker is the person its antecedent names', () => {
    const text = 'Haddad: Truce within reach\n\nThe mediator Omar Haddad spoke.';
    const org: MentionValue = { type: 'organization', key: 'name:organization:haddad', name: 'Haddad', kb: null, wikidata: null, via: 'name' };
    const person: MentionValue = { type: 'person', key: 'name:person:omar haddad', name: 'Omar Haddad', kb: null, wikidata: null, via: 'name' };
    const at = text.indexOf('Omar');
    const label = { speakerKind: 'name', speakerText: 'Haddad', speakerSpan: { start: 0, end: 6 }, antecedent: { start: at, end: at + 11, text: 'Omar Haddad' } } as unknown as QuoteValue;
    const mentions = [annotate('mention', text, 0, 6, org, 'test'), annotate('mention', text, at, at + 11, person, 'test')];
    assert.equal(speakerEntity('d1', label, mentions), entityIdOf('d1', person));
  });
  it('a place owns a body it speaks through (`Qatar\'s foreign ministry`), not any body in it (`Britain\'s largest rail union`)', () => {
    const text = "Britain's largest rail union rejected the offer.";
    const uk: MentionValue = { type: 'place', key: 'kb:gb', name: 'United Kingdom', kb: null, wikidata: null, via: 'name' };
    const union = { speakerKind: 'organization', speakerText: "Britain's largest rail union", speakerSpan: { start: 0, end: 28 }, antecedent: null } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', union, [annotate('mention', text, 0, 7, uk, 'test')]), null);
    const ministry = { ...union, speakerText: "Britain's foreign ministry", speakerSpan: { start: 0, end: 26 } } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', ministry, [annotate('mention', text, 0, 7, uk, 'test')]), entityIdOf('d1', uk));
  });
  it('a place in a description only says where: no speaker entity', () => {
    const text = 'Sudan envoy says talks are the only road';
    const sudan: MentionValue = { type: 'place', key: 'kb:sudan', name: 'Sudan', kb: null, wikidata: null, via: 'name' };
    const envoy = { speakerKind: 'nominal', speakerText: 'Sudan envoy', speakerSpan: { start: 0, end: 11 }, antecedent: null } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', envoy, [annotate('mention', text, 0, 5, sudan, 'test')]), null);
  });
  it('an acronym in closing brackets names the body that speaks, not a word of its spelled-out name', () => {
    const text = 'The Rail, Maritime and Transport union (RMT) said its members would strike.';
    const speakerText = text.slice(4, text.indexOf(' said'));
    const place: MentionValue = { type: 'place', key: 'name:place:transport', name: 'Transport', kb: null, wikidata: null, via: 'name' };
    const rmt: MentionValue = { type: 'organization', key: 'name:organization:rmt', name: 'RMT', kb: null, wikidata: null, via: 'name' };
    const at = (w: string): number => text.indexOf(w);
    const mentions = [annotate('mention', text, at('Transport'), at('Transport') + 9, place, 'test'), annotate('mention', text, at('RMT'), at('RMT') + 3, rmt, 'test')];
    const q = { speakerKind: 'organization', speakerText, speakerSpan: { start: 4, end: 4 + speakerText.length }, antecedent: null } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', q, mentions), entityIdOf('d1', rmt));
    // a person described by the body (`A spokesman for the … union (RMT)`) is not the body
    const nominal = { ...q, speakerKind: 'nominal' } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', nominal, mentions), null);
  });
  it('a body\'s name set off last names the body that speaks, not a body in the description (`The UN agency for refugees, UNRWA`)', () => {
    const text = 'The UN agency for refugees, UNRWA, said the shelters were full.';
    const un: MentionValue = { type: 'organization', key: 'name:organization:un', name: 'United Nations', kb: null, wikidata: null, via: 'name' };
    const unrwa: MentionValue = { type: 'organization', key: 'name:organization:unrwa', name: 'UNRWA', kb: null, wikidata: null, via: 'name' };
    const at = (w: string): number => text.indexOf(w);
    const mentions = [annotate('mention', text, at('UN '), at('UN ') + 2, un, 'test'), annotate('mention', text, at('UNRWA'), at('UNRWA') + 5, unrwa, 'test')];
    const q = { speakerKind: 'organization', speakerText: text.slice(0, at(', said')), speakerSpan: { start: 0, end: at(', said') }, antecedent: null } as unknown as QuoteValue;
    assert.equal(speakerEntity('d1', q, mentions), entityIdOf('d1', unrwa));
  });
});

describe('exportedSpeakerText', () => {
  it('a pronoun standing for an unnamed source carries its description (`A senior official said … He added …`)', () => {
    const he = { speakerKind: 'anonymous', speakerText: 'He', speakerSpan: { start: 60, end: 62 }, antecedent: { start: 0, end: 18, text: 'A senior official' } } as unknown as QuoteValue;
    assert.equal(exportedSpeakerText(he), 'A senior official');
    const named = { ...he, speakerKind: 'pronoun', antecedent: { start: 0, end: 11, text: 'Omar Haddad' } } as unknown as QuoteValue;
    assert.equal(exportedSpeakerText(named), 'He');
  });
});
