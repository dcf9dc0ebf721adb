/**
 * @module corpus/conflicts — contradictions inside and between documents (EXPORT.md
 * `conflicts[]`), and the per-document facts the corpus views read from the store.
 *
 * `readCorpusFacts` reads, document by document, the small layers the corpus views need
 * (status claims, proposals, contradictions, anachronisms, events, quotes) with the
 * entity id of every party, so that conflicts, proposals and the status timeline are
 * computed from one compact list instead of the store. `findConflicts` then reports:
 * - `internal` and `anachronism`: one per `contradiction` / `anachronism` annotation of the
 *   claims stage (both sides' spans);
 * - `status`: status claims of different documents, dated to the same day, that an
 *   incompatibility of data/lexicons/status.json with `corpus` scope excludes;
 * - `numeric`: reports of the same event (same type and counted unit, a shared agent or
 *   none named, dates within a day) with figures that cannot both be right;
 * - `attribution`: the same quotation (at least `ATTRIBUTION_MIN_WORDS` words, normalized)
 *   given to different speakers.
 * A document and its duplicate are never set against each other: they are one report.
 */
import type { Annotation } from '../pipeline/annotation.js';
import type { EvidenceSpan, Published } from '../pipeline/document.js';
import { describeClaim, incompatibility, type AnachronismValue, type ContradictionValue, type PartyRef, type ProposalClaimValue, type StatusClaimValue, type StatusLexicon } from '../stages/claims/index.js';
import type { MentionValue } from '../stages/entities/link/index.js';
import type { QuoteValue } from '../stages/quotes/index.js';
import type { Store } from '../store/store.js';
import { stableId } from '../util/hash.js';
import { findNegotiations, type NegotiationIndex } from './negotiations.js';

/** An event of the event layer, as the corpus views read it. */
export interface FactEvent {
  readonly type: string;
  readonly subtype: string | null;
  readonly modality: string;
  /** When it happened; `basis` says how the event layer dated it (`time`, `tense`, …). */
  readonly date: { readonly value: string | null; readonly precision: string; readonly basis: string | null } | null;
  /** Entity ids of the agents. */
  readonly agents: readonly string[];
  /** Entity ids of the targets and mediators, and of the place (absent in hand-made facts). */
  readonly targets?: readonly string[];
  readonly mediators?: readonly string[];
  readonly location?: string | null;
  /** The events stage's rule that read it (`events/agreement/agreed-to-act`), when stored. */
  readonly rule?: string | null;
  /** `act` for an agreement on one act (stages/events `scope`: "agreed to meet again"), `deal` for a deal a rule on one act read ("agreed on Monday to a ceasefire"), when stored. */
  readonly scope?: 'act' | 'deal' | null;
  /** The sentence the event was read from (the evidence a reader should see), when stored. */
  readonly sentence?: { readonly start: number; readonly end: number } | null;
  /** For a count over a whole period ("during that pause, 105 hostages were freed"): the period (stages/events `period`). */
  readonly period?: { readonly from: string | null; readonly to: string | null; readonly cue: string } | null;
  readonly quantity: { readonly value: number; readonly unit: string | null; readonly qualifier: string } | null;
  readonly evidence: EvidenceSpan;
}

/** A quote, its speaker resolved to an entity id. */
export interface FactQuote {
  readonly evidence: EvidenceSpan;
  /** Folded words of the quoted text. */
  readonly words: readonly string[];
  readonly speaker: string | null;
  readonly speakerName: string | null;
}

/** A linked mention, as the negotiation tracks read it (corpus/negotiations). */
export interface FactMention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly name: string;
  /** The document's cluster key (`outlet:…` for a cited outlet). */
  readonly key: string;
  /** The knowledge-base key of the entity, when it has one. */
  readonly kb?: string | null;
}

