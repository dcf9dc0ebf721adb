/**
 * @module stages/events/testing — one-line helpers for the events tests.
 *
 * `findEventsIn` runs the default pipeline up to the events stage on a text with an
 * explicit publication day (as a metadata date), so the tests read exactly what the
 * stage produces in a real run. `expectEvents` compares the events, in text order, with
 * `[type, modality, date value | null, quantity value | null, agent names?]` tuples.
 */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../config.js';
import { prepare } from '../../ingest/index.js';
import type { Annotation } from '../../pipeline/annotation.js';
import { createContext } from '../../pipeline/context.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { analyzeDocument, buildPipeline, type Pipeline } from '../../pipeline/pipeline.js';
import type { MentionValue } from '../entities/link/index.js';
import type { EventValue } from './types.js';

let pipeline: Pipeline | null = null;

/** The default pipeline's stages up to and including `events`. */
function eventsPipeline(): Pipeline {
  if (pipeline) return pipeline;
  const stages = defaultPipeline().stages;
  const upTo = stages.findIndex((s) => s.name === 'events');
  pipeline = buildPipeline(stages.slice(0, upTo + 1));
  return pipeline;
}

const ctx = createContext(resolveConfig({ db: ':memory:' }, {}, null), () => {});

/** What `findEventsIn` returns: the events, the linked mentions and the document they were read from. */
export interface FoundEvents {
  readonly id: string;
  readonly text: string;
  readonly events: Annotation<EventValue>[];
  readonly mentions: Annotation<MentionValue>[];
  /** The name of a mention cluster key. */
  name(key: string): string;
}

/** The events of `text` published on `publishedDay` (null: no date), with the names of their clusters. */
export function findEventsIn(text: string, publishedDay: string | null): FoundEvents {
  const doc = prepare({
    source: 'test.txt', format: 'text', text,
    meta: { title: null, outlet: null, byline: null, url: null, published: publishedDay === null ? null : { raw: publishedDay, method: 'metadata', from: 'test' } },
  });
  const analysis = analyzeDocument(eventsPipeline(), ctx, doc);
  const failed = analysis.status.find((s) => s.status === 'error');
  if (failed) throw new Error(`stage ${failed.stage} failed: ${failed.reason}`);
  const mentions = [...((analysis.layers.get('mention') ?? []) as Annotation<MentionValue>[])];
  const names = new Map<string, string>();
  for (const m of mentions) names.set(m.value.key, m.value.name);
  // demonym references name countries the text may never name ("Qatari mediators")
  for (const r of (analysis.layers.get('reference') ?? []) as Annotation<MentionValue>[]) if (!names.has(r.value.key)) names.set(r.value.key, r.value.name);
  return { id: doc.id, text: doc.text, events: [...((analysis.layers.get('event') ?? []) as Annotation<EventValue>[])], mentions, name: (k) => names.get(k) ?? k };
}

/** `[type, modality, date value or null, quantity value or null, agent names (optional)]`. */
export type ExpectedEvent = readonly [string, string, string | null, number | null, (readonly string[])?];

/** The events of `text` (published on `publishedDay`) are exactly `expected`, in text order. */
export function expectEvents(text: string, publishedDay: string | null, expected: readonly ExpectedEvent[]): void {
  const { events, name } = findEventsIn(text, publishedDay);
  const actual = events.map((e) => {
    const v = e.value;
    const row: (string | number | null | string[])[] = [v.type, v.modality, v.date.value, v.quantity?.value ?? null];
    return row;
  });
  const want = expected.map((x) => [x[0], x[1], x[2], x[3]]);
  assert.deepEqual(actual, want, `${text}\n  got: ${JSON.stringify(events.map((e) => `${e.value.type} ${e.value.modality} ${e.value.date.value} "${e.value.trigger.text}" (${e.source}, ${e.value.modalityCue ?? 'no cue'})`))}`);
  expected.forEach((x, i) => {
    if (x[4] === undefined) return;
    assert.deepEqual(events[i]!.value.agent.map(name), [...x[4]], `agents of ${x[0]} in: ${text}`);
  });
}
