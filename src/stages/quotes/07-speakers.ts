/**
 * @module stages/quotes/07-speakers — what kind of speaker a source span is, and who it is.
 *
 * Kinds (EXPORT.md `speakerKind`): `pronoun` (`he`), `anonymous` (`a senior Hamas official`,
 * `sources familiar with the talks`, `officials`), `name` (a person mention), `organization`
 * (an organization, group or place mention, or a body: `the Israeli military`), `nominal`
 * (a description of one person: `the top US diplomat`).
 *
 * Resolution, within the document, to the mention that names the speaker best
 * (`antecedent`): `he`/`she` and person descriptions → the first person mention of the
 * nearest earlier sentence that has one (subjects come first); `it`/`they` and body
 * descriptions → the nearest earlier organization or group; a surname → the earlier full
 * name ending in it (`Blinken` → `Antony Blinken`). Anonymous speakers stay unresolved.
 */
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_MARKERS,
  BODY_HEADS,
  DETERMINERS,
  INDEFINITE,
  NP_STOPS,
  PART_WORDS,
  PERSON_ROLE_HEADS,
  SUBJECT_PRONOUNS,
  UNNAMED_PERSON_NOUNS,
} from './lexicon.js';
import { countryNamed, countryOfDemonym } from '../../kb/places.js';
import { sourceRegistry } from '../citations/load.js';
import { sourceBefore } from './03-sources.js';
import { cueRuleOf } from './cues.js';
import { mentionGender, nounGender, pronounGender, type Gender } from './gender.js';
import type { QuoteMarks, SourceSpan, SpeakerKind, TextSpan } from './types.js';
import type { Span } from '../../pipeline/annotation.js';
import { speakerType, type DocView, type ViewMention } from './view.js';

/** How many sentences back a pronoun or description looks for its antecedent. */
const LOOKBACK_SENTENCES = 6;

const BODY_TYPES: ReadonlySet<string> = new Set(['organization', 'group', 'place']);

/**
 * `ANONYMOUS_MARKERS` as one pattern (each marker a group of an alternation; every marker is
 * case-insensitive and has no other flag): one test of a speaker phrase instead of one per
 * marker. Matches exactly when some marker does (speakers.test.ts compares them).
 */
export const ANONYMOUS_MARKER: RegExp = new RegExp(ANONYMOUS_MARKERS.map((re) => `(?:${re.source})`).join('|'), 'i');

/** The kind of the speaker span `src`. */
export function speakerKind(view: DocView, src: SourceSpan): SpeakerKind {
  if (src.first === src.last && SUBJECT_PRONOUNS.has(view.lower(src.head))) return 'pronoun';
  const nounHead = describedBy(view, src);
  const head = view.lower(nounHead);
  const m = view.mentionAt(nounHead);
  const unnamed = (text: string): boolean => ANONYMOUS_MARKER.test(text);
  // `sources close to Netanyahu`: the marker before the head; after a name it describes the
  // named person (`Sameh Shoukry, who is close to the talks`), after a description the source.
  if (unnamed(view.slice(src.first, Math.max(src.first, nounHead)))) return 'anonymous';
  if ((m !== undefined && speakerType(m) === 'person') || appositiveName(view, src)) return 'name';
  if (appositiveBody(view, src)) return 'organization';
  // `One of them said`, `Most of those who spoke said`: an unnamed part of a group
  if (PART_WORDS.has(view.lower(src.head)) && view.lower(src.head + 1) === 'of') return 'anonymous';
  if (unnamed(view.slice(src.first, relativeClauseEnd(view, src.last)))) return 'anonymous';
  // `Haddad: …` in a headline, tagged otherwise there, is the Omar Haddad the article names
  if (src.first === src.last && (m === undefined || speakerType(m) !== 'person') && view.capitalized(src.head) && fullNamesOf(view).first.has(head)) return 'name';
  if (m && BODY_TYPES.has(speakerType(m))) return 'organization';
  const det = view.lower(src.first);
  // a source is unnamed by definition: `the source said` refers back to one
  if (ANONYMOUS_HEADS.has(head) && (INDEFINITE.has(det) || !DETERMINERS.has(det) || head.endsWith('s') || head === 'source')) return 'anonymous';
  if (INDEFINITE.has(det) && (PERSON_ROLE_HEADS.has(head) || ANONYMOUS_HEADS.has(head) || UNNAMED_PERSON_NOUNS.has(head))) return 'anonymous';
  if (det === 'the' && (PERSON_ROLE_HEADS.has(head) || ANONYMOUS_HEADS.has(head)) && introducedUnnamed(view, nounHead)) return 'anonymous';
  if (BODY_HEADS.has(head)) return 'organization';
  if (view.capitalized(src.head) && !PERSON_ROLE_HEADS.has(head) && !capitalOfPosition(view, nounHead, m !== undefined)) return 'name';
  return 'nominal';
}

/**
 * Whether the word at `k` is capitalized only because it opens its sentence: a plural
 * common noun no entity mention covers (`Shippers welcomed …`, `Economists cautioned …`).
 */
function capitalOfPosition(view: DocView, k: number, mentioned: boolean): boolean {
  if (mentioned || view.sentenceAt(k)?.first !== k) return false;
  const text = view.tokens[k]!.text;
  return text.length > 3 && text.endsWith('s') && !text.endsWith('ss') && text.slice(1) === text.slice(1).toLowerCase();
}

