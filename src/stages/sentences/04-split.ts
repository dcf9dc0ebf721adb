/**
 * @module stages/sentences/04-split — pass 4: propose sentence boundaries in a paragraph.
 *
 * Every `.`, `?`, `!` (or a run of them), every ellipsis and every abbreviation token
 * that kept its dot proposes a boundary. The would-be sentence then absorbs what closes
 * it: closing quotes (`”`, `’`, `»`, `›`, or a straight quote touching the previous
 * token), closing brackets and further touching end punctuation (`?”.`). Whether the
 * boundary holds is decided by the rules of pass 5.
 */
import { K_PUNCT, K_QUOTE } from './token-table.js';
import type { TokenTable } from './token-table.js';

/** Why a token proposed a boundary. */
export type CandidateTrigger = 'terminal' | 'ellipsis' | 'abbreviation';

/** A proposed sentence end. */
export interface Candidate {
  /** Index of the token that proposed it. */
  readonly trigger: number;
  /** Index of the would-be sentence's last token, after closers were absorbed. */
  readonly last: number;
  readonly kind: CandidateTrigger;
  /** A closing quote was absorbed: the end is inside a quotation. */
  readonly quoted: boolean;
}

/** `”`, `’`, `»`, `›`: always closing. */
const CLOSING_QUOTES = new Set([0x201d, 0x2019, 0xbb, 0x203a]);
/** `)`, `]`, `}`. */
const CLOSING_BRACKETS = new Set([41, 93, 125]);

/** The trigger kind of token `i`, or null when it cannot end a sentence. */
export function triggerOf(t: TokenTable, i: number): CandidateTrigger | null {
  if (t.kinds[i] === K_PUNCT) {
    const c = t.firstChar(i);
    if (c === 63 || c === 33) return 'terminal';
    if (c === 46) return t.ends[i]! - t.starts[i]! === 1 ? 'terminal' : 'ellipsis';
    if (c === 0x2026) return 'ellipsis';
    return null;
  }
  return t.abbrs[i] !== 0 ? 'abbreviation' : null;
}

/** Whether token `i` closes a quotation or bracket opened before it. */
export function isCloser(t: TokenTable, i: number): boolean {
  const kind = t.kinds[i];
  const c = t.firstChar(i);
  if (kind === K_QUOTE) {
    if (CLOSING_QUOTES.has(c)) return true;
    return (c === 34 || c === 39) && i > 0 && t.ends[i - 1] === t.starts[i];
  }
  return kind === K_PUNCT && CLOSING_BRACKETS.has(c);
}

/** Proposes boundaries among tokens `[from, to)`; the last one may end at `to - 1`. */
export function proposeBoundaries(t: TokenTable, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const kind = triggerOf(t, i);
    if (kind === null) continue;
    let j = i;
    let quoted = false;
    while (j + 1 < to) {
      if (isCloser(t, j + 1)) {
        if (t.kinds[j + 1] === K_QUOTE) quoted = true;
      } else if (!(t.kinds[j + 1] === K_PUNCT && t.starts[j + 1] === t.ends[j] && triggerOf(t, j + 1) !== null)) {
        break;
      }
      j++;
    }
    out.push({ trigger: i, last: j, kind, quoted });
    i = j;
  }
  return out;
}
