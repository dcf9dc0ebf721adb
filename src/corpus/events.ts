/**
 * @module corpus/events — one event per real-world event across the corpus, with all its evidence.
 *
 * The `event` annotations of every document are merged in one pass, document by
 * document in arrival order:
 * 1. inside a document, a mention that refers back to an earlier one (`antecedent`: "the
 *    proposal" after "Egypt presented a proposal") joins it, and such a chain looks for its
 *    match in the corpus (3.) as one report (`chainReport`);
 * 2. a document that duplicates another (`duplicateOf`, syndicated copies) adds its
 *    events to the events of the document it copies, matched by type, trigger and sentence;
 * 3. otherwise an event joins the corpus event it is most likely the same as: same type,
 *    modality and subtype, nothing contradicting (dates that do not overlap, different
 *    counts, different agents, targets or places) and enough in common: a score of at
 *    least 2 from the same day (3), the same month (1), the same count (2), a shared agent
 *    (1), target (1), place (1) or mediator (0.5). A proposed release and an asserted one
 *    never merge. A report that names no party (no agent, no target), or a cluster that names
 *    none, joins only when the parties of their documents meet (`context`: the agents and
 *    targets of every event of the document, else its named organizations, groups and places):
 *    "an agreement in principle was reached on Wednesday" in an article on Sudan is not the
 *    Israel–Hamas agreement of that day.
 * `corroboration` counts the independent documents among the evidence: duplicates of one
 * document count once. `sources` are the attributions the documents give (speakers'
 * names, cited outlets). Ids are stable: `stableId('ev', type, date, agents, first evidence)`.
 */
import type { Annotation } from '../pipeline/annotation.js';
import type { EvidenceSpan, Precision } from '../pipeline/document.js';
import type { MentionValue } from '../stages/entities/link/index.js';
import type { EventType, EventValue, Modality, Qualifier } from '../stages/events/index.js';
import { eventLexicon } from '../stages/events/index.js';
import type { Store } from '../store/store.js';
import { stableId } from '../util/hash.js';

/** How a mention's cluster becomes a corpus entity id (export/export `entityIdOf`). */
export type EntityIdOf = (doc: string, m: MentionValue) => string;

/** One merged event (EXPORT.md `events[]`, plus `cameo`, `documents` and `dateBasis`). */
export interface MergedEvent {
  readonly id: string;
  readonly type: EventType;
  /** CAMEO root code of the type, for interchange. */
  readonly cameo: string;
  readonly subtype: string | null;
  readonly modality: Modality;
  /** `latest`: the last day it can fall on when the reports give only a bound ("before Ramadan") and no value. */
  readonly date: { readonly value: string | null; readonly precision: Precision; readonly latest?: string };
  /** How the date was found (the best evidence's `date.basis`). */
  readonly dateBasis: string;
  readonly actors: { readonly agent: readonly string[]; readonly target: readonly string[]; readonly mediator: readonly string[] };
  /** Entity id of the place, or null. */
  readonly location: string | null;
  readonly quantity: { readonly value: number; readonly unit: string | null; readonly qualifier: Qualifier } | null;
  readonly evidence: readonly EvidenceSpan[];
  readonly sources: readonly string[];
  readonly corroboration: number;
  /** The documents that report it, in arrival order. */
  readonly documents: readonly string[];
}

/** What the merge needs from one document. */
export interface DocumentEvents {
  readonly id: string;
  /** The document text, for evidence sentences (EXPORT.md: `text` repeats the covered span). */
  readonly text?: string;
  readonly duplicateOf: string | null;
  readonly events: readonly Annotation<EventValue>[];
  readonly mentions: readonly Annotation<MentionValue>[];
}

/** One document's report of an event, with entity ids instead of cluster keys. */
interface Report {
  readonly doc: string;
  readonly value: EventValue;
  readonly span: EvidenceSpan;
  readonly agent: string[];
  readonly target: string[];
  readonly mediator: string[];
  readonly location: string | null;
  readonly sources: string[];
  /** The parties of the report's document (`documentContext`). */
  readonly context: ReadonlySet<string>;
}

