import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, firstInvalidUtf8 } from './decode.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Doha talks')), 'a.txt'), 'Doha talks'));
  it('decodes UTF-16 LE with a BOM', () => assert.equal(decodeText(bytes(0xff, 0xfe, 0x48, 0, 0x69, 0), 'a.txt'), 'Hi'));
  it('refuses empty input', () => assert.throws(() => decodeText(bytes(), 'e.txt'), /INPUT_EMPTY: e\.txt/));
  it('refuses NUL bytes as binary, naming the byte', () => assert.throws(() => decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0), 'p.txt'), /INPUT_BINARY: p\.txt.*NUL byte at byte 4/));
  it('refuses invalid UTF-8 naming the byte offset', () => assert.throws(() => decodeText(bytes(...utf8('Caf'), 0xe9, ...utf8(' talks')), 'l.txt'), /INPUT_NOT_UTF8: l\.txt.*byte 3/));
  it('refuses a truncated multi-byte sequence at the end', () => assert.throws(() => decodeText(bytes(...utf8('ok '), 0xe2, 0x80), 't.txt'), /INPUT_NOT_UTF8/));
  it('keeps tabs, newlines and form feeds as text', () => assert.equal(decodeText(utf8('a\tb\nc\fd'), 'x'), 'a\tb\nc\fd'));
});

describe('firstInvalidUtf8', () => {
  it('finds an overlong encoding', () => assert.equal(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80)), 1));
  it('finds a surrogate encoded in UTF-8', () => assert.equal(firstInvalidUtf8(bytes(0x41, 0x42, 0xed, 0xa0, 0x80)), 2));
  it('passes valid four-byte characters', () => assert.equal(firstInvalidUtf8(utf8('a🙂b')), 6));
});
