/**
 * @module stages/sentences/02-tokenize — pass 2: one left-to-right scan that cuts tokens.
 *
 * The scanner dispatches on a table of character classes (ASCII precomputed, the rest
 * classified once by Unicode property and cached), so it is linear with no backtracking.
 * It writes into a {@link TokenTable}; `tokenize` returns the object form. Choices, in
 * the order they are tried at each position:
 * - dotted acronyms keep their dots (`U.S.`, `a.m.`, `e.g.`) and may carry a hyphenated
 *   tail (`U.S.-brokered`);
 * - numbers keep internal `, . : /` between digits (`1,000`, `2.5`, `10:30`, `24/7`);
 * - words keep internal hyphens (`60-day`, `Hamas-Israel`) and apostrophes (`O'Brien`);
 *   clitics are then split the Penn Treebank way: `Israel's` → `Israel` `'s`,
 *   `we're` → `we` `'re`, `don't` → `do` `n't`, `can't` → `ca` `n't`; a bare apostrophe
 *   after a plural (`Hamas’ leaders`) is a possessive token unless a single quote is open;
 * - a word followed by a dot keeps the dot when it is a listed abbreviation (`Gen.`,
 *   `Sept.`; `No.` only before a digit) or a single capital (an initial, `J.`);
 * - URLs (`https://…`, `www.…`) and e-mail addresses are one token, without trailing
 *   punctuation;
 * - `...`, `…` and `. . .` are one punctuation token, runs of `?`/`!` are one token,
 *   every quote mark is its own token, dashes (`—`, `–`, `-`, `--`) are dash tokens and
 *   any other non-space character (with its combining marks and zero-width-joined
 *   followers, so an emoji sequence stays whole) is a symbol.
 * Abbreviation, clitic, URL and e-mail checks only run when a cheap test says so (a dot,
 * colon or `@` after the word, or an inner apostrophe); the two sticky regexes they use
 * are anchored and length-bounded or linear.
 */
import { ABBREVIATIONS, DOTTED, US_STATE_ABBREVIATIONS } from './abbreviations.js';
import {
  K_DASH,
  K_NUMBER,
  K_PUNCT,
  K_QUOTE,
  K_SYMBOL,
  K_URL,
  K_WORD,
  R_ABBREVIATION,
  R_CLITIC,
  R_EMAIL,
  R_INITIAL,
  R_PLAIN,
  R_POSSESSIVE,
  R_URL,
  TokenTable,
  abbreviationCode,
} from './token-table.js';
import type { AbbreviationClass, Token } from './types.js';
import { ownSlice } from '../../util/own-slice.js';

/** Character classes of the scanner. */
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
const OTHER = 4;

/** Class of every UTF-16 unit, filled lazily above ASCII (0 = not yet known). */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 48 && c <= 57 ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER;
}
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  const computed = c >= 0xd800 && c <= 0xdfff ? OTHER : SPACE_CHAR.test(ch) ? SPACE : WORD_CHAR.test(ch) ? WORD : OTHER;
  CLASS[c] = computed;
  return computed;
}

/** Word or digit character (for the code unit at `i` of `s`; NaN past the end is not). */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c !== c) return false;
  const k = classOf(c);
  if (k === WORD || k === DIGIT) return true;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_ASTRAL.test(s.slice(i, i + 2));
  return false;
}
const WORD_ASTRAL = /^[\p{L}\p{M}\p{N}]$/u;

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === c && (classOf(c) === WORD || (c >= 0xd800 && c <= 0xdbff && LETTER_ASTRAL.test(s.slice(i, i + 2))));
}
const LETTER_ASTRAL = /^\p{L}$/u;

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Width of the word character at `i` (2 for an astral code point). */
function wordWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

/** End of a run of word characters starting at `i` (ASCII fast path inline). */
function scanWord(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const k = CLASS[c]!;
      if (k !== WORD && k !== DIGIT) return i;
      i++;
    } else if (isWordAt(s, i)) {
      i += wordWidth(s, i);
    } else {
      return i;
    }
  }
}

/** Set by {@link scanCompound}: the last compound scanned had an inner apostrophe. */
let sawApostrophe = false;

