/**
 * @module stages/events/05-arguments — who did it, to whom, with whose mediation, where.
 *
 * Arguments are cluster keys of the `mention` layer, read from the trigger's clause:
 * - mediators first: the mentions after a mediation cue ("mediated by Qatar, Egypt and the
 *   US", "mediators from Qatar"), before a mediator noun ("Qatar, serving as a mediator"),
 *   compounds ("Qatar-brokered") and demonyms before a mediator noun ("Egyptian and Qatari
 *   mediators"); they are never agent or target as well;
 * - agent: the mentions after "by" (and "from" for proposals, responses, demands and
 *   warnings); for a noun trigger a possessive or demonym right before it ("Hamas'
 *   response", "Israeli strike"); for a verb, for a noun after a light verb ("Israel
 *   presented a proposal") and for talks and visits, the nearest actor before it in the
 *   clause (else in the sentence), with the actors coordinated with it ("Israel and Hamas");
 *   "the two sides" is a pair that acted before; a group subject mixing a party with the
 *   document's mediators ("Negotiators from Hamas, Egypt, Qatar and the US") acts as the party;
 * - target: "with X" for talks, agreements and visits, "on/against X" for attacks,
 *   warnings and demands, else a verb's direct object; "between X and Y" adds agents;
 * - location: the nearest place after "in", "at", "to", "into" … (after the trigger first;
 *   "in the Saudi city of Jeddah"; not a place that modifies the subject's noun).
 * Mentions that only name the speaker of a quote holding the trigger are left out.
 */
import type { Annotation } from '../../pipeline/annotation.js';
import type { MentionValue } from '../entities/link/index.js';
import type { QuoteValue } from '../quotes/index.js';
import type { Clause, ClauseCache } from './03-clauses.js';
import { inSet, type EventLexicon } from './lexicon.js';
import type { Candidate, EventType } from './types.js';
import { GERUND_LEADS, coordinatedInfinitive, infinitiveAt, isActor, purposeOfVisit, type EventView, type SentenceRange } from './view.js';
import { WordTable } from './words.js';

/** One mention occurrence with its tokens (inclusive). */
export interface Occurrence {
  readonly ann: Annotation<MentionValue>;
  readonly first: number;
  readonly last: number;
}

/** Words before a gerund whose subject is the main clause's ("before traveling", "by releasing"). */
const GERUND_SUBJECT: ReadonlySet<string> = new Set([...GERUND_LEADS, 'by']);
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'the', 'or', '&', 'as', 'well', 'both']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/**
 * Lower-case words that describe the second actor of a pair after "and the" ("Sudan's army and
 * the paramilitary Rapid Support Forces", "Israel and the militant group Hamas"): the pair is
 * still one list.
 */
const DESCRIPTORS: ReadonlySet<string> = new Set(['paramilitary', 'militant', 'militants', 'rival', 'armed', 'rebel', 'rebels', 'insurgent', 'islamist', 'islamic', 'palestinian', 'group', 'movement', 'militia', 'separatist', 'separatists', 'opposition', 'ruling', 'military', 'governing']);
/** A compound that names a backer ("the Rwanda-backed M23 rebels", "the Iran-aligned Houthis"): a describing word of the name after it. */
const BACKER_COMPOUND = /^[\p{L}.]+-(?:backed|allied|aligned|supported|sponsored|funded|armed)$/u;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'another', 'any', 'some']);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'", 's']);

/** Mention occurrences of sentence `si`, in order (cached by the caller). */
export function occurrencesOf(view: EventView, si: number): Occurrence[] {
  const s = view.sentences[si]!;
  const out: Occurrence[] = [];
  for (let k = s.first; k <= s.last; k++) {
    const m = view.mentionAt[k];
    if (!m) continue;
    const prev = out[out.length - 1];
    if (prev && prev.ann === m && prev.last === k - 1) out[out.length - 1] = { ann: m, first: prev.first, last: k };
    else out.push({ ann: m, first: k, last: k });
  }
  return out;
}

/** Finite verbs after a name that make it the subject of a clause of its own. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'can', 'could', 'should', 'may', 'might', 'said', 'says',
  // irregular past forms ("held in Gaza, and Israel began releasing …")
  'began', 'went', 'came', 'took', 'gave', 'made', 'held', 'left', 'sent', 'met', 'told', 'won', 'lost', 'fought', 'struck', 'broke', 'kept', 'brought', 'sought', 'set', 'put', 'hit', 'shot', 'drove', 'flew', 'withdrew', 'threw', 'stood', 'led', 'agreed']);

/** The occurrences coordinated with `occs[j]` ("Qatar, Egypt and the US"), `occs[j]` included. */
export function coordinated(view: EventView, occs: readonly Occurrence[], j: number): Occurrence[] {
  const joined = (a: Occurrence, b: Occurrence): boolean => {
    if (b.first <= a.last + 1) return false;
    let k = a.last + 1;
    while (k < b.first && JOINERS.has(view.words[k]!)) k++;
    if (k - a.last > 4) return false;
    // the second name may carry a title of its own: "Armenian Prime Minister Nikol Pashinyan
    // and Azerbaijani President Ilham Aliyev"
    if (k < b.first && k > a.last + 1) k = view.afterTitle(k);
    // "and the paramilitary Rapid Support Forces": up to three describing words after a conjunction
    if (k < b.first && CONJUNCTIONS.has(view.words[a.last + 1] === ',' ? view.words[a.last + 2]! : view.words[a.last + 1]!)) {
      const end = k + 3;
      while (k < b.first && k < end && (DESCRIPTORS.has(view.words[k]!) || BACKER_COMPOUND.test(view.words[k]!))) k++;
    }
    return k === b.first;
  };
  // "Mossad chief David Barnea": a body before a lower-case title and a person names whom he heads, in the list as its person
  const heads = (a: Occurrence, b: Occurrence): boolean => {
    if (a.ann.value.type === 'person' || b.ann.value.type !== 'person' || b.first - a.last < 2 || b.first - a.last > 3) return false;
    for (let k = a.last + 1; k < b.first; k++) if (view.kinds[k] !== 'word' || view.words[k] !== view.text.slice(view.starts[k]!, view.ends[k]!) || JOINERS.has(view.words[k]!)) return false;
    return true;
  };
  // "the militant group Hamas": a description right before the name it describes is one member
  const same = (a: Occurrence, b: Occurrence): boolean => b.first === a.last + 1 && a.ann.value.key === b.ann.value.key;
  const link = (a: Occurrence, b: Occurrence): boolean => joined(a, b) || heads(a, b) || same(a, b);
  let lo = j;
  let hi = j;
  while (lo > 0 && link(occs[lo - 1]!, occs[lo]!)) lo--;
  while (hi + 1 < occs.length && link(occs[hi]!, occs[hi + 1]!)) hi++;
  // a list has a conjunction ("Qatar, Egypt and the US"); a comma alone joins nothing ("for Gaza, Blinken will"),
  // except in a headline, where it stands for "and" ("Israel, Hezbollah agree to ceasefire brokered by U.S., France")
  let conjunction = view.headline() >= 0 && view.sentenceOf[occs[j]!.first] === view.headline();
  for (let k = occs[lo]!.last + 1; k < occs[hi]!.first && !conjunction; k++) conjunction = CONJUNCTIONS.has(view.words[k]!);
  // "overseen by the Red Cross, and Israel has released …": two names split by ", and" before a verb are two clauses
  // ("shelled army positions in Omdurman, and the army responded with airstrikes": a past form after the second name too)
  if (conjunction && hi - lo === 1 && view.words[occs[lo]!.last + 1] === ',' && finiteAfter(view, occs[hi]!.last + 1)) return [occs[j]!];
  if (!conjunction) return [occs[j]!];
  const out: Occurrence[] = [];
  for (let i = lo; i <= hi; i++) if (i === hi || !(heads(occs[i]!, occs[i + 1]!) || same(occs[i]!, occs[i + 1]!))) out.push(occs[i]!);
  return out;
}

/** Prepositions that name where an event took place ("in Istanbul", "at the Red Sea port of …"). */
const VENUE_WORDS: ReadonlySet<string> = new Set(['in', 'at']);

/** Whether token `k` is a finite verb that opens a clause after a name: an auxiliary or "said" (`CLAUSE_VERBS`), or a lower-case past form ("responded"). */
function finiteAfter(view: EventView, k: number): boolean {
  const w = view.words[k] ?? '';
  if (CLAUSE_VERBS.has(w)) return true;
  return w.length > 3 && w.endsWith('ed') && view.kinds[k] === 'word' && view.mentionAt[k] === null && w === view.text.slice(view.starts[k]!, view.ends[k]!);
}

/** Whether the hyphen at `at` opens "-led" ("Hamas-led", "Saudi-led"): the name leads what follows. */
function ledCompound(text: string, at: number): boolean {
  return text.startsWith('-led', at) && !/[\p{L}]/u.test(text[at + 4] ?? '');
}

/** Forms of "be" and "get" before a participle that make it passive. */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'get', 'gets', 'got', 'gotten']);

/**
 * Whether the verb at `k` is passive: a form of "be" or "get" before it, with at most two
 * adverbs between ("were finally released"), and the verb no `-ing` form ("is releasing").
 */
function passiveVerb(view: EventView, lex: EventLexicon, k: number, floor: number): boolean {
  if (view.words[k]!.endsWith('ing')) return false;
  const aux = lex.sets.get('aux');
  for (let i = k - 1; i >= Math.max(floor, k - 3); i--) {
    const w = view.words[i]!;
    if (PASSIVE_AUX.has(w)) return true;
    if (aux === undefined || !view.is(aux, i) || w === 'has' || w === 'have' || w === 'had') return false;
  }
  return false;
}

