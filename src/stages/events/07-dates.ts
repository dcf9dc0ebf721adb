/**
 * @module stages/events/07-dates — when the event happened, never blindly the publication date.
 *
 * In order:
 * 1. time: each time expression of a sentence belongs to the trigger nearest to it,
 *    counted in words ("took effect on November 24 and lasted until December 1": each
 *    trigger keeps its own date; "since Hamas' October 7 attack" dates the attack, not the
 *    visit before it); one behind another trigger or in another clause counts as farther,
 *    and a fronted one ("By November 22, a pause was reached") as the main clause's.
 *    Durations, sets, generic references ("now") and "since …" (the start of a state, as in
 *    "held since October") are not event dates; "until …" dates only an end. A time stays
 *    in its own clause: a relative clause set off by commas ("the second phase, which was
 *    supposed to begin on Feb. 3"), a "since" clause ("since the war began in 2014"), the
 *    main clause before "after"/"if" …, the main verb before an infinitive of purpose; a
 *    ", when" clause right after a time happened then ("on Oct. 18, when …").
 * 2. time-coarse: an expression the anchor could not resolve ("on Tuesday" in an article
 *    dated only to the month) gives the publication date at its own precision.
 * 3. anaphora: "during the truce" takes the month of the document's latest truce start.
 * 4. statement: an asserted event reported by a dated statement ("announced on Wednesday
 *    that Israel and Hamas had agreed") takes the statement's date: it had happened by then.
 * 5. tense: an asserted event told in the past or present takes the publication month
 *    (precision month): reported news happened around then. Planned, proposed,
 *    hypothetical and negated events get no date from tense, nor do events in general
 *    ("past ceasefire agreements have broken down": the lexicon's `undated` words).
 * A bare weekday of a schedule told in the past ("was expected to travel on Thursday") is
 * the coming one. Finally an asserted event dated after its publication day (a verb in the
 * present, after its month) is `planned`, and so is a
 * hypothetical one whose only cue is "would" and that has a day of its own ("said a
 * delegation would travel to Cairo on Monday": the future seen from the past).
 */
import type { Precision } from '../../pipeline/document.js';
import type { Clause, ClauseCache } from './03-clauses.js';
import { breakBetween } from './03-clauses.js';
import { complementHead } from './04-modality.js';
import { inSet, type EventLexicon, type WordSet } from './lexicon.js';
import { formatWeek, parseDay } from '../time/calendar.js';
import type { Candidate } from './types.js';
import { anyBetween, GERUND_LEADS, infinitiveAt, latestBefore, namesDeal, pastForm, purposeOfVisit, type EventView, type TimeAt } from './view.js';

/** Determiners before a time that modifies the noun after it ("the January agreement", "its 2023 contract"). */
const ATTRIBUTIVE_LEADS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'this', 'that', "'s", "'"]);

/** Words of a schedule before a time ("expected in late January", "scheduled for Monday"): the time of what is scheduled, not of a statement. */
const SCHEDULE_WORDS: ReadonlySet<string> = new Set(['expected', 'scheduled', 'slated', 'due', 'planned']);

/** Nouns a time before them names the limit of ("a midnight deadline", "the January 15 deadline"): no event happens then. */
const DEADLINE_NOUNS: ReadonlySet<string> = new Set(['deadline', 'deadlines', 'ultimatum', 'cutoff', 'cut-off']);

const GENERIC: ReadonlySet<string> = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
const RANK: Readonly<Record<Precision, number>> = { unknown: 0, year: 1, month: 2, week: 3, day: 4, time: 5 };

/** Whether a time expression can date an event of this candidate. */
function usable(view: EventView, lex: EventLexicon, t: TimeAt, c: Candidate, floor: number): boolean {
  const v = t.ann.value;
  if (v.type === 'duration' || v.type === 'set') return false;
  if (v.value !== null && GENERIC.has(v.value)) return false;
  if (v.value !== null && v.value.startsWith('P')) return false;
  // "sets midnight deadline as talks resume": the time of a deadline dates no event
  if (t.last + 1 < view.n && DEADLINE_NOUNS.has(view.words[t.last + 1]!)) return false;
  // "Israel agreed on Friday to keep the crossing open": the day of the promise, not of the act promised
  if (t.last < c.first && view.words[c.first - 1] === 'to') {
    const commits = lex.sets.get('commitVerbs');
    if (commits !== undefined) for (let k = Math.max(floor, t.first - 3); k <= c.first - 2; k++) if (view.is(commits, k)) return false;
  }
  // "had said it would stage walkouts if no deal was reached by the weekend": a weekday told from an earlier
  // statement counts from that statement's day, which the text does not give (the time stage counted from the article's)
  if (t.op === 'weekday' && pastPerfectReport(view, lex, floor, t, c)) return false;
  const before = t.first > floor ? view.words[t.first - 1]! : '';
  const before2 = t.first - 1 > floor ? view.words[t.first - 2]! : '';
  if (before === 'since' || before2 === 'since') return false;
  // "with a self-imposed deadline of March 31 looming": the time a deadline names dates no event either
  if ((before === 'of' || before === 'on' || before === 'for') && DEADLINE_NOUNS.has(before2)) return false;
  // "told the Boston Globe last week that the union's demands would …": the time of a statement to someone named, before what it reports
  if (t.last + 1 < view.n && view.words[t.last + 1] === 'that' && c.first > t.last && toldBefore(view, t.first, floor)) return false;
  // "on December 2, its only attack since the truce began": a trigger of a "since" clause takes no time from before the clause
  for (let k = c.first - 1; k >= Math.max(floor, c.first - 4) && view.kinds[k] === 'word'; k--) if (view.words[k] === 'since' && t.last < k) return false;
  // "the largest swap since the war began in 2014": the time of a "since" clause is no date of a trigger before it
  for (let k = t.first - 3; k >= Math.max(floor, t.first - 7) && view.kinds[k] === 'word'; k--) {
    if (view.words[k] !== 'since') continue;
    if (c.first < k) return false;
    // "the first agreement since fighting erupted on April 15, commits both sides to allow aid": the clause ends at the comma;
    // "truces announced since fighting broke out on April 15 collapsed within hours": the clause's verb came before its time,
    // a verb after the time is the main clause's (a noun stays the clause's own: "since Hamas' October 7 attack")
    if (c.first > t.last && c.pos === 'verb') return false;
    for (let j = t.last + 1; j < c.first; j++) if (view.words[j] === ',') return false;
    break;
  }
  // "offered to cut the working week by 2028", "demanded an answer by Friday": a deadline of what is offered or demanded, not when
  // (a fronted "By Monday, Egypt had presented a proposal" still dates it)
  if ((before === 'by' || view.words[t.first] === 'by') && (c.type === 'proposal' || c.type === 'demand') && t.first - floor > 3) return false;
  // "Under the deal brokered by the United States, Israeli troops are to withdraw … by January 26": the deadline of an act the
  // infinitive names, not the trigger's date
  if ((before === 'by' || view.words[t.first] === 'by') && t.first > c.last) {
    for (let k = c.last + 1; k < t.first - 1; k++) if (view.words[k] === 'to' && infinitiveAt(view, lex, k + 1)) return false;
  }
  // "Under the January agreement, the second phase would see the release of …", "its 2023 contract": a time that modifies the noun
  // after it names that noun's time, no other trigger's
  if (ATTRIBUTIVE_LEADS.has(before) && t.last + 1 < view.n && c.first !== t.last + 1 && view.kinds[t.last + 1] === 'word' && /^[a-z]/.test(view.text.slice(view.starts[t.last + 1]!, view.ends[t.last + 1]!))) return false;
  // "demanded a deal before Ramadan": the same for a bound
  if (t.mod === 'BEFORE' && (c.type === 'proposal' || c.type === 'demand')) return false;
  // "said earlier this week that …": the time of the statement, not of what it reports
  const reporting = lex.sets.get('reporting');
  // ("the framework, which Biden announced on May 31": a reporting word that is the trigger itself dates it)
  const ownWord = c.last >= t.first - 2 && c.last < t.first;
  // ("a ratification ballot expected in late January": a schedule word's time is the event's)
  const scheduled = SCHEDULE_WORDS.has(before) || SCHEDULE_WORDS.has(before2);
  if (reporting && !ownWord && !scheduled && (inSet(reporting, before) || inSet(reporting, before2)) && c.type !== 'warning' && c.type !== 'demand') return false;
  if ((before === 'until' || before === 'till' || before2 === 'until') && c.type !== 'ceasefire_end') return false;
  // "has warned that time is running out … before the end of the transition period on December 31": a time in what is warned of or demanded
  if ((c.type === 'warning' || c.type === 'demand') && t.first > c.last && view.words.slice(c.last + 1, t.first).includes('that')) return false;
  return true;
}

/** Verbs of telling someone: "told the Boston Globe last week that …". */
const TELLING: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reminded', 'briefed']);

