/**
 * @module util/hash — stable ids from content.
 */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stable id `prefix_` + 16 hex digits of the SHA-256 of `parts` joined by NUL. */
export function stableId(prefix: string, ...parts: readonly (string | number)[]): string {
  return `${prefix}_${sha256(parts.join('\u0000')).slice(0, 16)}`;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: fast, for shingles, not for ids. */
export function fnv1a(s: string): number {
  return fnvRange(s, 0, s.length) >>> 0;
}

/** 32-bit FNV-1a of the UTF-16 code units `s[from, to)`, as a signed integer (the attribution model's word hash). */
export function fnvRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
