/**
 * @module stages/published/phrases — the small pattern language of data/events.
 *
 * A phrase is words separated by spaces; `*` stands for a few words ("killing of *
 * Haniyeh" matches "killing of Hamas political leader Ismail Haniyeh"; "Gantz * quit"
 * matches "Gantz, a former army chief, quit"). Case does not
 * matter, any run of white space matches a space, an apostrophe matches ' and ’, a hyphen
 * matches any dash, and a phrase matches whole words only.
 */

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

const plainWords = new Map<string, readonly string[]>();

/**
 * Whether `phrase` can occur in a text whose lower-cased form is `lower`: each of its
 * plain words (no apostrophe or dash, which the patterns widen) must be in it. A cheap
 * test before the pattern, which scans the whole text.
 */
export function mayOccur(lower: string, phrase: string): boolean {
  let words = plainWords.get(phrase);
  if (words === undefined) {
    words = phrase.toLowerCase().split(/\s+/).filter((w) => w !== '*' && w !== '' && !/['’\-‐–—]/.test(w));
    plainWords.set(phrase, words);
  }
  return words.every((w) => lower.includes(w));
}

/** The last text lower-cased for {@link hasAnyWord} (callers ask about one document many times). */
let lastText = '';
let lastLower = '';

const lowerCompiled = new Map<string, RegExp>();

/**
 * The matches of `phrase` in `text` (none without a scan when one of its words is missing,
 * {@link mayOccur}), found in `lower` (its lower-cased form) with a
 * case-sensitive pattern when lower-casing kept every offset: a pattern without the `i`
 * flag can search for its first letters directly, which is several times faster.
 */
export function matchPhrase(text: string, lower: string, phrase: string, gap: number): Iterable<RegExpExecArray> {
  if (!mayOccur(lower, phrase)) return [];
  if (lower.length !== text.length) return text.matchAll(phrasePattern(phrase, gap));
  const key = `${gap}\u0000${phrase}`;
  let re = lowerCompiled.get(key);
  if (!re) {
    const insensitive = phrasePattern(phrase.toLowerCase(), gap);
    re = new RegExp(insensitive.source, 'gu');
    lowerCompiled.set(key, re);
  }
  return lower.matchAll(re);
}

/** Whether `text` contains any of `words` as whole words (case-insensitive). */
export function hasAnyWord(text: string, words: readonly string[]): boolean {
  if (text !== lastText) { lastText = text; lastLower = text.toLowerCase(); }
  const lower = lastLower;
  return words.some((w) => mayOccur(lower, w) && phrasePattern(w, 0).test(text));
}
