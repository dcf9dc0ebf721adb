/**
 * @module stages/quotes/06-refine — refiners: merge, attach, drop and deduplicate candidates.
 *
 * Each refiner takes the whole candidate list and returns a new one. They run in the order
 * of `REFINERS`; each has an `id` (shown in debug output and, for candidates it makes, in
 * the provenance `quotes/<id>`) and a `reason`.
 *
 * Decisions (see README.md):
 * - a quote split by its speech tag (`“A,” he said, “B.”`) is **one** quote: `start`/`end`
 *   run from the first quoted word to the last (the tag in between is inside the span) and
 *   `parts` lists the quoted pieces exactly. One statement, one record, as EXPORT.md's
 *   "one quote, two speakers" conflict assumes; PolNeAR annotates it the same way.
 * - quoted sentences that follow a tagged quote in the same paragraph with nothing but the
 *   tag between (`“A,” he said. “B.”`) continue it and join it the same way;
 * - a partial quote inside reported speech (`said the offer was “extraordinarily generous”`,
 *   `described the offer as “generous”`) is **not** a quote of its own: the reported speech
 *   around it becomes kind `mixed`, its cue and speaker those of the reported speech. A quote
 *   that is all the content (`He said: “…”`) is the `direct` quote and the reported reading of
 *   the same words is dropped;
 * - a quote with no cue nearby is dropped (scare quotes, titles, terms), unless it is a
 *   whole quoted paragraph right after a paragraph that quotes a speaker (`direct-inherited`).
 */
import type { Span } from '../../pipeline/annotation.js';
import type { CueHit } from './02-cues.js';
import { cueRuleOf } from './cues.js';
import { LEADING_CONNECTIVES } from './lexicon.js';
import { SpanIndex, rangeCover } from '../../util/span-index.js';
import { LABEL_VIA } from './04-direct.js';
import { CLAIM_VIA } from './05-indirect.js';
import type { Candidate, QuoteMarks, SourceSpan } from './types.js';
import type { DocView } from './view.js';

/** What refiners may read besides the candidates. */
export interface RefineContext {
  readonly view: DocView;
  readonly marks: readonly QuoteMarks[];
  /** Per token, the cue standing there. */
  readonly cueAt: readonly (CueHit | undefined)[];
}

/** One refiner: data with a reason. */
export interface Refiner {
  readonly id: string;
  readonly reason: string;
  apply(candidates: readonly Candidate[], ctx: RefineContext): Candidate[];
}

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** The offsets of a candidate's quotation marks (open, close), when it came from marks. */
function marksOf(c: Candidate, ctx: RefineContext): QuoteMarks | undefined {
  return c.marks === undefined ? undefined : ctx.marks[c.marks];
}

/** The evidence span: content, cue and source together. */
export function evidenceOf(c: Candidate, view: DocView): Span {
  let start = c.start;
  let end = c.end;
  for (const r of [c.cue, c.source]) {
    if (r === null) continue;
    start = Math.min(start, view.tokens[r.first]!.start);
    end = Math.max(end, view.tokens[r.last]!.end);
  }
  return { start, end };
}

/** Joins candidates into one spanning all of them, with their pieces as `parts`. */
function join(items: readonly Candidate[], via: string): Candidate {
  // loops rather than find, flatMap and a spread of ends (two items, most of the time)
  const sorted = [...items].sort(byStart);
  let tagged = sorted[0]!;
  for (const c of sorted) {
    if (c.cue !== null) {
      tagged = c;
      break;
    }
  }
  const parts: Span[] = [];
  let end = -Infinity;
  for (const c of sorted) {
    if (c.parts) for (const part of c.parts) parts.push(part);
    else parts.push({ start: c.start, end: c.end });
    if (c.end > end) end = c.end;
  }
  return { ...tagged, start: sorted[0]!.start, end, parts, via };
}

