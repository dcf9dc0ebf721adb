/**
 * @module stages/citations/04-propose — pass 4: the proposers, one per context that makes a
 * run of names a citation.
 *
 * Each proposer looks at a run's surroundings and grants an {@link Acceptance} level:
 * a cue before it (`according to`, `told`, `citing`, `Sources:` …), a cue after it
 * (`reported`, `said`, `'s reporting`), brackets around it, the end of a paragraph after
 * a closing quote or dash ("…the talks.’ AP News", "— CNN"), two or more registry outlets
 * together (a pile), or count markers. The strongest level wins, and each name of the run
 * is kept if its kind passes that level (see `accepts`). The dateline's agency is the
 * first proposer ("CAIRO, June 10 (Reuters) -").
 */
import type { Phrase } from './01-names.js';
import type { Resolution } from './02-resolve.js';
import type { Run } from './03-runs.js';
import { ACCEPTANCE_RANK, CUES_AFTER, CUES_BEFORE, DESCRIPTORS, type Acceptance } from './lexicon.js';
import type { CitationKind, CitationList, SourceEntry } from './types.js';

/** A proposed citation, before refining. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly kind: CitationKind;
  readonly known: boolean;
  readonly outletKey: string | null;
  readonly list: CitationList | null;
  /** Proposer id, the annotation's provenance. */
  readonly rule: string;
}

/** The export kind of a registry entry. */
export function citationKindOf(entry: SourceEntry): CitationKind {
  switch (entry.kind) {
    case 'agency': return 'agency';
    case 'reference': return 'reference';
    case 'official': return 'official';
    default: return 'outlet';
  }
}

const QUALWORD = String.raw`\p{Lu}[\p{L}.'’\-]*`;
/** Lower-case words that say who owns or runs a news organization, before its name ("the state-run Anadolu news agency"). */
const OWNERSHIP = String.raw`(?:state-run|state-owned|state-controlled|state|official|semi-official|semiofficial|government-run|government-owned|government|pro-government|public|private|privately owned|independent)`;
/** What may stand between a cue and the name: "the", "Israel's", "Palestinian news agency", "the state-run". */
const MIDDLE = String.raw`(?: (?:the|a|an))?(?: ${OWNERSHIP})?(?: ${QUALWORD}){0,2}(?: (?:[a-z-]+ ){0,2}(?<desc>${DESCRIPTORS}))?(?: the)?\s*$`;
/** Each cue, then the middle, ending where the run starts; tried on a window before runs that could be cited (exported for tests). */
export const BEFORE = CUES_BEFORE.map((r) => ({ rule: r, re: new RegExp(`(?:${r.pattern})${MIDDLE}`, 'u') }));
const LABEL = BEFORE.find((b) => b.rule.accepts === 'list')!;
/**
 * Any cue alone, anywhere: a match of a `BEFORE` pattern starts with a match of its cue at
 * the same place, so a window this does not match matches none of them. One scan instead of
 * six on most windows (the cues are rare; the patterns are tried at every position).
 */
