/**
 * Exported roles: an office the text gives as held before ("former …") is marked `former`,
 * and stays so in the corpus only while no article gives it as held.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateExport } from '../../test/schema.js';
import { storeOf } from '../corpus/testing.js';
import { buildExport, type ExportEntity } from './export.js';

const LATER = `Title: Bennett weighs in
Published: 2024-05-14

JERUSALEM (Wire) — Former Prime Minister Naftali Bennett said on Tuesday that the government should take the deal. Aaron David Miller, a former State Department negotiator, said the gaps were wide.
`;

const EARLIER = `Title: Bennett in Sochi
Published: 2022-01-10

JERUSALEM (Wire) — Prime Minister Naftali Bennett said on Monday that talks with Moscow had gone well.
`;

async function entitiesOf(files: Record<string, string>): Promise<ExportEntity[]> {
  const out = await buildExport(await storeOf(files), '2026-03-07T00:00:00Z');
  validateExport(out);
  return (out as unknown as { entities: ExportEntity[] }).entities;
}

const rolesOf = (entities: ExportEntity[], name: string): Array<[string, string | null, string | null, boolean]> =>
  entities.find((e) => e.name === name)!.roles.map((r) => [r.title, r.of, r.from, r.former]);

describe('exported roles', () => {
  it('a past title is a role marked former, with the term it names; the export stays valid', async () => {
    const entities = await entitiesOf({ 'a.txt': LATER });
    assert.deepEqual(rolesOf(entities, 'Naftali Bennett'), [['Prime Minister', 'Israel', '2021-06-13', true]]);
    assert.deepEqual(rolesOf(entities, 'Aaron David Miller'), [['negotiator', 'United States Department of State', null, true]]);
  });
  it('a role one article gives as held and another as former is not former', async () => {
    const entities = await entitiesOf({ 'a.txt': LATER, 'b.txt': EARLIER });
    assert.deepEqual(rolesOf(entities, 'Naftali Bennett'), [['Prime Minister', 'Israel', '2021-06-13', false]]);
  });
});
