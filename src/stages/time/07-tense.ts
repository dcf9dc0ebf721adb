/**
 * @module stages/time/07-tense — the tense of the clause around an expression, from its words.
 *
 * Looks left from the expression (up to 10 words) for the nearest word that shows tense,
 * then right (up to 8). Future: will, 'll, shall, would, modals, scheduled, expected, due,
 * plans, present progressive ("is meeting on Monday"), present be ("the vote is on
 * Friday"), set/due/plans only before "to"; but "was scheduled to", "had been due to" are
 * past. A possessive day ("Friday's ruling") is past unless "ahead of", "until" comes just
 * before it. Past: said, was, were, had, did, told, irregular past forms and -ed verbs; a
 * participle after be/been is decided by the auxiliary before it ("will be released").
 * "since" before the expression means past. No word found: `unknown`.
 */
import type { Tense } from './types.js';

const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', "'d", '’d', 'might', 'may', 'should', 'must', 'scheduled', 'expected',
  'planned', 'planning', 'intends', 'intend', 'upcoming',
  'is', 'are', 'am', "'re", '’re', 'tomorrow', 'awaits', 'await', 'awaiting', 'prepares', 'prepare', 'preparing',
  'ahead', 'postponed', 'delayed', 'adjourned', 'resume', 'resumes', 'begins', 'starts', 'ends', 'opens', 'closes', 'meets', 'visits', 'travels', 'arrives',
  'expires', 'lapses', 'convenes', 'reconvenes', 'heads', 'leaves', 'departs',
]);

/** Present verbs that schedule only with their object (`takes effect Sunday`, `goes into effect`); alone they say nothing (`takes a hard line`). */
const SCHEDULE_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['takes', new Set(['effect', 'place', 'office', 'over', 'hold'])],
  ['goes', new Set(['into', 'ahead'])],
  ['comes', new Set(['into'])],
  ['kicks', new Set(['off'])],
]);

/** Words that point ahead only before "to" or "for" (`set to meet`, `due for`); alone they say nothing (`set Friday as`). */
const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due', 'supposed', 'poised', 'slated', 'ready', 'plans', 'plan', 'hopes', 'hope', 'wants', 'aims', 'aim']);

/** Scheduling verbs in the base form: present ("they meet Monday") points ahead; after "to" they say nothing. */
const SCHEDULE_BASE: ReadonlySet<string> = new Set(['meet', 'visit', 'travel', 'arrive', 'leave', 'hold', 'begin', 'start', 'open', 'close', 'end', 'vote', 'return', 'gather']);

/** Words after which a scheduling verb is a noun (`at the close of business`, `a vote`). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'each', 'every']);

/** Past forms before `effective` that make the date it introduces past (`became effective Jan. 1`). */
const EFFECTIVE_PAST: ReadonlySet<string> = new Set(['became', 'become', 'was', 'were', 'been', 'went', 'took', 'had']);

/** Plans that were made before: `was scheduled to`, `had been due to` say nothing about the day's side of the anchor's past. */
const PLANNING: ReadonlySet<string> = new Set(['scheduled', 'expected', 'planned', 'set', 'due', 'supposed', 'slated', 'poised']);
const EARLIER_AUX: ReadonlySet<string> = new Set(['had', 'was', 'were', 'been']);

const PAST_WORDS: ReadonlySet<string> = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'went', 'came', 'took', 'gave', 'made', 'held', 'began', 'left', 'sent',
  'spoke', 'wrote', 'saw', 'struck', 'fought', 'fell', 'won', 'lost', 'got', 'rose', 'drew', 'broke', 'brought', 'bought',
  'sought', 'thought', 'caught', 'taught', 'built', 'kept', 'led', 'fled', 'paid', 'sold', 'stood', 'understood', 'ran', 'flew',
  'threw', 'knew', 'grew', 'became', 'chose', 'drove', 'ate', 'hid', 'meant', 'felt', 'heard', 'found', 'shot', 'hit', 'quit',
  'spent', 'lent', 'bent', 'swore', 'tore', 'wore', 'woke', 'arose', 'forgave', 'forbade', 'undertook', 'overtook', 'withdrew',
  'oversaw', 'foresaw', 'upheld', 'withheld', 'slew', 'sank', 'sang', 'rang', 'sprang', 'swam', 'began', 'bore', 'blew',
  'dealt', 'dug', 'fed', 'fought', 'hung', 'laid', 'lay', 'lit', 'mistook', 'rode', 'sat', 'shook', 'shone', 'slept', 'slid',
  'spoke', 'stole', 'stuck', 'stung', 'strove', 'swept', 'swung', 'wept', 'wound', 'has', 'have', "'ve", '’ve', 'ago',
  'earlier', 'yesterday', 'last', 'since', 'former', 'previously', 'recently',
]);

