/**
 * @module stages/published/clues — proposers of publication-date evidence read from the text.
 *
 * - `dateLine`: a "date 2024-02-02", "Published June 10, 2024" or "Updated: …" line, or a
 *   line holding nothing but a full date ("August 15, 2024"), near the top of the body
 *   (method `header`);
 * - `eventMentions`: year-less dates that name a known event ("since Hamas' October 7
 *   attack") become dated mentions, when the article's words fit the event;
 * - `warLengthClues`: "15 months of war", "the war, now in its third year" count from a
 *   war's start in data/events.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../util/paths.js';
import type { EvidenceSpan } from '../../pipeline/document.js';
import type { Clue, DateMention } from './infer.js';
import { parseMetadataDate, type ParsedDate } from './parse-date.js';
import { addDays, formatDay, holidayDays } from '../time/calendar.js';
import type { Annotation } from '../../pipeline/annotation.js';
import type { Holiday, TimexAnnotationValue } from '../time/types.js';
import { hasAnyWord, hasAnyWordWithin } from './phrases.js';

/** A known dated event (data/events/events.json). */
export interface KnownEvent {
  readonly name: string;
  readonly date: string;
  readonly source: string | readonly string[];
  readonly mentions: readonly string[];
  readonly context: readonly string[];
  readonly war: boolean;
  /** How articles name the event itself ("killing of * Haniyeh"); see ./event-refs. */
  readonly refs?: readonly string[];
  /** Words of which one must occur in the sentence of a ref. */
  readonly refContext?: readonly string[];
  /**
   * Words that make a ref about another event when one stands in its sentence and no word of
   * `refContext` in the ref's own clause ("the 60-day truce between Israel and Hezbollah, …
   * while Hamas …"; "as in Sudan, where famine was declared").
   */
  readonly refExclude?: readonly string[];
  /**
   * Words of which one must occur in the sentence of a mention, for a date that names the
   * event only in such a sentence ("the ceasefire that took effect on Jan. 19").
   */
  readonly mentionContext?: readonly string[];
}

const DATA = path.join(dataDir('events'), 'events.json');
let cached: readonly KnownEvent[] | null = null;

/** The known events, loaded once. */
export function knownEvents(file = DATA): readonly KnownEvent[] {
  if (file === DATA && cached) return cached;
  const events = (JSON.parse(fs.readFileSync(file, 'utf8')) as { events: KnownEvent[] }).events;
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) throw new Error(`${file}: event "${e.name}" has a bad date "${e.date}"`);
  }
  if (file === DATA) cached = events;
  return events;
}

const DATE_WORDS = '(?:date|dated|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?|last\\s+updated(?:\\s+on)?|first\\s+published(?:\\s+on)?)';
const DATE_VALUE = '(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?|(?:[A-Z][a-z]+,?\\s+)?(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?,?\\s+\\d{4}))';
/** A date line, alone or after a byline and a separator ("By Jo Reporter | Published 11 Mar 2025"). */
const DATE_LINE = new RegExp(`(?:^|\\n)\\s*(?:[^\\n|·•]{1,80}[|·•]\\s*)?(${DATE_WORDS})\\s*:?\\s*${DATE_VALUE}`, 'i');
/** The same with a publication label only: on "Published … · Updated …" the publication date wins. */
const PUBLISHED_LINE = new RegExp(`(?:^|\\n)\\s*(?:[^\\n|·•]{1,80}[|·•]\\s*)?((?:first\\s+)?published(?:\\s+on)?|posted(?:\\s+on)?)\\s*:?\\s*${DATE_VALUE}`, 'i');
/**
 * A line that holds nothing but a full date, perhaps with a time ("August 15, 2024",
 * "Thursday, 15 August 2024 14:05 GMT"): in the header of a copied article that is its date.
 */
const BARE_DATE_LINE = new RegExp(`(?:^|\\n)[ \\t]*${DATE_VALUE}(?:[ \\t]*(?:,|at|\\|)?[ \\t]*\\d{1,2}[:.]\\d{2}(?:[ \\t]*[ap]\\.?m\\.?)?(?:[ \\t]+[A-Z]{2,5})?)?[ \\t]*(?=\\n|$)`);
/** How far into the body a date line may stand. */
const DATE_LINE_WINDOW = 400;

