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
  it('reads known keys ended by a blank line instead of ---', () => {
    const doc = readText('d.txt', 'title: Shipping talks resume\npublished: 2025-03-14\n\nISTANBUL — Delegations met on Thursday.\n', 'text');
    assert.equal(doc.meta.title, 'Shipping talks resume');
    assert.equal(doc.meta.published?.raw, '2025-03-14');
    assert.equal(doc.text, 'ISTANBUL — Delegations met on Thursday.\n');
  });
  it('does not take a first paragraph of key-like lines with an unknown key for a header', () => {
    const t = 'Gaza City: residents fled overnight.\n\nMore text.';
    assert.equal(parseHeaderBlock(t), null);
    assert.equal(parseHeaderBlock('title: A\nlanguage: en\n\nBody.'), null);
  });
  it('does not take a lone known key or a sentence over a blank line for a header', () => {
    const t = 'Source: Officials close to the talks said the deal was near.\n\nMore text.';
    assert.equal(parseHeaderBlock(t), null);
    assert.equal(readText('e.txt', t, 'text').text, t);
    assert.equal(parseHeaderBlock('Source: Reuters\n\nText.'), null);
  });
  it('keeps a header with a blank line inside when --- ends it', () => {
    const doc = readText('f.txt', 'title: Talks resume\n\npublished: 2025-03-14\n---\nBody.', 'text');
    assert.equal(doc.meta.title, 'Talks resume');
    assert.equal(doc.meta.published?.raw, '2025-03-14');
    assert.equal(doc.text, 'Body.');
  });
  it('ignores unknown keys but keeps them out of the body', () => {
    const doc = readText('c.txt', 'title: T\nlanguage: en\n---\nText.', 'text');
    assert.equal(doc.text, 'Text.');
    assert.equal(doc.meta.title, 'T');
  });
});

describe('headline as title', () => {
  it('takes a first line without a stop as the title and keeps it in the body', () => {
    const t = 'Port strike ends as union and employers reach tentative wage deal\n\nOctober 3, 2024\n\nWASHINGTON — The union said on Thursday …';
    const doc = readText('a.txt', t, 'text');
    assert.equal(doc.meta.title, 'Port strike ends as union and employers reach tentative wage deal');
    assert.equal(doc.text, t);
  });
  it('reads a headline followed directly by a dateline lead', () => {
    assert.equal(readText('a.txt', 'Envoys Push for Hostage Deal in Cairo\nCAIRO — Envoys met on Monday.', 'text').meta.title, 'Envoys Push for Hostage Deal in Cairo');
  });
  it('reads a short headline that ends in a stop when a blank line follows', () => {
    assert.equal(readText('a.txt', 'Hamas accepts truce plan.\n\nGAZA — Hamas said on Monday it accepted the plan.', 'text').meta.title, 'Hamas accepts truce plan.');
  });
  it('does not take a lead sentence, a dateline lead, a byline or a date for a headline', () => {
    const lead = 'Negotiators from both sides met in Doha on Tuesday for a new round of talks on a ceasefire and the release of hostages.\n\nMore.';
    assert.equal(readText('a.txt', lead, 'text').meta.title, null);
    assert.equal(readText('a.txt', 'CAIRO, June 10 (Reuters) - Talks resumed on Monday\n\nMore.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'TEL AVIV — Israeli negotiators will join talks\nMore.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'By Jo Reporter\n\nText.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'October 3, 2024\n\nText.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'Talks resumed. Both sides said so\n\nText.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'Talks resumed on Monday, officials said.\nThe mediators were hopeful.', 'text').meta.title, null);
  });
  it('keeps a header title over the first line', () => {
    assert.equal(readText('a.txt', 'title: Header title\n---\nFirst line headline here\n\nBody.', 'text').meta.title, 'Header title');
  });
  it('reads a Markdown heading as the title', () => {
    assert.equal(readText('a.md', '# Talks stall over phase two\n\nSome **bold** words.', 'markdown').meta.title, 'Talks stall over phase two');
  });
});

describe('headline shapes', () => {
  it('reads headlines that start like a weekday or an abbreviation, and CRLF files', () => {
    for (const h of ['Sunni leaders join Baghdad talks', 'Satellite images show damage at the crossing', 'Montenegro signs deal with Serbia', 'Wednesday talks end without deal', 'Pres. Biden signs rail deal']) {
      assert.equal(readText('a.txt', `${h}\n\nBody text here.`, 'text').meta.title, h);
    }
    assert.equal(readText('a.txt', 'Hamas accepts truce plan.\r\n\r\nGAZA — Hamas said on Monday it accepted the plan.', 'text').meta.title, 'Hamas accepts truce plan.');
  });
  it('still passes over a weekday dateline', () => {
    assert.equal(readText('a.txt', 'Tuesday, March 4, 2025\n\nBody.', 'text').meta.title, null);
    assert.equal(readText('a.txt', 'Mon 3 March 2025\n\nBody.', 'text').meta.title, null);
  });
});
