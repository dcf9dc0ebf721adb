/**
 * @module cli/found — what `parley analyze` found, for its summary: the annotations of the
 * new documents by kind, and the corpus views of the whole store (merged events by type,
 * proposals, conflicts by kind, each negotiation's latest state).
 *
 * The counts of the new documents come from the run itself (analyze `AnalyzeSummary.found`:
 * each stored layer's count), so they cost nothing. The corpus views are computed as `parley timeline`, `status` and
 * `conflicts` compute them, from every stored document; above {@link CORPUS_SUMMARY_LIMIT}
 * documents the summary leaves them to those commands instead of making a large run wait.
 */
import { findConflicts } from '../corpus/conflicts.js';
import { corpusEvents } from '../corpus/events.js';
import { findNegotiations } from '../corpus/negotiations.js';
import { mergeProposals } from '../corpus/proposals.js';
import { byNegotiation, statusAsOf, statusTimeline, type StatusSpan } from '../corpus/status.js';
import { corpusEntityIds, corpusFacts } from '../export/export.js';
import { statusLexicon } from '../stages/claims/index.js';
import type { Store } from '../store/index.js';
import { row } from './output.js';

/** Stores with more documents than this get no corpus section in the summary (it would re-read them all). */
export const CORPUS_SUMMARY_LIMIT = 1_000;

/**
 * The layers the summary counts, with their labels, in print order; a row may add up several
 * layers (entity mentions: the names, and the demonyms referring to a country, as the export's
 * `mentions[]` lists both).
 */
export const FOUND_LAYERS: readonly (readonly [layer: string | readonly string[], label: string])[] = [
  [['mention', 'reference'], 'entity mentions'],
  ['role', 'roles'],
  ['time', 'time expressions'],
  ['quote', 'quotes'],
  ['citation', 'cited sources'],
  ['event', 'events'],
  ['status-claim', 'status reports'],
];

/** `n thing(s)`-style list of the largest counts first: `talks 3, proposal 2`. */
function tally(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** The "Found in the new documents" block: one row per counted layer (none when nothing was stored). */
export function renderNewFound(found: Readonly<Record<string, number>>, stored: number): string {
  if (stored === 0) return '';
  let out = `\nFound in the ${stored} new document(s):\n`;
  for (const [layer, label] of FOUND_LAYERS) out += row(label, (typeof layer === 'string' ? [layer] : layer).reduce((n, l) => n + (found[l] ?? 0), 0));
  return out;
}

/**
 * The state of each negotiation track on `day` (as `parley status --as-of` gives it), else
 * its last span, as `label: state since from`.
 */
export function latestStates(spans: readonly StatusSpan[], day: string): string[] {
  return byNegotiation(spans).map((g) => {
    const s = statusAsOf(g.spans, day) ?? g.spans[g.spans.length - 1]!;
    return `${g.negotiation?.label ?? '(no named parties)'}: ${s.state.replace(/_/g, ' ')} since ${s.from}`;
  });
}

/**
 * The "Across the store" block: merged events by type, proposals, conflicts by kind and the
 * state of each negotiation on the run's reference `day` (tracks read with the run's extra
 * knowledge-base folders `kbDirs`); a pointer to the commands when the store is too large.
 */
export async function renderCorpusFound(store: Store, documents: number, day: string, kbDirs: readonly string[] = []): Promise<string> {
  let out = `\nAcross the store (${documents} document(s)):\n`;
  if (documents > CORPUS_SUMMARY_LIMIT) {
    return `${out}  (more than ${CORPUS_SUMMARY_LIMIT} documents: see \`parley timeline\`, \`parley status\`, \`parley conflicts\`)\n`;
  }
  const ids = await corpusEntityIds(store);
  const { events } = await corpusEvents(store, ids);
  const facts = await corpusFacts(store, ids);
  const byType = new Map<string, number>();
  for (const e of events) bump(byType, e.type);
  const corroborated = events.filter((e) => e.corroboration > 1).length;
  out += row('events', events.length, [tally(byType), corroborated ? `${corroborated} reported by several documents` : ''].filter(Boolean).join('; '));
  const tracks = findNegotiations(facts, kbDirs);
  const lex = statusLexicon();
  out += row('proposals', mergeProposals(facts, tracks).length);
  const byKind = new Map<string, number>();
  for (const c of findConflicts(facts, lex, tracks)) bump(byKind, c.kind);
  out += row('conflicts', [...byKind.values()].reduce((a, b) => a + b, 0), tally(byKind));
  const states = latestStates(statusTimeline(facts, lex, tracks), day);
  if (states.length > 0) out += `  latest state\n${states.map((s) => `    ${s}\n`).join('')}`;
  out += '\nNext: `parley timeline`, `parley status`, `parley conflicts`, `parley quotes`, `parley entities`, `parley export`\n';
  return out;
}
