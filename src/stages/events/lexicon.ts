/**
 * @module stages/events/lexicon — the events lexicon (data/lexicons/events.json), checked and compiled once.
 *
 * Every rule is data with a `reason`: trigger rules per event type, modality cues, clause
 * breaks, argument and mediation cues, quantity words. This module turns the patterns
 * into small matchers over lower-case token words; the pattern syntax is described in the
 * file's `about` and in README.md. A malformed file throws PIPELINE_INVALID naming the file and the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../../errors.js';
import { EVENT_TYPES, MODALITIES, type EventType, type Modality, type Qualifier } from './types.js';
import { WordFlags } from './words.js';

/** Where the lexicon lives. */
export const DEFAULT_LEXICON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/lexicons/events.json');

/** A set of words, exact or by prefix (`negotiat*`). */
export interface WordSet {
  readonly name: string;
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  /**
   * Words already tested against `prefixes` (the same words recur; bounded, cleared when full);
   * null for a set without prefixes. Always present, so that every set has one object shape and
   * the hot `set.ids` reads stay monomorphic.
   */
  readonly memo: Map<string, boolean> | null;
  /** Membership by word number (`words.ts`): what `inSet` answers, asked once per word. */
  readonly ids: WordFlags;
}

/** Whether `word` is in `set`. */
export function inSet(set: WordSet, word: string): boolean {
  if (set.exact.has(word)) return true;
  if (set.prefixes.length === 0) return false;
  const known = set.memo !== null ? set.memo.get(word) : undefined;
  if (known !== undefined) return known;
  let found = false;
  for (const p of set.prefixes) if (word.startsWith(p)) { found = true; break; }
  if (set.memo !== null) {
    if (set.memo.size >= 20_000) set.memo.clear();
    set.memo.set(word, found);
  }
  return found;
}

/** One element of a pattern. */
export type Element =
  | { readonly kind: 'words'; readonly set: WordSet; readonly head: boolean }
  | { readonly kind: 'gap'; readonly max: number; readonly aux: boolean; readonly head: false };

/** A compiled pattern: elements matched left to right over token words. */
export interface Pattern {
  readonly text: string;
  readonly elements: readonly Element[];
  /** Index of the head element (the one marked `^`, else 0). */
  readonly headElement: number;
  /** Longest number of tokens a match can cover. */
  readonly maxLength: number;
}

/** Mention types a condition can ask for; `actor` is a person, organization, group or country. */
export type MentionKind = 'person' | 'organization' | 'place' | 'group' | 'actor';

/** A condition on the words or mentions around a match (see the lexicon's `about`). */
export interface Condition {
  readonly near: WordSet | null;
  readonly before: number;
  readonly after: number;
  readonly sentence: WordSet | null;
  readonly document: WordSet | null;
  readonly min: number;
  readonly prev: Pattern | null;
  readonly next: Pattern | null;
  readonly mention: MentionKind | null;
  readonly demonym: number | null;
  /**
   * `near` before the match reads past an aside set off by commas that ends right before it
   * ("The truce, brokered by Egypt, Qatar and the United States, | began"): the words before
   * the aside's opening comma count, the aside's own do not. `prev` may then also end right
   * before the aside's opening comma ("The new contract, ratified by members on Tuesday, | takes effect").
   */
  readonly aside: boolean;
  readonly reason: string;
}

/** A subtype decision: the first whose condition holds sets the subtype. */
export interface SubtypeRule {
  readonly condition: Condition;
  readonly value: string;
}

/** A trigger rule. */
export interface TriggerRule {
  readonly id: string;
  readonly type: EventType;
  readonly subtype: string | null;
  readonly pos: 'verb' | 'noun';
  readonly patterns: readonly Pattern[];
  /** Every group needs one condition that holds. */
  readonly requires: readonly (readonly Condition[])[];
  /** Any condition that holds blocks the match. */
  readonly unless: readonly Condition[];
  readonly subtypes: readonly SubtypeRule[];
  /**
   * What the event agrees on (`EventValue.scope`): the first `scopes` rule whose condition holds ('act',
   * or 'deal': no scope, "agreed in principle to a ceasefire"), else the rule's own `scope`.
   */
  readonly scope: 'act' | null;
  readonly scopes: readonly SubtypeRule[];
  /**
   * `"subject": "recipient"`: the verb's subject is who receives, the event's target, and `from X` names
   * its agent ("Ukraine received the remains of 1,000 soldiers from Russia"); by default the subject acts.
   */
  readonly subjectRecipient: boolean;
  readonly reason: string;
  /** Position in the file (earlier wins a tie between overlapping matches). */
  readonly order: number;
}

