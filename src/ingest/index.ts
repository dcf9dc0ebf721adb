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
import { binaryReason, decodeText, firstInvalidUtf8 } from './decode.js';
import type { Input } from './discover.js';
import { readFeed } from './feed.js';
import { formatFromName, isSingleDocument, sniffFormat, type ReaderKind } from './format.js';
import { readHtml } from './html.js';
import { jsonlRecords, readJson, readJsonl } from './json.js';
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

/** One item of a streamed input: a document or a problem. */
export type IngestItem = { readonly doc: SourceDocument } | { readonly problem: Problem };

/**
 * Reads one input as a stream of documents and problems. A `.jsonl` file is read in
 * chunks of 64 KB ({@link fileLines}) and yields each record as soon as its line is
 * complete, so memory does not grow with the file; every other format is read whole (an article, a feed or a
 * JSON array has to be parsed as a whole anyway).
 */
export function* readInputItems(input: Input, config: ParleyConfig, stdin?: () => Uint8Array): Generator<IngestItem> {
  if (input.kind === 'file' && formatFromName(input.path) === 'jsonl') {
    yield* streamJsonl(input.path, config);
    return;
  }
  const read = readInput(input, config, stdin);
  for (const problem of read.problems) yield { problem };
  for (const doc of read.docs) yield { doc };
}

function* streamJsonl(file: string, config: ParleyConfig): Generator<IngestItem> {
  let fd: number;
  try {
    const size = fs.statSync(file).size;
    if (size > config.maxInputBytes) throw new ParleyError('INPUT_TOO_LARGE', file, `${formatBytes(size)} > limit ${formatBytes(config.maxInputBytes)}`);
    if (size === 0) throw new ParleyError('INPUT_EMPTY', file, '0 bytes');
    fd = fs.openSync(file, 'r');
  } catch (err) {
    yield { problem: toProblem(err, file, ioCode(err)) };
    return;
  }
  try {
    for (const r of jsonlRecords(file, fileLines(fd, file))) {
      if ('code' in r) { yield { problem: r }; continue; }
      const prepared = prepareAll({ docs: [r], problems: [] }, config);
      for (const problem of prepared.problems) yield { problem };
      for (const doc of prepared.docs) yield { doc };
    }
  } catch (err) {
    yield { problem: toProblem(err, file, ioCode(err)) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Bytes read from a JSONL file at a time. Lines are cut from the bytes and each one is
 * decoded on its own, so no string longer than a line is ever made. Decoding a 1 MB
 * chunk at once, then splitting it, made a 2 MB (two-byte) string per chunk plus its
 * flattened concatenation with the previous chunk's tail: strings that large go straight
 * to V8's old generation, and every line was a slice that kept them alive, so the main
 * thread's heap grew by about 4 MB of such garbage per 200 articles until the next full
 * collection.
 */
const READ_CHUNK = 64 * 1024;

/**
 * The lines of an open UTF-8 file (without their `\n`), each decoded strictly: the
 * first invalid byte sequence ends the file with INPUT_NOT_UTF8 naming its byte offset.
 * A UTF-8 byte-order mark at the start of the file is dropped.
 */
export function* fileLines(fd: number, file: string): Generator<string> {
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes of the current line read with earlier chunks. */
  let head: Buffer[] = [];
  /** File offset of the current line's first byte. */
  let lineStart = 0;
  let offset = 0;
  const decode = (bytes: Uint8Array): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new ParleyError('INPUT_NOT_UTF8', file, `invalid byte sequence at byte ${lineStart + firstInvalidUtf8(bytes)}`);
    }
  };
  const take = (tail: Uint8Array): Uint8Array => {
    if (head.length === 0) return tail;
    const bytes = Buffer.concat([...head, tail]);
    head = [];
    return bytes;
  };
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    const chunk = buf.subarray(0, n);
    let from = 0;
    if (offset === 0) {
      const binary = binaryReason(chunk);
      if (binary) throw new ParleyError('INPUT_BINARY', file, binary);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) from = lineStart = 3;
    }
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      yield decode(take(chunk.subarray(from, nl)));
      lineStart = offset + nl + 1;
      from = nl + 1;
    }
    // The rest of the chunk begins a line that a later chunk ends: copied, since `buf` is reused.
    if (from < n) head.push(Buffer.from(chunk.subarray(from)));
    offset += n;
  }
  if (head.length > 0) yield decode(take(new Uint8Array(0)));
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