/** Whether a verb of telling stands within the seven words before word `k` (and after `floor`), with no comma between. */
function toldBefore(view: EventView, k: number, floor: number): boolean {
  for (let i = k - 1; i >= Math.max(floor, k - 7); i--) {
    if (view.words[i] === ',' || view.words[i] === '.') return false;
    if (TELLING.has(view.words[i]!)) return true;
  }
  return false;
}

/**
 * Whether time `t` and candidate `c` are told under a past perfect of a reporting verb ("had said",
 * "had warned") that comes between word `from` and the time: both sit in the reported clause (after
 * the verb, no comma between: "The army, which had warned of an offensive, attacked Goma on Monday"
 * dates the attack), or the candidate is not asserted.
 */
function pastPerfectReport(view: EventView, lex: EventLexicon, from: number, t: TimeAt, c: Candidate): boolean {
  const reporting = lex.sets.get('reporting');
  if (reporting === undefined) return false;
  const to = t.first;
  for (let k = from; k < to - 1; k++) {
    const verb = view.is(reporting, k + 1) ? k + 1 : k + 2 < to && view.is(reporting, k + 2) ? k + 2 : -1;
    if (view.words[k] !== 'had' || verb < 0) continue;
    if (c.modality !== 'asserted') return true;
    if (c.first <= verb) continue;
    let comma = false;
    for (let j = verb + 1; j < Math.max(t.last, c.last) && !comma; j++) comma = view.words[j] === ',';
    if (!comma) return true;
  }
  return false;
}

/** The publication date's value cut to `precision`, or null. */
function publishedAt(view: EventView, max: Precision): { value: string; precision: Precision } | null {
  const p = view.published;
  if (!p || p.value === null || RANK[p.precision] < RANK.year) return null;
  const precision: Precision = RANK[p.precision] < RANK[max] ? p.precision : max;
  if (precision === 'month' && p.value.length >= 7) return { value: p.value.slice(0, 7), precision };
  if (precision === 'year') return { value: p.value.slice(0, 4), precision };
  if (precision === 'day' && p.value.length >= 10) return { value: p.value.slice(0, 10), precision };
  return null;
}

/** Whether a time expression dates a statement ("said on Monday", "announced on Wednesday"). */
function statementTime(view: EventView, lex: EventLexicon, t: TimeAt, floor: number): boolean {
  const reporting = lex.sets.get('reporting');
  if (!reporting || /^P|_REF$/.test(t.ann.value.value ?? '') || t.ann.value.type === 'duration' || t.ann.value.type === 'set') return false;
  return (t.first - 1 >= floor && view.is(reporting, t.first - 1)) || (t.first - 2 >= floor && view.is(reporting, t.first - 2));
}

/** Whether an `undated` word ("past", "previous") comes shortly before the trigger in its clause. */
function generic(view: EventView, lex: EventLexicon, c: Candidate, clauses: ClauseCache): boolean {
  const clause = clauses.clause(c.sentence, c.head);
  for (let k = c.first - 1; k >= Math.max(clause.first, c.first - lex.undatedWindow); k--) if (view.is(lex.undated, k)) return true;
  // "Under the deal brokered by Qatar, the group freed …": the deal a frame names was reached before, not this month
  if (c.type === 'agreement' && c.pos === 'noun' && FRAME_DETERMINERS.has(view.words[c.first - 1] ?? '') && (view.words[c.first - 2] === 'under' || view.words[c.first - 3] === 'under')) return true;
  // "A previous ceasefire, brokered by Angola in July 2024, collapsed": the subject before an aside set off by commas
  const opening = view.asideOpening(c.first, view.sentences[c.sentence]!.first);
  if (opening < c.first) for (let k = opening - 1; k >= Math.max(view.sentences[c.sentence]!.first, opening - lex.undatedWindow); k--) if (view.is(lex.undated, k)) return true;
  return false;
}

/** Determiners of the deal a frame names ("under the deal", "under their agreement"). */
const FRAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'a', 'an']);

/** Relative pronouns that open a clause of a noun's own. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'when']);

/** Words one of which every phrase of the lexicon's `sameDay` holds (a test checks it). */
export const SAME_DAY_WORDS: ReadonlySet<string> = new Set(['later', 'same', 'afterwards', 'afterward', 'after']);

/** Whether a relative pronoun opens the words `[a, b)` right after a noun (after a comma at most). */
function ownRelative(view: EventView, a: number, b: number): boolean {
  const k = view.words[a] === ',' ? a + 1 : a;
  return k < b && RELATIVES.has(view.words[k]!);
}

/** Whether "after" or "following" stands shortly before token `k` ("reached a deal after talks that ended on Sunday": the deal came then too). */
function sequenced(view: EventView, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) if (view.words[i] === 'after' || view.words[i] === 'following') return true;
  return false;
}

/**
 * What the date rules of one document share: its candidates by sentence and their heads in
 * order. The rules are small functions over it (one big function cost a long optimizing
 * compile, repeated after every deoptimization).
 */
interface DateScope {
  readonly view: EventView;
  readonly lex: EventLexicon;
  readonly clauses: ClauseCache;
  readonly candidates: Candidate[];
  /** Every candidate's head, ascending. */
  readonly heads: number[];
  /** Candidates by sentence: a long document has thousands of candidates and times, each time is compared with its own sentence's candidates only. */
  readonly bySentence: Map<number, Candidate[]>;
  readonly aux: WordSet | null;
}

/** Whether one of the lexicon's `enactingVerbs` ("voted") stands within the three words before word `k`. */
function enactedBy(scope: DateScope, k: number): boolean {
  const enacting = scope.lex.sets.get('enactingVerbs');
  if (enacting === undefined) return false;
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) if (scope.view.is(enacting, i)) return true;
  return false;
}

/** How far time expression `t` is from candidate `c`, in words and penalties (the lowest is its owner). */
function score(scope: DateScope, c: Candidate, t: TimeAt): number {
  const { view } = scope;
  const breaks = scope.clauses.breaks(c.sentence);
  const after = t.first > c.last;
  const distance = after ? t.first - c.last : c.first - t.last;
  const lo = after ? c.last : t.last;
  const hi = after ? t.first : c.first;
  let sc = distance;
  if (after ? headsBetweenPastRelative(scope, c, lo, hi) : anyBetween(scope.heads, lo, hi)) sc += 100;
  // a fronted time opens the sentence ("By November 22, a pause was reached"), not one that closes a first clause ("… begin on Monday, but Israel …")
  const fronted = !after && breaks.length > 0 && t.last < breaks[0]! && view.words[t.last + 1] === ',' && t.first - view.sentences[c.sentence]!.first <= 3;
  if (!fronted && breakBetween(breaks, lo, hi)) sc += 30;
  // a time usually follows its verb ("touched down on Tuesday"); one before the trigger counts as farther
  if (!after && !fronted) sc += 3;
  // "begin on Monday, the 16th day of a truce that took effect on January 19": a relative clause
  // after the time does not reach back to it
  if (!after) for (let k = t.last + 1; k < c.first; k++) if (RELATIVES.has(view.words[k]!) || view.words[k] === 'who') { sc += 30; break; }
  if (inOtherRelative(scope, c, t) || afterOwnRelative(scope, c, t) || inOtherAside(scope, c, t)) sc += 100;
  // "If members reject it, the union could strike again on January 15": a trigger of a fronted subordinate clause takes no time after it
  // (only for a trigger inside that clause, before its closing comma: not "After weeks of talks, the two sides signed … in Cairo, Egypt, on Tuesday")
  if (after && SUBORDINATE_LEADS.has(view.words[view.sentences[c.sentence]!.first]!.toLowerCase())) {
    let comma = -1;
    for (let k = view.sentences[c.sentence]!.first; k <= c.last && comma < 0; k++) if (view.words[k] === ',') comma = k;
    if (comma < 0) for (let k = c.last + 1; k < t.first; k++) if (view.words[k] === ',') { sc += 100; break; }
  }
  // "offered to host talks, two years after Russia pulled out of the grain deal in July 2023": a time inside a later subordinate clause is that clause's
  if (after && laterSubordinate(scope, c.last + 1, t.first - 1)) sc += 100;
  // "talks stalled on Monday after Hamas rejected an Israeli demand": a subordinate clause after the time has a time of its own
  // ("The truce held on Sunday while hostages were released": a "while" clause in the past shares the main clause's day)
  if (!after) for (let k = t.last + 1; k < c.first; k++) if (SUBORDINATE_LEADS.has(view.words[k]!) && !(view.words[k] === 'while' && pastWhile(scope, k, c.last))) { sc += 100; break; }
  // "rejected an earlier offer of a 50% raise on Tuesday and demanded a ban": the time closes the first verb's phrase
  if (!after && t.last === c.first - 2 && view.words[c.first - 1] === 'and' && c.pos === 'verb') sc += 30;
  // "met him in Doha on Friday to discuss the negotiations": a time before an infinitive of purpose is the main verb's
  // but not after a verb that does what its infinitive says ("voted on Saturday to ratify the contract": the vote ratified it that day)
  if (!after && view.words[t.last + 1] === 'to' && infinitiveAt(view, scope.lex, t.last + 2) && !enactedBy(scope, t.first)) sc += 30;
  // "had rejected an invitation to the Geneva meeting in July, insisting that …": a gerund after the time's comma is an aside of the main verb
  if (!after && c.first === t.last + 2 && view.words[t.last + 1] === ',' && view.words[c.first]!.endsWith('ing') && t.first > view.sentences[c.sentence]!.first + 2) sc += 30;
  // "met him in Doha on Tuesday before traveling to Cairo": the time is the main verb's, not the gerund's
  if (!after && c.first === t.last + 2 && GERUND_LEADS.has(view.words[t.last + 1]!) && view.words[c.first]!.endsWith('ing')) sc += 30;
  return sc;
}