/** Where a modality cue looks: a few words before the trigger, its clause, the sentence before it, or a few words after it. */
/**
 * Where a modality cue reaches: triggers after it within `window` words (`before`), in its clause
 * (`clause`) or sentence (`sentence`), the noun before it (`after`), or the trigger of the main
 * clause a condition follows (`following`: "will resume fighting | if Hamas fails …").
 */
export type CueScope = 'before' | 'clause' | 'sentence' | 'after' | 'following';

/** A modality cue. */
export interface ModalityCue {
  readonly id: string;
  readonly modality: Modality;
  readonly pattern: Pattern;
  readonly scope: CueScope;
  readonly window: number;
  readonly requires: readonly Condition[];
  readonly unless: readonly Condition[];
  readonly reason: string;
  /** When set, the trigger's head word must end with this (`ing`: the cue governs a gerund). */
  readonly triggerSuffix: string | null;
  /** When set, only triggers read as this part of speech. */
  readonly pos: 'verb' | 'noun' | null;
  /** Event types the cue does not apply to. */
  readonly notTypes: ReadonlySet<EventType>;
  /** When set, the only event types the cue applies to. */
  readonly types: ReadonlySet<EventType> | null;
  /**
   * The cue counts only when it opens its sentence (or follows a dateline's dash or a colon):
   * a fronted frame ("Under the deal, Hamas will free …") governs the sentence, the same words
   * inside it ("the sixth swap under the ceasefire that took effect …") do not.
   */
  readonly opening: boolean;
  /**
   * The cue counts only once the document has reported a deal reached (an asserted agreement in
   * an earlier sentence): "The deal also calls for the delivery of aid" then tells that deal's terms.
   */
  readonly afterDeal: boolean;
  /**
   * Ids of cues this one overrides in its sentence when it applies: a deal reached framing the
   * sentence ("Under the agreement signed on Wednesday, the first phase will last 42 days, during
   * which 33 hostages would be freed") makes its `would` and phase words tell the deal's terms.
   */
  readonly overrides: ReadonlySet<string>;
  /**
   * The cue does not apply to a trigger told in the simple past ("No aid entered before the
   * ceasefire took effect on January 19": the truce happened; "before a deal is signed" does not).
   */
  readonly notPast: boolean;
  /**
   * The cue (scope `sentence`) also governs triggers before it: a frame told after its content
   * ("Hamas would free 33 hostages in the first phase, the proposal says").
   */
  readonly trailing: boolean;
}

/** A clause break: a pattern whose head token starts a new clause, or a token kind. */
export interface ClauseBreak {
  readonly pattern: Pattern | null;
  readonly kind: string | null;
  /** A relative clause: it also ends at the next comma. */
  readonly closesAtComma: boolean;
  readonly reason: string;
}

/** A mediation cue before a list of mentions. */
export interface MediationCue {
  readonly id: string;
  readonly pattern: Pattern;
  readonly after: WordSet | null;
  /** Words of which none may stand in the four words before the cue ("a delegation led by …" is a party's). */
  readonly notAfter: WordSet | null;
  readonly types: ReadonlySet<EventType>;
  readonly reason: string;
}

/** Prepositions that give a role to the mention after them, for some event types. */
export interface RolePreps {
  readonly words: ReadonlySet<string>;
  readonly types: ReadonlySet<EventType>;
}

