/**
 * @module stages/credibility/signals — one function per signal: what it measures, its
 * detail sentence and its evidence. Each returns a {@link Signal} or null (not found).
 */
import type { Span } from '../../pipeline/annotation.js';
import type { CitationValue } from '../citations/types.js';
import { SpanIndex } from '../../util/span-index.js';
import { signal, type Signal, type SpanEvidence } from './score.js';
import type { SignalCode } from './weights.js';

/** A span with its value, as the signals read annotations. */
export interface Found<V> extends SpanEvidence {
  readonly value: V;
}

/** A list of sources counts as a pile at these sizes: bracketed or piped lists, prose lists. */
export const PILE = {
  enclosed: 3,
  prose: 4,
  reason: 'wire copy cites one or two sources at a time; three outlets in one bracket or pipe list, or four in one sentence, are pasted source chips',
} as const;

/**
 * Words that attribute a sentence: reporting verbs, "according to", a spokesperson, or
 * quotation marks. Used when no quotes layer is available, and together with it otherwise.
 */
export const ATTRIBUTION_CUE = {
  pattern: /\b(?:said|says|say|saying|told|tells|telling|according to|reported|reports|reporting|announced|added|noted|notes|stated|states|described|emphasi[sz]ed|stressed|cautioned|warned|revealed|confirmed|denied|insisted|acknowledged|argued|claimed|explained|expressed|reiterated|highlighted|mentioned|clarified|informed|declared|asserted|wrote|writes|quoted|cited|citing|attributed|urged|accused|pledged|promised|vowed|signal(?:l)?ed|indicated|suggested|believes?|expects?|hopes?|estimated?|in a statement|in an interview|spokes(?:person|man|woman))\b|[“”"«»]/i,
  reason: 'a sentence with a reporting verb or a quotation says who the claim comes from, named or not',
} as const;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPERCASE = /\p{Lu}/u;

/**
 * A factual sentence states something checkable: at least 8 words, ends as a statement,
 * and names something (a capitalized word after the first) or gives a figure.
 */
export const FACTUAL = {
  minWords: 8,
  reason: 'headings, questions and short fragments are not claims; a claim names an actor or a figure',
} as const;

/*
 * The three tests of `isFactual` are hand-written scans: as regular expressions
 * (`/[.!]["”’)\]]*\s*$/u`, `/\d|\s["“‘(]?\p{Lu}/u` and counting
 * `/[\p{L}\p{N}][\p{L}\p{N}'’\-]*\/gu` matches) they were most of the stage's time: the
 * first is tried at every position of the sentence, the last allocates a match per word.
 * signals.test.ts checks each scan against its pattern on generated text.
 */

const LETTER = 1;
const JOINER = 2;
/** For each ASCII code: {@link LETTER} for a letter or digit, {@link JOINER} for `'` and `-`, else 0. */
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? LETTER : c === 39 || c === 45 ? JOINER : 0));

/** True for a character of JavaScript's `\s` (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[.!]["”’)\]]*\s*$/u`: a full stop or exclamation mark, then only closing quotes or brackets and spaces. */
export function endsStatement(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  for (;;) {
    if (i < 0) return false;
    const c = s.charCodeAt(i);
    // " ” ’ ) ]
    if (c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93) i--;
    else return c === 46 || c === 33;
  }
}

/** Whether the code point at `i` of `s` (not an ASCII one) is of `re`, a one-character class. */
function nonAsciiIs(re: RegExp, s: string, i: number): boolean {
  return re.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** `/\d|\s["“‘(]?\p{Lu}/u`: an ASCII digit, or a capital after a space (and an opening quote or bracket). */
export function namesOrFigures(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (!isSpaceCode(c)) continue;
    let k = i + 1;
    const q = s.charCodeAt(k);
    // " “ ‘ ( : none of them is a capital, so taking it never hides one.
    if (q === 34 || q === 0x201c || q === 0x2018 || q === 40) k++;
    if (k >= s.length) continue;
    const u = s.charCodeAt(k);
    if (u < 128 ? u >= 65 && u <= 90 : nonAsciiIs(UPPERCASE, s, k)) return true;
  }
  return false;
}

/**
 * Whether `s` has at least `min` words, a word being what `/[\p{L}\p{N}][\p{L}\p{N}'’\-]*\/gu`
 * matches: a maximal run of letters, digits, apostrophes and hyphens that holds a letter or digit.
 */
