/**
 * @module stages/quotes/model/missed — what the quotes stage misses on PolNeAR train, by kind of cue.
 *
 * `node dist/src/stages/quotes/model/missed.js [--hold N | --hold-every K] [--model FILE] [--top N]`
 *
 * By default it trains a model on PolNeAR train without its last `N` documents (150, as
 * `train.js --hold` does; tuned on dev as training always is) and runs `findQuotes` with it
 * over the held-out documents, so the figures are the model's on text it never saw; with
 * `--model FILE` it uses that file over every training document instead (the shipped model
 * has seen them: a fit, not a measure). Every gold attribution falls in one class:
 *
 * - `attributed`: a prediction covers half of its content and each other, and its speaker
 *   span overlaps the gold source;
 * - `source lost`: the content matches, the source does not (grouped by the gold source's
 *   shape and what was predicted);
 * - `cue found, content wrong`: a prediction's cue overlaps the gold cue, no content matches;
 * - `no cue`: nothing was predicted on the gold cue — grouped by the cue's anchor word
 *   (train.ts `anchorOf`), whether the lexicon has it, whether the rules read a cue there,
 *   and the construction around it (nominal, passive, relative clause, tag after the content,
 *   `according to`, inside quotation marks, …).
 *
 * It also prints the predictions that match no gold content, by provenance and cue word (the
 * precision side). Read-only: it writes nothing. Never run it on a test split.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainModule } from '../../../util/paths.js';
import type { Span } from '../../../pipeline/annotation.js';
import { findQuotes } from '../index.js';
import { BE_FORMS, SUBJECT_PRONOUNS } from '../lexicon.js';
import { readSplit } from './polnear.js';
import { TRAIN_DEFAULTS, anchorOf, prepare, splitHeld, trainModel, type PreparedDoc } from './train.js';
import { tagCues } from './decode.js';
import { DEFAULT_COMBINE, combineCandidates } from './combine.js';
import { proposeByModel } from './propose.js';
import type { Candidate } from '../types.js';
import { tokenTable } from './features.js';
import { loadAttributionModel, type AttributionModel } from './weights.js';

const half = (a: Span, b: Span): boolean => {
  const o = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return o >= 0.5 * (a.end - a.start) && o >= 0.5 * (b.end - b.start);
};
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', "'s", '’s', 'of', 'no', 'any', 'some']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** A counter of keys, printed most frequent first. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  print(title: string, top: number, total?: number): void {
    const rows = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const sum = total ?? rows.reduce((s, r) => s + r[1], 0);
    process.stdout.write(`\n${title} (${sum})\n`);
    for (const [k, n] of rows.slice(0, top)) process.stdout.write(`  ${String(n).padStart(5)} ${((100 * n) / Math.max(1, sum)).toFixed(1).padStart(5)} %  ${k}\n`);
  }
}

/** The construction around a gold cue anchor (one label, the first that fits). */
function construction(d: PreparedDoc, anchor: number, cue: Span, content: Span): string {
  const v = d.view;
  const text = d.gold.text.slice(cue.start, cue.end).toLowerCase();
  const prev = v.lower(anchor - 1);
  const word = v.lower(anchor);
  if (d.table.quoted[anchor] === 1) return 'inside quotation marks';
  if (text.includes('according')) return 'according to';
  if (/^[^a-z]*$/.test(text)) return `punctuation cue ${JSON.stringify(text)}`;
  if (RELATIVES.has(prev)) return 'relative clause (who said)';
  if (BE_FORMS.has(prev) && /(ed|en|wn)$/.test(word)) return 'passive (was quoted, is expected)';
  if (DETERMINERS.has(prev)) return 'nominal (after determiner/possessive/of)';
  if (v.lower(anchor - 1) === 'in' || v.lower(anchor - 2) === 'in') return 'in a statement/interview';
  if (content.end <= cue.start) return 'tag after the content';
  if (word.endsWith('ing')) return '-ing form';
  if (SUBJECT_PRONOUNS.has(prev)) return 'after subject pronoun';
  if (v.capitalized(anchor) && anchor === v.sentenceAt(anchor)?.first) return 'sentence-initial';
  return 'verb-like, content after';
}

/** The shape of a gold source span. */
function sourceShape(text: string): string {
  const t = text.trim().toLowerCase();
  if (/^(he|she|they|it|i|we|you|who|which|that)$/.test(t)) return `pronoun ${t}`;
  if (/^(his|her|their|its)\b/.test(t)) return 'possessive description';
  if (/^(the|a|an|some|many|most|several|two|three)\b/.test(t)) return 'description';
  if (/^[A-Z]/.test(text.trim())) return 'name';
  return 'other';
}

