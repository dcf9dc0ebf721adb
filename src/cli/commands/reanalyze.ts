/**
 * @module cli/commands/reanalyze — `parley reanalyze`: analyse every stored document again with this Parley.
 */
import { ParleyError } from '../../errors.js';
import { reanalyzeStore, type ReanalyzeSummary } from '../../reanalyze.js';
import { STORE_OPTIONS, existingStore, type Command } from '../command.js';
import { row } from '../output.js';
import { longRun } from '../progress.js';
import { exitCode } from './analyze.js';

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: 'analyse the stored documents again with this version, knowledge base and lexicons',
  usage: `parley reanalyze [--db FILE] [--restart] [--progress auto|always|never] [--quiet]

Runs the pipeline again over every document in the store and replaces its
publication date, annotations and stage outcomes; texts, sources, ids and
near-duplicate marks stay. \`analyze\` never reads a stored document twice, so
run this after upgrading Parley or editing the knowledge base or lexicons.
Documents are replaced in batches, one transaction each: a crash or Ctrl-C
leaves every document either as it was or fully replaced, and the next
\`parley reanalyze\` goes on from there. --restart starts over instead.`,
  options: { ...STORE_OPTIONS, progress: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, restart: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new ParleyError('USAGE', 'reanalyze', `takes no paths (it reads the store); to add ${positionals[0]} use \`parley analyze\``);
    const { config, bar } = longRun(values, io);
    const store = existingStore(config.db);
    let done = 0;
    let total = 0;
    try {
      const summary = await reanalyzeStore({
        config, store, command: 'reanalyze', signal: io.signal, restart: values['restart'] === true,
        onProgress: (d, t) => { done = d; total = t; bar.update({ inputsDone: d, inputsTotal: t, bytesDone: 0, documents: d }); },
        onProblem: (p) => io.stderr.write(`parley: ${p.message}\n`),
        debugSink: (line) => io.stderr.write(`${line}\n`),
      });
      bar.done();
      if (!values['quiet']) io.stdout.write(renderReanalyzeSummary(summary, config.db));
      return exitCode(summary);
    } catch (err) {
      // a failed batch changed nothing, the batches before it are kept: say how far the store got
      if (total > 0) io.stderr.write(`parley: reanalyze stopped after ${done} of ${total} documents; those keep their new analysis, the rest their old one; run it again to go on from there\n`);
      throw err;
    } finally {
      await store.close();
    }
  },
};

/** The summary table of a reanalysis. */
export function renderReanalyzeSummary(s: ReanalyzeSummary, db: string): string {
  let out = `\nParley reanalyze → ${db}${s.interrupted ? '  (INTERRUPTED: the documents done were kept; run it again to go on)' : ''}\n`;
  if (s.resumed !== null) out += `Resumed the reanalysis started ${s.resumed.startedAt}, cut off after ${s.resumed.done} document(s) (--restart starts over).\n`;
  out += row('documents in store', s.documents);
  out += row('analysed again', s.reanalyzed);
  out += row('failed', s.failed, s.failed ? '(old analysis kept; messages above)' : '');
  out += row('stage errors', s.stageErrors, s.stageErrors ? '(see `parley export` stages[])' : '');
  const rate = s.seconds > 0 ? s.reanalyzed / s.seconds : 0;
  out += row('seconds', s.seconds.toFixed(2), `(${rate.toFixed(0)} documents/s)`);
  return out;
}
