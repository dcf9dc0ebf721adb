/**
 * @module util/given-names — the given names of `data/lexicons/given-names.json` and the
 * gender each tells: read by the quotes stage (`he`/`she` agreement) and the ner refiners
 * (a given name opens a person's name).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './paths.js';

/** A gender a name or word tells. */
export type Gender = 'f' | 'm';

/** The given names of the lexicon, by lower-case name (names used for both are not listed). */
function loadGivenNames(): ReadonlyMap<string, Gender> {
  const file = path.join(dataDir('lexicons'), 'given-names.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { female: string[]; male: string[] };
  const out = new Map<string, Gender>();
  for (const n of data.female) out.set(n, 'f');
  for (const n of data.male) out.set(n, out.has(n) ? out.get(n)! : 'm');
  return out;
}

let givenNames: ReadonlyMap<string, Gender> | null = null;

/** The gender a given name tells, or null when the lexicon does not list it (loaded on first use). */
export function givenNameGender(name: string): Gender | null {
  givenNames ??= loadGivenNames();
  return givenNames.get(name.toLowerCase()) ?? null;
}
