/**
 * @module stages/published/phrases — the small pattern language of data/events.
 *
 * A phrase is words separated by spaces; `*` stands for a few words ("killing of *
 * Haniyeh" matches "killing of Hamas political leader Ismail Haniyeh"; "Gantz * quit"
 * matches "Gantz, a former army chief, quit"). Case does not
 * matter, any run of white space matches a space, an apostrophe matches ' and ’, a hyphen
 * matches any dash, and a phrase matches whole words only.
 */
import { lowerOf } from '../../util/lower.js';

export { lowerOf };

/** Escapes a literal for a regular expression, with the apostrophe and dash classes. */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/[-‐–—]/g, '[-‐–—]');
}

const compiled = new Map<string, RegExp>();

/** A global, case-insensitive pattern for `phrase`; `*` matches up to `gap` words. */
export function phrasePattern(phrase: string, gap: number): RegExp {
  const key = `${gap}\u0000${phrase}`;
  const cached = compiled.get(key);
  if (cached) return new RegExp(cached);
  const words = phrase.trim().split(/\s+/);
  if (words[0] === '*' || words[words.length - 1] === '*') throw new Error(`phrase "${phrase}" starts or ends with *`);
  let source = literal(words[0]!);
  let afterStar = false;
  for (const w of words.slice(1)) {
    if (w === '*') { source += `,?\\s+(?:\\S+\\s+){0,${gap}}?`; afterStar = true; continue; }
    source += (afterStar ? '' : '\\s+') + literal(w);
    afterStar = false;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
  compiled.set(key, re);
  return new RegExp(re);
}

/** What the prefilter and the search need to know about a phrase (see {@link mayOccur}). */
interface PhraseWords {
  /** Plain words of ASCII letters and digits: looked up among the text's whole words. */
  readonly whole: readonly string[];
  /** Other plain words ("u.s.", accented ones): searched as substrings. */
  readonly inside: readonly string[];
  /**
   * The ASCII word every match starts with ("israel" for "Israel-Hamas war"), when the
   * phrase starts with one: matches are searched only where it stands in the text.
   */
  readonly lead: string | null;
  /**
   * The phrase is one word of ASCII letters and digits: where lower-casing kept every
   * offset and the text has no long s, its text's {@link WordIndex} holds it exactly when
   * the pattern matches (see {@link hasAnyWord}).
   */
  readonly oneWord: boolean;
  /**
   * The ASCII word the pattern wants right after the lead and white space ("war" in "the
   * war in Gaza"), when the phrase's second word is one: a place of the lead without it is
   * passed over without running the pattern (the lead `the` stands everywhere).
   */
  readonly second: string | null;
}

const phraseWords = new Map<string, PhraseWords>();
const ASCII_WORD = /^[a-z0-9]+$/;
/** The ASCII letters and digits a phrase starts with, and what follows them. */
const ASCII_LEAD = /^([a-z0-9]+)(.?)/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function wordsOfPhrase(phrase: string): PhraseWords {
  let words = phraseWords.get(phrase);
  if (words === undefined) {
    const lower = phrase.toLowerCase();
    const plain = lower.split(/\s+/).filter((w) => w !== '*' && w !== '' && !/['’\-‐–—]/.test(w));
    // the lead is a whole word of the text only when no letter or digit follows it in the phrase
    const lead = ASCII_LEAD.exec(lower.trim());
    const leadWord = lead !== null && !WORD_CHAR.test(lead[2]!) ? lead[1]! : null;
    const [first, second] = lower.trim().split(/\s+/);
    words = {
      whole: plain.filter((w) => ASCII_WORD.test(w)),
      inside: plain.filter((w) => !ASCII_WORD.test(w)),
      lead: leadWord,
      oneWord: ASCII_WORD.test(lower.trim()),
      second: leadWord !== null && first === leadWord && second !== undefined && ASCII_WORD.test(second) ? second : null,
    };
    learn(words.lead === null ? words.whole : [...words.whole, words.lead]);
    phraseWords.set(phrase, words);
  }
  return words;
}

/** Phrase lists already {@link learnPhrases learned}. */
const learnedLists = new WeakSet<readonly string[]>();

/**
 * Learns the words of every phrase of a list before any is searched. The vocabulary grows
 * as phrases are first seen, and each new word makes the text's {@link WordIndex} stale:
 * learning a list one phrase at a time rebuilt a document's index once per new phrase (on
 * a worker's first document; a 1 MB one spent seconds there).
 */
export function learnPhrases(phrases: readonly string[]): void {
  if (learnedLists.has(phrases)) return;
  for (const phrase of phrases) wordsOfPhrase(phrase);
  learnedLists.add(phrases);
}

/** The ASCII words some phrase looks up: a {@link WordIndex} records only these. */
const vocabulary = new Set<string>();
/** Grows with {@link vocabulary}: an index built before a word was learned is rebuilt. */
let vocabularyVersion = 0;
/**
 * For each (first, last) character of a vocabulary word, a bit per length (31 for 31 and
 * longer): most words of a text are passed over by one array read, without a substring.
 */
const SHAPES = new Int32Array(128 * 128);

function shapeBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * The vocabulary words of at most four characters ("the", "of", "rsf"), by
 * {@link shortKey}: the common ones stand everywhere in a text, and are found without
 * taking a substring and hashing it.
 */
const SHORT_WORDS = new Map<number, string>();

/** `s[start, end)` (ASCII, at most four characters) as one number, distinct for each string. */
function shortKey(s: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 128 + s.charCodeAt(i);
  return key;
}

function learn(words: readonly string[]): void {
  for (const w of words) {
    if (vocabulary.has(w)) continue;
    vocabulary.add(w);
    if (w.length <= 4) SHORT_WORDS.set(shortKey(w, 0, w.length), w);
    SHAPES[w.charCodeAt(0) * 128 + w.charCodeAt(w.length - 1)]! |= shapeBit(w.length);
    vocabularyVersion++;
  }
}

/**
 * Whether `phrase` can occur in a text whose lower-cased form is `lower`: each of its
 * plain words (no apostrophe or dash, which the patterns widen) must be in it, as a whole
 * word when it is ASCII letters and digits (the patterns match whole words only, and
 * inside a phrase a word is bounded by white space, a comma before `*`, or the pattern's
 * edges), else as a substring. A cheap test before the pattern, which scans the whole
 * text: the whole words are looked up in the text's {@link WordIndex}.
 */
export function mayOccur(lower: string, phrase: string): boolean {
  const words = wordsOfPhrase(phrase);
  if (words.whole.length > 0) {
    const index = wordIndex(lower);
    if (index.longS) { if (!words.whole.every((w) => lower.includes(w))) return false; }
    else if (!words.whole.every((w) => index.at.has(w))) return false;
  }
  return words.inside.every((w) => lower.includes(w));
}

/**
 * Where each whole word of ASCII letters and digits that some phrase looks up (the
 * {@link vocabulary}) starts in a lower-cased text (a whole word: a maximal run of
 * letters and digits, the patterns' notion of a word boundary).
 * One pass over the text answers the prefilter of every phrase and gives the only offsets
 * at which a phrase with a lead word can match.
 */
interface WordIndex {
  readonly lower: string;
  /** The {@link vocabularyVersion} it was built with. */
  readonly version: number;
  readonly at: ReadonlyMap<string, readonly number[]>;
  /**
   * The text has a long s (`ſ`): the case-insensitive patterns that run on the original
   * text ({@link matchPhrase} when lower-casing moved offsets, {@link hasAnyWord}) match
   * it to `s` and lower-casing keeps it, so the prefilter searches substrings instead.
   * (The Kelvin sign, the only other non-ASCII letter that folds to an ASCII one,
   * lower-cases to `k`.)
   */
  readonly longS: boolean;
}

/** Whether each BMP character is a letter or digit: 0 not asked yet, 1 yes, 2 no. */
const WORD_CHARS = new Uint8Array(0x10000);

/** Whether the code point at `i` (a non-ASCII code unit) is a letter or digit. */
function isWordCodePoint(s: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
  let known = WORD_CHARS[c]!;
  if (known === 0) WORD_CHARS[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function vocabularyWord(w: string): string | undefined {
  return vocabulary.has(w) ? w : undefined;
}

function buildIndex(lower: string): WordIndex {
  const at = new Map<string, number[]>();
  const n = lower.length;
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordCodePoint(lower, i, c)) {
      if (start < 0) start = i;
      if (c >= 128) {
        ascii = false;
        if (c >= 0xd800 && c <= 0xdbff) i++; // the low half of the pair belongs to this letter
      }
      continue;
    }
    if (start >= 0 && ascii && (SHAPES[lower.charCodeAt(start) * 128 + lower.charCodeAt(i - 1)]! & shapeBit(i - start)) !== 0) {
      const w = i - start <= 4 ? SHORT_WORDS.get(shortKey(lower, start, i)) : vocabularyWord(lower.slice(start, i));
      if (w !== undefined) {
        const list = at.get(w);
        if (list === undefined) at.set(w, [start]);
        else list.push(start);
      }
    }
    start = -1;
    ascii = true;
  }
  return { lower, version: vocabularyVersion, at, longS: lower.includes('ſ') };
}

/** The indexes of the last two texts asked about (a document, and a sentence of it). */
const indexes: WordIndex[] = [];

/**
 * The {@link WordIndex} of `lower`, remembered: callers ask about one document many times,
 * between questions about its sentences. The least recently used index goes first, so
 * the document's survives its sentences (dropping the oldest-built one instead rebuilt the
 * document's index after every sentence: quadratic on long documents).
 */
function wordIndex(lower: string): WordIndex {
  const known = indexes.findIndex((x) => x.lower === lower);
  if (known >= 0) {
    const index = indexes[known]!;
    indexes.splice(known, 1);
    if (index.version === vocabularyVersion) {
      indexes.push(index);
      return index;
    }
  }
  const index = buildIndex(lower);
  if (indexes.length >= 2) indexes.shift();
  indexes.push(index);
  return index;
}

/** Case-sensitive patterns for the lower-cased text, by gap and phrase: sticky when the phrase has a lead word. */
const lowerCompiled = new Map<number, Map<string, RegExp>>();

/**
 * The matches of `phrase` in `text`, left to right, not overlapping (those of
 * `text.matchAll(phrasePattern(phrase, gap))`), read from `lower`, its lower-cased form:
 * - none without a scan when one of its words is missing ({@link mayOccur});
 * - when lower-casing moved offsets, the case-insensitive pattern over `text`;
 * - else a case-sensitive pattern over `lower`, tried only where the phrase's lead word
 *   stands (the text's {@link WordIndex}), or scanning when the phrase has none. Every
 *   match starts with the lead word as a whole word, so trying each of its places from
 *   the end of the last match finds the same matches as scanning.
 */
export function matchPhrase(text: string, lower: string, phrase: string, gap: number): Iterable<RegExpExecArray> {
  if (!mayOccur(lower, phrase)) return [];
  if (lower.length !== text.length) return text.matchAll(phrasePattern(phrase, gap));
  let byPhrase = lowerCompiled.get(gap);
  if (byPhrase === undefined) lowerCompiled.set(gap, (byPhrase = new Map()));
  let re = byPhrase.get(phrase);
  const { lead, second } = wordsOfPhrase(phrase);
  if (re === undefined) {
    re = new RegExp(phrasePattern(phrase.toLowerCase(), gap).source, lead === null ? 'gu' : 'uy');
    byPhrase.set(phrase, re);
  }
  if (lead === null) return lower.matchAll(re);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of wordIndex(lower).at.get(lead) ?? []) {
    if (at < from || (second !== null && !followedBy(lower, at + lead.length, second))) continue;
    re.lastIndex = at;
    const m = re.exec(lower);
    if (m === null) continue;
    out.push(m);
    from = at + m[0].length;
  }
  return out;
}

/** Whether the code unit `c` is white space, as `\s` of a regular expression. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Whether `s` has white space at `i` and then `word` (what `\s+word` needs there). */
function followedBy(s: string, i: number, word: string): boolean {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j > i && s.startsWith(word, j);
}

/**
 * Whether `text` contains any of `words` as whole words (case-insensitive). A one-word
 * phrase that {@link mayOccur} passes needs no pattern when lower-casing kept every offset
 * and the text has no long s: the text's {@link WordIndex} then holds the word exactly where
 * the pattern would match it (a maximal run of letters and digits equal to it, in any case;
 * the only other character that folds to an ASCII letter, the Kelvin sign, lower-cases to it).
 */
export function hasAnyWord(text: string, words: readonly string[]): boolean {
  const lower = lowerOf(text);
  const indexed = lower.length === text.length;
  return words.some((w) => mayOccur(lower, w) && ((indexed && wordsOfPhrase(w).oneWord && !wordIndex(lower).longS) || phrasePattern(w, 0).test(text)));
}

/** Whether the code unit `c` is an ASCII character that is no letter or digit (a word boundary whatever stands beside it). */
function asciiNonWord(c: number): boolean {
  return c < 128 && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90));
}

