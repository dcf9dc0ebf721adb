/**
 * @module stages/events/01-triggers — the proposers: trigger rules matched at their anchor words.
 *
 * Each token is looked up once in the lexicon's anchor index (the words a trigger pattern
 * can start with); only the rules anchored on that word are tried, as patterns over the
 * sentence's lower-case words. A match becomes a candidate when every `requires` group
 * has a condition that holds and no `unless` condition holds; its subtype is the rule's,
 * or the first subtype rule whose condition holds. A verb rule's match right after a
 * determiner or a noun modifier (the lexicon's `nominal` words: "the release", "hostage
 * releases") is read as a noun.
 */
import type { Condition, EventLexicon, Pattern, TriggerRule } from './lexicon.js';
import { NO_DATE, type Candidate } from './types.js';
import type { EventView, SentenceRange } from './view.js';
import { WordTable } from './words.js';

type Anchored = readonly { readonly rule: TriggerRule; readonly pattern: Pattern }[];

const anchorTables = new WeakMap<EventLexicon, WordTable<Anchored | undefined>>();

/** The lexicon's anchor index by word number (`lex.anchors`, read from an array). */
function anchorTable(lex: EventLexicon): WordTable<Anchored | undefined> {
  let t = anchorTables.get(lex);
  if (t === undefined) {
    t = new WordTable((w) => lex.anchors.get(w));
    anchorTables.set(lex, t);
  }
  return t;
}

/** A match a rule refused, for debug output. */
export interface Refusal {
  readonly rule: string;
  readonly text: string;
  readonly reason: string;
}


/** What stops a rule from firing: a `requires` group none of whose conditions holds, or an `unless` condition that holds. */
type Blocker = { readonly requires: readonly Condition[] } | { readonly unless: Condition };

/** What stops `rule` from firing on `[first, last]`, or null when it fires (no text is built: most matches are refused). */
function blocker(view: EventView, lex: EventLexicon, rule: TriggerRule, s: SentenceRange, first: number, last: number): Blocker | null {
  for (const group of rule.requires) {
    if (group.length > 0 && !group.some((c) => view.holds(c, s, first, last, lex))) return { requires: group };
  }
  for (const c of rule.unless) if (view.holds(c, s, first, last, lex)) return { unless: c };
  return null;
}

/** The reason a blocker gives, for debug output. */
function reasonOf(b: Blocker): string {
  if ('unless' in b) return b.unless.reason || describe(b.unless);
  return `requires one of: ${b.requires.map((c) => c.reason || describe(c)).join('; ')}`;
}

/** "The two sides last exchanged prisoners", "first met in May", "each released": an adverb before a past tense leaves it a verb ("the last exchange" is a noun). */
function adverbBefore(view: EventView, i: number): boolean {
  const w = view.words[i - 1]!.toLowerCase();
  // "the two sides last exchanged prisoners", "Ukraine and Russia each released 84 prisoners"
  return (w === 'last' || w === 'first' || w === 'each' || w === 'both') && view.words[i]!.endsWith('ed');
}

/** Why `rule` does not fire on `[first, last]`, or null when it does. */
export function refusal(view: EventView, lex: EventLexicon, rule: TriggerRule, s: SentenceRange, first: number, last: number): string | null {
  const b = blocker(view, lex, rule, s, first, last);
  return b === null ? null : reasonOf(b);
}

function describe(c: { near: { name: string } | null; sentence: { name: string } | null; document: { name: string } | null; prev: { text: string } | null; next: { text: string } | null; mention: string | null }): string {
  return [c.near && `near ${c.near.name}`, c.sentence && `sentence ${c.sentence.name}`, c.document && `document ${c.document.name}`, c.prev && `after "${c.prev.text}"`, c.next && `before "${c.next.text}"`, c.mention && `a ${c.mention} mention`].filter(Boolean).join(', ');
}

/** A hyphenated duration, one token ("30-day", "three-month"): what follows it is a noun. */
const DURATION_WORD = /^[a-z0-9]+-(?:hour|day|week|month|year)$/;

/** Every trigger match of the document that its rule's conditions allow. */
export function proposeTriggers(view: EventView, lex: EventLexicon, refused?: Refusal[]): Candidate[] {
  const out: Candidate[] = [];
  const aux = lex.sets.get('aux') ?? null;
  const nominal = lex.sets.get('nominal');
  const anchors = anchorTable(lex);
  for (let i = 0; i < view.n; i++) {
    const list = view.wordValue(anchors, i);
    if (list === undefined) continue;
    const si = view.sentenceOf[i]!;
    if (si < 0) continue;
    const s = view.sentences[si]!;
    for (const { rule, pattern } of list) {
      const m = view.matchAnchored(pattern, i, s.last, aux);
      if (m === null) continue;
      const blocked = blocker(view, lex, rule, s, i, m.last);
      if (blocked !== null) {
        refused?.push({ rule: rule.id, text: view.text.slice(view.starts[i]!, view.ends[m.last]!), reason: reasonOf(blocked) });
        continue;
      }
      const subtype = rule.subtypes.find((st) => view.holds(st.condition, s, i, m.last, lex))?.value ?? rule.subtype;
      const scoped = rule.scopes.length > 0 ? rule.scopes.find((st) => view.holds(st.condition, s, i, m.last, lex)) : undefined;
      // a rule on one act whose scope reads a deal says so (`deal`): the corpus status tells it from an act stored before scopes existed
      const scope = scoped === undefined ? rule.scope : scoped.value === 'act' ? 'act' : rule.scope === 'act' ? 'deal' : null;
      // ("a 30-day humanitarian truce": a hyphenated duration modifies a noun too)
      // ("a Russian demand that …": a demonym after a determiner modifies a noun)
      const pos = rule.pos === 'verb' && i > s.first && m.head === i && ((nominal !== undefined && view.is(nominal, i - 1)) || DURATION_WORD.test(view.words[i - 1]!)
        || (nominal !== undefined && i - 1 > s.first && view.isDemonym(i - 1) && view.is(nominal, i - 2))) && !adverbBefore(view, i) ? 'noun' : rule.pos;
      out.push({
        type: rule.type, subtype, rule: rule.id, sentence: si, first: i, last: m.last, head: m.head, pos,
        modality: 'asserted', modalityCue: null, agent: [], target: [], mediator: [], location: null, quantity: null,
        date: NO_DATE, source: null, antecedent: null,
        ...(scope !== null ? { scope } : {}),
      });
    }
  }
  return out;
}
