/**
 * @module stages/published/roles — "Secretary of State Antony Blinken" dates an article.
 *
 * A person named with a title they held only during known periods bounds the
 * publication date to those periods: the title must stand right before the name
 * ("U.S. Secretary of State Antony Blinken", "Qatari Prime Minister Sheikh Mohammed …")
 * or in an apposition after it ("Blinken, the secretary of state,") or before it ("the U.N.
 * humanitarian chief, Martin Griffiths,"). "Former" or "ex-"
 * before the title means after the term ended; "then-" dates nothing, and neither does a
 * title in "the killing of Hamas leader X" or "the late X" (the title at death). "The Trump
 * administration" and "the Netanyahu government" date an article to the terms of the
 * person's presidency or premiership. A bare surname is
 * used only when no other person in the knowledge base shares it (two Millers: neither
 * "Miller" alone dates anything).
 */
import type { EvidenceSpan } from '../../pipeline/document.js';
import { countryForms } from '../../kb/places.js';
import { lowerOf } from '../../util/lower.js';
import { PhraseMatcher } from '../../util/phrases.js';
import type { Clue } from './infer.js';

/** What this needs of a knowledge-base person. */
export interface RoleHolder {
  /** Knowledge-base key, when the holder comes from the knowledge base. */
  readonly key?: string;
  readonly name: string;
  /** Full names that identify only this person. */
  readonly aliases: readonly string[];
  /** Surnames and short forms, used only when no other person shares them. */
  readonly shortNames?: readonly string[];
  readonly roles: readonly {
    readonly title: string;
    readonly titleAliases?: readonly string[];
    readonly of?: string | null;
    readonly from: string | null;
    readonly to: string | null;
  }[];
}

interface Index {
  readonly names: PhraseMatcher;
  readonly bySurface: Map<string, RoleHolder>;
}

const cache = new WeakMap<readonly RoleHolder[], Index>();

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/**
 * {@link fold} of a whole text. A text of ASCII and curly quotes and dashes (most news
 * articles: none of those characters decomposes, none is a combining accent, none changes
 * case but A–Z) folds to its lower-cased form with straight quotes, and the stage lower-cases
 * the text anyway ({@link lowerOf}, remembered for the next asker): no decomposition pass.
 */