/** The word before token `k`, skipping determiners. */
function wordBefore(view: EventView, k: number, floor: number): { word: string; at: number } | null {
  let i = k - 1;
  while (i >= floor && DETERMINERS.has(view.words[i]!)) i--;
  return i >= floor ? { word: view.words[i]!, at: i } : null;
}

/**
 * The first occurrence starting after token `k` (skipping determiners and a leading title), or
 * -1. `limit` bounds where the phrase may start; a title may carry the name up to `titleLimit`
 * ("met Qatari Prime Minister Sheikh Mohammed …": the name is the fifth word).
 */
function occAfter(view: EventView, occs: readonly Occurrence[], k: number, limit: number, titleLimit = limit): number {
  let i = k + 1;
  while (i <= limit && DETERMINERS.has(view.words[i]!)) i++;
  if (i > limit) return -1;
  // a leading title is not the name: "laid out by President Joe Biden"; a demonym before a
  // title is the title's ("Qatari Prime Minister …")
  if (!view.mentionAt[i] || (view.isDemonym(i) && view.afterTitle(i) > i)) {
    i = view.afterTitle(i);
    if (i > titleLimit) return -1;
  } else if (view.mentionIs(i, 'place') && i + 1 <= titleLimit && view.mentionAt[i + 1] !== view.mentionAt[i]) {
    // a country before a title is the title's, not the actor: "proposals from U.S. envoy Steve Witkoff"
    const named = view.afterTitle(i + 1);
    if (named > i + 1 && named <= Math.max(titleLimit, i + 4) && view.mentionIs(named, 'person')) i = named;
  }
  return occs.findIndex((o) => o.first === i);
}

const mediationCache = new WeakMap<EventLexicon, { starts: WordTable<boolean>; types: ReadonlySet<EventType> }>();

/** The words a mediation cue can start with (by word number), and the event types mediation cues apply to. */
function mediationOf(lex: EventLexicon): { starts: WordTable<boolean>; types: ReadonlySet<EventType> } {
  let m = mediationCache.get(lex);
  if (!m) {
    const starts = new Set<string>();
    const types = new Set<EventType>();
    for (const cue of lex.mediation) {
      const first = cue.pattern.elements[0]!;
      if (first.kind === 'words') for (const w of first.set.exact) starts.add(w);
      for (const t of cue.types) types.add(t);
    }
    m = { starts: new WordTable((w) => starts.has(w)), types };
    mediationCache.set(lex, m);
  }
  return m;
}

/** Per-sentence mediators: cluster keys and the event types they apply to. */
function sentenceMediators(view: EventView, lex: EventLexicon, si: number, occs: readonly Occurrence[]): { keys: Set<string>; types: ReadonlySet<EventType> } {
  const s = view.sentences[si]!;
  const keys = new Set<string>();
  const { starts, types } = mediationOf(lex);
  for (let k = s.first; k <= s.last; k++) if (view.wordValue(starts, k)) cueMediators(view, lex, s, occs, k, keys);
  for (let j = 0; j < occs.length; j++) appositiveMediators(view, lex, s, occs, j, keys);
  demonymMediators(view, lex, s, keys);
  return { keys, types };
}

/** The mentions after a mediation cue at token `k` ("mediated by Qatar, Egypt and the US"). */
function cueMediators(view: EventView, lex: EventLexicon, s: SentenceRange, occs: readonly Occurrence[], k: number, keys: Set<string>): void {
  const aux = lex.sets.get('aux') ?? null;
  for (const cue of lex.mediation) {
    const first = cue.pattern.elements[0]!;
    if (first.kind === 'words' && !view.is(first.set, k)) continue;
    const m = view.matchAt(cue.pattern, k, s.last, aux);
    if (m === null) continue;
    if (cue.after) {
      let ok = false;
      for (let b = Math.max(s.first, k - 5); b < k && !ok; b++) if (view.is(cue.after, b)) ok = true;
      if (!ok) continue;
    }
    if (cue.notAfter) {
      let led = false;
      for (let b = Math.max(s.first, k - 4); b < k && !led; b++) if (view.is(cue.notAfter, b)) led = true;
      if (led) continue;
    }
    const j = occAfter(view, occs, m.last, s.last);
    if (j >= 0 && isActor(occs[j]!.ann.value)) for (const o of coordinated(view, occs, j)) keys.add(o.ann.value.key);
  }
}

/** A compound ("Qatar-brokered") or a mediator noun shortly after the occurrence `occs[j]` ("Qatar, serving as a mediator"). */
function appositiveMediators(view: EventView, lex: EventLexicon, s: SentenceRange, occs: readonly Occurrence[], j: number, keys: Set<string>): void {
  const o = occs[j]!;
  if (view.text.charCodeAt(o.ann.end) === 45) {
    const after = view.text.slice(o.ann.end, o.ann.end + 12).toLowerCase();
    if (lex.mediationSuffixes.some((x) => after.startsWith(x))) keys.add(o.ann.value.key);
  }
  // "Qatar, serving as a mediator", "Qatar and Egypt are mediating"; not a place after "in"
  // ("talks in Jeddah, mediators said"), and not when the mediator noun is the subject of a
  // reporting verb ("…, mediators say"): that is a new clause, not an apposition
  if (o.first > s.first && view.is(lex.placeOnly, o.first - 1)) return;
  const reporting = lex.sets.get('reporting');
  for (let k = o.last + 1; k <= Math.min(s.last, o.last + 5); k++) {
    if (view.is(lex.mediationNouns, k)) {
      if (reporting && k + 1 <= s.last && view.is(reporting, k + 1)) break;
      for (const c of coordinated(view, occs, j)) keys.add(c.ann.value.key);
      break;
    }
    if (view.mentionAt[k] || !view.is(lex.mediationBetween, k)) break;
  }
}

/** "Egyptian and Qatari mediators": demonyms right before a mediator noun. */
function demonymMediators(view: EventView, lex: EventLexicon, s: SentenceRange, keys: Set<string>): void {
  for (let k = s.first + 1; k <= s.last; k++) {
    if (!view.is(lex.mediationNouns, k)) continue;
    for (let b = k - 1; b >= s.first && b >= k - 10; b--) {
      // "Egyptian-Qatari mediators": every country of a compound
      const pair = view.demonymPairKeys(b);
      if (pair.length > 0) { for (const p of pair) keys.add(p); continue; }
      const key = view.demonymKey(b);
      const named = view.mentionAt[b];
      if (key !== null) keys.add(key);
      // "U.S., Qatari and Egyptian mediators": a country named in the list of demonyms
      else if (named && named.value.type === 'place' && isActor(named.value)) keys.add(named.value.key);
      else if (!JOINERS.has(view.words[b]!) && !view.isDemonym(b)) break;
    }
  }
}

/** The quote whose cue is (part of) the trigger and whose named speaker comes before it in its sentence: "Rubio insisted …". */
function cueQuote(view: EventView, c: Candidate, clauseFirst: number): QuoteValue | null {
  const a = view.starts[c.first]!;
  const b = view.ends[c.last]!;
  const s = view.sentences[c.sentence]!;
  // a subordinate clause between speaker and cue has a subject of its own: in "Hamas delivered its
  // response, a day after the council adopted a resolution endorsing the plan" Hamas is not the one endorsing
  const subordinate = clauseFirst > s.first && SUBORDINATORS.has(view.words[clauseFirst]!) ? view.starts[clauseFirst]! : -1;
  for (const q of view.quotesIn(c.sentence)) {
    const v = q.value;
    if (!v.cueSpan || !v.speakerSpan || v.cueSpan.start >= b || a >= v.cueSpan.end) continue;
    if (v.speakerKind !== 'name' && v.speakerKind !== 'organization' && v.speakerKind !== 'pronoun') continue;
    if (v.speakerSpan.start < s.start || v.speakerSpan.end > v.cueSpan.start) continue;
    if (subordinate >= v.speakerSpan.end && subordinate <= v.cueSpan.start) continue;
    return v;
  }
  return null;
}

/** Words that may open a clause whose verb shares the sentence's subject ("…, and then agreed"; "…, who met"). */
const BARE_LEAD: ReadonlySet<string> = new Set(['and', 'or', 'then', 'also', 'later', 'who', 'which', 'that', 'it', 'they', 'he', 'she', 'not', 'never', 'yet', 'still', 'again', 'both', 'jointly', 'subsequently', 'eventually', 'finally']);

/** Words that open a subordinate clause with its own subject. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'once', 'when', 'while', 'whereas', 'although', 'though', 'because', 'but']);

/** The quote whose content holds the trigger: the innermost ("… a proposal that Hamas said on Monday it had accepted" is Hamas's, inside Israel's). */
function contentQuote(view: EventView, c: Candidate): QuoteValue | null {
  let best: { start: number; value: QuoteValue } | null = null;
  for (const q of view.quotesAt(view.starts[c.first]!)) if (best === null || q.start > best.start) best = q;
  return best?.value ?? null;
}

