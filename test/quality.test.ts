/**
 * End-to-end accuracy floors: the shared seeds and the project's own probe articles
 * (test/probes), annotated by the CLI and scored by ../shared/eval/score.mjs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { cli, ROOT, SHARED, tmp } from './helpers.js';

interface Rate { readonly rate: number; readonly ok: number; readonly n: number }
interface Prf { readonly f1: number | null; readonly recall: number }
type Scores = Record<string, Rate | Prf | number>;

/** Annotates `dir` and scores the export against `gold`. */
async function score(dir: string, gold: string): Promise<Scores> {
  const r = await cli(['annotate', dir]);
  assert.equal(r.code, 0, r.stderr);
  const out = path.join(tmp(), 'export.json');
  fs.writeFileSync(out, r.stdout);
  return JSON.parse(execFileSync(process.execPath, [path.join(SHARED, 'eval/score.mjs'), out, gold, '--json'], { encoding: 'utf8' })) as Scores;
}

const rate = (s: Scores, k: string): number => (s[k] as Rate).rate;
const f1 = (s: Scores, k: string): number => (s[k] as Prf).f1 ?? 0;

describe('accuracy: the five shared seeds', () => {
  let s: Scores;
  before(async () => { s = await score(path.join(SHARED, 'corpus/seeds'), path.join(SHARED, 'corpus/seeds.gold.json')); });
  it('finds every gold person, quote speaker, time value, event, citation and signal', () => {
    assert.equal(f1(s, 'people'), 1);
    for (const k of ['quotes.attributed', 'times.value', 'events.found', 'published.bounded', 'citations.found', 'credibility.flags', 'conflicts.found', 'linking.merged', 'linking.apart']) assert.equal(rate(s, k), 1, k);
  });
});

describe('accuracy: the project\'s probe articles (test/probes)', () => {
  let s: Scores;
  before(async () => { s = await score(path.join(ROOT, 'test/probes/articles'), path.join(ROOT, 'test/probes/gold.json')); });
  it('stays above the floors measured in session 17', () => {
    assert.ok(f1(s, 'people') >= 0.97, `people F1 ${f1(s, 'people')}`);
    for (const [k, floor] of [['quotes.attributed', 0.95], ['times.value', 0.97], ['events.found', 0.95], ['published.bounded', 0.9], ['citations.found', 1], ['linking.apart', 1], ['linking.merged', 1]] as const) {
      assert.ok(rate(s, k) >= floor, `${k} ${rate(s, k)} < ${floor}`);
    }
  });
});