/** Tokens a relative clause after a speaker may run (`a UN official who spoke on condition of anonymity`). */
const RELATIVE_CLAUSE_TOKENS = 12;

/**
 * The last token of a relative clause right after the speaker span that ends at `last`
 * (`, who asked not to be named`), in the same sentence, or `last` when none follows: an
 * unnamed source's anonymity is often said there rather than in the noun phrase. Only a
 * description is read that way (`Smith, who is close to the president` stays a name).
 */
function relativeClauseEnd(view: DocView, last: number): number {
  let k = last + 1;
  if (view.tokens[k]?.text === ',') k++;
  const w = view.tokens[k] === undefined ? '' : view.lower(k);
  if (w !== 'who' && w !== 'whom') return last;
  const sentence = view.sentenceOf[last] ?? -1;
  let end = k;
  while (end + 1 < view.tokens.length && end < k + RELATIVE_CLAUSE_TOKENS && view.sentenceOf[end + 1] === sentence && view.tokens[end + 1]!.text !== ',') end++;
  return end;
}

/** Whether a person's name is set off by a comma inside `src` (`Russia's foreign minister, Sergey Lavrov`): the description is named there. */
function appositiveName(view: DocView, src: SourceSpan): boolean {
  for (let k = src.first + 1; k < src.last; k++) {
    if (view.tokens[k]!.text !== ',') continue;
    // the name may follow a short title (`, presidential aide Vladimir Medinsky`) and then ends the phrase
    for (let j = k + 1; j <= Math.min(src.last, k + 1 + APPOSITIVE_TITLE_WORDS); j++) {
      const m = view.mentionAt(j);
      if ((m !== undefined && speakerType(m) === 'person') && m.first === j) {
        if (j === k + 1) return true;
        const after = m.last + 1;
        return after > src.last || view.tokens[after]!.text === ',';
      }
      // a title is a few plain nouns and adjectives: no clause or phrase word, no verb form (`, who met Vladimir Putin,`, `, speaking after meeting …`)
      const w = view.lower(j);
      if (view.tokens[j]!.kind !== 'word' || NP_STOPS.has(w) || /(?:ing|ed)$/.test(w)) break;
    }
  }
  return false;
}

/**
 * Whether a body's name is set off last in `src` (`The UN agency for Palestinian refugees,
 * UNRWA`, `Hamas's armed wing, the Qassam Brigades`): the description is that body speaking.
 */
function appositiveBody(view: DocView, src: SourceSpan): boolean {
  const m = view.mentionAt(src.last);
  if (m === undefined || m.last !== src.last || !BODY_TYPES.has(speakerType(m)) || speakerType(m) === 'place') return false;
  const before = view.lower(m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  if (!(before > src.first && view.tokens[before]!.text === ',')) return false;
  // the description's head is a body, not a person (`A spokesman for Hamas's armed wing, the Qassam Brigades` is a person)
  let end = before;
  for (let k = src.first + 1; k < before; k++) if (HEAD_ENDS.has(view.lower(k))) { end = k; break; }
  const head = view.lower(end - 1);
  return !(PERSON_ROLE_HEADS.has(head) || ANONYMOUS_HEADS.has(head) || UNNAMED_PERSON_NOUNS.has(head) || UNNAMED_PERSON_NOUNS.has(head.replace(/s$/, '')));
}

/** Prepositions that end a description's head noun (`a spokesman for …`, `the head of …`). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'to']);

/** An age used as a noun (`the 26-year-old told CNN`): a person, the one the article named last. */
const AGE_NOUN = /^\d+-year-old$/;

/** Title words an appositive name may follow (`, presidential aide Vladimir Medinsky`). */
const APPOSITIVE_TITLE_WORDS = 3;

/** Sentences back that `the official` may refer to `an official` in. */
const UNNAMED_LOOKBACK = 3;

/**
 * Whether the noun at `k` (`the official`) refers back to an unnamed one: the same noun
 * after an indefinite determiner a few words before it (`A U.S. official who spoke on
 * condition of anonymity …`), in this or the last {@link UNNAMED_LOOKBACK} sentences, with
 * no name right after it (`a spokesman, Ali Said, …` is named).
 */
function introducedUnnamed(view: DocView, k: number): boolean {
  const noun = view.lower(k);
  const here = view.sentenceOf[k] ?? 0;
  const from = view.sentences[Math.max(0, here - UNNAMED_LOOKBACK)]?.first ?? 0;
  for (let j = k - 2; j >= from; j--) {
    if (view.lower(j) !== noun) continue;
    let indefinite = -1;
    for (let d = j - 1; d >= Math.max(from, j - 3); d--) if (INDEFINITE.has(view.lower(d))) indefinite = d;
    if (indefinite < 0) continue;
    const next = view.tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
    // `Osama Hamdan, a senior Hamas official,`: named before the description too (not `After
    // meeting Benjamin Netanyahu, a senior U.S. official said`: there the name opens no clause)
    const named = view.tokens[indefinite - 1]?.text === ',' ? view.mentionAt(indefinite - 2) : undefined;
    const before = named?.last === indefinite - 2 ? named : undefined;
    return !isPersonMention(view.mentionAt(next)) && !(isPersonMention(before) && leadsDescription(view, before!.first) && closesDescription(view, j));
  }
  return false;
}

/**
 * Heads that refer back only to a person the article described with the same noun: `the
 * official` is `Osama Hamdan, a senior Hamas official`, never `Prime Minister Benjamin
 * Netanyahu` (a title names the office; `official` is what reporters call those they don't).
 */
const SELF_NAMED_HEADS: ReadonlySet<string> = new Set(['official']);

/**
 * Whether the token at `k`, a person's name, opens its clause: the sentence's first token,
 * or after an opening quotation mark (not `After meeting Benjamin Netanyahu, …`, `In a call
 * with X, …`, where the words set off after the name describe someone else).
 */
function opensClause(view: DocView, k: number): boolean {
  const sentence = view.sentences[view.sentenceOf[k] ?? -1];
  if (sentence === undefined) return false;
  let first = sentence.first;
  while (first < k && view.tokens[first]!.kind === 'quote') first++;
  return first === k;
}

/**
 * Whether the description set off after the name at `k` is the name's: the name opens its
 * clause ({@link opensClause}) or is the subject of an inverted tag (`“…,” said Majed
 * al-Ansari, a spokesman for the ministry`), not the object of a clause before it.
 */
function leadsDescription(view: DocView, k: number): boolean {
  if (opensClause(view, k)) return true;
  const mark = view.tokens[k - 2];
  return mark !== undefined && (mark.kind === 'quote' || mark.text === ',') && view.tokens[k - 1]!.kind === 'word' && cueRuleOf(view.lower(k - 1)) !== undefined;
}

/**
 * Whether the noun at `j` ends a description set off after a name (`…, a senior Hamas
 * official, said`, `… official who`, `… official said`): punctuation, a relative pronoun or
 * a verb of saying follows, not another noun (`official visit`).
 */
function closesDescription(view: DocView, j: number): boolean {
  const next = view.tokens[j + 1];
  if (next === undefined || next.kind !== 'word') return true;
  return DESCRIPTION_ENDS.has(view.lower(j + 1));
}

/** Words that may follow the noun of a description set off after a name. */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['who', 'said', 'says', 'told', 'tells', 'added', 'and', 'in', 'at', 'of', 'for', 'with', 'from']);

