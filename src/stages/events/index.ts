/**
 * @module stages/events — what happened in the negotiation: talks, visits, proposals, responses,
 * agreements, truces, releases, aid, attacks, demands and warnings, with modality, date,
 * actors, place, quantity and source.
 *
 * Passes (README.md): 01 propose triggers from the lexicon (data/lexicons/events.json),
 * 02 resolve overlapping triggers and drop those that name a speaker, 03 clause breaks, 04 modality, 05 arguments,
 * 06 quantities, 07 dates, 08 sources, 09 coreference. `findEvents` runs them on a
 * document view; the stage builds the view from earlier layers and writes one `event`
 * annotation per event over the trigger's clause (the sentence is in its value).
 */
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { Published, SourceDocument } from '../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../pipeline/stage.js';
import type { MentionValue } from '../entities/link/index.js';
import type { QuoteValue } from '../quotes/index.js';
import type { ResolvedTime } from '../time/index.js';
import { proposeTriggers, type Refusal } from './01-triggers.js';
import { dropSpeakerWords, resolveOverlaps } from './02-overlaps.js';
import { ClauseCache } from './03-clauses.js';
import { refineModality } from './04-modality.js';
import { attachArguments, isWhite } from './05-arguments.js';
import { attachQuantities } from './06-quantity.js';
import { attachDates } from './07-dates.js';
import { attachSources } from './08-sources.js';
import { refineCoreference, splitGappedConjuncts } from './09-coreference.js';
import { attachPeriods } from './10-periods.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import type { Candidate, EventValue } from './types.js';
import { EventView, type CitationLike } from './view.js';
import { WordFlags, wordIds } from './words.js';

export { compileLexicon, DEFAULT_LEXICON, eventLexicon, type EventLexicon } from './lexicon.js';
export { EventView, type ViewInput } from './view.js';
export { EVENT_TYPES, MODALITIES } from './types.js';
export type { DateBasis, EventDate, EventSource, EventType, EventValue, Modality, Qualifier, Quantity, Trigger } from './types.js';

const anchorFlags = new WeakMap<EventLexicon, WordFlags>();

/**
 * Whether any token of the document (by its word numbers, `wordIds`) is a trigger anchor, as
 * written or in lower case: a document that has none costs one array read per token.
 */
function hasAnchor(lex: EventLexicon, ids: Int32Array): boolean {
  let flags = anchorFlags.get(lex);
  if (flags === undefined) {
    flags = new WordFlags((_word, raw) => lex.anchors.has(raw) || lex.anchors.has(raw.toLowerCase()));
    anchorFlags.set(lex, flags);
  }
  for (let i = 0; i < ids.length; i++) if (flags.has(ids[i]!)) return true;
  return false;
}

/** Runs every pass over a view; `log` receives what the refiners did. */
export function findEvents(view: EventView, lex: EventLexicon = eventLexicon(), log?: (line: string) => void): Annotation<EventValue>[] {
  const refused: Refusal[] | undefined = log ? [] : undefined;
  const proposed = proposeTriggers(view, lex, refused);
  if (log && refused) for (const r of refused) log(`refused ${r.rule} "${r.text}": ${r.reason}`);
  if (proposed.length === 0) return [];
  const candidates = dropSpeakerWords(view, resolveOverlaps(proposed, lex, log), log, lex);
  if (candidates.length === 0) return [];
  const clauses = new ClauseCache(view, lex);
  refineModality(view, lex, clauses, candidates);
  attachArguments(view, lex, clauses, candidates);
  attachQuantities(view, lex, clauses, candidates);
  attachDates(view, lex, clauses, candidates);
  attachSources(view, candidates);
  const events = refineCoreference(view, splitGappedConjuncts(view, candidates, clauses, log), log, clauses);
  attachPeriods(view, lex, events, log);
  return events.map((c) => toAnnotation(view, clauses, c));
}

/** The annotation of an event: over its clause (the trigger included), the sentence in the value. */
function toAnnotation(view: EventView, clauses: ClauseCache, c: Candidate): Annotation<EventValue> {
  const s = view.sentences[c.sentence]!;
  const clause = clauses.clause(c.sentence, c.head);
  const start = view.starts[c.first]!;
  const end = view.ends[c.last]!;
  let from = Math.min(view.starts[clause.first]!, start);
  let to = Math.max(view.ends[clause.last]!, end);
  // a clause cut before a comma or a dash keeps its text tidy without it
  while (to > from && trailing(view.text.charCodeAt(to - 1))) to--;
  while (from < to && isWhite(view.text.charCodeAt(from))) from++;
  const value: EventValue = {
    type: c.type,
    subtype: c.subtype,
    modality: c.modality,
    modalityCue: c.modalityCue,
    trigger: { start, end, text: view.text.slice(start, end) },
    date: c.date,
    agent: c.agent,
    target: c.target,
    mediator: c.mediator,
    location: c.location,
    quantity: c.quantity,
    source: c.source,
    antecedent: c.antecedent,
    sentence: { start: s.start, end: s.end },
    period: c.period ?? null,
    ...(c.scope !== undefined ? { scope: c.scope } : {}),
  };
  return annotate('event', view.text, from, to, Object.freeze(value), `events/${c.rule}`);
}

/** Whether a clause's annotation drops a character at its end (`/[,;:\s—–-]/`, read by code unit). */
function trailing(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2d || isWhite(c);
}

/** The `events` stage. */
export const eventsStage: Stage = {
  name: 'events',
  description: 'Finds negotiation events (talks, proposals, responses, agreements, truces, releases, aid, attacks, demands, warnings) with modality, date, actors, place, quantity and source.',
  requires: ['token', 'sentence', 'paragraph', 'mention', 'time', 'published'],
  produces: ['event'],
  run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput {
    const lex = eventLexicon();
    const tokens = layers.get<{ readonly kind: string }>('token');
    const ids = wordIds(tokens);
    if (!hasAnchor(lex, ids)) return { event: [] };
    const view = new EventView({
      text: doc.text,
      tokens,
      ids,
      sentences: layers.get('sentence'),
      paragraphs: layers.get('paragraph'),
      mentions: layers.get<MentionValue>('mention'),
      references: layers.has('reference') ? layers.get<MentionValue>('reference') : [],
      times: layers.get<ResolvedTime>('time'),
      timexes: layers.has('timex') ? layers.get<{ readonly value: { readonly op: string; readonly mod?: string } }>('timex') : [],
      quotes: layers.has('quote') ? layers.get<QuoteValue>('quote') : [],
      citations: layers.has('citation') ? layers.get<CitationLike>('citation') : [],
      titles: layers.has('title') ? layers.get<{ readonly personStart: number }>('title') : [],
      published: layers.get<Published>('published')[0]?.value ?? null,
    });
    const notes: string[] = [];
    const event = findEvents(view, lex, ctx.config.debug ? (l) => notes.push(l) : undefined);
    ctx.debug(() => `events: ${doc.id} ${event.length} events${notes.map((n) => `\n  ${n}`).join('')}${event.map((e) => `\n  ${e.source} ${e.value.type}/${e.value.subtype ?? '-'} ${e.value.modality}${e.value.modalityCue ? ` (${e.value.modalityCue})` : ''} ${e.value.date.value ?? '?'} "${e.value.trigger.text}"`).join('')}`);
    return { event };
  },
};
