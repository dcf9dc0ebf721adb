/**
 * @module stages/events/types — the event layer's value and the records its passes share.
 *
 * An `event` annotation covers the trigger's clause (the part of the sentence that reports
 * the event; `sentence` gives the whole sentence, the export's evidence); its value says what happened (`type`, `subtype`), how the text presents it
 * (`modality`), when (`date`), who (`agent`, `target`, `mediator`: cluster keys of the
 * `mention` layer), where (`location`), how many (`quantity`) and on whose word (`source`).
 * Everything is plain JSON; offsets are UTF-16 offsets into the document text.
 */
import type { Span } from '../../pipeline/annotation.js';
import type { Precision } from '../../pipeline/document.js';

/** EXPORT.md `events[].type`. */
export type EventType =
  | 'talks' | 'visit' | 'proposal' | 'response' | 'agreement' | 'ceasefire_start' | 'ceasefire_end'
  | 'release' | 'aid' | 'attack' | 'demand' | 'warning';

/** Every event type, in the order EXPORT.md lists them. */
export const EVENT_TYPES: readonly EventType[] = [
  'talks', 'visit', 'proposal', 'response', 'agreement', 'ceasefire_start', 'ceasefire_end', 'release', 'aid', 'attack', 'demand', 'warning',
];

/**
 * How the text presents the event (EXPORT.md `modality`): reported as having happened,
 * scheduled, a term of a proposal, conditional or wished for, or said not to have happened.
 */
export type Modality = 'asserted' | 'planned' | 'proposed' | 'hypothetical' | 'negated';

/** Every modality. */
export const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'proposed', 'hypothetical', 'negated'];

/** EXPORT.md quantity qualifiers. */
export type Qualifier = 'exact' | 'at_least' | 'at_most' | 'about' | 'fraction';

/** "up to 33 hostages" → `{ value: 33, unit: 'hostages', qualifier: 'at_most' }`; "half the hostages" → value 0.5, fraction. */
export interface Quantity {
  readonly value: number;
  /** The counted noun as written, lower case (`hostages`, `trucks`), or null. */
  readonly unit: string | null;
  readonly qualifier: Qualifier;
  /** The words the quantity was read from. */
  readonly start: number;
  readonly end: number;
}

/**
 * How an event's date was found: a time expression of its clause (`time`), one that the
 * anchor could not resolve, widened to the publication date's precision (`time-coarse`),
 * an earlier event the sentence refers back to ("during the truce": `anaphora`), the day
 * of the statement that reports it ("announced on Wednesday that they had agreed": the
 * event happened by then, `statement`), the tense
 * against the publication date (`tense`), or nothing (`none`, value null).
 */
export type DateBasis = 'time' | 'time-coarse' | 'anaphora' | 'statement' | 'tense' | 'none';

/** When the event happened (not when it was reported). */
export interface EventDate {
  /** TIMEX3 value (`2023-11-24`, `2024-04`), or null when unknown. */
  readonly value: string | null;
  readonly precision: Precision;
  readonly basis: DateBasis;
  /** The time expression it was read from, when there is one. */
  readonly span: Span | null;
  /**
   * The last day it can fall on when the text gives only a bound ("the truce collapsed before
   * Ramadan": the day before the holiday, TIMEX3 mod `BEFORE`); `value` is then null.
   */
  readonly latest?: string;
}

/** Who the document attributes the event to. */
export interface EventSource {
  /** `speaker`: the event is reported inside a quote; `citation`: a cited outlet or body in the sentence. */
  readonly kind: 'speaker' | 'citation' | 'none';
  /** The words that name the source here ("Qatari officials", "Reuters", "he"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The best name: the speaker's entity (its cluster name) or the citation's registry name; else `text`. */
  readonly name: string;
  /** The speaker's cluster key in the `mention` layer, when the speaker is a resolved entity. */
  readonly key: string | null;
}

/** The trigger: the words that name the event. */
export interface Trigger extends Span {
  readonly text: string;
}

/** Value of an `event` annotation. */
export interface EventValue {
  readonly type: EventType;
  /** EXPORT.md subtypes: `round`/`call` (talks), `accept`/`reject`/… (response), `in_principle`/`final` (agreement), `hostages`/`prisoners`/`remains` (release), `crossing` (aid); else null. */
  readonly subtype: string | null;
  readonly modality: Modality;
  /** The cue that decided the modality (`would`, `yet to`, `under the plan`), or null when asserted by default. */
  readonly modalityCue: string | null;
  readonly trigger: Trigger;
  readonly date: EventDate;
  /** Cluster keys (`MentionValue.key`) of who did it. */
  readonly agent: readonly string[];
  /** Cluster keys of whom it was done to, or met with. */
  readonly target: readonly string[];
  /** Cluster keys of the mediators named with it ("mediated by Qatar, Egypt and the US"). */
  readonly mediator: readonly string[];
  /** Cluster key of the place it happened in or at, or null. */
  readonly location: string | null;
  readonly quantity: Quantity | null;
  readonly source: EventSource | null;
  /**
   * For a definite mention of an event named earlier in the same document ("the
   * proposal" after "Egypt presented a proposal"), the earlier trigger; else null.
   * The corpus merge joins the two.
   */
  readonly antecedent: Span | null;
  /** The sentence the event was read from (the annotation covers its clause). */
  readonly sentence: Span;
  /** For a count over a whole period rather than one day (pass 10-periods), that period; else null. */
  readonly period: Period | null;
  /**
   * For an agreement on one act rather than a deal that settles the dispute ("the two sides agreed
   * to meet again", "205 captives were swapped in a deal brokered by the UAE"): `act`. Absent
   * otherwise, except `deal` when a rule on one act read a deal ("Israel and Hamas agreed on Monday
   * to a ceasefire": agreed-to-act). The negotiation's status (corpus/status) reads no state from an
   * agreement on one act.
   */
  readonly scope?: 'act' | 'deal';
}

/**
 * The period a count covers: "from November 24 to December 1, 2023, when 110 hostages were
 * released", or "During that pause, 105 hostages were freed" after a truce the article
 * dated. `from`/`to` are days (`YYYY-MM-DD`) or null when the text does not say.
 */
export interface Period {
  readonly from: string | null;
  readonly to: string | null;
  /** The words that make it a period's count ("during that pause", "from … to …"). */
  readonly cue: string;
  readonly basis: 'range' | 'anaphora';
}

/** A proposed event inside the stage, before the refiners fill in its value. */
export interface Candidate {
  readonly type: EventType;
  subtype: string | null;
  readonly rule: string;
  /** Sentence index in the document's sentence list. */
  readonly sentence: number;
  /** Token indices (document-wide) of the match, inclusive, and of its head word. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
  /** `verb` triggers take their subject as agent; `noun` triggers a possessive, `by`, `from` or a light verb's subject. */
  readonly pos: 'verb' | 'noun';
  modality: Modality;
  modalityCue: string | null;
  agent: string[];
  target: string[];
  mediator: string[];
  location: string | null;
  quantity: Quantity | null;
  date: EventDate;
  source: EventSource | null;
  antecedent: Span | null;
  period?: Period | null;
  /** `EventValue.scope`. */
  scope?: 'act' | 'deal';
}

/** The date of an event nothing dates. */
export const NO_DATE: EventDate = Object.freeze({ value: null, precision: 'unknown', basis: 'none', span: null });
