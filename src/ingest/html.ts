/**
 * @module ingest/html — reads one HTML page into one document: metadata from meta tags
 * and JSON-LD, main text from Readability with a structural fallback, and `htmlToText`,
 * the block-aware HTML-to-plain-text conversion every reader shares.
 *
 * Passes of `readHtml` (see README.md "## html"):
 *   1. wrap: the markup is re-wrapped in one `<html><head></head><body>` (linkedom builds
 *      no implied `<html>`/`<body>`, so fragments and half-documents would lose their text);
 *   2. metadata: ordered proposers per field, first hit wins; read before anything mutates;
 *   3. prune: boilerplate elements (nav, footer, figures, forms, cookie banners…) removed;
 *   4. text: Readability, unless it found nothing or far less than the structural fallback;
 *   5. refine: a first paragraph equal to the title (the headline) is dropped; a page with
 *      no prose paragraph is HTML_NO_ARTICLE.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { ParleyError } from '../errors.js';
import type { DocumentMeta } from '../pipeline/document.js';
import type { ReadResult } from './types.js';

// ---------------------------------------------------------------------------------------
// Boilerplate: which elements never hold article text. Shared by htmlToText and pruning.
// ---------------------------------------------------------------------------------------

/** Elements whose whole content is dropped: code, chrome, media captions, form controls. */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'head',
  'nav', 'header', 'footer', 'aside',
  // photo credits and captions are not article text
  'figure', 'figcaption',
  'form', 'button', 'select', 'textarea', 'label', 'dialog',
  'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
]);

/** ARIA landmarks that are page chrome, not content. */
const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search',
]);

/**
 * A class or id matching this marks boilerplate: cookie/consent banners, newsletter and
 * subscription boxes, share bars, related-links and promo boxes, ads. `ad`/`ads` must be
 * a whole dash/underscore-delimited token so that `lead-`, `head-` or `load-` never match.
 */
const BOILERPLATE_NAME = /cookie|consent|newsletter|subscri|share|related|promo|advert|(?:^|[\s_-])ads?(?:$|[\s_-])/i;

/** Containers never dropped by class/id: a page-wide `class="has-share-bar"` must not erase it. */
const NEVER_PRUNED: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Reads one attribute of an element, whatever represents it (DOM node or parser attribs). */
type AttributeLookup = (name: string) => string | null | undefined;

/** Page chrome by tag, ARIA role or hidden state, whatever its content. */
function isChrome(tag: string, attr: AttributeLookup): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (attr('hidden') != null || attr('aria-hidden') === 'true') return true;
  const role = attr('role');
  return role != null && SKIP_ROLES.has(role.toLowerCase());
}

/** Boilerplate by class or id (BOILERPLATE_NAME). */
function hasBoilerplateName(tag: string, attr: AttributeLookup): boolean {
  if (NEVER_PRUNED.has(tag) || attr('itemprop') === 'articleBody') return false;
  return BOILERPLATE_NAME.test(`${attr('class') ?? ''} ${attr('id') ?? ''}`);
}

/** True when an element (lower-case tag name) is page chrome whose text must be dropped. */
function isBoilerplate(tag: string, attr: AttributeLookup): boolean {
  return isChrome(tag, attr) || hasBoilerplateName(tag, attr);
}

// ---------------------------------------------------------------------------------------
// htmlToText: one streaming pass of htmlparser2, no DOM.
// ---------------------------------------------------------------------------------------

/** Elements that start and end a paragraph. A `div` with direct text thus becomes one. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'div',
  'address', 'article', 'section', 'main', 'dd', 'dt', 'dl', 'ol', 'ul', 'details', 'summary',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'hr', 'hgroup', 'center', 'fieldset',
]);

/** Inline elements that still separate words (table cells on one row). */
const SPACED_TAGS: ReadonlySet<string> = new Set(['td', 'th', 'img', 'wbr']);

/** Options of the text conversion. */
interface TextOptions {
  /** Keep only text inside `<p>` elements (the last-resort fallback on a whole `<body>`). */
  readonly paragraphsOnly: boolean;
}

const DEFAULT_TEXT_OPTIONS = { paragraphsOnly: false } as const satisfies TextOptions;

/** Collapses runs of whitespace (including no-break spaces) to one space, and trims. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Collects paragraphs from parser events. Each open element records whether it started
 * a skipped region, so nesting unwinds correctly: htmlparser2 closes every element it
 * opened (implied closes included), even in broken markup.
 */
