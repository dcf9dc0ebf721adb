/**
 * @module stages/entities/ner — named-entity mentions: persons, organizations, places, groups.
 *
 * Passes (README.md): 1. the averaged-perceptron tagger proposes BILOU spans over each
 * sentence's tokens (CoNLL types PER, ORG, LOC, MISC); 2. the news-form refiners
 * (refiners.ts) trim possessives, join Arabic name particles, strip titles (kept as a
 * `title` layer), turn demonyms into groups, drop photo credits, add the dateline's
 * place and remove overlaps. The model (data/models/ner.bin) is loaded on first use,
 * once per process or worker.
 */
import { annotate, type Annotation } from '../../../pipeline/annotation.js';
import type { RunContext } from '../../../pipeline/context.js';
import type { SourceDocument } from '../../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../../pipeline/stage.js';
import { shareTokenNumbering } from '../../../util/token-numbering.js';
import { segment, toAnnotations } from '../../sentences/index.js';
import { kbResources, type NerResources } from './kb.js';
import { loadModel, type NerModel } from './model.js';
import { refine, type Mention, type MentionType, type RefineInput, type RefineToken } from './refiners.js';
import type { NerType } from './tags.js';
import { sentenceRanges, tagDeferred, typesOf } from './tagger.js';

export { kbNames, kbResources, type NerResources } from './kb.js';
export { knownNameTypes, withKnownNames, type KnownName } from './known-names.js';
export { loadModel, type NerModel } from './model.js';
export { REFINERS, type Mention, type MentionType } from './refiners.js';

/** Value of a `ner` annotation. */
export interface NerValue {
  readonly type: MentionType;
  /**
   * The tagger's mean token confidence (0–1), rounded to three decimals; 1 for rule-made
   * mentions. For the tagger's mentions it is an accessor that runs forward-backward for
   * the document when first read (any of the document's scores): `analyze` stores no `ner`
   * layer and the stages after read spans and types only, so it never pays for them.
   * Reading it, serializing it (`JSON.stringify`) or copying it gives the number.
   */
  readonly score: number;
}

/** Where a deferred score comes from, kept on its value under {@link DEFERRED}. */
interface DeferredScore {
  readonly tagged: { score(span: number): number };
  readonly span: number;
  known: number | undefined;
}

/** The key of a deferred value's {@link DeferredScore} (not enumerable: not serialized, not copied). */
const DEFERRED = Symbol('ner/deferred-score');

/** The `score` getter of every deferred value: one function for all, see {@link deferredValue}. */
function deferredScore(this: { readonly [DEFERRED]: DeferredScore }): number {
  const d = this[DEFERRED];
  return (d.known ??= Math.round(d.tagged.score(d.span) * 1000) / 1000);
}

/** The `score` property of every deferred value: an enumerable accessor, as an object literal's getter is. */
const SCORE_PROPERTY: PropertyDescriptor = { get: deferredScore, enumerable: true, configurable: true };

/**
 * A `ner` value whose score, that of span `span` of the tagger's result, is worked out (once)
 * when first read. Every such value has the same getter function: an object literal's
 * `get score()` would make a new one per value, which puts each value in V8's slow
 * dictionary mode (every later stage reading `value.type` then pays a hash look-up) and
 * costs a closure and its context per mention.
 */
function deferredValue(type: MentionType, tagged: DeferredScore['tagged'], span: number): NerValue {
  const value = { type } as { type: MentionType; score: number };
  Object.defineProperty(value, 'score', SCORE_PROPERTY);
  Object.defineProperty(value, DEFERRED, { value: { tagged, span, known: undefined } satisfies DeferredScore });
  return value;
}

/** Value of a `title` annotation: the title of the person named right after it. */
export interface TitleValue {
  readonly person: string;
  readonly personStart: number;
  readonly personEnd: number;
}

