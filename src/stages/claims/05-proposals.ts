/**
 * @module stages/claims/05-proposals — pass 5: the proposals an article discusses.
 *
 * Proposers:
 * - named mentions: a proposal noun (`plan`, `framework`, `offer`…) and the words before
 *   it back to the determiner; the words that tell proposals apart become features
 *   (phases "three-phase", duration "60-day", origin "Egyptian"/"U.S.-backed", "bridging");
 * - duration mentions: "terms for a 60-day ceasefire";
 * - proposers: "proposed by Egypt", "Egypt's proposal", "Israel presented … a proposal".
 * A mention with a feature or a proposer is named; one without ("the proposal", "a robust
 * proposal") refers back to the last named proposal of the article.
 * Refiner: named mentions of one article merge when their features agree
 * (`sameProposal`, also used across articles by corpus/proposals). Terms and stances are
 * pass 6 (`06-terms.ts`).
 */
import { countryForms, worldPlaces } from '../../kb/places.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { MentionValue } from '../entities/link/index.js';
import { SpanIndex } from '../../util/span-index.js';
import type { ProposalLexicon } from './lexicon.js';
import { allMatches } from './matches.js';
import { SentenceGates } from './proposal-gates.js';
import type { GateHits } from './word-gate.js';
import type { PartyRef, ProposalFeatures } from './types.js';
import { boundedMemo } from '../../util/memo.js';

/** One mention of a proposal in a sentence. */
export interface ProposalMention extends Span {
  readonly text: string;
  readonly label: string;
  readonly named: boolean;
  readonly features: ProposalFeatures;
  readonly proposer: readonly PartyRef[];
  readonly sentence: Span;
  /** How it was found (provenance). */
  readonly via: 'noun' | 'duration' | 'offer' | 'anaphor';
}

const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100 };
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30 };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu;
/** Candidate proposal nouns; the lexicon's `mention.head` decides. */
const HEADS = /\b(?:plans?|proposals?|frameworks?|offers?|roadmaps?|initiatives?|blueprints?|counter-?proposals?)\b/gi;
const HEAD_TEST = new RegExp(HEADS.source, 'i');
/** A word that is itself a proposal noun: no modifier of the next one ("New US plan replaces May framework": two proposals). */
const HEAD_WORD = new RegExp(`^${HEADS.source.replace(/\\b/g, '')}$`, 'i');
const DASH_UNIT = /-(?:day|week|month)\b/i;
/** A word folded for the country index: no accents, lower case, no possessive or final period (kept by word: modifiers recur). */
const fold = boundedMemo(10_000, (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s?$/u, '').replace(/\.$/, ''));

/** A number written in digits or words ("60", "three", "1,000"), or null. */
export function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  return NUMBERS[w] ?? null;
}

/** How a modifier names a country: as an adjective ("Egyptian", "U.S.") or as a noun ("Egypt"). */
export interface Origin {
  /** The country's name as the link stage gives it. */
  readonly name: string;
  readonly adjective: boolean;
}

/** An abbreviation ("US", "U.S.") is used as an adjective; a country's name before a noun is not ("Israel plans to …"). */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * Countries by demonym, name and alias ("Egyptian", "U.S.", "Qatar" → the name the link
 * stage gives): the knowledge base's places first, then the world places lookup (its first
 * country for a shared demonym).
 */
export class OriginIndex {
  private readonly byWord = new Map<string, Origin>();
  /** Modifiers the world places lookup was asked about, by folded word (null: no country). */
  private readonly byCountry = new Map<string, Origin | null>();
  private readonly demonyms = new Map<string, string>();
  private readonly kbName: (name: string) => string;

  constructor(kb: KnowledgeBase) {
    // (countries only: a KB city or region, `kind`, is no proposer's origin)
    this.kbName = (name: string): string => kb.findByAlias(name).find((e) => e.type === 'place' && e.kind === undefined)?.name ?? name;
    const add = (w: string, name: string): void => {
      if (!this.byWord.has(fold(w))) this.byWord.set(fold(w), { name, adjective: ABBREVIATION.test(w) });
    };
    for (const e of kb.entities) if (e.type === 'place' && e.kind === undefined) for (const w of [e.name, ...e.aliases]) add(w, e.name);
    for (const p of worldPlaces()) {
      if (p.kind === 'country' && p.demonym) {
        const name = this.kbName(p.name);
        if (!this.demonyms.has(name)) this.demonyms.set(name, p.demonym);
      }
    }
  }

