/**
 * @module corpus/events.test — merging event reports across documents; evidence of every exported event.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../analyze.js';
import { resolveConfig } from '../config.js';
import { buildExport, entityIdOf } from '../export/export.js';
import { findEventsIn } from '../stages/events/testing.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import type { Annotation } from '../pipeline/annotation.js';
import type { MentionValue } from '../stages/entities/link/index.js';
import type { EventValue } from '../stages/events/index.js';
import { datesAgree, EventMerger, quantitiesAgree, type DocumentEvents, type MergedEvent } from './events.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** Merges the given texts as documents (each `[text, publishedDay, duplicateOfIndex?]`). */
function merge(docs: readonly (readonly [string, string, number?])[]): MergedEvent[] {
  const merger = new EventMerger(entityIdOf);
  const ids: string[] = [];
  for (const [text, day, dup] of docs) {
    const found = findEventsIn(text, day);
    ids.push(found.id);
    merger.addDocument({ id: found.id, text: found.text, duplicateOf: dup === undefined ? null : ids[dup]!, events: found.events, mentions: found.mentions });
  }
  return merger.events();
}

const ofType = (events: readonly MergedEvent[], type: string): MergedEvent[] => events.filter((e) => e.type === type);

describe('corpus events: merging reports', () => {
  it('two reports of one release merge: corroboration 2, both sentences as evidence, both sources', () => {
    const events = merge([
      ['Hamas released 24 hostages on Friday, Qatari officials said.', '2023-11-25'],
      ['On Friday, Hamas freed 24 hostages held in Gaza since October, according to Egypt.', '2023-11-25'],
    ]);
    const releases = ofType(events, 'release');
    assert.equal(releases.length, 1, JSON.stringify(events));
    assert.equal(releases[0]!.corroboration, 2);
    assert.equal(releases[0]!.evidence.length, 2);
    assert.equal(releases[0]!.date.value, '2023-11-24');
    assert.deepEqual(releases[0]!.quantity, { value: 24, unit: 'hostages', qualifier: 'exact' });
  });

  it('a syndicated duplicate adds evidence but counts once', () => {
    const text = 'A four-day truce between Israel and Hamas took effect on Friday, and Hamas released 24 hostages in the afternoon.';
    const copy = `${text} Aid trucks were waiting at the border.`;
    const events = merge([[text, '2023-11-24'], [copy, '2023-11-25', 0]]);
    const release = ofType(events, 'release');
    assert.equal(release.length, 1);
    assert.equal(release[0]!.evidence.length, 2);
    assert.equal(release[0]!.corroboration, 1);
    assert.equal(ofType(events, 'ceasefire_start')[0]!.corroboration, 1);
  });

  it('a proposed release and an asserted release stay apart', () => {
    const events = merge([
      ['Hamas released 24 hostages on Friday.', '2023-11-25'],
      ['The deal would see Hamas release 24 hostages on Friday.', '2023-11-23'],
    ]);
    const releases = ofType(events, 'release');
    assert.deepEqual(releases.map((e) => e.modality).sort(), ['asserted', 'proposed']);
  });

  it('different counts of the same kind of event stay apart (a conflict, not one event)', () => {
    const events = merge([
      ['During the truce, Hamas released 105 hostages.', '2023-12-05'],
      ['During the truce, Hamas released 110 hostages.', '2023-12-05'],
    ]);
    assert.equal(ofType(events, 'release').length, 2);
  });

  it('a later mention of the same proposal in one document joins it', () => {
    const events = merge([['Egypt presented a new ceasefire proposal to Hamas on Monday. Hamas said it was studying the proposal.', '2024-05-01']]);
    const proposals = ofType(events, 'proposal');
    assert.equal(proposals.length, 1, JSON.stringify(proposals));
    assert.equal(proposals[0]!.evidence.length, 2);
    assert.equal(proposals[0]!.corroboration, 1);
  });

  it('a headline and the lead that restates it are one event, dated by the lead', () => {
    const events = merge([['Israel and Hamas agree to extend truce by two days\n\nIsrael and Hamas agreed on Monday to extend their truce in Gaza by two days, Qatar said.', '2023-11-28']]);
    const agreements = ofType(events, 'agreement');
    assert.equal(agreements.length, 1, JSON.stringify(agreements.map((e) => e.evidence.map((v) => v.text))));
    assert.equal(agreements[0]!.evidence.length, 2);
    assert.equal(agreements[0]!.date.value, '2023-11-27');
  });

  it('a headline event stays apart from body events of another place or mood', () => {
    const events = merge([['Talks on the truce resume in Cairo\n\nNegotiators met in Doha on Monday. Talks will resume in Cairo on Thursday.', '2024-05-06']]);
    const talks = ofType(events, 'talks');
    assert.equal(talks.length, 3, JSON.stringify(talks.map((e) => [e.modality, e.evidence.map((v) => v.text)])));
    assert.ok(talks.every((e) => e.evidence.length === 1));
  });

  it('a first paragraph ending in a full stop is not a headline', () => {
    const events = merge([['Israel and Hamas agreed to extend the truce.\n\nIsrael and Hamas agreed on Monday to extend their truce in Gaza by two days, Qatar said.', '2023-11-28']]);
    assert.equal(ofType(events, 'agreement').length, 2);
  });

  it('undated events with nothing in common do not merge', () => {
    const events = merge([
      ['Ceasefire negotiations continued in Doha.', '2024-05-01'],
      ['Ceasefire negotiations continued in Cairo.', '2024-06-01'],
    ]);
    assert.equal(ofType(events, 'talks').length, 2);
  });

  it('ids are stable across runs', () => {
    const docs: [string, string][] = [['Hamas released 24 hostages on Friday, Qatari officials said.', '2023-11-25']];
    assert.deepEqual(merge(docs).map((e) => e.id), merge(docs).map((e) => e.id));
  });

  it('compares counts and dates by what they can mean', () => {
    assert.ok(quantitiesAgree({ value: 33, unit: 'hostages', qualifier: 'at_most', start: 0, end: 0 }, { value: 33, unit: 'hostages', qualifier: 'exact', start: 0, end: 0 }));
    assert.ok(!quantitiesAgree({ value: 105, unit: 'hostages', qualifier: 'exact', start: 0, end: 0 }, { value: 110, unit: 'hostages', qualifier: 'exact', start: 0, end: 0 }));
    assert.ok(quantitiesAgree({ value: 200, unit: 'hostages', qualifier: 'at_least', start: 0, end: 0 }, { value: 240, unit: 'hostages', qualifier: 'about', start: 0, end: 0 }));
    assert.ok(datesAgree('2023-11-24', '2023-11'));
    assert.ok(!datesAgree('2023-11-24', '2023-11-25'));
  });
});

