/**
 * @module stages/entities/ner/refiners — news-form rules applied to the model's mentions, as data.
 *
 * Each refiner has an id (the provenance `ner/<id>` of what it creates or changes) and
 * the reason it exists; {@link REFINERS} lists them in the order they run, and
 * {@link refine} applies them in turn. Mentions are token ranges over the document's
 * tokens (the whole token layer, dateline included).
 */
import { CORPORATE_SUFFIXES, BODY_NOUNS, BODY_VERBS, BYLINE_ROLES, COMPANY_NOUNS, COMPANY_POSSESSIONS, FIGHTING_WORDS, GROUND_NOUNS, PLACE_APPOSITIVES, PLACE_PREPOSITIONS, POLL_NOUNS, POLL_OPENERS, SETTLEMENT_NOUNS, SHARE_NOUNS, DEMONYM_ADJECTIVES, DETERMINERS, SURNAME_PARTICLES, GROUND_VERBS, GROUP_NAMES, HONORIFICS, LEADING_PARTICLES, NAME_PARTICLES, ORGANIZATION_HEADS, PERSON_MODIFIED, PHOTO_CREDITS, PLACE_HEADS, REGION_NAMES, PLACE_NOUNS, TITLE_JOINERS, TITLE_WORDS, WORKFORCE_NOUNS } from './lexicon.js';
import { normalizeToken } from './word.js';
import { isCommonWord } from '../../../util/common-words.js';
import { US_STATE_ABBREVIATIONS } from '../../sentences/abbreviations.js';
import { givenNameGender } from '../../../util/given-names.js';
import { firstWhere } from '../../../util/span-index.js';
import { HOLIDAYS } from '../../time/lexicon.js';
import type { TokenNumbering } from '../../../util/token-numbering.js';
import { ACRONYM, ARTICLE_JOINED, CAPITAL_WORD, COMPANY_SHAPE, COUNTRY, DEMONYM_PLURAL_SHAPE, GROUP, HONORIFIC, KNOWN, LETTER_FIRST, NAME_WORD, POSSESSIVE, SPEAKER_SHAPE, TITLE, UPPER, WORD_CHAR, WordFactsCache, startsUpper, wordFacts } from './word-facts.js';

/** What a mention is: the export's entity types, plus `misc` (CoNLL MISC, not exported). */
export type MentionType = 'person' | 'organization' | 'place' | 'group' | 'misc';

/** A mention over tokens `[start, end)`. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  /** Its score (0–1); NaN for a tagger's mention whose score is put off (see {@link tagged}). */
  readonly score: number;
  /** Provenance: `ner/perceptron` or the refiner that made or last changed it. */
  readonly source: string;
  /**
   * For a mention from the tagger whose score is worked out only when asked for: the index
   * of the tagger's span (tagger.ts `tagDeferred`) whose score it has. Refiners carry it
   * along as they carry the score.
   */
  readonly tagged?: number;
}

/** A title found right before a person's name: tokens `[start, end)` and the person's tokens. */
export interface TitleFinding {
  readonly start: number;
  readonly end: number;
  readonly person: { readonly start: number; readonly end: number };
}

/** A token as the refiners see it. */
export interface RefineToken {
  readonly start: number;
  readonly end: number;
  /** The text it covers (`text.slice(start, end)` of the document). */
  readonly text: string;
}

/** What the refiners read besides the mentions. */
export interface RefineInput {
  readonly text: string;
  readonly tokens: readonly RefineToken[];
  /** The dateline's span and place (`GAZA CITY, Gaza Strip`), which starts at `start`. */
  readonly dateline: { readonly start: number; readonly end: number; readonly place: string } | null;
  /** Curated names (the knowledge base's) by lower-cased text, with the one type each names. */
  readonly known?: ReadonlyMap<string, MentionType>;
  /**
   * The lower-cased normalized form of token `i` (`normalizeToken(text).toLowerCase()`),
   * when the caller has it at hand (the tagger's word table keeps one per word type);
   * otherwise the refiners work it out.
   */
  readonly lowerOf?: (i: number) => string;
  /**
   * The numbering of {@link tokens} by text (the tagger's word table), when the caller has
   * it: the facts of a token's text (word-facts.ts) are then kept per word type across
   * documents instead of worked out for every token again.
   */
  readonly numbering?: TokenNumbering;
}

/** Collects what refiners report besides mentions. */
export interface RefineLog {
  readonly titles: TitleFinding[];
  /** Human-readable notes for debug output (`photo-credit: dropped "Fatima Shbair"`). */
  readonly notes: string[];
}

/** One rule. */
export interface Refiner {
  readonly id: string;
  readonly reason: string;
  refine(mentions: readonly Mention[], input: RefineInput, log: RefineLog): Mention[];
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * What the refiners ask of a document's tokens, worked out at most once per token per
 * document ({@link refine} makes one per call): the lower-cased normalized form (filled
 * on first use from a cache across documents: most tokens are never asked; unused when
 * the input brings {@link RefineInput.lowerOf}) and the facts of each token's text
 * (word-facts.ts bits: a capital first, a company's shape, a title word …). Whether a
 * token starts with a capital is asked of every token, so {@link UPPER} is there from the
 * start; the rest is filled when first asked ({@link bitsOf}), from a cache per word type
 * when the input brings its numbering.
 */
interface TokenFacts {
  readonly lower: (string | undefined)[];
  /** Per token, its word-facts.ts bits: {@link UPPER} alone until filled ({@link KNOWN} set). */
  readonly bits: Uint16Array;
}

function tokenFacts(tokens: readonly RefineToken[]): TokenFacts {
  const bits = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = startsUpper(tokens[i]!.text) ? UPPER : 0;
  return { lower: new Array<string | undefined>(tokens.length), bits };
}

/**
 * The facts of the input being refined: one entry, compared by identity (cheaper than a
 * map on every token question); {@link refine} drops it when done so no document is kept.
 */
let current: { readonly input: RefineInput; readonly facts: TokenFacts } | null = null;

function facts(input: RefineInput): TokenFacts {
  if (current === null || current.input !== input) current = { input, facts: tokenFacts(input.tokens) };
  return current.facts;
}

/** Facts per word type across documents, for inputs that bring their numbering. */
const wordFactsCache = new WordFactsCache();

/** Every word-facts.ts bit of token `i` (which must exist). */
function bitsOf(input: RefineInput, i: number): number {
  const bits = facts(input).bits;
  let b = bits[i]!;
  if ((b & KNOWN) === 0) {
    const text = input.tokens[i]!.text;
    const numbering = input.numbering;
    b = numbering !== undefined && numbering.types.length === input.tokens.length ? wordFactsCache.of(text, numbering.types[i]!, numbering) : wordFacts(text);
    bits[i] = b;
  }
  return b;
}

/** Whether token `i` (which must exist) has every fact of `mask` (word-facts.ts bits). */
function has(input: RefineInput, i: number, mask: number): boolean {
  return (bitsOf(input, i) & mask) === mask;
}

/** Lower-cased normalized forms of token texts, across documents (the refiners ask for the same few words often). */
const lowered = new Map<string, string>();

function lower(input: RefineInput, i: number): string {
  if (input.lowerOf !== undefined) return input.lowerOf(i);
  const f = facts(input);
  let l = f.lower[i];
  if (l === undefined) {
    const raw = input.tokens[i]!.text;
    l = lowered.get(raw);
    if (l === undefined) {
      if (lowered.size >= 50_000) lowered.clear();
      l = normalizeToken(raw).toLowerCase();
      lowered.set(raw, l);
    }
    f.lower[i] = l;
  }
  return l;
}

function isCapitalized(input: RefineInput, i: number): boolean {
  return i < input.tokens.length && (facts(input).bits[i]! & UPPER) !== 0;
}

function mentionText(input: RefineInput, m: { start: number; end: number }): string {
  return input.text.slice(input.tokens[m.start]!.start, input.tokens[m.end - 1]!.end);
}

/** The one type the curated names (`input.known`) give the words of tokens `[start, end)`, or undefined. */
function curatedType(input: RefineInput, span: { start: number; end: number }): MentionType | undefined {
  // one token covers exactly its own text, whose lower form is at hand
  return span.end - span.start === 1 ? curatedWord(input, span.start) : input.known?.get(normalizeToken(mentionText(input, span)).toLowerCase());
}

/** Mention types by code in {@link CuratedWords} (0: not asked yet, 1: no curated name). */
const CURATED_CODES: readonly (MentionType | undefined)[] = [undefined, undefined, 'person', 'organization', 'place', 'group', 'misc'];

/**
 * One small code per word type of a token numbering (0: not asked yet), kept while the
 * numbering's generation and the curated map stay the same: the answers a refiner asks of
 * every token, once per word type across documents.
 */
class TypeCodes {
  private codes = new Int8Array(0);
  private generation = -1;
  private known: ReadonlyMap<string, MentionType> | null = null;

  /** The code of word type `id` of `numbering` under `known` (0 when not stored yet). */
  get(numbering: TokenNumbering, known: ReadonlyMap<string, MentionType>, id: number): number {
    if (numbering.generation !== this.generation || known !== this.known) {
      this.generation = numbering.generation;
      this.known = known;
      this.codes = new Int8Array(Math.max(1024, numbering.count));
    }
    if (id >= this.codes.length) {
      const grown = new Int8Array(Math.max(numbering.count, id + 1, this.codes.length * 2));
      grown.set(this.codes);
      this.codes = grown;
    }
    return this.codes[id]!;
  }

  /** Stores `code` for word type `id` (after {@link get} sized the table for it). */
  set(id: number, code: number): void {
    this.codes[id] = code;
  }
}

/**
 * The curated type of one word's lower form (`input.known.get(lower)`) per word type, across
 * documents: kept while the numbering's generation and the `known` map are the same.
 */
class CuratedWords {
  private readonly codes = new TypeCodes();

  /** The curated type of token `i` of `input`, whose tokens `numbering` numbers. */
  get(input: RefineInput, known: ReadonlyMap<string, MentionType>, numbering: TokenNumbering, i: number): MentionType | undefined {
    const id = numbering.types[i]!;
    let code = this.codes.get(numbering, known, id);
    if (code === 0) {
      const type = known.get(lower(input, i));
      code = type === undefined ? 1 : CURATED_CODES.indexOf(type);
      // a type outside the list (none today) is asked every time
      if (code < 0) return type;
      this.codes.set(id, code);
    }
    return CURATED_CODES[code];
  }
}

const curatedWords = new CuratedWords();

/** The curated type of token `i`'s lower form (`input.known?.get(lower(input, i))`). */
function curatedWord(input: RefineInput, i: number): MentionType | undefined {
  const { known, numbering } = input;
  if (known === undefined) return undefined;
  if (numbering === undefined || numbering.types.length !== input.tokens.length) return known.get(lower(input, i));
  return curatedWords.get(input, known, numbering, i);
}

function changed(m: Mention, change: Partial<Mention>, id: string): Mention {
  return { ...m, ...change, source: `ner/${id}` };
}

/**
 * How many of `spans` cover each token (`[0, size)`), by a difference array: asking
 * whether a token lies in any span is then one read instead of a scan of all the spans,
 * which made the refiners quadratic on long documents.
 */
function coverCounts(spans: readonly { readonly start: number; readonly end: number }[], size: number): Int32Array {
  let n = size;
  for (const m of spans) if (m.end > n) n = m.end;
  const counts = new Int32Array(n + 1);
  for (const m of spans) {
    if (m.start >= m.end) continue;
    counts[m.start]++;
    counts[m.end]--;
  }
  for (let i = 1; i <= n; i++) counts[i] += counts[i - 1]!;
  return counts;
}

/** Whether token `i` lies in one of the spans counted in `counts` other than `except`. */
function tokenCovered(counts: Int32Array, i: number, except?: { readonly start: number; readonly end: number }): boolean {
  const own = except !== undefined && except.start <= i && i < except.end ? 1 : 0;
  return i >= 0 && i < counts.length && counts[i]! - own > 0;
}

/** Token `i` is punctuation that does not close a bracket opened inside `[start, i)`. */
function strayPunctuation(input: RefineInput, start: number, i: number): boolean {
  if (has(input, i, WORD_CHAR)) return false;
  if (input.tokens[i]!.text !== ')') return true;
  for (let k = start; k < i; k++) if (input.tokens[k]!.text === '(') return false;
  return true;
}

const possessiveOutside: Refiner = {
  id: 'possessive-outside',
  reason: "a possessive 's or ' and stray edge punctuation belong to no name: \"Israel's\" mentions Israel; \"Mladost ( L )\" keeps its bracket",
  refine(mentions, input) {
    const out: Mention[] = [];
    for (const m of mentions) {
      let { start, end } = m;
      while (end > start && (has(input, end - 1, POSSESSIVE) || strayPunctuation(input, start, end - 1))) end--;
      while (start < end && !has(input, start, WORD_CHAR)) start++;
      if (start === end) continue;
      out.push(start === m.start && end === m.end ? m : changed(m, { start, end }, this.id));
    }
    return out;
  },
};

/** End of a name continued through particles after token `end` (exclusive), or `end`. */
function particleEnd(input: RefineInput, end: number, limit: number): number {
  let e = end;
  for (;;) {
    if (e < limit && has(input, e, ARTICLE_JOINED)) {
      e++;
      continue;
    }
    if (e + 1 < limit && NAME_PARTICLES.has(lower(input, e)) && (isCapitalized(input, e + 1) || has(input, e + 1, ARTICLE_JOINED))) {
      e += 2;
      while (e < limit && isCapitalized(input, e) && !NAME_PARTICLES.has(lower(input, e)) && has(input, e, WORD_CHAR)) e++;
      continue;
    }
    return e;
  }
}

/**
 * Where a surname's particles before token `start` begin ("Von der Leyen", "von der Leyen",
 * "de Mistura"), or `start`: a run of {@link SURNAME_PARTICLES} that no mention covers, taken
 * when it is capitalised, holds two particles, or follows a word other than a determiner
 * ("a van Smith drove" keeps its van).
 */
function surnameParticlesStart(input: RefineInput, start: number, counts: () => Int32Array): number {
  let s = start;
  while (s > 0 && start - s < 3 && SURNAME_PARTICLES.has(lower(input, s - 1))) s--;
  if (s === start) return start;
  for (let k = s; k < start; k++) if (tokenCovered(counts(), k)) return start;
  if (isCapitalized(input, s) || start - s >= 2) return s;
  return s > 0 && DETERMINERS.has(lower(input, s - 1)) ? start : s;
}

const nameParticles: Refiner = {
  id: 'name-particles',
  reason: 'Arabic name particles (bin, ibn, Abu, Al, al-) join one name: "Mohammed bin Abdulrahman Al Thani" is one person; a surname keeps its particles ("Von der Leyen", "de Mistura")',
  refine(mentions, input) {
    const persons = mentions.filter((m) => m.type === 'person');
    if (persons.length === 0) return [...mentions];
    const grown = new Map<Mention, Mention>();
    let counts: Int32Array | null = null;
    for (const m of persons) {
      let start = m.start;
      if (start > 0 && LEADING_PARTICLES.has(lower(input, start - 1)) && isCapitalized(input, start - 1) && !tokenCovered((counts ??= coverCounts(mentions, input.tokens.length)), start - 1)) start--;
      else start = surnameParticlesStart(input, start, () => (counts ??= coverCounts(mentions, input.tokens.length)));
      const end = particleEnd(input, m.end, input.tokens.length);
      if (start !== m.start || end !== m.end) grown.set(m, changed(m, { start, end }, this.id));
    }
    if (grown.size === 0) return [...mentions];
    const big = new Set(grown.values());
    // tokens covered by a grown mention, as a running count: a mention overlaps a grown one
    // exactly when its tokens include a covered one (an empty mention is asked directly)
    const cover = coverCounts([...big], input.tokens.length);
    const coveredBefore = new Int32Array(cover.length + 1);
    for (let i = 0; i < cover.length; i++) coveredBefore[i + 1] = coveredBefore[i]! + (cover[i]! > 0 ? 1 : 0);
    const overlapsGrown = (m: Mention): boolean => (m.start < m.end ? coveredBefore[m.end]! - coveredBefore[m.start]! > 0 : [...big].some((g) => g.start < m.end && m.start < g.end));
    return mentions.map((m) => grown.get(m) ?? m).filter((m) => big.has(m) || !overlapsGrown(m));
  },
};

function isTitleToken(input: RefineInput, i: number): boolean {
  return (bitsOf(input, i) & (TITLE | HONORIFIC)) !== 0;
}

/**
 * Whether the joiner at token `j` continues the title run after it: "and" joins two titles
 * written alike ("Prime Minister and Foreign Minister Sheikh Mohammed", "prime minister and
 * foreign minister"), not a lower-case noun phrase and a capitalised title ("the Ukrainian
 * leader and President Trump": Trump is no leader of Ukraine).
 */
function joinsTitles(input: RefineInput, j: number): boolean {
  if (lower(input, j) !== 'and') return true;
  return j > 0 && isCapitalized(input, j - 1) === isCapitalized(input, j + 1);
}

/** How many capitalised words a title may name after `for` or `of` ("for African Affairs", "of Ukraine"). */
const TITLE_OBJECT_WORDS = 3;

/**
 * Where a title continues before token `s` through what it names: a capitalised title
 * word, then `for` or `of`, then up to {@link TITLE_OBJECT_WORDS} capitalised words
 * ending at `s` ("Assistant Secretary of State for African Affairs Molly Phee", "Special
 * Envoy for Ukraine Keith Kellogg", "President of Ukraine Volodymyr Zelensky"): the token
 * of that title word, else `s`. The capitalised words may be mentions of their own (the
 * place stays one); "for" and "of" inside a lower-case run ("envoy for Ukraine Keith
 * Kellogg" in a sentence) are left alone, as the run may be a clause.
 */
function namedAfterJoiner(input: RefineInput, s: number, counts: () => Int32Array, except: Mention): number {
  let k = s;
  while (k > 0 && s - k < TITLE_OBJECT_WORDS && isCapitalized(input, k - 1) && !TITLE_JOINERS.has(lower(input, k - 1)) && !has(input, k - 1, TITLE)) k--;
  if (k === s || k < 2) return s;
  const joiner = lower(input, k - 1);
  if ((joiner !== 'for' && joiner !== 'of') || !has(input, k - 2, TITLE) || !isCapitalized(input, k - 2) || tokenCovered(counts(), k - 2, except)) return s;
  return k - 2;
}

/** Title tokens right before token `start` (stopping at other mentions), without honorifics at its end. */
function titleBefore(input: RefineInput, start: number, counts: () => Int32Array, except: Mention): { start: number; end: number } | null {
  let end = start;
  while (end > 0 && has(input, end - 1, HONORIFIC)) end--;
  let s = end;
  for (;;) {
    while (s > 0 && (has(input, s - 1, TITLE) || rankOpener(input, s - 1) || (TITLE_JOINERS.has(lower(input, s - 1)) && s < end && joinsTitles(input, s - 1))) && !tokenCovered(counts(), s - 1, except)) s--;
    const before = namedAfterJoiner(input, s, counts, except);
    if (before === s) break;
    s = before;
  }
  while (s < end && TITLE_JOINERS.has(lower(input, s))) s++;
  return s < end ? { start: s, end } : null;
}

/** Opening and closing quotes around a nickname inside a name. */
const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', "'", '’']);

const quotedNickname: Refiner = {
  id: 'quoted-nickname',
  reason: 'a nickname in quotes inside a name is part of one person: "Mohamed Hamdan \"Hemedti\" Dagalo", "Benjamin \"Bibi\" Netanyahu" (were two or three mentions, one of them a place)',
  refine(mentions, input) {
    return extendOver(mentions, (sorted, i) => {
      const end = nicknameEnd(input, sorted[i]!, sorted[i + 1], sorted[i + 2]);
      return end < 0 ? null : changed(sorted[i]!, { end, type: 'person' }, this.id);
    });
  },
};

/**
 * The mentions in text order, each that `extend` lengthens (given the sorted list and its
 * index) replaced by the longer one, and the mentions that start inside it dropped.
 */
function extendOver(mentions: readonly Mention[], extend: (sorted: readonly Mention[], i: number) => Mention | null): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const longer = extend(sorted, i);
    if (longer === null) {
      out.push(sorted[i]!);
      continue;
    }
    out.push(longer);
    while (i + 1 < sorted.length && sorted[i + 1]!.start < longer.end) i++;
  }
  return out;
}

