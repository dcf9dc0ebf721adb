/**
 * @module stages/credibility/credibility.test — scoring cases: a clean wire story scores
 * high, a spun one low, and each signal is found with its evidence and cost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS } from '../../config.js';
import type { Annotation } from '../../pipeline/annotation.js';
import { createContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import { analyzeDocument, buildPipeline } from '../../pipeline/pipeline.js';
import type { Stage } from '../../pipeline/stage.js';
import { citationsStage } from '../citations/index.js';
import { repeatsStage } from '../repeats/index.js';
import { sentencesStage } from '../sentences/index.js';
import { assess, credibilityStage, explainScore, score, signal, SIGNAL_RULES, type CredibilityValue } from './index.js';

const ctx = createContext({ ...DEFAULTS, referenceDate: '2024-05-01' });

/** A stage that marks every occurrence of `needle` as a `layer` annotation (stands in for a later check). */
function marker(layer: string, needle: string, detail: string): Stage {
  return {
    name: `test-${layer}`, description: 'test', requires: [], produces: [layer],
    run(_c, doc) {
      const out: Annotation[] = [];
      for (let at = doc.text.indexOf(needle); at >= 0; at = doc.text.indexOf(needle, at + 1)) out.push({ layer, start: at, end: at + needle.length, text: needle, value: { detail }, source: 'test' });
      return { [layer]: out };
    },
  };
}

