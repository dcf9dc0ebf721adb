/**
 * @module bench/corpus — a deterministic benchmark corpus built from the project's own examples.
 *
 * The sentences of every `.txt`/`.md` article under `examples/articles` (header block
 * removed, Markdown markup stripped, exact repeats dropped) form a pool. Each benchmark
 * document draws sentences from that pool through a seeded shuffled deck (the deck is
 * reshuffled each time it runs out, so every sentence is used about equally often) and
 * packs them into 6–12 paragraphs totalling 3–6 KB, like a news article. A title is
 * cut from another sentence, and about half of the documents get a `published` date.
 * Each use of a sentence may have some of its lower-case words and numbers swapped
 * (`vary`, see {@link VARY_DEFAULT} for why); `--vary 0` keeps sentences verbatim.
 *
 * Output, in one folder: `corpus.jsonl` (records `{id, title, published?, text}`) and,
 * unless turned off, the same documents as `.txt` files with a header block
 * (`title:`, `published:`, `---`) in sub-folders of 500. The body text is the same in
 * both forms.
 *
 * Run alone: `node dist/bench/corpus.js [--docs N] [--seed S] [--vary R] [--out DIR] [--no-files]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainModule } from '../src/util/paths.js';

/** What to generate. */
export interface CorpusOptions {
  /** Number of documents. */
  readonly docs: number;
  /** PRNG seed: the same seed and examples give byte-identical output. */
  readonly seed: number;
  /** Folder to write into (created; existing corpus files in it are replaced). */
  readonly dir: string;
  /** Also write one `.txt` file per document. */
  readonly files: boolean;
  /** The `examples` folder the sentences come from. */
  readonly examples: string;
  /** Share of lower-case words and numbers replaced per sentence use (see `vary`); 0 = verbatim. */
  readonly vary: number;
}

/**
 * Default word variation. The pool holds only ~130 distinct sentences, so a 4.5 KB
 * document uses a fifth of them, and verbatim shuffles make any two documents share
 * ~20% of their sentences: far more overlap than independent news reports have, which
 * turns near-duplicate candidate checks quadratic. Replacing a fifth of the variable
 * words leaves sentence shapes intact and brings the overlap between random documents
 * down to that of distinct articles. `--vary 0` gives verbatim shuffles (a stress test).
 */
export const VARY_DEFAULT = 0.2;

/** Defaults of the corpus: sizes follow the brief (news articles of 3–6 KB). */
export const CORPUS_DEFAULTS = {
  docs: 10_000,
  seed: 20240611,
  minBytes: 3 * 1024,
  maxBytes: 6 * 1024,
  minParagraphs: 6,
  maxParagraphs: 12,
  filesPerFolder: 500,
  datedShare: 0.5,
  vary: VARY_DEFAULT,
} as const;

/** One generated document. */
export interface BenchDocument {
  readonly id: string;
  readonly title: string;
  /** ISO date-time, on about half of the documents. */
  readonly published?: string;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
}

/** What was written, with the figures the benchmark divides by. */
export interface CorpusManifest {
  readonly dir: string;
  readonly jsonl: string;
  /** Folder of `.txt` files, or null when they were not written. */
  readonly txtDir: string | null;
  readonly docs: number;
  readonly seed: number;
  readonly vary: number;
  readonly dated: number;
  /** Bytes of `corpus.jsonl`. */
  readonly jsonlBytes: number;
  /** Bytes of all `.txt` files (0 when not written). */
  readonly txtBytes: number;
  /** UTF-8 bytes of the document texts alone. */
  readonly textBytes: number;
  readonly minTextBytes: number;
  readonly maxTextBytes: number;
  /** Distinct sentences in the pool and the articles they came from. */
  readonly poolSentences: number;
  readonly sourceArticles: readonly string[];
}

/** Sentences and their sources. */
export interface SentencePool {
  readonly sentences: readonly string[];
  readonly articles: readonly string[];
}