/** The compiled lexicon. */
export interface EventLexicon {
  readonly file: string;
  readonly cameo: Readonly<Record<EventType, string>>;
  readonly sets: ReadonlyMap<string, WordSet>;
  readonly triggers: readonly TriggerRule[];
  /** Ids of the trigger rules whose verb's subject receives (`TriggerRule.subjectRecipient`). */
  readonly recipientSubjects: ReadonlySet<string>;
  /** Trigger rules by the words a match can start with. */
  readonly anchors: ReadonlyMap<string, readonly { rule: TriggerRule; pattern: Pattern }[]>;
  readonly lightVerbs: WordSet;
  readonly cues: readonly ModalityCue[];
  /** Cues by the word they can start with. */
  readonly cueAnchors: ReadonlyMap<string, readonly ModalityCue[]>;
  readonly precedence: readonly Modality[];
  readonly clauseBreaks: readonly ClauseBreak[];
  readonly locative: WordSet;
  readonly placeOnly: WordSet;
  readonly agentBy: WordSet;
  readonly agentFrom: RolePreps;
  readonly partner: RolePreps;
  readonly between: RolePreps;
  readonly targetPreps: RolePreps;
  /** Prepositions before those an event is addressed to ("presented a proposal to Israel and Hamas"): targets, not places. */
  readonly recipient: RolePreps;
  /** Prepositions after the light verb's object and before a noun trigger ("presented Hamas with a proposal"): that object is a target. */
  readonly recipientBefore: RolePreps;
  readonly clauseAgentTypes: ReadonlySet<EventType>;
  /** Types whose agent, when the event is addressed to "both sides", is a mediator and the sides its targets. */
  readonly addressedToSides: ReadonlySet<EventType>;
  readonly forceNouns: WordSet;
  readonly mediation: readonly MediationCue[];
  readonly mediationSuffixes: readonly string[];
  readonly mediationNouns: WordSet;
  /** Words that may stand between a mention and a mediator word ("Qatar, serving as a mediator"). */
  readonly mediationBetween: WordSet;
  readonly numbers: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly fractions: ReadonlyMap<string, number>;
  /** Plural multipliers of a vague count ("hundreds of prisoners", "dozens of trucks"): at least two of the value. */
  readonly vagueMultipliers: ReadonlyMap<string, number>;
  readonly qualifiers: readonly { readonly pattern: Pattern; readonly qualifier: Qualifier; readonly reason: string }[];
  readonly units: ReadonlyMap<EventType, WordSet>;
  /** Phrases that date an event by an earlier one ("during the truce"). */
  readonly dateAnaphora: readonly { readonly pattern: Pattern; readonly refersTo: EventType; readonly reason: string }[];
  /** Counts over a whole period (pass 10-periods): the types counted, range words and cues that refer to a truce. */
  readonly periods: {
    readonly types: ReadonlySet<EventType>;
    readonly rangeOpen: WordSet;
    readonly rangeJoin: WordSet;
    readonly anaphora: readonly { readonly pattern: Pattern; readonly reason: string }[];
  };
  /** Phrases in an event's clause that give it the day of the event told before it ("hours later"). */
  readonly sameDay: readonly Pattern[];
  /** Words before a trigger that make it a kind of event rather than one event (no date from tense). */
  readonly undated: WordSet;
  readonly undatedWindow: number;
  /** The modality of a bare infinitive ("to end the fighting") that no cue decides. */
  readonly infinitiveModality: Modality | null;
}

type Json = Record<string, unknown>;

class Compiler {
  readonly sets = new Map<string, WordSet>();
  constructor(readonly file: string) {}

  fail(where: string, what: string): never {
    throw new ParleyError('PIPELINE_INVALID', `${this.file}: ${where}`, what);
  }

