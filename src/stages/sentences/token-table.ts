/**
 * @module stages/sentences/token-table — tokens stored column-wise in typed arrays.
 *
 * A news text has about one token per five characters; one object per token before the
 * annotations are built doubled the garbage the stage made. The passes therefore share
 * this table (offsets, kind, rule and abbreviation class as small integers) and slice a
 * token's text only when a rule needs it. `token(i)` gives the object form.
 */
import type { AbbreviationClass, Token, TokenKind, TokenRule } from './types.js';

/** Token kinds by code. */
export const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote', 'dash', 'symbol', 'url'];
/** Kind code of `word`. */
export const K_WORD = 0;
/** Kind code of `number`. */
export const K_NUMBER = 1;
/** Kind code of `punct`. */
export const K_PUNCT = 2;
/** Kind code of `quote`. */
export const K_QUOTE = 3;
/** Kind code of `dash`. */
export const K_DASH = 4;
/** Kind code of `symbol`. */
export const K_SYMBOL = 5;
/** Kind code of `url`. */
export const K_URL = 6;

/** Tokenizer rules by code. */
export const RULES: readonly TokenRule[] = ['plain', 'abbreviation', 'initial', 'clitic', 'possessive', 'url', 'email'];
/** Rule code of `plain`. */
export const R_PLAIN = 0;
/** Rule code of `abbreviation`. */
export const R_ABBREVIATION = 1;
/** Rule code of `initial`. */
export const R_INITIAL = 2;
/** Rule code of `clitic`. */
export const R_CLITIC = 3;
/** Rule code of `possessive`. */
export const R_POSSESSIVE = 4;
/** Rule code of `url`. */
export const R_URL = 5;
/** Rule code of `email`. */
export const R_EMAIL = 6;

/** Abbreviation classes by code; 0 means "not an abbreviation". */
export const ABBREVIATION_CODES: readonly (AbbreviationClass | null)[] = [null, 'title', 'inner', 'number-prefix', 'month', 'acronym', 'suffix', 'initial', 'time', 'final', 'label'];

const CODE_OF = new Map<AbbreviationClass, number>(ABBREVIATION_CODES.flatMap((c, i) => (c === null ? [] : [[c, i] as const])));

/** The code of an abbreviation class. */
export function abbreviationCode(c: AbbreviationClass): number {
  return CODE_OF.get(c)!;
}

/** Bytes of one token in the table's buffer: start and end (4 each), kind, rule, abbreviation class. */
const BYTES_PER_TOKEN = 11;

/** The tokens of one text, column-wise, in text order. */
export class TokenTable {
  /** The text every offset refers to. */
  readonly source: string;
  /** Number of tokens. */
  length = 0;
  /** Column `i`: start offset, end offset, kind code, rule code, abbreviation code. */
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  rules: Uint8Array;
  abbrs: Uint8Array;

  constructor(source: string, capacity = 16) {
    this.source = source;
    const n = Math.max(16, capacity);
    // the five columns are views of one buffer: one allocation per text instead of five
    const buffer = new ArrayBuffer(n * BYTES_PER_TOKEN);
    this.starts = new Int32Array(buffer, 0, n);
    this.ends = new Int32Array(buffer, 4 * n, n);
    this.kinds = new Uint8Array(buffer, 8 * n, n);
    this.rules = new Uint8Array(buffer, 9 * n, n);
    this.abbrs = new Uint8Array(buffer, 10 * n, n);
  }

  /** Appends a token over `source[start, end)`. */
  push(start: number, end: number, kind: number, abbr: number, rule: number): void {
    const i = this.length;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.abbrs[i] = abbr;
    this.rules[i] = rule;
    this.length = i + 1;
  }

  /** The text of token `i`. */
  text(i: number): string {
    return this.source.slice(this.starts[i]!, this.ends[i]!);
  }

  /** The first UTF-16 unit of token `i`. */
  firstChar(i: number): number {
    return this.source.charCodeAt(this.starts[i]!);
  }

  /** Token `i` as an object. */
  token(i: number): Token {
    return {
      start: this.starts[i]!,
      end: this.ends[i]!,
      text: this.text(i),
      kind: KINDS[this.kinds[i]!]!,
      abbr: ABBREVIATION_CODES[this.abbrs[i]!]!,
      rule: RULES[this.rules[i]!]!,
    };
  }

  /** Every token as an object. */
  toTokens(): Token[] {
    const out = new Array<Token>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.token(i);
    return out;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const buffer = new ArrayBuffer(n * BYTES_PER_TOKEN);
    const starts = new Int32Array(buffer, 0, n);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(buffer, 4 * n, n);
    ends.set(this.ends);
    this.ends = ends;
    const kinds = new Uint8Array(buffer, 8 * n, n);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const rules = new Uint8Array(buffer, 9 * n, n);
    rules.set(this.rules);
    this.rules = rules;
    const abbrs = new Uint8Array(buffer, 10 * n, n);
    abbrs.set(this.abbrs);
    this.abbrs = abbrs;
  }
}
