/**
 * @module stages/quotes/03-sources — source-span finders: who is speaking.
 *
 * Without a parser, a speaker is the noun phrase next to the cue:
 * - `sourceBefore`: the subject left of the cue (`the Israeli military said`, `Smith, a
 *   spokesman for the ministry, said`, `he has also said`), scanning left over name
 *   words, descriptions, possessives, parentheticals (`(R-Ky.)`) and the prepositions
 *   that build descriptions (`sources familiar with the talks`);
 * - `sourceAfter`: the subject right of an inverted tag (`…, said Anna Smith, a spokeswoman.`,
 *   `according to the ministry`);
 * - `sentenceSubject`: the first noun phrase of a sentence, for participle cues
 *   (`Hamas rejected the offer, saying …`);
 * - `speakerOf`: the speaker of a cue, from the above: its subject, the subject of an
 *   earlier cue it is joined to (`said X and predicted Y`), of the verb governing it
 *   (`sought to clarify`), or of the sentence for a participle.
 * Each returns a token range and its head (the word the cue agrees with), or null.
 */
import type { CueHit } from './02-cues.js';
import { CUE_BY_FORM, isParticiple } from './cues.js';
import {
  AUXILIARY,
  BE_FORMS,
  BETWEEN_SOURCE_AND_CUE,
  CLAIM_NOUNS,
  DASHES,
  DETERMINERS,
  LEADING_CONNECTIVES,
  NP_INNER_PREPOSITIONS,
  NP_STOPS,
  PART_WORDS,
  PERSON_ROLE_HEADS,
  SUBJECT_PRONOUNS,
} from './lexicon.js';
import type { SourceSpan } from './types.js';
import type { DocView, TokenRange } from './view.js';
import { WEEKDAY_NAMES } from '../time/lexicon.js';

/** Longest speaker phrase, in tokens. */
const MAX_NP = 14;

/** Day and month names and other time words that may sit between a subject and its cue. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'last', 'this',
]);

/** Words that open a sentence-initial adverbial (the subject follows its comma). */
const INTRODUCERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'although', 'though', 'since', 'despite', 'with',
  'without', 'following', 'speaking', 'asked', 'addressing', 'writing', 'if', 'because', 'once', 'under', 'amid', 'for',
  'from', 'by', 'to', 'meanwhile', 'however', 'still', 'yet', 'instead', 'separately', 'earlier', 'later', 'last', 'this',
]);

/** Whether token `i` is a word or a number. */
function isWord(view: DocView, i: number): boolean {
  const k = view.tokens[i]?.kind;
  return k === 'word' || k === 'number';
}

/** Whether token `i` is a possessive `'s` (or a bare apostrophe after a word in s). */
function isPossessive(view: DocView, i: number): boolean {
  const l = view.lower(i);
  return l === "'s" || l === '’s' || l === '’' || l === "'";
}

/** Whether token `i` is capitalized inside its sentence (a name word: `US`, `Gaza`), not at its start. */
function nameInside(view: DocView, i: number): boolean {
  const s = view.sentenceAt(i);
  return view.capitalized(i) && s !== undefined && s.first !== i && view.tokens[i]!.text !== 'I';
}

/**
 * Whether token `i` can be part of a speaker phrase: not a function word, a pronoun,
 * punctuation or a reporting verb (`Hamas demands …` ends at `Hamas`).
 */
function isNpWord(view: DocView, i: number): boolean {
  if (!isWord(view, i)) return false;
  if (nameInside(view, i)) return true;
  // `US officials`, `US President Joe Biden`: the country in capitals, not the pronoun
  if (view.tokens[i]!.text === 'US') return true;
  const l = view.lower(i);
  return !NP_STOPS.has(l) && !SUBJECT_PRONOUNS.has(l);
}

/** Whether token `i` is a reporting verb in a form that is no noun (`demanded`, `saying`; not `talks`). */
function verbForm(view: DocView, i: number): boolean {
  const l = view.lower(i);
  const rule = CUE_BY_FORM.get(l);
  return rule !== undefined && (l.endsWith('ed') || isParticiple(l) || l === rule.forms[2]);
}

/** Skips a parenthetical ending at `close` (a `)`), returning the token before its `(`, or -1. */
function skipParenthetical(view: DocView, close: number, limit: number): number {
  for (let k = close - 1; k >= Math.max(limit, close - 8); k--) if (view.tokens[k]!.text === '(') return k - 1;
  return -1;
}

