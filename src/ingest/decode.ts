/**
 * @module ingest/decode — bytes to text, refusing what is not text.
 *
 * Checks, in order: empty, binary (NUL bytes or many control characters in the first
 * 8 KB), byte-order marks (UTF-8 stripped; UTF-16 LE/BE decoded), strict UTF-8. Each
 * refusal is a ParleyError naming the file and, for bad UTF-8, the byte offset.
 */
import { ParleyError } from '../errors.js';

const SNIFF_BYTES = 8192;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes `bytes` read from `where`, or throws INPUT_EMPTY / INPUT_BINARY / INPUT_NOT_UTF8. */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new ParleyError('INPUT_EMPTY', where, '0 bytes');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const binary = binaryReason(bytes);
  if (binary) throw new ParleyError('INPUT_BINARY', where, binary);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new ParleyError('INPUT_NOT_UTF8', where, `invalid byte sequence at byte ${firstInvalidUtf8(body)}`);
  }
}

/** Why the start of `bytes` looks binary, or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at byte ${i}`;
    // control characters other than tab, LF, CR and form feed
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1 ? `${Math.round((100 * control) / n)}% control characters` : null;
}

/** Byte offset of the first invalid UTF-8 sequence (the decoder does not report it). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    // overlong / surrogate / out-of-range forms
    if (need === 2) {
      const c1 = b[i + 1]!;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return i;
    }
    if (need === 3) {
      const c1 = b[i + 1]!;
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    }
    i += need + 1;
  }
  return b.length;
}
