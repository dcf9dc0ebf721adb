/**
 * @module kb/title-index — every role title of the knowledge base with its aliases, looked
 * up by surface form or found in running text.
 *
 * A title is a (title, of) pair such as (`Secretary of State`, `United States`). Its
 * surfaces are the canonical title plus every `titleAliases` entry given on any role with
 * that pair, so aliases need to be written once, on one holder. A surface can name several
 * titles: the bare `President` or a generic alias like `foreign minister` maps to every
 * country's title, and the caller narrows by context (the country mentioned nearby).
 */

import { normalizeSurface } from './normalize.js';
import type { KbEntity, KbTitle, KbTitleMention } from './types.js';

/** A word, or an abbreviation written with dots (`U.S.`), with its offsets in the text. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const PARTICLES = new Set(['al', 'el']);

/** The key of a (title, of) pair. */
export function titleKey(title: string, of: string): string {
  return `${normalizeSurface(title)}|${normalizeSurface(of)}`;
}

/** Lookup of role titles by their surface forms. Built once by the knowledge base. */
export class TitleIndex {
  /** Every distinct (title, of) pair, in data order. */
  readonly titles: readonly KbTitle[];
  private readonly bySurface = new Map<string, KbTitle[]>();
  /** Every word-prefix of every surface key, to stop scanning text early. */
  private readonly prefixes = new Set<string>();
  private readonly maxTokens: number;

  constructor(entities: readonly KbEntity[]) {
    const pairs = new Map<string, { title: string; of: string; ofId: string | null; surfaces: string[] }>();
    for (const entity of entities) {
      for (const role of entity.roles) {
        const key = titleKey(role.title, role.of);
        let pair = pairs.get(key);
        if (!pair) {
          pair = { title: role.title, of: role.of, ofId: role.ofId, surfaces: [role.title] };
          pairs.set(key, pair);
        }
        if (pair.ofId === null && role.ofId !== null) pair.ofId = role.ofId;
        for (const alias of role.titleAliases ?? []) {
          if (!pair.surfaces.includes(alias)) pair.surfaces.push(alias);
        }
      }
    }
    const titles: KbTitle[] = [];
    let maxTokens = 1;
    for (const pair of pairs.values()) {
      const title: KbTitle = { title: pair.title, of: pair.of, ofId: pair.ofId, surfaces: pair.surfaces };
      titles.push(title);
      for (const surface of pair.surfaces) {
        const key = normalizeSurface(surface);
        if (key === '') continue;
        const list = this.bySurface.get(key) ?? [];
        if (!list.includes(title)) list.push(title);
        this.bySurface.set(key, list);
        const words = key.split(' ');
        for (let i = 1; i <= words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
        maxTokens = Math.max(maxTokens, (surface.match(TOKEN) ?? []).length + 2);
      }
    }
    this.titles = titles;
    this.maxTokens = maxTokens;
  }

  /**
   * The titles a surface form can name (`the top US diplomat` → Secretary of State, United
   * States). A leading `the` is ignored when the surface is not known with it.
   */
  lookup(surface: string): readonly KbTitle[] {
    const key = normalizeSurface(surface);
    return this.bySurface.get(key) ?? (key.startsWith('the ') ? this.bySurface.get(key.slice(4)) : undefined) ?? [];
  }

  /**
   * Title mentions in `text`, longest match first, left to right, never overlapping.
   * Matching is case-, accent- and punctuation-insensitive like every KB lookup.
   */
  findIn(text: string): KbTitleMention[] {
    const tokens: { start: number; end: number; key: string }[] = [];
    for (const m of text.matchAll(TOKEN)) {
      tokens.push({ start: m.index, end: m.index + m[0].length, key: normalizeSurface(m[0]) });
    }
    const out: KbTitleMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i]!;
      // most words start no title: the first word's own key says so without a slice
      if (!this.prefixes.has(first.key) && !PARTICLES.has(first.key)) {
        i += 1;
        continue;
      }
      let best: { end: number; next: number; titles: KbTitle[] } | null = null;
      for (let j = i; j < tokens.length && j - i < this.maxTokens; j++) {
        const key = normalizeSurface(text.slice(first.start, tokens[j]!.end));
        const titles = this.bySurface.get(key);
        if (titles) best = { end: tokens[j]!.end, next: j + 1, titles };
        if (!this.prefixes.has(key) && !PARTICLES.has(tokens[j]!.key)) break;
      }
      if (best) {
        out.push({ start: first.start, end: best.end, text: text.slice(first.start, best.end), titles: best.titles });
        i = best.next;
      } else {
        i += 1;
      }
    }
    return out;
  }
}
