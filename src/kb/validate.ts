/**
 * @module kb/validate — checks one parsed `data/kb` file entry by entry and reports every
 * problem with the file, the entry and the field, so a user who adds a person sees all
 * mistakes at once. Cross-file checks (duplicate keys and ids, references to other
 * entries, alias collisions) live in `load.ts`, which sees every file.
 */

import { parseKbDate } from './dates.js';
import type { KbEntity, KbIssue, KbRole } from './types.js';

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

const ENTITY_FIELDS = new Set([
  'key', 'id', 'type', 'name', 'aliases', 'shortNames', 'descriptions', 'roles', 'source', 'idSource',
  'born', 'died', 'diedSource', 'country', 'countryId', 'partOf', 'stateBody', 'kind', 'note',
]);
const ROLE_FIELDS = new Set([
  'title', 'of', 'ofId', 'ofKey', 'from', 'to', 'acting', 'checked', 'source', 'titleAliases', 'note',
]);

type Json = unknown;
type Obj = Record<string, Json>;

/** Collects issues for one file. */
class Reporter {
  readonly issues: KbIssue[] = [];
  constructor(private readonly file: string) {}
  add(entry: string | null, field: string | null, message: string): void {
    this.issues.push({ file: this.file, entry, field, message });
  }
}

function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkStringList(r: Reporter, entry: string, field: string, v: Json, required: boolean): readonly string[] {
  if (v === undefined) {
    if (required) r.add(entry, field, 'is missing (use [] when there are none)');
    return [];
  }
  if (!Array.isArray(v)) {
    r.add(entry, field, 'must be a list of strings');
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') r.add(entry, `${field}[${i}]`, 'must be a non-empty string');
    else out.push(item);
  });
  return out;
}

function checkDate(r: Reporter, entry: string, field: string, v: Json, nullable: boolean): string | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || parseKbDate(v) === null) {
    r.add(entry, field, `is not a date: ${JSON.stringify(v)} (use YYYY, YYYY-MM or YYYY-MM-DD${nullable ? ', or null' : ''})`);
    return null;
  }
  return v;
}

function checkWikidataId(r: Reporter, entry: string, field: string, v: Json): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || !WIKIDATA_ID.test(v)) {
    r.add(entry, field, `must be a Wikidata id like "Q30", or null (got ${JSON.stringify(v)})`);
    return null;
  }
  return v;
}

function checkSources(r: Reporter, entry: string, field: string, v: Json): string | readonly string[] {
  if (v === undefined) {
    r.add(entry, field, 'is missing: every role and entity needs a source URL');
    return '';
  }
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0) r.add(entry, field, 'must not be an empty list');
  list.forEach((u, i) => {
    if (!isHttpUrl(u)) r.add(entry, Array.isArray(v) ? `${field}[${i}]` : field, `is not an http(s) URL: ${JSON.stringify(u)}`);
  });
  return Array.isArray(v) ? (v.filter((u) => typeof u === 'string') as string[]) : typeof v === 'string' ? v : '';
}

function checkUnknownFields(r: Reporter, entry: string, prefix: string, o: Obj, known: ReadonlySet<string>): void {
  for (const field of Object.keys(o)) {
    if (!known.has(field)) r.add(entry, `${prefix}${field}`, 'is not a known field (typo?)');
  }
}