/** Per view and noun, the full names of the persons the article described with that noun. */
const describedCache = new WeakMap<DocView, Map<string, Set<string>>>();

/**
 * Whether the article described the person `m` names (any mention with the same full name)
 * with `noun` as a title or a description set off beside the name: `Hamas official Osama
 * Hamdan`, `a senior Hamas official, Osama Hamdan,` or `Osama Hamdan, a senior Hamas
 * official,` (when the name opens its clause). An adjective (`his first official visit`)
 * describes nothing. Computed once per view and noun.
 */
function describedAs(view: DocView, m: ViewMention, noun: string): boolean {
  let byNoun = describedCache.get(view);
  if (byNoun === undefined) { byNoun = new Map(); describedCache.set(view, byNoun); }
  let names = byNoun.get(noun);
  if (names === undefined) {
    names = new Set();
    for (const x of view.mentions) {
      if (speakerType(x) !== 'person') continue;
      const sentence = view.sentences[view.sentenceOf[x.first] ?? -1];
      if (sentence === undefined) continue;
      // right before the name (`official Osama Hamdan`), or closing an appositive before it (`…official, Osama Hamdan`)
      const title = x.first - 1 >= sentence.first && view.lower(x.first - 1) === noun;
      const before = x.first - 2 >= sentence.first && view.tokens[x.first - 1]!.text === ',' && view.lower(x.first - 2) === noun;
      let after = false;
      if (!title && !before && view.tokens[x.last + 1]?.text === ',' && leadsDescription(view, x.first)) {
        for (let k = x.last + 2; k <= Math.min(sentence.last, x.last + 1 + DESCRIPTION_TOKENS); k++) {
          const t = view.tokens[k]!;
          if (t.kind !== 'word') break;
          if (view.lower(k) === noun) { after = closesDescription(view, k); break; }
        }
      }
      if (title || before || after) names.add(fullName(view, x).text);
    }
    byNoun.set(noun, names);
  }
  return names.has(fullName(view, m).text);
}

/** Tokens after a name a description set off after it may run (`, a senior Hamas official`). */
const DESCRIPTION_TOKENS = 6;

/**
 * Whether mention `x` lies inside a double-mark quotation of `marks` (pass 01's pairs) with
 * words beside it: what someone said (`“It is Hamas that refuses,”`), not a name set in
 * quotation marks (`energy giant "Gazprom"`).
 */
function insideQuotation(marks: readonly QuoteMarks[], x: ViewMention): boolean {
  return marks.some((m) => m.family === 'double' && m.first <= x.first && x.last <= m.last && (m.first < x.first || m.last > x.last));
}

/** Whether `m` is a person's mention. */
function isPersonMention(m: ViewMention | undefined): boolean {
  return m !== undefined && speakerType(m) === 'person';
}

/** Prepositions after which a place or group only says where or whose (`residents of`, `officials in`). */
const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'from', 'at', 'near', 'across']);

/**
 * The token whose noun says what the speaker is. Source finders take a capitalized word as
 * the head (`said State Department spokesman Matthew Miller` → `Miller`), but a phrase that
 * ends in a lower-case person or unnamed-source noun after capitalized modifiers is that
 * noun (`according to a UN official`, `said senior Hamas officials`): the capitalized word
 * only says whose.
 */