/** Whether no run of letters and digits crosses offset `at` of `text` (sure only beside an ASCII non-word character). */
function wordEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || asciiNonWord(text.charCodeAt(at - 1)) || asciiNonWord(text.charCodeAt(at));
}

/**
 * {@link hasAnyWord} of `text.slice(start, end)` (a sentence of a document), answered for
 * its one-word phrases from the document's own {@link WordIndex}, which the callers have
 * already built, instead of lower-casing and indexing the sentence: when lower-casing kept
 * every offset, the text has no long s and no word crosses the sentence's edges, a word of
 * the sentence is a word of the document that starts inside it. Otherwise, and for other
 * phrases, the sentence is searched as {@link hasAnyWord} does.
 */
export function hasAnyWordWithin(text: string, start: number, end: number, words: readonly string[]): boolean {
  // learn first: a new word makes the index stale, and wordIndex below rebuilds it then
  learnPhrases(words);
  const lower = lowerOf(text);
  let sentence: string | null = null;
  const slice = (): string => (sentence ??= text.slice(start, end));
  if (lower.length !== text.length || !wordEdge(text, start) || !wordEdge(text, end)) return hasAnyWord(slice(), words);
  const index = wordIndex(lower);
  if (index.longS) return hasAnyWord(slice(), words);
  return words.some((w) => {
    const phrase = wordsOfPhrase(w);
    if (!phrase.oneWord) return hasAnyWord(slice(), [w]);
    const at = index.at.get(phrase.whole[0]!);
    return at !== undefined && at.some((p) => p >= start && p < end);
  });
}

