/**
 * @module stages/quotes/01-marks — pairs quotation marks, in every typographic style.
 *
 * Double marks (“ ” " „ « » and two straight apostrophes `''`) and single marks (‘ ’ ' ‚ ‹ ›)
 * are read as opening or closing from their shape, or for straight marks from the
 * characters around them (so is a `”` with a space before and a letter after: an opening
 * mark typed the wrong way round). A stack per paragraph pairs them; a single-mark pair inside a
 * double one (or the reverse) is a nested quote. A double quote still open at the end of
 * a paragraph continues when the next paragraph opens with a mark of the same family
 * (the news convention for a quote spanning paragraphs); otherwise it ends with its
 * paragraph (`unclosed`). Unclosed single marks are dropped: they are mostly apostrophes,
 * and so is a plural possessive's mark inside a single-quoted quotation (`our members’ jobs`)
 * when a later single mark of the paragraph can close it.
 */
import type { QuoteMarks } from './types.js';
import type { DocView } from './view.js';

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

/** A mark as read: which family, opening or closing, and its token(s). */
interface Mark {
  readonly family: Family;
  readonly role: Role;
  /** First and last token of the mark (two for `''`). */
  readonly first: number;
  readonly last: number;
  /** A closing single mark that may be a plural possessive (`our members’ jobs`). */
  readonly possessive?: boolean;
}

/** Tag verbs that may follow a closing single mark with no comma (`‘We will strike’ said Lynch`). */
const TAG_AFTER_MARK = /^(?:said|says|say|told|tells|added|adds|asked|wrote|writes|warned|insisted|replied|according)$/;

/**
 * Whether the single mark at token `i` may be the apostrophe of a plural possessive: right
 * after a word ending in `s`, then a space and a lower-case word that is no tag verb
 * (`members’ jobs`, `the workers’ patience`).
 */
function possessiveLike(view: DocView, i: number): boolean {
  const { tokens, text } = view;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || next === undefined || prev.end !== t.start || next.kind !== 'word') return false;
  if (!/[sS]$/.test(prev.text) || text[t.end] !== ' ') return false;
  return /^\p{Ll}/u.test(next.text) && !TAG_AFTER_MARK.test(next.text);
}

/** Shapes that always open or close, whatever surrounds them. */
const SHAPES: Readonly<Record<string, { family: Family; role: Role }>> = {
  '“': { family: 'double', role: 'open' },
  '”': { family: 'double', role: 'close' },
  '„': { family: 'double', role: 'open' },
  '«': { family: 'double', role: 'open' },
  '»': { family: 'double', role: 'close' },
  '"': { family: 'double', role: 'either' },
  '‘': { family: 'single', role: 'open' },
  '’': { family: 'single', role: 'close' },
  '‚': { family: 'single', role: 'open' },
  '‹': { family: 'single', role: 'open' },
  '›': { family: 'single', role: 'close' },
  "'": { family: 'single', role: 'either' },
};

const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/“‘«„]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Opening or closing, for a straight mark, from its neighbours. */
function straightRole(text: string, start: number, end: number): Role {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  const openBefore = SPACE_OR_OPENER.test(before);
  const spaceAfter = /\s/.test(after) || after === '';
  if (openBefore && !spaceAfter) return 'open';
  if (!openBefore && (spaceAfter || !WORD_CHAR.test(after))) return 'close';
  return 'either';
}

/** Markup left in a text (`<tweet tweet-id="…">`): quote marks inside it are attribute syntax. */
const MARKUP = /<\/?[a-z][^<>\n]*>/gi;

/** The spans of markup tags in `text[start, end)`. */
function markupSpans(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  if (!slice.includes('<')) return [];
  return [...slice.matchAll(MARKUP)].map((m) => [start + m.index!, start + m.index! + m[0].length]);
}

