/**
 * @module stages/events/04-modality — the modality refiner: asserted, planned, proposed, hypothetical or negated.
 *
 * Every modality cue of the lexicon is matched once per sentence. A cue applies to a
 * candidate when it comes before the trigger and
 * - `before` cues: within `window` words, in the trigger's clause (or ending on the word
 *   that opens it: "denied reports that | the army had agreed"), with no other trigger
 *   between them ("has yet to respond to the proposal" negates the response, not the
 *   proposal); a negation stops at a verb of its own when the noun hangs from it by a
 *   preposition ("has not commented on the offer": `negationStops`, `negationCarries`);
 * - `clause` cues: anywhere earlier in the trigger's clause ("if …");
 * - `sentence` cues: anywhere earlier in the sentence (a proposal's frame: "the framework
 *   calls for the release of …", "under the plan, …");
 * - `following` cues: a condition after the trigger, within `window` words and with no other
 *   trigger between ("will resume fighting if Hamas fails to …").
 * A cue inside a quote applies only to triggers inside the same quote. A cue inside the
 * trigger's own words before its head counts too ("a deal could be announced").
 * The strongest modality by the lexicon's precedence wins (negated, proposed,
 * hypothetical, planned); without a cue the event is asserted.
 * Then, in order:
 * - a gerund that opens its clause is an action named, not one done ("Reaching an
 *   agreement is not guaranteed"): hypothetical;
 * - the items of a list introduced by a sentence that names a proposal and ends with a
 *   colon ("This proposal involves:", "the plan would unfold in stages:") are proposal
 *   terms: short paragraphs, or paragraphs opened by a list mark or a label ("Phase one:");
 * - a verb coordinated with an earlier trigger ("to agree to a ceasefire and release
 *   hostages") shares its modality;
 * - a noun trigger that is the object of an earlier trigger shares its modality, or when
 *   that one is asserted becomes a term of it: planned under an agreement ("agreed on the
 *   release of …"), proposed under a proposal, hypothetical under talks, demands, warnings
 *   and responses ("talks on the release of hostages").
 */
import type { Annotation } from '../../pipeline/annotation.js';
import type { QuoteValue } from '../quotes/index.js';
import type { Clause, ClauseCache } from './03-clauses.js';
import type { Condition, EventLexicon, ModalityCue } from './lexicon.js';
import type { Candidate, EventType, Modality } from './types.js';
import { anyBetween, coordinatedInfinitive, infinitiveAt, namesDeal, pastForm, purposeOfVisit, type EventView, type SentenceRange } from './view.js';
import { WordTable } from './words.js';

/** Words before a past participle that leave it a term still to come ("are to be freed", "would be released"). */
const PLAN_BEFORE: ReadonlySet<string> = new Set(['be', 'to', 'would', 'will', "'ll", 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'get']);

/** A cue found in a sentence. */
interface CueHit {
  readonly cue: ModalityCue;
  readonly first: number;
  readonly last: number;
  /** The direct quote that holds the cue (`quoteAt`), found once per hit rather than once per candidate. */
  readonly quote: Annotation<QuoteValue> | null;
}

const cueTables = new WeakMap<EventLexicon, WordTable<readonly ModalityCue[] | undefined>>();

/** The lexicon's cue index by word number (`lex.cueAnchors`, read from an array). */
function cueTable(lex: EventLexicon): WordTable<readonly ModalityCue[] | undefined> {
  let t = cueTables.get(lex);
  if (t === undefined) {
    t = new WordTable((w) => lex.cueAnchors.get(w));
    cueTables.set(lex, t);
  }
  return t;
}

function cueHits(scope: ModalityScope, si: number): CueHit[] {
  const { view, lex } = scope;
  const s = view.sentences[si]!;
  const aux = lex.sets.get('aux') ?? null;
  const table = cueTable(lex);
  const out: CueHit[] = [];
  for (let k = s.first; k <= s.last; k++) {
    const cues = view.wordValue(table, k);
    if (cues === undefined || view.inTime[k] === 1) continue;
    for (const cue of cues) {
      if (cue.opening && !opensSentence(view, s, k)) continue;
      if (cue.afterDeal && !dealReachedBefore(scope.candidates, si)) continue;
      const m = view.matchAnchored(cue.pattern, k, s.last, aux);
      if (m === null) continue;
      if (!allHold(view, lex, cue.requires, s, k, m.last) || anyHolds(view, lex, cue.unless, s, k, m.last)) continue;
      out.push({ cue, first: k, last: m.last, quote: quoteAt(view, view.starts[k]!, si) });
    }
  }
  // a frame that overrides other cues of its sentence ("Under the agreement signed on Wednesday, … would …")
  for (const h of out) if (h.cue.overrides.size > 0) return out.filter((x) => !h.cue.overrides.has(x.cue.id));
  return out;
}

/**
 * Whether an earlier sentence reports a deal reached: an asserted agreement (the candidates of
 * earlier sentences have their modality already: `refineModality` goes in document order).
 */
function dealReachedBefore(candidates: readonly Candidate[], si: number): boolean {
  for (const c of candidates) {
    if (c.sentence >= si) return false;
    if (c.type === 'agreement' && c.modality === 'asserted') return true;
  }
  return false;
}

/** Dashes and colons after which a sentence's own words begin (a dateline: "DOHA, Jan 16 (Wire) - Under the deal, …"). */
const OPENERS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '"', '“', "'", '‘']);

/** Whether token `k` is the first word of sentence `s`, or the first after a dateline's dash or a colon. */
function opensSentence(view: EventView, s: SentenceRange, k: number): boolean {
  if (k === s.first) return true;
  for (let j = s.first; j < k; j++) if (view.kinds[j] !== 'punct' && !OPENERS.has(view.words[j]!)) return OPENERS.has(view.words[k - 1]!);
  return true;
}