/** Runs sentences → repeats → citations → (extra) → credibility on `text`. */
function credibility(text: string, extra: Stage[] = []): CredibilityValue {
  const pipeline = buildPipeline([sentencesStage, repeatsStage, citationsStage, ...extra, credibilityStage]);
  const doc: SourceDocument = { id: 'd_test', source: 'test.txt', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
  const result = analyzeDocument(pipeline, ctx, doc);
  assert.ok(result.status.every((s) => s.status === 'ok'), JSON.stringify(result.status));
  return result.layers.get('credibility')![0]!.value as CredibilityValue;
}

const codes = (v: CredibilityValue): string[] => v.signals.map((s) => s.code);

const CLEAN = [
  'DOHA, May 2 (Reuters) - Qatar said on Thursday that a new round of talks on a truce would open in Cairo next week, a foreign ministry spokesman told reporters.',
  '"We are hopeful that both sides will engage," spokesman Majed Hamdan said, adding that Egyptian mediators had received a revised draft.',
  'The draft provides for a six-week pause and the release of 40 detainees in its first phase, according to the Egyptian foreign ministry.',
  'Israeli officials did not respond to a request for comment. Hamas said in a statement it was studying the proposal.',
].join('\n\n');

const SPUN = [
  'Envoys were very close to a historic agreement this week as mediators pushed hard for a final text (Reuters +9 | Orvan Times | Wikipedia).',
  'The framework reportedly covers prisoners, aid corridors and reconstruction funds over several years, with many stages. Wiki cited four articles: Vellstad State Department (+7) | Gulf News (+3) | Wikipedia (+2).',
  'Negotiators from Qatar and Egypt remain optimistic about the prospects of a lasting settlement in the region before the summer.',
  'The deal would transform the region and open a new chapter of cooperation between the parties for decades to come.’ Sources: Orvan Times and Arab News.',
].join('\n\n');

describe('credibility', () => {
  it('scores a clean wire story high, with no signal', () => {
    const v = credibility(CLEAN);
    assert.deepEqual(codes(v), []);
    assert.equal(v.score, 1);
  });

  it('scores a spun story with count markers, Wikipedia and invented outlets low', () => {
    const v = credibility(SPUN);
    assert.ok(v.score < 0.5, `score ${v.score}`);
    assert.deepEqual(codes(v).slice(0, 2), ['citation_spam', 'unknown_outlet']);
    const spam = v.signals[0]!;
    assert.match(spam.detail, /4 count markers/);
    assert.match(spam.detail, /Wikipedia cited as a news source 3 times/);
    assert.ok(spam.evidence.some((e) => e.text === '+9'));
    const unknown = v.signals[1]!;
    assert.match(unknown.detail, /"Orvan Times", "Vellstad State Department"/);
    assert.equal(unknown.strength, 1);
  });

  it('flags repeated text from the repeats stage, weakly', () => {
    const p = 'Union negotiators and the port operators met for nine hours on Monday without reaching agreement on pay and shift patterns for the coming year, Reuters reported.';
    const v = credibility([p, 'The harbour master said ships were waiting outside the breakwater, according to Reuters.', p].join('\n\n'));
    assert.deepEqual(codes(v), ['repeated_text']);
    assert.equal(v.signals[0]!.penalty, SIGNAL_RULES.repeated_text.weight / SIGNAL_RULES.repeated_text.saturation);
  });

  it('a lead restating the headline is how news is written, not repeated text', () => {
    const v = credibility('Resident doctors in England to strike for five days after talks with ministers collapse\n\nResident doctors in England will strike for five days later this month after talks with ministers collapsed without agreement, the union said.\n\nHospitals will put emergency care first during the walkout, officials said.');
    assert.deepEqual(codes(v), []);
  });

  it('flags a text that rests on unnamed sources', () => {
    const v = credibility([
      'Sources familiar with the talks said a draft had been agreed on Tuesday in Cairo.',
      'A senior Egyptian official told Al Arabiya that the signing was close.',
      'Those close to the talks describe a two-phase plan for the hostages and prisoners.',
      'Prime Minister Ana Ruiz said on Monday that her government supported the talks.',
    ].join('\n\n'));
    assert.ok(codes(v).includes('anonymous_sourcing'), JSON.stringify(v.signals));
    const s = v.signals.find((x) => x.code === 'anonymous_sourcing')!;
    assert.match(s.detail, /3 of 4 attributed sentences \(75%\) rest on unnamed sources/);
    assert.equal(s.penalty, Math.round(0.15 * 0.75 * 1000) / 1000);
  });

  it('flags factual sentences that name no source when most of them do not', () => {
    const bare = [
      'The crossing at Rafah opened at dawn on Monday for 200 trucks of flour and fuel.',
      'Egypt sent 40 ambulances to the border town of Arish during the first week.',
      'The United Nations counted 1,200 people crossing into Egypt before noon.',
      'Qatar paid for the fuel deliveries through its development fund in Doha.',
      'Israel inspected every truck at the Kerem Shalom terminal before it entered Gaza.',
      'Aid groups in Cairo said more convoys would follow next week.',
    ].join(' ');
    const v = credibility(bare);
    assert.deepEqual(codes(v), ['unattributed_claims']);
    assert.match(v.signals[0]!.detail, /^5 of 6 factual sentences \(83%\) name no source/);
  });

  it('takes internal_contradiction and anachronism from later stages that feed them', () => {
    const v = credibility('A deal was reached on Monday in Cairo, Secretary of State Jane Roe said. No deal has been reached in Cairo so far, the mediators said.', [
      marker('contradiction', 'No deal has been reached', 'The text says a deal was reached and that none was.'),
      marker('anachronism', 'Secretary of State Jane Roe', 'Jane Roe did not hold the title on this date.'),
    ]);
    assert.deepEqual(codes(v), ['internal_contradiction', 'anachronism']);
    assert.equal(v.signals[0]!.detail, 'The text says a deal was reached and that none was.');
    assert.equal(v.signals[1]!.evidence[0]!.text, 'Secretary of State Jane Roe');
    assert.equal(v.score, 0.4);
  });

  it('scores as documented: 1 − Σ weight × strength, clamped and rounded', () => {
    const a = signal('citation_spam', { count: 6 }, 'x', [])!;
    const b = signal('unknown_outlet', { count: 1 }, 'y', [])!;
    const c = signal('internal_contradiction', { count: 2 }, 'z', [])!;
    assert.equal(a.strength, 1);
    assert.equal(b.strength, 0.5);
    const v = score([b, a, c]);
    assert.deepEqual(v.signals.map((s) => s.code), ['citation_spam', 'unknown_outlet', 'internal_contradiction']);
    assert.equal(v.score, 0.1);
    assert.equal(explainScore(v), '1 − 0.45 citation_spam − 0.15 unknown_outlet − 0.3 internal_contradiction = 0.10');
    assert.equal(score([a, c, signal('anachronism', { count: 1 }, 'w', [])!]).score, 0);
    assert.equal(signal('anonymous_sourcing', { share: 0.2, count: 5 }, 'v', []), null);
    assert.equal(signal('anonymous_sourcing', { share: 0.9, count: 1 }, 'v', []), null);
  });

  it('works without a pipeline from plain spans', () => {
    const v = assess({ text: 'x', sentences: [], citations: [], markers: [{ start: 0, end: 1, text: 'x' }], repeats: [] });
    assert.deepEqual(codes(v), ['citation_spam']);
    assert.equal(v.score, 0.85);
  });
});
