/**
 * @module stages/events/09-coreference — the last refiner: one event per report inside a document.
 *
 * 0. One trigger with a gapped conjunct ("hold talks in Cairo on Tuesday and in Doha on
 *    Thursday") is two events (`splitGappedConjuncts`, run before the rest).
 * 1. Two triggers of one type and modality in one sentence that do not disagree (agents,
 *    quantity, subtype, date, place) are one event: "Hamas released 24 hostages, the first
 *    releases under the deal". The first keeps what the second adds. A verb in another
 *    clause is its own event ("…, a day after the council adopted a resolution endorsing
 *    the plan" is not Hamas's response). The talks a meeting is held for are that meeting,
 *    in whatever mood the noun was read ("Delegations met in Doha on Monday for a second day
 *    of talks on a truce in Gaza", "will meet in Cairo on Tuesday for further talks":
 *    `purposeOf`).
 * 2. A noun trigger with a definite determiner ("the proposal", "its response", "the
 *    talks") and no date or count of its own refers back to the latest earlier event of
 *    its type in the document (same modality, except for proposals, talks, visits and
 *    agreements, which are named in many moods): `antecedent` points at that trigger and
 *    the corpus merge joins them. So does a verb whose object is "them" with no count of its
 *    own ("The group would release them"): it takes the count of the latest counted event of its
 *    type in its sentence or the two before.
 * 3. A headline restates the lead: the first event of the body of the type and modality
 *    of an event in the headline (a first paragraph of one sentence with no final stop,
 *    followed by more text), agreeing with it, refers back to it ("Russia and Ukraine
 *    sign grain deal" / "Russia and Ukraine signed separate agreements … on Friday"): one
 *    event, dated by the body's sentence.
 */
import type { ClauseCache } from './03-clauses.js';
import type { Candidate, EventType } from './types.js';
import type { EventView, TimeAt } from './view.js';

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'such', "'s", "'"]);
/** Words that open a relative clause. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whose']);
const ANY_MOOD: ReadonlySet<EventType> = new Set(['proposal', 'talks', 'visit', 'agreement']);

const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));

/** Date bases read from the event's own words or from another event's (not the publication's). */
const OWN_DATE: ReadonlySet<string> = new Set(['time', 'anaphora']);

/** Whether two dates of their own name different times ("to meet Trump" on the trip's Sunday, "talks … next week"): neither holds the other. */
function datesDiffer(a: Candidate, b: Candidate): boolean {
  const x = a.date.value;
  const y = b.date.value;
  if (x === null || y === null || !OWN_DATE.has(a.date.basis) || !OWN_DATE.has(b.date.basis)) return false;
  if (a.date.basis === 'time' && b.date.basis === 'time') return x !== y;
  return !x.startsWith(y) && !y.startsWith(x);
}

function agree(a: Candidate, b: Candidate): boolean {
  return overlaps(a.agent, b.agent)
    && (a.quantity === null || b.quantity === null || a.quantity.value === b.quantity.value)
    && (a.subtype === null || b.subtype === null || a.subtype === b.subtype)
    && !datesDiffer(a, b);
}

/** Words that name what a meeting is held for ("met … for a second day of talks"). */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['for']);

/** Tokens a meeting verb and the talks noun it is held for may stand apart. */
const PURPOSE_REACH = 14;

/**
 * The talks verb kept before `c` (a talks noun of its sentence) that `c` names the purpose of:
 * "met in Doha on Monday for a second day of talks", no other trigger and no stop between,
 * and a purpose word ("for") after the verb. Its date, place and mood are the verb's.
 */
function purposeOf(view: EventView, c: Candidate, kept: readonly Candidate[] | undefined, heads: readonly Candidate[], sameClause: (a: Candidate, b: Candidate) => boolean): Candidate | undefined {
  if (c.type !== 'talks' || c.pos !== 'noun' || kept === undefined) return undefined;
  for (let j = kept.length - 1; j >= 0; j--) {
    const k = kept[j]!;
    if (k.type !== 'talks' || k.pos !== 'verb' || k.last >= c.first || c.first - k.last > PURPOSE_REACH || !sameClause(k, c)) continue;
    if (heads.some((x) => x.head > k.last && x.head < c.first)) return undefined;
    let purpose = false;
    for (let t = k.last + 1; t < c.first; t++) {
      const w = view.words[t]!;
      if (w === '.' || w === ';' || w === ':' || w === '—' || w === '–') return undefined;
      if (PURPOSE_WORDS.has(w)) purpose = true;
    }
    if (purpose && overlaps(k.agent, c.agent)) return k;
    return undefined;
  }
  return undefined;
}

