/**
 * @module stages/sentences — paragraphs, tokens, sentences and the dateline of a news text.
 *
 * Passes (see README.md): 01 paragraphs, 02 tokenize, 03 datelines, 04 propose sentence
 * boundaries, 05 keep or merge them by rule. `segment` runs them all once; the stage
 * turns the result into annotations. The pure functions work without a pipeline.
 */
import type { Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import type { Stage, StageOutput } from '../../pipeline/stage.js';
import { findParagraphs } from './01-paragraphs.js';
import { scanTokens } from './02-tokenize.js';
import { findDatelineIn } from './03-datelines.js';
import { proposeBoundaries } from './04-split.js';
import { decideBoundary } from './05-merge.js';
import { KINDS, RULES, TokenTable } from './token-table.js';
import type { BoundaryDecision, Dateline, ParagraphSpan, SentenceSpan, TokenKind } from './types.js';
import { ownSlice } from '../../util/own-slice.js';

export { findParagraphs } from './01-paragraphs.js';
export { tokenize } from './02-tokenize.js';
export { findDateline } from './03-datelines.js';
export { BOUNDARY_RULES } from './05-merge.js';
export { TokenTable } from './token-table.js';
export type {
  AbbreviationClass,
  BoundaryDecision,
  Dateline,
  ParagraphRule,
  ParagraphSpan,
  SentenceSpan,
  Token,
  TokenKind,
  TokenRule,
} from './types.js';

/** Everything the passes found in one text. */
export interface Segmentation {
  readonly paragraphs: readonly ParagraphSpan[];
  /** Every token of every paragraph, the dateline's included, in text order. */
  readonly tokens: TokenTable;
  /** Sentences in text order; none covers the dateline. */
  readonly sentences: readonly SentenceSpan[];
  readonly dateline: Dateline | null;
}

/**
 * Runs every pass over `text`. `onDecision`, when given, receives each proposed
 * boundary with the rule that kept or merged it (for debugging).
 */
export function segment(text: string, onDecision?: (d: BoundaryDecision) => void): Segmentation {
  const paragraphs = findParagraphs(text);
  const dateline = findDatelineIn(text, paragraphs);
  const tokens = new TokenTable(text, text.length >> 2);
  const sentences: SentenceSpan[] = [];
  for (const p of paragraphs) {
    let from = tokens.length;
    scanTokens(tokens, p.start, p.end);
    const to = tokens.length;
    if (dateline !== null && dateline.start >= p.start && dateline.start < p.end) {
      while (from < to && tokens.starts[from]! < dateline.end) from++;
    }
    splitParagraph(tokens, from, to, p.index, sentences, onDecision);
  }
  return { paragraphs, tokens, sentences, dateline };
}

/** The sentences of `text` (trimmed, never across paragraphs, starting after a dateline). */
export function splitSentences(text: string): SentenceSpan[] {
  return segment(text).sentences as SentenceSpan[];
}

function splitParagraph(
  tokens: TokenTable,
  from: number,
  to: number,
  paragraph: number,
  out: SentenceSpan[],
  onDecision: ((d: BoundaryDecision) => void) | undefined,
): void {
  let first = from;
  for (const candidate of proposeBoundaries(tokens, from, to)) {
    const { split, rule } = decideBoundary({ candidate, tokens, to });
    const end = tokens.ends[candidate.last]!;
    onDecision?.({ offset: end, split, rule: rule.id, reason: rule.reason });
    if (!split) continue;
    pushSentence(tokens.source, tokens.starts[first]!, end, paragraph, rule.id, out);
    first = candidate.last + 1;
  }
  if (first < to) pushSentence(tokens.source, tokens.starts[first]!, tokens.ends[to - 1]!, paragraph, 'paragraph-end', out);
}

function pushSentence(text: string, start: number, end: number, paragraph: number, rule: string, out: SentenceSpan[]): void {
  out.push({ start, end, text: text.slice(start, end), index: out.length, paragraph, rule });
}

/** Token annotation provenance by tokenizer rule code. */
const TOKEN_SOURCES: readonly string[] = RULES.map((r) => (r === 'plain' ? 'sentences/tokenize' : `sentences/${r}`));
/** Token annotation values by kind code, shared by every token of that kind. */
const TOKEN_VALUES: readonly { readonly kind: TokenKind }[] = KINDS.map((kind) => Object.freeze({ kind }));

/** A frozen annotation with exactly the shape `annotate()` builds, without re-slicing. */
function record<V>(layer: string, span: { readonly start: number; readonly end: number; readonly text: string }, value: V, source: string): Annotation<V> {
  return Object.freeze({ layer, start: span.start, end: span.end, text: span.text, value, source });
}

export { SLICE_VIEW_MIN, ownSlice } from '../../util/own-slice.js';

function tokenAnnotations(t: TokenTable): Annotation<{ readonly kind: TokenKind }>[] {
  const out = new Array<Annotation<{ readonly kind: TokenKind }>>(t.length);
  const text = t.source;
  for (let i = 0; i < t.length; i++) {
    const start = t.starts[i]!;
    const end = t.ends[i]!;
    out[i] = Object.freeze({ layer: 'token', start, end, text: ownSlice(text, start, end), value: TOKEN_VALUES[t.kinds[i]!]!, source: TOKEN_SOURCES[t.rules[i]!]! });
  }
  return out;
}

/** Turns a segmentation into the four layers the stage produces. */
export function toAnnotations(seg: Segmentation): StageOutput {
  const dl = seg.dateline;
  return {
    paragraph: seg.paragraphs.map((p) => record('paragraph', p, Object.freeze({ index: p.index }), `sentences/${p.rule}`)),
    sentence: seg.sentences.map((s) => record('sentence', s, Object.freeze({ index: s.index, paragraph: s.paragraph }), `sentences/${s.rule}`)),
    token: tokenAnnotations(seg.tokens),
    dateline: dl === null ? [] : [record('dateline', dl, Object.freeze({ place: dl.place, date: dl.date, agency: dl.agency }), 'sentences/dateline')],
  };
}

/** The `sentences` stage: paragraphs, sentences, tokens and the dateline. */
export const sentencesStage: Stage = {
  name: 'sentences',
  description: 'Splits the text into paragraphs, tokens and sentences and finds the news dateline.',
  requires: [],
  produces: ['paragraph', 'sentence', 'token', 'dateline'],
  run(ctx: RunContext, doc: SourceDocument): StageOutput {
    const seg = segment(doc.text);
    ctx.debug(() => `sentences: ${doc.id} ${seg.paragraphs.length} paragraphs, ${seg.sentences.length} sentences, ${seg.tokens.length} tokens, dateline ${seg.dateline === null ? 'none' : JSON.stringify(seg.dateline.text)}`);
    ctx.debug(() => {
      const lines: string[] = [];
      segment(doc.text, (d) => {
        if (d.rule !== 'terminal' && d.rule !== 'paragraph-end') lines.push(`  @${d.offset} ${d.split ? 'split' : 'merge'} ${d.rule}: ${d.reason}`);
      });
      return `sentences: boundaries decided by abbreviation, quote and ellipsis rules in ${doc.id}\n${lines.join('\n')}`;
    });
    return toAnnotations(seg);
  },
};
