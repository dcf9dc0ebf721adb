/**
 * @module stages/quotes/05-indirect — proposes reported speech around a cue.
 *
 * For every cue outside quotation marks (pass 02), in its sentence, the first form that fits:
 * 1. `according to`: `According to SOURCE, CONTENT`, `CONTENT, according to SOURCE`, or
 *    mid-sentence `X, according to Y, Z` (`quotes/indirect-according`);
 * 2. a participle opening the sentence: `Asked about the charges, Rubio said …`
 *    (`quotes/indirect-intro`: content to the comma, speaker after it);
 * 3. a tag after the content: `CONTENT, SOURCE CUE.`, `CONTENT, CUE SOURCE.`, and
 *    mid-sentence `CONTENT, SOURCE CUE, CONTENT` (`quotes/indirect-tag`);
 * 4. the content after the cue: `SOURCE CUE (ADDRESSEE) (ADVERBIAL) (that|:) CONTENT`,
 *    including `told Reuters …`, `said on Tuesday that …`, `, saying …` with the sentence's
 *    subject as source (`quotes/indirect-clause`, `quotes/indirect-object` for cues whose
 *    content is an object: `criticized the deal`, `called for a ceasefire`).
 * The cue's `strength` (cues.ts) sets how much evidence it needs. Content runs to the end of
 * the sentence, stopping before a clause of the article (`contentEnd`), and on over the
 * following sentences when a quotation opened inside it closes later.
 */
import type { CueHit } from './02-cues.js';
import { sourceAfter, sourceBefore, speakerOf, timeClause } from './03-sources.js';
import { isParticiple } from './cues.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/lexicon.js';
import { ADDRESSEE_WORDS, ADVERBIAL_STARTS, LISTENER_MODIFIERS, LISTENER_WORDS, ANONYMOUS_HEADS, CLAIM_NOUNS, BE_FORMS, BETWEEN_SOURCE_AND_CUE, BODY_HEADS, CLAUSE_OPENERS, DASHES, DETERMINERS, LEADING_CONNECTIVES, PERSON_ROLE_HEADS, SUBJECT_PRONOUNS } from './lexicon.js';
import type { Candidate, QuoteMarks, SourceSpan } from './types.js';
import type { DocView, TokenRange } from './view.js';

/** Nouns for sources that `show` or `find` (`a poll found that …`). */
const EVIDENCE_HEADS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research', 'figures',
  'numbers', 'results', 'records', 'documents', 'emails', 'investigation', 'review', 'audit', 'census', 'estimates', 'model',
  'models', 'forecast', 'forecasts', 'evidence', 'statistics', 'findings', 'test', 'tests', 'probe', 'inquiry', 'memo',
]);

/** Words that cannot open reported content (`said in …`, `told of …`): an adverbial or a noun use. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'about', 'with', 'for', 'by', 'from', 'after', 'before', 'during', 'as', 'into', 'over',
  'and', 'or', 'but', 'so', 'is', 'was', 'are', 'were', 'up', 'out', 'off', 'down', 'back', 'later', 'then', 'again',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last',
  'earlier', 'recently', 'repeatedly', 'publicly', 'privately', 'previously', 'once', 'twice', 'much', 'little',
]);

/**
 * Cues that attribute only a refusal to speak: `refused to say`, `declined to comment` are
 * statements, `refused to sign the deal` is an act, which the events stage reads.
 */
const REFUSAL_CUES: ReadonlySet<string> = new Set(['refuse', 'decline']);

/** Verbs of speaking and telling that a refusal cue may take (`declined to comment`, `refused to name them`). */
const SPEECH_INFINITIVES: ReadonlySet<string> = new Set([
  'say', 'comment', 'discuss', 'confirm', 'deny', 'disclose', 'elaborate', 'answer', 'respond', 'reveal', 'specify', 'name',
  'identify', 'speculate', 'detail', 'explain', 'address', 'talk', 'speak', 'give', 'provide', 'offer', 'share', 'publish',
  'rule', 'characterize', 'characterise', 'describe', 'divulge', 'clarify', 'acknowledge', 'admit', 'apologize', 'apologise',
  'retract', 'condemn', 'criticize', 'criticise', 'predict', 'estimate', 'put', 'weigh', 'repeat', 'state', 'tell',
]);

/**
 * Cue lemmas whose base and `-s` forms are common nouns (`questions`, `demand`, `calls`):
 * those forms count only after a pronoun or a name.
 */
const NOUN_TOO: ReadonlySet<string> = new Set([
  'question', 'demand', 'call', 'pledge', 'promise', 'praise', 'voice', 'ridicule', 'support', 'back', 'challenge',
  'comment', 'answer', 'report', 'charge', 'claim', 'fear', 'hope', 'doubt', 'worry', 'thank', 'quote', 'blast',
  'slam', 'mock', 'welcome', 'repeat', 'counter', 'post', 'signal', 'estimate', 'echo', 'hint', 'remark', 'vow', 'reply',
  'joke', 'boast', 'complain', 'point', 'tweet', 'chant', 'cite', 'decline', 'respond', 'note', 'concern', 'find', 'show',
  'highlight', 'warn', 'request', 'defend', 'reject', 'deny', 'admit', 'urge', 'propose', 'tout', 'hail',
]);

/** Whether `form` is the base or `-s` form of the cue's verb (the forms that double as nouns). */
function nounForm(form: string, c: CueHit): boolean {
  return form === c.rule.forms[0] || form === c.rule.forms[1];
}

/**
 * Whether the cue is a form that doubles as a noun (`calls`, `demand`) without a pronoun
 * or a name as its source (`The framework calls for …`): then it is read as a noun. The
 * attribution model's candidates pass the same test (model/propose.ts).
 */
export function nounUseOfCue(view: DocView, c: CueHit, src: SourceSpan | null): boolean {
  return NOUN_TOO.has(c.rule.id) && nounForm(view.lower(c.verb), c) && !namedOrPronoun(view, src);
}

/**
 * Whether a noun-like cue form still reads as a verb for the model's pick: its source is
 * someone who can speak (a person, group or body noun, an entity mention: `Most voters
 * support …`, `The campaign claims …`) or, for an evidence cue, a poll or report (`Polls
 * show …`). `The framework calls for …` stays a noun use.
 */
export function speakingSource(view: DocView, c: CueHit, src: SourceSpan | null): boolean {
  return speakerLike(view, src) || (src !== null && c.rule.frames.includes('evidence') && evidencePhrase(view, src));
}

/** Days and months: capitalized, but no name (`The agreement signed on Wednesday calls for …`). */
const CALENDAR_HEADS: ReadonlySet<string> = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Whether a source span is a pronoun or a capitalized name (not a day or month). */
function namedOrPronoun(view: DocView, src: SourceSpan | null): boolean {
  if (src === null) return false;
  return (view.capitalized(src.head) && !CALENDAR_HEADS.has(view.lower(src.head))) || (src.first === src.last && /^(he|she|they|it|i|we|you)$/.test(view.lower(src.head)));
}

/** Whether a source phrase names a poll, a report or data (`a poll released on Monday`). */
/** Whether `src` can be someone speaking: a name, a pronoun, an entity mention, or a person, group or body noun. */
function speakerLike(view: DocView, src: SourceSpan | null): boolean {
  if (src === null) return false;
  if (namedOrPronoun(view, src) || view.mentionAt(src.head) !== undefined) return true;
  const head = view.lower(src.head);
  return PERSON_ROLE_HEADS.has(head) || ANONYMOUS_HEADS.has(head) || BODY_HEADS.has(head);
}