/** Whether every condition holds of the cue's words `[first, last]` (a loop: no closure per cue tried). */
function allHold(view: EventView, lex: EventLexicon, conditions: readonly Condition[], s: SentenceRange, first: number, last: number): boolean {
  for (const c of conditions) if (!view.holds(c, s, first, last, lex)) return false;
  return true;
}

/** Whether some condition holds of the cue's words `[first, last]`. */
function anyHolds(view: EventView, lex: EventLexicon, conditions: readonly Condition[], s: SentenceRange, first: number, last: number): boolean {
  for (const c of conditions) if (view.holds(c, s, first, last, lex)) return true;
  return false;
}

const LIST_MARK = /^\s*(?:[-*•–]|\d{1,2}[.)])\s/;

/** Whether sentence `si` is an item of a list that a proposal sentence ending in ':' introduces. */
function inProposalList(view: EventView, lex: EventLexicon, si: number): boolean {
  const frame = lex.sets.get('frameNoun');
  if (!frame) return false;
  const here = view.sentences[si]!;
  const para = here.paragraph;
  // a list mark ("- ", "2. ") or a label ("Phase one (six weeks): …") opens the paragraph
  const marked = (x: { start: number; first: number; last: number }): boolean => {
    if (LIST_MARK.test(view.text.slice(view.text.lastIndexOf('\n', x.start - 1) + 1, x.start + 2))) return true;
    for (let k = x.first + 1; k <= Math.min(x.last - 1, x.first + 8); k++) if (view.words[k] === ':') return true;
    return false;
  };
  // a list item starts with a list mark, or is one short sentence alone in its paragraph
  const short = here.last - here.first <= 40 && view.sentences[si - 1]?.paragraph !== para && view.sentences[si + 1]?.paragraph !== para;
  const first = view.firstSentenceOf(para) ?? here;
  if (!short && !marked(first)) return false;
  for (let j = si - 1; j >= 0 && j >= si - 8; j--) {
    const prev = view.sentences[j]!;
    if (prev.paragraph === para) continue;
    const lastWord = view.words[prev.last]!;
    if (lastWord === ':') {
      for (let k = prev.first; k < prev.last; k++) if (view.is(frame, k)) return true;
      return false;
    }
    // list items are marked or short; a long unmarked paragraph ends the list
    if (prev.last - prev.first > 40 && !marked(view.firstSentenceOf(prev.paragraph) ?? prev)) return false;
  }
  return false;
}

/**
 * The index of the direct quote whose content holds `offset`, or -1. Words in quotation
 * marks and the narration around them do not share modality cues; reported speech does
 * ("urged Hamas to accept": the cue governs the reported clause).
 */
function quoteAt(view: EventView, offset: number, si: number): Annotation<QuoteValue> | null {
  for (const q of view.quotesIn(si)) if (q.value.kind !== 'indirect' && q.start <= offset && offset < q.end) return q;
  return null;
}

const GOVERNED: Readonly<Partial<Record<EventType, Modality>>> = { agreement: 'planned', proposal: 'proposed', talks: 'hypothetical', demand: 'hypothetical', warning: 'hypothetical', response: 'hypothetical' };

/** The strongest modality cue found so far for one candidate (`consider`), by the lexicon's precedence. */
class ModalityChoice {
  modality: Modality | null = null;
  cue = '';

  constructor(private readonly rank: ReadonlyMap<Modality, number>) {}

  consider(modality: Modality, cue: string): void {
    if (this.modality === null || (this.rank.get(modality) ?? 99) < (this.rank.get(this.modality) ?? 99)) {
      this.modality = modality;
      this.cue = cue;
    }
  }
}

/** What the modality rules of one document share. */
interface ModalityScope {
  readonly view: EventView;
  readonly lex: EventLexicon;
  readonly clauses: ClauseCache;
  readonly candidates: Candidate[];
  readonly rank: ReadonlyMap<Modality, number>;
  /** Every candidate's head, ascending. */
  readonly heads: number[];
  readonly hitsBySentence: Map<number, CueHit[]>;
  readonly listItems: Map<number, boolean>;
}

/**
 * Sets `modality` and `modalityCue` of every candidate. The rules are small functions (one big
 * function cost a long optimizing compile, repeated after every deoptimization).
 */
export function refineModality(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: Candidate[]): void {
  const rank = new Map<Modality, number>();
  for (let i = 0; i < lex.precedence.length; i++) rank.set(lex.precedence[i]!, i);
  const heads: number[] = [];
  for (const c of candidates) heads.push(c.head);
  heads.sort((a, b) => a - b);
  const scope: ModalityScope = { view, lex, clauses, candidates, rank, heads, hitsBySentence: new Map(), listItems: new Map() };
  for (let ci = 0; ci < candidates.length; ci++) candidateModality(scope, ci);
  for (let i = 1; i < candidates.length; i++) inheritModality(scope, candidates[i - 1]!, candidates[i]!);
}