/** Words ending in -ed that are not past verbs (or are futures, listed above). */
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'proceed', 'exceed', 'succeed', 'feed', 'bleed', 'breed', 'speed', 'heed', 'seed', 'weed', 'shed', 'bed', 'red',
  'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'embed', 'indeed', 'wed', 'creed', 'greed', 'steed', 'tweed', 'deed',
  'scheduled', 'expected', 'planned', 'united', 'slated', 'so-called', 'unprecedented', 'armed', 'detained', 'proposed', 'based',
  'related', 'advanced', 'alleged', 'supposed', 'concerned', 'interested', 'qualified', 'limited', 'experienced', 'detailed',
  'renewed', 'reported', 'wanted', 'occupied', 'besieged', 'embattled', 'beleaguered', 'devastated', 'displaced', 'coordinated',
]);

const AUX_PROGRESSIVE_FUTURE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'re", '’re', "'s", '’s']);
const AUX_PAST: ReadonlySet<string> = new Set(['was', 'were']);
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'re", '’re']);
const AUX_BE: ReadonlySet<string> = new Set(['be', 'been', 'being']);
/** Past forms that are never participles after be (`was said` aside, `is said` is rare in news). */
const CLEAR_PAST: ReadonlySet<string> = new Set(['was', 'were', 'did', 'went', 'came', 'ago', 'yesterday', 'last', 'earlier', 'since']);

/** Words before "a Friday deadline" that make it one that is over. */
const DEADLINE_OVER: ReadonlySet<string> = new Set(['missed', 'passed', 'expired', 'blew', 'met', 'beat', 'ignored', 'extended', 'after', 'since', 'past']);

/** Words before a possessive day (`ahead of Sunday's vote`) that make it a coming one; otherwise it is past (`Friday's ruling`). */
const POSSESSIVE_AHEAD: ReadonlySet<string> = new Set(['ahead', 'until', 'for', 'upcoming', 'next', 'await', 'awaits', 'awaiting', 'will', 'coming']);

/**
 * Nouns of events that are over when a date names them (`the October 7 attack`, `Sunday's
 * raid` aside): a date written before one, after a determiner, is past.
 */
const PAST_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'massacre', 'massacres', 'raid', 'raids', 'assault', 'invasion', 'incursion', 'killing', 'killings',
  'bombing', 'bombings', 'coup', 'uprising', 'shooting', 'ambush', 'explosion', 'blast', 'crash', 'earthquake', 'abduction',
  'abductions', 'kidnapping', 'kidnappings', 'rampage', 'assassination', 'onslaught',
]);
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'its', 'their', "'s", '’s']);

/** True when the expression covering words `[first, last]` names an event that is over (`the October 7 attack`). */
export function namesPastEvent(words: Words, count: number, first: number, last: number): boolean {
  return first > 0 && last + 1 < count && PAST_EVENT_NOUNS.has(words(last + 1)) && ATTRIBUTIVE_BEFORE.has(words(first - 1));
}

/** Determiners after which an -ed word is an adjective ("a designated day"); not "that", which also opens a clause ("talks that stalled"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'each', 'every']);

/** Words before an expression read for any tense, and how far a clear future still counts. */
const NEAR = 10;
const FAR = 16;

/** Word classes as bits, so that one map lookup tells everything the rules ask about a word. */
const C_FUTURE = 1;
const C_PAST = 2;
const C_BEFORE_TO = 4;
const C_PLANNING = 8;
const C_EARLIER_AUX = 16;
const C_NOT_PAST_ED = 32;
const C_AUX_PROGRESSIVE = 64;
const C_AUX_PAST = 128;
const C_PRESENT_BE = 256;
const C_AUX_BE = 512;
const C_CLEAR_PAST = 1024;
const C_SCHEDULE_BASE = 2048;

