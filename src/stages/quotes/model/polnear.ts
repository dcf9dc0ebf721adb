/**
 * @module stages/quotes/model/polnear — reads a PolNeAR split (BRAT standoff) for training and tuning.
 *
 * A split folder holds `text/<stem>.txt` and `attributions/<stem>_<annotator>.ann`; the first
 * annotation file of a text (sorted) is used, as the benchmark does. Each event with a
 * `Content` argument is one attribution with its Content, Cue and Source spans; a
 * discontinuous span counts from its first offset to its last (benchmark rules).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Span } from '../../../pipeline/annotation.js';

/** One gold attribution. */
export interface GoldAttribution {
  readonly content: Span;
  readonly cue: Span | null;
  readonly source: Span | null;
}

/** One document of a split. */
export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

/** Parses the attributions of one `.ann` file. */
export function parseAnn(src: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const out: GoldAttribution[] = [];
  for (const line of src.split('\n')) {
    const [id, mid] = line.split('\t');
    if (id === undefined || mid === undefined) continue;
    if (id.startsWith('T')) {
      const [, ...rest] = mid.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(' ').map(Number));
      spans.set(id, { start: Math.min(...ranges.map((r) => r[0]!)), end: Math.max(...ranges.map((r) => r[1]!)) });
    } else if (id.startsWith('E')) {
      const args = new Map(mid.split(' ').map((p) => p.split(':') as [string, string]));
      const content = spans.get(args.get('Content') ?? '');
      if (content === undefined) continue;
      out.push({ content, cue: spans.get(args.get('Cue') ?? '') ?? null, source: spans.get(args.get('Source') ?? '') ?? null });
    }
  }
  return out;
}

/** Reads every annotated text of a split folder, in name order (`limit` keeps the first ones). */
export function readSplit(dir: string, limit = Infinity): GoldDocument[] {
  const names = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const annFiles = fs.readdirSync(path.join(dir, 'attributions')).sort();
  const out: GoldDocument[] = [];
  for (const name of names) {
    const stem = name.replace(/\.txt$/, '');
    const ann = annFiles.find((f) => f.startsWith(`${stem}_`));
    if (ann === undefined) continue;
    out.push({
      name: stem,
      text: fs.readFileSync(path.join(dir, 'text', name), 'utf8'),
      attributions: parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8')),
    });
  }
  return out;
}
