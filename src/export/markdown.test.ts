import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toMarkdown } from './markdown.js';
import { VIEWS } from './views.testing.js';

describe('Markdown briefing', () => {
  const md = toMarkdown(VIEWS, '2026-11-21T12:00:00Z');
  const sections = md.split('\n').filter((l) => l.startsWith('## '));
  it('has its sections in order', () => {
    assert.deepEqual(sections, ['## Where things stand', '## Status timeline', '## Events by date', '## Proposals', '## Conflicts', '## Evidence']);
  });
  it('says where things stand and since when, footnoted', () => {
    assert.match(md, /\*\*ceasefire ended\*\* since 2023-12-01, reported by 1 document\(s\)\.\[\^\d+\]/);
  });
  it('lists the status timeline and the events by date with modality and corroboration', () => {
    assert.match(md, /- \*\*2023-11-24 – 2023-12-01\*\*: ceasefire in effect \(1 document\(s\)\)\[\^\d+\]/);
    assert.match(md, /### 2023-11-24\n\n- release \(hostages\), 13 hostages — asserted, reported by 2 document\(s\)/);
  });
  it('shows proposals with terms and stances, and conflicts', () => {
    assert.match(md, /### four-day truce plan — proposed by Qatar \(2023-11-22\)/);
    assert.match(md, /- phase 1, count: “13 hostages”\[\^\d+\]/);
    assert.match(md, /- Hamas: accept \(2023-11-22\)\[\^\d+\]/);
    assert.match(md, /- \*\*numeric\*\*: Reports differ: 13 vs 14 hostages\.\[\^\d+\]/);
  });
  it('every footnote quotes its span and names its document; each is cited', () => {
    const notes = md.split('\n').filter((l) => /^\[\^\d+\]: /.test(l));
    assert.ok(notes.length >= 5);
    for (const n of notes) assert.match(n, /^\[\^(\d+)\]: “[^”]+” — \*Truce <begins>\*, Wire, published 2023-11-24, a\.txt$/);
    for (const n of notes) assert.ok(md.includes(`${n.slice(0, n.indexOf(':'))}`));
    assert.match(notes[0]!, /“The truce ended”/);
  });
});
