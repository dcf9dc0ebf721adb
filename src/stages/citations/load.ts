/**
 * @module stages/citations/load — reads the source registry (`data/sources` and user
 * folders), checks every entry and builds the {@link SourceRegistry}.
 *
 * Every `*.json` file below a folder (hidden files and folders skipped, sorted by path)
 * holds one JSON array: files named `qualifiers.json` hold place qualifiers, all others
 * hold source entries (format: data/sources/README.md). Loading is all-or-nothing: any
 * problem throws one {@link SourceRegistryError} listing every issue with its file, entry
 * and field, so a user fixing their data sees all mistakes in one run.
 */
import { isHttpUrl } from '../../kb/validate.js';
import { dataDir, readJsonFolders } from '../../util/paths.js';
import { ParleyError, type ErrorCode } from '../../errors.js';
import { SourceRegistry } from './registry.js';
import { SOURCE_KINDS, type Qualifier, type SourceEntry, type SourceIssue, type SourceKind } from './types.js';

/**
 * The codes a registry failure ends a command with. The registry is reference data of the
 * same standing as the knowledge base, so it shares the knowledge base's codes (exit 6).
 */
export type SourceRegistryErrorCode = Extract<ErrorCode, 'KB_UNREADABLE' | 'KB_INVALID'>;

/** The one error the loader throws; `issues` lists every problem found. */
export class SourceRegistryError extends ParleyError {
  readonly issues: readonly SourceIssue[];

  constructor(code: SourceRegistryErrorCode, issues: readonly SourceIssue[]) {
    super(code, issues[0]?.file ?? null, `source registry: ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatSourceIssue).join('\n')}`);
    this.name = 'SourceRegistryError';
    this.issues = issues;
  }
}

/** `data/sources/agencies.json: #3 (afp): kind: "wire" is not one of agency, …` */
export function formatSourceIssue(issue: SourceIssue): string {
  return [issue.file, issue.entry, issue.field, issue.message].filter((part) => part !== null).join(': ');
}

/** The built-in registry folder, `<repo>/data/sources` (its `local/` sub-folder is the user's). */
export const DEFAULT_SOURCES_DIR: string = dataDir('sources');

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/[a-z0-9_\/-]+)?$/;
const ENTRY_FIELDS = new Set(['key', 'name', 'kind', 'country', 'variants', 'domains', 'source', 'generic', 'note']);
const QUALIFIER_FIELDS = new Set(['words', 'place', 'source', 'note']);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, add: (field: string, message: string) => void, field: string): string[] {
  if (!Array.isArray(v)) {
    add(field, 'must be a list of strings (use [] when there are none)');
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '' || item !== item.trim()) add(`${field}[${i}]`, 'must be a non-empty string without surrounding spaces');
    else out.push(item);
  });
  return out;
}

/** Checks the entries of one source file; returns the valid ones and adds every problem to `issues`. */
export function validateSourceFile(file: string, content: unknown, issues: SourceIssue[]): SourceEntry[] {
  if (!Array.isArray(content)) {
    issues.push({ file, entry: null, field: null, message: 'must hold one JSON array of entries' });
    return [];
  }
  const out: SourceEntry[] = [];
  content.forEach((raw, i) => {
    const label = isObj(raw) && typeof raw['key'] === 'string' ? `#${i} (${raw['key']})` : `#${i}`;
    let ok = true;
    const add = (field: string | null, message: string): void => { ok = false; issues.push({ file, entry: label, field, message }); };
    if (!isObj(raw)) { add(null, 'must be an object'); return; }
    for (const k of Object.keys(raw)) if (!ENTRY_FIELDS.has(k)) add(k, `unknown field (expected ${[...ENTRY_FIELDS].join(', ')})`);
    const { key, name, kind, country, source, note } = raw;
    if (typeof key !== 'string' || !KEY.test(key)) add('key', `must be kebab-case like "al-jazeera" (got ${JSON.stringify(key)})`);
    if (typeof name !== 'string' || name.trim() === '') add('name', 'must be a non-empty string');
    if (typeof kind !== 'string' || !(SOURCE_KINDS as readonly string[]).includes(kind)) add('kind', `${JSON.stringify(kind)} is not one of ${SOURCE_KINDS.join(', ')}`);
    if (country !== null && (typeof country !== 'string' || !COUNTRY.test(country))) add('country', `must be an ISO 3166-1 alpha-2 code like "QA", or null (got ${JSON.stringify(country)})`);
    const variants = strings(raw['variants'], add, 'variants');
    variants.forEach((v, j) => { if (/^the\s/.test(v)) add(`variants[${j}]`, `"${v}": write the article with a capital ("The …") or leave it out; a lower-case "the" before a name is matched anyway`); });
    const domains = strings(raw['domains'], add, 'domains');
    domains.forEach((d, j) => { if (!DOMAIN.test(d)) add(`domains[${j}]`, `"${d}" is not a lower-case host name such as "reuters.com" (a path may follow: "pbs.org/newshour")`); });
    if (Array.isArray(raw['domains']) && kind !== 'official' && kind !== 'reference' && domains.length === 0) add('domains', 'an outlet needs at least one domain');
    if (!isHttpUrl(source)) add('source', `must be an http(s) URL where the entry can be checked (got ${JSON.stringify(source)})`);
    if (note !== undefined && typeof note !== 'string') add('note', 'must be a string');
    const generic = raw['generic'];
    if (generic !== undefined && (generic !== true || kind !== 'official')) add('generic', 'may only be true, on an official body that every country has ("Foreign Ministry")');
    if (!ok) return;
    out.push({
      key: key as string, name: name as string, kind: kind as SourceKind, country: country as string | null,
      variants, domains, source: source as string, ...(generic === true ? { generic: true } : {}), ...(note === undefined ? {} : { note: note as string }), file,
    });
  });
  return out;
}

