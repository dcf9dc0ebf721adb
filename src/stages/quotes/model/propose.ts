/**
 * @module stages/quotes/model/propose — the model's attributions as quote candidates.
 *
 * Runs the cue tagger over the document; a cue the rules read keeps the rules' candidate,
 * for any other the span picker chooses content and source and the pick becomes a
 * {@link Candidate} (`quotes/model-cue`): kind `direct` when every word of the content is
 * inside quotation marks, `mixed` when some are, `indirect` otherwise; the source's head is
 * the last token of the first entity mention in it, else its last word before a comma.
 * Picks the rule passes would refuse are dropped: a noun use of a cue form with no named
 * speaker (`The framework calls for …`, pass 05), a content opening with a quotation
 * marked as a term (`dubbed “…”`, pass 06), and a content of fewer words than the model's
 * `minWords` (tuned on dev with the cue biases).
 */
import type { CueHit } from '../02-cues.js';
import { isPassive, notAStatement, nounUseOfCue, objectSaysNothing, speakingSource } from '../05-indirect.js';
import { MONTH_NAMES, MONTHS, WEEKDAY_NAMES } from '../../time/lexicon.js';
import { CUE_BY_FORM, isParticiple } from '../cues.js';
import { ACT_VERBS, NAMING_PARTICIPLES, SUBJECT_PRONOUNS } from '../lexicon.js';
import { termMarkedAt } from '../06-refine.js';
import type { Candidate, QuoteKind, SourceSpan } from '../types.js';
import type { DocView } from '../view.js';
import { cuesOfTags, pickSpans, tagCues } from './decode.js';
import { tokenTable, type CueSpan, type RuleEvidence, type TokenTable } from './features.js';
import type { AttributionModel } from './weights.js';

/** Provenance of the model's candidates. */
export const MODEL_VIA = 'quotes/model-cue';

function isWord(view: DocView, i: number): boolean {
  return view.tokens[i]!.kind === 'word' || view.tokens[i]!.kind === 'number';
}

/** How many words and numbers tokens `first`…`last` hold. */
export function wordCount(view: DocView, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (isWord(view, k)) n++;
  return n;
}

/** The kind of a content span from how much of it is quoted. */
function kindOf(t: TokenTable, first: number, last: number): QuoteKind {
  let words = 0;
  let quoted = 0;
  for (let k = first; k <= last; k++) {
    if (!isWord(t.view, k)) continue;
    words++;
    quoted += t.quoted[k]!;
  }
  return quoted === 0 ? 'indirect' : quoted === words ? 'direct' : 'mixed';
}

/**
 * Words of a bare date: the time stage's month names and abbreviations (with or without their
 * dot), full weekday names, and the words around them.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(MONTHS).filter((k) => !(MONTH_NAMES as readonly string[]).includes(k)).map((k) => `${k}.`),
  ...WEEKDAY_NAMES,
  'on', 'in', 'at', 'of', 'last', 'this', 'next', 'early', 'late', 'mid', '.', ',',
]);

/** Whether tokens `first`…`last` are only a date ("Sept. 12", "on Monday"). */
function onlyDate(view: DocView, first: number, last: number): boolean {
  if (last - first > 5) return false;
  for (let k = first; k <= last; k++) if (view.tokens[k]!.kind !== 'number' && !DATE_WORDS.has(view.lower(k))) return false;
  return true;
}

/** The head of a source span: the end of its first mention, else its last word before a comma. */
export function headOf(view: DocView, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const m = view.mentionAt(k);
    if (m !== undefined) return Math.min(m.last, last);
  }
  let head = first;
  for (let k = first; k <= last; k++) {
    const text = view.tokens[k]!.text;
    if (text === ',' || text === '(' || view.lower(k) === 'who') break;
    if (isWord(view, k)) head = k;
  }
  return head;
}

