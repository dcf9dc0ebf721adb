/**
 * @module stages/sentences/types — the records the sentences passes hand to each other.
 *
 * Every span uses UTF-16 offsets into the text it was computed from, and `text` is always
 * exactly `source.slice(start, end)`.
 */

/** What kind of token a span is (`token` annotation value). */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash' | 'symbol' | 'url';

/**
 * How an abbreviation behaves at a possible sentence end (see `abbreviations.ts`).
 * - `title`: always followed by a name (`Gen.`, `Dr.`), never ends a sentence.
 * - `inner`: Latin connectives (`e.g.`, `vs.`), never end a sentence.
 * - `number-prefix`: `No. 2`, `Art. 5`; recognised only before a digit, never ends a sentence.
 * - `month`: `Sept.`; no end before a day number, else ends only before a sentence starter.
 * - `acronym`: dotted capitals (`U.S.`, `U.N.`); ends only before a sentence starter.
 * - `suffix`: company and name suffixes, US state abbreviations, `St.`; as `acronym`.
 * - `initial`: one capital and a dot (`J.`); as `acronym`.
 * - `time`: `a.m.`, `p.m.`; ends before a capitalised word unless a day, month or zone follows.
 * - `final`: `etc.`, `et al.`; ends before any capitalised word.
 */
export type AbbreviationClass = 'title' | 'inner' | 'number-prefix' | 'month' | 'acronym' | 'suffix' | 'initial' | 'time' | 'final' | 'label';

/** How the tokenizer formed a token; becomes the token annotation's provenance. */
export type TokenRule = 'plain' | 'abbreviation' | 'initial' | 'clitic' | 'possessive' | 'url' | 'email';

/** One token of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Set when the token is an abbreviation that kept its final dot. */
  readonly abbr: AbbreviationClass | null;
  readonly rule: TokenRule;
}

/** How a paragraph's end was decided (paragraph annotation provenance). */
export type ParagraphRule = 'blank-line' | 'end-of-text' | 'line-per-paragraph' | 'title-line' | 'short-line' | 'list-item';

/** A paragraph: a block of text between blank lines, or a line that stands alone. */
export interface ParagraphSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Position among the document's paragraphs, from 0. */
  readonly index: number;
  /** The rule that ended it. */
  readonly rule: ParagraphRule;
}

/** A sentence, trimmed, never crossing a paragraph boundary. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Position among the document's sentences, from 0. */
  readonly index: number;
  /** Index of the paragraph it lies in. */
  readonly paragraph: number;
  /** Id of the boundary rule that ended it (`terminal`, `paragraph-end`, `acronym-before-starter`, …). */
  readonly rule: string;
}

/** A news dateline such as `KYIV, Ukraine, Sept. 5 (Reuters) –`, dash included. */
export interface Dateline {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The place as written, with its region: `KYIV, Ukraine`, `GAZA CITY, Gaza Strip`. */
  readonly place: string;
  /** The date as written (`Sept. 5`, `June 10`), or null. */
  readonly date: string | null;
  /** The agency inside the parentheses (`Reuters`, `AP`), or null. */
  readonly agency: string | null;
}

/** One boundary decision of the merge pass, reported for debugging. */
export interface BoundaryDecision {
  /** Offset just after the candidate boundary (end of the would-be sentence). */
  readonly offset: number;
  readonly split: boolean;
  /** Rule id, e.g. `title-abbreviation`. */
  readonly rule: string;
  /** Why the rule exists. */
  readonly reason: string;
}
