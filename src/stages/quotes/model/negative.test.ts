/**
 * @module stages/quotes/model/negative.test — text where the stage, model included, finds no attribution.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelQuotes } from '../testing.js';

function expectNone(text: string): void {
  assert.deepEqual(modelQuotes(text).map((q) => `${q.source}: ${q.text}`), []);
}

describe('no attribution, model included', () => {
  it('plain narration', () => expectNone('Negotiators met in Cairo on Tuesday.'));
  it('a cue word as a noun', () => expectNone('The report is due next week.'));
  it('a noun-like cue form with no speaker', () => expectNone('The framework calls for the release of up to 33 hostages.'));
  it('a noun-like cue form whose subject ends in a day is no speaker (`The agreement signed on Wednesday calls for …`)', () => expectNone('The agreement signed on Wednesday calls for Hamas to free 33 hostages in the first phase.'));
  it('a model reading that runs over a tagged statement of another cue is dropped', () => assert.deepEqual(modelQuotes('A ceasefire deal was reached, one official said. No agreement has been reached, another said.').filter((q) => q.text.includes('one official said')).map((q) => q.text), []));
  it('a term after dubbed', () => expectNone('The operation, dubbed “Northern Shield,” began at dawn.'));
  it('a scare quote', () => expectNone('The convoy reached the “safe zone” before sunset.'));
  it('a book title', () => expectNone('Her memoir, “Hard Roads Home,” was published in 2019.'));
  it('an aside saying the speaker was asked (`X, asked about Y, said`) is no statement of its own', () => assert.deepEqual(modelQuotes("Rubio has said Washington will hold both sides accountable. A State Department spokesperson, asked about the army's rejection, said the United States would urge both parties to agree to a truce.").filter((q) => q.value.cue === 'asked').map((q) => q.text), []));
  it('what a plan entails (`would see troops withdraw`) is nobody\'s statement', () => assert.deepEqual(modelQuotes('A draft agreement circulated by Egyptian mediators would see Israeli troops withdraw from populated areas of Gaza over six weeks, according to a copy of the document seen by Reuters.').filter((q) => q.value.cue === 'see').map((q) => q.text), []));
  it('a relative pronoun (and the speaker after it) is no content (`a 9% rise, which the drivers rejected`)', () => assert.deepEqual(modelQuotes('Halvorsen Freight had offered a 9% rise in April, which the drivers rejected.').filter((q) => q.value.cue === 'rejected').map((q) => q.text), []));
  it('`as …` right after the cue only judges an object gone before it (`a proposal the union rejected as insufficient`)', () => assert.deepEqual(modelQuotes('The company said it had offered to cut the working week, a proposal the union rejected as insufficient.').filter((q) => q.text.startsWith('as ')).map((q) => q.text), []));
});
