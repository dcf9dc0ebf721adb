/**
 * @module ingest — reads inputs into normalized, identified documents.
 *
 * For each input: check its size, read the bytes, decode them strictly (ingest/decode),
 * pick a reader by extension or by sniffing (ingest/format), let the reader produce raw
 * documents (text, html, feed, json), then normalize each text once (ingest/normalize)
 * and give it its content-hash id. Every problem is returned as data naming the file;
 * nothing here throws for bad input.
 */
import fs from 'node:fs';
import type { ParleyConfig } from '../config.js';
import { ParleyError, toProblem, type Problem } from '../errors.js';
import type { SourceDocument } from '../pipeline/document.js';
import { stableId } from '../util/hash.js';
import { decodeText } from './decode.js';
import type { Input } from './discover.js';
import { readFeed } from './feed.js';
import { formatFromName, isSingleDocument, sniffFormat, type ReaderKind } from './format.js';
import { readHtml } from './html.js';
import { readJson, readJsonl } from './json.js';
import { normalizeText } from './normalize.js';
import { readText } from './text.js';
import type { RawDocument, ReadResult } from './types.js';

export { discover, type Input, type Discovery } from './discover.js';

/** What reading one input gave. */
export interface IngestResult {
  readonly docs: readonly SourceDocument[];
  readonly problems: readonly Problem[];
}

/** Reads one input (file or stdin). `stdin` supplies the bytes for `-` (tests pass a buffer). */
export function readInput(input: Input, config: ParleyConfig, stdin: () => Uint8Array = () => fs.readFileSync(0)): IngestResult {
  const where = input.path;
  try {
    let bytes: Uint8Array;
    let kind: ReaderKind | null = null;
    if (input.kind === 'stdin') {
      bytes = stdin();
    } else {
      kind = formatFromName(input.path);
      const size = fs.statSync(input.path).size;
      const limit = kind && isSingleDocument(kind) ? config.maxDocumentBytes : config.maxInputBytes;
      if (size > limit) throw new ParleyError('INPUT_TOO_LARGE', where, `${formatBytes(size)} > limit ${formatBytes(limit)}`);
      bytes = fs.readFileSync(input.path);
    }
    const content = decodeText(bytes, where);
    if (content.trim() === '') throw new ParleyError('INPUT_EMPTY', where, 'only white space');
    const read = runReader(kind ?? sniffFormat(content), where, content);
    return prepareAll(read, config);
  } catch (err) {
    return { docs: [], problems: [toProblem(err, where, ioCode(err))] };
  }
}

function runReader(kind: ReaderKind, where: string, content: string): ReadResult {
  switch (kind) {
    case 'text':
    case 'markdown':
      return { docs: [readText(where, content, kind)], problems: [] };
    case 'html':
      return readHtml(where, content);
    case 'feed':
      return readFeed(where, content);
    case 'json':
      return readJson(where, content);
    case 'jsonl':
      return readJsonl(where, content);
  }
}

/** Normalizes and identifies raw documents, dropping empty or oversized ones with a problem. */
export function prepareAll(read: ReadResult, config: ParleyConfig): IngestResult {
  const docs: SourceDocument[] = [];
  const problems: Problem[] = [...read.problems];
  for (const raw of read.docs) {
    const doc = prepare(raw);
    if (doc.text.trim() === '') problems.push(new ParleyError('INPUT_EMPTY', raw.source, 'no text after extraction').toJSON());
    else if (doc.text.length * 2 > config.maxDocumentBytes && Buffer.byteLength(doc.text) > config.maxDocumentBytes) {
      problems.push(new ParleyError('INPUT_TOO_LARGE', raw.source, `document text over ${formatBytes(config.maxDocumentBytes)}`).toJSON());
    } else docs.push(doc);
  }
  return { docs, problems };
}

/** Normalizes one raw document and gives it its content-hash id. */
export function prepare(raw: RawDocument): SourceDocument {
  const text = normalizeText(raw.text);
  return { id: documentId(text), source: raw.source, format: raw.format, text, meta: raw.meta };
}

/** The stable id of a normalized text: exact duplicates share it. */
export function documentId(normalizedText: string): string {
  return stableId('d', normalizedText.trim());
}

function ioCode(err: unknown): 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
}

function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
}
