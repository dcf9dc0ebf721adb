/**
 * @module stages/events/view — one document as the events passes read it.
 *
 * Tokens as parallel arrays (offsets, lower-case words, kinds), the sentence of every
 * token, the linked mention covering a token, the resolved time expressions, quotes and
 * citations with token positions, and the publication date. Built once per document that
 * has a trigger word; the pattern matcher and the condition tests of the lexicon run on it.
 */
import { countryNamed, countryOfDemonym, worldPlaces } from '../../kb/places.js';
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { Published } from '../../pipeline/document.js';
import { standsForGovernment, type MentionValue } from '../entities/link/index.js';
import type { QuoteValue } from '../quotes/index.js';
import type { ResolvedTime } from '../time/index.js';
import { inSet, type Condition, type EventLexicon, type MentionKind, type Pattern, type WordSet } from './lexicon.js';
import { SpanIndex, firstWhere } from '../../util/span-index.js';
import { numberingCurrent, numberingGeneration, wordIds, wordOf, WordTable } from './words.js';
import { boundedMemo } from '../../util/memo.js';

/** A sentence with its token range (inclusive). */
export interface SentenceRange extends Span {
  readonly first: number;
  readonly last: number;
  /** Paragraph index, or -1 when unknown. */
  readonly paragraph: number;
}

/** A resolved time expression with its tokens. */
export interface TimeAt {
  readonly ann: Annotation<ResolvedTime>;
  readonly first: number;
  readonly last: number;
  /** The unanchored expression's tense, from the timex layer, when known. */
  readonly op: string | null;
  /** Its TIMEX3 mod from the timex layer (`BEFORE` for "before Ramadan"), when it has one. */
  readonly mod: string | null;
}

/** The parts of a `citation` annotation this stage reads (the citations stage may be absent). */
export interface CitationLike {
  readonly name: string;
  readonly kind: string;
}

/** What the stage hands the view. */
export interface ViewInput {
  readonly text: string;
  readonly tokens: readonly { readonly start: number; readonly end: number; readonly text: string; readonly value: { readonly kind: string } }[];
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly mentions: readonly Annotation<MentionValue>[];
  /**
   * The link stage's `reference` layer: demonyms standing for a country the article may never
   * name ("Qatari" of "Egyptian and Qatari mediators"), valued like a mention of that country.
   */
  readonly references?: readonly Annotation<MentionValue>[];
  readonly times: readonly Annotation<ResolvedTime>[];
  readonly timexes: readonly Annotation<{ readonly value: { readonly op: string; readonly mod?: string } }>[];
  readonly quotes: readonly Annotation<QuoteValue>[];
  readonly citations: readonly Annotation<CitationLike>[];
  /** Leading titles of person names ("President" in "President Joe Biden"; the ner stage's `title` layer). */
  readonly titles?: readonly Annotation<{ readonly personStart: number }>[];
  readonly published: Published | null;
  /** The word numbers of `tokens` (`wordIds`), when the caller already took them. */
  readonly ids?: Int32Array;
}

let capitals: Set<string> | null = null;

/**
 * The folded name of the country a (lower-case) word is the English demonym of ("israeli" →
 * "israel"); of the last listed when several share it, as this view always took.
 */
function demonymCountry(word: string | undefined): string | undefined {
  const country = word === undefined ? undefined : countryOfDemonym(word, { shared: 'last' });
  return country && fold(country.name);
}

/** The folded country name a word is the demonym of, by word number. */
const demonymTable = new WordTable<string | undefined>(demonymCountry);

/**
 * Folds a name for comparison: no accents, lower case, single spaces (kept by name: the same
 * few mention names recur in every document).
 */
export const fold: (s: string) => string = boundedMemo(10_000, (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim());

/** A match of a pattern: its last token and its head token. */
export interface Match {
  readonly last: number;
  readonly head: number;
}

/** Fills the offsets, words and kinds of `toks` (the parts of the view the constructor reads token by token). */
function readTokens(toks: ViewInput['tokens'], ids: Int32Array, starts: Int32Array, ends: Int32Array, words: string[], kinds: string[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    starts[i] = t.start;
    ends[i] = t.end;
    words[i] = wordOf(ids[i]!);
    kinds[i] = t.value.kind;
  }
}

/** The sentences with their token ranges and paragraphs; fills `sentenceOf`. */
function sentenceRanges(view: EventView, input: readonly Span[], paragraphs: readonly Span[], sentenceOf: Int32Array): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let p = 0;
  for (const s of input) {
    const first = view.tokenAtOrAfter(s.start);
    let last = first - 1;
    while (last + 1 < view.n && view.starts[last + 1]! < s.end) last++;
    while (p < paragraphs.length && paragraphs[p]!.end <= s.start) p++;
    const para = p < paragraphs.length && paragraphs[p]!.start <= s.start ? p : -1;
    const idx = sentences.length;
    sentences.push({ start: s.start, end: s.end, first, last, paragraph: para });
    for (let k = first; k <= last; k++) sentenceOf[k] = idx;
  }
  return sentences;
}

