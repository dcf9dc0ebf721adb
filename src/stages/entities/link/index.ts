/**
 * @module stages/entities/link — one identity per real referent inside a document.
 *
 * Passes (README.md):
 * 1. names — every person, organization, place and group mention the tagger found is
 *    looked up in the knowledge base (names and aliases identify; short names only when
 *    one entity has them), in the countries package and, for organizations, in the news
 *    outlet registry ("AP News" is the Associated Press); a multi-word person name starts
 *    a cluster, keyed by its KB entry or its folded full name.
 * 2. surnames — a one-word person mention joins the most recent earlier cluster whose
 *    name contains that word ("Blinken" after "Antony Blinken"); a later full name
 *    absorbs earlier one-word clusters it contains. Two Millers in one article: "Miller"
 *    goes to the one mentioned last, never merging them.
 * 3. titles — the tagger's `title` annotations ("Secretary of State" before "Antony
 *    Blinken") become roles of the cluster, dated from the KB when the KB entry holds
 *    that title.
 * 4. descriptions — "the top US diplomat", "the prime minister", "the Islamist movement":
 *    a KB title alias or description resolves when exactly one cluster of the document
 *    (or, for titles, the KB holder at the publication date) fits.
 * 5. pronouns — "he"/"she" at a clause start resolves to the person mentioned in the
 *    previous sentence when only one person was.
 * Produces `mention` (value: the cluster) and `role` annotations.
 */
import { loadKnowledgeBase, parseKbDate, spanContains, type KbEntity, type KbRole, type KbTitle, type KbTitleMention, type KnowledgeBase } from '../../../kb/index.js';
import { normalizeSurface } from '../../../kb/normalize.js';
import { countryForms, countryNamed, countryNames, countryOfDemonym, foldPlace, worldPlaces, type WorldPlace } from '../../../kb/places.js';
import { sourceRegistry } from '../../citations/load.js';
import { annotate, type Annotation } from '../../../pipeline/annotation.js';
import type { Published } from '../../../pipeline/document.js';
import type { Stage } from '../../../pipeline/stage.js';
import type { NerValue, TitleValue } from '../ner/index.js';
import { COMPANY_NOUNS, COMPANY_POSSESSIONS, CORPORATE_SUFFIXES, GROUND_VERBS, HONORIFICS, NAME_PARTICLES, ORGANIZATION_HEADS, POLL_NOUNS, SURNAME_PARTICLES, TITLE_WORDS } from '../ner/lexicon.js';
import { companyNames } from '../ner/kb.js';
import { givenNameGender } from '../../../util/given-names.js';
import { isCommonWord } from '../../../util/common-words.js';
import { lowerOf } from '../../../util/lower.js';
import { SpanIndex } from '../../../util/span-index.js';
import { boundedMemo } from '../../../util/memo.js';
import { own } from '../../../util/own-slice.js';

/** Entity types that are exported. */
export type EntityType = 'person' | 'organization' | 'place' | 'group';

/** Value of a `mention` annotation: the document-level cluster it belongs to. */
export interface MentionValue {
  readonly type: EntityType;
  /** Cluster key inside the document: `kb:KEY`, `place:NAME` or `name:TYPE:FOLDED`. */
  readonly key: string;
  /** Canonical name of the cluster. */
  readonly name: string;
  /** Knowledge-base key, when linked. */
  readonly kb: string | null;
  /** Wikidata id of the KB entry, when known. */
  readonly wikidata: string | null;
  /** How this mention was resolved. */
  readonly via: 'name' | 'alias' | 'surname' | 'description' | 'title' | 'pronoun' | 'place' | 'demonym';
}

/** Value of a `role` annotation (over the title text). */
export interface RoleValue {
  readonly key: string;
  readonly title: string;
  readonly of: string | null;
  readonly from: string | null;
  readonly to: string | null;
  /**
   * `true` when the text gives the office as one held before ("former Prime Minister Naftali
   * Bennett", "Aaron David Miller, a former State Department negotiator,", "ex-", "then-"): not
   * held when the article was written. `from`/`to` are then the KB term that ended before the
   * publication day. Left out for an office held.
   */
  readonly former?: true;
}

const TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'group']);

/** Provenance of the mentions of passes 1 and 2, by how they were found (built once, not per mention). */
const SOURCES = {
  kb: 'link/kb', place: 'link/place', outlet: 'link/outlet', name: 'link/name', surname: 'link/surname', compound: 'link/compound', demonym: 'link/demonym',
} as const;
type LinkSource = keyof typeof SOURCES;

/** The cluster key of each KB entry (`kb:KEY`), built once: the same entries are named in every article. */
const kbKeys = new WeakMap<KbEntity, string>();

function kbKeyOf(entity: KbEntity): string {
  let key = kbKeys.get(entity);
  if (key === undefined) {
    key = `kb:${entity.key}`;
    kbKeys.set(entity, key);
  }
  return key;
}

/** "Iran-backed", "Qatar-brokered", "U.S.-led", "M23-held": the tokenizer keeps the compound whole. */
const COMPOUND = /(?<![\p{L}\p{N}.-])(\p{Lu}[\p{L}\p{N}.]*(?:\s\p{Lu}\p{L}+)?)-(?:backed|led|brokered|based|allied|funded|sponsored|controlled|run|mediated|supported|occupied|ruled|bound|held)\b/gu;
/** Where every COMPOUND match ends: the hyphen and the participle (found fast: it starts with a literal). */
const COMPOUND_END = /-(?:backed|led|brokered|based|allied|funded|sponsored|controlled|run|mediated|supported|occupied|ruled|bound|held)\b/g;
/** COMPOUND tried at one place. */
const COMPOUND_AT = new RegExp(COMPOUND.source, 'uy');
const LETTER = /^[\p{L}\p{N}]$/u;

/**
 * The matches of COMPOUND in `text` (those of `text.matchAll(COMPOUND)`, which is slow:
 * it tries a capital at every character), tried only before each hyphenated participle.
 * A match is one word of letters and dots, or two words with one white space between,
 * right before the hyphen, and its lookbehind lets it start only where such a word
 * starts: at the last word before the hyphen or the one before it, tried in that order of
 * position. Matches ending at a later hyphen start after this one, so taking hyphens in
 * text order keeps matchAll's leftmost, non-overlapping matches.
 */
function compounds(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  COMPOUND_END.lastIndex = 0;
  for (let end = COMPOUND_END.exec(text); end !== null; end = COMPOUND_END.exec(text)) {
    const last = wordStart(text, end.index);
    const starts = last > 0 && /\s/.test(text[last - 1]!) ? [wordStart(text, last - 1), last] : [last];
    for (const start of starts) {
      if (start < from) continue;
      COMPOUND_AT.lastIndex = start;
      const m = COMPOUND_AT.exec(text);
      if (m === null) continue;
      out.push(m);
      from = start + m[0].length;
      break;
    }
  }
  return out;
}

/** Provenance of the place a tagger's "X-based" mention is cut to. */
const BASED_PLACE = 'link/based-place';
/** "-based" right after a name ("a Washington-based think tank": the tagger's "Washington"). */
const BASED_AFTER = /^[-\u2010\u2011\u2013]based\b/;
/** A name and "-based" written as one mention ("Abu Dhabi-based", "Doha-based"). */
const BASED = /^(\p{Lu}[\p{L}\p{N}.' ]*?)[-\u2010\u2011\u2013]based$/u;

/**
 * A tagger's mention of a name and "-based" ("an Abu Dhabi-based mediator": a person) is the
 * place where something is based, over the name alone ("Abu Dhabi"); any other mention as it is.
 */
function basedPlace(text: string, a: Annotation<NerValue>): Annotation<NerValue> {
  if (!a.text.endsWith('based')) return a;
  const m = BASED.exec(a.text);
  return m === null ? a : annotate('ner', text, a.start, a.start + m[1]!.length, { type: 'place', score: 1 }, BASED_PLACE);
}

/** Start of the run of letters, digits and dots that ends at `end` ("M23" in "M23-held"). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    const ch = text.slice(i - width, i);
    if (ch !== '.' && !LETTER.test(ch)) break;
    i -= width;
  }
  return i;
}

interface Cluster {
  key: string;
  type: EntityType;
  name: string;
  kb: KbEntity | null;
  /** Folded name words, for surname matching: a person's only (no other cluster's are read). */
  words: ReadonlySet<string>;
  last: number;
  /**
   * The folded surname, while a KB person's cluster is known only by it in the headline ("Greer
   * Says …", the KB's one Greer): a full name of the article outside the KB that holds it takes the cluster over.
   */
  bySurname?: string;
}

/** The words of a cluster that is not a person's. */
const NO_WORDS: ReadonlySet<string> = new Set();

const foldOnce = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/'s$/i, '').toLowerCase().replace(/\s+/g, ' ').trim();
/** {@link foldOnce}, kept by name: the same names recur in every article. */
const fold = boundedMemo(50_000, foldOnce);

/** A district's dotted abbreviation after a capital's name (`Washington D.C.`). */
const DISTRICT = /,?\s+(?:\p{Lu}\.)+$/u;

let placeIndex: Map<string, { name: string; cca2: string; kind: 'country' | 'capital' }> | null = null;

function places(): Map<string, { name: string; cca2: string; kind: 'country' | 'capital' }> {
  if (placeIndex) return placeIndex;
  placeIndex = new Map();
  for (const p of worldPlaces()) {
    // a capital the package names with its district ("Washington D.C.") also goes by the city's name
    const city = p.kind === 'capital' ? p.name.replace(DISTRICT, '') : p.name;
    for (const n of [p.name, ...p.aliases, city]) if (!placeIndex.has(fold(n))) placeIndex.set(fold(n), { name: p.name, cca2: p.cca2, kind: p.kind });
  }
  return placeIndex;
}

const kbCache = new Map<string, KnowledgeBase>();
/** KB keys of the places below a country (a `kind`: Goma, North Kivu) of every KB loaded (keys are unique across folders). */
const subnationalKeys = new Set<string>();

function kbFor(dirs: readonly string[]): KnowledgeBase {
  const key = dirs.join('\u0000');
  let kb = kbCache.get(key);
  if (!kb) {
    kb = loadKnowledgeBase(undefined, dirs);
    kbCache.set(key, kb);
    for (const e of kb.entities) if (e.type === 'place' && e.kind !== undefined) subnationalKeys.add(e.key);
  }
  return kb;
}

/**
 * Whether a place mention stands for a government, as an actor may: a country or capital
 * (of the countries package, or a KB country), never a city or region the KB lists below
 * its country (Goma, North Kivu, El Fasher) nor a place known to neither.
 */
export function standsForGovernment(m: MentionValue): boolean {
  if (m.key.startsWith('place:')) return true;
  return m.key.startsWith('kb:') && !(m.kb !== null && subnationalKeys.has(m.kb));
}

type Identity = { entity: KbEntity; via: MentionValue['via'] } | null;

/**
 * Answers of {@link identifyOnce} by knowledge base, type and surface (the same names recur
 * in every article; bounded per type). Maps by type, then surface: no key string to build.
 */
const identities = new WeakMap<KnowledgeBase, Map<string, Map<string, Identity>>>();


/**
 * Whether the words around a name mark it as a person's: a title or honorific right before it
 * (`President Carter`, `Mr. Adams`) or an appositive after it (`Adams, the mayor,`).
 */
function markedAsPerson(text: string, start: number, end: number): boolean {
  const before = (wordBefore(text, start) ?? '').toLowerCase();
  if (TITLE_WORDS.has(before) || HONORIFICS.has(before)) return true;
  return /^,\s+(?:the|a|an|his|her)\s+\p{Ll}/u.test(text.slice(end, end + 24));
}

/** KB entries a surface identifies: by name or alias, else by a short name no other entry shares. */
function identify(kb: KnowledgeBase, surface: string, type: string): Identity {
  let byType = identities.get(kb);
  if (byType === undefined) identities.set(kb, (byType = new Map()));
  let known = byType.get(type);
  if (known === undefined) byType.set(type, (known = new Map()));
  let id = known.get(surface);
  if (id === undefined) {
    if (known.size >= 50_000) known.clear();
    id = identifyOnce(kb, surface, type);
    known.set(own(surface), id);
  }
  return id;
}

/** "U.N." or "UN" opening a body's name ("U.N. Office for the Coordination of Humanitarian Affairs"). */
const UN_OPENING = /^(?:U\.N\.|UN)\s+(?=\p{Lu})/u;

function identifyOnce(kb: KnowledgeBase, surface: string, type: string): Identity {
  const found = identifyWritten(kb, surface, type);
  // a UN body the KB names in full, written with the abbreviation ("U.N. Office for …")
  return found === null && UN_OPENING.test(surface) ? identifyWritten(kb, surface.replace(UN_OPENING, 'United Nations '), type) : found;
}

function identifyWritten(kb: KnowledgeBase, surface: string, type: string): Identity {
  const matches = kb.findMatches(surface).filter((m) => m.kind !== 'description' && (m.entity.type === type || (type === 'group' && m.entity.type === 'organization')));
  const strong = matches.filter((m) => m.kind === 'name' || m.kind === 'alias');
  if (strong.length === 1) return { entity: strong[0]!.entity, via: strong[0]!.kind === 'name' ? 'name' : 'alias' };
  const short = matches.filter((m) => m.kind === 'shortName');
  if (strong.length === 0 && short.length === 1) return { entity: short[0]!.entity, via: 'surname' };
  return null;
}

/**
 * The one KB person that a short name several KB people share names on `day`: the one in
 * office that day, when none of the others held an office begun by then ("Sinwar" in May 2024
 * is Yahya Sinwar: his brother's KB office begins in October 2024). Null for any other surface
 * or day ("Sinwar" in 2025, once both had held office; "Miller", Aaron David Miller's offices
 * being past ones), and for a short name any other KB entry shares.
 */
function shortNameOnDay(kb: KnowledgeBase, surface: string, day: string | null): Identity {
  if (day === null || surface.includes(' ')) return null;
  const matches = kb.findMatches(surface);
  if (matches.length < 2 || !matches.every((m) => m.kind === 'shortName' && m.entity.type === 'person')) return null;
  const held = matches.filter((m) => m.entity.roles.some((r) => spanContains(r.from, r.to, day)));
  if (held.length !== 1) return null;
  const begun = (e: KbEntity): boolean => e.roles.some((r) => r.from === null || (parseKbDate(r.from)?.first ?? day) <= day);
  if (matches.some((m) => m.entity !== held[0]!.entity && begun(m.entity))) return null;
  return { entity: held[0]!.entity, via: 'surname' };
}

export const linkStage: Stage = {
  name: 'link',
  description: 'Groups the mentions of one referent inside a document and links them to the knowledge base.',
  requires: ['ner', 'title', 'sentence', 'published'],
  produces: ['mention', 'role', 'reference'],
  run(ctx, doc, layers) {
    const kb = kbFor(ctx.config.kbDirs);
    const day = publishedDay(layers.get<Published>('published')[0]?.value);
    const clusters: Cluster[] = [];
    /** The clusters by key (each key names one cluster of the list): no scan of the list per mention. */
    const byKey = new Map<string, Cluster>();
    const mentions: Annotation<MentionValue>[] = [];
    const emit = (start: number, end: number, c: Cluster, via: MentionValue['via'], source: LinkSource): void => {
      mentions.push(annotate('mention', doc.text, start, end, { type: c.type, key: c.key, name: c.name, kb: c.kb?.key ?? null, wikidata: c.kb?.id ?? null, via }, SOURCES[source]));
    };
    // only the headline (the first line), and only in mixed Title Case: ALL-CAPS lines and
    // table rows keep their mentions (the tagger learned those forms)
    const first = layers.get('sentence')[0];
    const headings = first && first.start < (doc.text.indexOf('\n') === -1 ? doc.text.length : doc.text.indexOf('\n') + 1) && isTitleCase(first.text) ? [first] : [];
    const inHeading = (a: Annotation): boolean => headings.some((h) => h.start <= a.start && a.end <= h.end);
    const ner = layers.get<NerValue>('ner').filter((a) => TYPES.has(a.value.type))
      // In a Title Case heading every word is capitalized, so capitals say nothing about
      // names: keep only what the knowledge base or the countries package knows.
      // (a surname the tagger read as a body is kept too: after pass 2 it is the person or nothing)
      .filter((a) => !inHeading(a) || identify(kb, a.text, a.value.type) !== null || places().has(fold(a.text)) || (!a.text.includes(' ') && identify(kb, withoutPossessive(a.text), 'person') !== null))
      // "Egyptian-Qatari", "U.S.-Israeli": a compound of countries names no entity of its own
      // (each country is a reference before a noun of acting: `demonymReferences`)
      .filter((a) => a.text.includes(' ') || !a.text.includes('-') || demonymCompound(withoutPossessive(a.text), kb) === null)
      .map((a) => basedPlace(doc.text, a));
    // "Then-Secretary of State John Kerry", "then-President Barack Obama": the tokenizer keeps
    // "Then-Secretary" whole, so the tagger's title is "State" or none; the title starts after "then-"
    const titleLayer = thenTitles(doc.text, layers.get<TitleValue>('title'), ner);
    /** The countries and place names the whole article mentions (worked out when first asked). */
    let context: ReadonlySet<string> | undefined;
    // the document's own outlet ("Outlet: Example Wire", "DOHA (Example Wire) —") is a body wherever it
    // is named ("an official told Example Wire"), never a person or place
    const dateline = layers.has('dateline') ? layers.get<{ readonly agency?: string | null }>('dateline')[0]?.value.agency ?? null : null;
    const ownOutlets = new Set([doc.meta.outlet, dateline].filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => fold(x)));
    // pass 1 and 2 in text order
    for (const a of ner) {
      let type = a.value.type as EntityType;
      const written = withoutPossessive(a.text);
      const end = a.start + written.length;
      if (type !== 'organization' && ownOutlets.has(fold(written))) type = 'organization';
      // looked up without a quoted nickname inside ("Mohamed Hamdan \"Hemedti\" Dagalo")
      const surface = type === 'person' ? withoutNickname(written) : written;
      let id = identify(kb, surface, type);
      // a surname the tagger read as a body ("Zelenskyy's chief of staff", "Al-Burhan's deputy")
      // is the person of that name the article already named
      if (id === null && type !== 'person' && !surface.includes(' ')) {
        const host = namedPersonCalled(clusters, byKey, kb, surface, surface.length < a.text.length, day);
        if (host) { host.last = a.start; emit(a.start, end, host, 'surname', 'surname'); continue; }
        // a surname only KB people have, which no country or capital shares ("no deal without Sinwar",
        // two Sinwars in the KB and neither named): a person, whom the export may still find by it
        // (the KB's one person of that short name when no other entry shares it: "Zelenskyy's chief of staff")
        if (type === 'organization' && !inHeading(a) && surnameOfKbPeopleOnly(kb, surface) && !readAsCompany(doc.text, a, surface)) { type = 'person'; id = identify(kb, surface, 'person'); }
      }
      // a capital the knowledge base reads as its government ("Cairo said") is the city after
      // a preposition of place ("talks in Cairo", "flew to Doha") and in the dateline ("CAIRO (AP) —")
      if (id !== null && id.via === 'surname' && type === 'place' && places().get(fold(surface))?.kind === 'capital' && (a.source === 'ner/dateline-place' || a.source === BASED_PLACE || BASED_AFTER.test(doc.text.slice(end, end + 7)) || (LOCATIVES.has((wordBefore(doc.text, a.start) ?? '').toLowerCase()) && !partyBetween(doc.text, a.start)) || listedAfterLocative(doc.text, a.start) || GROUND_VERBS.has((wordBefore(doc.text, a.start) ?? '').toLowerCase()))) id = null;
      // a surname a person of the article already holds ("union president Harold Greer … Greer said")
      // is that person, not the KB's namesake found by short name alone (Jamieson Greer, in office
      // that day); a KB person named in full is a cluster holding the word too: the last-mentioned wins
      // (only a name with a given name of the lexicon first, not "Team Clinton", "Pres. Obama"; and only while the KB
      // person is not named in full: "Hillary Clinton … Bill Clinton … Clinton said" stays hers)
      if (type === 'person' && id !== null && id.via === 'surname' && !surface.includes(' ') && !namedInFull(byKey.get(kbKeyOf(id.entity))) && clusters.some((c) => c.type === 'person' && c.kb === null && namedHolder(c.name, fold(surface)))) id = null;
      if (type === 'person' && !id && !surface.includes(' ')) {
        const word = fold(surface);
        // of the people whose names hold the word, the one mentioned last (not the one named first
        // last: "Matthew Miller … Aaron David Miller … Matthew Miller declined. Miller added" is Matthew)
        // (one named only as another's kin gives way to one named otherwise: "Yahya Sinwar … his brother
        // Mohammed Sinwar. … the choice of Sinwar" is Yahya)
        const host = surnameHost(doc.text, clusters, mentions, word);
        if (host) { host.last = a.start; emit(a.start, end, host, 'surname', 'surname'); continue; }
        // a short name several KB people share is the one the day tells apart ("Sinwar" in 2024)
        const dated = shortNameOnDay(kb, surface, day);
        if (dated !== null) id = dated;
        // "Sheikh Mohammed": an honorific and a given name that several KB people go by is the one
        // whose countries the article is about (Qatar's premier, Dubai's ruler), else no one
        const styled = styledPerson(kb, doc.text, a.start, surface, () => (context ??= articleContext(layers.get<NerValue>('ner'), kb)));
        if (styled !== null) id = { entity: styled, via: 'surname' };
        // a lone capital or country no person of the article is named after ("a day after Washington
        // said") is the place; with a namesake in the article it stayed that person above
        const asPlace = identify(kb, surface, 'place');
        if (asPlace !== null || places().has(word)) { type = 'place'; id = asPlace; }
      }
      // "Abdel Rahim Dagalo" after "Abdel Rahim Hamdan Dagalo": the same first and last names
      // "Qatari Prime Minister Mohammed Al Thani": a title before a name the KB does not spell so
      // is that day's holder when the holder's name holds the written one's words
      if (type === 'person' && !id && surface.includes(' ') && day !== null) {
        const holder = titledHolder(doc.text, titleLayer, a.start, surface, kb, day);
        if (holder !== null) id = { entity: holder, via: 'alias' };
      }
      // with a middle name left out are the person named in full
      if (type === 'person' && !id && surface.includes(' ') && !byKey.has(personKey(surface, byKey))) {
        const host = shortenedNameOf(clusters, fold(surface));
        if (host) { host.last = a.start; emit(a.start, end, host, 'name', 'name'); continue; }
      }
      // "ILA" after "the International Longshoremen's Association": the article's own acronym
      // (before the outlet registry, where "ONA" is another agency's)
      if (!id && ACRONYM.test(surface)) {
        const host = acronymHost(clusters, surface);
        if (host) { host.last = a.start; emit(a.start, end, host, 'alias', 'name'); continue; }
      }
      // "Brightwell" after "Brightwell Health": a company's name without its generic last words
      // (no place or common word: "World" is no short "World Bank")
      // (nor a word of a person's name the article gives: "Koch" with "Koch Industries" and "Charles Koch")
      // (nor a person the text marks as one: `President Carter`, `Mr. Adams`, `Adams, the mayor,`)
      if (!id && (type === 'organization' || (type === 'person' && !markedAsPerson(doc.text, a.start, end))) && !places().has(fold(surface)) && !clusters.some((p) => p.type === 'person' && p.words.has(fold(surface)))) {
        const host = companyShortened(clusters, fold(surface));
        if (host) { host.last = a.start; emit(a.start, end, host, 'alias', 'name'); continue; }
      }
      // "the Russian Defense Ministry" is the body "Russia's defence ministry" names (the KB's when it has it)
      const countryOwned = type === 'organization' && !id ? countryBodyNamed(surface, kb) : null;
      if (countryOwned !== null) {
        if (countryOwned.entity !== null) id = { entity: countryOwned.entity, via: 'alias' };
        else {
          const key = `name:organization:${countryOwned.key}`;
          let c = byKey.get(key);
          if (!c) {
            c = { key, type: 'organization', name: countryOwned.name, kb: null, words: NO_WORDS, last: a.start };
            clusters.push(c);
            byKey.set(key, c);
          }
          c.last = a.start;
          emit(a.start, end, c, 'name', 'name');
          continue;
        }
      }
      let place = type === 'place' && !id ? places().get(fold(surface)) : undefined;
      // a country the KB holds, by a name only the countries package knows ("Emirates", "Saudi"): the KB's
      const held = place === undefined ? null : kbCountry(kb, place);
      if (held !== null) { id = { entity: held, via: 'alias' }; place = undefined; }
      const outlet = type === 'organization' && !id ? sourceRegistry(undefined, ctx.config.sourceDirs).lookup(surface) : undefined;
      const key = id ? kbKeyOf(id.entity) : place ? `place:${fold(place.name)}` : outlet ? `outlet:${outlet.key}` : type === 'person' ? personKey(surface, byKey) : `name:${type}:${fold(surface)}`;
      let c = byKey.get(key);
      if (!c) {
        const name = id ? id.entity.name : place ? place.name : outlet ? outlet.name : surface.replace(/\s+/g, ' ');
        const ctype: EntityType = id ? (id.entity.type === 'organization' && type === 'group' ? 'organization' : (id.entity.type as EntityType)) : type;
        c = { key, type: ctype, name, kb: id?.entity ?? null, words: ctype === 'person' ? new Set(fold(name).split(' ').concat(fold(surface).split(' '))) : NO_WORDS, last: a.start };
        // (in the headline only: a bare surname in the body before any full name is the famous KB person, "Obama" before "Michelle Obama")
        if (ctype === 'person' && id?.via === 'surname' && !surface.includes(' ') && inHeading(a)) c.bySurname = fold(surface);
        for (const old of absorbSurnames(clusters, c, mentions)) byKey.delete(old.key);
        // "John Smith, a port official, … John A. Smith added": the name with initials takes over the bare one before it
        if (ctype === 'person' && !id) { const old = bareNameTakenOver(clusters, byKey, c, surface, mentions); if (old !== null) byKey.delete(old.key); }
        // "Evercore … Evercore Partners": a company named in full takes over its short name written before
        if (ctype === 'organization' && !id && !place && !outlet && surface.includes(' ')) companyTakesOver(clusters, byKey, c, mentions);
        clusters.push(c);
        byKey.set(key, c);
      } else if (id !== null && id.via !== 'surname') c.bySurname = undefined;
      c.last = a.start;
      emit(a.start, end, c, id ? id.via : place ? 'place' : outlet ? 'alias' : 'name', id ? 'kb' : place ? 'place' : outlet ? 'outlet' : 'name');
    }
    // "Burhan rejects …" before "Abdel Fattah al-Burhan" is named: a surname read as a body
    // whose person the article names after it is that person (a heading's, else nothing)
    surnamesNamedLater(doc.text, clusters, byKey, mentions, kb, (m) => headings.some((h) => h.start <= m.start && m.end <= h.end), day);
    // "Quad presses …" above "the Quad said": a one-word "person" the article also names as a body is that body
    personsNamedAsBodies(clusters, byKey, mentions);
    // "Congo" in an article that names the Republic of Congo: each bare word by the cues near it
    sharedCountryWords(doc.text, layers.get('sentence'), clusters, byKey, mentions);
    // a KB surname the tagger read as MISC ("Burhan rejects …") is the person when the article names them;
    // outside a heading, one only KB people have as short name is the KB's one person of it even when
    // the article names them no other way ("Burhan landed in Cairo", "Lavrov is due in Riyadh": the
    // tagger read the one as MISC and left the other out), when in office on the day (bodies first, so
    // the heading's word finds the person its body made)
    const loneSurnames = [
      ...layers.get<NerValue>('ner').filter((a) => a.value.type === 'misc' && !a.text.includes(' ')).map((a) => ({ start: a.start, text: a.text })),
      ...(day === null ? [] : untaggedSurnames(doc.text, layers.get<NerValue>('ner'), kb)),
    ].sort((x, y) => x.start - y.start);
    const headingLast = [...loneSurnames.filter((w) => !inHeading(w as Annotation)), ...loneSurnames.filter((w) => inHeading(w as Annotation))];
    for (const a of headingLast) {
      const written = withoutPossessive(a.text);
      const end = a.start + written.length;
      const person = identify(kb, written, 'person') ?? shortNameOnDay(kb, written, day);
      if (person === null || mentions.some((x) => x.start < end && a.start < x.end)) continue;
      const key = kbKeyOf(person.entity);
      let host = byKey.get(key);
      if (host === undefined) {
        if (person.via !== 'surname' || inHeading(a as Annotation) || !surnameOfKbPeopleOnly(kb, written) || day === null || !person.entity.roles.some((r) => spanContains(r.from, r.to, day))) continue;
        host = { key, type: 'person', name: person.entity.name, kb: person.entity, words: new Set(fold(person.entity.name).split(' ').concat(fold(written))), last: a.start };
        clusters.push(host);
        byKey.set(key, host);
      }
      emit(a.start, end, host, 'surname', 'surname');
    }
    // "Burns and Barnea held talks": a KB surname joined by "and" to a KB person of the article is that
    // KB person when in office on the day (the CIA's Burns to 2025-01), read as MISC or as nothing
    if (day !== null) for (const w of coordinatedSurnames(doc.text, mentions)) {
      const person = identify(kb, w.text, 'person');
      if (person === null || person.via !== 'surname' || !person.entity.roles.some((r) => spanContains(r.from, r.to, day))) continue;
      const key = kbKeyOf(person.entity);
      let c = byKey.get(key);
      if (!c) {
        c = { key, type: 'person', name: person.entity.name, kb: person.entity, words: new Set(fold(person.entity.name).split(' ').concat(fold(w.text))), last: w.start };
        clusters.push(c);
        byKey.set(key, c);
      }
      emit(w.start, w.start + w.text.length, c, 'surname', 'surname');
    }
    // "the Israeli military said", "Qatar's foreign ministry said": KB names of bodies the
    // tagger leaves out after the demonym or country it marks
    for (const a of layers.get<NerValue>('ner')) {
      if (a.value.type !== 'misc' && a.value.type !== 'place') continue;
      const found = lowerCaseAliasAt(kb, doc.text, a.start, withoutPossessive(a.text));
      const body = found === null ? countryBodyAt(doc.text, a, kb) : null;
      const end = found?.end ?? body?.end;
      // "the Russian foreign ministry spokeswoman" names a person's office, not the body speaking
      if (end === undefined || TITLE_WORDS.has((wordAfter(doc.text, end) ?? '').toLowerCase())) continue;
      // the tagger's own reading of the body's words alone ("Defense Ministry" after "Israel's") gives way
      const inside = mentions.findIndex((x) => x.value.type === 'organization' && x.value.kb === null && x.start > a.start && x.end === end);
      if (inside >= 0) dropMention(mentions, inside, clusters, byKey);
      if (mentions.some((x) => x.value.type !== 'place' && x.start < end && a.start < x.end)) continue;
      const entity = found?.entity ?? body!.entity;
      const key = entity !== null ? kbKeyOf(entity) : `name:organization:${body!.key}`;
      let c = byKey.get(key);
      if (!c) {
        c = { key, type: 'organization', name: entity?.name ?? body!.name, kb: entity, words: NO_WORDS, last: a.start };
        clusters.push(c);
        byKey.set(key, c);
      }
      c.last = a.start;
      emit(a.start, end, c, entity !== null ? 'alias' : 'name', entity !== null ? 'kb' : 'name');
    }
    for (const m of compounds(doc.text)) {
      let surface = m[1]!;
      let at = m.index;
      if (mentions.some((x) => x.start <= at && at < x.end && (x.text.length > surface.length + 1 || x.end >= at + surface.length))) continue;
      let id = identify(kb, surface, 'organization') ?? identify(kb, surface, 'place');
      let place = id ? undefined : places().get(fold(surface));
      // two words that name nothing together are a word of the sentence before and the name
      // ("on Sunday. Hamas-held areas", "On Sunday Hamas-backed fighters"): the last word alone
      if (!id && !place && surface.includes(' ')) {
        const space = surface.lastIndexOf(' ');
        at += space + 1;
        surface = surface.slice(space + 1);
        if (mentions.some((x) => x.start < at + surface.length && at < x.end)) continue;
        id = identify(kb, surface, 'organization') ?? identify(kb, surface, 'place');
        place = id ? undefined : places().get(fold(surface));
      }
      // "a Doha-based envoy": where one is based is the city, not the government a capital stands for
      if (id !== null && id.via === 'surname' && m[0].endsWith('based') && places().get(fold(surface))?.kind === 'capital') { id = null; place = places().get(fold(surface)); }
      const held = place === undefined ? null : kbCountry(kb, place);
      if (held !== null) { id = { entity: held, via: 'alias' }; place = undefined; }
      if (!id && !place) continue;
      const type: EntityType = id ? (id.entity.type as EntityType) : 'place';
      const key = id ? kbKeyOf(id.entity) : `place:${fold(place!.name)}`;
      let c = byKey.get(key);
      if (!c) {
        c = { key, type, name: id ? id.entity.name : place!.name, kb: id?.entity ?? null, words: new Set([fold(surface)]), last: at };
        clusters.push(c);
        byKey.set(key, c);
      }
      emit(at, at + surface.length, c, id ? id.via : 'place', 'compound');
    }
    // "Egyptian and Qatari mediators", "a Qatari official said": the demonym of people acting
    // for a country is a reference to that country (via 'demonym'), named or not in the article.
    // A layer of its own, not mentions: no name is written, and the passes below and the stages
    // after (events' agents and captives) read mentions as names. Its key is the country's
    // cluster key, the one a mention of the country's name gets.
    const references = demonymReferences(doc.text, mentions, kb).map((d) => annotate('reference', doc.text, d.start, d.end, { type: 'place', key: d.key, name: d.name, kb: d.entity?.key ?? null, wikidata: d.entity?.id ?? null, via: 'demonym' } satisfies MentionValue, SOURCES.demonym));
    // "Foreign Ministry spokeswoman …" in an article about "Russia's Foreign Ministry": that ministry
    bareBodies(clusters, byKey, mentions);
    // "Department spokesman Matthew Miller" after "the State Department said": that department
    bareHeads(clusters, byKey, mentions);
    // "whose son Matan", "a \"Hail Mary pass\"": a kin's given name is a person, a quoted phrase's words no one
    kinAndQuotedPhrases(doc.text, clusters, byKey, mentions);
    // one index of the name mentions for both passes: they read the list before it grows
    // (not SpanIndex.of: the list grows afterwards)
    const named = new SpanIndex(mentions, (x) => x);
    const titles = titleLayer;
    // "John T. Walsh of the Federal Mediation and Conciliation Service": the body each person is of
    const bodies = bodiesOf(doc.text, mentions, named);
    const appositives = appositiveTitles(doc.text, mentions, titles, kb, bodies);
    const roles = titleRoles(doc.text, titles.flatMap((t) => coordinatedTitles(doc.text, t)), mentions, named, kb, day);
    // the second of two coordinated titles is of the first's country when it names none ("Qatari Prime Minister and Foreign Minister")
    for (let k = 1; k < roles.length; k++) {
      const r = roles[k]!;
      const prev = roles[k - 1]!;
      if (r.value.of === null && prev.value.of !== null && prev.value.key === r.value.key && /^\s+and\s+$/.test(doc.text.slice(prev.end, r.start))) roles[k] = annotate('role', doc.text, r.start, r.end, { ...r.value, of: prev.value.of }, r.source);
    }
    const ownerAt = new Map(appositives.map((a) => [a.title.start, a.owner]));
    for (const r of titleRoles(doc.text, appositives.map((a) => a.title), mentions, named, kb, day, new Set(appositives.filter((a) => a.former).map((a) => a.title.start)))) {
      // the owner before the title names its country or body when nothing else did ("Ukraine's human rights commissioner")
      const owner = ownerAt.get(r.start) ?? null;
      const of = r.value.of ?? (owner === null ? null : kb.findByAlias(owner).find((e) => e.type === 'place' || e.type === 'organization')?.name ?? (countryNamed(owner)?.name ?? ownerIfNamed(owner, mentions)));
      roles.push(of === r.value.of ? r : annotate('role', doc.text, r.start, r.end, { ...r.value, of }, 'link/title-appositive'));
    }
    if (bodies.size > 0) bodyRoles(doc.text, roles, [...titles, ...appositives.map((a) => a.title)], bodies, mentions, kb, day);
    sharedWordOwners(doc.text, roles, mentions, kb);
    counterpartRoles(doc.text, roles, mentions, kb, day);
    relativeClauseRoles(doc.text, roles, mentions, named);
    delegationRoles(doc.text, roles, kb);
    bodyInTitleRoles(doc.text, roles, mentions);
    renameAllCaps(clusters, mentions);
    // (after the names written in capitals are renamed: "NEW YORK —" is New York's)
    jurisdictionRoles(doc.text, roles, mentions);
    const published = layers.get<Published>('published')[0]?.value;
    const exactDay = published?.value && (published.precision === 'day' || published.precision === 'time') ? published.value.slice(0, 10) : null;
    const described = descriptionMentions(doc.text, kb, clusters, day, named, exactDay, roles);
    mentions.push(...described, ...headNounMentions(doc.text, clusters, mentions, named, described, roles));
    mentions.push(...leaderMentions(doc.text, roles, mentions));
    mentions.push(...localOfficeMentions(doc.text, roles, mentions));
    mentions.push(...formerOfficeMentions(doc.text, roles, mentions, kb, day));
    mentions.push(...pronounMentions(doc.text, layers.get('sentence'), mentions));
    mentions.sort((x, y) => x.start - y.start);
    ownerlessRoles(doc.text, roles, mentions.filter((m) => m.value.via === 'description'), mentions);
    return { mention: mentions, role: roles, reference: references };
  },
};

