/**
 * @module export/export — the `parley-export/1` contract (../shared/spec/EXPORT.md), streamed.
 *
 * The export is assembled section by section from the store, one document at a time, so
 * a large store is never held in memory. `json` writes the single contract object (one
 * array item per line); `jsonl` writes one JSON object per line: first a header line
 * `{"section":"header","format":"parley-export/1","generatedAt":…}`, then one line per
 * item, `{"section":"documents","item":{…}}`, in section order.
 * Ids are the stored content-hash ids, so re-running the same input exports the same ids.
 */
import type { Annotation } from '../pipeline/annotation.js';
import type { EvidenceSpan } from '../pipeline/document.js';
import type { RepeatValue } from '../stages/repeats/index.js';
import type { Store, StoredDocument } from '../store/store.js';

/** The format tag of the contract. */
export const EXPORT_FORMAT = 'parley-export/1';

/** Sections of the contract, in the order they are written. */
export const SECTIONS = ['documents', 'entities', 'mentions', 'times', 'quotes', 'events', 'conflicts', 'proposals', 'status'] as const;
export type Section = (typeof SECTIONS)[number];

/** One exported document (EXPORT.md `documents[]`, plus the added `url`, `format` and `stages`). */
export interface ExportDocument {
  readonly id: string;
  readonly source: string;
  readonly format: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly text: string;
  readonly published: StoredDocument['published'];
  readonly duplicateOf: string | null;
  readonly repeatedSpans: readonly EvidenceSpan[];
  readonly citations: readonly unknown[];
  readonly credibility: { readonly score: number; readonly signals: readonly { code: string; detail: string; evidence: readonly EvidenceSpan[] }[] };
  readonly stages: readonly { stage: string; status: string; reason: string | null }[];
}

/** Builds one document's export object from the store. */
export async function exportDocument(store: Store, doc: StoredDocument): Promise<ExportDocument> {
  const repeats = (await store.annotations(doc.id, ['repeat'])) as Annotation<RepeatValue>[];
  const repeatedSpans = repeats.map((a) => span(doc.id, a));
  const signals = repeatedSpans.length
    ? [{ code: 'repeated_text', detail: `${repeatedSpans.length} paragraph(s) repeat earlier text of the article`, evidence: repeatedSpans }]
    : [];
  const status = await store.stageStatus(doc.id);
  return {
    id: doc.id,
    source: doc.source,
    format: doc.format,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    text: doc.text,
    published: doc.published,
    duplicateOf: doc.duplicateOf,
    repeatedSpans,
    citations: [],
    credibility: { score: provisionalScore(signals.length), signals },
    stages: status.map((s) => ({ stage: s.stage, status: s.status, reason: s.reason })),
  };
}

/**
 * Provisional credibility until the citations work (issue 5) lands: 1, less 0.15 for
 * each signal found. Documented in docs/quality.md as not yet a measured score.
 */
function provisionalScore(signals: number): number {
  return Math.max(0, Math.round((1 - 0.15 * signals) * 100) / 100);
}

function span(doc: string, a: Annotation): EvidenceSpan {
  return { doc, start: a.start, end: a.end, text: a.text };
}

/** Yields the items of one section. Sections whose stages have not landed yet are empty. */
export async function* sectionItems(store: Store, section: Section): AsyncGenerator<unknown> {
  if (section === 'documents') {
    for await (const doc of store.documents()) yield await exportDocument(store, doc);
  }
}

/** Writes the export in `format` through `write` (which may be a stream's write). */
export async function writeExport(store: Store, format: 'json' | 'jsonl', write: (chunk: string) => void | Promise<void>, generatedAt = new Date().toISOString()): Promise<void> {
  if (format === 'jsonl') {
    await write(`${JSON.stringify({ section: 'header', format: EXPORT_FORMAT, generatedAt })}\n`);
    for (const section of SECTIONS) {
      for await (const item of sectionItems(store, section)) await write(`${JSON.stringify({ section, item })}\n`);
    }
    return;
  }
  await write(`{"format":${JSON.stringify(EXPORT_FORMAT)},"generatedAt":${JSON.stringify(generatedAt)}`);
  for (const section of SECTIONS) {
    await write(`,\n${JSON.stringify(section)}:[`);
    let first = true;
    for await (const item of sectionItems(store, section)) {
      await write(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
      first = false;
    }
    await write(']');
  }
  await write('}\n');
}

/** Collects the whole export as one object (tests, small stores). */
export async function buildExport(store: Store, generatedAt?: string): Promise<Record<string, unknown>> {
  let text = '';
  await writeExport(store, 'json', (c) => { text += c; }, generatedAt);
  return JSON.parse(text) as Record<string, unknown>;
}
