/**
 * @module stages/quotes/04-direct — proposes direct quotes: quoted words and their speech tag.
 *
 * For every top-level pair of marks (pass 01) the tag is looked for:
 * 1. before the opening mark, in the same sentence, when it ends right at the mark:
 *    `Smith said: “…”`, `He emphasized, “…”`;
 * 2. after the closing mark, in the same sentence: `,” he said`, `,” said Smith`,
 *    `,” according to the ministry`; or a short next sentence that is only a tag:
 *    `“…” According to AP News.`, `“…” The official said.`;
 * 3. before the opening mark at a distance: `described the offer on Monday as an “…”` (a
 *    cue at most eight tokens before the mark);
 * 4. a previous paragraph that ends with a cue and a colon: `Smith said:` ⏎ `“…”`;
 * 5. a dash signing the quotation, then a name ending the line: `“…” ― Jane Doe` (readers'
 *    comments, tweets and letters quoted in a list).
 * A quote without a tag is proposed too (`quotes/direct-untagged`); the refiners keep it
 * only when it continues a tagged quote.
 *
 * `proposeLabelled` reads the other way speech is printed: a paragraph that opens with a
 * speaker's name and a colon (`PENCE: Well, look, …` in a transcript, `Sanders: …` in a
 * headline). The label must name a person (a person mention, or the surname of a person
 * the document names: `BLINKEN:`) or be in capitals in a transcript (a document where a
 * label in capitals opens two paragraphs or more: `WALLACE:`, `PENCE:`); `Q:`, `UPDATE:`
 * (lexicon `NOT_SPEAKER_LABELS`) and `Poll:` are not speakers.
 */
import type { CueHit } from './02-cues.js';
import { sourceAfter, sourceBefore, speakerOf } from './03-sources.js';
import { isParticiple } from './cues.js';
import type { Candidate, QuoteMarks, SourceSpan } from './types.js';
import { ADDRESSEE_WORDS, ADVERBIAL_STARTS, ANONYMOUS_HEADS, NOT_SPEAKER_LABELS, PERSON_ROLE_HEADS } from './lexicon.js';
import type { DocView, TokenRange } from './view.js';

/** A speech tag: its cue (a lexicon cue, or the dash of a signed quote) and speaker. */
interface Tag {
  readonly cue: { readonly first: number; readonly last: number };
  readonly source: SourceSpan | null;
  readonly via: string;
}

/** How far before an opening mark a cue may stand (`described on Monday as an “…”`). */
const CUE_BEFORE_WINDOW = 8;
/** How far after a closing mark the cue of a tag may stand (`,” Smith, a spokesman for X, said`). */
const CUE_AFTER_WINDOW = 16;

/** Words before a cue that make it passive (`a deal could be announced`): no speech tag. */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'was', 'are', 'were']);

/** Frames that make a cue usable in a speech tag. */
function tagFrame(c: CueHit): boolean {
  return c.rule.frames.includes('report') || c.rule.frames.includes('tell');
}

/** The direct-quote candidates of a document. */
export function proposeDirect(view: DocView, marks: readonly QuoteMarks[], cueAt: readonly (CueHit | undefined)[]): Candidate[] {
  const out: Candidate[] = [];
  marks.forEach((m, index) => {
    if (m.depth !== 0 || m.first > m.last) return;
    const before = tagBefore(view, m, cueAt);
    const tag = (before && adjacent(view, before, m) ? before : null) ?? tagAfter(view, m, cueAt) ?? before ?? tagAbove(view, m, cueAt) ?? tagSigned(view, m);
    const { start, end } = trimmed(view.text, m.start, m.end);
    if (end <= start) return;
    out.push({
      kind: 'direct',
      start,
      end,
      cue: tag ? { first: tag.cue.first, last: tag.cue.last } : null,
      source: tag?.source ?? null,
      via: tag?.via ?? 'quotes/direct-untagged',
      marks: index,
    });
  });
  return out;
}

/** Whether a tag before a quote ends right at its opening mark (`Smith said: “…”`). */
function adjacent(view: DocView, tag: Tag, m: QuoteMarks): boolean {
  let k = m.openToken - 1;
  if (view.tokens[k]?.text === ':' || view.tokens[k]?.text === ',') k--;
  return k === tag.cue.last || (tag.source !== null && k === tag.source.last && tag.source.first > tag.cue.last);
}

