/**
 * @module stages/citations/02-resolve — pass 2: what a phrase names, by registry lookup.
 *
 * Tried in order, first hit wins:
 * 1. the phrase with the lower-case words that complete it ("Tasnim news agency",
 *    "Qatar's foreign ministry", "the Israeli military");
 * 2. the phrase itself, with the article before it when there is one ("the National");
 * 3. the phrase without a leading place qualifier ("Israeli Army Radio" → "Army Radio",
 *    "Israel's Channel 12" → "Channel 12"); an unlisted first word is never dropped, so
 *    "Judetean State Department" is not the State Department;
 * 4. a known name followed only by generic words ("CNN Arabic", "Reuters TV").
 * A phrase nothing matches is unknown; its last or first word says whether it looks like
 * an outlet ("… News", "Radio …") or an official body ("… Department", "… Ministry").
 */
import type { Phrase } from './01-names.js';
import { CONTINUATION, CREDIT_WORDS, GENERIC_TRAILERS, OFFICIAL_SUFFIXES, OUTLET_PREFIXES, OUTLET_SUFFIXES, QUALIFIER_FORM } from './lexicon.js';
import type { SourceRegistry } from './registry.js';
import type { SourceEntry } from './types.js';
import { own } from '../../util/own-slice.js';

/** What a phrase names. */
export interface Resolution {
  /** Span of the name as cited (a leading qualifier excluded, completing words included). */
  readonly start: number;
  readonly end: number;
  /** The registry entry, or null when unknown. */
  readonly entry: SourceEntry | null;
  /** For unknown names: whether it looks like an outlet or an official body, else null. */
  readonly looks: 'outlet' | 'official' | null;
  /** True when a descriptor after the name says it is an outlet ("the Foo newspaper"). */
  readonly described: boolean;
  /** True for a picture credit ("AP Photo"): never a citation. */
  readonly credit: boolean;
  /** True when the phrase is only a place ("Egypt", "Israeli"): not a name that can be a source. */
  readonly placeOnly: boolean;
}

const POSSESSIVE = /['’]s?$/;
const POSSESSIVE_AT = /^['’]s?/;
const DESCRIPTOR_CONTINUATION = /^(?:news agency|news|newspaper|daily|television|tv|radio|broadcaster|channel|agency)$/;

/** A resolution with offsets relative to the phrase (start from its start, end from its end). */
type Relative = Resolution;

/**
 * The resolutions of one phrase text in each context: without a continuation, after `the`
 * or not; with one, by `the` (`1` or `0`) and the continuation's text.
 */
interface Memo {
  bare: Relative | undefined;
  afterThe: Relative | undefined;
  continued: Map<string, Relative> | undefined;
}

/**
 * Resolutions already computed, per registry, by phrase text, then context (no key string
 * to build for the usual phrase without a continuation); cleared when full.
 */
const memo = new WeakMap<SourceRegistry, Map<string, Memo>>();
const MEMO_SIZE = 50_000;

/** First words of {@link CONTINUATION}: the pattern runs only after one of them. */
const CONTINUATION_FIRST: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'health', 'interior', 'justice', 'information', 'ministry', 'military', 'army', 'government', 'authorities',
  'presidency', 'cabinet', 'security', 'embassy', 'armed', 'general', 'air', 'navy', 'news', 'newspaper', 'daily', 'television', 'tv', 'radio',
  'broadcaster', 'channel', 'agency',
]);

/** The lower-case ASCII word starting at `i` ("" when none). */
function nextWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 14) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  return text.slice(i, j);
}

/** A generic body ("Foreign Ministry"): its place qualifier stays in the cited name ("the Qatari Foreign Ministry"). */
function isGeneric(e: SourceEntry): boolean {
  return e.generic === true;
}

/** Resolves phrases against one registry. */
export class Resolver {
  private readonly memo: Map<string, Memo>;
  /**
   * Resolutions of this text's phrases by phrase: most phrases are asked for twice (for
   * their run, then as the phrase before the next run), and building the memo key is most
   * of a lookup. A resolution depends only on the phrase and the text, so it is shared.
   */
  private readonly byPhrase = new Map<Phrase, Resolution>();

  constructor(private readonly registry: SourceRegistry, private readonly text: string) {
    let m = memo.get(registry);
    if (m === undefined) {
      m = new Map();
      memo.set(registry, m);
    }
    this.memo = m;
  }

  /** What `p` names. */
  resolve(p: Phrase): Resolution {
    let res = this.byPhrase.get(p);
    if (res === undefined) {
      res = this.lookup(p);
      this.byPhrase.set(p, res);
    }
    return res;
  }

  private lookup(p: Phrase): Resolution {
    if (p.entry !== null) return { start: p.start, end: p.end, entry: p.entry, looks: null, described: false, credit: false, placeOnly: false };
    const { text } = this;
    const after = p.possessive ? p.end + (POSSESSIVE_AT.exec(text.slice(p.end, p.end + 2))?.[0].length ?? 0) : p.end;
    const cont = text.charCodeAt(after) === 32 && CONTINUATION_FIRST.has(nextWord(text, after + 1)) ? CONTINUATION.exec(text.slice(after, after + 40)) : null;
    const theBefore = p.start >= 4 && text.startsWith('the ', p.start - 4) && (p.start === 4 || !/[A-Za-z]/.test(text[p.start - 5]!));
    const surface = text.slice(p.start, after);
    let known = this.memo.get(surface);
    if (known === undefined) {
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      known = { bare: undefined, afterThe: undefined, continued: undefined };
      this.memo.set(own(surface), known);
    }
    const contKey = cont === null ? null : `${theBefore ? 1 : 0}${cont[0]}`;
    let rel = contKey === null ? (theBefore ? known.afterThe : known.bare) : known.continued?.get(contKey);
    if (rel === undefined) {
      const found = this.compute(p, cont, theBefore, after);
      rel = { ...found, start: found.start - p.start, end: found.end - p.end };
      if (contKey !== null) (known.continued ??= new Map()).set(contKey, rel);
      else if (theBefore) known.afterThe = rel;
      else known.bare = rel;
    }
    // Fields written out: spreading `rel` here was the costliest line of the stage.
    return { start: p.start + rel.start, end: p.end + rel.end, entry: rel.entry, looks: rel.looks, described: rel.described, credit: rel.credit, placeOnly: rel.placeOnly };
  }

