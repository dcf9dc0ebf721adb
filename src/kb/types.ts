/**
 * @module kb/types — the shapes of knowledge-base entries as stored in `data/kb/**.json`
 * and as returned by the lookups. The file format is documented in `data/kb/README.md`;
 * these types are its single definition in code.
 */
import type { DataIssue } from '../util/paths.js';

/** A date as written in the data: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type KbDateString = string;

/** What kind of thing an entry describes. */
export type KbEntityType = 'person' | 'organization' | 'place';

/** What a place below a country is (a country has no kind). */
export type KbPlaceKind = 'city' | 'region';

/** One office or position held, with the period and the source that backs it. */
export interface KbRole {
  /** Canonical title without the country, e.g. `Secretary of State`. */
  readonly title: string;
  /** The country or organization the title belongs to, e.g. `United States`, `Hamas`. */
  readonly of: string;
  /** Wikidata id of `of`, or null when unknown or unverified. */
  readonly ofId: string | null;
  /** Key of the knowledge-base entry for `of`, when the KB has one (organizations). */
  readonly ofKey?: string;
  /** First day in office (inclusive); null when the start is not known. */
  readonly from: KbDateString | null;
  /** Last day in office (inclusive); null while the role is open. */
  readonly to: KbDateString | null;
  /** True for acting or interim holders. */
  readonly acting?: boolean;
  /** For open roles: the last date a source confirmed the holder was still in office. */
  readonly checked?: KbDateString;
  /** One URL, or several, that back the title and both dates. */
  readonly source: string | readonly string[];
  /** Other ways news copy names this title (merged across all holders of the title). */
  readonly titleAliases?: readonly string[];
  readonly note?: string;
}

/** One entry of a `data/kb` file. */
export interface KbEntity {
  /** Stable local key, kebab-case, unique across all loaded folders. */
  readonly key: string;
  /** Wikidata item id (`Q…`), or null when it could not be verified. */
  readonly id: string | null;
  readonly type: KbEntityType;
  /** Canonical display name. */
  readonly name: string;
  /** Full names and spellings that identify only this entity. */
  readonly aliases: readonly string[];
  /** Surnames and short forms that several entities may share (e.g. `Miller`). */
  readonly shortNames?: readonly string[];
  /** Nominal descriptions that may refer to it when unambiguous (`the Islamist movement`). */
  readonly descriptions?: readonly string[];
  /** Offices held; always present for persons (may be empty), empty for organizations and places. */
  readonly roles: readonly KbRole[];
  /** URL identifying the entity. */
  readonly source: string;
  /** How the Wikidata id was verified. */
  readonly idSource?: string;
  readonly born?: KbDateString;
  readonly died?: KbDateString;
  readonly diedSource?: string;
  /** Organizations: the country they belong to; places below a country (`kind`): the country they are in. */
  readonly country?: string;
  readonly countryId?: string | null;
  /** Organizations: key of the parent organization. */
  readonly partOf?: string;
  /**
   * Organizations: an organ of its `country`'s state (its army, a ministry, the head of
   * government's office, an intelligence agency), which acts for that country; not a group
   * merely based there (a union, a militia, a party at war with the state).
   */
  readonly stateBody?: boolean;
  /**
   * Places: `city` or `region` for a place inside a country (Goma, North Kivu), which stands
   * for no government; absent for a country.
   */
  readonly kind?: KbPlaceKind;
  readonly note?: string;
  /** The file the entry was loaded from (added by the loader). */
  readonly file: string;
}

/** How a surface form matched an entity. */
export type KbMatchKind = 'name' | 'alias' | 'shortName' | 'description';

/** One result of an alias lookup. */
export interface KbMatch {
  readonly entity: KbEntity;
  readonly kind: KbMatchKind;
}

/** A role together with the entity holding it. */
export interface KbHolding {
  readonly entity: KbEntity;
  readonly role: KbRole;
}

/** A role title as it can be named in text. */
export interface KbTitle {
  /** Canonical title, e.g. `Secretary of State`. */
  readonly title: string;
  /** Country or organization, e.g. `United States`. */
  readonly of: string;
  readonly ofId: string | null;
  /** The title itself and all its aliases as written in the data. */
  readonly surfaces: readonly string[];
}

/** A title found in text by {@link TitleIndex.findIn}. */
export interface KbTitleMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Every title this surface can name (several when it is generic, e.g. `foreign minister`). */
  readonly titles: readonly KbTitle[];
}

/** One problem found while loading. */
export type KbIssue = DataIssue;