/** `[start, end)` without surrounding white space. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Determiners before an opening mark that make the quotation a modifier (`a “constructive” answer`). */
const NP_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** Words of a tag sentence that deny it (`The President's Office did not comment on the report.`). */
const DENIALS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'declined', 'refused', 'no']);

/** Words after a closing mark that open a clause of the article, not a speech tag. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'while', 'whereas', 'although', 'though']);

/** The tag right after the closing mark. */
function tagAfter(view: DocView, m: QuoteMarks, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  if (m.closeToken < 0) return null;
  let i = m.closeToken + 1;
  // `expected a “constructive” answer`: a quoted modifier inside a noun phrase; the word after it is its noun
  if (view.tokens[i]?.kind === 'word' && NP_DETERMINERS.has(view.lower(m.openToken - 1))) return null;
  if (view.tokens[i]?.text === ',') i++;
  const s = view.sentenceAt(i);
  if (s === undefined || view.sentenceOf[i] !== view.sentenceOf[m.closeToken]) return nextSentenceTag(view, m, cueAt);
  // `… to “bargain in good faith,” but Biden said he would …`: a new clause with its own speaker, no tag
  if (CLAUSE_CONJUNCTIONS.has(view.lower(i))) return null;
  const direct = cueAt[i];
  if (direct && !direct.quoted && tagFrame(direct) && !isParticiple(view.lower(direct.verb))) {
    return { cue: direct, source: sourceAfter(view, direct.last + 1, s.last), via: 'quotes/direct-tag-inverted' };
  }
  for (let k = i; k <= Math.min(s.last, i + CUE_AFTER_WINDOW); k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';') return null;
    const c = cueAt[k];
    if (!c || c.quoted || !tagFrame(c)) continue;
    if (PASSIVE_BEFORE.has(view.lower(c.first - 1))) return null;
    const src = sourceBefore(view, c.verb, i);
    if (src === null || src.first > i + 1) return null;
    return { cue: c, source: src, via: 'quotes/direct-tag-after' };
  }
  return null;
}

/** Longest sentence that can be a tag on its own (`The official said.`, `According to AP News.`). */
const TAG_SENTENCE = 12;

/**
 * The next sentence of the paragraph is only a tag: `“…” According to AP News.` or
 * `“…” The official said on Tuesday.`
 */
function nextSentenceTag(view: DocView, m: QuoteMarks, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  const here = view.sentenceOf[m.closeToken]!;
  const next = view.sentences[here + 1];
  if (here < 0 || next === undefined || next.paragraph !== view.sentences[here]!.paragraph) return null;
  if (next.last - next.first > TAG_SENTENCE) return null;
  const first = cueAt[next.first];
  if (first && first.rule.id === 'according to') return { cue: first, source: sourceAfter(view, first.last + 1, next.last), via: 'quotes/direct-tag-according' };
  for (let k = next.first + 1; k <= next.last; k++) {
    const c = cueAt[k];
    if (!c || !tagFrame(c) || c.quoted) continue;
    const src = sourceBefore(view, c.verb, next.first);
    if (src === null || src.first !== next.first || !endsSoon(view, c.last, next.last, c.rule.frames.includes('tell'))) return null;
    // `“…” The President's Office did not comment on the report.`: a denied cue tags nothing
    for (let j = src.last + 1; j < c.first; j++) if (DENIALS.has(view.lower(j))) return null;
    return { cue: c, source: src, via: 'quotes/direct-tag-sentence' };
  }
  return null;
}

/** Whether only a short adverbial (after `told`, an addressee) and the final punctuation follow token `from` up to `last`. */
function endsSoon(view: DocView, from: number, last: number, addressee: boolean): boolean {
  // `A Hamas official said the group would respond.` has content of its own: no tag sentence
  const next = view.tokens[from + 1];
  if (from + 1 < last && next !== undefined && next.kind === 'word' && !ADVERBIAL_STARTS.has(next.lower) && !next.lower.endsWith('ly') && !view.capitalized(from + 1) && !(addressee && ADDRESSEE_WORDS.has(next.lower))) return false;
  for (let k = from + 1; k <= last; k++) {
    const l = view.lower(k);
    if (l === 'that' || view.tokens[k]!.kind === 'quote' || l === ':') return false;
  }
  return last - from <= 6;
}