/** The first mention covering each token, or null. */
function mentionCover(view: EventView, mentions: readonly Annotation<MentionValue>[]): (Annotation<MentionValue> | null)[] {
  const mentionAt: (Annotation<MentionValue> | null)[] = new Array(view.n).fill(null);
  for (const m of mentions) {
    for (let k = view.tokenAtOrAfter(m.start); k < view.n && view.starts[k]! < m.end; k++) mentionAt[k] ??= m;
  }
  return mentionAt;
}

/** The time expressions with their tokens and their timex's tense. */
function timesAt(view: EventView, times: readonly Annotation<ResolvedTime>[], timexes: ViewInput['timexes']): TimeAt[] {
  const ops = new Map<number, string>();
  const mods = new Map<number, string>();
  for (const t of timexes) {
    ops.set(t.start, t.value.value.op);
    if (t.value.value.mod !== undefined) mods.set(t.start, t.value.value.mod);
  }
  return times.map((ann) => {
    const first = view.tokenAtOrAfter(ann.start);
    let last = first;
    while (last + 1 < view.n && view.starts[last + 1]! < ann.end) last++;
    return { ann, first, last, op: ops.get(ann.start) ?? null, mod: mods.get(ann.start) ?? null };
  });
}

/** First token of each leading title → first token of the name it titles. */
function titleTargets(view: EventView, titles: NonNullable<ViewInput['titles']>, titleTo: Map<number, number>): void {
  for (const t of titles) titleTo.set(view.tokenAtOrAfter(t.start), view.tokenAtOrAfter(t.value.personStart));
}

/** The document view. */
export class EventView {
  readonly text: string;
  readonly n: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: readonly string[];
  /** The word number of each token (`words.ts`), valid while the numbering's generation is `generation`. */
  readonly ids: Int32Array;
  private readonly generation: number;
  readonly kinds: readonly string[];
  readonly sentences: readonly SentenceRange[];
  /** Sentence index of each token, -1 outside sentences (the dateline). */
  readonly sentenceOf: Int32Array;
  /** The linked mention covering each token, or null. */
  readonly mentionAt: readonly (Annotation<MentionValue> | null)[];
  readonly mentions: readonly Annotation<MentionValue>[];
  /** Demonym references to countries (`ViewInput.references`). */
  readonly references: readonly Annotation<MentionValue>[];
  readonly times: readonly TimeAt[];
  /** 1 for tokens inside a time expression ("May" the month is no modal). */
  readonly inTime: Uint8Array;
  readonly quotes: readonly Annotation<QuoteValue>[];
  readonly citations: readonly Annotation<CitationLike>[];
  readonly published: Published | null;
  private quotesBySentence: Annotation<QuoteValue>[][] | null = null;
  private citationsBySentence: Annotation<CitationLike>[][] | null = null;
  /** Per word set: words of the set counted so far, and the next token to look at. */
  private readonly docCounts = new Map<WordSet, { count: number; next: number }>();
  /** The head token of the last successful `matchFrom` path, or -1 (a field, so the search needs no closure). */
  private matchHead = -1;
  private countryKeys: Map<string, string> | null = null;
  /** Start offset of each demonym reference → its key. */
  private referenceAt: Map<number, string> | null = null;
  private mentionIndex: SpanIndex<Annotation<MentionValue>> | null = null;
  private timeIndex: SpanIndex<TimeAt> | null = null;
  /** The first token of each time expression, when they ascend (`timesStartingIn`). */
  private timeFirsts: Int32Array | null = null;
  private timeTokenIndex: SpanIndex<TimeAt> | null = null;
  private quoteIndex: SpanIndex<Annotation<QuoteValue>> | null = null;
  private citationIndex: SpanIndex<Annotation<CitationLike>> | null = null;
  private paragraphFirst: Map<number, SentenceRange> | null = null;
  /** First token of each leading title → first token of the name it titles. */
  private readonly titleTo = new Map<number, number>();

