/**
 * @module kb/knowledge-base — the loaded knowledge base and its lookups.
 *
 * Every index is built once in the constructor; lookups are map reads plus a filter over
 * the few holders of one title, so they cost the same whatever the size of the data.
 * Entities are immutable records straight from the data files (see `types.ts`).
 */

import { isKbDay, spanContains } from './dates.js';
import { normalizeSurface } from './normalize.js';
import { TitleIndex, titleKey } from './title-index.js';
import type { KbEntity, KbHolding, KbMatch, KbMatchKind, KbRole } from './types.js';

const KIND_RANK: Readonly<Record<KbMatchKind, number>> = { name: 0, alias: 1, shortName: 2, description: 3 };

function assertDay(day: string, what: string): void {
  if (!isKbDay(day)) throw new RangeError(`${what}: expected a day as YYYY-MM-DD, got ${JSON.stringify(day)}`);
}

/**
 * The entities with every role's `titleAliases` completed from all holders of the same
 * (title, of): the data writes an alias once, consumers see it on every holder's role.
 */
function withMergedTitleAliases(entities: readonly KbEntity[], index: TitleIndex): KbEntity[] {
  const byKey = new Map(index.titles.map((t) => [titleKey(t.title, t.of), t]));
  return entities.map((entity) => ({
    ...entity,
    roles: entity.roles.map((role) => {
      const surfaces = byKey.get(titleKey(role.title, role.of))?.surfaces.filter((s) => s !== role.title) ?? [];
      return surfaces.length > 0 ? { ...role, titleAliases: surfaces } : role;
    }),
  }));
}

/** The knowledge base: entities plus lookups by id, alias, role and title. */
export class KnowledgeBase {
  /**
   * Every entity, in file order (files sorted by path, built-in folder first). Each role's
   * `titleAliases` holds all aliases of its title, whichever holder's entry listed them.
   */
  readonly entities: readonly KbEntity[];
  /** Role titles and their aliases, for finding titles in text. */
  readonly titleIndex: TitleIndex;

  private readonly byKeyMap = new Map<string, KbEntity>();
  private readonly byIdMap = new Map<string, KbEntity>();
  private readonly surfaces = new Map<string, KbMatch[]>();
  private readonly holdings = new Map<string, KbHolding[]>();

  constructor(entities: readonly KbEntity[]) {
    this.titleIndex = new TitleIndex(entities);
    this.entities = withMergedTitleAliases(entities, this.titleIndex);
    for (const entity of this.entities) {
      this.byKeyMap.set(entity.key, entity);
      if (entity.id !== null) this.byIdMap.set(entity.id, entity);
      this.addSurface(entity.name, entity, 'name');
      for (const alias of entity.aliases) this.addSurface(alias, entity, 'alias');
      for (const short of entity.shortNames ?? []) this.addSurface(short, entity, 'shortName');
      for (const description of entity.descriptions ?? []) this.addSurface(description, entity, 'description');
      for (const role of entity.roles) {
        const key = titleKey(role.title, role.of);
        const list = this.holdings.get(key) ?? [];
        list.push({ entity, role });
        this.holdings.set(key, list);
      }
    }
    for (const list of this.surfaces.values()) list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  }

  private addSurface(surface: string, entity: KbEntity, kind: KbMatchKind): void {
    const key = normalizeSurface(surface);
    if (key === '') return;
    const list = this.surfaces.get(key) ?? [];
    const existing = list.find((m) => m.entity === entity);
    if (existing) {
      if (KIND_RANK[kind] < KIND_RANK[existing.kind]) list[list.indexOf(existing)] = { entity, kind };
      return;
    }
    list.push({ entity, kind });
    this.surfaces.set(key, list);
  }

  /** The entity with this Wikidata id (`Q43723`), if any. */
  byId(id: string): KbEntity | undefined {
    return this.byIdMap.get(id);
  }

  /** The entity with this local key (`antony-blinken`), if any. */
  byKey(key: string): KbEntity | undefined {
    return this.byKeyMap.get(key);
  }

  /**
   * Every way `surface` can match: by name, alias, short name or description, strongest
   * kind first. Case, accents, apostrophes, possessives (`Netanyahu's`), hyphens and Arabic
   * `al-`/`el-` particles do not matter (see `normalize.ts`); a leading `the` is ignored when
   * the surface is not known with it (`the Mossad`, `the Pentagon`).
   */
  findMatches(surface: string): readonly KbMatch[] {
    const key = normalizeSurface(surface);
    return this.surfaces.get(key) ?? (key.startsWith('the ') ? this.surfaces.get(key.slice(4)) : undefined) ?? [];
  }

  /**
   * Entities named by `surface` through their name, an alias or a short name (not through
   * descriptions — see {@link findByDescription}). Several entities come back when the
   * surface is shared, e.g. `Miller` → Matthew Miller and Aaron David Miller; a full name
   * (`Matthew Miller`) returns only its owner.
   */
  findByAlias(surface: string): KbEntity[] {
    return this.findMatches(surface).filter((m) => m.kind !== 'description').map((m) => m.entity);
  }

  /** Entities a nominal description may refer to (`the Islamist movement` → Hamas). */
  findByDescription(surface: string): KbEntity[] {
    return this.findMatches(surface).filter((m) => m.kind === 'description').map((m) => m.entity);
  }

  /**
   * The roles `entity` may have held on `day` (YYYY-MM-DD). A role with month or year
   * precision counts for every day it could cover; open roles (`to: null`) count from their
   * start onward (see `checked` for how far that is confirmed).
   */
  rolesAt(entity: KbEntity | string, day: string): KbRole[] {
    assertDay(day, 'rolesAt');
    const e = typeof entity === 'string' ? this.byKey(entity) ?? this.byId(entity) : entity;
    if (!e) return [];
    return e.roles.filter((role) => spanContains(role.from, role.to, day));
  }

  /**
   * Who held `title` of `of` on `day`: `holdersOf('Secretary of State', 'United States',
   * '2024-05-01')` → Blinken. `title` may be a title alias (`top US diplomat`); `of` may be a
   * name, an alias (`US`), a key or a Wikidata id (`Q30`). On handover days, and with
   * month-precision data, two holders can be returned; acting holders come last.
   */
  holdersOf(title: string, of: string, day: string): KbHolding[] {
    assertDay(day, 'holdersOf');
    const ofKeys = this.ofCandidates(of);
    const titleKeys = new Set<string>();
    const titleNorm = normalizeSurface(title);
    for (const ofNorm of ofKeys) titleKeys.add(`${titleNorm}|${ofNorm}`);
    for (const t of this.titleIndex.lookup(title)) {
      const key = titleKey(t.title, t.of);
      if (ofKeys.has(normalizeSurface(t.of)) || (t.ofId !== null && ofKeys.has(t.ofId))) titleKeys.add(key);
    }
    const out: KbHolding[] = [];
    for (const key of titleKeys) {
      for (const holding of this.holdings.get(key) ?? []) {
        if (spanContains(holding.role.from, holding.role.to, day) && !out.includes(holding)) out.push(holding);
      }
    }
    return out.sort((a, b) => Number(a.role.acting === true) - Number(b.role.acting === true));
  }

  /** Normalized names and ids an `of` argument can stand for. */
  private ofCandidates(of: string): Set<string> {
    const out = new Set<string>([normalizeSurface(of), of]);
    const place = this.byKey(of) ?? this.byId(of);
    const named = place ? [place] : this.findByAlias(of).filter((e) => e.type !== 'person');
    for (const e of named) {
      out.add(normalizeSurface(e.name));
      if (e.id !== null) out.add(e.id);
    }
    return out;
  }
}