describe('corpus events: a date given only as a bound', () => {
  it('"collapsed before Ramadan": the exported date has no value and the last day it can be', () => {
    const [end] = ofType(merge([['Mediators pressed for a truce deal for weeks. The truce collapsed before Ramadan.', '2024-05-01']]), 'ceasefire_end');
    assert.deepEqual(end?.date, { value: null, precision: 'unknown', latest: '2024-03-10' });
  });
});

describe('corpus events: the export of the examples', () => {
  it('every exported event has evidence whose text repeats the document text, and valid fields', async () => {
    const store = new MemoryStore();
    await analyzePaths([EXAMPLES], { config: resolveConfig({ db: ':memory:', workers: 0 }, {}, null), store, command: 'annotate' });
    const ex = await buildExport(store, '2026-01-01T00:00:00Z') as { documents: { id: string; text: string }[]; events: MergedEvent[]; entities: { id: string }[] };
    const texts = new Map(ex.documents.map((d) => [d.id, d.text]));
    const entities = new Set(ex.entities.map((e) => e.id));
    assert.ok(ex.events.length > 50, `only ${ex.events.length} events`);
    for (const e of ex.events) {
      assert.ok(e.evidence.length >= 1, `${e.id} has no evidence`);
      for (const s of e.evidence) assert.equal(texts.get(s.doc)?.slice(s.start, s.end), s.text, `${e.id}: evidence text`);
      assert.ok(e.corroboration >= 1 && e.corroboration <= new Set(e.evidence.map((s) => s.doc)).size);
      for (const id of [...e.actors.agent, ...e.actors.target, ...e.actors.mediator, ...(e.location ? [e.location] : [])]) assert.ok(entities.has(id), `${e.id}: unknown entity ${id}`);
    }
    // the syndicated copy of the first-day truce article adds evidence, not corroboration
    const syndicated = ex.events.filter((e) => e.type === 'release' && e.quantity?.value === 24);
    assert.ok(syndicated.some((e) => e.evidence.length === 2 && e.corroboration === 1), JSON.stringify(syndicated));
  });
});

