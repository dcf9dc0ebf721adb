/**
 * @module export/latest.test — an event known only by a bound ("collapsed before Ramadan":
 * `date.latest`, no value) is shown in every view, "by" its latest day.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineLines } from '../cli/commands/timeline.js';
import type { MergedEvent } from '../corpus/events.js';
import { eventRow, EVENT_COLUMNS } from './csv.js';
import { toMarkdown } from './markdown.js';
import { toTimelineJs } from './timelinejs.js';
import { VIEWS } from './views.testing.js';

const bound: MergedEvent = {
  id: 'ev_b', type: 'ceasefire_end', cameo: '19', subtype: null, modality: 'asserted',
  date: { value: null, precision: 'unknown', latest: '2024-03-09' }, dateBasis: 'time',
  actors: { agent: [], target: [], mediator: [] }, location: null, quantity: null,
  evidence: [{ doc: 'd1', start: 0, end: 40, text: 'The truce collapsed before Ramadan began.' }],
  sources: [], corroboration: 1, documents: ['d1'],
};
const dated: MergedEvent = { ...bound, id: 'ev_d', type: 'talks', date: { value: '2024-03-12', precision: 'day' }, evidence: [{ doc: 'd1', start: 0, end: 20, text: 'Talks resumed on Tuesday.' }] };
const undated: MergedEvent = { ...bound, id: 'ev_u', type: 'aid', date: { value: null, precision: 'unknown' } };

describe('date.latest in the views', () => {
  it('timeline: listed "by" its latest day, in date order; an event with neither stays out', () => {
    const lines = timelineLines([dated, bound, undated], new Map(), { from: null, to: null, types: null, entity: null }).filter((l) => !l.startsWith('    '));
    assert.match(lines[0]!, /^by 2024-03-09 +ceasefire_end +asserted/);
    assert.match(lines[1]!, /^2024-03-12 +\(day\) +talks/);
    assert.match(lines[2]!, /^\(1 event\(s\) without a date/);
  });
  it('timeline: --from/--to filter by the latest day', () => {
    const lines = timelineLines([dated, bound], new Map(), { from: '2024-03-10', to: null, types: null, entity: null }).filter((l) => !l.startsWith('    '));
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), ['2024-03-12']);
  });
  it('CSV: a `latest` column', () => {
    const row = eventRow(bound, (id) => id);
    assert.equal(row[EVENT_COLUMNS.indexOf('latest')], '2024-03-09');
    assert.equal(row[EVENT_COLUMNS.indexOf('date')], null);
    assert.equal(eventRow(dated, (id) => id)[EVENT_COLUMNS.indexOf('latest')], null);
  });
  it('markdown: under a "by" heading; TimelineJS: a slide at the latest day, "(by …)"', () => {
    const views = { ...VIEWS, events: [...VIEWS.events, { id: 'ev_b', type: 'ceasefire_end', subtype: null, modality: 'asserted', date: { value: null, precision: 'unknown', latest: '2023-11-30' }, quantity: null, evidence: VIEWS.events[0]!.evidence, corroboration: 1 }] };
    assert.match(toMarkdown(views, '2026-11-22T12:00:00Z'), /### by 2023-11-30\n\n- ceasefire end — asserted/);
    const slide = toTimelineJs(views).events.find((e) => e.unique_id === 'ev_b');
    assert.deepEqual(slide?.start_date, { year: 2023, month: 11, day: 30 });
    assert.match(slide!.text.headline, /ceasefire end \(by 2023-11-30\)/);
  });
});
