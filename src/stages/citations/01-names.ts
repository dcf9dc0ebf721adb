/**
 * @module stages/citations/01-names — pass 1: every name-like phrase of the text.
 *
 * A phrase is a run of capitalized words ("Middle East Monitor", "U.S. State Department",
 * "Israel's Channel 12") joined by single spaces, with `of`, `for`, `de`, `al`… between
 * them ("Times of Israel", "Institute for the Study of War") and Arabic particles inside
 * ("Asharq al-Awsat"). Sentence starters ("Meanwhile", "According") are cut from the
 * front and days and months end a phrase ("told CNN Sunday"). Two more passes add what
 * the capital-letter rule misses: registry names written in lower case ("dpa", "ynet",
 * "+972 Magazine") and host names ("reuters.com"); each overrides the phrases it overlaps.
 */
import { LEADING_STOP, NAME_BREAKS } from './lexicon.js';
import type { SourceRegistry } from './registry.js';
import type { SourceEntry } from './types.js';

/** One name-like phrase. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  /** Start offset of each word (the phrase's own words only). */
  readonly words: readonly { readonly start: number; readonly end: number }[];
  /** True when the phrase ended in a possessive ("CNN's"): `end` excludes the `'s`. */
  readonly possessive: boolean;
  /** Set when a special pass already knows the entry (lower-case names, host names). */
  readonly entry: SourceEntry | null;
}

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Capt|Maj|Adm|Cmdr|Brig|Rev|Sheikh?)\.`;
const INITIALS = String.raw`(?:\p{Lu}\.){2,}`;
const CAP = String.raw`\p{Lu}[\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}]+)*`;
const NUM = String.raw`\d[\p{L}\p{N}\-]*`;
const PARTICLE = String.raw`(?:al|el|ad|an|as|ash|at|az|ibn|bin)-\p{L}[\p{L}\-]*`;
/** A middle initial ("Michael R. Bloomberg"): a capital and a dot, another capitalized word after it. */
const INITIAL = String.raw`\p{Lu}\.(?= \p{Lu})`;
const WORD = `(?:${HONORIFIC}|${INITIALS}|${INITIAL}|${CAP}|${NUM})`;
const FIRST = `(?:${HONORIFIC}|${INITIALS}|${INITIAL}|${CAP})`;
const JOIN = String.raw`(?: (?:of|of the|for|for the|de|du|des|la|le|el|al|del|della|di|da|van|von|und|et))?`;
/** One phrase, tried only at a word start (sticky): Unicode classes are slow to search for, quick to test. */
const PHRASE_AT = new RegExp(String.raw`${FIRST}(?:${JOIN} (?:${WORD}|${PARTICLE}))*`, 'uy');
const CAP_ASCII = String.raw`[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*`;
const WORD_ASCII = `(?:${HONORIFIC}|(?:[A-Z]\\.){2,}|[A-Z]\\.(?= [A-Z])|${CAP_ASCII})`;
/** The same for ASCII text, about twice as fast; a phrase that runs into a non-ASCII letter is redone with {@link PHRASE_AT}. */
const PHRASE_AT_ASCII = new RegExp(String.raw`${WORD_ASCII}(?:${JOIN} (?:${WORD_ASCII}|\d[A-Za-z0-9\-]*|(?:al|el|ad|an|as|ash|at|az|ibn|bin)-[A-Za-z][A-Za-z\-]*))*`, 'y');
/**
 * Where a phrase may start: a capital of the Latin, Greek or Cyrillic scripts, or a letter
 * that may be one (checked by {@link PHRASE_AT}). The scan tests {@link isStartCandidate},
 * which the tests hold to this class.
 */
export const START_CANDIDATE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const POSSESSIVE_END = /['’]s?$/u;
/** A cheap test for a host name somewhere in the text, before the full pattern runs. */
const HOST_HINT = /[a-z0-9]\.(?:[a-z]{2,6}|co\.uk)(?![A-Za-z0-9])/;
const HOST_RE = /(?<![A-Za-z0-9@.-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|media|tv|io|int|gov|co\.uk|co\.il|com\.tr|com\.pk|ps|qa|ae|eg|sa|ir|ru|ua|fr|de|es|it|uk|il|in|pk|tr|jo|lb|sy|iq|ye|kw|bh|om|sd|ss|et|ke|ng|za|gh|ma|dz|tn|ly|so|rw|ug|tz|zw|af|africa)(?![A-Za-z0-9-])/g;

/**
 * Length of the phrase starting at `i`, 0 when none does. The sticky patterns are only
 * tested: a match ends where `lastIndex` is left, and no match array is built.
 */
function phraseLengthAt(text: string, i: number): number {
  if (text.charCodeAt(i) < 128) {
    PHRASE_AT_ASCII.lastIndex = i;
    if (!PHRASE_AT_ASCII.test(text)) return 0;
    const end = PHRASE_AT_ASCII.lastIndex;
    const next = text.charCodeAt(end);
    if (!(next >= 0xc0 || (next === 32 && text.charCodeAt(end + 1) >= 0xc0))) return end - i;
  }
  PHRASE_AT.lastIndex = i;
  return PHRASE_AT.test(text) ? PHRASE_AT.lastIndex - i : 0;
}

/**
 * Whether the code unit `c` is in {@link START_CANDIDATE}'s class: A–Z and the Latin,
 * Greek and Cyrillic blocks that hold capitals.
 */
export function isStartCandidate(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90;
  return c <= 0xde || (c >= 0x100 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** True when the character before `i` continues a word (so `i` is not a word start). */
function inWord(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DIGIT.test(text[i - 1]!);
}

/** Word offsets of the phrase `text[start, end)`: its words are separated by single spaces. */
function wordsOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 32) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/** First characters of the {@link NAME_BREAKS} words: a word starting otherwise is none of them. */
const BREAK_FIRST: ReadonlySet<number> = new Set([...NAME_BREAKS].map((w) => w.charCodeAt(0)));

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `w.replace(POSSESSIVE_END, '')` without a regular expression: drops a final `'`, `’`, `'s` or `’s`. */
export function withoutPossessive(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 115 && n >= 2) {
    const q = w.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2);
  }
  return last === 39 || last === 0x2019 ? w.slice(0, n - 1) : w;
}

/** Splits a raw match at name breaks and drops leading stop words; pushes the phrases that remain. */
function pushPhrases(text: string, start: number, end: number, out: Phrase[]): void {
  const ws = wordsOf(text, start, end);
  let first = 0;
  const flush = (from: number, to: number): void => {
    while (from < to && LEADING_STOP.has(text.slice(ws[from]!.start, ws[from]!.end))) from++;
    while (to > from && isLowerAscii(text.charCodeAt(ws[to - 1]!.start)) && !text.slice(ws[to - 1]!.start, ws[to - 1]!.end).includes('-')) to--;
    if (from >= to || (to - from === 1 && text.slice(ws[from]!.start, ws[from]!.end) === 'The')) return;
    const words = ws.slice(from, to);
    const last = words[words.length - 1]!;
    const lastText = text.slice(last.start, last.end);
    const poss = POSSESSIVE_END.exec(lastText);
    const possessive = poss !== null && lastText.length > poss[0].length;
    const phraseEnd = possessive ? last.end - poss[0].length : last.end;
    if (possessive) words[words.length - 1] = { start: last.start, end: phraseEnd };
    out.push({ start: words[0]!.start, end: phraseEnd, words, possessive, entry: null });
  };
  for (let i = 0; i < ws.length; i++) {
    if (!BREAK_FIRST.has(text.charCodeAt(ws[i]!.start))) continue;
    if (NAME_BREAKS.has(withoutPossessive(text.slice(ws[i]!.start, ws[i]!.end)))) {
      flush(first, i);
      first = i + 1;
    }
  }
  flush(first, ws.length);
}

const lowerPatterns = new WeakMap<SourceRegistry, RegExp | null>();

/** One pattern for the registry's lower-case names, longest first (word boundaries are checked after). */
function lowerNamePattern(registry: SourceRegistry): RegExp | null {
  let re = lowerPatterns.get(registry);
  if (re === undefined) {
    re = registry.lowerNames.length === 0 ? null : new RegExp(registry.lowerNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    lowerPatterns.set(registry, re);
  }
  return re;
}

/** True when `text[start, end)` is not part of a longer ASCII word. */
function standsAlone(text: string, start: number, end: number): boolean {
  const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)));
}

/** Every name-like phrase of `text`, in text order, without overlaps. */
export function scanNames(text: string, registry: SourceRegistry): Phrase[] {
  const phrases: Phrase[] = [];
  // the places START_CANDIDATE matches, read by code unit (no match object per capital)
  for (let i = 0; i < text.length; i++) {
    if (!isStartCandidate(text.charCodeAt(i)) || inWord(text, i)) continue;
    const length = phraseLengthAt(text, i);
    if (length === 0) continue;
    pushPhrases(text, i, i + length, phrases);
    i += length - 1;
  }
  const special: Phrase[] = [];
  const lower = lowerNamePattern(registry);
  if (lower !== null) {
    lower.lastIndex = 0;
    for (let m = lower.exec(text); m !== null; m = lower.exec(text)) {
      const end = m.index + m[0].length;
      if (!standsAlone(text, m.index, end)) continue;
      const entry = registry.lookup(m[0]);
      if (entry !== undefined) special.push({ start: m.index, end, words: [{ start: m.index, end }], possessive: false, entry });
    }
  }
  if (HOST_HINT.test(text)) {
    HOST_RE.lastIndex = 0;
    for (let m = HOST_RE.exec(text); m !== null; m = HOST_RE.exec(text)) {
      const entry = registry.lookupDomain(m[0]);
      if (entry !== undefined) special.push({ start: m.index, end: m.index + m[0].length, words: [{ start: m.index, end: m.index + m[0].length }], possessive: false, entry });
    }
  }
  if (special.length === 0) return phrases;
  const kept = phrases.filter((p) => !special.some((s) => s.start < p.end && p.start < s.end));
  return [...kept, ...special].sort((a, b) => a.start - b.start);
}
