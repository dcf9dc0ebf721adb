/**
 * @module stages/entities/ner/known-names — curated names (the knowledge base's) for the tagger.
 *
 * `withKnownNames` adds them to the model's gazetteer (the tagger then treats them as it
 * treats names seen in training); `knownNameTypes` maps each name that names one type
 * only to that type, for the `known-name-type` refiner.
 */
import { tokenize } from '../../sentences/index.js';
import { NerModel } from './model.js';
import type { MentionType } from './refiners.js';
import { NER_TYPES, type NerType } from './tags.js';
import { normalizeToken, wordInfo } from './word.js';

/** A known name (from the knowledge base, say) and the type of what it names. */
export interface KnownName {
  readonly text: string;
  readonly type: MentionType;
}

const NER_TYPE_OF: Readonly<Record<MentionType, NerType>> = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC', misc: 'MISC' };

/**
 * The model with `names` added to its gazetteer (tokenized with Parley's tokenizer):
 * the tagger then treats them as it treats names seen in training. For the knowledge
 * base's names and aliases; the weights are shared, not copied.
 */
export function withKnownNames(model: NerModel, names: Iterable<KnownName>): NerModel {
  const list = [...names];
  // each name is tokenized as its range of one joined text (the same tokens): the names' own
  // strings (interned, or views of longer ones) were string kinds the documents never are, and
  // once the tokenizer's string reads had met more than four kinds V8 made every read in every
  // later document a generic call (2 % of the stage's instructions)
  const joined = list.map((n) => n.text).join('\n');
  let at = 0;
  const phrases = list.map((n) => {
    const start = at;
    at += n.text.length + 1;
    return { words: tokenize(joined, start, start + n.text.length).map((t) => wordInfo(t.text)), type: NER_TYPES.indexOf(NER_TYPE_OF[n.type]) };
  });
  return new NerModel(model.meta, model.rows, model.gazetteer.extend(phrases));
}

/** Curated names by lower-cased text, for names that name one type only (the `known-name-type` refiner). */
export function knownNameTypes(names: Iterable<KnownName>): Map<string, MentionType> {
  const types = new Map<string, MentionType | null>();
  for (const n of names) {
    const key = normalizeToken(n.text).toLowerCase();
    const seen = types.get(key);
    types.set(key, seen === undefined || seen === n.type ? n.type : null);
  }
  const out = new Map<string, MentionType>();
  for (const [k, t] of types) if (t !== null) out.set(k, t);
  return out;
}