/** The modality of `candidates[ci]` from the cues of its sentence and its own form. */
function candidateModality(scope: ModalityScope, ci: number): void {
  const { view, lex } = scope;
  const c = scope.candidates[ci]!;
  let hits = scope.hitsBySentence.get(c.sentence);
  if (!hits) { hits = cueHits(scope, c.sentence); scope.hitsBySentence.set(c.sentence, hits); }
  const clause = scope.clauses.clause(c.sentence, c.head);
  const best = new ModalityChoice(scope.rank);
  // a condition ("if …", "unless …") wraps a negation: "if the hostages were not freed" is hypothetical
  const conditional = hits.length > 0 && applyCues(scope, ci, hits, clause, best);
  // "would only release more hostages as part of a deal that ends the war": what an unnamed deal would do is not done
  const dealClause = unreachedDealClause(scope, c);
  if (dealClause !== null) best.consider(dealClause, 'a deal that');
  // "Talks on the second phase were supposed to begin on February 3 but have not started": they did not take place
  const unrealized = c.pos === 'noun' ? butNotRealized(scope, c, clause) : null;
  if (unrealized !== null) best.consider('negated', unrealized);
  const before = c.first - 1 >= clause.first ? view.words[c.first - 1]! : '';
  const opener = c.first === clause.first || (c.first - clause.first <= 2 && (view.kinds[c.first - 1] === 'punct' || before === 'that'));
  if (c.pos === 'verb' && view.words[c.head]!.endsWith('ing') && opener) best.consider('hypothetical', 'gerund');
  let listItem = scope.listItems.get(c.sentence);
  if (listItem === undefined) { listItem = inProposalList(view, lex, c.sentence); scope.listItems.set(c.sentence, listItem); }
  if (listItem) best.consider('proposed', 'proposal list item');
  // "the prisoner exchange proposal", "a ceasefire plan", "a hostage release deal": the event named by a proposal or a deal
  if (c.type !== 'proposal' && namesDeal(view, lex, c)) best.consider('proposed', `${view.words[c.head]} ${view.words[c.last + 1]}`);
  // "a U.S. proposal to free an American-Israeli soldier", "a plan to end the war": what the proposal would do
  const frame = lex.sets.get('frameNoun');
  if (c.pos === 'verb' && view.words[c.first - 1] === 'to' && frame !== undefined && c.first >= 2 && view.is(frame, c.first - 2)) best.consider('proposed', `${view.words[c.first - 2]} to`);
  // "is due to travel to Washington on Sunday to meet Trump": the purpose of a trip is as real as the trip
  // (a trip made only aims at it: "have arrived in Cairo to broker an agreement" stays hypothetical)
  const visit = best.modality === null ? purposeOfVisit(view, scope.candidates, ci) : -1;
  if (visit >= 0 && scope.candidates[visit]!.modality !== 'asserted') {
    const trip = scope.candidates[visit]!;
    c.modality = trip.modality;
    c.modalityCue = `purpose of "${view.words[trip.head]}"`;
    return;
  }
  // a bare infinitive, active or passive ("the number of prisoners to be freed")
  const infinitive = view.words[c.first - 1] === 'to' || ((view.words[c.first - 1] === 'be' || view.words[c.first - 1] === 'get') && view.words[c.first - 2] === 'to');
  if (best.modality === null && lex.infinitiveModality !== null && c.pos === 'verb' && infinitive) best.consider(lex.infinitiveModality, 'to (infinitive)');
  // "urged both sides to return to the table and reach a fair deal": a bare form joined to an infinitive is one too
  else if (best.modality === null && lex.infinitiveModality !== null && c.pos === 'verb' && coordinatedInfinitive(view, lex, c, clause.first) >= 0) best.consider(lex.infinitiveModality, 'and (infinitive)');
  if (best.modality === null) return;
  if (conditional && best.modality === 'negated') {
    c.modality = 'hypothetical';
    c.modalityCue = `${best.cue} (in a condition)`;
  } else {
    c.modality = best.modality;
    c.modalityCue = best.cue;
  }
}