/** `“A,” he said, “B.”`: both quotes were tagged by the same cue. */
const splitQuote: Refiner = {
  id: 'direct-split',
  reason: 'a quote interrupted by its speech tag is one statement: both pieces share the cue token',
  apply(cands) {
    const byCue = new Map<number, Candidate[]>();
    const out: Candidate[] = [];
    for (const c of cands) {
      if (c.kind !== 'direct' || c.cue === null) { out.push(c); continue; }
      const list = byCue.get(c.cue.first) ?? [];
      list.push(c);
      byCue.set(c.cue.first, list);
    }
    for (const list of byCue.values()) out.push(list.length === 1 ? list[0]! : join(list, 'quotes/direct-split'));
    return out.sort(byStart);
  },
};

/** Only white space, punctuation and closing marks between two offsets. */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  return from <= to && /^[\s.,;:!?”’"'»)\]—–-]*$/.test(text.slice(from, to));
}

/** `“A,” he said. “B.”`: untagged quotes after a tagged one in the same paragraph. */
const continuedQuote: Refiner = {
  id: 'direct-continued',
  reason: 'later quoted sentences of a paragraph whose tagged quote names one speaker, with no other tagged quote between, continue the same statement',
  apply(cands, ctx) {
    const out: Candidate[] = [];
    const { view } = ctx;
    let lastTagged = -1;
    for (const c of [...cands].sort(byStart)) {
      const m = marksOf(c, ctx);
      const prev = out[lastTagged];
      // a quotation later in the tag's own sentence (`…,” Smith told a rally, where strikers carried
      // signs reading “…”`) is the sentence's, not more of the statement: that goes on in a new sentence
      if (prev && m && c.kind === 'direct' && c.cue === null && sameParagraph(view, prev, m, ctx) && !inTagSentence(view, prev, m)) {
        out[lastTagged] = join([prev, c], 'quotes/direct-continued');
        continue;
      }
      if (c.kind === 'direct') lastTagged = c.cue === null ? -1 : out.length;
      // Reported speech with its own cue after the tagged quote (`“A,” X told reporters. The
      // union said that it remained “open to talks.”`): a later quotation belongs to it.
      else if (prev && c.cue !== null && view.tokens[c.cue.first]!.start >= evidenceOf(prev, view).end) lastTagged = -1;
      out.push(c);
    }
    return out;
  },
};

/** Words before a quotation that make it a text shown or named, not spoken (`signs reading “…”`). */
const SHOWN_TEXT: ReadonlySet<string> = new Set(['reading', 'read', 'titled', 'entitled', 'labeled', 'labelled', 'marked', 'dubbed', 'called', 'bearing', 'emblazoned']);

/**
 * Whether quote `m` opens after `prev`'s speech tag (standing after `prev`'s quote), in its
 * sentence, behind a clause of the article: a relative clause (`…, where strikers carried signs
 * reading “…”`) or a word that shows a text. `“A,” X said during a rally in Y, “B.”` goes on.
 */
function inTagSentence(view: DocView, prev: Candidate, m: QuoteMarks): boolean {
  if (prev.cue === null || view.tokens[prev.cue.first]!.start < prev.end) return false;
  if (m.openToken <= prev.cue.last || view.sentenceOf[m.openToken] !== view.sentenceOf[prev.cue.last]) return false;
  if (SHOWN_TEXT.has(view.lower(m.openToken - 1))) return true;
  for (let k = prev.cue.last + 1; k < m.openToken - 1; k++) {
    if (view.tokens[k]!.text === ',' && /^(?:where|which|who|whose|when|while)$/.test(view.lower(k + 1))) return true;
  }
  return false;
}

/** Whether quote `m` opens in the paragraph where the quote of `prev` closes. */
function sameParagraph(view: DocView, prev: Candidate, m: QuoteMarks, ctx: RefineContext): boolean {
  const pm = marksOf(prev, ctx);
  return pm !== undefined && view.paragraphOf[pm.closeToken >= 0 ? pm.closeToken : pm.last] === view.paragraphOf[m.openToken];
}