/** The index of the last token of the subject before `cue`, skipping auxiliaries and adverbs. */
function skipToSubject(view: DocView, cue: number, limit: number): number {
  let i = cue - 1;
  while (i >= limit) {
    const l = view.lower(i);
    if (BETWEEN_SOURCE_AND_CUE.has(l) || AUXILIARY.has(l) || (l.endsWith('ly') && l.length > 4 && !view.capitalized(i))) i--;
    else if (TIME_WORDS.has(l) && i - 1 >= limit && (view.lower(i - 1) === 'on' || TIME_WORDS.has(view.lower(i - 1)))) i -= 2;
    else if (TIME_WORDS.has(l) && i - 1 >= limit && view.capitalized(i)) i--;
    // `Egypt and Qatar both said`: `both` floated after the subject (`all` is in BETWEEN_SOURCE_AND_CUE; not `of both`)
    else if (l === 'both' && i - 1 >= limit && isNpWord(view, i - 1) && !DETERMINERS.has(view.lower(i - 1)) && !NP_INNER_PREPOSITIONS.has(view.lower(i - 1))) i--;
    else break;
  }
  return i;
}

/** The noun phrase ending at `head` (inclusive), scanning left no further than `limit`. */
function phraseEndingAt(view: DocView, head: number, limit: number): SourceSpan | null {
  if (head < limit) return null;
  if (view.tokens[head]!.text === ')') {
    const inner = phraseEndingAt(view, skipParenthetical(view, head, limit), limit);
    return inner === null ? null : { first: inner.first, last: head, head: inner.head };
  }
  const l = view.lower(head);
  if ((l === 'who' || l === 'which') && head - 1 >= limit && isNpWord(view, head - 1)) return phraseEndingAt(view, head - 1, limit);
  if (SUBJECT_PRONOUNS.has(l)) return { first: head, last: head, head };
  // a number ends a phrase only as the last word of a name (`Channel 12`)
  if (!isNpWord(view, head) || (view.tokens[head]!.kind === 'number' && view.mentionAt(head)?.last !== head) || (verbForm(view, head) && !view.capitalized(head))) return null;
  let first = head;
  let outerHead = head;
  let j = head - 1;
  while (j >= limit && j > head - MAX_NP) {
    const lj = view.lower(j);
    if (view.tokens[j]!.text === ')') {
      const before = skipParenthetical(view, j, limit);
      if (before < limit) break;
      j = before;
      continue;
    }
    if (isPossessive(view, j) && j - 1 >= limit && isWord(view, j - 1)) { first = j - 1; j -= 2; continue; }
    if (DETERMINERS.has(lj)) {
      first = j;
      // `the two sides`, `all three mediators`: a quantity after its own determiner
      if (j - 1 >= limit && DETERMINERS.has(view.lower(j - 1)) && !DETERMINERS.has(view.lower(j + 1))) {
        first = j - 1;
        break;
      }
      if (j - 1 >= limit && view.lower(j - 1) === 'and') {
        const left = coordinatedBefore(view, j - 1, limit);
        if (left !== null) first = left;
        break;
      }
      if (!joinsDescription(view, j - 1, limit)) break;
      j--;
      continue;
    }
    if (verbForm(view, j) && !view.capitalized(j)) break;
    if (lj === 'and') {
      const left = coordinatedBefore(view, j, limit);
      if (left !== null) first = left;
      break;
    }
    if (joinsDescription(view, j, limit)) {
      if (!view.capitalized(head)) outerHead = j - 1;
      j--;
      continue;
    }
    if (isNpWord(view, j)) { first = j; j--; continue; }
    break;
  }
  return trimPhrase(view, { first, last: head, head: outerHead });
}

/**
 * The first token of a conjunct before the `and` at `and` when the two make one subject:
 * `Egypt and Qatar said`, `Saudi and U.S. mediators said`. Only where the left conjunct opens
 * the subject's place (the sentence or limit start, or after a comma, quotation mark or
 * parenthesis), so that `Hamas rejected the plan and Qatar said` keeps Qatar alone.
 */
function coordinatedBefore(view: DocView, and: number, limit: number): number | null {
  if (and - 1 < limit) return null;
  const left = phraseEndingAt(view, and - 1, limit);
  if (left === null || SUBJECT_PRONOUNS.has(view.lower(left.head)) || !conjunctShape(view, left)) return null;
  if (left.first === limit) return left.first;
  const before = view.tokens[left.first - 1]!;
  return before.text === ',' || before.text === '(' || before.kind === 'quote' ? left.first : null;
}

/** Lower-case words a name may hold (`Mohammed bin Abdulrahman`, `Ministry of Defense`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'al', 'el', 'de', 'of', 'for', 'the', 'and']);

/**
 * Whether a phrase looks like one conjunct of a subject: after an optional determiner, two
 * words at most (`the army`, `Israeli officials`) or a name (`Sheikh Mohammed bin
 * Abdulrahman`), not a clause the phrase reader ran into (`The envoy left Cairo`).
 */
function conjunctShape(view: DocView, p: SourceSpan): boolean {
  const first = DETERMINERS.has(view.lower(p.first)) ? p.first + 1 : p.first;
  if (p.last - first < 2) return true;
  if (p.last - first > 5) return false;
  for (let k = first; k <= p.last; k++) if (!view.capitalized(k) && !NAME_PARTICLES.has(view.lower(k))) return false;
  return true;
}

