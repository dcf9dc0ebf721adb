/**
 * @module stages/quotes/model/train — `npm run train:attribution`: trains the attribution model, writes data/models/attribution.bin.
 *
 * Reads PolNeAR train and dev (../shared/datasets/polnear). Every document is segmented,
 * tagged by the NER model and run through the rule passes 01–06 (their cues and
 * candidates are features). Each epoch visits the training documents in a seeded random
 * order: the cue tagger learns one anchor token per gold cue (`anchorOf`), and the span
 * picker, given each gold cue's anchor, learns the gold content and source boundaries. After every epoch the
 * averaged weights are scored on dev (the benchmark's rules: a content match when each
 * covers half of the other, an attribution when the source also overlaps) with the rule
 * candidates joined as `findQuotes` does; the epoch with the best mean of content and
 * attribution F1 is kept, training stops after `patience` epochs without a gain (by default
 * it runs all epochs); then every pair of a cue tagger from one epoch and a span picker from
 * another is scored on dev and the best pair kept (the two need not peak together). With
 * `--bag N`, N perceptron pairs train side by side on their own document orders and their
 * averaged weights are averaged. The
 * weights are quantized to 8 bits, the cue tagger's O biases (for tokens the rules read as
 * a cue, and for the others) and the fewest words of a picked content chosen together on
 * dev, and the model written.
 *
 * Options: `--train DIR --dev DIR --out FILE --epochs N --cue-bits B --span-bits B --seed S
 * --patience N --combine MODE --limit N` (documents per split, for quick runs) `--hold N`
 * (train without the last N training documents and report the model on them: a check of a
 * change that dev, which tuning reads, cannot give) `--hold-every K` (the same with every
 * K-th training document instead: the documents are in outlet order, so the last 150 are
 * 120 West Journal and 30 Washington Post articles, while every 6th is 20 of each outlet).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Span } from '../../../pipeline/annotation.js';
import { dataDir, isMainModule } from '../../../util/paths.js';
import { recognizeText } from '../../entities/ner/index.js';
import { AveragedPerceptron, FloatScorer, type Scorer } from '../../entities/ner/perceptron.js';
import { ruleCandidates, viewOfText, type RuleResult } from '../index.js';
import type { DocView } from '../view.js';
import { DEFAULT_COMBINE, combineCandidates, sameContent, type CombineMode } from './combine.js';
import { TAG_B, pickSpans, tagCues, type GoldSpans } from './decode.js';
import { FEATURE_VERSION, tokenTable, type CueSpan, type TokenTable } from './features.js';
import { readSplit, type GoldDocument } from './polnear.js';
import { proposeByModel } from './propose.js';
import { ATTRIBUTION_FORMAT, CUE_CLASSES, QuantizedTable, SPAN_CLASSES, saveModel, type AttributionMeta, type AttributionModel } from './weights.js';
import { seededRandom } from '../../../util/random.js';

/** Everything training can be told. */
export interface TrainOptions {
  readonly train: string;
  readonly dev: string;
  readonly out: string;
  readonly epochs: number;
  readonly cueBits: number;
  readonly spanBits: number;
  readonly seed: number;
  readonly patience: number;
  readonly limit: number;
  readonly combine: CombineMode;
  /** Last training documents held out of training and scored at the end (0: none). */
  readonly hold: number;
  /** Every K-th training document held out instead (0: none). */
  readonly holdEvery: number;
  /** Perceptrons trained side by side on their own document orders, their averaged weights averaged. */
  readonly bag: number;
}

const SHARED = path.resolve(dataDir('models'), '../../../shared/datasets/polnear');

/** The defaults `npm run train:attribution` uses. */
export const TRAIN_DEFAULTS = {
  train: path.join(SHARED, 'train'),
  dev: path.join(SHARED, 'dev'),
  out: path.join(dataDir('models'), 'attribution.bin'),
  epochs: 8,
  cueBits: 16,
  spanBits: 17,
  seed: 20261121,
  patience: 8,
  limit: Infinity,
  combine: DEFAULT_COMBINE,
  hold: 0,
  holdEvery: 0,
  bag: 1,
} satisfies TrainOptions;

/** O biases tried when tuning the cue tagger on dev. */
const CUE_BIASES = [-4, 0, 4, 8, 12, 16, 24];
/** O biases tried for tokens whose cue the rules read. */
const RULE_CUE_BIASES = [-8, -4, -2, 0, 2, 4];
/** Fewest words of a span picker's content, tried with the biases (1: every pick kept). */
const MIN_WORDS = [1, 2, 3];

/** A document ready for training or scoring. */
export interface PreparedDoc {
  readonly gold: GoldDocument;
  readonly view: DocView;
  readonly rules: RuleResult;
  readonly table: TokenTable;
  /** Gold cue tags per token. */
  readonly tags: Uint8Array;
  /** Gold cues with their boundaries. */
  readonly cues: readonly { readonly cue: CueSpan; readonly spans: GoldSpans }[];
}

