/**
 * @module kb — the knowledge base of people, organizations and places, loaded from
 * `data/kb` (and optional user folders): lookups by Wikidata id, alias, role and title, for
 * dating undated articles and linking entity mentions. Format: `data/kb/README.md`.
 */

export { DEFAULT_KB_DIR, KbError, formatIssue, loadKnowledgeBase } from './load.js';
export type { KbErrorCode } from './load.js';
export { KnowledgeBase } from './knowledge-base.js';
export { TitleIndex } from './title-index.js';
export { isKbDay, parseKbDate, spanContains } from './dates.js';
export type { KbDatePrecision, KbDateSpan } from './dates.js';
export { normalizeSurface } from './normalize.js';
export type {
  KbDateString, KbEntity, KbEntityType, KbHolding, KbIssue, KbMatch, KbMatchKind, KbRole, KbTitle, KbTitleMention,
} from './types.js';
