/**
 * @module cli/commands/annotate — `parley annotate PATHS…`: the pipeline in memory, export to stdout.
 */
import { analyzePaths } from '../../analyze.js';
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { writeExport } from '../../export/export.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import type { Command } from '../command.js';
import { bufferedWriter } from '../output.js';
import { exitCode } from './analyze.js';
import { parseExportFormat } from './export.js';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'analyze articles in memory and print the export (stores nothing)',
  usage: `parley annotate [--format json|jsonl] PATHS…

Runs the same pipeline as analyze on the inputs, keeps everything in memory and
prints the parley-export/1 contract for just those inputs on stdout. Problems go
to stderr. Benchmarks and evaluation scripts use it.`,
  options: { format: { type: 'string' }, config: { type: 'string' }, debug: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new ParleyError('USAGE', 'annotate', 'give at least one path: a file, a folder or -');
    const format = parseExportFormat(values['format']);
    const config = resolveConfig({ debug: values['debug'] as boolean | undefined, db: ':memory:' }, io.env, (values['config'] as string | undefined) ?? null);
    const store = new MemoryStore();
    const summary = await analyzePaths(positionals, {
      config, store, command: 'annotate', signal: io.signal, stdin: io.stdin,
      onProblem: (p) => io.stderr.write(`parley: ${p.message}\n`),
    });
    const out = bufferedWriter(io.stdout);
    await writeExport(store, format, (c) => out.write(c), undefined, config.kbDirs);
    await out.end();
    // Bad inputs and failed stages are reported (stderr, export `stages[]`); the export of
    // the rest is still a success for the scripts that pipe it, unless nothing was read.
    if (summary.interrupted) return exitCode(summary);
    return summary.documents === 0 && summary.failed > 0 ? 3 : 0;
  },
};