/**
 * Nouns of people or bodies acting for a country that a demonym before them makes a reference
 * to it ("Israeli officials", "Qatari mediators", "Turkish mediation"; not "Palestinian
 * prisoners", "Israeli hostages": those are people of a nation, not its state).
 */
const ACTING_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'mediator', 'mediators', 'mediation', 'negotiator', 'negotiators', 'diplomat', 'diplomats',
  'envoy', 'envoys', 'delegation', 'delegations', 'delegate', 'delegates', 'authorities', 'troops', 'forces', 'soldiers',
  'spokesman', 'spokeswoman', 'spokesperson', 'counterpart', 'counterparts', 'side', 'leaders', 'ministers', 'team',
]);

/** Lower-case words that may stand between the demonym and its noun ("Egyptian intelligence officials"). */
const ACTING_MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['and', 'or', 'the', 'a', 'an', 'said', 'says', 'of', 'to', 'in', 'who', 'which', 'that', 'than', 'with', 'for', 'on', 'by', 'as', 'is', 'are', 'was', 'were']);
/** A capitalized word, possibly dotted ("U.S."), then what joins it to the next word. */
const CHAIN_WORD = /(\p{Lu}[\p{L}.-]*)(\s*,\s*(?:and\s+)?|\s+and\s+|\s+)/uy;
const LOWER_WORD = /(\p{Ll}[\p{L}-]*)(\s+|(?=[^\p{L}])|$)/uy;

/**
 * The demonyms of a list before an acting noun ("Egyptian and Qatari mediators", "U.S., Qatari
 * and Egyptian mediators": the U.S. is a mention already), each with its country: the KB's
 * country when the KB holds it, else the countries package's. A demonym several countries share
 * ("Congolese") is the one the KB holds, else nothing; a word some mention covers gives none.
 */
function demonymReferences(text: string, mentions: readonly Annotation<MentionValue>[], kb: KnowledgeBase): { start: number; end: number; key: string; name: string; entity: KbEntity | null }[] {
  const out: { start: number; end: number; key: string; name: string; entity: KbEntity | null }[] = [];
  const covered = (start: number, end: number): boolean => mentions.some((x) => x.start < end && start < x.end);
  // the look-ahead, implied by `\p{Lu}`, refuses the other positions before the look-behind
  // and the property tests (each a call into V8's C++ per character)
  const pattern = /(?=[A-Z\u0080-\u{10FFFF}])(?<![\p{L}\p{N}.'’-])\p{Lu}[\p{Ll}]+(?=[\s,])/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (countryForms(m[0]).length === 0) continue;
    // the list of capitalized words from here, then up to two lower-case modifiers, then the noun
    const chain: { start: number; word: string }[] = [];
    let at = m.index;
    for (;;) {
      CHAIN_WORD.lastIndex = at;
      const w = CHAIN_WORD.exec(text);
      if (w === null) break;
      chain.push({ start: at, word: w[1]! });
      at += w[0].length;
      if (!/[,]|\band\b/.test(w[2]!)) break;
    }
    const noun = actingNounAt(text, at, ACTING_NOUNS);
    if (noun === null) continue;
    for (const c of chain) {
      const word = c.word.replace(/\.$/, '');
      if (covered(c.start, c.start + word.length) || out.some((o) => o.start === c.start)) continue;
      // a demonym, or a country's one-word name the tagger left out, used as one ("Saudi and American mediators")
      const country = demonymCountryRef(word, kb);
      if (country !== null) out.push({ start: c.start, end: c.start + word.length, ...country });
    }
    // the rest of the list is read from its first word: go on after it
    pattern.lastIndex = Math.max(pattern.lastIndex, at);
  }
  // "Egyptian-Qatari mediators", "U.S.-Israeli negotiators": each country of a compound of
  // demonyms or country names before a noun of people or bodies acting for them. Not before a
  // proposal ("an Egyptian-Qatari proposal"): the events stage reads a compound word as one
  // token, and a reference at its start would hide its second country there (`demonymPairKeys`
  // reads both when the article names them); nor "conflict", "relations", "ties", "border".
  for (const m of compoundsIn(text)) {
    const parts = demonymCompound(m[0], kb);
    if (parts === null || actingNounAt(text, m.index + m[0].length + 1, ACTING_NOUNS) === null || !/\s/.test(text[m.index + m[0].length] ?? '')) continue;
    for (const p of parts) if (!covered(m.index + p.at, m.index + p.at + p.word.length)) out.push({ start: m.index + p.at, end: m.index + p.at + p.word.length, key: p.key, name: p.name, entity: p.entity });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The noun of `nouns` at `at` past up to two lower-case modifiers ("security officials"), or null. */
function actingNounAt(text: string, at: number, nouns: ReadonlySet<string>): string | null {
  for (let k = 0; k < 3; k++) {
    LOWER_WORD.lastIndex = at;
    const w = LOWER_WORD.exec(text);
    if (w === null) return null;
    const word = w[1]!;
    if (nouns.has(word)) return word;
    if (!ACTING_MODIFIER.test(word) || NOT_MODIFIERS.has(word) || k === 2) return null;
    at += w[0].length;
  }
  return null;
}

/**
 * The country a demonym or a country's one-word name stands for ("Qatari", "Saudi", "Iran";
 * "U.S." by the KB): the KB's country when the KB holds it, else the countries package's; a
 * demonym several countries share ("Congolese") is the one the KB holds, else null.
 */
function demonymCountryRef(word: string, kb: KnowledgeBase): { key: string; name: string; entity: KbEntity | null } | null {
  const forms = countryForms(word).filter((f) => f.kind === 'demonym');
  let shared = forms.length > 1 ? kbCountryOfDemonym(word, kb) : forms[0]?.country.name ?? countryNamed(word)?.name;
  // a country's short form the package lacks and the KB holds ("U.S.", "UK")
  if (shared === undefined && forms.length === 0) {
    const id = identify(kb, word, 'place');
    if (id !== null && places().get(fold(id.entity.name))?.kind === 'country') shared = id.entity.name;
  }
  if (shared === undefined) return null;
  const place = places().get(fold(shared));
  const held = place === undefined ? null : kbCountry(kb, place);
  const entity = held ?? identify(kb, shared, 'place')?.entity ?? null;
  if (entity === null && place === undefined) return null;
  return { key: entity !== null ? kbKeyOf(entity) : `place:${fold(place!.name)}`, name: entity?.name ?? place!.name, entity };
}

/** A hyphenated compound of capitalized words ("Egyptian-Qatari", "U.S.-Israeli"): the tokenizer keeps it whole. */
export const DEMONYM_COMPOUND = /(?<![\p{L}\p{N}.'’-])\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+(?![\p{L}\p{N}-])/gu;
const DEMONYM_COMPOUND_WHOLE = new RegExp(`^(?:${DEMONYM_COMPOUND.source})$`, 'u');
/** `DEMONYM_COMPOUND` tried at one position. */
const DEMONYM_COMPOUND_AT = new RegExp(DEMONYM_COMPOUND.source, 'uy');
/** A character a compound's words are made of (letters, dots, hyphens). */
const COMPOUND_CHAR = /[\p{L}.-]/u;

/**
 * The matches of `DEMONYM_COMPOUND` in `text`, found from its hyphens: a match holds one, and
 * can only start where the run of letters, dots and hyphens around that hyphen starts (the
 * pattern's look-behind refuses any later start). Scanning the whole text with the pattern
 * tried its look-behind and property tests at every character (most of the stage's regex time).
 */
export function* compoundsIn(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let h = text.indexOf('-', from); h >= 0; h = text.indexOf('-', from)) {
    let start = h;
    while (start > 0 && COMPOUND_CHAR.test(text[start - 1]!)) start--;
    DEMONYM_COMPOUND_AT.lastIndex = start;
    const m = DEMONYM_COMPOUND_AT.exec(text);
    if (m !== null && start + m[0].length > h) {
      from = start + m[0].length;
      yield m;
    } else from = h + 1;
  }
}

/**
 * The countries of a compound made only of demonyms or country names joined by hyphens
 * ("Egyptian-Qatari", "U.S.-Israeli", "Qatari-Egyptian-American"), each with its offset in
 * `word`; null when some part is no country, or the whole is a place's own name
 * ("Guinea-Bissau"). A possessive is no part ("U.S.-Israeli's" is not read).
 */
function demonymCompound(word: string, kb: KnowledgeBase): { at: number; word: string; key: string; name: string; entity: KbEntity | null }[] | null {
  if (!DEMONYM_COMPOUND_WHOLE.test(word) || places().has(fold(word)) || countryForms(word).length > 0) return null;
  const out: { at: number; word: string; key: string; name: string; entity: KbEntity | null }[] = [];
  let at = 0;
  for (const part of word.split('-')) {
    // "U.S." keeps its dots, a sentence's full stop is not in the compound
    const country = demonymCountryRef(part, kb) ?? (part.endsWith('.') ? demonymCountryRef(part.slice(0, -1), kb) : null);
    if (country === null) return null;
    out.push({ at, word: part, ...country });
    at += part.length + 1;
  }
  return out.length >= 2 ? out : null;
}

/** A capitalized word before "and": "Burns" of "Burns and Barnea". */
const WORD_AND = /(?<![\p{L}\p{N}.'’-])(\p{Lu}[\p{Ll}'’-]+)\s+and\s+$/u;
/** A capitalized word after "and": "Burns" of "Barnea and Burns". */
const AND_WORD = /^\s+and\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/u;

/**
 * The one capitalized words joined by "and" to a KB person's mention ("Burns and Barnea",
 * "Barnea and Burns") that no mention covers, possessive left out.
 */
function coordinatedSurnames(text: string, mentions: readonly Annotation<MentionValue>[]): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const free = (start: number, end: number): boolean => !mentions.some((x) => x.start < end && start < x.end) && !out.some((w) => w.start === start);
  for (const m of mentions) {
    if (m.value.type !== 'person' || m.value.kb === null) continue;
    const before = WORD_AND.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (before) {
      const start = m.start - before[0].length;
      if (free(start, start + before[1]!.length)) out.push({ start, text: before[1]! });
    }
    const after = AND_WORD.exec(text.slice(m.end, m.end + 40));
    if (after) {
      const word = withoutPossessive(after[1]!);
      const start = m.end + after[0].length - after[1]!.length;
      if (free(start, start + word.length)) out.push({ start, text: word });
    }
  }
  return out;
}

/**
 * A capitalised word of four letters or more, with a possessive ("Lavrov", "Umerov's", "Al-Burhan").
 * The look-ahead, implied by `\p{Lu}`, refuses the other positions before the look-behind and
 * the property tests (as in `demonymReferences`).
 */
const CAPITALISED_WORD = /(?=[A-Z\u0080-\u{10FFFF}])(?<![\p{L}\p{N}.'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:['’]s)?(?![\p{L}\p{N}'’-])/gu;

/**
 * Capitalised words no tagger's mention covers that are the short name of one KB person and
 * of no other entry, place or common word, written alone (no capitalised word right before or
 * after, so no part of a longer name: "Lavrov Street"): "Lavrov is due in Riyadh" at a sentence's
 * start, which the tagger leaves out.
 */
function untaggedSurnames(text: string, ner: readonly Annotation<NerValue>[], kb: KnowledgeBase): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const covered = SpanIndex.of(ner);
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const start = m.index;
    // (most capitalised words are the tagger's: that test first, the KB's last)
    if (m[0].length < 4 || covered.someOverlapping(start, start + m[0].length)) continue;
    const word = withoutPossessive(m[0]);
    if (word.length < 4 || isCommonWord(word.toLowerCase()) || !surnameOfKbPeopleOnly(kb, word)) continue;
    if (/\p{Lu}\p{L}*[ \t]+$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(start + m[0].length, start + m[0].length + 3))) continue;
    out.push({ start, text: m[0] });
  }
  return out;
}

/**
 * The person cluster of the article that a one-word organization or place mention names: the
 * KB person whose short name it is, when the article names them, or, for a possessive
 * ("Ortberg's"), the person whose name holds the word.
 */
function namedPersonCalled(clusters: readonly Cluster[], byKey: ReadonlyMap<string, Cluster>, kb: KnowledgeBase, surface: string, possessive: boolean, day: string | null): Cluster | undefined {
  const person = identify(kb, surface, 'person') ?? shortNameOnDay(kb, surface, day);
  if (person !== null) return byKey.get(kbKeyOf(person.entity));
  if (!possessive) return undefined;
  const word = fold(surface);
  let host: Cluster | undefined;
  for (const c of clusters) if (c.type === 'person' && c.words.has(word) && (host === undefined || c.last > host.last)) host = c;
  return host;
}

/** The word right after `end` past one space, or null ("spokeswoman" in "… ministry spokeswoman said"). */
function wordAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 32) return null;
  let j = end + 1;
  while (j < text.length && /\p{L}/u.test(text[j]!)) j++;
  return j > end + 1 ? text.slice(end + 1, j) : null;
}

