import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readJson, readJsonl } from './json.js';

describe('json records', () => {
  it('reads an array; source is id, else url, else FILE#N', () => {
    const r = readJson('f.json', JSON.stringify([{ id: 'a1', text: 'One.' }, { url: 'https://e.org/2', text: 'Two.' }, { text: 'Three.', published: '2024-02-02' }]));
    assert.deepEqual(r.docs.map((d) => d.source), ['a1', 'https://e.org/2', 'f.json#3']);
    assert.equal(r.docs[2]!.meta.published?.raw, '2024-02-02');
    assert.equal(r.docs[2]!.meta.published?.method, 'metadata');
  });
  it('reads a single object and a {documents: [...]} wrapper', () => {
    assert.equal(readJson('f.json', '{"text":"Solo."}').docs.length, 1);
    assert.equal(readJson('f.json', '{"documents":[{"text":"A."},{"text":"B."}]}').docs.length, 2);
  });
  it('turns html records into text', () => {
    const r = readJson('f.json', JSON.stringify([{ id: 'h', html: '<p>First para.</p><p>Second &amp; last.</p>' }]));
    assert.equal(r.docs[0]!.text, 'First para.\n\nSecond & last.');
  });
  it('reports a record without text and keeps the others', () => {
    const r = readJson('f.json', JSON.stringify([{ id: 'x', title: 'no body' }, { id: 'y', text: 'ok' }]));
    assert.equal(r.docs.length, 1);
    assert.match(r.problems[0]!.message, /^JSON_RECORD_INVALID: x: .*neither "text" nor "html"/);
  });
  it('reports wrong field types', () => {
    const r = readJson('f.json', JSON.stringify([{ id: 'x', text: 5 }]));
    assert.match(r.problems[0]!.message, /"text" must be a string/);
  });
  it('reads a Unix time as the published date, and still refuses other types', () => {
    const r = readJson('f.json', JSON.stringify([{ id: 'u', text: 'ok', published: 1714435200 }, { id: 'b', text: 'ok', published: true }]));
    assert.equal(r.docs[0]!.meta.published?.raw, '1714435200');
    assert.match(r.problems[0]!.message, /^JSON_RECORD_INVALID: b: .*"published" must be a string or a number/);
  });
  it('reports malformed JSON naming the file', () => {
    const r = readJson('bad.json', '[{"text": "unclosed"');
    assert.equal(r.docs.length, 0);
    assert.match(r.problems[0]!.message, /^JSON_MALFORMED: bad\.json/);
  });
});

describe('jsonl records', () => {
  it('reads one record per line and reports a bad line by number', () => {
    const r = readJsonl('f.jsonl', '{"id":"a","text":"A."}\n{broken\n\n{"text":"C."}\n');
    assert.deepEqual(r.docs.map((d) => d.source), ['a', 'f.jsonl#3']);
    assert.match(r.problems[0]!.message, /^JSON_MALFORMED: f\.jsonl:2/);
  });
});
