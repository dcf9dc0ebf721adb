/**
 * @module stages/claims/types — the values of the layers the claims stage produces, and
 * the records its passes hand to each other. Every record is plain, serializable JSON.
 */
import type { Span } from '../../pipeline/annotation.js';
import type { Precision } from '../../pipeline/document.js';

/** What a sentence says about the negotiation (data/lexicons/status.json `states`). */
export type ClaimState =
  | 'talks' | 'stalled' | 'collapsed' | 'near_deal' | 'proposal_pending'
  | 'agreed_in_principle' | 'agreed' | 'ceasefire_in_effect' | 'ceasefire_ended';

/** Every claim state, in the order of the lexicon. */
export const CLAIM_STATES: readonly ClaimState[] = [
  'talks', 'stalled', 'collapsed', 'near_deal', 'proposal_pending', 'agreed_in_principle', 'agreed', 'ceasefire_in_effect', 'ceasefire_ended',
];

/** EXPORT.md `status[].state`. */
export type StatusState = 'talks' | 'proposal_pending' | 'agreed_in_principle' | 'agreed' | 'ceasefire_in_effect' | 'ceasefire_ended' | 'collapsed';

/** `positive`: the state holds; `negative`: the sentence denies it ("no deal has been reached"). */
export type Polarity = 'positive' | 'negative';

/** `asserted`: reported as the case; `planned`: scheduled or expected. Hypotheticals are not claims. */
export type ClaimModality = 'asserted' | 'planned';

/** When a claim holds, and where that date came from. */
export interface ClaimDate {
  /** TIMEX3 value: `2024-02-02` or `2024-02`. */
  readonly value: string;
  readonly precision: Extract<Precision, 'day' | 'month'>;
  /** `sentence`: a date of the sentence; `published`: the article's (reliable) publication date. */
  readonly from: 'sentence' | 'published';
  /** The time expression that dated it (for `sentence`). */
  readonly span: Span | null;
}

/**
 * `present`: the article's own time (no date in the sentence); `dated`: a date of the
 * sentence; `past`: narrated as before the article's time ("had stalled"), undated.
 */
export type ClaimTime = 'present' | 'dated' | 'past';

/** Value of a `status-claim` annotation (over the words that make the claim). */
export interface StatusClaimValue {
  readonly state: ClaimState;
  readonly polarity: Polarity;
  readonly modality: ClaimModality;
  readonly time: ClaimTime;
  /** The day or month the claim is about; null when neither the sentence nor a reliable publication date gives one. */
  readonly date: ClaimDate | null;
  /** The sentence the claim was read from. */
  readonly sentence: Span;
  /** The lexicon rule that proposed it. */
  readonly rule: string;
  /** Why the rule exists (debug output, `parley status`). */
  readonly reason: string;
}

/** One side of a document-level conflict. */
export interface ConflictItem extends Span {
  readonly text: string;
  /** What this side claims, in words (`stalled`, `Secretary of State of United States`). */
  readonly claim: string;
}

/** Value of a `contradiction` annotation: two status claims of one article that exclude each other. */
export interface ContradictionValue {
  readonly kind: 'internal';
  /** One sentence for people (credibility signal detail, `parley conflicts`). */
  readonly detail: string;
  /** Both sides, in text order. */
  readonly items: readonly ConflictItem[];
  /** The incompatibility rule's reason. */
  readonly reason: string;
}

/** Value of an `anachronism` annotation: a title its bearer did not hold on the article's date. */
export interface AnachronismValue {
  readonly kind: 'anachronism';
  readonly detail: string;
  readonly items: readonly ConflictItem[];
  /** Knowledge-base key of the person. */
  readonly person: string;
  readonly name: string;
  readonly title: string;
  readonly of: string | null;
  /** The terms the knowledge base gives for that title. */
  readonly terms: readonly { readonly from: string | null; readonly to: string | null }[];
  /** The article's date interval that the terms miss. */
  readonly published: { readonly value: string; readonly earliest: string; readonly latest: string };
}

/** A party as the link stage clustered it: enough to give its corpus-wide entity id. */
export interface PartyRef {
  readonly key: string;
  readonly name: string;
  readonly type: 'person' | 'organization' | 'place' | 'group';
  readonly kb: string | null;
  readonly wikidata: string | null;
}

/** EXPORT.md `proposals[].terms[].kind`. */
export type TermKind = 'phase' | 'duration' | 'count' | 'condition' | 'other';

/** One term of a proposal as one article states it. */
export interface TermValue extends Span {
  readonly kind: TermKind;
  readonly text: string;
  /** Phase number, days, a count, or null (conditions). */
  readonly value: number | null;
  /** `days`, `hostages`, `prisoners`…, the condition's name (`withdrawal`), or null. */
  readonly unit: string | null;
  /** `exact`, `at_most` (up to), `at_least`, `about`, `fraction` for counts; null otherwise. */
  readonly qualifier: 'exact' | 'at_least' | 'at_most' | 'about' | 'fraction' | null;
  /** The phase of the plan the term belongs to, when the sentence names one. */
  readonly phase: number | null;
  /** The sentence it was read from. */
  readonly sentence: Span;
}

/** EXPORT.md `proposals[].stances[].stance`. */
export type Stance = 'accept' | 'accept_in_principle' | 'reject' | 'counter' | 'positive' | 'pending';

/** One party's stance on a proposal, as one article reports it. */
export interface StanceValue extends Span {
  readonly party: PartyRef;
  readonly stance: Stance;
  readonly text: string;
  readonly date: ClaimDate | null;
  /** The sentence it was read from. */
  readonly sentence: Span;
}

/** What tells one proposal from another across reports. */
export interface ProposalFeatures {
  readonly phases: number | null;
  readonly days: number | null;
  /** Country or party the proposal comes from ("Egyptian", "proposed by Egypt"), by name. */
  readonly origin: string | null;
  readonly bridging: boolean;
  /** The percentage a labour offer or demand puts forward ("a 77 percent raise"), when it is named by one. */
  readonly percent?: number | null;
}

/** Value of a `proposal-claim` annotation (over the words that name the proposal). */
export interface ProposalClaimValue {
  /** "three-phase plan", "60-day ceasefire framework", "Egyptian framework"; `proposal` when unnamed. */
  readonly label: string;
  readonly named: boolean;
  readonly features: ProposalFeatures;
  readonly proposer: readonly PartyRef[];
  readonly date: ClaimDate | null;
  readonly terms: readonly TermValue[];
  readonly stances: readonly StanceValue[];
  /** Sentences that name or refer to it. */
  readonly references: readonly Span[];
}
