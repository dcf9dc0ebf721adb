/**
 * @module stages/entities/ner/kb — the knowledge base's names as tagger evidence.
 *
 * Every entity's name and aliases (not its short names or descriptions, which several
 * entities share) become known names: soft evidence through the gazetteer features
 * (`withKnownNames`) and hard evidence for exact matches through the `known-name-type`
 * refiner (`knownNameTypes`); so are the companies of `data/lexicons/companies.json`. Loaded
 * once per process and list of extra folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../../../kb/index.js';
import { dataDir } from '../../../util/paths.js';
import { worldPlaces } from '../../../kb/places.js';
import { sourceRegistry } from '../../citations/load.js';
import { loadModel, type NerModel } from './model.js';
import type { MentionType } from './refiners.js';
import { knownNameTypes, withKnownNames, type KnownName } from './known-names.js';

/** What the stage runs with: the model (gazetteer extended) and the curated name types. */
export interface NerResources {
  readonly model: NerModel;
  readonly known: ReadonlyMap<string, MentionType>;
}

const MENTION_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'group']);

const cache = new Map<string, NerResources>();

/**
 * Names and aliases of the knowledge base (data/kb plus `kbDirs`) with their types, and
 * the countries and capitals of the `world-countries` package as places.
 */
export function kbNames(kbDirs: readonly string[] = [], sourceDirs: readonly string[] = []): KnownName[] {
  const kb = loadKnowledgeBase(undefined, kbDirs).entities
    .filter((e) => MENTION_TYPES.has(e.type))
    .flatMap((e) => [e.name, ...e.aliases].map((text) => ({ text, type: e.type as MentionType })));
  const taken = new Set(kb.map((n) => n.text.toLowerCase()));
  const places = worldPlaces().flatMap((p) => [p.name, ...p.aliases])
    .filter((text) => !taken.has(text.toLowerCase()))
    .map((text) => ({ text, type: 'place' as MentionType }));
  for (const p of places) taken.add(p.text.toLowerCase());
  // companies and polling firms of the lexicon (data/lexicons/companies.json) are organizations
  const companies = companyNames().filter((text) => !taken.has(text.toLowerCase())).map((text) => ({ text, type: 'organization' as MentionType }));
  for (const c of companies) taken.add(c.text.toLowerCase());
  // news outlets and agencies of the source registry (data/sources) are organizations
  const outlets = sourceRegistry(undefined, sourceDirs).entries
    .filter((e) => !e.generic && e.kind !== 'reference')
    .flatMap((e) => [e.name, ...e.variants])
    .filter((text) => text.length > 2 && /\p{Lu}/u.test(text) && !taken.has(text.toLowerCase()))
    .map((text) => ({ text, type: 'organization' as MentionType }));
  // news copy often drops diacritics ("Ajansi" for "Ajansı", "Erdogan" for "Erdoğan")
  const all = [...kb, ...places, ...companies, ...outlets];
  const plain = all.map((n) => ({ text: asciiFold(n.text), type: n.type })).filter((n, i) => n.text !== all[i]!.text && !taken.has(n.text.toLowerCase()));
  return [...all, ...plain];
}

/** The names of `data/lexicons/companies.json` (each mapped to the company's website, its source). */
export function companyNames(): string[] {
  const data = JSON.parse(fs.readFileSync(path.join(dataDir('lexicons'), 'companies.json'), 'utf8')) as { names: Record<string, string> };
  return Object.keys(data.names);
}

/** A name without diacritics: NFKD marks dropped, dotless ı and similar letters spelled plainly. */
function asciiFold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o')).replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/** The shipped model with the knowledge base's and the source registry's names, once per folder list. Throws KB_* errors. */
export function kbResources(kbDirs: readonly string[] = [], sourceDirs: readonly string[] = []): NerResources {
  const key = [...kbDirs, '\u0001', ...sourceDirs].join('\u0000');
  let found = cache.get(key);
  if (found === undefined) {
    const names = kbNames(kbDirs, sourceDirs);
    found = { model: withKnownNames(loadModel(), names), known: knownNameTypes(names) };
    cache.set(key, found);
  }
  return found;
}
