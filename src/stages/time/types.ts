/**
 * @module stages/time/types — the records the time passes hand to each other.
 *
 * A time expression is proposed with a `TimexValue`: either `known` (a final TIMEX3 value
 * that needs no anchor: `2023-10-07`, `P60D`, `PRESENT_REF`) or one of the relative
 * operations below, which `resolveTimex` turns into a TIMEX3 value once the anchor day
 * (the publication date) is known. Every record is plain, serializable JSON.
 */
import type { Precision } from '../../pipeline/document.js';

/** TIMEX3 type, lower-cased as in the export (`times[].type`). */
export type TimexType = 'date' | 'time' | 'duration' | 'set';

/** The tense of the clause around an expression, as far as the words show it. */
export type Tense = 'past' | 'future' | 'unknown';

/** A calendar unit a relative expression counts in. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** TIMEX3 part-of-day codes: morning, midday, afternoon, evening, night, daytime. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/** TIMEX3 seasons: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** TIMEX3 `mod` values Parley sets. */
export type Mod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

/** Which occurrence a named period means: the last one, the one meant by the tense, or the next one. */
export type Shift = -1 | 0 | 1;

/** Holidays whose day Parley can compute for any year. */
export type Holiday =
  | 'new-year' | 'new-year-eve' | 'christmas' | 'christmas-eve' | 'independence-day' | 'halloween'
  | 'valentine' | 'thanksgiving' | 'labor-day' | 'memorial-day' | 'easter' | 'good-friday' | 'election-day'
  | 'orthodox-christmas' | 'orthodox-easter'
  | 'eid-al-fitr' | 'eid-al-adha' | 'eid' | 'ramadan'
  | 'passover' | 'rosh-hashanah' | 'yom-kippur' | 'sukkot' | 'simchat-torah' | 'hanukkah' | 'purim';

/** A value that is final as written. */
export interface KnownValue {
  readonly op: 'known';
  /** The TIMEX3 value: `2023-10-07`, `2024-W05`, `199`, `P60D`, `PRESENT_REF`, `XXXX-WXX-1`. */
  readonly value: string;
  /**
   * For a calendar date, the tense of its clause: it does not change the value, but a date
   * said in the future ("would take office in January 2017") does not bound the
   * publication date from below.
   */
  readonly tense?: Tense;
}

/** `today` (0), `yesterday` (-1), `tomorrow` (1), a clock time alone (0): the anchor day moved by `n` days. */
export interface DayOffset {
  readonly op: 'day';
  readonly n: number;
  /**
   * The day counted from instead of the anchor, itself relative to the anchor: the day of a
   * telling (`said on Monday that talks would resume tomorrow`) or the day named after
   * `after`/`before` (`a day after Monday's vote`). Its own time and part of day are ignored.
   */
  readonly from?: RelativeValue;
  /** For a clock time alone (`by midday`), the tense of its clause: in a past one it may take the day the text named just before (pass 08). */
  readonly tense?: Tense;
}

/**
 * The anchor's `unit` moved by `n` units (`last week` -1, `this year` 0, `two days ago`
 * -2 days), written at precision `grain` (default: the unit; `a decade ago` is a year).
 */
export interface UnitOffset {
  readonly op: 'offset';
  readonly unit: Unit;
  readonly n: number;
  readonly grain?: Unit;
}

/** A weekday (ISO 1 = Monday … 7 = Sunday), chosen by tense, or strictly before/after the anchor, or in a named week. */
export interface WeekdayValue {
  readonly op: 'weekday';
  readonly day: number;
  readonly tense: Tense;
  readonly shift: Shift;
  /** The day in the ISO week this many weeks from the anchor's (`Monday last week` -1), whatever the tense. */
  readonly week?: number;
}

/**
 * A day of a month without a year (`October 7`): the year comes from the tense, or from
 * `yearShift` (`October 7 last year`), or from the weekday written with it (`Tuesday, Oct. 26`).
 */
export interface MonthDayValue {
  readonly op: 'month-day';
  readonly month: number;
  readonly day: number;
  readonly tense: Tense;
  readonly yearShift?: number;
  readonly weekday?: number;
  /** The day names an event that is over (`the October 7 attack`): never after the anchor. */
  readonly over?: boolean;
  /** The tense is a verb's that governs the day (`ended on June 3`): only days on its side of the anchor. */
  readonly firm?: true;
}