/** The words of a country's body after its name or demonym ("defence ministry", "Armed Forces"). */
const BODY_WORDS = "((?:(?:foreign|defence|defense|interior|finance|health|justice|energy|economy|affairs|security|trade|commerce|industry|agriculture|labor|labour|transport|education|information|emergency|armed|state|military|intelligence|national)\\s+){0,3})(ministry|military|army|government|presidency|embassy|navy|cabinet|forces|parliament)\\b";
/** A country's body after its name or demonym, in lower case or Title Case: "Russia's defence ministry", "the Ukrainian military", "Russia's Defence Ministry". */
const COUNTRY_BODY = new RegExp(`(?:'s|’s)?\\s+${BODY_WORDS}`, 'iy');
/** A country's ministry named with "of" after its possessive: "Qatar's Ministry of Foreign Affairs", "Israel's Ministry of Defense". */
const COUNTRY_MINISTRY_OF = /(?:'s|’s)\s+[Mm]inistry\s+of\s+((?:the\s+)?(?:Foreign\s+Affairs|Defen[cs]e|Interior|Finance|Health|Justice|Energy|Economy|Trade|Commerce|Industry|Agriculture|Labou?r|Transport|Education|Information|Intelligence|National\s+Security)|(?:the\s+)?(?:foreign\s+affairs|defen[cs]e|interior|finance|health|justice))\b/y;

/** A whole mention that is a country's body: "Russian Defense Ministry", "Ukraine's Armed Forces". */
const BODY_MENTION = new RegExp(`^(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)??)(?:'s|’s)?\\s+${BODY_WORDS}$`, 'iu');

/**
 * The canonical words of a body: lower case, American spelling, and "army", "military" and
 * "armed forces" as one ("Sudan's army" and "Sudan's military" are the same body).
 */
function bodyWords(modifiers: string, head: string): string {
  const words = `${modifiers}${head}`.replace(/\s+/g, ' ').toLowerCase().replace(/defence/g, 'defense');
  return words === 'army' || words === 'armed forces' ? 'military' : words;
}

/**
 * The cluster of a country's body (its key, the country and the words; its name, "Russia's
 * defense ministry") and the KB organization it is, when the KB names that body of that country
 * in one of the usual ways ("Sudan's army", "Sudanese army", "the Sudanese military"), any of
 * the army's three words standing for the others.
 */
function countryBody(country: WorldPlace, words: string, kb: KnowledgeBase, written?: string): { key: string; name: string; entity: KbEntity | null } {
  // by the knowledge base's name of the country when it has one ("Turkey", the package's
  // "Türkiye"); the country the KB gives the written name first: "Congo's government" is DR
  // Congo's, whose KB entry holds the bare "Congo", though the package's "Congo" is the Republic
  const name = (written === undefined ? undefined : kb.findByAlias(written).find((e) => e.type === 'place')?.name) ?? kb.findByAlias(country.name).find((e) => e.type === 'place')?.name ?? country.name;
  const variants = words === 'military' ? ['military', 'army', 'armed forces'] : [words];
  let entity: KbEntity | null = null;
  for (const w of variants) {
    for (const form of [`${name}'s ${w}`, `${country.name}'s ${w}`, ...(country.demonym === null ? [] : [`${country.demonym} ${w}`, `the ${country.demonym} ${w}`])]) {
      entity = kb.findByAlias(form).find((e) => e.type === 'organization') ?? null;
      if (entity !== null) break;
    }
    if (entity !== null) break;
  }
  // "United Arab Emirates' foreign ministry": a plural name takes the apostrophe alone
  return { key: `${fold(name)}|${words}`, name: `${name}${name.endsWith('s') ? "'" : "'s"} ${words}`, entity };
}

/**
 * A country's body that a whole organization mention names ("Russian Defense Ministry",
 * "Ukraine's Armed Forces"), by demonym or country name; null when it is none.
 */
function countryBodyNamed(surface: string, kb: KnowledgeBase): { key: string; name: string; entity: KbEntity | null } | null {
  const m = BODY_MENTION.exec(surface);
  if (m === null) return null;
  const demonym = countryOfDemonym(m[1]!, { shared: 'last' });
  const country = demonym ?? countryNamed(m[1]!);
  return country === undefined ? null : countryBody(country, bodyWords(m[2]!, m[3]!), kb, demonym === undefined ? m[1]! : undefined);
}

/** A country written as an acronym ("UAE", "U.S.", "DRC"). */
const COUNTRY_ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * The body of a country that a country mention (with a possessive: "Russia's defence
 * ministry"; an acronym after "the": "the UAE foreign ministry") or a demonym after "the" ("the
 * Ukrainian military") opens, in lower case or Title Case, with its end and its cluster
 * ({@link countryBody}); null when none.
 */
function countryBodyAt(text: string, a: Annotation<NerValue>, kb: KnowledgeBase): { end: number; key: string; name: string; entity: KbEntity | null } | null {
  // the words first (most names are followed by none of them), then the country
  COUNTRY_BODY.lastIndex = a.end;
  let m = COUNTRY_BODY.exec(text);
  if (m === null) return null;
  // "Qatar's Ministry of Foreign Affairs": the ministry's field after "of" is its modifier ("foreign ministry")
  COUNTRY_MINISTRY_OF.lastIndex = a.end;
  const of = m[1] === '' ? COUNTRY_MINISTRY_OF.exec(text) : null;
  if (of !== null) m = Object.assign([of[0], `${of[1]!.toLowerCase().replace(/^the\s+/, '').replace(/\s+affairs$/, '').replace(/\s+/g, ' ')} `, 'ministry'], { index: of.index, input: text, groups: undefined }) as RegExpExecArray;
  const possessive = a.text !== withoutPossessive(a.text) || text.startsWith("'s", a.end) || text.startsWith('’s', a.end);
  const word = withoutPossessive(a.text);
  const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, a.start - 5), a.start));
  // a country's acronym after "the" modifies the body as a demonym does ("the UAE foreign ministry")
  const country = a.value.type === 'place' ? (possessive || (afterThe && COUNTRY_ACRONYM.test(word)) ? countryNamed(word) : undefined) : afterThe ? countryOfDemonym(word, { shared: 'last' }) : undefined;
  if (country === undefined) return null;
  return { end: m.index + m[0].length, ...countryBody(country, bodyWords(m[1]!, m[2]!), kb, a.value.type === 'place' ? word : undefined) };
}

/** KB aliases of organizations by their first word, for {@link lowerCaseAliasAt}. */
const lowerAliases = new WeakMap<KnowledgeBase, Map<string, { alias: string; entity: KbEntity }[]>>();

/**
 * The KB organization alias that starts at `start` with the word `first` and goes on in lower
 * case ("Israeli military", "Qatar's foreign ministry", "Sudanese army"), as a whole word, and
 * where it ends; null when none.
 */
function lowerCaseAliasAt(kb: KnowledgeBase, text: string, start: number, first: string): { entity: KbEntity; end: number } | null {
  let byFirst = lowerAliases.get(kb);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const e of kb.entities) {
      if (e.type !== 'organization') continue;
      for (const alias of e.aliases) {
        const words = alias.split(' ');
        if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !words.slice(1).some((w) => /^\p{Ll}/u.test(w))) continue;
        const head = withoutPossessive(words[0]!.replace(/’s$/, "'s"));
        let list = byFirst.get(head);
        if (list === undefined) byFirst.set(head, (list = []));
        list.push({ alias, entity: e });
      }
    }
    lowerAliases.set(kb, byFirst);
  }
  const candidates = byFirst.get(first);
  if (candidates === undefined) return null;
  for (const { alias, entity } of candidates) {
    const end = start + alias.length;
    // the words after the first in lower case or Title Case ("Israel's Defense Ministry")
    const written = text.slice(start, end).replace(/’/g, "'");
    const same = written === alias || (written.startsWith(first) && written.toLowerCase() === alias.toLowerCase());
    if (same && (end >= text.length || !/[\p{L}\p{N}]/u.test(text[end]!))) return { entity, end };
  }
  return null;
}

/** An acronym: two to six capitals, nothing else ("ILA", "USMX"; "U.N." is the KB's). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words an acronym skips ("Federal Mediation and Conciliation Service" is FMCS). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le']);

/** The initials of an organization's name ("International Longshoremen's Association" → "ILA"), or null. */
export function initialsOf(name: string): string | null {
  let out = '';
  for (const w of name.split(/[\s-]+/)) {
    if (w === '' || ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    const c = w[0]!;
    if (c.toUpperCase() === c.toLowerCase() || c !== c.toUpperCase()) return null;
    out += c;
  }
  return out.length >= 2 ? out : null;
}

/** The organization cluster of the article whose initials are `acronym` (the one mentioned last), if any. */
function acronymHost(clusters: readonly Cluster[], acronym: string): Cluster | undefined {
  let host: Cluster | undefined;
  for (const c of clusters) if (c.type === 'organization' && c.kb === null && initialsCached(c.name) === acronym && (host === undefined || c.last > host.last)) host = c;
  return host;
}

/**
 * The organization of the article outside the KB (the one mentioned last) whose name is
 * `folded` followed only by generic words of a company's name ({@link CORPORATE_SUFFIXES}:
 * "brightwell" of "Brightwell Health"), if any; never for a common word.
 */
function companyShortened(clusters: readonly Cluster[], folded: string): Cluster | undefined {
  const words = folded.split(' ');
  if (words.length === 1 && isCommonWord(folded)) return undefined;
  let host: Cluster | undefined;
  for (const c of clusters) {
    if (c.type !== 'organization' || c.kb !== null || (host !== undefined && c.last <= host.last)) continue;
    // "Sotheby's Holdings" … "Sotheby's": the fold drops a last word's possessive only
    const full = fold(c.name).replace(/^the /, '').split(' ').map((w) => w.replace(/'s$/, ''));
    if (full.length <= words.length || words.some((w, k) => full[k] !== w)) continue;
    if (full.slice(words.length).every((w) => CORPORATE_SUFFIXES.has(w))) host = c;
  }
  return host;
}

/**
 * A company named in full (`c`, outside the KB) takes over the earlier one-word clusters outside
 * the KB and the countries, read as organizations or places, that are its short name
 * ({@link companyShortened}): "Evercore" before "Evercore Partners".
 */
function companyTakesOver(clusters: Cluster[], byKey: Map<string, Cluster>, c: Cluster, mentions: Annotation<MentionValue>[]): void {
  for (const o of [...clusters]) {
    // not a person: a family's company bears its surname ("Koch" before "Koch Industries" and "Charles Koch")
    if (o === c || o.kb !== null || !o.key.startsWith('name:') || (o.type !== 'organization' && o.type !== 'place') || o.name.includes(' ')) continue;
    const word = fold(o.name);
    // nor a word of a person's name the article gives ("The Koch brothers" … "Charles Koch" … "Koch Industries")
    if (places().has(word) || companyShortened([c], word) !== c || clusters.some((p) => p.type === 'person' && p.words.has(word))) continue;
    mergeInto(o, c, 'alias', clusters, byKey, mentions);
  }
}

/** {@link initialsOf}, kept by name (the same organizations recur). */
const initialsCached = boundedMemo(10_000, initialsOf);

/** Particles a surname may open with (folded): European and Arabic. */
const PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, ...NAME_PARTICLES]);

/**
 * The person cluster of the article (the one mentioned last) whose name ends in `folded`
 * when that opens with a particle ("von der leyen") or is two words opening with no given
 * name ("lopez garcia"), or has the same first
 * and last words as `folded` and more words, all of `folded`'s among them, if any.
 */
function shortenedNameOf(clusters: readonly Cluster[], folded: string): Cluster | undefined {
  const words = folded.split(' ');
  let host: Cluster | undefined;
  for (const c of clusters) {
    if (c.type !== 'person' || (host !== undefined && c.last <= host.last)) continue;
    const full = fold(c.name).split(' ');
    if (full.length <= words.length || full[full.length - 1] !== words[words.length - 1]) continue;
    // a surname with its particles ("Von der Leyen" after "Ursula von der Leyen", "Abu Marzouk"),
    // or a surname of two words that opens with no given name ("Lopez Garcia" after "Maria Lopez
    // Garcia", "Kayikwamba Wagner"; "David Miller" after "Aaron David Miller" may be a namesake)
    if ((PARTICLES.has(words[0]!) || (words.length === 2 && givenNameGender(words[0]!) === null)) && full.slice(full.length - words.length).join(' ') === folded) { host = c; continue; }
    if (full[0] !== words[0]) continue;
    let k = 0;
    for (const w of full) if (k < words.length && w === words[k]) k++;
    if (k === words.length) host = c;
  }
  return host;
}

/** Words that make a name a chain of generations ("Mohammed bin Abdulrahman Al Thani"): nothing in it is a middle name to drop. */
const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'bint', 'ben', 'abu', 'umm', 'ould']);
/** First words that open a given name of two words ("Abdel Fattah", "Abu Bakr"; after the KB fold, "Abdul" is "abdel"). */
const COMPOUND_GIVEN: ReadonlySet<string> = new Set(['abdel', 'abu']);

/**
 * The given name, middle names and surname of a person's name after the knowledge base's fold
 * (`normalizeSurface`: case, accents, hyphens, "al-" and the spellings of Abdel and Mohammed
 * aside, so "Abdel-Fattah Burhan" is "Abdel Fattah al-Burhan"); null for a name of fewer than two
 * words or a chain of generations, whose parts are not middle names.
 */
export function nameParts(name: string): { given: string; middle: string[]; surname: string } | null {
  const words = normalizeSurface(name).split(' ').filter((w) => w !== '');
  if (words.length < 2 || words.some((w) => PATRONYMIC.has(w))) return null;
  const givenEnd = COMPOUND_GIVEN.has(words[0]!) && words.length > 2 ? 2 : 1;
  let surnameStart = words.length - 1;
  while (surnameStart - 1 >= givenEnd && SURNAME_PARTICLES.has(words[surnameStart - 1]!)) surnameStart--;
  return { given: words.slice(0, givenEnd).join(' '), middle: words.slice(givenEnd, surnameStart), surname: words.slice(surnameStart).join(' ') };
}

/** Whether two lists of middle names can be one person's: one list empty, or each of the shorter's names (or initials) in the longer. */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.some((x) => x === w || (w.length === 1 && x.startsWith(w)) || (x.length === 1 && w.startsWith(x))));
}

/**
 * The cluster key of a person's name that no knowledge-base entry identifies: the given name,
 * the middle initials written as initials, and the surname; middle names written out are left
 * out ("Ahmed Khalid Osman" and "Ahmed Osman" are `name:person:ahmed osman`: reports drop a
 * father's name), so a report that drops a middle name is one entity with one that gives it,
 * across documents too. Initials stay ("John A. Smith" is `name:person:john a smith`): two
 * namesakes told apart only by them, each in its own article, are two entities; "John Smith" in
 * the article of one of them joins that one (pass 2), but alone in an article of its own it is
 * an entity of its own (nothing there says which). Matthew Miller and Aaron David Miller keep
 * apart (other given names). When the article already has a cluster of that key whose middle
 * names disagree ("John Andrew Smith" after "John Bruce Smith"), the whole name is the key.
 */
function personKey(name: string, byKey: ReadonlyMap<string, Cluster>): string {
  const parts = nameParts(name);
  const whole = `name:person:${fold(name)}`;
  if (parts === null) return `name:person:${normalizeSurface(name)}`;
  const initials = parts.middle.filter((w) => w.length === 1);
  const key = `name:person:${[parts.given, ...initials, parts.surname].join(' ')}`;
  const there = byKey.get(key);
  if (there === undefined || parts.middle.length === 0) return key;
  const theirs = nameParts(there.name);
  return theirs === null || middlesAgree(theirs.middle, parts.middle) ? key : whole;
}

/** Honorifics that style a person by given name alone ("Sheikh Mohammed", "Sheikha Moza"). */
const STYLES: ReadonlySet<string> = new Set(['sheikh', 'sheik', 'sheikha']);

/**
 * The KB person an honorific and a one-word name at `start` name ("Sheikh Mohammed"): of the
 * entries that have that short name ("Sheikh Mohammed" is Qatar's prime minister and Dubai's
 * ruler), the only one the article's context fits (the countries their offices are of, or a
 * place their titles name, "Ruler of Dubai", is mentioned); null when none or several fit.
 */
function styledPerson(kb: KnowledgeBase, text: string, start: number, surface: string, context: () => ReadonlySet<string>): KbEntity | null {
  const honorific = wordBefore(text, start);
  if (honorific === null || !STYLES.has(honorific.toLowerCase())) return null;
  const found = kb.findMatches(`${honorific} ${surface}`).filter((m) => m.kind === 'shortName' && m.entity.type === 'person').map((m) => m.entity);
  if (found.length === 0) return null;
  const seen = context();
  const fits = found.filter((e) => contextOf(e).some((c) => seen.has(c)));
  return fits.length === 1 ? fits[0]! : null;
}

/** What places a KB person's offices name: their countries (ISO code) and capitalized words of their titles ("dubai" of "Ruler of Dubai"). */
function contextOf(e: KbEntity): string[] {
  const out: string[] = [];
  for (const r of e.roles) {
    const country = places().get(fold(r.of));
    if (country !== undefined) out.push(`country:${country.cca2}`);
    for (const w of r.title.split(' ')) if (/^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())) out.push(`word:${fold(w)}`);
  }
  return out;
}

/**
 * The article's context for {@link styledPerson}: the country (ISO code) of each country,
 * capital or demonym it mentions and of each KB body it names that belongs to a country, and
 * the folded text of each place mention.
 */
function articleContext(ner: readonly Annotation<NerValue>[], kb: KnowledgeBase): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of ner) {
    const written = withoutPossessive(a.text);
    if (a.value.type === 'place') {
      out.add(`word:${fold(written)}`);
      const p = places().get(fold(written));
      if (p !== undefined) out.add(`country:${p.cca2}`);
      for (const e of kb.findByAlias(written)) if (e.type === 'place') { const q = places().get(fold(e.name)); if (q !== undefined) out.add(`country:${q.cca2}`); }
    } else if (a.value.type === 'misc') {
      const c = countryOfDemonym(written);
      if (c !== undefined) out.add(`country:${c.cca2}`);
    } else if (a.value.type === 'organization') {
      for (const e of kb.findByAlias(written)) if (e.country !== undefined) { const q = places().get(fold(e.country)); if (q !== undefined) out.add(`country:${q.cca2}`); }
    }
  }
  return out;
}

/**
 * One-word organizations and places outside the KB, the countries package and the outlet
 * registry that are the KB short name of a person the article names (after them: before, pass
 * 1 already took them) become that person's mentions, as does such a "place" outside a heading
 * when one KB person alone has that short name ("met Rubio"); such a word in a heading with no
 * person of that name in the article is dropped (a heading's capitals say nothing). One that
 * no KB person is called is the one person outside the KB the article names with it as first
 * or last word ("Abiy" and "Abiy Ahmed Ali"), before or after.
 */
function surnamesNamedLater(text: string, clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[], kb: KnowledgeBase, inHeading: (m: Annotation<MentionValue>) => boolean, day: string | null): void {
  for (const c of [...clusters]) {
    if ((c.type !== 'organization' && c.type !== 'place') || c.kb !== null || !c.key.startsWith('name:') || c.name.includes(' ')) continue;
    const person = identify(kb, c.name, 'person') ?? shortNameOnDay(kb, c.name, day);
    if (person === null) {
      // a person the KB does not know, called by the given name or surname the article writes
      // whole elsewhere ("Abiy" in "Ethiopia's prime minister, Abiy," with "Abiy Ahmed Ali"): one such person
      const word = fold(c.name);
      const named = clusters.filter((p) => p.type === 'person' && p.kb === null && p.name.includes(' ') && endWords(fold(p.name)).includes(word));
      if (named.length === 1) moveMentions(c, named[0]!, clusters, byKey, mentions);
      continue;
    }
    let host = namedPersonCalled(clusters, byKey, kb, c.name, false, day);
    const own = mentions.filter((m) => m.value.key === c.key);
    // a "place" no gazetteer knows that is one KB person's own surname ("met Rubio") is that person
    // even when the article gives no full name (its key starts with name: — no country or capital)
    if (host === undefined && c.type === 'place' && !own.some(inHeading) && !own.some((m) => PLACE_CUES.has((wordBefore(text, m.start) ?? '').toLowerCase()))) {
      host = { key: kbKeyOf(person.entity), type: 'person', name: person.entity.name, kb: person.entity, words: new Set(fold(person.entity.name).split(' ')), last: c.last };
      clusters.push(host);
      byKey.set(host.key, host);
    }
    if (host === undefined && !own.every(inHeading)) continue;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.value.key !== c.key) continue;
      if (host === undefined) mentions.splice(k, 1);
      else mentions[k] = Object.freeze({ ...m, value: { ...m.value, type: host.type, key: host.key, name: host.name, kb: host.kb?.key ?? null, wikidata: host.kb?.id ?? null, via: 'surname' as const }, source: SOURCES.surname });
    }
    clusters.splice(clusters.indexOf(c), 1);
    byKey.delete(c.key);
  }
}

/** The first and last words of a folded name. */
function endWords(folded: string): [string, string] {
  return [folded.slice(0, folded.indexOf(' ')), folded.slice(folded.lastIndexOf(' ') + 1)];
}

const peopleOnlySurnames = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/** Whether `surface` is a KB short name of people only (at least one), and no place of the countries package (kept per KB and surface). */
function surnameOfKbPeopleOnly(kb: KnowledgeBase, surface: string): boolean {
  let known = peopleOnlySurnames.get(kb);
  if (known === undefined) peopleOnlySurnames.set(kb, (known = new Map()));
  let yes = known.get(surface);
  if (yes === undefined) {
    const matches = kb.findMatches(surface);
    yes = matches.length > 0 && matches.every((m) => m.kind === 'shortName' && m.entity.type === 'person') && !places().has(fold(surface));
    if (known.size >= 20_000) known.clear();
    known.set(surface, yes);
  }
  return yes;
}

/** Region words before a country's one-word alias that read it as the country the KB gives the word to ("eastern Congo"). */
const REGION_BEFORE: ReadonlySet<string> = new Set(['eastern']);
/** Prepositions after which a body is where people work or what is owned ("workers at Kellogg", "shares of Miller", "works for Harris"). */
const EMPLOYER_BEFORE: ReadonlySet<string> = new Set(['at', 'of', 'for']);
let companyIndex: ReadonlySet<string> | undefined;

/**
 * Whether an "organization" is read so by a company's context, which a KB surname must not
 * overturn: the tagger's company cue ("shares of Miller", "a Harris poll"), the companies
 * lexicon, a preposition of employment or ownership before it ("workers at Kellogg"), or a
 * poll, company noun or company possession after it ("Harris poll", "Kellogg's workers").
 */
function readAsCompany(text: string, a: Annotation<NerValue>, surface: string): boolean {
  if (a.source === 'ner/organization-cue') return true;
  if ((companyIndex ??= new Set(companyNames().map(fold))).has(fold(surface))) return true;
  if (EMPLOYER_BEFORE.has((wordBefore(text, a.start) ?? '').toLowerCase())) return true;
  const end = text.startsWith("'s", a.start + surface.length) ? a.start + surface.length + 2 : text[a.start + surface.length] === "'" ? a.start + surface.length + 1 : a.start + surface.length;
  const next = (wordAfter(text, end) ?? '').toLowerCase();
  return POLL_NOUNS.has(next) || COMPANY_NOUNS.has(next) || COMPANY_POSSESSIONS.has(next);
}

/** The words of a KB entity's name and aliases, folded ("Republic of the Congo" → republic, of, the, congo), once per entity. */
const nameWordsOf = new WeakMap<KbEntity, ReadonlySet<string>>();
function nameWords(e: KbEntity): ReadonlySet<string> {
  let words = nameWordsOf.get(e);
  if (words === undefined) {
    words = new Set([e.name, ...e.aliases].flatMap((n) => fold(n).split(/[\s-]+/)));
    nameWordsOf.set(e, words);
  }
  return words;
}

/** A KB entity's one-word aliases, folded, once per entity. */
const oneWordAliasesOf = new WeakMap<KbEntity, readonly string[]>();
function oneWordAliases(e: KbEntity): readonly string[] {
  let words = oneWordAliasesOf.get(e);
  if (words === undefined) {
    words = e.aliases.filter((x) => !x.includes(' ')).map(fold);
    oneWordAliasesOf.set(e, words);
  }
  return words;
}

/** Every mention of cluster `c` becomes a surname mention of `host`, and `c` goes. */
function moveMentions(c: Cluster, host: Cluster, clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.value.key === c.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, type: host.type, key: host.key, name: host.name, kb: null, wikidata: null, via: 'surname' as const }, source: SOURCES.surname });
  }
  clusters.splice(clusters.indexOf(c), 1);
  byKey.delete(c.key);
}

/** The KB place that is a country of the countries package, by its common name as a KB name or alias; null for a capital or a country the KB lacks. */
function kbCountry(kb: KnowledgeBase, place: { name: string; kind: 'country' | 'capital' }): KbEntity | null {
  if (place.kind !== 'country') return null;
  return kb.findMatches(place.name).find((m) => (m.kind === 'name' || m.kind === 'alias') && m.entity.type === 'place')?.entity ?? null;
}

/**
 * Every mention of cluster `c` becomes one of `host` (its type, key, name and KB entry), read
 * `via`, and `c` leaves the article's clusters.
 */
function mergeInto(c: Cluster, host: Cluster, via: MentionValue['via'], clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.value.key === c.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, type: host.type, key: host.key, name: host.name, kb: host.kb?.key ?? null, wikidata: host.kb?.id ?? null, via } });
  }
  clusters.splice(clusters.indexOf(c), 1);
  byKey.delete(c.key);
}

/**
 * One-word person clusters outside the KB whose name an organization or group cluster of the
 * article has too ("Quad" read as a person in the headline and as a body after "the") become
 * that body's mentions.
 */
function personsNamedAsBodies(clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (const c of [...clusters]) {
    if (c.type !== 'person' || c.kb !== null || c.name.includes(' ')) continue;
    const body = clusters.find((o) => (o.type === 'organization' || o.type === 'group') && fold(o.name) === fold(c.name));
    if (body === undefined) continue;
    mergeInto(c, body, 'name', clusters, byKey, mentions);
  }
}

/**
 * A KB country's one-word alias ("Congo", DR Congo's in the KB) that is a word of another KB
 * country's name the article writes ("Republic of Congo", "Congo Republic") may mean either:
 * each bare mention is decided by itself. A cue of one country in its sentence decides, the
 * nearest if both have one ("eastern Congo", M23, Goma, Kinshasa, "DRC" for DR Congo;
 * Brazzaville or the Republic's full name for the other); else the nearest cue before it in
 * the article, else the nearest after. An article that has no cue of the KB's country at all is about the other one, and
 * every bare word is the other's (the KB gives the bare word to the country most news means).
 */
