/**
 * @module stages/entities/link/negative.test — what must NOT be linked together.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS } from '../../../config.js';
import { prepare } from '../../../ingest/index.js';
import { createContext } from '../../../pipeline/context.js';
import { defaultPipeline } from '../../../pipeline/default.js';
import { analyzeDocument } from '../../../pipeline/pipeline.js';
import type { MentionValue } from './index.js';

const pipeline = defaultPipeline();
const ctx = createContext({ ...DEFAULTS, referenceDate: '2026-01-01' });

/** `text→cluster key` of every mention of `text`, published on `day`. */
function keys(text: string, day = '2024-05-01'): string[] {
  const doc = prepare({ source: 't', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: day, method: 'metadata', from: 'test' } } });
  return (analyzeDocument(pipeline, ctx, doc).layers.get('mention') ?? []).map((m) => `${m.text}→${(m.value as MentionValue).key}`);
}
const keyOf = (text: string, surface: string): string | undefined => keys(text).find((k) => k.startsWith(`${surface}→`))?.slice(surface.length + 1);

test('two people sharing a surname with other given names stay apart across articles', () => assert.notEqual(
  keyOf('Peter Kowalski, a union organizer, said the vote was close.', 'Peter Kowalski'),
  keyOf('Anna Maria Kowalski, a negotiator, said the talks were slow.', 'Anna Maria Kowalski'),
));
test('two namesakes told apart by their middle initials in one article stay two', () => {
  const k = keys('John A. Smith, a port official, said the talks were over. John B. Smith, a union lawyer, disagreed.');
  assert.equal(new Set(k.filter((x) => x.includes('Smith')).map((x) => x.split('→')[1])).size, 2);
});
test('two namesakes told apart only by their middle initials in two articles stay two', () => assert.notEqual(
  keyOf('John A. Smith, a port official, said the talks were over.', 'John A. Smith'),
  keyOf('John B. Smith, a union lawyer, said the talks would go on.', 'John B. Smith'),
));
test('a chain of generations keeps its fathers: two sons of one family are two people', () => assert.notEqual(
  keyOf('On Monday, Sheikh Hamad bin Jassim Al Thani said the talks were useful.', 'Hamad bin Jassim Al Thani'),
  keyOf('On Monday, Sheikh Hamad bin Khalifa Al Thani said the talks were useful.', 'Hamad bin Khalifa Al Thani'),
));
test('"Sheikh Mohammed" with no country of his in the article is left unlinked', () => assert.deepEqual(
  keys('A Gulf summit opened on Monday. Sheikh Mohammed said the region needed stability.').filter((k) => k.startsWith('Mohammed→kb:')),
  [],
));
test('"Sheikh Mohammed" in an article about both his countries is left unlinked', () => assert.deepEqual(
  keys('Qatar and the United Arab Emirates sent delegations. Sheikh Mohammed said the region needed stability.').filter((k) => k.startsWith('Mohammed→kb:')),
  [],
));
test("a country's defence ministry is not its army", () => assert.deepEqual(
  keys("Israel's Defense Ministry approved the plan. The Israeli army said it would comply.").filter((k) => k.includes('Ministry→kb:israel-defense-forces')),
  [],
));
test("a ministry's spokeswoman names no ministry (she may be the person who holds the title)", () => assert.deepEqual(keys('The Russian foreign ministry spokeswoman said no.').filter((k) => k.split('→')[1]!.includes('ministry')), []));
test('a KB surname in a heading is no body when the article never names the person', () => assert.deepEqual(
  keys('Burhan Rejects Geneva Invitation As Fighting Spreads\n\nCAIRO (AP) — The army said on Thursday it would not send a delegation.').filter((k) => k.startsWith('Burhan')),
  [],
));
test('two nouns joined by "and" beside a name that are not both titles give no role', () => {
  const doc = prepare({ source: 't', format: 'text', text: "John Smith, a lawyer and activist, said it. Lena Brandt, Norway's envoy and Ukraine's friend, said it.", meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2025-06-01', method: 'metadata', from: 'test' } } });
  assert.deepEqual((analyzeDocument(pipeline, ctx, doc).layers.get('role') ?? []).map((r) => r.text), []);
});
test("a KB surname after a preposition of place stays a place ('reached Harris')", () => assert.deepEqual(keys('Aid reached Harris on Monday.').filter((k) => k.includes('kb:kamala-harris')), []));
test('"Crown Prince" keeps its prince', () => {
  const doc = prepare({ source: 't', format: 'text', text: 'Crown Prince Mohammed bin Salman met the envoy.', meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2025-06-01', method: 'metadata', from: 'test' } } });
  assert.deepEqual((analyzeDocument(pipeline, ctx, doc).layers.get('role') ?? []).map((r) => (r.value as { title: string }).title), ['Crown Prince']);
});
test('a ministry named without its country stays apart when the article names two countries\' ministries', () => assert.deepEqual(
  keys("Russia's Foreign Ministry and Ukraine's Foreign Ministry traded barbs. The Foreign Ministry said nothing.").filter((k) => k.startsWith('Foreign Ministry→') && k.includes('|')),
  [],
));
test('a person "of" a place gives no role: it says where they are from', () => {
  const doc = prepare({ source: 't', format: 'text', text: 'Tomas Lindqvist of Ohio said the vote was close.', meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2024-05-01', method: 'metadata', from: 'test' } } });
  assert.deepEqual(analyzeDocument(pipeline, ctx, doc).layers.get('role') ?? [], []);
});
test('a one-word body that is the given name of two people of the article stays apart from both', () => {
  assert.equal(keyOf('The general met Dawit in Port Sudan on Sunday. Ethiopian Trade Minister Dawit Bekele offered to host talks, and his adviser Dawit Tesfaye flew to Cairo.', 'Dawit'), 'name:organization:dawit');
});

test('a given name and surname that end a longer name may be a namesake: they stay apart', () => {
  assert.notEqual(keyOf('Aaron David Miller, a former negotiator, spoke first. David Miller, a trade lawyer, spoke next.', 'David Miller'), keyOf('Aaron David Miller, a former negotiator, spoke first. David Miller, a trade lawyer, spoke next.', 'Aaron David Miller'));
});

test('a clause set off by commas beside a KB person is no office, though some of its words are', () => {
  const doc = prepare({ source: 't', format: 'text', text: 'The man who met the envoy, Steve Witkoff, said nothing.', meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2025-01-22', method: 'metadata', from: 'test' } } });
  assert.deepEqual((analyzeDocument(pipeline, ctx, doc).layers.get('role') ?? []).map((r) => r.text), []);
});

test('a possessive country and "new" before a title name no holder long in office (an incoming one is not in the KB yet)', () => {
  assert.deepEqual(keys("Israel's new prime minister said he would form a government.").filter((k) => k.includes('prime minister')), []);
});
test('a bare "Congo" stays DR Congo when the article names DR Congo in its own words too', () => {
  const congo = keys('The Republic of Congo offered to host talks between Congo and Rwanda. DRC officials agreed.').filter((k) => k.startsWith('Congo→'));
  assert.equal(congo.length, 1);
  assert.match(congo[0]!, /dr-congo/);
});
test('a handle the KB does not list is no one', () => {
  assert.deepEqual(keys('The minister wrote on X, @MinistryOfTalks, that talks went on.').filter((k) => k.includes('MinistryOfTalks')), []);
});
test('"Congolese president" names no unnamed holder in an article about the Republic of Congo', () => {
  assert.deepEqual(keys('Voters in the Congo Republic went to the polls. The Congolese president said the vote was fair.').filter((k) => k.startsWith('Congolese president')), []);
});
test('a body is not its parent: "United Nations" after the Security Council, "Hamas" after its political bureau', () => {
  const k = keys('The United Nations Security Council met on Monday. The United Nations said aid would resume. The Hamas political bureau met in Doha. Hamas said it would reply.');
  assert.notEqual(k.find((x) => x.startsWith('United Nations→')), k.find((x) => x.startsWith('United Nations Security Council→')));
  assert.ok(!k.some((x) => x.startsWith('Hamas→') && x.includes('bureau')));
});
test('a common word is no short name of a company: "Standard" after "Standard Holdings" is not the company', () => {
  assert.ok(!keys('Standard Holdings said on Monday it would lend. Standard terms, it said, would apply, and Standard would not sign.').some((x) => x.startsWith('Standard→name:organization:standard holdings')));
});
test('"Zelenskyy\'s chief of staff" after the holder\'s term names no one', () => assert.deepEqual(
  keys("Zelenskyy's chief of staff said on Monday that the talks would go on.", '2026-02-02').filter((k) => k.includes('yermak')),
  [],
));
test('a family\'s company does not take over its surname: "Koch" after "Koch Industries" and "Charles Koch"', () => {
  const k = keys('Koch Industries said on Monday it would invest. Charles Koch spoke at the plant. Koch said the plan was sound.');
  assert.ok(!k.some((x) => x.startsWith('Koch→') && x.includes('industries')));
});


test('a KB surname that is only the given name of a person of the article stays the KB person', () => {
  const k = keys('Blinken Tarrow, a port clerk, said the ships waited. Blinken said on Tuesday the talks would go on.', '2024-05-01');
  assert.deepEqual(k.filter((x) => x.startsWith('Blinken→')), ['Blinken→kb:antony-blinken']);
});
/** `text→key` of every demonym reference of `text`. */
function references(text: string): string[] {
  const doc = prepare({ source: 't', format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: { raw: '2024-05-01', method: 'metadata', from: 'test' } } });
  return (analyzeDocument(pipeline, ctx, doc).layers.get('reference') ?? []).map((m) => `${m.text}→${(m.value as MentionValue).key}`);
}
test('a demonym before people of a nation, not its state, refers to no country ("Palestinian prisoners", "Israeli hostages")', () => {
  assert.deepEqual(references('Hamas freed three Israeli hostages and Israel released 90 Palestinian prisoners.'), []);
});
test('a demonym inside a capitalized title is no reference of its own ("Turkish Foreign Minister Hakan Fidan")', () => {
  assert.deepEqual(references('Turkish Foreign Minister Hakan Fidan said Ankara was ready to host talks. Turkish officials agreed.'), ['Turkish→kb:turkey']);
});
test('"the governor" with two governors in the article, or none named before, names no one', () => {
  const two = keys('Gov. Dana Whitcombe met Gov. Luis Arroyo on Monday. The governor said talks would go on.');
  assert.deepEqual(two.filter((x) => x.startsWith('governor→')), []);
  const after = keys('The governor said talks would go on. Later Gov. Dana Whitcombe met the unions.');
  assert.deepEqual(after.filter((x) => x.startsWith('governor→')), []);
});
test('a down-ballot nominee is not the KB\'s presidential nominee ("the Republican nominee for Senate in Ohio", "…, the Republican nominee, …" after another name)', () => {
  const k = keys('Donald Trump spoke in Ohio on Monday. Ann Lee, the Republican nominee for Senate in Ohio, praised the nurses. The Republican nominee for governor, Jane Roe, said little. Bo Cole, the Republican nominee, spoke too.', '2024-09-10');
  assert.deepEqual(k.filter((x) => x.startsWith('Republican nominee→')), []);
});
test('"the governor" is no former governor, nor one the article makes governor only after it', () => {
  const former = keys('Former Ohio Gov. Dana Whitcombe spoke on Monday. The governor said talks would go on.');
  assert.deepEqual(former.filter((x) => x.startsWith('governor→')), []);
  const later = keys('Dana Whitcombe spoke first. The governor said talks would go on. Gov. Dana Whitcombe later met the unions.');
  assert.deepEqual(later.filter((x) => x.startsWith('governor→')), []);
});
test('union people in the plural stay generic: with a quantifier, with two unions, named long before, or not saying or deciding', () => {
  const union = (text: string): string[] => keys(text, '2025-06-10').filter((x) => /^union→/i.test(x));
  assert.deepEqual(union('The Harbor Pilots Union reached a deal on Sunday. Many union members approved such deals in the past.'), []);
  assert.deepEqual(union('The Harbor Pilots Union and the Dock Workers Union reached a deal on Sunday. Union members approved it on Monday.'), []);
  assert.deepEqual(union('The Harbor Pilots Union reached a deal on Sunday. Union members see the port as a model.'), []);
  const far = `The Harbor Pilots Union reached a deal on Sunday. ${'The port handled more ships than ever before, officials said. '.repeat(12)}Union members said they were tired.`;
  assert.deepEqual(union(far), []);
});
test('"the governor\'s race" is no governor', () => {
  assert.deepEqual(keys('Gov. Dana Whitcombe met donors. The governor\'s race is wide open.').filter((x) => x.startsWith('governor')), []);
});