/** Whether two events of one sentence are told in different places ("in Cairo on Tuesday, and … in Doha"). */
const placesDiffer = (a: Candidate, b: Candidate): boolean => a.location !== null && b.location !== null && a.location !== b.location;

/** Whether a determiner or possessive comes right before the noun at `first` (over at most two modifiers). */
function definite(view: EventView, first: number, floor: number): boolean {
  for (let k = first - 1; k >= Math.max(floor, first - 3); k--) {
    if (DEFINITE.has(view.words[k]!)) return true;
    if (view.kinds[k] !== 'word') return false;
  }
  return false;
}

const POSSESSIVE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', "'s", "'"]);

/** Whether a possessive ("its", "Hamas's") comes right before the noun at `first` (over at most two modifiers): the noun names its own actor. */
function possessed(view: EventView, first: number, floor: number): boolean {
  for (let k = first - 1; k >= Math.max(floor, first - 3); k--) {
    if (POSSESSIVE.has(view.words[k]!)) return true;
    if (view.kinds[k] !== 'word' && view.words[k] !== "'") return false;
  }
  return false;
}

/**
 * The agents a definite noun names itself: its possessor ("Israel's response", "its response"), none otherwise.
 * The subject or object of the clause around "the talks" ("accused Netanyahu of obstructing the talks",
 * "said the prime minister was sabotaging the talks") acts on the talks; it did not hold them.
 */
function ownAgents(view: EventView, c: Candidate): string[] {
  return possessed(view, c.first, view.sentences[c.sentence]!.first) ? c.agent : [];
}

/**
 * The latest of `earlier` (events of the type of `c`, in text order) that the definite noun `c` refers back to, if `c` is one:
 * in an earlier sentence, or earlier in a clause of its own ("Kyiv had proposed an exchange, but Moscow had not accepted the proposal").
 */
function antecedentOf(view: EventView, c: Candidate, earlier: readonly Candidate[], sameClause: (a: Candidate, b: Candidate) => boolean): Candidate | undefined {
  if (c.pos !== 'noun' || c.date.basis === 'time' || c.quantity !== null) return undefined;
  if (!definite(view, c.first, view.sentences[c.sentence]!.first)) return undefined;
  const own = ownAgents(view, c);
  for (let j = earlier.length - 1; j >= 0; j--) {
    const a = earlier[j]!;
    if (a.sentence === c.sentence && (a.last >= c.first || sameClause(a, c))) continue;
    if (!ANY_MOOD.has(c.type) && a.modality !== c.modality) continue;
    if (a.subtype !== null && c.subtype !== null && a.subtype !== c.subtype) continue;
    if (!overlaps(a.agent, own)) continue;
    return a;
  }
  return undefined;
}

/** Object pronouns that stand for the people or things an earlier event counted ("would release them"). */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['them']);

/** Sentences back a pronoun object looks for the count it stands for. */
const PRONOUN_LOOKBACK = 2;

/**
 * "Hamas has offered to free about 50 hostages … The group would release them in exchange for …":
 * a verb whose object is "them", with no count of its own, repeats the latest earlier event of its
 * type with a count in its sentence or the two before (in the same or another mood than "asserted":
 * a done act is not an offered one). It takes that count, subtype and targets.
 */
function pronounAntecedent(view: EventView, c: Candidate, earlier: readonly Candidate[]): Candidate | undefined {
  if (c.pos !== 'verb' || c.quantity !== null || !PRONOUN_OBJECTS.has(view.words[c.last + 1] ?? '')) return undefined;
  for (let j = earlier.length - 1; j >= 0; j--) {
    const a = earlier[j]!;
    if (a.sentence < c.sentence - PRONOUN_LOOKBACK) return undefined;
    if (a.quantity === null || a.last >= c.first) continue;
    if ((a.modality === 'asserted') !== (c.modality === 'asserted')) continue;
    if (!overlaps(a.agent, c.agent)) continue;
    return a;
  }
  return undefined;
}

/** Whether two events may be one report of the same thing: same type and modality, nothing disagreeing. */
function restates(h: Candidate, c: Candidate): boolean {
  return h.type === c.type && h.modality === c.modality && agree(h, c) && overlaps(h.target, c.target)
    && (h.location === null || c.location === null || h.location === c.location);
}