const RANK: Readonly<Record<Precision, number>> = { unknown: 0, year: 1, month: 2, week: 3, day: 4, time: 5 };
const DATE_STRENGTH: Readonly<Record<string, number>> = { time: 3, 'time-coarse': 1, anaphora: 1, tense: 0, none: 0 };

/** Whether date `d` is better than `than`: dated where it is not, by a stronger basis, or as strong and more precise. */
function betterDate(d: { readonly value: string | null; readonly precision: Precision; readonly basis: string }, than: { readonly value: string | null; readonly precision: Precision; readonly basis: string }): boolean {
  if (d.value === null) return false;
  if (than.value === null) return true;
  const strength = DATE_STRENGTH[d.basis] ?? 0;
  const other = DATE_STRENGTH[than.basis] ?? 0;
  return strength > other || (strength === other && RANK[d.precision] > RANK[than.precision]);
}

/** A corpus event being built. */
class Cluster {
  readonly reports: Report[] = [];
  readonly roots = new Set<string>();
  readonly docs: string[] = [];
  readonly agent = new Map<string, number>();
  readonly target = new Map<string, number>();
  readonly mediator = new Map<string, number>();
  readonly locations = new Map<string, number>();
  readonly sources: string[] = [];
  /** The parties of its reports' documents. */
  readonly context = new Set<string>();
  date: { value: string | null; precision: Precision; basis: string } = { value: null, precision: 'unknown', basis: 'none' };
  /** The earliest of the reports' `date.latest` bounds ("collapsed before Ramadan"), or null. */
  latest: string | null = null;
  quantity: EventValue['quantity'] = null;
  subtype: string | null = null;

  /** The count, agent, target and place keys of its reports (EventMerger `entityKeys`). */
  readonly keys = new Set<string>();
  /** The date its keys are filed under in the merger's index (undefined: not filed yet). */
  filedDate: string | null | undefined = undefined;

  /** `order`: the cluster's place in creation order (the tie-break between equally good matches). */
  constructor(readonly type: EventType, readonly modality: Modality, readonly order: number) {}

  add(r: Report, root: string): void {
    this.reports.push(r);
    this.roots.add(root);
    if (!this.docs.includes(r.doc)) this.docs.push(r.doc);
    for (const [map, keys] of [[this.agent, r.agent], [this.target, r.target], [this.mediator, r.mediator]] as const) for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    if (r.location) this.locations.set(r.location, (this.locations.get(r.location) ?? 0) + 1);
    for (const s of r.sources) if (!this.sources.includes(s)) this.sources.push(s);
    for (const k of r.context) this.context.add(k);
    const d = r.value.date;
    if (betterDate(d, this.date)) this.date = { value: d.value, precision: d.precision, basis: d.basis };
    if (d.latest !== undefined && (this.latest === null || d.latest < this.latest)) this.latest = d.latest;
    if (r.value.quantity && (this.quantity === null || (this.quantity.qualifier !== 'exact' && r.value.quantity.qualifier === 'exact'))) this.quantity = r.value.quantity;
    this.subtype ??= r.value.subtype;
  }

  location(): string | null {
    let best: string | null = null;
    let n = 0;
    for (const [k, c] of this.locations) if (c > n) { best = k; n = c; }
    return best;
  }
}

const ordered = (m: ReadonlyMap<string, number>): string[] => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
const shares = (a: ReadonlyMap<string, number> | readonly string[], b: readonly string[]): boolean => b.some((k) => (a instanceof Map ? a.has(k) : (a as readonly string[]).includes(k)));
const size = (a: ReadonlyMap<string, number>): number => a.size;