/**
 * Where the name goes on when `first` (capitalised words) is followed by a quoted nickname of
 * one or two capitalised words and then by a person (`next` the nickname's mention if the
 * tagger made one, `after` the person): that person's end, else -1.
 */
function nicknameEnd(input: RefineInput, first: Mention, next: Mention | undefined, after: Mention | undefined): number {
  const q = first.end;
  const n = input.tokens.length;
  if (q + 3 >= n || !OPEN_QUOTES.has(input.tokens[q]!.text) || !isCapitalized(input, first.start)) return -1;
  let k = q + 1;
  while (k < n && k - q <= 2 && isCapitalized(input, k)) k++;
  if (k === q + 1 || k >= n || !CLOSE_QUOTES.has(input.tokens[k]!.text)) return -1;
  // the person right after the closing quote (the nickname's own mention, if any, comes first)
  const person = next !== undefined && next.start === k + 1 ? next : after !== undefined && after.start === k + 1 ? after : undefined;
  return person !== undefined && person.type === 'person' ? person.end : -1;
}

const organizationPair: Refiner = {
  id: 'organization-pair',
  reason: 'two organizations joined by "and" are two: "the Oregon Nurses Association and Providence Health & Services" (the first ends in an organization word, the second has at least two words, both start with capitals); "Federal Mediation and Conciliation Service" stays one',
  refine(mentions, input) {
    const out: Mention[] = [];
    for (const m of mentions) {
      const k = m.type === 'organization' ? pairJoint(input, m) : -1;
      if (k < 0) out.push(m);
      else out.push(changed(m, { end: k }, this.id), changed(m, { start: k + 1 }, this.id));
    }
    return out;
  },
};

/** The token of the "and" that joins two organizations inside `m`, or -1. */
function pairJoint(input: RefineInput, m: Mention): number {
  if (m.end - m.start < 4 || !isCapitalized(input, m.start)) return -1;
  for (let k = m.start + 1; k < m.end - 2; k++) {
    if (lower(input, k) === 'and' && ORGANIZATION_HEADS.has(lower(input, k - 1)) && isCapitalized(input, k + 1)) return k;
  }
  return -1;
}

const organizationAnd: Refiner = {
  id: 'organization-and',
  reason: 'a body whose name joins two common words by "and" ("the AU Peace and Security Council", "the Foreign Affairs and Defense Committee") is one organization: the tagger cut it at "and", and the second half alone is another body ("Security Council" is the UN\'s); so is a body, capitalised words left out and an organization word ("the Senate Foreign Relations Committee" was "Senate" and a person "Committee")',
  refine(mentions, input) {
    return extendOver(mentions, (sorted, i) => {
      const m = sorted[i]!;
      const next = sorted[i + 1];
      if (next === undefined) return null;
      if (next.start === m.end + 1 && joinsByAnd(input, m, next)) return changed(m, { end: next.end, type: 'organization' }, this.id);
      // "the Senate Foreign Relations Committee": a body, capitalised words the tagger left out and its head
      if (next.start > m.end && bodyRun(input, m, next)) return changed(m, { end: next.end, type: 'organization' }, this.id);
      return null;
    });
  },
};

/**
 * Whether an organization or place `first`, one to three capitalised words no mention covers
 * and `second`, one organization word ("Committee", "Council") whatever the tagger made of it,
 * spell one body's name ("Senate" "Foreign Relations" "Committee").
 */
function bodyRun(input: RefineInput, first: Mention, second: Mention): boolean {
  if ((first.type !== 'organization' && first.type !== 'place') || second.end - second.start !== 1 || second.start - first.end > 3) return false;
  if (!ORGANIZATION_HEADS.has(lower(input, second.start)) || !isCapitalized(input, second.start)) return false;
  for (let k = first.end; k < second.start; k++) if (!has(input, k, CAPITAL_WORD) || input.tokens[k]!.start !== input.tokens[k - 1]!.end + 1) return false;
  return input.tokens[second.start]!.start === input.tokens[second.start - 1]!.end + 1;
}

/**
 * Whether `first`, "and" and `second` spell one body's name: `second` an organization with an
 * organization word second or third ("Security Council", "Defense Committee", "Security Council
 * of the African Union"), `first` capitalised and ending in a common word or its plural
 * ("Peace", "Affairs"; not a name, "Amazon and Teamsters Union"), no curated place or person
 * ("Egypt and Security Council members").
 */
function joinsByAnd(input: RefineInput, first: Mention, second: Mention): boolean {
  if (second.type !== 'organization' || first.type === 'person' || first.type === 'group' || lower(input, first.end) !== 'and') return false;
  // the organization word within its first three words ("Security Council of the African Union" goes on after it)
  let head = false;
  for (let k = second.start + 1; k < Math.min(second.end, second.start + 3); k++) if (ORGANIZATION_HEADS.has(lower(input, k))) head = true;
  if (!head) return false;
  if (!isCapitalized(input, first.start) || !isCapitalized(input, second.start) || !isCapitalized(input, first.end - 1)) return false;
  // (a first name already whole, an organization word and its object, stays apart: "the National Association of Black
  // Journalists and National Association of …"; "African Union Peace" goes on)
  for (let k = first.start; k + 1 < first.end; k++) if (ORGANIZATION_HEADS.has(lower(input, k)) && (lower(input, k + 1) === 'of' || lower(input, k + 1) === 'for')) return false;
  const last = lower(input, first.end - 1);
  if (ORGANIZATION_HEADS.has(last) || !(isCommonWord(last) || (last.endsWith('s') && isCommonWord(last.slice(0, -1))))) return false;
  // (a curated organization ending in a common word is a title's words too: "Foreign Affairs" is also a magazine)
  const curated = curatedType(input, first);
  return curated === undefined || curated === 'organization';
}

const organizationObject: Refiner = {
  id: 'organization-object',
  reason: 'an organization name ending in an organization word goes on through "for" or "of" and the capitalised words after it: "the Carnegie Endowment for International Peace" (was cut before "for"); "on" is left alone ("the Security Council on Friday")',
  refine(mentions, input) {
    return extendOver(mentions, (sorted, i) => {
      const m = sorted[i]!;
      const end = m.type === 'organization' ? objectEnd(input, m) : -1;
      return end < 0 ? null : changed(m, { end }, this.id);
    });
  },
};

/** Days and months: capitalised, never the object of an organization's name nor part of a document's (`the Oslo Accords on Sunday`). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);

/** Words that end organization names which an object may follow ("Endowment for …", "Center for …"). */
const OBJECT_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_HEADS, 'endowment', 'center', 'centre', 'office', 'programme', 'program', 'initiative']);

/**
 * The end of `m` continued through "for"/"of", an optional "the" and one to four
 * capitalised words (with "and" between two of them; no day or month: "for Monday"), and once
 * more through their own "of" and capitalised words ("Office for the Coordination of
 * Humanitarian Affairs"), when `m` ends in an organization word; else -1.
 */