/** Links the first body event restating each headline event to it (pass 3). */
function linkHeadline(view: EventView, kept: readonly Candidate[], log?: (line: string) => void): void {
  const head = view.headline();
  if (head < 0) return;
  const open = kept.filter((c) => c.sentence === head);
  for (const c of kept) {
    if (open.length === 0) return;
    if (c.sentence === head || c.antecedent !== null) continue;
    const i = open.findIndex((h) => restates(h, c));
    if (i < 0) continue;
    const h = open[i]!;
    open.splice(i, 1);
    c.antecedent = { start: view.starts[h.first]!, end: view.ends[h.last]! };
    log?.(`headline: "${view.text.slice(view.starts[c.first]!, view.ends[c.last]!)}" restates "${view.text.slice(c.antecedent.start, c.antecedent.end)}"`);
  }
}

/** Words that may open or join a gapped conjunct's place and time ("and in Doha on Thursday"). */
const GAP_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'the', 'next', 'this', 'coming']);

/**
 * Pass 0, the other way round: one trigger, two events. "Negotiators will hold talks in Cairo on
 * Tuesday and in Doha on Thursday": a conjunct after "and" made only of a preposition, a place and a
 * time (no verb, no trigger), ending its clause, repeats the event elsewhere and at another time;
 * so does a bare place with a time of its own ("the rebels seized Goma in January and Bukavu in
 * February"). The copy's trigger is the conjunct's words; it keeps the event's type, modality and actors.
 */
export function splitGappedConjuncts(view: EventView, candidates: Candidate[], clauses: ClauseCache, log?: (line: string) => void): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    if (c.location === null && c.date.basis !== 'time') continue;
    const clause = clauses.clause(c.sentence, c.head);
    for (let k = c.last + 1; k < clause.last; k++) {
      // "seized Goma in January and Bukavu in February": a bare place may open the conjunct when it has a time of its own
      const bare = view.words[k] === 'and' && view.mentionAt[k + 1]?.value.type === 'place';
      if (view.words[k] !== 'and' || (!bare && !GAP_PREPOSITIONS.has(view.words[k + 1]!)) || view.words[k + 1] === 'the') continue;
      let end = k + 1;
      let place: string | null = null;
      let time: TimeAt | null = null;
      let ok = true;
      for (let j = k + 1; j <= clause.last && ok; j++) {
        const m = view.mentionAt[j];
        if (view.inTime[j] === 1) {
          const t = view.times.find((x) => x.first <= j && x.last >= j) ?? null;
          if (t !== null && time !== null && t !== time) ok = false;
          time = t;
        } else if (m !== null && m.value.type === 'place') {
          if (place !== null && place !== m.value.key) ok = false;
          place = m.value.key;
        } else if (view.kinds[j] !== 'word' && j > k + 1) break;
        else if (!GAP_PREPOSITIONS.has(view.words[j]!)) ok = false;
        if (ok) end = j;
      }
      if (!ok || place === null || (end < clause.last && view.kinds[end + 1] === 'word') || candidates.some((x) => x.sentence === c.sentence && x.head > c.last && x.head <= end)) break;
      const v = time?.ann.value;
      const dated = v !== undefined && v.value !== null && v.type === 'date' && c.date.span !== null && c.date.span.start !== time!.ann.start;
      if ((place === c.location || bare) && !dated) break;
      const copy: Candidate = {
        ...c, rule: `${c.rule}/gapped`, first: k + 1, last: end, head: k + 1, location: place,
        agent: [...c.agent], target: [...c.target], mediator: [...c.mediator],
        date: dated ? { value: v!.value, precision: v!.precision, basis: 'time', span: { start: time!.ann.start, end: time!.ann.end } } : c.date,
      };
      out.push(copy);
      log?.(`gapped conjunct: "${view.text.slice(view.starts[k + 1]!, view.ends[end]!)}" repeats ${c.rule}`);
      break;
    }
  }
  return out;
}

