/**
 * @module stages/quotes — who said what: direct, indirect and mixed attributions.
 *
 * Passes (README.md): 01 pair quotation marks, 02 find cues, 03 source finders (used by
 * the proposers), 04 propose direct quotes, 05 propose reported speech, 06 refine
 * (merge split and continued quotes, attach partial quotes, drop non-speech, dedupe),
 * then the attribution model (model/: a trained cue tagger confirms the rules' reported
 * speech and finds cues they miss, a span picker reads those) joined to the rules'
 * quotations, and 07 classify and resolve speakers. `findQuotes` runs them over a
 * `DocView`; the stage builds the view from the `sentences` layers and, when present, the
 * `ner` layer and the link stage's `mention` layer (speaker kinds and antecedents read its
 * types). The model is loaded once per process, on first use.
 */
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { SourceDocument } from '../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../pipeline/stage.js';
import type { TokenKind } from '../sentences/index.js';
import { pairMarks } from './01-marks.js';
import { findCues, quotedTokens, type CueHit } from './02-cues.js';
import { proposeDirect, proposeLabelled } from './04-direct.js';
import { proposeIndirect } from './05-indirect.js';
import { evidenceOf, refine } from './06-refine.js';
import { withoutAgentClause } from './03-sources.js';
import { antecedentOf, isUnnamedSource, speakerKind } from './07-speakers.js';
import { BE_FORMS, EVENT_SOURCE_HEADS } from './lexicon.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/lexicon.js';
import type { Candidate, QuoteMarks, QuoteValue } from './types.js';
import { DocView, viewOfText } from './view.js';
import { DEFAULT_COMBINE, combineCandidates, type CombineMode } from './model/combine.js';
import type { RuleEvidence } from './model/features.js';
import { proposeByModel } from './model/propose.js';
import { loadAttributionModel, type AttributionModel } from './model/weights.js';

export { pairMarks } from './01-marks.js';
export { findCues, type CueHit } from './02-cues.js';
export { sourceAfter, sourceBefore, sentenceSubject } from './03-sources.js';
export { REFINERS, type Refiner } from './06-refine.js';
export { CUE_RULES, PHRASE_CUES, type CueFrame, type CueRule } from './cues.js';
export { groupStatements, type StatementInput } from './statements.js';
export { DocView, viewOfText, type ViewInput } from './view.js';
export { DEFAULT_COMBINE, combineCandidates, type CombineMode } from './model/combine.js';
export { loadAttributionModel, type AttributionModel } from './model/weights.js';
export type { QuoteKind, QuoteMarks, QuoteValue, SpeakerKind, TextSpan } from './types.js';

/** What the rule passes (01–06) found in a document: the model's evidence and the rule candidates. */
export interface RuleResult extends RuleEvidence {
  /** Per token, the cue standing there. */
  readonly cueAt: readonly (CueHit | undefined)[];
}

/** Runs the rule passes 01–06 over a document view; `log` gets what each refiner removed. */
export function ruleCandidates(view: DocView, log?: (line: string) => void): RuleResult {
  const marks = pairMarks(view);
  const quoted = quotedTokens(view, marks);
  const cues = findCues(view, quoted);
  const cueAt: (CueHit | undefined)[] = new Array(view.tokens.length);
  for (const c of cues) for (let k = c.first; k <= c.last; k++) cueAt[k] = c;
  const proposed = [...proposeDirect(view, marks, cueAt), ...proposeLabelled(view), ...proposeIndirect(view, cues, marks, cueAt)];
  const candidates = refine(proposed, { view, marks, cueAt }, log);
  return { marks, quoted, cues, cueAt, candidates };
}

/** How `findQuotes` uses the attribution model (defaults: the shipped model, `DEFAULT_COMBINE`). */
export interface FindOptions {
  /** The model; null runs the rules alone. */
  readonly model?: AttributionModel | null;
  readonly combine?: CombineMode;
}

/**
 * Finds the quotes of one document view: the rule passes, then the attribution model's
 * candidates joined to them (model/combine.ts), then pass 07 on each; `log` receives what
 * the refiners did.
 */