function evidencePhrase(view: DocView, src: SourceSpan): boolean {
  for (let k = src.first; k <= src.last; k++) if (EVIDENCE_HEADS.has(view.lower(k))) return true;
  return false;
}

/** Tokens a tag may end with after its cue (`he said on Tuesday.`): at most this many. */
const TAG_TAIL = 7;

/** What the proposer found for one cue; `skip` when the cue tags a direct quote. */
type Found = Candidate | 'skip' | null;

/** Context the forms share. */
interface Ctx {
  readonly view: DocView;
  readonly marks: readonly QuoteMarks[];
  /** Per token, the index of the top-level marks opening there, or -1. */
  readonly openAt: Int32Array;
  readonly cueAt: readonly (CueHit | undefined)[];
}

/** The indirect candidates of a document. */
export function proposeIndirect(view: DocView, cues: readonly CueHit[], marks: readonly QuoteMarks[], cueAt: readonly (CueHit | undefined)[]): Candidate[] {
  const openAt = new Int32Array(view.tokens.length).fill(-1);
  marks.forEach((m, i) => { if (m.depth === 0) openAt[m.openToken] = i; });
  const ctx: Ctx = { view, marks, openAt, cueAt };
  const out: Candidate[] = [];
  for (const c of cues) {
    if (c.quoted) continue;
    const s = view.sentenceAt(c.verb);
    if (s === undefined) continue;
    const found = c.rule.id === 'according to' ? according(ctx, c, s) : (introForm(ctx, c, s) ?? tagForm(ctx, c, s) ?? clauseForm(ctx, c, s));
    if (found !== null && found !== 'skip') out.push(found);
  }
  return out;
}

/** A candidate over tokens `first`…`last`, trimmed, or null when nothing is left. */
function candidate(ctx: Ctx, first: number, last: number, c: CueHit, source: SourceSpan | null, via: string): Candidate | null {
  const { view } = ctx;
  while (first <= last && (LEADING_CONNECTIVES.has(view.lower(first)) || /^[,:;\u2014\u2013-]$/.test(view.tokens[first]!.text))) first++;
  last = extendOverQuotes(ctx, first, last);
  while (last >= first && /^[.,;:\u2014\u2013-]$/.test(view.tokens[last]!.text)) last--;
  if (last < first || (last === first && view.tokens[first]!.kind !== 'word')) return null;
  return { kind: 'indirect', start: view.tokens[first]!.start, end: view.tokens[last]!.end, cue: { first: c.first, last: c.last }, source, via, cueRule: c.rule.id };
}

/** When a quotation opens inside `first…last` and closes later, the content runs to its close. */
function extendOverQuotes(ctx: Ctx, first: number, last: number): number {
  let end = last;
  for (let k = first; k <= end; k++) {
    const m = ctx.openAt[k]!;
    if (m < 0) continue;
    const q = ctx.marks[m]!;
    const close = q.closeToken >= 0 ? q.closeToken : q.last;
    if (close > end) end = close;
  }
  return end;
}

/** Whether tokens `first`…`last` are exactly one direct quotation (with its punctuation). */
function isDirectQuote(ctx: Ctx, first: number, last: number): boolean {
  const { view } = ctx;
  while (first <= last && LEADING_CONNECTIVES.has(view.lower(first))) first++;
  const m = ctx.openAt[first];
  if (m === undefined || m < 0) return false;
  const q = ctx.marks[m]!;
  return q.closeToken >= last - 1 || q.closeToken < 0;
}

/** Words after `according to SOURCE,` that continue the source, not the content (`…, where 475 delegates …`). */
const RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'who', 'whose', 'when', 'a', 'an', 'the']);

/** `According to SOURCE, CONTENT` / `CONTENT, according to SOURCE` / mid-sentence. */
function according(ctx: Ctx, c: CueHit, s: TokenRange): Found {
  const { view } = ctx;
  let start = s.first;
  while (start < c.first && (LEADING_CONNECTIVES.has(view.lower(start)) || view.tokens[start]!.kind === 'quote' || view.tokens[start]!.text === '(')) start++;
  let comma = c.last + 1;
  while (comma <= s.last && view.tokens[comma]!.text !== ',') comma++;
  let src = sourceAfter(view, c.last + 1, start === c.first ? comma - 1 : s.last);
  if (src === null) return null;
  let after = view.tokens[src.last + 1]?.text === ',' ? src.last + 2 : src.last + 1;
  // `According to a poll, conducted in May, CONTENT`: a participle set off after the source is the source's
  if (start === c.first && after > src.last + 1 && /(?:ed|taken)$/.test(view.lower(after))) {
    let next = after + 1;
    while (next < s.last && view.tokens[next]!.text !== ',') next++;
    if (next < s.last) {
      src = { ...src, last: next - 1 };
      after = next + 1;
    }
  }
  // "According to two people briefed on the talks, CONTENT": the source's modifier runs to the comma
  if (start === c.first && comma < s.last && comma > after) return candidate(ctx, comma + 1, s.last, c, { ...src, last: comma - 1 }, 'quotes/indirect-according');
  if (start === c.first) return candidate(ctx, after, s.last, c, src, 'quotes/indirect-according');
  const commaBefore = view.tokens[c.first - 1]?.text === ',';
  if (isDirectQuote(ctx, start, c.first - 1)) return 'skip';
  // `CONTENT, according to X, though officials cautioned …`: a clause of the article follows, not more content
  const continues = after <= s.last - 1 && view.tokens[src.last + 1]?.text === ',' && !RELATIVES.has(view.lower(after)) && !CLAUSE_BREAKS.has(view.lower(after)) && !isParticiple(view.lower(after));
  const last = commaBefore && continues ? s.last : c.first - 1;
  return candidate(ctx, start, last, c, src, 'quotes/indirect-according');
}

/**
 * Whether the tokens after `from` up to the sentence's `last` are a short tail of a tag:
 * nothing, a comma, or a short adverbial (`on Tuesday.`, `in a statement.`) or, after
 * `told`, an addressee (`told reporters.`); never a clause (`the campaign is taking …`).
 */
function shortTail(view: DocView, from: number, last: number, addressee: boolean): boolean {
  if (last - from > TAG_TAIL) return false;
  const next = view.tokens[from + 1];
  if (next === undefined || from + 1 > last || next.text === ',' || next.kind === 'punct') return true;
  const opens = (ADVERBIAL_STARTS.has(next.lower) && next.lower !== 'to') || (addressee && (view.capitalized(from + 1) || ADDRESSEE_WORDS.has(next.lower)));
  if (!opens) return false;
  for (let k = from + 1; k <= last; k++) {
    const t = view.tokens[k]!;
    if (t.lower === 'that' || t.kind === 'quote' || t.text === ':') return false;
  }
  return true;
}

/** Words that open an adverbial of the whole sentence after a mid-sentence tag (`…, he said, after talks in Cairo`). */
const SENTENCE_ADVERBIALS: ReadonlySet<string> = new Set([
  'after', 'amid', 'following', 'despite', 'ahead', 'before', 'during', 'since', 'as', 'citing', 'adding', 'noting',
  'though', 'although', 'whereas', 'speaking', 'asking', 'requesting', 'declining',
]);

/** Conjunctions that set a clause against the one before (`…, the plan says, but …`). */
const CONTRASTS: ReadonlySet<string> = new Set(['but', 'yet', 'while', 'whereas']);