/** End of a word with inner hyphens and apostrophes (`Hamas-Israel`, `O'Brien`). */
function scanCompound(s: string, i: number): number {
  let e = scanWord(s, i);
  sawApostrophe = false;
  for (;;) {
    const c = s.charCodeAt(e);
    if (isHyphen(c) && isWordAt(s, e + 1)) e = scanWord(s, e + 1);
    else if ((c === 39 || c === 0x2019) && isLetterAt(s, e + 1)) {
      sawApostrophe = true;
      e = scanWord(s, e + 1);
    } else return e;
  }
}

/** End of a hyphenated tail (`-brokered`) after `i`, or `i`. */
function scanHyphenTail(s: string, i: number): number {
  while (isHyphen(s.charCodeAt(i)) && isWordAt(s, i + 1)) i = scanWord(s, i + 1);
  return i;
}

/** End of a dotted acronym (`U.S.`, `a.m.`) at `i`, or -1. */
function scanAcronym(s: string, i: number): number {
  if (s.charCodeAt(i + 1) !== 46) return -1;
  let e = i;
  let pairs = 0;
  while (isLetterAt(s, e) && !isWordAt(s, e + 1) && s.charCodeAt(e + 1) === 46) {
    e += 2;
    pairs++;
  }
  if (pairs < 2) return -1;
  return e;
}

/** End of a number with inner separators (`1,000`, `2.5`, `10:30`), or -1 when it has none. */
function scanSeparatedNumber(s: string, i: number): number {
  let e = i;
  while (CLASS[s.charCodeAt(e) || 0] === DIGIT) e++;
  let separated = false;
  for (;;) {
    const c = s.charCodeAt(e);
    if ((c === 44 || c === 46 || c === 58 || c === 47) && CLASS[s.charCodeAt(e + 1) || 0] === DIGIT) {
      e += 2;
      while (CLASS[s.charCodeAt(e) || 0] === DIGIT) e++;
      separated = true;
    } else break;
  }
  return separated ? e : -1;
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›']);
const DASHES = new Set(['—', '–', '―', '‒']);
const PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '{', '}', '¿', '¡', '…']);

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]}'’]/uy;
/** Bounded by the RFC 5321 lengths, so a long dotted run without `@` costs little per try. */
const EMAIL_RE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const UPPER = /^\p{Lu}$/u;
const MARK = /^[\p{M}\u200d]$/u;
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/**
 * Cuts `text.slice(start, end)` into tokens; offsets refer to the whole `text`.
 * Whitespace is skipped; every other character belongs to exactly one token.
 */
export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  const table = new TokenTable(text, (end - start) >> 2);
  scanTokens(table, start, end);
  return table.toTokens();
}

/** Appends the tokens of `table.source.slice(start, end)` to `table`. */
export function scanTokens(table: TokenTable, start: number, end: number): void {
  const text = table.source;
  // a paragraph as a flat string of its own, not a view of the text: the scanners' string
  // reads (`charCodeAt`, `length`) then meet at most the flat one- and two-byte string kinds
  // (and the KB names tokenized at start-up), where V8 reads characters inline; with views of
  // both kinds too they saw more string kinds than it tracks and each read became a generic call
  const s = start === 0 && end === text.length ? text : ownSlice(text, start, end);
  const n = s.length;
  const first = table.length;
  let openSingle = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = c < 128 ? CLASS[c]! : classOf(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === WORD || k === DIGIT || (c >= 0xd800 && c <= 0xdbff && isWordAt(s, i))) {
      i = word(table, start, s, i, k === DIGIT);
      continue;
    }
    if (c === 46) {
      let e = i + 1;
      while (s.charCodeAt(e) === 46) e++;
      if (e === i + 1 && s.startsWith(' . .', i + 1)) e = i + 5;
      table.push(start + i, start + e, K_PUNCT, 0, R_PLAIN);
      i = e;
      continue;
    }
    if (c === 33 || c === 63) {
      let e = i + 1;
      while (s.charCodeAt(e) === 33 || s.charCodeAt(e) === 63) e++;
      table.push(start + i, start + e, K_PUNCT, 0, R_PLAIN);
      i = e;
      continue;
    }
    if (c === 45) {
      let e = i + 1;
      while (s.charCodeAt(e) === 45) e++;
      table.push(start + i, start + e, K_DASH, 0, R_PLAIN);
      i = e;
      continue;
    }
    const ch = s[i]!;
    if (PUNCT.has(ch)) {
      table.push(start + i, start + i + 1, K_PUNCT, 0, R_PLAIN);
      i++;
    } else if (DASHES.has(ch)) {
      table.push(start + i, start + i + 1, K_DASH, 0, R_PLAIN);
      i++;
    } else if (QUOTES.has(ch)) {
      const last = table.length - 1;
      const adjacent = last >= first && table.ends[last] === start + i;
      let kind = K_QUOTE;
      let rule = R_PLAIN;
      if (ch === '‘') openSingle = true;
      else if (ch === "'" || ch === '’') {
        if (!adjacent) {
          if (ch === "'") openSingle = true;
        } else if (openSingle) {
          openSingle = false;
        } else if (table.kinds[last] === K_WORD && (s.charCodeAt(i - 1) | 32) === 115) {
          kind = K_WORD;
          rule = R_POSSESSIVE;
        }
      }
      table.push(start + i, start + i + 1, kind, 0, rule);
      i++;
    } else {
      let e = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      while (e < n && MARK.test(s[e]!)) {
        e++;
        if (s.charCodeAt(e - 1) === 0x200d && e < n) e += wordWidth(s, e);
      }
      table.push(start + i, start + e, K_SYMBOL, 0, R_PLAIN);
      i = e;
    }
  }
}