function sharedCountryWords(text: string, sentences: readonly Annotation[], clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  // two KB places at least, one with a one-word alias another's name holds, before any mention is read
  const held = clusters.filter((c) => c.type === 'place' && c.kb !== null && c.kb.type === 'place' && c.kb.kind === undefined);
  if (held.length < 2) return;
  for (const c of held) {
    const entity = c.kb!;
    const words = oneWordAliases(entity);
    if (words.length === 0 || !words.some((w) => held.some((o) => o !== c && nameWords(o.kb!).has(w)))) continue;
    // the bare one-word alias ("Congo", "Congo's"), and the mentions that write the country otherwise ("DRC", "eastern Congo")
    const bare: number[] = [];
    const own: number[] = [];
    let word: string | null = null;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.value.key !== c.key) continue;
      const w = fold(withoutPossessive(m.text));
      // ("eastern Congo": the war-torn east news writes of is the KB's country's)
      if (w.includes(' ') || fold(entity.name) === w || !entity.aliases.some((x) => fold(x) === w) || (word !== null && w !== word) || REGION_BEFORE.has((wordBefore(text, m.start) ?? '').toLowerCase())) own.push(m.start);
      else { word = w; bare.push(k); }
    }
    if (word === null) continue;
    const hosts = held.filter((o) => o !== c && clusters.includes(o) && nameWords(o.kb!).has(word!));
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    // cues: the mentions of a KB body, place or person of either country, its capital, and the country written in full
    const cues = (country: Cluster): number[] => {
      const name = fold(country.kb!.name);
      const cca2 = places().get(name)?.cca2;
      const of = (o: Cluster): boolean => (o.kb?.country !== undefined && fold(o.kb.country) === name)
        || (o.type === 'place' && cca2 !== undefined && places().get(fold(o.name))?.kind === 'capital' && places().get(fold(o.name))?.cca2 === cca2)
        || (o.type === 'person' && o.kb !== null && o.kb.roles.some((r) => fold(r.of) === name));
      const keys = new Set(clusters.filter(of).map((o) => o.key));
      return mentions.filter((m) => keys.has(m.value.key)).map((m) => m.start);
    };
    const mine = [...own, ...cues(c)];
    // the other country written by its name ("Republic of Congo"), apart from its capital and people
    const named = mentions.filter((m) => m.value.key === host.key && nameWords(host.kb!).has(fold(withoutPossessive(m.text)).split(' ')[0]!) && fold(withoutPossessive(m.text)).includes(' ')).map((m) => m.start);
    const theirs = [...mentions.filter((m) => m.value.key === host.key).map((m) => m.start), ...cues(host)];
    const moved: number[] = [];
    for (const k of bare) {
      const at = mentions[k]!.start;
      if (mine.length === 0) { moved.push(k); continue; }
      const sentence = sentences.find((x) => x.start <= at && at < x.end);
      const inSentence = (p: number): boolean => sentence !== undefined && sentence.start <= p && p < sentence.end;
      // "The Republic of Congo offered to host talks between Congo and Rwanda": the other country
      // named in full in the same sentence sets the bare word apart from it
      if (named.some(inSentence)) continue;
      const near = (list: number[], where: (p: number) => boolean): number => Math.min(Infinity, ...list.filter(where).map((p) => Math.abs(p - at)));
      // its sentence first, then what the reader has read before it, then what comes after
      const wheres = [inSentence, (p: number): boolean => p < at, (): boolean => true];
      const where = wheres.find((w) => near(mine, w) < Infinity || near(theirs, w) < Infinity) ?? wheres[2]!;
      const [a, b] = [near(mine, where), near(theirs, where)];
      if (b < a) moved.push(k);
    }
    if (moved.length === 0) continue;
    for (const k of moved) {
      const m = mentions[k]!;
      mentions[k] = Object.freeze({ ...m, value: { ...m.value, type: host.type, key: host.key, name: host.name, kb: host.kb?.key ?? null, wikidata: host.kb?.id ?? null, via: 'alias' as const } });
    }
    if (!mentions.some((m) => m.value.key === c.key)) { clusters.splice(clusters.indexOf(c), 1); byKey.delete(c.key); }
  }
}

/**
 * A role whose country was read from a shared one-word alias ("Congo's foreign minister", the
 * KB's DR Congo) that the mention there names as the other country (`sharedCountryWords`: the
 * Republic of the Congo, by Brazzaville in the sentence) is that country's.
 */
function sharedWordOwners(text: string, roles: Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[], kb: KnowledgeBase): void {
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    // (a KB term found for the title: the KB knows whose office it is)
    if (r.value.of === null || r.value.from !== null || r.value.to !== null) continue;
    const owner = kb.findByAlias(r.value.of).find((e) => e.type === 'place' && e.kind === undefined);
    if (owner === undefined) continue;
    // the owner's word written in the title or right before it, with its possessive and up to three lower-case words between
    const m = mentions.find((x) => x.value.type === 'place' && x.value.kb !== null && x.value.kb !== owner.key && x.start >= r.start - 60 && x.end <= r.end
      && (x.start >= r.start || /^(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}$/.test(text.slice(x.end, r.start)))
      && owner.aliases.some((a) => !a.includes(' ') && fold(a) === fold(withoutPossessive(x.text))));
    if (m === undefined) continue;
    roles[k] = annotate('role', text, r.start, r.end, { ...r.value, of: m.value.name }, r.source);
  }
}

/**
 * A title run of two titles joined by "and" ("Prime Minister and Foreign Minister" before Sheikh
 * Mohammed's name), as two titles of the same person; any other run as it is.
 */
function coordinatedTitles(text: string, t: Annotation<TitleValue>): Annotation<TitleValue>[] {
  const and = t.text.indexOf(' and ');
  if (and < 0) return [t];
  const first = t.text.slice(0, and);
  const second = t.text.slice(and + 5);
  // both halves end in a title word ("Prime Minister", "Foreign Minister"), not "Secretary of State and …"
  const lastWord = (x: string): string => (x.split(' ').pop() ?? '').toLowerCase();
  if (!TITLE_WORDS.has(lastWord(first)) || !TITLE_WORDS.has(lastWord(second))) return [t];
  return [annotate('title', text, t.start, t.start + and, t.value, t.source), annotate('title', text, t.start + and + 5, t.end, t.value, t.source)];
}

/** A body named without its country: "Foreign Ministry", "the Defence Ministry". */
const BARE_BODY = new RegExp(`^(?:[Tt]he\\s+)?${BODY_WORDS}$`, 'i');

/** The canonical body words of a KB organization's name or aliases ("Qatar's foreign ministry": "foreign ministry"). */
function kbBodyWords(e: KbEntity): string[] {
  const out: string[] = [];
  for (const n of [e.name, ...e.aliases]) {
    const m = BODY_MENTION.exec(n);
    if (m !== null) out.push(bodyWords(m[2]!, m[3]!));
  }
  return out;
}

/**
 * Organizations outside the KB named as a body without its country ("Foreign Ministry") become
 * the one country's body of those words the article names ("Russia's Foreign Ministry", the KB's
 * "Qatar's foreign ministry"); with none or several, they stay.
 */
function bareBodies(clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (const c of [...clusters]) {
    // (the outlet registry knows a generic "Foreign Ministry" as a source: a country's, not one body across the corpus)
    if (c.type !== 'organization' || c.kb !== null || !(c.key.startsWith('name:organization:') || c.key.startsWith('outlet:'))) continue;
    const m = BARE_BODY.exec(c.name);
    if (m === null) continue;
    const words = bodyWords(m[1]!, m[2]!);
    const hosts = clusters.filter((o) => o !== c && o.type === 'organization' && (o.kb === null ? o.key.startsWith('name:organization:') && o.key.endsWith(`|${words}`) : o.kb.country !== undefined && kbBodyWords(o.kb).includes(words)));
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    mergeInto(c, host, 'name', clusters, byKey, mentions);
  }
}

/** One-word names that are only the generic head of a body's name ("Department", "Ministry"). */
const BARE_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'office', 'commission', 'committee', 'council', 'authority', 'bureau', 'directorate', 'service']);

/**
 * A one-word organization outside the KB that is only a generic head ("Department spokesman
 * Matthew Miller" after "the State Department said") is the one organization the article named
 * before it with that word in a name it wrote ("State Department", the KB's United States
 * Department of State); with none or two it stays as it is.
 */
function bareHeads(clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (const c of [...clusters]) {
    if (c.type !== 'organization' || c.kb !== null || c.name.includes(' ') || !BARE_HEADS.has(c.name.toLowerCase())) continue;
    const first = mentions.find((m) => m.value.key === c.key);
    if (first === undefined) continue;
    const word = new RegExp(`(?<![\\p{L}])${c.name.toLowerCase()}(?![\\p{L}])`, 'u');
    const hosts = new Set(mentions.filter((m) => m.value.type === 'organization' && m.value.key !== c.key && m.end <= first.start && word.test(m.text.toLowerCase())).map((m) => m.value.key));
    if (hosts.size !== 1) continue;
    const host = byKey.get([...hosts][0]!);
    if (host !== undefined) mergeInto(c, host, 'name', clusters, byKey, mentions);
  }
}

/** A preposition of place right before a word ("in Matan"): read as a place there. */
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|from|to|near|into|outside|across)\s+$/iu;
/**
 * Of the article's people whose names hold the folded `word`, the one mentioned last (not the one
 * named first last: "Matthew Miller … Aaron David Miller … Matthew Miller declined. Miller added"
 * is Matthew), passing over one named so far only right after a noun of kin when another is not
 * ("Yahya Sinwar … with his brother Mohammed Sinwar. … the choice of Sinwar": Yahya).
 */
function surnameHost(text: string, clusters: readonly Cluster[], mentions: readonly Annotation<MentionValue>[], word: string): Cluster | undefined {
  let host: Cluster | undefined;
  let others = 0;
  for (const c of clusters) if (c.type === 'person' && c.words.has(word)) { others++; if (host === undefined || c.last > host.last) host = c; }
  if (host === undefined || others < 2) return host;
  const kinOnly = (c: Cluster): boolean => {
    let any = false;
    for (const m of mentions) {
      if (m.value.key !== c.key) continue;
      if (!afterKinNoun(text, m.start)) return false;
      any = true;
    }
    return any;
  };
  if (!kinOnly(host)) return host;
  let other: Cluster | undefined;
  for (const c of clusters) if (c !== host && c.type === 'person' && c.words.has(word) && !kinOnly(c) && (other === undefined || c.last > other.last)) other = c;
  return other ?? host;
}

/** Nouns of kin whose given name may follow them ("whose son Matan", "his wife Leah"). */
const KIN_NOUNS = /(?<![\p{L}])(?:son|sons|daughter|daughters|wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|fiancée?|partner|child|baby|boy|girl)\s+$/u;

/** Whether a noun of kin stands right before `start` ("his brother |Mohammed Sinwar"). */
function afterKinNoun(text: string, start: number): boolean {
  return KIN_NOUNS.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * A one-word place no gazetteer, KB or countries package knows, written right after a noun of
 * kin ("whose son Matan is held"), is a person's given name, at every mention of its cluster
 * (one after such a noun, none after a preposition of place). A person's name opened inside quotation marks after "a"/"an"
 * and followed there by a lower-case word ("a \"Hail Mary pass\"") is a phrase, not a person.
 */
function kinAndQuotedPhrases(text: string, clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (const c of [...clusters]) {
    if (c.type !== 'place' || c.kb !== null || c.name.includes(' ') || places().get(fold(c.name)) !== undefined) continue;
    const own = mentions.filter((m) => m.value.key === c.key);
    if (!own.some((m) => afterKinNoun(text, m.start)) || own.some((m) => PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)))) continue;
    const key = `name:person:${fold(c.name)}`;
    if (byKey.has(key)) continue;
    clusters.splice(clusters.indexOf(c), 1);
    byKey.delete(c.key);
    const person: Cluster = { ...c, key, type: 'person', words: new Set([fold(c.name)]) };
    clusters.push(person);
    byKey.set(key, person);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.value.key === c.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, type: 'person' as EntityType, key } });
    }
  }
  kinPairs(text, clusters, byKey, mentions);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.value.type !== 'person' || m.value.kb !== null) continue;
    if (!/(?<![\p{L}])[Aa]n?\s+["“]$/u.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (!/^\s+\p{Ll}[\p{L}-]*["”]/u.test(text.slice(m.end, m.end + 24))) continue;
    dropMention(mentions, k, clusters, byKey);
  }
}

/** " and Kfir" after a kin's given name: the second given name (one capitalised word, nothing capitalised after it). */
const AND_GIVEN_NAME = /^\s+and\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])(?!\s+\p{Lu})/u;

/**
 * A second given name joined by "and" to a kin's one-word given name ("her sons Ariel and Kfir",
 * "daughters Noiya and Yahel") is a person too, whether the tagger left it out or read it as a
 * body or place that no KB entry, country or capital names.
 */
function kinPairs(text: string, clusters: Cluster[], byKey: Map<string, Cluster>, mentions: Annotation<MentionValue>[]): void {
  for (const m of [...mentions]) {
    if (m.value.type !== 'person' || m.value.kb !== null || m.text.includes(' ') || !afterKinNoun(text, m.start)) continue;
    const and = AND_GIVEN_NAME.exec(text.slice(m.end, m.end + 30));
    if (and === null) continue;
    const word = and[1]!;
    const start = m.end + and[0].length - word.length;
    const end = start + word.length;
    if (isCommonWord(word.toLowerCase()) || places().has(fold(word))) continue;
    const k = mentions.findIndex((x) => x.start < end && start < x.end);
    if (k >= 0) {
      const x = mentions[k]!;
      if (x.value.type === 'person' || x.value.kb !== null || x.start !== start || x.end !== end) continue;
      dropMention(mentions, k, clusters, byKey);
    }
    const key = `name:person:${fold(word)}`;
    let c = byKey.get(key);
    if (!c) {
      c = { key, type: 'person', name: word, kb: null, words: new Set([fold(word)]), last: start };
      clusters.push(c);
      byKey.set(key, c);
    }
    const at = mentions.findIndex((x) => x.start > start);
    const added = annotate('mention', text, start, end, { type: 'person' as EntityType, key, name: c.name, kb: null, wikidata: null, via: 'name' as const }, SOURCES.name);
    if (at < 0) mentions.push(added);
    else mentions.splice(at, 0, added);
  }
}

/** Removes mention `k`, and its cluster when no other mention is of it (the tagger's half of a body read whole after). */
function dropMention(mentions: Annotation<MentionValue>[], k: number, clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const key = mentions[k]!.value.key;
  mentions.splice(k, 1);
  if (mentions.some((x) => x.value.key === key)) return;
  const i = clusters.findIndex((c) => c.key === key);
  if (i >= 0) clusters.splice(i, 1);
  byKey.delete(key);
}

/** An owner that is the name of one of the article's organizations ("Teamsters"), else null. */
function ownerIfNamed(owner: string, mentions: readonly Annotation<MentionValue>[]): string | null {
  return mentions.some((m) => m.value.type === 'organization' && m.value.name === owner) ? owner : null;
}

/** Whether a name is written in capitals only (a dateline's `DEIR AL-BALAH`, a shouted headline word). */
function allCaps(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}\p{Lu}/u.test(name);
}

/**
 * A cluster first met in capitals (`DEIR AL-BALAH —` in the dateline) takes its name from a
 * mention written in ordinary case (`in Deir al-Balah`), on every mention of it; a place the
 * text writes only in capitals is named in capitalized words (`PORT SUDAN` is Port Sudan),
 * unless its name is one short word (`NYC` may be an acronym).
 */
function renameAllCaps(clusters: readonly Cluster[], mentions: Annotation<MentionValue>[]): void {
  for (const c of clusters) {
    if (c.kb !== null || !allCaps(c.name)) continue;
    const better = mentions.find((m) => m.value.key === c.key && !allCaps(m.text));
    if (better !== undefined) c.name = better.text.replace(/\s+/g, ' ');
    else if (c.type === 'place' && (/[\s-]/.test(c.name) || c.name.length >= 4)) c.name = capitalizedWords(c.name);
    else continue;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.value.key === c.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, name: c.name } });
    }
  }
}

/** Words after which a capitalized word is read as ground, not a person (prepositions of place, "reached", "of"). */
const PLACE_CUES: ReadonlySet<string> = new Set(['in', 'to', 'at', 'from', 'near', 'into', 'outside', 'via', 'toward', 'towards', 'inside', 'around', 'across', 'between', 'of', 'reached', 'entered', 'through']);

/** Prepositions of place: a capital after one is the city, not its government. */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'to', 'at', 'from', 'near', 'into', 'outside', 'via', 'toward', 'towards', 'inside', 'around', 'across', 'between']);
/** Nouns of dealings between governments before "between" ("talks between Kinshasa and the M23", "the war between Kyiv and Moscow"). */
const DEALINGS: ReadonlySet<string> = new Set([
  'talks', 'negotiations', 'deal', 'agreement', 'accord', 'ceasefire', 'truce', 'exchange', 'swap', 'dialogue', 'meeting', 'meetings',
  'relations', 'tensions', 'war', 'conflict', 'fighting', 'clashes', 'rapprochement', 'mediation', 'contacts', 'summit',
]);

/** Whether the capital at `start` follows "between" after a noun of dealings (up to four words back): a party, its government ("talks between Kinshasa and the AFC/M23"). */
function partyBetween(text: string, start: number): boolean {
  // the noun up to four words before "between" ("talks in Doha between …"), inside the clause
  const m = /((?:[\p{L}-]+\s+){1,5})between\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && m[1]!.trim().split(/\s+/).some((w) => DEALINGS.has(w.toLowerCase()));
}

/** The end of a list of one to three capitalised names after a preposition of place, before "and"/"or" ("shuttled between Cairo and ", "flew to Amman, Riyadh or "): group 1 the preposition, group 2 the first name. */
const LOCATIVE_LIST = /(?<![\p{L}-])(in|to|at|from|near|into|via|toward|towards|between|across)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?){0,2},?\s+(?:and|or)\s+$/u;

/**
 * Whether the capital at `start` ends a list of places after a preposition of place
 * ("shuttled between Cairo and Doha", "flew to Amman and Doha"): the city as much as the
 * first, unless "between" follows a noun of dealings ("talks between Kinshasa and Kigali").
 */
function listedAfterLocative(text: string, start: number): boolean {
  const from = Math.max(0, start - 80);
  const m = LOCATIVE_LIST.exec(text.slice(from, start));
  if (m === null) return false;
  return m[1] !== 'between' || !partyBetween(text, from + m.index + m[0].indexOf(m[2]!, m[1]!.length));
}

/** A quoted nickname inside a name, with the space before it. */
const NICKNAME = /\s+["“'‘][^"“”'‘’]{1,40}["”'’](?=\s)/u;

/** A person's name without a quoted nickname inside it ("Benjamin “Bibi” Netanyahu" → "Benjamin Netanyahu"). */
export function withoutNickname(name: string): string {
  if (!/["“'‘]/.test(name)) return name;
  return name.replace(NICKNAME, '');
}

/** `s` without a final possessive `'s` or `’s` (what `s.replace(/[’']s$/, '')` gives, without a pattern per mention). */
export function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return s;
  const q = s.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? s.slice(0, n - 2) : s;
}

/** A heading in Title Case: at least four words, nearly all capitalized, no final period. */
function isTitleCase(text: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(text)) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'as', 'at', 'by', 'with', 'from', 'or', 'vs', 'after', 'over']);
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  if (content.every((w) => w === w.toUpperCase())) return false;
  return content.length > 0 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.85;
}

function publishedDay(p: Published | undefined): string | null {
  if (!p?.value) return null;
  if (p.precision === 'day') return p.value.slice(0, 10);
  return p.latest ?? null;
}

/**
 * A new cluster of a name with middle initials (`name:person:john a smith`) takes over the
 * article's earlier cluster of the same given name and surname written without middle names
 * ("John Smith" before "John A. Smith"), as a later full name takes over a surname; its
 * mentions are re-keyed. Returns the cluster it removed, or null.
 */
function bareNameTakenOver(clusters: Cluster[], byKey: ReadonlyMap<string, Cluster>, c: Cluster, surface: string, mentions: Annotation<MentionValue>[]): Cluster | null {
  const parts = nameParts(surface);
  if (parts === null || parts.middle.length === 0) return null;
  const old = byKey.get(`name:person:${parts.given} ${parts.surname}`);
  if (old === undefined || old === c || old.kb !== null || nameParts(old.name)?.middle.length !== 0) return null;
  clusters.splice(clusters.indexOf(old), 1);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.value.key === old.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, key: c.key, name: c.name } });
  }
  return old;
}

/** An all-capital name in capitalized words ("PORT SUDAN" → "Port Sudan", "EL-FASHER" → "El-Fasher", "ST. LOUIS" → "St. Louis"). */
function capitalizedWords(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-\/])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A new full-name cluster takes over earlier one-word clusters it contains, and a full name
 * outside the KB the earlier cluster of a KB person known only by that surname ("Greer said …
 * union president Harold Greer": the article's Greer, not the KB's). Returns the clusters it removed.
 */
function absorbSurnames(clusters: Cluster[], c: Cluster, mentions: Annotation<MentionValue>[]): Cluster[] {
  const absorbed: Cluster[] = [];
  if (c.type !== 'person' || c.words.size < 2) return absorbed;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const old = clusters[i]!;
    const bareSurname = old.kb === null && old.words.size === 1 && c.words.has([...old.words][0]!);
    const kbBySurname = old.kb !== null && c.kb === null && old.bySurname !== undefined && namedHolder(c.name, old.bySurname);
    if (old.type !== 'person' || !(bareSurname || kbBySurname)) continue;
    clusters.splice(i, 1);
    absorbed.push(old);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.value.key === old.key) mentions[k] = Object.freeze({ ...m, value: { ...m.value, key: c.key, name: c.name, kb: c.kb?.key ?? null, wikidata: c.kb?.id ?? null, via: 'surname' as const } });
    }
  }
  return absorbed;
}

/** Whether a KB person's cluster was named by more than the surname ("Hillary Clinton", not only "Clinton"). */
function namedInFull(c: Cluster | undefined): boolean {
  return c !== undefined && c.bySurname === undefined;
}

/**
 * Whether a person's name outside the KB holds `surname` (folded) as its last word after a given
 * name first ("Harold Greer", "Bill Clinton"; not "Team Clinton", "Pres. Obama", "Given Obama").
 */
function namedHolder(name: string, surname: string): boolean {
  const folded = fold(name);
  const space = folded.indexOf(' ');
  if (space <= 0 || folded.slice(folded.lastIndexOf(' ') + 1) !== surname) return false;
  const first = folded.slice(0, space);
  // a given name of the lexicon, else a word that is no common word, title or abbreviation ("Harold")
  return givenNameGender(first) !== null || (/^\p{L}+$/u.test(first) && !isCommonWord(first) && !TITLE_WORDS.has(first));
}

/** The first mention (in list order) that starts at `offset` or holds it, from an index of the mentions. */
function firstMentionAt(mentions: readonly Annotation<MentionValue>[], index: SpanIndex<Annotation<MentionValue>>, offset: number): Annotation<MentionValue> | undefined {
  const starting = index.startingAt(offset);
  const holding = index.holding(offset);
  const first = starting < 0 ? holding : holding < 0 ? starting : Math.min(starting, holding);
  return first >= 0 ? mentions[first] : undefined;
}

/** A title's name for comparison: case and British/American spelling aside ("Minister of Defence" is "Minister of Defense"). */
function titleName(title: string): string {
  let name = titleNames.get(title);
  if (name === undefined) {
    name = title.toLowerCase().replace(/defence/g, 'defense').replace(/labour/g, 'labor').replace(/adviser/g, 'advisor');
    titleNames.set(title, name);
  }
  return name;
}

/**
 * An owner ("Ukraine's", "Qatar’s", "M23's", "the Teamsters'"; a common noun's, "the union's",
 * "the carriers'", is passed over) and the title words after it, up to a title word; a past word
 * ("former", "ex-", "then-") before or after the owner is left out of the title words (the
 * caller marks the role `former`: {@link pastTitle}).
 */
const APPOSITIVE_TITLE = /^(?:(?:[Tt]he|[Aa]nother|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?(?:(?:[Ff]ormer|[Oo]ne-?time)\s+|[Ee]x-|[Tt]hen-)?(?:([\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}\p{N}.-]*){0,3})(?:'s|’s|(?<=s)['’])\s+|\p{Ll}+(?:'s|’s|(?<=s)['’])\s+)?(?:(?:former|one-?time)\s+|ex-|then-)?((?:[\p{L}.-]+\s+){0,5}[\p{L}-]+)$/u;

/**
 * Titles set off by commas beside a person's name, which the tagger's title rule (a title
 * right before the name) does not see: "Majed al-Ansari, Qatar's foreign ministry
 * spokesman, said", "Qatar's prime minister, Sheikh Mohammed …, announced", "Aaron David
 * Miller, a State Department negotiator". The phrase must end in a title word and hold no
 * other punctuation; its owner ("Qatar's") is returned to name the title's country. A
 * former office ("a former negotiator", "Israel's former prime minister") is a title too:
 * its role is marked `former` ({@link pastTitle}).
 */
