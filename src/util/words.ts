/**
 * @module util/words — fast word hashing for fingerprints (no strings allocated).
 *
 * A word is a maximal run of Unicode letters and digits, lower-cased. Each word's hash is
 * FNV-1a over its lower-cased UTF-16 code units, so `wordHashes(t)[i]` equals
 * `fnv1a(word_i.toLowerCase())` for the words `/[\p{L}\p{N}]+/gu` finds.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Hashes of the words of `text`, in order. */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c < 128) {
      if (c >= 65 && c <= 90) { c += 32; word = true; } else word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const ch = text.slice(i, i + width);
      word = LETTER_OR_DIGIT.test(ch);
      if (word) {
        const lower = ch.toLowerCase();
        for (let k = 0; k < lower.length - 1; k++) { h ^= lower.charCodeAt(k); h = Math.imul(h, 0x01000193); }
        c = lower.charCodeAt(lower.length - 1);
      }
    }
    if (word) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
      inWord = true;
      i += width - 1;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}
