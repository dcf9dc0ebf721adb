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
import { findConflicts, readCorpusFacts, type DocFacts, type EntityResolver, type ExportConflict } from '../corpus/conflicts.js';
import { corpusEvents, type MergedEvent } from '../corpus/events.js';
import { findNegotiations, negotiationRef, type NegotiationIndex, type NegotiationRef } from '../corpus/negotiations.js';
import { mergeProposals } from '../corpus/proposals.js';
import { statusTimeline } from '../corpus/status.js';
import type { Annotation } from '../pipeline/annotation.js';
import type { EvidenceSpan } from '../pipeline/document.js';
import type { CitationKind, CitationValue } from '../stages/citations/index.js';
import { statusLexicon } from '../stages/claims/index.js';
import { assess, type CredibilityValue } from '../stages/credibility/index.js';
import type { MentionValue, RoleValue } from '../stages/entities/link/index.js';
import type { QuoteValue } from '../stages/quotes/index.js';
import { groupStatements, type StatementInput } from '../stages/quotes/statements.js';
import type { RepeatValue } from '../stages/repeats/index.js';
import type { ResolvedTime } from '../stages/time/index.js';
import type { Store, StoredDocument } from '../store/store.js';
import { stableId } from '../util/hash.js';
import { boundedMemo } from '../util/memo.js';

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
  readonly citations: readonly ExportCitation[];
  readonly credibility: ExportCredibility;
  readonly stages: readonly { stage: string; status: string; reason: string | null }[];
}

/** One exported citation (EXPORT.md `documents[].citations[]`, plus `outlet`, the registry key when known). */
export interface ExportCitation {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: CitationKind;
  readonly known: boolean;
  readonly outlet: string | null;
}

/**
 * EXPORT.md `documents[].credibility`. Each signal also carries `weight`, `strength` and
 * `penalty` (weight × strength), so that `score = 1 − Σ penalty` can be checked.
 */
export interface ExportCredibility {
  readonly score: number;
  readonly signals: readonly { readonly code: string; readonly detail: string; readonly evidence: readonly EvidenceSpan[]; readonly weight: number; readonly strength: number; readonly penalty: number }[];
}

/**
 * The credibility of a stored document: its `credibility` annotation, or — for a document
 * stored before the stage existed or whose stage failed — the signals its stored layers
 * still give (citations, count markers, repeats; the sentence-based ones need the text
 * analyzed again).
 */
function credibilityOf(doc: StoredDocument, stored: Annotation<CredibilityValue> | undefined, citations: readonly Annotation<CitationValue>[], markers: readonly Annotation[], repeats: readonly Annotation[]): ExportCredibility {
  const value = stored?.value ?? assess({ text: doc.text, sentences: [], citations, markers, repeats });
  return {
    score: value.score,
    signals: value.signals.map((s) => ({ code: s.code, detail: s.detail, evidence: s.evidence.map((e) => ({ doc: doc.id, start: e.start, end: e.end, text: e.text })), weight: s.weight, strength: s.strength, penalty: s.penalty })),
  };
}

/** Builds one document's export object from the store. */
export async function exportDocument(store: Store, doc: StoredDocument): Promise<ExportDocument> {
  const anns = await store.annotations(doc.id, ['repeat', 'citation', 'citation-marker', 'credibility']);
  const repeats = anns.filter((a) => a.layer === 'repeat') as Annotation<RepeatValue>[];
  const citationAnns = anns.filter((a) => a.layer === 'citation') as Annotation<CitationValue>[];
  const repeatedSpans = repeats.map((a) => span(doc.id, a));
  const citations = citationAnns.map((a): ExportCitation => ({ name: a.value.name, start: a.start, end: a.end, text: a.text, kind: a.value.kind, known: a.value.known, outlet: a.value.outletKey }));
  const credibility = credibilityOf(doc, anns.find((a) => a.layer === 'credibility') as Annotation<CredibilityValue> | undefined, citationAnns, anns.filter((a) => a.layer === 'citation-marker'), repeats);
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
    citations,
    credibility,
    stages: status.map((s) => ({ stage: s.stage, status: s.status, reason: s.reason })),
  };
}