/** The cluster key of the mention that names a speaker (its span, else its antecedent). */
function speakerKey(view: EventView, q: QuoteValue): string | null {
  if (q.speakerKind === 'anonymous') return null;
  for (const sp of [q.speakerSpan, q.antecedent]) {
    if (!sp) continue;
    // "U.S. President Joe Biden": the person the span names, not the country of the title before it
    const found = view.mentionsOverlapping(sp.start, sp.end).filter((x) => isActor(x.value));
    const m = found.find((x) => x.value.type === 'person') ?? found[0];
    if (m) return m.value.key;
  }
  return null;
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** A news outlet or agency the article cites ("told Reuters") is a source, not an actor. */
function cited(view: EventView, o: Occurrence): boolean {
  return view.citationsAt(o.ann.start).some((c) => c.value.kind === 'outlet' || c.value.kind === 'agency');
}

/** What `attachArguments` reads of one sentence, computed for its first candidate. */
interface SentenceArguments {
  /** The sentence's occurrences less compound modifiers and cited outlets. */
  readonly occs: Occurrence[];
  readonly med: { keys: Set<string>; types: ReadonlySet<EventType> };
  /** Whether a preposition governs an occurrence or one coordinated with it (`isGoverned` over all its occurrences). */
  readonly governed: Map<Occurrence, boolean>;
}

function sentenceArguments(view: EventView, lex: EventLexicon, si: number): SentenceArguments {
  const all = occurrencesOf(view, si);
  const med = sentenceMediators(view, lex, si, all);
  // mentions inside a compound word ("Iran-backed") modify, except a leader ("Hamas-led militants"
  // act for Hamas); cited outlets are sources
  const occs = all.filter((o) => (view.ends[o.last]! <= o.ann.end || view.text.charCodeAt(o.ann.end) !== 45 || ledCompound(view.text, o.ann.end)) && !cited(view, o));
  return { occs, med, governed: new Map() };
}

/**
 * One candidate as the argument rules see it: the occurrences it may take (`usable`), its
 * mediators and the agents and targets found so far. The rules are small functions over it
 * (one big function cost a long optimizing compile, repeated after every deoptimization).
 */
class ArgumentScope {
  readonly view: EventView;
  readonly lex: EventLexicon;
  readonly c: Candidate;
  readonly s: SentenceRange;
  readonly clause: Clause;
  readonly usable: readonly Occurrence[];
  readonly mediators: ReadonlySet<string>;
  /** The governed cache of the sentence when no speaker words were left out (then it is the same for every candidate of the sentence). */
  readonly governedHere: Map<Occurrence, boolean> | undefined;
  readonly agent: string[];
  readonly target: string[];
  /** Mediators found among the actors of the subject (`groupMembers`), besides the sentence's. */
  readonly moreMediators: string[] = [];
  /** The keys any sentence of the document names as mediators (computed on first need). */
  readonly documentMediators: () => ReadonlySet<string>;

  constructor(view: EventView, lex: EventLexicon, c: Candidate, clause: Clause, usable: readonly Occurrence[], mediators: ReadonlySet<string>, governedHere: Map<Occurrence, boolean> | undefined, documentMediators: () => ReadonlySet<string>) {
    this.view = view;
    this.lex = lex;
    this.c = c;
    this.s = view.sentences[c.sentence]!;
    this.clause = clause;
    this.usable = usable;
    this.mediators = mediators;
    this.governedHere = governedHere;
    this.agent = [];
    this.target = [];
    this.documentMediators = documentMediators;
  }

  /**
   * Adds the actors of `group` to `list`: a place that stands for no government ("Kinshasa and
   * Goma signed": Goma, a city) or one after a compass word ("southern Lebanon") is where, not who.
   */
  add(list: string[], group: readonly Occurrence[]): void {
    for (const o of group) {
      if (this.mediators.has(o.ann.value.key) || list.includes(o.ann.value.key)) continue;
      if (o.ann.value.type === 'place' && (!isActor(o.ann.value) || compassPlace(this.view, this.lex, o))) continue;
      list.push(o.ann.value.key);
    }
  }

  actorGroupAfter(k: number, limit: number): Occurrence[] {
    const j = occAfter(this.view, this.usable, k, limit);
    return j >= 0 && isActor(this.usable[j]!.ann.value) ? coordinated(this.view, this.usable, j) : [];
  }

  isGoverned(o: Occurrence): boolean {
    let g = this.governedHere?.get(o);
    if (g === undefined) {
      g = coordinated(this.view, this.usable, this.usable.indexOf(o)).some((x) => governed(this.view, this.lex, x, this.s.first));
      this.governedHere?.set(o, g);
    }
    return g;
  }

  /**
   * A possessor modifies its noun: "Netanyahu's coalition partners have warned" are not Netanyahu
   * (unless the noun is a force noun standing for it: "Israel's negotiating team", but not a
   * title before a name, which is the one who acts: "Israel's Finance Minister Bezalel Smotrich").
   */
  modifier(o: Occurrence): boolean {
    if (!possessiveAfter(this.view, o)) return false;
    for (let k = o.last + 2; k < Math.min(this.c.first, o.last + 6); k++) {
      if (!this.view.is(this.lex.forceNouns, k)) continue;
      // the name may follow an honorific ("Prime Minister Sheikh Mohammed …")
      for (let j = k + 1; j <= k + 2; j++) if (this.view.mentionAt[j]?.value.type === 'person') return true;
      return false;
    }
    return true;
  }
}

/**
 * Whether a place follows a compass word outside its name ("southern Lebanon", "Southern Lebanon"
 * opening a sentence; not "South Sudan", one name, nor "North" capitalized mid-sentence).
 */
export function compassPlace(view: EventView, lex: EventLexicon, o: Occurrence): boolean {
  const k = o.first - 1;
  const compass = lex.sets.get('compassWords');
  if (k < 0 || compass === undefined || !view.is(compass, k)) return false;
  const surface = view.text.slice(view.starts[k]!, view.ends[k]!);
  return surface === surface.toLowerCase() || view.sentences[view.sentenceOf[k]!]?.first === k;
}

/** Fills `agent`, `target`, `mediator` and `location` of every candidate. */
export function attachArguments(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: Candidate[]): void {
  const bySentence = new Map<number, SentenceArguments>();
  const heads = new Set(candidates.map((c) => c.head));
  const argumentsOf = (si: number): SentenceArguments => {
    let here = bySentence.get(si);
    if (here === undefined) {
      here = sentenceArguments(view, lex, si);
      bySentence.set(si, here);
    }
    return here;
  };
  let documentMediators: Set<string> | null = null;
  const mediatorsOfDocument = (): ReadonlySet<string> => {
    if (documentMediators === null) {
      documentMediators = new Set();
      // every sentence, not only those with a trigger: "Hamas did not attend but was expected to be briefed by Qatari and Egyptian mediators"
      for (let si = 0; si < view.sentences.length; si++) for (const k of argumentsOf(si).med.keys) documentMediators.add(k);
    }
    return documentMediators;
  };
  for (let ci = 0; ci < candidates.length; ci++) candidateArguments(view, lex, clauses, candidates, ci, heads, argumentsOf(candidates[ci]!.sentence), mediatorsOfDocument);
}

/** Fills the arguments of `candidates[ci]`. */
function candidateArguments(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: Candidate[], ci: number, heads: ReadonlySet<number>, here: SentenceArguments, documentMediators: () => ReadonlySet<string>): void {
  const c = candidates[ci]!;
  const { occs, med } = here;
  const clause = clauses.clause(c.sentence, c.head);
  const spoken = cueQuote(view, c, clause.first);
  const excluded = spoken ? [] : speakerTokens(view, lex, c);
  const usable = excluded.length === 0 ? occs : occs.filter((o) => !excluded.some((e) => o.first <= e.end && e.start <= o.last));
  const mediators = med.types.has(c.type) ? med.keys : new Set<string>();
  const scope = new ArgumentScope(view, lex, c, clause, usable, mediators, usable === occs ? here.governed : undefined, documentMediators);
  const { agent, target } = scope;
  const reach = Math.min(clause.last, c.last + 6);
  // the speaker of a quote whose cue is the trigger ("Rubio insisted", "Blinken warned")
  if (spoken) speakerAgent(scope, spoken);
  agentAfter(scope, heads, reach);
  const light = c.pos === 'noun' ? lightVerbBefore(view, lex, c, clause.first, heads) : -1;
  const verbal = c.pos === 'verb' || light >= 0;
  const anchor = light >= 0 ? light : c.first;
  if (agent.length === 0 && c.pos === 'noun') reducedRelativeAgent(scope);
  const placeOwner = agent.length === 0 && c.pos === 'noun' ? nounOwner(scope) : null;
  // "pressure on Hamas to agree", "urged Hamas to release": the actor before "to"; an
  // infinitive after a noun ("the best way to end the fighting") has no agent of its own,
  // after a control verb ("Hamas agreed to release") it takes the verb's subject
  // a bare form joined to an infinitive is that infinitive's ("urged both sides to return to the table and reach a deal")
  const to = agent.length > 0 || c.pos !== 'verb' ? -1 : view.words[c.first - 1] === 'to' ? c.first - 1 : coordinatedInfinitive(view, lex, c, clause.first);
  // the purpose of a trip is the traveller's ("travel to Washington on Sunday to meet Trump": Netanyahu meets)
  const trip = to >= 0 ? purposeOfVisit(view, candidates, ci) : -1;
  if (trip >= 0) agent.push(...candidates[trip]!.agent);
  const infinitiveOnly = to >= 0 && trip < 0 ? infinitiveAgent(scope, to, candidates, ci) : trip >= 0;
  // a verb coordinated with the trigger before it shares its agent ("agree to a ceasefire and release hostages")
  const prev = candidates[ci - 1];
  if (agent.length === 0 && c.pos === 'verb' && prev) sharedAgent(view, c, prev, agent);
  // a verb of receiving takes its subject as target even when "from X" named who handed over
  const receiving = lex.recipientSubjects.has(c.rule);
  if ((agent.length === 0 || (receiving && scope.target.length === 0)) && !infinitiveOnly && (verbal || lex.clauseAgentTypes.has(c.type))) subjectAgent(scope, anchor, verbal, placeOwner);
  if (agent.length === 0 && verbal) pairAgents(view, lex, candidates, ci, anchor, clause.first, agent);
  targets(scope, reach);
  addressedToSides(scope, candidates, ci);
  c.agent = agent;
  c.mediator = [...mediators, ...scope.moreMediators.filter((k) => !mediators.has(k))];
  // a mediator of the event is no side of it ("brokered the truce together with the United States")
  c.target = target.filter((k) => !agent.includes(k) && !c.mediator.includes(k));
  // "Gaza talks resume in Cairo": the place before talks is their topic when a venue follows
  const venue = placeOwner !== null && c.type === 'talks' ? venueOf(view, usable, c, clause) : null;
  c.location = venue ?? placeOwner ?? locationOf(view, lex, usable, c, clause, [...agent, ...target], sameSentence(candidates, ci));
  // "will travel to Doha on Thursday for a new round of talks": the talks are held where the trip goes
  if (c.location === null && c.type === 'talks') {
    const visit = purposeOfVisit(view, candidates, ci);
    if (visit >= 0) c.location = candidates[visit]!.location;
  }
}

/** The place right after "in"/"at" within four words after a noun trigger ("talks resume in Cairo"), else null. */
function venueOf(view: EventView, occs: readonly Occurrence[], c: Candidate, clause: { first: number; last: number }): string | null {
  for (const o of occs) {
    if (o.first <= c.last || o.first > c.last + 5 || o.last > clause.last || o.ann.value.type !== 'place') continue;
    if (!VENUE_WORDS.has(view.words[o.first - 1] ?? '')) continue;
    let plain = true;
    for (let k = c.last + 1; k < o.first - 1; k++) if (view.kinds[k] !== 'word') plain = false;
    if (plain) return o.ann.value.key;
  }
  return null;
}

/** Adverbs between `the two sides` and its verb ("the two sides last exchanged prisoners"). */
const PAIR_ADVERBS: ReadonlySet<string> = new Set(['last', 'first', 'again', 'jointly', 'later', 'subsequently']);

/** Sentences back that `the two sides` may look for the pair it names. */
const PAIR_LOOKBACK = 4;

/**
 * `The two sides agreed …`, `both parties signed …`, `the parties had agreed`: the subject names the pair that acted
 * in an event told shortly before (`Russia and Ukraine held talks in Istanbul.`), whose
 * agents it takes when that event has two or more; else the two agents of an event earlier
 * in the article, else the last two parties that acted (`lastTwoParties`).
 */
function pairAgents(view: EventView, lex: EventLexicon, candidates: readonly Candidate[], ci: number, anchor: number, floor: number, agent: string[]): void {
  const aux = lex.sets.get('aux');
  let k = anchor - 1;
  while (k >= floor && ((aux !== undefined && view.is(aux, k)) || PAIR_ADVERBS.has(view.words[k]!))) k--;
  if (k - 1 < floor || !sidesEndAt(view, k)) return;
  agent.push(...pairOf(view, candidates, ci));
}

/**
 * Whether word `k` ends "both sides", "the two sides", "both parties", "the parties", "all sides",
 * "each side" ("each side released 150 captives") or "both countries" / "the two countries"
 * ("delegations from both countries arrived in Istanbul").
 */
function sidesEndAt(view: EventView, k: number): boolean {
  const noun = view.words[k]?.toLowerCase();
  const count = view.words[k - 1]?.toLowerCase();
  if (noun === 'side' || noun === 'party') return count === 'each';
  if (noun === 'countries' || noun === 'governments') return count === 'two' || count === 'both';
  return (noun === 'sides' || noun === 'parties') && (count === 'two' || count === 'both' || count === 'the' || count === 'all');
}

/**
 * The pair "the two sides" names for `candidates[ci]`: the agents of an event with two or more
 * told in the few sentences before, else the two agents of an earlier event, else the last two
 * parties that acted (`lastTwoParties`).
 */
function pairOf(view: EventView, candidates: readonly Candidate[], ci: number): string[] {
  const c = candidates[ci]!;
  for (let j = ci - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - PAIR_LOOKBACK; j--) {
    const sides = sidesOf(candidates[j]!);
    if (sides.length >= 2) return sides;
  }
  // an event earlier in the article with just two parties ("Russia and Ukraine exchanged …")
  for (let j = ci - 1; j >= 0; j--) {
    const sides = sidesOf(candidates[j]!);
    if (sides.length === 2) return sides;
  }
  return lastTwoParties(view, candidates, ci);
}

/**
 * The sides event `p` names: its agents that are not also its mediators; when every agent mediates
 * ("Egyptian and Qatari mediators have proposed a new truce to Israel and Hamas"), its targets.
 */
function sidesOf(p: Candidate): string[] {
  if (p.mediator.length === 0) return [...p.agent];
  const agents = p.agent.filter((k) => !p.mediator.includes(k));
  return agents.length > 0 || p.agent.length === 0 ? agents : p.target.filter((k) => !p.mediator.includes(k));
}

/**
 * A demand addressed to both sides ("The White House urged both sides to return to the table",
 * "the African Union called on both sides to respect the ceasefire"): the two sides are its
 * targets, and whoever makes it stands outside the dispute, a mediator rather than a party
 * (lexicon `arguments.addressedToSides`).
 */
function addressedToSides(scope: ArgumentScope, candidates: readonly Candidate[], ci: number): void {
  const { view, lex, c, clause, agent, target } = scope;
  if (!lex.addressedToSides.has(c.type)) return;
  // the words after the verb ("urged both sides to": the trigger runs to "to"; "called on both sides")
  let k = c.head + 1;
  if (view.words[k] === 'on') k++;
  if (k + 1 > clause.last || !(sidesEndAt(view, k + 1) || (view.words[k + 1] === 'two' && sidesEndAt(view, k + 2)))) return;
  for (const key of pairOf(view, candidates, ci)) if (!target.includes(key) && !agent.includes(key)) target.push(key);
  for (const key of agent.splice(0)) if (!scope.moreMediators.includes(key) && !target.includes(key)) scope.moreMediators.push(key);
}

/**
 * The two parties that acted last before `candidates[ci]` when no event told shortly before
 * names a pair: the latest two distinct agents that are no person and no mediator of an earlier
 * event ("Hamas freed three hostages … Israel released 183 prisoners … The two sides agreed to a
 * three-phase plan": Hamas and Israel), in text order; none when fewer than two acted.
 */
function lastTwoParties(view: EventView, candidates: readonly Candidate[], ci: number): string[] {
  const persons = new Set<string>();
  for (const m of view.mentions) if (m.value.type === 'person') persons.add(m.value.key);
  const mediators = new Set<string>();
  for (let j = 0; j < ci; j++) for (const k of candidates[j]!.mediator) mediators.add(k);
  const found: string[] = [];
  for (let j = ci - 1; j >= 0 && found.length < 2; j--) {
    for (const k of candidates[j]!.agent) if (!persons.has(k) && !mediators.has(k) && !found.includes(k) && found.length < 2) found.push(k);
  }
  return found.length === 2 ? found.reverse() : [];
}

/** The agent of a trigger that is the cue of a quote: its speaker. */
function speakerAgent(scope: ArgumentScope, spoken: QuoteValue): void {
  const { view, usable } = scope;
  const sp = spoken.speakerSpan!;
  const inSpan = (o: Occurrence): boolean => view.starts[o.first]! < sp.end && sp.start < view.ends[o.last]! && isActor(o.ann.value) && !scope.modifier(o);
  // "U.S. President Joe Biden": the person the span names, not the country of the title before him
  const person = usable.findIndex((o) => inSpan(o) && o.ann.value.type === 'person');
  const j = person >= 0 ? person : usable.findIndex(inSpan);
  // a name after a preposition is no speaker ("sent a letter to President Vladimir Putin last week proposing …")
  if (j >= 0 && governed(view, scope.lex, usable[j]!, scope.s.first)) return;
  // "Kyiv rejected a Russian demand that it withdraw …": a noun cue answered by its speaker is not the speaker's
  if (j >= 0 && scope.c.pos === 'noun' && reactedTo(view, scope.lex, usable[j]!.last, scope.c.first, scope.c.type)) return;
  if (j >= 0) scope.add(scope.agent, coordinated(view, usable, j));
  else if (!usable.some((o) => view.starts[o.first]! < sp.end && sp.start < view.ends[o.last]! && scope.modifier(o))) {
    const key = speakerKey(view, spoken);
    if (key !== null) scope.agent.push(key);
  }
}

/** The agent after "by" / "from", and "between X and Y". */
function agentAfter(scope: ArgumentScope, heads: ReadonlySet<number>, reach: number): void {
  const { view, lex, c, clause, agent } = scope;
  // "received the remains of 1,000 soldiers from Russia": who hands over is named after the object
  // (past the usual reach: "received the bodies of 909 fallen soldiers from Russia")
  const recipient = lex.recipientSubjects.has(c.rule);
  const span = recipient ? 10 : 4;
  for (let k = c.last + 1; agent.length === 0 && k <= Math.min(recipient ? clause.last : reach, c.last + span); k++) {
    const w = view.words[k]!;
    if (view.is(lex.agentBy, k) || (lex.agentFrom.words.has(w) && (lex.agentFrom.types.has(c.type) || lex.recipientSubjects.has(c.rule)))) { scope.add(agent, scope.actorGroupAfter(k, clause.last)); break; }
    if (heads.has(k)) break;
  }
  // "between X and Y"
  if (lex.between.types.has(c.type)) {
    for (let k = c.last + 1; k <= Math.min(reach, c.last + 5); k++) if (lex.between.words.has(view.words[k]!)) { scope.add(agent, scope.actorGroupAfter(k, clause.last)); break; }
  }
}

/**
 * "the three-phase framework President Joe Biden outlined on May 31": a name right after the noun
 * and a light verb right after the name (a relative clause without "that", or after ", which") is who made it.
 */
function reducedRelativeAgent(scope: ArgumentScope): void {
  const { view, lex, c, clause, usable, agent } = scope;
  // "the plan, which President Joe Biden outlined on May 31": the same, in a relative clause (its own clause)
  let at = c.last;
  let end = clause.last;
  const s = view.sentences[c.sentence]!;
  if (c.last + 2 < s.last && view.words[c.last + 1] === ',' && (view.words[c.last + 2] === 'which' || view.words[c.last + 2] === 'that')) {
    at = c.last + 2;
    end = s.last;
  }
  const j = occAfter(view, usable, at, Math.min(end, at + 1), Math.min(end, at + 4));
  if (j < 0) return;
  const o = usable[j]!;
  if (!isActor(o.ann.value) || o.last + 1 > end || !view.is(lex.lightVerbs, o.last + 1) || scope.mediators.has(o.ann.value.key)) return;
  scope.add(agent, [o]);
}

/** The owner of a noun trigger without an agent: a possessor is its agent, a place its location (returned), else a demonym before it. */
function nounOwner(scope: ArgumentScope): string | null {
  const { view, lex, c, clause, agent } = scope;
  const owner = possessor(view, lex, scope.usable, c.first, clause.first);
  if (owner) {
    if (owner.place) return owner.occ.ann.value.key;
    scope.add(agent, [owner.occ]);
  } else {
    const key = demonymBefore(view, c.first, clause.first);
    if (key !== null && !scope.mediators.has(key)) agent.push(key);
    // "an Egyptian-Qatari ceasefire proposal": both countries
    else if (key === null) for (let k = c.first - 1; k >= Math.max(clause.first, c.first - 3) && agent.length === 0; k--) {
      for (const pair of view.demonymPairKeys(k)) if (!scope.mediators.has(pair) && !agent.includes(pair)) agent.push(pair);
      if (view.kinds[k] !== 'word' || view.mentionAt[k]) break;
    }
  }
  return null;
}

/** The agent of an infinitive trigger; returns whether it is an infinitive after a noun, which has no agent of its own. */
function infinitiveAgent(scope: ArgumentScope, to: number, candidates: readonly Candidate[], ci: number): boolean {
  const { view, lex, usable } = scope;
  // the nearest actor before "to" ("Qatar urged Hamas to release": Hamas; "urged both sides to return": the pair)
  const o = usable.findLast((x) => x.last >= to - 3 && x.last < to && isActor(x.ann.value));
  if (o && !inSet(lex.agentBy, view.words[o.first - 1] ?? '')) scope.add(scope.agent, coordinated(view, usable, usable.indexOf(o)));
  else if (sidesEndAt(view, to - 1)) {
    scope.agent.push(...pairOf(view, candidates, ci).filter((k) => !scope.mediators.has(k)));
    // the sides are the infinitive's subject: no control verb before them lends it the sentence's
    // ("The White House had urged both sides to return to the table": not the White House)
    return true;
  }
  // the control verb may stand a few words back: "agreed on Friday to exchange", "agreed with Egypt to open"
  const control = lex.sets.get('controlVerbs');
  let controlled = false;
  for (let k = to - 1; control !== undefined && !controlled && k >= Math.max(scope.s.first, to - 5); k--) {
    if (view.is(control, k)) controlled = true;
    else if (view.kinds[k] !== 'word' || view.words[k] === 'to') break;
  }
  return control !== undefined && !controlled;
}

/** A verb trigger right after another of its sentence ("… and release hostages", "before traveling") shares its agent. */
function sharedAgent(view: EventView, c: Candidate, prev: Candidate, agent: string[]): void {
  // "…, but rejected an Israeli proposal": a verb after "but" with no subject of its own shares it too
  const joiner = view.words[c.first - 1];
  if (prev.sentence === c.sentence && c.first - prev.last <= 9 && (joiner === 'and' || joiner === 'or' || joiner === 'but')) {
    agent.push(...prev.agent);
    // "Russian negotiators met their Ukrainian counterparts … and agreed to …": both sides of the meeting agree
    if (c.type === 'agreement' && prev.type === 'talks' && prev.pos === 'verb') for (const k of prev.target) if (!agent.includes(k)) agent.push(k);
  }
  // so does an infinitive right after a trigger ending on "to" ("… agreed to | exchange 1,200 more prisoners": who agreed acts;
  // not after a demand: "urged both sides to | return to the table" is theirs to do)
  if (agent.length === 0 && prev.type !== 'demand' && prev.sentence === c.sentence && prev.last === c.first - 1 && view.words[prev.last] === 'to') agent.push(...prev.agent);
  // so does a participle set off by a comma after it ("Russian and Ukrainian delegations met in Istanbul, agreeing to …": who met agrees)
  const comma = view.words[c.first] === ',' ? c.first : view.words[c.first - 1] === ',' ? c.first - 1 : -1;
  if (agent.length === 0 && comma > prev.last && prev.sentence === c.sentence && prev.pos === 'verb' && prev.agent.length > 0 && comma - prev.last <= 12
    && view.words[comma + 1]!.endsWith('ing')) {
    agent.push(...prev.agent);
    if (c.type === 'agreement' && prev.type === 'talks') for (const k of prev.target) if (!agent.includes(k)) agent.push(k);
  }
  // so does a gerund after "before"/"after" ("met Al Thani in Doha before traveling to Cairo": the one who met travels)
  if (agent.length === 0 && prev.sentence === c.sentence && prev.pos === 'verb' && prev.agent.length > 0 && c.first - prev.last <= 16
    && GERUND_SUBJECT.has(view.words[c.first - 1]!) && view.words[c.first]!.endsWith('ing')) agent.push(...prev.agent);
}

/** The subject before the trigger (or its light verb at `anchor`): the agent, or the target of a passive verb. */
function subjectAgent(scope: ArgumentScope, anchor: number, verbal: boolean, placeOwner: string | null): void {
  const { view, lex, c, s, clause, usable } = scope;
  // "Negotiators from Hamas, Egypt, Qatar and the United States resumed talks": the list is who acted
  const members = verbal ? groupMembers(scope, anchor) : [];
  if (members.length > 0) { memberAgents(scope, members); return; }
  const reporting = lex.sets.get('reporting');
  let floor = s.first;
  // not a reporting word before an infinitive ("Israel's team is expected to return": its subject is the infinitive's)
  if (reporting) for (let k = anchor - 1; k >= s.first; k--) if (view.is(reporting, k) && view.words[k + 1] !== 'to') { floor = k + 1; break; }
  // "Israel's negotiating team, led by Mossad chief David Barnea, is expected to return": the aside before the verb holds no subject
  let close = -1;
  for (let k = anchor - 1; k >= Math.max(floor, anchor - 5) && close < 0; k--) if (view.words[k] === ',') close = k;
  else if (view.kinds[k] !== 'word') break;
  const open = close < 0 ? -1 : view.asideOpening(close + 1, floor);
  const inAside = (o: Occurrence): boolean => open >= 0 && open <= close && o.first > open && o.last < close;
  const before = usable.filter((o) => o.first >= floor && o.last < anchor && isActor(o.ann.value) && !compassPlace(view, lex, o) && !scope.isGoverned(o) && o.ann.value.key !== placeOwner && !scope.modifier(o) && !inAside(o));
  const inClause = before.filter((o) => o.first >= clause.first);
  const ownSubject = hasOwnSubject(view, lex, s, clause, anchor);
  const fallback = sentenceSubject(view, s, clause, before, ownSubject);
  // "a proposal that Hamas said on Monday it had accepted": a pronoun subject inside the quote is its speaker, not the sentence's subject
  const quoted = verbal ? contentQuote(view, c) : null;
  const lastInClause = inClause[inClause.length - 1];
  if (quoted && (lastInClause === undefined || view.starts[lastInClause.first]! < quotedFrom(quoted))) {
    const key = pronounSpeaker(scope, anchor, quoted);
    if (key !== null) { (lex.recipientSubjects.has(c.rule) ? scope.target : scope.agent).push(key); return; }
  }
  const pick = inClause[inClause.length - 1] ?? (verbal && !ownSubject ? fallback : undefined);
  // "Guterres welcomed the resumption of talks": who reacts to a noun's event is no party to it
  if (pick && !verbal && reactedTo(view, lex, pick.last, anchor, c.type)) return;
  // the subject of a passive verb is what was done to ("Yehud would be released next Saturday")
  if (pick) {
    const group = coordinated(view, usable, usable.indexOf(pick)).filter((o) => !scope.isGoverned(o));
    // the subject of a passive verb is what was done to, that of a verb of receiving ("Ukraine received the remains of …") its recipient
    const role = c.pos === 'verb' && (passiveVerb(view, lex, anchor, clause.first) || lex.recipientSubjects.has(c.rule)) ? scope.target : scope.agent;
    scope.add(role, group);
    if (verbal && group.length > 0) for (const key of coordinatedForces(view, lex, group, anchor, Math.max(clause.first, floor))) if (!role.includes(key)) role.push(key);
  } else noSubject(scope, anchor, verbal, floor);
}

/**
 * Countries of demonym force nouns joined by "and" to a subject of named actors: "Israeli troops and
 * Hamas gunmen traded fire", "Hamas fighters and Israeli troops clashed" — the named actor and the
 * country of the forces both act (a force noun's country is otherwise read only when no actor is named).
 */
function coordinatedForces(view: EventView, lex: EventLexicon, group: readonly Occurrence[], anchor: number, floor: number): string[] {
  const keys: string[] = [];
  const first = group[0]!.first;
  // before the named group: "Israeli troops and | Hamas"
  if (first - 3 >= floor && view.words[first - 1] === 'and' && view.is(lex.forceNouns, first - 2)) {
    const key = view.demonymKey(first - 3);
    if (key !== null) keys.push(key);
  }
  // after it: "Hamas gunmen and | Israeli troops | traded"
  const last = group[group.length - 1]!.last;
  for (let k = last + 1; k + 2 < anchor && k <= last + 2; k++) {
    if (view.words[k] !== 'and' || !view.is(lex.forceNouns, k + 2) || k + 3 !== anchor) continue;
    const key = view.demonymKey(k + 1);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Whether a verb of reaction (the lexicon's `reactionVerbs`: "welcomed", "condemned") stands between a subject ending at `from` and a noun at `anchor`, a few words before the noun. */
function reactedTo(view: EventView, lex: EventLexicon, from: number, anchor: number, type?: EventType): boolean {
  const reactions = lex.sets.get('reactionVerbs');
  if (reactions === undefined) return false;
  // "Kyiv rejected a Russian demand", "the union rejected a 4 percent pay offer": who answers a proposal or demand did not make it
  const answers = type === 'proposal' || type === 'demand' || type === 'warning' ? lex.sets.get('answerVerbs') : undefined;
  for (let k = anchor - 1; k > from && k >= anchor - 5; k--) if (view.is(reactions, k) || (answers !== undefined && view.is(answers, k))) return true;
  return false;
}

/** Possessive marks after a name (`Netanyahu's`, `Hamas’`). */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** Whether a possessive mark follows the occurrence: it owns what comes next. */
function possessiveAfter(view: EventView, o: Occurrence): boolean {
  return POSSESSIVE_MARKS.has(view.words[o.last + 1] ?? '');
}

/** People acting for the actors named after them (`negotiators from …`, `delegations of …`, `negotiators for …`, `members of the union`). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['negotiators', 'delegations', 'delegates', 'officials', 'envoys', 'representatives', 'mediators', 'teams', 'diplomats', 'ministers', 'leaders', 'members']);

/**
 * The members of a group subject act, except those the article names as mediators when the
 * group mixes them with a party: "Negotiators from Hamas, Egypt, Qatar and the United States"
 * in an article where the talks are "mediated by Qatar, Egypt and the United States" are Hamas
 * acting and three mediators; "Negotiators from Egypt and Qatar met" are all agents.
 */
function memberAgents(scope: ArgumentScope, members: readonly Occurrence[]): void {
  const known = members.length > 1 ? scope.documentMediators() : new Set<string>();
  const mediating = members.filter((o) => known.has(o.ann.value.key));
  if (mediating.length === 0 || mediating.length === members.length) { scope.add(scope.agent, members); return; }
  scope.add(scope.agent, members.filter((o) => !known.has(o.ann.value.key)));
  for (const o of mediating) if (!scope.moreMediators.includes(o.ann.value.key)) scope.moreMediators.push(o.ann.value.key);
}

/** The actors listed after a group noun that opens the clause as its subject (`Negotiators from A, B and C`), else none. */
function groupMembers(scope: ArgumentScope, anchor: number): Occurrence[] {
  const { view, clause, usable } = scope;
  let k = clause.first;
  while (k < anchor && view.kinds[k] !== 'word') k++;
  if (view.words[k]?.toLowerCase() === 'the') k++;
  if (!GROUP_NOUNS.has(view.words[k]?.toLowerCase() ?? '') || (view.words[k + 1] !== 'from' && view.words[k + 1] !== 'of' && view.words[k + 1] !== 'for')) return [];
  const start = view.words[k + 2]?.toLowerCase() === 'the' ? k + 3 : k + 2;
  const j = usable.findIndex((o) => o.first === start);
  if (j < 0 || !isActor(usable[j]!.ann.value)) return [];
  // "Ministers from Netanyahu's coalition partners": a possessor names whose members they are not
  if (possessiveAfter(view, usable[j]!)) return [];
  return coordinated(view, usable, j).filter((o) => o.last < anchor);
}

/**
 * Outside its clause, the sentence's subject, unless the clause has a subject of its own: it is
 * subordinate ("after the council endorsed"), or words other than conjunctions, relatives and
 * auxiliaries come before the verb ("…, and members of his coalition have threatened").
 */
function hasOwnSubject(view: EventView, lex: EventLexicon, s: SentenceRange, clause: Clause, anchor: number): boolean {
  let ownSubject = clause.first > s.first && SUBORDINATORS.has(view.words[clause.first]!);
  if (!ownSubject && clause.first > s.first) {
    const aux = lex.sets.get('aux');
    for (let k = clause.first; k < anchor && !ownSubject; k++) {
      const w = view.words[k]!;
      ownSubject = !BARE_LEAD.has(w) && !(aux !== undefined && view.is(aux, k)) && view.kinds[k] === 'word';
    }
  }
  return ownSubject;
}

/** The subject a clause without one of its own takes from its sentence, among the actors `before` it. */
function sentenceSubject(view: EventView, s: SentenceRange, clause: Clause, before: readonly Occurrence[], ownSubject: boolean): Occurrence | undefined {
  // "…, which began on Sunday": the subject is the noun before "which", the sentence's only when it names it
  // ("Hamas, which rejected the plan": Hamas; "freed 90 prisoners under the truce, which began": nobody)
  let fallback: Occurrence | undefined = before[0];
  if (!ownSubject && clause.first > s.first && view.words[clause.first] === 'which') {
    const b = view.words[clause.first - 1] === ',' ? clause.first - 2 : clause.first - 1;
    fallback = before.find((o) => o.last === b);
  }
  // "CIA Director William Burns, who …, met": the name after a title, not the title's body
  for (let b = fallback === undefined ? -1 : before.indexOf(fallback); b >= 0 && b + 1 < before.length && before[b + 1]!.first > before[b]!.last + 1 && view.afterTitle(before[b]!.last + 1) === before[b + 1]!.first; b++) fallback = before[b + 1];
  return fallback;
}

/** No actor before the trigger: a force noun's country ("Israeli forces pause"), or the speaker of a quote whose pronoun is the subject. */
function noSubject(scope: ArgumentScope, anchor: number, verbal: boolean, floor: number): void {
  const { view, lex, c, clause, agent } = scope;
  const keys = forceSubject(view, lex, anchor, Math.max(clause.first, floor));
  // "One hundred and fifty Ukrainian soldiers returned home", "Russian servicemen were freed": soldiers freed are the captives, not who freed them
  if (keys.length > 0 && c.type === 'release' && (passiveVerb(view, lex, anchor, clause.first) || !captiveAfter(view, lex, c, clause.last))) scope.target.push(...keys.filter((k) => !scope.target.includes(k)));
  else if (keys.length > 0) agent.push(...keys);
  else if (verbal) {
    const key2 = pronounSpeaker(scope, anchor, contentQuote(view, c));
    if (key2 !== null) (lex.recipientSubjects.has(c.rule) ? scope.target : agent).push(key2);
  }
}

/** Where a quote's attribution begins: its speaker or cue, whichever comes first. */
function quotedFrom(q: QuoteValue): number {
  return Math.min(q.speakerSpan?.start ?? Infinity, q.cueSpan?.start ?? Infinity);
}

/** "it has not provided a response": the speaker of `q`, the quote holding the trigger, when a pronoun within four words before it is the subject; else null. */
function pronounSpeaker(scope: ArgumentScope, anchor: number, q: QuoteValue | null): string | null {
  const { view, clause } = scope;
  if (!q) return null;
  let pronoun = false;
  for (let k = anchor - 1; k >= Math.max(clause.first, anchor - 4) && !pronoun; k--) pronoun = PRONOUNS.has(view.words[k]!);
  return pronoun ? speakerKey(view, q) : null;
}

/** Whether a captive word follows the release trigger in its clause ("Israeli forces released five detainees"): the subject freed someone. */
function captiveAfter(view: EventView, lex: EventLexicon, c: Candidate, last: number): boolean {
  const captive = lex.sets.get('captive');
  if (!captive) return true;
  // the object right after the verb, before any preposition ("returned home on Wednesday in a prisoner exchange" has none)
  for (let k = c.last + 1; k <= Math.min(last, c.last + 4); k++) {
    if (view.is(captive, k)) return true;
    if (view.kinds[k] === 'punct' || view.is(lex.locative, k) || view.words[k] === 'home') return false;
  }
  return false;
}

/** Words after the subject of a warning's "that" clause that make it a prediction about that subject. */
const FORETELLING: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'must', 'should', 'faces', 'face', 'risks', 'risk', 'was', 'is', 'were', 'are', 'had', 'has', 'have']);

/**
 * "Israeli officials warned that Hamas would pay a heavy price": the actor that opens the warning's
 * "that" clause, when a modal or auxiliary follows it (its subject), and it is not the warning's agent.
 */
function warnedAbout(scope: ArgumentScope): void {
  const { view, c, usable, target, agent } = scope;
  const end = view.sentences[c.sentence]!.last;
  const j = occAfter(view, usable, c.last + 1, Math.min(end, c.last + 6));
  if (j < 0) return;
  const o = usable[j]!;
  if (!isActor(o.ann.value) || agent.includes(o.ann.value.key) || scope.mediators.has(o.ann.value.key)) return;
  const group = coordinated(view, usable, j);
  const after = group[group.length - 1]!.last + 1;
  if (after > end || !FORETELLING.has(view.words[after]!)) return;
  scope.add(target, group);
}

/** Targets: "with X" for partners, "on/against X", "to X" for what is addressed to someone, else a verb's direct object. */
function targets(scope: ArgumentScope, reach: number): void {
  const { view, lex, c, clause, usable, target } = scope;
  if (lex.recipient.types.has(c.type)) {
    // "presented a bridging proposal to Israel and Hamas": the parties it is put to (not a place)
    for (let k = c.last + 1; k <= Math.min(reach, c.last + 6); k++) if (lex.recipient.words.has(view.words[k]!)) { scope.add(target, scope.actorGroupAfter(k, clause.last)); break; }
  }
  if (c.pos === 'noun' && lex.recipientBefore.types.has(c.type)) recipientBefore(scope);
  if (lex.partner.types.has(c.type)) {
    // the trigger may end in the preposition itself ("spoke with Qatar's prime minister")
    for (let k = c.pos === 'verb' ? c.last : c.last + 1; k <= Math.min(reach, c.last + 5); k++) {
      if (!lex.partner.words.has(view.words[k]!)) continue;
      const group = scope.actorGroupAfter(k, clause.last);
      // "talks ended with the United States presenting a proposal": "with" opens a clause of the gerund, no partner
      if (group.length > 0 && gerundAfter(view, group[group.length - 1]!.last)) break;
      scope.add(target, group);
      // "held talks with Qatari and Egyptian officials": the countries of demonyms before a force noun
      if (group.length === 0) for (const key of demonymGroup(view, lex, k + 1, clause.last)) if (!scope.agent.includes(key) && !scope.mediators.has(key) && !target.includes(key)) target.push(key);
      break;
    }
  }
  if (lex.targetPreps.types.has(c.type)) {
    for (let k = c.last + 1; k <= Math.min(reach, c.last + 4); k++) if (lex.targetPreps.words.has(view.words[k]!)) { scope.add(target, scope.actorGroupAfter(k, clause.last)); break; }
  }
  if (target.length === 0 && c.pos === 'verb' && c.type !== 'visit') {
    const j = occAfter(view, usable, c.last, Math.min(clause.last, c.last + 4), clause.last);
    if (j >= 0 && isActor(usable[j]!.ann.value) && !scope.isGoverned(usable[j]!)) scope.add(target, coordinated(view, usable, j));
  }
  // "officials warned that Hamas would pay a heavy price": whom the foretold clause is about is whom the warning is for
  if (target.length === 0 && c.pos === 'verb' && c.type === 'warning' && view.words[c.last + 1] === 'that') warnedAbout(scope);
  // "met their Ukrainian counterparts", "met Egyptian officials": a demonym before a force noun right after the verb
  if (target.length === 0 && c.pos === 'verb' && c.type === 'talks') {
    for (let k = c.last + 1; k <= Math.min(clause.last, c.last + 3); k++) {
      if (view.mentionAt[k] || view.kinds[k] !== 'word') break;
      if (!view.is(lex.forceNouns, k + 1)) continue;
      const key = view.demonymKey(k);
      if (key !== null && !scope.agent.includes(key) && !scope.mediators.has(key)) target.push(key);
      break;
    }
  }
}

/**
 * "presented Hamas with a revised proposal": a light verb, its object and "with" before the noun
 * (over at most two modifiers): the object is whom the proposal is put to.
 */
function recipientBefore(scope: ArgumentScope): void {
  const { view, lex, c, clause, usable, target } = scope;
  let w = -1;
  for (let k = c.first - 1; k >= Math.max(clause.first, c.first - 3); k--) {
    if (lex.recipientBefore.words.has(view.words[k]!)) { w = k; break; }
    if (view.kinds[k] !== 'word' || view.mentionAt[k]) return;
  }
  if (w < 0) return;
  const j = usable.findIndex((o) => o.last === w - 1);
  if (j < 0 || !isActor(usable[j]!.ann.value)) return;
  // the start of the coordinated group ("presented Israel and Hamas with …")
  let first = j;
  while (first > 0 && usable[first - 1]!.last + 2 === usable[first]!.first && JOINERS.has(view.words[usable[first]!.first - 1]!)) first--;
  if (!view.is(lex.lightVerbs, usable[first]!.first - 1)) return;
  scope.add(target, usable.slice(first, j + 1).filter((o) => isActor(o.ann.value)));
}

/** "Qatari and Egyptian officials" from token `k`: the mentioned countries of a list of demonyms ending at a force noun, else none. */
function demonymGroup(view: EventView, lex: EventLexicon, k: number, last: number): string[] {
  const keys: string[] = [];
  let i = k;
  while (i <= last && DETERMINERS.has(view.words[i]!)) i++;
  for (; i <= last; i++) {
    if (view.is(lex.forceNouns, i)) return keys;
    const pair = view.demonymPairKeys(i);
    if (pair.length > 0) { for (const p of pair) if (!keys.includes(p)) keys.push(p); continue; }
    if (view.isDemonym(i)) {
      const key = view.demonymKey(i);
      if (key !== null && !keys.includes(key)) keys.push(key);
    } else if (!JOINERS.has(view.words[i]!)) return [];
  }
  return [];
}

/** The candidates of the sentence of `candidates[ci]` (they are in text order). */
function sameSentence(candidates: readonly Candidate[], ci: number): Candidate[] {
  const si = candidates[ci]!.sentence;
  let lo = ci;
  let hi = ci;
  while (lo > 0 && candidates[lo - 1]!.sentence === si) lo--;
  while (hi + 1 < candidates.length && candidates[hi + 1]!.sentence === si) hi++;
  return candidates.slice(lo, hi + 1);
}

/** Words of a schedule between a subject and its verb ("is due to", "was expected to", "will"). */
const SCHEDULE_GAP: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'due', 'expected', 'set', 'scheduled', 'to', 'also']);