/**
 * A small fast seeded PRNG (sfc32, state expanded from the seed with splitmix32).
 * Returns floats in [0, 1).
 */
export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Removes a `key: value` header block ended by a line `---`, when the file starts with one. */
export function stripHeader(content: string): string {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((l) => l.trim() === '---');
  if (end <= 0 || end > 40) return content;
  const header = lines.slice(0, end);
  if (!header.every((l) => l.trim() === '' || /^[A-Za-z][\w -]{0,30}:/.test(l))) return content;
  return lines.slice(end + 1).join('\n');
}

/** Plain text of a Markdown body: headings dropped, list markers, emphasis and links unwrapped. */
function markdownToPlain(body: string): string {
  return body
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|[\s(])[*_]([^*_]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2'))
    .join('\n');
}

/** Abbreviations after which a dot does not end a sentence (for cutting the examples only). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'prof', 'st', 'jr', 'sr',
  'no', 'art', 'vol', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'inc', 'co', 'ltd', 'corp',
  'vs', 'etc', 'mt', 'ft',
]);

/** Cuts one paragraph into sentences with a simple rule: terminal mark, space, capital or quote. */
export function cutSentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?…]+["”’')\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    const before = paragraph.slice(start, m.index + 1);
    const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1] ?? '';
    const isAbbreviation = ABBREVIATIONS.has(lastWord.toLowerCase())
      || /^[A-Z]$/.test(lastWord)
      || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord);
    if (isAbbreviation && !/[!?]/.test(m[0])) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const tail = paragraph.slice(start).trim();
  if (tail) out.push(tail);
  return out.filter((s) => s.length > 0);
}

/** A line that stands alone and has no terminal punctuation: a headline, not a sentence. */
function isHeadline(paragraph: string): boolean {
  return !paragraph.includes('\n') && paragraph.length < 140 && !/[.!?…"”’:]$/.test(paragraph.trim());
}

function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listArticles(p));
    else if (/\.(txt|md)$/i.test(entry.name)) out.push(p);
  }
  return out;
}

/** Reads the distinct sentences of every `.txt`/`.md` file under `examples/articles`. */
export function loadSentencePool(examples: string): SentencePool {
  const root = path.join(examples, 'articles');
  const articles = listArticles(root);
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const file of articles) {
    let body = stripHeader(fs.readFileSync(file, 'utf8'));
    if (file.toLowerCase().endsWith('.md')) body = markdownToPlain(body);
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    for (const p of paragraphs) {
      if (isHeadline(p)) continue;
      for (const s of cutSentences(p.replace(/\s*\n\s*/g, ' '))) {
        if (s.split(/\s+/).length < 4 || seen.has(s)) continue;
        seen.add(s);
        sentences.push(s);
      }
    }
  }
  if (sentences.length === 0) throw new Error(`no sentences found under ${root}`);
  return { sentences, articles: articles.map((a) => path.relative(examples, a)) };
}

