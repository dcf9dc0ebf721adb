/**
 * @module kb/places — countries and capitals from a maintained data package.
 *
 * `world-countries` (mledoze/countries, ODbL) gives every country's common and official
 * names, alternative spellings, capitals and English demonyms. Parley reads them as
 * places (countries and capitals) and demonyms (adjective and plural, for groups such as
 * "Palestinians"). The knowledge base (data/kb/places) overrides a country's canonical
 * name and adds a Wikidata id where it has one.
 */
import { createRequire } from 'node:module';

/** A place from the package. */
export interface WorldPlace {
  /** Canonical name: the country's common name, or the capital's name. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: 'country' | 'capital';
  /** For a capital, its country's common name. */
  readonly country: string | null;
  /** ISO 3166-1 alpha-2 code of the country. */
  readonly cca2: string;
  /** English demonym, e.g. "Israeli" (countries only). */
  readonly demonym: string | null;
}

interface RawCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings?: readonly string[];
  readonly capital?: readonly string[];
  readonly cca2: string;
  readonly demonyms?: { readonly eng?: { readonly m?: string; readonly f?: string } };
}

let cached: readonly WorldPlace[] | null = null;

/** Every country and capital (loaded once per process). */
export function worldPlaces(): readonly WorldPlace[] {
  if (cached) return cached;
  const raw = createRequire(import.meta.url)('world-countries') as readonly RawCountry[];
  const out: WorldPlace[] = [];
  for (const c of raw) {
    // two-letter codes ("IL", "US") would turn ordinary capitals into countries; kept out, but
    // three-letter acronyms are names in news ("UAE", "DRC")
    const aliases = [c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3 || /^[A-Z]{3}$/.test(a))].filter((a) => a !== c.name.common);
    out.push({ name: c.name.common, aliases: [...new Set(aliases)], kind: 'country', country: null, cca2: c.cca2, demonym: c.demonyms?.eng?.m ?? null });
    for (const capital of c.capital ?? []) out.push({ name: capital, aliases: [], kind: 'capital', country: c.name.common, cca2: c.cca2, demonym: null });
  }
  cached = out;
  return out;
}