/**
 * The quotations of a document by their mark tokens, for `trim`: a set of
 * `openToken × (tokens + 1) + closeToken`, built on first use (looking through every pair
 * of marks for each cue was quadratic on a long document).
 */
class Quotations {
  private keys: Set<number> | undefined;

  constructor(private readonly rules: RuleEvidence, private readonly tokens: number) {}

  /** Whether a pair of marks opens at token `first` and closes at token `last`. */
  has(first: number, last: number): boolean {
    this.keys ??= new Set(this.rules.marks.filter((m) => m.closeToken >= 0).map((m) => m.openToken * (this.tokens + 1) + m.closeToken));
    return this.keys.has(first * (this.tokens + 1) + last);
  }
}

/** A content that is one quotation, marks included, loses its marks (the rules' direct quotes have none). */
function trim(quotations: Quotations, first: number, last: number): [number, number] {
  if (last - first >= 2 && quotations.has(first, last)) return [first + 1, last - 1];
  return [first, last];
}

/**
 * Whether the model's cue is refused whatever the span picker would pick: a lexicon cue
 * that is no statement (pass 05), a word outside the lexicon before `to` (a purpose or a
 * plan: `meant to`, `set to`, `designed to`; not `pointed to`, {@link CITING_PREPOSITIONS}), a naming participle (`Dagalo, known as
 * Hemedti`, `also referred to as`), an audience alone (`addressed the crowd`), an act (`signed a ceasefire agreement`), a passive
 * lexicon cue before `to`, which raises its subject (`Burns and Barnea were expected to
 * join the talks`: a forecast, not their words) or before `(by …) as` (`was quoted by SUNA as
 * saying`: the participle is the statement), `see` after a modal and a common noun (`The
 * draft would see troops withdraw`: what it entails), or `asked` opening an aside after a comma (the
 * speaker was asked).
 */
function refusedCue(view: DocView, cue: CueSpan, lexical: CueHit | undefined): boolean {
  if (NAMING_PARTICIPLES.has(view.lower(cue.last)) && (view.lower(cue.last + 1) === 'as' || view.lower(cue.last + 2) === 'as')) return true;
  if (objectSaysNothing(view, cue.last + 1)) return true;
  // `The draft would see Israeli troops withdraw …`: what a plan entails, not what anyone sees
  if (view.lower(cue.first) === 'see' && ENTAILING_MODALS.has(view.lower(cue.first - 1)) && !view.capitalized(cue.first - 2) && view.mentionAt(cue.first - 2) === undefined && !SUBJECT_PRONOUNS.has(view.lower(cue.first - 2)) && !seenAs(view, cue.first + 1)) return true;
  // `A spokesperson, asked about the rejection, said …`: an aside saying the speaker was asked
  if (view.lower(cue.first) === 'asked' && view.tokens[cue.first - 1]?.text === ',' && view.tokens[cue.first + 1]?.kind === 'word') return true;
  if (lexical !== undefined) return notAStatement(view, lexical) || (isPassive(view, lexical) && (view.lower(lexical.last + 1) === 'to' || quotedAs(view, lexical.last + 1)));
  if (cue.first !== cue.last) return false;
  // `rail bosses`: a verb that is a cue only with its particle (`railed against`) is none without it
  const rule = CUE_BY_FORM.get(view.lower(cue.first));
  // `She pointed to the polls as proof`: what the speaker cites (not a plan before `to`)
  if (rule !== undefined && CITING_PREPOSITIONS.get(rule.id) === view.lower(cue.last + 1)) return false;
  const particle = rule?.particle;
  if (particle !== undefined && view.lower(cue.last + 1) !== particle) return true;
  return view.lower(cue.last + 1) === 'to' || ACT_VERBS.has(view.lower(cue.first));
}

/**
 * Particle cues whose other preposition names what the speaker cites or holds up (`pointed to
 * the rise in prices`, `points to the polls`): the model's cue there is no plan before `to`
 * and no particle verb without its particle.
 */
const CITING_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['point', 'to']]);