/** Whether a cue or an estimate verb (`put the toll at`) stands in tokens `from`…`last`. */
function cueAhead(ctx: Ctx, from: number, last: number): boolean {
  for (let j = from; j <= last; j++) if (ctx.cueAt[j] !== undefined || ESTIMATE_VERBS.has(ctx.view.lower(j))) return true;
  return false;
}

/** `CONTENT, SOURCE CUE.`, `CONTENT, CUE SOURCE.` and the mid-sentence tag `A, he said, B`. */
function tagForm(ctx: Ctx, c: CueHit, s: TokenRange): Found {
  if ((!c.rule.frames.includes('report') && !c.rule.frames.includes('tell')) || c.rule.strength === 3) return null;
  const { view } = ctx;
  if (isParticiple(view.lower(c.verb))) return null;
  const addressee = c.rule.frames.includes('tell');
  // `Asked whether …, Umerov said: “…”`: the cue introduces what follows its colon
  if (view.tokens[c.last + 1]?.text === ':') return null;
  const before = sourceBefore(view, c.verb, s.first);
  let tagStart: number;
  let tagEnd: number;
  let src: SourceSpan | null;
  let contentFirst = s.first;
  // `The minister, who told reporters …, left Cairo`: a relative clause is no tag of the words before it
  if (before !== null && before.first === before.last && /^(?:who|which)$/.test(view.lower(before.first))) return null;
  if (before !== null && (view.tokens[before.first - 1]?.text === ',' || claimLead(view, before.first) >= 0)) {
    // `…, a charge Abu Dhabi denies.`: the claim noun stands for the content before the comma
    tagStart = view.tokens[before.first - 1]?.text === ',' ? before.first - 1 : claimLead(view, before.first);
    tagEnd = tailEnd(view, c.last, s.last, addressee);
    src = before;
    if (tagStart !== before.first - 1) contentFirst = withoutReportFrame(ctx, claimedClause(view, s.first, tagStart - 1), tagStart - 1);
  } else if (before === null && view.tokens[c.first - 1]?.text === ',' && c.first - 1 > s.first) {
    src = sourceAfter(view, c.last + 1, s.last);
    if (src === null) return null;
    tagStart = c.first - 1;
    tagEnd = tailEnd(view, src.last, s.last, false);
  } else {
    return null;
  }
  if (tagEnd < 0) return null;
  // `…, the first stage of a swap agreed at talks …`: a participle after a noun, not a tag
  if (c.rule.strength >= 2 && !speakerLike(view, src)) return null;
  const contentBefore = tagStart - 1;
  if (contentBefore < s.first) return null;
  if (isDirectQuote(ctx, s.first, contentBefore)) return 'skip';
  if (tagEnd >= s.last || (tagEnd === s.last - 1 && view.tokens[s.last]!.kind === 'punct')) {
    return candidate(ctx, contentFirst, contentBefore, c, src, contentFirst !== s.first ? CLAIM_VIA : 'quotes/indirect-tag');
  }
  if (view.tokens[tagEnd + 1]?.text !== ',') return null;
  if (view.tokens[tagEnd + 2]?.kind === 'quote') return 'skip';
  // `A, said the spokesman, Nabil Abdallah, on Sunday.`: a time set off after the tag ends the sentence
  const time = timeAdverbial(view, tagEnd + 2);
  if (time > tagEnd + 2 && (time > s.last || (time === s.last && view.tokens[s.last]!.kind === 'punct'))) return candidate(ctx, s.first, contentBefore, c, src, 'quotes/indirect-tag');
  // `A, X said on Wednesday, after 15 months of war.`, `…, days before a deadline`: what follows is the sentence's own adverbial, not more content
  if ((SENTENCE_ADVERBIALS.has(view.lower(tagEnd + 2)) || timeClause(view, tagEnd + 2) || participleClause(view, tagEnd + 2) || appositiveAfterTag(view, tagEnd + 2, contentBefore - s.first)) && contentBefore - s.first >= 2) return candidate(ctx, s.first, contentBefore, c, src, 'quotes/indirect-tag');
  // `A, the plan says, but an official put the date later`: a contrast clause with a cue (or an estimate) of its own is another statement, not more of this one
  if (CONTRASTS.has(view.lower(tagEnd + 2)) && contentBefore - s.first >= 2 && cueAhead(ctx, tagEnd + 3, s.last)) return candidate(ctx, s.first, contentBefore, c, src, 'quotes/indirect-tag');
  if (adverbialLead(view, s.first, contentBefore)) return candidate(ctx, tagEnd + 2, s.last, c, src, 'quotes/indirect-tag');
  // `The deal, Qatar said, is close`: what was said is both pieces, the tag between them is not
  return splitContent(ctx, s.first, contentBefore, tagEnd + 2, s.last, c, src);
}

/**
 * Whether `, a claim …` after the comma at `comma` is the writer's aside on what was said (`…
 * had captured the village, a claim Reuters could not verify`, `…, a charge Abu Dhabi denies`):
 * a claim noun with a relative clause after it (a name, a pronoun, `that`, `which`).
 */
function claimAside(view: DocView, comma: number): boolean {
  let k = comma + 1;
  if (DETERMINERS.has(view.lower(k))) k++;
  if (!CLAIM_NOUNS.has(view.lower(k))) return false;
  const next = view.lower(k + 1);
  return view.capitalized(k + 1) || next === 'that' || next === 'which' || next === 'the' || SUBJECT_PRONOUNS.has(next);
}

/** Words that, after a comma, open a clause of their own inside a sentence (`, when Moscow accused …`). */
const CLAIMED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'as', 'because', 'while', 'where', 'which', 'since', 'before', 'until', 'whereas', 'but', 'yet']);

/**
 * `The talks follow a pause after the deal collapsed in December, when Moscow accused Kyiv of
 * using the corridor, a charge Ukraine denied`: what the claim noun stands for is the last
 * clause set off by a comma and a subordinator or relative in tokens `first`…`last` (the
 * words after the opener), else the whole stretch from `first`.
 */
function claimedClause(view: DocView, first: number, last: number): number {
  for (let k = last - 1; k > first; k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote') return first;
    if (t.text === ',' && CLAIMED_CLAUSE_OPENERS.has(view.lower(k + 1)) && k + 2 <= last - 1) return k + 2;
  }
  return first;
}

/** The proposer of a disputed claim set apart from its report (`…, a charge Hamas denied`): may share its content with the report's. */
export const CLAIM_VIA = 'quotes/indirect-claim';

/** Verbs of putting a figure on something (`put the toll at 40`): a frame like a report's. */
const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'estimated', 'estimates', 'estimate', 'reported', 'reports']);

/** How many words a reporting frame before a disputed claim may take (`The army said`, `Officials in Kyiv told reporters`). */
const FRAME_WINDOW = 8;

/**
 * `The army said at least 12 soldiers were killed, a charge Hamas denied`: what the claim noun
 * stands for is what was reported, not the report; a reporting frame (a subject and a report
 * cue, `that` after it, or an estimate `put … at`) at the start of tokens `first`…`last` is left out.
 */
function withoutReportFrame(ctx: Ctx, first: number, last: number): number {
  const { view } = ctx;
  for (let k = first + 1; k <= Math.min(first + FRAME_WINDOW, last - 2); k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ',') return first;
    // `an official put the number of captives at 18, a figure Hamas disputed`: the estimate is disputed, not the act
    if (ESTIMATE_VERBS.has(view.lower(k)) && k + 1 <= last - 1) return k + 1;
    const cue = ctx.cueAt[k];
    if (cue === undefined || cue.quoted || !cue.rule.frames.includes('report') || k !== cue.first) continue;
    let from = cue.last + 1;
    if (view.lower(from) === 'that') from++;
    return from <= last - 1 ? from : first;
  }
  return first;
}

