/**
 * @module ingest/normalize — one normalization for every input format.
 *
 * The normalized text is what `documents[].text` exports and what every offset refers
 * to, so it is computed exactly once, here, before any analysis:
 * Unicode NFC; CRLF and CR to LF; no-break and other fixed-width spaces to a plain space;
 * soft hyphens, zero-width characters and stray control characters removed.
 *
 * Nothing else changes: white space is not trimmed or folded, so a text that is already
 * normalized keeps its length and callers' own offsets into it stay valid (evaluation
 * tools send records with gold offsets into the text they sent).
 */

const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
// C0/C1 controls except tab and line feed (CR is handled before this runs)
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Returns the normalized form of `raw`. Idempotent: normalize(normalize(x)) === normalize(x). */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '');
}

/** Collapses white space in a one-line metadata value (title, outlet); null when empty. */
export function normalizeField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = normalizeText(value).replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}