/** Whether token `j` is a preposition inside a description (`spokesman for the ministry`). */
function joinsDescription(view: DocView, j: number, limit: number): boolean {
  return j - 1 >= limit && NP_INNER_PREPOSITIONS.has(view.lower(j)) && isNpWord(view, j - 1) && !DETERMINERS.has(view.lower(j - 1));
}

/** Drops leading prepositions and time words from a phrase (`On Tuesday Blinken` → `Blinken`). */
function trimPhrase(view: DocView, s: SourceSpan): SourceSpan | null {
  let first = s.first;
  while (first < s.head) {
    const l = view.lower(first);
    if (NP_INNER_PREPOSITIONS.has(l) || TIME_WORDS.has(l) || LEADING_CONNECTIVES.has(l)) first++;
    else break;
  }
  return { first, last: s.last, head: s.head };
}

/**
 * The speaker left of the cue at token `cue`, no further left than `limit`: the subject
 * (`Hamas`, `he`, `a senior official`), with an appositive between commas when there is
 * one (`Smith, a spokesman for the ministry,` → the whole phrase, head `Smith`).
 */
export function sourceBefore(view: DocView, cue: number, limit: number): SourceSpan | null {
  // the passes and the model ask about the same cue several times (tag, clause, speaker, the
  // span picker's guesses): answered once per view, cue and limit
  let memo = beforeMemo.get(view);
  if (memo === undefined) {
    memo = new Map();
    beforeMemo.set(view, memo);
  }
  const key = cue * (view.tokens.length + 2) + (limit + 1);
  let found = memo.get(key);
  if (found === undefined) {
    found = readSourceBefore(view, cue, limit);
    memo.set(key, found);
  }
  return found;
}

/** Answers of {@link sourceBefore} per view, by `cue × (tokens + 2) + limit + 1`. */
const beforeMemo = new WeakMap<DocView, Map<number, SourceSpan | null>>();

/** {@link sourceBefore}, computed. */
function readSourceBefore(view: DocView, cue: number, limit: number): SourceSpan | null {
  let i = skipToSubject(view, cue, limit);
  if (i < limit) return null;
  const relative = relativeClauseSubject(view, i, limit);
  if (relative !== null) return relative;
  // `One of them said`, `Two of those officials told`: a part of a group named before
  const part = partOfGroup(view, i, limit);
  if (part !== null) return part;
  const t = view.tokens[i]!.text;
  if (t === ',') return appositiveBefore(view, i, limit);
  if (DASHES.has(t)) return dashedBefore(view, i, limit);
  let last = i;
  if (t === ')') {
    i = skipParenthetical(view, i, limit);
    if (i < limit) return null;
  }
  const phrase = phraseEndingAt(view, i, limit);
  if (phrase === null) return null;
  const np = listOpening(view, phrase, limit);
  const pronoun = np.first - 1;
  if (np.first === np.last && pronoun >= limit && !view.capitalized(np.first) && PERSONAL_SUBJECTS.has(view.lower(pronoun))) return { first: pronoun, last: pronoun, head: pronoun };
  const contacted = contactedSubject(view, np, limit);
  if (contacted !== null) return contacted;
  // `…, a charge Abu Dhabi denies`: the claim is the object of a relative clause, its subject speaks
  for (let k = np.first; k < np.head; k++) {
    // the claim noun written in lower case after a determiner (`a charge`, `the claim`): not a word of a name (`The Account Manager said`)
    if (CLAIM_NOUNS.has(view.lower(k)) && !view.capitalized(k) && k > np.first && DETERMINERS.has(view.lower(k - 1)) && view.capitalized(k + 1)) return { first: k + 1, last: Math.max(np.last, last), head: np.head };
  }
  if (np.first === np.last && !view.capitalized(np.first)) {
    const subject = subjectBeforeVerbs(view, np.first - 1, limit);
    if (subject !== null) return subject;
  }
  return { first: np.first, last: Math.max(np.last, last), head: np.head };
}

/**
 * `Egypt, Qatar and the United States said`: when the phrase `np` joins names with `and` and a
 * comma stands before it, the names set off by commas before it, back to the sentence's start,
 * are the list's first members (not `In Cairo, Egypt and Qatar said`, where a phrase opens
 * the sentence). `np` otherwise.
 */
