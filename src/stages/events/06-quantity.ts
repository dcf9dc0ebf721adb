/**
 * @module stages/events/06-quantity — how many: "up to 33 hostages", "at least half the hostages".
 *
 * For the event types that count something (releases: people; aid: trucks, tons; attacks:
 * rockets, drones), the counted nouns of the lexicon near the trigger are found (after it
 * within 8 words, before it within 8 for "50 hostages to be freed"); the nearest one with
 * a number before it wins. Numbers are digits ("1,000", "1.5 million"), number words
 * ("thirty-three", "a dozen", "two hundred") or fractions ("half", "a third", "all").
 * The counted noun stands in the trigger's clause ("would release 25 prisoners if Kyiv handed
 * over the bodies": the handover counts none), and a count after "in exchange for" is the
 * price of the event it follows, no event's own count ("freed three hostages in exchange for
 * 183 prisoners, the fifth such swap": the swap counts none).
 * A qualifier before the number sets `at_most` ("up to"), `at_least` ("more than",
 * "over"), `about` ("some", "nearly") or `exact` ("a total of"); a fraction is `fraction`.
 * "several hundred" / "a few thousand" is at least two of the multiplier (`at_least` 200), and
 * so is a plural multiplier before "of" ("hundreds of prisoners", "tens of thousands of people").
 * A counted noun inside the trigger's own words ("carried out 40 airstrikes") comes first.
 */
import type { ClauseCache } from './03-clauses.js';
import type { EventLexicon, WordSet } from './lexicon.js';
import type { Candidate, Qualifier, Quantity } from './types.js';
import type { EventView } from './view.js';
import { WordTable } from './words.js';

const SKIP_BETWEEN: ReadonlySet<string> = new Set(['of', 'the']);

function digits(word: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(word);
  if (!m) {
    const versus = /^(\d{1,3}(?:,\d{3})+|\d+)-for-/.exec(word);
    return versus ? Number(versus[1]!.replace(/,/g, '')) : null;
  }
  return Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
}

/** The value of a number word or hyphenated compound ("thirty-three"), or null. */
function wordNumber(lex: EventLexicon, word: string): number | null {
  const direct = lex.numbers.get(word);
  if (direct !== undefined) return direct;
  const parts = word.split('-');
  if (parts.length === 2 && lex.numbers.has(parts[0]!) && lex.numbers.has(parts[1]!)) return lex.numbers.get(parts[0]!)! + lex.numbers.get(parts[1]!)!;
  return null;
}

const numericTables = new WeakMap<EventLexicon, WordTable<boolean>>();

/** Whether token `k` (0 ≤ k < n) can be part of a number phrase: digits, a number word or a multiplier (once per word). */
function numeric(view: EventView, lex: EventLexicon, k: number): boolean {
  let table = numericTables.get(lex);
  if (table === undefined) {
    table = new WordTable((w) => digits(w) !== null || wordNumber(lex, w) !== null || lex.multipliers.has(w));
    numericTables.set(lex, table);
  }
  return view.wordValue(table, k);
}

/** Parses the number phrase `[a, b]` ("two hundred and fifty", "1.5 million", "a dozen"). */
export function parseNumber(view: EventView, lex: EventLexicon, a: number, b: number): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let k = a; k <= b; k++) {
    const w = view.words[k]!;
    if (w === 'and') continue;
    const d = digits(w) ?? (w === 'a' || w === 'an' ? null : wordNumber(lex, w));
    if (d !== null) { current += d; seen = true; continue; }
    if (w === 'a' || w === 'an') { current += 1; continue; }
    const mult = lex.multipliers.get(w);
    if (mult === undefined) return null;
    current = (current || 1) * mult;
    seen = true;
    if (mult >= 1000) { total += current; current = 0; }
  }
  return seen ? total + current : null;
}

/** The qualifier whose pattern ends right before token `a`, with its first token. */
function qualifierBefore(view: EventView, lex: EventLexicon, a: number, floor: number): { qualifier: Qualifier; first: number } | null {
  for (const q of lex.qualifiers) {
    for (let s = a - 1; s >= Math.max(floor, a - q.pattern.maxLength); s--) {
      if (view.matchAt(q.pattern, s, a - 1, null, a - 1)) return { qualifier: q.qualifier, first: s };
    }
  }
  return null;
}