function describedBy(view: DocView, src: SourceSpan): number {
  // `Residents of Rafah`, `families of the hostages`: the noun before the preposition, not the place;
  // `Two diplomats briefed on the talks`, `officials involved in …`: the noun before a participle
  for (let k = src.first; k < src.head && k <= src.first + 2; k++) {
    const w = view.lower(k);
    const next = view.lower(k + 1);
    if ((MODIFIER_PREPOSITIONS.has(next) || (next.length > 3 && next.endsWith('ed') && !view.capitalized(k + 1))) && (PERSON_ROLE_HEADS.has(w) || ANONYMOUS_HEADS.has(w) || UNNAMED_PERSON_NOUNS.has(w))) return k;
  }
  if (src.head >= src.last || view.capitalized(src.last)) return src.head;
  const last = view.lower(src.last);
  if (!PERSON_ROLE_HEADS.has(last) && !ANONYMOUS_HEADS.has(last)) return src.head;
  for (let k = src.head + 1; k < src.last; k++) if (!view.capitalized(k)) return src.head;
  return src.last;
}

function textSpan(view: DocView, m: { readonly start: number; readonly end: number }): TextSpan {
  return { start: m.start, end: m.end, text: view.text.slice(m.start, m.end) };
}

/** The last word of a mention, lower case (`Blinken` for `Antony Blinken`). */
function lastWord(m: ViewMention): string {
  return m.text.split(/\s+/).at(-1)!.toLowerCase();
}

/** Per document, the full names by last word (`fullName`). */
interface FullNames {
  /** Each last word of a person mention of several words, and the position in `view.mentions` of the first such mention. */
  readonly first: ReadonlyMap<string, number>;
  /** Whether the mentions are in text order (they are when they come from the ner layer). */
  readonly ordered: boolean;
}

/** Built once per document: `fullName` looks a surname up instead of scanning every earlier mention (quadratic on a long document). */
const fullNames = new WeakMap<DocView, FullNames>();

function fullNamesOf(view: DocView): FullNames {
  let names = fullNames.get(view);
  if (names === undefined) {
    const first = new Map<string, number>();
    let ordered = true;
    view.mentions.forEach((o, i) => {
      if (i > 0 && o.start < view.mentions[i - 1]!.start) ordered = false;
      if (speakerType(o) !== 'person' || !/\s/.test(o.text)) return;
      const word = lastWord(o);
      if (!first.has(word)) first.set(word, i);
    });
    names = { first, ordered };
    fullNames.set(view, names);
  }
  return names;
}

/**
 * For a one-word person mention, the first earlier mention of the full name ending in it:
 * the first mention ending in it, unless a mention starting at or after `m` comes before
 * it in `view.mentions` (where a scan of the earlier mentions stops).
 */
function fullName(view: DocView, m: ViewMention): ViewMention {
  if (/\s/.test(m.text)) return m;
  const { first, ordered } = fullNamesOf(view);
  const i = first.get(m.text.toLowerCase());
  if (i === undefined) return m;
  if (ordered) return view.mentions[i]!.start < m.start ? view.mentions[i]! : m;
  for (let k = 0; k <= i; k++) if (view.mentions[k]!.start >= m.start) return m;
  return view.mentions[i]!;
}

/** The first mention of an allowed type in the nearest sentence before token `before` that has one. */
function nearestMention(view: DocView, before: number, ok: (m: ViewMention) => boolean): ViewMention | undefined {
  const here = view.sentenceOf[before] ?? -1;
  const firstSentence = Math.max(0, (here < 0 ? view.sentences.length : here) - LOOKBACK_SENTENCES);
  const limit = view.tokens[before]?.start ?? view.text.length;
  const from = here < 0 ? firstSentence : here;
  for (let s = from; s >= firstSentence; s--) {
    const sent = view.sentences[s];
    if (sent === undefined) continue;
    // `Asked whether Trump deserved credit, Mr. Biden paused.`: the main clause's subject before the opening clause's names
    const main = mainClauseStart(view, sent);
    for (let k = main; k <= sent.last; k++) {
      const m = view.mentionAt(k);
      if (m && m.start < limit && ok(m)) return m;
    }
    for (let k = sent.first; k < main; k++) {
      const m = view.mentionAt(k);
      if (m && m.start < limit && ok(m)) return m;
    }
  }
  return undefined;
}

/**
 * The first token after a clause opening the sentence with a participle or a subordinator and
 * closed by a comma (`Asked whether …,`, `When the talks resumed,`), or the sentence's first token.
 */
function mainClauseStart(view: DocView, sent: { readonly first: number; readonly last: number }): number {
  const w = view.lower(sent.first);
  const opens = OPENING_CLAUSE_WORDS.has(w) || (view.capitalized(sent.first) && /^[a-z]+(?:ed|ing)$/.test(w) && !view.mentionAt(sent.first));
  if (!opens) return sent.first;
  for (let k = sent.first + 1; k < sent.last; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'quote') return sent.first;
    if (t.text === ',') return k + 1;
  }
  return sent.first;
}

/** Words that open a subordinate clause before the main one (`When …,`, `After …,`, `Although …,`). */
const OPENING_CLAUSE_WORDS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'while', 'although', 'though', 'as', 'since', 'if', 'because', 'once', 'despite', 'following', 'asked', 'speaking']);

