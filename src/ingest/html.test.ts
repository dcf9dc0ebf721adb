/**
 * @module ingest/html.test — htmlToText and readHtml on small invented pages.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentMeta } from '../pipeline/document.js';
import { htmlToText, readHtml } from './html.js';

/** Two paragraphs of invented prose, long enough to count as an article. */
const PROSE = [
  'Delegates from the river authority met the farmers union on Tuesday to discuss water quotas for the dry season.',
  'Both sides said a draft schedule would be circulated before the next round, planned for early autumn.',
] as const;

const ARTICLE = PROSE.map((p) => `<p>${p}</p>`).join('\n');

/** A page: `head` markup, then `body` markup. */
const page = (head: string, body = `<article>${ARTICLE}</article>`): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const textOf = (html: string): string | undefined => readHtml('t.html', html).docs[0]?.text;
const metaOf = (head: string, body?: string): DocumentMeta | undefined => readHtml('t.html', page(head, body)).docs[0]?.meta;
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('htmlToText', () => {
  test('one paragraph per block element, separated by a blank line', () => {
    const html = '<h2>Heading</h2><p>First.</p><ul><li>one</li><li>two</li></ul><blockquote>Quoted.</blockquote><pre>code  here</pre>';
    assert.equal(htmlToText(html), 'Heading\n\nFirst.\n\none\n\ntwo\n\nQuoted.\n\ncode here');
  });

  test('a div with direct text is a paragraph of its own', () => {
    assert.equal(htmlToText('<div>Direct text<p>Inner.</p>tail text</div>'), 'Direct text\n\nInner.\n\ntail text');
  });

  test('inline markup does not split words or paragraphs', () => {
    assert.equal(htmlToText('<p>The <b>mid</b>point and <a href="#">a link</a>.</p>'), 'The midpoint and a link.');
  });

  test('whitespace inside a paragraph collapses to single spaces', () => {
    assert.equal(htmlToText('<p>  many\n\n   spaces\there&nbsp;&nbsp;too </p>'), 'many spaces here too');
  });

  test('named, numeric and legacy entities are decoded', () => {
    assert.equal(htmlToText('<p>caf&eacute; &amp; bar &#8217;x&#x2019; &lt;tag&gt; &copy 2024</p>'), 'café & bar ’x’ <tag> © 2024');
  });

  test('two <br> in a row end a paragraph, one is a space', () => {
    assert.equal(htmlToText('line one<br>line two<br/><br/>next paragraph'), 'line one line two\n\nnext paragraph');
  });

  test('scripts, styles, navigation, figures and captions are dropped', () => {
    const html = '<script>var a = 1;</script><style>p{}</style><nav>Home</nav><p>Kept.</p>'
      + '<figure><img src="x.jpg"><figcaption>Photo: Studio</figcaption></figure><noscript>Enable JS</noscript>';
    assert.equal(htmlToText(html), 'Kept.');
  });

  test('cookie, share, related, newsletter and ad boxes are dropped by class or id', () => {
    const html = '<div class="cookie-notice">We use cookies</div><div id="share-bar">Share</div>'
      + '<section class="related-stories"><p>Other story</p></section><div class="newsletter">Sign up</div>'
      + '<div class="ad-slot">Buy</div><p>Kept.</p>';
    assert.equal(htmlToText(html), 'Kept.');
  });

  test('class names that merely contain "ad" are kept (lead, header-ish, download)', () => {
    assert.equal(htmlToText('<p class="lead-paragraph">Lead.</p><p class="download">Two.</p>'), 'Lead.\n\nTwo.');
  });

  test('an empty or tag-only fragment gives empty text', () => {
    assert.equal(htmlToText(''), '');
    assert.equal(htmlToText('<div><img src="a.png"></div>'), '');
  });
});

