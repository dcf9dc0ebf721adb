/**
 * @module stages/citations/registry — the loaded source registry and its lookups.
 *
 * Names are compared with {@link sourceKey}. Single all-capital names ("AP", "SABA") are
 * kept apart and match only text written without lower-case letters ("SABA", "BFM TV"),
 * so "Saba" the person and "Dr" the title do not match the agencies "SABA" and "DR". A name "The X Y" also answers to
 * "X Y" when at least two words follow the article; "The Times" and "The National" answer
 * only with their article (see data/sources/README.md).
 */
import { isAcronym, sourceKey, words } from './normalize.js';
import type { Qualifier, SourceEntry, SourceIssue } from './types.js';
import { own } from '../../util/own-slice.js';

/** Most remembered lookups before the cache starts over. */
const LOOKUP_CACHE = 50_000;
/** A surface without lower-case letters ("AP", "BFM TV", "U.N.") may match an all-capital name. */
const NO_LOWER = /^[^\p{Ll}]*$/u;

/** The registry: entries by key, by name and by domain, and the place qualifiers. */
export class SourceRegistry {
  readonly entries: readonly SourceEntry[];
  readonly qualifiers: readonly Qualifier[];
  /** Most words in any name: lookups never try longer spans. */
  readonly maxWords: number;
  /** Names that do not start with a capital letter ("dpa", "i24NEWS", "+972 Magazine"): found by a separate pass. */
  readonly lowerNames: readonly string[];
  private readonly byKey = new Map<string, SourceEntry>();
  private readonly names = new Map<string, SourceEntry>();
  private readonly acronyms = new Map<string, SourceEntry>();
  private readonly domains = new Map<string, SourceEntry>();
  private readonly qualifierKeys = new Set<string>();
  /** Lookups already answered (names repeat across documents); cleared when full. */
  private readonly seen = new Map<string, SourceEntry | null>();
  private readonly qualifierCache = new Map<string, boolean>();

  /** Builds the indexes; `issues` receives every name or domain two entries share, or an entry repeats. */
  constructor(entries: readonly SourceEntry[], qualifiers: readonly Qualifier[], issues: SourceIssue[] = []) {
    this.entries = entries;
    this.qualifiers = qualifiers;
    let maxWords = 1;
    const lower: string[] = [];
    for (const e of entries) {
      if (this.byKey.has(e.key)) {
        issues.push({ file: e.file, entry: e.key, field: 'key', message: `duplicate key, also used in ${this.byKey.get(e.key)!.file}` });
        continue;
      }
      this.byKey.set(e.key, e);
      [e.name, ...e.variants].forEach((surface, i) => {
        const field = i === 0 ? 'name' : `variants[${i - 1}]`;
        const key = sourceKey(surface);
        if (key === '') {
          issues.push({ file: e.file, entry: e.key, field, message: `"${surface}" has no letters or digits` });
          return;
        }
        maxWords = Math.max(maxWords, words(surface).length);
        if (!/^\p{Lu}/u.test(surface)) lower.push(surface);
        const [map, other] = isAcronym(surface) ? [this.acronyms, this.names] : [this.names, this.acronyms];
        const owner = map.get(key) ?? other.get(key);
        if (owner === e) {
          if (!/^\p{Lu}/u.test(surface)) return;
          issues.push({ file: e.file, entry: e.key, field, message: `"${surface}" repeats another name of this entry (case, accents, spacing and punctuation are ignored; only a lower-case spelling may repeat one, to be found as written); remove it` });
        } else if (owner !== undefined) {
          issues.push({ file: e.file, entry: e.key, field, message: `"${surface}" also names ${owner.key} (${owner.file}); a name must identify one source` });
        } else {
          map.set(key, e);
        }
      });
      for (const surface of [e.name, ...e.variants]) {
        const w = words(surface);
        if (w.length >= 3 && w[0] === 'The') {
          const bare = sourceKey(w.slice(1).join(' '));
          if (!this.names.has(bare)) this.names.set(bare, e);
        }
      }
      e.domains.forEach((d, i) => {
        const owner = this.domains.get(d);
        if (owner !== undefined && owner !== e) issues.push({ file: e.file, entry: e.key, field: `domains[${i}]`, message: `${d} is also listed by ${owner.key} (${owner.file})` });
        else this.domains.set(d, e);
      });
    }
    const seenWords = new Map<string, Qualifier>();
    for (const q of qualifiers) {
      q.words.forEach((w, i) => {
        const key = sourceKey(w);
        const owner = seenWords.get(key);
        if (owner !== undefined) issues.push({ file: q.file, entry: q.place ?? w, field: `words[${i}]`, message: `"${w}" is also a qualifier of ${owner.place ?? 'another entry'} (${owner.file})` });
        seenWords.set(key, q);
        this.qualifierKeys.add(key);
        maxWords = Math.max(maxWords, words(w).length);
      });
    }
    this.maxWords = maxWords;
    this.lowerNames = lower.sort((a, b) => b.length - a.length);
  }

  /** The entry with this key. */
  byEntryKey(key: string): SourceEntry | undefined {
    return this.byKey.get(key);
  }

  /** The entry a name (as written) stands for, or undefined. A name written without lower-case letters also matches all-capital names. */
  lookup(surface: string): SourceEntry | undefined {
    const cached = this.seen.get(surface);
    if (cached !== undefined) return cached ?? undefined;
    const key = sourceKey(surface);
    const found = key === '' ? undefined : NO_LOWER.test(surface) ? this.acronyms.get(key) ?? this.names.get(key) : this.names.get(key);
    if (this.seen.size >= LOOKUP_CACHE) this.seen.clear();
    this.seen.set(own(surface), found ?? null);
    return found;
  }

  /** The entry that publishes under a host name ("www.reuters.com" → Reuters), or undefined. */
  lookupDomain(host: string): SourceEntry | undefined {
    let h = host.toLowerCase().replace(/^www\./, '');
    for (;;) {
      const e = this.domains.get(h);
      if (e !== undefined) return e;
      const dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
      h = h.slice(dot + 1);
    }
  }

  /** True when `word` (or two words) is a place qualifier ("Israeli", "Qatar's", "West Bank"). */
  isQualifier(word: string): boolean {
    let q = this.qualifierCache.get(word);
    if (q === undefined) {
      q = this.qualifierKeys.has(sourceKey(word));
      if (this.qualifierCache.size >= LOOKUP_CACHE) this.qualifierCache.clear();
      this.qualifierCache.set(own(word), q);
    }
    return q;
  }
}
