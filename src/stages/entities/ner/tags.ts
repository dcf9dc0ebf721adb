/**
 * @module stages/entities/ner/tags — the BILOU tag set over the four CoNLL types, spans ↔ tags.
 *
 * Tag 0 is `O`; the tag of position `p` (B, I, L, U) of type `t` is `1 + 4t + p`. The
 * decoder only ever moves along valid transitions (`B`/`I` continue with `I`/`L` of the
 * same type; anything else starts with `O`, `B` or `U`), so every tag sequence it emits
 * turns into spans without repair.
 */

/** The CoNLL-2003 types, in tag order. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One of {@link NER_TYPES}. */
export type NerType = (typeof NER_TYPES)[number];

/** Number of tags: `O` plus B, I, L, U of every type. */
export const TAG_COUNT = 1 + 4 * NER_TYPES.length;

/** The outside tag. */
export const TAG_O = 0;

/** Positions inside a span. */
export const POS_B = 0;
export const POS_I = 1;
export const POS_L = 2;
export const POS_U = 3;

/** A span of tokens `[start, end)` with a type index into {@link NER_TYPES}. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: number;
}

/** The tag of position `pos` (POS_B…POS_U) of type index `type`. */
export function tagOf(type: number, pos: number): number {
  return 1 + type * 4 + pos;
}

/** Type index of a tag, or -1 for `O`. */
export function typeOfTag(tag: number): number {
  return tag === TAG_O ? -1 : (tag - 1) >> 2;
}

/** Position (POS_B…POS_U) of a non-`O` tag. */
export function posOfTag(tag: number): number {
  return (tag - 1) & 3;
}

/** Readable name of a tag (`O`, `B-PER`, `U-LOC`). */
export function tagName(tag: number): string {
  return tag === TAG_O ? 'O' : `${'BILU'[posOfTag(tag)]}-${NER_TYPES[typeOfTag(tag)]}`;
}

/** True when a tag leaves a span open (`B`, `I`). */
export function isOpen(tag: number): boolean {
  if (tag === TAG_O) return false;
  const p = posOfTag(tag);
  return p === POS_B || p === POS_I;
}

/** Whether `tag` may follow `prev` (`TAG_O` at a sentence start); `last` when nothing follows. */
export function canFollow(prev: number, tag: number, last: boolean): boolean {
  const closes = !isOpen(tag);
  if (last && !closes) return false;
  if (isOpen(prev)) {
    if (tag === TAG_O || typeOfTag(tag) !== typeOfTag(prev)) return false;
    const p = posOfTag(tag);
    return p === POS_I || p === POS_L;
  }
  if (tag === TAG_O) return true;
  const p = posOfTag(tag);
  return p === POS_B || p === POS_U;
}

/**
 * The allowed tags after each previous tag, for a middle and a last position:
 * `ALLOWED[prev * 2 + (last ? 1 : 0)]` lists them in tag order.
 */
export const ALLOWED: readonly Uint8Array[] = Array.from({ length: TAG_COUNT * 2 }, (_, k) => {
  const prev = k >> 1;
  const last = (k & 1) === 1;
  const out: number[] = [];
  for (let t = 0; t < TAG_COUNT; t++) if (canFollow(prev, t, last)) out.push(t);
  return Uint8Array.from(out);
});

/** BILOU tags of `n` tokens covered by non-overlapping `spans`. */
export function spansToTags(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = tagOf(s.type, POS_U);
      continue;
    }
    tags[s.start] = tagOf(s.type, POS_B);
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf(s.type, POS_I);
    tags[s.end - 1] = tagOf(s.type, POS_L);
  }
  return tags;
}

/**
 * Spans of a BILOU tag sequence `tags[from, to)`. Lenient: a stray `I`/`L` opens a span,
 * a `B`/`I` not followed by its continuation closes one.
 */
export function tagsToSpans(tags: ArrayLike<number>, from = 0, to: number = tags.length): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let type = -1;
  for (let i = from; i < to; i++) {
    const tag = tags[i]!;
    const t = typeOfTag(tag);
    const p = tag === TAG_O ? -1 : posOfTag(tag);
    if (open >= 0 && (t !== type || p === POS_B || p === POS_U || p === -1)) {
      out.push({ start: open, end: i, type });
      open = -1;
    }
    if (p === -1) continue;
    if (open < 0) {
      open = i;
      type = t;
    }
    if (p === POS_L || p === POS_U) {
      out.push({ start: open, end: i + 1, type });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to, type });
  return out;
}

/**
 * Spans of IOB2 tag strings (`B-PER`, `I-PER`, `O`) as CoNLL files write them; an `I`
 * after a different type opens a new span, as the evaluation script reads them.
 */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let type = -1;
  const close = (end: number): void => {
    if (open >= 0) out.push({ start: open, end, type });
    open = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag.length < 3) {
      close(i);
      continue;
    }
    const t = NER_TYPES.indexOf(tag.slice(2) as NerType);
    if (t < 0) throw new Error(`unknown entity type in tag "${tag}"`);
    if (tag[0] === 'B' || open < 0 || type !== t) {
      close(i);
      open = i;
      type = t;
    }
  }
  close(tags.length);
  return out;
}
