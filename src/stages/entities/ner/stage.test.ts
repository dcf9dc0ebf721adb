/**
 * @module stages/entities/ner/stage.test — the stage with the shipped model: contract and news forms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS } from '../../../config.js';
import type { Annotation } from '../../../pipeline/annotation.js';
import type { RunContext } from '../../../pipeline/context.js';
import type { SourceDocument } from '../../../pipeline/document.js';
import type { Layers } from '../../../pipeline/stage.js';
import { sentencesStage } from '../../sentences/index.js';
import { knownNameTypes, loadModel, nerStage, recognizeText, withKnownNames, type NerValue } from './index.js';
import { sentenceRanges, tagTokens, typesOf } from './tagger.js';
import { segment, toAnnotations } from '../../sentences/index.js';
import { expectMentions, expectNoMentions, expectTitles } from './testing.js';

const TEXT = 'TEL AVIV, Israel (AP) — U.S. Secretary of State Marco Rubio met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha. Israel’s army said Palestinians fled.\n\nRubble in Khan Younis. (AP Photo/Fatima Shbair)';

function run(text: string, debug: string[] = []): Record<string, readonly Annotation[]> {
  const ctx: RunContext = { config: { ...DEFAULTS, debug: true }, referenceDate: '2025-03-01', debug: (m) => debug.push(m()) };
  const doc: SourceDocument = { id: 'd_0000000000000000', source: 'test', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } };
  const first = sentencesStage.run(ctx, doc, { get: () => [], has: () => false });
  const layers: Layers = { get: <V>(l: string) => (first[l] ?? []) as readonly Annotation<V>[], has: (l) => l in first };
  return nerStage.run(ctx, doc, layers);
}

test('stage contract', () => {
  assert.equal(nerStage.name, 'ner');
  assert.deepEqual(nerStage.requires, ['sentence', 'token']);
  assert.deepEqual(nerStage.produces, ['ner', 'title']);
});

test('annotations cover their text exactly, are frozen and say where they came from', () => {
  const debug: string[] = [];
  const out = run(TEXT, debug);
  for (const layer of nerStage.produces) {
    for (const a of out[layer]!) {
      assert.equal(TEXT.slice(a.start, a.end), a.text);
      assert.ok(Object.isFrozen(a));
      assert.match(a.source, /^ner\/[a-z-]+$/);
    }
  }
  for (const a of out['ner']! as Annotation<NerValue>[]) assert.ok(a.value.score >= 0 && a.value.score <= 1);
  assert.ok(debug.some((d) => /photo-credit/.test(d)));
});

test('the example text', () => {
  const found = run(TEXT)['ner']!.map((a) => `${(a.value as NerValue).type}:${a.text}`);
  for (const want of ['place:TEL AVIV', 'place:U.S.', 'person:Marco Rubio', 'person:Mohammed bin Abdulrahman Al Thani', 'place:Doha', 'place:Israel', 'group:Palestinians']) {
    assert.ok(found.includes(want), `${want} missing from ${found.join(', ')}`);
  }
  assert.ok(!found.some((f) => f.endsWith('Fatima Shbair')));
});

test('title stripped', () => expectMentions('U.S. Secretary of State Marco Rubio arrived in Riyadh on Monday.', ['person:Marco Rubio', 'place:U.S.', 'place:Riyadh']));
test('title kept as its own layer', () => expectTitles('Secretary of State Marco Rubio arrived in Riyadh on Monday.', ['Secretary of State→Marco Rubio']));
test('honorific and Arabic particles', () => expectMentions('Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks would resume.', ['person:Mohammed bin Abdulrahman Al Thani']));
test('al- particle kept', () => expectMentions('Egyptian President Abdel Fattah al-Sisi hosted the talks in Cairo.', ['person:Abdel Fattah al-Sisi', 'place:Cairo']));
test('possessive excluded', () => expectMentions('Israel’s Prime Minister Benjamin Netanyahu rejected Hamas’ demands.', ['place:Israel', 'person:Benjamin Netanyahu', 'organization:Hamas']));
test('demonyms as actors are groups', () => expectMentions('Palestinians and Israelis waited for news from Cairo.', ['group:Palestinians', 'group:Israelis']));
test('dateline is a place', () => expectMentions('BEIRUT (AP) — Hezbollah fired rockets at northern Israel on Sunday.', ['place:BEIRUT', 'place:Israel']));
test('organizations', () => expectMentions('The United Nations and the European Union urged Hamas to accept the deal.', ['organization:United Nations', 'organization:European Union', 'organization:Hamas']));

test('known names (from the knowledge base) steer the tagger', () => {
  const names = [{ text: 'Khan Younis', type: 'place' }, { text: 'Hezbollah', type: 'organization' }] as const;
  const model = withKnownNames(loadModel(), names);
  const found = (t: string) => recognizeText(t, model, knownNameTypes(names)).ner.map((a) => `${a.value.type}:${a.text}`);
  assert.ok(found('Families fled Khan Younis on foot.').includes('place:Khan Younis'));
  assert.ok(found('Hezbollah’s leader spoke on Friday.').includes('organization:Hezbollah'));
});

test('the stage uses the knowledge base by default: a country the training data never named is a place', () => {
  const out = run('Blinken is due in Jordan on Tuesday and in Qatar on Wednesday.');
  assert.ok(out['ner']!.some((a) => a.text === 'Qatar' && (a.value as NerValue).type === 'place'));
});

test('the tagger\'s mentions have the scores of the tagger\'s spans, worked out when read, and serialize as numbers', () => {
  const model = loadModel();
  const texts = [TEXT, 'Hamas said Israel had not answered. The talks in Cairo went on late into the night, according to Reuters.'];
  for (const text of texts) {
    const out = recognizeText(text, model);
    const layers = toAnnotations(segment(text));
    const tokens = layers['token']!;
    const eager = tagTokens(model, tokens, sentenceRanges(tokens, layers['sentence']!), typesOf(model, tokens));
    const bySpan = new Map(eager.map((s) => [`${tokens[s.start]!.start}:${tokens[s.end - 1]!.end}`, Math.round(s.score * 1000) / 1000]));
    let compared = 0;
    for (const a of out.ner) {
      const json = JSON.parse(JSON.stringify(a)) as { value: NerValue };
      assert.equal(typeof json.value.score, 'number');
      assert.equal(json.value.score, a.value.score);
      assert.deepEqual(Object.keys(a.value), ['type', 'score']);
      const want = bySpan.get(`${a.start}:${a.end}`);
      if (a.source === 'ner/perceptron' && want !== undefined) {
        assert.equal(a.value.score, want, a.text);
        compared++;
      }
    }
    assert.ok(compared > 0);
  }
});
test('the dateline place named again in the text is the same place', () => expectMentions('DEIR AL-BALAH, Gaza Strip — The three men were paraded on a stage in Deir al-Balah before being handed to the Red Cross.', ['place:DEIR AL-BALAH', 'place:Gaza Strip', 'place:Deir al-Balah', 'organization:Red Cross']));
test('a capitalized title word before a lower-case title is no name', () => expectMentions('National security adviser Mike Waltz said he would call his counterpart.', ['person:Mike Waltz']));
test('"and" joins two titles written alike, not a noun phrase and a capitalised title', () => {
  expectTitles('The meeting between the Ukrainian leader and President Trump went badly.', ['President→Trump']);
  expectTitles('Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.', ['Prime Minister and Foreign Minister→Mohammed bin Abdulrahman Al Thani']);
});
test('a title runs on through what it is for or of', () => {
  expectTitles('U.S. Assistant Secretary of State for African Affairs Molly Phee said Washington was hopeful.', ['Assistant Secretary of State for African Affairs→Molly Phee']);
  expectTitles('Special Envoy for Ukraine Keith Kellogg said it.', ['Special Envoy for Ukraine→Keith Kellogg']);
});
test('press, intelligence and labor titles keep their first word', () => {
  expectTitles('White House press secretary Karoline Leavitt said the president was frustrated.', ['press secretary→Karoline Leavitt']);
  expectTitles('Egyptian intelligence chief Abbas Kamel met the delegation.', ['intelligence chief→Abbas Kamel']);
  expectTitles('Acting Labor Secretary Julie Su spoke to both sides.', ['Acting Labor Secretary→Julie Su']);
});
test('an aide is titled', () => expectTitles("Moscow's team was led by presidential aide Vladimir Medinsky.", ['presidential aide→Vladimir Medinsky']));
test('untagged capitalised words before a title are the body it belongs to', () => {
  expectMentions('DETROIT — United Auto Workers President Shawn Fain said the union would expand its strike.', ['organization:United Auto Workers', 'person:Shawn Fain']);
  expectTitles('Stellantis chief operating officer Mark Stewart said the company was encouraged.', ['chief operating officer→Mark Stewart']);
});
test('a day before a title is no body', () => expectNoMentions('On Monday President Biden spoke.', ['organization:On Monday', 'organization:Monday']));

test('a name given as someone\'s name is a person', () => expectMentions('One striker, a welder who gave only her first name, Maria, said the vote was about pensions.', ['person:Maria']));

test('the tagger\'s mentions share one score getter (one object shape for all), and a copy holds the plain number', () => {
  const out = recognizeText('Hamas said Israel had not answered. The talks in Cairo went on late into the night, according to Reuters.', loadModel());
  const tagged = out.ner.filter((a) => a.source === 'ner/perceptron');
  assert.ok(tagged.length >= 3);
  const getters = new Set(tagged.map((a) => Object.getOwnPropertyDescriptor(a.value, 'score')?.get));
  assert.equal(getters.size, 1);
  assert.equal(typeof [...getters][0], 'function');
  for (const a of tagged) {
    const copy = { ...a.value };
    assert.deepEqual(Object.getOwnPropertyDescriptor(copy, 'score'), { value: a.value.score, writable: true, enumerable: true, configurable: true });
    assert.deepEqual(Reflect.ownKeys(copy), ['type', 'score']);
  }
});