/** Scans the word, number, acronym, URL or e-mail starting at `b`; returns where it ends. */
function word(table: TokenTable, offset: number, s: string, b: number, digit: boolean): number {
  if (!digit) {
    const acr = scanAcronym(s, b);
    if (acr >= 0) {
      const e = scanHyphenTail(s, acr);
      const cls = e === acr ? (DOTTED.get(s.slice(b, e)) ?? 'acronym') : null;
      table.push(offset + b, offset + e, K_WORD, cls === null ? 0 : abbreviationCode(cls), cls === null ? R_PLAIN : R_ABBREVIATION);
      return e;
    }
  } else {
    const num = scanSeparatedNumber(s, b);
    if (num >= 0) {
      let e = num;
      while (isLetterAt(s, e)) e += wordWidth(s, e);
      e = scanHyphenTail(s, e);
      table.push(offset + b, offset + e, hasHyphenLetter(s, num, e) ? K_WORD : K_NUMBER, 0, R_PLAIN);
      return e;
    }
  }
  const e = scanCompound(s, b);
  const c = s.charCodeAt(e);
  if (c === 46 && !sawApostrophe) {
    const dotted = hyphenatedDotted(table, offset, s, b, e);
    if (dotted >= 0) return dotted;
  }
  if (c === 58 || c === 46 || c === 64 || c === 95 || c === 43) {
    const url = (c === 58 || c === 46) && isUrlStart(s, b, e);
    const special = url ? matchUrl(s, b) : c === 64 || isWordAt(s, e + 1) ? matchEmail(s, b) : -1;
    if (special >= 0) {
      table.push(offset + b, offset + special, K_URL, 0, url ? R_URL : R_EMAIL);
      return special;
    }
  }
  if (sawApostrophe) {
    if (splitClitic(table, offset, s, b, e)) return e;
  } else if (c === 46 && s.charCodeAt(e + 1) !== 46) {
    const cls = abbreviationClass(s, b, e);
    if (cls !== null) {
      table.push(offset + b, offset + e + 1, K_WORD, abbreviationCode(cls), cls === 'initial' ? R_INITIAL : R_ABBREVIATION);
      return e + 1;
    }
  }
  table.push(offset + b, offset + e, wordKind(s, b, e), 0, R_PLAIN);
  return e;
}

/**
 * A hyphenated word whose last part is a dotted acronym (`pro-U.S.`, `D-N.H.`, `R-N.Y.`) or a
 * party label before an AP state abbreviation (`I-Vt.`, `D-Calif.`): one token, pushed here;
 * returns where it ends, or -1. Party-state labels get the `label` class: inside a sentence
 * a comma or bracket closes them, so their dot ends a sentence only before a capital.
 */
