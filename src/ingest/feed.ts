/**
 * @module ingest/feed — reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document per item.
 *
 * Two passes (see README.md "## feed"):
 *   1. scan: one streaming pass of htmlparser2 in XML mode (tolerant: it never throws,
 *      and it tells explicit end tags from ones implied by the end of the input, which is
 *      exactly what truncation detection needs). It captures the feed title and, per
 *      item, every child and grandchild element with its attributes, decoded text
 *      (CDATA included) and raw inner markup;
 *   2. interpret: a dialect (RSS or Atom) turns each captured item into a document,
 *      taking each field from an ordered list of elements, first hit wins.
 */
import { Parser } from 'htmlparser2';
import { ParleyError } from '../errors.js';
import type { ErrorCode, Problem } from '../errors.js';
import type { DocumentMeta } from '../pipeline/document.js';
import { htmlToText } from './html.js';
import type { RawDocument, ReadResult } from './types.js';

// ---------------------------------------------------------------------------------------
// Pass 1: scan.
// ---------------------------------------------------------------------------------------

/** One element captured inside an item (or the feed title). */
interface Capture {
  /** Lower-case name, `atom:` prefix dropped in Atom; grandchildren as `author/name`. */
  readonly path: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Decoded text of the element and its descendants, CDATA included. */
  text: string;
  /** Inner markup as written (undecoded), set when the end tag is explicit. */
  raw: string;
  /** True when child elements were found (unescaped XHTML or HTML inside the element). */
  hasChildren: boolean;
  readonly rawStart: number;
}

/** One item or entry, as scanned. */
interface ScannedItem {
  /** Position in the feed, from 1. */
  readonly index: number;
  /** Attributes of the item element itself (RSS 1.0 puts the link in `rdf:about`). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly captures: Capture[];
  /** False when the input ended before the item's end tag (a truncated feed). */
  complete: boolean;
}

/** Which family a feed belongs to, from its root element. */
type FeedKind = 'rss' | 'atom';

/** What the scan found. */
interface Scan {
  /** Lower-case name of the first element; null when there is no element at all. */
  readonly root: string | null;
  readonly kind: FeedKind | null;
  /** True when the root's end tag was present. */
  readonly rootClosed: boolean;
  readonly title: Capture | null;
  readonly items: readonly ScannedItem[];
}

/** An element open during the scan. */
interface Frame {
  readonly name: string;
  readonly capture: Capture | null;
  readonly item: ScannedItem | null;
}

/** The local part of a qualified name (`content:encoded` → `encoded`). */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

/** The feed family of a root element: `<rss>`, `<rdf:RDF>` (RSS 1.0) or `<feed>` (Atom). */
function kindOfRoot(root: string): FeedKind | null {
  const local = localName(root);
  if (local === 'rss' || local === 'rdf') return 'rss';
  if (local === 'feed') return 'atom';
  return null;
}

/** The local name of an item element in each family. */
const ITEM_ELEMENT = { rss: 'item', atom: 'entry' } as const satisfies Record<FeedKind, string>;

/** Turns parser events into a Scan. */
class FeedScanner {
  root: string | null = null;
  kind: FeedKind | null = null;
  rootClosed = false;
  title: Capture | null = null;
  readonly items: ScannedItem[] = [];
  /** Set before `parser.end()`: end tags implied from then on mean the input was cut off. */
  private atEnd = false;
  /** The parser's offsets of the current event, to slice raw inner markup. */
  private position: { readonly startIndex: number; readonly endIndex: number } = { startIndex: 0, endIndex: 0 };
  private readonly stack: Frame[] = [];
  private readonly open: Capture[] = [];
  private item: ScannedItem | null = null;
  private itemDepth = -1;

  constructor(private readonly xml: string) {}

  /** Runs the one pass. htmlparser2 never throws: it salvages any input. */
  scan(): Scan {
    const parser = new Parser(this, { xmlMode: true, decodeEntities: true, lowerCaseAttributeNames: true });
    this.position = parser;
    parser.write(this.xml);
    this.atEnd = true;
    parser.end();
    return this;
  }