/** A date line near the top of the body, or null. */
export function dateLine(text: string, doc: string): { date: ParsedDate; span: EvidenceSpan; updated: boolean } | null {
  const head = text.slice(0, DATE_LINE_WINDOW);
  const labelled = PUBLISHED_LINE.exec(head) ?? DATE_LINE.exec(head);
  const m = labelled ?? BARE_DATE_LINE.exec(head);
  if (!m) return null;
  // the label of the date read, not of another date on its line ("Updated … · Published March 3")
  const date = parseMetadataDate(labelled ? m[2]! : m[1]!);
  if (!date) return null;
  const start = m.index + m[0].search(/\S/);
  const end = m.index + m[0].length;
  return { date, span: { doc, start, end, text: text.slice(start, end) }, updated: labelled !== null && /updated/i.test(m[1]!) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const mentionPatterns = new Map<string, RegExp>();

/** `surface` as a whole word not followed by a year, compiled once per surface. */
function mentionPattern(surface: string): RegExp {
  let re = mentionPatterns.get(surface);
  if (re === undefined) {
    re = new RegExp(`\\b${escape(surface)}\\b(?!,?\\s*\\d{4})`, 'g');
    mentionPatterns.set(surface, re);
  }
  return re;
}

/**
 * Mentions of known events written without their year ("October 7" in an article about
 * Hamas) as dated, past mentions. A mention followed by a year ("October 7, 2023") is
 * left to the time tagger.
 */
export function eventMentions(text: string, doc: string, sentences: readonly { start: number; end: number }[] = [], events = knownEvents()): DateMention[] {
  const all = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const out: DateMention[] = [];
  for (const e of events) {
    if (!hasAnyWord(text, e.context)) continue;
    let date: readonly [number, number, number] | undefined;
    for (const surface of e.mentions) {
      if (!text.includes(surface)) continue; // the pattern matches the surface as written
      for (const m of text.matchAll(mentionPattern(surface))) {
        if (e.mentionContext) {
          // as a ref's refContext (./event-refs): the words of the sentence that holds the mention
          const sentence = all.find((x) => x.start <= m.index && m.index + m[0].length <= x.end);
          if (!sentence || !hasAnyWordWithin(text, sentence.start, sentence.end, e.mentionContext)) continue;
        }
        const [year, month, day] = (date ??= dayOf(e));
        out.push({ span: { doc, start: m.index, end: m.index + m[0].length, text: m[0] }, year, month, day, tense: 'past' });
      }
    }
  }
  return out;
}

/** How long after a known event an article may still give its day without the year ("the truce took effect on November 24"). */
const YEARLESS_YEARS = 1;
/** "anniversary" near a year-less day: the article may be on (or a little after) the day a year on. */
const ANNIVERSARY_NEAR = /\banniversar(?:y|ies)\b/i;
/** How near (characters) "anniversary" must stand to a year-less day. */
const NEAR_CHARS = 120;

/**
 * Known events that `eventMentions` found by their day without a year ("the ceasefire took
 * effect on November 24"): news writes the year of a day more than about a year back, so the
 * article is within {@link YEARLESS_YEARS} of the event, or, with "anniversary" near the day,
 * within that and the anniversary's allowance ({@link ANNIVERSARY_AFTER_DAYS}). A war's first day is the exception
 * ("since October 7" is written for years): events with `war` are left out.
 */
export function yearlessEventClues(found: readonly DateMention[], events = knownEvents(), text = ''): Clue[] {
  const out: Clue[] = [];
  const seen = new Set<string>();
  for (const m of found) {
    const e = events.find((x) => !x.war && dayOf(x)[0] === m.year && dayOf(x)[1] === m.month && dayOf(x)[2] === m.day);
    if (!e || seen.has(e.date)) continue;
    seen.add(e.date);
    // beside an anniversary the day is written without its year a year on too ("rallied on November
    // 24, the first anniversary of the truce that took effect on November 24"), marked up to a month after
    const anniversary = ANNIVERSARY_NEAR.test(text.slice(Math.max(0, m.span.start - NEAR_CHARS), m.span.end + NEAR_CHARS));
    const latest = addUnits(addUnits(e.date, 'year', YEARLESS_YEARS), 'day', anniversary ? ANNIVERSARY_AFTER_DAYS : -1);
    out.push({ earliest: null, latest, strength: 'weak', span: { ...m.span }, reason: `"${m.span.text}" names ${e.name} (${e.date}) without its year: not later than ${latest}` });
  }
  return out;
}

/** Year, month and day of each known event's date, split once (the same events are tried on every article). */
const eventDays = new WeakMap<KnownEvent, readonly [number, number, number]>();

function dayOf(e: KnownEvent): readonly [number, number, number] {
  let day = eventDays.get(e);
  if (day === undefined) eventDays.set(e, (day = e.date.split('-').map(Number) as [number, number, number]));
  return day;
}

/** A numbered series of trips (data/events/trips.json). */
export interface TripSeries {
  readonly person: string;
  readonly name: string;
  readonly words: readonly string[];
  readonly trips: readonly { readonly n: number; readonly from: string; readonly to: string }[];
}

const TRIPS = path.join(dataDir('events'), 'trips.json');
let tripCache: readonly TripSeries[] | null = null;

/** The trip series, loaded once. */
export function tripSeries(file = TRIPS): readonly TripSeries[] {
  if (file === TRIPS && tripCache) return tripCache;
  const series = (JSON.parse(fs.readFileSync(file, 'utf8')) as { series: TripSeries[] }).series;
  for (const s of series) for (const t of s.trips) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.from) || !/^\d{4}-\d{2}-\d{2}$/.test(t.to) || t.from > t.to) throw new Error(`${file}: trip ${t.n} of ${s.person} has bad dates`);
  }
  if (file === TRIPS) tripCache = series;
  return series;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
};
/** Days after a trip's last day that an article about it may still appear. */
const TRIP_REPORT_DAYS = 3;
/** Days before a trip's first day that an article announcing it may appear ("will travel … this week on his 11th trip"). */
const TRIP_NOTICE_DAYS = 7;
/**
 * A trip told as ahead, earlier in its sentence: "will travel …", "is set to embark on", "heads
 * to", "is expected to depart". Such an article is from the days before the trip or its first day.
 */