function appositiveTitles(text: string, mentions: readonly Annotation<MentionValue>[], titles: readonly Annotation<TitleValue>[], kb: KnowledgeBase, bodies: ReadonlyMap<number, BodyOf>): Apposed[] {
  const out: Apposed[] = [];
  // (a rank alone before the name, "Gen.", leaves room for the office set off before it)
  const titled = new Set(titles.filter((t) => !t.text.toLowerCase().split(/\s+/).every((w) => RANKS.has(w))).map((t) => t.value.personStart));
  const apposedAfter = new Set<number>();
  let byStart: Map<number, Annotation<MentionValue>> | null = null;
  // what the words after "of"/"for" name: a KB organization or place, else the article's own mention of exactly them
  const named = (start: number, end: number): Named | null => {
    const surface = text.slice(start, end);
    const e = kb.findByAlias(surface).find((x) => x.type === 'organization' || x.type === 'place');
    if (e !== undefined) return { name: e.name, type: e.type as EntityType };
    byStart ??= new Map(mentions.filter((x) => x.value.type !== 'person').map((x) => [x.start, x]));
    const o = byStart.get(start);
    if (o === undefined) return null;
    if (o.end === end) return { name: o.value.name, type: o.value.type };
    // a part of a body the article names ("chair of the BMA council", "the union's executive committee")
    return o.value.type === 'organization' && BODY_PART.test(text.slice(o.end, end)) ? { name: o.value.name, type: o.value.type } : null;
  };
  const isTitle = (start: number, end: number): boolean => kb.titleIndex.lookup(text.slice(start, end)).length > 0;
  const titlePhrase = (from: number, to: number): TitleFound | null => plainTitlePhrase(text, from, to, isTitle) ?? titleOfBody(text, from, to, named, isTitle);
  // two titles joined by "and" ("Qatar's prime minister and foreign minister", "the ruler of Dubai
  // and vice president of the United Arab Emirates"): both, the second owned like the first when
  // it names no owner of its own
  const titlePhrases = (from: number, to: number): TitleFound[] => {
    const one = titlePhrase(from, to);
    if (one !== null) return [one];
    const and = text.slice(from, to).indexOf(' and ');
    if (and < 0) return [];
    const first = titlePhrase(from, from + and);
    // "Katie Murphy, a nurse and the union's president,": an occupation, then the office after "and the"
    // (an occupation with its article, of up to four words: not "business leaders and their lobbying groups …")
    if (first === null) {
      const office = /^(?:an?)(?:\s+[\p{L}-]+){1,3}$/iu.test(text.slice(from, from + and)) && /^(?:the|its|his|her|their)\s/i.test(text.slice(from + and + 5, to)) ? titlePhrase(from + and + 5, to) : null;
      return office === null ? [] : [office];
    }
    const second = titlePhrase(from + and + 5, to);
    return second === null ? [] : [first, { ...second, owner: second.owner ?? first.owner }];
  };
  // a KB person's own office in other words ("The U.S. envoy to the Middle East, Steve Witkoff,")
  const phrasesFor = (m: Annotation<MentionValue>, from: number, to: number): TitleFound[] => {
    const found = titlePhrases(from, to);
    if (found.length > 0 || m.value.kb === null) return found;
    const office = officeInWords(text, from, to, kb.byKey(m.value.kb), kb);
    return office === null ? [] : [office];
  };
  for (const m of mentions) {
    if (m.value.type !== 'person' || m.value.via === 'pronoun' || m.value.via === 'description') continue;
    // after the name: ", PHRASE," or ", PHRASE." (the phrase up to the next comma or full stop), also
    // after a title before it ("retired Lt. Gen. Keith Kellogg, the special envoy for Ukraine,")
    // and after the body the person is of ("John T. Walsh of the FMCS, a veteran mediator,")
    const of = bodies.get(m.start);
    const nameEnd = of?.after === true ? of.end : m.end;
    if (text.charCodeAt(nameEnd) === 44 && !apposedAfter.has(m.start)) {
      let from = nameEnd + 1;
      while (from < text.length && text.charCodeAt(from) === 32) from++;
      let to = from;
      while (to < text.length && to - from <= 80 && (!',.;:()"“”\n'.includes(text[to]!) || abbreviationDot(text, to))) to++;
      const found = phrasesFor(m, from, to);
      if (found.length > 0 && (text[to] === ',' || text[to] === '.')) { for (const f of found) out.push(apposed(text, f, m, from)); titled.add(m.start); apposedAfter.add(m.start); continue; }
    }
    if (titled.has(m.start)) continue;
    // before the name, back to the previous punctuation: "Qatar's prime minister, Sheikh Mohammed …"
    let end = m.start;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    // an honorific before the name is not the title ("…, Sheikh Mohammed bin Abdulrahman Al Thani")
    // and so is a rank ("Sudan's de facto leader, Gen. Abdel Fattah al-Burhan,"), up to two words of it
    for (let k = 0; k < 2; k++) {
      let w = end;
      while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
      const word = text.slice(w, end).toLowerCase();
      if (w === end || !(HONORIFICS.has(word) || RANKS.has(word))) break;
      end = w;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    }
    if (text.charCodeAt(end - 1) !== 44) continue;
    let from = end - 1;
    // (back past the full stops of an abbreviation: "The top U.S. diplomat, Marco Rubio,")
    while (from > 0 && end - from <= 80 && (!',.;:()"“”\n'.includes(text[from - 1]!) || abbreviationDot(text, from - 1))) from--;
    while (from < end && text.charCodeAt(from) === 32) from++;
    // the second of two people in a list: "…, and Turkey's intelligence chief, Ibrahim Kalin,"
    if (text.startsWith('and ', from)) from += 4;
    const found = phrasesFor(m, from, end - 1);
    for (const f of found) out.push(apposed(text, f, m, from));
    if (found.length > 0) titled.add(m.start);
  }
  return out;
}

/** The body a person is "of", written right after the name (the span from "of" to the body's end) or as a possessive before it, and the body's cluster name. */
interface BodyOf {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The body's knowledge-base key, when linked. */
  readonly kb: string | null;
  /** Written after the name ("… of the FMCS"), not as a possessive before it ("the AU's …"). */
  readonly after: boolean;
}

/**
 * "John T. Walsh of the Federal Mediation and Conciliation Service", "Sean O'Brien, of the
 * Teamsters": a person's name followed by "of" and an organization the article names is a
 * person of that body. By the person mention's start. A place after "of" is left out ("John
 * Smith of Ohio" says where he is from, not what he works for).
 */
function bodiesOf(text: string, mentions: readonly Annotation<MentionValue>[], index: SpanIndex<Annotation<MentionValue>>): Map<number, BodyOf> {
  const out = new Map<number, BodyOf>();
  for (const m of mentions) {
    if (m.value.type !== 'person' || m.value.via === 'pronoun' || m.value.via === 'description') continue;
    const comma = text.charCodeAt(m.end) === 44 ? 1 : 0;
    if (!text.startsWith(' of ', m.end + comma)) continue;
    let at = m.end + comma + 4;
    if (text.startsWith('the ', at)) at += 4;
    const body = index.startingIn(at, at).find((o) => o.value.type === 'organization' && o.value.key !== m.value.key);
    if (body !== undefined) out.set(m.start, { start: m.end + comma + 1, end: body.end, name: body.value.name, kb: body.value.kb, after: true });
  }
  // "the African Union's Moussa Faki Mahamat", "Hamas's Khalil al-Hayya": the body's possessive right before the name
  for (const m of mentions) {
    if (m.value.type !== 'person' || m.value.via === 'pronoun' || m.value.via === 'description' || out.has(m.start) || m.start < 4) continue;
    const s = text.charCodeAt(m.start - 2);
    const q = text.charCodeAt(m.start - 3);
    if (text.charCodeAt(m.start - 1) !== 32 || s !== 115 || (q !== 39 && q !== 0x2019)) continue;
    const k = index.holding(m.start - 4);
    const body = k < 0 ? undefined : mentions[k];
    if (body !== undefined && body.end === m.start - 3 && body.value.type === 'organization' && body.value.key !== m.value.key) out.set(m.start, { start: body.start, end: m.start - 1, name: body.value.name, kb: body.value.kb, after: false });
  }
  return out;
}

/**
 * Roles from the bodies persons are of: a title beside the name that names no owner is the
 * body's ("The mediator, John T. Walsh of the FMCS," is a mediator of the FMCS); a person with
 * no title beside the name gets the KB office they held in that body on the publication day,
 * else the role `member` of it (all the text says; not when a title of that body is theirs
 * elsewhere in the article, nor for a KB person with offices elsewhere), over the words from
 * "of" to the body or over the body's possessive.
 */
function bodyRoles(text: string, roles: Annotation<RoleValue>[], titles: readonly Annotation<TitleValue>[], bodies: ReadonlyMap<number, BodyOf>, mentions: readonly Annotation<MentionValue>[], kb: KnowledgeBase, day: string | null): void {
  const personOf = new Map(titles.map((t) => [t.start, t.value.personStart]));
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    const person = personOf.get(r.start);
    const body = person === undefined || r.value.of !== null ? undefined : bodies.get(person);
    if (body !== undefined) roles[k] = annotate('role', text, r.start, r.end, { ...r.value, of: body.name }, 'link/title-of-body');
  }
  const titled = new Set(personOf.values());
  // (a person the article gives a title of that body elsewhere needs no `member` of it)
  const owned = new Set(roles.map((r) => `${r.value.key}\u0000${r.value.of}`));
  for (const m of mentions) {
    const body = bodies.get(m.start);
    if (body === undefined || titled.has(m.start) || m.value.type !== 'person') continue;
    const entity = m.value.kb ? kb.byKey(m.value.kb) : undefined;
    const offices = entity?.roles.filter((x) => x.of === body.name) ?? [];
    const held = (day ? offices.find((x) => spanContains(x.from, x.to, day)) : undefined) ?? (offices.length === 1 ? offices[0] : undefined) ?? stateOffice(entity, body, kb, day);
    // (nor a KB person whose offices the KB lists, none of them in that body or its state: "Khalil al-Hayya of the Kremlin")
    if (held === undefined && (owned.has(`${m.value.key}\u0000${body.name}`) || (entity !== undefined && entity.roles.length > 0))) continue;
    roles.push(annotate('role', text, body.start, body.end, { key: m.value.key, title: held?.title ?? 'member', of: held?.of ?? body.name, from: held?.from ?? null, to: held?.to ?? null }, held ? 'link/of-body-kb' : 'link/of-body'));
  }
}

/**
 * "Tom Perriello of the State Department", "the Kremlin's Dmitry Peskov": the office a KB person
 * held on the publication day in the country whose state organ the body is (`stateBody`), as
 * the KB writes it (Special Envoy for Sudan of the United States); when they held several there,
 * the one whose title shares a word with the body's name (`Secretary of State` at the
 * Department of State), else none.
 */
function stateOffice(entity: KbEntity | undefined, body: BodyOf, kb: KnowledgeBase, day: string | null): KbRole | undefined {
  const organ = body.kb === null ? undefined : kb.byKey(body.kb);
  if (entity === undefined || day === null || organ?.stateBody !== true || organ.country === undefined) return undefined;
  const held = entity.roles.filter((x) => x.of === organ.country && spanContains(x.from, x.to, day));
  if (held.length < 2) return held[0];
  const words = new Set(normalizeSurface(organ.name).split(' ').filter((w) => w.length > 3));
  const named = held.filter((x) => normalizeSurface(x.title).split(' ').some((w) => words.has(w)));
  return named.length === 1 ? named[0] : undefined;
}

/** Whether the full stop at `i` ends a one-letter capital of an abbreviation ("U.N.", "U.S."), not a sentence. */
function abbreviationDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i < 1) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 65 || c > 90) return false;
  const before = i >= 2 ? text.charCodeAt(i - 2) : 32;
  return before === 32 || before === 46;
}

/** Military ranks that may stand between an appositive title and the name ("…, Gen. Abdel Fattah al-Burhan"). */
const RANKS: ReadonlySet<string> = new Set(['gen.', 'general', 'lt.', 'lieutenant', 'maj.', 'major', 'brig.', 'brigadier', 'col.', 'colonel', 'adm.', 'admiral', 'capt.', 'captain', 'field', 'marshal']);

