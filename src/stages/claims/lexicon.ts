/**
 * @module stages/claims/lexicon — the status and proposal lexicons (data/lexicons/status.json,
 * data/lexicons/status-proposals.json), loaded once, checked and compiled.
 *
 * The rules are data with a reason each; this module only expands `{MACRO}`s, compiles the
 * patterns (case-insensitive, Unicode) and refuses a file that names an unknown state or
 * has a pattern that does not compile, naming the file and the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../util/paths.js';
import { withWordLookbehinds } from '../../util/word-boundaries.js';
import { CLAIM_STATES, type ClaimState, type Polarity, type Stance, type StatusState } from './types.js';

const DATA = dataDir('lexicons');

/** One rule that proposes a status claim. */
export interface StatusRule {
  readonly id: string;
  readonly state: ClaimState;
  readonly re: RegExp;
  /** Set when the rule's words fix the polarity ("there is no deal", "has yet to respond"). */
  readonly fixedPolarity: Polarity | null;
  /** The claim is dated by the first date after it ("lasted until December 1"). */
  readonly dateAfter: boolean;
  /** The word family (lexicon `anchors`) a sentence must contain for the rule to run. */
  readonly anchor: string;
  /** Trigger words a sentence must also contain for the rule to run. */
  readonly needs: RegExp;
  readonly reason: string;
}

/** A cue with its reason. */
export interface Cue {
  readonly re: RegExp;
  readonly reason: string;
}

/** One side of an incompatibility. */
export interface ClaimSide {
  readonly state: ClaimState;
  readonly polarity: Polarity;
}

/** Two claims that cannot both be true of the same day. */
export interface Incompatibility {
  readonly a: ClaimSide;
  readonly b: ClaimSide;
  /** Inside one article, across articles, or both. */
  readonly scope: readonly ('document' | 'corpus')[];
  readonly reason: string;
}

/** A state that stays until one of `until` is reported (status timeline). */
export interface Hold {
  readonly state: StatusState;
  readonly until: readonly StatusState[];
  /** Days after its last report that the state stops holding newer reports back. */
  readonly maxDays: number;
  readonly reason: string;
}

/**
 * A state that, once reached, stays true (a deal reached does not un-happen): a report that
 * denies it as of a later day, in the present or present perfect (`denial`, read over the
 * claim's words), contradicts a report of it up to `days` days earlier.
 */
export interface Lasting {
  readonly state: ClaimState;
  readonly days: number;
  readonly denial: RegExp;
  readonly reason: string;
}

/** The compiled status lexicon. */
export interface StatusLexicon {
  readonly file: string;
  readonly rules: readonly StatusRule[];
  /** A sentence without a match of this cannot hold a claim (a fast prefilter). */
  readonly prefilter: RegExp;
  /** Word families by name: a rule runs only on sentences that contain its family. */
  readonly anchors: ReadonlyMap<string, RegExp>;
  readonly cues: {
    readonly hypothetical: Cue;
    /** Read on the words after the claim, inside its clause. */
    readonly hypotheticalAfter: Cue;
    readonly planned: Cue;
    readonly negation: Cue;
    readonly pastReference: Cue;
    readonly pastPerfect: Cue;
    readonly reportedSpeech: Cue;
    readonly clauseBreak: Cue;
    readonly windowWords: number;
  };
  readonly excludeDateAfter: RegExp;
  readonly incompatible: readonly Incompatibility[];
  readonly exportState: Readonly<Record<ClaimState, StatusState>>;
  readonly rank: readonly StatusState[];
  readonly holds: readonly Hold[];
  readonly lasting: readonly Lasting[];
}

/** A rule with a kind and a pattern. */
export interface KindRule<K extends string> {
  readonly kind: K;
  readonly re: RegExp;
  /** Words every match of `re` contains one of: a sentence without any skips the rule. */
  readonly needs: RegExp;
  readonly reason: string;
}

/** A rule that finds who put a proposal forward; group 1 is the party. */
export interface ProposerRule {
  readonly id: string;
  readonly re: RegExp;
  /** Words every match of `re` contains one of: a sentence without any skips the rule. */
  readonly needs: RegExp;
  readonly reason: string;
}

