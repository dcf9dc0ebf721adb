/**
 * @module stages/claims/proposal-gates — the word gates of passes 5 and 6 (and, when the
 * status lexicon is given, those of pass 1), answered for a sentence in one pass
 * (`word-gate.ts`) and kept for the document.
 *
 * The gates are the proposal lexicon's own (`stanceFilter`, each stance's, proposer's and
 * condition's `needs`, the count and duration-mention `needs`) and a few word lists of the
 * passes themselves, each of which every match of the pattern it guards contains: a
 * sentence that fails a gate cannot match its pattern, so the pattern is not tried; one
 * that passes still runs the pattern. Passes 1, 5 and 6 read the same sentences, so each
 * sentence is scanned once per document: a gate's answer does not depend on the other gates
 * compiled beside it, so one automaton answers the status gates and the proposal gates alike.
 */
import type { Span } from '../../pipeline/annotation.js';
import type { ProposalLexicon, StatusLexicon } from './lexicon.js';
import { WordGates, type GateHits } from './word-gate.js';

/** Every match of 05-proposals' `HEADS` ("plans", "counter-proposal") contains one of these. */
export const HEAD_WORDS = /plan|proposal|framework|offer|roadmap|initiative|blueprint/i;
/** Every match of `-(?:day|week|month)\b` contains one of these. */
export const DASH_UNIT_WORDS = /-day|-week|-month/i;
/** A sentence without one of these names no phase or phase count (06-terms' `termsIn`). */
const PHASE_OR_PART_WORDS = /phase|stage|step|part|tier/i;
/** A sentence without one of these spells out no phase (06-terms' `assemble`). */
const PHASE_WORDS = /phase|stage|step/i;
/** Every match of `\b(?:response|reply|answer)\b` contains one of these. */
export const RESPONSE_WORDS = /response|reply|answer/i;
/**
 * Every match of the proposal lexicon's `anaphor` ("the proposal", "endorse it") contains one
 * of these: its first alternative ends on a proposal noun, its second starts with a verb of
 * stance. With the anaphor's own flags (`iu`), so that the gate folds case as it does. The
 * test pins the anaphor pattern this list was read from: a changed pattern fails it.
 */
export const ANAPHOR_WORDS = /proposal|plan|framework|offer|terms|draft|deal|points|endorse|accept|reject|approve|back|support/iu;

/** Where each gate sits in the compiled `WordGates`. */
export interface ProposalGateIds {
  readonly heads: number;
  readonly dashUnit: number;
  readonly phaseOrPart: number;
  readonly phase: number;
  readonly response: number;
  readonly anaphor: number;
  readonly stanceFilter: number;
  readonly durationMention: number;
  readonly count: number;
  /** By rule, in lexicon order. */
  readonly stances: Int32Array;
  readonly proposers: Int32Array;
  readonly conditions: Int32Array;
}

/**
 * Where the status lexicon's gates sit (pass 1): its prefilter, and each rule's word family
 * and `needs`, by rule in lexicon order.
 */
export interface StatusGateIds {
  readonly prefilter: number;
  readonly familyGate: Int32Array;
  readonly needsGate: Int32Array;
}

interface Compiled {
  readonly gates: WordGates;
  readonly ids: ProposalGateIds;
  readonly status: StatusGateIds | null;
}

/** Compiled gates by proposal lexicon, then by status lexicon (`null`: the proposal gates alone). */
const compiledOf = new WeakMap<ProposalLexicon, Map<StatusLexicon | null, Compiled>>();

/** The status lexicon's gates appended to `list`: the prefilter, each word family once, each rule's `needs`. */
export function addStatusGates(lex: StatusLexicon, list: RegExp[]): StatusGateIds {
  const add = (re: RegExp): number => list.push(re) - 1;
  const prefilter = add(lex.prefilter);
  const family = new Map<string, number>();
  for (const [name, re] of lex.anchors) family.set(name, add(re));
  return {
    prefilter,
    familyGate: Int32Array.from(lex.rules, (r) => family.get(r.anchor)!),
    needsGate: Int32Array.from(lex.rules, (r) => add(r.needs)),
  };
}

function compile(lex: ProposalLexicon, statusLex: StatusLexicon | null): Compiled {
  let byStatus = compiledOf.get(lex);
  if (byStatus === undefined) {
    byStatus = new Map();
    compiledOf.set(lex, byStatus);
  }
  let c = byStatus.get(statusLex);
  if (c === undefined) {
    const list: RegExp[] = [];
    const add = (re: RegExp): number => list.push(re) - 1;
    const status = statusLex === null ? null : addStatusGates(statusLex, list);
    const ids: ProposalGateIds = {
      heads: add(HEAD_WORDS),
      dashUnit: add(DASH_UNIT_WORDS),
      phaseOrPart: add(PHASE_OR_PART_WORDS),
      phase: add(PHASE_WORDS),
      response: add(RESPONSE_WORDS),
      anaphor: add(ANAPHOR_WORDS),
      stanceFilter: add(lex.stanceFilter),
      durationMention: add(lex.durationMentionNeeds),
      count: add(lex.countNeeds),
      stances: Int32Array.from(lex.stances, (r) => add(r.needs)),
      proposers: Int32Array.from(lex.proposer, (r) => add(r.needs)),
      conditions: Int32Array.from(lex.conditions, (r) => add(r.needs)),
    };
    c = { gates: new WordGates(list), ids, status };
    byStatus.set(statusLex, c);
  }
  return c;
}

/** The gates of one document's sentences, each sentence scanned on first use. */
export class SentenceGates {
  readonly ids: ProposalGateIds;
  /** The status gates' positions, when the gates were built with `statusLex`. */
  readonly status: StatusGateIds | null;
  private readonly gates: WordGates;
  private readonly byStart = new Map<number, { end: number; hits: GateHits }>();

  /** `statusLex`: also answer that status lexicon's gates (pass 1) in the same scan. */
  constructor(private readonly text: string, lex: ProposalLexicon, readonly statusLex: StatusLexicon | null = null) {
    ({ gates: this.gates, ids: this.ids, status: this.status } = compile(lex, statusLex));
  }

  /** Whether these are the gates of `text` and answer the gates of status lexicon `lex`. */
  answersStatus(text: string, lex: StatusLexicon): boolean {
    return this.statusLex === lex && this.text === text;
  }

  /** The gates' answers for the sentence at `sentence` (an offset span into the document's text). */
  of(sentence: Span): GateHits {
    const known = this.byStart.get(sentence.start);
    if (known !== undefined && known.end === sentence.end) return known.hits;
    const hits = this.gates.scan(this.text.slice(sentence.start, sentence.end));
    this.byStart.set(sentence.start, { end: sentence.end, hits });
    return hits;
  }
}