/** Words that open a cue phrase without carrying it (`has said`, `did not address`, `’s claim`). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'did', 'does', 'do', 'not', 'never', 'also', 'then', 'still', 'just', "'s", '’s', 's', 'to', 'reportedly', 'repeatedly',
]);

/**
 * The anchor of a gold cue: the token the tagger learns to find. PolNeAR's cue spans vary
 * in extent (`said`, `said Friday`, `has faced ridicule online`), so the tagger learns one
 * token per cue: the lexicon's cue word inside the span, else its first word that is not
 * an auxiliary or adverb, else its first token.
 */
export function anchorOf(t: TokenTable, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (t.lexicon[k] !== 0) return k;
  for (let k = first; k <= last; k++) {
    const tok = t.view.tokens[k]!;
    if (tok.kind === 'word' && !AUXILIARIES.has(tok.lower)) return k;
  }
  return first;
}

/** Segments, tags and runs the rules over a gold document, and maps its spans to tokens. */
export function prepare(gold: GoldDocument): PreparedDoc {
  const view = viewOfText(gold.text, recognizeText(gold.text).ner);
  const rules = ruleCandidates(view);
  const table = tokenTable(view, rules);
  const tags = new Uint8Array(view.tokens.length);
  const cues: { cue: CueSpan; spans: GoldSpans }[] = [];
  const range = (s: { start: number; end: number }): [number, number] => [view.tokenAtOrAfter(s.start), view.tokenEndingBy(s.end)];
  for (const a of gold.attributions) {
    if (a.cue === null) continue;
    const [qf, ql] = range(a.cue);
    const [cf, cl] = range(a.content);
    if (ql < qf || cl < cf) continue;
    const anchor = anchorOf(table, qf, ql);
    tags[anchor] = TAG_B;
    const [sf, sl] = a.source === null ? [-1, -1] : range(a.source);
    cues.push({ cue: { first: anchor, last: anchor }, spans: { contentFirst: cf, contentLast: cl, sourceFirst: sl < sf ? -1 : sf, sourceLast: sl < sf ? -1 : sl } });
  }
  return { gold, view, rules, table, tags, cues };
}

/**
 * The training documents and those held out of training: the last `hold`, or every
 * `every`-th (indices `every − 1`, `2·every − 1`, …); none when both are 0. Both at once
 * are refused (two protocols in one run would be one nobody else measured).
 */
export function splitHeld<T>(all: readonly T[], hold: number, every: number): { train: T[]; held: T[] } {
  if (hold > 0 && every > 0) throw new Error('--hold and --hold-every exclude each other');
  if (every > 0) return { train: all.filter((_, i) => i % every !== every - 1), held: all.filter((_, i) => i % every === every - 1) };
  if (hold > 0) return { train: all.slice(0, -hold), held: all.slice(-hold) };
  return { train: [...all], held: [] };
}

/** Benchmark counts over documents. */
export interface Counts {
  gold: number;
  predicted: number;
  content: number;
  attributed: number;
}

