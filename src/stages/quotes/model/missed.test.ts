/**
 * @module stages/quotes/model/missed.test — the missed-cue analysis sorts gold attributions into their classes.
 * The document is written for this test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldAttribution } from './polnear.js';
import { analyse } from './missed.js';
import { prepare } from './train.js';

/** The gold attribution whose content, cue and source are these words of `text`. */
function gold(text: string, content: string, cue: string, source: string): GoldAttribution {
  const at = (w: string): { start: number; end: number } => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  return { content: at(content), cue: at(cue), source: at(source) };
}

describe('missed-cue analysis', () => {
  it('an attribution the rules read is attributed; one whose cue they do not know is counted by its anchor word', () => {
    const text = 'The mayor said the bridge would reopen in May. Engineers pondered whether the steel could hold.';
    const doc = prepare({
      name: 'invented',
      text,
      attributions: [gold(text, 'the bridge would reopen in May', 'said', 'The mayor'), gold(text, 'whether the steel could hold', 'pondered', 'Engineers')],
    });
    const r = analyse([doc], null);
    assert.equal(r.gold, 2);
    assert.equal(r.attributed, 1);
    const outcome = r.tallies.get('gold attributions by outcome')!.counts;
    assert.equal(outcome.get('attributed'), 1);
    assert.equal(outcome.get('no cue'), 1);
    assert.deepEqual([...r.tallies.get('no cue: anchor word')!.counts], [['pondered (not in lexicon)', 1]]);
  });
});