/** The quantity counted by the unit noun at token `u`, or null when no number precedes it. */
export function quantityAt(view: EventView, lex: EventLexicon, u: number, floor: number): Quantity | null {
  const unit = view.words[u]!;
  let k = u - 1;
  let skipped = 0;
  // "11 more", "dozens of others": a count word as the unit takes its number right before it ("by two days as more hostages" counts none)
  if (unit === 'more' || unit === 'others') skipped = 2;
  while (k >= floor && skipped < 2 && view.kinds[k] === 'word' && !numeric(view, lex, k) && !lex.fractions.has(view.words[k]!) && !SKIP_BETWEEN.has(view.words[k]!)) { k--; skipped++; }
  // fractions: "half the hostages", "a third of the prisoners", "all remaining captives"
  let f = k;
  while (f >= floor && SKIP_BETWEEN.has(view.words[f]!) && u - f <= 5) f--;
  if (f >= floor && lex.fractions.has(view.words[f]!)) {
    const q = qualifierBefore(view, lex, f, floor);
    const first = q?.first ?? (f > floor && (view.words[f - 1] === 'a' || view.words[f - 1] === 'one') ? f - 1 : f);
    return { value: lex.fractions.get(view.words[f]!)!, unit, qualifier: 'fraction', start: view.starts[first]!, end: view.ends[u]! };
  }
  // "hundreds of Palestinian prisoners", "tens of thousands of people": a vague count, at least two of the multiplier
  if (k - 1 >= floor && view.words[k] === 'of' && lex.vagueMultipliers.has(view.words[k - 1]!)) return vagueCount(view, lex, k - 1, u, floor);
  // "189 of its servicemen", "40 of the hostages": a number before "of"
  if (k - 1 >= floor && view.words[k] === 'of' && numeric(view, lex, k - 1)) k--;
  if (k < floor || !numeric(view, lex, k)) return null;
  let a = k;
  for (let p = a - 1; p >= floor; p = a - 1) {
    const w = view.words[p]!;
    const joinsWords = w === 'and' && p - 1 >= floor && wordNumber(lex, view.words[p - 1]!) === null && lex.multipliers.has(view.words[p - 1]!);
    const article = (w === 'a' || w === 'an') && (lex.multipliers.has(view.words[a]!) || view.words[a] === 'dozen');
    if (numeric(view, lex, p) || joinsWords || article) a = p;
    else break;
  }
  const value = parseNumber(view, lex, a, k);
  if (value === null || value === 0) return null;
  // "several hundred prisoners", "a few thousand people": at least two of the multiplier, from the vague word on
  const vague = a - 1 >= floor && (view.words[a - 1] === 'several' || view.words[a - 1] === 'few') && lex.multipliers.get(view.words[a]!) === value;
  if (vague) {
    const first = view.words[a - 1] === 'few' && a - 2 >= floor && view.words[a - 2] === 'a' ? a - 2 : a - 1;
    return { value: 2 * value, unit, qualifier: 'at_least', start: view.starts[first]!, end: view.ends[u]! };
  }
  const q = qualifierBefore(view, lex, a, floor);
  return { value, unit, qualifier: q?.qualifier ?? 'exact', start: view.starts[q?.first ?? a]!, end: view.ends[u]! };
}

/**
 * The vague count whose last plural multiplier is token `m` ("hundreds" in "hundreds of prisoners",
 * "thousands" in "tens of thousands of people"): at least two of the multipliers' product, `at_least`.
 */
function vagueCount(view: EventView, lex: EventLexicon, m: number, u: number, floor: number): Quantity {
  let value = lex.vagueMultipliers.get(view.words[m]!)!;
  let first = m;
  while (first - 2 >= floor && view.words[first - 1] === 'of' && lex.vagueMultipliers.has(view.words[first - 2]!)) {
    first -= 2;
    value *= lex.vagueMultipliers.get(view.words[first]!)!;
  }
  return { value: 2 * value, unit: view.words[u]!, qualifier: 'at_least', start: view.starts[first]!, end: view.ends[u]! };
}

/** Participles that give an attack's toll after a comma ("…, killing at least 24 civilians"). */
const TOLL_PARTICIPLES: ReadonlySet<string> = new Set(['killing', 'wounding', 'injuring', 'leaving']);

/** Whether the count starting at token `k` follows "in exchange for" / "in return for": the price of another event. */
function price(view: EventView, k: number): boolean {
  return view.words[k - 1] === 'for' && (view.words[k - 2] === 'exchange' || view.words[k - 2] === 'return') && view.words[k - 3] === 'in';
}

/** Nouns after "each" that make a subject distributive ("each side handed over 195 servicemen"). */
const EACH_NOUNS: ReadonlySet<string> = new Set(['side', 'party', 'country', 'army', 'government']);

/**
 * Whether the trigger's subject is distributive ("Each side handed over 195 servicemen", "they each
 * freed 50") right after an event of its type counted in its sentence or the one before ("exchanged 390
 * prisoners of war on Friday"): the count is one side's share of that exchange, so the event takes no
 * count and reads as the exchange told again. Alone, the share is the only count told and stays.
 */
