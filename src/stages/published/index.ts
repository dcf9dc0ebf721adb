/**
 * @module stages/published — the document's publication date.
 *
 * Passes, first match wins:
 * 1. metadata: the date the input format carried (JSON record, HTML meta, feed pubDate);
 * 2. header: the `published:` line of a text header block;
 * 3. otherwise `unknown`, with a reason (the date lines, datelines and inference from the
 *    text come with the time work, issue 3).
 * A metadata value that cannot be read is not trusted: the stage falls through and says so
 * in the evidence.
 * Produces one document-level `published` annotation (empty span at 0; `value` is the
 * export's `published` object).
 */
import { annotate } from '../../pipeline/annotation.js';
import type { Published } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { bounds, parseMetadataDate } from './parse-date.js';

export const publishedStage: Stage = {
  name: 'published',
  description: 'Finds the publication date from metadata or the header block.',
  requires: [],
  produces: ['published'],
  run(_ctx, doc) {
    const evidence: string[] = [];
    let published: Published | null = null;
    const raw = doc.meta.published;
    if (raw) {
      const parsed = parseMetadataDate(raw.raw);
      if (parsed) {
        published = { ...parsed, method: raw.method, ...bounds(parsed), evidence: [`${raw.from}: ${raw.raw}`] };
      } else {
        evidence.push(`${raw.from} "${raw.raw}" is not a date Parley can read`);
      }
    }
    published ??= { value: null, precision: 'unknown', method: 'unknown', earliest: null, latest: null, evidence: [...evidence, 'no publication date in the metadata'] };
    return { published: [annotate('published', doc.text, 0, 0, published, `published/${published.method}`)] };
  },
};
