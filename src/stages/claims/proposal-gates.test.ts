/**
 * @module stages/claims/proposal-gates.test — the gates of passes 5 and 6 answer as their
 * regular expressions do, and each word list holds every word of the pattern it guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposalLexicon } from './lexicon.js';
import { ANAPHOR_WORDS, DASH_UNIT_WORDS, HEAD_WORDS, RESPONSE_WORDS, SentenceGates } from './proposal-gates.js';

const SENTENCES = [
  'Hamas accepted the Egyptian proposal on Monday.',
  'The three-phase framework calls for a 60-DAY truce and the release of up to 33 hostages.',
  'Israel has yet to respond to the COUNTER-PROPOSAL, officials said.',
  'In the second stage, troops would withdraw; the rebuild would follow.',
  'A response is awaited from Qatar’s mediators.',
  'Officials said they would SUPPORT it; the propoſal stands.',
  'Nothing of note happened here.',
  '',
];

describe('proposal gates', () => {
  it('answer as the regular expressions', () => {
    const lex = proposalLexicon();
    for (const s of SENTENCES) {
      const gates = new SentenceGates(`x ${s}`, lex);
      const hits = gates.of({ start: 2, end: 2 + s.length });
      const { ids } = gates;
      assert.equal(hits.has(ids.heads), HEAD_WORDS.test(s), s);
      assert.equal(hits.has(ids.dashUnit), DASH_UNIT_WORDS.test(s), s);
      assert.equal(hits.has(ids.response), RESPONSE_WORDS.test(s), s);
      assert.equal(hits.has(ids.anaphor), ANAPHOR_WORDS.test(s), s);
      assert.equal(hits.has(ids.stanceFilter), lex.stanceFilter.test(s), s);
      assert.equal(hits.has(ids.durationMention), lex.durationMentionNeeds.test(s), s);
      assert.equal(hits.has(ids.count), lex.countNeeds.test(s), s);
      lex.stances.forEach((r, i) => assert.equal(hits.has(ids.stances[i]!), r.needs.test(s), `${s} stance ${i}`));
      lex.proposer.forEach((r, i) => assert.equal(hits.has(ids.proposers[i]!), r.needs.test(s), `${s} proposer ${i}`));
      lex.conditions.forEach((r, i) => assert.equal(hits.has(ids.conditions[i]!), r.needs.test(s), `${s} condition ${i}`));
    }
  });
  it('hold every word of the patterns they guard', () => {
    const heads = ['plan', 'proposal', 'framework', 'offer', 'roadmap', 'initiative', 'blueprint', 'counterproposal', 'counter-proposal'];
    for (const w of heads.flatMap((h) => [h, `${h}s`, h.toUpperCase()])) assert.ok(HEAD_WORDS.test(w), w);
    for (const w of ['-day', '-week', '-month', '-DAY']) assert.ok(DASH_UNIT_WORDS.test(w), w);
    for (const w of ['response', 'reply', 'answer', 'Reply']) assert.ok(RESPONSE_WORDS.test(w), w);
  });
  it('hold a word of every anaphor match (the pattern they were read from)', () => {
    const { anaphor } = proposalLexicon();
    // as compiled: each `\b` before a word is run as `(?<!\w)` (util/word-boundaries)
    assert.equal(anaphor.source, String.raw`(?<!\w)(?:the|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:proposal|plan|framework|offer|terms|draft|deal|points)\b|(?<!\w)(?:endorse|accept|reject|approve|back|support)\s+it\b`,
      'the anaphor pattern changed: update ANAPHOR_WORDS to a word of each of its alternatives');
    assert.equal(anaphor.flags, ANAPHOR_WORDS.flags);
    for (const w of ['proposal', 'plan', 'framework', 'offer', 'terms', 'draft', 'deal', 'points', 'endorse', 'accept', 'reject', 'approve', 'back', 'support', 'DEAL', 'propoſal']) assert.ok(ANAPHOR_WORDS.test(w), w);
    for (const s of ['They studied the new proposal.', 'Hamas will endorse it.', 'Nobody backs it now.']) assert.equal(anaphor.test(s), ANAPHOR_WORDS.test(s) && anaphor.test(s), s);
  });
  it('keep each sentence’s answers for the document', () => {
    const text = 'The plan. A reply.';
    const gates = new SentenceGates(text, proposalLexicon());
    assert.equal(gates.of({ start: 0, end: 9 }), gates.of({ start: 0, end: 9 }));
    assert.equal(gates.of({ start: 10, end: 18 }).has(gates.ids.response), true);
    assert.equal(gates.of({ start: 0, end: 9 }).has(gates.ids.response), false);
  });
});