/** CoNLL type → mention type. */
const TYPE_OF: Readonly<Record<NerType, MentionType>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/** What recognition found in one text. */
export interface Recognized {
  readonly ner: Annotation<NerValue>[];
  readonly title: Annotation<TitleValue>[];
  /** What the refiners did, for debug output. */
  readonly notes: readonly string[];
}

/** Tags and refines the mentions of a text already cut into tokens and sentences. */
export function recognize(
  model: NerModel,
  text: string,
  tokens: readonly RefineToken[],
  sentences: readonly { readonly start: number; readonly end: number }[],
  dateline: RefineInput['dateline'],
  known: ReadonlyMap<string, MentionType> = new Map(),
): Recognized {
  const types = typesOf(model, tokens);
  const table = model.types;
  // the later stages read the tokens' numbers instead of hashing their texts again
  const numbering = { types, count: table.count, generation: table.generation };
  shareTokenNumbering(tokens, numbering);
  const tagged = tagDeferred(model, sentenceRanges(tokens, sentences), types);
  const proposed: Mention[] = tagged.spans.map((s, i) => ({ start: s.start, end: s.end, type: TYPE_OF[s.type], score: NaN, source: 'ner/perceptron', tagged: i }));
  const { mentions, log } = refine(proposed, { text, tokens, dateline, known, lowerOf: (i) => table.lowerText(types[i]!), numbering });
  const at = (m: { start: number; end: number }): [number, number] => [tokens[m.start]!.start, tokens[m.end - 1]!.end];
  const ner = mentions.map((m) => {
    const span = m.tagged;
    const value = span === undefined ? { type: m.type, score: Math.round(m.score * 1000) / 1000 } : deferredValue(m.type, tagged, span);
    return annotate<NerValue>('ner', text, tokens[m.start]!.start, tokens[m.end - 1]!.end, value, m.source);
  });
  const title = log.titles.map((t) => {
    const [start, end] = at(t);
    const [personStart, personEnd] = at(t.person);
    return annotate<TitleValue>('title', text, start, end, { person: text.slice(personStart, personEnd), personStart, personEnd }, 'ner/leading-title');
  });
  return { ner, title, notes: log.notes };
}

/** Segments `text` with the sentences stage and recognizes its mentions (tests, tools). */
export function recognizeText(text: string, model: NerModel = loadModel(), known?: ReadonlyMap<string, MentionType>): Recognized {
  const layers = toAnnotations(segment(text));
  const dl = layers['dateline']![0] as Annotation<{ readonly place: string }> | undefined;
  return recognize(model, text, layers['token']!, layers['sentence']!, dl ? { start: dl.start, end: dl.end, place: dl.value.place } : null, known);
}

/**
 * Builds the stage around what it runs with, resolved per document from the run's
 * configuration (cache inside `resolve`). The default is the shipped model with the
 * knowledge base's names (data/kb plus `kbDirs`).
 */
export function createNerStage(resolve: (ctx: RunContext) => NerResources = (ctx) => kbResources(ctx.config.kbDirs, ctx.config.sourceDirs)): Stage {
  return {
    name: 'ner',
    description: 'Finds mentions of persons, organizations, places and groups with a trained tagger, the knowledge base and news-form rules.',
    requires: ['sentence', 'token'],
    produces: ['ner', 'title'],
    run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput {
      const { model, known } = resolve(ctx);
      const dl = layers.has('dateline') ? layers.get<{ readonly place: string }>('dateline')[0] : undefined;
      const found = recognize(model, doc.text, layers.get('token'), layers.get('sentence'), dl ? { start: dl.start, end: dl.end, place: dl.value.place } : null, known);
      ctx.debug(() => `ner: ${doc.id} ${found.ner.length} mentions, ${found.title.length} titles${found.notes.map((n) => `\n  ${n}`).join('')}`);
      return { ner: found.ner, title: found.title };
    },
  };
}

/** The `ner` stage with the shipped model and the knowledge base. */
export const nerStage: Stage = createNerStage();
