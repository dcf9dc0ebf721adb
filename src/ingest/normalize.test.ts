import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeField, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('composes to NFC', () => assert.equal(normalizeText('Qate\u0301r'), 'Qatér'));
  it('turns CRLF and CR into LF', () => assert.equal(normalizeText('a\r\nb\rc'), 'a\nb\nc'));
  it('turns no-break and narrow spaces into spaces', () => assert.equal(normalizeText('10\u00a0June\u202f2024'), '10 June 2024'));
  it('drops soft hyphens and zero-width characters', () => assert.equal(normalizeText('nego\u00adtiations\u200b in\ufeff Doha'), 'negotiations in Doha'));
  it('drops control characters but keeps tabs and newlines', () => assert.equal(normalizeText('a\u0007b\tc\nd'), 'ab\tc\nd'));
  it('keeps white space and length otherwise, so callers offsets stay valid', () => {
    const t = '\n  Talks resumed.  \n\n\n\nThen paused.\n';
    assert.equal(normalizeText(t), t);
  });
  it('is idempotent', () => {
    const once = normalizeText('A\u00a0b\r\nc\u00ad');
    assert.equal(normalizeText(once), once);
  });
});

describe('normalizeField', () => {
  it('collapses white space in one-line fields', () => assert.equal(normalizeField('  Talks\n in   Cairo '), 'Talks in Cairo'));
  it('gives null for empty or non-string values', () => {
    assert.equal(normalizeField('   '), null);
    assert.equal(normalizeField(42), null);
  });
});
