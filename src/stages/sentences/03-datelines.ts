/**
 * @module stages/sentences/03-datelines — pass 3: find the dateline at the start of the body.
 *
 * Grammar (one sticky regex at the start of a paragraph):
 * `PLACE (, Region){0,2} (, DATE)? ((AGENCY))? (, DATE)? DASH` where PLACE is one to five
 * all-capital words (`TEL AVIV`, `BEIRUT/JERUSALEM`, `ST. LOUIS`), a Region is title case
 * (`Gaza Strip`, `D.C.`), DATE is `Sept. 5`, `June 10, 2024`, `5 June` or a weekday,
 * AGENCY is a short parenthesised name and DASH is `—`, `–`, `―`, `-` or `--`.
 *
 * Filters, each a guard against a known false positive:
 * - the place must contain three capitals in a row (`U.S. —` is not a place);
 * - no place word may be a story label (`BREAKING —`, `LIVE UPDATES -`);
 * - the body after the dash must start like a sentence (capital, digit or quote) and
 *   contain a lower-case letter (an all-caps headline with a dash is not a dateline).
 * Only the first paragraph is tried, or a later one when everything before it is a short
 * single line not ending in a full stop, comma or colon (a headline, byline or date
 * line) — except that the first may end in a full stop (some outlets and corpora end a
 * headline with one: `Envoys return to Cairo.` above `CAIRO, Nov. 19 (UPI) —`) when the
 * dateline under it is a wire's, with a date or an agency (a bare `DOHA —` after a short
 * sentence is more likely a body's second paragraph); at most four paragraphs are tried.
 */
import { findParagraphs } from './01-paragraphs.js';
import { KICKERS } from './lexicon.js';
import type { Dateline, ParagraphSpan } from './types.js';

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.\/\-]*`;
const REGION_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE = String.raw`(?:${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?|${WEEKDAY}|\d{4}-\d{2}-\d{2})`;

const DATELINE_RE = new RegExp(
  String.raw`(?<place>${CAPS_WORD}(?: ${CAPS_WORD}){0,4}(?:, ${REGION_WORD}(?: (?:of |the |and |de |al-|el-)?${REGION_WORD}){0,3}){0,2})` +
    String.raw`(?:, (?<date1>${DATE}))?` +
    String.raw`(?: ?\((?<agency>[\p{L}][\p{L}&.' ]{0,30})\))?` +
    String.raw`(?:,? (?<date2>${DATE}))?` +
    String.raw`[ \t]{0,2}(?:[—–―](?!-)|--?(?=\s))`,
  'uy',
);

const THREE_CAPS = /\p{Lu}{3}/u;
const BODY_START = /^[\p{Lu}\p{N}"“‘'«„]/u;
const LOWER = /\p{Ll}/u;
/** A preamble line may end in `?` or `!` (headlines do), not in a full stop or a comma. */
const FINAL_PUNCT = /[.…:;,]["”’')]*$/u;
/** The first line, a headline, may also end in one full stop (not an ellipsis, an abbreviation's dot is one too). */
const HEADLINE_FINAL_PUNCT = /(?:\.\.|[…:;,])["”’')]*$/u;
const MAX_PREAMBLE = 4;
const PREAMBLE_MAX_CHARS = 160;

/** The dateline of `text`, or null. Offsets refer to `text`. */
export function findDateline(text: string): Dateline | null {
  return findDatelineIn(text, findParagraphs(text));
}

/** As {@link findDateline}, reusing paragraphs already found for `text`. */
export function findDatelineIn(text: string, paragraphs: readonly ParagraphSpan[]): Dateline | null {
  const last = Math.min(paragraphs.length, MAX_PREAMBLE);
  /** Whether the first paragraph ended in a full stop (a headline only above a wire's dateline). */
  let stopped = false;
  for (let i = 0; i < last; i++) {
    const p = paragraphs[i]!;
    const found = matchAt(text, p, paragraphs[i + 1] ?? null);
    if (found !== null) return !stopped || found.date !== null || found.agency !== null ? found : null;
    if (!isPreamble(p)) {
      if (i > 0 || !isPreamble(p, HEADLINE_FINAL_PUNCT)) return null;
      stopped = true;
    }
  }
  return null;
}

function isPreamble(p: ParagraphSpan, finalPunct = FINAL_PUNCT): boolean {
  return p.end - p.start <= PREAMBLE_MAX_CHARS && p.text.indexOf('\n') < 0 && !finalPunct.test(p.text);
}

function matchAt(text: string, p: ParagraphSpan, next: ParagraphSpan | null): Dateline | null {
  DATELINE_RE.lastIndex = p.start;
  const m = DATELINE_RE.exec(text);
  if (m === null || m.index !== p.start) return null;
  const end = DATELINE_RE.lastIndex;
  if (end > p.end) return null;
  const place = m.groups!['place']!;
  const capsPart = place.split(',')[0]!;
  if (!THREE_CAPS.test(capsPart)) return null;
  for (const w of capsPart.split(/[ \/]/)) if (KICKERS.has(w)) return null;
  const body = end < p.end ? text.slice(end, p.end).trimStart() : (next?.text ?? '');
  if (!BODY_START.test(body) || !LOWER.test(body)) return null;
  return {
    start: p.start,
    end,
    text: text.slice(p.start, end),
    place,
    date: m.groups!['date1'] ?? m.groups!['date2'] ?? null,
    agency: m.groups!['agency']?.trim() ?? null,
  };
}