/** The comma before `, a charge` / `, a claim` right before token `first` (`…, a charge Abu Dhabi denies`), or -1. */
function claimLead(view: DocView, first: number): number {
  let k = first - 1;
  if (!CLAIM_NOUNS.has(view.lower(k))) return -1;
  k--;
  if (DETERMINERS.has(view.lower(k))) k--;
  return view.tokens[k]?.text === ',' ? k : -1;
}

/**
 * Whether token `k`, after a mid-sentence tag that follows a whole clause (`before` tokens),
 * opens a noun phrase set beside the sentence (`…, Qatari officials said, the latest step in a
 * process …`, `…, a move that …`): the writer's, not said.
 */
function appositiveAfterTag(view: DocView, k: number, before: number): boolean {
  const w = view.lower(k);
  return before >= 4 && (w === 'the' || w === 'a' || w === 'an') && !view.capitalized(k + 1);
}

/** `-ing` words that are no participle opening a clause. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'according']);

/** Whether token `k` opens a participle clause of the whole sentence (`…, the two sides said, ending a strike …`). */
function participleClause(view: DocView, k: number): boolean {
  const w = view.lower(k);
  return w.length > 5 && w.endsWith('ing') && !view.capitalized(k) && !NOT_PARTICIPLES.has(w);
}

/**
 * `Louise Haigh – who has said she will not intervene – urged …`: a cue inside a dashed
 * parenthetical (an odd number of dashes between the sentence start and the cue) has
 * content only up to the closing dash. Returns the content's last token, `last` when no dash closes it.
 */
function dashedEnd(view: DocView, first: number, cue: number, from: number, last: number): number {
  let open = false;
  for (let j = first; j < cue; j++) if (DASHES.has(view.tokens[j]!.text)) open = !open;
  if (!open) return last;
  for (let j = from; j <= last; j++) if (DASHES.has(view.tokens[j]!.text)) return j - 1;
  return last;
}

/** Words that open a second verb phrase of the same subject after `and`/`but` (`… but did not recommend …`). */
const VP_OPENERS: ReadonlySet<string> = new Set([
  'did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'should', 'may',
  'might', 'must', 'also', 'then', 'later', 'still', 'never', 'not',
]);

/**
 * An object's content ends before a second verb phrase of the subject (`chastised Clinton
 * for use of the server but did not recommend prosecution`, `praised the work but also
 * had to …`): the object is the first phrase only; nor does it run into a `that` clause after
 * a comma (`reported, citing unnamed officials, that …`), which is the earlier cue's, or into a
 * cue after a comma (`X, citing a source, said …`).
 */
function objectEnd(view: DocView, from: number, last: number, cueAt: readonly (CueHit | undefined)[]): number {
  for (let j = from + 1; j < last; j++) {
    const w = view.lower(j);
    // `Al-Qahera News, citing a high-level source, said …`: the aside ends where the subject's own cue follows
    if (w === ',' && cueAt[j + 1] !== undefined && !view.capitalized(j + 1)) return j - 1;
    if ((w === 'but' || w === 'and') && VP_OPENERS.has(view.lower(j + 1))) return view.tokens[j - 1]!.text === ',' ? j - 2 : j - 1;
    // `reported, citing unnamed officials, that …`: the `that` clause is the earlier cue's
    if (w === 'that' && view.tokens[j - 1]!.text === ',' && j - 2 >= from) return j - 2;
  }
  return last;
}

/** Words that open what was asked (`Asked by a reporter whether …`). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'how', 'why', 'when', 'who', 'which', 'about', 'to']);

/** After `Asked`, the asker (`by a reporter`) is not the question: the token where the question opens, else `k`. */
function askerSkipped(view: DocView, k: number, last: number): number {
  if (view.lower(k) !== 'by') return k;
  for (let j = k + 1; j <= Math.min(last, k + 8); j++) if (QUESTION_OPENERS.has(view.lower(j))) return j;
  return k;
}

/** Adverbs that may stand alone before a mid-sentence tag without being said (`Instead, he said, …`). */
const LEAD_ADVERBS: ReadonlySet<string> = new Set([
  'instead', 'meanwhile', 'then', 'therefore', 'thus', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless',
  'otherwise', 'first', 'second', 'third', 'finally', 'overall', 'today', 'again', 'here', 'there', 'privately', 'publicly',
]);

/** Whether the words before a mid-sentence tag, connectives aside, are nothing or one adverb (`But now, he said, …`). */
function adverbialLead(view: DocView, first: number, last: number): boolean {
  while (first <= last && (LEADING_CONNECTIVES.has(view.lower(first)) || view.tokens[first]!.kind !== 'word')) first++;
  if (first > last) return true;
  if (first < last) return false;
  const w = view.lower(first);
  return LEAD_ADVERBS.has(w) || (w.endsWith('ly') && w.length > 4);
}

/** One candidate over `a…aLast` and `b…bLast` with the tag between them left out of its `parts`. */
function splitContent(ctx: Ctx, a: number, aLast: number, b: number, bLast: number, c: CueHit, src: SourceSpan | null): Candidate | null {
  const whole = candidate(ctx, a, bLast, c, src, 'quotes/indirect-tag');
  const head = candidate(ctx, a, aLast, c, src, 'quotes/indirect-tag');
  const rest = candidate(ctx, b, bLast, c, src, 'quotes/indirect-tag');
  if (whole === null || head === null || rest === null || head.end > ctx.view.tokens[aLast + 1]!.start) return whole ?? rest;
  return { ...whole, parts: [{ start: head.start, end: head.end }, { start: rest.start, end: rest.end }] };
}

/** The last token of a tag's tail: adverbials up to the sentence end or the next comma; -1 when no tail fits. */
function tailEnd(view: DocView, from: number, last: number, addressee: boolean): number {
  // `…, two officials said on condition of anonymity because they were not authorized to …`:
  // why the source is unnamed belongs to the tag, up to the sentence end
  if (anonymityTail(view, from + 1)) return last;
  let end = last;
  for (let k = from + 1; k <= last; k++) if (view.tokens[k]!.text === ',') { end = k - 1; break; }
  if (shortTail(view, from, end, addressee)) return end;
  return view.tokens[from + 1]?.text === ',' ? from : -1;
}

/** Whether the tokens from `k` say why a source is unnamed: `on condition of anonymity`, `on the condition that`, `speaking on condition …`. */
function anonymityTail(view: DocView, k: number): boolean {
  const lead = view.lower(k);
  if (lead === 'speaking') k += 1;
  else if (lead === 'who') k += 2; // `who spoke on condition …`
  if (view.lower(k) !== 'on') return false;
  return view.lower(k + 1) === 'condition' || (view.lower(k + 1) === 'the' && view.lower(k + 2) === 'condition');
}

/** Words that may precede a sentence-initial participle cue (`While denouncing …,`). */
const INTRO_LEADS: ReadonlySet<string> = new Set(['while', 'after', 'before', 'by', 'when', 'upon', 'since', 'in', 'without', 'but', 'and', 'then']);

/**
 * A participle opening the sentence: `Citing “obligations”, the spokeswoman told …`,
 * `Asked about the charges, Rubio said …`: the content runs to the first comma and the
 * speaker is the subject after it.
 */
