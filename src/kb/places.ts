/**
 * @module kb/places — countries and capitals from a maintained data package.
 *
 * `world-countries` (mledoze/countries, ODbL) gives every country's common and official
 * names, alternative spellings, capitals and English demonyms. Parley reads them as
 * places (countries and capitals) and demonyms (adjective and plural, for groups such as
 * "Palestinians"). The knowledge base (data/kb/places) overrides a country's canonical
 * name and adds a Wikidata id where it has one.
 *
 * The country lookup (`countryForms`, `countryOfDemonym`, `countryNamed`, `countryNames`)
 * is the one place the stages turn a word into a country: one fold ({@link foldPlace}),
 * one index built once per process.
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

/** How a form names its country. */
export type CountryFormKind = 'demonym' | 'name' | 'alias';

/** One way the package writes a country: its English demonym, its common name or an alias. */
export interface CountryForm {
  readonly country: WorldPlace;
  /** As the package spells it ("DPRK", "Egyptian"). */
  readonly text: string;
  readonly kind: CountryFormKind;
}

/** Folded words already computed (the same words recur from document to document); bounded, cleared when full. */
const placeFolds = new Map<string, string>();

/**
 * Folds a word or name for the country lookup: no accents, straight apostrophes, lower
 * case, single spaces, trimmed ("Curaçaoan" → "curacaoan", "Côte d’Ivoire" → "cote d'ivoire").
 * Callers strip what is not part of the name (a possessive, a final period) first.
 */
export function foldPlace(s: string): string {
  let f = placeFolds.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
    if (placeFolds.size >= 10_000) placeFolds.clear();
    placeFolds.set(s, f);
  }
  return f;
}

const NO_FORMS: readonly CountryForm[] = [];

interface CountryIndex {
  /** Folded form → the forms that fold to it: countries in the package's order, each its demonym, common name, then aliases. */
  readonly forms: ReadonlyMap<string, readonly CountryForm[]>;
  /** Folded common name → the country's folded names: common name, aliases, demonym. */
  readonly names: ReadonlyMap<string, readonly string[]>;
}

let countryIndex: CountryIndex | null = null;

/** The countries of {@link worldPlaces} by folded form (built once per process). */
function countries(): CountryIndex {
  if (countryIndex) return countryIndex;
  const forms = new Map<string, CountryForm[]>();
  const names = new Map<string, readonly string[]>();
  const add = (country: WorldPlace, text: string, kind: CountryFormKind): void => {
    const key = foldPlace(text);
    const list = forms.get(key);
    if (list) list.push({ country, text, kind });
    else forms.set(key, [{ country, text, kind }]);
  };
  for (const p of worldPlaces()) {
    if (p.kind !== 'country') continue;
    if (p.demonym) add(p, p.demonym, 'demonym');
    add(p, p.name, 'name');
    for (const a of p.aliases) add(p, a, 'alias');
    const name = foldPlace(p.name);
    if (!names.has(name)) names.set(name, [p.name, ...p.aliases, ...(p.demonym ? [p.demonym] : [])].map(foldPlace));
  }
  countryIndex = { forms, names };
  return countryIndex;
}

/**
 * Every form of a country that folds like `word` ({@link foldPlace}), countries in the
 * package's order and, for each, its demonym, common name, then aliases; none when no
 * country is written so ("Paris" is a capital).
 */
export function countryForms(word: string): readonly CountryForm[] {
  return countries().forms.get(foldPlace(word)) ?? NO_FORMS;
}

/** Which country a demonym that several share names. */
export interface DemonymOptions {
  /**
   * The package gives some demonyms to several countries ("Indian": India, then the British
   * Indian Ocean Territory; "Dutch": the Caribbean Netherlands, then the Netherlands):
   * 'first' or 'last' listed. Default 'first'.
   */
  readonly shared?: 'first' | 'last';
}

/** The country `word` is the English demonym of ("Israeli" → Israel), or undefined. */
export function countryOfDemonym(word: string, options: DemonymOptions = {}): WorldPlace | undefined {
  const forms = countryForms(word);
  if (options.shared === 'last') {
    for (let i = forms.length - 1; i >= 0; i--) if (forms[i]!.kind === 'demonym') return forms[i]!.country;
    return undefined;
  }
  return forms.find((f) => f.kind === 'demonym')?.country;
}

/** Which names of a country count. */
export interface NameOptions {
  /** Also the aliases (official names, other spellings: "Republic of Turkey" for Türkiye); default true. */
  readonly aliases?: boolean;
}

/** The country `word` names ("Egypt", "Arab Republic of Egypt"), or undefined. */
export function countryNamed(word: string, options: NameOptions = {}): WorldPlace | undefined {
  const aliases = options.aliases ?? true;
  return countryForms(word).find((f) => f.kind === 'name' || (aliases && f.kind === 'alias'))?.country;
}

/**
 * The folded names of the country whose common name is `name`: that name, its aliases and
 * its demonym ("Egypt" → "egypt", "arab republic of egypt", …, "egyptian"); just `name`
 * folded when it is no country's common name.
 */
export function countryNames(name: string): readonly string[] {
  const folded = foldPlace(name);
  return countries().names.get(folded) ?? [folded];
}