function distributive(view: EventView, c: Candidate, candidates: readonly Candidate[]): boolean {
  const w1 = view.words[c.first - 1]?.toLowerCase();
  const w2 = view.words[c.first - 2]?.toLowerCase();
  if (!(w1 === 'each' || (w2 === 'each' && w1 !== undefined && EACH_NOUNS.has(w1)))) return false;
  return candidates.some((x) => x !== c && x.type === c.type && x.quantity !== null && x.last < c.first && x.sentence >= c.sentence - 1);
}

/**
 * Whether unit `u` before `c` is the object of a trigger shortly before it, joined to `c` by "and" ("freed 25
 * hostages and returned …"; a noun's complement too: "the release of 250 prisoners and the return of 20 living hostages").
 */
function objectOfConjunct(view: EventView, c: Candidate, u: number, candidates: readonly Candidate[]): boolean {
  let joined = false;
  for (let k = u + 1; k < c.first && !joined; k++) joined = view.words[k] === 'and';
  return joined && candidates.some((x) => x !== c && x.sentence === c.sentence && x.last < u && x.last >= u - 6
    && (x.pos === 'verb' || (x.type === c.type && view.words[x.last + 1] === 'of')));
}

/** Words that open an aside listing who a counted subject includes ("33 hostages, including women and children, …"). */
const MEMBER_ASIDE: ReadonlySet<string> = new Set(['including', 'among', 'mostly', 'mainly', 'all', 'many', 'most']);

/**
 * The opening comma of a members aside that ends, past auxiliaries, right before verb token `first`
 * (`, including women, children and men over 50, will be released`), or -1.
 */
function memberAsideBefore(view: EventView, first: number): number {
  let k = first - 1;
  while (k >= 0 && (PASSIVE_AUX.has(view.words[k]!) || view.words[k] === 'will' || view.words[k] === 'would')) k--;
  if (k < 0 || view.words[k] !== ',') return -1;
  // (commas of the list inside the aside are passed: "including women, children and men over 50")
  for (let j = k - 1; j >= Math.max(0, k - 14); j--) {
    const w = view.words[j]!;
    if (w === ',' && MEMBER_ASIDE.has(view.words[j + 1]!.toLowerCase())) return j;
    if (view.kinds[j] === 'punct' && w !== ',' && w !== '-') return -1;
  }
  return -1;
}

/** Whether a relative pronoun stands in the eight words before `open` ("Hamas, which still holds 98 hostages, many of them soldiers, will …": the count is the relative clause's). */
function relativeBefore(view: EventView, floor: number, open: number): boolean {
  for (let k = open - 1; k >= Math.max(floor, open - 8); k--) if (RELATIVE_WORDS.has(view.words[k]!.toLowerCase())) return true;
  return false;
}
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'whose']);

/** Sets `quantity` for the candidates whose type counts something. */
export function attachQuantities(view: EventView, lex: EventLexicon, clauses: ClauseCache, candidates: Candidate[]): void {
  for (const c of candidates) {
    const units = lex.units.get(c.type);
    if (!units || distributive(view, c, candidates)) continue;
    const s = clauses.clause(c.sentence, c.head);
    const near: { u: number; distance: number }[] = [];
    // an attack's toll may come after a place of several words ("a strike on a house in Deir al-Balah killed 15 people")
    const reach = c.type === 'attack' ? 13 : 8;
    // "carried out 40 airstrikes": a counted noun inside the trigger's own words is what it counts
    for (let u = c.first; u <= c.last; u++) if (u !== c.head && view.is(units, u)) near.push({ u, distance: 0 });
    for (let u = c.last + 1; u <= Math.min(s.last, c.last + reach); u++) if (view.is(units, u)) near.push({ u, distance: u - c.last });
    // "shelled the besieged city of El Fasher on Tuesday, killing at least 24 civilians": the toll a participle
    // set off by a comma gives, a little farther on
    if (c.type === 'attack') {
      // (the participle may open a clause of its own: "attacked army positions, killing at least seven soldiers")
      const last = view.sentences[c.sentence]!.last;
      for (let k = c.last + 2; k <= Math.min(last, c.last + reach); k++) {
        if (!TOLL_PARTICIPLES.has(view.words[k]!) || view.words[k - 1] !== ',') continue;
        // (past what the loop above read: its clause, up to the attack's reach)
        for (let u = Math.max(k + 1, Math.min(s.last, c.last + reach) + 1); u <= Math.min(last, k + 6); u++) if (view.is(units, u)) near.push({ u, distance: u - c.last });
        break;
      }
    }
    // (not the object of another trigger before it that "and" joins to this one: "has freed 25 living hostages and returned the bodies of four others")
    for (let u = c.first - 1; u >= Math.max(s.first, c.first - 8); u--) if (view.is(units, u) && !objectOfConjunct(view, c, u, candidates)) near.push({ u, distance: c.first - u + 0.5 });
    // "33 hostages, including women and children, will be released": the subject before an aside that lists its members
    const sentenceFirst = view.sentences[c.sentence]!.first;
    let open = c.pos === 'verb' ? memberAsideBefore(view, c.first) : -1;
    if (open >= 0 && relativeBefore(view, sentenceFirst, open)) open = -1;
    if (open >= 0) for (let u = open - 1; u >= Math.max(sentenceFirst, open - 3); u--) if (view.is(units, u)) near.push({ u, distance: c.first - u + 0.5 });
    // "recorded more than 800 violations of the ceasefire": a noun trigger that is itself a unit counts itself, after every other unit
    if (c.pos === 'noun' && view.is(units, c.head)) near.push({ u: c.head, distance: reach + 1 });
    near.sort((a, b) => a.distance - b.distance);
    for (const { u } of near) {
      // "1,200 more prisoners": the noun after the count word is the unit
      if ((view.words[u] === 'more' || view.words[u] === 'others') && u + 1 <= s.last && view.is(units, u + 1)) continue;
      // "handed over 16 hostages": a number after the trigger reads no further back than the trigger
      // ("over" there is no qualifier), or than a number inside it ("allowed 200 aid trucks"); for a
      // noun the unit follows at once, back across it ("about 600 aid trucks")
      let floor = c.last + 1;
      if (u <= c.last || (u === c.last + 1 && c.pos === 'noun')) floor = open >= 0 && u < open ? sentenceFirst : s.first;
      else for (let k = c.first + 1; k <= c.last; k++) if (numeric(view, lex, k)) { floor = k; break; }
      const q = quantityAt(view, lex, u, floor);
      if (q !== null && price(view, view.tokenAtOrAfter(q.start))) continue;
      if (q !== null) { c.quantity = q; break; }
    }
    if (c.quantity === null) priceCount(view, lex, c, units);
  }
  prisonerDemonyms(view, lex, candidates);
}