function listOpening(view: DocView, np: SourceSpan, limit: number): SourceSpan {
  let joined = false;
  for (let k = np.first + 1; k < np.last && !joined; k++) joined = view.lower(k) === 'and' && view.capitalized(k - 1) && view.capitalized(k + 1) || (view.lower(k) === 'and' && view.lower(k + 1) === 'the' && view.capitalized(k + 2));
  if (!joined || !view.capitalized(np.first)) return np;
  const start = view.sentences[view.sentenceOf[np.first] ?? -1]?.first ?? 0;
  let first = np.first;
  while (view.tokens[first - 1]?.text === ',') {
    const item = phraseEndingAt(view, first - 2, Math.max(limit, start));
    if (item === null || !view.capitalized(item.first) || item.first === first - 2 && !view.capitalized(first - 2)) return np;
    for (let k = item.first; k < first - 1; k++) if (view.tokens[k]!.kind !== 'word' || !(view.capitalized(k) || view.lower(k) === 'the')) return np;
    // every item an entity mention (not `Separately, Egypt and the United States said`)
    const named = view.mentionAt(first - 2);
    if (named === undefined || named.last !== first - 2 || named.first > (view.lower(item.first) === 'the' ? item.first + 1 : item.first)) return np;
    first = item.first;
    if (first === start) return { first, last: np.last, head: np.head };
  }
  return np;
}

/** Participles of reaching a source that a reduced relative clause after it opens (`Residents reached by telephone said`). */
const CONTACT_PARTICIPLES: ReadonlySet<string> = new Set(['reached', 'contacted', 'interviewed', 'polled', 'surveyed', 'questioned', 'approached', 'asked']);

/**
 * `Residents of El Fasher reached by telephone described …`: when the phrase `np` before the
 * cue is the object of `by` after such a participle, the speaker is the phrase before the
 * participle, clause included (not `telephone`).
 */
function contactedSubject(view: DocView, np: SourceSpan, limit: number): SourceSpan | null {
  const by = np.first - 1;
  if (by - 1 < limit || view.lower(by) !== 'by' || !CONTACT_PARTICIPLES.has(view.lower(by - 1))) return null;
  const outer = phraseEndingAt(view, by - 2, limit);
  return outer === null ? null : { first: outer.first, last: np.last, head: outer.head };
}

/** `One of them` ending at `last` (or `one of the officials`): the whole phrase, headed by the count word; null otherwise. */
function partOfGroup(view: DocView, last: number, limit: number): SourceSpan | null {
  for (let k = last - 1; k >= Math.max(limit, last - 5); k--) {
    if (view.tokens[k]!.kind !== 'word') return null;
    if (view.lower(k) !== 'of') continue;
    const count = k - 1;
    if (count < limit || !PART_WORDS.has(view.lower(count))) return null;
    const rest = view.lower(k + 1);
    if (k + 1 === last ? rest !== 'them' && rest !== 'those' && rest !== 'us' && rest !== 'these' : !isNpWord(view, last)) return null;
    return { first: count, last, head: count };
  }
  return null;
}

/** Longest relative clause between a speaker and the cue, in tokens (`who spoke on condition of anonymity`). */
const RELATIVE_WINDOW = 14;

/**
 * `A U.S. official who spoke on condition of anonymity said`: when a `who` clause ends at
 * `last` (no punctuation in it), the speaker is the phrase before `who`, clause included.
 */
function relativeClauseSubject(view: DocView, last: number, limit: number): SourceSpan | null {
  // `a politician who had been held without charge`: a clause ending in a preposition or a
  // determiner goes on into the word after it, which is a noun, not a cue
  if (NP_STOPS.has(view.lower(last)) || DETERMINERS.has(view.lower(last))) return null;
  for (let k = last; k >= Math.max(limit + 1, last - RELATIVE_WINDOW); k--) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    if (t.lower !== 'who') continue;
    if (k === last) return null;
    const np = phraseEndingAt(view, k - 1, limit);
    return np === null ? null : { first: np.first, last, head: np.head };
  }
  return null;
}

/** Words that end the run of adverbs and verbs between a subject and a lone lower-case word before the cue. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'and', 'or', 'but', 'who', 'which', 'when', 'while', 'because', 'if', 'as', 'whom', 'whose', 'where', 'after', 'before', 'since',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'about', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those',
]);

/**
 * The subject before a lone lower-case word that a cue follows, across at most two more
 * lower-case words (`Perez just starts talking about`, `Sanders will ever tell`): a
 * mention ending right there or a personal pronoun; null when a clause or phrase word
 * comes first.
 */
function subjectBeforeVerbs(view: DocView, from: number, limit: number): SourceSpan | null {
  for (let k = from; k >= limit && k >= from - 2; k--) {
    const m = view.mentionAt(k);
    if (m !== undefined) return m.last === k && m.first >= limit && m.type !== 'place' ? { first: m.first, last: m.last, head: m.last } : null;
    const l = view.lower(k);
    if (PERSONAL_SUBJECTS.has(l)) return { first: k, last: k, head: k };
    if (view.tokens[k]!.kind !== 'word' || view.capitalized(k) || CLAUSE_WORDS.has(l)) return null;
  }
  return null;
}

/**
 * Subject pronouns that a lone lower-case word after them does not head a phrase with:
 * in `He soon said`, `They resist saying`, `He went on to say` the word is an adverb or a
 * verb and the pronoun is the speaker.
 */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Longest appositive between a name and its cue, in tokens (`X, a former expert who now studies …, said`). */
