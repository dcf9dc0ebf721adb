/**
 * @module kb/title-index.test — `findIn` reads words by hand; it finds what the token regex
 * and a key per span find.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSurface } from './normalize.js';
import { builtIn } from './testing.js';
import type { KbTitle, KbTitleMention } from './types.js';

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The straightforward search: every regex token, every span key computed from its text. */
function viaRegex(titles: readonly KbTitle[], text: string): [number, number, string][] {
  const bySurface = new Map<string, KbTitle[]>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const t of titles) {
    for (const surface of t.surfaces) {
      const key = normalizeSurface(surface);
      if (key === '') continue;
      bySurface.set(key, [...(bySurface.get(key) ?? []), t]);
      const words = key.split(' ');
      for (let i = 1; i <= words.length; i++) prefixes.add(words.slice(0, i).join(' '));
      maxTokens = Math.max(maxTokens, (surface.match(TOKEN) ?? []).length + 2);
    }
  }
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: normalizeSurface(m[0]) }));
  const out: [number, number, string][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let best: { end: number; next: number } | null = null;
    for (let j = i; j < tokens.length && j - i < maxTokens; j++) {
      const key = normalizeSurface(text.slice(first.start, tokens[j]!.end));
      if (bySurface.has(key)) best = { end: tokens[j]!.end, next: j + 1 };
      if (!prefixes.has(key) && tokens[j]!.key !== 'al' && tokens[j]!.key !== 'el') break;
    }
    if (best) { out.push([first.start, best.end, text.slice(first.start, best.end)]); i = best.next; } else i += 1;
  }
  return out;
}

const spans = (found: readonly KbTitleMention[]): [number, number, string][] => found.map((m) => [m.start, m.end, m.text]);

test('words with dots, apostrophes, accents and astral letters are read like the regex', () => {
  const index = builtIn().titleIndex;
  const text = "The U.S. Secretary of State met Israel’s defense minister, the C.I.A. chief, Hamas' political chief, 𝐀𝐁 al-Qassam commander and the top U. S. diplomat; ﬁnance minister e.g. x.y.";
  assert.deepEqual(spans(index.findIn(text)), viaRegex(index.titles, text));
  assert.ok(index.findIn(text).length >= 4);
});

test('agrees with the regex on mixed text', () => {
  const index = builtIn().titleIndex;
  const words = ['the', 'The', 'top', 'US', 'U.S.', 'U.', 'S.', 'diplomat', 'Secretary', 'of', 'State', 'al', 'Al-', 'Qassam', 'chief', 'Hamas’s',
    "Hamas'", 'political', 'prime', 'minister', 'foreign', 'Président', 'president', '-', ',', '.', '"', "'", '’', '`', '–', '2024', 'x', 'ǅ', '𝐀', 'Mossad', 'UN'];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  let found = 0;
  for (let round = 0; round < 1000; round++) {
    let text = '';
    for (let k = 0; k < 14; k++) text += words[next() % words.length] + ['', ' ', ' ', '  ', '-', ' "'][next() % 6]!;
    const expected = viaRegex(index.titles, text);
    assert.deepEqual(spans(index.findIn(text)), expected, text);
    found += expected.length;
  }
  assert.ok(found > 200, `only ${found} titles found: the texts test little`);
});

test('words in any case, and spellings that fold, start titles like their keys', () => {
  const index = builtIn().titleIndex;
  const text = 'PRESIDENT Biden, the TOP US DIPLOMAT, the tOp Us diplomat; Prime MINISTER; Ibn Muhammad al El 2024 FOREIGN minister.';
  assert.deepEqual(spans(index.findIn(text)), viaRegex(index.titles, text));
  assert.ok(index.findIn(text).length >= 4);
});

test('startsAt: true at the start of every title findIn finds, false where no title starts', () => {
  const index = builtIn().titleIndex;
  const words = ['the', 'The', 'top', 'US', 'U.S.', 'diplomat', 'Secretary', 'of', 'State', 'al', 'Qassam', 'chief', 'political', 'prime', 'minister',
    'foreign', 'president', ',', '.', '’', '2024', 'x', 'Mossad'];
  let seed = 5;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += words[next() % words.length] + ['', ' ', ' ', '  ', '-'][next() % 5]!;
    const starts = new Set(index.findIn(text).map((m) => m.start));
    for (let at = 0; at < text.length; at++) {
      // where findIn finds a title, one starts there (so where none starts, findIn finds none)
      if (starts.has(at)) assert.ok(index.startsAt(text, [at]), `${text} @${at}`);
    }
    assert.equal(index.startsAt(text, [...starts]), starts.size > 0);
  }
});
