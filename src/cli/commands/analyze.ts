/**
 * @module cli/commands/analyze — `parley analyze PATHS…`: read, analyze, store, summarize.
 */
import { analyzePaths, type AnalyzeSummary } from '../../analyze.js';
import { referenceDay } from '../../pipeline/context.js';
import { ERRORS, ParleyError, type Problem } from '../../errors.js';
import { openStore, type Store } from '../../store/index.js';
import { STORE_OPTIONS, type Command } from '../command.js';
import { renderCorpusFound, renderNewFound } from '../found.js';
import { row } from '../output.js';
import { longRun } from '../progress.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'read articles into the store and print what was found',
  usage: `parley analyze [--db FILE] [--progress auto|always|never] [--quiet] PATHS…

Reads files, folders (recursively) and - (standard input): .txt/.md (optional
key: value header ended by --- or a blank line), .html, RSS/Atom feeds, .json
arrays and .jsonl records. New documents are analyzed and stored; documents already stored are
skipped, so running it twice adds nothing. Bad inputs are reported one per line
on stderr with a stable error code, and the rest of the batch goes on.`,
  options: { ...STORE_OPTIONS, progress: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new ParleyError('USAGE', 'analyze', 'give at least one path: a file, a folder or -');
    const { config, bar } = longRun(values, io);
    const store = openStore(config.db);
    try {
      const summary = await analyzePaths(positionals, {
        config, store, command: 'analyze', signal: io.signal, stdin: io.stdin,
        onProgress: (p) => bar.update(p),
        onProblem: (p) => io.stderr.write(`parley: ${p.message}\n`),
        debugSink: (line) => io.stderr.write(`${line}\n`),
      });
      bar.done();
      if (!values['quiet']) io.stdout.write(await renderSummary(summary, store, config.db, referenceDay(config), config.kbDirs));
      return exitCode(summary);
    } finally {
      await store.close();
    }
  },
};

/** Exit code of a finished run (see README "Exit codes"). */
export function exitCode(s: Pick<AnalyzeSummary, 'interrupted' | 'failed' | 'stageErrors'>): number {
  if (s.interrupted) return ERRORS.INTERRUPTED.exit;
  if (s.failed > 0) return 3;
  if (s.stageErrors > 0) return 4;
  return 0;
}

/** The summary table, with failures grouped by code and a short list of new documents. */
export async function renderSummary(s: AnalyzeSummary, store: Store, db: string, day: string, kbDirs: readonly string[] = []): Promise<string> {
  let out = `\nParley analyze → ${db}${s.interrupted ? '  (INTERRUPTED: completed documents were kept)' : ''}\n`;
  out += row('inputs', s.inputs, s.passedOver ? `(${s.passedOver} other files in folders passed over)` : '');
  out += row('documents read', s.documents);
  out += row('new, stored', s.stored);
  out += row('already stored', s.alreadyStored, s.alreadyStored ? '(same text, same source: skipped)' : '');
  out += row('exact duplicates', s.exactDuplicates, s.exactDuplicates ? '(same text, other source: not stored again)' : '');
  out += row('near duplicates', s.nearDuplicates, s.nearDuplicates ? '(stored, marked duplicateOf)' : '');
  out += row('failed', s.failed, s.failed ? failureNote(s.problems) : '');
  out += row('stage errors', s.stageErrors, s.stageErrors ? '(documents stored; see `parley export` stages[])' : '');
  const rate = s.seconds > 0 ? s.documents / s.seconds : 0;
  out += row('seconds', s.seconds.toFixed(2), `(${rate.toFixed(0)} documents/s)`);
  const stats = await store.stats();
  out += `\nStore now holds ${stats.documents} document(s), ${stats.nearDuplicates} marked as near duplicates.\n`;
  out += await newDocuments(store, s);
  out += renderNewFound(s.found, s.stored);
  if (s.stored > 0) out += await renderCorpusFound(store, stats.documents, day, kbDirs);
  return out;
}

function failureNote(problems: readonly Problem[]): string {
  const byCode = new Map<string, number>();
  for (const p of problems) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
  return `(${[...byCode].map(([c, n]) => `${n} ${c}`).join(', ')}; messages above)`;
}

/** The first new documents of the run: date, id, title or source, quotes and events found, notes. */
async function newDocuments(store: Store, s: AnalyzeSummary): Promise<string> {
  if (s.newIds.length === 0) return '';
  let out = `\nNew documents${s.stored > s.newIds.length ? ` (first ${s.newIds.length} of ${s.stored})` : ''}:\n`;
  for (const id of s.newIds) {
    const d = await store.document(id);
    if (!d) continue;
    const anns = await store.annotations(d.id, ['repeat', 'quote', 'event']);
    const count = (layer: string): number => anns.filter((a) => a.layer === layer).length;
    const reps = count('repeat');
    const found = `${count('quote')} quote(s), ${count('event')} event(s)`;
    const failed = (await store.stageStatus(d.id)).filter((st) => st.status !== 'ok').map((st) => `${st.stage} ${st.status}`);
    const notes = [d.duplicateOf ? `near-duplicate of ${d.duplicateOf}` : '', reps ? `${reps} repeated paragraph(s)` : '', ...failed].filter(Boolean).join('; ');
    const date = d.published.value ?? 'undated';
    out += `  ${date.padEnd(10)}  ${d.id}  ${truncate(d.title ?? d.source, 60)}  (${found})${notes ? `  [${notes}]` : ''}\n`;
  }
  return out;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