class ParagraphCollector {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];
  private readonly startedSkip: boolean[] = [];
  private skipDepth = 0;
  private paragraphDepth = 0;
  private breaks = 0;

  constructor(private readonly options: TextOptions) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    const skips = this.skipDepth === 0 && isBoilerplate(name, (key) => attribs[key]);
    this.startedSkip.push(skips);
    if (skips) this.skipDepth++;
    if (name === 'p') this.paragraphDepth++;
    if (BLOCK_TAGS.has(name) || skips) this.flush();
    else if (name === 'br') this.lineBreak();
    else if (SPACED_TAGS.has(name)) this.parts.push(' ');
  }

  onclosetag(name: string): void {
    if (this.startedSkip.pop()) this.skipDepth--;
    if (name === 'p') this.paragraphDepth--;
    if (BLOCK_TAGS.has(name)) this.flush();
  }

  ontext(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.options.paragraphsOnly && this.paragraphDepth <= 0) return;
    this.parts.push(data);
    if (this.breaks > 0 && /\S/.test(data)) this.breaks = 0;
  }

  /** Ends the current paragraph, if it has any text. */
  flush(): void {
    this.breaks = 0;
    if (this.parts.length === 0) return;
    const paragraph = collapse(this.parts.join(''));
    this.parts = [];
    if (paragraph) this.paragraphs.push(paragraph);
  }

  /** One `<br>` is a space; two in a row (with only whitespace between) end a paragraph. */
  private lineBreak(): void {
    if (this.skipDepth > 0) return;
    this.breaks++;
    if (this.breaks >= 2) this.flush();
    else this.parts.push(' ');
  }
}

