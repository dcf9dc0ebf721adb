/**
 * @module stages/entities/ner/common-words — `npm run build:common-words`: the common-word
 * list `data/lexicons/common-words.txt`, counted from public training text.
 *
 * A word is common when news prose writes it in lower case inside a sentence at least
 * {@link MIN_LOWER} times and at least {@link RATIO} times as often as capitalized there
 * (sentence-initial words are not counted: their case says nothing). `well`, `people`,
 * `video`, `harsh` are common; `brown`, `rice`, `bush`, `graham` are not, because the news
 * capitalizes them as names more often than it writes them as words. Read by the
 * `common-word-opening` refiner (a capitalized common word opening a sentence or a quotation
 * is no one's name) through util/common-words.
 *
 * Sources: the texts of PolNeAR train (2016 news) and the sentences of CoNLL-2003 train
 * (1996 Reuters), tokenized and split into sentences by Parley's own stages. Deterministic:
 * the same inputs give the same file byte for byte (sorted, one word per line).
 *
 * Options: `--polnear DIR` (a folder of .txt), `--conll FILE`, `--out FILE`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences, tokenize } from '../../sentences/index.js';
import { readConll } from './conll.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Least number of lower-case uses inside sentences. */
export const MIN_LOWER = 3;
/** Least ratio of lower-case to capitalized uses inside sentences. */
export const RATIO = 2;

/** Counts of one word's uses inside sentences. */
interface Uses { lower: number; capitalized: number }

/** Counts the words of one sentence (its tokens' texts), skipping the first word. */
function countSentence(words: readonly string[], counts: Map<string, Uses>): void {
  let first = true;
  for (const w of words) {
    if (!/^\p{L}[\p{L}'’-]*$/u.test(w)) continue;
    if (first) { first = false; continue; }
    const lower = w.toLowerCase();
    const isLower = w === lower;
    const isCapitalized = !isLower && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
    if (!isLower && !isCapitalized) continue;
    let u = counts.get(lower);
    if (u === undefined) counts.set(lower, (u = { lower: 0, capitalized: 0 }));
    if (isLower) u.lower++; else u.capitalized++;
  }
}

/** The common words of `texts` and `sentences` (already split), sorted. */
export function commonWords(texts: Iterable<string>, sentences: Iterable<readonly string[]>): string[] {
  const counts = new Map<string, Uses>();
  for (const text of texts) {
    for (const s of splitSentences(text)) countSentence(tokenize(text.slice(s.start, s.end)).map((t) => t.text), counts);
  }
  for (const words of sentences) countSentence(words, counts);
  const out: string[] = [];
  for (const [w, u] of counts) if (w.length >= 2 && u.lower >= MIN_LOWER && u.lower >= RATIO * u.capitalized) out.push(w);
  return out.sort();
}

function main(): void {
  const { values } = parseArgs({
    options: {
      polnear: { type: 'string', default: path.join(ROOT, '../shared/datasets/polnear/train/text') },
      conll: { type: 'string', default: path.join(ROOT, '../shared/datasets/conll2003/train.txt') },
      out: { type: 'string', default: path.join(ROOT, 'data/lexicons/common-words.txt') },
    },
  });
  const dir = values.polnear!;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const sentences = readConll(values.conll!).map((s) => s.tokens);
  const words = commonWords(texts, sentences);
  fs.writeFileSync(values.out!, `${words.join('\n')}\n`);
  process.stdout.write(`${words.length} common words from ${files.length} texts and ${sentences.length} sentences → ${values.out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
