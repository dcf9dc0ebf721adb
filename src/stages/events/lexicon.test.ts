/**
 * @module stages/events/lexicon.test — the lexicon file is complete and its errors are named.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { ParleyError } from '../../errors.js';
import { compileLexicon, DEFAULT_LEXICON, eventLexicon } from './lexicon.js';
import { EVENT_TYPES } from './types.js';
import { SAME_DAY_WORDS } from './07-dates.js';

describe('events lexicon', () => {
  it('every same-day phrase holds a word of the gate in 07-dates', () => {
    const raw = JSON.parse(fs.readFileSync(DEFAULT_LEXICON, 'utf8')) as { sameDay: { match: string[] } };
    for (const m of raw.sameDay.match) assert.ok(m.split(/\s+/).some((el) => el.split('|').some((w) => SAME_DAY_WORDS.has(w))), m);
  });
  const raw = JSON.parse(fs.readFileSync(DEFAULT_LEXICON, 'utf8')) as { triggers: { id: string; type: string; reason: string }[]; modality: { reason: string }[] };

  it('gives every type a CAMEO root and a trigger, every rule and cue a reason', () => {
    const lex = eventLexicon();
    for (const t of EVENT_TYPES) {
      assert.match(lex.cameo[t], /^\d{2}$/, t);
      assert.ok(lex.triggers.some((r) => r.type === t), `no trigger for ${t}`);
    }
    for (const r of raw.triggers) assert.ok(r.reason.length > 10, r.id);
    for (const c of raw.modality) assert.ok(c.reason.length > 5);
    assert.equal(new Set(raw.triggers.map((r) => r.id)).size, raw.triggers.length, 'trigger ids are unique');
  });

  it('names the file and the rule of a malformed entry', () => {
    const bad = structuredClone(raw) as Record<string, unknown> & { triggers: Record<string, unknown>[] };
    bad.triggers[0] = { ...bad.triggers[0], match: ['{nosuchset} talks'] };
    assert.throws(() => compileLexicon(bad, 'bad.json'), (e: unknown) => e instanceof ParleyError && /bad\.json: trigger talks\/noun/.test(e.message) && /nosuchset/.test(e.message));
    const noReason = structuredClone(raw) as Record<string, unknown> & { triggers: Record<string, unknown>[] };
    noReason.triggers[1] = { ...noReason.triggers[1], reason: '' };
    assert.throws(() => compileLexicon(noReason, 'bad.json'), /needs a reason/);
  });
});
