/**
 * @module util/common-words — the common words of `data/lexicons/common-words.txt` (built by
 * stages/entities/ner/common-words from public training text): words the news writes in lower
 * case far more often than capitalized inside a sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './paths.js';

let words: ReadonlySet<string> | null = null;

/** Whether `lower` (a lower-cased word) is a common word (the list is loaded on first use). */
export function isCommonWord(lower: string): boolean {
  words ??= new Set(fs.readFileSync(path.join(dataDir('lexicons'), 'common-words.txt'), 'utf8').split('\n').filter(Boolean));
  return words.has(lower);
}
