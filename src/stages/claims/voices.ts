/**
 * @module stages/claims/voices — on whose word an article states a claim: the narrator, a
 * quoted speaker or a cited source.
 *
 * Pass 3 (contradictions) compares only claims of one voice: "Hamas said the talks had
 * collapsed" and "Israel said a deal was close" is a disagreement the article reports, not the
 * article contradicting itself. The voice of a claim is the speaker of the quote (direct,
 * indirect or mixed) whose content holds it — the entity the speaker words (or their
 * antecedent) name, else the words —, else a citation of its sentence ("according to
 * Reuters"), else the narrator (`''`).
 */
import type { Annotation, Span } from '../../pipeline/annotation.js';
import type { CitationValue } from '../citations/types.js';
import type { MentionValue } from '../entities/link/index.js';
import type { QuoteValue } from '../quotes/index.js';
import { SpanIndex } from '../../util/span-index.js';

/** An article before unnamed speaker words: "a mediator" and "the mediator" are one voice ("another official" is not). */
const LEADING_ARTICLE = /^(?:the|a|an)\s+/;

/** The narrator's voice. */
export const NARRATOR = '';

/** What `voiceOf` reads: the document's quotes, citations and mentions (each sorted by start). */
export interface VoiceSources {
  readonly quotes: readonly Annotation<QuoteValue>[];
  readonly citations: readonly Annotation<CitationValue>[];
  readonly mentions: readonly Annotation<MentionValue>[];
}

/** The cluster key of the first mention inside `span`, preferring a person. */
function entityIn(mentions: readonly Annotation<MentionValue>[], span: Span): string | null {
  let found: string | null = null;
  // through the list's span index (built once per list), not a scan from its start per claim
  for (const m of SpanIndex.of(mentions).overlapping(span.start, span.end)) {
    if (m.value.type === 'person') return m.value.key;
    found ??= m.value.key;
  }
  return found;
}

/** The voice of a claim at `at` in the sentence `sentence`. */
export function voiceOf(src: VoiceSources, at: number, sentence: Span): string {
  for (const q of src.quotes) {
    if (q.start > at) break;
    if (at >= q.end || !q.value.speakerSpan || q.value.speakerText === null) continue;
    const key = q.value.speakerKind === 'anonymous' ? null : entityIn(src.mentions, q.value.speakerSpan) ?? (q.value.antecedent ? entityIn(src.mentions, q.value.antecedent) : null);
    return key ?? `words:${q.value.speakerText.toLowerCase().replace(LEADING_ARTICLE, '')}`;
  }
  for (const c of src.citations) {
    if (c.start >= sentence.end) break;
    if (c.start >= sentence.start) return `citation:${c.value.name}`;
  }
  return NARRATOR;
}
