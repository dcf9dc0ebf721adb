/**
 * @module export/views.testing — a small hand-made set of corpus views for the briefing tests.
 */
import type { CorpusViews } from './markdown.js';

const text = 'The truce took effect on Friday. Hamas freed 13 hostages. The truce ended on December 1.';
const at = (words: string): { doc: string; start: number; end: number; text: string } => ({ doc: 'd_1', start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });

/** Views of one document: two status spans, one event, one proposal, one conflict. */
export const VIEWS: CorpusViews = {
  documents: [{ id: 'd_1', source: 'a.txt', title: 'Truce <begins>', outlet: 'Wire', published: '2023-11-24T10:00:00Z', text }],
  events: [{ id: 'ev_1', type: 'release', subtype: 'hostages', modality: 'asserted', date: { value: '2023-11-24', precision: 'day' }, quantity: { value: 13, unit: 'hostages', qualifier: 'exact' }, evidence: [at('Hamas freed 13 hostages')], corroboration: 2 },
    { id: 'ev_2', type: 'talks', subtype: null, modality: 'asserted', date: { value: '2023-11', precision: 'month' }, quantity: null, evidence: [at('The truce took effect')], corroboration: 1 },
    { id: 'ev_3', type: 'talks', subtype: null, modality: 'asserted', date: { value: null, precision: 'unknown' }, quantity: null, evidence: [at('The truce took effect')], corroboration: 1 }],
  status: [
    { negotiation: null, from: '2023-11-24', to: '2023-12-01', state: 'ceasefire_in_effect', precision: 'day', evidence: [at('The truce took effect')], documents: 1 },
    { negotiation: null, from: '2023-12-01', to: null, state: 'ceasefire_ended', precision: 'day', evidence: [at('The truce ended')], documents: 1 },
  ],
  proposals: [{ id: 'p_1', negotiation: null, label: 'four-day truce plan', proposer: ['e_q'], proposerNames: ['Qatar'], date: { value: '2023-11-22', precision: 'day' }, terms: [{ kind: 'count', text: '13 hostages', value: 13, unit: 'hostages', qualifier: 'exact', phase: 1, evidence: [at('13 hostages')] }], stances: [{ party: 'e_h', partyName: 'Hamas', stance: 'accept', date: '2023-11-22', evidence: [at('Hamas freed')] }], evidence: [at('The truce')], documents: 1 }],
  conflicts: [{ id: 'c_1', kind: 'numeric', summary: 'Reports differ: 13 vs 14 hostages.', items: [{ ...at('13 hostages'), claim: '13 hostages' }] }],
};