function checkRole(r: Reporter, entry: string, path: string, v: Json, died: string | null): KbRole | null {
  if (!isObj(v)) {
    r.add(entry, path, 'must be an object');
    return null;
  }
  checkUnknownFields(r, entry, `${path}.`, v, ROLE_FIELDS);
  const title = typeof v['title'] === 'string' && v['title'].trim() !== '' ? v['title'] : null;
  if (title === null) r.add(entry, `${path}.title`, 'is missing or empty');
  const of = typeof v['of'] === 'string' && v['of'].trim() !== '' ? v['of'] : null;
  if (of === null) r.add(entry, `${path}.of`, 'is missing or empty (the country or organization)');
  if (!('ofId' in v)) r.add(entry, `${path}.ofId`, 'is missing (use null when unknown)');
  const ofId = checkWikidataId(r, entry, `${path}.ofId`, v['ofId'] ?? null);
  if (v['ofKey'] !== undefined && (typeof v['ofKey'] !== 'string' || !KEY.test(v['ofKey']))) {
    r.add(entry, `${path}.ofKey`, 'must be the kebab-case key of another entry');
  }
  if (!('from' in v)) r.add(entry, `${path}.from`, 'is missing (use null when unknown)');
  if (!('to' in v)) r.add(entry, `${path}.to`, 'is missing (use null while in office)');
  const from = checkDate(r, entry, `${path}.from`, v['from'] ?? null, true);
  const to = checkDate(r, entry, `${path}.to`, v['to'] ?? null, true);
  if (from !== null && to !== null) {
    const a = parseKbDate(from);
    const b = parseKbDate(to);
    if (a && b && a.first > b.last) r.add(entry, `${path}.from`, `${from} is after to ${to}`);
  }
  let checked: string | null = null;
  if (v['checked'] !== undefined) {
    checked = checkDate(r, entry, `${path}.checked`, v['checked'], false);
    const c = checked === null ? null : parseKbDate(checked);
    const a = from === null ? null : parseKbDate(from);
    if (c && a && c.last < a.first) r.add(entry, `${path}.checked`, `${checked} is before from ${from}`);
  }
  if (v['to'] === null && v['checked'] === undefined) {
    r.add(entry, `${path}.checked`, 'is required while to is null: the last date a source confirmed the holder was in office');
  }
  if (died !== null && from !== null) {
    const a = parseKbDate(from);
    const d = parseKbDate(died);
    if (a && d && a.first > d.last) r.add(entry, `${path}.from`, `${from} is after the death date ${died}`);
  }
  if (v['acting'] !== undefined && typeof v['acting'] !== 'boolean') r.add(entry, `${path}.acting`, 'must be true or false');
  const source = checkSources(r, entry, `${path}.source`, v['source']);
  const titleAliases = checkStringList(r, entry, `${path}.titleAliases`, v['titleAliases'], false);
  if (v['note'] !== undefined && typeof v['note'] !== 'string') r.add(entry, `${path}.note`, 'must be a string');
  if (title === null || of === null) return null;
  return {
    title, of, ofId,
    ...(typeof v['ofKey'] === 'string' ? { ofKey: v['ofKey'] } : {}),
    from, to,
    ...(v['acting'] === true ? { acting: true } : {}),
    ...(checked !== null ? { checked } : {}),
    source,
    ...(titleAliases.length > 0 ? { titleAliases } : {}),
    ...(typeof v['note'] === 'string' ? { note: v['note'] } : {}),
  };
}

/**
 * Validates the parsed content of one file. Returns the entries that are usable and every
 * issue found; an entry with issues is still returned when its key and name are readable,
 * so cross-file checks can run, but the loader refuses the whole knowledge base if any
 * issue was reported.
 */