/** Whether span `inner` lies inside `outer`. */
function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Length of the overlap of two spans. */
function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether span `outer` has a word outside `inner` (`it “regrets any harm”` has `it`). */
function wordOutside(text: string, outer: Span, inner: Span): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(outer.start, inner.start)) || /[\p{L}\p{N}]/u.test(text.slice(inner.end, outer.end));
}

/** Reported speech that is the same statement as a direct quote, or that wraps a partial quote. */
const reportedAroundQuote: Refiner = {
  id: 'mixed',
  reason: 'a quote that only repeats reported speech around it is a partial quote: keep the reported speech, kind mixed; reported speech that is just the quote is the direct quote',
  apply(cands, ctx) {
    // a fresh list each time: built directly (SpanIndex.of would also file it in its WeakMap, for nothing)
    const direct = new SpanIndex(cands.filter((c) => c.kind === 'direct'), (c) => c);
    const dropped = new Set<Candidate>();
    /** Direct quotes dropped as partial quotes of an `according to` reading around them. */
    const partial = new Set<Candidate>();
    const mixed = new Set<Candidate>();
    // outer readings first (by start, the longer first), so an `according to` reading takes its partial quote before the statement inside it
    for (const r of [...cands].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (r.kind === 'direct') continue;
      // direct quotes are never empty; an empty reading overlaps nothing
      for (const d of r.end > r.start ? direct.overlapping(r.start, r.end) : []) {
        const folded = dropped.has(d);
        if (folded && !partial.has(d)) continue;
        const sameCue = d.cue !== null && r.cue !== null && d.cue.first === r.cue.first;
        const m = marksOf(d, ctx);
        const quoteSpan = m ? { start: m.open, end: m.close } : d;
        const wraps = inside(quoteSpan, r) && wordOutside(ctx.view.text, r, quoteSpan);
        // `Hamas said it was studying the text “in a positive spirit,” according to a statement`:
        // a partial quote inside the statement an `according to` tag reports is that statement's too
        if (folded) {
          if (wraps) mixed.add(r);
          continue;
        }
        if (wraps && (d.cue === null || sameCue || d.via === 'quotes/direct-tag-before')) {
          if (r.via === 'quotes/indirect-according') partial.add(d);
          dropped.add(d);
          mixed.add(r);
        } else if (sameCue || overlap(r, d) >= 0.8 * (r.end - r.start)) {
          dropped.add(r);
        }
      }
    }
    return cands.filter((c) => !dropped.has(c)).map((c) => (mixed.has(c) ? { ...c, kind: 'mixed' as const } : c));
  },
};

/** How many words of the sentence must come before a tagged quote for them to be reported speech. */
const MIXED_MIN_WORDS = 3;

/**
 * `The proposals send a message that a priority “is increasing taxes,” Smith said.`: the
 * words before the quote belong to the same statement, reported.
 */
const mixedBeforeTag: Refiner = {
  id: 'mixed-tag-after',
  reason: 'a tagged quote that ends a sentence whose first words are not quoted reports those words too: one mixed statement from the sentence start',
  apply(cands, ctx) {
    const { view } = ctx;
    return cands.map((c) => {
      const m = marksOf(c, ctx);
      if (c.kind !== 'direct' || m === undefined || (c.via !== 'quotes/direct-tag-after' && c.via !== 'quotes/direct-tag-inverted')) return c;
      const s = view.sentenceAt(m.openToken);
      if (s === undefined) return c;
      let first = s.first;
      while (first < m.openToken && (LEADING_CONNECTIVES.has(view.lower(first)) || view.tokens[first]!.kind !== 'word')) first++;
      let words = 0;
      for (let k = first; k < m.openToken; k++) {
        if (ctx.cueAt[k] !== undefined) return c;
        if (view.tokens[k]!.kind === 'word') words++;
      }
      return words >= MIXED_MIN_WORDS ? { ...c, kind: 'mixed' as const, start: view.tokens[first]!.start, via: 'quotes/mixed-tag-after' } : c;
    });
  },
};