function objectEnd(input: RefineInput, m: Mention): number {
  const n = input.tokens.length;
  let k = m.end;
  if (k + 1 >= n || !OBJECT_HEADS.has(lower(input, k - 1)) || !isCapitalized(input, k - 1)) return -1;
  const joiner = lower(input, k);
  if (joiner !== 'for' && joiner !== 'of') return -1;
  k++;
  if (k < n && lower(input, k) === 'the') k++;
  let words = 0;
  let end = -1;
  let chained = false;
  while (k < n && words < 4) {
    if (isCapitalized(input, k) && has(input, k, WORD_CHAR) && !CALENDAR_WORDS.has(lower(input, k))) {
      words++;
      k++;
      end = k;
    } else if (lower(input, k) === 'and' && end === k && k + 1 < n && isCapitalized(input, k + 1)) k++;
    // an object's own "of" object, once ("Office for the Coordination of Humanitarian Affairs")
    else if (!chained && lower(input, k) === 'of' && end === k && k + 1 < n && isCapitalized(input, k + 1) && !CALENDAR_WORDS.has(lower(input, k + 1))) { chained = true; words = 0; k++; }
    else break;
  }
  return end;
}

const titleModifier: Refiner = {
  id: 'title-modifier',
  reason: 'a capitalized title word opening a lower-case title ("National security adviser Mike Waltz") is part of the title, not a name',
  refine(mentions, input) {
    return mentions.filter((m) => {
      if (m.type === 'person' || m.end >= input.tokens.length) return true;
      for (let k = m.start; k < m.end; k++) if (!has(input, k, TITLE)) return true;
      return !(has(input, m.end, TITLE) && !isCapitalized(input, m.end));
    });
  },
};

/** First words of a rank that are no title word of their own ("Rear Adm."). */
const RANK_OPENERS: ReadonlySet<string> = new Set(['rear']);

/** Whether token `i` opens a rank before a title word ("Rear" of "Rear Adm."). */
function rankOpener(input: RefineInput, i: number): boolean {
  return i + 1 < input.tokens.length && RANK_OPENERS.has(lower(input, i)) && isTitleToken(input, i + 1);
}

/**
 * A body or place mention whose last words are capitalized title words, right before more title
 * words and a person ("US Assistant" of "US Assistant Secretary of State for African Affairs
 * Molly Phee", "Staff Lt." of "Chief of Staff Lt. Gen. Eyal Zamir"): the title words are the
 * title's, the words before them the owner (its curated type when it has one), and a mention of
 * title words only is none. A title word after "of" or "for" inside the mention ends a name ("Joint
 * Chiefs of Staff Chairman …") and stays.
 */
const titleTail: Refiner = {
  id: 'title-tail',
  reason: 'capitalized title words ending a body or place right before more title words and a person belong to the title ("US Assistant Secretary of State … Molly Phee": US; "Chief of Staff Lt. Gen. Eyal Zamir": no body)',
  refine(mentions, input) {
    const out: Mention[] = [];
    for (const m of mentions) {
      // "Rear Adm. Daniel Hagari": a rank's first word is no body
      if (m.type !== 'person' && m.end - m.start === 1 && rankOpener(input, m.start)) continue;
      if (m.type === 'person' || m.end >= input.tokens.length || !isTitleToken(input, m.end - 1) || !isTitleToken(input, m.end) || !isCapitalized(input, m.end)) { out.push(m); continue; }
      // a person within a few title words (and their joiners) after the mention
      let k = m.end;
      while (k < input.tokens.length && k - m.end < 8 && !mentions.some((x) => x.start === k && x.type === 'person')) k++;
      if (k >= input.tokens.length || k - m.end >= 8) { out.push(m); continue; }
      let e = m.end;
      while (e > m.start && isTitleToken(input, e - 1) && isCapitalized(input, e - 1)) e--;
      if (e === m.start) continue;
      if (TITLE_JOINERS.has(lower(input, e - 1)) || !isCapitalized(input, e - 1)) { out.push(m); continue; }
      out.push(changed(m, { end: e, type: curatedType(input, { start: m.start, end: e }) ?? m.type }, this.id));
    }
    return out;
  },
};

/**
 * A body or place mention right before a title word that is two curated names (or a curated name
 * and a world region of `REGION_NAMES`) written one after the other ("U.S. Middle East envoy",
 * "White House Middle East coordinator"): the owner of the
 * title and the region it covers are two mentions, each of its curated type, not one place no
 * one knows. The whole must be no curated name itself.
 */
const curatedPair: Refiner = {
  id: 'curated-pair',
  reason: 'two curated names read as one mention before a title word are two ("U.S. Middle East envoy Steve Witkoff": U.S. and Middle East)',
  refine(mentions, input) {
    const out: Mention[] = [];
    for (const m of mentions) {
      if (m.type === 'person' || m.end - m.start < 2 || m.end >= input.tokens.length || !has(input, m.end, TITLE) || curatedType(input, m) !== undefined) { out.push(m); continue; }
      let split: { k: number; first: MentionType; second: MentionType } | null = null;
      for (let k = m.start + 1; k < m.end && split === null; k++) {
        const first = curatedType(input, { start: m.start, end: k });
        const second = first === undefined ? undefined : curatedType(input, { start: k, end: m.end }) ?? (REGION_NAMES.has(normalizeToken(mentionText(input, { start: k, end: m.end })).toLowerCase()) ? 'place' : undefined);
        if (first !== undefined && second !== undefined && first !== 'person' && second !== 'person') split = { k, first, second };
      }
      if (split === null) { out.push(m); continue; }
      out.push(changed(m, { end: split.k, type: split.first }, this.id), changed(m, { start: split.k, type: split.second }, this.id));
    }
    return out;
  },
};

/**
 * A given name the tagger left out between a rank or title and the person it opens ("Maj. Gen.
 * Omar Ahmed Sharif" read as "Ahmed Sharif"): a capitalized given name of the lexicon, no title
 * word, right after a title word and right before a person of two words or more, opens that person.
 */
const rankGivenName: Refiner = {
  id: 'rank-given-name',
  reason: 'a given name between a title and a person of two words or more is the person\'s first name ("Maj. Gen. Omar Ahmed Sharif", tagged "Ahmed Sharif")',
  refine(mentions, input) {
    let counts: Int32Array | null = null;
    return mentions.map((m) => {
      const g = m.start - 1;
      if (m.type !== 'person' || m.end - m.start < 2 || g < 1 || !isCapitalized(input, g) || !has(input, g, NAME_WORD) || isTitleToken(input, g)) return m;
      if (!isTitleToken(input, g - 1) || !isCapitalized(input, g - 1) || givenNameGender(input.tokens[g]!.text) === null || curatedType(input, { start: g, end: g + 1 }) !== undefined) return m;
      if (tokenCovered((counts ??= coverCounts(mentions, input.tokens.length)), g)) return m;
      return changed(m, { start: g }, this.id);
    });
  },
};

/**
 * A name read as a body that is a person's: after any title words, two or three capitalized
 * words, the first a given name of the lexicon (`data/lexicons/given-names.json`), the last
 * no organization head, the whole no curated name of another type ("German Chancellor
 * Friedrich Merz" was an organization).
 */
const givenNamePerson: Refiner = {
  id: 'given-name-person',
  reason: 'a body or misc mention made of a title, a given name and one or two more capitalized words is a person ("German Chancellor Friedrich Merz")',
  refine(mentions, input) {
    return mentions.map((m) => {
      // two words at least, whatever titles come off the front
      if (m.type === 'person' || m.type === 'place' || m.end - m.start < 2) return m;
      let start = m.start;
      while (start < m.end && (isTitleToken(input, start) || countryWord(input, start))) start++;
      const words = m.end - start;
      if (words < 2 || words > 3) return m;
      for (let k = start; k < m.end; k++) if (!isCapitalized(input, k) || !has(input, k, NAME_WORD)) return m;
      if (givenNameGender(input.tokens[start]!.text) === null || ORGANIZATION_HEADS.has(lower(input, m.end - 1))) return m;
      if (curatedType(input, m) !== undefined) return m;
      return changed(m, { type: 'person', start }, this.id);
    });
  },
};

/** Company suffixes that are no one's surname or given name (not "Line", "Bank", "Co" or a two-letter form). */
const COMPANY_ENDS: ReadonlySet<string> = new Set([...CORPORATE_SUFFIXES].filter((w) => w.replace('.', '').length > 2 && !['line', 'lines', 'bank', 'company', 'international'].includes(w)));

/**
 * A "person" of two to four capitalized words that ends in a generic word of a company's name
 * and does not open with a given name is that company ("Northwind Logistics", "Harlow Holdings").
 */
const companySuffix: Refiner = {
  id: 'company-suffix',
  reason: 'a person of capitalized words ending in a company word (Holdings, Logistics, Health, Group, Inc …) and opening with no given name is a company ("Northwind Logistics, which operates the terminals,")',
  refine(mentions, input) {
    return mentions.map((m) => {
      // (a misc too: "Harlow Foods sued Brightwater Brands", the tagger's misc)
      if ((m.type !== 'person' && m.type !== 'misc') || m.end - m.start < 2 || m.end - m.start > 4 || !COMPANY_ENDS.has(lower(input, m.end - 1))) return m;
      for (let k = m.start; k < m.end; k++) if (!isCapitalized(input, k)) return m;
      if (givenNameGender(input.tokens[m.start]!.text) !== null) return m;
      return changed(m, { type: 'organization' }, this.id);
    });
  },
};

/** Last words of a news outlet's name ("Middle East Eye", "Coastal Daily Herald", "Frontier Radio Network"). */
const OUTLET_ENDS: ReadonlySet<string> = new Set([
  'network', 'networks', 'daily', 'times', 'news', 'post', 'herald', 'watch', 'gazette', 'tribune', 'journal', 'chronicle',
  'observer', 'telegraph', 'monitor', 'courier', 'dispatch', 'sentinel', 'examiner', 'inquirer', 'bulletin', 'radio',
  'television', 'tv', 'broadcasting', 'press', 'wire', 'media',
]);
/** Words opening a sentence that open no outlet's name ("Meanwhile Watch Network said", "Yesterday …"). */
const OUTLET_NOT_LEADING = /^(?:\p{L}+ly|however|meanwhile|yesterday|today|tonight|also|then|but|and|so|still|now|later|earlier|here|there|when|while|after|before|according|since|as|if)$/u;
/** How many capitalised words before a person ending in an outlet word its name may take in ("Middle East Eye Watch Network"). */
const OUTLET_LEAD_WORDS = 4;

/**
 * A "person" of two to four capitalised words that ends in a word of a news outlet's name
 * (`Network`, `Daily`, `Times`, `News`, `Post`, `Herald`, `Watch` …) and opens with no given
 * name is that outlet, an organization, and takes in the capitalised words right before it
 * (mentions there included: "Middle East Eye Watch Network" was a place and a person).
 */
const outletName: Refiner = {
  id: 'outlet-name',
  reason: 'capitalised words ending in a word of an outlet\'s name (Network, Daily, Times, News, Post, Herald, Watch …) and opening with no given name name an outlet, never a person ("the Middle East Eye Watch Network" was a place and a person "Watch Network")',
  refine(mentions, input) {
    let grown: Mention[] | null = null;
    const out = mentions.map((m) => {
      if (m.type !== 'person' || m.end - m.start < 2 || m.end - m.start > 4 || !OUTLET_ENDS.has(lower(input, m.end - 1))) return m;
      for (let k = m.start; k < m.end; k++) if (!isCapitalized(input, k)) return m;
      if (givenNameGender(input.tokens[m.start]!.text) !== null) return m;
      // the capitalised words right before it (no article, no title, no sentence's first word)
      let start = m.start;
      while (start > 0 && m.start - start < OUTLET_LEAD_WORDS && isCapitalized(input, start - 1) && !DETERMINERS.has(lower(input, start - 1)) && !isTitleToken(input, start - 1) && input.tokens[start - 1]!.end === input.tokens[start]!.start - 1 && !(opensSentence(input, start - 1) && OUTLET_NOT_LEADING.test(lower(input, start - 1)))) start--;
      // a mention reaching further left than the words taken in keeps them
      for (const o of mentions) if (o !== m && o.start < start && o.end > start) start = Math.min(o.end, m.start);
      if (start < m.start) (grown ??= []).push({ start, end: m.end } as Mention);
      return changed(m, { type: 'organization', start }, this.id);
    });
    if (grown === null) return out;
    // what the outlet's name took in is no mention of its own
    return out.filter((o) => o.type === 'organization' && o.source === `ner/${this.id}` || !grown!.some((g) => o.start >= g.start && o.end <= g.end));
  },
};

/** Whether token `i` names a country by its demonym or name (`German` in "German Chancellor …"). */
function countryWord(input: RefineInput, i: number): boolean {
  return isCapitalized(input, i) && has(input, i, COUNTRY);
}

/** Words before a name that say it is a person's name (`gave only her first name, Maria`). */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'surname', 'nickname']);
/** Which of a person's names (`her first name`). */
const NAME_KINDS: ReadonlySet<string> = new Set(['first', 'last', 'full', 'given', 'family']);

const namedAsName: Refiner = {
  id: 'named-as-name',
  reason: 'one or two capitalized words given as someone\'s name are a person ("who gave only her first name, Maria"; "her surname, Haddad")',
  refine(mentions, input) {
    return mentions.map((m) => {
      if (m.type === 'person' || m.end - m.start > 2) return m;
      let k = m.start - 1;
      if (k >= 0 && input.tokens[k]!.text === ',') k--;
      if (k < 1 || !NAME_WORDS.has(lower(input, k))) return m;
      // a person's name: owned (`her first name`) or given (`gave his name`), not a firm's or a street's
      const before = lower(input, k - 1);
      const owner = NAME_KINDS.has(before) && k >= 2 ? lower(input, k - 2) : before;
      if (owner !== 'her' && owner !== 'his' && owner !== 'their') return m;
      return changed(m, { type: 'person' }, this.id);
    });
  },
};