  constructor(input: ViewInput) {
    this.text = input.text;
    const toks = input.tokens;
    this.n = toks.length;
    this.starts = new Int32Array(this.n);
    this.ends = new Int32Array(this.n);
    this.ids = input.ids ?? wordIds(toks);
    this.generation = numberingCurrent();
    const words: string[] = new Array(this.n);
    const kinds: string[] = new Array(this.n);
    readTokens(toks, this.ids, this.starts, this.ends, words, kinds);
    this.words = words;
    this.kinds = kinds;
    this.sentenceOf = new Int32Array(this.n).fill(-1);
    // the constructor's parts are functions of their own: one big constructor was recompiled after
    // every document whose layers had a new shape, at a long optimizing compile each time
    this.sentences = sentenceRanges(this, input.sentences, input.paragraphs, this.sentenceOf);
    this.mentionAt = mentionCover(this, input.mentions);
    this.mentions = input.mentions;
    this.references = input.references ?? [];
    this.times = timesAt(this, input.times, input.timexes);
    this.inTime = new Uint8Array(this.n);
    for (const t of this.times) for (let k = t.first; k <= t.last; k++) this.inTime[k] = 1;
    this.quotes = input.quotes;
    this.citations = input.citations;
    this.published = input.published;
    if (input.titles) titleTargets(this, input.titles, this.titleTo);
  }

  /**
   * The first token of the name that a leading title at token `i` belongs to ("President
   * Joe Biden" → "Joe"), also when up to two demonyms or lower-case modifiers come first
   * ("Egyptian intelligence chief Abbas Kamel"); `i` itself when no title starts there.
   */
  afterTitle(i: number): number {
    for (let k = i; k < Math.min(this.n, i + 3); k++) {
      const to = this.titleTo.get(k);
      if (to !== undefined) return to > k ? to : i;
      const w = this.words[k]!;
      if (!this.isDemonym(k) && (this.kinds[k] !== 'word' || w !== this.text.slice(this.starts[k]!, this.ends[k]!))) return i;
    }
    return i;
  }

  /** Indices `[lo, hi]` of the sentences that overlap `[start, end)` (hi < lo: none). */
  private sentencesOverlapping(start: number, end: number): [number, number] {
    const ss = this.sentences;
    const lo = firstWhere(ss.length, (i) => ss[i]!.end > start);
    let last = lo - 1;
    while (last + 1 < ss.length && ss[last + 1]!.start < end) last++;
    return [lo, last];
  }

  /**
   * The quotes whose content, cue or speaker overlaps sentence `si`, in document order:
   * what a trigger in that sentence can be attributed to (a long document has thousands
   * of quotes; scanning them all per event was quadratic).
   */
  quotesIn(si: number): readonly Annotation<QuoteValue>[] {
    if (this.quotesBySentence === null) {
      const by: Annotation<QuoteValue>[][] = this.sentences.map(() => []);
      for (const q of this.quotes) {
        const spans = [q, q.value.cueSpan, q.value.speakerSpan].filter((x): x is Span => x !== null);
        const start = Math.min(...spans.map((x) => x.start));
        const end = Math.max(...spans.map((x) => x.end));
        const [lo, hi] = this.sentencesOverlapping(start, end);
        for (let k = lo; k <= hi; k++) by[k]!.push(q);
      }
      this.quotesBySentence = by;
    }
    return this.quotesBySentence[si] ?? [];
  }

  /** The citations that overlap sentence `si`, in document order. */
  citationsIn(si: number): readonly Annotation<CitationLike>[] {
    if (this.citationsBySentence === null) {
      const by: Annotation<CitationLike>[][] = this.sentences.map(() => []);
      for (const c of this.citations) {
        const [lo, hi] = this.sentencesOverlapping(c.start, c.end);
        for (let k = lo; k <= hi; k++) by[k]!.push(c);
      }
      this.citationsBySentence = by;
    }
    return this.citationsBySentence[si] ?? [];
  }

  /** The linked mentions that overlap `[start, end)`, in document order. */
  mentionsOverlapping(start: number, end: number): readonly Annotation<MentionValue>[] {
    this.mentionIndex ??= new SpanIndex(this.mentions, (m) => m);
    return this.mentionIndex.overlapping(start, end);
  }

