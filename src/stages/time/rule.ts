/**
 * @module stages/time/rule — the shape of a proposer rule, and helpers to build proposals.
 *
 * A rule is data: an id (provenance `time/<id>`), a `reason` shown in debug output, the
 * prefilter families it needs, one regular expression (global flag; the engine runs a
 * sticky copy at the token starts just before each anchor token), and a `build` function that checks guards and turns a match into proposals. Proposal
 * offsets are relative to the sentence text.
 */
import type { Role, TimexType, TimexValue } from './types.js';

/** A candidate inside one sentence, offsets relative to the sentence text. */
export interface Proposal {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: TimexValue;
  readonly role: Role;
  /** Overrides the rule id as provenance (`range-end`, …). */
  readonly rule?: string;
}

/** One proposer. */
export interface Rule {
  readonly id: string;
  readonly reason: string;
  /** Prefilter families (01-triggers) of which at least one must be present. */
  readonly needs: number;
  /** Prefilter families that must all be present as well (0 or absent: none). */
  readonly requires?: number;
  /**
   * How many tokens before a token of a `needs` family (its anchor) a match may start: the
   * pattern is tried only there, so a sentence is never scanned character by character.
   */
  readonly reach: number;
  /** The pattern, with the `g` flag; extract.ts derives a sticky copy from it. */
  readonly pattern: RegExp;
  /** The proposals for one match (none when a guard rejects it). */
  build(m: RegExpExecArray, text: string): Proposal | readonly Proposal[] | null;
}

/** A proposal over the whole match. */
export function whole(m: RegExpExecArray, type: TimexType, value: TimexValue, role: Role): Proposal {
  return { start: m.index, end: m.index + m[0].length, type, value, role };
}

/** A proposal over the whole match except `skip` leading characters. */
export function tail(m: RegExpExecArray, skip: number, type: TimexType, value: TimexValue, role: Role): Proposal {
  return { start: m.index + skip, end: m.index + m[0].length, type, value, role };
}

/** A known value. */
export function known(value: string): TimexValue {
  return { op: 'known', value };
}
