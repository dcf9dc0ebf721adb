/**
 * @module util/token-numbering — a document's tokens numbered by their text, shared by the stages that read them.
 *
 * The ner stage gives every token of a document a number by its exact text (its word
 * table, entities/ner/word-table.ts): equal texts, equal numbers. A later stage that works
 * out facts of a word from its text alone (the quotes stage's lower-case form, its hash,
 * its cue rule) can keep them per number across documents instead of working them out
 * for every token again: a fact kept for a number stays true while the numbering's
 * {@link TokenNumbering.generation} is the same (the numbers are given anew, under a new
 * generation, when the word table starts over).
 *
 * A numbering is registered by the token layer's array, the one object every stage of a
 * document gets from `layers.get('token')`, in a `WeakMap`: it goes with the document,
 * and a stage that finds none (no ner stage, a test's own tokens) works the facts out as
 * before.
 */

/** The numbers of one document's tokens. */
export interface TokenNumbering {
  /** Per token, its number, below {@link count}; tokens with the same text have the same number. */
  readonly types: Int32Array;
  /** Numbers given so far in this generation. */
  readonly count: number;
  /** Identifies the numbering: numbers of one generation name the same texts in every document. */
  readonly generation: number;
}

const byTokens = new WeakMap<object, TokenNumbering>();
let generations = 0;

/** A generation no numbering has used yet (for a numbering that starts over). */
export function newGeneration(): number {
  return ++generations;
}

/** Registers the numbering of the tokens in `tokens` (the token layer's array). */
export function shareTokenNumbering(tokens: object, numbering: TokenNumbering): void {
  byTokens.set(tokens, numbering);
}

/** The numbering registered for `tokens`, when one is and it numbers them all. */
export function tokenNumberingOf(tokens: { readonly length: number }): TokenNumbering | undefined {
  const numbering = byTokens.get(tokens);
  return numbering !== undefined && numbering.types.length === tokens.length ? numbering : undefined;
}
