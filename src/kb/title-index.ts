/**
 * @module kb/title-index — every role title of the knowledge base with its aliases, looked
 * up by surface form or found in running text.
 *
 * A title is a (title, of) pair such as (`Secretary of State`, `United States`). Its
 * surfaces are the canonical title plus every `titleAliases` entry given on any role with
 * that pair, so aliases need to be written once, on one holder. A surface can name several
 * titles: the bare `President` or a generic alias like `foreign minister` maps to every
 * country's title, and the caller narrows by context (the country mentioned nearby).
 */

import { normalizeSurface, plainSpellings } from './normalize.js';
import { ownSlice } from '../util/own-slice.js';
import type { KbEntity, KbTitle, KbTitleMention } from './types.js';

/** A word, or an abbreviation written with dots (`U.S.`), with its offsets in the text. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const PARTICLES = new Set(['al', 'el']);
/** Slots of the word-key cache (a power of two). */
const WORD_CACHE_SIZE = 4096;
/** Slots of the table of words that may start a title (a power of two). */
const STARTER_SLOTS = 1 << 16;

/** One word of a surface key: the words that can follow it, and the titles when a key ends here. */
interface WordNode {
  readonly next: Map<string, WordNode>;
  titles: KbTitle[] | undefined;
}

/**
 * A word read by {@link nextWord}: its bounds, a hash of its spelling (0 for an ASCII word:
 * see {@link spellingHash}), whether it is ASCII (letters and digits only), then the hash
 * of its lower case, and whether it is plain: ASCII and not a single letter.
 */
interface Word {
  start: number;
  end: number;
  hash: number;
  ascii: boolean;
  lowerHash: number;
  plain: boolean;
}

/** The key of a (title, of) pair. */
export function titleKey(title: string, of: string): string {
  return `${normalizeSurface(title)}|${normalizeSurface(of)}`;
}

/** Lookup of role titles by their surface forms. Built once by the knowledge base. */
export class TitleIndex {
  /** Every distinct (title, of) pair, in data order. */
  readonly titles: readonly KbTitle[];
  private readonly bySurface = new Map<string, KbTitle[]>();
  /** Every word-prefix of every surface key, to stop scanning text early. */
  private readonly prefixes = new Set<string>();
  private readonly maxTokens: number;
  /**
   * The surface keys again, word by word: the first word's node is `words.get(key)`. A span
   * of plain words is looked up word by word here, without building its key.
   */
  private readonly words = new Map<string, WordNode>();
  /**
   * Marks, by {@link starterSlot} of the hash of their lower case, the ASCII words whose key
   * starts a surface key or is a particle: an ASCII word whose slot is unmarked starts no
   * title (a marked one may or may not).
   */
  private readonly starters = new Uint8Array(STARTER_SLOTS);
  /** The word being read by {@link findIn} (reused: no allocation per word). */
  private readonly cursor: Word = { start: 0, end: 0, hash: 0, ascii: false, lowerHash: 0, plain: false };
  /** Recent words by a hash of their spelling, and their keys (a direct-mapped cache). */
  private readonly cachedWords: (string | undefined)[] = new Array<string | undefined>(WORD_CACHE_SIZE);
  private readonly cachedKeys: string[] = new Array<string>(WORD_CACHE_SIZE);