const APPOSITIVE_WINDOW = 30;

/** Prepositions that open an adverbial set off between a speaker and the cue (`, in remarks to Fox News,`, `, at a news conference,`). */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'for', 'during', 'after', 'before', 'from', 'via', 'through', 'while', 'when', 'addressing', 'citing', 'quoting']);

/** Adverbs set off by commas between a subject and its verb (`Economists, however, cautioned`). */
const PARENTHETICAL_ADVERBS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'nonetheless', 'nevertheless', 'likewise', 'separately', 'similarly']);

/** `Louise Haigh – who has said she will not intervene – urged`: the phrase before a dashed aside that the dash at `dash` closes, aside included. */
function dashedBefore(view: DocView, dash: number, limit: number): SourceSpan | null {
  const close = view.tokens[dash]!.text;
  for (let k = dash - 1; k >= Math.max(limit, dash - APPOSITIVE_WINDOW); k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (t.text !== close) continue;
    if (k + 1 >= dash) return null;
    const np = phraseEndingAt(view, k - 1, limit);
    return np === null ? null : { first: np.first, last: dash, head: np.head };
  }
  return null;
}

/** `NAME, APPOSITIVE, CUE`: the comma at `comma` closes an appositive. */
function appositiveBefore(view: DocView, comma: number, limit: number): SourceSpan | null {
  // `The exchange, Foreign Minister Hakan Fidan said, showed …`: a tag between commas, not an appositive
  if (CUE_BY_FORM.has(view.lower(comma - 1)) && !view.capitalized(comma - 1)) return null;
  // `Economists, however, cautioned`: an adverb between commas, the subject before it
  if (PARENTHETICAL_ADVERBS.has(view.lower(comma - 1)) && view.tokens[comma - 2]?.text === ',' && comma - 3 >= limit) return phraseEndingAt(view, comma - 3, limit);
  const relative = relativeWithCommas(view, comma, limit);
  if (relative !== null) return relative;
  for (let k = comma - 1; k >= Math.max(limit, comma - APPOSITIVE_WINDOW); k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    if (k + 1 >= comma) return null;
    // `Ahmed Salem, 45, a teacher from Khan Younis, said`: an age set off after the name
    const aged = view.tokens[k - 1]?.kind === 'number' && view.tokens[k - 2]?.text === ',' && /^\d{1,3}$/.test(view.tokens[k - 1]!.text);
    const np = phraseEndingAt(view, aged ? k - 3 : k - 1, limit);
    if (np === null) return null;
    // `Steve Witkoff, in remarks to Fox News, said`: an adverbial between commas is not the speaker's
    if (ASIDE_PREPOSITIONS.has(view.lower(k + 1))) return np;
    // `The delegation, headed by Vladimir Medinsky, said`: the body speaks, not its head; a
    // participle clause describing it is no appositive naming it
    if (agentParticiple(view, k + 1)) return np;
    const agent = agentOwner(view, np, limit);
    if (agent !== null) return agent;
    return { first: np.first, last: comma - 1, head: np.head };
  }
  return null;
}

/**
 * A speaker span cut before a participle clause with `by` set off after its head (`The
 * document, seen by Reuters,` → `The document`): the clause describes the speaker and
 * names someone else. The span itself when it has none.
 */
export function withoutAgentClause(view: DocView, src: SourceSpan): SourceSpan {
  for (let k = src.first + 1; k < src.last; k++) {
    if (view.tokens[k]!.text === ',' && agentParticiple(view, k + 1)) return { first: src.first, last: k - 1, head: src.head < k ? src.head : k - 1 };
  }
  return src;
}

/** Longest relative clause set off by commas between a subject and its cue, in tokens. */
const RELATIVE_COMMA_WINDOW = 30;

/**
 * `The Biden administration, which sent the C.I.A. director, William J. Burns, to Doha three
 * times, claimed …`: a relative clause opened by `, which`/`, who` and holding commas of its
 * own ends at `comma`; the subject is the phrase before it, clause included. Null when there
 * is none (a clause with no inner comma is read as an appositive).
 */
function relativeWithCommas(view: DocView, comma: number, limit: number): SourceSpan | null {
  let inner = false;
  for (let k = comma - 1; k >= Math.max(limit + 2, comma - RELATIVE_COMMA_WINDOW); k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (t.text === ',') {
      inner = true;
      continue;
    }
    if ((t.lower !== 'which' && t.lower !== 'who') || view.tokens[k - 1]!.text !== ',') continue;
    if (!inner) return null;
    const np = phraseEndingAt(view, k - 2, limit);
    return np === null ? null : { first: np.first, last: comma - 1, head: np.head };
  }
  return null;
}