  /** The time expressions whose text overlaps `[start, end)`, in document order. */
  timesOverlapping(start: number, end: number): readonly TimeAt[] {
    this.timeIndex ??= new SpanIndex(this.times, (t) => t.ann);
    return this.timeIndex.overlapping(start, end);
  }

  /** The time expressions whose first token is in `[first, last]`, in document order. */
  timesStartingIn(first: number, last: number): readonly TimeAt[] {
    if (this.timeFirsts === null) {
      // the time layer is in text order, so its first tokens ascend; a list that does not is searched by an index
      const firsts = Int32Array.from(this.times, (t) => t.first);
      let ascending = true;
      for (let i = 1; i < firsts.length && ascending; i++) ascending = firsts[i - 1]! <= firsts[i]!;
      this.timeFirsts = ascending ? firsts : new Int32Array(0);
      if (!ascending) this.timeTokenIndex = new SpanIndex(this.times, (t) => ({ start: t.first, end: t.first }));
    }
    if (this.timeTokenIndex !== null) return this.timeTokenIndex.within(first, last);
    const firsts = this.timeFirsts;
    const lo = firstWhere(firsts.length, (i) => firsts[i]! >= first);
    let hi = lo;
    while (hi < firsts.length && firsts[hi]! <= last) hi++;
    return this.times.slice(lo, hi);
  }

  /** The quotes whose content holds `offset`, in document order. */
  quotesAt(offset: number): readonly Annotation<QuoteValue>[] {
    this.quoteIndex ??= new SpanIndex(this.quotes, (q) => q);
    return this.quoteIndex.overlapping(offset, offset + 1);
  }

  /** The citations that hold `offset`, in document order. */
  citationsAt(offset: number): readonly Annotation<CitationLike>[] {
    this.citationIndex ??= new SpanIndex(this.citations, (c) => c);
    return this.citationIndex.overlapping(offset, offset + 1);
  }

