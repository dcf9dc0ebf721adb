/**
 * @module ingest/json — `.json` arrays and `.jsonl` records.
 *
 * A record is `{ id?, url?, title?, outlet?, byline?, published?, text | html }`
 * (EXPORT.md). A `.json` file holds one record, an array of records, or an object with a
 * `documents` array. A record's `source` is its `id`, else its `url`, else `FILE#N`
 * (N counts records from 1). A bad record or a bad JSONL line is one problem; the other
 * records are still read.
 */
import { ParleyError, type Problem } from '../errors.js';
import { normalizeField } from './normalize.js';
import { htmlToText } from './html.js';
import type { RawDocument, ReadResult } from './types.js';

/** Reads a `.json` file. */
export function readJson(file: string, content: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (err) {
    return { docs: [], problems: [new ParleyError('JSON_MALFORMED', file, (err as Error).message).toJSON()] };
  }
  const records = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed['documents'])
      ? (parsed['documents'] as unknown[])
      : [parsed];
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  records.forEach((r, i) => collect(readRecord(r, file, i + 1, 'json'), docs, problems));
  return { docs, problems };
}

/** Reads a `.jsonl` text: one record per non-empty line. */
export function readJsonl(file: string, content: string): ReadResult {
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const r of jsonlRecords(file, content.split('\n'))) collect(r, docs, problems);
  return { docs, problems };
}

/**
 * Turns JSONL lines into documents and problems one at a time, so a large file can be
 * streamed: a bad line is one problem naming `FILE:LINE`, the next lines go on.
 */
export function* jsonlRecords(file: string, lines: Iterable<string>): Generator<RawDocument | Problem> {
  let n = 0;
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    n++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      yield new ParleyError('JSON_MALFORMED', `${file}:${lineNo}`, (err as Error).message).toJSON();
      continue;
    }
    yield readRecord(parsed, file, n, 'jsonl');
  }
}

function collect(r: RawDocument | Problem, docs: RawDocument[], problems: Problem[]): void {
  if ('code' in r) problems.push(r);
  else docs.push(r);
}

/** Validates and converts one record. */
export function readRecord(r: unknown, file: string, n: number, format: 'json' | 'jsonl'): RawDocument | Problem {
  const where = `${file}#${n}`;
  if (!isObject(r)) return new ParleyError('JSON_RECORD_INVALID', where, 'a record must be a JSON object').toJSON();
  const id = stringOrNumber(r['id']);
  const url = normalizeField(r['url']);
  const source = id ?? url ?? where;
  for (const key of ['title', 'outlet', 'byline', 'published', 'text', 'html', 'url'] as const) {
    // a feed's or an API's Unix time (`"published": 1714435200`) is a date too: read as its digits
    if (key === 'published' && typeof r[key] === 'number' && Number.isFinite(r[key])) continue;
    if (r[key] != null && typeof r[key] !== 'string') {
      return new ParleyError('JSON_RECORD_INVALID', source, `"${key}" must be a string${key === 'published' ? ' or a number (Unix time)' : ''}`).toJSON();
    }
  }
  const text = typeof r['text'] === 'string' ? r['text'] : typeof r['html'] === 'string' ? htmlToText(r['html']) : null;
  if (text === null) return new ParleyError('JSON_RECORD_INVALID', source, 'has neither "text" nor "html"').toJSON();
  const rawPublished = typeof r['published'] === 'number' ? String(r['published']) : r['published'];
  const published = typeof rawPublished === 'string' && rawPublished.trim() !== ''
    ? { raw: rawPublished.trim(), method: 'metadata' as const, from: `${format}:published` }
    : null;
  return {
    source,
    format,
    text,
    meta: { title: normalizeField(r['title']), outlet: normalizeField(r['outlet']), byline: normalizeField(r['byline']), url, published },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringOrNumber(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return normalizeField(v);
}
