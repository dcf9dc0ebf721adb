/**
 * @module stages/entities/ner/word-facts — what the refiners ask of a token's text alone, as bits, kept per word type.
 *
 * The refiners (refiners.ts) test token texts against the same few patterns (a capital
 * first, a company's one-word shape, a plural demonym …) and lexicons (titles, group
 * names …) over and over: each rule scans the mentions or the tokens again, and a regular
 * expression or a lexicon look-up costs a call and a hash each time. Every one of these
 * facts depends on the token's text alone, so {@link wordFacts} works them all out once
 * per text, and {@link WordFactsCache} keeps them per word type of the tagger's word table
 * (`util/token-numbering`: equal texts, equal numbers) across documents: a later question
 * is one read of a typed array.
 */
import { countryNamed, countryOfDemonym } from '../../../kb/places.js';
import type { TokenNumbering } from '../../../util/token-numbering.js';
import { ARTICLE_NAME, DEMONYM_PLURAL, GROUP_NAMES, HONORIFICS, POSSESSIVES, TITLE_WORDS } from './lexicon.js';
import { normalizeToken } from './word.js';

/** Starts with an upper-case letter (`\p{Lu}`). */
export const UPPER = 1 << 0;
/** Holds a letter or a digit (`[\p{L}\p{N}]`). */
export const WORD_CHAR = 1 << 1;
/** Starts with a letter (`^\p{L}`). */
export const LETTER_FIRST = 1 << 2;
/** A name word: a letter, then letters, apostrophes and hyphens (`^\p{L}[\p{L}'’-]*$`). */
export const NAME_WORD = 1 << 3;
/** A company's one-word shape: a capital, then letters, `&` and `-` (`^\p{Lu}[\p{L}&-]+$`). */
export const COMPANY_SHAPE = 1 << 4;
/** An acronym of two to six capitals (`^\p{Lu}{2,6}$`). */
export const ACRONYM = 1 << 5;
/** A capital, a small letter, then letters and hyphens (`^\p{Lu}\p{Ll}[\p{L}-]*$`: "Starbucks"). */
export const CAPITAL_WORD = 1 << 6;
/** A capital, then small letters, apostrophes and hyphens (`^\p{Lu}[\p{Ll}'’-]+$`: "Peskov"). */
export const SPEAKER_SHAPE = 1 << 7;
/** A plural demonym's shape (lexicon `DEMONYM_PLURAL`: "Palestinians"). */
export const DEMONYM_PLURAL_SHAPE = 1 << 8;
/** An Arabic article joined to a name (lexicon `ARTICLE_NAME`: "al-Sisi"). */
export const ARTICLE_JOINED = 1 << 9;
/** Its lower form is a title word (`TITLE_WORDS`). */
export const TITLE = 1 << 10;
/** Its lower form is an honorific (`HONORIFICS`). */
export const HONORIFIC = 1 << 11;
/** Its lower form is a group's name (`GROUP_NAMES`). */
export const GROUP = 1 << 12;
/** Its lower form is a possessive (`POSSESSIVES`). */
export const POSSESSIVE = 1 << 13;
/** It names a country or is a country's demonym (kb/places: `German`, `Qatar`). */
export const COUNTRY = 1 << 14;
/** Marks an entry as worked out in full (an entry without it is unknown, or holds {@link UPPER} alone). */
export const KNOWN = 1 << 15;

const STARTS_UPPER = /^\p{Lu}/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const STARTS_LETTER = /^\p{L}/u;
const NAME_WORD_RE = /^\p{L}[\p{L}'’-]*$/u;
const COMPANY_SHAPE_RE = /^\p{Lu}[\p{L}&-]+$/u;
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
const CAPITAL_WORD_RE = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;
const SPEAKER_SHAPE_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Whether `text` starts with an upper-case letter (`\p{Lu}`). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII decides without the regex; anything else (and the empty text) asks it
  return c < 0x80 ? c >= 65 && c <= 90 : STARTS_UPPER.test(text);
}

/** Every fact of {@link UPPER} … {@link COUNTRY} that holds for a token whose text is `text`, and {@link KNOWN}. */
export function wordFacts(text: string): number {
  const l = normalizeToken(text).toLowerCase();
  return (
    KNOWN |
    (startsUpper(text) ? UPPER : 0) |
    (HAS_WORD_CHAR.test(text) ? WORD_CHAR : 0) |
    (STARTS_LETTER.test(text) ? LETTER_FIRST : 0) |
    (NAME_WORD_RE.test(text) ? NAME_WORD : 0) |
    (COMPANY_SHAPE_RE.test(text) ? COMPANY_SHAPE : 0) |
    (ACRONYM_RE.test(text) ? ACRONYM : 0) |
    (CAPITAL_WORD_RE.test(text) ? CAPITAL_WORD : 0) |
    (SPEAKER_SHAPE_RE.test(text) ? SPEAKER_SHAPE : 0) |
    (DEMONYM_PLURAL.test(text) ? DEMONYM_PLURAL_SHAPE : 0) |
    (ARTICLE_NAME.test(text) ? ARTICLE_JOINED : 0) |
    (TITLE_WORDS.has(l) ? TITLE : 0) |
    (HONORIFICS.has(l) ? HONORIFIC : 0) |
    (GROUP_NAMES.has(l) ? GROUP : 0) |
    (POSSESSIVES.has(l) ? POSSESSIVE : 0) |
    (countryOfDemonym(text) !== undefined || countryNamed(text) !== undefined ? COUNTRY : 0)
  );
}

/**
 * {@link wordFacts} per word type of one numbering's generation: filled on first use, emptied
 * when the numbering starts over (a new generation gives the numbers to other texts).
 */
export class WordFactsCache {
  private facts = new Uint16Array(0);
  private generation = -1;

  /** The facts of `text`, numbered `id` in `numbering`. */
  of(text: string, id: number, numbering: TokenNumbering): number {
    if (numbering.generation !== this.generation) {
      this.generation = numbering.generation;
      this.facts = new Uint16Array(Math.max(1024, numbering.count));
    } else if (id >= this.facts.length) {
      const grown = new Uint16Array(Math.max(numbering.count, id + 1, this.facts.length * 2));
      grown.set(this.facts);
      this.facts = grown;
    }
    let f = this.facts[id]!;
    if (f === 0) this.facts[id] = f = wordFacts(text);
    return f;
  }
}
