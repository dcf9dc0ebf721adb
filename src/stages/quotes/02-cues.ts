/**
 * @module stages/quotes/02-cues — finds the cue words of a document (`said`, `according to`).
 *
 * One scan over the tokens looks every word up in the cue lexicon (`cues.ts` `cueRuleOf`). A verb with
 * a required particle (`pointed out`, `railed against`) fires only with it, and the cue
 * span covers both. `according to` is one cue. Each hit records whether it stands inside
 * quotation marks, where it is somebody else's words rather than the article's.
 */
import { PHRASE_CUES, cueRuleOf, type CueRule } from './cues.js';
import { READ_SUBJECTS } from './lexicon.js';
import type { QuoteMarks } from './types.js';
import type { DocView } from './view.js';

/** One cue in the text. */
export interface CueHit {
  /** Token range of the cue, inclusive (`pointed out` is two tokens). */
  readonly first: number;
  readonly last: number;
  /** The verb token (the first one). */
  readonly verb: number;
  readonly rule: CueRule;
  /** Inside a top-level quotation. */
  readonly quoted: boolean;
}

const ACCORDING_TO = PHRASE_CUES[0]!;
const AS_REPORTED_BY = PHRASE_CUES[1]!;
const IN_A_POLL = PHRASE_CUES[2]!;

/** Heads of `In a new poll, …` (singular: `In the polls, X trails` is a standing, not a poll's figures). */
const POLL_HEADS: ReadonlySet<string> = new Set(['poll', 'survey']);

/** Longest noun phrase between `In` and its poll (`In the latest Washington Post-ABC News poll`). */
const POLL_REACH = 9;

/**
 * Whether `In` at token `i` opens its sentence with a poll or survey and a comma after it
 * (`In a new Gallup poll released Sunday, 40 percent …`): the figures are the poll's.
 */
function inAPoll(view: DocView, i: number): boolean {
  if (view.tokens[i]!.text !== 'In') return false;
  const s = view.sentenceAt(i);
  if (s === undefined || s.first !== i) return false;
  let poll = -1;
  for (let k = i + 1; k <= Math.min(s.last, i + POLL_REACH); k++) {
    if (view.tokens[k]!.text === ',') break;
    if (POLL_HEADS.has(view.lower(k))) poll = k;
  }
  if (poll < 0) return false;
  for (let k = poll + 1; k < s.last; k++) if (view.tokens[k]!.text === ',') return true;
  return false;
}

/** Adverbs inside `as (first) reported by`. */
const AS_REPORTED_ADVERBS: ReadonlySet<string> = new Set(['first', 'originally', 'previously', 'initially', 'earlier']);

/** Participles of `as reported by` (`as noted by`, `as revealed by`). */
const AS_REPORTED_VERBS: ReadonlySet<string> = new Set(['reported', 'noted', 'revealed']);

/**
 * The last token of `as (first) reported by` opening a clause at token `i` (the sentence's
 * start or after a comma), else -1: `As reported by the Ledger, …`, `…, as first reported by the Ledger.`
 */
function asReportedBy(view: DocView, i: number): number {
  if (view.lower(i) !== 'as') return -1;
  const before = view.tokens[i - 1];
  if (before !== undefined && before.text !== ',' && view.sentenceAt(i)?.first !== i) return -1;
  let k = i + 1;
  if (AS_REPORTED_ADVERBS.has(view.lower(k))) k++;
  return AS_REPORTED_VERBS.has(view.lower(k)) && view.lower(k + 1) === 'by' ? k + 1 : -1;
}

/** Per token, whether it lies inside a top-level quotation (marks excluded). */
export function quotedTokens(view: DocView, marks: readonly QuoteMarks[]): Uint8Array {
  const inside = new Uint8Array(view.tokens.length);
  for (const m of marks) if (m.depth === 0) inside.fill(1, Math.max(0, m.first), m.last + 1);
  return inside;
}

/** Words after which a cue form is a noun (`the charge`, `his say`, `secretary of state`). */
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'no',
  'every', 'each', 'of', 'many', 'few', 'more', 'most', 'such', 'another', "'s", '’s', 'public', 'strong', 'low', 'high',
]);

/** `expressed hope`, `voiced concern`: a base form right after a past or `-ing` cue is that cue's object, a noun. */
function objectOfCue(view: DocView, i: number, rule: CueRule): boolean {
  // the cheap test first: most cue forms are not a base form (`said`), and their previous word need not be looked up
  const form = view.lower(i);
  return (form === rule.forms[0] || form === rule.forms[1]) && cueRuleOf(view.lower(i - 1)) !== undefined && /(ed|ing)$/.test(view.lower(i - 1));
}

/**
 * Whether the cue form at token `i` is used as a verb: not after a determiner or `of`, not
 * the object of another cue (`expressed hope`), not inside markup (`<tweet …>`), and not
 * capitalized inside a sentence (`United States`) unless the sentence is a headline in
 * title case (`Sanders Says …`) and the cue a strong reporting verb.
 */