/**
 * The antecedent of a speaker span of `kind`, or undefined (a pronoun's is never named inside
 * `content`, the quote it speaks: `“Hamas is lying,” it said`). It remembers, per view, the
 * `he`/`she` speakers it resolved and the bodies that spoke, so that a later pronoun can
 * follow them: call it in text order (findQuotes does).
 */
export function antecedentOf(view: DocView, src: SourceSpan, kind: SpeakerKind, content: Span | undefined, marks: readonly QuoteMarks[]): TextSpan | undefined {
  const head = view.lower(src.head);
  if (kind === 'anonymous') {
    noteUnnamed(view, src);
    return undefined;
  }
  if (kind === 'pronoun') {
    const refers = SUBJECT_PRONOUNS.get(head);
    // `Israel, which has long opposed …`, `Omar Haddad, who said …`: the mention right before the relative pronoun
    if (head === 'who' || head === 'which') {
      const before = view.tokens[src.first - 1]?.text === ',' ? src.first - 2 : src.first - 1;
      const m = view.mentionAt(before);
      if (m !== undefined && m.last === before && (head === 'which' ? speakerType(m) !== 'person' : speakerType(m) === 'person')) return named(view, m);
    }
    // `“Hamas is lying,” it said`: a name in the pronoun's own quote is what it spoke of, not who
    // spoke, and so is a name in any quotation (`“It is Hamas that refuses,” it said, adding that …`)
    const outside = (x: ViewMention): boolean => (content === undefined || x.start < content.start || x.end > content.end) && !insideQuotation(marks, x);
    if (refers === 'person') {
      // `Umerov met Ursula von der Leyen. She said …`: the nearest person the pronoun can be
      const gender = pronounGender(head);
      const m = nearestMention(view, src.first, (x) => speakerType(x) === 'person' && outside(x) && (gender === null || agrees(view, x, gender)));
      if (gender === null) return named(view, m);
      const found = alongTrail(view, src.first, gender, m);
      if (found !== undefined) noteOnTrail(view, src.first, gender, found);
      return found;
    }
    if (refers === 'body') return alongTrail(view, src.first, 'body', nearestMention(view, src.first, (m) => BODY_TYPES.has(speakerType(m)) && speakerType(m) !== 'place' && outside(m)));
    return undefined;
  }
  if (kind === 'organization') {
    // `His office said …`: the office of the person `his` refers to, who speaks through it
    const owner = view.lower(src.first);
    if ((owner === 'his' || owner === 'her') && src.head === src.first + 1 && OWNED_BODIES.has(head)) {
      const gender = pronounGender(owner);
      const m = nearestMention(view, src.first, (x) => speakerType(x) === 'person' && (gender === null || agrees(view, x, gender)));
      return gender === null ? named(view, m) : alongTrail(view, src.first, gender, m);
    }
    // `“…,” the statement said. It added …`: `it` is the body that issued the statement, not the statement
    const issuer = DOCUMENT_NOUNS.has(head) && view.lower(src.first) === 'the' ? issuerOf(view, src.first, head) : undefined;
    noteOnTrail(view, src.first, 'body', (issuer && named(view, issuer)) ?? textSpan(view, { start: view.tokens[src.first]!.start, end: view.tokens[src.last]!.end }));
  }
  // `the Qatari premier` is the person named before; `Netanyahu's spokesman` is someone else
  if (kind === 'nominal') {
    const age = AGE_NOUN.test(head);
    // `the nurse` is the person the article described as one (`Samira Haddad, a nurse at the hospital,`), never just the last one named
    const described = !age && !PERSON_ROLE_HEADS.has(head) && UNNAMED_PERSON_NOUNS.has(head) && view.lower(src.first) === 'the';
    if (!(PERSON_ROLE_HEADS.has(head) || age || described) || possessed(view, src)) return undefined;
    // `The Israeli leader` is a person the article names with `Israeli` (`Israeli Prime Minister X`), not the last one named
    const marks = countryMarks(view, src.first, src.last + 1);
    // `the Israeli official` is someone the article called an official, not the prime minister named last
    const person = (m: ViewMention): boolean => speakerType(m) === 'person' && (!(SELF_NAMED_HEADS.has(head) || described) || describedAs(view, m, head));
    // `the spokesman` is first the person the article described as a spokesman (`said X, a spokesman for …`), then the last one named
    const roleDescribed = marks.size === 0 && PERSON_ROLE_HEADS.has(head) && !SELF_NAMED_HEADS.has(head) ? nearestMention(view, src.first, (m) => speakerType(m) === 'person' && describedAs(view, m, head)) : undefined;
    const found = marks.size === 0
      ? named(view, roleDescribed ?? nearestMention(view, src.first, person))
      : named(view, nearestMention(view, src.first, (m) => person(m) && markFit(view, m, marks) === 2) ?? (onlyCountries(marks) ? nearestMention(view, src.first, (m) => person(m) && markFit(view, m, marks) === 1) : undefined));
    // a later `he`/`she` may be this person (`The U.N. secretary-general urged … “…,” he said`)
    const self = found ?? textSpan(view, { start: view.tokens[src.first]!.start, end: view.tokens[src.last]!.end });
    noteOnTrail(view, src.first, 'm', self);
    noteOnTrail(view, src.first, 'f', self);
    return found;
  }
  if (kind === 'name') {
    // `A: We are closer than ever.` in a `Q:`/`A:` interview: the interviewee, the first person the article names before its first answer
    if (src.first === src.last && view.tokens[src.first]!.text === 'A' && view.tokens[src.first + 1]?.text === ':') return interviewee(view, src.first);
    const m = view.mentionAt(src.head);
    // `Witkoff: Deal "very close"` in a headline the tagger did not read as a person: the person the article names so
    if ((m === undefined || speakerType(m) !== 'person') && src.first === src.last) {
      const i = fullNamesOf(view).first.get(view.lower(src.head));
      return i === undefined ? undefined : textSpan(view, view.mentions[i]!);
    }
    if ((m === undefined || speakerType(m) !== 'person')) return undefined;
    const full = fullName(view, m);
    return full === m ? undefined : textSpan(view, full);
  }
  if (kind === 'organization' && DOCUMENT_NOUNS.has(head) && view.lower(src.first) === 'the') {
    const issuer = issuerOf(view, src.first, head);
    if (issuer !== undefined) return named(view, issuer);
  }
  if (kind === 'organization' && view.mentionAt(src.head) === undefined) {
    const own = named(view, nearestMention(view, src.first, (m) => speakerType(m) === 'organization' && m.text.toLowerCase().includes(head)));
    // `The RSF … said it welcomed the plan. … the group said …`: the body named last, as `it` would be
    // (`the group`, `The militant group`, `the Palestinian militant group`: a few modifiers allowed)
    if (own === undefined && GENERIC_BODIES.has(head) && src.head > src.first && src.head <= src.first + 3 && view.lower(src.first) === 'the') {
      // named in an earlier sentence: one named in this sentence is where or what (`In a statement on Telegram, the group said`)
      const here = view.sentenceOf[src.first];
      // (`…, Reuters reported. The group said`: an outlet is never `the group`, only `the network`, `the newspaper` …)
      const press = PRESS_BODIES.has(head);
      const body = nearestMention(view, src.first, (m) => BODY_TYPES.has(speakerType(m)) && speakerType(m) !== 'place' && view.sentenceOf[m.first] !== here && (press || !isNewsOutlet(m.text)));
      const found = alongTrail(view, src.first, 'body', body, true);
      return press || found === undefined || !isNewsOutlet(found.text) ? found : named(view, body);
    }
    return own;
  }
  return undefined;
}