/** Words that open a later subordinate clause with a verb of its own (`laterSubordinate`). */
const LATER_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'although', 'though', 'whereas', 'while', 'when', 'if', 'unless']);

/**
 * Whether the words `[from, to]` between a trigger and a time after it open a subordinate clause
 * with a finite verb of its own ("… after Russia pulled out of the grain deal | in July 2023"):
 * the time dates that clause, not the trigger before it. "after a delay on Sunday" (no verb) does not.
 */
function laterSubordinate(scope: DateScope, from: number, to: number): boolean {
  const { view, lex } = scope;
  const past = lex.sets.get('pastForms');
  for (let k = from; k <= to; k++) {
    // ("said it was pleased to have reached a deal | and that surgeries would resume by Monday": a second reported clause)
    if (!LATER_LEADS.has(view.words[k]!) && !(view.words[k] === 'that' && k > from && view.words[k - 1] === 'and')) continue;
    for (let j = k + 2; j <= to; j++) {
      const w = view.words[j]!;
      if (view.kinds[j] !== 'word' || view.mentionAt[j] !== null) continue;
      if ((w.endsWith('ed') && w === view.text.slice(view.starts[j]!, view.ends[j]!)) || (past !== undefined && view.is(past, j)) || (scope.aux !== null && view.is(scope.aux, j))) return true;
    }
    return false;
  }
  return false;
}

/** Whether the "while" clause opened at word `lead` is told in the past up to word `last` (+2): "while hostages were released", not "while talks continue". */
function pastWhile(scope: DateScope, lead: number, last: number): boolean {
  const { view, lex } = scope;
  for (let j = lead + 1; j <= Math.min(last + 2, view.n - 1) && view.kinds[j] !== 'punct'; j++) {
    const w = view.words[j]!;
    if (w === 'was' || w === 'were' || (view.mentionAt[j] === null && pastForm(view, lex, j) && w === view.text.slice(view.starts[j]!, view.ends[j]!))) return true;
  }
  return false;
}

/** Words that open a subordinate clause (the time before one is the main clause's). */
const SUBORDINATE_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'although', 'though', 'unless', 'whereas', 'if', 'while']);

/** Relative words that open a clause set off by commas (`, which …,`, `, where …`). */
const COMMA_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);

/**
 * Whether time `t` stands in a relative clause set off by commas that is not about `c`: the
 * clause tells of the noun right before it ("talks on the second phase, which was supposed to
 * begin on Feb. 3", "a deal could be reached by Ramadan, which began on Monday"), so its time
 * dates only a trigger inside it or that noun itself ("Talks, which resumed on Monday, …").
 */
function inOtherRelative(scope: DateScope, c: Candidate, t: TimeAt): boolean {
  const { view } = scope;
  const rel = scope.clauses.clause(c.sentence, t.first);
  if (!COMMA_RELATIVES.has(view.words[rel.first]!.toLowerCase()) || view.words[rel.first - 1] !== ',') return false;
  if (c.first >= rel.first && c.last <= rel.last) return false;
  // "the agreement, which was reached on Wednesday": a trigger that runs into the relative clause is told there
  if (c.last >= rel.first && c.last <= rel.last) return false;
  return c.last !== rel.first - 2;
}

/**
 * Whether time `t` stands in a participle phrase set off by commas right after another noun
 * trigger ("Israel's proposal, presented to mediators in Cairo on Tuesday, would see Hamas free
 * …"): like a relative clause, it tells of that noun, and its time dates only that noun.
 */
function inOtherAside(scope: DateScope, c: Candidate, t: TimeAt): boolean {
  const { view } = scope;
  const s = view.sentences[c.sentence]!;
  let open = -1;
  for (let k = t.first - 1; k > s.first; k--) if (view.words[k] === ',') { open = k; break; }
  if (open < 0 || !pastForm(view, scope.lex, open + 1) || view.words[open + 1] !== view.text.slice(view.starts[open + 1]!, view.ends[open + 1]!)) return false;
  let close = -1;
  for (let k = t.last + 1; k <= s.last; k++) if (view.words[k] === ',') { close = k; break; }
  if (close < 0) return false;
  const owner = (scope.bySentence.get(c.sentence) ?? []).find((o) => o.pos === 'noun' && o.last === open - 1);
  return owner !== undefined && owner !== c && (c.first > close || c.last < open);
}

/**
 * Whether a trigger head stands between `c` and a time after it (`lo`, `hi`), leaving out the
 * heads of a relative clause set off by commas between them ("Talks on the second phase, which
 * would see the release of …, are supposed to begin on Monday": the release does not stand
 * between the talks and Monday).
 */
function headsBetweenPastRelative(scope: DateScope, c: Candidate, lo: number, hi: number): boolean {
  const { view } = scope;
  for (let k = lo + 1; k < hi - 1; k++) {
    if (view.words[k] !== ',' || !COMMA_RELATIVES.has(view.words[k + 1]!.toLowerCase())) continue;
    const rel = scope.clauses.clause(c.sentence, k + 1);
    if (rel.last >= hi) break;
    return anyBetween(scope.heads, lo, k) || anyBetween(scope.heads, rel.last, hi);
  }
  return anyBetween(scope.heads, lo, hi);
}

/**
 * Whether `c` stands inside a relative clause set off by commas and time `t` comes after that
 * clause, and a trigger of the main clause can take the time ("Talks on the second phase, which
 * would see … a permanent end to the war, are supposed to begin on Monday": the talks begin on Monday).
 */
function afterOwnRelative(scope: DateScope, c: Candidate, t: TimeAt): boolean {
  const { view } = scope;
  if (t.first <= c.last) return false;
  // "The agreement, which was reached on Wednesday, will take effect on Sunday": a trigger that runs into its noun's
  // relative clause ends there; a time after the clause is the main clause's
  const into = scope.clauses.clause(c.sentence, c.last);
  if (into.first > c.first && t.first > into.last && view.words[into.first - 1] === ',' && COMMA_RELATIVES.has(view.words[into.first]!.toLowerCase())) return true;
  const rel = scope.clauses.clause(c.sentence, c.first);
  if (t.first <= rel.last || rel.first === 0 || view.words[rel.first - 1] !== ',' || !COMMA_RELATIVES.has(view.words[rel.first]!.toLowerCase())) return false;
  // only when the main clause has a trigger to take it ("A previous deal, which was negotiated by Angola, collapsed in December": none)
  return (scope.bySentence.get(c.sentence) ?? []).some((o) => o.last < rel.first - 1 || o.first > rel.last);
}

/** Sets `date` of every candidate (and turns an asserted event after its publication day into a planned one). */
export function attachDates(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: Candidate[]): void {
  const heads: number[] = [];
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    // a noun that names a deal's content ("hostage release deal") stands between no time and its trigger
    if (!namesDeal(view, lex, c)) heads.push(c.head);
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  heads.sort((a, b) => a - b);
  const scope: DateScope = { view, lex, clauses, candidates, heads, bySentence, aux: lex.sets.get('aux') ?? null };
  const owned = ownedTimes(scope);
  for (let ci = 0; ci < candidates.length; ci++) dateCandidate(scope, ci, owned.get(candidates[ci]!));
}

/** The time expressions each candidate owns. */
function ownedTimes(scope: DateScope): Map<Candidate, TimeAt[]> {
  const owner = nearestOwners(scope);
  moveToComplementHeads(scope, owner);
  moveToVerbs(scope, owner);
  const owned = new Map<Candidate, TimeAt[]>();
  for (const [t, o] of owner) {
    const list = owned.get(o);
    if (list) list.push(t);
    else owned.set(o, [t]);
  }
  return owned;
}

/** Every usable time expression goes to the trigger of its sentence that is nearest to it. */
function nearestOwners(scope: DateScope): Map<TimeAt, Candidate> {
  const { view, lex } = scope;
  const owner = new Map<TimeAt, Candidate>();
  for (const t of view.times) {
    const si = view.sentenceOf[t.first] ?? -1;
    const inSentence = si < 0 ? undefined : scope.bySentence.get(si);
    if (inSentence === undefined) continue;
    let best: Candidate | null = null;
    let bestScore = 0;
    for (const c of inSentence) {
      const s = view.sentences[si]!;
      if (t.last > s.last || !usable(view, lex, t, c, s.first) || namesDeal(view, lex, c)) continue;
      const sc = score(scope, c, t);
      if (best === null || sc < bestScore) { best = c; bestScore = sc; }
    }
    if (best !== null && bestScore < 100) owner.set(t, best);
  }
  return owner;
}