/** The tag before the opening mark, in the same sentence. */
function tagBefore(view: DocView, m: QuoteMarks, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  const s = view.sentenceAt(m.openToken);
  if (s === undefined) return null;
  const opening = invertedOpening(view, s.first, m.openToken, cueAt);
  if (opening !== null) return opening;
  for (let k = m.openToken - 1; k >= Math.max(s.first, m.openToken - CUE_BEFORE_WINDOW); k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || (t.kind === 'punct' && t.text !== ',' && t.text !== ':')) return null;
    const c = cueAt[k];
    if (!c || c.quoted) continue;
    const source = c.rule.id === 'according to' ? sourceAfter(view, c.last + 1, m.openToken - 1) : speakerOf(view, c, s.first, cueAt);
    return { cue: c, source, via: 'quotes/direct-tag-before' };
  }
  return null;
}

/** Longest speaker phrase between an opening `Said` and its colon, in tokens. */
const OPENING_SPEAKER_TOKENS = 16;

/**
 * `Said Omar Haddad, a spokesman for the ministry: “We are ready.”`: a sentence opened by its
 * cue, the speaker after it and a colon right before the quotation.
 */
function invertedOpening(view: DocView, first: number, open: number, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  const c = cueAt[first];
  const colon = open - 1;
  if (c === undefined || c.quoted || c.first !== first || view.tokens[colon]?.text !== ':' || colon - c.last > OPENING_SPEAKER_TOKENS) return null;
  if (isParticiple(view.lower(c.verb)) || c.rule.id === 'according to') return null;
  for (let k = c.last + 1; k < colon; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return null;
  }
  const source = sourceAfter(view, c.last + 1, colon - 1);
  return source === null ? null : { cue: c, source, via: 'quotes/direct-tag-before' };
}

/** `Smith said:` ending the paragraph before a paragraph that opens with the quote. */
function tagAbove(view: DocView, m: QuoteMarks, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  const p = view.paragraphOf[m.openToken]!;
  const para = view.paragraphs[p];
  const prev = view.paragraphs[p - 1];
  if (para === undefined || prev === undefined || para.first !== m.openToken || view.tokens[prev.last]?.text !== ':') return null;
  for (let k = prev.last - 1; k >= Math.max(prev.first, prev.last - CUE_AFTER_WINDOW); k--) {
    const c = cueAt[k];
    if (!c || c.quoted) continue;
    const s = view.sentenceAt(k);
    return { cue: c, source: speakerOf(view, c, s?.first ?? prev.first, cueAt), via: 'quotes/direct-tag-colon' };
  }
  return null;
}

/** The provenance of speaker-labelled lines (`PENCE: …`, `proposeLabelled`). */
export const LABEL_VIA = 'quotes/speaker-label';

/** Dashes that sign a quotation: `“…” ― Jane Doe`. */
const SIGNING_DASHES: ReadonlySet<string> = new Set(['―', '—', '–']);
/** Longest name after a signing dash or before a label's colon, in tokens. */
const LABEL_TOKENS = 6;

/** Whether a line break separates token `a` from the token after it. */
function lineBreakAfter(view: DocView, a: number): boolean {
  const next = view.tokens[a + 1];
  return next === undefined || view.text.slice(view.tokens[a]!.end, next.start).includes('\n');
}

/** Whether token `k` can be part of a printed name: a capitalized word, an initial's period, a hyphen. */
function nameToken(view: DocView, k: number, previousWasWord: boolean): boolean {
  const t = view.tokens[k]!;
  if (t.kind === 'word') return t.text[0] !== t.text[0]!.toLowerCase();
  return previousWasWord && (t.text === '.' || t.text === '-');
}