/** What the corpus views need of one document. */
export interface DocFacts {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly text: string;
  readonly published: Published;
  readonly duplicateOf: string | null;
  readonly claims: readonly Annotation<StatusClaimValue>[];
  readonly proposals: readonly Annotation<ProposalClaimValue>[];
  readonly contradictions: readonly Annotation<ContradictionValue>[];
  readonly anachronisms: readonly Annotation<AnachronismValue>[];
  readonly events: readonly FactEvent[];
  readonly quotes: readonly FactQuote[];
  /** Linked mentions in text order (absent in hand-made facts). */
  readonly mentions?: readonly FactMention[];
  /** Entity id of a party of this document. */
  readonly entityOf: (p: PartyRef) => string;
}

/** How the export names entities and speakers (export/export's `entityIdOf` and `speakerEntity`). */
export interface EntityResolver {
  entityOf(doc: string, m: MentionValue): string;
  speakerOf(doc: string, q: QuoteValue, mentions: readonly Annotation<MentionValue>[]): string | null;
}

/** Quotes shorter than this many words are too common to tell speakers apart. */
export const ATTRIBUTION_MIN_WORDS = 8;

const FOLD_WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text (case, accents and punctuation ignored). */
export function foldWords(text: string): string[] {
  return (text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(FOLD_WORD) ?? []);
}

/** The quantity and date readers tolerate the event layer's value shape (stages/events owns it). */
function factEvent(doc: string, a: Annotation, agentIds: (keys: readonly string[]) => string[]): FactEvent | null {
  const v = a.value as Record<string, unknown>;
  if (typeof v['type'] !== 'string') return null;
  const date = v['date'] as { value?: unknown; precision?: unknown; basis?: unknown } | null | undefined;
  const q = v['quantity'] as { value?: unknown; unit?: unknown; qualifier?: unknown } | null | undefined;
  const agent = v['agent'] ?? (v['actors'] as Record<string, unknown> | undefined)?.['agent'];
  const keys = Array.isArray(agent) ? agent.filter((x): x is string => typeof x === 'string') : [];
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((k): k is string => typeof k === 'string') : []);
  const sentence = v['sentence'] as { start?: unknown; end?: unknown } | null | undefined;
  const period = v['period'] as { from?: unknown; to?: unknown; cue?: unknown } | null | undefined;
  const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  return {
    type: v['type'],
    subtype: typeof v['subtype'] === 'string' ? v['subtype'] : null,
    modality: typeof v['modality'] === 'string' ? v['modality'] : 'asserted',
    date: date && (typeof date.value === 'string' || date.value === null) ? { value: (date.value as string | null) ?? null, precision: String(date.precision ?? 'unknown'), basis: typeof date.basis === 'string' ? date.basis : null } : null,
    agents: agentIds(keys),
    targets: agentIds(strings(v['target'])),
    mediators: agentIds(strings(v['mediator'])),
    location: typeof v['location'] === 'string' ? (agentIds([v['location']])[0] ?? null) : null,
    sentence: sentence && typeof sentence.start === 'number' && typeof sentence.end === 'number' ? { start: sentence.start, end: sentence.end } : null,
    period: period && (str(period.from) !== null || str(period.to) !== null) ? { from: str(period.from), to: str(period.to), cue: str(period.cue) ?? '' } : null,
    quantity: q && typeof q.value === 'number' ? { value: q.value, unit: typeof q.unit === 'string' ? q.unit : null, qualifier: typeof q.qualifier === 'string' ? q.qualifier : 'exact' } : null,
    evidence: { doc, start: a.start, end: a.end, text: a.text },
    rule: a.source,
    scope: v['scope'] === 'act' || v['scope'] === 'deal' ? v['scope'] : null,
  };
}