/** What ends a clause inside a sentence: a comma, semicolon, colon, dash or bracket. */
const CLAUSE_END = /[,;:()\u2013\u2014]/;

/**
 * The clause of `text` around `start`..`end` inside the sentence `from`..`to`: from the
 * last comma, semicolon, colon, dash or bracket before `start` to the first after `end`
 * ("The truce between A and B, which took effect …": "The truce between A and B").
 */
export function clauseAround(text: string, start: number, end: number, from: number, to: number): { start: number; end: number } {
  let a = start;
  while (a > from && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < to && !CLAUSE_END.test(text[b]!)) b++;
  return { start: a, end: b };
}

/**
 * Whether a phrase at `start`..`end` is about something else: a word of `exclude` stands in
 * its own clause, or in its sentence `from`..`to` with no word of `own` in its own clause ("the
 * 60-day truce between Israel and Hezbollah, … while Hamas …" and "The Gaza deal followed a 60-day
 * ceasefire between Israel and Hezbollah" are Lebanon's truce; "the 60-day truce Hamas accepted,
 * unlike Hezbollah's" is Gaza's).
 */
export function aboutOther(text: string, start: number, end: number, from: number, to: number, exclude: readonly string[] | undefined, own: readonly string[]): boolean {
  if (!exclude || exclude.length === 0 || !hasAnyWordWithin(text, from, to, exclude)) return false;
  const c = clauseAround(text, start, end, from, to);
  const clause = text.slice(c.start, c.end);
  // "The Gaza deal also followed a 60-day ceasefire between Israel and Hezbollah": the excluded word in the phrase's own clause wins
  return hasAnyWord(clause, exclude) || !hasAnyWord(clause, own);
}