/** "Israeli forces pause …": a demonym (or two joined: "Russian and Ukrainian delegations") and a force noun right before a verb. */
function forceSubject(view: EventView, lex: EventLexicon, anchor: number, floor: number): string[] {
  // (past a schedule's words: "An Israeli delegation | is due to | travel")
  let reach = anchor - 3;
  for (let k = anchor - 1; k > floor && k >= anchor - 6 && SCHEDULE_GAP.has(view.words[k]!); k--) reach = Math.min(reach, k - 1);
  for (let k = anchor - 1; k >= Math.max(floor + 1, reach); k--) {
    if (!view.is(lex.forceNouns, k)) continue;
    // "U.S.-Israeli negotiators met …": both countries of a compound
    const pair = view.demonymPairKeys(k - 1);
    if (pair.length > 0) return pair;
    const first = view.demonymKey(k - 1);
    if (first === null) return [];
    // "Russian and Ukrainian delegations met": both countries
    const other = k - 3 >= floor && (view.words[k - 2] === 'and' || view.words[k - 2] === ',') ? view.demonymKey(k - 3) : null;
    return other === null || other === first ? [first] : [other, first];
  }
  return [];
}

/** Words after which a light verb's word is a noun modifier ("a pay offer", "a 4 percent pay offer"). */
const NOMINAL_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'A', 'An', 'The', 'percent', '%']);