/** Relative pronouns, which are never a content on their own. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'what']);

/** Whether the words of tokens `first`…`last` outside the source are only relative pronouns (`which the union`, `which`). */
function onlyRelative(view: DocView, first: number, last: number, source: SourceSpan | null): boolean {
  let relatives = 0;
  for (let k = first; k <= last; k++) {
    if (source !== null && k >= source.first && k <= source.last) continue;
    if (!isWord(view, k)) continue;
    if (!RELATIVES.has(view.lower(k))) return false;
    relatives++;
  }
  return relatives > 0;
}

/** Modals after which `see` says what a plan or deal entails (`would see troops withdraw`). */
const ENTAILING_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'should', 'might']);

/** Whether `as` follows within a few words of the same sentence (`would see the plan as a betrayal`: a view, not what a plan entails). */
function seenAs(view: DocView, k: number): boolean {
  return firstAs(view, k, k + AGENT_TOKENS, view.sentenceOf[k]) >= 0;
}

/** The first `as` in tokens `from`…`end` (exclusive) of sentence `sentence`, else -1. */
function firstAs(view: DocView, from: number, end: number, sentence: number | undefined): number {
  for (let j = from; j < end && view.sentenceOf[j] === sentence; j++) if (view.lower(j) === 'as') return j;
  return -1;
}

/** Longest agent between a passive cue and its `as` (`was quoted by the state news agency SUNA as saying`). */
const AGENT_TOKENS = 10;

/**
 * Whether a passive cue ending before `k` is `quoted (by …) as saying …`: `saying` carries the
 * statement (pass 05 gives it the passive's subject), the cue's object is only who reported
 * it. Other participles (`as warning that`, `as telling`) pass 05 does not read, so the
 * model's reading of the passive stays.
 */
function quotedAs(view: DocView, k: number): boolean {
  const saying = (as: number): boolean => view.lower(as) === 'as' && view.lower(as + 1) === 'saying';
  if (saying(k)) return true;
  if (view.lower(k) !== 'by') return false;
  const as = firstAs(view, k + 1, k + AGENT_TOKENS, view.sentenceOf[k]);
  return as >= 0 && saying(as);
}

/** Rule readings whose content the span picker may carry past a comma (the clause and object readings stop at the first one). */
const EXTENDABLE_VIAS: ReadonlySet<string> = new Set(['quotes/indirect-clause', 'quotes/indirect-object', 'quotes/indirect-tag']);

/**
 * A rule reading of reported speech whose content stops before a comma (`said that the
 * talks, held in secret for weeks, had stalled` read as `the talks`; `accused the mayor of
 * delaying, obstructing and …`) runs on to the span picker's content end when the picker,
 * given the same cue, ends later in the same sentence: the rules cut at the first comma,
 * the picker's end ranker learnt where PolNeAR's contents end (on train held out, 150
 * documents, the clause readings right went from 81 % to 83 %); not over a cue participle
 * after the comma (`…, calling it “an insult”` is a statement of its own). The rule's start and
 * speaker are kept; a picker end in a later sentence is not followed (it runs on into
 * the next statement more often than the content does).
 */
function extendedAtComma(view: DocView, t: TokenTable, c: Candidate, cue: CueSpan, model: AttributionModel): Candidate {
  if (!EXTENDABLE_VIAS.has(c.via) || c.end <= c.start) return c;
  const last = view.tokenEndingBy(c.end);
  if (last < 0 || view.tokens[last + 1]?.text !== ',') return c;
  // `said the board had rejected the offer, calling it …`: a cue participle after the comma is a statement of its own
  if (t.cueIndex[last + 2]! >= 0 && isParticiple(view.lower(last + 2))) return c;
  const pick = pickSpans(t, cue, model.span);
  if (pick === null || pick.contentLast <= last + 1 || view.sentenceOf[pick.contentLast] !== view.sentenceOf[last]) return c;
  const first = view.tokenAtOrAfter(c.start);
  return { ...c, end: view.tokens[pick.contentLast]!.end, kind: kindOf(t, first, pick.contentLast) };
}