const CLASSES = new Map<string, number>();
for (const [set, bit] of [
  [FUTURE_WORDS, C_FUTURE], [PAST_WORDS, C_PAST], [FUTURE_BEFORE_TO, C_BEFORE_TO], [PLANNING, C_PLANNING], [EARLIER_AUX, C_EARLIER_AUX],
  [NOT_PAST_ED, C_NOT_PAST_ED], [AUX_PROGRESSIVE_FUTURE, C_AUX_PROGRESSIVE], [AUX_PAST, C_AUX_PAST], [PRESENT_BE, C_PRESENT_BE],
  [AUX_BE, C_AUX_BE], [CLEAR_PAST, C_CLEAR_PAST], [SCHEDULE_BASE, C_SCHEDULE_BASE],
] as const) {
  for (const w of set) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
}

/** The lower-cased word `i` of a sentence ('' outside it). */
export type Words = (i: number) => string;

function classOf(w: string): number {
  return CLASSES.get(w) ?? 0;
}

/** What word `i` says about tense, given the words around it; null when nothing. */
function wordTense(words: Words, i: number, present: boolean): Tense | null {
  const w = words(i);
  const c = classOf(w);
  const ing = w.length > 4 && w.endsWith('ing');
  const ed = w.length > 3 && w.endsWith('ed');
  if (c === 0 && !ing && !ed) return SCHEDULE_PHRASES.get(w)?.has(words(i + 1)) === true ? 'future' : null;
  const prev = i > 0 ? classOf(words(i - 1)) : 0;
  if (!present && ((c & C_PRESENT_BE) !== 0 || (ing && (prev & C_AUX_PROGRESSIVE) !== 0))) return null;
  if (w === 'planning' || w === 'preparing') return 'future';
  if ((c & C_PLANNING) !== 0 && ((prev & C_EARLIER_AUX) !== 0 || (i > 1 && (classOf(words(i - 2)) & C_EARLIER_AUX) !== 0))) {
    // "negotiators were due to travel on Monday, an official said": a plan told in the past of reported speech still lies ahead;
    // "had been due to" is past, and so is a plan told without an attribution ("Netanyahu was scheduled to meet Trump on Monday. The two men discussed …")
    // ("were scheduled to meet on Monday but the meeting was postponed", "was supposed to meet on Monday" are past plans)
    const aux = (prev & C_EARLIER_AUX) !== 0 ? words(i - 1) : words(i - 2);
    return (aux === 'was' || aux === 'were') && w !== 'supposed' && words(i + 1) === 'to' && !undoneAfter(words, i + 2) && attributed(words) ? 'future' : 'past';
  }
  if (ing) return (prev & C_AUX_PROGRESSIVE) !== 0 ? 'future' : (prev & C_AUX_PAST) !== 0 ? 'past' : null;
  if ((c & C_SCHEDULE_BASE) !== 0) return i > 0 && (words(i - 1) === 'to' || DETERMINERS.has(words(i - 1))) ? null : 'future';
  if ((c & C_BEFORE_TO) !== 0) return words(i + 1) === 'to' || words(i + 1) === 'for' ? 'future' : null;
  if ((c & C_FUTURE) !== 0) return (c & C_PRESENT_BE) !== 0 ? presentBe(words, i) : 'future';
  // "as delegations prepared for talks on Tuesday": what one prepares or braces for is ahead
  if (ANTICIPATING.has(w) && (words(i + 1) === 'for' || words(i + 2) === 'for')) return 'future';
  // "if they were to strike": a hypothesis, ahead; "the envoy was to arrive": a plan made
  // earlier, which says nothing of the day's side ("was to have" is past)
  if ((c & C_AUX_PAST) !== 0 && words(i + 1) === 'to' && words(i + 2) !== 'have') return conditional(words, i) ? 'future' : null;
  if ((c & C_PAST) !== 0) return (prev & (C_AUX_BE | C_AUX_PROGRESSIVE)) !== 0 && (c & C_CLEAR_PAST) === 0 ? null : 'past';
  // "a designated day", "the agreed plan": after a determiner a participle is an adjective
  if (ed && (c & C_PAST) === 0 && i > 0 && ARTICLES.has(words(i - 1))) return null;
  if (ed && (c & C_NOT_PAST_ED) === 0) return (prev & (C_AUX_BE | C_AUX_PROGRESSIVE)) !== 0 ? (w === 'headed' && (prev & C_PRESENT_BE) !== 0 ? 'future' : null) : 'past';
  return null;
}

