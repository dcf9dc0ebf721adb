#!/usr/bin/env node
/**
 * @module cli/main — the `parley` executable: parses argv and dispatches to a command.
 *
 * Errors: a ParleyError prints one line `parley: CODE: where: what` and exits with the
 * code from the error registry; anything else is a bug and exits 70 with the stack.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ParleyError } from '../errors.js';
import type { CliIo, Command } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { reanalyzeCommand } from './commands/reanalyze.js';
import { entitiesCommand } from './commands/entities.js';
import { annotateCommand } from './commands/annotate.js';
import { conflictsCommand } from './commands/conflicts.js';
import { docCommand } from './commands/doc.js';
import { exportCommand } from './commands/export.js';
import { quotesCommand } from './commands/quotes.js';
import { statusCommand } from './commands/status.js';
import { timelineCommand } from './commands/timeline.js';
import { isMainModule } from '../util/paths.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, reanalyzeCommand, annotateCommand, exportCommand, entitiesCommand, docCommand, statusCommand, conflictsCommand, timelineCommand, quotesCommand];

/** The package version. */
export function version(): string {
  const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** Top-level help text. */
export function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `parley ${version()}: a sourced, dated record of a negotiation from news reports

Usage: parley <command> [options] [paths…]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options for every command:
  --db FILE       the store (default ./parley.db; env PARLEY_DB)
  --config FILE   settings file (default ./parley.config.json when present)
  --debug         explain what each stage decided, on stderr
  -h, --help      this text; \`parley help <command>\` for one command
  -v, --version   the version

Exit codes: 0 ok; 2 usage; 3 some inputs could not be read (the rest were);
4 some documents had a failed stage (they were stored); 5 store error;
6 knowledge base invalid; 70 internal error; 130 interrupted (completed documents kept).
`;
}

/** Runs the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') { io.stdout.write(help()); return first === undefined ? 2 : 0; }
  if (first === '-v' || first === '--version') { io.stdout.write(`${version()}\n`); return 0; }
  if (first === 'help') {
    const cmd = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout.write(cmd ? `${cmd.usage}\n` : help());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === first);
  try {
    if (!cmd) throw new ParleyError('USAGE', first, `unknown command; try one of: ${COMMANDS.map((c) => c.name).join(', ')}`);
    if (rest.includes('-h') || rest.includes('--help')) { io.stdout.write(`${cmd.usage}\n`); return 0; }
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: cmd.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new ParleyError('USAGE', cmd.name, (err as Error).message);
    }
    return await cmd.run(parsed.values as Record<string, string | boolean | string[] | undefined>, parsed.positionals, io);
  } catch (err) {
    if (err instanceof ParleyError) {
      io.stderr.write(`parley: ${err.message}\n`);
      if (err.code === 'USAGE') io.stderr.write(`Run \`parley ${cmd ? `help ${cmd.name}` : '--help'}\` for usage.\n`);
      return err.exitCode;
    }
    io.stderr.write(`parley: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    return 70;
  }
}

if (isMainModule(import.meta.url)) {
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\nparley: interrupted; finishing the current document and keeping what is complete (Ctrl-C again to quit now)\n');
    controller.abort();
  });
  process.on('SIGTERM', () => controller.abort());
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); });
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, signal: controller.signal, env: process.env });
  process.exitCode = code;
}
