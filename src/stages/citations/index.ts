/**
 * @module stages/citations — the sources an article cites, each named and looked up in the
 * source registry (`data/sources`).
 *
 * Passes (see README.md): 01 name-like phrases, 02 registry resolution, 03 runs of names
 * (source lists and count markers), 04 proposers by context (dateline, cues, brackets,
 * paragraph tails, piles), 05 anonymous sources, 06 refiners. `findCitations` runs them on
 * a text; the stage turns the result into `citation` and `citation-marker` annotations.
 */
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../pipeline/stage.js';
import type { Dateline } from '../sentences/index.js';
import { scanNames, type Phrase } from './01-names.js';
import { Resolver } from './02-resolve.js';
import { buildRuns, type Marker, type Run } from './03-runs.js';
import { candidateOf, proposeFromRuns, type Candidate, type Previous } from './04-propose.js';
import { proposeAnonymous } from './05-anonymous.js';
import { REFINERS, type Mention } from './06-refine.js';
import { sourceRegistry } from './load.js';
import type { SourceRegistry } from './registry.js';
import type { CitationValue, MarkerValue } from './types.js';

export { DEFAULT_SOURCES_DIR, formatSourceIssue, loadSourceRegistry, sourceRegistry, SourceRegistryError } from './load.js';
export { sourceKey } from './normalize.js';
export { SourceRegistry } from './registry.js';
export type { Candidate } from './04-propose.js';
export type { Marker } from './03-runs.js';
export type { CitationKind, CitationList, CitationValue, MarkerValue, Qualifier, SourceEntry, SourceIssue, SourceKind } from './types.js';

/** What `findCitations` found in one text. */
export interface CitationFindings {
  /** One entry per citation occurrence, in text order. */
  readonly citations: readonly Candidate[];
  /** Count chips beside cited sources ("+9", "(+11)"), in text order. */
  readonly markers: readonly Marker[];
}

/** Optional inputs the pipeline already has. */
export interface FindOptions {
  /** The dateline (its agency is cited: "CAIRO (Reuters) -"). */
  readonly dateline?: Pick<Dateline, 'start' | 'end' | 'agency'> | null;
  /** Paragraph spans; default: the text's lines. */
  readonly paragraphs?: readonly { readonly start: number; readonly end: number }[];
}

function linesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The phrase that ends last at or before each run's start, resolved (for abbreviation checks). Runs come in text order. */
function previousPhrases(phrases: readonly Phrase[], resolver: Resolver): (run: Run) => Previous | null {
  let i = 0;
  let prev: Phrase | null = null;
  return (run) => {
    while (i < phrases.length && phrases[i]!.end <= run.start) prev = phrases[i++]!;
    return prev === null ? null : { phrase: prev, entry: resolver.resolve(prev).entry };
  };
}

function datelineCitation(text: string, phrases: readonly Phrase[], resolver: Resolver, dl: FindOptions['dateline']): Candidate | null {
  if (!dl?.agency) return null;
  const open = text.indexOf(`(${dl.agency}`, dl.start);
  const at = open + 1;
  if (open < 0 || at + dl.agency.length > dl.end) return null;
  const phrase = phrases.find((p) => p.start < at + dl.agency!.length && at < p.end);
  if (phrase === undefined) return null;
  const res = resolver.resolve(phrase);
  if (res.credit || res.placeOnly) return null;
  const c = candidateOf(text, res, null, 'citations/dateline');
  return c.known ? c : { ...c, kind: 'agency' };
}

/** Every citation of `text` (pure: no pipeline needed). */
export function findCitations(text: string, registry: SourceRegistry, opts: FindOptions = {}): CitationFindings {
  const phrases = scanNames(text, registry);
  const resolver = new Resolver(registry, text);
  const runs = buildRuns(text, phrases, resolver, registry);
  const { candidates, markerRuns } = proposeFromRuns(text, runs, previousPhrases(phrases, resolver));
  const dateline = datelineCitation(text, phrases, resolver, opts.dateline);
  let all: Candidate[] = [...(dateline === null ? [] : [dateline]), ...candidates, ...proposeAnonymous(text)];
  const paragraphs = opts.paragraphs ?? linesOf(text);
  const mentions: Mention[] = [];
  for (const run of runs) for (const { res } of run.items) if (res.entry !== null && res.entry.kind !== 'official' && !res.credit) mentions.push({ start: res.start, entry: res.entry });
  for (const r of REFINERS) all = r.refine(text, all, { paragraphs, mentions });
  const markers: Marker[] = [];
  for (const run of markerRuns) {
    if (!all.some((c) => c.start >= run.start && c.end <= run.end)) continue;
    for (const m of run.markers) if (run.items.length > 1 || !m.bare) markers.push(m);
  }
  markers.sort((a, b) => a.start - b.start);
  return { citations: all, markers: markers.filter((m, i) => i === 0 || m.start !== markers[i - 1]!.start) };
}

/** The `citations` stage: `citation` and `citation-marker` annotations. */
export const citationsStage: Stage = {
  name: 'citations',
  description: 'Finds the sources an article cites (outlets, agencies, bodies, references, anonymous sources) and whether the source registry knows them.',
  requires: ['paragraph', 'dateline'],
  produces: ['citation', 'citation-marker'],
  run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput {
    const registry = sourceRegistry(undefined, ctx.config.sourceDirs);
    const dl = layers.get<{ agency: string | null }>('dateline')[0];
    const found = findCitations(doc.text, registry, {
      dateline: dl === undefined ? null : { start: dl.start, end: dl.end, agency: dl.value.agency },
      paragraphs: layers.get('paragraph'),
    });
    ctx.debug(() => `citations: ${doc.id} ${found.citations.length} citations, ${found.markers.length} count markers\n${found.citations
      .map((c) => `  @${c.start} ${JSON.stringify(doc.text.slice(c.start, c.end))} → ${c.name} (${c.kind}, ${c.known ? 'known' : 'unknown'}) by ${c.rule}`)
      .join('\n')}`);
    const citation: Annotation<CitationValue>[] = found.citations.map((c) =>
      annotate<CitationValue>('citation', doc.text, c.start, c.end, Object.freeze({ name: c.name, kind: c.kind, known: c.known, outletKey: c.outletKey, list: c.list }), c.rule));
    const marker: Annotation<MarkerValue>[] = found.markers.map((m) => annotate<MarkerValue>('citation-marker', doc.text, m.start, m.end, Object.freeze({ count: m.count }), 'citations/count-marker'));
    return { citation, 'citation-marker': marker };
  },
};
