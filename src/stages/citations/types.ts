/**
 * @module stages/citations/types — the source registry's entries (as stored in
 * `data/sources/**.json`, documented in `data/sources/README.md`) and the values the
 * citations stage produces. These types are the single definition of both in code.
 */
import type { DataIssue } from '../../util/paths.js';

/** What a registry entry is: a news organization, a non-news reference, or a body that is cited. */
export type SourceKind = 'agency' | 'broadcaster' | 'newspaper' | 'magazine' | 'online' | 'reference' | 'official';

/** Every {@link SourceKind}, in the order the README lists them. */
export const SOURCE_KINDS: readonly SourceKind[] = ['agency', 'broadcaster', 'newspaper', 'magazine', 'online', 'reference', 'official'];

/** The kind of a citation in the export (`documents[].citations[].kind`). */
export type CitationKind = 'outlet' | 'agency' | 'official' | 'anonymous' | 'reference';

/** One outlet, agency, reference work or cited body of the registry. */
export interface SourceEntry {
  /** Stable kebab-case key, unique across every loaded folder. */
  readonly key: string;
  /** Display name, as the outlet writes itself. */
  readonly name: string;
  readonly kind: SourceKind;
  /** ISO 3166-1 alpha-2 code of the country it is based in; null for international bodies and references. */
  readonly country: string | null;
  /** Other names it is cited by ("AP", "The Associated Press"). */
  readonly variants: readonly string[];
  /** Host names (optionally with a path) it publishes under. */
  readonly domains: readonly string[];
  /** Where the entry can be checked: the outlet's own site, or a page about the body. */
  readonly source: string;
  /** True for a kind of body every country has ("Foreign Ministry"): cited with its place qualifier, "the Qatari Foreign Ministry". */
  readonly generic?: boolean;
  readonly note?: string;
  /** File the entry was read from (set by the loader). */
  readonly file: string;
}

/** Place words that may precede a generic body ("the Qatari Foreign Ministry"). */
export interface Qualifier {
  readonly words: readonly string[];
  /** The place they name; null for regional or generic words ("Western", "Arab"). */
  readonly place: string | null;
  readonly source: string;
  readonly note?: string;
  readonly file: string;
}

/** A problem found while loading the registry: file, entry, field, message. */
export type SourceIssue = DataIssue;

/** The source list a citation was read from, when it named several sources together. */
export interface CitationList {
  readonly start: number;
  readonly end: number;
  /** How many sources the list names. */
  readonly size: number;
  /** True when bracketed or separated by `|`, `/` or `+` (a pasted source list, not prose). */
  readonly enclosed: boolean;
}

/** The value of a `citation` annotation. */
export interface CitationValue {
  /** Registry display name when known, else the name as written (anonymous: the phrase). */
  readonly name: string;
  readonly kind: CitationKind;
  /** True when the registry lists the source. */
  readonly known: boolean;
  /** Registry key when known, else null. */
  readonly outletKey: string | null;
  /** The list this citation belongs to, or null when it stands alone. */
  readonly list: CitationList | null;
}

/** The value of a `citation-marker` annotation: a count chip such as "+9" or "(+11)" pasted next to a source. */
export interface MarkerValue {
  /** The number in the marker. */
  readonly count: number;
}