export const ANY_CUE_BEFORE = new RegExp(CUES_BEFORE.map((r) => `(?:${r.pattern})`).join('|'), 'u');
const DESCRIPTOR_NEAR = new RegExp(`\\b${DESCRIPTORS} (?:the )?$`);
const AFTER = CUES_AFTER.map((r) => ({ rule: r, re: new RegExp(r.pattern, 'u') }));
const OPEN_BRACKET = /[([]\s*$/;
const CLOSE_BRACKET = /^\s*[)\]]/;
const PARAGRAPH_END = /^\s*[.;,]?\s*["”’]?\s*(?:\n|$)/;
const AFTER_SENTENCE_OR_DASH = /(?:[.!?…"”’»)\]]|[—–―]|\s-{1,2})[ \t]*$/;
const BEFORE_WINDOW = 110;
const AFTER_WINDOW = 90;

interface Grant {
  readonly level: Acceptance;
  readonly rule: string;
  readonly described: boolean;
}

function better(a: Grant | null, b: Grant): Grant {
  return a === null || ACCEPTANCE_RANK[b.level] > ACCEPTANCE_RANK[a.level] ? b : a;
}

/**
 * Whether a name passes a level: registry bodies need `source`; unknown names need `outlet`
 * when they look like an outlet and `list` when they look like a body; an unknown name that
 * looks like neither (a person, a place) is never a citation.
 */
function accepts(res: Resolution, level: Acceptance, described: boolean): boolean {
  const rank = ACCEPTANCE_RANK[level];
  if (res.credit) return false;
  if (res.entry !== null) return res.entry.kind === 'official' ? rank >= ACCEPTANCE_RANK.source : true;
  if (res.placeOnly) return false;
  if (res.looks === 'outlet' || res.described || described) return rank >= ACCEPTANCE_RANK.outlet;
  return res.looks === 'official' && rank >= ACCEPTANCE_RANK.list;
}

function isKnownNews(res: Resolution): boolean {
  return res.entry !== null && res.entry.kind !== 'official' && !res.credit;
}

/** The grant a run's surroundings give it, or null when nothing makes it a citation. */
function grantFor(text: string, run: Run, previous: Previous | null): Grant | null {
  if (run.items.some((i) => i.res.credit)) return null;
  const before = text.slice(Math.max(0, run.start - 4), run.start);
  const after = text.slice(run.end, run.end + AFTER_WINDOW);
  const known = run.items.filter((i) => isKnownNews(i.res)).length;
  const multi = run.items.length > 1;
  let grant: Grant | null = null;
  const window = text.slice(Math.max(0, run.start - BEFORE_WINDOW), run.start);
  const citable = run.items.some((i) => i.res.entry !== null || i.res.looks !== null || i.res.described) || DESCRIPTOR_NEAR.test(window.slice(-40));
  for (const { rule, re } of citable ? (ANY_CUE_BEFORE.test(window) ? BEFORE : []) : window.slice(-12).includes(':') ? [LABEL] : []) {
    const m = re.exec(window);
    if (m !== null) grant = better(grant, { level: rule.accepts, rule: rule.id, described: m.groups?.['desc'] !== undefined });
  }
  for (const { rule, re } of AFTER) {
    if (rule.id === 'possessive' && !run.items[run.items.length - 1]!.phrase.possessive) continue;
    const m = re.exec(after);
    if (m !== null) grant = better(grant, { level: rule.accepts, rule: rule.id, described: m.groups?.['desc'] !== undefined });
  }
  if (OPEN_BRACKET.test(before) && CLOSE_BRACKET.test(after)) {
    if (multi && known > 0) grant = better(grant, { level: 'list', rule: 'enclosure', described: false });
    else if (!multi && !definesAcronym(text, run, previous)) grant = better(grant, { level: 'known-outlet', rule: 'enclosure', described: false });
  }
  if (PARAGRAPH_END.test(after)) {
    if (AFTER_SENTENCE_OR_DASH.test(before)) grant = better(grant, { level: multi && known > 0 ? 'list' : 'outlet', rule: 'tail', described: false });
    else if (atLineStart(text, run.start) && ((multi && known > 0) || run.markers.some((m) => !m.bare))) grant = better(grant, { level: 'list', rule: 'tail', described: false });
  }
  if (known >= 2) grant = better(grant, { level: 'outlet', rule: 'pile', described: false });
  if (known > 0 && run.markers.some((m) => multi || !m.bare)) grant = better(grant, { level: 'list', rule: 'marked-list', described: false });
  return grant;
}

/** True when only spaces separate `offset` from the start of its line. */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The phrase right before a run, with the registry entry it resolves to. */
export interface Previous {
  readonly phrase: Phrase;
  readonly entry: SourceEntry | null;
}

/** True for "(AA)" right after "Anadolu Agency": the brackets define an abbreviation, they cite nothing. */
function definesAcronym(text: string, run: Run, previous: Previous | null): boolean {
  if (previous === null || run.start - previous.phrase.end > 3) return false;
  const item = run.items[0]!;
  if (item.res.entry !== null && previous.entry === item.res.entry) return true;
  const initials = previous.phrase.words.map((w) => text[w.start]!).join('').toUpperCase();
  const inside = text.slice(item.phrase.start, item.phrase.end).replace(/[^\p{L}]/gu, '').toUpperCase();
  return inside.length >= 2 && initials.includes(inside);
}

/** A descriptor anywhere: in front of {@link mayBeDescribed}'s exact patterns. */
const DESCRIPTOR_ANY = new RegExp(DESCRIPTORS);
/** The longest prefix an after-cue allows before its descriptor (" and others, "). */
const DESCRIPTOR_AFTER_REACH = 13 + 16;
/** The longest descriptor plus " the": what may follow it at the end of a before-window. */
const DESCRIPTOR_BEFORE_REACH = 16 + 4 + 4;

/**
 * False when no cue can describe the run's name as a news organization: every grant's
 * `described` comes from a `desc` group, which an after-cue holds within its first few
 * characters and a before-cue just before the name (only whitespace and "the" after it).
 */
function mayBeDescribed(text: string, run: Run): boolean {
  if (DESCRIPTOR_ANY.test(text.slice(run.end, run.end + DESCRIPTOR_AFTER_REACH))) return true;
  const window = text.slice(Math.max(0, run.start - BEFORE_WINDOW), run.start).trimEnd();
  return DESCRIPTOR_ANY.test(window.slice(-DESCRIPTOR_BEFORE_REACH));
}

/** True when a resolution can pass no level by itself: no registry entry, no outlet or body look, no descriptor. */
function bare(res: Resolution): boolean {
  return res.entry === null && res.looks === null && !res.described;
}

/**
 * False for a run no grant can make cited (see `accepts`): names that are neither registry
 * entries nor look like outlets or bodies (people, places) pass only a described grant, and
 * that only alone, not a place, and with a descriptor near. Most runs are such names; this
 * spares them every cue pattern.
 */
function mayBeCited(text: string, run: Run): boolean {
  const items = run.items;
  for (let i = 0; i < items.length; i++) if (!bare(items[i]!.res)) return true;
  if (items.length > 1 || items[0]!.res.placeOnly) return false;
  return mayBeDescribed(text, run);
}

/** Citations from runs of names. `previousOf(run)` is the phrase right before the run, if any. */
export function proposeFromRuns(text: string, runs: readonly Run[], previousOf: (run: Run) => Previous | null): { candidates: Candidate[]; markerRuns: Run[] } {
  const candidates: Candidate[] = [];
  const markerRuns: Run[] = [];
  for (const run of runs) {
    if (!mayBeCited(text, run)) continue;
    const grant = grantFor(text, run, previousOf(run));
    if (grant === null) continue;
    // a possessive name only qualifies the next (`told Israel's Channel 12`), unless it is a
    // registry outlet whose program or reporter follows (`told CBS News' "Face the Nation"`)
    const kept = run.items.filter((i) => (!i.phrase.possessive || grant.rule === 'possessive' || i.res.end > i.phrase.end || isKnownNews(i.res)) && accepts(i.res, grant.level, grant.described && run.items.length === 1));
    if (kept.length === 0) continue;
    const list: CitationList | null = kept.length > 1 ? { start: run.start, end: run.end, size: kept.length, enclosed: run.enclosed } : null;
    for (const { res } of kept) candidates.push(candidateOf(text, res, list, `citations/${grant.rule}`));
    if (run.markers.length > 0) markerRuns.push(run);
  }
  return { candidates, markerRuns };
}

/** A candidate for a resolved name. */
export function candidateOf(text: string, res: Resolution, list: CitationList | null, rule: string): Candidate {
  const e = res.entry;
  if (e !== null) {
    const name = e.generic === true ? text.slice(res.start, res.end).replace(/\s+/g, ' ').replace(/^the /, '') : e.name;
    return { start: res.start, end: res.end, name, kind: citationKindOf(e), known: true, outletKey: e.key, list, rule };
  }
  const surface = text.slice(res.start, res.end).replace(/\s+/g, ' ');
  return { start: res.start, end: res.end, name: surface, kind: res.looks === 'official' ? 'official' : 'outlet', known: false, outletKey: null, list, rule };
}