/** Reads the facts of every document of the store, in arrival order. */
export async function readCorpusFacts(store: Store, resolve: EntityResolver): Promise<DocFacts[]> {
  const out: DocFacts[] = [];
  for await (const doc of store.documents()) {
    const anns = await store.annotations(doc.id, ['status-claim', 'proposal-claim', 'contradiction', 'anachronism', 'event', 'quote', 'mention', 'reference']);
    const of = <V>(layer: string): Annotation<V>[] => anns.filter((a) => a.layer === layer) as Annotation<V>[];
    const mentions = of<MentionValue>('mention');
    const idByKey = new Map<string, string>();
    for (const m of mentions) if (!idByKey.has(m.value.key)) idByKey.set(m.value.key, resolve.entityOf(doc.id, m.value));
    // an event's actor may be a country only a demonym refers to ("Qatari mediators")
    for (const r of of<MentionValue>('reference')) if (!idByKey.has(r.value.key)) idByKey.set(r.value.key, resolve.entityOf(doc.id, r.value));
    const entityOf = (p: PartyRef): string => idByKey.get(p.key) ?? resolve.entityOf(doc.id, { ...p, via: 'name' });
    const agentIds = (keys: readonly string[]): string[] => keys.map((k) => idByKey.get(k)).filter((x): x is string => x !== undefined);
    const quotes: FactQuote[] = [];
    for (const q of of<QuoteValue>('quote')) {
      const words = foldWords(q.text);
      if (words.length < ATTRIBUTION_MIN_WORDS) continue;
      const speaker = resolve.speakerOf(doc.id, q.value, mentions);
      const name = speaker ? mentions.find((m) => resolve.entityOf(doc.id, m.value) === speaker)?.value.name ?? q.value.speakerText : q.value.speakerText;
      quotes.push({ evidence: { doc: doc.id, start: q.start, end: q.end, text: q.text }, words, speaker, speakerName: name });
    }
    const factMentions: FactMention[] = mentions.map((m) => ({ entity: idByKey.get(m.value.key)!, start: m.start, end: m.end, type: m.value.type, name: m.value.name, key: m.value.key, kb: m.value.kb }));
    factMentions.sort((a, b) => a.start - b.start);
    out.push({
      id: doc.id, source: doc.source, title: doc.title, text: doc.text, published: doc.published, duplicateOf: doc.duplicateOf,
      claims: of('status-claim'), proposals: of('proposal-claim'), contradictions: of('contradiction'), anachronisms: of('anachronism'),
      events: of('event').map((a) => factEvent(doc.id, a, agentIds)).filter((e): e is FactEvent => e !== null),
      quotes,
      mentions: factMentions,
      entityOf,
    });
  }
  return out;
}

/** One side of a conflict (EXPORT.md `conflicts[].items[]`). */
export interface ConflictItemOut extends EvidenceSpan {
  readonly claim: string | null;
}

/** EXPORT.md `conflicts[]`. */
export interface ExportConflict {
  readonly id: string;
  readonly kind: 'numeric' | 'status' | 'anachronism' | 'internal' | 'attribution';
  readonly summary: string;
  readonly items: readonly ConflictItemOut[];
}

/** Whether two documents are one report (one is a duplicate of the other). */
function sameReport(a: DocFacts, b: DocFacts): boolean {
  return a.id === b.id || a.duplicateOf === b.id || b.duplicateOf === a.id || (a.duplicateOf !== null && a.duplicateOf === b.duplicateOf);
}

/** Conflicts the claims stage found inside one document. */
export function documentConflicts(facts: readonly DocFacts[]): ExportConflict[] {
  const out: ExportConflict[] = [];
  for (const d of facts) {
    for (const c of d.contradictions) {
      out.push({ id: stableId('c', 'internal', d.id, c.start, c.end), kind: 'internal', summary: c.value.detail, items: c.value.items.map((i) => ({ doc: d.id, start: i.start, end: i.end, text: i.text, claim: i.claim })) });
    }
    for (const a of d.anachronisms) {
      out.push({ id: stableId('c', 'anachronism', d.id, a.start, a.end), kind: 'anachronism', summary: a.value.detail, items: a.value.items.map((i) => ({ doc: d.id, start: i.start, end: i.end, text: i.text, claim: i.claim })) });
    }
  }
  return out;
}

