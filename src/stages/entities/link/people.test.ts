// The people an article names (session 16, round 3): invented sentences, run through the whole
// pipeline, checking which person mentions the link stage gives and how they are named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../../../config.js';
import { prepare } from '../../../ingest/index.js';
import { createContext } from '../../../pipeline/context.js';
import { defaultPipeline } from '../../../pipeline/default.js';
import { analyzeDocument } from '../../../pipeline/pipeline.js';
import type { MentionValue } from './index.js';

const pipeline = defaultPipeline();
const ctx = createContext({ ...DEFAULTS, referenceDate: '2026-01-01' });

/** `text=name` of every person mention of `text` published on `day`. */
function people(text: string, day = '2024-05-01'): string[] {
  const doc = prepare({ source: 't', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: day, method: 'metadata', from: 'test' } } });
  const a = analyzeDocument(pipeline, ctx, doc);
  return (a.layers.get('mention') ?? []).filter((m) => (m.value as MentionValue).type === 'person').map((m) => `${m.text}=${(m.value as MentionValue).name}`);
}

describe('people: places and lines named after people are no one', () => {
  it('a boulevard named after a person is a place', () => {
    const got = people('Strikers marched down Martin Luther King Jr. Boulevard on Friday, union leader Dora Quist said.');
    assert.ok(!got.some((p) => p.startsWith('Martin Luther')), got.join('; '));
    assert.ok(got.includes('Dora Quist=Dora Quist'), got.join('; '));
  });
  it('a monument or hall a person\'s name modifies names no one', () => {
    const got = people('Mourners gathered at the Taras Shevchenko monument on Sunday. Negotiators later met at the Nelson Mandela conference hall, mediator Ivo Brandt said.');
    assert.deepEqual(got.filter((p) => /Shevchenko|Mandela/.test(p)), []);
    assert.ok(got.includes('Ivo Brandt=Ivo Brandt'), got.join('; '));
  });
  it('a surname that is also a place noun stays a person: "Kim Park", "Stuart Hall" (guard)', () => {
    const got = people('Kim Park met Stuart Hall on Monday. Park spoke first.');
    assert.ok(got.includes('Kim Park=Kim Park') && got.includes('Stuart Hall=Stuart Hall'), got.join('; '));
  });
  it('the person of "the Netanyahu government" stays a person (guard)', () => {
    assert.ok(people('Critics of the Netanyahu government protested in Haifa.').some((p) => p.startsWith('Netanyahu')));
  });
  it('a wire sign-off and a byline line name no one in the news', () => {
    const got = people('By Lena Marsh\n\nHARBORTON — Union leader Abe Corwin said the strike would go on.\n\nLena Marsh contributed reporting from Harborton.\n\nReporting by Lena Marsh; editing by Tom Vell');
    assert.deepEqual(got, ['Abe Corwin=Abe Corwin']);
  });
  it('"X contributed from Y.", "… in Y contributed." and "Contributing: X in Y." close an article and name no one', () => {
    const got = people('HARBORTON — Union leader Abe Corwin said the strike would go on.\n\nAssociated writer Lena Marsh contributed from Harborton.\n\nContributing: Tom Vell in Baltimore.\n\nWire writer Ida Brook in Cairo contributed.');
    assert.deepEqual(got, ['Abe Corwin=Abe Corwin']);
  });
  it('a country that contributed in a month is still named (guard)', () => {
    const got = people('Donor Ida Brook said aid was short.\n\nAbe Corwin contributed in March a further $5 million.');
    assert.deepEqual(got, ['Ida Brook=Ida Brook', 'Abe Corwin=Abe Corwin']);
  });
});

describe('people: a title inside a tagged name', () => {
  it('"Maryland Gov. Wes Moore" after a dateline is Wes Moore, the state a place', () => {
    const got = people('BALTIMORE (Example Wire) — Dockers struck.\n\nMaryland Gov. Wes Moore urged both sides to talk. Moore said the state could help.');
    assert.deepEqual(got, ['Wes Moore=Wes Moore', 'Moore=Wes Moore']);
  });
});

describe('people: a KB surname alone the tagger missed or read as MISC', () => {
  it('"Burhan landed in Cairo" with no full name is al-Burhan in office', () => {
    const got = people('PORT SUDAN — Burhan landed in Cairo on Wednesday for talks, and Burhan later returned.', '2024-01-10');
    assert.ok(got.length >= 1 && got.every((p) => p.endsWith('=Abdel Fattah al-Burhan')), got.join('; '));
  });
  it('"Lavrov is due in Riyadh" at a sentence start is Sergei Lavrov', () => {
    const got = people('The envoys met in Geneva on Tuesday. Lavrov is due in Riyadh next week.', '2025-02-20');
    assert.deepEqual(got, ['Lavrov=Sergei Lavrov']);
  });
  it('a common word or a word inside a longer name is not read so (guard)', () => {
    assert.deepEqual(people('Talks resumed on Tuesday. Lavrov Street was closed to traffic.', '2025-02-20'), []);
  });
});

describe('people: a short name two KB people share', () => {
  it('a bare "Sinwar" in 2024 is Yahya Sinwar, the one in office whose brother held none yet', () => {
    const got = people('Talks stalled on Friday. "Sinwar has no reason to say yes," analyst Ida Brook said.', '2024-08-16');
    assert.ok(got.includes('Sinwar=Yahya Sinwar'), got.join('; '));
  });
  it('a bare "Sinwar" once both brothers had held office, and a bare "Miller", name no KB person (guard)', () => {
    assert.ok(!people('Talks stalled. "Sinwar has no reason to say yes," analyst Ida Brook said.', '2025-03-16').some((p) => /=(?:Yahya|Mohammed) Sinwar$/.test(p)));
    assert.ok(!people('Talks stalled. Miller said the plan was good.', '2024-03-16').some((p) => /=(?:Matthew|Aaron David) Miller$/.test(p)));
  });
  it('a surname after "his brother X" goes to the one named otherwise, not the brother', () => {
    const got = people('The choice of Sinwar shaped the talks. Yahya Sinwar is hiding in tunnels with his brother Mohammed Sinwar. Analysts say the choice of Sinwar is decisive.', '2024-05-07');
    assert.deepEqual(got, ['Sinwar=Yahya Sinwar', 'Yahya Sinwar=Yahya Sinwar', 'Mohammed Sinwar=Mohammed Sinwar', 'Sinwar=Yahya Sinwar']);
  });
  it('the last-mentioned namesake still takes the bare surname when neither is named as kin (guard)', () => {
    const got = people('Matthew Miller spoke first. Aaron David Miller, a former negotiator, was cautious. "No deal yet," Miller said.', '2024-08-16');
    assert.equal(got.at(-1), 'Miller=Aaron David Miller', got.join('; '));
  });
});

describe('people: two given names after a noun of kin', () => {
  it('"her sons Ariel and Kfir", "daughters Noiya and Yahel": the second name is a person too', () => {
    const got = people('Shiri Bibas and her sons Ariel and Kfir were taken from Nir Oz. His wife Lianne and daughters Noiya and Yahel were killed.', '2025-02-20');
    assert.ok(got.includes('Kfir=Kfir') && got.includes('Yahel=Yahel'), got.join('; '));
  });
  it('a country or KB name after "and" stays what it is (guard)', () => {
    const got = people('His son Tal and Israel agreed on Monday, the family said.', '2025-02-20');
    assert.ok(!got.some((p) => p.startsWith('Israel=')), got.join('; '));
  });
});