  wordSet(name: string, words: readonly string[]): WordSet {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const w of words) {
      const lw = w.toLowerCase();
      if (lw.endsWith('*')) prefixes.push(lw.slice(0, -1));
      else exact.add(lw);
    }
    // one property order for every set (see `WordSet.memo`)
    const set: WordSet = { name, exact, prefixes, memo: prefixes.length > 0 ? new Map() : null, ids: new WordFlags((w) => inSet(set, w)) };
    return set;
  }

  /** `{set}` or `a|b|c` as a word set. */
  element(token: string, where: string): WordSet {
    const m = /^\{(\w+)\}$/.exec(token);
    if (m) return this.sets.get(m[1]!) ?? this.fail(where, `unknown set {${m[1]}}`);
    return this.wordSet(token, token.split('|').filter(Boolean));
  }

  /** A set name, or literal words (`round`, `condition*`, `a|b`). */
  setOrWords(ref: string, where: string): WordSet {
    return this.sets.get(ref) ?? this.element(ref, where);
  }

  pattern(text: string, where: string): Pattern {
    const elements: Element[] = [];
    let headElement = 0;
    let maxLength = 0;
    for (const raw of text.trim().split(/\s+/)) {
      const gap = /^(\.\.\.|~)(\d+)$/.exec(raw);
      if (gap) {
        const max = Number(gap[2]);
        elements.push({ kind: 'gap', max, aux: gap[1] === '~', head: false });
        maxLength += max;
        continue;
      }
      const head = raw.startsWith('^');
      const token = head ? raw.slice(1) : raw;
      if (head) headElement = elements.length;
      elements.push({ kind: 'words', set: this.element(token, where), head });
      maxLength += 1;
    }
    if (elements.length === 0 || elements[0]!.kind === 'gap' && elements.length === 1) this.fail(where, `empty pattern "${text}"`);
    return { text, elements, headElement, maxLength };
  }

  condition(c: Json, where: string): Condition {
    const num = (k: string, d: number): number => (typeof c[k] === 'number' ? (c[k] as number) : d);
    const str = (k: string): string | null => (typeof c[k] === 'string' ? (c[k] as string) : null);
    const mention = str('mention');
    if (mention !== null && !['person', 'organization', 'place', 'group', 'actor'].includes(mention)) this.fail(where, `unknown mention type "${mention}"`);
    const cond: Condition = {
      near: str('near') === null ? null : this.setOrWords(str('near')!, where),
      before: num('before', 0),
      after: num('after', 0),
      sentence: str('sentence') === null ? null : this.setOrWords(str('sentence')!, where),
      document: str('document') === null ? null : this.setOrWords(str('document')!, where),
      min: num('min', 1),
      prev: str('prev') === null ? null : this.pattern(str('prev')!, where),
      next: str('next') === null ? null : this.pattern(str('next')!, where),
      mention: mention as MentionKind | null,
      demonym: typeof c['demonym'] === 'number' ? (c['demonym'] as number) : null,
      aside: c['aside'] === true,
      reason: str('reason') ?? '',
    };
    if (!cond.near && !cond.sentence && !cond.document && !cond.prev && !cond.next && !cond.mention && cond.demonym === null) this.fail(where, 'a condition that tests nothing');
    return cond;
  }

  conditions(list: unknown, where: string): Condition[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) this.fail(where, 'expected a list of conditions');
    return (list as Json[]).map((c) => this.condition(c, where));
  }
}

/** A `match` field: one pattern string or a list of alternatives. */
function matches(v: unknown, c: Compiler, where: string): string[] {
  return typeof v === 'string' ? [v] : strings(v, c, where);
}

function strings(v: unknown, c: Compiler, where: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) c.fail(where, 'expected a list of strings');
  return v as string[];
}

function rolePreps(v: unknown, c: Compiler, where: string): RolePreps {
  const o = v as Json;
  const types = strings(o['types'], c, `${where}.types`);
  for (const t of types) if (!(EVENT_TYPES as readonly string[]).includes(t)) c.fail(where, `unknown event type "${t}"`);
  return { words: new Set(strings(o['words'], c, `${where}.words`)), types: new Set(types as EventType[]) };
}

