/**
 * @module pipeline/default — the default pipeline, assembled in one place.
 *
 * Order matters and each position says why:
 * 1. sentences — paragraphs, sentences, tokens and the dateline: every later stage reads them.
 * 1a. timex — time expressions with unanchored values, from sentences and tokens; before
 *    published, which reads the absolute dates of the text to infer a missing date.
 * 2. published — the publication date: every relative time expression is anchored on it.
 * 2a. time — the timexes resolved on the publication date (export times[]).
 * 3. repeats — repeated paragraphs, from the paragraph layer; credibility reads them later.
 * 4. ner — entity mentions from the sentences' tokens (and the dateline's place); quotes,
 *    events and linking read them, so it runs before any of those.
 * 5. link — one cluster per referent in the document, linked to the knowledge base, with
 *    surnames, titles, descriptions and pronouns resolved; needs the publication date to
 *    know who held a title ("the top US diplomat") that day.
 * 5. quotes — direct and reported speech from the sentences' tokens; after ner, whose
 *    mentions classify speakers and resolve pronouns and descriptions to names.
 * 5a. citations — before events, whose `source` names the citation of the sentence when
 *    no quote holds the event (citations needs only paragraphs and the dateline).
 * 5b. events — talks, proposals, responses, agreements, truces, releases, aid, attacks,
 *    demands and warnings; after link (actors are its clusters), time and published (event
 *    dates), quotes (sources are speakers) and citations; before claims, which reads its
 *    `response` events.
 * 5c. claims — status claims, proposals, internal contradictions and anachronisms; after
 *    link (roles with KB dates, parties), time and published (claim dates), and after
 *    events when the pipeline has them (it reads `response` events as stances); before
 *    credibility, which reads its `contradiction` and `anachronism` layers.
 * 6. citations (run at 5a) — the sources the article cites (outlets, agencies, bodies,
 *    anonymous), looked up in data/sources; reads paragraphs and the dateline's agency.
 * 7. credibility — the 0..1 score and its signals; last, because it reads citations,
 *    repeats, sentences and, when present, the quote layer and any `contradiction` or
 *    `anachronism` layer (stages that feed those signals must come before it).
 */
import { citationsStage, sourceRegistry } from '../stages/citations/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { credibilityStage } from '../stages/credibility/index.js';
import { linkStage } from '../stages/entities/link/index.js';
import { nerStage } from '../stages/entities/ner/index.js';
import { eventsStage } from '../stages/events/index.js';
import { publishedStage } from '../stages/published/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { repeatsStage } from '../stages/repeats/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { timeStage, timexStage } from '../stages/time/index.js';
import { buildPipeline, withoutStages, type Pipeline } from './pipeline.js';

/**
 * Layers computed for every document but not stored: large and cheap to recompute (the
 * sentences stage runs at about 60 MB/s), stored elsewhere (`published` is a column), or
 * read only by later stages (`timex` becomes `time`; the tagger's `ner` spans and `title`
 * words become `mention` and `role`, which is what commands and the export read).
 * Storing sentences and paragraphs made writing the slowest part of a run; `ner` and
 * `title` were another 14 % of the stored bytes.
 */
export const TRANSIENT_LAYERS = ['token', 'sentence', 'paragraph', 'published', 'timex', 'ner', 'title'] as const;

/**
 * Builds the default pipeline (validated once, before any document is read). `skip` names
 * stages to leave out (`skipStages` setting); stages that need their layers go too.
 * The source registry (data/sources) is loaded here when the citations stage runs, so a
 * bad entry stops the command with KB_INVALID before any document is read.
 */
export function defaultPipeline(skip: readonly string[] = [], sourceDirs: readonly string[] = []): Pipeline {
  const pipeline = buildPipeline(withoutStages(skip, [sentencesStage, timexStage, publishedStage, timeStage, repeatsStage, nerStage, linkStage, quotesStage, citationsStage, eventsStage, claimsStage, credibilityStage]), TRANSIENT_LAYERS);
  if (pipeline.stages.includes(citationsStage)) sourceRegistry(undefined, sourceDirs);
  return pipeline;
}