/**
 * The marks of whose a description is in tokens `from`…`to` (exclusive): a country's name or
 * demonym (`Israeli` → israel) or a body's acronym (`U.N.`, `NATO` → `~u.n.`, `~nato`); other
 * capitalized words (`Top`, `Senior` opening a sentence, `Prime Minister`) mark nothing.
 */
function countryMarks(view: DocView, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) if (isMark(view, k)) out.add(countryMark(view.tokens[k]!.text));
  return out;
}

/** Whether token `k` is a country's name or demonym, or an acronym (`U.N.`, `EU`, `NATO`). */
function isMark(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  if (t.kind !== 'word' || !view.capitalized(k)) return false;
  return countryOfDemonym(t.text) !== undefined || countryNamed(t.text) !== undefined || /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/.test(t.text);
}

/**
 * Whether every mark is a country: a person titled without one may still be meant (`the top
 * U.S. diplomat` after `Secretary of State Antony Blinken`); a body's mark (`The U.N.
 * secretary-general`) must be named with the person.
 */
function onlyCountries(marks: ReadonlySet<string>): boolean {
  for (const m of marks) if (m.startsWith('~')) return false;
  return true;
}

/** Country abbreviations the countries package does not list (`U.S.`, `UK`), by their folded letters. */
const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['us', 'united states'], ['usa', 'united states'], ['uk', 'united kingdom']]);

/**
 * Demonyms the countries package gives another country (`American` is listed for the Northern
 * Mariana Islands), by their lower-case form: news mean the United States.
 */
const DEMONYM_OVERRIDES: ReadonlyMap<string, string> = new Map([['american', 'united states'], ['americans', 'united states']]);

function countryMark(word: string): string {
  const fixed = DEMONYM_OVERRIDES.get(word.toLowerCase());
  if (fixed !== undefined) return fixed;
  const c = countryOfDemonym(word) ?? countryNamed(word);
  if (c !== undefined) return c.name.toLowerCase();
  return COUNTRY_ABBREVIATIONS.get(word.replace(/\./g, '').toLowerCase()) ?? `~${word.toLowerCase()}`;
}

/** How far before a person's name its title may name the country (`Israeli Prime Minister Benjamin Netanyahu`). */
const MARK_WINDOW = 6;

/**
 * How well person `m` fits a description with `marks`: 2 when the title right before the name
 * (its run of capitalized words: `Israeli Prime Minister Benjamin Netanyahu`) or the appositive
 * after it (`Netanyahu, the Israeli prime minister,`) names one of those countries, 1 when it
 * names none (`Secretary of State Antony Blinken` may be `the top U.S. diplomat`), 0 when it
 * names only others (then `The Israeli leader` is not Al Thani).
 */
