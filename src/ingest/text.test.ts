import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHeaderBlock, readText } from './text.js';

describe('header block', () => {
  it('reads known keys and starts the body after ---', () => {
    const doc = readText('a.txt', 'title: Talks resume\noutlet: Example Wire\npublished: 2024-05-01\nurl: https://example.org/a\nauthor: Jo Reporter\n---\nBody text.\n', 'text');
    assert.equal(doc.text, 'Body text.\n');
    assert.deepEqual(doc.meta, {
      title: 'Talks resume', outlet: 'Example Wire', byline: 'Jo Reporter', url: 'https://example.org/a',
      published: { raw: '2024-05-01', method: 'header', from: 'header:published' },
    });
  });
  it('reads quoted YAML scalars in front matter without their quotes', () => {
    const doc = readText('a.md', '---\ntitle: "Talks resume: day two"\npubDate: \'March 3, 2025\'\n---\nBody.', 'markdown');
    assert.equal(doc.meta.title, 'Talks resume: day two');
    assert.equal(doc.meta.published?.raw, 'March 3, 2025');
  });
  it('accepts Markdown front matter that opens with ---', () => {
    const doc = readText('a.md', '---\ntitle: A *plan*\ndate: June 10, 2024\n---\n# Heading\n\nSome **bold** words.', 'markdown');
    assert.equal(doc.meta.title, 'A *plan*');
    assert.equal(doc.meta.published?.raw, 'June 10, 2024');
    assert.equal(doc.text, 'Heading\n\nSome bold words.');
  });
  it('treats a file without a header as all body', () => {
    const t = 'Negotiators met in Doha on Tuesday.\n---\nMore.';
    assert.equal(parseHeaderBlock(t), null);
    assert.equal(readText('b.txt', t, 'text').text, t);
  });
  it('does not take a body that starts with "Note: ..." for a header without ---', () => {
    const t = 'Note: this is a sentence in the body.\n\nAnd another paragraph.';
    assert.equal(parseHeaderBlock(t), null);
  });
  it('ignores unknown keys but keeps them out of the body', () => {
    const doc = readText('c.txt', 'title: T\nlanguage: en\n---\nText.', 'text');
    assert.equal(doc.text, 'Text.');
    assert.equal(doc.meta.title, 'T');
  });
});