/** Status claims of different reports about one negotiation, dated to the same day, that exclude each other. */
export function statusConflicts(facts: readonly DocFacts[], lex: StatusLexicon, tracks: NegotiationIndex = findNegotiations(facts)): ExportConflict[] {
  const byDay = new Map<string, { d: DocFacts; c: Annotation<StatusClaimValue> }[]>();
  for (const d of facts) {
    for (const c of d.claims) {
      const v = c.value;
      if (v.modality !== 'asserted' || v.time === 'past' || v.date?.precision !== 'day') continue;
      const track = tracks.ofSpan(d.id, v.sentence.start, v.sentence.end)?.id ?? '';
      const list = byDay.get(`${v.date.value}|${track}`) ?? [];
      list.push({ d, c });
      byDay.set(`${v.date.value}|${track}`, list);
    }
  }
  const out: ExportConflict[] = [];
  for (const [dayTrack, list] of [...byDay].sort((x, y) => x[0].localeCompare(y[0]))) {
    const day = dayTrack.slice(0, dayTrack.indexOf('|'));
    const found = new Map<string, { reason: string; a: Map<string, ConflictItemOut>; b: Map<string, ConflictItemOut>; aSide: string; bSide: string }>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (sameReport(x.d, y.d) || otherPhase(phaseOf(x.d, x.c.value), phaseOf(y.d, y.c.value))) continue;
        const rule = incompatibility(x.c.value, y.c.value, lex, 'corpus');
        if (!rule) continue;
        const [first, second] = x.c.value.state === rule.a.state && x.c.value.polarity === rule.a.polarity ? [x, y] : [y, x];
        const key = lex.incompatible.indexOf(rule).toString();
        const f = found.get(key) ?? { reason: rule.reason, a: new Map(), b: new Map(), aSide: describeClaim(rule.a), bSide: describeClaim(rule.b) };
        for (const [side, e] of [[f.a, first], [f.b, second]] as const) side.set(`${e.d.id}:${e.c.start}`, { doc: e.d.id, start: e.c.start, end: e.c.end, text: e.c.text, claim: describeClaim(e.c.value) });
        found.set(key, f);
      }
    }
    for (const [key, f] of found) {
      const items = [...f.a.values(), ...f.b.values()];
      const docs = (m: Map<string, ConflictItemOut>): number => new Set([...m.values()].map((i) => i.doc)).size;
      out.push({
        id: dayTrack.endsWith('|') ? stableId('c', 'status', day, key) : stableId('c', 'status', dayTrack, key),
        kind: 'status',
        summary: `On ${day}, ${docs(f.a)} report(s) say ${f.aSide} ("${[...f.a.values()][0]!.text}") and ${docs(f.b)} say ${f.bSide} ("${[...f.b.values()][0]!.text}"): ${f.reason}.`,
        items,
      });
    }
  }
  return [...out, ...lastingConflicts(facts, lex, tracks)];
}

const PHASE = /\b(first|second|third|fourth|final|initial|next|later|last)\s+(?:phase|stage)\b/i;

/** The phase a claim's sentence names ("the second phase of the deal"), else null. */
function phaseOf(d: DocFacts, v: StatusClaimValue): string | null {
  return PHASE.exec(d.text.slice(v.sentence.start, v.sentence.end))?.[1]?.toLowerCase() ?? null;
}

