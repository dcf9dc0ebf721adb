/**
 * @module stages/quotes/types — the records the quotes passes hand to each other.
 *
 * Every span is a pair of UTF-16 offsets into the document text. Token indices refer to
 * the document's token list (`DocView.tokens`); `last` indices are inclusive.
 */
import type { Span } from '../../pipeline/annotation.js';

/** EXPORT.md `quotes[].kind`: in quotation marks, reported, or reported with quoted words. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** What the speaker span is: a name, a pronoun, a description, a body, or an unnamed source. */
export type SpeakerKind = 'name' | 'pronoun' | 'nominal' | 'organization' | 'anonymous';

/** A span with its text. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Value of a `quote` annotation (the annotation itself covers the content). */
export interface QuoteValue {
  readonly kind: QuoteKind;
  /** The reporting verb or phrase as written (`said`, `according to`), or null. */
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** The words that name the speaker here (may be a pronoun), or null when none was found. */
  readonly speakerText: string | null;
  readonly speakerSpan: Span | null;
  readonly speakerKind: SpeakerKind | null;
  /**
   * For a pronoun, a description or a surname: the earlier mention of the same speaker in
   * the document that names it best (`Antony Blinken` for `he`, `Blinken`, `the top US diplomat`).
   */
  readonly antecedent?: TextSpan;
  /** For a direct quote interrupted by its speech tag, the quoted pieces (more than one). */
  readonly parts?: readonly Span[];
  /** The whole attribution: content, cue and source together (export `evidence`). */
  readonly evidence: Span;
}

/** A pair of quotation marks and what they enclose. */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (the paragraph end when the quote is left open). */
  readonly close: number;
  /** The content inside the marks. */
  readonly start: number;
  readonly end: number;
  /** First and last token inside the marks (inclusive); `first > last` when empty. */
  readonly first: number;
  readonly last: number;
  /** Token index of the opening mark's first token and of the closing mark's last token (-1 when left open). */
  readonly openToken: number;
  readonly closeToken: number;
  /** 0 for a top-level quote, 1 inside another quote. */
  readonly depth: number;
  /** `double` (“ ” " « » „ ''), `single` (‘ ’ ' ‹ ›). */
  readonly family: 'double' | 'single';
  /** How the pair was formed (provenance): `paired`, `continued` (over paragraphs), `unclosed`. */
  readonly how: 'paired' | 'continued' | 'unclosed';
}

/** A speaker span found by a source finder. */
export interface SourceSpan {
  /** Token range, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The head token (the name or noun the cue agrees with). */
  readonly head: number;
}

/** A candidate attribution as proposed, before refining and speaker resolution. */
export interface Candidate {
  readonly kind: QuoteKind;
  /** Content offsets. */
  readonly start: number;
  readonly end: number;
  /** Quoted pieces of a split direct quote. */
  readonly parts?: readonly Span[];
  /** Cue token range (inclusive), or null. */
  readonly cue: { readonly first: number; readonly last: number } | null;
  readonly source: SourceSpan | null;
  /** `quotes/<proposer>`. */
  readonly via: string;
  /** Index of the quote marks the candidate came from, when direct. */
  readonly marks?: number;
  /** The cue's rule id (cues.ts: `say`, `according to`, …), for reported speech the rules read. */
  readonly cueRule?: string;
}