/** Irregular past participles that a `by` agent may follow (`led by`, `run by`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['led', 'run', 'held', 'known', 'shown', 'driven', 'chosen', 'taken', 'given', 'written', 'sent', 'built', 'made', 'seen', 'overseen', 'brought', 'caught', 'struck', 'won', 'drawn']);

/**
 * `The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, said`: when `np` is the agent of
 * a participle set off after another phrase (`X, led by NP`), that phrase is the subject and
 * the speaker (alone: the clause describing it names someone else), not the agent; null otherwise.
 */
function agentOwner(view: DocView, np: SourceSpan, limit: number): SourceSpan | null {
  const by = np.first - 1;
  if (by - 2 < limit || view.tokens[by - 2]!.text !== ',' || !agentParticiple(view, by - 1)) return null;
  return phraseEndingAt(view, by - 3, limit);
}

/** Whether a past participle and `by` start at token `k` (`led by`, `backed by`, `headed by`). */
export function agentParticiple(view: DocView, k: number): boolean {
  const p = view.lower(k);
  return view.lower(k + 1) === 'by' && !view.capitalized(k) && (p.endsWith('ed') || IRREGULAR_PARTICIPLES.has(p));
}

/** Whether a person mention ends at token `k`. */
function personEndsAt(view: DocView, k: number): boolean {
  const m = view.mentionAt(k);
  return m !== undefined && m.type === 'person' && m.last === k;
}

/** Week days, which end a noun phrase after a preposition (`the union on Wednesday`). */
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Participles of reading a document that an outlet's name may follow with `by` (`a copy seen by Reuters`). */
const SEEN_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed']);

/**
 * The speaker right of an inverted cue, starting at token `from`, no further than `limit`:
 * `said Anna Smith, a spokeswoman for the committee` (head `Smith`), `added the official`.
 */

export function sourceAfter(view: DocView, from: number, limit: number): SourceSpan | null {
  if (from > limit) return null;
  const l0 = view.lower(from);
  if (SUBJECT_PRONOUNS.has(l0)) return l0 === 'who' || l0 === 'which' || l0 === 'it' ? null : { first: from, last: from, head: from };
  let j = from;
  if (DETERMINERS.has(l0)) j++;
  let head = -1;
  let inner = false;
  while (j <= limit && j < from + MAX_NP) {
    const lj = view.lower(j);
    if (view.tokens[j]!.text === '(') {
      const close = findForward(view, j, limit, ')');
      if (close < 0) break;
      j = close + 1;
      continue;
    }
    if (isPossessive(view, j)) { j++; continue; }
    // `Britain's largest rail union on Wednesday rejected …`: a day ends the phrase
    if (NP_INNER_PREPOSITIONS.has(lj) && head >= 0 && WEEKDAYS.has(view.lower(j + 1))) break;
    if (NP_INNER_PREPOSITIONS.has(lj) && head >= 0 && isNpWord(view, j + 1)) { inner = true; j++; continue; }
    if (DETERMINERS.has(lj) && head >= 0 && j > from && NP_INNER_PREPOSITIONS.has(view.lower(j - 1))) { j++; continue; }
    if (!isNpWord(view, j)) break;
    // `Amos Hochstein met …`: a lower-case word right after a person's name is the predicate
    // (a plural noun closing the phrase is not: `said Yemen's Iran-backed Houthi rebels.`, a group the tagger took for a person)
    if (head >= 0 && !view.capitalized(j) && personEndsAt(view, j - 1) && !(lj.endsWith('s') && !lj.endsWith('ss') && view.tokens[j + 1]?.kind === 'punct')) break;
    // `a copy of the document seen by Reuters`: the outlet that saw it is part of the source
    const seenBy = SEEN_PARTICIPLES.has(lj) && view.lower(j + 1) === 'by';
    // (`state-affiliated`, `Iran-backed` are adjectives of the phrase, not its predicate)
    if (head >= 0 && !view.capitalized(j) && ((/ed$/.test(lj) && !lj.includes('-')) || seenBy || (CUE_BY_FORM.has(lj) && view.capitalized(j - 1)))) {
      // `a person briefed on the terms`, `officials involved in the talks`: a participle describing an unnamed source
      if (!((/ed$/.test(lj) || seenBy) && !view.capitalized(head) && (seenBy || NP_INNER_PREPOSITIONS.has(view.lower(j + 1))) && isNpWord(view, j + 2))) break;
      inner = true;
      j += 2;
      continue;
    }
    if (head < 0 || (!inner && (view.capitalized(j) || !view.capitalized(head)))) head = j;
    j++;
  }
  if (head < 0) return null;
  let last = j - 1;
  // `Burhan's deputy, Malik Agar, struck …`: a description, then the name of the one it describes
  const named = view.tokens[j]?.text === ',' && !view.capitalized(j - 1) ? view.mentionAt(j + 1) : undefined;
  // (`…,' said the union's leader, Sharon Graham.`: the name may end the sentence too)
  const afterName = named === undefined ? undefined : view.tokens[named.last + 1]?.text;
  if (named !== undefined && named.type === 'person' && named.first === j + 1 && named.last <= limit && (afterName === ',' || afterName === '.' || afterName === undefined || named.last === limit)) return { first: from, last: named.last, head: named.last };
  if (view.tokens[j]?.text === ',' && j + 1 <= limit && startsAppositive(view, j + 1)) last = appositiveEnd(view, j + 1, limit);
  return { first: from, last, head };
}

