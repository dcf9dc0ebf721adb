/**
 * @module ingest/text — `.txt` and `.md` articles with an optional header block.
 *
 * A header block is a run of `key: value` lines at the very top, ended by a line `---`
 * (a Markdown front-matter block that also starts with `---` is accepted too). Known keys:
 * title, outlet (also source, publisher, site), published (also date, pubdate),
 * url (also link), byline (also author, by). Other keys are kept out of the body and
 * ignored. If the top of the file does not look like a header, the whole file is body.
 */
import { normalizeField } from './normalize.js';
import { markdownToText } from './markdown.js';
import type { RawDocument } from './types.js';
import type { DocumentMeta } from '../pipeline/document.js';

const KEY_LINE = /^([A-Za-z][\w -]{0,30}?)\s*:\s?(.*)$/;
const MAX_HEADER_LINES = 40;

const KEYS: Record<string, keyof DocumentMeta> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet',
  published: 'published', date: 'published', pubdate: 'published', 'published at': 'published',
  url: 'url', link: 'url',
  byline: 'byline', author: 'byline', by: 'byline',
};

/** A split header block: its fields and where the body starts. */
export interface HeaderBlock {
  readonly fields: ReadonlyMap<string, string>;
  readonly bodyStart: number;
}

/** Finds a header block at the top of `text`, or null when there is none. */
export function parseHeaderBlock(text: string): HeaderBlock | null {
  let pos = 0;
  const fields = new Map<string, string>();
  let frontMatter = false;
  for (let n = 0; n < MAX_HEADER_LINES && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const next = nl === -1 ? text.length : nl + 1;
    if (line.trim() === '---') {
      if (n === 0) { frontMatter = true; pos = next; continue; }
      return fields.size > 0 ? { fields, bodyStart: next } : null;
    }
    if (line.trim() === '' && fields.size === 0 && !frontMatter) return null;
    const m = KEY_LINE.exec(line);
    if (!m) return null;
    const value = m[2]!.trim();
    // YAML front matter may quote a scalar: `pubDate: "March 3, 2025"` is the date March 3, 2025
    fields.set(m[1]!.trim().toLowerCase(), frontMatter ? unquoted(value) : value);
    pos = next;
  }
  return null;
}

/** A YAML scalar without the quotes around it (`"a"` or `'a'`), else as written. */
function unquoted(value: string): string {
  const q = value[0];
  return value.length >= 2 && (q === '"' || q === "'") && value[value.length - 1] === q ? value.slice(1, -1) : value;
}

/** Reads a `.txt` or `.md` file's text into one raw document. */
export function readText(source: string, content: string, format: 'text' | 'markdown'): RawDocument {
  const header = parseHeaderBlock(content);
  const bodyRaw = header ? content.slice(header.bodyStart) : content;
  const body = format === 'markdown' ? markdownToText(bodyRaw) : bodyRaw;
  return { source, format, text: body, meta: headerMeta(header) };
}

function headerMeta(header: HeaderBlock | null): DocumentMeta {
  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = { title: null, outlet: null, byline: null, url: null, published: null };
  if (!header) return meta;
  for (const [key, value] of header.fields) {
    const target = KEYS[key];
    if (!target) continue;
    if (target === 'published') {
      if (value && !meta.published) meta.published = { raw: value, method: 'header', from: `header:${key}` };
    } else if (meta[target] === null) {
      meta[target] = normalizeField(value);
    }
  }
  return meta;
}
