/**
 * @module stages/credibility/measure — the score's distribution on professionally edited
 * wire and broadcast copy: TimeML files (TimeBank and AQUAINT in ../shared/datasets/tempeval3).
 *
 * `node dist/src/stages/credibility/measure.js FOLDER… [--list]`
 *
 * Runs sentences → repeats → citations → credibility on the text of each `.tml` file and
 * prints the score quantiles and how often each signal fires. Edited news should score
 * high; a signal that fires on much of it is too eager. The text is never copied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../../config.js';
import { createContext } from '../../pipeline/context.js';
import { analyzeDocument, buildPipeline } from '../../pipeline/pipeline.js';
import { citationsStage } from '../citations/index.js';
import { repeatsStage } from '../repeats/index.js';
import { sentencesStage } from '../sentences/index.js';
import { credibilityStage, type CredibilityValue } from './index.js';

/** Score quantiles and signal counts over a set of documents. */
export interface ScoreFigures {
  readonly documents: number;
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly mean: number;
  /** Documents at or below 0.6 (the seeds' "credible" line). */
  readonly atOrBelow06: number;
  readonly signals: Readonly<Record<string, number>>;
}

/** The plain text of a TimeML file: the TEXT element without its tags. */
function timemlText(xml: string): string | null {
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (m === null) return null;
  return m[1]!.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

/** Scores every `.tml` file in `folders`; `list` receives one line per document. */
export function measureTimeml(folders: readonly string[], list?: (line: string) => void): ScoreFigures {
  const ctx = createContext({ ...DEFAULTS, referenceDate: '2024-05-01' });
  const pipeline = buildPipeline([sentencesStage, repeatsStage, citationsStage, credibilityStage]);
  const scores: number[] = [];
  const signals: Record<string, number> = {};
  for (const folder of folders) {
    for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.tml')).sort()) {
      const text = timemlText(fs.readFileSync(path.join(folder, f), 'utf8'));
      if (text === null || text === '') continue;
      const result = analyzeDocument(pipeline, ctx, { id: f, source: f, format: 'text', text, meta: { title: null, outlet: null, byline: null, url: null, published: null } });
      const value = result.layers.get('credibility')?.[0]?.value as CredibilityValue | undefined;
      if (value === undefined) continue;
      scores.push(value.score);
      for (const s of value.signals) signals[s.code] = (signals[s.code] ?? 0) + 1;
      list?.(`${value.score.toFixed(2)}\t${f}\t${value.signals.map((s) => `${s.code} −${s.penalty}`).join(', ')}`);
    }
  }
  scores.sort((a, b) => a - b);
  const q = (p: number): number => scores[Math.floor(p * (scores.length - 1))] ?? 0;
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  return { documents: scores.length, min: scores[0] ?? 0, p10: q(0.1), median: q(0.5), mean: Math.round(mean * 1000) / 1000, atOrBelow06: scores.filter((s) => s <= 0.6).length, signals };
}

if (process.argv[1] !== undefined && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (folders.length === 0) {
    process.stderr.write('usage: node dist/src/stages/credibility/measure.js TIMEML_FOLDER… [--list]\n');
    process.exit(2);
  }
  const list = process.argv.includes('--list') ? (l: string): void => { process.stdout.write(`${l}\n`); } : undefined;
  process.stdout.write(`${JSON.stringify(measureTimeml(folders, list), null, 2)}\n`);
}
