/**
 * @module stages/events/08-sources — on whose word the document reports the event.
 *
 * A trigger inside the content of a quote (direct, indirect or mixed) is attributed to
 * the quote's speaker: the entity the speaker words (or their antecedent) resolve to, else
 * the words themselves ("sources familiar with the talks"). Otherwise a citation in the
 * same sentence ("…, Reuters reported", "according to AP") is the source, when the
 * citations stage ran. Otherwise the event has no source (the outlet's own report).
 */
import type { Span } from '../../pipeline/annotation.js';
import type { Candidate, EventSource } from './types.js';
import type { EventView } from './view.js';

/** The linked mention that names a span, preferring a person. */
function entityAt(view: EventView, span: Span): { name: string; key: string } | null {
  const hits = view.mentionsOverlapping(span.start, span.end);
  const m = hits.find((h) => h.value.type === 'person') ?? hits[0];
  return m ? { name: m.value.name, key: m.value.key } : null;
}

/** The source of an event whose trigger starts at `at` in sentence `si`. */
export function sourceOf(view: EventView, at: number, si: number): EventSource | null {
  for (const q of view.quotesIn(si)) {
    if (at < q.start || at >= q.end || !q.value.speakerSpan || q.value.speakerText === null) continue;
    const sp = q.value.speakerSpan;
    // a "speaker" that is a time expression ("late April", "Monday") is a misread speech tag
    if (view.timesOverlapping(sp.start, sp.end).length > 0) continue;
    const who = (q.value.speakerKind === 'anonymous' ? null : entityAt(view, sp) ?? (q.value.antecedent ? entityAt(view, q.value.antecedent) : null));
    return { kind: 'speaker', text: q.value.speakerText, start: sp.start, end: sp.end, name: who?.name ?? q.value.speakerText, key: who?.key ?? null };
  }
  const s = view.sentences[si]!;
  let best: EventSource | null = null;
  let distance = Infinity;
  for (const c of view.citationsIn(si)) {
    if (c.start < s.start || c.end > s.end) continue;
    const d = Math.abs(c.start - at);
    if (d < distance) {
      distance = d;
      best = { kind: 'citation', text: c.text, start: c.start, end: c.end, name: c.value.name, key: null };
    }
  }
  return best;
}

/** Sets `source` of every candidate. */
export function attachSources(view: EventView, candidates: Candidate[]): void {
  for (const c of candidates) c.source = sourceOf(view, view.starts[c.first]!, c.sentence);
}