function introForm(ctx: Ctx, c: CueHit, s: TokenRange): Found {
  const { view } = ctx;
  const form = view.lower(c.verb);
  if (!isParticiple(form) && form !== 'asked') return null;
  let k = s.first;
  while (k < c.first && (INTRO_LEADS.has(view.lower(k)) || view.tokens[k]!.kind === 'quote')) k++;
  if (k !== c.first) return null;
  let comma = c.last + 1;
  let inQuote = false;
  while (comma <= s.last && (inQuote || view.tokens[comma]!.text !== ',')) {
    if (view.tokens[comma]!.kind === 'quote') inQuote = !inQuote;
    comma++;
  }
  if (comma >= s.last || comma - c.last < 2) return null;
  // `Asked about the talks, Rubio said …`: Rubio was asked, by someone the sentence does not name
  const src = form === 'asked' ? null : sourceAfter(view, comma + 1, s.last);
  return candidate(ctx, askerSkipped(view, timeAdverbial(view, c.last + 1), comma - 1), comma - 1, c, src, 'quotes/indirect-intro');
}

/**
 * Whether the cue is the infinitive of a refusal (`refused to say when …`, `declined to
 * discuss what …`), of a permission (`not authorized to discuss the talks`) or of the reason for
 * anonymity (`speaking on condition of anonymity to discuss the diplomacy`): the speaker did not
 * say it; the refusal is the statement.
 */
function refused(view: DocView, c: CueHit): boolean {
  return c.first >= 2 && view.lower(c.first - 1) === 'to' && /^(refus|declin|authori[sz]ed$|allowed$|permitted$|cleared$|anonymity$|anonymously$)/.test(view.lower(c.first - 2));
}

/**
 * Whether the cue names an act, not speech (token `k` opens what follows the cue, `that`
 * whether a `that` introduces it): a refusal of an act (`refused to sign the deal`), or an
 * agreement to or on something (`agreed to a ceasefire`, `agree Gaza truce deal`): `agree`
 * reports speech only with `that` (`agreed that the talks should resume`).
 */
function namesAct(view: DocView, c: CueHit, k: number, that: boolean): boolean {
  if (c.rule.id === 'agree') return !that;
  if (!that && ACT_OBJECT_CUES.has(c.rule.id) && actObject(view, k)) return true;
  return REFUSAL_CUES.has(c.rule.id) && view.lower(k) === 'to' && !SPEECH_INFINITIVES.has(view.lower(k + 1));
}

/** Cues whose object may be an act rather than words (`declared a three-day truce`, `offered a 50 percent raise`). */
const ACT_OBJECT_CUES: ReadonlySet<string> = new Set(['declare', 'announce', 'offer', 'propose']);

/** Nouns that make such an object an act: a truce declared, terms offered. */
const ACT_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'pause', 'armistice', 'war', 'emergency', 'curfew',
  'increase', 'raise', 'rise', 'hike', 'package', 'swap', 'exchange',
]);

/** Whether one of the five words from `k`, before any punctuation, is an act noun (`a three-day truce`). */
function actObject(view: DocView, k: number): boolean {
  for (let j = k; j < k + 5 && view.tokens[j] !== undefined; j++) {
    if (view.tokens[j]!.kind !== 'word' && view.tokens[j]!.kind !== 'number') return false;
    if (ACT_OBJECT_NOUNS.has(view.lower(j))) return true;
  }
  return false;
}

/** Words between `agree` and its `that` (`agreed on Monday that`, `agreed with Egypt that`). */
const AGREE_THAT_WINDOW = 5;

/** Whether `that` is among the `n` tokens from `k`, before any punctuation. */
function thatWithin(view: DocView, k: number, n: number): boolean {
  for (let j = k; j < k + n && view.tokens[j] !== undefined; j++) {
    if (view.lower(j) === 'that') return true;
    if (view.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * Whether a cue the attribution model picked attributes nothing: an act (a refusal of one,
 * an agreement without `that`), or the infinitive of a refusal (the rules read neither;
 * model/propose.ts asks the same).
 */
export function notAStatement(view: DocView, c: CueHit): boolean {
  return refused(view, c) || mediumParticiple(view, c) || asksAnonymity(view, c.last + 1) || objectSaysNothing(view, c.last + 1) || namesAct(view, c, c.last + 1, thatWithin(view, c.last + 1, AGREE_THAT_WINDOW));
}

/** `a statement posted on its channel`, `a video released by the group`: a participle describing a medium, not its speaker speaking. */
function mediumParticiple(view: DocView, c: CueHit): boolean {
  return c.first === c.last && MEDIUM_NOUNS.has(view.lower(c.first - 1)) && /(?:ed|en|wn)$/.test(view.lower(c.first));
}

/** Who a speaker speaks to: an object made only of one of these says nothing (`addressed the crowd`). */
const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'crowd', 'crowds', 'rally', 'reporters', 'journalists', 'press', 'media', 'nation', 'parliament', 'assembly', 'lawmakers',
  'legislators', 'senators', 'conference', 'gathering', 'supporters', 'audience', 'delegates', 'delegation', 'delegations',
  'summit', 'meeting', 'session', 'students', 'troops', 'mourners', 'protesters', 'demonstrators', 'congregation',
  'workers', 'members', 'residents', 'families', 'council', 'congress', 'cabinet', 'convention', 'forum', 'hearing',
]);

/** What a speaker makes or gives without saying what it holds (`made the comments on Friday`, `gave a speech in Doha`). */
const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set(['comments', 'comment', 'remarks', 'remark', 'pledge', 'promise', 'speech', 'speeches', 'appearance', 'announcement', 'statements', 'address', 'briefing', 'testimony']);

/** Verbs that make a medium rather than say something of it (`issued a statement`; `denied the report` says something). */
const PRODUCING = /^(?:issu|releas|publish|post|sen[dt]|deliver|gave|give|mak|made|hold|held|put|record|broadcast|air)/;

/** Words that may stand before an audience or a medium (`the large crowd`, `a packed news conference`, `a brief statement`). */
const OBJECT_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'large', 'packed', 'cheering', 'news', 'press', 'joint', 'emergency',
  'general', 'national', 'special', 'closed-door', 'gathered', 'visiting', 'striking', 'union', 'brief', 'short', 'written',
  'new', 'second', 'separate', 'lengthy', 'televised', 'recorded',
]);

/**
 * Whether the words from `k` to the clause's end are only an audience (`addressed the crowd.`,
 * `briefed reporters,`): who was spoken to, not what was said; or only the medium of a
 * statement (`issued a statement on Monday`, `released a video,`): that it was made, not what it says.
 */
export function objectSaysNothing(view: DocView, k: number): boolean {
  let j = k;
  while (j < k + 4 && OBJECT_MODIFIERS.has(view.lower(j))) j++;
  const w = view.lower(j);
  const next = view.tokens[j + 1];
  if ((MEDIUM_NOUNS.has(w) || SPEECH_ACT_NOUNS.has(w)) && j > k && PRODUCING.test(view.lower(k - 1))) {
    // `issued a statement on Monday, saying …`: what follows the medium is when, where or another cue
    return next === undefined || (next.kind === 'punct' && next.text !== ':') || view.sentenceOf[j] !== view.sentenceOf[j + 1] || timeAdverbial(view, j + 1) > j + 1 || /^(?:on|in|at|during|after|before|to)$/.test(next.lower);
  }
  if (!AUDIENCE_NOUNS.has(w)) return false;
  return next === undefined || (next.kind === 'punct' && next.text !== ':') || view.sentenceOf[j] !== view.sentenceOf[j + 1];
}