  onopentag(rawName: string, attrs: Record<string, string>): void {
    const name = rawName.toLowerCase();
    const depth = this.stack.length;
    if (depth === 0 && this.root === null) {
      this.root = name;
      this.kind = kindOfRoot(name);
    }
    for (const capture of this.open) capture.hasChildren = true;
    const item = this.startsItem(name) ? this.startItem(depth, attrs) : null;
    const capture = item ? null : this.maybeCapture(name, attrs, depth);
    this.stack.push({ name, capture, item });
  }

  ontext(data: string): void {
    for (const capture of this.open) capture.text += data;
  }

  onclosetag(_name: string, isImplied: boolean): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.capture) this.endCapture(frame.capture, isImplied);
    if (frame.item) {
      // An end tag implied by a parent's end tag still closes a whole item; only the end
      // of the input leaves one partial.
      frame.item.complete = !(isImplied && this.atEnd);
      this.item = null;
    }
    if (this.stack.length === 0) this.rootClosed = !isImplied;
  }

  private startsItem(name: string): boolean {
    return this.kind !== null && this.item === null && localName(name) === ITEM_ELEMENT[this.kind];
  }

  private startItem(depth: number, attrs: Record<string, string>): ScannedItem {
    const item: ScannedItem = { index: this.items.length + 1, attrs, captures: [], complete: false };
    this.items.push(item);
    this.item = item;
    this.itemDepth = depth;
    return item;
  }

  /** Captures an item's children and grandchildren, and the feed's own title. */
  private maybeCapture(name: string, attrs: Record<string, string>, depth: number): Capture | null {
    const field = this.kind === 'atom' ? name.replace(/^atom:/, '') : name;
    if (this.item) {
      const level = depth - this.itemDepth;
      if (level === 1) return this.beginCapture(this.item.captures, field, attrs);
      const parent = this.stack[depth - 1]?.capture;
      if (level === 2 && parent) return this.beginCapture(this.item.captures, `${parent.path}/${field}`, attrs);
      return null;
    }
    if (this.title === null && localName(field) === 'title' && this.isFeedLevel(depth)) {
      this.title = this.beginCapture([], field, attrs);
      return this.title;
    }
    return null;
  }

  /** Feed level: a child of `<channel>` (RSS 2.0, RSS 1.0) or of the root `<feed>` (Atom). */
  private isFeedLevel(depth: number): boolean {
    if (this.kind === 'atom') return depth === 1;
    return localName(this.stack[depth - 1]?.name ?? '') === 'channel';
  }

  private beginCapture(into: Capture[], path: string, attrs: Record<string, string>): Capture {
    const capture: Capture = { path, attrs, text: '', raw: '', hasChildren: false, rawStart: this.position.endIndex + 1 };
    into.push(capture);
    this.open.push(capture);
    return capture;
  }

  private endCapture(capture: Capture, isImplied: boolean): void {
    const at = this.open.lastIndexOf(capture);
    if (at >= 0) this.open.splice(at, 1);
    const rawEnd = this.position.startIndex;
    if (!isImplied && rawEnd >= capture.rawStart) capture.raw = this.xml.slice(capture.rawStart, rawEnd);
  }
}

// ---------------------------------------------------------------------------------------
// Pass 2: interpret, per dialect.
// ---------------------------------------------------------------------------------------

/** Field values of one item, before it becomes a document. */
interface ItemFields {
  readonly title: string | null;
  readonly link: string | null;
  readonly byline: string | null;
  readonly published: DocumentMeta['published'];
  readonly text: string;
}

/** How one feed family names its fields. RSS and Atom mirror each other entry for entry. */
interface FeedDialect {
  readonly format: FeedKind;
  /** Date elements in precedence order, with the `from` tag each yields. */
  readonly dates: readonly (readonly [path: string, from: string])[];
  /** Body elements in precedence order; the first with text after extraction wins. */
  readonly bodies: readonly string[];
  link(item: ScannedItem): string | null;
  byline(item: ScannedItem): string | null;
  /** Plain text of a body or title element. */
  text(capture: Capture): string;
}

function captured(item: ScannedItem, path: string): Capture | null {
  return item.captures.find((c) => c.path === path) ?? null;
}

function capturedAll(item: ScannedItem, path: string): Capture[] {
  return item.captures.filter((c) => c.path === path);
}

