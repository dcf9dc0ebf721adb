import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { WORKER_V8_FLAGS } from './analyzer.js';

test('every worker V8 flag is one this V8 knows (an unknown flag would be ignored with a warning)', () => {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  for (const flag of WORKER_V8_FLAGS) {
    const name = flag.replace(/^--(no-)?/, '').replace(/=.*/, '');
    assert.ok(options.includes(`--${name} `), `${flag} is not a V8 option of this Node`);
  }
  // Set as the pool sets them, the flags are accepted without a word on standard error.
  const run = spawnSync(process.execPath, ['-e', `const v8 = require('node:v8'); for (const f of ${JSON.stringify(WORKER_V8_FLAGS)}) v8.setFlagsFromString(f); console.log('ok')`], { encoding: 'utf8' });
  assert.equal(run.stdout.trim(), 'ok');
  assert.equal(run.stderr, '');
});
