/**
 * @module stages/sentences/05-merge — pass 5: rules that keep or merge proposed boundaries.
 *
 * The rules are data: tried in order, the first that returns a verdict decides (`true`
 * splits, `false` merges the two would-be sentences), and its id and reason are the
 * boundary's provenance. A boundary no rule decides is kept (`terminal`).
 * Ordering: the paragraph end and lower-case/continuation checks come first because they
 * hold whatever the trigger; the abbreviation rules then go from the safest (titles never
 * end a sentence) to the most heuristic (an acronym ends one only before a starter word).
 */
import { isCloser, triggerOf } from './04-split.js';
import type { Candidate } from './04-split.js';
import { SENTENCE_STARTERS, SPEECH_VERBS, TIME_FOLLOWERS } from './lexicon.js';
import { ABBREVIATION_CODES, K_NUMBER, K_PUNCT, K_QUOTE, K_WORD } from './token-table.js';
import type { TokenTable } from './token-table.js';
import type { AbbreviationClass } from './types.js';

/** What a rule sees: the candidate, the document's tokens and the paragraph's end index. */
export interface BoundaryInput {
  readonly candidate: Candidate;
  readonly tokens: TokenTable;
  /** Index just past the paragraph's last token. */
  readonly to: number;
}

/** One boundary rule. */
export interface BoundaryRule {
  readonly id: string;
  readonly reason: string;
  /** True to split, false to merge, null when the rule does not apply. */
  decide(input: BoundaryInput): boolean | null;
}

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** `“`, `‘`, `«`, `„`, `‚`, `‹`: always opening. */
const OPENING_QUOTES = new Set([0x201c, 0x2018, 0xab, 0x201e, 0x201a, 0x2039]);
const MAX_SPEAKER_WORDS = 5;
/** Words before a platform named by one letter ("on X", "via X"). */
const PLATFORM_BEFORE: ReadonlySet<string> = new Set(['on', 'via']);

function isCapitalized(t: TokenTable, i: number, to: number): boolean {
  if (i >= to || t.kinds[i] !== K_WORD) return false;
  const c = t.firstChar(i);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && UPPER_FIRST.test(t.text(i));
}

function isLowercase(t: TokenTable, i: number): boolean {
  if (t.kinds[i] !== K_WORD) return false;
  const c = t.firstChar(i);
  if (c >= 97 && c <= 122) return true;
  return c > 127 && LOWER_FIRST.test(t.text(i));
}

function isOpeningQuote(t: TokenTable, i: number, to: number): boolean {
  if (i >= to || t.kinds[i] !== K_QUOTE) return false;
  const c = t.firstChar(i);
  return OPENING_QUOTES.has(c) || ((c === 34 || c === 39) && !isCloser(t, i));
}

/** Token `i` opens a sentence: a starter word, or an opening quote. */
function startsSentence(t: TokenTable, i: number, to: number): boolean {
  if (i >= to) return false;
  return (t.kinds[i] === K_WORD && SENTENCE_STARTERS.has(t.text(i))) || isOpeningQuote(t, i, to);
}

function next(x: BoundaryInput): number {
  return x.candidate.last + 1;
}

function abbr(x: BoundaryInput): AbbreviationClass | null {
  return x.candidate.kind === 'abbreviation' ? ABBREVIATION_CODES[x.tokens.abbrs[x.candidate.trigger]!]! : null;
}