/** A deck of pool indices, reshuffled (Fisher–Yates) each time it runs out. */
function deck(size: number, rng: () => number): () => number {
  const order = Array.from({ length: size }, (_, i) => i);
  let next = size;
  return () => {
    if (next >= size) {
      for (let i = size - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      next = 0;
    }
    return order[next++]!;
  };
}

function intBetween(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function titleFrom(sentence: string, words: number): string {
  const cut = sentence.replace(/^[“"‘(]+/, '').split(/\s+/).slice(0, words).join(' ');
  const clean = cut.replace(/[\s,;:.!?…"”’“‘()\-—–]+$/, '');
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

const DATE_FROM = Date.UTC(2022, 0, 1);
const DATE_TO = Date.UTC(2025, 5, 30);

/** Words a variation may replace, and digit runs. Capitalised words are left alone. */
const VARIABLE = /\b[a-z]{4,}\b|\d+/g;

/**
 * Returns `sentence` with each lower-case word of 4+ letters replaced, with probability
 * `rate`, by a random word of the pool, and each digit run by random digits of the same
 * length. Capitals, punctuation, quotes and abbreviations are kept, so the tokenizer and
 * the sentence splitter see the same shapes; only the words that make 5-word shingles
 * repeat across documents change.
 */
function vary(sentence: string, rate: number, vocabulary: readonly string[], rng: () => number): string {
  if (rate <= 0) return sentence;
  return sentence.replace(VARIABLE, (w) => {
    if (rng() >= rate) return w;
    if (w.charCodeAt(0) <= 57) {
      let digits = String(1 + Math.floor(rng() * 9));
      while (digits.length < w.length) digits += String(Math.floor(rng() * 10));
      return digits;
    }
    return vocabulary[Math.floor(rng() * vocabulary.length)]!;
  });
}

/** How documents are drawn. */
export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  /** Share of variable words replaced per sentence use (0 = sentences verbatim). */
  readonly vary: number;
}

/**
 * Yields `count` documents. Sizes are kept within [minBytes, maxBytes] of UTF-8 text by
 * adding a sentence to the shortest paragraph or taking one from the longest.
 */
export function* generateDocuments(pool: SentencePool, opts: GenerateOptions): Generator<BenchDocument> {
  const rng = createRng(opts.seed);
  const nextIndex = deck(pool.sentences.length, rng);
  const vocabulary = [...new Set(pool.sentences.join(' ').match(/\b[a-z]{4,}\b/g) ?? [])].sort();
  const draw = (): string => vary(pool.sentences[nextIndex()]!, opts.vary, vocabulary, rng);
  const size = (s: string): number => Buffer.byteLength(s) + 1;
  const width = String(opts.count).length;
  const { minBytes, maxBytes, minParagraphs, maxParagraphs, datedShare } = CORPUS_DEFAULTS;
  /** A sentence drawn to test whether it fits, kept for the next paragraph when it does not. */
  let pending: string | null = null;
  for (let n = 1; n <= opts.count; n++) {
    const target = intBetween(rng, minBytes + 256, maxBytes - 256);
    const paragraphCount = intBetween(rng, minParagraphs, maxParagraphs);
    const budget = target / paragraphCount;
    const paragraphs: string[][] = [];
    const sizes: number[] = [];
    for (let p = 0; p < paragraphCount; p++) {
      const para: string[] = [];
      let bytes = 0;
      let next: string = pending ?? draw();
      do {
        para.push(next);
        bytes += size(next);
        next = draw();
      } while (bytes + size(next) / 2 < budget);
      pending = next;
      paragraphs.push(para);
      sizes.push(bytes);
    }
    let total = sizes.reduce((a, b) => a + b, 0) + 2 * (paragraphCount - 1);
    while (total < minBytes) {
      const p = sizes.indexOf(Math.min(...sizes));
      const s = draw();
      paragraphs[p]!.push(s);
      sizes[p]! += size(s);
      total += size(s);
    }
    while (total > maxBytes) {
      const p = longestSplittable(paragraphs, sizes);
      if (p < 0) break;
      const s = paragraphs[p]!.pop()!;
      sizes[p]! -= size(s);
      total -= size(s);
    }
    const text = paragraphs.map((para) => para.join(' ')).join('\n\n');
    const title = titleFrom(draw(), intBetween(rng, 6, 11));
    const dated = rng() < datedShare;
    const id = `bench-${String(n).padStart(width, '0')}`;
    if (dated) {
      const t = DATE_FROM + Math.floor(rng() * (DATE_TO - DATE_FROM) / 60_000) * 60_000;
      yield { id, title, published: new Date(t).toISOString().replace('.000Z', 'Z'), text };
    } else {
      yield { id, title, text };
    }
  }
}

function longestSplittable(paragraphs: readonly string[][], sizes: readonly number[]): number {
  let best = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    if (paragraphs[p]!.length > 1 && (best < 0 || sizes[p]! > sizes[best]!)) best = p;
  }
  return best;
}

/** The `.txt` form of a document: a header block, then the body. */
export function toTxt(doc: BenchDocument): string {
  return `title: ${doc.title}\n${doc.published ? `published: ${doc.published}\n` : ''}---\n${doc.text}\n`;
}

/** Generates the corpus into `opts.dir` and returns its manifest. */
export function writeCorpus(opts: CorpusOptions): CorpusManifest {
  const pool = loadSentencePool(opts.examples);
  fs.mkdirSync(opts.dir, { recursive: true });
  const jsonl = path.join(opts.dir, 'corpus.jsonl');
  const txtDir = opts.files ? path.join(opts.dir, 'txt') : null;
  if (txtDir) fs.rmSync(txtDir, { recursive: true, force: true });
  // Written under a name of this process's own and renamed when complete, so that another
  // bench process reading the same corpus never sees it half written.
  const partial = `${jsonl}.${process.pid}.partial`;
  const fd = fs.openSync(partial, 'w');
  let jsonlBytes = 0;
  let txtBytes = 0;
  let textBytes = 0;
  let dated = 0;
  let minTextBytes = Infinity;
  let maxTextBytes = 0;
  let lines: string[] = [];
  let n = 0;
  const flush = (): void => {
    const chunk = lines.join('');
    fs.writeSync(fd, chunk);
    jsonlBytes += Buffer.byteLength(chunk);
    lines = [];
  };
  for (const doc of generateDocuments(pool, { count: opts.docs, seed: opts.seed, vary: opts.vary })) {
    const size = Buffer.byteLength(doc.text);
    textBytes += size;
    minTextBytes = Math.min(minTextBytes, size);
    maxTextBytes = Math.max(maxTextBytes, size);
    if (doc.published) dated++;
    lines.push(`${JSON.stringify(doc)}\n`);
    if (lines.length >= 500) flush();
    if (txtDir) {
      const folder = path.join(txtDir, String(Math.floor(n / CORPUS_DEFAULTS.filesPerFolder)).padStart(3, '0'));
      if (n % CORPUS_DEFAULTS.filesPerFolder === 0) fs.mkdirSync(folder, { recursive: true });
      const body = toTxt(doc);
      fs.writeFileSync(path.join(folder, `${doc.id}.txt`), body);
      txtBytes += Buffer.byteLength(body);
    }
    n++;
  }
  flush();
  fs.closeSync(fd);
  fs.renameSync(partial, jsonl);
  return {
    dir: opts.dir, jsonl, txtDir, docs: n, seed: opts.seed, vary: opts.vary, dated, jsonlBytes, txtBytes, textBytes,
    minTextBytes: n ? minTextBytes : 0, maxTextBytes, poolSentences: pool.sentences.length, sourceArticles: pool.articles,
  };
}

/** The repository root (two levels above `dist/bench`). */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
}

/** Document count from `--docs`, else `BENCH_DOCS`, else the default. */
export function docsFrom(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env;
  if (raw === undefined || raw === '') return CORPUS_DEFAULTS.docs;
  const n = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--docs / BENCH_DOCS must be a positive integer, got "${raw}"`);
  return n;
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({
    options: { docs: { type: 'string' }, seed: { type: 'string' }, vary: { type: 'string' }, out: { type: 'string' }, 'no-files': { type: 'boolean' } },
  });
  const docs = docsFrom(values.docs, process.env['BENCH_DOCS']);
  const dir = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parley-corpus-'));
  const manifest = writeCorpus({
    docs, seed: values.seed ? Number(values.seed) : CORPUS_DEFAULTS.seed, dir, files: !values['no-files'],
    examples: path.join(repoRoot(), 'examples'), vary: values.vary !== undefined ? Number(values.vary) : VARY_DEFAULT,
  });
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}