const TRIP_AHEAD_BEFORE = /\b(?:will|is\s+(?:set|expected|due|scheduled|to)|are\s+(?:set|expected|due|scheduled)|plans?\s+to|heads?|is\s+heading)\b[^.!?\n]*$/i;


const tripPatterns = new WeakMap<TripSeries, RegExp>();

/** "his Nth <trip word>" for one series, compiled once (`matchAll` runs a copy). */
function tripPattern(s: TripSeries): RegExp {
  let re = tripPatterns.get(s);
  if (re === undefined) {
    const words = s.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
    re = new RegExp(`\\b(?:his|her)\\s+(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[a-z-]+\\s+){0,2}?(?:${words})\\b`, 'gi');
    tripPatterns.set(s, re);
  }
  return re;
}

/**
 * "his seventh round of shuttle diplomacy in the region since …": when the article names
 * exactly one person with a known series of trips, the Nth trip dates it (during the trip
 * or a few days after). `named(person)` says whether the article names that person.
 */
export function tripClues(text: string, doc: string, named: (personKey: string) => boolean, series = tripSeries()): Clue[] {
  const candidates = series.filter((s) => named(s.person));
  if (candidates.length !== 1) return [];
  const s = candidates[0]!;
  const out: Clue[] = [];
  for (const m of text.matchAll(tripPattern(s))) {
    const n = ORDINALS[m[1]!.toLowerCase()] ?? Number.parseInt(m[1]!, 10);
    const trip = s.trips.find((t) => t.n === n);
    if (!trip) continue;
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const ahead = TRIP_AHEAD_BEFORE.test(text.slice(sentenceStart, m.index));
    // announced: the week before the trip up to its first two days; else during it or just after
    const [earliest, latest] = ahead ? [addUnits(trip.from, 'day', -TRIP_NOTICE_DAYS), addUnits(trip.from, 'day', 1)] : [trip.from, addUnits(trip.to, 'day', TRIP_REPORT_DAYS)];
    out.push({
      earliest, latest, strength: 'strong',
      reason: `"${m[0]}": trip ${n} of ${s.name} was ${trip.from} to ${trip.to}${ahead ? ' (told as ahead: the article announces it)' : ''}`,
      span: { doc, start: m.index, end: m.index + m[0].length, text: m[0] },
    });
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const WAR_LENGTH = /\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(day|week|month|year)s?\s+(?:of|into)\s+(?:the\s+)?(?:[a-z]+\s+)?war\b/gi;

const ORDINAL_WORDS: Record<string, number> = {
  ...ORDINALS, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
/** "day 500 of the war", "the 100th day of the war in Ukraine": the war is in its Nth unit. */
const NTH_OF_WAR = new RegExp(`\\b(?:day\\s+(\\d{1,4})|the\\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year))\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?war\\b`, 'gi');
/** "the war, now in its third year", "as the war enters its 100th day", "the invasion entered its third year": the war is in its Nth unit (a clause between may hold an abbreviated date: "which began with the Oct. 7 attack"). */
const WAR_NTH = new RegExp(`\\b(?:war|invasion|conflict)\\b(?:(?:[^.;!?\\n]|\\.(?=\\s\\d)){0,80}?)\\b(?:in|enters|entered|entering|into)\\s+its\\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)\\b`, 'gi');

/** "in the war's third year", "the invasion's 1,000th day": the war is in its Nth unit. */
const WAR_POSSESSIVE = new RegExp(`\\b(?:war|invasion|conflict)['’]s\\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)\\b`, 'gi');

/** "the war's third anniversary", "the first anniversary of the full-scale invasion": N years after the war's start. */
const WAR_ANNIVERSARY = new RegExp(`\\b(?:(?:war|invasion|conflict)['’]s\\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+anniversary|(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+anniversary\\s+of\\s+(?:the\\s+)?(?:start\\s+of\\s+the\\s+)?(?:[a-z-]+\\s+){0,2}?(?:war|invasion|conflict))\\b`, 'gi');
/**
 * An anniversary is marked around its day: articles come up to a month before it ("on the
 * eve of", "ahead of") or after it, so the middle of the interval is the day itself.
 */
const ANNIVERSARY_BEFORE_DAYS = 30;
const ANNIVERSARY_AFTER_DAYS = 30;

const COUNT_WORDS = `\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')}`;
/**
 * "since the war began nearly two years ago", "the start of the full-scale invasion more than
 * three years ago": the war's start is that long before the article.
 */
const WAR_AGO = new RegExp(`\\b(?:(?:war|invasion|conflict|fighting)(?:\\s+(?:in|on|with|against|between)\\s+[\\w-]+(?:\\s+and\\s+[\\w-]+)?)?\\s+(?:began|started|erupted|broke\\s+out)|(?:start|beginning|outbreak)\\s+of\\s+the\\s+(?:[a-z-]+\\s+){0,2}?(?:war|invasion|conflict|fighting))\\s+(?:(nearly|almost|more\\s+than|over|about|around|some|roughly)\\s+)?(${COUNT_WORDS})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi');

/**
 * "since Moscow's full-scale invasion nearly three years ago", "after the war broke out two
 * years ago": the war's start, named after since/after, is that long before the article.
 */
const WAR_SINCE_AGO = new RegExp(`\\b(?:since|after)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:war|invasion|conflict)\\s+(?:(?:began|started|erupted|broke\\s+out)\\s+)?(?:(nearly|almost|more\\s+than|over|about|around|some|roughly)\\s+)?(${COUNT_WORDS})\\s+(day|week|month|year)s?\\s+ago\\b`, 'giu');
/** "the war raged on for a third year", "as the invasion dragged on for a 100th day": the war is in its Nth unit. */
const WAR_FOR_NTH = new RegExp(`\\b(?:war|invasion|conflict)\\b[^.;!?\\n]{0,60}?\\bfor\\s+(?:a|the)\\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,4}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?(day|week|month|year)\\b`, 'gi');

/**
 * "15 months of war", "two years into the war": after the start of the article's war; "the
 * war, now in its third year", "day 500 of the war", "the 100th day of the war": N−1 to N
 * units after it; "the war began nearly two years ago": one to two years after it ("more
 * than": N to N+1, "about": N−1 to N+1).
 */
export function warLengthClues(text: string, doc: string, events = knownEvents()): Clue[] {
  const wars = events.filter((e) => e.war && hasAnyWord(text, e.context));
  if (wars.length !== 1) return [];
  const war = wars[0]!;
  const out: Clue[] = [];
  const clue = (m: RegExpMatchArray, n: number, unit: 'day' | 'week' | 'month' | 'year'): Clue => ({
    earliest: addUnits(war.date, unit, n), latest: addUnits(war.date, unit, n + 1), strength: 'weak',
    reason: `"${m[0]}" counts from ${war.date} (${war.name})`,
    span: { doc, start: m.index!, end: m.index! + m[0].length, text: m[0] },
  });
  for (const m of text.matchAll(WAR_LENGTH)) {
    out.push(clue(m, NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]), m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year'));
  }
  const ago = [...text.matchAll(WAR_AGO)];
  // "after the war broke out two years ago" is read once (WAR_AGO), not again from "after"
  const sinceAgo = [...text.matchAll(WAR_SINCE_AGO)].filter((s) => !ago.some((a) => a.index! < s.index! + s[0].length && s.index! < a.index! + a[0].length));
  for (const m of [...ago, ...sinceAgo]) {
    const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]);
    const unit = m[3]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const from = mod === 'nearly' || mod === 'almost' || mod === 'about' || mod === 'around' || mod === 'some' || mod === 'roughly' ? n - 1 : n;
    const to = mod === 'nearly' || mod === 'almost' ? n : n + 1;
    if (from >= 0) out.push({ ...clue(m, from, unit), latest: addUnits(war.date, unit, to) });
  }
  for (const m of text.matchAll(NTH_OF_WAR)) {
    const nth = m[1] !== undefined ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()] ?? Number.parseInt(m[2]!, 10);
    if (nth >= 1) out.push(clue(m, nth - 1, m[1] !== undefined ? 'day' : (m[3]!.toLowerCase() as 'day' | 'week' | 'month' | 'year')));
  }
  for (const m of text.matchAll(WAR_ANNIVERSARY)) {
    const w = (m[1] ?? m[2])!.toLowerCase();
    const nth = ORDINAL_WORDS[w] ?? Number.parseInt(w, 10);
    if (nth < 1) continue;
    const day = addUnits(war.date, 'year', nth);
    out.push({ ...clue(m, nth, 'year'), earliest: addUnits(day, 'day', -ANNIVERSARY_BEFORE_DAYS), latest: addUnits(day, 'day', ANNIVERSARY_AFTER_DAYS) });
  }
  for (const m of text.matchAll(WAR_POSSESSIVE)) {
    const nth = ORDINAL_WORDS[m[1]!.toLowerCase()] ?? Number.parseInt(m[1]!, 10);
    if (nth >= 1) out.push(clue(m, nth - 1, m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year'));
  }
  for (const m of [...text.matchAll(WAR_NTH), ...text.matchAll(WAR_FOR_NTH)]) {
    const nth = ORDINAL_WORDS[m[1]!.toLowerCase()] ?? Number.parseInt(m[1]!, 10);
    if (nth >= 1) out.push(clue(m, nth - 1, m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year'));
  }
  return out;
}

/**
 * "500 days since the Oct. 7 attack", "more than two years since the strike began on March
 * 3, 2023": the time elapsed between a dated mention (with its year, or a known event) and
 * the article. Only `since`: "two weeks after the attack" is narrative time. A count of
 * days allows a day either way (time zones, "marked" a day early); a count of longer units
 * the unit it names ("nearly": the unit before it, "more than": the one after, "about":
 * both).
 */
/** "the second anniversary of the Oct. 7 attack": N years after a dated mention, marked around that day. */
const ANNIVERSARY_OF = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+anniversary\\s+of\\s+(?:the\\s+)?$`, 'i');

/** "to mark", "marking", "commemorated", right before "two years since …": the count is an anniversary. */
const MARKING = /\b(?:mark|marks|marked|marking|commemorate|commemorates|commemorated|commemorating)\s+$/i;

const ELAPSED_SINCE = new RegExp(`\\b(?:(nearly|almost|more\\s+than|over|about|around|some|roughly)\\s+)?(\\d[\\d,]{0,5}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(day|week|month|year)s?\\s+since\\b[^.;!?\\n]{0,50}$`, 'i');

/** Clues from the time elapsed since dated mentions (see ELAPSED_SINCE). */
export function elapsedClues(text: string, mentions: readonly DateMention[]): Clue[] {
  const out: Clue[] = [];
  for (const d of mentions) {
    if (d.year === null || d.month === null || d.day === null) continue;
    const day = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    // the `years`-th anniversary of the mention, marked around its day, from the words at `start` on
    const marked = (start: number, years: number): Clue => {
      const on = addUnits(day, 'year', years);
      const words = text.slice(start, d.span.end);
      return { earliest: addUnits(on, 'day', -ANNIVERSARY_BEFORE_DAYS), latest: addUnits(on, 'day', ANNIVERSARY_AFTER_DAYS), strength: 'weak', reason: `"${words}" is marked around ${on}`, span: { doc: d.span.doc, start, end: d.span.end, text: words } };
    };
    const a = ANNIVERSARY_OF.exec(text.slice(Math.max(0, d.span.start - 40), d.span.start));
    const nth = a === null ? 0 : ORDINAL_WORDS[a[1]!.toLowerCase()] ?? Number.parseInt(a[1]!, 10);
    if (a !== null && nth >= 1) {
      out.push(marked(d.span.start - a[0].length, nth));
      continue;
    }
    const lead = text.slice(Math.max(0, d.span.start - 90), d.span.start);
    const m = ELAPSED_SINCE.exec(lead);
    if (m === null) continue;
    const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(/,/g, ''));
    const unit = m[3]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    // "to mark two years since the Oct. 7 attack": an anniversary, marked around its day
    if (unit === 'year' && m[1] === undefined && MARKING.test(lead.slice(0, m.index))) {
      out.push(marked(d.span.start - (lead.length - m.index), n));
      continue;
    }
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const before = mod === 'nearly' || mod === 'almost' || mod === 'about' || mod === 'around' || mod === 'some' || mod === 'roughly' ? 1 : 0;
    const after = mod === 'more than' || mod === 'over' || mod === 'about' || mod === 'around' || mod === 'some' || mod === 'roughly' ? 1 : 0;
    const earliest = unit === 'day' && before === 0 ? addUnits(day, 'day', n - 1) : addUnits(day, unit, n - before);
    const latest = unit === 'day' && after === 0 ? addUnits(day, 'day', n + 1) : addUnits(addUnits(day, unit, n + after + (unit === 'day' ? 0 : 1)), 'day', unit === 'day' ? 0 : -1);
    const start = d.span.start - m[0].length;
    out.push({ earliest, latest, strength: 'weak', reason: `"${m[0].trim()} ${d.span.text}" counts from ${day}`, span: { doc: d.span.doc, start, end: d.span.end, text: text.slice(start, d.span.end) } });
  }
  return out;
}

