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
 * 4. a previous paragraph that ends with a cue and a colon: `Smith said:` ⏎ `“…”`.
 * A quote without a tag is proposed too (`quotes/direct-untagged`); the refiners keep it
 * only when it continues a tagged quote.
 */
import type { CueHit } from './02-cues.js';
import { sourceAfter, sourceBefore, speakerOf } from './03-sources.js';
import { isParticiple } from './cues.js';
import type { Candidate, QuoteMarks, SourceSpan } from './types.js';
import type { DocView } from './view.js';

/** A speech tag: its cue and speaker. */
interface Tag {
  readonly cue: CueHit;
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
    const tag = (before && adjacent(view, before, m) ? before : null) ?? tagAfter(view, m, cueAt) ?? before ?? tagAbove(view, m, cueAt);
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

/** The tag right after the closing mark. */
function tagAfter(view: DocView, m: QuoteMarks, cueAt: readonly (CueHit | undefined)[]): Tag | null {
  if (m.closeToken < 0) return null;
  let i = m.closeToken + 1;
  if (view.tokens[i]?.text === ',') i++;
  const s = view.sentenceAt(i);
  if (s === undefined || view.sentenceOf[i] !== view.sentenceOf[m.closeToken]) return nextSentenceTag(view, m, cueAt);
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
    if (src === null || src.first !== next.first || !endsSoon(view, c.last, next.last)) return null;
    return { cue: c, source: src, via: 'quotes/direct-tag-sentence' };
  }
  return null;
}

/** Whether only a short adverbial and the final punctuation follow token `from` up to `last`. */
function endsSoon(view: DocView, from: number, last: number): boolean {
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