/** The token index of a light verb shortly before a noun trigger ("presented a proposal"), or -1. */
function lightVerbBefore(view: EventView, lex: EventLexicon, c: Candidate, floor: number, heads: ReadonlySet<number>): number {
  let reach = 4;
  const partitive = lex.sets.get('partitive');
  for (let k = c.first - 1; k >= Math.max(floor, c.first - reach); k--) {
    if (heads.has(k)) return -1;
    // "a 4 percent pay offer", "the pay deal": a light verb's word after a determiner, number or "percent" modifies the noun
    // (a number only right before the noun's modifier: "Hamas on March 3 made a new offer" keeps its verb)
    if (view.is(lex.lightVerbs, k)) return k > floor && (NOMINAL_BEFORE.has(view.words[k - 1]!) || (view.kinds[k - 1] === 'number' && k === c.first - 1)) ? -1 : k;
    // "presented Israel and Hamas with a revised proposal": the verb's object before "with" (see recipientBefore)
    if (lex.recipientBefore.words.has(view.words[k]!) && lex.recipientBefore.types.has(c.type) && view.mentionAt[k - 1]) reach = c.first - k + 6;
    // "launched a wave of air strikes", "carried out a series of raids": a count of the noun stands between it and its verb
    if (view.words[k] === 'of' && partitive !== undefined && k - 1 >= floor && view.is(partitive, k - 1)) reach = Math.max(reach, c.first - k + 4);
    if (view.kinds[k] !== 'word' && view.kinds[k] !== 'number') return -1;
  }
  return -1;
}