export function foldText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014) return fold(text);
  }
  return lowerOf(text).replace(/[’‘`]/g, "'");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shortForms(p: RoleHolder): Set<string> {
  const surname = p.name.split(/\s+/).pop() ?? '';
  return new Set([surname, ...(p.shortNames ?? [])].filter((f) => f.length > 3).map(fold));
}

function buildIndex(people: readonly RoleHolder[]): Index {
  const shortCount = new Map<string, number>();
  for (const p of people) for (const f of shortForms(p)) shortCount.set(f, (shortCount.get(f) ?? 0) + 1);
  const bySurface = new Map<string, RoleHolder>();
  for (const p of people) {
    if (!p.roles.some((r) => r.from || r.to)) continue;
    const forms = [p.name, ...p.aliases].map(fold);
    for (const f of shortForms(p)) if (shortCount.get(f) === 1) forms.push(f);
    for (const f of forms) if (!bySurface.has(f)) bySurface.set(f, p);
  }
  return { names: new PhraseMatcher(bySurface.keys()), bySurface };
}

/** A text folded and the names found in it: the stage asks about one document several times. */
interface NamesIn {
  readonly text: string;
  readonly people: readonly RoleHolder[];
  readonly folded: string;
  readonly matches: readonly { readonly phrase: string; readonly index: number }[];
  readonly index: Index;
}

let last: NamesIn | null = null;

/** The folded `text` and the names of `people` in it, remembered for the last text. */
function namesIn(text: string, people: readonly RoleHolder[]): NamesIn {
  if (last !== null && last.people === people && last.text === text) return last;
  let index = cache.get(people);
  if (!index) { index = buildIndex(people); cache.set(people, index); }
  const folded = foldText(text);
  last = { text, people, folded, matches: [...index.names.matches(folded)], index };
  return last;
}

/** Whether `text` names `person` by full name, alias, or a short name no one else has. */
export function namesPerson(text: string, person: RoleHolder, people: readonly RoleHolder[]): boolean {
  const { matches, index } = namesIn(text, people);
  return matches.some((m) => index.bySurface.get(m.phrase) === person);
}

/**
 * The knowledge-base people `text` names (full name, alias, or a short name no one else
 * has), each once, at its first mention, in text order.
 */
export function namedPeople(text: string, doc: string, people: readonly RoleHolder[]): { readonly person: RoleHolder; readonly span: EvidenceSpan }[] {
  const { folded, matches, index } = namesIn(text, people);
  if (folded.length !== text.length) return [];
  const seen = new Set<RoleHolder>();
  const out: { person: RoleHolder; span: EvidenceSpan }[] = [];
  for (const { phrase, index: at } of matches) {
    const person = index.bySurface.get(phrase);
    if (!person || seen.has(person)) continue;
    seen.add(person);
    out.push({ person, span: { doc, start: at, end: at + phrase.length, text: text.slice(at, at + phrase.length) } });
  }
  return out;
}

/** Role clues found in `text` (one per person and title, at its first mention). */
export function roleClues(text: string, doc: string, people: readonly RoleHolder[]): Clue[] {
  const { folded, matches, index } = namesIn(text, people);
  if (folded.length !== text.length) return [];
  const out = new Map<string, Clue>();
  for (const { phrase, index: at } of matches) {
    const person = index.bySurface.get(phrase);
    if (!person) continue;
    const before = folded.slice(Math.max(0, at - 80), at);
    const after = folded.slice(at + phrase.length, at + phrase.length + 60);
    const government = GOVERNMENT.exec(after);
    if (government && !HYPOTHETICAL.test(before)) {
      const heads = person.roles.filter((r) => HEADS.test(r.title));
      const key = `${person.name}|government`;
      if (heads.length > 0 && !out.has(key)) {
        const end = at + phrase.length + government[0].length;
        const span: EvidenceSpan = { doc, start: at, end, text: text.slice(at, end) };
        out.set(key, clueFor(person, heads[0]!.title, heads, 'current', span));
      }
    }
    const trimmed = withoutHonorifics(before);
    for (const [title, forms] of titleFormsOf(person)) {
      const found = titleBefore(before, trimmed, forms) ?? titleBeforeComma(before, forms) ?? titleAfter(after, forms);
      if (!found || found.modifier === 'then') continue;
      const key = `${person.name}|${title}|${found.modifier}`;
      if (out.has(key)) continue;
      const terms = person.roles.filter((r) => r.title === title);
      const span: EvidenceSpan = { doc, start: Math.max(0, at - found.lengthBefore), end: at + phrase.length + found.lengthAfter, text: '' };
      const evidence = { ...span, text: text.slice(span.start, span.end) };
      out.set(key, clueFor(person, title, terms, found.modifier, evidence));
    }
  }
  return [...out.values()];
}

/** "… administration", "… government", "… cabinet" right after a name. */
const GOVERNMENT = /^(?:'s?)?\s+(?:administration|government|cabinet|white house)\b/;
/** Words before "<name> administration" that make it one that may come, not one in office ("a Trump administration would …"). */
const HYPOTHETICAL = /\b(?:a|an|any|another|future|possible|potential|prospective|hypothetical|would-be|incoming)\s+$/;
/** Titles whose holder gives a government its name. */
const HEADS = /^(?:president|prime minister|premier|chancellor)$/i;

const formsCache = new WeakMap<RoleHolder, ReadonlyMap<string, readonly string[]>>();

/**
 * Each title of `person` (in the order of its roles) with its folded forms, longest
 * first; computed once per person.
 */
function titleFormsOf(person: RoleHolder): ReadonlyMap<string, readonly string[]> {
  let byTitle = formsCache.get(person);
  if (byTitle === undefined) {
    const m = new Map<string, readonly string[]>();
    for (const title of new Set(person.roles.map((r) => r.title))) m.set(title, titleForms(person, title));
    formsCache.set(person, m);
    byTitle = m;
  }
  return byTitle;
}

function titleForms(person: RoleHolder, title: string): string[] {
  const forms = new Set<string>();
  for (const r of person.roles) if (r.title === title) for (const t of [r.title, ...(r.titleAliases ?? [])]) forms.add(fold(t));
  const short = ministerShortForm(title);
  if (short !== null) forms.add(short);
  // "UN humanitarian chief" is also written "U.N. humanitarian chief"
  for (const f of [...forms]) {
    const dotted = /^(us|un|uk|eu) /.exec(f);
    if (dotted) forms.add(`${dotted[1]![0]}.${dotted[1]![1]}. ${f.slice(3)}`);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The form news writes before a name for a "Minister of …" title: "Minister of Defense" is
 * "defense minister", "Minister of Foreign Affairs" "foreign minister"; null for other titles
 * and for joint portfolios ("Minister of Energy and Infrastructure").
 */
export function ministerShortForm(title: string): string | null {
  const m = /^minister of (?:the )?([a-z -]+)$/.exec(fold(title));
  if (m === null || /\band\b/.test(m[1]!)) return null;
  const field = m[1] === 'foreign affairs' ? 'foreign' : m[1]!;
  return `${field} minister`;
}

interface Found {
  readonly modifier: 'current' | 'former' | 'then';
  readonly lengthBefore: number;
  readonly lengthAfter: number;
}


/** The pattern of each title form right before a name. */
const beforePatterns = new Map<string, RegExp>();

/** `before` without the honorifics that may stand between a title and the name ("Sheikh", "Dr."). */
function withoutHonorifics(before: string): string {
  return before.replace(/(?:\b(?:sheikh|sheik|dr\.?|gen\.?|general|mr\.?|ms\.?|mrs\.?)\s+)*$/, '');
}

/**
 * The title right before the name, allowing "Sheikh"/"Dr." and a modifier before it;
 * `trimmed` is `before` {@link withoutHonorifics}.
 */
function titleBefore(before: string, trimmed: string, forms: readonly string[]): Found | null {
  // the pattern ends with the form, white space and the end: a cheap test of that first
  const bare = trimmed.trimEnd();
  const spaced = bare.length < trimmed.length;
  for (const f of forms) {
    if (/\s$/.test(f) ? !trimmed.includes(f) : !spaced || !bare.endsWith(f)) continue;
    let re = beforePatterns.get(f);
    if (!re) { re = new RegExp(`(?:(former|ex-|then-|then)\\s*)?${escape(f)}\\s+$`); beforePatterns.set(f, re); }
    const m = re.exec(trimmed);
    if (!m || (m.index > 0 && /[\p{L}\p{N}]/u.test(trimmed[m.index - 1]!) && !m[1])) continue;
    // "Vice President Biden" is not "President Biden"; "a President Trump" is hypothetical
    const previous = lastWord(trimmed, m.index);
    if (!m[1] && NOT_THE_TITLE.has(previous)) return null;
    // "the killing of Hamas leader X", "the late Hamas leader X": the title he held when he died
    if (!m[1] && AT_DEATH.test(trimmed.slice(0, m.index))) return { modifier: 'then', lengthBefore: before.length - m.index, lengthAfter: 0 };
    return { modifier: modifierOf(m[1]), lengthBefore: before.length - m.index, lengthAfter: 0 };
  }
  return null;
}

const SPACE = /^\s$/;
const LETTER = /^\p{L}$/u;

/**
 * The run of letters and hyphens that ends `s[0, end)` but for white space, '' when there is
 * none: what `/([\p{L}-]+)\s*$/u.exec(s.slice(0, end))?.[1]` finds, read backwards from
 * `end` instead of trying the pattern at every offset of the slice.
 */
export function lastWord(s: string, end: number): string {
  let stop = end;
  while (stop > 0 && SPACE.test(s[stop - 1]!)) stop--;
  let start = stop;
  for (;;) {
    const c = s.charCodeAt(start - 1);
    if (c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) start--;
    else if (c < 128 || start === 0) break;
    else if (c >= 0xdc00 && c <= 0xdfff && start >= 2 && s.charCodeAt(start - 2) >= 0xd800 && s.charCodeAt(start - 2) <= 0xdbff) {
      if (!LETTER.test(s.slice(start - 2, start))) break;
      start -= 2;
    } else if (c < 0xd800 || c > 0xdfff ? LETTER.test(s[start - 1]!) : false) start--;
    else break;
  }
  return s.slice(start, stop);
}

/** Words before a title that name the holder at their death, not at the time of writing. */
const AT_DEATH = /\b(?:(?:killing|death|assassination|murder|funeral|burial|body|remains)\s+of(?:\s+the)?|killed|assassinated|murdered|late)\s+$/;

/** Words before a title that make it another title, or no claim about the present. */
const NOT_THE_TITLE = new Set(['vice', 'deputy', 'assistant', 'under', 'associate', 'co', 'acting', 'a', 'an', 'would-be', 'future', 'next']);

/** Abbreviations that stand for a country or union before a title ("the u.s. secretary of state"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['u.s.', 'us', 'u.s', 'uk', 'u.k.', 'eu', 'un', 'u.n.']);

/** Whether `words` (folded, trimmed) are a country's demonym or common name ("israeli", "u.s.", "united states"). */
function isNationality(words: string): boolean {
  return ABBREVIATIONS.has(words.replace(/\s+/g, ' ')) || countryForms(words).some((f) => f.kind !== 'alias');
}

/** The pattern of each title form in "the <title>, <name>", compiled once. */
const commaPatterns = new Map<string, RegExp>();

/**
 * "the U.S. special envoy for Sudan, Tom Perriello": the title after "the" (and up to three
 * words naming a country), or opening a sentence (after a country's possessive: "Ukraine's
 * chief negotiator, Rustem Umerov,"), then a comma right before the name. "The killing of
 * the Hamas leader, X" dates nothing, as before a name without the comma.
 */
function titleBeforeComma(before: string, forms: readonly string[]): Found | null {
  const comma = /,\s+$/.exec(before);
  if (comma === null) return null;
  const core = before.slice(0, comma.index);
  for (const f of forms) {
    if (!core.endsWith(f)) continue;
    let re = commaPatterns.get(f);
    if (!re) {
      re = new RegExp(`(?:^|[^\\p{L}\\p{N}])the\\s+(?:(former|ex-|then-|then)\\s*)?((?:[\\p{L}.'-]+\\s+){0,3}?)${escape(f)}$`, 'u');
      commaPatterns.set(f, re);
    }
    const m = re.exec(core);
    if (m && (!m[2] || isNationality(m[2].trim()))) {
      const modifier = AT_DEATH.test(core.slice(0, m.index + 1)) && !m[1] ? 'then' : modifierOf(m[1]);
      return { modifier, lengthBefore: before.length - m.index - (m[0].startsWith('the') ? 0 : 1), lengthAfter: 0 };
    }
    // at the start of a sentence, with or without a country's possessive: "Ukraine's chief negotiator, Rustem Umerov,"
    let opening = openingPatterns.get(f);
    if (!opening) {
      opening = new RegExp(`(?:^|[.!?;:"“”]\\s*|\\n\\s*)((?:[\\p{L}.'-]+\\s+){0,2}?)${escape(f)}$`, 'u');
      openingPatterns.set(f, opening);
    }
    const o = opening.exec(core);
    if (o && (!o[1] || isNationality(o[1].trim().replace(/'s$/, '')))) return { modifier: 'current', lengthBefore: before.length - (core.length - f.length - (o[1]?.length ?? 0)), lengthAfter: 0 };
  }
  return null;
}

/** The pattern of each title form opening a sentence before a comma and a name, compiled once. */
const openingPatterns = new Map<string, RegExp>();

/** The apposition pattern of each title form, compiled once. */
const afterPatterns = new Map<string, RegExp>();

/** "Name, the secretary of state,", "Name, a former secretary of state," */
function titleAfter(after: string, forms: readonly string[]): Found | null {
  if (!after.startsWith(',')) return null;
  for (const f of forms) {
    if (!after.includes(f)) continue;
    let re = afterPatterns.get(f);
    if (!re) {
      // up to three words between the article and the title must name a country ("the Israeli prime minister")
      // ("Mike Pence, a former vice president,": "a" only before a past title)
      re = new RegExp(`^,\\s+(?:the\\s+|an?\\s+(?=former\\b|ex-))?(?:(former|ex-|then-|then)\\s*)?((?:[\\p{L}.'-]+\\s+){0,3}?)${escape(f)}\\b`, 'u');
      afterPatterns.set(f, re);
    }
    const m = re.exec(after);
    if (m && (!m[2] || isNationality(m[2].trim()))) return { modifier: modifierOf(m[1]), lengthBefore: 0, lengthAfter: m[0].length };
  }
  return null;
}

function modifierOf(word: string | undefined): Found['modifier'] {
  if (!word) return 'current';
  return word.startsWith('then') ? 'then' : 'former';
}

/**
 * When a holder is "former": the gaps between their terms after the first one ended, and
 * after the last (Trump, president 2017–2021 and again from 2025, is "former President
 * Trump" only from 2021-01-20 to 2025-01-20). No term ended: one unbounded period.
 */
export function formerPeriods(terms: RoleHolder['roles']): { earliest: string | null; latest: string | null }[] {
  const sorted = [...terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const out: { earliest: string | null; latest: string | null }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const end = sorted[i]!.to;
    if (end === null) continue;
    // the next term that begins after this one ended closes the gap; an overlapping or
    // adjoining term (a re-election recorded as a new term) leaves no gap at all
    const later = sorted.slice(i + 1).filter((t) => t.to === null || t.to > end);
    if (later.some((t) => (t.from ?? '') <= end)) continue;
    const next = later.map((t) => t.from).filter((f): f is string => f !== null).sort()[0] ?? null;
    out.push({ earliest: end, latest: next });
  }
  return out.length > 0 ? out : [{ earliest: null, latest: null }];
}

function clueFor(person: RoleHolder, title: string, terms: RoleHolder['roles'], modifier: Found['modifier'], span: EvidenceSpan): Clue {
  const of = terms[0]?.of ? ` of ${terms[0].of}` : '';
  if (modifier === 'former') {
    const gaps = formerPeriods(terms);
    if (gaps.length <= 1) {
      const firstEnd = gaps[0]?.earliest ?? null;
      return { earliest: firstEnd, latest: gaps[0]?.latest ?? null, strength: 'strong', span, person: person.name, pastTitle: title, reason: `former ${title}${of} ${person.name}: ${gaps[0]?.latest ? `${firstEnd} to ${gaps[0].latest}` : `after ${firstEnd ?? 'an unknown date'}`}` };
    }
    const reason = `former ${title}${of} ${person.name}: ${gaps.map((g) => `${g.earliest} to ${g.latest ?? 'now'}`).join(' or ')}`;
    return { earliest: gaps[0]!.earliest, latest: gaps[gaps.length - 1]!.latest, strength: 'strong', span, person: person.name, pastTitle: title, reason, periods: gaps };
  }
  const periods = terms.map((t) => ({ earliest: t.from, latest: t.to }));
  const reason = `${person.name} as ${title}${of}: ${periods.map((p) => `${p.earliest ?? '?'} to ${p.latest ?? 'now'}`).join(' or ')}`;
  if (periods.length === 1) return { earliest: periods[0]!.earliest, latest: periods[0]!.latest, strength: 'strong', span, person: person.name, reason };
  const earliest = periods.map((p) => p.earliest ?? '0000').sort()[0] ?? null;
  const latest = periods.some((p) => p.latest === null) ? null : periods.map((p) => p.latest!).sort().pop() ?? null;
  return { earliest, latest, strength: 'strong', span, person: person.name, reason, periods };
}
