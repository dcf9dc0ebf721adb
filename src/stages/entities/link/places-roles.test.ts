// Places read as people and roles without their owner (session 17, entities round 2): invented
// sentences run through the whole pipeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../../../config.js';
import { prepare } from '../../../ingest/index.js';
import { createContext } from '../../../pipeline/context.js';
import { defaultPipeline } from '../../../pipeline/default.js';
import { analyzeDocument } from '../../../pipeline/pipeline.js';
import type { MentionValue, RoleValue } from './index.js';

const pipeline = defaultPipeline();
const ctx = createContext({ ...DEFAULTS, referenceDate: '2026-01-01' });

function layers(text: string, day = '2025-10-09') {
  const doc = prepare({ source: 't', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: day, method: 'metadata', from: 'test' } } });
  return analyzeDocument(pipeline, ctx, doc).layers;
}
/** `text=type:name` of every mention. */
function mentions(text: string): string[] {
  return (layers(text).get('mention') ?? []).map((m) => `${m.text}=${(m.value as MentionValue).type}:${(m.value as MentionValue).name}`);
}
/** `title|of` of every role. */
function roles(text: string): string[] {
  return (layers(text).get('role') ?? []).map((r) => `${(r.value as RoleValue).title}|${(r.value as RoleValue).of}`);
}

describe('places: a title word inside a place name makes no person', () => {
  it('Sharm el-Sheikh (and Sharm al-Sheikh) is a city', () => {
    const got = mentions('The envoy later flew to Sharm el-Sheikh, Egypt, for a summit. Talks in Sharm al-Sheikh resumed a week later.');
    assert.ok(got.includes('Sharm el-Sheikh=place:Sharm el-Sheikh'), got.join('; '));
    assert.ok(got.includes('Sharm al-Sheikh=place:Sharm el-Sheikh'), got.join('; '));
    assert.ok(!got.some((m) => m.includes('=person:')), got.join('; '));
  });
});

describe('outlets: an outlet-like name is an organization', () => {
  it('"Red Sea Eye Watch Network" is one organization, no person', () => {
    const got = mentions('According to the Harbor Daily Courier and Red Sea Eye Watch Network, the convoy was stopped.');
    assert.ok(!got.some((m) => m.includes('=person:')), got.join('; '));
    assert.ok(got.some((m) => m.startsWith('Red Sea Eye Watch Network=organization')), got.join('; '));
  });
  it('an outlet opening a sentence keeps its first word: "Coastal Radio Network said"', () => {
    const got = mentions('Coastal Radio Network said the road had closed.');
    assert.deepEqual(got.filter((m) => m.includes('Network')).map((m) => m.replace(/:.*/, '')), ['Coastal Radio Network=organization']);
  });
});

describe('capitals: a capital listed where one travels is the city', () => {
  it('"shuttled between Cairo and Doha": Doha is the city, not Qatar', () => {
    const got = mentions('The negotiators shuttled between Cairo and Doha for weeks.');
    assert.ok(got.includes('Doha=place:Doha'), got.join('; '));
  });
  it('"talks between Doha and Cairo" still name the governments (guard)', () => {
    const got = mentions('The talks between Cairo and Doha stalled.');
    assert.ok(got.includes('Doha=place:Qatar'), got.join('; '));
  });
});

describe('roles: owners and offices', () => {
  it('"Jordan\'s Foreign Ministry spokesman X" is Jordan\'s Foreign Ministry spokesman', () => {
    const got = roles("Jordan's Foreign Ministry spokesman Karim al-Nasser told reporters the convoy had left.");
    assert.ok(got.includes('Foreign Ministry spokesman|Jordan'), got.join('; '));
  });
  it('"Jordan\'s Ministry of Foreign Affairs spokesman X": the ministry is in the title, Jordan owns it', () => {
    const got = roles("Jordan's Ministry of Foreign Affairs spokesman Karim al-Nasser agreed.");
    assert.deepEqual(got, ['Ministry of Foreign Affairs spokesman|Jordan']);
  });
  it('"then-New Mexico Gov." is a governor of New Mexico, not of Mexico', () => {
    const got = roles('The plan was praised by then-New Mexico Gov. Tom Alvarez and then-New Hampshire Gov. Ruth Kessler.');
    assert.deepEqual(got, ['Governor|New Mexico', 'Governor|New Hampshire']);
  });
  it('"then-South Carolina Gov." is a governor of South Carolina', () => {
    assert.deepEqual(roles('The bill was signed by then-South Carolina Gov. Mark Dunn in 2019.'), ['Governor|South Carolina']);
  });
  it('"spokesman Rear Adm. X" is a spokesman, not an "Adm."', () => {
    const got = roles('Navy spokesman Rear Adm. Yoav Dror said ships had sailed.');
    assert.ok(!got.some((r) => r.startsWith('Adm.|')), got.join('; '));
    assert.ok(got.some((r) => /^spokesman\|/.test(r)), got.join('; '));
  });
});