/**
 * "the release of 250 Palestinians serving life sentences … in exchange for the hostages": a release
 * counted in a demonym plural is of prisoners when the document speaks of that people's prisoners
 * ("Palestinian prisoners", "Ukrainian detainees"), whatever captive word stands near the trigger.
 */
function prisonerDemonyms(view: EventView, lex: EventLexicon, candidates: Candidate[]): void {
  const prisoner = lex.sets.get('prisoner');
  if (prisoner === undefined) return;
  let held: Set<string> | null = null;
  for (const c of candidates) {
    if (c.type !== 'release' || c.subtype === 'prisoners' || c.subtype === 'remains' || c.quantity === null) continue;
    const unit = (c.quantity.unit ?? '').toLowerCase();
    if (!unit.endsWith('ians') && !unit.endsWith('is')) continue;
    if (held === null) {
      held = new Set();
      // the demonyms right before a prisoner word, in the document's lower-case words
      for (let k = 0; k + 1 < view.words.length; k++) if (view.is(prisoner, k + 1) && view.kinds[k] === 'word') held.add(view.words[k]!.toLowerCase());
    }
    if (held.has(unit.slice(0, -1))) c.subtype = 'prisoners';
  }
}

/** Sentences back a definite captive subject looks for the price that counted it. */
const PRICE_LOOKBACK = 3;

/** Auxiliaries between a definite captive subject and a release verb ("The prisoners | were | released"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['were', 'was', 'been', 'had', 'have', 'has', 'be', 'are', 'is', 'later', 'also', 'then', 'finally']);

/**
 * "Hamas freed six hostages in exchange for 620 Palestinian prisoners. … The prisoners were released
 * late on Saturday": a release whose definite subject names the captives paid as a price in its
 * sentence or the three before takes that price's count (06 reads no count after "in exchange for"
 * as the trigger's own; here it is the count of this release).
 */
function priceCount(view: EventView, lex: EventLexicon, c: Candidate, units: WordSet): void {
  if (c.type !== 'release' || c.pos !== 'verb') return;
  let k = c.first - 1;
  while (k > 0 && PASSIVE_AUX.has(view.words[k]!)) k--;
  if (k === c.first - 1 || !view.is(units, k) || view.words[k - 1]?.toLowerCase() !== 'the') return;
  const noun = view.words[k]!;
  const floor = view.sentences[Math.max(0, c.sentence - PRICE_LOOKBACK)]!.first;
  for (let f = k - 2; f >= floor + 2; f--) {
    if (view.words[f] !== 'for' || !price(view, f + 1)) continue;
    for (let u = f + 1; u <= Math.min(view.n - 1, f + 6); u++) {
      if (view.words[u] !== noun) continue;
      const q = quantityAt(view, lex, u, f + 1);
      if (q !== null) c.quantity = q;
      return;
    }
  }
}
