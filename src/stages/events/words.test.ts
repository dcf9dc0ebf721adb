/**
 * @module stages/events/words.test — word numbers and the answers cached by them agree with the string lookups.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventLexicon, inSet, setOf } from './lexicon.js';
import { EventView } from './view.js';
import { matchWord, numberingCurrent, WordFlags, wordIds, wordOf, WordTable } from './words.js';

const toks = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

/** A view over space-separated words, no layers but tokens and one sentence. */
function viewOf(text: string): EventView {
  const tokens: { start: number; end: number; text: string; value: { kind: string } }[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: { kind: 'word' } });
  return new EventView({ text, tokens, sentences: [{ start: 0, end: text.length }], paragraphs: [], mentions: [], times: [], timexes: [], quotes: [], citations: [], published: null });
}

describe('events word numbers', () => {
  it('numbers a text once and keeps its match word', () => {
    const ids = wordIds(toks('Hamas', 'RELEASED', 'Hamas', 'don’t', 'hamas'));
    assert.equal(ids[0], ids[2]);
    assert.notEqual(ids[0], ids[4]);
    assert.equal(wordOf(ids[1]!), 'released');
    assert.equal(wordOf(ids[3]!), "don't");
    assert.equal(matchWord('Don’t'), "don't");
  });

  it('keeps every number while its table grows', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `grow${i}`);
    const first = wordIds(toks(...texts));
    assert.equal(new Set(first).size, texts.length);
    assert.deepEqual(wordIds(toks(...texts.slice().reverse())), first.slice().reverse());
    assert.equal(wordOf(first[12_345]!), 'grow12345');
  });

  it('answers a question once per word', () => {
    let asked = 0;
    const flags = new WordFlags((w, raw) => { asked++; return w === 'talks' && raw !== 'TALKS'; });
    const ids = wordIds(toks('talks', 'Talks', 'talks', 'TALKS', 'truce'));
    assert.deepEqual([...ids].map((id) => flags.has(id)), [true, true, true, false, false]);
    assert.equal(asked, 4);
    const table = new WordTable((w) => w.length);
    assert.deepEqual([...ids].map((id) => table.get(id)), [5, 5, 5, 5, 5]);
    assert.equal(table.of('ceasefire'), 9);
  });

  it('gives a view the answers of inSet, also after the numbering starts afresh', () => {
    const lex = eventLexicon();
    const sets = [...lex.sets.values(), setOf(lex, 'aux')];
    const text = 'Negotiators said Hamas would release the hostages after talks in Doha';
    const view = viewOf(text);
    const expect = (v: EventView): void => {
      for (const set of sets) for (let k = 0; k < v.n; k++) assert.equal(v.is(set, k), inSet(set, v.words[k]!), `${set.name} ${k}`);
    };
    expect(view);
    const before = numberingCurrent();
    // 200,000 new texts fill the numbering: the next document starts it afresh
    wordIds(Array.from({ length: 200_001 }, (_, i) => ({ text: `w${i}` })));
    wordIds(toks('x'));
    assert.notEqual(numberingCurrent(), before);
    expect(view);
    expect(viewOf(text));
  });

  it('match a pattern at its anchor word as matchAt does (matchAnchored)', () => {
    const lex = eventLexicon();
    const aux = lex.sets.get('aux') ?? null;
    const view = viewOf('Hamas said it would not accept the proposal , and Israel has yet to respond after talks were held in Doha and hostages were released');
    let tried = 0;
    let matched = 0;
    for (let k = 0; k < view.n; k++) {
      const patterns = [...(lex.anchors.get(view.words[k]!) ?? []).map((a) => a.pattern), ...(lex.cueAnchors.get(view.words[k]!) ?? []).map((c) => c.pattern)];
      for (const p of patterns) {
        const want = view.matchAt(p, k, view.n - 1, aux);
        assert.deepEqual(view.matchAnchored(p, k, view.n - 1, aux), want, `${p.text} at ${view.words[k]}`);
        tried++;
        if (want !== null) matched++;
      }
    }
    assert.ok(tried > 10 && matched > 0, `${tried} tried, ${matched} matched`);
  });
});