/**
 * `“…” ― Jane Doe`: a dash on the closing mark's line, then a capitalized name that ends
 * the line (a full stop may follow) or is followed by a comma or parenthesis
 * (`— Jane Doe (@jdoe) May 2, 2016`).
 */
function tagSigned(view: DocView, m: QuoteMarks): Tag | null {
  if (m.closeToken < 0 || lineBreakAfter(view, m.closeToken)) return null;
  const dash = m.closeToken + 1;
  if (!SIGNING_DASHES.has(view.tokens[dash]?.text ?? '') || lineBreakAfter(view, dash)) return null;
  let last = -1;
  for (let k = dash + 1; k < view.tokens.length && k <= dash + LABEL_TOKENS; k++) {
    if (!nameToken(view, k, last === k - 1)) break;
    if (view.tokens[k]!.kind === 'word') last = k;
    if (lineBreakAfter(view, k)) break;
  }
  if (last < 0) return null;
  const after = view.tokens[last + 1];
  const endsLine = lineBreakAfter(view, last) || (after?.text === '.' && lineBreakAfter(view, last + 1));
  if (!endsLine && after?.text !== ',' && after?.text !== '(') return null;
  return { cue: { first: dash, last: dash }, source: { first: dash + 1, last, head: last }, via: 'quotes/direct-tag-signed' };
}

/** The upper-cased words of every person the document names (for `WALLACE:` labels), per view. */
const personWords = new WeakMap<DocView, ReadonlySet<string>>();

function namedPersonWords(view: DocView): ReadonlySet<string> {
  let words = personWords.get(view);
  if (words === undefined) {
    words = new Set(view.mentions.filter((m) => m.type === 'person').flatMap((m) => m.text.toUpperCase().split(/\s+/)));
    personWords.set(view, words);
  }
  return words;
}

/** Whether the label `[first, last]` names a person: a person mention in it, or its last word is a name the document gives a person (`BLINKEN`, `Blinken`). */
function namesPerson(view: DocView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (view.mentionAt(k)?.type === 'person') return true;
  const word = view.tokens[last]!.text;
  return word.length > 1 && namedPersonWords(view).has(word.toUpperCase());
}

/** A label opening a paragraph at token `first`: a capitalized name of a few words, then a colon. */
interface Label {
  readonly source: SourceSpan;
  readonly colon: number;
  /** The label's words, upper-cased, when it is printed in capitals (`JAKE TAPPER`), else null. */
  readonly capitals: string | null;
}

/** The label opening a paragraph at token `first`, whoever it names, or null. */
function labelAt(view: DocView, first: number): Label | null {
  let k = first;
  for (; k < view.tokens.length && k < first + LABEL_TOKENS && view.tokens[k]!.text !== ':'; k++) {
    if (!nameToken(view, k, k > first && view.tokens[k - 1]!.kind === 'word') || lineBreakAfter(view, k)) return null;
  }
  if (k === first || view.tokens[k]?.text !== ':' || lineBreakAfter(view, k) || view.tokens[k - 1]!.kind !== 'word') return null;
  const words = view.text.slice(view.tokens[first]!.start, view.tokens[k - 1]!.end);
  const capitals = words === words.toUpperCase() && words !== words.toLowerCase() ? words.replace(/\s+/g, ' ') : null;
  return { source: { first, last: k - 1, head: k - 1 }, colon: k, capitals };
}

/**
 * Paragraphs that open with a speaker label (`PENCE: Well, look, …`, an opening quotation
 * mark before it allowed): the rest of the paragraph is what the labelled person says,
 * `quotes/speaker-label`. A transcript line is verbatim, so it is `direct`; a one-sentence
 * paragraph in title case (a headline: `Sanders: Clinton Is Wrong on Trade`) is `indirect`.
 */