export function hasWords(s: string, min: number): boolean {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind: number;
    if (c < 128) kind = ASCII_WORD_CHAR[c]!;
    else if (c === 0x2019) kind = JOINER;
    else {
      kind = nonAsciiIs(LETTER_OR_DIGIT, s, i) ? LETTER : 0;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    if (kind === 0) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (kind === LETTER && !counted) {
      counted = true;
      if (++n >= min) return true;
    }
  }
  return false;
}

/** True for a sentence that makes a checkable claim (see {@link FACTUAL}). */
export function isFactual(sentence: string): boolean {
  return endsStatement(sentence) && namesOrFigures(sentence) && hasWords(sentence, FACTUAL.minWords);
}

/** Most evidence spans a share signal lists (the detail gives the full count). */
export const MAX_SHARE_EVIDENCE = 10;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const pct = (share: number): string => `${Math.round(share * 100)}%`;
const span = (s: SpanEvidence): SpanEvidence => ({ start: s.start, end: s.end, text: s.text });

/** citation_spam: count chips, reference works cited as news, piles of sources. */
export function citationSpam(text: string, citations: readonly Found<CitationValue>[], markers: readonly SpanEvidence[]): Signal | null {
  const refs = citations.filter((c) => c.value.kind === 'reference');
  const piles = new Map<string, SpanEvidence & { size: number }>();
  for (const c of citations) {
    const l = c.value.list;
    if (l === null || l.size < (l.enclosed ? PILE.enclosed : PILE.prose)) continue;
    piles.set(`${l.start}:${l.end}`, { start: l.start, end: l.end, text: text.slice(l.start, l.end), size: l.size });
  }
  const n = markers.length + refs.length + piles.size;
  if (n === 0) return null;
  const parts: string[] = [];
  if (markers.length > 0) parts.push(`${plural(markers.length, 'count marker')} beside sources (${[...new Set(markers.map((m) => m.text))].slice(0, 4).join(', ')})`);
  const byRef = new Map<string, number>();
  for (const r of refs) byRef.set(r.value.name, (byRef.get(r.value.name) ?? 0) + 1);
  for (const [name, k] of byRef) parts.push(`${name} cited as a news source ${plural(k, 'time')}`);
  if (piles.size > 0) {
    const sizes = [...piles.values()].map((p) => p.size).sort((a, b) => a - b);
    parts.push(`${plural(piles.size, 'list')} piling ${sizes[0] === sizes[sizes.length - 1] ? sizes[0] : `${sizes[0]}–${sizes[sizes.length - 1]}`} sources together`);
  }
  const evidence = [...markers.map(span), ...refs.map(span), ...[...piles.values()].map(span)].sort((a, b) => a.start - b.start);
  return signal('citation_spam', { count: n }, `${parts.join('; ')}.`, evidence);
}

/** unknown_outlet: cited outlets and bodies that no registry lists. */
export function unknownOutlet(citations: readonly Found<CitationValue>[]): Signal | null {
  const unknown = citations.filter((c) => !c.value.known && c.value.kind !== 'anonymous' && c.value.kind !== 'reference');
  if (unknown.length === 0) return null;
  const names = [...new Map(unknown.map((c) => [c.value.name.toLowerCase(), c.value.name])).values()];
  return signal('unknown_outlet', { count: names.length }, `${plural(names.length, 'cited source')} in no registry: ${names.map((n) => `"${n}"`).join(', ')}.`, unknown.map(span));
}

const isAnonymous = (c: Found<CitationValue>): boolean => c.value.kind === 'anonymous';

/** Per sentence: whether it is attributed, rests on an anonymous source, and is factual. */
export interface SentenceFacts extends SpanEvidence {
  readonly attributed: boolean;
  readonly anonymous: boolean;
  readonly factual: boolean;
}

/**
 * Reads each sentence once for the two share signals. `quotes` are spans of a quotes layer, if any.
 * The citations and quotes that overlap a sentence come from span indexes: scanning them all
 * for every sentence made a long document quadratic.
 */