/** Words that make a phrase between commas a clause, not a title ("who met the envoy"). */
const NOT_IN_TITLES: ReadonlySet<string> = new Set(['former', 'then-', 'ex-', 'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'met', 'said', 'says', 'told', 'and', 'or', 'but', 'with', 'to']);

/** A title found beside a name: its span and its owner ("Qatar's", or the body it is "of"). */
interface TitleFound {
  readonly start: number;
  readonly end: number;
  readonly owner: string | null;
}

/** What the words after "of"/"for" in a title name. */
interface Named {
  readonly name: string;
  readonly type: EntityType;
}

/** The title words of `text[from, to)` when the whole stretch is an appositive title phrase. */
function plainTitlePhrase(text: string, from: number, to: number, isTitle?: (start: number, end: number) => boolean): TitleFound | null {
  const slice = text.slice(from, to).trimEnd();
  const m = APPOSITIVE_TITLE.exec(slice);
  if (!m) return null;
  const words = m[2]!.toLowerCase().split(/\s+/);
  const start = from + slice.length - m[2]!.length;
  if (words.length === 0 || words.some((w) => NOT_IN_TITLES.has(w))) return null;
  // a phrase the KB knows as a title whole ends in no title word of the lexicon ("the top U.S. diplomat")
  if (!TITLE_WORDS.has(words[words.length - 1]!) && !TOP_OFFICE.test(m[2]!) && !(isTitle?.(m[1] === undefined ? start : from + slice.indexOf(m[1]), from + slice.length) ?? false)) return null;
  return { start, end: from + slice.length, owner: m[1] ?? null };
}

/** "top diplomat", "chief diplomat": the office wire copy calls a country's foreign minister by, a title of its own. */
const TOP_OFFICE = /(?:^|\s)(?:top|chief)\s+diplomat$/i;

/** Lower-case words after an organization's name that name a part of it ("BMA council", "ILA's wage committee"). */
const BODY_PART = /^(?:['’]s)?(?:\s+\p{Ll}+){0,2}\s+(?:council|committee|board|executive|branch|bureau|secretariat|delegation|division|wing|caucus)$/u;

/** Words an office phrase may have that its KB title need not: articles, a past word (the role is then `former`), and the owner's name (checked apart). */
const OFFICE_FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'former']);

/**
 * `text[from, to)` as an office a KB person holds, written in other words: after an article,
 * every word is a word of one of their KB titles or names that office's country ("The U.S.
 * envoy to the Middle East" is Steve Witkoff's US "Special Envoy to the Middle East"); two
 * words at least, so a lone word of a title says nothing. Null when no office fits.
 */
function officeInWords(text: string, from: number, to: number, entity: KbEntity | undefined, kb: KnowledgeBase): TitleFound | null {
  if (entity === undefined || entity.type !== 'person') return null;
  const slice = text.slice(from, to).trimEnd();
  const tokens = slice.split(/\s+/).filter((w) => w.length > 0);
  if (tokens.length < 2 || tokens.length > 8) return null;
  for (const r of entity.roles) {
    const words = new Set(titleName(r.title).split(' '));
    let content = 0;
    const fits = tokens.every((w) => {
      const lower = titleName(w);
      if (OFFICE_FILLER.has(lower)) return true;
      if (words.has(lower)) { content++; return true; }
      return kb.findByAlias(w.replace(/['’]s$/, '')).some((e) => e.type === 'place' && e.name === r.of);
    });
    if (fits && content >= 2) {
      const lead = /^(?:the|a|an)\s+/i.exec(slice);
      return { start: from + (lead === null ? 0 : lead[0].length), end: from + slice.length, owner: null };
    }
  }
  return null;
}

/** "of" or "for" and an optional "the" between a title and what it is of. */
const OF_BODY = /\s(?:of|for)\s+(?:the\s+)?/g;
/** The word for a kind of territory after a place's name ("the Kharkiv region", "Kherson province"). */
const REGION_UNIT = /\s+(?:region|province|oblast|governorate|state|district|prefecture|county)$/;

/**
 * A title "of" or "for" a body the article or the KB names, set off beside a name: "director
 * of the Federal Mediation and Conciliation Service", "the president of the Teamsters", "a
 * spokesman for Qatar's foreign ministry". The title is the words before "of"/"for" and its
 * owner the body. A place after "for" is part of the title ("the special envoy for
 * Ukraine": an American envoy); a place after "of" is its owner ("president of Ukraine").
 */
function titleOfBody(text: string, from: number, to: number, named: (start: number, end: number) => Named | null, isTitle: (start: number, end: number) => boolean): TitleFound | null {
  const slice = text.slice(from, to).trimEnd();
  OF_BODY.lastIndex = 0;
  for (let j = OF_BODY.exec(slice); j !== null; j = OF_BODY.exec(slice)) {
    const head = plainTitlePhrase(text, from, from + j.index);
    if (head === null) continue;
    // a KB title as a whole ("president of the European Commission")
    if (isTitle(head.start, from + slice.length)) return { start: head.start, end: from + slice.length, owner: head.owner };
    // "the governor of the Kharkiv region": a place with the word for its kind of territory after it
    const unit = REGION_UNIT.exec(slice);
    const tail = named(from + j.index + j[0].length, from + slice.length)
      ?? (unit === null ? null : [named(from + j.index + j[0].length, from + unit.index)].find((n) => n?.type === 'place') ?? null);
    if (tail === null) continue;
    const forPlace = tail.type === 'place' && j[0].trimStart().startsWith('for');
    return forPlace ? { start: head.start, end: from + slice.length, owner: head.owner } : { start: head.start, end: head.end, owner: tail.name };
  }
  return null;
}

/** A title set off beside a name, its owner, and whether its phrase gives it as held before ("a former secretary of state and senator": both). */
interface Apposed {
  readonly title: Annotation<TitleValue>;
  readonly owner: string | null;
  readonly former: boolean;
}

/** A past word anywhere in a title phrase before the title ("a former …", "Israel's former …"). */
const PAST_WORD = /(?<![\p{L}])(?:[Ff]ormer|[Oo]ne-?time|[Ee]x-|[Tt]hen-)/u;

/** The title `found` of the phrase that starts at `from`, beside the name `m`. */
function apposed(text: string, found: TitleFound, m: Annotation<MentionValue>, from: number): Apposed {
  const title = annotate<TitleValue>('title', text, found.start, found.end, { person: m.text, personStart: m.start, personEnd: m.end }, 'link/appositive');
  return { title, owner: found.owner, former: PAST_WORD.test(text.slice(from, found.start)) };
}

/** Titles come from the knowledge base, a bounded set: their comparison names are kept. */
const titleNames = new Map<string, string>();

/**
 * The country a title names, never a guess: a demonym right before it ("Turkish Foreign
 * Minister"), or the country of a KB title when the title's own words name it ("Israel's
 * defense minister", "top US diplomat"); null otherwise (a bare "Foreign Minister").
 */
function countryOfTitle(text: string, start: number, titleText: string, kb: KnowledgeBase, known: readonly KbTitle[]): string | null {
  const before = wordBefore(text, start);
  // of the one country the KB holds when several share the demonym ("Congolese": DR Congo, not the
  // Republic of the Congo), else of the last listed ("Dutch"), as the stage always took
  const demonym = before === null ? undefined : kbCountryOfDemonym(before, kb) ?? countryOfDemonym(before, { shared: 'last' })?.name;
  if (demonym) return demonym;
  return countryInTitle(kb, titleText, known);
}

/**
 * The one country of the KB among those that share the demonym `word`, by the KB's name; with
 * several, the one the KB also gives a name of another of them ("Congolese": DR Congo, whose
 * entry holds the bare "Congo" the package gives the Republic of the Congo); undefined when
 * none or still several.
 */
function kbCountryOfDemonym(word: string, kb: KnowledgeBase): string | undefined {
  const forms = countryForms(word).filter((f) => f.kind === 'demonym');
  if (forms.length < 2) return undefined;
  const held = forms.filter((f) => kb.findByAlias(f.country.name).some((e) => e.type === 'place'));
  if (held.length === 1) return held[0]!.country.name;
  if (held.length === 0) return undefined;
  const holding = held.filter((f) => {
    const own = kb.findByAlias(f.country.name).find((e) => e.type === 'place');
    return held.some((g) => g !== f && [g.country.name, ...g.country.aliases].some((n) => kb.findByAlias(n).some((e) => e === own)));
  });
  return holding.length === 1 ? holding[0]!.country.name : undefined;
}

/** How far before a title its demonym is looked for. */
const BEFORE_TITLE = 40;
const LETTER_ONLY = /^\p{L}$/u;

/**
 * The word right before `start` and the white space up to it, in the {@link BEFORE_TITLE}
 * characters before it: what `/([\p{L}-]+)\s+$/u` captures in that slice, read backwards
 * from `start` instead of trying the pattern at every offset of the slice. Null when none
 * (exported for its test).
 */
export function wordBefore(text: string, start: number): string | null {
  const lo = Math.max(0, start - BEFORE_TITLE);
  let j = start;
  while (j > lo && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === start) return null;
  const end = j;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) j--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff) {
      // a pair inside the slice is one code point; a low half whose pair the slice cut off is no letter
      if (!LETTER_ONLY.test(text.slice(j - 2, j))) break;
      j -= 2;
    } else if (LETTER_ONLY.test(text[j - 1]!)) j--;
    else break;
  }
  return j < end ? text.slice(j, end) : null;
}

/**
 * Answers of {@link countryInTitle} by knowledge base and title text: the KB titles a text
 * names, and so the answer, depend on nothing else, and the same titles recur in every
 * article (bounded, cleared when full).
 */
const titleCountries = new WeakMap<KnowledgeBase, Map<string, string | null>>();

/** The country of one of the KB titles `known` (those `titleText` names) when the title's own words name it, or null. */
function countryInTitle(kb: KnowledgeBase, titleText: string, known: readonly KbTitle[]): string | null {
  let cache = titleCountries.get(kb);
  if (cache === undefined) titleCountries.set(kb, (cache = new Map()));
  let country = cache.get(titleText);
  if (country === undefined) {
    country = null;
    const words = ` ${foldPlace(titleText).replace(/'s\b/g, '')} `;
    for (const k of known) if (k.of !== null && countryNames(k.of).some((n) => words.includes(` ${n} `))) { country = k.of; break; }
    if (cache.size >= 10_000) cache.clear();
    cache.set(titleText, country);
  }
  return country;
}

/**
 * The organization, country or person mention that ends right before a title (one space
 * between, or a possessive and a space: "Hamas's chief negotiator", "Zelenskyy's chief of
 * staff"), or null. A place other than a country ("Hamas's Gaza chief") owns no title.
 */
/** A country's possessive and a ministry or department named with "of" right before a title ("Qatar's Ministry of "): group 1 the country, group 2 the body's words. */
const MINISTRY_OF_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+((?:Ministry|Department|Office)\s+of(?:\s+the)?)\s+$/u;
/** A capitalised word joined to "then-" right before a mention ("then-New " of "then-New Mexico Gov."). */
const THEN_JOINED = /(?<![\p{L}-])[Tt]hen-\p{Lu}\p{Ll}*\s$/u;

function ownerBefore(text: string, start: number, index: SpanIndex<Annotation<MentionValue>>): Annotation<MentionValue> | null {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return null;
  let end = start - 1;
  if (text.endsWith("'s", end) || text.endsWith('’s', end)) end -= 2;
  for (const o of index.overlapping(end - 1, end)) {
    if (o.end !== end || o.value.via === 'pronoun' || o.value.via === 'description') continue;
    // the tail of a name joined to "then-" ("then-New Mexico Gov.": "Mexico" is no owner; the jurisdiction pass reads the state)
    // (or a name the tagger took "then-" into, "then-South Carolina Gov.", which the knowledge base does not know)
    if (THEN_JOINED.test(text.slice(Math.max(0, o.start - 24), o.start)) || (o.value.kb === null && /^[Tt]hen-\p{Lu}/u.test(o.text))) continue;
    // a country of the KB or of the countries package ("Turkey" is the package's "Türkiye")
    if (o.value.type === 'place' && o.value.kb === null && countryNamed(o.value.name) === undefined) continue;
    return o;
  }
  return null;
}

/** Offices of a state, province or city, whose place after "of" or before the title is their jurisdiction, canonical title by written form. */
const LOCAL_OFFICES: ReadonlyMap<string, string> = new Map([
  ['gov', 'Governor'], ['governor', 'Governor'], ['lt gov', 'Lieutenant Governor'], ['lieutenant governor', 'Lieutenant Governor'], ['mayor', 'Mayor'],
]);
/** A dateline's city in capitals, then its state written in words ("COLUMBUS, Ohio (AP) —"): the state is group 1. */
const DATELINE_STATE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}.' -]*\p{Lu},[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)(?=[ \t]*(?:\(|—|–|--))/u;
/** A place joined to "then-" right before a local office ("then-Arkansas Gov.", "Then-New Mexico Gov."): the place is group 1. */
const THEN_PLACE = /(?<![\p{L}-])[Tt]hen-(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+$/u;
/** "the governor of Ohio" (with "Ohio's governor" after the place): a local office named with its place. */
const LOCAL_OFFICE_OF = /\b(governor|mayor)\s+of\s+$/i;

/**
 * A governor's or mayor's place, a state or city the countries package does not know as a
 * country ("Sen. … of Ohio" stays where one is from): written right before the title ("Ohio
 * Gov. Mike DeWine", "Ohio's governor, …"), after the name and "of" ("Gov. Tina Kotek of
 * Oregon"), else, for the one person of the article left without a place for that office, the
 * one place named with the office and no name within 300 characters ("the governor of Ohio",
 * "Ohio's governor said") that no other person of the article holds.
 */
function jurisdictionRoles(text: string, roles: Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[]): void {
  const office = (title: string): string | undefined => LOCAL_OFFICES.get(title.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim());
  if (!roles.some((r) => r.value.of === null && office(r.value.title) !== undefined)) return;
  const index = new SpanIndex(mentions, (x) => x);
  // a capital read as its government is the city here ("Mayor Ana Lopez of Doha"); a country is no one's jurisdiction
  const local = (o: Annotation<MentionValue>): string | null => {
    const p = places().get(fold(withoutPossessive(o.text)));
    if (p !== undefined) return p.kind === 'capital' ? p.name.replace(DISTRICT, '') : null;
    return countryNamed(o.value.name) === undefined ? o.value.name : null;
  };
  const isPlace = (o: Annotation<MentionValue>): boolean => o.value.type === 'place' && o.value.via !== 'pronoun' && local(o) !== null;
  const placeEndingAt = (end: number): Annotation<MentionValue> | undefined => index.overlapping(end - 1, end).find((o) => o.end === end && isPlace(o));
  /** The place written right before `start` ("Ohio Gov.", "Ohio's governor"). */
  const before = (start: number): Annotation<MentionValue> | undefined => {
    const m = /(['’]s)?\s+$/.exec(text.slice(Math.max(0, start - 4), start));
    return m === null ? undefined : placeEndingAt(start - m[0].length);
  };
  const found: (string | null)[] = roles.map((r) => {
    if (r.value.of !== null || office(r.value.title) === undefined) return null;
    // "then-Arkansas Gov.": one token, so no place mention; the word joined to "then-" is the state
    const then = THEN_PLACE.exec(text.slice(Math.max(0, r.start - 40), r.start));
    if (then !== null && !TITLE_WORDS.has(then[1]!.toLowerCase()) && countryNamed(then[1]!) === undefined) return then[1]!;
    const written = before(r.start);
    if (written !== undefined) return local(written);
    // after the person's name: "Gov. Tina Kotek of Oregon"
    const person = mentions.find((m) => m.value.key === r.value.key && m.start >= r.end && m.start <= r.end + 2);
    const of = person === undefined ? null : /^,? of (?:the )?/.exec(text.slice(person.end, person.end + 10));
    const place = of === null ? undefined : index.startingIn(person!.end + of[0].length, person!.end + of[0].length).find(isPlace);
    return place === undefined ? null : local(place);
  });
  /** The state of a dateline "CITY, State (Outlet) —" or "CITY, State —" (not a country: `local` gives none). */
  const datelineState = (): string | null => {
    const d = DATELINE_STATE.exec(text.slice(0, 600));
    if (d === null) return null;
    const at = d.index + d[0].length - d[1]!.length;
    const place = index.startingIn(at, at).find((o) => isPlace(o) && o.end === at + d[1]!.length);
    return place === undefined ? null : local(place);
  };
  // the places the article names with the office and no name after it, by office and where
  const named: { office: string; name: string; at: number }[] = [];
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    const of = LOCAL_OFFICE_OF.exec(text.slice(Math.max(0, m.start - 20), m.start));
    const own = of === null ? /^['’]s\s+(governor|mayor)(?![\p{L}])(?!\s+\p{Lu})/u.exec(text.slice(m.end, m.end + 16)) : null;
    const word = of?.[1] ?? own?.[1];
    if (word !== undefined) named.push({ office: office(word)!, name: local(m)!, at: m.start });
  }
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    const title = r.value.of === null ? office(r.value.title) : undefined;
    if (title === undefined) continue;
    let of = found[k];
    if (of === null) {
      // only the one person of the article left without a place for that office, and one place named so near it (300 characters)
      const others = new Set(roles.filter((o, j) => found[j] === null && o.value.of === null && office(o.value.title) === title).map((o) => o.value.key));
      const near = new Set(named.filter((n) => n.office === title && Math.abs(n.at - r.start) <= 300 && !roles.some((o, j) => found[j] === n.name && o.value.key !== r.value.key)).map((n) => n.name));
      if (others.size === 1 && near.size === 1) of = [...near][0]!;
      // else a governor's state is the dateline's ("COLUMBUS, Ohio (AP) — Gov. Mike DeWine …"): a state, not a country
      else if (others.size === 1 && near.size === 0 && title === 'Governor') of = datelineState();
    }
    // the office is written out even where no place is found ("Gov. Dana Whitcombe": Governor)
    if (of !== null || title !== r.value.title) roles[k] = annotate('role', text, r.start, r.end, { ...r.value, title, of }, 'link/title-jurisdiction');
  }
}

/** The country named after a person's name and "of" ("Ilham Aliyev of Azerbaijan"); a state or a city says where they are from ("Sen. John Smith of Ohio"). */
function countryAfterName(text: string, m: Annotation<MentionValue>, index: SpanIndex<Annotation<MentionValue>>): string | null {
  const of = /^,? of (?:the )?/.exec(text.slice(m.end, m.end + 10));
  if (of === null) return null;
  const at = m.end + of[0].length;
  const place = index.startingIn(at, at).find((o) => o.value.type === 'place');
  if (place === undefined || /^\s*\p{Lu}/u.test(text.slice(place.end, place.end + 2))) return null;
  return countryNamed(place.text) !== undefined ? place.value.name : null;
}

/**
 * A country or body named with a possessive before up to three lower-case words that modify
 * a title ("Azerbaijan's foreign ministry spokesman"): its name and those words.
 */
function ownerOverModifiers(text: string, start: number, index: SpanIndex<Annotation<MentionValue>>): { owner: string; words: string } | null {
  const m = /['’]s((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s$/u.exec(text.slice(Math.max(0, start - 50), start));
  if (m === null) return null;
  const o = ownerBefore(text, start - m[0].length + 3, index);
  const owner = ownerName(o);
  // (a past word is no part of the office: "Israel's former prime minister" is a former Prime Minister of Israel)
  return owner === null ? null : { owner, words: m[1]!.replace(/(?<![\p{L}])(?:former|one-?time)(?![\p{L}])/gu, ' ').trim().replace(/\s+/g, ' ') };
}

/** A capitalized word, possessive or not, right before a title ("Egyptian", "Dubai's"), or before up to three lower-case words before it ("Qatar's foreign ministry"). */
const WORD_BEFORE_TITLE = /(\p{Lu}[\p{L}.-]*(?:'s|’s)?)((?:\s+\p{Ll}[\p{L}-]*){1,3})?\s+$/u;

/**
 * The KB titles named by a title with the capitalized word right before it, when the KB knows
 * the whole ("Egyptian intelligence chief", "Dubai's ruler"), if any: curated title aliases,
 * so any word will do, a demonym or a place no mention owns. Lower-case words between count
 * when the KB knows the whole with them ("Qatar's foreign ministry spokesman").
 */
function withWordBefore(text: string, start: number, title: string, kb: KnowledgeBase): readonly KbTitle[] {
  const m = WORD_BEFORE_TITLE.exec(text.slice(Math.max(0, start - 40), start));
  if (m === null) return [];
  return m[2] === undefined ? kb.titleIndex.lookup(`${m[1]!} ${title}`) : kb.titleIndex.lookup(`${m[1]!}${m[2].replace(/\s+/g, ' ')} ${title}`);
}

/**
 * The KB person who held, on `day`, the title written right before the person mention at
 * `start` (`Qatari Prime Minister Mohammed Al Thani`), when that holder's name or an alias
 * holds every word of `surface` with the same first and last word; null when none or several.
 */
function titledHolder(text: string, titles: readonly Annotation<TitleValue>[], start: number, surface: string, kb: KnowledgeBase, day: string): KbEntity | null {
  const t = titles.find((x) => x.value.personStart === start);
  if (t === undefined) return null;
  const { known } = titlesNamed(text, t, kb, null);
  const words = fold(surface).split(' ');
  const fits = (name: string): boolean => {
    const held = fold(name).split(' ');
    return held[0] === words[0] && held.at(-1) === words.at(-1) && words.every((w) => held.includes(w));
  };
  const found = new Set<KbEntity>();
  for (const k of known) {
    if (!k.of) continue;
    for (const h of kb.holdersOf(k.title, k.of, day)) if (h.entity.type === 'person' && [h.entity.name, ...h.entity.aliases].some(fits)) found.add(h.entity);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The KB titles a title annotation names: `wide`, read with the owner mention or the
 * capitalized word right before it ("Kremlin spokesman", "Egyptian intelligence chief"), and
 * `known`, those or else the title alone; `office`, the title's words without a trailing rank.
 */
function titlesNamed(text: string, t: Annotation<TitleValue>, kb: KnowledgeBase, owner: Annotation<MentionValue> | null): { office: string; wide: readonly KbTitle[]; known: readonly KbTitle[] } {
  const office = withoutTrailingRank(t.text);
  const wide = owner !== null ? kb.titleIndex.lookup(text.slice(owner.start, t.start) + office) : withWordBefore(text, t.start, office, kb);
  return { office, wide, known: wide.length > 0 ? wide : kb.titleIndex.lookup(office) };
}

/** The name an owner mention gives a title's `of`: its cluster's name (a person's owns no title: "Zelenskyy's chief of staff"). */
/**
 * Owners for the roles that name none: a common noun's possessive before the title is the
 * body the article means by it ("Harold Daggett, the union's president": the union the
 * description pass found, the International Longshoremen's Association); else the one
 * owner the same person's role of the same title has in the document ("ILA President
 * Harold Daggett … Harold Daggett, the union's president" is one office, not two).
 */
function ownerlessRoles(text: string, roles: Annotation<RoleValue>[], described: readonly Annotation<MentionValue>[], mentions: readonly Annotation<MentionValue>[]): void {
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    if (r.value.of !== null) continue;
    const possessive = /(['’]s)\s+$/.exec(text.slice(Math.max(0, r.start - 8), r.start));
    const at = possessive === null ? -1 : r.start - possessive[0].length;
    // (or the bare noun right before the title: "Union president Carla Reyes", the union the article named)
    const body = at < 0 ? described.find((m) => m.value.type === 'organization' && m.end < r.start && r.start - m.end <= 2 && /^\s+$/.test(text.slice(m.end, r.start))) : described.find((m) => m.end === at && (m.value.type === 'organization' || m.value.type === 'place'));
    if (body !== undefined) {
      roles[k] = annotate('role', text, r.start, r.end, { ...r.value, of: body.value.name }, 'link/title-possessive');
      continue;
    }
    const title = titleName(r.value.title);
    const owned = roles.filter((o) => o.value.key === r.value.key && o.value.of !== null && titleName(o.value.title) === title);
    const owners = new Set(owned.map((o) => o.value.of));
    if (owners.size !== 1) {
      // "Northwind Logistics rejected the offer. Its chief executive, Jane Doe, said …": the body "its" refers to
      const its = ITS_BEFORE.exec(text.slice(Math.max(0, r.start - 6), r.start));
      const body = its === null ? undefined : itsAntecedent(text, r.start - its[0].length, mentions);
      if (body !== undefined) roles[k] = annotate('role', text, r.start, r.end, { ...r.value, of: body.value.name }, 'link/title-its');
      continue;
    }
    const o = owned[0]!.value;
    roles[k] = annotate('role', text, r.start, r.end, { ...r.value, title: o.title, of: o.of, from: r.value.from ?? o.from, to: r.value.to ?? o.to }, 'link/title-same');
  }
}

/** "Its" right before a title ("Its chief executive, …"). */
const ITS_BEFORE = /(?<![\p{L}])[Ii]ts\s+$/u;

/**
 * The body "its" at `at` refers to: the last organization or country mentioned before it
 * in its sentence, else the one opening the sentence before, its subject ("Northwind rejected
 * the Teamsters' offer. Its chief executive …" is Northwind's), else the last of that sentence
 * ("… to lead the other institution, the IMF. Its president, …"); no people ("Americans") and
 * no news outlet ("…, Reuters reported. Its …" is not the agency's).
 */
function itsAntecedent(text: string, at: number, mentions: readonly Annotation<MentionValue>[]): Annotation<MentionValue> | undefined {
  const sentenceStart = (from: number): number => {
    let i = from;
    while (i > 0 && !(/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i] ?? ' ') && !abbreviationDot(text, i - 1))) i--;
    return i;
  };
  const own = sentenceStart(at);
  const before = own > 0 ? sentenceStart(own - 1) : own;
  const fits = (m: Annotation<MentionValue>): boolean => !m.value.key.startsWith('outlet:') && m.value.via !== 'pronoun'
    && (m.value.type === 'organization' || (m.value.type === 'place' && standsForGovernment(m.value)));
  const here = mentions.filter((m) => m.start >= own && m.end <= at && fits(m));
  if (here.length > 0) return here[here.length - 1];
  // the sentence before: its subject when a body opens it ("The Teamsters' offer …" aside), else the body named last
  const prior = mentions.filter((m) => m.start >= before && m.end <= own && fits(m));
  const subject = prior[0] !== undefined && /^\s*(?:[Tt]he\s+)?$/.test(text.slice(before, prior[0].start)) ? prior[0] : undefined;
  return subject ?? prior[prior.length - 1];
}

function ownerName(owner: Annotation<MentionValue> | null): string | null {
  return owner === null || owner.value.type === 'group' || owner.value.type === 'person' ? null : owner.value.name;
}

/** Roles from the tagger's title annotations, dated from the KB when the person holds that title there. */
function titleRoles(text: string, titles: readonly Annotation<TitleValue>[], mentions: readonly Annotation<MentionValue>[], index: SpanIndex<Annotation<MentionValue>>, kb: KnowledgeBase, day: string | null, past: ReadonlySet<number> = NO_STARTS): Annotation<RoleValue>[] {
  const out: Annotation<RoleValue>[] = [];
  for (const t of titles) {
    // a past word alone is no office ("former Obama administration officials", "Former Clinton Senior Adviser …")
    if (ONLY_PAST.test(t.text)) continue;
    const m = firstMentionAt(mentions, index, t.value.personStart);
    if (!m) continue;
    // the body or country named right before the title is part of how the title is named
    // ("Kremlin spokesman", "CIA Director", "Mossad director") and, failing a KB title, its owner
    // ("ILA President Harold Daggett", "U.S. Assistant Secretary of State for African Affairs")
    const owner = ownerBefore(text, t.start, index);
    const { office, wide, known } = titlesNamed(text, t, kb, owner);
    const entity = m.value.kb ? kb.byKey(m.value.kb) : undefined;
    // the person's own KB roles of that title: for the country the title names when it names one, else
    // any ("Foreign Minister" is listed under one country's role, and Hakan Fidan holds it for Turkey)
    const knownNames = entity === undefined ? [] : known.map((k) => titleName(k.title));
    // else the person's offices the written title opens ("special envoy" of a KB person is their
    // "Special Envoy for Ukraine", not another envoy's office the KB spells "special envoy")
    const own = entity?.roles.filter((r) => knownNames.includes(titleName(r.title))) ?? [];
    const opened = own.length > 0 || entity === undefined ? [] : openedOffices(entity, office, kb, owner === null ? null : owner.value.name);
    const sameTitle = own.length > 0 ? own : opened.length > 0 || entity === undefined ? opened : modifiedOffices(entity, text, t);
    const exact = sameTitle.filter((r) => known.some((k) => !k.of || k.of === r.of));
    const matching = exact.length > 0 ? exact : sameTitle;
    // the term that contains the article's date when the person held the title several times; for
    // a past title ("former Prime Minister"), the last term that ended before that day
    const former = past.has(t.start) || pastTitle(text, t);
    const held = former
      ? (day ? lastEndedBefore(matching, day) : matching.length === 1 ? matching[0] : undefined)
      : (day ? matching.find((r) => spanContains(r.from, r.to, day)) : undefined) ?? (matching.length === 1 ? matching[0] : undefined);
    // a KB person's title that none of their offices matches keeps its words: another holder's
    // canonical title would give them an office they never held
    // else the country the title names, by the knowledge base's name when it has one ("Türkiye" is its "Turkey")
    const named = held ? null : countryOfTitle(text, t.start, t.text, kb, known);
    const namedOf = named === null ? null : kb.findByAlias(named).find((e) => e.type === 'place')?.name ?? named;
    // a KB title only one other country has is not this one's ("Congolese army spokesman" is no IDF
    // Spokesperson); one several countries have is generic ("Defence Minister": Minister of Defense)
    const knownHere = namedOf === null ? known : known.filter((k) => !k.of || k.of === namedOf || new Set(kb.titleIndex.lookup(k.title).map((x) => x.of)).size > 1);
    const title = held?.title ?? (entity === undefined ? knownHere[0]?.title : undefined) ?? sentenceOpening(text, t.start, office.replace(/^(?:the|former|then-)\s+/i, ''), index);
    // a KB title named with its owner ("White House press secretary") is that title's country's
    const wideOf = !held && wide.length === 1 ? wide[0]!.of : null;
    let of = held?.of ?? namedOf ?? wideOf ?? ownerName(owner);
    let written = title;
    // "Azerbaijan's foreign ministry spokesman Aykhan Hajizada": the owner before the words that modify the title
    const over = of === null && owner === null && !held ? ownerOverModifiers(text, t.start, index) : null;
    if (over !== null) { of = over.owner; written = over.words === '' ? title : `${over.words} ${title}`; }
    // "Jordan's Foreign Ministry spokesman": a body the knowledge base does not know, owned by a
    // country's possessive, is part of the title, and the country owns it (not a bare "Foreign Ministry")
    if (!held && namedOf === null && wideOf === null && owner !== null && owner.value.type === 'organization' && owner.value.kb === null && /^\p{Ll}/u.test(title) && /['’]s\s$/u.test(text.slice(Math.max(0, owner.start - 3), owner.start))) {
      const country = ownerBefore(text, owner.start, index);
      if (country !== null && country.value.type === 'place') { of = ownerName(country); written = `${text.slice(owner.start, owner.end)} ${title}`; }
    }
    // "Qatar's Ministry of Foreign Affairs spokesman": the tagger's title starts after "of"; the ministry is
    // part of the title and the country before it owns it
    if (of === null && !held && t.text.includes(title)) {
      const body = MINISTRY_OF_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
      const country = body === null ? undefined : countryNamed(body[1]!);
      if (country !== undefined) { of = kb.findByAlias(country.name).find((e) => e.type === 'place')?.name ?? country.name; written = `${body![2]} ${written}`; }
    }
    // "President Ilham Aliyev of Azerbaijan": a country after the name owns the title before it
    if (of === null && !held) of = countryAfterName(text, m, index);
    // "A DRC government spokesman, Patrick Muyaya,": a country's name opening lower-case title words owns them
    if (of === null && !held) {
      const opening = /^(\p{Lu}[\p{L}.]*)\s+(?=\p{Ll})/u.exec(written);
      const country = opening === null ? undefined : countryNamed(opening[1]!);
      if (country !== undefined) {
        of = kb.findByAlias(country.name).find((e) => e.type === 'place')?.name ?? country.name;
        written = written.slice(opening![0].length);
      }
    }
    const value: RoleValue = { key: m.value.key, title: written, of, from: held?.from ?? null, to: held?.to ?? null };
    out.push(annotate('role', text, t.start, t.end, former ? { ...value, former: true } : value, held ? 'link/title-kb' : 'link/title'));
  }
  return out;
}

/** "then-" joined to a title's first word right before a title or a name ("Then-Secretary of ", "then-Vice "): the word, and what follows it. */
const THEN_BEFORE = /(?<![\p{L}])[Tt]hen-(\p{Lu}\p{L}*)(\s+(?:of|for)\s+|\s+)$/u;

/**
 * The titles with those written after "then-" made whole ("Then-Secretary of State John
 * Kerry": the tagger's title is "State", as "Then-Secretary" is one token; "then-Vice
 * President": "President"), and one made of a title word alone after "then-" right before a
 * person the tagger gave none ("then-President Barack Obama"). "then-" right before the title
 * then marks it past (`pastTitle`).
 */
function thenTitles(text: string, titles: readonly Annotation<TitleValue>[], ner: readonly Annotation<NerValue>[]): Annotation<TitleValue>[] {
  if (!/[Tt]hen-/.test(text)) return [...titles];
  const out = [...titles];
  for (const p of ner) {
    if (p.value.type !== 'person') continue;
    const t = out.findIndex((x) => x.value.personStart === p.start);
    const at = t >= 0 ? out[t]!.start : p.start;
    const m = THEN_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (m === null) continue;
    const start = at - m[1]!.length - m[2]!.length;
    // a place joined to "then-" owns the title and is no part of it ("then-Arkansas Gov.": `FORMERLY` marks it past)
    if (!TITLE_WORDS.has(m[1]!.toLowerCase())) continue;
    if (t >= 0) out[t] = annotate('title', text, start, out[t]!.end, out[t]!.value, 'link/then-title');
    else if (m[2]!.trim() === '') out.push(annotate('title', text, start, start + m[1]!.length, { person: p.text, personStart: p.start, personEnd: p.end }, 'link/then-title'));
  }
  return out.sort((x, y) => x.start - y.start);
}

const NO_STARTS: ReadonlySet<number> = new Set();
/** A title that is a past word and nothing else. */
const ONLY_PAST = /^\s*(?:former|one-?time|ex-?|then-?)\s*$/i;

/** "former", "ex-", "then-" (or "onetime") opening a title or right before it, its place or owner between ("former Florida Gov.", "Israel's former prime minister", "a former State Department negotiator"). */
const PAST_TITLE = /^(?:[Ff]ormer|[Oo]ne-?time|[Ee]x-|[Tt]hen-)/;

/** Whether the title `t` is given as an office held before ("Former President", "…, a former negotiator,"). */
function pastTitle(text: string, t: Annotation<TitleValue>): boolean {
  return PAST_TITLE.test(t.text) || FORMERLY.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** Of `terms`, the one that ended last before `day` (a past title's term); none when every term is open or later. */
function lastEndedBefore(terms: readonly KbRole[], day: string): KbRole | undefined {
  let best: KbRole | undefined;
  let bestEnd = '';
  for (const r of terms) {
    const end = r.to === null ? undefined : parseKbDate(r.to)?.last;
    if (end !== undefined && end < day && end > bestEnd) { best = r; bestEnd = end; }
  }
  return best;
}

/**
 * A title in its own words that opens a sentence is written as it would be inside one: its
 * capital is the sentence's ("Federal mediator Linda Puchala" is a federal mediator), unless
 * the other words are capitalized too ("Union President"), or the first word names a country,
 * a demonym or something the article names ("Hamas spokesman").
 */
function sentenceOpening(text: string, start: number, title: string, index: SpanIndex<Annotation<MentionValue>>): string {
  const m = /^(\p{Lu})(\p{Ll}+)((?:\s+\p{Ll}[\p{Ll}-]*)+)$/u.exec(title);
  if (m === null || !/(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))) return title;
  const word = m[1]! + m[2]!;
  if (countryForms(word).length > 0 || index.someOverlapping(start, start + word.length)) return title;
  return m[1]!.toLowerCase() + m[2]! + m[3]!;
}

/** Up to three capitalized words opening a title (`White House`, `U.S.`, `Kremlin`): maybe its owner. */
const OWNER_WORDS = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?=\p{Ll})/u;

/**
 * A KB person's offices the written title opens ("special envoy" of Keith Kellogg is his
 * "Special Envoy for Ukraine"), also past a body or country of that office written first
 * ("White House special envoy" of Steve Witkoff is his US "Special Envoy to the Middle East":
 * the White House is a state organ of the United States).
 */
function openedOffices(entity: KbEntity, office: string, kb: KnowledgeBase, ownerBefore: string | null): KbRole[] {
  const bare = office.replace(/^(?:the|former|then-)\s+/i, '');
  // (or is the whole title: "U.S. special envoy for Ukraine" is his "Special Envoy for Ukraine" as much as the
  // "Special Envoy for Ukraine and Russia" it opens; the term held on the day then decides)
  const opens = (words: string, r: KbRole): boolean => {
    const name = titleName(r.title);
    const written = titleName(words);
    return name === written || name.startsWith(`${written} `);
  };
  const plain = entity.roles.filter((r) => opens(bare, r));
  if (plain.length > 0) return plain;
  // the owner's words open the title, or its mention stands right before it ("U.S. envoy")
  const m = OWNER_WORDS.exec(bare);
  const owner = m !== null ? m[1]!.trim() : ownerBefore;
  if (owner === null) {
    const aliased = ownedAlias(entity, bare);
    return aliased.length > 0 ? aliased : officesOfWords(entity, bare, kb);
  }
  const owners = new Set<string>();
  for (const e of kb.findByAlias(owner)) {
    if (e.type === 'place') owners.add(e.name);
    else if (e.type === 'organization') {
      owners.add(e.name);
      if (e.stateBody === true && e.country !== undefined) owners.add(e.country);
    }
  }
  const rest = m !== null ? bare.slice(m[1]!.length) : bare;
  if (owners.size === 0) return plain;
  const owned = entity.roles.filter((r) => owners.has(r.of) && opens(rest, r));
  if (owned.length > 0) return owned;
  // every written word in the office ("U.S. envoy" of Tom Perriello is his US "Special Envoy for Sudan")
  const words = titleName(rest).split(' ');
  return entity.roles.filter((r) => owners.has(r.of) && words.every((w) => titleName(r.title).split(' ').includes(w)));
}

/**
 * A KB person's offices whose title holds every written word but the one naming the office's
 * country, two at least ("senior U.S. adviser for Africa" of Massad Boulos is his US "Senior
 * Advisor for Africa"): the country written inside the title.
 */
function officesOfWords(entity: KbEntity, written: string, kb: KnowledgeBase): KbRole[] {
  const tokens = written.split(/\s+/).filter((w) => w.length > 0);
  if (tokens.length < 3 || tokens.length > 8) return [];
  return entity.roles.filter((r) => {
    const words = new Set(titleName(r.title).split(' '));
    let content = 0;
    let country = 0;
    const fits = tokens.every((w) => {
      const lower = titleName(w);
      if (OFFICE_FILLER.has(lower)) return true;
      if (words.has(lower)) { content++; return true; }
      const named = kb.findByAlias(w.replace(/['’]s$/, '')).some((e) => e.type === 'place' && e.name === r.of);
      if (named) country++;
      return named;
    });
    return fits && content >= 2 && country === 1;
  });
}

/**
 * A KB person's offices one of whose title aliases, its owner set aside, is the written title
 * with the lowercase words that modify it ("The foreign ministry spokesman Majed al-Ansari":
 * his Qatari "Ministry of Foreign Affairs Spokesperson", whose alias is "Qatar's foreign
 * ministry spokesman"). Up to three words back, to a determiner.
 */
function modifiedOffices(entity: KbEntity, text: string, t: Annotation<TitleValue>): KbRole[] {
  const m = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, t.start - 60), t.start));
  if (m === null) return [];
  const phrase = titleName(`${m[1]!}${t.text}`.replace(/\s+/g, ' '));
  const owner = /^(?:\S+['’]s|\p{Lu}[\p{L}.-]*)\s+(?=\p{Ll})/u;
  return entity.roles.filter((r) => (r.titleAliases ?? []).some((a) => owner.test(a) && titleName(a.replace(owner, '')) === phrase));
}

/**
 * A KB person's offices one of whose title aliases is the written title after someone's
 * possessive ("his chief of staff Andriy Yermak": his "Head of the Office of the President",
 * whose alias is "Zelenskyy's chief of staff").
 */
function ownedAlias(entity: KbEntity, bare: string): KbRole[] {
  const tail = `'s ${titleName(bare).replace(/’/g, "'")}`;
  return entity.roles.filter((r) => (r.titleAliases ?? []).some((a) => titleName(a).replace(/’/g, "'").endsWith(tail)));
}

/** A military rank or a prince's style at the end of a title run ("Army chief Gen.", "Foreign Minister Prince"; "Crown Prince" is a title). */
const TRAILING_RANK = /\s+(?:(?:Lt\.|Lieut\.|Maj\.|Brig\.|Lieutenant|Major|Brigadier|Rear|Vice)\s+)?(?:Gen\.|General|Col\.|Colonel|Capt\.|Captain|Adm\.|Admiral|Cmdr\.|Commander|Sgt\.|Sergeant|Field\s+Marshal|Prince|Princess)$/;

/** A title without the rank that ends it, when an office stands before the rank ("Army chief Gen." is "Army chief"); a rank alone stays. */
function withoutTrailingRank(title: string): string {
  const m = TRAILING_RANK.exec(title);
  if (m === null) return title;
  const rest = title.slice(0, m.index);
  // "Lt. Gen." is one rank: its "Lt." is no office
  return /^(?:Lt\.|Lieut\.|Maj\.|Brig\.|Lieutenant|Major|Brigadier|Rear|Vice|Retired|retired|Crown|crown)$/.test(rest.trim()) ? title : rest;
}

const descriptionPatterns = new Map<string, RegExp>();
const descriptionLiterals = new Map<string, string | null>();

/**
 * What every match of {@link descriptionPattern} holds once lower-cased (`the islamist
 * movement`), for an ASCII description; null otherwise. The pattern's `i` flag without
 * `u` matches an ASCII letter only to its two cases, so the lower-cased text holds the
 * lower-cased literal wherever the pattern matches: a cheap test before the pattern.
 */
function descriptionLiteral(d: string): string | null {
  let literal = descriptionLiterals.get(d);
  if (literal === undefined) {
    const bare = d.replace(/^the\s+/i, '');
    literal = /^[\x00-\x7f]*$/.test(bare) ? `the ${bare.toLowerCase()}` : null;
    descriptionLiterals.set(d, literal);
  }
  return literal;
}

/** How many characters after `the ` {@link headsAfterThe} keeps. */
const HEAD = 3;
/** Bits of the table of {@link headsAfterThe} (a power of two). */
const HEAD_BITS = 1 << 14;

/** The slot of the {@link HEAD} characters of `s` from `at` in the table of heads. */
function headSlot(s: string, at: number): number {
  const h = Math.imul(Math.imul(s.charCodeAt(at), 31) + s.charCodeAt(at + 1), 31) + s.charCodeAt(at + 2);
  return (h ^ (h >>> 13)) & (HEAD_BITS - 1);
}

/**
 * The slots of the first {@link HEAD} characters after every `the ` of a lower-cased text (a
 * bit each), and where each such `the ` stands with its slot: a description literal (`the
 * islamist movement`) can be in the text only if the slot of its own head (`isl`) is set,
 * and then only at one of the places with that slot (a slot may be another head's). One
 * pass per document and no string per `the `, instead of a search of the text per description.
 */
export interface Heads {
  readonly bits: Uint8Array;
  /** Offsets of the `the `s with {@link HEAD} characters after them, in text order. */
  readonly at: number[];
  /** The slot of each of {@link at}. */
  readonly slots: number[];
}

/** The {@link Heads} of a lower-cased text (exported for its test). */
export function headsAfterThe(lower: string): Heads {
  const bits = new Uint8Array(HEAD_BITS >> 3);
  const at: number[] = [];
  const slots: number[] = [];
  for (let i = lower.indexOf('the '); i >= 0; i = lower.indexOf('the ', i + 1)) {
    // fewer than HEAD characters left: no literal long enough to be looked up by head fits there
    if (i + 4 + HEAD > lower.length) continue;
    const slot = headSlot(lower, i + 4);
    bits[slot >> 3]! |= 1 << (slot & 7);
    at.push(i);
    slots.push(slot);
  }
  return { bits, at, slots };
}

/**
 * Whether `lower` holds `literal` (`the ` and at least {@link HEAD} more characters), as
 * `lower.includes(literal)`: every place it could stand is a `the ` of {@link headsAfterThe}
 * with the slot of its head (exported for its test).
 */
export function holdsLiteral(heads: Heads, lower: string, literal: string): boolean {
  const slot = headSlot(literal, 4);
  if ((heads.bits[slot >> 3]! & (1 << (slot & 7))) === 0) return false;
  for (let k = 0; k < heads.at.length; k++) if (heads.slots[k] === slot && lower.startsWith(literal, heads.at[k]!)) return true;
  return false;
}

/** `the <description>` as a pattern, compiled once per description. */
function descriptionPattern(d: string): RegExp {
  let re = descriptionPatterns.get(d);
  if (!re) {
    re = new RegExp(`\\bthe ${d.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    descriptionPatterns.set(d, re);
  }
  re.lastIndex = 0;
  return re;
}

const stickyPatterns = new Map<string, RegExp>();

/** {@link descriptionPattern} tried at one place. */
function descriptionPatternAt(d: string): RegExp {
  let re = stickyPatterns.get(d);
  if (!re) {
    re = new RegExp(descriptionPattern(d).source, 'iy');
    stickyPatterns.set(d, re);
  }
  return re;
}

/**
 * The start and end of each match of {@link descriptionPattern} in `text`, one after the
 * other, left to right (the matches of `text.matchAll`). With the description's literal and a lower-cased text whose offsets are
 * the text's (`aligned`), the pattern is tried only where the lower-cased text holds the
 * literal, as every match does (see {@link descriptionLiteral}), instead of at every
 * character: a common description ("the group") is in most articles.
 */
function descriptionMatches(text: string, d: string, literal: string | null, lower: string | null, aligned: boolean): number[] {
  const out: number[] = [];
  if (literal === null || lower === null || !aligned) {
    for (const m of text.matchAll(descriptionPattern(d))) out.push(m.index, m.index + m[0].length);
    return out;
  }
  const re = descriptionPatternAt(d);
  for (let i = lower.indexOf(literal); i >= 0; ) {
    re.lastIndex = i;
    const m = re.exec(text);
    i = lower.indexOf(literal, m === null ? i + 1 : i + m[0].length);
    if (m !== null) out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** What a title description has right before it (in the five characters before it). */
const THE_BEFORE = /\bthe\s+$/i;

/**
 * Whether a title of the index starts somewhere {@link THE_BEFORE} holds: right after a
 * `the` and one or two white-space characters (so that the five characters before it end
 * with them). A title description can be nowhere else, so without one the text need not
 * be searched for titles. `lower` is `text` lower-cased; when that moved offsets, true.
 */
function titleAfterThe(text: string, lower: string, kb: KnowledgeBase): boolean {
  if (lower.length !== text.length) return true;
  return kb.titleIndex.startsAt(text, startsAfterThe(text, lower));
}

/**
 * The offsets `at` of `text` where {@link THE_BEFORE} holds on the five characters before
 * `at`, in text order, for `lower`, `text` lower-cased with every offset kept: what testing
 * the pattern after each `the` of `lower` finds (exported for its test).
 */
export function startsAfterThe(text: string, lower: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  // THE_BEFORE on the five characters before `at`, read from the characters themselves: the
  // `the` at i (lower-casing kept offsets, and only ASCII letters match the pattern's `the`),
  // then white space up to `at`; for at = i + 4 the character before the `the` must not be a
  // word character (the window starts there), for at = i + 5 the window starts at the `the`
  for (let i = lower.indexOf('the'); i >= 0; i = lower.indexOf('the', i + 1)) {
    if (i + 4 < n && isSpace(text.charCodeAt(i + 3)) && (i === 0 || !isAsciiWord(text.charCodeAt(i - 1)))) starts.push(i + 4);
    if (i + 5 < n && isSpace(text.charCodeAt(i + 3)) && isSpace(text.charCodeAt(i + 4))) starts.push(i + 5);
  }
  return starts;
}

/** Whether the code unit `c` is white space, as `\s` of a regular expression. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Whether the code unit `c` is a word character of `\b` without the `u` flag (ASCII letters, digits, `_`). */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether a found title names its country or body in its own words, capitalized (`Qatar's
 * prime minister`, `Qatari premier`, `U.N. secretary-general`): every title it can name is
 * of one `of`, and it opens with a capital (`President` alone names many countries' titles).
 */
function ownedTitle(t: KbTitleMention): boolean {
  if (!/^\p{Lu}/u.test(t.text) || !/\s/.test(t.text)) return false;
  const of = t.titles[0]?.of;
  return of !== undefined && t.titles.every((x) => x.of === of);
}

/**
 * Verbs after which, or before which, a title is the one who speaks or acts (`Qatar's prime
 * minister said`, `Israel's prime minister has said`, `Egypt's intelligence chief met`), and
 * verbs before a title that make it the one met or acting (`met Qatar's emir`, `spoke by phone
 * with Egypt's president`, `led by the Mossad chief`; not a bare preposition: `talks with
 * Qatar's prime minister` describe).
 */
const ACTS_AFTER = /^\s+(?:(?:has|had|have|will|would|also|again|later|then)\s+)?(?:said|says|told|tells|added|adds|warned|urged|stressed|wrote|announced|insisted|cautioned|called|welcomed|condemned|noted|met|meets|spoke|speaks|visited|visits|arrived|arrives|travell?ed|flew|hosted|hosts|received|receives|held|holds|led|leads|signed|signs|discussed|phoned|rejected|accepted|proposed|ordered|vowed|pledged)\b/;
const ACTS_BEFORE = /(?:\b(?:said|says|added|according to|wrote|warned|met|meets|meeting|called|phoned|visited|received|hosted|led by|(?:spoke|met|talked|conferred)(?:\s+by\s+(?:tele)?phone)?\s+with)\s+(?:the\s+)?)$/;
/** Words before a title that make it someone else than the holder on the day. */
const NOT_THE_HOLDER = /(?:\b(?:his|her|their|its|our|my|your|former|next|future|late|the\s+then|would-be|incoming|outgoing|previous|new)\s+|\b(?:ex|then)-)$/i;

/**
 * Whether the title `t` speaks or acts in its sentence (`Qatar's prime minister said`, `…, said
 * the U.N. secretary-general`, `Egypt's intelligence chief met`, `phoned Egypt's president`),
 * not owned by someone (`his U.S. special envoy`) nor another holder (`Israel's next prime
 * minister`; "new" only when `isNew`, the caller having checked the holder is new in office): only then does it name a holder the article does not name (a title in a generic
 * statement, `Qatar's prime minister traditionally serves as …`, is no person it names).
 */
function actsAsTitle(text: string, t: KbTitleMention, isNew = false): boolean {
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  // ("the new Sudanese prime minister": "new" is checked against the holder's term by the caller)
  if (NOT_THE_HOLDER.test(isNew ? before.replace(/\bnew\s+$/, '') : before)) return false;
  return ACTS_AFTER.test(text.slice(t.end, t.end + 30)) || ACTS_BEFORE.test(before);
}

/** A country's possessive and "new" before a title ("Sudan's new prime minister"), or "the new" and a demonym ("the new Sudanese prime minister"). */
const NEW_OWNER = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?:'s|’s)\s+new\s+$/u;
const NEW_DEMONYM = /\b[Tt]he\s+new\s+(\p{Lu}[\p{L}-]*)\s+$/u;

/**
 * The title `t` (a lower-case, ownerless one: "prime minister") read with the country written
 * before it and "new" ("Sudan's new prime minister", "the new Sudanese prime minister"), when
 * the KB knows the owned title ("Sudan's prime minister"), spanning from the owner; else null.
 */
function newlyHeldTitle(text: string, t: KbTitleMention, kb: KnowledgeBase): KbTitleMention | null {
  if (!/^\p{Ll}/u.test(t.text) || t.start < 6) return null;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (!before.endsWith(' ') || !/\bnew\s+$/.test(before)) return null;
  const possessive = NEW_OWNER.exec(before);
  const demonym = possessive === null ? NEW_DEMONYM.exec(before) : null;
  const owner = possessive ?? demonym;
  if (owner === null) return null;
  const titles = kb.titleIndex.lookup(possessive !== null ? `${owner[1]}'s ${t.text}` : `${owner[1]} ${t.text}`);
  if (titles.length === 0 || !titles.every((x) => x.of === titles[0]!.of)) return null;
  const start = t.start - before.length + owner.index + (possessive !== null ? 0 : owner[0].indexOf(owner[1]!));
  return { start, end: t.end, text: text.slice(start, t.end), titles };
}

/** How long after taking office a holder is still "new" (about a year). */
const NEW_IN_OFFICE_DAYS = 400;

/**
 * Whether `holder` took one of the titles of `t` at most {@link NEW_IN_OFFICE_DAYS} days before
 * `day` and holds it on `day`: "new" is said of a holder in their first months, and of no one
 * else (an incoming successor not yet in office is no holder of the KB on the day).
 */
function newInOffice(holder: KbEntity | undefined, t: KbTitleMention, day: string): boolean {
  if (holder === undefined) return false;
  const dayMs = Date.parse(`${day}T00:00:00Z`);
  return holder.roles.some((r) => {
    if (r.from === null || !t.titles.some((x) => x.title === r.title && x.of === r.of) || !spanContains(r.from, r.to, day)) return false;
    const start = Date.parse(`${r.from.length === 4 ? `${r.from}-01-01` : r.from.length === 7 ? `${r.from}-01` : r.from}T00:00:00Z`);
    return dayMs - start <= NEW_IN_OFFICE_DAYS * 86_400_000;
  });
}

/**
 * Whether the title `t` opens with a demonym several countries share ("Congolese president")
 * and the article names one of those countries that is not the title's ("Congo Republic"): the
 * title may then be that country's, and names no holder the article does not name.
 */
function otherDemonymCountry(t: KbTitleMention, clusters: readonly Cluster[]): boolean {
  const first = /^\p{L}+/u.exec(t.text)?.[0];
  if (first === undefined) return false;
  const forms = countryForms(first).filter((f) => f.kind === 'demonym');
  if (forms.length < 2) return false;
  const of = t.titles[0]?.of;
  const others = new Set(forms.map((f) => fold(f.country.name)));
  return clusters.some((c) => c.type === 'place' && c.kb !== null && c.kb.name !== of && (others.has(fold(c.kb.name)) || c.kb.aliases.some((a) => others.has(fold(a)))));
}

/**
 * The title `t` restricted to the country its opening country word names ("Congo's foreign
 * minister" where that "Congo" is the Republic of the Congo: the Republic's titles only, and
 * null when the KB has none of it); `t` as it is when no KB country mention opens it.
 */
function ofCountryNamed(t: KbTitleMention, index: SpanIndex<Annotation<MentionValue>>): KbTitleMention | null {
  const m = index.startingIn(t.start, t.start).find((x) => x.value.type === 'place' && x.value.kb !== null);
  if (m === undefined || t.titles.some((x) => x.of === m.value.name)) return m === undefined || t.titles.every((x) => x.of === m.value.name) ? t : { ...t, titles: t.titles.filter((x) => x.of === m.value.name) };
  // (a title of a body, "the M23 leader", is not a country's: only a country's titles give way)
  return t.titles.some((x) => countryNamed(x.of) !== undefined) ? null : t;
}

/** "the top US diplomat", "the Islamist movement": nominal mentions that resolve to one cluster. */
function descriptionMentions(text: string, kb: KnowledgeBase, clusters: readonly Cluster[], day: string | null, existingIndex: SpanIndex<Annotation<MentionValue>>, exactDay: string | null = null, roles: Annotation<RoleValue>[] = []): Annotation<MentionValue>[] {
  const out: Annotation<MentionValue>[] = [];
  // a place inside a description ("US" in "the top US diplomat") is a mention of its own
  // (in a title that names its owner, the owner's body is a mention of its own too: `U.N.` in `U.N. secretary-general`)
  // (and the person who owns it, by a possessive: `Zelenskyy` in `Zelenskyy's chief of staff`)
  const owner = (s: number, m: Annotation<MentionValue>): boolean => m.start === s && (text.startsWith("'s", m.end) || text.startsWith('’s', m.end));
  const taken = (s: number, e: number, owned = false): boolean => existingIndex.someOverlapping(s, e, (m) => !((owned ? m.value.type !== 'person' || owner(s, m) : m.value.type === 'place') && s <= m.start && m.end <= e));
  const inDoc = new Map(clusters.filter((c) => c.kb).map((c) => [c.kb!.key, c]));
  // a title description resolves only to a cluster whose KB entry held a title (its own
  // roles, or the holder on the day): with none in the document, no need to find titles
  // ... or, on a known day, a title that names its country (`Qatar's prime minister`): its holder that day
  const titled = [...inDoc.values()].some((c) => c.kb!.roles.length > 0);
  let lower: string | null = null;
  if (titled || exactDay !== null) lower = lowerOf(text);
  for (const found of (titled && titleAfterThe(text, lower!, kb)) || exactDay !== null ? kb.titleIndex.findIn(text) : []) {
    // "Sudan's new prime minister": the title of that country, of a holder new in office on the day
    const renewed = newlyHeldTitle(text, found, kb) ?? (/^\p{Lu}/u.test(found.text) && /\b[Tt]he\s+new\s+$/.test(text.slice(Math.max(0, found.start - 8), found.start)) ? found : null);
    const t = ofCountryNamed(renewed ?? found, existingIndex);
    if (t === null) continue;
    const owned = ownedTitle(t);
    if (!(owned || (titled && THE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)))) || taken(t.start, t.end, owned)) continue;
    if (/^\s+[\p{Lu}]/u.test(text.slice(t.end, t.end + 2))) continue; // a title before a name, not a description
    // "the former Secretary of State", "the former Israeli prime minister": an office held before
    // is the one of the article's people whose term of it ended before the day, never the
    // holder on the day, and no office held (`formerOfficeMentions` reads the article's own past titles)
    const past = PAST_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start));
    // "the Republican nominee for Senate", "… for governor": another office than the KB's title
    if (NARROWED_OFFICE.test(text.slice(t.end, t.end + 40))) continue;
    // the article's people who ever held the title; of them, those who held it on the day when any
    // did ("the secretary of state" in 2024 is Antony Blinken, not William Burns, acting for a day in 2009)
    const holders = new Set<string>();
    const holdersOnDay = new Set<string>();
    for (const title of t.titles) {
      for (const c of inDoc.values()) {
        for (const r of c.kb!.roles) {
          if (r.title !== title.title || r.of !== title.of) continue;
          if (past && !endedBefore(r, day)) continue;
          holders.add(c.kb!.key);
          if (day && spanContains(r.from, r.to, day)) holdersOnDay.add(c.kb!.key);
        }
      }
    }
    if (holdersOnDay.size > 0 && !past) { holders.clear(); for (const k of holdersOnDay) holders.add(k); }
    if (holders.size === 0 && day && !past) for (const title of t.titles) for (const h of kb.holdersOf(title.title, title.of, day)) holders.add(h.entity.key);
    if (holders.size !== 1) continue;
    const key = [...holders][0]!;
    // "Bernie Moreno, the Republican nominee, …": a title set off after another person's name is theirs
    const apposed = APPOSED_BEFORE.exec(text.slice(Math.max(0, t.start - 8), t.start));
    const before = apposed === null ? undefined : existingIndex.overlapping(t.start - apposed[0].length - 1, t.start - apposed[0].length).find((x) => x.end === t.start - apposed[0].length && x.value.type === 'person');
    if (before !== undefined && before.value.kb !== key && APPOSITION_GOES_ON.test(text.slice(t.end, t.end + 8))) continue;
    if (renewed !== null && !(day !== null && newInOffice(kb.byKey(key), t, day))) continue;
    const c = inDoc.get(key);
    // the mention is the title without a possessive the KB lookup reads past ("the RSF leader's adviser")
    const end = t.start + withoutPossessive(text.slice(t.start, t.end)).length;
    // the title is evidence of the holder's office too ("The EU trade commissioner said"): the term held on the day
    const held = (kb.byKey(key)?.roles ?? []).filter((r) => t.titles.some((x) => x.title === r.title && x.of === r.of));
    const term = (day ? held.find((r) => spanContains(r.from, r.to, day)) : undefined) ?? (held.length === 1 ? held[0] : undefined);
    const office = (k: string): void => {
      if (term !== undefined && !past && !roles.some((r) => r.value.key === k && r.start < end && t.start < r.end)) roles.push(annotate('role', text, t.start, end, { key: k, title: term.title, of: term.of, from: term.from, to: term.to }, 'link/title-description'));
    };
    if (!c) {
      // someone the article does not name: only for a title naming its country, on a known day
      const e = owned && exactDay !== null && day === exactDay && actsAsTitle(text, t, renewed !== null) && !otherDemonymCountry(t, clusters) ? kb.byKey(key) : undefined;
      if (e !== undefined && e.type === 'person') {
        out.push(annotate('mention', text, t.start, end, { type: 'person', key: kbKeyOf(e), name: e.name, kb: key, wikidata: e.id ?? null, via: 'title' }, 'link/title-description'));
        office(kbKeyOf(e));
      }
      continue;
    }
    out.push(annotate('mention', text, t.start, end, { type: c.type, key: c.key, name: c.name, kb: key, wikidata: c.kb?.id ?? null, via: 'title' }, 'link/title-description'));
    if (c.type === 'person') office(c.key);
  }
  let heads: Heads | null = null;
  for (const c of inDoc.values()) {
    for (const d of c.kb!.descriptions ?? []) {
      const literal = descriptionLiteral(d);
      if (literal !== null) {
        lower ??= lowerOf(text);
        heads ??= headsAfterThe(lower);
        if (!(literal.length >= 4 + HEAD ? holdsLiteral(heads, lower, literal) : lower.includes(literal))) continue;
      }
      // lower-casing keeps every offset unless it lengthens a character (`İ`): then the pattern scans
      const found = descriptionMatches(text, d, literal, lower, lower !== null && lower.length === text.length);
      for (let k = 0; k < found.length; k += 2) {
        const start = found[k]! + 4;
        const end = found[k + 1]!;
        if (taken(start, end) || out.some((o) => o.start < end && start < o.end)) continue;
        if (kb.findByDescription(d).length !== 1 && [...inDoc.values()].filter((x) => x.kb!.descriptions?.some((y) => fold(y) === fold(d))).length !== 1) continue;
        out.push(annotate('mention', text, start, end, { type: c.type, key: c.key, name: c.name, kb: c.kb!.key, wikidata: c.kb!.id, via: 'description' }, 'link/description'));
      }
    }
  }
  return out;
}

/** Whether the KB term `r` ended before `day` (ended at all when the day is not known). */
function endedBefore(r: KbRole, day: string | null): boolean {
  const end = r.to === null ? undefined : parseKbDate(r.to)?.last;
  return end !== undefined && (day === null || end < day);
}

/** A past word right before a title ("the former Israeli prime minister", "the ex-Qatari envoy"). */
const PAST_BEFORE = /(?<![\p{L}])(?:[Ff]ormer|[Oo]ne-?time)\s+$|(?<![\p{L}])(?:[Ee]x|[Tt]hen)-$/u;
/** What makes a title another office after it: "for" and a race or a place ("nominee for Senate", "nominee for governor of Ohio"). */
const NARROWED_OFFICE = /^\s+for\s+(?:the\s+)?(?:(?:U\.S\.\s+|state\s+|\p{Lu}\p{L}+\s+)?(?:governor|lieutenant|mayor|senator|senate|congress|house|assembly|legislature|attorney|comptroller|treasurer|district|county|city|council)\b|\d+(?:st|nd|rd|th)\b)/iu;
/** The comma (and article) between a name and a title set off after it. */
const APPOSED_BEFORE = /,\s+(?:the\s+)?$/;
/** What closes or goes on with a title set off after a name ("Ann Lee, the Republican nominee, …", "… nominee in Ohio"); not a possessive or a verb ("Mr. Obama, the prime minister looked ashen"). */
const APPOSITION_GOES_ON = /^(?:\s*[,;.)]|\s+(?:of|in|at|from|for|since|until)\b)/;

/**
 * "Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan": the
 * counterpart holds the office of the person before them in the sentence, for the country
 * the demonym names. The role is over the word `counterpart`.
 */
function counterpartRoles(text: string, roles: Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[], kb: KnowledgeBase, day: string | null): void {
  if (!text.includes(' counterpart')) return;
  const pattern = /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Lu}[\p{L}-]*)\s+(counterpart),?\s+/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index + m[0].length;
    const person = mentions.find((x) => x.start === at && x.value.type === 'person' && x.value.via !== 'pronoun');
    const country = countryOfDemonym(m[1]!) ?? countryNamed(m[1]!);
    if (person === undefined || country === undefined) continue;
    // the office of the person before, in the same sentence
    let before: Annotation<RoleValue> | undefined;
    for (const r of roles) if (r.end <= m.index && r.value.of !== null && r.value.former !== true && r.value.key !== person.value.key && !/[.!?]\s/.test(text.slice(r.end, m.index))) before = r;
    if (before === undefined || before.value.of === country.name) continue;
    // a country's own name for an office is no title in another country (`Secretary of State
    // Marco Rubio … his Russian counterpart Sergei Lavrov`): the counterpart holds the common one
    const title = COUNTERPART_OFFICES.get(titleName(before.value.title).toLowerCase()) ?? before.value.title;
    if (roles.some((r) => r.value.key === person.value.key && titleName(r.value.title) === titleName(title))) continue;
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    // a KB person's term of that office (held on the day); else their KB office in that country on the day
    const inCountry = person.value.kb === null ? [] : (kb.byKey(person.value.kb)?.roles ?? []).filter((r) => r.of === country.name || countryNamed(r.of)?.name === country.name);
    const terms = inCountry.filter((r) => titleName(r.title) === titleName(title));
    const held = day ? inCountry.filter((r) => spanContains(r.from, r.to, day)) : [];
    const term = (day ? terms.find((r) => spanContains(r.from, r.to, day)) : undefined) ?? (terms.length === 1 ? terms[0] : undefined) ?? (held.length === 1 ? held[0] : undefined);
    roles.push(annotate('role', text, start, start + m[2]!.length, { key: person.value.key, title: term?.title ?? title, of: term?.of ?? country.name, from: term?.from ?? null, to: term?.to ?? null }, 'link/counterpart'));
  }
}

/** A country's own names for an office, and the office their counterparts elsewhere hold. */
const COUNTERPART_OFFICES: ReadonlyMap<string, string> = new Map([
  ['secretary of state', 'Minister of Foreign Affairs'], ['foreign secretary', 'Minister of Foreign Affairs'],
  ['secretary of defense', 'Minister of Defence'], ['defense secretary', 'Minister of Defence'], ['defence secretary', 'Minister of Defence'],
  ['secretary of the treasury', 'Minister of Finance'], ['treasury secretary', 'Minister of Finance'], ['chancellor of the exchequer', 'Minister of Finance'],
  ['home secretary', 'Minister of the Interior'],
]);

/** Verbs of a relative clause that give the person an office in the body after them ("who heads the FMCS"), and that office. */
const HEADS_VERBS: ReadonlyMap<string, string> = new Map([['heads', 'head'], ['leads', 'leader'], ['chairs', 'chair'], ['runs', 'head']]);

/**
 * "Javier Ramirez, who heads the Federal Mediation and Conciliation Service,": the head of
 * that body, unless a title of theirs in the article already names it. Over the verb.
 */
function relativeClauseRoles(text: string, roles: Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[], index: SpanIndex<Annotation<MentionValue>>): void {
  if (!text.includes(', who ')) return;
  for (const m of mentions) {
    if (m.value.type !== 'person' || m.value.via === 'pronoun' || m.value.via === 'description') continue;
    const c = /^, who (?:now |currently )?(heads|leads|chairs|runs) (?:the )?/.exec(text.slice(m.end, m.end + 40));
    if (c === null) continue;
    const at = m.end + c[0].length;
    const body = index.startingIn(at, at).find((o) => o.value.type === 'organization') ?? bodyByHeadNoun(text, at, m.start, mentions);
    if (body === undefined || /^\s*\p{Lu}/u.test(text.slice(body.end, body.end + 2))) continue;
    if (roles.some((r) => r.value.key === m.value.key && r.value.of === body.value.name)) continue;
    const verb = m.end + c[0].indexOf(c[1]!);
    roles.push(annotate('role', text, verb, verb + c[1]!.length, { key: m.value.key, title: HEADS_VERBS.get(c[1]!)!, of: body.value.name, from: null, to: null }, 'link/relative-clause'));
  }
}

/**
 * The organization "the alliance" at `at` names, written before `before` with that noun right
 * after it or ending its name ("the AFC/M23 alliance", "the Lakeview Nurses Alliance"), when one
 * body of the article alone is so written; undefined otherwise.
 */
function bodyByHeadNoun(text: string, at: number, before: number, mentions: readonly Annotation<MentionValue>[]): Annotation<MentionValue> | undefined {
  const head = /^(\p{Ll}+)\b(?!['’])/u.exec(text.slice(at, at + 20))?.[1];
  if (head === undefined || !BODY_HEADS.has(head)) return undefined;
  const so = mentions.filter((o) => o.end <= before && o.value.type === 'organization' && o.value.via !== 'pronoun'
    && (o.value.name.toLowerCase().endsWith(` ${head}`) || new RegExp(`^\\s+${head}\\b`, 'i').test(text.slice(o.end, o.end + head.length + 2))));
  return new Set(so.map((o) => o.value.key)).size === 1 ? so[so.length - 1] : undefined;
}

/** "Ukraine's delegation, led by", "the Russian team, headed by": the words before a title whose country owns it. */
const DELEGATION_LED_BY = /(?:(?<![\p{L}.])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})['’]s|(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}-]*))\s+(?:negotiating\s+)?(?:delegation|team),?\s+(?:led|headed)\s+by\s+$/u;

/**
 * "Ukraine's delegation, led by Deputy Foreign Minister Serhiy Kyslytsya,": a title with no
 * owner that leads a country's delegation or team is that country's ("the Russian delegation,
 * headed by Deputy Foreign Minister …"); a demonym several countries share gives none.
 */
function delegationRoles(text: string, roles: Annotation<RoleValue>[], kb: KnowledgeBase): void {
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    if (r.value.of !== null) continue;
    const before = text.slice(Math.max(0, r.start - 80), r.start);
    if (!before.endsWith(' by ')) continue;
    const m = DELEGATION_LED_BY.exec(before);
    if (m === null) continue;
    // the country's name is the longest run of its last capitalized words that is one ("on
    // Monday Ukraine's"), by the KB's name when it holds the country ("Turkey", the package's "Türkiye")
    let of: string | undefined;
    if (m[1] !== undefined) {
      const words = m[1].split(/\s+/);
      for (let j = 0; j < words.length && of === undefined; j++) {
        const w = words.slice(j).join(' ');
        of = kb.findByAlias(w).find((e) => e.type === 'place')?.name ?? countryNamed(w)?.name;
      }
    } else {
      const country = countryOfDemonym(m[2]!);
      if (country !== undefined) of = kb.findByAlias(country.name).find((e) => e.type === 'place')?.name ?? country.name;
    }
    if (of === undefined) continue;
    roles[k] = annotate('role', text, r.start, r.end, { ...r.value, of }, 'link/delegation');
  }
}

/**
 * A title that opens with the name of an organization of the article ("Jane Roe, a State
 * Department negotiator,": "State Department negotiator") is the rest of the title of that
 * body ("negotiator" of the United States Department of State).
 */
function bodyInTitleRoles(text: string, roles: Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[]): void {
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    if (r.value.of !== null) continue;
    const body = mentions.find((m) => m.start === r.start && m.end < r.end && m.value.type === 'organization' && m.value.via !== 'pronoun');
    // (the title still holds the body's words: a KB title read whole has its own name)
    if (body === undefined || !r.value.title.startsWith(body.text)) continue;
    const rest = text.slice(body.end, r.end);
    if (!/^\s+\p{Ll}/u.test(rest)) continue;
    roles[k] = annotate('role', text, body.end + rest.length - rest.trimStart().length, r.end, { ...r.value, title: rest.trim().replace(/\s+/g, ' '), of: body.value.name }, 'link/title-body');
  }
}

/** Offices whose holder the press calls a country's leader. */
const LEADER_OFFICES: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier', 'chancellor', 'emir', 'king', 'supreme leader']);

/**
 * "the Armenian leader", "Armenia's leader": the one person the article gave the office of
 * president, prime minister, chancellor, emir or king of that country, named before (people
 * the KB knows are named so by their title aliases: the description pass).
 */
function leaderMentions(text: string, roles: readonly Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[]): Annotation<MentionValue>[] {
  const out: Annotation<MentionValue>[] = [];
  if (!text.includes(' leader')) return out;
  const heads = roles.filter((r) => r.value.of !== null && r.value.former !== true && LEADER_OFFICES.has(titleName(r.value.title)));
  if (heads.length === 0) return out;
  // every match starts with `T`, `t` or a capital: the leading look-ahead (implied by the rest, so
  // the matches are the same) refuses the other characters before the `\p{L}` classes, which V8
  // tests by a call per character (the pattern had cost 2 % of the pipeline's instructions)
  const pattern = /(?=[A-Zt\u0080-\u{10FFFF}])(?<![\p{L}])(?:[Tt]he\s+(\p{Lu}[\p{L}-]*)|(\p{Lu}[\p{L}.-]*)['’]s)\s+leader(?![\p{L}])/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index + (m[1] !== undefined ? m[0].indexOf(m[1]) : 0);
    const end = m.index + m[0].length;
    const country = m[1] !== undefined ? countryOfDemonym(m[1]) ?? countryNamed(m[1]) : countryNamed(m[2]!);
    if (country === undefined) continue;
    const keys = new Set(heads.filter((r) => r.value.of === country.name || countryNamed(r.value.of!)?.name === country.name).map((r) => r.value.key));
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    const named = mentions.find((x) => x.value.key === key && x.value.via !== 'pronoun');
    if (named === undefined || named.start >= start) continue;
    if (mentions.some((x) => x.start < end && start < x.end && x.value.type !== 'place' && x.value.type !== 'group')) continue;
    out.push(annotate('mention', text, start, end, { ...named.value, via: 'title' }, 'link/leader'));
  }
  return out;
}

/** "former", "onetime", "ex-" or "then-" before a title, its place between ("former Florida Gov.", "then-Arkansas Gov."); case-sensitive, so that `\p{Lu}` is a capital (with `i` it matched `aide to`). */
const FORMERLY = /(?<![\p{L}])(?:(?:[Ff]ormer|[Oo]ne-?time|[Ee]x-|[Tt]hen-)(?:\s+\p{Lu}[\p{L}.]*){0,2}|[Tt]hen-\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s*$/u;
/** "the governor", "the mayor" with nothing after that names them or their place. */
const LOCAL_OFFICE_DESCRIPTION = /(?<![\p{L}])[Tt]he\s+((?:lieutenant\s+)?governor|mayor)(?![\p{L}])(?!\s+of\b|\s+\p{Lu}|-|['’]s\s+(?:race|seat|contest|election|primary|mansion)\b)/gu;

/**
 * "The governor said": the one person the article made governor (or mayor, lieutenant
 * governor: `LOCAL_OFFICES`) and named before, whatever the place ("Gov. Mike DeWine", "the
 * governor of North Sinai, Khaled Shoaib,"); nobody when two people hold that office in the
 * article. (Governors and mayors are not in the KB: its title aliases name its own holders.)
 */
function localOfficeMentions(text: string, roles: readonly Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[]): Annotation<MentionValue>[] {
  const out: Annotation<MentionValue>[] = [];
  if (!/overnor|ayor/.test(text)) return out;
  const officeOf = (title: string): string | undefined => LOCAL_OFFICES.get(title.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim());
  // an office held, not one left ("former Florida Gov. Jeb Bush")
  const held = roles.filter((r) => officeOf(r.value.title) !== undefined && r.value.former !== true && !FORMERLY.test(text.slice(Math.max(0, r.start - 24), r.start)));
  if (held.length === 0) return out;
  LOCAL_OFFICE_DESCRIPTION.lastIndex = 0;
  for (let m = LOCAL_OFFICE_DESCRIPTION.exec(text); m !== null; m = LOCAL_OFFICE_DESCRIPTION.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const office = officeOf(m[1]!);
    if (mentions.some((x) => x.start < end && start < x.end) || held.some((r) => r.start < end && start < r.end)) continue;
    // holders made so before the description (a governor the article names only later is not yet "the governor")
    const keys = new Set(held.filter((r) => officeOf(r.value.title) === office && r.end <= start).map((r) => r.value.key));
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    const named = mentions.find((x) => x.value.key === key && x.value.via !== 'pronoun')!;
    out.push(annotate('mention', text, start, end, { ...named.value, via: 'title' }, 'link/local-office'));
  }
  return out;
}

/** "the former prime minister", "the ex-envoy", "the former Israeli prime minister": the title words, after a demonym maybe. */
const FORMER_OFFICE_DESCRIPTION = /(?<![\p{L}])[Tt]he\s+(?:former\s+|ex-)(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+(?:of\s+)?\p{Ll}[\p{Ll}-]*){0,3})/gu;
/** A past word (and an owner's possessive) opening a role's written span ("Former Prime Minister", "Israel's former prime minister"). */
const ROLE_PAST_OPENING = /^(?:.*?['’]s\s+)?(?:former|one-?time|ex-|then-)\s*/iu;

/** "of" and a capitalized name right after a title ("… prime minister of Qatar"). */
const OF_NAMED = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "The former prime minister said": the one person the article gave that office as held
 * before ("Former Prime Minister Naftali Bennett", "Omar Haddad, a former envoy,"), before
 * the description; nobody when two people of the article had it. The title words are the
 * role's title or as the article wrote it ("foreign minister" of a role the KB calls
 * "Minister of Foreign Affairs"); a demonym between must name the role's country.
 */
function formerOfficeMentions(text: string, roles: readonly Annotation<RoleValue>[], mentions: readonly Annotation<MentionValue>[], kb: KnowledgeBase, day: string | null): Annotation<MentionValue>[] {
  const out: Annotation<MentionValue>[] = [];
  // a KB person's past title the KB does not date is no evidence they held it ("former President
  // Clinton" read as Hillary Clinton)
  const former = roles.filter((r) => r.value.former === true && (!r.value.key.startsWith('kb:') || r.value.from !== null || r.value.to !== null));
  if (former.length === 0) return out;
  const norm = (x: string): string => x.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const names = former.map((r) => ({ r, titles: new Set([norm(r.value.title), norm(text.slice(r.start, r.end).replace(ROLE_PAST_OPENING, ''))]) }));
  FORMER_OFFICE_DESCRIPTION.lastIndex = 0;
  for (let m = FORMER_OFFICE_DESCRIPTION.exec(text); m !== null; m = FORMER_OFFICE_DESCRIPTION.exec(text)) {
    const demonym = m[1];
    const country = demonym === undefined ? null : countryOfDemonym(demonym)?.name ?? null;
    if (demonym !== undefined && country === null) continue;
    const words = m[2]!.split(/\s+/);
    // the longest run of the title words that names a former role of the article, before the description
    for (let n = words.length; n >= 1; n--) {
      if (words[n - 1] === 'of') continue;
      const title = words.slice(0, n).join(' ');
      const end = m.index + m[0].length - m[2]!.length + title.length;
      const start = end - title.length;
      const fits = names.filter(({ r, titles }) => r.end <= m!.index && titles.has(title) && (country === null || (r.value.of !== null && countryNames(r.value.of).includes(fold(country)))));
      if (fits.length === 0) continue;
      // "the former prime minister of Qatar": the office of a place or body named after it, not the article's former one
      if (OF_NAMED.test(text.slice(end, end + 12))) break;
      const keys = new Set(fits.map(({ r }) => r.value.key));
      // and the article's KB people whose term of that title ended before the day ("the former
      // secretary of state" with a former one of the article's and Hillary Clinton: nobody), unless
      // the article gives them the office as held ("Prime Minister Benjamin Netanyahu")
      if (day !== null) {
        const holding = new Set(roles.filter((r) => r.value.former !== true && norm(r.value.title) === title).map((r) => r.value.key));
        for (const x of mentions) {
          const e = x.value.kb === null || x.value.type !== 'person' || x.start >= m.index || holding.has(x.value.key) ? undefined : kb.byKey(x.value.kb);
          if (e !== undefined && e.roles.some((r) => norm(r.title) === title && endedBefore(r, day) && (country === null || (r.of !== null && countryNames(r.of).includes(fold(country)))))) keys.add(x.value.key);
        }
      }
      if (keys.size === 1 && !mentions.some((x) => x.start < end && start < x.end) && !roles.some((r) => r.start < end && start < r.end)) {
        const named = mentions.find((x) => x.value.key === [...keys][0] && x.value.via !== 'pronoun');
        if (named !== undefined) out.push(annotate('mention', text, start, end, { ...named.value, via: 'title' }, 'link/former-office'));
      }
      break;
    }
  }
  return out;
}

/** Last words of organization names that "the …" can stand for once the article has named one. */
const BODY_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_HEADS, 'forum', 'union', 'alliance']);
/** Heads of a labour union's name other than "Union" ("Ohio Nurses Association", "Airline Pilots Association"). */
const UNION_HEADS: ReadonlySet<string> = new Set(['association', 'federation', 'guild', 'brotherhood', 'council']);
/** The members a union's name names ("Nurses", "Pilots", "Teachers"): with a {@link UNION_HEADS} word, the body is a union. */
const LABOR_MEMBERS: ReadonlySet<string> = new Set([
  'nurses', 'workers', 'teachers', 'pilots', 'machinists', 'longshoremen', 'dockworkers', 'employees', 'teamsters', 'firefighters',
  'physicians', 'doctors', 'educators', 'drivers', 'mechanics', 'engineers', 'attendants', 'miners', 'writers', 'actors', 'officers', 'laborers', 'carpenters', 'electricians',
]);

/** Lower-case nouns of a body's kind written right after its name ("the FNV Havens union", "the Acme company"), by the kind they make it. */
const KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ['union', 'union'], ['company', 'company'], ['firm', 'company'], ['ministry', 'ministry'], ['association', 'association'],
  ['federation', 'federation'], ['alliance', 'alliance'], ['agency', 'agency'], ['party', 'party'], ['department', 'department'],
]);
/** Words a kind is also called by ("the firm" after a company). */
const KIND_SYNONYMS: ReadonlyMap<string, string> = new Map([['firm', 'company']]);
/** Titles only a company's officer holds: a body with one is a company ("Halvard Terminals chief executive …"). */
const COMPANY_OFFICERS = /^(?:chief executive(?: officer)?|ceo|chief (?:operating|financial) officer|coo|cfo)$/i;
/**
 * One officer of a body, named, after its bare kind noun ("Union president Carla Reyes", "union
 * spokesman Tom Ruiz"). Not the plural ("union members", "party leaders", "council members"):
 * in news those are most often the members of any union, not of the one the article named.
 */
const BODY_PEOPLE = /^\s+(?:president|leader|official|spokes(?:man|woman|person)|negotiator|chief|representative|executive|chairman|chairwoman|chair|secretary)\s+\p{Lu}\p{Ll}/u;
/**
 * A union's people in the plural as the subject of a verb of saying or deciding ("union members
 * approved the contract", "Union officials said"): with one union in the article, named shortly
 * before, they speak or act for it. Only for unions, only those verbs: "party leaders", "union
 * members see …" are most often generic.
 */
const UNION_PEOPLE_ACT = /^\s+(?:members|officials|leaders|negotiators|representatives|bargainers)\s+(?:(?:have|has|had|will|would|also|then|later|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:\p{Ll}+ly\s+)?(?:said|say|says|told|voted|vote|approved|approve|ratified|ratify|rejected|reject|accepted|accept|agreed|backed|endorsed|walked\s+out|went\s+on\s+strike|announced|warned)(?![\p{L}])/u;
/** Words before a plural that make it people of any union ("many union members", "other union leaders"). */
const ANY_UNION = /(?<![\p{L}])(?:many|some|most|all|other|few|fewer|more|several|both|any|no|non)[\s-]+$/u;
/** How far back (characters) the union must have been named for a plural of its people to be its. */
const UNION_NAMED_WITHIN = 600;

/**
 * "the alliance", "the forum", "the union", "their union", "union members": the kind of an
 * organization the article named before, when exactly one of its organizations is of that kind.
 * The kind is the last word of a name outside the KB ("the alliance's chief executive" after
 * "the United States Maritime Alliance"; a union by its members' word and "Association": "the
 * Ohio Nurses Association"), or a lower-case kind noun the text writes right after a name, KB
 * or not ("the FNV Havens union", "the Acme company"), or a company officer's role of it
 * ("Halvard Terminals chief executive …": the company). After "the", "their" or "its", or bare
 * before one of its officers and their name ("Union president Carla Reyes"). The mention is the noun.
 * KB bodies otherwise have curated descriptions ("the union" is no European Union).
 */
function headNounMentions(text: string, clusters: readonly Cluster[], mentions: readonly Annotation<MentionValue>[], index: SpanIndex<Annotation<MentionValue>>, described: readonly Annotation<MentionValue>[], roles: readonly Annotation<RoleValue>[]): Annotation<MentionValue>[] {
  const byHead = new Map<string, Cluster | null>();
  const add = (head: string, c: Cluster): void => {
    const had = byHead.get(head);
    if (had === undefined) byHead.set(head, c);
    else if (had !== c) byHead.set(head, null);
  };
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  for (const c of clusters) {
    if (c.type !== 'organization' || c.kb !== null) continue;
    const space = c.name.lastIndexOf(' ');
    if (space < 0) continue;
    const head = c.name.slice(space + 1).toLowerCase();
    if (BODY_HEADS.has(head)) add(head, c);
    // "the Ohio Nurses Association … the union's president": a body of working people under another head is "the union" too
    if (head !== 'union' && UNION_HEADS.has(head) && c.name.toLowerCase().split(' ').some((w) => LABOR_MEMBERS.has(w))) add('union', c);
  }
  for (const m of mentions) {
    if (m.value.type !== 'organization') continue;
    const c = byKey.get(m.value.key);
    if (c === undefined) continue;
    const after = /^\s+(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(m.end, m.end + 24));
    const kind = after === null ? undefined : KIND_NOUNS.get(after[1]!);
    if (kind !== undefined) add(kind, c);
  }
  for (const r of roles) {
    if (r.value.of === null || !COMPANY_OFFICERS.test(titleName(r.value.title))) continue;
    const c = clusters.find((o) => o.type === 'organization' && o.name === r.value.of);
    if (c !== undefined) add('company', c);
  }
  const out: Annotation<MentionValue>[] = [];
  if (byHead.size === 0) return out;
  // the body named (or referred to by its kind) in the stretch before `at`
  const namedWithin = (key: string, at: number): boolean => mentions.some((m) => m.value.key === key && m.end <= at && at - m.end <= UNION_NAMED_WITHIN) || out.some((m) => m.value.key === key && m.end <= at && at - m.end <= UNION_NAMED_WITHIN);
  let lower: string | null = null;
  const words = [...byHead.keys()];
  for (const [syn, kind] of KIND_SYNONYMS) if (byHead.has(kind) && !byHead.has(syn)) words.push(syn);
  for (const head of words) {
    const c = byHead.get(KIND_SYNONYMS.get(head) ?? head) ?? byHead.get(head);
    if (c === null || c === undefined) continue;
    const first = mentions.find((m) => m.value.key === c.key);
    if (first === undefined) continue;
    lower ??= lowerOf(text);
    for (let i = lower.indexOf(head, first.end); i >= 0; i = lower.indexOf(head, i + 1)) {
      const start = i;
      const end = start + head.length;
      if ((i > 0 && /\p{L}/u.test(text[i - 1]!)) || (end < text.length && /\p{L}/u.test(text[end]!))) continue;
      const det = /(?<![\p{L}])(?:the|their|its)\s+$/u.exec(lower.slice(Math.max(0, i - 8), i));
      // bare, before its people: lower case, or capitalized where a sentence starts; before one
      // named officer ("Union president Carla Reyes"), or, for a union named shortly before, its
      // people in the plural saying or deciding ("Union members approved …", not "many union members")
      const placed = text.charCodeAt(start) >= 97 || /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
      const bare = det === null && placed && (BODY_PEOPLE.test(text.slice(end, end + 24))
        || (head === 'union' && UNION_PEOPLE_ACT.test(text.slice(end, end + 60)) && !ANY_UNION.test(lower.slice(Math.max(0, i - 24), i)) && namedWithin(c.key, start)));
      if (det === null && !bare) continue;
      // written in capitals it starts a name of its own ("the Alliance Party"); taken when a mention is there
      if (text.charCodeAt(start) < 97 && /\s\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (index.someOverlapping(start, end) || described.some((d) => d.start < end && start < d.end)) continue;
      // a word of the body's own name written after it ("the Ohio Nurses Association … the association": fine; "Nurses Association" itself: a mention)
      out.push(annotate('mention', text, start, end, { type: c.type, key: c.key, name: c.name, kb: c.kb?.key ?? null, wikidata: c.kb?.id ?? null, via: 'description' }, 'link/head-noun'));
    }
  }
  return out;
}

const PRONOUN_VERBS = 'said|added|told|warned|stressed|noted|emphasized|emphasised|insisted|argued|called|urged|described|is|was|has|had|will|would|also|later|then|did|does';
/** A subject pronoun at a clause start before a verb of saying or an auxiliary: what {@link pronounsIn} finds (its group 1). */
export const PRONOUN = new RegExp(`(?:^|[.!?]["”’]?\\s+|,\\s+|\\band\\s+)(He|She|he|she)\\b(?=\\s+(?:${PRONOUN_VERBS})\\b)`, 'g');

/** Subject pronouns that follow a sentence in which exactly one person was named. */
function pronounMentions(text: string, sentences: readonly Annotation[], mentions: readonly Annotation<MentionValue>[]): Annotation<MentionValue>[] {
  const out: Annotation<MentionValue>[] = [];
  // the people named from the previous sentence's start up to the pronoun, found by start (a
  // long document names thousands); indexed once a sentence has a pronoun to resolve
  let peopleIndex: SpanIndex<Annotation<MentionValue>> | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const found = pronounsIn(s.text);
    if (found.length > 0) peopleIndex ??= new SpanIndex(mentions.filter((x) => x.value.type === 'person'), (x) => x);
    for (let k = 0; k < found.length; k += 2) {
      const start = s.start + found[k]!;
      const length = found[k + 1]!;
      const window = peopleIndex!.startingIn(sentences[i - 1]?.start ?? s.start, start).filter((x) => x.end <= start);
      const keys = new Set(window.map((x) => x.value.key));
      if (keys.size !== 1) continue;
      const a = window[window.length - 1]!;
      out.push(annotate('mention', text, start, start + length, { ...a.value, via: 'pronoun' }, 'link/pronoun'));
    }
  }
  return out;
}

const VERBS: readonly string[] = PRONOUN_VERBS.split('|');
const NO_PRONOUNS: readonly number[] = [];

/**
 * The pronouns of the matches of PRONOUN in `s` (each match's group 1: its offset, then its
 * length), read by hand: each `he`/`He` followed by white space and a verb found by `indexOf`, then the
 * pronoun (`He`, `he`, or with the `S`/`s` before it `She`, `she`) kept when one of PRONOUN's
 * leading alternatives ends right before it and starts where the last match ended or later
 * (matches do not overlap; the leftmost start of a pronoun's prefix is the only one: its
 * white space runs back to the sign, comma or `and` before it). Exported for its test.
 */
export function pronounsIn(s: string): readonly number[] {
  let out: number[] | null = null;
  let from = 0;
  for (const h of ['he', 'He']) {
    for (let q = s.indexOf(h); q >= 0; q = s.indexOf(h, q + 1)) {
      if (!verbAfter(s, q + 2)) continue;
      const she = h === 'he' && q > 0 && (s.charCodeAt(q - 1) === 115 || s.charCodeAt(q - 1) === 83);
      (out ??= []).push(she ? q - 1 : q, she ? 3 : 2);
    }
  }
  if (out === null) return NO_PRONOUNS;
  // candidates in text order (the two searches interleave), each kept when a prefix fits
  const pairs: [number, number][] = [];
  for (let k = 0; k < out.length; k += 2) pairs.push([out[k]!, out[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const kept: number[] = [];
  for (const [at, length] of pairs) {
    const start = prefixStart(s, at);
    if (start < 0 || start < from) continue;
    kept.push(at, length);
    from = at + length;
  }
  return kept;
}

/** Whether white space and then one of the verbs, as a whole word, follow offset `at` of `s`. */
function verbAfter(s: string, at: number): boolean {
  let j = at;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  if (j === at) return false;
  for (const v of VERBS) if (s.startsWith(v, j) && !isAsciiWord(s.charCodeAt(j + v.length))) return true;
  return false;
}

/** Where a leading alternative of PRONOUN that ends right before offset `at` starts, or -1. */
function prefixStart(s: string, at: number): number {
  if (at === 0) return 0;
  let w = at;
  while (w > 0 && isSpace(s.charCodeAt(w - 1))) w--;
  if (w === at || w === 0) return -1;
  const c = s.charCodeAt(w - 1);
  if (c === 44 || c === 46 || c === 33 || c === 63) return w - 1;
  if ((c === 34 || c === 0x201d || c === 0x2019) && w >= 2) {
    const p = s.charCodeAt(w - 2);
    if (p === 46 || p === 33 || p === 63) return w - 2;
  }
  if (w >= 3 && s.startsWith('and', w - 3) && (w === 3 || !isAsciiWord(s.charCodeAt(w - 4)))) return w - 3;
  return -1;
}