/** Checks a `qualifiers.json` file. */
export function validateQualifierFile(file: string, content: unknown, issues: SourceIssue[]): Qualifier[] {
  if (!Array.isArray(content)) {
    issues.push({ file, entry: null, field: null, message: 'must hold one JSON array of qualifiers' });
    return [];
  }
  const out: Qualifier[] = [];
  content.forEach((raw, i) => {
    let ok = true;
    const label = isObj(raw) && typeof raw['place'] === 'string' ? `#${i} (${raw['place']})` : `#${i}`;
    const add = (field: string | null, message: string): void => { ok = false; issues.push({ file, entry: label, field, message }); };
    if (!isObj(raw)) { add(null, 'must be an object'); return; }
    for (const k of Object.keys(raw)) if (!QUALIFIER_FIELDS.has(k)) add(k, `unknown field (expected ${[...QUALIFIER_FIELDS].join(', ')})`);
    const qWords = strings(raw['words'], add, 'words');
    if (qWords.length === 0 && Array.isArray(raw['words'])) add('words', 'must name at least one word');
    const { place, source, note } = raw;
    if (place !== null && (typeof place !== 'string' || place.trim() === '')) add('place', 'must be a place name, or null for regional words');
    if (!isHttpUrl(source)) add('source', `must be an http(s) URL (got ${JSON.stringify(source)})`);
    if (note !== undefined && typeof note !== 'string') add('note', 'must be a string');
    if (ok) out.push({ words: qWords, place: place as string | null, source: source as string, ...(note === undefined ? {} : { note: note as string }), file });
  });
  return out;
}


/**
 * Loads the registry from `dir` (default `<repo>/data/sources`, which includes its
 * `local/` folder) and then each of `extraDirs`. Throws {@link SourceRegistryError}
 * (KB_UNREADABLE when a folder cannot be read, KB_INVALID for bad entries) listing every problem.
 */
export function loadSourceRegistry(dir: string = DEFAULT_SOURCES_DIR, extraDirs: readonly string[] = []): SourceRegistry {
  const issues: SourceIssue[] = [];
  const entries: SourceEntry[] = [];
  const qualifiers: Qualifier[] = [];
  const unreadable = (issue: SourceIssue): never => { throw new SourceRegistryError('KB_UNREADABLE', [issue]); };
  for (const { shown, name, content } of readJsonFolders([dir, ...extraDirs], issues, unreadable)) {
    if (name === 'qualifiers.json') qualifiers.push(...validateQualifierFile(shown, content, issues));
    else entries.push(...validateSourceFile(shown, content, issues));
  }
  const registry = new SourceRegistry(entries, qualifiers, issues);
  if (issues.length > 0) throw new SourceRegistryError('KB_INVALID', issues);
  return registry;
}

const cache = new Map<string, SourceRegistry>();

/** The registry for these folders, loaded once per process (the stage calls this for every document). */
export function sourceRegistry(dir: string = DEFAULT_SOURCES_DIR, extraDirs: readonly string[] = []): SourceRegistry {
  const key = [dir, ...extraDirs].join('\u0000');
  let r = cache.get(key);
  if (r === undefined) {
    r = loadSourceRegistry(dir, extraDirs);
    cache.set(key, r);
  }
  return r;
}