/**
 * A noun inside another noun's complement ("talks on the release of hostages will resume on
 * Monday") leaves a time after it to that noun: the verb after the complement is the head noun's.
 * So does a verb in a participle aside, past an auxiliary ("Talks on a second phase, meant to end
 * the war, are due to begin next month": the talks begin next month, the war's end is not dated).
 */
function moveToComplementHeads(scope: DateScope, owner: Map<TimeAt, Candidate>): void {
  let index: Map<Candidate, number> | null = null;
  const aux = scope.lex.sets.get('aux');
  for (const [t, o] of owner) {
    if (t.first <= o.last || (o.pos !== 'noun' && !(aux !== undefined && auxBetween(scope.view, aux, o.last, t.first)))) continue;
    if (index === null) index = new Map(scope.candidates.map((c, i) => [c, i]));
    const head = complementHead(scope.view, scope.lex, scope.clauses, scope.candidates, index.get(o)!);
    if (head !== null) owner.set(t, head);
  }
}

/** Whether an auxiliary stands after a comma between tokens `a` and `b` (the main clause's verb after an aside). */
function auxBetween(view: EventView, aux: WordSet, a: number, b: number): boolean {
  let comma = false;
  for (let k = a + 1; k < b; k++) {
    if (view.words[k] === ',') comma = true;
    else if (comma && view.is(aux, k)) return true;
  }
  return false;
}

/**
 * A noun that is the object of a verb trigger ("accepted the plan on Tuesday") leaves its time to the verb
 * unless a relative clause of its own holds the time ("the ceasefire that took effect on Jan. 19",
 * "the ceasefire, which began on Sunday").
 */
function moveToVerbs(scope: DateScope, owner: Map<TimeAt, Candidate>): void {
  const { view } = scope;
  // a verb rule's word that is only ever a noun ("rejected an earlier Hamas response in May") is an object too
  const nounForms = scope.lex.sets.get('nounForms');
  for (const [t, o] of owner) {
    if (o.pos !== 'noun' && !(nounForms !== undefined && view.is(nounForms, o.head))) continue;
    if (t.first > o.last && (ownRelative(view, o.last + 1, t.first) || (RELATIVES.has(view.words[o.first - 1] ?? '') && !determinerThat(scope, o, t))) && !sequenced(view, o.first)) continue;
    // "implement the Jeddah declaration signed in May 2023": a noun trigger ending on its own participle keeps the time after it
    if (t.first > o.last && o.head === o.last && o.head > o.first && pastForm(view, scope.lex, o.head)) continue;
    // not across an infinitive: "agreed to hold a second round of talks in Istanbul on June 2" dates the talks
    // ("agreed to a prisoner exchange on Monday": a "to" before a determiner is a preposition, the agreement's day)
    // nor across a clause break: "will meet in Cairo on Tuesday, and talks will continue in Doha on Thursday"
    const breaks = scope.clauses.breaks(o.sentence);
    const infinitiveBetween = (v: Candidate): boolean => {
      // nor into a clause the verb's "that" opens: "have proposed that the two sides hold talks next week" dates the talks
      // ("rejected that proposal in February": a determiner right before the noun)
      if (view.words[v.last + 1] === 'that' && o.first > v.last + 2) return true;
      let to = false;
      for (let k = v.first + 1; k < o.first; k++) {
        if (view.words[k] === 'to') to = true;
        if (view.words[k] === 'to' && (k + 1 >= o.first || !PREPOSITION_TO_NEXT.has(view.words[k + 1]!))) return true;
        // "agreed to a 60-day ceasefire that took effect on Wednesday": the relative clause's verb keeps its time
        if (to && RELATIVES.has(view.words[k]!)) return true;
      }
      return false;
    };
    const verb = scope.bySentence.get(o.sentence)!.find((v) => v.pos === 'verb' && v.last < o.first && o.first - v.last <= 7 && !infinitiveBetween(v) && !breakBetween(breaks, v.last, o.first));
    if (verb) owner.set(t, verb);
  }
}

/** Words after "to" that make it a preposition ("agreed to a prisoner exchange"), not an infinitive's. */
const PREPOSITION_TO_NEXT: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'any']);

/** Words that may stand between a noun and its verb's time ("rejected that proposal in February"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'last', 'early', 'late', 'this', 'the', 'mid', 'earlier']);

/**
 * Whether the "that" before noun `o` is a determiner, not a relative pronoun: a verb trigger ends
 * right before it and only a time's leading words stand between the noun and time `t` ("Moscow
 * rejected that proposal in February"; not "said that talks resumed on Monday").
 */
function determinerThat(scope: DateScope, o: Candidate, t: TimeAt): boolean {
  const { view } = scope;
  if (view.words[o.first - 1] !== 'that' || !(scope.bySentence.get(o.sentence) ?? []).some((v) => v.pos === 'verb' && v.last === o.first - 2)) return false;
  for (let k = o.last + 1; k < t.first; k++) if (!TIME_LEADS.has(view.words[k]!)) return false;
  return true;
}

/** Dates `candidates[ci]` by the rules in order (module comment), from the time expressions it owns. */
function dateCandidate(scope: DateScope, ci: number, own: readonly TimeAt[] | undefined): void {
  const { view, lex } = scope;
  const c = scope.candidates[ci]!;
  if (own !== undefined) ownTime(scope, c, own);
  if (c.date.basis === 'none' && (c.modality === 'asserted' || c.modality === 'planned')) whenDate(scope, c);
  if (c.date.basis === 'none') anaphoraDate(scope, ci);
  // "is due to travel to Washington on Sunday to meet Trump": the meeting is on the trip's day
  // ("sent a delegation to Cairo on Thursday for talks": talks held on the trip's day, when the trip has a time of its own)
  const trip = c.date.basis === 'none' && c.modality !== 'hypothetical' ? purposeOfVisit(view, scope.candidates, ci) : -1;
  const tripDate = trip >= 0 ? scope.candidates[trip]!.date : null;
  if (tripDate !== null && scope.candidates[trip]!.modality === c.modality && tripDate.value !== null && (c.modality !== 'asserted' || tripDate.basis === 'time')) c.date = { ...tripDate, basis: 'anaphora' };
  // a dated line of a list ("- Nov. 24, 2023: A truce takes effect; Hamas frees 24 hostages"):
  // every event of the line happened on the label's date
  if (c.date.basis === 'none' && c.modality === 'asserted') labelDate(view, c);
  // "In 2023, the union reached a deal … after nine months of talks": a fronted time frames every asserted event of its sentence
  if (c.date.basis === 'none' && c.modality === 'asserted') frontedDate(view, c);
  // "since a week-long truce in November 2023, during which 105 hostages were released": the time of the noun the clause is about
  if (c.date.basis === 'none' && c.modality === 'asserted') duringWhichDate(view, c);
  // "had rejected an invitation … in July, insisting that …": a gerund clause after a comma shares its main verb's time
  if (c.date.basis === 'none' && c.modality === 'asserted') gerundAsideDate(scope, ci);
  // "met their counterparts in Istanbul in July and agreed to exchange …": what the meeting agreed, the meeting's time
  if (c.date.basis === 'none' && c.modality === 'asserted') meetingOutcomeDate(scope, ci);
  // "The union had rejected an offer of a 3.5% rise last month": what a dated verb acted on was there by then, not in the publication month
  if (c.date.basis === 'none' && c.modality === 'asserted') objectDate(scope, ci);
  // "had offered a 12% raise in May, which the union rejected": the answer in a relative clause follows the dated offer
  if (c.date.basis === 'none' && c.modality === 'asserted') relativeAnswerDate(scope, ci);
  // "freed three hostages on Saturday in exchange for the release of 183 prisoners": the price is paid the same day
  if (c.date.basis === 'none') priceDate(scope, ci);
  // "…, and Israel freed 200 prisoners hours later": the day of the event told before it
  if (c.date.basis === 'none' && c.modality === 'asserted' && lex.sameDay.length > 0) sameDayDate(scope, ci);
  // "A day later, Hamas freed two hostages", "two weeks later": that long after the event told before it
  if (c.date.basis === 'none' && c.modality === 'asserted') laterDate(scope, ci);
  // "reached a tentative agreement on Thursday. … The two sides agreed to extend their old contract": the lead's day
  if (c.date.basis === 'none' && c.modality === 'asserted') followUpDate(scope, ci);
  // "A truce took effect on Sunday, and the group released three women": the day of the news clause it is joined to
  if (c.date.basis === 'none' && c.modality === 'asserted') joinedClauseDate(scope, ci);
  // "Thousands rallied in Tel Aviv on Wednesday night, as negotiators met in Doha": the "as" clause is the main clause's time
  if (c.date.basis === 'none' && c.modality === 'asserted') asClauseDate(scope, c);
  if (c.date.basis === 'none' && c.modality === 'asserted') statementDate(view, lex, c);
  // "Israel and Hamas have agreed to a ceasefire, Qatar announced on Wednesday": the day of the attribution after it
  if (c.date.basis === 'none' && c.modality === 'asserted') trailingStatementDate(view, lex, c);
  // "its only attack since the truce began": a "since" clause recalls a background event, not this month's news
  // "Talks had collapsed after Israel rejected the offer": a past perfect and the clause it follows are background, no month of the news
  if (c.date.basis === 'none' && c.modality === 'asserted' && !generic(view, lex, c, scope.clauses) && !sinceBackground(scope, c) && !pastPerfectSequence(view, c)) {
    const coarse = publishedAt(view, 'month');
    if (coarse) c.date = { value: coarse.value, precision: coarse.precision, basis: 'tense', span: null };
  }
  // "said a delegation would travel to Cairo on Monday", "said talks would continue next week": a "would"
  // dated to a day or a week is the future seen from the past (and so is the same event named again in
  // its sentence: "the truce would take effect on Sunday")
  if (c.modality === 'hypothetical' && c.modalityCue === 'would' && c.date.basis === 'time' && RANK[c.date.precision] >= RANK.week) {
    for (const x of scope.bySentence.get(c.sentence)!) {
      if (x !== c && (x.type !== c.type || x.modality !== 'hypothetical' || x.modalityCue !== 'would')) continue;
      x.modality = 'planned';
      x.modalityCue = 'would (dated)';
    }
  }
  // "the names of three hostages to be freed on Saturday": a passive infinitive with a day of its own is a schedule
  if (c.modality === 'hypothetical' && c.modalityCue === 'to (infinitive)' && view.words[c.first - 1] === 'be' && c.date.basis === 'time' && RANK[c.date.precision] >= RANK.week) {
    c.modality = 'planned';
    c.modalityCue = PASSIVE_SCHEDULE;
    // its bare weekday is the coming one, as for a schedule told in the past
    const span = c.date.span;
    const t = span === null ? undefined : view.times.find((x) => x.ann.start === span.start);
    const ahead = t === undefined ? null : forwardWeekday(view, c, t);
    if (ahead !== null) c.date = { ...c.date, value: ahead };
  }
  afterPublication(view, lex, c);
}

