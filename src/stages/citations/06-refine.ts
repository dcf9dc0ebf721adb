/**
 * @module stages/citations/06-refine — pass 6: refiners over all proposals of a document.
 *
 * Each refiner takes the full list and returns a new one (see README.md for why each exists):
 * 1. `credit-lines`: drops what a picture credit line names ("Jane Doe/Lebanese Government via AP");
 * 1a. `short-forms`: "the Post" becomes the outlet named before it ending in "Post", or is dropped;
 * 2. `named-over-anonymous`: an anonymous phrase that overlaps a named source is dropped
 *    ("Associated Press sources" cites the AP);
 * 3. `overlaps`: of two overlapping proposals, the known one, then the longer one, is kept.
 * Every citation occurrence is kept: the export lists one entry per span, each its own evidence.
 */
import { citationKindOf, type Candidate } from './04-propose.js';
import { SHORT_FORMS } from './lexicon.js';
import { words } from './normalize.js';
import type { SourceEntry } from './types.js';

/** A registry source named somewhere in the text, cited or not (antecedents of short forms). */
export interface Mention {
  readonly start: number;
  readonly entry: SourceEntry;
}

/** What refiners may read besides the proposals. */
export interface RefineContext {
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  /** Registry outlets named in the text, in text order. */
  readonly mentions: readonly Mention[];
}

/** A refiner: the whole list in, a new list out. */
export interface Refiner {
  readonly id: string;
  readonly reason: string;
  refine(text: string, candidates: readonly Candidate[], ctx: RefineContext): Candidate[];
}

const CREDIT_LINE_MAX = 140;
const CREDIT_WORDS = /\b(?:Photo|Photos|Photograph|Image|Images|Video|Credit|File|Getty|Pool|via)\b|\//;
const NAME_LINE_WORD = /^(?:\p{Lu}|\d|of$|the$|and$|via$|de$|al-|el-|\/$|\|$)/u;

/**
 * True for a picture credit: a short line that is not a sentence (no sentence punctuation
 * inside) and names a photo, pool or agency ("AP Photo/Jane Doe", "… via AP") without
 * final punctuation, or is only names around a slash ("Jane Doe / Reuters.").
 */
function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > CREDIT_LINE_MAX || /[.!?:]["”’)]?\s/.test(t)) return false;
  if (!/[.!?:"”]$/.test(t) && CREDIT_WORDS.test(t)) return true;
  return t.length <= 90 && t.includes('/') && words(t.replace(/\.$/, '').replace(/\s*\/\s*/g, ' / ')).every((w) => NAME_LINE_WORD.test(w));
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [
  {
    id: 'credit-lines',
    reason: 'a picture credit names who took or distributed a photo, not where the facts come from',
    refine(text, candidates, { paragraphs }) {
      const credits = paragraphs.filter((p) => isCreditLine(text.slice(p.start, p.end)));
      if (credits.length === 0) return [...candidates];
      return candidates.filter((c) => !credits.some((p) => c.start >= p.start && c.end <= p.end));
    },
  },
  {
    id: 'short-forms',
    reason: '"the Post", "the Times", "a TV interviewer" name an outlet mentioned before, or none: they are resolved to it or dropped, never reported as unknown outlets',
    refine(text, candidates, { mentions }) {
      const out: Candidate[] = [];
      for (const c of candidates) {
        const w = words(text.slice(c.start, c.end)).filter((x) => x !== 'The' && x !== 'the');
        if (c.known || c.kind === 'anonymous' || w.length !== 1 || !SHORT_FORMS.has(w[0]!.toLowerCase())) {
          out.push(c);
          continue;
        }
        const short = w[0]!.toLowerCase();
        const antecedent = [...mentions].reverse().find((m) => m.start < c.start && [m.entry.name, ...m.entry.variants].some((n) => words(n).pop()?.toLowerCase() === short));
        if (antecedent !== undefined) out.push({ ...c, name: antecedent.entry.name, kind: citationKindOf(antecedent.entry), known: true, outletKey: antecedent.entry.key, rule: `${c.rule}+short-form` });
      }
      return out;
    },
  },
  {
    id: 'named-over-anonymous',
    reason: '"Associated Press sources" cites the AP; the anonymous reading of the same words is dropped',
    refine(_text, candidates) {
      const named = candidates.filter((c) => c.kind !== 'anonymous');
      return candidates.filter((c) => c.kind !== 'anonymous' || !named.some((n) => overlaps(n, c)));
    },
  },
  {
    id: 'overlaps',
    reason: 'two proposers may find the same name; a longer phrase beats the shorter one inside it',
    refine(_text, candidates) {
      const rank = (c: Candidate): number => (c.known ? 1_000_000 : 0) + (c.end - c.start);
      const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of sorted) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
      return kept.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  },
];
