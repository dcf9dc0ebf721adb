/**
 * @module corpus/negotiations — which negotiation each document, event and claim belongs to.
 *
 * A corpus mixes negotiations (a truce between Israel and Hamas, the grain deal between
 * Russia and Ukraine, a port strike between a union and the operators). Status, proposals
 * and conflicts are only meaningful inside one of them, so the corpus views first group
 * the documents into negotiation *tracks* by the parties involved. Data-driven, no party
 * is named in the code:
 * 1. **roles** — over the corpus (duplicates left out), how often each entity is an agent or
 *    target of an event other than talks and visits (a party slot: mediators meet and
 *    travel too), a mediator, or the place of an event. Persons and
 *    cited outlets never define a track; an entity named as a mediator at least as often
 *    as a party (Qatar, the U.N.) is a mediator; a place that is more often where events
 *    happen than a party (Gaza, Jeddah, Istanbul) is a venue; a place that is no country
 *    and never a party is scenery. What remains is *eligible* to be a party.
 * 2. **profiles** — a document's weight for each eligible entity: its mentions plus
 *    `PARTY_SLOT_WEIGHT` per party slot, times the entity's inverse document frequency
 *    (an entity named in most documents, like a superpower, tells tracks apart least).
 * 3. **tracks** — documents in arrival order join the track whose summed profile is most
 *    similar (cosine, at least `JOIN_SIMILARITY`) among the tracks that share one of their
 *    strongest entities, else start a new track; a duplicate joins its original's track.
 *    A document with no eligible entity joins none: it cannot say which talks it is about.
 * 4. **parties** — a track's parties are its entities ranked by weight × the share of the
 *    entity's corpus weight that falls in this track (an entity spread over several tracks
 *    is a third party), those within `PARTY_SHARE` of the best, at most `MAX_PARTIES`.
 *    An organ of a country's state (its army, a ministry: the knowledge base's `stateBody`)
 *    acts for that country: it is no party beside it ("Israel Defense Forces – Israel").
 * 4b. the parties named are those with a party slot somewhere in the corpus; a lone one is
 *    completed by the strongest entity named in the sentence of an event ("Sudan's army
 *    and the RSF signed an agreement"); with none, the strongest entities.
 * 5. **spans** — an event or claim normally belongs to its document's track; when its own
 *    actors or the entities named in its sentence belong more to another track, it goes
 *    there; a sentence that pairs two parties explicitly ("a ceasefire between Israel and
 *    Hezbollah" in an article on Gaza) belongs to the track of that pair, created as a side
 *    negotiation (no documents of its own) when no track has both.
 * Ids are stable for the same parties: `stableId('n', sorted party ids)`.
 * Cost: one pass over the mentions and events, O(documents × candidate tracks) to cluster.
 */
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { countryNames, foldPlace, worldPlaces } from '../kb/places.js';
import { stableId } from '../util/hash.js';
import type { DocFacts, FactEvent, FactMention } from './conflicts.js';
import { firstWhere } from '../util/span-index.js';

/** One negotiation track (EXPORT.md `status[].negotiation`, added field). */
export interface Negotiation {
  readonly id: string;
  /** The parties' names, joined by " – ". */
  readonly label: string;
  /** Entity ids of the parties, strongest first. */
  readonly parties: readonly string[];
  /** The parties' names, in the same order. */
  readonly partyNames: readonly string[];
  /** How many documents (duplicates included) belong to it. */
  readonly documents: number;
}

/** The reference the export writes on each status span, proposal and conflict. */
export interface NegotiationRef {
  readonly id: string;
  readonly label: string;
  readonly parties: readonly string[];
}

