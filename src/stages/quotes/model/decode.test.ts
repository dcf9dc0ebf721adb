/**
 * @module stages/quotes/model/decode.test — the cue tagger and the span picker learn a toy
 * attribution corpus written here, and decode unseen sentences of the same forms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AveragedPerceptron, FloatScorer } from '../../entities/ner/perceptron.js';
import { TAG_B, TAG_I, TAG_O, cuesOfTags, pickSpans, tagCues } from './decode.js';
import type { GoldDocument } from './polnear.js';
import { anchorOf, anchorWords, prepare } from './train.js';
import { CUE_CLASSES, SPAN_CLASSES } from './weights.js';

/** A document of one sentence with one attribution: `[source, cue, content]` found in the text. */
function doc(text: string, source: string, cue: string, content: string): GoldDocument {
  const span = (s: string): { start: number; end: number } => {
    const start = text.indexOf(s);
    assert.ok(start >= 0, s);
    return { start, end: start + s.length };
  };
  return { name: text, text, attributions: [{ source: span(source), cue: span(cue), content: span(content) }] };
}

const NAMES = ['Maria Lopez', 'The ministry', 'Chen', 'The union', 'Officials', 'Anna Berg', 'The mayor', 'Ruiz'];
const CLAUSES = ['the bridge would reopen in May', 'the strike was over', 'taxes would rise next year', 'the vote was fair', 'the border stayed closed'];
const VERBS = ['said', 'argued', 'insisted', 'warned'];

function corpus(): GoldDocument[] {
  const out: GoldDocument[] = [];
  NAMES.forEach((name, i) => {
    CLAUSES.forEach((clause, j) => {
      const verb = VERBS[(i + j) % VERBS.length]!;
      out.push((i + j) % 2 === 0
        ? doc(`${name} ${verb} that ${clause}.`, name, verb, `that ${clause}`)
        : doc(`${clause[0]!.toUpperCase()}${clause.slice(1)}, ${name} ${verb}.`, name, verb, `${clause[0]!.toUpperCase()}${clause.slice(1)}`));
    });
  });
  return out;
}

test('cue runs: B I* spans', () => {
  assert.deepEqual(cuesOfTags(Uint8Array.of(TAG_O, TAG_B, TAG_I, TAG_O, TAG_B, TAG_B)), [{ first: 1, last: 2 }, { first: 4, last: 4 }, { first: 5, last: 5 }]);
});

test('a gold cue is anchored on its lexicon word, else its first word that is no auxiliary', () => {
  const d = prepare(doc('Ruiz has long insisted that the vote was fair.', 'Ruiz', 'has long insisted', 'that the vote was fair'));
  assert.equal(d.view.tokens[d.cues[0]!.cue.first]!.text, 'insisted');
  assert.equal(d.view.tokens[anchorOf(d.table, 1, 1)]!.text, 'has');
});

test('trained on a toy corpus, the decoders read unseen sentences of the same forms', () => {
  const train = corpus().map(prepare);
  const anchors = anchorWords(train);
  const cueP = new AveragedPerceptron(12, CUE_CLASSES);
  const spanP = new AveragedPerceptron(12, SPAN_CLASSES);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const d of train) {
      tagCues(d.table, cueP, 0, 0, anchors, { gold: d.tags, perceptron: cueP });
      for (const c of d.cues) pickSpans(d.table, c.cue, spanP, { gold: c.spans, perceptron: spanP });
    }
  }
  const cue = new FloatScorer(cueP.averaged(), 12, CUE_CLASSES);
  const span = new FloatScorer(spanP.averaged(), 12, SPAN_CLASSES);
  const read = (text: string): string[] => {
    const d = prepare({ name: text, text, attributions: [] });
    return cuesOfTags(tagCues(d.table, cue, 0, 0, anchors)).map((c) => {
      const p = pickSpans(d.table, c, span)!;
      return `${d.view.slice(p.sourceFirst, p.sourceLast)} | ${d.view.slice(c.first, c.last)} | ${d.view.slice(p.contentFirst, p.contentLast)}`;
    });
  };
  assert.deepEqual(read('Anna Berg warned that the strike was over.'), ['Anna Berg | warned | that the strike was over']);
  assert.deepEqual(read('The bridge would reopen in May, Chen said.'), ['Chen | said | The bridge would reopen in May']);
  assert.deepEqual(read('The strike was over by noon.'), []);
});