/** Whitespace collapsed to single spaces, trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line of text from a title-like value: markup and HTML entities resolved when present. */
function inline(text: string): string {
  return collapse(/[<&]/.test(text) ? htmlToText(text) : text);
}

/** Plain text kept as written: paragraphs at blank lines, whitespace collapsed inside each. */
function plainText(text: string): string {
  return text.split(/\n[ \t\r]*\n/).map(collapse).filter(Boolean).join('\n\n');
}

/** HTML as the element carries it: unescaped child markup as written, else the decoded text (CDATA or escaped HTML). */
function markupText(capture: Capture): string {
  return htmlToText(capture.hasChildren && capture.raw ? capture.raw : capture.text);
}

/** Names joined with ", ", or null when there are none. */
function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map(inline).filter(Boolean))];
  return unique.length > 0 ? unique.join(', ') : null;
}

/** An RSS `<author>` is an e-mail address, often with the name in parentheses. */
function rssAuthorName(value: string): string | null {
  const named = /\(([^)]+)\)/.exec(value)?.[1];
  if (named) return inline(named);
  const text = inline(value);
  return /^\S+@\S+$/.test(text) ? null : text || null;
}

/** A `<guid>` stands for the link when it is a permalink URL (the RSS 2.0 default). */
function permalinkGuid(item: ScannedItem): string | null {
  const guid = captured(item, 'guid');
  if (!guid || guid.attrs['ispermalink']?.toLowerCase() === 'false') return null;
  const value = collapse(guid.text);
  return /^https?:\/\//i.test(value) ? value : null;
}

/**
 * RSS 2.0 and RSS 1.0. Dates: `pubDate`, then Dublin Core. Bylines: `dc:creator` first,
 * since it holds a name where `<author>` holds an e-mail address. Links: `<link>`, then a
 * permalink `<guid>`, then RSS 1.0's `rdf:about`.
 */
const RSS: FeedDialect = {
  format: 'rss',
  dates: [['pubdate', 'rss:pubDate'], ['dc:date', 'dc:date']],
  bodies: ['content:encoded', 'description'],
  link: (item) => collapse(captured(item, 'link')?.text ?? '') || permalinkGuid(item) || collapse(item.attrs['rdf:about'] ?? '') || null,
  byline: (item) => joinNames(capturedAll(item, 'dc:creator').map((c) => c.text))
    ?? rssAuthorName(captured(item, 'author')?.text ?? ''),
  // RSS descriptions are HTML by convention, whether escaped, in CDATA or (invalidly) raw.
  text: markupText,
};

/** Atom `type` values that mean plain text, HTML (escaped) and inline XHTML. */
const ATOM_TEXT_TYPES: ReadonlySet<string> = new Set(['text', 'text/plain']);
const ATOM_HTML_TYPES: ReadonlySet<string> = new Set(['html', 'text/html', 'xhtml', 'application/xhtml+xml']);

/**
 * Text of an Atom text construct. `type="text"` is used as written; `html` and `xhtml`
 * are converted. With no type (Atom's default is text) the content is sniffed, because
 * many feeds omit `type="html"`; out-of-line content (`src`) and other media types have
 * no text.
 */
function atomText(capture: Capture): string {
  if (capture.attrs['src']) return '';
  const type = capture.attrs['type']?.toLowerCase();
  if (type === undefined) return capture.hasChildren || /<[a-z][^>]*>/i.test(capture.text) ? markupText(capture) : plainText(capture.text);
  if (ATOM_TEXT_TYPES.has(type)) return plainText(capture.text);
  if (ATOM_HTML_TYPES.has(type)) return markupText(capture);
  return '';
}

/** The `href` of `<link rel="alternate">` (or of a link without `rel`), else of the first link. */
function atomLink(item: ScannedItem): string | null {
  const links = capturedAll(item, 'link').filter((c) => c.attrs['href']);
  const alternate = links.find((c) => (c.attrs['rel'] ?? 'alternate').toLowerCase() === 'alternate');
  return collapse((alternate ?? links[0])?.attrs['href'] ?? '') || null;
}

/** Atom. Dates: `published`, then `updated`. Bylines: every `author/name`. */
const ATOM: FeedDialect = {
  format: 'atom',
  dates: [['published', 'atom:published'], ['updated', 'atom:updated']],
  bodies: ['content', 'summary'],
  link: atomLink,
  byline: (item) => joinNames(capturedAll(item, 'author/name').map((c) => c.text)),
  text: atomText,
};

