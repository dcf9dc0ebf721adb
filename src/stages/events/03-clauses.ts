/**
 * @module stages/events/03-clauses — clause breaks inside a sentence.
 *
 * A sentence is cut where the lexicon's `clauseBreaks` say a new clause starts: at a
 * semicolon, colon or dash, at a conjunction such as "but" or "while", at ", which",
 * ", who", ", after", at "that" after a reporting verb; a relative clause (", who …,")
 * also ends at its closing comma. Modality cues, arguments and dates
 * look inside the trigger's clause first. Computed once per sentence that has a candidate.
 */
import type { EventLexicon } from './lexicon.js';
import type { EventView, SentenceRange } from './view.js';
import { WordTable } from './words.js';

/** A clause: an inclusive token range. */
export interface Clause {
  readonly first: number;
  readonly last: number;
}

const starters = new WeakMap<EventLexicon, WordTable<boolean>>();

/** Whether a word can start a clause-break pattern or is a reporting verb (cheap test before matching), by word number. */
function startsBreak(lex: EventLexicon): WordTable<boolean> {
  let table = starters.get(lex);
  if (!table) {
    const set = new Set(lex.sets.get('reporting')?.exact);
    for (const b of lex.clauseBreaks) {
      const first = b.pattern?.elements[0];
      if (first?.kind === 'words') for (const w of first.set.exact) set.add(w);
    }
    table = new WordTable((w) => set.has(w));
    starters.set(lex, table);
  }
  return table;
}

/** The token indices that start a new clause in sentence `s` (the sentence's first token excluded). */
export function clauseBreaks(view: EventView, lex: EventLexicon, s: SentenceRange): number[] {
  const breaks: number[] = [];
  const aux = lex.sets.get('aux') ?? null;
  const starts = startsBreak(lex);
  for (let k = s.first + 1; k <= s.last; k++) {
    if (view.kinds[k] !== 'dash' && !view.wordValue(starts, k)) continue;
    for (const b of lex.clauseBreaks) {
      if (b.kind !== null) {
        if (view.kinds[k] === b.kind) { breaks.push(k); break; }
        continue;
      }
      const m = b.pattern === null ? null : view.matchAt(b.pattern, k, s.last, aux);
      if (m !== null) {
        if (m.head > s.first && breaks[breaks.length - 1] !== m.head) breaks.push(m.head);
        if (b.closesAtComma) {
          for (let j = m.head + 1; j < s.last; j++) if (view.words[j] === ',') { breaks.push(j + 1); break; }
        }
        break;
      }
    }
  }
  // usually found in order already (a relative clause's closing comma may come after a later break)
  let ascending = true;
  for (let i = 1; i < breaks.length && ascending; i++) ascending = breaks[i - 1]! < breaks[i]!;
  return ascending ? breaks : [...new Set(breaks)].sort((a, b) => a - b);
}

/** The clause of sentence `s` that holds token `k`, given the sentence's breaks. */
export function clauseAt(s: SentenceRange, breaks: readonly number[], k: number): Clause {
  let first = s.first;
  let last = s.last;
  for (const b of breaks) {
    if (b <= k) first = b;
    else { last = b - 1; break; }
  }
  return { first, last };
}

/** Whether a clause break lies in `(a, b]` (between two tokens, a < b). */
export function breakBetween(breaks: readonly number[], a: number, b: number): boolean {
  for (const x of breaks) if (x > a && x <= b) return true;
  return false;
}

/** Clause breaks per sentence, computed on first use. */
export class ClauseCache {
  private readonly cache = new Map<number, number[]>();
  constructor(private readonly view: EventView, private readonly lex: EventLexicon) {}

  /** The breaks of sentence `si`. */
  breaks(si: number): readonly number[] {
    let b = this.cache.get(si);
    if (b === undefined) {
      b = clauseBreaks(this.view, this.lex, this.view.sentences[si]!);
      this.cache.set(si, b);
    }
    return b;
  }

  /** The clause that holds token `k` of sentence `si`. */
  clause(si: number, k: number): Clause {
    return clauseAt(this.view.sentences[si]!, this.breaks(si), k);
  }
}
