import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { DocFacts } from './conflicts.js';
import { findNegotiations, type NegotiationIndex } from './negotiations.js';
import { factsOf } from './testing.js';

/** Articles written for these tests: two truce negotiations, a port dispute, one report naming nobody. */
const FILES: Record<string, string> = {
  'gaza-1.txt': 'published: 2023-11-24\n---\nA four-day truce between Israel and Hamas took effect on Friday, in a deal mediated by Qatar and the United States. Hamas released 24 hostages and Israel freed 39 prisoners.\n',
  'gaza-2.txt': 'published: 2023-12-01\n---\nThe truce between Israel and Hamas ended on Friday. Israel said Hamas had violated the pause, and Qatar, the mediator, urged both sides to return to talks. The deal also followed a 60-day ceasefire between Israel and Hezbollah in Lebanon.\n',
  'grain-1.txt': 'published: 2022-07-22\n---\nRussia and Ukraine signed a deal on Friday to reopen three Black Sea ports, in talks mediated by Turkey and the United States.\n',
  'grain-2.txt': 'published: 2023-07-17\n---\nRussia quit the grain deal with Ukraine on Monday. Ukraine said Russia had broken its word.\n',
  'vague.txt': 'published: 2024-03-05\n---\nA mediator said the talks were nearing an impasse on Tuesday.\n',
};

let facts: DocFacts[] = [];
let index: NegotiationIndex;
const doc = (name: string): DocFacts => facts.find((f) => f.source.endsWith(name))!;
const labelOf = (name: string): string | null => index.ofDocument(doc(name).id)?.label ?? null;

before(async () => {
  facts = await factsOf(FILES);
  index = findNegotiations(facts);
});

describe('negotiation tracks', () => {
  it('documents about the same parties share a track; other parties make another', () => {
    assert.equal(index.ofDocument(doc('gaza-1.txt').id)?.id, index.ofDocument(doc('gaza-2.txt').id)?.id);
    assert.equal(index.ofDocument(doc('grain-1.txt').id)?.id, index.ofDocument(doc('grain-2.txt').id)?.id);
    assert.notEqual(index.ofDocument(doc('gaza-1.txt').id)?.id, index.ofDocument(doc('grain-1.txt').id)?.id);
  });
  it('the parties are the sides, not the mediators', () => {
    assert.deepEqual(labelOf('gaza-1.txt')?.split(' – ').sort(), ['Hamas', 'Israel']);
    assert.deepEqual(labelOf('grain-1.txt')?.split(' – ').sort(), ['Russia', 'Ukraine']);
  });
  it('a document that names no party belongs to none', () => assert.equal(labelOf('vague.txt'), null));
  it('a sentence pairing other parties belongs to their side negotiation', () => {
    const d = doc('gaza-2.txt');
    const at = d.text.indexOf('The deal also followed');
    const n = index.ofSpan(d.id, at, d.text.indexOf('.', at) + 1);
    assert.deepEqual(n?.label.split(' – ').sort(), ['Hezbollah', 'Israel']);
    assert.ok(index.negotiations.some((x) => x.id === n?.id));
  });
  it('an event without actors of its own keeps its document\'s track', () => {
    const d = doc('gaza-1.txt');
    const release = d.events.find((e) => e.type === 'release');
    assert.ok(release);
    assert.equal(index.ofEvent({ ...release, agents: [], targets: [] })?.id, index.ofDocument(d.id)?.id);
  });
  it('ids are stable', () => assert.equal(findNegotiations(facts).ofDocument(doc('gaza-1.txt').id)?.id, index.ofDocument(doc('gaza-1.txt').id)?.id));
});

describe('negotiation tracks: who is no party', () => {
  const PROBES: Record<string, string> = {
    'swap.txt': 'published: 2024-10-19\n---\nRussia and Ukraine exchanged 95 prisoners of war each on Friday. Separately, Turkey offered to host talks on shipping in the Black Sea.\n',
    'strike.txt': 'published: 2024-10-02\n---\nDockworkers walked off the job on Tuesday after talks between the International Longshoremen\'s Association and the United States Maritime Alliance broke down. The union rejected the alliance\'s offer. The White House urged both sides to return to the table and reach a fair deal.\n',
    'idf-1.txt': 'published: 2024-08-10\n---\nThe Israel Defense Forces struck a school compound in Gaza City on Saturday, killing at least 90 people. Israel said the strike targeted a command centre. Israel warned residents of Khan Younis to leave.\n',
    'idf-2.txt': 'published: 2024-08-12\n---\nIsrael\'s army launched a new offensive in Khan Younis on Monday. The Israel Defense Forces said troops had killed dozens of militants.\n',
  };
  let probe: DocFacts[] = [];
  let idx: NegotiationIndex;
  const partiesOf = (name: string): string[] => idx.ofDocument(probe.find((f) => f.source.endsWith(name))!.id)?.partyNames.slice().sort() ?? [];
  before(async () => {
    probe = await factsOf(PROBES);
    idx = findNegotiations(probe);
  });
  it('a country that offers to host talks mediates', () => assert.deepEqual(partiesOf('swap.txt'), ['Russia', 'Ukraine']));
  it('an urger of both sides is no side', () => assert.deepEqual(partiesOf('strike.txt'), ["International Longshoremen's Association", 'United States Maritime Alliance']));
  it('a country\'s own army is no party beside it', () => assert.deepEqual(partiesOf('idf-1.txt'), ['Israel']));
});