/** The marks of one paragraph's tokens, in order. */
function readMarks(view: DocView, first: number, last: number): Mark[] {
  const out: Mark[] = [];
  const { tokens, text } = view;
  const markup = markupSpans(text, tokens[first]!.start, tokens[last]!.end);
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'quote') continue;
    if (markup.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    const shape = SHAPES[t.text];
    if (!shape) continue;
    const next = tokens[i + 1];
    if (t.text === "'" && next && next.text === "'" && next.start === t.end) {
      out.push({ family: 'double', role: straightRole(text, t.start, next.end), first: i, last: i + 1 });
      i++;
      continue;
    }
    let role = shape.role === 'either' ? straightRole(text, t.start, t.end) : shape.role;
    // ”Word after a space or at a line start: an opening mark typed the wrong way round
    // (and the Nordic convention, ” on both sides); read it as a straight mark.
    if (t.text === '”' && straightRole(text, t.start, t.end) === 'open') role = 'open';
    // „…“ (German): a “ closes a „ that is open.
    if (t.text === '“' && out.some((m) => m.role === 'open' && tokens[m.first]!.text === '„')) role = 'either';
    const possessive = shape.family === 'single' && role !== 'open' && possessiveLike(view, i);
    out.push(possessive ? { family: shape.family, role, first: i, last: i, possessive } : { family: shape.family, role, first: i, last: i });
  }
  // `‘We won’t accept a deal that ignores our members’ jobs,’ said Lynch`: a possessive-like
  // mark is an apostrophe when a later single mark of the paragraph can close the quote
  return out.filter((m, k) => m.possessive !== true || !out.slice(k + 1).some((n) => n.family === 'single' && n.role !== 'open' && n.possessive !== true));
}

/** An open mark waiting for its close. */
interface Open {
  readonly mark: Mark;
  readonly depth: number;
  /** Set when the quote was carried over from an earlier paragraph. */
  readonly continued: boolean;
}

/** Pairs the marks of every paragraph of `view`; the result is sorted by opening offset. */
export function pairMarks(view: DocView): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let carried: Open | null = null;
  for (const p of view.paragraphs) {
    if (p.first > p.last) continue;
    const marks = readMarks(view, p.first, p.last);
    const stack: Open[] = [];
    let from = 0;
    if (carried !== null) {
      const head = marks[0];
      if (head && head.first === p.first && head.family === carried.mark.family && head.role !== 'close') {
        stack.push({ ...carried, continued: true });
        from = 1;
      } else {
        out.push(unclosed(view, carried, view.paragraphs[p.paragraph - 1]!.last));
      }
      carried = null;
    }
    for (let k = from; k < marks.length; k++) step(view, marks[k]!, stack, out);
    carried = settle(view, stack, p.last, out);
  }
  if (carried !== null) out.push(unclosed(view, carried, view.paragraphs.at(-1)!.last));
  return out.sort((a, b) => a.open - b.open);
}

/** Applies one mark to the stack, emitting the pair it closes. */
function step(view: DocView, mark: Mark, stack: Open[], out: QuoteMarks[]): void {
  const top = stack.at(-1);
  const closes = mark.role === 'close' || (mark.role === 'either' && stack.some((o) => o.mark.family === mark.family));
  if (closes) {
    const at = findLast(stack, (o) => o.mark.family === mark.family);
    if (at < 0) return;
    const open = stack[at]!;
    stack.length = at;
    out.push(pair(view, open, mark));
    return;
  }
  // A second opening double mark while one is open: the first was never closed.
  if (top && mark.family === 'double' && top.mark.family === 'double') {
    stack.pop();
    out.push(unclosed(view, top, mark.first - 1));
  }
  stack.push({ mark, depth: stack.length, continued: false });
}

/** At a paragraph end: the outermost open double quote may continue; the rest end here. */
function settle(view: DocView, stack: Open[], last: number, out: QuoteMarks[]): Open | null {
  const outer = stack[0];
  if (!outer) return null;
  if (outer.mark.family === 'double') {
    for (const o of stack.slice(1)) if (o.mark.family === 'double') out.push(unclosed(view, o, last));
    return outer;
  }
  return null;
}

function findLast<T>(items: readonly T[], ok: (t: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i]!)) return i;
  return -1;
}

function pair(view: DocView, open: Open, close: Mark): QuoteMarks {
  const t = view.tokens;
  return {
    open: t[open.mark.first]!.start,
    close: t[close.last]!.end,
    start: t[open.mark.last]!.end,
    end: t[close.first]!.start,
    first: open.mark.last + 1,
    last: close.first - 1,
    openToken: open.mark.first,
    closeToken: close.last,
    depth: open.depth,
    family: open.mark.family,
    how: open.continued ? 'continued' : 'paired',
  };
}

function unclosed(view: DocView, open: Open, lastToken: number): QuoteMarks {
  const t = view.tokens;
  const last = Math.max(lastToken, open.mark.last);
  return {
    open: t[open.mark.first]!.start,
    close: t[last]!.end,
    start: t[open.mark.last]!.end,
    end: t[last]!.end,
    first: open.mark.last + 1,
    last,
    openToken: open.mark.first,
    closeToken: -1,
    depth: open.depth,
    family: open.mark.family,
    how: 'unclosed',
  };
}