  /** The first sentence of paragraph `para` (-1: the sentences outside paragraphs), or undefined. */
  firstSentenceOf(para: number): SentenceRange | undefined {
    if (this.paragraphFirst === null) {
      this.paragraphFirst = new Map();
      for (const x of this.sentences) if (!this.paragraphFirst.has(x.paragraph)) this.paragraphFirst.set(x.paragraph, x);
    }
    return this.paragraphFirst.get(para);
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAtOrAfter(offset: number): number {
    const ends = this.ends;
    return firstWhere(this.n, (i) => ends[i]! > offset);
  }

  /** Whether the word of token `k` is in `set` (`inSet` of `words[k]`, answered by word number). */
  is(set: WordSet, k: number): boolean {
    const id = this.ids[k];
    if (id === undefined || this.generation !== numberingGeneration) return inSet(set, this.words[k]!);
    // a known answer is read in place, without the two calls `numberingCurrent()` and `has`
    // (the workers run without TurboFan inlining, and this is the stage's most asked question)
    const flags = set.ids;
    if (flags.generation === numberingGeneration && id < flags.bits.length) {
      const b = flags.bits[id]!;
      if (b !== 0) return b === 1;
    }
    return flags.has(id);
  }

  /** The value of `table` for the word of token `k` (0 ≤ k < n). */
  wordValue<V>(table: WordTable<V>, k: number): V {
    if (this.generation !== numberingGeneration) return table.of(this.words[k]!);
    // a computed value is read in place, as in `is`
    const id = this.ids[k]!;
    if (table.generation === numberingGeneration && id < table.known.length && table.known[id] === 1) return table.values[id] as V;
    return table.get(id);
  }

  /** True for tokens that can sit inside a gap: words and numbers. */
  wordy(i: number): boolean {
    const k = this.kinds[i];
    return k === 'word' || k === 'number';
  }

  /**
   * Matches `p` from token `i` without passing token `limit`; gaps take as few words as
   * they can. With `exactLast`, only a match ending on that token counts.
   */
  matchAt(p: Pattern, i: number, limit: number, aux: WordSet | null, exactLast = -1): Match | null {
    // most calls fail on the first word (every pattern anchored nearby is tried): refuse those before searching
    const first = p.elements[0]!;
    this.matchHead = -1;
    let last: number;
    if (first.kind === 'words') {
      if (i > limit || i >= this.n || !this.is(first.set, i)) return null;
      // the first word holds: match the rest from the next token (a head on it is the default below)
      last = this.matchFrom(p, 1, i + 1, limit, aux, exactLast);
    } else last = this.matchFrom(p, 0, i, limit, aux, exactLast);
    return last === -2 ? null : { last, head: this.matchHead < 0 ? i : this.matchHead };
  }

  /**
   * `matchAt(p, i, limit, aux)` for a token `i` found through an anchor index (the lexicon's
   * `anchors` or `cueAnchors`): its word is one of the exact words `p` starts with, so the
   * first word is not tested again. `i` must not pass `limit`.
   */
  matchAnchored(p: Pattern, i: number, limit: number, aux: WordSet | null): Match | null {
    this.matchHead = -1;
    const last = this.matchFrom(p, 1, i + 1, limit, aux, -1);
    return last === -2 ? null : { last, head: this.matchHead < 0 ? i : this.matchHead };
  }

  /** The last token of a match of elements `e…` of `p` starting at token `at`, or -2; backtracks over gap lengths. */
  private matchFrom(p: Pattern, e: number, at: number, limit: number, aux: WordSet | null, exactLast: number): number {
    if (e === p.elements.length) return exactLast < 0 || at - 1 === exactLast ? at - 1 : -2;
    const el = p.elements[e]!;
    if (el.kind === 'gap') {
      for (let k = 0; k <= el.max; k++) {
        if (k > 0) {
          const g = at + k - 1;
          if (g > limit || !this.wordy(g) || (el.aux && (aux === null || !this.is(aux, g)))) break;
        }
        const r = this.matchFrom(p, e + 1, at + k, limit, aux, exactLast);
        if (r !== -2) return r;
      }
      return -2;
    }
    if (at > limit || at >= this.n || !this.is(el.set, at)) return -2;
    const r = this.matchFrom(p, e + 1, at + 1, limit, aux, exactLast);
    if (r !== -2 && e === p.headElement) this.matchHead = at;
    return r;
  }

  /** Whether `p` matches ending exactly on token `last` and starting at or after `from`. */
  matchEndingAt(p: Pattern, last: number, from: number, aux: WordSet | null): boolean {
    for (let s = last; s >= Math.max(from, last - p.maxLength + 1); s--) {
      if (this.matchAt(p, s, last, aux, last)) return true;
    }
    return false;
  }

  /**
   * Whether the document has at least `min` words of `set`. The tokens are counted only as
   * far as needed and the count is kept per set, so a document that names "talks" early
   * costs a few lookups (counting every distinct word of every document cost more than
   * the rest of the trigger pass).
   */
  documentHas(set: WordSet, min: number): boolean {
    let seen = this.docCounts.get(set);
    if (seen === undefined) {
      seen = { count: 0, next: 0 };
      this.docCounts.set(set, seen);
    }
    while (seen.count < min && seen.next < this.n) if (this.is(set, seen.next++)) seen.count++;
    return seen.count >= min;
  }

  /** Whether the mention at token `i` is of `kind` (`actor`: person, organization, group or country). */
  mentionIs(i: number, kind: MentionKind): boolean {
    const m = this.mentionAt[i];
    if (!m) return false;
    if (kind === 'actor') return isActor(m.value);
    return m.value.type === kind;
  }

  /**
   * The cluster keys of the countries a hyphenated pair of demonyms at token `i` names
   * (`Egyptian-Qatari`), when the document mentions both; else none.
   */
  demonymPairKeys(i: number): string[] {
    const w = this.words[i];
    if (w === undefined || !w.includes('-')) return [];
    const keys: string[] = [];
    // the link stage's reading of each part, when it read two ("U.S.-Israeli": the United States and Israel;
    // "U.S." is no demonym word)
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    for (const r of this.references) if (r.start >= start && r.end <= end && !keys.includes(r.value.key)) keys.push(r.value.key);
    if (keys.length >= 2) return keys;
    keys.length = 0;
    for (const part of w.split('-')) {
      const country = demonymCountry(part);
      const key = country === undefined ? null : this.countryKey(country);
      if (key === null) return [];
      keys.push(key);
    }
    return keys.length >= 2 ? keys : [];
  }

  /** The cluster key of the country a demonym adjective at token `i` names, when the document mentions that country. */
  demonymKey(i: number): string | null {
    // the link stage's reading of this very word, when it made one ("Turkish" of "Turkish mediators" → Turkey)
    if (this.references.length > 0 && i >= 0 && i < this.n) {
      if (!this.referenceAt) {
        this.referenceAt = new Map();
        for (const r of this.references) this.referenceAt.set(r.start, r.value.key);
      }
      const key = this.referenceAt.get(this.starts[i]!);
      if (key !== undefined) return key;
    }
    const country = i >= 0 && i < this.n ? this.wordValue(demonymTable, i) : demonymCountry(this.words[i]);
    if (country === undefined) return null;
    return this.countryKey(country);
  }

  /**
   * The cluster key of a country (its folded name) the document mentions as a place, else the
   * key of a demonym reference to it ("Qatari mediators" in an article that never names Qatar),
   * else null.
   */
  private countryKey(country: string): string | null {
    if (!this.countryKeys) {
      this.countryKeys = new Map();
      const keys = this.countryKeys;
      // under its name and under the common name of the country it names: the KB's "Turkey" is
      // the world list's "Türkiye", which "Turkish" is the demonym of
      const add = (m: Annotation<MentionValue>): void => {
        const name = fold(m.value.name);
        if (!keys.has(name)) keys.set(name, m.value.key);
        const world = countryNamed(m.value.name);
        if (world !== undefined && !keys.has(fold(world.name))) keys.set(fold(world.name), m.value.key);
      };
      for (const m of this.mentions) if (m.value.type === 'place') add(m);
      for (const r of this.references) add(r);
    }
    return this.countryKeys.get(country) ?? null;
  }

  private headlineIndex: number | undefined;

  /** The index of the headline sentence (the first sentence, alone in its paragraph, with no final stop, with text after it), or -1. */
  headline(): number {
    if (this.headlineIndex === undefined) {
      const s = this.sentences[0];
      const next = this.sentences[1];
      const last = s === undefined ? '' : this.text.slice(s.start, s.end).trimEnd().at(-1) ?? '';
      this.headlineIndex = s === undefined || next === undefined || s.paragraph < 0 || next.paragraph === s.paragraph || /[.!?:;"”’)]/.test(last) ? -1 : 0;
    }
    return this.headlineIndex;
  }

  /** Whether a place name is a capital city ("Doha", "Cairo"), where talks are held rather than a party to them. */
  isCapital(name: string): boolean {
    if (!capitals) {
      capitals = new Set();
      for (const p of worldPlaces()) if (p.kind === 'capital') capitals.add(fold(p.name));
    }
    return capitals.has(fold(name));
  }

  /** Whether token `i` is a demonym adjective ("Israeli"), mentioned country or not. */
  isDemonym(i: number): boolean {
    return (i >= 0 && i < this.n ? this.wordValue(demonymTable, i) : demonymCountry(this.words[i])) !== undefined;
  }

  /** Tests one lexicon condition around the match `[first, last]` of sentence `s`. */
  /**
   * The opening comma of an aside set off by commas that ends right before token `first` (", brokered
   * by Egypt, Qatar and the United States," or ", which took effect on Jan. 19,"): a comma followed by
   * a participle or a relative pronoun, at most 24 tokens back and not before `floor`; else `first`.
   */
  asideOpening(first: number, floor: number): number {
    if (this.words[first - 1] !== ',') return first;
    for (let k = first - 2; k >= Math.max(floor, first - 24); k--) {
      const w = this.words[k]!;
      if (w === ';' || w === ':' || w === '.') break;
      if (w !== ',') continue;
      const next = this.words[k + 1] ?? '';
      if (ASIDE_OPENERS.has(next) || (next.endsWith('ed') && this.kinds[k + 1] === 'word' && next === this.text.slice(this.starts[k + 1]!, this.ends[k + 1]!))) return k;
    }
    return first;
  }

  holds(c: Condition, s: SentenceRange, first: number, last: number, lex: EventLexicon): boolean {
    if (c.near) {
      const from = c.aside ? this.asideOpening(first, s.first) : first;
      const lo = Math.max(s.first, from - c.before);
      const hi = Math.min(s.last, last + c.after);
      let found = false;
      for (let k = lo; k <= hi && !found; k++) {
        if (k >= from && k < first) continue;
        if (k >= first && k <= last && (c.before > 0 || c.after > 0)) continue;
        if (this.is(c.near, k)) found = true;
      }
      if (!found) return false;
    }
    if (c.sentence) {
      let found = false;
      for (let k = s.first; k <= s.last && !found; k++) if ((k < first || k > last) && this.is(c.sentence, k)) found = true;
      if (!found) return false;
    }
    if (c.document && !this.documentHas(c.document, c.min)) return false;
    // the auxiliaries a pattern's `~` gaps may hold, looked up only for a condition with a pattern (most have none)
    if (c.prev) {
      const aux = lex.sets.get('aux') ?? null;
      // with `aside`, the pattern may also end before an aside set off by commas ("The new contract, ratified by members on Tuesday, | takes effect")
      const opening = c.aside ? this.asideOpening(first, s.first) : first;
      if (!this.matchEndingAt(c.prev, first - 1, s.first, aux) && (opening === first || !this.matchEndingAt(c.prev, opening - 1, s.first, aux))) return false;
    }
    if (c.next && !this.matchAt(c.next, last + 1, s.last, lex.sets.get('aux') ?? null)) return false;
    if (c.mention) {
      const lo = Math.max(s.first, first - c.before);
      const hi = Math.min(s.last, last + c.after);
      let found = false;
      for (let k = lo; k <= hi && !found; k++) if ((k < first || k > last) && this.mentionIs(k, c.mention)) found = true;
      if (!found) return false;
    }
    if (c.demonym !== null) {
      let found = false;
      for (let k = Math.max(s.first, first - c.demonym); k < first && !found; k++) if (this.isDemonym(k) || this.mentionIs(k, 'place')) found = true;
      if (!found) return false;
    }
    return true;
  }
}

/** Words that open an aside set off by commas besides a participle (`asideOpening`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whose', 'led', 'agreed', 'signed', 'brokered', 'mediated', 'reached']);

/**
 * Words that put a gerund in a clause of its own ("before traveling", "after meeting"): a time
 * right before such a gerund is the main verb's (07-dates), and its subject is the main
 * clause's (05-arguments, which also counts `by`: "by releasing hostages").
 */
export const GERUND_LEADS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'since', 'without', 'upon', 'when']);

