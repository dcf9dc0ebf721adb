/**
 * @module cli/commands/entities — `parley entities`: who and what the corpus mentions.
 */
import fs from 'node:fs';
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { corpusEntityIds, entityItems, mentionItems, type ExportEntity } from '../../export/export.js';
import { openStore } from '../../store/index.js';
import { STORE_OPTIONS, type Command } from '../command.js';

const TYPES = ['person', 'organization', 'place', 'group'] as const;

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list the people, organizations, places and groups found, with roles and counts',
  usage: `parley entities [--db FILE] [--type person|organization|place|group] [--name TEXT] [--limit N]

One line per entity, most mentioned first: name, type, knowledge-base id, mentions,
documents, then its roles (title, of, period) and other names it goes by.`,
  options: { ...STORE_OPTIONS, type: { type: 'string' }, name: { type: 'string' }, limit: { type: 'string' } },
  async run(values, _positionals, io) {
    const type = values['type'] as string | undefined;
    if (type !== undefined && !(TYPES as readonly string[]).includes(type)) throw new ParleyError('USAGE', '--type', `expected one of ${TYPES.join(', ')}`);
    const limit = values['limit'] === undefined ? Infinity : Number(values['limit']);
    if (!(limit > 0)) throw new ParleyError('USAGE', '--limit', 'expected a positive number');
    const config = resolveConfig({ db: values['db'] as string | undefined }, io.env, (values['config'] as string | undefined) ?? null);
    if (!fs.existsSync(config.db)) throw new ParleyError('STORE_OPEN_FAILED', config.db, 'no such store; run `parley analyze` first');
    const store = openStore(config.db);
    try {
      const counts = new Map<string, { mentions: number; docs: Set<string> }>();
      // the corpus's entity ids once for both passes (each would otherwise read every mention layer)
      const ids = await corpusEntityIds(store);
      for await (const m of mentionItems(store, ids)) {
        const c = counts.get(m.entity) ?? { mentions: 0, docs: new Set<string>() };
        c.mentions++;
        c.docs.add(m.doc);
        counts.set(m.entity, c);
      }
      const needle = (values['name'] as string | undefined)?.toLowerCase();
      const rows: ExportEntity[] = [];
      for await (const e of entityItems(store, ids)) {
        if (type && e.type !== type) continue;
        if (needle && ![e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))) continue;
        rows.push(e);
      }
      rows.sort((a, b) => (counts.get(b.id)?.mentions ?? 0) - (counts.get(a.id)?.mentions ?? 0) || a.name.localeCompare(b.name));
      for (const e of rows.slice(0, limit)) {
        const c = counts.get(e.id);
        io.stdout.write(`${e.name}  (${e.type}${e.kb ? `, ${e.kb}` : e.kbKey ? `, kb:${e.kbKey}` : ''})  ${c?.mentions ?? 0} mention(s) in ${c?.docs.size ?? 0} document(s)  ${e.id}\n`);
        for (const r of e.roles) io.stdout.write(`    role: ${r.former ? 'former ' : ''}${r.title}${r.of ? ` of ${r.of}` : ''}${r.from || r.to ? ` (${r.from ?? '?'} to ${r.to ?? 'now'})` : ''}  [${r.evidence.length} mention(s)]\n`);
        if (e.aliases.length) io.stdout.write(`    also: ${e.aliases.slice(0, 8).join('; ')}\n`);
      }
      if (rows.length === 0) io.stdout.write('No entities found.\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