const leadingTitle: Refiner = {
  id: 'leading-title',
  reason: 'titles and honorifics are not part of a name ("Secretary of State Marco Rubio" names Marco Rubio); the title is kept as its own annotation, and two to four untagged capitalised words before it are the body it belongs to ("United Auto Workers President Shawn Fain"), or the rest of one a mention opens ("Senate Foreign Relations Committee Chairman Jim Risch")',
  refine(mentions, input, log) {
    const out: Mention[] = [];
    let cover: Int32Array | null = null;
    const counts = (): Int32Array => (cover ??= coverCounts(mentions, input.tokens.length));
    for (const m of mentions) {
      if (m.type !== 'person') {
        out.push(m);
        continue;
      }
      // "Maryland Gov. Wes Moore" read as one person: the place or body before the title is no part of the name
      const prefix = ownerInsideName(input, m);
      if (prefix !== null) out.push({ start: m.start, end: prefix.end, type: prefix.type, score: 1, source: `ner/${this.id}` });
      let start = prefix === null ? m.start : prefix.end;
      while (start < m.end - 1 && (isTitleToken(input, start) || rankOpener(input, start) || (start > m.start && TITLE_JOINERS.has(lower(input, start))))) start++;
      if (isTitleToken(input, start)) start = m.start;
      const person = start === m.start ? m : changed(m, { start }, this.id);
      out.push(person);
      const title = titleBefore(input, start, counts, m);
      if (title) {
        log.titles.push({ ...title, person: { start: person.start, end: person.end } });
        const owner = untaggedOwner(input, title.start, counts);
        if (owner !== null) out.push({ ...owner, type: 'organization', score: 1, source: `ner/${this.id}` });
        else {
          // "Senate Foreign Relations Committee Chairman Jim Risch": the body's first word is a mention of its own
          const rest = headedRest(input, title.start, counts);
          const body = rest === null ? -1 : out.findIndex((x) => x.end === rest.start && (x.type === 'organization' || x.type === 'place'));
          if (body >= 0) out[body] = changed(out[body]!, { end: rest!.end, type: 'organization' }, this.id);
        }
      }
    }
    return out;
  },
};

/** Titles of an office of a place ("Maryland Gov.", "Texas Sen."): the words before them in a name are a place. */
const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(['gov.', 'governor', 'sen.', 'senator', 'rep.', 'representative', 'mayor', 'premier', 'congressman', 'congresswoman']);

/**
 * One or two capitalised words opening a person mention, no title, honorific or given name
 * among them, right before a title that a capitalised name follows inside the mention
 * ("Maryland Gov. Wes Moore", "ILA President Harold Daggett" tagged as one person): the owner
 * of the title, a place when the curated names say so or the title is a place's office, the
 * curated type, a demonym's misc, else an organization; null when the mention has no such shape.
 */
function ownerInsideName(input: RefineInput, m: Mention): { end: number; type: MentionType } | null {
  for (let k = m.start + 1; k <= m.start + 2 && k < m.end - 1; k++) {
    if (!has(input, k, TITLE) || has(input, k - 1, TITLE) || !isCapitalized(input, k)) continue;
    for (let i = m.start; i < k; i++) if (!isCapitalized(input, i) || isTitleToken(input, i) || rankOpener(input, i) || givenNameGender(input.tokens[i]!.text) !== null) return null;
    let after = k;
    while (after < m.end && isTitleToken(input, after)) after++;
    if (after >= m.end || !isCapitalized(input, after)) return null;
    const curated = curatedType(input, { start: m.start, end: k });
    if (curated === 'place' || PLACE_OFFICE_TITLES.has(lower(input, k))) return { end: k, type: 'place' };
    // a country's name is curated as a place: a word of the countries that is not is a demonym ("Israeli Lt. Col.")
    return { end: k, type: curated ?? (k - m.start === 1 && has(input, m.start, COUNTRY) ? 'misc' : 'organization') };
  }
  return null;
}

/**
 * One to three capitalised words no mention covers right before a title, ending in an
 * organization word, right after a mention ("Senate" "Foreign Relations Committee" Chairman):
 * the rest of a body's name that mention opens; their token range, or null.
 */
function headedRest(input: RefineInput, titleStart: number, counts: () => Int32Array): { start: number; end: number } | null {
  if (titleStart < 2 || !ORGANIZATION_HEADS.has(lower(input, titleStart - 1))) return null;
  let s = titleStart;
  while (s > 0 && titleStart - s < 3 && has(input, s - 1, CAPITAL_WORD) && !tokenCovered(counts(), s - 1)) s--;
  return s < titleStart && s > 0 && tokenCovered(counts(), s - 1) ? { start: s, end: titleStart } : null;
}

/** Capitalised words that open a sentence or a phrase, not a name ("On Monday President …"). */
const NOT_OWNER_WORDS: ReadonlySet<string> = new Set(['the', 'on', 'in', 'at', 'for', 'of', 'and', 'a', 'an', 'by', 'with', 'from', 'to', 'after', 'before', 'as', 'but', 'when', 'while', 'then', 'later', 'earlier', 'meanwhile', 'also']);

/**
 * Two to four capitalised words no mention covers right before a title that are the body the
 * title belongs to ("United Auto Workers President Shawn Fain"), or one that is a curated
 * organization's name ("Teamsters General President"): their token range, or null.
 * Days, months, title words and sentence openers ("On Monday President …") are no body.
 */
function untaggedOwner(input: RefineInput, titleStart: number, counts: () => Int32Array): { start: number; end: number } | null {
  let s = titleStart;
  while (s > 0 && titleStart - s < 4 && isCapitalized(input, s - 1) && has(input, s - 1, WORD_CHAR) && !tokenCovered(counts(), s - 1)) {
    const l = lower(input, s - 1);
    if (NOT_OWNER_WORDS.has(l) || CALENDAR_WORDS.has(l) || TITLE_WORDS.has(l) || HONORIFICS.has(l)) break;
    s--;
  }
  // one word only when it is a curated organization's name ("Teamsters General President Sean O'Brien")
  if (titleStart - s === 1 && input.known?.get(lower(input, s)) === 'organization' && (s === 0 || !isCapitalized(input, s - 1) || opensSentence(input, s))) return { start: s, end: titleStart };
  if (titleStart - s < 2) return null;
  // a longer capitalised run before it is something else (a headline in Title Case)
  if (s > 0 && isCapitalized(input, s - 1) && has(input, s - 1, WORD_CHAR)) return null;
  return { start: s, end: titleStart };
}

const bylineRole: Refiner = {
  id: 'byline-role',
  reason: 'a byline may name a newsroom role instead of a person ("By Staff Writer", "Our Correspondent"): a person made only of such words and titles is no one',
  refine(mentions, input, log) {
    return mentions.filter((m) => {
      if (m.type !== 'person') return true;
      // a person whose words are titles alone stays (John Major's "Major"): one byline word is needed
      let role = false;
      for (let i = m.start; i < m.end; i++) {
        if (BYLINE_ROLES.has(lower(input, i))) role = true;
        else if (!has(input, i, TITLE)) return true;
      }
      if (!role) return true;
      log.notes.push(`byline-role: dropped person "${mentionText(input, m)}"`);
      return false;
    });
  },
};

/** A word without its accents, lower-cased ("Erdoğan" → "erdogan"); ASCII words are returned as they are. */
function plainLower(l: string): string {
  return /^[\x00-\x7f]*$/.test(l) ? l : l.normalize('NFKD').replace(/\p{M}/gu, '');
}

const repeatedSurname: Refiner = {
  id: 'repeated-surname',
  reason: 'a capitalised word the tagger left out that is the surname of a person named in full earlier in the article is that person: "Recep Tayyip Erdogan … Erdoğan offered to host"',
  refine(mentions, input) {
    // last words of the people named in full, by their plain lower form, with where each is first named
    let surnames: Map<string, number> | null = null;
    for (const m of mentions) {
      if (m.type !== 'person' || m.end - m.start < 2) continue;
      const last = m.end - 1;
      const l = lower(input, last);
      if (l.length < 3 || !isCapitalized(input, last) || NAME_PARTICLES.has(l) || TITLE_WORDS.has(l)) continue;
      const key = plainLower(l);
      const at = input.tokens[m.start]!.start;
      surnames ??= new Map();
      if (!surnames.has(key) || surnames.get(key)! > at) surnames.set(key, at);
    }
    if (surnames === null) return [...mentions];
    const counts = coverCounts(mentions, input.tokens.length);
    const out = [...mentions];
    const upper = facts(input).bits;
    for (let i = 0; i < input.tokens.length; i++) {
      if ((upper[i]! & UPPER) === 0 || tokenCovered(counts, i)) continue;
      // inside a longer run of capitals the word may be another name's ("Erdogan Street")
      if ((i > 0 && isCapitalized(input, i - 1) && has(input, i - 1, WORD_CHAR)) || isCapitalized(input, i + 1)) continue;
      const first = surnames.get(plainLower(lower(input, i)));
      if (first === undefined || first >= input.tokens[i]!.start) continue;
      out.push({ start: i, end: i + 1, type: 'person', score: 1, source: `ner/${this.id}` });
    }
    return out;
  },
};

/** Verbs of saying after which a capitalised word opening its sentence is someone speaking (`Peskov said`). */
const SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'warned', 'insisted', 'stressed', 'noted', 'wrote', 'argued', 'claimed', 'denied',
  'confirmed', 'acknowledged', 'replied', 'responded', 'explained', 'declined', 'countered', 'cautioned',
]);

/** Capitalised words that open a sentence before `said` without naming anyone (`Officials said`, `Others told`). */
const COMMON_SUBJECTS: ReadonlySet<string> = new Set([
  'officials', 'residents', 'witnesses', 'analysts', 'police', 'doctors', 'observers', 'critics', 'experts', 'others', 'many',
  'some', 'both', 'neither', 'sources', 'diplomats', 'mediators', 'negotiators', 'authorities', 'activists', 'protesters',
  'supporters', 'lawmakers', 'organizers', 'organisers', 'investigators', 'prosecutors', 'rescuers', 'medics', 'families',
  'relatives', 'aides', 'officers', 'soldiers', 'militants', 'rebels', 'everyone', 'nobody', 'someone', 'somebody', 'people',
  'leaders', 'ministers', 'economists', 'scientists', 'researchers', 'lawyers', 'judges', 'voters', 'polls', 'reports',
  'documents', 'data', 'figures', 'statistics', 'spokesmen', 'spokespeople', 'commanders', 'survivors', 'staff', 'workers',
  'teachers', 'students', 'parents', 'unions', 'employers', 'members', 'delegates', 'envoys', 'ambassadors', 'agencies',
  'groups', 'governments', 'states', 'countries', 'allies', 'partners', 'opponents', 'skeptics', 'sceptics', 'proponents',
  'advocates', 'residents', 'locals', 'villagers', 'fighters', 'troops', 'forces', 'hospitals', 'hamas', 'israel',
]);

/** Plurals of agent nouns (`Eyewitnesses`, `Farmers`, `Analysts`, `Residents`, `Politicians`): people, unnamed. */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|sses)$/;

/** Whether token `i` opens a sentence: the first token, after `.`, `!`, `?` (and a closing quote), or after a line break. */
function opensSentence(input: RefineInput, i: number): boolean {
  if (i === 0) return true;
  const prev = input.tokens[i - 1]!;
  if (input.text.slice(prev.end, input.tokens[i]!.start).includes('\n')) return true;
  const p = prev.text;
  if (p === '.' || p === '!' || p === '?') return true;
  return /^["”’']$/.test(p) && i >= 2 && /^[.!?]$/.test(input.tokens[i - 2]!.text);
}

const speakingName: Refiner = {
  id: 'speaking-name',
  reason: 'a capitalised word the tagger left out that opens a sentence before "said", "told" … and is no common word of the article is a person speaking: "The talks stalled. Peskov said on Tuesday …"; a curated organization there speaks as itself ("Pfizer said")',
  refine(mentions, input) {
    let counts: ReturnType<typeof coverCounts> | null = null;
    let lowerWords: Set<string> | null = null;
    const out = [...mentions];
    const upper = facts(input).bits;
    for (let i = 0; i + 1 < input.tokens.length; i++) {
      // the capital first: one read, where the verb is a look-up (both only read the tokens)
      if ((upper[i]! & UPPER) === 0 || !SPEAKING_VERBS.has(input.tokens[i + 1]!.text) || !has(input, i, SPEAKER_SHAPE)) continue;
      const word = input.tokens[i]!.text;
      if (word.length < 4 || !opensSentence(input, i)) continue;
      counts ??= coverCounts(mentions, input.tokens.length);
      if (tokenCovered(counts, i)) continue;
      const l = lower(input, i);
      const known = input.known?.get(l);
      if (COMMON_SUBJECTS.has(l) || AGENT_PLURAL.test(l) || GROUP_NAMES.has(l) || has(input, i, DEMONYM_PLURAL_SHAPE)) continue;
      // a curated organization speaks as itself ("Pfizer said"); a curated place or group is left to the tagger
      if (known === 'organization') {
        out.push({ start: i, end: i + 1, type: 'organization', score: 1, source: `ner/${this.id}` });
        continue;
      }
      if (known !== undefined && known !== 'person') continue;
      // a word the article also writes in lower case is a common one (`Talks said …` would not be a name)
      lowerWords ??= new Set(input.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text.toLowerCase()));
      if (lowerWords.has(l)) continue;
      out.push({ start: i, end: i + 1, type: 'person', score: 1, source: `ner/${this.id}` });
    }
    return out;
  },
};