  constructor(entities: readonly KbEntity[]) {
    const pairs = new Map<string, { title: string; of: string; ofId: string | null; surfaces: string[] }>();
    for (const entity of entities) {
      for (const role of entity.roles) {
        const key = titleKey(role.title, role.of);
        let pair = pairs.get(key);
        if (!pair) {
          pair = { title: role.title, of: role.of, ofId: role.ofId, surfaces: [role.title] };
          pairs.set(key, pair);
        }
        if (pair.ofId === null && role.ofId !== null) pair.ofId = role.ofId;
        for (const alias of role.titleAliases ?? []) {
          if (!pair.surfaces.includes(alias)) pair.surfaces.push(alias);
        }
      }
    }
    const titles: KbTitle[] = [];
    let maxTokens = 1;
    for (const pair of pairs.values()) {
      const title: KbTitle = { title: pair.title, of: pair.of, ofId: pair.ofId, surfaces: pair.surfaces };
      titles.push(title);
      for (const surface of pair.surfaces) {
        const key = normalizeSurface(surface);
        if (key === '') continue;
        const list = this.bySurface.get(key) ?? [];
        if (!list.includes(title)) list.push(title);
        this.bySurface.set(key, list);
        const words = key.split(' ');
        for (let i = 1; i <= words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
        let node: WordNode | undefined;
        for (const w of words) {
          const level = node === undefined ? this.words : node.next;
          node = level.get(w);
          if (node === undefined) level.set(w, (node = { next: new Map(), titles: undefined }));
        }
        node!.titles = list;
        maxTokens = Math.max(maxTokens, (surface.match(TOKEN) ?? []).length + 2);
      }
    }
    this.titles = titles;
    this.maxTokens = maxTokens;
    for (const key of [...this.prefixes, ...PARTICLES]) {
      if (/^[a-z0-9]+$/.test(key)) for (const spelling of plainSpellings(key)) this.starters[starterSlot(hashOf(spelling, 0, spelling.length))] = 1;
    }
  }

  /**
   * The titles a surface form can name (`the top US diplomat` → Secretary of State, United
   * States). A leading `the` is ignored when the surface is not known with it.
   */
  lookup(surface: string): readonly KbTitle[] {
    const key = normalizeSurface(surface);
    return this.bySurface.get(key) ?? (key.startsWith('the ') ? this.bySurface.get(key.slice(4)) : undefined) ?? [];
  }

  /**
   * Title mentions in `text`, longest match first, left to right, never overlapping.
   * Matching is case-, accent- and punctuation-insensitive like every KB lookup.
   *
   * Words are read in place by {@link nextWord} (what {@link TOKEN} matches), and a word's key
   * comes from a small cache by spelling: most words start no title and cost neither a match
   * object nor a key. From a word that can start one, a span of plain words separated by
   * plain punctuation is followed word by word through {@link words}: its key is the words'
   * keys joined by spaces (`normalizeSurface` changes nothing else in it). Any other span
   * falls back to the key of the text it covers, as `lookup` computes it. Before all that,
   * an ASCII word (whose key is its lower case, or a spelling fold of it) is dismissed by the
   * hash of its lower case when no starting word has that hash: most words cost no lookup.
   */
  findIn(text: string): KbTitleMention[] {
    const out: KbTitleMention[] = [];
    const word = this.cursor;
    let pos = 0;
    while (nextWord(text, pos, word)) {
      const start = word.start;
      const firstEnd = word.end;
      const titles = this.longestAt(text, word);
      if (titles !== undefined) {
        out.push({ start, end: this.bestEnd, text: text.slice(start, this.bestEnd), titles });
        pos = this.bestEnd;
      } else {
        pos = firstEnd;
      }
    }
    return out;
  }

  /**
   * Whether a title starts at one of `starts` (offsets in `text`, each checked only where a
   * word starts, as {@link findIn} reads words): {@link findIn} finds titles only where
   * some title starts, so when none does at any of the places a caller cares about, it
   * would find none there, and the caller may skip it.
   */
  startsAt(text: string, starts: readonly number[]): boolean {
    const word = this.cursor;
    for (const at of starts) {
      if (nextWord(text, at, word) && word.start === at && this.longestAt(text, word) !== undefined) return true;
    }
    return false;
  }

  /** Where the match found by {@link longestAt} ends. */
  private bestEnd = -1;

  /**
   * The titles of the longest title that starts at the word just read into `word` (its end
   * in {@link bestEnd}), or undefined. Reads on with `word`.
   */
  private longestAt(text: string, word: Word): KbTitle[] | undefined {
    if (word.ascii && this.starters[starterSlot(word.lowerHash)] === 0) return undefined;
    const start = word.start;
    const firstEnd = word.end;
    const firstKey = this.wordKey(text, word);
    // most words start no title: the first word's own key says so without a slice
    if (!this.prefixes.has(firstKey) && !PARTICLES.has(firstKey)) return undefined;
    let bestEnd = -1;
    let bestTitles: KbTitle[] | undefined;
    let end = firstEnd;
    // word by word while the span is plain, else by the key of the span's text
    let node = word.plain && !PARTICLES.has(firstKey) ? this.words.get(firstKey) : undefined;
    let key = firstKey;
    let wordKey = firstKey;
    for (let n = 1; ; n++) {
      if (node !== undefined) {
        if (node.titles !== undefined) { bestEnd = end; bestTitles = node.titles; }
      } else {
        const titles = this.bySurface.get(key);
        if (titles) { bestEnd = end; bestTitles = titles; }
        if (!this.prefixes.has(key) && !PARTICLES.has(wordKey)) break;
      }
      if (n >= this.maxTokens || !nextWord(text, end, word)) break;
      const gapPlain = plainGap(text, end, word.start);
      end = word.end;
      wordKey = this.wordKey(text, word);
      if (node !== undefined && word.plain && gapPlain && !PARTICLES.has(wordKey)) {
        node = node.next.get(wordKey);
        if (node === undefined) break; // neither a key nor the start of one
      } else {
        node = undefined;
        key = normalizeSurface(text.slice(start, end));
      }
    }
    this.bestEnd = bestEnd;
    return bestTitles;
  }

  /** `normalizeSurface` of the word, without a slice when the same spelling was seen recently. */
  private wordKey(text: string, word: Word): string {
    const hash = spellingHash(text, word);
    const slot = (hash ^ (hash >>> 15)) & (WORD_CACHE_SIZE - 1);
    const seen = this.cachedWords[slot];
    const length = word.end - word.start;
    if (seen !== undefined && seen.length === length && text.startsWith(seen, word.start)) return this.cachedKeys[slot]!;
    // a copy, not a view that would keep the article alive in the cache (util/own-slice)
    const w = ownSlice(text, word.start, word.end);
    const key = normalizeSurface(w);
    this.cachedWords[slot] = w;
    this.cachedKeys[slot] = key;
    return key;
  }
}

/** The slot of a word in {@link TitleIndex.starters}, from the hash of its lower case. */
function starterSlot(hash: number): number {
  return (hash ^ (hash >>> 16)) & (STARTER_SLOTS - 1);
}

/**
 * True when the text between two words only separates them in a key: ASCII punctuation and
 * spaces, none of the quote marks that `normalizeSurface` deletes instead.
 */
function plainGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 34 || c === 39 || c === 96) return false;
  }
  return true;
}

