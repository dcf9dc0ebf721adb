/**
 * @module bench/passes — in-process reference passes over the corpus, one per child process.
 *
 * `node dist/bench/passes.js PASS corpus.jsonl` reads every record's `text` into memory
 * (not timed), prepares the pass (timed separately as setup: loading the wink model, or
 * the NER model and the segmentation the tagger reads),
 * then times one pass over all texts and prints a {@link PassResult} as JSON. Each pass
 * runs in its own process so that one pass's JIT warm-up, heap and peak RSS do not leak
 * into another's figures.
 */
import fs from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadModel } from '../src/stages/entities/ner/index.js';
import { sentenceRanges, tagTokens } from '../src/stages/entities/ner/tagger.js';
import { segment, splitSentences, tokenize, toAnnotations } from '../src/stages/sentences/index.js';
import { isMainModule } from '../src/util/paths.js';

/** The passes, and what each one does to a text. */
export const PASSES = {
  'wink-tokens': 'wink-nlp readDoc with an empty pipe (tokenization only), tokens().out()',
  'wink-sentences': "wink-nlp readDoc with pipe ['sbd'] (tokens and sentence boundaries), tokens().out() and sentences().out()",
  'parley-tokenize': 'Parley stages/sentences tokenize(text)',
  'parley-sentences': 'Parley stages/sentences splitSentences(text) (paragraphs, tokens, dateline, sentences)',
  'parley-ner': 'Parley stages/entities/ner tagTokens over tokens and sentences segmented beforehand (setup: model load and segmentation)',
} as const;

/** A pass name. */
export type PassName = keyof typeof PASSES;

/** What one pass measured. */
export interface PassResult {
  readonly pass: PassName;
  readonly docs: number;
  /** UTF-8 bytes of the texts (the records' `text` only). */
  readonly textBytes: number;
  /** Seconds to prepare the pass (model load), not part of `seconds`. */
  readonly setupSeconds: number;
  /** Seconds of the timed loop over all texts. */
  readonly seconds: number;
  /** Tokens found, or null when the pass does not expose them. */
  readonly tokens: number | null;
  /** Sentences found, or null when the pass does not split sentences. */
  readonly sentences: number | null;
}

/** Runs `pass` over `texts` and times it. */
export function runPass(pass: PassName, texts: readonly string[]): PassResult {
  const t0 = performance.now();
  const work = prepare(pass, texts);
  const t1 = performance.now();
  let tokens = 0;
  let sentences = 0;
  for (let i = 0; i < texts.length; i++) {
    const r = work(texts[i]!, i);
    tokens += r.tokens;
    sentences += r.sentences;
  }
  const t2 = performance.now();
  const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return {
    pass, docs: texts.length, textBytes, setupSeconds: (t1 - t0) / 1000, seconds: (t2 - t1) / 1000,
    tokens: pass === 'parley-sentences' ? null : tokens,
    sentences: pass === 'wink-tokens' || pass === 'parley-tokenize' || pass === 'parley-ner' ? null : sentences,
  };
}

function prepare(pass: PassName, texts: readonly string[]): (text: string, index: number) => { tokens: number; sentences: number } {
  switch (pass) {
    case 'wink-tokens': {
      const nlp = winkNLP(model, []);
      return (text) => ({ tokens: nlp.readDoc(text).tokens().out().length, sentences: 0 });
    }
    case 'wink-sentences': {
      const nlp = winkNLP(model, ['sbd']);
      return (text) => {
        const doc = nlp.readDoc(text);
        return { tokens: doc.tokens().out().length, sentences: doc.sentences().out().length };
      };
    }
    case 'parley-tokenize':
      return (text) => ({ tokens: tokenize(text).length, sentences: 0 });
    case 'parley-sentences':
      return (text) => ({ tokens: 0, sentences: splitSentences(text).length });
    case 'parley-ner': {
      const model = loadModel();
      const segmented = texts.map((text) => {
        const layers = toAnnotations(segment(text));
        return { tokens: layers['token']!, ranges: sentenceRanges(layers['token']!, layers['sentence']!) };
      });
      return (_text, i) => {
        const { tokens, ranges } = segmented[i]!;
        tagTokens(model, tokens, ranges);
        let tagged = 0;
        for (let k = 0; k < ranges.length; k += 2) tagged += ranges[k + 1]! - ranges[k]!;
        return { tokens: tagged, sentences: 0 };
      };
    }
  }
}

/** The `text` of every record of a JSONL file. */
export function readTexts(jsonl: string): string[] {
  const out: string[] = [];
  for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) {
    if (line.trim() !== '') out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

function isPass(name: string | undefined): name is PassName {
  return name !== undefined && Object.hasOwn(PASSES, name);
}

if (isMainModule(import.meta.url)) {
  const [pass, jsonl] = process.argv.slice(2);
  if (!isPass(pass) || jsonl === undefined) {
    process.stderr.write(`usage: node dist/bench/passes.js ${Object.keys(PASSES).join('|')} corpus.jsonl\n`);
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(runPass(pass, readTexts(jsonl)))}\n`);
  }
}