/** `who requested anonymity`, `asked for anonymity`, `asked not to be named`: how a source is unnamed, not what it said. */
function asksAnonymity(view: DocView, k: number): boolean {
  const w = view.lower(k);
  if (w === 'anonymity' || (w === 'for' && view.lower(k + 1) === 'anonymity')) return true;
  return w === 'not' && view.lower(k + 1) === 'to' && view.lower(k + 2) === 'be' && /^(named|identified|quoted)$/.test(view.lower(k + 3));
}

/** `SOURCE CUE (ADDRESSEE) (ADVERBIAL) (that|:) CONTENT`. */
function clauseForm(ctx: Ctx, c: CueHit, s: TokenRange): Found {
  const { view } = ctx;
  if (isPassive(view, c)) return null;
  if (refused(view, c) || asksAnonymity(view, c.last + 1) || objectSaysNothing(view, c.last + 1)) return null;
  const src = speakerOf(view, c, s.first, ctx.cueAt);
  if (tagsQuote(view, c, src)) return 'skip';
  // `Said Omar Haddad, a spokesman: “…”`: an opening cue with its speaker after it, the quotation's tag
  if (src === null && c.first === s.first && view.capitalized(c.first) && !isParticiple(view.lower(c.verb)) && quotedIn(view, c.last + 1, s.last)) return 'skip';
  let k = c.last + 1;
  const tell = c.rule.frames.includes('tell');
  const after = skipAdverbial(view, k, s.last, tell && !opensContent(view, k));
  if (after !== k) k = after;
  else if (tell && !opensContent(view, k)) k = skipAdverbial(view, skipAddressee(view, k, s.last), s.last, false);
  k = skipCitingAside(view, k, s.last);
  k = skipPlaceBeforeClause(view, k, s.last);
  const that = view.lower(k) === 'that' && !determinerThat(view, k);
  if (that || view.tokens[k]?.text === ':' || (view.tokens[k]?.text === ',' && view.tokens[k + 1]?.kind === 'quote')) k++;
  if (k > s.last) return null;
  const object = c.rule.frames.includes('object');
  // "a demand Ukraine rejected as unacceptable": the object is gone before the cue, "as …" only judges it
  if (object && !that && k === c.last + 1 && view.lower(k) === 'as' && !quotedIn(view, k, s.last)) return null;
  if (!accepts(ctx, c, src, k, that, object)) return null;
  const via = object && !that && !clauseStart(view, k) ? 'quotes/indirect-object' : 'quotes/indirect-clause';
  let last = dashedEnd(view, s.first, c.first, k, contentEnd(ctx, k, s.last));
  if (object && !that) last = objectEnd(view, k, last, ctx.cueAt);
  last = relativeClauseEnd(view, src, k, last);
  return candidate(ctx, k, last, c, src, via);
}

/**
 * `The proposal, which Hamas said it had accepted “with some reservations,” would begin …`:
 * a cue inside a relative clause set off by commas has content only up to the comma that
 * closes the clause (kept inside a closing quotation mark right after it); `last` otherwise.
 */
function relativeClauseEnd(view: DocView, src: SourceSpan | null, k: number, last: number): number {
  if (src === null) return last;
  const relative = /^(?:which|who|whom)$/;
  // `, which Hamas said …` (the pronoun the object) or `, who said …` (the pronoun the speaker)
  const opener = relative.test(view.lower(src.first)) && src.first === src.last ? src.first : src.first - 1;
  if (!relative.test(view.lower(opener)) || view.tokens[opener - 1]?.text !== ',') return last;
  for (let j = k + 1; j <= last; j++) {
    if (view.tokens[j]!.text !== ',') continue;
    return view.tokens[j + 1]?.kind === 'quote' && view.tokens[j - 1]?.kind !== 'quote' ? j + 1 : j - 1;
  }
  return last;
}

/** Verbs after which a `that` right after the cue is their subject (`said that was wrong`). */
const THAT_SUBJECT_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'would', 'will', 'has', 'had', 'could', 'should', 'might', 'must', 'may', 'can', "wasn't", "isn't", "won't"]);

/**
 * Whether `that` at `k` is a demonstrative, part of the content, rather than opening a clause:
 * before a noun (`rejected that claim.`, `dismissed that notion as absurd`), alone (`denied
 * that, saying …`) or as a subject (`said that was wrong`).
 */
function determinerThat(view: DocView, k: number): boolean {
  const next = view.tokens[k + 1];
  if (next === undefined || view.sentenceOf[k + 1] !== view.sentenceOf[k]) return true;
  // `denied that, saying …` ends at the comma; `said that, if needed, troops …` opens a clause
  if (next.text === ',') return isParticiple(view.lower(k + 2)) || /^(?:and|but|which|according)$/.test(view.lower(k + 2));
  if (next.kind === 'punct' && next.text !== ':') return true;
  if (THAT_SUBJECT_VERBS.has(next.lower)) return true;
  if (next.kind !== 'word' || view.capitalized(k + 1) || SUBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower)) return false;
  const after = view.tokens[k + 2];
  return after === undefined || view.sentenceOf[k + 2] !== view.sentenceOf[k] || (after.kind === 'punct' && after.text !== ':') || after.lower === 'of' || after.lower === 'as';
}

/** Whether a quotation mark stands in tokens `from`…`to` ("described as “exceptionally generous”" keeps its partial quote). */
function quotedIn(view: DocView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (view.tokens[k]!.kind === 'quote') return true;
  return false;
}

/** Whether the cue is the tag of a direct quote just before it (`,” she said in …`, `,” said Smith`). */
function tagsQuote(view: DocView, c: CueHit, src: SourceSpan | null): boolean {
  const adjacent = src !== null && src.last < c.first && onlyBetweenWords(view, src.last + 1, c.first - 1);
  let k = (adjacent ? src.first : c.first) - 1;
  if (view.tokens[k]?.text === ',') k--;
  const t = view.tokens[k];
  return t !== undefined && t.kind === 'quote' && view.sentenceOf[k] === view.sentenceOf[c.first];
}

/** Whether tokens `from`…`to` are only words that sit between a subject and its verb (`has also`). */
function onlyBetweenWords(view: DocView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!BETWEEN_SOURCE_AND_CUE.has(view.lower(k))) return false;
  return true;
}

/** `was criticized`, `is expected`: a passive cue whose subject is not the speaker. */
export function isPassive(view: DocView, c: CueHit): boolean {
  return BE_FORMS.has(view.lower(c.first - 1)) && /ed$|wn$|ld$|id$/.test(view.lower(c.verb));
}

/** Whether token `k` starts content at once (`that`, a colon, a quotation mark). */
function opensContent(view: DocView, k: number): boolean {
  const t = view.tokens[k];
  return t === undefined || t.lower === 'that' || t.text === ':' || t.kind === 'quote' || t.text === ',';
}

/** Whether token `k` can start a clause: a subject pronoun, a determiner, a name, a number, a quotation. */
function clauseStart(view: DocView, k: number): boolean {
  const t = view.tokens[k];
  if (t === undefined) return false;
  return CLAUSE_OPENERS.has(t.lower) || t.kind === 'quote' || t.kind === 'number' || view.capitalized(k);
}

