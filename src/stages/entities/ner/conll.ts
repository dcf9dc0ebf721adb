/**
 * @module stages/entities/ner/conll — reading CoNLL-2003 files and scoring spans the way the benchmark does.
 *
 * A file has one `token … tag` line per token (IOB2 tags, the tag last) and a blank line
 * between sentences. Documents are made of 30 consecutive sentences, as
 * `shared/eval/conll.mjs` groups them, so document-level features see the same context
 * in training, tuning and evaluation. The scorer follows that script too: exact spans of
 * PER, ORG and LOC; a predicted span must start with a capital letter; predictions that
 * overlap a gold MISC span are ignored; MISC predictions are not scored.
 */
import fs from 'node:fs';
import { NER_TYPES, iobToSpans, type TokenSpan } from './tags.js';

/** One sentence: tokens and their IOB2 tags. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/** Sentences per document, as the benchmark groups them. */
export const SENTENCES_PER_DOC = 30;

/** Parses the text of a CoNLL file (`-DOCSTART-` lines are sentence breaks). */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const parts = trimmed.split(/\s+/);
    tokens.push(parts[0]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  return out;
}

/** Reads and parses a CoNLL file. */
export function readConll(file: string): ConllSentence[] {
  return parseConll(fs.readFileSync(file, 'utf8'));
}

/** Groups sentences into documents of `size` consecutive sentences. */
export function groupDocuments<T>(sentences: readonly T[], size = SENTENCES_PER_DOC): T[][] {
  const docs: T[][] = [];
  for (let i = 0; i < sentences.length; i += size) docs.push(sentences.slice(i, i + size));
  return docs;
}

/** Counts of one type. */
export interface TypeCounts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Precision, recall and F1 (0–1). */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

/** Precision, recall and F1 of counts. */
export function prf(c: TypeCounts): Prf {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const MISC = NER_TYPES.indexOf('MISC');
const STARTS_UPPER = /^\p{Lu}/u;

/** Accumulates benchmark-style span scores over sentences. */
export class SpanScore {
  /** Counts by type index (PER, ORG, LOC; MISC stays empty). */
  readonly byType: TypeCounts[] = NER_TYPES.map(() => ({ tp: 0, predicted: 0, gold: 0 }));

  /** Adds one sentence: its tokens, gold spans and predicted spans. */
  add(tokens: readonly string[], gold: readonly TokenSpan[], predicted: readonly TokenSpan[]): void {
    const misc = gold.filter((g) => g.type === MISC);
    const golds = gold.filter((g) => g.type !== MISC);
    for (const g of golds) this.byType[g.type]!.gold++;
    for (const p of predicted) {
      if (p.type === MISC || !STARTS_UPPER.test(tokens[p.start]!)) continue;
      if (misc.some((m) => m.start < p.end && p.start < m.end)) continue;
      const counts = this.byType[p.type]!;
      counts.predicted++;
      if (golds.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) counts.tp++;
    }
  }

  /** Counts over all scored types. */
  total(): TypeCounts {
    return this.byType.reduce((a, c) => ({ tp: a.tp + c.tp, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), { tp: 0, predicted: 0, gold: 0 });
  }

  /** One line per type and the overall figure, in percent. */
  report(): string {
    const pct = (x: number): string => (100 * x).toFixed(2);
    const lines = NER_TYPES.flatMap((t, i) => {
      if (i === MISC) return [];
      const r = prf(this.byType[i]!);
      return [`${t.padEnd(4)} P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f)}`];
    });
    const all = prf(this.total());
    lines.push(`all  P ${pct(all.p)} R ${pct(all.r)} F1 ${pct(all.f)}`);
    return lines.join('\n');
  }
}

/** Gold spans of a sentence. */
export function goldSpans(sentence: ConllSentence): TokenSpan[] {
  return iobToSpans(sentence.tags);
}