export function validateFile(file: string, content: Json): { entities: KbEntity[]; issues: KbIssue[] } {
  const r = new Reporter(file);
  if (!Array.isArray(content)) {
    r.add(null, null, 'must contain one JSON array of entries');
    return { entities: [], issues: r.issues };
  }
  const entities: KbEntity[] = [];
  content.forEach((raw, index) => {
    const keyLabel = isObj(raw) && typeof raw['key'] === 'string' ? ` (${raw['key']})` : '';
    const entry = `#${index + 1}${keyLabel}`;
    if (!isObj(raw)) {
      r.add(entry, null, 'must be an object');
      return;
    }
    checkUnknownFields(r, entry, '', raw, ENTITY_FIELDS);
    const key = raw['key'];
    if (typeof key !== 'string' || !KEY.test(key)) r.add(entry, 'key', 'is missing or not kebab-case (e.g. "antony-blinken")');
    if (!('id' in raw)) r.add(entry, 'id', 'is missing (use null when the Wikidata id is not verified)');
    const id = checkWikidataId(r, entry, 'id', raw['id'] ?? null);
    const type = raw['type'];
    if (type !== 'person' && type !== 'organization' && type !== 'place') r.add(entry, 'type', 'must be "person", "organization" or "place"');
    const name = typeof raw['name'] === 'string' && raw['name'].trim() !== '' ? raw['name'] : null;
    if (name === null) r.add(entry, 'name', 'is missing or empty');
    const aliases = checkStringList(r, entry, 'aliases', raw['aliases'], true);
    const shortNames = checkStringList(r, entry, 'shortNames', raw['shortNames'], false);
    const descriptions = checkStringList(r, entry, 'descriptions', raw['descriptions'], false);
    if (!isHttpUrl(raw['source'])) r.add(entry, 'source', `is missing or not an http(s) URL: ${JSON.stringify(raw['source'])}`);
    const born = raw['born'] === undefined ? null : checkDate(r, entry, 'born', raw['born'], false);
    const died = raw['died'] === undefined ? null : checkDate(r, entry, 'died', raw['died'], false);
    if (raw['died'] !== undefined && !isHttpUrl(raw['diedSource'])) r.add(entry, 'diedSource', 'is required with died and must be an http(s) URL');
    if (raw['countryId'] !== undefined) checkWikidataId(r, entry, 'countryId', raw['countryId']);
    if (raw['partOf'] !== undefined && (typeof raw['partOf'] !== 'string' || !KEY.test(raw['partOf']))) {
      r.add(entry, 'partOf', 'must be the kebab-case key of another entry');
    }
    if (raw['stateBody'] !== undefined && (typeof raw['stateBody'] !== 'boolean' || typeof raw['country'] !== 'string')) r.add(entry, 'stateBody', 'must be true or false, on an entry with a country');
    if (raw['kind'] !== undefined && (type !== 'place' || (raw['kind'] !== 'city' && raw['kind'] !== 'region') || typeof raw['country'] !== 'string')) r.add(entry, 'kind', 'must be "city" or "region", on a place with a country');
    for (const field of ['idSource', 'note', 'country'] as const) {
      if (raw[field] !== undefined && typeof raw[field] !== 'string') r.add(entry, field, 'must be a string');
    }
    const rawRoles = raw['roles'];
    const roles: KbRole[] = [];
    if (rawRoles === undefined) {
      if (type === 'person') r.add(entry, 'roles', 'is missing (use [] when none is known)');
    } else if (!Array.isArray(rawRoles)) {
      r.add(entry, 'roles', 'must be a list');
    } else {
      rawRoles.forEach((role, i) => {
        const checkedRole = checkRole(r, entry, `roles[${i}]`, role, died);
        if (checkedRole) roles.push(checkedRole);
      });
    }
    if (typeof key !== 'string' || name === null || (type !== 'person' && type !== 'organization' && type !== 'place')) return;
    entities.push({
      key, id, type, name, aliases,
      ...(shortNames.length > 0 ? { shortNames } : {}),
      ...(descriptions.length > 0 ? { descriptions } : {}),
      roles,
      source: typeof raw['source'] === 'string' ? raw['source'] : '',
      ...(typeof raw['idSource'] === 'string' ? { idSource: raw['idSource'] } : {}),
      ...(born !== null ? { born } : {}),
      ...(died !== null ? { died } : {}),
      ...(typeof raw['diedSource'] === 'string' ? { diedSource: raw['diedSource'] } : {}),
      ...(typeof raw['country'] === 'string' ? { country: raw['country'] } : {}),
      ...(raw['countryId'] !== undefined ? { countryId: (raw['countryId'] as string | null) } : {}),
      ...(typeof raw['partOf'] === 'string' ? { partOf: raw['partOf'] } : {}),
      ...(raw['stateBody'] === true ? { stateBody: true } : {}),
      ...(raw['kind'] === 'city' || raw['kind'] === 'region' ? { kind: raw['kind'] } : {}),
      ...(typeof raw['note'] === 'string' ? { note: raw['note'] } : {}),
      file,
    });
  });
  return { entities, issues: r.issues };
}