function findForward(view: DocView, from: number, limit: number, text: string): number {
  for (let k = from + 1; k <= Math.min(limit, from + 8); k++) if (view.tokens[k]!.text === text) return k;
  return -1;
}

/** Lower-case words that open an appositive describing a person (`spokeswoman for …`, `former adviser`). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([
  'former', 'senior', 'chief', 'deputy', 'executive', 'vice', 'assistant', 'acting', 'interim', 'top', 'longtime',
  'veteran', 'retired', 'then', 'head', 'director', 'managing', 'general', 'founder', 'co-founder', 'president',
]);

/** Whether token `i` opens an appositive (`a spokesman`, `who`, `83,`, `spokeswoman for …`, `R-S.C.`). */
function startsAppositive(view: DocView, i: number): boolean {
  const l = view.lower(i);
  if (DETERMINERS.has(l) || l === 'who' || l === 'whose' || l === 'which') return true;
  if (view.tokens[i]?.kind === 'number') return view.tokens[i + 1]?.text === ',';
  return APPOSITIVE_OPENERS.has(l) || PERSON_ROLE_HEADS.has(l) || /^[A-Z]-/.test(view.tokens[i]?.text ?? '');
}

/** The last token of an appositive starting at `from`: before the next comma, or the sentence's final punctuation. */
function appositiveEnd(view: DocView, from: number, limit: number): number {
  let k = from;
  while (k <= limit) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') break;
    if (t.kind === 'punct' && t.text !== ',' && k === limit) break;
    if (t.text === ',' && k > from && !startsAppositive(view, k + 1)) break;
    k++;
  }
  let last = k - 1;
  while (last > from && (view.tokens[last]!.kind === 'punct' || view.tokens[last]!.kind === 'quote')) last--;
  return last;
}

/** Units of a time distance (`hours before`, `two days after`). */
const TIME_UNITS: ReadonlySet<string> = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'moments', 'hour', 'day', 'week', 'month']);

/** Whether token `k` opens a time clause of the sentence (`hours before …`, `two days after …`, `shortly before …`). */
export function timeClause(view: DocView, k: number): boolean {
  const a = view.lower(k);
  const b = view.lower(k + 1);
  if ((TIME_UNITS.has(a) || a === 'shortly' || a === 'just' || a === 'soon') && (b === 'before' || b === 'after')) return true;
  const c = view.lower(k + 2);
  return (view.tokens[k]?.kind === 'number' || DETERMINERS_OF_TIME.has(a)) && TIME_UNITS.has(b) && (c === 'before' || c === 'after');
}

/** Words that count a time distance (`a day after`, `two hours before`). */
const DETERMINERS_OF_TIME: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'few', 'just', 'only']);

/**
 * The subject of `sentence`: its first noun phrase, after leading connectives and after a
 * sentence-initial adverbial closed by a comma (`In a statement, Hamas …`), before `before`.
 */
export function sentenceSubject(view: DocView, sentence: TokenRange, before: number): SourceSpan | null {
  let k = sentence.first;
  while (k < before && (view.tokens[k]!.kind === 'quote' || LEADING_CONNECTIVES.has(view.lower(k)) || view.tokens[k]!.text === ',')) k++;
  // `Hours after her daughter was freed, X stood … and thanked …`: a time clause opens the sentence too
  if (INTRODUCERS.has(view.lower(k)) || timeClause(view, k)) {
    let c = k;
    while (c < before && view.tokens[c]!.text !== ',') c++;
    if (c >= before) return null;
    k = c + 1;
  }
  if (k >= before) return null;
  const np = sourceAfter(view, k, before - 1);
  if (np === null) return null;
  const next = view.tokens[np.last + 1];
  return next && (next.kind === 'word' || next.text === ',') ? np : null;
}

/** Whether cue `e` opens an inverted tag: right after a quotation's close or a comma (`“…,” said X`, `…, said X`). */
function invertedTag(view: DocView, e: CueHit): boolean {
  const before = view.tokens[e.first - 1];
  return before !== undefined && (before.kind === 'quote' || before.text === ',');
}

/** Texts a speaker issues, which a participle after them quotes (`a statement saying`). */
const ISSUED_TEXTS: ReadonlySet<string> = new Set(['statement', 'letter', 'message', 'post', 'video', 'communique', 'communiqué', 'declaration', 'note', 'tweet', 'memo', 'notice']);