/** Considers every cue hit of the candidate's sentence that applies to it; returns whether a conditional clause cue applied. */
function applyCues(scope: ModalityScope, ci: number, hits: readonly CueHit[], clause: Clause, best: ModalityChoice): boolean {
  const { view } = scope;
  const c = scope.candidates[ci]!;
  let conditional = false;
  const inQuote = quoteAt(view, view.starts[c.first]!, c.sentence);
  /** Whether `c` is inside an earlier noun trigger's complement (computed on first need). */
  let topic: boolean | null = null;
  /** Where the words after `c` that `after` cues read start and end (computed on first need). */
  let after: { readonly tail: number; readonly limit: number } | null = null;
  for (const h of hits) {
    const inside = h.first > c.first && h.last < c.head;
    if ((h.cue.pos !== null && h.cue.pos !== c.pos) || h.cue.notTypes.has(c.type) || (h.cue.types !== null && !h.cue.types.has(c.type))) continue;
    if (h.cue.scope === 'after') {
      if (topic === null) topic = inComplement(view, scope.lex, scope.clauses, scope.candidates, ci);
      if (topic) continue;
      after ??= afterReach(scope, c, clause);
      const { tail, limit } = after;
      if (h.first > tail && h.first - tail - 1 <= h.cue.window && h.last <= limit && !anyBetween(scope.heads, tail, h.first)) best.consider(h.cue.modality, view.text.slice(view.starts[h.first]!, view.ends[h.last]!));
      continue;
    }
    if (h.cue.scope === 'following') {
      // "Israel will resume fighting if Hamas fails to release …": the condition after the main clause governs its trigger
      // an infinitive between them takes the condition ("threatened to strike if talks fail": the strike, not the threat)
      let infinitive = false;
      for (let k = c.last + 1; k < h.first - 1 && !infinitive; k++) infinitive = view.words[k] === 'to' && view.kinds[k + 1] === 'word' && infinitiveAt(view, scope.lex, k + 1);
      if (!infinitive && h.first > c.last && h.first - c.last - 1 <= h.cue.window && h.quote === inQuote && !anyBetween(scope.heads, c.head, h.first)) best.consider(h.cue.modality, view.text.slice(view.starts[h.first]!, view.ends[h.last]!));
      continue;
    }
    if (h.last >= c.first && !inside && !(h.cue.trailing && h.cue.scope === 'sentence' && h.first > c.last && setOffTag(view, h.first, h.last))) continue;
    if (h.cue.triggerSuffix !== null && !view.words[c.head]!.endsWith(h.cue.triggerSuffix)) continue;
    if (h.cue.notPast && toldInPast(view, scope.lex, c)) continue;
    // "Hamas would free 33 hostages in the first phase, the proposal says": a plan read as the speaker of the
    // content it sets out frames that content (its cue or speaker words are the frame, outside the quote)
    if (h.quote !== inQuote && !(h.quote === null && inQuote !== null && h.cue.scope === 'sentence' && framesQuote(view, inQuote.value, h.first, h.last))) continue;
    // "agreed to a 60-day ceasefire that took effect on Wednesday": a relative clause after another trigger has its own mood
    if (h.cue.scope === 'before' && relativeAfterTrigger(view, scope.candidates, h.last, c.first)) continue;
    // "called the move \"blackmail\" and demanded that …": a past form after "and" is a predication of its own
    if (h.cue.scope === 'before' && h.cue.modality !== 'negated' && c.pos === 'verb' && h.last < c.first - 1 && view.words[c.first - 1] === 'and' && pastForm(view, scope.lex, c.head)) continue;
    // "Under the deal brokered by Qatar, the group freed 33 hostages on Sunday": a past form under a deal reached is done, not a term to come
    if (h.cue.id === 'frame-under-deal' && c.pos === 'verb' && c.head > c.first - 1 && pastForm(view, scope.lex, c.head) && !PLAN_BEFORE.has(view.words[c.head - 1] ?? '')) continue;
    const applies = inside || h.cue.scope === 'sentence'
      || (h.cue.scope === 'clause' && h.first >= clause.first)
      || (h.cue.scope === 'before' && (h.first >= clause.first || h.last === clause.first) && withinWindow(view, h.last, c.first, h.cue.window) && !anyBetween(scope.heads, h.last, c.first)
        && !(h.cue.modality === 'negated' && c.pos === 'noun' && negationStops(view, scope.lex, h.last, c.first)));
    if (applies) {
      best.consider(h.cue.modality, view.text.slice(view.starts[h.first]!, view.ends[h.last]!));
      if (h.cue.scope === 'clause' && h.cue.modality === 'hypothetical') conditional = true;
    }
  }
  return conditional;
}

/**
 * Whether the cue at `first`..`last` is a tag set off after what it reports: a comma (and
 * quotation marks) before it, punctuation or the sentence's end after it (`…, the proposal
 * says.`, `…,” the draft reads, …`). Not `…, while the proposal says Israel would withdraw`
 * or `…, and the plan says …`: a clause of its own, whose cue governs only what follows.
 */
function setOffTag(view: EventView, first: number, last: number): boolean {
  let k = first - 1;
  while (k >= 0 && view.kinds[k] === 'quote') k--;
  if (k < 0 || view.words[k] !== ',') return false;
  const next = last + 1;
  return next >= view.n || view.sentenceOf[next] !== view.sentenceOf[last] || view.kinds[next] === 'punct' || view.kinds[next] === 'quote' || view.kinds[next] === 'dash';
}

/** Whether tokens `first`…`last` overlap the speaker or cue words of `q` (the reporting frame of the quote). */
function framesQuote(view: EventView, q: QuoteValue, first: number, last: number): boolean {
  const a = view.starts[first]!, b = view.ends[last]!;
  const over = (sp: { start: number; end: number } | null): boolean => sp !== null && sp.start < b && a < sp.end;
  return over(q.speakerSpan) || over(q.cueSpan);
}

/** Quotation marks that open or close a quoted name ("an \"all for all\" exchange"). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * The words strictly between tokens `a` and `b`, a quoted name counting as one word: "proposed an
 * \"all for all\" exchange" has two words between the cue and the noun, as "proposed an all-for-all exchange".
 */
function wordsBetween(view: EventView, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) {
    n++;
    if (!QUOTE_MARKS.has(view.words[k]!)) continue;
    let close = -1;
    for (let j = k + 1; j < b && j <= k + 8 && close < 0; j++) if (QUOTE_MARKS.has(view.words[j]!)) close = j;
    if (close > 0) k = close;
  }
  return n;
}

/** Whether at most `window` words stand between tokens `a` and `b` (a quoted name counting one: `wordsBetween`, read only when the plain gap is a little over). */
function withinWindow(view: EventView, a: number, b: number, window: number): boolean {
  const gap = b - a - 1;
  return gap <= window || (gap <= window + 8 && wordsBetween(view, a, b) <= window);
}

/** Verbs that tell a clause not in the simple past ("before a deal is signed", "before the truce takes effect"). */
const NOT_PAST_AUX: ReadonlySet<string> = new Set(['is', 'are', 'be', 'has', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'does', 'do', 'to']);

/**
 * Whether trigger `c` is told in the simple past: a verb in a past form ("before the talks
 * collapsed"), or a noun whose verb, a few words on, is ("before the truce took effect",
 * "before the truce was declared").
 */
function toldInPast(view: EventView, lex: EventLexicon, c: Candidate): boolean {
  if (c.pos === 'verb') {
    const prev = view.words[c.head - 1] ?? '';
    if (NOT_PAST_AUX.has(prev)) return false;
    return prev === 'was' || prev === 'were' || prev === 'had' || pastForm(view, lex, c.head);
  }
  const s = view.sentences[c.sentence]!;
  for (let k = c.last + 1; k <= Math.min(s.last, c.last + 4); k++) {
    const w = view.words[k]!;
    if (view.kinds[k] === 'punct' || NOT_PAST_AUX.has(w)) return false;
    if (w === 'was' || w === 'were' || w === 'had' || pastForm(view, lex, k)) return true;
  }
  return false;
}

