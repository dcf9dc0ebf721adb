import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_KB_DIR, KbError, loadKnowledgeBase } from './load.js';
import { fixtureDir, person } from './testing.js';

/** Loads `files` and returns the issue lines of the KbError it must throw. */
function problems(files: Record<string, unknown>): string[] {
  const dir = fixtureDir(files);
  try {
    loadKnowledgeBase(dir);
  } catch (err) {
    assert.ok(err instanceof KbError, String(err));
    return err.message.split('\n').slice(1);
  }
  assert.fail('expected a KbError');
}

/** True when one problem line mentions every fragment. */
function has(lines: string[], ...fragments: string[]): boolean {
  return lines.some((line) => fragments.every((f) => line.includes(f)));
}

test('a valid fixture loads', () => assert.equal(loadKnowledgeBase(fixtureDir({ 'a.json': [person('ann-example', 'Ann Example')] })).entities.length, 1));
test('a missing name names file, entry and field', () => assert.ok(has(problems({ 'p.json': [person('no-name', '', { name: undefined })] }), 'p.json', '#1 (no-name)', 'name', 'missing')));
test('a bad date is reported', () => {
  const lines = problems({ 'p.json': [person('bad-date', 'Bad Date', { roles: [{ title: 'T', of: 'X', ofId: null, from: '2024-02-30', to: null, checked: '2024-03', source: 'https://example.org/r' }] })] });
  assert.ok(has(lines, 'p.json', '#1 (bad-date)', 'roles[0].from', 'not a date'));
});
test('from after to is reported', () => {
  const lines = problems({ 'p.json': [person('late', 'Late Start', { roles: [{ title: 'T', of: 'X', ofId: null, from: '2025-02-01', to: '2025-01-20', source: 'https://example.org/r' }] })] });
  assert.ok(has(lines, '#1 (late)', 'roles[0].from', '2025-02-01 is after to 2025-01-20'));
});
test('a month-precision end in the start month is fine', () => assert.doesNotThrow(() => loadKnowledgeBase(fixtureDir({ 'p.json': [person('same-month', 'Same Month', { roles: [{ title: 'T', of: 'X', ofId: null, from: '2024-11-07', to: '2024-11', source: 'https://example.org/r' }] })] }))));
test('a duplicate id across files is reported', () => {
  const lines = problems({ 'a.json': [person('first-one', 'First One', { id: 'Q42' })], 'b/b.json': [person('second-one', 'Second One', { id: 'Q42' })] });
  assert.ok(has(lines, 'second-one', 'duplicate id Q42', 'first-one'));
});
test('a duplicate key is reported', () => assert.ok(has(problems({ 'a.json': [person('same', 'Same A'), person('same', 'Same B')] }), 'duplicate key')));
test('a malformed id is reported', () => assert.ok(has(problems({ 'a.json': [person('bad-id', 'Bad Id', { id: 'q42' })] }), '#1 (bad-id)', 'id', 'Wikidata id')));
test('a missing role source is reported', () => {
  const lines = problems({ 'a.json': [person('no-src', 'No Source', { roles: [{ title: 'T', of: 'X', ofId: null, from: '2020', to: '2021' }] })] });
  assert.ok(has(lines, 'roles[0].source', 'missing'));
});
test('a source that is not a URL is reported', () => assert.ok(has(problems({ 'a.json': [person('no-url', 'No Url', { source: 'Wikipedia' })] }), '#1 (no-url)', 'source', 'not an http(s) URL')));
test('an open role without checked is reported', () => {
  const lines = problems({ 'a.json': [person('open', 'Open Role', { roles: [{ title: 'T', of: 'X', ofId: null, from: '2020', to: null, source: 'https://example.org/r' }] })] });
  assert.ok(has(lines, 'roles[0].checked', 'required while to is null'));
});
test('an unknown field is reported', () => assert.ok(has(problems({ 'a.json': [person('typo', 'Typo Field', { nmae: 'x' })] }), 'nmae', 'not a known field')));
test('a role starting after death is reported', () => assert.ok(has(problems({ 'a.json': [person('dead', 'Dead Early', { died: '2019', diedSource: 'https://example.org/d' })] }), 'after the death date')));
test('a dangling ofKey is reported', () => {
  const lines = problems({ 'a.json': [person('dangling', 'Dangling Ref', { roles: [{ title: 'T', of: 'Nowhere', ofId: null, ofKey: 'nowhere', from: '2020', to: '2021', source: 'https://example.org/r' }] })] });
  assert.ok(has(lines, 'roles[0].ofKey', 'no entry has the key "nowhere"'));
});
test('a shared alias must be a short name', () => {
  const lines = problems({ 'a.json': [person('one-miller', 'One Miller', { aliases: ['Miller'] }), person('two-miller', 'Two Miller', { aliases: ['Miller'] })] });
  assert.ok(has(lines, 'two-miller', 'aliases', 'move it to shortNames'));
});
test('shared short names are fine', () => assert.equal(loadKnowledgeBase(fixtureDir({ 'a.json': [person('one-miller', 'One Miller', { shortNames: ['Miller'] }), person('two-miller', 'Two Miller', { shortNames: ['Miller'] })] })).findByAlias('miller').length, 2));
test('invalid JSON names the file', () => assert.ok(has(problems({ 'broken.json': '[{"key": ' }), 'broken.json', 'not valid JSON')));
test('a file must hold an array', () => assert.ok(has(problems({ 'obj.json': { key: 'x' } }), 'obj.json', 'one JSON array')));
test('all problems are reported at once', () => {
  const lines = problems({ 'a.json': [person('one', '', { name: undefined }), person('two', 'Two', { source: 'nope' })], 'b.json': '{' });
  assert.ok(lines.length >= 3, lines.join('\n'));
});
test('a missing folder is unreadable', () => {
  assert.throws(() => loadKnowledgeBase(path.join(fixtureDir({}), 'missing')), (err: unknown) => err instanceof KbError && err.code === 'KB_UNREADABLE');
});
test('kbDirs add user entries to the built-in ones', () => {
  const kb = loadKnowledgeBase(DEFAULT_KB_DIR, [fixtureDir({ 'mine/extra.json': [person('zed-example', 'Zed Example', { shortNames: ['Zed'] })] })]);
  assert.deepEqual([kb.byKey('zed-example')?.name, kb.byKey('antony-blinken')?.name], ['Zed Example', 'Antony Blinken']);
});
test('kbDirs cannot redefine a built-in key', () => {
  assert.throws(() => loadKnowledgeBase(DEFAULT_KB_DIR, [fixtureDir({ 'x.json': [person('antony-blinken', 'Someone Else')] })]), /duplicate key/);
});

