import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, layer } from './testing.js';
import type { ContradictionValue } from './types.js';

/** The sides of every contradiction of `text`, as `claim:text`. */
function contradictionsOf(text: string, published: string | null = '2024-05-01'): string[][] {
  return layer<ContradictionValue>(analyze(text, published), 'contradiction').map((c) => c.value.items.map((i) => `${i.claim}:${i.text}`));
}

describe('internal contradictions', () => {
  it('one source saying both contradicts itself', () => assert.equal(contradictionsOf('Hamas said on Tuesday that the talks in Cairo were nearing an impasse. Hamas also said on Tuesday that the two sides were closer than ever to a final deal.').length, 1));
  it('an impasse and the closest in months, one sentence', () => {
    assert.deepEqual(contradictionsOf('A mediator said the talks were nearing an impasse and called the round the closest in months.'), [['stalled:nearing an impasse', 'near deal:the closest in months']]);
  });
  it('near collapse and closer than ever to a deal, two sentences of the same day', () => {
    assert.deepEqual(contradictionsOf('Talks between the army and the rebels are nearing collapse, a mediator said. The negotiations are also closer than ever to a final deal, the mediator said.').length, 1);
  });
  it('an impasse and the closest in months, two sentences of the same day', () => {
    assert.deepEqual(contradictionsOf('Mediators said the talks were nearing an impasse. The mediators called the round the closest in months.'), [['stalled:nearing an impasse', 'near deal:the closest in months']]);
  });
  it('a deal reached and no deal, in an undated article, on one source\'s word', () => {
    assert.deepEqual(contradictionsOf('A ceasefire deal was reached, the official said. No agreement has been reached, the official said.', null), [['agreed:deal was reached', 'not agreed:agreement has been reached']]);
  });
  it('a truce holding and a truce that collapsed, on one source\'s word', () => {
    assert.equal(contradictionsOf('The truce is holding, the army said. The army also said the truce collapsed overnight.').length, 1);
  });
  it('gives the credibility stage a detail and both sides', () => {
    const a = analyze('A mediator said the talks were nearing an impasse and called the round the closest in months.');
    const signal = layer<{ signals: { code: string; evidence: { text: string }[] }[] }>(a, 'credibility')[0]?.value.signals.find((s) => s.code === 'internal_contradiction');
    assert.deepEqual(signal?.evidence.map((e) => e.text), ['nearing an impasse', 'the closest in months']);
  });
});

describe('internal contradictions: not contradictions', () => {
  it('two sources the article quotes disagree: a dispute reported, not the article contradicting itself', () => assert.deepEqual(contradictionsOf('Hamas said on Tuesday that the talks in Cairo were nearing an impasse. Israeli officials said on Tuesday that the two sides were closer than ever to a final deal.'), []));
  it('one official says a deal was reached, another denies it', () => assert.deepEqual(contradictionsOf('A ceasefire deal was reached, one official said. No agreement has been reached, another said.', null), []));
  it('the army says the truce holds, residents that it collapsed', () => assert.deepEqual(contradictionsOf('The truce is holding, the army said. Residents said the truce collapsed overnight.'), []));
  it('the narrator reports a deal, a party\'s office denies it', () => assert.deepEqual(contradictionsOf('Mediators announced on Wednesday that Israel and Hamas had reached a ceasefire agreement. Netanyahu\'s office said on Wednesday that no deal had been finalized.', '2025-01-16'), []));
  it('a stall in March and a deal close now', () => assert.deepEqual(contradictionsOf('The talks stalled in March. Negotiators are now close to a deal.'), []));
  it('a stall narrated in the past perfect', () => assert.deepEqual(contradictionsOf('The talks had stalled for weeks. Negotiators are now close to a deal.'), []));
  it('a collapse only feared', () => assert.deepEqual(contradictionsOf('Negotiators are close to a deal. If the talks collapse, the fighting will resume.'), []));
  it('talks going on and close to a deal agree', () => assert.deepEqual(contradictionsOf('The talks resumed in Cairo. Officials said a deal was within reach.'), []));
  it('no deal twice agrees with itself', () => assert.deepEqual(contradictionsOf('There is no deal yet. No agreement has been reached, the spokesman said.'), []));
  it('a truce in effect, then ended a week later', () => assert.deepEqual(contradictionsOf('The truce took effect on November 24. The truce ended on December 1.', '2023-12-05'), []));
});