/**
 * Whether a relative pronoun right after another trigger stands between a cue ending at `cueLast` and the trigger at `first`.
 * `that` right after a verb trigger's verb opens its complement, no relative clause: in "demanded that the government reach a deal" the
 * deal is what is demanded.
 */
function relativeAfterTrigger(view: EventView, candidates: readonly Candidate[], cueLast: number, first: number): boolean {
  for (let k = cueLast + 1; k < first; k++) {
    const w = view.words[k]!;
    if ((w === 'that' || w === 'which' || w === 'who') && candidates.some((x) => x.last === k - 1 && (w !== 'that' || x.pos !== 'verb' || x.head !== x.last))) return true;
  }
  return false;
}

/**
 * Whether a negation ending at word `cueLast` stops before the noun trigger starting at `first`:
 * a word of its own (a verb: "has not commented", "has not given up") stands between them and
 * the noun hangs from it by a preposition (`negationStops`): "Kyiv has not commented on the
 * offer", "is not a party to the deal" — the offer and the deal are still there. Verbs that
 * bring the noun about (`negationCarries`) pass the negation on ("did not lead to a deal"); a
 * bare "no" or "without" names the noun itself ("no progress on a deal" reads as before).
 */
function negationStops(view: EventView, lex: EventLexicon, cueLast: number, first: number): boolean {
  const stops = lex.sets.get('negationStops');
  const carries = lex.sets.get('negationCarries');
  const aux = lex.sets.get('aux');
  const links = lex.sets.get('objectLinks');
  const cue = view.words[cueLast]!.toLowerCase();
  if (!stops || (cue !== 'not' && cue !== "n't" && cue !== 'never' && cue !== 'to')) return false;
  for (let p = cueLast + 2; p < first; p++) {
    if (!view.is(stops, p)) continue;
    const w = p - 1;
    if (view.kinds[w] !== 'word' || (aux && view.is(aux, w)) || (links && view.is(links, w)) || (carries && view.is(carries, w))) continue;
    return true;
  }
  return false;
}

/**
 * The last word of `c`'s own phrase (`tail`: a noun's complement included) and the last word
 * `after` cues may reach (`limit`): none when "and"/"or" and an auxiliary follow the noun (a
 * verb phrase of the clause's subject: "ready to start talks and would not accept"), the
 * clause's end, or past a relative clause set off by
 * commas after a noun ("Negotiations on the second phase, which was supposed to begin on
 * Feb. 3, | have yet to start": the verb after it is the noun's).
 */
function afterReach(scope: ModalityScope, c: Candidate, clause: Clause): { tail: number; limit: number } {
  const { view, lex } = scope;
  if (c.pos !== 'noun') return { tail: c.last, limit: clause.last };
  const tail = complementEnd(view, lex, c.last, clause.last);
  // "was ready to start second-phase talks and would not accept …": a verb phrase joined after the noun is its clause subject's, not the noun's
  const joiner = view.words[tail + 1];
  const aux = lex.sets.get('aux');
  if ((joiner === 'and' || joiner === 'or' || joiner === 'but') && aux !== undefined && tail + 2 <= clause.last && view.is(aux, tail + 2)) return { tail, limit: tail };
  const rel = relativeClauseAfter(view, nounPhraseEnd(view, lex, c.last), view.sentences[c.sentence]!.last);
  return rel > tail ? { tail: rel, limit: Math.max(clause.last, scope.clauses.clause(c.sentence, rel + 1).last) } : { tail, limit: clause.last };
}

/**
 * The modality of trigger `c`, a verb in the present, that opens a relative clause after an
 * indefinite deal noun ("as part of a deal that ends the war", "an agreement which releases all
 * hostages"): a deal wished for, `hypothetical`; one a party approved (`the cabinet approved a
 * deal that frees 33 hostages`; the lexicon's `dealApprovedVerbs`), `planned`; one reached
 * (`reached a deal that ends …`; `dealMadeVerbs`), left to the other cues (null).
 */
function unreachedDealClause(scope: ModalityScope, c: Candidate): Modality | null {
  const { view, lex } = scope;
  const deal = lex.sets.get('agreementNoun');
  const rel = view.words[c.first - 1];
  if (deal === undefined || (rel !== 'that' && rel !== 'which') || pastForm(view, lex, c.head) || !view.is(deal, c.first - 2)) return null;
  const det = view.words[c.first - 3];
  if (det !== 'a' && det !== 'an' && det !== 'any') return null;
  const made = lex.sets.get('dealMadeVerbs');
  const approved = lex.sets.get('dealApprovedVerbs');
  if (made !== undefined && view.is(made, c.first - 4)) return null;
  if (approved !== undefined && view.is(approved, c.first - 4)) return 'planned';
  return 'hypothetical';
}

/**
 * The words that say a noun subject's event has not come about, in a clause joined by "but" or
 * "yet" right after the noun's own clause ("talks … were supposed to begin on February 3 | but have
 * not started"; the lexicon's `unrealized` verbs), or null. Only when the noun opens its clause (it
 * is the subject both clauses share).
 */
