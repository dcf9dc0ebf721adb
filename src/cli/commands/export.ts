/**
 * @module cli/commands/export — `parley export`: the parley-export/1 contract from the store.
 */
import fs from 'node:fs';
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { writeCsv } from '../../export/csv.js';
import { writeExport } from '../../export/export.js';
import { writeMarkdown } from '../../export/markdown.js';
import { writeTimelineJs } from '../../export/timelinejs.js';
import { STORE_OPTIONS, existingStore, type Command } from '../command.js';
import { bufferedWriter } from '../output.js';

const FORMATS = ['json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** Formats only `parley export` writes: views of the corpus rather than the contract. */
const VIEW_FORMATS = ['timelinejs', 'markdown', 'csv'] as const;
type ViewFormat = (typeof VIEW_FORMATS)[number];

/** Checks `parley export`'s `--format` value: the contract's formats or a view (default json). */
export function parseExportCommandFormat(v: unknown): Format | ViewFormat {
  if (typeof v === 'string' && (VIEW_FORMATS as readonly string[]).includes(v)) return v as ViewFormat;
  if (v === undefined || (typeof v === 'string' && (FORMATS as readonly string[]).includes(v))) return parseExportFormat(v);
  throw new ParleyError('USAGE', '--format', `expected ${[...FORMATS, ...VIEW_FORMATS].join(', ')}, got "${String(v)}"`);
}

/** Writes the store in `format` through `write`. */
async function writeFormat(store: Parameters<typeof writeExport>[0], format: Format | ViewFormat, write: (chunk: string) => void | Promise<void>, kbDirs: readonly string[]): Promise<void> {
  if (format === 'timelinejs') await writeTimelineJs(store, write, kbDirs);
  else if (format === 'markdown') await writeMarkdown(store, write, undefined, kbDirs);
  else if (format === 'csv') await writeCsv(store, write);
  else await writeExport(store, format, write, undefined, kbDirs);
}

/** Checks a `--format` value (default json). */
export function parseExportFormat(v: unknown): Format {
  if (v === undefined) return 'json';
  if (typeof v === 'string' && (FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new ParleyError('USAGE', '--format', `expected ${FORMATS.join(' or ')}, got "${String(v)}"`);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write everything the store knows as parley-export/1 (json or jsonl), a timeline or a briefing',
  usage: `parley export [--db FILE] [--format json|jsonl|timelinejs|markdown|csv] [--out FILE]

json: the single contract object of ../shared/spec/EXPORT.md.
jsonl: one JSON object per line, for large stores: a header line
  {"section":"header","format":"parley-export/1","generatedAt":…}
  then {"section":"documents","item":{…}} and so on, section by section.
timelinejs: a Knight Lab TimelineJS3 JSON file: dated events (group = type), status
  changes and status eras.
markdown: a dated briefing: where things stand, the status timeline, events by date,
  proposals and stances, conflicts, with footnoted evidence quotes and their documents.
csv: the merged events, one per row (RFC 4180): date, precision, type, subtype,
  modality, agent, target, mediator, location, quantity, sources, corroboration, evidence.`,
  options: { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run(values, _positionals, io) {
    const format = parseExportCommandFormat(values['format']);
    const config = resolveConfig({ db: values['db'] as string | undefined, debug: values['debug'] as boolean | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    const store = existingStore(config.db);
    try {
      const file = values['out'] as string | undefined;
      if (file) {
        const fd = fs.openSync(file, 'w');
        try {
          await writeFormat(store, format, (c) => { fs.writeSync(fd, c); }, config.kbDirs);
        } finally {
          fs.closeSync(fd);
        }
      } else {
        const out = bufferedWriter(io.stdout);
        await writeFormat(store, format, (c) => out.write(c), config.kbDirs);
        await out.end();
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