/** Words that bound a quantity (`at least 600`, `up to 33`, `as many as 40`), each with how many tokens it takes. */
const QUANTITY_BOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['at', ['least', 'most']], ['up', ['to']], ['more', ['than']], ['fewer', ['than']], ['less', ['than']], ['as', ['many', 'much']],
]);
/** Words that may stand for the number after a bound (`at least a dozen`, `up to half`). */
const QUANTITY_WORDS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens?|scores|hundreds|thousands|millions|half|some|several|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine|thirds?|quarters?))$/;

/**
 * Whether a bound on a number at `k` opens the content of a plain reporting cue (`said at
 * least 600 trucks had entered`); a weaker cue needs more (`maintain at least one base` is
 * keeping one), and `added up to` is the phrasal verb (`the losses added up to a majority`).
 */
function quantityContent(view: DocView, c: CueHit, k: number): boolean {
  return c.rule.strength === 1 && quantityLead(view, k) > k && !(c.rule.id === 'add' && view.lower(k) === 'up');
}

/**
 * `said at least 600 trucks had entered`, `said up to 33 hostages could be freed`, `said as many
 * as 40 …`: a bound on a number right after a cue opens the content (it is no place or
 * preposition after the cue); the token after the bound when one stands at `k`, else `k`.
 */
function quantityLead(view: DocView, k: number): number {
  const w = view.lower(k);
  const seconds = QUANTITY_BOUNDS.get(w);
  if (seconds === undefined || !seconds.includes(view.lower(k + 1))) return k;
  let n = k + 2;
  if (w === 'as') {
    if (view.lower(n) !== 'as') return k;
    n++;
  }
  const t = view.tokens[n];
  if (t === undefined || view.sentenceOf[n] !== view.sentenceOf[k]) return k;
  return t.kind === 'number' || (t.kind === 'word' && QUANTITY_WORDS.test(t.lower)) ? n : k;
}

/** Whether the cue has enough evidence for its strength and frame. */
function accepts(ctx: Ctx, c: CueHit, src: SourceSpan | null, k: number, that: boolean, object: boolean): boolean {
  const { view } = ctx;
  const quote = view.tokens[k]?.kind === 'quote';
  const clause = that || quote || clauseStart(view, k);
  const frames = c.rule.frames;
  if (frames.includes('evidence') && !frames.includes('report')) {
    return src !== null && (that || quote) && (view.capitalized(src.head) || evidencePhrase(view, src));
  }
  if (view.lower(k) === 'by') return false;
  if (namesAct(view, c, k, that)) return false;
  const to = view.lower(k) === 'to' && (frames.includes('tell') || object);
  if (!object && !that && !to && PREPOSITIONS.has(view.lower(k)) && !quantityContent(view, c, k)) return false;
  if (nounUseOfCue(view, c, src)) return false;
  if (object && !frames.includes('report') && src === null) return false;
  if (c.rule.strength === 1) return clause || object || src !== null || view.tokens[k]?.kind === 'word';
  if (src === null) return false;
  if (c.rule.strength === 2) return clause || object;
  return that || quote || (object && view.capitalized(src.head));
}

/** Skips the addressee of `told`/`assured` (`reporters`, `The Associated Press`, `CNN's Jake Tapper`). */
function skipAddressee(view: DocView, k: number, last: number): number {
  const start = k;
  if (ADDRESSEE_WORDS.has(view.lower(k)) && !view.capitalized(k) && /^(the|a|an|his|their|our)$/.test(view.lower(k))) k++;
  const afterDeterminer = k;
  while (k <= last && k - start < 8) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word') break;
    if (t.lower === 'that' || (k > start && CLAUSE_OPENERS.has(t.lower) && !view.capitalized(k))) break;
    if (view.capitalized(k) || ADDRESSEE_WORDS.has(t.lower) || t.lower === "'s" || t.lower === '’s') { k++; continue; }
    if (LISTENER_WORDS.has(t.lower) && view.lower(k + 1) !== 'to') { k++; continue; }
    if (LISTENER_MODIFIERS.has(t.lower) && (LISTENER_WORDS.has(view.lower(k + 1)) || LISTENER_MODIFIERS.has(view.lower(k + 1)))) { k++; continue; }
    break;
  }
  // `warned the truce could collapse`: a determiner with no addressee after it opens the content
  return k === afterDeterminer ? start : k;
}

/** Words that make a time adverbial on their own after a cue (`said Tuesday`, `said repeatedly`). */
const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'repeatedly', 'publicly', 'privately', 'previously', 'earlier', 'later', 'again', 'also']);
/** Nouns of time after `last`, `this`, `next` (`last week`). */
const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** The token after a short time adverbial at `k` (`Tuesday`, `on Tuesday`, `last week`, `this morning`), or `k`. */
function timeAdverbial(view: DocView, k: number): number {
  const l = view.lower(k);
  // `late Thursday (night)`, `early on Friday`, `earlier this week`, `earlier on Thursday`
  if (l === 'late' || l === 'early' || l === 'earlier' || l === 'later') {
    const n = view.lower(k + 1);
    if (DAYS.has(n) || n === 'on' || ((l === 'earlier' || l === 'later') && (n === 'this' || n === 'last'))) {
      const end = timeAdverbial(view, k + 1);
      if (end > k + 1) return end;
    }
  }
  if (DAYS.has(l)) return PERIODS.has(view.lower(k + 1)) ? k + 2 : k + 1;
  if (l === 'on' && DAYS.has(view.lower(k + 1))) return timeAdverbial(view, k + 1);
  if ((l === 'last' || l === 'this' || l === 'next' || l === 'earlier' || l === 'late') && PERIODS.has(view.lower(k + 1))) return k + 2;
  return k;
}

/** How far after a cue a `that` may stand behind an adverbial or an addressee (`told a crowded hall in Baltimore that`). */
const THAT_WINDOW = 14;
/** The same after `in a statement`, `in a readout`, … whose description may run long. */
const MEDIUM_THAT_WINDOW = 30;
/** What a statement is made in (`said in a readout of the call that …`). */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['statement', 'readout', 'letter', 'interview', 'speech', 'post', 'message', 'call', 'communique', 'briefing', 'video', 'address', 'tweet', 'op-ed', 'report', 'memo', 'filing']);

/**
 * Skips what stands between a cue and its content when `that`, a colon or a comma follows
 * it: an adverbial (`said on ABC's “This Week” that`), an adverb (`suspected immediately
 * that`) or, after `told`, an addressee (`told a crowded hall that`).
 */
function skipAdverbial(view: DocView, k: number, last: number, addressee: boolean): number {
  if (quantityLead(view, k) > k) return k;
  const time = timeAdverbial(view, k);
  if (time > k) return time;
  const l = view.lower(k);
  const opens = ADVERBIAL_STARTS.has(l) || (l.endsWith('ly') && l.length > 4) || addressee;
  if (!opens) return k;
  // `said in a readout of a call between President X and Qatar's emir, Sheikh Y, that …`
  const window = l === 'in' && MEDIUM_NOUNS.has(view.lower(k + 2)) ? MEDIUM_THAT_WINDOW : THAT_WINDOW;
  let inQuote = false;
  let relative = false;
  let aside = false;
  for (let j = k; j <= Math.min(last, k + window); j++) {
    const t = view.tokens[j]!;
    if (t.kind === 'quote') { inQuote = !inQuote; continue; }
    if (inQuote) continue;
    // `told reporters the talks were "complicated" and that …`: a second `that` clause, so the first began earlier
    if (t.lower === 'that') return j > k && /^(?:and|but|or)$/.test(view.lower(j - 1)) ? k : j;
    // `told mediators the group will not sign any proposal that calls …`: an auxiliary before any
    // `that` means the content began already, and the `that` is a relative (not after `who`: `told
    // reporters who had gathered there that …`)
    if (t.lower === 'who' || t.lower === 'which') relative = true;
    // `told the BBC on Monday, as talks were under way, that …`, `at a rally where thousands were
    // gathered that …`: an aside's clause, when a `that` still follows in the window
    if (ASIDE_OPENERS.has(t.lower) || (t.text === ',' && j > k)) aside = true;
    if (!relative && THAT_SUBJECT_VERBS.has(t.lower) && !(aside && thatFollows(view, j + 1, Math.min(last, k + window)))) return k;
    if (t.text === ':' || (t.text === ',' && j > k && !addressee && view.tokens[j + 1]?.kind === 'quote')) return j;
    if (t.kind === 'punct' && t.text !== ',') return k;
  }
  return k;
}

