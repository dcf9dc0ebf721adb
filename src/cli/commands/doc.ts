/**
 * @module cli/commands/doc — `parley doc ID`: one stored article with what it cites and how
 * credible its sourcing is, the score explained term by term.
 *
 * It prints the export's view of the document (`exportDocument`), so what it shows is
 * exactly what `parley export` writes: header and publication date with its method and
 * interval, the text with every citation marked ⟦…⟧, the citations grouped by source
 * (known or not), each credibility signal with its detail, cost and evidence, and the score.
 */
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { exportDocument, type ExportCitation, type ExportDocument } from '../../export/export.js';
import { explainScore, SIGNAL_CODES } from '../../stages/credibility/index.js';
import type { Store } from '../../store/index.js';
import type { StoredDocument } from '../../store/store.js';
import { STORE_OPTIONS, existingStore, type Command } from '../command.js';
import { bufferedWriter } from '../output.js';

/** Opening mark before a citation in the printed text. */
export const MARK_OPEN = '⟦';
/** Closing mark after a citation in the printed text. */
export const MARK_CLOSE = '⟧';

/** Evidence spans printed per signal before "… and N more". */
const EVIDENCE_SHOWN = 6;

/**
 * The stored document `ref` names: its id, a unique prefix of an id, its source as given
 * or the file name at the end of its source. Throws USAGE when none or several match.
 */
export async function findDocument(store: Store, ref: string): Promise<StoredDocument> {
  const exact = await store.document(ref);
  if (exact !== null) return exact;
  const matches: StoredDocument[] = [];
  for await (const d of store.documents()) {
    if (d.id.startsWith(ref) || d.source === ref || d.source.endsWith(`/${ref}`) || d.source.endsWith(`\\${ref}`)) matches.push(d);
    if (matches.length > 5) break;
  }
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new ParleyError('USAGE', ref, 'no stored document has this id, id prefix or source; `parley export` lists them');
  throw new ParleyError('USAGE', ref, `names ${matches.length > 5 ? 'more than 5' : matches.length} documents (${matches.slice(0, 5).map((d) => `${d.id} ${d.source}`).join('; ')}); give more of the id`);
}

/** `text` with each citation span wrapped in ⟦ ⟧ (spans never overlap; the stage dedupes them). */
export function markCitations(text: string, citations: readonly Pick<ExportCitation, 'start' | 'end'>[]): string {
  let out = '';
  let at = 0;
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    out += `${text.slice(at, c.start)}${MARK_OPEN}${text.slice(c.start, c.end)}${MARK_CLOSE}`;
    at = c.end;
  }
  return out + text.slice(at);
}

const short = (s: string, n = 60): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function publishedLine(d: ExportDocument): string {
  const p = d.published;
  const interval = p.earliest || p.latest ? `, between ${p.earliest ?? '?'} and ${p.latest ?? '?'}` : '';
  const because = p.evidence.slice(0, 3).map((e) => (typeof e === 'string' ? e : `"${short(e.text, 40)}" @${e.start}`));
  return `${p.value ?? 'unknown'} (${p.precision}) by ${p.method}${interval}${because.length ? `\n             evidence: ${because.join('; ')}` : ''}`;
}