function verbUse(view: DocView, i: number, rule: CueRule): boolean {
  // `The statement read: “…”`: `read` reports a text's wording only right after the text (`He read the names` is no cue)
  if (rule.id === 'read' && !READ_SUBJECTS.has(view.lower(i - 1))) return false;
  if (NOUN_BEFORE.has(view.lower(i - 1)) || view.tokens[i - 1]?.text === '<' || objectOfCue(view, i, rule)) return false;
  // `a Russian demand that …`, `the US offer`: a base form after a determiner and a capitalized singular
  // modifier is a noun (a verb there would take -s: `the Kremlin demands`; `the Houthis demand` is plural)
  if (i >= 2 && view.lower(i) === rule.forms[0] && view.capitalized(i - 1) && !view.capitalized(i) && !view.lower(i - 1).endsWith('s') && NOUN_BEFORE.has(view.lower(i - 2)) && view.lower(i - 2) !== 'of') return false;
  // `the latest pay offer`, `a new ceasefire call`: a base form after a determiner and one or two
  // lower-case singular modifiers is a noun too (a verb there would take -s)
  if (view.lower(i) === rule.id && !PAST_AS_BASE.has(rule.id) && compoundNoun(view, i)) return false;
  const s = view.sentenceAt(i);
  if (s === undefined || i === s.first || !view.capitalized(i)) return true;
  let words = 0;
  let capitals = 0;
  for (let k = s.first; k <= s.last; k++) {
    if (view.tokens[k]!.kind !== 'word') continue;
    words++;
    if (view.capitalized(k)) capitals++;
  }
  return capitals >= 0.7 * words && rule.strength === 1 && !rule.frames.includes('object');
}

/** Whether a determiner stands one or two lower-case singular words before token `i` (`the latest pay offer`). */
function compoundNoun(view: DocView, i: number): boolean {
  for (let d = i - 2; d >= Math.max(0, i - 3); d--) {
    if (!DETERMINERS_OF_NOUNS.has(view.lower(d))) continue;
    for (let k = d + 1; k < i; k++) {
      const t = view.tokens[k]!;
      if (t.kind !== 'word' || view.capitalized(k) || t.lower.endsWith('ly') || t.lower.endsWith('s') || NOT_MODIFIERS.has(t.lower)) return false;
    }
    return true;
  }
  return false;
}

/** Verbs whose past tense is their base form (`The statement read: “…”` is a past verb, not a noun). */
const PAST_AS_BASE: ReadonlySet<string> = new Set(['read', 'put', 'cut', 'set', 'broadcast', 'forecast', 'bet', 'bid', 'hit', 'spread', 'let', 'quit', 'cast']);

/** Determiners that open a noun phrase whose head may be a cue's base form (`the latest pay offer`). */
const DETERMINERS_OF_NOUNS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'another']);

/** Lower-case words between a determiner and a base form that make it a verb (`the union will offer`, `a union that would demand`). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'to', 'not', 'did', 'do', 'does', 'also', 'who', 'which',
  'that', 'they', 'we', 'i', 'you', 'and', 'or', 'but', 'then', 'never', 'still', 'again', 'often',
]);

/** The cue rule of token `i`'s lower-cased form (kept per token number when the tokens are numbered: view.ts `WordFacts`). */
function ruleAt(view: DocView, i: number): CueRule | undefined {
  const numbered = view.numbered;
  // (another numbering's view built since leaves the kept facts to that one)
  if (numbered === null || numbered.facts.generation !== numbered.generation) return cueRuleOf(view.tokens[i]!.lower);
  const id = numbered.types[i]!;
  let rule = numbered.facts.rules[id];
  if (rule === undefined) {
    rule = cueRuleOf(view.tokens[i]!.lower) ?? null;
    numbered.facts.rules[id] = rule;
  }
  return rule ?? undefined;
}

/** Every cue of the document, in text order. */
export function findCues(view: DocView, quoted: Uint8Array): CueHit[] {
  const out: CueHit[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && view.lower(i + 1) === 'to') {
      out.push({ first: i, last: i + 1, verb: i, rule: ACCORDING_TO, quoted: quoted[i] === 1 });
      i++;
      continue;
    }
    if (inAPoll(view, i)) {
      out.push({ first: i, last: i, verb: i, rule: IN_A_POLL, quoted: quoted[i] === 1 });
      continue;
    }
    const byLast = asReportedBy(view, i);
    if (byLast >= 0) {
      out.push({ first: i, last: byLast, verb: i, rule: AS_REPORTED_BY, quoted: quoted[i] === 1 });
      i = byLast;
      continue;
    }
    const rule = ruleAt(view, i);
    if (!rule || !verbUse(view, i, rule)) continue;
    let last = i;
    if (rule.particle) {
      if (view.lower(i + 1) !== rule.particle) continue;
      last = i + 1;
    }
    out.push({ first: i, last, verb: i, rule, quoted: quoted[i] === 1 });
  }
  return out;
}
