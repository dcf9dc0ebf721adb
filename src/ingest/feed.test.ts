/**
 * @module ingest/feed.test — readFeed on small invented RSS, RDF and Atom feeds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ErrorCode } from '../errors.js';
import { readFeed } from './feed.js';

const RSS_NS = 'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const rss = (items: string, title = 'Lakeside Ledger'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${RSS_NS}><channel><title>${title}</title><link>https://ledger.example/</link>\n${items}\n</channel></rss>`;
const atom = (entries: string, title = 'Ridge Wire'): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:x</id>\n${entries}\n</feed>`;
const item = (inner: string): string => `<item>${inner}</item>`;
const entry = (inner: string): string => `<entry>${inner}</entry>`;

const codes = (xml: string): ErrorCode[] => readFeed('feed.xml', xml).problems.map((p) => p.code);
const texts = (xml: string): string[] => readFeed('feed.xml', xml).docs.map((d) => d.text);

describe('readFeed: RSS', () => {
  const first = item(
    '<title>Ferry fares frozen</title><link>https://ledger.example/ferry</link>'
    + '<pubDate>Mon, 04 Mar 2024 07:30:00 +0100</pubDate><dc:creator>Mira Sol</dc:creator>'
    + '<description>Short teaser.</description>'
    + '<content:encoded><![CDATA[<p>The council froze fares &amp; timetables.</p><p>Operators   objected.</p>]]></content:encoded>',
  );

  test('an item becomes a document: CDATA content:encoded wins over description', () => {
    const { docs, problems } = readFeed('feed.xml', rss(first));
    assert.deepEqual(problems, []);
    assert.equal(docs.length, 1);
    assert.equal(docs[0]?.format, 'rss');
    assert.equal(docs[0]?.text, 'The council froze fares & timetables.\n\nOperators objected.');
  });

  test('metadata: title, link as source and url, pubDate, dc:creator, channel title as outlet', () => {
    const doc = readFeed('feed.xml', rss(first)).docs[0];
    assert.equal(doc?.source, 'https://ledger.example/ferry');
    assert.deepEqual(doc?.meta, {
      title: 'Ferry fares frozen',
      outlet: 'Lakeside Ledger',
      byline: 'Mira Sol',
      url: 'https://ledger.example/ferry',
      published: { raw: 'Mon, 04 Mar 2024 07:30:00 +0100', method: 'metadata', from: 'rss:pubDate' },
    });
  });

  test('entity-escaped HTML in description is converted, HTML entities decoded', () => {
    const xml = rss(item('<title>T</title><description>&lt;p&gt;One caf&amp;eacute;.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description>'));
    assert.deepEqual(texts(xml), ['One café.\n\nTwo.']);
  });

  test('unescaped HTML inside description (invalid XML, common) keeps its paragraphs', () => {
    assert.deepEqual(texts(rss(item('<description><p>Raw one.</p><p>Raw two.</p></description>'))), ['Raw one.\n\nRaw two.']);
  });

  test('dc:date stands in for pubDate; an author e-mail gives the name in parentheses', () => {
    const meta = readFeed('feed.xml', rss(item('<description>Text.</description><dc:date>2024-03-04</dc:date><author>desk@ledger.example (Ola Berg)</author>'))).docs[0]?.meta;
    assert.deepEqual(meta?.published, { raw: '2024-03-04', method: 'metadata', from: 'dc:date' });
    assert.equal(meta?.byline, 'Ola Berg');
  });

  test('an item without a link is FILE#N, N counting items from 1', () => {
    const xml = rss([item('<link>https://ledger.example/1</link><description>One.</description>'), item('<description>Two.</description>')].join(''));
    assert.deepEqual(readFeed('feed.xml', xml).docs.map((d) => [d.source, d.meta.url]), [['https://ledger.example/1', 'https://ledger.example/1'], ['feed.xml#2', null]]);
  });

  test('a permalink guid stands in for a missing link; a non-permalink guid does not', () => {
    const xml = rss([
      item('<guid>https://ledger.example/g</guid><description>One.</description>'),
      item('<guid isPermaLink="false">https://ledger.example/h</guid><description>Two.</description>'),
    ].join(''));
    assert.deepEqual(readFeed('feed.xml', xml).docs.map((d) => d.source), ['https://ledger.example/g', 'feed.xml#2']);
  });

  test('an item with no text is dropped with INPUT_EMPTY naming FILE#N; the others are kept', () => {
    const result = readFeed('feed.xml', rss([item('<title>Only a title</title>'), item('<description>Kept.</description>')].join('')));
    assert.deepEqual(result.docs.map((d) => d.text), ['Kept.']);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.code, 'INPUT_EMPTY');
    assert.equal(result.problems[0]?.where, 'feed.xml#1');
  });

  test('RSS 1.0 (RDF): items beside the channel, rdf:about as link', () => {
    const xml = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
      + '<channel rdf:about="https://wire.example/"><title>Plain Wire</title></channel>'
      + '<item rdf:about="https://wire.example/7"><title>Seven</title><description>Body seven.</description><dc:date>2024-01-07</dc:date></item></rdf:RDF>';
    const doc = readFeed('feed.rdf', xml).docs[0];
    assert.equal(doc?.format, 'rss');
    assert.equal(doc?.source, 'https://wire.example/7');
    assert.equal(doc?.meta.outlet, 'Plain Wire');
    assert.equal(doc?.text, 'Body seven.');
  });
});

describe('readFeed: Atom', () => {
  const full = entry(
    '<title type="html">Pass &amp;amp; tunnel reopen</title>'
    + '<link rel="self" href="https://wire.example/self/1"/><link rel="alternate" href="https://wire.example/1"/>'
    + '<published>2024-02-01T06:00:00Z</published><updated>2024-02-02T06:00:00Z</updated>'
    + '<author><name>Ines Roth</name></author><author><name>Jon Vik</name></author>'
    + '<summary>Teaser.</summary>'
    + '<content type="html">&lt;p&gt;The pass reopened at dawn.&lt;/p&gt;&lt;p&gt;Snow ploughs &lt;b&gt;stayed&lt;/b&gt; on call.&lt;/p&gt;</content>',
  );

  test('escaped HTML content is converted and wins over summary', () => {
    const { docs, problems } = readFeed('feed.xml', atom(full));
    assert.deepEqual(problems, []);
    assert.equal(docs[0]?.format, 'atom');
    assert.equal(docs[0]?.text, 'The pass reopened at dawn.\n\nSnow ploughs stayed on call.');
  });

  test('metadata: rel=alternate link, published before updated, every author name, feed title as outlet', () => {
    const doc = readFeed('feed.xml', atom(full)).docs[0];
    assert.equal(doc?.source, 'https://wire.example/1');
    assert.deepEqual(doc?.meta, {
      title: 'Pass & tunnel reopen',
      outlet: 'Ridge Wire',
      byline: 'Ines Roth, Jon Vik',
      url: 'https://wire.example/1',
      published: { raw: '2024-02-01T06:00:00Z', method: 'metadata', from: 'atom:published' },
    });
  });

  test('updated stands in for published; the first link is used when none is alternate', () => {
    const doc = readFeed('feed.xml', atom(entry('<link rel="related" href="https://x.example/r"/><updated>2024-02-09</updated><summary>Body.</summary>'))).docs[0];
    assert.deepEqual(doc?.meta.published, { raw: '2024-02-09', method: 'metadata', from: 'atom:updated' });
    assert.equal(doc?.meta.url, 'https://x.example/r');
  });

  test('type="text" content is used as written, paragraphs at blank lines', () => {
    const xml = atom(entry('<content type="text">Keep &lt;b&gt; literally,\n  please.\n\nSecond part.</content>'));
    assert.deepEqual(texts(xml), ['Keep <b> literally, please.\n\nSecond part.']);
  });

  test('type="xhtml" content keeps its paragraphs', () => {
    const xml = atom(entry('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X one.</p><p>X two.</p></div></content>'));
    assert.deepEqual(texts(xml), ['X one.\n\nX two.']);
  });

  test('an entry without a link is FILE#N', () => {
    assert.deepEqual(readFeed('feed.xml', atom(entry('<summary>Body.</summary>'))).docs.map((d) => d.source), ['feed.xml#1']);
  });
});

describe('readFeed: truncated, empty and malformed feeds', () => {
  const three = [1, 2, 3].map((n) => item(`<title>Item ${n}</title><link>https://ledger.example/${n}</link><description>Body ${n}.</description>`)).join('\n');

  test('a feed cut off inside an item keeps the complete items and reports FEED_TRUNCATED', () => {
    const full = rss(three);
    const cut = full.slice(0, full.indexOf('Body 3') + 3);
    const { docs, problems } = readFeed('cut.xml', cut);
    assert.deepEqual(docs.map((d) => d.source), ['https://ledger.example/1', 'https://ledger.example/2']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.code, 'FEED_TRUNCATED');
    assert.equal(problems[0]?.where, 'cut.xml');
    assert.match(problems[0]?.message ?? '', /^FEED_TRUNCATED: cut\.xml: .*2 complete items.*partial item was dropped/);
  });

  test('a feed cut off mid-tag is truncated too', () => {
    const cut = atom(entry('<summary>One.</summary>') + entry('<summary>Two.</summary>')).replace(/<\/entry>\s*<\/feed>$/, '').slice(0, -4);
    assert.deepEqual(texts(cut), ['One.']);
    assert.deepEqual(codes(cut), ['FEED_TRUNCATED']);
  });

  test('a feed cut off between items keeps them all and says so', () => {
    const cut = rss(three).replace(/<\/channel><\/rss>$/, '');
    assert.equal(texts(cut).length, 3);
    assert.match(readFeed('f', cut).problems[0]?.message ?? '', /3 complete items; it ends between items/);
  });

  test('a complete feed is not truncated', () => {
    assert.deepEqual(codes(rss(three)), []);
  });

  test('an empty channel is FEED_EMPTY', () => {
    assert.deepEqual(readFeed('empty.xml', rss('')), {
      docs: [],
      problems: [{ code: 'FEED_EMPTY', where: 'empty.xml', message: 'FEED_EMPTY: empty.xml: is a feed with no items' }],
    });
    assert.deepEqual(codes(atom('')), ['FEED_EMPTY']);
  });

  test('text that is not XML is FEED_MALFORMED, one problem and no documents', () => {
    for (const garbage of ['just some words, no markup', '{"items": []}', '', '\u0000\u0001binary']) {
      const result = readFeed('junk.txt', garbage);
      assert.equal(result.docs.length, 0);
      assert.deepEqual(result.problems.map((p) => [p.code, p.where]), [['FEED_MALFORMED', 'junk.txt']]);
      assert.ok(!result.problems[0]?.message.includes('\n'));
    }
  });

  test('XML or HTML that is not a feed is FEED_MALFORMED naming the root element', () => {
    const result = readFeed('page.html', '<html><body><p>Not a feed.</p></body></html>');
    assert.deepEqual(result.problems.map((p) => p.code), ['FEED_MALFORMED']);
    assert.match(result.problems[0]?.message ?? '', /^FEED_MALFORMED: page\.html: .*<html>/);
    assert.deepEqual(codes('<?xml version="1.0"?><note><item>x</item></note>'), ['FEED_MALFORMED']);
  });
});
