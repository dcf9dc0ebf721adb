/**
 * @module stages/citations/load.test — the registry loader names every bad entry by file,
 * entry and field, and reads user folders after the built-in one.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatSourceIssue, loadSourceRegistry, SourceRegistryError } from './load.js';

const OK = { key: 'harbour-light', name: 'Harbour Light', kind: 'newspaper', country: 'GB', variants: ['The Harbour Light'], domains: ['harbourlight.example.org'], source: 'https://harbourlight.example.org/' };

/** A temporary registry folder holding `files` (name → JSON value). */
function folder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-sources-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** The problems loading `dir` reports, one line each. */
function problems(dir: string, extra: string[] = []): string[] {
  try {
    loadSourceRegistry(dir, extra);
  } catch (err) {
    assert.ok(err instanceof SourceRegistryError, String(err));
    return err.issues.map(formatSourceIssue);
  }
  return [];
}

describe('source registry loader', () => {
  it('loads a valid folder and finds entries by name, variant and domain', () => {
    const r = loadSourceRegistry(folder({ 'papers.json': [OK] }));
    assert.equal(r.lookup('the harbour light')?.key, 'harbour-light');
    assert.equal(r.lookup('Harbour-Light')?.key, 'harbour-light');
    assert.equal(r.lookupDomain('www.harbourlight.example.org')?.key, 'harbour-light');
  });

  it('names the file, the entry and the field of each problem, all at once', () => {
    const dir = folder({ 'bad.json': [{ ...OK, kind: 'wire' }, { ...OK, key: 'Bad Key', country: 'Britain' }, { ...OK, key: 'no-domain', domains: [] }] });
    const found = problems(dir);
    assert.equal(found.length, 4);
    assert.match(found[0]!, /bad\.json: #0 \(harbour-light\): kind: "wire" is not one of agency/);
    assert.match(found[1]!, /bad\.json: #1 \(Bad Key\): key: must be kebab-case/);
    assert.match(found[2]!, /bad\.json: #1 \(Bad Key\): country: must be an ISO 3166-1 alpha-2 code/);
    assert.match(found[3]!, /bad\.json: #2 \(no-domain\): domains: an outlet needs at least one domain/);
  });

  it('rejects unknown fields, missing sources, bad domains and a lower-case article', () => {
    const found = problems(folder({ 'x.json': [{ ...OK, varients: [], source: 'harbourlight.example.org', domains: ['Harbour Light'], variants: ['the Light'] }] }));
    assert.ok(found.some((p) => /varients: unknown field/.test(p)), found.join('\n'));
    assert.ok(found.some((p) => /source: must be an http\(s\) URL/.test(p)));
    assert.ok(found.some((p) => /domains\[0\]: "Harbour Light" is not a lower-case host name/.test(p)));
    assert.ok(found.some((p) => /variants\[0\]: "the Light": write the article with a capital/.test(p)));
  });

  it('refuses a name two entries share, naming both files', () => {
    const found = problems(folder({ 'a.json': [OK], 'b.json': [{ ...OK, key: 'other-light', domains: ['other.example.org'] }] }));
    assert.ok(found.some((p) => /b\.json: other-light: name: "Harbour Light" also names harbour-light \(.*a\.json\)/.test(p)), found.join('\n'));
  });

  it('refuses a variant that repeats a name once case, accents and spacing are ignored', () => {
    const found = problems(folder({ 'a.json': [{ ...OK, variants: ['HARBOUR-LIGHT'] }] }));
    assert.match(found[0]!, /variants\[0\]: "HARBOUR-LIGHT" repeats another name of this entry/);
  });

  it('refuses duplicate keys and domains across files', () => {
    const found = problems(folder({ 'a.json': [OK], 'b.json': [{ ...OK, name: 'Light of the Harbour', variants: [] }] }));
    assert.ok(found.some((p) => /b\.json: harbour-light: key: duplicate key, also used in .*a\.json/.test(p)), found.join('\n'));
  });

  it('reports a file that is not JSON or not an array', () => {
    const found = problems(folder({ 'broken.json': '[{', 'object.json': { key: 'x' } }));
    assert.ok(found.some((p) => /broken\.json: is not valid JSON/.test(p)));
    assert.ok(found.some((p) => /object\.json: must hold one JSON array of entries/.test(p)));
  });

  it('checks qualifier files and reports repeated qualifier words', () => {
    const found = problems(folder({ 'qualifiers.json': [{ words: ['Ruritanian'], place: 'Ruritania', source: 'https://example.org/' }, { words: ['ruritanian'], place: 'Elsewhere', source: 'nowhere' }] }));
    assert.ok(found.some((p) => /qualifiers\.json: #1 \(Elsewhere\): source: must be an http\(s\) URL/.test(p)), found.join('\n'));
  });

  it('reads user folders after the built-in one, with the same checks across them', () => {
    const base = folder({ 'papers.json': [OK] });
    const user = folder({ 'mine.json': [{ ...OK, key: 'valley-echo', name: 'Valley Echo', variants: [], domains: ['valleyecho.example.org'] }] });
    assert.equal(loadSourceRegistry(base, [user]).lookup('Valley Echo')?.key, 'valley-echo');
    const clash = folder({ 'mine.json': [{ ...OK, key: 'light-two', domains: ['two.example.org'] }] });
    assert.ok(problems(base, [clash]).some((p) => /mine\.json: light-two: name: "Harbour Light" also names harbour-light/.test(p)));
  });

  it('says when a folder cannot be read', () => {
    assert.throws(() => loadSourceRegistry(path.join(os.tmpdir(), 'parley-no-such-folder')), (err: unknown) => err instanceof SourceRegistryError && err.code === 'KB_UNREADABLE');
  });
});
