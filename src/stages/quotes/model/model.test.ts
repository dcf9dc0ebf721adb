/**
 * @module stages/quotes/model/model.test — the quotes stage with the shipped attribution model:
 * what it reads, what stays with the rules, provenance and the QuoteValue shape.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAttributionModel, quotesOfText } from '../index.js';
import { modelQuotes } from '../testing.js';
import { MODEL_VIA } from './propose.js';

/** The attributions of `text` as `content | speaker | cue | kind | provenance`. */
function read(text: string): string[] {
  return modelQuotes(text).map((q) => `${q.text} | ${q.value.speakerText} | ${q.value.cue} | ${q.value.kind} | ${q.source}`);
}

describe('cues the rules do not read: the model picks content and speaker', () => {
  it('`pointed to …` is what the speaker cites, not a particle verb without `out` nor a plan before `to`', () => {
    assert.deepEqual(read('The mayor pointed to the falling crime figures as proof that the plan works.'), [`the falling crime figures as proof that the plan works | The mayor | pointed | indirect | ${MODEL_VIA}`]);
    assert.ok(read('Ortega, the council chair, has repeatedly pointed to the budget gap, warning of cuts next year.').some((r) => r.startsWith('the budget gap | Ortega')));
  });
  it('a passive `quoted by … as warning that` still gives the statement to the one quoted (only `as saying` refuses the model\'s `quoted`)', () => assert.ok(modelQuotes('Burhan was quoted by SUNA as warning that the army would fight on.').some((q) => q.value.speakerText === 'Burhan' && q.text.endsWith('the army would fight on'))));
  it('a passive `was quoted by … as saying` is no statement of its own: the participle carries it', () => assert.deepEqual(modelQuotes('"We will not negotiate with the militia," General Omar Haddad told soldiers in a video. He was quoted by the state news agency SUNA as saying the war would end "only with the defeat of the rebellion."').map((q) => [q.value.speakerText, q.value.cue, q.text]), [['General Omar Haddad', 'told', 'We will not negotiate with the militia,'], ['He', 'saying', 'the war would end "only with the defeat of the rebellion."']]));
  it('polls that show', () => assert.deepEqual(read('Polls show the challenger gaining ground in the northern districts.'), [`the challenger gaining ground in the northern districts | Polls | show | indirect | ${MODEL_VIA}`]));
  it('a noun-like cue form after a body noun is the verb (`The union claims …`)', () => assert.deepEqual(read('The union claims the new rota breaks the contract.'), [`the new rota breaks the contract | The union | claims | indirect | ${MODEL_VIA}`]));
  it('a noun-like evidence cue after a poll is the verb (`Recent polls show …`)', () => assert.deepEqual(read('Recent polls show the mayor with a narrow lead among older voters.'), [`the mayor with a narrow lead among older voters | Recent polls | show | indirect | ${MODEL_VIA}`]));
  it('a quotation whose tag is beyond the rules\' reach is the model\'s direct quote (`said in an op-ed piece before …, “…”`)', () => assert.deepEqual(read('Senator Dana Moss said in an op-ed piece before the budget hearing last spring, “The county has failed its own farmers for a decade.”'), [`The county has failed its own farmers for a decade. | Senator Dana Moss | said | direct | ${MODEL_VIA}`]));
  it('a stance noun', () => assert.deepEqual(read('Trump has faced ridicule for the remarks about the judge.'), [`the remarks about the judge | Trump | ridicule | indirect | ${MODEL_VIA}`]));
  it('a pick of fewer words than the model\'s minimum is dropped (`minWords`, tuned on dev)', () => {
    const text = 'Trump has faced ridicule for the remarks.';
    const shipped = loadAttributionModel();
    assert.ok(shipped !== null && (shipped.meta.minWords ?? 1) > 2);
    assert.deepEqual(quotesOfText(text).map((q) => q.text), []);
    assert.deepEqual(quotesOfText(text, [], { model: { ...shipped, meta: { ...shipped.meta, minWords: 1 } } }).map((q) => q.text), ['the remarks']);
  });
  it('a content never opens with its own speaker and cue', () => {
    const quotes = modelQuotes('Egypt, which mediated alongside Qatar and the United States, said at most 600 aid trucks would enter Gaza each day once the ceasefire begins.');
    assert.deepEqual(quotes.map((q) => q.text), ['at most 600 aid trucks would enter Gaza each day once the ceasefire begins']);
  });
  it('a word outside the lexicon before `to` is no cue (`seemed to`, `appeared to`)', () => {
    assert.ok(read('Trump seemed to mock the reporter at the rally.').every((q) => !q.includes('| seemed |')));
    assert.ok(read('Kaine appeared to suggest that the ticket would win Virginia.').every((q) => !q.includes('| appeared |')));
  });
});

describe('what stays with the rules', () => {
  it('a cue the rules read keeps their reading', () => assert.deepEqual(read('She warned that the deadline could slip again.'), ['the deadline could slip again | She | warned | indirect | quotes/indirect-clause']));
  it('an `according to` reading over a tagged quotation is kept beside it (nested attributions)', () => assert.deepEqual(read('"You have been very unfair to me," he told Sen. Dana Moss (D-Ore.), according to officials with knowledge of the meeting.'), [
    'You have been very unfair to me," he told Sen. Dana Moss (D-Ore.) | officials with knowledge of the meeting | according to | indirect | quotes/indirect-according',
    'You have been very unfair to me, | he | told | direct | quotes/direct-tag-after',
  ]));
  it('a clause reading cut at a comma does not run on into a cue participle after it (`…, calling …` is a statement of its own)', () => {
    const said = modelQuotes('The union said the board had rejected its offer of arbitration, calling the new contract "an insult".').find((q) => q.value.cue === 'said');
    assert.equal(said?.text, 'the board had rejected its offer of arbitration');
  });
  it('a clause reading cut at a comma runs on to the span picker\'s end in the same sentence', () => assert.deepEqual(read('She noted that the two sides, despite months of quarrels, were willing to meet again in March.'), ['the two sides, despite months of quarrels, were willing to meet again in March | She | noted | indirect | quotes/indirect-clause']));
  it('a clause reading that ends its sentence is not carried into the next', () => assert.deepEqual(read('The envoy said the truce was holding. Aid trucks, some of them empty, crossed at dawn.').map((q) => q.split(' | ')[0]), ['the truce was holding']));
  it('a direct quote keeps the rules’ reading', () => assert.deepEqual(read('“We are ready,” the coach said.'), ['We are ready, | the coach | said | direct | quotes/direct-tag-after']));
  it('switched off, the rules alone', () => {
    const text = 'Polls show the challenger gaining ground in the northern districts.';
    assert.deepEqual(quotesOfText(text).map((q) => q.source), [MODEL_VIA]);
    assert.deepEqual(quotesOfText(text, [], { model: null }), []);
  });
});

describe('annotations', () => {
  it('spans repeat their text and the speaker is classified', () => {
    const text = 'Trump has faced ridicule for the remarks about the judge.';
    const [q] = modelQuotes(text);
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), q.text);
    const v = q.value;
    assert.equal(text.slice(v.cueSpan!.start, v.cueSpan!.end), v.cue);
    assert.equal(text.slice(v.speakerSpan!.start, v.speakerSpan!.end), v.speakerText);
    assert.equal(v.speakerKind, 'name');
    assert.deepEqual(v.evidence, { start: 0, end: text.length - 1 });
  });
});