  private compute(p: Phrase, cont: RegExpExecArray | null, theBefore: boolean, after: number): Resolution {
    const { text, registry } = this;
    const base = { credit: false, described: false, placeOnly: false };
    const words = p.words.map((w) => text.slice(w.start, w.end));
    const credit = words.some((w) => CREDIT_WORDS.has(w.toLowerCase()));
    const starts = this.qualifierStarts(words);
    for (const s of starts) {
      if (cont !== null) {
        const withCont = s < words.length ? `${text.slice(p.words[s]!.start, after)} ${cont[1]!}` : cont[1]!;
        const e = (s === 0 && theBefore ? registry.lookup(`the ${withCont}`) : undefined) ?? registry.lookup(withCont);
        if (e !== undefined) return { ...base, credit, start: s < words.length && !isGeneric(e) ? p.words[s]!.start : p.start, end: after + cont[0].length, entry: e, looks: null };
      }
      if (s >= words.length) break;
      const from = p.words[s]!.start;
      const sub = text.slice(from, p.end);
      if (words.length - s > registry.maxWords + 1) continue;
      const e = (s === 0 && theBefore ? registry.lookup(`the ${sub}`) : undefined) ?? registry.lookup(sub);
      if (e !== undefined) return { ...base, credit, start: isGeneric(e) ? p.start : from, end: p.end, entry: e, looks: null };
    }
    const s0 = starts[starts.length - 1]!;
    for (let k = words.length - 1; k > s0; k--) {
      if (!words.slice(k).every((w) => GENERIC_TRAILERS.has(w.toLowerCase()) || CREDIT_WORDS.has(w.toLowerCase()))) break;
      const e = registry.lookup(text.slice(p.words[s0]!.start, p.words[k - 1]!.end));
      if (e !== undefined) return { ...base, credit, start: p.words[s0]!.start, end: p.end, entry: e, looks: null };
    }
    const inner = this.innerName(p, words);
    if (inner !== null) return { ...base, credit, ...inner, looks: null };
    const placeOnly = s0 === words.length;
    const first = s0 < words.length ? words[s0]!.toLowerCase() : '';
    const last = words[words.length - 1]!.toLowerCase();
    const beforeLast = words.length > 1 ? words[words.length - 2]!.toLowerCase() : '';
    const described = cont !== null && DESCRIPTOR_CONTINUATION.test(cont[1]!.toLowerCase());
    let looks: Resolution['looks'] = null;
    if (placeOnly) looks = null;
    else if (last === 'agency' && /^(?:news|press|information)$/.test(beforeLast)) looks = 'outlet';
    else if (OFFICIAL_SUFFIXES.has(last)) looks = 'official';
    else if (OUTLET_SUFFIXES.has(last) || OUTLET_PREFIXES.has(first) || described) looks = 'outlet';
    const start = placeOnly ? p.start : p.words[0]!.start;
    return { start, end: p.end, entry: null, looks, described, credit, placeOnly };
  }

  /**
   * A registry name inside a longer phrase: after its last `of`/`for` ("Chris Wallace of
   * Fox News") or in a possessive first word ("NBC's Today show"). Bodies are not taken
   * from inside ("Secretary of State" is no citation of the State Department).
   */
  private innerName(p: Phrase, words: readonly string[]): { start: number; end: number; entry: SourceEntry } | null {
    for (let k = words.length - 2; k >= 1; k--) {
      if (words[k] !== 'of' && words[k] !== 'for') continue;
      const from = words[k + 1] === 'the' && k + 2 < words.length ? k + 2 : k + 1;
      const e = this.registry.lookup(this.text.slice(p.words[from]!.start, p.end));
      if (e !== undefined && e.kind !== 'official') return { start: p.words[from]!.start, end: p.end, entry: e };
      break;
    }
    if (words.length > 1 && POSSESSIVE.test(words[0]!)) {
      const bare = words[0]!.replace(POSSESSIVE, '');
      const e = this.registry.lookup(bare);
      if (e !== undefined && e.kind !== 'official') return { start: p.words[0]!.start, end: p.words[0]!.start + bare.length, entry: e };
    }
    return null;
  }

  /**
   * Word indexes the name may start at: 0, then after each leading place qualifier
   * ("Israeli", "Qatar's", "West Bank", "Saudi-owned"); `words.length` when only qualifiers.
   */
  private qualifierStarts(words: readonly string[]): number[] {
    const out = [0];
    let i = 0;
    // `The Saudi-owned Al Arabiya channel` opening a sentence: the capitalized article before the qualifiers
    if (words[0] === 'The' && words.length > 2 && (this.registry.isQualifier(words[1]!) || QUALIFIER_FORM.test(words[1]!))) {
      i = 1;
      out.push(1);
    }
    while (i < words.length && out.length < 4) {
      const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : null;
      if (two !== null && this.registry.isQualifier(two)) i += 2;
      else if (this.registry.isQualifier(words[i]!) || QUALIFIER_FORM.test(words[i]!)) i += 1;
      else break;
      out.push(i);
    }
    return out;
  }
}