function butNotRealized(scope: ModalityScope, c: Candidate, clause: Clause): string | null {
  const { view, lex } = scope;
  const verbs = lex.sets.get('unrealized');
  const aux = lex.sets.get('aux');
  if (verbs === undefined || aux === undefined || c.first - clause.first > 2) return null;
  // "Negotiations on the second phase, which would see …, were supposed to begin on Feb. 3 but have not started": past a relative clause
  const rel = relativeClauseAfter(view, nounPhraseEnd(view, lex, c.last), view.sentences[c.sentence]!.last);
  const k = (rel > c.last ? scope.clauses.clause(c.sentence, rel + 1) : clause).last + 1;
  if (view.words[k] !== 'but' && view.words[k] !== 'yet') return null;
  let j = k + 1;
  let negated = false;
  while (j <= view.sentences[c.sentence]!.last && view.kinds[j] === 'word' && view.is(aux, j)) {
    const w = view.words[j]!;
    if (w === 'not' || w === "n't" || w === 'never' || w === 'yet') negated = true;
    j++;
  }
  return negated && j <= view.sentences[c.sentence]!.last && view.is(verbs, j) ? view.text.slice(view.starts[k]!, view.ends[j]!) : null;
}

/** A trigger coordinated with the one before it, or the object of it, shares or takes its modality. */
function inheritModality(scope: ModalityScope, p: Candidate, c: Candidate): void {
  const { view, lex, rank } = scope;
  if (p.sentence !== c.sentence) return;
  if (p.type === c.type) { sameTypeObject(view, p, c); priceOf(view, p, c); return; }
  const gap = c.first - p.last - 1;
  // "was ready to exchange all prisoners and called on Moscow": a past form after an infinitive is the main verb's partner, not the infinitive's
  const afterInfinitive = view.words[p.first - 1] === 'to' && pastForm(view, lex, c.head);
  const joined = (c.pos === 'verb' && gap <= 8 && !afterInfinitive && (view.words[c.first - 1] === 'and' || view.words[c.first - 1] === 'or')) || nounsJoined(view, lex, p, c);
  // "backed the agreement, which the union reached in January": a deal its own words report reached is no mere object
  const reached = c.head > c.first && pastForm(view, lex, c.head);
  // "a proposal by the Quad group - the United States, … - for a three-month truce": the proposer between a proposal and its term
  const from = p.type === 'proposal' && p.pos === 'noun' ? pastProposer(view, p.last + 1, c.first - 1) : p.last + 1;
  const object = c.pos === 'noun' && c.type !== 'proposal' && c.modality === 'asserted' && !reached && ((c.first - from - durationTokens(view, from, c.first - 1) <= 4 && linked(view, lex, from, c.first - 1)) || listedObject(view, lex, from, c.first - 1));
  if (!joined && !object) { priceOf(view, p, c); return; }
  if (object && GOVERNED[p.type] === 'hypothetical' && p.modality !== 'proposed') {
    // the topic of talks, a demand or a warning is only talked of, whether or not the talks took place
    c.modality = 'hypothetical';
    c.modalityCue = `object of "${view.words[p.head]}"`;
  } else if (p.modality !== 'asserted' && (rank.get(p.modality) ?? 99) < (rank.get(c.modality) ?? 99)) {
    c.modality = p.modality;
    c.modalityCue = `${joined ? 'coordinated with' : 'object of'} "${view.words[p.head]}"`;
  } else if (object && p.modality === 'asserted' && GOVERNED[p.type]) {
    c.modality = GOVERNED[p.type]!;
    c.modalityCue = `object of "${view.words[p.head]}"`;
  }
}

/**
 * "proposed a 50-day extension of the truce in exchange for the release of 10 hostages": the price
 * named after "in exchange for" / "in return for" a few words on is as real as what it pays for —
 * proposed with a proposed truce, planned with a planned one (an asserted swap leaves it alone).
 */
function priceOf(view: EventView, p: Candidate, c: Candidate): void {
  if (c.pos !== 'noun' || c.modality !== 'asserted' || p.modality === 'asserted' || c.first - p.last > 10) return;
  for (let k = c.first - 1; k >= Math.max(p.last + 1, c.first - 5); k--) {
    const w = view.words[k]!;
    if (view.kinds[k] !== 'word') return;
    if (w === 'for' && (view.words[k - 1] === 'exchange' || view.words[k - 1] === 'return') && view.words[k - 2] === 'in') {
      c.modality = p.modality;
      c.modalityCue = p.modalityCue;
      return;
    }
  }
}

/** Dashes that set off an aside ("the Quad group - the United States, Saudi Arabia … - for"). */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);

/**
 * The word after a proposal noun's own "by X" that links it to its term ("a proposal by Egypt |
 * for a truce"; the proposer may carry an aside set off by dashes), or `a` when the words from `a`
 * are no such proposer (at most five words besides the aside, up to `b`).
 */
function pastProposer(view: EventView, a: number, b: number): number {
  if (view.words[a] !== 'by') return a;
  let words = 0;
  for (let k = a + 1; k <= b; k++) {
    const w = view.words[k]!;
    if (w === 'for' || w === 'of' || w === 'on') return k;
    if (DASHES.has(w)) {
      let j = k + 1;
      while (j <= b && !DASHES.has(view.words[j]!)) j++;
      if (j > b) return a;
      k = j;
      continue;
    }
    if (view.kinds[k] !== 'word' || ++words > 5) return a;
  }
  return a;
}

/** Types whose verb's object of the same type is the same event (`sameTypeObject`). */
const SAME_TYPE_OBJECTS: ReadonlySet<EventType> = new Set(['proposal', 'aid']);

/**
 * "hoped to present a bridging proposal", "are expected to put forward a compromise proposal",
 * "hoped to send at least 50 trucks of medical supplies": the noun that a verb of its own type
 * puts forward or sends (a few words apart, words only) is that verb's object and takes its
 * modality, so the two read as one event (09-coreference).
 */