/** Compiles the lexicon from its JSON text (`file` names it in errors). */
export function compileLexicon(json: unknown, file: string): EventLexicon {
  const c: Compiler = new Compiler(file);
  const root = json as Json;
  if (typeof root !== 'object' || root === null) c.fail('root', 'expected an object');
  for (const [name, words] of Object.entries((root['sets'] ?? {}) as Json)) c.sets.set(name, c.wordSet(name, strings(words, c, `sets.${name}`)));
  const cameo = {} as Record<EventType, string>;
  for (const t of EVENT_TYPES) {
    const entry = (root['types'] as Json | undefined)?.[t] as Json | undefined;
    if (!entry || typeof entry['cameo'] !== 'string') c.fail(`types.${t}`, 'every event type needs its CAMEO root');
    cameo[t] = entry['cameo'] as string;
  }
  const triggers: TriggerRule[] = [];
  const anchors = new Map<string, { rule: TriggerRule; pattern: Pattern }[]>();
  ((root['triggers'] ?? []) as Json[]).forEach((r, order) => {
    const id = typeof r['id'] === 'string' ? (r['id'] as string) : c.fail(`triggers[${order}]`, 'missing id');
    const where = `trigger ${id}`;
    if (!(EVENT_TYPES as readonly string[]).includes(r['type'] as string)) c.fail(where, `unknown event type "${String(r['type'])}"`);
    if (typeof r['reason'] !== 'string' || r['reason'] === '') c.fail(where, 'every rule needs a reason');
    const requires = ((r['requires'] ?? []) as unknown[]).map((g, i) => c.conditions(g, `${where}.requires[${i}]`));
    const rule: TriggerRule = {
      id,
      type: r['type'] as EventType,
      subtype: typeof r['subtype'] === 'string' ? (r['subtype'] as string) : null,
      pos: r['pos'] === 'noun' ? 'noun' : 'verb',
      patterns: strings(r['match'], c, `${where}.match`).map((m) => c.pattern(m, where)),
      requires,
      unless: c.conditions(r['unless'], `${where}.unless`),
      subtypes: ((Array.isArray(r['subtypes']) ? r['subtypes'] : Array.isArray(r['subtype']) ? r['subtype'] : []) as Json[]).map((s) => ({ condition: c.condition(s, `${where}.subtype`), value: String(s['value']) })),
      scope: r['scope'] === 'act' ? 'act' : r['scope'] === undefined ? null : c.fail(where, `unknown scope "${String(r['scope'])}"`),
      scopes: ((Array.isArray(r['scopes']) ? r['scopes'] : []) as Json[]).map((s) => (s['value'] === 'act' || s['value'] === 'deal' ? { condition: c.condition(s, `${where}.scopes`), value: s['value'] } : c.fail(`${where}.scopes`, `unknown scope "${String(s['value'])}"`))),
      subjectRecipient: r['subject'] === 'recipient' ? true : r['subject'] === undefined ? false : c.fail(where, `unknown subject role "${String(r['subject'])}"`),
      reason: r['reason'] as string,
      order,
    };
    triggers.push(rule);
    for (const pattern of rule.patterns) {
      const first = pattern.elements[0]!;
      if (first.kind !== 'words') c.fail(where, `pattern "${pattern.text}" starts with a gap`);
      if (first.set.prefixes.length) c.fail(where, `pattern "${pattern.text}" starts with a prefix word`);
      for (const w of first.set.exact) {
        const list = anchors.get(w) ?? [];
        list.push({ rule, pattern });
        anchors.set(w, list);
      }
    }
  });
  const cues: ModalityCue[] = [];
  const cueAnchors = new Map<string, ModalityCue[]>();
  for (const m of (root['modality'] ?? []) as Json[]) {
    const where = `modality ${String(m['id'])}`;
    if (!(MODALITIES as readonly string[]).includes(m['modality'] as string)) c.fail(where, `unknown modality "${String(m['modality'])}"`);
    if (typeof m['reason'] !== 'string') c.fail(where, 'every cue needs a reason');
    const scope = m['scope'] as CueScope;
    if (!['before', 'clause', 'sentence', 'after', 'following'].includes(scope)) c.fail(where, `unknown scope "${String(scope)}"`);
    const trigger = typeof m['trigger'] === 'string' ? (m['trigger'] as string) : null;
    if (trigger !== null && !trigger.startsWith('*')) c.fail(where, 'a trigger constraint is a suffix such as "*ing"');
    for (const text of matches(m['match'], c, `${where}.match`)) {
      const cue: ModalityCue = {
        id: String(m['id']), modality: m['modality'] as Modality, pattern: c.pattern(text, where), scope,
        window: typeof m['window'] === 'number' ? (m['window'] as number) : 12,
        requires: c.conditions(m['requires'], where), unless: c.conditions(m['unless'], where), reason: m['reason'] as string,
        triggerSuffix: trigger === null ? null : trigger.slice(1),
        pos: m['pos'] === 'noun' || m['pos'] === 'verb' ? (m['pos'] as 'noun' | 'verb') : null,
        notTypes: new Set((m['notTypes'] === undefined ? [] : strings(m['notTypes'], c, `${where}.notTypes`)) as EventType[]),
        types: m['types'] === undefined ? null : new Set(strings(m['types'], c, `${where}.types`) as EventType[]),
        opening: m['opening'] === true,
        afterDeal: m['afterDeal'] === true,
        notPast: m['notPast'] === true,
        trailing: m['trailing'] === true,
        overrides: new Set(m['overrides'] === undefined ? [] : strings(m['overrides'], c, `${where}.overrides`)),
      };
      cues.push(cue);
      const first = cue.pattern.elements[0]!;
      if (first.kind !== 'words') c.fail(where, 'a cue starts with a word');
      for (const w of first.set.exact) {
        const list = cueAnchors.get(w) ?? [];
        list.push(cue);
        cueAnchors.set(w, list);
      }
    }
  }
  const precedence = strings(root['modalityPrecedence'], c, 'modalityPrecedence') as Modality[];
  const clauseBreaks: ClauseBreak[] = ((root['clauseBreaks'] ?? []) as Json[]).map((b, i) => ({
    pattern: typeof b['match'] === 'string' ? c.pattern(b['match'] as string, `clauseBreaks[${i}]`) : null,
    kind: typeof b['kind'] === 'string' ? (b['kind'] as string) : null,
    closesAtComma: b['closesAtComma'] === true,
    reason: String(b['reason'] ?? ''),
  }));
  const args = (root['arguments'] ?? {}) as Json;
  const mediationRoot = (root['mediationAfter'] ?? {}) as Json;
  const q = (root['quantity'] ?? {}) as Json;
  const numMap = (v: unknown): Map<string, number> => new Map(Object.entries((v ?? {}) as Record<string, number>));
  const units = new Map<EventType, WordSet>();
  for (const [t, words] of Object.entries((q['units'] ?? {}) as Json)) units.set(t as EventType, c.wordSet(`units.${t}`, strings(words, c, `quantity.units.${t}`)));
  return {
    file,
    cameo,
    sets: c.sets,
    triggers,
    recipientSubjects: new Set(triggers.filter((t) => t.subjectRecipient).map((t) => t.id)),
    anchors,
    lightVerbs: c.wordSet('lightVerbs', strings((root['lightVerbs'] as Json | undefined)?.['words'], c, 'lightVerbs.words')),
    cues,
    cueAnchors,
    precedence,
    clauseBreaks,
    locative: c.wordSet('locative', strings(args['locative'], c, 'arguments.locative')),
    placeOnly: c.wordSet('placeOnly', strings(args['placeOnly'], c, 'arguments.placeOnly')),
    agentBy: c.wordSet('agentBy', strings(args['agentBy'], c, 'arguments.agentBy')),
    agentFrom: rolePreps(args['agentFrom'], c, 'arguments.agentFrom'),
    partner: rolePreps(args['partner'], c, 'arguments.partner'),
    between: rolePreps(args['between'], c, 'arguments.between'),
    targetPreps: rolePreps(args['targetPreps'], c, 'arguments.targetPreps'),
    recipient: rolePreps(args['recipient'] ?? { words: [], types: [] }, c, 'arguments.recipient'),
    recipientBefore: rolePreps(args['recipientBefore'] ?? { words: [], types: [] }, c, 'arguments.recipientBefore'),
    clauseAgentTypes: new Set(strings(args['clauseAgentTypes'], c, 'arguments.clauseAgentTypes') as EventType[]),
    addressedToSides: new Set(strings(((args['addressedToSides'] ?? {}) as Json)['types'] ?? [], c, 'arguments.addressedToSides.types') as EventType[]),
    forceNouns: c.sets.get('forceNouns') ?? c.fail('sets', 'the set forceNouns is missing'),
    mediation: ((root['mediation'] ?? []) as Json[]).flatMap((m) => matches(m['match'], c, `mediation ${String(m['id'])}`).map((text) => ({
      id: String(m['id']),
      pattern: c.pattern(text, `mediation ${String(m['id'])}`),
      after: typeof m['after'] === 'string' ? c.setOrWords(m['after'] as string, 'mediation') : null,
      notAfter: typeof m['notAfter'] === 'string' ? c.setOrWords(m['notAfter'] as string, 'mediation') : null,
      types: new Set(strings(m['types'], c, `mediation ${String(m['id'])}.types`) as EventType[]),
      reason: String(m['reason'] ?? ''),
    }))),
    mediationSuffixes: strings(mediationRoot['suffixes'], c, 'mediationAfter.suffixes'),
    mediationNouns: c.wordSet('mediationNouns', strings(mediationRoot['nouns'], c, 'mediationAfter.nouns')),
    mediationBetween: c.wordSet('mediationBetween', strings(mediationRoot['between'] ?? [], c, 'mediationAfter.between')),
    numbers: numMap(q['numbers']),
    multipliers: numMap(q['multipliers']),
    fractions: numMap(q['fractions']),
    vagueMultipliers: numMap(q['vagueMultipliers'] ?? {}),
    qualifiers: ((q['qualifiers'] ?? []) as Json[]).flatMap((x) => matches(x['match'], c, 'quantity.qualifiers').map((text) => ({ pattern: c.pattern(text, 'quantity.qualifiers'), qualifier: x['qualifier'] as Qualifier, reason: String(x['reason'] ?? '') }))),
    units,
    sameDay: matches((root['sameDay'] as Json | undefined)?.['match'] ?? [], c, 'sameDay').map((text) => c.pattern(text, 'sameDay')),
    undated: c.wordSet('undated', strings((root['undated'] as Json | undefined)?.['words'] ?? [], c, 'undated.words')),
    undatedWindow: typeof (root['undated'] as Json | undefined)?.['window'] === 'number' ? ((root['undated'] as Json)['window'] as number) : 6,
    infinitiveModality: ((): Modality | null => {
      const m = (root['infinitiveModality'] as Json | undefined)?.['modality'];
      if (m === undefined) return null;
      if (!(MODALITIES as readonly string[]).includes(m as string)) c.fail('infinitiveModality', `unknown modality "${String(m)}"`);
      return m as Modality;
    })(),
    dateAnaphora: ((root['dateAnaphora'] ?? []) as Json[]).map((a) => ({ pattern: c.pattern(String(a['match']), 'dateAnaphora'), refersTo: a['refersTo'] as EventType, reason: String(a['reason'] ?? '') })),
    periods: ((): EventLexicon['periods'] => {
      const pr = (root['periods'] ?? {}) as Json;
      const types = strings(pr['types'] ?? [], c, 'periods.types');
      for (const t of types) if (!(EVENT_TYPES as readonly string[]).includes(t)) c.fail('periods.types', `unknown event type "${t}"`);
      return {
        types: new Set(types as EventType[]),
        rangeOpen: c.wordSet('periods.rangeOpen', strings(pr['rangeOpen'] ?? [], c, 'periods.rangeOpen')),
        rangeJoin: c.wordSet('periods.rangeJoin', strings(pr['rangeJoin'] ?? [], c, 'periods.rangeJoin')),
        anaphora: ((pr['anaphora'] ?? []) as Json[]).map((a) => ({ pattern: c.pattern(String(a['match']), 'periods.anaphora'), reason: String(a['reason'] ?? '') })),
      };
    })(),
  };
}

const cache = new Map<string, EventLexicon>();

/** The lexicon at `file` (default data/lexicons/events.json), compiled once per process. */
export function eventLexicon(file: string = DEFAULT_LEXICON): EventLexicon {
  let lex = cache.get(file);
  if (!lex) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ParleyError('PIPELINE_INVALID', file, err instanceof Error ? err.message : String(err));
    }
    lex = compileLexicon(json, file);
    cache.set(file, lex);
  }
  return lex;
}

/** A word set of the lexicon by name (throws for an unknown name: a programming error). */
export function setOf(lex: EventLexicon, name: string): WordSet {
  const s = lex.sets.get(name);
  if (!s) throw new Error(`events lexicon has no set "${name}"`);
  return s;
}