function markFit(view: DocView, m: ViewMention, marks: ReadonlySet<string>): 0 | 1 | 2 {
  const own = new Set<string>();
  const sentence = view.sentenceOf[m.first];
  const note = (k: number): void => {
    if (isMark(view, k)) own.add(countryMark(view.tokens[k]!.text));
  };
  for (let k = m.first - 1; k >= Math.max(0, m.first - MARK_WINDOW) && view.sentenceOf[k] === sentence; k--) {
    if (!view.capitalized(k) && view.lower(k) !== 'of') break;
    note(k);
  }
  if (view.tokens[m.last + 1]?.text === ',') {
    for (let k = m.last + 2; k <= m.last + 1 + MARK_WINDOW && k < view.tokens.length && view.sentenceOf[k] === sentence; k++) {
      if (view.tokens[k]!.text === ',') break;
      note(k);
    }
  }
  return own.size === 0 ? 1 : [...own].some((c) => marks.has(c)) ? 2 : 0;
}

/** Whether a possessive stands in the speaker phrase before its head (`Netanyahu's spokesman`). */
function possessed(view: DocView, src: SourceSpan): boolean {
  for (let k = src.first; k < src.head; k++) if (/^['’]s?$/.test(view.tokens[k]!.text)) return true;
  return false;
}

/** The first person mention before token `before` (the interviewee an interview's introduction names), as its full name. */
function interviewee(view: DocView, before: number): TextSpan | undefined {
  const limit = view.tokens[before]!.start;
  let first: ViewMention | undefined;
  for (const m of view.mentions) if (m.start < limit && speakerType(m) === 'person' && (first === undefined || m.start < first.start)) first = m;
  return named(view, first);
}

/** Bodies through which their owner speaks (`His office said`, `her campaign said`). */
const OWNED_BODIES: ReadonlySet<string> = new Set(['office', 'campaign', 'government', 'administration', 'team', 'cabinet', 'camp', 'presidency', 'party', 'department', 'ministry']);

/** Body nouns news use for the organization named last (`the group said`, `the movement said`, `The network reported`). */
const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'group', 'movement', 'militia', 'faction', 'organization', 'organisation', 'charity',
  'network', 'newspaper', 'broadcaster', 'channel', 'paper', 'outlet', 'station', 'daily', 'website', 'site', 'magazine',
]);

/** Of {@link GENERIC_BODIES}, the nouns that name a news outlet (the others never do). */
const PRESS_BODIES: ReadonlySet<string> = new Set(['network', 'newspaper', 'broadcaster', 'channel', 'paper', 'outlet', 'station', 'daily', 'website', 'site', 'magazine']);

/** Whether the outlet registry knows `name` as a news outlet (an agency, broadcaster, newspaper …; not an official body). */
function isNewsOutlet(name: string): boolean {
  const kind = sourceRegistry().lookup(name)?.kind;
  return kind !== undefined && kind !== 'official' && kind !== 'reference';
}

/** Texts that speak for whoever issued them (`the statement said`). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'letter', 'declaration', 'readout', 'post']);

/**
 * Who issued `the statement` before token `before`: the first person, organization or
 * place mention of the nearest earlier sentence (of the last {@link UNNAMED_LOOKBACK}) that
 * names `a statement` / `a joint statement` and has such a mention before the noun
 * (`Netanyahu's office said in a statement that …`).
 */
function issuerOf(view: DocView, before: number, noun: string): ViewMention | undefined {
  const here = view.sentenceOf[before] ?? 0;
  for (let s = here; s >= Math.max(0, here - UNNAMED_LOOKBACK); s--) {
    const sent = view.sentences[s]!;
    const last = s === here ? before - 1 : sent.last;
    for (let k = last; k > sent.first; k--) {
      if (view.lower(k) !== noun) continue;
      const d = view.lower(k - 1) === 'joint' ? k - 2 : k - 1;
      const det = view.lower(d);
      if (det !== 'a' && det !== 'an') continue;
      const issued = issuerNamedWith(view, d, k, sent);
      // `the dockers' union said in a joint statement`: an issuer no mention names is still the issuer
      if (issued !== undefined) return issued ?? undefined;
      for (let j = sent.first; j < k; j++) {
        const m = view.mentionAt(j);
        if (m !== undefined && (speakerType(m) === 'person' || BODY_TYPES.has(speakerType(m)))) return m;
      }
    }
  }
  return undefined;
}

/**
 * The issuer a sentence names with its statement (the determiner at `det`, the noun at `noun`):
 * the first of the bodies after `by`/`from` (`according to a joint statement by the United
 * States, Egypt and Qatar`), or the first of the subject of the cue right before `in a statement`
 * (`…, Saudi Arabia and the United States said in a joint statement, after …`): not a place or
 * a body the sentence names before them (`Talks between Sudan's army and …` opening it); null
 * when that subject has no mention (`the dockers' union said in a joint statement`), undefined
 * when the sentence does not say who issued it.
 */
