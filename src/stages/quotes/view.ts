/**
 * @module stages/quotes/view — one document as the quotes passes read it.
 *
 * Built once per document from the `token`, `sentence`, `paragraph` and (when present)
 * `ner` layers: tokens with their lower-cased text, and for each token the sentence,
 * paragraph and mention it belongs to, so every pass looks these up in constant time.
 * A token's lower-cased text and its hash are facts of its text alone: when the ner stage
 * has numbered the tokens by their texts (util/token-numbering.ts) they are kept per
 * number across documents ({@link WordFacts}) instead of being worked out for every token.
 */
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { CueRule } from './cues.js';
import { segment, toAnnotations, type TokenKind } from '../sentences/index.js';
import { firstWhere } from '../../util/span-index.js';
import { fnvRange } from '../../util/hash.js';
import { tokenNumberingOf, type TokenNumbering } from '../../util/token-numbering.js';

/** A token with its lower-cased text. */
export interface ViewToken extends Span {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
}

/** A sentence or paragraph as a token range (`first`…`last`, inclusive). */
export interface TokenRange extends Span {
  readonly first: number;
  readonly last: number;
  /** For a sentence, its paragraph; for a paragraph, its own index. */
  readonly paragraph: number;
}

/** A named-entity mention from the `ner` layer. */
export interface ViewMention extends TokenRange {
  /** The tagger's type (what the model's features read). */
  readonly type: string;
  readonly text: string;
  /**
   * The type the link stage gave the mention starting here, when it differs from the
   * tagger's (`Zelensky` tagged a place, linked to a person in the knowledge base); speaker
   * kinds and antecedents read it (`speakerType`).
   */
  readonly linked?: string;
}

/** The type of a mention as a speaker: the link stage's when it has one, else the tagger's. */
export function speakerType(m: ViewMention): string {
  return m.linked ?? m.type;
}

/** What the view is built from: the layers' annotations. */
export interface ViewInput {
  readonly text: string;
  readonly tokens: readonly Annotation<{ readonly kind: TokenKind }>[];
  readonly sentences: readonly Annotation[];
  readonly paragraphs: readonly Annotation[];
  readonly mentions?: readonly Annotation<{ readonly type: string }>[];
  /** The link stage's mentions (`mention` layer), when the pipeline has them. */
  readonly linked?: readonly Annotation<{ readonly type: string }>[];
}

/**
 * `text.toLowerCase()`, without the call for text with no capital (ASCII without A–Z, most
 * tokens of a news text): the same string, at a fraction of the cost.
 */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

/**
 * What the quotes passes keep per number of a token numbering: the lower-cased text and
 * its {@link fnvRange} hash (filled on first sight of the number), and the cue rule of the
 * lower-cased text (02-cues.ts fills it when first asked). Emptied when the numbering's
 * generation changes.
 */
export class WordFacts {
  generation = -1;
  readonly lower: (string | undefined)[] = [];
  hash = new Int32Array(0);
  /** The cue rule (cues.ts `cueRuleOf`), null for none, undefined until asked. */
  readonly rules: (CueRule | null | undefined)[] = [];

  /** Makes the facts those of `numbering`'s generation, with room for its numbers. */
  prepare(numbering: TokenNumbering): void {
    if (numbering.generation !== this.generation) {
      this.generation = numbering.generation;
      this.lower.length = 0;
      this.rules.length = 0;
      this.hash = new Int32Array(0);
    }
    const count = numbering.count;
    // grown in order, so that the arrays stay dense (a write far past the end makes a
    // slow dictionary of an array)
    for (let k = this.lower.length; k < count; k++) {
      this.lower.push(undefined);
      this.rules.push(undefined);
    }
    if (this.hash.length < count) {
      const grown = new Int32Array(Math.max(count, 2 * this.hash.length, 1024));
      grown.set(this.hash);
      this.hash = grown;
    }
  }
}

/** The facts kept across documents (one numbering is current at a time: the ner model's). */
const wordFacts = new WordFacts();

/** One document: tokens, sentences, paragraphs and mentions, indexed both ways. */
export class DocView {
  readonly text: string;
  readonly tokens: readonly ViewToken[];
  readonly sentences: readonly TokenRange[];
  readonly paragraphs: readonly TokenRange[];
  readonly mentions: readonly ViewMention[];
  /** Per token: its sentence index, or -1 (dateline tokens). */
  readonly sentenceOf: Int32Array;
  /** Per token: its paragraph index, or -1. */
  readonly paragraphOf: Int32Array;
  /** Per token: the index of the mention covering it, or -1. */
  readonly mentionOf: Int32Array;
  /** Per token: {@link fnvRange} of its lower-cased text. */
  readonly lowerHash: Int32Array;
  /**
   * The tokens' numbers by text and the facts kept per number ({@link WordFacts}), when the
   * tokens were numbered (util/token-numbering.ts); null otherwise.
   */
  readonly numbered: { readonly types: Int32Array; readonly facts: WordFacts; readonly generation: number } | null;