/** Every boundary rule, in the order they are tried. */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  {
    id: 'paragraph-end',
    reason: 'the last token of a paragraph always ends its sentence',
    decide: (x) => (next(x) >= x.to ? true : null),
  },
  {
    id: 'lowercase-continues',
    reason: 'a lower-case word after the dot continues the sentence (`,” he said`, `?” she asked`, `approx. five`)',
    decide: (x) => (isLowercase(x.tokens, next(x)) ? false : null),
  },
  {
    id: 'punctuation-continues',
    reason: 'a comma, semicolon or colon after the dot belongs to the same sentence (`U.S., Qatar`)',
    decide: (x) => {
      const i = next(x);
      const c = x.tokens.firstChar(i);
      return x.tokens.kinds[i] === K_PUNCT && (c === 44 || c === 59 || c === 58) ? false : null;
    },
  },
  {
    id: 'title-abbreviation',
    reason: 'titles (`Gen.`, `Dr.`), Latin connectives (`e.g.`, `vs.`) and number signs (`No. 2`) never end a sentence',
    decide: (x) => {
      const a = abbr(x);
      return a === 'title' || a === 'inner' || a === 'number-prefix' ? false : null;
    },
  },
  {
    id: 'month-before-day',
    reason: 'an abbreviated month before a number is a date (`Sept. 5`)',
    decide: (x) => (abbr(x) === 'month' && x.tokens.kinds[next(x)] === K_NUMBER ? false : null),
  },
  {
    id: 'speech-tag',
    reason: 'a quotation ending in ? or ! (or in a full stop, when the tag closes the sentence) followed by a named speaker and a speech verb is one sentence (`?” Netanyahu asked.`)',
    decide: (x) => (x.candidate.quoted && isSpeechTag(x) ? false : null),
  },
  {
    id: 'time-abbreviation',
    reason: '`a.m.`/`p.m.` end a sentence before a capitalised word, unless a day, month or time zone continues the time',
    decide: (x) => {
      if (abbr(x) !== 'time') return null;
      const { tokens: t, to } = x;
      const i = next(x);
      if (isOpeningQuote(t, i, to)) return true;
      if (!isCapitalized(t, i, to) || TIME_FOLLOWERS.has(t.text(i))) return false;
      return !(i + 1 < to && t.text(i + 1).toLowerCase() === 'time');
    },
  },
  {
    id: 'final-abbreviation',
    reason: '`etc.` and `et al.` end a sentence before a capitalised word or an opening quote',
    decide: (x) => (abbr(x) === 'final' ? isCapitalized(x.tokens, next(x), x.to) || isOpeningQuote(x.tokens, next(x), x.to) : null),
  },
  {
    id: 'party-label',
    reason: 'a party-state label (`D-N.H.`, `I-Vt.`) inside a sentence is closed by a comma or bracket, so its dot ends the sentence before a capitalised word or an opening quote',
    decide: (x) => (abbr(x) === 'label' ? isCapitalized(x.tokens, next(x), x.to) || isOpeningQuote(x.tokens, next(x), x.to) : null),
  },
  {
    id: 'platform-letter',
    reason: 'a lone capital after "on" or "via" is a platform\'s name (`a post on X. Army chief …`), not an initial, and its dot ends the sentence before a capitalised word',
    decide: (x) => {
      const i = x.candidate.trigger;
      if (abbr(x) !== 'initial' || i === 0 || !PLATFORM_BEFORE.has(x.tokens.text(i - 1))) return null;
      return isCapitalized(x.tokens, next(x), x.to) || isOpeningQuote(x.tokens, next(x), x.to) ? true : null;
    },
  },
  {
    id: 'abbreviation-sentence-start',
    reason: 'an acronym, initial, suffix or bare month ends a sentence only before a sentence starter (`U.S. The`), not before a name (`U.S. Secretary`, `J. Smith`)',
    decide: (x) => (abbr(x) !== null ? startsSentence(x.tokens, next(x), x.to) : null),
  },
  {
    id: 'ellipsis-sentence-start',
    reason: 'an ellipsis often marks an omission inside a sentence; it ends one only before a sentence starter',
    decide: (x) => (x.candidate.kind === 'ellipsis' ? startsSentence(x.tokens, next(x), x.to) : null),
  },
];

/** The rule used when no listed rule decides. */
export const DEFAULT_RULE: BoundaryRule = {
  id: 'terminal',
  reason: 'a full stop, question or exclamation mark ends a sentence',
  decide: () => true,
};

/** Decides one candidate: whether to split there, and which rule said so. */
export function decideBoundary(input: BoundaryInput): { readonly split: boolean; readonly rule: BoundaryRule } {
  for (const rule of BOUNDARY_RULES) {
    const verdict = rule.decide(input);
    if (verdict !== null) return { split: verdict, rule };
  }
  return { split: true, rule: DEFAULT_RULE };
}

/**
 * After a closing quote: one to five capitalised words (not a starter such as `He`) and a
 * speech verb. After `?`/`!` that is enough; after `.` the tag must end the sentence.
 */
function isSpeechTag(x: BoundaryInput): boolean {
  const { tokens: t, to } = x;
  const first = next(x);
  let k = first;
  while (k - first < MAX_SPEAKER_WORDS && (isCapitalized(t, k, to) || (k < to && ABBREVIATION_CODES[t.abbrs[k]!] === 'title'))) k++;
  if (k === first || k >= to || SENTENCE_STARTERS.has(t.text(first)) || !SPEECH_VERBS.has(t.text(k))) return false;
  const mark = t.text(x.candidate.trigger);
  if (mark.includes('?') || mark.includes('!')) return true;
  return k + 1 >= to || triggerOf(t, k + 1) === 'terminal';
}
