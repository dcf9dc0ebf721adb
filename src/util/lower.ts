/**
 * @module util/lower — a text lower-cased once, for every stage that reads it so.
 *
 * Several stages read a document lower-cased (the published stage's phrase search, the
 * link stage's descriptions); `toLowerCase` of a news article (two-byte: curly quotes) is
 * not free. {@link lowerOf} remembers the last two texts asked about (a document and a
 * sentence of it), so a later stage asking about the same document gets the same string.
 */

/** The last two texts lower-cased (a document and a sentence of it), most recent first. */
const lowered: { text: string; lower: string }[] = [];

/**
 * `text` lower-cased, remembered for the last two texts: callers that pass the same text
 * get the same string back.
 */
export function lowerOf(text: string): string {
  const known = lowered.findIndex((l) => l.text === text);
  if (known >= 0) {
    const hit = lowered[known]!;
    if (known > 0) {
      // most recently used first, so that a document's lower-cased text outlives its sentences'
      lowered.splice(known, 1);
      lowered.unshift(hit);
    }
    return hit.lower;
  }
  const lower = text.toLowerCase();
  lowered.unshift({ text, lower });
  if (lowered.length > 2) lowered.pop();
  return lower;
}