function sameTypeObject(view: EventView, p: Candidate, c: Candidate): void {
  if (!SAME_TYPE_OBJECTS.has(p.type) || p.pos !== 'verb' || c.pos !== 'noun' || c.modality !== 'asserted' || p.modality === 'asserted') return;
  const gap = c.first - p.last - 1;
  if (gap > 3) return;
  for (let k = p.last + 1; k < c.first; k++) if (view.kinds[k] !== 'word' && view.kinds[k] !== 'number') return;
  c.modality = p.modality;
  c.modalityCue = `object of "${view.words[p.head]}"`;
}

/** How a walk over object links ended (`walkLinks`). */
interface LinkWalk {
  /** The first word met that is neither an object link nor a conjunction or word the walk passes, or -1: none stopped it. */
  readonly other: number;
  /** The first `and`/`or` met when the walk reads conjunctions, or -1. */
  readonly conjunction: number;
}

/** How to walk: what `and`/`or` are (walked past, the end of the walk, or words like any other), in which direction, what else to pass. */
interface WalkOptions {
  readonly conjunctions: 'pass' | 'stop' | 'words';
  readonly backward?: boolean;
  readonly passes?: (k: number) => boolean;
}

/**
 * Walks the tokens `[from, to]` (from `to` back to `from` when `backward`) over the lexicon's
 * object links ("on the", "of", "for a"): the one scan behind `linked`, `listedObject` and
 * `nounsJoined`. A conjunction is tested before the links; `passes` lets other words through
 * ("in", a mention). The walk ends at the first other word, at the first conjunction when
 * `conjunctions` is `stop`, or at the end of the range.
 */
function walkLinks(view: EventView, lex: EventLexicon, from: number, to: number, { conjunctions, backward = false, passes }: WalkOptions): LinkWalk {
  const links = lex.sets.get('objectLinks');
  let conjunction = -1;
  const step = backward ? -1 : 1;
  for (let k = backward ? to : from; backward ? k >= from : k <= to; k += step) {
    const w = view.words[k]!;
    if (conjunctions !== 'words' && (w === 'and' || w === 'or')) {
      if (conjunction < 0) conjunction = k;
      if (conjunctions === 'stop') return { other: -1, conjunction };
    } else if (!(links !== undefined && view.is(links, k)) && !(passes !== undefined && passes(k))) return { other: k, conjunction };
  }
  return { other: -1, conjunction };
}

/** The noun's last word, or the last word of a complement of it that runs to a comma (`Negotiations on the second phase of the truce|,`). */
function nounPhraseEnd(view: EventView, lex: EventLexicon, last: number): number {
  const preps = lex.sets.get('nounComplement');
  if (preps === undefined || !view.is(preps, last + 1)) return last;
  for (let k = last + 2; k <= last + 10 && k < view.words.length; k++) {
    if (view.words[k] === ',') return k - 1;
    if (view.kinds[k] === 'punct') return last;
  }
  return last;
}

/** Relative pronouns that open a clause set off by commas after a noun. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whose']);

/** Longest relative clause set off by commas, in words. */
const RELATIVE_WINDOW = 16;

/**
 * The closing comma of a relative clause set off by commas right after word `last` (`…, which
 * was supposed to begin on Feb. 3,`), when the sentence goes on after it; else -1.
 */
export function relativeClauseAfter(view: EventView, last: number, sentenceLast: number): number {
  if (view.words[last + 1] !== ',' || !RELATIVES.has(view.words[last + 2]!.toLowerCase())) return -1;
  for (let k = last + 3; k < Math.min(sentenceLast, last + 3 + RELATIVE_WINDOW); k++) {
    if (view.words[k] === ',') return k;
    if (view.words[k] === ';' || view.words[k] === ':') return -1;
  }
  return -1;
}

/**
 * The last word of a noun trigger's own complement, when one follows it and runs up to an
 * auxiliary ("talks on a broader ceasefire | have not started": the verb after the
 * complement is the noun's, so its cues are counted from there); else `last`. The
 * complement is a word of the `nounComplement` set and at most eight more words, with no
 * punctuation ("talks on the second phase of the ceasefire in Gaza | are supposed to begin"),
 * or a participle set off by commas ("the talks, co-hosted by Saudi Arabia and Switzerland, | would").
 */
function complementEnd(view: EventView, lex: EventLexicon, last: number, clauseLast: number): number {
  const preps = lex.sets.get('nounComplement');
  const aux = lex.sets.get('aux');
  if (!preps || !aux || last + 2 > clauseLast) return last;
  // a participle set off by commas ("the talks, co-hosted by Saudi Arabia and Switzerland, would aim")
  const aside = participleAside(view, last, clauseLast);
  if (aside >= 0 || view.words[last + 1] === ',') return aside >= 0 ? aside : last;
  if (!view.is(preps, last + 1)) return last;
  // the words of a name count once ("a summit between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame | was cancelled")
  let words = 1;
  for (let k = last + 2; k <= Math.min(clauseLast, last + 24) && words < 10; k++) {
    // "talks on a second phase, meant to end the war, | are due to begin": the complement and a participle aside after it
    if (view.kinds[k] === 'punct') return view.words[k] === ',' ? Math.max(last, participleAside(view, k - 1, clauseLast)) : last;
    if (view.is(aux, k)) return k - 1;
    if (view.mentionAt[k] === null || view.mentionAt[k] !== view.mentionAt[k - 1]) words++;
  }
  return last;
}

