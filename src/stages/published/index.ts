/**
 * @module stages/published — the document's publication date.
 *
 * Passes, first match wins (see README.md):
 * 1. metadata: the date the input format carried (JSON record, HTML meta, feed pubDate);
 * 2. header: the `published:` line of a text header block;
 * 3. header: a date line at the top of the body ("date 2024-02-02", "Published June 10, 2024", a bare "August 15, 2024");
 * 4. dateline: "CAIRO, June 10 (Reuters) -", its year chosen by the inference evidence and
 *    the lead's weekday (./dateline);
 * 5. inferred: an interval from roles, known events and references to them, eras, war
 *    lengths and the dates the text mentions (./infer), with a best value and the evidence;
 * 6. unknown, with the reason.
 * A metadata value that cannot be read is not trusted: the stage falls through and says so.
 * Produces one document-level `published` annotation (empty span at 0; `value` is the
 * export's `published` object).
 */
import { loadKnowledgeBase, parseKbDate, type KnowledgeBase } from '../../kb/index.js';
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { EvidenceSpan, Published } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Dateline } from '../sentences/index.js';
import type { TimexAnnotationValue } from '../time/types.js';
import { dateLine, elapsedClues, eventMentions, holidayDeadlineClues, tripClues, warLengthClues, yearlessEventClues } from './clues.js';
import { datelineYear } from './dateline.js';
import { eraClues } from './eras.js';
import { eventRefs } from './event-refs.js';
import { endOf, infer, startOf, type Activity, type Clue, type Inference, type WeekdayMention } from './infer.js';
import { aimedAt, markBackground, mergeMentions, relativeTimes, timexMentions, timexWeekdays } from './mentions.js';
import { bounds, parseMetadataDate } from './parse-date.js';
import { namedPeople, namesPerson, roleClues, type RoleHolder } from './roles.js';

const loaded = new Map<string, readonly RoleHolder[]>();

/**
 * Persons of the knowledge base (data/kb plus `kbDirs`) as role holders, loaded once per
 * process and folder list. Throws KB_INVALID / KB_UNREADABLE naming every problem.
 */
export function kbRoleHolders(kbDirs: readonly string[] = []): readonly RoleHolder[] {
  const key = kbDirs.join('\u0000');
  const cached = loaded.get(key);
  if (cached) return cached;
  const people = roleHoldersOf(loadKnowledgeBase(undefined, kbDirs));
  loaded.set(key, people);
  return people;
}

function roleHoldersOf(kb: KnowledgeBase): readonly RoleHolder[] {
  return kb.entities.filter((e) => e.type === 'person').map((e) => ({
    key: e.key,
    name: e.name,
    aliases: e.aliases,
    shortNames: e.shortNames ?? [],
    roles: e.roles.map((r) => ({
      title: r.title,
      titleAliases: r.titleAliases ?? [],
      of: r.of,
      from: r.from ? parseKbDate(r.from)?.first ?? null : null,
      to: r.to ? parseKbDate(r.to)?.last ?? null : null,
    })),
  }));
}

export const publishedStage: Stage = {
  name: 'published',
  description: 'Finds the publication date from metadata, a header or date line, a dateline, or infers it from the text.',
  requires: ['sentence', 'dateline', 'timex'],
  produces: ['published'],
  run(ctx, doc, layers) {
    const notes: string[] = [];
    const fromMeta = metadataDate(doc.meta.published, notes);
    const published = fromMeta
      ?? fromDateLine(doc.text, doc.id)
      ?? fromText(doc.id, doc.text, layers.get<Dateline>('dateline')[0], layers.get('sentence'), layers.get<TimexAnnotationValue>('timex'), ctx, notes)
      ?? { value: null, precision: 'unknown', method: 'unknown', earliest: null, latest: null, evidence: [...notes, ...undatedReasons(doc.text, layers.get<TimexAnnotationValue>('timex'))] };
    ctx.debug(() => `${doc.source}: published ${published.method} ${published.value} [${published.earliest}, ${published.latest}]`);
    return { published: [annotate('published', doc.text, 0, 0, published, `published/${published.method}`)] };
  },
};

