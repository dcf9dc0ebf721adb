import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../analyze.js';
import { resolveConfig } from '../config.js';
import { buildExport } from '../export/export.js';
import type { EvidenceSpan } from '../pipeline/document.js';
import { statusLexicon, type StatusClaimValue } from '../stages/claims/index.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import { attributionConflicts, figuresDisagree, findConflicts, foldWords, numericConflicts, statusConflicts, type FactEvent, type FactQuote } from './conflicts.js';
import { fact, factsOf, over, release } from './testing.js';

const lex = statusLexicon();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('numeric conflicts', () => {
  const a = 'During the truce, Hamas freed 105 hostages.';
  const b = 'Over the pause, Hamas released 110 hostages in all.';
  it('two reports of one release with different counts', () => {
    const found = numericConflicts([fact('a', a, { events: [release('a', a, 'freed 105 hostages', '2023-11-24', 105)] }), fact('b', b, { events: [release('b', b, 'released 110 hostages', '2023-11-25', 110)] })]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.items.map((i) => `${i.doc}:${i.text}:${i.claim}`), ['a:freed 105 hostages:105 hostages', 'b:released 110 hostages:110 hostages']);
  });
  it('not when the days are too far apart, the agents differ, or one is a duplicate', () => {
    assert.equal(numericConflicts([fact('a', a, { events: [release('a', a, 'freed 105 hostages', '2023-11-24', 105)] }), fact('b', b, { events: [release('b', b, 'released 110 hostages', '2023-11-28', 110)] })]).length, 0);
    assert.equal(numericConflicts([fact('a', a, { events: [release('a', a, 'freed 105 hostages', '2023-11-24', 105, ['e_hamas'])] }), fact('b', b, { events: [release('b', b, 'released 110 hostages', '2023-11-24', 110, ['e_israel'])] })]).length, 0);
    assert.equal(numericConflicts([fact('a', a, { events: [release('a', a, 'freed 105 hostages', '2023-11-24', 105)] }), fact('b', b, { duplicateOf: 'a', events: [release('b', b, 'released 110 hostages', '2023-11-24', 110)] })]).length, 0);
  });
  it('totals of the same truce, dated differently, with both sentences as evidence', async () => {
    const found = numericConflicts(await factsOf({
      'a.txt': 'published: 2024-01-09\n---\nTalks have stalled since the seven-day truce between Israel and Hamas ended on December 1. During that pause, 105 hostages were freed.\n',
      'b.txt': 'published: 2025-01-29\n---\nIsrael and Hamas want to avoid a repeat of the only earlier pause, from November 24 to December 1, 2023, when 110 hostages were released.\n',
    }));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0]!.items.map((i) => i.text.slice(0, 18)).sort(), ['During that pause,', 'Israel and Hamas w']);
    assert.match(found[0]!.summary, /2023-11-24 to 2023-12-01 .*(105 hostages vs 110|110 hostages vs 105)/);
  });
  it('not a day\'s count against a total, nor totals of different truces', async () => {
    assert.equal(numericConflicts(await factsOf({
      'a.txt': 'published: 2023-11-25\n---\nUnder the truce between Israel and Hamas, 24 hostages were freed on Friday.\n',
      'b.txt': 'published: 2024-01-09\n---\nThe seven-day truce between Israel and Hamas ended on December 1. During that pause, 105 hostages were freed.\n',
    })).length, 0);
    assert.equal(numericConflicts(await factsOf({
      'a.txt': 'published: 2024-01-09\n---\nThe seven-day truce between Israel and Hamas ended on December 1. During that pause, 105 hostages were freed.\n',
      'b.txt': 'published: 2025-03-20\n---\nThe truce between Israel and Hamas that began on January 19 ended on March 18. During that truce, 33 hostages were freed.\n',
    })).length, 0);
  });
  it('not between different negotiations on the same day', () => {
    const x = 'Hamas freed 24 hostages.';
    const y = 'Russia freed 75 prisoners.';
    const tracks = { negotiations: [], ofDocument: () => null, ofSpan: () => null, ofEvent: (e: { evidence: EvidenceSpan }) => ({ id: e.evidence.doc, label: e.evidence.doc, parties: [], partyNames: [], documents: 1 }) };
    assert.equal(numericConflicts([fact('a', x, { events: [release('a', x, 'freed 24 hostages', '2023-11-24', 24, [])] }), fact('b', y, { events: [release('b', y, 'freed 75 prisoners', '2023-11-24', 75, [])] })], tracks).length, 0);
  });
  it('a count dated only by its past tense joins the one release another report of that day dates', async () => {
    const found = numericConflicts(await factsOf({
      'a.txt': 'published: 2024-06-04\n---\nM23 rebels freed 24 hostages on Monday in Goma, the Red Cross said.\n',
      'b.txt': 'published: 2024-06-04\n---\nFour soldiers were handed over on Monday, and M23 rebels freed 31 hostages in return, officials said.\n',
    }));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]!.summary, /24 hostages vs 31 hostages|31 hostages vs 24 hostages/);
  });
  it('a month-dated count takes the day of its sentence, only when one occasion fits and it is no running total', () => {
    const month = (doc: string, text: string, words: string, value: number): FactEvent => ({ ...release(doc, text, words, '2024-06', value), date: { value: '2024-06', precision: 'month', basis: 'tense' }, sentence: { start: 0, end: text.length } });
    const sibling = (doc: string, text: string): FactEvent => ({ ...release(doc, text, text, '2024-06-03', 4, ['e_x']), subtype: 'soldiers', quantity: null });
    const x = 'Rebels freed 24 hostages on Monday.';
    const y = 'Four soldiers were handed over on Monday, and rebels freed 31 hostages in return.';
    const total = 'Four soldiers were handed over on Monday, and rebels have freed 31 hostages so far.';
    const z = 'Rebels freed 12 hostages on Thursday.';
    const a = fact('a', x, { published: '2024-06-04', events: [release('a', x, 'freed 24 hostages', '2024-06-03', 24)] });
    const b = (text: string, published = '2024-06-04', withSibling = true) => fact('b', text, { published, events: [month('b', text, 'freed 31 hostages', 31), ...(withSibling ? [sibling('b', text)] : [])] });
    assert.equal(numericConflicts([a, b(y)]).length, 1);
    assert.equal(numericConflicts([a, b(y, '2024-06-04', false)]).length, 0, 'no day in its sentence');
    assert.equal(numericConflicts([a, b(total)]).length, 0, 'a running total');
    assert.equal(numericConflicts([a, b(y, '2024-06-09')]).length, 0, 'published days later');
    assert.equal(numericConflicts([a, b(y), fact('c', z, { published: '2024-06-01', events: [release('c', z, 'freed 12 hostages', '2024-06-01', 12)] })]).length, 0, 'several occasions that month');
  });
  it('qualifiers leave room', () => {
    const q = (value: number, qualifier: string) => ({ value, unit: 'hostages', qualifier });
    assert.ok(figuresDisagree(q(105, 'exact'), q(110, 'exact')));
    assert.ok(!figuresDisagree(q(50, 'at_least'), q(55, 'exact')));
    assert.ok(figuresDisagree(q(50, 'at_least'), q(45, 'exact')));
    assert.ok(!figuresDisagree(q(33, 'at_most'), q(33, 'exact')));
    assert.ok(!figuresDisagree(q(100, 'about'), q(105, 'exact')));
    assert.ok(!figuresDisagree(q(0.5, 'fraction'), q(40, 'exact')));
  });
});

