/**
 * @module test/source-dirs.test — users extend the source registry with their own folders (`sourceDirs`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, tmp, writeFiles } from './helpers.js';

interface Citation { readonly name: string; readonly known: boolean }

const ARTICLE = 'The mediator told the Harbour Light Gazette that talks would resume on Thursday.\n';
const OUTLET = JSON.stringify([{ key: 'harbour-light-gazette', name: 'Harbour Light Gazette', kind: 'newspaper', country: 'GB', variants: [], domains: ['harbourlight.example'], source: 'https://harbourlight.example/' }]);

async function citations(env: Record<string, string>, dir: string): Promise<Citation[]> {
  const r = await cli(['annotate', path.join(dir, 'a.txt')], { env });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { documents: { citations: Citation[] }[] }).documents[0]!.citations;
}

describe('sourceDirs', () => {
  it('makes an outlet of a user folder known, by environment or config file', async () => {
    const dir = writeFiles(tmp(), { 'a.txt': ARTICLE, 'sources/mine.json': OUTLET });
    const before = await citations({}, dir);
    assert.ok(!before.some((c) => c.name === 'Harbour Light Gazette' && c.known));
    const viaEnv = await citations({ PARLEY_SOURCE_DIRS: path.join(dir, 'sources') }, dir);
    assert.ok(viaEnv.some((c) => c.name === 'Harbour Light Gazette' && c.known), JSON.stringify(viaEnv));
    const config = writeFiles(tmp(), { 'parley.config.json': JSON.stringify({ sourceDirs: [path.join(dir, 'sources')] }) });
    const r = await cli(['annotate', '--config', path.join(config, 'parley.config.json'), path.join(dir, 'a.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as { documents: { citations: Citation[] }[] }).documents[0]!.citations.some((c) => c.name === 'Harbour Light Gazette' && c.known));
  });

  it('refuses a bad entry in a user folder with KB_INVALID naming the file', async () => {
    const dir = writeFiles(tmp(), { 'a.txt': ARTICLE, 'sources/bad.json': JSON.stringify([{ key: 'x', name: 'X Daily', kind: 'daily' }]) });
    const r = await cli(['annotate', path.join(dir, 'a.txt')], { env: { PARLEY_SOURCE_DIRS: path.join(dir, 'sources') } });
    assert.equal(r.code, 6, r.stderr);
    assert.match(r.stderr, /bad\.json/);
  });
});