function f1(tp: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** `content P/R/F1; attribution P/R/F1` in percent. */
export function report(c: Counts): string {
  const a = f1(c.content, c.predicted, c.gold);
  const b = f1(c.attributed, c.predicted, c.gold);
  const pct = (x: number): string => (100 * x).toFixed(1);
  return `content P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f)}; attribution P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f)} (${c.predicted} predicted, ${c.gold} gold)`;
}

/** What tuning maximizes: the mean of content F1 and attribution F1 (both are targets). */
export function objective(c: Counts): number {
  return (f1(c.content, c.predicted, c.gold).f + f1(c.attributed, c.predicted, c.gold).f) / 2;
}

/** Scores candidates of each document by the benchmark's rules (speaker spans only). */
export function scoreDocs(docs: readonly PreparedDoc[], model: AttributionModel | null, mode: CombineMode): Counts {
  const counts: Counts = { gold: 0, predicted: 0, content: 0, attributed: 0 };
  for (const d of docs) {
    const found = model === null ? [] : proposeByModel(d.view, d.rules, model, mode === 'direct-rules' || mode === 'fill');
    const predicted = combineCandidates(d.rules.candidates, found, model === null ? 'rules' : mode);
    counts.gold += d.gold.attributions.length;
    counts.predicted += predicted.length;
    const used = new Set<number>();
    for (const a of d.gold.attributions) {
      const k = predicted.findIndex((p, i) => !used.has(i) && sameContent(p, a.content));
      if (k < 0) continue;
      used.add(k);
      counts.content++;
      const q = predicted[k]!;
      if (a.source === null || q.source === null) continue;
      const s = { start: d.view.tokens[q.source.first]!.start, end: d.view.tokens[q.source.last]!.end };
      if (overlaps(s, a.source)) counts.attributed++;
    }
  }
  return counts;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}


function modelOf(meta: AttributionMeta, cue: Scorer, span: Scorer, anchors: ReadonlySet<number>): AttributionModel {
  return { meta, cue, span, anchors };
}

/** The lower-case words (hashes) that anchor a gold cue somewhere in `docs`. */
export function anchorWords(docs: readonly PreparedDoc[]): Set<number> {
  const out = new Set<number>();
  for (const d of docs) for (const c of d.cues) if (d.table.quoted[c.cue.first] === 0) out.add(d.table.lower[c.cue.first]!);
  return out;
}

/** The element-wise mean of equal-length weight tables (the table itself when one). */
export function meanOf(tables: readonly Float32Array[]): Float32Array {
  if (tables.length === 1) return tables[0]!;
  const out = new Float32Array(tables[0]!.length);
  for (const t of tables) for (let i = 0; i < out.length; i++) out[i] += t[i]!;
  for (let i = 0; i < out.length; i++) out[i] /= tables.length;
  return out;
}

/** Trains on `train`, tunes on `dev`; returns the quantized tables and their header. */
export function trainModel(train: readonly PreparedDoc[], dev: readonly PreparedDoc[], options: TrainOptions, log: (line: string) => void): { meta: AttributionMeta; cue: QuantizedTable; span: QuantizedTable; anchors: Set<number> } {
  const anchors = anchorWords(train);
  log(`${anchors.size} anchor words`);
  const bag = Math.max(1, options.bag);
  const members = Array.from({ length: bag }, (_, k) => ({
    cueP: new AveragedPerceptron(options.cueBits, CUE_CLASSES),
    spanP: new AveragedPerceptron(options.spanBits, SPAN_CLASSES),
    random: seededRandom(options.seed + k),
    order: train.map((_, i) => i),
  }));
  const base: AttributionMeta = {
    format: ATTRIBUTION_FORMAT, featureVersion: FEATURE_VERSION, cueBits: options.cueBits, spanBits: options.spanBits, cueScale: 1, spanScale: 1, cueBias: 0, ruleCueBias: 0, training: {},
  };
  log(`rules alone, dev: ${report(scoreDocs(dev, null, 'rules'))}`);
  let best: { cue: Float32Array; span: Float32Array; f: number; epoch: number; cueEpoch: number; spanEpoch: number } | null = null;
  const history: { cue: Float32Array; span: Float32Array }[] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now();
    for (const { cueP, spanP, random, order } of members) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) {
        const d = train[i]!;
        tagCues(d.table, cueP, 0, 0, anchors, { gold: d.tags, perceptron: cueP });
        for (const c of d.cues) pickSpans(d.table, c.cue, spanP, { gold: c.spans, perceptron: spanP });
      }
    }
    const cue = meanOf(members.map((m) => m.cueP.averaged()));
    const span = meanOf(members.map((m) => m.spanP.averaged()));
    const counts = scoreDocs(dev, modelOf(base, new FloatScorer(cue, options.cueBits, CUE_CLASSES), new FloatScorer(span, options.spanBits, SPAN_CLASSES), anchors), options.combine);
    const f = objective(counts);
    log(`epoch ${String(epoch).padStart(2)} (${((performance.now() - t0) / 1000).toFixed(1)} s), dev: ${report(counts)}`);
    history.push({ cue, span });
    if (best === null || f > best.f) best = { cue, span, f, epoch, cueEpoch: epoch, spanEpoch: epoch };
    else if (epoch - best.epoch >= options.patience) break;
  }
  // The tagger and the span picker need not peak at the same epoch: every pair of epochs
  // is scored on dev, and a pair beats the best single epoch only by a better objective.
  for (let a = 0; a < history.length; a++) {
    for (let b = 0; b < history.length; b++) {
      if (a === b) continue;
      const counts = scoreDocs(dev, modelOf(base, new FloatScorer(history[a]!.cue, options.cueBits, CUE_CLASSES), new FloatScorer(history[b]!.span, options.spanBits, SPAN_CLASSES), anchors), options.combine);
      const f = objective(counts);
      log(`cue epoch ${a + 1}, span epoch ${b + 1}: ${report(counts)}`);
      if (f > best!.f) best = { cue: history[a]!.cue, span: history[b]!.span, f, epoch: best!.epoch, cueEpoch: a + 1, spanEpoch: b + 1 };
    }
  }
  const cue = QuantizedTable.quantize(best!.cue, options.cueBits, CUE_CLASSES);
  const span = QuantizedTable.quantize(best!.span, options.spanBits, SPAN_CLASSES);
  // the biases and the shortest content are tuned together: dropping short picks makes
  // room for more cues (a lower O bias)
  let tuned = { bias: 0, ruleBias: 0, minWords: 1, f: -1, counts: null as Counts | null };
  for (const minWords of MIN_WORDS) {
    for (const bias of CUE_BIASES) {
      for (const ruleBias of RULE_CUE_BIASES) {
        const counts = scoreDocs(dev, modelOf({ ...base, cueBias: bias, ruleCueBias: ruleBias, minWords }, cue, span, anchors), options.combine);
        const f = objective(counts);
        log(`cue bias ${bias}, rule cue bias ${ruleBias}, fewest words ${minWords}: ${report(counts)}`);
        if (f > tuned.f) tuned = { bias, ruleBias, minWords, f, counts };
      }
    }
  }
  for (const mode of ['model', 'union', 'model-first', 'direct-rules', 'fill'] as const) log(`${mode}: ${report(scoreDocs(dev, modelOf({ ...base, cueBias: tuned.bias, ruleCueBias: tuned.ruleBias, minWords: tuned.minWords }, cue, span, anchors), mode))}`);
  const dev1 = f1(tuned.counts!.attributed, tuned.counts!.predicted, tuned.counts!.gold);
  const devC = f1(tuned.counts!.content, tuned.counts!.predicted, tuned.counts!.gold);
  const meta: AttributionMeta = {
    ...base, cueScale: cue.scale, spanScale: span.scale, cueBias: tuned.bias, ruleCueBias: tuned.ruleBias, minWords: tuned.minWords,
    training: {
      corpus: 'PolNeAR train (tuned on dev)', documents: train.length, epochs: best!.epoch, cueEpoch: best!.cueEpoch, spanEpoch: best!.spanEpoch, seed: options.seed, combine: options.combine,
      devContentF1: Number((100 * devC.f).toFixed(1)), devAttributionF1: Number((100 * dev1.f).toFixed(1)),
    },
  };
  log(`best epoch ${best!.epoch} (cue tagger from epoch ${best!.cueEpoch}, span picker from epoch ${best!.spanEpoch}), cue bias ${tuned.bias}, rule cue bias ${tuned.ruleBias}, fewest words ${tuned.minWords}; quantized, dev: ${report(tuned.counts!)}`);
  return { meta, cue, span, anchors };
}