/**
 * A mention that owns the noun at `first`: "Hamas' response", "Blinken's visit", "the
 * Hamas response". A place without a possessive ("the Paris meeting", "Doha talks") is
 * where it happened, unless it is a country standing for its government.
 */
function possessor(view: EventView, lex: EventLexicon, occs: readonly Occurrence[], first: number, floor: number): { occ: Occurrence; place: boolean } | null {
  let k = first - 1;
  let adjectives = 0;
  let possessive = false;
  while (k >= floor) {
    const w = view.words[k]!;
    if (view.mentionAt[k]) break;
    if (POSSESSIVE.has(w)) { possessive = true; k--; continue; }
    // adjectives and numbers, not verbs: "Hamas held indirect talks" has no owner
    const verbish = view.is(lex.lightVerbs, k) || w.endsWith('ed') || w.endsWith('ing');
    const modifier = (view.kinds[k] === 'word' && !verbish && !DETERMINERS.has(w) && !view.is(lex.locative, k) && !view.isDemonym(k)) || view.kinds[k] === 'number';
    if (modifier && adjectives < 3) { adjectives++; k--; continue; }
    return null;
  }
  const j = occs.findIndex((o) => o.first <= k && k <= o.last);
  if (j < 0) return null;
  const occ = occs[j]!;
  const v = occ.ann.value;
  // ("the Doha talks": a capital the link stage resolved to its country is still named by the capital)
  if (v.type === 'place' && !possessive && (!isActor(v) || view.isCapital(v.name) || view.isCapital(view.text.slice(occ.ann.start, occ.ann.end)))) return { occ, place: true };
  return isActor(v) ? { occ, place: false } : null;
}