/**
 * A day of the month named alone (`until the 15th`, `since the 1st`): the day in the anchor's
 * month or a neighbouring one, chosen by tense, or in the month `monthShift` from the
 * anchor's when it is written (`the 15th of next month` 1, `of this month` 0).
 */
export interface DayOfMonthValue {
  readonly op: 'day-of-month';
  readonly day: number;
  readonly tense: Tense;
  readonly monthShift?: number;
  /** The end of a range (`from the 1st to the 15th`): the first such day on or after the start's day `rangeFrom`. */
  readonly rangeFrom?: number;
}

/** A named part of a year without a year (`April`, `the third quarter`, `last summer`, `Christmas`). */
export interface YearPartValue {
  readonly op: 'month' | 'quarter' | 'half' | 'season' | 'holiday';
  /** Month 1–12, quarter 1–4, half 1–2, season code or holiday name. */
  readonly which: number | Season | Holiday;
  readonly tense: Tense;
  readonly shift: Shift;
  /** Explicit year relative to the anchor's (`June last year` -1, `the first quarter of next year` 1). */
  readonly yearShift?: number;
  /** The same period this many years before the one resolved (`a year earlier` in a quarterly report). */
  readonly yearsBack?: number;
  /** The tense is a verb's that governs the period (`ended in November`, `will resume in the summer`): only periods on its side of the anchor. */
  readonly firm?: true;
}

/** A value that needs the anchor day. */
export type RelativeValue = DayOffset | UnitOffset | WeekdayValue | MonthDayValue | DayOfMonthValue | YearPartValue;

/** Refinements any day-level value may carry. */
export interface Refinements {
  /** Clock time `HH:MM` (or `24` for midnight) appended as `THH:MM`. */
  readonly time?: string;
  /** Part of day appended as `TMO`, `TNI`, … when no clock time is known. */
  readonly part?: PartOfDay;
  /** TIMEX3 `mod` (`early April` is START). Not part of the value. */
  readonly mod?: Mod;
  /** The ISO week of the day rather than the day (`the week of March 6`). */
  readonly asWeek?: true;
  /**
   * The `n`th week of a month value (`the second week of February` 2, `the last week of March`
   * -1): the ISO week holding the month's `n`th Thursday, as ISO weeks belong to the year
   * holding their Thursday.
   */
  readonly weekOfMonth?: number;
  /** The weekend of the day's ISO week (`the weekend`, resolved as its Saturday). */
  readonly asWeekend?: true;
}

/** What a time expression means, before or without an anchor. */
export type TimexValue = (KnownValue | RelativeValue) & Refinements;

/** Value of a `timex` annotation: the expression as proposed, before anchoring. */
export interface TimexAnnotationValue {
  readonly type: TimexType;
  readonly value: TimexValue;
  /** True when `value` needs no anchor (`op: 'known'`); the publication-date stage reads these. */
  readonly absolute: boolean;
  /** The final value when absolute, else null. */
  readonly known: string | null;
  /** The tense read around the expression (only computed when the value depends on it). */
  readonly tense: Tense | null;
}

/** A time expression resolved against an anchor day (`time` annotation value, EXPORT.md `times[]`). */
export interface ResolvedTime {
  readonly type: TimexType;
  /** TIMEX3 value, or null when it needs an anchor that is unknown. */
  readonly value: string | null;
  readonly precision: Precision;
}

/** A proposed time expression inside the stage (absolute offsets into the document text). */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: TimexValue;
  /** The proposer or refiner that made it (`weekday`, `month-day`, …); provenance is `time/<rule>`. */
  readonly rule: string;
  /** What later refiners may do with it. */
  readonly role: Role;
}

/**
 * How a candidate combines with its neighbours: `day` values take a clock time or part of
 * day; `clock` times attach to a day; `year` values may be widened; `duration`s and `set`s
 * and `ref`s stand alone.
 */
export type Role = 'day' | 'clock' | 'period' | 'year' | 'duration' | 'set' | 'ref';