/** Words that may stand between two parts of one curated name the tagger cut in two ("Machinists and Aerospace Workers"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for', 'the', 'de']);

const knownNameJoin: Refiner = {
  id: 'known-name-join',
  reason: 'two mentions with at most two joining words between them that together spell a curated name are that one name: "the International Association of Machinists and Aerospace Workers" was an organization and a person',
  refine(mentions, input) {
    const known = input.known;
    if (known === undefined || known.size === 0 || mentions.length < 2) return [...mentions];
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    const out: Mention[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const m = sorted[i]!;
      const next = sorted[i + 1];
      if (next !== undefined && next.start >= m.end && next.start - m.end <= 2) {
        let joined = true;
        for (let k = m.end; k < next.start && joined; k++) joined = NAME_JOINERS.has(lower(input, k));
        const type = joined ? curatedType(input, { start: m.start, end: next.end }) : undefined;
        if (type !== undefined) {
          out.push(changed(m, { end: next.end, type }, this.id));
          i++;
          continue;
        }
      }
      out.push(m);
    }
    return out;
  },
};

/** Last words of a body's name that a number completes ("IAM District 751", "UAW Local 600"). */
const NUMBERED_HEADS: ReadonlySet<string> = new Set(['district', 'local', 'lodge', 'chapter', 'division', 'branch']);

const organizationNumber: Refiner = {
  id: 'organization-number',
  reason: 'an organization ending in "District", "Local", "Lodge" … goes on over the number after it: "IAM District 751" was cut before 751, and the title after it lost its owner',
  refine(mentions, input) {
    return mentions.map((m) => {
      if (m.type !== 'organization' || m.end >= input.tokens.length || !NUMBERED_HEADS.has(lower(input, m.end - 1))) return m;
      return /^\d{1,5}[A-Z]?$/.test(input.tokens[m.end]!.text) ? changed(m, { end: m.end + 1 }, this.id) : m;
    });
  },
};

/** Words of a numbered facility's name (`Berth No. 2`, `Gate 4`, `Pier No. 9`, `Terminal 3`). */
const FACILITY_HEADS: ReadonlySet<string> = new Set(['berth', 'gate', 'pier', 'terminal', 'dock', 'wharf', 'hangar', 'platform', 'checkpoint', 'crossing']);

const numberedFacility: Refiner = {
  id: 'numbered-facility',
  reason: 'a facility named by a number ("outside the gates of Berth No. 2", "Terminal 3") is a place, number included; the tagger made "Berth No." an organization, which the negotiation tracks then took for a party',
  refine(mentions, input) {
    return mentions.map((m) => {
      let end = m.end;
      if (end < input.tokens.length && /^no\.?$/i.test(input.tokens[end - 1]!.text) === false && /^no\.?$/i.test(input.tokens[end]!.text)) end++;
      if (end >= input.tokens.length || !/^\d{1,4}[A-Z]?$/.test(input.tokens[end]!.text)) return m;
      const last = /^no\.?$/i.test(input.tokens[end - 1]!.text) ? end - 2 : end - 1;
      if (last < m.start || !FACILITY_HEADS.has(lower(input, last))) return m;
      return changed(m, { end: end + 1, type: 'place' }, this.id);
    });
  },
};

/** A code name's shape: capitals and digits, a capital first and a digit in it ("M23", "G7", "P5"). */
const CODE_WORD = /^\p{Lu}[\p{Lu}\p{N}]*\p{N}[\p{Lu}\p{N}]*$/u;

const knownCodeName: Refiner = {
  id: 'known-code-name',
  reason: 'a curated name written with digits ("M23", "G7", "P5+1", "AFC/M23") is one mention of its curated type, over what the tagger made of its pieces: the tagger reads such codes as MISC or not at all, and cuts "AFC/M23" at the slash',
  refine(mentions, input) {
    const known = input.known;
    if (known === undefined || known.size === 0) return [...mentions];
    const bits = facts(input).bits;
    const n = input.tokens.length;
    let found: Mention[] | null = null;
    for (let i = 0; i < n; i++) {
      // a capital first and no name word (a name word holds no digit): a read of the bits rules out most tokens
      if ((bits[i]! & UPPER) === 0 || (bits[i]! & NAME_WORD) !== 0 || !CODE_WORD.test(input.tokens[i]!.text)) continue;
      // the longest curated name of at most three tokens on each side around the code, written without spaces inside
      // or as its tokens are ("P5+1", "AFC/M23", "Group of 20" is no code)
      let best: Mention | null = null;
      for (let a = Math.max(0, i - 2); a <= i; a++) {
        for (let b = Math.min(n, i + 3); b > i; b--) {
          if (best !== null && b - a <= best.end - best.start) continue;
          const type = known.get(normalizeToken(mentionText(input, { start: a, end: b })).toLowerCase());
          if (type !== undefined) best = { start: a, end: b, type, score: 1, source: `ner/${this.id}` };
        }
      }
      if (best === null) continue;
      (found ??= []).push(best);
      i = best.end - 1;
    }
    if (found === null) return [...mentions];
    // the code replaces the tagger's pieces of it ("AFC" of "AFC/M23", a MISC "M23")
    const kept = mentions.filter((m) => !found!.some((f) => m.start < f.end && f.start < m.end && m.end - m.start <= f.end - f.start));
    return [...kept, ...found.filter((f) => !mentions.some((m) => m.start < f.end && f.start < m.end && m.end - m.start > f.end - f.start))];
  },
};

/** The last words of the curated places of several words, per curated-name map: only a token among them can end one. */
const placeTailSets = new WeakMap<object, ReadonlySet<string>>();
function placeTails(known: ReadonlyMap<string, MentionType>): ReadonlySet<string> {
  let tails = placeTailSets.get(known);
  if (tails === undefined) {
    const words = new Set<string>();
    for (const [name, type] of known) if (type === 'place' && name.includes(' ')) words.add(name.slice(name.lastIndexOf(' ') + 1));
    placeTailSets.set(known, (tails = words));
  }
  return tails;
}

/**
 * Whether token `i` can end a curated place of several words (its lower form is among
 * {@link placeTails} and it starts in lower case), per word type across documents when the
 * input brings its numbering (kept while the generation and the `known` map are the same):
 * the refiner asks it of up to three tokens after every capitalized word.
 */
class PlaceTailWords {
  /** Per type: 0 not asked yet, 1 no, 2 yes. */
  private readonly codes = new TypeCodes();

  is(input: RefineInput, known: ReadonlyMap<string, MentionType>, tails: ReadonlySet<string>, i: number): boolean {
    const numbering = input.numbering;
    if (numbering === undefined || numbering.types.length !== input.tokens.length) return placeTailAt(input, tails, i);
    const id = numbering.types[i]!;
    let code = this.codes.get(numbering, known, id);
    if (code === 0) this.codes.set(id, (code = placeTailAt(input, tails, i) ? 2 : 1));
    return code === 2;
  }
}

function placeTailAt(input: RefineInput, tails: ReadonlySet<string>, i: number): boolean {
  return tails.has(lower(input, i)) && /^\p{Ll}/u.test(input.tokens[i]!.text);
}

const placeTailWords = new PlaceTailWords();

const knownPlaceTail: Refiner = {
  id: 'known-place-tail',
  reason: 'a curated place whose name ends in a lower-case noun ("Philadelphi corridor", "Rafah crossing", "Kursk region") is one place mention over the tagger\'s capitalized part of it, or where the tagger found nothing: "Philadelphi corridor" gave no mention at all',
  refine(mentions, input) {
    const known = input.known;
    if (known === undefined || known.size === 0) return [...mentions];
    const n = input.tokens.length;
    // (a token that ends no curated place is passed over before any string is built: this ran
    // three name lookups at every capitalized word, 0.15 ms per document)
    const tails = placeTails(known);
    let found: Mention[] | null = null;
    for (let i = 0; i < n; i++) {
      if (!isCapitalized(input, i)) continue;
      // the longest curated place of two to four tokens from here whose last word is in lower case
      for (let b = Math.min(n, i + 4); b >= i + 2; b--) {
        if (!placeTailWords.is(input, known, tails, b - 1)) continue;
        if (known.get(normalizeToken(mentionText(input, { start: i, end: b })).toLowerCase()) !== 'place') continue;
        // (a mention reaching out of it, "the Rafah crossing authority", is left as the tagger read it)
        if (mentions.some((m) => m.start < b && i < m.end && (m.start < i || m.end > b))) break;
        (found ??= []).push({ start: i, end: b, type: 'place', score: 1, source: `ner/${this.id}` });
        i = b - 1;
        break;
      }
    }
    if (found === null) return [...mentions];
    return [...mentions.filter((m) => !found!.some((f) => f.start <= m.start && m.end <= f.end)), ...found];
  },
};

/** Last words that make a capitalized name a body's ("Lake Basin Forum", "Ridge Council"); "front" only over a person (the "Western Front" is ground). */
const BODY_HEADS: ReadonlySet<string> = new Set(['forum', 'council', 'alliance', 'coalition', 'movement', 'committee', 'commission']);

const organizationHead: Refiner = {
  id: 'organization-head',
  reason: 'a capitalized name of two words or more ending in "Forum", "Council", "Alliance", "Coalition", "Front", "Movement", "Committee" or "Commission" is an organization: the tagger read "Lake Basin Forum" as a person or a place',
  refine(mentions, input) {
    return mentions.map((m) => {
      if ((m.type !== 'person' && m.type !== 'place') || m.end - m.start < 2) return m;
      const last = lower(input, m.end - 1);
      if (!(BODY_HEADS.has(last) || (last === 'front' && m.type === 'person'))) return m;
      for (let k = m.start; k < m.end; k++) if (!isCapitalized(input, k)) return m;
      return changed(m, { type: 'organization' }, this.id);
    });
  },
};

const knownNameType: Refiner = {
  id: 'known-name-type',
  reason: 'a mention spelled exactly like a curated name of one type (the knowledge base) takes that type: "Khan Younis" is a place',
  refine(mentions, input) {
    const known = input.known;
    if (known === undefined || known.size === 0) return [...mentions];
    return mentions.map((m) => {
      const type = curatedType(input, m);
      return type === undefined || type === m.type ? m : changed(m, { type }, this.id);
    });
  },
};

/** Honorifics that only ever stand before a person's name (not "Dr.", also a street's "Drive"; not "Sheikh", also a place's first word). */
const PERSON_HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'messrs.']);

const honorificPerson: Refiner = {
  id: 'honorific-person',
  reason: 'a capitalized word after "Mr.", "Mrs." or "Ms." is a person\'s name, whatever the tagger read ("Mr. Burns also met …": "Burns" was MISC, a common word) and where it read nothing',
  refine(mentions, input) {
    const n = input.tokens.length;
    let out: Mention[] | null = null;
    for (let i = 0; i + 1 < n; i++) {
      if (!PERSON_HONORIFICS.has(lower(input, i)) || !isCapitalized(input, i + 1) || TITLE_WORDS.has(lower(input, i + 1))) continue;
      out ??= [...mentions];
      const at = out.findIndex((m) => m.start <= i + 1 && i + 1 < m.end);
      if (at >= 0) {
        const m = out[at]!;
        // (a mention that holds the honorific too is the leading-title refiner's)
        if (m.start === i + 1 && m.type !== 'person') out[at] = changed(m, { type: 'person' }, this.id);
        continue;
      }
      // the capitalized words after it, up to three ("Mr. Abu Marzouk")
      let end = i + 2;
      while (end < n && end < i + 4 && isCapitalized(input, end) && !out.some((m) => m.start <= end && end < m.end)) end++;
      out.push({ start: i + 1, end, type: 'person', score: 1, source: `ner/${this.id}` });
    }
    return out ?? [...mentions];
  },
};

/** Plurals of people at large that may open a sentence capitalized ("Officials at the ministry said"). */
const PEOPLE_AT_LARGE: ReadonlySet<string> = new Set(['officials', 'residents', 'members', 'staff', 'workers', 'employees', 'protesters', 'strikers']);

const commonPlural: Refiner = {
  id: 'common-plural',
  reason: 'a sentence-opening plural that names people at large ("Workers at the plant will vote", "Officials said") is no name, even where the article names a body ending in it (the tagger carried "United Auto Workers" over to "Workers")',
  refine(mentions, input) {
    return mentions.filter((m) => {
      if (m.end - m.start !== 1 || m.type === 'group') return true;
      const l = lower(input, m.start);
      // (not COMMON_SUBJECTS: that list also holds names no speaker is made of, "Hamas", "Israel")
      if (!PEOPLE_AT_WORK.has(l) && !WORKFORCE_NOUNS.has(l) && !PEOPLE_AT_LARGE.has(l)) return true;
      // (the sentence start last: it reads the text between the tokens)
      return !opensSentence(input, m.start) || input.known?.get(l) !== undefined;
    });
  },
};

/** Tokens after which a capitalized word opens a quotation, a speaker's line or an aside, as it opens a sentence. */
const OPENERS: ReadonlySet<string> = new Set(['“', '‘', '"', "'", "''", '``', '«', ':', '(', '—', '–']);