/** Words right before a quotation that mark it as a name, a title or a term, not speech. */
const TERM_MARKERS = /(?:so-called|dubbed|nicknamed|titled|entitled|named|branded|labeled|labelled|termed|book|film|movie|song|album|show|series|headline|hashtag|slogan|word|words|term|phrase|motto|operation|program|programme|plan|campaign|initiative)\s*[,:]?\s*$/i;

/** Whether the quotation opening at `open` follows a term marker (`dubbed “…”`, `the so-called “…”`). */
export function termMarkedAt(text: string, open: number): boolean {
  return TERM_MARKERS.test(text.slice(Math.max(0, open - 24), open));
}

/** Quotes at least this long (UTF-16 units) are never read as a term or a title. */
const SHORT_QUOTE = 60;

/** Whether a short quoted span reads like a title: every word capitalized. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|for|to|at|by|with)$/.test(w));
}

/** Scare quotes, titles and terms: quoted words that are not somebody's statement. */
const nonSpeech: Refiner = {
  id: 'non-speech',
  reason: 'a term, a title or a scare quote is quoted but not said: drop direct quotes marked as such or title-like without a reporting clause',
  apply(cands, ctx) {
    const { text } = ctx.view;
    return cands.filter((c) => {
      if (c.kind !== 'direct' || c.end - c.start >= SHORT_QUOTE) return true;
      const open = marksOf(c, ctx)?.open ?? c.start;
      if (termMarkedAt(text, open)) return false;
      // `replied: “No.”`, `said: “Never!”`: a sentence after a tag and its colon is an answer, not a title
      if (c.via === 'quotes/direct-tag-before' && /[.!?]$/.test(text.slice(c.start, c.end)) && /:\s*$/.test(text.slice(Math.max(0, open - 3), open))) return true;
      return !(c.via !== 'quotes/direct-tag-after' && c.via !== 'quotes/direct-tag-inverted' && titleCase(text.slice(c.start, c.end)));
    });
  },
};

/** How many words a quote without a tag needs to be a statement of the previous speaker. */
const INHERIT_MIN_WORDS = 5;

/** A whole quoted paragraph right after a paragraph that quotes someone: the same speaker goes on. */
const inheritedQuote: Refiner = {
  id: 'direct-inherited',
  reason: 'news continues a speaker in a new paragraph that is only a quotation; with no cue nearby any other quote is not a statement',
  apply(cands, ctx) {
    const { view } = ctx;
    const out: Candidate[] = [];
    for (const c of [...cands].sort(byStart)) {
      if (c.kind !== 'direct' || c.cue !== null) { out.push(c); continue; }
      const m = marksOf(c, ctx);
      const p = m ? view.paragraphOf[m.openToken]! : -1;
      const para = view.paragraphs[p];
      const prev = out.at(-1);
      const wholeParagraph = m !== undefined && para !== undefined && para.first === m.openToken && onlyPunctuation(view.text, m.close, para.end);
      // the paragraph before and the word count only for a whole quoted paragraph after a tagged quote
      if (wholeParagraph && prev && prev.cue !== null && view.paragraphOf[view.tokenAtOrAfter(prev.start)]! === p - 1 && view.text.slice(c.start, c.end).split(/\s+/).length >= INHERIT_MIN_WORDS) {
        out.push({ ...c, cue: prev.cue, source: prev.source, via: 'quotes/direct-inherited' });
      }
    }
    return out;
  },
};

/** `said one diplomat, who asked not to be named`: a cue inside another attribution's speaker phrase. */
const cueInSpeaker: Refiner = {
  id: 'cue-in-speaker',
  reason: 'a cue inside the words naming another speaker (an appositive or relative clause) describes that speaker, it reports nothing',
  apply(cands, ctx) {
    // a loop rather than flatMap (an array per candidate); no source, nothing to be inside
    const sources: SourceSpan[] = [];
    for (const c of cands) if (c.source !== null) sources.push(c.source);
    if (sources.length === 0) return [...cands];
    const within = rangeCover(sources);
    return cands.filter((c) => c.cue === null || !within(c.cue.first, c.cue.last) || relativeStatement(ctx.view, c));
  },
};

