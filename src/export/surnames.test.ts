/**
 * Cross-document surnames: a lone surname that nothing in its article resolved joins the
 * one full-name person of the corpus with that surname, in every view of the export.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeOf } from '../corpus/testing.js';
import { buildExport, type ExportEntity, type ExportMention, type ExportQuote } from './export.js';

const DOCKS = `Title: Port strike talks resume
Published: 2026-03-02

NEW YORK (Wire) — Harold Daggett, who leads the International Longshoremen's Association, said on Monday that talks with the United States Maritime Alliance would resume this week. "We are not going back without a fair contract," Daggett told reporters.
`;

const FOLLOW = `Title: Ports brace for walkout
Published: 2026-03-04

NEWARK (Wire) — Shipping lines braced for a walkout on Wednesday as the International Longshoremen's Association met the United States Maritime Alliance. "The employers have had months to make an offer," Daggett said in a statement after the meeting.
`;

const TEACHER = `Title: Teachers walk out
Published: 2026-03-06

DENVER (Wire) — Teachers at Lincoln High School walked out on Friday. "We want smaller classes," Ms. Daggett, a teacher at the school, said.
`;

const MILLERS = `Title: Two Millers
Published: 2026-03-05

WASHINGTON (Wire) — State Department spokesman Matthew Miller said the talks would continue. Aaron David Miller, a former negotiator, said the gaps were wide.
`;

const LONE_MILLER = `Title: Envoy travels
Published: 2026-03-06

CAIRO (Wire) — The envoy arrived in Cairo on Friday. "We will keep working until there is a deal," Miller said.
`;

async function exportOf(files: Record<string, string>): Promise<{ entities: ExportEntity[]; mentions: ExportMention[]; quotes: ExportQuote[] }> {
  const out = await buildExport(await storeOf(files), '2026-03-07T00:00:00Z');
  return out as unknown as { entities: ExportEntity[]; mentions: ExportMention[]; quotes: ExportQuote[] };
}

describe('cross-document surnames', () => {
  it('a lone surname joins the one full-name person of the corpus with it, in entities, mentions and quotes', async () => {
    const { entities, mentions, quotes } = await exportOf({ 'a.txt': DOCKS, 'b.txt': FOLLOW });
    const daggetts = entities.filter((e) => e.type === 'person' && /Daggett/.test(e.name));
    assert.equal(daggetts.length, 1, JSON.stringify(daggetts));
    assert.equal(daggetts[0]!.name, 'Harold Daggett');
    const id = daggetts[0]!.id;
    const lone = mentions.filter((m) => m.text === 'Daggett');
    assert.equal(lone.length, 2);
    assert.ok(lone.every((m) => m.entity === id));
    const speakers = new Set(quotes.filter((q) => q.speakerText === 'Daggett').map((q) => q.speaker));
    assert.deepEqual([...speakers], [id]);
  });

  it('every entity id a section names (mentions, speakers, actors, parties) is one of entities[]', async () => {
    const out = await buildExport(await storeOf({ 'a.txt': DOCKS, 'b.txt': FOLLOW, 'c.txt': MILLERS, 'd.txt': LONE_MILLER }), '2026-03-07T00:00:00Z');
    const ids = new Set((out['entities'] as ExportEntity[]).map((e) => e.id));
    const named = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string') { if (/^e_[0-9a-f]{16}$/.test(x)) named.add(x); }
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === 'object') Object.values(x).forEach(walk);
    };
    for (const section of ['mentions', 'quotes', 'events', 'conflicts', 'proposals', 'status']) walk(out[section]);
    assert.ok(named.size > 0);
    assert.deepEqual([...named].filter((id) => !ids.has(id)), []);
  });

  it('a lone surname in an article that shares too little with the full-name person\'s stays an entity of its own document', async () => {
    const { mentions, entities } = await exportOf({ 'a.txt': DOCKS, 'c.txt': TEACHER });
    const harold = entities.find((e) => e.name === 'Harold Daggett')!;
    const denver = mentions.find((m) => m.text === 'DENVER')!;
    const teacher = mentions.filter((m) => m.text === 'Daggett' && m.doc === denver.doc);
    assert.equal(teacher.length, 1, JSON.stringify(mentions));
    assert.notEqual(teacher[0]!.entity, harold.id);
  });

  it('a lone surname two full-name persons of the corpus share stays an entity of its own document', async () => {
    const { entities } = await exportOf({ 'a.txt': MILLERS, 'b.txt': LONE_MILLER });
    const millers = entities.filter((e) => e.type === 'person' && /Miller/.test(e.name)).map((e) => e.name).sort();
    assert.deepEqual(millers, ['Aaron David Miller', 'Matthew Miller', 'Miller']);
  });
});