/** Words after `, ` that open an appositive about the word before when a title word follows (`Young, the union leader,`). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

const commonWordOpening: Refiner = {
  id: 'common-word-opening',
  reason: 'a lone common word capitalized only because it opens a sentence, a quotation or a speaker\'s line ("PENCE: Well, look", "‘Look, this is not who we are’", "Video of the incident shows") is no person, unless the article uses the word as a name elsewhere (in another mention, capitalized mid-sentence, before a speaking verb or an appositive), it is a given name or a curated name',
  refine(mentions, input) {
    const n = input.tokens.length;
    const opens = (i: number): boolean => opensSentence(input, i) || OPENERS.has(input.tokens[i - 1]!.text);
    // a word that speaks or is described is a name (`Young said`, `Young, the union leader,`)
    const titleWithin = (from: number): boolean => {
      for (let k = from; k < Math.min(n, from + 4); k++) if (TITLE_WORDS.has(lower(input, k))) return true;
      return false;
    };
    const actsAsName = (i: number): boolean => i + 1 < n && (SPEAKING_VERBS.has(input.tokens[i + 1]!.text)
      || (input.tokens[i + 1]!.text === ',' && i + 2 < n && (lower(input, i + 2) === 'who' || (APPOSITIVE_OPENERS.has(lower(input, i + 2)) && titleWithin(i + 3)))));
    let named: Set<string> | null = null;
    return mentions.filter((m) => {
      if (m.type !== 'person' || m.end - m.start !== 1 || !opens(m.start)) return true;
      const l = lower(input, m.start);
      if (!isCommonWord(l) || givenNameGender(l) !== null || input.known?.get(l) !== undefined) return true;
      // the word as a name anywhere in the article: inside another mention, capitalized
      // mid-sentence, or speaking or described (`Ryan Young … Young`, `Hunt said … Hunt met`)
      if (named === null) {
        named = new Set();
        for (const o of mentions) if (o.end - o.start > 1) for (let k = o.start; k < o.end; k++) named.add(lower(input, k));
        for (let k = 0; k < n; k++) if (isCapitalized(input, k) && (!opens(k) || actsAsName(k))) named.add(lower(input, k));
      }
      return named.has(l);
    });
  },
};

/** AP-style abbreviations of the U.S. states (`Eau Claire, Wis.`, `Albany, N.Y.`), without their final stop. */
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([...US_STATE_ABBREVIATIONS, 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'R.I', 'S.C', 'S.D', 'W.Va']);
/** A legislator's party and state in brackets (`(R-Ky.)`, `(D-N.Y.)`). */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{1,4}$/;

const stateAbbreviation: Refiner = {
  id: 'state-abbreviation',
  reason: 'a U.S. state written the AP way ("Eau Claire, Wis.") is a place, and a legislator\'s party and state ("McConnell (R-Ky.)") names no one; the tagger read both as persons',
  refine(mentions, input) {
    const out: Mention[] = [];
    for (const m of mentions) {
      if (m.type === 'person' && m.end - m.start === 1) {
        const text = input.tokens[m.start]!.text;
        const word = text.replace(/\.$/, '');
        if (m.start > 0 && input.tokens[m.start - 1]!.text === '(' && PARTY_STATE.test(word)) continue;
        // the stop is written (`Wis.`): a bare `Mo` or `Ga` may be a name
        if (text.endsWith('.') && STATE_ABBREVIATIONS.has(word)) { out.push(changed(m, { type: 'place' }, this.id)); continue; }
      }
      out.push(m);
    }
    return out;
  },
};

const organizationCue: Refiner = {
  id: 'organization-cue',
  reason: 'a one-word name in a company\'s context is an organization, however the tagger read it: "automaker Stellantis", "Boeing\'s machinists", "workers at Boeing", "USMX, which represents port employers,", "shares of Raiffeisen", "a Gallup poll" (a word the tagger left out is proposed)',
  refine(mentions, input) {
    const out: Mention[] = [];
    const counts = coverCounts(mentions, input.tokens.length);
    for (const m of mentions) {
      // "Automaker Stellantis" at a sentence start: the company noun is no part of the name
      if (m.end - m.start === 2 && m.type !== 'organization' && COMPANY_NOUNS.has(lower(input, m.start)) && companyWord(input, m.start + 1, m.type)) {
        out.push(changed(m, { start: m.start + 1, type: 'organization' }, this.id));
        continue;
      }
      const one = m.end - m.start === 1 && m.type !== 'organization' && m.type !== 'group';
      const cued = one && (companyWord(input, m.start, m.type) ? companyCue(input, m.start, m.type) : m.type === 'place' && placeReadCompany(input, m.start));
      out.push(cued ? changed(m, { type: 'organization' }, this.id) : m);
    }
    // a word the tagger left out, in the plainest of these contexts ("Workers at Boeing walked off")
    const upper = facts(input).bits;
    for (let i = 0; i < input.tokens.length; i++) {
      // a capital first (a company's shape starts with one) is one read, and rules out most tokens
      if ((upper[i]! & UPPER) === 0 || tokenCovered(counts, i) || !companyWord(input, i, 'person') || !companyCue(input, i, 'person')) continue;
      out.push({ start: i, end: i + 1, type: 'organization', score: 1, source: `ner/${this.id}` });
    }
    return out;
  },
};

/**
 * Whether token `i` may be a company's one-word name read as `type`: a capitalized word of
 * letters that is no curated name of another type, demonym adjective, title or group (a plural
 * demonym's shape is no sign: "Stellantis"); a place only when
 * it is an acronym ("USMX": a place of one capitalized word is most often one).
 */
function companyWord(input: RefineInput, i: number, type: MentionType): boolean {
  const bits = bitsOf(input, i);
  if ((bits & COMPANY_SHAPE) === 0) return false;
  if (type === 'place' && (bits & ACRONYM) === 0) return false;
  if ((bits & (GROUP | TITLE | HONORIFIC)) !== 0) return false;
  const l = lower(input, i);
  const known = curatedWord(input, i);
  if (known !== undefined && known !== 'organization') return false;
  return !DEMONYM_ADJECTIVES.has(l);
}

/**
 * Whether a one-word "place" at `i` that no gazetteer knows is a company in the plainest of
 * contexts: people who work for it before "at"/"of" and the name ending the noun phrase
 * ("Workers at Starbucks walked out", "Employees of Maersk joined"; not "workers at Gaza
 * hospitals") or "said in a statement" after it ("Amazon said in a statement"; a town that
 * speaks so is rare).
 */
function placeReadCompany(input: RefineInput, i: number): boolean {
  if (!has(input, i, CAPITAL_WORD) || input.known?.has(lower(input, i)) === true || DEMONYM_ADJECTIVES.has(lower(input, i))) return false;
  const n = input.tokens.length;
  const at = (k: number): string => (k >= 0 && k < n ? lower(input, k) : '');
  // the name ends the noun phrase ("workers at Starbucks walked out"): a word it modifies ("Gaza
  // hospitals", "Jabalia camp") makes it a place
  const ends = i + 1 >= n || !has(input, i + 1, LETTER_FIRST) || input.tokens[i + 1]!.text === "'s" || NAME_FOLLOWERS.has(at(i + 1));
  // "aid workers at Rafah", "health workers at …": people at work in a place, not for a company
  if ((at(i - 1) === 'at' || at(i - 1) === 'of') && PEOPLE_AT_WORK.has(at(i - 2)) && !FIELD_WORKERS.has(at(i - 3)) && ends) return true;
  if (investedIn(at, i)) return true;
  return (at(i + 1) === 'said' || at(i + 1) === 'says') && at(i + 2) === 'in' && at(i + 4) === 'statement';
}

/**
 * Whether what stands around token `i` (lower forms by `at`) is what only a company has: its
 * shares or a stake in it before ("shares of Raiffeisen fell", "a stake in Maersk"), or an
 * article and a poll after ("a Gallup poll", "the latest Ipsos survey").
 */
function investedIn(at: (k: number) => string, i: number): boolean {
  // ("a June poll", "at stake in Tuesday's contests": a day or month is no company)
  if (CALENDAR_WORDS.has(at(i))) return false;
  // (not "at stake in …", an idiom)
  if ((at(i - 1) === 'of' || at(i - 1) === 'in') && SHARE_NOUNS.has(at(i - 2)) && at(i - 3) !== 'at') return true;
  return POLL_NOUNS.has(at(i + 1)) && POLL_OPENERS.has(at(i - 1));
}

/** What makes workers people at work in a place ("aid workers at Rafah"). */
const FIELD_WORKERS: ReadonlySet<string> = new Set(['aid', 'health', 'medical', 'relief', 'humanitarian', 'rescue', 'emergency', 'civil', 'defense', 'defence', 'un', 'u.n.', 'unrwa', 'hospital', 'camp', 'farm', 'migrant', 'sex', 'social']);

/** Words that may follow a company's name ending a noun phrase: verbs of labour news and function words. */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'walked', 'voted', 'vote', 'went', 'struck', 'are', 'were', 'have', 'has', 'had', 'will', 'would', 'could', 'who', 'and', 'or', 'in', 'on', 'for', 'since', 'to', 'across', 'began', 'joined', 'rejected', 'approved', 'ratified', 'staged']);

/** People who work for a company (WORKFORCE_NOUNS without the events: no "walkout at", "union of"). */
const PEOPLE_AT_WORK: ReadonlySet<string> = new Set(['workers', 'employees', 'machinists', 'staffers', 'engineers', 'pilots', 'mechanics', 'nurses', 'baristas', 'dockworkers', 'executives']);

/**
 * Whether a company's context surrounds token `i`: a company noun right before ("automaker
 * Stellantis"), a possessive and what companies have after ("Boeing's machinists"), a workforce
 * and "at"/"of" before ("workers at Boeing"), ", which represents …" after, or, for a word the
 * tagger read as MISC or an acronym it read as a place, "said in a statement" after.
 */
function companyCue(input: RefineInput, i: number, type: MentionType): boolean {
  const n = input.tokens.length;
  const at = (k: number): string => (k >= 0 && k < n ? lower(input, k) : '');
  if (COMPANY_NOUNS.has(at(i - 1)) && !isCapitalized(input, i - 1)) return true;
  if ((at(i + 1) === "'s" || at(i + 1) === "'") && COMPANY_POSSESSIONS.has(at(i + 2))) return true;
  if ((at(i - 1) === 'at' || at(i - 1) === 'of') && WORKFORCE_NOUNS.has(at(i - 2))) return true;
  if (at(i + 1) === ',' && (at(i + 2) === 'which' || at(i + 2) === 'that') && BODY_VERBS.has(at(i + 3))) return true;
  if (investedIn(at, i)) return true;
  // "Palestinians said in a statement": a plural demonym is a group
  // (a "place" here is an acronym no gazetteer knows: "USMX said in a statement")
  return (type === 'misc' || type === 'place') && !has(input, i, DEMONYM_PLURAL_SHAPE) && (at(i + 1) === 'said' || at(i + 1) === 'says') && at(i + 2) === 'in' && at(i + 4) === 'statement';
}

/** Nouns of a street, building or monument that a person's name may name ("Martin Luther King Jr. Boulevard", "the Nelson Mandela conference hall"). */
const NAMED_AFTER_PLACES: ReadonlySet<string> = new Set([
  'street', 'st.', 'avenue', 'ave.', 'boulevard', 'blvd.', 'road', 'square', 'bridge', 'airport', 'monument', 'memorial', 'statue', 'mausoleum',
  'hall', 'building', 'center', 'centre', 'stadium', 'arena', 'auditorium', 'library', 'museum', 'hospital', 'clinic', 'highway', 'park', 'station', 'tower',
]);
/** Of {@link NAMED_AFTER_PLACES}, words that are surnames too ("Kim Park", "Stuart Hall", "Bruce Arena"): read so only in lower case. */
const SURNAME_PLACES: ReadonlySet<string> = new Set(['hall', 'park', 'tower', 'arena', 'bridge', 'center', 'station']);
/** Prepositions after which a name is where someone goes or is ("flew to Sharm el-Sheikh, Egypt,"). */
const TRAVEL_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'at', 'from', 'near', 'into', 'via', 'toward', 'towards', 'outside']);
/** An Arabic article joined to a word ("el-Sheikh", "al-Sheikh"): removed to find the word. */
const JOINED_ARTICLE = /^(?:al|el|as|ash|ad|ar|az|at)-/;

/**
 * A "person" of one to three capitalised words after a preposition of place that is a place:
 * one right before a comma and a country's name that ends the clause ("flew to Sharm
 * el-Sheikh, Egypt, for a summit"), or one ending in a title word with a joined article and
 * opening with no given name ("talks in Sharm el-Sheikh": `Sheikh` is a title, `Sharm` no
 * one's name; not a bare title word: "referred to Martin Luther King"). A person's name is seldom written where one goes, and never before his country
 * in commas.
 */
const placeInContext: Refiner = {
  id: 'place-in-context',
  reason: 'a name after a preposition of place followed by a comma and a country ("to Sharm el-Sheikh, Egypt,"), or ending in a title word joined to an article with no given name first ("in Sharm el-Sheikh"), is a place: the title word inside made the tagger read a person',
  refine(mentions, input) {
    const n = input.tokens.length;
    return mentions.map((m) => {
      if (m.type !== 'person' || m.start === 0 || m.end - m.start > 3 || !TRAVEL_PREPOSITIONS.has(lower(input, m.start - 1))) return m;
      // capitalised words, or a joined article before one ("el-Sheikh")
      for (let k = m.start; k < m.end; k++) if (!isCapitalized(input, k) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(input.tokens[k]!.text)) return m;
      // "…, Egypt," / "…, Egypt." : a country ending the clause, not "…, Egypt's foreign minister"
      if (m.end + 2 <= n && input.tokens[m.end]!.text === ',' && has(input, m.end + 1, COUNTRY) && isCapitalized(input, m.end + 1)
        && (m.end + 2 === n || /^[,.;:)]$/.test(input.tokens[m.end + 2]!.text))) return changed(m, { type: 'place' }, this.id);
      if (m.end - m.start < 2 || givenNameGender(input.tokens[m.start]!.text) !== null) return m;
      // a title word with a joined article ("el-Sheikh"), not a bare one: "referred to Martin Luther King as …"
      const last = lower(input, m.end - 1);
      return JOINED_ARTICLE.test(last) && TITLE_WORDS.has(last.replace(JOINED_ARTICLE, '')) ? changed(m, { type: 'place' }, this.id) : m;
    });
  },
};

