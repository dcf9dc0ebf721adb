import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseKbDate } from './dates.js';
import { DEFAULT_KB_DIR } from './load.js';

// Reads data/kb directly (not through the loader) so these checks stand on their own.

interface RawRole { title: string; from: string | null; to: string | null; checked?: string; source: string | string[] }
interface RawEntity { key: string; id: string | null; source: string; roles?: RawRole[] }

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.json') ? [full] : [];
  });
}

const entries: { file: string; entity: RawEntity }[] = files(DEFAULT_KB_DIR).flatMap((file) =>
  (JSON.parse(fs.readFileSync(file, 'utf8')) as RawEntity[]).map((entity) => ({ file: path.relative(DEFAULT_KB_DIR, file), entity })),
);
const roles = entries.flatMap(({ file, entity }) => (entity.roles ?? []).map((role, i) => ({ where: `${file} ${entity.key} roles[${i}]`, role })));

function isUrl(s: unknown): boolean {
  try {
    return typeof s === 'string' && /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

test('the data has people, organizations and roles', () => assert.ok(entries.length > 100 && roles.length > 100, `${entries.length} entries, ${roles.length} roles`));
test('every role has a source URL', () => {
  const bad = roles.filter(({ role }) => (Array.isArray(role.source) ? role.source.length === 0 || !role.source.every(isUrl) : !isUrl(role.source)));
  assert.deepEqual(bad.map((b) => b.where), []);
});
test('every role date is a valid ISO date or null', () => {
  const bad = roles.filter(({ role }) => [role.from, role.to].some((d) => d !== null && parseKbDate(d) === null));
  assert.deepEqual(bad.map((b) => b.where), []);
});
test('every role starts before it ends', () => {
  const bad = roles.filter(({ role }) => role.from !== null && role.to !== null && parseKbDate(role.from)!.first > parseKbDate(role.to)!.last);
  assert.deepEqual(bad.map((b) => b.where), []);
});
test('every open role says when it was last confirmed', () => {
  const bad = roles.filter(({ role }) => role.to === null && (role.checked === undefined || parseKbDate(role.checked) === null));
  assert.deepEqual(bad.map((b) => b.where), []);
});
test('every entity has a source URL', () => assert.deepEqual(entries.filter(({ entity }) => !isUrl(entity.source)).map((e) => e.entity.key), []));
test('Wikidata ids are well-formed and unique', () => {
  const ids = entries.map((e) => e.entity.id).filter((id): id is string => id !== null);
  assert.ok(ids.every((id) => /^Q[1-9]\d*$/.test(id)), ids.join(' '));
  assert.equal(new Set(ids).size, ids.length);
});
test('keys are unique', () => {
  const keys = entries.map((e) => e.entity.key);
  assert.equal(new Set(keys).size, keys.length);
});