/** Words that say a plan did not go ahead ("… but was postponed", "before it was called off"). */
const UNDONE: ReadonlySet<string> = new Set(['postponed', 'delayed', 'canceled', 'cancelled', 'scrapped', 'suspended', 'instead', 'never', 'failed', 'collapsed', 'but']);

/** Words of an attribution: the sentence reports what someone said. */
const ATTRIBUTION: ReadonlySet<string> = new Set(['said', 'says', 'told', 'according', 'added', 'reported', 'announced', 'stated', 'confirmed']);

/** Whether the sentence (its first 80 words) holds an attribution word; `words` gives '' past its end. */
function attributed(words: Words): boolean {
  for (let k = 0; k < 80; k++) {
    const w = words(k);
    if (w === '') return false;
    if (ATTRIBUTION.has(w)) return true;
  }
  return false;
}

/** Whether a word of UNDONE follows within 16 words of `from` in the sentence. */
function undoneAfter(words: Words, from: number): boolean {
  for (let k = from; k < from + 16; k++) {
    const w = words(k);
    if (w === '') return false;
    if (UNDONE.has(w)) return true;
  }
  return false;
}

/** Words between `starting` and the day it schedules (`starting at 6 a.m. on Monday`). */
const ONSET_GAP = /^(?:at|on|from|in|the|noon|midnight|a\.m\.?|p\.m\.?|am|pm|local|time|gmt|utc|\d{1,2}(?::\d{2})?(?:a\.?m\.?|p\.?m\.?)?)$/;

/** Index of `starting`/`beginning` up to five words before word `first` with only ONSET_GAP words between, else -1. */
function scheduleOnset(words: Words, first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
    const w = words(i);
    if (w === 'starting' || w === 'beginning') return i;
    if (!ONSET_GAP.test(w)) return -1;
  }
  return -1;
}

/** Past verbs of getting ready: before "for", what they name is still ahead (`prepared for talks on Tuesday`, `braced themselves for`). */
const ANTICIPATING: ReadonlySet<string> = new Set(['prepared', 'braced', 'readied', 'geared', 'gearing', 'bracing', 'preparing']);

/** True when `if` or `whether` opens the clause of word `i` (up to four words before it). */
function conditional(words: Words, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (words(j) === 'if' || words(j) === 'whether') return true;
  return false;
}

/** `is` before a past participle is a passive that says nothing; before anything else it points ahead. */
function presentBe(words: Words, i: number): Tense | null {
  const next = words(i + 1);
  if (next === 'headed' || next === 'bound') return 'future';
  if (next.endsWith('ed') && (classOf(next) & C_FUTURE) === 0) return null;
  if (next === 'still' || next === 'now' || next === 'not') return null;
  return 'future';
}

/** True when one of the three words before `for` is had/was/were/been (`had been scheduled for Sunday`: a plan made earlier). */
function plannedEarlier(words: Words, forAt: number): boolean {
  for (let i = forAt - 1; i >= 0 && i >= forAt - 3; i--) if ((classOf(words(i)) & C_EARLIER_AUX) !== 0) return true;
  return false;
}

/**
 * Past verbs of lasting: what they ran "until Tuesday" is over ("talks lasted until Tuesday"),
 * unlike a deadline set in the past ("extended its deadline until Tuesday").
 */
const LASTED: ReadonlySet<string> = new Set([
  'lasted', 'held', 'ran', 'stayed', 'remained', 'continued', 'waited', 'persisted', 'raged', 'dragged', 'went', 'stretched',
  'worked', 'fought', 'sat', 'kept', 'lingered', 'lived', 'served',
]);

/**
 * "until Tuesday" is a coming deadline ("has until Tuesday", "extended
 * its deadline until Tuesday"), unless a past verb of lasting ends there ("talks lasted until
 * Tuesday", "had until Tuesday") or the clause after it is past ("Until Thursday, they had
 * not …"). `at` is the word `until`.
 */