/** The country key of a demonym adjective right before a noun ("Israeli strike", "the Egyptian proposal"). */
function demonymBefore(view: EventView, first: number, floor: number): string | null {
  for (let k = first - 1; k >= Math.max(floor, first - 3); k--) {
    const key = view.demonymKey(k);
    if (key !== null) return key;
    if (view.kinds[k] !== 'word' || view.mentionAt[k]) return null;
  }
  return null;
}

/** Whether a preposition governs the occurrence ("in Cairo", "with Hamas"): then it is no subject. */
function governed(view: EventView, lex: EventLexicon, o: Occurrence, floor: number): boolean {
  // a title before the name stands between it and its preposition ("a letter to President Vladimir Putin")
  let first = o.first;
  for (let j = o.first - 1; j >= Math.max(floor, o.first - 4) && isCapitalized(view.text.charCodeAt(view.starts[j]!)) && !view.mentionAt[j]; j--) if (view.afterTitle(j) === o.first) first = j;
  const b = wordBefore(view, first, floor);
  if (b === null || !inSet(lex.locative, b.word)) return false;
  // "with the United States presenting a proposal": the subject of the gerund, not governed by "with"
  if (b.word === 'with' && gerundAfter(view, o.last)) return false;
  // "negotiators from Egypt", "the delegation of Israel": affiliation, not a place
  if ((b.word === 'from' || b.word === 'of') && b.at - 1 >= floor && view.is(lex.forceNouns, b.at - 1)) return false;
  return true;
}