describe('readHtml: text', () => {
  test('a page gives one html document with paragraphs separated by blank lines', () => {
    const result = readHtml('page.html', page('<title>Water talks</title>'));
    assert.equal(result.problems.length, 0);
    assert.equal(result.docs.length, 1);
    assert.equal(result.docs[0]?.source, 'page.html');
    assert.equal(result.docs[0]?.format, 'html');
    assert.equal(result.docs[0]?.text, PROSE.join('\n\n'));
  });

  test('boilerplate around the article is not in the text', () => {
    const body = '<header><nav><a href="/">Home</a> <a href="/world">World news today</a></nav></header>'
      + '<div id="cookie-consent"><p>This site uses cookies to measure traffic, accept them to continue reading.</p></div>'
      + `<article>${ARTICLE}<figure><img src="x.jpg"><figcaption>Photograph by a staff photographer for the paper</figcaption></figure></article>`
      + '<aside class="related"><p>Related: an older report about harbour dredging and the fishing fleet.</p></aside>'
      + '<footer><p>All rights reserved by the publisher of this example website.</p></footer>';
    const text = textOf(page('<title>Water talks</title>', body)) ?? '';
    for (const junk of ['Home', 'cookies', 'Photograph', 'Related', 'rights reserved']) assert.ok(!text.includes(junk), junk);
    assert.equal(text, PROSE.join('\n\n'));
  });

  test('a wrapper whose class looks like boilerplate is kept when it holds the article', () => {
    const body = `<div class="page has-share-bar"><main><article>${ARTICLE}</article></main></div>`;
    assert.equal(textOf(page('', body)), PROSE.join('\n\n'));
  });

  test('the page title is not in the text, and an h1 equal to it is dropped', () => {
    const text = textOf(page('<title>Water quotas agreed</title>', `<article><h1>Water quotas agreed</h1>${ARTICLE}</article>`));
    assert.equal(text, PROSE.join('\n\n'));
  });

  test('an h1 different from the title stays in the text', () => {
    const text = textOf(page('<meta property="og:title" content="Quotas">', `<article><h1>Another headline</h1>${ARTICLE}</article>`));
    assert.ok(text?.startsWith('Another headline\n\n'));
  });

  test('entities in the page are decoded', () => {
    const text = textOf(page('', '<article><p>The caf&eacute; owners &amp; the council agreed on a fee of &euro;40 after long talks.</p></article>'));
    assert.equal(text, 'The café owners & the council agreed on a fee of €40 after long talks.');
  });

  test('a short article with no semantic container is still read', () => {
    const body = `<div class="wrap"><div class="col">${ARTICLE}</div></div>`;
    assert.equal(textOf(page('', body)), PROSE.join('\n\n'));
  });

  test('broken HTML: no <html>/<body>, unclosed tags and stray end tags', () => {
    const html = `<title>Broken</title><div><p>${PROSE[0]}</div></div></span><p>${PROSE[1]}<div><p>Tail sentence that is long enough to matter here`;
    const text = textOf(html) ?? '';
    assert.ok(text.includes(PROSE[0]));
    assert.ok(text.includes(PROSE[1]));
    assert.ok(!text.includes('Broken'));
  });

  test('a page with a head but no <body> tag is read', () => {
    assert.equal(textOf(`<html><head><title>T</title></head>${ARTICLE}</html>`), PROSE.join('\n\n'));
  });
});

describe('readHtml: no article', () => {
  const noArticle = (html: string): void => {
    const result = readHtml('menu.html', html);
    assert.equal(result.docs.length, 0);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.code, 'HTML_NO_ARTICLE');
    assert.equal(result.problems[0]?.where, 'menu.html');
    assert.match(result.problems[0]?.message ?? '', /^HTML_NO_ARTICLE: menu\.html: /);
  };

  test('a navigation menu only', () => noArticle(page('<title>Menu</title>', '<nav><ul><li><a>Home</a></li><li><a>World</a></li></ul></nav>')));

  test('a login page', () =>
    noArticle(page('<title>Sign in</title>', '<h1>Sign in</h1><form><label>Email</label><input name="e"><p>Enter the password you chose when you registered.</p><button>Go</button></form>')));

  test('only short lines, none a paragraph of prose', () =>
    noArticle(page('', '<div>Home</div><p>Weather: sunny</p><p>Markets Sports Culture Travel Opinion Business Video</p>')));

  test('an empty body', () => noArticle(''));
});