/** Character classes: ASCII by table, other code points below 0x10000 filled as they are met. */
const KNOWN = 1;
const LETTER = 2;
const DIGIT = 4;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  classes[c] = KNOWN | ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : 0) | (c >= 48 && c <= 57 ? DIGIT : 0);
}
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = classes[cp]!;
    if (known !== 0) return known;
  }
  const c = String.fromCodePoint(cp);
  const cls = KNOWN | (LETTER_RE.test(c) ? LETTER : 0) | (NUMBER_RE.test(c) ? DIGIT : 0);
  if (cp < 0x10000) classes[cp] = cls;
  return cls;
}

/** Length in UTF-16 units of the code point `cp`. */
function units(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/**
 * The first match of {@link TOKEN} at or after `from`, written by hand: puts it in `word` and
 * returns true, or returns false when there is none. Like the regex it takes two or more
 * letter-dot pairs (`U.S.`) when it can, else letters and digits joined by single
 * apostrophes (`Hamas's`).
 */
function nextWord(text: string, from: number, word: Word): boolean {
  const n = text.length;
  let at = from;
  for (;;) {
    if (at >= n) return false;
    const c = text.charCodeAt(at);
    if (c < 128) {
      if ((classes[c]! & (LETTER | DIGIT)) !== 0) break;
      at++;
      continue;
    }
    const cp = text.codePointAt(at)!;
    if ((classOf(cp) & (LETTER | DIGIT)) !== 0) break;
    at += units(cp);
  }
  word.start = at;
  // letter-dot pairs (`U.S.`): two at least, else an ordinary word
  let i = at;
  let pairs = 0;
  for (;;) {
    const cp = text.codePointAt(i);
    if (cp === undefined || (classOf(cp) & LETTER) === 0) break;
    const dot = i + units(cp);
    if (text.charCodeAt(dot) !== 46) break;
    i = dot + 1;
    pairs++;
  }
  if (pairs >= 2) {
    word.end = i;
    word.hash = hashOf(text, at, i);
    word.ascii = false;
    word.plain = false;
    return true;
  }
  // letters and digits, ASCII first; `| 32` lower-cases an ASCII letter and keeps a digit
  let lower = 0;
  i = at;
  let c = i < n ? text.charCodeAt(i) : 128;
  while (c < 128 && (classes[c]! & (LETTER | DIGIT)) !== 0) {
    lower = (Math.imul(lower, 31) + (c | 32)) | 0;
    c = ++i < n ? text.charCodeAt(i) : 128;
  }
  const ascii = i - at;
  // most words end at ASCII punctuation or a space: nothing more to read
  let end = c < 128 && c !== 39 ? i : wordRun(text, i);
  for (;;) {
    const q = text.charCodeAt(end);
    if (q !== 39 && q !== 0x2019) break;
    const after = wordRun(text, end + 1);
    if (after === end + 1) break;
    end = after;
  }
  word.end = end;
  if (end === i) {
    word.hash = 0; // most ASCII words need none: `spellingHash` computes it on demand
    word.ascii = true;
    word.lowerHash = lower;
    word.plain = ascii > 1 || (classes[text.charCodeAt(at)]! & DIGIT) !== 0;
  } else {
    word.hash = hashOf(text, at, end);
    word.ascii = false;
    word.plain = false;
  }
  return true;
}

/** The end of the run of letters and digits from `at` (`at` itself when there is none). */
function wordRun(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & (LETTER | DIGIT)) === 0) break;
    i += units(cp);
  }
  return i;
}

/** The hash of the spelling of `word`, computed here for an ASCII word (`nextWord` leaves it out). */
function spellingHash(text: string, word: Word): number {
  return word.ascii ? hashOf(text, word.start, word.end) : word.hash;
}

/** The hash of the spelling of a span (case-sensitive). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
