/**
 * @module stages/sentences/01-paragraphs — pass 1: split the text into paragraphs.
 *
 * A blank line (empty or whitespace only) always ends a paragraph. Inside a block of
 * consecutive non-empty lines, a single newline ends a paragraph when:
 * 1. the text is "one paragraph per line" (web copy): some line anywhere in the text is
 *    longer than {@link LONG_LINE} characters, which no hard-wrapped text produces, or
 *    every line of the block but the last ends a sentence or is a title (title-like and
 *    clearly shorter than the block's longest line) — then every line is a paragraph,
 *    except that a line starting in lower case continues the one before;
 * 2. otherwise (hard-wrapped text or short lines), when the next line is a list item, or
 *    the line is title-like (short, no final punctuation, clearly shorter than the
 *    block's longest line: a headline or subheading), or the line ends a sentence and is
 *    clearly shorter than the longest line (the last line of a wrapped paragraph), or it
 *    ends a sentence and the next line is title-like; or the line is the text's first, title-like,
 *    and the next opens like a dateline (`CAIRO (Reuters) -`, `DOHA, Qatar —`, `DOHA —`): a
 *    headline, however long beside a short body, so that no sentence (and no mention: "Doha"
 *    and "DOHA") runs across its end.
 * A line that the next line continues in lower case is never split from it.
 */
import { ABBREVIATIONS } from './abbreviations.js';
import type { ParagraphRule, ParagraphSpan } from './types.js';

/** Lines longer than this cannot come from hard wrapping. */
export const LONG_LINE = 100;
/** A title-like line has at most this many characters and words. */
const TITLE_MAX_CHARS = 100;
const TITLE_MAX_WORDS = 15;
/** A title-like line is shorter than this share of the block's longest line. */
const TITLE_RATIO = 0.7;
/** A wrapped paragraph's last line is shorter than this share of the longest line. */
const SHORT_RATIO = 0.8;

interface Line {
  readonly start: number;
  readonly end: number;
}

/** True for the whitespace characters that may pad a line. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LOWER_START = /^\p{Ll}/u;
const TITLE_START = /^[\p{Lu}\p{N}"“‘'«„]/u;
const LIST_ITEM = /^(?:[-*•·▪‣◦–—]\s|\d{1,3}[.)]\s)/u;
/** A line opening like a dateline: a run of at least three capitals (`DOHA`, `GAZA CITY`, `BEIRUT/JERUSALEM`) then a comma, a bracket, a dash or a colon. */
const DATELINE_OPEN = /^\p{Lu}[\p{Lu}.'’]*\p{Lu}(?:[ /-]\p{Lu}[\p{Lu}.'’]*)*(?=\s*(?:[,(—–―]|-\s|--|:\s))/u;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Splits `text` into trimmed paragraphs (see the module comment for the rules).
 * Offsets refer to `text`; whitespace-only text has no paragraph.
 */
export function findParagraphs(text: string): ParagraphSpan[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let longest = 0;
  const n = text.length;
  let pos = 0;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push({ start: s, end: e });
      if (e - s > longest) longest = e - s;
    }
    pos = nl + 1;
  }
  if (block.length > 0) blocks.push(block);
  const out: ParagraphSpan[] = [];
  const webCopy = longest > LONG_LINE;
  for (let b = 0; b < blocks.length; b++) flushBlock(text, blocks[b]!, b === blocks.length - 1 ? 'end-of-text' : 'blank-line', webCopy, out, b === 0);
  return out;
}

function flushBlock(text: string, lines: readonly Line[], lastRule: ParagraphRule, webCopy: boolean, out: ParagraphSpan[], first: boolean): void {
  let maxLen = 0;
  for (const l of lines) if (l.end - l.start > maxLen) maxLen = l.end - l.start;
  let perLine = webCopy;
  if (!perLine && lines.length > 1) {
    perLine = true;
    for (let i = 0; perLine && i < lines.length - 1; i++) {
      const l = lines[i]!;
      perLine = endsSentence(text, l) || (l.end - l.start < TITLE_RATIO * maxLen && isTitleLike(text, l));
    }
  }
  let start = lines[0]!.start;
  for (let i = 0; i < lines.length - 1; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const rule = perLine ? perLineBreak(text, a, b) : first && i === 0 && headlineAboveDateline(text, a, b) ? 'title-line' : wrappedBreak(text, a, b, maxLen);
    if (rule !== null) {
      push(text, start, a.end, rule, out);
      start = b.start;
    }
  }
  push(text, start, lines[lines.length - 1]!.end, lastRule, out);
}

function push(text: string, start: number, end: number, rule: ParagraphRule, out: ParagraphSpan[]): void {
  out.push({ start, end, text: text.slice(start, end), index: out.length, rule });
}

function lineText(text: string, l: Line): string {
  return text.slice(l.start, l.end);
}

function perLineBreak(text: string, a: Line, b: Line): ParagraphRule | null {
  if (LOWER_START.test(lineText(text, b))) return null;
  return isTitleLike(text, a) ? 'title-line' : 'line-per-paragraph';
}

function wrappedBreak(text: string, a: Line, b: Line, maxLen: number): ParagraphRule | null {
  const next = lineText(text, b);
  if (LIST_ITEM.test(next)) return 'list-item';
  if (LOWER_START.test(next)) return null;
  const aLen = a.end - a.start;
  if (aLen < TITLE_RATIO * maxLen && isTitleLike(text, a)) return 'title-line';
  if (endsSentence(text, a)) {
    if (aLen < SHORT_RATIO * maxLen) return 'short-line';
    if (b.end - b.start < TITLE_RATIO * maxLen && isTitleLike(text, b)) return 'title-line';
  }
  return null;
}

/** Words that end no headline: a line ending in one runs on into the next ("the leaders of" / "NATO, the EU …"). */
const RUNS_ON = /\s(?:of|the|a|an|and|or|to|in|on|at|for|with|by|from|as|that|than)$/i;

/**
 * Whether line `a` is a headline above a dateline on line `b`: `a` title-like and not ending in a
 * word that runs on, `b` opening with a run of capitals holding three in a row and then a comma, a
 * bracket, a dash or a colon.
 */
function headlineAboveDateline(text: string, a: Line, b: Line): boolean {
  if (!isTitleLike(text, a) || RUNS_ON.test(lineText(text, a))) return false;
  const m = DATELINE_OPEN.exec(lineText(text, b));
  return m !== null && /\p{Lu}{3}/u.test(m[0]);
}

/** A headline-like line: short, few words, no final punctuation, starting like a title. */
function isTitleLike(text: string, l: Line): boolean {
  const len = l.end - l.start;
  if (len > TITLE_MAX_CHARS) return false;
  const s = lineText(text, l);
  if (!TITLE_START.test(s)) return false;
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32 && ++words > TITLE_MAX_WORDS) return false;
  const last = s[s.length - 1]!;
  if ('.?!…:;,-'.includes(last)) return false;
  return !endsSentence(text, l);
}

/** Whether a line ends with sentence-final punctuation (not the dot of a title or initial). */
function endsSentence(text: string, l: Line): boolean {
  let e = l.end;
  while (e > l.start && CLOSERS.has(text[e - 1]!)) e--;
  if (e === l.start) return false;
  const c = text[e - 1]!;
  if (c === '?' || c === '!' || c === '…') return true;
  if (c !== '.') return false;
  let w = e - 1;
  while (w > l.start && /\p{L}/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, e - 1);
  if (word.length === 1 && word !== word.toLowerCase()) return false;
  const cls = ABBREVIATIONS.get(word);
  return cls !== 'title' && cls !== 'inner';
}