function span(doc: string, a: Annotation): EvidenceSpan {
  return { doc, start: a.start, end: a.end, text: a.text };
}

/**
 * One exported role (EXPORT.md `entities[].roles[]`, plus `former`: every mention of it gives
 * it as an office held before, "former Prime Minister …", "…, a former negotiator,"; the
 * link stage's `RoleValue.former`. A role the corpus also gives as held is not former).
 */
export interface ExportRole {
  readonly title: string;
  readonly of: string | null;
  readonly from: string | null;
  readonly to: string | null;
  former: boolean;
  readonly evidence: EvidenceSpan[];
}

/** One exported entity (EXPORT.md `entities[]`, plus `kbKey`, the local knowledge-base key). */
export interface ExportEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kb: string | null;
  readonly kbKey: string | null;
  readonly roles: readonly ExportRole[];
}

/** One exported mention (EXPORT.md `mentions[]`). */
export interface ExportMention {
  readonly doc: string;
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The corpus-wide identity of a document's cluster: its knowledge-base entry, its
 * country or capital, or its full name. A one-word person name that nothing resolved
 * ("Miller" alone) stays an entity of its own document: a surname is not an identity —
 * unless `joins` (the corpus's, `corpusEntityIds`) gives it, in this document, the one
 * full-name person of the corpus with that surname.
 */
export function globalKey(doc: string, m: MentionValue, joins?: SurnameJoins): string {
  if (m.kb) return `kb:${m.kb}`;
  if (m.key.startsWith('place:') || m.key.startsWith('outlet:')) return m.key;
  if (m.type === 'person' && !m.name.trim().includes(' ')) return (joins && joins.get(joinKey(doc, foldSurname(m.name)))) || `${m.key}@${doc}`;
  return m.key;
}

/** The lone surnames of the corpus that join a full-name person: `doc NUL surname` → that person's global key. */
export type SurnameJoins = ReadonlyMap<string, string>;

function joinKey(doc: string, surname: string): string {
  return `${doc}\u0000${surname}`;
}

/** How a document's cluster becomes a corpus entity id (`entityIdOf`, or the corpus's `corpusEntityIds`). */
export type EntityIdOf = (doc: string, m: MentionValue) => string;

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The folded surname of a person's name: its last word (not `Jr.`), case, accents and final dots ignored. */
function foldSurname(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return (words[words.length - 1] ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.,]+$/, '').toLowerCase();
}

/** Other entities a lone surname's article must share with the full-name person's articles (cited outlets not counted). */
export const SURNAME_SHARED_ENTITIES = 2;

/** What the surname pass gathers over the corpus. */
interface SurnamePass {
  /** Surname → the one full-name person's global key, or null when two or more have it. */
  readonly surnames: Map<string, string | null>;
  /** A full-name person's global key → the other entities of the articles naming them. */
  readonly company: Map<string, Set<string>>;
  /** Lone surnames nothing in their article resolved, with their article's other entities. */
  readonly lone: { doc: string; surname: string; others: Set<string> }[];
}

/** Adds a document's persons and entities to the surname pass. */
function addSurnames(pass: SurnamePass, doc: string, mentions: readonly Annotation<MentionValue>[]): void {
  const others = new Set<string>();
  const full: string[] = [];
  const lone = new Set<string>();
  for (const { value: m } of mentions) {
    const key = globalKey(doc, m);
    if (m.type === 'person' && !m.kb && !m.name.trim().includes(' ')) {
      const surname = foldSurname(m.name);
      if (surname.length >= 2) lone.add(surname);
      continue;
    }
    if (!key.startsWith('outlet:')) others.add(key);
    if (m.type !== 'person' || !m.name.trim().includes(' ')) continue;
    const surname = foldSurname(m.name);
    if (surname.length < 2) continue;
    full.push(key);
    const had = pass.surnames.get(surname);
    if (had === undefined) pass.surnames.set(surname, key);
    else if (had !== null && had !== key) pass.surnames.set(surname, null);
  }
  for (const key of full) {
    let c = pass.company.get(key);
    if (c === undefined) pass.company.set(key, (c = new Set()));
    for (const o of others) if (o !== key) c.add(o);
  }
  for (const surname of lone) pass.lone.push({ doc, surname, others });
}

/**
 * The entity ids of the corpus (one pass over the mention layers of the store): those of
 * `entityIdOf`, except that a one-word person name nothing in its document resolved
 * ("Daggett" in an article that never gives the full name) is the one person of the
 * whole corpus whose full name ends with it ("Harold Daggett"), when only one does and
 * the article shares at least {@link SURNAME_SHARED_ENTITIES} other entities with the
 * articles that name that person (the same union and employers, say): a teacher
 * "Ms. Daggett" in an article on a school strike stays her own. The export computes it
 * once and names entities, mentions, speakers, actors and parties by it.
 */
export async function corpusEntityIds(store: Store): Promise<EntityIdOf> {
  const pass: SurnamePass = { surnames: new Map(), company: new Map(), lone: [] };
  for await (const doc of store.documents()) addSurnames(pass, doc.id, await linkedMentions(store, doc.id));
  const joins = new Map<string, string>();
  for (const { doc, surname, others } of pass.lone) {
    const person = pass.surnames.get(surname);
    if (!person) continue;
    const company = pass.company.get(person)!;
    let shared = 0;
    for (const o of others) if (company.has(o) && ++shared >= SURNAME_SHARED_ENTITIES) break;
    if (shared >= SURNAME_SHARED_ENTITIES) joins.set(joinKey(doc, surname), person);
  }
  if (joins.size === 0) return entityIdOf;
  return (doc, m) => idOfKey(globalKey(doc, m, joins));
}

/** The entity id of a global key, hashed once per key (every mention of an entity, in every view; at most 200,000 kept). */
const idOfKey = boundedMemo(200_000, (key) => stableId('e', key));

/** The entity id of a cluster: `e_` + 16 hex digits of the SHA-256 of its global key. */
export function entityIdOf(doc: string, m: MentionValue): string {
  return idOfKey(globalKey(doc, m));
}

async function linkedMentions(store: Store, docId: string): Promise<Annotation<MentionValue>[]> {
  return (await store.annotations(docId, ['mention'])) as Annotation<MentionValue>[];
}

/**
 * A document's mentions and its demonym references ("Qatari mediators": a country the
 * article may never name), read in one call.
 */
async function mentionsAndReferences(store: Store, docId: string): Promise<{ mentions: Annotation<MentionValue>[]; references: Annotation<MentionValue>[] }> {
  const all = (await store.annotations(docId, ['mention', 'reference'])) as Annotation<MentionValue>[];
  return { mentions: all.filter((a) => a.layer === 'mention'), references: all.filter((a) => a.layer === 'reference') };
}

/**
 * Every entity, in order of first mention, from one pass over the documents: the
 * knowledge base's name when linked, else the longest name seen; every other surface as
 * an alias (pronouns and descriptions excluded); the roles the articles give it, each
 * with its evidence.
 */
export async function* entityItems(store: Store, ids?: EntityIdOf): AsyncGenerator<ExportEntity> {
  const idOf = ids ?? (await corpusEntityIds(store));
  const byId = new Map<string, { type: string; name: string; aliases: Set<string>; kb: string | null; kbKey: string | null; roles: Map<string, ExportRole> }>();
  for await (const doc of store.documents()) {
    const { mentions, references } = await mentionsAndReferences(store, doc.id);
    const keyToId = new Map<string, string>();
    for (const a of mentions) {
      const id = idOf(doc.id, a.value);
      keyToId.set(a.value.key, id);
      let e = byId.get(id);
      if (!e) {
        e = { type: a.value.type, name: a.value.name, aliases: new Set(), kb: a.value.wikidata, kbKey: a.value.kb, roles: new Map() };
        byId.set(id, e);
      }
      // a lone surname of an earlier document joined the person linked here: the KB names them
      if (a.value.kb && e.kbKey === null) Object.assign(e, { name: a.value.name, kb: a.value.wikidata, kbKey: a.value.kb });
      else if (!a.value.kb && e.kbKey === null && a.value.name.length > e.name.length) e.name = a.value.name;
      if (a.value.via !== 'pronoun' && a.value.via !== 'description' && a.value.via !== 'title') e.aliases.add(a.text.replace(/\s+/g, ' '));
    }
    // a country only a demonym refers to ("Qatari mediators"): an entity events may name, with no mention of its own
    for (const a of references) {
      if (keyToId.has(a.value.key)) continue;
      const id = idOf(doc.id, a.value);
      keyToId.set(a.value.key, id);
      if (!byId.has(id)) byId.set(id, { type: a.value.type, name: a.value.name, aliases: new Set(), kb: a.value.wikidata, kbKey: a.value.kb, roles: new Map() });
    }
    for (const r of (await store.annotations(doc.id, ['role'])) as Annotation<RoleValue>[]) {
      const e = byId.get(keyToId.get(r.value.key) ?? '');
      if (!e) continue;
      const k = `${r.value.title}|${r.value.of ?? ''}|${r.value.from ?? ''}`;
      const role = e.roles.get(k) ?? { title: r.value.title, of: r.value.of, from: r.value.from, to: r.value.to, former: true, evidence: [] };
      role.former &&= r.value.former === true;
      role.evidence.push({ doc: doc.id, start: r.start, end: r.end, text: r.text });
      e.roles.set(k, role);
    }
  }
  for (const [id, e] of byId) {
    e.aliases.delete(e.name);
    yield { id, type: e.type, name: e.name, aliases: [...e.aliases], kb: e.kb, kbKey: e.kbKey, roles: [...e.roles.values()] };
  }
}

export async function* mentionItems(store: Store, ids?: EntityIdOf): AsyncGenerator<ExportMention> {
  const idOf = ids ?? (await corpusEntityIds(store));
  for await (const doc of store.documents()) {
    // a demonym referring to a country ("Qatari mediators") is a surface mention of it too: the
    // evidence of a country that events name but the article never does
    const { mentions, references } = await mentionsAndReferences(store, doc.id);
    const all = references.length === 0 ? mentions : [...mentions, ...references].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const a of all) {
      yield { doc: doc.id, entity: idOf(doc.id, a.value), start: a.start, end: a.end, text: a.text };
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

/** One exported quote (EXPORT.md `quotes[]`, plus `speakerKind`, `antecedent` and `parts`). */
export interface ExportQuote {
  readonly id: string;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteValue['kind'];
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly speakerSpan: { readonly start: number; readonly end: number } | null;
  readonly speakerKind: QuoteValue['speakerKind'];
  readonly antecedent: EvidenceSpan | null;
  readonly cue: string | null;
  readonly cueSpan: { readonly start: number; readonly end: number } | null;
  readonly parts: readonly EvidenceSpan[] | null;
  /** Ids of the same statement quoted in other documents (stages/quotes/statements). */
  readonly sameAs: readonly string[];
  /** The attribution here, then the same statement's attribution in each other document. */
  readonly evidence: readonly EvidenceSpan[];
}

/**
 * The entity id of a quote's speaker: the linked mention at the speaker span (names,
 * surnames, pronouns and descriptions the link stage resolved), else at the antecedent
 * the quotes stage found, with the id `entityIdOf` gives that mention in `mentions[]`.
 * Null for anonymous speakers and when no mention names the speaker.
 */
export function speakerEntity(doc: string, q: QuoteValue, mentions: readonly Annotation<MentionValue>[], idOf: EntityIdOf = entityIdOf): string | null {
  if (q.speakerKind === 'anonymous') return null;
  for (const span of [q.speakerSpan, q.antecedent]) {
    if (!span) continue;
    const hits = mentions.filter((m) => m.start < span.end && span.start < m.end);
    // `Burhan's deputy, Malik Agar`: a name before `'s` owns the speaker, it is not the speaker
    const text = span === q.speakerSpan ? q.speakerText : null;
    const owner = (h: Annotation<MentionValue>): boolean => text !== null && /^['’]s\b/.test(text.slice(h.end - span.start, h.end - span.start + 3));
    const person = hits.find((h) => h.value.type === 'person' && !owner(h));
    // a name tagged as no person here (`Haddad: …` in a headline) is the person its antecedent names
    if (person === undefined && span === q.speakerSpan && q.speakerKind === 'name' && q.antecedent) continue;
    // `Sudan envoy`, `the Gaza health ministry official`: a place in a description only says where;
    // `The U.N. secretary-general`: a body in a person's description only says whose
    const modifier = (h: Annotation<MentionValue>): boolean => q.speakerKind === 'nominal' && h.value.type !== 'person';
    // `The Rail, Maritime and Transport union (RMT)`: the acronym in closing brackets names the body that speaks
    const bracketed = person === undefined && q.speakerKind === 'organization' && text !== null && text.endsWith(')') ? hits.find((h) => h.value.type === 'organization' && text.lastIndexOf('(') <= h.start - span.start) : undefined;
    // `The UN agency for Palestinian refugees, UNRWA`: a body's name set off last names the body that speaks
    const appositive = person === undefined && q.speakerKind === 'organization' && text !== null ? hits.find((h) => h.value.type !== 'person' && h.end === span.end && /,\s*(?:the\s+)?$/i.test(text.slice(0, h.start - span.start))) : undefined;
    // an owner speaks only through a body of theirs (`Netanyahu's office said`), never through a
    // person (`Netanyahu's spokesman`, `Burhan's deputy` are other people)
    const m = person ?? bracketed ?? appositive ?? hits.find((h) => !owner(h) && !modifier(h)) ?? (q.speakerKind === 'organization' ? hits.find((h) => !modifier(h) && ownerSpeaks(h, text)) : undefined);
    if (m) return idOf(doc, m.value);
  }
  return null;
}

/**
 * The speaker text a quote is exported with: the words naming the speaker, except that a
 * pronoun standing for an unnamed source (`A senior official said … He added …`: kind
 * `anonymous` with an antecedent) carries that source's description, the only name it has
 * (its `speakerSpan` stays the pronoun's, `antecedent` the description's).
 */
export function exportedSpeakerText(q: QuoteValue): string | null {
  return q.speakerKind === 'anonymous' && q.antecedent ? q.antecedent.text : q.speakerText;
}

/**
 * Heads of a body through which its owner speaks (`Netanyahu's office`, `Qatar's foreign
 * ministry`); `Britain's largest rail union` is not Britain speaking.
 */
const OWNED_VOICES: ReadonlySet<string> = new Set([
  'office', 'government', 'ministry', 'cabinet', 'presidency', 'administration', 'military', 'army', 'embassy', 'mission',
  'spokesperson', 'delegation', 'team', 'campaign', 'camp', 'leadership', 'authorities', 'statement', 'forces', 'wing',
]);

/** Whether the owner mention `h` speaks through the body its speaker text names (its last word). */
function ownerSpeaks(h: Annotation<MentionValue>, text: string | null): boolean {
  if (h.value.type === 'person' || text === null) return true;
  const head = /([\p{L}-]+)\W*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return OWNED_VOICES.has(head);
}

/** The statements several documents quote: for each quote id, the same statement elsewhere, its evidence, and the speakers it was given. */
interface SharedStatements {
  readonly groups: Map<string, { sameAs: string[]; evidence: EvidenceSpan[] }>;
  /** The speaker entity of each quote of a group that has one. */
  readonly speakers: Map<string, string>;
}

/**
 * The statements quoted by several documents (direct and mixed quotes only: their words
 * are the speaker's): for each quote id, the ids of the same statement elsewhere and the
 * evidence of each, and the speaker entity of each grouped quote (only the documents with
 * a grouped quote have their mentions read). One extra pass over the quotes of the store.
 */
async function sharedStatements(store: Store, idOf: EntityIdOf): Promise<SharedStatements> {
  const inputs: StatementInput[] = [];
  const evidence = new Map<string, EvidenceSpan>();
  const values = new Map<string, QuoteValue>();
  for await (const doc of store.documents()) {
    for (const a of (await store.annotations(doc.id, ['quote'])) as Annotation<QuoteValue>[]) {
      if (a.value.kind === 'indirect') continue;
      const id = stableId('q', doc.id, a.start, a.end);
      const ev = a.value.evidence;
      inputs.push({ id, doc: doc.id, text: a.text });
      values.set(id, a.value);
      evidence.set(id, { doc: doc.id, start: ev.start, end: ev.end, text: doc.text.slice(ev.start, ev.end) });
    }
  }
  const groups = new Map<string, { sameAs: string[]; evidence: EvidenceSpan[] }>();
  for (const [id, others] of groupStatements(inputs)) groups.set(id, { sameAs: others, evidence: others.map((o) => evidence.get(o)!) });
  const speakers = new Map<string, string>();
  const byDoc = new Map<string, string[]>();
  for (const id of groups.keys()) {
    const doc = evidence.get(id)!.doc;
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), id]);
  }
  for (const [doc, ids] of byDoc) {
    const mentions = await linkedMentions(store, doc);
    for (const id of ids) {
      const speaker = speakerEntity(doc, values.get(id)!, mentions, idOf);
      if (speaker !== null) speakers.set(id, speaker);
    }
  }
  return { groups, speakers };
}

/**
 * The speaker of a quote whose own document does not name one (`Qatar's prime minister
 * told reporters` in an article that never names him), from the same statement in other
 * documents when they agree on one entity; never for an unnamed source.
 */
function sharedSpeaker(q: QuoteValue, sameAs: readonly string[], speakers: ReadonlyMap<string, string>): string | null {
  if (q.speakerKind === 'anonymous' || q.speakerKind === null || sameAs.length === 0) return null;
  const found = new Set<string>();
  for (const o of sameAs) {
    const s = speakers.get(o);
    if (s !== undefined) found.add(s);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Every `quote` annotation, document by document, its speaker linked to an entity. */
async function* quoteItems(store: Store, idOf: EntityIdOf): AsyncGenerator<ExportQuote> {
  const { groups: shared, speakers } = await sharedStatements(store, idOf);
  for await (const doc of store.documents()) {
    const quotes = (await store.annotations(doc.id, ['quote'])) as Annotation<QuoteValue>[];
    if (quotes.length === 0) continue;
    const mentions = await linkedMentions(store, doc.id);
    const at = (s: { start: number; end: number }): EvidenceSpan => ({ doc: doc.id, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
    for (const a of quotes) {
      const q = a.value;
      const id = stableId('q', doc.id, a.start, a.end);
      const same = shared.get(id);
      yield {
        id,
        doc: doc.id,
        start: a.start,
        end: a.end,
        text: a.text,
        kind: q.kind,
        speaker: speakerEntity(doc.id, q, mentions, idOf) ?? sharedSpeaker(q, same?.sameAs ?? [], speakers),
        speakerText: exportedSpeakerText(q),
        speakerSpan: q.speakerSpan,
        speakerKind: q.speakerKind,
        antecedent: q.antecedent ? at(q.antecedent) : null,
        cue: q.cue,
        cueSpan: q.cueSpan,
        parts: q.parts ? q.parts.map(at) : null,
        sameAs: same?.sameAs ?? [],
        evidence: [at(q.evidence), ...(same?.evidence ?? [])],
      };
    }
  }
}

/** How the corpus views name entities and speakers, by the ids `ids` gives (those of `entities[]` and `quotes[]`). */
export function entityResolver(ids: EntityIdOf): EntityResolver {
  return { entityOf: ids, speakerOf: (doc, q, mentions) => speakerEntity(doc, q, mentions, ids) };
}

/** The per-document facts the corpus views (conflicts, proposals, status) are computed from, by the corpus's entity ids. */
export async function corpusFacts(store: Store, ids?: EntityIdOf): Promise<DocFacts[]> {
  return readCorpusFacts(store, entityResolver(ids ?? (await corpusEntityIds(store))));
}

/**
 * What the sections of one export share: the run's extra knowledge-base folders
 * (`config.kbDirs`, which the negotiation tracks read), the corpus's entity ids, and the
 * corpus facts and tracks, read from the store once for conflicts, proposals and status
 * instead of once per section (each read unpacks every document's layers).
 */
export interface ExportContext {
  readonly kbDirs?: readonly string[];
  facts?: Promise<DocFacts[]>;
  tracks?: NegotiationIndex;
  /** The corpus's entity ids (`corpusEntityIds`), computed once for every section. */
  ids?: Promise<EntityIdOf>;
}

/** The entity ids of `ctx`, computed on first use. */
function sharedIds(store: Store, ctx: ExportContext): Promise<EntityIdOf> {
  return (ctx.ids ??= corpusEntityIds(store));
}

/** The corpus facts and negotiation tracks of `ctx`, read on first use. */
async function shared(store: Store, ctx: ExportContext): Promise<{ facts: DocFacts[]; tracks: NegotiationIndex }> {
  const facts = await (ctx.facts ??= sharedIds(store, ctx).then((ids) => corpusFacts(store, ids)));
  return { facts, tracks: (ctx.tracks ??= findNegotiations(facts, ctx.kbDirs ?? [])) };
}

/** Yields the items of one section. Sections whose stages have not landed yet are empty. */
export async function* sectionItems(store: Store, section: Section, ctx: ExportContext = {}): AsyncGenerator<unknown> {
  if (section === 'documents') {
    for await (const doc of store.documents()) yield await exportDocument(store, doc);
  } else if (section === 'entities') {
    yield* entityItems(store, await sharedIds(store, ctx));
  } else if (section === 'mentions') {
    yield* mentionItems(store, await sharedIds(store, ctx));
  } else if (section === 'times') {
    yield* timeItems(store);
  } else if (section === 'quotes') {
    yield* quoteItems(store, await sharedIds(store, ctx));
  } else if (section === 'events') {
    yield* eventItems(store, await sharedIds(store, ctx));
  } else if (section === 'conflicts') {
    const { facts, tracks } = await shared(store, ctx);
    for (const c of findConflicts(facts, statusLexicon(), tracks)) yield { ...c, negotiation: conflictNegotiation(c, tracks) };
  } else if (section === 'proposals') {
    const { facts, tracks } = await shared(store, ctx);
    yield* mergeProposals(facts, tracks);
  } else if (section === 'status') {
    const { facts, tracks } = await shared(store, ctx);
    yield* statusTimeline(facts, statusLexicon(), tracks);
  }
}

/** The negotiation a conflict is about: the track all its sides belong to, else null. */
function conflictNegotiation(c: ExportConflict, tracks: NegotiationIndex): NegotiationRef | null {
  let found: NegotiationRef | null | undefined;
  for (const i of c.items) {
    const n = negotiationRef(tracks.ofSpan(i.doc, i.start, i.end));
    if (found === undefined) found = n;
    else if ((found?.id ?? null) !== (n?.id ?? null)) return null;
  }
  return found ?? null;
}

/** One exported event (EXPORT.md `events[]`, plus `cameo`, `dateBasis` and `documents`; see corpus/events). */
export type ExportEvent = MergedEvent;

/** The merged events of the corpus (corpus/events), built in one pass over the documents. */
export async function* eventItems(store: Store, ids?: EntityIdOf): AsyncGenerator<ExportEvent> {
  yield* (await corpusEvents(store, ids ?? (await corpusEntityIds(store)))).events;
}

/** Writes the export in `format` through `write` (which may be a stream's write); `kbDirs` as for `ExportContext`. */
export async function writeExport(store: Store, format: 'json' | 'jsonl', write: (chunk: string) => void | Promise<void>, generatedAt = new Date().toISOString(), kbDirs: readonly string[] = []): Promise<void> {
  const ctx: ExportContext = { kbDirs };
  if (format === 'jsonl') {
    await write(`${JSON.stringify({ section: 'header', format: EXPORT_FORMAT, generatedAt })}\n`);
    for (const section of SECTIONS) {
      for await (const item of sectionItems(store, section, ctx)) await write(`${JSON.stringify({ section, item })}\n`);
    }
    return;
  }
  await write(`{"format":${JSON.stringify(EXPORT_FORMAT)},"generatedAt":${JSON.stringify(generatedAt)}`);
  for (const section of SECTIONS) {
    await write(`,\n${JSON.stringify(section)}:[`);
    let first = true;
    for await (const item of sectionItems(store, section, ctx)) {
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