/**
 * How long before a holiday an article says something should happen "before" or "ahead of" it
 * (`a truce before Ramadan`, `a deal ahead of Eid`): such a deadline is the coming holiday, named
 * weeks or a few months before it.
 */
const BEFORE_HOLIDAY_DAYS = 92;
/** How many years back a holiday deadline's periods go from the reference date. */
const BEFORE_HOLIDAY_YEARS = 40;

/**
 * "hopes for a truce before Ramadan", "a deal ahead of Eid" (the time stage's holidays with mod
 * BEFORE and no year, unless a past verb governs them): the article is up to {@link BEFORE_HOLIDAY_DAYS}
 * days before one of the holiday's days — one period per year, for the other clues to choose.
 */
export function holidayDeadlineClues(doc: string, timexes: readonly Annotation<TimexAnnotationValue>[], reference: string): Clue[] {
  const out: Clue[] = [];
  for (const a of timexes) {
    const v = a.value.value;
    // a past verb governing it ("the truce collapsed before Ramadan") tells of one gone by; a past
    // tense merely nearby ("said they hoped to reach a deal before Christmas") does not
    if (v.op !== 'holiday' || v.mod !== 'BEFORE' || v.shift !== 0 || (v.firm === true && v.tense === 'past')) continue;
    const last = Number(reference.slice(0, 4)) + 1;
    const periods: { earliest: string; latest: string }[] = [];
    for (let y = last - BEFORE_HOLIDAY_YEARS; y <= last; y++) {
      for (const day of holidayDays(v.which as Holiday, y)) periods.push({ earliest: formatDay(addDays(day, -BEFORE_HOLIDAY_DAYS)), latest: formatDay(day) });
    }
    if (periods.length === 0) continue;
    out.push({
      earliest: periods[0]!.earliest, latest: periods[periods.length - 1]!.latest, periods, strength: 'weak',
      reason: `"${a.text}" is said ahead of the holiday: up to ${BEFORE_HOLIDAY_DAYS} days before one of its days`,
      span: { doc, start: a.start, end: a.end, text: a.text },
    });
  }
  return out;
}

function addUnits(day: string, unit: 'day' | 'week' | 'month' | 'year', n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}