/** Two named phases that differ ("first phase" against "second phase"). */
function otherPhase(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

const TOPIC = /^[^,.;:!?]*?\b(?:on|over|about|regarding)\s+([^,.;:!?]+)/iu;
const NOT_TOPIC = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'at', 'on', 'by', 'with', 'between', 'for', 'its', 'their', 'this', 'that', 'last', 'next',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'night', 'morning', 'evening', 'week', 'weekend',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** The words of what a claim's deal is about ("reached on the release of the remaining hostages"), dates and small words left out. */
function topicOf(d: DocFacts, c: Annotation<StatusClaimValue>): string[] {
  const m = TOPIC.exec(d.text.slice(c.end, c.value.sentence.end));
  return m ? foldWords(m[1]!).filter((w) => !NOT_TOPIC.has(w) && !/^\d+$/.test(w)) : [];
}

/** Whether what a denial is about ("no agreement … on the release of the remaining hostages") is named in the sentence of the deal reached (a denial naming nothing denies any deal). */
function deniesThatDeal(yes: DocFacts, a: Annotation<StatusClaimValue>, no: DocFacts, b: Annotation<StatusClaimValue>): boolean {
  const words = new Set(foldWords(yes.text.slice(a.value.sentence.start, a.value.sentence.end)));
  return topicOf(no, b).every((w) => words.has(w));
}

/**
 * A state that stays true once reached (status.json `lasting`) denied as of a later day:
 * "no agreement has been reached on the second phase" (present, as of the publication day)
 * against another report's "negotiators reached a deal on the second phase on Saturday",
 * one to `days` days before. Both claims name the same phase, or neither does, and what
 * the denial is about ("on the release of the remaining hostages") is named in the sentence
 * of the deal: a deal on a truce is not denied by "no agreement on the hostages' release".
 */
function lastingConflicts(facts: readonly DocFacts[], lex: StatusLexicon, tracks: NegotiationIndex): ExportConflict[] {
  if (lex.lasting.length === 0) return [];
  type C = { d: DocFacts; c: Annotation<StatusClaimValue>; track: string; day: number; phase: string | null };
  const claims: C[] = [];
  for (const d of facts) {
    for (const c of d.claims) {
      const v = c.value;
      if (v.modality !== 'asserted' || v.time === 'past' || v.date?.precision !== 'day') continue;
      claims.push({ d, c, track: tracks.ofSpan(d.id, v.sentence.start, v.sentence.end)?.id ?? '', day: Date.parse(v.date.value), phase: phaseOf(d, v) });
    }
  }
  const out: ExportConflict[] = [];
  for (const rule of lex.lasting) {
    const reached = new Map<string, C[]>();
    for (const yes of claims) if (yes.c.value.state === rule.state && yes.c.value.polarity === 'positive') reached.set(yes.track, [...(reached.get(yes.track) ?? []), yes]);
    for (const no of claims) {
      const v = no.c.value;
      if (v.state !== rule.state || v.polarity !== 'negative' || v.time !== 'present' || !rule.denial.test(no.c.text)) continue;
      const earlier = (reached.get(no.track) ?? []).filter((yes) => !sameReport(yes.d, no.d) && yes.phase === no.phase && yes.day < no.day && no.day - yes.day <= rule.days * DAY_MS
        && deniesThatDeal(yes.d, yes.c, no.d, no.c));
      if (earlier.length === 0) continue;
      const item = (x: C): ConflictItemOut => ({ doc: x.d.id, start: x.c.start, end: x.c.end, text: x.c.text, claim: `${describeClaim(x.c.value)} (${x.c.value.date!.value})` });
      const first = earlier[0]!;
      out.push({
        id: stableId('c', 'status', 'lasting', `${no.d.id}:${no.c.start}`, ...earlier.map((x) => `${x.d.id}:${x.c.start}`)),
        kind: 'status',
        summary: `${earlier.length} report(s) say ${describeClaim(first.c.value)} on ${first.c.value.date!.value} ("${first.c.text}") and a later one says ${describeClaim(v)} as of ${v.date!.value} ("${no.c.text}"): ${rule.reason.split(':')[0]}.`,
        items: [...earlier.map(item), item(no)],
      });
    }
  }
  return out;
}

/** The day of a day-precision value, else null. */
function dayOf(date: FactEvent['date']): string | null {
  return date?.value && /^\d{4}-\d{2}-\d{2}/.test(date.value) ? date.value.slice(0, 10) : null;
}

/** Whether two reported figures cannot both be right (a qualifier leaves room: "at least 50" and 55 agree). */
export function figuresDisagree(a: NonNullable<FactEvent['quantity']>, b: NonNullable<FactEvent['quantity']>): boolean {
  if (a.qualifier === 'fraction' || b.qualifier === 'fraction') return false;
  if (a.value === b.value) return false;
  const bound = (x: typeof a, y: typeof a): boolean | null => {
    if (x.qualifier === 'at_least') return y.qualifier === 'exact' ? y.value < x.value : false;
    if (x.qualifier === 'at_most') return y.qualifier === 'exact' ? y.value > x.value : false;
    return null;
  };
  const ab = bound(a, b) ?? bound(b, a);
  if (ab !== null) return ab;
  if (a.qualifier === 'about' || b.qualifier === 'about') return Math.abs(a.value - b.value) / Math.max(a.value, b.value) > 0.1;
  return true;
}

const DAY_MS = 86_400_000;

/** Whether two periods (stages/events `period`) are the same: an end known on both sides, each known end within a day. */
export function samePeriod(p: NonNullable<FactEvent['period']>, q: NonNullable<FactEvent['period']>): boolean {
  const day = (x: string | null): number | null => (x !== null && /^\d{4}-\d{2}-\d{2}/.test(x) ? Date.parse(x.slice(0, 10)) : null);
  const [pf, pt, qf, qt] = [day(p.from), day(p.to), day(q.from), day(q.to)];
  if (pf !== null && qf !== null && Math.abs(pf - qf) > DAY_MS) return false;
  if (pt !== null && qt !== null && Math.abs(pt - qt) > DAY_MS) return false;
  return (pf !== null && qf !== null) || (pt !== null && qt !== null);
}

/** The publication day of a document, when known to the day. */
function publishedDay(d: DocFacts): number | null {
  const v = d.published.value;
  return d.published.precision === 'day' && v && /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v.slice(0, 10)) : null;
}