/** The compiled proposal lexicon. */
export interface ProposalLexicon {
  readonly file: string;
  readonly head: RegExp;
  readonly stop: ReadonlySet<string>;
  readonly maxModifiers: number;
  readonly keepInLabel: RegExp;
  readonly origin: RegExp;
  readonly phases: RegExp;
  readonly duration: RegExp;
  readonly bridging: RegExp;
  readonly durationMention: RegExp;
  /** Words every duration mention contains one of ("-day"): a sentence without any skips `durationMention`. */
  readonly durationMentionNeeds: RegExp;
  /** A labour offer or demand with its figure ("offered a wage increase of nearly 50 percent"): group 1 names it. */
  readonly offerMention: RegExp;
  /** Words every offer mention contains one of ("percent"): a sentence without any skips `offerMention`. */
  readonly offerMentionNeeds: RegExp;
  /** A percentage term: group 1 its qualifier, group 2 the number. */
  readonly percentTerm: RegExp;
  readonly anaphor: RegExp;
  readonly proposer: readonly ProposerRule[];
  readonly phaseTerm: RegExp;
  readonly phasesTerm: RegExp;
  readonly countTerm: RegExp;
  /** Words a sentence needs for the count rule to run. */
  readonly countNeeds: RegExp;
  /** Conditions, each with the words a sentence needs for its rule to run. */
  readonly conditions: readonly { readonly value: string; readonly needs: RegExp; readonly re: RegExp; readonly reason: string }[];
  readonly termCue: RegExp;
  /** A sentence whose term cue is only a party's reported "would"/"will": it does not continue a proposal's description. */
  readonly termReported: RegExp;
  /** Words right after a duration that make it the length of something else ("two days of talks"), not a term. */
  readonly durationNotTerm: RegExp;
  /** Words right before a proposal named as the ground of another ("builds on a three-phase plan"): a later "the proposal" is not it. */
  readonly background: RegExp;
  /** Words right before a date that does not date a proposal or a stance: bounds and deadlines ("by Friday"). */
  readonly dateExcludeBefore: RegExp;
  readonly stances: readonly KindRule<Stance>[];
  /** A sentence without a match of this holds no stance cue (a fast prefilter). */
  readonly stanceFilter: RegExp;
  /** Words right before a stance cue that make it no stance ("to accept", "U.S.-backed"). */
  readonly stanceDrop: RegExp;
  /** Words right after a stance cue that make its object an agreement, not a proposal. */
  readonly stanceObject: RegExp;
  readonly partyAfter: RegExp;
  /** Words right before a mention that make it no party ("told Reuters"). */
  readonly partySkipBefore: RegExp;
  /** Words between a mention and a stance cue that make the mention a speaker reporting someone else's stance. */
  readonly partyReportsOther: RegExp;
}

type Json = Record<string, unknown>;

function fail(file: string, where: string, what: string): never {
  throw new Error(`${file}: ${where}: ${what}`);
}

function expand(file: string, where: string, pattern: unknown, macros: Readonly<Record<string, string>>): string {
  if (typeof pattern !== 'string' || pattern === '') fail(file, where, 'pattern missing');
  return pattern.replace(/(?<!\\p)\{([A-Z]+)\}/g, (_, name: string) => macros[name] ?? fail(file, where, `unknown macro {${name}}`));
}

/** A pattern of the file, compiled; a `\b` before a word is run as `(?<!\w)` (the same matches, several times faster under `iu`: util/word-boundaries). */
function compile(file: string, where: string, pattern: unknown, macros: Readonly<Record<string, string>>, flags = 'iu'): RegExp {
  const source = expand(file, where, pattern, macros);
  try {
    return withWordLookbehinds(new RegExp(source, flags));
  } catch (err) {
    return fail(file, where, `pattern does not compile: ${(err as Error).message}`);
  }
}

function reasonOf(file: string, where: string, o: Json): string {
  const r = o['reason'];
  if (typeof r !== 'string' || r.trim() === '') fail(file, where, 'every rule needs a reason');
  return r;
}

function isState(s: unknown): s is ClaimState {
  return typeof s === 'string' && (CLAIM_STATES as readonly string[]).includes(s);
}

function side(file: string, where: string, o: unknown): ClaimSide {
  const v = o as Json | null;
  if (!v || !isState(v['state'])) fail(file, where, `unknown state ${JSON.stringify(v?.['state'])}`);
  const polarity = v['polarity'] ?? 'positive';
  if (polarity !== 'positive' && polarity !== 'negative') fail(file, where, `bad polarity ${JSON.stringify(polarity)}`);
  return { state: v['state'], polarity };
}