describe('corpus events: the merge index', () => {
  /** A small seeded generator (xorshift), so that the property test is repeatable. */
  function rng(seed: number): () => number {
    let x = seed >>> 0 || 1;
    return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  }
  const DATES: readonly [string | null, string, string][] = [
    [null, 'unknown', 'none'], ['2024', 'year', 'time'], ['2024-05', 'month', 'time'], ['2024-05', 'month', 'tense'],
    ['2024-05-03', 'day', 'time'], ['2024-05-03', 'day', 'anaphora'], ['2024-05-04', 'day', 'time'], ['2024-06', 'month', 'time'],
    ['2024-06-01T10:00', 'time', 'time'], ['2024-W22', 'week', 'time'], ['2025', 'year', 'time'],
  ];
  const PARTIES = ['org:hamas', 'place:israel', 'place:qatar', 'org:icrc'];

  /** Random documents of events over few types, dates, parties, places and counts, some joined to an earlier event by coreference. */
  function randomDocs(seed: number, n: number): DocumentEvents[] {
    const next = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const docs: DocumentEvents[] = [];
    for (let d = 0; d < n; d++) {
      const text = 'x'.repeat(400);
      const mentions = PARTIES.map((key, i) => ({ layer: 'mention', start: i, end: i + 1, text: 'x', source: 't', value: { key, name: key.split(':')[1]!, type: key.startsWith('place') ? 'place' : 'organization', kb: null } })) as unknown as Annotation<MentionValue>[];
      const events: Annotation<EventValue>[] = [];
      for (let k = 0; k < 4; k++) {
        const [value, precision, basis] = pick(DATES);
        const start = 10 + k * 40;
        const antecedent = k > 0 && next() < 0.3 ? { start: events[k - 1]!.value.trigger.start, end: events[k - 1]!.value.trigger.end } : null;
        const v = {
          type: pick(['release', 'attack'] as const), subtype: null, modality: 'asserted', modalityCue: null,
          trigger: { start, end: start + 5, text: 'freed' }, date: { value, precision, basis, span: null },
          agent: next() < 0.7 ? [pick(PARTIES)] : [], target: next() < 0.3 ? [pick(PARTIES)] : [], mediator: next() < 0.2 ? ['place:qatar'] : [],
          location: next() < 0.3 ? pick(['place:israel', 'place:qatar']) : null,
          quantity: next() < 0.4 ? { value: pick([5, 7]), unit: 'hostages', qualifier: 'exact' } : null,
          source: null, antecedent, sentence: { start, end: start + 30 }, period: null,
        } as unknown as EventValue;
        events.push({ layer: 'event', start, end: start + 30, text: text.slice(start, start + 30), value: v, source: 't' });
      }
      docs.push({ id: `d${d}`, text, duplicateOf: d > 0 && next() < 0.1 ? `d${d - 1}` : null, events, mentions });
    }
    return docs;
  }

  it('finds every cluster that scoring all clusters would find (same merged events, seeded random corpora)', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const fast = new EventMerger(entityIdOf);
      const slow = new EventMerger(entityIdOf, true);
      for (const d of randomDocs(seed, 60)) { fast.addDocument(d); slow.addDocument(d); }
      const a = fast.events();
      const b = slow.events();
      assert.ok(a.length < 240, 'the corpora merge something');
      assert.deepEqual(a, b, `seed ${seed}`);
    }
  });
});

describe('corpus events: session 14, a report that names no party', () => {
  const lead = 'Israel and Hamas reached an agreement in principle on Wednesday, Qatari mediators said.';
  it('an agreement in principle with no named parties in an article on other parties stays apart', () => {
    const events = ofType(merge([[lead, '2025-03-20'], ["Fighting between Sudan's army and the Rapid Support Forces continued in Darfur. Mediators in Jeddah said an agreement in principle was reached on Wednesday.", '2025-03-20']]), 'agreement');
    assert.deepEqual(events.map((e) => e.corroboration), [1, 1]);
  });
  it('one in an article on the same parties still merges', () => {
    const events = ofType(merge([[lead, '2025-03-20'], ['Hamas officials met mediators in Cairo. An agreement in principle was reached on Wednesday, the officials said.', '2025-03-20']]), 'agreement');
    assert.deepEqual(events.map((e) => e.corroboration), [2]);
  });
});

describe('corpus events: countries only a demonym names (session 15, round 2)', () => {
  it('"Egyptian and Qatari mediators have proposed": the exported proposal names Egypt and Qatar, entities of the export', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-demonym-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'title: Mediators press for a truce\npublished: 2024-08-14T09:00:00Z\n---\nEgyptian and Qatari mediators have proposed a new truce in Gaza, officials said on Wednesday.\nIsraeli troops shelled the outskirts of Rafah overnight, residents said.\n');
      const store = new MemoryStore();
      await analyzePaths([dir], { config: resolveConfig({ db: ':memory:', workers: 0 }, {}, null), store, command: 'annotate' });
      const ex = await buildExport(store, '2026-01-01T00:00:00Z') as { events: MergedEvent[]; entities: { id: string; name: string }[] };
      const names = new Map(ex.entities.map((e) => [e.id, e.name]));
      const actors = (type: string) => ex.events.filter((e) => e.type === type).map((e) => e.actors.agent.map((id) => names.get(id) ?? `?${id}`).join('+'));
      assert.deepEqual(actors('proposal'), ['Egypt+Qatar']);
      assert.deepEqual(actors('attack'), ['Israel']);
      // each such country has its evidence: the demonym, a mention of it in mentions[]
      const withMentions = ex as unknown as { mentions: { entity: string; text: string }[] };
      assert.deepEqual(withMentions.mentions.filter((m) => ['Egypt', 'Qatar', 'Israel'].includes(names.get(m.entity) ?? '')).map((m) => `${m.text}=${names.get(m.entity)}`), ['Egyptian=Egypt', 'Qatari=Qatar', 'Israeli=Israel']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