/** What a count counts: its type, subtype and unit. */
function kindOf(e: FactEvent): string {
  return `${e.type}|${e.subtype ?? ''}|${e.quantity?.unit ?? ''}`;
}

/** The kind of a count, in its negotiation: what a month-dated count is set against. */
function countKind(x: { e: FactEvent; track: string }): string {
  return `${x.track}|${kindOf(x.e)}`;
}

/** A running total, not one occasion's count ("has released 583 prisoners so far"). */
const RUNNING_TOTAL = /\b(?:so far|in all|in total|to date|altogether|all told|total|cumulative|(?:has|have) (?:now |so far |already )?(?:released|freed|handed over|returned|killed))\b/i;

/**
 * The day of a count the event layer could date only to the month, from its past tense
 * ("Four soldiers were freed on Saturday, and Israel released 180 prisoners in return":
 * the clause's own day out of reach), when one occasion of the corpus fits it and no other:
 * another event of its sentence is dated to that day by a time expression; another report,
 * published within a day, has a day-dated count of the same type, subtype and unit by a
 * shared agent that day, one of the two days before publication; every day-dated count of
 * that kind in the month falls within a day of it; its own report holds no other count of
 * that kind; and its sentence is no running total ("so far", "has released").
 */
function recentDayOf(
  m: { d: DocFacts; e: FactEvent; track: string },
  dated: readonly { d: DocFacts; e: FactEvent; day: string | null; track: string }[],
): string | null {
  const pub = publishedDay(m.d);
  const month = m.e.date?.value;
  if (pub === null || !month || m.e.agents.length === 0 || m.e.period) return null;
  const k = kindOf(m.e);
  if (m.d.events.some((e) => e !== m.e && e.quantity !== null && e.modality === 'asserted' && kindOf(e) === k)) return null;
  const sentence = m.e.sentence ?? { start: m.e.evidence.start, end: m.e.evidence.end };
  if (RUNNING_TOTAL.test(m.d.text.slice(sentence.start, sentence.end))) return null;
  // the days a time expression gives the other events of its sentence ("… were freed on Saturday, and …")
  const told = new Set(m.d.events.filter((e) => e !== m.e && e.date?.basis === 'time' && e.evidence.start < sentence.end && e.evidence.end > sentence.start
    && (!e.sentence || (e.sentence.start === sentence.start && e.sentence.end === sentence.end))).map((e) => dayOf(e.date)).filter((x): x is string => x !== null));
  const sameKind = dated.filter((x) => x.day !== null && !x.e.period && x.track === m.track && kindOf(x.e) === k && x.day.startsWith(`${month}-`));
  const fits = sameKind.filter((x) => {
    const xp = publishedDay(x.d);
    const t = Date.parse(x.day!);
    return !sameReport(x.d, m.d) && told.has(x.day!) && xp !== null && Math.abs(xp - pub) <= DAY_MS && t <= pub && pub - t <= 2 * DAY_MS
      && x.e.agents.some((a) => m.e.agents.includes(a));
  });
  if (fits.length === 0) return null;
  const days = sameKind.map((x) => Date.parse(x.day!));
  if (Math.max(...days) - Math.min(...days) > DAY_MS) return null;
  return [...fits].sort((x, y) => x.day!.localeCompare(y.day!))[0]!.day;
}

