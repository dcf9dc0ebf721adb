import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULTS, resolveConfig } from './config.js';

const file = (content: object): string => {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cfg-')), 'parley.config.json');
  fs.writeFileSync(p, JSON.stringify(content));
  return p;
};

describe('resolveConfig', () => {
  it('uses defaults when nothing is set', () => assert.deepEqual({ ...resolveConfig({}, {}, null) }, { ...DEFAULTS }));
  it('layers defaults < file < environment < flags', () => {
    const f = file({ db: 'from-file.db', batchSize: 7, workers: 3 });
    const c = resolveConfig({ db: 'from-flag.db' }, { PARLEY_DB: 'from-env.db', PARLEY_BATCH_SIZE: '9' }, f);
    assert.equal(c.db, 'from-flag.db');
    assert.equal(c.batchSize, 9);
    assert.equal(c.workers, 3);
    assert.equal(c.maxDocumentBytes, DEFAULTS.maxDocumentBytes);
  });
  it('reads numbers, booleans and auto from the environment', () => {
    const c = resolveConfig({}, { PARLEY_WORKERS: '0', PARLEY_DEBUG: 'true', PARLEY_REFERENCE_DATE: '2024-05-01' }, null);
    assert.equal(c.workers, 0);
    assert.equal(c.debug, true);
    assert.equal(c.referenceDate, '2024-05-01');
    assert.equal(resolveConfig({}, { PARLEY_WORKERS: 'auto' }, null).workers, 'auto');
  });
  it('refuses bad values with a USAGE error naming the setting', () => {
    assert.throws(() => resolveConfig({}, { PARLEY_BATCH_SIZE: 'lots' }, null), /USAGE: PARLEY_BATCH_SIZE/);
    assert.throws(() => resolveConfig({ workers: -1 }, {}, null), /USAGE: workers/);
    assert.throws(() => resolveConfig({ referenceDate: 'May 1' }, {}, null), /USAGE: referenceDate/);
    assert.throws(() => resolveConfig({}, {}, file({ colour: 'blue' })), /unknown setting "colour"/);
    assert.throws(() => resolveConfig({}, {}, '/nonexistent/parley.config.json'), /config file not found/);
  });
  it('returns a frozen object', () => assert.ok(Object.isFrozen(resolveConfig({}, {}, null))));
});