/** The tracks of a corpus and the lookups the views use. */
export interface NegotiationIndex {
  /** Every track, the one with most documents first, then the side negotiations spans met so far. */
  readonly negotiations: readonly Negotiation[];
  /** The track of a document, or null when it names no eligible party. */
  ofDocument(doc: string): Negotiation | null;
  /** The track of a span of a document (an event's or claim's sentence), given its actors. */
  ofSpan(doc: string, start: number, end: number, actors?: readonly string[]): Negotiation | null;
  /** The track of an event of a document. */
  ofEvent(e: FactEvent): Negotiation | null;
}

/** Weight of one party slot (agent or target of an event) against one mention. */
export const PARTY_SLOT_WEIGHT = 2;
/** Least cosine similarity for a document to join a track. */
export const JOIN_SIMILARITY = 0.3;
/** A party's score must be at least this share of the best party's. */
export const PARTY_SHARE = 0.35;

/** Most parties a track names. */
export const MAX_PARTIES = 3;

/** The folded owner of a body named with a possessive ("Israel's cabinet" → israel), or null. */
function ownerOf(name: string | undefined): string | null {
  const m = name === undefined ? null : /^(.+?)['’]s?\s+\S/u.exec(name);
  return m === null ? null : foldPlace(m[1]!);
}

/** Whether a body's owner (`ownerOf`) is among the folded names of a track's other candidates. */
function ownedByNamed(owner: string | null, named: ReadonlySet<string>): boolean {
  return owner !== null && owner !== '' && named.has(owner);
}

/** How many of a document's strongest entities look up candidate tracks. */
const LOOKUP_ENTITIES = 6;
/**
 * The agents and targets of an event that fill a party slot: one who is also the event's mediator
 * ("Egyptian and Qatari mediators have proposed a new truce": Egypt proposes as a mediator) fills none.
 */
function partySlots(e: FactEvent): Set<string> {
  const out = new Set([...e.agents, ...(e.targets ?? [])]);
  for (const id of e.mediators ?? []) out.delete(id);
  return out;
}

/** Event types whose actors may as well be mediators (meetings, trips): they do not make a party. */
const MEDIATOR_WORK: ReadonlySet<string> = new Set(['talks', 'visit']);
/** Bonus of the document's own track when a span's entities are weighed. */
const HOME_BONUS = 0.5;

/** The distinct entities of mentions (sorted by start) inside `[start, end)`. */
function entitiesIn(ms: readonly FactMention[], start: number, end: number): Set<string> {
  const lo = firstWhere(ms.length, (i) => ms[i]!.start >= start);
  const out = new Set<string>();
  for (let i = lo; i < ms.length && ms[i]!.start < end; i++) out.add(ms[i]!.entity);
  return out;
}

/** The export's reference to a track. */
export function negotiationRef(n: Negotiation | null): NegotiationRef | null {
  return n === null ? null : { id: n.id, label: n.label, parties: n.parties };
}

let countries: ReadonlySet<string> | null = null;
function isCountry(name: string): boolean {
  countries ??= new Set(worldPlaces().filter((p) => p.kind === 'country').flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  return countries.has(name.toLowerCase());
}

/** The knowledge bases read so far, by their folders (the built-in one under the empty list). */
const kbs = new Map<string, KnowledgeBase>();

/** The knowledge base of a run: the built-in one and the user's folders (`config.kbDirs`, CONVENTIONS §9). */
function knowledgeBase(kbDirs: readonly string[]): KnowledgeBase {
  const key = kbDirs.join('\u0000');
  let kb = kbs.get(key);
  if (kb === undefined) {
    kb = loadKnowledgeBase(undefined, kbDirs);
    kbs.set(key, kb);
  }
  return kb;
}

/**
 * The folded names of the country a state body belongs to (`stateBody` in the run's knowledge
 * base: "israel-defense-forces" → Israel's names), or null for any other entity.
 */
function stateOf(kb: KnowledgeBase, kbKey: string | null | undefined): readonly string[] | null {
  if (!kbKey) return null;
  const e = kb.byKey(kbKey);
  return e?.stateBody === true && e.country !== undefined ? countryNames(e.country) : null;
}

interface Roles { party: number; mediator: number; venue: number; near: number; type: string; name: string; outlet: boolean; kb: string | null }

interface Track {
  readonly index: number;
  readonly docs: string[];
  /** Summed weighted profile (for similarity) and raw weights (for parties). */
  readonly centroid: Map<string, number>;
  readonly raw: Map<string, number>;
  norm2: number;
}

const bump = (m: Map<string, number>, k: string, by = 1): void => { m.set(k, (m.get(k) ?? 0) + by); };

/**
 * Groups the documents of a corpus into negotiation tracks. `kbDirs` are the run's extra
 * knowledge-base folders (`config.kbDirs`): a state body a user's entry names is no party beside
 * its country either.
 */
export function findNegotiations(facts: readonly DocFacts[], kbDirs: readonly string[] = []): NegotiationIndex {
  const kb = knowledgeBase(kbDirs);
  const originals = facts.filter((d) => d.duplicateOf === null);
  // 1. roles
  const roles = new Map<string, Roles>();
  const role = (id: string, type: string, name: string, key: string, kbKey: string | null): Roles => {
    let r = roles.get(id);
    if (!r) { r = { party: 0, mediator: 0, venue: 0, near: 0, type, name, outlet: key.startsWith('outlet:'), kb: kbKey }; roles.set(id, r); }
    return r;
  };
  const known = (id: string): Roles | undefined => roles.get(id);
  for (const d of originals) for (const m of d.mentions ?? []) role(m.entity, m.type, m.name, m.key, m.kb ?? null);
  for (const d of originals) {
    for (const e of d.events) {
      // meeting and travelling is what mediators do too: only the other types make a party
      if (!MEDIATOR_WORK.has(e.type)) for (const id of partySlots(e)) { const r = known(id); if (r) r.party++; }
      for (const id of e.mediators ?? []) { const r = known(id); if (r) r.mediator++; }
      if (e.location) { const r = known(e.location); if (r) r.venue++; }
      // named in the sentence of such an event ("Sudan's army and the RSF signed an agreement")
      if (!MEDIATOR_WORK.has(e.type) && e.sentence) for (const id of entitiesIn(d.mentions ?? [], e.sentence.start, e.sentence.end)) { const r = known(id); if (r) r.near++; }
    }
  }
  const eligible = (id: string): boolean => {
    const r = roles.get(id);
    if (!r || r.type === 'person' || r.outlet) return false;
    if (r.mediator > 0 && r.mediator >= r.party) return false;
    if (r.type === 'place' && (r.venue > r.party || (r.party === 0 && !isCountry(r.name)))) return false;
    return true;
  };
  // 2. profiles
  const raw = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const d of originals) {
    const p = new Map<string, number>();
    for (const m of d.mentions ?? []) if (eligible(m.entity)) bump(p, m.entity);
    for (const e of d.events) for (const id of partySlots(e)) if (eligible(id)) bump(p, id, PARTY_SLOT_WEIGHT);
    raw.set(d.id, p);
    for (const id of p.keys()) bump(df, id);
  }
  const n = originals.length;
  const idf = (id: string): number => Math.log(1 + n / (df.get(id) ?? 1));
  // 3. tracks
  const tracks: Track[] = [];
  const byEntity = new Map<string, Set<Track>>();
  const trackOf = new Map<string, Track | null>();
  for (const d of facts) {
    if (d.duplicateOf !== null) {
      const t = trackOf.get(d.duplicateOf) ?? null;
      trackOf.set(d.id, t);
      t?.docs.push(d.id);
      continue;
    }
    const p = raw.get(d.id)!;
    if (p.size === 0) { trackOf.set(d.id, null); continue; }
    const v = new Map<string, number>();
    let vn = 0;
    for (const [id, w] of p) { const x = w * idf(id); v.set(id, x); vn += x * x; }
    const strongest = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, LOOKUP_ENTITIES);
    let best: Track | null = null;
    let bestSim = JOIN_SIMILARITY;
    const seen = new Set<Track>();
    for (const [id] of strongest) {
      for (const t of byEntity.get(id) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        let dot = 0;
        for (const [k, x] of v) dot += x * (t.centroid.get(k) ?? 0);
        const sim = dot / Math.sqrt(vn * t.norm2);
        if (sim > bestSim || (sim === bestSim && best !== null && t.index < best.index)) { best = t; bestSim = sim; }
      }
    }
    const t: Track = best ?? { index: tracks.length, docs: [], centroid: new Map(), raw: new Map(), norm2: 0 };
    if (!best) tracks.push(t);
    t.docs.push(d.id);
    for (const [k, x] of v) {
      const old = t.centroid.get(k) ?? 0;
      t.centroid.set(k, old + x);
      t.norm2 += (old + x) * (old + x) - old * old;
      bump(t.raw, k, p.get(k)!);
    }
    for (const [id] of strongest) {
      let set = byEntity.get(id);
      if (!set) { set = new Set(); byEntity.set(id, set); }
      set.add(t);
    }
    trackOf.set(d.id, t);
  }
  // 4. parties: entities that act in some event (or are countries) first; mention-only ones when none does
  const total = new Map<string, number>();
  for (const t of tracks) for (const [k, w] of t.raw) bump(total, k, w);
  const share = (t: Track, id: string): number => (t.raw.get(id) ?? 0) / (total.get(id) ?? 1);
  const acts = (id: string): boolean => (roles.get(id)?.party ?? 0) > 0;
  const negotiation = new Map<Track, Negotiation>();
  const make = (parties: string[], documents: number): Negotiation => {
    const partyNames = parties.map((id) => roles.get(id)?.name ?? id);
    return { id: stableId('n', ...[...parties].sort()), label: partyNames.join(' – '), parties, partyNames, documents };
  };
  for (const t of tracks) {
    const all = [...t.raw.entries()].map(([id, w]) => [id, w * share(t, id)] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const top = all[0]?.[1] ?? 0;
    const candidates = all.filter(([, sc]) => sc >= top * PARTY_SHARE);
    // a state body beside its own country is that country acting ("the Israel Defense Forces struck …" in a report on Israel)
    const named = new Set(candidates.map(([id]) => foldPlace(roles.get(id)?.name ?? '')));
    // (and so is a body the text names as a party's own: "Israel's cabinet would vote on the deal")
    const strong = candidates.filter(([id]) => !(stateOf(kb, roles.get(id)?.kb)?.some((n) => named.has(n)) ?? false) && !ownedByNamed(ownerOf(roles.get(id)?.name), named));
    const acting = strong.filter(([id]) => acts(id));
    // a side that acts in no event the stage read but is named where things happen ("Sudan's army and the RSF signed") completes a pair
    const near = strong.filter(([id]) => !acts(id) && (roles.get(id)?.near ?? 0) > 0);
    const chosen = acting.length === 0 ? strong : acting.length === 1 ? [...acting, ...near.slice(0, 1)] : acting;
    // a state body whose country the track names, even too weakly to be a candidate, is that country
    // ("Hezbollah – Israel Defense Forces" in a store where Israel weighs most in other tracks)
    const inTrack = new Map<string, string>();
    for (const id of t.raw.keys()) inTrack.set(foldPlace(roles.get(id)?.name ?? ''), id);
    // (not in a civil war: "the Sudanese Armed Forces" stay beside the RSF, whose country is Sudan too)
    const first = chosen.slice(0, MAX_PARTIES);
    const countryOfParty = (id: string): string | undefined => { const c = kb.byKey(roles.get(id)?.kb ?? '')?.country; return c === undefined ? undefined : foldPlace(c); };
    const parties: string[] = [];
    for (const [id] of first) {
      // a body the text names as a country's own ("Israel's security cabinet") counts as that country's state body
      const owner = ownerOf(roles.get(id)?.name);
      const names = stateOf(kb, roles.get(id)?.kb) ?? (owner !== null && owner !== '' ? [owner] : null);
      const civil = names !== null && first.some(([other]) => other !== id && names.includes(countryOfParty(other) ?? ''));
      const country = civil ? undefined : names?.map((n) => inTrack.get(n)).find((x) => x !== undefined);
      const party = country ?? id;
      if (!parties.includes(party)) parties.push(party);
    }
    negotiation.set(t, make(parties, t.docs.length));
  }
  // side negotiations a sentence names ("a ceasefire between Israel and Hezbollah"), created when first met
  const side = new Map<string, Negotiation>();
  // per entity, the tracks it weighs in, for spans
  const tracksOfEntity = new Map<string, Track[]>();
  for (const t of tracks) for (const k of t.raw.keys()) { const l = tracksOfEntity.get(k); if (l) l.push(t); else tracksOfEntity.set(k, [t]); }
  const mentionsOf = new Map(facts.map((d) => [d.id, d.mentions ?? []]));
  const textOf = new Map(facts.map((d) => [d.id, d.text]));

  const ofDocument = (doc: string): Negotiation | null => { const t = trackOf.get(doc); return t ? negotiation.get(t)! : null; };
  const ofSpan = (doc: string, start: number, end: number, actors: readonly string[] = []): Negotiation | null => {
    const home = trackOf.get(doc) ?? null;
    const named = new Set(actors.filter(eligible));
    const ms = mentionsOf.get(doc) ?? [];
    const lo = firstWhere(ms.length, (i) => ms[i]!.start >= start);
    let first = -1;
    for (let i = lo; i < ms.length && ms[i]!.start < end; i++) {
      if (!eligible(ms[i]!.entity)) continue;
      named.add(ms[i]!.entity);
      if (first < 0) first = i;
    }
    if (named.size === 0) return home ? negotiation.get(home)! : null;
    const pair = first < 0 ? null : betweenPair(doc, ms, first, end);
    if (pair) {
      const known = tracks.find((t) => pair.every((id) => negotiation.get(t)!.parties.includes(id)));
      if (known) return negotiation.get(known)!;
      const key = [...pair].sort().join('|');
      let n = side.get(key);
      if (!n) { n = make(pair, 0); side.set(key, n); }
      return n;
    }
    const score = new Map<Track, number>();
    for (const id of named) for (const t of tracksOfEntity.get(id) ?? []) score.set(t, (score.get(t) ?? 0) + share(t, id));
    let best = home;
    let bestScore = home ? (score.get(home) ?? 0) + HOME_BONUS : 0;
    for (const [t, sc] of score) if (sc > bestScore) { best = t; bestScore = sc; }
    return best ? negotiation.get(best)! : null;
  };
  /** "between X and Y": the two eligible entities a sentence pairs explicitly, from mention `i` on. */
  const betweenPair = (doc: string, ms: readonly FactMention[], i: number, end: number): [string, string] | null => {
    const text = textOf.get(doc) ?? '';
    for (; i < ms.length && ms[i]!.start < end; i++) {
      const x = ms[i]!;
      if (!eligible(x.entity) || !/\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 12), x.start))) continue;
      const y = ms.slice(i + 1).find((m) => m.start < end && eligible(m.entity) && m.entity !== x.entity);
      if (y && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) return [x.entity, y.entity];
    }
    return null;
  };
  const ofEvent = (e: FactEvent): Negotiation | null => {
    const s = e.sentence ?? e.evidence;
    return ofSpan(e.evidence.doc, s.start, s.end, [...e.agents, ...(e.targets ?? [])]);
  };
  const main = [...negotiation.values()].sort((a, b) => b.documents - a.documents || a.label.localeCompare(b.label));
  return {
    get negotiations() { return [...main, ...side.values()]; },
    ofDocument,
    ofSpan,
    ofEvent,
  };
}