describe('negotiation tracks: the run\'s knowledge base', () => {
  it('a state body that only a user\'s knowledge-base folder names is no party beside its country (CONVENTIONS §9)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-kb-'));
    fs.writeFileSync(path.join(dir, 'forces.json'), JSON.stringify([{
      key: 'ukraine-territorial-guard', id: null, type: 'organization', name: 'Ukrainian Territorial Guard', aliases: [],
      country: 'Ukraine', stateBody: true, source: 'https://example.org/invented-for-this-test',
    }]));
    const files = { 'guard.txt': 'published: 2024-08-10\n---\nThe Ukrainian Territorial Guard struck a depot in Belgorod on Saturday, killing at least 9 people. Ukraine said the strike targeted a command centre. Russia warned Ukraine of a response.\n' };
    const facts = await factsOf(files, [dir]);
    const parties = findNegotiations(facts, [dir]).ofDocument(facts[0]!.id)?.partyNames.slice().sort();
    assert.deepEqual(parties, ['Russia', 'Ukraine']);
  });
});

describe('negotiation tracks: session 16', () => {
  it('a mediator who proposes is no party: "Kenyan and Ethiopian mediators have proposed a new peace plan to the army and the RSF"', async () => {
    const facts = await factsOf({
      'a.txt': 'published: 2025-09-03\n---\nKenya floats new truce plan for Sudan\n\nKenyan and Ethiopian mediators have proposed a new peace plan to the Sudanese army and the Rapid Support Forces, officials said on Wednesday.\n\nUnder the plan, the RSF would free 40 prisoners in the first phase.\n\nThe RSF rejected the proposal on Wednesday.\n\nThe African Union urged both sides to return to the table.\n',
    });
    assert.deepEqual(findNegotiations(facts).ofDocument(facts[0]!.id)?.partyNames.slice().sort(), ['Rapid Support Forces', 'Sudanese Armed Forces']);
  });
});

describe('negotiation tracks: a body the text names as a party\'s own', () => {
  it('"Israel\'s cabinet would vote on the deal" is Israel acting, no third party', async () => {
    const facts = await factsOf({
      'a.txt': 'published: 2025-01-15\n---\nIsrael and Hamas agree ceasefire\n\nIsrael and Hamas have agreed to a ceasefire in Gaza, Qatar\'s prime minister announced on Wednesday.\n\nIsrael\'s cabinet would vote on the deal on Thursday, the prime minister\'s office said. Hamas said the agreement was an achievement.\n',
    });
    assert.deepEqual(findNegotiations(facts).ofDocument(facts[0]!.id)?.partyNames.slice().sort(), ['Hamas', 'Israel']);
  });
});

/** A short report on Israel–Hamas talks of day `day`, with `n` hostages freed: enough of them make Israel weigh most in the Gaza track. */
const gaza = (day: string, n: number): string => `published: ${day}\n---\nIsrael and Hamas hold talks\n\nIsrael and Hamas held talks in Cairo on Monday, mediators said. Hamas released ${n} hostages and Israel freed ${n * 3} prisoners, Israel said. Israel and Hamas agreed to meet again.\n`;

describe('negotiation tracks: a state body whose country the track names weakly', () => {
  it('"Hezbollah – Israel Defense Forces" is "Hezbollah – Israel" when Israel weighs most in other tracks', async () => {
    const facts = await factsOf({
      'a.txt': gaza('2024-11-20', 4),
      'b.txt': gaza('2024-11-21', 5),
      'c.txt': 'published: 2024-11-27\n---\nLebanon truce takes hold\n\nA ceasefire between Israel and Hezbollah took effect on Wednesday. The Israel Defense Forces said Hezbollah fired rockets on Tuesday, and the Israel Defense Forces struck Hezbollah positions in response.\n',
    });
    const names = findNegotiations(facts).ofDocument(facts[2]!.id)?.partyNames.slice().sort();
    assert.deepEqual(names, ['Hezbollah', 'Israel']);
  });
});

describe('negotiation tracks: a body the text names as a country\'s own, the country weakly named (session 17)', () => {
  it('"Israel\'s security cabinet – Hezbollah" is "Israel – Hezbollah" when Israel weighs most in other tracks', async () => {
    const facts = await factsOf({
      'a.txt': gaza('2024-11-20', 4),
      'b.txt': gaza('2024-11-21', 5),
      'c.txt': 'published: 2024-11-27\n---\nTruce takes hold\n\nA ceasefire between Israel and Hezbollah took effect on Wednesday, after Israel\'s security cabinet approved the deal on Tuesday. Israel\'s security cabinet said Hezbollah must withdraw, and Hezbollah rejected the demand.\n',
    });
    const names = findNegotiations(facts).ofDocument(facts[2]!.id)?.partyNames.slice().sort();
    assert.deepEqual(names, ['Hezbollah', 'Israel']);
  });
});