/** Reads and compiles a status lexicon file (default data/lexicons/status.json). */
export function loadStatusLexicon(file = path.join(DATA, 'status.json')): StatusLexicon {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const macros = (raw['macros'] ?? {}) as Record<string, string>;
  const anchorsRaw = (raw['anchors'] ?? {}) as Record<string, string>;
  reasonOf(file, 'anchors', anchorsRaw);
  const anchors = new Map(Object.entries(anchorsRaw).filter(([k]) => k !== 'reason').map(([k, v]) => [k, compile(file, `anchors.${k}`, v, macros, 'i')]));
  const rules: StatusRule[] = ((raw['rules'] ?? []) as Json[]).map((r, i) => {
    const where = `rules[${i}] (${String(r['id'])})`;
    if (typeof r['anchor'] !== 'string' || !anchors.has(r['anchor'])) fail(file, where, `unknown anchor ${JSON.stringify(r['anchor'])}`);
    if (!isState(r['state'])) fail(file, where, `unknown state ${JSON.stringify(r['state'])}`);
    const fixed = r['fixedPolarity'];
    if (fixed !== undefined && fixed !== 'positive' && fixed !== 'negative') fail(file, where, 'fixedPolarity must be positive or negative');
    return { id: String(r['id']), state: r['state'], re: compile(file, where, r['pattern'], macros, 'giu'), fixedPolarity: (fixed as Polarity | undefined) ?? null, dateAfter: r['dateAfter'] === true, anchor: r['anchor'] as string, needs: compile(file, `${where}.needs`, r['needs'], macros, 'i'), reason: reasonOf(file, where, r) };
  });
  const cues = raw['cues'] as Json;
  const cue = (name: string, flags = 'iu'): Cue => {
    const c = cues[name] as Json;
    return { re: compile(file, `cues.${name}`, c['pattern'], macros, flags), reason: reasonOf(file, `cues.${name}`, c) };
  };
  const dating = raw['dating'] as Json;
  const incompatible = ((raw['incompatible'] ?? []) as Json[]).map((x, i): Incompatibility => ({
    a: side(file, `incompatible[${i}].a`, x['a']),
    b: side(file, `incompatible[${i}].b`, x['b']),
    scope: (x['scope'] as ('document' | 'corpus')[] | undefined) ?? ['document', 'corpus'],
    reason: reasonOf(file, `incompatible[${i}]`, x),
  }));
  const exportState = raw['exportState'] as Record<ClaimState, StatusState>;
  for (const s of CLAIM_STATES) if (!exportState[s]) fail(file, 'exportState', `no export state for ${s}`);
  const timeline = raw['timeline'] as Json;
  const holds = ((timeline['holds'] ?? []) as Json[]).map((h, i): Hold => ({ state: h['state'] as StatusState, until: h['until'] as StatusState[], maxDays: Number(h['maxDays'] ?? 30), reason: reasonOf(file, `timeline.holds[${i}]`, h) }));
  const lasting = ((raw['lasting'] ?? []) as Json[]).map((x, i): Lasting => ({
    state: x['state'] as ClaimState,
    days: Number(x['days'] ?? 3),
    denial: compile(file, `lasting[${i}].denial`, x['denial'], macros),
    reason: reasonOf(file, `lasting[${i}]`, x),
  }));
  return {
    file,
    rules,
    prefilter: compile(file, 'prefilter', (raw['prefilter'] as Json)['pattern'], macros),
    anchors,
    cues: {
      hypothetical: cue('hypothetical'),
      hypotheticalAfter: cue('hypotheticalAfter'),
      planned: cue('planned'),
      negation: cue('negation'),
      pastReference: cue('pastReference'),
      pastPerfect: cue('pastPerfect'),
      reportedSpeech: cue('reportedSpeech'),
      clauseBreak: cue('clauseBreak', 'giu'),
      windowWords: Number(cues['windowWords'] ?? 6),
    },
    excludeDateAfter: compile(file, 'dating.excludeBefore', dating['excludeBefore'], macros),
    incompatible,
    exportState,
    rank: timeline['rank'] as StatusState[],
    holds,
    lasting,
  };
}

