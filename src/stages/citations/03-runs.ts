/**
 * @module stages/citations/03-runs — pass 3: phrases grouped into source lists.
 *
 * Neighbouring phrases form one run when only a separator and count markers lie between
 * them: `|`, `/`, `+`, `,`, `;`, `&`, `and`, `or`, and chips such as `+9`, `(+11)`,
 * `[+6]`, `(16)` or an opening `[+1 ` ("SUCH TV [+1 Anadolu Ajansi]"). Phrases whose
 * joined text is one registry name are merged first ("Stars and Stripes", "RFE/RL").
 * A run never crosses a line break and ends after a possessive ("CNN's").
 */
import type { Phrase } from './01-names.js';
import type { Resolution, Resolver } from './02-resolve.js';
import type { SourceRegistry } from './registry.js';

/** A count chip pasted beside a source: "+9", "(+11)", "[+6]", "(16)". */
export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** True for a bare number in brackets ("(16)"), which counts only inside a list. */
  readonly bare: boolean;
}

/** One name of a run. */
export interface RunItem {
  readonly phrase: Phrase;
  readonly res: Resolution;
}

/** Names that follow one another as a list, with the markers between and after them. */
export interface Run {
  readonly items: readonly RunItem[];
  /** Start of the first phrase (qualifiers included). */
  readonly start: number;
  /** End of the last phrase, its markers and a closing `]` of a nested chip. */
  readonly end: number;
  /** True when `|`, `/`, `+` or brackets separate the names (a pasted list, not prose). */
  readonly enclosed: boolean;
  readonly markers: readonly Marker[];
}

/** A count chip anywhere (exported for tests: each alternative holds an ASCII digit). */
export const MARKER_RE = /\(\s?\+\s?(\d{1,3})\s?\)|\[\s?\+\s?(\d{1,3})\s?\]|\+\s?(\d{1,3})(?![\d\p{L}])|\((\d{1,3})\)|\[(\d{1,3})\]/gu;
const SEPARATOR = /^(?:\||\/|\+|,|;|&|and|or|,and|,or|\[|\]|\]\||\]\/|\]\+|\],|\|\[)$/;
const ENCLOSING = /[|/+[\]]/;
const TRAILING_MARKERS = /^(?:\s?(?:\(\s?\+\s?\d{1,3}\s?\)|\[\s?\+\s?\d{1,3}\s?\]|\+\s?\d{1,3}(?![\d\p{L}])|\(\d{1,3}\)|\[\d{1,3}\]))+/u;
const MERGE_GAP = /^(?: (?:and|on the|the|to|for|in the|on) | ?[&/] ?|-)$/;
const MAX_GAP = 16;

/** True when `s` holds an ASCII digit (`\d` of a `u` pattern). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function markersIn(gap: string, offset: number): Marker[] {
  const out: Marker[] = [];
  // Every chip has a digit; most gaps (" ", ", ", " and ") have none, and then the scan is skipped.
  if (!hasDigit(gap)) return out;
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(gap); m !== null; m = MARKER_RE.exec(gap)) {
    const digits = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, count: Number(digits), bare: m[4] !== undefined || m[5] !== undefined });
  }
  return out;
}

/** Joins neighbours whose combined text is one registry name ("Stars and Stripes"). */
function mergeRegistryNames(text: string, phrases: readonly Phrase[], registry: SourceRegistry): Phrase[] {
  const out: Phrase[] = [];
  for (const p of phrases) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.entry === null && p.entry === null && !prev.possessive && MERGE_GAP.test(text.slice(prev.end, p.start))) {
      const joined = text.slice(prev.start, p.end);
      const entry = registry.lookup(joined);
      if (entry !== undefined) {
        out[out.length - 1] = { start: prev.start, end: p.end, words: [...prev.words, ...p.words], possessive: p.possessive, entry };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** No markers (shared: most gaps have none). */
const NO_MARKERS: readonly Marker[] = Object.freeze([]);

/** Whether the code unit opens a count chip: `(`, `[` or `+`. */
function opensChip(c: number): boolean {
  return c === 40 || c === 91 || c === 43;
}

/** The run of `items` with the markers after its last name (a cheap test before the pattern: a chip opens at once or after one space). */
function finishRun(text: string, items: RunItem[], markers: Marker[], enclosed: boolean, open: boolean): Run {
  let end = items[items.length - 1]!.phrase.end;
  const tail = opensChip(text.charCodeAt(end)) || opensChip(text.charCodeAt(end + 1)) ? TRAILING_MARKERS.exec(text.slice(end, end + 24)) : null;
  if (tail !== null) {
    markers.push(...markersIn(tail[0], end));
    end += tail[0].length;
  }
  if (open) {
    const bracket = /^\s?\]/.exec(text.slice(end, end + 2));
    if (bracket !== null) end += bracket[0].length;
  }
  return { items, start: items[0]!.phrase.start, end, enclosed, markers };
}

/**
 * What joins two names of a run, from the gap between them (`text[from, to)`): its count
 * chips and what remains once they, a trailing `the` and white space are dropped; null
 * when the gap is not a separator.
 */
function joinOf(text: string, from: number, to: number): { readonly found: readonly Marker[]; readonly rest: string } | null {
  const gap = text.slice(from, to);
  if (gap.includes('\n')) return null;
  const found = hasDigit(gap) ? markersIn(gap, from) : NO_MARKERS;
  let rest = gap;
  for (let k = found.length - 1; k >= 0; k--) rest = rest.slice(0, found[k]!.start - from) + rest.slice(found[k]!.end - from);
  rest = rest.replace(/\s+(?:the|The)\s*$/, '').replace(/\s+/g, '');
  if (rest === '' ? found.length === 0 : !SEPARATOR.test(rest)) return null;
  return { found, rest };
}

/** Groups `phrases` (in text order) into runs, resolving each phrase once. */
export function buildRuns(text: string, phrases: readonly Phrase[], resolver: Resolver, registry: SourceRegistry): Run[] {
  const merged = mergeRegistryNames(text, phrases, registry);
  const runs: Run[] = [];
  let items: RunItem[] = [];
  let markers: Marker[] = [];
  let enclosed = false;
  let open = false;
  for (const phrase of merged) {
    const prev = items[items.length - 1];
    if (prev !== undefined) {
      // the gap's length first: most neighbours are far apart, and their gap is never read
      const join = !prev.phrase.possessive && phrase.start - prev.phrase.end <= MAX_GAP ? joinOf(text, prev.phrase.end, phrase.start) : null;
      if (join !== null) {
        if (join.found.length > 0) markers.push(...join.found);
        if (ENCLOSING.test(join.rest) || join.found.length > 0) enclosed = true;
        if (join.rest.includes('[')) open = true;
        if (join.rest.includes(']')) open = false;
      } else {
        runs.push(finishRun(text, items, markers, enclosed, open));
        items = [];
        markers = [];
        enclosed = false;
        open = false;
      }
    }
    items.push({ phrase, res: resolver.resolve(phrase) });
  }
  if (items.length > 0) runs.push(finishRun(text, items, markers, enclosed, open));
  return runs;
}