/** Participles without the -ed ending that open an aside after a noun ("talks, meant to end the war, …"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['meant', 'held', 'led', 'set', 'known', 'seen', 'made', 'sent', 'brought', 'begun', 'given', 'taken', 'struck', 'won', 'built', 'drawn', 'laid', 'put']);

/** The closing comma of a participle aside set off by commas right after word `last` (", co-hosted by …,", ", meant to …,"); else -1. */
function participleAside(view: EventView, last: number, clauseLast: number): number {
  const w = view.words[last + 2];
  if (view.words[last + 1] !== ',' || w === undefined || !(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return -1;
  for (let k = last + 3; k <= Math.min(clauseLast, last + 12); k++) if (view.words[k] === ',') return k;
  return -1;
}

/**
 * Whether candidate `ci` lies inside the complement of an earlier noun trigger of its
 * sentence ("talks on the release of hostages | have not resumed"): it is that noun's
 * topic, and the verb after the complement (its cues of scope `after`) is the head noun's.
 * Only the three candidates before it are looked at (the complement is at most nine words).
 */
function inComplement(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: readonly Candidate[], ci: number): boolean {
  return complementHead(view, lex, clauses, candidates, ci) !== null;
}

/** The earlier noun trigger whose complement holds candidate `ci` (see {@link inComplement}), or null. */
export function complementHead(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: readonly Candidate[], ci: number): Candidate | null {
  const c = candidates[ci]!;
  for (let j = ci - 1; j >= 0 && j >= ci - 3; j--) {
    const p = candidates[j]!;
    if (p.sentence !== c.sentence) return null;
    if (p.pos !== 'noun' || p.last >= c.first) continue;
    if (c.last <= complementEnd(view, lex, p.last, clauses.clause(p.sentence, p.head).last)) return p;
  }
  return null;
}

/**
 * Whether two noun triggers are coordinated objects ("talks on a ceasefire in Gaza and the
 * release of hostages"): only `and`/`or`, object links, the place of the first and up to four
 * plain lower-case words (no auxiliary, past form or gerund: "the release of the remaining
 * hostages and a permanent end to the war") between them.
 */
function nounsJoined(view: EventView, lex: EventLexicon, p: Candidate, c: Candidate): boolean {
  if (c.pos !== 'noun' || p.pos !== 'noun' || c.first - p.last > 8) return false;
  // "a ceasefire deal could not be confirmed, and negotiations continued": a noun trigger that ends in its own verb is a clause, and what follows ", and" another
  if (p.head === p.last && p.last > p.first && pastForm(view, lex, p.last) && view.words[p.last + 1] === ',') return false;
  const aux = lex.sets.get('aux');
  const reporting = lex.sets.get('reporting');
  // a few plain lower-case words of the first noun's complement or the second's modifiers ("the release of the remaining hostages and a permanent end to the war")
  let plain = 0;
  const plainWord = (k: number): boolean => {
    const w = view.words[k]!;
    // a demonym is a modifier too ("all Palestinian prisoners")
    if (plain >= 4 || view.kinds[k] !== 'word' || (w !== view.text.slice(view.starts[k]!, view.ends[k]!) && !view.isDemonym(k)) || view.inTime[k] === 1) return false;
    // an -ing word right after a determiner is an adjective ("the remaining hostages"), elsewhere a verb
    const adjective = w.endsWith('ing') && (view.words[k - 1] === 'the' || view.words[k - 1] === 'all');
    if ((aux !== undefined && view.is(aux, k)) || (reporting !== undefined && view.is(reporting, k)) || pastForm(view, lex, k) || (w.endsWith('ing') && !adjective)) return false;
    plain++;
    return true;
  };
  const walk = walkLinks(view, lex, p.last + 1, c.first - 1, {
    conjunctions: 'pass',
    passes: (k) => view.words[k] === 'in' || view.words[k] === ',' || view.mentionAt[k] !== null || plainWord(k),
  });
  return walk.other < 0 && walk.conjunction >= 0;
}

/**
 * Whether a noun is the second of two objects of a trigger, the first not itself a trigger
 * ("talks on a ceasefire in Gaza and the release of hostages"): the words between open with
 * an object link, hold a short phrase without times or verbs of saying, then `and`/`or` and
 * object links only.
 */
function listedObject(view: EventView, lex: EventLexicon, a: number, b: number): boolean {
  const links = lex.sets.get('objectLinks');
  const aux = lex.sets.get('aux');
  const reporting = lex.sets.get('reporting');
  if (!links || b - a > 9 || a > b || !view.is(links, a)) return false;
  // back from the noun: object links, then the last `and`/`or` before it
  const walk = walkLinks(view, lex, a + 1, b, { conjunctions: 'stop', backward: true });
  const and = walk.conjunction;
  if (walk.other >= 0 || and < 0 || and - a > 6) return false;
  for (let k = a + 1; k < and; k++) {
    if (view.inTime[k] || view.kinds[k] !== 'word' || (aux && view.is(aux, k)) || (reporting && view.is(reporting, k))) return false;
  }
  return true;
}

/** Whether the words between a trigger and a noun make the noun its object ("agreed on the release of"); "after talks" does not. */
function linked(view: EventView, lex: EventLexicon, a: number, b: number): boolean {
  // "a proposal for a 30-day | three-month truce": a duration before the noun is part of it
  return walkLinks(view, lex, a, b, { conjunctions: 'words', passes: (k) => durationModifier(view, k) }).other < 0;
}

/** A hyphenated duration before a noun, one token ("30-day", "three-month", "six-week"). */
const DURATION_MODIFIER = /^[a-z0-9]+-(?:hour|day|week|month|year)$/;

/** Whether token `k` is a hyphenated duration (`DURATION_MODIFIER`). */
function durationModifier(view: EventView, k: number): boolean {
  return DURATION_MODIFIER.test(view.words[k]!);
}

/** How many words of `[a, b]` are hyphenated durations (they count as no word of a gap); at most ten are read. */
function durationTokens(view: EventView, a: number, b: number): number {
  let n = 0;
  if (b - a > 10) return 0;
  for (let k = a; k <= b; k++) if (durationModifier(view, k)) n++;
  return n;
}