function untilTense(words: Words, count: number, at: number, last: number): Tense {
  // the verb before `until`, past an adverb or particle ("went on until", "lasted well into")
  const verb = at > 0 ? words(at - 1) : '';
  const verb2 = at > 1 && /^(?:on|well|only|just|largely|mostly)$/.test(verb) ? words(at - 2) : '';
  if (verb === 'has' || verb === 'have') return 'future';
  if (verb === 'had') return 'past';
  if (LASTED.has(verb) || LASTED.has(verb2)) return 'past';
  for (let i = last + 1; i < count && i <= last + 6; i++) {
    if ((classOf(words(i)) & C_PAST) !== 0) return 'past';
  }
  return 'future';
}

/**
 * The tense for an expression covering words `[first, last]` of a sentence of `count`
 * words, read through `words` (lower case, one per token, computed on demand). With
 * `present` false, present `be` and the present progressive say nothing: they point ahead
 * for a weekday or a month-day ("the vote is on Friday", "are counting on … on Nov. 8") but
 * not for a month ("prices are lower than in October").
 */
export function tenseAround(words: Words, count: number, first: number, last: number, present = true): Tense {
  const before = first > 0 ? words(first - 1) : '';
  const after = last + 1 < count ? words(last + 1) : '';
  if ((after === "'s" || after === '’s') && !POSSESSIVE_AHEAD.has(before) && !(first > 1 && POSSESSIVE_AHEAD.has(words(first - 2)))) return 'past';
  if (before === 'since') return 'past';
  // "before a Friday deadline", "set a March 1 deadline": a deadline introduced with its day is a coming one,
  // unless it was missed or met ("missed a Friday deadline"); "by the Tuesday deadline" may be one just past
  if (after === 'deadline' && before === 'a' && !(first > 1 && DEADLINE_OVER.has(words(first - 2)))) return 'future';
  if (namesPastEvent(words, count, first, last)) return 'past';
  if (before === 'effective') return first > 1 && EFFECTIVE_PAST.has(words(first - 2)) ? 'past' : 'future';
  // "talks in Geneva starting Aug. 14": a schedule, unless a past verb comes first ("was starting")
  if (before === 'starting' || before === 'beginning') return first > 1 && EFFECTIVE_PAST.has(words(first - 2)) ? 'past' : 'future';
  // "starting at 6 a.m. on Monday", "beginning on Monday": the same, past a clock time and its prepositions
  const onset = scheduleOnset(words, first);
  if (onset >= 0) return onset > 0 && EFFECTIVE_PAST.has(words(onset - 1)) ? 'past' : 'future';
  if (before === 'until' || before === 'till') return untilTense(words, count, first - 1, last);
  if (before === 'for' && present && !plannedEarlier(words, first - 1)) return 'future';
  if (first >= 3 && words(first - 3) === 'as' && (words(first - 2) === 'early' || words(first - 2) === 'soon') && before === 'as') return 'future';
  for (let i = first - 1; i >= 0 && i >= first - NEAR; i--) {
    const t = wordTense(words, i, present);
    if (t !== null) return t;
  }
  // Further back only a clear future counts: a long object ("is gearing up for another
  // round of intense negotiations in Israel on Wednesday") must not hide the auxiliary.
  for (let i = first - NEAR - 1; i >= 0 && i >= first - FAR; i--) {
    if (wordTense(words, i, present) === 'future') return 'future';
  }
  for (let i = last + 1; i < count && i <= last + 8; i++) {
    const t = wordTense(words, i, present);
    if (t !== null) return t;
  }
  return 'unknown';
}

/**
 * Prepositions through which a verb sets the time of its own event (`ended in November`,
 * `collapsed before Christmas`, `released on Eid`). Left out on purpose: `to`, `until`,
 * `through`, `by`, `for`, `into`, `from` name a target or a bound that a past verb may have
 * set ahead ("extended the truce to November").
 */
const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'before', 'after', 'around', 'over', 'throughout']);

