/**
 * @module bench/dating — how well undated articles are dated, article by article.
 *
 * `node dist/bench/dating.js SPLIT_DIR [--docs N] [--list FILE]` runs `parley annotate` (this
 * checkout's build) over the texts of a PolNeAR-style split folder (`text/*.txt` whose
 * names carry the publication day, `…_YYYY-MM-DD_…`), which the adapter
 * `../shared/eval/polnear.mjs` also dates but only sums up. It prints, over the articles
 * given a value: how many values there are, how many intervals hold the true day, how many
 * values are within 7 days, and the mean and median error of the values in days (a month
 * value counts as its 15th). `--list FILE` writes one JSON row per article (true day, value,
 * method, interval, the first evidence) so that two builds can be compared article by
 * article. Read the train split to look for errors; the dev split is for the figure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule } from '../src/util/paths.js';
import { repoRoot } from './corpus.js';

/** One article's dating against its true day. */
export interface DatingRow {
  readonly name: string;
  readonly gold: string;
  readonly value: string | null;
  readonly method: string;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly holds: boolean;
  readonly within7: boolean;
  readonly errorDays: number | null;
  readonly evidence: readonly string[];
}

const DAY = 86_400_000;

/** A value's day: a month counts as its 15th, a year as July 1st. */
export function dayOf(value: string): number {
  const v = value.length === 4 ? `${value}-07-01` : value.length === 7 ? `${value}-15` : value.slice(0, 10);
  return Date.parse(v);
}

/** The row of one article, from its `published` record and its true day. */
export function datingRow(name: string, gold: string, p: { value: string | null; method: string; earliest: string | null; latest: string | null; evidence: readonly unknown[] } | undefined): DatingRow {
  const g = Date.parse(gold);
  const value = p?.value ?? null;
  const lo = p?.earliest ? Date.parse(p.earliest.slice(0, 10)) : -Infinity;
  // an interval's last day may be a month or a year: it covers to the end of it
  const hi = p?.latest ? dayOf(p.latest) + (p.latest.length === 7 ? 16 * DAY : p.latest.length === 4 ? 184 * DAY : 0) : Infinity;
  const errorDays = value ? Math.round(Math.abs(dayOf(value) - g) / DAY) : null;
  return {
    name, gold, value, method: p?.method ?? 'none', earliest: p?.earliest ?? null, latest: p?.latest ?? null,
    holds: value !== null && lo <= g && g <= hi,
    within7: value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) && errorDays !== null && errorDays <= 7,
    errorDays,
    evidence: (p?.evidence ?? []).slice(0, 4).map((e) => (typeof e === 'string' ? e : (e as { text: string }).text)),
  };
}

/** The summary line of a set of rows. */
export function summarize(rows: readonly DatingRow[]): string {
  const given = rows.filter((r) => r.value !== null);
  const errs = given.map((r) => r.errorDays!).sort((a, b) => a - b);
  const mean = errs.length ? errs.reduce((a, b) => a + b, 0) / errs.length : 0;
  const median = errs.length ? (errs.length % 2 ? errs[(errs.length - 1) / 2]! : (errs[errs.length / 2 - 1]! + errs[errs.length / 2]!) / 2) : 0;
  return `articles ${rows.length}, values given ${given.length}, interval holds the day ${given.filter((r) => r.holds).length}, within 7 days ${given.filter((r) => r.within7).length}, error of the values: mean ${mean.toFixed(0)} days, median ${median} days`;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { docs: { type: 'string' }, list: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: node dist/bench/dating.js SPLIT_DIR [--docs N] [--list FILE]');
  const names = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, values.docs ? Number(values.docs) : undefined);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dating-'));
  try {
    const input = path.join(tmp, 'input.jsonl');
    fs.writeFileSync(input, names.map((n, i) => JSON.stringify({ id: `dating-${i}`, text: fs.readFileSync(path.join(dir, 'text', n), 'utf8') })).join('\n') + '\n');
    const out = execFileSync(process.execPath, [path.join(repoRoot(), 'dist/src/cli/main.js'), 'annotate', input], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const ex = JSON.parse(out) as { documents: { source: string; published: Parameters<typeof datingRow>[2] }[] };
    const bySource = new Map(ex.documents.map((d) => [d.source, d.published]));
    const rows: DatingRow[] = [];
    names.forEach((n, i) => {
      const gold = n.match(/_(\d{4}-\d{2}-\d{2})_/)?.[1];
      if (gold) rows.push(datingRow(n, gold, bySource.get(`dating-${i}`)));
    });
    process.stdout.write(`${summarize(rows)}\n`);
    if (values.list) fs.writeFileSync(values.list, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) main();