function issuerNamedWith(view: DocView, det: number, noun: number, sent: { first: number; last: number }): ViewMention | null | undefined {
  const speaks = (m: ViewMention | undefined): m is ViewMention => m !== undefined && (speakerType(m) === 'person' || BODY_TYPES.has(speakerType(m)));
  const after = view.lower(noun + 1);
  if (after === 'by' || after === 'from') {
    const at = view.lower(noun + 2) === 'the' ? noun + 3 : noun + 2;
    const m = at <= sent.last ? view.mentionAt(at) : undefined;
    if (speaks(m) && m.first === at) return m;
  }
  if (view.lower(det - 1) !== 'in') return undefined;
  // `said in a statement`, `said on Sunday in a joint statement`: the cue a few words before `in`
  for (let c = det - 2; c >= Math.max(sent.first, det - 6); c--) {
    if (view.tokens[c]!.kind !== 'word' || cueRuleOf(view.lower(c)) === undefined) continue;
    const src = sourceBefore(view, c, sent.first);
    if (src === null) return undefined;
    for (let j = src.first; j <= src.last; j++) {
      const m = view.mentionAt(j);
      if (speaks(m)) return m;
    }
    return null;
  }
  return undefined;
}

/** What a later pronoun may follow: a `he`/`she` speaker (its gender) or a body that spoke. */
type TrailKey = Gender | 'body';

/**
 * Per document, the speakers a later pronoun may follow, in the order they were resolved:
 * `he`/`she` speakers with the person they were, bodies that spoke (`The Israeli military
 * said …`) with the words naming them.
 */
const trails = new WeakMap<DocView, { at: number; key: TrailKey; span: TextSpan }[]>();

/** Notes that the speaker at token `at` was `span`, for the pronouns of `key` after it. */
function noteOnTrail(view: DocView, at: number, key: TrailKey, span: TextSpan): void {
  let list = trails.get(view);
  if (list === undefined) {
    list = [];
    trails.set(view, list);
  }
  if (!list.some((p) => p.at === at && p.key === key)) list.push({ at, key, span });
}

/**
 * A pronoun speaker of `key` at token `at`: the last speaker of the same key, when it came
 * after the nearest agreeing mention `m` (a later sentence, or before it in its sentence)
 * within the look-back; else `m`. (`She said Europe would keep funding Kyiv. "We
 * will not abandon Ukraine," she told reporters.`: the second `she` is the first one's
 * person, not a word tagged as a person after it; `The Israeli military said … It said …`:
 * the military, which no mention names, not the organization of the headline.)
 */
function alongTrail(view: DocView, at: number, key: TrailKey, m: ViewMention | undefined, latest = false): TextSpan | undefined {
  const here = view.sentenceOf[at] ?? 0;
  let prior: { at: number; span: TextSpan } | undefined;
  for (const p of trails.get(view) ?? []) if (p.key === key && p.at < at && here - (view.sentenceOf[p.at] ?? 0) <= LOOKBACK_SENTENCES && (prior === undefined || p.at > prior.at)) prior = p;
  if (prior === undefined) return named(view, m);
  const priorSentence = view.sentenceOf[prior.at] ?? -1;
  const mSentence = m === undefined ? -1 : view.sentenceOf[m.first] ?? -1;
  // a body's words may start where its mention does (`Hamas said`); a pronoun is never a person mention's start
  const before = key === 'body' ? prior.at <= (m?.first ?? 0) : prior.at < (m?.first ?? 0);
  // `…, three Israeli officials told Axios, though they cautioned …`: a speaker of the pronoun's own sentence after the mention is nearer
  // (`Hamas rejected the plan, Haaretz reported. The newspaper said …`: with `latest`, in any sentence)
  const nearer = mSentence === priorSentence && (latest || priorSentence === (view.sentenceOf[at] ?? -2)) && prior.at > (m?.last ?? 0);
  return m === undefined || mSentence < priorSentence || (mSentence === priorSentence && before) || nearer ? prior.span : named(view, m);
}

/** Speaker spans of unnamed sources put on the trail: a pronoun resolved to one is an unnamed source too. */
const unnamedSpans = new WeakSet<TextSpan>();

/** Whether `span`, a pronoun's antecedent, is an unnamed source (`A senior official said … “…,” he said`). */
export function isUnnamedSource(span: TextSpan): boolean {
  return unnamedSpans.has(span);
}

/**
 * Puts an unnamed source on the trail, for a later pronoun to follow (`A senior Egyptian
 * official … said the gaps had narrowed. “…,” he said.`: the official, not the person named
 * paragraphs before): one person (`an official`, `one diplomat`, `a source`) for `he`/`she`
 * (a gendered noun for its own), a plural (`two diplomats`, `officials`) for `they`.
 */
function noteUnnamed(view: DocView, src: SourceSpan): void {
  const head = view.lower(describedBy(view, src));
  const span = textSpan(view, { start: view.tokens[src.first]!.start, end: view.tokens[src.last]!.end });
  unnamedSpans.add(span);
  const plural = head === 'people' || head === 'others' || (head.endsWith('s') && !head.endsWith('ss'));
  if (plural) {
    noteOnTrail(view, src.first, 'body', span);
    return;
  }
  const gender = nounGender(head);
  if (gender !== 'f') noteOnTrail(view, src.first, 'm', span);
  if (gender !== 'm') noteOnTrail(view, src.first, 'f', span);
}

/** Whether nothing the document tells of person `m` (on its full name) contradicts `gender`. */
function agrees(view: DocView, m: ViewMention, gender: Gender): boolean {
  const g = mentionGender(view, m, fullName(view, m));
  return g === null || g === gender;
}

function named(view: DocView, m: ViewMention | undefined): TextSpan | undefined {
  return m === undefined ? undefined : textSpan(view, speakerType(m) === 'person' ? fullName(view, m) : m);
}