/** The paragraphs of an HTML fragment or page, boilerplate dropped. */
function htmlParagraphs(html: string, options: TextOptions = DEFAULT_TEXT_OPTIONS): string[] {
  const collector = new ParagraphCollector(options);
  const parser = new Parser(
    {
      onopentag: (name, attribs) => collector.onopentag(name, attribs),
      onclosetag: (name) => collector.onclosetag(name),
      ontext: (data) => collector.ontext(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  collector.flush();
  return collector.paragraphs;
}

/**
 * Converts HTML (a fragment or a whole page) to plain text: one paragraph per block
 * element (`p`, `h1`–`h6`, `li`, `blockquote`, `pre`, a `div` with direct text…), two
 * `<br>` in a row also end a paragraph; paragraphs separated by a blank line; whitespace
 * inside a paragraph collapsed to single spaces; entities decoded. Scripts, styles,
 * navigation, headers, footers, asides, figures and captions, forms and elements whose
 * class or id marks a cookie banner, newsletter, share bar, related links, promo or ad
 * are dropped. Streams through htmlparser2 without building a DOM.
 */
export function htmlToText(fragment: string): string {
  return htmlParagraphs(fragment).join('\n\n');
}

// ---------------------------------------------------------------------------------------
// The DOM, as far as this reader uses it.
// ---------------------------------------------------------------------------------------

/**
 * The narrow slice of the DOM this reader relies on. linkedom implements it; our `lib`
 * has no DOM types, so linkedom's own declarations resolve to `any` and are pinned here.
 */
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  remove(): void;
}

/** The document: queries plus the `<body>`. */
interface DomDocument {
  readonly body: DomElement;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** Tags removed from the markup before it is re-wrapped (see `wrapDocument`). */
const DOCUMENT_SHELL = /<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;

/**
 * Parses the page with linkedom inside a fresh `<html><head></head><body>` shell. linkedom
 * does not imply missing `<html>`/`<body>` the way browsers do (a page without `<body>`
 * gets an empty one), so the shell tags of the input are dropped and everything lands in
 * the body; head elements there are harmless (they are read as metadata, then pruned).
 */
function parseDocument(html: string): DomDocument {
  const body = html.replace(DOCUMENT_SHELL, '');
  const page = `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
  const { document } = parseHTML(page);
  return document as DomDocument;
}

/** Element text with whitespace collapsed. */
function textOf(element: DomElement | null): string {
  return collapse(element?.textContent ?? '');
}

// ---------------------------------------------------------------------------------------
// Metadata: facts gathered once, then ordered proposers per field.
// ---------------------------------------------------------------------------------------

/** A JSON-LD object node. */
type LdNode = Readonly<Record<string, unknown>>;

/** What the metadata proposers read; gathered once per page, before any mutation. */
interface PageFacts {
  readonly doc: DomDocument;
  /** `<meta>` content by lower-cased `property`, `name` or `itemprop`; first non-empty wins. */
  readonly meta: ReadonlyMap<string, string>;
  /** The first JSON-LD node of an article type, if any. */
  readonly article: LdNode | null;
  /** JSON-LD nodes by `@id`, to resolve `{"@id": …}` references. */
  readonly byId: ReadonlyMap<string, LdNode>;
}

/** A proposed value and where it came from (the provenance tag). */
interface Found {
  readonly value: string;
  readonly from: string;
}

/** Proposes a value for one metadata field, or nothing. */
type Proposer = (facts: PageFacts) => Found | null;

/** JSON-LD `@type`s that describe a news or blog article. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicEditorArticle', 'ReportageArticle',
  'BlogPosting', 'LiveBlogPosting', 'SatiricalArticle',
]);

function isRecord(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string value with whitespace collapsed and entities decoded, or null when blank. */
function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = /[&<]/.test(value) ? collapse(htmlParagraphs(value).join(' ')) : collapse(value);
  return text || null;
}

/** Collects `<meta>` contents by every key they are named with. */
function collectMeta(doc: DomDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const content = collapse(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

/** Every object node of every parseable JSON-LD script, `@graph`s and arrays flattened. */
function collectJsonLd(doc: DomDocument): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const parsed = parseJson(script.textContent ?? '');
    if (parsed !== undefined) flattenLd(parsed, nodes);
  }
  return nodes;
}

/** JSON.parse that yields undefined on failure: one broken script must not break the page. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function flattenLd(value: unknown, into: LdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flattenLd(item, into);
  } else if (isRecord(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) flattenLd(value['@graph'], into);
  }
}

/** The short names of a node's `@type` (`schema:NewsArticle`, full IRIs and arrays handled). */
function ldTypes(node: LdNode): string[] {
  const raw = node['@type'];
  const types = Array.isArray(raw) ? raw : [raw];
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

/** Gathers every fact the proposers read. */
function gatherFacts(doc: DomDocument): PageFacts {
  const nodes = collectJsonLd(doc);
  const byId = new Map<string, LdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => ldTypes(node).some((t) => ARTICLE_TYPES.has(t))) ?? null;
  return { doc, meta: collectMeta(doc), article, byId };
}

/** Follows a `{"@id": …}` reference to the node it names, when the page has it. */
function resolveLd(value: unknown, facts: PageFacts): unknown {
  if (isRecord(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return facts.byId.get(value['@id']) ?? value;
  }
  return value;
}

/** The name of a JSON-LD person or organization: a string, `{name}`, or an array of them. */
function ldName(value: unknown, facts: PageFacts): string | null {
  const resolved = resolveLd(value, facts);
  if (Array.isArray(resolved)) {
    const names = resolved.map((item) => ldName(item, facts)).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isRecord(resolved)) return cleanString(resolved['name']);
  return cleanString(resolved);
}

// --- proposer factories -----------------------------------------------------------------

/** `<meta>` by key; `from` defaults to `meta:<key>`. */
function fromMeta(key: string, from = `meta:${key}`): Proposer {
  const lower = key.toLowerCase();
  return (facts) => {
    const value = facts.meta.get(lower);
    return value ? { value, from } : null;
  };
}

/** A string property of the JSON-LD article node. */
function fromLdArticle(property: string): Proposer {
  return (facts) => {
    const value = cleanString(facts.article?.[property]);
    return value ? { value, from: `json-ld:${property}` } : null;
  };
}

/** A person or organization name of the JSON-LD article node (`author`, `publisher`). */
function fromLdName(property: string): Proposer {
  return (facts) => {
    const value = facts.article ? ldName(facts.article[property], facts) : null;
    return value ? { value, from: `json-ld:${property}.name` } : null;
  };
}

/** An attribute of the first element matching a selector. */
function fromAttribute(selector: string, attribute: string, from: string): Proposer {
  return (facts) => {
    const value = collapse(facts.doc.querySelector(selector)?.getAttribute(attribute) ?? '');
    return value ? { value, from } : null;
  };
}

/** The text of the first element matching a selector. */
function fromText(selector: string, from: string): Proposer {
  return (facts) => {
    const value = textOf(facts.doc.querySelector(selector));
    return value ? { value, from } : null;
  };
}

/** The first proposal, in list order, that `clean` keeps (it may rewrite the value or reject it with null). */
function firstFound(
  proposers: readonly Proposer[],
  facts: PageFacts,
  clean: (value: string) => string | null = (value) => value,
): Found | null {
  for (const propose of proposers) {
    const found = propose(facts);
    const value = found ? clean(found.value) : null;
    if (found && value) return { value, from: found.from };
  }
  return null;
}

// --- the field lists: order is precedence ---------------------------------------------

/** Outlet: Open Graph is set deliberately by publishers; JSON-LD next; the web-app name last. */
const OUTLET: readonly Proposer[] = [
  fromMeta('og:site_name'),
  fromLdName('publisher'),
  fromMeta('application-name'),
];

/**
 * Title: og:title and the JSON-LD headline are the headline proper; `<title>` often
 * carries the site name (stripped by `stripSiteName`); the first h1 is the last resort.
 */
const TITLE: readonly Proposer[] = [
  fromMeta('og:title'),
  fromLdArticle('headline'),
  fromText('title', 'html:title'),
  fromText('h1', 'html:h1'),
];

/**
 * Byline: meta author first (explicit), JSON-LD author next, then visible byline markup.
 * `article:author` is skipped: it is usually a profile URL.
 */
const BYLINE: readonly Proposer[] = [
  fromMeta('author'),
  fromLdName('author'),
  fromText('[rel~="author"], .byline, [itemprop="author"]', 'html:byline'),
];

/** URL: og:url, then the canonical link, then the JSON-LD url. */
const URL_FIELD: readonly Proposer[] = [
  fromMeta('og:url'),
  fromAttribute('link[rel~="canonical"]', 'href', 'html:link[rel=canonical]'),
  fromLdArticle('url'),
];

/**
 * Publication date: the Open Graph article time, then JSON-LD, then the legacy meta names
 * in the order newsroom CMSs favour them, then microdata, then a `<time>` in the article.
 */
const PUBLISHED: readonly Proposer[] = [
  fromMeta('article:published_time', 'og:article:published_time'),
  fromLdArticle('datePublished'),
  ...['date', 'pubdate', 'publishdate', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date', 'dcterms.issued', 'DC.date', 'dcterms.created', 'publish-date'].map((key) => fromMeta(key)),
  fromMeta('datePublished', 'microdata:datePublished'),
  fromAttribute('time[itemprop="datePublished"][datetime]', 'datetime', 'microdata:datePublished'),
  articleTime,
];

/** `<time datetime>` inside the article; else the first one outside nav, footer and aside. */
function articleTime(facts: PageFacts): Found | null {
  const scoped = facts.doc.querySelector('article time[datetime], main time[datetime], [itemprop="articleBody"] time[datetime]');
  const anywhere = Array.from(facts.doc.querySelectorAll('time[datetime]')).find((el) => !el.closest('nav, footer, aside'));
  const value = collapse((scoped ?? anywhere)?.getAttribute('datetime') ?? '');
  return value ? { value, from: 'html:time[datetime]' } : null;
}

/** Separators between a headline and the site name in `<title>`. */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: '] as const;

/** Removes a trailing ` | Site` (or ` - Site`…) when `Site` is the outlet's name. */
function stripSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const site = outlet.toLowerCase();
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at > 0 && title.slice(at + separator.length).trim().toLowerCase() === site) return title.slice(0, at).trim();
  }
  return title;
}

/** A byline without a leading "By", and not a URL or a paragraph. */
function cleanByline(value: string): string | null {
  const byline = value.replace(/^by\s+/i, '').trim();
  if (!byline || byline.length > 120 || /^https?:/i.test(byline)) return null;
  return byline;
}

/** All metadata of the page. */
function readMeta(facts: PageFacts): DocumentMeta {
  const outlet = firstFound(OUTLET, facts)?.value ?? null;
  const title = firstFound(TITLE, facts, (value) => stripSiteName(value, outlet))?.value ?? null;
  const published = firstFound(PUBLISHED, facts);
  return {
    title,
    outlet,
    byline: firstFound(BYLINE, facts, cleanByline)?.value ?? null,
    url: firstFound(URL_FIELD, facts)?.value ?? null,
    published: published ? { raw: published.value, method: 'metadata', from: published.from } : null,
  };
}

// ---------------------------------------------------------------------------------------
// Main text.
// ---------------------------------------------------------------------------------------

/** Elements that hold the article; a wrapper around one is never pruned for its class name. */
const ARTICLE_HOLDERS = 'article, main, [itemprop="articleBody"]';

/**
 * Removes boilerplate elements from the DOM, so neither Readability nor the fallback sees
 * them. Unlike the streaming `htmlToText`, the DOM can look inside: an element caught
 * only by its class or id (`<div class="page has-share-bar">`) stays when it wraps the article.
 */
function pruneBoilerplate(doc: DomDocument): void {
  const doomed = Array.from(doc.body.querySelectorAll('*')).filter((el) => {
    const tag = el.tagName.toLowerCase();
    const attr: AttributeLookup = (name) => el.getAttribute(name);
    return isChrome(tag, attr) || (hasBoilerplateName(tag, attr) && el.querySelector(ARTICLE_HOLDERS) === null);
  });
  for (const element of doomed) element.remove();
}

/** Containers of the structural fallback, most specific first. */
const CONTAINERS = ['article', '[itemprop="articleBody"]', '[role="main"], main'] as const;

/**
 * The structural fallback: the container with the most text among the first kind that
 * has prose (several `<article>`s may be teasers); with none, only the `<p>`s of the body,
 * so menus and link lists in bare `div`s stay out.
 */
function fallbackParagraphs(doc: DomDocument): string[] {
  for (const selector of CONTAINERS) {
    const candidates = Array.from(doc.querySelectorAll(selector)).map((el) => htmlParagraphs(el.innerHTML));
    const best = candidates.filter(hasProse).sort((a, b) => textLength(b) - textLength(a))[0];
    if (best) return best;
  }
  return htmlParagraphs(doc.body.innerHTML, { paragraphsOnly: true });
}

/** Readability's article as paragraphs; null when it found none. Mutates the DOM. */
function readabilityParagraphs(doc: DomDocument): string[] | null {
  // disableJSONLD: gatherFacts already read JSON-LD; Readability's metadata is unused.
  const article = new Readability<string>(doc, { disableJSONLD: true }).parse();
  return article?.content ? htmlParagraphs(article.content) : null;
}

/** Readability's text is trusted outright at this length (its own `charThreshold`). */
const TRUSTED_LENGTH = 500;

/**
 * Readability wins unless it returned nothing, no prose, or a short text (under
 * TRUSTED_LENGTH) less than half as long as the fallback: on short articles it sometimes
 * settles on one teaser or a single paragraph of a multi-paragraph story.
 */
function chooseParagraphs(main: string[] | null, fallback: string[]): string[] {
  if (!main || !hasProse(main)) return fallback;
  const length = textLength(main);
  if (length >= TRUSTED_LENGTH || length * 2 >= textLength(fallback)) return main;
  return fallback;
}

function textLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

/** A paragraph of prose: ≥ 40 characters, ≥ 6 words, and sentence-like (punctuated or with lower-case words). */
function isProse(paragraph: string): boolean {
  if (paragraph.length < 40) return false;
  const words = paragraph.split(' ');
  if (words.length < 6) return false;
  const lowerWords = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lowerWords >= 3 || /[.!?…]["'”’)]?$/u.test(paragraph);
}

function hasProse(paragraphs: readonly string[]): boolean {
  return paragraphs.some(isProse);
}

/** Case- and punctuation-insensitive form, to compare a headline with the title. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Drops the headline: a first paragraph equal to the title. */
function dropHeadline(paragraphs: string[], title: string | null): string[] {
  const [first, ...rest] = paragraphs;
  if (title && first !== undefined && comparable(first) === comparable(title)) return rest;
  return paragraphs;
}

/**
 * Reads one HTML page into one document (format `html`), or into one HTML_NO_ARTICLE
 * problem naming `source` when the page holds no paragraph of prose. Broken markup
 * (unclosed tags, stray end tags, no `<html>` or `<body>`) is read as a browser would
 * salvage it. The text never includes `<title>`, and a first paragraph equal to the title
 * (the headline `h1`) is dropped; `meta.title` carries it.
 */
export function readHtml(source: string, html: string): ReadResult {
  const doc = parseDocument(html);
  const meta = readMeta(gatherFacts(doc));
  pruneBoilerplate(doc);
  const fallback = fallbackParagraphs(doc);
  const paragraphs = dropHeadline(chooseParagraphs(readabilityParagraphs(doc), fallback), meta.title);
  if (!hasProse(paragraphs)) {
    const problem = new ParleyError('HTML_NO_ARTICLE', source, 'no paragraph of 40 or more characters of prose');
    return { docs: [], problems: [problem.toJSON()] };
  }
  return { docs: [{ source, format: 'html', text: paragraphs.join('\n\n'), meta }], problems: [] };
}