/** Whether two counts can be the same count ("up to 33" and "33" can; "105" and "110" cannot). */
export function quantitiesAgree(a: NonNullable<EventValue['quantity']>, b: NonNullable<EventValue['quantity']>): boolean {
  if ((a.qualifier === 'fraction') !== (b.qualifier === 'fraction')) return true;
  const range = (q: typeof a): [number, number] => {
    switch (q.qualifier) {
      case 'at_most': return [0, q.value];
      case 'at_least': return [q.value, Infinity];
      case 'about': return [q.value * 0.85, q.value * 1.15];
      default: return [q.value, q.value];
    }
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

/** Whether two TIMEX values can name the same time: one is a prefix of the other. */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** How strongly a report matches a cluster; -1 when something contradicts. */
function affinity(c: Cluster, r: Report): number {
  const v = r.value;
  if (c.type !== v.type || c.modality !== v.modality) return -1;
  if (c.subtype !== null && v.subtype !== null && c.subtype !== v.subtype) return -1;
  if (!datesAgree(c.date.value, v.date.value)) return -1;
  if (c.quantity && v.quantity && !quantitiesAgree(c.quantity, v.quantity)) return -1;
  if (size(c.agent) > 0 && r.agent.length > 0 && !shares(c.agent, r.agent)) return -1;
  if (size(c.target) > 0 && r.target.length > 0 && !shares(c.target, r.target)) return -1;
  const loc = c.location();
  if (loc !== null && r.location !== null && loc !== r.location) return -1;
  // a report or cluster that names no party: the parties of their documents must meet
  if (((r.agent.length === 0 && r.target.length === 0) || (size(c.agent) === 0 && size(c.target) === 0))
    && r.context.size > 0 && c.context.size > 0 && ![...r.context].some((k) => c.context.has(k))) return -1;
  let score = 0;
  if (c.date.value !== null && v.date.value !== null) {
    const strength = Math.min(DATE_STRENGTH[c.date.basis] ?? 0, DATE_STRENGTH[v.date.basis] ?? 0);
    if (RANK[c.date.precision] >= RANK.day && RANK[v.date.precision] >= RANK.day && c.date.value.slice(0, 10) === v.date.value.slice(0, 10)) score += strength;
    else if (strength > 0 && RANK[c.date.precision] >= RANK.month && RANK[v.date.precision] >= RANK.month) score += 1;
  }
  if (c.quantity && v.quantity && c.quantity.value === v.quantity.value && c.quantity.qualifier !== 'fraction') score += 2;
  if (shares(c.agent, r.agent)) score += 1;
  if (shares(c.target, r.target)) score += 1;
  if (loc !== null && loc === r.location) score += 1;
  if (shares(c.mediator, r.mediator)) score += 0.5;
  return score;
}

/**
 * The date buckets of a report's index keys. Two dates agree when one is a prefix of the
 * other (`datesAgree`), or one is missing; a cluster's date is always one of its reports'
 * dates, so a report must look in every bucket a date agreeing with its own is filed under:
 * - no date: filed under `*` (agrees with all) and `all`; looks in `all`;
 * - a year (`2024`): filed under `y:2024`, `ya:2024` (the whole year) and `all`; looks in
 *   `ya:2024` (every date of the year) and `*`;
 * - a finer date (`2024-05`, `2024-05-03T10:00`, `2024-W19`): filed under its first seven
 *   characters `m:2024-05`, `ya:2024` and `all`; looks in `m:2024-05`, `y:2024` (a bare year)
 *   and `*`;
 * - anything else (rare): filed under `x:value`, `*` and `all`; looks in `all`.
 */
function dateBuckets(value: string | null, filing: boolean): readonly string[] {
  if (value === null) return filing ? ['*', 'all'] : ['all'];
  if (/^\d{4}$/.test(value)) return filing ? [`y:${value}`, `ya:${value}`, 'all'] : [`ya:${value}`, '*'];
  if (/^\d{4}/.test(value) && value.length >= 7) {
    const year = value.slice(0, 4);
    return filing ? [`m:${value.slice(0, 7)}`, `ya:${year}`, 'all'] : [`m:${value.slice(0, 7)}`, `y:${year}`, '*'];
  }
  return filing ? [`x:${value}`, '*', 'all'] : ['all'];
}

/** The score from which a report joins an existing event. */
export const MERGE_THRESHOLD = 2;

/** The evidence of one report: its sentence when the document text is at hand, else the annotation's span. */
function sentenceSpan(d: DocumentEvents, e: Annotation<EventValue>): EvidenceSpan {
  const s = e.value.sentence;
  if (d.text !== undefined && s && s.end <= d.text.length) return { doc: d.id, start: s.start, end: s.end, text: d.text.slice(s.start, s.end) };
  return { doc: d.id, start: e.start, end: e.end, text: e.text };
}

/**
 * The parties of a document: the entity ids of the agents and targets of its events (not the
 * mediators: Qatar mediates more than one negotiation), else of its organizations, groups and
 * places (an article whose events name no party).
 */
function documentContext(d: DocumentEvents, ids: (keys: readonly string[]) => string[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const e of d.events) for (const k of [...e.value.agent, ...e.value.target]) keys.add(k);
  if (keys.size === 0) for (const m of d.mentions) if (m.value.type !== 'person') keys.add(m.value.key);
  return new Set(ids([...keys]));
}

/**
 * One report standing for a document's chain of reports of one event (an antecedent chain): the
 * parties, mediators and place of all of them, the best date (`betterDate`, as `Cluster.add`
 * keeps it), the first count and subtype.
 */
function chainReport(reports: readonly Report[]): Report {
  const union = (pick: (r: Report) => readonly string[]): string[] => [...new Set(reports.flatMap(pick))];
  let dated = reports[0]!;
  for (const r of reports) if (betterDate(r.value.date, dated.value.date)) dated = r;
  const quantity = reports.find((r) => r.value.quantity !== null)?.value.quantity ?? null;
  const subtype = reports.find((r) => r.value.subtype !== null)?.value.subtype ?? null;
  return {
    ...dated,
    value: { ...dated.value, quantity, subtype },
    agent: union((r) => r.agent),
    target: union((r) => r.target),
    mediator: union((r) => r.mediator),
    location: reports.find((r) => r.location !== null)?.location ?? null,
  };
}

/** Merges the event reports of documents fed in arrival order. */
export class EventMerger {
  private readonly clusters: Cluster[] = [];
  private readonly index = new Map<string, Set<Cluster>>();
  private readonly roots = new Map<string, string>();
  /** Per root document: `type|trigger|sentence` → cluster, for matching duplicates' events. */
  private readonly byText = new Map<string, Cluster>();
  /** Entity names seen (id → name), for views that print names. */
  readonly names = new Map<string, string>();

  /** `exhaustive`: score every cluster instead of the index's candidates (tests check the index loses none). */
  constructor(private readonly entityIdOf: EntityIdOf, private readonly exhaustive = false) {}

  /** Adds one document's events. */
  addDocument(d: DocumentEvents): void {
    const root = d.duplicateOf === null ? d.id : (this.roots.get(d.duplicateOf) ?? d.duplicateOf);
    this.roots.set(d.id, root);
    if (d.events.length === 0) return;
    const byKey = new Map<string, MentionValue>();
    for (const m of d.mentions) if (!byKey.has(m.value.key)) byKey.set(m.value.key, m.value);
    const ids = (keys: readonly string[]): string[] => {
      const out: string[] = [];
      for (const k of keys) {
        const m = byKey.get(k);
        if (!m) continue;
        const id = this.entityIdOf(d.id, m);
        if (!this.names.has(id)) this.names.set(id, m.name);
        if (!out.includes(id)) out.push(id);
      }
      return out;
    };
    const context = documentContext(d, ids);
    // antecedents: a mention joins the report it refers back to, and the chain is matched as one
    // (a headline's "truce deal reached", which names no party, and the lede's "Israel and Hamas
    // reached an agreement on Wednesday" that refers back to it find another report's event
    // together: by the headline alone the lede's parties and day were never compared)
    const chains: { reports: Report[]; textKeys: string[] }[] = [];
    const chainOf = new Map<number, number>();
    for (const e of d.events) {
      const v = e.value;
      const report: Report = {
        doc: d.id,
        value: v,
        span: sentenceSpan(d, e),
        agent: ids(v.agent),
        target: ids(v.target),
        mediator: ids(v.mediator),
        location: v.location === null ? null : (ids([v.location])[0] ?? null),
        sources: v.source ? [v.source.name] : [],
        context,
      };
      const textKey = `${root}|${v.type}|${v.trigger.text}|${e.text}`;
      const back = v.antecedent ? chainOf.get(v.antecedent.start) : undefined;
      const chain = back !== undefined && chains[back]!.reports[0]!.value.type === v.type ? back : chains.length;
      if (chain === chains.length) chains.push({ reports: [], textKeys: [] });
      chains[chain]!.reports.push(report);
      chains[chain]!.textKeys.push(textKey);
      chainOf.set(v.trigger.start, chain);
    }
    for (const { reports, textKeys } of chains) {
      let cluster: Cluster | undefined;
      if (root !== d.id) for (let i = 0; i < textKeys.length && !cluster; i++) cluster = this.byText.get(textKeys[i]!);
      if (!cluster) cluster = this.best(reports.length === 1 ? reports[0]! : chainReport(reports));
      if (!cluster) {
        cluster = new Cluster(reports[0]!.value.type, reports[0]!.value.modality, this.clusters.length);
        this.clusters.push(cluster);
      }
      for (let i = 0; i < reports.length; i++) {
        this.addTo(cluster, reports[i]!, root);
        if (!this.byText.has(textKeys[i]!)) this.byText.set(textKeys[i]!, cluster);
      }
    }
  }

  /**
   * The keys that can bring a report and a cluster together: the count, agents, targets
   * and place. A cluster that shares none of them, nor the day (`dayKey`), cannot reach
   * {@link MERGE_THRESHOLD}: apart from these, only a month in common (1) and a mediator
   * (0.5) score; and one whose date disagrees with the report's scores −1. So the index
   * files each cluster's keys under the buckets of its current date (`dateBuckets`), and a
   * report looks only among clusters of compatible dates: in a large store every event of
   * a type and agent (or, before, of a type and month) was a candidate of every other,
   * which made merging quadratic.
   */
  private entityKeys(type: EventType, modality: Modality, r: Report): string[] {
    const base = `${type}|${modality}`;
    const keys: string[] = [];
    if (r.value.quantity) keys.push(`q:${base}|${r.value.quantity.value}`);
    for (const a of r.agent) keys.push(`a:${base}|${a}`);
    for (const t of r.target) keys.push(`t:${base}|${t}`);
    if (r.location) keys.push(`l:${base}|${r.location}`);
    return keys;
  }

  /** The day key of a report dated to the day or finer, else null. */
  private dayKey(type: EventType, modality: Modality, r: Report): string | null {
    const d = r.value.date;
    return d.value !== null && RANK[d.precision] >= RANK.day ? `d:${type}|${modality}|${d.value.slice(0, 10)}` : null;
  }

  private file(k: string, c: Cluster): void {
    let set = this.index.get(k);
    if (!set) { set = new Set(); this.index.set(k, set); }
    set.add(c);
  }

  /**
   * Adds `r` to `c` and files `c` in the index: the report's day, and every key of the
   * cluster under the buckets of the cluster's date (all of them again when the date
   * changed: a cluster's date is that of one of its reports, but its keys may come from
   * others, joined by coreference or as duplicates without a date check).
   */
  private addTo(c: Cluster, r: Report, root: string): void {
    c.add(r, root);
    const day = this.dayKey(c.type, c.modality, r);
    if (day !== null) this.file(day, c);
    const fresh = this.entityKeys(c.type, c.modality, r).filter((k) => !c.keys.has(k));
    for (const k of fresh) c.keys.add(k);
    const again = c.filedDate !== c.date.value;
    if (!again && fresh.length === 0) return;
    const buckets = dateBuckets(c.date.value, true);
    for (const k of again ? c.keys : fresh) for (const b of buckets) this.file(`${k}#${b}`, c);
    c.filedDate = c.date.value;
  }

  /** The keys a report looks in: its day, and its keys within the date buckets that agree with its date. */
  private lookups(r: Report): string[] {
    const v = r.value;
    const day = this.dayKey(v.type, v.modality, r);
    const buckets = dateBuckets(v.date.value, false);
    const out = day === null ? [] : [day];
    for (const k of this.entityKeys(v.type, v.modality, r)) for (const b of buckets) out.push(`${k}#${b}`);
    return out;
  }

  private best(r: Report): Cluster | undefined {
    const seen = new Set<Cluster>();
    let best: Cluster | undefined;
    let bestScore = MERGE_THRESHOLD - 1e-9;
    for (const k of this.exhaustive ? [''] : this.lookups(r)) {
      for (const c of this.exhaustive ? this.clusters : this.index.get(k) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        const s = affinity(c, r);
        // equally good: the earlier event (independent of the order the keys are read in)
        if (s > bestScore || (s === bestScore && best !== undefined && c.order < best.order)) { best = c; bestScore = s; }
      }
    }
    return best;
  }

  /** The merged events, in order of their first report. */
  events(): MergedEvent[] {
    const cameo = eventLexicon().cameo;
    return this.clusters.map((c) => {
      const agent = ordered(c.agent);
      const first = c.reports[0]!.span;
      const q = c.quantity;
      return {
        id: stableId('ev', c.type, c.date.value ?? '', [...agent].sort().join(','), first.doc, first.start),
        type: c.type,
        cameo: cameo[c.type],
        subtype: c.subtype,
        modality: c.modality,
        date: c.date.value === null && c.latest !== null ? { value: null, precision: 'unknown', latest: c.latest } : { value: c.date.value, precision: c.date.value === null ? 'unknown' : c.date.precision },
        dateBasis: c.date.basis,
        actors: { agent, target: ordered(c.target).filter((t) => !agent.includes(t)), mediator: ordered(c.mediator) },
        location: c.location(),
        quantity: q ? { value: q.value, unit: q.unit, qualifier: q.qualifier } : null,
        evidence: c.reports.map((r) => r.span),
        sources: c.sources,
        corroboration: c.roots.size,
        documents: c.docs,
      };
    });
  }
}

/** Every merged event of a store, from one pass over its documents, with the entity names seen. */
export async function corpusEvents(store: Store, entityIdOf: EntityIdOf): Promise<{ events: MergedEvent[]; names: ReadonlyMap<string, string> }> {
  const merger = new EventMerger(entityIdOf);
  for await (const doc of store.documents()) {
    const anns = await store.annotations(doc.id, ['event', 'mention', 'reference']);
    const events = anns.filter((a) => a.layer === 'event') as Annotation<EventValue>[];
    if (events.length === 0) { merger.addDocument({ id: doc.id, duplicateOf: doc.duplicateOf, events: [], mentions: [] }); continue; }
    // the mentions, then the demonym references ("Qatari mediators"): an actor may be a country the article never names
    const mentions = anns.filter((a) => a.layer === 'mention') as Annotation<MentionValue>[];
    const references = anns.filter((a) => a.layer === 'reference') as Annotation<MentionValue>[];
    merger.addDocument({ id: doc.id, text: doc.text, duplicateOf: doc.duplicateOf, events, mentions: references.length === 0 ? mentions : [...mentions, ...references] });
  }
  return { events: merger.events(), names: merger.names };
}