/** The nearest of the time expressions the candidate owns dates it (at the publication's precision when the anchor could not resolve it). */
function ownTime(scope: DateScope, c: Candidate, own: readonly TimeAt[]): void {
  let found: TimeAt | null = null;
  let foundScore = Infinity;
  for (const t of own) {
    const sc = score(scope, c, t);
    if (sc < foundScore) { found = t; foundScore = sc; }
  }
  if (found === null) return;
  const v = found.ann.value;
  const span = { start: found.ann.start, end: found.ann.end };
  // "the truce collapsed before Ramadan": no day, only the last one it can be
  if (found.mod === 'BEFORE' && v.value !== null) {
    const day = parseDay(v.value);
    if (day !== null) {
      const prev = new Date(Date.UTC(day.y, day.m - 1, day.d - 1));
      c.date = { value: null, precision: 'unknown', basis: 'time', span, latest: prev.toISOString().slice(0, 10) };
    }
    return;
  }
  if (v.value !== null) c.date = { value: forwardWeekday(scope.view, c, found) ?? v.value, precision: v.precision, basis: 'time', span };
  else {
    const coarse = publishedAt(scope.view, 'month');
    if (coarse) c.date = { value: coarse.value, precision: coarse.precision, basis: 'time-coarse', span };
  }
}

/**
 * "on Oct. 18, when 95 prisoners were swapped", "since the spring of 2022, when negotiations
 * collapsed", "in Doha in March, where the two leaders called for a ceasefire": a clause opened by
 * ", when" or ", where" right after a time tells what happened at that time.
 */
function whenDate(scope: DateScope, c: Candidate): void {
  const { view } = scope;
  const clause = scope.clauses.clause(c.sentence, c.head);
  const s = view.sentences[c.sentence]!;
  // "Talks broke down on Monday when the operators refused to drop a plan": a "when" right after a time, no comma between
  let when = -1;
  for (let k = c.first - 1; k >= Math.max(clause.first + 1, c.first - 6) && view.kinds[k] === 'word'; k--) if (view.words[k] === 'when') { when = k; break; }
  if (when > 0) {
    const t = view.timesStartingIn(s.first, when - 1).find((x) => x.last === when - 1);
    const v = t?.ann.value;
    if (t !== undefined && v !== undefined && v.value !== null && v.type !== 'duration' && v.type !== 'set' && !GENERIC.has(v.value) && !v.value.startsWith('P')) {
      c.date = { value: v.value, precision: v.precision, basis: 'time', span: { start: t.ann.start, end: t.ann.end } };
      return;
    }
  }
  // "hosted Tshisekedi and Kagame in Doha in March, where the two leaders called for a ceasefire": a ", where" clause after a time too
  if ((view.words[clause.first] !== 'when' && view.words[clause.first] !== 'where') || view.words[clause.first - 1] !== ',') return;
  const t = view.timesStartingIn(s.first, clause.first - 2).find((x) => x.last === clause.first - 2);
  const v = t?.ann.value;
  if (t === undefined || v === undefined || v.value === null || v.type === 'duration' || v.type === 'set' || GENERIC.has(v.value) || v.value.startsWith('P')) return;
  c.date = { value: v.value, precision: v.precision, basis: 'time', span: { start: t.ann.start, end: t.ann.end } };
}

/** "…, insisting that …", "…, saying …": an asserted gerund right after a comma takes the time of the trigger before it in its sentence. */
function gerundAsideDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  if (p === undefined || p.sentence !== c.sentence || p.date.basis !== 'time' || view.words[c.first - 1] !== ',' || !view.words[c.first]!.endsWith('ing')) return;
  c.date = { ...p.date, basis: 'anaphora' };
}

/**
 * An agreement verb joined by "and" to the talks verb before it in its sentence, with no subject of its
 * own ("Russian negotiators met their Ukrainian counterparts in Istanbul in July and agreed to exchange
 * 1,200 prisoners"), was reached at that meeting: it takes the meeting's time. (Other coordinated verbs
 * keep their own: "had rejected an offer on Tuesday and demanded a ban".)
 */
function meetingOutcomeDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  if (p === undefined || c.type !== 'agreement' || c.pos !== 'verb' || p.type !== 'talks' || p.pos !== 'verb' || p.sentence !== c.sentence) return;
  if (p.modality !== 'asserted' || p.date.basis !== 'time' || view.words[c.first - 1] !== 'and' || c.first - p.last > 16) return;
  c.date = { ...p.date, basis: 'anaphora' };
}

/**
 * A noun a few words after "in exchange for" / "in return for" (the price of the trigger before it in
 * its sentence, in the same mood: 04-modality's `priceOf`) takes that trigger's date.
 */
function priceDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  if (p === undefined || p.sentence !== c.sentence || c.pos !== 'noun' || p.modality !== c.modality || p.date.basis !== 'time' || c.first - p.last > 10) return;
  for (let k = c.first - 1; k >= Math.max(p.last + 1, c.first - 5) && view.kinds[k] === 'word'; k--) {
    if (view.words[k] === 'for' && (view.words[k - 1] === 'exchange' || view.words[k - 1] === 'return') && view.words[k - 2] === 'in') {
      c.date = { ...p.date, basis: 'anaphora' };
      return;
    }
  }
}

/**
 * A noun trigger that is the object of the verb trigger right before it (a few words on, no
 * clause break, no infinitive between), when that verb is dated by a time of its own to a month
 * before the publication's ("had rejected an offer of a 3.5% rise last month", whose time
 * `moveToVerbs` gave the verb): the publication month would put the offer after its rejection, so
 * it takes the verb's month, the latest it can be (`anaphora`). Within the publication month the
 * object keeps the month of the article (the offer may be older than the day it was answered).
 */
function objectDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  const v = p?.date.value;
  if (p === undefined || v === null || v === undefined || p.sentence !== c.sentence || c.pos !== 'noun' || p.pos !== 'verb' || p.date.basis !== 'time' || p.last >= c.first || c.first - p.last > 7) return;
  const month = publishedAt(view, 'month');
  // (only a month or a year: a day just before a publication on the 1st stays the article's month, as a day of its own month does)
  if (month === null || month.precision !== 'month' || RANK[p.date.precision] > RANK.month || !/^\d{4}/.test(v) || v.slice(0, 7) >= month.value) return;
  if (breakBetween(scope.clauses.breaks(c.sentence), p.last, c.first)) return;
  for (let k = p.last + 1; k < c.first; k++) if (view.kinds[k] !== 'word' || NOT_OBJECT_LINKS.has(view.words[k]!)) return;
  c.date = { value: v, precision: p.date.precision, basis: 'anaphora', span: p.date.span };
}

/**
 * A response verb in a relative clause right after a proposal dated by a time of its own to a
 * month before the publication's ("Brightwell had offered a 12% raise in May, which the union
 * rejected"): the answer came no earlier than the offer, and the text gives no other time, so it
 * takes the offer's month (`anaphora`) rather than the publication month.
 */
function relativeAnswerDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  const v = p?.date.value;
  if (c.type !== 'response' || c.pos !== 'verb' || p === undefined || p.type !== 'proposal' || v === null || v === undefined || p.sentence !== c.sentence || p.date.basis !== 'time' || p.last >= c.first) return;
  // ("had offered a 40 percent raise last week, which the union rejected": an earlier week, that week)
  const day = /^\d{4}-W\d{2}$/.test(v) ? publishedAt(view, 'day') : null;
  const ymd = day !== null && day.precision === 'day' ? parseDay(day.value) : null;
  const week = ymd !== null && v < formatWeek(ymd);
  const month = publishedAt(view, 'month');
  if (!week && (month === null || month.precision !== 'month' || !/^\d{4}-\d{2}/.test(v) || v.slice(0, 7) >= month.value)) return;
  // ", which|that" and at most four words (its subject) before the verb
  let rel = -1;
  for (let k = c.first - 1; k >= Math.max(p.last + 1, c.first - 6); k--) if (RELATIVES.has(view.words[k]!) && view.words[k - 1] === ',') { rel = k; break; }
  if (rel < 0) return;
  for (let k = rel + 1; k < c.first; k++) if (view.kinds[k] !== 'word') return;
  c.date = week ? { value: v, precision: 'week', basis: 'anaphora', span: p.date.span } : { value: v.slice(0, 7), precision: 'month', basis: 'anaphora', span: p.date.span };
}

/** Words between a verb and a noun that make the noun no object of it ("reached an agreement after talks"). */
const NOT_OBJECT_LINKS: ReadonlySet<string> = new Set(['to', 'after', 'before', 'since', 'during', 'following', 'amid', 'despite', 'without', 'until', 'with', 'in', 'at', 'on', 'from', 'by', 'as', 'than', 'and', 'or', 'but']);

/** The cue of a passive infinitive with a day of its own ("hostages to be freed on Saturday"): a schedule. */
const PASSIVE_SCHEDULE = 'to be (dated)';

/**
 * A schedule told in the past tense: "Burns was expected to travel to Cairo on Thursday"; or a trip
 * expected (cue `expected-in`, the word alone): "Burns was expected in the region on Tuesday".
 */
const PAST_SCHEDULE = /^(?:(?:was|were) (?:expected|scheduled|slated|due|set) to|expected|due)$/;

/**
 * The day after publication that a bare weekday of a schedule told in the past tense names
 * ("Burns was expected to travel to Cairo on Thursday" in an article of a Tuesday: the coming
 * Thursday), when the time stage read it back from the past tense; else null.
 */
