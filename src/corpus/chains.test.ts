/**
 * A document's chain of reports of one event (a headline, then the lede that refers back to it)
 * is matched against the corpus as one report (session 16): invented articles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityIdOf } from '../export/export.js';
import { findEventsIn } from '../stages/events/testing.js';
import { EventMerger, type MergedEvent } from './events.js';

function merge(docs: readonly (readonly [string, string])[]): MergedEvent[] {
  const merger = new EventMerger(entityIdOf);
  for (const [text, day] of docs) {
    const found = findEventsIn(text, day);
    merger.addDocument({ id: found.id, text: found.text, duplicateOf: null, events: found.events, mentions: found.mentions });
  }
  return merger.events();
}

const FIRST = 'Israel and Hamas have agreed to a ceasefire in Gaza, Qatar\'s prime minister announced on Wednesday.';
const SECOND = 'Truce deal reached in Gaza\n\nIsrael and Hamas reached an agreement on Wednesday to pause the war, U.S. officials said.';

describe('corpus events: a headline and the lede that refers back to it match as one report', () => {
  it('the agreement a headline names without parties joins another article\'s agreement through the lede\'s parties and place', () => {
    const agreements = merge([[FIRST, '2025-01-15'], [SECOND, '2025-01-15']]).filter((e) => e.type === 'agreement');
    assert.equal(agreements.length, 1, JSON.stringify(agreements.map((e) => e.evidence.map((x) => x.text))));
    assert.equal(agreements[0]!.corroboration, 2);
    assert.equal(agreements[0]!.date.value, '2025-01-15');
  });
  it('a chain about other parties stays apart', () => {
    const other = 'Truce deal reached in Sudan\n\nThe army and the Rapid Support Forces reached an agreement on Wednesday to pause the war, Saudi officials said.';
    const agreements = merge([[FIRST, '2025-01-15'], [other, '2025-01-15']]).filter((e) => e.type === 'agreement');
    assert.equal(agreements.length, 2);
  });
});