/** Nouns of a body named after a person when written capitalised ("Kennedy School", "Carter Center" is a place above). */
const NAMED_AFTER_BODIES: ReadonlySet<string> = new Set(['university', 'college', 'institute', 'school', 'foundation']);

const namedAfter: Refiner = {
  id: 'named-after',
  reason: 'a person\'s name before a street, building or monument noun names the place, not the person: "on Martin Luther King Jr. Boulevard" is a place, "the Taras Shevchenko monument" and "the Nelson Mandela conference hall" name no one in the news',
  refine(mentions, input, log) {
    const n = input.tokens.length;
    const replaced: Mention[] = [];
    const out: Mention[] = [];
    for (const m of mentions) {
      if (m.type !== 'person') {
        out.push(m);
        continue;
      }
      // a name the tagger read with the noun ("Lavrov Street" as one person)
      const last = lower(input, m.end - 1);
      if (m.end - m.start > 1 && isCapitalized(input, m.end - 1) && ((NAMED_AFTER_PLACES.has(last) && !SURNAME_PLACES.has(last)) || NAMED_AFTER_BODIES.has(last)) && !titleCaseAround(input, m.end - 1)) {
        out.push(changed(m, { type: NAMED_AFTER_BODIES.has(last) ? 'organization' : 'place' }, this.id));
        continue;
      }
      if (m.end >= n) {
        out.push(m);
        continue;
      }
      // up to two capitalised words of the name's rest ("King Jr.") before a capitalised noun
      let j = m.end;
      while (j < n && j - m.end < 2 && isCapitalized(input, j) && !NAMED_AFTER_PLACES.has(lower(input, j)) && !NAMED_AFTER_BODIES.has(lower(input, j)) && !has(input, j, POSSESSIVE)) j++;
      // (not in a Title Case heading: "Netanyahu Visits Hospital")
      if (j < n && isCapitalized(input, j) && ((NAMED_AFTER_PLACES.has(lower(input, j)) && !SURNAME_PLACES.has(lower(input, j))) || NAMED_AFTER_BODIES.has(lower(input, j))) && !titleCaseAround(input, j)) {
        const type: MentionType = NAMED_AFTER_BODIES.has(lower(input, j)) ? 'organization' : 'place';
        const whole = changed(m, { end: j + 1, type }, this.id);
        replaced.push(whole);
        log.notes.push(`${this.id}: person "${mentionText(input, m)}" is the ${type} "${mentionText(input, whole)}"`);
        out.push(whole);
        continue;
      }
      // "the Taras Shevchenko monument", "a Nelson Mandela conference hall": a lower-case noun after a name that "the" or "a" opens
      const prev = m.start > 0 ? lower(input, m.start - 1) : '';
      const noun = (k: number): boolean => k < n && !isCapitalized(input, k) && NAMED_AFTER_PLACES.has(lower(input, k));
      const lowerAfter = m.end < n && !isCapitalized(input, m.end) && /^\p{Ll}+$/u.test(input.tokens[m.end]!.text);
      if ((prev === 'the' || prev === 'a' || prev === 'an') && !has(input, m.end - 1, POSSESSIVE) && (noun(m.end) || (lowerAfter && noun(m.end + 1)))) {
        log.notes.push(`${this.id}: person "${mentionText(input, m)}" names a ${lower(input, noun(m.end) ? m.end : m.end + 1)}`);
        out.push(changed(m, { type: 'misc' }, this.id));
        continue;
      }
      out.push(m);
    }
    if (replaced.length === 0) return out;
    // the tagger's pieces inside a place so made ("Jr. Boulevard") give way to it
    return out.filter((x) => replaced.includes(x) || !replaced.some((r) => x.start < r.end && r.start < x.end));
  },
};

const placeNoun: Refiner = {
  id: 'place-noun',
  reason: 'a "person" before a place noun ("the Karabakh region"), ending in one ("the Rose Garden"), right after a verb or noun whose object is ground ("retook Wad Madani", "the siege of El Fasher", "operations in Khan Younis", "the town of Sake") or described between commas as a town ("El Fasher, the last major city in Darfur,") is a place, as is one after a preposition of place that the article names as a place elsewhere ("in El Fasher") or one listed after such places ("in Metula and Kiryat Shmona"); one word after "the" ("the Quad") is an organization',
  refine(mentions, input) {
    const out = mentions.map((m) => {
      if (m.type !== 'person') return m;
      const next = m.end < input.tokens.length ? lower(input, m.end) : '';
      const prev = m.start > 0 ? lower(input, m.start - 1) : '';
      const named = (PLACE_NOUNS.has(next) && prev === 'the') || (m.end - m.start > 1 && PLACE_HEADS.has(lower(input, m.end - 1)));
      // "the siege of El Fasher", "an assault on Bakhmut", "the outskirts of Khartoum"
      const before = m.start > 1 ? lower(input, m.start - 2) : '';
      // ("fighting intensified around El Fasher": the fighting word one verb further back)
      const fought = FIGHTING_WORDS.has(before) || (m.start > 2 && FIGHTING_WORDS.has(lower(input, m.start - 3)) && /^\p{Ll}+ed$/u.test(before));
      const ground = GROUND_VERBS.has(prev) || ((prev === 'of' || prev === 'on') && GROUND_NOUNS.has(before)) || (prev === 'of' && SETTLEMENT_NOUNS.has(before)) || ((prev === 'in' || prev === 'near' || prev === 'around') && fought);
      if (named || ground || describedAsPlace(input, m.end)) return changed(m, { type: 'place' }, this.id);
      // "the Quad's plan": one capitalised word after "the" names a body, not a person
      if (prev === 'the' && m.end - m.start === 1 && !has(input, m.start, TITLE) && !PERSON_MODIFIED.has(next)) return changed(m, { type: 'organization' }, this.id);
      return m;
    });
    // "Doctors at the Saudi Hospital in El Fasher said …": a "person" after a preposition of place
    // that the article names as a place elsewhere is that place
    let places: Set<string> | null = null;
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      if (m.type !== 'person' || m.start === 0 || !LOCATIVE_PREPOSITIONS.has(lower(input, m.start - 1))) continue;
      places ??= new Set(out.filter((x) => x.type === 'place').map((x) => mentionText(input, x)));
      if (places.has(mentionText(input, m))) out[k] = changed(m, { type: 'place' }, this.id);
    }
    // "Sirens sounded in Metula and Kiryat Shmona", "aid through Kerem Shalom and Zikim": a "person"
    // joined by "and", "or" or a comma to a list of places after a preposition of place or a verb of
    // ground is one more place (not one opening with a given name: "in Gaza and Ahmed Hassan said")
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      if (m.type !== 'person' || m.start < 2 || givenNameGender(input.tokens[m.start]!.text) !== null) continue;
      // (the list ends there: a name that goes on to a verb is the subject of a clause of its own)
      if (m.end < input.tokens.length && has(input, m.end, WORD_CHAR) && !LOCATIVE_PREPOSITIONS.has(lower(input, m.end)) && lower(input, m.end) !== 'on') continue;
      // (the last joiner is "and" or "or": "In Philadelphia, Delino DeShields's triple" is no list)
      const last = lower(input, m.start - 1);
      if (last !== 'and' && last !== 'or') continue;
      let j = m.start - 1;
      let listed = false;
      for (;;) {
        const joiner = lower(input, j);
        if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') break;
        const place = out.find((x) => x.end === j && x.type === 'place');
        if (place === undefined) break;
        if (place.start > 0 && (LOCATIVE_PREPOSITIONS.has(lower(input, place.start - 1)) || GROUND_VERBS.has(lower(input, place.start - 1)))) { listed = true; break; }
        j = place.start - 1;
        if (j < 1) break;
      }
      if (listed) out[k] = changed(m, { type: 'place' }, this.id);
    }
    return out;
  },
};

/** Prepositions of place before a name (`place-noun`: "in El Fasher", "from Goma"). */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'around', 'from', 'outside', 'inside', 'into', 'across', 'toward', 'towards']);

/** Words after which an appositive's head has been passed (`a spokeswoman for the port`). */
const APPOSITIVE_BREAKS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'in', 'with', 'from', 'on', 'to', 'who', 'that', 'and']);

/**
 * Whether token `i` opens ", the/a/an" and at most three lower-case words before a noun of
 * {@link PLACE_APPOSITIVES} followed by punctuation or a preposition: "El Fasher, the last
 * major city in Darfur," ("a city councilman" and "the city's mayor" describe people).
 */
function describedAsPlace(input: RefineInput, i: number): boolean {
  const n = input.tokens.length;
  if (i + 2 >= n || input.tokens[i]!.text !== ',') return false;
  const article = lower(input, i + 1);
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  for (let k = i + 2; k < n && k <= i + 5; k++) {
    if (isCapitalized(input, k) || !has(input, k, WORD_CHAR)) return false;
    // the head comes before a preposition: "a spokeswoman for the port" describes a person
    if (k > i + 2 && APPOSITIVE_BREAKS.has(lower(input, k))) return false;
    if (PLACE_APPOSITIVES.has(lower(input, k))) {
      const after = k + 1 < n ? lower(input, k + 1) : '.';
      return !HAS_WORD_CHAR.test(after) ? after !== "'s" && after !== "'" : PLACE_PREPOSITIONS.has(after);
    }
  }
  return false;
}

const appositiveOrganization: Refiner = {
  id: 'appositive-organization',
  reason: 'a "person" described right after it, between commas, as a company or another body ("Maersk, the Danish shipping giant,") is that organization',
  refine(mentions, input) {
    return mentions.map((m) => (m.type === 'person' && describedAsBody(input, m.end) ? changed(m, { type: 'organization' }, this.id) : m));
  },
};

/**
 * Whether token `i` opens ", the/a/an … NOUN," or "… NOUN." with at most three lower-case or
 * demonym words before a noun of {@link BODY_NOUNS} and no "of" (", a member of the union," is a person's).
 */
function describedAsBody(input: RefineInput, i: number): boolean {
  const n = input.tokens.length;
  if (i + 2 >= n || input.tokens[i]!.text !== ',') return false;
  const article = lower(input, i + 1);
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  for (let k = i + 2; k < n && k <= i + 6; k++) {
    const t = input.tokens[k]!.text;
    if (t === ',' || t === '.') return k > i + 2 && BODY_NOUNS.has(lower(input, k - 1));
    if (!has(input, k, WORD_CHAR) || lower(input, k) === 'of') return false;
  }
  return false;
}

const placeOrganization: Refiner = {
  id: 'place-organization',
  reason: 'a place right before a capitalised name ending in an organization word is part of it: "the United States Maritime Alliance" is one organization',
  refine(mentions, input) {
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    const out: Mention[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const m = sorted[i]!;
      const next = sorted[i + 1];
      if (m.type === 'place' && next !== undefined && next.start === m.end && next.type !== 'place' && ORGANIZATION_HEADS.has(lower(input, next.end - 1))) {
        let capitals = true;
        for (let k = next.start; k < next.end && capitals; k++) capitals = isCapitalized(input, k);
        if (capitals) {
          // grown like a name over its particles: the first part's score (put off or not) is kept
          out.push(changed(m, { end: next.end, type: 'organization' }, this.id));
          i++;
          continue;
        }
      }
      out.push(m);
    }
    return out;
  },
};

const demonymAdjective: Refiner = {
  id: 'demonym-adjective',
  reason: 'a lone demonym ("Qatari officials", "Israeli strikes") describes, it names no person, organization or place',
  refine(mentions, input) {
    return mentions.map((m) => (m.end - m.start === 1 && m.type !== 'misc' && m.type !== 'group' && DEMONYM_ADJECTIVES.has(lower(input, m.start)) ? changed(m, { type: 'misc' }, this.id) : m));
  },
};

/** The holidays the time stage dates, by their words (`christmas`, `yom kippur`); not a bare `eid`, also a surname ("Bassem Eid"). */
const HOLIDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(HOLIDAYS).filter((h) => h !== 'eid'));
/** The first words of {@link HOLIDAY_NAMES} (`yom` of `yom kippur`): a mention opening with another is no holiday. */
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAY_NAMES].map((h) => h.replace(/’/g, "'").split(' ')[0]!));

const holidayMisc: Refiner = {
  id: 'holiday-misc',
  reason: 'a holiday ("before Christmas", "ahead of Passover") is a time, no place, person or organization',
  refine(mentions, input) {
    return mentions.map((m) => {
      if (m.type === 'misc' || m.end - m.start > 3 || !isCapitalized(input, m.start)) return m;
      let words = lower(input, m.start);
      // the first word alone decides most mentions (a lower form with a space is asked in full)
      if (!HOLIDAY_FIRST_WORDS.has(words.replace(/’/g, "'")) && !words.includes(' ')) return m;
      for (let i = m.start + 1; i < m.end; i++) words += ` ${lower(input, i)}`;
      return HOLIDAY_NAMES.has(words.replace(/’/g, "'")) ? changed(m, { type: 'misc' }, this.id) : m;
    });
  },
};

const demonymGroup: Refiner = {
  id: 'demonym-group',
  reason: 'plural demonyms and group names used as actors ("Palestinians", "Israelis") are groups, not CoNLL miscellany; a group name the tagger read as a person ("blaming Muslims", "portraying Latinos as") is a group too',
  refine(mentions, input) {
    const upper = facts(input).bits;
    const isGroup = (i: number): boolean => (upper[i]! & UPPER) !== 0 && has(input, i, GROUP);
    const out = mentions.map((m) => {
      if (m.end - m.start !== 1) return m;
      if (m.type === 'person') return isGroup(m.start) ? changed(m, { type: 'group' }, this.id) : m;
      if (m.type !== 'misc') return m;
      return isGroup(m.start) || has(input, m.start, DEMONYM_PLURAL_SHAPE) ? changed(m, { type: 'group' }, this.id) : m;
    });
    let counts: Int32Array | null = null;
    for (let i = 0; i < input.tokens.length; i++) {
      if (isGroup(i) && !tokenCovered((counts ??= coverCounts(mentions, input.tokens.length)), i)) out.push({ start: i, end: i + 1, type: 'group', score: 1, source: `ner/${this.id}` });
    }
    return out;
  },
};