describe('status conflicts', () => {
  const claim = (state: StatusClaimValue['state'], polarity: 'positive' | 'negative', day: string): StatusClaimValue => ({ state, polarity, modality: 'asserted', time: 'dated', date: { value: day, precision: 'day', from: 'sentence', span: null }, sentence: { start: 0, end: 10 }, rule: 'test', reason: 'test' });
  const a = 'A ceasefire deal was reached on Wednesday.';
  const b = 'No agreement has been reached, officials said on Wednesday.';
  it('a deal reached against no deal, the same day, in two reports', () => {
    const found = statusConflicts([fact('a', a, { claims: [over('status-claim', a, 'deal was reached', claim('agreed', 'positive', '2025-01-15'))] }), fact('b', b, { claims: [over('status-claim', b, 'agreement has been reached', claim('agreed', 'negative', '2025-01-15'))] })], lex);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.items.map((i) => i.claim), ['agreed', 'not agreed']);
  });
  it('no deal reached as of a day against a deal reached a day or two before, on the same phase only', () => {
    const yes = 'Negotiators reached a deal on the second phase on Saturday.';
    const no = 'No agreement has been reached on the second phase, officials said.';
    const present = (v: StatusClaimValue): StatusClaimValue => ({ ...v, time: 'present', sentence: { start: 0, end: no.length } });
    const dated = (v: StatusClaimValue, text: string): StatusClaimValue => ({ ...v, sentence: { start: 0, end: text.length } });
    const pair = (yesText: string, noText: string, yesDay: string) => [
      fact('a', yesText, { claims: [over('status-claim', yesText, yesText.includes('reached a deal') ? 'reached a deal' : 'signed a deal', dated(claim('agreed', 'positive', yesDay), yesText))] }),
      fact('b', noText, { claims: [over('status-claim', noText, 'agreement has been reached', present(claim('agreed', 'negative', '2025-01-26')))] }),
    ];
    const found = statusConflicts(pair(yes, no, '2025-01-25'), lex);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0]!.items.map((i) => i.claim), ['agreed (2025-01-25)', 'not agreed (2025-01-26)']);
    assert.equal(statusConflicts(pair(yes.replace('second', 'first'), no, '2025-01-25'), lex).length, 0, 'another phase');
    assert.equal(statusConflicts(pair(yes, no, '2025-01-20'), lex).length, 0, 'too long before');
    assert.equal(statusConflicts(pair(yes, no, '2025-01-27'), lex).length, 0, 'after the denial');
    assert.equal(statusConflicts(pair(yes, 'No agreement has been reached on the release of the remaining hostages.', '2025-01-25'), lex).length, 0, 'a denial of another deal');
    assert.equal(statusConflicts(pair('The two sides signed a deal on Saturday to end the strike.', 'No deal has been reached yet, a spokesman said.'.replace('deal', 'agreement'), '2025-01-24'), lex).length, 1, 'a denial naming nothing');
  });
  it('not on different days', () => {
    assert.equal(statusConflicts([fact('a', a, { claims: [over('status-claim', a, 'deal was reached', claim('agreed', 'positive', '2025-01-15'))] }), fact('b', b, { claims: [over('status-claim', b, 'agreement has been reached', claim('agreed', 'negative', '2025-01-14'))] })], lex).length, 0);
  });
});