/** What `analyse` counted: the benchmark's counts and the tallies of each class. */
export interface MissedReport {
  readonly documents: number;
  gold: number;
  predicted: number;
  content: number;
  attributed: number;
  readonly tallies: ReadonlyMap<string, Tally>;
}

/**
 * Runs `findQuotes` with `model` over `docs` and sorts every gold attribution into its class
 * (see the module comment); `dump`, when given, gets one line per missed cue and lost source
 * with its sentence (for reading train, never dev).
 */
export function analyse(docs: readonly PreparedDoc[], model: AttributionModel | null, dump?: string[]): MissedReport {
  const cls = new Tally();
  const noCueWord = new Tally();
  const byCategory = new Tally();
  const lostAfterTag = new Tally();
  const noCueConstruction = new Tally();
  const noCueLexicon = new Tally();
  const cueWrong = new Tally();
  const sourceLost = new Tally();
  const unmatched = new Tally();
  const unmatchedCue = new Tally();
  let gold = 0;
  let predicted = 0;
  let content = 0;
  let attributed = 0;
  for (const d of docs) {
    const quotes = findQuotes(d.view, undefined, { model });
    const tags = model === null ? null : tagCues(tokenTable(d.view, d.rules), model.cue, model.meta.cueBias, model.meta.ruleCueBias, model.anchors);
    predicted += quotes.length;
    const used = new Set<number>();
    for (const a of d.gold.attributions) {
      gold++;
      const k = quotes.findIndex((q, i) => !used.has(i) && half(q, a.content));
      if (k >= 0) {
        used.add(k);
        content++;
        const q = quotes[k]!.value;
        if (a.source !== null && q.speakerSpan !== null && overlaps(q.speakerSpan, a.source)) {
          attributed++;
          cls.add('attributed');
          continue;
        }
        if (a.source === null) {
          cls.add('content matched, gold has no source');
          continue;
        }
        cls.add('source lost');
        const shape = sourceShape(d.gold.text.slice(a.source.start, a.source.end));
        sourceLost.add(`${shape} | predicted ${q.speakerSpan === null ? 'none' : q.speakerKind ?? '?'}`);
        dump?.push(`source lost | ${shape} | ${quotes[k]!.source} | cue «${q.cue ?? ''}» predicted «${q.speakerText ?? ''}» gold «${d.gold.text.slice(a.source.start, a.source.end)}» || ${d.gold.text.slice(Math.max(0, Math.min(a.source.start, a.content.start) - 40), Math.max(a.source.end, a.content.end) + 20).replace(/\s+/g, ' ')}`);
        continue;
      }
      if (a.cue === null) {
        cls.add('no content match, gold has no cue');
        continue;
      }
      const cue = a.cue;
      if (quotes.some((q) => q.value.cueSpan !== null && overlaps(q.value.cueSpan, cue))) {
        cls.add('cue found, content wrong');
        cueWrong.add(quotes.find((q) => q.value.cueSpan !== null && overlaps(q.value.cueSpan, cue))!.source);
        continue;
      }
      cls.add('no cue');
      const first = d.view.tokenAtOrAfter(cue.start);
      const last = d.view.tokenEndingBy(cue.end);
      if (last < first) {
        noCueWord.add('(cue not on tokens)');
        continue;
      }
      const anchor = anchorOf(d.table, first, last);
      const lex = d.table.lexicon[anchor] !== 0;
      const ruleCue = d.rules.cueAt[anchor] !== undefined;
      noCueWord.add(`${d.view.lower(anchor)}${lex ? '' : ' (not in lexicon)'}`);
      const ruleCand = d.rules.candidates.some((c) => c.cue !== null && c.cue.first <= anchor && anchor <= c.cue.last);
      const scored = d.table.skip[anchor] === 0 && (lex || (model !== null && model.anchors.has(d.table.lower[anchor]!)));
      const category = ruleCue ? `rules read a cue there, ${ruleCand ? 'with a rule candidate (dropped later)' : 'no rule candidate'}` : lex ? 'lexicon form, not read as a cue' : `no lexicon cue read there, ${d.table.skip[anchor] === 1 ? 'function word (never scored)' : scored ? 'an anchor word (tagger said no)' : 'never an anchor in training'}`;
      noCueLexicon.add(category);
      const tagged = tags !== null && tags[anchor] !== 0;
      if (tagged && model !== null) {
        const covers = (c: Candidate): boolean => c.cue !== null && c.cue.first <= anchor && anchor <= c.cue.last;
        const found = proposeByModel(d.view, d.rules, model, true);
        const joined = combineCandidates(d.rules.candidates, found, DEFAULT_COMBINE);
        lostAfterTag.add(!found.some(covers) ? (d.rules.candidates.some(covers) ? 'a rule candidate not indirect' : 'refused or filtered in propose (model/propose.ts)') : !joined.some(covers) ? 'dropped by combine' : 'dropped by findQuotes filters');
      }
      byCategory.add(`${category}${tagged ? ' [tagged]' : ''} :: ${d.view.lower(anchor)}`);
      if (dump !== undefined) {
        const s = d.view.sentenceAt(anchor);
        const sentence = s === undefined ? '' : d.gold.text.slice(d.view.tokens[s.first]!.start, d.view.tokens[s.last]!.end);
        dump.push(`${category}${tagged ? ' [tagged]' : ''} | ${construction(d, anchor, cue, a.content)} | cue «${d.gold.text.slice(cue.start, cue.end)}» content «${d.gold.text.slice(a.content.start, a.content.end).slice(0, 100)}» source «${a.source === null ? '' : d.gold.text.slice(a.source.start, a.source.end)}» || ${sentence.replace(/\s+/g, ' ')}`);
      }
      noCueConstruction.add(construction(d, anchor, cue, a.content));
    }
    quotes.forEach((q, i) => {
      if (used.has(i)) return;
      unmatched.add(q.source);
      unmatchedCue.add((q.value.cue ?? '(none)').toLowerCase());
    });
  }
  const tallies = new Map<string, Tally>([
    ['gold attributions by outcome', cls],
    ['no cue: lexicon and rules at the anchor', noCueLexicon],
    ['no cue: construction', noCueConstruction],
    ['no cue: anchor word', noCueWord],
    ['no cue although the tagger found the anchor: where the reading was lost', lostAfterTag],
    ['no cue: category [tagged: the tagger found the anchor] :: anchor word', byCategory],
    ['cue found, content wrong: provenance of the prediction on the cue', cueWrong],
    ['source lost: gold source shape | predicted speaker kind', sourceLost],
    ['predictions matching no gold content: provenance', unmatched],
    ['predictions matching no gold content: cue', unmatchedCue],
  ]);
  return { documents: docs.length, gold, predicted, content, attributed, tallies };
}