function hyphenatedDotted(table: TokenTable, offset: number, s: string, b: number, e: number): number {
  const party = e - b >= 3 && isHyphen(s.charCodeAt(b + 1)) && PARTY_LETTERS.has(s[b]!);
  if (e - b >= 3 && isHyphen(s.charCodeAt(e - 2)) && isLetterAt(s, e - 1)) {
    const acr = scanAcronym(s, e - 1);
    if (acr >= 0 && !isWordAt(s, acr)) {
      const cls: AbbreviationClass = party && e - 2 === b + 1 ? 'label' : (DOTTED.get(s.slice(e - 1, acr)) ?? 'acronym');
      table.push(offset + b, offset + acr, K_WORD, abbreviationCode(cls), R_ABBREVIATION);
      return acr;
    }
  }
  if (party && s.charCodeAt(e + 1) !== 46 && STATE_ABBREVIATIONS.has(s.slice(b + 2, e))) {
    table.push(offset + b, offset + e + 1, K_WORD, abbreviationCode('label'), R_ABBREVIATION);
    return e + 1;
  }
  return -1;
}
/** The party letters of a US politician's label (`D-`, `R-`, `I-`). */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(US_STATE_ABBREVIATIONS);

/** Whether `s[b, e)` has a hyphen followed by a letter (`60-day` is a word, `2024-05-01` a number). */
function hasHyphenLetter(s: string, b: number, e: number): boolean {
  for (let i = b; i < e - 1; i++) if (isHyphen(s.charCodeAt(i)) && isLetterAt(s, i + 1)) return true;
  return false;
}

function wordKind(s: string, b: number, e: number): number {
  return CLASS[s.charCodeAt(b)] === DIGIT && !hasHyphenLetter(s, b, e) ? K_NUMBER : K_WORD;
}

/** `http`/`https` before a colon, or `www` before a dot. */
function isUrlStart(s: string, b: number, e: number): boolean {
  const w = s.slice(b, e);
  return s.charCodeAt(e) === 58 ? w === 'http' || w === 'https' : w === 'www';
}

/** End of the URL starting at `b` (without trailing punctuation), or -1. */
function matchUrl(s: string, b: number): number {
  URL_RE.lastIndex = b;
  const u = URL_RE.exec(s);
  if (u === null) return -1;
  const end = b + u[0].length;
  return s.charCodeAt(end) === 41 && count(u[0], '(') > count(u[0], ')') ? end + 1 : end;
}

/** End of the e-mail address starting at `b`, or -1. */
function matchEmail(s: string, b: number): number {
  EMAIL_RE.lastIndex = b;
  const m = EMAIL_RE.exec(s);
  return m === null ? -1 : b + m[0].length;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The class of word `s[b, dot)` when the dot at `dot` is an abbreviation's, else null. */
function abbreviationClass(s: string, b: number, dot: number): AbbreviationClass | null {
  const len = dot - b;
  if (len === 1 || (len === 2 && wordWidth(s, b) === 2)) {
    if (UPPER.test(s.slice(b, dot))) return 'initial';
  }
  if (len > 8) return null;
  const cls = ABBREVIATIONS.get(s.slice(b, dot));
  if (cls === undefined) return null;
  if (cls === 'number-prefix') {
    let k = dot + 1;
    while (s.charCodeAt(k) === 32) k++;
    return CLASS[s.charCodeAt(k) || 0] === DIGIT ? cls : null;
  }
  return cls;
}

/** Splits a trailing clitic off the word `s[b, e)`; false when it has none. */
function splitClitic(table: TokenTable, offset: number, s: string, b: number, e: number): boolean {
  const tok = s.slice(b, e);
  const p = Math.max(tok.lastIndexOf("'"), tok.lastIndexOf('’'));
  if (p <= 0) return false;
  const tail = tok.slice(p + 1).toLowerCase();
  let cut = -1;
  if (CLITICS.has(tail)) cut = p;
  else if (tail === 't' && p > 1 && (tok[p - 1] === 'n' || tok[p - 1] === 'N')) cut = p - 1;
  if (cut <= 0) return false;
  table.push(offset + b, offset + b + cut, wordKind(s, b, b + cut), 0, R_PLAIN);
  table.push(offset + b + cut, offset + e, K_WORD, 0, R_CLITIC);
  return true;
}