/**
 * The model's candidates for a document. With `ruleReadings`, a cue the rules already read
 * keeps their reading: a direct or mixed quote is left out (the combine keeps the rules'),
 * reported speech is the rules' candidate itself; the span picker runs only for the cues
 * the rules did not read. Without it (diagnostics, `model` mode) every cue is picked.
 */
export function proposeByModel(view: DocView, rules: RuleEvidence, model: AttributionModel, ruleReadings = false): Candidate[] {
  const t = tokenTable(view, rules);
  const tags = tagCues(t, model.cue, model.meta.cueBias, model.meta.ruleCueBias, model.anchors);
  const out: Candidate[] = [];
  const taken = new Set<number>();
  const quotations = new Quotations(rules, t.n);
  for (const cue of cuesOfTags(tags)) {
    const r = t.ruleIndex[cue.first]!;
    if (ruleReadings && r >= 0) {
      const c = rules.candidates[r]!;
      if (c.kind === 'indirect' && !taken.has(r)) out.push(extendedAtComma(view, t, c, cue, model));
      taken.add(r);
      continue;
    }
    const lexical = t.cueIndex[cue.first]! < 0 ? undefined : rules.cues[t.cueIndex[cue.first]!];
    // the refusals that read the cue alone come before the span picker, which is the costly
    // part (a fifth of the picks were refused so); the rest read what it picked
    if (refusedCue(view, cue, lexical)) continue;
    const pick = pickSpans(t, cue, model.span);
    if (pick === null || (t.mark[pick.contentFirst] === 1 && termMarkedAt(view.text, view.tokens[pick.contentFirst]!.start))) continue;
    const cueSpan = lexical === undefined ? cue : { first: Math.min(cue.first, lexical.first), last: Math.max(cue.last, lexical.last) };
    // a content that opens with (or inside) its own speaker and cue (`Egypt, which mediated …, said at least 600 trucks …`) starts after the cue
    const opensWithSource = pick.sourceFirst >= 0 && pick.contentFirst >= pick.sourceFirst && pick.contentFirst <= pick.sourceLast && pick.sourceLast < cueSpan.first && pick.contentLast > cueSpan.last;
    const [first, last] = trim(quotations, opensWithSource ? cueSpan.last + 1 : pick.contentFirst, pick.contentLast);
    const source: SourceSpan | null = pick.sourceFirst < 0 ? null : { first: pick.sourceFirst, last: pick.sourceLast, head: headOf(view, pick.sourceFirst, pick.sourceLast) };
    // (the model saw the clause around it: a noun-like form after a speaker noun or a poll is read as the verb)
    if (lexical !== undefined && nounUseOfCue(view, lexical, source) && !speakingSource(view, lexical, source)) continue;
    // a pick shorter than the model's learnt minimum is more often a stray phrase than the content
    if (wordCount(view, first, last) < (model.meta.minWords ?? 1)) continue;
    // a date is no content (`The plan, announced on Sept. 12, called for …`), nor the speaker's own words naming them (`The governor added.`)
    if (onlyDate(view, first, last) || (source !== null && source.first <= first && last <= source.last)) continue;
    // `a 12% raise, which the union rejected`: a relative pronoun (with the speaker after it) stands for the antecedent, it says nothing itself
    if (onlyRelative(view, first, last, source)) continue;
    // `a proposal the union rejected as insufficient`: the object is gone before the cue, `as …` only judges it (pass 05 refuses it too)
    if (first === cueSpan.last + 1 && view.lower(first) === 'as') continue;
    out.push({
      kind: kindOf(t, first, last),
      start: view.tokens[first]!.start,
      end: view.tokens[last]!.end,
      cue: { first: cueSpan.first, last: cueSpan.last },
      source,
      via: MODEL_VIA,
    });
  }
  return out;
}
