/**
 * @module cli/commands/export — `parley export`: the parley-export/1 contract from the store.
 */
import fs from 'node:fs';
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { writeExport } from '../../export/export.js';
import { openStore } from '../../store/index.js';
import { STORE_OPTIONS, type Command } from '../command.js';
import { bufferedWriter } from '../output.js';

const FORMATS = ['json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** Checks a `--format` value (default json). */
export function parseExportFormat(v: unknown): Format {
  if (v === undefined) return 'json';
  if (typeof v === 'string' && (FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new ParleyError('USAGE', '--format', `expected ${FORMATS.join(' or ')}, got "${String(v)}"`);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write everything the store knows as parley-export/1 (json or jsonl)',
  usage: `parley export [--db FILE] [--format json|jsonl] [--out FILE]

json: the single contract object of ../shared/spec/EXPORT.md.
jsonl: one JSON object per line, for large stores: a header line
  {"section":"header","format":"parley-export/1","generatedAt":…}
  then {"section":"documents","item":{…}} and so on, section by section.`,
  options: { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run(values, _positionals, io) {
    const format = parseExportFormat(values['format']);
    const config = resolveConfig({ db: values['db'] as string | undefined, debug: values['debug'] as boolean | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    if (config.db !== ':memory:' && !fs.existsSync(config.db)) throw new ParleyError('STORE_OPEN_FAILED', config.db, 'no such store; run `parley analyze` first');
    const store = openStore(config.db);
    try {
      const file = values['out'] as string | undefined;
      if (file) {
        const fd = fs.openSync(file, 'w');
        try {
          await writeExport(store, format, (c) => { fs.writeSync(fd, c); });
        } finally {
          fs.closeSync(fd);
        }
      } else {
        const out = bufferedWriter(io.stdout);
        await writeExport(store, format, (c) => out.write(c));
        await out.end();
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