/** Words that may stand between a verb and its time without breaking the link (`will meet again in`, `will be released on`). */
const GOVERNING_FILLERS: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'again', 'also', 'only', 'just', 'then', 'later', 'finally', 'eventually', 'already', 'not', 'never',
  'back', 'there', 'here', 'first', 'once', 'abruptly', 'briefly', 'formally', 'officially', 'quietly', 'suddenly',
]);

/** Words that end the verb's clause or attach the date to something else: a verb further back does not govern it. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'to', 'for', 'of', 'with', 'from', 'by', 'as', 'if', 'when',
  'while', 'because', 'until', 'till', 'through', 'into', 'since', 'than', 'about', 'against', 'between', 'without', 'under',
]);

/** Participles kept out of the past forms because they are mostly adjectives ("the proposed deal"); right before the preposition of a date they are verbs ("proposed in March"). */
const PARTICIPLES: ReadonlySet<string> = new Set(['proposed', 'detained', 'displaced', 'reported', 'renewed', 'alleged', 'occupied', 'besieged', 'devastated', 'coordinated', 'advanced']);

/** Words that open an object after its verb (`freed the hostages`, `signed a deal`, `released them`). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'them', 'him', 'it', 'us', 'all', 'both', 'two', 'three', 'several', 'some', 'more', 'dozens', 'hundreds', 'thousands']);

/** Modifiers a refiner may have left outside the span before a month (`in early November`). */
const PERIOD_EDGES: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'the']);

/**
 * The tense of a verb that governs the expression covering words `[first, last]`, or null:
 * a verb right before it, or before the preposition that introduces it, with at most a few
 * auxiliaries or adverbs between (`the truce ended in November`, `will meet again in
 * November`, `were released on Christmas Eve`); or, for an expression that opens its
 * sentence (`In November, the two sides signed …`), the first verb after it. Such a tense
 * decides the side of the anchor (the past November, the coming Christmas), where a tense
 * read further away only weighs. A noun between verb and date breaks the link ("approved
 * the budget for the November vote").
 */
export function governingTense(words: Words, count: number, first: number, last: number, present = false): Tense | null {
  let i = first - 1;
  while (i >= 0 && PERIOD_EDGES.has(words(i))) i--;
  const opening = i < 0 || (i === 0 && GOVERNING_PREPOSITIONS.has(words(0)));
  if (i >= 0 && GOVERNING_PREPOSITIONS.has(words(i))) i--;
  const preposition = i < first - 1 && GOVERNING_PREPOSITIONS.has(words(i + 1));
  let objects = 0;
  for (let k = 0; i >= 0 && k < 6; i--, k++) {
    const w = words(i);
    const t = wordTense(words, i, present);
    // past an object, a participle is a verb only before a determiner (`freed the hostages`),
    // not before a noun (`preferred shares`)
    const adjective = objects > 0 && t === 'past' && w.endsWith('ed') && classOf(w) === 0 && !OBJECT_STARTS.has(words(i + 1));
    if (t !== null && !adjective && w !== 'since' && w !== 'last' && w !== 'earlier') return t;
    // ", proposed in March,": a participle right before the preposition of its date
    if (preposition && k === 0 && PARTICIPLES.has(w)) return 'past';
    if (GOVERNING_FILLERS.has(w) || w.endsWith('ly')) continue;
    // a short object between the verb and the preposition of its time: `will resume talks
    // in`, `freed the hostages on`; a word that shows no tense although it could (`is
    // payable`, `has set`) ends the search
    if (preposition && objects < 3 && (adjective || classOf(w) === 0) && /^[a-z][a-z'’-]*$/.test(w) && !CLAUSE_BREAKS.has(w) && !GOVERNING_PREPOSITIONS.has(w)) { objects++; continue; }
    // `were to strike in November`, `plans to strike in November`: a verb after "to" takes
    // the time of a future before it; after a past one ("agreed to meet in") it stays open
    if (w === 'to' && objects > 0 && i > 0) return wordTense(words, i - 1, present) === 'future' ? 'future' : null;
    break;
  }
  if (!opening) return null;
  // "In November, the two sides signed …": the first tense word of the clause after it
  for (let j = last + 1; j < count && j <= last + 8; j++) {
    const t = wordTense(words, j, present);
    if (t !== null) return t;
  }
  return null;
}