/** The citations grouped by source: one line per source with its occurrences. */
function citationLines(citations: readonly ExportCitation[]): string[] {
  const groups = new Map<string, ExportCitation[]>();
  for (const c of citations) {
    const key = `${c.kind}\u0000${c.outlet ?? c.name.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const width = Math.min(34, Math.max(8, ...[...groups.values()].map((g) => g[0]!.name.length)));
  return [...groups.values()].map((g) => {
    const c = g[0]!;
    const status = c.kind === 'anonymous' ? 'unnamed' : c.known ? 'known' : 'UNKNOWN';
    const where = g.slice(0, 4).map((x) => `"${short(x.text, 30)}" @${x.start}`).join(', ');
    return `  ${c.known || c.kind === 'anonymous' ? ' ' : '!'} ${short(c.name, width).padEnd(width)}  ${c.kind.padEnd(9)}  ${status.padEnd(7)}  ×${String(g.length).padEnd(3)} ${where}${g.length > 4 ? ', …' : ''}`;
  });
}

/** The whole report for one document. */
export function renderDocument(d: ExportDocument): string {
  const lines: string[] = [];
  lines.push(`${d.id}  ${d.source}`);
  lines.push(`  title:     ${d.title ?? '—'}`);
  lines.push(`  outlet:    ${d.outlet ?? '—'}${d.byline ? `  (by ${d.byline})` : ''}`);
  lines.push(`  published: ${publishedLine(d)}`);
  if (d.duplicateOf) lines.push(`  duplicate of ${d.duplicateOf}`);
  const failed = d.stages.filter((s) => s.status !== 'ok');
  if (failed.length) lines.push(`  stages not ok: ${failed.map((s) => `${s.stage} ${s.status}${s.reason ? ` (${s.reason})` : ''}`).join('; ')}`);
  lines.push('', `── text (citations marked ${MARK_OPEN}…${MARK_CLOSE}) ──`, markCitations(d.text, d.citations).trimEnd(), '');
  const sources = citationLines(d.citations);
  const unknown = new Set(d.citations.filter((c) => !c.known && c.kind !== 'anonymous').map((c) => c.name.toLowerCase())).size;
  lines.push(`── citations: ${d.citations.length} in ${sources.length} source${sources.length === 1 ? '' : 's'}${unknown ? `, ${unknown} unknown` : ''} ──`);
  lines.push(...(sources.length ? sources : ['  none found']), '');
  const cred = d.credibility;
  lines.push(`── credibility: ${cred.score.toFixed(2)} ──`);
  for (const s of cred.signals) {
    lines.push(`  ${s.code.padEnd(22)} −${s.penalty.toFixed(3)}  (weight ${s.weight} × strength ${s.strength.toFixed(2)})`);
    lines.push(`      ${s.detail}`);
    const ev = s.evidence.slice(0, EVIDENCE_SHOWN).map((e) => (typeof e === 'string' ? e : `"${short(e.text, 40)}" @${e.start}`));
    if (ev.length) lines.push(`      evidence: ${ev.join(', ')}${s.evidence.length > EVIDENCE_SHOWN ? `, … and ${s.evidence.length - EVIDENCE_SHOWN} more` : ''}`);
  }
  const absent = SIGNAL_CODES.filter((c) => !cred.signals.some((s) => s.code === c));
  if (absent.length) lines.push(`  not found: ${absent.join(', ')}`);
  lines.push(`  score = ${explainScore(cred)}  (each penalty is weight × strength; see src/stages/credibility/README.md)`);
  return `${lines.join('\n')}\n`;
}

/** `parley doc ID`. */
export const docCommand: Command = {
  name: 'doc',
  summary: 'show one stored article with its citations and its credibility score explained',
  usage: `parley doc [--db FILE] ID

ID is a document id (d_…), a unique prefix of one, or the document's source (the path
as given, or its file name). Prints the title, source, outlet and publication date
(with the method and the interval it is known to lie in), the text with every
citation marked ${MARK_OPEN}…${MARK_CLOSE}, the cited sources (known to the registry or not),
each credibility signal with its detail, cost and evidence, and how the score was computed.`,
  options: { ...STORE_OPTIONS },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new ParleyError('USAGE', 'doc', 'give exactly one document id, id prefix or source');
    const config = resolveConfig({ db: values['db'] as string | undefined, debug: values['debug'] as boolean | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    const store = existingStore(config.db);
    try {
      const doc = await findDocument(store, positionals[0]!);
      const out = bufferedWriter(io.stdout);
      await out.write(renderDocument(await exportDocument(store, doc)));
      await out.end();
      return 0;
    } finally {
      await store.close();
    }
  },
};