/** Merges same-sentence duplicates and links definite mentions to their antecedents. */
export function refineCoreference(view: EventView, candidates: readonly Candidate[], log?: (line: string) => void, clauses?: ClauseCache): Candidate[] {
  const kept: Candidate[] = [];
  // duplicates share a sentence, antecedents a type: a long document has thousands of events to look through
  const keptIn = new Map<number, Candidate[]>();
  // a verb in another clause is a new predication with its own subject ("Hamas delivered its response,
  // a day after the council adopted a resolution endorsing the plan"), not a re-mention
  const sameClause = (a: Candidate, b: Candidate): boolean => clauses === undefined || clauses.clause(a.sentence, a.head).first === clauses.clause(b.sentence, b.head).first;
  // "Hezbollah fired two mortar rounds …, and Israel responded with strikes that killed …": a noun past another
  // trigger in a clause of its own belongs to that clause's predication, not to the first event
  const inSentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = inSentence.get(c.sentence);
    if (list) list.push(c);
    else inSentence.set(c.sentence, [c]);
  }
  const pastOther = (k: Candidate, c: Candidate): boolean => !sameClause(k, c) && inSentence.get(c.sentence)!.some((x) => x.head > k.last && x.head < c.first);
  // "The plan, which builds on the framework Biden outlined": the relative clause says what the plan is
  // measured against; a noun inside it, after the noun it describes, is another thing
  const inRelative = (k: Candidate, c: Candidate): boolean => {
    if (clauses === undefined || sameClause(k, c) || c.first < k.last) return false;
    const first = clauses.clause(c.sentence, c.head).first;
    return first > k.last && RELATIVES.has(view.words[first]!);
  };
  for (const c of candidates) {
    const meeting = purposeOf(view, c, keptIn.get(c.sentence), inSentence.get(c.sentence)!, sameClause);
    if (meeting) {
      // (never a side in both roles: "Ukraine received 150 released prisoners", the participle's subject reading joining the recipient's)
      if (meeting.agent.length === 0) meeting.agent = c.agent.filter((k) => !meeting.target.includes(k));
      if (meeting.target.length === 0) meeting.target = c.target.filter((k) => !meeting.agent.includes(k));
      for (const m of c.mediator) if (!meeting.mediator.includes(m)) meeting.mediator.push(m);
      log?.(`same event: ${c.rule} "${view.text.slice(view.starts[c.first]!, view.ends[c.last]!)}" is what ${meeting.rule} was held for`);
      continue;
    }
    const dup = keptIn.get(c.sentence)?.find((k) => k.type === c.type && k.modality === c.modality && agree(k, c) && !placesDiffer(k, c) && (c.pos === 'noun' ? !pastOther(k, c) && !inRelative(k, c) : sameClause(k, c)));
    if (dup) {
      if (dup.agent.length === 0) dup.agent = c.agent.filter((k) => !dup.target.includes(k));
      if (dup.target.length === 0) dup.target = c.target.filter((k) => !dup.agent.includes(k));
      if (dup.quantity === null) dup.quantity = c.quantity;
      if (dup.location === null) dup.location = c.location;
      if (dup.subtype === null) dup.subtype = c.subtype;
      if (dup.date.basis !== 'time' && c.date.basis === 'time') dup.date = c.date;
      log?.(`same event: ${c.rule} "${view.text.slice(view.starts[c.first]!, view.ends[c.last]!)}" joins ${dup.rule}`);
      continue;
    }
    kept.push(c);
    const same = keptIn.get(c.sentence);
    if (same) same.push(c);
    else keptIn.set(c.sentence, [c]);
  }
  const earlierOfType = new Map<EventType, Candidate[]>();
  for (const c of kept) {
    let earlier = earlierOfType.get(c.type);
    if (earlier === undefined) {
      earlier = [];
      earlierOfType.set(c.type, earlier);
    }
    const definiteA = antecedentOf(view, c, earlier, sameClause);
    const pronounA = definiteA === undefined ? pronounAntecedent(view, c, earlier) : undefined;
    const a = definiteA ?? pronounA;
    earlier.push(c);
    if (a === undefined) continue;
    if (pronounA !== undefined && pronounA.quantity !== null) {
      c.quantity = pronounA.quantity;
      c.subtype ??= pronounA.subtype;
      if (c.target.length === 0) c.target = [...pronounA.target];
    }
    // a re-mention brings no actors of its clause to the report it names ("accused Netanyahu of obstructing the talks")
    if (definiteA !== undefined) c.agent = ownAgents(view, c);
    c.antecedent = { start: view.starts[a.first]!, end: view.ends[a.last]! };
    log?.(`antecedent: "${view.text.slice(view.starts[c.first]!, view.ends[c.last]!)}" refers to "${view.text.slice(c.antecedent.start, c.antecedent.end)}"`);
  }
  linkHeadline(view, kept, log);
  return kept;
}
