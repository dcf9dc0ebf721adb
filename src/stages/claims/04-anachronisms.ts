/**
 * @module stages/claims/04-anachronisms — pass 4: a person named with a title they did not
 * hold when the article was written.
 *
 * For each `role` of the link stage on a person the knowledge base knows, the terms the
 * knowledge base gives that person for that title are compared with the article's date
 * interval (`published.earliest`..`latest`, which must be of day or month precision): a
 * title none of whose terms meets the interval is an anachronism when every term had ended
 * by then, or when the knowledge base names another holder for the whole interval (its
 * records are verified terms, not whole careers). Not one: a title said
 * to be past or future ("former", "then-", "ex-", "incoming", "-elect", "designate"; a role
 * the link stage marks `former`, "the former Israeli Defense Minister"), a
 * sentence dated inside one of the terms ("In 2023, Secretary of State Antony Blinken …"),
 * and a title the knowledge base does not give the person at all (it cannot tell).
 */
import type { KbRole, KnowledgeBase } from '../../kb/index.js';
import { parseKbDate } from '../../kb/index.js';
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { Published } from '../../pipeline/document.js';
import type { MentionValue, RoleValue } from '../entities/link/index.js';
import { SpanIndex } from '../../util/span-index.js';
import type { DatedSpan } from './02-date.js';
import type { AnachronismValue } from './types.js';

/** Words before (or in) a title that put it outside the article's present, and why. */
export const TENSE_QUALIFIERS = {
  before: /\b(?:former|ex|then|onetime|one-time|late|erstwhile|previous|past|incoming|future|designate|would-be|next|outgoing)\s*[-‑]?\s*$/iu,
  inside: /^(?:the\s+)?(?:former|ex|then|onetime|one-time|late|erstwhile|previous|past|incoming|future|would-be|next)\b/iu,
  after: /^\s*[-‑]?\s*(?:elect|designate|nominee)\b/iu,
  reason: 'a title said to be past ("former", "then-") or future ("incoming", "-elect") is not claimed for the article\'s date',
} as const;

/** The article's date interval, when its precision is day or month. */
export function articleInterval(p: Published | undefined): { value: string; earliest: string; latest: string } | null {
  if (!p?.value || (p.precision !== 'day' && p.precision !== 'time' && p.precision !== 'month')) return null;
  const own = parseKbDate(p.precision === 'month' ? p.value.slice(0, 7) : p.value.slice(0, 10));
  if (!own) return null;
  return { value: p.value.slice(0, p.precision === 'month' ? 7 : 10), earliest: p.earliest ?? own.first, latest: p.latest ?? own.last };
}

/** Whether the role's term can meet the interval [earliest, latest]. */
export function termMeets(role: Pick<KbRole, 'from' | 'to'>, earliest: string, latest: string): boolean {
  const from = role.from ? parseKbDate(role.from)?.first ?? null : null;
  const to = role.to ? parseKbDate(role.to)?.last ?? null : null;
  return (from === null || from <= latest) && (to === null || to >= earliest);
}

/** Inputs of the pass. */
export interface AnachronismInput {
  readonly text: string;
  readonly roles: readonly Annotation<RoleValue>[];
  readonly mentions: readonly Annotation<MentionValue>[];
  readonly sentences: readonly Span[];
  readonly times: readonly DatedSpan[];
  readonly published: Published | undefined;
  readonly kb: KnowledgeBase;
}

/** The anachronisms of one document, each over the title and the name. */
export function anachronisms(input: AnachronismInput): (AnachronismValue & Span)[] {
  const when = articleInterval(input.published);
  if (!when) return [];
  const out: (AnachronismValue & Span)[] = [];
  for (const r of input.roles) {
    // (an office the text gives as held before: "the former Israeli Defense Minister …")
    if (!r.value.key.startsWith('kb:') || r.value.former === true) continue;
    const entity = input.kb.byKey(r.value.key.slice(3));
    if (!entity || entity.type !== 'person') continue;
    const terms = entity.roles.filter((x) => x.title === r.value.title && (r.value.of === null || x.of === r.value.of));
    if (terms.length === 0 || terms.some((t) => termMeets(t, when.earliest, when.latest))) continue;
    if (!outOfOffice(terms, when.earliest) && !otherHolder(input.kb, entity.key, terms[0]!, when)) continue;
    if (TENSE_QUALIFIERS.before.test(input.text.slice(Math.max(0, r.start - 16), r.start)) || TENSE_QUALIFIERS.inside.test(r.text)) continue;
    const name = SpanIndex.of(input.mentions).startingIn(r.end, r.end + 3).find((m) => m.value.key === r.value.key);
    const end = name?.end ?? r.end;
    if (TENSE_QUALIFIERS.after.test(input.text.slice(r.end, r.end + 14)) || TENSE_QUALIFIERS.after.test(input.text.slice(end, end + 14))) continue;
    const sentence = input.sentences[SpanIndex.of(input.sentences).holding(r.start)];
    if (sentence && datedInsideTerm(input.times, sentence, terms)) continue;
    const of = terms[0]!.of;
    const spans = terms.map((t) => `${t.from ?? '?'} to ${t.to ?? 'now'}`).join(' and ');
    out.push({
      start: r.start,
      end,
      kind: 'anachronism',
      detail: `${entity.name} is called ${r.value.title}${of ? ` of ${of}` : ''} in an article dated ${when.value}, but held that title ${spans}.`,
      items: [{ start: r.start, end, text: input.text.slice(r.start, end), claim: `${r.value.title}${of ? ` of ${of}` : ''} on ${when.value}` }],
      person: entity.key,
      name: entity.name,
      title: r.value.title,
      of,
      terms: terms.map((t) => ({ from: t.from, to: t.to })),
      published: when,
    });
  }
  return out;
}

/** Every term ended before the article's earliest possible day (the knowledge base checks end dates). */
function outOfOffice(terms: readonly KbRole[], earliest: string): boolean {
  return terms.every((t) => t.to !== null && (parseKbDate(t.to)?.last ?? '9999') < earliest);
}

/**
 * Someone else held the title through the article's whole interval. The knowledge base
 * records verified terms, not whole careers (Erdoğan's presidency is there from 2023 only),
 * so a title before a person's first recorded term is an anachronism only when the
 * knowledge base names another holder for those days.
 */
function otherHolder(kb: KnowledgeBase, person: string, term: KbRole, when: { earliest: string; latest: string }): boolean {
  const others = (day: string): boolean => kb.holdersOf(term.title, term.of, day).some((h) => h.entity.key !== person);
  return others(when.earliest) && others(when.latest);
}

/** A date of the sentence that falls in one of the terms: the title is meant for that date. */
function datedInsideTerm(times: readonly DatedSpan[], sentence: Span, terms: readonly KbRole[]): boolean {
  return SpanIndex.of(times).within(sentence.start, sentence.end).some((t) => {
    if (t.type !== 'date' || !t.value || !/^\d{4}/.test(t.value)) return false;
    const span = parseKbDate(t.value.slice(0, t.value.length >= 10 ? 10 : t.value.length >= 7 ? 7 : 4));
    return span !== null && terms.some((term) => termMeets(term, span.first, span.last));
  });
}