/**
 * Whether word `k` (after "to") reads as an infinitive of purpose ("met him in Doha on Friday to
 * discuss the negotiations"), not a determiner, a name, a number or a time ("to the talks", "to
 * Cairo"): a time or a place before it is the main verb's (07-dates, 05-arguments).
 */
export function infinitiveAt(view: EventView, lex: EventLexicon, k: number): boolean {
  const w = view.words[k];
  if (w === undefined || view.kinds[k] !== 'word' || w[0] !== w[0]!.toLowerCase() || view.mentionAt[k] !== null || view.inTime[k] === 1) return false;
  const links = lex.sets.get('objectLinks');
  return !(links && view.is(links, k));
}

/** Words in -ed that are no past forms ("need", "heed"; "proceed" and the like end in -ceed). */
const NOT_PAST: ReadonlySet<string> = new Set(['need', 'heed', 'feed', 'seed', 'speed', 'breed', 'bleed', 'shed', 'embed', 'bed', 'red', 'wed']);

/** Whether word `k` is a past form ("called", "met"): a finite verb, not a bare infinitive. */
export function pastForm(view: EventView, lex: EventLexicon, k: number): boolean {
  const w = view.words[k]!;
  const past = lex.sets.get('pastForms');
  return (w.endsWith('ed') && !NOT_PAST.has(w) && !w.endsWith('ceed')) || (past !== undefined && view.is(past, k));
}