export function sentenceFacts(sentences: readonly SpanEvidence[], citations: readonly Found<CitationValue>[], quotes: readonly Span[]): SentenceFacts[] {
  const citationIndex = new SpanIndex(citations, (c) => c);
  const quoteIndex = new SpanIndex(quotes, (q) => q);
  return sentences.map((s) => {
    const cited = citationIndex.someOverlapping(s.start, s.end);
    const anonymous = cited && citationIndex.someOverlapping(s.start, s.end, isAnonymous);
    const attributed = cited || quoteIndex.someOverlapping(s.start, s.end) || ATTRIBUTION_CUE.pattern.test(s.text);
    return { start: s.start, end: s.end, text: s.text, attributed, anonymous, factual: isFactual(s.text) };
  });
}

/** anonymous_sourcing: the share of attributed sentences that rest on an unnamed source. */
export function anonymousSourcing(facts: readonly SentenceFacts[], citations: readonly Found<CitationValue>[]): Signal | null {
  const attributed = facts.filter((f) => f.attributed).length;
  const anonymous = facts.filter((f) => f.anonymous).length;
  if (attributed === 0 || anonymous === 0) return null;
  const share = anonymous / attributed;
  return signal('anonymous_sourcing', { share, count: anonymous },
    `${anonymous} of ${plural(attributed, 'attributed sentence')} (${pct(share)}) rest on unnamed sources.`,
    citations.filter((c) => c.value.kind === 'anonymous').map(span));
}

/** unattributed_claims: the share of factual sentences with no source, cue or quotation. */
export function unattributedClaims(facts: readonly SentenceFacts[]): Signal | null {
  const factual = facts.filter((f) => f.factual);
  const bare = factual.filter((f) => !f.attributed);
  if (factual.length === 0 || bare.length === 0) return null;
  const share = bare.length / factual.length;
  const shown = bare.slice(0, MAX_SHARE_EVIDENCE);
  return signal('unattributed_claims', { share, count: factual.length },
    `${bare.length} of ${plural(factual.length, 'factual sentence')} (${pct(share)}) name no source${bare.length > shown.length ? ` (the first ${shown.length} are the evidence)` : ''}.`,
    shown.map(span));
}

/**
 * Whether a repeat restates the headline in the lead: the earlier copy is the article's first
 * line and reads as a title (no full stop, question or exclamation mark closing it), and the
 * copy is reworded. That is how news is written, not padding.
 */
export function restatesHeadline(text: string, repeat: { readonly value: { readonly of: { readonly start: number; readonly end: number }; readonly kind: string } }): boolean {
  const { of } = repeat.value;
  if (repeat.value.kind !== 'near' || text.slice(0, of.start).trim() !== '') return false;
  return !/[.!?]["'”’)]*\s*$/.test(text.slice(of.start, of.end));
}

/** repeated_text: paragraphs that repeat earlier text of the article. */
export function repeatedText(repeats: readonly SpanEvidence[]): Signal | null {
  if (repeats.length === 0) return null;
  return signal('repeated_text', { count: repeats.length }, `${plural(repeats.length, 'paragraph')} repeat${repeats.length === 1 ? 's' : ''} earlier text of the article.`, repeats.map(span));
}

/** A signal fed by a later stage's layer: each annotation is one finding; its evidence is the sides it lists, else its span. */
export function fedSignal(code: SignalCode, found: readonly Found<unknown>[]): Signal | null {
  if (found.length === 0) return null;
  const details = found.map((f) => (typeof f.value === 'object' && f.value !== null && typeof (f.value as { detail?: unknown }).detail === 'string' ? (f.value as { detail: string }).detail : null)).filter((d): d is string => d !== null);
  const detail = details.length > 0 ? details.join(' ') : `${plural(found.length, 'finding')} of the ${code.replace(/_/g, ' ')} check.`;
  return signal(code, { count: found.length }, detail, found.flatMap(sides));
}

/** A finding's evidence: each side it lists in `value.items` (both claims of a contradiction), else its own span. */
function sides(f: Found<unknown>): SpanEvidence[] {
  const items = typeof f.value === 'object' && f.value !== null ? (f.value as { items?: unknown }).items : undefined;
  if (!Array.isArray(items) || items.length === 0) return [span(f)];
  return items.filter((i): i is SpanEvidence => typeof i?.start === 'number' && typeof i?.end === 'number' && typeof i?.text === 'string').map(span);
}
