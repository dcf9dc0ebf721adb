/**
 * @module stages/citations/measure — citation figures on PolNeAR (../shared/datasets/polnear),
 * news articles whose attributions people annotated with Source spans.
 *
 * `node dist/src/stages/citations/measure.js ../shared/datasets/polnear/dev [--list]`
 *
 * PolNeAR marks who a claim comes from, not every outlet a text cites ("X told CNN" has
 * the Source X), so two comparisons are meaningful:
 * - outlets: of the annotated Sources that *are* a registry outlet or agency ("The New York
 *   Post reports"), the share the stage cites at that place (recall);
 * - anonymous: of the annotated Sources that are unnamed groups or people ("sources",
 *   "officials familiar with…", no personal name), the share found as anonymous citations
 *   (recall), and of the anonymous citations found, the share that overlap an annotated
 *   Source (precision).
 * Used for docs/quality.md; the dataset's text is never copied into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../sentences/index.js';
import { findCitations } from './index.js';
import { sourceRegistry } from './load.js';

/** Counts of one PolNeAR folder. */
export interface PolnearFigures {
  readonly documents: number;
  readonly outletSources: number;
  readonly outletSourcesCited: number;
  readonly anonymousSources: number;
  readonly anonymousSourcesFound: number;
  readonly anonymousCitations: number;
  readonly anonymousCitationsOnSources: number;
}

const ANONYMOUS_SOURCE = /\b(?:sources?|officials?|aides?|insiders?|diplomats?|people familiar|person familiar)\b/i;
const PERSON_NAME = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

/** Measures one folder (`text/` and `attributions/` as PolNeAR ships them); `list` receives each miss. */
export function measurePolnear(dir: string, list?: (line: string) => void): PolnearFigures {
  const registry = sourceRegistry();
  const counts = { documents: 0, outletSources: 0, outletSourcesCited: 0, anonymousSources: 0, anonymousSourcesFound: 0, anonymousCitations: 0, anonymousCitationsOnSources: 0 };
  const annFiles = fs.readdirSync(path.join(dir, 'attributions'));
  for (const f of fs.readdirSync(path.join(dir, 'text')).sort()) {
    const text = fs.readFileSync(path.join(dir, 'text', f), 'utf8');
    const ann = annFiles.find((a) => a.startsWith(f.replace(/\.txt$/, '')));
    if (ann === undefined) continue;
    counts.documents++;
    const sources: { start: number; end: number; text: string }[] = [];
    for (const line of fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8').split('\n')) {
      const m = /^T\d+\tSource (\d+) (\d+)\t(.*)$/.exec(line);
      if (m) sources.push({ start: Number(m[1]), end: Number(m[2]), text: m[3]! });
    }
    const seg = segment(text);
    const found = findCitations(text, registry, { dateline: seg.dateline, paragraphs: seg.paragraphs }).citations;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const s of sources) {
      const e = registry.lookup(s.text.replace(/^the /, ''));
      if (e !== undefined && e.kind !== 'official' && e.kind !== 'reference') {
        counts.outletSources++;
        if (found.some((c) => c.known && c.kind !== 'anonymous' && overlaps(c, s))) counts.outletSourcesCited++;
        else list?.(`outlet missed\t${f}\t${s.text}`);
      }
      if (ANONYMOUS_SOURCE.test(s.text) && !PERSON_NAME.test(s.text.replace(/^\p{Lu}/u, 'x'))) {
        counts.anonymousSources++;
        if (found.some((c) => c.kind === 'anonymous' && overlaps(c, s))) counts.anonymousSourcesFound++;
        else list?.(`anonymous missed\t${f}\t${s.text}`);
      }
    }
    for (const c of found.filter((x) => x.kind === 'anonymous')) {
      counts.anonymousCitations++;
      if (sources.some((s) => overlaps(c, s))) counts.anonymousCitationsOnSources++;
      else list?.(`anonymous extra\t${f}\t${c.name}`);
    }
  }
  return counts;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);

/** The figures as printed lines. */
export function formatPolnear(f: PolnearFigures): string {
  return [
    `documents                 ${f.documents}`,
    `outlet sources cited      ${pct(f.outletSourcesCited, f.outletSources)}`,
    `anonymous sources found   ${pct(f.anonymousSourcesFound, f.anonymousSources)}`,
    `anonymous precision       ${pct(f.anonymousCitationsOnSources, f.anonymousCitations)}`,
  ].join('\n');
}

if (process.argv[1] !== undefined && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write('usage: node dist/src/stages/citations/measure.js POLNEAR_FOLDER [--list]\n');
    process.exit(2);
  }
  const list = process.argv.includes('--list') ? (l: string): void => { process.stdout.write(`${l}\n`); } : undefined;
  process.stdout.write(`${formatPolnear(measurePolnear(dir, list))}\n`);
}