/** Words between a relative `who` and its cue that keep the clause a statement (`who also said`, `who has long argued`). */
const RELATIVE_FILLERS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'long', 'once', 'previously', 'earlier', 'repeatedly', 'often', 'recently']);

/** Report verbs whose relative clause after a speaker describes them rather than reporting (`, who asked not to be named`). */
const DESCRIBING_RELATIVES: ReadonlySet<string> = new Set(['ask', 'request', 'decline', 'refuse', 'speak']);

/**
 * `“…,” said Jane Roe, who said the board had known for months`: a relative clause after a
 * speaker that reports a statement of its own (a report verb with a content after it) is an
 * attribution of its own, its speaker the `who`; other relative clauses (`who asked not to be
 * named`) describe the speaker and stay inside the speaker phrase.
 */
function relativeStatement(view: DocView, c: Candidate): boolean {
  if (c.cue === null || c.kind === 'direct' || c.source === null) return false;
  const rule = cueRuleOf(view.lower(c.cue.first));
  if (rule === undefined || !rule.frames.includes('report') || DESCRIBING_RELATIVES.has(rule.id)) return false;
  let k = c.cue.first - 1;
  while (k > 0 && RELATIVE_FILLERS.has(view.lower(k))) k--;
  return view.lower(k) === 'who' && view.tokens[k - 1]?.text === ',' && c.source.first <= k && k <= c.source.last && view.tokens[c.cue.last]!.end <= c.start;
}

/**
 * `"WALLACE: … ⏎ "PENCE: …`: a transcript printed as quotations (often left open over its
 * paragraphs) is each speaker's lines; a quotation holding a label's colon goes, the
 * labelled lines stay.
 */
const labelledLines: Refiner = {
  id: 'labelled-lines',
  reason: 'a quotation holding a speaker label (a transcript) is the labelled lines, not one statement',
  apply(cands, ctx) {
    const colons = cands.filter((c) => c.via === LABEL_VIA).map((c) => ctx.view.tokens[c.cue!.first]!.start);
    if (colons.length === 0) return [...cands];
    return cands.filter((c) => c.via === LABEL_VIA || c.marks === undefined || !colons.some((at) => at >= c.start && at < c.end));
  },
};

/** Same content twice: keep the first proposer's. */
const dedupe: Refiner = {
  id: 'dedupe',
  reason: 'two proposers found the same content: one record per statement (a denial of a reported claim is a second one)',
  apply(cands, ctx) {
    // one number per span (offsets are at most the text's length): no key string per candidate
    const stride = ctx.view.text.length + 1;
    const seen = new Set<number>();
    return cands.filter((c) => {
      // a disputed claim and its report share the content but not the cue: two statements
      const key = c.start * stride + c.end + (c.via === CLAIM_VIA && c.cue !== null ? stride * stride * (c.cue.first + 1) : 0);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};

/** The refiners, in the order they run: merges first, then attachment, filters, dedupe. */
export const REFINERS: readonly Refiner[] = [labelledLines, cueInSpeaker, splitQuote, continuedQuote, reportedAroundQuote, nonSpeech, inheritedQuote, mixedBeforeTag, dedupe];

/** Runs every refiner; `log` receives `id: before → after` for each that changed the list. */
export function refine(cands: readonly Candidate[], ctx: RefineContext, log?: (line: string) => void): Candidate[] {
  let list = [...cands].sort(byStart);
  for (const r of REFINERS) {
    const next = r.apply(list, ctx);
    if (log && next.length !== list.length) log(`${r.id}: ${list.length} → ${next.length} (${r.reason})`);
    list = next;
  }
  return list.sort(byStart);
}