/** Whether token `k + 1` is a lower-case gerund that is no name ("with Egypt presenting …"). */
function gerundAfter(view: EventView, k: number): boolean {
  const w = view.words[k + 1] ?? '';
  return w.length > 4 && w.endsWith('ing') && view.kinds[k + 1] === 'word' && view.mentionAt[k + 1] === null && w === view.text.slice(view.starts[k + 1]!, view.ends[k + 1]!);
}

/** Whether a UTF-16 code unit is an upper-case Latin letter (a title word starts with one). */
function isCapitalized(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** What `s.split(/\s+/)[0]` gives (the text before the first white space), without a regular expression. */
export function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isWhite(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isWhite(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Token spans of the speaker and cue of a quote whose content holds the trigger (when its cue is a reporting verb). */
function speakerTokens(view: EventView, lex: EventLexicon, c: Candidate): { start: number; end: number }[] {
  const at = view.starts[c.first]!;
  const out: { start: number; end: number }[] = [];
  const reporting = lex.sets.get('reporting');
  for (const q of view.quotesIn(c.sentence)) {
    if (q.start > at || at >= q.end) continue;
    const cueText = q.value.cue;
    const cue = cueText === undefined || cueText === null ? undefined : firstWord(cueText.toLowerCase());
    if (reporting && cue !== undefined && q.value.kind !== 'direct' && !inSet(reporting, cue)) continue;
    for (const sp of [q.value.speakerSpan, q.value.cueSpan]) {
      if (!sp) continue;
      const first = view.tokenAtOrAfter(sp.start);
      let last = first;
      while (last + 1 < view.n && view.starts[last + 1]! < sp.end) last++;
      out.push({ start: first, end: last });
    }
  }
  return out;
}

/**
 * The nearest place after a place preposition, after the trigger first (within 10 words),
 * then before it (within 6, not across a `that`); a place nearer to another trigger of the
 * sentence is that one's.
 */
function locationOf(view: EventView, lex: EventLexicon, occs: readonly Occurrence[], c: Candidate, clause: { first: number; last: number }, taken: readonly string[], all: readonly Candidate[]): string | null {
  const places = occs.filter((o) => o.ann.value.type === 'place' && !taken.includes(o.ann.value.key) && o.first >= clause.first && o.last <= clause.last);
  const heads = lex.sets.get('placeHeads');
  const placed = (o: Occurrence): boolean => {
    const b = wordBefore(view, o.first, clause.first);
    if (b === null) return false;
    if (inSet(lex.placeOnly, b.word)) return true;
    // "in the Saudi city of Jeddah", "at the Red Sea port of Port Sudan"
    if (b.word === 'of' && heads !== undefined && b.at - 1 >= clause.first && view.is(heads, b.at - 1)) {
      for (let k = b.at - 2; k >= Math.max(clause.first, b.at - 6); k--) if (view.is(lex.placeOnly, k)) return true;
    }
    return (c.type === 'attack' && (b.word === 'on' || b.word === 'against')) || ((c.type === 'visit' || c.type === 'attack') && o.first === c.last + 1);
  };
  // "proposed a new truce to Israel and Hamas": "to X" after the object of a proposal, response or demand
  // verb is whom that is put to (its target, `arguments.recipient`), not where the object takes place
  const putTo = (o: Occurrence): boolean => {
    if (c.pos !== 'noun' || !lex.recipient.words.has(wordBefore(view, o.first, clause.first)?.word ?? '')) return false;
    return all.some((x) => {
      if (x === c || x.sentence !== c.sentence || !lex.recipient.types.has(x.type) || x.last >= c.first || c.first - x.last > 4) return false;
      for (let k = x.last + 1; k < c.first; k++) if (view.kinds[k] !== 'word' || view.words[k]!.endsWith('ing')) return false;
      return true;
    });
  };
  // words of the names between count once ("met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha")
  const namedBetween = (a: number, b: number): number => {
    let n = 0;
    for (const x of occs) if (x.first > a && x.last < b) n += x.last - x.first;
    return n;
  };
  const distance = (x: Candidate, o: Occurrence): number => (o.first > x.last ? o.first - x.last - namedBetween(x.last, o.first) : x.first - o.last - namedBetween(o.last, x.first));
  // a venue ("in"/"at") after the trigger is the trigger's before it is that of a trigger after the place
  // ("met their counterparts in Istanbul in July and agreed to …": the meeting was in Istanbul)
  const venueAfter = (o: Occurrence, x: Candidate): boolean => o.first > c.last && x.first > o.last && VENUE_WORDS.has(wordBefore(view, o.first, clause.first)?.word ?? '');
  const mine = (o: Occurrence): boolean => !all.some((x) => x !== c && x.sentence === c.sentence && !venueAfter(o, x) && distance(x, o) < distance(c, o));
  const after = places.find((o) => o.first > c.last && distance(c, o) <= 10 && placed(o) && mine(o) && !putTo(o));
  if (after) return after.ann.value.key;
  // a place before a `that` belongs to the reporting clause (`told reporters in Doha that the truce would start`),
  // one before an infinitive of purpose to the main verb (`met him in Doha on Friday to discuss the negotiations`)
  const reported = (o: Occurrence): boolean => {
    for (let k = o.last + 1; k < c.first; k++) if (view.words[k] === 'that' || (view.words[k] === 'to' && k + 1 < c.first && infinitiveAt(view, lex, k + 1))) return true;
    return false;
  };
  // a place that modifies the noun after it is the subject's, not where the act took place
  // ("the union representing dockworkers at East and Gulf Coast ports reached a deal")
  const modifies = (o: Occurrence): boolean => {
    const k = o.last + 1;
    const w = view.words[k];
    if (k >= c.first || w === undefined || view.kinds[k] !== 'word' || isCapitalized(view.text.charCodeAt(view.starts[k]!))) return false;
    const aux = lex.sets.get('aux');
    const reporting = lex.sets.get('reporting');
    return !inSet(lex.locative, w) && !CONJUNCTIONS.has(w) && !(aux && view.is(aux, k)) && !(reporting && view.is(reporting, k)) && !w.endsWith('ed') && !w.endsWith('ing');
  };
  const before = places.filter((o) => o.last < c.first && c.first - o.last <= 6 && placed(o) && mine(o) && !reported(o) && !modifies(o));
  return before.length ? before[before.length - 1]!.ann.value.key : null;
}