  /** The demonym of a country by the name the link stage gives it ("Egypt" → "Egyptian"), or null. */
  demonymOf(name: string): string | null {
    return this.demonyms.get(name) ?? null;
  }

  /** The country a modifier names, or null. */
  country(word: string): Origin | null {
    const folded = fold(word);
    const known = this.byWord.get(folded);
    if (known) return known;
    let origin = this.byCountry.get(folded);
    if (origin === undefined) {
      // the first form the lookup lists: a demonym before the same country's names
      const form = countryForms(folded)[0];
      origin = form ? { name: this.kbName(form.country.name), adjective: form.kind === 'demonym' || ABBREVIATION.test(form.text) } : null;
      if (this.byCountry.size >= 10_000) this.byCountry.clear();
      this.byCountry.set(folded, origin);
    }
    return origin;
  }
}

/** Inputs of the pass. */
export interface ProposalInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Annotation<MentionValue>[];
  /** The document's sentence gates, shared with pass 6 (made here when absent). */
  readonly gates?: SentenceGates;
}

/** The party of a linked mention. */
export function partyOf(m: Annotation<MentionValue>): PartyRef {
  return { key: m.value.key, name: m.value.name, type: m.value.type, kb: m.value.kb, wikidata: m.value.wikidata };
}

/** The linked mention (not a pronoun) that overlaps [start, end), preferring non-persons. */
function mentionIn(mentions: readonly Annotation<MentionValue>[], start: number, end: number): Annotation<MentionValue> | undefined {
  const hits = SpanIndex.of(mentions).overlapping(start, end).filter((m) => m.value.via !== 'pronoun');
  return hits.find((m) => m.value.type !== 'person') ?? hits[0];
}

/** The party whose cluster is named `name` in the document, if any. */
function partyNamed(mentions: readonly Annotation<MentionValue>[], name: string): PartyRef | null {
  const m = mentions.find((x) => x.value.name === name);
  return m ? partyOf(m) : null;
}

/** Features and label of the modifiers before a proposal noun. */
function describe(modifiers: readonly string[], head: string, lex: ProposalLexicon, origins: OriginIndex): { features: ProposalFeatures; label: string; verbLike: boolean } {
  let phases: number | null = null;
  let days: number | null = null;
  let origin: string | null = null;
  let bridging = false;
  let verbLike = false;
  const keep: string[] = [];
  for (const m of modifiers) {
    const ph = lex.phases.exec(m);
    const du = lex.duration.exec(m);
    const or = lex.origin.exec(m);
    const country = or ? origins.country(or[1]!) : null;
    if (ph) { phases = numberOf(ph[1]!); keep.push(m.toLowerCase()); } else if (du) {
      const n = numberOf(du[1]!);
      days = n === null ? null : n * (UNIT_DAYS[du[2]!.toLowerCase()] ?? 1);
      keep.push(m.toLowerCase());
    } else if (country) {
      // "Egyptian plan", "U.S.-backed plan" name an origin; "Israel plans to …" is a verb
      if (country.adjective || or![1] !== m) { origin = country.name; keep.push(m); } else verbLike = true;
    } else if (lex.bridging.test(m)) { bridging = true; keep.push('bridging'); } else if (lex.keepInLabel.test(m)) keep.push(m.toLowerCase());
  }
  const noun = head.toLowerCase().replace(/s$/, '');
  return { features: { phases, days, origin, bridging }, label: [...keep, noun].join(' '), verbLike };
}

/** The day a TIMEX3 day, month or year value stands for when measuring distances (a month's 15th, a year's July 1). */
export function middleDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (/^\d{4}-\d{2}/.test(value)) return `${value.slice(0, 7)}-15`;
  return `${value.slice(0, 4)}-07-01`;
}

/** True when the features name something: phases, a duration, an origin or a bridging proposal. */
export function distinctive(f: ProposalFeatures): boolean {
  return f.phases !== null || f.days !== null || f.origin !== null || f.bridging || (f.percent ?? null) !== null;
}

/**
 * Whether two mentions can be the same proposal: no feature differs, and at least one is
 * shared (or the labels are equal); `lenient` (inside one article, where a proposal is
 * named in several ways) needs no shared feature. Dates, when both are known, within `maxDays`.
 */
