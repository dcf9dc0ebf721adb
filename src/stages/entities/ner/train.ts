/**
 * @module stages/entities/ner/train — `npm run train:ner`: trains the tagger and writes data/models/ner.bin.
 *
 * Reads CoNLL-2003 train and dev (../shared/datasets/conll2003), groups sentences into
 * documents of 30 as the benchmark does, and trains the averaged perceptron with the
 * Viterbi decoder (a structured perceptron) for up to `epochs` passes over the training documents in a seeded
 * random order. Gazetteer features on a training document come from a gazetteer built
 * from the other folds only (jackknifing); dev and run time use the gazetteer of all
 * training names. After every epoch the averaged weights are scored on dev (benchmark
 * rules, conll.ts) and the best epoch is kept; training stops after `patience` epochs
 * without a gain. The best weights are quantized, scored again and written.
 *
 * Options: `--train FILE --dev FILE --out FILE --epochs N --bits B --seed S --folds K
 * --precision 8|16 --patience N`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SpanScore, goldSpans, groupDocuments, prf, readConll, type ConllSentence } from './conll.js';
import { decode } from './decode.js';
import { prepareWords, type PreparedDoc } from './features.js';
import { Gazetteer, type GazetteerPhrase } from './gazetteer.js';
import { quantize, saveModel, withTemperature, type NerModel } from './model.js';
import { AveragedPerceptron, FloatScorer, type Scorer } from './perceptron.js';
import { TAG_COUNT, spansToTags, tagsToSpans } from './tags.js';
import { wordInfo, type WordInfo } from './word.js';
import { seededRandom } from '../../../util/random.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Everything training can be told. */
export interface TrainOptions {
  readonly train: string;
  readonly dev: string;
  readonly out: string;
  readonly epochs: number;
  /** Feature-hash table of 2^bits rows. */
  readonly bits: number;
  readonly seed: number;
  /** Folds for the jackknifed training gazetteers. */
  readonly folds: number;
  readonly precision: 8 | 16;
  /** Epochs without a dev gain before stopping. */
  readonly patience: number;
}

/** The defaults `npm run train:ner` uses. */
export const TRAIN_DEFAULTS = {
  train: path.resolve(ROOT, '../shared/datasets/conll2003/train.txt'),
  dev: path.resolve(ROOT, '../shared/datasets/conll2003/dev.txt'),
  out: path.join(ROOT, 'data/models/ner.bin'),
  epochs: 20,
  bits: 19,
  seed: 20240905,
  folds: 10,
  precision: 8,
  patience: 4,
} as const satisfies TrainOptions;

/** A training or dev document: the raw sentences, prepared features and gold tags. */
export interface LabelledDoc {
  readonly sentences: readonly ConllSentence[];
  readonly words: readonly WordInfo[];
  readonly ranges: Int32Array;
  readonly gold: Uint8Array;
  readonly phrases: readonly GazetteerPhrase[];
}

/** One epoch's figures. */
export interface EpochResult {
  readonly epoch: number;
  readonly devF1: number;
  readonly seconds: number;
}


function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Turns grouped sentences into a labelled document. */
export function labelDocument(sentences: readonly ConllSentence[]): LabelledDoc {
  const words: WordInfo[] = [];
  const ranges = new Int32Array(sentences.length * 2);
  const gold = new Uint8Array(sentences.reduce((n, s) => n + s.tokens.length, 0));
  const phrases: GazetteerPhrase[] = [];
  sentences.forEach((s, k) => {
    const base = words.length;
    ranges[2 * k] = base;
    for (const t of s.tokens) words.push(wordInfo(t));
    ranges[2 * k + 1] = words.length;
    const spans = goldSpans(s);
    gold.set(spansToTags(s.tokens.length, spans), base);
    for (const g of spans) phrases.push({ words: words.slice(base + g.start, base + g.end), type: g.type });
  });
  return { sentences, words, ranges, gold, phrases };
}

/** Gazetteers for jackknifed training: fold `k`'s is built from every other fold. */
export function foldGazetteers(docs: readonly LabelledDoc[], folds: number): Gazetteer[] {
  return Array.from({ length: folds }, (_, k) => Gazetteer.build(docs.filter((_, i) => i % folds !== k).flatMap((d) => d.phrases)));
}

/** Benchmark-style scores of `scorer` on prepared documents. */
export function evaluate(docs: readonly LabelledDoc[], prepared: readonly PreparedDoc[], scorer: Scorer): SpanScore {
  const score = new SpanScore();
  docs.forEach((doc, d) => {
    const { tags } = decode(prepared[d]!, scorer);
    doc.sentences.forEach((s, k) => {
      const from = doc.ranges[2 * k]!;
      const to = doc.ranges[2 * k + 1]!;
      const predicted = tagsToSpans(tags, from, to).map((p) => ({ start: p.start - from, end: p.end - from, type: p.type }));
      score.add(s.tokens, goldSpans(s), predicted);
    });
  });
  return score;
}

/** Temperatures tried when calibrating confidences. */
const TEMPERATURES = [1, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 64];

