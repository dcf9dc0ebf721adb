/**
 * @module ingest/text — `.txt` and `.md` articles with an optional header block.
 *
 * A header block is a run of `key: value` lines at the very top, ended by a line `---`
 * (a Markdown front-matter block that also starts with `---` is accepted too), or by a blank
 * line when it holds two known keys or more and no value reads as a sentence. Known keys:
 * title, outlet (also source, publisher, site), published (also date, pubdate),
 * url (also link), byline (also author, by). Other keys are kept out of the body and
 * ignored. If the top of the file does not look like a header, the whole file is body.
 * Without a `title:` field, a first line that reads as a headline is the title
 * ({@link headlineOf}); it stays in the body, which the stages read whole.
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
    if (line.trim() === '' && !frontMatter) {
      if (fields.size === 0) return null;
      // a blank line inside a header that `---` still ends
      if (keyLinesThenRule(text, next)) { pos = next; continue; }
      // `title: …` and `published: …` lines ended by a blank line instead of `---`
      return headerLike(fields) ? { fields, bodyStart: next } : null;
    }
    const m = KEY_LINE.exec(line);
    if (!m) return null;
    const value = m[2]!.trim();
    // YAML front matter may quote a scalar: `pubDate: "March 3, 2025"` is the date March 3, 2025
    fields.set(m[1]!.trim().toLowerCase(), frontMatter ? unquoted(value) : value);
    pos = next;
  }
  return null;
}

/** Whether only `key: value` and blank lines follow `pos` up to a line `---`. */
function keyLinesThenRule(text: string, pos: number): boolean {
  for (let n = 0; n < MAX_HEADER_LINES && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl).replace(/\r$/, '').trim();
    if (line === '---') return true;
    if (line !== '' && !KEY_LINE.test(line)) return false;
    pos = nl === -1 ? text.length : nl + 1;
  }
  return false;
}

/**
 * Whether lines ended by a blank line read as a header rather than a first paragraph: two
 * fields or more, every key a known one, no value a sentence (`Source: Officials close to
 * the talks said the deal was near.` opens a body).
 */
function headerLike(fields: ReadonlyMap<string, string>): boolean {
  if (fields.size < 2) return false;
  for (const [key, value] of fields) {
    if (!(key in KEYS) || value === '' || value.length > 200 || /\.$/.test(value)) return false;
  }
  return true;
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
  const meta = headerMeta(header);
  return { source, format, text: body, meta: meta.title === null ? { ...meta, title: headlineOf(body) } : meta };
}

/** Longest headline, in characters, and most words. */
const HEADLINE_MAX_CHARS = 200;
const HEADLINE_MAX_WORDS = 30;
/** Most words of a headline that ends like a sentence (`Hamas accepts truce plan.`). */
const HEADLINE_MAX_WORDS_STOP = 14;
/** A wire dateline opening a lead (`CAIRO (Reuters) -`, `TEL AVIV —`, `KYIV, March 5 -`). */
const DATELINE_OPENING = /^[A-Z][A-Z.'’ -]{2,}(?:,[^—–-]{0,40})?(?:\s*\([^)]{1,40}\))?\s+[—–-]/;
/** A byline or a line that is only a date or a time. */
const NOT_HEADLINE = /^(?:by\s|updated\b|published\b|posted\b)|^[\d\s,./:-]+$|^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:\p{L}+\.?\s+)?\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}$/iu;
/** Two sentences on the line: a lower-case word of four letters or more (not `Pres.`), a stop, a capital. */
const TWO_SENTENCES = /[a-z]{4}[.!?]["”’]?\s+["“‘]?[A-Z]/;

/**
 * The first line of `body` when it reads as a headline, else null: a line of at most
 * {@link HEADLINE_MAX_CHARS} characters and {@link HEADLINE_MAX_WORDS} words that is not a
 * dateline, a byline or a date, holds one sentence at most, and either ends without a stop
 * (`Port strike ends as union and employers reach tentative deal`) or ends in one but is
 * short and stands alone before a blank line. A lead that is one long sentence is not a
 * headline. The text is not changed: the title is metadata.
 */
export function headlineOf(body: string): string | null {
  const m = /^[ \t]*(?:\r?\n)*[ \t]*([^\r\n]*)(\r?\n|$)/.exec(body);
  if (!m) return null;
  const line = m[1]!.trim();
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words < 2 || words > HEADLINE_MAX_WORDS || line.length > HEADLINE_MAX_CHARS) return null;
  if (DATELINE_OPENING.test(line) || NOT_HEADLINE.test(line) || TWO_SENTENCES.test(line)) return null;
  if (/[,;:—–-]$/.test(line)) return null;
  if (/[.!?…]["”’)]?$/.test(line)) {
    const rest = body.slice(m.index + m[0].length);
    const alone = m[2] === '' || /^[ \t]*(?:\r?\n|$)/.test(rest);
    if (!alone || words > HEADLINE_MAX_WORDS_STOP || /^["“‘]/.test(line)) return null;
  }
  return normalizeField(line);
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
