import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, tlDate, toTimelineJs } from './timelinejs.js';
import { VIEWS } from './views.testing.js';

describe('TimelineJS export', () => {
  const tl = toTimelineJs(VIEWS);
  it('has a title, slides and eras', () => {
    assert.equal(tl.title.text.headline, 'Negotiation timeline');
    assert.ok(Array.isArray(tl.events) && Array.isArray(tl.eras));
  });
  it('a dated event is a slide grouped by its type, with its figure and its source', () => {
    const e = tl.events.find((x) => x.unique_id === 'ev_1');
    assert.deepEqual(e?.start_date, { year: 2023, month: 11, day: 24 });
    assert.equal(e?.group, 'release');
    assert.equal(e?.text.headline, 'release (hostages): 13 hostages');
    assert.match(e!.text.text, /Hamas freed 13 hostages/);
    assert.match(e!.text.text, /Truce &lt;begins&gt;, Wire \(2023-11-24\)/);
  });
  it('a month-precision event has no day; an undated one is left out', () => {
    assert.deepEqual(tl.events.find((x) => x.unique_id === 'ev_2')?.start_date, { year: 2023, month: 11 });
    assert.equal(tl.events.find((x) => x.unique_id === 'ev_3'), undefined);
  });
  it('status changes are slides of the status group and eras', () => {
    assert.deepEqual(tl.events.filter((x) => x.group === 'status').map((x) => x.text.headline), ['Status: ceasefire in effect', 'Status: ceasefire ended']);
    assert.deepEqual(tl.eras.map((x) => [x.text.headline, x.start_date, x.end_date]), [
      ['ceasefire in effect', { year: 2023, month: 11, day: 24 }, { year: 2023, month: 12, day: 1 }],
      ['ceasefire ended', { year: 2023, month: 12, day: 1 }, { year: 2023, month: 12, day: 1 }],
    ]);
  });
  it('dates and escaping', () => {
    assert.deepEqual(tlDate('2024'), { year: 2024 });
    assert.equal(tlDate('PRESENT_REF'), null);
    assert.equal(tlDate('2024-W05'), null);
    assert.equal(escapeHtml('<a & "b">'), '&lt;a &amp; &quot;b&quot;&gt;');
  });
});
