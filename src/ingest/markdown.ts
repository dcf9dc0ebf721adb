/**
 * @module ingest/markdown — Markdown to the plain text Parley analyzes.
 *
 * Keeps the words a reader sees and drops markup: heading marks, emphasis markers,
 * link targets (`[text](url)` keeps `text`), images, HTML tags, code fences and
 * horizontal rules. List bullets become plain lines. Paragraph breaks are kept.
 */

const RULES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^```[^\n]*\n?/gm, '', 'code fences'],
  [/!\[([^\]]*)\]\([^)]*\)/g, '', 'images carry no article text'],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1', 'links keep their text'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1', 'reference links keep their text'],
  [/^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$/gm, '', 'link reference definitions'],
  [/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1', 'heading marks'],
  [/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '', 'horizontal rules'],
  [/^[ \t]{0,3}>[ \t]?/gm, '', 'block quote marks'],
  [/^([ \t]*)[-*+][ \t]+/gm, '$1', 'bullets'],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2', 'strong emphasis'],
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2', 'emphasis with *'],
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2', 'emphasis with _'],
  [/`([^`\n]+)`/g, '$1', 'inline code'],
  [/<\/?[a-zA-Z][^>\n]*>/g, '', 'inline HTML tags'],
];

/** Converts Markdown to plain text, rule by rule (each rule says why it exists). */
export function markdownToText(md: string): string {
  let out = md;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement);
  return out;
}
