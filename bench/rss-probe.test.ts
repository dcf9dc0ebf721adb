import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseTaskStat, threadCpu } from './rss-probe.js';

test('a task stat line gives its thread id and user + system seconds, a command with spaces included', () => {
  const line = '4242 (V8 Default Wo) S 1 4242 4242 0 -1 4194368 100 0 0 0 250 50 0 0 20 0 7 0 123 456 789';
  assert.deepEqual(parseTaskStat(line), { tid: 4242, seconds: 3 });
});

test('thread CPU splits into main, threads present at start-up, and later threads', () => {
  const last = new Map([[10, 1.5], [11, 2], [12, 0.5], [20, 4], [21, 3]]);
  assert.deepEqual(threadCpu(last, 10, new Set([10, 11, 12])), { main: 1.5, background: 2.5, workers: 7 });
});

test('the probe writes the peak RSS and, on Linux, the CPU split when BENCH_RSS_FILE is set', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')), 'rss.json');
  const probe = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss-probe.js');
  const script = "const { Worker } = require('node:worker_threads'); new Worker('const t = Date.now(); while (Date.now() - t < 800);', { eval: true });";
  const run = spawnSync(process.execPath, ['--import', probe, '-e', script], { env: { ...process.env, BENCH_RSS_FILE: file }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(fs.readFileSync(file, 'utf8')) as { maxRssKb: number; cpu: { main: number; workers: number; background: number } | null };
  assert.ok(out.maxRssKb > 0);
  if (process.platform === 'linux') {
    assert.ok(out.cpu !== null);
    assert.ok(out.cpu.workers >= 0.05, `the worker's loop shows as worker CPU: ${JSON.stringify(out.cpu)}`);
  }
});