/** Words that open an aside between a cue and its `that` (`as talks were under way`, `where talks were held`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['where', 'when', 'as', 'while', 'whereas']);

/** Whether a `that` stands in tokens `[from, to]`, before any sentence-ending punctuation or quotation mark. */
function thatFollows(view: DocView, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const t = view.tokens[j]!;
    if (t.lower === 'that') return true;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return false;
  }
  return false;
}

/** Prepositions of a place or occasion between a cue and a content with no `that` (`told reporters at the White House he …`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'from', 'outside', 'aboard']);
/** Longest such adverbial, in tokens. */
const PLACE_TOKENS = 9;

/**
 * `told reporters at the White House he was hopeful`, `said at a news conference in Tel Aviv
 * the deal was close`: a place or occasion after the cue (and its addressee) with no `that`,
 * and a clause after it opened by a subject pronoun, or by a determiner right after a noun of
 * the adverbial (a determiner after a preposition is still the adverbial's: `in the capital`).
 * The token that opens the clause, else `k`.
 */
function skipPlaceBeforeClause(view: DocView, k: number, last: number): number {
  if (!PLACE_PREPOSITIONS.has(view.lower(k)) || quantityLead(view, k) > k) return k;
  const sentence = view.sentenceOf[k];
  for (let j = k + 1; j <= Math.min(last, k + PLACE_TOKENS); j++) {
    const t = view.tokens[j]!;
    if (t.kind !== 'word' || view.sentenceOf[j] !== sentence || t.lower === 'that') return k;
    const prev = view.lower(j - 1);
    const afterNoun = j > k + 1 && !PREPOSITIONS.has(prev) && !DETERMINERS.has(prev) && !PLACE_PREPOSITIONS.has(prev);
    if (afterNoun && /^(?:he|she|they|we|i)$/.test(t.lower)) return j;
    if (afterNoun && /^(?:the|a|an|its|his|her|their)$/.test(t.lower) && !view.capitalized(j)) return j;
  }
  return k;
}

/** Longest `, citing …,` aside between a cue and its `that` (`reported, citing unnamed officials, that …`). */
const CITING_ASIDE_TOKENS = 16;

/**
 * `Channel 12 reported on Monday, citing unnamed officials, that …`: an aside naming the
 * report's sources between the cue and its `that` clause; the `that` after it, else `k`.
 */
function skipCitingAside(view: DocView, k: number, last: number): number {
  if (view.tokens[k]?.text !== ',' || !/^(?:citing|quoting)$/.test(view.lower(k + 1))) return k;
  for (let j = k + 2; j < Math.min(last, k + CITING_ASIDE_TOKENS); j++) {
    const t = view.tokens[j]!;
    if (t.text === ',') return view.lower(j + 1) === 'that' ? j + 1 : k;
    if (t.kind === 'punct' || t.kind === 'quote') return k;
  }
  return k;
}

/**
 * Words that, after a comma, start a clause that is the article's, not the speaker's:
 * adverbial clauses and connectives (`, while 22 percent said …`, `, but …`).
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'while', 'whereas', 'but', 'when', 'despite', 'although', 'though', 'even', 'after', 'before', 'because', 'since',
  'where', 'thereby', 'as', 'according', 'with',
]);

/** How many tokens a speech tag's speaker may take after a comma (`, Haddad said`). */
const TAG_SOURCE_WINDOW = 6;
/** The same for the speaker of a clause after `and`/`but`, which may carry an appositive (`and the U.N. chief, Martin Griffiths, called`). */
const AND_SOURCE_WINDOW = 12;

/**
 * Whether the comma (or `and`, `but`) at `comma` opens a speech tag of another attribution
 * (`…, Haddad said on Wednesday.`, `… but he declined to …`), with a cue of at most `strength`.
 */
function tagFollows(ctx: Ctx, comma: number, last: number, strength = 3, window = TAG_SOURCE_WINDOW): boolean {
  const { view } = ctx;
  for (let k = comma + 2; k <= Math.min(last, comma + window); k++) {
    const c = ctx.cueAt[k];
    if (c === undefined || c.quoted || c.first !== k) continue;
    return c.rule.strength <= strength && !isPassive(view, c) && sourceBefore(view, c.verb, comma + 1)?.first === comma + 1;
  }
  return false;
}

/** Whether tokens `from`…`to` are only capitalized words and `the` (`Israel`, `the United States`): a subject, no clause yet. */
function onlyName(view: DocView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (view.tokens[k]!.kind !== 'word' || !(view.capitalized(k) || view.lower(k) === 'the')) return false;
  return from <= to;
}

/**
 * The last token of content starting at `k`: the sentence end, or before a comma that
 * opens a participle (`, saying …`), `according to`, a clause of the article (`, while …`,
 * `, but …`) or another speech tag (`…, Haddad said.`), before `and` + another cue (`said X
 * and predicted Y`), or before `;`. Quotations inside the content are skipped whole.
 */
function contentEnd(ctx: Ctx, k: number, last: number): number {
  const { view } = ctx;
  for (let j = k + 1; j < last; j++) {
    const t = view.tokens[j]!;
    const open = ctx.openAt[j]!;
    if (open >= 0) {
      const q = ctx.marks[open]!;
      j = Math.max(j, q.closeToken >= 0 ? q.closeToken : q.last);
      // `… was "very close," hours before …`: the comma inside the marks ends the clause
      // (and so does a speech tag after it: `… was "a moral disgrace," one of them said`)
      if (q.closeToken >= 0 && view.tokens[q.closeToken - 1]?.text === ',' && j < last && (CLAUSE_BREAKS.has(view.lower(j + 1)) || timeClause(view, j + 1) || claimAside(view, j) || tagFollows(ctx, j, last, 2))) return j;
      continue;
    }
    const next = view.lower(j + 1);
    const c = ctx.cueAt[j + 1];
    if (t.text === ',' && (CLAUSE_BREAKS.has(next) || timeClause(view, j + 1) || (isParticiple(next) && next !== 'including' && view.tokens[j + 1]!.kind === 'word') || (c && !c.quoted && c.rule.id === 'according to') || tagFollows(ctx, j, last, 2) || claimAside(view, j))) return j - 1;
    // `…, and the U.N. humanitarian chief, Martin Griffiths, called …`: a speaker with an appositive
    // (not after a name alone: `said that Israel and Hamas had agreed …` joins two subjects)
    if ((t.lower === 'and' || t.lower === 'but') && ((c && !c.quoted && c.first === j + 1) || (!onlyName(view, k, j - 1) && tagFollows(ctx, j, last, 2, AND_SOURCE_WINDOW)))) return j - 1;
    if (t.text === ';') return j - 1;
  }
  return last;
}