/**
 * Reports of the same fact with figures that cannot both be right, only like with like:
 * - counts of one day: the same type, subtype and unit, a shared agent (or none named),
 *   dates within a day, and neither a count over a whole period;
 * - totals over a period ("during that pause, 105 hostages were freed"; "from November 24
 *   to December 1, when 110 hostages were released"): the same type, subtype and unit, and
 *   the same period (`samePeriod`). A day's count is never set against a period's total.
 * Both sides must belong to the same negotiation (corpus/negotiations).
 */
export function numericConflicts(facts: readonly DocFacts[], tracks: NegotiationIndex = findNegotiations(facts)): ExportConflict[] {
  type Item = { d: DocFacts; e: FactEvent; day: string | null; track: string };
  const events: Item[] = [];
  const monthOnly: Item[] = [];
  for (const d of facts) {
    for (const e of d.events) {
      if (e.modality !== 'asserted' || e.quantity === null || e.quantity.qualifier === 'fraction') continue;
      const day = e.period ? null : dayOf(e.date);
      if (day === null && !e.period) {
        if (e.date?.precision === 'month' && e.date.basis === 'tense') monthOnly.push({ d, e, day: null, track: tracks.ofEvent(e)?.id ?? '' });
        continue;
      }
      events.push({ d, e, day, track: tracks.ofEvent(e)?.id ?? '' });
    }
  }
  const ofKind = new Map<string, Item[]>();
  for (const x of monthOnly.length > 0 ? events : []) if (x.day !== null) ofKind.set(countKind(x), [...(ofKind.get(countKind(x)) ?? []), x]);
  for (const m of monthOnly) {
    const day = recentDayOf(m, ofKind.get(countKind(m)) ?? []);
    if (day !== null) events.push({ ...m, day });
  }
  // single-link clusters of reports of the same fact
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const same = (x: Item, y: Item): boolean => x.e.subtype === y.e.subtype
    && (x.e.period && y.e.period ? samePeriod(x.e.period, y.e.period)
      : x.day !== null && y.day !== null && Math.abs(Date.parse(x.day) - Date.parse(y.day)) <= DAY_MS
        && (x.e.agents.length === 0 || y.e.agents.length === 0 || x.e.agents.some((a) => y.e.agents.includes(a))));
  const byKind = new Map<string, number[]>();
  events.forEach((x, i) => { const k = `${x.track}|${x.e.period ? 'period' : 'day'}|${x.e.type}|${x.e.quantity!.unit ?? ''}`; byKind.set(k, [...(byKind.get(k) ?? []), i]); });
  for (const idx of byKind.values()) {
    for (let i = 0; i < idx.length; i++) for (let j = i + 1; j < idx.length; j++) if (same(events[idx[i]!]!, events[idx[j]!]!)) parent[find(idx[i]!)] = find(idx[j]!);
  }
  const clusters = new Map<number, Item[]>();
  events.forEach((x, i) => { const r = find(i); clusters.set(r, [...(clusters.get(r) ?? []), x]); });
  const out: ExportConflict[] = [];
  for (const members of clusters.values()) {
    const pairs = members.flatMap((x, i) => members.slice(i + 1).filter((y) => !sameReport(x.d, y.d) && figuresDisagree(x.e.quantity!, y.e.quantity!)).map((y) => [x, y] as const));
    if (pairs.length === 0) continue;
    const involved = [...new Set(pairs.flat())].sort((x, y) => x.d.id.localeCompare(y.d.id) || x.e.evidence.start - y.e.evidence.start);
    const first = involved[0]!;
    const unit = first.e.quantity!.unit ?? '';
    const figure = (q: NonNullable<FactEvent['quantity']>): string => `${q.qualifier === 'exact' ? '' : `${q.qualifier.replace('_', ' ')} `}${q.value}${q.unit ? ` ${q.unit}` : ''}`;
    const figures = [...new Set(involved.map((x) => figure(x.e.quantity!)))];
    const p = first.e.period;
    const when = p ? `over the period ${p.from ?? '…'} to ${p.to ?? '…'}` : `around ${first.day}`;
    const evidence = (x: Item): EvidenceSpan => {
      const s = x.e.sentence;
      return s && s.start <= x.e.evidence.start && s.end >= x.e.evidence.end ? { doc: x.d.id, start: s.start, end: s.end, text: x.d.text.slice(s.start, s.end) } : x.e.evidence;
    };
    out.push({
      id: stableId('c', 'numeric', ...involved.map((x) => `${x.d.id}:${x.e.evidence.start}`)),
      kind: 'numeric',
      summary: `Reports of the same ${first.e.type.replace(/_/g, ' ')}${unit ? ` (${unit})` : ''} ${when} give different figures: ${figures.join(' vs ')}.`,
      items: involved.map((x) => ({ ...evidence(x), claim: `${figure(x.e.quantity!)}${x.e.period ? ` (total, "${x.e.period.cue}")` : ''}` })),
    });
  }
  return out;
}