/** Character spans of the photo credits in `text`. */
export function creditSpans(text: string): { start: number; end: number; rule: string }[] {
  const out: { start: number; end: number; rule: string }[] = [];
  for (const { id, pattern, needs, lastLines } of PHOTO_CREDITS) {
    if (!needs.test(text)) continue;
    pattern.lastIndex = 0;
    const from = lastLines === undefined ? 0 : lastLinesStart(text, lastLines);
    for (const m of text.matchAll(pattern)) if (m.index >= from) out.push({ start: m.index, end: m.index + m[0].length, rule: id });
  }
  return out;
}

/** Where the last `n` non-blank lines of `text` begin. */
function lastLinesStart(text: string, n: number): number {
  let end = text.length;
  for (let seen = 0; end > 0; ) {
    const nl = text.lastIndexOf('\n', end - 1);
    if (text.slice(nl + 1, end).trim() !== '' && ++seen === n) return nl + 1;
    end = nl < 0 ? 0 : nl;
  }
  return 0;
}

/** `[start, end)` index ranges of `credits` from one pattern each (creditSpans lists them pattern by pattern). */
function creditRuns(credits: readonly { readonly rule: string }[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < credits.length; i++) {
    if (i === 0 || credits[i]!.rule !== credits[i - 1]!.rule) {
      if (i > 0) runs.push(i);
      runs.push(i);
    }
  }
  if (credits.length > 0) runs.push(credits.length);
  return runs;
}

/**
 * The first credit in `credits` order that overlaps characters `[from, to)`, as a scan
 * would find it, by a binary search per run: one pattern's matches come in text order
 * and do not overlap, so their starts and ends both ascend, and the first match of a run
 * ending after `from` is the only one that can be the run's first hit.
 */
function firstCreditHit<C extends { readonly start: number; readonly end: number }>(credits: readonly C[], runs: readonly number[], from: number, to: number): C | undefined {
  for (let r = 0; r < runs.length; r += 2) {
    const lo = firstWhere(runs[r + 1]!, (k) => credits[k]!.end > from, runs[r]!);
    if (lo < runs[r + 1]! && credits[lo]!.start < to) return credits[lo];
  }
  return undefined;
}

/** Last words of a named treaty, law or text (`Oslo Accords`, `Taft-Hartley Act`, `Resolution 1701`). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'accord', 'accords', 'agreement', 'agreements', 'act', 'law', 'treaty', 'memorandum', 'convention', 'conventions', 'protocol', 'charter', 'declaration', 'resolution',
]);
/** Words that end a document name's modifiers on the left. */
const DOCUMENT_STOPS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'under', 'of']);
/** Most capitalized words before a document head (`Camp David`, `Railway Labor`, `Affordable Care`). */
const DOCUMENT_MODIFIERS = 4;
/** Heads named by what follows: `of` (`Treaty of Versailles`, `Memorandum of Understanding`) and, for some, `on` (`Convention on Cluster Munitions`). */
const DOCUMENT_OF: ReadonlySet<string> = new Set(['treaty', 'declaration', 'convention', 'conventions', 'protocol', 'charter', 'memorandum']);
const DOCUMENT_ON: ReadonlySet<string> = new Set(['treaty', 'declaration', 'convention', 'conventions', 'protocol']);

/**
 * Whether the sentence around the document head `head` is written in title case (a
 * headline, `Biden Signs Historic Rail Labor Act`): most of its common words of four letters
 * or more, after the first word and besides the head, are capitalized (in prose only names
 * are: `The Good Friday Agreement ended the Troubles` has two capitalized of three).
 */
function titleCaseAround(input: RefineInput, head: number): boolean {
  let from = head;
  while (from > 0 && !opensSentence(input, from)) from--;
  let words = 0;
  let caps = 0;
  for (let k = from + 1; k < input.tokens.length && !opensSentence(input, k); k++) {
    if (k === head || input.tokens[k]!.text.length <= 3 || !isCommonWord(lower(input, k))) continue;
    words++;
    if (isCapitalized(input, k)) caps++;
  }
  return words >= 2 && caps >= 0.7 * words;
}

const namedDocument: Refiner = {
  id: 'named-document',
  reason: 'a treaty, law or resolution named with capitals ("the Oslo Accords", "the Camp David Accords", "the Taft-Hartley Act", "the Leahy Law", "Resolution 1701", "the Treaty of Versailles") is one misc name; the tagger made persons of "Abraham Accords" and "David Accords", organizations of others, and the negotiation tracks took them for parties. Not a person named Law ("Jude Law", "Ms. Law"), nor a day or place after it ("on Sunday", "Agreement on Gaza")',
  refine(mentions, input) {
    const spans: { start: number; end: number }[] = [];
    const n = input.tokens.length;
    const isWord = (k: number): boolean => k >= 0 && k < n && isCapitalized(input, k) && HAS_WORD_CHAR.test(input.tokens[k]!.text);
    // after the head, a day or month is the sentence's time (`the Oslo Accords on Sunday`), not the name's
    const isNameAfter = (k: number): boolean => isWord(k) && !CALENDAR_WORDS.has(lower(input, k));
    for (let i = 0; i < n; i++) {
      const head = isCapitalized(input, i) ? lower(input, i) : '';
      if (!DOCUMENT_HEADS.has(head)) continue;
      let start = i;
      let end = i + 1;
      if (head === 'resolution' && end < n && /^\d{2,4}$/.test(input.tokens[end]!.text)) end++;
      else if (isNameAfter(end)) continue; // the head inside a longer name (`Harvard Law School`, `Act Party`)
      else {
        while (start > 0 && i - start < DOCUMENT_MODIFIERS && isWord(start - 1) && !DOCUMENT_STOPS.has(lower(input, start - 1)) && !/['’]s$/.test(input.tokens[start - 1]!.text)) start--;
        // a person named so: `Jude Law`, `Ms. Law` (a law is `the Leahy Law`)
        if (start > 0 && HONORIFICS.has(lower(input, start - 1))) continue;
        if (start < i && givenNameGender(lower(input, start)) !== null) continue;
        if (head === 'law' && (start === 0 || lower(input, start - 1) !== 'the')) continue;
        // `Treaty of Versailles`, `Declaration of Principles`, `Convention on Cluster Munitions`; not a bare head opening a sentence (`Agreement on …`)
        const link = end < n ? lower(input, end) : '';
        if (((link === 'of' && DOCUMENT_OF.has(head)) || (link === 'on' && DOCUMENT_ON.has(head))) && isNameAfter(end + 1) && !(start === i && opensSentence(input, i))) {
          end += 2;
          while (end < n && end - i < 6 && isNameAfter(end)) end++;
        }
        if (start === i && end === i + 1) continue;
      }
      if (titleCaseAround(input, i)) continue;
      spans.push({ start, end });
      i = end - 1;
    }
    if (spans.length === 0) return [...mentions];
    const out = mentions.filter((m) => !spans.some((sp) => m.start < sp.end && sp.start < m.end));
    for (const sp of spans) out.push({ start: sp.start, end: sp.end, type: 'misc', score: 1, source: `ner/${this.id}` });
    return out;
  },
};

const socialHandle: Refiner = {
  id: 'social-handle',
  reason: 'a name written right after "@" is an account\'s handle ("@IDF", "@SecBlinken"), no one\'s name: what the tagger made of it is dropped, unless the knowledge base lists the handle, "@" and all, as a name of its entity; then it is one mention of that entity\'s type',
  refine(mentions, input, log) {
    if (!input.text.includes('@')) return [...mentions];
    const handles: Mention[] = [];
    const tokens = input.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]!.text !== '@' || tokens[i + 1]!.start !== tokens[i]!.end) continue;
      // the handle runs over the tokens written without a space after the "@" ("@Netanyahu_PM")
      let end = i + 2;
      while (end < tokens.length && tokens[end]!.start === tokens[end - 1]!.end && /^[\p{L}\p{N}_]/u.test(tokens[end]!.text)) end++;
      const handle = input.text.slice(tokens[i]!.start, tokens[end - 1]!.end);
      const type = input.known?.get(normalizeToken(handle).toLowerCase());
      handles.push({ start: i, end, type: type ?? 'misc', score: type === undefined ? NaN : 1, source: `ner/${this.id}` });
      i = end - 1;
    }
    if (handles.length === 0) return [...mentions];
    const out = mentions.filter((m) => {
      const h = handles.find((x) => m.start < x.end && x.start < m.end);
      if (h !== undefined && Number.isNaN(h.score)) log.notes.push(`${this.id}: dropped ${m.type} "${mentionText(input, m)}"`);
      return h === undefined;
    });
    for (const h of handles) if (!Number.isNaN(h.score)) out.push(h);
    return out;
  },
};

const photoCredit: Refiner = {
  id: 'photo-credit',
  reason: '"(AP Photo/Fatima Shbair)" credits a photographer and an agency; they are not actors in the news',
  refine(mentions, input, log) {
    const credits = creditSpans(input.text);
    if (credits.length === 0) return [...mentions];
    const runs = creditRuns(credits);
    return mentions.filter((m) => {
      const from = input.tokens[m.start]!.start;
      const to = input.tokens[m.end - 1]!.end;
      const hit = firstCreditHit(credits, runs, from, to);
      if (hit) log.notes.push(`photo-credit (${hit.rule}): dropped ${m.type} "${mentionText(input, m)}"`);
      return hit === undefined;
    });
  },
};

/** Token ranges of the place names in a dateline (`BEIRUT/JERUSALEM`, `GAZA CITY, Gaza Strip`). */
function datelinePlaces(input: RefineInput): { start: number; end: number }[] {
  const dl = input.dateline;
  if (dl === null) return [];
  const out: { start: number; end: number }[] = [];
  const parts = /[^,/]+/gu;
  for (const m of dl.place.matchAll(parts)) {
    const lead = m[0].length - m[0].trimStart().length;
    const from = dl.start + m.index + lead;
    const to = dl.start + m.index + m[0].trimEnd().length;
    if (to <= from) continue;
    let s = 0;
    while (s < input.tokens.length && input.tokens[s]!.start < from) s++;
    let e = s;
    while (e < input.tokens.length && input.tokens[e]!.end <= to) e++;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

const datelinePlace: Refiner = {
  id: 'dateline-place',
  reason: 'an all-caps dateline ("TEL AVIV —") names the place the story was filed from, and the same name later in the text is that place ("DEIR AL-BALAH, Gaza Strip — … a stage in Deir al-Balah")',
  refine(mentions, input) {
    const places = datelinePlaces(input);
    if (places.length === 0) return [...mentions];
    const names = new Set(places.map((p) => mentionText(input, p).toLowerCase()));
    const kept = mentions
      .filter((m) => !places.some((p) => p.start < m.end && m.start < p.end))
      .map((m) => (m.type !== 'place' && names.has(mentionText(input, m).toLowerCase()) ? changed(m, { type: 'place' }, this.id) : m));
    return kept.concat(places.map((p) => ({ ...p, type: 'place' as const, score: 1, source: `ner/${this.id}` })));
  },
};

const noOverlaps: Refiner = {
  id: 'no-overlaps',
  reason: 'mentions never overlap: of two, the longer (then the earlier) stays',
  refine(mentions) {
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const out: Mention[] = [];
    for (const m of sorted) {
      const prev = out[out.length - 1];
      if (prev !== undefined && m.start < prev.end) {
        if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};

/**
 * The refiners in order: trim possessives first (so every later rule sees bare names);
 * join name particles and quoted nicknames, and split or continue organization names,
 * before stripping titles (so a title's person is the whole name); a surname named in full
 * earlier is found once the names are whole; then known names correct types (on bare
 * names), and a place noun, a verb taking ground or a description between commas retypes a
 * person as a place or an organization, and a place joins the organization name after it;
 * a name given as someone's name is a person whatever the tagger said (after every retyping
 * rule); lone demonyms become misc, holidays misc, plural demonyms groups; then drop photo credits (after every rule
 * that makes mentions); add the dateline place; remove overlaps last.
 */
export const REFINERS: readonly Refiner[] = [possessiveOutside, nameParticles, quotedNickname, organizationPair, organizationObject, organizationAnd, titleModifier, titleTail, curatedPair, givenNamePerson, companySuffix, outletName, rankGivenName, leadingTitle, bylineRole, repeatedSurname, speakingName, knownNameJoin, knownCodeName, knownPlaceTail, organizationHead, knownNameType, honorificPerson, commonPlural, commonWordOpening, stateAbbreviation, organizationCue, organizationNumber, numberedFacility, namedAfter, placeNoun, placeInContext, appositiveOrganization, placeOrganization, namedAsName, demonymAdjective, holidayMisc, demonymGroup, namedDocument, socialHandle, photoCredit, datelinePlace, noOverlaps];

/** Applies every refiner in order. */
export function refine(mentions: readonly Mention[], input: RefineInput, refiners: readonly Refiner[] = REFINERS): { mentions: Mention[]; log: RefineLog } {
  const log: RefineLog = { titles: [], notes: [] };
  let out = [...mentions];
  try {
    for (const r of refiners) out = r.refine(out, input, log);
  } finally {
    current = null;
  }
  return { mentions: out, log };
}