function forwardWeekday(view: EventView, c: Candidate, t: TimeAt): string | null {
  const v = t.ann.value.value;
  if (c.modality !== 'planned' || c.modalityCue === null || (!PAST_SCHEDULE.test(c.modalityCue) && c.modalityCue !== PASSIVE_SCHEDULE) || t.op !== 'weekday' || v === null || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  for (let k = t.first - 1; k <= t.last; k++) if (SHIFTED.has(view.words[k]!.toLowerCase())) return null;
  const day = publishedAt(view, 'day');
  if (day === null || day.precision !== 'day' || v.slice(0, 10) >= day.value) return null;
  const next = new Date(`${v.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return `${next.toISOString().slice(0, 10)}${v.slice(10)}`;
}

/** Words that fix a weekday's week themselves ("last Thursday", "this Thursday"). */
const SHIFTED: ReadonlySet<string> = new Set(['last', 'past', 'this', 'next', 'previous', 'coming']);

/** "during the truce": the month of the latest earlier event of the type the phrase refers to. */
function anaphoraDate(scope: DateScope, ci: number): void {
  const { view, lex, candidates } = scope;
  const c = candidates[ci]!;
  const clause = scope.clauses.clause(c.sentence, c.head);
  for (const a of lex.dateAnaphora) {
    let hit = false;
    for (let k = clause.first; k < c.first && !hit; k++) if (view.matchAt(a.pattern, k, c.first - 1, scope.aux)) hit = true;
    if (!hit) continue;
    const ref = latestBefore(candidates, ci, (x) => x.type === a.refersTo && x.date.value !== null && RANK[x.date.precision] >= RANK.month);
    if (ref) c.date = { value: ref.date.value!.slice(0, 7), precision: 'month', basis: 'anaphora', span: ref.date.span };
  }
}

/** The date label that opens the candidate's line ("- Nov. 24, 2023: …"). */
function labelDate(view: EventView, c: Candidate): void {
  const s = view.sentences[c.sentence]!;
  let lead = s.first;
  while (lead <= s.last && view.kinds[lead] !== 'word' && view.kinds[lead] !== 'number' && lead - s.first < 2) lead++;
  const label = view.timesStartingIn(lead, lead)[0];
  if (label !== undefined && label.ann.value.value !== null && view.words[label.last + 1] === ':' && label.first < c.first) {
    const v = label.ann.value;
    c.date = { value: v.value, precision: v.precision, basis: 'time', span: { start: label.ann.start, end: label.ann.end } };
  }
}

/**
 * The time that opens the candidate's sentence before a comma ("In 2023, …", "Last month, the army
 * rejected a proposal …"): it frames the sentence, so an asserted event of it with no time of its
 * own happened then (`anaphora`), not in the publication month.
 */
function frontedDate(view: EventView, c: Candidate): void {
  const s = view.sentences[c.sentence]!;
  const t = view.timesStartingIn(s.first, s.first + 2)[0];
  const v = t?.ann.value;
  if (t === undefined || v === undefined || v.value === null || t.last >= c.first || view.words[t.last + 1] !== ',') return;
  dateByFrame(c, t);
}

/**
 * Dates `c` by the time `t` of the phrase that frames it (`anaphora`), when that time names a
 * point or stretch of the calendar: not a duration, a set, a generic time or only a bound.
 */
function dateByFrame(c: Candidate, t: TimeAt): void {
  const v = t.ann.value;
  if (v.value === null || v.type === 'duration' || v.type === 'set' || GENERIC.has(v.value) || v.value.startsWith('P') || t.mod === 'BEFORE') return;
  c.date = { value: v.value, precision: v.precision, basis: 'anaphora', span: { start: t.ann.start, end: t.ann.end } };
}

/** Prepositions that open a relative clause of time after a noun ("during which", "in which"). */
const DURING_WHICH: ReadonlySet<string> = new Set(['during', 'in', 'throughout', 'amid']);

/**
 * "… a week-long truce in November 2023, during which 105 hostages were released": a trigger of a relative
 * clause of time with no time of its own takes the time that closes the noun phrase before ", during which"
 * (`anaphora`).
 */
function duringWhichDate(view: EventView, c: Candidate): void {
  const s = view.sentences[c.sentence]!;
  let which = -1;
  for (let k = c.first - 1; k >= Math.max(s.first + 2, c.first - 8) && view.kinds[k] !== 'punct'; k--) if (view.words[k] === 'which') { which = k; break; }
  if (which < 0 || !DURING_WHICH.has(view.words[which - 1]!) || view.words[which - 2] !== ',') return;
  const t = view.timesStartingIn(Math.max(s.first, which - 6), which - 3).find((x) => x.last === which - 3);
  if (t !== undefined) dateByFrame(c, t);
}

/**
 * "Thousands of Israelis rallied in Tel Aviv on Wednesday night …, as negotiators met in Doha": a clause
 * opened by ", as" (or a participle set off by a comma: "met on Friday, agreeing to …") happens while its main clause does; with no time of its own, it takes the latest day
 * (or finer) of the main clause before it (`anaphora`, at day precision).
 */
function asClauseDate(scope: DateScope, c: Candidate): void {
  const { view } = scope;
  const clause = scope.clauses.clause(c.sentence, c.head);
  let as = -1;
  for (let k = c.first - 1; k >= Math.max(clause.first - 1, c.first - 6); k--) if (view.words[k] === 'as' && view.words[k - 1] === ',') { as = k; break; }
  // "met in Istanbul on Friday, agreeing to exchange …": a participle set off after the main clause happens with it
  if (as < 0) {
    const comma = view.words[c.first] === ',' ? c.first : view.words[c.first - 1] === ',' ? c.first - 1 : -1;
    if (comma > 0 && view.words[comma + 1]!.endsWith('ing') && comma + 1 <= c.last) as = comma + 1;
  }
  if (as < 0) return;
  const s = view.sentences[c.sentence]!;
  let best: TimeAt | undefined;
  for (const t of view.timesStartingIn(s.first, as - 1)) {
    const v = t.ann.value;
    if (t.last >= as || (v.type !== 'date' && v.type !== 'time') || v.value === null || RANK[v.precision] < RANK.day || t.mod === 'BEFORE') continue;
    if (best === undefined || t.first > best.first) best = t;
  }
  if (best === undefined) return;
  c.date = { value: best.ann.value.value!.slice(0, 10), precision: 'day', basis: 'anaphora', span: { start: best.ann.start, end: best.ann.end } };
}

/** "hours later", "the same day": the day of the event told just before, in this sentence or the one before it. */
function sameDayDate(scope: DateScope, ci: number): void {
  const { view, candidates } = scope;
  const c = candidates[ci]!;
  const own = scope.clauses.clause(c.sentence, c.head);
  // "broke down on Wednesday, hours after it took effect": the phrase runs into the clause "after" opens
  const first = view.words[own.first] === 'after' ? Math.max(view.sentences[c.sentence]!.first, own.first - 2) : own.first;
  const clause = first === own.first ? own : { ...own, first };
  // every same-day phrase holds one of these words: most clauses cost one pass over their words
  let gate = false;
  for (let k = clause.first; k <= clause.last && !gate; k++) gate = SAME_DAY_WORDS.has(view.words[k]!);
  if (gate && sameDayPhrase(scope, clause)) sameDayRef(scope, ci);
}

/** Whether a same-day phrase of the lexicon ("hours later") stands in the clause. */
function sameDayPhrase(scope: DateScope, clause: Clause): boolean {
  for (let k = clause.first; k <= clause.last; k++) for (const p of scope.lex.sameDay) if (scope.view.matchAt(p, k, clause.last, scope.aux)) return true;
  return false;
}

/** Dates `candidates[ci]` by the day of the event told just before it: in its sentence or the one before ("Hours later, Israel freed …"). */
/**
 * Sentences back that `hours later` may look for the event it follows: a report often tells
 * the handover, then its scene, then what followed (`Hamas freed three hostages on Saturday.
 * They were handed to the Red Cross. Buses carrying the freed prisoners arrived hours later.`).
 */
const SAME_DAY_LOOKBACK = 3;

/** Auxiliaries after which `since` is the adverb (`has since released`), not a clause of the past. */
const SINCE_ADVERB_AFTER: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having', 'was', 'were', 'is', 'are', 'been', 'ever', 'long']);

/** Whether word `k` is a `since` that opens a clause or phrase of the past (not the adverb of `has since released`). */
function sinceClauseAt(view: EventView, k: number): boolean {
  return view.words[k] === 'since' && !SINCE_ADVERB_AFTER.has(view.words[k - 1] ?? '');
}

/**
 * Whether `x` is told as the background of a "since" ("the fourth exchange since a ceasefire took
 * effect on January 19"): not the event that "hours later" follows.
 */
function sinceBackground(scope: DateScope, x: Candidate): boolean {
  const { view } = scope;
  const clause = scope.clauses.clause(x.sentence, x.head);
  // the adverb `since` after an auxiliary (`Hamas has since released three`) recalls nothing
  for (let k = Math.max(view.sentences[x.sentence]!.first, clause.first - 1); k < x.first; k++) if (sinceClauseAt(view, k)) return true;
  return false;
}

/** The latest event before `candidates[ci]` (in its sentence or up to three before) dated to a day, not one a "since" clause recalls. */
function dayBefore(scope: DateScope, ci: number): Candidate | null {
  const { candidates } = scope;
  const c = candidates[ci]!;
  for (let j = ci - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - SAME_DAY_LOOKBACK; j--) {
    const x = candidates[j]!;
    if (x.date.value !== null && x.date.precision === 'day' && x.date.basis !== 'tense' && !sinceBackground(scope, x)) return x;
  }
  return null;
}

function sameDayRef(scope: DateScope, ci: number): void {
  const c = scope.candidates[ci]!;
  const ref = dayBefore(scope, ci);
  if (!ref) return;
  // "Hours after the Hamas response, Trump called on Israel …": "after" names the event it follows; the day
  // told before is that event's only when it is of its type ("Hours after the handover" of a release told before)
  const named = afterObject(scope, c);
  if (named !== null && named.type !== ref.type) return;
  c.date = { value: ref.date.value, precision: 'day', basis: 'anaphora', span: ref.date.span };
}

/** The event a noun names right after "after" in the sentence of `c`, before or at `c` ("Hours after the Hamas response, …"), else null. */
function afterObject(scope: DateScope, c: Candidate): Candidate | null {
  const { view } = scope;
  const s = view.sentences[c.sentence]!;
  for (const o of scope.bySentence.get(c.sentence) ?? []) {
    // (a noun, not a clause's verb: "hours after it took effect" follows whatever is told before it)
    if (o.first > c.first || pastForm(view, scope.lex, o.head)) continue;
    for (let k = o.first - 1; k >= Math.max(s.first, o.first - 4) && view.kinds[k] === 'word'; k--) if (view.words[k] === 'after') return o;
  }
  return null;
}

/** Words that open a clause told in sequence with a past perfect ("had collapsed after …"). */
const SEQUENCE_LEADS: ReadonlySet<string> = new Set(['after', 'when', 'once']);
/** Adverbs that may stand between "had" and its participle. */
const PERFECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'also', 'earlier', 'previously', 'just', 'twice', 'repeatedly', 'effectively', 'largely']);

/** Whether word `k` reads as a past participle (a regular "-ed"/"-en" form or a common irregular one). */
function participleAt(view: EventView, k: number): boolean {
  const w = view.words[k] ?? '';
  return view.kinds[k] === 'word' && (/^[a-z-]{3,}(?:ed|en|wn)$/.test(w) || PARTICIPLES.has(w));
}
const PARTICIPLES: ReadonlySet<string> = new Set(['met', 'held', 'made', 'struck', 'sent', 'brought', 'fell', 'broke', 'won', 'lost', 'begun', 'run', 'put', 'set', 'left', 'led', 'fought', 'sought', 'told', 'said', 'paid', 'kept', 'shot', 'hit', 'cut', 'come', 'become', 'gone']);

/**
 * "An earlier round of talks had collapsed after Israel rejected a Hamas counter-offer": a past
 * perfect followed by an "after"/"when"/"once" clause tells a sequence before the news; the
 * perfect's verb, its noun subject (at most five words before "had") and the events of the clause
 * after it take no publication month (a time of their own still dates them).
 */
function pastPerfectSequence(view: EventView, c: Candidate): boolean {
  const s = view.sentences[c.sentence]!;
  for (let h = s.first; h < s.last; h++) {
    if (view.words[h] !== 'had') continue;
    const p = PERFECT_ADVERBS.has(view.words[h + 1] ?? '') ? h + 2 : h + 1;
    if (!participleAt(view, p)) continue;
    let lead = -1;
    for (let k = p + 1; k <= s.last; k++) {
      const w = view.words[k]!;
      if (w === ';' || w === ':' || w === 'but' || w === 'while') break;
      if (SEQUENCE_LEADS.has(w)) { lead = k; break; }
    }
    if (lead < 0) continue;
    // (the lead's clause only: "had stalled after Israel rejected the offer, but Hamas released three hostages" dates the release)
    let end = s.last + 1;
    for (let k = lead + 1; k <= s.last && end > s.last; k++) {
      const w = view.words[k]!;
      if (w === ';' || w === 'but' || (w === ',' && CLAUSE_JOINS.has(view.words[k + 1] ?? ''))) end = k;
    }
    if (c.first > lead && c.first < end) return true;
    if (c.pos === 'verb' && c.head === p) return true;
    if (c.pos === 'noun' && c.last < h && h - c.last <= 5) return true;
  }
  return false;
}

/** Words after a comma that open a clause of their own after a sequence lead (", and Israel freed …"). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet', 'whereas']);

/** Words before a past participle that make a perfect: told as background, not as the news of the day. */
const PERFECT_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'having', "'d"]);

/** Whether a perfect auxiliary stands within the three words before the verb at `head` ("has freed", "had since agreed"). */
function perfectBefore(view: EventView, head: number): boolean {
  for (let k = head - 1; k >= Math.max(0, head - 3) && view.kinds[k] === 'word'; k--) if (PERFECT_AUX.has(view.words[k]!)) return true;
  return false;
}
/** Days before publication a lead's event may be and still be the news its follow-ups report. */
const FOLLOW_UP_DAYS = 7;

/** The publication day, when the article is dated to a day (not only a month or year); else null. */
function publishedDay(view: EventView): { y: number; m: number; d: number } | null {
  const p = view.published;
  if (!p?.value || p.precision === 'year' || p.precision === 'month') return null;
  return parseDay(p.value.slice(0, 10));
}

/** Whether the day of `value` lies within FOLLOW_UP_DAYS before the publication day `pub` (the article's news). */
function newsOfTheWeek(value: string, pub: { y: number; m: number; d: number }): boolean {
  const day = parseDay(value.slice(0, 10));
  if (day === null) return false;
  const behind = (Date.UTC(pub.y, pub.m - 1, pub.d) - Date.UTC(day.y, day.m - 1, day.d)) / 86_400_000;
  return behind >= 0 && behind <= FOLLOW_UP_DAYS;
}

/** `c` happened on the day `x` is dated to (by anaphora). */
function takeDayOf(c: Candidate, x: Candidate): void {
  c.date = { value: x.date.value!.slice(0, 10), precision: 'day', basis: 'anaphora', span: x.date.span };
}

/**
 * "The union and the operators reached a tentative agreement on wages on Thursday. … The two
 * sides agreed to extend their old contract until January 15": an asserted event of the same
 * type told in the simple past without a time of its own, in the paragraph of an event dated to
 * a day by its own time or the paragraph after, happened that day when that day is the article's
 * news (within a week before publication): it is a detail of the same news, not a month-old event.
 */
function followUpDate(scope: DateScope, ci: number): void {
  const { view, lex, candidates } = scope;
  const c = candidates[ci]!;
  if (c.pos !== 'verb' || !pastForm(view, lex, c.head)) return;
  if (perfectBefore(view, c.head)) return;
  // "Earlier, the two sides agreed to …", "past agreements": background, no follow-up
  if (sinceBackground(scope, c) || generic(view, lex, c, scope.clauses)) return;
  const pub = publishedDay(view);
  if (pub === null) return;
  const para = view.sentences[c.sentence]!.paragraph;
  if (para < 0) return;
  for (let j = ci - 1; j >= 0; j--) {
    const x = candidates[j]!;
    const xp = view.sentences[x.sentence]!.paragraph;
    if (xp < para - 1) break;
    if (x.type !== c.type || x.modality !== 'asserted' || x.date.basis !== 'time' || x.date.precision !== 'day' || x.date.value === null) continue;
    if (!newsOfTheWeek(x.date.value, pub)) continue;
    takeDayOf(c, x);
    return;
  }
}

/** Words after a comma that join a clause told as part of the same news (", and the group released …", ", where he signed …"). */
const NEWS_JOINS: ReadonlySet<string> = new Set(['and', 'where']);

/**
 * "A ceasefire took effect in Gaza on Sunday, and the militant group released three Israeli women",
 * "flew to Sharm el-Sheikh on Monday, where he signed a document": a verb in the simple past with no
 * time of its own, in a clause joined by ", and" (with a subject of its own) or ", where" to a clause
 * whose asserted verb in the simple past is dated to a day within a week before publication, tells the
 * same day's news: it takes that day (not the publication month). A perfect ("has freed") keeps the month.
 */
function joinedClauseDate(scope: DateScope, ci: number): void {
  const { view, lex, candidates } = scope;
  const c = candidates[ci]!;
  if (c.pos !== 'verb' || !pastForm(view, lex, c.head)) return;
  if (perfectBefore(view, c.head)) return;
  const s = view.sentences[c.sentence]!;
  // the join: a comma and "and"/"where" before the verb, words of a subject between (not a bare verb coordinated with "and")
  let join = -1;
  for (let k = c.first - 1; k > s.first && k >= c.first - 8; k--) {
    if (view.words[k - 1] === ',' && NEWS_JOINS.has(view.words[k]!)) { join = k; break; }
    if (view.kinds[k] !== 'word') return;
  }
  if (join < 0 || (view.words[join] === 'and' && join === c.first - 1)) return;
  const pub = publishedDay(view);
  if (pub === null) return;
  for (let j = ci - 1; j >= 0 && candidates[j]!.sentence === c.sentence; j--) {
    const x = candidates[j]!;
    if (x.last >= join) continue;
    if (x.pos !== 'verb' || x.modality !== 'asserted' || x.date.basis !== 'time' || x.date.precision !== 'day' || x.date.value === null || !pastForm(view, lex, x.head)) return;
    if (!newsOfTheWeek(x.date.value, pub)) return;
    takeDayOf(c, x);
    return;
  }
}

/** Days in one unit of a duration told before "later" (`P1D`, `P2W`). */
const DURATION_DAYS: Readonly<Record<string, number>> = { D: 1, W: 7 };

/**
 * "Hamas freed two hostages a day later", "Two days later, Israel struck Rafah": a duration of days
 * or weeks right before "later" in the trigger's clause dates the event that long after the latest
 * event dated to a day before it (the time stage reads the duration alone).
 */
function laterDate(scope: DateScope, ci: number): void {
  const { view } = scope;
  const c = scope.candidates[ci]!;
  const clause = scope.clauses.clause(c.sentence, c.head);
  const t = view.timesStartingIn(clause.first, clause.last).find((x) => x.last + 1 <= clause.last && view.words[x.last + 1] === 'later' && /^P\d+[DW]$/.test(x.ann.value.value ?? ''));
  if (t === undefined) return;
  const ref = dayBefore(scope, ci);
  const day = ref === null ? null : parseDay(ref.date.value!.slice(0, 10));
  if (day === null) return;
  const v = t.ann.value.value!;
  const next = new Date(Date.UTC(day.y, day.m - 1, day.d));
  next.setUTCDate(next.getUTCDate() + Number(v.slice(1, -1)) * DURATION_DAYS[v.slice(-1)]!);
  const value = next.toISOString().slice(0, 10);
  // an event reported as done cannot lie after the day it was reported (`Two weeks later, Israel
  // freed 30 prisoners` counted from a Monday in the article's own week): the count is not from that day
  const published = publishedAt(view, 'day');
  if (c.modality === 'asserted' && published !== null && value > published.value.slice(0, 10)) return;
  c.date = { value, precision: 'day', basis: 'anaphora', span: { start: t.ann.start, end: t.ann.end } };
}

/** `c` happened by the day of the statement time `said` that reports it. */
function takeStatementDay(c: Candidate, said: TimeAt): void {
  c.date = { value: said.ann.value.value!, precision: said.ann.value.precision, basis: 'statement', span: { start: said.ann.start, end: said.ann.end } };
}

/** "announced on Wednesday that Israel and Hamas had agreed": the day of the statement that reports it. */
function statementDate(view: EventView, lex: EventLexicon, c: Candidate): void {
  const s = view.sentences[c.sentence]!;
  const said = view.timesStartingIn(s.first, c.first - 1).find((t) => t.last < c.first && t.ann.value.value !== null && statementTime(view, lex, t, s.first));
  if (said) takeStatementDay(c, said);
}

/**
 * "Israel and Hamas have agreed to a ceasefire, Qatar announced on Wednesday": a time right after the
 * reporting verb of an attribution that closes the sentence (a comma, at most five words, the verb,
 * the time, the end) dates an asserted event before it with no time of its own: it had happened by then.
 */
function trailingStatementDate(view: EventView, lex: EventLexicon, c: Candidate): void {
  const s = view.sentences[c.sentence]!;
  const said = view.timesStartingIn(c.last + 1, s.last).find((t) => t.ann.value.value !== null && statementTime(view, lex, t, c.last + 1)
    && (t.last + 1 > s.last || view.kinds[t.last + 1] === 'punct'));
  if (said === undefined) return;
  let comma = -1;
  for (let k = said.first - 2; k > c.last && k >= said.first - 8 && comma < 0; k--) if (view.words[k] === ',') comma = k;
  if (comma < 0) return;
  for (let k = comma + 1; k < said.first; k++) if (view.kinds[k] === 'punct') return;
  // "Israel has released about 1,000 prisoners since the ceasefire took effect, the society said on Monday": a count since
  // a start, and the start itself, are no news of the statement's day
  for (let k = s.first; k < comma; k++) if (sinceClauseAt(view, k)) return;
  takeStatementDay(c, said);
}

/**
 * An asserted event dated after its publication day is planned; so is a verb in the present
 * dated to a later month ("when they meet in August" in July). A past form stays asserted: a
 * bare month the time stage read forward ("had rejected … in May" in March) is the last one.
 */
function afterPublication(view: EventView, lex: EventLexicon, c: Candidate): void {
  if (c.modality !== 'asserted' || c.date.basis !== 'time' || c.date.value === null) return;
  const v = c.date.value;
  const past = lex.sets.get('pastForms');
  const present = c.pos === 'verb' && !view.words[c.head]!.endsWith('ed') && !(past !== undefined && view.is(past, c.head));
  // "Egypt had rejected an earlier Hamas response in May" in March: a past form's bare month read
  // forward is the last one (the time stage left the month's tense open)
  if (!present && c.pos === 'verb' && /^\d{4}-\d{2}$/.test(v)) {
    const month = publishedAt(view, 'month');
    const span = c.date.span;
    const t = span === null ? undefined : view.times.find((x) => x.ann.start === span.start);
    if (month !== null && month.precision === 'month' && v > month.value && t?.op === 'month') {
      c.date = { ...c.date, value: `${Number(v.slice(0, 4)) - 1}${v.slice(4)}` };
      return;
    }
  }
  const day = /^\d{4}-\d{2}-\d{2}/.test(v) ? publishedAt(view, 'day') : present && /^\d{4}-\d{2}$/.test(v) ? publishedAt(view, 'month') : null;
  if (day && day.precision === (v.length >= 10 ? 'day' : 'month') && v.slice(0, day.value.length) > day.value) {
    c.modality = 'planned';
    c.modalityCue = `dated after publication (${day.value})`;
    return;
  }
  // "Israel would study the response and send a delegation to Doha next week": a later week is to come too
  const published = /^\d{4}-W\d{2}$/.test(v) ? publishedAt(view, 'day') : null;
  const ymd = published !== null && published.precision === 'day' ? parseDay(published.value) : null;
  if (ymd !== null && v > formatWeek(ymd)) {
    c.modality = 'planned';
    c.modalityCue = `dated after publication (${published!.value})`;
  }
}