describe('attribution conflicts', () => {
  const words = 'we will not accept any deal that leaves the hostages behind';
  const quote = (doc: string, text: string, speaker: string, name: string): FactQuote => {
    const start = text.indexOf(words);
    return { evidence: { doc, start, end: start + words.length, text: words }, words: foldWords(words), speaker, speakerName: name };
  };
  const a = `"${words}," Netanyahu said.`;
  const b = `"${words}," Gantz said.`;
  it('one quotation, two speakers', () => {
    const found = attributionConflicts([fact('a', a, { quotes: [quote('a', a, 'e_1', 'Benjamin Netanyahu')] }), fact('b', b, { quotes: [quote('b', b, 'e_2', 'Benny Gantz')] })]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.items.map((i) => i.claim), ['said by Benjamin Netanyahu', 'said by Benny Gantz']);
  });
  it('a surname and the full name are one speaker', () => {
    assert.equal(attributionConflicts([fact('a', a, { quotes: [quote('a', a, 'e_1', 'Benjamin Netanyahu')] }), fact('b', b, { quotes: [quote('b', b, 'e_3', 'Netanyahu')] })]).length, 0);
  });
});

describe('conflicts from analyzed documents', () => {
  it('an article that contradicts itself is an internal conflict with both spans', async () => {
    const facts = await factsOf({ 'a.txt': 'published: 2024-05-01\n---\nA mediator said the talks were nearing an impasse and called the round the closest in months.\n' });
    const [c] = findConflicts(facts, lex);
    assert.equal(c?.kind, 'internal');
    assert.deepEqual(c?.items.map((i) => i.text), ['nearing an impasse', 'the closest in months']);
  });
});

/** Every evidence span of the export repeats the document text it points at. */
function checkSpans(ex: Record<string, unknown>): number {
  const docs = new Map((ex['documents'] as { id: string; text: string }[]).map((d) => [d.id, d.text]));
  let n = 0;
  const check = (where: string, e: EvidenceSpan): void => {
    n++;
    assert.equal(docs.get(e.doc)?.slice(e.start, e.end), e.text, `${where}: ${JSON.stringify(e)}`);
  };
  const nonEmpty = (where: string, list: readonly EvidenceSpan[] | undefined): void => {
    assert.ok(list && list.length > 0, `${where} has no evidence`);
    for (const e of list) check(where, e);
  };
  for (const c of ex['conflicts'] as { id: string; items: EvidenceSpan[] }[]) nonEmpty(`conflict ${c.id}`, c.items);
  for (const p of ex['proposals'] as { id: string; evidence: EvidenceSpan[]; terms: { evidence: EvidenceSpan[] }[]; stances: { evidence: EvidenceSpan[] }[] }[]) {
    nonEmpty(`proposal ${p.id}`, p.evidence);
    for (const t of p.terms) nonEmpty(`term of ${p.id}`, t.evidence);
    for (const s of p.stances) nonEmpty(`stance of ${p.id}`, s.evidence);
  }
  for (const s of ex['status'] as { from: string; evidence: EvidenceSpan[] }[]) nonEmpty(`status ${s.from}`, s.evidence);
  for (const e of ex['events'] as { id: string; evidence: EvidenceSpan[] }[]) nonEmpty(`event ${e.id}`, e.evidence);
  return n;
}

describe('evidence of the corpus views', () => {
  it('every conflict, proposal, status span and event of the examples and seeds carries spans that repeat the text', async () => {
    const store = new MemoryStore();
    await analyzePaths([path.join(ROOT, 'examples'), path.join(ROOT, '../shared/corpus/seeds')], { config: resolveConfig({ db: ':memory:', workers: 0 }, {}, null), store, command: 'test' });
    const ex = await buildExport(store);
    assert.ok((ex['status'] as unknown[]).length > 0 && (ex['proposals'] as unknown[]).length > 0 && (ex['conflicts'] as unknown[]).length > 0);
    assert.ok(checkSpans(ex) > 20);
  });
});