/** Prints a report, `top` rows per tally. */
export function printReport(r: MissedReport, top: number): void {
  const { gold, predicted, content, attributed } = r;
  const pct = (x: number, n: number): string => (n ? (100 * x) / n : 0).toFixed(1);
  process.stdout.write(`documents ${r.documents}, gold ${gold}, predicted ${predicted}\n`);
  process.stdout.write(`content P ${pct(content, predicted)} R ${pct(content, gold)} F1 ${pct(2 * content, predicted + gold)}; attribution P ${pct(attributed, predicted)} R ${pct(attributed, gold)} F1 ${pct(2 * attributed, predicted + gold)}\n`);
  for (const [title, t] of r.tallies) t.print(title, top, title === 'gold attributions by outcome' ? gold : title.startsWith('predictions matching no gold') ? predicted - content : undefined);
}

/** The command. */
export function main(argv: readonly string[]): number {
  const { values } = parseArgs({ args: [...argv], options: { hold: { type: 'string' }, 'hold-every': { type: 'string' }, model: { type: 'string' }, top: { type: 'string' }, dump: { type: 'string' }, train: { type: 'string' }, dev: { type: 'string' } } });
  const every = Number(values['hold-every'] ?? 0);
  const top = Number(values.top ?? 40);
  const all = readSplit(values.train ?? TRAIN_DEFAULTS.train).map(prepare);
  if (values.model !== undefined) {
    // with --hold (--hold-every), the held-out documents only (a model trained with `train.js --hold N` (`--hold-every K`) has not seen them)
    const docs = values.hold === undefined && every === 0 ? all : splitHeld(all, Number(values.hold ?? 0), every).held;
    process.stdout.write(`model ${values.model} over ${values.hold === undefined && every === 0 ? `all ${all.length} training documents (it may have seen them)` : `${docs.length} held-out training documents`}\n`);
    const dump: string[] | undefined = values.dump === undefined ? undefined : [];
    printReport(analyse(docs, loadAttributionModel(values.model), dump), top);
    if (dump !== undefined) fs.writeFileSync(values.dump!, `${dump.join('\n')}\n`);
    return 0;
  }
  const hold = every > 0 ? 0 : Number(values.hold ?? 150);
  const { train, held } = splitHeld(all, hold, every);
  const dev = readSplit(values.dev ?? TRAIN_DEFAULTS.dev).map(prepare);
  const { meta, cue, span, anchors } = trainModel(train, dev, { ...TRAIN_DEFAULTS, hold, holdEvery: every }, () => {});
  process.stdout.write(`model trained on ${train.length} training documents, analysed on the last ${held.length}\n`);
  const dump: string[] | undefined = values.dump === undefined ? undefined : [];
  printReport(analyse(held, { meta, cue, span, anchors }, dump), top);
  if (dump !== undefined) fs.writeFileSync(values.dump!, `${dump.join('\n')}\n`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