const DIALECTS = { rss: RSS, atom: ATOM } as const satisfies Record<FeedKind, FeedDialect>;

function itemDate(item: ScannedItem, dialect: FeedDialect): DocumentMeta['published'] {
  for (const [path, from] of dialect.dates) {
    const raw = collapse(captured(item, path)?.text ?? '');
    if (raw) return { raw, method: 'metadata', from };
  }
  return null;
}

function itemText(item: ScannedItem, dialect: FeedDialect): string {
  for (const path of dialect.bodies) {
    const capture = captured(item, path);
    const text = capture ? dialect.text(capture) : '';
    if (text) return text;
  }
  return '';
}

function itemTitle(item: ScannedItem, dialect: FeedDialect): string | null {
  const capture = captured(item, 'title');
  if (!capture) return null;
  return collapse(dialect.format === 'atom' ? atomText(capture) : inline(capture.text)) || null;
}

function readItem(item: ScannedItem, dialect: FeedDialect): ItemFields {
  return {
    title: itemTitle(item, dialect),
    link: dialect.link(item),
    byline: dialect.byline(item),
    published: itemDate(item, dialect),
    text: itemText(item, dialect),
  };
}

/** The feed's title (the outlet of every item), as one line. */
function feedTitle(scan: Scan): string | null {
  if (!scan.title) return null;
  return collapse(scan.kind === 'atom' ? atomText(scan.title) : inline(scan.title.text)) || null;
}

// ---------------------------------------------------------------------------------------
// The reader.
// ---------------------------------------------------------------------------------------

function problem(code: ErrorCode, where: string, detail: string | null): Problem {
  return new ParleyError(code, where, detail).toJSON();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why a scan is not a feed, or null when it is one. */
function notAFeed(scan: Scan): string | null {
  if (scan.root === null) return 'no XML element found';
  if (scan.kind === null) return `root element <${scan.root}> is not <rss>, <rdf:RDF> or <feed>`;
  return null;
}

/** FEED_TRUNCATED detail: how many complete items were kept, and whether a partial one was dropped. */
function truncation(source: string, scan: Scan, kept: number): Problem {
  const partial = scan.items.some((item) => !item.complete);
  const what = partial ? 'the last, partial item was dropped' : 'it ends between items';
  return problem('FEED_TRUNCATED', source, `read ${plural(kept, 'complete item')}; ${what}`);
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document per item, format `rss` or
 * `atom`. An item's `source` is its link, else `${source}#N` (N counts items from 1).
 * Text comes from `content:encoded` > `description` (RSS) or `content` > `summary`
 * (Atom); the outlet is the feed's title. Problems: FEED_MALFORMED when the input is not
 * a feed (no documents); FEED_EMPTY when it has no items; FEED_TRUNCATED when the input
 * ends before the feed does (every complete item is still read, the partial last one is
 * dropped); INPUT_EMPTY naming `${source}#N` for an item with no text.
 */
export function readFeed(source: string, xml: string): ReadResult {
  const scan = new FeedScanner(xml).scan();
  const malformed = notAFeed(scan);
  if (malformed || scan.kind === null) return { docs: [], problems: [problem('FEED_MALFORMED', source, malformed)] };
  if (scan.items.length === 0 && scan.rootClosed) return { docs: [], problems: [problem('FEED_EMPTY', source, null)] };

  const dialect = DIALECTS[scan.kind];
  const outlet = feedTitle(scan);
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  const complete = scan.items.filter((item) => item.complete);
  for (const item of complete) {
    const fields = readItem(item, dialect);
    const where = `${source}#${item.index}`;
    if (!fields.text) {
      problems.push(problem('INPUT_EMPTY', where, fields.link));
      continue;
    }
    const meta: DocumentMeta = { title: fields.title, outlet, byline: fields.byline, url: fields.link, published: fields.published };
    docs.push({ source: fields.link ?? where, format: dialect.format, text: fields.text, meta });
  }
  if (!scan.rootClosed) problems.push(truncation(source, scan, complete.length));
  return { docs, problems };
}