export function sameProposal(a: { label: string; features: ProposalFeatures; date?: string | null }, b: { label: string; features: ProposalFeatures; date?: string | null }, lenient = false, maxDays = 120): boolean {
  const fa = a.features;
  const fb = b.features;
  const differs = <T>(x: T | null, y: T | null): boolean => x !== null && y !== null && x !== y;
  if (differs(fa.phases, fb.phases) || differs(fa.days, fb.days) || differs(fa.origin, fb.origin) || differs(fa.percent ?? null, fb.percent ?? null)) return false;
  if (a.date && b.date && Math.abs(Date.parse(middleDay(a.date)) - Date.parse(middleDay(b.date))) / 86_400_000 > maxDays) return false;
  const shares = (fa.percent != null && fa.percent === fb.percent) || (fa.phases !== null && fa.phases === fb.phases) || (fa.days !== null && fa.days === fb.days) || (fa.origin !== null && fa.origin === fb.origin) || (fa.bridging && fb.bridging);
  return lenient || shares || a.label === b.label;
}

/** The proposal mentions of one document, in text order. */
export function proposalMentions(input: ProposalInput, lex: ProposalLexicon, origins: OriginIndex): ProposalMention[] {
  const out: ProposalMention[] = [];
  const { text, mentions } = input;
  const gates = input.gates ?? new SentenceGates(text, lex);
  const { ids } = gates;
  for (const sentence of input.sentences) {
    const hits = gates.of(sentence);
    const whole = { start: sentence.start, end: sentence.end };
    const s = text.slice(sentence.start, sentence.end);
    // each gate first: a sentence without its words cannot match the pattern it guards
    const hasHead = hits.has(ids.heads) && HEAD_TEST.test(s);
    const offers = lex.offerMentionNeeds.test(s) ? allMatches(lex.offerMention, s) : [];
    for (const m of offers) out.push(offerMention(text, sentence, m, mentions));
    if (!hasHead && !(hits.has(ids.dashUnit) && DASH_UNIT.test(s))) continue;
    let sentenceProposers: ProposerMatch[] | undefined;
    for (const h of hasHead ? allMatches(HEADS, s) : []) {
      const head = { text: h[0], start: sentence.start + h.index, end: sentence.start + h.index + h[0].length };
      if (!lex.head.test(head.text)) continue;
      // "its latest offer of a 3.5 percent pay rise": the offer mention names it, by its figure
      if (offers.some((o) => o.index <= h.index && h.index < o.index + o[0].length)) continue;
      // the words right before the noun, back to a stop word or anything but a space between words
      const before = allMatches(WORD, s.slice(Math.max(0, h.index - 120), h.index));
      const base = sentence.start + Math.max(0, h.index - 120);
      const modifiers: { text: string; start: number; end: number }[] = [];
      for (let j = before.length - 1; j >= 0 && modifiers.length < lex.maxModifiers; j--) {
        const w = before[j]!;
        const word = w[0].replace(/[.’']+$/u, '');
        const start = base + w.index;
        const gap = text.slice(start + word.length, (modifiers[0] ?? head).start);
        if (!/^\s+$/.test(gap) || lex.stop.has(word.toLowerCase()) || HEAD_WORD.test(word)) break;
        modifiers.unshift({ text: word, start, end: start + word.length });
      }
      const start = modifiers[0]?.start ?? head.start;
      const { features, label, verbLike } = describe(modifiers.map((m) => m.text), head.text, lex, origins);
      if (verbLike) continue;
      sentenceProposers ??= proposerMatches(text, sentence, lex, hits, ids.proposers);
      const proposer = proposersAround(sentenceProposers, start, head.end, mentions);
      const originParty = features.origin ? partyNamed(mentions, features.origin) : null;
      if (originParty && !proposer.some((p) => p.key === originParty.key)) proposer.push(originParty);
      const named = distinctive(features) || proposer.length > 0;
      // named by its proposer only: "Egyptian framework" for a country, "Joe Biden's proposal" otherwise
      const demonym = proposer[0]?.type === 'place' ? origins.demonymOf(proposer[0].name) : null;
      const byLabel = named && !distinctive(features) && proposer.length > 0 ? (demonym ? `${demonym} ${label}` : `${proposer[0]!.name}'s ${label}`) : label;
      out.push({ start, end: head.end, text: text.slice(start, head.end), label: byLabel, named, features: proposer.length > 0 && !features.origin ? { ...features, origin: proposer[0]!.name } : features, proposer, sentence: whole, via: named ? 'noun' : 'anaphor' });
    }
    for (const m of hits.has(ids.durationMention) ? allMatches(lex.durationMention, s) : []) {
      const inner = m[1]!;
      const start = sentence.start + m.index + m[0].indexOf(inner);
      const end = start + inner.length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const [mod, ...rest] = inner.split(/\s+/);
      const { features } = describe([mod!], 'x', lex, origins);
      out.push({ start, end, text: inner, label: [mod!.toLowerCase(), ...rest.map((r) => r.toLowerCase())].join(' '), named: true, features, proposer: [], sentence: whole, via: 'duration' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PERCENT = /(\d[\d,]*(?:\.\d+)?)(?:\s*|-)(?:percent|per cent|%)/iu;
/** Entity types that can put an offer forward. */
const OFFER_PARTY: ReadonlySet<string> = new Set(['organization', 'group', 'person', 'place']);

/**
 * A labour offer or demand named by its figure ("offered a wage increase of nearly 50
 * percent", "wanted a 77 percent raise"): a named proposal whose feature is the percentage
 * and whose proposer is the nearest party named before the verb in the sentence (a pronoun
 * counts when the link stage resolved it: "it had offered").
 */
function offerMention(text: string, sentence: Span, m: RegExpExecArray, mentions: readonly Annotation<MentionValue>[]): ProposalMention {
  const inner = m[1]!;
  const start = sentence.start + m.index + m[0].indexOf(inner);
  const end = start + inner.length;
  const verbAt = sentence.start + m.index;
  const before = SpanIndex.of(mentions).within(sentence.start, verbAt).filter((x) => OFFER_PARTY.has(x.value.type) && x.value.key);
  const subject = before.sort((a, b) => b.start - a.start)[0];
  const proposer = subject ? [partyOf(subject)] : [];
  const pct = PERCENT.exec(inner);
  const percent = pct ? Number(pct[1]!.replace(/,/g, '')) : null;
  const label = inner.toLowerCase().replace(/\s+/g, ' ');
  return { start, end, text: text.slice(start, end), label, named: true, features: { phases: null, days: null, origin: proposer[0]?.name ?? null, bridging: false, percent }, proposer, sentence: { start: sentence.start, end: sentence.end }, via: 'offer' };
}

/** A match of a proposer rule in a sentence: the rule, its span and its party group's span. */
interface ProposerMatch {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly partyStart: number;
  readonly partyEnd: number;
}

/**
 * Every proposer rule's matches in a sentence (computed once per sentence that names a
 * proposal); `needs[i]` is rule i's gate in `hits`.
 */
function proposerMatches(text: string, sentence: Span, lex: ProposalLexicon, hits: GateHits, needs: Int32Array): ProposerMatch[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: ProposerMatch[] = [];
  for (let i = 0; i < lex.proposer.length; i++) {
    const rule = lex.proposer[i]!;
    if (!hits.has(needs[i]!)) continue;
    for (const m of allMatches(rule.re, s)) {
      const start = sentence.start + m.index;
      const partyStart = start + m[0].indexOf(m[1]!);
      out.push({ rule: rule.id, start, end: start + m[0].length, partyStart, partyEnd: partyStart + m[1]!.length });
    }
  }
  return out;
}

/** Proposers the sentence names for the proposal noun at [start, end). */
function proposersAround(matches: readonly ProposerMatch[], start: number, end: number, mentions: readonly Annotation<MentionValue>[]): PartyRef[] {
  const out: PartyRef[] = [];
  for (const m of matches) {
    // the rule's match must touch this noun: "proposed by" right after it, a relative clause from it, the possessive or the verb's object before it
    const touches = m.rule === 'proposed-by' || m.rule === 'proposed-by-and' ? m.start >= end && m.start - end <= 3
      : m.rule === 'relative' ? m.start >= start && m.start <= end
        : m.start <= start && m.end >= end - 1;
    if (!touches) continue;
    const hit = mentionIn(mentions, m.partyStart, m.partyEnd);
    if (hit && !out.some((p) => p.key === hit.value.key)) out.push(partyOf(hit));
  }
  return out;
}