function parseOptions(argv: readonly string[]): TrainOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      train: { type: 'string' }, dev: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, 'cue-bits': { type: 'string' },
      'span-bits': { type: 'string' }, seed: { type: 'string' }, patience: { type: 'string' }, limit: { type: 'string' }, combine: { type: 'string' },
      hold: { type: 'string' }, 'hold-every': { type: 'string' }, bag: { type: 'string' },
    },
  });
  const num = (v: string | undefined, d: number): number => (v === undefined ? d : Number(v));
  return {
    train: values.train ?? TRAIN_DEFAULTS.train, dev: values.dev ?? TRAIN_DEFAULTS.dev, out: values.out ?? TRAIN_DEFAULTS.out,
    epochs: num(values.epochs, TRAIN_DEFAULTS.epochs), cueBits: num(values['cue-bits'], TRAIN_DEFAULTS.cueBits),
    spanBits: num(values['span-bits'], TRAIN_DEFAULTS.spanBits), seed: num(values.seed, TRAIN_DEFAULTS.seed),
    patience: num(values.patience, TRAIN_DEFAULTS.patience), limit: num(values.limit, TRAIN_DEFAULTS.limit),
    combine: (values.combine ?? TRAIN_DEFAULTS.combine) as CombineMode, hold: num(values.hold, TRAIN_DEFAULTS.hold), holdEvery: num(values['hold-every'], TRAIN_DEFAULTS.holdEvery),
    bag: num(values.bag, TRAIN_DEFAULTS.bag),
  };
}

/** The command: prepare, train, report, write. */
export function main(argv: readonly string[]): number {
  const options = parseOptions(argv);
  const log = (line: string): void => { process.stdout.write(`${line}\n`); };
  const t0 = performance.now();
  const all = readSplit(options.train, options.limit).map(prepare);
  const { train, held } = splitHeld(all, options.hold, options.holdEvery);
  const dev = readSplit(options.dev, options.limit).map(prepare);
  log(`prepared ${train.length} training${held.length ? ` (${held.length} held out)` : ''} and ${dev.length} dev documents in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const { meta, cue, span, anchors } = trainModel(train, dev, options, log);
  if (held.length > 0) log(`held out: ${report(scoreDocs(held, modelOf(meta, cue, span, anchors), options.combine))}`);
  const bytes = saveModel(options.out, meta, cue, span, anchors);
  log(`wrote ${path.relative(process.cwd(), options.out)} (${(bytes / 1024 / 1024).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