export function proposeLabelled(view: DocView): Candidate[] {
  const labels: { readonly label: Label; readonly para: TokenRange }[] = [];
  const seen = new Map<string, number>();
  const answers: { readonly label: Label; readonly para: TokenRange }[] = [];
  let questions = 0;
  for (const para of view.paragraphs) {
    const first = view.tokens[para.first]?.kind === 'quote' ? para.first + 1 : para.first;
    if (first > para.last) continue;
    const label = labelAt(view, first);
    if (label !== null && label.colon < para.last && label.capitals === 'Q') questions++;
    if (label !== null && label.colon < para.last && label.capitals === 'A') answers.push({ label, para });
    if (label === null || label.colon >= para.last || (label.capitals !== null && NOT_SPEAKER_LABELS.has(label.capitals))) continue;
    labels.push({ label, para });
    if (label.capitals !== null) seen.set(label.capitals, (seen.get(label.capitals) ?? 0) + 1);
  }
  // `Q: …` / `A: …` with two of each: the answers are the interviewee's (07-speakers names them)
  // (only when the article names someone before the first answer: an unnamed interviewee speaks for nobody we can name)
  const introduced = answers.length > 0 && view.mentions.some((m) => m.type === 'person' && m.last < answers[0]!.para.first);
  if (questions >= 2 && answers.length >= 2 && introduced) {
    labels.push(...answers);
    labels.sort((a, b) => a.para.first - b.para.first);
  }
  const transcript = [...seen.values()].some((n) => n >= 2);
  const out: Candidate[] = [];
  const described = describedHeadline(view);
  if (described !== null) out.push(described);
  for (const { label, para } of labels) {
    // A label names a speaker when it names a person, or when it is in capitals in a
    // transcript: a document where some label in capitals opens two paragraphs or more.
    if (!(transcript && label.capitals !== null) && label.capitals !== 'A' && !namesPerson(view, label.source.first, label.source.last)) continue;
    let last = para.last;
    while (last > label.colon && view.tokens[last]!.kind === 'quote') last--;
    // `Biden: 'We are going to get this done'`: the marks around the words are not said
    let first = label.colon + 1;
    while (first < last && view.tokens[first]!.kind === 'quote') first++;
    const { start, end } = trimmed(view.text, view.tokens[first]!.start, view.tokens[last]!.end);
    if (end <= start) continue;
    out.push({
      kind: headline(view, label.colon + 1, last) ? 'indirect' : 'direct',
      start,
      end,
      cue: { first: label.colon, last: label.colon },
      source: label.source,
      via: LABEL_VIA,
    });
  }
  return out;
}

/** Words before the colon of a headline label that describes its speaker (`Senior Hamas official:`). */
const HEADLINE_LABEL_TOKENS = 5;

/**
 * `Hamas official: group will not disarm`, `UN chief: …` as the article's first line (one
 * sentence): a description of the speaker ending in a person or unnamed-source noun, or an
 * organization's name, then a colon; the rest is what was said, in the headline's words
 * (`indirect`). Section labels (`Interview:`, `Analysis:`) name nobody and are not read.
 */
function describedHeadline(view: DocView): Candidate | null {
  const para = view.paragraphs[0];
  if (para === undefined || view.sentenceOf[para.first] !== view.sentenceOf[para.last]) return null;
  let colon = para.first;
  while (colon <= Math.min(para.last, para.first + HEADLINE_LABEL_TOKENS) && view.tokens[colon]!.text !== ':') {
    if (view.tokens[colon]!.kind !== 'word') return null;
    colon++;
  }
  if (colon === para.first || colon >= para.last || view.tokens[colon]!.text !== ':') return null;
  const head = colon - 1;
  const word = view.lower(head);
  const m = view.mentionAt(head);
  const speaks = PERSON_ROLE_HEADS.has(word) || ANONYMOUS_HEADS.has(word) || (m !== undefined && (m.type === 'organization' || m.type === 'group') && m.first === para.first && m.last === head);
  if (!speaks || (view.capitalized(head) && m === undefined)) return null;
  const { start, end } = trimmed(view.text, view.tokens[colon + 1]!.start, view.tokens[para.last]!.end);
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: { first: colon, last: colon }, source: { first: para.first, last: head, head }, via: LABEL_VIA };
}

/** Whether tokens `[first, last]` read as a headline: one sentence whose words of four letters or more are all capitalized. */
function headline(view: DocView, first: number, last: number): boolean {
  if (view.sentenceOf[first] !== view.sentenceOf[last]) return false;
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    if (t.text[0] === t.text[0]!.toLowerCase()) return false;
    words++;
  }
  return words >= 2;
}