export function findQuotes(view: DocView, log?: (line: string) => void, options: FindOptions = {}): Annotation<QuoteValue>[] {
  const rules = ruleCandidates(view, log);
  const model = options.model === undefined ? loadAttributionModel() : options.model;
  const mode = options.combine ?? DEFAULT_COMBINE;
  let kept = rules.candidates;
  if (model !== null && mode !== 'rules') {
    const found = proposeByModel(view, rules, model, mode === 'direct-rules' || mode === 'fill');
    kept = combineCandidates(rules.candidates, found, mode);
    if (log) log(`model: ${found.length} proposed, ${kept.length - rules.candidates.length} more than the rules (${mode})`);
  }
  // an event names no speaker (`Previous ceasefires announced since …`): a participle, not a
  // statement; a capitalized head inside the phrase ends a body's name (`The Ministry of War said`)
  kept = kept.filter((c) => c.source === null || !EVENT_SOURCE_HEADS.has(view.lower(c.source.head)) || (c.source.head > c.source.first && view.capitalized(c.source.head)));
  kept = kept.filter((c) => !timeOrPlaceOnly(view, c) && !agentAsContent(view, c) && !cueInsideContent(view, c) && !REQUEST_FOR_COMMENT.test(view.text.slice(c.start, c.end)) && !WITHHELD_NAME.test(view.text.slice(c.start, c.end)));
  // the model's speaker spans may run over such a clause too: cut as the rules' are
  kept = kept.map((c) => {
    const source = c.source === null ? null : withoutTrailingBe(view, withoutAgentClause(view, c.source));
    return source === c.source ? c : { ...c, source };
  });
  return kept.map((c) => toAnnotation(view, c, rules.marks));
}

/** Words a content that only says when or where may hold besides numbers and capitalised names. */
const WHEN_WHERE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES, ...WEEKDAY_NAMES, 'on', 'in', 'at', 'since', 'during', 'until', 'by', 'from', 'before', 'after', 'of', 'the', ',',
  'today', 'yesterday', 'tonight', 'last', 'this', 'next', 'earlier', 'later', 'week', 'month', 'year', 'weekend', 'morning',
  'afternoon', 'evening', 'night', 'early', 'late',
]);
const WHEN_WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'since', 'during', 'until', 'by', 'from', 'before', 'after']);

/**
 * `the framework President Joe Biden outlined on May 31`: a content that is only a time or
 * a prepositional phrase of time or place (`on May 31`, `in Cairo on Monday`) tells when or
 * where the cue's act happened; nothing was said.
 */
function timeOrPlaceOnly(view: DocView, c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const first = view.tokenAtOrAfter(c.start);
  if (!WHEN_WHERE_PREPOSITIONS.has(view.lower(first)) && !WEEKDAY_NAMES.includes(view.lower(first) as never)) return false;
  for (let k = first; k < view.tokens.length && view.tokens[k]!.start < c.end; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'number' || WHEN_WHERE_WORDS.has(view.lower(k)) || (k > first && view.capitalized(k))) continue;
    return false;
  }
  return true;
}

/** `Burhan was quoted by SUNA as warning …`: a speaker phrase never ends in the passive's `was` (the model's span may run onto it). */
function withoutTrailingBe(view: DocView, src: NonNullable<Candidate['source']>): NonNullable<Candidate['source']> {
  if (src.last <= src.first || !BE_FORMS.has(view.lower(src.last))) return src;
  return { ...src, last: src.last - 1, head: Math.min(src.head, src.last - 1) };
}

/** `who declined to give her name`, `refused to give their full names`: withholding a name, not a statement (the newsroom's formula). */
const WITHHELD_NAME = /^to\s+(?:give|provide|share|reveal|disclose)\s+(?:his|her|their|its|a)\s+(?:(?:full|last|first|family)\s+)?names?\b/i;

/** `did not respond to a request for comment`: what was asked of the speaker, not said (the newsroom's formula). */
const REQUEST_FOR_COMMENT = /^(?:an?|the|our|repeated|multiple|several|written|emailed)?\s*(?:requests?|queries|query|inquiries|inquiry|questions?)\s+(?:for|seeking)\s+(?:comment|a comment|reaction|response)\b/i;

/**
 * Whether reported speech holds its own passive cue (`The official added that Burns was expected in
 * Cairo` read as a statement "expected" whose content is the whole clause around it): a
 * passive or adjectival use the span picker could not place, not a statement.
 */