/**
 * The index of the visit whose purpose an infinitive trigger states ("is due to travel to
 * Washington on Sunday to meet President Donald Trump": the meeting is the trip's), or talks named
 * after "for" ("will travel to Doha on Monday for further talks"), or -1: the candidate before it
 * in its sentence is a visit, a few words back with no punctuation between.
 */
export function purposeOfVisit(view: EventView, candidates: readonly { readonly type: string; readonly pos: string; readonly sentence: number; readonly first: number; readonly last: number }[], ci: number): number {
  const c = candidates[ci]!;
  const p = candidates[ci - 1];
  if (p === undefined || p.type !== 'visit' || p.sentence !== c.sentence || c.first - p.last > 12) return -1;
  // "will travel to Doha on Monday for further talks": talks named after "for" are the trip's purpose too
  // and "was expected in the region on Tuesday to continue the talks": talks an infinitive there takes up
  const lead = c.pos === 'verb' ? (view.words[c.first - 1] === 'to' ? c.first - 1 : -1) : c.type === 'talks' ? Math.max(forBefore(view, c.first), toVerbBefore(view, c.first)) : -1;
  if (lead < 0 || (c.pos === 'verb' && c.first - p.last > 10)) return -1;
  for (let k = p.last + 1; k < lead; k++) if (view.kinds[k] === 'punct') return -1;
  return ci - 1;
}