  constructor(input: ViewInput) {
    this.text = input.text;
    const tokens = new Array<ViewToken>(input.tokens.length);
    const lowerHash = new Int32Array(tokens.length);
    const numbering = tokenNumberingOf(input.tokens);
    if (numbering !== undefined) {
      const facts = wordFacts;
      facts.prepare(numbering);
      const { types } = numbering;
      for (let i = 0; i < tokens.length; i++) {
        const t = input.tokens[i]!;
        const id = types[i]!;
        let lower = facts.lower[id];
        if (lower === undefined) {
          lower = lowerCase(t.text);
          facts.lower[id] = lower;
          facts.hash[id] = fnvRange(lower, 0, lower.length);
        }
        tokens[i] = { start: t.start, end: t.end, text: t.text, lower, kind: t.value.kind };
        lowerHash[i] = facts.hash[id]!;
      }
      this.numbered = { types, facts, generation: numbering.generation };
    } else {
      for (let i = 0; i < tokens.length; i++) {
        const t = input.tokens[i]!;
        const lower = lowerCase(t.text);
        tokens[i] = { start: t.start, end: t.end, text: t.text, lower, kind: t.value.kind };
        lowerHash[i] = fnvRange(lower, 0, lower.length);
      }
      this.numbered = null;
    }
    this.tokens = tokens;
    this.lowerHash = lowerHash;
    const n = this.tokens.length;
    this.paragraphOf = new Int32Array(n).fill(-1);
    this.sentenceOf = new Int32Array(n).fill(-1);
    this.mentionOf = new Int32Array(n).fill(-1);
    this.paragraphs = input.paragraphs.map((p, i) => this.range(p, i, this.paragraphOf, i));
    this.sentences = input.sentences.map((s, i) => this.range(s, i, this.sentenceOf, this.paragraphAt(s.start)));
    // Written out rather than spread from `range`: an object spread here cost as much as
    // the rest of the view, and the mentions are read by every pass.
    // the link stage's mention over the same words (a possessive it drops aside: `Zelensky's`);
    // not a longer one that merely starts there (`Egyptian foreign minister, Badr Abdelatty` is no `Egyptian`)
    const linked = new Map<number, { readonly type: string; readonly end: number }>();
    for (const l of input.linked ?? []) linked.set(l.start, { type: l.value.type, end: l.end });
    this.mentions = (input.mentions ?? []).map((m, i) => {
      const { start, end, first, last, paragraph } = this.range(m, i, this.mentionOf, this.paragraphAt(m.start));
      const l = linked.get(start);
      const type = l !== undefined && l.end <= end && l.end >= end - 2 ? l.type : undefined;
      if (type !== undefined && type !== m.value.type) return { start, end, first, last, paragraph, type: m.value.type, text: m.text, linked: type };
      return { start, end, first, last, paragraph, type: m.value.type, text: m.text };
    });
  }

  /** The first token starting at or after `offset` (the token count when none). */
  tokenAtOrAfter(offset: number): number {
    const tokens = this.tokens;
    return firstWhere(tokens.length, (i) => tokens[i]!.start >= offset);
  }

  /** The last token ending at or before `offset` (-1 when none). */
  tokenEndingBy(offset: number): number {
    const tokens = this.tokens;
    return firstWhere(tokens.length, (i) => tokens[i]!.end > offset) - 1;
  }

  /** Lower-cased text of token `i`, or '' outside the document. */
  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** Whether token `i` starts with a capital letter. */
  capitalized(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    const c = t.text.charCodeAt(0);
    return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
  }

  /** The sentence holding token `i`, or undefined. */
  sentenceAt(i: number): TokenRange | undefined {
    const s = this.sentenceOf[i];
    return s === undefined || s < 0 ? undefined : this.sentences[s];
  }

  /** The mention covering token `i`, or undefined. */
  mentionAt(i: number): ViewMention | undefined {
    const m = this.mentionOf[i];
    return m === undefined || m < 0 ? undefined : this.mentions[m];
  }

  /** Text of tokens `first`…`last` (inclusive), as written. */
  slice(first: number, last: number): string {
    return this.text.slice(this.tokens[first]!.start, this.tokens[last]!.end);
  }

  private paragraphAt(offset: number): number {
    const i = this.tokenAtOrAfter(offset);
    return i < this.paragraphOf.length ? this.paragraphOf[i]! : -1;
  }

  private range(span: Span, index: number, marks: Int32Array, paragraph: number): TokenRange {
    const first = this.tokenAtOrAfter(span.start);
    const last = this.tokenEndingBy(span.end);
    for (let i = first; i <= last; i++) marks[i] = index;
    return { start: span.start, end: span.end, first, last, paragraph };
  }
}

/** A view of `text` segmented by the sentences stage, with the given mentions and linked mentions (tests, tools). */
export function viewOfText(text: string, mentions: readonly Annotation<{ readonly type: string }>[] = [], linked: readonly Annotation<{ readonly type: string }>[] = []): DocView {
  const layers = toAnnotations(segment(text));
  return new DocView({
    text,
    tokens: layers['token'] as Annotation<{ readonly kind: TokenKind }>[],
    sentences: layers['sentence']!,
    paragraphs: layers['paragraph']!,
    mentions,
    linked,
  });
}