/**
 * Whether `src` is a text issued by the subject of its sentence: headed by a text noun and the
 * object of a verb (`issued a statement`, `released a video`), not of a preposition (`in a statement`).
 */
function issuedText(view: DocView, src: SourceSpan): boolean {
  if (!ISSUED_TEXTS.has(view.lower(src.head)) || view.capitalized(src.head)) return false;
  const before = view.tokens[src.first - 1];
  return before !== undefined && before.kind === 'word' && !view.capitalized(src.first - 1) && !NP_STOPS.has(before.lower) && !NP_INNER_PREPOSITIONS.has(before.lower);
}

/**
 * The speaker of a cue earlier in the sentence whose reported clause holds cue `e` and its
 * subject `src` (`Kyiv said Russia had rejected …`: Kyiv for `rejected` spoken by Russia), no
 * comma or quotation mark between them; else null.
 */
function reporterOf(view: DocView, e: CueHit, src: SourceSpan, from: number, cueAt: readonly (CueHit | undefined)[]): SourceSpan | null {
  for (let k = src.first - 1; k >= from; k--) {
    if (view.tokens[k]!.text === ',' || view.tokens[k]!.kind === 'quote') return null;
    const o = cueAt[k];
    if (o === undefined || o === e || o.quoted || o.last >= src.first) continue;
    return sourceBefore(view, o.verb, from);
  }
  return null;
}

/** Auxiliaries and adverbs between `and`/`but` and a joined cue (`and has since said`, `and then tweeted`). */
const JOIN_FILLERS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'then', 'later', 'since', 'previously', 'repeatedly', 'often', 'once', 'publicly', 'quickly',
  'immediately', 'subsequently', 'even', 'still', 'again', 'already', 'privately', 'frequently', 'twice',
]);

/**
 * The speaker of a cue: its subject; for a cue joined to an earlier one (`said X and
 * predicted Y`, `…, adding`) the earlier cue's subject; for a participle (`, saying …`)
 * the subject of the sentence, also after a text it issued (`issued a statement saying …`).
 */
export function speakerOf(view: DocView, c: CueHit, limit: number, cueAt: readonly (CueHit | undefined)[]): SourceSpan | null {
  const participle = isParticiple(view.lower(c.verb));
  const src = participle && view.tokens[c.first - 1]?.text === ',' ? null : sourceBefore(view, c.verb, limit);
  const s = view.sentenceAt(c.verb);
  // `Hamas issued a statement saying …`: the statement is what the subject issued; the subject speaks
  if (src !== null && participle && s !== undefined && issuedText(view, src)) return sentenceSubject(view, s, src.first) ?? src;
  if (src !== null || c.rule.id === 'according to') return src;
  if (s === undefined) return null;
  const prev = view.lower(c.first - 1);
  if (prev === 'to' && view.tokens[c.first - 2]?.kind === 'word') return sourceBefore(view, c.first - 2, limit);
  if (prev === 'as' && participle) {
    // `State media quoted the minister as saying …`: the one quoted says it, not the outlet
    for (let k = c.first - 3; k >= Math.max(s.first, c.first - 1 - MAX_NP); k--) {
      const e = cueAt[k];
      if (e === undefined || e.quoted || e.last >= c.first - 2) continue;
      // `He was quoted by the state news agency as saying …`: the passive's subject was quoted
      if (BE_FORMS.has(view.lower(e.first - 1))) return sourceBefore(view, e.verb, limit);
      return sourceAfter(view, e.last + 1, c.first - 2);
    }
  }
  if (prev === ',' && !participle) return null;
  // `… and has said that …`, `… and then tweeted that …`: auxiliaries and adverbs between the
  // conjunction and a joined cue leave it joined to the sentence's subject
  let join = c.first - 1;
  while (join > s.first && JOIN_FILLERS.has(view.lower(join))) join--;
  const joined = prev === ',' || prev === 'and' || prev === 'but' || (join < c.first - 1 && (view.lower(join) === 'and' || view.lower(join) === 'but'));
  if (joined) {
    for (let k = c.first - 2; k >= s.first; k--) {
      const e = cueAt[k];
      if (e === undefined || e === c || e.quoted) continue;
      // `“…,” said Jane Roberts, chair of the forum, adding that …`: an inverted tag's speaker follows its cue
      const earlier = sourceBefore(view, e.verb, s.first) ?? (invertedTag(view, e) ? sourceAfter(view, e.last + 1, c.first - 2) : null);
      // `Kyiv said Russia had rejected the call, calling it …`: the participle goes with the
      // reporter of the clause the earlier cue is in (on PolNeAR train, 8 more sources right)
      if (earlier !== null && participle) {
        const outer = reporterOf(view, e, earlier, s.first, cueAt);
        if (outer !== null) return outer;
      }
      if (earlier !== null) return earlier;
      break;
    }
  }
  return joined || participle ? sentenceSubject(view, s, c.first) : null;
}
