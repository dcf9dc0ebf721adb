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
import type { NerValue } from '../stages/entities/ner/index.js';
import type { RepeatValue } from '../stages/repeats/index.js';
import type { ResolvedTime } from '../stages/time/index.js';
import type { Store, StoredDocument } from '../store/store.js';
import { stableId } from '../util/hash.js';

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

/** One exported entity (EXPORT.md `entities[]`). */
export interface ExportEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kb: string | null;
  readonly roles: readonly unknown[];
}

/** One exported mention (EXPORT.md `mentions[]`). */
export interface ExportMention {
  readonly doc: string;
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Mention types that are entities in the contract (`misc` mentions are not exported). */
const ENTITY_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'group']);

/** A name as entity identity sees it: straight apostrophes, single spaces, lower case. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The entity id of a mention: `e_` + 16 hex digits of the SHA-256 of its type and
 * normalized name. Provisional: one entity per (type, name) until linking lands.
 */
export function entityId(type: string, text: string): string {
  return stableId('e', type, normalizeName(text));
}

const NO_LOWER = /^[^\p{Ll}]*$/u;

async function nerMentions(store: Store, docId: string): Promise<Annotation<NerValue>[]> {
  const anns = (await store.annotations(docId, ['ner'])) as Annotation<NerValue>[];
  return anns.filter((a) => ENTITY_TYPES.has(a.value.type));
}

/**
 * Every entity, in order of first mention, from one pass over the documents. The name is
 * the first spelling seen, replaced by the first one not in capitals if that comes later.
 */
async function* entityItems(store: Store): AsyncGenerator<ExportEntity> {
  const byId = new Map<string, { type: string; name: string }>();
  for await (const doc of store.documents()) {
    for (const a of await nerMentions(store, doc.id)) {
      const id = entityId(a.value.type, a.text);
      const name = a.text.replace(/\s+/g, ' ');
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, { type: a.value.type, name });
      else if (NO_LOWER.test(seen.name) && !NO_LOWER.test(name)) seen.name = name;
    }
  }
  for (const [id, e] of byId) yield { id, type: e.type, name: e.name, aliases: [], kb: null, roles: [] };
}

async function* mentionItems(store: Store): AsyncGenerator<ExportMention> {
  for await (const doc of store.documents()) {
    for (const a of await nerMentions(store, doc.id)) {
      yield { doc: doc.id, entity: entityId(a.value.type, a.text), start: a.start, end: a.end, text: a.text };
    }
  }
}

/** One exported time expression (EXPORT.md `times[]`). */
export interface ExportTime {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: ResolvedTime['type'];
  readonly value: string | null;
  readonly precision: ResolvedTime['precision'];
}

/** Every `time` annotation, document by document. */
async function* timeItems(store: Store): AsyncGenerator<ExportTime> {
  for await (const doc of store.documents()) {
    for (const a of (await store.annotations(doc.id, ['time'])) as Annotation<ResolvedTime>[]) {
      yield { doc: doc.id, start: a.start, end: a.end, text: doc.text.slice(a.start, a.end), type: a.value.type, value: a.value.value, precision: a.value.precision };
    }
  }
}

/** Yields the items of one section. Sections whose stages have not landed yet are empty. */
export async function* sectionItems(store: Store, section: Section): AsyncGenerator<unknown> {
  if (section === 'documents') {
    for await (const doc of store.documents()) yield await exportDocument(store, doc);
  } else if (section === 'entities') {
    yield* entityItems(store);
  } else if (section === 'mentions') {
    yield* mentionItems(store);
  } else if (section === 'times') {
    yield* timeItems(store);
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