/** Reads and compiles a proposal lexicon file (default data/lexicons/status-proposals.json). */
export function loadProposalLexicon(file = path.join(DATA, 'status-proposals.json')): ProposalLexicon {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const macros = (raw['macros'] ?? {}) as Record<string, string>;
  const mention = raw['mention'] as Json;
  const label = raw['labelWords'] as Json;
  const features = raw['features'] as Json;
  const sub = (name: string): Json => raw[name] as Json;
  const terms = (raw['terms'] as Json[]);
  const term = (kind: string): RegExp => {
    const t = terms.find((x) => x['kind'] === kind) ?? fail(file, 'terms', `no ${kind} rule`);
    reasonOf(file, `terms.${kind}`, t);
    return compile(file, `terms.${kind}`, t['pattern'], macros, 'giu');
  };
  return {
    file,
    head: compile(file, 'mention.head', mention['head'], macros),
    stop: new Set(mention['stop'] as string[]),
    maxModifiers: Number(mention['maxModifiers'] ?? 4),
    keepInLabel: compile(file, 'labelWords.keep', label['keep'], macros),
    origin: compile(file, 'labelWords.origin', label['origin'], macros),
    phases: compile(file, 'features.phases', features['phases'], macros),
    duration: compile(file, 'features.duration', features['duration'], macros),
    bridging: compile(file, 'features.bridging', features['bridging'], macros),
    durationMention: compile(file, 'durationMention', sub('durationMention')['pattern'], macros, 'giu'),
    durationMentionNeeds: compile(file, 'durationMention.needs', sub('durationMention')['needs'], macros),
    offerMention: compile(file, 'offerMention', sub('offerMention')['pattern'], macros, 'giu'),
    offerMentionNeeds: compile(file, 'offerMention.needs', sub('offerMention')['needs'], macros),
    percentTerm: term('percent'),
    anaphor: compile(file, 'anaphor', sub('anaphor')['pattern'], macros),
    // `needs` is matched case-insensitively (flags iu, as every gate here): against these case-sensitive patterns it can only pass more sentences, never fewer
    proposer: ((raw['proposer'] ?? []) as Json[]).map((p, i) => ({ id: String(p['id']), re: compile(file, `proposer[${i}]`, p['pattern'], macros, 'gu'), needs: compile(file, `proposer[${i}].needs`, p['needs'], macros), reason: reasonOf(file, `proposer[${i}]`, p) })),
    phaseTerm: term('phase'),
    phasesTerm: term('phases'),
    countTerm: term('count'),
    countNeeds: compile(file, 'terms.count.needs', terms.find((x) => x['kind'] === 'count')?.['needs'], macros),
    conditions: ((raw['conditions'] ?? []) as Json[]).map((c, i) => ({ value: String(c['value']), needs: compile(file, `conditions[${i}].needs`, c['needs'], macros), re: compile(file, `conditions[${i}]`, c['pattern'], macros, 'giu'), reason: reasonOf(file, `conditions[${i}]`, c) })),
    termCue: compile(file, 'termCue', sub('termCue')['pattern'], macros),
    termReported: compile(file, 'termReported', sub('termReported')['pattern'], macros),
    durationNotTerm: compile(file, 'durationNotTerm', sub('durationNotTerm')['pattern'], macros),
    background: compile(file, 'background', sub('background')['pattern'], macros),
    dateExcludeBefore: compile(file, 'dateExcludeBefore', sub('dateExcludeBefore')['pattern'], macros),
    stances: ((raw['stances'] ?? []) as Json[]).map((s, i) => ({ kind: s['stance'] as Stance, re: compile(file, `stances[${i}]`, s['pattern'], macros, 'giu'), needs: compile(file, `stances[${i}].needs`, s['needs'], macros), reason: reasonOf(file, `stances[${i}]`, s) })),
    stanceFilter: compile(file, 'stanceFilter', sub('stanceFilter')['pattern'], macros),
    stanceDrop: compile(file, 'stanceDrop', sub('stanceDrop')['pattern'], macros),
    stanceObject: compile(file, 'stanceObject', sub('stanceObject')['pattern'], macros),
    partyAfter: compile(file, 'stanceParty.after', sub('stanceParty')['after'], macros),
    partySkipBefore: compile(file, 'stanceParty.skipBefore', sub('stanceParty')['skipBefore'], macros),
    partyReportsOther: compile(file, 'stanceParty.reportsOther', sub('stanceParty')['reportsOther'], macros, 'u'),
  };
}

let status: StatusLexicon | null = null;
let proposals: ProposalLexicon | null = null;

/** The built-in status lexicon, loaded once per process. */
export function statusLexicon(): StatusLexicon {
  status ??= loadStatusLexicon();
  return status;
}

/** The built-in proposal lexicon, loaded once per process. */
export function proposalLexicon(): ProposalLexicon {
  proposals ??= loadProposalLexicon();
  return proposals;
}