/** The "for" a few words before a noun ("for further talks", "for a new round of talks"), or -1. */
function forBefore(view: EventView, first: number): number {
  // (up to six words between: "for a new round of ceasefire talks")
  for (let k = first - 1; k >= Math.max(0, first - 7); k--) {
    if (view.words[k] === 'for') return k;
    if (view.kinds[k] !== 'word') return -1;
  }
  return -1;
}

/** The "to" of an infinitive a few words before a noun ("to continue the talks"; not "to the talks"), or -1. */
function toVerbBefore(view: EventView, first: number): number {
  for (let k = first - 2; k >= Math.max(0, first - 4); k--) {
    if (view.kinds[k] !== 'word' || view.kinds[k + 1] !== 'word') return -1;
    if (view.words[k] === 'to') return TO_PREPOSITION.has(view.words[k + 1]!.toLowerCase()) ? -1 : k;
  }
  return -1;
}

/** Determiners that show a "to" is a preposition ("to the table"), not an infinitive's. */
const TO_PREPOSITION: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'your', 'my', 'all', 'both', 'each', 'some']);

/**
 * The token index of the "to" of an infinitive that a bare verb trigger is joined to by
 * "and"/"or" ("urged both sides to return to the table and reach a fair deal": `reach` is
 * infinitive too), or -1. The trigger is no past or third-person form ("agreed to talk and
 * reached a deal" is the main verb's partner); a comma or other punctuation ends the search.
 */
export function coordinatedInfinitive(view: EventView, lex: EventLexicon, c: { readonly first: number; readonly head: number }, floor: number): number {
  const joiner = view.words[c.first - 1];
  if (joiner !== 'and' && joiner !== 'or') return -1;
  const w = view.words[c.head]!;
  if (pastForm(view, lex, c.head) || (w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('ing')) return -1;
  for (let k = c.first - 2; k >= Math.max(floor, c.first - 10); k--) {
    if (view.kinds[k] === 'punct') return -1;
    if (view.words[k] === 'to' && k + 1 < c.first - 1 && !TO_PREPOSITION.has(view.words[k + 1]!) && infinitiveAt(view, lex, k + 1) && !pastForm(view, lex, k + 1)) return k;
  }
  return -1;
}

/**
 * Whether a noun trigger modifies a proposal or deal noun right after it ("the prisoner exchange
 * proposal", "a hostage release deal"): it names the deal's content, not an event of its own,
 * so it is proposed (04-modality) and dates nothing (07-dates).
 */
export function namesDeal(view: EventView, lex: EventLexicon, c: { readonly pos: string; readonly last: number; readonly sentence: number }): boolean {
  if (c.pos !== 'noun' || c.last + 1 > view.sentences[c.sentence]!.last) return false;
  const frame = lex.sets.get('proposalFrameNoun');
  const deal = lex.sets.get('agreementNoun');
  return (frame !== undefined && view.is(frame, c.last + 1)) || (deal !== undefined && view.is(deal, c.last + 1) && !view.is(deal, c.last));
}

/** A person, organization or group, or a country or capital standing for its government. */
export function isActor(m: MentionValue): boolean {
  // (a KB place is no longer always a country: Goma, North Kivu are places of the KB too)
  return m.type !== 'place' || standsForGovernment(m);
}

/** Whether a value of the ascending list `sorted` lies strictly between `a` and `b` (a binary search: "is another trigger between them?"). */
export function anyBetween(sorted: readonly number[], a: number, b: number): boolean {
  const lo = firstWhere(sorted.length, (i) => sorted[i]! > a);
  return lo < sorted.length && sorted[lo]! < b;
}

/**
 * The last item before position `i` of a list in text order that `keep` accepts, or undefined:
 * "the latest earlier truce", found by walking back instead of filtering the whole list.
 */
export function latestBefore<T>(items: readonly T[], i: number, keep: (item: T) => boolean): T | undefined {
  for (let j = i - 1; j >= 0; j--) if (keep(items[j]!)) return items[j];
  return undefined;
}
