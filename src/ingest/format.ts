/**
 * @module ingest/format — which reader handles an input: by file name, else by sniffing.
 */

/** The readers Parley has. `feed` covers RSS and Atom. */
export type ReaderKind = 'text' | 'markdown' | 'html' | 'feed' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, ReaderKind> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Reader for a file name, or null for an extension Parley does not know. */
export function formatFromName(name: string): ReaderKind | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null;
}

/** Whether an extension is one a single article lives in (size-limited per document). */
export function isSingleDocument(kind: ReaderKind): boolean {
  return kind === 'text' || kind === 'markdown' || kind === 'html';
}

/** Guesses the reader from the first characters (stdin, files without a known extension). */
export function sniffFormat(content: string): ReaderKind {
  const head = content.slice(0, 2048).replace(/^\ufeff/, '').trimStart();
  const lower = head.slice(0, 512).toLowerCase();
  if (lower.startsWith('<?xml')) return /<(rss|feed|rdf:rdf)[\s>]/.test(lower) ? 'feed' : /<html[\s>]/.test(lower) ? 'html' : 'feed';
  if (lower.startsWith('<rss') || lower.startsWith('<feed') || lower.startsWith('<rdf:rdf')) return 'feed';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || /^<(head|body|article|div|p)[\s>]/.test(lower)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && content.trim().includes('\n') ? 'jsonl' : 'json';
  }
  return 'text';
}
