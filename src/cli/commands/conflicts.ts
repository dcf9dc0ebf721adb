/**
 * @module cli/commands/conflicts — `parley conflicts`: reports that contradict each other
 * or themselves, each side with its words and document.
 */
import { resolveConfig } from '../../config.js';
import { findConflicts, type ExportConflict } from '../../corpus/conflicts.js';
import { findNegotiations } from '../../corpus/negotiations.js';
import { ParleyError } from '../../errors.js';
import { corpusFacts } from '../../export/export.js';
import { statusLexicon } from '../../stages/claims/index.js';
import { STORE_OPTIONS, existingStore, type Command } from '../command.js';

/** Conflict kinds (EXPORT.md `conflicts[].kind`). */
export const CONFLICT_KINDS = ['numeric', 'status', 'anachronism', 'internal', 'attribution'] as const;

/** Checks `--kind`. */
export function parseKind(v: unknown): ExportConflict['kind'] | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && (CONFLICT_KINDS as readonly string[]).includes(v)) return v as ExportConflict['kind'];
  throw new ParleyError('USAGE', '--kind', `expected one of ${CONFLICT_KINDS.join(', ')}, got "${String(v)}"`);
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'contradictions: figures, states, anachronisms, self-contradictions, attributions',
  usage: `parley conflicts [--db FILE] [--kind numeric|status|anachronism|internal|attribution] [--json]

One block per conflict: its kind and summary, then each side: the words, what they
claim, and the document (title or source, publication date). --json prints the
conflicts as in the export (EXPORT.md conflicts[]).`,
  options: { ...STORE_OPTIONS, kind: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const kind = parseKind(values['kind']);
    const config = resolveConfig({ db: values['db'] as string | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    const store = existingStore(config.db);
    try {
      const facts = await corpusFacts(store);
      const docs = new Map(facts.map((f) => [f.id, f]));
      const found = findConflicts(facts, statusLexicon(), findNegotiations(facts, config.kbDirs)).filter((c) => kind === null || c.kind === kind);
      if (values['json']) { io.stdout.write(`${JSON.stringify(found, null, 1)}\n`); return 0; }
      if (found.length === 0) { io.stdout.write(`No ${kind ? `${kind} ` : ''}conflicts found.\n`); return 0; }
      for (const c of found) {
        io.stdout.write(`[${c.kind}] ${c.summary}\n`);
        for (const i of c.items) {
          const d = docs.get(i.doc);
          const where = d ? `${d.title ?? d.source}${d.published.value ? ` (${d.published.value.slice(0, 10)})` : ''}` : i.doc;
          io.stdout.write(`    - “${i.text.replace(/\s+/g, ' ')}”${i.claim ? ` [${i.claim}]` : ''} — ${where}, offsets ${i.start}–${i.end}\n`);
        }
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