/**
 * Why an article gets no date at all, and what the text held that could not place it: no
 * interval is given rather than 1900..today, which is true of every article and would read as
 * a finding (session 17). Weekdays and dates without a year fit some week of every year.
 */
export function undatedReasons(text: string, timexes: readonly Annotation<TimexAnnotationValue>[]): string[] {
  const out = ['no date in the metadata or the text, and nothing in the text to infer one from: no date with its year, no person of the knowledge base with a title that dates them, no known event, era or war length'];
  const loose = timexes.filter((t) => t.value.type === 'date' && (t.value.value.op === 'weekday' || t.value.value.op === 'month-day' || t.value.value.op === 'month' || t.value.value.op === 'holiday'));
  if (loose.length > 0) out.push(`${[...new Set(loose.map((t) => text.slice(t.start, t.end)))].slice(0, 6).map((w) => `"${w}"`).join(', ')} ${loose.length === 1 ? 'fits' : 'fit'} some day of every year: no interval is given (one back to 1900 would be true of any article)`);
  return out;
}

function metadataDate(raw: { raw: string; method: 'metadata' | 'header'; from: string } | null, notes: string[]): Published | null {
  if (!raw) return null;
  const parsed = parseMetadataDate(raw.raw);
  if (!parsed) {
    notes.push(`${raw.from} "${raw.raw}" is not a date Parley can read`);
    return null;
  }
  return { ...parsed, method: raw.method, ...bounds(parsed), evidence: [`${raw.from}: ${raw.raw}`] };
}

function fromDateLine(text: string, doc: string): Published | null {
  const line = dateLine(text, doc);
  if (!line) return null;
  return {
    ...line.date, method: 'header', ...bounds(line.date),
    evidence: [line.span, line.updated ? 'date line of an update: the first publication may be earlier' : 'date line at the top of the text'],
  };
}

/** Passes 4 and 5: the dateline's date, else inference. */
function fromText(doc: string, text: string, dateline: Annotation<Dateline> | undefined, sentences: readonly Annotation[], timexes: readonly Annotation<TimexAnnotationValue>[], ctx: RunContext, notes: string[]): Published | null {
  const reference = ctx.referenceDate;
  const people = kbRoleHolders(ctx.config.kbDirs);
  const named = (key: string): boolean => { const p = people.find((x) => x.key === key); return p !== undefined && namesPerson(text, p, people); };
  const refs = eventRefs(text, doc, sentences, relativeTimes(timexes));
  // a date inside a ref ("the ceasefire that took effect in January") is the known event's, which the ref dates
  const known = eventMentions(text, doc, sentences);
  const mentions = markBackground(text, mergeMentions(timexMentions(doc, timexes), known))
    .filter((m) => !refs.spans.some((r) => r.start <= m.span.start && m.span.end <= r.end));
  const clues: Clue[] = [
    ...roleClues(text, doc, people), ...refs.clues, ...eraClues(text, doc, undefined, sentences), ...yearlessEventClues(known, undefined, text),
    ...warLengthClues(text, doc), ...tripClues(text, doc, named), ...elapsedClues(text, mentions),
    // a deadline holiday only picks among the years others allow; a dateline's month and day are
    // stronger than its 92-day windows (`CAIRO, May 6 … a truce before Christmas` is May 6)
    ...(dateline ? [] : holidayDeadlineClues(doc, timexes, reference)),
  ];
  const weekdays = timexWeekdays(timexes);
  const inferred = infer(clues, mentions, reference, weekdays, activityOf(text, doc, people, clues, reference));
  const withDateline = dateline ? datelineDate(doc, dateline, inferred, weekdays, sentences.find((x) => x.end > dateline.end) ?? null, reference, notes, latestDated(text, timexes, dateline.end)) : null;
  if (withDateline) return withDateline;
  if (inferred) return { ...inferred.published, evidence: [...notes, ...inferred.published.evidence] };
  return null;
}

/**
 * The people the text names whose title dated nothing, with the periods of their roles (an
 * open end is the reference date): they choose the best value inside the interval. A person
 * named with a past title ("former Secretary of State …") votes with their other offices only.
 */