/** The same quotation given to different speakers. */
export function attributionConflicts(facts: readonly DocFacts[]): ExportConflict[] {
  // `key`: the words between spaces, so that one holding the other is a substring test
  const quotes = facts.flatMap((d) => d.quotes.filter((q) => q.speaker !== null).map((q) => ({ d, q, key: ` ${q.words.join(' ')} ` })));
  // candidates share their first eight words, or one quote holds the other's
  const byShingle = new Map<string, number[]>();
  quotes.forEach((x, i) => {
    for (let k = 0; k + ATTRIBUTION_MIN_WORDS <= x.q.words.length; k++) {
      const sh = x.q.words.slice(k, k + ATTRIBUTION_MIN_WORDS).join(' ');
      const list = byShingle.get(sh) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byShingle.set(sh, list);
    }
  });
  const seen = new Set<string>();
  const out: ExportConflict[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const x = quotes[i]!;
    const head = x.q.words.slice(0, ATTRIBUTION_MIN_WORDS).join(' ');
    for (const j of byShingle.get(head) ?? []) {
      const y = quotes[j]!;
      if (j === i || x.q.speaker === y.q.speaker || sameReport(x.d, y.d) || !(y.key.includes(x.key) || x.key.includes(y.key))) continue;
      if (sameSpeakerName(x.q.speakerName, y.q.speakerName)) continue;
      const pair = [`${x.d.id}:${x.q.evidence.start}`, `${y.d.id}:${y.q.evidence.start}`].sort().join('|');
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push({
        id: stableId('c', 'attribution', pair),
        kind: 'attribution',
        summary: `The same quotation ("${x.q.evidence.text.slice(0, 80)}${x.q.evidence.text.length > 80 ? '…' : ''}") is given to ${x.q.speakerName ?? 'one speaker'} and to ${y.q.speakerName ?? 'another'}.`,
        items: [x, y].map((z) => ({ ...z.q.evidence, claim: `said by ${z.q.speakerName ?? 'an unresolved speaker'}` })),
      });
    }
  }
  return out;
}

/** A surname alone and the full name that contains it are one speaker ("Miller", "Matthew Miller"). */
function sameSpeakerName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = foldWords(a);
  const wb = foldWords(b);
  return (wa.length === 1 && wb.includes(wa[0]!)) || (wb.length === 1 && wa.includes(wb[0]!));
}

/** Every conflict of the corpus, document conflicts first, then status, numeric and attribution. */
export function findConflicts(facts: readonly DocFacts[], lex: StatusLexicon, tracks: NegotiationIndex = findNegotiations(facts)): ExportConflict[] {
  return [...documentConflicts(facts), ...statusConflicts(facts, lex, tracks), ...numericConflicts(facts, tracks), ...attributionConflicts(facts)];
}