function cueInsideContent(view: DocView, c: Candidate): boolean {
  if (c.cue === null || c.kind !== 'indirect' || !BE_FORMS.has(view.lower(c.cue.first - 1))) return false;
  return view.tokens[c.cue.first]!.start >= c.start && view.tokens[c.cue.last]!.end <= c.end;
}

/**
 * Whether a candidate's content is the agent of its passive cue (`The document, seen by
 * Reuters, calls …` read as Reuters "seen"; `Ryabkov, quoted by TASS, said …`): the cue is
 * followed by `by` and the content starts at it or right after it. A participle describing a noun,
 * not a statement.
 */
function agentAsContent(view: DocView, c: Candidate): boolean {
  if (c.cue === null || c.kind === 'direct') return false;
  const by = c.cue.last + 1;
  // the content may open with the `by` itself (`by the state news agency TASS, said …`)
  return view.lower(by) === 'by' && view.tokens[by + 1] !== undefined && (view.tokens[by + 1]!.start === c.start || view.tokens[by]!.start === c.start);
}

/** `T` with its fields writable, for a record built in steps before it is frozen. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The annotation of one refined candidate, with its speaker classified and resolved. */
function toAnnotation(view: DocView, c: Candidate, marks: readonly QuoteMarks[]): Annotation<QuoteValue> {
  const { text } = view;
  const cueSpan = c.cue === null ? null : { start: view.tokens[c.cue.first]!.start, end: view.tokens[c.cue.last]!.end };
  const speakerSpan = c.source === null ? null : { start: view.tokens[c.source.first]!.start, end: view.tokens[c.source.last]!.end };
  let kind = c.source === null ? null : speakerKind(view, c.source);
  const antecedent = c.source === null || kind === null ? undefined : antecedentOf(view, c.source, kind, c, marks);
  // `A senior official said …. “…,” he said.`: the pronoun stands for the unnamed source
  if (kind === 'pronoun' && antecedent !== undefined && isUnnamedSource(antecedent)) kind = 'anonymous';
  // Built field by field rather than with conditional spreads (which cost more than the
  // rest of this function); the fields keep their order, so the stored JSON is the same.
  const value: Mutable<QuoteValue> = {
    kind: c.kind,
    cue: cueSpan === null ? null : text.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    speakerText: speakerSpan === null ? null : text.slice(speakerSpan.start, speakerSpan.end),
    speakerSpan,
    speakerKind: kind,
  } as Mutable<QuoteValue>;
  if (antecedent) value.antecedent = antecedent;
  if (c.parts && c.parts.length > 1) value.parts = c.parts;
  value.evidence = evidenceOf(c, view);
  return annotate('quote', text, c.start, c.end, Object.freeze(value as QuoteValue), c.via);
}

/**
 * Finds the quotes of a plain text (segmented here; `mentions` stand in for the ner layer);
 * `options.model: null` runs the rule passes alone.
 */
export function quotesOfText(text: string, mentions: readonly Annotation<{ readonly type: string }>[] = [], options: FindOptions = {}): Annotation<QuoteValue>[] {
  return findQuotes(viewOfText(text, mentions), undefined, options);
}

/** The `quotes` stage: direct, indirect and mixed attributions with their speakers. */
export const quotesStage: Stage = {
  name: 'quotes',
  description: 'Finds direct, indirect and mixed quotes with their cue and speaker, and resolves pronoun and description speakers.',
  requires: ['token', 'sentence', 'paragraph'],
  produces: ['quote'],
  run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput {
    const view = new DocView({
      text: doc.text,
      tokens: layers.get<{ readonly kind: TokenKind }>('token'),
      sentences: layers.get('sentence'),
      paragraphs: layers.get('paragraph'),
      mentions: layers.has('ner') ? layers.get<{ readonly type: string }>('ner') : [],
      linked: layers.has('mention') ? layers.get<{ readonly type: string }>('mention') : [],
    });
    const notes: string[] = [];
    const quote = findQuotes(view, ctx.config.debug ? (l) => notes.push(l) : undefined);
    ctx.debug(() => `quotes: ${doc.id} ${quote.length} quotes${notes.map((n) => `\n  ${n}`).join('')}${quote.map((q) => `\n  ${q.source} ${q.value.kind} ${JSON.stringify(q.value.speakerText)} ${q.value.cue}: ${JSON.stringify(q.text.slice(0, 80))}`).join('')}`);
    return { quote };
  },
};