function activityOf(text: string, doc: string, people: readonly RoleHolder[], clues: readonly Clue[], reference: string): Activity[] {
  const titled = new Set(clues.filter((c) => c.pastTitle === undefined).map((c) => c.person).filter((p): p is string => p !== undefined));
  // a past title ("Hillary Clinton, a former secretary of state,") dates the article after its
  // terms and votes for nothing: that office is over; the person's other offices still vote
  const past = new Set(clues.filter((c) => c.pastTitle !== undefined && c.person !== undefined).map((c) => `${c.person}\u0000${c.pastTitle}`));
  const out: Activity[] = [];
  for (const { person, span } of namedPeople(text, doc, people)) {
    if (titled.has(person.name)) continue;
    const periods = person.roles.filter((r) => r.from !== null && r.from <= reference && !past.has(`${person.name}\u0000${r.title}`)).map((r) => ({ earliest: r.from!, latest: r.to === null || r.to > reference ? reference : r.to }));
    if (periods.length > 0) out.push({ name: person.name, span, periods });
  }
  return out;
}

/** The dateline's date; a month and day without a year take the year the evidence allows. */
/**
 * The first and last day of the latest date after the dateline given with its year, not
 * said in the future and not a plan's target (`September 27, 2016`, `in 2012`; not `by the
 * end of 2023`), for an open dateline year.
 */
function latestDated(text: string, timexes: readonly Annotation<TimexAnnotationValue>[], after: number): { start: string; end: string } | null {
  let best: { start: string; end: string } | null = null;
  for (const t of timexes) {
    const v = t.value;
    if (t.start < after || v.type !== 'date' || v.known === null || v.tense === 'future' || !/^\d{4}(?:-\d{2}){0,2}$/.test(v.known) || aimedAt(text, t.start)) continue;
    const range = { start: startOf(v.known), end: endOf(v.known) };
    if (best === null || range.start > best.start) best = range;
  }
  return best;
}

function datelineDate(doc: string, dateline: Annotation<Dateline>, inferred: Inference | null, weekdays: readonly WeekdayMention[], lead: Annotation | null, reference: string, notes: string[], dated: { start: string; end: string } | null = null): Published | null {
  const raw = dateline.value.date;
  if (!raw) return null;
  const span: EvidenceSpan = { doc, start: dateline.start, end: dateline.end, text: dateline.text };
  const full = parseMetadataDate(raw);
  if (full && full.precision === 'day') {
    return { ...full, method: 'dateline', ...bounds(full), evidence: [span, `dateline date ${raw}`] };
  }
  // "June 10" or, in British order, "10 June"
  const md = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})$/.exec(raw.trim());
  const dm = md ? null : /^(\d{1,2})\s+([A-Za-z]{3,9})\.?$/.exec(raw.trim());
  const parsed = md ? parseMetadataDate(`${md[1]} ${md[2]}, 2000`) : dm ? parseMetadataDate(`${dm[2]} ${dm[1]}, 2000`) : null;
  if (!parsed) return null;
  const periods = inferred?.periods ?? [{ earliest: '1900-01-01', latest: reference }];
  // the lead's weekdays: the sentence that the dateline opens
  const leadDays = weekdays.filter((w) => w.start !== undefined && lead !== null && w.start >= lead.start && w.start < lead.end);
  const year = datelineYear(Number(parsed.value.slice(5, 7)), Number(parsed.value.slice(8, 10)), periods, leadDays, dated);
  if (year.value === null) { notes.push(`dateline ${raw}: ${year.reason}`); return null; }
  const unbounded = inferred === null ? [`nothing else in the text bounds the year: the dateline's ${raw} is taken in the latest year not after the reference date ${reference}, a guess`] : [];
  return {
    value: year.value, precision: 'day', method: 'dateline', earliest: year.earliest ?? year.value, latest: year.latest ?? year.value,
    evidence: [span, `dateline ${raw}: ${year.reason}`, ...unbounded, ...(inferred?.published.evidence ?? [])],
  };
}