/**
 * The temperature whose confidences best predict, on dev, whether a token's tag is right
 * (log loss over tokens where the gold or the predicted tag is not `O`).
 */
export function fitTemperature(docs: readonly LabelledDoc[], prepared: readonly PreparedDoc[], model: NerModel): number {
  let best = { t: 1, loss: Infinity };
  for (const t of TEMPERATURES) {
    let loss = 0;
    docs.forEach((doc, d) => {
      const { tags, confidence } = decode(prepared[d]!, model, undefined, t);
      for (let i = 0; i < tags.length; i++) {
        if (tags[i] === 0 && doc.gold[i] === 0) continue;
        const p = Math.min(1 - 1e-6, Math.max(1e-6, confidence[i]!));
        loss -= tags[i] === doc.gold[i] ? Math.log(p) : Math.log(1 - p);
      }
    });
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}

/** Trains on `train`, tunes on `dev`; returns the quantized model and the learning curve. */
export function trainModel(train: readonly LabelledDoc[], dev: readonly LabelledDoc[], options: TrainOptions, log: (line: string) => void): { model: NerModel; curve: EpochResult[] } {
  const gazetteers = foldGazetteers(train, options.folds);
  const full = Gazetteer.build(train.flatMap((d) => d.phrases));
  const trainPrepared = train.map((d, i) => prepareWords(d.words, d.ranges, gazetteers[i % options.folds]!));
  const devPrepared = dev.map((d) => prepareWords(d.words, d.ranges, full));
  log(`gazetteer: ${full.size} phrases from the training names; ${train.length} training documents, ${dev.length} dev documents`);
  const perceptron = new AveragedPerceptron(options.bits, TAG_COUNT);
  const random = seededRandom(options.seed);
  const order = train.map((_, i) => i);
  const curve: EpochResult[] = [];
  let best: { weights: Float32Array; f: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, random);
    for (const i of order) decode(trainPrepared[i]!, perceptron, { gold: train[i]!.gold, add: (f, c, k, a) => perceptron.add(f, c, k, a), tick: () => perceptron.tick() });
    const averaged = perceptron.averaged();
    const f = prf(evaluate(dev, devPrepared, new FloatScorer(averaged, options.bits, TAG_COUNT)).total()).f;
    const seconds = (performance.now() - t0) / 1000;
    curve.push({ epoch, devF1: f, seconds });
    log(`epoch ${String(epoch).padStart(2)}: dev F1 ${(100 * f).toFixed(2)} (${seconds.toFixed(1)} s)`);
    if (best === null || f > best.f) best = { weights: averaged, f, epoch };
    else if (epoch - best.epoch >= options.patience) break;
  }
  const training = {
    corpus: 'CoNLL-2003 English (train; tuned on dev)', epochs: best!.epoch, seed: options.seed, folds: options.folds,
    devF1Float: Number((100 * best!.f).toFixed(2)),
  };
  const quantized = quantize(best!.weights, options.bits, options.precision, full, training);
  const temperature = fitTemperature(dev, devPrepared, quantized);
  const model = withTemperature(quantized, temperature);
  const final = evaluate(dev, devPrepared, model);
  log(`temperature ${temperature} (confidence calibration on dev)`);
  log(`best epoch ${best!.epoch}; quantized to ${options.precision} bits, dev:\n${final.report()}`);
  return { model, curve };
}

function parseOptions(argv: readonly string[]): TrainOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      train: { type: 'string' }, dev: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, bits: { type: 'string' },
      seed: { type: 'string' }, folds: { type: 'string' }, precision: { type: 'string' }, patience: { type: 'string' },
    },
  });
  const num = (v: string | undefined, d: number): number => (v === undefined ? d : Number(v));
  const precision = num(values.precision, TRAIN_DEFAULTS.precision);
  if (precision !== 8 && precision !== 16) throw new Error('--precision must be 8 or 16');
  return {
    train: values.train ?? TRAIN_DEFAULTS.train, dev: values.dev ?? TRAIN_DEFAULTS.dev, out: values.out ?? TRAIN_DEFAULTS.out,
    epochs: num(values.epochs, TRAIN_DEFAULTS.epochs), bits: num(values.bits, TRAIN_DEFAULTS.bits), seed: num(values.seed, TRAIN_DEFAULTS.seed),
    folds: num(values.folds, TRAIN_DEFAULTS.folds), precision, patience: num(values.patience, TRAIN_DEFAULTS.patience),
  };
}

/** The command: train, report, write. */
export function main(argv: readonly string[]): number {
  const options = parseOptions(argv);
  const log = (line: string): void => { process.stdout.write(`${line}\n`); };
  const t0 = performance.now();
  const train = groupDocuments(readConll(options.train)).map(labelDocument);
  const dev = groupDocuments(readConll(options.dev)).map(labelDocument);
  const { model } = trainModel(train, dev, options, log);
  const bytes = saveModel(model, options.out);
  log(`wrote ${path.relative(process.cwd(), options.out)} (${(bytes / 1024 / 1024).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}

function isEntryPoint(): boolean {
  try {
    return fs.realpathSync(process.argv[1] ?? '') === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = main(process.argv.slice(2));