test('stateBody is a boolean on an entry with a country', () => {
  const org = (extra: Record<string, unknown>): Record<string, unknown> => ({ key: 'army', id: null, type: 'organization', name: 'Army Of Somewhere', aliases: [], source: 'https://example.org/army', ...extra });
  assert.ok(has(problems({ 'a.json': [org({ stateBody: 'yes', country: 'Israel' })] }), 'stateBody', 'must be true or false'));
  assert.ok(has(problems({ 'a.json': [org({ stateBody: true })] }), 'stateBody', 'on an entry with a country'));
  assert.equal(loadKnowledgeBase(fixtureDir({ 'a.json': [org({ stateBody: true, country: 'Israel' })] })).byKey('army')?.stateBody, true);
});
test('a place below a country has kind city or region and its country; a country has no kind', () => {
  const place = (extra: Record<string, unknown>): Record<string, unknown> => ({ key: 'townsville', id: null, type: 'place', name: 'Townsville', aliases: [], source: 'https://example.org/townsville', ...extra });
  assert.ok(has(problems({ 'a.json': [place({ kind: 'village', country: 'Sudan' })] }), 'kind', 'must be "city" or "region"'));
  assert.ok(has(problems({ 'a.json': [place({ kind: 'city' })] }), 'kind', 'on a place with a country'));
  assert.equal(loadKnowledgeBase(fixtureDir({ 'a.json': [place({ kind: 'city', country: 'Sudan' })] })).byKey('townsville')?.kind, 'city');
  const kb = loadKnowledgeBase();
  assert.equal(kb.byKey('goma')?.kind, 'city');
  assert.equal(kb.byKey('dr-congo')?.kind, undefined);
});
test('the Israel Defense Forces are a state body of Israel; the Rapid Support Forces are not one of Sudan', () => {
  const kb = loadKnowledgeBase();
  assert.equal(kb.byKey('israel-defense-forces')?.stateBody, true);
  assert.equal(kb.byKey('rapid-support-forces')?.stateBody, undefined);
});