describe('readHtml: metadata precedence', () => {
  const publisher = { '@type': 'Organization', name: 'LD Outlet' };
  const fullLd = ld({ '@type': 'NewsArticle', headline: 'LD headline', author: { '@type': 'Person', name: 'LD Author' }, publisher, datePublished: '2024-02-02', url: 'https://ld.example/a' });

  test('title: og:title > JSON-LD headline > <title> > h1', () => {
    assert.equal(metaOf(`<title>Tag title</title>${fullLd}<meta property="og:title" content="OG title">`)?.title, 'OG title');
    assert.equal(metaOf(`<title>Tag title</title>${fullLd}`)?.title, 'LD headline');
    assert.equal(metaOf('<title>Tag title</title>')?.title, 'Tag title');
    assert.equal(metaOf('', `<article><h1>Only heading</h1>${ARTICLE}</article>`)?.title, 'Only heading');
  });

  test('title: a " | Site" or " - Site" suffix is removed only when it is the outlet', () => {
    const site = '<meta property="og:site_name" content="Valley Courier">';
    assert.equal(metaOf(`${site}<title>Dam deal signed | Valley Courier</title>`)?.title, 'Dam deal signed');
    assert.equal(metaOf(`${site}<title>Dam deal signed - valley courier</title>`)?.title, 'Dam deal signed');
    assert.equal(metaOf(`${site}<title>Dam deal - the details</title>`)?.title, 'Dam deal - the details');
  });

  test('outlet: og:site_name > JSON-LD publisher.name > application-name', () => {
    const app = '<meta name="application-name" content="App Name">';
    assert.equal(metaOf(`${app}${fullLd}<meta property="og:site_name" content="OG Site">`)?.outlet, 'OG Site');
    assert.equal(metaOf(`${app}${fullLd}`)?.outlet, 'LD Outlet');
    assert.equal(metaOf(app)?.outlet, 'App Name');
  });

  test('outlet: a JSON-LD publisher given as an @id reference is resolved', () => {
    const graph = ld({ '@graph': [{ '@type': 'Organization', '@id': '#org', name: 'Graph Outlet' }, { '@type': 'Article', publisher: { '@id': '#org' } }] });
    assert.equal(metaOf(graph)?.outlet, 'Graph Outlet');
  });

  test('byline: meta author > JSON-LD author > .byline text', () => {
    const body = `<article><p class="byline">By Visible Writer</p>${ARTICLE}</article>`;
    assert.equal(metaOf(`${fullLd}<meta name="author" content="Meta Writer">`, body)?.byline, 'Meta Writer');
    assert.equal(metaOf(fullLd, body)?.byline, 'LD Author');
    assert.equal(metaOf('', body)?.byline, 'Visible Writer');
  });

  test('byline: a JSON-LD author may be a string, an object or an array', () => {
    assert.equal(metaOf(ld({ '@type': 'NewsArticle', author: 'Plain Name' }))?.byline, 'Plain Name');
    assert.equal(metaOf(ld({ '@type': 'NewsArticle', author: [{ name: 'One' }, 'Two'] }))?.byline, 'One, Two');
  });

  test('url: og:url > canonical > JSON-LD url', () => {
    const canonical = '<link rel="canonical" href="https://canon.example/a">';
    assert.equal(metaOf(`${canonical}${fullLd}<meta property="og:url" content="https://og.example/a">`)?.url, 'https://og.example/a');
    assert.equal(metaOf(`${canonical}${fullLd}`)?.url, 'https://canon.example/a');
    assert.equal(metaOf(fullLd)?.url, 'https://ld.example/a');
  });

  test('published: article:published_time first, from og:article:published_time', () => {
    const meta = metaOf(`${fullLd}<meta name="date" content="2024-03-03"><meta property="article:published_time" content="2024-01-01T08:00:00Z">`);
    assert.deepEqual(meta?.published, { raw: '2024-01-01T08:00:00Z', method: 'metadata', from: 'og:article:published_time' });
  });

  test('published: JSON-LD datePublished inside @graph beats meta name=date', () => {
    const graph = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '1999-01-01' }, { '@type': 'ReportageNewsArticle', datePublished: '2024-02-02' }] });
    assert.deepEqual(metaOf(`<meta name="date" content="2024-03-03">${graph}`)?.published, { raw: '2024-02-02', method: 'metadata', from: 'json-ld:datePublished' });
  });

  test('published: meta names (date, DC.date.issued, parsely-pub-date…) with their name as provenance', () => {
    assert.equal(metaOf('<meta name="DC.date.issued" content="2024-04-04">')?.published?.from, 'meta:DC.date.issued');
    assert.equal(metaOf('<meta name="parsely-pub-date" content="2024-05-05">')?.published?.raw, '2024-05-05');
  });

  test('published: Dublin Core and microdata on a meta tag', () => {
    assert.deepEqual(metaOf('<meta name="DC.date" content="2024-04-04">')?.published, { raw: '2024-04-04', method: 'metadata', from: 'meta:DC.date' });
    assert.equal(metaOf('<meta name="dcterms.issued" content="2024-04-05">')?.published?.raw, '2024-04-05');
    assert.deepEqual(metaOf('<meta itemprop="datePublished" content="2024-04-06T09:00:00Z">')?.published, { raw: '2024-04-06T09:00:00Z', method: 'metadata', from: 'microdata:datePublished' });
  });

  test('published: <time datetime> in the article last', () => {
    const body = `<nav><time datetime="2000-01-01">nav date</time></nav><article><time datetime="2024-06-06T12:00">June</time>${ARTICLE}</article>`;
    assert.deepEqual(metaOf('', body)?.published, { raw: '2024-06-06T12:00', method: 'metadata', from: 'html:time[datetime]' });
  });

  test('a JSON-LD script that fails to parse is ignored; the next one is read', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", headline: broken</script>${fullLd}`;
    const result = readHtml('t.html', page(head));
    assert.equal(result.problems.length, 0);
    assert.equal(result.docs[0]?.meta.title, 'LD headline');
  });

  test('no metadata at all leaves every field null', () => {
    assert.deepEqual(metaOf(''), { title: null, outlet: null, byline: null, url: null, published: null });
  });
});
